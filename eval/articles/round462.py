"""Round 462: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm462-de-01: Guatemala: the Constitutional Court rejects Carlos Pineda's appeal and the TSE strikes him off the presidential ballot; Pineda cries fraud and accuses Giammattei, who denies, supporters rally outside the court without arrests, the OAS mission and the State Department object, earlier exclusions of Thelma Cabrera and Roberto Arzú recalled (2023-05-27).
- hm462-de-02: Ecuador: Manta mayor Agustín Intriago shot dead; Lasso declares a state of emergency in Manabí, Los Ríos and Durán, sends troops and vows to pursue the killers, police arrest a suspect, prosecutors investigate, Luisa González accuses the government, Villavicencio demands Interior Minister Zapata's resignation and he refuses, march in Manta (2023-07-24).
- hm462-de-03: Colombia: Semana publishes Armando Benedetti's audios threatening revelations about Petro's 2022 campaign after he and chief of staff Laura Sarabia left their posts over the polygraph affair; Benedetti apologises, Petro denies illegal funding, Sarabia's accusation against her nanny Marelbys Meza, the police polygraph and alleged wiretaps, Barbosa's investigation, Centro Democrático and Paloma Valencia (2023-06-05).
- hm462-de-04: Argentina: the Chamber of Deputies overrides Milei's vetoes of the university funding law and the Garrahan paediatric emergency law; students and health workers rally outside Congress behind police fences, Adorni accuses the opposition and refuses to apply the laws without funding, Gelpi praises the vote and urges the Senate, Kicillof attacks Milei (2025-09-18).
- hm462-en-01: Honduras: Congress's Permanent Commission under Luis Redondo names Johel Zelaya interim attorney general; Tomás Zambrano calls it a technical coup and refuses to recognise him, National and Liberal parties petition the Supreme Court, protest outside Congress without arrests, Castro defends the move and accuses the opposition, Laura Dogu and Luis Almagro urge respect for the constitution and talks (2023-11-02).
- hm462-en-02: Bolivia: the MAS congress in Lauca Ñ expels President Luis Arce and Vice President David Choquehuanca and proclaims Evo Morales its 2025 candidate; Arce's camp calls it illegitimate, del Castillo accuses Morales, the TSE reviews the congress, a road blockade near Cochabamba cleared with 12 arrests, Morales threatens street protests (2023-10-05).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm462-de-01 (Guatemala, Pineda excluded)
GTM_CC = actor("Constitutional Court of Guatemala", "GTM", "JUD")
PINEDA = actor("Carlos Pineda", "GTM", "OPP")
PROSPERIDAD = actor("Citizen Prosperity", "GTM", "PTY")
GTM_TSE = actor("Supreme Electoral Tribunal of Guatemala", "GTM", "GOV")
GTM_GOV = actor("Government of Guatemala", "GTM", "GOV")
PINEDA_FANS = actor("supporters of Carlos Pineda", "GTM", "CVL")
GTM_POLICE = actor("National Civil Police of Guatemala", "GTM", "COP")
OAS_MISSION = actor("Electoral Observation Mission of the Organization of American States", "IGO", "IGO")
LOIZAGA = actor("Eladio Loizaga", "IGO", "IGO")
US_STATE = actor("United States Department of State", "USA", "GOV")
GTM_JUD = actor("Guatemalan judiciary", "GTM", "JUD")
CABRERA = actor("Thelma Cabrera", "GTM", "OPP")
ARZU = actor("Roberto Arzú", "GTM", "OPP")

G1 = ("Guatemala-Stadt (dpa) - Gut vier Wochen vor der Präsidentenwahl in Guatemala ist der in Umfragen führende "
      "Kandidat Carlos Pineda endgültig von der Abstimmung ausgeschlossen worden.")
G2 = ("Das Verfassungsgericht wies am Freitag eine Beschwerde des Unternehmers gegen die Streichung seiner Kandidatur "
      "zurück.")
G3 = ("Die Richter bestätigten damit eine Entscheidung aus der vergangenen Woche, wonach Pinedas Partei Prosperidad "
      "Ciudadana bei der Nominierung ihres Kandidaten gegen das Wahlgesetz verstoßen habe.")
G4 = "Das Oberste Wahlgericht (TSE) strich seinen Namen noch am Abend von der Liste der zugelassenen Bewerber."
G5 = ("Pineda sprach von einem „Wahlbetrug“ und warf der Regierung von Präsident Alejandro Giammattei vor, die Justiz "
      "für ihre Zwecke einzuspannen.")
G6 = "„Sie haben Angst vor dem Volk“, schrieb der Politiker auf Twitter."
G7 = ("Giammattei wies die Vorwürfe zurück und erklärte, die Regierung respektiere die Unabhängigkeit der Gerichte.")
G8 = ("Hunderte Anhänger Pinedas versammelten sich noch am Freitagabend vor dem Gebäude des Verfassungsgerichts in "
      "Guatemala-Stadt.")
G9 = "Die Polizei riegelte die Zufahrtsstraßen ab, Festnahmen gab es zunächst nicht."
G10 = ("Die Wahlbeobachtermission der Organisation Amerikanischer Staaten (OAS) äußerte sich besorgt über den "
       "Ausschluss.")
G11 = ("Ihr Leiter, Paraguays früherer Außenminister Eladio Loizaga, forderte die Behörden auf, allen Bewerbern einen "
       "fairen Wettbewerb zu ermöglichen.")
G12 = ("Auch das US-Außenministerium äußerte Sorge über das Vorgehen der guatemaltekischen Justiz gegen "
       "Oppositionskandidaten.")
G13 = "Pineda ist bereits der dritte bekannte Bewerber, der nicht antreten darf."
G14 = ("Zuvor hatten die Wahlbehörden die indigene Politikerin Thelma Cabrera und den rechtsgerichteten Politiker "
       "Roberto Arzú von der Wahl ausgeschlossen.")
G15 = ("In Umfragen lag Pineda zuletzt vor der früheren First Lady Sandra Torres und Zury Ríos, der Tochter des "
       "früheren Machthabers Efraín Ríos Montt.")
G16 = "Die Wahl ist für den 25. Juni angesetzt."

DE01 = {
    "id": "hm462-de-01", "lang": "de", "url": None, "published": "2023-05-27",
    "title": "Guatemala: Favorit Pineda endgültig von Präsidentenwahl ausgeschlossen",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9], [G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("COERCE", GTM_CC, PINEDA, G1, mode="restrict", location_country="GTM"),
        event("REJECT", GTM_CC, PINEDA, G2, date="2023-05-26"),
        event("SANCTION", GTM_CC, PROSPERIDAD, G3, mode="convict"),
        event("COERCE", GTM_TSE, PINEDA, G4, mode="restrict", date="2023-05-26"),
        event("ACCUSE", PINEDA, GTM_GOV, G5, mode="allege"),
        event("PROTEST", PINEDA_FANS, GTM_CC, G8, mode="demo", date="2023-05-26", location="Guatemala City",
              location_country="GTM"),
        event("COERCE", GTM_POLICE, PINEDA_FANS, G9, mode="restrict", location="Guatemala City",
              location_country="GTM"),
        event("COERCE", GTM_POLICE, PINEDA_FANS, G9, mode="arrest", location="Guatemala City",
              location_country="GTM", negated=True),
        event("ACCUSE", OAS_MISSION, GTM_CC, G10, mode="disapprove"),
        event("REQUEST", LOIZAGA, GTM_GOV, G11),
        event("ACCUSE", US_STATE, GTM_JUD, G12, mode="disapprove"),
        event("COERCE", GTM_TSE, CABRERA, G14, mode="restrict"),
        event("COERCE", GTM_TSE, ARZU, G14, mode="restrict"),
    ],
    "quotes": [
        quote("Pinedas Partei Prosperidad Ciudadana bei der Nominierung ihres Kandidaten gegen das Wahlgesetz "
              "verstoßen habe", "Constitutional Court of Guatemala", "indirect"),
        quote("Wahlbetrug", "Carlos Pineda", "direct"),
        quote("die Justiz für ihre Zwecke einzuspannen", "Carlos Pineda", "indirect"),
        quote("Sie haben Angst vor dem Volk", "Carlos Pineda", "direct"),
        quote("die Regierung respektiere die Unabhängigkeit der Gerichte", "Alejandro Giammattei", "indirect"),
        quote("allen Bewerbern einen fairen Wettbewerb zu ermöglichen", "Eladio Loizaga", "indirect"),
    ],
    "entities": [
        entity("Guatemala City", "LOC", "GTM", ["Guatemala-Stadt"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemala"]),
        entity("Carlos Pineda", "PER", "GTM", ["der in Umfragen führende Kandidat Carlos Pineda", "des Unternehmers",
                                               "Pinedas", "Pineda", "der Politiker"]),
        entity("Constitutional Court of Guatemala", "ORG", "GTM", ["Das Verfassungsgericht", "Die Richter",
                                                                   "des Verfassungsgerichts"]),
        entity("Citizen Prosperity", "ORG", "GTM", ["Pinedas Partei Prosperidad Ciudadana"]),
        entity("Supreme Electoral Tribunal of Guatemala", "ORG", "GTM", ["Das Oberste Wahlgericht (TSE)",
                                                                         "die Wahlbehörden"]),
        entity("Government of Guatemala", "ORG", "GTM", ["der Regierung von Präsident Alejandro Giammattei",
                                                         "die Regierung", "die Behörden"]),
        entity("Alejandro Giammattei", "PER", "GTM", ["Präsident Alejandro Giammattei", "Giammattei"]),
        entity("Guatemalan judiciary", "ORG", "GTM", ["die Justiz", "der guatemaltekischen Justiz"]),
        entity("Twitter", "ORG", "USA", ["Twitter"]),
        entity("supporters of Carlos Pineda", "PER", "GTM", ["Hunderte Anhänger Pinedas"]),
        entity("National Civil Police of Guatemala", "ORG", "GTM", ["Die Polizei"]),
        entity("Electoral Observation Mission of the Organization of American States", "ORG", "IGO",
               ["Die Wahlbeobachtermission der Organisation Amerikanischer Staaten (OAS)"]),
        entity("Organization of American States", "ORG", "IGO", ["Organisation Amerikanischer Staaten (OAS)"]),
        entity("Eladio Loizaga", "PER", "PRY", ["Ihr Leiter, Paraguays früherer Außenminister Eladio Loizaga"]),
        entity("Paraguay", "LOC", "PRY", ["Paraguays"]),
        entity("United States Department of State", "ORG", "USA", ["das US-Außenministerium"]),
        entity("Thelma Cabrera", "PER", "GTM", ["die indigene Politikerin Thelma Cabrera"]),
        entity("Roberto Arzú", "PER", "GTM", ["den rechtsgerichteten Politiker Roberto Arzú"]),
        entity("Sandra Torres", "PER", "GTM", ["der früheren First Lady Sandra Torres"]),
        entity("Zury Ríos", "PER", "GTM", ["Zury Ríos, der Tochter des früheren Machthabers Efraín Ríos Montt"]),
        entity("Efraín Ríos Montt", "PER", "GTM", ["des früheren Machthabers Efraín Ríos Montt"]),
    ],
}

# ---------------------------------------------------------------- hm462-de-02 (Ecuador, Manta mayor killed)
INTRIAGO_KILLERS = actor("killers of Agustín Intriago", "ECU", "CVL")
INTRIAGO = actor("Agustín Intriago", "ECU", "GOV")
LASSO = actor("Guillermo Lasso", "ECU", "GOV")
ECU_ARMY = actor("Armed Forces of Ecuador", "ECU", "MIL")
ECU_POLICE = actor("National Police of Ecuador", "ECU", "COP")
INTRIAGO_SUSPECT = actor("suspect in the killing of Agustín Intriago", "ECU", "CVL")
ECU_FISCALIA = actor("Attorney General's Office of Ecuador", "ECU", "JUD")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
LUISA_GONZALEZ = actor("Luisa González", "ECU", "OPP")
VILLAVICENCIO = actor("Fernando Villavicencio", "ECU", "OPP")
ZAPATA = actor("Juan Zapata", "ECU", "GOV")
MANTA_MARCHERS = actor("residents of Manta", "ECU", "CVL")

E1 = ("Quito (dpa) - In Ecuador haben Unbekannte den Bürgermeister der Hafenstadt Manta, Agustín Intriago, "
      "erschossen.")
E2 = ("Der 38-Jährige sei am Sonntag bei der Besichtigung einer Baustelle im Stadtteil Las Cumbres von mehreren "
      "Kugeln getroffen worden, teilte die Polizei mit.")
E3 = "Er starb wenig später in einem Krankenhaus, auch eine junge Frau aus seiner Begleitung kam ums Leben."
E4 = ("Präsident Guillermo Lasso verhängte am Montag für die Küstenprovinzen Manabí und Los Ríos sowie die Stadt "
      "Durán den Ausnahmezustand.")
E5 = "Zudem schickte die Regierung Soldaten in die betroffenen Gebiete, um die Polizei bei Kontrollen zu unterstützen."
E6 = ("Lasso verurteilte die Tat und kündigte an, die Verantwortlichen würden „mit aller Härte“ verfolgt.")
E7 = "Die Polizei nahm nach eigenen Angaben einen Verdächtigen fest, der bei dem Angriff verletzt worden war."
E8 = "Die Staatsanwaltschaft leitete Ermittlungen wegen Mordes ein."
E9 = "Ein Motiv ist bislang nicht bekannt."
E10 = "Intriago war im Februar wiedergewählt worden und galt als einer der beliebtesten Politiker der Provinz Manabí."
E11 = ("Die Präsidentschaftskandidatin der linken Bürgerrevolution, Luisa González, warf der Regierung vor, das Land "
       "dem organisierten Verbrechen überlassen zu haben.")
E12 = "Der Kandidat Fernando Villavicencio forderte den Rücktritt von Innenminister Juan Zapata."
E13 = "Zapata lehnte einen Rücktritt ab und verwies auf die Zahl der beschlagnahmten Waffen."
E14 = ("Am Montagabend zogen Hunderte weiß gekleidete Menschen durch das Zentrum von Manta und verlangten mehr "
       "Sicherheit.")
E15 = ("Ecuador erlebt seit Jahren eine Welle der Gewalt, die mit dem Kampf von Drogenbanden um Schmuggelrouten in "
       "Verbindung gebracht wird.")
E16 = ("Im größten Gefängnis des Landes in Guayaquil waren am Wochenende bei Unruhen mindestens 31 Häftlinge ums "
       "Leben gekommen.")

DE02 = {
    "id": "hm462-de-02", "lang": "de", "url": None, "published": "2023-07-24",
    "title": "Bürgermeister von Ecuadors Hafenstadt Manta erschossen",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9, E10], [E11, E12, E13, E14], [E15, E16]),
    "events": [
        event("ASSAULT", INTRIAGO_KILLERS, INTRIAGO, E1, mode="firearms", location="Manta", location_country="ECU"),
        event("ASSAULT", INTRIAGO_KILLERS, INTRIAGO, E2, mode="firearms", date="2023-07-23", location="Manta",
              location_country="ECU"),
        event("COERCE", LASSO, None, E4, mode="martial-law", date="2023-07-24", location_country="ECU"),
        event("MOBILIZE", ECU_ARMY, None, E5, mode="troops", location_country="ECU"),
        event("ACCUSE", LASSO, INTRIAGO_KILLERS, E6, mode="disapprove"),
        event("THREATEN", LASSO, INTRIAGO_KILLERS, E6),
        event("COERCE", ECU_POLICE, INTRIAGO_SUSPECT, E7, mode="arrest"),
        event("ACCUSE", ECU_FISCALIA, INTRIAGO_KILLERS, E8, mode="investigate"),
        event("ACCUSE", LUISA_GONZALEZ, ECU_GOV, E11, mode="disapprove"),
        event("REQUEST", VILLAVICENCIO, ZAPATA, E12, mode="change"),
        event("REJECT", ZAPATA, VILLAVICENCIO, E13, mode="change"),
        event("PROTEST", MANTA_MARCHERS, ECU_GOV, E14, mode="demo", date="2023-07-24", location="Manta",
              location_country="ECU"),
    ],
    "quotes": [
        quote("Der 38-Jährige sei am Sonntag bei der Besichtigung einer Baustelle im Stadtteil Las Cumbres von "
              "mehreren Kugeln getroffen worden", "National Police of Ecuador", "indirect"),
        quote("mit aller Härte", "Guillermo Lasso", "direct"),
        quote("die Verantwortlichen würden „mit aller Härte“ verfolgt", "Guillermo Lasso", "indirect"),
        quote("das Land dem organisierten Verbrechen überlassen zu haben", "Luisa González", "indirect"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["Quito"]),
        entity("Ecuador", "LOC", "ECU", ["Ecuador", "das Land", "des Landes"]),
        entity("Agustín Intriago", "PER", "ECU", ["den Bürgermeister der Hafenstadt Manta, Agustín Intriago",
                                                  "Der 38-Jährige", "Er", "Intriago", "seiner Begleitung"]),
        entity("Manta", "LOC", "ECU", ["der Hafenstadt Manta", "Manta"]),
        entity("killers of Agustín Intriago", "PER", "ECU", ["Unbekannte", "die Verantwortlichen"]),
        entity("Las Cumbres", "LOC", "ECU", ["im Stadtteil Las Cumbres"]),
        entity("National Police of Ecuador", "ORG", "ECU", ["die Polizei", "Die Polizei"]),
        entity("companion of Agustín Intriago", "PER", "ECU", ["eine junge Frau aus seiner Begleitung"]),
        entity("Guillermo Lasso", "PER", "ECU", ["Präsident Guillermo Lasso", "Lasso"]),
        entity("Manabí", "LOC", "ECU", ["Manabí", "der Provinz Manabí"]),
        entity("Los Ríos", "LOC", "ECU", ["Los Ríos"]),
        entity("Durán", "LOC", "ECU", ["die Stadt Durán"]),
        entity("Government of Ecuador", "ORG", "ECU", ["die Regierung", "der Regierung"]),
        entity("Armed Forces of Ecuador", "ORG", "ECU", ["Soldaten"]),
        entity("suspect in the killing of Agustín Intriago", "PER", "ECU", ["einen Verdächtigen"]),
        entity("Attorney General's Office of Ecuador", "ORG", "ECU", ["Die Staatsanwaltschaft"]),
        entity("Citizen Revolution", "ORG", "ECU", ["der linken Bürgerrevolution"]),
        entity("Luisa González", "PER", "ECU", ["Die Präsidentschaftskandidatin der linken Bürgerrevolution, Luisa "
                                                "González"]),
        entity("Fernando Villavicencio", "PER", "ECU", ["Der Kandidat Fernando Villavicencio"]),
        entity("Juan Zapata", "PER", "ECU", ["Innenminister Juan Zapata", "Zapata"]),
        entity("residents of Manta", "PER", "ECU", ["Hunderte weiß gekleidete Menschen"]),
        entity("Guayaquil", "LOC", "ECU", ["Guayaquil"]),
        entity("Litoral Penitentiary", "LOC", "ECU", ["Im größten Gefängnis des Landes in Guayaquil"]),
    ],
}

# ---------------------------------------------------------------- hm462-de-03 (Colombia, Benedetti audios)
BENEDETTI = actor("Armando Benedetti", "COL", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
SARABIA = actor("Laura Sarabia", "COL", "GOV")
MEZA = actor("Marelbys Meza", "COL", "CVL")
COL_POLICE = actor("National Police of Colombia", "COL", "COP")
SEMANA = actor("Semana", "COL", "MED")
BARBOSA = actor("Francisco Barbosa", "COL", "JUD")
CENTRO_DEM = actor("Democratic Centre", "COL", "PTY")
COL_CONGRESS = actor("Congress of Colombia", "COL", "LEG")
VALENCIA = actor("Paloma Valencia", "COL", "OPP")

C1 = ("Bogotá (dpa) - In der Affäre um einen Lügendetektortest im Umfeld von Kolumbiens Präsident Gustavo Petro "
      "setzen neue Tonaufnahmen die Regierung unter Druck.")
C2 = ("Die Zeitschrift „Semana“ veröffentlichte am Sonntag Sprachnachrichten des früheren Botschafters in "
      "Venezuela, Armando Benedetti, in denen er mit Enthüllungen über die Finanzierung von Petros Wahlkampf 2022 "
      "droht.")
C3 = "„Wir gehen alle in den Knast“, sagt Benedetti in einer der Aufnahmen."
C4 = ("Er und Stabschefin Laura Sarabia hatten ihre Ämter bereits am Freitag auf Drängen des Präsidenten "
      "niedergelegt.")
C5 = ("Benedetti entschuldigte sich am Sonntagabend und erklärte, er habe die Nachrichten unter Alkoholeinfluss "
      "verschickt.")
C6 = "Petro wies zurück, dass illegales Geld in seinen Wahlkampf geflossen sei."
C7 = ("Auslöser der Affäre war ein Diebstahl: Sarabia hatte ihrer früheren Kinderfrau Marelbys Meza vorgeworfen, "
      "im Januar einen Koffer mit Bargeld aus ihrer Wohnung gestohlen zu haben.")
C8 = ("Polizisten unterzogen die Frau daraufhin in einem Gebäude neben dem Präsidentenpalast einem "
      "Lügendetektortest.")
C9 = ("Nach Recherchen von „Semana“ ließ die Polizei zudem ihr Telefon und das einer weiteren Hausangestellten "
      "abhören.")
C10 = "Sarabia bestreitet, die Abhörmaßnahmen angeordnet zu haben."
C11 = ("Generalstaatsanwalt Francisco Barbosa kündigte Ermittlungen gegen Sarabia, Benedetti und mehrere "
       "Polizeibeamte an.")
C12 = "„Niemand steht über dem Gesetz“, sagte Barbosa."
C13 = "Die Oppositionspartei Centro Democrático forderte den Kongress auf, einen Untersuchungsausschuss einzusetzen."
C14 = ("Ihre Senatorin Paloma Valencia warf Petro vor, den Staatsapparat gegen eine wehrlose Frau eingesetzt zu "
       "haben.")
C15 = "Sarabia galt als eine der einflussreichsten Personen im Präsidentenpalast Casa de Nariño."
C16 = ("Benedetti hatte Petros Wahlkampf an der Karibikküste organisiert und war nach dessen Amtsantritt als erster "
       "kolumbianischer Botschafter seit 2019 nach Caracas entsandt worden.")

DE03 = {
    "id": "hm462-de-03", "lang": "de", "url": None, "published": "2023-06-05",
    "title": "Kolumbien: Tonaufnahmen von Ex-Botschafter Benedetti bringen Petro in Bedrängnis",
    "text": paragraphs([C1, C2, C3, C4, C5, C6], [C7, C8, C9, C10], [C11, C12, C13, C14], [C15, C16]),
    "events": [
        event("THREATEN", BENEDETTI, PETRO, C2),
        event("RETREAT", BENEDETTI, None, C4, mode="resign", date="2023-06-02"),
        event("RETREAT", SARABIA, None, C4, mode="resign", date="2023-06-02"),
        event("CONCEDE", BENEDETTI, PETRO, C5, date="2023-06-04"),
        event("ACCUSE", SARABIA, MEZA, C7, mode="allege"),
        event("COERCE", COL_POLICE, MEZA, C8, location="Bogotá", location_country="COL"),
        event("ACCUSE", SEMANA, COL_POLICE, C9, mode="allege"),
        event("ACCUSE", BARBOSA, SARABIA, C11, mode="investigate"),
        event("ACCUSE", BARBOSA, BENEDETTI, C11, mode="investigate"),
        event("ACCUSE", BARBOSA, COL_POLICE, C11, mode="investigate"),
        event("REQUEST", CENTRO_DEM, COL_CONGRESS, C13),
        event("ACCUSE", VALENCIA, PETRO, C14, mode="disapprove"),
    ],
    "quotes": [
        quote("Wir gehen alle in den Knast", "Armando Benedetti", "direct"),
        quote("er habe die Nachrichten unter Alkoholeinfluss verschickt", "Armando Benedetti", "indirect"),
        quote("dass illegales Geld in seinen Wahlkampf geflossen sei", "Gustavo Petro", "indirect"),
        quote("im Januar einen Koffer mit Bargeld aus ihrer Wohnung gestohlen zu haben", "Laura Sarabia",
              "indirect"),
        quote("Nach Recherchen von „Semana“ ließ die Polizei zudem ihr Telefon und das einer weiteren "
              "Hausangestellten abhören", "Semana", "indirect"),
        quote("die Abhörmaßnahmen angeordnet zu haben", "Laura Sarabia", "indirect"),
        quote("Niemand steht über dem Gesetz", "Francisco Barbosa", "direct"),
        quote("den Staatsapparat gegen eine wehrlose Frau eingesetzt zu haben", "Paloma Valencia", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens"]),
        entity("Gustavo Petro", "PER", "COL", ["Kolumbiens Präsident Gustavo Petro", "Petros", "des Präsidenten",
                                               "Petro", "dessen"]),
        entity("Government of Colombia", "ORG", "COL", ["die Regierung"]),
        entity("Semana", "ORG", "COL", ["Die Zeitschrift „Semana“", "„Semana“"]),
        entity("Armando Benedetti", "PER", "COL", ["des früheren Botschafters in Venezuela, Armando Benedetti", "er",
                                                   "Benedetti", "Er"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Laura Sarabia", "PER", "COL", ["Stabschefin Laura Sarabia", "Sarabia"]),
        entity("Marelbys Meza", "PER", "COL", ["ihrer früheren Kinderfrau Marelbys Meza", "die Frau",
                                               "eine wehrlose Frau"]),
        entity("National Police of Colombia", "ORG", "COL", ["Polizisten", "die Polizei", "mehrere Polizeibeamte"]),
        entity("Casa de Nariño", "LOC", "COL", ["dem Präsidentenpalast", "im Präsidentenpalast Casa de Nariño"]),
        entity("domestic worker of Laura Sarabia", "PER", "COL", ["einer weiteren Hausangestellten"]),
        entity("Francisco Barbosa", "PER", "COL", ["Generalstaatsanwalt Francisco Barbosa", "Barbosa"]),
        entity("Democratic Centre", "ORG", "COL", ["Die Oppositionspartei Centro Democrático"]),
        entity("Congress of Colombia", "ORG", "COL", ["den Kongress"]),
        entity("Paloma Valencia", "PER", "COL", ["Ihre Senatorin Paloma Valencia"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
    ],
}

# ---------------------------------------------------------------- hm462-de-04 (Argentina, vetoes overridden)
ARG_DEPUTIES = actor("Chamber of Deputies of Argentina", "ARG", "LEG")
MILEI = actor("Javier Milei", "ARG", "GOV")
GARRAHAN_STAFF = actor("staff of the Garrahan Hospital", "ARG", "CVL")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
ARG_STUDENTS = actor("Argentine students", "ARG", "EDU")
ARG_HEALTH = actor("Argentine health workers", "ARG", "CVL")
ARG_SECURITY = actor("Argentine security forces", "ARG", "COP")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
ARG_OPP = actor("Argentine opposition", "ARG", "OPP")
ARG_CONGRESS = actor("National Congress of Argentina", "ARG", "LEG")
GELPI = actor("Ricardo Gelpi", "ARG", "EDU")
ARG_SENATE = actor("Senate of Argentina", "ARG", "LEG")
KICILLOF = actor("Axel Kicillof", "ARG", "OPP")

A1 = ("Buenos Aires (dpa) - Das argentinische Abgeordnetenhaus hat die Vetos von Präsident Javier Milei gegen "
      "höhere Ausgaben für die öffentlichen Universitäten und eine Kinderklinik zurückgewiesen.")
A2 = ("Am Mittwoch stimmten jeweils mehr als zwei Drittel der Abgeordneten dafür, beide Gesetze trotz des "
      "Einspruchs des Staatschefs in Kraft zu setzen.")
A3 = "Nun muss noch der Senat zustimmen, wo die Opposition ebenfalls über eine klare Mehrheit verfügt."
A4 = ("Das Universitätsgesetz sieht einen Inflationsausgleich für die Gehälter der Dozenten vor, das zweite Gesetz "
      "erklärt einen Notstand in der Kinderheilkunde.")
A5 = ("Es ist nach dem Kinderkrankenhaus Garrahan in Buenos Aires benannt, dessen Beschäftigte seit Monaten immer "
      "wieder für höhere Löhne die Arbeit niederlegen.")
A6 = ("Während der Sitzung demonstrierten vor dem Kongress Zehntausende Studierende und Beschäftigte des "
      "Gesundheitswesens gegen die Sparpolitik der Regierung.")
A7 = "Sicherheitskräfte riegelten die Umgebung des Parlamentsgebäudes mit Gittern ab."
A8 = "Die Kundgebung verlief friedlich."
A9 = ("Regierungssprecher Manuel Adorni warf der Opposition vor, mit den Abstimmungen den Haushaltsüberschuss zu "
      "gefährden.")
A10 = "„Das Geld fällt nicht vom Himmel“, sagte er vor Journalisten im Präsidentenpalast Casa Rosada."
A11 = ("Die Regierung werde die Gesetze erst umsetzen, wenn der Kongress die Finanzierungsquellen benenne, kündigte "
       "Adorni an.")
A12 = ("Milei hatte beide Gesetze Anfang September mit seinem Veto blockiert und argumentiert, die Ausgaben "
       "gefährdeten das Ziel eines ausgeglichenen Haushalts.")
A13 = ("Der Rektor der Universität von Buenos Aires, Ricardo Gelpi, sprach von einem „Sieg der öffentlichen "
       "Bildung“.")
A14 = "Er forderte die Senatoren auf, die Vetos ebenfalls zu kippen."
A15 = ("Der Gouverneur der Provinz Buenos Aires, Axel Kicillof, warf Milei vor, die Universitäten „aushungern“ zu "
       "wollen.")
A16 = ("Mileis Partei La Libertad Avanza hatte Anfang des Monats die Regionalwahl in der Provinz Buenos Aires "
       "deutlich gegen Kicillofs Peronisten verloren.")
A17 = "Im Oktober stehen landesweite Parlamentswahlen an."

DE04 = {
    "id": "hm462-de-04", "lang": "de", "url": None, "published": "2025-09-18",
    "title": "Argentiniens Parlament kippt Mileis Vetos gegen Uni- und Klinikgesetz",
    "text": paragraphs([A1, A2, A3], [A4, A5], [A6, A7, A8], [A9, A10, A11, A12], [A13, A14, A15, A16, A17]),
    "events": [
        event("REJECT", ARG_DEPUTIES, MILEI, A1),
        event("REJECT", ARG_DEPUTIES, MILEI, A2, date="2025-09-17"),
        event("PROTEST", GARRAHAN_STAFF, ARG_GOV, A5, mode="strike", location="Buenos Aires",
              location_country="ARG"),
        event("PROTEST", ARG_STUDENTS, ARG_GOV, A6, mode="demo", date="2025-09-17", location="Buenos Aires",
              location_country="ARG"),
        event("PROTEST", ARG_HEALTH, ARG_GOV, A6, mode="demo", date="2025-09-17", location="Buenos Aires",
              location_country="ARG"),
        event("COERCE", ARG_SECURITY, None, A7, mode="restrict", location="Buenos Aires", location_country="ARG"),
        event("ACCUSE", ADORNI, ARG_OPP, A9, mode="disapprove"),
        event("REJECT", ADORNI, ARG_CONGRESS, A11),
        event("REJECT", MILEI, ARG_CONGRESS, A12),
        event("SUPPORT", GELPI, ARG_DEPUTIES, A13),
        event("REQUEST", GELPI, ARG_SENATE, A14, mode="change"),
        event("ACCUSE", KICILLOF, MILEI, A15, mode="disapprove"),
    ],
    "quotes": [
        quote("mit den Abstimmungen den Haushaltsüberschuss zu gefährden", "Manuel Adorni", "indirect"),
        quote("Das Geld fällt nicht vom Himmel", "Manuel Adorni", "direct"),
        quote("Die Regierung werde die Gesetze erst umsetzen, wenn der Kongress die Finanzierungsquellen benenne",
              "Manuel Adorni", "indirect"),
        quote("die Ausgaben gefährdeten das Ziel eines ausgeglichenen Haushalts", "Javier Milei", "indirect"),
        quote("Sieg der öffentlichen Bildung", "Ricardo Gelpi", "direct"),
        quote("aushungern", "Axel Kicillof", "direct"),
        quote("die Universitäten „aushungern“ zu wollen", "Axel Kicillof", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Chamber of Deputies of Argentina", "ORG", "ARG", ["Das argentinische Abgeordnetenhaus",
                                                                  "der Abgeordneten"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "des Staatschefs", "Milei", "Mileis"]),
        entity("Senate of Argentina", "ORG", "ARG", ["der Senat", "die Senatoren"]),
        entity("Argentine opposition", "ORG", "ARG", ["die Opposition", "der Opposition"]),
        entity("Garrahan Hospital", "ORG", "ARG", ["eine Kinderklinik", "dem Kinderkrankenhaus Garrahan in Buenos "
                                                                        "Aires"]),
        entity("staff of the Garrahan Hospital", "PER", "ARG", ["dessen Beschäftigte"]),
        entity("National Congress of Argentina", "ORG", "ARG", ["dem Kongress", "der Kongress",
                                                                "des Parlamentsgebäudes"]),
        entity("Argentine students", "PER", "ARG", ["Zehntausende Studierende"]),
        entity("Argentine health workers", "PER", "ARG", ["Beschäftigte des Gesundheitswesens"]),
        entity("Government of Argentina", "ORG", "ARG", ["der Regierung", "Die Regierung"]),
        entity("Argentine security forces", "ORG", "ARG", ["Sicherheitskräfte"]),
        entity("Manuel Adorni", "PER", "ARG", ["Regierungssprecher Manuel Adorni", "er", "Adorni"]),
        entity("Casa Rosada", "LOC", "ARG", ["im Präsidentenpalast Casa Rosada"]),
        entity("Ricardo Gelpi", "PER", "ARG", ["Der Rektor der Universität von Buenos Aires, Ricardo Gelpi", "Er"]),
        entity("University of Buenos Aires", "ORG", "ARG", ["der Universität von Buenos Aires"]),
        entity("Axel Kicillof", "PER", "ARG", ["Der Gouverneur der Provinz Buenos Aires, Axel Kicillof",
                                               "Kicillofs"]),
        entity("Buenos Aires Province", "LOC", "ARG", ["der Provinz Buenos Aires"]),
        entity("La Libertad Avanza", "ORG", "ARG", ["Mileis Partei La Libertad Avanza"]),
        entity("Peronists", "ORG", "ARG", ["Kicillofs Peronisten"]),
    ],
}

# ---------------------------------------------------------------- hm462-en-01 (Honduras, interim attorney general)
HND_OPP = actor("Honduran opposition", "HND", "OPP")
PERM_COMM = actor("Permanent Commission of the National Congress of Honduras", "HND", "LEG")
ZAMBRANO = actor("Tomás Zambrano", "HND", "OPP")
JOHEL_ZELAYA = actor("Johel Zelaya", "HND", "JUD")
NATIONAL_PARTY = actor("National Party of Honduras", "HND", "OPP")
LIBERAL_PARTY = actor("Liberal Party of Honduras", "HND", "OPP")
HND_SUPREME = actor("Supreme Court of Justice of Honduras", "HND", "JUD")
OPP_PROTESTERS = actor("Honduran opposition supporters", "HND", "CVL")
HND_POLICE = actor("National Police of Honduras", "HND", "COP")
CASTRO = actor("Xiomara Castro", "HND", "GOV")
DOGU = actor("Laura Dogu", "USA", "GOV")
HND_CONGRESS = actor("National Congress of Honduras", "HND", "LEG")
ALMAGRO = actor("Luis Almagro", "IGO", "IGO")
HND_GOV = actor("Government of Honduras", "HND", "GOV")

H1 = ("TEGUCIGALPA, Honduras (AP) — A small committee of Honduras' Congress appointed an interim attorney general on "
      "Wednesday, a move opposition lawmakers called illegal and a threat to the country's democracy.")
H2 = ("The Permanent Commission, a nine-member body led by Congress President Luis Redondo, named Johel Zelaya as "
      "attorney general and Mario Morazán as his deputy after the full chamber failed for months to agree on "
      "candidates.")
H3 = "Both men are considered close to President Xiomara Castro's ruling Libre party."
H4 = ("The term of the previous attorney general, Óscar Chinchilla, had expired, and electing a successor requires a "
      "two-thirds majority that Libre does not have.")
H5 = ("\"What happened today is a technical coup against the rule of law,\" said Tomás Zambrano, head of the "
      "opposition National Party's bloc in Congress.")
H6 = "Zambrano said the opposition would not recognize any decision signed by Zelaya."
H7 = ("The National Party and the Liberal Party filed a joint petition with the Supreme Court on Wednesday evening "
      "asking it to annul the appointments.")
H8 = ("Dozens of opposition supporters gathered outside the legislative palace in Tegucigalpa, where police in riot "
      "gear kept them away from the entrance.")
H9 = "No arrests were reported."
H10 = ("Castro defended the appointments, saying Congress had acted within its powers to prevent a vacuum at the "
       "head of the prosecutor's office.")
H11 = ("She accused the opposition of trying to keep in place an attorney general who would shield those "
       "responsible for corruption under previous governments.")
H12 = "\"I will serve the law, not a party,\" Zelaya told reporters after taking office on Thursday."
H13 = ("U.S. Ambassador Laura Dogu said Washington was concerned about the process and urged Honduran lawmakers to "
       "respect the constitution.")
H14 = ("The Organization of American States said its secretary-general, Luis Almagro, had asked both the government "
       "and the opposition to seek a negotiated solution.")
H15 = ("Congress has been deeply divided since January 2022, when a dispute over Redondo's election as its "
       "president split the ruling party.")
H16 = "Honduras will hold general elections in November 2025."

EN01 = {
    "id": "hm462-en-01", "lang": "en", "url": None, "published": "2023-11-02",
    "title": "Honduran congressional committee names interim attorney general, opposition cries foul",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9], [H10, H11, H12], [H13, H14, H15, H16]),
    "events": [
        event("ACCUSE", HND_OPP, PERM_COMM, H1, mode="disapprove"),
        event("ACCUSE", ZAMBRANO, PERM_COMM, H5, mode="disapprove"),
        event("REJECT", ZAMBRANO, JOHEL_ZELAYA, H6),
        event("REQUEST", NATIONAL_PARTY, HND_SUPREME, H7, mode="change", date="2023-11-01"),
        event("REQUEST", LIBERAL_PARTY, HND_SUPREME, H7, mode="change", date="2023-11-01"),
        event("PROTEST", OPP_PROTESTERS, PERM_COMM, H8, mode="demo", location="Tegucigalpa",
              location_country="HND"),
        event("COERCE", HND_POLICE, OPP_PROTESTERS, H8, mode="crowd-control", location="Tegucigalpa",
              location_country="HND"),
        event("COERCE", HND_POLICE, OPP_PROTESTERS, H9, mode="arrest", location="Tegucigalpa",
              location_country="HND", negated=True),
        event("SUPPORT", CASTRO, PERM_COMM, H10),
        event("ACCUSE", CASTRO, HND_OPP, H11, mode="allege"),
        event("ACCUSE", DOGU, PERM_COMM, H13, mode="disapprove"),
        event("REQUEST", DOGU, HND_CONGRESS, H13),
        event("REQUEST", ALMAGRO, HND_GOV, H14),
        event("REQUEST", ALMAGRO, HND_OPP, H14),
    ],
    "quotes": [
        quote("What happened today is a technical coup against the rule of law", "Tomás Zambrano", "direct"),
        quote("the opposition would not recognize any decision signed by Zelaya", "Tomás Zambrano", "indirect"),
        quote("Congress had acted within its powers to prevent a vacuum at the head of the prosecutor's office",
              "Xiomara Castro", "indirect"),
        quote("I will serve the law, not a party", "Johel Zelaya", "direct"),
        quote("Washington was concerned about the process", "Laura Dogu", "indirect"),
        quote("its secretary-general, Luis Almagro, had asked both the government and the opposition to seek a "
              "negotiated solution", "Organization of American States", "indirect"),
    ],
    "entities": [
        entity("Tegucigalpa", "LOC", "HND", ["TEGUCIGALPA", "Tegucigalpa"]),
        entity("Honduras", "LOC", "HND", ["Honduras", "Honduras'", "the country's"]),
        entity("National Congress of Honduras", "ORG", "HND", ["Honduras' Congress", "the full chamber", "Congress",
                                                               "the legislative palace"]),
        entity("Permanent Commission of the National Congress of Honduras", "ORG", "HND",
               ["A small committee of Honduras' Congress", "The Permanent Commission, a nine-member body"]),
        entity("Honduran opposition", "ORG", "HND", ["opposition lawmakers", "the opposition"]),
        entity("Luis Redondo", "PER", "HND", ["Congress President Luis Redondo", "Redondo's"]),
        entity("Johel Zelaya", "PER", "HND", ["Johel Zelaya", "Zelaya"]),
        entity("Mario Morazán", "PER", "HND", ["Mario Morazán as his deputy"]),
        entity("Xiomara Castro", "PER", "HND", ["President Xiomara Castro's", "Castro", "She"]),
        entity("Libre", "ORG", "HND", ["ruling Libre party", "Libre", "the ruling party"]),
        entity("Óscar Chinchilla", "PER", "HND", ["the previous attorney general, Óscar Chinchilla"]),
        entity("Tomás Zambrano", "PER", "HND", ["Tomás Zambrano, head of the opposition National Party's bloc in "
                                                "Congress", "Zambrano"]),
        entity("National Party of Honduras", "ORG", "HND", ["the opposition National Party's", "The National Party"]),
        entity("Liberal Party of Honduras", "ORG", "HND", ["the Liberal Party"]),
        entity("Supreme Court of Justice of Honduras", "ORG", "HND", ["the Supreme Court"]),
        entity("Honduran opposition supporters", "PER", "HND", ["Dozens of opposition supporters", "them"]),
        entity("National Police of Honduras", "ORG", "HND", ["police in riot gear"]),
        entity("Public Ministry of Honduras", "ORG", "HND", ["the prosecutor's office"]),
        entity("Laura Dogu", "PER", "USA", ["U.S. Ambassador Laura Dogu"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Organization of American States", "ORG", "IGO", ["The Organization of American States"]),
        entity("Luis Almagro", "PER", "URY", ["its secretary-general, Luis Almagro"]),
        entity("Government of Honduras", "ORG", "HND", ["the government"]),
    ],
}

# ---------------------------------------------------------------- hm462-en-02 (Bolivia, MAS expels Arce)
MAS = actor("Movement for Socialism", "BOL", "PTY")
ARCE = actor("Luis Arce", "BOL", "GOV")
EVO = actor("Evo Morales", "BOL", "PTY")
CHOQUEHUANCA = actor("David Choquehuanca", "BOL", "GOV")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
ARCE_CAMP = actor("allies of Luis Arce", "BOL", "GOV")
DEL_CASTILLO = actor("Eduardo del Castillo", "BOL", "GOV")
BOL_TSE = actor("Supreme Electoral Tribunal of Bolivia", "BOL", "GOV")
EVO_FANS = actor("supporters of Evo Morales", "BOL", "CVL")
IVAN_LIMA = actor("Iván Lima", "BOL", "GOV")
BOL_POLICE = actor("Bolivian Police", "BOL", "COP")

B1 = ("LA PAZ, Bolivia (AP) — Bolivia's ruling Movement Toward Socialism party has expelled President Luis Arce and "
      "proclaimed former President Evo Morales as its candidate for the 2025 election, deepening a feud that has "
      "split the country's dominant political force.")
B2 = ("Delegates meeting at a party congress in Lauca Ñ, a coca-growing town in the central Chapare region, voted "
      "Wednesday to expel Arce and Vice President David Choquehuanca for failing to attend.")
B3 = "Both had declined invitations to the gathering, as had most ministers and lawmakers loyal to the president."
B4 = ("\"Evo is our only candidate,\" the congress declared in its final resolution, which also accused the "
      "government of betraying the party's program.")
B5 = ("Morales, who governed Bolivia from 2006 until he resigned amid mass protests in 2019, told supporters that no "
      "\"political persecution\" would stop him from running.")
B6 = "Arce's camp dismissed the gathering as illegitimate."
B7 = ("\"The president remains a militant of MAS and nobody can expel him at a rally,\" Government Minister Eduardo "
      "del Castillo told reporters in La Paz.")
B8 = "He accused Morales of trying to destabilize the government to force his way back into power."
B9 = ("The Supreme Electoral Tribunal said it would review whether the congress had complied with party rules before "
      "registering any of its decisions.")
B10 = ("Morales' return faces legal hurdles, since the constitution limits presidents to two consecutive terms and "
       "his eligibility is expected to be challenged in court.")
B11 = "The rift between the two former allies has widened steadily since Arce took office in 2020."
B12 = ("Morales has accused Arce's ministers of corruption and of plotting to have him arrested, allegations the "
       "government denies.")
B13 = ("Last month, hundreds of Morales supporters blocked a highway near Cochabamba to demand the resignation of "
       "Justice Minister Iván Lima.")
B14 = ("Police cleared the road after several hours and detained 12 people, according to the Government Ministry.")
B15 = ("Morales warned that his followers would take to the streets if electoral authorities refused to register his "
       "candidacy.")
B16 = "Bolivia's next general election is scheduled for August 2025."

EN02 = {
    "id": "hm462-en-02", "lang": "en", "url": None, "published": "2023-10-05",
    "title": "Bolivia's ruling party expels President Arce, names Morales as 2025 candidate",
    "text": paragraphs([B1, B2, B3], [B4, B5], [B6, B7, B8, B9], [B10, B11, B12], [B13, B14, B15, B16]),
    "events": [
        event("SANCTION", MAS, ARCE, B1, mode="expel"),
        event("SUPPORT", MAS, EVO, B1),
        event("SANCTION", MAS, ARCE, B2, mode="expel", date="2023-10-04", location="Lauca Ñ",
              location_country="BOL"),
        event("SANCTION", MAS, CHOQUEHUANCA, B2, mode="expel", date="2023-10-04", location="Lauca Ñ",
              location_country="BOL"),
        event("REJECT", ARCE, MAS, B3, mode="meet"),
        event("REJECT", CHOQUEHUANCA, MAS, B3, mode="meet"),
        event("SUPPORT", MAS, EVO, B4),
        event("ACCUSE", MAS, BOL_GOV, B4, mode="disapprove"),
        event("RETREAT", EVO, None, B5, mode="resign"),
        event("ACCUSE", ARCE_CAMP, MAS, B6, mode="disapprove"),
        event("ACCUSE", DEL_CASTILLO, EVO, B8, mode="allege"),
        event("ACCUSE", BOL_TSE, MAS, B9, mode="investigate"),
        event("ACCUSE", EVO, BOL_GOV, B12, mode="allege"),
        event("PROTEST", EVO_FANS, BOL_GOV, B13, mode="obstruct", location="Cochabamba", location_country="BOL"),
        event("REQUEST", EVO_FANS, IVAN_LIMA, B13, mode="change"),
        event("COERCE", BOL_POLICE, EVO_FANS, B14, mode="crowd-control", location="Cochabamba",
              location_country="BOL"),
        event("COERCE", BOL_POLICE, EVO_FANS, B14, mode="arrest", location="Cochabamba", location_country="BOL"),
        event("THREATEN", EVO, BOL_TSE, B15),
    ],
    "quotes": [
        quote("Evo is our only candidate", "Movement for Socialism", "direct"),
        quote("no \"political persecution\" would stop him from running", "Evo Morales", "indirect"),
        quote("political persecution", "Evo Morales", "direct"),
        quote("The president remains a militant of MAS and nobody can expel him at a rally", "Eduardo del Castillo",
              "direct"),
        quote("it would review whether the congress had complied with party rules before registering any of its "
              "decisions", "Supreme Electoral Tribunal of Bolivia", "indirect"),
        quote("Police cleared the road after several hours and detained 12 people", "Ministry of Government of Bolivia",
              "indirect"),
        quote("his followers would take to the streets if electoral authorities refused to register his candidacy",
              "Evo Morales", "indirect"),
    ],
    "entities": [
        entity("La Paz", "LOC", "BOL", ["LA PAZ", "La Paz"]),
        entity("Bolivia", "LOC", "BOL", ["Bolivia", "Bolivia's", "the country's"]),
        entity("Movement for Socialism", "ORG", "BOL", ["Bolivia's ruling Movement Toward Socialism party",
                                                        "the country's dominant political force", "the party's",
                                                        "a party congress", "the congress", "MAS"]),
        entity("Luis Arce", "PER", "BOL", ["President Luis Arce", "Arce", "the president", "The president", "him",
                                           "Arce's"]),
        entity("Evo Morales", "PER", "BOL", ["former President Evo Morales", "Evo", "Morales", "he", "him",
                                             "Morales'"]),
        entity("Lauca Ñ", "LOC", "BOL", ["Lauca Ñ, a coca-growing town in the central Chapare region"]),
        entity("Chapare", "LOC", "BOL", ["the central Chapare region"]),
        entity("delegates of the Movement for Socialism congress", "PER", "BOL", ["Delegates"]),
        entity("David Choquehuanca", "PER", "BOL", ["Vice President David Choquehuanca"]),
        entity("Government of Bolivia", "ORG", "BOL", ["the government"]),
        entity("allies of Luis Arce", "ORG", "BOL", ["Arce's camp", "most ministers and lawmakers loyal to the "
                                                                     "president"]),
        entity("Eduardo del Castillo", "PER", "BOL", ["Government Minister Eduardo del Castillo", "He"]),
        entity("Supreme Electoral Tribunal of Bolivia", "ORG", "BOL", ["The Supreme Electoral Tribunal",
                                                                       "electoral authorities"]),
        entity("supporters of Evo Morales", "PER", "BOL", ["supporters", "hundreds of Morales supporters",
                                                           "his followers"]),
        entity("Arce's ministers", "PER", "BOL", ["Arce's ministers"]),
        entity("Cochabamba", "LOC", "BOL", ["Cochabamba"]),
        entity("Iván Lima", "PER", "BOL", ["Justice Minister Iván Lima"]),
        entity("Bolivian Police", "ORG", "BOL", ["Police"]),
        entity("Ministry of Government of Bolivia", "ORG", "BOL", ["the Government Ministry"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
