"""Round 354: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm354-de-01: Venezuela: Edmundo González's son-in-law Rafael Tudares detained in Caracas days before Maduro's inauguration; González blames the government, Cabello confirms and accuses him, ex-candidate Enrique Márquez also held, Cabello threatens to arrest González, Machado condemns, Washington demands the release and Caracas rejects it, Foro Penal counts arrests (2025-01-08).
- hm354-de-02: Chile: a Santiago judge sends lawyer Luis Hermosilla to pre-trial detention in the "caso audios" bribery case; PDI takes him into custody, his brother and lawyer objects, the CDE files a complaint, chat messages examined, Frente Amplio asks for an inquiry into Chadwick, Vallejo and Boric back the justice system, Macaya attacks the government (2024-08-28).
- hm354-de-03: Nicaragua: police place ex-army chief Humberto Ortega under house arrest after an interview questioning Rosario Murillo's succession; devices seized, the government speaks of medical care, Daniel Ortega calls him a tool of the Yankees, the State Department and the IACHR object and demand access, Murillo rejects it (2024-05-22).
- hm354-de-04: Colombia/Qatar: the government and the Clan del Golfo (EGC) sign a roadmap in Doha for moving fighters into temporary zones; the government promises to pause operations, Petro thanks Qatar and threatens the group, Attorney General Camargo refuses to suspend arrest warrants, Paloma Valencia objects, army arrests a regional commander (2025-09-13).
- hm354-en-01: El Salvador: police arrest constitutional lawyer and Bukele critic Enrique Anaya on money-laundering charges; Bukele mocks him, Cristosal condemns and demands his release, Ruth López's arrest recalled, HRW and the IACHR object, Villatoro defends the arrest (2025-06-08).
- hm354-en-02: Mexico/United States: Washington imposes a 17% anti-dumping duty on Mexican tomatoes after leaving the 2019 suspension agreement; Mexico's agriculture ministry objects and pledges help to exporters, Sheinbaum sends Ebrard to keep negotiating amid Trump's 30% tariff threat, AMHPAC accuses Washington, the Florida Tomato Exchange welcomes it, Ebrard phones Lutnick (2025-07-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm354-de-01 (Venezuela, Rafael Tudares detained)
VEN_SECURITY = actor("Venezuelan security forces", "VEN", "COP")
TUDARES = actor("Rafael Tudares", "VEN", "CVL")
GONZALEZ = actor("Edmundo González Urrutia", "VEN", "OPP")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
CABELLO = actor("Diosdado Cabello", "VEN", "GOV")
MARQUEZ = actor("Enrique Márquez", "VEN", "OPP")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
BIDEN = actor("Joe Biden", "USA", "GOV")
US_STATE_DEPT = actor("United States Department of State", "USA", "GOV")
VEN_FOREIGN_MINISTRY = actor("Ministry of Foreign Affairs of Venezuela", "VEN", "GOV")
VEN_OPP = actor("Venezuelan opposition", "VEN", "OPP")

V1 = ("Caracas (dpa) - Wenige Tage vor der umstrittenen Vereidigung von Präsident Nicolás Maduro ist in Venezuela der "
      "Schwiegersohn von Oppositionsführer Edmundo González Urrutia festgenommen worden.")
V2 = ("Vermummte Männer hätten Rafael Tudares am Dienstagmorgen in Caracas abgefangen, als er seine beiden Kinder zur "
      "Schule bringen wollte, schrieb González auf der Plattform X.")
V3 = "Seitdem fehle von dem 45-Jährigen jede Spur, fügte der im spanischen Exil lebende Politiker hinzu."
V4 = "González machte die Regierung Maduro direkt für das Verschwinden seines Schwiegersohns verantwortlich."
V5 = "„Das ist die Rache eines Regimes, das die Wahl verloren hat“, erklärte er."
V6 = ("Innenminister Diosdado Cabello bestätigte am Abend im Staatsfernsehen, dass Tudares sich in Gewahrsam der "
      "Sicherheitskräfte befinde.")
V7 = ("Er warf ihm vor, einem Netzwerk anzugehören, das rund um die Amtseinführung am Freitag Unruhen schüren "
      "wolle.")
V8 = ("Nach Angaben seiner Partei Centrados wurde am Dienstag auch der frühere Präsidentschaftskandidat Enrique Márquez "
      "festgenommen.")
V9 = ("Cabello drohte González erneut mit der Festnahme, sollte dieser wie angekündigt nach Venezuela "
      "zurückkehren.")
V10 = "„Wenn er kommt, wird er verhaftet, so einfach ist das“, sagte der Minister."
V11 = "Oppositionsführerin María Corina Machado verurteilte die Festnahmen als „feige Erpressung“."
V12 = "US-Präsident Joe Biden hatte González erst am Montag im Weißen Haus empfangen."
V13 = "Das US-Außenministerium forderte die sofortige und bedingungslose Freilassung von Tudares."
V14 = ("Das Außenministerium in Caracas wies die Forderung als „grobe Einmischung in die inneren Angelegenheiten“ "
       "Venezuelas zurück.")
V15 = ("Nach Angaben der Menschenrechtsorganisation Foro Penal wurden seit Jahresbeginn mindestens 18 Oppositionelle "
       "festgenommen.")
V16 = "González lebt seit September im spanischen Exil."
V17 = ("Er beansprucht den Sieg bei der Präsidentenwahl vom Juli für sich und hat angekündigt, am Freitag selbst den "
       "Amtseid abzulegen.")

DE01 = {
    "id": "hm354-de-01", "lang": "de", "url": None, "published": "2025-01-08",
    "title": "Schwiegersohn von Venezuelas Oppositionsführer González festgenommen",
    "text": paragraphs([V1, V2, V3, V4, V5], [V6, V7, V8, V9, V10], [V11, V12, V13, V14], [V15, V16, V17]),
    "events": [
        event("COERCE", VEN_SECURITY, TUDARES, V1, mode="arrest", location_country="VEN"),
        event("ACCUSE", GONZALEZ, VEN_GOV, V4, mode="allege"),
        event("ACCUSE", GONZALEZ, VEN_GOV, V5, mode="disapprove"),
        event("COERCE", VEN_SECURITY, TUDARES, V6, mode="arrest"),
        event("ACCUSE", CABELLO, TUDARES, V7, mode="allege"),
        event("COERCE", VEN_SECURITY, MARQUEZ, V8, mode="arrest", date="2025-01-07"),
        event("THREATEN", CABELLO, GONZALEZ, V9, mode="arrest"),
        event("THREATEN", CABELLO, GONZALEZ, V10, mode="arrest"),
        event("ACCUSE", MACHADO, VEN_GOV, V11, mode="disapprove"),
        event("CONSULT", GONZALEZ, BIDEN, V12, mode="visit", date="2025-01-06", location="Washington",
              location_country="USA"),
        event("REQUEST", US_STATE_DEPT, VEN_GOV, V13, mode="yield"),
        event("REJECT", VEN_FOREIGN_MINISTRY, US_STATE_DEPT, V14, mode="yield"),
        event("COERCE", VEN_SECURITY, VEN_OPP, V15, mode="arrest"),
    ],
    "quotes": [
        quote("Vermummte Männer hätten Rafael Tudares am Dienstagmorgen in Caracas abgefangen, als er seine beiden "
              "Kinder zur Schule bringen wollte", "Edmundo González Urrutia", "indirect"),
        quote("Seitdem fehle von dem 45-Jährigen jede Spur", "Edmundo González Urrutia", "indirect"),
        quote("Das ist die Rache eines Regimes, das die Wahl verloren hat", "Edmundo González Urrutia", "direct"),
        quote("dass Tudares sich in Gewahrsam der Sicherheitskräfte befinde", "Diosdado Cabello", "indirect"),
        quote("einem Netzwerk anzugehören, das rund um die Amtseinführung am Freitag Unruhen schüren wolle",
              "Diosdado Cabello", "indirect"),
        quote("Nach Angaben seiner Partei Centrados wurde am Dienstag auch der frühere Präsidentschaftskandidat Enrique "
              "Márquez festgenommen", "Centrados", "indirect"),
        quote("Wenn er kommt, wird er verhaftet, so einfach ist das", "Diosdado Cabello", "direct"),
        quote("feige Erpressung", "María Corina Machado", "direct"),
        quote("grobe Einmischung in die inneren Angelegenheiten", "Ministry of Foreign Affairs of Venezuela", "direct"),
        quote("Nach Angaben der Menschenrechtsorganisation Foro Penal wurden seit Jahresbeginn mindestens 18 "
              "Oppositionelle festgenommen", "Foro Penal", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "Venezuelas"]),
        entity("Edmundo González Urrutia", "PER", "VEN", ["Oppositionsführer Edmundo González Urrutia", "González",
                                                          "der im spanischen Exil lebende Politiker"]),
        entity("Rafael Tudares", "PER", "VEN", ["Schwiegersohn von Oppositionsführer Edmundo González Urrutia",
                                                "Rafael Tudares", "dem 45-Jährigen", "seines Schwiegersohns",
                                                "Tudares", "ihm"]),
        entity("children of Rafael Tudares", "PER", "VEN", ["seine beiden Kinder"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Government of Venezuela", "ORG", "VEN", ["die Regierung Maduro", "eines Regimes"]),
        entity("Spain", "LOC", "ESP", ["spanischen"]),
        entity("Diosdado Cabello", "PER", "VEN", ["Innenminister Diosdado Cabello", "Cabello", "der Minister"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["der Sicherheitskräfte"]),
        entity("Centrados", "ORG", "VEN", ["seiner Partei Centrados"]),
        entity("Enrique Márquez", "PER", "VEN", ["der frühere Präsidentschaftskandidat Enrique Márquez"]),
        entity("María Corina Machado", "PER", "VEN", ["Oppositionsführerin María Corina Machado"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("White House", "LOC", "USA", ["im Weißen Haus"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Ministry of Foreign Affairs of Venezuela", "ORG", "VEN", ["Das Außenministerium in Caracas"]),
        entity("Foro Penal", "ORG", "VEN", ["der Menschenrechtsorganisation Foro Penal"]),
        entity("Venezuelan opposition", "PER", "VEN", ["mindestens 18 Oppositionelle"]),
    ],
}

# ---------------------------------------------------------------- hm354-de-02 (Chile, Luis Hermosilla detained)
SANTIAGO_COURT = actor("Santiago court", "CHL", "JUD")
HERMOSILLA = actor("Luis Hermosilla", "CHL", "CVL")
EAST_PROSECUTORS = actor("East Metropolitan Regional Prosecutor's Office", "CHL", "JUD")
PDI = actor("Investigations Police of Chile", "CHL", "COP")
JP_HERMOSILLA = actor("Juan Pablo Hermosilla", "CHL", "CVL")
CDE = actor("State Defense Council", "CHL", "GOV")
FRENTE_AMPLIO = actor("Frente Amplio", "CHL", "PTY")
VALLEJO = actor("Camila Vallejo", "CHL", "GOV")
MACAYA = actor("Javier Macaya", "CHL", "OPP")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
BORIC = actor("Gabriel Boric", "CHL", "GOV")

C1 = ("Santiago de Chile (dpa) - Ein Gericht in Chile hat den einflussreichen Strafverteidiger Luis Hermosilla wegen "
      "Bestechungsvorwürfen in Untersuchungshaft geschickt.")
C2 = ("Die Haftrichterin folgte am Mittwoch einem Antrag der Staatsanwaltschaft Ost, die dem Anwalt Bestechung, "
      "Geldwäsche und Steuerbetrug vorwirft.")
C3 = ("Beamte der Kriminalpolizei PDI nahmen Hermosilla noch im Gerichtsgebäude in Gewahrsam und brachten ihn in ein "
      "Gefängnis der Hauptstadt.")
C4 = ("Der Jurist war im November durch eine heimlich aufgenommene Tonaufnahme in Verruf geraten, auf der er mit einer "
      "Mandantin über Zahlungen an Beamte der Steuerbehörde SII und der Finanzaufsicht CMF spricht.")
C5 = ("Sein Bruder und Verteidiger Juan Pablo Hermosilla nannte die Haft „völlig unverhältnismäßig“ und kündigte "
      "Berufung an.")
C6 = ("Sein Mandant habe keinem Beamten Geld gezahlt und stets mit der Justiz kooperiert, sagte er vor "
      "Journalisten.")
C7 = "Auch der Staatliche Verteidigungsrat CDE reichte Strafanzeige gegen Hermosilla ein."
C8 = ("Die Ermittler werten derzeit Tausende Chatnachrichten aus, die auf dem Mobiltelefon des Anwalts gefunden "
      "wurden.")
C9 = "Darin soll Hermosilla unter anderem mit Richtern und Politikern über Ernennungen gesprochen haben."
C10 = ("Zu seinen engen Freunden zählt der frühere Innenminister Andrés Chadwick, der unter dem verstorbenen "
       "Präsidenten Sebastián Piñera diente.")
C11 = ("Abgeordnete der Regierungspartei Frente Amplio forderten die Staatsanwaltschaft auf, auch die Rolle Chadwicks "
       "zu untersuchen.")
C12 = "Chadwick wies jede Verwicklung zurück."
C13 = "Regierungssprecherin Camila Vallejo begrüßte die Entscheidung des Gerichts."
C14 = "„In Chile steht niemand über dem Gesetz, egal wie viele Kontakte er hat“, sagte sie in Santiago."
C15 = ("Der Vorsitzende der rechten UDI, Senator Javier Macaya, warf der Regierung dagegen vor, den Fall für den "
       "Wahlkampf vor den Kommunalwahlen im Oktober auszuschlachten.")
C16 = "Präsident Gabriel Boric lobte die Arbeit der Staatsanwaltschaft."

DE02 = {
    "id": "hm354-de-02", "lang": "de", "url": None, "published": "2024-08-28",
    "title": "Chilenischer Staranwalt Hermosilla in Untersuchungshaft",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11, C12], [C13, C14, C15, C16]),
    "events": [
        event("COERCE", SANTIAGO_COURT, HERMOSILLA, C1, mode="arrest", location_country="CHL"),
        event("COERCE", SANTIAGO_COURT, HERMOSILLA, C2, mode="arrest", date="2024-08-28"),
        event("ACCUSE", EAST_PROSECUTORS, HERMOSILLA, C2, mode="allege"),
        event("COERCE", PDI, HERMOSILLA, C3, mode="arrest", location="Santiago de Chile", location_country="CHL"),
        event("ACCUSE", JP_HERMOSILLA, SANTIAGO_COURT, C5, mode="disapprove"),
        event("ACCUSE", CDE, HERMOSILLA, C7, mode="allege"),
        event("ACCUSE", EAST_PROSECUTORS, HERMOSILLA, C8, mode="investigate"),
        event("REQUEST", FRENTE_AMPLIO, EAST_PROSECUTORS, C11),
        event("SUPPORT", VALLEJO, SANTIAGO_COURT, C13),
        event("ACCUSE", MACAYA, CHL_GOV, C15, mode="disapprove"),
        event("SUPPORT", BORIC, EAST_PROSECUTORS, C16),
    ],
    "quotes": [
        quote("völlig unverhältnismäßig", "Juan Pablo Hermosilla", "direct"),
        quote("Sein Mandant habe keinem Beamten Geld gezahlt und stets mit der Justiz kooperiert",
              "Juan Pablo Hermosilla", "indirect"),
        quote("In Chile steht niemand über dem Gesetz, egal wie viele Kontakte er hat", "Camila Vallejo", "direct"),
        quote("den Fall für den Wahlkampf vor den Kommunalwahlen im Oktober auszuschlachten", "Javier Macaya",
              "indirect"),
    ],
    "entities": [
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile", "der Hauptstadt", "Santiago"]),
        entity("Chile", "LOC", "CHL", ["Chile"]),
        entity("Santiago court", "ORG", "CHL", ["Ein Gericht in Chile", "Die Haftrichterin", "des Gerichts"]),
        entity("Luis Hermosilla", "PER", "CHL", ["den einflussreichen Strafverteidiger Luis Hermosilla", "dem Anwalt",
                                                 "Hermosilla", "ihn", "Der Jurist", "Sein Mandant",
                                                 "des Anwalts"]),
        entity("East Metropolitan Regional Prosecutor's Office", "ORG", "CHL", ["der Staatsanwaltschaft Ost",
                                                                               "Die Ermittler",
                                                                               "die Staatsanwaltschaft",
                                                                               "der Staatsanwaltschaft"]),
        entity("Investigations Police of Chile", "ORG", "CHL", ["Beamte der Kriminalpolizei PDI"]),
        entity("client of Luis Hermosilla", "PER", "CHL", ["einer Mandantin"]),
        entity("Internal Revenue Service of Chile", "ORG", "CHL", ["der Steuerbehörde SII"]),
        entity("Financial Market Commission", "ORG", "CHL", ["der Finanzaufsicht CMF"]),
        entity("Juan Pablo Hermosilla", "PER", "CHL", ["Sein Bruder und Verteidiger Juan Pablo Hermosilla"]),
        entity("State Defense Council", "ORG", "CHL", ["der Staatliche Verteidigungsrat CDE"]),
        entity("Andrés Chadwick", "PER", "CHL", ["der frühere Innenminister Andrés Chadwick", "Chadwicks",
                                                 "Chadwick"]),
        entity("Sebastián Piñera", "PER", "CHL", ["dem verstorbenen Präsidenten Sebastián Piñera"]),
        entity("Frente Amplio", "ORG", "CHL", ["Abgeordnete der Regierungspartei Frente Amplio"]),
        entity("Camila Vallejo", "PER", "CHL", ["Regierungssprecherin Camila Vallejo", "sie"]),
        entity("Independent Democratic Union", "ORG", "CHL", ["der rechten UDI"]),
        entity("Javier Macaya", "PER", "CHL", ["Der Vorsitzende der rechten UDI, Senator Javier Macaya"]),
        entity("Government of Chile", "ORG", "CHL", ["der Regierung"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric"]),
    ],
}

# ---------------------------------------------------------------- hm354-de-03 (Nicaragua, Humberto Ortega)
NIC_POLICE = actor("National Police of Nicaragua", "NIC", "COP")
HUMBERTO = actor("Humberto Ortega", "NIC", "CVL")
MURILLO = actor("Rosario Murillo", "NIC", "GOV")
DANIEL_ORTEGA = actor("Daniel Ortega", "NIC", "GOV")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
US_STATE_DEPT_N = actor("United States Department of State", "USA", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
IACHR = actor("Inter-American Commission on Human Rights", "IGO", "IGO")

N1 = ("Managua (dpa) - Nicaraguas Polizei hat den Bruder von Präsident Daniel Ortega, den früheren Armeechef Humberto "
      "Ortega, unter Hausarrest gestellt.")
N2 = ("Beamte hätten am Sonntag das Haus des 77-Jährigen in Managua umstellt und seine Computer sowie Mobiltelefone "
      "beschlagnahmt, berichtete die im Exil erscheinende Zeitung „La Prensa“ unter Berufung auf Angehörige.")
N3 = "Auslöser war offenbar ein Interview, das der Ex-General dem argentinischen Portal Infobae gegeben hatte."
N4 = ("Darin hatte er gesagt, sein Bruder habe keinen Nachfolger, und den Machtanspruch von Vizepräsidentin Rosario "
      "Murillo offen infrage gestellt.")
N5 = "„Nach Daniel kommt das Chaos, wenn niemand vorsorgt“, hatte er dem Portal gesagt."
N6 = ("Die Regierung erklärte in einer Mitteilung, Humberto Ortega befinde sich wegen seines angegriffenen "
      "Gesundheitszustands in ärztlicher Obhut in seinem Haus.")
N7 = "Von einer Festnahme könne keine Rede sein."
N8 = ("Daniel Ortega warf seinem Bruder in einer Fernsehansprache vor, sich „zum Werkzeug der Yankees“ gemacht zu "
      "haben.")
N9 = ("Das US-Außenministerium verurteilte den Hausarrest als weiteren Beleg für die Unterdrückung jeder Kritik in "
      "Nicaragua.")
N10 = ("Sprecher Matthew Miller forderte Managua auf, dem früheren General den Zugang zu Ärzten seiner Wahl zu "
       "gewähren.")
N11 = ("Auch die Interamerikanische Menschenrechtskommission (CIDH) verlangte von der Regierung Auskunft über seinen "
       "Aufenthaltsort und Gesundheitszustand.")
N12 = "Murillo wies die Forderungen als „imperialistische Einmischung“ zurück."
N13 = "Humberto Ortega hatte die Armee nach der sandinistischen Revolution von 1979 aufgebaut und bis 1995 geführt."
N14 = "Das Verhältnis der Brüder gilt seit Jahrzehnten als angespannt."
N15 = "Nicaragua wird seit den Massenprotesten von 2018 zunehmend autoritär regiert."

DE03 = {
    "id": "hm354-de-03", "lang": "de", "url": None, "published": "2024-05-22",
    "title": "Nicaragua: Ortegas Bruder unter Hausarrest",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8], [N9, N10, N11, N12], [N13, N14, N15]),
    "events": [
        event("COERCE", NIC_POLICE, HUMBERTO, N1, mode="arrest", location_country="NIC"),
        event("COERCE", NIC_POLICE, HUMBERTO, N2, mode="seize", date="2024-05-19", location="Managua",
              location_country="NIC"),
        event("ACCUSE", HUMBERTO, MURILLO, N4, mode="disapprove"),
        event("ACCUSE", DANIEL_ORTEGA, HUMBERTO, N8, mode="disapprove"),
        event("ACCUSE", US_STATE_DEPT_N, NIC_GOV, N9, mode="disapprove"),
        event("REQUEST", MILLER, NIC_GOV, N10),
        event("REQUEST", IACHR, NIC_GOV, N11),
        event("REJECT", MURILLO, US_STATE_DEPT_N, N12),
        event("REJECT", MURILLO, IACHR, N12),
    ],
    "quotes": [
        quote("Beamte hätten am Sonntag das Haus des 77-Jährigen in Managua umstellt und seine Computer sowie "
              "Mobiltelefone beschlagnahmt", "La Prensa", "indirect"),
        quote("sein Bruder habe keinen Nachfolger", "Humberto Ortega", "indirect"),
        quote("Nach Daniel kommt das Chaos, wenn niemand vorsorgt", "Humberto Ortega", "direct"),
        quote("Humberto Ortega befinde sich wegen seines angegriffenen Gesundheitszustands in ärztlicher Obhut in "
              "seinem Haus", "Government of Nicaragua", "indirect"),
        quote("Von einer Festnahme könne keine Rede sein", "Government of Nicaragua", "indirect"),
        quote("zum Werkzeug der Yankees", "Daniel Ortega", "direct"),
        quote("sich „zum Werkzeug der Yankees“ gemacht zu haben", "Daniel Ortega", "indirect"),
        quote("imperialistische Einmischung", "Rosario Murillo", "direct"),
    ],
    "entities": [
        entity("Managua", "LOC", "NIC", ["Managua"]),
        entity("Nicaragua", "LOC", "NIC", ["Nicaraguas", "Nicaragua"]),
        entity("National Police of Nicaragua", "ORG", "NIC", ["Nicaraguas Polizei", "Beamte"]),
        entity("Daniel Ortega", "PER", "NIC", ["Präsident Daniel Ortega", "sein Bruder", "Daniel Ortega", "Daniel"]),
        entity("Humberto Ortega", "PER", "NIC", ["den Bruder von Präsident Daniel Ortega, den früheren Armeechef "
                                                 "Humberto Ortega", "des 77-Jährigen", "der Ex-General",
                                                 "Humberto Ortega", "seinem Bruder", "dem früheren General"]),
        entity("La Prensa", "ORG", "NIC", ["die im Exil erscheinende Zeitung „La Prensa“"]),
        entity("relatives of Humberto Ortega", "PER", "NIC", ["Angehörige"]),
        entity("Infobae", "ORG", "ARG", ["dem argentinischen Portal Infobae", "dem Portal"]),
        entity("Rosario Murillo", "PER", "NIC", ["Vizepräsidentin Rosario Murillo", "Murillo"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Die Regierung", "der Regierung"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Matthew Miller", "PER", "USA", ["Sprecher Matthew Miller"]),
        entity("Inter-American Commission on Human Rights", "ORG", "IGO",
               ["die Interamerikanische Menschenrechtskommission (CIDH)"]),
        entity("Nicaraguan Army", "ORG", "NIC", ["die Armee"]),
    ],
}

# ---------------------------------------------------------------- hm354-de-04 (Colombia, Clan del Golfo roadmap in Doha)
COL_GOV = actor("Government of Colombia", "COL", "GOV")
CLAN = actor("Clan del Golfo", "COL", "REB")
PETRO = actor("Gustavo Petro", "COL", "GOV")
QAT_GOV = actor("Government of Qatar", "QAT", "GOV")
CAMARGO = actor("Luz Adriana Camargo", "COL", "JUD")
COL_PROSECUTORS = actor("Attorney General's Office of Colombia", "COL", "JUD")
VALENCIA = actor("Paloma Valencia", "COL", "OPP")
COL_ARMY = actor("Colombian Army", "COL", "MIL")
CLAN_COMMANDER = actor("regional commander of the Clan del Golfo", "COL", "REB")

G1 = ("Doha (dpa) - Kolumbiens Regierung und die größte Drogenbande des Landes, der Clan del Golfo, haben sich in "
      "Katar auf einen Fahrplan für die Entwaffnung der Gruppe geeinigt.")
G2 = ("Vertreter beider Seiten unterzeichneten am Samstag in Doha eine gemeinsame Erklärung, wie das katarische "
      "Außenministerium mitteilte.")
G3 = ("Darin verpflichtet sich die Gruppe, die sich selbst Gaitanistische Armee Kolumbiens (EGC) nennt, ihre Kämpfer "
      "ab März in drei vorübergehende Sammelzonen in den Departements Córdoba und Chocó zu verlegen.")
G4 = ("Die Regierung sagte im Gegenzug zu, die Militäreinsätze in diesen Gebieten auszusetzen, sobald die Zonen "
      "eingerichtet sind.")
G5 = "Katar, Spanien, Norwegen und die Schweiz treten als Garanten des Prozesses auf."
G6 = "Regierungsunterhändler Álvaro Jiménez sprach von einem „historischen Schritt“."
G7 = ("„Zum ersten Mal gibt es einen konkreten Zeitplan, an dessen Ende keine bewaffnete Gruppe mehr in diesen Regionen "
      "steht“, sagte er nach der Zeremonie.")
G8 = "Präsident Gustavo Petro dankte Katar auf der Plattform X für die Vermittlung."
G9 = ("Zugleich drohte er dem Clan del Golfo mit einer Fortsetzung der Angriffe, sollte die Gruppe die Sammelzonen "
      "nicht fristgerecht beziehen.")
G10 = "Die Gruppe hatte in Doha verlangt, die Haftbefehle gegen ihre Anführer auszusetzen."
G11 = "Generalstaatsanwältin Luz Adriana Camargo lehnte dies ab."
G12 = "Solange keine Waffen abgegeben seien, blieben alle Haftbefehle in Kraft, sagte sie in Bogotá."
G13 = ("Die oppositionelle Senatorin Paloma Valencia vom Centro Democrático warf der Regierung vor, Kriminelle mit "
       "politischem Status zu belohnen.")
G14 = "Der Clan del Golfo gilt mit geschätzt 9000 Mitgliedern als größter Akteur im Kokainhandel des Landes."
G15 = ("Die Armee hatte erst am Donnerstag im Departement Antioquia einen regionalen Anführer der Gruppe "
       "festgenommen.")
G16 = "Es war die dritte Verhandlungsrunde in Doha seit Juli."

DE04 = {
    "id": "hm354-de-04", "lang": "de", "url": None, "published": "2025-09-13",
    "title": "Kolumbien und Clan del Golfo einigen sich in Doha auf Fahrplan",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("AGREE", COL_GOV, CLAN, G1, location="Doha", location_country="QAT"),
        event("SUPPORT", COL_GOV, CLAN, G2, date="2025-09-13", location="Doha", location_country="QAT"),
        event("AGREE", CLAN, COL_GOV, G3),
        event("CONCEDE", COL_GOV, CLAN, G4),
        event("SUPPORT", PETRO, QAT_GOV, G8),
        event("THREATEN", PETRO, CLAN, G9, mode="violence"),
        event("REQUEST", CLAN, COL_GOV, G10, mode="yield", location="Doha", location_country="QAT"),
        event("REJECT", CAMARGO, CLAN, G11, mode="yield"),
        event("REJECT", CAMARGO, CLAN, G12, mode="yield", location="Bogotá", location_country="COL"),
        event("ACCUSE", VALENCIA, COL_GOV, G13, mode="disapprove"),
        event("COERCE", COL_ARMY, CLAN_COMMANDER, G15, mode="arrest", date="2025-09-11", location="Antioquia",
              location_country="COL"),
    ],
    "quotes": [
        quote("Vertreter beider Seiten unterzeichneten am Samstag in Doha eine gemeinsame Erklärung",
              "Ministry of Foreign Affairs of Qatar", "indirect"),
        quote("historischen Schritt", "Álvaro Jiménez", "direct"),
        quote("Zum ersten Mal gibt es einen konkreten Zeitplan, an dessen Ende keine bewaffnete Gruppe mehr in diesen "
              "Regionen steht", "Álvaro Jiménez", "direct"),
        quote("Solange keine Waffen abgegeben seien, blieben alle Haftbefehle in Kraft", "Luz Adriana Camargo",
              "indirect"),
        quote("Kriminelle mit politischem Status zu belohnen", "Paloma Valencia", "indirect"),
    ],
    "entities": [
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens", "des Landes"]),
        entity("Government of Colombia", "ORG", "COL", ["Kolumbiens Regierung", "Die Regierung", "der Regierung"]),
        entity("Clan del Golfo", "ORG", "COL", ["die größte Drogenbande des Landes, der Clan del Golfo",
                                                "der Gruppe", "die Gruppe", "Gaitanistische Armee Kolumbiens (EGC)",
                                                "dem Clan del Golfo", "Die Gruppe", "Der Clan del Golfo"]),
        entity("Qatar", "LOC", "QAT", ["Katar"]),
        entity("Ministry of Foreign Affairs of Qatar", "ORG", "QAT", ["das katarische Außenministerium"]),
        entity("Córdoba Department", "LOC", "COL", ["Córdoba"]),
        entity("Chocó Department", "LOC", "COL", ["Chocó"]),
        entity("Spain", "LOC", "ESP", ["Spanien"]),
        entity("Norway", "LOC", "NOR", ["Norwegen"]),
        entity("Switzerland", "LOC", "CHE", ["die Schweiz"]),
        entity("Álvaro Jiménez", "PER", "COL", ["Regierungsunterhändler Álvaro Jiménez"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("leaders of the Clan del Golfo", "PER", "COL", ["ihre Anführer"]),
        entity("Luz Adriana Camargo", "PER", "COL", ["Generalstaatsanwältin Luz Adriana Camargo", "sie"]),
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Paloma Valencia", "PER", "COL", ["Die oppositionelle Senatorin Paloma Valencia"]),
        entity("Centro Democrático", "ORG", "COL", ["Centro Democrático"]),
        entity("Colombian Army", "ORG", "COL", ["Die Armee"]),
        entity("Antioquia Department", "LOC", "COL", ["Departement Antioquia"]),
        entity("regional commander of the Clan del Golfo", "PER", "COL", ["einen regionalen Anführer der Gruppe"]),
    ],
}

# ---------------------------------------------------------------- hm354-en-01 (El Salvador, Enrique Anaya arrested)
SLV_POLICE = actor("National Civil Police of El Salvador", "SLV", "COP")
ANAYA = actor("Enrique Anaya", "SLV", "CVL")
SLV_AG = actor("Attorney General's Office of El Salvador", "SLV", "JUD")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
CRISTOSAL = actor("Cristosal", "SLV", "NGO")
SLV_GOV = actor("Government of El Salvador", "SLV", "GOV")
RUTH_LOPEZ = actor("Ruth López", "SLV", "NGO")
GOEBERTUS = actor("Juanita Goebertus", "NGO", "NGO")
IACHR_S = actor("Inter-American Commission on Human Rights", "IGO", "IGO")

S1 = ("SAN SALVADOR (Reuters) - Salvadoran police have arrested prominent constitutional lawyer Enrique Anaya, a vocal "
      "critic of President Nayib Bukele, on money laundering charges, the Attorney General's Office said on Sunday.")
S2 = ("Officers detained Anaya at his home in the capital late on Saturday and searched the house, his family said in "
      "a statement.")
S3 = ("Prosecutors accuse the lawyer of laundering money through a company linked to a former public official, but "
      "gave no further details.")
S4 = "A judge is due to decide within 72 hours whether he remains in custody."
S5 = ("Anaya, a university professor and frequent television commentator, has repeatedly called Bukele's 2024 "
      "re-election unconstitutional.")
S6 = ("Days before his arrest he described the president on a talk show as a \"dictator\" who had dismantled the "
      "separation of powers.")
S7 = ("Bukele mocked the lawyer on X, writing that Anaya had \"lectured the country on the constitution while hiding "
      "his money\" for years.")
S8 = ("The rights group Cristosal condemned the arrest as \"political retaliation\" and demanded Anaya's immediate "
      "release.")
S9 = "Cristosal's anti-corruption chief, Ruth Lopez, was arrested in May on embezzlement charges."
S10 = ("Human Rights Watch's Americas director, Juanita Goebertus, said the case showed that \"no critic in El "
       "Salvador is safe anymore\" under Bukele.")
S11 = ("The Inter-American Commission on Human Rights asked the Salvadoran state to guarantee Anaya's right to a "
       "defense and due process.")
S12 = ("\"Nobody is above the law, not even those who appear on television,\" Justice and Security Minister Gustavo "
       "Villatoro told reporters.")
S13 = ("El Salvador has lived under a state of exception since March 2022 that suspends some constitutional rights "
       "and has allowed the arrest of more than 85,000 people accused of gang ties.")

EN01 = {
    "id": "hm354-en-01", "lang": "en", "url": None, "published": "2025-06-08",
    "title": "El Salvador arrests lawyer and Bukele critic Enrique Anaya",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7], [S8, S9, S10, S11], [S12, S13]),
    "events": [
        event("COERCE", SLV_POLICE, ANAYA, S1, mode="arrest", location_country="SLV"),
        event("COERCE", SLV_POLICE, ANAYA, S2, mode="arrest", date="2025-06-07", location="San Salvador",
              location_country="SLV"),
        event("ACCUSE", SLV_AG, ANAYA, S3, mode="allege"),
        event("ACCUSE", ANAYA, BUKELE, S5, mode="disapprove"),
        event("ACCUSE", ANAYA, BUKELE, S6, mode="disapprove"),
        event("ACCUSE", BUKELE, ANAYA, S7, mode="allege"),
        event("ACCUSE", CRISTOSAL, SLV_GOV, S8, mode="disapprove"),
        event("REQUEST", CRISTOSAL, SLV_GOV, S8, mode="yield"),
        event("COERCE", SLV_POLICE, RUTH_LOPEZ, S9, mode="arrest"),
        event("ACCUSE", GOEBERTUS, SLV_GOV, S10, mode="disapprove"),
        event("REQUEST", IACHR_S, SLV_GOV, S11, mode="change"),
    ],
    "quotes": [
        quote("Salvadoran police have arrested prominent constitutional lawyer Enrique Anaya, a vocal critic of "
              "President Nayib Bukele, on money laundering charges", "Attorney General's Office of El Salvador",
              "indirect"),
        quote("Officers detained Anaya at his home in the capital late on Saturday and searched the house",
              "family of Enrique Anaya", "indirect"),
        quote("dictator", "Enrique Anaya", "direct"),
        quote("lectured the country on the constitution while hiding his money", "Nayib Bukele", "direct"),
        quote("Anaya had \"lectured the country on the constitution while hiding his money\" for years", "Nayib Bukele",
              "indirect"),
        quote("political retaliation", "Cristosal", "direct"),
        quote("no critic in El Salvador is safe anymore", "Juanita Goebertus", "direct"),
        quote("the case showed that \"no critic in El Salvador is safe anymore\" under Bukele", "Juanita Goebertus",
              "indirect"),
        quote("Nobody is above the law, not even those who appear on television", "Gustavo Villatoro", "direct"),
    ],
    "entities": [
        entity("San Salvador", "LOC", "SLV", ["SAN SALVADOR", "the capital"]),
        entity("National Civil Police of El Salvador", "ORG", "SLV", ["Salvadoran police", "Officers"]),
        entity("Enrique Anaya", "PER", "SLV", ["prominent constitutional lawyer Enrique Anaya, a vocal critic of "
                                               "President Nayib Bukele", "Anaya", "the lawyer", "he",
                                               "Anaya, a university professor and frequent television commentator"]),
        entity("Nayib Bukele", "PER", "SLV", ["President Nayib Bukele", "Bukele", "the president"]),
        entity("Attorney General's Office of El Salvador", "ORG", "SLV", ["the Attorney General's Office",
                                                                         "Prosecutors"]),
        entity("family of Enrique Anaya", "PER", "SLV", ["his family"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Cristosal", "ORG", "SLV", ["The rights group Cristosal", "Cristosal's"]),
        entity("Ruth López", "PER", "SLV", ["Cristosal's anti-corruption chief, Ruth Lopez"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch's"]),
        entity("Juanita Goebertus", "PER", "NGO", ["Human Rights Watch's Americas director, Juanita Goebertus"]),
        entity("El Salvador", "LOC", "SLV", ["El Salvador", "the Salvadoran state"]),
        entity("Inter-American Commission on Human Rights", "ORG", "IGO",
               ["The Inter-American Commission on Human Rights"]),
        entity("Gustavo Villatoro", "PER", "SLV", ["Justice and Security Minister Gustavo Villatoro"]),
    ],
}

# ---------------------------------------------------------------- hm354-en-02 (Mexico/US, tomato anti-dumping duty)
US_COMMERCE = actor("United States Department of Commerce", "USA", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
MEX_AGRICULTURE = actor("Ministry of Agriculture of Mexico", "MEX", "GOV")
MEX_TOMATO_EXPORTERS = actor("Mexican tomato exporters", "MEX", "BUS")
EBRARD = actor("Marcelo Ebrard", "MEX", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
AMHPAC = actor("Mexican Association of Protected Horticulture", "MEX", "BUS")
FTE = actor("Florida Tomato Exchange", "USA", "BUS")
LUTNICK = actor("Howard Lutnick", "USA", "GOV")

T1 = ("MEXICO CITY (AP) — The United States on Monday imposed a 17% anti-dumping duty on most fresh tomatoes from "
      "Mexico, after the Commerce Department pulled out of a 2019 agreement that had suspended an investigation into "
      "the imports.")
T2 = ("The Commerce Department had announced in April that it would end the pact, saying it had failed to protect "
      "American growers from \"unfairly priced\" imports.")
T3 = ("Commerce Secretary Howard Lutnick said in a statement that the move would ensure \"a level playing field\" for "
      "farmers in Florida and other states.")
T4 = ("Mexico's Agriculture Ministry called the decision \"unfair and unjustified\" and said it would help exporters "
      "cover the cash deposits the duty requires.")
T5 = ("\"Mexican tomatoes will keep being sold in the United States because they are the best,\" President Claudia "
      "Sheinbaum said at her morning news conference.")
T6 = ("Sheinbaum said Economy Secretary Marcelo Ebrard would keep negotiating with Washington and travel there this "
      "week, as Mexico also seeks to avert a broader 30% tariff that President Donald Trump has threatened to impose "
      "from Aug. 1.")
T7 = "Trump announced the 30% levy in a letter to Sheinbaum on Saturday."
T8 = ("Growers in Sinaloa, which ships the largest share of Mexico's tomato exports, warned that thousands of jobs "
      "were at risk.")
T9 = ("The Mexican Association of Protected Horticulture, which represents greenhouse producers, accused Washington of "
      "bowing to pressure from a small group of Florida growers.")
T10 = ("The Florida Tomato Exchange, which had long lobbied for an end to the agreement, welcomed the duty as \"a "
       "victory for American farmers.\"")
T11 = "U.S. importers and restaurant groups warned that consumers would pay higher prices."
T12 = ("Mexico exported about $3 billion worth of tomatoes to the United States last year, roughly 70% of the fresh "
       "tomatoes Americans consume.")
T13 = ("Ebrard said on X that he had spoken by phone with Lutnick on Monday and that both sides had agreed to keep "
       "talking.")

EN02 = {
    "id": "hm354-en-02", "lang": "en", "url": None, "published": "2025-07-14",
    "title": "US slaps 17% duty on Mexican tomatoes as trade talks drag on",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7], [T8, T9, T10, T11], [T12, T13]),
    "events": [
        event("SANCTION", US_COMMERCE, MEX_GOV, T1, mode="discontinue", date="2025-07-14"),
        event("THREATEN", US_COMMERCE, MEX_GOV, T2),
        event("ACCUSE", MEX_AGRICULTURE, US_COMMERCE, T4, mode="disapprove"),
        event("AGREE", MEX_AGRICULTURE, MEX_TOMATO_EXPORTERS, T4),
        event("AGREE", EBRARD, USA_GOV, T6),
        event("THREATEN", TRUMP, MEX_GOV, T6),
        event("THREATEN", TRUMP, MEX_GOV, T7, date="2025-07-12"),
        event("ACCUSE", AMHPAC, USA_GOV, T9, mode="disapprove"),
        event("SUPPORT", FTE, US_COMMERCE, T10),
        event("CONSULT", EBRARD, LUTNICK, T13, mode="phone", date="2025-07-14"),
        event("AGREE", EBRARD, LUTNICK, T13),
    ],
    "quotes": [
        quote("unfairly priced", "United States Department of Commerce", "direct"),
        quote("it had failed to protect American growers from \"unfairly priced\" imports",
              "United States Department of Commerce", "indirect"),
        quote("a level playing field", "Howard Lutnick", "direct"),
        quote("the move would ensure \"a level playing field\" for farmers in Florida and other states",
              "Howard Lutnick", "indirect"),
        quote("unfair and unjustified", "Ministry of Agriculture of Mexico", "direct"),
        quote("it would help exporters cover the cash deposits the duty requires", "Ministry of Agriculture of Mexico",
              "indirect"),
        quote("Mexican tomatoes will keep being sold in the United States because they are the best",
              "Claudia Sheinbaum", "direct"),
        quote("Economy Secretary Marcelo Ebrard would keep negotiating with Washington and travel there this week",
              "Claudia Sheinbaum", "indirect"),
        quote("thousands of jobs were at risk", "tomato growers in Sinaloa", "indirect"),
        quote("a victory for American farmers", "Florida Tomato Exchange", "direct"),
        quote("consumers would pay higher prices", "U.S. importers and restaurant groups", "indirect"),
        quote("he had spoken by phone with Lutnick on Monday and that both sides had agreed to keep talking",
              "Marcelo Ebrard", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("United States", "LOC", "USA", ["The United States", "the United States"]),
        entity("Mexico", "LOC", "MEX", ["Mexico", "Mexico's"]),
        entity("United States Department of Commerce", "ORG", "USA", ["the Commerce Department",
                                                                     "The Commerce Department"]),
        entity("Howard Lutnick", "PER", "USA", ["Commerce Secretary Howard Lutnick", "Lutnick"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Ministry of Agriculture of Mexico", "ORG", "MEX", ["Mexico's Agriculture Ministry"]),
        entity("Mexican tomato exporters", "ORG", "MEX", ["exporters"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "Sheinbaum"]),
        entity("Marcelo Ebrard", "PER", "MEX", ["Economy Secretary Marcelo Ebrard", "Ebrard", "he"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("tomato growers in Sinaloa", "PER", "MEX", ["Growers in Sinaloa"]),
        entity("Sinaloa", "LOC", "MEX", ["Sinaloa"]),
        entity("Mexican Association of Protected Horticulture", "ORG", "MEX",
               ["The Mexican Association of Protected Horticulture"]),
        entity("Florida Tomato Exchange", "ORG", "USA", ["The Florida Tomato Exchange"]),
        entity("U.S. importers and restaurant groups", "ORG", "USA", ["U.S. importers and restaurant groups"]),
        entity("X", "ORG", "USA", ["X"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
