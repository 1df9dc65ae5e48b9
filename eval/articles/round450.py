"""Round 450: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm450-de-01: Argentina: José Luis Espert withdraws as La Libertad Avanza's lead candidate in Buenos Aires province over a payment from Fred Machado; Grabois's complaint and a San Isidro judge's inquiry, Espert blames the Kirchnerists, Milei backs him, Santilli replaces him, the electoral chamber refuses new ballots, the opposition demands his removal as budget chair, Machado's arrest and extradition approval recalled (2025-10-06).
- hm450-de-02: Chile: Codelco and SQM agree the final terms of their Atacama lithium partnership; Boric praises it, Tianqi objects, demands a shareholder vote and sues, SQM refuses, the CMF had rejected Tianqi's complaint, Republicans accuse the government over Ponce Lerou and ask the comptroller to review it, Beijing urges fair treatment (2024-06-01).
- hm450-de-03: Bolivia: Rodrigo Paz and Jorge Quiroga reach the presidential run-off; Andrónico Rodríguez pelted with stones in Shinahota and blames Morales supporters, no arrests, Doria Medina backs Paz, Morales's null-vote call and threat of protests, Arce condemns and promises a handover, OAS observers praise the vote, Paz pledges to restore ties with Washington (2025-08-18).
- hm450-de-04: Colombia: Petro supporters and trade unionists besiege the Palace of Justice in Bogotá as the Supreme Court again fails to elect an attorney general; Chaverra condemns a "siege" and asks for protection, Petro's call to mobilise and demand for a quick vote, his denial, Valencia alleges a coup, Cabello investigates the police, Almagro condemns, Barbosa's earlier charge against Petro recalled (2024-02-09).
- hm450-en-01: Venezuela/United States: Trump revokes Chevron's licence to pump Venezuelan oil and accuses Maduro's government over elections and deportations; Delcy Rodríguez condemns, Grenell's visit, the release of six Americans and the deportation-flight deal recalled, Machado welcomes, Díaz-Balart and Scott had urged it, Rubio rejects Maduro's legitimacy (2025-02-27).
- hm450-en-02: Brazil/United States: Washington revokes the visas of Mais Médicos officials Mozart Sales and Alberto Kleiman and former PAHO officials; Rubio accuses them and Cuba, Padilha, Lula and Bruno Rodríguez condemn, Cuba's 2018 withdrawal of its doctors after Bolsonaro's criticism, the Moraes visa revocations, the coup trial, house arrest and 50% tariffs recalled (2025-08-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm450-de-01 (Argentina, Espert withdraws)
ESPERT = actor("José Luis Espert", "ARG", "PTY")
US_PROSECUTORS = actor("United States federal prosecutors", "USA", "JUD")
MACHADO_F = actor("Federico Machado", "ARG", "CVL")
ARG_POLICE = actor("Argentine security forces", "ARG", "COP")
ARG_SUPREME = actor("Supreme Court of Argentina", "ARG", "JUD")
USA_GOV_1 = actor("Government of the United States", "USA", "GOV")
GRABOIS = actor("Juan Grabois", "ARG", "OPP")
SAN_ISIDRO_JUDGE = actor("Federal judge in San Isidro", "ARG", "JUD")
KIRCHNERISTS = actor("supporters of Cristina Fernández de Kirchner", "ARG", "OPP")
MILEI = actor("Javier Milei", "ARG", "GOV")
LLA = actor("La Libertad Avanza", "ARG", "PTY")
ARG_ELECTORAL = actor("National Electoral Chamber of Argentina", "ARG", "JUD")
ARG_OPPOSITION = actor("Opposition in the Argentine Chamber of Deputies", "ARG", "LEG")
G_MARTINEZ = actor("Germán Martínez", "ARG", "LEG")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")

E1 = ("Buenos Aires (dpa) - Wenige Wochen vor der Parlamentswahl in Argentinien hat der Spitzenkandidat von "
      "Präsident Javier Milei in der Provinz Buenos Aires, José Luis Espert, seine Kandidatur zurückgezogen.")
E2 = ("Er wolle nicht zur „Ausrede“ für die Gegner der Regierung werden, erklärte der 64-Jährige am Sonntagabend in "
      "einem Video auf der Plattform X.")
E3 = ("Espert steht seit Tagen unter Druck, weil er 2020 rund 200.000 US-Dollar von dem Geschäftsmann Federico "
      "„Fred“ Machado erhalten haben soll, der in den USA wegen Drogenhandels und Betrugs angeklagt ist.")
E4 = "Machado war im April 2021 in der Provinz Neuquén festgenommen worden und steht seither unter Hausarrest."
E5 = "Der Oberste Gerichtshof hatte im September seine Auslieferung an die Vereinigten Staaten genehmigt."
E6 = "Der linke Aktivist Juan Grabois erstattete Anzeige gegen Espert wegen Geldwäsche."
E7 = "Ein Bundesrichter in San Isidro leitete daraufhin Ermittlungen ein."
E8 = "Espert bestreitet jedes Fehlverhalten."
E9 = ("Er warf den Anhängern der früheren Präsidentin Cristina Kirchner vor, eine „Operation“ gegen ihn inszeniert "
      "zu haben.")
E10 = "Milei dankte seinem Verbündeten auf X für dessen „Großzügigkeit“ und stellte sich hinter ihn."
E11 = ("Neuer Spitzenkandidat werde der Abgeordnete Diego Santilli, teilte die Regierungspartei La Libertad Avanza "
       "mit.")
E12 = "Die Partei beantragte zudem, die Stimmzettel mit Esperts Foto neu drucken zu lassen."
E13 = ("Die Nationale Wahlkammer lehnte dies am Montag ab, weil der Druck der Millionen Stimmzettel bereits "
       "abgeschlossen sei.")
E14 = ("Die Opposition im Abgeordnetenhaus forderte Esperts Absetzung als Vorsitzender des einflussreichen "
       "Haushaltsausschusses.")
E15 = ("„Die Regierung hat ein Problem mit der Drogenmafia, nicht mit uns“, sagte der Fraktionschef der Peronisten, "
       "Germán Martínez.")
E16 = "Die Zwischenwahl am 26. Oktober gilt als wichtiger Test für Mileis Sparkurs."
E17 = ("Bei der Provinzwahl in Buenos Aires Anfang September hatte die peronistische Opposition um Gouverneur Axel "
       "Kicillof deutlich gewonnen.")

DE01 = {
    "id": "hm450-de-01", "lang": "de", "url": None, "published": "2025-10-06",
    "title": "Argentinien: Milei-Kandidat Espert zieht Kandidatur zurück",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8, E9], [E10, E11, E12, E13], [E14, E15, E16, E17]),
    "events": [
        event("RETREAT", ESPERT, None, E1, mode="resign"),
        event("ACCUSE", US_PROSECUTORS, MACHADO_F, E3, mode="allege"),
        event("COERCE", ARG_POLICE, MACHADO_F, E4, mode="arrest", location="Neuquén", location_country="ARG"),
        event("COOPERATE", ARG_SUPREME, USA_GOV_1, E5),
        event("ACCUSE", GRABOIS, ESPERT, E6, mode="allege"),
        event("ACCUSE", SAN_ISIDRO_JUDGE, ESPERT, E7, mode="investigate", location="San Isidro",
              location_country="ARG"),
        event("ACCUSE", ESPERT, KIRCHNERISTS, E9, mode="allege"),
        event("SUPPORT", MILEI, ESPERT, E10),
        event("REQUEST", LLA, ARG_ELECTORAL, E12),
        event("REJECT", ARG_ELECTORAL, LLA, E13, date="2025-10-06"),
        event("REQUEST", ARG_OPPOSITION, ESPERT, E14, mode="change"),
        event("ACCUSE", G_MARTINEZ, ARG_GOV, E15, mode="allege"),
    ],
    "quotes": [
        quote("Ausrede", "José Luis Espert", "direct"),
        quote("Er wolle nicht zur „Ausrede“ für die Gegner der Regierung werden", "José Luis Espert", "indirect"),
        quote("eine „Operation“ gegen ihn inszeniert zu haben", "José Luis Espert", "indirect"),
        quote("Operation", "José Luis Espert", "direct"),
        quote("Großzügigkeit", "Javier Milei", "direct"),
        quote("Neuer Spitzenkandidat werde der Abgeordnete Diego Santilli", "La Libertad Avanza", "indirect"),
        quote("weil der Druck der Millionen Stimmzettel bereits abgeschlossen sei",
              "National Electoral Chamber of Argentina", "indirect"),
        quote("Die Regierung hat ein Problem mit der Drogenmafia, nicht mit uns", "Germán Martínez", "direct"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Argentina", "LOC", "ARG", ["Argentinien"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Milei", "Mileis"]),
        entity("Buenos Aires Province", "LOC", "ARG", ["der Provinz Buenos Aires"]),
        entity("José Luis Espert", "PER", "ARG",
               ["der Spitzenkandidat von Präsident Javier Milei in der Provinz Buenos Aires, José Luis Espert", "Er",
                "der 64-Jährige", "Espert", "er", "ihn", "seinem Verbündeten", "Esperts"]),
        entity("Government of Argentina", "ORG", "ARG", ["der Regierung", "Die Regierung"]),
        entity("X", "ORG", "USA", ["der Plattform X", "X"]),
        entity("Federico Machado", "PER", "ARG", ["dem Geschäftsmann Federico „Fred“ Machado", "Machado", "seine"]),
        entity("United States", "LOC", "USA", ["in den USA"]),
        entity("Neuquén Province", "LOC", "ARG", ["der Provinz Neuquén"]),
        entity("Supreme Court of Argentina", "ORG", "ARG", ["Der Oberste Gerichtshof"]),
        entity("Government of the United States", "ORG", "USA", ["die Vereinigten Staaten"]),
        entity("Juan Grabois", "PER", "ARG", ["Der linke Aktivist Juan Grabois"]),
        entity("Federal judge in San Isidro", "PER", "ARG", ["Ein Bundesrichter in San Isidro"]),
        entity("San Isidro", "LOC", "ARG", ["San Isidro"]),
        entity("supporters of Cristina Fernández de Kirchner", "ORG", "ARG",
               ["den Anhängern der früheren Präsidentin Cristina Kirchner"]),
        entity("Cristina Fernández de Kirchner", "PER", "ARG", ["der früheren Präsidentin Cristina Kirchner"]),
        entity("Diego Santilli", "PER", "ARG", ["der Abgeordnete Diego Santilli"]),
        entity("La Libertad Avanza", "ORG", "ARG", ["die Regierungspartei La Libertad Avanza", "Die Partei"]),
        entity("National Electoral Chamber of Argentina", "ORG", "ARG", ["Die Nationale Wahlkammer"]),
        entity("Opposition in the Argentine Chamber of Deputies", "ORG", "ARG",
               ["Die Opposition im Abgeordnetenhaus"]),
        entity("Chamber of Deputies of Argentina", "ORG", "ARG", ["Abgeordnetenhaus"]),
        entity("Budget Committee of the Chamber of Deputies of Argentina", "ORG", "ARG",
               ["des einflussreichen Haushaltsausschusses"]),
        entity("Germán Martínez", "PER", "ARG", ["der Fraktionschef der Peronisten, Germán Martínez"]),
        entity("Peronists", "ORG", "ARG", ["der Peronisten", "die peronistische Opposition"]),
        entity("Axel Kicillof", "PER", "ARG", ["Gouverneur Axel Kicillof"]),
    ],
}

# ---------------------------------------------------------------- hm450-de-02 (Chile, Codelco-SQM lithium deal)
CODELCO = actor("Codelco", "CHL", "BUS")
SQM = actor("SQM", "CHL", "BUS")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
TIANQI = actor("Tianqi Lithium", "CHN", "BUS")
CMF = actor("Financial Market Commission of Chile", "CHL", "GOV")
REPUBLICANS = actor("Republican Party (Chile)", "CHL", "PTY")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
CONTRALORIA = actor("Comptroller General of Chile", "CHL", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")

C1 = ("Santiago de Chile (dpa) - Der staatliche chilenische Kupferkonzern Codelco und der Bergbaukonzern SQM haben "
      "sich auf die endgültigen Bedingungen für eine gemeinsame Lithiumförderung in der Atacama-Wüste geeinigt.")
C2 = ("Das neue Gemeinschaftsunternehmen solle von 2031 an die Vorkommen im Salar de Atacama ausbeuten, teilten "
      "beide Unternehmen am Freitag mit.")
C3 = "Codelco wird dabei 50 Prozent plus eine Aktie halten und damit die Kontrolle übernehmen."
C4 = "Präsident Gabriel Boric sprach von einem „historischen Tag“ für Chile."
C5 = ("Die Vereinbarung sichere dem Staat den Großteil der Gewinne und schaffe zugleich Vertrauen bei Investoren, "
      "sagte er in einer Fernsehansprache.")
C6 = ("Der chinesische Konzern Tianqi, mit rund 22 Prozent zweitgrößter Aktionär von SQM, kritisierte die Einigung "
      "scharf.")
C7 = ("Tianqi verlangte erneut eine außerordentliche Hauptversammlung, auf der die Aktionäre über das Geschäft "
      "abstimmen sollen.")
C8 = "SQM lehnte dies ab und verwies auf ein Gutachten, wonach eine Abstimmung nicht nötig sei."
C9 = "Die Finanzmarktaufsicht CMF hatte eine Beschwerde von Tianqi bereits im März zurückgewiesen."
C10 = "Tianqi reichte daraufhin Klage bei einem Zivilgericht in Santiago ein."
C11 = ("Abgeordnete der rechten Republikanischen Partei warfen der Regierung vor, den früheren SQM-Mehrheitseigner "
       "Julio Ponce Lerou, einen Ex-Schwiegersohn des Diktators Augusto Pinochet, zu begünstigen.")
C12 = "Sie forderten den Rechnungshof auf, die Vereinbarung zu prüfen."
C13 = "Codelco-Chef Máximo Pacheco wies die Vorwürfe zurück."
C14 = ("Die Regierung in Peking rief Chile auf, chinesische Unternehmen „fair und diskriminierungsfrei“ zu "
       "behandeln.")
C15 = ("Chile verfügt über die größten bekannten Lithiumreserven der Welt und ist nach Australien der zweitgrößte "
       "Produzent des für Batterien wichtigen Leichtmetalls.")
C16 = ("Boric hatte im April 2023 eine nationale Lithiumstrategie vorgestellt, nach der der Staat bei allen "
       "strategischen Vorkommen die Mehrheit halten soll.")

DE02 = {
    "id": "hm450-de-02", "lang": "de", "url": None, "published": "2024-06-01",
    "title": "Codelco und SQM einigen sich auf Lithium-Partnerschaft",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9, C10], [C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("AGREE", CODELCO, SQM, C1),
        event("SUPPORT", BORIC, CODELCO, C4),
        event("ACCUSE", TIANQI, SQM, C6, mode="disapprove"),
        event("REQUEST", TIANQI, SQM, C7, mode="change"),
        event("REJECT", SQM, TIANQI, C8, mode="change"),
        event("REJECT", CMF, TIANQI, C9),
        event("ACCUSE", TIANQI, SQM, C10, mode="allege", location="Santiago", location_country="CHL"),
        event("ACCUSE", REPUBLICANS, CHL_GOV, C11, mode="allege"),
        event("REQUEST", REPUBLICANS, CONTRALORIA, C12),
        event("REQUEST", CHN_GOV, CHL_GOV, C14, mode="change"),
    ],
    "quotes": [
        quote("Das neue Gemeinschaftsunternehmen solle von 2031 an die Vorkommen im Salar de Atacama ausbeuten",
              "Codelco", "indirect"),
        quote("Das neue Gemeinschaftsunternehmen solle von 2031 an die Vorkommen im Salar de Atacama ausbeuten",
              "SQM", "indirect"),
        quote("historischen Tag", "Gabriel Boric", "direct"),
        quote("Die Vereinbarung sichere dem Staat den Großteil der Gewinne und schaffe zugleich Vertrauen bei "
              "Investoren", "Gabriel Boric", "indirect"),
        quote("wonach eine Abstimmung nicht nötig sei", "SQM", "indirect"),
        quote("den früheren SQM-Mehrheitseigner Julio Ponce Lerou, einen Ex-Schwiegersohn des Diktators Augusto "
              "Pinochet, zu begünstigen", "Republican Party (Chile)", "indirect"),
        quote("fair und diskriminierungsfrei", "Government of China", "direct"),
        quote("chinesische Unternehmen „fair und diskriminierungsfrei“ zu behandeln", "Government of China",
              "indirect"),
    ],
    "entities": [
        entity("Santiago", "LOC", "CHL", ["Santiago de Chile", "Santiago"]),
        entity("Codelco", "ORG", "CHL", ["Der staatliche chilenische Kupferkonzern Codelco", "Codelco"]),
        entity("SQM", "ORG", "CHL", ["der Bergbaukonzern SQM", "SQM"]),
        entity("Atacama Desert", "LOC", "CHL", ["der Atacama-Wüste"]),
        entity("Salar de Atacama", "LOC", "CHL", ["Salar de Atacama"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "er", "Boric"]),
        entity("Chile", "LOC", "CHL", ["Chile"]),
        entity("Government of Chile", "ORG", "CHL", ["dem Staat", "der Regierung", "Chile", "der Staat"]),
        entity("Tianqi Lithium", "ORG", "CHN", ["Der chinesische Konzern Tianqi", "Tianqi"]),
        entity("Financial Market Commission of Chile", "ORG", "CHL", ["Die Finanzmarktaufsicht CMF"]),
        entity("Civil court in Santiago", "ORG", "CHL", ["einem Zivilgericht in Santiago"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["Abgeordnete der rechten Republikanischen Partei", "Sie"]),
        entity("Julio Ponce Lerou", "PER", "CHL", ["den früheren SQM-Mehrheitseigner Julio Ponce Lerou"]),
        entity("Augusto Pinochet", "PER", "CHL", ["des Diktators Augusto Pinochet"]),
        entity("Comptroller General of Chile", "ORG", "CHL", ["den Rechnungshof"]),
        entity("Máximo Pacheco", "PER", "CHL", ["Codelco-Chef Máximo Pacheco"]),
        entity("Government of China", "ORG", "CHN", ["Die Regierung in Peking"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("National Lithium Strategy", "MISC", "CHL", ["eine nationale Lithiumstrategie"]),
    ],
}

# ---------------------------------------------------------------- hm450-de-03 (Bolivia, first round)
DORIA = actor("Samuel Doria Medina", "BOL", "PTY")
PAZ = actor("Rodrigo Paz", "BOL", "PTY")
ATTACKERS = actor("attackers of Andrónico Rodríguez", "BOL", "CVL")
ANDRONICO = actor("Andrónico Rodríguez", "BOL", "LEG")
MORALES_SUPP = actor("supporters of Evo Morales", "BOL", "OPP")
BOL_POLICE = actor("Bolivian Police", "BOL", "COP")
BOL_TCP = actor("Plurinational Constitutional Tribunal of Bolivia", "BOL", "JUD")
MORALES = actor("Evo Morales", "BOL", "OPP")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
ARCE = actor("Luis Arce", "BOL", "GOV")
OAS_OBS = actor("OAS Electoral Observation Mission", "IGO", "IGO")
BOL_TSE = actor("Supreme Electoral Tribunal of Bolivia", "BOL", "GOV")
USA_GOV_3 = actor("Government of the United States", "USA", "GOV")

B1 = ("La Paz (dpa) - Bei der Präsidentenwahl in Bolivien am Sonntag haben der Senator Rodrigo Paz und Ex-Präsident "
      "Jorge „Tuto“ Quiroga die Stichwahl erreicht.")
B2 = ("Paz kam auf rund 32 Prozent der Stimmen, Quiroga auf knapp 27 Prozent, wie die Wahlbehörde TSE nach "
      "Auszählung fast aller Stimmen mitteilte.")
B3 = "Die linke Regierungspartei MAS, die das Land fast 20 Jahre lang regiert hatte, stürzte auf gut drei Prozent ab."
B4 = "Der drittplatzierte Unternehmer Samuel Doria Medina sprach sich für Paz als nächsten Präsidenten aus."
B5 = ("Überschattet wurde der Wahltag von einem Angriff auf den linken Kandidaten, Senatspräsident Andrónico "
      "Rodríguez.")
B6 = ("Eine Gruppe von Männern bewarf den 36-Jährigen in seiner Heimatstadt Shinahota in der Region Chapare mit "
      "Steinen, als er sein Wahllokal verließ.")
B7 = "Rodríguez blieb unverletzt und machte Anhänger von Ex-Präsident Evo Morales für die Attacke verantwortlich."
B8 = "Morales wies dies zurück."
B9 = "Die Polizei nahm zunächst niemanden fest."
B10 = ("Morales, dem das Verfassungsgericht eine erneute Kandidatur verboten hatte, hatte seine Anhänger aufgerufen, "
       "ungültig zu stimmen.")
B11 = "Rund 19 Prozent der Wähler gaben tatsächlich einen ungültigen Stimmzettel ab."
B12 = ("Auf einer Kundgebung in Lauca Ñ sprach Morales von einem „Sieg des Volkes“ und drohte mit Straßenblockaden, "
       "sollte die künftige Regierung Staatsbetriebe privatisieren.")
B13 = "Präsident Luis Arce, der nicht erneut angetreten war, verurteilte den Angriff auf Rodríguez."
B14 = "Zugleich sicherte er eine geordnete Amtsübergabe am 8. November zu."
B15 = ("Die Wahlbeobachter der Organisation Amerikanischer Staaten (OAS) lobten den friedlichen Verlauf der "
       "Abstimmung und die Arbeit der Wahlbehörde.")
B16 = ("Paz kündigte an, im Fall eines Sieges die Beziehungen zu den USA wiederherzustellen, die seit 2008 nur auf "
       "Ebene von Geschäftsträgern bestehen.")
B17 = "Bolivien steckt in der schwersten Wirtschaftskrise seit Jahrzehnten, Treibstoff und Devisen sind knapp."

DE03 = {
    "id": "hm450-de-03", "lang": "de", "url": None, "published": "2025-08-18",
    "title": "Bolivien: Paz und Quiroga in der Stichwahl",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12], [B13, B14, B15, B16, B17]),
    "events": [
        event("SUPPORT", DORIA, PAZ, B4),
        event("ASSAULT", ATTACKERS, ANDRONICO, B5, mode="primitive", date="2025-08-17"),
        event("ASSAULT", ATTACKERS, ANDRONICO, B6, mode="primitive", date="2025-08-17", location="Shinahota",
              location_country="BOL"),
        event("ACCUSE", ANDRONICO, MORALES_SUPP, B7, mode="allege"),
        event("COERCE", BOL_POLICE, ATTACKERS, B9, mode="arrest", negated=True),
        event("COERCE", BOL_TCP, MORALES, B10, mode="ban"),
        event("REQUEST", MORALES, MORALES_SUPP, B10),
        event("THREATEN", MORALES, BOL_GOV, B12, location="Lauca Ñ", location_country="BOL"),
        event("ACCUSE", ARCE, ATTACKERS, B13, mode="disapprove"),
        event("AGREE", ARCE, None, B14),
        event("SUPPORT", OAS_OBS, BOL_TSE, B15),
        event("AGREE", PAZ, USA_GOV_3, B16),
    ],
    "quotes": [
        quote("Paz kam auf rund 32 Prozent der Stimmen, Quiroga auf knapp 27 Prozent",
              "Supreme Electoral Tribunal of Bolivia", "indirect"),
        quote("Sieg des Volkes", "Evo Morales", "direct"),
        quote("im Fall eines Sieges die Beziehungen zu den USA wiederherzustellen", "Rodrigo Paz", "indirect"),
    ],
    "entities": [
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Bolivia", "LOC", "BOL", ["Bolivien", "das Land"]),
        entity("Rodrigo Paz", "PER", "BOL", ["der Senator Rodrigo Paz", "Paz"]),
        entity("Jorge Quiroga", "PER", "BOL", ["Ex-Präsident Jorge „Tuto“ Quiroga", "Quiroga"]),
        entity("Supreme Electoral Tribunal of Bolivia", "ORG", "BOL", ["die Wahlbehörde TSE", "der Wahlbehörde"]),
        entity("Movement for Socialism", "ORG", "BOL", ["Die linke Regierungspartei MAS"]),
        entity("Samuel Doria Medina", "PER", "BOL", ["Der drittplatzierte Unternehmer Samuel Doria Medina"]),
        entity("Andrónico Rodríguez", "PER", "BOL", ["den linken Kandidaten, Senatspräsident Andrónico Rodríguez",
                                                     "den 36-Jährigen", "seiner", "er", "sein", "Rodríguez"]),
        entity("attackers of Andrónico Rodríguez", "PER", "BOL", ["Eine Gruppe von Männern"]),
        entity("Shinahota", "LOC", "BOL", ["seiner Heimatstadt Shinahota"]),
        entity("Chapare", "LOC", "BOL", ["der Region Chapare"]),
        entity("supporters of Evo Morales", "PER", "BOL", ["Anhänger von Ex-Präsident Evo Morales",
                                                           "seine Anhänger"]),
        entity("Evo Morales", "PER", "BOL", ["Ex-Präsident Evo Morales", "Morales"]),
        entity("Bolivian Police", "ORG", "BOL", ["Die Polizei"]),
        entity("Plurinational Constitutional Tribunal of Bolivia", "ORG", "BOL", ["das Verfassungsgericht"]),
        entity("Lauca Ñ", "LOC", "BOL", ["Lauca Ñ"]),
        entity("Government of Bolivia", "ORG", "BOL", ["die künftige Regierung"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "er"]),
        entity("OAS Electoral Observation Mission", "ORG", "IGO",
               ["Die Wahlbeobachter der Organisation Amerikanischer Staaten (OAS)"]),
        entity("Organization of American States", "ORG", "IGO", ["Organisation Amerikanischer Staaten (OAS)"]),
        entity("United States", "LOC", "USA", ["den USA"]),
    ],
}

# ---------------------------------------------------------------- hm450-de-04 (Colombia, Palace of Justice siege)
PROTESTERS = actor("protesters at the Palace of Justice in Bogotá", "COL", "CVL")
COL_SUPREME = actor("Supreme Court of Justice of Colombia", "COL", "JUD")
COL_POLICE = actor("National Police of Colombia", "COL", "COP")
CHAVERRA = actor("Gerson Chaverra", "COL", "JUD")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
PETRO_SUPP = actor("supporters of Gustavo Petro", "COL", "CVL")
VALENCIA = actor("Paloma Valencia", "COL", "OPP")
CABELLO = actor("Margarita Cabello", "COL", "GOV")
ALMAGRO = actor("Luis Almagro", "IGO", "IGO")
BARBOSA = actor("Francisco Barbosa", "COL", "JUD")

K1 = ("Bogotá (dpa) - Hunderte Demonstranten haben in Kolumbiens Hauptstadt Bogotá den Justizpalast belagert, "
      "während der Oberste Gerichtshof über die Wahl einer neuen Generalstaatsanwältin beriet.")
K2 = ("Die Protestierenden, darunter viele Gewerkschafter, blockierten am Donnerstag stundenlang die Ausgänge des "
      "Gebäudes an der Plaza de Bolívar.")
K3 = "Richter und Angestellte konnten das Gericht erst am Abend unter Polizeischutz verlassen."
K4 = "Die Polizei nahm nach eigenen Angaben niemanden fest."
K5 = ("Auch in der zweiten Abstimmungsrunde erreichte keine der drei Kandidatinnen, die Präsident Gustavo Petro "
      "vorgeschlagen hatte, die nötige Mehrheit.")
K6 = ("Gerichtspräsident Gerson Chaverra sprach von einer „Belagerung“ und einem Angriff auf die Unabhängigkeit der "
      "Justiz.")
K7 = "Er forderte die Regierung auf, die Sicherheit der Richter zu garantieren."
K8 = ("Petro hatte seine Anhänger zuvor auf der Plattform X zu einer „friedlichen Mobilisierung“ vor dem Gericht "
      "aufgerufen.")
K9 = ("Die Wahl müsse rasch erfolgen, weil die Amtszeit von Generalstaatsanwalt Francisco Barbosa am 12. Februar "
      "ende, schrieb der Staatschef.")
K10 = "Den Vorwurf, er habe die Justiz unter Druck setzen wollen, wies Petro zurück."
K11 = ("Die Senatorin Paloma Valencia vom rechten Centro Democrático warf Petro vor, einen „Staatsstreich“ gegen die "
       "Justiz anzuzetteln.")
K12 = "Generalinspekteurin Margarita Cabello leitete eine Untersuchung zum Vorgehen der Polizei ein."
K13 = "Die Beamten hätten viel zu spät eingegriffen, hieß es in einer Mitteilung ihrer Behörde."
K14 = ("Der Generalsekretär der Organisation Amerikanischer Staaten, Luis Almagro, verurteilte den „Druck“ auf das "
       "Gericht.")
K15 = ("Bis zur Wahl einer Nachfolgerin soll Vize-Generalstaatsanwältin Martha Mancera die Behörde kommissarisch "
       "leiten.")
K16 = ("Barbosa hatte Petro im vergangenen Jahr vorgeworfen, die Unabhängigkeit der Staatsanwaltschaft zu "
       "missachten.")
K17 = "Das Verhältnis zwischen Regierung und Justiz gilt seit Monaten als angespannt."

DE04 = {
    "id": "hm450-de-04", "lang": "de", "url": None, "published": "2024-02-09",
    "title": "Demonstranten belagern Justizpalast in Kolumbien",
    "text": paragraphs([K1, K2, K3, K4, K5], [K6, K7, K8, K9, K10], [K11, K12, K13, K14], [K15, K16, K17]),
    "events": [
        event("PROTEST", PROTESTERS, COL_SUPREME, K1, mode="demo", location="Bogotá", location_country="COL"),
        event("PROTEST", PROTESTERS, COL_SUPREME, K2, mode="obstruct", date="2024-02-08", location="Bogotá",
              location_country="COL"),
        event("COERCE", COL_POLICE, PROTESTERS, K4, mode="arrest", negated=True),
        event("ACCUSE", CHAVERRA, PROTESTERS, K6, mode="disapprove"),
        event("REQUEST", CHAVERRA, COL_GOV, K7),
        event("REQUEST", PETRO, PETRO_SUPP, K8),
        event("REQUEST", PETRO, COL_SUPREME, K9),
        event("ACCUSE", VALENCIA, PETRO, K11, mode="allege"),
        event("ACCUSE", CABELLO, COL_POLICE, K12, mode="investigate"),
        event("ACCUSE", ALMAGRO, PROTESTERS, K14, mode="disapprove"),
        event("ACCUSE", BARBOSA, PETRO, K16, mode="disapprove"),
    ],
    "quotes": [
        quote("Belagerung", "Gerson Chaverra", "direct"),
        quote("die Sicherheit der Richter zu garantieren", "Gerson Chaverra", "indirect"),
        quote("friedlichen Mobilisierung", "Gustavo Petro", "direct"),
        quote("Die Wahl müsse rasch erfolgen, weil die Amtszeit von Generalstaatsanwalt Francisco Barbosa am 12. "
              "Februar ende", "Gustavo Petro", "indirect"),
        quote("Staatsstreich", "Paloma Valencia", "direct"),
        quote("einen „Staatsstreich“ gegen die Justiz anzuzetteln", "Paloma Valencia", "indirect"),
        quote("Die Beamten hätten viel zu spät eingegriffen", "Office of the Inspector General of Colombia",
              "indirect"),
        quote("Druck", "Luis Almagro", "direct"),
        quote("die Unabhängigkeit der Staatsanwaltschaft zu missachten", "Francisco Barbosa", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá", "Kolumbiens Hauptstadt Bogotá"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens"]),
        entity("protesters at the Palace of Justice in Bogotá", "PER", "COL",
               ["Hunderte Demonstranten", "Die Protestierenden"]),
        entity("Colombian trade unionists", "PER", "COL", ["viele Gewerkschafter"]),
        entity("Palace of Justice (Bogotá)", "LOC", "COL", ["den Justizpalast", "des Gebäudes"]),
        entity("Supreme Court of Justice of Colombia", "ORG", "COL",
               ["der Oberste Gerichtshof", "das Gericht", "dem Gericht"]),
        entity("Plaza de Bolívar", "LOC", "COL", ["der Plaza de Bolívar"]),
        entity("National Police of Colombia", "ORG", "COL", ["Die Polizei", "der Polizei", "Die Beamten"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Petro", "der Staatschef", "er"]),
        entity("Gerson Chaverra", "PER", "COL", ["Gerichtspräsident Gerson Chaverra", "Er"]),
        entity("Government of Colombia", "ORG", "COL", ["die Regierung", "Regierung"]),
        entity("supporters of Gustavo Petro", "PER", "COL", ["seine Anhänger"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Francisco Barbosa", "PER", "COL", ["Generalstaatsanwalt Francisco Barbosa", "Barbosa"]),
        entity("Paloma Valencia", "PER", "COL", ["Die Senatorin Paloma Valencia"]),
        entity("Democratic Center", "ORG", "COL", ["vom rechten Centro Democrático"]),
        entity("Margarita Cabello", "PER", "COL", ["Generalinspekteurin Margarita Cabello"]),
        entity("Office of the Inspector General of Colombia", "ORG", "COL", ["ihrer Behörde"]),
        entity("Luis Almagro", "PER", "IGO", ["Der Generalsekretär der Organisation Amerikanischer Staaten, Luis "
                                              "Almagro"]),
        entity("Organization of American States", "ORG", "IGO", ["Organisation Amerikanischer Staaten"]),
        entity("Martha Mancera", "PER", "COL", ["Vize-Generalstaatsanwältin Martha Mancera"]),
        entity("Attorney General's Office of Colombia", "ORG", "COL", ["die Behörde", "der Staatsanwaltschaft"]),
    ],
}

# ---------------------------------------------------------------- hm450-en-01 (Venezuela/US, Chevron licence)
TRUMP = actor("Donald Trump", "USA", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
DELCY = actor("Delcy Rodríguez", "VEN", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
GRENELL = actor("Richard Grenell", "USA", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
US_DETAINEES = actor("six Americans held in Venezuela", "USA", "CVL")
ICE = actor("U.S. Immigration and Customs Enforcement", "USA", "COP")
VEN_MIGRANTS = actor("Venezuelan migrants", "VEN", "CVL")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
DIAZ_BALART = actor("Mario Díaz-Balart", "USA", "LEG")
SCOTT = actor("Rick Scott", "USA", "LEG")
RUBIO = actor("Marco Rubio", "USA", "GOV")

V1 = ("WASHINGTON (AP) — President Donald Trump said Wednesday he is revoking a license that has allowed Chevron to "
      "pump and export Venezuelan oil, ending a 2022 arrangement with President Nicolás Maduro's government.")
V2 = ("In a post on his Truth Social platform, Trump accused Maduro's government of failing to meet electoral "
      "conditions and of being too slow in taking back deported migrants.")
V3 = "Chevron said it was aware of the announcement and was \"considering its implications.\""
V4 = ("The company has operated in Venezuela for more than a century and produces about a quarter of the country's "
      "oil through joint ventures with state-owned PDVSA.")
V5 = ("Vice President Delcy Rodríguez, who also serves as oil minister, called the decision \"harmful and "
      "inexplicable.\"")
V6 = ("She said Washington was hurting its own companies and that Venezuela would keep producing oil \"with or "
      "without\" foreign partners.")
V7 = ("The move comes four weeks after Trump's special envoy Richard Grenell met Maduro at the Miraflores palace in "
      "Caracas.")
V8 = ("Maduro's government released six Americans after the meeting and later agreed to accept deportation flights "
      "from the United States.")
V9 = ("U.S. Immigration and Customs Enforcement has since deported about 350 Venezuelans on two flights from Texas "
      "to Caracas.")
V10 = "Opposition leader María Corina Machado, who is in hiding, welcomed the decision on social media."
V11 = ("Republican Rep. Mario Díaz-Balart and Sen. Rick Scott, both of Florida, had urged Trump to cancel the "
       "license.")
V12 = ("Secretary of State Marco Rubio has said the United States does not recognize Maduro as Venezuela's "
       "legitimate president.")
V13 = ("Maduro was sworn in for a third term in January after an election that the opposition says it won by a wide "
       "margin.")
V14 = "Oil accounts for more than 90 percent of Venezuela's exports."

EN01 = {
    "id": "hm450-en-01", "lang": "en", "url": None, "published": "2025-02-27",
    "title": "Trump revokes Chevron's license to pump oil in Venezuela",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6], [V7, V8, V9], [V10, V11, V12, V13, V14]),
    "events": [
        event("SANCTION", TRUMP, VEN_GOV, V1, mode="discontinue", date="2025-02-26"),
        event("ACCUSE", TRUMP, VEN_GOV, V2, mode="allege"),
        event("ACCUSE", DELCY, USA_GOV, V5, mode="disapprove"),
        event("ACCUSE", DELCY, USA_GOV, V6, mode="disapprove"),
        event("CONSULT", GRENELL, MADURO, V7, mode="visit", location="Caracas", location_country="VEN"),
        event("RETREAT", VEN_GOV, US_DETAINEES, V8, mode="release"),
        event("AGREE", VEN_GOV, USA_GOV, V8),
        event("COERCE", ICE, VEN_MIGRANTS, V9, mode="deport"),
        event("SUPPORT", MACHADO, TRUMP, V10),
        event("REQUEST", DIAZ_BALART, TRUMP, V11, mode="change"),
        event("REQUEST", SCOTT, TRUMP, V11, mode="change"),
        event("REJECT", RUBIO, MADURO, V12),
    ],
    "quotes": [
        quote("he is revoking a license that has allowed Chevron to pump and export Venezuelan oil, ending a 2022 "
              "arrangement with President Nicolás Maduro's government", "Donald Trump", "indirect"),
        quote("it was aware of the announcement and was \"considering its implications.\"", "Chevron", "indirect"),
        quote("considering its implications", "Chevron", "direct"),
        quote("harmful and inexplicable", "Delcy Rodríguez", "direct"),
        quote("Washington was hurting its own companies and that Venezuela would keep producing oil \"with or "
              "without\" foreign partners", "Delcy Rodríguez", "indirect"),
        quote("with or without", "Delcy Rodríguez", "direct"),
        quote("the United States does not recognize Maduro as Venezuela's legitimate president", "Marco Rubio",
              "indirect"),
        quote("it won by a wide margin", "Venezuelan opposition", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "he", "Trump", "his", "Trump's"]),
        entity("Chevron", "ORG", "USA", ["Chevron", "The company", "it"]),
        entity("Nicolás Maduro", "PER", "VEN", ["President Nicolás Maduro's", "Maduro's", "Maduro"]),
        entity("Government of Venezuela", "ORG", "VEN", ["President Nicolás Maduro's government",
                                                         "Maduro's government", "Venezuela"]),
        entity("Truth Social", "ORG", "USA", ["his Truth Social platform"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "the country's", "Venezuela's"]),
        entity("PDVSA", "ORG", "VEN", ["state-owned PDVSA"]),
        entity("Delcy Rodríguez", "PER", "VEN", ["Vice President Delcy Rodríguez", "She"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "the United States"]),
        entity("Richard Grenell", "PER", "USA", ["Trump's special envoy Richard Grenell"]),
        entity("Miraflores Palace", "LOC", "VEN", ["the Miraflores palace in Caracas"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("six Americans held in Venezuela", "PER", "USA", ["six Americans"]),
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA",
               ["U.S. Immigration and Customs Enforcement"]),
        entity("Venezuelan migrants", "PER", "VEN", ["deported migrants", "about 350 Venezuelans"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("María Corina Machado", "PER", "VEN", ["Opposition leader María Corina Machado"]),
        entity("Mario Díaz-Balart", "PER", "USA", ["Republican Rep. Mario Díaz-Balart"]),
        entity("Rick Scott", "PER", "USA", ["Sen. Rick Scott"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["the opposition"]),
    ],
}

# ---------------------------------------------------------------- hm450-en-02 (Brazil/US, Mais Médicos visas)
US_STATE = actor("United States Department of State", "USA", "GOV")
MOZART = actor("Mozart Sales", "BRA", "GOV")
KLEIMAN = actor("Alberto Kleiman", "BRA", "GOV")
PAHO_OFFICIALS = actor("former officials of the Pan American Health Organization", "UNO", "IGO")
RUBIO_2 = actor("Marco Rubio", "USA", "GOV")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
PADILHA = actor("Alexandre Padilha", "BRA", "GOV")
USA_GOV_2 = actor("Government of the United States", "USA", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
BRUNO = actor("Bruno Rodríguez", "CUB", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
MORAES_ALLIES = actor("allies of Alexandre de Moraes on the Supreme Federal Court", "BRA", "JUD")
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
TRUMP_2 = actor("Donald Trump", "USA", "GOV")

M1 = ("BRASILIA, Brazil (AP) — The United States has revoked the visas of two Brazilian health officials over their "
      "role in Mais Médicos, a program that brought thousands of Cuban doctors to Brazil, the State Department said "
      "Wednesday.")
M2 = ("Secretary of State Marco Rubio named the officials as Mozart Sales and Alberto Kleiman and accused them of "
      "complicity in what he called the Cuban government's \"forced labor export scheme.\"")
M3 = ("Visas of several former officials of the Pan American Health Organization and of their relatives were also "
      "revoked, the statement said.")
M4 = "Sales, who now works at the Health Ministry, helped set up the program in 2013 under then-President Dilma Rousseff."
M5 = "Health Minister Alexandre Padilha condemned the decision as an \"unjustifiable attack\" on Brazilian public servants."
M6 = "\"We will not bow to those who attack vaccines, researchers and science,\" Padilha wrote on X."
M7 = "He said Mais Médicos would continue and that Brazilian doctors now make up most of its staff."
M8 = ("President Luiz Inácio Lula da Silva called the visa revocations \"absurd\" and said Brazil would not give up "
      "a program that serves millions of poor people.")
M9 = ("In Havana, Foreign Minister Bruno Rodríguez accused Washington of trying to \"sabotage\" international medical "
      "cooperation.")
M10 = ("Cuba withdrew its more than 8,000 doctors from Brazil in late 2018 after then President-elect Jair Bolsonaro "
       "questioned their qualifications and demanded changes to their contracts.")
M11 = "The measure is the latest in a string of U.S. actions against Brazil."
M12 = ("Last month, Rubio revoked the visas of Supreme Court Justice Alexandre de Moraes and his allies on the court, "
       "whom he accused of a \"persecution\" of Bolsonaro.")
M13 = ("Bolsonaro is being tried by the Supreme Court on charges of plotting a coup to overturn his 2022 election "
       "defeat, which he denies.")
M14 = "Moraes placed him under house arrest earlier this month for violating restrictions on his use of social media."
M15 = "Trump has imposed 50% tariffs on many Brazilian goods, citing the case against his ally."
M16 = "Lula has said he is willing to negotiate over trade but not over the independence of Brazil's courts."

EN02 = {
    "id": "hm450-en-02", "lang": "en", "url": None, "published": "2025-08-14",
    "title": "US revokes visas of Brazilian officials over Cuban doctors program",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10], [M11, M12, M13, M14, M15, M16]),
    "events": [
        event("SANCTION", US_STATE, MOZART, M1, mode="discontinue"),
        event("SANCTION", US_STATE, KLEIMAN, M1, mode="discontinue"),
        event("ACCUSE", RUBIO_2, MOZART, M2, mode="allege"),
        event("ACCUSE", RUBIO_2, KLEIMAN, M2, mode="allege"),
        event("ACCUSE", RUBIO_2, CUB_GOV, M2, mode="allege"),
        event("SANCTION", US_STATE, PAHO_OFFICIALS, M3, mode="discontinue"),
        event("ACCUSE", PADILHA, USA_GOV_2, M5, mode="disapprove"),
        event("ACCUSE", PADILHA, USA_GOV_2, M6, mode="disapprove"),
        event("ACCUSE", LULA, USA_GOV_2, M8, mode="disapprove"),
        event("ACCUSE", BRUNO, USA_GOV_2, M9, mode="allege", location="Havana", location_country="CUB"),
        event("SANCTION", CUB_GOV, BRA_GOV, M10, mode="withdraw"),
        event("ACCUSE", BOLSONARO, CUB_GOV, M10, mode="disapprove"),
        event("REQUEST", BOLSONARO, CUB_GOV, M10, mode="change"),
        event("SANCTION", RUBIO_2, MORAES, M12, mode="discontinue"),
        event("SANCTION", RUBIO_2, MORAES_ALLIES, M12, mode="discontinue"),
        event("ACCUSE", RUBIO_2, MORAES, M12, mode="allege"),
        event("ACCUSE", RUBIO_2, MORAES_ALLIES, M12, mode="allege"),
        event("ACCUSE", STF, BOLSONARO, M13, mode="allege"),
        event("COERCE", MORAES, BOLSONARO, M14, mode="arrest"),
        event("SANCTION", TRUMP_2, BRA_GOV, M15, mode="discontinue"),
        event("AGREE", LULA, USA_GOV_2, M16, mode="meet"),
        event("REJECT", LULA, USA_GOV_2, M16),
    ],
    "quotes": [
        quote("The United States has revoked the visas of two Brazilian health officials over their role in Mais "
              "Médicos, a program that brought thousands of Cuban doctors to Brazil",
              "United States Department of State", "indirect"),
        quote("forced labor export scheme", "Marco Rubio", "direct"),
        quote("Visas of several former officials of the Pan American Health Organization and of their relatives were "
              "also revoked", "United States Department of State", "indirect"),
        quote("unjustifiable attack", "Alexandre Padilha", "direct"),
        quote("We will not bow to those who attack vaccines, researchers and science", "Alexandre Padilha", "direct"),
        quote("Mais Médicos would continue and that Brazilian doctors now make up most of its staff",
              "Alexandre Padilha", "indirect"),
        quote("absurd", "Luiz Inácio Lula da Silva", "direct"),
        quote("Brazil would not give up a program that serves millions of poor people", "Luiz Inácio Lula da Silva",
              "indirect"),
        quote("sabotage", "Bruno Rodríguez", "direct"),
        quote("persecution", "Marco Rubio", "direct"),
        quote("he is willing to negotiate over trade but not over the independence of Brazil's courts",
              "Luiz Inácio Lula da Silva", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["BRASILIA"]),
        entity("Brazil", "LOC", "BRA", ["Brazil", "Brazil's"]),
        entity("Government of the United States", "ORG", "USA", ["The United States", "Washington"]),
        entity("Mozart Sales", "PER", "BRA", ["Mozart Sales", "Sales"]),
        entity("Alberto Kleiman", "PER", "BRA", ["Alberto Kleiman"]),
        entity("Brazilian health officials", "PER", "BRA", ["two Brazilian health officials", "the officials",
                                                             "them"]),
        entity("Mais Médicos", "MISC", "BRA", ["Mais Médicos", "the program", "a program"]),
        entity("Cuban doctors", "PER", "CUB", ["thousands of Cuban doctors", "its more than 8,000 doctors"]),
        entity("United States Department of State", "ORG", "USA", ["the State Department", "the statement"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio", "he", "Rubio"]),
        entity("Government of Cuba", "ORG", "CUB", ["the Cuban government's", "Cuba"]),
        entity("Pan American Health Organization", "ORG", "UNO", ["the Pan American Health Organization"]),
        entity("former officials of the Pan American Health Organization", "PER", "UNO",
               ["several former officials of the Pan American Health Organization"]),
        entity("Ministry of Health of Brazil", "ORG", "BRA", ["the Health Ministry"]),
        entity("Dilma Rousseff", "PER", "BRA", ["then-President Dilma Rousseff"]),
        entity("Alexandre Padilha", "PER", "BRA", ["Health Minister Alexandre Padilha", "Padilha", "He"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["President Luiz Inácio Lula da Silva", "Lula", "he"]),
        entity("Havana", "LOC", "CUB", ["Havana"]),
        entity("Bruno Rodríguez", "PER", "CUB", ["Foreign Minister Bruno Rodríguez"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["then President-elect Jair Bolsonaro", "Bolsonaro", "his", "him",
                                                "his ally"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Supreme Court Justice Alexandre de Moraes", "Moraes"]),
        entity("allies of Alexandre de Moraes on the Supreme Federal Court", "PER", "BRA",
               ["his allies on the court"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["the court", "the Supreme Court"]),
        entity("Donald Trump", "PER", "USA", ["Trump"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
