"""Round 148: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm148-de-01: Algeria reimposes visas on Moroccan citizens and accuses Rabat of espionage and smuggling (2024-09-26).
- hm148-de-02: First US-Iranian nuclear talks in Muscat under Omani mediation; Witkoff and Araghchi agree to meet again (2025-04-12).
- hm148-de-03: Protests in Havana after Cuba's nationwide blackout; Díaz-Canel warns, Mexico sends oil (2024-10-20).
- hm148-de-04: Israel strikes Hamas leaders in Doha; Qatar condemns "state terrorism", Trump calls the emir (2025-09-09).
- hm148-en-01: Britain signs the Chagos Islands treaty with Mauritius after a court lifts an injunction (2025-05-22).
- hm148-en-02: Costa Rica's Legislative Assembly refuses to lift President Chaves's immunity (2025-09-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm148-de-01
ALGERIA = actor("Algeria", "DZA", "GOV")
MOROCCO = actor("Morocco", "MAR", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
DZA_MFA = actor("Ministry of Foreign Affairs of Algeria", "DZA", "GOV")
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
MAR_OFFICIAL = actor("Moroccan government official", "MAR", "GOV")
AMDH = actor("Moroccan Association for Human Rights", "MAR", "NGO")
DZA_SECURITY = actor("Algerian security forces", "DZA", "COP")
MAR_SPIES = actor("suspected Moroccan spies", "MAR", "CVL")

G1 = "Algerien führt die Visumpflicht für marokkanische Staatsbürger wieder ein."
G2 = "Die Regelung gelte ab sofort für alle Inhaber eines marokkanischen Passes, teilte das Außenministerium in Algier am Donnerstag mit."
G3 = "Marokko habe die bisherige Visafreiheit missbraucht, um Drogenhandel, Menschenschmuggel und illegale Einwanderung zu betreiben, hieß es in der Erklärung."
G4 = "Zudem habe das Nachbarland „großangelegte Spionagenetzwerke“ im Dienste Israels auf algerischem Boden aufgebaut."
G5 = "In Rabat gab es zunächst keine offizielle Reaktion."
G6 = "Ein marokkanischer Regierungsvertreter, der anonym bleiben wollte, nannte die Entscheidung jedoch „feindselig und unbegründet“."
G7 = "Leidtragende seien vor allem Familien mit Angehörigen auf beiden Seiten der Grenze, sagte er."
G8 = "Der marokkanische Menschenrechtsverband AMDH forderte beide Regierungen auf, den Streit nicht auf dem Rücken der Bevölkerung auszutragen."
G9 = "Algerische Medien berichteten unterdessen, die Sicherheitskräfte hätten in der Grenzprovinz Tlemcen mehrere mutmaßliche marokkanische Spione festgenommen."
G10 = "Algerien hatte die diplomatischen Beziehungen zu Marokko bereits im August 2021 abgebrochen und wenig später seinen Luftraum für marokkanische Flugzeuge gesperrt."
G11 = "Hintergrund ist vor allem der Streit um die Westsahara, wo Algerien die Unabhängigkeitsbewegung Polisario unterstützt."
G12 = "Die Landgrenze zwischen beiden Staaten ist seit 1994 geschlossen."

DE01 = {
    "id": "hm148-de-01", "lang": "de", "url": None, "published": "2024-09-26",
    "title": "Algerien führt Visumpflicht für Marokkaner wieder ein",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12]),
    "events": [
        event("SANCTION", ALGERIA, MOROCCO, G1, mode="discontinue", date="2024-09-26"),
        event("ACCUSE", DZA_MFA, MOROCCO, G3, mode="allege"),
        event("ACCUSE", DZA_MFA, MOROCCO, G4, mode="allege"),
        event("ACCUSE", DZA_MFA, ISRAEL, G4, mode="allege"),
        event("ACCUSE", MAR_OFFICIAL, ALGERIA, G6, mode="disapprove"),
        event("REQUEST", AMDH, DZA_GOV, G8, mode="change"),
        event("REQUEST", AMDH, MAR_GOV, G8, mode="change"),
        event("COERCE", DZA_SECURITY, MAR_SPIES, G9, mode="arrest", location="Tlemcen", location_country="DZA"),
        event("SANCTION", ALGERIA, MOROCCO, G10, mode="discontinue"),
    ],
    "quotes": [
        quote("Die Regelung gelte ab sofort für alle Inhaber eines marokkanischen Passes", "Ministry of Foreign Affairs of Algeria", "indirect"),
        quote("Marokko habe die bisherige Visafreiheit missbraucht, um Drogenhandel, Menschenschmuggel und illegale Einwanderung zu betreiben", "Ministry of Foreign Affairs of Algeria", "indirect"),
        quote("großangelegte Spionagenetzwerke", "Ministry of Foreign Affairs of Algeria", "direct"),
        quote("Zudem habe das Nachbarland „großangelegte Spionagenetzwerke“ im Dienste Israels auf algerischem Boden aufgebaut", "Ministry of Foreign Affairs of Algeria", "indirect"),
        quote("feindselig und unbegründet", "Moroccan government official", "direct"),
        quote("Leidtragende seien vor allem Familien mit Angehörigen auf beiden Seiten der Grenze", "Moroccan government official", "indirect"),
        quote("die Sicherheitskräfte hätten in der Grenzprovinz Tlemcen mehrere mutmaßliche marokkanische Spione festgenommen", "Algerian media", "indirect"),
    ],
    "entities": [
        entity("Algeria", "GPE", "DZA", ["Algerien"]),
        entity("Moroccan citizens", "ORG", "MAR", ["marokkanische Staatsbürger", "alle Inhaber eines marokkanischen Passes"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["das Außenministerium in Algier"]),
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("Morocco", "GPE", "MAR", ["Marokko", "das Nachbarland"]),
        entity("Israel", "GPE", "ISR", ["Israels"]),
        entity("Algerian territory", "LOC", "DZA", ["algerischem Boden"]),
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Moroccan government official", "PER", "MAR", ["Ein marokkanischer Regierungsvertreter, der anonym bleiben wollte", "er"]),
        entity("families with relatives on both sides of the border", "ORG", None, ["Familien mit Angehörigen auf beiden Seiten der Grenze"]),
        entity("Algerian-Moroccan border", "LOC", None, ["der Grenze", "Die Landgrenze zwischen beiden Staaten"]),
        entity("Moroccan Association for Human Rights", "ORG", "MAR", ["Der marokkanische Menschenrechtsverband AMDH"]),
        entity("Government of Algeria", "ORG", "DZA", ["beide Regierungen"]),
        entity("Government of Morocco", "ORG", "MAR", ["beide Regierungen"]),
        entity("Algerian media", "ORG", "DZA", ["Algerische Medien"]),
        entity("Algerian security forces", "ORG", "DZA", ["die Sicherheitskräfte"]),
        entity("Tlemcen", "LOC", "DZA", ["der Grenzprovinz Tlemcen"]),
        entity("suspected Moroccan spies", "ORG", "MAR", ["mehrere mutmaßliche marokkanische Spione"]),
        entity("Western Sahara", "LOC", "ESH", ["die Westsahara"]),
        entity("Polisario Front", "ORG", "ESH", ["die Unabhängigkeitsbewegung Polisario"]),
    ],
}

# ---------------------------------------------------------------- hm148-de-02
USA = actor("United States", "USA", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
WITKOFF = actor("Steve Witkoff", "USA", "GOV")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
ALBUSAIDI = actor("Badr Albusaidi", "OMN", "GOV")
OMAN = actor("Oman", "OMN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")

H1 = "Unter Vermittlung des Sultanats Oman haben die USA und der Iran am Samstag erstmals seit Jahren wieder über das iranische Atomprogramm verhandelt."
H2 = "Der US-Sondergesandte Steve Witkoff und der iranische Außenminister Abbas Araghtschi saßen in Maskat in getrennten Räumen, Omans Außenminister Badr al-Bussaidi überbrachte die Botschaften zwischen beiden Delegationen."
H3 = "Zum Abschluss sprachen Witkoff und Araghtschi nach iranischen Angaben einige Minuten lang auch direkt miteinander."
H4 = "Beide Seiten vereinbarten, die Gespräche am kommenden Samstag fortzusetzen."
H5 = "Araghtschi sprach im Staatsfernsehen von einer „konstruktiven und ruhigen Atmosphäre“."
H6 = "Das Weiße Haus nannte den Austausch „sehr positiv“ und einen „Schritt nach vorn“."
H7 = "US-Präsident Donald Trump hatte Teheran vor zwei Wochen mit Bombardierungen gedroht, sollte es keine Einigung über das Atomprogramm geben."
H8 = "In dieser Woche verhängte Washington zudem neue Sanktionen gegen Irans Ölexporte."
H9 = "Irans Oberster Führer Ajatollah Ali Chamenei hatte vor den Gesprächen erklärt, Teheran werde sich keinem Diktat beugen."
H10 = "Israels Ministerpräsident Benjamin Netanjahu forderte, der Iran müsse seine Atomanlagen nach dem Vorbild Libyens vollständig abbauen."
H11 = "Saudi-Arabien begrüßte die Vermittlung Omans."

DE02 = {
    "id": "hm148-de-02", "lang": "de", "url": None, "published": "2025-04-12",
    "title": "USA und Iran verhandeln in Oman über Atomprogramm",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9], [H10, H11]),
    "events": [
        event("CONSULT", USA, IRAN, H1, mode="third-party", date="2025-04-12", location="Muscat", location_country="OMN"),
        event("CONSULT", WITKOFF, ARAGHCHI, H2, mode="third-party", date="2025-04-12", location="Muscat", location_country="OMN"),
        event("CONSULT", WITKOFF, ALBUSAIDI, H2, mode="visit", date="2025-04-12", location="Muscat", location_country="OMN"),
        event("CONSULT", ARAGHCHI, ALBUSAIDI, H2, mode="visit", date="2025-04-12", location="Muscat", location_country="OMN"),
        event("CONSULT", WITKOFF, ARAGHCHI, H3, date="2025-04-12", location="Muscat", location_country="OMN"),
        event("AGREE", USA, IRAN, H4, date="2025-04-12"),
        event("THREATEN", TRUMP, IRAN, H7, mode="violence"),
        event("SANCTION", USA, IRAN, H8, mode="discontinue"),
        event("REJECT", KHAMENEI, USA, H9),
        event("REQUEST", NETANYAHU, IRAN, H10, mode="change"),
        event("SUPPORT", SAUDI, OMAN, H11),
    ],
    "quotes": [
        quote("Zum Abschluss sprachen Witkoff und Araghtschi nach iranischen Angaben einige Minuten lang auch direkt miteinander", "Iranian officials", "indirect"),
        quote("konstruktiven und ruhigen Atmosphäre", "Abbas Araghchi", "direct"),
        quote("sehr positiv", "White House", "direct"),
        quote("Schritt nach vorn", "White House", "direct"),
        quote("Teheran werde sich keinem Diktat beugen", "Ali Khamenei", "indirect"),
        quote("der Iran müsse seine Atomanlagen nach dem Vorbild Libyens vollständig abbauen", "Benjamin Netanyahu", "indirect"),
    ],
    "entities": [
        entity("Oman", "GPE", "OMN", ["des Sultanats Oman", "Omans"]),
        entity("United States", "GPE", "USA", ["die USA", "Washington"]),
        entity("Iran", "GPE", "IRN", ["der Iran", "Teheran", "Irans"]),
        entity("Steve Witkoff", "PER", "USA", ["Der US-Sondergesandte Steve Witkoff", "Witkoff"]),
        entity("Abbas Araghchi", "PER", "IRN", ["der iranische Außenminister Abbas Araghtschi", "Araghtschi"]),
        entity("Muscat", "LOC", "OMN", ["Maskat"]),
        entity("Badr Albusaidi", "PER", "OMN", ["Omans Außenminister Badr al-Bussaidi"]),
        entity("US and Iranian delegations", "ORG", None, ["beiden Delegationen"]),
        entity("Iranian state television", "ORG", "IRN", ["Staatsfernsehen"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Ali Khamenei", "PER", "IRN", ["Irans Oberster Führer Ajatollah Ali Chamenei"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israels Ministerpräsident Benjamin Netanjahu"]),
        entity("Israel", "GPE", "ISR", ["Israels"]),
        entity("Iranian nuclear facilities", "LOC", "IRN", ["seine Atomanlagen"]),
        entity("Libya", "GPE", "LBY", ["Libyens"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien"]),
    ],
}

# ---------------------------------------------------------------- hm148-de-03
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
CUBA = actor("Cuba", "CUB", "GOV")
CUB_PROTESTERS = actor("Cuban protesters", "CUB", "CVL")
CUB_POLICE = actor("Cuban police", "CUB", "COP")
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
MARRERO = actor("Manuel Marrero", "CUB", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
MEXICO = actor("Mexico", "MEX", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
VENEZUELA = actor("Venezuela", "VEN", "GOV")
GTMO_RESIDENTS = actor("residents of Guantánamo province", "CUB", "CVL")

I1 = "Nach dem landesweiten Stromausfall in Kuba hat es am Samstagabend in mehreren Vierteln Havannas Proteste gegeben."
I2 = "Anwohner schlugen auf Kochtöpfe und errichteten Barrikaden aus Müll und brennenden Ästen, wie in sozialen Netzwerken verbreitete Videos zeigten."
I3 = "Nach Angaben von Menschenrechtsaktivisten wurden mehrere Demonstranten festgenommen."
I4 = "Präsident Miguel Díaz-Canel warnte am Sonntag in Militäruniform im Staatsfernsehen, die Regierung werde keine „Akte des Vandalismus“ und keine Störung der öffentlichen Ordnung dulden."
I5 = "Wer so handle, werde „mit der ganzen Härte des Gesetzes“ bestraft, sagte er."
I6 = "Das Stromnetz war am Freitag zusammengebrochen, nachdem das größte Kraftwerk des Landes, Antonio Guiteras, ausgefallen war."
I7 = "Seitdem sind rund zehn Millionen Menschen weitgehend ohne Strom, Schulen und viele Betriebe bleiben geschlossen."
I8 = "Ministerpräsident Manuel Marrero sagte, die Wirtschaftsblockade der USA sei schuld am Treibstoffmangel, der die Kraftwerke lahmlege."
I9 = "Das US-Außenministerium wies jede Verantwortung zurück und machte jahrzehntelange Misswirtschaft der kubanischen Regierung für die Krise verantwortlich."
I10 = "Mexiko schickte nach Angaben der Regierung in Havanna zwei Tanker mit Rohöl auf die Insel."
I11 = "Auch Russland und Venezuela sagten Unterstützung zu."
I12 = "Zusätzlich zog am Sonntag Hurrikan Oscar auf die Ostspitze der Insel zu, die Behörden brachten Tausende Menschen in der Provinz Guantánamo in Sicherheit."

DE03 = {
    "id": "hm148-de-03", "lang": "de", "url": None, "published": "2024-10-20",
    "title": "Proteste in Havanna nach landesweitem Stromausfall",
    "text": paragraphs([I1, I2, I3], [I4, I5], [I6, I7, I8, I9], [I10, I11, I12]),
    "events": [
        event("PROTEST", CUB_PROTESTERS, CUB_GOV, I1, mode="demo", date="2024-10-19", location="Havana", location_country="CUB"),
        event("PROTEST", CUB_PROTESTERS, CUB_GOV, I2, mode="obstruct", date="2024-10-19", location="Havana", location_country="CUB"),
        event("COERCE", CUB_POLICE, CUB_PROTESTERS, I3, mode="arrest", location="Havana", location_country="CUB"),
        event("THREATEN", DIAZ_CANEL, CUB_PROTESTERS, I4, date="2024-10-20"),
        event("THREATEN", DIAZ_CANEL, CUB_PROTESTERS, I5, mode="arrest", date="2024-10-20"),
        event("ACCUSE", MARRERO, USA, I8, mode="allege"),
        event("ACCUSE", US_STATE, CUB_GOV, I9, mode="allege"),
        event("AID", MEXICO, CUBA, I10),
        event("AGREE", RUSSIA, CUBA, I11),
        event("AGREE", VENEZUELA, CUBA, I11),
        event("AID", CUB_GOV, GTMO_RESIDENTS, I12, date="2024-10-20", location="Guantánamo", location_country="CUB"),
    ],
    "quotes": [
        quote("Nach Angaben von Menschenrechtsaktivisten wurden mehrere Demonstranten festgenommen", "human rights activists", "indirect"),
        quote("Akte des Vandalismus", "Miguel Díaz-Canel", "direct"),
        quote("die Regierung werde keine „Akte des Vandalismus“ und keine Störung der öffentlichen Ordnung dulden", "Miguel Díaz-Canel", "indirect"),
        quote("mit der ganzen Härte des Gesetzes", "Miguel Díaz-Canel", "direct"),
        quote("Wer so handle, werde „mit der ganzen Härte des Gesetzes“ bestraft", "Miguel Díaz-Canel", "indirect"),
        quote("die Wirtschaftsblockade der USA sei schuld am Treibstoffmangel, der die Kraftwerke lahmlege", "Manuel Marrero", "indirect"),
        quote("Mexiko schickte nach Angaben der Regierung in Havanna zwei Tanker mit Rohöl auf die Insel", "Government of Cuba", "indirect"),
    ],
    "entities": [
        entity("Cuba", "GPE", "CUB", ["Kuba", "des Landes", "die Insel", "der Insel"]),
        entity("Havana", "LOC", "CUB", ["Havannas", "Havanna"]),
        entity("Havana neighbourhoods", "LOC", "CUB", ["mehreren Vierteln Havannas"]),
        entity("Cuban protesters", "ORG", "CUB", ["Anwohner", "mehrere Demonstranten"]),
        entity("social networks", "ORG", None, ["sozialen Netzwerken"]),
        entity("human rights activists", "ORG", None, ["Menschenrechtsaktivisten"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Präsident Miguel Díaz-Canel", "er"]),
        entity("Cuban state television", "ORG", "CUB", ["Staatsfernsehen"]),
        entity("Government of Cuba", "ORG", "CUB", ["die Regierung", "der kubanischen Regierung", "der Regierung in Havanna", "die Behörden"]),
        entity("Antonio Guiteras power plant", "LOC", "CUB", ["das größte Kraftwerk des Landes, Antonio Guiteras"]),
        entity("population of Cuba", "ORG", "CUB", ["rund zehn Millionen Menschen"]),
        entity("Manuel Marrero", "PER", "CUB", ["Ministerpräsident Manuel Marrero"]),
        entity("United States", "GPE", "USA", ["der USA"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Mexico", "GPE", "MEX", ["Mexiko"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela"]),
        entity("eastern tip of Cuba", "LOC", "CUB", ["die Ostspitze der Insel"]),
        entity("Guantánamo province", "LOC", "CUB", ["der Provinz Guantánamo"]),
        entity("residents of Guantánamo province", "ORG", "CUB", ["Tausende Menschen in der Provinz Guantánamo"]),
    ],
}

# ---------------------------------------------------------------- hm148-de-04
IDF = actor("Israel Defense Forces", "ISR", "MIL")
ISR_GOV = actor("Israel", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
QAT_PM = actor("Mohammed bin Abdulrahman Al Thani", "QAT", "GOV")
TAMIM = actor("Tamim bin Hamad Al Thani", "QAT", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
UAE = actor("United Arab Emirates", "ARE", "GOV")

J1 = "Israel hat am Dienstag in der katarischen Hauptstadt Doha führende Vertreter der islamistischen Hamas angegriffen."
J2 = "Kampfflugzeuge bombardierten nach Augenzeugenberichten ein Wohngebäude, in dem sich die Verhandlungsdelegation der Hamas zu Beratungen über einen US-Vorschlag für eine Waffenruhe im Gazastreifen getroffen hatte."
J3 = "Die Hamas erklärte, ihre Führung um Chefunterhändler Chalil al-Hajja habe den Angriff überlebt, fünf ihrer Mitglieder seien jedoch getötet worden, darunter al-Hajjas Sohn."
J4 = "Nach katarischen Angaben kam auch ein Angehöriger der Sicherheitskräfte des Emirats ums Leben."
J5 = "Das Büro von Ministerpräsident Benjamin Netanjahu erklärte, Israel habe den Einsatz eigenständig eingeleitet und durchgeführt und trage „die volle Verantwortung“."
J6 = "Katars Ministerpräsident und Außenminister Scheich Mohammed bin Abdulrahman Al Thani verurteilte den Angriff als „Staatsterrorismus“."
J7 = "Sein Land behalte sich das Recht vor, auf diesen „feigen Angriff“ zu antworten, sagte er vor Journalisten in Doha."
J8 = "Katar vermittelt gemeinsam mit Ägypten und den USA seit Monaten zwischen Israel und der Hamas."
J9 = "Ob die Gespräche fortgesetzt würden, sei offen, sagte Außenamtssprecher Madschid al-Ansari."
J10 = "US-Präsident Donald Trump ließ erklären, die Entscheidung zu dem Angriff sei nicht von ihm getroffen worden."
J11 = "Trump telefonierte nach Angaben des Weißen Hauses mit dem Emir von Katar, Tamim bin Hamad Al Thani, und versicherte ihm, dass sich ein solcher Angriff nicht wiederholen werde."
J12 = "UN-Generalsekretär António Guterres sowie Saudi-Arabien und die Vereinigten Arabischen Emirate verurteilten den Angriff als Verletzung der Souveränität Katars."

DE04 = {
    "id": "hm148-de-04", "lang": "de", "url": None, "published": "2025-09-09",
    "title": "Israel greift Hamas-Führung in Doha an",
    "text": paragraphs([J1, J2, J3, J4, J5], [J6, J7, J8, J9], [J10, J11, J12]),
    "events": [
        event("ASSAULT", IDF, HAMAS, J1, mode="aerial", date="2025-09-09", location="Doha", location_country="QAT"),
        event("ASSAULT", IDF, HAMAS, J2, mode="aerial", date="2025-09-09", location="Doha", location_country="QAT"),
        event("ASSAULT", IDF, HAMAS, J5, mode="aerial", date="2025-09-09", location="Doha", location_country="QAT"),
        event("ACCUSE", QAT_PM, ISR_GOV, J6, mode="disapprove", date="2025-09-09"),
        event("THREATEN", QAT_PM, ISR_GOV, J7, date="2025-09-09"),
        event("ACCUSE", QAT_PM, ISR_GOV, J7, mode="disapprove", date="2025-09-09"),
        event("CONSULT", TRUMP, TAMIM, J11, mode="phone"),
        event("AGREE", TRUMP, TAMIM, J11),
        event("ACCUSE", GUTERRES, ISR_GOV, J12, mode="disapprove"),
        event("ACCUSE", SAUDI, ISR_GOV, J12, mode="disapprove"),
        event("ACCUSE", UAE, ISR_GOV, J12, mode="disapprove"),
    ],
    "quotes": [
        quote("Kampfflugzeuge bombardierten nach Augenzeugenberichten ein Wohngebäude, in dem sich die Verhandlungsdelegation der Hamas zu Beratungen über einen US-Vorschlag für eine Waffenruhe im Gazastreifen getroffen hatte", "eyewitnesses", "indirect"),
        quote("ihre Führung um Chefunterhändler Chalil al-Hajja habe den Angriff überlebt, fünf ihrer Mitglieder seien jedoch getötet worden, darunter al-Hajjas Sohn", "Hamas", "indirect"),
        quote("Nach katarischen Angaben kam auch ein Angehöriger der Sicherheitskräfte des Emirats ums Leben", "Qatari authorities", "indirect"),
        quote("die volle Verantwortung", "Office of the Prime Minister of Israel", "direct"),
        quote("Israel habe den Einsatz eigenständig eingeleitet und durchgeführt und trage „die volle Verantwortung“", "Office of the Prime Minister of Israel", "indirect"),
        quote("Staatsterrorismus", "Mohammed bin Abdulrahman Al Thani", "direct"),
        quote("feigen Angriff", "Mohammed bin Abdulrahman Al Thani", "direct"),
        quote("Sein Land behalte sich das Recht vor, auf diesen „feigen Angriff“ zu antworten", "Mohammed bin Abdulrahman Al Thani", "indirect"),
        quote("Ob die Gespräche fortgesetzt würden, sei offen", "Majed al-Ansari", "indirect"),
        quote("die Entscheidung zu dem Angriff sei nicht von ihm getroffen worden", "Donald Trump", "indirect"),
        quote("dass sich ein solcher Angriff nicht wiederholen werde", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Doha", "LOC", "QAT", ["der katarischen Hauptstadt Doha", "Doha"]),
        entity("Hamas", "ORG", "PSE", ["der islamistischen Hamas", "der Hamas", "Die Hamas"]),
        entity("Hamas leadership", "ORG", "PSE", ["führende Vertreter der islamistischen Hamas", "die Verhandlungsdelegation der Hamas", "ihre Führung um Chefunterhändler Chalil al-Hajja"]),
        entity("Israeli Air Force", "ORG", "ISR", ["Kampfflugzeuge"]),
        entity("eyewitnesses", "ORG", None, ["Augenzeugen"]),
        entity("residential building in Doha", "LOC", "QAT", ["ein Wohngebäude"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Khalil al-Hayya", "PER", "PSE", ["Chefunterhändler Chalil al-Hajja", "al-Hajjas"]),
        entity("son of Khalil al-Hayya", "PER", "PSE", ["al-Hajjas Sohn"]),
        entity("five Hamas members", "ORG", "PSE", ["fünf ihrer Mitglieder"]),
        entity("Qatari security officer", "PER", "QAT", ["ein Angehöriger der Sicherheitskräfte des Emirats"]),
        entity("Qatari security forces", "ORG", "QAT", ["der Sicherheitskräfte des Emirats"]),
        entity("Qatar", "GPE", "QAT", ["Katars", "Katar", "des Emirats", "Sein Land"]),
        entity("Office of the Prime Minister of Israel", "ORG", "ISR", ["Das Büro von Ministerpräsident Benjamin Netanjahu"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Mohammed bin Abdulrahman Al Thani", "PER", "QAT", ["Katars Ministerpräsident und Außenminister Scheich Mohammed bin Abdulrahman Al Thani", "er"]),
        entity("journalists", "ORG", None, ["Journalisten"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten"]),
        entity("United States", "GPE", "USA", ["den USA"]),
        entity("Majed al-Ansari", "PER", "QAT", ["Außenamtssprecher Madschid al-Ansari"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "ihm"]),
        entity("White House", "ORG", "USA", ["des Weißen Hauses"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["dem Emir von Katar, Tamim bin Hamad Al Thani", "ihm"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien"]),
        entity("United Arab Emirates", "GPE", "ARE", ["die Vereinigten Arabischen Emirate"]),
    ],
}

# ---------------------------------------------------------------- hm148-en-01
UK = actor("United Kingdom", "GBR", "GOV")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
MAURITIUS = actor("Mauritius", "MUS", "GOV")
MUS_GOV = actor("Government of Mauritius", "MUS", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
RAMGOOLAM = actor("Navin Ramgoolam", "MUS", "GOV")
CHAMBERLAIN = actor("Martin Chamberlain", "GBR", "JUD")
CLAIMANTS = actor("Chagossian claimants", "GBR", "CVL")
POMPE = actor("Bertrice Pompe", "GBR", "CVL")
CHAGOSSIANS = actor("Chagossian protesters", "GBR", "CVL")
CHAGOSSIANS_MUS = actor("Chagossian groups in Mauritius", "MUS", "CVL")
BADENOCH = actor("Kemi Badenoch", "GBR", "OPP")
RUBIO = actor("Marco Rubio", "USA", "GOV")

K1 = "Britain on Thursday signed a treaty handing sovereignty over the Chagos Islands to Mauritius, hours after a High Court judge lifted a last-minute injunction brought by two Chagossian women."
K2 = "Prime Minister Keir Starmer said the deal, under which Britain will lease back the Diego Garcia military base for 99 years, was vital to protect national security."
K3 = "\"This is the right deal,\" he told reporters at the Northwood military headquarters near London, where he joined Mauritian Prime Minister Navin Ramgoolam by video link."
K4 = "Britain will pay Mauritius an average of 101 million pounds ($136 million) a year under the agreement."
K5 = "Justice Julian Goose had granted the injunction in the early hours of the morning after Bertrice Pompe, one of the two claimants, argued that the government had ignored the wishes of the islanders."
K6 = "Justice Martin Chamberlain later refused to extend it, saying the treaty was a matter for the government and that a delay could damage Britain's relations with its allies."
K7 = "Dozens of Chagossians protested outside the Royal Courts of Justice in London on Thursday morning, holding banners reading \"Chagos is not for sale.\""
K8 = "Opposition leader Kemi Badenoch called the agreement a \"surrender\" and said a future Conservative government would seek to overturn it."
K9 = "U.S. Secretary of State Marco Rubio welcomed the treaty, saying it secured the \"long-term, stable and effective operation\" of the joint U.S.-UK base."
K10 = "Ramgoolam hailed the signing as the completion of Mauritius' decolonisation, while Chagossian groups in Mauritius urged his government to guarantee their right to return to the islands."

EN01 = {
    "id": "hm148-en-01", "lang": "en", "url": None, "published": "2025-05-22",
    "title": "Britain signs Chagos deal with Mauritius after court lifts injunction",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10]),
    "events": [
        event("SUPPORT", UK, MAURITIUS, K1, date="2025-05-22"),
        event("CONCEDE", UK, MAURITIUS, K1, date="2025-05-22"),
        event("REJECT", CHAMBERLAIN, CLAIMANTS, K1, date="2025-05-22"),
        event("ACCUSE", CLAIMANTS, UK_GOV, K1, mode="allege"),
        event("CONSULT", STARMER, RAMGOOLAM, K3, mode="phone", date="2025-05-22", location="Northwood", location_country="GBR"),
        event("AGREE", UK, MAURITIUS, K4),
        event("ACCUSE", POMPE, UK_GOV, K5, mode="allege", date="2025-05-22"),
        event("REJECT", CHAMBERLAIN, CLAIMANTS, K6, date="2025-05-22"),
        event("PROTEST", CHAGOSSIANS, UK_GOV, K7, mode="demo", date="2025-05-22", location="London", location_country="GBR"),
        event("ACCUSE", BADENOCH, UK_GOV, K8, mode="disapprove"),
        event("SUPPORT", RUBIO, UK, K9),
        event("SUPPORT", RUBIO, MAURITIUS, K9),
        event("REQUEST", CHAGOSSIANS_MUS, MUS_GOV, K10, mode="change"),
    ],
    "quotes": [
        quote("the deal, under which Britain will lease back the Diego Garcia military base for 99 years, was vital to protect national security", "Keir Starmer", "indirect"),
        quote("This is the right deal", "Keir Starmer", "direct"),
        quote("the government had ignored the wishes of the islanders", "Bertrice Pompe", "indirect"),
        quote("the treaty was a matter for the government and that a delay could damage Britain's relations with its allies", "Martin Chamberlain", "indirect"),
        quote("Chagos is not for sale", "Chagossian protesters", "direct"),
        quote("surrender", "Kemi Badenoch", "direct"),
        quote("a future Conservative government would seek to overturn it", "Kemi Badenoch", "indirect"),
        quote("long-term, stable and effective operation", "Marco Rubio", "direct"),
        quote("it secured the \"long-term, stable and effective operation\" of the joint U.S.-UK base", "Marco Rubio", "indirect"),
    ],
    "entities": [
        entity("United Kingdom", "GPE", "GBR", ["Britain"]),
        entity("Chagos Islands", "LOC", None, ["the Chagos Islands", "the islands"]),
        entity("Mauritius", "GPE", "MUS", ["Mauritius", "Mauritius'"]),
        entity("Martin Chamberlain", "PER", "GBR", ["a High Court judge", "Justice Martin Chamberlain"]),
        entity("Chagossian claimants", "ORG", "GBR", ["two Chagossian women", "the two claimants"]),
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer", "he"]),
        entity("Diego Garcia military base", "LOC", None, ["the Diego Garcia military base", "the joint U.S.-UK base"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("Northwood Headquarters", "LOC", "GBR", ["the Northwood military headquarters near London"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Navin Ramgoolam", "PER", "MUS", ["Mauritian Prime Minister Navin Ramgoolam", "Ramgoolam"]),
        entity("Julian Goose", "PER", "GBR", ["Justice Julian Goose"]),
        entity("Bertrice Pompe", "PER", "GBR", ["Bertrice Pompe"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["the government"]),
        entity("Chagossians", "ORG", "GBR", ["the islanders", "Dozens of Chagossians"]),
        entity("allies of the United Kingdom", "ORG", None, ["its allies"]),
        entity("Royal Courts of Justice", "LOC", "GBR", ["the Royal Courts of Justice in London"]),
        entity("Kemi Badenoch", "PER", "GBR", ["Opposition leader Kemi Badenoch"]),
        entity("Conservative Party", "ORG", "GBR", ["Conservative"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio"]),
        entity("Chagossian groups in Mauritius", "ORG", "MUS", ["Chagossian groups in Mauritius"]),
        entity("Government of Mauritius", "ORG", "MUS", ["his government"]),
    ],
}

# ---------------------------------------------------------------- hm148-en-02
CR_ASSEMBLY = actor("Legislative Assembly of Costa Rica", "CRI", "LEG")
CR_SUPREME_COURT = actor("Supreme Court of Justice of Costa Rica", "CRI", "JUD")
CHAVES = actor("Rodrigo Chaves", "CRI", "GOV")
DIAZ = actor("Carlo Diaz", "CRI", "JUD")
CR_JUDICIARY = actor("Costa Rican judiciary", "CRI", "JUD")
CHAVES_LAWMAKERS = actor("Costa Rican lawmakers who voted for Chaves", "CRI", "LEG")
CHAVES_SUPPORTERS = actor("supporters of Rodrigo Chaves", "CRI", "CVL")
PLN = actor("National Liberation Party", "CRI", "OPP")
CHAVES_ALLIES = actor("allies of Rodrigo Chaves", "CRI", "PTY")

L1 = "Costa Rica's Legislative Assembly on Monday voted against stripping President Rodrigo Chaves of his immunity, sparing him a trial on corruption charges while he remains in office."
L2 = "Thirty-five lawmakers backed the Supreme Court's request to lift his immunity, three short of the two-thirds majority of 38 votes needed in the 57-seat chamber."
L3 = "Attorney General Carlo Diaz accuses Chaves of pressuring a contractor paid with funds from the Central American Bank for Economic Integration (CABEI) to hand $32,000 to a former adviser of the president."
L4 = "The offence, known in Costa Rica as concusion, carries a prison sentence of up to eight years."
L5 = "Chaves, who denies wrongdoing, thanked the lawmakers who voted in his favour and said the case had been \"a political lynching\" orchestrated by his opponents in the judiciary."
L6 = "Hundreds of his supporters rallied outside the assembly building in San Jose while lawmakers debated, some carrying signs calling Diaz a \"traitor.\""
L7 = "Lawmakers of the opposition National Liberation Party (PLN) accused the president's allies of shielding him from justice and said the outcome sent \"a message of impunity\" to Costa Ricans."
L8 = "The Supreme Court had forwarded the request to the assembly in July after Diaz argued there was enough evidence to put the president on trial."
L9 = "Chaves cannot run again in February's general election, in which his former minister Laura Fernandez is the candidate of his ruling party."
L10 = "Diaz said his office would keep investigating and could bring charges once Chaves leaves office in May 2026."

EN02 = {
    "id": "hm148-en-02", "lang": "en", "url": None, "published": "2025-09-23",
    "title": "Costa Rica lawmakers refuse to lift President Chaves' immunity",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9, L10]),
    "events": [
        event("REJECT", CR_ASSEMBLY, CR_SUPREME_COURT, L1, date="2025-09-22"),
        event("ACCUSE", DIAZ, CHAVES, L3, mode="allege"),
        event("SUPPORT", CHAVES, CHAVES_LAWMAKERS, L5),
        event("ACCUSE", CHAVES, CR_JUDICIARY, L5, mode="allege"),
        event("PROTEST", CHAVES_SUPPORTERS, DIAZ, L6, mode="demo", date="2025-09-22", location="San Jose", location_country="CRI"),
        event("ACCUSE", PLN, CHAVES_ALLIES, L7, mode="disapprove"),
        event("REQUEST", CR_SUPREME_COURT, CR_ASSEMBLY, L8, mode="change"),
        event("ACCUSE", DIAZ, CHAVES, L8, mode="allege"),
        event("ACCUSE", DIAZ, CHAVES, L10, mode="investigate"),
    ],
    "quotes": [
        quote("a political lynching", "Rodrigo Chaves", "direct"),
        quote("the case had been \"a political lynching\" orchestrated by his opponents in the judiciary", "Rodrigo Chaves", "indirect"),
        quote("traitor", "supporters of Rodrigo Chaves", "direct"),
        quote("a message of impunity", "National Liberation Party", "direct"),
        quote("the outcome sent \"a message of impunity\" to Costa Ricans", "National Liberation Party", "indirect"),
        quote("there was enough evidence to put the president on trial", "Carlo Diaz", "indirect"),
        quote("his office would keep investigating and could bring charges once Chaves leaves office in May 2026", "Carlo Diaz", "indirect"),
    ],
    "entities": [
        entity("Costa Rica", "GPE", "CRI", ["Costa Rica"]),
        entity("Legislative Assembly of Costa Rica", "ORG", "CRI", ["Costa Rica's Legislative Assembly", "the 57-seat chamber", "the assembly"]),
        entity("Rodrigo Chaves", "PER", "CRI", ["President Rodrigo Chaves", "him", "he", "Chaves", "the president"]),
        entity("Costa Rican lawmakers who voted for Chaves", "ORG", "CRI", ["the lawmakers who voted in his favour"]),
        entity("Costa Rican lawmakers", "ORG", "CRI", ["Thirty-five lawmakers", "lawmakers"]),
        entity("Supreme Court of Justice of Costa Rica", "ORG", "CRI", ["the Supreme Court", "The Supreme Court"]),
        entity("Carlo Diaz", "PER", "CRI", ["Attorney General Carlo Diaz", "Diaz"]),
        entity("CABEI contractor", "ORG", None, ["a contractor paid with funds from the Central American Bank for Economic Integration (CABEI)"]),
        entity("Central American Bank for Economic Integration", "ORG", "IGO", ["the Central American Bank for Economic Integration (CABEI)"]),
        entity("former adviser of Rodrigo Chaves", "PER", "CRI", ["a former adviser of the president"]),
        entity("Costa Rican judiciary", "ORG", "CRI", ["his opponents in the judiciary"]),
        entity("supporters of Rodrigo Chaves", "ORG", "CRI", ["Hundreds of his supporters"]),
        entity("Legislative Assembly building", "LOC", "CRI", ["the assembly building in San Jose"]),
        entity("San Jose", "LOC", "CRI", ["San Jose"]),
        entity("National Liberation Party", "ORG", "CRI", ["Lawmakers of the opposition National Liberation Party (PLN)", "the opposition National Liberation Party (PLN)"]),
        entity("allies of Rodrigo Chaves", "ORG", "CRI", ["the president's allies"]),
        entity("Costa Ricans", "ORG", "CRI", ["Costa Ricans"]),
        entity("Laura Fernandez", "PER", "CRI", ["his former minister Laura Fernandez"]),
        entity("Pueblo Soberano", "ORG", "CRI", ["his ruling party"]),
        entity("Office of the Attorney General of Costa Rica", "ORG", "CRI", ["his office"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
