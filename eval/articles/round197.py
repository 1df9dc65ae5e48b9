"""Round 197: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm197-de-01: Senegal's ruling-camp candidate Amadou Ba concedes the presidential election to Bassirou Diomaye Faye; Sall, the AU and ECOWAS congratulate, Sonko presses for a quick handover (2024-03-25).
- hm197-de-02: Iran's President Ebrahim Raisi killed in a helicopter crash; Turkey and the EU help the search, Russia offers rescuers, Zarif and Washington trade blame over sanctions (2024-05-20).
- hm197-de-03: The M23 take Uvira days after the Washington peace deal; Congolese and Burundian troops pull out, Kinshasa and Rubio accuse Rwanda, the M23 offers to withdraw (2025-12-12).
- hm197-de-04: Cuba re-arrests dissident José Daniel Ferrer and Félix Navarro; the Supreme Court revokes Ferrer's release, Washington and Mike Hammer protest, Havana hits back (2025-04-30).
- hm197-en-01: An Israeli airstrike kills seven World Central Kitchen aid workers in Deir al-Balah; WCK and Anera pause operations, Netanyahu and Halevi admit a mistake, Biden, Albanese, London and Warsaw react (2024-04-02).
- hm197-en-02: Police fire tear gas at "Generation Z" protesters at Mexico's National Palace; arrests, Sheinbaum accuses the opposition, the PAN objects, police deployed (2025-11-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm197-de-01 (Senegal)
BA = actor("Amadou Ba", "SEN", "PTY")
FAYE = actor("Bassirou Diomaye Faye", "SEN", "OPP")
SALL = actor("Macky Sall", "SEN", "GOV")
SONKO = actor("Ousmane Sonko", "SEN", "OPP")
AU = actor("African Union", "IGO", "IGO")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
SENEGAL = actor("Senegal", "SEN", None)
SEN_PARTNERS = actor("Senegal's foreign partners", None, None)
SEN_PROTESTERS = actor("Senegalese protesters", "SEN", "CVL")

A1 = ("Dakar (dpa) - Im Senegal hat der Kandidat des Regierungslagers, Amadou Ba, seine Niederlage bei der "
      "Präsidentenwahl eingeräumt und dem Oppositionspolitiker Bassirou Diomaye Faye gratuliert.")
A2 = ("Angesichts der Trends der Auszählung beglückwünsche er Faye zu dessen Sieg im ersten Wahlgang, teilte der "
      "frühere Regierungschef am Montag mit.")
A3 = ("Auch der scheidende Präsident Macky Sall gratulierte dem 44-Jährigen und sprach von einem »Sieg der "
      "senegalesischen Demokratie«.")
A4 = "Faye war erst zehn Tage vor der Abstimmung gemeinsam mit seinem Mentor Ousmane Sonko aus der Haft entlassen worden."
A5 = ("Faye kündigte in einer ersten Ansprache an, er werde mit allen ausländischen Partnern zusammenarbeiten, "
      "zugleich aber die Verträge im Öl- und Gassektor überprüfen lassen.")
A6 = "„Senegal bleibt ein verlässlicher Verbündeter“, sagte er, „doch unsere Souveränität ist nicht verhandelbar.“"
A7 = ("Die Afrikanische Union und die westafrikanische Staatengemeinschaft Ecowas lobten den friedlichen Ablauf "
      "der Wahl.")
A8 = ("Sall hatte die ursprünglich für Februar geplante Abstimmung zunächst verschoben, was tagelange Proteste mit "
      "mehreren Toten auslöste.")
A9 = "Die Regierungskoalition wies Vorwürfe der Wahlmanipulation als haltlos zurück."
A10 = "Ba kündigte an, er werde als Oppositionsführer eine »konstruktive Rolle« spielen."
A11 = "Sonko forderte Sall auf, die Amtsübergabe »ohne jede Verzögerung« vorzubereiten."
A12 = ("Am Abend empfing Sall den Wahlsieger im Präsidentenpalast in Dakar zu einem ersten Gespräch über die "
       "Übergabe.")
A13 = "Das offizielle Endergebnis will der Verfassungsrat in den kommenden Tagen verkünden."

DE01 = {
    "id": "hm197-de-01", "lang": "de", "url": None, "published": "2024-03-25",
    "title": "Senegals Regierungskandidat Ba räumt Niederlage gegen Faye ein",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13]),
    "events": [
        event("CONCEDE", BA, FAYE, A1),
        event("SUPPORT", BA, FAYE, A1),
        event("SUPPORT", BA, FAYE, A2, date="2024-03-25"),
        event("SUPPORT", SALL, FAYE, A3),
        event("AGREE", FAYE, SEN_PARTNERS, A5),
        event("AGREE", FAYE, SEN_PARTNERS, A6),
        event("SUPPORT", AU, SENEGAL, A7),
        event("SUPPORT", ECOWAS, SENEGAL, A7),
        event("PROTEST", SEN_PROTESTERS, SALL, A8, mode="demo", location="Senegal", location_country="SEN"),
        event("AGREE", BA, FAYE, A10),
        event("REQUEST", SONKO, SALL, A11, mode="change"),
        event("CONSULT", FAYE, SALL, A12, mode="visit", date="2024-03-25", location="Dakar",
              location_country="SEN"),
    ],
    "quotes": [
        quote("Angesichts der Trends der Auszählung beglückwünsche er Faye zu dessen Sieg im ersten Wahlgang",
              "Amadou Ba", "indirect"),
        quote("Sieg der senegalesischen Demokratie", "Macky Sall", "direct"),
        quote("er werde mit allen ausländischen Partnern zusammenarbeiten, zugleich aber die Verträge im Öl- und "
              "Gassektor überprüfen lassen", "Bassirou Diomaye Faye", "indirect"),
        quote("Senegal bleibt ein verlässlicher Verbündeter", "Bassirou Diomaye Faye", "direct"),
        quote("doch unsere Souveränität ist nicht verhandelbar", "Bassirou Diomaye Faye", "direct"),
        quote("konstruktive Rolle", "Amadou Ba", "direct"),
        quote("er werde als Oppositionsführer eine »konstruktive Rolle« spielen", "Amadou Ba", "indirect"),
        quote("ohne jede Verzögerung", "Ousmane Sonko", "direct"),
        quote("die Amtsübergabe »ohne jede Verzögerung« vorzubereiten", "Ousmane Sonko", "indirect"),
    ],
    "entities": [
        entity("Amadou Ba", "PER", "SEN", ["der Kandidat des Regierungslagers, Amadou Ba", "der frühere Regierungschef",
                                           "Ba", "er"]),
        entity("Bassirou Diomaye Faye", "PER", "SEN", ["dem Oppositionspolitiker Bassirou Diomaye Faye", "Faye",
                                                       "dem 44-Jährigen", "den Wahlsieger", "er"]),
        entity("Macky Sall", "PER", "SEN", ["der scheidende Präsident Macky Sall", "Sall"]),
        entity("Ousmane Sonko", "PER", "SEN", ["seinem Mentor Ousmane Sonko", "Sonko"]),
        entity("Senegal", "GPE", "SEN", ["Senegal"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["die westafrikanische Staatengemeinschaft Ecowas"]),
        entity("Ruling coalition of Senegal", "ORG", "SEN", ["Die Regierungskoalition", "des Regierungslagers"]),
        entity("Constitutional Council of Senegal", "ORG", "SEN", ["der Verfassungsrat"]),
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("Presidential Palace (Dakar)", "LOC", "SEN", ["Präsidentenpalast"]),
    ],
}

# ---------------------------------------------------------------- hm197-de-02 (Iran, Raisi)
IRAN = actor("Iran", "IRN", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
RAISI = actor("Ebrahim Raisi", "IRN", "GOV")
CHINA = actor("China", "CHN", "GOV")
IRAQ = actor("Iraq", "IRQ", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
EUCOM = actor("European Commission", "EUR", "IGO")
ZARIF = actor("Mohammad Javad Zarif", "IRN", "GOV")
USA = actor("United States", "USA", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
IRAN_GOV = actor("Government of Iran", "IRN", "GOV")

B1 = ("Teheran (dpa) - Der iranische Präsident Ebrahim Raisi ist beim Absturz eines Hubschraubers im Nordwesten "
      "des Landes ums Leben gekommen.")
B2 = ("Auch Außenminister Hussein Amirabdollahian und sieben weitere Insassen seien tot, meldete das "
      "Staatsfernsehen am Montag.")
B3 = ("Die Maschine war am Sonntag bei dichtem Nebel in einer Bergregion der Provinz Ost-Aserbaidschan "
      "verschollen.")
B4 = ("Die Türkei hatte auf Bitten Teherans eine Aufklärungsdrohne vom Typ Akinci geschickt, die schließlich eine "
      "Wärmequelle an der Absturzstelle ortete.")
B5 = ("Revolutionsführer Ajatollah Ali Chamenei ordnete eine fünftägige Staatstrauer an und übertrug die "
      "Amtsgeschäfte an Vizepräsident Mohammed Mochber.")
B6 = "»Die Arbeit des Landes wird nicht gestört«, versicherte Chamenei."
B7 = ("Russlands Präsident Wladimir Putin würdigte Raisi als »wahren Freund« seines Landes, auch China und der "
      "Irak sprachen Teheran ihr Beileid aus.")
B8 = ("Moskau habe zudem zwei Flugzeuge und 47 Bergungsspezialisten angeboten, so das russische "
      "Katastrophenschutzministerium.")
B9 = "Die EU-Kommission aktivierte auf Anfrage Irans ihren Satelliten-Kartierungsdienst Copernicus."
B10 = ("Der frühere Außenminister Mohammed Dschawad Sarif sagte im Staatsfernsehen, die US-Sanktionen seien "
       "mitverantwortlich für das Unglück, da sie Iran den Kauf von Ersatzteilen verwehrten.")
B11 = "Washington wies jede Mitverantwortung zurück."
B12 = ("„Die Verantwortung für den Einsatz eines jahrzehntealten Hubschraubers bei Nebel trägt allein die "
       "iranische Führung“, sagte Außenamtssprecher Matthew Miller.")
B13 = "Laut Verfassung muss binnen 50 Tagen ein neuer Präsident gewählt werden."

DE02 = {
    "id": "hm197-de-02", "lang": "de", "url": None, "published": "2024-05-20",
    "title": "Irans Präsident Raisi bei Hubschrauberabsturz getötet",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12, B13]),
    "events": [
        event("AID", TURKEY, IRAN, B4, location="East Azerbaijan Province", location_country="IRN"),
        event("REQUEST", IRAN, TURKEY, B4, mode="assist"),
        event("SUPPORT", PUTIN, RAISI, B7),
        event("SUPPORT", CHINA, IRAN, B7),
        event("SUPPORT", IRAQ, IRAN, B7),
        event("AGREE", RUSSIA, IRAN, B8),
        event("AID", EUCOM, IRAN, B9),
        event("REQUEST", IRAN, EUCOM, B9, mode="assist"),
        event("ACCUSE", ZARIF, USA, B10, mode="allege"),
        event("ACCUSE", MILLER, IRAN_GOV, B12, mode="disapprove"),
    ],
    "quotes": [
        quote("Auch Außenminister Hussein Amirabdollahian und sieben weitere Insassen seien tot",
              "Iranian state television", "indirect"),
        quote("Die Arbeit des Landes wird nicht gestört", "Ali Khamenei", "direct"),
        quote("wahren Freund", "Vladimir Putin", "direct"),
        quote("Moskau habe zudem zwei Flugzeuge und 47 Bergungsspezialisten angeboten",
              "Ministry of Emergency Situations of Russia", "indirect"),
        quote("die US-Sanktionen seien mitverantwortlich für das Unglück, da sie Iran den Kauf von Ersatzteilen "
              "verwehrten", "Mohammad Javad Zarif", "indirect"),
        quote("Die Verantwortung für den Einsatz eines jahrzehntealten Hubschraubers bei Nebel trägt allein die "
              "iranische Führung", "Matthew Miller", "direct"),
    ],
    "entities": [
        entity("Ebrahim Raisi", "PER", "IRN", ["Der iranische Präsident Ebrahim Raisi", "Raisi"]),
        entity("Hossein Amir-Abdollahian", "PER", "IRN", ["Außenminister Hussein Amirabdollahian"]),
        entity("Ali Khamenei", "PER", "IRN", ["Revolutionsführer Ajatollah Ali Chamenei", "Chamenei"]),
        entity("Mohammad Mokhber", "PER", "IRN", ["Vizepräsident Mohammed Mochber"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russlands Präsident Wladimir Putin"]),
        entity("Mohammad Javad Zarif", "PER", "IRN", ["Der frühere Außenminister Mohammed Dschawad Sarif"]),
        entity("Matthew Miller", "PER", "USA", ["Außenamtssprecher Matthew Miller"]),
        entity("Iran", "GPE", "IRN", ["Teherans", "Irans", "Teheran", "Iran", "die iranische Führung"]),
        entity("Turkey", "GPE", "TUR", ["Die Türkei"]),
        entity("Russia", "GPE", "RUS", ["Russlands", "Moskau"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Iraq", "GPE", "IRQ", ["der Irak"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Iranian state television", "ORG", "IRN", ["das Staatsfernsehen", "Staatsfernsehen"]),
        entity("Ministry of Emergency Situations of Russia", "ORG", "RUS",
               ["das russische Katastrophenschutzministerium"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Copernicus", "ORG", "EUR", ["Satelliten-Kartierungsdienst Copernicus"]),
        entity("East Azerbaijan Province", "LOC", "IRN", ["der Provinz Ost-Aserbaidschan"]),
    ],
}

# ---------------------------------------------------------------- hm197-de-03 (DR Congo, Uvira)
M23 = actor("M23", "COD", "REB")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
BURUNDI_ARMY = actor("Burundi National Defence Force", "BDI", "MIL")
DRC = actor("Democratic Republic of the Congo", "COD", "GOV")
RWANDA = actor("Rwanda", "RWA", "GOV")
DRC_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")
BIZIMANA = actor("Edouard Bizimana", "BDI", "GOV")
US_GOV = actor("United States", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")

C1 = ("Goma (dpa) - Wenige Tage nach der Unterzeichnung eines Friedensabkommens zwischen Kongo und Ruanda in "
      "Washington haben die M23-Rebellen am Mittwoch die ostkongolesische Stadt Uvira an der Grenze zu Burundi "
      "erobert.")
C2 = ("Zuvor hatten sich die kongolesische Armee und verbündete burundische Truppen nach tagelangen Gefechten aus "
      "der Stadt zurückgezogen.")
C3 = "Die beiden Armeen hatten Uvira seit Monaten gemeinsam gegen die Rebellen verteidigt."
C4 = "Mehr als 50.000 Menschen seien seither nach Burundi geflohen, teilte das UN-Flüchtlingshilfswerk mit."
C5 = "Die kongolesische Regierung warf Ruanda vor, das Abkommen »mit Füßen zu treten«."
C6 = ("„Kigali unterschreibt in Washington und schickt eine Woche später Soldaten nach Süd-Kivu“, sagte "
      "Regierungssprecher Patrick Muyaya.")
C7 = "Ruanda weist jede Unterstützung der Rebellen zurück."
C8 = ("Burundis Außenminister Edouard Bizimana drohte, sein Land werde sich »mit allen Mitteln« verteidigen, "
      "sollten die Kämpfer die Grenze überschreiten.")
C9 = "Die US-Regierung forderte Ruanda auf, seine Soldaten unverzüglich aus dem Osten Kongos abzuziehen."
C10 = ("Außenminister Marco Rubio sprach von einem »klaren Verstoß« gegen die Vereinbarung und kündigte "
       "Konsequenzen an.")
C11 = "Am Freitag erklärte die M23, sie sei auf Bitten Washingtons zu einem Abzug aus Uvira bereit."
C12 = "„Wir setzen damit ein Zeichen des guten Willens“, sagte ihr Sprecher Lawrence Kanyuka."
C13 = "Ob die Rebellen die Stadt tatsächlich räumen, blieb zunächst offen."

DE03 = {
    "id": "hm197-de-03", "lang": "de", "url": None, "published": "2025-12-12",
    "title": "M23-Rebellen erobern Uvira – Washington wirft Ruanda Vertragsbruch vor",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9, C10], [C11, C12, C13]),
    "events": [
        event("SUPPORT", DRC, RWANDA, C1, location="Washington", location_country="USA"),
        event("ASSAULT", M23, FARDC, C1, date="2025-12-10", location="Uvira", location_country="COD"),
        event("RETREAT", FARDC, M23, C2, mode="withdraw", location="Uvira", location_country="COD"),
        event("RETREAT", BURUNDI_ARMY, M23, C2, mode="withdraw", location="Uvira", location_country="COD"),
        event("COOPERATE", FARDC, BURUNDI_ARMY, C3, location="Uvira", location_country="COD"),
        event("ACCUSE", DRC_GOV, RWANDA, C5, mode="allege"),
        event("ACCUSE", MUYAYA, RWANDA, C6, mode="allege"),
        event("THREATEN", BIZIMANA, M23, C8, mode="violence"),
        event("REQUEST", US_GOV, RWANDA, C9, mode="change"),
        event("ACCUSE", RUBIO, RWANDA, C10, mode="disapprove"),
        event("THREATEN", RUBIO, RWANDA, C10),
        event("CONCEDE", M23, US_GOV, C11, date="2025-12-12"),
    ],
    "quotes": [
        quote("Mehr als 50.000 Menschen seien seither nach Burundi geflohen",
              "Office of the United Nations High Commissioner for Refugees", "indirect"),
        quote("mit Füßen zu treten", "Government of the Democratic Republic of the Congo", "direct"),
        quote("das Abkommen »mit Füßen zu treten«", "Government of the Democratic Republic of the Congo", "indirect"),
        quote("Kigali unterschreibt in Washington und schickt eine Woche später Soldaten nach Süd-Kivu",
              "Patrick Muyaya", "direct"),
        quote("mit allen Mitteln", "Edouard Bizimana", "direct"),
        quote("sein Land werde sich »mit allen Mitteln« verteidigen, sollten die Kämpfer die Grenze überschreiten",
              "Edouard Bizimana", "indirect"),
        quote("seine Soldaten unverzüglich aus dem Osten Kongos abzuziehen", "United States", "indirect"),
        quote("klaren Verstoß", "Marco Rubio", "direct"),
        quote("sie sei auf Bitten Washingtons zu einem Abzug aus Uvira bereit", "M23", "indirect"),
        quote("Wir setzen damit ein Zeichen des guten Willens", "Lawrence Kanyuka", "direct"),
    ],
    "entities": [
        entity("M23", "ORG", "COD", ["die M23-Rebellen", "die M23", "der Rebellen", "die Kämpfer", "die Rebellen"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["die kongolesische Armee"]),
        entity("Burundi National Defence Force", "ORG", "BDI", ["verbündete burundische Truppen"]),
        entity("Democratic Republic of the Congo", "GPE", "COD", ["Kongo", "Kongos"]),
        entity("Rwanda", "GPE", "RWA", ["Ruanda", "Kigali"]),
        entity("Burundi", "GPE", "BDI", ["Burundi", "Burundis", "sein Land"]),
        entity("United States", "GPE", "USA", ["Die US-Regierung", "Washingtons"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Die kongolesische Regierung"]),
        entity("Patrick Muyaya", "PER", "COD", ["Regierungssprecher Patrick Muyaya"]),
        entity("Edouard Bizimana", "PER", "BDI", ["Burundis Außenminister Edouard Bizimana"]),
        entity("Marco Rubio", "PER", "USA", ["Außenminister Marco Rubio"]),
        entity("Lawrence Kanyuka", "PER", "COD", ["ihr Sprecher Lawrence Kanyuka"]),
        entity("Office of the United Nations High Commissioner for Refugees", "ORG", "UNO",
               ["das UN-Flüchtlingshilfswerk"]),
        entity("Uvira", "LOC", "COD", ["die ostkongolesische Stadt Uvira", "Uvira", "die Stadt"]),
        entity("South Kivu", "LOC", "COD", ["Süd-Kivu"]),
        entity("Goma", "LOC", "COD", ["Goma"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm197-de-04 (Cuba, Ferrer)
CUB_SEC = actor("Cuban security forces", "CUB", "COP")
FERRER = actor("José Daniel Ferrer", "CUB", "OPP")
ANA_FERRER = actor("Ana Belkis Ferrer", "CUB", "CVL")
CUB_POLICE = actor("Cuban police", "CUB", "COP")
CUB_COURT = actor("Supreme People's Court of Cuba", "CUB", "JUD")
CUBA = actor("Cuba", "CUB", "GOV")
HOLY_SEE = actor("Holy See", "VAT", "GOV")
STATE_DEPT = actor("United States Department of State", "USA", "GOV")
CUBA_GOV = actor("Government of Cuba", "CUB", "GOV")
HAMMER = actor("Mike Hammer", "USA", "GOV")
RODRIGUEZ = actor("Bruno Rodríguez Parrilla", "CUB", "GOV")
USA2 = actor("United States", "USA", "GOV")
NAVARRO = actor("Félix Navarro", "CUB", "OPP")

D1 = ("Havanna (dpa) - Kubanische Sicherheitskräfte haben den Regierungskritiker José Daniel Ferrer gut drei "
      "Monate nach seiner Freilassung erneut festgenommen.")
D2 = ("Polizisten hätten am Dienstag das Haus des Oppositionsführers in Santiago de Cuba gestürmt und ihn "
      "abgeführt, berichtete seine Schwester Ana Belkis Ferrer.")
D3 = ("Das Oberste Gericht widerrief nach eigenen Angaben Ferrers bedingte Haftentlassung, weil er gegen Auflagen "
      "verstoßen habe.")
D4 = ("Der Anführer der Patriotischen Union Kubas (Unpacu) war im Januar freigekommen, nachdem sich Havanna mit dem "
      "Vatikan auf die Freilassung von 553 Gefangenen verständigt hatte.")
D5 = ("Das US-Außenministerium verurteilte die Festnahme und forderte die »sofortige Freilassung« Ferrers.")
D6 = ("„Das Regime will jede abweichende Stimme zum Schweigen bringen“, schrieb der Geschäftsträger der "
      "US-Botschaft in Havanna, Mike Hammer, auf X.")
D7 = "Hammer hatte Ferrer erst Anfang April in Santiago besucht."
D8 = ("Kubas Regierung bestellte den Diplomaten daraufhin ein und warf ihm Einmischung in innere Angelegenheiten "
      "vor.")
D9 = "Außenminister Bruno Rodríguez sprach von einer »Verleumdungskampagne« Washingtons."
D10 = "Ferrer habe die Bedingungen seiner Freilassung »wiederholt und offen« verletzt, sagte er."
D11 = "Auch der Dissident Félix Navarro wurde am Dienstag in der Provinz Matanzas festgenommen."
D12 = "Nach Angaben seiner Familie ist Ferrer aus Protest in einen Hungerstreik getreten."

DE04 = {
    "id": "hm197-de-04", "lang": "de", "url": None, "published": "2025-04-30",
    "title": "Kuba nimmt Dissidenten José Daniel Ferrer erneut fest",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("COERCE", CUB_SEC, FERRER, D1, mode="arrest", location="Santiago de Cuba", location_country="CUB"),
        event("ACCUSE", ANA_FERRER, CUB_POLICE, D2, mode="allege"),
        event("SANCTION", CUB_COURT, FERRER, D3, mode="convict"),
        event("COERCE", CUB_COURT, FERRER, D3, mode="arrest"),
        event("AGREE", CUBA, HOLY_SEE, D4),
        event("RETREAT", CUBA, FERRER, D4, mode="release"),
        event("ACCUSE", STATE_DEPT, CUBA_GOV, D5, mode="disapprove"),
        event("REQUEST", STATE_DEPT, CUBA_GOV, D5, mode="yield"),
        event("ACCUSE", HAMMER, CUBA_GOV, D6, mode="disapprove"),
        event("CONSULT", HAMMER, FERRER, D7, mode="visit", location="Santiago de Cuba", location_country="CUB"),
        event("ACCUSE", CUBA_GOV, HAMMER, D8, mode="allege"),
        event("ACCUSE", RODRIGUEZ, USA2, D9, mode="disapprove"),
        event("ACCUSE", RODRIGUEZ, FERRER, D10, mode="allege"),
        event("COERCE", CUB_SEC, NAVARRO, D11, mode="arrest", date="2025-04-29", location="Matanzas",
              location_country="CUB"),
        event("PROTEST", FERRER, CUBA_GOV, D12, mode="hunger"),
    ],
    "quotes": [
        quote("Polizisten hätten am Dienstag das Haus des Oppositionsführers in Santiago de Cuba gestürmt und ihn "
              "abgeführt", "Ana Belkis Ferrer", "indirect"),
        quote("weil er gegen Auflagen verstoßen habe", "Supreme People's Court of Cuba", "indirect"),
        quote("sofortige Freilassung", "United States Department of State", "direct"),
        quote("Das Regime will jede abweichende Stimme zum Schweigen bringen", "Mike Hammer", "direct"),
        quote("Verleumdungskampagne", "Bruno Rodríguez Parrilla", "direct"),
        quote("wiederholt und offen", "Bruno Rodríguez Parrilla", "direct"),
        quote("Ferrer habe die Bedingungen seiner Freilassung »wiederholt und offen« verletzt",
              "Bruno Rodríguez Parrilla", "indirect"),
        quote("ist Ferrer aus Protest in einen Hungerstreik getreten", "Family of José Daniel Ferrer", "indirect"),
    ],
    "entities": [
        entity("José Daniel Ferrer", "PER", "CUB", ["den Regierungskritiker José Daniel Ferrer", "Ferrers",
                                                    "des Oppositionsführers", "ihn", "Ferrer",
                                                    "Der Anführer der Patriotischen Union Kubas (Unpacu)"]),
        entity("Ana Belkis Ferrer", "PER", "CUB", ["seine Schwester Ana Belkis Ferrer"]),
        entity("Cuban security forces", "ORG", "CUB", ["Kubanische Sicherheitskräfte", "Polizisten"]),
        entity("Supreme People's Court of Cuba", "ORG", "CUB", ["Das Oberste Gericht"]),
        entity("Patriotic Union of Cuba", "ORG", "CUB", ["Patriotischen Union Kubas (Unpacu)"]),
        entity("Cuba", "GPE", "CUB", ["Havanna", "Kubas"]),
        entity("Government of Cuba", "ORG", "CUB", ["Kubas Regierung", "Das Regime"]),
        entity("Holy See", "GPE", "VAT", ["dem Vatikan"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Mike Hammer", "PER", "USA", ["der Geschäftsträger der US-Botschaft in Havanna, Mike Hammer",
                                             "Hammer", "den Diplomaten", "ihm"]),
        entity("Embassy of the United States in Havana", "ORG", "USA", ["US-Botschaft in Havanna"]),
        entity("United States", "GPE", "USA", ["Washingtons"]),
        entity("Bruno Rodríguez Parrilla", "PER", "CUB", ["Außenminister Bruno Rodríguez", "er"]),
        entity("Félix Navarro", "PER", "CUB", ["der Dissident Félix Navarro"]),
        entity("Santiago de Cuba", "LOC", "CUB", ["Santiago de Cuba", "Santiago"]),
        entity("Matanzas Province", "LOC", "CUB", ["der Provinz Matanzas"]),
        entity("X", "ORG", "USA", ["X"]),
    ],
}

# ---------------------------------------------------------------- hm197-en-01 (Gaza, World Central Kitchen)
IDF = actor("Israel Defense Forces", "ISR", "MIL")
WCK_STAFF = actor("World Central Kitchen aid workers", "USA", "NGO")
WCK = actor("World Central Kitchen", "USA", "NGO")
GAZANS = actor("Palestinians in Gaza", "PSE", "CVL")
GORE = actor("Erin Gore", "USA", "NGO")
ISRAEL = actor("Israel", "ISR", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
HALEVI = actor("Herzi Halevi", "ISR", "MIL")
BIDEN = actor("Joe Biden", "USA", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
SIKORSKI = actor("Radosław Sikorski", "POL", "GOV")
ANERA = actor("American Near East Refugee Aid", "USA", "NGO")

E1 = ("DEIR AL-BALAH, Gaza Strip (AP) — An Israeli airstrike killed seven aid workers from the charity World "
      "Central Kitchen in central Gaza, prompting the group to suspend its work in the territory.")
E2 = ("The group said its convoy was hit on Monday night after leaving a warehouse in Deir al-Balah, although "
      "it had coordinated its movements with the Israeli military.")
E3 = ("Among the dead were citizens of Australia, Britain and Poland, a dual American-Canadian national and a "
      "Palestinian driver.")
E4 = ("“This was an attack on every humanitarian group trying to feed people in Gaza,” said the charity’s chief "
      "executive, Erin Gore.")
E5 = ("Prime Minister Benjamin Netanyahu acknowledged that Israeli forces had “unintentionally” hit innocent "
      "people, calling it a tragic case that “happens in war.”")
E6 = "Military chief of staff Herzi Halevi ordered an independent review of the strike, calling it “a grave mistake.”"
E7 = ("President Joe Biden said he was “outraged” by the deaths and accused Israel of not doing enough to protect "
      "aid workers.")
E8 = ("Australian Prime Minister Anthony Albanese demanded “full accountability” for the death of aid worker "
      "Zomi Frankcom, 43.")
E9 = "Britain summoned the Israeli ambassador in London, Foreign Secretary David Cameron said."
E10 = "Poland’s foreign minister, Radosław Sikorski, asked Israel’s ambassador for “urgent explanations.”"
E11 = "The U.S.-based charity Anera said it was also pausing its operations in Gaza."
E12 = "Israel has long denied that it restricts the flow of aid into the enclave."

EN01 = {
    "id": "hm197-en-01", "lang": "en", "url": None, "published": "2024-04-02",
    "title": "Israeli strike kills seven World Central Kitchen aid workers in Gaza",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11, E12]),
    "events": [
        event("ASSAULT", IDF, WCK_STAFF, E1, mode="aerial", location="Deir al-Balah", location_country="PSE"),
        event("SANCTION", WCK, GAZANS, E1, mode="withdraw"),
        event("ASSAULT", IDF, WCK_STAFF, E2, mode="aerial", date="2024-04-01", location="Deir al-Balah",
              location_country="PSE"),
        event("ACCUSE", GORE, ISRAEL, E4, mode="disapprove"),
        event("CONCEDE", NETANYAHU, WCK, E5),
        event("ACCUSE", HALEVI, IDF, E6, mode="investigate"),
        event("CONCEDE", HALEVI, WCK, E6),
        event("ACCUSE", BIDEN, ISRAEL, E7, mode="disapprove"),
        event("REQUEST", ALBANESE, ISRAEL, E8, mode="change"),
        event("ACCUSE", UK, ISRAEL, E9, mode="disapprove"),
        event("REQUEST", SIKORSKI, ISRAEL, E10),
        event("SANCTION", ANERA, GAZANS, E11, mode="withdraw"),
    ],
    "quotes": [
        quote("its convoy was hit on Monday night after leaving a warehouse in Deir al-Balah, although it had "
              "coordinated its movements with the Israeli military", "World Central Kitchen", "indirect"),
        quote("This was an attack on every humanitarian group trying to feed people in Gaza", "Erin Gore", "direct"),
        quote("unintentionally", "Benjamin Netanyahu", "direct"),
        quote("happens in war", "Benjamin Netanyahu", "direct"),
        quote("Israeli forces had “unintentionally” hit innocent people", "Benjamin Netanyahu", "indirect"),
        quote("a grave mistake", "Herzi Halevi", "direct"),
        quote("outraged", "Joe Biden", "direct"),
        quote("he was “outraged” by the deaths", "Joe Biden", "indirect"),
        quote("full accountability", "Anthony Albanese", "direct"),
        quote("Britain summoned the Israeli ambassador in London", "David Cameron", "indirect"),
        quote("urgent explanations", "Radosław Sikorski", "direct"),
        quote("it was also pausing its operations in Gaza", "American Near East Refugee Aid", "indirect"),
    ],
    "entities": [
        entity("World Central Kitchen", "ORG", "USA", ["the charity World Central Kitchen", "the group",
                                                       "The group", "the charity’s"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["the Israeli military", "Israeli forces"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israel’s"]),
        entity("Erin Gore", "PER", "USA", ["the charity’s chief executive, Erin Gore"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu"]),
        entity("Herzi Halevi", "PER", "ISR", ["Military chief of staff Herzi Halevi"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "he"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australian Prime Minister Anthony Albanese"]),
        entity("Zomi Frankcom", "PER", "AUS", ["aid worker Zomi Frankcom"]),
        entity("United Kingdom", "GPE", "GBR", ["Britain"]),
        entity("David Cameron", "PER", "GBR", ["Foreign Secretary David Cameron"]),
        entity("Radosław Sikorski", "PER", "POL", ["Poland’s foreign minister, Radosław Sikorski"]),
        entity("American Near East Refugee Aid", "ORG", "USA", ["The U.S.-based charity Anera"]),
        entity("Australia", "GPE", "AUS", ["Australia"]),
        entity("Poland", "GPE", "POL", ["Poland", "Poland’s"]),
        entity("Deir al-Balah", "LOC", "PSE", ["DEIR AL-BALAH", "Deir al-Balah"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza Strip", "central Gaza", "Gaza", "the territory", "the enclave"]),
        entity("London", "LOC", "GBR", ["London"]),
    ],
}

# ---------------------------------------------------------------- hm197-en-02 (Mexico, Gen Z march)
CDMX_POLICE = actor("Mexico City police", "MEX", "COP")
GENZ = actor("Gen Z protesters", "MEX", "CVL")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MEX_OPP = actor("Mexican opposition parties", "MEX", "PTY")
PAN = actor("National Action Party (PAN)", "MEX", "PTY")
HARFUCH = actor("Omar García Harfuch", "MEX", "GOV")

F1 = ("MEXICO CITY (Reuters) — Police in Mexico City fired tear gas at protesters who tore down metal barriers "
      "outside the National Palace on Saturday after a march by thousands of young people against crime and "
      "corruption.")
F2 = "Some demonstrators threw stones and fireworks at officers."
F3 = ("About 100 police officers and 20 civilians were injured, and 20 people were detained, the city’s security "
      "chief, Pablo Vázquez, told reporters.")
F4 = "Police did not use firearms, Vázquez said."
F5 = ("The march was called by groups describing themselves as “Generation Z” after the killing of Carlos Manzo, "
      "the mayor of Uruapan, who was shot dead at a public event this month.")
F6 = ("Many protesters wore straw hats, the symbol of Manzo’s political movement, and demanded that President "
      "Claudia Sheinbaum do more to stop cartel violence.")
F7 = ("Sheinbaum had accused opposition parties in the days before the march of promoting it through paid social "
      "media accounts and bots.")
F8 = "“We will always respect the right to protest,” she said on Sunday, “but not violence against police officers.”"
F9 = ("The conservative National Action Party (PAN) rejected the accusation and called on the government to "
      "protect young people instead of “stigmatizing” them.")
F10 = ("Security Minister Omar García Harfuch said investigators were reviewing videos to identify those who "
       "attacked officers.")
F11 = "A second march could take place next week, organizers said."
F12 = "Mexico City police deployed hundreds of extra officers around the historic center on Sunday."

EN02 = {
    "id": "hm197-en-02", "lang": "en", "url": None, "published": "2025-11-16",
    "title": "Police fire tear gas at ‘Gen Z’ protesters outside Mexico’s National Palace",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("ASSAULT", CDMX_POLICE, GENZ, F1, mode="crowd-control", date="2025-11-15", location="Mexico City",
              location_country="MEX"),
        event("PROTEST", GENZ, MEX_GOV, F1, mode="demo", date="2025-11-15", location="Mexico City",
              location_country="MEX"),
        event("ASSAULT", GENZ, CDMX_POLICE, F2, mode="primitive", date="2025-11-15", location="Mexico City",
              location_country="MEX"),
        event("COERCE", CDMX_POLICE, GENZ, F3, mode="arrest", date="2025-11-15", location="Mexico City",
              location_country="MEX"),
        event("ASSAULT", CDMX_POLICE, GENZ, F4, mode="firearms", date="2025-11-15", location="Mexico City",
              location_country="MEX", negated=True),
        event("ACCUSE", SHEINBAUM, MEX_OPP, F7, mode="allege"),
        event("ACCUSE", SHEINBAUM, GENZ, F8, mode="disapprove"),
        event("REQUEST", PAN, MEX_GOV, F9, mode="change"),
        event("ACCUSE", PAN, MEX_GOV, F9, mode="disapprove"),
        event("ACCUSE", HARFUCH, GENZ, F10, mode="investigate"),
        event("MOBILIZE", CDMX_POLICE, None, F12, mode="police", date="2025-11-16", location="Mexico City",
              location_country="MEX"),
    ],
    "quotes": [
        quote("About 100 police officers and 20 civilians were injured, and 20 people were detained",
              "Pablo Vázquez", "indirect"),
        quote("Police did not use firearms", "Pablo Vázquez", "indirect"),
        quote("Generation Z", "Gen Z protesters", "direct"),
        quote("that President Claudia Sheinbaum do more to stop cartel violence", "Gen Z protesters", "indirect"),
        quote("We will always respect the right to protest", "Claudia Sheinbaum", "direct"),
        quote("but not violence against police officers", "Claudia Sheinbaum", "direct"),
        quote("stigmatizing", "National Action Party (PAN)", "direct"),
        quote("investigators were reviewing videos to identify those who attacked officers", "Omar García Harfuch",
              "indirect"),
        quote("A second march could take place next week", "Gen Z march organizers", "indirect"),
    ],
    "entities": [
        entity("Mexico City police", "ORG", "MEX", ["Police in Mexico City", "Police", "Mexico City police"]),
        entity("Gen Z protesters", "ORG", "MEX", ["protesters", "thousands of young people", "Some demonstrators",
                                                  "Many protesters", "groups describing themselves as “Generation Z”",
                                                  "organizers"]),
        entity("Pablo Vázquez", "PER", "MEX", ["the city’s security chief, Pablo Vázquez", "Vázquez"]),
        entity("Carlos Manzo", "PER", "MEX", ["Carlos Manzo", "the mayor of Uruapan", "Manzo’s"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "Sheinbaum", "she"]),
        entity("Mexican opposition parties", "ORG", "MEX", ["opposition parties"]),
        entity("National Action Party (PAN)", "ORG", "MEX", ["The conservative National Action Party (PAN)"]),
        entity("Government of Mexico", "ORG", "MEX", ["the government"]),
        entity("Omar García Harfuch", "PER", "MEX", ["Security Minister Omar García Harfuch"]),
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY", "Mexico City"]),
        entity("National Palace", "LOC", "MEX", ["the National Palace"]),
        entity("Uruapan", "LOC", "MEX", ["Uruapan"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
