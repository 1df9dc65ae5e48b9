"""Round 290: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm290-de-01: Russia: nationalist Igor Girkin (Strelkov) detained in Moscow on extremism charges after attacking Putin; the Meshchansky court remands him, his wife cites a Wagner veteran's complaint, Peskov deflects, supporters gather unhindered, Kyiv's foreign ministry wants him before an international court (2023-07-21).
- hm290-de-02: Ukraine: a Russian missile kills at least 16 at a market in Kostiantynivka during Blinken's visit to Kyiv; Zelensky accuses Moscow, war-crimes probe, Blinken announces over one billion dollars in aid and the Pentagon depleted-uranium rounds, Antonov objects, Denise Brown condemns, Kyrylenko urges residents to leave (2023-09-06).
- hm290-de-03: Ukraine/Georgia: Zelensky has Georgia's ambassador summoned and told to leave within 48 hours after an emaciated Saakashvili appears in a Tbilisi court by video; Zelensky accuses Tbilisi and demands a transfer, Kobakhidze and Garibashvili refuse, UNM rally, the European Parliament's earlier call (2023-07-03).
- hm290-de-04: Azerbaijan/Armenia: Nagorno-Karabakh's separatist leader Shahramanyan decrees the republic's dissolution by 1 January 2024; more than 65,000 refugees, Pashinyan speaks of ethnic cleansing, Hajiyev promises a UN mission, Ruben Vardanyan detained at the Hakari bridge and remanded in Baku, USAID aid, opposition demands Pashinyan's resignation (2023-09-28).
- hm290-en-01: Russia/Turkey: Putin tells Erdoğan in Sochi that Moscow will not return to the grain deal until its demands are met; SWIFT demand, Erdoğan presses Ukraine, grain offer to Turkey, no agreement, Russian drones on Izmail, Nikolenko on drones in Romania, Lavrov's rejection of Guterres' proposals (2023-09-04).
- hm290-en-02: EU: interior ministers admit Romania and Bulgaria fully to Schengen from January after Austria drops its veto; Ciolacu and Glavchev welcome it, Karner cites the Budapest border package and keeps checks on the Hungarian border, Kickl objects, Brunner welcomes (2024-12-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- shared actors
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
USA = actor("United States", "USA", "GOV")
NIKOLENKO = actor("Oleg Nikolenko", "UKR", "GOV")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")

# ---------------------------------------------------------------- hm290-de-01 (Russia, Girkin detained)
GIRKIN = actor("Igor Girkin", "RUS", "CVL")
RUS_IC = actor("Investigative Committee of Russia", "RUS", "COP")
MESHCHANSKY = actor("Meshchansky District Court", "RUS", "JUD")
HAGUE_COURT = actor("District Court of The Hague", "NLD", "JUD")
RUS_MIL_LEAD = actor("Russian military leadership", "RUS", "MIL")
WAGNER_VETERAN = actor("former Wagner Group fighter", "RUS", "CVL")
ANGRY_PATRIOTS = actor("Club of Angry Patriots", "RUS", "OPP")
RUS_AUTH = actor("Russian authorities", "RUS", "GOV")
GIRKIN_SUPP = actor("supporters of Igor Girkin", "RUS", "CVL")
RUS_POLICE = actor("Russian police", "RUS", "COP")
KREMLIN = actor("Kremlin", "RUS", "GOV")

G1 = ("Moskau (dpa) - Der russische Nationalist und frühere Geheimdienstoffizier Igor Girkin ist in Moskau "
      "festgenommen worden.")
G2 = ("Beamte des Ermittlungskomitees hätten ihren Mann am Freitagvormittag in der gemeinsamen Wohnung abgeholt, "
      "schrieb seine Ehefrau Miroslawa Reginskaja im Onlinedienst Telegram.")
G3 = "Am Abend ordnete das Moskauer Meschtschanski-Bezirksgericht Untersuchungshaft bis zum 18. September an."
G4 = ("Dem 52-Jährigen würden öffentliche Aufrufe zu extremistischen Handlungen im Internet vorgeworfen, teilte "
      "der Pressedienst des Gerichts mit.")
G5 = "Ihm drohen bis zu fünf Jahre Haft."
G6 = ("Girkin, der unter dem Kampfnamen Strelkow bekannt ist, war 2014 als sogenannter Verteidigungsminister der "
      "prorussischen Separatisten im ostukrainischen Donbass aufgetreten.")
G7 = ("Ein Gericht in Den Haag hatte ihn im November vergangenen Jahres wegen des Abschusses der Passagiermaschine "
      "MH17 in Abwesenheit zu lebenslanger Haft verurteilt.")
G8 = ("In den vergangenen Monaten hatte Girkin immer wieder die russische Militärführung für ihr Vorgehen in der "
      "Ukraine kritisiert.")
G9 = ("Das Land werde seit 23 Jahren von einem „Nichts“ regiert, schrieb er vergangene Woche mit Blick auf "
      "Kremlchef Wladimir Putin auf Telegram.")
G10 = ("Das Verfahren gehe auf die Anzeige eines früheren Kämpfers der Söldnertruppe Wagner zurück, sagte "
       "Reginskaja.")
G11 = "Kremlsprecher Dmitri Peskow sagte, die Festnahme sei Sache der Strafverfolgungsbehörden."
G12 = "Girkins Anwalt kündigte an, gegen die Haftanordnung Beschwerde einzulegen."
G13 = ("Mitglieder des von Girkin im Frühjahr gegründeten „Klubs der zornigen Patrioten“ forderten seine sofortige "
       "Freilassung.")
G14 = "Vor dem Gerichtsgebäude versammelten sich am Abend einige Dutzend Anhänger des Ex-Kommandeurs."
G15 = "Die Polizei nahm niemanden fest."
G16 = ("Der Sprecher des ukrainischen Außenministeriums, Oleh Nikolenko, erklärte, Girkin müsse sich für seine "
       "Verbrechen im Donbass und den Abschuss von MH17 vor einem internationalen Gericht verantworten.")
G17 = "Der Kreml wolle „nur einen unbequemen Kritiker loswerden“, fügte er hinzu."

DE01 = {
    "id": "hm290-de-01", "lang": "de", "url": None, "published": "2023-07-21",
    "title": "Putin-Kritiker Girkin in Moskau festgenommen",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12], [G13, G14, G15], [G16, G17]),
    "events": [
        event("COERCE", RUS_IC, GIRKIN, G1, mode="arrest", location="Moscow", location_country="RUS"),
        event("COERCE", RUS_IC, GIRKIN, G2, mode="arrest", date="2023-07-21", location="Moscow",
              location_country="RUS"),
        event("COERCE", MESHCHANSKY, GIRKIN, G3, mode="arrest", date="2023-07-21", location="Moscow",
              location_country="RUS"),
        event("ACCUSE", RUS_IC, GIRKIN, G4, mode="allege"),
        event("SANCTION", HAGUE_COURT, GIRKIN, G7, mode="convict"),
        event("ACCUSE", GIRKIN, RUS_MIL_LEAD, G8, mode="disapprove"),
        event("ACCUSE", GIRKIN, PUTIN, G9, mode="disapprove"),
        event("ACCUSE", WAGNER_VETERAN, GIRKIN, G10, mode="allege"),
        event("REQUEST", ANGRY_PATRIOTS, RUS_AUTH, G13, mode="yield"),
        event("PROTEST", GIRKIN_SUPP, RUS_AUTH, G14, mode="demo", date="2023-07-21", location="Moscow",
              location_country="RUS"),
        event("COERCE", RUS_POLICE, GIRKIN_SUPP, G15, mode="arrest", negated=True),
        event("ACCUSE", NIKOLENKO, GIRKIN, G16, mode="allege"),
        event("ACCUSE", NIKOLENKO, KREMLIN, G17, mode="disapprove"),
    ],
    "quotes": [
        quote("Beamte des Ermittlungskomitees hätten ihren Mann am Freitagvormittag in der gemeinsamen Wohnung "
              "abgeholt", "Miroslava Reginskaya", "indirect"),
        quote("Dem 52-Jährigen würden öffentliche Aufrufe zu extremistischen Handlungen im Internet vorgeworfen",
              "Meshchansky District Court", "indirect"),
        quote("Nichts", "Igor Girkin", "direct"),
        quote("Das Land werde seit 23 Jahren von einem „Nichts“ regiert", "Igor Girkin", "indirect"),
        quote("Das Verfahren gehe auf die Anzeige eines früheren Kämpfers der Söldnertruppe Wagner zurück",
              "Miroslava Reginskaya", "indirect"),
        quote("die Festnahme sei Sache der Strafverfolgungsbehörden", "Dmitry Peskov", "indirect"),
        quote("gegen die Haftanordnung Beschwerde einzulegen", "lawyer of Igor Girkin", "indirect"),
        quote("Girkin müsse sich für seine Verbrechen im Donbass und den Abschuss von MH17 vor einem "
              "internationalen Gericht verantworten", "Oleg Nikolenko", "indirect"),
        quote("nur einen unbequemen Kritiker loswerden", "Oleg Nikolenko", "direct"),
        quote("Der Kreml wolle „nur einen unbequemen Kritiker loswerden“", "Oleg Nikolenko", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau", "Moskauer"]),
        entity("Igor Girkin", "PER", "RUS", ["Der russische Nationalist und frühere Geheimdienstoffizier Igor Girkin",
                                             "ihren Mann", "Dem 52-Jährigen", "Girkin", "Girkins", "Strelkow",
                                             "des Ex-Kommandeurs"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["des Ermittlungskomitees"]),
        entity("Miroslava Reginskaya", "PER", "RUS", ["seine Ehefrau Miroslawa Reginskaja", "Reginskaja"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Meshchansky District Court", "ORG", "RUS", ["das Moskauer Meschtschanski-Bezirksgericht",
                                                            "des Gerichts", "Gerichtsgebäude"]),
        entity("Donbas separatists", "ORG", "UKR", ["der prorussischen Separatisten"]),
        entity("Donbas", "LOC", "UKR", ["Donbass"]),
        entity("District Court of The Hague", "ORG", "NLD", ["Ein Gericht in Den Haag"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Russian military leadership", "ORG", "RUS", ["die russische Militärführung"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("Russia", "LOC", "RUS", ["Das Land"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("former Wagner Group fighter", "PER", "RUS", ["eines früheren Kämpfers der Söldnertruppe Wagner"]),
        entity("Wagner Group", "ORG", "RUS", ["der Söldnertruppe Wagner"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Russian law enforcement authorities", "ORG", "RUS", ["der Strafverfolgungsbehörden"]),
        entity("lawyer of Igor Girkin", "PER", "RUS", ["Girkins Anwalt"]),
        entity("Club of Angry Patriots", "ORG", "RUS", ["Klubs der zornigen Patrioten"]),
        entity("supporters of Igor Girkin", "ORG", "RUS", ["einige Dutzend Anhänger"]),
        entity("Russian police", "ORG", "RUS", ["Die Polizei"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["des ukrainischen Außenministeriums"]),
        entity("Oleg Nikolenko", "PER", "UKR", ["Der Sprecher des ukrainischen Außenministeriums, Oleh Nikolenko"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
    ],
}

# ---------------------------------------------------------------- hm290-de-02 (Ukraine, Kostiantynivka market strike)
KOST_CIV = actor("civilians in Kostiantynivka", "UKR", "CVL")
KOST_RES = actor("residents of Kostiantynivka", "UKR", "CVL")
UKR_PG = actor("Office of the Prosecutor General of Ukraine", "UKR", "JUD")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
US_DOD = actor("U.S. Department of Defense", "USA", "GOV")
UKR_ARMY = actor("Armed Forces of Ukraine", "UKR", "MIL")
ANTONOV = actor("Anatoly Antonov", "RUS", "GOV")
DENISE_BROWN = actor("Denise Brown", "UNO", "IGO")
KYRYLENKO = actor("Pavlo Kyrylenko", "UKR", "GOV")

K1 = ("Kiew (AFP) - Bei einem russischen Raketenangriff auf einen Markt in der ostukrainischen Stadt Kostjantyniwka "
      "sind am Mittwoch mindestens 16 Menschen getötet worden.")
K2 = "Mehr als 30 weitere seien verletzt worden, teilte Regierungschef Denys Schmyhal mit."
K3 = "In einer belebten Einkaufsstraße gerieten mehrere Geschäfte und Marktstände in Brand."
K4 = "Präsident Wolodymyr Selenskyj warf Russland vor, gezielt Zivilisten zu töten."
K5 = "„Dieses russische Böse muss so schnell wie möglich besiegt werden“, schrieb der 45-Jährige im Onlinedienst X."
K6 = "Die Generalstaatsanwaltschaft leitete Ermittlungen wegen eines Kriegsverbrechens ein."
K7 = "Zur gleichen Zeit hielt sich US-Außenminister Antony Blinken zu einem unangekündigten Besuch in Kiew auf."
K8 = ("Blinken traf am Mittwoch Selenskyj und kündigte neue Hilfen der USA für die Ukraine im Umfang von mehr als "
      "einer Milliarde Dollar an.")
K9 = ("Das Pentagon gab zudem die Lieferung von Munition mit abgereichertem Uran für Kampfpanzer vom Typ Abrams "
      "bekannt.")
K10 = "Blinken lobte vor Journalisten die Fortschritte der ukrainischen Gegenoffensive."
K11 = "Sie habe in den vergangenen Wochen „gute Fortschritte“ gemacht, sagte er."
K12 = "Selenskyj bat Blinken um weitere Flugabwehrsysteme zum Schutz der Städte im Osten des Landes."
K13 = ("Der russische Botschafter in Washington, Anatoli Antonow, nannte die Lieferung der Uranmunition ein "
       "„Zeichen von Unmenschlichkeit“.")
K14 = "Das russische Verteidigungsministerium äußerte sich zunächst nicht zu dem Angriff auf Kostjantyniwka."
K15 = ("Die humanitäre Koordinatorin der Vereinten Nationen für die Ukraine, Denise Brown, verurteilte den Angriff "
       "als „schockierend“.")
K16 = ("Kostjantyniwka liegt rund 20 Kilometer nordwestlich der weitgehend zerstörten Stadt Bachmut und ist "
       "regelmäßig Ziel russischen Beschusses.")
K17 = ("Der Gouverneur des Gebiets Donezk, Pawlo Kyrylenko, rief die verbliebenen Einwohner erneut auf, die Stadt "
       "zu verlassen.")

DE02 = {
    "id": "hm290-de-02", "lang": "de", "url": None, "published": "2023-09-06",
    "title": "Mindestens 16 Tote bei Raketenangriff auf Markt in Kostjantyniwka",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9, K10, K11, K12], [K13, K14, K15],
                       [K16, K17]),
    "events": [
        event("ASSAULT", RUS_MIL, KOST_CIV, K1, mode="heavy-weapons", date="2023-09-06", location="Kostiantynivka",
              location_country="UKR"),
        event("ACCUSE", ZELENSKY, RUSSIA, K4, mode="allege"),
        event("ACCUSE", ZELENSKY, RUSSIA, K5, mode="disapprove"),
        event("ACCUSE", UKR_PG, RUS_MIL, K6, mode="investigate"),
        event("CONSULT", BLINKEN, UKR_GOV, K7, mode="visit", location="Kyiv", location_country="UKR"),
        event("CONSULT", BLINKEN, ZELENSKY, K8, mode="visit", date="2023-09-06", location="Kyiv",
              location_country="UKR"),
        event("AID", USA, UKRAINE, K8, date="2023-09-06"),
        event("AID", US_DOD, UKRAINE, K9),
        event("SUPPORT", BLINKEN, UKR_ARMY, K10),
        event("REQUEST", ZELENSKY, BLINKEN, K12, mode="assist"),
        event("ACCUSE", ANTONOV, USA, K13, mode="disapprove"),
        event("ACCUSE", DENISE_BROWN, RUS_MIL, K15, mode="disapprove"),
        event("REQUEST", KYRYLENKO, KOST_RES, K17),
    ],
    "quotes": [
        quote("Mehr als 30 weitere seien verletzt worden", "Denys Shmyhal", "indirect"),
        quote("gezielt Zivilisten zu töten", "Volodymyr Zelensky", "indirect"),
        quote("Dieses russische Böse muss so schnell wie möglich besiegt werden", "Volodymyr Zelensky", "direct"),
        quote("gute Fortschritte", "Antony Blinken", "direct"),
        quote("Sie habe in den vergangenen Wochen „gute Fortschritte“ gemacht", "Antony Blinken", "indirect"),
        quote("Zeichen von Unmenschlichkeit", "Anatoly Antonov", "direct"),
        quote("schockierend", "Denise Brown", "direct"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Kostiantynivka market", "LOC", "UKR", ["einen Markt"]),
        entity("Kostiantynivka", "LOC", "UKR", ["der ostukrainischen Stadt Kostjantyniwka", "Kostjantyniwka",
                                                "die Stadt"]),
        entity("Denys Shmyhal", "PER", "UKR", ["Regierungschef Denys Schmyhal"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "der 45-Jährige",
                                                    "Selenskyj"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Office of the Prosecutor General of Ukraine", "ORG", "UKR", ["Die Generalstaatsanwaltschaft"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken", "Blinken"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine", "des Landes"]),
        entity("U.S. Department of Defense", "ORG", "USA", ["Das Pentagon"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["der ukrainischen Gegenoffensive"]),
        entity("Anatoly Antonov", "PER", "RUS", ["Der russische Botschafter in Washington, Anatoli Antonow"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Denise Brown", "PER", "UNO", ["Die humanitäre Koordinatorin der Vereinten Nationen für die Ukraine, "
                                              "Denise Brown"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Bakhmut", "LOC", "UKR", ["der weitgehend zerstörten Stadt Bachmut"]),
        entity("Pavlo Kyrylenko", "PER", "UKR", ["Der Gouverneur des Gebiets Donezk, Pawlo Kyrylenko"]),
        entity("Donetsk Oblast", "LOC", "UKR", ["des Gebiets Donezk"]),
        entity("residents of Kostiantynivka", "ORG", "UKR", ["die verbliebenen Einwohner"]),
    ],
}

# ---------------------------------------------------------------- hm290-de-03 (Ukraine/Georgia, Saakashvili)
SAAKASHVILI = actor("Mikheil Saakashvili", "GEO", "OPP")
GEO_AMB = actor("Ambassador of Georgia to Ukraine", "GEO", "GOV")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
GEO_AUTH = actor("Georgian authorities", "GEO", "GOV")
GEO_JUD = actor("Georgian judiciary", "GEO", "JUD")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "PTY")
GARIBASHVILI = actor("Irakli Garibashvili", "GEO", "GOV")
UNM_SUPP = actor("supporters of the United National Movement", "GEO", "OPP")
EP = actor("European Parliament", "EUR", "IGO")

S1 = ("Kiew/Tiflis (dpa) - Im Streit um den inhaftierten georgischen Ex-Präsidenten Michail Saakaschwili hat der "
      "ukrainische Präsident Wolodymyr Selenskyj den georgischen Botschafter zur Ausreise aufgefordert.")
S2 = ("Er habe das Außenministerium angewiesen, den Botschafter einzubestellen und ihm 48 Stunden für die Ausreise "
      "zu Konsultationen zu geben, sagte Selenskyj am Montagabend in seiner täglichen Videoansprache.")
S3 = ("Zuvor waren Bilder von einer Gerichtsanhörung in Tiflis verbreitet worden, bei der der per Video "
      "zugeschaltete Saakaschwili stark abgemagert zu sehen war.")
S4 = "Der 55-Jährige zog sein Hemd hoch und zeigte seinen ausgezehrten Oberkörper."
S5 = "„Die georgische Regierung tötet einen ukrainischen Staatsbürger vor den Augen ganz Europas“, sagte Selenskyj."
S6 = ("Er forderte die georgische Führung erneut auf, Saakaschwili zur medizinischen Behandlung an die Ukraine zu "
      "übergeben.")
S7 = ("Saakaschwili, der seit 2019 die ukrainische Staatsbürgerschaft besitzt, war im Oktober 2021 nach seiner "
      "heimlichen Rückkehr nach Georgien festgenommen worden.")
S8 = ("Er verbüßt eine sechsjährige Haftstrafe wegen Amtsmissbrauchs, zu der ihn die georgische Justiz in "
      "Abwesenheit verurteilt hatte.")
S9 = "Der Politiker liegt seit mehr als einem Jahr in einer Privatklinik in Tiflis."
S10 = "Nach Angaben seiner Anwälte hat er seit seiner Festnahme mehr als 40 Kilogramm abgenommen."
S11 = "Die georgische Regierung wies die Vorwürfe aus Kiew zurück."
S12 = ("Der Vorsitzende der Regierungspartei Georgischer Traum, Irakli Kobachidse, warf Selenskyj vor, sich in die "
       "inneren Angelegenheiten Georgiens einzumischen.")
S13 = "Saakaschwili erhalte die bestmögliche Behandlung, erklärte das Justizministerium in Tiflis."
S14 = "Eine Überstellung in die Ukraine komme nicht infrage, sagte Regierungschef Irakli Garibaschwili."
S15 = ("Vor dem Gerichtsgebäude in Tiflis demonstrierten am Montag Anhänger von Saakaschwilis Partei Vereinte "
       "Nationale Bewegung für seine Freilassung.")
S16 = ("Das Europaparlament hatte Georgien bereits im Februar aufgefordert, den früheren Präsidenten aus "
       "humanitären Gründen freizulassen.")
S17 = ("Saakaschwili war von 2004 bis 2013 Präsident Georgiens und später Gouverneur des ukrainischen Gebiets "
       "Odessa.")

DE03 = {
    "id": "hm290-de-03", "lang": "de", "url": None, "published": "2023-07-03",
    "title": "Streit um Saakaschwili: Selenskyj weist georgischen Botschafter aus",
    "text": paragraphs([S1, S2], [S3, S4, S5, S6], [S7, S8, S9, S10], [S11, S12, S13, S14], [S15, S16, S17]),
    "events": [
        event("SANCTION", ZELENSKY, GEO_AMB, S1, mode="expel"),
        event("ACCUSE", ZELENSKY, GEO_AMB, S2, mode="disapprove", date="2023-07-03"),
        event("SANCTION", ZELENSKY, GEO_AMB, S2, mode="expel", date="2023-07-03"),
        event("ACCUSE", ZELENSKY, GEO_GOV, S5, mode="allege"),
        event("REQUEST", ZELENSKY, GEO_GOV, S6, mode="yield"),
        event("COERCE", GEO_AUTH, SAAKASHVILI, S7, mode="arrest", location_country="GEO"),
        event("SANCTION", GEO_JUD, SAAKASHVILI, S8, mode="convict"),
        event("ACCUSE", KOBAKHIDZE, ZELENSKY, S12, mode="disapprove"),
        event("REJECT", GARIBASHVILI, ZELENSKY, S14, mode="yield"),
        event("PROTEST", UNM_SUPP, GEO_GOV, S15, mode="demo", date="2023-07-03", location="Tbilisi",
              location_country="GEO"),
        event("REQUEST", UNM_SUPP, GEO_GOV, S15, mode="yield", date="2023-07-03", location="Tbilisi",
              location_country="GEO"),
        event("REQUEST", EP, GEO_GOV, S16, mode="yield"),
    ],
    "quotes": [
        quote("Er habe das Außenministerium angewiesen, den Botschafter einzubestellen und ihm 48 Stunden für die "
              "Ausreise zu Konsultationen zu geben", "Volodymyr Zelensky", "indirect"),
        quote("Die georgische Regierung tötet einen ukrainischen Staatsbürger vor den Augen ganz Europas",
              "Volodymyr Zelensky", "direct"),
        quote("hat er seit seiner Festnahme mehr als 40 Kilogramm abgenommen", "lawyers of Mikheil Saakashvili",
              "indirect"),
        quote("sich in die inneren Angelegenheiten Georgiens einzumischen", "Irakli Kobakhidze", "indirect"),
        quote("Saakaschwili erhalte die bestmögliche Behandlung", "Ministry of Justice of Georgia", "indirect"),
        quote("Eine Überstellung in die Ukraine komme nicht infrage", "Irakli Garibashvili", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
        entity("Mikheil Saakashvili", "PER", "GEO", ["den inhaftierten georgischen Ex-Präsidenten Michail "
                                                     "Saakaschwili", "Saakaschwili", "Der 55-Jährige",
                                                     "Der Politiker", "Saakaschwilis", "den früheren Präsidenten"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Ambassador of Georgia to Ukraine", "PER", "GEO", ["den georgischen Botschafter", "den Botschafter"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["das Außenministerium"]),
        entity("Tbilisi City Court", "ORG", "GEO", ["einer Gerichtsanhörung in Tiflis", "dem Gerichtsgebäude"]),
        entity("Government of Georgia", "ORG", "GEO", ["Die georgische Regierung", "die georgische Führung"]),
        entity("Europe", "LOC", None, ["Europas"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Georgia", "LOC", "GEO", ["Georgien", "Georgiens"]),
        entity("Georgian judiciary", "ORG", "GEO", ["die georgische Justiz"]),
        entity("Vivamedi clinic", "LOC", "GEO", ["einer Privatklinik in Tiflis"]),
        entity("lawyers of Mikheil Saakashvili", "PER", "GEO", ["seiner Anwälte"]),
        entity("Georgian Dream", "ORG", "GEO", ["der Regierungspartei Georgischer Traum"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Der Vorsitzende der Regierungspartei Georgischer Traum, Irakli "
                                                   "Kobachidse"]),
        entity("Ministry of Justice of Georgia", "ORG", "GEO", ["das Justizministerium in Tiflis"]),
        entity("Irakli Garibashvili", "PER", "GEO", ["Regierungschef Irakli Garibaschwili"]),
        entity("supporters of the United National Movement", "ORG", "GEO", ["Anhänger"]),
        entity("United National Movement", "ORG", "GEO", ["Saakaschwilis Partei Vereinte Nationale Bewegung"]),
        entity("European Parliament", "ORG", "EUR", ["Das Europaparlament"]),
        entity("Odesa Oblast", "LOC", "UKR", ["des ukrainischen Gebiets Odessa"]),
    ],
}

# ---------------------------------------------------------------- hm290-de-04 (Azerbaijan/Armenia, Karabakh dissolved)
NK_LEADERSHIP = actor("Nagorno-Karabakh separatist leadership", "AZE", "REB")
SHAHRAMANYAN = actor("Samvel Shahramanyan", "AZE", "REB")
NK_FORCES = actor("Nagorno-Karabakh separatist forces", "AZE", "REB")
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
AZE_MIL = actor("Azerbaijani Armed Forces", "AZE", "MIL")
KARABAKH_ARMENIANS = actor("ethnic Armenians of Nagorno-Karabakh", "AZE", "CVL")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
HAJIYEV = actor("Hikmet Hajiyev", "AZE", "GOV")
UN = actor("United Nations", "UNO", "IGO")
AZE_BORDER = actor("State Border Service of Azerbaijan", "AZE", "COP")
VARDANYAN = actor("Ruben Vardanyan", "ARM", "CVL")
BAKU_COURT = actor("court in Baku", "AZE", "JUD")
AZE_PROSECUTOR = actor("Prosecutor General's Office of Azerbaijan", "AZE", "JUD")
POWER = actor("Samantha Power", "USA", "GOV")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
ARM_OPP = actor("Armenian opposition", "ARM", "OPP")

N1 = ("Eriwan (AFP) - Die Führung der Karabach-Armenier hat die Auflösung ihrer international nicht anerkannten "
      "Republik Berg-Karabach zum Jahresende angekündigt.")
N2 = ("Alle staatlichen Institutionen würden bis zum 1. Januar 2024 aufgelöst, heißt es in einem Dekret, das "
      "Separatistenführer Samwel Schahramanjan am Donnerstag unterzeichnete.")
N3 = ("Die Einwohner sollten sich mit den Bedingungen für eine Wiedereingliederung vertraut machen, die "
      "Aserbaidschan angeboten habe, hieß es weiter.")
N4 = ("Die Karabach-Armenier hatten nach einer eintägigen Offensive der aserbaidschanischen Armee vergangene Woche "
      "die Waffen niedergelegt.")
N5 = ("Mehr als 65.000 Menschen seien seither nach Armenien geflohen, mehr als die Hälfte der Bevölkerung, teilte "
      "die Regierung in Eriwan mit.")
N6 = ("Regierungschef Nikol Paschinjan sagte, in den kommenden Tagen werde es keine Armenier mehr in Berg-Karabach "
      "geben.")
N7 = "Dies sei „ein direkter Akt der ethnischen Säuberung“, sagte der 48-Jährige bei einer Kabinettssitzung."
N8 = "Aserbaidschan weist den Vorwurf zurück."
N9 = ("Der außenpolitische Berater von Präsident Ilham Alijew, Hikmet Hadschijew, kündigte an, Baku werde in den "
      "kommenden Tagen eine Mission der Vereinten Nationen in die Region lassen.")
N10 = ("Am Mittwoch hatte der aserbaidschanische Grenzschutz den früheren Staatsminister Karabachs, Ruben "
       "Wardanjan, am Kontrollpunkt an der Brücke über den Hakari festgenommen, als er nach Armenien ausreisen "
       "wollte.")
N11 = ("Ein Gericht in der aserbaidschanischen Hauptstadt ordnete am Donnerstag vier Monate Untersuchungshaft gegen "
       "den russisch-armenischen Milliardär an.")
N12 = ("Die Staatsanwaltschaft wirft ihm unter anderem Terrorfinanzierung und die Bildung illegaler bewaffneter "
       "Gruppen vor.")
N13 = ("Bei der Explosion eines Treibstofflagers nahe Stepanakert waren am Montag mindestens 68 Menschen ums Leben "
       "gekommen, die sich dort mit Benzin für die Flucht versorgen wollten.")
N14 = ("Die Chefin der US-Entwicklungsbehörde USAID, Samantha Power, hatte bei einem Besuch in Eriwan zu "
       "Wochenbeginn 11,5 Millionen Dollar an humanitärer Hilfe für die Flüchtlinge angekündigt.")
N15 = "In Eriwan forderten Oppositionspolitiker am Donnerstagabend erneut den Rücktritt Paschinjans."
N16 = ("Berg-Karabach gehört völkerrechtlich zu Aserbaidschan, war aber seit dem Zerfall der Sowjetunion "
       "überwiegend von Armeniern bewohnt und wurde von ihnen kontrolliert.")

DE04 = {
    "id": "hm290-de-04", "lang": "de", "url": None, "published": "2023-09-28",
    "title": "Karabach-Armenier kündigen Auflösung ihrer Republik an",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7, N8], [N9, N10, N11, N12], [N13, N14, N15, N16]),
    "events": [
        event("CONCEDE", NK_LEADERSHIP, AZE_GOV, N1),
        event("CONCEDE", SHAHRAMANYAN, AZE_GOV, N2, date="2023-09-28"),
        event("ASSAULT", AZE_MIL, NK_FORCES, N4),
        event("RETREAT", NK_FORCES, AZE_MIL, N4, mode="disarm"),
        event("SANCTION", AZE_GOV, KARABAKH_ARMENIANS, N5, mode="expel"),
        event("ACCUSE", PASHINYAN, AZE_GOV, N7, mode="allege"),
        event("CONCEDE", HAJIYEV, UN, N9),
        event("COERCE", AZE_BORDER, VARDANYAN, N10, mode="arrest", date="2023-09-27", location="Hakari bridge",
              location_country="AZE"),
        event("COERCE", BAKU_COURT, VARDANYAN, N11, mode="arrest", date="2023-09-28", location="Baku",
              location_country="AZE"),
        event("ACCUSE", AZE_PROSECUTOR, VARDANYAN, N12, mode="allege"),
        event("CONSULT", POWER, ARM_GOV, N14, mode="visit", location="Yerevan", location_country="ARM"),
        event("AID", POWER, KARABAKH_ARMENIANS, N14),
        event("REQUEST", ARM_OPP, PASHINYAN, N15, mode="change", date="2023-09-28", location="Yerevan",
              location_country="ARM"),
    ],
    "quotes": [
        quote("Alle staatlichen Institutionen würden bis zum 1. Januar 2024 aufgelöst", "Samvel Shahramanyan",
              "indirect"),
        quote("Die Einwohner sollten sich mit den Bedingungen für eine Wiedereingliederung vertraut machen, die "
              "Aserbaidschan angeboten habe", "Samvel Shahramanyan", "indirect"),
        quote("Mehr als 65.000 Menschen seien seither nach Armenien geflohen, mehr als die Hälfte der Bevölkerung",
              "Government of Armenia", "indirect"),
        quote("in den kommenden Tagen werde es keine Armenier mehr in Berg-Karabach geben", "Nikol Pashinyan",
              "indirect"),
        quote("ein direkter Akt der ethnischen Säuberung", "Nikol Pashinyan", "direct"),
        quote("Dies sei „ein direkter Akt der ethnischen Säuberung“", "Nikol Pashinyan", "indirect"),
        quote("Baku werde in den kommenden Tagen eine Mission der Vereinten Nationen in die Region lassen",
              "Hikmet Hajiyev", "indirect"),
    ],
    "entities": [
        entity("Yerevan", "LOC", "ARM", ["Eriwan"]),
        entity("Nagorno-Karabakh separatist leadership", "ORG", "AZE", ["Die Führung der Karabach-Armenier"]),
        entity("ethnic Armenians of Nagorno-Karabakh", "ORG", "AZE", ["Karabach-Armenier", "Die Einwohner",
                                                                      "die Flüchtlinge", "Armeniern"]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["ihrer international nicht anerkannten Republik Berg-Karabach",
                                                  "Berg-Karabach", "Karabachs", "die Region"]),
        entity("Samvel Shahramanyan", "PER", "AZE", ["Separatistenführer Samwel Schahramanjan"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschan"]),
        entity("Azerbaijani Armed Forces", "ORG", "AZE", ["der aserbaidschanischen Armee"]),
        entity("Armenia", "LOC", "ARM", ["Armenien"]),
        entity("Government of Armenia", "ORG", "ARM", ["die Regierung in Eriwan"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "der 48-Jährige",
                                                 "Paschinjans"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Präsident Ilham Alijew"]),
        entity("Hikmet Hajiyev", "PER", "AZE", ["Der außenpolitische Berater von Präsident Ilham Alijew, Hikmet "
                                                "Hadschijew"]),
        entity("Government of Azerbaijan", "ORG", "AZE", ["Baku"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("State Border Service of Azerbaijan", "ORG", "AZE", ["der aserbaidschanische Grenzschutz"]),
        entity("Ruben Vardanyan", "PER", "ARM", ["den früheren Staatsminister Karabachs, Ruben Wardanjan",
                                                 "den russisch-armenischen Milliardär"]),
        entity("Hakari bridge checkpoint", "LOC", "AZE", ["Kontrollpunkt an der Brücke über den Hakari"]),
        entity("court in Baku", "ORG", "AZE", ["Ein Gericht in der aserbaidschanischen Hauptstadt"]),
        entity("Baku", "LOC", "AZE", ["der aserbaidschanischen Hauptstadt"]),
        entity("Prosecutor General's Office of Azerbaijan", "ORG", "AZE", ["Die Staatsanwaltschaft"]),
        entity("Stepanakert fuel depot", "LOC", "AZE", ["eines Treibstofflagers"]),
        entity("Stepanakert", "LOC", "AZE", ["Stepanakert"]),
        entity("USAID", "ORG", "USA", ["US-Entwicklungsbehörde USAID"]),
        entity("Samantha Power", "PER", "USA", ["Die Chefin der US-Entwicklungsbehörde USAID, Samantha Power"]),
        entity("Armenian opposition", "ORG", "ARM", ["Oppositionspolitiker"]),
        entity("Soviet Union", "LOC", None, ["der Sowjetunion"]),
    ],
}

# ---------------------------------------------------------------- hm290-en-01 (Russia/Turkey, Sochi grain talks)
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")
EU = actor("European Union", "EUR", "IGO")
LAVROV = actor("Sergei Lavrov", "RUS", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "GOV")

E1 = ("SOCHI, Russia, Sept 4 (Reuters) - Russian President Vladimir Putin told Turkish President Tayyip Erdogan on "
      "Monday that Moscow would not return to the Black Sea grain deal until the West met its demands on Russian "
      "agricultural exports.")
E2 = ("Erdogan had travelled to the Black Sea resort for his first face-to-face talks with Putin in almost a year, "
      "hoping to persuade him to revive the U.N.- and Turkish-brokered agreement that Moscow quit in July.")
E3 = ('"We will be ready to consider the possibility of reviving the grain deal, and we will do it immediately '
      'after all the agreements on lifting restrictions on the export of Russian agricultural products are fully '
      'implemented," Putin told a joint news conference.')
E4 = ("He said in particular that the European Union must reconnect the state agricultural bank Rosselkhozbank to "
      "the SWIFT international payments system.")
E5 = ("Erdogan said Turkey had prepared new proposals together with the United Nations and that he believed a "
      "solution meeting expectations could be reached in a short time.")
E6 = '"Ukraine should soften its approach so that joint steps with Russia can be taken," Erdogan said.'
E7 = ("Putin praised Ankara's mediation and said Russia was close to an agreement to supply 1 million tonnes of "
      "discounted grain to Turkey for processing and onward shipment to the poorest countries, with financial "
      "support from Qatar.")
E8 = "The talks ended without an agreement to restart the sea corridor."
E9 = ("Hours before the two leaders met, Russian drones struck the Ukrainian Danube port of Izmail, a key outlet "
      "for grain exports since the deal collapsed, damaging warehouses and port infrastructure.")
E10 = "Ukraine's air force said it had shot down 17 of the 23 drones launched overnight."
E11 = ("Ukrainian Foreign Ministry spokesman Oleg Nikolenko said some of the drones had fallen and detonated on "
       'Romanian territory, calling it "a serious threat" to the security of NATO members.')
E12 = ("Romania's defence ministry denied that any drone had hit Romanian territory and said there was no direct "
       "military threat to the country.")
E13 = ("Russian Foreign Minister Sergei Lavrov said last week that proposals sent by U.N. Secretary-General "
       "Antonio Guterres to revive the deal offered nothing new.")
E14 = ("Russia's defence ministry said in July that it would regard all ships heading for Ukrainian ports as "
       "potential carriers of military cargo.")
E15 = ("Kyiv has since been shipping grain through a temporary corridor hugging the western Black Sea coast near "
       "Romania and Bulgaria.")
E16 = ("Before its collapse, the deal had allowed Ukraine to export nearly 33 million tonnes of grain and other "
       "foodstuffs over a year.")

EN01 = {
    "id": "hm290-en-01", "lang": "en", "url": None, "published": "2023-09-04",
    "title": "Putin tells Erdogan no return to grain deal until West meets demands",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12], [E13, E14, E15, E16]),
    "events": [
        event("REJECT", PUTIN, ERDOGAN, E1, date="2023-09-04", location="Sochi", location_country="RUS"),
        event("CONSULT", ERDOGAN, PUTIN, E2, mode="visit", location="Sochi", location_country="RUS"),
        event("SANCTION", RUSSIA, None, E2, mode="withdraw"),
        event("REQUEST", PUTIN, EU, E4, mode="yield"),
        event("REQUEST", ERDOGAN, UKRAINE, E6, mode="change"),
        event("SUPPORT", PUTIN, TUR_GOV, E7),
        event("AGREE", PUTIN, TURKEY, E7),
        event("AGREE", ERDOGAN, PUTIN, E8, negated=True),
        event("ASSAULT", RUS_MIL, UKRAINE, E9, mode="drone", date="2023-09-04", location="Izmail",
              location_country="UKR"),
        event("ACCUSE", NIKOLENKO, RUSSIA, E11, mode="allege"),
        event("REJECT", LAVROV, GUTERRES, E13),
        event("THREATEN", RUS_MOD, UKRAINE, E14),
    ],
    "quotes": [
        quote("Moscow would not return to the Black Sea grain deal until the West met its demands on Russian "
              "agricultural exports", "Vladimir Putin", "indirect"),
        quote("We will be ready to consider the possibility of reviving the grain deal, and we will do it immediately "
              "after all the agreements on lifting restrictions on the export of Russian agricultural products are "
              "fully implemented", "Vladimir Putin", "direct"),
        quote("the European Union must reconnect the state agricultural bank Rosselkhozbank to the SWIFT "
              "international payments system", "Vladimir Putin", "indirect"),
        quote("Turkey had prepared new proposals together with the United Nations", "Recep Tayyip Erdoğan",
              "indirect"),
        quote("he believed a solution meeting expectations could be reached in a short time", "Recep Tayyip Erdoğan",
              "indirect"),
        quote("Ukraine should soften its approach so that joint steps with Russia can be taken",
              "Recep Tayyip Erdoğan", "direct"),
        quote("Russia was close to an agreement to supply 1 million tonnes of discounted grain to Turkey for "
              "processing and onward shipment to the poorest countries, with financial support from Qatar",
              "Vladimir Putin", "indirect"),
        quote("it had shot down 17 of the 23 drones launched overnight", "Ukrainian Air Force", "indirect"),
        quote("some of the drones had fallen and detonated on Romanian territory", "Oleg Nikolenko", "indirect"),
        quote("a serious threat", "Oleg Nikolenko", "direct"),
        quote("any drone had hit Romanian territory", "Ministry of National Defence of Romania", "indirect"),
        quote("there was no direct military threat to the country", "Ministry of National Defence of Romania",
              "indirect"),
        quote("proposals sent by U.N. Secretary-General Antonio Guterres to revive the deal offered nothing new",
              "Sergei Lavrov", "indirect"),
        quote("it would regard all ships heading for Ukrainian ports as potential carriers of military cargo",
              "Ministry of Defence of Russia", "indirect"),
    ],
    "entities": [
        entity("Sochi", "LOC", "RUS", ["SOCHI", "the Black Sea resort"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin", "Putin"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Turkish President Tayyip Erdogan", "Erdogan"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("Black Sea", "LOC", None, ["Black Sea"]),
        entity("the West", "ORG", None, ["the West"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Rosselkhozbank", "ORG", "RUS", ["the state agricultural bank Rosselkhozbank"]),
        entity("SWIFT", "ORG", "BEL", ["the SWIFT international payments system"]),
        entity("Turkey", "LOC", "TUR", ["Turkey"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations", "U.N."]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankara"]),
        entity("Qatar", "LOC", "QAT", ["Qatar"]),
        entity("Izmail", "LOC", "UKR", ["the Ukrainian Danube port of Izmail"]),
        entity("Danube", "LOC", None, ["Danube"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["Ukraine's air force"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Ukrainian Foreign Ministry"]),
        entity("Oleg Nikolenko", "PER", "UKR", ["Ukrainian Foreign Ministry spokesman Oleg Nikolenko"]),
        entity("Romania", "LOC", "ROU", ["Romanian territory", "Romania", "the country"]),
        entity("NATO", "ORG", "IGO", ["NATO"]),
        entity("Ministry of National Defence of Romania", "ORG", "ROU", ["Romania's defence ministry"]),
        entity("Sergei Lavrov", "PER", "RUS", ["Russian Foreign Minister Sergei Lavrov"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Russia's defence ministry"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kyiv"]),
        entity("Bulgaria", "LOC", "BGR", ["Bulgaria"]),
    ],
}

# ---------------------------------------------------------------- hm290-en-02 (EU, Romania and Bulgaria join Schengen)
EU_COUNCIL = actor("Council of the European Union", "EUR", "IGO")
ROMANIA = actor("Romania", "ROU", "GOV")
BULGARIA = actor("Bulgaria", "BGR", "GOV")
AUSTRIA = actor("Austria", "AUT", "GOV")
HUNGARY = actor("Hungary", "HUN", "GOV")
CIOLACU = actor("Marcel Ciolacu", "ROU", "GOV")
GLAVCHEV = actor("Dimitar Glavchev", "BGR", "GOV")
KARNER = actor("Gerhard Karner", "AUT", "GOV")
KICKL = actor("Herbert Kickl", "AUT", "OPP")
BRUNNER = actor("Magnus Brunner", "EUR", "IGO")

B1 = ("BRUSSELS, Dec 12 (Reuters) - European Union interior ministers agreed on Thursday to admit Romania and "
      "Bulgaria fully into the Schengen zone of passport-free travel from Jan. 1, lifting land border checks after "
      "Austria dropped its veto.")
B2 = ("The unanimous decision came at a meeting in Brussels chaired by Hungarian Interior Minister Sandor Pinter, "
      "whose country holds the EU's rotating presidency.")
B3 = ("Austria had blocked the two countries' land accession in December 2022, arguing that too many migrants were "
      "entering the bloc unregistered via the Balkans.")
B4 = ("Romania and Bulgaria joined Schengen for air and sea travel in March, but lorries have continued to face "
      "queues of up to several days at land crossings.")
B5 = ('"This is a historic moment for Romania," Prime Minister Marcel Ciolacu wrote on X, calling the decision '
      '"a well-deserved success."')
B6 = ("Bulgaria's caretaker Prime Minister Dimitar Glavchev said his country had waited 13 years for the decision "
      "and thanked Vienna for its flexibility.")
B7 = ("Austrian Interior Minister Gerhard Karner said a package of border protection measures agreed with "
      "Bucharest and Sofia in Budapest last month had made the difference.")
B8 = ("Under the package, Austria will send additional police officers to help guard Bulgaria's border with "
      "Turkey, he said.")
B9 = "Karner said Austria would not lift its own checks on the border with Hungary for the time being."
B10 = ("Herbert Kickl, leader of the far-right Freedom Party, which won Austria's parliamentary election in "
       'September, accused Karner of "selling out" Austrian security.')
B11 = ("The European Commission's new migration commissioner, Magnus Brunner, himself an Austrian, welcomed the "
       'decision as "a win for the whole of Europe."')
B12 = "With the decision, Cyprus and Ireland remain the only EU members outside the zone."
B13 = "The Schengen area now comprises 29 countries, 25 of them EU members."
B14 = "Ireland has an opt-out, while Cyprus's entry is complicated by the island's division."

EN02 = {
    "id": "hm290-en-02", "lang": "en", "url": None, "published": "2024-12-12",
    "title": "EU admits Romania, Bulgaria fully to Schengen after Austria lifts veto",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6], [B7, B8, B9, B10], [B11, B12, B13, B14]),
    "events": [
        event("AGREE", EU_COUNCIL, ROMANIA, B1, date="2024-12-12", location="Brussels", location_country="BEL"),
        event("AGREE", EU_COUNCIL, BULGARIA, B1, date="2024-12-12", location="Brussels", location_country="BEL"),
        event("CONCEDE", AUSTRIA, ROMANIA, B1),
        event("CONCEDE", AUSTRIA, BULGARIA, B1),
        event("REJECT", AUSTRIA, ROMANIA, B3),
        event("REJECT", AUSTRIA, BULGARIA, B3),
        event("SUPPORT", CIOLACU, EU_COUNCIL, B5),
        event("SUPPORT", GLAVCHEV, AUSTRIA, B6),
        event("AGREE", AUSTRIA, ROMANIA, B7, location="Budapest", location_country="HUN"),
        event("AGREE", AUSTRIA, BULGARIA, B7, location="Budapest", location_country="HUN"),
        event("AGREE", AUSTRIA, BULGARIA, B8),
        event("CONCEDE", AUSTRIA, HUNGARY, B9, negated=True),
        event("ACCUSE", KICKL, KARNER, B10, mode="disapprove"),
        event("SUPPORT", BRUNNER, EU_COUNCIL, B11),
    ],
    "quotes": [
        quote("too many migrants were entering the bloc unregistered via the Balkans", "Government of Austria",
              "indirect"),
        quote("This is a historic moment for Romania", "Marcel Ciolacu", "direct"),
        quote("a well-deserved success", "Marcel Ciolacu", "direct"),
        quote("his country had waited 13 years for the decision", "Dimitar Glavchev", "indirect"),
        quote("a package of border protection measures agreed with Bucharest and Sofia in Budapest last month had "
              "made the difference", "Gerhard Karner", "indirect"),
        quote("Under the package, Austria will send additional police officers to help guard Bulgaria's border with "
              "Turkey", "Gerhard Karner", "indirect"),
        quote("Austria would not lift its own checks on the border with Hungary for the time being", "Gerhard Karner",
              "indirect"),
        quote("selling out", "Herbert Kickl", "direct"),
        quote("a win for the whole of Europe", "Magnus Brunner", "direct"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["BRUSSELS", "Brussels"]),
        entity("Council of the European Union", "ORG", "EUR", ["European Union interior ministers"]),
        entity("Romania", "LOC", "ROU", ["Romania"]),
        entity("Bulgaria", "LOC", "BGR", ["Bulgaria"]),
        entity("Schengen Area", "LOC", None, ["the Schengen zone of passport-free travel", "Schengen",
                                              "the zone", "The Schengen area"]),
        entity("Austria", "LOC", "AUT", ["Austria"]),
        entity("Sándor Pintér", "PER", "HUN", ["Hungarian Interior Minister Sandor Pinter"]),
        entity("European Union", "ORG", "EUR", ["the EU's rotating presidency", "the bloc", "EU members"]),
        entity("Balkans", "LOC", None, ["the Balkans"]),
        entity("Marcel Ciolacu", "PER", "ROU", ["Prime Minister Marcel Ciolacu"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Dimitar Glavchev", "PER", "BGR", ["Bulgaria's caretaker Prime Minister Dimitar Glavchev"]),
        entity("Government of Austria", "ORG", "AUT", ["Vienna"]),
        entity("Gerhard Karner", "PER", "AUT", ["Austrian Interior Minister Gerhard Karner", "Karner"]),
        entity("Government of Romania", "ORG", "ROU", ["Bucharest"]),
        entity("Government of Bulgaria", "ORG", "BGR", ["Sofia"]),
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("Turkey", "LOC", "TUR", ["Turkey"]),
        entity("Hungary", "LOC", "HUN", ["Hungary"]),
        entity("Herbert Kickl", "PER", "AUT", ["Herbert Kickl"]),
        entity("Freedom Party of Austria", "ORG", "AUT", ["the far-right Freedom Party"]),
        entity("European Commission", "ORG", "EUR", ["The European Commission"]),
        entity("Magnus Brunner", "PER", "EUR", ["new migration commissioner, Magnus Brunner"]),
        entity("Europe", "LOC", None, ["Europe"]),
        entity("Cyprus", "LOC", "CYP", ["Cyprus", "the island"]),
        entity("Ireland", "LOC", "IRL", ["Ireland"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
