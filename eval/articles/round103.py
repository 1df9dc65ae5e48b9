"""Round 103: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm103-de-01: Kenya's President Ruto withdraws the finance bill after protesters storm parliament (2024-06-26).
- hm103-de-02: Bangladesh's Prime Minister Sheikh Hasina resigns and flees to India (2024-08-05).
- hm103-de-03: The ceasefire between Israel and Hezbollah takes effect in Lebanon (2024-11-27).
- hm103-de-04: France expels twelve Algerian officials and recalls its ambassador from Algiers (2025-04-15).
- hm103-en-01: Sudan's army retakes the presidential palace in Khartoum from the RSF (2025-03-21).
- hm103-en-02: India strikes targets in Pakistan after the Pahalgam attack; Pakistan vows to respond (2025-05-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm103-de-01
RUTO = actor("William Ruto", "KEN", "GOV")
KEN_PROTESTERS = actor("Kenyan protesters", "KEN", "CVL")
KEN_PARL = actor("Parliament of Kenya", "KEN", "LEG")
KEN_POLICE = actor("Kenyan police", "KEN", "COP")
KEN_SECURITY = actor("Kenyan security forces", "KEN", "COP")
KNCHR = actor("Kenya National Commission on Human Rights", "KEN", "GOV")
DUALE = actor("Aden Duale", "KEN", "GOV")
ODINGA = actor("Raila Odinga", "KEN", "OPP")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
KEN_ORGANISERS = actor("Kenyan protest organisers", "KEN", "CVL")

K1 = "Der kenianische Präsident William Ruto hat das umstrittene Finanzgesetz mit Steuererhöhungen in Milliardenhöhe zurückgezogen."
K2 = "Er werde das Gesetz nicht unterzeichnen, kündigte Ruto am Mittwoch in einer Fernsehansprache in Nairobi an."
K3 = "„Das Volk hat gesprochen“, sagte der Staatschef."
K4 = "Zugleich bot er den überwiegend jungen Demonstranten einen Dialog an."
K5 = "Am Dienstag hatten Tausende Demonstranten das Parlamentsgebäude gestürmt, kurz nachdem die Abgeordneten dem Gesetz zugestimmt hatten, und Teile davon in Brand gesetzt."
K6 = "Die Polizei ging mit Tränengas und scharfer Munition gegen die Menge vor."
K7 = "Ruto hatte die Erstürmung noch am Abend als „verräterisch“ bezeichnet."
K8 = "Die staatliche Menschenrechtskommission teilte mit, mindestens 22 Menschen seien ums Leben gekommen, und warf den Sicherheitskräften exzessive Gewalt vor."
K9 = "Verteidigungsminister Aden Duale ordnete in der Nacht den Einsatz der Armee zur Unterstützung der Polizei an."
K10 = "Oppositionsführer Raila Odinga verurteilte das Vorgehen der Polizei und verlangte eine unabhängige Untersuchung der Todesfälle."
K11 = "Die Organisatoren der Proteste erklärten, der Rückzug des Gesetzes komme zu spät, und forderten Rutos Rücktritt."

DE01 = {
    "id": "hm103-de-01", "lang": "de", "url": None, "published": "2024-06-26",
    "title": "Ruto zieht umstrittenes Finanzgesetz nach tödlichen Protesten zurück",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8, K9], [K10, K11]),
    "events": [
        event("CONCEDE", RUTO, KEN_PROTESTERS, K1, date="2024-06-26"),
        event("CONCEDE", RUTO, KEN_PROTESTERS, K2, date="2024-06-26", location="Nairobi", location_country="KEN"),
        event("AGREE", RUTO, KEN_PROTESTERS, K4, date="2024-06-26"),
        event("PROTEST", KEN_PROTESTERS, KEN_PARL, K5, mode="riot", date="2024-06-25", location="Nairobi", location_country="KEN"),
        event("ASSAULT", KEN_POLICE, KEN_PROTESTERS, K6, mode="firearms", date="2024-06-25", location="Nairobi", location_country="KEN"),
        event("ACCUSE", RUTO, KEN_PROTESTERS, K7, mode="disapprove", date="2024-06-25"),
        event("ACCUSE", KNCHR, KEN_SECURITY, K8, mode="allege"),
        event("MOBILIZE", DUALE, KEN_PROTESTERS, K9, mode="troops", date="2024-06-25"),
        event("ACCUSE", ODINGA, KEN_POLICE, K10, mode="disapprove"),
        event("REQUEST", ODINGA, KEN_GOV, K10, mode="change"),
        event("ACCUSE", KEN_ORGANISERS, RUTO, K11, mode="disapprove"),
        event("REQUEST", KEN_ORGANISERS, RUTO, K11, mode="change"),
    ],
    "quotes": [
        quote("Er werde das Gesetz nicht unterzeichnen", "William Ruto", "indirect"),
        quote("Das Volk hat gesprochen", "William Ruto", "direct"),
        quote("verräterisch", "William Ruto", "direct"),
        quote("mindestens 22 Menschen seien ums Leben gekommen", "Kenya National Commission on Human Rights", "indirect"),
        quote("der Rückzug des Gesetzes komme zu spät", "Kenyan protest organisers", "indirect"),
    ],
    "entities": [
        entity("William Ruto", "PER", "KEN", ["Der kenianische Präsident William Ruto", "Er", "Ruto", "der Staatschef", "er", "Rutos"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Kenyan protesters", "ORG", "KEN", ["den überwiegend jungen Demonstranten", "Tausende Demonstranten", "die Menge"]),
        entity("Parliament of Kenya", "ORG", "KEN", ["das Parlamentsgebäude", "die Abgeordneten", "die Erstürmung"]),
        entity("Kenyan police", "ORG", "KEN", ["Die Polizei", "der Polizei"]),
        entity("Kenya National Commission on Human Rights", "ORG", "KEN", ["Die staatliche Menschenrechtskommission"]),
        entity("Kenyan security forces", "ORG", "KEN", ["den Sicherheitskräften"]),
        entity("Aden Duale", "PER", "KEN", ["Verteidigungsminister Aden Duale"]),
        entity("Kenya Defence Forces", "ORG", "KEN", ["der Armee"]),
        entity("Raila Odinga", "PER", "KEN", ["Oppositionsführer Raila Odinga"]),
        entity("Kenyan protest organisers", "ORG", "KEN", ["Die Organisatoren der Proteste"]),
    ],
}

# ---------------------------------------------------------------- hm103-de-02
HASINA = actor("Sheikh Hasina", "BGD", "GOV")
BGD_PROTESTERS = actor("Bangladeshi protesters", "BGD", "CVL")
BGD_STUDENTS = actor("Bangladeshi students", "BGD", "CVL")
WAKER = actor("Waker-Uz-Zaman", "BGD", "MIL")
BGD_ARMY = actor("Bangladesh Army", "BGD", "MIL")
AWAMI = actor("Awami League", "BGD", "PTY")
BGD_POLICE = actor("Bangladesh Police", "BGD", "COP")
BGD_GOV = actor("Government of Bangladesh", "BGD", "GOV")
NAHID = actor("Nahid Islam", "BGD", "CVL")
US_STATE = actor("United States Department of State", "USA", "GOV")
DOVAL = actor("Ajit Doval", "IND", "GOV")

H1 = "Nach wochenlangen Massenprotesten ist Bangladeschs Regierungschefin Sheikh Hasina am Montag zurückgetreten und aus dem Land geflohen."
H2 = "Ein Militärhubschrauber brachte die 76-Jährige ins Nachbarland Indien."
H3 = "Armeechef Waker-Uz-Zaman sagte in einer Fernsehansprache, das Militär werde eine Übergangsregierung bilden."
H4 = "„Ich bitte alle Studenten, Ruhe zu bewahren und nach Hause zu gehen“, sagte der General."
H5 = "Kurz nach Hasinas Flucht stürmten Tausende Menschen ihre Residenz in Dhaka und plünderten Möbel und Vorräte."
H6 = "Andere setzten die Parteizentrale ihrer Awami League in Brand."
H7 = "Am Sonntag hatte die Polizei landesweit das Feuer auf Demonstranten eröffnet, fast 100 Menschen kamen ums Leben."
H8 = "Die Regierung verhängte daraufhin eine unbefristete Ausgangssperre und ließ das mobile Internet abschalten."
H9 = "Studentenführer Nahid Islam forderte, dass Friedensnobelpreisträger Muhammad Yunus die Übergangsregierung leiten solle."
H10 = "Eine vom Militär geführte Regierung werde man nicht akzeptieren, sagte er."
H11 = "Das US-Außenministerium forderte die Armee auf, den Willen der Bevölkerung zu respektieren und einen demokratischen Übergang zu sichern."
H12 = "In Indien traf Hasina am Abend auf einem Luftwaffenstützpunkt nahe Neu-Delhi den nationalen Sicherheitsberater Ajit Doval."

DE02 = {
    "id": "hm103-de-02", "lang": "de", "url": None, "published": "2024-08-05",
    "title": "Bangladeschs Regierungschefin Hasina tritt zurück und flieht nach Indien",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12]),
    "events": [
        event("RETREAT", HASINA, None, H1, mode="resign", date="2024-08-05"),
        event("PROTEST", BGD_PROTESTERS, HASINA, H1, mode="demo"),
        event("REQUEST", WAKER, BGD_STUDENTS, H4, mode="yield"),
        event("PROTEST", BGD_PROTESTERS, HASINA, H5, mode="riot", date="2024-08-05", location="Dhaka", location_country="BGD"),
        event("PROTEST", BGD_PROTESTERS, AWAMI, H6, mode="riot", date="2024-08-05"),
        event("ASSAULT", BGD_POLICE, BGD_PROTESTERS, H7, mode="firearms", date="2024-08-04"),
        event("COERCE", BGD_GOV, None, H8, mode="curfew"),
        event("REQUEST", NAHID, BGD_ARMY, H9, mode="change"),
        event("REJECT", NAHID, BGD_ARMY, H10, mode="change"),
        event("REQUEST", US_STATE, BGD_ARMY, H11, mode="change"),
        event("CONSULT", HASINA, DOVAL, H12, mode="visit", date="2024-08-05", location="New Delhi", location_country="IND"),
    ],
    "quotes": [
        quote("das Militär werde eine Übergangsregierung bilden", "Waker-Uz-Zaman", "indirect"),
        quote("Ich bitte alle Studenten, Ruhe zu bewahren und nach Hause zu gehen", "Waker-Uz-Zaman", "direct"),
        quote("Friedensnobelpreisträger Muhammad Yunus die Übergangsregierung leiten solle", "Nahid Islam", "indirect"),
        quote("Eine vom Militär geführte Regierung werde man nicht akzeptieren", "Nahid Islam", "indirect"),
    ],
    "entities": [
        entity("Bangladesh", "GPE", "BGD", ["Bangladeschs", "dem Land"]),
        entity("Sheikh Hasina", "PER", "BGD", ["Bangladeschs Regierungschefin Sheikh Hasina", "die 76-Jährige", "Hasinas", "ihre", "ihrer", "Hasina"]),
        entity("India", "GPE", "IND", ["Nachbarland Indien", "Indien"]),
        entity("Waker-Uz-Zaman", "PER", "BGD", ["Armeechef Waker-Uz-Zaman", "der General"]),
        entity("Bangladesh Army", "ORG", "BGD", ["das Militär", "Militär", "die Armee"]),
        entity("Bangladeshi students", "ORG", "BGD", ["alle Studenten"]),
        entity("Bangladeshi protesters", "ORG", "BGD", ["Tausende Menschen", "Andere", "Demonstranten"]),
        entity("Ganabhaban", "LOC", "BGD", ["ihre Residenz in Dhaka"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("Awami League", "ORG", "BGD", ["ihrer Awami League"]),
        entity("Awami League headquarters", "LOC", "BGD", ["die Parteizentrale"]),
        entity("Bangladesh Police", "ORG", "BGD", ["die Polizei"]),
        entity("Government of Bangladesh", "ORG", "BGD", ["Die Regierung"]),
        entity("Nahid Islam", "PER", "BGD", ["Studentenführer Nahid Islam", "er"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Friedensnobelpreisträger Muhammad Yunus"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("people of Bangladesh", "ORG", "BGD", ["der Bevölkerung"]),
        entity("Hindon Air Base", "LOC", "IND", ["einem Luftwaffenstützpunkt nahe Neu-Delhi"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Ajit Doval", "PER", "IND", ["den nationalen Sicherheitsberater Ajit Doval"]),
    ],
}

# ---------------------------------------------------------------- hm103-de-03
ISRAEL = actor("Israel", "ISR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
IDF_SPOKES = actor("Israel Defense Forces spokesperson", "ISR", "MIL")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
LBN_RESIDENTS = actor("Residents of southern Lebanon", "LBN", "CVL")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
LEBANON = actor("Lebanon", "LBN", "GOV")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
FADLALLAH = actor("Hassan Fadlallah", "LBN", "LEG")

L1 = "Im Libanon ist in der Nacht zum Mittwoch eine Waffenruhe zwischen Israel und der Hisbollah-Miliz in Kraft getreten."
L2 = "Tausende Vertriebene machten sich am Morgen auf den Weg zurück in ihre Dörfer im Süden des Landes."
L3 = "Ein Sprecher der israelischen Armee forderte die Bewohner auf, vorerst nicht in Orte südlich des Litani-Flusses zurückzukehren."
L4 = "Ministerpräsident Benjamin Netanjahu hatte die Vereinbarung am Dienstagabend nach einer Sitzung seines Sicherheitskabinetts gebilligt."
L5 = "Sollte die Hisbollah gegen die Abmachungen verstoßen, werde Israel „mit voller Wucht“ zuschlagen, sagte er in einer Videobotschaft."
L6 = "Israelische Kampfflugzeuge hatten noch am Dienstag, wenige Stunden vor Beginn der Waffenruhe, Ziele in den südlichen Vororten von Beirut bombardiert."
L7 = "Nach der Vereinbarung soll sich die israelische Armee innerhalb von 60 Tagen aus dem Südlibanon zurückziehen, während libanesische Soldaten in das Grenzgebiet einrücken."
L8 = "US-Präsident Joe Biden sprach in Washington von einer „guten Nachricht“ und lobte die Regierungen Israels und des Libanon für ihren Mut."
L9 = "Der libanesische Regierungschef Nadschib Mikati begrüßte die Waffenruhe als „wichtigen Schritt“ zur Stabilität in der Region."
L10 = "Er forderte Israel auf, sich an die Vereinbarung zu halten und die besetzten Gebiete vollständig zu räumen."
L11 = "Der Hisbollah-Abgeordnete Hassan Fadlallah sagte, die Miliz werde die Waffenruhe respektieren, solange Israel seine Angriffe einstelle."
L12 = "Nach Angaben des libanesischen Gesundheitsministeriums wurden seit Beginn der Kämpfe vor mehr als einem Jahr mehr als 3.700 Menschen getötet."

DE03 = {
    "id": "hm103-de-03", "lang": "de", "url": None, "published": "2024-11-27",
    "title": "Waffenruhe zwischen Israel und Hisbollah in Kraft",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10, L11, L12]),
    "events": [
        event("RETREAT", ISRAEL, HEZBOLLAH, L1, mode="ceasefire", date="2024-11-27", location="Lebanon", location_country="LBN"),
        event("REQUEST", IDF_SPOKES, LBN_RESIDENTS, L3),
        event("AGREE", NETANYAHU, HEZBOLLAH, L4, date="2024-11-26"),
        event("THREATEN", NETANYAHU, HEZBOLLAH, L5, mode="violence"),
        event("ASSAULT", IDF, HEZBOLLAH, L6, mode="aerial", date="2024-11-26", location="Beirut", location_country="LBN"),
        event("CONCEDE", IDF, LEBANON, L7),
        event("SUPPORT", BIDEN, ISR_GOV, L8, location="Washington", location_country="USA"),
        event("SUPPORT", BIDEN, LBN_GOV, L8, location="Washington", location_country="USA"),
        event("SUPPORT", MIKATI, None, L9),
        event("REQUEST", MIKATI, ISRAEL, L10, mode="yield"),
        event("AGREE", FADLALLAH, ISRAEL, L11),
    ],
    "quotes": [
        quote("Sollte die Hisbollah gegen die Abmachungen verstoßen, werde Israel „mit voller Wucht“ zuschlagen", "Benjamin Netanyahu", "indirect"),
        quote("mit voller Wucht", "Benjamin Netanyahu", "direct"),
        quote("guten Nachricht", "Joe Biden", "direct"),
        quote("wichtigen Schritt", "Najib Mikati", "direct"),
        quote("die Miliz werde die Waffenruhe respektieren, solange Israel seine Angriffe einstelle", "Hassan Fadlallah", "indirect"),
        quote("wurden seit Beginn der Kämpfe vor mehr als einem Jahr mehr als 3.700 Menschen getötet", "Ministry of Public Health of Lebanon", "indirect"),
    ],
    "entities": [
        entity("Lebanon", "GPE", "LBN", ["Libanon", "des Landes", "des Libanon"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels"]),
        entity("Hezbollah", "ORG", "LBN", ["der Hisbollah-Miliz", "die Hisbollah", "die Miliz"]),
        entity("Displaced Lebanese", "ORG", "LBN", ["Tausende Vertriebene"]),
        entity("Southern Lebanon", "LOC", "LBN", ["im Süden des Landes", "dem Südlibanon", "das Grenzgebiet"]),
        entity("Israel Defense Forces spokesperson", "PER", "ISR", ["Ein Sprecher der israelischen Armee"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["der israelischen Armee", "die israelische Armee", "Israelische Kampfflugzeuge"]),
        entity("Residents of southern Lebanon", "ORG", "LBN", ["die Bewohner"]),
        entity("Litani River", "LOC", "LBN", ["des Litani-Flusses"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "seines", "er"]),
        entity("Israeli security cabinet", "ORG", "ISR", ["seines Sicherheitskabinetts"]),
        entity("Dahieh", "LOC", "LBN", ["den südlichen Vororten von Beirut"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["libanesische Soldaten"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Governments of Israel and Lebanon", "ORG", None, ["die Regierungen Israels und des Libanon"]),
        entity("Najib Mikati", "PER", "LBN", ["Der libanesische Regierungschef Nadschib Mikati", "Er"]),
        entity("Middle East", "LOC", None, ["der Region"]),
        entity("Israeli-occupied areas of Lebanon", "LOC", "LBN", ["die besetzten Gebiete"]),
        entity("Hassan Fadlallah", "PER", "LBN", ["Der Hisbollah-Abgeordnete Hassan Fadlallah"]),
        entity("Ministry of Public Health of Lebanon", "ORG", "LBN", ["des libanesischen Gesundheitsministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm103-de-04
FRANCE = actor("France", "FRA", "GOV")
ALGERIA = actor("Algeria", "DZA", "GOV")
ELYSEE = actor("Élysée Palace", "FRA", "GOV")
FRA_INVESTIGATORS = actor("French investigators", "FRA", "COP")
FRA_PROSECUTORS = actor("French public prosecutor's office", "FRA", "JUD")
DZA_CONSUL = actor("Algerian consular official", "DZA", "GOV")
DZA_MFA = actor("Ministry of Foreign Affairs of Algeria", "DZA", "GOV")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")

F1 = "Im Streit mit Algerien weist Frankreich zwölf algerische Diplomaten und Konsularbeamte aus."
F2 = "Zudem werde Botschafter Stéphane Romatet zu Konsultationen nach Paris zurückgerufen, teilte der Élysée-Palast am Dienstag mit."
F3 = "Die Maßnahmen seien eine Antwort auf die „ungerechtfertigte und unverständliche“ Entscheidung Algiers, zwölf Mitarbeiter der französischen Botschaft auszuweisen."
F4 = "Algerien hatte am Montag zwölf Beamte des französischen Innenministeriums, die an der Botschaft in Algier tätig sind, zu unerwünschten Personen erklärt und ihnen 48 Stunden für die Ausreise gegeben."
F5 = "Auslöser war die Festnahme eines Mitarbeiters eines algerischen Konsulats durch französische Ermittler in der vergangenen Woche."
F6 = "Die Staatsanwaltschaft wirft ihm vor, an der Entführung des regierungskritischen Influencers Amir Boukhors im April 2024 bei Paris beteiligt gewesen zu sein."
F7 = "Das algerische Außenministerium sprach von einer „politisch motivierten“ Festnahme und verlangte die sofortige Freilassung des Beamten."
F8 = "Außenminister Jean-Noël Barrot war erst Anfang April nach Algier gereist und hatte dort Präsident Abdelmadjid Tebboune getroffen."
F9 = "Beide Seiten hatten damals vereinbart, die Zusammenarbeit in Sicherheits- und Migrationsfragen wieder aufzunehmen."
F10 = "Barrot sagte nun, Algerien trage die alleinige Verantwortung für die abrupte Verschlechterung der Beziehungen."
F11 = "„Wir werden entschlossen reagieren, wann immer unsere Interessen angegriffen werden“, sagte er dem Sender France Inter."

DE04 = {
    "id": "hm103-de-04", "lang": "de", "url": None, "published": "2025-04-15",
    "title": "Frankreich weist zwölf algerische Diplomaten aus",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10, F11]),
    "events": [
        event("SANCTION", FRANCE, ALGERIA, F1, mode="expel", date="2025-04-15"),
        event("SANCTION", ELYSEE, ALGERIA, F2, mode="withdraw", date="2025-04-15"),
        event("ACCUSE", ELYSEE, ALGERIA, F3, mode="disapprove"),
        event("SANCTION", ALGERIA, FRANCE, F4, mode="expel", date="2025-04-14", location="Algiers", location_country="DZA"),
        event("COERCE", FRA_INVESTIGATORS, DZA_CONSUL, F5, mode="arrest"),
        event("ACCUSE", FRA_PROSECUTORS, DZA_CONSUL, F6, mode="allege"),
        event("ACCUSE", DZA_MFA, FRANCE, F7, mode="disapprove"),
        event("REQUEST", DZA_MFA, FRANCE, F7, mode="yield"),
        event("CONSULT", BARROT, TEBBOUNE, F8, mode="visit", location="Algiers", location_country="DZA"),
        event("AGREE", FRANCE, ALGERIA, F9),
        event("ACCUSE", BARROT, ALGERIA, F10, mode="disapprove"),
        event("THREATEN", BARROT, ALGERIA, F11),
    ],
    "quotes": [
        quote("Zudem werde Botschafter Stéphane Romatet zu Konsultationen nach Paris zurückgerufen", "Élysée Palace", "indirect"),
        quote("Die Maßnahmen seien eine Antwort auf die „ungerechtfertigte und unverständliche“ Entscheidung Algiers, zwölf Mitarbeiter der französischen Botschaft auszuweisen", "Élysée Palace", "indirect"),
        quote("ungerechtfertigte und unverständliche", "Élysée Palace", "direct"),
        quote("an der Entführung des regierungskritischen Influencers Amir Boukhors im April 2024 bei Paris beteiligt gewesen zu sein", "French public prosecutor's office", "indirect"),
        quote("politisch motivierten", "Ministry of Foreign Affairs of Algeria", "direct"),
        quote("Algerien trage die alleinige Verantwortung für die abrupte Verschlechterung der Beziehungen", "Jean-Noël Barrot", "indirect"),
        quote("Wir werden entschlossen reagieren, wann immer unsere Interessen angegriffen werden", "Jean-Noël Barrot", "direct"),
    ],
    "entities": [
        entity("Algeria", "GPE", "DZA", ["Algerien", "Algiers"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Expelled Algerian officials", "ORG", "DZA", ["zwölf algerische Diplomaten und Konsularbeamte"]),
        entity("Stéphane Romatet", "PER", "FRA", ["Botschafter Stéphane Romatet"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Élysée Palace", "ORG", "FRA", ["der Élysée-Palast"]),
        entity("French embassy in Algiers", "ORG", "FRA", ["der französischen Botschaft", "der Botschaft in Algier"]),
        entity("Expelled French embassy staff", "ORG", "FRA", ["zwölf Mitarbeiter der französischen Botschaft", "zwölf Beamte des französischen Innenministeriums, die an der Botschaft in Algier tätig sind", "ihnen"]),
        entity("Ministry of the Interior of France", "ORG", "FRA", ["des französischen Innenministeriums"]),
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("Algerian consular official", "PER", "DZA", ["eines Mitarbeiters eines algerischen Konsulats", "ihm", "des Beamten"]),
        entity("Algerian consulate", "ORG", "DZA", ["eines algerischen Konsulats"]),
        entity("French investigators", "ORG", "FRA", ["französische Ermittler"]),
        entity("French public prosecutor's office", "ORG", "FRA", ["Die Staatsanwaltschaft"]),
        entity("Amir Boukhors", "PER", "DZA", ["des regierungskritischen Influencers Amir Boukhors"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["Das algerische Außenministerium"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["Außenminister Jean-Noël Barrot", "Barrot", "er"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["Präsident Abdelmadjid Tebboune"]),
        entity("France Inter", "ORG", "FRA", ["dem Sender France Inter"]),
    ],
}

# ---------------------------------------------------------------- hm103-en-01
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
RSF = actor("Rapid Support Forces", "SDN", "REB")
SDN_JOURNALISTS = actor("Sudan TV journalists", "SDN", "CVL")
DAGALO = actor("Mohamed Hamdan Dagalo", "SDN", "REB")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
USA = actor("United States", "USA", "GOV")
FLETCHER = actor("Tom Fletcher", "UNO", "IGO")

S1 = "Sudan's army said on Friday it had recaptured the presidential palace in Khartoum from the paramilitary Rapid Support Forces, its most significant battlefield gain in nearly two years of war."
S2 = "Soldiers posted videos from inside the bullet-scarred compound, chanting slogans and waving their rifles."
S3 = "\"Our forces have completely destroyed the enemy's fighters and equipment in the area,\" army spokesman Nabil Abdallah said in a statement read on state television."
S4 = "Hours later, an RSF drone strike on the palace killed three state television journalists and several soldiers."
S5 = "The RSF acknowledged losing the compound but said the battle for Khartoum was \"not over\"."
S6 = "Only a day earlier, RSF commander Mohamed Hamdan Dagalo had vowed in a video address that his fighters would not leave the palace and accused the army of relying on Islamist militias and foreign mercenaries."
S7 = "Army chief Abdel Fattah al-Burhan, who also heads the ruling Sovereignty Council, has rejected repeated calls from Washington for a ceasefire."
S8 = "The United States imposed sanctions on Burhan in January, a week after it sanctioned Dagalo and said the RSF and allied militias had committed genocide in Darfur."
S9 = "U.N. aid chief Tom Fletcher urged both sides to let aid convoys into Khartoum and Darfur, warning that famine had spread to at least five areas."

EN01 = {
    "id": "hm103-en-01", "lang": "en", "url": None, "published": "2025-03-21",
    "title": "Sudan's army retakes presidential palace in Khartoum from RSF",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("ASSAULT", SAF, RSF, S1, date="2025-03-21", location="Khartoum", location_country="SDN"),
        event("ASSAULT", SAF, RSF, S3, location="Khartoum", location_country="SDN"),
        event("ASSAULT", RSF, SAF, S4, mode="drone", date="2025-03-21", location="Khartoum", location_country="SDN"),
        event("ASSAULT", RSF, SDN_JOURNALISTS, S4, mode="drone", date="2025-03-21", location="Khartoum", location_country="SDN"),
        event("ACCUSE", DAGALO, SAF, S6, mode="allege", date="2025-03-20"),
        event("REJECT", BURHAN, USA, S7, mode="yield"),
        event("REQUEST", USA, BURHAN, S7, mode="yield"),
        event("SANCTION", USA, BURHAN, S8, mode="discontinue"),
        event("SANCTION", USA, DAGALO, S8, mode="discontinue"),
        event("ACCUSE", USA, RSF, S8, mode="allege"),
        event("REQUEST", FLETCHER, SAF, S9, mode="assist"),
        event("REQUEST", FLETCHER, RSF, S9, mode="assist"),
    ],
    "quotes": [
        quote("it had recaptured the presidential palace in Khartoum from the paramilitary Rapid Support Forces", "Sudanese Armed Forces", "indirect"),
        quote("Our forces have completely destroyed the enemy's fighters and equipment in the area", "Nabil Abdallah", "direct"),
        quote("the battle for Khartoum was \"not over\"", "Rapid Support Forces", "indirect"),
        quote("not over", "Rapid Support Forces", "direct"),
        quote("his fighters would not leave the palace", "Mohamed Hamdan Dagalo", "indirect"),
        quote("the RSF and allied militias had committed genocide in Darfur", "United States", "indirect"),
        quote("famine had spread to at least five areas", "Tom Fletcher", "indirect"),
    ],
    "entities": [
        entity("Sudan", "GPE", "SDN", ["Sudan"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["Sudan's army", "Soldiers", "Our forces", "the army", "several soldiers"]),
        entity("Republican Palace", "LOC", "SDN", ["the presidential palace in Khartoum", "the bullet-scarred compound", "the palace", "the compound"]),
        entity("Khartoum", "LOC", "SDN", ["Khartoum"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["the paramilitary Rapid Support Forces", "the enemy", "RSF", "The RSF", "his fighters"]),
        entity("Nabil Abdallah", "PER", "SDN", ["army spokesman Nabil Abdallah"]),
        entity("Sudan TV", "ORG", "SDN", ["state television"]),
        entity("Sudan TV journalists", "ORG", "SDN", ["three state television journalists"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["RSF commander Mohamed Hamdan Dagalo", "Dagalo", "his"]),
        entity("Islamist militias", "ORG", "SDN", ["Islamist militias"]),
        entity("Foreign mercenaries", "ORG", None, ["foreign mercenaries"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Army chief Abdel Fattah al-Burhan", "Burhan"]),
        entity("Transitional Sovereignty Council", "ORG", "SDN", ["the ruling Sovereignty Council"]),
        entity("United States", "GPE", "USA", ["Washington", "The United States", "it"]),
        entity("RSF-allied militias", "ORG", "SDN", ["allied militias"]),
        entity("Darfur", "LOC", "SDN", ["Darfur"]),
        entity("Tom Fletcher", "PER", "UNO", ["U.N. aid chief Tom Fletcher"]),
    ],
}

# ---------------------------------------------------------------- hm103-en-02
IND_MIL = actor("Indian Armed Forces", "IND", "MIL")
INDIA = actor("India", "IND", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
PAF = actor("Pakistan Air Force", "PAK", "MIL")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
PAK_PMO = actor("Office of the Prime Minister of Pakistan", "PAK", "GOV")
IND_ARMY = actor("Indian Army", "IND", "MIL")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")
IND_OFFICIALS = actor("Indian officials", "IND", "GOV")
PAK_MILITANTS = actor("Pakistan-based militants", "PAK", "REB")
GUTERRES = actor("António Guterres", "UNO", "IGO")

P1 = "India launched missile strikes on what it called terrorist infrastructure at nine sites in Pakistan and Pakistani-administered Kashmir early on Wednesday, two weeks after a deadly attack on Hindu tourists in Indian Kashmir."
P2 = "Pakistan said 26 civilians, including children, were killed and that its air force had shot down five Indian fighter jets, a claim New Delhi did not address."
P3 = "\"Our actions have been focused, measured and non-escalatory in nature,\" India's defence ministry said, adding that no Pakistani military facilities had been targeted."
P4 = "Prime Minister Shehbaz Sharif called the strikes a \"heinous act of war\" and said Pakistan had every right to respond."
P5 = "After a meeting of the National Security Committee, his office said the armed forces had been authorised to take \"corresponding actions\" at a time and place of their choosing."
P6 = "Indian troops and Pakistani forces exchanged heavy artillery fire along the Line of Control, and Indian officials said Pakistani shelling had killed at least 10 civilians in the Poonch district."
P7 = "New Delhi accuses Islamabad of backing the Pakistan-based militants it blames for the April 22 attack in Pahalgam, in which 26 men were shot dead, a charge Pakistan denies."
P8 = "India has since suspended its participation in the Indus Waters Treaty, expelled Pakistani military advisers and closed the main land border crossing."
P9 = "U.N. Secretary-General Antonio Guterres called on both countries to exercise \"maximum military restraint\"."

EN02 = {
    "id": "hm103-en-02", "lang": "en", "url": None, "published": "2025-05-07",
    "title": "India strikes Pakistan over Kashmir attack; Pakistan vows to respond",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6], [P7, P8, P9]),
    "events": [
        event("ASSAULT", IND_MIL, PAKISTAN, P1, mode="heavy-weapons", date="2025-05-07", location="Pakistan", location_country="PAK"),
        event("ASSAULT", PAF, IND_MIL, P2, mode="aerial"),
        event("ACCUSE", PAKISTAN, INDIA, P2, mode="allege"),
        event("ACCUSE", SHARIF, INDIA, P4, mode="disapprove"),
        event("THREATEN", SHARIF, INDIA, P4, mode="violence"),
        event("THREATEN", PAK_PMO, INDIA, P5, mode="violence"),
        event("ASSAULT", IND_ARMY, PAK_ARMY, P6, mode="heavy-weapons", location="Line of Control"),
        event("ACCUSE", IND_OFFICIALS, PAKISTAN, P6, mode="allege"),
        event("ACCUSE", INDIA, PAKISTAN, P7, mode="allege"),
        event("ACCUSE", INDIA, PAK_MILITANTS, P7, mode="allege"),
        event("SANCTION", INDIA, PAKISTAN, P8, mode="discontinue"),
        event("REQUEST", GUTERRES, INDIA, P9, mode="yield"),
        event("REQUEST", GUTERRES, PAKISTAN, P9, mode="yield"),
    ],
    "quotes": [
        quote("26 civilians, including children, were killed", "Pakistan", "indirect"),
        quote("its air force had shot down five Indian fighter jets", "Pakistan", "indirect"),
        quote("Our actions have been focused, measured and non-escalatory in nature", "Ministry of Defence of India", "direct"),
        quote("no Pakistani military facilities had been targeted", "Ministry of Defence of India", "indirect"),
        quote("heinous act of war", "Shehbaz Sharif", "direct"),
        quote("Pakistan had every right to respond", "Shehbaz Sharif", "indirect"),
        quote("the armed forces had been authorised to take \"corresponding actions\" at a time and place of their choosing", "Office of the Prime Minister of Pakistan", "indirect"),
        quote("corresponding actions", "Office of the Prime Minister of Pakistan", "direct"),
        quote("Pakistani shelling had killed at least 10 civilians in the Poonch district", "Indian officials", "indirect"),
        quote("maximum military restraint", "António Guterres", "direct"),
    ],
    "entities": [
        entity("India", "GPE", "IND", ["India", "New Delhi"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad"]),
        entity("Azad Kashmir", "LOC", "PAK", ["Pakistani-administered Kashmir"]),
        entity("Jammu and Kashmir", "LOC", "IND", ["Indian Kashmir"]),
        entity("Hindu tourists killed in Pahalgam", "ORG", "IND", ["Hindu tourists", "26 men"]),
        entity("Pakistan Air Force", "ORG", "PAK", ["its air force"]),
        entity("Ministry of Defence of India", "ORG", "IND", ["India's defence ministry"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Prime Minister Shehbaz Sharif"]),
        entity("Office of the Prime Minister of Pakistan", "ORG", "PAK", ["his office"]),
        entity("National Security Committee", "ORG", "PAK", ["the National Security Committee"]),
        entity("Pakistan Armed Forces", "ORG", "PAK", ["the armed forces", "Pakistani forces"]),
        entity("Indian Army", "ORG", "IND", ["Indian troops"]),
        entity("Line of Control", "LOC", None, ["the Line of Control"]),
        entity("Indian officials", "ORG", "IND", ["Indian officials"]),
        entity("Poonch district", "LOC", "IND", ["the Poonch district"]),
        entity("Pakistan-based militants", "ORG", "PAK", ["the Pakistan-based militants"]),
        entity("Pahalgam", "LOC", "IND", ["Pahalgam"]),
        entity("Pakistani military advisers", "ORG", "PAK", ["Pakistani military advisers"]),
        entity("Attari-Wagah border crossing", "LOC", None, ["the main land border crossing"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
