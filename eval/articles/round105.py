"""Round 105: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm105-de-01: Venezuelan opposition candidate Edmundo González arrives in Spain and is granted asylum (2024-09-08).
- hm105-de-02: Former Philippine president Rodrigo Duterte arrested in Manila on an ICC warrant (2025-03-12).
- hm105-de-03: South Korea's President Yoon lifts martial law after six hours (2024-12-04).
- hm105-de-04: First Kenyan police officers of the Haiti security mission arrive in Port-au-Prince (2024-06-26).
- hm105-en-01: Thailand launches air strikes as border fighting with Cambodia erupts (2025-07-24).
- hm105-en-02: Mexico sends National Guard troops to the border, Trump pauses tariffs for a month (2025-02-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm105-de-01
GONZALEZ = actor("Edmundo González", "VEN", "OPP")
ESP_AIRFORCE = actor("Spanish Air Force", "ESP", "MIL")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
VEN_COURT = actor("Venezuelan court", "VEN", "JUD")
VEN_PROSECUTION = actor("Public Ministry of Venezuela", "VEN", "JUD")
VEN_OPP = actor("Venezuelan opposition", "VEN", "OPP")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
EU = actor("European Union", "EUR", "IGO")
USA = actor("United States", "USA", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")

A1 = "Der venezolanische Oppositionspolitiker Edmundo González ist nach Wochen im Versteck in Spanien eingetroffen."
A2 = "Eine Maschine der spanischen Luftwaffe brachte den 75-Jährigen am Sonntag auf den Militärflughafen Torrejón de Ardoz bei Madrid."
A3 = "Spanien werde ihm politisches Asyl gewähren, sagte Außenminister José Manuel Albares."
A4 = "„Spanien steht zu seiner Verpflichtung gegenüber allen Venezolanern“, fügte der Minister hinzu."
A5 = "Vizepräsidentin Delcy Rodríguez erklärte in Caracas, die Regierung habe González nach Gesprächen mit Spanien freies Geleit gewährt, um „den politischen Frieden“ zu sichern."
A6 = "Ein Gericht in Caracas hatte Anfang September auf Antrag von Generalstaatsanwalt Tarek William Saab Haftbefehl gegen González erlassen."
A7 = "Die Staatsanwaltschaft wirft ihm unter anderem Verschwörung, Urkundenfälschung und Amtsanmaßung vor."
A8 = "Die Opposition beansprucht den Sieg bei der Präsidentenwahl vom 28. Juli für González und wirft Staatschef Nicolás Maduro Wahlbetrug vor."
A9 = "Oppositionsführerin María Corina Machado schrieb auf der Plattform X, das Leben ihres Mitstreiters sei in Gefahr gewesen, die Regierung habe eine „brutale Welle der Repression“ entfesselt."
A10 = "Sie forderte die Europäische Union und die USA auf, González als gewählten Präsidenten anzuerkennen."
A11 = "Der EU-Außenbeauftragte Josep Borrell nannte die Ausreise einen „traurigen Tag für die Demokratie in Venezuela“."

DE01 = {
    "id": "hm105-de-01", "lang": "de", "url": None, "published": "2024-09-08",
    "title": "Venezolanischer Oppositionskandidat González im Exil in Spanien",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11]),
    "events": [
        event("AID", ESP_AIRFORCE, GONZALEZ, A2, date="2024-09-08", location="Torrejón de Ardoz", location_country="ESP"),
        event("AGREE", ALBARES, GONZALEZ, A3),
        event("CONCEDE", VEN_GOV, GONZALEZ, A5),
        event("CONSULT", VEN_GOV, ESP_GOV, A5),
        event("THREATEN", VEN_COURT, GONZALEZ, A6, mode="arrest", location="Caracas", location_country="VEN"),
        event("REQUEST", SAAB, VEN_COURT, A6),
        event("ACCUSE", VEN_PROSECUTION, GONZALEZ, A7, mode="allege"),
        event("ACCUSE", VEN_OPP, MADURO, A8, mode="allege"),
        event("ACCUSE", MACHADO, VEN_GOV, A9, mode="allege"),
        event("REQUEST", MACHADO, EU, A10, mode="assist"),
        event("REQUEST", MACHADO, USA, A10, mode="assist"),
        event("ACCUSE", BORRELL, VEN_GOV, A11, mode="disapprove"),
    ],
    "quotes": [
        quote("Spanien werde ihm politisches Asyl gewähren", "José Manuel Albares", "indirect"),
        quote("Spanien steht zu seiner Verpflichtung gegenüber allen Venezolanern", "José Manuel Albares", "direct"),
        quote("die Regierung habe González nach Gesprächen mit Spanien freies Geleit gewährt, um „den politischen Frieden“ zu sichern", "Delcy Rodríguez", "indirect"),
        quote("den politischen Frieden", "Delcy Rodríguez", "direct"),
        quote("das Leben ihres Mitstreiters sei in Gefahr gewesen, die Regierung habe eine „brutale Welle der Repression“ entfesselt", "María Corina Machado", "indirect"),
        quote("brutale Welle der Repression", "María Corina Machado", "direct"),
        quote("traurigen Tag für die Demokratie in Venezuela", "Josep Borrell", "direct"),
    ],
    "entities": [
        entity("Edmundo González", "PER", "VEN", ["Der venezolanische Oppositionspolitiker Edmundo González", "den 75-Jährigen", "ihm", "González", "ihres Mitstreiters"]),
        entity("Spain", "GPE", "ESP", ["Spanien"]),
        entity("Spanish Air Force", "ORG", "ESP", ["der spanischen Luftwaffe"]),
        entity("Torrejón de Ardoz Air Base", "LOC", "ESP", ["den Militärflughafen Torrejón de Ardoz"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("José Manuel Albares", "PER", "ESP", ["Außenminister José Manuel Albares", "der Minister"]),
        entity("Venezuelans", "ORG", "VEN", ["allen Venezolanern"]),
        entity("Delcy Rodríguez", "PER", "VEN", ["Vizepräsidentin Delcy Rodríguez"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Government of Venezuela", "ORG", "VEN", ["die Regierung"]),
        entity("Venezuelan court", "ORG", "VEN", ["Ein Gericht in Caracas"]),
        entity("Tarek William Saab", "PER", "VEN", ["Generalstaatsanwalt Tarek William Saab"]),
        entity("Public Ministry of Venezuela", "ORG", "VEN", ["Die Staatsanwaltschaft"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["Die Opposition"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Staatschef Nicolás Maduro"]),
        entity("María Corina Machado", "PER", "VEN", ["Oppositionsführerin María Corina Machado", "Sie"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela"]),
    ],
}

# ---------------------------------------------------------------- hm105-de-02
DUTERTE = actor("Rodrigo Duterte", "PHL", "GOV")
PHL_POLICE = actor("Philippine National Police", "PHL", "COP")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
ICC = actor("International Criminal Court", "IGO", "JUD")
INTERPOL = actor("Interpol", "IGO", "IGO")
SARA_DUTERTE = actor("Sara Duterte", "PHL", "GOV")
DUTERTE_SUPPORTERS = actor("Duterte supporters", "PHL", "CVL")
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
PHILIPPINES = actor("Philippines", "PHL", "GOV")

B1 = "Der frühere philippinische Präsident Rodrigo Duterte ist auf Grundlage eines Haftbefehls des Internationalen Strafgerichtshofs (IStGH) festgenommen und in die Niederlande gebracht worden."
B2 = "Polizisten nahmen den 79-Jährigen am Dienstag nach seiner Rückkehr aus Hongkong am Flughafen von Manila in Gewahrsam."
B3 = "Am Abend startete eine Chartermaschine mit ihm an Bord in Richtung Den Haag."
B4 = "Das Gericht wirft Duterte Verbrechen gegen die Menschlichkeit im Zusammenhang mit seinem sogenannten Anti-Drogen-Krieg vor, bei dem nach Schätzungen von Menschenrechtlern Tausende Menschen getötet wurden."
B5 = "Präsident Ferdinand Marcos Jr. sagte in einer Fernsehansprache, die Regierung habe lediglich ihre Verpflichtungen gegenüber Interpol erfüllt."
B6 = "„Das ist keine Verfolgung, das ist Rechtsstaatlichkeit“, betonte er."
B7 = "Duterte selbst stellte die Rechtmäßigkeit der Festnahme in einem Video aus dem Gewahrsam infrage."
B8 = "Seine Tochter, Vizepräsidentin Sara Duterte, sprach von einer „Entführung“ und warf der Regierung vor, ihren Vater an ausländische Mächte ausgeliefert zu haben."
B9 = "Anhänger des Ex-Präsidenten versammelten sich in seiner Heimatstadt Davao zu Protestkundgebungen."
B10 = "Das UN-Menschenrechtsbüro in Genf begrüßte die Überstellung als „wichtigen Schritt hin zu Gerechtigkeit“ für die Opfer."
B11 = "Amnesty International forderte die Regierung in Manila auf, auch weitere Verantwortliche des Drogenkriegs vor Gericht zu stellen."
B12 = "Die Philippinen waren 2019 auf Betreiben Dutertes aus dem Strafgerichtshof ausgetreten."

DE02 = {
    "id": "hm105-de-02", "lang": "de", "url": None, "published": "2025-03-12",
    "title": "Philippinischer Ex-Präsident Duterte festgenommen",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12]),
    "events": [
        event("COERCE", PHL_POLICE, DUTERTE, B1, mode="arrest", date="2025-03-11", location="Manila", location_country="PHL"),
        event("COOPERATE", PHL_GOV, ICC, B1, date="2025-03-11"),
        event("COERCE", PHL_POLICE, DUTERTE, B2, mode="arrest", date="2025-03-11", location="Manila", location_country="PHL"),
        event("ACCUSE", ICC, DUTERTE, B4, mode="allege"),
        event("COOPERATE", PHL_GOV, INTERPOL, B5),
        event("ACCUSE", DUTERTE, PHL_GOV, B7, mode="disapprove"),
        event("ACCUSE", SARA_DUTERTE, PHL_GOV, B8, mode="allege"),
        event("PROTEST", DUTERTE_SUPPORTERS, PHL_GOV, B9, mode="demo", location="Davao", location_country="PHL"),
        event("SUPPORT", OHCHR, PHL_GOV, B10),
        event("REQUEST", AMNESTY, PHL_GOV, B11, mode="change"),
        event("SANCTION", PHILIPPINES, ICC, B12, mode="withdraw"),
    ],
    "quotes": [
        quote("die Regierung habe lediglich ihre Verpflichtungen gegenüber Interpol erfüllt", "Ferdinand Marcos Jr.", "indirect"),
        quote("Das ist keine Verfolgung, das ist Rechtsstaatlichkeit", "Ferdinand Marcos Jr.", "direct"),
        quote("Entführung", "Sara Duterte", "direct"),
        quote("ihren Vater an ausländische Mächte ausgeliefert zu haben", "Sara Duterte", "indirect"),
        quote("wichtigen Schritt hin zu Gerechtigkeit", "UN Human Rights Office", "direct"),
        quote("bei dem nach Schätzungen von Menschenrechtlern Tausende Menschen getötet wurden", "human rights activists", "indirect"),
        quote("auch weitere Verantwortliche des Drogenkriegs vor Gericht zu stellen", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Rodrigo Duterte", "PER", "PHL", ["Der frühere philippinische Präsident Rodrigo Duterte", "den 79-Jährigen", "ihm", "Duterte", "Seine", "ihren Vater", "des Ex-Präsidenten", "seiner", "Dutertes"]),
        entity("International Criminal Court", "ORG", "IGO", ["des Internationalen Strafgerichtshofs (IStGH)", "IStGH", "Das Gericht", "dem Strafgerichtshof"]),
        entity("Netherlands", "GPE", "NLD", ["die Niederlande"]),
        entity("Philippine National Police", "ORG", "PHL", ["Polizisten"]),
        entity("Hong Kong", "LOC", "CHN", ["Hongkong"]),
        entity("Ninoy Aquino International Airport", "LOC", "PHL", ["Flughafen von Manila"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("human rights activists", "ORG", None, ["Menschenrechtlern"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr.", "er"]),
        entity("Government of the Philippines", "ORG", "PHL", ["die Regierung", "der Regierung", "die Regierung in Manila"]),
        entity("Interpol", "ORG", "IGO", ["Interpol"]),
        entity("Sara Duterte", "PER", "PHL", ["Seine Tochter, Vizepräsidentin Sara Duterte"]),
        entity("Duterte supporters", "ORG", "PHL", ["Anhänger des Ex-Präsidenten"]),
        entity("Davao", "LOC", "PHL", ["seiner Heimatstadt Davao"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["Das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("drug war victims", "ORG", "PHL", ["die Opfer"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Philippines", "GPE", "PHL", ["Die Philippinen"]),
    ],
}

# ---------------------------------------------------------------- hm105-de-03
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
KOR_ASSEMBLY = actor("National Assembly of South Korea", "KOR", "LEG")
DPK = actor("Democratic Party of Korea", "KOR", "PTY")
KOR_MIL = actor("South Korean military", "KOR", "MIL")
ML_COMMAND = actor("Martial Law Command", "KOR", "MIL")
KOR_PARTIES = actor("South Korean political parties", "KOR", "PTY")
KOR_MEDIA = actor("South Korean media", "KOR", "CVL")
KOR_PROTESTERS = actor("South Korean protesters", "KOR", "CVL")
WOO = actor("Woo Won-shik", "KOR", "LEG")
LEE_JM = actor("Lee Jae-myung", "KOR", "PTY")
USA_STATE = actor("United States Department of State", "USA", "GOV")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
YOON_AIDES = actor("Senior advisers to the President of South Korea", "KOR", "GOV")
KIM_YH = actor("Kim Yong-hyun", "KOR", "GOV")

C1 = "Südkoreas Präsident Yoon Suk Yeol hat das Kriegsrecht nach nur rund sechs Stunden wieder aufgehoben."
C2 = "Yoon hatte den Ausnahmezustand am späten Dienstagabend in einer überraschenden Fernsehansprache verhängt und der oppositionellen Demokratischen Partei vorgeworfen, mit Nordkorea zu sympathisieren und das Land zu lähmen."
C3 = "Er sprach von „staatsfeindlichen Kräften“, die er „ausrotten“ wolle."
C4 = "Soldaten einer Spezialeinheit drangen daraufhin in das Parlamentsgebäude in Seoul ein, Hubschrauber landeten auf dem Gelände."
C5 = "Das Kriegsrechtskommando untersagte per Dekret jede politische Betätigung, auch die des Parlaments."
C6 = "Dennoch gelangten 190 Abgeordnete in den Plenarsaal und stimmten einstimmig für die Aufhebung des Kriegsrechts."
C7 = "Vor dem Parlament versammelten sich Tausende Demonstranten und forderten Yoons Rücktritt."
C8 = "Parlamentspräsident Woo Won-shik erklärte das Dekret für „null und nichtig“."
C9 = "Der Vorsitzende der Demokratischen Partei, Lee Jae-myung, nannte die Verhängung illegal und kündigte an, seine Partei werde ein Amtsenthebungsverfahren gegen den Präsidenten anstrengen."
C10 = "Das US-Außenministerium zeigte sich „ernsthaft besorgt“ und forderte die Regierung in Seoul auf, politische Streitigkeiten friedlich und im Einklang mit dem Rechtsstaat beizulegen."
C11 = "Die Landeswährung Won fiel in der Nacht zeitweise auf den tiefsten Stand seit zwei Jahren."
C12 = "Verteidigungsminister Kim Yong-hyun übernahm am Mittwoch die Verantwortung für die Krise und reichte seinen Rücktritt ein."

DE03 = {
    "id": "hm105-de-03", "lang": "de", "url": None, "published": "2024-12-04",
    "title": "Südkoreas Präsident hebt Kriegsrecht nach sechs Stunden auf",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9], [C10, C11, C12]),
    "events": [
        event("CONCEDE", YOON, KOR_ASSEMBLY, C1, date="2024-12-04"),
        event("COERCE", YOON, None, C2, mode="martial-law", date="2024-12-03"),
        event("ACCUSE", YOON, DPK, C2, mode="allege", date="2024-12-03"),
        event("THREATEN", YOON, DPK, C3, date="2024-12-03"),
        event("MOBILIZE", KOR_MIL, KOR_ASSEMBLY, C4, mode="troops", date="2024-12-03", location="Seoul", location_country="KOR"),
        event("COERCE", ML_COMMAND, KOR_ASSEMBLY, C5, mode="restrict", date="2024-12-03"),
        event("REQUEST", KOR_ASSEMBLY, YOON, C6, mode="yield", date="2024-12-04", location="Seoul", location_country="KOR"),
        event("PROTEST", KOR_PROTESTERS, YOON, C7, mode="demo", location="Seoul", location_country="KOR"),
        event("REJECT", WOO, YOON, C8),
        event("ACCUSE", LEE_JM, YOON, C9, mode="disapprove"),
        event("THREATEN", LEE_JM, YOON, C9),
        event("ACCUSE", USA_STATE, KOR_GOV, C10, mode="disapprove"),
        event("REQUEST", USA_STATE, KOR_GOV, C10),
        event("CONCEDE", KIM_YH, None, C12, date="2024-12-04"),
        event("RETREAT", KIM_YH, None, C12, mode="resign", date="2024-12-04"),
    ],
    "quotes": [
        quote("mit Nordkorea zu sympathisieren und das Land zu lähmen", "Yoon Suk Yeol", "indirect"),
        quote("staatsfeindlichen Kräften", "Yoon Suk Yeol", "direct"),
        quote("ausrotten", "Yoon Suk Yeol", "direct"),
        quote("null und nichtig", "Woo Won-shik", "direct"),
        quote("seine Partei werde ein Amtsenthebungsverfahren gegen den Präsidenten anstrengen", "Lee Jae-myung", "indirect"),
        quote("ernsthaft besorgt", "United States Department of State", "direct"),
        quote("politische Streitigkeiten friedlich und im Einklang mit dem Rechtsstaat beizulegen", "United States Department of State", "indirect"),
    ],
    "entities": [
        entity("South Korea", "GPE", "KOR", ["Südkoreas", "das Land"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol", "Yoon", "Er", "er", "Yoons", "den Präsidenten"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["der oppositionellen Demokratischen Partei", "der Demokratischen Partei", "seine Partei"]),
        entity("North Korea", "GPE", "PRK", ["Nordkorea"]),
        entity("South Korean special forces", "ORG", "KOR", ["Soldaten einer Spezialeinheit"]),
        entity("National Assembly of South Korea", "ORG", "KOR", ["das Parlamentsgebäude in Seoul", "dem Gelände", "die des Parlaments", "190 Abgeordnete", "dem Parlament"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Martial Law Command", "ORG", "KOR", ["Das Kriegsrechtskommando"]),
        entity("South Korean protesters", "ORG", "KOR", ["Tausende Demonstranten"]),
        entity("Woo Won-shik", "PER", "KOR", ["Parlamentspräsident Woo Won-shik"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Der Vorsitzende der Demokratischen Partei, Lee Jae-myung"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Government of South Korea", "ORG", "KOR", ["die Regierung in Seoul"]),
        entity("Kim Yong-hyun", "PER", "KOR", ["Verteidigungsminister Kim Yong-hyun", "seinen"]),
    ],
}

# ---------------------------------------------------------------- hm105-de-04
KEN_POLICE = actor("Kenya National Police Service", "KEN", "COP")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
CONILLE = actor("Garry Conille", "HTI", "GOV")
KENYA = actor("Kenya", "KEN", "GOV")
CHERIZIER = actor("Jimmy Chérizier", "HTI", "REB")
HTI_GANGS = actor("Haitian gangs", "HTI", "REB")
HTI_POLICE = actor("Haitian National Police", "HTI", "COP")
HENRY = actor("Ariel Henry", "HTI", "GOV")
HR_GROUPS = actor("Human rights groups", "NGO", "NGO")
KEN_PROTESTERS = actor("Kenyan protesters", "KEN", "CVL")
KEN_PARL = actor("Parliament of Kenya", "KEN", "LEG")
USA_GOV = actor("United States", "USA", "GOV")

D1 = "In Haiti sind die ersten kenianischen Polizisten der multinationalen Sicherheitsmission eingetroffen."
D2 = "Eine Maschine mit rund 400 Beamten landete am Dienstag auf dem Flughafen der Hauptstadt Port-au-Prince."
D3 = "Die von den Vereinten Nationen gebilligte Mission soll die überforderte Nationalpolizei im Kampf gegen die Banden unterstützen, die weite Teile der Stadt kontrollieren."
D4 = "Kenias Präsident William Ruto hatte die Einheit in Nairobi verabschiedet und von einer „Mission für die Menschlichkeit“ gesprochen."
D5 = "Premierminister Garry Conille dankte Kenia und versprach, seine Regierung werde die ausländischen Sicherheitskräfte mit allen Mitteln unterstützen."
D6 = "Bandenführer Jimmy Chérizier, genannt „Barbecue“, drohte den kenianischen Polizisten in einem Video mit Widerstand."
D7 = "„Wir werden gegen jede Besatzungstruppe kämpfen“, sagte er."
D8 = "In den vergangenen Monaten hatten Banden Polizeiwachen, Gefängnisse und den Flughafen angegriffen."
D9 = "Die Gewalt hatte im April zum Rücktritt von Regierungschef Ariel Henry geführt."
D10 = "Menschenrechtsgruppen äußerten Zweifel an dem Einsatz und verwiesen auf Vorwürfe von Polizeigewalt in Kenia selbst."
D11 = "In Nairobi hatten Demonstranten am Dienstag das Parlament gestürmt, die Polizei schoss nach Angaben von Augenzeugen mit scharfer Munition in die Menge."
D12 = "Die USA, die den Einsatz größtenteils finanzieren, sagten Haiti weitere 109 Millionen Dollar zu."

DE04 = {
    "id": "hm105-de-04", "lang": "de", "url": None, "published": "2024-06-26",
    "title": "Erste kenianische Polizisten in Haiti eingetroffen",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9], [D10, D11, D12]),
    "events": [
        event("AID", KEN_POLICE, HTI_GOV, D1, date="2024-06-25", location="Port-au-Prince", location_country="HTI"),
        event("AID", KEN_POLICE, HTI_GOV, D2, date="2024-06-25", location="Port-au-Prince", location_country="HTI"),
        event("SUPPORT", CONILLE, KENYA, D5),
        event("AGREE", CONILLE, KEN_POLICE, D5),
        event("THREATEN", CHERIZIER, KEN_POLICE, D6, mode="violence"),
        event("THREATEN", CHERIZIER, KEN_POLICE, D7, mode="violence"),
        event("ASSAULT", HTI_GANGS, HTI_POLICE, D8),
        event("RETREAT", HENRY, None, D9, mode="resign"),
        event("ACCUSE", HR_GROUPS, KEN_POLICE, D10, mode="disapprove"),
        event("PROTEST", KEN_PROTESTERS, KEN_PARL, D11, mode="riot", date="2024-06-25", location="Nairobi", location_country="KEN"),
        event("ASSAULT", KEN_POLICE, KEN_PROTESTERS, D11, mode="firearms", date="2024-06-25", location="Nairobi", location_country="KEN"),
        event("AGREE", USA_GOV, HTI_GOV, D12),
    ],
    "quotes": [
        quote("Mission für die Menschlichkeit", "William Ruto", "direct"),
        quote("seine Regierung werde die ausländischen Sicherheitskräfte mit allen Mitteln unterstützen", "Garry Conille", "indirect"),
        quote("Wir werden gegen jede Besatzungstruppe kämpfen", "Jimmy Chérizier", "direct"),
        quote("die Polizei schoss nach Angaben von Augenzeugen mit scharfer Munition in die Menge", "eyewitnesses", "indirect"),
    ],
    "entities": [
        entity("Haiti", "GPE", "HTI", ["Haiti"]),
        entity("Kenya National Police Service", "ORG", "KEN", ["die ersten kenianischen Polizisten", "rund 400 Beamten", "die Einheit", "die ausländischen Sicherheitskräfte", "den kenianischen Polizisten", "die Polizei"]),
        entity("Multinational Security Support Mission", "ORG", "IGO", ["der multinationalen Sicherheitsmission", "Die von den Vereinten Nationen gebilligte Mission", "dem Einsatz", "den Einsatz"]),
        entity("Toussaint Louverture International Airport", "LOC", "HTI", ["dem Flughafen der Hauptstadt Port-au-Prince", "den Flughafen"]),
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince", "der Stadt"]),
        entity("Government of Haiti", "ORG", "HTI", ["seine Regierung"]),
        entity("United Nations", "ORG", "UNO", ["den Vereinten Nationen"]),
        entity("Haitian National Police", "ORG", "HTI", ["die überforderte Nationalpolizei", "Polizeiwachen"]),
        entity("Haitian gangs", "ORG", "HTI", ["die Banden", "Banden"]),
        entity("William Ruto", "PER", "KEN", ["Kenias Präsident William Ruto"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Garry Conille", "PER", "HTI", ["Premierminister Garry Conille"]),
        entity("Kenya", "GPE", "KEN", ["Kenia", "Kenias"]),
        entity("Jimmy Chérizier", "PER", "HTI", ["Bandenführer Jimmy Chérizier", "Barbecue", "er"]),
        entity("Haitian prisons", "LOC", "HTI", ["Gefängnisse"]),
        entity("Ariel Henry", "PER", "HTI", ["Regierungschef Ariel Henry"]),
        entity("Human rights groups", "ORG", None, ["Menschenrechtsgruppen"]),
        entity("Kenyan protesters", "ORG", "KEN", ["Demonstranten", "die Menge"]),
        entity("Parliament of Kenya", "ORG", "KEN", ["das Parlament"]),
        entity("eyewitnesses", "ORG", None, ["Augenzeugen"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
    ],
}

# ---------------------------------------------------------------- hm105-en-01
THA_MIL = actor("Royal Thai Armed Forces", "THA", "MIL")
KHM_MIL = actor("Royal Cambodian Armed Forces", "KHM", "MIL")
THA_CIVILIANS = actor("Thai civilians", "THA", "CVL")
KHM_MOD = actor("Ministry of National Defence of Cambodia", "KHM", "GOV")
PHUMTHAM = actor("Phumtham Wechayachai", "THA", "GOV")
CAMBODIA = actor("Cambodia", "KHM", "GOV")
THAILAND = actor("Thailand", "THA", "GOV")
HUN_MANET = actor("Hun Manet", "KHM", "GOV")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")

E1 = "Thailand launched air strikes on Cambodian military targets on Thursday as fighting erupted along the two countries' disputed border."
E2 = "The Thai army said it had scrambled six F-16 fighter jets and struck two Cambodian military positions near the Ta Muen Thom temple."
E3 = "Cambodian rocket fire killed at least 11 civilians and one soldier in Thailand's Sisaket and Surin provinces, including several people at a petrol station, according to the Thai health ministry."
E4 = "Cambodia's defence ministry accused Thailand of \"reckless and brutal military aggression\" and said its forces had acted in self-defence after Thai soldiers opened fire first."
E5 = "Acting Prime Minister Phumtham Wechayachai said the situation was \"delicate\" and would be handled in line with international law, but warned that Thailand would take stronger measures if Cambodia continued its attacks."
E6 = "Thailand closed all border crossings with Cambodia and recalled its ambassador from Phnom Penh."
E7 = "On Wednesday, Bangkok had expelled the Cambodian envoy after a landmine blast wounded five Thai soldiers on patrol."
E8 = "Phnom Penh responded by downgrading ties to the lowest level and withdrawing all but one of its diplomats from Bangkok."
E9 = "Cambodian Prime Minister Hun Manet asked the U.N. Security Council to convene an urgent meeting to stop what he called Thailand's \"unprovoked and premeditated\" aggression."
E10 = "Malaysian Prime Minister Anwar Ibrahim, who chairs the Association of Southeast Asian Nations this year, said he had urged both leaders to agree to an immediate ceasefire."
E11 = "\"We cannot allow this to escalate into a full-blown war,\" Anwar told reporters in Kuala Lumpur."

EN01 = {
    "id": "hm105-en-01", "lang": "en", "url": None, "published": "2025-07-24",
    "title": "Thailand launches air strikes as border clashes with Cambodia erupt",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11]),
    "events": [
        event("ASSAULT", THA_MIL, KHM_MIL, E1, mode="aerial", date="2025-07-24"),
        event("ASSAULT", THA_MIL, KHM_MIL, E2, mode="aerial", date="2025-07-24"),
        event("ASSAULT", KHM_MIL, THA_CIVILIANS, E3, mode="heavy-weapons", date="2025-07-24", location="Sisaket", location_country="THA"),
        event("ACCUSE", KHM_MOD, THAILAND, E4, mode="allege"),
        event("THREATEN", PHUMTHAM, CAMBODIA, E5, mode="violence"),
        event("SANCTION", THAILAND, CAMBODIA, E6, mode="discontinue", date="2025-07-24"),
        event("SANCTION", THAILAND, CAMBODIA, E7, mode="expel", date="2025-07-23"),
        event("SANCTION", CAMBODIA, THAILAND, E8, mode="withdraw", date="2025-07-24"),
        event("REQUEST", HUN_MANET, UNSC, E9, mode="meet"),
        event("ACCUSE", HUN_MANET, THAILAND, E9, mode="allege"),
        event("REQUEST", ANWAR, HUN_MANET, E10, mode="yield"),
        event("REQUEST", ANWAR, PHUMTHAM, E10, mode="yield"),
    ],
    "quotes": [
        quote("it had scrambled six F-16 fighter jets and struck two Cambodian military positions near the Ta Muen Thom temple", "Royal Thai Army", "indirect"),
        quote("Cambodian rocket fire killed at least 11 civilians and one soldier in Thailand's Sisaket and Surin provinces, including several people at a petrol station", "Ministry of Public Health of Thailand", "indirect"),
        quote("reckless and brutal military aggression", "Ministry of National Defence of Cambodia", "direct"),
        quote("its forces had acted in self-defence after Thai soldiers opened fire first", "Ministry of National Defence of Cambodia", "indirect"),
        quote("delicate", "Phumtham Wechayachai", "direct"),
        quote("the situation was \"delicate\" and would be handled in line with international law", "Phumtham Wechayachai", "indirect"),
        quote("Thailand would take stronger measures if Cambodia continued its attacks", "Phumtham Wechayachai", "indirect"),
        quote("unprovoked and premeditated", "Hun Manet", "direct"),
        quote("he had urged both leaders to agree to an immediate ceasefire", "Anwar Ibrahim", "indirect"),
        quote("We cannot allow this to escalate into a full-blown war", "Anwar Ibrahim", "direct"),
    ],
    "entities": [
        entity("Thailand", "GPE", "THA", ["Thailand", "Bangkok"]),
        entity("Cambodia", "GPE", "KHM", ["Cambodia", "Phnom Penh"]),
        entity("Thai-Cambodian border", "LOC", None, ["the two countries' disputed border"]),
        entity("Royal Thai Army", "ORG", "THA", ["The Thai army", "it"]),
        entity("Royal Cambodian Armed Forces", "ORG", "KHM", ["Cambodian military targets", "two Cambodian military positions", "its forces"]),
        entity("Ta Muen Thom temple", "LOC", None, ["the Ta Muen Thom temple"]),
        entity("Thai civilians", "ORG", "THA", ["at least 11 civilians", "several people at a petrol station"]),
        entity("Sisaket Province", "LOC", "THA", ["Sisaket"]),
        entity("Surin Province", "LOC", "THA", ["Surin"]),
        entity("Ministry of Public Health of Thailand", "ORG", "THA", ["the Thai health ministry"]),
        entity("Ministry of National Defence of Cambodia", "ORG", "KHM", ["Cambodia's defence ministry"]),
        entity("Thai soldiers", "ORG", "THA", ["Thai soldiers", "five Thai soldiers on patrol"]),
        entity("Phumtham Wechayachai", "PER", "THA", ["Acting Prime Minister Phumtham Wechayachai"]),
        entity("Ambassador of Thailand to Cambodia", "PER", "THA", ["its ambassador"]),
        entity("Ambassador of Cambodia to Thailand", "PER", "KHM", ["the Cambodian envoy"]),
        entity("Cambodian diplomats in Thailand", "ORG", "KHM", ["all but one of its diplomats"]),
        entity("Hun Manet", "PER", "KHM", ["Cambodian Prime Minister Hun Manet", "he"]),
        entity("United Nations Security Council", "ORG", "UNO", ["the U.N. Security Council"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Malaysian Prime Minister Anwar Ibrahim", "Anwar"]),
        entity("Association of Southeast Asian Nations", "ORG", "IGO", ["the Association of Southeast Asian Nations"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
    ],
}

# ---------------------------------------------------------------- hm105-en-02
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
MEXICO = actor("Mexico", "MEX", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
CHINA_F = actor("China", "CHN", "GOV")
USA_F = actor("United States", "USA", "GOV")
MEX_GUARD = actor("Mexican National Guard", "MEX", "MIL")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")

F1 = "Mexican President Claudia Sheinbaum said on Monday she had agreed with U.S. President Donald Trump to pause planned tariffs on Mexican goods for one month, after pledging to send 10,000 National Guard troops to the border."
F2 = "\"We had a good conversation with great respect for our relationship and sovereignty,\" Sheinbaum wrote on X after a phone call with Trump."
F3 = "Trump confirmed the pause in a post on Truth Social, saying Mexico had agreed to \"immediately supply\" the soldiers to stop the flow of fentanyl and illegal migrants."
F4 = "He had signed executive orders on Saturday imposing 25 percent tariffs on imports from Mexico and Canada, accusing both neighbours of failing to curb the flow of fentanyl into the United States."
F5 = "Sheinbaum said the troops would be deployed to the northern border immediately and that Washington in turn had committed to work to prevent the trafficking of high-powered weapons into Mexico."
F6 = "The first National Guard units began moving toward Ciudad Juarez and Tijuana on Monday evening."
F7 = "The two governments will also set up working groups on security and trade, led on the U.S. side by Secretary of State Marco Rubio, Sheinbaum said."
F8 = "Canada secured a similar 30-day reprieve later on Monday after Prime Minister Justin Trudeau promised to appoint a \"fentanyl czar\" and reinforce the border."
F9 = "China, which faces a separate 10 percent tariff from Tuesday, said it would take \"corresponding countermeasures\" and file a complaint with the World Trade Organization."
F10 = "The Mexican peso, which had fallen sharply in early trading, recovered after Sheinbaum's announcement."

EN02 = {
    "id": "hm105-en-02", "lang": "en", "url": None, "published": "2025-02-03",
    "title": "Trump pauses Mexico tariffs for a month as Sheinbaum sends troops to border",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10]),
    "events": [
        event("AGREE", SHEINBAUM, TRUMP, F1, date="2025-02-03"),
        event("CONCEDE", SHEINBAUM, TRUMP, F1, date="2025-02-03"),
        event("CONSULT", SHEINBAUM, TRUMP, F2, mode="phone", date="2025-02-03"),
        event("CONCEDE", TRUMP, MEXICO, F3, date="2025-02-03"),
        event("SANCTION", TRUMP, MEXICO, F4, mode="discontinue", date="2025-02-01"),
        event("SANCTION", TRUMP, CANADA, F4, mode="discontinue", date="2025-02-01"),
        event("ACCUSE", TRUMP, MEXICO, F4, mode="allege", date="2025-02-01"),
        event("ACCUSE", TRUMP, CANADA, F4, mode="allege", date="2025-02-01"),
        event("AGREE", USA_F, MEXICO, F5),
        event("MOBILIZE", MEX_GUARD, None, F6, mode="troops", date="2025-02-03", location_country="MEX"),
        event("AGREE", MEX_GOV, USA_F, F7),
        event("CONCEDE", TRUMP, CANADA, F8, date="2025-02-03"),
        event("CONCEDE", TRUDEAU, TRUMP, F8, date="2025-02-03"),
        event("THREATEN", CHINA_F, USA_F, F9),
        event("ACCUSE", CHINA_F, USA_F, F9, mode="allege"),
    ],
    "quotes": [
        quote("she had agreed with U.S. President Donald Trump to pause planned tariffs on Mexican goods for one month", "Claudia Sheinbaum", "indirect"),
        quote("We had a good conversation with great respect for our relationship and sovereignty", "Claudia Sheinbaum", "direct"),
        quote("Mexico had agreed to \"immediately supply\" the soldiers to stop the flow of fentanyl and illegal migrants", "Donald Trump", "indirect"),
        quote("immediately supply", "Donald Trump", "direct"),
        quote("the troops would be deployed to the northern border immediately and that Washington in turn had committed to work to prevent the trafficking of high-powered weapons into Mexico", "Claudia Sheinbaum", "indirect"),
        quote("The two governments will also set up working groups on security and trade, led on the U.S. side by Secretary of State Marco Rubio", "Claudia Sheinbaum", "indirect"),
        quote("fentanyl czar", "Justin Trudeau", "direct"),
        quote("it would take \"corresponding countermeasures\" and file a complaint with the World Trade Organization", "China", "indirect"),
        quote("corresponding countermeasures", "China", "direct"),
    ],
    "entities": [
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum", "she", "Sheinbaum", "Sheinbaum's"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump", "He"]),
        entity("Mexico", "GPE", "MEX", ["Mexico"]),
        entity("Mexican National Guard", "ORG", "MEX", ["10,000 National Guard troops", "the soldiers", "the troops", "The first National Guard units"]),
        entity("Mexico-United States border", "LOC", None, ["the border", "the northern border"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Truth Social", "ORG", "USA", ["Truth Social"]),
        entity("Canada", "GPE", "CAN", ["Canada"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Ciudad Juarez", "LOC", "MEX", ["Ciudad Juarez"]),
        entity("Tijuana", "LOC", "MEX", ["Tijuana"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau"]),
        entity("China", "GPE", "CHN", ["China", "it"]),
        entity("World Trade Organization", "ORG", "IGO", ["the World Trade Organization"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
