"""Round 276: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm276-de-01: Haiti: gangs storm the National Penitentiary in Port-au-Prince and the Croix-des-Bouquets prison, thousands of inmates escape; state of emergency and curfew, Boisvert vows re-arrests but none are made, police special units deployed, Henry in Kenya after signing the police-mission deal with Ruto, earlier Kenyan court ruling, Chérizier threatens Henry, police and army, the U.S. embassy urges Americans to leave, Guterres condemns (2024-03-03).
- hm276-de-02: Venezuela/Guyana: Ali and Maduro meet at Argyle, St. Vincent, received by Gonsalves, and renounce force; Maduro rejects the ICJ's jurisdiction and accuses Georgetown over ExxonMobil and SOUTHCOM, Ali urges Caracas to respect the court, Maduro praises Gonsalves, Amorim invites both to Brazil, CARICOM backs Guyana, no troop withdrawal announced (2023-12-14).
- hm276-de-03: Brazil: Federal Police operation Tempus Veritatis over the alleged coup plot; Moraes orders Bolsonaro to surrender his passport, generals Heleno and Braga Netto searched, Filipe Martins and Marcelo Câmara arrested, Valdemar Costa Neto held over an illegal gun, Heleno's lawyer denies, Bolsonaro cries persecution but will hand in the passport, Lula backs the investigators, the PL demands Valdemar's release (2024-02-08).
- hm276-de-04: Venezuela: security forces arrest opposition politician Juan Pablo Guanipa two days before the regional and parliamentary elections; Cabello alleges a terror plot and more than 70 arrests, flights from Colombia suspended, Bogotá asks for evidence, Machado condemns and calls for abstention, two journalists freed, González Urrutia and the EU demand releases, Cabello threatens, the opposition boycotts (2025-05-23).
- hm276-en-01: Mexico: López Obrador puts relations with the U.S. and Canadian embassies on "pause" after Ken Salazar's and Graeme Clark's criticism of the judicial overhaul; he accuses both of meddling, Salazar says Washington respects Mexico's sovereignty, Sheinbaum backs the reform and urges Congress to pass it, court employees and judges strike (2024-08-27).
- hm276-en-02: Panama: Hegseth signs a memorandum with Ábrego on rotating U.S. troop deployments after meeting Mulino; Marines train with border police, patrol boats handed over, Hegseth targets China's influence, the Chinese embassy hits back, Mulino rules out U.S. bases, Suntracs-led protesters burn a U.S. flag, police keep them back, Méndez accuses Mulino, Trump's threats recalled (2025-04-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm276-de-01 (Haiti, gangs storm the National Penitentiary)
HTI_GANGS = actor("armed gangs in Port-au-Prince", "HTI", "REB")
PEN_GUARDS = actor("guards of the National Penitentiary", "HTI", "COP")
CDB_GUARDS = actor("guards of the Croix-des-Bouquets prison", "HTI", "COP")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
BOISVERT = actor("Patrick Boisvert", "HTI", "GOV")
ESCAPED_INMATES = actor("escaped inmates of the National Penitentiary", "HTI", "CVL")
HNP = actor("Haitian National Police", "HTI", "COP")
HENRY = actor("Ariel Henry", "HTI", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
KEN_HIGH_COURT = actor("High Court of Kenya", "KEN", "JUD")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
CHERIZIER = actor("Jimmy Chérizier", "HTI", "REB")
FADH = actor("Armed Forces of Haiti", "HTI", "MIL")
US_EMBASSY_HTI = actor("U.S. Embassy in Port-au-Prince", "USA", "GOV")
US_CITIZENS_HTI = actor("U.S. citizens in Haiti", "USA", "CVL")
GUTERRES = actor("António Guterres", "UNO", "IGO")

H1 = ("Port-au-Prince (AFP) - Bewaffnete Banden haben in der haitianischen Hauptstadt das größte Gefängnis des "
      "Landes gestürmt und Tausende Häftlinge befreit.")
H2 = ("Die Angreifer hätten sich in der Nacht zum Sonntag stundenlange Feuergefechte mit den Wärtern der "
      "Nationalstrafanstalt geliefert, teilte die Regierung mit.")
H3 = "Von den rund 3800 Insassen seien weniger als 100 in der Anstalt geblieben."
H5 = "Wenige Stunden später griffen die Banden auch das Gefängnis von Croix-des-Bouquets an."
H6 = ("Die Regierung verhängte am Sonntagabend für 72 Stunden den Ausnahmezustand über das Département Ouest und "
      "eine nächtliche Ausgangssperre.")
H7 = ("Man werde die Geflohenen aufspüren und wieder festnehmen, erklärte der amtierende Regierungschef, "
      "Finanzminister Patrick Boisvert.")
H8 = "Bis zum Abend nahm die Polizei keinen einzigen der Entflohenen fest."
H9 = "Premierminister Ariel Henry hielt sich zu diesem Zeitpunkt in Kenia auf."
H10 = ("Er hatte am Freitag in Nairobi mit Präsident William Ruto ein Abkommen über die Entsendung kenianischer "
       "Polizisten unterzeichnet.")
H11 = "Ein kenianisches Gericht hatte den Einsatz im Januar für verfassungswidrig erklärt."
H12 = "Bandenchef Jimmy Chérizier hatte vergangene Woche angekündigt, die Banden würden Henry gemeinsam stürzen."
H13 = "„Wir werden die Polizei und die Armee bekämpfen, bis Henry geht“, sagte er in einem Video."
H14 = "Die Polizei zog Spezialeinheiten um den Flughafen und den Nationalpalast zusammen."
H15 = "Die US-Botschaft rief alle Amerikaner auf, Haiti so schnell wie möglich zu verlassen."
H16 = "UN-Generalsekretär António Guterres verurteilte die Angriffe auf die Gefängnisse."

DE01 = {
    "id": "hm276-de-01", "lang": "de", "url": None, "published": "2024-03-03",
    "title": "Banden stürmen Haitis größtes Gefängnis - Tausende Häftlinge auf der Flucht",
    "text": paragraphs([H1, H2, H3], [H5, H6, H7, H8], [H9, H10, H11], [H12, H13, H14], [H15, H16]),
    "events": [
        event("ASSAULT", HTI_GANGS, PEN_GUARDS, H1, location="Port-au-Prince", location_country="HTI"),
        event("ASSAULT", HTI_GANGS, PEN_GUARDS, H2, mode="firearms", location="Port-au-Prince",
              location_country="HTI"),
        event("ASSAULT", HTI_GANGS, CDB_GUARDS, H5, location="Croix-des-Bouquets", location_country="HTI"),
        event("COERCE", HTI_GOV, None, H6, mode="curfew", date="2024-03-03", location="Ouest",
              location_country="HTI"),
        event("THREATEN", BOISVERT, ESCAPED_INMATES, H7, mode="arrest"),
        event("COERCE", HNP, ESCAPED_INMATES, H8, mode="arrest", negated=True),
        event("SUPPORT", HENRY, RUTO, H10, date="2024-03-01", location="Nairobi", location_country="KEN"),
        event("SANCTION", KEN_HIGH_COURT, KEN_GOV, H11, mode="convict"),
        event("THREATEN", CHERIZIER, HENRY, H12),
        event("THREATEN", CHERIZIER, HNP, H13, mode="violence"),
        event("THREATEN", CHERIZIER, FADH, H13, mode="violence"),
        event("MOBILIZE", HNP, None, H14, mode="police", location="Port-au-Prince", location_country="HTI"),
        event("REQUEST", US_EMBASSY_HTI, US_CITIZENS_HTI, H15),
        event("ACCUSE", GUTERRES, HTI_GANGS, H16, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Angreifer hätten sich in der Nacht zum Sonntag stundenlange Feuergefechte mit den Wärtern der "
              "Nationalstrafanstalt geliefert", "Government of Haiti", "indirect"),
        quote("Von den rund 3800 Insassen seien weniger als 100 in der Anstalt geblieben", "Government of Haiti",
              "indirect"),
        quote("Man werde die Geflohenen aufspüren und wieder festnehmen", "Patrick Boisvert", "indirect"),
        quote("die Banden würden Henry gemeinsam stürzen", "Jimmy Chérizier", "indirect"),
        quote("Wir werden die Polizei und die Armee bekämpfen, bis Henry geht", "Jimmy Chérizier", "direct"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince", "der haitianischen Hauptstadt"]),
        entity("armed gangs in Port-au-Prince", "ORG", "HTI", ["Bewaffnete Banden", "Die Angreifer", "die Banden"]),
        entity("National Penitentiary", "LOC", "HTI", ["das größte Gefängnis des Landes", "Nationalstrafanstalt",
                                                       "der Anstalt"]),
        entity("Haiti", "LOC", "HTI", ["des Landes", "Haiti"]),
        entity("guards of the National Penitentiary", "ORG", "HTI", ["den Wärtern der Nationalstrafanstalt"]),
        entity("Government of Haiti", "ORG", "HTI", ["die Regierung", "Die Regierung"]),
        entity("escaped inmates of the National Penitentiary", "ORG", "HTI", ["Tausende Häftlinge", "Insassen",
                                                                              "die Geflohenen", "der Entflohenen"]),
        entity("Croix-des-Bouquets", "LOC", "HTI", ["Croix-des-Bouquets"]),
        entity("Croix-des-Bouquets prison", "LOC", "HTI", ["das Gefängnis von Croix-des-Bouquets"]),
        entity("Ouest", "LOC", "HTI", ["das Département Ouest"]),
        entity("Patrick Boisvert", "PER", "HTI", ["der amtierende Regierungschef, Finanzminister Patrick Boisvert"]),
        entity("Haitian National Police", "ORG", "HTI", ["die Polizei", "Die Polizei"]),
        entity("Ariel Henry", "PER", "HTI", ["Premierminister Ariel Henry", "Er", "Henry"]),
        entity("Kenya", "LOC", "KEN", ["Kenia"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("William Ruto", "PER", "KEN", ["Präsident William Ruto"]),
        entity("High Court of Kenya", "ORG", "KEN", ["Ein kenianisches Gericht"]),
        entity("Jimmy Chérizier", "PER", "HTI", ["Bandenchef Jimmy Chérizier", "er"]),
        entity("Armed Forces of Haiti", "ORG", "HTI", ["die Armee"]),
        entity("Toussaint Louverture International Airport", "LOC", "HTI", ["den Flughafen"]),
        entity("National Palace", "LOC", "HTI", ["den Nationalpalast"]),
        entity("U.S. Embassy in Port-au-Prince", "ORG", "USA", ["Die US-Botschaft"]),
        entity("U.S. citizens in Haiti", "ORG", "USA", ["alle Amerikaner"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Kenya Police Service", "ORG", "KEN", ["kenianischer Polizisten"]),
    ],
}

# ---------------------------------------------------------------- hm276-de-02 (Venezuela/Guyana, Argyle meeting)
ALI = actor("Irfaan Ali", "GUY", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
GONSALVES = actor("Ralph Gonsalves", "VCT", "GOV")
GUY_GOV = actor("Government of Guyana", "GUY", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
ICJ = actor("International Court of Justice", "UNO", "JUD")
AMORIM = actor("Celso Amorim", "BRA", "GOV")
CARICOM = actor("Caribbean Community", "IGO", "IGO")
VENEZUELA = actor("Venezuela", "VEN", "GOV")
GUYANA = actor("Guyana", "GUY", "GOV")

V1 = ("Kingstown (dpa) - Guyana und Venezuela haben sich im Streit um die ölreiche Region Essequibo darauf "
      "verständigt, weder mit Gewalt zu drohen noch Gewalt anzuwenden.")
V2 = ("Die Präsidenten Irfaan Ali und Nicolás Maduro trafen sich am Donnerstag am Flughafen Argyle auf der "
      "Karibikinsel St. Vincent.")
V3 = "Beide wurden vom Regierungschef von St. Vincent und den Grenadinen, Ralph Gonsalves, empfangen."
V5 = "In der Frage der Zuständigkeit blieben die Positionen unvereinbar."
V6 = ("Maduro bekräftigte, Venezuela erkenne die Zuständigkeit des Internationalen Gerichtshofs (IGH) in dem "
      "Grenzstreit nicht an.")
V7 = ("Er warf Georgetown vor, dem US-Konzern ExxonMobil und dem Südkommando der US-Armee den Zugang zu dem "
      "Gebiet zu öffnen.")
V8 = ("Ali sagte, Guyana werde den Streit weiter vor dem IGH austragen, und forderte Caracas auf, die "
      "Entscheidung der Richter zu respektieren.")
V9 = "„Guyana ist kein Aggressor, Guyana sucht keinen Krieg“, sagte er vor Journalisten."
V10 = "Maduro sprach von einem „guten Dialog“ und lobte die Vermittlung durch Gonsalves."
V11 = ("Brasiliens Präsidentenberater Celso Amorim, der als Beobachter teilnahm, lud beide Präsidenten zu einem "
       "Folgetreffen nach Brasilien ein.")
V12 = "Die Karibikgemeinschaft Caricom sicherte Guyana ihre Solidarität zu."
V13 = "Venezuela hatte Anfang Dezember über einen eigenen Bundesstaat im Essequibo abstimmen lassen."
V14 = "Das Gebiet macht rund zwei Drittel des guyanischen Staatsgebiets aus."
V15 = "Einen Rückzug der an der Grenze zusammengezogenen Truppen kündigte Caracas nicht an."

DE02 = {
    "id": "hm276-de-02", "lang": "de", "url": None, "published": "2023-12-14",
    "title": "Guyana und Venezuela verzichten im Essequibo-Streit auf Gewalt",
    "text": paragraphs([V1, V2, V3], [V5, V6, V7, V8, V9], [V10, V11, V12], [V13, V14, V15]),
    "events": [
        event("AGREE", GUYANA, VENEZUELA, V1),
        event("CONSULT", ALI, MADURO, V2, mode="third-party", date="2023-12-14", location="Argyle",
              location_country="VCT"),
        event("CONSULT", ALI, GONSALVES, V3, mode="visit", location="Argyle", location_country="VCT"),
        event("CONSULT", MADURO, GONSALVES, V3, mode="visit", location="Argyle", location_country="VCT"),
        event("REJECT", MADURO, ICJ, V6),
        event("ACCUSE", MADURO, GUY_GOV, V7, mode="allege"),
        event("REQUEST", ALI, VEN_GOV, V8, mode="yield"),
        event("SUPPORT", MADURO, GONSALVES, V10),
        event("AGREE", AMORIM, ALI, V11),
        event("AGREE", AMORIM, MADURO, V11),
        event("SUPPORT", CARICOM, GUYANA, V12),
        event("CONCEDE", VEN_GOV, GUY_GOV, V15, negated=True),
    ],
    "quotes": [
        quote("Venezuela erkenne die Zuständigkeit des Internationalen Gerichtshofs (IGH) in dem Grenzstreit nicht an",
              "Nicolás Maduro", "indirect"),
        quote("dem US-Konzern ExxonMobil und dem Südkommando der US-Armee den Zugang zu dem Gebiet zu öffnen",
              "Nicolás Maduro", "indirect"),
        quote("Guyana werde den Streit weiter vor dem IGH austragen", "Irfaan Ali", "indirect"),
        quote("Guyana ist kein Aggressor, Guyana sucht keinen Krieg", "Irfaan Ali", "direct"),
        quote("guten Dialog", "Nicolás Maduro", "direct"),
    ],
    "entities": [
        entity("Kingstown", "LOC", "VCT", ["Kingstown"]),
        entity("Guyana", "LOC", "GUY", ["Guyana", "des guyanischen Staatsgebiets"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Essequibo", "LOC", "GUY", ["die ölreiche Region Essequibo", "dem Gebiet", "Essequibo",
                                           "Das Gebiet"]),
        entity("Irfaan Ali", "PER", "GUY", ["Irfaan Ali", "Ali", "er"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Nicolás Maduro", "Maduro", "Er"]),
        entity("Argyle International Airport", "LOC", "VCT", ["Flughafen Argyle"]),
        entity("Saint Vincent", "LOC", "VCT", ["der Karibikinsel St. Vincent"]),
        entity("Saint Vincent and the Grenadines", "LOC", "VCT", ["St. Vincent und den Grenadinen"]),
        entity("Ralph Gonsalves", "PER", "VCT", ["Regierungschef von St. Vincent und den Grenadinen, Ralph Gonsalves",
                                                 "Gonsalves"]),
        entity("International Court of Justice", "ORG", "UNO", ["des Internationalen Gerichtshofs (IGH)", "IGH",
                                                                "der Richter"]),
        entity("Government of Guyana", "ORG", "GUY", ["Georgetown"]),
        entity("ExxonMobil", "ORG", "USA", ["dem US-Konzern ExxonMobil"]),
        entity("United States Southern Command", "ORG", "USA", ["dem Südkommando der US-Armee"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Caracas"]),
        entity("Celso Amorim", "PER", "BRA", ["Brasiliens Präsidentenberater Celso Amorim"]),
        entity("Brazil", "LOC", "BRA", ["Brasiliens", "Brasilien"]),
        entity("Caribbean Community", "ORG", "IGO", ["Die Karibikgemeinschaft Caricom"]),
    ],
}

# ---------------------------------------------------------------- hm276-de-03 (Brazil, operation Tempus Veritatis)
BRA_FED_POLICE = actor("Federal Police of Brazil", "BRA", "COP")
BOLSONARO_ALLIES = actor("allies of Jair Bolsonaro", "BRA", "OPP")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
HELENO = actor("Augusto Heleno", "BRA", "MIL")
BRAGA_NETTO = actor("Walter Braga Netto", "BRA", "MIL")
FILIPE_MARTINS = actor("Filipe Martins", "BRA", "CVL")
CAMARA = actor("Marcelo Câmara", "BRA", "MIL")
VALDEMAR = actor("Valdemar Costa Neto", "BRA", "PTY")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
PL_PARTY = actor("Liberal Party (Brazil)", "BRA", "OPP")
BRA_JUDICIARY = actor("Brazilian judiciary", "BRA", "JUD")

B1 = ("Brasília (Reuters) - Die brasilianische Bundespolizei ist mit einer Großrazzia gegen Vertraute des früheren "
      "Präsidenten Jair Bolsonaro vorgegangen.")
B2 = ("Die Ermittler werfen ihnen vor, nach der Wahl 2022 einen Staatsstreich geplant zu haben, um Luiz Inácio "
      "Lula da Silva an der Amtsübernahme zu hindern.")
B3 = "Die Operation trägt den lateinischen Namen Tempus Veritatis."
B4 = ("Richter Alexandre de Moraes vom Obersten Gerichtshof ordnete an, dass Bolsonaro binnen 24 Stunden seinen "
      "Reisepass abgeben muss.")
B5 = ("Die Beamten durchsuchten am Donnerstag in mehreren Bundesstaaten Wohnungen und Büros, darunter die der "
      "Ex-Generäle Augusto Heleno und Walter Braga Netto.")
B6 = "Festgenommen wurden Bolsonaros früherer Berater Filipe Martins und Oberst Marcelo Câmara."
B7 = ("Bei einer Durchsuchung nahmen Polizisten zudem den Vorsitzenden von Bolsonaros Liberaler Partei (PL), "
      "Valdemar Costa Neto, wegen illegalen Waffenbesitzes fest.")
B8 = "Helenos Anwalt wies die Vorwürfe zurück."
B9 = ("Bolsonaro, der sich in seinem Ferienhaus in Angra dos Reis aufhielt, warf Moraes politische Verfolgung "
      "vor.")
B10 = "„Ich bin nicht geflohen und werde nicht fliehen“, sagte er."
B11 = "Über seinen Anwalt ließ er mitteilen, er werde den Pass fristgerecht abgeben."
B12 = ("Präsident Lula stellte sich hinter die Ermittler und sagte, sein Vorgänger habe „bewusst einen Putsch "
       "vorbereitet“.")
B13 = "Die PL forderte die Justiz auf, ihren Vorsitzenden umgehend freizulassen."
B14 = "Lula hatte die Stichwahl im Oktober 2022 knapp gewonnen."

DE03 = {
    "id": "hm276-de-03", "lang": "de", "url": None, "published": "2024-02-08",
    "title": "Putschpläne: Bolsonaro muss Reisepass abgeben - Razzia bei Vertrauten",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8], [B9, B10, B11], [B12, B13, B14]),
    "events": [
        event("COERCE", BRA_FED_POLICE, BOLSONARO_ALLIES, B1, mode="seize"),
        event("ACCUSE", BRA_FED_POLICE, BOLSONARO_ALLIES, B2, mode="allege"),
        event("COERCE", MORAES, BOLSONARO, B4, mode="restrict"),
        event("COERCE", BRA_FED_POLICE, HELENO, B5, mode="seize", date="2024-02-08"),
        event("COERCE", BRA_FED_POLICE, BRAGA_NETTO, B5, mode="seize", date="2024-02-08"),
        event("COERCE", BRA_FED_POLICE, FILIPE_MARTINS, B6, mode="arrest"),
        event("COERCE", BRA_FED_POLICE, CAMARA, B6, mode="arrest"),
        event("COERCE", BRA_FED_POLICE, VALDEMAR, B7, mode="arrest"),
        event("ACCUSE", BOLSONARO, MORAES, B9, mode="allege"),
        event("CONCEDE", BOLSONARO, MORAES, B11),
        event("SUPPORT", LULA, BRA_FED_POLICE, B12),
        event("ACCUSE", LULA, BOLSONARO, B12, mode="allege"),
        event("REQUEST", PL_PARTY, BRA_JUDICIARY, B13, mode="yield"),
    ],
    "quotes": [
        quote("nach der Wahl 2022 einen Staatsstreich geplant zu haben, um Luiz Inácio Lula da Silva an der "
              "Amtsübernahme zu hindern", "Federal Police of Brazil", "indirect"),
        quote("Ich bin nicht geflohen und werde nicht fliehen", "Jair Bolsonaro", "direct"),
        quote("er werde den Pass fristgerecht abgeben", "Jair Bolsonaro", "indirect"),
        quote("bewusst einen Putsch vorbereitet", "Luiz Inácio Lula da Silva", "direct"),
        quote("sein Vorgänger habe „bewusst einen Putsch vorbereitet“", "Luiz Inácio Lula da Silva", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Die brasilianische Bundespolizei", "Die Ermittler",
                                                          "Die Beamten", "Polizisten", "die Ermittler"]),
        entity("allies of Jair Bolsonaro", "ORG", "BRA", ["Vertraute des früheren Präsidenten Jair Bolsonaro",
                                                          "ihnen"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["des früheren Präsidenten Jair Bolsonaro", "Bolsonaro",
                                                "Bolsonaros", "er", "sein Vorgänger"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Luiz Inácio Lula da Silva", "Präsident Lula", "Lula"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Richter Alexandre de Moraes", "Moraes"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["vom Obersten Gerichtshof"]),
        entity("Augusto Heleno", "PER", "BRA", ["Augusto Heleno", "Helenos"]),
        entity("Walter Braga Netto", "PER", "BRA", ["Walter Braga Netto"]),
        entity("Filipe Martins", "PER", "BRA", ["Bolsonaros früherer Berater Filipe Martins"]),
        entity("Marcelo Câmara", "PER", "BRA", ["Oberst Marcelo Câmara"]),
        entity("Valdemar Costa Neto", "PER", "BRA", ["den Vorsitzenden von Bolsonaros Liberaler Partei (PL), "
                                                     "Valdemar Costa Neto", "ihren Vorsitzenden"]),
        entity("Liberal Party (Brazil)", "ORG", "BRA", ["Liberaler Partei (PL)", "Die PL"]),
        entity("lawyer of Augusto Heleno", "PER", "BRA", ["Helenos Anwalt"]),
        entity("Angra dos Reis", "LOC", "BRA", ["Angra dos Reis"]),
        entity("lawyer of Jair Bolsonaro", "PER", "BRA", ["seinen Anwalt"]),
        entity("Brazilian judiciary", "ORG", "BRA", ["die Justiz"]),
    ],
}

# ---------------------------------------------------------------- hm276-de-04 (Venezuela, Guanipa arrested before the elections)
VEN_SECURITY = actor("Venezuelan security forces", "VEN", "COP")
GUANIPA = actor("Juan Pablo Guanipa", "VEN", "OPP")
CABELLO = actor("Diosdado Cabello", "VEN", "GOV")
VEN_SUSPECTS = actor("suspects arrested in Venezuela", "VEN", "CVL")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
COL_MFA = actor("Ministry of Foreign Affairs of Colombia", "COL", "GOV")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
VEN_VOTERS = actor("Venezuelan voters", "VEN", "CVL")
EGU = actor("Edmundo González Urrutia", "VEN", "OPP")
EU = actor("European Union", "EUR", "IGO")
VEN_OPP = actor("Venezuelan opposition", "VEN", "OPP")
VEN_AUTH = actor("Venezuelan authorities", "VEN", "GOV")
VEN_JOURNALISTS = actor("journalists detained in Venezuela", "VEN", "CVL")

G1 = ("Caracas (AFP) - Zwei Tage vor den Regional- und Parlamentswahlen in Venezuela haben Sicherheitskräfte den "
      "Oppositionspolitiker Juan Pablo Guanipa festgenommen.")
G2 = ("Guanipa sei der Kopf eines „terroristischen Netzwerks“, das die Abstimmung mit Sprengsätzen sabotieren "
      "wollte, sagte Innenminister Diosdado Cabello am Freitag im Staatsfernsehen.")
G3 = "Der enge Vertraute von Oppositionsführerin María Corina Machado war seit Monaten untergetaucht."
G4 = ("Laut Cabello wurden in den vergangenen Tagen mehr als 70 weitere Verdächtige festgenommen, darunter "
      "mehrere Kolumbianer.")
G5 = "Die Regierung setzte zudem alle Flüge aus dem Nachbarland Kolumbien bis nach der Wahl aus."
G6 = ("Das kolumbianische Außenministerium forderte die Regierung in Caracas auf, Beweise für die angebliche Beteiligung "
      "kolumbianischer Staatsbürger vorzulegen.")
G7 = ("Machado verurteilte die Festnahme als „Entführung“ und rief die Venezolaner erneut auf, der Wahl "
      "fernzubleiben.")
G8 = "Die Behörden ließen zwei am Donnerstag festgenommene Journalisten nach wenigen Stunden wieder frei."
G9 = ("Der im spanischen Exil lebende Edmundo González Urrutia, den die Opposition als Sieger der "
      "Präsidentenwahl sieht, verlangte Guanipas sofortige Freilassung.")
G10 = "Auch die Europäische Union forderte die Freilassung aller politischen Gefangenen in dem Land."
G11 = "Cabello drohte weiteren Oppositionellen mit Festnahme, sollten sie zu Störungen aufrufen."
G12 = "Die wichtigsten Oppositionsparteien boykottieren die Abstimmung am Sonntag."
G13 = "Es ist die erste landesweite Wahl seit der umstrittenen Präsidentenwahl im Juli 2024."

DE04 = {
    "id": "hm276-de-04", "lang": "de", "url": None, "published": "2025-05-23",
    "title": "Venezuela: Oppositionspolitiker Guanipa vor Wahl festgenommen",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9, G10], [G11, G12, G13]),
    "events": [
        event("COERCE", VEN_SECURITY, GUANIPA, G1, mode="arrest"),
        event("ACCUSE", CABELLO, GUANIPA, G2, mode="allege", date="2025-05-23"),
        event("COERCE", VEN_SECURITY, VEN_SUSPECTS, G4, mode="arrest"),
        event("SANCTION", VEN_GOV, COL_GOV, G5, mode="discontinue"),
        event("REQUEST", COL_MFA, VEN_GOV, G6),
        event("ACCUSE", MACHADO, VEN_GOV, G7, mode="disapprove"),
        event("REQUEST", MACHADO, VEN_VOTERS, G7),
        event("RETREAT", VEN_AUTH, VEN_JOURNALISTS, G8, mode="release", date="2025-05-22"),
        event("REQUEST", EGU, VEN_GOV, G9, mode="yield"),
        event("REQUEST", EU, VEN_GOV, G10, mode="yield"),
        event("THREATEN", CABELLO, VEN_OPP, G11, mode="arrest"),
        event("PROTEST", VEN_OPP, VEN_GOV, G12, mode="boycott"),
    ],
    "quotes": [
        quote("terroristischen Netzwerks", "Diosdado Cabello", "direct"),
        quote("Guanipa sei der Kopf eines „terroristischen Netzwerks“, das die Abstimmung mit Sprengsätzen "
              "sabotieren wollte", "Diosdado Cabello", "indirect"),
        quote("wurden in den vergangenen Tagen mehr als 70 weitere Verdächtige festgenommen, darunter mehrere "
              "Kolumbianer", "Diosdado Cabello", "indirect"),
        quote("Entführung", "María Corina Machado", "direct"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "dem Land"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["Sicherheitskräfte"]),
        entity("Juan Pablo Guanipa", "PER", "VEN", ["den Oppositionspolitiker Juan Pablo Guanipa", "Guanipa",
                                                    "Der enge Vertraute von Oppositionsführerin María Corina Machado",
                                                    "Guanipas"]),
        entity("Diosdado Cabello", "PER", "VEN", ["Innenminister Diosdado Cabello", "Cabello"]),
        entity("María Corina Machado", "PER", "VEN", ["Oppositionsführerin María Corina Machado", "Machado"]),
        entity("suspects arrested in Venezuela", "ORG", "VEN", ["mehr als 70 weitere Verdächtige"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Die Regierung", "die Regierung in Caracas"]),
        entity("Colombia", "LOC", "COL", ["dem Nachbarland Kolumbien"]),
        entity("Ministry of Foreign Affairs of Colombia", "ORG", "COL", ["Das kolumbianische Außenministerium"]),
        entity("Venezuelan voters", "ORG", "VEN", ["die Venezolaner"]),
        entity("Venezuelan authorities", "ORG", "VEN", ["Die Behörden"]),
        entity("journalists detained in Venezuela", "ORG", "VEN", ["zwei am Donnerstag festgenommene Journalisten"]),
        entity("Edmundo González Urrutia", "PER", "VEN", ["Der im spanischen Exil lebende Edmundo González Urrutia"]),
        entity("Spain", "LOC", "ESP", ["spanischen Exil"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["die Opposition", "weiteren Oppositionellen",
                                                       "Die wichtigsten Oppositionsparteien"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
    ],
}

# ---------------------------------------------------------------- hm276-en-01 (Mexico, "pause" with the U.S. and Canadian embassies)
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
US_EMBASSY_MEX = actor("U.S. Embassy in Mexico City", "USA", "GOV")
CAN_EMBASSY_MEX = actor("Embassy of Canada in Mexico City", "CAN", "GOV")
SALAZAR = actor("Ken Salazar", "USA", "GOV")
CLARK = actor("Graeme Clark", "CAN", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MEX_CONGRESS = actor("Congress of Mexico", "MEX", "LEG")
MEX_COURT_STAFF = actor("Mexican federal court employees", "MEX", "CVL")
MEX_JUDGES = actor("Mexican federal judges", "MEX", "JUD")

M1 = ('MEXICO CITY, Aug 27 (Reuters) - Mexican President Andres Manuel Lopez Obrador on Tuesday put relations with '
      'the U.S. and Canadian embassies on "pause" after their ambassadors criticized his plan to overhaul the '
      'judiciary.')
M2 = ('"It\'s a pause, we are going to take our time," Lopez Obrador told his regular morning news conference, '
      'adding that ties with the governments of both countries were not affected.')
M3 = ('U.S. Ambassador Ken Salazar said last week that the proposal to elect judges by popular vote posed "a major '
      'risk" to Mexico\'s democracy and could hurt trade between the two countries.')
M4 = "Canada's ambassador Graeme Clark had said Canadian investors were worried about the reform."
M5 = "Lopez Obrador accused both envoys of meddling in Mexico's internal affairs."
M6 = ("Salazar said on Friday that Washington respected Mexico's sovereignty and wanted to keep working with its "
      "neighbor.")
M8 = ("President-elect Claudia Sheinbaum, who takes office on Oct. 1, backed the overhaul and urged Congress to "
      "pass it in September.")
M9 = ("Thousands of federal court employees have been on strike since last week against the plan, and "
      "many judges joined the walkout on Monday.")
M10 = "Lopez Obrador says the overhaul is needed to root out corruption in the courts."
M11 = "The peso weakened further on Tuesday."

EN01 = {
    "id": "hm276-en-01", "lang": "en", "url": None, "published": "2024-08-27",
    "title": "Mexico's Lopez Obrador puts ties with U.S., Canadian embassies on 'pause' over judicial reform",
    "text": paragraphs([M1, M2], [M3, M4, M5], [M6, M8], [M9, M10, M11]),
    "events": [
        event("SANCTION", AMLO, US_EMBASSY_MEX, M1, mode="discontinue", date="2024-08-27"),
        event("SANCTION", AMLO, CAN_EMBASSY_MEX, M1, mode="discontinue", date="2024-08-27"),
        event("ACCUSE", SALAZAR, MEX_GOV, M3, mode="disapprove"),
        event("ACCUSE", CLARK, MEX_GOV, M4, mode="disapprove"),
        event("ACCUSE", AMLO, SALAZAR, M5, mode="allege"),
        event("ACCUSE", AMLO, CLARK, M5, mode="allege"),
        event("AGREE", SALAZAR, MEX_GOV, M6, date="2024-08-23"),
        event("SUPPORT", SHEINBAUM, AMLO, M8),
        event("REQUEST", SHEINBAUM, MEX_CONGRESS, M8),
        event("PROTEST", MEX_COURT_STAFF, MEX_GOV, M9, mode="strike"),
        event("PROTEST", MEX_JUDGES, MEX_GOV, M9, mode="strike", date="2024-08-26"),
    ],
    "quotes": [
        quote("pause", "Andrés Manuel López Obrador", "direct"),
        quote("It's a pause, we are going to take our time", "Andrés Manuel López Obrador", "direct"),
        quote("ties with the governments of both countries were not affected", "Andrés Manuel López Obrador",
              "indirect"),
        quote('the proposal to elect judges by popular vote posed "a major risk" to Mexico\'s democracy and could '
              'hurt trade between the two countries', "Ken Salazar", "indirect"),
        quote("a major risk", "Ken Salazar", "direct"),
        quote("Canadian investors were worried about the reform", "Graeme Clark", "indirect"),
        quote("Washington respected Mexico's sovereignty and wanted to keep working with its neighbor", "Ken Salazar",
              "indirect"),
        quote("the overhaul is needed to root out corruption in the courts", "Andrés Manuel López Obrador",
              "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Mexican President Andres Manuel Lopez Obrador",
                                                             "Lopez Obrador", "his"]),
        entity("U.S. Embassy in Mexico City", "ORG", "USA", ["the U.S. and Canadian embassies"]),
        entity("Embassy of Canada in Mexico City", "ORG", "CAN", ["Canadian embassies"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Ken Salazar", "PER", "USA", ["U.S. Ambassador Ken Salazar", "Salazar"]),
        entity("Graeme Clark", "PER", "CAN", ["Canada's ambassador Graeme Clark"]),
        entity("Mexico", "LOC", "MEX", ["Mexico's", "Mexico"]),
        entity("Canada", "LOC", "CAN", ["Canada's"]),
        entity("Canadian investors", "ORG", "CAN", ["Canadian investors"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President-elect Claudia Sheinbaum"]),
        entity("Congress of Mexico", "ORG", "MEX", ["Congress"]),
        entity("Mexican federal court employees", "ORG", "MEX", ["Thousands of federal court employees"]),
        entity("Mexican federal judges", "ORG", "MEX", ["many judges"]),
        entity("Judiciary of Mexico", "ORG", "MEX", ["the judiciary", "the courts"]),
    ],
}

# ---------------------------------------------------------------- hm276-en-02 (Panama, Hegseth visit and security memorandum)
HEGSETH = actor("Pete Hegseth", "USA", "GOV")
ABREGO = actor("Frank Ábrego", "PAN", "GOV")
MULINO = actor("José Raúl Mulino", "PAN", "GOV")
US_MIL = actor("U.S. military", "USA", "MIL")
USMC = actor("United States Marine Corps", "USA", "MIL")
PAN_BORDER_POLICE = actor("National Border Service of Panama", "PAN", "COP")
USA_GOV = actor("Government of the United States", "USA", "GOV")
PAN_GOV = actor("Government of Panama", "PAN", "GOV")
PAN_AERONAVAL = actor("National Aeronaval Service of Panama", "PAN", "COP")
CHINA = actor("China", "CHN", "GOV")
CHN_EMBASSY_PAN = actor("Embassy of China in Panama", "CHN", "GOV")
PAN_PROTESTERS = actor("protesters in Panama City", "PAN", "CVL")
PAN_POLICE = actor("National Police of Panama", "PAN", "COP")
SAUL_MENDEZ = actor("Saúl Méndez", "PAN", "LAB")
TRUMP = actor("Donald Trump", "USA", "GOV")

N1 = ("PANAMA CITY (AP) - U.S. Defense Secretary Pete Hegseth and Panama's security minister signed an agreement "
      "on Wednesday allowing American troops to deploy on a rotating basis to former U.S. military sites near "
      "the Panama Canal.")
N2 = ("Hegseth, who met President Jose Raul Mulino on Tuesday, said about 60 U.S. Marines were already training "
      "with Panamanian border police in the Darien jungle.")
N3 = "Washington also handed over three patrol boats to Panama's National Aeronaval Service."
N4 = ('"Together we will take back the Panama Canal from China\'s influence," Hegseth said in a speech at the '
      'former Rodman naval base.')
N5 = ('The Chinese embassy accused Washington of "blackmail" and said China had never interfered in the '
      "canal's operation.")
N6 = "Mulino told reporters that Panama would not accept U.S. military bases on its territory."
N7 = '"Panama\'s sovereignty is not negotiable," he said.'
N8 = ("Security Minister Frank Abrego said the deal respected the 1977 neutrality treaty and that every "
      "deployment would need Panama's approval.")
N9 = ("Hundreds of protesters, many of them members of the construction workers' union Suntracs, marched through "
      "the capital and burned a U.S. flag.")
N10 = "Police in riot gear kept them away from the presidential palace."
N11 = 'Suntracs leader Saul Mendez accused Mulino of "selling out" the country.'
N13 = ("President Donald Trump has repeatedly said the United States should take the canal back and has not ruled out "
       "using military force.")

EN02 = {
    "id": "hm276-en-02", "lang": "en", "url": None, "published": "2025-04-09",
    "title": "Hegseth signs deal for rotating US troops in Panama; Mulino rules out bases",
    "text": paragraphs([N1, N2, N3], [N4, N5], [N6, N7, N8], [N9, N10, N11], [N13]),
    "events": [
        event("SUPPORT", HEGSETH, ABREGO, N1, date="2025-04-09", location="Panama City", location_country="PAN"),
        event("CONSULT", HEGSETH, MULINO, N2, mode="visit", date="2025-04-08", location="Panama City",
              location_country="PAN"),
        event("COOPERATE", USMC, PAN_BORDER_POLICE, N2, location="Darien", location_country="PAN"),
        event("AID", USA_GOV, PAN_AERONAVAL, N3),
        event("ACCUSE", HEGSETH, CHINA, N4, mode="disapprove", location="Rodman", location_country="PAN"),
        event("ACCUSE", CHN_EMBASSY_PAN, USA_GOV, N5, mode="disapprove"),
        event("REJECT", MULINO, USA_GOV, N6),
        event("PROTEST", PAN_PROTESTERS, USA_GOV, N9, mode="demo", location="Panama City",
              location_country="PAN"),
        event("COERCE", PAN_POLICE, PAN_PROTESTERS, N10, mode="restrict", location="Panama City",
              location_country="PAN"),
        event("ACCUSE", SAUL_MENDEZ, MULINO, N11, mode="disapprove"),
        event("THREATEN", TRUMP, PAN_GOV, N13),
    ],
    "quotes": [
        quote("about 60 U.S. Marines were already training with Panamanian border police in the Darien jungle",
              "Pete Hegseth", "indirect"),
        quote("Together we will take back the Panama Canal from China's influence", "Pete Hegseth", "direct"),
        quote("blackmail", "Embassy of China in Panama", "direct"),
        quote("China had never interfered in the canal's operation", "Embassy of China in Panama", "indirect"),
        quote("Panama would not accept U.S. military bases on its territory", "José Raúl Mulino", "indirect"),
        quote("Panama's sovereignty is not negotiable", "José Raúl Mulino", "direct"),
        quote("the deal respected the 1977 neutrality treaty and that every deployment would need Panama's approval",
              "Frank Ábrego", "indirect"),
        quote("selling out", "Saúl Méndez", "direct"),
        quote("the United States should take the canal back", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Panama City", "LOC", "PAN", ["PANAMA CITY", "the capital"]),
        entity("Pete Hegseth", "PER", "USA", ["U.S. Defense Secretary Pete Hegseth", "Hegseth"]),
        entity("Frank Ábrego", "PER", "PAN", ["Panama's security minister", "Security Minister Frank Abrego"]),
        entity("Panama", "LOC", "PAN", ["Panama's", "Panama", "the country"]),
        entity("U.S. military", "ORG", "USA", ["American troops"]),
        entity("Panama Canal", "LOC", "PAN", ["the Panama Canal", "the canal's", "the canal"]),
        entity("José Raúl Mulino", "PER", "PAN", ["President Jose Raul Mulino", "Mulino", "he"]),
        entity("United States Marine Corps", "ORG", "USA", ["U.S. Marines"]),
        entity("National Border Service of Panama", "ORG", "PAN", ["Panamanian border police"]),
        entity("Darién", "LOC", "PAN", ["the Darien jungle"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("National Aeronaval Service of Panama", "ORG", "PAN", ["Panama's National Aeronaval Service"]),
        entity("China", "LOC", "CHN", ["China's", "China"]),
        entity("Rodman Naval Station", "LOC", "PAN", ["the former Rodman naval base"]),
        entity("Embassy of China in Panama", "ORG", "CHN", ["The Chinese embassy"]),
        entity("protesters in Panama City", "ORG", "PAN", ["Hundreds of protesters", "them"]),
        entity("Suntracs", "ORG", "PAN", ["the construction workers' union Suntracs", "Suntracs"]),
        entity("National Police of Panama", "ORG", "PAN", ["Police in riot gear"]),
        entity("Palacio de las Garzas", "LOC", "PAN", ["the presidential palace"]),
        entity("Saúl Méndez", "PER", "PAN", ["Suntracs leader Saul Mendez"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("United States", "LOC", "USA", ["the United States"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
