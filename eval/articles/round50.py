"""Round 50: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2025 settings):
- hm50-de-01: Poland closes Russia's consulate in Kraków over the Marywilska arson (May 2025)
- hm50-de-02: Israel stops the aid boat Madleen and deports Greta Thunberg (Jun 2025)
- hm50-de-03: Bangladesh's interim government bans the Awami League's activities (May 2025)
- hm50-de-04: DR Congo and Rwanda sign a peace agreement in Washington (Jun 2025)
- hm50-en-01: Mexico sends 29 cartel suspects, among them Caro Quintero, to the United States (Feb 2025)
- hm50-en-02: the military takeover in Guinea-Bissau and ECOWAS's suspension (Nov 2025)
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# --------------------------------------------------------------------------- hm50-de-01
POL = actor("Poland", "POL", "GOV")
RUS = actor("Russia", "RUS", "GOV")
SIKORSKI = actor("Radosław Sikorski", "POL", "GOV")
RUS_INT = actor("Russian intelligence services", "RUS", "GOV")
POLICE_PL = actor("Police of Poland", "POL", "COP")
SUSPECTS = actor("suspects in the Marywilska arson", None, "CVL")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
LIPAVSKY = actor("Jan Lipavský", "CZE", "GOV")
EU_STATES = actor("EU member states", "EUR", "GOV")

G1 = "Polen hat wegen eines Großbrandes in einem Warschauer Einkaufszentrum im vergangenen Jahr die Schließung des russischen Konsulats in Krakau angeordnet."
G2 = "Außenminister Radosław Sikorski sagte am Montag, die Ermittlungen hätten ergeben, dass russische Geheimdienste das Feuer im Einkaufszentrum Marywilska in Auftrag gegeben hätten."
G3 = "»Wir haben eindeutige Beweise«, fügte er hinzu."
G4 = "Zwei Verdächtige seien bereits festgenommen worden, nach weiteren werde gefahndet, so Sikorski."
G5 = "Moskau kündigte umgehend eine »angemessene Antwort« an."
G6 = "Kremlsprecher Dmitri Peskow nannte die Vorwürfe »haltlos« und warf Warschau vor, die Beziehungen »systematisch zu zerstören«."
G7 = "Bereits im vergangenen Oktober hatte Polen das russische Konsulat in Posen schließen lassen."
G8 = "Die diplomatischen Beziehungen zu Moskau will Warschau jedoch nicht abbrechen, wie Sikorski betonte."
G9 = "Die EU-Außenbeauftragte Kaja Kallas sicherte Polen die »volle Solidarität« der Union zu."
G10 = "Tschechiens Außenminister Jan Lipavský forderte die übrigen EU-Staaten auf, die Bewegungsfreiheit russischer Diplomaten im Schengen-Raum einzuschränken."

ARTICLES.append({
    "id": "hm50-de-01", "lang": "de", "url": None, "published": "2025-05-12",
    "title": "Polen schließt russisches Konsulat in Krakau",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10]),
    "events": [
        event("SANCTION", POL, RUS, G1, mode="discontinue"),
        event("ACCUSE", SIKORSKI, RUS_INT, G2, mode="allege", date="2025-05-12"),
        event("COERCE", POLICE_PL, SUSPECTS, G4, mode="arrest"),
        event("THREATEN", RUS, POL, G5),
        event("ACCUSE", PESKOV, POL, G6, mode="disapprove"),
        event("SANCTION", POL, RUS, G7, mode="discontinue"),
        event("SANCTION", POL, RUS, G8, mode="discontinue", negated=True),
        event("SUPPORT", KALLAS, POL, G9),
        event("REQUEST", LIPAVSKY, EU_STATES, G10, mode="change"),
    ],
    "quotes": [
        quote("die Ermittlungen hätten ergeben, dass russische Geheimdienste das Feuer im Einkaufszentrum Marywilska in Auftrag gegeben hätten", "Radosław Sikorski", "indirect"),
        quote("Wir haben eindeutige Beweise", "Radosław Sikorski", "direct"),
        quote("Zwei Verdächtige seien bereits festgenommen worden, nach weiteren werde gefahndet", "Radosław Sikorski", "indirect"),
        quote("angemessene Antwort", "Russia", "direct"),
        quote("haltlos", "Dmitry Peskov", "direct"),
        quote("systematisch zu zerstören", "Dmitry Peskov", "direct"),
        quote("die Beziehungen »systematisch zu zerstören«", "Dmitry Peskov", "indirect"),
        quote("Die diplomatischen Beziehungen zu Moskau will Warschau jedoch nicht abbrechen", "Radosław Sikorski", "indirect"),
        quote("volle Solidarität", "Kaja Kallas", "direct"),
    ],
    "entities": [
        entity("Poland", "GPE", "POL", ["Polen", "Warschau"]),
        entity("Warsaw", "LOC", "POL", ["Warschauer"]),
        entity("Russian consulate in Kraków", "ORG", "RUS", ["des russischen Konsulats in Krakau"]),
        entity("Kraków", "LOC", "POL", ["Krakau"]),
        entity("Radosław Sikorski", "PER", "POL", ["Außenminister Radosław Sikorski", "er", "Sikorski"]),
        entity("Russian intelligence services", "ORG", "RUS", ["russische Geheimdienste"]),
        entity("Marywilska shopping centre", "LOC", "POL", ["Einkaufszentrum Marywilska", "einem Warschauer Einkaufszentrum"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Russian consulate in Poznań", "ORG", "RUS", ["das russische Konsulat in Posen"]),
        entity("Poznań", "LOC", "POL", ["Posen"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas"]),
        entity("European Union", "ORG", "EUR", ["der Union"]),
        entity("Jan Lipavský", "PER", "CZE", ["Tschechiens Außenminister Jan Lipavský"]),
        entity("Schengen Area", "LOC", None, ["Schengen-Raum"]),
    ],
})

# --------------------------------------------------------------------------- hm50-de-02
ISR = actor("Israel", "ISR", "GOV")
NAVY = actor("Israeli Navy", "ISR", "MIL")
THUNBERG = actor("Greta Thunberg", "SWE", "CVL")
MADLEEN = actor("Madleen", "GBR", "NGO")
KATZ = actor("Israel Katz", "ISR", "GOV")
FFC = actor("Freedom Flotilla Coalition", "NGO", "NGO")
ACTIVISTS = actor("activists of the Madleen", None, "CVL")
FRA = actor("France", "FRA", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
GAZA = actor("Palestinians in Gaza", "PSE", "CVL")

H1 = "Israel hat die schwedische Klimaaktivistin Greta Thunberg am Dienstag nach dem Stopp eines Hilfsschiffs für den Gazastreifen abgeschoben."
H2 = "Die israelische Marine hatte die Segeljacht Madleen in der Nacht zum Montag rund 200 Kilometer vor der Küste gestoppt und in den Hafen von Aschdod gebracht."
H3 = "An Bord befanden sich zwölf Aktivisten, darunter die französische Europaabgeordnete Rima Hassan."
H4 = "Verteidigungsminister Israel Katz bezeichnete die Fahrt als »Propaganda-Aktion« zugunsten der Hamas."
H5 = "Die Seeblockade solle Waffenlieferungen an die Islamisten verhindern, sagte er."
H6 = "Die Organisatoren von der Freedom Flotilla Coalition sprachen von einer »Entführung in internationalen Gewässern« und forderten die sofortige Freilassung aller Aktivisten."
H7 = "Vier Aktivisten, die ihre Abschiebung nicht unterschreiben wollten, wurden nach Angaben der Menschenrechtsorganisation Adalah in Gewahrsam genommen."
H8 = "Die Regierung in Paris verlangte konsularischen Zugang zu den sechs französischen Staatsbürgern an Bord."
H9 = "Der türkische Präsident Recep Tayyip Erdoğan verurteilte das Vorgehen als »Akt der Piraterie«."
H10 = "Die wenigen Hilfsgüter an Bord ließ Israel nach eigenen Angaben über Land in den Gazastreifen bringen."

ARTICLES.append({
    "id": "hm50-de-02", "lang": "de", "url": None, "published": "2025-06-10",
    "title": "Israel schiebt Greta Thunberg nach Stopp der Madleen ab",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10]),
    "events": [
        event("COERCE", ISR, THUNBERG, H1, mode="deport", date="2025-06-10"),
        event("COERCE", NAVY, MADLEEN, H2, mode="seize", date="2025-06-09"),
        event("ACCUSE", KATZ, FFC, H4, mode="disapprove"),
        event("ACCUSE", FFC, ISR, H6, mode="disapprove"),
        event("REQUEST", FFC, ISR, H6, mode="yield"),
        event("COERCE", ISR, ACTIVISTS, H7, mode="arrest"),
        event("REQUEST", FRA, ISR, H8, mode="assist"),
        event("ACCUSE", ERDOGAN, ISR, H9, mode="disapprove"),
        event("AID", ISR, GAZA, H10),
    ],
    "quotes": [
        quote("Propaganda-Aktion", "Israel Katz", "direct"),
        quote("Die Seeblockade solle Waffenlieferungen an die Islamisten verhindern", "Israel Katz", "indirect"),
        quote("Entführung in internationalen Gewässern", "Freedom Flotilla Coalition", "direct"),
        quote("Vier Aktivisten, die ihre Abschiebung nicht unterschreiben wollten, wurden nach Angaben der Menschenrechtsorganisation Adalah in Gewahrsam genommen", "Adalah", "indirect"),
        quote("Akt der Piraterie", "Recep Tayyip Erdoğan", "direct"),
    ],
    "entities": [
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Greta Thunberg", "PER", "SWE", ["die schwedische Klimaaktivistin Greta Thunberg"]),
        entity("Gaza Strip", "LOC", "PSE", ["den Gazastreifen"]),
        entity("Israeli Navy", "ORG", "ISR", ["Die israelische Marine"]),
        entity("Madleen", "ORG", "GBR", ["die Segeljacht Madleen", "eines Hilfsschiffs"]),
        entity("Ashdod", "LOC", "ISR", ["Aschdod"]),
        entity("Rima Hassan", "PER", "FRA", ["die französische Europaabgeordnete Rima Hassan"]),
        entity("Israel Katz", "PER", "ISR", ["Verteidigungsminister Israel Katz", "er"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas", "die Islamisten"]),
        entity("Freedom Flotilla Coalition", "ORG", "NGO", ["Die Organisatoren von der Freedom Flotilla Coalition"]),
        entity("Adalah", "ORG", "ISR", ["Menschenrechtsorganisation Adalah"]),
        entity("France", "GPE", "FRA", ["Die Regierung in Paris"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Der türkische Präsident Recep Tayyip Erdoğan"]),
    ],
})

# --------------------------------------------------------------------------- hm50-de-03
BGD = actor("Interim Government of Bangladesh", "BGD", "GOV")
AL = actor("Awami League", "BGD", "PTY")
STUDENTS = actor("students", "BGD", "CVL")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
HASINA = actor("Sheikh Hasina", "BGD", "OPP")
IND = actor("India", "IND", "GOV")
EC_BGD = actor("Election Commission of Bangladesh", "BGD", "GOV")
POLICE_BD = actor("Police of Bangladesh", "BGD", "COP")
AL_SUPP = actor("supporters of the Awami League", "BGD", "PTY")

I1 = "Die Übergangsregierung in Bangladesch hat sämtliche Aktivitäten der Awami League der gestürzten Regierungschefin Sheikh Hasina verboten."
I2 = "Das Verbot gelte auf Grundlage des Anti-Terror-Gesetzes, bis ein Sondertribunal über die Rolle der Partei bei der Niederschlagung der Proteste im vergangenen Sommer geurteilt habe, teilte Rechtsberater Asif Nazrul am Samstagabend mit."
I3 = "Damals waren nach UN-Angaben bis zu 1400 Menschen getötet worden."
I4 = "Zuvor hatten Tausende Studenten tagelang vor der Residenz von Interimschef Muhammad Yunus in Dhaka für ein Verbot demonstriert."
I5 = "Die Awami League nannte die Entscheidung »illegal« und kündigte an, juristisch dagegen vorzugehen."
I6 = "Hasina, die seit ihrer Flucht im August in Indien lebt, sprach von einer »verfassungswidrigen Machtübernahme«."
I7 = "Das indische Außenministerium kritisierte das Verbot als Einschränkung demokratischer Freiheiten."
I8 = "Dhaka bestellte daraufhin den indischen Geschäftsträger ein."
I9 = "Die Wahlkommission setzte am Montag die Registrierung der Partei aus, die damit bei der für Februar geplanten Wahl nicht antreten kann."
I10 = "Die Polizei nahm in der Hauptstadt zudem mehr als 20 Anhänger der Partei fest."

ARTICLES.append({
    "id": "hm50-de-03", "lang": "de", "url": None, "published": "2025-05-12",
    "title": "Bangladesch verbietet Hasinas Awami League",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10]),
    "events": [
        event("COERCE", BGD, AL, I1, mode="ban"),
        event("PROTEST", STUDENTS, YUNUS, I4, mode="demo", location="Dhaka", location_country="BGD"),
        event("ACCUSE", AL, BGD, I5, mode="disapprove"),
        event("ACCUSE", HASINA, BGD, I6, mode="disapprove"),
        event("ACCUSE", IND, BGD, I7, mode="disapprove"),
        event("ACCUSE", BGD, IND, I8, mode="disapprove"),
        event("COERCE", EC_BGD, AL, I9, mode="restrict", date="2025-05-12"),
        event("COERCE", POLICE_BD, AL_SUPP, I10, mode="arrest", location="Dhaka", location_country="BGD"),
    ],
    "quotes": [
        quote("Das Verbot gelte auf Grundlage des Anti-Terror-Gesetzes, bis ein Sondertribunal über die Rolle der Partei bei der Niederschlagung der Proteste im vergangenen Sommer geurteilt habe", "Asif Nazrul", "indirect"),
        quote("Damals waren nach UN-Angaben bis zu 1400 Menschen getötet worden", "United Nations", "indirect"),
        quote("illegal", "Awami League", "direct"),
        quote("verfassungswidrigen Machtübernahme", "Sheikh Hasina", "direct"),
    ],
    "entities": [
        entity("Interim Government of Bangladesh", "ORG", "BGD", ["Die Übergangsregierung in Bangladesch", "Dhaka"]),
        entity("Bangladesh", "GPE", "BGD", ["Bangladesch"]),
        entity("Awami League", "ORG", "BGD", ["Awami League", "der Partei", "Die Awami League"]),
        entity("Sheikh Hasina", "PER", "BGD", ["der gestürzten Regierungschefin Sheikh Hasina", "Hasina", "ihrer"]),
        entity("Asif Nazrul", "PER", "BGD", ["Rechtsberater Asif Nazrul"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Interimschef Muhammad Yunus"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka", "der Hauptstadt"]),
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das indische Außenministerium"]),
        entity("Chargé d'affaires of India in Bangladesh", "PER", "IND", ["den indischen Geschäftsträger"]),
        entity("Election Commission of Bangladesh", "ORG", "BGD", ["Die Wahlkommission"]),
        entity("Police of Bangladesh", "ORG", "BGD", ["Die Polizei"]),
    ],
})

# --------------------------------------------------------------------------- hm50-de-04
KAYIKWAMBA = actor("Thérèse Kayikwamba Wagner", "COD", "GOV")
NDUHUNGIREHE = actor("Olivier Nduhungirehe", "RWA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
RWA = actor("Rwanda", "RWA", "GOV")
COD = actor("Democratic Republic of the Congo", "COD", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
KANYUKA = actor("Lawrence Kanyuka", "COD", "REB")
M23 = actor("M23", "COD", "REB")
WAZALENDO = actor("Wazalendo", "COD", "REB")

J1 = "Die Außenminister der Demokratischen Republik Kongo und Ruandas haben am Freitag in Washington ein Friedensabkommen unterzeichnet."
J2 = "US-Außenminister Marco Rubio empfing Thérèse Kayikwamba Wagner und Olivier Nduhungirehe dazu im State Department."
J3 = "Darin verpflichtet sich Ruanda, seine Soldaten binnen 90 Tagen aus dem Osten des Kongos abzuziehen."
J4 = "Kinshasa sagte im Gegenzug zu, gegen die Hutu-Miliz FDLR vorzugehen, die Kigali als Bedrohung betrachtet."
J5 = "„Heute endet ein Kapitel der Gewalt“, sagte Rubio, „aber die eigentliche Arbeit beginnt erst.“"
J6 = "US-Präsident Donald Trump kündigte an, beide Staatschefs in den kommenden Wochen ins Weiße Haus einzuladen."
J7 = "Die Miliz M23, die seit Jahresbeginn Goma und Bukavu kontrolliert, ist nicht Teil des Abkommens."
J8 = "Ihr Sprecher Lawrence Kanyuka erklärte, die Gruppe werde die eroberten Städte nicht räumen."
J9 = "Bei Kämpfen zwischen der M23 und regierungstreuen Wazalendo-Milizen nahe Walikale wurden am Donnerstag nach Angaben örtlicher Behörden mindestens zwölf Menschen getötet."
J10 = "Vertreter Kinshasas und der M23 wollen in der kommenden Woche in Doha unter katarischer Vermittlung weiterverhandeln."

ARTICLES.append({
    "id": "hm50-de-04", "lang": "de", "url": None, "published": "2025-06-28",
    "title": "Kongo und Ruanda unterzeichnen Friedensabkommen in Washington",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6], [J7, J8, J9, J10]),
    "events": [
        event("SUPPORT", KAYIKWAMBA, NDUHUNGIREHE, J1, date="2025-06-27", location="Washington", location_country="USA"),
        event("CONSULT", KAYIKWAMBA, RUBIO, J2, mode="visit", location="Washington", location_country="USA"),
        event("CONSULT", NDUHUNGIREHE, RUBIO, J2, mode="visit", location="Washington", location_country="USA"),
        event("CONCEDE", RWA, COD, J3),
        event("AGREE", COD, RWA, J4),
        event("AGREE", TRUMP, TSHISEKEDI, J6),
        event("AGREE", TRUMP, KAGAME, J6),
        event("REJECT", KANYUKA, COD, J8),
        event("ASSAULT", M23, WAZALENDO, J9, date="2025-06-26", location="Walikale", location_country="COD"),
        event("ASSAULT", WAZALENDO, M23, J9, date="2025-06-26", location="Walikale", location_country="COD"),
        event("AGREE", COD, M23, J10, location="Doha", location_country="QAT"),
    ],
    "quotes": [
        quote("Heute endet ein Kapitel der Gewalt", "Marco Rubio", "direct"),
        quote("aber die eigentliche Arbeit beginnt erst", "Marco Rubio", "direct"),
        quote("die Gruppe werde die eroberten Städte nicht räumen", "Lawrence Kanyuka", "indirect"),
        quote("Bei Kämpfen zwischen der M23 und regierungstreuen Wazalendo-Milizen nahe Walikale wurden am Donnerstag nach Angaben örtlicher Behörden mindestens zwölf Menschen getötet", "local authorities", "indirect"),
    ],
    "entities": [
        entity("Democratic Republic of the Congo", "GPE", "COD", ["Demokratischen Republik Kongo", "Kongos", "Kinshasa", "Kinshasas"]),
        entity("Rwanda", "GPE", "RWA", ["Ruandas", "Ruanda", "Kigali"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio", "Rubio"]),
        entity("Thérèse Kayikwamba Wagner", "PER", "COD", ["Thérèse Kayikwamba Wagner"]),
        entity("Olivier Nduhungirehe", "PER", "RWA", ["Olivier Nduhungirehe"]),
        entity("United States Department of State", "ORG", "USA", ["State Department"]),
        entity("FDLR", "ORG", "COD", ["die Hutu-Miliz FDLR"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Félix Tshisekedi", "PER", "COD", []),
        entity("Paul Kagame", "PER", "RWA", []),
        entity("White House", "LOC", "USA", ["Weiße Haus"]),
        entity("M23", "ORG", "COD", ["Die Miliz M23", "M23", "die Gruppe", "Ihr"]),
        entity("Goma", "LOC", "COD", ["Goma"]),
        entity("Bukavu", "LOC", "COD", ["Bukavu"]),
        entity("Lawrence Kanyuka", "PER", "COD", ["Sprecher Lawrence Kanyuka"]),
        entity("Wazalendo", "ORG", "COD", ["regierungstreuen Wazalendo-Milizen"]),
        entity("Walikale", "LOC", "COD", ["Walikale"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Qatar", "GPE", "QAT", ["katarischer"]),
    ],
})

# --------------------------------------------------------------------------- hm50-en-01
MEX = actor("Mexico", "MEX", "GOV")
USA = actor("United States", "USA", "GOV")
TRUMP_E = actor("Donald Trump", "USA", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
NG = actor("National Guard of Mexico", "MEX", "MIL")
RUBIO_E = actor("Marco Rubio", "USA", "GOV")
DLF = actor("Juan Ramón de la Fuente", "MEX", "GOV")
SINALOA = actor("Sinaloa Cartel", "MEX", "REB")

K1 = "Mexico on Thursday handed over 29 suspected drug traffickers to the United States, among them Rafael Caro Quintero, wanted for the 1985 murder of a US drug agent."
K2 = "The move came days before US tariffs on Mexican goods threatened by President Donald Trump were due to take effect."
K3 = "US Attorney General Pam Bondi said the suspects would “face the full force of the law”."
K4 = "Mexico's Security Minister Omar García Harfuch called the transfer a “sovereign decision”."
K5 = "President Claudia Sheinbaum said cooperation with Washington had “limits” and ruled out allowing US troops to operate on Mexican soil."
K6 = "Mexico has deployed 10,000 National Guard troops to its northern border this month."
K7 = "Secretary of State Marco Rubio and Foreign Minister Juan Ramón de la Fuente spoke by phone on Thursday, the State Department said."
K8 = "Rubio thanked Mexico for its cooperation and pledged to step up efforts against the smuggling of US weapons across the border."
K9 = "In Culiacán, gunmen of the Sinaloa cartel killed four National Guard members on Wednesday, local officials said."

ARTICLES.append({
    "id": "hm50-en-01", "lang": "en", "url": None, "published": "2025-02-28",
    "title": "Mexico sends 29 cartel suspects to US, among them Caro Quintero",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9]),
    "events": [
        event("COOPERATE", MEX, USA, K1, date="2025-02-27"),
        event("THREATEN", TRUMP_E, MEX, K2),
        event("REJECT", SHEINBAUM, USA, K5),
        event("MOBILIZE", NG, None, K6, mode="troops", location="northern border", location_country="MEX"),
        event("CONSULT", RUBIO_E, DLF, K7, mode="phone", date="2025-02-27"),
        event("SUPPORT", RUBIO_E, MEX, K8),
        event("AGREE", RUBIO_E, MEX, K8),
        event("ASSAULT", SINALOA, NG, K9, mode="firearms", date="2025-02-26", location="Culiacán", location_country="MEX"),
    ],
    "quotes": [
        quote("face the full force of the law", "Pam Bondi", "direct"),
        quote("the suspects would “face the full force of the law”", "Pam Bondi", "indirect"),
        quote("sovereign decision", "Omar García Harfuch", "direct"),
        quote("limits", "Claudia Sheinbaum", "direct"),
        quote("cooperation with Washington had “limits”", "Claudia Sheinbaum", "indirect"),
        quote("Secretary of State Marco Rubio and Foreign Minister Juan Ramón de la Fuente spoke by phone on Thursday", "United States Department of State", "indirect"),
        quote("In Culiacán, gunmen of the Sinaloa cartel killed four National Guard members on Wednesday", "local officials", "indirect"),
    ],
    "entities": [
        entity("Mexico", "GPE", "MEX", ["Mexico", "Mexico's"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Rafael Caro Quintero", "PER", "MEX", ["Rafael Caro Quintero"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Pam Bondi", "PER", "USA", ["US Attorney General Pam Bondi"]),
        entity("Omar García Harfuch", "PER", "MEX", ["Mexico's Security Minister Omar García Harfuch"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum"]),
        entity("National Guard of Mexico", "ORG", "MEX", ["National Guard"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio", "Rubio"]),
        entity("Juan Ramón de la Fuente", "PER", "MEX", ["Foreign Minister Juan Ramón de la Fuente"]),
        entity("United States Department of State", "ORG", "USA", ["the State Department"]),
        entity("Culiacán", "LOC", "MEX", ["Culiacán"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["the Sinaloa cartel"]),
    ],
})

# --------------------------------------------------------------------------- hm50-en-02
ARMY_GNB = actor("High Military Command for the Restoration of Order", "GNB", "MIL")
EMBALO = actor("Umaro Sissoco Embaló", "GNB", "GOV")
ECOWAS = actor("ECOWAS", "IGO", "IGO")
GNB = actor("Guinea-Bissau", "GNB", "GOV")
AU = actor("African Union", "IGO", "IGO")
GUTERRES = actor("António Guterres", "UNO", "IGO")
DIAS = actor("Fernando Dias", "GNB", "OPP")
NGA = actor("Nigeria", "NGA", "GOV")

L1 = "Army officers in Guinea-Bissau said on Wednesday they had taken “total control” of the country, deposing President Umaro Sissoco Embaló a day before election results were due."
L3 = "The officers, calling themselves the High Military Command for the Restoration of Order, suspended the electoral process, closed the borders and imposed a curfew."
L4 = "Embaló was detained at the presidential palace, according to a military source, while opposition candidate Fernando Dias said he had gone into hiding."
L5 = "ECOWAS suspended Guinea-Bissau from all its decision-making bodies on Thursday and demanded the “immediate and unconditional” restoration of constitutional order."
L6 = "The African Union also condemned the takeover, and UN Secretary-General António Guterres called for the release of all detained officials."
L7 = "Dias accused Embaló of staging the coup with the army to avoid handing over power, a charge Embaló's allies denied."
L8 = "Nigeria offered to evacuate ECOWAS election observers stranded in Bissau, among them former President Goodluck Jonathan."
L9 = "“We will not allow anyone to plunge the country into chaos,” the junta said on state television."

ARTICLES.append({
    "id": "hm50-en-02", "lang": "en", "url": None, "published": "2025-11-27",
    "title": "Guinea-Bissau army seizes power, ECOWAS suspends country",
    "text": paragraphs([L1, L3, L4], [L5, L6], [L7, L8, L9]),
    "events": [
        event("COERCE", ARMY_GNB, EMBALO, L1, date="2025-11-26"),
        event("COERCE", ARMY_GNB, None, L3, mode="curfew"),
        event("COERCE", ARMY_GNB, EMBALO, L4, mode="arrest"),
        event("SANCTION", ECOWAS, GNB, L5, mode="expel", date="2025-11-27"),
        event("REQUEST", ECOWAS, ARMY_GNB, L5, mode="change", date="2025-11-27"),
        event("ACCUSE", AU, ARMY_GNB, L6, mode="disapprove"),
        event("REQUEST", GUTERRES, ARMY_GNB, L6, mode="yield"),
        event("ACCUSE", DIAS, EMBALO, L7, mode="allege"),
        event("AGREE", NGA, ECOWAS, L8),
    ],
    "quotes": [
        quote("total control", "High Military Command for the Restoration of Order", "direct"),
        quote("they had taken “total control” of the country", "High Military Command for the Restoration of Order", "indirect"),
        quote("Embaló was detained at the presidential palace", "military source", "indirect"),
        quote("he had gone into hiding", "Fernando Dias", "indirect"),
        quote("immediate and unconditional", "ECOWAS", "direct"),
        quote("We will not allow anyone to plunge the country into chaos", "High Military Command for the Restoration of Order", "direct"),
    ],
    "entities": [
        entity("Guinea-Bissau", "GPE", "GNB", ["Guinea-Bissau", "the country"]),
        entity("High Military Command for the Restoration of Order", "ORG", "GNB", ["Army officers in Guinea-Bissau", "they", "The officers", "the High Military Command for the Restoration of Order", "the army", "the junta"]),
        entity("Umaro Sissoco Embaló", "PER", "GNB", ["President Umaro Sissoco Embaló", "Embaló"]),
        entity("Bissau", "LOC", "GNB", ["Bissau"]),
        entity("Fernando Dias", "PER", "GNB", ["opposition candidate Fernando Dias", "Dias", "he"]),
        entity("ECOWAS", "ORG", "IGO", ["ECOWAS"]),
        entity("African Union", "ORG", "IGO", ["The African Union"]),
        entity("António Guterres", "PER", "UNO", ["UN Secretary-General António Guterres"]),
        entity("Nigeria", "GPE", "NGA", ["Nigeria"]),
        entity("Goodluck Jonathan", "PER", "NGA", ["former President Goodluck Jonathan"]),
    ],
})
