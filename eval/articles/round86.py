"""Round 86: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Invented, plausible wire-style reports on real 2023-2025 settings (Sub-Saharan Africa, Latin America,
the Caribbean), annotated by ../shared/data/articles/CONVENTIONS.md:

- hm86-de-01  Nigeria: the pupils abducted in Kuriga are freed (Mar 2024)
- hm86-de-02  Guatemala: Arévalo sworn in after hours of delay in Congress (Jan 2024)
- hm86-de-03  DR Congo: a military court sentences Joseph Kabila to death in absentia (Sep 2025)
- hm86-de-04  Senegal: France hands over its last military bases (Jul 2025)
- hm86-en-01  Chile: Kast wins the runoff, Jara concedes (Dec 2025)
- hm86-en-02  Jamaica: aid after Hurricane Melissa (Oct 2025)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm86-de-01 Nigeria / Kuriga
UBA_SANI = actor("Uba Sani", "NGA", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
NGA_SECURITY = actor("Nigerian security forces", "NGA", "MIL")
BANDITS = actor("Armed bandits", "NGA", "REB")
PUPILS = actor("Pupils of Kuriga", "NGA", "CVL")
NGA_ARMY = actor("Nigerian Army", "NGA", "MIL")
GUTERRES = actor("António Guterres", "UNO", "IGO")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
UNICEF = actor("UNICEF", "UNO", "IGO")

N1 = ("Gut zwei Wochen nach ihrer Entführung im Norden Nigerias sind mehr als 130 Schülerinnen und Schüler "
      "wieder frei.")
N2 = ("Der Gouverneur des Bundesstaats Kaduna, Uba Sani, gab die Freilassung am Sonntag bekannt und dankte "
      "Präsident Bola Tinubu sowie den Sicherheitskräften.")
N3 = "»Dies ist ein Tag der Freude für ganz Kaduna«, sagte Sani."
N4 = "Bewaffnete Banden hatten die Kinder am 7. März aus ihrer Schule in Kuriga verschleppt."
N5 = "Nach Angaben der Armee wurden sie bei einem Einsatz im benachbarten Bundesstaat Zamfara befreit."
N6 = "Die Entführer hatten umgerechnet rund 620.000 Dollar Lösegeld verlangt."
N7 = "Informationsminister Mohammed Idris versicherte, es sei kein Geld gezahlt worden."
N8 = ("UN-Generalsekretär António Guterres begrüßte die Befreiung und forderte die nigerianischen Behörden auf, "
      "die Täter zur Rechenschaft zu ziehen.")
N9 = "UNICEF bot an, die Kinder und ihre Familien psychologisch zu betreuen."
N10 = "»Die Kinder brauchen jetzt vor allem Ruhe«, so eine Sprecherin des Kinderhilfswerks."

DE01 = {
    "id": "hm86-de-01", "lang": "de", "url": None, "published": "2024-03-25",
    "title": "Entführte Schulkinder in Nigeria wieder frei",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10]),
    "events": [
        event("SUPPORT", UBA_SANI, TINUBU, N2, date="2024-03-24"),
        event("SUPPORT", UBA_SANI, NGA_SECURITY, N2, date="2024-03-24"),
        event("ASSAULT", BANDITS, PUPILS, N4, mode="abduct", date="2024-03-07", location="Kuriga",
              location_country="NGA"),
        event("AID", NGA_ARMY, PUPILS, N5, location="Zamfara", location_country="NGA"),
        event("REQUEST", BANDITS, None, N6),
        event("SUPPORT", GUTERRES, NGA_ARMY, N8),
        event("REQUEST", GUTERRES, NGA_GOV, N8),
        event("AGREE", UNICEF, PUPILS, N9),
    ],
    "quotes": [
        quote("Dies ist ein Tag der Freude für ganz Kaduna", "Uba Sani", "direct"),
        quote("wurden sie bei einem Einsatz im benachbarten Bundesstaat Zamfara befreit", "Nigerian Army",
              "indirect"),
        quote("es sei kein Geld gezahlt worden", "Mohammed Idris", "indirect"),
        quote("Die Kinder brauchen jetzt vor allem Ruhe", "Spokesperson of UNICEF", "direct"),
    ],
    "entities": [
        entity("Nigeria", "GPE", "NGA", ["Nigerias"]),
        entity("Pupils of Kuriga", "ORG", "NGA",
               ["mehr als 130 Schülerinnen und Schüler", "die Kinder", "sie", "Die Kinder"]),
        entity("Uba Sani", "PER", "NGA", ["Der Gouverneur des Bundesstaats Kaduna, Uba Sani", "Sani"]),
        entity("Kaduna", "LOC", "NGA", ["Bundesstaats Kaduna", "Kaduna"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu"]),
        entity("Nigerian security forces", "ORG", "NGA", ["den Sicherheitskräften"]),
        entity("Armed bandits", "ORG", "NGA", ["Bewaffnete Banden", "Die Entführer", "die Täter"]),
        entity("Kuriga", "LOC", "NGA", ["Kuriga"]),
        entity("Nigerian Army", "ORG", "NGA", ["der Armee"]),
        entity("Zamfara", "LOC", "NGA", ["Bundesstaat Zamfara"]),
        entity("Mohammed Idris", "PER", "NGA", ["Informationsminister Mohammed Idris"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Government of Nigeria", "ORG", "NGA", ["die nigerianischen Behörden"]),
        entity("UNICEF", "ORG", "UNO", ["UNICEF", "des Kinderhilfswerks"]),
        entity("Spokesperson of UNICEF", "PER", "UNO", ["eine Sprecherin des Kinderhilfswerks"]),
    ],
}

# ---------------------------------------------------------------- hm86-de-02 Guatemala / Arévalo
AREVALO_ELECT = actor("Bernardo Arévalo", "GTM", "OPP")
AREVALO = actor("Bernardo Arévalo", "GTM", "GOV")
GTM_CONGRESS = actor("Congress of Guatemala", "GTM", "LEG")
AREVALO_SUPPORTERS = actor("Supporters of Bernardo Arévalo", "GTM", "CVL")
INDIGENOUS = actor("Indigenous communities of Guatemala", "GTM", "CVL")
GTM_POLICE = actor("National Civil Police of Guatemala", "GTM", "COP")
PROTESTERS = actor("Protesters in Guatemala City", "GTM", "CVL")
OAS = actor("Organization of American States", "IGO", "IGO")
EU = actor("European Union", "EUR", "IGO")
USA = actor("United States", "USA", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
PORRAS = actor("Consuelo Porras", "GTM", "JUD")
SEMILLA = actor("Semilla", "GTM", "PTY")

G1 = ("Nach stundenlanger Verzögerung ist Bernardo Arévalo in der Nacht zum Montag als Präsident Guatemalas "
      "vereidigt worden.")
G2 = ("Die Zeremonie im Kongress hatte sich wegen eines Streits über die Besetzung des Parlamentspräsidiums "
      "um fast zehn Stunden verschoben.")
G3 = "Arévalo hatte den Abgeordneten zuvor vorgeworfen, den Machtwechsel in letzter Minute sabotieren zu wollen."
G4 = ("Hunderte Anhänger Arévalos und Vertreter indigener Gemeinschaften protestierten am Sonntag vor dem "
      "Parlamentsgebäude in Guatemala-Stadt gegen die Verzögerung.")
G5 = "Die Polizei drängte die Demonstranten mit Schutzschilden zurück."
G6 = ("Die Delegationen der OAS, der EU und der USA forderten die Abgeordneten in einer gemeinsamen Erklärung "
      "auf, »den Willen des Volkes« zu respektieren.")
G7 = "„Wir werden nicht zulassen“, sagte Arévalo in seiner Antrittsrede, „dass unsere Demokratie noch einmal so missbraucht wird.“"
G8 = ("US-Außenminister Antony Blinken gratulierte dem neuen Staatschef und sicherte ihm die Unterstützung "
      "Washingtons zu.")
G9 = ("Arévalo forderte zudem Generalstaatsanwältin Consuelo Porras zum Rücktritt auf, die seit Monaten gegen "
      "seine Partei Semilla ermittelt.")

DE02 = {
    "id": "hm86-de-02", "lang": "de", "url": None, "published": "2024-01-15",
    "title": "Arévalo nach stundenlanger Verzögerung als Präsident Guatemalas vereidigt",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9]),
    "events": [
        event("ACCUSE", AREVALO_ELECT, GTM_CONGRESS, G3, mode="allege"),
        event("PROTEST", AREVALO_SUPPORTERS, GTM_CONGRESS, G4, mode="demo", date="2024-01-14",
              location="Guatemala City", location_country="GTM"),
        event("PROTEST", INDIGENOUS, GTM_CONGRESS, G4, mode="demo", date="2024-01-14",
              location="Guatemala City", location_country="GTM"),
        event("ASSAULT", GTM_POLICE, PROTESTERS, G5, mode="crowd-control", location="Guatemala City",
              location_country="GTM"),
        event("REQUEST", OAS, GTM_CONGRESS, G6),
        event("REQUEST", EU, GTM_CONGRESS, G6),
        event("REQUEST", USA, GTM_CONGRESS, G6),
        event("SUPPORT", BLINKEN, AREVALO, G8),
        event("AGREE", BLINKEN, AREVALO, G8),
        event("REQUEST", AREVALO, PORRAS, G9, mode="change"),
        event("ACCUSE", PORRAS, SEMILLA, G9, mode="investigate"),
    ],
    "quotes": [
        quote("den Machtwechsel in letzter Minute sabotieren zu wollen", "Bernardo Arévalo", "indirect"),
        quote("den Willen des Volkes", "Delegations of the OAS, the EU and the United States", "direct"),
        quote("Wir werden nicht zulassen", "Bernardo Arévalo", "direct"),
        quote("dass unsere Demokratie noch einmal so missbraucht wird", "Bernardo Arévalo", "direct"),
    ],
    "entities": [
        entity("Bernardo Arévalo", "PER", "GTM",
               ["Bernardo Arévalo", "Arévalo", "Arévalos", "dem neuen Staatschef", "ihm"]),
        entity("Guatemala", "GPE", "GTM", ["Guatemalas"]),
        entity("Congress of Guatemala", "ORG", "GTM", ["Kongress", "den Abgeordneten", "die Abgeordneten"]),
        entity("Supporters of Bernardo Arévalo", "ORG", "GTM", ["Hunderte Anhänger Arévalos"]),
        entity("Indigenous communities of Guatemala", "ORG", "GTM", ["Vertreter indigener Gemeinschaften"]),
        entity("Guatemala City", "LOC", "GTM", ["Guatemala-Stadt"]),
        entity("National Civil Police of Guatemala", "ORG", "GTM", ["Die Polizei"]),
        entity("Protesters in Guatemala City", "ORG", "GTM", ["die Demonstranten"]),
        entity("Organization of American States", "ORG", "IGO", ["der OAS"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("United States", "GPE", "USA", ["der USA", "Washingtons"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
        entity("Consuelo Porras", "PER", "GTM", ["Generalstaatsanwältin Consuelo Porras"]),
        entity("Semilla", "ORG", "GTM", ["seine Partei Semilla"]),
    ],
}

# ---------------------------------------------------------------- hm86-de-03 DR Congo / Kabila
HMC = actor("High Military Court of the Democratic Republic of the Congo", "COD", "JUD")
KABILA = actor("Joseph Kabila", "COD", "OPP")
PPRD = actor("People's Party for Reconstruction and Democracy", "COD", "PTY")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
M23 = actor("M23", "COD", "REB")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
NANGAA = actor("Corneille Nangaa", "COD", "REB")

K1 = ("Ein Militärgericht in der Demokratischen Republik Kongo hat den früheren Präsidenten Joseph Kabila in "
      "Abwesenheit zum Tode verurteilt.")
K2 = ("Der Hohe Militärgerichtshof in Kinshasa befand ihn am Dienstag unter anderem des Hochverrats und der "
      "Unterstützung der Rebellengruppe M23 für schuldig.")
K3 = "Kabila hält sich an einem unbekannten Ort auf und äußerte sich zunächst nicht."
K4 = ("Seine Partei PPRD sprach von einem »Schauprozess« und warf Präsident Félix Tshisekedi vor, die Justiz "
      "gegen seine Gegner einzusetzen.")
K5 = ("Regierungssprecher Patrick Muyaya begrüßte das Urteil: Niemand stehe über dem Gesetz, auch kein "
      "ehemaliger Staatschef.")
K6 = ("Die Regierung hatte Kabila bereits im April vorgeworfen, die M23 bei ihrer Offensive im Osten des Landes "
      "zu unterstützen.")
K7 = "Die M23 hatte Anfang des Jahres die Provinzhauptstädte Goma und Bukavu eingenommen."
K8 = ("AFC-Chef Corneille Nangaa nannte das Urteil »lächerlich« und bot Kabila Schutz in den von den Rebellen "
      "kontrollierten Gebieten an.")
K9 = "Kabila hatte das Land von 2001 bis 2019 regiert."

DE03 = {
    "id": "hm86-de-03", "lang": "de", "url": None, "published": "2025-09-30",
    "title": "Kongos Ex-Präsident Kabila in Abwesenheit zum Tode verurteilt",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9]),
    "events": [
        event("SANCTION", HMC, KABILA, K1, mode="convict", date="2025-09-30"),
        event("SANCTION", HMC, KABILA, K2, mode="convict", date="2025-09-30", location="Kinshasa",
              location_country="COD"),
        event("ACCUSE", PPRD, HMC, K4, mode="disapprove"),
        event("ACCUSE", PPRD, TSHISEKEDI, K4, mode="allege"),
        event("SUPPORT", MUYAYA, HMC, K5),
        event("ACCUSE", COD_GOV, KABILA, K6, mode="allege"),
        event("ASSAULT", M23, FARDC, K7),
        event("ACCUSE", NANGAA, HMC, K8, mode="disapprove"),
        event("AGREE", NANGAA, KABILA, K8),
    ],
    "quotes": [
        quote("Schauprozess", "People's Party for Reconstruction and Democracy", "direct"),
        quote("die Justiz gegen seine Gegner einzusetzen", "People's Party for Reconstruction and Democracy",
              "indirect"),
        quote("Niemand stehe über dem Gesetz, auch kein ehemaliger Staatschef", "Patrick Muyaya", "indirect"),
        quote("die M23 bei ihrer Offensive im Osten des Landes zu unterstützen",
              "Government of the Democratic Republic of the Congo", "indirect"),
        quote("lächerlich", "Corneille Nangaa", "direct"),
    ],
    "entities": [
        entity("Democratic Republic of the Congo", "GPE", "COD",
               ["der Demokratischen Republik Kongo", "des Landes", "das Land"]),
        entity("Joseph Kabila", "PER", "COD", ["den früheren Präsidenten Joseph Kabila", "ihn", "Kabila"]),
        entity("High Military Court of the Democratic Republic of the Congo", "ORG", "COD",
               ["Ein Militärgericht", "Der Hohe Militärgerichtshof in Kinshasa"]),
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("M23", "ORG", "COD", ["der Rebellengruppe M23", "die M23", "Die M23", "den Rebellen"]),
        entity("People's Party for Reconstruction and Democracy", "ORG", "COD", ["Seine Partei PPRD"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi"]),
        entity("Patrick Muyaya", "PER", "COD", ["Regierungssprecher Patrick Muyaya"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Die Regierung"]),
        entity("Goma", "LOC", "COD", ["Goma"]),
        entity("Bukavu", "LOC", "COD", ["Bukavu"]),
        entity("Corneille Nangaa", "PER", "COD", ["AFC-Chef Corneille Nangaa"]),
        entity("Alliance Fleuve Congo", "ORG", "COD", ["AFC"]),
    ],
}

# ---------------------------------------------------------------- hm86-de-04 Senegal / French bases
FRANCE_MIL = actor("France", "FRA", "MIL")
FRANCE = actor("France", "FRA", "GOV")
SENEGAL = actor("Senegal", "SEN", "GOV")
IANNI = actor("Pascal Ianni", "FRA", "MIL")
CISSE = actor("Mbaye Cissé", "SEN", "MIL")
FAYE = actor("Bassirou Diomaye Faye", "SEN", "GOV")
SONKO = actor("Ousmane Sonko", "SEN", "GOV")
CHAD = actor("Chad", "TCD", "GOV")

S1 = "Frankreich hat am Donnerstag seine letzten Militärstützpunkte im Senegal an die Regierung in Dakar übergeben."
S2 = ("Bei einer Zeremonie im Camp Geille in Dakar unterzeichneten der französische General Pascal Ianni und "
      "Senegals Generalstabschef Mbaye Cissé die Übergabeurkunde.")
S3 = "Premierminister Ousmane Sonko sprach von einem »historischen Tag« für die Souveränität des Landes."
S4 = "Präsident Bassirou Diomaye Faye hatte im November den Abzug der rund 350 französischen Soldaten verlangt."
S5 = "Ausländische Stützpunkte seien mit der Souveränität Senegals nicht vereinbar, hatte er damals erklärt."
S6 = "Paris hatte dem Abzug im Februar zugestimmt."
S7 = "Sonko hatte Frankreich zudem aufgefordert, sich für das Massaker von Thiaroye im Jahr 1944 zu entschuldigen."
S7B = "Eine offizielle Entschuldigung für Thiaroye hat Paris bislang nicht ausgesprochen."
S8 = ("Beide Seiten vereinbarten, bei der Ausbildung von Soldaten und im Kampf gegen den Terrorismus weiter "
      "zusammenzuarbeiten, wie das französische Verteidigungsministerium mitteilte.")
S9 = "»Frankreich bleibt ein verlässlicher Partner Senegals«, so Ianni."
S10 = "Im Januar hatte Frankreich bereits seinen letzten Stützpunkt im Tschad geräumt."

DE04 = {
    "id": "hm86-de-04", "lang": "de", "url": None, "published": "2025-07-17",
    "title": "Frankreich übergibt letzte Militärbasen im Senegal",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7, S7B], [S8, S9, S10]),
    "events": [
        event("RETREAT", FRANCE_MIL, SENEGAL, S1, mode="withdraw", date="2025-07-17"),
        event("SUPPORT", IANNI, CISSE, S2, date="2025-07-17", location="Dakar", location_country="SEN"),
        event("REQUEST", FAYE, FRANCE, S4),
        event("CONCEDE", FRANCE, SENEGAL, S6),
        event("REQUEST", SONKO, FRANCE, S7),
        event("CONCEDE", FRANCE, SENEGAL, S7B, negated=True),
        event("AGREE", FRANCE, SENEGAL, S8),
        event("AGREE", SENEGAL, FRANCE, S8),
        event("RETREAT", FRANCE_MIL, CHAD, S10, mode="withdraw"),
    ],
    "quotes": [
        quote("historischen Tag", "Ousmane Sonko", "direct"),
        quote("Ausländische Stützpunkte seien mit der Souveränität Senegals nicht vereinbar",
              "Bassirou Diomaye Faye", "indirect"),
        quote("Beide Seiten vereinbarten, bei der Ausbildung von Soldaten und im Kampf gegen den Terrorismus "
              "weiter zusammenzuarbeiten", "Ministry of the Armed Forces of France", "indirect"),
        quote("Frankreich bleibt ein verlässlicher Partner Senegals", "Pascal Ianni", "direct"),
    ],
    "entities": [
        entity("France", "GPE", "FRA", ["Frankreich", "Paris"]),
        entity("Senegal", "GPE", "SEN", ["Senegal", "Senegals", "des Landes"]),
        entity("Government of Senegal", "ORG", "SEN", ["die Regierung in Dakar"]),
        entity("Camp Geille", "LOC", "SEN", ["Camp Geille"]),
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("Pascal Ianni", "PER", "FRA", ["der französische General Pascal Ianni", "Ianni"]),
        entity("Mbaye Cissé", "PER", "SEN", ["Senegals Generalstabschef Mbaye Cissé"]),
        entity("Ousmane Sonko", "PER", "SEN", ["Premierminister Ousmane Sonko", "Sonko"]),
        entity("Bassirou Diomaye Faye", "PER", "SEN", ["Präsident Bassirou Diomaye Faye", "er"]),
        entity("Thiaroye", "LOC", "SEN", ["Thiaroye"]),
        entity("Ministry of the Armed Forces of France", "ORG", "FRA", ["das französische Verteidigungsministerium"]),
        entity("Chad", "GPE", "TCD", ["Tschad"]),
    ],
}

# ---------------------------------------------------------------- hm86-en-01 Chile / Kast
KAST = actor("José Antonio Kast", "CHL", "OPP")
JARA = actor("Jeannette Jara", "CHL", "PTY")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
MIGRANTS = actor("Undocumented migrants in Chile", None, "CVL")
MILEI = actor("Javier Milei", "ARG", "GOV")
PERU = actor("Peru", "PER", "GOV")

C1 = ("Far-right candidate José Antonio Kast won Chile's presidential runoff on Sunday, defeating leftist "
      "Jeannette Jara by a wide margin.")
C2 = "Jara conceded defeat less than an hour after polls closed and called Kast to congratulate him."
C3 = "\"Democracy has spoken loud and clear,\" she wrote on social media."
C4 = ("Outgoing President Gabriel Boric also phoned the winner and invited him to La Moneda palace on Monday to "
      "begin the transition.")
C5 = ("Kast, who takes office in March, has promised to expel undocumented migrants and to close the northern "
      "border to irregular crossings.")
C6 = "\"Chile needs order,\" Kast told cheering supporters in Santiago, \"and we will restore it.\""
C7 = "Argentina's President Javier Milei congratulated Kast, calling his victory \"a triumph of freedom.\""
C8 = ("Peru's government said it would reinforce its border with Chile, fearing an exodus of migrants after "
      "Kast's pledge.")
C9 = "Jara's Communist Party said it would lead a \"firm but constructive\" opposition."

EN01 = {
    "id": "hm86-en-01", "lang": "en", "url": None, "published": "2025-12-15",
    "title": "Far-right Kast wins Chile's presidency as Jara concedes",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9]),
    "events": [
        event("CONCEDE", JARA, KAST, C2, date="2025-12-14"),
        event("CONSULT", JARA, KAST, C2, mode="phone", date="2025-12-14"),
        event("SUPPORT", JARA, KAST, C2, date="2025-12-14"),
        event("CONSULT", BORIC, KAST, C4, mode="phone", date="2025-12-14"),
        event("AGREE", BORIC, KAST, C4, date="2025-12-14"),
        event("THREATEN", KAST, MIGRANTS, C5),
        event("SUPPORT", MILEI, KAST, C7),
        event("MOBILIZE", PERU, None, C8),
    ],
    "quotes": [
        quote("Democracy has spoken loud and clear", "Jeannette Jara", "direct"),
        quote("Chile needs order", "José Antonio Kast", "direct"),
        quote("and we will restore it", "José Antonio Kast", "direct"),
        quote("a triumph of freedom", "Javier Milei", "direct"),
        quote("it would reinforce its border with Chile", "Government of Peru", "indirect"),
        quote("firm but constructive", "Communist Party of Chile", "direct"),
        quote("it would lead a \"firm but constructive\" opposition", "Communist Party of Chile", "indirect"),
    ],
    "entities": [
        entity("José Antonio Kast", "PER", "CHL",
               ["Far-right candidate José Antonio Kast", "Kast", "him", "the winner", "Kast's"]),
        entity("Chile", "GPE", "CHL", ["Chile's", "Chile"]),
        entity("Jeannette Jara", "PER", "CHL", ["leftist Jeannette Jara", "Jara", "she", "Jara's"]),
        entity("Gabriel Boric", "PER", "CHL", ["Outgoing President Gabriel Boric"]),
        entity("La Moneda", "LOC", "CHL", ["La Moneda palace"]),
        entity("Santiago", "LOC", "CHL", ["Santiago"]),
        entity("Javier Milei", "PER", "ARG", ["Argentina's President Javier Milei"]),
        entity("Argentina", "GPE", "ARG", ["Argentina's"]),
        entity("Government of Peru", "ORG", "PER", ["Peru's government", "it"]),
        entity("Communist Party of Chile", "ORG", "CHL", ["Jara's Communist Party"]),
    ],
}

# ---------------------------------------------------------------- hm86-en-02 Jamaica / Hurricane Melissa
USA_GOV = actor("United States", "USA", "GOV")
JAMAICA = actor("Jamaica", "JAM", "GOV")
HOLNESS = actor("Andrew Holness", "JAM", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
EU_EN = actor("European Union", "EUR", "IGO")
VENEZUELA = actor("Venezuela", "VEN", "GOV")
CUBA = actor("Cuba", "CUB", "GOV")
CARICOM = actor("Caribbean Community", "IGO", "IGO")

J1 = ("The United States deployed a disaster response team to Jamaica on Wednesday, a day after Hurricane "
      "Melissa tore across the island as one of the strongest Atlantic storms on record.")
J2 = ("Prime Minister Andrew Holness appealed for international help to restore power and clear roads in the "
      "worst-hit western parishes.")
J3 = "\"We have never seen destruction on this scale,\" he told reporters in Kingston."
J4 = "Secretary of State Marco Rubio said Washington would also send helicopters and search-and-rescue teams."
J5 = "Holness and Rubio spoke by phone on Tuesday night, the Jamaican government said."
J6 = ("Britain pledged 2.5 million pounds in emergency funding, while the European Union released an initial "
      "2 million euros.")
J7 = "Venezuela offered to send food and fuel to Jamaica and to Cuba, which was also hit by the storm."
J8 = ("The Caribbean Community said member states would deploy soldiers and police officers to help distribute "
      "aid.")
J9 = "At least 19 people were killed in Jamaica, according to officials."

EN02 = {
    "id": "hm86-en-02", "lang": "en", "url": None, "published": "2025-10-30",
    "title": "Aid flows to Jamaica after Hurricane Melissa",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9]),
    "events": [
        event("AID", USA_GOV, JAMAICA, J1, date="2025-10-29", location="Jamaica", location_country="JAM"),
        event("REQUEST", HOLNESS, None, J2, mode="assist"),
        event("AGREE", RUBIO, JAMAICA, J4),
        event("CONSULT", HOLNESS, RUBIO, J5, mode="phone", date="2025-10-28"),
        event("AGREE", UK, JAMAICA, J6),
        event("AID", EU_EN, JAMAICA, J6),
        event("AGREE", VENEZUELA, JAMAICA, J7),
        event("AGREE", VENEZUELA, CUBA, J7),
        event("AGREE", CARICOM, JAMAICA, J8),
    ],
    "quotes": [
        quote("We have never seen destruction on this scale", "Andrew Holness", "direct"),
        quote("Washington would also send helicopters and search-and-rescue teams", "Marco Rubio", "indirect"),
        quote("Holness and Rubio spoke by phone on Tuesday night", "Government of Jamaica", "indirect"),
        quote("member states would deploy soldiers and police officers to help distribute aid",
              "Caribbean Community", "indirect"),
        quote("At least 19 people were killed in Jamaica", "Jamaican officials", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "Washington"]),
        entity("Jamaica", "GPE", "JAM", ["Jamaica", "the island"]),
        entity("Andrew Holness", "PER", "JAM", ["Prime Minister Andrew Holness", "he", "Holness"]),
        entity("Kingston", "LOC", "JAM", ["Kingston"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio", "Rubio"]),
        entity("Government of Jamaica", "ORG", "JAM", ["the Jamaican government"]),
        entity("United Kingdom", "GPE", "GBR", ["Britain"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela"]),
        entity("Cuba", "GPE", "CUB", ["Cuba"]),
        entity("Caribbean Community", "ORG", "IGO", ["The Caribbean Community", "member states"]),
        entity("Jamaican officials", "ORG", "JAM", ["officials"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
