"""Round 174: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm174-de-01: Germany, France and Britain trigger the snapback of UN sanctions on Iran; Araghchi objects, Russia and China back Tehran (2025-08-29).
- hm174-de-02: Fire at Liberia's Capitol in Monrovia amid the speakership row between Koffa and Koon; Boakai orders an inquiry, arrests (2024-12-19).
- hm174-de-03: A Houthi missile hits Ben Gurion airport; Netanyahu and Katz threaten retaliation, airlines suspend flights (2025-05-05).
- hm174-de-04: US strike on an alleged drug boat from Venezuela kills eleven; Maduro, Ñáñez and Petro react (2025-09-03).
- hm174-en-01: Haiti's transitional council replaces Prime Minister Conille with Fils-Aimé; gangs fire on a Spirit Airlines jet, the FAA bars flights (2024-11-12).
- hm174-en-02: JNIM attack on trench-digging villagers in Barsalogho, Burkina Faso; mourning, accusations against the army, Guterres condemns (2024-08-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm174-de-01 (Iran snapback)
DEU = actor("Germany", "DEU", "GOV")
FRA = actor("France", "FRA", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")
IRN = actor("Iran", "IRN", "GOV")
WADEPHUL = actor("Johann Wadephul", "DEU", "GOV")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
RUS = actor("Russia", "RUS", "GOV")
CHN = actor("China", "CHN", "GOV")
IAEA = actor("International Atomic Energy Agency", "UNO", "IGO")
RUBIO = actor("Marco Rubio", "USA", "GOV")

I1 = ("New York (dpa) - Deutschland, Frankreich und Großbritannien haben die Wiedereinsetzung der "
      "UN-Sanktionen gegen den Iran in Gang gesetzt.")
I2 = ("Die drei Staaten werfen Teheran in einem Schreiben an den UN-Sicherheitsrat vor, seine Verpflichtungen "
      "aus dem Atomabkommen von 2015 in erheblichem Maße zu verletzen.")
I3 = "Bundesaußenminister Johann Wadephul sagte am Donnerstag, man habe diesen Schritt „nicht leichtfertig“ getan."
I4 = ("Man sei aber bereit, die Frist zu verlängern, wenn Teheran den Inspektoren der Internationalen "
      "Atomenergiebehörde (IAEA) wieder vollen Zugang gewähre, so Wadephul.")
I5 = "Außenminister Abbas Araghtschi nannte das Vorgehen der Europäer „rechtlich nichtig“."
I6 = ("Das Parlament in Teheran könnte nun über einen Austritt aus dem Atomwaffensperrvertrag beraten, "
      "berichteten iranische Medien.")
I7 = "Russland und China stellten sich hinter Teheran."
I8 = ("Nach Ablauf einer Frist von 30 Tagen treten die Sanktionen automatisch wieder in Kraft, sofern der "
      "Sicherheitsrat nichts anderes beschließt.")
I9 = "Seit dem Krieg im Juni haben die Inspektoren keinen Zugang mehr zu den wichtigsten Atomanlagen."
I10 = ("Ein IAEA-Team war am Mittwoch erstmals wieder in den Iran eingereist, durfte nach Angaben von Diplomaten "
       "aber nur das Kraftwerk Buschehr besuchen.")
I11 = "US-Außenminister Marco Rubio begrüßte die Entscheidung der drei Europäer."

DE01 = {
    "id": "hm174-de-01", "lang": "de", "url": None, "published": "2025-08-29",
    "title": "Europäer setzen Rückkehr der UN-Sanktionen gegen Iran in Gang",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10, I11]),
    "events": [
        event("SANCTION", DEU, IRN, I1),
        event("SANCTION", FRA, IRN, I1),
        event("SANCTION", GBR, IRN, I1),
        event("ACCUSE", DEU, IRN, I2, mode="allege"),
        event("ACCUSE", FRA, IRN, I2, mode="allege"),
        event("ACCUSE", GBR, IRN, I2, mode="allege"),
        event("AGREE", WADEPHUL, IRN, I4),
        event("ACCUSE", ARAGHCHI, DEU, I5, mode="disapprove"),
        event("ACCUSE", ARAGHCHI, FRA, I5, mode="disapprove"),
        event("ACCUSE", ARAGHCHI, GBR, I5, mode="disapprove"),
        event("SUPPORT", RUS, IRN, I7),
        event("SUPPORT", CHN, IRN, I7),
        event("RETREAT", IRN, IAEA, I10, mode="access", date="2025-08-27", location="Bushehr",
              location_country="IRN"),
        event("SUPPORT", RUBIO, DEU, I11),
        event("SUPPORT", RUBIO, FRA, I11),
        event("SUPPORT", RUBIO, GBR, I11),
    ],
    "quotes": [
        quote("seine Verpflichtungen aus dem Atomabkommen von 2015 in erheblichem Maße zu verletzen",
              "Germany, France and the United Kingdom", "indirect"),
        quote("nicht leichtfertig", "Johann Wadephul", "direct"),
        quote("man habe diesen Schritt „nicht leichtfertig“ getan", "Johann Wadephul", "indirect"),
        quote("Man sei aber bereit, die Frist zu verlängern, wenn Teheran den Inspektoren der Internationalen "
              "Atomenergiebehörde (IAEA) wieder vollen Zugang gewähre", "Johann Wadephul", "indirect"),
        quote("rechtlich nichtig", "Abbas Araghchi", "direct"),
        quote("Das Parlament in Teheran könnte nun über einen Austritt aus dem Atomwaffensperrvertrag beraten",
              "Iranian media", "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("E3 (France, Germany, United Kingdom)", "ORG", None,
               ["Die drei Staaten", "der Europäer", "der drei Europäer"]),
        entity("Iran", "GPE", "IRN", ["den Iran", "Teheran"]),
        entity("UN Security Council", "ORG", "UNO", ["den UN-Sicherheitsrat", "der Sicherheitsrat"]),
        entity("Johann Wadephul", "PER", "DEU", ["Bundesaußenminister Johann Wadephul", "Wadephul"]),
        entity("International Atomic Energy Agency", "ORG", "UNO",
               ["der Internationalen Atomenergiebehörde (IAEA)", "Ein IAEA-Team"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Außenminister Abbas Araghtschi"]),
        entity("Islamic Consultative Assembly", "ORG", "IRN", ["Das Parlament in Teheran"]),
        entity("Iranian media", "ORG", "IRN", ["iranische Medien"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Bushehr Nuclear Power Plant", "LOC", "IRN", ["das Kraftwerk Buschehr"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
    ],
}

# ---------------------------------------------------------------- hm174-de-02 (Liberia)
BOAKAI = actor("Joseph Boakai", "LBR", "GOV")
ARSONISTS = actor("perpetrators of the Capitol fire", "LBR", None)
MAJORITY_BLOC = actor("Majority bloc of the House of Representatives of Liberia", "LBR", "LEG")
KOFFA = actor("Jonathan Fonati Koffa", "LBR", "LEG")
KOON = actor("Richard Koon", "LBR", "LEG")
LNP = actor("Liberia National Police", "LBR", "COP")
LBR_PROTESTERS = actor("Liberian protesters", "LBR", "CVL")
LBR_SUSPECTS = actor("suspects in the Capitol fire", "LBR", "CVL")
US_EMB_LBR = actor("Embassy of the United States in Monrovia", "USA", "GOV")

L1 = ("Monrovia (dpa) - Inmitten eines erbitterten Machtkampfs im Parlament ist im Kapitol der liberianischen "
      "Hauptstadt Monrovia ein Feuer ausgebrochen.")
L2 = ("Die Flammen zerstörten am Mittwoch Teile des Sitzungssaals des Repräsentantenhauses, verletzt wurde "
      "nach Angaben der Feuerwehr niemand.")
L3 = ("Präsident Joseph Boakai sprach bei einem Besuch am Brandort von einem „feigen Akt der Brandstiftung“ "
      "und ordnete eine umfassende Untersuchung an.")
L4 = "Die Verantwortlichen würden gefunden und bestraft, sagte er."
L5 = "Im Repräsentantenhaus tobt seit Wochen ein Streit um den Vorsitz."
L6 = ("Eine Mehrheit der Abgeordneten hatte Parlamentspräsident Jonathan Fonati Koffa im Herbst abgesetzt und "
      "Richard Koon zum Nachfolger bestimmt.")
L7 = "Koffa erkennt die Abwahl nicht an und nennt sie verfassungswidrig."
L8 = ("Am Dienstag hatte die Polizei vor dem Kapitol Tränengas gegen Dutzende junge Demonstranten eingesetzt, "
      "die gegen die Mehrheitsfraktion protestierten.")
L9 = "Nach dem Brand nahm die Polizei vier Verdächtige fest, darunter zwei Parlamentsmitarbeiter."
L10 = "Koffa wies jede Verwicklung in den Brand zurück."
L11 = "Die US-Botschaft in Monrovia verurteilte den Anschlag auf „das Herz der liberianischen Demokratie“."
L12 = "Boakai lud Koffa und Koon für Freitag zu einem Gespräch in sein Büro ein."
L13 = "Koon sagte seine Teilnahme zu, aus Koffas Umfeld gab es zunächst keine Reaktion."
L14 = "Liberia gilt seit dem Ende des Bürgerkriegs 2003 als politisch vergleichsweise stabil."

DE02 = {
    "id": "hm174-de-02", "lang": "de", "url": None, "published": "2024-12-19",
    "title": "Feuer im Parlament von Liberia – Boakai spricht von Brandstiftung",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8, L9, L10], [L11, L12, L13, L14]),
    "events": [
        event("ACCUSE", BOAKAI, None, L3, mode="investigate", location="Monrovia", location_country="LBR"),
        event("THREATEN", BOAKAI, ARSONISTS, L4),
        event("SANCTION", MAJORITY_BLOC, KOFFA, L6, mode="expel"),
        event("REJECT", KOFFA, MAJORITY_BLOC, L7, mode="change"),
        event("ACCUSE", KOFFA, MAJORITY_BLOC, L7, mode="disapprove"),
        event("ASSAULT", LNP, LBR_PROTESTERS, L8, mode="crowd-control", date="2024-12-17", location="Monrovia",
              location_country="LBR"),
        event("PROTEST", LBR_PROTESTERS, MAJORITY_BLOC, L8, mode="demo", date="2024-12-17", location="Monrovia",
              location_country="LBR"),
        event("COERCE", LNP, LBR_SUSPECTS, L9, mode="arrest"),
        event("ACCUSE", US_EMB_LBR, None, L11, mode="disapprove"),
        event("AGREE", BOAKAI, KOFFA, L12),
        event("AGREE", BOAKAI, KOON, L12),
        event("AGREE", KOON, BOAKAI, L13),
    ],
    "quotes": [
        quote("feigen Akt der Brandstiftung", "Joseph Boakai", "direct"),
        quote("Die Verantwortlichen würden gefunden und bestraft", "Joseph Boakai", "indirect"),
        quote("das Herz der liberianischen Demokratie", "Embassy of the United States in Monrovia", "direct"),
    ],
    "entities": [
        entity("Monrovia", "LOC", "LBR", ["Monrovia", "der liberianischen Hauptstadt Monrovia"]),
        entity("Capitol Building", "LOC", "LBR", ["im Kapitol", "dem Kapitol", "Brandort"]),
        entity("Legislature of Liberia", "ORG", "LBR", ["im Parlament"]),
        entity("House of Representatives of Liberia", "ORG", "LBR",
               ["des Repräsentantenhauses", "Im Repräsentantenhaus"]),
        entity("Liberia National Fire Service", "ORG", "LBR", ["der Feuerwehr"]),
        entity("Joseph Boakai", "PER", "LBR", ["Präsident Joseph Boakai", "Boakai", "er"]),
        entity("Majority bloc of the House of Representatives of Liberia", "ORG", "LBR",
               ["Eine Mehrheit der Abgeordneten", "die Mehrheitsfraktion"]),
        entity("Jonathan Fonati Koffa", "PER", "LBR",
               ["Parlamentspräsident Jonathan Fonati Koffa", "Koffa", "Koffas"]),
        entity("Richard Koon", "PER", "LBR", ["Richard Koon", "Koon"]),
        entity("Liberia National Police", "ORG", "LBR", ["die Polizei"]),
        entity("Liberian protesters", "ORG", "LBR", ["Dutzende junge Demonstranten"]),
        entity("suspects in the Capitol fire", "ORG", "LBR", ["vier Verdächtige"]),
        entity("Embassy of the United States in Monrovia", "ORG", "USA", ["Die US-Botschaft in Monrovia"]),
        entity("Liberia", "GPE", "LBR", ["Liberia"]),
    ],
}

# ---------------------------------------------------------------- hm174-de-03 (Houthi missile, Ben Gurion)
HOUTHIS = actor("Houthis", "YEM", "REB")
ISR = actor("Israel", "ISR", "GOV")
SAREE = actor("Yahya Saree", "YEM", "REB")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
IRN_DE3 = actor("Iran", "IRN", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
LUFTHANSA = actor("Lufthansa Group", "DEU", "BUS")
US_STATE = actor("United States Department of State", "USA", "GOV")

H1 = ("Tel Aviv (dpa) - Eine aus dem Jemen abgefeuerte Rakete der Huthi-Miliz ist auf dem Gelände des "
      "internationalen Flughafens Ben Gurion bei Tel Aviv eingeschlagen.")
H2 = "Sechs Menschen seien leicht verletzt worden, teilte der Rettungsdienst Magen David Adom am Sonntag mit."
H3 = "Nach Angaben der Armee scheiterten mehrere Versuche der Luftabwehr, das Geschoss abzufangen."
H4 = ("Huthi-Militärsprecher Jahja Sari reklamierte den Angriff für sich und kündigte eine „umfassende "
      "Luftblockade“ israelischer Flughäfen an.")
H5 = "Ministerpräsident Benjamin Netanjahu kündigte Vergeltung an."
H6 = ("„Wir haben schon früher reagiert, und wir werden wieder reagieren“, sagte er in einer Videobotschaft, "
      "„und zwar mit aller Härte.“")
H7 = "Netanjahu machte zudem den Iran für die Angriffe verantwortlich, der die Miliz mit Waffen versorge."
H8 = "Teheran wies jede Beteiligung zurück."
H9 = "Verteidigungsminister Israel Katz schrieb auf X, wer Israel angreife, werde einen „hohen Preis“ zahlen."
H10 = ("Mehrere Fluggesellschaften, darunter die Lufthansa-Gruppe, setzten ihre Flüge nach Tel Aviv "
       "vorübergehend aus.")
H11 = "Das US-Außenministerium verurteilte den Angriff und sicherte Israel seine Unterstützung zu."
H12 = "Das Sicherheitskabinett sollte am Abend über mögliche Gegenschläge beraten."

DE03 = {
    "id": "hm174-de-03", "lang": "de", "url": None, "published": "2025-05-05",
    "title": "Huthi-Rakete schlägt am Flughafen Ben Gurion ein – Netanjahu droht mit Vergeltung",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8, H9], [H10, H11, H12]),
    "events": [
        event("ASSAULT", HOUTHIS, ISR, H1, mode="heavy-weapons", location="Ben Gurion Airport",
              location_country="ISR"),
        event("ASSAULT", HOUTHIS, ISR, H4, mode="heavy-weapons"),
        event("THREATEN", SAREE, ISR, H4, mode="restrict"),
        event("THREATEN", NETANYAHU, HOUTHIS, H5, mode="violence"),
        event("THREATEN", NETANYAHU, HOUTHIS, H6, mode="violence"),
        event("ACCUSE", NETANYAHU, IRN_DE3, H7, mode="allege"),
        event("THREATEN", KATZ, HOUTHIS, H9, mode="violence"),
        event("SANCTION", LUFTHANSA, ISR, H10, mode="discontinue"),
        event("ACCUSE", US_STATE, HOUTHIS, H11, mode="disapprove"),
        event("SUPPORT", US_STATE, ISR, H11),
    ],
    "quotes": [
        quote("Sechs Menschen seien leicht verletzt worden", "Magen David Adom", "indirect"),
        quote("scheiterten mehrere Versuche der Luftabwehr, das Geschoss abzufangen", "Israel Defense Forces",
              "indirect"),
        quote("umfassende Luftblockade", "Yahya Saree", "direct"),
        quote("Wir haben schon früher reagiert, und wir werden wieder reagieren", "Benjamin Netanyahu", "direct"),
        quote("und zwar mit aller Härte", "Benjamin Netanyahu", "direct"),
        quote("der die Miliz mit Waffen versorge", "Benjamin Netanyahu", "indirect"),
        quote("hohen Preis", "Israel Katz", "direct"),
        quote("wer Israel angreife, werde einen „hohen Preis“ zahlen", "Israel Katz", "indirect"),
    ],
    "entities": [
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Yemen", "GPE", "YEM", ["dem Jemen"]),
        entity("Houthis", "ORG", "YEM", ["der Huthi-Miliz", "die Miliz"]),
        entity("Ben Gurion Airport", "LOC", "ISR", ["des internationalen Flughafens Ben Gurion"]),
        entity("Magen David Adom", "ORG", "ISR", ["der Rettungsdienst Magen David Adom"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["der Armee"]),
        entity("Yahya Saree", "PER", "YEM", ["Huthi-Militärsprecher Jahja Sari"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "Netanjahu", "er"]),
        entity("Iran", "GPE", "IRN", ["den Iran", "Teheran"]),
        entity("Israel Katz", "PER", "ISR", ["Verteidigungsminister Israel Katz"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Lufthansa Group", "ORG", "DEU", ["die Lufthansa-Gruppe"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Security Cabinet of Israel", "ORG", "ISR", ["Das Sicherheitskabinett"]),
    ],
}

# ---------------------------------------------------------------- hm174-de-04 (US strike, Venezuela)
US_MIL = actor("United States Armed Forces", "USA", "MIL")
SMUGGLERS = actor("alleged drug smugglers", None, None)
TRUMP = actor("Donald Trump", "USA", "GOV")
TDA = actor("Tren de Aragua", "VEN", None)
RUBIO_DE4 = actor("Marco Rubio", "USA", "GOV")
CARTELS = actor("drug cartels", None, None)
NANEZ = actor("Freddy Ñáñez", "VEN", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
USA = actor("United States", "USA", "GOV")
USA_MIL = actor("United States", "USA", "MIL")
PETRO = actor("Gustavo Petro", "COL", "GOV")
VEN = actor("Venezuela", "VEN", "GOV")

V1 = ("Washington (dpa) - Das US-Militär hat in der südlichen Karibik ein mutmaßliches Drogenboot angegriffen "
      "und dabei nach Angaben von Präsident Donald Trump elf Menschen getötet.")
V2 = ("Bei den Getöteten handle es sich um Mitglieder der venezolanischen Bande Tren de Aragua, schrieb Trump "
      "am Dienstag auf seiner Plattform Truth Social.")
V3 = "Außenminister Marco Rubio warnte die Drogenkartelle, der Einsatz werde „nicht der letzte“ gewesen sein."
V4 = ("Venezuelas Kommunikationsminister Freddy Ñáñez erklärte, das vom Weißen Haus verbreitete Video sei "
      "offenbar mit Künstlicher Intelligenz erstellt worden.")
V5 = ("Präsident Nicolás Maduro warf den USA vor, unter dem Vorwand der Drogenbekämpfung einen "
      "Regierungswechsel in Caracas erzwingen zu wollen.")
V6 = "Er hatte bereits im August die Mobilisierung von mehr als vier Millionen Milizionären angeordnet."
V7 = ("Sollte Venezuela angegriffen werden, werde sich das Land in eine „Republik unter Waffen“ verwandeln, "
      "sagte Maduro am Montag.")
V8 = "Die USA haben in den vergangenen Wochen mehrere Kriegsschiffe und ein Atom-U-Boot in die Region verlegt."
V9 = "Kolumbiens Präsident Gustavo Petro verurteilte den Angriff als „Mord“."
V10 = "Selbst mutmaßliche Schmuggler hätten ein Recht auf ein faires Verfahren, schrieb er."
V11 = "Direkte Gespräche zwischen Caracas und Washington gibt es derzeit nicht."

DE04 = {
    "id": "hm174-de-04", "lang": "de", "url": None, "published": "2025-09-03",
    "title": "US-Militär greift mutmaßliches Drogenboot vor Venezuela an – elf Tote",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6, V7], [V8, V9, V10, V11]),
    "events": [
        event("ASSAULT", US_MIL, SMUGGLERS, V1, location="Caribbean Sea"),
        event("ACCUSE", TRUMP, TDA, V2, mode="allege", date="2025-09-02"),
        event("THREATEN", RUBIO_DE4, CARTELS, V3, mode="violence"),
        event("ACCUSE", NANEZ, WHITE_HOUSE, V4, mode="allege"),
        event("ACCUSE", MADURO, USA, V5, mode="allege"),
        event("MOBILIZE", MADURO, None, V6, mode="militia"),
        event("THREATEN", MADURO, USA, V7, mode="violence", date="2025-09-01"),
        event("MOBILIZE", USA_MIL, None, V8, mode="troops", location="Caribbean Sea"),
        event("ACCUSE", PETRO, USA, V9, mode="disapprove"),
        event("ACCUSE", PETRO, USA, V10, mode="disapprove"),
        event("CONSULT", VEN, USA, V11, negated=True),
    ],
    "quotes": [
        quote("Bei den Getöteten handle es sich um Mitglieder der venezolanischen Bande Tren de Aragua",
              "Donald Trump", "indirect"),
        quote("nicht der letzte", "Marco Rubio", "direct"),
        quote("der Einsatz werde „nicht der letzte“ gewesen sein", "Marco Rubio", "indirect"),
        quote("das vom Weißen Haus verbreitete Video sei offenbar mit Künstlicher Intelligenz erstellt worden",
              "Freddy Ñáñez", "indirect"),
        quote("unter dem Vorwand der Drogenbekämpfung einen Regierungswechsel in Caracas erzwingen zu wollen",
              "Nicolás Maduro", "indirect"),
        quote("Republik unter Waffen", "Nicolás Maduro", "direct"),
        quote("Sollte Venezuela angegriffen werden, werde sich das Land in eine „Republik unter Waffen“ verwandeln",
              "Nicolás Maduro", "indirect"),
        quote("Mord", "Gustavo Petro", "direct"),
        quote("Selbst mutmaßliche Schmuggler hätten ein Recht auf ein faires Verfahren", "Gustavo Petro",
              "indirect"),
    ],
    "entities": [
        entity("United States Armed Forces", "ORG", "USA", ["Das US-Militär"]),
        entity("Caribbean Sea", "LOC", None, ["der südlichen Karibik", "die Region"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump", "Trump"]),
        entity("Tren de Aragua", "ORG", "VEN", ["der venezolanischen Bande Tren de Aragua"]),
        entity("Truth Social", "ORG", "MNC", ["seiner Plattform Truth Social"]),
        entity("Marco Rubio", "PER", "USA", ["Außenminister Marco Rubio"]),
        entity("drug cartels", "ORG", None, ["die Drogenkartelle"]),
        entity("Freddy Ñáñez", "PER", "VEN", ["Venezuelas Kommunikationsminister Freddy Ñáñez"]),
        entity("White House", "ORG", "USA", ["Weißen Haus"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Er", "Maduro"]),
        entity("United States", "GPE", "USA", ["Washington", "den USA", "Die USA"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuelas", "Venezuela", "das Land"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Gustavo Petro", "PER", "COL", ["Kolumbiens Präsident Gustavo Petro", "er"]),
    ],
}

# ---------------------------------------------------------------- hm174-en-01 (Haiti)
TPC = actor("Transitional Presidential Council", "HTI", "GOV")
CONILLE = actor("Garry Conille", "HTI", "GOV")
VOLTAIRE = actor("Leslie Voltaire", "HTI", "GOV")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
HTI_GANGS = actor("Haitian gangs", "HTI", None)
SPIRIT = actor("Spirit Airlines", "USA", "BUS")
FAA = actor("Federal Aviation Administration", "USA", "GOV")
HTI = actor("Haiti", "HTI", "GOV")
CHERIZIER = actor("Jimmy Chérizier", "HTI", None)
STATE_DEPT = actor("United States Department of State", "USA", "GOV")
MSS = actor("Multinational Security Support Mission", "IGO", "IGO")
RUTO = actor("William Ruto", "KEN", "GOV")
FILS_AIME = actor("Alix Didier Fils-Aimé", "HTI", "GOV")

A1 = ("PORT-AU-PRINCE, Haiti (AP) — Businessman Alix Didier Fils-Aimé was sworn in as Haiti's prime minister "
      "on Monday, a day after the country's transitional council fired his predecessor Garry Conille following "
      "months of infighting.")
A2 = ("Conille called the council's decision “illegal” and said it violated the political accord that created "
      "the nine-member body.")
A3 = "He later said he would step aside to avoid deepening the crisis."
A4 = ("At the ceremony, council president Leslie Voltaire urged the new government to restore security and to "
      "organize long-delayed elections.")
A5 = ("Hours earlier, gang members opened fire on a Spirit Airlines flight from Fort Lauderdale as it approached "
      "Port-au-Prince's Toussaint Louverture International Airport, wounding a flight attendant.")
A6 = "The plane landed safely in Santiago in the neighboring Dominican Republic."
A7 = "The U.S. Federal Aviation Administration later barred American airlines from flying to Haiti for 30 days."
A8 = ("Gang leader Jimmy Chérizier, known as Barbecue, has threatened to make the capital ungovernable unless "
      "the council steps down.")
A9 = "The United Nations says gangs control about 85% of Port-au-Prince."
A10 = ("The U.S. State Department urged Haiti's leaders to “put the interests of the Haitian people first” and "
       "said Washington would keep backing the Kenyan-led security mission.")
A11 = ("Kenya's President William Ruto told Fils-Aimé in a phone call that Nairobi stood ready to send more "
       "police officers.")

EN01 = {
    "id": "hm174-en-01", "lang": "en", "url": None, "published": "2024-11-12",
    "title": "Haiti swears in new prime minister as gunfire hits U.S. jet over Port-au-Prince",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11]),
    "events": [
        event("SANCTION", TPC, CONILLE, A1, mode="expel", date="2024-11-10"),
        event("ACCUSE", CONILLE, TPC, A2, mode="disapprove"),
        event("CONCEDE", CONILLE, TPC, A3),
        event("REQUEST", VOLTAIRE, HTI_GOV, A4, mode="change"),
        event("ASSAULT", HTI_GANGS, SPIRIT, A5, mode="firearms", location="Port-au-Prince", location_country="HTI"),
        event("SANCTION", FAA, HTI, A7, mode="discontinue"),
        event("THREATEN", CHERIZIER, TPC, A8, mode="violence"),
        event("REQUEST", STATE_DEPT, HTI_GOV, A10, mode="change"),
        event("AGREE", STATE_DEPT, MSS, A10),
        event("CONSULT", RUTO, FILS_AIME, A11, mode="phone"),
        event("AGREE", RUTO, FILS_AIME, A11),
    ],
    "quotes": [
        quote("illegal", "Garry Conille", "direct"),
        quote("it violated the political accord that created the nine-member body", "Garry Conille", "indirect"),
        quote("he would step aside to avoid deepening the crisis", "Garry Conille", "indirect"),
        quote("gangs control about 85% of Port-au-Prince", "United Nations", "indirect"),
        quote("put the interests of the Haitian people first", "United States Department of State", "direct"),
        quote("Washington would keep backing the Kenyan-led security mission", "United States Department of State",
              "indirect"),
        quote("Nairobi stood ready to send more police officers", "William Ruto", "indirect"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["PORT-AU-PRINCE", "Port-au-Prince", "the capital"]),
        entity("Haiti", "GPE", "HTI", ["Haiti", "Haiti's", "the country's"]),
        entity("Alix Didier Fils-Aimé", "PER", "HTI", ["Businessman Alix Didier Fils-Aimé", "Fils-Aimé"]),
        entity("Transitional Presidential Council", "ORG", "HTI",
               ["the country's transitional council", "the council's", "the nine-member body", "the council"]),
        entity("Garry Conille", "PER", "HTI", ["his predecessor Garry Conille", "Conille", "He"]),
        entity("Leslie Voltaire", "PER", "HTI", ["council president Leslie Voltaire"]),
        entity("Government of Haiti", "ORG", "HTI", ["the new government", "Haiti's leaders"]),
        entity("Haitian gangs", "ORG", "HTI", ["gang members", "gangs"]),
        entity("Spirit Airlines", "ORG", "USA", ["Spirit Airlines"]),
        entity("Fort Lauderdale", "LOC", "USA", ["Fort Lauderdale"]),
        entity("Toussaint Louverture International Airport", "LOC", "HTI",
               ["Toussaint Louverture International Airport"]),
        entity("Santiago de los Caballeros", "LOC", "DOM", ["Santiago"]),
        entity("Dominican Republic", "GPE", "DOM", ["the neighboring Dominican Republic"]),
        entity("Federal Aviation Administration", "ORG", "USA", ["The U.S. Federal Aviation Administration"]),
        entity("Jimmy Chérizier", "PER", "HTI", ["Gang leader Jimmy Chérizier", "Barbecue"]),
        entity("United Nations", "ORG", "UNO", ["The United Nations"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Multinational Security Support Mission", "ORG", "IGO", ["the Kenyan-led security mission"]),
        entity("William Ruto", "PER", "KEN", ["Kenya's President William Ruto"]),
        entity("Kenya", "GPE", "KEN", ["Kenya's", "Nairobi"]),
    ],
}

# ---------------------------------------------------------------- hm174-en-02 (Burkina Faso)
JNIM = actor("Jama'at Nusrat al-Islam wal-Muslimin", None, "REB")
BFA_CIV = actor("Burkinabe civilians", "BFA", "CVL")
VDP = actor("Volunteers for the Defense of the Homeland", "BFA", "MIL")
OUEDRAOGO = actor("Jean Emmanuel Ouédraogo", "BFA", "GOV")
BFA_ARMY = actor("Armed Forces of Burkina Faso", "BFA", "MIL")
CISC = actor("Collective Against Impunity and Stigmatization of Communities", "BFA", "NGO")
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
MLI_MIL = actor("Mali", "MLI", "MIL")
NER_MIL = actor("Niger", "NER", "MIL")
BFA_MIL = actor("Burkina Faso", "BFA", "MIL")

B1 = ("OUAGADOUGOU, Burkina Faso (AP) — Burkina Faso's military government declared three days of national "
      "mourning on Monday after al-Qaida-linked militants killed scores of people in the central town of "
      "Barsalogho.")
B2 = ("Fighters from Jama'at Nusrat al-Islam wal-Muslimin, or JNIM, opened fire on Saturday on villagers who "
      "were digging defensive trenches around the town, residents said.")
B3 = "JNIM claimed responsibility in a statement, saying it had targeted members of a pro-government militia."
B4 = ("Government spokesman Jean Emmanuel Ouédraogo condemned what he called a “barbaric” attack on innocent "
      "civilians.")
B5 = "The army said it had sent reinforcements and aircraft to the area and was hunting down the attackers."
B6 = ("A local rights group, the Collective Against Impunity and Stigmatization of Communities, accused "
      "soldiers of forcing residents to dig the trenches despite warnings that the work exposed them to attack.")
B7 = "The military denied forcing anyone to work."
B8 = "Authorities cut mobile internet in the region on Sunday, according to residents."
B9 = ("U.N. Secretary-General António Guterres strongly condemned the killings and called on the authorities "
      "to bring those responsible to justice.")
B10 = ("The army said Mali and Niger, Burkina Faso's partners in the Alliance of Sahel States, were sharing "
       "intelligence on the militants' movements.")
B11 = ("The attack was among the deadliest in a decade-long insurgency that has displaced more than 2 million "
       "people in the country.")

EN02 = {
    "id": "hm174-en-02", "lang": "en", "url": None, "published": "2024-08-27",
    "title": "Burkina Faso mourns after jihadi attack on trench diggers in Barsalogho",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11]),
    "events": [
        event("ASSAULT", JNIM, BFA_CIV, B1, mode="massacre", location="Barsalogho", location_country="BFA"),
        event("ASSAULT", JNIM, BFA_CIV, B2, mode="firearms", date="2024-08-24", location="Barsalogho",
              location_country="BFA"),
        event("ASSAULT", JNIM, VDP, B3),
        event("ACCUSE", OUEDRAOGO, JNIM, B4, mode="disapprove"),
        event("MOBILIZE", BFA_ARMY, None, B5, mode="troops", location="Barsalogho", location_country="BFA"),
        event("ACCUSE", CISC, BFA_ARMY, B6, mode="allege"),
        event("COERCE", BFA_GOV, BFA_CIV, B8, mode="withhold", date="2024-08-25"),
        event("ACCUSE", GUTERRES, JNIM, B9, mode="disapprove"),
        event("REQUEST", GUTERRES, BFA_GOV, B9, mode="change"),
        event("COOPERATE", MLI_MIL, BFA_MIL, B10),
        event("COOPERATE", NER_MIL, BFA_MIL, B10),
    ],
    "quotes": [
        quote("Fighters from Jama'at Nusrat al-Islam wal-Muslimin, or JNIM, opened fire on Saturday on villagers "
              "who were digging defensive trenches around the town", "Residents of Barsalogho", "indirect"),
        quote("it had targeted members of a pro-government militia", "Jama'at Nusrat al-Islam wal-Muslimin",
              "indirect"),
        quote("barbaric", "Jean Emmanuel Ouédraogo", "direct"),
        quote("it had sent reinforcements and aircraft to the area and was hunting down the attackers",
              "Armed Forces of Burkina Faso", "indirect"),
        quote("Authorities cut mobile internet in the region on Sunday", "Residents of Barsalogho", "indirect"),
        quote("Mali and Niger, Burkina Faso's partners in the Alliance of Sahel States, were sharing intelligence "
              "on the militants' movements", "Armed Forces of Burkina Faso", "indirect"),
    ],
    "entities": [
        entity("Ouagadougou", "LOC", "BFA", ["OUAGADOUGOU"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso", "Burkina Faso's", "the country"]),
        entity("Government of Burkina Faso", "ORG", "BFA",
               ["Burkina Faso's military government", "Authorities", "the authorities"]),
        entity("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", None,
               ["al-Qaida-linked militants", "Fighters from Jama'at Nusrat al-Islam wal-Muslimin, or JNIM", "JNIM",
                "the attackers", "the militants'"]),
        entity("al-Qaida", "ORG", None, ["al-Qaida"]),
        entity("Barsalogho", "LOC", "BFA", ["the central town of Barsalogho", "the town", "the area"]),
        entity("Burkinabe civilians", "ORG", "BFA", ["villagers", "innocent civilians"]),
        entity("Residents of Barsalogho", "ORG", "BFA", ["residents"]),
        entity("Volunteers for the Defense of the Homeland", "ORG", "BFA", ["a pro-government militia"]),
        entity("Jean Emmanuel Ouédraogo", "PER", "BFA", ["Government spokesman Jean Emmanuel Ouédraogo", "he"]),
        entity("Armed Forces of Burkina Faso", "ORG", "BFA", ["The army", "soldiers", "The military"]),
        entity("Collective Against Impunity and Stigmatization of Communities", "ORG", "BFA",
               ["A local rights group", "the Collective Against Impunity and Stigmatization of Communities"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General António Guterres"]),
        entity("Mali", "GPE", "MLI", ["Mali"]),
        entity("Niger", "GPE", "NER", ["Niger"]),
        entity("Alliance of Sahel States", "ORG", "IGO", ["the Alliance of Sahel States"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
