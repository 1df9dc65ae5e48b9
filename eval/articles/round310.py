"""Round 310: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm310-de-01: Niger: the presidential guard detains President Mohamed Bazoum and officers announce the CNSP takeover; curfew and border closure, the army command backs the putschists, warning shots at Bazoum supporters, PNDS headquarters torched, Massoudou's appeal, Blinken's call and demand, Tinubu and Faki condemn (2023-07-27).
- hm310-de-02: South Africa/Rwanda: after 13 South African soldiers die near Goma, Ramaphosa blames the M23 and Rwanda's army; Kagame accuses Ramaphosa and SAMIDRC and threatens confrontation, Motshekga's war warning, Malema demands a withdrawal, the presidency refuses (2025-01-29).
- hm310-de-03: Sudan: the government declares UN envoy Volker Perthes persona non grata; Burhan's earlier demand, the UN objects and Guterres backs Perthes, army air strikes in Khartoum, a 24-hour ceasefire agreed, the army's exit from the Jeddah talks and US sanctions (2023-06-09).
- hm310-de-04: Senegal: Macky Sall says he will comply after the Constitutional Council annuls the election postponement; candidates demand a vote before 2 April, the PDS objects, earlier deadly protests and the Walf TV licence withdrawal, detainees released, Washington welcomes the ruling (2024-02-16).
- hm310-en-01: Guinea: gunmen storm Conakry's central prison and free Moussa Dadis Camara and three co-defendants; Camara, Tiegboro Camara and Goumou recaptured, Pivi at large, Wright accuses Verny Pivi and threatens accomplices, the army deploys in Kaloum, AVIPA's demand, ECOWAS condemns (2023-11-04).
- hm310-en-02: Chad: gunmen attack the presidential complex in N'Djamena hours after Wang Yi's visit; 18 attackers killed, Koulamallah's account, armored vehicles and checkpoints, no curfew, Faki condemns, Les Transformateurs demand an inquiry, French pull-out and election boycott in the background (2025-01-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm310-de-01 (Niger, coup against Bazoum)
PRES_GUARD = actor("Presidential Guard of Niger", "NER", "MIL")
BAZOUM = actor("Mohamed Bazoum", "NER", "GOV")
CNSP = actor("National Council for the Safeguard of the Homeland", "NER", "MIL")
NER_GOV = actor("Government of Niger", "NER", "GOV")
SIDIKOU = actor("Abdou Sidikou Issa", "NER", "MIL")
BAZOUM_SUPPORTERS = actor("supporters of Mohamed Bazoum", "NER", "CVL")
JUNTA_SUPPORTERS = actor("supporters of the Nigerien putschists", "NER", "CVL")
PNDS = actor("Nigerien Party for Democracy and Socialism", "NER", "PTY")
MASSOUDOU = actor("Hassoumi Massoudou", "NER", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")

N1 = ("Niamey (AFP) - Im westafrikanischen Niger haben Soldaten der Präsidialgarde den gewählten Präsidenten Mohamed "
      "Bazoum festgesetzt und die Macht im Land an sich gerissen.")
N2 = ("Oberstmajor Amadou Abdramane verlas in der Nacht zum Donnerstag im Staatsfernsehen eine Erklärung, wonach die "
      "Verteidigungs- und Sicherheitskräfte beschlossen hätten, „dem Regime, das Sie kennen, ein Ende zu setzen“.")
N3 = ("Als Grund nannten die Offiziere die anhaltende Verschlechterung der Sicherheitslage sowie die schlechte "
      "Wirtschafts- und Sozialpolitik der Regierung.")
N4 = ("Die Militärs, die sich Nationaler Rat zur Rettung des Vaterlandes (CNSP) nennen, ließen die Landesgrenzen "
      "schließen, verhängten eine nächtliche Ausgangssperre und setzten alle Institutionen der Republik außer Kraft.")
N5 = ("Am Donnerstag stellte sich auch Generalstabschef Abdou Sidikou Issa im Namen der Armeeführung hinter die "
      "Putschisten, um nach eigenen Angaben eine „tödliche Konfrontation“ zwischen den Truppenteilen zu vermeiden.")
N6 = ("Bereits am Mittwochmorgen hatten Angehörige der Garde Hunderte Anhänger Bazoums, die sich vor dem "
      "Präsidentenpalast versammelt hatten, mit Warnschüssen auseinandergetrieben.")
N7 = ("Am Donnerstag zogen dagegen Unterstützer der Militärs durch die Hauptstadt, einige von ihnen steckten die "
      "Zentrale von Bazoums Nigrischer Partei für Demokratie und Sozialismus (PNDS) in Brand.")
N8 = "Bazoum selbst meldete sich am Donnerstagmorgen im Onlinedienst Twitter zu Wort."
N9 = "„Die hart erkämpften Errungenschaften werden bewahrt“, schrieb der 63-Jährige."
N10 = ("Außenminister Hassoumi Massoudou erklärte sich zum amtierenden Regierungschef und rief „alle Demokraten und "
       "Patrioten“ auf, den Umsturzversuch scheitern zu lassen.")
N11 = ("US-Außenminister Antony Blinken telefonierte nach eigenen Angaben mit Bazoum und sicherte ihm die "
       "„unerschütterliche Unterstützung“ Washingtons zu.")
N12 = "Er verlangte die sofortige Freilassung des Präsidenten."
N13 = "Freigelassen wurde Bazoum bis zum Donnerstagabend jedoch nicht."
N14 = ("Der nigerianische Staatschef Bola Tinubu, derzeit Vorsitzender der westafrikanischen Staatengemeinschaft "
       "Ecowas, verurteilte den Putsch und sagte, die Region werde „alles Nötige“ tun, um die Demokratie in Niger zu "
       "verteidigen.")
N15 = ("Der Vorsitzende der Kommission der Afrikanischen Union, Moussa Faki Mahamat, forderte die Soldaten auf, "
       "„unverzüglich und bedingungslos in ihre Kasernen zurückzukehren“.")
N16 = ("Bazoum war 2021 in der ersten demokratischen Machtübergabe seit der Unabhängigkeit von Frankreich 1960 ins "
       "Amt gekommen.")
N17 = ("Niger gilt als einer der letzten engen Partner des Westens im Kampf gegen dschihadistische Gruppen in der "
       "Sahelzone; Frankreich und die USA haben dort zusammen mehr als 2.500 Soldaten stationiert.")

DE01 = {
    "id": "hm310-de-01", "lang": "de", "url": None, "published": "2023-07-27",
    "title": "Präsidialgarde setzt Nigers Präsidenten Bazoum fest - Militärs verkünden Machtübernahme",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10], [N11, N12, N13, N14, N15], [N16, N17]),
    "events": [
        event("COERCE", PRES_GUARD, BAZOUM, N1, mode="arrest", location="Niamey", location_country="NER"),
        event("ACCUSE", CNSP, NER_GOV, N3, mode="disapprove"),
        event("COERCE", CNSP, None, N4, mode="curfew", location_country="NER"),
        event("SUPPORT", SIDIKOU, CNSP, N5, date="2023-07-27"),
        event("ASSAULT", PRES_GUARD, BAZOUM_SUPPORTERS, N6, mode="crowd-control", date="2023-07-26",
              location="Niamey", location_country="NER"),
        event("PROTEST", BAZOUM_SUPPORTERS, PRES_GUARD, N6, mode="demo", date="2023-07-26", location="Niamey",
              location_country="NER"),
        event("PROTEST", JUNTA_SUPPORTERS, PNDS, N7, mode="riot", date="2023-07-27", location="Niamey",
              location_country="NER"),
        event("REQUEST", MASSOUDOU, None, N10),
        event("CONSULT", BLINKEN, BAZOUM, N11, mode="phone"),
        event("SUPPORT", BLINKEN, BAZOUM, N11),
        event("REQUEST", BLINKEN, CNSP, N12, mode="yield"),
        event("RETREAT", CNSP, BAZOUM, N13, mode="release", negated=True),
        event("ACCUSE", TINUBU, CNSP, N14, mode="disapprove"),
        event("REQUEST", FAKI, CNSP, N15, mode="yield"),
    ],
    "quotes": [
        quote("die Verteidigungs- und Sicherheitskräfte beschlossen hätten, „dem Regime, das Sie kennen, ein Ende zu "
              "setzen“", "Amadou Abdramane", "indirect"),
        quote("dem Regime, das Sie kennen, ein Ende zu setzen", "Amadou Abdramane", "direct"),
        quote("tödliche Konfrontation", "Abdou Sidikou Issa", "direct"),
        quote("Die hart erkämpften Errungenschaften werden bewahrt", "Mohamed Bazoum", "direct"),
        quote("alle Demokraten und Patrioten", "Hassoumi Massoudou", "direct"),
        quote("den Umsturzversuch scheitern zu lassen", "Hassoumi Massoudou", "indirect"),
        quote("unerschütterliche Unterstützung", "Antony Blinken", "direct"),
        quote("alles Nötige", "Bola Tinubu", "direct"),
        quote("die Region werde „alles Nötige“ tun, um die Demokratie in Niger zu verteidigen", "Bola Tinubu",
              "indirect"),
        quote("unverzüglich und bedingungslos in ihre Kasernen zurückzukehren", "Moussa Faki Mahamat", "direct"),
    ],
    "entities": [
        entity("Niamey", "LOC", "NER", ["Niamey", "die Hauptstadt"]),
        entity("Niger", "LOC", "NER", ["Im westafrikanischen Niger", "im Land", "Niger"]),
        entity("Presidential Guard of Niger", "ORG", "NER", ["Soldaten der Präsidialgarde", "Angehörige der Garde"]),
        entity("Mohamed Bazoum", "PER", "NER", ["den gewählten Präsidenten Mohamed Bazoum", "Bazoums", "Bazoum",
                                                "der 63-Jährige", "des Präsidenten"]),
        entity("Amadou Abdramane", "PER", "NER", ["Oberstmajor Amadou Abdramane"]),
        entity("Télé Sahel", "ORG", "NER", ["Staatsfernsehen"]),
        entity("National Council for the Safeguard of the Homeland", "ORG", "NER",
               ["die Verteidigungs- und Sicherheitskräfte", "die Offiziere", "Die Militärs",
                "Nationaler Rat zur Rettung des Vaterlandes", "CNSP", "die Putschisten", "der Militärs",
                "die Soldaten"]),
        entity("Government of Niger", "ORG", "NER", ["der Regierung"]),
        entity("Abdou Sidikou Issa", "PER", "NER", ["Generalstabschef Abdou Sidikou Issa"]),
        entity("Armed Forces of Niger", "ORG", "NER", ["der Armeeführung", "den Truppenteilen"]),
        entity("Presidential Palace (Niamey)", "LOC", "NER", ["dem Präsidentenpalast"]),
        entity("supporters of Mohamed Bazoum", "ORG", "NER", ["Hunderte Anhänger Bazoums"]),
        entity("supporters of the Nigerien putschists", "ORG", "NER", ["Unterstützer der Militärs"]),
        entity("Nigerien Party for Democracy and Socialism", "ORG", "NER",
               ["Nigrischer Partei für Demokratie und Sozialismus", "PNDS"]),
        entity("Twitter", "ORG", "USA", ["Twitter"]),
        entity("Hassoumi Massoudou", "PER", "NER", ["Außenminister Hassoumi Massoudou"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
        entity("Government of the United States", "ORG", "USA", ["Washingtons"]),
        entity("Bola Tinubu", "PER", "NGA", ["Der nigerianische Staatschef Bola Tinubu"]),
        entity("ECOWAS", "ORG", "IGO", ["westafrikanischen Staatengemeinschaft Ecowas"]),
        entity("West Africa", "LOC", None, ["die Region"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["Der Vorsitzende der Kommission der Afrikanischen Union, Moussa "
                                                     "Faki Mahamat"]),
        entity("African Union Commission", "ORG", "IGO", ["der Kommission der Afrikanischen Union"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Sahel", "LOC", None, ["Sahelzone"]),
    ],
}

# ---------------------------------------------------------------- hm310-de-02 (South Africa/Rwanda, soldiers killed near Goma)
M23 = actor("M23", "COD", "REB")
SANDF = actor("South African National Defence Force", "ZAF", "MIL")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
RDF = actor("Rwanda Defence Force", "RWA", "MIL")
SAMIDRC = actor("SADC Mission in the Democratic Republic of Congo", "IGO", "IGO")
SOUTH_AFRICA = actor("South Africa", "ZAF", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
MALEMA = actor("Julius Malema", "ZAF", "OPP")

S1 = ("Johannesburg (dpa) - Nach dem Tod von 13 südafrikanischen Soldaten im Osten des Kongos ist zwischen Südafrikas "
      "Präsident Cyril Ramaphosa und seinem ruandischen Kollegen Paul Kagame ein offener Streit entbrannt.")
S2 = ("Die Soldaten waren in den vergangenen Tagen bei Kämpfen mit der Rebellenmiliz M23 nahe der Provinzhauptstadt "
      "Goma getötet worden, in die die Rebellen am Montag einmarschiert waren.")
S3 = ("Unter den Toten sind nach Armeeangaben auch drei Soldaten, die für die UN-Mission Monusco im Einsatz "
      "waren.")
S4 = ("Ramaphosa hatte am Dienstag erklärt, die Soldaten seien Angriffen der M23 und der „Miliz der ruandischen "
      "Streitkräfte“ zum Opfer gefallen.")
S5 = ("Er habe mit Kagame telefoniert, beide seien sich über die Notwendigkeit einer sofortigen Waffenruhe einig, "
      "hieß es in der Erklärung.")
S6 = ("Kagame widersprach noch am selben Abend im Onlinedienst X und warf Ramaphosa vor, das Gespräch verzerrt "
      "wiederzugeben.")
S7 = ("Die Truppe der Entwicklungsgemeinschaft des südlichen Afrika (SADC), zu der die Südafrikaner gehören, sei "
      "„keine friedenserhaltende Truppe“, sondern eine Kriegspartei, die an der Seite der kongolesischen Armee gegen "
      "das eigene Volk kämpfe, schrieb der 67-Jährige.")
S8 = ("„Wenn Südafrika die Konfrontation vorzieht, wird Ruanda sich jederzeit in diesem Zusammenhang damit "
      "befassen“, fügte Kagame hinzu.")
S9 = ("Verteidigungsministerin Angie Motshekga sagte vor einem Parlamentsausschuss in Kapstadt, Pretoria habe "
      "Kigali gewarnt, dass jeder weitere Beschuss südafrikanischer Soldaten als Kriegserklärung gewertet werde.")
S10 = ("Der Chef der linksradikalen Oppositionspartei EFF, Julius Malema, forderte den sofortigen Abzug der Truppen "
       "und warf Ramaphosa vor, junge Soldaten „in einen Krieg geschickt zu haben, der nicht unserer ist“.")
S11 = ("Präsidialamtssprecher Vincent Magwenya wies die Forderung zurück: Ein Abzug komme derzeit nicht infrage, "
       "die Soldaten würden ihren Auftrag weiter erfüllen.")
S12 = "Kinshasa wirft Ruanda vor, die M23 mit Tausenden eigenen Soldaten zu unterstützen, was Kigali bestreitet."
S13 = "In Goma selbst war die Lage am Mittwoch nach Angaben von Bewohnern weiter unübersichtlich."
S14 = ("Südafrika stellt den größten Teil der SADC-Mission, die Ende 2023 zur Unterstützung der kongolesischen "
       "Armee entsandt worden war.")
S15 = "Die Leichen der Getöteten sollen in den kommenden Tagen nach Südafrika überführt werden."

DE02 = {
    "id": "hm310-de-02", "lang": "de", "url": None, "published": "2025-01-29",
    "title": "Tote Soldaten im Kongo: Ramaphosa und Kagame liefern sich offenen Streit",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7, S8], [S9, S10, S11], [S12, S13, S14, S15]),
    "events": [
        event("ASSAULT", M23, SANDF, S2, location="Goma", location_country="COD"),
        event("ACCUSE", RAMAPHOSA, M23, S4, mode="allege", date="2025-01-28"),
        event("ACCUSE", RAMAPHOSA, RDF, S4, mode="allege", date="2025-01-28"),
        event("CONSULT", RAMAPHOSA, KAGAME, S5, mode="phone"),
        event("AGREE", RAMAPHOSA, KAGAME, S5),
        event("ACCUSE", KAGAME, RAMAPHOSA, S6, mode="allege", date="2025-01-28"),
        event("ACCUSE", KAGAME, SAMIDRC, S7, mode="allege"),
        event("THREATEN", KAGAME, SOUTH_AFRICA, S8, mode="violence"),
        event("THREATEN", ZAF_GOV, RWA_GOV, S9, mode="violence"),
        event("REQUEST", MALEMA, RAMAPHOSA, S10, mode="change"),
        event("ACCUSE", MALEMA, RAMAPHOSA, S10, mode="disapprove"),
        event("REJECT", ZAF_GOV, MALEMA, S11, mode="change"),
    ],
    "quotes": [
        quote("Unter den Toten sind nach Armeeangaben auch drei Soldaten, die für die UN-Mission Monusco im Einsatz "
              "waren", "South African National Defence Force", "indirect"),
        quote("die Soldaten seien Angriffen der M23 und der „Miliz der ruandischen Streitkräfte“ zum Opfer gefallen",
              "Cyril Ramaphosa", "indirect"),
        quote("Miliz der ruandischen Streitkräfte", "Cyril Ramaphosa", "direct"),
        quote("Er habe mit Kagame telefoniert, beide seien sich über die Notwendigkeit einer sofortigen Waffenruhe "
              "einig", "Cyril Ramaphosa", "indirect"),
        quote("das Gespräch verzerrt wiederzugeben", "Paul Kagame", "indirect"),
        quote("Die Truppe der Entwicklungsgemeinschaft des südlichen Afrika (SADC), zu der die Südafrikaner gehören, "
              "sei „keine friedenserhaltende Truppe“, sondern eine Kriegspartei, die an der Seite der kongolesischen "
              "Armee gegen das eigene Volk kämpfe", "Paul Kagame", "indirect"),
        quote("keine friedenserhaltende Truppe", "Paul Kagame", "direct"),
        quote("Wenn Südafrika die Konfrontation vorzieht, wird Ruanda sich jederzeit in diesem Zusammenhang damit "
              "befassen", "Paul Kagame", "direct"),
        quote("Pretoria habe Kigali gewarnt, dass jeder weitere Beschuss südafrikanischer Soldaten als "
              "Kriegserklärung gewertet werde", "Angie Motshekga", "indirect"),
        quote("in einen Krieg geschickt zu haben, der nicht unserer ist", "Julius Malema", "direct"),
        quote("junge Soldaten „in einen Krieg geschickt zu haben, der nicht unserer ist“", "Julius Malema",
              "indirect"),
        quote("Ein Abzug komme derzeit nicht infrage, die Soldaten würden ihren Auftrag weiter erfüllen",
              "Vincent Magwenya", "indirect"),
        quote("In Goma selbst war die Lage am Mittwoch nach Angaben von Bewohnern weiter unübersichtlich",
              "residents of Goma", "indirect"),
    ],
    "entities": [
        entity("Johannesburg", "LOC", "ZAF", ["Johannesburg"]),
        entity("South African National Defence Force", "ORG", "ZAF",
               ["13 südafrikanischen Soldaten", "Die Soldaten", "die Soldaten", "südafrikanischer Soldaten",
                "der Truppen", "junge Soldaten", "die Südafrikaner"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["im Osten des Kongos"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Südafrikas Präsident Cyril Ramaphosa", "Ramaphosa"]),
        entity("South Africa", "LOC", "ZAF", ["Südafrikas", "Südafrika"]),
        entity("Paul Kagame", "PER", "RWA", ["seinem ruandischen Kollegen Paul Kagame", "Kagame", "der 67-Jährige"]),
        entity("M23", "ORG", "COD", ["der Rebellenmiliz M23", "die Rebellen", "M23"]),
        entity("Goma", "LOC", "COD", ["der Provinzhauptstadt Goma", "Goma"]),
        entity("MONUSCO", "ORG", "UNO", ["UN-Mission Monusco"]),
        entity("Rwanda Defence Force", "ORG", "RWA", ["ruandischen Streitkräfte"]),
        entity("X", "ORG", "USA", ["Onlinedienst X"]),
        entity("Southern African Development Community", "ORG", "IGO",
               ["Entwicklungsgemeinschaft des südlichen Afrika", "SADC"]),
        entity("SADC Mission in the Democratic Republic of Congo", "ORG", "IGO",
               ["Die Truppe der Entwicklungsgemeinschaft des südlichen Afrika (SADC)", "SADC-Mission"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["der kongolesischen Armee"]),
        entity("Rwanda", "LOC", "RWA", ["Ruanda"]),
        entity("Angie Motshekga", "PER", "ZAF", ["Verteidigungsministerin Angie Motshekga"]),
        entity("Parliament of South Africa", "ORG", "ZAF", ["einem Parlamentsausschuss"]),
        entity("Cape Town", "LOC", "ZAF", ["Kapstadt"]),
        entity("Government of South Africa", "ORG", "ZAF", ["Pretoria"]),
        entity("Government of Rwanda", "ORG", "RWA", ["Kigali"]),
        entity("Julius Malema", "PER", "ZAF", ["Der Chef der linksradikalen Oppositionspartei EFF, Julius Malema"]),
        entity("Economic Freedom Fighters", "ORG", "ZAF", ["Oppositionspartei EFF"]),
        entity("Vincent Magwenya", "PER", "ZAF", ["Präsidialamtssprecher Vincent Magwenya"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Kinshasa"]),
    ],
}

# ---------------------------------------------------------------- hm310-de-03 (Sudan, UN envoy Perthes declared persona non grata)
SDN_GOV = actor("Government of Sudan", "SDN", "GOV")
PERTHES = actor("Volker Perthes", "UNO", "IGO")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
GUTERRES = actor("António Guterres", "UNO", "IGO")
UN = actor("United Nations", "UNO", "IGO")
DAGALO = actor("Mohamed Hamdan Dagalo", "SDN", "REB")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
RSF = actor("Rapid Support Forces", "SDN", "REB")
USA = actor("United States", "USA", "GOV")
SAF_COMPANIES = actor("companies linked to the Sudanese Armed Forces", "SDN", "BUS")
RSF_COMPANIES = actor("companies linked to the Rapid Support Forces", "SDN", "BUS")

V1 = ("Port Sudan (dpa) - Die sudanesische Militärregierung hat den UN-Sondergesandten Volker Perthes zur "
      "unerwünschten Person erklärt.")
V2 = ("Das Außenministerium habe UN-Generalsekretär António Guterres am Donnerstag darüber informiert, dass die "
      "Entscheidung mit sofortiger Wirkung gelte, meldete die staatliche Nachrichtenagentur Suna.")
V3 = ("Der 64 Jahre alte deutsche Diplomat leitet seit 2021 die UN-Mission Unitams, die den Übergang zu einer "
      "zivilen Regierung im Sudan begleiten soll.")
V4 = ("Armeechef Abdel Fattah al-Burhan hatte bereits im Mai in einem Brief an Guterres die Ablösung des Gesandten "
      "verlangt und ihm Parteilichkeit vorgeworfen.")
V5 = "Die Vereinten Nationen wiesen den Schritt als Verstoß gegen die UN-Charta zurück."
V6 = ("Die Doktrin der unerwünschten Person sei auf UN-Personal nicht anwendbar, sagte Guterres' Sprecher Stéphane "
      "Dujarric in New York.")
V7 = ("Der Generalsekretär sei „stolz auf die Arbeit“ seines Gesandten und habe volles Vertrauen in ihn, fügte "
      "Dujarric hinzu.")
V8 = "Perthes hält sich seit Beginn des Krieges Mitte April überwiegend außerhalb des Landes auf."
V9 = ("Die Armee Burhans kämpft seit dem 15. April gegen die paramilitärischen Rapid Support Forces (RSF) seines "
      "früheren Stellvertreters Mohamed Hamdan Daglo.")
V10 = "Vor dem UN-Sicherheitsrat hatte Perthes im Mai beiden Generälen die Verantwortung für die Kämpfe gegeben."
V11 = "Auch am Freitag meldeten Bewohner Luftangriffe der Armee auf Stellungen der RSF im Süden von Khartum."
V12 = ("Saudi-Arabien und die USA teilten am Freitag mit, beide Seiten hätten einer landesweiten Waffenruhe von 24 "
       "Stunden ab Samstagmorgen zugestimmt.")
V13 = ("Die von beiden Ländern vermittelten Gespräche in der saudischen Hafenstadt Dschidda liegen auf Eis, seit die "
       "Armee vergangene Woche ihre Delegation abgezogen hat.")
V14 = "Washington hatte daraufhin Sanktionen gegen Unternehmen verhängt, die mit der Armee und der RSF verbunden sind."
V15 = "Nach UN-Angaben sind seit Beginn der Kämpfe mehr als 1,9 Millionen Menschen aus ihren Wohnorten geflohen."

DE03 = {
    "id": "hm310-de-03", "lang": "de", "url": None, "published": "2023-06-09",
    "title": "Sudan erklärt UN-Gesandten Perthes zur unerwünschten Person",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7, V8], [V9, V10, V11], [V12, V13, V14, V15]),
    "events": [
        event("SANCTION", SDN_GOV, PERTHES, V1, mode="expel"),
        event("REQUEST", BURHAN, GUTERRES, V4, mode="change"),
        event("ACCUSE", BURHAN, PERTHES, V4, mode="allege"),
        event("ACCUSE", UN, SDN_GOV, V5, mode="disapprove"),
        event("SUPPORT", GUTERRES, PERTHES, V7),
        event("ACCUSE", PERTHES, BURHAN, V10, mode="allege"),
        event("ACCUSE", PERTHES, DAGALO, V10, mode="allege"),
        event("ASSAULT", SAF, RSF, V11, mode="aerial", date="2023-06-09", location="Khartoum",
              location_country="SDN"),
        event("AGREE", SAF, RSF, V12),
        event("SANCTION", SAF, RSF, V13, mode="withdraw", location="Jeddah", location_country="SAU"),
        event("SANCTION", USA, SAF_COMPANIES, V14, mode="discontinue"),
        event("SANCTION", USA, RSF_COMPANIES, V14, mode="discontinue"),
    ],
    "quotes": [
        quote("Das Außenministerium habe UN-Generalsekretär António Guterres am Donnerstag darüber informiert, dass die "
              "Entscheidung mit sofortiger Wirkung gelte", "Sudan News Agency", "indirect"),
        quote("dass die Entscheidung mit sofortiger Wirkung gelte", "Ministry of Foreign Affairs of Sudan",
              "indirect"),
        quote("Die Doktrin der unerwünschten Person sei auf UN-Personal nicht anwendbar", "Stéphane Dujarric",
              "indirect"),
        quote("stolz auf die Arbeit", "Stéphane Dujarric", "direct"),
        quote("Der Generalsekretär sei „stolz auf die Arbeit“ seines Gesandten und habe volles Vertrauen in ihn",
              "Stéphane Dujarric", "indirect"),
        quote("beide Seiten hätten einer landesweiten Waffenruhe von 24 Stunden ab Samstagmorgen zugestimmt",
              "Saudi Arabia", "indirect"),
        quote("beide Seiten hätten einer landesweiten Waffenruhe von 24 Stunden ab Samstagmorgen zugestimmt",
              "United States", "indirect"),
        quote("sind seit Beginn der Kämpfe mehr als 1,9 Millionen Menschen aus ihren Wohnorten geflohen",
              "United Nations", "indirect"),
    ],
    "entities": [
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("Government of Sudan", "ORG", "SDN", ["Die sudanesische Militärregierung"]),
        entity("Volker Perthes", "PER", "UNO", ["den UN-Sondergesandten Volker Perthes",
                                                "Der 64 Jahre alte deutsche Diplomat", "des Gesandten",
                                                "seines Gesandten", "Perthes"]),
        entity("Ministry of Foreign Affairs of Sudan", "ORG", "SDN", ["Das Außenministerium"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres", "Guterres'", "Guterres",
                                                  "Der Generalsekretär"]),
        entity("Sudan News Agency", "ORG", "SDN", ["die staatliche Nachrichtenagentur Suna"]),
        entity("UNITAMS", "ORG", "UNO", ["UN-Mission Unitams"]),
        entity("Sudan", "LOC", "SDN", ["im Sudan", "des Landes"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Armeechef Abdel Fattah al-Burhan", "Burhans"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["Guterres' Sprecher Stéphane Dujarric", "Dujarric"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["Die Armee Burhans", "der Armee", "die Armee"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["die paramilitärischen Rapid Support Forces (RSF)", "RSF"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["seines früheren Stellvertreters Mohamed Hamdan Daglo"]),
        entity("UN Security Council", "ORG", "UNO", ["UN-Sicherheitsrat"]),
        entity("Khartoum", "LOC", "SDN", ["Khartum"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Jeddah", "LOC", "SAU", ["der saudischen Hafenstadt Dschidda"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm310-de-04 (Senegal, Constitutional Council annuls postponement)
MACKY_SALL = actor("Macky Sall", "SEN", "GOV")
SEN_CC = actor("Constitutional Council of Senegal", "SEN", "JUD")
SEN_NA = actor("National Assembly of Senegal", "SEN", "LEG")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
SEN_CANDIDATES = actor("collective of presidential candidates in Senegal", "SEN", "OPP")
PDS = actor("Senegalese Democratic Party", "SEN", "PTY")
SEN_PROTESTERS = actor("protesters in Senegal", "SEN", "CVL")
WALF = actor("Walf TV", "SEN", "BUS")
SEN_DETAINEES = actor("detained opponents of the Senegalese government", "SEN", "OPP")
US_STATE = actor("U.S. Department of State", "USA", "GOV")

G1 = ("Dakar (AFP) - Senegals Präsident Macky Sall will sich einem Urteil des Verfassungsrats beugen, der die "
      "Verschiebung der Präsidentenwahl für verfassungswidrig erklärt hat.")
G2 = ("Der 62-Jährige werde die Entscheidung „vollständig umsetzen“ und ohne Verzug die nötigen Beratungen für die "
      "Organisation der Wahl führen, teilte das Präsidialamt am Freitag mit.")
G3 = ("Die Verfassungsrichter hatten am Donnerstagabend das vom Parlament beschlossene Gesetz für nichtig erklärt, "
      "das die für den 25. Februar geplante Abstimmung auf den 15. Dezember verschieben und Salls Mandat entsprechend "
      "verlängern sollte.")
G4 = ("Auch Salls Dekret, mit dem er Anfang Februar die Einberufung der Wähler zurückgenommen hatte, verstoße gegen "
      "die Verfassung, befanden die Richter.")
G5 = ("Eine Abstimmung am 25. Februar sei zwar nicht mehr möglich, die zuständigen Behörden müssten die Wahl aber "
      "„so bald wie möglich“ abhalten.")
G6 = "Salls zweite und letzte Amtszeit endet am 2. April."
G7 = ("Ein Bündnis von 16 der 19 zugelassenen Kandidaten verlangte, dass die Wahl noch vor dem Ende von Salls "
      "Mandat stattfinden müsse.")
G8 = ("Die Demokratische Partei Senegals (PDS) des von der Wahl ausgeschlossenen Karim Wade, die den Aufschub im "
      "Parlament mitgetragen hatte, kritisierte das Urteil dagegen scharf.")
G9 = ("Sall hatte die Verschiebung am 3. Februar, nur Stunden vor dem offiziellen Beginn des Wahlkampfs, mit einem "
      "Streit zwischen Parlament und Verfassungsrat über die Zulassung der Kandidaten begründet.")
G10 = ("Bei Protesten gegen den Aufschub waren vergangene Woche in Dakar, Saint-Louis und Ziguinchor drei Menschen "
       "ums Leben gekommen.")
G11 = "Die Behörden hatten zudem dem Privatsender Walf TV vorübergehend die Lizenz entzogen."
G12 = ("Seit Donnerstag kamen nach Angaben von Anwälten mehrere Dutzend inhaftierte Regierungsgegner frei, darunter "
       "Anhänger des seit Juli inhaftierten Oppositionsführers Ousmane Sonko.")
G13 = ("Das US-Außenministerium begrüßte das Urteil und rief die Regierung in Dakar auf, rasch einen neuen "
       "Wahltermin festzulegen.")
G14 = ("Senegal galt lange als eine der stabilsten Demokratien Westafrikas; einen Militärputsch hat das Land seit "
       "der Unabhängigkeit 1960 nie erlebt.")

DE04 = {
    "id": "hm310-de-04", "lang": "de", "url": None, "published": "2024-02-16",
    "title": "Senegals Präsident Sall beugt sich Urteil gegen Wahlverschiebung",
    "text": paragraphs([G1, G2], [G3, G4, G5, G6], [G7, G8, G9], [G10, G11, G12], [G13, G14]),
    "events": [
        event("CONCEDE", MACKY_SALL, SEN_CC, G1),
        event("CONCEDE", MACKY_SALL, SEN_CC, G2, date="2024-02-16"),
        event("SANCTION", SEN_CC, SEN_NA, G3, mode="convict", date="2024-02-15"),
        event("SANCTION", SEN_CC, MACKY_SALL, G4, mode="convict"),
        event("REQUEST", SEN_CC, SEN_GOV, G5, mode="change"),
        event("REQUEST", SEN_CANDIDATES, MACKY_SALL, G7, mode="change"),
        event("ACCUSE", PDS, SEN_CC, G8, mode="disapprove"),
        event("PROTEST", SEN_PROTESTERS, MACKY_SALL, G10, mode="demo", location_country="SEN"),
        event("COERCE", SEN_GOV, WALF, G11, mode="censor"),
        event("RETREAT", SEN_GOV, SEN_DETAINEES, G12, mode="release"),
        event("SUPPORT", US_STATE, SEN_CC, G13),
        event("REQUEST", US_STATE, SEN_GOV, G13, mode="change"),
    ],
    "quotes": [
        quote("Der 62-Jährige werde die Entscheidung „vollständig umsetzen“ und ohne Verzug die nötigen Beratungen für "
              "die Organisation der Wahl führen", "Presidency of Senegal", "indirect"),
        quote("vollständig umsetzen", "Presidency of Senegal", "direct"),
        quote("Auch Salls Dekret, mit dem er Anfang Februar die Einberufung der Wähler zurückgenommen hatte, verstoße "
              "gegen die Verfassung", "Constitutional Council of Senegal", "indirect"),
        quote("Eine Abstimmung am 25. Februar sei zwar nicht mehr möglich, die zuständigen Behörden müssten die Wahl "
              "aber „so bald wie möglich“ abhalten", "Constitutional Council of Senegal", "indirect"),
        quote("so bald wie möglich", "Constitutional Council of Senegal", "direct"),
        quote("die Wahl noch vor dem Ende von Salls Mandat stattfinden müsse",
              "collective of presidential candidates in Senegal", "indirect"),
        quote("Seit Donnerstag kamen nach Angaben von Anwälten mehrere Dutzend inhaftierte Regierungsgegner frei, "
              "darunter Anhänger des seit Juli inhaftierten Oppositionsführers Ousmane Sonko",
              "lawyers of detained Senegalese opponents", "indirect"),
        quote("rasch einen neuen Wahltermin festzulegen", "U.S. Department of State", "indirect"),
    ],
    "entities": [
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("Macky Sall", "PER", "SEN", ["Senegals Präsident Macky Sall", "Der 62-Jährige", "Salls", "Sall"]),
        entity("Senegal", "LOC", "SEN", ["Senegals", "Senegal", "das Land"]),
        entity("Constitutional Council of Senegal", "ORG", "SEN", ["des Verfassungsrats", "Die Verfassungsrichter",
                                                                   "die Richter", "Verfassungsrat"]),
        entity("Presidency of Senegal", "ORG", "SEN", ["das Präsidialamt"]),
        entity("National Assembly of Senegal", "ORG", "SEN", ["Parlament"]),
        entity("Government of Senegal", "ORG", "SEN", ["die zuständigen Behörden", "Die Behörden",
                                                       "die Regierung in Dakar"]),
        entity("collective of presidential candidates in Senegal", "ORG", "SEN",
               ["Ein Bündnis von 16 der 19 zugelassenen Kandidaten"]),
        entity("Senegalese Democratic Party", "ORG", "SEN", ["Die Demokratische Partei Senegals (PDS)"]),
        entity("Karim Wade", "PER", "SEN", ["Karim Wade"]),
        entity("Saint-Louis", "LOC", "SEN", ["Saint-Louis"]),
        entity("Ziguinchor", "LOC", "SEN", ["Ziguinchor"]),
        entity("Walf TV", "ORG", "SEN", ["dem Privatsender Walf TV"]),
        entity("Ousmane Sonko", "PER", "SEN", ["des seit Juli inhaftierten Oppositionsführers Ousmane Sonko"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("West Africa", "LOC", None, ["Westafrikas"]),
    ],
}

# ---------------------------------------------------------------- hm310-en-01 (Guinea, Conakry prison break)
COMMANDO = actor("armed commando that attacked Conakry Central Prison", "GIN", "CVL")
CONAKRY_PRISON = actor("Conakry Central Prison", "GIN", "JUD")
GIN_FORCES = actor("Guinean security forces", "GIN", "MIL")
GIN_ARMY = actor("Guinean Armed Forces", "GIN", "MIL")
DADIS = actor("Moussa Dadis Camara", "GIN", "CVL")
TIEGBORO = actor("Moussa Tiegboro Camara", "GIN", "CVL")
GOUMOU = actor("Blaise Goumou", "GIN", "CVL")
WRIGHT = actor("Alphonse Charles Wright", "GIN", "GOV")
VERNY_PIVI = actor("Verny Pivi", "GIN", "CVL")
LAMAH = actor("Pépé Antoine Lamah", "GIN", "CVL")
GIN_COURT = actor("Conakry criminal court", "GIN", "JUD")
AVIPA = actor("Association of Victims, Parents and Friends of September 28", "GIN", "NGO")
GIN_AUTH = actor("Guinean authorities", "GIN", "GOV")
DOUMBOUYA = actor("Mamadi Doumbouya", "GIN", "GOV")
GIN_COMMANDERS = actor("Guinean army and gendarmerie chiefs", "GIN", "MIL")
ECOWAS = actor("ECOWAS", "IGO", "IGO")

E1 = ("CONAKRY, Nov 4 (Reuters) - Heavily armed men stormed Guinea's main prison in the capital Conakry early on "
      "Saturday and freed former junta leader Moussa Dadis Camara and three other defendants in the trial over a 2009 "
      "stadium massacre, the government said.")
E2 = ("Security forces recaptured Camara within hours and returned him to his cell, Justice Minister Alphonse Charles "
      "Wright told state broadcaster RTG.")
E3 = ("Two of the other escapees, Moussa Tiegboro Camara and Blaise Goumou, were also caught, while Colonel Claude "
      "Pivi, a former minister for presidential security, remained at large.")
E4 = "Wright said the commando had been led by Pivi's son, Verny Pivi."
E5 = '"Whatever the complicity, whoever was involved will answer for it before the courts," Wright said.'
E6 = ("Camara's lawyer, Pepe Antoine Lamah, said his client had been taken out of his cell by force and had not "
      "wanted to escape.")
E7 = '"He is back in prison and he is calm," Lamah told Reuters by phone.'
E8 = ("Gunfire rang out for several hours in the Kaloum district, home to the presidency and government ministries, "
      "as the army deployed special forces units and sealed off the area.")
E9 = ("Camara, who seized power in a 2008 coup, and 10 other former officials have been on trial since September 2022 "
      "over the killing of more than 150 people and the rape of dozens of women by security forces at a Conakry "
      "stadium on Sept. 28, 2009.")
E10 = ("The victims' association AVIPA demanded that the authorities tighten security at the prison and ensure that "
       "the trial continues.")
E11 = ("Junta leader Colonel Mamadi Doumbouya, who himself took power in a 2021 coup, met the heads of the army and "
       "the gendarmerie at the presidential palace on Saturday, his office said.")
E12 = ("The West African regional bloc ECOWAS, which suspended Guinea after the 2021 coup, condemned the prison "
       "attack.")
E13 = "Pivi was one of the most feared figures of Camara's 2008-2009 military government."
E14 = "It was not immediately clear whether Monday's hearing in the trial would go ahead."

EN01 = {
    "id": "hm310-en-01", "lang": "en", "url": None, "published": "2023-11-04",
    "title": "Gunmen free Guinea's ex-junta leader Dadis Camara from prison; he is recaptured within hours",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10], [E11, E12, E13, E14]),
    "events": [
        event("ASSAULT", COMMANDO, CONAKRY_PRISON, E1, mode="firearms", date="2023-11-04", location="Conakry",
              location_country="GIN"),
        event("COERCE", GIN_FORCES, DADIS, E2, mode="arrest"),
        event("COERCE", GIN_FORCES, TIEGBORO, E3, mode="arrest"),
        event("COERCE", GIN_FORCES, GOUMOU, E3, mode="arrest"),
        event("ACCUSE", WRIGHT, VERNY_PIVI, E4, mode="allege"),
        event("THREATEN", WRIGHT, None, E5, mode="arrest"),
        event("ACCUSE", LAMAH, COMMANDO, E6, mode="allege"),
        event("MOBILIZE", GIN_ARMY, None, E8, mode="troops", location="Kaloum", location_country="GIN"),
        event("COERCE", GIN_ARMY, None, E8, mode="restrict", location="Kaloum", location_country="GIN"),
        event("ACCUSE", GIN_COURT, DADIS, E9, mode="allege"),
        event("REQUEST", AVIPA, GIN_AUTH, E10, mode="change"),
        event("CONSULT", DOUMBOUYA, GIN_COMMANDERS, E11, date="2023-11-04", location="Conakry",
              location_country="GIN"),
        event("ACCUSE", ECOWAS, COMMANDO, E12, mode="disapprove"),
    ],
    "quotes": [
        quote("Heavily armed men stormed Guinea's main prison in the capital Conakry early on Saturday and freed former "
              "junta leader Moussa Dadis Camara and three other defendants in the trial over a 2009 stadium massacre",
              "Government of Guinea", "indirect"),
        quote("Security forces recaptured Camara within hours and returned him to his cell", "Alphonse Charles Wright",
              "indirect"),
        quote("the commando had been led by Pivi's son, Verny Pivi", "Alphonse Charles Wright", "indirect"),
        quote("Whatever the complicity, whoever was involved will answer for it before the courts",
              "Alphonse Charles Wright", "direct"),
        quote("his client had been taken out of his cell by force and had not wanted to escape", "Pépé Antoine Lamah",
              "indirect"),
        quote("He is back in prison and he is calm", "Pépé Antoine Lamah", "direct"),
        quote("the authorities tighten security at the prison and ensure that the trial continues",
              "Association of Victims, Parents and Friends of September 28", "indirect"),
        quote("Junta leader Colonel Mamadi Doumbouya, who himself took power in a 2021 coup, met the heads of the army "
              "and the gendarmerie at the presidential palace on Saturday", "Presidency of Guinea", "indirect"),
    ],
    "entities": [
        entity("Conakry", "LOC", "GIN", ["CONAKRY", "Conakry", "the capital"]),
        entity("Guinea", "LOC", "GIN", ["Guinea's", "Guinea"]),
        entity("Conakry Central Prison", "LOC", "GIN", ["Guinea's main prison", "the prison"]),
        entity("armed commando that attacked Conakry Central Prison", "ORG", "GIN",
               ["Heavily armed men", "the commando"]),
        entity("Moussa Dadis Camara", "PER", "GIN", ["former junta leader Moussa Dadis Camara", "Camara's", "Camara",
                                                     "his client"]),
        entity("Government of Guinea", "ORG", "GIN", ["the government"]),
        entity("Guinean security forces", "ORG", "GIN", ["Security forces"]),
        entity("Alphonse Charles Wright", "PER", "GIN", ["Justice Minister Alphonse Charles Wright", "Wright"]),
        entity("Radiodiffusion Télévision Guinéenne", "ORG", "GIN", ["state broadcaster RTG"]),
        entity("Moussa Tiegboro Camara", "PER", "GIN", ["Moussa Tiegboro Camara"]),
        entity("Blaise Goumou", "PER", "GIN", ["Blaise Goumou"]),
        entity("Claude Pivi", "PER", "GIN", ["Colonel Claude Pivi", "Pivi's", "Pivi"]),
        entity("Verny Pivi", "PER", "GIN", ["Verny Pivi"]),
        entity("Pépé Antoine Lamah", "PER", "GIN", ["Camara's lawyer, Pepe Antoine Lamah", "Lamah"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Kaloum", "LOC", "GIN", ["the Kaloum district", "the area"]),
        entity("Presidency of Guinea", "ORG", "GIN", ["the presidency", "his office"]),
        entity("Guinean Armed Forces", "ORG", "GIN", ["the army"]),
        entity("Stade du 28 Septembre", "LOC", "GIN", ["a Conakry stadium"]),
        entity("Association of Victims, Parents and Friends of September 28", "ORG", "GIN",
               ["The victims' association AVIPA"]),
        entity("Guinean authorities", "ORG", "GIN", ["the authorities"]),
        entity("Mamadi Doumbouya", "PER", "GIN", ["Junta leader Colonel Mamadi Doumbouya"]),
        entity("Guinean Gendarmerie", "ORG", "GIN", ["the gendarmerie"]),
        entity("Presidential Palace (Conakry)", "LOC", "GIN", ["the presidential palace"]),
        entity("ECOWAS", "ORG", "IGO", ["The West African regional bloc ECOWAS"]),
    ],
}

# ---------------------------------------------------------------- hm310-en-02 (Chad, attack on the presidential complex)
ATTACKERS = actor("gunmen who attacked the presidential complex in N'Djamena", "TCD", "CVL")
TCD_PRESIDENCY = actor("Presidency of Chad", "TCD", "GOV")
TCD_GOV = actor("Government of Chad", "TCD", "GOV")
TCD_FORCES = actor("Chadian security forces", "TCD", "MIL")
KOULAMALLAH = actor("Abderaman Koulamallah", "TCD", "GOV")
DEBY = actor("Mahamat Idriss Déby", "TCD", "GOV")
WANG_YI = actor("Wang Yi", "CHN", "GOV")
TRANSFORMATEURS = actor("Les Transformateurs", "TCD", "OPP")
FRENCH_MIL = actor("French Armed Forces", "FRA", "MIL")
TCD_OPP = actor("Chadian opposition", "TCD", "OPP")

H1 = ("N'DJAMENA, Chad (AP) — Gunmen attacked the presidential complex in Chad's capital late Wednesday in what the "
      "government called a failed attempt to destabilize the country.")
H2 = ("Security forces killed 18 of the assailants and wounded six, while one member of the security forces was "
      "killed, government spokesman Abderaman Koulamallah said on state television on Thursday.")
H3 = ("Koulamallah, who is also foreign minister, said the 24 attackers had arrived at around 7:45 p.m. armed with "
      "guns, machetes and knives.")
H4 = ("Hours earlier, President Mahamat Idriss Deby Itno had received Chinese Foreign Minister Wang Yi at the "
      "palace.")
H5 = ('"The situation is totally under control," Koulamallah said in a video posted from inside the complex on '
      'Wednesday night, wearing a bulletproof vest and holding a pistol.')
H6 = ('He described the attackers as "amateurs" from a poor neighborhood of the capital who were "probably '
      'drugged," and said there was nothing to link them to the extremist group Boko Haram.')
H7 = ("Armored vehicles were deployed around the presidency overnight and soldiers set up checkpoints across the "
      "city, residents said.")
H8 = ("Authorities did not impose a curfew, and traffic had largely returned to normal by Thursday afternoon.")
H9 = ("African Union Commission chairman Moussa Faki Mahamat, a former Chadian prime minister, condemned the attack "
      "in a post on X.")
H10 = ("The opposition party Les Transformateurs, led by former Prime Minister Succes Masra, demanded an independent "
       "inquiry, saying the official account raised \"more questions than answers\" about security at the "
       "presidency.")
H11 = ("The attack came as France is pulling its remaining troops out of the country, ending decades of French "
       "military presence.")
H12 = ("Chad, a country of about 18 million people, has long been seen as a key Western partner in the fight against "
       "Islamic extremists in the Sahel.")
H13 = ("Deby, 40, took power in 2021 after his father was killed fighting rebels and was elected president in May "
       "last year.")
H14 = ("His party won a large majority in legislative elections on Dec. 29 that were boycotted by the main "
       "opposition parties.")
H15 = "Deby did not appear in public on Thursday, but officials said he had not been hurt."

EN02 = {
    "id": "hm310-en-02", "lang": "en", "url": None, "published": "2025-01-09",
    "title": "Chad says 18 gunmen killed in attack on presidential complex in N'Djamena",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10], [H11, H12, H13, H14, H15]),
    "events": [
        event("ASSAULT", ATTACKERS, TCD_PRESIDENCY, H1, date="2025-01-08", location="N'Djamena",
              location_country="TCD"),
        event("ACCUSE", TCD_GOV, ATTACKERS, H1, mode="allege"),
        event("ASSAULT", TCD_FORCES, ATTACKERS, H2, location="N'Djamena", location_country="TCD"),
        event("CONSULT", WANG_YI, DEBY, H4, mode="visit", date="2025-01-08", location="N'Djamena",
              location_country="TCD"),
        event("ACCUSE", KOULAMALLAH, ATTACKERS, H6, mode="disapprove"),
        event("MOBILIZE", TCD_FORCES, None, H7, mode="weapons", location="N'Djamena", location_country="TCD"),
        event("COERCE", TCD_FORCES, None, H7, mode="restrict", location="N'Djamena", location_country="TCD"),
        event("COERCE", TCD_GOV, None, H8, mode="curfew", negated=True),
        event("ACCUSE", FAKI, ATTACKERS, H9, mode="disapprove"),
        event("REQUEST", TRANSFORMATEURS, TCD_GOV, H10),
        event("RETREAT", FRENCH_MIL, TCD_GOV, H11, mode="withdraw"),
        event("PROTEST", TCD_OPP, TCD_GOV, H14, mode="boycott", location_country="TCD"),
    ],
    "quotes": [
        quote("Security forces killed 18 of the assailants and wounded six, while one member of the security forces "
              "was killed", "Abderaman Koulamallah", "indirect"),
        quote("the 24 attackers had arrived at around 7:45 p.m. armed with guns, machetes and knives",
              "Abderaman Koulamallah", "indirect"),
        quote("The situation is totally under control", "Abderaman Koulamallah", "direct"),
        quote("amateurs", "Abderaman Koulamallah", "direct"),
        quote("probably drugged", "Abderaman Koulamallah", "direct"),
        quote("there was nothing to link them to the extremist group Boko Haram", "Abderaman Koulamallah",
              "indirect"),
        quote("Armored vehicles were deployed around the presidency overnight and soldiers set up checkpoints across "
              "the city", "residents of N'Djamena", "indirect"),
        quote("more questions than answers", "Les Transformateurs", "direct"),
        quote("the official account raised \"more questions than answers\" about security at the presidency",
              "Les Transformateurs", "indirect"),
        quote("he had not been hurt", "Chadian officials", "indirect"),
    ],
    "entities": [
        entity("N'Djamena", "LOC", "TCD", ["N'DJAMENA", "Chad's capital", "the capital", "the city"]),
        entity("Chad", "LOC", "TCD", ["Chad", "the country"]),
        entity("gunmen who attacked the presidential complex in N'Djamena", "ORG", "TCD",
               ["Gunmen", "the assailants", "the 24 attackers", "the attackers"]),
        entity("Presidential complex (N'Djamena)", "LOC", "TCD", ["the presidential complex", "the palace",
                                                                  "the complex", "the presidency"]),
        entity("Government of Chad", "ORG", "TCD", ["the government", "Authorities"]),
        entity("Chadian security forces", "ORG", "TCD", ["Security forces", "the security forces", "soldiers"]),
        entity("Abderaman Koulamallah", "PER", "TCD", ["government spokesman Abderaman Koulamallah", "Koulamallah"]),
        entity("Télé Tchad", "ORG", "TCD", ["state television"]),
        entity("Mahamat Idriss Déby", "PER", "TCD", ["President Mahamat Idriss Deby Itno", "Deby"]),
        entity("Wang Yi", "PER", "CHN", ["Chinese Foreign Minister Wang Yi"]),
        entity("Boko Haram", "ORG", "NGA", ["the extremist group Boko Haram"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["African Union Commission chairman Moussa Faki Mahamat"]),
        entity("African Union Commission", "ORG", "IGO", ["African Union Commission"]),
        entity("Les Transformateurs", "ORG", "TCD", ["The opposition party Les Transformateurs"]),
        entity("Succès Masra", "PER", "TCD", ["former Prime Minister Succes Masra"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("French Armed Forces", "ORG", "FRA", ["its remaining troops"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Sahel", "LOC", None, ["the Sahel"]),
        entity("Chadian opposition", "ORG", "TCD", ["the main opposition parties"]),
        entity("Patriotic Salvation Movement", "ORG", "TCD", ["His party"]),
        entity("Chadian officials", "ORG", "TCD", ["officials"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
