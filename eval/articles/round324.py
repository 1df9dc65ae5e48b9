"""Round 312: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm324-de-01: Ecuador: Guillermo Lasso dissolves the opposition-led National Assembly to end his impeachment trial; soldiers and police seal off the building, Proaño backs and warns, Correa, Revolución Ciudadana lawmakers and Iza object, no arrests in Quito (2023-05-17).
- hm324-de-02: Brazil/Nicaragua: Brasília expels Nicaragua's ambassador Fulvia Castro in reciprocity for Managua's expulsion of ambassador Breno Dias da Costa; relations not broken, Lula's appeal for Bishop Álvarez and his complaint about Ortega, the opposition and a PL deputy press Lula (2024-08-08).
- hm324-de-03: Argentina: Milei's government shuts down the state news agency Télam; police fence off its buildings, Milei's and Adorni's accusations, workers rally, SiPreBA sues, Fopea and Germán Martínez object (2024-03-04).
- hm324-de-04: Colombia: after the ELN truck-bomb attack on the army base in Puerto Jordán (Arauca) the government suspends the peace talks; Petro accuses the ELN, Velásquez sends troops and meets the governor, Beltrán's complaint, UN mission and bishops appeal (2024-09-18).
- hm324-en-01: Paraguay: police arrest third-placed candidate Paraguayo Cubas after post-election unrest; charges, Cruzada Nacional objects, road blockades and tear gas at the TSJE, Peña's appeal and meeting with Abdo Benítez, Abdo's warning, Alegre's concession (2023-05-05).
- hm324-en-02: Mexico: López Obrador dismisses the Zócalo rally in defence of the INE against his electoral overhaul; Cossío urges the Supreme Court to act, Córdova, Cortés and Delgado weigh in, no arrests (2023-02-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm324-de-01 (Ecuador, Lasso dissolves the assembly)
LASSO = actor("Guillermo Lasso", "ECU", "GOV")
ECU_ASSEMBLY = actor("National Assembly of Ecuador", "ECU", "LEG")
ECU_ARMY = actor("Armed Forces of Ecuador", "ECU", "MIL")
ECU_POLICE = actor("National Police of Ecuador", "ECU", "COP")
PROANO = actor("Nelson Proaño", "ECU", "MIL")
CORREA = actor("Rafael Correa", "ECU", "OPP")
RC_MPS = actor("Citizen Revolution lawmakers", "ECU", "LEG")
IZA = actor("Leonidas Iza", "ECU", "CVL")
CONAIE = actor("CONAIE", "ECU", "CVL")

L1 = ("Quito (dpa) - Ecuadors Präsident Guillermo Lasso hat am Mittwoch das von der Opposition dominierte Parlament "
      "aufgelöst und damit ein Amtsenthebungsverfahren gegen sich beendet.")
L2 = ("Der konservative Staatschef berief sich dabei auf einen Verfassungsartikel, der im Volksmund als muerte "
      "cruzada (gegenseitiger Tod) bekannt ist und Neuwahlen von Präsident und Nationalversammlung binnen sechs "
      "Monaten vorsieht.")
L3 = "Bis dahin kann der 67-Jährige per Dekret regieren, die Erlasse muss allerdings das Verfassungsgericht prüfen."
L4 = "Noch vor Tagesanbruch riegelten Soldaten und Polizisten das Parlamentsgebäude in Quito ab."
L5 = ("Lasso hatte sich am Dienstag in dem von der Nationalversammlung angestrengten Verfahren gegen den Vorwurf der "
      "Veruntreuung im Zusammenhang mit einem Vertrag der staatlichen Öltankerreederei Flopec verteidigt.")
L6 = "Die Vorwürfe seien politisch motiviert, hatte er dort erklärt."
L7 = ("„Dies ist eine demokratische Entscheidung, weil sie dem ecuadorianischen Volk die Macht zurückgibt“, sagte "
      "Lasso in einer Fernsehansprache.")
L8 = ("Er warf dem Parlament vor, sich nur um die Destabilisierung der Regierung zu kümmern, statt Gesetze für die "
      "Bürger zu verabschieden.")
L9 = ("Der Chef des Vereinigten Kommandos der Streitkräfte, General Nelson Proaño, erklärte, das Vorgehen des "
      "Präsidenten sei verfassungsgemäß.")
L10 = "Die Armee werde „entschieden“ gegen jeden vorgehen, der die öffentliche Ordnung störe, warnte er."
L11 = ("Der im belgischen Exil lebende Ex-Präsident Rafael Correa, dessen Bewegung Revolución Ciudadana die größte "
       "Fraktion stellte, sprach von einem „illegalen“ Schritt.")
L12 = "Abgeordnete seiner Partei reichten beim Verfassungsgericht Klagen gegen das Dekret ein."
L13 = ("Der Vorsitzende des Indigenen-Dachverbands Conaie, Leonidas Iza, nannte die Auflösung einen Schritt in "
       "Richtung einer „Diktatur“.")
L14 = "Die Conaie hatte im Juni vergangenen Jahres mit wochenlangen Straßenblockaden das Land lahmgelegt."
L15 = "In Quito blieb es am Mittwoch ruhig, die Polizei nahm niemanden fest."
L16 = "Die Wahlbehörde CNE muss die Neuwahlen binnen einer Woche ausschreiben."
L17 = "Als möglicher Termin gilt der 20. August."

DE01 = {
    "id": "hm324-de-01", "lang": "de", "url": None, "published": "2023-05-17",
    "title": "Ecuadors Präsident Lasso löst Parlament auf",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9, L10], [L11, L12, L13, L14], [L15, L16, L17]),
    "events": [
        event("COERCE", LASSO, ECU_ASSEMBLY, L1, mode="restrict", date="2023-05-17"),
        event("COERCE", ECU_ARMY, ECU_ASSEMBLY, L4, mode="restrict", location="Quito", location_country="ECU"),
        event("COERCE", ECU_POLICE, ECU_ASSEMBLY, L4, mode="restrict", location="Quito", location_country="ECU"),
        event("ACCUSE", ECU_ASSEMBLY, LASSO, L5, mode="allege"),
        event("ACCUSE", LASSO, ECU_ASSEMBLY, L8, mode="disapprove"),
        event("SUPPORT", PROANO, LASSO, L9),
        event("THREATEN", PROANO, None, L10),
        event("ACCUSE", CORREA, LASSO, L11, mode="disapprove"),
        event("ACCUSE", RC_MPS, LASSO, L12, mode="allege"),
        event("ACCUSE", IZA, LASSO, L13, mode="disapprove"),
        event("PROTEST", CONAIE, None, L14, mode="obstruct"),
        event("COERCE", ECU_POLICE, None, L15, mode="arrest", date="2023-05-17", location="Quito",
              location_country="ECU", negated=True),
    ],
    "quotes": [
        quote("Die Vorwürfe seien politisch motiviert", "Guillermo Lasso", "indirect"),
        quote("Dies ist eine demokratische Entscheidung, weil sie dem ecuadorianischen Volk die Macht zurückgibt",
              "Guillermo Lasso", "direct"),
        quote("sich nur um die Destabilisierung der Regierung zu kümmern, statt Gesetze für die Bürger zu "
              "verabschieden", "Guillermo Lasso", "indirect"),
        quote("das Vorgehen des Präsidenten sei verfassungsgemäß", "Nelson Proaño", "indirect"),
        quote("entschieden", "Nelson Proaño", "direct"),
        quote("Die Armee werde „entschieden“ gegen jeden vorgehen, der die öffentliche Ordnung störe", "Nelson Proaño",
              "indirect"),
        quote("illegalen", "Rafael Correa", "direct"),
        quote("Diktatur", "Leonidas Iza", "direct"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["Quito"]),
        entity("Ecuador", "LOC", "ECU", ["Ecuadors", "das Land"]),
        entity("Guillermo Lasso", "PER", "ECU", ["Ecuadors Präsident Guillermo Lasso", "Der konservative Staatschef",
                                                 "der 67-Jährige", "Lasso", "des Präsidenten"]),
        entity("National Assembly of Ecuador", "ORG", "ECU", ["das von der Opposition dominierte Parlament",
                                                              "Nationalversammlung", "der Nationalversammlung",
                                                              "dem Parlament"]),
        entity("Constitutional Court of Ecuador", "ORG", "ECU", ["das Verfassungsgericht", "beim Verfassungsgericht"]),
        entity("Armed Forces of Ecuador", "ORG", "ECU", ["Soldaten", "der Streitkräfte", "Die Armee"]),
        entity("National Police of Ecuador", "ORG", "ECU", ["Polizisten", "die Polizei"]),
        entity("Legislative Palace (Quito)", "LOC", "ECU", ["das Parlamentsgebäude in Quito"]),
        entity("Flota Petrolera Ecuatoriana", "ORG", "ECU", ["der staatlichen Öltankerreederei Flopec"]),
        entity("Government of Ecuador", "ORG", "ECU", ["der Regierung"]),
        entity("Joint Command of the Armed Forces of Ecuador", "ORG", "ECU",
               ["des Vereinigten Kommandos der Streitkräfte"]),
        entity("Nelson Proaño", "PER", "ECU", ["Der Chef des Vereinigten Kommandos der Streitkräfte, General Nelson "
                                               "Proaño"]),
        entity("Rafael Correa", "PER", "ECU", ["Der im belgischen Exil lebende Ex-Präsident Rafael Correa"]),
        entity("Citizen Revolution", "ORG", "ECU", ["Bewegung Revolución Ciudadana", "seiner Partei"]),
        entity("Citizen Revolution lawmakers", "ORG", "ECU", ["Abgeordnete seiner Partei"]),
        entity("CONAIE", "ORG", "ECU", ["des Indigenen-Dachverbands Conaie", "Die Conaie"]),
        entity("Leonidas Iza", "PER", "ECU", ["Der Vorsitzende des Indigenen-Dachverbands Conaie, Leonidas Iza"]),
        entity("National Electoral Council of Ecuador", "ORG", "ECU", ["Die Wahlbehörde CNE"]),
    ],
}

# ---------------------------------------------------------------- hm324-de-02 (Brazil/Nicaragua, ambassadors expelled)
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
BRA_MFA = actor("Ministry of Foreign Affairs of Brazil", "BRA", "GOV")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
FULVIA_CASTRO = actor("Fulvia Patricia Castro Matu", "NIC", "GOV")
BRENO = actor("Breno de Souza Brasil Dias da Costa", "BRA", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
ORTEGA = actor("Daniel Ortega", "NIC", "GOV")
ALVAREZ = actor("Rolando Álvarez", "NIC", "CVL")
DENATIONALISED_NIC = actor("Nicaraguans stripped of their citizenship", "NIC", "CVL")
BRA_OPP = actor("Brazilian opposition", "BRA", "OPP")
PL_MP = actor("member of parliament of the Liberal Party", "BRA", "OPP")

B1 = ("Brasília (AFP) - Im Streit mit Nicaragua hat Brasilien die Botschafterin des mittelamerikanischen Landes "
      "ausgewiesen.")
B2 = ("Die Regierung von Präsident Luiz Inácio Lula da Silva reagierte damit am Donnerstag auf die Ausweisung des "
      "brasilianischen Botschafters Breno de Souza Brasil Dias da Costa aus Managua.")
B3 = ("Botschafterin Fulvia Patricia Castro Matu müsse Brasilien verlassen, weil man das Prinzip der Gegenseitigkeit "
      "anwende, teilte das Außenministerium mit.")
B4 = "Der Diplomat war den Feiern zum 45. Jahrestag der Sandinistischen Revolution am 19. Juli ferngeblieben."
B5 = "Die diplomatischen Beziehungen zu Managua breche Brasilien aber nicht ab, hieß es aus dem Ministerium."
B6 = "Beide Botschaften sollen vorerst von Geschäftsträgern geleitet werden."
B7 = ("Das Verhältnis zwischen Lula und dem nicaraguanischen Staatschef Daniel Ortega, einst Verbündete in der "
      "lateinamerikanischen Linken, hatte sich seit dem vergangenen Jahr deutlich abgekühlt.")
B8 = ("Lula hatte sich 2023 auf Bitten von Papst Franziskus bei Ortega für die Freilassung des inhaftierten Bischofs "
      "Rolando Álvarez eingesetzt.")
B9 = "Ortega habe danach nie wieder seine Anrufe entgegengenommen, sagte Lula im Juli vor Journalisten."
B10 = "„Er hatte nicht einmal den Mut, mit mir über den Bischof zu sprechen“, fügte der 78-Jährige hinzu."
B11 = "Álvarez war im Januar nach mehr als 500 Tagen Haft freigelassen und in den Vatikan ausgeflogen worden."
B12 = "Die Regierung in Managua äußerte sich zunächst nicht zu der Ausweisung ihrer Botschafterin."
B13 = "Brasilien hatte im vergangenen Jahr angeboten, ausgebürgerte Nicaraguaner aufzunehmen."
B14 = ("Oppositionspolitiker in Brasília warfen Lula vor, zu lange zu den Menschenrechtsverletzungen der Regierung "
       "Ortega geschwiegen zu haben.")
B15 = ("Ein Abgeordneter der Liberalen Partei von Ex-Präsident Jair Bolsonaro forderte, Brasilien müsse sich in der "
       "Organisation Amerikanischer Staaten für Sanktionen gegen Managua einsetzen.")

DE02 = {
    "id": "hm324-de-02", "lang": "de", "url": None, "published": "2024-08-08",
    "title": "Brasilien weist Botschafterin Nicaraguas aus",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6], [B7, B8, B9, B10, B11], [B12, B13, B14, B15]),
    "events": [
        event("SANCTION", BRA_GOV, FULVIA_CASTRO, B1, mode="expel"),
        event("SANCTION", BRA_GOV, FULVIA_CASTRO, B2, mode="expel", date="2024-08-08"),
        event("SANCTION", NIC_GOV, BRENO, B2, mode="expel"),
        event("SANCTION", BRA_MFA, FULVIA_CASTRO, B3, mode="expel"),
        event("SANCTION", BRA_GOV, NIC_GOV, B5, mode="discontinue", negated=True),
        event("REQUEST", LULA, ORTEGA, B8, mode="yield"),
        event("ACCUSE", LULA, ORTEGA, B9, mode="disapprove"),
        event("ACCUSE", LULA, ORTEGA, B10, mode="disapprove"),
        event("RETREAT", NIC_GOV, ALVAREZ, B11, mode="release"),
        event("AGREE", BRA_GOV, DENATIONALISED_NIC, B13),
        event("ACCUSE", BRA_OPP, LULA, B14, mode="disapprove"),
        event("REQUEST", PL_MP, BRA_GOV, B15, mode="change"),
    ],
    "quotes": [
        quote("Botschafterin Fulvia Patricia Castro Matu müsse Brasilien verlassen, weil man das Prinzip der "
              "Gegenseitigkeit anwende", "Ministry of Foreign Affairs of Brazil", "indirect"),
        quote("Die diplomatischen Beziehungen zu Managua breche Brasilien aber nicht ab",
              "Ministry of Foreign Affairs of Brazil", "indirect"),
        quote("Ortega habe danach nie wieder seine Anrufe entgegengenommen", "Luiz Inácio Lula da Silva", "indirect"),
        quote("Er hatte nicht einmal den Mut, mit mir über den Bischof zu sprechen", "Luiz Inácio Lula da Silva",
              "direct"),
        quote("zu lange zu den Menschenrechtsverletzungen der Regierung Ortega geschwiegen zu haben",
              "Brazilian opposition", "indirect"),
        quote("Brasilien müsse sich in der Organisation Amerikanischer Staaten für Sanktionen gegen Managua einsetzen",
              "member of parliament of the Liberal Party", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Nicaragua", "LOC", "NIC", ["Nicaragua", "des mittelamerikanischen Landes"]),
        entity("Brazil", "LOC", "BRA", ["Brasilien"]),
        entity("Fulvia Patricia Castro Matu", "PER", "NIC", ["die Botschafterin des mittelamerikanischen Landes",
                                                             "Botschafterin Fulvia Patricia Castro Matu",
                                                             "ihrer Botschafterin"]),
        entity("Government of Brazil", "ORG", "BRA", ["Die Regierung von Präsident Luiz Inácio Lula da Silva"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lula",
                                                           "der 78-Jährige"]),
        entity("Breno de Souza Brasil Dias da Costa", "PER", "BRA",
               ["des brasilianischen Botschafters Breno de Souza Brasil Dias da Costa", "Der Diplomat"]),
        entity("Managua", "LOC", "NIC", ["aus Managua"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Die Regierung in Managua", "der Regierung Ortega",
                                                         "zu Managua", "gegen Managua"]),
        entity("Ministry of Foreign Affairs of Brazil", "ORG", "BRA", ["das Außenministerium", "dem Ministerium"]),
        entity("Daniel Ortega", "PER", "NIC", ["dem nicaraguanischen Staatschef Daniel Ortega", "Ortega"]),
        entity("Pope Francis", "PER", "VAT", ["Papst Franziskus"]),
        entity("Rolando Álvarez", "PER", "NIC", ["des inhaftierten Bischofs Rolando Álvarez", "Álvarez",
                                                 "den Bischof"]),
        entity("Vatican City", "LOC", "VAT", ["den Vatikan"]),
        entity("Nicaraguans stripped of their citizenship", "ORG", "NIC", ["ausgebürgerte Nicaraguaner"]),
        entity("Brazilian opposition", "ORG", "BRA", ["Oppositionspolitiker in Brasília"]),
        entity("member of parliament of the Liberal Party", "PER", "BRA", ["Ein Abgeordneter"]),
        entity("Liberal Party (Brazil)", "ORG", "BRA", ["der Liberalen Partei"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Ex-Präsident Jair Bolsonaro"]),
        entity("Organization of American States", "ORG", "IGO", ["der Organisation Amerikanischer Staaten"]),
    ],
}

# ---------------------------------------------------------------- hm324-de-03 (Argentina, Télam shut down)
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
ARG_POLICE = actor("Argentine police", "ARG", "COP")
TELAM = actor("Télam", "ARG", "GOV")
TELAM_STAFF = actor("Télam employees", "ARG", "CVL")
MILEI = actor("Javier Milei", "ARG", "GOV")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
SIPREBA = actor("SiPreBA", "ARG", "LAB")
FOPEA = actor("FOPEA", "ARG", "NGO")
G_MARTINEZ = actor("Germán Martínez", "ARG", "OPP")

T1 = "Buenos Aires (dpa) - Argentiniens Regierung hat die staatliche Nachrichtenagentur Télam vorerst stillgelegt."
T2 = ("Polizisten sperrten in der Nacht zum Montag die beiden Gebäude der Agentur im Zentrum von Buenos Aires mit "
      "Metallgittern ab.")
T3 = "Die Internetseite von Télam war seither nicht mehr erreichbar."
T4 = "Die rund 700 Beschäftigten wurden per E-Mail für sieben Tage von der Arbeit freigestellt."
T5 = ("Präsident Javier Milei hatte am Freitag bei der Eröffnung der Sitzungsperiode des Kongresses angekündigt, "
      "Télam zu schließen.")
T6 = ("Die Agentur sei in den vergangenen Jahren als „Propagandaagentur des Kirchnerismus“ genutzt worden, sagte "
      "der 53-Jährige damals.")
T7 = ("Präsidentensprecher Manuel Adorni sagte am Montag, die Beschäftigten würden während der Umstrukturierung "
      "weiter bezahlt.")
T8 = "„Der Staat ist nicht dazu da, Journalisten zu bezahlen, die für eine Partei schreiben“, fügte Adorni hinzu."
T9 = ("Hunderte Beschäftigte und Unterstützer versammelten sich am Montag vor dem Hauptsitz in der Calle Bolívar zu "
      "einer Kundgebung gegen die Schließung.")
T10 = "Die Polizei hielt die Demonstranten von den Eingängen fern, nahm aber niemanden fest."
T11 = ("Die Pressegewerkschaft SiPreBA sprach von einer „illegalen Schließung“ und einem Angriff auf die "
       "Pressefreiheit.")
T12 = "„Wir werden Télam nicht kampflos aufgeben“, sagte Gewerkschaftschef Agustín Lecchi."
T13 = "Die Gewerkschaft reichte zudem Klage gegen die Freistellungen ein."
T14 = ("Das Journalistenforum Fopea forderte die Regierung auf, die Agentur nicht ohne Zustimmung des Kongresses zu "
       "schließen.")
T15 = ("Der Fraktionschef der peronistischen Unión por la Patria im Abgeordnetenhaus, Germán Martínez, warf Milei "
       "vor, kritische Stimmen zum Schweigen bringen zu wollen.")
T16 = "Milei hatte schon im Wahlkampf angekündigt, die staatlichen Medien zu privatisieren oder zu schließen."
T17 = "Télam wurde 1945 gegründet und ist die größte Nachrichtenagentur des Landes."

DE03 = {
    "id": "hm324-de-03", "lang": "de", "url": None, "published": "2024-03-04",
    "title": "Argentiniens Regierung legt Nachrichtenagentur Télam still",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11, T12, T13], [T14, T15, T16, T17]),
    "events": [
        event("COERCE", ARG_GOV, TELAM, T1, mode="censor"),
        event("COERCE", ARG_POLICE, TELAM, T2, mode="restrict", date="2024-03-04", location="Buenos Aires",
              location_country="ARG"),
        event("THREATEN", MILEI, TELAM, T5, date="2024-03-01"),
        event("ACCUSE", MILEI, TELAM, T6, mode="allege"),
        event("ACCUSE", ADORNI, TELAM, T8, mode="disapprove"),
        event("PROTEST", TELAM_STAFF, ARG_GOV, T9, mode="demo", date="2024-03-04", location="Buenos Aires",
              location_country="ARG"),
        event("COERCE", ARG_POLICE, TELAM_STAFF, T10, mode="restrict", location="Buenos Aires",
              location_country="ARG"),
        event("COERCE", ARG_POLICE, TELAM_STAFF, T10, mode="arrest", location="Buenos Aires",
              location_country="ARG", negated=True),
        event("ACCUSE", SIPREBA, ARG_GOV, T11, mode="disapprove"),
        event("ACCUSE", SIPREBA, ARG_GOV, T13, mode="allege"),
        event("REQUEST", FOPEA, ARG_GOV, T14),
        event("ACCUSE", G_MARTINEZ, MILEI, T15, mode="allege"),
    ],
    "quotes": [
        quote("Die Agentur sei in den vergangenen Jahren als „Propagandaagentur des Kirchnerismus“ genutzt worden",
              "Javier Milei", "indirect"),
        quote("Propagandaagentur des Kirchnerismus", "Javier Milei", "direct"),
        quote("die Beschäftigten würden während der Umstrukturierung weiter bezahlt", "Manuel Adorni", "indirect"),
        quote("Der Staat ist nicht dazu da, Journalisten zu bezahlen, die für eine Partei schreiben", "Manuel Adorni",
              "direct"),
        quote("illegalen Schließung", "SiPreBA", "direct"),
        quote("Wir werden Télam nicht kampflos aufgeben", "Agustín Lecchi", "direct"),
        quote("kritische Stimmen zum Schweigen bringen zu wollen", "Germán Martínez", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Government of Argentina", "ORG", "ARG", ["Argentiniens Regierung", "die Regierung"]),
        entity("Télam", "ORG", "ARG", ["die staatliche Nachrichtenagentur Télam", "der Agentur", "Télam",
                                       "Die Agentur", "die Agentur"]),
        entity("Télam buildings", "LOC", "ARG", ["die beiden Gebäude der Agentur", "dem Hauptsitz in der Calle Bolívar",
                                                 "den Eingängen"]),
        entity("Argentine police", "ORG", "ARG", ["Polizisten", "Die Polizei"]),
        entity("Télam employees", "ORG", "ARG", ["Die rund 700 Beschäftigten", "Hunderte Beschäftigte und Unterstützer",
                                                 "die Beschäftigten", "die Demonstranten"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "der 53-Jährige", "Milei"]),
        entity("Argentine National Congress", "ORG", "ARG", ["des Kongresses"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni", "Adorni"]),
        entity("SiPreBA", "ORG", "ARG", ["Die Pressegewerkschaft SiPreBA", "Die Gewerkschaft"]),
        entity("Agustín Lecchi", "PER", "ARG", ["Gewerkschaftschef Agustín Lecchi"]),
        entity("FOPEA", "ORG", "ARG", ["Das Journalistenforum Fopea"]),
        entity("Unión por la Patria", "ORG", "ARG", ["der peronistischen Unión por la Patria"]),
        entity("Argentine Chamber of Deputies", "ORG", "ARG", ["im Abgeordnetenhaus"]),
        entity("Germán Martínez", "PER", "ARG", ["Der Fraktionschef der peronistischen Unión por la Patria im "
                                                 "Abgeordnetenhaus, Germán Martínez"]),
        entity("Argentina", "LOC", "ARG", ["des Landes"]),
    ],
}

# ---------------------------------------------------------------- hm324-de-04 (Colombia, ELN attack and talks suspended)
COL_GOV = actor("Government of Colombia", "COL", "GOV")
ELN = actor("National Liberation Army (ELN)", "COL", "REB")
COL_ARMY = actor("Colombian Army", "COL", "MIL")
COL_ARMED_FORCES = actor("Military Forces of Colombia", "COL", "MIL")
PETRO = actor("Gustavo Petro", "COL", "GOV")
COL_DELEGATION = actor("Colombian government peace delegation", "COL", "GOV")
VELASQUEZ = actor("Iván Velásquez", "COL", "GOV")
ARAUCA_GOVERNOR = actor("Governor of Arauca", "COL", "GOV")
BELTRAN = actor("Pablo Beltrán", "COL", "REB")
UN_MISSION_COL = actor("UN Verification Mission in Colombia", "UNO", "IGO")
COL_BISHOPS = actor("Episcopal Conference of Colombia", "COL", "CVL")

E1 = ("Bogotá (AFP) - Nach einem tödlichen Anschlag der ELN-Guerilla auf einen Militärstützpunkt hat Kolumbiens "
      "Regierung die Friedensgespräche mit den Rebellen ausgesetzt.")
E2 = ("Kämpfer der ELN hatten am Dienstagmorgen einen mit Sprengstoff beladenen Lastwagen vor der Kaserne in Puerto "
      "Jordán im Departement Arauca explodieren lassen.")
E3 = "Zwei Soldaten wurden getötet und mehr als 20 verletzt."
E4 = ("Die Streitkräfte machten die in der Grenzregion zu Venezuela aktive ELN-Front Domingo Laín für den Angriff "
      "verantwortlich.")
E5 = "„Die ELN hat einen Friedensprozess mit Blut beendet“, schrieb Präsident Gustavo Petro im Onlinedienst X."
E6 = ("Der 64-Jährige, selbst früher Kämpfer der Guerilla M-19, hatte bei seinem Amtsantritt 2022 einen „totalen "
      "Frieden“ mit allen bewaffneten Gruppen angestrebt.")
E7 = ("Die Regierungsdelegation unter Leitung von Vera Grabe erklärte am Mittwoch, die Gespräche seien „bis auf "
      "Weiteres“ ausgesetzt.")
E8 = "Eine Wiederaufnahme sei nur möglich, wenn die ELN ihre Angriffe auf Soldaten und Zivilisten einstelle."
E9 = "Verteidigungsminister Iván Velásquez ordnete die Verlegung zusätzlicher Soldaten nach Arauca an."
E10 = "In der Departementshauptstadt Arauca beriet er mit dem Gouverneur über die Sicherheitslage."
E11 = "Die ELN äußerte sich zunächst nicht zu dem Angriff."
E12 = ("Ihr Chefunterhändler Pablo Beltrán hatte der Regierung in den vergangenen Wochen vorgeworfen, Vereinbarungen "
       "nicht einzuhalten.")
E13 = "Eine im August ausgelaufene Waffenruhe zwischen beiden Seiten war nicht verlängert worden."
E14 = ("Die UN-Verifikationsmission in Kolumbien verurteilte den Anschlag und forderte die ELN auf, Angriffe auf die "
       "Sicherheitskräfte einzustellen.")
E15 = ("Die katholische Bischofskonferenz, die die Gespräche begleitet, rief die Rebellen auf, an den "
       "Verhandlungstisch zurückzukehren.")
E16 = ("Die Gespräche mit der ELN, der größten noch aktiven Guerilla des Landes, hatten im November 2022 in Caracas "
       "begonnen.")
E17 = ("In Arauca kämpft die ELN seit Jahren gegen Abtrünnige der früheren Farc-Guerilla um die Kontrolle von "
       "Schmuggelrouten.")

DE04 = {
    "id": "hm324-de-04", "lang": "de", "url": None, "published": "2024-09-18",
    "title": "Kolumbien setzt Gespräche mit ELN nach Anschlag auf Kaserne aus",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12, E13], [E14, E15, E16, E17]),
    "events": [
        event("SANCTION", COL_GOV, ELN, E1, mode="discontinue"),
        event("ASSAULT", ELN, COL_ARMY, E1, mode="explosives"),
        event("ASSAULT", ELN, COL_ARMY, E2, mode="explosives", date="2024-09-17", location="Puerto Jordán",
              location_country="COL"),
        event("ACCUSE", COL_ARMED_FORCES, ELN, E4, mode="allege"),
        event("ACCUSE", PETRO, ELN, E5, mode="disapprove"),
        event("SANCTION", COL_DELEGATION, ELN, E7, mode="discontinue", date="2024-09-18"),
        event("REQUEST", COL_DELEGATION, ELN, E8, mode="yield"),
        event("MOBILIZE", VELASQUEZ, None, E9, mode="troops", location="Arauca", location_country="COL"),
        event("CONSULT", VELASQUEZ, ARAUCA_GOVERNOR, E10, mode="visit", location="Arauca", location_country="COL"),
        event("ACCUSE", BELTRAN, COL_GOV, E12, mode="allege"),
        event("ACCUSE", UN_MISSION_COL, ELN, E14, mode="disapprove"),
        event("REQUEST", UN_MISSION_COL, ELN, E14, mode="yield"),
        event("REQUEST", COL_BISHOPS, ELN, E15, mode="meet"),
    ],
    "quotes": [
        quote("Die ELN hat einen Friedensprozess mit Blut beendet", "Gustavo Petro", "direct"),
        quote("totalen Frieden", "Gustavo Petro", "direct"),
        quote("bis auf Weiteres", "Colombian government peace delegation", "direct"),
        quote("die Gespräche seien „bis auf Weiteres“ ausgesetzt", "Colombian government peace delegation",
              "indirect"),
        quote("Eine Wiederaufnahme sei nur möglich, wenn die ELN ihre Angriffe auf Soldaten und Zivilisten einstelle",
              "Colombian government peace delegation", "indirect"),
        quote("Vereinbarungen nicht einzuhalten", "Pablo Beltrán", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("National Liberation Army (ELN)", "ORG", "COL", ["der ELN-Guerilla", "den Rebellen", "Kämpfer der ELN",
                                                                "die ELN", "Die ELN", "der ELN", "die Rebellen"]),
        entity("army base in Puerto Jordán", "LOC", "COL", ["einen Militärstützpunkt", "der Kaserne in Puerto Jordán"]),
        entity("Puerto Jordán", "LOC", "COL", ["Puerto Jordán"]),
        entity("Arauca Department", "LOC", "COL", ["im Departement Arauca", "nach Arauca", "In Arauca"]),
        entity("Arauca", "LOC", "COL", ["In der Departementshauptstadt Arauca"]),
        entity("Government of Colombia", "ORG", "COL", ["Kolumbiens Regierung", "der Regierung"]),
        entity("Military Forces of Colombia", "ORG", "COL", ["Die Streitkräfte"]),
        entity("Domingo Laín Front", "ORG", "COL", ["die in der Grenzregion zu Venezuela aktive ELN-Front Domingo "
                                                    "Laín"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Der 64-Jährige"]),
        entity("X", "ORG", "MNC", ["im Onlinedienst X"]),
        entity("M-19", "ORG", "COL", ["der Guerilla M-19"]),
        entity("Colombian government peace delegation", "ORG", "COL", ["Die Regierungsdelegation"]),
        entity("Vera Grabe", "PER", "COL", ["Vera Grabe"]),
        entity("Iván Velásquez", "PER", "COL", ["Verteidigungsminister Iván Velásquez"]),
        entity("Governor of Arauca", "PER", "COL", ["dem Gouverneur"]),
        entity("Pablo Beltrán", "PER", "COL", ["Ihr Chefunterhändler Pablo Beltrán"]),
        entity("UN Verification Mission in Colombia", "ORG", "UNO", ["Die UN-Verifikationsmission in Kolumbien"]),
        entity("Colombia", "LOC", "COL", ["Kolumbien", "des Landes"]),
        entity("Episcopal Conference of Colombia", "ORG", "COL", ["Die katholische Bischofskonferenz"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("FARC dissidents", "ORG", "COL", ["Abtrünnige der früheren Farc-Guerilla"]),
        entity("FARC", "ORG", "COL", ["der früheren Farc-Guerilla"]),
    ],
}

# ---------------------------------------------------------------- hm324-en-01 (Paraguay, Paraguayo Cubas arrested)
PRY_POLICE = actor("National Police of Paraguay", "PRY", "COP")
CUBAS = actor("Paraguayo Cubas", "PRY", "OPP")
PRY_PROSECUTORS = actor("Public Prosecutor's Office of Paraguay", "PRY", "JUD")
CRUZADA = actor("Cruzada Nacional", "PRY", "OPP")
PRY_AUTH = actor("Paraguayan authorities", "PRY", "GOV")
TSJE = actor("Superior Court of Electoral Justice of Paraguay", "PRY", "JUD")
CUBAS_SUPPORTERS = actor("supporters of Paraguayo Cubas", "PRY", "OPP")
PENA = actor("Santiago Peña", "PRY", "PTY")
ABDO = actor("Mario Abdo Benítez", "PRY", "GOV")
ALEGRE = actor("Efraín Alegre", "PRY", "OPP")

A1 = ("ASUNCION, May 5 (Reuters) - Paraguayan police on Friday arrested Paraguayo Cubas, the populist candidate who "
      "came third in last Sunday's presidential election.")
A2 = ("Prosecutors accused the former senator of disturbing the public peace and inciting crimes during days of "
      "unrest following the vote.")
A3 = 'His party, Cruzada Nacional, called the arrest "political persecution" and demanded his immediate release.'
A4 = ("Cubas, who won about 23% of the vote, has accused the electoral authorities of manipulating the count in "
      "favor of Santiago Pena of the ruling Colorado Party, who won with nearly 43%.")
A5 = ("Hundreds of his supporters have blocked highways in several parts of the country since Monday, demanding a "
      "recount of the ballots.")
A6 = ("On Tuesday, police fired tear gas and rubber bullets to disperse a crowd outside the headquarters of the "
      "Superior Electoral Justice Tribunal (TSJE) in Asuncion and detained dozens of Cubas supporters.")
A7 = ('"This election was stolen from the Paraguayan people, and we will not stay silent," Cubas said in a video '
      'posted on social media hours before his arrest.')
A8 = "The electoral tribunal has said the count was transparent."
A9 = "Observers from the Organization of American States said they had found no evidence of fraud."
A10 = ('Pena, a 44-year-old economist and former finance minister, urged Cubas\' supporters to respect the result '
       'and said there was "no room for violence" in Paraguay.')
A11 = ("The president-elect, who takes office on Aug. 15, met outgoing President Mario Abdo Benitez at the "
       "presidential palace on Wednesday to begin the transition.")
A12 = ('Abdo Benitez said on Twitter that the state would "not tolerate" attacks on public institutions and that '
       'those responsible would be prosecuted.')
A13 = ("Efrain Alegre, the candidate of the main opposition alliance who finished second, conceded defeat on "
       "election night.")
A14 = ("Cubas, a former senator, has built a large following with his attacks on Paraguay's political "
       "establishment.")

EN01 = {
    "id": "hm324-en-01", "lang": "en", "url": None, "published": "2023-05-05",
    "title": "Paraguay police arrest third-placed candidate Cubas after post-election unrest",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14]),
    "events": [
        event("COERCE", PRY_POLICE, CUBAS, A1, mode="arrest", date="2023-05-05"),
        event("ACCUSE", PRY_PROSECUTORS, CUBAS, A2, mode="allege"),
        event("ACCUSE", CRUZADA, PRY_AUTH, A3, mode="disapprove"),
        event("REQUEST", CRUZADA, PRY_AUTH, A3, mode="yield"),
        event("ACCUSE", CUBAS, TSJE, A4, mode="allege"),
        event("PROTEST", CUBAS_SUPPORTERS, TSJE, A5, mode="obstruct"),
        event("ASSAULT", PRY_POLICE, CUBAS_SUPPORTERS, A6, mode="crowd-control", date="2023-05-02",
              location="Asunción", location_country="PRY"),
        event("COERCE", PRY_POLICE, CUBAS_SUPPORTERS, A6, mode="arrest", date="2023-05-02", location="Asunción",
              location_country="PRY"),
        event("ACCUSE", CUBAS, None, A7, mode="allege"),
        event("REQUEST", PENA, CUBAS_SUPPORTERS, A10),
        event("CONSULT", PENA, ABDO, A11, date="2023-05-03"),
        event("THREATEN", ABDO, CUBAS_SUPPORTERS, A12, mode="arrest"),
        event("CONCEDE", ALEGRE, PENA, A13, date="2023-04-30"),
    ],
    "quotes": [
        quote("political persecution", "Cruzada Nacional", "direct"),
        quote("This election was stolen from the Paraguayan people, and we will not stay silent", "Paraguayo Cubas",
              "direct"),
        quote("the count was transparent", "Superior Court of Electoral Justice of Paraguay", "indirect"),
        quote("they had found no evidence of fraud", "Organization of American States electoral observation mission",
              "indirect"),
        quote("no room for violence", "Santiago Peña", "direct"),
        quote('there was "no room for violence" in Paraguay', "Santiago Peña", "indirect"),
        quote("not tolerate", "Mario Abdo Benítez", "direct"),
        quote('the state would "not tolerate" attacks on public institutions and that those responsible would be '
              'prosecuted', "Mario Abdo Benítez", "indirect"),
    ],
    "entities": [
        entity("Asunción", "LOC", "PRY", ["ASUNCION", "Asuncion"]),
        entity("National Police of Paraguay", "ORG", "PRY", ["Paraguayan police", "police"]),
        entity("Paraguayo Cubas", "PER", "PRY", ["Paraguayo Cubas", "the populist candidate", "the former senator",
                                                 "Cubas", "a former senator"]),
        entity("Public Prosecutor's Office of Paraguay", "ORG", "PRY", ["Prosecutors"]),
        entity("Cruzada Nacional", "ORG", "PRY", ["His party, Cruzada Nacional"]),
        entity("Superior Court of Electoral Justice of Paraguay", "ORG", "PRY",
               ["the electoral authorities", "the Superior Electoral Justice Tribunal (TSJE)",
                "The electoral tribunal"]),
        entity("TSJE headquarters", "LOC", "PRY", ["the headquarters of the Superior Electoral Justice Tribunal"]),
        entity("Santiago Peña", "PER", "PRY", ["Santiago Pena", "Pena", "a 44-year-old economist and former finance "
                                               "minister", "The president-elect"]),
        entity("Colorado Party", "ORG", "PRY", ["the ruling Colorado Party"]),
        entity("supporters of Paraguayo Cubas", "ORG", "PRY", ["Hundreds of his supporters", "a crowd",
                                                               "dozens of Cubas supporters", "Cubas' supporters"]),
        entity("Paraguay", "LOC", "PRY", ["the country", "Paraguay"]),
        entity("Organization of American States", "ORG", "IGO", ["the Organization of American States"]),
        entity("Organization of American States electoral observation mission", "ORG", "IGO",
               ["Observers from the Organization of American States"]),
        entity("Mario Abdo Benítez", "PER", "PRY", ["outgoing President Mario Abdo Benitez", "Abdo Benitez"]),
        entity("Mburuvicha Róga", "LOC", "PRY", ["the presidential palace"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Efraín Alegre", "PER", "PRY", ["Efrain Alegre"]),
        entity("Concertación Nacional", "ORG", "PRY", ["the main opposition alliance"]),
    ],
}

# ---------------------------------------------------------------- hm324-en-02 (Mexico, rally for the INE)
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
RALLY_ORGANIZERS = actor("organizers of the rally in defense of the INE", "MEX", "CVL")
MEX_PROTESTERS = actor("protesters in Mexico City", "MEX", "CVL")
COSSIO = actor("José Ramón Cossío", "MEX", "CVL")
SCJN = actor("Supreme Court of Justice of the Nation", "MEX", "JUD")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
CORDOVA = actor("Lorenzo Córdova", "MEX", "GOV")
MEX_OPP = actor("Mexican opposition parties", "MEX", "OPP")
CORTES = actor("Marko Cortés", "MEX", "OPP")
DELGADO = actor("Mario Delgado", "MEX", "PTY")
MXC_POLICE = actor("Mexico City police", "MEX", "COP")

M1 = ("MEXICO CITY, Feb 27 (Reuters) - Mexican President Andres Manuel Lopez Obrador on Monday dismissed a mass "
      "rally against his overhaul of the electoral authority, accusing the organizers of defending corruption and "
      "vowing to press ahead with the reform.")
M2 = ('Tens of thousands of people dressed in white and pink filled Mexico City\'s main square, the Zocalo, on '
      'Sunday under the slogan "My vote is not to be touched," and smaller marches were held in more than 100 '
      'cities.')
M3 = "Organizers put the turnout at about 500,000, while the Mexico City government said some 90,000 people attended."
M4 = ("The protesters oppose a package of laws, approved by the Senate last week, that cuts the budget and staff of "
      "the National Electoral Institute (INE) and shrinks its regional offices.")
M5 = ("Former Supreme Court Justice Jose Ramon Cossio, the only speaker at the rally, urged the court's current "
      "justices to strike down the changes as unconstitutional.")
M6 = '"Democracy is not defended once, it is defended every day," Cossio told the crowd.'
M7 = "He accused the government of trying to take control of the body that organizes and counts the vote."
M8 = ('At his regular morning news conference, Lopez Obrador said the march had been organized by "conservatives" '
      'who had benefited from corruption under previous governments.')
M9 = '"They are not defending democracy, they are defending their privileges," said the 69-year-old leftist.'
M10 = ("He said he would sign the reform into law this week and rejected claims that it put elections at "
       "risk.")
M11 = ("INE President Lorenzo Cordova, who did not attend the march, has said the cuts would cost thousands of jobs "
       "and put the 2024 presidential election at risk.")
M12 = ("Lopez Obrador has repeatedly accused Cordova of earning an excessive salary and of having covered up "
       "electoral fraud in the past.")
M13 = "Leaders of the main opposition parties joined the march but did not speak."
M14 = ('Marko Cortes, the chairman of the conservative National Action Party (PAN), said the turnout showed that '
       'Mexicans would not allow the president to "destroy" the INE.')
M15 = ('Mario Delgado, the chairman of the ruling Morena party, accused the opposition of using the electoral '
       'institute as a "political shield."')
M16 = "Mexico City police said the rally passed off peacefully and that no one was arrested."

EN02 = {
    "id": "hm324-en-02", "lang": "en", "url": None, "published": "2023-02-27",
    "title": "Mexico's Lopez Obrador dismisses mass rally in defense of electoral body",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7], [M8, M9, M10, M11, M12], [M13, M14, M15, M16]),
    "events": [
        event("ACCUSE", AMLO, RALLY_ORGANIZERS, M1, mode="allege", date="2023-02-27"),
        event("REJECT", AMLO, MEX_PROTESTERS, M1, mode="change", date="2023-02-27"),
        event("PROTEST", MEX_PROTESTERS, AMLO, M2, mode="demo", date="2023-02-26", location="Zócalo",
              location_country="MEX"),
        event("REQUEST", COSSIO, SCJN, M5, mode="change"),
        event("ACCUSE", COSSIO, MEX_GOV, M7, mode="allege"),
        event("ACCUSE", AMLO, RALLY_ORGANIZERS, M8, mode="allege"),
        event("ACCUSE", AMLO, RALLY_ORGANIZERS, M9, mode="disapprove"),
        event("ACCUSE", CORDOVA, MEX_GOV, M11, mode="disapprove"),
        event("ACCUSE", AMLO, CORDOVA, M12, mode="allege"),
        event("PROTEST", MEX_OPP, AMLO, M13, mode="demo"),
        event("ACCUSE", CORTES, AMLO, M14, mode="disapprove"),
        event("ACCUSE", DELGADO, MEX_OPP, M15, mode="allege"),
        event("COERCE", MXC_POLICE, MEX_PROTESTERS, M16, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("My vote is not to be touched", "protesters in Mexico City", "direct"),
        quote("some 90,000 people attended", "Government of Mexico City", "indirect"),
        quote("Democracy is not defended once, it is defended every day", "José Ramón Cossío", "direct"),
        quote("conservatives", "Andrés Manuel López Obrador", "direct"),
        quote('the march had been organized by "conservatives" who had benefited from corruption under previous '
              'governments', "Andrés Manuel López Obrador", "indirect"),
        quote("They are not defending democracy, they are defending their privileges", "Andrés Manuel López Obrador",
              "direct"),
        quote("he would sign the reform into law this week", "Andrés Manuel López Obrador", "indirect"),
        quote("the cuts would cost thousands of jobs and put the 2024 presidential election at risk",
              "Lorenzo Córdova", "indirect"),
        quote("destroy", "Marko Cortés", "direct"),
        quote('the turnout showed that Mexicans would not allow the president to "destroy" the INE', "Marko Cortés",
              "indirect"),
        quote("political shield", "Mario Delgado", "direct"),
        quote("the rally passed off peacefully and that no one was arrested", "Mexico City police", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY", "Mexico City's"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Mexican President Andres Manuel Lopez Obrador",
                                                             "Lopez Obrador", "the 69-year-old leftist",
                                                             "the president"]),
        entity("organizers of the rally in defense of the INE", "ORG", "MEX", ["the organizers", "Organizers"]),
        entity("protesters in Mexico City", "ORG", "MEX", ["Tens of thousands of people dressed in white and pink",
                                                           "The protesters", "the crowd"]),
        entity("Zócalo", "LOC", "MEX", ["Mexico City's main square, the Zocalo"]),
        entity("Government of Mexico City", "ORG", "MEX", ["the Mexico City government"]),
        entity("Mexican Senate", "ORG", "MEX", ["the Senate"]),
        entity("National Electoral Institute", "ORG", "MEX", ["the electoral authority",
                                                              "the National Electoral Institute (INE)", "INE",
                                                              "the body that organizes and counts the vote",
                                                              "the electoral institute"]),
        entity("José Ramón Cossío", "PER", "MEX", ["Former Supreme Court Justice Jose Ramon Cossio", "Cossio"]),
        entity("Supreme Court of Justice of the Nation", "ORG", "MEX", ["Supreme Court", "the court's current justices"]),
        entity("Government of Mexico", "ORG", "MEX", ["the government"]),
        entity("Lorenzo Córdova", "PER", "MEX", ["INE President Lorenzo Cordova", "Cordova"]),
        entity("Mexican opposition parties", "ORG", "MEX", ["the main opposition parties", "the opposition"]),
        entity("Marko Cortés", "PER", "MEX", ["Marko Cortes"]),
        entity("National Action Party", "ORG", "MEX", ["the conservative National Action Party (PAN)"]),
        entity("Mario Delgado", "PER", "MEX", ["Mario Delgado"]),
        entity("Morena", "ORG", "MEX", ["the ruling Morena party"]),
        entity("Mexico City police", "ORG", "MEX", ["Mexico City police"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
