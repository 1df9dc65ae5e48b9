"""Round 74: six hand-made blind articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2023-2025 settings):
- hm74-de-01: unrest after Tanzania's disputed election; curfew in Dar es Salaam and an internet shutdown (2025-10-30)
- hm74-de-02: Iraq's Federal Supreme Court removes parliament speaker Mohamed al-Halbousi (2023-11-15)
- hm74-de-03: Morales supporters seize barracks in Chapare and hold soldiers; Morales on hunger strike (2024-11-02)
- hm74-de-04: Syria's interim president Ahmed al-Sharaa received by Macron in Paris (2025-05-07)
- hm74-en-01: the United States boycotts the G20 summit in Johannesburg (2025-11-22)
- hm74-en-02: Colombia after the downed police helicopter in Amalfi and the Cali truck bomb (2025-08-22)
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# ---------------------------------------------------------------- hm74-de-01 Tanzania
A1 = ("Nach der umstrittenen Präsidentenwahl in Tansania hat die Polizei am Mittwoch in Daressalam Tränengas gegen "
      "Tausende Demonstranten eingesetzt.")
A2 = ("Die Protestierenden setzten Busse und eine Polizeistation in Brand und forderten ein Ende der Herrschaft der "
      "Regierungspartei CCM.")
A3 = "Die Regierung verhängte am Abend eine Ausgangssperre über die Hafenstadt."
A4 = "Das Internet ist seit Mittwoch landesweit weitgehend abgeschaltet, wie die Organisation NetBlocks meldete."
B1 = "Am Donnerstag patrouillierten Soldaten in den Straßen der Stadt."
B2 = "Die Oppositionspartei Chadema warf den Sicherheitskräften vor, Hunderte Menschen getötet zu haben."
B3 = "Ein Regierungssprecher wies die Zahl als »stark übertrieben« zurück."
B4 = "Armeechef Jacob Mkunda nannte die Demonstranten »Kriminelle« und drohte mit einem harten Durchgreifen."
C1 = ("Das UN-Menschenrechtsbüro forderte die Behörden auf, keine »unnötige oder unverhältnismäßige Gewalt« "
      "anzuwenden.")
C2 = "Auch die Afrikanische Union und die SADC riefen zur Zurückhaltung auf."
C3 = "Präsidentin Samia Suluhu Hassan, die eine zweite Amtszeit anstrebt, äußerte sich zunächst nicht."

protesters = actor("Tanzanian protesters", "TZA", "CVL")
tz_gov = actor("Government of Tanzania", "TZA", "GOV")
mkunda = actor("Jacob Mkunda", "TZA", "MIL")

ARTICLES.append({
    "id": "hm74-de-01", "lang": "de", "url": None, "published": "2025-10-30",
    "title": "Tansania: Ausgangssperre in Daressalam nach Protesten gegen Wahl",
    "text": paragraphs([A1, A2, A3, A4], [B1, B2, B3, B4], [C1, C2, C3]),
    "events": [
        event("ASSAULT", actor("Tanzania Police Force", "TZA", "COP"), protesters, A1, mode="crowd-control",
              date="2025-10-29", location="Dar es Salaam", location_country="TZA"),
        event("PROTEST", protesters, actor("Chama Cha Mapinduzi", "TZA", "PTY"), A2, mode="riot",
              location="Dar es Salaam", location_country="TZA"),
        event("COERCE", tz_gov, None, A3, mode="curfew", date="2025-10-29", location="Dar es Salaam",
              location_country="TZA"),
        event("COERCE", tz_gov, None, A4, mode="withhold"),
        event("MOBILIZE", actor("Tanzania People's Defence Force", "TZA", "MIL"), None, B1, mode="troops",
              date="2025-10-30", location="Dar es Salaam", location_country="TZA"),
        event("ACCUSE", actor("Chadema", "TZA", "PTY"), actor("Tanzanian security forces", "TZA", "COP"), B2,
              mode="allege"),
        event("ACCUSE", mkunda, protesters, B4, mode="disapprove"),
        event("THREATEN", mkunda, protesters, B4, mode="violence"),
        event("REQUEST", actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO"), tz_gov, C1),
        event("REQUEST", actor("African Union", "IGO", "IGO"), None, C2),
        event("REQUEST", actor("Southern African Development Community", "IGO", "IGO"), None, C2),
    ],
    "quotes": [
        quote("Das Internet ist seit Mittwoch landesweit weitgehend abgeschaltet", "NetBlocks", "indirect"),
        quote("Hunderte Menschen getötet zu haben", "Chadema", "indirect"),
        quote("stark übertrieben", "spokesperson of the Government of Tanzania", "direct"),
        quote("Kriminelle", "Jacob Mkunda", "direct"),
        quote("unnötige oder unverhältnismäßige Gewalt", "Office of the UN High Commissioner for Human Rights",
              "direct"),
    ],
    "entities": [
        entity("Tanzania", "GPE", "TZA", ["Tansania"]),
        entity("Tanzania Police Force", "ORG", "TZA", ["die Polizei"]),
        entity("Dar es Salaam", "LOC", "TZA", ["Daressalam", "die Hafenstadt", "der Stadt"]),
        entity("Tanzanian protesters", "ORG", "TZA",
               ["Tausende Demonstranten", "Die Protestierenden", "die Demonstranten"]),
        entity("Chama Cha Mapinduzi", "ORG", "TZA", ["der Regierungspartei CCM"]),
        entity("Government of Tanzania", "ORG", "TZA", ["Die Regierung", "die Behörden"]),
        entity("NetBlocks", "ORG", "NGO", ["die Organisation NetBlocks"]),
        entity("Tanzania People's Defence Force", "ORG", "TZA", ["Soldaten"]),
        entity("Chadema", "ORG", "TZA", ["Die Oppositionspartei Chadema"]),
        entity("Tanzanian security forces", "ORG", "TZA", ["den Sicherheitskräften"]),
        entity("spokesperson of the Government of Tanzania", "PER", "TZA", ["Ein Regierungssprecher"]),
        entity("Jacob Mkunda", "PER", "TZA", ["Armeechef Jacob Mkunda"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
        entity("African Union", "ORG", "IGO", ["die Afrikanische Union"]),
        entity("Southern African Development Community", "ORG", "IGO", ["die SADC"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["Präsidentin Samia Suluhu Hassan"]),
    ],
})

# ---------------------------------------------------------------- hm74-de-02 Iraq / Halbousi
A1 = "Das Oberste Bundesgericht im Irak hat Parlamentspräsident Mohammed al-Halbusi am Dienstag seines Amtes enthoben."
A2 = ("Hintergrund ist eine Klage des Abgeordneten Laith al-Dulaimi, der Halbusi die Fälschung eines Dokuments "
      "vorwirft.")
B1 = ("»Das Urteil ist verfassungswidrig«, sagte Halbusi in einer Fernsehansprache, »und dient allein dazu, uns "
      "politisch auszuschalten.«")
B2 = "Seine sunnitische Partei Takadum teilte mit, ihre Minister boykottierten ab sofort die Kabinettssitzungen."
B3 = "Zu einem Rücktritt der Minister kam es bislang nicht."
C1 = "Ministerpräsident Mohammed Schia al-Sudani empfing Halbusi noch am Abend zu einem Gespräch."
C2 = "Anschließend rief Sudani die Partei auf, den Boykott zu beenden."
C3 = "Der schiitische Koordinationsrahmen, das größte Bündnis im Parlament, begrüßte dagegen das Urteil."
C4 = "Die UN-Gesandte Jeanine Hennis-Plasschaert rief die politischen Kräfte zu »Dialog und Zurückhaltung« auf."
C5 = "Halbusi führte das Parlament seit 2018 und gilt als einflussreichster sunnitischer Politiker des Landes."

court = actor("Federal Supreme Court of Iraq", "IRQ", "JUD")
halbousi = actor("Mohamed al-Halbousi", "IRQ", "LEG")
taqaddum = actor("Taqaddum", "IRQ", "PTY")
sudani = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")

ARTICLES.append({
    "id": "hm74-de-02", "lang": "de", "url": None, "published": "2023-11-15",
    "title": "Iraks Oberstes Gericht setzt Parlamentspräsident Halbusi ab",
    "text": paragraphs([A1, A2], [B1, B2, B3], [C1, C2, C3, C4, C5]),
    "events": [
        event("COERCE", court, halbousi, A1, mode="restrict", date="2023-11-14"),
        event("ACCUSE", actor("Laith al-Dulaimi", "IRQ", "LEG"), halbousi, A2, mode="allege"),
        event("ACCUSE", halbousi, court, B1, mode="disapprove"),
        event("PROTEST", taqaddum, actor("Government of Iraq", "IRQ", "GOV"), B2, mode="boycott"),
        event("RETREAT", actor("Taqaddum ministers", "IRQ", "GOV"), None, B3, mode="resign", negated=True),
        event("CONSULT", halbousi, sudani, C1, mode="visit", date="2023-11-14"),
        event("REQUEST", sudani, taqaddum, C2),
        event("SUPPORT", actor("Coordination Framework", "IRQ", "PTY"), court, C3),
        event("REQUEST", actor("Jeanine Hennis-Plasschaert", "UNO", "IGO"),
              actor("Iraqi political parties", "IRQ", "PTY"), C4),
    ],
    "quotes": [
        quote("Das Urteil ist verfassungswidrig", "Mohamed al-Halbousi", "direct"),
        quote("und dient allein dazu, uns politisch auszuschalten", "Mohamed al-Halbousi", "direct"),
        quote("ihre Minister boykottierten ab sofort die Kabinettssitzungen", "Taqaddum", "indirect"),
        quote("Dialog und Zurückhaltung", "Jeanine Hennis-Plasschaert", "direct"),
    ],
    "entities": [
        entity("Federal Supreme Court of Iraq", "ORG", "IRQ", ["Das Oberste Bundesgericht im Irak"]),
        entity("Iraq", "GPE", "IRQ", ["Irak", "des Landes"]),
        entity("Mohamed al-Halbousi", "PER", "IRQ",
               ["Parlamentspräsident Mohammed al-Halbusi", "Halbusi"]),
        entity("Laith al-Dulaimi", "PER", "IRQ", ["des Abgeordneten Laith al-Dulaimi"]),
        entity("Taqaddum", "ORG", "IRQ", ["Seine sunnitische Partei Takadum", "die Partei"]),
        entity("Taqaddum ministers", "PER", "IRQ", ["ihre Minister", "der Minister"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani", "Sudani"]),
        entity("Coordination Framework", "ORG", "IRQ", ["Der schiitische Koordinationsrahmen", "das größte Bündnis"]),
        entity("Council of Representatives of Iraq", "ORG", "IRQ", ["im Parlament", "das Parlament"]),
        entity("Jeanine Hennis-Plasschaert", "PER", "UNO", ["Die UN-Gesandte Jeanine Hennis-Plasschaert"]),
        entity("Iraqi political parties", "ORG", "IRQ", ["die politischen Kräfte"]),
    ],
})

# ---------------------------------------------------------------- hm74-de-03 Bolivia / Chapare
A1 = ("In Bolivien haben Anhänger des früheren Präsidenten Evo Morales am Freitag drei Kasernen in der Region Chapare "
      "besetzt und mehr als 200 Soldaten in ihre Gewalt gebracht.")
A2 = ("Die Streitkräfte sprachen von einem »Verbrechen gegen das Vaterland« und verlangten die sofortige Freilassung "
      "der Soldaten.")
A3 = ("Die Anhänger blockieren seit gut drei Wochen wichtige Überlandstraßen, um ein Strafverfahren gegen Morales zu "
      "verhindern.")
B1 = "Präsident Luis Arce warf seinem früheren Verbündeten vor, die Demokratie mit Gewalt zerstören zu wollen."
B2 = ("Regierungsminister Eduardo del Castillo teilte mit, bei der Räumung einer Blockade in Parotani seien 66 "
      "Menschen festgenommen worden.")
B3 = "Die Polizei habe dabei keine Schusswaffen eingesetzt, betonte er."
C1 = "Morales selbst trat am Freitag in einen Hungerstreik."
C2 = "»Ich bin zum Dialog bereit, aber nicht unter Drohungen«, sagte er in einem Radiointerview."
C3 = "Gegen den 65-Jährigen liegt ein Haftbefehl in einem Missbrauchsverfahren vor; er bestreitet die Vorwürfe."
C4 = "Die Organisation Amerikanischer Staaten verurteilte die Geiselnahme scharf."

supporters = actor("supporters of Evo Morales", "BOL", "OPP")
army = actor("Bolivian Armed Forces", "BOL", "MIL")
bol_gov = actor("Government of Bolivia", "BOL", "GOV")
morales = actor("Evo Morales", "BOL", "OPP")
police = actor("Bolivian Police", "BOL", "COP")

ARTICLES.append({
    "id": "hm74-de-03", "lang": "de", "url": None, "published": "2024-11-02",
    "title": "Bolivien: Morales-Anhänger besetzen Kasernen und nehmen Soldaten in ihre Gewalt",
    "text": paragraphs([A1, A2, A3], [B1, B2, B3], [C1, C2, C3, C4]),
    "events": [
        event("COERCE", supporters, army, A1, mode="seize", date="2024-11-01", location="Chapare",
              location_country="BOL"),
        event("ASSAULT", supporters, actor("Bolivian soldiers", "BOL", "MIL"), A1, mode="abduct", date="2024-11-01",
              location="Chapare", location_country="BOL"),
        event("ACCUSE", army, supporters, A2, mode="disapprove"),
        event("REQUEST", army, None, A2, mode="yield"),
        event("PROTEST", supporters, bol_gov, A3, mode="obstruct"),
        event("ACCUSE", actor("Luis Arce", "BOL", "GOV"), morales, B1, mode="allege"),
        event("COERCE", police, supporters, B2, mode="arrest", location="Parotani", location_country="BOL"),
        event("ASSAULT", police, supporters, B3, mode="firearms", negated=True),
        event("PROTEST", morales, bol_gov, C1, mode="hunger", date="2024-11-01"),
        event("AGREE", morales, bol_gov, C2),
        event("ACCUSE", actor("Organization of American States", "IGO", "IGO"), supporters, C4, mode="disapprove"),
    ],
    "quotes": [
        quote("Verbrechen gegen das Vaterland", "Bolivian Armed Forces", "direct"),
        quote("die Demokratie mit Gewalt zerstören zu wollen", "Luis Arce", "indirect"),
        quote("bei der Räumung einer Blockade in Parotani seien 66 Menschen festgenommen worden", "Eduardo del Castillo",
              "indirect"),
        quote("Die Polizei habe dabei keine Schusswaffen eingesetzt", "Eduardo del Castillo", "indirect"),
        quote("Ich bin zum Dialog bereit, aber nicht unter Drohungen", "Evo Morales", "direct"),
    ],
    "entities": [
        entity("Bolivia", "GPE", "BOL", ["Bolivien"]),
        entity("supporters of Evo Morales", "ORG", "BOL", ["Anhänger des früheren Präsidenten Evo Morales",
                                                           "Die Anhänger"]),
        entity("Evo Morales", "PER", "BOL",
               ["des früheren Präsidenten Evo Morales", "Morales", "seinem früheren Verbündeten", "er",
                "den 65-Jährigen"]),
        entity("Chapare", "LOC", "BOL", ["der Region Chapare"]),
        entity("Bolivian soldiers", "ORG", "BOL", ["mehr als 200 Soldaten", "der Soldaten"]),
        entity("Bolivian Armed Forces", "ORG", "BOL", ["Die Streitkräfte"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce"]),
        entity("Eduardo del Castillo", "PER", "BOL", ["Regierungsminister Eduardo del Castillo", "er"]),
        entity("Parotani", "LOC", "BOL", ["Parotani"]),
        entity("Bolivian Police", "ORG", "BOL", ["Die Polizei"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten"]),
    ],
})

# ---------------------------------------------------------------- hm74-de-04 al-Sharaa in Paris
A1 = ("Frankreichs Präsident Emmanuel Macron hat den syrischen Übergangspräsidenten Ahmed al-Scharaa am Mittwoch im "
      "Élysée-Palast empfangen.")
A2 = "Es ist die erste Reise al-Scharaas nach Europa seit dem Sturz von Baschar al-Assad im Dezember."
A3 = ("Frankreich werde sich in Brüssel für eine schrittweise Aufhebung der Sanktionen einsetzen, sagte Macron bei "
      "einer gemeinsamen Pressekonferenz.")
B1 = ("Zugleich forderte er seinen Gast auf, die Verantwortlichen für die Massaker an Alawiten im März zur "
      "Rechenschaft zu ziehen.")
B2 = "»Wenn Syrien diesen Weg verlässt, werden wir die Sanktionen wieder verschärfen«, warnte der Präsident."
B3 = "Al-Scharaa kündigte an, Damaskus werde mit Frankreich im Kampf gegen die Terrormiliz IS zusammenarbeiten."
B4 = "Israel müsse seine Angriffe auf syrisches Gebiet einstellen, forderte er."
C1 = "Die EU hatte bereits im Februar erste Sanktionen gegen den Energie- und Bankensektor Syriens ausgesetzt."
C2 = "Der Besuch war in Frankreich umstritten."
C3 = "Die Rechtspopulistin Marine Le Pen warf Macron vor, einen »Dschihadisten« mit allen Ehren zu empfangen."
C4 = "Al-Scharaa hatte die islamistische Miliz HTS angeführt, die von den UN weiterhin als Terrororganisation geführt wird."

macron = actor("Emmanuel Macron", "FRA", "GOV")
sharaa = actor("Ahmed al-Sharaa", "SYR", "GOV")
syria = actor("Syria", "SYR", "GOV")

ARTICLES.append({
    "id": "hm74-de-04", "lang": "de", "url": None, "published": "2025-05-07",
    "title": "Macron empfängt Syriens Übergangspräsidenten al-Scharaa in Paris",
    "text": paragraphs([A1, A2, A3], [B1, B2, B3, B4], [C1, C2, C3, C4]),
    "events": [
        event("CONSULT", sharaa, macron, A1, mode="visit", date="2025-05-07", location="Paris",
              location_country="FRA"),
        event("AGREE", macron, syria, A3),
        event("REQUEST", macron, sharaa, B1),
        event("THREATEN", macron, syria, B2),
        event("AGREE", sharaa, actor("France", "FRA", "GOV"), B3),
        event("REQUEST", sharaa, actor("Israel", "ISR", "GOV"), B4),
        event("RETREAT", actor("European Union", "EUR", "IGO"), syria, C1),
        event("ACCUSE", actor("Marine Le Pen", "FRA", "OPP"), macron, C3, mode="disapprove"),
    ],
    "quotes": [
        quote("Frankreich werde sich in Brüssel für eine schrittweise Aufhebung der Sanktionen einsetzen",
              "Emmanuel Macron", "indirect"),
        quote("Wenn Syrien diesen Weg verlässt, werden wir die Sanktionen wieder verschärfen", "Emmanuel Macron",
              "direct"),
        quote("Damaskus werde mit Frankreich im Kampf gegen die Terrormiliz IS zusammenarbeiten", "Ahmed al-Sharaa",
              "indirect"),
        quote("Israel müsse seine Angriffe auf syrisches Gebiet einstellen", "Ahmed al-Sharaa", "indirect"),
        quote("Dschihadisten", "Marine Le Pen", "direct"),
        quote("einen »Dschihadisten« mit allen Ehren zu empfangen", "Marine Le Pen", "indirect"),
    ],
    "entities": [
        entity("Emmanuel Macron", "PER", "FRA",
               ["Frankreichs Präsident Emmanuel Macron", "Macron", "er", "der Präsident"]),
        entity("Ahmed al-Sharaa", "PER", "SYR",
               ["den syrischen Übergangspräsidenten Ahmed al-Scharaa", "al-Scharaas", "seinen Gast", "Al-Scharaa"]),
        entity("Élysée Palace", "LOC", "FRA", ["Élysée-Palast"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Baschar al-Assad"]),
        entity("France", "GPE", "FRA", ["Frankreichs", "Frankreich"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Syria", "GPE", "SYR", ["Syrien", "Damaskus", "Syriens"]),
        entity("Islamic State", "ORG", None, ["die Terrormiliz IS"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("Marine Le Pen", "PER", "FRA", ["Die Rechtspopulistin Marine Le Pen"]),
        entity("Hay'at Tahrir al-Sham", "ORG", "SYR", ["die islamistische Miliz HTS"]),
        entity("United Nations", "ORG", "UNO", ["den UN"]),
    ],
})

# ---------------------------------------------------------------- hm74-en-01 G20 Johannesburg
A1 = ("The United States boycotted the Group of 20 summit that opened in Johannesburg on Saturday, the first to be "
      "held on African soil.")
A2 = ("President Donald Trump had ordered that no U.S. official attend and has cut aid to South Africa, accusing "
      "Pretoria of persecuting white Afrikaner farmers.")
A3 = "South Africa's government has rejected the claims as baseless."
B1 = ("President Cyril Ramaphosa said the boycott was “regrettable” and that Washington could not dictate the agenda "
      "of the G20.")
B2 = "He also said he would not hand over the rotating presidency to a junior U.S. diplomat at the closing ceremony."
B3 = ("White House spokeswoman Karoline Leavitt accused Ramaphosa of “bad-mouthing” the United States and said "
      "Washington would not accept any declaration it had not negotiated.")
C1 = ("Chinese Premier Li Qiang and French President Emmanuel Macron were among the leaders who met Ramaphosa on the "
      "sidelines.")
C2 = "Macron pledged to back South Africa's push for debt relief for poorer countries."
C3 = "The United States is due to take over the G20 presidency next year."

usa = actor("United States", "USA", "GOV")
zaf = actor("South Africa", "ZAF", "GOV")
trump = actor("Donald Trump", "USA", "GOV")
ramaphosa = actor("Cyril Ramaphosa", "ZAF", "GOV")
leavitt = actor("Karoline Leavitt", "USA", "GOV")

ARTICLES.append({
    "id": "hm74-en-01", "lang": "en", "url": None, "published": "2025-11-22",
    "title": "G20 summit opens in Johannesburg without the United States",
    "text": paragraphs([A1, A2, A3], [B1, B2, B3], [C1, C2, C3]),
    "events": [
        event("PROTEST", usa, zaf, A1, mode="boycott", date="2025-11-22", location="Johannesburg",
              location_country="ZAF"),
        event("PROTEST", trump, zaf, A2, mode="boycott"),
        event("SANCTION", trump, zaf, A2, mode="withdraw"),
        event("ACCUSE", trump, zaf, A2, mode="allege"),
        event("ACCUSE", ramaphosa, usa, B1, mode="disapprove"),
        event("REJECT", ramaphosa, usa, B2),
        event("ACCUSE", leavitt, ramaphosa, B3, mode="disapprove"),
        event("REJECT", leavitt, zaf, B3),
        event("CONSULT", actor("Li Qiang", "CHN", "GOV"), ramaphosa, C1, date="2025-11-22", location="Johannesburg",
              location_country="ZAF"),
        event("CONSULT", actor("Emmanuel Macron", "FRA", "GOV"), ramaphosa, C1, date="2025-11-22",
              location="Johannesburg", location_country="ZAF"),
        event("AGREE", actor("Emmanuel Macron", "FRA", "GOV"), zaf, C2),
    ],
    "quotes": [
        quote("regrettable", "Cyril Ramaphosa", "direct"),
        quote("the boycott was “regrettable” and that Washington could not dictate the agenda of the G20",
              "Cyril Ramaphosa", "indirect"),
        quote("he would not hand over the rotating presidency to a junior U.S. diplomat at the closing ceremony",
              "Cyril Ramaphosa", "indirect"),
        quote("bad-mouthing", "Karoline Leavitt", "direct"),
        quote("Washington would not accept any declaration it had not negotiated", "Karoline Leavitt", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "U.S.", "Washington", "the United States"]),
        entity("Group of 20", "ORG", "IGO", ["the Group of 20 summit", "the G20", "G20"]),
        entity("Johannesburg", "LOC", "ZAF", ["Johannesburg"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("South Africa", "GPE", "ZAF", ["South Africa", "Pretoria", "South Africa's"]),
        entity("Government of South Africa", "ORG", "ZAF", ["South Africa's government"]),
        entity("Afrikaners", "ORG", "ZAF", ["white Afrikaner farmers"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["President Cyril Ramaphosa", "He", "he", "Ramaphosa"]),
        entity("Karoline Leavitt", "PER", "USA", ["White House spokeswoman Karoline Leavitt"]),
        entity("Li Qiang", "PER", "CHN", ["Chinese Premier Li Qiang"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron", "Macron"]),
    ],
})

# ---------------------------------------------------------------- hm74-en-02 Colombia / Amalfi and Cali
A1 = ("At least 18 people were killed in Colombia on Thursday when a police helicopter was brought down by a drone "
      "and a truck bomb exploded near an air force base in the city of Cali.")
A2 = ("President Gustavo Petro blamed the Gulf Clan, the country's largest drug cartel, for the helicopter attack in "
      "Antioquia, saying it was retaliation for a cocaine seizure.")
A3 = "He said the Cali bombing was carried out by FARC dissidents loyal to Iván Mordisco."
B1 = "“The Gulf Clan is a terrorist organization,” Petro wrote on X."
B2 = "He suspended exploratory talks with the cartel and ordered additional troops to Antioquia and Cali."
B3 = "Hours later the air force bombed a dissident camp in Cauca, the defense ministry said."
C1 = ("Police arrested two suspects in Cali and are working with the FBI to trace the origin of the drone, national "
      "police director Carlos Fernando Triana said.")
C2 = "The Gulf Clan denied any involvement in a statement."
C3 = "Opposition lawmakers blamed Petro's peace policy for emboldening armed groups."

petro = actor("Gustavo Petro", "COL", "GOV")
clan = actor("Gulf Clan", "COL", "REB")
emc = actor("FARC dissidents (Estado Mayor Central)", "COL", "REB")
cnp = actor("Colombian National Police", "COL", "COP")

ARTICLES.append({
    "id": "hm74-en-02", "lang": "en", "url": None, "published": "2025-08-22",
    "title": "Colombia's Petro blames Gulf Clan and FARC dissidents for deadly attacks",
    "text": paragraphs([A1, A2, A3], [B1, B2, B3], [C1, C2, C3]),
    "events": [
        event("ACCUSE", petro, clan, A2, mode="allege"),
        event("ACCUSE", petro, emc, A3, mode="allege"),
        event("ACCUSE", petro, clan, B1, mode="disapprove"),
        event("SANCTION", petro, clan, B2, mode="discontinue"),
        event("MOBILIZE", petro, None, B2, mode="troops"),
        event("ASSAULT", actor("Colombian Air Force", "COL", "MIL"), emc, B3, mode="aerial", location="Cauca",
              location_country="COL"),
        event("COERCE", cnp, actor("Cali bombing suspects", "COL", None), C1, mode="arrest", location="Cali",
              location_country="COL"),
        event("COOPERATE", cnp, actor("Federal Bureau of Investigation", "USA", "COP"), C1),
        event("ACCUSE", actor("Colombian opposition lawmakers", "COL", "LEG"), petro, C3, mode="disapprove"),
    ],
    "quotes": [
        quote("it was retaliation for a cocaine seizure", "Gustavo Petro", "indirect"),
        quote("the Cali bombing was carried out by FARC dissidents loyal to Iván Mordisco", "Gustavo Petro",
              "indirect"),
        quote("The Gulf Clan is a terrorist organization", "Gustavo Petro", "direct"),
        quote("Hours later the air force bombed a dissident camp in Cauca", "Ministry of National Defense of Colombia",
              "indirect"),
        quote("Police arrested two suspects in Cali and are working with the FBI to trace the origin of the drone",
              "Carlos Fernando Triana", "indirect"),
    ],
    "entities": [
        entity("Colombia", "GPE", "COL", ["Colombia", "the country's"]),
        entity("Cali", "LOC", "COL", ["the city of Cali", "Cali"]),
        entity("Gustavo Petro", "PER", "COL", ["President Gustavo Petro", "He", "Petro", "Petro's"]),
        entity("Gulf Clan", "ORG", "COL",
               ["the Gulf Clan, the country's largest drug cartel", "The Gulf Clan", "the cartel"]),
        entity("Antioquia", "LOC", "COL", ["Antioquia"]),
        entity("FARC dissidents (Estado Mayor Central)", "ORG", "COL",
               ["FARC dissidents loyal to Iván Mordisco", "a dissident camp"]),
        entity("Iván Mordisco", "PER", "COL", ["Iván Mordisco"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Colombian Air Force", "ORG", "COL", ["the air force"]),
        entity("Cauca", "LOC", "COL", ["Cauca"]),
        entity("Ministry of National Defense of Colombia", "ORG", "COL", ["the defense ministry"]),
        entity("Colombian National Police", "ORG", "COL", ["Police"]),
        entity("Cali bombing suspects", "PER", "COL", ["two suspects"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["the FBI"]),
        entity("Carlos Fernando Triana", "PER", "COL", ["national police director Carlos Fernando Triana"]),
        entity("Colombian opposition lawmakers", "ORG", "COL", ["Opposition lawmakers"]),
    ],
})
