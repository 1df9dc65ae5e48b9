"""Round 402: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm402-de-01: Colombia/Peru: Petro, at the Boyacá anniversary in Leticia, refuses to recognise Peru's sovereignty over Santa Rosa island and accuses Lima of annexation; Peru's protest note, Schialer's accusation, navy reinforced, Villavicencio's commission offer rejected, residents protest, no Colombian troops moved, the 1934 Rio protocol recalled (2025-08-08).
- hm402-de-02: Spain/Argentina: Madrid withdraws its ambassador from Buenos Aires for good after Milei calls Begoña Gómez corrupt at a Vox rally; Sánchez demands an apology, Bosch summoned, Adorni refuses and demands one in return, Puente's earlier jibe, the court inquiry into Gómez, Feijóo and Abascal react, Albares rules out a break or sanctions (2024-05-21).
- hm402-de-03: Cuba/Russia: Cuban authorities arrest 17 people over a network recruiting Cubans for the Russian army; prosecutors investigate, Bruno Rodríguez warns, Koronelli denies trafficking and speaks of joint investigation, recruits' video, Kyiv's demand, dissidents accuse Havana, the oil pledge and Díaz-Canel's Moscow visit recalled (2023-09-09).
- hm402-de-04: Paraguay/China: Asunción expels Chinese diplomat Xu Wei for lobbying lawmakers during a UNESCO meeting to drop Taiwan; Beijing protests and Lin Jian denies and demands a switch, Lin Chia-lung thanks Paraguay, Peña's pledge, exporters' pressure, opposition senators demand a hearing and Ramírez agrees (2024-12-04).
- hm402-en-01: Brazil: Federal Police search Carlos Bolsonaro's properties in the "parallel Abin" spying probe on Moraes' order; FirstMile suspicions, Ramagem searched, officers removed, Jair Bolsonaro cries persecution and denies, Flávio attacks Moraes, Lula accuses, Abin pledges cooperation, the electoral ban recalled (2024-01-29).
- hm402-en-02: Nicaragua: Managua quits UNESCO after La Prensa wins the press freedom prize; Murillo and Jaentschke attack the agency, programs suspended, Azoulay regrets, the 2021 raid, Holmann's arrest, conviction and expulsion recalled, RSF and the State Department object, the UNHRC withdrawal recalled (2025-05-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm402-de-01 (Colombia/Peru, Santa Rosa island)
PETRO = actor("Gustavo Petro", "COL", "GOV")
PER_GOV = actor("Government of Peru", "PER", "GOV")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
PER_FM = actor("Ministry of Foreign Affairs of Peru", "PER", "GOV")
SCHIALER = actor("Elmer Schialer", "PER", "GOV")
PER_NAVY = actor("Peruvian Navy", "PER", "MIL")
VILLAVICENCIO = actor("Rosa Villavicencio", "COL", "GOV")
COL_OPP = actor("Colombian opposition politicians", "COL", "OPP")
SANTA_ROSA_RESIDENTS = actor("residents of Santa Rosa", "PER", "CVL")
COL_ARMY = actor("National Army of Colombia", "COL", "MIL")

P1 = ("Leticia (dpa) - Im Grenzstreit um eine Flussinsel im Amazonas hat Kolumbiens Präsident Gustavo Petro dem "
      "Nachbarland Peru erneut vorgeworfen, sich kolumbianisches Gebiet anzueignen.")
P2 = ("Kolumbien erkenne die peruanische Souveränität über die Insel Santa Rosa nicht an, sagte Petro am Donnerstag "
      "bei einer Gedenkfeier zum Jahrestag der Schlacht von Boyacá in der Grenzstadt Leticia.")
P3 = "„Kolumbien wird nicht zulassen, dass man uns den Zugang zum Amazonas nimmt“, fügte der Staatschef hinzu."
P4 = ("Hintergrund ist ein im Juni verabschiedetes peruanisches Gesetz, das auf der umstrittenen Insel einen neuen "
      "Distrikt namens Santa Rosa de Loreto schafft.")
P5 = ("Die Insel ist erst im vergangenen Jahrhundert durch Ablagerungen im Fluss entstanden und wird von rund 3.000 "
      "Menschen bewohnt.")
P6 = ("Das peruanische Außenministerium protestierte mit einer diplomatischen Note bei der kolumbianischen Regierung "
      "gegen die Äußerungen.")
P7 = ("Die Souveränität Perus über Santa Rosa sei durch den Grenzvertrag von 1922 gesichert und nicht verhandelbar, "
      "hieß es darin.")
P8 = ("Außenminister Elmer Schialer warf Petro vor, mit dem Streit von innenpolitischen Problemen vor der "
      "Präsidentenwahl 2026 ablenken zu wollen.")
P9 = ("Die peruanische Marine verstärkte nach Angaben des Verteidigungsministeriums ihre Präsenz auf dem Amazonas "
      "rund um die Insel.")
P10 = ("Petro hatte den Streit Anfang der Woche mit einem Beitrag auf der Plattform X ausgelöst, in dem er Lima die "
       "„Annexion“ der Insel vorwarf.")
P11 = ("Die kolumbianische Außenministerin Rosa Villavicencio schlug anschließend vor, eine binationale Kommission "
       "solle den Verlauf des Flusses neu vermessen.")
P12 = "Lima lehnte dies ab."
P13 = "Kolumbianische Oppositionspolitiker kritisierten Petros Auftritt in Leticia als Wahlkampfmanöver."
P14 = ("In Santa Rosa demonstrierten am Donnerstag mehrere Hundert Bewohner mit peruanischen Fahnen gegen die "
       "Ansprüche Bogotás.")
P15 = "Kolumbien hat bislang keine zusätzlichen Soldaten in das Grenzgebiet verlegt."
P16 = ("Beide Länder hatten sich 1934 nach einem kurzen Krieg im Protokoll von Rio de Janeiro auf den heutigen "
       "Grenzverlauf verständigt.")

DE01 = {
    "id": "hm402-de-01", "lang": "de", "url": None, "published": "2025-08-08",
    "title": "Petro erneuert Anspruch auf Amazonas-Insel Santa Rosa",
    "text": paragraphs([P1, P2, P3, P4, P5], [P6, P7, P8, P9], [P10, P11, P12, P13], [P14, P15, P16]),
    "events": [
        event("ACCUSE", PETRO, PER_GOV, P1, mode="allege"),
        event("REJECT", PETRO, PER_GOV, P2, date="2025-08-07", location="Leticia", location_country="COL"),
        event("THREATEN", PETRO, PER_GOV, P3),
        event("ACCUSE", PER_FM, COL_GOV, P6, mode="disapprove"),
        event("ACCUSE", SCHIALER, PETRO, P8, mode="disapprove"),
        event("MOBILIZE", PER_NAVY, None, P9, mode="troops", location="Santa Rosa", location_country="PER"),
        event("ACCUSE", PETRO, PER_GOV, P10, mode="allege"),
        event("AGREE", VILLAVICENCIO, PER_GOV, P11),
        event("REJECT", PER_GOV, VILLAVICENCIO, P12),
        event("ACCUSE", COL_OPP, PETRO, P13, mode="disapprove"),
        event("PROTEST", SANTA_ROSA_RESIDENTS, COL_GOV, P14, mode="demo", date="2025-08-07", location="Santa Rosa",
              location_country="PER"),
        event("MOBILIZE", COL_ARMY, None, P15, mode="troops", negated=True),
        event("AGREE", COL_GOV, PER_GOV, P16),
    ],
    "quotes": [
        quote("sich kolumbianisches Gebiet anzueignen", "Gustavo Petro", "indirect"),
        quote("Kolumbien erkenne die peruanische Souveränität über die Insel Santa Rosa nicht an", "Gustavo Petro",
              "indirect"),
        quote("Kolumbien wird nicht zulassen, dass man uns den Zugang zum Amazonas nimmt", "Gustavo Petro", "direct"),
        quote("Die Souveränität Perus über Santa Rosa sei durch den Grenzvertrag von 1922 gesichert und nicht "
              "verhandelbar", "Ministry of Foreign Affairs of Peru", "indirect"),
        quote("mit dem Streit von innenpolitischen Problemen vor der Präsidentenwahl 2026 ablenken zu wollen",
              "Elmer Schialer", "indirect"),
        quote("Die peruanische Marine verstärkte nach Angaben des Verteidigungsministeriums ihre Präsenz auf dem "
              "Amazonas rund um die Insel", "Ministry of Defense of Peru", "indirect"),
        quote("Annexion", "Gustavo Petro", "direct"),
        quote("eine binationale Kommission solle den Verlauf des Flusses neu vermessen", "Rosa Villavicencio",
              "indirect"),
    ],
    "entities": [
        entity("Leticia", "LOC", "COL", ["Leticia", "der Grenzstadt Leticia"]),
        entity("Amazon River", "LOC", None, ["im Amazonas", "zum Amazonas", "dem Amazonas", "im Fluss",
                                             "des Flusses"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens", "Kolumbien"]),
        entity("Gustavo Petro", "PER", "COL", ["Kolumbiens Präsident Gustavo Petro", "Petro", "der Staatschef", "er",
                                               "Petros"]),
        entity("Peru", "LOC", "PER", ["dem Nachbarland Peru", "Perus"]),
        entity("Santa Rosa", "LOC", "PER", ["eine Flussinsel", "die Insel Santa Rosa", "der umstrittenen Insel",
                                            "Die Insel", "Santa Rosa", "der Insel", "die Insel"]),
        entity("Santa Rosa de Loreto District", "LOC", "PER", ["einen neuen Distrikt namens Santa Rosa de Loreto"]),
        entity("Battle of Boyacá", "MISC", "COL", ["der Schlacht von Boyacá"]),
        entity("Ministry of Foreign Affairs of Peru", "ORG", "PER", ["Das peruanische Außenministerium"]),
        entity("Government of Colombia", "ORG", "COL", ["Kolumbien", "der kolumbianischen Regierung", "Bogotás"]),
        entity("Salomón-Lozano Treaty", "MISC", None, ["den Grenzvertrag von 1922"]),
        entity("Elmer Schialer", "PER", "PER", ["Außenminister Elmer Schialer"]),
        entity("Peruvian Navy", "ORG", "PER", ["Die peruanische Marine"]),
        entity("Ministry of Defense of Peru", "ORG", "PER", ["des Verteidigungsministeriums"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Government of Peru", "ORG", "PER", ["Lima"]),
        entity("Rosa Villavicencio", "PER", "COL", ["Die kolumbianische Außenministerin Rosa Villavicencio"]),
        entity("Colombian opposition politicians", "ORG", "COL", ["Kolumbianische Oppositionspolitiker"]),
        entity("residents of Santa Rosa", "PER", "PER", ["mehrere Hundert Bewohner"]),
        entity("National Army of Colombia", "ORG", "COL", ["keine zusätzlichen Soldaten"]),
        entity("Rio Protocol (1934)", "MISC", None, ["im Protokoll von Rio de Janeiro"]),
    ],
}

# ---------------------------------------------------------------- hm402-de-02 (Spain/Argentina, Milei insult row)
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
MILEI = actor("Javier Milei", "ARG", "GOV")
BEGONA = actor("Begoña Gómez", "ESP", "CVL")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
ESP_FM = actor("Ministry of Foreign Affairs of Spain", "ESP", "GOV")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
PUENTE = actor("Óscar Puente", "ESP", "GOV")
MILEI_OFFICE = actor("Office of the President of Argentina", "ARG", "GOV")
MADRID_COURT = actor("Madrid court", "ESP", "JUD")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")
ABASCAL = actor("Santiago Abascal", "ESP", "PTY")

S1 = ("Madrid (dpa) - Im Streit über Äußerungen des argentinischen Präsidenten Javier Milei hat Spanien seine "
      "Botschafterin in Buenos Aires endgültig abberufen.")
S2 = ("María Jesús Alonso werde nicht auf ihren Posten zurückkehren, teilte Außenminister José Manuel Albares am "
      "Dienstag in Madrid mit.")
S3 = "Milei habe sich nicht entschuldigt, obwohl die Regierung ihm dafür ausreichend Zeit gegeben habe, sagte Albares."
S4 = ("Der ultraliberale Staatschef hatte am Sonntag bei einer Veranstaltung der rechtspopulistischen Partei Vox in "
      "Madrid die Ehefrau von Ministerpräsident Pedro Sánchez, Begoña Gómez, als „korrupt“ bezeichnet.")
S5 = "Sánchez verlangte daraufhin eine öffentliche Entschuldigung."
S6 = "Das Außenministerium bestellte zudem den argentinischen Botschafter Roberto Bosch ein."
S7 = "Präsidentensprecher Manuel Adorni erklärte in Buenos Aires, Milei werde sich nicht entschuldigen."
S8 = ("Vielmehr schulde Sánchez dem argentinischen Präsidenten eine Entschuldigung, weil Mitglieder seiner Regierung "
      "Milei zuvor beleidigt hätten.")
S9 = ("Tatsächlich hatte Verkehrsminister Óscar Puente dem Argentinier Anfang Mai unterstellt, „Substanzen“ zu "
      "konsumieren.")
S10 = ("Mileis Büro warf der spanischen Regierung in einer Erklärung vor, mit dem Streit von Korruptionsvorwürfen im "
       "Umfeld des Regierungschefs abzulenken.")
S11 = "Gegen Gómez ermittelt ein Madrider Gericht wegen des Verdachts der Einflussnahme."
S12 = "Sie bestreitet die Vorwürfe."
S13 = ("Der Chef der konservativen Volkspartei PP, Alberto Núñez Feijóo, warf Sánchez vor, den Streit für den "
       "Europawahlkampf auszunutzen.")
S14 = "Vox-Chef Santiago Abascal stellte sich demonstrativ hinter Milei."
S15 = "Einen Abbruch der diplomatischen Beziehungen oder wirtschaftliche Strafmaßnahmen schloss Albares aus."
S16 = ("Spanische Unternehmen wie Telefónica und Santander gehören zu den größten ausländischen Investoren in "
       "Argentinien.")

DE02 = {
    "id": "hm402-de-02", "lang": "de", "url": None, "published": "2024-05-21",
    "title": "Spanien zieht Botschafterin aus Argentinien ab",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9, S10], [S11, S12, S13, S14], [S15, S16]),
    "events": [
        event("SANCTION", ESP_GOV, ARG_GOV, S1, mode="withdraw"),
        event("SANCTION", ALBARES, ARG_GOV, S2, mode="withdraw", date="2024-05-21", location="Madrid",
              location_country="ESP"),
        event("CONCEDE", MILEI, ESP_GOV, S3, negated=True),
        event("ACCUSE", MILEI, BEGONA, S4, mode="allege", date="2024-05-19", location="Madrid",
              location_country="ESP"),
        event("REQUEST", SANCHEZ, MILEI, S5),
        event("ACCUSE", ESP_FM, ARG_GOV, S6, mode="disapprove"),
        event("REJECT", ADORNI, SANCHEZ, S7, location="Buenos Aires", location_country="ARG"),
        event("REQUEST", ADORNI, SANCHEZ, S8),
        event("ACCUSE", ADORNI, ESP_GOV, S8, mode="disapprove"),
        event("ACCUSE", PUENTE, MILEI, S9, mode="allege"),
        event("ACCUSE", MILEI_OFFICE, ESP_GOV, S10, mode="allege"),
        event("ACCUSE", MADRID_COURT, BEGONA, S11, mode="investigate"),
        event("ACCUSE", FEIJOO, SANCHEZ, S13, mode="disapprove"),
        event("SUPPORT", ABASCAL, MILEI, S14),
        event("SANCTION", ALBARES, ARG_GOV, S15, mode="discontinue", negated=True),
    ],
    "quotes": [
        quote("María Jesús Alonso werde nicht auf ihren Posten zurückkehren", "José Manuel Albares", "indirect"),
        quote("Milei habe sich nicht entschuldigt, obwohl die Regierung ihm dafür ausreichend Zeit gegeben habe",
              "José Manuel Albares", "indirect"),
        quote("korrupt", "Javier Milei", "direct"),
        quote("Milei werde sich nicht entschuldigen", "Manuel Adorni", "indirect"),
        quote("Vielmehr schulde Sánchez dem argentinischen Präsidenten eine Entschuldigung, weil Mitglieder seiner "
              "Regierung Milei zuvor beleidigt hätten", "Manuel Adorni", "indirect"),
        quote("Substanzen", "Óscar Puente", "direct"),
        quote("„Substanzen“ zu konsumieren", "Óscar Puente", "indirect"),
        quote("mit dem Streit von Korruptionsvorwürfen im Umfeld des Regierungschefs abzulenken",
              "Office of the President of Argentina", "indirect"),
        quote("den Streit für den Europawahlkampf auszunutzen", "Alberto Núñez Feijóo", "indirect"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Javier Milei", "PER", "ARG", ["des argentinischen Präsidenten Javier Milei", "Milei", "ihm",
                                              "Der ultraliberale Staatschef", "dem argentinischen Präsidenten",
                                              "dem Argentinier", "Mileis"]),
        entity("Government of Spain", "ORG", "ESP", ["Spanien", "die Regierung", "seiner Regierung",
                                                     "der spanischen Regierung"]),
        entity("María Jesús Alonso", "PER", "ESP", ["seine Botschafterin in Buenos Aires", "María Jesús Alonso"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("José Manuel Albares", "PER", "ESP", ["Außenminister José Manuel Albares", "Albares"]),
        entity("Vox", "ORG", "ESP", ["der rechtspopulistischen Partei Vox"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez", "Sánchez", "des Regierungschefs"]),
        entity("Begoña Gómez", "PER", "ESP", ["die Ehefrau von Ministerpräsident Pedro Sánchez, Begoña Gómez", "Gómez",
                                              "Sie"]),
        entity("Ministry of Foreign Affairs of Spain", "ORG", "ESP", ["Das Außenministerium"]),
        entity("Roberto Bosch", "PER", "ARG", ["den argentinischen Botschafter Roberto Bosch"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni"]),
        entity("Óscar Puente", "PER", "ESP", ["Verkehrsminister Óscar Puente"]),
        entity("Office of the President of Argentina", "ORG", "ARG", ["Mileis Büro"]),
        entity("Madrid court", "ORG", "ESP", ["ein Madrider Gericht"]),
        entity("People's Party (Spain)", "ORG", "ESP", ["der konservativen Volkspartei PP"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["Der Chef der konservativen Volkspartei PP, Alberto Núñez "
                                                      "Feijóo"]),
        entity("2024 European Parliament election", "MISC", "EUR", ["den Europawahlkampf"]),
        entity("Santiago Abascal", "PER", "ESP", ["Vox-Chef Santiago Abascal"]),
        entity("Telefónica", "ORG", "ESP", ["Telefónica"]),
        entity("Banco Santander", "ORG", "ESP", ["Santander"]),
        entity("Argentina", "LOC", "ARG", ["Argentinien"]),
    ],
}

# ---------------------------------------------------------------- hm402-de-03 (Cuba/Russia, recruitment network)
CUB_AUTH = actor("Cuban authorities", "CUB", "GOV")
RECRUITERS = actor("recruitment network for the Russian army", "CUB", "CVL")
CUB_MININT = actor("Ministry of the Interior of Cuba", "CUB", "GOV")
CUB_FISCALIA = actor("Attorney General's Office of Cuba", "CUB", "JUD")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
BRUNO = actor("Bruno Rodríguez Parrilla", "CUB", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
CUB_RECRUITS = actor("Cuban recruits in Russia", "CUB", "CVL")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
UKR_FM = actor("Ministry of Foreign Affairs of Ukraine", "UKR", "GOV")
CUB_OPP = actor("Cuban dissidents", "CUB", "OPP")
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")

C1 = ("Havanna (dpa) - Kubas Behörden haben 17 Menschen festgenommen, die Landsleute für den Kriegseinsatz in der "
      "russischen Armee angeworben haben sollen.")
C2 = ("Unter den Festgenommenen seien auch drei mutmaßliche Anwerber, die zuvor in Russland gelebt hätten, teilte "
      "das Innenministerium am Freitag im Staatsfernsehen mit.")
C3 = "Die Generalstaatsanwaltschaft leitete Ermittlungen wegen Menschenhandels ein."
C4 = ("Die Regierung hatte am Montag erklärt, sie habe ein Netzwerk zerschlagen, das junge Kubaner auf der Insel und "
      "in Russland für den Krieg in der Ukraine rekrutiere.")
C5 = "„Kuba ist nicht Teil des Krieges in der Ukraine“, sagte Außenminister Bruno Rodríguez."
C6 = ("Seine Regierung werde „energisch“ gegen jeden vorgehen, der Kubaner als Söldner missbrauche, fügte er "
      "hinzu.")
C7 = ("Der russische Botschafter in Havanna, Viktor Koronelli, sagte dagegen, Moskau begrüße Kubaner, die legal in "
      "Russland lebten und sich freiwillig zum Militärdienst meldeten.")
C8 = "Mit Menschenhandel habe Russland nichts zu tun."
C9 = ("Beide Regierungen hätten sich auf eine enge Zusammenarbeit bei den Ermittlungen verständigt, sagte der "
      "Diplomat.")
C10 = ("Zuvor hatten kubanische Exilmedien über junge Männer berichtet, die mit Lohnversprechen von umgerechnet rund "
       "2.000 Dollar im Monat nach Russland gelockt worden seien.")
C11 = ("Zwei von ihnen erklärten in einem Video, sie seien gegen ihren Willen an die Front in der Ostukraine "
       "geschickt worden.")
C12 = ("Das ukrainische Außenministerium forderte Havanna auf, die Rekrutierung seiner Bürger durch Moskau "
       "vollständig zu unterbinden.")
C13 = "Kubanische Oppositionelle warfen der Regierung vor, seit Monaten von der Anwerbung gewusst zu haben."
C14 = "Kuba und Russland sind seit Sowjetzeiten eng verbündet."
C15 = ("Im Mai hatte Moskau dem Karibikstaat Öllieferungen zugesagt, um die schwere Energiekrise auf der Insel zu "
       "lindern.")
C16 = ("Präsident Miguel Díaz-Canel war im vergangenen November bei einem Besuch in Moskau mit Kremlchef Wladimir "
       "Putin zusammengetroffen.")

DE03 = {
    "id": "hm402-de-03", "lang": "de", "url": None, "published": "2023-09-09",
    "title": "Kuba nimmt 17 Menschen wegen Anwerbung für Russlands Armee fest",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9], [C10, C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("COERCE", CUB_AUTH, RECRUITERS, C1, mode="arrest", location_country="CUB"),
        event("COERCE", CUB_MININT, RECRUITERS, C2, mode="arrest", location_country="CUB"),
        event("ACCUSE", CUB_FISCALIA, RECRUITERS, C3, mode="investigate"),
        event("ACCUSE", CUB_GOV, RECRUITERS, C4, mode="allege", date="2023-09-04"),
        event("THREATEN", BRUNO, RECRUITERS, C6),
        event("AGREE", RUS_GOV, CUB_GOV, C9),
        event("ACCUSE", CUB_RECRUITS, RUS_MIL, C11, mode="allege"),
        event("REQUEST", UKR_FM, CUB_GOV, C12, mode="change"),
        event("ACCUSE", CUB_OPP, CUB_GOV, C13, mode="allege"),
        event("AGREE", RUS_GOV, CUB_GOV, C15),
        event("CONSULT", DIAZ_CANEL, PUTIN, C16, mode="visit", location="Moscow", location_country="RUS"),
    ],
    "quotes": [
        quote("Unter den Festgenommenen seien auch drei mutmaßliche Anwerber, die zuvor in Russland gelebt hätten",
              "Ministry of the Interior of Cuba", "indirect"),
        quote("sie habe ein Netzwerk zerschlagen, das junge Kubaner auf der Insel und in Russland für den Krieg in der "
              "Ukraine rekrutiere", "Government of Cuba", "indirect"),
        quote("Kuba ist nicht Teil des Krieges in der Ukraine", "Bruno Rodríguez Parrilla", "direct"),
        quote("energisch", "Bruno Rodríguez Parrilla", "direct"),
        quote("Seine Regierung werde „energisch“ gegen jeden vorgehen, der Kubaner als Söldner missbrauche",
              "Bruno Rodríguez Parrilla", "indirect"),
        quote("Moskau begrüße Kubaner, die legal in Russland lebten und sich freiwillig zum Militärdienst meldeten",
              "Viktor Koronelli", "indirect"),
        quote("Mit Menschenhandel habe Russland nichts zu tun", "Viktor Koronelli", "indirect"),
        quote("Beide Regierungen hätten sich auf eine enge Zusammenarbeit bei den Ermittlungen verständigt",
              "Viktor Koronelli", "indirect"),
        quote("die mit Lohnversprechen von umgerechnet rund 2.000 Dollar im Monat nach Russland gelockt worden seien",
              "Cuban exile media", "indirect"),
        quote("sie seien gegen ihren Willen an die Front in der Ostukraine geschickt worden", "Cuban recruits in Russia",
              "indirect"),
        quote("seit Monaten von der Anwerbung gewusst zu haben", "Cuban dissidents", "indirect"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["Havanna"]),
        entity("Cuba", "LOC", "CUB", ["Kubas", "Kuba", "der Insel", "dem Karibikstaat"]),
        entity("Cuban authorities", "ORG", "CUB", ["Kubas Behörden"]),
        entity("detained suspects", "PER", "CUB", ["17 Menschen", "den Festgenommenen", "drei mutmaßliche Anwerber"]),
        entity("recruitment network for the Russian army", "ORG", "CUB", ["ein Netzwerk"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["der russischen Armee"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Ministry of the Interior of Cuba", "ORG", "CUB", ["das Innenministerium"]),
        entity("Attorney General's Office of Cuba", "ORG", "CUB", ["Die Generalstaatsanwaltschaft"]),
        entity("Government of Cuba", "ORG", "CUB", ["Die Regierung", "sie", "Seine Regierung", "Havanna",
                                                    "der Regierung"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "der Ostukraine"]),
        entity("Bruno Rodríguez Parrilla", "PER", "CUB", ["Außenminister Bruno Rodríguez", "er"]),
        entity("Viktor Koronelli", "PER", "RUS", ["Der russische Botschafter in Havanna, Viktor Koronelli",
                                                  "der Diplomat"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau", "Russland"]),
        entity("Cuban exile media", "ORG", "CUB", ["kubanische Exilmedien"]),
        entity("Cuban recruits in Russia", "PER", "CUB", ["junge Männer", "Zwei von ihnen", "sie"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Das ukrainische Außenministerium"]),
        entity("Cuban dissidents", "ORG", "CUB", ["Kubanische Oppositionelle"]),
        entity("Soviet Union", "LOC", None, ["Sowjetzeiten"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Präsident Miguel Díaz-Canel"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
    ],
}

# ---------------------------------------------------------------- hm402-de-04 (Paraguay/China, envoy expelled)
PRY_GOV = actor("Government of Paraguay", "PRY", "GOV")
XU_WEI = actor("Xu Wei", "CHN", "GOV")
PRY_FM = actor("Ministry of Foreign Affairs of Paraguay", "PRY", "GOV")
RAMIREZ = actor("Rubén Ramírez Lezcano", "PRY", "GOV")
CHN_FM = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
LIN_CHIA_LUNG = actor("Lin Chia-lung", "TWN", "GOV")
PENA = actor("Santiago Peña", "PRY", "GOV")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
PRY_EXPORTERS = actor("Paraguayan agricultural exporters", "PRY", "BUS")
PRY_SENATORS = actor("Paraguayan opposition senators", "PRY", "LEG")

X1 = ("Asunción (dpa) - Paraguay hat einen chinesischen Diplomaten ausgewiesen, der während einer Unesco-Konferenz in "
      "der Hauptstadt für einen Wechsel der diplomatischen Anerkennung von Taiwan zur Volksrepublik China geworben "
      "haben soll.")
X2 = ("Das Außenministerium entzog Xu Wei am Dienstag das Visum und forderte ihn auf, das Land binnen 24 Stunden zu "
      "verlassen.")
X3 = ("Der Beamte des chinesischen Außenministeriums habe sich in die inneren Angelegenheiten Paraguays eingemischt, "
      "teilte die Behörde mit.")
X4 = ("Nach Angaben von Außenminister Rubén Ramírez Lezcano hatte Xu sich mit mehreren Parlamentariern getroffen und "
      "sie gedrängt, die Beziehungen zu Taipeh aufzugeben.")
X5 = "Das chinesische Außenministerium bezeichnete die Ausweisung als „unbegründet“ und legte Protest ein."
X6 = ("Xu habe lediglich als Mitglied der chinesischen Delegation an der Konferenz teilgenommen und sich an alle "
      "Regeln gehalten, sagte Sprecher Lin Jian in Peking.")
X7 = ("Er forderte Asunción auf, sich „auf die richtige Seite der Geschichte“ zu stellen und das Ein-China-Prinzip "
      "anzuerkennen.")
X8 = "Taiwans Außenminister Lin Chia-lung dankte Paraguay für seine „standhafte Freundschaft“."
X9 = ("Paraguay ist einer von nur noch zwölf Staaten weltweit, die Taiwan diplomatisch anerkennen, und der einzige "
      "in Südamerika.")
X10 = ("Präsident Santiago Peña hat wiederholt zugesagt, an den seit 1957 bestehenden Beziehungen zu Taipeh "
       "festzuhalten.")
X11 = "Taiwan finanziert in Paraguay unter anderem Sozialwohnungen, Stipendien und Projekte der Polizei."
X12 = ("Die Agrarexporteure des Landes drängen dagegen seit Jahren auf offizielle Handelsbeziehungen mit China, dem "
       "weltweit größten Abnehmer von Soja.")
X13 = ("Mehrere Oppositionssenatoren nannten die Ausweisung „übertrieben“ und verlangten eine Anhörung des "
       "Außenministers im Senat.")
X14 = "Ramírez sagte eine Teilnahme an der Sitzung in der kommenden Woche zu."
X15 = ("Die Unesco-Tagung zum immateriellen Kulturerbe, an der Delegationen aus mehr als 100 Staaten teilnehmen, "
       "dauert noch bis Samstag.")

DE04 = {
    "id": "hm402-de-04", "lang": "de", "url": None, "published": "2024-12-04",
    "title": "Paraguay weist chinesischen Diplomaten aus",
    "text": paragraphs([X1, X2, X3, X4], [X5, X6, X7], [X8, X9, X10, X11], [X12, X13, X14, X15]),
    "events": [
        event("SANCTION", PRY_GOV, XU_WEI, X1, mode="expel"),
        event("SANCTION", PRY_FM, XU_WEI, X2, mode="expel", date="2024-12-03"),
        event("ACCUSE", PRY_FM, XU_WEI, X3, mode="allege"),
        event("ACCUSE", RAMIREZ, XU_WEI, X4, mode="allege"),
        event("ACCUSE", CHN_FM, PRY_GOV, X5, mode="disapprove"),
        event("REQUEST", LIN_JIAN, PRY_GOV, X7, mode="change"),
        event("SUPPORT", LIN_CHIA_LUNG, PRY_GOV, X8),
        event("AGREE", PENA, TWN_GOV, X10),
        event("AID", TWN_GOV, PRY_GOV, X11),
        event("REQUEST", PRY_EXPORTERS, PRY_GOV, X12, mode="change"),
        event("ACCUSE", PRY_SENATORS, PRY_GOV, X13, mode="disapprove"),
        event("REQUEST", PRY_SENATORS, RAMIREZ, X13),
        event("AGREE", RAMIREZ, PRY_SENATORS, X14),
    ],
    "quotes": [
        quote("Der Beamte des chinesischen Außenministeriums habe sich in die inneren Angelegenheiten Paraguays "
              "eingemischt", "Ministry of Foreign Affairs of Paraguay", "indirect"),
        quote("Nach Angaben von Außenminister Rubén Ramírez Lezcano hatte Xu sich mit mehreren Parlamentariern "
              "getroffen und sie gedrängt, die Beziehungen zu Taipeh aufzugeben", "Rubén Ramírez Lezcano", "indirect"),
        quote("unbegründet", "Ministry of Foreign Affairs of China", "direct"),
        quote("Xu habe lediglich als Mitglied der chinesischen Delegation an der Konferenz teilgenommen und sich an "
              "alle Regeln gehalten", "Lin Jian", "indirect"),
        quote("auf die richtige Seite der Geschichte", "Lin Jian", "direct"),
        quote("sich „auf die richtige Seite der Geschichte“ zu stellen und das Ein-China-Prinzip anzuerkennen",
              "Lin Jian", "indirect"),
        quote("standhafte Freundschaft", "Lin Chia-lung", "direct"),
        quote("übertrieben", "Paraguayan opposition senators", "direct"),
    ],
    "entities": [
        entity("Asunción", "LOC", "PRY", ["Asunción", "der Hauptstadt"]),
        entity("Government of Paraguay", "ORG", "PRY", ["Paraguay", "Asunción"]),
        entity("Paraguay", "LOC", "PRY", ["Paraguay", "Paraguays", "das Land", "des Landes"]),
        entity("Xu Wei", "PER", "CHN", ["einen chinesischen Diplomaten", "Xu Wei", "ihn",
                                        "Der Beamte des chinesischen Außenministeriums", "Xu"]),
        entity("UNESCO Intergovernmental Committee for the Safeguarding of the Intangible Cultural Heritage", "MISC",
               "UNO", ["einer Unesco-Konferenz", "der Konferenz", "Die Unesco-Tagung zum immateriellen Kulturerbe",
                       "der Sitzung"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "Taiwans"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Taipeh", "Taiwan"]),
        entity("People's Republic of China", "LOC", "CHN", ["Volksrepublik China", "China"]),
        entity("Ministry of Foreign Affairs of Paraguay", "ORG", "PRY", ["Das Außenministerium", "die Behörde"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des chinesischen Außenministeriums",
                                                                      "Das chinesische Außenministerium"]),
        entity("Rubén Ramírez Lezcano", "PER", "PRY", ["Außenminister Rubén Ramírez Lezcano", "des Außenministers",
                                                       "Ramírez"]),
        entity("Paraguayan lawmakers", "ORG", "PRY", ["mehreren Parlamentariern", "sie"]),
        entity("Chinese delegation", "ORG", "CHN", ["der chinesischen Delegation"]),
        entity("Lin Jian", "PER", "CHN", ["Sprecher Lin Jian", "Er"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Lin Chia-lung", "PER", "TWN", ["Taiwans Außenminister Lin Chia-lung"]),
        entity("South America", "LOC", None, ["Südamerika"]),
        entity("Santiago Peña", "PER", "PRY", ["Präsident Santiago Peña"]),
        entity("Paraguayan agricultural exporters", "ORG", "PRY", ["Die Agrarexporteure des Landes"]),
        entity("Paraguayan opposition senators", "ORG", "PRY", ["Mehrere Oppositionssenatoren"]),
        entity("Senate of Paraguay", "ORG", "PRY", ["im Senat"]),
    ],
}

# ---------------------------------------------------------------- hm402-en-01 (Brazil, "parallel Abin" searches)
BRA_PF = actor("Federal Police of Brazil", "BRA", "COP")
CARLOS = actor("Carlos Bolsonaro", "BRA", "LEG")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
ABIN = actor("Brazilian Intelligence Agency", "BRA", "GOV")
RAMAGEM = actor("Alexandre Ramagem", "BRA", "LEG")
ABIN_OFFICERS = actor("Brazilian Intelligence Agency officers", "BRA", "GOV")
JAIR = actor("Jair Bolsonaro", "BRA", "OPP")
FLAVIO = actor("Flávio Bolsonaro", "BRA", "LEG")
BRA_SENATE = actor("Senate of Brazil", "BRA", "LEG")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
CORREA = actor("Luiz Fernando Corrêa", "BRA", "GOV")
CARLOS_LAWYER = actor("lawyer of Carlos Bolsonaro", "BRA", "CVL")
TSE = actor("Superior Electoral Court of Brazil", "BRA", "JUD")

E1 = ("RIO DE JANEIRO (AP) — Brazil's Federal Police on Monday searched properties of Carlos Bolsonaro, a son of "
      "former President Jair Bolsonaro, in an investigation into the alleged illegal use of the country's "
      "intelligence agency to spy on critics.")
E2 = ("Agents searched his home and office in Rio de Janeiro as well as a beach house in Angra dos Reis where the "
      "former president had spent the weekend with his family.")
E3 = ("They seized a computer and several phones, according to a person familiar with the operation who spoke on "
      "condition of anonymity because the case is under seal.")
E4 = "The searches were authorized by Supreme Court Justice Alexandre de Moraes, who oversees the case."
E5 = ("Investigators suspect that the Brazilian Intelligence Agency, known as Abin, used a geolocation tool called "
      "FirstMile to track the phones of judges, journalists and politicians without court approval during "
      "Bolsonaro's 2019-2022 government.")
E6 = ("Last week, police searched the offices of federal lawmaker Alexandre Ramagem, who headed Abin under Bolsonaro "
      "and is a close friend of the family.")
E7 = "Moraes also ordered several intelligence officers removed from their posts."
E8 = "Jair Bolsonaro called the investigation \"persecution\" against his family."
E9 = "\"I never heard of any parallel Abin,\" he told reporters in Angra dos Reis."
E10 = ("His eldest son, Sen. Flávio Bolsonaro, accused Moraes of abusing his powers and demanded that the Senate open "
       "an inquiry into the justice.")
E11 = ("President Luiz Inácio Lula da Silva said in a radio interview that Bolsonaro had used Abin as \"a spy "
       "service against its own people\" for four years.")
E12 = "Abin's current director, Luiz Fernando Corrêa, pledged full cooperation with the police."
E13 = ("Carlos Bolsonaro, a Rio de Janeiro city councilman, ran his father's social media operations during the 2018 "
       "campaign.")
E14 = ("His lawyer said the searches were unnecessary because his client had always been available to the "
       "authorities.")
E15 = ("The former president is also under investigation over an alleged plot to overturn the 2022 election, and the "
       "electoral court barred him last year from running for office until 2030.")

EN01 = {
    "id": "hm402-en-01", "lang": "en", "url": None, "published": "2024-01-29",
    "title": "Brazilian police search homes of Bolsonaro's son in illegal spying probe",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11, E12], [E13, E14, E15]),
    "events": [
        event("COERCE", BRA_PF, CARLOS, E1, date="2024-01-29"),
        event("COERCE", BRA_PF, CARLOS, E2, location="Rio de Janeiro", location_country="BRA"),
        event("COERCE", BRA_PF, CARLOS, E3, mode="seize"),
        event("COERCE", MORAES, CARLOS, E4),
        event("ACCUSE", BRA_PF, ABIN, E5, mode="investigate"),
        event("COERCE", BRA_PF, RAMAGEM, E6),
        event("COERCE", MORAES, ABIN_OFFICERS, E7, mode="restrict"),
        event("ACCUSE", JAIR, BRA_PF, E8, mode="disapprove"),
        event("ACCUSE", FLAVIO, MORAES, E10, mode="disapprove"),
        event("REQUEST", FLAVIO, BRA_SENATE, E10),
        event("ACCUSE", LULA, JAIR, E11, mode="allege"),
        event("AGREE", CORREA, BRA_PF, E12),
        event("ACCUSE", CARLOS_LAWYER, BRA_PF, E14, mode="disapprove"),
        event("COERCE", TSE, JAIR, E15, mode="ban"),
    ],
    "quotes": [
        quote("They seized a computer and several phones", "person familiar with the operation", "indirect"),
        quote("persecution", "Jair Bolsonaro", "direct"),
        quote("I never heard of any parallel Abin", "Jair Bolsonaro", "direct"),
        quote("abusing his powers", "Flávio Bolsonaro", "indirect"),
        quote("the Senate open an inquiry into the justice", "Flávio Bolsonaro", "indirect"),
        quote("a spy service against its own people", "Luiz Inácio Lula da Silva", "direct"),
        quote("Bolsonaro had used Abin as \"a spy service against its own people\" for four years",
              "Luiz Inácio Lula da Silva", "indirect"),
        quote("the searches were unnecessary because his client had always been available to the authorities",
              "lawyer of Carlos Bolsonaro", "indirect"),
    ],
    "entities": [
        entity("Rio de Janeiro", "LOC", "BRA", ["RIO DE JANEIRO", "Rio de Janeiro"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Brazil's Federal Police", "Agents", "They", "Investigators",
                                                          "police", "the police"]),
        entity("Brazil", "LOC", "BRA", ["Brazil's", "the country's"]),
        entity("Carlos Bolsonaro", "PER", "BRA", ["Carlos Bolsonaro, a son of former President Jair Bolsonaro", "his",
                                                  "Carlos Bolsonaro, a Rio de Janeiro city councilman",
                                                  "his client"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["former President Jair Bolsonaro", "the former president",
                                                "Bolsonaro's", "Bolsonaro", "Jair Bolsonaro", "he", "his father's",
                                                "The former president", "him"]),
        entity("Brazilian Intelligence Agency", "ORG", "BRA", ["the country's intelligence agency",
                                                               "the Brazilian Intelligence Agency, known as Abin",
                                                               "Abin", "Abin's"]),
        entity("Angra dos Reis", "LOC", "BRA", ["Angra dos Reis"]),
        entity("family of Jair Bolsonaro", "PER", "BRA", ["his family", "the family"]),
        entity("person familiar with the operation", "PER", "BRA", ["a person familiar with the operation"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["Supreme Court"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Supreme Court Justice Alexandre de Moraes", "Moraes",
                                                     "the justice"]),
        entity("FirstMile", "MISC", "ISR", ["a geolocation tool called FirstMile"]),
        entity("Alexandre Ramagem", "PER", "BRA", ["federal lawmaker Alexandre Ramagem"]),
        entity("Brazilian Intelligence Agency officers", "PER", "BRA", ["several intelligence officers"]),
        entity("Flávio Bolsonaro", "PER", "BRA", ["His eldest son, Sen. Flávio Bolsonaro"]),
        entity("Senate of Brazil", "ORG", "BRA", ["the Senate"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["President Luiz Inácio Lula da Silva"]),
        entity("Luiz Fernando Corrêa", "PER", "BRA", ["Abin's current director, Luiz Fernando Corrêa"]),
        entity("lawyer of Carlos Bolsonaro", "PER", "BRA", ["His lawyer"]),
        entity("Superior Electoral Court of Brazil", "ORG", "BRA", ["the electoral court"]),
        entity("2022 Brazilian general election", "MISC", "BRA", ["the 2022 election"]),
    ],
}

# ---------------------------------------------------------------- hm402-en-02 (Nicaragua leaves UNESCO)
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
UNESCO = actor("UNESCO", "UNO", "IGO")
LA_PRENSA = actor("La Prensa", "NIC", "MED")
MURILLO = actor("Rosario Murillo", "NIC", "GOV")
JAENTSCHKE = actor("Valdrack Jaentschke", "NIC", "GOV")
AZOULAY = actor("Audrey Azoulay", "UNO", "IGO")
UNESCO_JURY = actor("UNESCO prize jury", "UNO", "IGO")
NIC_POLICE = actor("National Police of Nicaragua", "NIC", "COP")
HOLMANN = actor("Juan Lorenzo Holmann", "NIC", "MED")
NIC_COURT = actor("Nicaraguan judiciary", "NIC", "JUD")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
US_STATE = actor("United States Department of State", "USA", "GOV")
UNHRC = actor("United Nations Human Rights Council", "UNO", "IGO")
UN_EXPERTS = actor("Group of Human Rights Experts on Nicaragua", "UNO", "IGO")

N1 = ("MANAGUA, Nicaragua (AP) — Nicaragua said Wednesday it is withdrawing from UNESCO after the U.N. cultural "
      "agency awarded its annual press freedom prize to La Prensa, the country's oldest newspaper, which now "
      "publishes from exile.")
N2 = ("Co-President Rosario Murillo announced the decision on state television, calling the award an \"offense\" to "
      "the Nicaraguan people.")
N3 = ("In a letter to UNESCO Director-General Audrey Azoulay, Foreign Minister Valdrack Jaentschke accused the agency "
      "of \"glorifying traitors\" who had tried to overthrow the government.")
N4 = "The government said all UNESCO programs in Nicaragua would be suspended immediately."
N5 = ("Azoulay said she regretted the decision, which she said would deprive Nicaraguans of the agency's work in "
      "education and culture.")
N6 = ("UNESCO said the jury had chosen La Prensa for its \"tireless\" reporting despite the confiscation of its "
      "offices and the exile of its staff.")
N7 = "The prize is to be presented Saturday, on World Press Freedom Day."
N8 = ("Police raided La Prensa's headquarters in Managua in August 2021 and arrested its general manager, Juan Lorenzo "
      "Holmann.")
N9 = "A court later sentenced him to nine years in prison for money laundering, a charge he denied."
N10 = ("Holmann was among 222 political prisoners who were freed and expelled to the United States in February "
       "2023.")
N11 = ("\"This prize belongs to all Nicaraguan journalists who have been jailed or forced into exile,\" the "
       "newspaper's editor, Eduardo Enríquez, said from Costa Rica.")
N12 = ("Reporters Without Borders condemned the withdrawal as \"another attack on press freedom\" and urged Managua "
       "to reverse it.")
N13 = ("The U.S. State Department accused the government of Daniel Ortega and Murillo of trying to silence "
       "independent voices even beyond its borders.")
N14 = ("Nicaragua withdrew from the U.N. Human Rights Council in February after a group of U.N. experts accused the "
       "government of crimes against humanity.")
N15 = ("More than 5,000 non-governmental organizations have been shut down in Nicaragua since mass protests in 2018, "
       "according to rights groups.")

EN02 = {
    "id": "hm402-en-02", "lang": "en", "url": None, "published": "2025-05-01",
    "title": "Nicaragua quits UNESCO after exiled newspaper La Prensa wins press freedom prize",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7], [N8, N9, N10, N11], [N12, N13], [N14, N15]),
    "events": [
        event("SANCTION", NIC_GOV, UNESCO, N1, mode="withdraw", date="2025-04-30"),
        event("SUPPORT", UNESCO, LA_PRENSA, N1),
        event("SANCTION", MURILLO, UNESCO, N2, mode="withdraw"),
        event("ACCUSE", MURILLO, UNESCO, N2, mode="disapprove"),
        event("ACCUSE", JAENTSCHKE, UNESCO, N3, mode="disapprove"),
        event("SANCTION", NIC_GOV, UNESCO, N4, mode="discontinue"),
        event("ACCUSE", AZOULAY, NIC_GOV, N5, mode="disapprove"),
        event("SUPPORT", UNESCO_JURY, LA_PRENSA, N6),
        event("COERCE", NIC_POLICE, LA_PRENSA, N8, mode="seize", location="Managua", location_country="NIC"),
        event("COERCE", NIC_POLICE, HOLMANN, N8, mode="arrest", location="Managua", location_country="NIC"),
        event("SANCTION", NIC_COURT, HOLMANN, N9, mode="convict"),
        event("RETREAT", NIC_GOV, HOLMANN, N10, mode="release"),
        event("COERCE", NIC_GOV, HOLMANN, N10, mode="deport"),
        event("ACCUSE", RSF, NIC_GOV, N12, mode="disapprove"),
        event("REQUEST", RSF, NIC_GOV, N12, mode="change"),
        event("ACCUSE", US_STATE, NIC_GOV, N13, mode="disapprove"),
        event("SANCTION", NIC_GOV, UNHRC, N14, mode="withdraw"),
        event("ACCUSE", UN_EXPERTS, NIC_GOV, N14, mode="allege"),
    ],
    "quotes": [
        quote("it is withdrawing from UNESCO after the U.N. cultural agency awarded its annual press freedom prize to "
              "La Prensa, the country's oldest newspaper, which now publishes from exile", "Government of Nicaragua",
              "indirect"),
        quote("offense", "Rosario Murillo", "direct"),
        quote("glorifying traitors", "Valdrack Jaentschke", "direct"),
        quote("all UNESCO programs in Nicaragua would be suspended immediately", "Government of Nicaragua",
              "indirect"),
        quote("she regretted the decision, which she said would deprive Nicaraguans of the agency's work in education "
              "and culture", "Audrey Azoulay", "indirect"),
        quote("tireless", "UNESCO", "direct"),
        quote("the jury had chosen La Prensa for its \"tireless\" reporting despite the confiscation of its offices and "
              "the exile of its staff", "UNESCO", "indirect"),
        quote("This prize belongs to all Nicaraguan journalists who have been jailed or forced into exile",
              "Eduardo Enríquez", "direct"),
        quote("another attack on press freedom", "Reporters Without Borders", "direct"),
        quote("More than 5,000 non-governmental organizations have been shut down in Nicaragua since mass protests in "
              "2018", "rights groups", "indirect"),
    ],
    "entities": [
        entity("Managua", "LOC", "NIC", ["MANAGUA", "Managua"]),
        entity("Nicaragua", "LOC", "NIC", ["Nicaragua", "the country's"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Nicaragua", "The government", "Managua",
                                                         "the government of Daniel Ortega and Murillo",
                                                         "the government"]),
        entity("UNESCO", "ORG", "UNO", ["UNESCO", "the U.N. cultural agency", "the agency", "the agency's"]),
        entity("La Prensa", "ORG", "NIC", ["La Prensa, the country's oldest newspaper", "La Prensa", "La Prensa's",
                                           "the newspaper's"]),
        entity("Rosario Murillo", "PER", "NIC", ["Co-President Rosario Murillo", "Murillo"]),
        entity("Nicaraguan people", "PER", "NIC", ["the Nicaraguan people", "Nicaraguans"]),
        entity("Audrey Azoulay", "PER", "UNO", ["UNESCO Director-General Audrey Azoulay", "Azoulay", "she"]),
        entity("Valdrack Jaentschke", "PER", "NIC", ["Foreign Minister Valdrack Jaentschke"]),
        entity("UNESCO prize jury", "ORG", "UNO", ["the jury"]),
        entity("World Press Freedom Day", "MISC", None, ["World Press Freedom Day"]),
        entity("National Police of Nicaragua", "ORG", "NIC", ["Police"]),
        entity("Juan Lorenzo Holmann", "PER", "NIC", ["its general manager, Juan Lorenzo Holmann", "him", "he",
                                                      "Holmann"]),
        entity("Nicaraguan judiciary", "ORG", "NIC", ["A court"]),
        entity("Nicaraguan political prisoners", "PER", "NIC", ["222 political prisoners"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Eduardo Enríquez", "PER", "NIC", ["the newspaper's editor, Eduardo Enríquez"]),
        entity("Costa Rica", "LOC", "CRI", ["Costa Rica"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporters Without Borders"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Daniel Ortega", "PER", "NIC", ["Daniel Ortega"]),
        entity("United Nations Human Rights Council", "ORG", "UNO", ["the U.N. Human Rights Council"]),
        entity("Group of Human Rights Experts on Nicaragua", "ORG", "UNO", ["a group of U.N. experts"]),
        entity("rights groups", "ORG", "NGO", ["rights groups"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
