"""Round 106: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm106-de-01: Failed coup attempt by army chief Juan José Zúñiga in La Paz, Bolivia (2024-06-27).
- hm106-de-02: Indonesia's President Prabowo scraps lawmakers' perks after deadly riots (2025-08-31).
- hm106-de-03: China starts the "Joint Sword-2024A" exercise around Taiwan after Lai's inauguration (2024-05-23).
- hm106-de-04: Ecuadorian police storm the Mexican embassy in Quito and arrest Jorge Glas (2024-04-06).
- hm106-en-01: Philippines accuses China's coast guard of "piracy" at Second Thomas Shoal (2024-06-19).
- hm106-en-02: Colombia accepts U.S. deportation flights after Trump's tariff threat (2025-01-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm106-de-01
ZUNIGA = actor("Juan José Zúñiga", "BOL", "MIL")
BOL_ARMY = actor("Bolivian Army", "BOL", "MIL")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
ARCE = actor("Luis Arce", "BOL", "GOV")
BOL_POLICE = actor("Bolivian police", "BOL", "COP")
DEL_CASTILLO = actor("Eduardo del Castillo", "BOL", "GOV")
BOL_PROSECUTION = actor("Public Prosecutor's Office of Bolivia", "BOL", "JUD")
MORALES = actor("Evo Morales", "BOL", "PTY")
MORALES_SUPPORTERS = actor("Morales supporters", "BOL", "CVL")
OAS = actor("Organization of American States", "IGO", "IGO")
ALMAGRO = actor("Luis Almagro", "IGO", "IGO")

G1 = "In Bolivien ist ein Putschversuch von Teilen des Militärs nach wenigen Stunden gescheitert."
G2 = "Soldaten und gepanzerte Fahrzeuge unter dem Kommando des kurz zuvor abgesetzten Armeechefs Juan José Zúñiga hatten am Mittwochnachmittag die Plaza Murillo in La Paz besetzt, ein Panzer rammte das Tor des alten Regierungspalastes."
G3 = "Präsident Luis Arce stellte sich Zúñiga im Eingang des Palastes entgegen und forderte ihn auf, die Truppen abzuziehen."
G4 = "„Ich bin Ihr Oberbefehlshaber und befehle Ihnen, Ihre Soldaten zurückzuziehen“, sagte Arce in einer im Fernsehen übertragenen Szene."
G5 = "Wenig später vereidigte der Staatschef eine neue Militärführung, kurz darauf zogen sich Soldaten und Panzer vom Platz zurück."
G6 = "Polizisten nahmen Zúñiga noch am Abend vor dem Generalkommando der Armee fest."
G7 = "Kurz vor seiner Festnahme hatte der General vor Journalisten behauptet, Arce selbst habe ihn gebeten, etwas zu unternehmen, um seine Popularität zu steigern."
G8 = "Regierungsminister Eduardo del Castillo wies dies als „Lüge“ zurück und kündigte an, alle Beteiligten würden zur Rechenschaft gezogen."
G9 = "Die Staatsanwaltschaft leitete Ermittlungen gegen Zúñiga wegen bewaffneten Aufstands und Terrorismus ein."
G10 = "Ex-Präsident Evo Morales, der mit Arce um die Präsidentschaftskandidatur der Regierungspartei MAS ringt, rief seine Anhänger auf, die Demokratie zu verteidigen."
G11 = "Die Organisation Amerikanischer Staaten (OAS) verurteilte den Umsturzversuch, Generalsekretär Luis Almagro erklärte, die Armee müsse sich der legitim gewählten zivilen Regierung unterordnen."

DE01 = {
    "id": "hm106-de-01", "lang": "de", "url": None, "published": "2024-06-27",
    "title": "Putschversuch in Bolivien nach wenigen Stunden gescheitert",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11]),
    "events": [
        event("MOBILIZE", BOL_ARMY, BOL_GOV, G2, mode="troops", date="2024-06-26", location="La Paz", location_country="BOL"),
        event("REQUEST", ARCE, ZUNIGA, G3, mode="yield", date="2024-06-26", location="La Paz", location_country="BOL"),
        event("REQUEST", ARCE, ZUNIGA, G4, mode="yield", date="2024-06-26", location="La Paz", location_country="BOL"),
        event("RETREAT", BOL_ARMY, None, G5, mode="withdraw", date="2024-06-26", location="La Paz", location_country="BOL"),
        event("COERCE", BOL_POLICE, ZUNIGA, G6, mode="arrest", date="2024-06-26", location="La Paz", location_country="BOL"),
        event("ACCUSE", ZUNIGA, ARCE, G7, mode="allege", date="2024-06-26"),
        event("THREATEN", DEL_CASTILLO, ZUNIGA, G8, mode="arrest"),
        event("ACCUSE", BOL_PROSECUTION, ZUNIGA, G9, mode="investigate"),
        event("REQUEST", MORALES, MORALES_SUPPORTERS, G10),
        event("ACCUSE", OAS, BOL_ARMY, G11, mode="disapprove"),
        event("REQUEST", ALMAGRO, BOL_ARMY, G11),
    ],
    "quotes": [
        quote("die Truppen abzuziehen", "Luis Arce", "indirect"),
        quote("Ich bin Ihr Oberbefehlshaber und befehle Ihnen, Ihre Soldaten zurückzuziehen", "Luis Arce", "direct"),
        quote("Arce selbst habe ihn gebeten, etwas zu unternehmen, um seine Popularität zu steigern", "Juan José Zúñiga", "indirect"),
        quote("Lüge", "Eduardo del Castillo", "direct"),
        quote("alle Beteiligten würden zur Rechenschaft gezogen", "Eduardo del Castillo", "indirect"),
        quote("die Demokratie zu verteidigen", "Evo Morales", "indirect"),
        quote("die Armee müsse sich der legitim gewählten zivilen Regierung unterordnen", "Luis Almagro", "indirect"),
    ],
    "entities": [
        entity("Bolivia", "GPE", "BOL", ["Bolivien"]),
        entity("Bolivian Army", "ORG", "BOL", ["Teilen des Militärs", "Soldaten und gepanzerte Fahrzeuge", "ein Panzer", "die Truppen", "Ihre Soldaten", "Soldaten und Panzer", "die Armee"]),
        entity("Juan José Zúñiga", "PER", "BOL", ["des kurz zuvor abgesetzten Armeechefs Juan José Zúñiga", "Zúñiga", "ihn", "Ihnen", "seiner", "der General"]),
        entity("Plaza Murillo", "LOC", "BOL", ["die Plaza Murillo in La Paz", "vom Platz"]),
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Palacio Quemado", "LOC", "BOL", ["des alten Regierungspalastes", "des Palastes"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "Arce", "der Staatschef"]),
        entity("Bolivian military high command", "ORG", "BOL", ["eine neue Militärführung"]),
        entity("Bolivian police", "ORG", "BOL", ["Polizisten"]),
        entity("General Command of the Bolivian Army", "LOC", "BOL", ["dem Generalkommando der Armee"]),
        entity("journalists", "ORG", None, ["Journalisten"]),
        entity("Eduardo del Castillo", "PER", "BOL", ["Regierungsminister Eduardo del Castillo"]),
        entity("coup participants", "ORG", "BOL", ["alle Beteiligten"]),
        entity("Public Prosecutor's Office of Bolivia", "ORG", "BOL", ["Die Staatsanwaltschaft"]),
        entity("Evo Morales", "PER", "BOL", ["Ex-Präsident Evo Morales"]),
        entity("Movement for Socialism", "ORG", "BOL", ["der Regierungspartei MAS"]),
        entity("Morales supporters", "ORG", "BOL", ["seine Anhänger"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten (OAS)", "OAS"]),
        entity("Luis Almagro", "PER", "IGO", ["Generalsekretär Luis Almagro"]),
        entity("Government of Bolivia", "ORG", "BOL", ["der legitim gewählten zivilen Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm106-de-02
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
IDN_PROTESTERS = actor("Indonesian protesters", "IDN", "CVL")
IDN_PARTY_LEADERS = actor("Indonesian party leaders", "IDN", "PTY")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
IDN_MIL = actor("Indonesian National Armed Forces", "IDN", "MIL")
BRIMOB = actor("Brimob", "IDN", "COP")
KURNIAWAN = actor("Affan Kurniawan", "IDN", "CVL")
IDN_DPR = actor("House of Representatives of Indonesia", "IDN", "LEG")
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")
MAKASSAR_COUNCIL = actor("Makassar City Council", "IDN", "LEG")
SRI_MULYANI = actor("Sri Mulyani Indrawati", "IDN", "GOV")
CHINA_H = actor("China", "CHN", "GOV")
KURNIAWAN_FAMILY = actor("Family of Affan Kurniawan", "IDN", "CVL")
AMNESTY_IDN = actor("Amnesty International Indonesia", "NGO", "NGO")

H1 = "Nach tagelangen gewaltsamen Protesten hat Indonesiens Präsident Prabowo Subianto umstrittene Zulagen für Parlamentsabgeordnete zurückgenommen."
H2 = "Die Vorsitzenden der Parlamentsparteien hätten sich darauf geeinigt, die Wohnungspauschale und Auslandsreisen der Abgeordneten zu streichen, sagte Prabowo am Sonntag im Präsidentenpalast in Jakarta."
H3 = "Zugleich wies er Polizei und Armee an, „mit aller Härte“ gegen Plünderer und Randalierer vorzugehen."
H4 = "Einige Ausschreitungen trügen Anzeichen von „Hochverrat und Terrorismus“, sagte der Präsident."
H5 = "Auslöser der Unruhen war der Tod des 21-jährigen Motorradkuriers Affan Kurniawan, der am Donnerstag am Rande einer Demonstration vor dem Parlament in Jakarta von einem gepanzerten Fahrzeug der Polizei-Eliteeinheit Brimob überrollt worden war."
H6 = "Videos des Vorfalls verbreiteten sich rasch in sozialen Netzwerken, in zahlreichen Städten gingen daraufhin Zehntausende auf die Straße."
H7 = "In Makassar auf der Insel Sulawesi setzten Demonstranten das Gebäude des Stadtparlaments in Brand, mindestens drei Menschen kamen ums Leben."
H8 = "In Jakarta setzte die Polizei Tränengas und Wasserwerfer gegen Demonstranten ein, die Steine und Brandsätze warfen."
H9 = "Prabowo sagte wegen der Lage eine geplante Reise nach China ab, wo er an einer Militärparade in Peking teilnehmen wollte."
H10 = "Die Polizeiführung entschuldigte sich bei der Familie des getöteten Kuriers; sieben Brimob-Beamte wurden nach Polizeiangaben vorläufig festgenommen."
H11 = "Die Unruhen gelten als die schwersten seit Prabowos Amtsantritt im Oktober 2024."

DE02 = {
    "id": "hm106-de-02", "lang": "de", "url": None, "published": "2025-08-31",
    "title": "Indonesiens Präsident streicht Zulagen für Abgeordnete nach Unruhen",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11]),
    "events": [
        event("CONCEDE", PRABOWO, IDN_PROTESTERS, H1, date="2025-08-31"),
        event("AGREE", IDN_PARTY_LEADERS, None, H2),
        event("REQUEST", PRABOWO, IDN_POLICE, H3, date="2025-08-31"),
        event("REQUEST", PRABOWO, IDN_MIL, H3, date="2025-08-31"),
        event("ACCUSE", PRABOWO, IDN_PROTESTERS, H4, mode="allege", date="2025-08-31"),
        event("ASSAULT", BRIMOB, KURNIAWAN, H5, date="2025-08-28", location="Jakarta", location_country="IDN"),
        event("PROTEST", IDN_PROTESTERS, IDN_DPR, H5, mode="demo", date="2025-08-28", location="Jakarta", location_country="IDN"),
        event("PROTEST", IDN_PROTESTERS, IDN_GOV, H6, mode="demo"),
        event("PROTEST", IDN_PROTESTERS, MAKASSAR_COUNCIL, H7, mode="riot", location="Makassar", location_country="IDN"),
        event("ASSAULT", IDN_POLICE, IDN_PROTESTERS, H8, mode="crowd-control", location="Jakarta", location_country="IDN"),
        event("ASSAULT", IDN_PROTESTERS, IDN_POLICE, H8, mode="primitive", location="Jakarta", location_country="IDN"),
        event("REJECT", PRABOWO, CHINA_H, H9, mode="meet"),
        event("CONCEDE", IDN_POLICE, KURNIAWAN_FAMILY, H10),
        event("COERCE", IDN_POLICE, BRIMOB, H10, mode="arrest"),
    ],
    "quotes": [
        quote("Die Vorsitzenden der Parlamentsparteien hätten sich darauf geeinigt, die Wohnungspauschale und Auslandsreisen der Abgeordneten zu streichen", "Prabowo Subianto", "indirect"),
        quote("mit aller Härte", "Prabowo Subianto", "direct"),
        quote("„mit aller Härte“ gegen Plünderer und Randalierer vorzugehen", "Prabowo Subianto", "indirect"),
        quote("Einige Ausschreitungen trügen Anzeichen von „Hochverrat und Terrorismus“", "Prabowo Subianto", "indirect"),
        quote("Hochverrat und Terrorismus", "Prabowo Subianto", "direct"),
        quote("sieben Brimob-Beamte wurden nach Polizeiangaben vorläufig festgenommen", "Indonesian National Police", "indirect"),
    ],
    "entities": [
        entity("Indonesia", "GPE", "IDN", ["Indonesiens"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Präsident Prabowo Subianto", "Prabowo", "er", "der Präsident", "Prabowos"]),
        entity("House of Representatives of Indonesia", "ORG", "IDN", ["Parlamentsabgeordnete", "der Abgeordneten", "dem Parlament"]),
        entity("Indonesian party leaders", "ORG", "IDN", ["Die Vorsitzenden der Parlamentsparteien"]),
        entity("Merdeka Palace", "LOC", "IDN", ["Präsidentenpalast in Jakarta"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Indonesian National Police", "ORG", "IDN", ["Polizei", "die Polizei", "Die Polizeiführung"]),
        entity("Indonesian National Armed Forces", "ORG", "IDN", ["Armee"]),
        entity("Indonesian rioters", "ORG", "IDN", ["Plünderer und Randalierer"]),
        entity("Affan Kurniawan", "PER", "IDN", ["des 21-jährigen Motorradkuriers Affan Kurniawan", "des getöteten Kuriers"]),
        entity("Brimob", "ORG", "IDN", ["der Polizei-Eliteeinheit Brimob", "sieben Brimob-Beamte"]),
        entity("Indonesian protesters", "ORG", "IDN", ["Zehntausende", "Demonstranten"]),
        entity("Makassar", "LOC", "IDN", ["Makassar"]),
        entity("Sulawesi", "LOC", "IDN", ["der Insel Sulawesi"]),
        entity("Makassar City Council", "ORG", "IDN", ["das Gebäude des Stadtparlaments"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Family of Affan Kurniawan", "ORG", "IDN", ["der Familie des getöteten Kuriers"]),
    ],
}

# ---------------------------------------------------------------- hm106-de-03
PLA = actor("People's Liberation Army", "CHN", "MIL")
ETC = actor("Eastern Theater Command", "CHN", "MIL")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
LAI = actor("Lai Ching-te", "TWN", "GOV")
WANG_WENBIN = actor("Wang Wenbin", "CHN", "GOV")
TWN_MOD = actor("Ministry of National Defense of Taiwan", "TWN", "MIL")
CHINA_I = actor("China", "CHN", "GOV")
USA_STATE = actor("United States Department of State", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
JAPAN = actor("Japan", "JPN", "GOV")

I1 = "China hat drei Tage nach dem Amtsantritt des neuen taiwanischen Präsidenten Lai Ching-te ein großangelegtes Militärmanöver rund um die Insel begonnen."
I2 = "Einheiten von Heer, Marine, Luftwaffe und Raketenstreitkräften übten am Donnerstag unter dem Namen „Joint Sword-2024A“ die Blockade wichtiger Häfen und Angriffe auf militärische Ziele."
I3 = "Das Manöver sei eine „harte Strafe“ für die „separatistischen Kräfte“, erklärte ein Sprecher des für Taiwan zuständigen Ostkommandos der Volksbefreiungsarmee."
I4 = "Außenamtssprecher Wang Wenbin sagte in Peking, Lai habe mit seiner Antrittsrede das Ein-China-Prinzip „schwer verletzt“."
I5 = "„Die Unabhängigkeitskräfte werden mit blutigen Köpfen enden“, fügte er hinzu."
I6 = "Taiwans Verteidigungsministerium verurteilte die „irrationalen Provokationen“ und versetzte Luft-, See- und Bodentruppen in Alarmbereitschaft."
I7 = "Bis zum Abend näherten sich 49 chinesische Militärflugzeuge sowie 19 Kriegs- und Küstenwachschiffe der Insel."
I8 = "Präsident Lai sagte bei einem Besuch eines Marinestützpunkts in Taoyuan, er werde die Freiheit und Demokratie des Landes verteidigen."
I9 = "Peking rief er zugleich zum Dialog auf."
I10 = "Das US-Außenministerium äußerte sich „zutiefst besorgt“ und forderte China auf, Zurückhaltung zu üben."
I11 = "Auch die Europäische Union und Japan mahnten Peking, die Spannungen nicht weiter zu verschärfen."
I12 = "Peking betrachtet die demokratisch regierte Insel als Teil seines Territoriums."

DE03 = {
    "id": "hm106-de-03", "lang": "de", "url": None, "published": "2024-05-23",
    "title": "China startet Großmanöver um Taiwan",
    "text": paragraphs([I1, I2, I3, I4, I5], [I6, I7, I8, I9], [I10, I11, I12]),
    "events": [
        event("MOBILIZE", PLA, TWN_GOV, I1, mode="troops", date="2024-05-23", location="Taiwan Strait"),
        event("MOBILIZE", PLA, TWN_GOV, I2, mode="troops", date="2024-05-23", location="Taiwan Strait"),
        event("ACCUSE", ETC, TWN_GOV, I3, mode="allege"),
        event("ACCUSE", WANG_WENBIN, LAI, I4, mode="allege", location="Beijing", location_country="CHN"),
        event("THREATEN", WANG_WENBIN, TWN_GOV, I5, mode="violence"),
        event("ACCUSE", TWN_MOD, PLA, I6, mode="disapprove", date="2024-05-23"),
        event("MOBILIZE", TWN_MOD, PLA, I6, mode="troops", date="2024-05-23"),
        event("MOBILIZE", PLA, TWN_GOV, I7, mode="weapons", date="2024-05-23"),
        event("REQUEST", LAI, CHINA_I, I9, mode="meet", date="2024-05-23"),
        event("ACCUSE", USA_STATE, CHINA_I, I10, mode="disapprove"),
        event("REQUEST", USA_STATE, CHINA_I, I10),
        event("REQUEST", EU, CHINA_I, I11),
        event("REQUEST", JAPAN, CHINA_I, I11),
    ],
    "quotes": [
        quote("Joint Sword-2024A", "People's Liberation Army", "direct"),
        quote("Das Manöver sei eine „harte Strafe“ für die „separatistischen Kräfte“", "Spokesperson of the Eastern Theater Command", "indirect"),
        quote("harte Strafe", "Spokesperson of the Eastern Theater Command", "direct"),
        quote("separatistischen Kräfte", "Spokesperson of the Eastern Theater Command", "direct"),
        quote("Lai habe mit seiner Antrittsrede das Ein-China-Prinzip „schwer verletzt“", "Wang Wenbin", "indirect"),
        quote("schwer verletzt", "Wang Wenbin", "direct"),
        quote("Die Unabhängigkeitskräfte werden mit blutigen Köpfen enden", "Wang Wenbin", "direct"),
        quote("irrationalen Provokationen", "Ministry of National Defense of Taiwan", "direct"),
        quote("er werde die Freiheit und Demokratie des Landes verteidigen", "Lai Ching-te", "indirect"),
        quote("zutiefst besorgt", "United States Department of State", "direct"),
        quote("Zurückhaltung zu üben", "United States Department of State", "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("Lai Ching-te", "PER", "TWN", ["des neuen taiwanischen Präsidenten Lai Ching-te", "Lai", "Präsident Lai", "er"]),
        entity("Taiwan", "GPE", "TWN", ["die Insel", "Taiwan", "Taiwans", "der Insel", "des Landes", "die demokratisch regierte Insel"]),
        entity("People's Liberation Army", "ORG", "CHN", ["Einheiten von Heer, Marine, Luftwaffe und Raketenstreitkräften", "der Volksbefreiungsarmee", "49 chinesische Militärflugzeuge sowie 19 Kriegs- und Küstenwachschiffe"]),
        entity("Eastern Theater Command", "ORG", "CHN", ["des für Taiwan zuständigen Ostkommandos der Volksbefreiungsarmee"]),
        entity("Spokesperson of the Eastern Theater Command", "PER", "CHN", ["ein Sprecher des für Taiwan zuständigen Ostkommandos der Volksbefreiungsarmee"]),
        entity("Taiwanese independence forces", "ORG", "TWN", ["die „separatistischen Kräfte“", "Die Unabhängigkeitskräfte"]),
        entity("Wang Wenbin", "PER", "CHN", ["Außenamtssprecher Wang Wenbin", "er"]),
        entity("Ministry of National Defense of Taiwan", "ORG", "TWN", ["Taiwans Verteidigungsministerium"]),
        entity("Republic of China Armed Forces", "ORG", "TWN", ["Luft-, See- und Bodentruppen"]),
        entity("Taoyuan", "LOC", "TWN", ["Taoyuan"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Japan", "GPE", "JPN", ["Japan"]),
    ],
}

# ---------------------------------------------------------------- hm106-de-04
ECU_POLICE = actor("National Police of Ecuador", "ECU", "COP")
MEXICO = actor("Mexico", "MEX", "GOV")
GLAS = actor("Jorge Glas", "ECU", "OPP")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
ECUADOR = actor("Ecuador", "ECU", "GOV")
BARCENA = actor("Alicia Bárcena", "MEX", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
ECU_PROSECUTION = actor("Attorney General's Office of Ecuador", "ECU", "JUD")
NICARAGUA = actor("Nicaragua", "NIC", "GOV")
BRAZIL = actor("Brazil", "BRA", "GOV")
COLOMBIA = actor("Colombia", "COL", "GOV")
OAS_J = actor("Organization of American States", "IGO", "IGO")

J1 = "Ecuadorianische Polizisten haben in der Nacht zum Samstag die mexikanische Botschaft in Quito gestürmt und den früheren Vizepräsidenten Jorge Glas festgenommen."
J2 = "Glas hatte sich seit Dezember in der Botschaft aufgehalten, Mexiko hatte ihm nur Stunden vor der Erstürmung politisches Asyl gewährt."
J3 = "Mexikos Präsident Andrés Manuel López Obrador sprach von einer „flagranten Verletzung des Völkerrechts“ und ordnete den Abbruch der diplomatischen Beziehungen zu Ecuador an."
J4 = "Das Botschaftspersonal werde umgehend ausgeflogen, teilte Außenministerin Alicia Bárcena mit."
J5 = "Ein mexikanischer Diplomat, der sich den Beamten entgegenstellte, wurde nach mexikanischen Angaben zu Boden gestoßen."
J6 = "Die Regierung von Präsident Daniel Noboa verteidigte den Einsatz."
J7 = "Glas sei ein rechtskräftig verurteilter Straftäter, Mexiko habe das Asyl missbräuchlich gewährt, hieß es in einer Mitteilung des Präsidialamts."
J8 = "Die Staatsanwaltschaft ermittelt gegen den 54-Jährigen wegen mutmaßlicher Veruntreuung von Geldern für den Wiederaufbau nach dem Erdbeben von 2016."
J9 = "Glas wurde noch in der Nacht in ein Hochsicherheitsgefängnis in Guayaquil gebracht."
J10 = "Nicaragua brach am Samstag aus Solidarität mit Mexiko ebenfalls die Beziehungen zu Ecuador ab."
J11 = "Die Regierungen Brasiliens und Kolumbiens verurteilten den Vorfall scharf."
J12 = "Die Organisation Amerikanischer Staaten kündigte eine Sondersitzung ihres Ständigen Rates für die kommende Woche an."

DE04 = {
    "id": "hm106-de-04", "lang": "de", "url": None, "published": "2024-04-06",
    "title": "Ecuador stürmt mexikanische Botschaft – Mexiko bricht Beziehungen ab",
    "text": paragraphs([J1, J2, J3, J4, J5], [J6, J7, J8, J9], [J10, J11, J12]),
    "events": [
        event("COERCE", ECU_POLICE, MEXICO, J1, mode="seize", date="2024-04-05", location="Quito", location_country="ECU"),
        event("COERCE", ECU_POLICE, GLAS, J1, mode="arrest", date="2024-04-05", location="Quito", location_country="ECU"),
        event("AID", MEXICO, GLAS, J2, date="2024-04-05"),
        event("ACCUSE", AMLO, ECUADOR, J3, mode="allege"),
        event("SANCTION", AMLO, ECUADOR, J3, mode="discontinue"),
        event("SANCTION", BARCENA, ECUADOR, J4, mode="withdraw"),
        event("ACCUSE", MEX_GOV, ECU_POLICE, J5, mode="allege"),
        event("ACCUSE", ECU_GOV, MEXICO, J7, mode="allege"),
        event("ACCUSE", ECU_PROSECUTION, GLAS, J8, mode="investigate"),
        event("SANCTION", NICARAGUA, ECUADOR, J10, mode="discontinue", date="2024-04-06"),
        event("ACCUSE", BRAZIL, ECUADOR, J11, mode="disapprove"),
        event("ACCUSE", COLOMBIA, ECUADOR, J11, mode="disapprove"),
        event("AGREE", OAS_J, None, J12),
    ],
    "quotes": [
        quote("flagranten Verletzung des Völkerrechts", "Andrés Manuel López Obrador", "direct"),
        quote("Das Botschaftspersonal werde umgehend ausgeflogen", "Alicia Bárcena", "indirect"),
        quote("Ein mexikanischer Diplomat, der sich den Beamten entgegenstellte, wurde nach mexikanischen Angaben zu Boden gestoßen", "Government of Mexico", "indirect"),
        quote("Glas sei ein rechtskräftig verurteilter Straftäter, Mexiko habe das Asyl missbräuchlich gewährt", "Office of the President of Ecuador", "indirect"),
    ],
    "entities": [
        entity("National Police of Ecuador", "ORG", "ECU", ["Ecuadorianische Polizisten", "den Beamten"]),
        entity("Embassy of Mexico in Quito", "LOC", "ECU", ["die mexikanische Botschaft in Quito", "der Botschaft"]),
        entity("Quito", "LOC", "ECU", ["Quito"]),
        entity("Jorge Glas", "PER", "ECU", ["den früheren Vizepräsidenten Jorge Glas", "Glas", "ihm", "den 54-Jährigen"]),
        entity("Mexico", "GPE", "MEX", ["Mexiko", "Mexikos"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Mexikos Präsident Andrés Manuel López Obrador"]),
        entity("Ecuador", "GPE", "ECU", ["Ecuador"]),
        entity("Mexican embassy staff in Quito", "ORG", "MEX", ["Das Botschaftspersonal"]),
        entity("Alicia Bárcena", "PER", "MEX", ["Außenministerin Alicia Bárcena"]),
        entity("Roberto Canseco", "PER", "MEX", ["Ein mexikanischer Diplomat"]),
        entity("Government of Ecuador", "ORG", "ECU", ["Die Regierung von Präsident Daniel Noboa"]),
        entity("Daniel Noboa", "PER", "ECU", ["Präsident Daniel Noboa"]),
        entity("Office of the President of Ecuador", "ORG", "ECU", ["des Präsidialamts"]),
        entity("Attorney General's Office of Ecuador", "ORG", "ECU", ["Die Staatsanwaltschaft"]),
        entity("La Roca prison", "LOC", "ECU", ["ein Hochsicherheitsgefängnis in Guayaquil"]),
        entity("Guayaquil", "LOC", "ECU", ["Guayaquil"]),
        entity("Nicaragua", "GPE", "NIC", ["Nicaragua"]),
        entity("Brazil", "GPE", "BRA", ["Brasiliens"]),
        entity("Colombia", "GPE", "COL", ["Kolumbiens"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten"]),
        entity("Permanent Council of the OAS", "ORG", "IGO", ["ihres Ständigen Rates"]),
    ],
}

# ---------------------------------------------------------------- hm106-en-01
PHL_MIL = actor("Armed Forces of the Philippines", "PHL", "MIL")
CCG = actor("China Coast Guard", "CHN", "COP")
BRAWNER = actor("Romeo Brawner", "PHL", "MIL")
CHINA_K = actor("China", "CHN", "GOV")
PHL_NAVY = actor("Philippine Navy", "PHL", "MIL")
PHILIPPINES = actor("Philippines", "PHL", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
USA_K = actor("United States", "USA", "GOV")
JAPAN_K = actor("Japan", "JPN", "GOV")
AUSTRALIA = actor("Australia", "AUS", "GOV")
PHL_DFA = actor("Department of Foreign Affairs of the Philippines", "PHL", "GOV")

K1 = "The Philippine military on Wednesday accused China's coast guard of \"piracy,\" saying its personnel had boarded navy boats and seized firearms during a resupply mission in the South China Sea on Monday."
K2 = "Armed Forces chief General Romeo Brawner said Chinese personnel armed with knives, axes and spears had rammed and punctured the inflatable boats near Second Thomas Shoal, and that one Filipino sailor lost a thumb in the melee."
K3 = "\"They have no right or legal authority to hijack our operations,\" Brawner told reporters, demanding that China return seven seized rifles and pay for the damage."
K4 = "Video released by the military showed Chinese coast guard personnel brandishing blades and blowing sirens as they surrounded the Philippine boats."
K5 = "China's coast guard said it had taken \"necessary control measures\" against the vessels after they \"illegally intruded\" into waters near the shoal, which Beijing calls Ren'ai Jiao."
K6 = "Chinese foreign ministry spokesman Lin Jian accused Manila of \"deliberately provoking\" Beijing."
K7 = "The shoal hosts a handful of Filipino marines stationed aboard the BRP Sierra Madre, a rusting warship Manila deliberately grounded there in 1999 to assert its claims."
K8 = "The United States, a treaty ally of Manila, condemned China's \"aggressive, dangerous maneuvers\" and reaffirmed its commitments under the 1951 Mutual Defense Treaty."
K9 = "Japan and Australia also voiced concern over China's actions."
K10 = "The Philippine foreign ministry said it had lodged a diplomatic protest with the Chinese embassy in Manila, one of dozens filed since 2023."

EN01 = {
    "id": "hm106-en-01", "lang": "en", "url": None, "published": "2024-06-19",
    "title": "Philippines accuses China's coast guard of 'piracy' in South China Sea clash",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10]),
    "events": [
        event("ACCUSE", PHL_MIL, CCG, K1, mode="allege", date="2024-06-19"),
        event("ACCUSE", BRAWNER, CCG, K2, mode="allege"),
        event("ACCUSE", BRAWNER, CCG, K3, mode="disapprove"),
        event("REQUEST", BRAWNER, CHINA_K, K3, mode="yield"),
        event("THREATEN", CCG, PHL_NAVY, K4, mode="violence", date="2024-06-17", location="Second Thomas Shoal"),
        event("COERCE", CCG, PHL_NAVY, K5, date="2024-06-17", location="Second Thomas Shoal"),
        event("ACCUSE", CCG, PHL_NAVY, K5, mode="allege"),
        event("ACCUSE", LIN_JIAN, PHILIPPINES, K6, mode="allege"),
        event("ACCUSE", USA_K, CHINA_K, K8, mode="disapprove"),
        event("AGREE", USA_K, PHILIPPINES, K8),
        event("ACCUSE", JAPAN_K, CHINA_K, K9, mode="disapprove"),
        event("ACCUSE", AUSTRALIA, CHINA_K, K9, mode="disapprove"),
        event("ACCUSE", PHL_DFA, CHINA_K, K10, mode="disapprove", location="Manila", location_country="PHL"),
    ],
    "quotes": [
        quote("piracy", "Armed Forces of the Philippines", "direct"),
        quote("its personnel had boarded navy boats and seized firearms during a resupply mission in the South China Sea on Monday", "Armed Forces of the Philippines", "indirect"),
        quote("Chinese personnel armed with knives, axes and spears had rammed and punctured the inflatable boats near Second Thomas Shoal, and that one Filipino sailor lost a thumb in the melee", "Romeo Brawner", "indirect"),
        quote("They have no right or legal authority to hijack our operations", "Romeo Brawner", "direct"),
        quote("China return seven seized rifles and pay for the damage", "Romeo Brawner", "indirect"),
        quote("it had taken \"necessary control measures\" against the vessels after they \"illegally intruded\" into waters near the shoal", "China Coast Guard", "indirect"),
        quote("necessary control measures", "China Coast Guard", "direct"),
        quote("illegally intruded", "China Coast Guard", "direct"),
        quote("deliberately provoking", "Lin Jian", "direct"),
        quote("aggressive, dangerous maneuvers", "United States", "direct"),
        quote("it had lodged a diplomatic protest with the Chinese embassy in Manila, one of dozens filed since 2023", "Department of Foreign Affairs of the Philippines", "indirect"),
    ],
    "entities": [
        entity("Armed Forces of the Philippines", "ORG", "PHL", ["The Philippine military", "the military"]),
        entity("China Coast Guard", "ORG", "CHN", ["China's coast guard", "its personnel", "Chinese personnel armed with knives, axes and spears", "Chinese coast guard personnel"]),
        entity("Philippine Navy", "ORG", "PHL", ["navy boats", "the inflatable boats", "the Philippine boats", "the vessels"]),
        entity("South China Sea", "LOC", None, ["the South China Sea"]),
        entity("Romeo Brawner", "PER", "PHL", ["Armed Forces chief General Romeo Brawner", "Brawner"]),
        entity("Second Thomas Shoal", "LOC", None, ["Second Thomas Shoal", "the shoal", "Ren'ai Jiao"]),
        entity("Filipino sailor", "PER", "PHL", ["one Filipino sailor"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("China", "GPE", "CHN", ["China", "Beijing", "China's"]),
        entity("Lin Jian", "PER", "CHN", ["Chinese foreign ministry spokesman Lin Jian"]),
        entity("Philippines", "GPE", "PHL", ["Manila"]),
        entity("Philippine Marine Corps", "ORG", "PHL", ["a handful of Filipino marines"]),
        entity("BRP Sierra Madre", "LOC", "PHL", ["the BRP Sierra Madre", "a rusting warship"]),
        entity("United States", "GPE", "USA", ["The United States"]),
        entity("Mutual Defense Treaty", "ORG", None, ["the 1951 Mutual Defense Treaty"]),
        entity("Japan", "GPE", "JPN", ["Japan"]),
        entity("Australia", "GPE", "AUS", ["Australia"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL", ["The Philippine foreign ministry"]),
        entity("Embassy of China in Manila", "ORG", "CHN", ["the Chinese embassy in Manila"]),
    ],
}

# ---------------------------------------------------------------- hm106-en-02
COLOMBIA_L = actor("Colombia", "COL", "GOV")
USA_L = actor("United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
USA_STATE_L = actor("United States Department of State", "USA", "GOV")
MURILLO = actor("Luis Gilberto Murillo", "COL", "GOV")
BRAZIL_L = actor("Brazil", "BRA", "GOV")

L1 = "Colombia agreed on Sunday to accept deportation flights from the United States after President Donald Trump threatened sweeping tariffs and sanctions, averting a trade war just hours after it erupted."
L2 = "White House press secretary Karoline Leavitt said in a statement that Colombia had accepted \"all of President Trump's terms,\" including the unrestricted return of deportees on U.S. military aircraft."
L3 = "The tariffs would be held in reserve and not signed unless Colombia failed to honor the agreement, she added."
L4 = "The dispute began when Colombian President Gustavo Petro turned back two U.S. military planes carrying migrants, saying deportees must be treated \"with dignity\" and flown on civilian aircraft."
L5 = "Trump responded by ordering 25 percent tariffs on all Colombian imports, to rise to 50 percent within a week, and a travel ban on Colombian government officials."
L6 = "The State Department also suspended visa processing at the U.S. embassy in Bogota."
L7 = "Petro initially struck back, ordering retaliatory tariffs on U.S. goods and writing on X that Trump's \"blockade\" did not frighten him."
L8 = "Colombian Foreign Minister Luis Gilberto Murillo told reporters late on Sunday that the \"impasse\" had been overcome and that the presidential plane was ready to fly the migrants home."
L9 = "Murillo said he would travel to Washington in the coming days for high-level talks with U.S. officials."
L10 = "Colombia is among the largest recipients of U.S. deportation flights in Latin America."
L11 = "Brazil had protested on Saturday after deportees on a separate U.S. flight arrived in Manaus in handcuffs, and demanded an explanation from Washington."

EN02 = {
    "id": "hm106-en-02", "lang": "en", "url": None, "published": "2025-01-27",
    "title": "Colombia accepts U.S. deportation flights after Trump tariff threat",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10, L11]),
    "events": [
        event("CONCEDE", COLOMBIA_L, USA_L, L1, date="2025-01-26"),
        event("THREATEN", TRUMP, COLOMBIA_L, L1, mode="restrict", date="2025-01-26"),
        event("CONCEDE", COLOMBIA_L, USA_L, L2, date="2025-01-26"),
        event("CONCEDE", USA_L, COLOMBIA_L, L3, date="2025-01-26"),
        event("REJECT", PETRO, USA_L, L4, date="2025-01-26"),
        event("REQUEST", PETRO, USA_L, L4, mode="change", date="2025-01-26"),
        event("SANCTION", TRUMP, COLOMBIA_L, L5, mode="discontinue", date="2025-01-26"),
        event("SANCTION", USA_STATE_L, COLOMBIA_L, L6, mode="discontinue", date="2025-01-26", location="Bogota", location_country="COL"),
        event("SANCTION", PETRO, USA_L, L7, mode="discontinue", date="2025-01-26"),
        event("ACCUSE", PETRO, TRUMP, L7, mode="disapprove", date="2025-01-26"),
        event("AGREE", MURILLO, USA_L, L8, date="2025-01-26"),
        event("AGREE", MURILLO, USA_L, L9),
        event("ACCUSE", BRAZIL_L, USA_L, L11, mode="disapprove", date="2025-01-25"),
        event("REQUEST", BRAZIL_L, USA_L, L11, date="2025-01-25"),
    ],
    "quotes": [
        quote("Colombia had accepted \"all of President Trump's terms,\" including the unrestricted return of deportees on U.S. military aircraft", "Karoline Leavitt", "indirect"),
        quote("all of President Trump's terms", "Karoline Leavitt", "direct"),
        quote("The tariffs would be held in reserve and not signed unless Colombia failed to honor the agreement", "Karoline Leavitt", "indirect"),
        quote("deportees must be treated \"with dignity\" and flown on civilian aircraft", "Gustavo Petro", "indirect"),
        quote("with dignity", "Gustavo Petro", "direct"),
        quote("Trump's \"blockade\" did not frighten him", "Gustavo Petro", "indirect"),
        quote("blockade", "Gustavo Petro", "direct"),
        quote("the \"impasse\" had been overcome and that the presidential plane was ready to fly the migrants home", "Luis Gilberto Murillo", "indirect"),
        quote("impasse", "Luis Gilberto Murillo", "direct"),
        quote("he would travel to Washington in the coming days for high-level talks with U.S. officials", "Luis Gilberto Murillo", "indirect"),
    ],
    "entities": [
        entity("Colombia", "GPE", "COL", ["Colombia"]),
        entity("Latin America", "LOC", None, ["Latin America"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "President Trump's", "Trump", "Trump's"]),
        entity("Karoline Leavitt", "PER", "USA", ["White House press secretary Karoline Leavitt", "she"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Colombian deportees", "ORG", "COL", ["deportees", "migrants", "the migrants"]),
        entity("United States Air Force", "ORG", "USA", ["U.S. military aircraft", "two U.S. military planes carrying migrants"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro", "Petro", "him"]),
        entity("Colombian government officials", "ORG", "COL", ["Colombian government officials"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department"]),
        entity("Embassy of the United States in Bogota", "ORG", "USA", ["the U.S. embassy in Bogota"]),
        entity("Bogota", "LOC", "COL", ["Bogota"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Luis Gilberto Murillo", "PER", "COL", ["Colombian Foreign Minister Luis Gilberto Murillo", "Murillo", "he"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("U.S. officials", "ORG", "USA", ["U.S. officials"]),
        entity("Brazil", "GPE", "BRA", ["Brazil"]),
        entity("Manaus", "LOC", "BRA", ["Manaus"]),
        entity("Brazilian deportees", "ORG", "BRA", ["deportees on a separate U.S. flight"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
