"""Round 308: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm314-de-01: Ukraine: Zelensky strips Odesa mayor Hennadiy Trukhanov of his citizenship and sets up a city military administration under Serhiy Lysak; Trukhanov objects, councillors and Zakharova criticise, European Solidarity demands the evidence, Russian drone attack on Odesa, EU generators, the Onufriy precedent (2025-10-14).
- hm314-de-02: Turkey: police detain Beşiktaş mayor Rıza Akpolat and more than 30 others in a bribery probe and search the town hall; Özel speaks of a coup, protest at the town hall, İmamoğlu backs him, Tunç defends the judiciary, Gürlek's probes and Özer's arrest recalled (2025-01-17).
- hm314-de-03: Armenia: the Anti-Corruption Committee detains Gyumri mayor Vardan Ghukasyan on bribery charges and searches the town hall; his lawyer objects, supporters protest, police reinforce, Pashinyan's earlier threat, the opposition and Manukyan object, Karapetyan's arrest recalled (2025-10-02).
- hm314-de-04: Germany: Berlin orders Russia to close four of its five consulates general after Moscow caps German staff at 350; Germany closes three of its own, Nechayev informed, no new expulsions planned, Baerbock, Zakharova, Kiesewetter and Gysi react, April expulsions recalled (2023-05-31).
- hm314-en-01: Hungary/Italy: Italian teacher Ilaria Salis brought into a Budapest court in chains; Tajani objects and asks for dignity, Schlein attacks Meloni, her father's complaint and request, Kovacs accuses her, house arrest refused, a German co-defendant sentenced (2024-01-29).
- hm314-en-02: Georgia: police raid opposition party offices in Tbilisi and detain Coalition for Change leader Nika Gvaramia; Interior Ministry detentions, Kobakhidze accuses and threatens, Zourabichvili, the State Department and Kallas object, water cannon, opposition boycott of parliament, no charges yet (2024-12-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm314-de-01 (Ukraine, Odesa mayor Trukhanov)
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
TRUKHANOV = actor("Hennadiy Trukhanov", "UKR", "GOV")
UKR_PRES_OFFICE = actor("Office of the President of Ukraine", "UKR", "GOV")
NABU = actor("National Anti-Corruption Bureau of Ukraine", "UKR", "COP")
ODESA_COUNCILLORS = actor("Odesa City Council members", "UKR", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
EUROSOL = actor("European Solidarity", "UKR", "OPP")
SBU = actor("Security Service of Ukraine", "UKR", "GOV")
RUSSIA_MIL = actor("Russia", "RUS", "MIL")
ODESA = actor("Odesa", "UKR", "CVL")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
ONUFRIY = actor("Metropolitan Onufriy", "UKR", "CVL")
EU_DE01 = actor("European Union", "EUR", "IGO")

O1 = ("Kiew (dpa) - Der ukrainische Präsident Wolodymyr Selenskyj hat dem langjährigen Bürgermeister der Hafenstadt "
      "Odessa, Hennadij Truchanow, die Staatsbürgerschaft entzogen.")
O2 = ("Zugleich unterzeichnete er am Dienstag ein Dekret über die Bildung einer städtischen Militärverwaltung in "
      "Odessa, wie das Präsidialamt in Kiew mitteilte.")
O3 = ("An ihre Spitze soll der bisherige Chef der Militärverwaltung des Gebiets Dnipropetrowsk, Serhij Lyssak, "
      "rücken.")
O4 = ("Grundlage für den Schritt seien Erkenntnisse des Geheimdienstes SBU, wonach Truchanow einen russischen Pass "
      "besitze, sagte Selenskyj in seiner abendlichen Videoansprache.")
O5 = ("„Städte wie Odessa dürfen in Kriegszeiten nicht von Menschen mit russischer Staatsbürgerschaft geführt "
      "werden“, sagte der 47-Jährige.")
O6 = ("Truchanow nannte den Erlass „politische Rache“ und warf dem Präsidialamt vor, die Wahl der Odessaer Bürger "
      "zu missachten.")
O7 = "Er habe nie einen russischen Pass besessen, schrieb der 60-Jährige auf Telegram."
O8 = "„Ich bin Bürger der Ukraine und werde es bleiben“, fügte er hinzu."
O9 = ("Gegen Truchanow hatte das Nationale Antikorruptionsbüro NABU bereits 2018 wegen des Verdachts der "
      "Veruntreuung ermittelt.")
O10 = ("Mehrere Stadträte aus Truchanows Fraktion warfen der Regierung vor, die kommunale Selbstverwaltung "
       "auszuhebeln.")
O11 = ("Die oppositionelle Partei Europäische Solidarität von Ex-Präsident Petro Poroschenko forderte den SBU auf, "
       "seine Beweise offenzulegen.")
O12 = ("Lyssak sagte, er werde sich zuerst um den Schutz der Stadt vor russischen Angriffen und um die "
       "Stromversorgung kümmern.")
O13 = "In der Nacht zum Dienstag hatte Russland Odessa erneut mit Kampfdrohnen angegriffen."
O14 = "Nach Angaben der Behörden wurden dabei ein Umspannwerk beschädigt und zwei Menschen verletzt."
O14B = "Die Europäische Union hatte der Stadt erst vergangene Woche 40 große Stromgeneratoren übergeben."
O15 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, bezeichnete Truchanows Absetzung als "
       "weiteren Beleg für eine „Diktatur“ in Kiew.")
O16 = ("Bereits im Juli hatte Selenskyj dem Oberhaupt der moskaunahen Ukrainischen Orthodoxen Kirche, Metropolit "
       "Onufrij, auf Grundlage von SBU-Angaben die Staatsbürgerschaft entzogen.")
O17 = "Odessa ist mit rund einer Million Einwohnern die drittgrößte Stadt der Ukraine und ihr wichtigster Hafen."

DE01 = {
    "id": "hm314-de-01", "lang": "de", "url": None, "published": "2025-10-14",
    "title": "Selenskyj entzieht Odessas Bürgermeister Truchanow die Staatsbürgerschaft",
    "text": paragraphs([O1, O2, O3], [O4, O5, O6, O7, O8], [O9, O10, O11, O12], [O13, O14, O14B, O15, O16, O17]),
    "events": [
        event("COERCE", ZELENSKY, TRUKHANOV, O1, mode="restrict"),
        event("ACCUSE", ZELENSKY, TRUKHANOV, O4, mode="allege"),
        event("ACCUSE", TRUKHANOV, UKR_PRES_OFFICE, O6, mode="disapprove"),
        event("ACCUSE", NABU, TRUKHANOV, O9, mode="investigate"),
        event("ACCUSE", ODESA_COUNCILLORS, UKR_GOV, O10, mode="disapprove"),
        event("REQUEST", EUROSOL, SBU, O11),
        event("ASSAULT", RUSSIA_MIL, ODESA, O13, mode="drone", date="2025-10-14", location="Odesa",
              location_country="UKR"),
        event("AID", EU_DE01, ODESA, O14B),
        event("ACCUSE", ZAKHAROVA, UKR_GOV, O15, mode="disapprove"),
        event("COERCE", ZELENSKY, ONUFRIY, O16, mode="restrict"),
    ],
    "quotes": [
        quote("Grundlage für den Schritt seien Erkenntnisse des Geheimdienstes SBU, wonach Truchanow einen russischen "
              "Pass besitze", "Volodymyr Zelensky", "indirect"),
        quote("Städte wie Odessa dürfen in Kriegszeiten nicht von Menschen mit russischer Staatsbürgerschaft geführt "
              "werden", "Volodymyr Zelensky", "direct"),
        quote("politische Rache", "Hennadiy Trukhanov", "direct"),
        quote("die Wahl der Odessaer Bürger zu missachten", "Hennadiy Trukhanov", "indirect"),
        quote("Er habe nie einen russischen Pass besessen", "Hennadiy Trukhanov", "indirect"),
        quote("Ich bin Bürger der Ukraine und werde es bleiben", "Hennadiy Trukhanov", "direct"),
        quote("die kommunale Selbstverwaltung auszuhebeln", "Odesa City Council members", "indirect"),
        quote("er werde sich zuerst um den Schutz der Stadt vor russischen Angriffen und um die Stromversorgung "
              "kümmern", "Serhiy Lysak", "indirect"),
        quote("wurden dabei ein Umspannwerk beschädigt und zwei Menschen verletzt", "Odesa authorities", "indirect"),
        quote("Diktatur", "Maria Zakharova", "direct"),
        quote("Truchanows Absetzung als weiteren Beleg für eine „Diktatur“ in Kiew", "Maria Zakharova", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj",
                                                    "der 47-Jährige"]),
        entity("Hennadiy Trukhanov", "PER", "UKR", ["dem langjährigen Bürgermeister der Hafenstadt Odessa, Hennadij "
                                                    "Truchanow", "Truchanow", "der 60-Jährige"]),
        entity("Odesa", "LOC", "UKR", ["der Hafenstadt Odessa", "Odessa", "der Stadt"]),
        entity("Odesa City Military Administration", "ORG", "UKR", ["einer städtischen Militärverwaltung in Odessa"]),
        entity("Office of the President of Ukraine", "ORG", "UKR", ["das Präsidialamt in Kiew", "dem Präsidialamt"]),
        entity("Serhiy Lysak", "PER", "UKR", ["der bisherige Chef der Militärverwaltung des Gebiets Dnipropetrowsk, "
                                              "Serhij Lyssak", "Lyssak"]),
        entity("Dnipropetrovsk Oblast Military Administration", "ORG", "UKR",
               ["der Militärverwaltung des Gebiets Dnipropetrowsk"]),
        entity("Dnipropetrovsk Oblast", "LOC", "UKR", ["des Gebiets Dnipropetrowsk"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["des Geheimdienstes SBU", "den SBU", "SBU"]),
        entity("Telegram", "ORG", None, ["Telegram"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("National Anti-Corruption Bureau of Ukraine", "ORG", "UKR",
               ["das Nationale Antikorruptionsbüro NABU"]),
        entity("Odesa City Council members", "ORG", "UKR", ["Mehrere Stadträte aus Truchanows Fraktion"]),
        entity("Government of Ukraine", "ORG", "UKR", ["der Regierung"]),
        entity("European Solidarity", "ORG", "UKR", ["Die oppositionelle Partei Europäische Solidarität"]),
        entity("Petro Poroshenko", "PER", "UKR", ["Ex-Präsident Petro Poroschenko"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Odesa authorities", "ORG", "UKR", ["der Behörden"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Ukrainian Orthodox Church", "ORG", "UKR", ["der moskaunahen Ukrainischen Orthodoxen Kirche"]),
        entity("Metropolitan Onufriy", "PER", "UKR", ["dem Oberhaupt der moskaunahen Ukrainischen Orthodoxen Kirche, "
                                                      "Metropolit Onufrij"]),
    ],
}

# ---------------------------------------------------------------- hm314-de-02 (Turkey, Beşiktaş mayor Akpolat detained)
TUR_POLICE = actor("Turkish National Police", "TUR", "COP")
AKPOLAT = actor("Rıza Akpolat", "TUR", "GOV")
BESIKTAS_STAFF = actor("employees of the Beşiktaş municipality", "TUR", "GOV")
CONTRACTORS = actor("construction contractors in Istanbul", "TUR", "BUS")
IST_PROSECUTOR = actor("Istanbul Chief Public Prosecutor's Office", "TUR", "JUD")
BESIKTAS_MUN = actor("Beşiktaş Municipality", "TUR", "GOV")
OZEL = actor("Özgür Özel", "TUR", "OPP")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
BESIKTAS_PROTESTERS = actor("protesters in Beşiktaş", "TUR", "CVL")
IMAMOGLU = actor("Ekrem İmamoğlu", "TUR", "GOV")
GURLEK = actor("Akın Gürlek", "TUR", "JUD")
CHP_MAYORS = actor("CHP mayors", "TUR", "GOV")
OZER = actor("Ahmet Özer", "TUR", "GOV")

A1 = ("Istanbul (AFP) - Die türkische Polizei hat den Bürgermeister des Istanbuler Stadtteils Beşiktaş, Rıza "
      "Akpolat, festgenommen.")
A2 = ("Der Politiker der oppositionellen Republikanischen Volkspartei (CHP) sei am frühen Freitagmorgen in seiner "
      "Wohnung in Gewahrsam genommen worden, teilte die Istanbuler Generalstaatsanwaltschaft mit.")
A3 = ("Zudem nahm die Polizei mehr als 30 weitere Verdächtige fest, darunter Mitarbeiter der Bezirksverwaltung und "
      "Bauunternehmer.")
A4 = ("Die Staatsanwaltschaft wirft Akpolat Bildung einer kriminellen Vereinigung, Bestechung und Manipulation "
      "öffentlicher Ausschreibungen vor.")
A5 = "Beamte durchsuchten außerdem das Rathaus von Beşiktaş und stellten Unterlagen und Computer sicher."
A6 = "CHP-Chef Özgür Özel sprach von einem „politischen Putsch“ gegen seine Partei."
A7 = ("Die Regierung von Präsident Recep Tayyip Erdoğan wolle die Opposition einschüchtern, weil sie die "
      "Kommunalwahl im vergangenen März verloren habe, sagte der 50-Jährige vor Anhängern in Beşiktaş.")
A8 = ("Mehrere Tausend Menschen versammelten sich am Nachmittag vor dem Rathaus und forderten die Freilassung "
      "Akpolats.")
A9 = ("Istanbuls Oberbürgermeister Ekrem İmamoğlu, der ebenfalls der CHP angehört, stellte sich hinter seinen "
      "Parteikollegen.")
A10 = "„Wer glaubt, uns mit Festnahmen zum Schweigen zu bringen, irrt sich“, sagte İmamoğlu."
A11 = "Justizminister Yılmaz Tunç wies die Kritik zurück und erklärte, die Justiz handle unabhängig."
A12 = "Niemand stehe über dem Gesetz, auch kein Bürgermeister, sagte er dem Sender TRT."
A13 = ("Der Istanbuler Generalstaatsanwalt Akın Gürlek hat in den vergangenen Monaten mehrere Ermittlungsverfahren "
       "gegen CHP-Bürgermeister eingeleitet.")
A14 = ("Im Oktober war der Bürgermeister des Istanbuler Bezirks Esenyurt, Ahmet Özer, wegen angeblicher "
       "Verbindungen zur verbotenen Kurdischen Arbeiterpartei PKK festgenommen worden.")
A15 = "Akpolat soll in den kommenden Tagen einem Haftrichter vorgeführt werden."
A16 = ("Die CHP hatte bei der Kommunalwahl im März 2024 landesweit die meisten Stimmen geholt und regiert seither 26 "
       "der 39 Istanbuler Bezirke.")

DE02 = {
    "id": "hm314-de-02", "lang": "de", "url": None, "published": "2025-01-17",
    "title": "Türkische Polizei nimmt Bürgermeister von Beşiktaş fest",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9, A10], [A11, A12, A13, A14], [A15, A16]),
    "events": [
        event("COERCE", TUR_POLICE, AKPOLAT, A1, mode="arrest", location="Istanbul", location_country="TUR"),
        event("COERCE", TUR_POLICE, AKPOLAT, A2, mode="arrest", date="2025-01-17", location="Istanbul",
              location_country="TUR"),
        event("COERCE", TUR_POLICE, BESIKTAS_STAFF, A3, mode="arrest"),
        event("COERCE", TUR_POLICE, CONTRACTORS, A3, mode="arrest"),
        event("ACCUSE", IST_PROSECUTOR, AKPOLAT, A4, mode="allege"),
        event("COERCE", TUR_POLICE, BESIKTAS_MUN, A5, mode="seize", location="Beşiktaş", location_country="TUR"),
        event("ACCUSE", OZEL, TUR_GOV, A6, mode="disapprove"),
        event("ACCUSE", OZEL, TUR_GOV, A7, mode="allege", location="Beşiktaş", location_country="TUR"),
        event("PROTEST", BESIKTAS_PROTESTERS, TUR_GOV, A8, mode="demo", date="2025-01-17", location="Beşiktaş",
              location_country="TUR"),
        event("REQUEST", BESIKTAS_PROTESTERS, TUR_GOV, A8, mode="yield", date="2025-01-17"),
        event("SUPPORT", IMAMOGLU, AKPOLAT, A9),
        event("ACCUSE", GURLEK, CHP_MAYORS, A13, mode="investigate"),
        event("COERCE", TUR_POLICE, OZER, A14, mode="arrest"),
    ],
    "quotes": [
        quote("Der Politiker der oppositionellen Republikanischen Volkspartei (CHP) sei am frühen Freitagmorgen in "
              "seiner Wohnung in Gewahrsam genommen worden", "Istanbul Chief Public Prosecutor's Office", "indirect"),
        quote("politischen Putsch", "Özgür Özel", "direct"),
        quote("Die Regierung von Präsident Recep Tayyip Erdoğan wolle die Opposition einschüchtern, weil sie die "
              "Kommunalwahl im vergangenen März verloren habe", "Özgür Özel", "indirect"),
        quote("Wer glaubt, uns mit Festnahmen zum Schweigen zu bringen, irrt sich", "Ekrem İmamoğlu", "direct"),
        quote("die Justiz handle unabhängig", "Yılmaz Tunç", "indirect"),
        quote("Niemand stehe über dem Gesetz, auch kein Bürgermeister", "Yılmaz Tunç", "indirect"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul", "Istanbuls"]),
        entity("Turkish National Police", "ORG", "TUR", ["Die türkische Polizei", "die Polizei"]),
        entity("Rıza Akpolat", "PER", "TUR", ["den Bürgermeister des Istanbuler Stadtteils Beşiktaş, Rıza Akpolat",
                                              "Der Politiker der oppositionellen Republikanischen Volkspartei (CHP)",
                                              "Akpolat", "Akpolats", "seinen Parteikollegen"]),
        entity("Beşiktaş", "LOC", "TUR", ["des Istanbuler Stadtteils Beşiktaş", "Beşiktaş"]),
        entity("Republican People's Party", "ORG", "TUR", ["Republikanischen Volkspartei (CHP)", "CHP",
                                                           "seine Partei"]),
        entity("Istanbul Chief Public Prosecutor's Office", "ORG", "TUR", ["die Istanbuler Generalstaatsanwaltschaft",
                                                                           "Die Staatsanwaltschaft"]),
        entity("Beşiktaş Municipality", "ORG", "TUR", ["der Bezirksverwaltung"]),
        entity("Beşiktaş town hall", "LOC", "TUR", ["das Rathaus von Beşiktaş", "dem Rathaus"]),
        entity("Özgür Özel", "PER", "TUR", ["CHP-Chef Özgür Özel", "der 50-Jährige"]),
        entity("Government of Turkey", "ORG", "TUR", ["Die Regierung von Präsident Recep Tayyip Erdoğan"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("Ekrem İmamoğlu", "PER", "TUR", ["Istanbuls Oberbürgermeister Ekrem İmamoğlu", "İmamoğlu"]),
        entity("Yılmaz Tunç", "PER", "TUR", ["Justizminister Yılmaz Tunç"]),
        entity("Judiciary of Turkey", "ORG", "TUR", ["die Justiz"]),
        entity("TRT", "ORG", "TUR", ["dem Sender TRT"]),
        entity("Akın Gürlek", "PER", "TUR", ["Der Istanbuler Generalstaatsanwalt Akın Gürlek"]),
        entity("Esenyurt", "LOC", "TUR", ["des Istanbuler Bezirks Esenyurt"]),
        entity("Ahmet Özer", "PER", "TUR", ["der Bürgermeister des Istanbuler Bezirks Esenyurt, Ahmet Özer"]),
        entity("Kurdistan Workers' Party", "ORG", "TUR", ["verbotenen Kurdischen Arbeiterpartei PKK"]),
    ],
}

# ---------------------------------------------------------------- hm314-de-03 (Armenia, Gyumri mayor Ghukasyan detained)
ACC = actor("Anti-Corruption Committee of Armenia", "ARM", "COP")
GHUKASYAN = actor("Vardan Ghukasyan", "ARM", "GOV")
GYUMRI_MUN = actor("Gyumri municipality", "ARM", "GOV")
GHUK_LAWYER = actor("lawyer of Vardan Ghukasyan", "ARM", "CVL")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
GHUK_SUPPORTERS = actor("supporters of Vardan Ghukasyan", "ARM", "CVL")
ARM_POLICE = actor("Armenian police", "ARM", "COP")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
ARM_OPP = actor("Armenian opposition", "ARM", "OPP")
MANUKYAN = actor("Gegham Manukyan", "ARM", "OPP")
ARM_AUTH = actor("Armenian authorities", "ARM", "GOV")
KARAPETYAN = actor("Samvel Karapetyan", "ARM", "BUS")

G1 = ("Eriwan (dpa) - In Armenien ist der Bürgermeister der zweitgrößten Stadt Gjumri, Wardan Ghukasjan, wegen "
      "Bestechungsverdachts festgenommen worden.")
G2 = ("Ermittler des Antikorruptionskomitees hätten den Politiker am Donnerstagmorgen in seinem Büro in Gewahrsam "
      "genommen, teilte die Behörde mit.")
G3 = ("Sie wirft ihm vor, von einem Unternehmer umgerechnet rund 100.000 Euro für die Vergabe städtischer "
      "Grundstücke verlangt zu haben.")
G4 = "Zeitgleich durchsuchten Ermittler das Rathaus und stellten Akten über Grundstücksgeschäfte sicher."
G5 = "Ghukasjans Anwalt wies die Vorwürfe als „frei erfunden“ zurück."
G6 = ("Der Bürgermeister werde verfolgt, weil er sich offen hinter den inhaftierten Milliardär Samwel Karapetjan "
      "gestellt habe, sagte er.")
G7 = ("Mehrere Hundert Anhänger Ghukasjans versammelten sich am Nachmittag vor dem Rathaus und verlangten seine "
      "Freilassung.")
G8 = "Die Polizei zog zusätzliche Kräfte in der Innenstadt zusammen, die Kundgebung blieb aber friedlich."
G9 = ("Regierungschef Nikol Paschinjan hatte Ghukasjan im Sommer vorgeworfen, Gjumri wie ein „Lehen“ zu regieren, "
      "und ihm mit Konsequenzen gedroht.")
G10 = "Vor dem Gesetz seien alle gleich, schrieb der 50-Jährige am Donnerstag auf Facebook."
G11 = ("Die Opposition warf der Regierung vor, vor der Parlamentswahl im Juni kommenden Jahres politische Gegner "
       "auszuschalten.")
G12 = "Der Abgeordnete Gegham Manukjan vom Oppositionsbündnis Hajastan sprach von einer „Säuberung“."
G13 = ("Karapetjan war im Juni festgenommen worden, nachdem er Paschinjan in dessen Streit mit der Armenischen "
       "Apostolischen Kirche kritisiert hatte.")
G14 = ("Man werde in den kommenden Tagen Untersuchungshaft für Ghukasjan beantragen, teilte das "
       "Antikorruptionskomitee mit.")
G15 = "In Gjumri ist auch die 102. russische Militärbasis stationiert."
G16 = "Die Stadt im Nordwesten des Landes hat rund 110.000 Einwohner."

DE03 = {
    "id": "hm314-de-03", "lang": "de", "url": None, "published": "2025-10-02",
    "title": "Bürgermeister von Gjumri wegen Bestechungsverdachts festgenommen",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12, G13], [G14, G15, G16]),
    "events": [
        event("COERCE", ACC, GHUKASYAN, G1, mode="arrest", location="Gyumri", location_country="ARM"),
        event("COERCE", ACC, GHUKASYAN, G2, mode="arrest", date="2025-10-02", location="Gyumri",
              location_country="ARM"),
        event("ACCUSE", ACC, GHUKASYAN, G3, mode="allege"),
        event("COERCE", ACC, GYUMRI_MUN, G4, mode="seize", location="Gyumri", location_country="ARM"),
        event("ACCUSE", GHUK_LAWYER, ARM_GOV, G6, mode="allege"),
        event("PROTEST", GHUK_SUPPORTERS, ARM_GOV, G7, mode="demo", date="2025-10-02", location="Gyumri",
              location_country="ARM"),
        event("REQUEST", GHUK_SUPPORTERS, ARM_GOV, G7, mode="yield", date="2025-10-02"),
        event("MOBILIZE", ARM_POLICE, None, G8, mode="police", location="Gyumri", location_country="ARM"),
        event("ACCUSE", PASHINYAN, GHUKASYAN, G9, mode="disapprove"),
        event("THREATEN", PASHINYAN, GHUKASYAN, G9),
        event("ACCUSE", ARM_OPP, ARM_GOV, G11, mode="allege"),
        event("ACCUSE", MANUKYAN, ARM_GOV, G12, mode="disapprove"),
        event("COERCE", ARM_AUTH, KARAPETYAN, G13, mode="arrest"),
        event("ACCUSE", KARAPETYAN, PASHINYAN, G13, mode="disapprove"),
    ],
    "quotes": [
        quote("Ermittler des Antikorruptionskomitees hätten den Politiker am Donnerstagmorgen in seinem Büro in "
              "Gewahrsam genommen", "Anti-Corruption Committee of Armenia", "indirect"),
        quote("von einem Unternehmer umgerechnet rund 100.000 Euro für die Vergabe städtischer Grundstücke verlangt "
              "zu haben", "Anti-Corruption Committee of Armenia", "indirect"),
        quote("frei erfunden", "lawyer of Vardan Ghukasyan", "direct"),
        quote("Der Bürgermeister werde verfolgt, weil er sich offen hinter den inhaftierten Milliardär Samwel "
              "Karapetjan gestellt habe", "lawyer of Vardan Ghukasyan", "indirect"),
        quote("Lehen", "Nikol Pashinyan", "direct"),
        quote("Gjumri wie ein „Lehen“ zu regieren", "Nikol Pashinyan", "indirect"),
        quote("Vor dem Gesetz seien alle gleich", "Nikol Pashinyan", "indirect"),
        quote("vor der Parlamentswahl im Juni kommenden Jahres politische Gegner auszuschalten",
              "Armenian opposition", "indirect"),
        quote("Säuberung", "Gegham Manukyan", "direct"),
        quote("Man werde in den kommenden Tagen Untersuchungshaft für Ghukasjan beantragen",
              "Anti-Corruption Committee of Armenia", "indirect"),
    ],
    "entities": [
        entity("Yerevan", "LOC", "ARM", ["Eriwan"]),
        entity("Armenia", "LOC", "ARM", ["Armenien", "des Landes"]),
        entity("Gyumri", "LOC", "ARM", ["der zweitgrößten Stadt Gjumri", "Gjumri", "Die Stadt im Nordwesten des "
                                                                                  "Landes"]),
        entity("Vardan Ghukasyan", "PER", "ARM", ["der Bürgermeister der zweitgrößten Stadt Gjumri, Wardan "
                                                  "Ghukasjan", "den Politiker", "Ghukasjans", "Ghukasjan",
                                                  "Der Bürgermeister"]),
        entity("Anti-Corruption Committee of Armenia", "ORG", "ARM", ["des Antikorruptionskomitees", "die Behörde",
                                                                      "das Antikorruptionskomitee"]),
        entity("Gyumri town hall", "LOC", "ARM", ["das Rathaus", "dem Rathaus"]),
        entity("lawyer of Vardan Ghukasyan", "PER", "ARM", ["Ghukasjans Anwalt"]),
        entity("Samvel Karapetyan", "PER", "ARM", ["den inhaftierten Milliardär Samwel Karapetjan", "Karapetjan"]),
        entity("Armenian police", "ORG", "ARM", ["Die Polizei"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "der 50-Jährige",
                                                 "Paschinjan"]),
        entity("Facebook", "ORG", None, ["Facebook"]),
        entity("Armenian opposition", "ORG", "ARM", ["Die Opposition"]),
        entity("Government of Armenia", "ORG", "ARM", ["der Regierung"]),
        entity("Gegham Manukyan", "PER", "ARM", ["Der Abgeordnete Gegham Manukjan"]),
        entity("Armenia Alliance", "ORG", "ARM", ["Oppositionsbündnis Hajastan"]),
        entity("Armenian Apostolic Church", "ORG", "ARM", ["der Armenischen Apostolischen Kirche"]),
        entity("102nd Military Base", "ORG", "RUS", ["die 102. russische Militärbasis"]),
    ],
}

# ---------------------------------------------------------------- hm314-de-04 (Germany, Russian consulates closed)
GER_GOV = actor("Government of Germany", "DEU", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
NECHAYEV = actor("Sergey Nechayev", "RUS", "GOV")
GER_FFO = actor("Federal Foreign Office", "DEU", "GOV")
RUS_DIPLOMATS = actor("Russian diplomats in Germany", "RUS", "GOV")
GER_DIPLOMATS = actor("German diplomats in Russia", "DEU", "GOV")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
ZAKHAROVA_DE = actor("Maria Zakharova", "RUS", "GOV")
KIESEWETTER = actor("Roderich Kiesewetter", "DEU", "LEG")
GYSI = actor("Gregor Gysi", "DEU", "LEG")

K1 = ("Berlin (dpa) - Die Bundesregierung hat Russland angewiesen, vier seiner fünf Generalkonsulate in "
      "Deutschland zu schließen.")
K2 = ("Damit reagiere Berlin auf die Entscheidung Moskaus, die Zahl der deutschen Beamten und Ortskräfte in "
      "Russland ab Juni auf 350 zu begrenzen, sagte ein Sprecher des Auswärtigen Amts am Mittwoch.")
K3 = ("Die Obergrenze treffe neben Diplomaten auch Lehrer an deutschen Schulen und Mitarbeiter des "
      "Goethe-Instituts.")
K4 = ("Deutschland werde im Gegenzug seine Generalkonsulate in Kaliningrad, Jekaterinburg und Nowosibirsk "
      "schließen und nur die Botschaft in Moskau und das Generalkonsulat in St. Petersburg weiterbetreiben.")
K5 = ("Die Entscheidung sei Russlands Botschafter Sergej Netschajew bereits am Samstag im Auswärtigen Amt "
      "mitgeteilt worden, hieß es.")
K6 = "Eine Ausweisung weiterer russischer Diplomaten sei derzeit nicht geplant, sagte der Sprecher."
K7 = "Außenministerin Annalena Baerbock sprach von einem „ungerechtfertigten und unverhältnismäßigen Schritt“ Moskaus."
K8 = ("„Wir wollen die Verbindungen zu den Menschen in Russland nicht kappen, aber wir lassen uns nicht "
      "erpressen“, sagte die Grünen-Politikerin.")
K9 = "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, kündigte Gegenmaßnahmen an."
K10 = "Berlin setze den Kurs auf eine Zerstörung der bilateralen Beziehungen fort, erklärte sie in Moskau."
K11 = "Bereits im April hatten beide Länder jeweils mehr als 20 Diplomaten des anderen Landes ausgewiesen."
K12 = ("Die Bundesregierung hatte damals erklärt, sie wolle die Präsenz russischer Geheimdienste in Deutschland "
       "verringern.")
K13 = ("Der CDU-Außenpolitiker Roderich Kiesewetter begrüßte die Schließung der Konsulate und forderte, auch das "
       "Personal der russischen Botschaft in Berlin zu verkleinern.")
K14 = ("Der Linken-Politiker Gregor Gysi kritisierte dagegen, die diplomatischen Kanäle nach Moskau würden immer "
       "enger, obwohl man sie für ein Ende des Krieges brauche.")
K15 = "Russland unterhält bislang Generalkonsulate in Bonn, Frankfurt am Main, Hamburg, Leipzig und München."
K16 = "Welches davon geöffnet bleiben darf, ließ das Auswärtige Amt zunächst offen."

DE04 = {
    "id": "hm314-de-04", "lang": "de", "url": None, "published": "2023-05-31",
    "title": "Berlin lässt vier russische Generalkonsulate schließen",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9, K10], [K11, K12, K13, K14], [K15, K16]),
    "events": [
        event("SANCTION", GER_GOV, RUS_GOV, K1, mode="discontinue"),
        event("SANCTION", RUS_GOV, GER_GOV, K2, mode="discontinue"),
        event("SANCTION", GER_GOV, RUS_GOV, K4, mode="discontinue"),
        event("CONSULT", NECHAYEV, GER_FFO, K5, date="2023-05-27", location="Berlin", location_country="DEU"),
        event("COERCE", GER_GOV, RUS_DIPLOMATS, K6, mode="deport", negated=True),
        event("ACCUSE", BAERBOCK, RUS_GOV, K7, mode="disapprove"),
        event("THREATEN", ZAKHAROVA_DE, GER_GOV, K9),
        event("ACCUSE", ZAKHAROVA_DE, GER_GOV, K10, mode="disapprove", location="Moscow", location_country="RUS"),
        event("COERCE", GER_GOV, RUS_DIPLOMATS, K11, mode="deport"),
        event("COERCE", RUS_GOV, GER_DIPLOMATS, K11, mode="deport"),
        event("SUPPORT", KIESEWETTER, GER_GOV, K13),
        event("REQUEST", KIESEWETTER, GER_GOV, K13, mode="change"),
        event("ACCUSE", GYSI, GER_GOV, K14, mode="disapprove"),
    ],
    "quotes": [
        quote("Damit reagiere Berlin auf die Entscheidung Moskaus, die Zahl der deutschen Beamten und Ortskräfte in "
              "Russland ab Juni auf 350 zu begrenzen", "Spokesperson of the Federal Foreign Office", "indirect"),
        quote("Die Obergrenze treffe neben Diplomaten auch Lehrer an deutschen Schulen und Mitarbeiter des "
              "Goethe-Instituts", "Spokesperson of the Federal Foreign Office", "indirect"),
        quote("Deutschland werde im Gegenzug seine Generalkonsulate in Kaliningrad, Jekaterinburg und Nowosibirsk "
              "schließen und nur die Botschaft in Moskau und das Generalkonsulat in St. Petersburg weiterbetreiben",
              "Spokesperson of the Federal Foreign Office", "indirect"),
        quote("Die Entscheidung sei Russlands Botschafter Sergej Netschajew bereits am Samstag im Auswärtigen Amt "
              "mitgeteilt worden", "Spokesperson of the Federal Foreign Office", "indirect"),
        quote("Eine Ausweisung weiterer russischer Diplomaten sei derzeit nicht geplant",
              "Spokesperson of the Federal Foreign Office", "indirect"),
        quote("ungerechtfertigten und unverhältnismäßigen Schritt", "Annalena Baerbock", "direct"),
        quote("Wir wollen die Verbindungen zu den Menschen in Russland nicht kappen, aber wir lassen uns nicht "
              "erpressen", "Annalena Baerbock", "direct"),
        quote("Berlin setze den Kurs auf eine Zerstörung der bilateralen Beziehungen fort", "Maria Zakharova",
              "indirect"),
        quote("sie wolle die Präsenz russischer Geheimdienste in Deutschland verringern", "Government of Germany",
              "indirect"),
        quote("die diplomatischen Kanäle nach Moskau würden immer enger, obwohl man sie für ein Ende des Krieges "
              "brauche", "Gregor Gysi", "indirect"),
    ],
    "entities": [
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Government of Germany", "ORG", "DEU", ["Die Bundesregierung"]),
        entity("Russia", "LOC", "RUS", ["Russland", "Russlands"]),
        entity("Russian consulates general in Germany", "ORG", "RUS", ["vier seiner fünf Generalkonsulate in "
                                                                       "Deutschland", "Generalkonsulate in Bonn, "
                                                                       "Frankfurt am Main, Hamburg, Leipzig und "
                                                                       "München", "Welches davon"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskaus"]),
        entity("Spokesperson of the Federal Foreign Office", "PER", "DEU", ["ein Sprecher des Auswärtigen Amts",
                                                                            "der Sprecher"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["des Auswärtigen Amts", "im Auswärtigen Amt",
                                                        "das Auswärtige Amt"]),
        entity("Goethe-Institut", "ORG", "DEU", ["des Goethe-Instituts"]),
        entity("German consulates general in Russia", "ORG", "DEU", ["seine Generalkonsulate in Kaliningrad, "
                                                                     "Jekaterinburg und Nowosibirsk",
                                                                     "das Generalkonsulat in St. Petersburg"]),
        entity("Kaliningrad", "LOC", "RUS", ["Kaliningrad"]),
        entity("Yekaterinburg", "LOC", "RUS", ["Jekaterinburg"]),
        entity("Novosibirsk", "LOC", "RUS", ["Nowosibirsk"]),
        entity("Embassy of Germany in Moscow", "ORG", "DEU", ["die Botschaft in Moskau"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Saint Petersburg", "LOC", "RUS", ["St. Petersburg"]),
        entity("Sergey Nechayev", "PER", "RUS", ["Russlands Botschafter Sergej Netschajew"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Außenministerin Annalena Baerbock", "die Grünen-Politikerin"]),
        entity("Alliance 90/The Greens", "ORG", "DEU", ["Grünen"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Roderich Kiesewetter", "PER", "DEU", ["Der CDU-Außenpolitiker Roderich Kiesewetter"]),
        entity("Christian Democratic Union", "ORG", "DEU", ["CDU"]),
        entity("Embassy of Russia in Berlin", "ORG", "RUS", ["der russischen Botschaft in Berlin"]),
        entity("Gregor Gysi", "PER", "DEU", ["Der Linken-Politiker Gregor Gysi"]),
        entity("Die Linke", "ORG", "DEU", ["Linken"]),
        entity("Bonn", "LOC", "DEU", ["Bonn"]),
        entity("Frankfurt am Main", "LOC", "DEU", ["Frankfurt am Main"]),
        entity("Hamburg", "LOC", "DEU", ["Hamburg"]),
        entity("Leipzig", "LOC", "DEU", ["Leipzig"]),
        entity("Munich", "LOC", "DEU", ["München"]),
    ],
}

# ---------------------------------------------------------------- hm314-en-01 (Hungary/Italy, Ilaria Salis in chains)
HUN_PRISON = actor("Hungarian prison service", "HUN", "COP")
SALIS = actor("Ilaria Salis", "ITA", "CVL")
HUN_PROSECUTORS = actor("Hungarian prosecutors", "HUN", "JUD")
TAJANI = actor("Antonio Tajani", "ITA", "GOV")
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
SZIJJARTO = actor("Péter Szijjártó", "HUN", "GOV")
SCHLEIN = actor("Elly Schlein", "ITA", "OPP")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
ROBERTO_SALIS = actor("Roberto Salis", "ITA", "CVL")
ITA_GOV = actor("Government of Italy", "ITA", "GOV")
KOVACS = actor("Zoltán Kovács", "HUN", "GOV")
BUD_COURT = actor("Budapest Metropolitan Court", "HUN", "JUD")
SALIS_LAWYERS = actor("lawyers of Ilaria Salis", "ITA", "CVL")
GER_CODEF = actor("German co-defendant of Ilaria Salis", "DEU", "CVL")
HUN_POLICE = actor("Hungarian police", "HUN", "COP")

S1 = ("BUDAPEST, Jan 29 (Reuters) - An Italian teacher accused of attacking far-right activists in Budapest was "
      "brought into a Hungarian courtroom in handcuffs and leg chains and led on a leash on Monday, prompting "
      "outrage in Rome.")
S2 = ("Ilaria Salis, 39, a primary school teacher from Monza, pleaded not guilty to charges of attempted grievous "
      "bodily harm and membership of a left-wing extremist group.")
S3 = ("Prosecutors say she and other members of a German-based militant group attacked several people they "
      "believed to be neo-Nazis on the fringes of the Day of Honour gathering in February last year.")
S4 = "She faces up to 24 years in prison if convicted."
S5 = ("Images from the courtroom were broadcast on Italian television and drew condemnation across the political "
      "spectrum.")
S6 = ('Foreign Minister Antonio Tajani said the treatment was "not acceptable" in a European Union country and '
      "that he had instructed Italy's ambassador to raise the case with the Hungarian government.")
S7 = ('"We are asking that Ilaria Salis be treated with dignity and that her rights as a defendant be respected," '
      "Tajani told reporters in Rome.")
S8 = "Tajani also said he would speak to his Hungarian counterpart Peter Szijjarto in the coming days."
S9 = ("Opposition leader Elly Schlein of the Democratic Party accused Prime Minister Giorgia Meloni of staying "
      'silent because of her "friendship" with Hungarian Prime Minister Viktor Orban.')
S10 = ("Salis's father, Roberto Salis, said his daughter had been kept in a cell with bedbugs and rats during the "
       "first months of her detention, and urged the Italian government to seek her transfer to house arrest in "
       "Italy.")
S11 = ('Hungarian government spokesman Zoltan Kovacs rejected the criticism, saying Salis had "come to Hungary with '
       'a plan to attack innocent people" and would receive a fair trial.')
S12 = ("The court rejected a request by her lawyers to release her to house arrest, and the next hearing was set "
       "for May 24.")
S13 = "A German co-defendant who admitted the charges was sentenced to three years in prison on Monday."
S14 = "Hungarian police arrested Salis in February last year, days after the clashes."
S15 = ("The annual Day of Honour commemorates a failed attempt by German and Hungarian troops to break out of the "
       "Soviet siege of Budapest in 1945 and regularly draws neo-Nazis from across Europe.")

EN01 = {
    "id": "hm314-en-01", "lang": "en", "url": None, "published": "2024-01-29",
    "title": "Italian teacher led in chains into Budapest court, sparking outrage in Rome",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8, S9], [S10, S11, S12, S13], [S14, S15]),
    "events": [
        event("ACCUSE", HUN_PROSECUTORS, SALIS, S1, mode="allege", location="Budapest", location_country="HUN"),
        event("COERCE", HUN_PRISON, SALIS, S1, mode="restrict", date="2024-01-29", location="Budapest",
              location_country="HUN"),
        event("ACCUSE", HUN_PROSECUTORS, SALIS, S3, mode="allege"),
        event("ACCUSE", TAJANI, HUN_GOV, S6, mode="disapprove"),
        event("REQUEST", TAJANI, HUN_GOV, S7, location="Rome", location_country="ITA"),
        event("AGREE", TAJANI, SZIJJARTO, S8),
        event("ACCUSE", SCHLEIN, MELONI, S9, mode="disapprove"),
        event("ACCUSE", ROBERTO_SALIS, HUN_PRISON, S10, mode="allege"),
        event("REQUEST", ROBERTO_SALIS, ITA_GOV, S10, mode="assist"),
        event("ACCUSE", KOVACS, SALIS, S11, mode="allege"),
        event("REJECT", BUD_COURT, SALIS_LAWYERS, S12, mode="yield"),
        event("SANCTION", BUD_COURT, GER_CODEF, S13, mode="convict", date="2024-01-29"),
        event("COERCE", HUN_POLICE, SALIS, S14, mode="arrest"),
    ],
    "quotes": [
        quote("she and other members of a German-based militant group attacked several people they believed to be "
              "neo-Nazis on the fringes of the Day of Honour gathering in February last year", "Hungarian prosecutors",
              "indirect"),
        quote("not acceptable", "Antonio Tajani", "direct"),
        quote('the treatment was "not acceptable" in a European Union country', "Antonio Tajani", "indirect"),
        quote("he had instructed Italy's ambassador to raise the case with the Hungarian government", "Antonio Tajani",
              "indirect"),
        quote("We are asking that Ilaria Salis be treated with dignity and that her rights as a defendant be "
              "respected", "Antonio Tajani", "direct"),
        quote("he would speak to his Hungarian counterpart Peter Szijjarto in the coming days", "Antonio Tajani",
              "indirect"),
        quote("friendship", "Elly Schlein", "direct"),
        quote("his daughter had been kept in a cell with bedbugs and rats during the first months of her detention",
              "Roberto Salis", "indirect"),
        quote("come to Hungary with a plan to attack innocent people", "Zoltán Kovács", "direct"),
        quote('Salis had "come to Hungary with a plan to attack innocent people" and would receive a fair trial',
              "Zoltán Kovács", "indirect"),
    ],
    "entities": [
        entity("Budapest", "LOC", "HUN", ["BUDAPEST", "Budapest"]),
        entity("Ilaria Salis", "PER", "ITA", ["An Italian teacher", "Ilaria Salis", "Salis",
                                              "a primary school teacher from Monza"]),
        entity("Budapest Metropolitan Court", "ORG", "HUN", ["a Hungarian courtroom", "The court"]),
        entity("Rome", "LOC", "ITA", ["Rome"]),
        entity("Monza", "LOC", "ITA", ["Monza"]),
        entity("Hungarian prosecutors", "ORG", "HUN", ["Prosecutors"]),
        entity("German-based militant group", "ORG", "DEU", ["a German-based militant group"]),
        entity("Antonio Tajani", "PER", "ITA", ["Foreign Minister Antonio Tajani", "Tajani"]),
        entity("European Union", "ORG", "EUR", ["European Union"]),
        entity("Ambassador of Italy to Hungary", "PER", "ITA", ["Italy's ambassador"]),
        entity("Italy", "LOC", "ITA", ["Italy"]),
        entity("Government of Hungary", "ORG", "HUN", ["the Hungarian government"]),
        entity("Péter Szijjártó", "PER", "HUN", ["his Hungarian counterpart Peter Szijjarto"]),
        entity("Elly Schlein", "PER", "ITA", ["Opposition leader Elly Schlein"]),
        entity("Democratic Party (Italy)", "ORG", "ITA", ["the Democratic Party"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Prime Minister Giorgia Meloni"]),
        entity("Viktor Orbán", "PER", "HUN", ["Hungarian Prime Minister Viktor Orban"]),
        entity("Roberto Salis", "PER", "ITA", ["Salis's father, Roberto Salis"]),
        entity("Government of Italy", "ORG", "ITA", ["the Italian government"]),
        entity("Zoltán Kovács", "PER", "HUN", ["Hungarian government spokesman Zoltan Kovacs"]),
        entity("Hungary", "LOC", "HUN", ["Hungary"]),
        entity("lawyers of Ilaria Salis", "PER", "ITA", ["her lawyers"]),
        entity("German co-defendant of Ilaria Salis", "PER", "DEU", ["A German co-defendant"]),
        entity("Hungarian police", "ORG", "HUN", ["Hungarian police"]),
        entity("Europe", "LOC", None, ["Europe"]),
    ],
}

# ---------------------------------------------------------------- hm314-en-02 (Georgia, raids and Gvaramia's detention)
GEO_POLICE = actor("Georgian police", "GEO", "COP")
GEO_OPP = actor("Georgian opposition", "GEO", "OPP")
GVARAMIA = actor("Nika Gvaramia", "GEO", "OPP")
GEO_INTERIOR = actor("Ministry of Internal Affairs of Georgia", "GEO", "GOV")
GEO_DETAINEES = actor("suspected organisers of violence at the Tbilisi protests", "GEO", "CVL")
GEO_PROTESTERS = actor("protesters in Tbilisi", "GEO", "CVL")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
ZOURABICHVILI = actor("Salome Zourabichvili", "GEO", "GOV")
US_STATE = actor("U.S. Department of State", "USA", "GOV")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
EU = actor("European Union", "EUR", "IGO")
GEO_PARL = actor("Parliament of Georgia", "GEO", "LEG")
GEO_PROSECUTORS = actor("Prosecutor's Office of Georgia", "GEO", "JUD")

T1 = ("TBILISI, Dec 4 (Reuters) - Georgian police raided the offices of several opposition parties in Tbilisi on "
      "Wednesday and detained Nika Gvaramia, a leader of the pro-Western Coalition for Change, in a widening "
      "crackdown on the opposition.")
T2 = ("Video posted by his party showed masked officers carrying Gvaramia, 48, out of the Akhali party's office "
      'as he shouted "This is Russia!"')
T3 = ("The Interior Ministry said it had detained seven people on suspicion of organising group violence during "
      "the rallies, which have drawn tens of thousands of people to Rustaveli Avenue every night since Thursday.")
T4 = "Those detained face up to nine years in prison if convicted, the ministry said."
T5 = ("Prime Minister Irakli Kobakhidze accused the opposition of plotting to overthrow the government with foreign "
      'money and vowed to "fully eradicate liberal fascism" in Georgia.')
T6 = ("President Salome Zourabichvili, a fierce critic of the government, called the raids a \"terror campaign\" "
      "against the country's citizens.")
T7 = ("The U.S. State Department condemned the arrests and urged the Georgian government to release those "
      "detained for exercising their rights peacefully.")
T8 = ('EU foreign policy chief Kaja Kallas said the bloc was ready to consider "all options" in response, '
      "including sanctions against those responsible for the violence.")
T9 = "Police have used water cannon and tear gas to disperse protesters outside parliament on several nights."
T10 = ("Kobakhidze announced on Thursday that Georgia would not seek to open accession negotiations with the EU "
       "until the end of 2028, days after his Georgian Dream party won a disputed parliamentary election.")
T11 = ("The opposition has refused to take up its seats in the new parliament in protest at the election "
       "result.")
T12 = "Gvaramia had not been charged by late Wednesday, his lawyer said."
T13 = ("Georgian Dream's founder, billionaire Bidzina Ivanishvili, who is widely seen as the country's most "
       "powerful man, has not commented publicly on the raids.")
T14 = "Opinion polls consistently show that around 80% of Georgians support joining the EU."

EN02 = {
    "id": "hm314-en-02", "lang": "en", "url": None, "published": "2024-12-04",
    "title": "Georgian police raid opposition offices, detain leader Gvaramia",
    "text": paragraphs([T1, T2], [T3, T4, T5], [T6, T7, T8], [T9, T10, T11], [T12, T13, T14]),
    "events": [
        event("COERCE", GEO_POLICE, GEO_OPP, T1, mode="seize", date="2024-12-04", location="Tbilisi",
              location_country="GEO"),
        event("COERCE", GEO_POLICE, GVARAMIA, T1, mode="arrest", date="2024-12-04", location="Tbilisi",
              location_country="GEO"),
        event("COERCE", GEO_POLICE, GVARAMIA, T2, mode="arrest"),
        event("COERCE", GEO_INTERIOR, GEO_DETAINEES, T3, mode="arrest"),
        event("PROTEST", GEO_PROTESTERS, GEO_GOV, T3, mode="demo", location="Tbilisi", location_country="GEO"),
        event("ACCUSE", KOBAKHIDZE, GEO_OPP, T5, mode="allege"),
        event("THREATEN", KOBAKHIDZE, GEO_OPP, T5),
        event("ACCUSE", ZOURABICHVILI, GEO_GOV, T6, mode="disapprove"),
        event("ACCUSE", US_STATE, GEO_GOV, T7, mode="disapprove"),
        event("REQUEST", US_STATE, GEO_GOV, T7, mode="yield"),
        event("THREATEN", KALLAS, GEO_GOV, T8),
        event("ASSAULT", GEO_POLICE, GEO_PROTESTERS, T9, mode="crowd-control", location="Tbilisi",
              location_country="GEO"),
        event("SANCTION", KOBAKHIDZE, EU, T10, mode="discontinue", date="2024-11-28"),
        event("PROTEST", GEO_OPP, GEO_PARL, T11, mode="boycott"),
        event("ACCUSE", GEO_PROSECUTORS, GVARAMIA, T12, mode="allege", negated=True),
    ],
    "quotes": [
        quote("This is Russia!", "Nika Gvaramia", "direct"),
        quote("it had detained seven people on suspicion of organising group violence during the rallies",
              "Ministry of Internal Affairs of Georgia", "indirect"),
        quote("Those detained face up to nine years in prison if convicted", "Ministry of Internal Affairs of Georgia",
              "indirect"),
        quote("fully eradicate liberal fascism", "Irakli Kobakhidze", "direct"),
        quote("terror campaign", "Salome Zourabichvili", "direct"),
        quote("all options", "Kaja Kallas", "direct"),
        quote('the bloc was ready to consider "all options" in response, including sanctions against those '
              "responsible for the violence", "Kaja Kallas", "indirect"),
        quote("Georgia would not seek to open accession negotiations with the EU until the end of 2028",
              "Irakli Kobakhidze", "indirect"),
        quote("Gvaramia had not been charged by late Wednesday", "lawyer of Nika Gvaramia", "indirect"),
    ],
    "entities": [
        entity("Tbilisi", "LOC", "GEO", ["TBILISI", "Tbilisi"]),
        entity("Georgian police", "ORG", "GEO", ["Georgian police", "masked officers", "Police"]),
        entity("Georgian opposition", "ORG", "GEO", ["several opposition parties", "the opposition",
                                                     "The opposition"]),
        entity("Nika Gvaramia", "PER", "GEO", ["Nika Gvaramia", "Gvaramia"]),
        entity("Coalition for Change", "ORG", "GEO", ["the pro-Western Coalition for Change"]),
        entity("Akhali", "ORG", "GEO", ["his party", "the Akhali party"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Ministry of Internal Affairs of Georgia", "ORG", "GEO", ["The Interior Ministry", "the ministry"]),
        entity("Rustaveli Avenue", "LOC", "GEO", ["Rustaveli Avenue"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Prime Minister Irakli Kobakhidze", "Kobakhidze"]),
        entity("Government of Georgia", "ORG", "GEO", ["the government", "the Georgian government"]),
        entity("Georgia", "LOC", "GEO", ["Georgia", "the country"]),
        entity("Salome Zourabichvili", "PER", "GEO", ["President Salome Zourabichvili"]),
        entity("U.S. Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Kaja Kallas", "PER", "EUR", ["EU foreign policy chief Kaja Kallas"]),
        entity("European Union", "ORG", "EUR", ["EU", "the bloc"]),
        entity("Parliament of Georgia", "ORG", "GEO", ["parliament", "the new parliament"]),
        entity("Georgian Dream", "ORG", "GEO", ["his Georgian Dream party", "Georgian Dream"]),
        entity("lawyer of Nika Gvaramia", "PER", "GEO", ["his lawyer"]),
        entity("Bidzina Ivanishvili", "PER", "GEO", ["Georgian Dream's founder, billionaire Bidzina Ivanishvili"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
