"""Round 339: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm339-de-01: Mexico/Guatemala: cartel fighting in Chiapas drives some 580 Mexicans across the border into Cuilco; Guatemala shelters them, both armies deploy, López Obrador rejects the PAN's call for a state of emergency (2024-07-26).
- hm339-de-02: Canada/China: China executes four Canadian dual nationals over drug offences; Joly condemns it, Ottawa summons the ambassador and tightens travel advice, Beijing's embassy hits back, Poilievre attacks the government (2025-03-19).
- hm339-de-03: Mexico/United States: after FinCEN names CIBanco, Intercam and Vector as money-laundering concerns, Mexico's banking regulator takes temporary control of the two banks; Sheinbaum demands evidence, the PAN attacks Morena (2025-06-26).
- hm339-de-04: Cuba/United States: Rubio imposes visa bans on Díaz-Canel and two ministers on the anniversary of the 11 July protests and lists the Torre K hotel; Havana hits back and summons Mike Hammer, Justicia 11J welcomes it (2025-07-12).
- hm339-en-01: United States: John Bolton surrenders in Greenbelt and pleads not guilty after his indictment over classified information; Bolton and Schumer accuse Trump, Trump attacks Bolton (2025-10-17).
- hm339-en-02: Canada: Ottawa lists the Bishnoi gang as a terrorist entity; Eby, Smith, Poilievre and the World Sikh Organization react, India offers cooperation (2025-09-29).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm339-de-01 (Mexico/Guatemala, Chiapas refugees in Cuilco)
CJNG = actor("Jalisco New Generation Cartel", "MEX", "REB")
SINALOA_CARTEL = actor("Sinaloa Cartel", "MEX", "REB")
AMATENANGO_DISPLACED = actor("displaced residents of Amatenango de la Frontera", "MEX", "CVL")
GTM_GOV = actor("Government of Guatemala", "GTM", "GOV")
AREVALO = actor("Bernardo Arévalo", "GTM", "GOV")
SEDENA = actor("Mexican Secretariat of National Defense", "MEX", "MIL")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
CORTES = actor("Marko Cortés", "MEX", "OPP")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
GTM_ARMY = actor("Guatemalan Army", "GTM", "MIL")
RAMIRO_MARTINEZ = actor("Carlos Ramiro Martínez", "GTM", "GOV")
BARCENA = actor("Alicia Bárcena", "MEX", "GOV")
CHIAPAS_PROSECUTORS = actor("Chiapas State Prosecutor's Office", "MEX", "JUD")

A1 = ("Guatemala-Stadt (dpa) - Aus Angst vor Gefechten zwischen rivalisierenden Drogenkartellen sind Hunderte "
      "Mexikaner aus dem südlichen Bundesstaat Chiapas über die Grenze nach Guatemala geflohen.")
A2 = ("Rund 580 Bewohner der Gemeinde Amatenango de la Frontera hätten seit Dienstag in der guatemaltekischen "
      "Grenzgemeinde Cuilco Zuflucht gesucht, teilte das Außenministerium in Guatemala-Stadt mit.")
A3 = ("Die Regierung von Präsident Bernardo Arévalo ließ Zelte, Lebensmittel und Trinkwasser in das Bergdorf "
      "bringen, wo die Geflüchteten in einer Schule und einer Kirche untergebracht sind.")
A4 = ("„Niemand, der um sein Leben fürchtet, wird von hier zurückgeschickt“, sagte Arévalo am Donnerstag bei einem "
      "Besuch in Cuilco.")
A5 = "„Guatemala wird diesen Familien helfen, so lange es nötig ist.“"
A6 = ("Im Grenzgebiet von Chiapas liefern sich das Kartell Jalisco Nueva Generación (CJNG) und das Sinaloa-Kartell "
      "seit Wochen Gefechte um die Kontrolle von Schmuggelrouten für Drogen, Waffen und Migranten.")
A7 = ("Bewaffnete hätten Straßen blockiert, Häuser angezündet und junge Männer verschleppt, um sie zum Dienst für "
      "die Kartelle zu zwingen, berichteten Geflüchtete in Cuilco.")
A8 = "Unabhängig überprüfen ließen sich diese Angaben zunächst nicht."
A9 = ("Das mexikanische Verteidigungsministerium verlegte nach eigenen Angaben rund 600 Soldaten und Angehörige der "
      "Nationalgarde in die Region um Frontera Comalapa und Chicomuselo.")
A10 = ("Präsident Andrés Manuel López Obrador sagte in seiner morgendlichen Pressekonferenz, die Geflüchteten würden "
       "bald „in Sicherheit“ in ihre Dörfer zurückkehren können.")
A11 = "Er warf den Kartellen vor, die Bevölkerung als „menschlichen Schutzschild“ zu missbrauchen."
A12 = ("Der Vorsitzende der oppositionellen Partei der Nationalen Aktion (PAN), Marko Cortés, forderte die Regierung "
       "auf, in Chiapas den Ausnahmezustand zu verhängen.")
A13 = "López Obrador wies die Forderung zurück."
A14 = "„Wir werden keinen Krieg gegen das Volk führen“, sagte der 70-Jährige."
A15 = "Guatemalas Armee verstärkte ihre Patrouillen entlang der Grenze im Departamento Huehuetenango."
A16 = "Außenminister Carlos Ramiro Martínez telefonierte mit seiner mexikanischen Amtskollegin Alicia Bárcena."
A17 = ("Beide vereinbarten, die Rückkehr der Familien gemeinsam zu organisieren, sobald es die Sicherheitslage "
       "erlaubt.")
A18 = "Festnahmen gab es nach Angaben der Staatsanwaltschaft von Chiapas bislang nicht."

DE01 = {
    "id": "hm339-de-01", "lang": "de", "url": None, "published": "2024-07-26",
    "title": "Hunderte Mexikaner fliehen vor Kartellgewalt nach Guatemala",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8], [A9, A10, A11, A12, A13, A14], [A15, A16, A17, A18]),
    "events": [
        event("AID", GTM_GOV, AMATENANGO_DISPLACED, A3, location="Cuilco", location_country="GTM"),
        event("AGREE", AREVALO, AMATENANGO_DISPLACED, A4, date="2024-07-25", location="Cuilco",
              location_country="GTM"),
        event("AGREE", AREVALO, AMATENANGO_DISPLACED, A5),
        event("ASSAULT", CJNG, SINALOA_CARTEL, A6, location="Chiapas", location_country="MEX"),
        event("ASSAULT", SINALOA_CARTEL, CJNG, A6, location="Chiapas", location_country="MEX"),
        event("MOBILIZE", SEDENA, None, A9, mode="troops", location="Frontera Comalapa", location_country="MEX"),
        event("ACCUSE", AMLO, CJNG, A11, mode="allege"),
        event("ACCUSE", AMLO, SINALOA_CARTEL, A11, mode="allege"),
        event("REQUEST", CORTES, MEX_GOV, A12, mode="change"),
        event("REJECT", AMLO, CORTES, A13, mode="change"),
        event("MOBILIZE", GTM_ARMY, None, A15, mode="troops", location="Huehuetenango", location_country="GTM"),
        event("CONSULT", RAMIRO_MARTINEZ, BARCENA, A16, mode="phone"),
        event("AGREE", RAMIRO_MARTINEZ, BARCENA, A17),
        event("COERCE", CHIAPAS_PROSECUTORS, None, A18, mode="arrest", location="Chiapas", location_country="MEX",
              negated=True),
    ],
    "quotes": [
        quote("Rund 580 Bewohner der Gemeinde Amatenango de la Frontera hätten seit Dienstag in der guatemaltekischen "
              "Grenzgemeinde Cuilco Zuflucht gesucht", "Ministry of Foreign Affairs of Guatemala", "indirect"),
        quote("Niemand, der um sein Leben fürchtet, wird von hier zurückgeschickt", "Bernardo Arévalo", "direct"),
        quote("Guatemala wird diesen Familien helfen, so lange es nötig ist", "Bernardo Arévalo", "direct"),
        quote("Bewaffnete hätten Straßen blockiert, Häuser angezündet und junge Männer verschleppt, um sie zum Dienst "
              "für die Kartelle zu zwingen", "displaced residents of Amatenango de la Frontera", "indirect"),
        quote(A9, "Mexican Secretariat of National Defense", "indirect"),
        quote("die Geflüchteten würden bald „in Sicherheit“ in ihre Dörfer zurückkehren können",
              "Andrés Manuel López Obrador", "indirect"),
        quote("in Sicherheit", "Andrés Manuel López Obrador", "direct"),
        quote("die Bevölkerung als „menschlichen Schutzschild“ zu missbrauchen", "Andrés Manuel López Obrador",
              "indirect"),
        quote("menschlichen Schutzschild", "Andrés Manuel López Obrador", "direct"),
        quote("Wir werden keinen Krieg gegen das Volk führen", "Andrés Manuel López Obrador", "direct"),
        quote(A18, "Chiapas State Prosecutor's Office", "indirect"),
    ],
    "entities": [
        entity("Guatemala City", "LOC", "GTM", ["Guatemala-Stadt"]),
        entity("Guatemala", "LOC", "GTM", ["nach Guatemala", "Guatemala wird", "Guatemalas"]),
        entity("Chiapas", "LOC", "MEX", ["Bundesstaat Chiapas", "Chiapas"]),
        entity("Amatenango de la Frontera", "LOC", "MEX", ["Amatenango de la Frontera"]),
        entity("displaced residents of Amatenango de la Frontera", "PER", "MEX",
               ["Hunderte Mexikaner", "Rund 580 Bewohner der Gemeinde Amatenango de la Frontera", "die Geflüchteten",
                "diesen Familien", "Geflüchtete in Cuilco", "der Familien"]),
        entity("Cuilco", "LOC", "GTM", ["Grenzgemeinde Cuilco", "Cuilco", "das Bergdorf"]),
        entity("Ministry of Foreign Affairs of Guatemala", "ORG", "GTM", ["das Außenministerium in Guatemala-Stadt"]),
        entity("Government of Guatemala", "ORG", "GTM", ["Die Regierung von Präsident Bernardo Arévalo"]),
        entity("Bernardo Arévalo", "PER", "GTM", ["Präsident Bernardo Arévalo", "Arévalo"]),
        entity("Jalisco New Generation Cartel", "ORG", "MEX", ["das Kartell Jalisco Nueva Generación (CJNG)",
                                                               "den Kartellen"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["das Sinaloa-Kartell", "den Kartellen"]),
        entity("Mexican Secretariat of National Defense", "ORG", "MEX", ["Das mexikanische Verteidigungsministerium"]),
        entity("National Guard (Mexico)", "ORG", "MEX", ["Nationalgarde"]),
        entity("Frontera Comalapa", "LOC", "MEX", ["Frontera Comalapa"]),
        entity("Chicomuselo", "LOC", "MEX", ["Chicomuselo"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador", "López Obrador",
                                                             "der 70-Jährige"]),
        entity("National Action Party (Mexico)", "ORG", "MEX", ["Partei der Nationalen Aktion (PAN)"]),
        entity("Marko Cortés", "PER", "MEX", ["Der Vorsitzende der oppositionellen Partei der Nationalen Aktion (PAN), "
                                              "Marko Cortés"]),
        entity("Government of Mexico", "ORG", "MEX", ["die Regierung"]),
        entity("Guatemalan Army", "ORG", "GTM", ["Guatemalas Armee"]),
        entity("Huehuetenango Department", "LOC", "GTM", ["Departamento Huehuetenango"]),
        entity("Carlos Ramiro Martínez", "PER", "GTM", ["Außenminister Carlos Ramiro Martínez"]),
        entity("Alicia Bárcena", "PER", "MEX", ["seiner mexikanischen Amtskollegin Alicia Bárcena"]),
        entity("Chiapas State Prosecutor's Office", "ORG", "MEX", ["der Staatsanwaltschaft von Chiapas"]),
    ],
}

# ---------------------------------------------------------------- hm339-de-02 (Canada/China, four Canadians executed)
CHN_GOV = actor("Government of China", "CHN", "GOV")
EXECUTED_CANADIANS = actor("four Canadians executed in China", "CAN", "CVL")
JOLY = actor("Mélanie Joly", "CAN", "GOV")
WANG_YI = actor("Wang Yi", "CHN", "GOV")
CHN_EMBASSY_OTTAWA = actor("Embassy of China in Canada", "CHN", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
GLOBAL_AFFAIRS = actor("Global Affairs Canada", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
CARNEY = actor("Mark Carney", "CAN", "GOV")
EXECUTED_FAMILIES = actor("relatives of the Canadians executed in China", "CAN", "CVL")

B1 = "Ottawa (dpa) - China hat vier Kanadier wegen Drogendelikten hingerichtet."
B2 = "Außenministerin Mélanie Joly verurteilte die Hinrichtungen am Mittwoch „auf das Schärfste“."
B3 = ("Die vier Männer, die sowohl die kanadische als auch die chinesische Staatsbürgerschaft besaßen, seien bereits "
      "vor einigen Wochen getötet worden, sagte Joly in Ottawa.")
B4 = ("Sie selbst habe sich mehrfach bei ihrem chinesischen Kollegen Wang Yi für die Männer eingesetzt und um Gnade "
      "gebeten.")
B5 = ("„Wir werden uns weiter gegen die Todesstrafe aussprechen, überall und für jeden Kanadier“, sagte die "
      "Ministerin.")
B6 = "Die Familien der Hingerichteten hätten um Privatsphäre gebeten, fügte sie hinzu."
B7 = "Die chinesische Botschaft in Ottawa wies die Kritik zurück."
B8 = ("China habe die Fälle „in strikter Übereinstimmung mit dem Gesetz“ behandelt und die Rechte der Angeklagten "
      "gewahrt, hieß es in einer Erklärung.")
B9 = "Kanada solle aufhören, „unverantwortliche Bemerkungen“ zu machen."
B10 = ("Außenamtssprecher Guo Jiakun sagte in Peking, Drogendelikte würden in China unabhängig von der Nationalität "
       "der Täter hart bestraft.")
B11 = "Das Außenministerium in Ottawa bestellte daraufhin den chinesischen Botschafter ein."
B12 = ("Zudem verschärfte die Regierung ihre Reisehinweise für China und rief kanadische Staatsbürger zu erhöhter "
       "Vorsicht auf.")
B13 = ("Nach Angaben Jolys sitzen derzeit rund 100 Kanadier in chinesischen Gefängnissen, mehrere von ihnen sind "
       "zum Tode verurteilt.")
B14 = "Sie forderte Peking auf, keine weiteren Todesurteile gegen Kanadier zu vollstrecken."
B15 = ("Oppositionsführer Pierre Poilievre warf der liberalen Regierung vor, gegenüber Peking zu nachgiebig gewesen "
       "zu sein.")
B16 = ("Premierminister Mark Carney, der erst am vergangenen Freitag vereidigt worden war, sicherte den Angehörigen "
       "der Getöteten die Unterstützung seiner Regierung zu.")
B17 = ("Die Beziehungen zwischen beiden Ländern sind seit der Festnahme der Huawei-Managerin Meng Wanzhou in "
       "Vancouver Ende 2018 schwer belastet.")

DE02 = {
    "id": "hm339-de-02", "lang": "de", "url": None, "published": "2025-03-19",
    "title": "China richtet vier Kanadier hin - Ottawa protestiert",
    "text": paragraphs([B1, B2, B3, B4, B5, B6], [B7, B8, B9, B10], [B11, B12, B13, B14], [B15, B16, B17]),
    "events": [
        event("ASSAULT", CHN_GOV, EXECUTED_CANADIANS, B1, mode="execute", location_country="CHN"),
        event("ACCUSE", JOLY, CHN_GOV, B2, mode="disapprove", date="2025-03-19"),
        event("REQUEST", JOLY, WANG_YI, B4, mode="yield"),
        event("REQUEST", CHN_EMBASSY_OTTAWA, CAN_GOV, B9, mode="change"),
        event("ACCUSE", GLOBAL_AFFAIRS, CHN_GOV, B11, mode="disapprove", location="Ottawa", location_country="CAN"),
        event("SANCTION", CAN_GOV, CHN_GOV, B12),
        event("REQUEST", JOLY, CHN_GOV, B14, mode="yield"),
        event("ACCUSE", POILIEVRE, CAN_GOV, B15, mode="disapprove"),
        event("AGREE", CARNEY, EXECUTED_FAMILIES, B16),
    ],
    "quotes": [
        quote("auf das Schärfste", "Mélanie Joly", "direct"),
        quote("Die vier Männer, die sowohl die kanadische als auch die chinesische Staatsbürgerschaft besaßen, seien "
              "bereits vor einigen Wochen getötet worden", "Mélanie Joly", "indirect"),
        quote(B4, "Mélanie Joly", "indirect"),
        quote("Wir werden uns weiter gegen die Todesstrafe aussprechen, überall und für jeden Kanadier",
              "Mélanie Joly", "direct"),
        quote("Die Familien der Hingerichteten hätten um Privatsphäre gebeten", "Mélanie Joly", "indirect"),
        quote("China habe die Fälle „in strikter Übereinstimmung mit dem Gesetz“ behandelt und die Rechte der "
              "Angeklagten gewahrt", "Embassy of China in Canada", "indirect"),
        quote("in strikter Übereinstimmung mit dem Gesetz", "Embassy of China in Canada", "direct"),
        quote("Kanada solle aufhören, „unverantwortliche Bemerkungen“ zu machen", "Embassy of China in Canada",
              "indirect"),
        quote("unverantwortliche Bemerkungen", "Embassy of China in Canada", "direct"),
        quote("Drogendelikte würden in China unabhängig von der Nationalität der Täter hart bestraft", "Guo Jiakun",
              "indirect"),
        quote(B13, "Mélanie Joly", "indirect"),
        quote("gegenüber Peking zu nachgiebig gewesen zu sein", "Pierre Poilievre", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Canada", "LOC", "CAN", ["Kanada", "beiden Ländern"]),
        entity("four Canadians executed in China", "PER", "CAN", ["vier Kanadier", "Die vier Männer", "die Männer",
                                                                  "der Hingerichteten", "der Getöteten"]),
        entity("Mélanie Joly", "PER", "CAN", ["Außenministerin Mélanie Joly", "Joly", "Sie selbst", "die Ministerin",
                                              "Jolys"]),
        entity("Wang Yi", "PER", "CHN", ["ihrem chinesischen Kollegen Wang Yi"]),
        entity("relatives of the Canadians executed in China", "PER", "CAN", ["Die Familien der Hingerichteten",
                                                                              "den Angehörigen der Getöteten"]),
        entity("Embassy of China in Canada", "ORG", "CHN", ["Die chinesische Botschaft in Ottawa"]),
        entity("Guo Jiakun", "PER", "CHN", ["Außenamtssprecher Guo Jiakun"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Global Affairs Canada", "ORG", "CAN", ["Das Außenministerium in Ottawa"]),
        entity("Ambassador of China to Canada", "PER", "CHN", ["den chinesischen Botschafter"]),
        entity("Government of Canada", "ORG", "CAN", ["die Regierung", "der liberalen Regierung", "seiner Regierung"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Oppositionsführer Pierre Poilievre"]),
        entity("Mark Carney", "PER", "CAN", ["Premierminister Mark Carney"]),
        entity("Meng Wanzhou", "PER", "CHN", ["der Huawei-Managerin Meng Wanzhou"]),
        entity("Huawei", "ORG", "CHN", ["Huawei"]),
        entity("Vancouver", "LOC", "CAN", ["Vancouver"]),
    ],
}

# ---------------------------------------------------------------- hm339-de-03 (Mexico/US, FinCEN orders on CIBanco, Intercam, Vector)
CNBV = actor("National Banking and Securities Commission", "MEX", "GOV")
CIBANCO = actor("CIBanco", "MEX", "BUS")
INTERCAM = actor("Intercam Banco", "MEX", "BUS")
VECTOR = actor("Vector Casa de Bolsa", "MEX", "BUS")
FINCEN = actor("Financial Crimes Enforcement Network", "USA", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
UIF = actor("Financial Intelligence Unit of Mexico", "MEX", "GOV")
JORGE_ROMERO = actor("Jorge Romero", "MEX", "OPP")
MORENA = actor("Morena", "MEX", "PTY")
MEX_CONGRESS = actor("Congress of Mexico", "MEX", "LEG")

C1 = ("Mexiko-Stadt (dpa) - Nach Geldwäschevorwürfen aus den USA hat die mexikanische Bankenaufsicht vorübergehend "
      "die Kontrolle über zwei Banken übernommen.")
C2 = "Die Nationale Banken- und Wertpapierkommission (CNBV) setzte am Donnerstag Verwalter bei CIBanco und Intercam ein."
C3 = ("Damit sollten die Einlagen der Kunden geschützt und der Zahlungsverkehr aufrechterhalten werden, erklärte "
      "Finanzminister Édgar Amador Zamora.")
C4 = ("Am Mittwoch hatte das Netzwerk zur Bekämpfung von Finanzkriminalität (FinCEN) des US-Finanzministeriums die "
      "beiden Banken sowie das Brokerhaus Vector als „vorrangige Geldwäscheproblemfälle“ eingestuft.")
C5 = ("Die Behörde wirft den Instituten vor, über Jahre Gelder für Kartelle wie das Sinaloa-Kartell und das Kartell "
      "Jalisco Nueva Generación gewaschen und Zahlungen für Fentanyl-Grundstoffe aus China abgewickelt zu haben.")
C6 = "Präsidentin Claudia Sheinbaum forderte die US-Regierung auf, Beweise für die Vorwürfe vorzulegen."
C7 = "„Wenn es Beweise gibt, sollen sie sie uns übergeben“, sagte sie in ihrer morgendlichen Pressekonferenz."
C8 = "„Mexiko deckt niemanden.“"
C9 = "Bislang habe Washington keine konkreten Belege übermittelt, sagte die Präsidentin."
C10 = "CIBanco wies die Vorwürfe zurück und kündigte an, mit den Behörden beider Länder zusammenzuarbeiten."
C11 = "Auch Vector sprach von „unbegründeten“ Anschuldigungen."
C12 = ("Das Brokerhaus gehört dem Unternehmer Alfonso Romo, der unter Sheinbaums Vorgänger Andrés Manuel López "
       "Obrador Kabinettschef des Präsidenten war.")
C13 = ("Gegen Vector ordnete die Bankenaufsicht keine Intervention an, da das Haus keine Spareinlagen von "
       "Privatkunden verwaltet.")
C14 = ("Die Finanzaufklärungseinheit (UIF) habe zudem eigene Ermittlungen zu den von den USA genannten Transaktionen "
       "eingeleitet, sagte Amador.")
C15 = ("Der Vorsitzende der oppositionellen PAN, Jorge Romero, warf der Regierungspartei Morena vor, die Verbindungen "
       "zwischen Finanzbranche und organisiertem Verbrechen jahrelang ignoriert zu haben.")
C16 = "Er verlangte eine Untersuchung durch den Kongress."

DE03 = {
    "id": "hm339-de-03", "lang": "de", "url": None, "published": "2025-06-26",
    "title": "Mexiko stellt zwei Banken nach US-Geldwäschevorwürfen unter Aufsicht",
    "text": paragraphs([C1, C2, C3], [C4, C5], [C6, C7, C8, C9], [C10, C11, C12, C13, C14], [C15, C16]),
    "events": [
        event("COERCE", CNBV, CIBANCO, C1, mode="seize"),
        event("COERCE", CNBV, INTERCAM, C1, mode="seize"),
        event("COERCE", CNBV, CIBANCO, C2, mode="seize", date="2025-06-26"),
        event("COERCE", CNBV, INTERCAM, C2, mode="seize", date="2025-06-26"),
        event("SANCTION", FINCEN, CIBANCO, C4, date="2025-06-25"),
        event("SANCTION", FINCEN, INTERCAM, C4, date="2025-06-25"),
        event("SANCTION", FINCEN, VECTOR, C4, date="2025-06-25"),
        event("ACCUSE", FINCEN, CIBANCO, C5, mode="allege"),
        event("ACCUSE", FINCEN, INTERCAM, C5, mode="allege"),
        event("ACCUSE", FINCEN, VECTOR, C5, mode="allege"),
        event("REQUEST", SHEINBAUM, USA_GOV, C6),
        event("REQUEST", SHEINBAUM, USA_GOV, C7),
        event("AGREE", CIBANCO, USA_GOV, C10),
        event("AGREE", CIBANCO, MEX_GOV, C10),
        event("COERCE", CNBV, VECTOR, C13, mode="seize", negated=True),
        event("ACCUSE", UIF, None, C14, mode="investigate"),
        event("ACCUSE", JORGE_ROMERO, MORENA, C15, mode="disapprove"),
        event("REQUEST", JORGE_ROMERO, MEX_CONGRESS, C16),
    ],
    "quotes": [
        quote("Damit sollten die Einlagen der Kunden geschützt und der Zahlungsverkehr aufrechterhalten werden",
              "Édgar Amador Zamora", "indirect"),
        quote("vorrangige Geldwäscheproblemfälle", "Financial Crimes Enforcement Network", "direct"),
        quote("über Jahre Gelder für Kartelle wie das Sinaloa-Kartell und das Kartell Jalisco Nueva Generación "
              "gewaschen und Zahlungen für Fentanyl-Grundstoffe aus China abgewickelt zu haben",
              "Financial Crimes Enforcement Network", "indirect"),
        quote("Wenn es Beweise gibt, sollen sie sie uns übergeben", "Claudia Sheinbaum", "direct"),
        quote("Mexiko deckt niemanden", "Claudia Sheinbaum", "direct"),
        quote("Bislang habe Washington keine konkreten Belege übermittelt", "Claudia Sheinbaum", "indirect"),
        quote("unbegründeten", "Vector Casa de Bolsa", "direct"),
        quote("Die Finanzaufklärungseinheit (UIF) habe zudem eigene Ermittlungen zu den von den USA genannten "
              "Transaktionen eingeleitet", "Édgar Amador Zamora", "indirect"),
        quote("die Verbindungen zwischen Finanzbranche und organisiertem Verbrechen jahrelang ignoriert zu haben",
              "Jorge Romero", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("National Banking and Securities Commission", "ORG", "MEX",
               ["die mexikanische Bankenaufsicht", "Die Nationale Banken- und Wertpapierkommission (CNBV)",
                "die Bankenaufsicht"]),
        entity("CIBanco", "ORG", "MEX", ["CIBanco"]),
        entity("Intercam Banco", "ORG", "MEX", ["Intercam"]),
        entity("Vector Casa de Bolsa", "ORG", "MEX", ["das Brokerhaus Vector", "Vector", "Das Brokerhaus", "das Haus"]),
        entity("Édgar Amador Zamora", "PER", "MEX", ["Finanzminister Édgar Amador Zamora", "Amador"]),
        entity("Financial Crimes Enforcement Network", "ORG", "USA",
               ["das Netzwerk zur Bekämpfung von Finanzkriminalität (FinCEN)", "Die Behörde"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["des US-Finanzministeriums"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["das Sinaloa-Kartell"]),
        entity("Jalisco New Generation Cartel", "ORG", "MEX", ["das Kartell Jalisco Nueva Generación"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "die Präsidentin", "Sheinbaums"]),
        entity("Government of the United States", "ORG", "USA", ["die US-Regierung", "Washington"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("Alfonso Romo", "PER", "MEX", ["dem Unternehmer Alfonso Romo"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Sheinbaums Vorgänger Andrés Manuel López Obrador"]),
        entity("Financial Intelligence Unit of Mexico", "ORG", "MEX", ["Die Finanzaufklärungseinheit (UIF)"]),
        entity("National Action Party (Mexico)", "ORG", "MEX", ["PAN"]),
        entity("Jorge Romero", "PER", "MEX", ["Der Vorsitzende der oppositionellen PAN, Jorge Romero"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena"]),
        entity("Congress of Mexico", "ORG", "MEX", ["den Kongress"]),
    ],
}

# ---------------------------------------------------------------- hm339-de-04 (Cuba/US, visa bans on Díaz-Canel and ministers)
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
LOPEZ_MIERA = actor("Álvaro López Miera", "CUB", "GOV")
ALVAREZ_CASAS = actor("Lázaro Alberto Álvarez Casas", "CUB", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
US_STATE_DEPT = actor("U.S. Department of State", "USA", "GOV")
GAESA = actor("GAESA", "CUB", "MIL")
BRUNO_RODRIGUEZ = actor("Bruno Rodríguez Parrilla", "CUB", "GOV")
CUB_MINREX = actor("Ministry of Foreign Affairs of Cuba", "CUB", "GOV")
JUSTICIA_11J = actor("Justicia 11J", "CUB", "NGO")

D1 = ("Havanna (dpa) - Die US-Regierung hat Einreiseverbote gegen Kubas Staatschef Miguel Díaz-Canel und zwei seiner "
      "Minister verhängt.")
D2 = ("Außenminister Marco Rubio begründete die Maßnahme am Freitag mit der Rolle der drei Politiker bei der "
      "gewaltsamen Niederschlagung der landesweiten Proteste vom 11. Juli 2021.")
D3 = ("Betroffen sind neben dem Präsidenten Verteidigungsminister Álvaro López Miera und Innenminister Lázaro Alberto "
      "Álvarez Casas.")
D4 = ("„Vor vier Jahren hat das kubanische Regime Tausende Kubaner eingesperrt, weil sie friedlich ihre Freiheit "
      "gefordert haben“, erklärte Rubio.")
D5 = "„Hunderte von ihnen sitzen bis heute im Gefängnis.“"
D6 = ("Zugleich setzte das Außenministerium in Washington das Luxushotel Torre K in Havanna, das dem "
      "Militärkonglomerat Gaesa gehört, auf eine Liste von Einrichtungen, mit denen US-Bürger keine Geschäfte machen "
      "dürfen.")
D7 = "Weitergehende Wirtschaftssanktionen kündigte Rubio zunächst nicht an."
D8 = "Díaz-Canel reagierte auf der Plattform X mit Spott."
D9 = ("Die Regierung in Washington könne die kubanische Revolution mit Einreiseverboten nicht einschüchtern, schrieb "
      "der 65-Jährige.")
D10 = "Er warf den USA vor, mit ihrer Blockadepolitik bewusst die Not der Kubaner zu verschärfen."
D11 = "Außenminister Bruno Rodríguez nannte die Sanktionen „heuchlerisch“."
D12 = "Das kubanische Außenministerium bestellte den Leiter der US-Botschaft, Mike Hammer, ein."
D13 = "Die Bürgerrechtsorganisation Justicia 11J begrüßte die Strafmaßnahmen."
D14 = "Nach ihren Angaben sind wegen der Proteste von 2021 noch immer mehr als 350 Menschen inhaftiert."
D15 = "Die Gruppe forderte die Regierung in Havanna auf, alle politischen Gefangenen freizulassen."
D16 = "Die Proteste vom Juli 2021 waren die größten auf der Karibikinsel seit Jahrzehnten."

DE04 = {
    "id": "hm339-de-04", "lang": "de", "url": None, "published": "2025-07-12",
    "title": "USA verhängen Einreiseverbot gegen Kubas Präsidenten",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7], [D8, D9, D10, D11, D12], [D13, D14, D15, D16]),
    "events": [
        event("SANCTION", USA_GOV, DIAZ_CANEL, D1),
        event("SANCTION", USA_GOV, LOPEZ_MIERA, D1),
        event("SANCTION", USA_GOV, ALVAREZ_CASAS, D1),
        event("ACCUSE", RUBIO, DIAZ_CANEL, D2, mode="allege", date="2025-07-11"),
        event("ACCUSE", RUBIO, LOPEZ_MIERA, D2, mode="allege", date="2025-07-11"),
        event("ACCUSE", RUBIO, ALVAREZ_CASAS, D2, mode="allege", date="2025-07-11"),
        event("ACCUSE", RUBIO, CUB_GOV, D4, mode="allege"),
        event("ACCUSE", RUBIO, CUB_GOV, D5, mode="allege"),
        event("SANCTION", US_STATE_DEPT, GAESA, D6, mode="discontinue"),
        event("THREATEN", RUBIO, CUB_GOV, D7, negated=True),
        event("ACCUSE", DIAZ_CANEL, USA_GOV, D10, mode="allege"),
        event("ACCUSE", BRUNO_RODRIGUEZ, USA_GOV, D11, mode="disapprove"),
        event("ACCUSE", CUB_MINREX, USA_GOV, D12, mode="disapprove", location="Havanna", location_country="CUB"),
        event("SUPPORT", JUSTICIA_11J, USA_GOV, D13),
        event("REQUEST", JUSTICIA_11J, CUB_GOV, D15, mode="yield"),
    ],
    "quotes": [
        quote("Vor vier Jahren hat das kubanische Regime Tausende Kubaner eingesperrt, weil sie friedlich ihre Freiheit "
              "gefordert haben", "Marco Rubio", "direct"),
        quote("Hunderte von ihnen sitzen bis heute im Gefängnis", "Marco Rubio", "direct"),
        quote("Die Regierung in Washington könne die kubanische Revolution mit Einreiseverboten nicht einschüchtern",
              "Miguel Díaz-Canel", "indirect"),
        quote("mit ihrer Blockadepolitik bewusst die Not der Kubaner zu verschärfen", "Miguel Díaz-Canel", "indirect"),
        quote("heuchlerisch", "Bruno Rodríguez Parrilla", "direct"),
        quote(D14, "Justicia 11J", "indirect"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["Havanna"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung", "Die Regierung in Washington",
                                                                 "den USA"]),
        entity("Cuba", "LOC", "CUB", ["Kubas", "der Karibikinsel"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Kubas Staatschef Miguel Díaz-Canel", "dem Präsidenten",
                                                   "Díaz-Canel", "der 65-Jährige"]),
        entity("Álvaro López Miera", "PER", "CUB", ["Verteidigungsminister Álvaro López Miera"]),
        entity("Lázaro Alberto Álvarez Casas", "PER", "CUB", ["Innenminister Lázaro Alberto Álvarez Casas"]),
        entity("Marco Rubio", "PER", "USA", ["Außenminister Marco Rubio", "Rubio"]),
        entity("Government of Cuba", "ORG", "CUB", ["das kubanische Regime", "die Regierung in Havanna"]),
        entity("U.S. Department of State", "ORG", "USA", ["das Außenministerium in Washington"]),
        entity("Washington, D.C.", "LOC", "USA", ["Washington"]),
        entity("Torre K", "LOC", "CUB", ["das Luxushotel Torre K"]),
        entity("GAESA", "ORG", "CUB", ["dem Militärkonglomerat Gaesa"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Bruno Rodríguez Parrilla", "PER", "CUB", ["Außenminister Bruno Rodríguez"]),
        entity("Ministry of Foreign Affairs of Cuba", "ORG", "CUB", ["Das kubanische Außenministerium"]),
        entity("Mike Hammer", "PER", "USA", ["den Leiter der US-Botschaft, Mike Hammer"]),
        entity("Embassy of the United States in Havana", "ORG", "USA", ["der US-Botschaft"]),
        entity("Justicia 11J", "ORG", "CUB", ["Die Bürgerrechtsorganisation Justicia 11J", "Die Gruppe"]),
    ],
}

# ---------------------------------------------------------------- hm339-en-01 (United States, John Bolton indicted)
BOLTON = actor("John Bolton", "USA", "CVL")
MD_GRAND_JURY = actor("federal grand jury in Maryland", "USA", "JUD")
MD_PROSECUTORS = actor("U.S. Attorney's Office for the District of Maryland", "USA", "JUD")
KELLY_HAYES = actor("Kelly O. Hayes", "USA", "JUD")
US_MARSHALS = actor("U.S. Marshals Service", "USA", "COP")
JUDGE_SULLIVAN = actor("Timothy J. Sullivan", "USA", "JUD")
TRUMP = actor("Donald Trump", "USA", "GOV")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
SCHUMER = actor("Chuck Schumer", "USA", "OPP")

E1 = ("GREENBELT, Md. (AP) — Former national security adviser John Bolton pleaded not guilty on Friday to federal "
      "charges that he mishandled classified information, a day after a grand jury indicted him on 18 counts.")
E2 = ("Bolton, 76, turned himself in to the U.S. Marshals Service at the federal courthouse in Greenbelt, Maryland, "
      "early Friday morning.")
E3 = ("Magistrate Judge Timothy J. Sullivan allowed him to remain free while the case proceeds but ordered him to "
      "surrender his passport.")
E4 = "Prosecutors did not ask the judge to detain Bolton ahead of trial."
E5 = ("The indictment charges him with eight counts of transmitting national defense information and ten counts of "
      "unlawfully retaining it.")
E6 = ("Prosecutors allege that Bolton shared more than 1,000 pages of diary-like notes about his time in the White "
      "House with two relatives through personal email and messaging accounts.")
E7 = ("One of the email accounts was later hacked by a cyber actor believed to be linked to Iran, according to the "
      "indictment.")
E8 = "\"No one is above the law,\" Attorney General Pam Bondi said in a statement."
E9 = ("Kelly O. Hayes, the U.S. attorney for Maryland, said the case concerned \"the abuse of a position of trust\" "
      "and had nothing to do with politics.")
E10 = ("Bolton said in a statement that he had become \"the latest target\" of a president determined to turn the "
       "Justice Department against his critics.")
E11 = "\"I look forward to the fight to defend my lawful conduct and to expose his abuse of power,\" he said."
E12 = ("His lawyer, Abbe Lowell, said the notes had been shared only with family members and did not contain "
       "classified information.")
E13 = ("Trump, asked about the case at the White House on Thursday, called Bolton \"a bad person\" but said he had "
       "not known about the indictment in advance.")
E14 = "FBI agents searched Bolton's home in Bethesda, Maryland, and his office in Washington in August."
E15 = ("Bolton served as Trump's national security adviser in 2018 and 2019 and has since become one of his fiercest "
       "critics.")
E16 = ("Senate Democratic leader Chuck Schumer said Trump was using federal prosecutors to settle scores with his "
       "opponents, pointing to the recent indictments of former FBI Director James Comey and New York Attorney "
       "General Letitia James.")
E17 = "U.S. District Judge Theodore Chuang, who will preside over the trial, set a status hearing for next month."

EN01 = {
    "id": "hm339-en-01", "lang": "en", "url": None, "published": "2025-10-17",
    "title": "John Bolton pleads not guilty to charges he mishandled classified information",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9], [E10, E11, E12], [E13, E14, E15], [E16, E17]),
    "events": [
        event("ACCUSE", MD_GRAND_JURY, BOLTON, E1, mode="allege", date="2025-10-16"),
        event("RETREAT", BOLTON, US_MARSHALS, E2, date="2025-10-17", location="Greenbelt", location_country="USA"),
        event("COERCE", JUDGE_SULLIVAN, BOLTON, E3, mode="restrict", location="Greenbelt", location_country="USA"),
        event("REQUEST", MD_PROSECUTORS, JUDGE_SULLIVAN, E4, negated=True),
        event("ACCUSE", MD_GRAND_JURY, BOLTON, E5, mode="allege"),
        event("ACCUSE", MD_PROSECUTORS, BOLTON, E6, mode="allege"),
        event("ACCUSE", KELLY_HAYES, BOLTON, E9, mode="allege"),
        event("ACCUSE", BOLTON, TRUMP, E10, mode="allege"),
        event("ACCUSE", BOLTON, TRUMP, E11, mode="allege"),
        event("ACCUSE", TRUMP, BOLTON, E13, mode="disapprove", date="2025-10-16", location="Washington",
              location_country="USA"),
        event("COERCE", FBI, BOLTON, E14, mode="seize", location_country="USA"),
        event("ACCUSE", SCHUMER, TRUMP, E16, mode="allege"),
    ],
    "quotes": [
        quote("One of the email accounts was later hacked by a cyber actor believed to be linked to Iran",
              "federal grand jury in Maryland", "indirect"),
        quote("Bolton shared more than 1,000 pages of diary-like notes about his time in the White House with two "
              "relatives through personal email and messaging accounts",
              "U.S. Attorney's Office for the District of Maryland", "indirect"),
        quote("No one is above the law", "Pam Bondi", "direct"),
        quote("the case concerned \"the abuse of a position of trust\" and had nothing to do with politics",
              "Kelly O. Hayes", "indirect"),
        quote("the abuse of a position of trust", "Kelly O. Hayes", "direct"),
        quote("he had become \"the latest target\" of a president determined to turn the Justice Department against "
              "his critics", "John Bolton", "indirect"),
        quote("the latest target", "John Bolton", "direct"),
        quote("I look forward to the fight to defend my lawful conduct and to expose his abuse of power",
              "John Bolton", "direct"),
        quote("the notes had been shared only with family members and did not contain classified information",
              "Abbe Lowell", "indirect"),
        quote("a bad person", "Donald Trump", "direct"),
        quote("he had not known about the indictment in advance", "Donald Trump", "indirect"),
        quote("Trump was using federal prosecutors to settle scores with his opponents", "Chuck Schumer", "indirect"),
    ],
    "entities": [
        entity("Greenbelt", "LOC", "USA", ["GREENBELT, Md.", "Greenbelt, Maryland"]),
        entity("John Bolton", "PER", "USA", ["Former national security adviser John Bolton", "Bolton", "Bolton, 76"]),
        entity("federal grand jury in Maryland", "ORG", "USA", ["a grand jury"]),
        entity("U.S. Marshals Service", "ORG", "USA", ["the U.S. Marshals Service"]),
        entity("Timothy J. Sullivan", "PER", "USA", ["Magistrate Judge Timothy J. Sullivan", "the judge"]),
        entity("U.S. Attorney's Office for the District of Maryland", "ORG", "USA", ["Prosecutors"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Pam Bondi", "PER", "USA", ["Attorney General Pam Bondi"]),
        entity("Kelly O. Hayes", "PER", "USA", ["Kelly O. Hayes, the U.S. attorney for Maryland"]),
        entity("Maryland", "LOC", "USA", ["Maryland"]),
        entity("U.S. Department of Justice", "ORG", "USA", ["the Justice Department"]),
        entity("Donald Trump", "PER", "USA", ["Trump", "a president"]),
        entity("Abbe Lowell", "PER", "USA", ["His lawyer, Abbe Lowell"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["FBI agents", "FBI"]),
        entity("Bethesda", "LOC", "USA", ["Bethesda, Maryland"]),
        entity("Washington, D.C.", "LOC", "USA", ["Washington"]),
        entity("Chuck Schumer", "PER", "USA", ["Senate Democratic leader Chuck Schumer"]),
        entity("James Comey", "PER", "USA", ["former FBI Director James Comey"]),
        entity("Letitia James", "PER", "USA", ["New York Attorney General Letitia James"]),
        entity("Theodore Chuang", "PER", "USA", ["U.S. District Judge Theodore Chuang"]),
    ],
}

# ---------------------------------------------------------------- hm339-en-02 (Canada, Bishnoi gang listed as terrorist entity)
ANANDASANGAREE = actor("Gary Anandasangaree", "CAN", "GOV")
BISHNOI_GANG = actor("Bishnoi gang", "IND", "REB")
SOUTH_ASIAN_BUSINESSES = actor("South Asian business owners in Canada", "CAN", "BUS")
RCMP = actor("Royal Canadian Mounted Police", "CAN", "COP")
IND_GOV = actor("Government of India", "IND", "GOV")
EBY = actor("David Eby", "CAN", "GOV")
DANIELLE_SMITH = actor("Danielle Smith", "CAN", "GOV")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
WSO = actor("World Sikh Organization of Canada", "CAN", "NGO")

F1 = ("OTTAWA (Reuters) - Canada on Monday designated the Bishnoi gang, an India-based criminal network blamed for "
      "extortion and shootings targeting South Asian businesses, as a terrorist entity.")
F2 = ("The listing allows police to seize the gang's assets in Canada and makes it a criminal offence to knowingly "
      "fund or support it, Public Safety Minister Gary Anandasangaree told reporters.")
F3 = ("\"The Bishnoi gang has created a climate of fear by targeting specific communities with terror, violence and "
      "intimidation,\" Anandasangaree said.")
F4 = "\"Today's listing sends a clear message to those who would bring that violence to our streets.\""
F5 = ("The gang, whose leader Lawrence Bishnoi has been in custody in India since 2015, has claimed responsibility "
      "for several shootings at businesses and homes in Surrey, British Columbia, and Brampton, Ontario, this year.")
F6 = ("In October 2024, the Royal Canadian Mounted Police alleged that agents of the Indian government had used the "
      "gang to target Sikh separatists in Canada, an accusation New Delhi rejected.")
F7 = "British Columbia Premier David Eby, who had asked Ottawa in June to list the group, welcomed the decision."
F8 = ("\"This is a long overdue step,\" Eby said in Victoria, adding that the province's anti-extortion task force "
      "would work closely with federal police.")
F9 = ("Alberta Premier Danielle Smith and Conservative leader Pierre Poilievre also praised the move, though "
      "Poilievre said the Liberal government should have acted months ago.")
F10 = ("India's Ministry of External Affairs said it had taken note of the decision and was ready to cooperate with "
       "Canadian law enforcement against organized crime.")
F11 = ("The World Sikh Organization of Canada welcomed the designation but urged Ottawa to publicly name the Indian "
       "officials it believes directed the gang.")
F12 = "No arrests were announced in connection with the listing on Monday."
F13 = ("Relations between Ottawa and New Delhi have been strained since 2023 over the killing of Sikh separatist "
       "leader Hardeep Singh Nijjar near Vancouver.")

EN02 = {
    "id": "hm339-en-02", "lang": "en", "url": None, "published": "2025-09-29",
    "title": "Canada lists Bishnoi gang as terrorist entity",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6], [F7, F8, F9], [F10, F11, F12, F13]),
    "events": [
        event("COERCE", CAN_GOV, BISHNOI_GANG, F1, mode="ban", date="2025-09-29"),
        event("ACCUSE", ANANDASANGAREE, BISHNOI_GANG, F3, mode="allege"),
        event("ASSAULT", BISHNOI_GANG, SOUTH_ASIAN_BUSINESSES, F5, mode="firearms", location_country="CAN"),
        event("ACCUSE", RCMP, IND_GOV, F6, mode="allege"),
        event("SUPPORT", EBY, CAN_GOV, F7),
        event("REQUEST", EBY, CAN_GOV, F7, mode="change"),
        event("AGREE", EBY, RCMP, F8, location="Victoria", location_country="CAN"),
        event("SUPPORT", DANIELLE_SMITH, CAN_GOV, F9),
        event("SUPPORT", POILIEVRE, CAN_GOV, F9),
        event("ACCUSE", POILIEVRE, CAN_GOV, F9, mode="disapprove"),
        event("AGREE", IND_MEA, CAN_GOV, F10),
        event("SUPPORT", WSO, CAN_GOV, F11),
        event("REQUEST", WSO, CAN_GOV, F11, mode="change"),
        event("COERCE", RCMP, BISHNOI_GANG, F12, mode="arrest", date="2025-09-29", negated=True),
    ],
    "quotes": [
        quote("The listing allows police to seize the gang's assets in Canada and makes it a criminal offence to "
              "knowingly fund or support it", "Gary Anandasangaree", "indirect"),
        quote("The Bishnoi gang has created a climate of fear by targeting specific communities with terror, violence "
              "and intimidation", "Gary Anandasangaree", "direct"),
        quote("Today's listing sends a clear message to those who would bring that violence to our streets",
              "Gary Anandasangaree", "direct"),
        quote("agents of the Indian government had used the gang to target Sikh separatists in Canada",
              "Royal Canadian Mounted Police", "indirect"),
        quote("This is a long overdue step", "David Eby", "direct"),
        quote("the province's anti-extortion task force would work closely with federal police", "David Eby",
              "indirect"),
        quote("the Liberal government should have acted months ago", "Pierre Poilievre", "indirect"),
        quote("it had taken note of the decision and was ready to cooperate with Canadian law enforcement against "
              "organized crime", "Ministry of External Affairs of India", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["OTTAWA", "Ottawa"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("Government of Canada", "ORG", "CAN", ["the Liberal government"]),
        entity("Bishnoi gang", "ORG", "IND", ["the Bishnoi gang", "The Bishnoi gang", "the gang", "The gang",
                                              "the group"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Gary Anandasangaree", "PER", "CAN", ["Public Safety Minister Gary Anandasangaree", "Anandasangaree"]),
        entity("Lawrence Bishnoi", "PER", "IND", ["Lawrence Bishnoi"]),
        entity("Surrey", "LOC", "CAN", ["Surrey, British Columbia"]),
        entity("Brampton", "LOC", "CAN", ["Brampton, Ontario"]),
        entity("Royal Canadian Mounted Police", "ORG", "CAN", ["the Royal Canadian Mounted Police", "federal police"]),
        entity("Government of India", "ORG", "IND", ["the Indian government"]),
        entity("New Delhi", "LOC", "IND", ["New Delhi"]),
        entity("British Columbia", "LOC", "CAN", ["British Columbia"]),
        entity("David Eby", "PER", "CAN", ["British Columbia Premier David Eby", "Eby"]),
        entity("Victoria", "LOC", "CAN", ["Victoria"]),
        entity("Alberta", "LOC", "CAN", ["Alberta"]),
        entity("Danielle Smith", "PER", "CAN", ["Alberta Premier Danielle Smith"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Conservative"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative leader Pierre Poilievre", "Poilievre"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["India's Ministry of External Affairs"]),
        entity("World Sikh Organization of Canada", "ORG", "CAN", ["The World Sikh Organization of Canada"]),
        entity("Hardeep Singh Nijjar", "PER", "CAN", ["Sikh separatist leader Hardeep Singh Nijjar"]),
        entity("Vancouver", "LOC", "CAN", ["Vancouver"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
