"""Round 351: six invented wire-style articles (4 German, 2 English), written blind. Region: North America.

Stories (real settings 2024-2025, invented wording and details):
- hm351-de-01: United States: the Court of International Trade rules most of Trump's emergency tariffs unlawful and orders them lifted; the White House appeals, Desai and Miller attack the judges, Oregon's Rayfield and Carney welcome the ruling, Greer keeps talking to partners (2025-05-29).
- hm351-de-02: Canada: the RCMP arrests and charges four men, among them a serving soldier, over an alleged anti-government militia plot in Quebec; weapons seized in 2024, custody ordered, the Armed Forces suspend the soldier, Anandasangaree and Legault praise the police, Poilievre demands tighter screening (2025-07-09).
- hm351-de-03: Mexico/China: Ebrard's bill to raise tariffs of up to 50 percent on Chinese and other Asian imports; Sheinbaum meets ambassador Zhang Run, Beijing's commerce ministry objects, warns and demands a rethink, Lin Jian blames Washington, Canacintra welcomes and AMDA criticises the plan (2025-09-11).
- hm351-de-04: United States: the Supreme Court unanimously upholds the TikTok divest-or-ban law; TikTok threatens to go dark and demands assurances, Trump phones Xi, Chew thanks Trump, Mao Ning accuses Washington, Cotton and Markey react (2025-01-18).
- hm351-en-01: United States: Judge Sidney Stein sentences former Senator Bob Menendez to 11 years for bribery and acting as an agent of Egypt, Hana and Daibes also jailed; Menendez pleads for mercy, asks Trump for a pardon and attacks prosecutors (2025-01-29).
- hm351-en-02: Mexico/United States: the USDA halts Mexican cattle imports again after a New World screwworm case in Veracruz; Rollins blames Mexico, Berdegué objects and asks her by phone to reconsider, Sheinbaum disagrees but pledges to keep working with Washington, the ranchers' confederation demands a protocol, Sid Miller praises Rollins (2025-07-10).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm351-de-01 (United States, tariff ruling)
CIT = actor("United States Court of International Trade", "USA", "JUD")
TRUMP = actor("Donald Trump", "USA", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
SMALL_FIRMS = actor("five small businesses suing over Trump's tariffs", "USA", "BUS")
TWELVE_STATES = actor("twelve U.S. states led by Oregon", "USA", "GOV")
RAYFIELD = actor("Dan Rayfield", "USA", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
DESAI = actor("Kush Desai", "USA", "GOV")
SMILLER = actor("Stephen Miller", "USA", "GOV")
CARNEY = actor("Mark Carney", "CAN", "GOV")
GREER = actor("Jamieson Greer", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
WYDEN = actor("Ron Wyden", "USA", "LEG")
CONGRESS = actor("United States Congress", "USA", "LEG")

A1 = ("New York (dpa) - Ein US-Bundesgericht hat einen Großteil der Zölle von Präsident Donald Trump für "
      "rechtswidrig erklärt und ihre Aufhebung angeordnet.")
A2 = ("Das Gericht für internationalen Handel in New York entschied am Mittwoch, dass das Notstandsgesetz von 1977, "
      "auf das sich Trump berufen hatte, dem Präsidenten keine unbegrenzte Befugnis zur Verhängung von Zöllen gebe.")
A3 = "Die drei Richter gaben der Regierung zehn Tage Zeit, die betroffenen Abgaben aufzuheben."
A4 = ("Das Urteil betrifft die weltweiten Zölle, die Trump Anfang April am sogenannten „Tag der Befreiung“ verkündet "
      "hatte, sowie die Abgaben auf Waren aus Kanada, Mexiko und China, die er mit dem Kampf gegen den "
      "Fentanyl-Schmuggel begründet hatte.")
A5 = ("Geklagt hatten fünf kleine Unternehmen, darunter ein Weinimporteur aus New York, sowie zwölf Bundesstaaten "
      "unter Führung Oregons.")
A6 = ("„Das ist ein Sieg für die Rechtsstaatlichkeit und für jede Familie, die diese Zölle an der Kasse bezahlt“, "
      "sagte Oregons Generalstaatsanwalt Dan Rayfield.")
A7 = "Das Weiße Haus legte noch am Mittwoch Berufung gegen das Urteil ein."
A8 = ("„Es ist nicht Sache nicht gewählter Richter, darüber zu entscheiden, wie ein nationaler Notstand angemessen "
      "zu bewältigen ist“, sagte Sprecher Kush Desai.")
A9 = "Trumps Vize-Stabschef Stephen Miller sprach im Onlinedienst X von einem „Justizputsch“."
A10 = ("Die Zölle auf Stahl, Aluminium und Autos, die auf einem anderen Gesetz beruhen, sind von dem Urteil nicht "
       "berührt.")
A11 = ("In Ottawa begrüßte Premierminister Mark Carney die Entscheidung, forderte Washington aber auf, sämtliche "
       "Zölle gegen Kanada aufzuheben.")
A12 = "„Zölle, die auf einer falschen Grundlage stehen, müssen vollständig verschwinden“, sagte der Regierungschef."
A13 = ("Der US-Handelsbeauftragte Jamieson Greer sagte, die Gespräche mit der Europäischen Union, Japan und anderen "
       "Partnern würden ungeachtet des Urteils fortgesetzt.")
A14 = ("Der demokratische Senator Ron Wyden forderte den Kongress auf, dem Präsidenten die Befugnis über Zölle "
       "dauerhaft zu entziehen.")
A15 = "An den Börsen in Asien stiegen die Kurse am Donnerstag deutlich."

DE01 = {
    "id": "hm351-de-01", "lang": "de", "url": None, "published": "2025-05-29",
    "title": "US-Gericht kippt Trumps Notstandszölle",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6], [A7, A8, A9, A10], [A11, A12, A13, A14, A15]),
    "events": [
        event("SANCTION", CIT, TRUMP, A1, mode="convict", location="New York", location_country="USA"),
        event("REQUEST", CIT, USA_GOV, A1, mode="change", location="New York", location_country="USA"),
        event("SANCTION", CIT, TRUMP, A2, mode="convict", date="2025-05-28", location="New York",
              location_country="USA"),
        event("REQUEST", CIT, USA_GOV, A3, mode="change"),
        event("SANCTION", TRUMP, CAN_GOV, A4, mode="discontinue"),
        event("SANCTION", TRUMP, MEX_GOV, A4, mode="discontinue"),
        event("SANCTION", TRUMP, CHN_GOV, A4, mode="discontinue"),
        event("ACCUSE", SMALL_FIRMS, USA_GOV, A5, mode="allege"),
        event("ACCUSE", TWELVE_STATES, USA_GOV, A5, mode="allege"),
        event("SUPPORT", RAYFIELD, CIT, A6),
        event("REJECT", WHITE_HOUSE, CIT, A7, date="2025-05-28"),
        event("ACCUSE", DESAI, CIT, A8, mode="disapprove"),
        event("ACCUSE", SMILLER, CIT, A9, mode="disapprove"),
        event("SUPPORT", CARNEY, CIT, A11, location="Ottawa", location_country="CAN"),
        event("REQUEST", CARNEY, USA_GOV, A11, mode="yield", location="Ottawa", location_country="CAN"),
        event("REQUEST", CARNEY, USA_GOV, A12, mode="yield"),
        event("AGREE", GREER, EU, A13),
        event("AGREE", GREER, JPN_GOV, A13),
        event("REQUEST", WYDEN, CONGRESS, A14, mode="change"),
    ],
    "quotes": [
        quote("das Notstandsgesetz von 1977, auf das sich Trump berufen hatte, dem Präsidenten keine unbegrenzte "
              "Befugnis zur Verhängung von Zöllen gebe", "United States Court of International Trade", "indirect"),
        quote("Tag der Befreiung", "Donald Trump", "direct"),
        quote("Das ist ein Sieg für die Rechtsstaatlichkeit und für jede Familie, die diese Zölle an der Kasse bezahlt",
              "Dan Rayfield", "direct"),
        quote("Es ist nicht Sache nicht gewählter Richter, darüber zu entscheiden, wie ein nationaler Notstand "
              "angemessen zu bewältigen ist", "Kush Desai", "direct"),
        quote("Justizputsch", "Stephen Miller", "direct"),
        quote("Zölle, die auf einer falschen Grundlage stehen, müssen vollständig verschwinden", "Mark Carney",
              "direct"),
        quote("die Gespräche mit der Europäischen Union, Japan und anderen Partnern würden ungeachtet des Urteils "
              "fortgesetzt", "Jamieson Greer", "indirect"),
    ],
    "entities": [
        entity("New York City", "LOC", "USA", ["New York"]),
        entity("United States Court of International Trade", "ORG", "USA",
               ["Ein US-Bundesgericht", "Das Gericht für internationalen Handel in New York", "Die drei Richter",
                "nicht gewählter Richter"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump", "Trump", "dem Präsidenten", "er", "Trumps"]),
        entity("International Emergency Economic Powers Act", "ORG", "USA", ["das Notstandsgesetz von 1977"]),
        entity("Government of the United States", "ORG", "USA", ["der Regierung", "Washington"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("five small businesses suing over Trump's tariffs", "ORG", "USA",
               ["fünf kleine Unternehmen", "ein Weinimporteur aus New York"]),
        entity("twelve U.S. states led by Oregon", "ORG", "USA", ["zwölf Bundesstaaten unter Führung Oregons"]),
        entity("Oregon", "LOC", "USA", ["Oregons"]),
        entity("Dan Rayfield", "PER", "USA", ["Oregons Generalstaatsanwalt Dan Rayfield"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("Kush Desai", "PER", "USA", ["Sprecher Kush Desai"]),
        entity("Stephen Miller", "PER", "USA", ["Trumps Vize-Stabschef Stephen Miller"]),
        entity("X", "ORG", "MNC", ["im Onlinedienst X"]),
        entity("Ottawa", "LOC", "CAN", ["In Ottawa"]),
        entity("Mark Carney", "PER", "CAN", ["Premierminister Mark Carney", "der Regierungschef"]),
        entity("Jamieson Greer", "PER", "USA", ["Der US-Handelsbeauftragte Jamieson Greer"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Ron Wyden", "PER", "USA", ["Der demokratische Senator Ron Wyden"]),
        entity("United States Congress", "ORG", "USA", ["den Kongress"]),
        entity("Asia", "LOC", None, ["in Asien"]),
    ],
}

# ---------------------------------------------------------------- hm351-de-02 (Canada, militia plot in Quebec)
RCMP = actor("Royal Canadian Mounted Police", "CAN", "COP")
PLOTTERS = actor("four men charged over an anti-government militia plot in Quebec", "CAN", "REB")
QC_COURT = actor("Court of Quebec", "CAN", "JUD")
CAF = actor("Canadian Armed Forces", "CAN", "MIL")
ACCUSED_SOLDIER = actor("Canadian Armed Forces soldier charged in the Quebec militia plot", "CAN", "MIL")
ANANDASANGAREE = actor("Gary Anandasangaree", "CAN", "GOV")
LEGAULT = actor("François Legault", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
CAN_GOV2 = actor("Government of Canada", "CAN", "GOV")

B1 = ("Québec (dpa) - Die kanadische Bundespolizei RCMP hat vier Männer festgenommen, die in der Provinz Québec eine "
      "regierungsfeindliche Miliz aufgebaut haben sollen.")
B2 = "Unter den Verdächtigen sei ein aktiver Soldat der kanadischen Streitkräfte, teilte die Polizei am Dienstag mit."
B3 = "Den Männern wird unter anderem die Unterstützung terroristischer Aktivitäten vorgeworfen."
B4 = ("Sie sollen geplant haben, sich mit Waffengewalt ein Stück Land nördlich der Stadt Québec anzueignen und dort "
      "eine eigene Ordnung zu errichten.")
B5 = "Die Ermittlungen hatten nach Angaben der RCMP im Sommer 2023 begonnen."
B6 = ("Bei Durchsuchungen im Januar 2024 hatten die Beamten Dutzende Schusswaffen, Sprengstoff, Nachtsichtgeräte und "
      "rund 16.000 Schuss Munition beschlagnahmt.")
B7 = ("„Das war keine Gruppe von Männern, die im Wald Krieg spielen, sondern eine ernsthafte, gut organisierte "
      "Bedrohung“, sagte die Leiterin der RCMP-Einheit für nationale Sicherheit in Québec.")
B8 = ("Die vier Verdächtigen wurden am Dienstag einem Richter in Québec vorgeführt, der ihre Untersuchungshaft "
      "anordnete.")
B9 = ("Generalstabschefin Jennie Carignan sagte, die Streitkräfte arbeiteten seit Beginn der Ermittlungen eng mit "
      "der Polizei zusammen.")
B10 = "Der beschuldigte Soldat sei vom Dienst suspendiert worden, fügte sie hinzu."
B11 = "Kanadas Minister für öffentliche Sicherheit, Gary Anandasangaree, dankte den Ermittlern für ihre Arbeit."
B12 = "„Gewaltbereiter Extremismus, aus welcher Richtung auch immer, hat in Kanada keinen Platz“, sagte er in Ottawa."
B13 = ("Québecs Regierungschef François Legault sprach von einem „zutiefst beunruhigenden“ Fall und lobte das "
       "Vorgehen der RCMP.")
B14 = ("Der Vorsitzende der Konservativen, Pierre Poilievre, forderte die Regierung auf, die Überprüfung von "
       "Rekruten der Streitkräfte auf extremistische Verbindungen zu verschärfen.")
B15 = ("Der Fall zeige, dass die Regierung die Gefahr durch Extremisten in Uniform lange unterschätzt habe, sagte "
       "Poilievre.")
B16 = "Die RCMP schloss weitere Festnahmen nicht aus."

DE02 = {
    "id": "hm351-de-02", "lang": "de", "url": None, "published": "2025-07-09",
    "title": "Kanadische Polizei nimmt mutmaßliche Milizionäre in Québec fest",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12, B13], [B14, B15, B16]),
    "events": [
        event("COERCE", RCMP, PLOTTERS, B1, mode="arrest", location="Quebec", location_country="CAN"),
        event("ACCUSE", RCMP, PLOTTERS, B3, mode="allege"),
        event("ACCUSE", RCMP, PLOTTERS, B5, mode="investigate"),
        event("COERCE", RCMP, PLOTTERS, B6, mode="seize"),
        event("COERCE", QC_COURT, PLOTTERS, B8, mode="arrest", date="2025-07-08", location="Quebec City",
              location_country="CAN"),
        event("COOPERATE", CAF, RCMP, B9),
        event("SANCTION", CAF, ACCUSED_SOLDIER, B10, mode="expel"),
        event("SUPPORT", ANANDASANGAREE, RCMP, B11),
        event("SUPPORT", LEGAULT, RCMP, B13),
        event("REQUEST", POILIEVRE, CAN_GOV2, B14, mode="change"),
        event("ACCUSE", POILIEVRE, CAN_GOV2, B15, mode="disapprove"),
    ],
    "quotes": [
        quote("Unter den Verdächtigen sei ein aktiver Soldat der kanadischen Streitkräfte",
              "Royal Canadian Mounted Police", "indirect"),
        quote("Die Ermittlungen hatten nach Angaben der RCMP im Sommer 2023 begonnen",
              "Royal Canadian Mounted Police", "indirect"),
        quote("Das war keine Gruppe von Männern, die im Wald Krieg spielen, sondern eine ernsthafte, gut organisierte "
              "Bedrohung", "head of the RCMP national security unit in Quebec", "direct"),
        quote("die Streitkräfte arbeiteten seit Beginn der Ermittlungen eng mit der Polizei zusammen", "Jennie Carignan",
              "indirect"),
        quote("Der beschuldigte Soldat sei vom Dienst suspendiert worden", "Jennie Carignan", "indirect"),
        quote("Gewaltbereiter Extremismus, aus welcher Richtung auch immer, hat in Kanada keinen Platz",
              "Gary Anandasangaree", "direct"),
        quote("zutiefst beunruhigenden", "François Legault", "direct"),
        quote("Der Fall zeige, dass die Regierung die Gefahr durch Extremisten in Uniform lange unterschätzt habe",
              "Pierre Poilievre", "indirect"),
    ],
    "entities": [
        entity("Quebec City", "LOC", "CAN", ["Québec", "der Stadt Québec", "in Québec"]),
        entity("Royal Canadian Mounted Police", "ORG", "CAN", ["Die kanadische Bundespolizei RCMP", "die Polizei",
                                                               "der RCMP", "die Beamten", "der Polizei",
                                                               "Die RCMP", "den Ermittlern"]),
        entity("four men charged over an anti-government militia plot in Quebec", "PER", "CAN",
               ["vier Männer", "den Verdächtigen", "Den Männern", "Die vier Verdächtigen"]),
        entity("Quebec", "LOC", "CAN", ["der Provinz Québec", "Québecs"]),
        entity("anti-government militia in Quebec", "ORG", "CAN", ["eine regierungsfeindliche Miliz"]),
        entity("Canadian Armed Forces soldier charged in the Quebec militia plot", "PER", "CAN",
               ["ein aktiver Soldat der kanadischen Streitkräfte", "Der beschuldigte Soldat"]),
        entity("Canadian Armed Forces", "ORG", "CAN", ["der kanadischen Streitkräfte", "die Streitkräfte",
                                                       "der Streitkräfte"]),
        entity("head of the RCMP national security unit in Quebec", "PER", "CAN",
               ["die Leiterin der RCMP-Einheit für nationale Sicherheit in Québec"]),
        entity("Court of Quebec", "ORG", "CAN", ["einem Richter in Québec"]),
        entity("Jennie Carignan", "PER", "CAN", ["Generalstabschefin Jennie Carignan", "sie"]),
        entity("Gary Anandasangaree", "PER", "CAN", ["Kanadas Minister für öffentliche Sicherheit, Gary "
                                                     "Anandasangaree", "er"]),
        entity("Canada", "LOC", "CAN", ["Kanadas", "in Kanada"]),
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("François Legault", "PER", "CAN", ["Québecs Regierungschef François Legault"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Der Vorsitzende der Konservativen, Pierre Poilievre",
                                                  "Poilievre"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["der Konservativen"]),
        entity("Government of Canada", "ORG", "CAN", ["die Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm351-de-03 (Mexico/China, tariff bill)
MEX_GOV3 = actor("Government of Mexico", "MEX", "GOV")
CHN_GOV3 = actor("Government of China", "CHN", "GOV")
USA_GOV3 = actor("Government of the United States", "USA", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
ZHANG_RUN = actor("Zhang Run", "CHN", "GOV")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
CANACINTRA = actor("National Chamber of the Transformation Industry", "MEX", "BUS")
AMDA = actor("Mexican Association of Automotive Dealers", "MEX", "BUS")

C1 = ("Mexiko-Stadt (dpa) - Mexiko will die Zölle auf Importe aus China und anderen asiatischen Ländern drastisch "
      "erhöhen.")
C2 = ("Wirtschaftsminister Marcelo Ebrard legte dem Kongress am Dienstag einen Gesetzentwurf vor, der für rund 1400 "
      "Warengruppen Abgaben von bis zu 50 Prozent vorsieht, darunter Autos, Textilien, Stahl und Spielzeug.")
C3 = ("Betroffen wären Länder, mit denen Mexiko kein Freihandelsabkommen hat, neben China vor allem Südkorea, "
      "Indien, Thailand, Indonesien und die Türkei.")
C4 = ("„Wir wollen 325.000 Arbeitsplätze in der Industrie schützen, die durch Billigimporte unter Druck stehen“, "
      "sagte Ebrard.")
C5 = ("Präsidentin Claudia Sheinbaum wies Berichte zurück, wonach die Maßnahme auf Druck aus Washington zustande "
      "gekommen sei.")
C6 = ("„Das ist eine Entscheidung Mexikos, sie richtet sich gegen niemanden“, sagte sie bei ihrer morgendlichen "
      "Pressekonferenz.")
C7 = ("Die US-Regierung hatte Mexiko in den vergangenen Monaten wiederholt aufgefordert, sich stärker gegen "
      "chinesische Waren abzuschotten, die über Mexiko in die Vereinigten Staaten gelangen.")
C8 = ("Sheinbaum sagte, sie habe am Mittwoch mit dem chinesischen Botschafter Zhang Run über die Pläne gesprochen und "
      "ihm versichert, dass Mexiko gute Beziehungen zu Peking wolle.")
C9 = "In Peking reagierte das Handelsministerium mit scharfer Kritik."
C10 = ("China lehne einseitige Zollerhöhungen auf Kosten seiner Interessen entschieden ab und werde seine Rechte "
       "entschlossen verteidigen, erklärte ein Sprecher des Ministeriums.")
C11 = "Peking fordere Mexiko auf, den Entwurf zu überdenken, hieß es weiter."
C12 = ("Außenamtssprecher Lin Jian warf den USA vor, andere Länder unter Druck zu setzen, damit sie Zölle gegen China "
       "verhängen.")
C13 = "Der mexikanische Industrieverband Canacintra begrüßte den Vorstoß als „überfällig“."
C14 = ("Der Verband der Autohändler AMDA kritisierte dagegen, die Zölle würden die Preise für Neuwagen in die Höhe "
       "treiben, von denen ein großer Teil aus China stamme.")
C15 = ("Der Kongress, in dem Sheinbaums Partei Morena und ihre Verbündeten über eine Mehrheit verfügen, soll noch in "
       "diesem Jahr über den Entwurf abstimmen.")

DE03 = {
    "id": "hm351-de-03", "lang": "de", "url": None, "published": "2025-09-11",
    "title": "Mexiko plant hohe Zölle auf Waren aus China",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15]),
    "events": [
        event("THREATEN", MEX_GOV3, CHN_GOV3, C1),
        event("REQUEST", USA_GOV3, MEX_GOV3, C7, mode="change"),
        event("CONSULT", SHEINBAUM, ZHANG_RUN, C8, date="2025-09-10"),
        event("ACCUSE", MOFCOM, MEX_GOV3, C9, mode="disapprove", location="Beijing", location_country="CHN"),
        event("ACCUSE", MOFCOM, MEX_GOV3, C10, mode="disapprove"),
        event("THREATEN", MOFCOM, MEX_GOV3, C10),
        event("REQUEST", MOFCOM, MEX_GOV3, C11, mode="change"),
        event("ACCUSE", LIN_JIAN, USA_GOV3, C12, mode="disapprove"),
        event("SUPPORT", CANACINTRA, MEX_GOV3, C13),
        event("ACCUSE", AMDA, MEX_GOV3, C14, mode="disapprove"),
    ],
    "quotes": [
        quote("Wir wollen 325.000 Arbeitsplätze in der Industrie schützen, die durch Billigimporte unter Druck stehen",
              "Marcelo Ebrard", "direct"),
        quote("Das ist eine Entscheidung Mexikos, sie richtet sich gegen niemanden", "Claudia Sheinbaum", "direct"),
        quote("sie habe am Mittwoch mit dem chinesischen Botschafter Zhang Run über die Pläne gesprochen und ihm "
              "versichert, dass Mexiko gute Beziehungen zu Peking wolle", "Claudia Sheinbaum", "indirect"),
        quote("China lehne einseitige Zollerhöhungen auf Kosten seiner Interessen entschieden ab und werde seine "
              "Rechte entschlossen verteidigen", "Ministry of Commerce of China", "indirect"),
        quote("Peking fordere Mexiko auf, den Entwurf zu überdenken", "Ministry of Commerce of China", "indirect"),
        quote("andere Länder unter Druck zu setzen, damit sie Zölle gegen China verhängen", "Lin Jian", "indirect"),
        quote("überfällig", "National Chamber of the Transformation Industry", "direct"),
        quote("die Zölle würden die Preise für Neuwagen in die Höhe treiben, von denen ein großer Teil aus China "
              "stamme", "Mexican Association of Automotive Dealers", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko", "Mexikos"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexiko"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking"]),
        entity("Asia", "LOC", None, ["anderen asiatischen Ländern"]),
        entity("Marcelo Ebrard", "PER", "MEX", ["Wirtschaftsminister Marcelo Ebrard", "Ebrard"]),
        entity("Congress of Mexico", "ORG", "MEX", ["dem Kongress", "Der Kongress"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("Thailand", "LOC", "THA", ["Thailand"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesien"]),
        entity("Turkey", "LOC", "TUR", ["die Türkei"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "sie", "Sheinbaum",
                                                   "Sheinbaums"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "Die US-Regierung", "den USA"]),
        entity("United States", "LOC", "USA", ["die Vereinigten Staaten"]),
        entity("Zhang Run", "PER", "CHN", ["dem chinesischen Botschafter Zhang Run", "ihm"]),
        entity("Beijing", "LOC", "CHN", ["In Peking", "Peking"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["das Handelsministerium", "des Ministeriums"]),
        entity("spokesperson of the Ministry of Commerce of China", "PER", "CHN", ["ein Sprecher des Ministeriums"]),
        entity("Lin Jian", "PER", "CHN", ["Außenamtssprecher Lin Jian"]),
        entity("National Chamber of the Transformation Industry", "ORG", "MEX",
               ["Der mexikanische Industrieverband Canacintra"]),
        entity("Mexican Association of Automotive Dealers", "ORG", "MEX", ["Der Verband der Autohändler AMDA"]),
        entity("Morena", "ORG", "MEX", ["Sheinbaums Partei Morena"]),
    ],
}

# ---------------------------------------------------------------- hm351-de-04 (United States, TikTok ruling)
SCOTUS = actor("Supreme Court of the United States", "USA", "JUD")
TIKTOK = actor("TikTok", "MNC", "BUS")
BYTEDANCE = actor("ByteDance", "MNC", "BUS")
CONGRESS4 = actor("United States Congress", "USA", "LEG")
BIDEN_GOV = actor("Government of the United States", "USA", "GOV")
WHITE_HOUSE4 = actor("White House", "USA", "GOV")
DOJ = actor("United States Department of Justice", "USA", "GOV")
TRUMP4 = actor("Donald Trump", "USA", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
CHEW = actor("Shou Zi Chew", "SGP", "BUS")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
COTTON = actor("Tom Cotton", "USA", "LEG")
MARKEY = actor("Ed Markey", "USA", "LEG")

D1 = ("Washington (dpa) - Das Oberste Gericht der USA hat eine Klage von TikTok abgewiesen und damit den Weg für ein "
      "Verbot der Videoplattform in den Vereinigten Staaten freigemacht.")
D2 = ("Die neun Richter bestätigten am Freitag einstimmig ein Gesetz, das den chinesischen Mutterkonzern ByteDance "
      "verpflichtet, die App bis zum 19. Januar an einen nicht-chinesischen Eigentümer zu verkaufen.")
D3 = ("Das Gesetz verletze nicht das in der Verfassung garantierte Recht auf freie Meinungsäußerung, hieß es in der "
      "Begründung.")
D4 = ("Der Kongress habe ein berechtigtes Interesse daran, zu verhindern, dass eine ausländische Macht Daten von rund "
      "170 Millionen amerikanischen Nutzern sammle, schrieben die Richter.")
D5 = ("TikTok kündigte an, seinen Dienst in den USA am Sonntag abzuschalten, sollte die scheidende Regierung von "
      "Präsident Joe Biden nicht umgehend zusichern, das Gesetz nicht durchzusetzen.")
D6 = "Das Unternehmen verlangte eine eindeutige Erklärung des Weißen Hauses und des Justizministeriums."
D7 = ("Bidens Sprecherin Karine Jean-Pierre sagte, die Umsetzung des Gesetzes liege allein wegen des Zeitpunkts bei "
      "der nächsten Regierung.")
D8 = ("Der designierte Präsident Donald Trump, der am Montag sein Amt antritt, telefonierte am Freitag mit Chinas "
      "Staatschef Xi Jinping.")
D9 = ("Dabei sei es unter anderem um TikTok, den Handel und den Fentanyl-Schmuggel gegangen, schrieb Trump auf seiner "
      "Plattform Truth Social.")
D10 = ("Seine Entscheidung über TikTok werde er „in nicht allzu ferner Zukunft“ treffen, sagte der Republikaner dem "
       "Sender CNN.")
D11 = ("TikTok-Chef Shou Zi Chew dankte Trump in einer Videobotschaft für seine Bereitschaft, mit dem Unternehmen "
       "eine Lösung zu finden.")
D12 = ("In Peking warf Außenamtssprecherin Mao Ning den USA vor, ihre Staatsmacht zu missbrauchen, um ausländische "
       "Unternehmen zu unterdrücken.")
D13 = "Der republikanische Senator Tom Cotton begrüßte das Urteil."
D14 = "Er forderte ByteDance auf, TikTok an einen amerikanischen Käufer zu verkaufen, statt „Spielchen zu spielen“."
D15 = "Der demokratische Senator Ed Markey rief dagegen den Kongress auf, die Frist um 270 Tage zu verlängern."

DE04 = {
    "id": "hm351-de-04", "lang": "de", "url": None, "published": "2025-01-18",
    "title": "Oberstes US-Gericht bestätigt TikTok-Gesetz",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10, D11], [D12, D13, D14, D15]),
    "events": [
        event("REJECT", SCOTUS, TIKTOK, D1),
        event("SUPPORT", SCOTUS, CONGRESS4, D2, date="2025-01-17"),
        event("SUPPORT", SCOTUS, CONGRESS4, D4),
        event("THREATEN", TIKTOK, BIDEN_GOV, D5),
        event("REQUEST", TIKTOK, WHITE_HOUSE4, D6),
        event("REQUEST", TIKTOK, DOJ, D6),
        event("CONSULT", TRUMP4, XI, D8, mode="phone", date="2025-01-17"),
        event("SUPPORT", CHEW, TRUMP4, D11),
        event("ACCUSE", MAO_NING, BIDEN_GOV, D12, mode="disapprove", location="Beijing", location_country="CHN"),
        event("SUPPORT", COTTON, SCOTUS, D13),
        event("REQUEST", COTTON, BYTEDANCE, D14, mode="change"),
        event("REQUEST", MARKEY, CONGRESS4, D15, mode="change"),
    ],
    "quotes": [
        quote("Das Gesetz verletze nicht das in der Verfassung garantierte Recht auf freie Meinungsäußerung",
              "Supreme Court of the United States", "indirect"),
        quote("Der Kongress habe ein berechtigtes Interesse daran, zu verhindern, dass eine ausländische Macht Daten "
              "von rund 170 Millionen amerikanischen Nutzern sammle", "Supreme Court of the United States",
              "indirect"),
        quote("die Umsetzung des Gesetzes liege allein wegen des Zeitpunkts bei der nächsten Regierung",
              "Karine Jean-Pierre", "indirect"),
        quote("Dabei sei es unter anderem um TikTok, den Handel und den Fentanyl-Schmuggel gegangen", "Donald Trump",
              "indirect"),
        quote("in nicht allzu ferner Zukunft", "Donald Trump", "direct"),
        quote("Seine Entscheidung über TikTok werde er „in nicht allzu ferner Zukunft“ treffen", "Donald Trump",
              "indirect"),
        quote("ihre Staatsmacht zu missbrauchen, um ausländische Unternehmen zu unterdrücken", "Mao Ning", "indirect"),
        quote("Spielchen zu spielen", "Tom Cotton", "direct"),
    ],
    "entities": [
        entity("Washington, D.C.", "LOC", "USA", ["Washington"]),
        entity("Supreme Court of the United States", "ORG", "USA", ["Das Oberste Gericht der USA", "Die neun Richter",
                                                                    "die Richter"]),
        entity("TikTok", "ORG", "MNC", ["TikTok", "der Videoplattform", "die App", "Das Unternehmen",
                                        "dem Unternehmen"]),
        entity("United States", "LOC", "USA", ["den Vereinigten Staaten", "in den USA"]),
        entity("ByteDance", "ORG", "MNC", ["den chinesischen Mutterkonzern ByteDance", "ByteDance"]),
        entity("Protecting Americans from Foreign Adversary Controlled Applications Act", "ORG", "USA",
               ["ein Gesetz", "Das Gesetz", "das Gesetz", "des Gesetzes"]),
        entity("United States Congress", "ORG", "USA", ["Der Kongress", "den Kongress"]),
        entity("Government of the United States", "ORG", "USA", ["die scheidende Regierung von Präsident Joe Biden",
                                                                 "den USA"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden", "Bidens"]),
        entity("White House", "ORG", "USA", ["des Weißen Hauses"]),
        entity("United States Department of Justice", "ORG", "USA", ["des Justizministeriums"]),
        entity("Karine Jean-Pierre", "PER", "USA", ["Bidens Sprecherin Karine Jean-Pierre"]),
        entity("Donald Trump", "PER", "USA", ["Der designierte Präsident Donald Trump", "Trump", "der Republikaner",
                                              "er"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staatschef Xi Jinping"]),
        entity("China", "LOC", "CHN", ["Chinas"]),
        entity("Truth Social", "ORG", "USA", ["seiner Plattform Truth Social"]),
        entity("CNN", "ORG", "USA", ["dem Sender CNN"]),
        entity("Shou Zi Chew", "PER", "SGP", ["TikTok-Chef Shou Zi Chew"]),
        entity("Beijing", "LOC", "CHN", ["In Peking"]),
        entity("Mao Ning", "PER", "CHN", ["Außenamtssprecherin Mao Ning"]),
        entity("Tom Cotton", "PER", "USA", ["Der republikanische Senator Tom Cotton", "Er"]),
        entity("Ed Markey", "PER", "USA", ["Der demokratische Senator Ed Markey"]),
    ],
}

# ---------------------------------------------------------------- hm351-en-01 (United States, Menendez sentenced)
STEIN = actor("Sidney Stein", "USA", "JUD")
MENENDEZ = actor("Bob Menendez", "USA", "LEG")
HANA = actor("Wael Hana", "USA", "BUS")
DAIBES = actor("Fred Daibes", "USA", "BUS")
JURY = actor("federal jury in Manhattan", "USA", "JUD")
SDNY = actor("United States Attorney's Office for the Southern District of New York", "USA", "JUD")
TRUMP5 = actor("Donald Trump", "USA", "GOV")
SCHUMER = actor("Chuck Schumer", "USA", "LEG")
NADINE = actor("Nadine Menendez", "USA", "CVL")

E1 = ("NEW YORK (Reuters) - Former U.S. Senator Bob Menendez was sentenced on Wednesday to 11 years in prison for "
      "taking bribes of gold bars and cash and acting as an agent of Egypt's government.")
E2 = ("U.S. District Judge Sidney Stein in Manhattan also ordered the New Jersey Democrat to forfeit nearly $1 "
      "million and to report to prison on June 6.")
E3 = ("\"You were at the top of the political tree, and you sold your office to those who paid you,\" Stein told "
      "Menendez before announcing the sentence.")
E4 = ("A federal jury convicted Menendez in July on all 16 counts he faced, including bribery, extortion and "
      "obstruction of justice.")
E5 = ("Prosecutors had asked for a sentence of 15 years, saying Menendez had betrayed the public trust on a scale "
      "rarely seen.")
E6 = ("Businessmen Wael Hana and Fred Daibes, who were convicted alongside Menendez, received prison terms of eight "
      "and seven years respectively from the same judge.")
E7 = "Menendez, 71, wept as he asked Stein for mercy, telling the court that he had already lost everything."
E8 = "Outside the courthouse, Menendez appealed directly to President Donald Trump for a pardon."
E9 = ("\"President Trump, you know better than anyone what it means to be targeted by this system,\" he told "
      "reporters.")
E10 = ("Menendez accused the prosecutors of waging a political vendetta against him and said he would appeal the "
       "verdict.")
E11 = "The White House did not immediately respond to a request for comment on the plea."
E12 = ("Menendez resigned from the Senate in August after Democratic leaders, including Senate Majority Leader Chuck "
       "Schumer, pressed him to step down.")
E13 = "His wife, Nadine Menendez, is due to stand trial in March on related charges."
E14 = ("Prosecutors say she accepted gold bars, cash and a Mercedes-Benz convertible in exchange for her husband's "
       "help in securing military aid for Egypt and shielding business partners from investigations.")
E15 = "Egypt's government has denied any wrongdoing."

EN01 = {
    "id": "hm351-en-01", "lang": "en", "url": None, "published": "2025-01-29",
    "title": "Former U.S. Senator Menendez sentenced to 11 years in gold bar bribery case",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7], [E8, E9, E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("SANCTION", STEIN, MENENDEZ, E1, mode="convict", date="2025-01-29", location="New York",
              location_country="USA"),
        event("COERCE", STEIN, MENENDEZ, E1, mode="arrest", date="2025-01-29", location="New York",
              location_country="USA"),
        event("SANCTION", STEIN, MENENDEZ, E2, mode="convict", location="Manhattan", location_country="USA"),
        event("ACCUSE", STEIN, MENENDEZ, E3, mode="disapprove"),
        event("SANCTION", JURY, MENENDEZ, E4, mode="convict"),
        event("REQUEST", SDNY, STEIN, E5),
        event("SANCTION", STEIN, HANA, E6, mode="convict"),
        event("COERCE", STEIN, HANA, E6, mode="arrest"),
        event("SANCTION", STEIN, DAIBES, E6, mode="convict"),
        event("COERCE", STEIN, DAIBES, E6, mode="arrest"),
        event("REQUEST", MENENDEZ, STEIN, E7, mode="yield"),
        event("REQUEST", MENENDEZ, TRUMP5, E8, mode="yield", location="New York", location_country="USA"),
        event("ACCUSE", MENENDEZ, SDNY, E10, mode="disapprove"),
        event("REQUEST", SCHUMER, MENENDEZ, E12, mode="change"),
        event("RETREAT", MENENDEZ, None, E12, mode="resign"),
        event("ACCUSE", SDNY, NADINE, E14, mode="allege"),
    ],
    "quotes": [
        quote("You were at the top of the political tree, and you sold your office to those who paid you",
              "Sidney Stein", "direct"),
        quote("Menendez had betrayed the public trust on a scale rarely seen",
              "United States Attorney's Office for the Southern District of New York", "indirect"),
        quote("he had already lost everything", "Bob Menendez", "indirect"),
        quote("President Trump, you know better than anyone what it means to be targeted by this system",
              "Bob Menendez", "direct"),
        quote("he would appeal the verdict", "Bob Menendez", "indirect"),
        quote("she accepted gold bars, cash and a Mercedes-Benz convertible in exchange for her husband's help in "
              "securing military aid for Egypt and shielding business partners from investigations",
              "United States Attorney's Office for the Southern District of New York", "indirect"),
    ],
    "entities": [
        entity("New York City", "LOC", "USA", ["NEW YORK"]),
        entity("Bob Menendez", "PER", "USA", ["Former U.S. Senator Bob Menendez", "the New Jersey Democrat",
                                              "Menendez", "he", "him", "her husband's"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("Government of Egypt", "ORG", "EGY", ["Egypt's government"]),
        entity("Sidney Stein", "PER", "USA", ["U.S. District Judge Sidney Stein", "Stein", "the same judge"]),
        entity("Manhattan", "LOC", "USA", ["Manhattan"]),
        entity("New Jersey", "LOC", "USA", ["New Jersey"]),
        entity("federal jury in Manhattan", "ORG", "USA", ["A federal jury"]),
        entity("United States Attorney's Office for the Southern District of New York", "ORG", "USA",
               ["Prosecutors", "the prosecutors"]),
        entity("Wael Hana", "PER", "USA", ["Businessmen Wael Hana"]),
        entity("Fred Daibes", "PER", "USA", ["Fred Daibes"]),
        entity("United States District Court for the Southern District of New York", "ORG", "USA",
               ["the court", "the courthouse"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "President Trump"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("United States Senate", "ORG", "USA", ["the Senate", "Senate"]),
        entity("Democratic Party", "ORG", "USA", ["Democratic leaders"]),
        entity("Chuck Schumer", "PER", "USA", ["Senate Majority Leader Chuck Schumer"]),
        entity("Nadine Menendez", "PER", "USA", ["His wife, Nadine Menendez", "she"]),
    ],
}

# ---------------------------------------------------------------- hm351-en-02 (Mexico/United States, cattle ban)
USA_GOV6 = actor("Government of the United States", "USA", "GOV")
MEX_GOV6 = actor("Government of Mexico", "MEX", "GOV")
ROLLINS = actor("Brooke Rollins", "USA", "GOV")
BERDEGUE = actor("Julio Berdegué", "MEX", "GOV")
SHEINBAUM6 = actor("Claudia Sheinbaum", "MEX", "GOV")
CNOG = actor("National Confederation of Livestock Organizations", "MEX", "BUS")
GARCIA_LLATA = actor("Homero García de la Llata", "MEX", "BUS")
SID_MILLER = actor("Sid Miller", "USA", "GOV")

F1 = ("MEXICO CITY (AP) - The United States has again halted imports of live cattle from Mexico, only days after it "
      "began to reopen the border, following a new case of a flesh-eating parasite in the Mexican state of Veracruz.")
F2 = ("Agriculture Secretary Brooke Rollins on Wednesday ordered the southern ports of entry closed to cattle, bison "
      "and horses from Mexico with immediate effect.")
F3 = "\"We cannot gamble with the health of the American herd,\" Rollins said in a statement."
F4 = ("She said Mexican authorities had reported the case in Ixhuatlán de Madero, roughly 370 miles (600 kilometers) "
      "from the U.S. border.")
F5 = "Rollins said Mexico had not done enough to stop the pest's northward spread."
F6 = ("Mexico's Agriculture Secretary Julio Berdegué called the decision \"unfair\" and \"exaggerated\" and said the "
      "infested animal had been found far from the border and the outbreak was under control.")
F7 = "He said he had spoken with Rollins by phone on Wednesday evening and asked her to reconsider."
F8 = ("President Claudia Sheinbaum said her government disagreed with the suspension but would keep working with "
      "U.S. officials to reopen the trade.")
F9 = "\"Mexico has done everything that was asked of it,\" Sheinbaum told her morning news conference."
F10 = ("Mexico is the largest foreign supplier of feeder cattle to the United States, exporting more than 1 million "
       "head a year, and ranchers in northern states such as Sonora and Chihuahua have been hit hard by the closures.")
F11 = ("The National Confederation of Livestock Organizations urged both governments to agree on a protocol that "
       "would allow inspected cattle to cross.")
F12 = ("In June, Washington and Mexico City agreed on a plan that included joint inspections at Mexican ranches and "
       "U.S. funding to convert a fruit-fly plant in Metapa, in the southern state of Chiapas, into a facility "
       "producing sterile screwworm flies.")
F13 = ("Texas Agriculture Commissioner Sid Miller praised Rollins for acting quickly to protect the state's "
       "ranchers.")
F14 = ("The confederation's president, Homero García de la Llata, accused Washington of using the parasite as a "
       "pretext to shield U.S. producers from competition.")

EN02 = {
    "id": "hm351-en-02", "lang": "en", "url": None, "published": "2025-07-10",
    "title": "US halts Mexican cattle imports again over screwworm case",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9], [F10, F11, F12], [F13, F14]),
    "events": [
        event("SANCTION", USA_GOV6, MEX_GOV6, F1, mode="discontinue"),
        event("SANCTION", ROLLINS, MEX_GOV6, F2, mode="discontinue", date="2025-07-09"),
        event("ACCUSE", ROLLINS, MEX_GOV6, F5, mode="disapprove"),
        event("ACCUSE", BERDEGUE, ROLLINS, F6, mode="disapprove"),
        event("CONSULT", BERDEGUE, ROLLINS, F7, mode="phone", date="2025-07-09"),
        event("REQUEST", BERDEGUE, ROLLINS, F7, mode="yield", date="2025-07-09"),
        event("ACCUSE", SHEINBAUM6, USA_GOV6, F8, mode="disapprove"),
        event("AGREE", SHEINBAUM6, USA_GOV6, F8),
        event("REQUEST", CNOG, MEX_GOV6, F11, mode="assist"),
        event("REQUEST", CNOG, USA_GOV6, F11, mode="assist"),
        event("AGREE", USA_GOV6, MEX_GOV6, F12),
        event("SUPPORT", SID_MILLER, ROLLINS, F13),
        event("ACCUSE", GARCIA_LLATA, USA_GOV6, F14, mode="disapprove"),
    ],
    "quotes": [
        quote("We cannot gamble with the health of the American herd", "Brooke Rollins", "direct"),
        quote("Mexican authorities had reported the case in Ixhuatlán de Madero, roughly 370 miles (600 kilometers) "
              "from the U.S. border", "Brooke Rollins", "indirect"),
        quote("Mexico had not done enough to stop the pest's northward spread", "Brooke Rollins", "indirect"),
        quote("unfair", "Julio Berdegué", "direct"),
        quote("exaggerated", "Julio Berdegué", "direct"),
        quote("the infested animal had been found far from the border and the outbreak was under control",
              "Julio Berdegué", "indirect"),
        quote("he had spoken with Rollins by phone on Wednesday evening and asked her to reconsider", "Julio Berdegué",
              "indirect"),
        quote("her government disagreed with the suspension but would keep working with U.S. officials to reopen the "
              "trade", "Claudia Sheinbaum", "indirect"),
        quote("Mexico has done everything that was asked of it", "Claudia Sheinbaum", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Government of the United States", "ORG", "USA", ["The United States", "Washington",
                                                                 "U.S. officials"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexican authorities", "Mexico", "her government",
                                                      "Mexico City"]),
        entity("Veracruz", "LOC", "MEX", ["the Mexican state of Veracruz"]),
        entity("Brooke Rollins", "PER", "USA", ["Agriculture Secretary Brooke Rollins", "Rollins", "She", "her"]),
        entity("Ixhuatlán de Madero", "LOC", "MEX", ["Ixhuatlán de Madero"]),
        entity("United States", "LOC", "USA", ["the U.S. border", "the United States"]),
        entity("Julio Berdegué", "PER", "MEX", ["Mexico's Agriculture Secretary Julio Berdegué", "He"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "Sheinbaum"]),
        entity("Sonora", "LOC", "MEX", ["Sonora"]),
        entity("Chihuahua", "LOC", "MEX", ["Chihuahua"]),
        entity("National Confederation of Livestock Organizations", "ORG", "MEX",
               ["The National Confederation of Livestock Organizations", "The confederation's"]),
        entity("Metapa", "LOC", "MEX", ["Metapa"]),
        entity("Chiapas", "LOC", "MEX", ["the southern state of Chiapas"]),
        entity("Texas", "LOC", "USA", ["Texas", "the state's"]),
        entity("Sid Miller", "PER", "USA", ["Texas Agriculture Commissioner Sid Miller"]),
        entity("Homero García de la Llata", "PER", "MEX", ["The confederation's president, Homero García de la "
                                                           "Llata"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
