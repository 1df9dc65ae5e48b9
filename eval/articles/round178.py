"""Round 178: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm178-de-01: A Polish soldier stabbed at the Belarus border fence dies; Tusk blames Minsk, buffer zone and troops, the arrested soldiers, Duda, PiS and Brussels react (2024-06-06).
- hm178-de-02: Russian special forces end an IS-linked hostage-taking at the Rostov-on-Don remand prison; FSIN, investigators, Peskov and Duma deputies (2024-06-16).
- hm178-de-03: Nicolas Sarkozy begins his five-year sentence at La Santé; Macron's reception, Darmanin's planned visit, magistrates and Le Pen object (2025-10-21).
- hm178-de-04: Zelensky's chief of staff Andriy Yermak resigns after NABU and SAP search his flat in the Energoatom kickback affair; opposition and Brussels react (2025-11-28).
- hm178-en-01: Uruapan mayor Carlos Manzo shot dead at a Day of the Dead festival; protesters storm the Morelia government palace, Sheinbaum sends troops (2025-11-03).
- hm178-en-02: Former FBI Director James Comey indicted in Virginia after Trump pressed Bondi; Siebert's exit, Halligan, Democrats and Warner react (2025-09-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- actors
BORDER_ATTACKER = actor("migrant attacker at the Belarusian border", None, "CVL")
SITEK = actor("Mateusz Sitek", "POL", "MIL")
TUSK = actor("Donald Tusk", "POL", "GOV")
BELARUS = actor("Belarus", "BLR", "GOV")
POLAND = actor("Poland", "POL", "GOV")
KOSINIAK = actor("Władysław Kosiniak-Kamysz", "POL", "GOV")
POL_MP = actor("Polish Military Gendarmerie", "POL", "MIL")
POL_SOLDIERS = actor("Polish soldiers", "POL", "MIL")
DUDA = actor("Andrzej Duda", "POL", "GOV")
POL_MIL_PROSECUTORS = actor("Polish military prosecutors", "POL", "JUD")
PIS = actor("Law and Justice", "POL", "OPP")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")

RUS_SPECIAL_FORCES = actor("Russian special forces", "RUS", "COP")
HOSTAGE_TAKERS = actor("hostage-takers in the Rostov-on-Don remand prison", "RUS", "REB")
PRISON_GUARDS = actor("Rostov-on-Don prison guards", "RUS", "COP")
RUS_POLICE = actor("Russian police", "RUS", "COP")
ROSGVARDIA = actor("Rosgvardia", "RUS", "COP")
RUSSIA = actor("Russia", "RUS", "GOV")
INVESTIGATIVE_COMMITTEE = actor("Investigative Committee of Russia", "RUS", "JUD")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
DUMA_DEPUTIES = actor("State Duma deputies", "RUS", "LEG")

SARKOZY = actor("Nicolas Sarkozy", "FRA", "CVL")
PARIS_COURT = actor("Paris Criminal Court", "FRA", "JUD")
SARKOZY_SUPPORTERS = actor("supporters of Nicolas Sarkozy", "FRA", "CVL")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
DARMANIN = actor("Gérald Darmanin", "FRA", "GOV")
USM = actor("Union syndicale des magistrats", "FRA", "LAB")
HEITZ = actor("Rémy Heitz", "FRA", "JUD")
SARKOZY_LAWYERS = actor("lawyers of Nicolas Sarkozy", "FRA", "CVL")
PARIS_APPEAL_COURT = actor("Paris Court of Appeal", "FRA", "JUD")
LE_PEN = actor("Marine Le Pen", "FRA", "OPP")

YERMAK = actor("Andriy Yermak", "UKR", "GOV")
NABU = actor("National Anti-Corruption Bureau of Ukraine", "UKR", "JUD")
SAP = actor("Specialized Anti-Corruption Prosecutor's Office", "UKR", "JUD")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
MINDICH = actor("Tymur Mindich", "UKR", "BUS")
HALUSHCHENKO = actor("Herman Halushchenko", "UKR", "GOV")
HRYNCHUK = actor("Svitlana Hrynchuk", "UKR", "GOV")
UKR_OPPOSITION = actor("Ukrainian opposition lawmakers", "UKR", "OPP")
POROSHENKO = actor("Petro Poroshenko", "UKR", "OPP")
RUBIO = actor("Marco Rubio", "USA", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")

MANZO = actor("Carlos Manzo", "MEX", "GOV")
GUNMAN = actor("Uruapan gunman", "MEX", None)
BODYGUARDS = actor("bodyguards of Carlos Manzo", "MEX", "COP")
MEX_POLICE = actor("Mexican police", "MEX", "COP")
SUSPECTS = actor("suspects in the killing of Carlos Manzo", "MEX", None)
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MEXICO = actor("Mexico", "MEX", "GOV")
MORELIA_PROTESTERS = actor("Morelia protesters", "MEX", "CVL")
RAMIREZ_BEDOLLA = actor("Alfredo Ramírez Bedolla", "MEX", "GOV")
MICHOACAN_POLICE = actor("Michoacán state police", "MEX", "COP")
PAN = actor("National Action Party", "MEX", "OPP")
MORENA = actor("Morena", "MEX", "PTY")

GRAND_JURY = actor("federal grand jury in Alexandria", "USA", "JUD")
COMEY = actor("James Comey", "USA", "CVL")
TRUMP = actor("Donald Trump", "USA", "GOV")
BONDI = actor("Pam Bondi", "USA", "GOV")
HALLIGAN = actor("Lindsey Halligan", "USA", "JUD")
SIEBERT = actor("Erik Siebert", "USA", "JUD")
DEMOCRATS = actor("Democratic Party", "USA", "OPP")
WARNER = actor("Mark Warner", "USA", "LEG")

# ---------------------------------------------------------------- hm178-de-01
P1 = ("Gut eine Woche nach einer Messerattacke an der Grenze zu Belarus ist ein polnischer Soldat seinen "
      "Verletzungen erlegen.")
P2 = ("Der 21-jährige Mateusz Sitek war am 28. Mai nahe dem Dorf Dubicze Cerkiewne von einem Mann, der von "
      "belarussischer Seite durch den Grenzzaun griff, mit einem Messer in die Brust gestochen worden.")
P3 = ("Ministerpräsident Donald Tusk warf dem Regime in Minsk vor, Migranten gezielt als Waffe gegen Polen "
      "einzusetzen.")
P4 = "„Die polnische Grenze muss verteidigt werden“, sagte er in Warschau, „und zwar mit allen Mitteln.“"
P5 = ("Die Regierung beschloss am Donnerstag, entlang eines 60 Kilometer langen Grenzabschnitts wieder eine "
      "Pufferzone einzurichten, die Zivilisten nicht betreten dürfen.")
P6 = ("Verteidigungsminister Władysław Kosiniak-Kamysz ließ zudem weitere Soldaten in die Region Podlachien "
      "verlegen.")
P7 = ("Für Empörung hatte zuvor die Festnahme von drei Soldaten durch die Militärpolizei gesorgt, die im "
      "März Warnschüsse auf Migranten abgegeben haben sollen.")
P8 = ("Präsident Andrzej Duda forderte die Militärstaatsanwaltschaft auf, das Verfahren gegen die Männer "
      "einzustellen.")
P9 = "Die oppositionelle PiS warf der Regierung vor, die Soldaten im Stich zu lassen."
P10 = "Minsk wies jede Verantwortung für die Lage an der Grenze zurück."
P11 = "Die EU-Kommission sagte Polen weitere Mittel für den Grenzschutz zu."
P12 = ("Mehr als 15.000 Menschen versuchten seit Jahresbeginn, die Grenze von Belarus aus illegal zu "
       "überqueren, wie der Grenzschutz mitteilte.")

DE01 = {
    "id": "hm178-de-01", "lang": "de", "url": None, "published": "2024-06-06",
    "title": "Polnischer Soldat nach Messerattacke an belarussischer Grenze gestorben",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7, P8], [P9, P10, P11, P12]),
    "events": [
        event("ASSAULT", BORDER_ATTACKER, SITEK, P1, mode="primitive", date="2024-05-28",
              location="Dubicze Cerkiewne", location_country="POL"),
        event("ASSAULT", BORDER_ATTACKER, SITEK, P2, mode="primitive", date="2024-05-28",
              location="Dubicze Cerkiewne", location_country="POL"),
        event("ACCUSE", TUSK, BELARUS, P3, mode="allege"),
        event("COERCE", POLAND, None, P5, mode="restrict", date="2024-06-06"),
        event("MOBILIZE", KOSINIAK, None, P6, mode="troops", location="Podlaskie", location_country="POL"),
        event("COERCE", POL_MP, POL_SOLDIERS, P7, mode="arrest"),
        event("REQUEST", DUDA, POL_MIL_PROSECUTORS, P8, mode="change"),
        event("ACCUSE", PIS, POLAND, P9, mode="disapprove"),
        event("AGREE", EU_COMMISSION, POLAND, P11),
    ],
    "quotes": [
        quote("Migranten gezielt als Waffe gegen Polen einzusetzen", "Donald Tusk", "indirect"),
        quote("Die polnische Grenze muss verteidigt werden", "Donald Tusk", "direct"),
        quote("und zwar mit allen Mitteln", "Donald Tusk", "direct"),
        quote("das Verfahren gegen die Männer einzustellen", "Andrzej Duda", "indirect"),
        quote("die Soldaten im Stich zu lassen", "Law and Justice", "indirect"),
        quote("Mehr als 15.000 Menschen versuchten seit Jahresbeginn, die Grenze von Belarus aus illegal zu "
              "überqueren", "Polish Border Guard", "indirect"),
    ],
    "entities": [
        entity("Belarus", "GPE", "BLR", ["Belarus", "dem Regime in Minsk", "Minsk"]),
        entity("Mateusz Sitek", "PER", "POL", ["ein polnischer Soldat", "Der 21-jährige Mateusz Sitek"]),
        entity("Dubicze Cerkiewne", "LOC", "POL", ["dem Dorf Dubicze Cerkiewne"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "er"]),
        entity("Poland", "GPE", "POL", ["Polen", "Die Regierung", "der Regierung"]),
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Władysław Kosiniak-Kamysz", "PER", "POL", ["Verteidigungsminister Władysław Kosiniak-Kamysz"]),
        entity("Podlaskie", "LOC", "POL", ["die Region Podlachien"]),
        entity("Polish Military Gendarmerie", "ORG", "POL", ["die Militärpolizei"]),
        entity("Andrzej Duda", "PER", "POL", ["Präsident Andrzej Duda"]),
        entity("Polish military prosecutors", "ORG", "POL", ["die Militärstaatsanwaltschaft"]),
        entity("Law and Justice", "ORG", "POL", ["Die oppositionelle PiS"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Polish Border Guard", "ORG", "POL", ["der Grenzschutz"]),
    ],
}

# ---------------------------------------------------------------- hm178-de-02
R1 = ("Russische Spezialkräfte haben am Sonntag eine Geiselnahme in einem Untersuchungsgefängnis in Rostow am "
      "Don gewaltsam beendet.")
R2 = ("Sechs Häftlinge hatten am Morgen zwei Wärter in ihre Gewalt gebracht und sich in einem Gebäude der "
      "Anstalt verschanzt.")
R3 = ("Die Polizei sperrte die umliegenden Straßen ab, die Nationalgarde zog gepanzerte Fahrzeuge vor dem "
      "Gefängnis zusammen.")
R4 = ("In einem Video, das die Geiselnehmer im Internet verbreiteten, forderten sie freies Geleit und "
      "bezeichneten sich als Anhänger der Terrormiliz Islamischer Staat (IS).")
R5 = ("Alle Geiselnehmer seien bei dem Zugriff getötet worden, die beiden Wärter hätten befreit werden "
      "können, teilte der Strafvollzugsdienst FSIN mit.")
R6 = "Ein Sprecher sagte: „Die Geiseln sind am Leben und in Sicherheit.“"
R7 = "Das Ermittlungskomitee leitete ein Strafverfahren wegen Geiselnahme und versuchten Mordes ein."
R8 = ("Kremlsprecher Dmitri Peskow lobte den Einsatz der Sicherheitskräfte und sagte, Präsident Wladimir "
      "Putin sei fortlaufend unterrichtet worden.")
R9 = ("Im März waren bei einem Anschlag auf die Konzerthalle Crocus City Hall bei Moskau mehr als 140 "
      "Menschen getötet worden.")
R10 = ("Mehrere Abgeordnete der Staatsduma forderten nach der Geiselnahme erneut, die Todesstrafe für "
       "Terroristen wieder einzuführen.")
R11 = "Die Regierung in Kiew wies jede Verbindung zu der Geiselnahme zurück."

DE02 = {
    "id": "hm178-de-02", "lang": "de", "url": None, "published": "2024-06-16",
    "title": "Geiselnahme in Gefängnis in Rostow am Don gewaltsam beendet",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6, R7], [R8, R9, R10, R11]),
    "events": [
        event("ASSAULT", RUS_SPECIAL_FORCES, HOSTAGE_TAKERS, R1, mode="firearms", date="2024-06-16",
              location="Rostov-on-Don", location_country="RUS"),
        event("ASSAULT", HOSTAGE_TAKERS, PRISON_GUARDS, R2, mode="abduct", date="2024-06-16",
              location="Rostov-on-Don", location_country="RUS"),
        event("COERCE", RUS_POLICE, None, R3, mode="restrict", date="2024-06-16", location="Rostov-on-Don",
              location_country="RUS"),
        event("MOBILIZE", ROSGVARDIA, None, R3, mode="police", date="2024-06-16", location="Rostov-on-Don",
              location_country="RUS"),
        event("REQUEST", HOSTAGE_TAKERS, RUSSIA, R4, mode="yield"),
        event("ASSAULT", RUS_SPECIAL_FORCES, HOSTAGE_TAKERS, R5, mode="firearms", date="2024-06-16",
              location="Rostov-on-Don", location_country="RUS"),
        event("AID", RUS_SPECIAL_FORCES, PRISON_GUARDS, R5, date="2024-06-16", location="Rostov-on-Don",
              location_country="RUS"),
        event("ACCUSE", INVESTIGATIVE_COMMITTEE, HOSTAGE_TAKERS, R7, mode="investigate"),
        event("SUPPORT", PESKOV, RUS_SPECIAL_FORCES, R8),
        event("REQUEST", DUMA_DEPUTIES, None, R10, mode="change"),
    ],
    "quotes": [
        quote("Alle Geiselnehmer seien bei dem Zugriff getötet worden, die beiden Wärter hätten befreit werden "
              "können", "Federal Penitentiary Service of Russia", "indirect"),
        quote("Die Geiseln sind am Leben und in Sicherheit", "Federal Penitentiary Service of Russia", "direct"),
        quote("Präsident Wladimir Putin sei fortlaufend unterrichtet worden", "Dmitry Peskov", "indirect"),
        quote("die Todesstrafe für Terroristen wieder einzuführen", "State Duma deputies", "indirect"),
    ],
    "entities": [
        entity("Russian special forces", "ORG", "RUS", ["Russische Spezialkräfte", "der Sicherheitskräfte"]),
        entity("Rostov-on-Don", "LOC", "RUS", ["Rostow am Don"]),
        entity("Rostov-on-Don remand prison", "LOC", "RUS",
               ["einem Untersuchungsgefängnis in Rostow am Don", "der Anstalt", "dem Gefängnis"]),
        entity("hostage-takers in the Rostov-on-Don remand prison", "ORG", "RUS",
               ["Sechs Häftlinge", "die Geiselnehmer", "sie", "Alle Geiselnehmer"]),
        entity("Rostov-on-Don prison guards", "ORG", "RUS", ["zwei Wärter", "die beiden Wärter", "Die Geiseln"]),
        entity("Russian police", "ORG", "RUS", ["Die Polizei"]),
        entity("Rosgvardia", "ORG", "RUS", ["die Nationalgarde"]),
        entity("Islamic State", "ORG", None, ["der Terrormiliz Islamischer Staat (IS)"]),
        entity("Federal Penitentiary Service of Russia", "ORG", "RUS", ["der Strafvollzugsdienst FSIN",
                                                                        "Ein Sprecher"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Das Ermittlungskomitee"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin"]),
        entity("Crocus City Hall", "LOC", "RUS", ["die Konzerthalle Crocus City Hall"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("State Duma", "ORG", "RUS", ["der Staatsduma"]),
        entity("Ukraine", "GPE", "UKR", ["Die Regierung in Kiew"]),
    ],
}

# ---------------------------------------------------------------- hm178-de-03
S1 = ("Frankreichs früherer Präsident Nicolas Sarkozy hat am Dienstag eine fünfjährige Haftstrafe im "
      "Pariser Gefängnis La Santé angetreten.")
S2 = ("Ein Pariser Strafgericht hatte den 70-Jährigen im September wegen Bildung einer kriminellen "
      "Vereinigung im Zusammenhang mit mutmaßlichen Wahlkampfgeldern aus Libyen verurteilt.")
S3 = ("„Es ist nicht ein früherer Präsident, den man an diesem Morgen einsperrt, es ist ein Unschuldiger“, "
      "schrieb Sarkozy kurz vor seiner Ankunft auf der Plattform X.")
S4 = "Vor seinem Haus im 16. Arrondissement protestierten mehrere Hundert Anhänger gegen das Urteil."
S5 = "Präsident Emmanuel Macron hatte seinen Vorgänger bereits am Freitag im Élysée-Palast empfangen."
S6 = "Justizminister Gérald Darmanin kündigte an, Sarkozy in der Haft besuchen zu wollen."
S7 = ("Die Richtergewerkschaft USM warf dem Minister einen „Angriff auf die Unabhängigkeit der Justiz“ "
      "vor.")
S8 = ("Der oberste Staatsanwalt des Landes, Rémy Heitz, warnte, ein solcher Besuch könne die "
      "Unparteilichkeit der Richter beeinträchtigen.")
S9 = "Sarkozys Anwälte beantragten noch am Dienstag seine Freilassung bis zum Berufungsprozess."
S10 = "Das Berufungsgericht muss innerhalb von zwei Monaten über den Antrag entscheiden."
S11 = ("Die Fraktionschefin des Rassemblement National, Marine Le Pen, nannte die sofortige Inhaftierung "
       "eine „große Gefahr“ für den Rechtsstaat.")
S12 = ("Sarkozy ist der erste frühere Staatschef der Fünften Republik, der eine Haftstrafe hinter Gittern "
       "verbüßt.")

DE03 = {
    "id": "hm178-de-03", "lang": "de", "url": None, "published": "2025-10-21",
    "title": "Sarkozy tritt Haftstrafe im Pariser Gefängnis La Santé an",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10, S11, S12]),
    "events": [
        event("COERCE", PARIS_COURT, SARKOZY, S1, mode="arrest", date="2025-10-21", location="Paris",
              location_country="FRA"),
        event("SANCTION", PARIS_COURT, SARKOZY, S2, mode="convict"),
        event("PROTEST", SARKOZY_SUPPORTERS, PARIS_COURT, S4, mode="demo", location="Paris",
              location_country="FRA"),
        event("CONSULT", SARKOZY, MACRON, S5, mode="visit", date="2025-10-17", location="Paris",
              location_country="FRA"),
        event("AGREE", DARMANIN, SARKOZY, S6),
        event("ACCUSE", USM, DARMANIN, S7, mode="disapprove"),
        event("ACCUSE", HEITZ, DARMANIN, S8, mode="disapprove"),
        event("REQUEST", SARKOZY_LAWYERS, PARIS_APPEAL_COURT, S9, mode="yield", date="2025-10-21"),
        event("ACCUSE", LE_PEN, PARIS_COURT, S11, mode="disapprove"),
    ],
    "quotes": [
        quote("Es ist nicht ein früherer Präsident, den man an diesem Morgen einsperrt, es ist ein Unschuldiger",
              "Nicolas Sarkozy", "direct"),
        quote("Sarkozy in der Haft besuchen zu wollen", "Gérald Darmanin", "indirect"),
        quote("Angriff auf die Unabhängigkeit der Justiz", "Union syndicale des magistrats", "direct"),
        quote("ein solcher Besuch könne die Unparteilichkeit der Richter beeinträchtigen", "Rémy Heitz",
              "indirect"),
        quote("große Gefahr", "Marine Le Pen", "direct"),
    ],
    "entities": [
        entity("Nicolas Sarkozy", "PER", "FRA", ["Frankreichs früherer Präsident Nicolas Sarkozy",
                                                 "den 70-Jährigen", "Sarkozy", "seinem", "seinen Vorgänger",
                                                 "Sarkozys", "seiner"]),
        entity("France", "GPE", "FRA", ["Frankreichs", "des Landes"]),
        entity("La Santé prison", "LOC", "FRA", ["Pariser Gefängnis La Santé"]),
        entity("Paris Criminal Court", "ORG", "FRA", ["Ein Pariser Strafgericht"]),
        entity("Libya", "GPE", "LBY", ["Libyen"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("supporters of Nicolas Sarkozy", "ORG", "FRA", ["mehrere Hundert Anhänger"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("Élysée Palace", "LOC", "FRA", ["Élysée-Palast"]),
        entity("Gérald Darmanin", "PER", "FRA", ["Justizminister Gérald Darmanin", "dem Minister"]),
        entity("Union syndicale des magistrats", "ORG", "FRA", ["Die Richtergewerkschaft USM"]),
        entity("Rémy Heitz", "PER", "FRA", ["Der oberste Staatsanwalt des Landes, Rémy Heitz"]),
        entity("lawyers of Nicolas Sarkozy", "ORG", "FRA", ["Sarkozys Anwälte"]),
        entity("Paris Court of Appeal", "ORG", "FRA", ["Das Berufungsgericht"]),
        entity("Rassemblement National", "ORG", "FRA", ["des Rassemblement National"]),
        entity("Marine Le Pen", "PER", "FRA", ["Die Fraktionschefin des Rassemblement National, Marine Le Pen"]),
    ],
}

# ---------------------------------------------------------------- hm178-de-04
Y1 = ("Der Leiter des ukrainischen Präsidialamts, Andrij Jermak, ist nach einer Durchsuchung seiner Wohnung "
      "durch Korruptionsermittler zurückgetreten.")
Y2 = ("Präsident Wolodymyr Selenskyj sagte am Freitagabend in einer Videobotschaft, Jermak habe ein "
      "Rücktrittsgesuch eingereicht.")
Y3 = ("Am Morgen hatten Beamte des Antikorruptionsbüros NABU und der Sonderstaatsanwaltschaft SAP seine "
      "Räume im Kiewer Regierungsviertel durchsucht.")
Y4 = "Anklage wurde gegen Jermak bislang nicht erhoben."
Y5 = ("Die Ermittlungen drehen sich um ein mutmaßliches Schmiergeldsystem beim staatlichen Atomkonzern "
      "Energoatom.")
Y6 = ("Das NABU wirft einem früheren Geschäftspartner Selenskyjs, Tymur Minditsch, vor, das System "
      "gesteuert zu haben.")
Y7 = ("Wegen der Affäre waren bereits Justizminister Herman Haluschtschenko und Energieministerin Switlana "
      "Hryntschuk zurückgetreten.")
Y8 = "Oppositionsabgeordnete hatten seit Tagen Jermaks Entlassung gefordert."
Y9 = "Ex-Präsident Petro Poroschenko warf Selenskyj vor, viel zu spät gehandelt zu haben."
Y10 = ("Jermak hatte zuletzt die ukrainische Delegation bei Gesprächen mit US-Außenminister Marco Rubio über "
       "einen Friedensplan in Genf geleitet.")
Y11 = "Die Verhandlungen mit Washington soll nun Sicherheitsratschef Rustem Umjerow führen."
Y12 = ("Die EU-Kommission lobte die Arbeit der Ermittler und forderte Kiew auf, die Unabhängigkeit der "
       "Antikorruptionsbehörden zu wahren.")

DE04 = {
    "id": "hm178-de-04", "lang": "de", "url": None, "published": "2025-11-28",
    "title": "Selenskyjs Stabschef Jermak tritt nach Razzia zurück",
    "text": paragraphs([Y1, Y2, Y3, Y4], [Y5, Y6, Y7, Y8, Y9], [Y10, Y11, Y12]),
    "events": [
        event("RETREAT", YERMAK, None, Y1, mode="resign", date="2025-11-28"),
        event("COERCE", NABU, YERMAK, Y1, mode="seize", date="2025-11-28", location="Kyiv",
              location_country="UKR"),
        event("RETREAT", YERMAK, None, Y2, mode="resign", date="2025-11-28"),
        event("COERCE", NABU, YERMAK, Y3, mode="seize", date="2025-11-28", location="Kyiv",
              location_country="UKR"),
        event("COERCE", SAP, YERMAK, Y3, mode="seize", date="2025-11-28", location="Kyiv",
              location_country="UKR"),
        event("ACCUSE", SAP, YERMAK, Y4, mode="allege", negated=True),
        event("ACCUSE", NABU, MINDICH, Y6, mode="allege"),
        event("RETREAT", HALUSHCHENKO, None, Y7, mode="resign"),
        event("RETREAT", HRYNCHUK, None, Y7, mode="resign"),
        event("REQUEST", UKR_OPPOSITION, ZELENSKY, Y8, mode="change"),
        event("ACCUSE", POROSHENKO, ZELENSKY, Y9, mode="disapprove"),
        event("CONSULT", YERMAK, RUBIO, Y10, location="Geneva", location_country="CHE"),
        event("SUPPORT", EU_COMMISSION, NABU, Y12),
        event("REQUEST", EU_COMMISSION, UKRAINE, Y12, mode="change"),
    ],
    "quotes": [
        quote("Jermak habe ein Rücktrittsgesuch eingereicht", "Volodymyr Zelensky", "indirect"),
        quote("das System gesteuert zu haben", "National Anti-Corruption Bureau of Ukraine", "indirect"),
        quote("viel zu spät gehandelt zu haben", "Petro Poroshenko", "indirect"),
        quote("die Unabhängigkeit der Antikorruptionsbehörden zu wahren", "European Commission", "indirect"),
    ],
    "entities": [
        entity("Andriy Yermak", "PER", "UKR", ["Der Leiter des ukrainischen Präsidialamts, Andrij Jermak",
                                               "Jermak", "seiner", "seine", "Jermaks"]),
        entity("Office of the President of Ukraine", "ORG", "UKR", ["des ukrainischen Präsidialamts"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyjs",
                                                    "Selenskyj"]),
        entity("National Anti-Corruption Bureau of Ukraine", "ORG", "UKR",
               ["des Antikorruptionsbüros NABU", "Das NABU", "Korruptionsermittler", "der Ermittler"]),
        entity("Specialized Anti-Corruption Prosecutor's Office", "ORG", "UKR", ["der Sonderstaatsanwaltschaft SAP"]),
        entity("Kyiv", "LOC", "UKR", ["Kiewer"]),
        entity("Energoatom", "ORG", "UKR", ["staatlichen Atomkonzern Energoatom"]),
        entity("Tymur Mindich", "PER", "UKR", ["einem früheren Geschäftspartner Selenskyjs, Tymur Minditsch"]),
        entity("Herman Halushchenko", "PER", "UKR", ["Justizminister Herman Haluschtschenko"]),
        entity("Svitlana Hrynchuk", "PER", "UKR", ["Energieministerin Switlana Hryntschuk"]),
        entity("Ukrainian opposition lawmakers", "ORG", "UKR", ["Oppositionsabgeordnete"]),
        entity("Petro Poroshenko", "PER", "UKR", ["Ex-Präsident Petro Poroschenko"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Rustem Umerov", "PER", "UKR", ["Sicherheitsratschef Rustem Umjerow"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Ukraine", "GPE", "UKR", ["Kiew"]),
    ],
}

# ---------------------------------------------------------------- hm178-en-01
U1 = ("Carlos Manzo, the mayor of the western Mexican city of Uruapan, was shot dead on Saturday night "
      "during a Day of the Dead festival in the city's main square.")
U2 = "His bodyguards shot the gunman dead at the scene, and police detained two other suspects."
U3 = "“This crime,” President Claudia Sheinbaum said on Sunday, “will not go unpunished.”"
U4 = ("Manzo, an independent who took office last year, had repeatedly urged the federal government to send "
      "more troops to fight the cartels that extort avocado and lime growers.")
U5 = ("On Sunday, thousands of people marched in the state capital Morelia, and some protesters forced their "
      "way into the government palace, smashing doors and windows.")
U6 = "Riot police used tear gas to push them back."
U7 = ("Protesters accused Governor Alfredo Ramírez Bedolla of handing the region to organized crime and "
      "demanded his resignation.")
U8 = ("Sheinbaum ordered additional army and National Guard troops to Michoacán and said she would present "
      "a security plan for the state on Tuesday.")
U9 = ("Ramírez Bedolla rejected calls to step down, saying his government was working closely with federal "
      "forces.")
U10 = "The opposition National Action Party (PAN) blamed Sheinbaum's Morena party for the violence in the state."
U11 = "Manzo's widow, Grecia Quiroz, said she would take over as mayor to continue his fight."
U12 = "More than a dozen mayors have been killed in Mexico since Sheinbaum took office in October 2024."

EN01 = {
    "id": "hm178-en-01", "lang": "en", "url": None, "published": "2025-11-03",
    "title": "Killing of Mexican mayor sparks storming of Michoacan government palace",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7, U8], [U9, U10, U11, U12]),
    "events": [
        event("ASSAULT", GUNMAN, MANZO, U1, mode="assassinate", date="2025-11-01", location="Uruapan",
              location_country="MEX"),
        event("ASSAULT", BODYGUARDS, GUNMAN, U2, mode="firearms", date="2025-11-01", location="Uruapan",
              location_country="MEX"),
        event("COERCE", MEX_POLICE, SUSPECTS, U2, mode="arrest"),
        event("ACCUSE", SHEINBAUM, GUNMAN, U3, mode="disapprove", date="2025-11-02"),
        event("REQUEST", MANZO, MEXICO, U4, mode="assist"),
        event("PROTEST", MORELIA_PROTESTERS, RAMIREZ_BEDOLLA, U5, mode="demo", date="2025-11-02",
              location="Morelia", location_country="MEX"),
        event("PROTEST", MORELIA_PROTESTERS, RAMIREZ_BEDOLLA, U5, mode="riot", date="2025-11-02",
              location="Morelia", location_country="MEX"),
        event("ASSAULT", MICHOACAN_POLICE, MORELIA_PROTESTERS, U6, mode="crowd-control", date="2025-11-02",
              location="Morelia", location_country="MEX"),
        event("ACCUSE", MORELIA_PROTESTERS, RAMIREZ_BEDOLLA, U7, mode="disapprove"),
        event("REQUEST", MORELIA_PROTESTERS, RAMIREZ_BEDOLLA, U7, mode="change"),
        event("MOBILIZE", SHEINBAUM, None, U8, mode="troops", location="Michoacán", location_country="MEX"),
        event("REJECT", RAMIREZ_BEDOLLA, MORELIA_PROTESTERS, U9, mode="change"),
        event("ACCUSE", PAN, MORENA, U10, mode="disapprove"),
    ],
    "quotes": [
        quote("This crime", "Claudia Sheinbaum", "direct"),
        quote("will not go unpunished", "Claudia Sheinbaum", "direct"),
        quote("his government was working closely with federal forces", "Alfredo Ramírez Bedolla", "indirect"),
        quote("she would take over as mayor to continue his fight", "Grecia Quiroz", "indirect"),
    ],
    "entities": [
        entity("Carlos Manzo", "PER", "MEX", ["Carlos Manzo, the mayor of the western Mexican city of Uruapan",
                                              "His", "Manzo", "Manzo's"]),
        entity("Uruapan", "LOC", "MEX", ["the western Mexican city of Uruapan"]),
        entity("Uruapan gunman", "PER", "MEX", ["the gunman"]),
        entity("bodyguards of Carlos Manzo", "ORG", "MEX", ["His bodyguards"]),
        entity("Mexican police", "ORG", "MEX", ["police"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "Sheinbaum", "Sheinbaum's",
                                                   "she"]),
        entity("Mexico", "GPE", "MEX", ["the federal government", "Mexico"]),
        entity("Morelia", "LOC", "MEX", ["the state capital Morelia"]),
        entity("Morelia protesters", "ORG", "MEX", ["thousands of people", "some protesters", "them",
                                                    "Protesters"]),
        entity("Michoacán state police", "ORG", "MEX", ["Riot police"]),
        entity("Alfredo Ramírez Bedolla", "PER", "MEX", ["Governor Alfredo Ramírez Bedolla", "Ramírez Bedolla"]),
        entity("Michoacán", "LOC", "MEX", ["Michoacán", "the state"]),
        entity("Mexican Army", "ORG", "MEX", ["army"]),
        entity("National Guard", "ORG", "MEX", ["National Guard"]),
        entity("National Action Party", "ORG", "MEX", ["The opposition National Action Party (PAN)"]),
        entity("Morena", "ORG", "MEX", ["Sheinbaum's Morena party"]),
        entity("Grecia Quiroz", "PER", "MEX", ["Manzo's widow, Grecia Quiroz"]),
    ],
}

# ---------------------------------------------------------------- hm178-en-02
C1 = ("A federal grand jury in Alexandria, Virginia, indicted former FBI Director James Comey on Thursday on "
      "charges of making a false statement to Congress and obstructing a congressional proceeding.")
C2 = "The grand jury declined to indict him on a third count."
C3 = ("The indictment came days after President Donald Trump publicly urged Attorney General Pam Bondi to "
      "move against Comey and other critics.")
C4 = "“Justice must be served, now,” Trump wrote in a post on Saturday."
C5 = "Comey said in a video posted online that he was innocent and looked forward to a trial."
C6 = "“I'm not afraid,” he said."
C7 = ("The case was brought by Lindsey Halligan, a former personal lawyer to Trump who was installed as the "
      "top federal prosecutor in the Eastern District of Virginia last week.")
C8 = "Her predecessor, Erik Siebert, resigned under pressure from the White House."
C9 = "Trump praised Halligan on social media and called Comey a “dirty cop”."
C10 = "Democrats accused the president of turning the Justice Department into an instrument of personal revenge."
C11 = "Senator Mark Warner of Virginia said Bondi was carrying out a “political vendetta” on Trump's orders."
C12 = "Comey is due to be arraigned on Oct. 9; if convicted, he faces up to five years in prison."

EN02 = {
    "id": "hm178-en-02", "lang": "en", "url": None, "published": "2025-09-26",
    "title": "Former FBI chief Comey indicted after Trump presses attorney general",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9], [C10, C11, C12]),
    "events": [
        event("ACCUSE", GRAND_JURY, COMEY, C1, mode="allege", date="2025-09-25", location="Alexandria",
              location_country="USA"),
        event("ACCUSE", GRAND_JURY, COMEY, C2, mode="allege", date="2025-09-25", negated=True),
        event("REQUEST", TRUMP, BONDI, C3, mode="change"),
        event("REQUEST", TRUMP, BONDI, C4, mode="change", date="2025-09-20"),
        event("ACCUSE", HALLIGAN, COMEY, C7, mode="allege"),
        event("RETREAT", SIEBERT, None, C8, mode="resign"),
        event("SUPPORT", TRUMP, HALLIGAN, C9),
        event("ACCUSE", TRUMP, COMEY, C9, mode="disapprove"),
        event("ACCUSE", DEMOCRATS, TRUMP, C10, mode="disapprove"),
        event("ACCUSE", WARNER, BONDI, C11, mode="allege"),
    ],
    "quotes": [
        quote("Justice must be served, now", "Donald Trump", "direct"),
        quote("that he was innocent and looked forward to a trial", "James Comey", "indirect"),
        quote("I'm not afraid", "James Comey", "direct"),
        quote("dirty cop", "Donald Trump", "direct"),
        quote("Bondi was carrying out a “political vendetta” on Trump's orders", "Mark Warner", "indirect"),
        quote("political vendetta", "Mark Warner", "direct"),
    ],
    "entities": [
        entity("federal grand jury in Alexandria", "ORG", "USA", ["A federal grand jury in Alexandria, Virginia",
                                                                  "The grand jury"]),
        entity("Alexandria", "LOC", "USA", ["Alexandria"]),
        entity("Virginia", "LOC", "USA", ["Virginia"]),
        entity("James Comey", "PER", "USA", ["former FBI Director James Comey", "him", "Comey", "he"]),
        entity("FBI", "ORG", "USA", ["FBI"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "the president", "Trump's"]),
        entity("Pam Bondi", "PER", "USA", ["Attorney General Pam Bondi", "Bondi"]),
        entity("Lindsey Halligan", "PER", "USA", ["Lindsey Halligan", "Her", "Halligan"]),
        entity("Erik Siebert", "PER", "USA", ["Her predecessor, Erik Siebert"]),
        entity("White House", "ORG", "USA", ["the White House"]),
        entity("Democratic Party", "ORG", "USA", ["Democrats"]),
        entity("United States Department of Justice", "ORG", "USA", ["the Justice Department"]),
        entity("Mark Warner", "PER", "USA", ["Senator Mark Warner of Virginia"]),
        entity("Eastern District of Virginia", "LOC", "USA", ["the Eastern District of Virginia"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
