"""Round 310: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm316-de-01: Sudan: West Darfur governor Khamis Abakar abducted and killed in El Geneina hours after accusing the RSF and Arab militias of genocide on Al-Hadath; the army blames the RSF, the RSF condemns and denies, UNITAMS attributes the killing to Arab militias and the RSF, Faki demands an inquiry, Malik Agar condemns, WFP food for refugees in Adré, earlier U.S. sanctions on army and RSF-linked firms (2023-06-15).
- hm316-de-02: Tunisia: police arrest PDL leader Abir Moussi outside the presidential palace in Carthage; the party speaks of an abduction and blames Saied, 48-hour custody and coup-type charge per her lawyer Laribi, supporters rally in Tunis behind a police cordon, the LTDH condemns and Trifi demands her release, earlier Ghannouchi arrest (2023-10-04).
- hm316-de-03: Libya: at least 55 dead in Tripoli fighting between Brigade 444 and Radaa after Radaa detains commander Mahmoud Hamza at Mitiga airport; the Souq al-Juma social council and Dbeibah agree to hand Hamza to a neutral party, ceasefire, Dbeibah orders repairs in Ain Zara, Bathily praises and urges both forces, Norland concerned, the eastern government accuses Dbeibah (2023-08-16).
- hm316-de-04: Zimbabwe: opposition politician Job Sikhala freed after almost 600 days in pre-trial detention with a fine and suspended sentence for incitement, police out in force at the court; Sikhala accuses the government, the 2022 arrest and police accusation, bail refusals, Chamisa praises him after leaving the CCC and accuses ZANU-PF, Amnesty criticises and demands releases, Mutsvangwa warns (2024-01-31).
- hm316-en-01: Ukraine: Ramaphosa leads the African peace mission to Kyiv and meets Zelenskiy hours after a Russian missile barrage; Zelenskiy rejects talks while Russian troops stay and demands withdrawal, Ramaphosa urges de-escalation, Kuleba accuses Putin, Peskov denies, St Petersburg trip ahead, Polish border guards hold the South African security plane in Warsaw, Rhoode accuses Poland (2023-06-16).
- hm316-en-02: DR Congo: the first Kenyan troops of the East African regional force leave Goma after Kinshasa refuses to extend its mandate; the EAC announces the full pull-out, Muyaya accuses the force, SADC to deploy, Kanyuka accuses Kinshasa and warns, fighting near Kilolirwe, Haines's earlier meetings with Tshisekedi and Kagame, U.N. experts on Rwandan troops, Tshisekedi rejects talks with the M23 (2023-12-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm316-de-01 (Sudan, governor Khamis Abakar killed)
ABAKAR_GUNMEN = actor("gunmen who killed Khamis Abakar", "SDN", "REB")
ABAKAR = actor("Khamis Abakar", "SDN", "GOV")
RSF = actor("Rapid Support Forces", "SDN", "REB")
ARAB_MILITIAS = actor("Arab militias in West Darfur", "SDN", "REB")
AU = actor("African Union", "IGO", "IGO")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
UNITAMS = actor("United Nations Integrated Transition Assistance Mission in Sudan", "UNO", "IGO")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
SDN_AUTH = actor("Sudanese authorities", "SDN", "GOV")
AGAR = actor("Malik Agar", "SDN", "GOV")
WFP = actor("World Food Programme", "UNO", "IGO")
SDN_REFUGEES = actor("Sudanese refugees in Chad", "SDN", "CVL")
USA = actor("United States", "USA", "GOV")
DIS = actor("Defense Industries System", "SDN", "BUS")
AL_JUNAID = actor("Al Junaid", "SDN", "BUS")

A1 = ("Khartum (dpa) - Im Westen des Sudans ist der Gouverneur der Provinz West-Darfur, Khamis Abakar, verschleppt "
      "und getötet worden.")
A2 = ("Bewaffnete hätten Abakar am Mittwochabend aus seinem Amtssitz in der Provinzhauptstadt Al-Dschunaina geholt "
      "und wenig später erschossen, sagte ein Sprecher der Provinzregierung am Donnerstag.")
A3 = ("Nur Stunden zuvor hatte der Gouverneur in einem Interview mit dem saudischen Fernsehsender Al-Hadath der "
      "RSF-Miliz und verbündeten arabischen Milizen einen „Völkermord“ an der Volksgruppe der Masalit vorgeworfen.")
A4 = ("Zugleich hatte er die Afrikanische Union aufgefordert, in Al-Dschunaina zum Schutz der Zivilbevölkerung "
      "einzugreifen.")
A5 = "„Die Menschen werden abgeschlachtet, und niemand hilft uns“, sagte er dem Sender."
A6 = ("Die Armee machte in einer Erklärung die RSF für die Tat verantwortlich und sprach von einem „feigen und "
      "verräterischen Akt“.")
A7 = ("Die RSF unter General Mohamed Hamdan Daglo verurteilten die Tötung des Gouverneurs und wiesen jede "
      "Beteiligung zurück.")
A8 = "Es handle sich um einen Stammeskonflikt, mit dem die Miliz nichts zu tun habe, hieß es in einer Mitteilung."
A9 = "Die UN-Mission im Sudan (Unitams) verurteilte die Tat aufs Schärfste."
A10 = ("Überzeugende Augenzeugenberichte schrieben sie arabischen Milizen und der RSF zu, erklärte die Mission in "
       "Khartum.")
A11 = ("Der Vorsitzende der Kommission der Afrikanischen Union, Moussa Faki Mahamat, verlangte von den sudanesischen "
       "Behörden eine unabhängige Untersuchung der Tötung.")
A12 = "Der Vizechef des Souveränitätsrats, Malik Agar, nannte die Tötung ein „abscheuliches Verbrechen“."
A13 = ("Seit Mitte April kämpfen die Armee von Militärherrscher Abdel Fattah al-Burhan und die RSF um die Macht im "
       "Sudan.")
A14 = ("In Al-Dschunaina liefern sich RSF-Kämpfer und arabische Milizen seit Wochen Gefechte mit bewaffneten "
       "Gruppen der Masalit.")
A15 = ("Nach UN-Angaben sind seither mehr als 100.000 Menschen aus West-Darfur in den benachbarten Tschad "
       "geflohen.")
A16 = "Das Welternährungsprogramm (WFP) verteilt in Grenzorten wie Adré Lebensmittel an die Geflüchteten."
A17 = ("Die USA hatten Anfang Juni Sanktionen gegen die Rüstungsholding der Armee und eine Firma der Familie Daglo "
       "verhängt.")

DE01 = {
    "id": "hm316-de-01", "lang": "de", "url": None, "published": "2023-06-15",
    "title": "Gouverneur von West-Darfur verschleppt und getötet",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8], [A9, A10, A11, A12], [A13, A14, A15, A16, A17]),
    "events": [
        event("ASSAULT", ABAKAR_GUNMEN, ABAKAR, A1, mode="assassinate", location="West Darfur",
              location_country="SDN"),
        event("ASSAULT", ABAKAR_GUNMEN, ABAKAR, A2, mode="firearms", date="2023-06-14", location="El Geneina",
              location_country="SDN"),
        event("ACCUSE", ABAKAR, RSF, A3, mode="allege"),
        event("ACCUSE", ABAKAR, ARAB_MILITIAS, A3, mode="allege"),
        event("REQUEST", ABAKAR, AU, A4, mode="assist"),
        event("ACCUSE", SAF, RSF, A6, mode="allege"),
        event("ACCUSE", RSF, ABAKAR_GUNMEN, A7, mode="disapprove"),
        event("ACCUSE", UNITAMS, ABAKAR_GUNMEN, A9, mode="disapprove"),
        event("ACCUSE", UNITAMS, ARAB_MILITIAS, A10, mode="allege"),
        event("ACCUSE", UNITAMS, RSF, A10, mode="allege"),
        event("REQUEST", FAKI, SDN_AUTH, A11),
        event("ACCUSE", AGAR, ABAKAR_GUNMEN, A12, mode="disapprove"),
        event("AID", WFP, SDN_REFUGEES, A16, location="Adré", location_country="TCD"),
        event("SANCTION", USA, DIS, A17),
        event("SANCTION", USA, AL_JUNAID, A17),
    ],
    "quotes": [
        quote("Bewaffnete hätten Abakar am Mittwochabend aus seinem Amtssitz in der Provinzhauptstadt Al-Dschunaina "
              "geholt und wenig später erschossen", "spokesman of the West Darfur government", "indirect"),
        quote("Völkermord", "Khamis Abakar", "direct"),
        quote("Die Menschen werden abgeschlachtet, und niemand hilft uns", "Khamis Abakar", "direct"),
        quote("feigen und verräterischen Akt", "Sudanese Armed Forces", "direct"),
        quote("Es handle sich um einen Stammeskonflikt, mit dem die Miliz nichts zu tun habe", "Rapid Support Forces",
              "indirect"),
        quote("Überzeugende Augenzeugenberichte schrieben sie arabischen Milizen und der RSF zu",
              "United Nations Integrated Transition Assistance Mission in Sudan", "indirect"),
        quote("abscheuliches Verbrechen", "Malik Agar", "direct"),
        quote("sind seither mehr als 100.000 Menschen aus West-Darfur in den benachbarten Tschad geflohen",
              "United Nations", "indirect"),
    ],
    "entities": [
        entity("Khartoum", "LOC", "SDN", ["Khartum"]),
        entity("Sudan", "LOC", "SDN", ["des Sudans", "im Sudan"]),
        entity("West Darfur", "LOC", "SDN", ["der Provinz West-Darfur", "West-Darfur"]),
        entity("Khamis Abakar", "PER", "SDN", ["der Gouverneur der Provinz West-Darfur, Khamis Abakar", "Abakar",
                                               "der Gouverneur", "des Gouverneurs"]),
        entity("gunmen who killed Khamis Abakar", "PER", "SDN", ["Bewaffnete"]),
        entity("El Geneina", "LOC", "SDN", ["der Provinzhauptstadt Al-Dschunaina", "Al-Dschunaina"]),
        entity("spokesman of the West Darfur government", "PER", "SDN", ["ein Sprecher der Provinzregierung"]),
        entity("Government of West Darfur", "ORG", "SDN", ["der Provinzregierung"]),
        entity("Al-Hadath", "ORG", "SAU", ["dem saudischen Fernsehsender Al-Hadath", "dem Sender"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["der RSF-Miliz", "RSF", "die Miliz", "RSF-Kämpfer"]),
        entity("Arab militias in West Darfur", "ORG", "SDN", ["verbündeten arabischen Milizen", "arabischen Milizen",
                                                               "arabische Milizen"]),
        entity("Masalit armed groups", "ORG", "SDN", ["bewaffneten Gruppen der Masalit"]),
        entity("African Union", "ORG", "IGO", ["die Afrikanische Union", "der Afrikanischen Union"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["Die Armee", "die Armee von Militärherrscher Abdel Fattah "
                                                       "al-Burhan", "der Armee"]),
        entity("Mohamed Hamdan Daglo", "PER", "SDN", ["General Mohamed Hamdan Daglo"]),
        entity("United Nations Integrated Transition Assistance Mission in Sudan", "ORG", "UNO",
               ["Die UN-Mission im Sudan (Unitams)", "die Mission"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["Der Vorsitzende der Kommission der Afrikanischen Union, "
                                                     "Moussa Faki Mahamat"]),
        entity("African Union Commission", "ORG", "IGO", ["der Kommission der Afrikanischen Union"]),
        entity("Sudanese authorities", "ORG", "SDN", ["den sudanesischen Behörden"]),
        entity("Malik Agar", "PER", "SDN", ["Der Vizechef des Souveränitätsrats, Malik Agar"]),
        entity("Transitional Sovereignty Council", "ORG", "SDN", ["des Souveränitätsrats"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Militärherrscher Abdel Fattah al-Burhan"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Chad", "LOC", "TCD", ["den benachbarten Tschad"]),
        entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm (WFP)"]),
        entity("Adré", "LOC", "TCD", ["Adré"]),
        entity("Sudanese refugees in Chad", "PER", "SDN", ["die Geflüchteten"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("Defense Industries System", "ORG", "SDN", ["die Rüstungsholding der Armee"]),
        entity("Al Junaid", "ORG", "SDN", ["eine Firma der Familie Daglo"]),
    ],
}

# ---------------------------------------------------------------- hm316-de-02 (Tunisia, Abir Moussi arrested)
TUN_POLICE = actor("Tunisian police", "TUN", "COP")
MOUSSI = actor("Abir Moussi", "TUN", "OPP")
PDL = actor("Free Destourian Party", "TUN", "OPP")
SAIED = actor("Kais Saied", "TUN", "GOV")
TUN_PROSECUTION = actor("Tunisian public prosecutor's office", "TUN", "JUD")
PDL_SUPPORTERS = actor("supporters of the Free Destourian Party", "TUN", "OPP")
TUN_AUTH = actor("Tunisian authorities", "TUN", "GOV")
LTDH = actor("Tunisian League for Human Rights", "TUN", "NGO")
TRIFI = actor("Bassem Trifi", "TUN", "NGO")
GHANNOUCHI = actor("Rached Ghannouchi", "TUN", "OPP")
TUN_DETAINEES = actor("detained Tunisian opposition figures", "TUN", "OPP")

B1 = ("Tunis (AFP) - Die tunesische Polizei hat die prominente Oppositionspolitikerin Abir Moussi vor dem "
      "Präsidentenpalast in Karthago festgenommen.")
B2 = ("Die Vorsitzende der Freien Destur-Partei (PDL) habe am Dienstag Einsprüche gegen Dekrete von Präsident Kais "
      "Saied zu den Kommunalwahlen einreichen wollen, teilte ihre Partei mit.")
B3 = ("Beamte hätten ihr den Zugang zur Poststelle des Palastes verweigert und sie nach stundenlangem Warten in ein "
      "Polizeifahrzeug gezerrt, hieß es weiter.")
B4 = "Die PDL sprach von einer „Entführung“ und machte Saied persönlich dafür verantwortlich."
B5 = ("Die Staatsanwaltschaft habe 48 Stunden Polizeigewahrsam angeordnet, sagte Moussis Anwalt Nafaa Laribi am "
      "Mittwoch.")
B6 = "Ihr werde unter anderem ein „Anschlag mit dem Ziel, die Staatsform zu ändern“ vorgeworfen."
B7 = "„Abir Moussi hat nichts anderes getan, als ihr Recht als Bürgerin wahrzunehmen“, sagte der Anwalt."
B8 = "Das Innenministerium äußerte sich zunächst nicht."
B9 = ("Mehrere Hundert Anhänger der PDL versammelten sich am Mittwoch vor dem Parteisitz in Tunis und forderten "
      "die Freilassung ihrer Vorsitzenden.")
B10 = "Die Polizei riegelte die Straße mit einem Großaufgebot ab."
B11 = "Die Tunesische Liga für Menschenrechte (LTDH) verurteilte die Festnahme."
B12 = "Ihr Präsident Bassem Trifi sagte, Moussi müsse unverzüglich freigelassen werden."
B13 = ("Die 48-Jährige gilt als eine der schärfsten Kritikerinnen Saieds, aber auch der islamistischen "
       "Ennahda-Partei.")
B14 = ("Sie wirft dem Präsidenten vor, seit der Entmachtung des Parlaments im Juli 2021 einen Ein-Mann-Staat "
       "errichtet zu haben.")
B15 = "Im April war bereits Ennahda-Chef Rached Ghannouchi festgenommen worden."
B16 = "Saied bezeichnet inhaftierte Oppositionelle als „Verräter“ und „Terroristen“."
B17 = "Die Kommunalwahlen sind für den 24. Dezember angesetzt."

DE02 = {
    "id": "hm316-de-02", "lang": "de", "url": None, "published": "2023-10-04",
    "title": "Tunesische Oppositionsführerin Abir Moussi vor Präsidentenpalast festgenommen",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12], [B13, B14, B15, B16, B17]),
    "events": [
        event("COERCE", TUN_POLICE, MOUSSI, B1, mode="arrest", location="Carthage", location_country="TUN"),
        event("ACCUSE", PDL, TUN_POLICE, B3, mode="allege"),
        event("ACCUSE", PDL, SAIED, B4, mode="allege"),
        event("COERCE", TUN_PROSECUTION, MOUSSI, B5, mode="arrest"),
        event("ACCUSE", TUN_PROSECUTION, MOUSSI, B6, mode="allege"),
        event("PROTEST", PDL_SUPPORTERS, TUN_AUTH, B9, mode="demo", date="2023-10-04", location="Tunis",
              location_country="TUN"),
        event("COERCE", TUN_POLICE, PDL_SUPPORTERS, B10, mode="restrict", location="Tunis", location_country="TUN"),
        event("ACCUSE", LTDH, TUN_AUTH, B11, mode="disapprove"),
        event("REQUEST", TRIFI, TUN_AUTH, B12, mode="yield"),
        event("ACCUSE", MOUSSI, SAIED, B14, mode="disapprove"),
        event("COERCE", TUN_AUTH, GHANNOUCHI, B15, mode="arrest"),
        event("ACCUSE", SAIED, TUN_DETAINEES, B16, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Vorsitzende der Freien Destur-Partei (PDL) habe am Dienstag Einsprüche gegen Dekrete von Präsident "
              "Kais Saied zu den Kommunalwahlen einreichen wollen", "Free Destourian Party", "indirect"),
        quote("Beamte hätten ihr den Zugang zur Poststelle des Palastes verweigert und sie nach stundenlangem Warten in "
              "ein Polizeifahrzeug gezerrt", "Free Destourian Party", "indirect"),
        quote("Entführung", "Free Destourian Party", "direct"),
        quote("Die Staatsanwaltschaft habe 48 Stunden Polizeigewahrsam angeordnet", "Nafaa Laribi", "indirect"),
        quote("Ihr werde unter anderem ein „Anschlag mit dem Ziel, die Staatsform zu ändern“ vorgeworfen",
              "Nafaa Laribi", "indirect"),
        quote("Anschlag mit dem Ziel, die Staatsform zu ändern", "Nafaa Laribi", "direct"),
        quote("Abir Moussi hat nichts anderes getan, als ihr Recht als Bürgerin wahrzunehmen", "Nafaa Laribi",
              "direct"),
        quote("Moussi müsse unverzüglich freigelassen werden", "Bassem Trifi", "indirect"),
        quote("seit der Entmachtung des Parlaments im Juli 2021 einen Ein-Mann-Staat errichtet zu haben",
              "Abir Moussi", "indirect"),
        quote("Verräter", "Kais Saied", "direct"),
        quote("Terroristen", "Kais Saied", "direct"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunisian police", "ORG", "TUN", ["Die tunesische Polizei", "Die Polizei"]),
        entity("Abir Moussi", "PER", "TUN", ["die prominente Oppositionspolitikerin Abir Moussi",
                                             "Die Vorsitzende der Freien Destur-Partei (PDL)", "Moussis", "Abir Moussi",
                                             "Moussi", "ihrer Vorsitzenden", "Die 48-Jährige"]),
        entity("Carthage Palace", "LOC", "TUN", ["dem Präsidentenpalast in Karthago", "des Palastes"]),
        entity("Carthage", "LOC", "TUN", ["Karthago"]),
        entity("Free Destourian Party", "ORG", "TUN", ["Freien Destur-Partei (PDL)", "ihre Partei", "Die PDL",
                                                       "der PDL"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied", "Saied", "Saieds", "dem Präsidenten"]),
        entity("Tunisian public prosecutor's office", "ORG", "TUN", ["Die Staatsanwaltschaft"]),
        entity("Nafaa Laribi", "PER", "TUN", ["Moussis Anwalt Nafaa Laribi", "der Anwalt"]),
        entity("Ministry of the Interior of Tunisia", "ORG", "TUN", ["Das Innenministerium"]),
        entity("supporters of the Free Destourian Party", "ORG", "TUN", ["Mehrere Hundert Anhänger der PDL"]),
        entity("Free Destourian Party headquarters", "LOC", "TUN", ["dem Parteisitz in Tunis"]),
        entity("Tunisian League for Human Rights", "ORG", "TUN", ["Die Tunesische Liga für Menschenrechte (LTDH)"]),
        entity("Bassem Trifi", "PER", "TUN", ["Ihr Präsident Bassem Trifi"]),
        entity("Ennahda", "ORG", "TUN", ["der islamistischen Ennahda-Partei", "Ennahda"]),
        entity("Assembly of the Representatives of the People", "ORG", "TUN", ["des Parlaments"]),
        entity("Rached Ghannouchi", "PER", "TUN", ["Ennahda-Chef Rached Ghannouchi"]),
        entity("detained Tunisian opposition figures", "PER", "TUN", ["inhaftierte Oppositionelle"]),
    ],
}

# ---------------------------------------------------------------- hm316-de-03 (Libya, Tripoli clashes after Hamza's detention)
BRIGADE_444 = actor("444 Brigade", "LBY", "MIL")
RADAA = actor("Special Deterrence Force", "LBY", "MIL")
HAMZA = actor("Mahmoud Hamza", "LBY", "MIL")
SOUQ_COUNCIL = actor("Social Council of Souq al-Juma", "LBY", "CVL")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
AIN_ZARA_RESIDENTS = actor("residents of Ain Zara", "LBY", "CVL")
BATHILY = actor("Abdoulaye Bathily", "UNO", "IGO")
EAST_GOV = actor("Government of National Stability", "LBY", "GOV")

C1 = ("Tripolis (Reuters) - Bei den schwersten Kämpfen in der libyschen Hauptstadt seit mehr als einem Jahr sind "
      "mindestens 55 Menschen getötet worden.")
C2 = "146 weitere seien verletzt worden, teilte das Zentrum für Notfallmedizin am Mittwoch mit."
C3 = ("Die Gefechte zwischen der Brigade 444 und der Miliz Radaa waren am Montagabend ausgebrochen, nachdem "
      "Radaa-Kämpfer den Kommandeur der Brigade, Mahmud Hamsa, auf dem Flughafen Mitiga festgesetzt hatten.")
C4 = ("Der Flugverkehr in Mitiga wurde eingestellt, Maschinen wurden in das 200 Kilometer entfernte Misrata "
      "umgeleitet.")
C5 = ("Am Dienstagabend einigten sich Vertreter des Sozialrats des Viertels Sug al-Dschuma nach Gesprächen mit "
      "Ministerpräsident Abdul Hamid Dbeibah darauf, Hamsa einer „neutralen Partei“ zu übergeben.")
C6 = "Seitdem halten sich beide Einheiten an eine Waffenruhe."
C7 = ("Der 444-Kommandeur sei inzwischen an den Stabilitäts-Unterstützungsapparat übergeben worden, teilte der Rat "
      "am Mittwoch mit.")
C8 = ("Dbeibah besuchte am Mittwoch das besonders betroffene Viertel Ain Sara und ordnete an, die Schäden an "
      "Wohnhäusern auf Staatskosten zu beheben.")
C9 = "Die Verantwortlichen würden zur Rechenschaft gezogen, sagte er."
C10 = "Der UN-Sondergesandte Abdoulaye Bathily lobte die Vermittlung des Sozialrats."
C11 = "Er forderte die Brigade 444 und Radaa auf, ihre Streitigkeiten künftig ohne Waffen beizulegen."
C12 = ("Die Sicherheit der Bewohner dürfe nicht länger den Interessen bewaffneter Gruppen geopfert werden, erklärte "
       "Bathily.")
C13 = "Der US-Sondergesandte Richard Norland zeigte sich „zutiefst besorgt“ über die Gewalt in Wohngebieten."
C14 = ("Die mit Dbeibah rivalisierende Regierung im Osten des Landes warf ihm vor, die Hauptstadt den Milizen "
       "überlassen zu haben.")
C15 = ("Beide Einheiten sind formal der Regierung in Tripolis unterstellt und gehören zu den mächtigsten bewaffneten "
       "Gruppen im Westen Libyens.")
C16 = ("Das Land ist seit dem Sturz von Machthaber Muammar al-Gaddafi 2011 zwischen rivalisierenden Regierungen und "
       "Milizen gespalten.")
C17 = "Im Osten herrscht de facto General Chalifa Haftar."

DE03 = {
    "id": "hm316-de-03", "lang": "de", "url": None, "published": "2023-08-16",
    "title": "Mindestens 55 Tote bei Milizenkämpfen in Tripolis",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11, C12, C13], [C14, C15, C16, C17]),
    "events": [
        event("ASSAULT", BRIGADE_444, RADAA, C3, date="2023-08-14", location="Tripoli", location_country="LBY"),
        event("COERCE", RADAA, HAMZA, C3, mode="arrest", date="2023-08-14", location="Mitiga International Airport",
              location_country="LBY"),
        event("CONSULT", SOUQ_COUNCIL, DBEIBAH, C5, date="2023-08-15"),
        event("AGREE", SOUQ_COUNCIL, DBEIBAH, C5, date="2023-08-15"),
        event("RETREAT", BRIGADE_444, RADAA, C6, mode="ceasefire"),
        event("RETREAT", RADAA, HAMZA, C7, mode="release"),
        event("AID", DBEIBAH, AIN_ZARA_RESIDENTS, C8, date="2023-08-16", location="Ain Zara",
              location_country="LBY"),
        event("SUPPORT", BATHILY, SOUQ_COUNCIL, C10),
        event("REQUEST", BATHILY, BRIGADE_444, C11),
        event("REQUEST", BATHILY, RADAA, C11),
        event("ACCUSE", EAST_GOV, DBEIBAH, C14, mode="disapprove"),
    ],
    "quotes": [
        quote("146 weitere seien verletzt worden", "Emergency Medicine Centre", "indirect"),
        quote("neutralen Partei", "Social Council of Souq al-Juma", "direct"),
        quote("Der 444-Kommandeur sei inzwischen an den Stabilitäts-Unterstützungsapparat übergeben worden",
              "Social Council of Souq al-Juma", "indirect"),
        quote("Die Verantwortlichen würden zur Rechenschaft gezogen", "Abdul Hamid Dbeibah", "indirect"),
        quote("Die Sicherheit der Bewohner dürfe nicht länger den Interessen bewaffneter Gruppen geopfert werden",
              "Abdoulaye Bathily", "indirect"),
        quote("zutiefst besorgt", "Richard Norland", "direct"),
        quote("die Hauptstadt den Milizen überlassen zu haben", "Government of National Stability", "indirect"),
    ],
    "entities": [
        entity("Tripoli", "LOC", "LBY", ["Tripolis", "der libyschen Hauptstadt", "die Hauptstadt"]),
        entity("Emergency Medicine Centre", "ORG", "LBY", ["das Zentrum für Notfallmedizin"]),
        entity("444 Brigade", "ORG", "LBY", ["der Brigade 444", "der Brigade", "die Brigade 444"]),
        entity("Special Deterrence Force", "ORG", "LBY", ["der Miliz Radaa", "Radaa-Kämpfer", "Radaa"]),
        entity("Mahmoud Hamza", "PER", "LBY", ["den Kommandeur der Brigade, Mahmud Hamsa", "Hamsa",
                                               "Der 444-Kommandeur"]),
        entity("Mitiga International Airport", "LOC", "LBY", ["dem Flughafen Mitiga", "Mitiga"]),
        entity("Misrata", "LOC", "LBY", ["das 200 Kilometer entfernte Misrata"]),
        entity("Social Council of Souq al-Juma", "ORG", "LBY", ["Vertreter des Sozialrats des Viertels Sug al-Dschuma",
                                                                "der Rat", "des Sozialrats"]),
        entity("Souq al-Juma", "LOC", "LBY", ["des Viertels Sug al-Dschuma"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Ministerpräsident Abdul Hamid Dbeibah", "Dbeibah"]),
        entity("Stability Support Apparatus", "ORG", "LBY", ["den Stabilitäts-Unterstützungsapparat"]),
        entity("Ain Zara", "LOC", "LBY", ["das besonders betroffene Viertel Ain Sara"]),
        entity("Abdoulaye Bathily", "PER", "UNO", ["Der UN-Sondergesandte Abdoulaye Bathily", "Bathily"]),
        entity("Richard Norland", "PER", "USA", ["Der US-Sondergesandte Richard Norland"]),
        entity("Government of National Stability", "ORG", "LBY", ["Die mit Dbeibah rivalisierende Regierung im Osten "
                                                                  "des Landes"]),
        entity("Government of National Unity", "ORG", "LBY", ["der Regierung in Tripolis"]),
        entity("Libya", "LOC", "LBY", ["Libyens", "Das Land", "des Landes"]),
        entity("Muammar al-Gaddafi", "PER", "LBY", ["Machthaber Muammar al-Gaddafi"]),
        entity("Khalifa Haftar", "PER", "LBY", ["General Chalifa Haftar"]),
    ],
}

# ---------------------------------------------------------------- hm316-de-04 (Zimbabwe, Job Sikhala freed)
SIKHALA = actor("Job Sikhala", "ZWE", "OPP")
ZWE_AUTH = actor("Zimbabwean authorities", "ZWE", "GOV")
HARARE_COURT = actor("Harare Magistrates Court", "ZWE", "JUD")
ZWE_GOV = actor("Government of Zimbabwe", "ZWE", "GOV")
ZWE_POLICE = actor("Zimbabwe Republic Police", "ZWE", "COP")
ZWE_COURTS = actor("Zimbabwean courts", "ZWE", "JUD")
CHAMISA = actor("Nelson Chamisa", "ZWE", "OPP")
CCC = actor("Citizens Coalition for Change", "ZWE", "OPP")
ZANU_PF = actor("ZANU-PF", "ZWE", "PTY")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
MUTSVANGWA = actor("Chris Mutsvangwa", "ZWE", "PTY")

D1 = ("Harare (dpa) - Nach fast 600 Tagen in Untersuchungshaft ist der simbabwische Oppositionspolitiker Job "
      "Sikhala wieder auf freiem Fuß.")
D2 = ("Ein Gericht in Harare sprach den früheren Abgeordneten am Dienstag der Anstiftung zu öffentlicher Gewalt "
      "schuldig, verhängte aber lediglich eine Geldstrafe und eine Bewährungsstrafe.")
D2A = "Die Polizei hatte rund um das Gerichtsgebäude im Stadtzentrum ein Großaufgebot zusammengezogen."
D3 = ("Vor dem Hochsicherheitsgefängnis Chikurubi am Stadtrand empfingen ihn am Abend Dutzende Anhänger mit "
      "Gesängen.")
D4 = "„Ich bin nicht gebrochen, ich bin stärker als je zuvor“, rief der Politiker ihnen zu."
D5 = ("Sikhala warf der Regierung von Präsident Emmerson Mnangagwa vor, ihn als politische Geisel gehalten zu haben, "
      "um die Opposition einzuschüchtern.")
D6 = ("Der Anwalt war im Juni 2022 festgenommen worden, nachdem er die Familie der ermordeten Oppositionsaktivistin "
      "Moreblessing Ali vertreten hatte.")
D7 = ("Die Polizei warf ihm vor, Anhänger in der Siedlung Nyatsime südlich von Harare zu gewalttätigen "
      "Ausschreitungen angestachelt zu haben.")
D8 = "Mehr als ein Dutzend Anträge auf Freilassung gegen Kaution lehnten die Gerichte ab."
D9 = ("Oppositionsführer Nelson Chamisa begrüßte die Freilassung und nannte Sikhala einen „Helden der "
      "Demokratie“.")
D10 = "Chamisa hatte vergangene Woche die von ihm gegründete Bürgerkoalition für Wandel (CCC) verlassen."
D11 = ("Er warf der Regierungspartei Zanu-PF vor, die Partei mit Hilfe des selbst ernannten Generalsekretärs "
       "Sengezo Tshabangu gekapert zu haben.")
D12 = "Amnesty International erklärte, Sikhalas Haft sei von Anfang an ein Unrecht gewesen."
D13 = ("Die Organisation forderte die Behörden auf, alle weiteren aus politischen Gründen inhaftierten "
       "Oppositionellen freizulassen.")
D14 = ("Zanu-PF-Sprecher Chris Mutsvangwa sagte, Sikhala solle seine Freiheit nicht für neue Unruhen nutzen, sonst "
       "werde er schnell wieder hinter Gittern landen.")
D15 = "Mnangagwa war im August 2023 für eine zweite und letzte Amtszeit gewählt worden."
D16 = "Sikhala kündigte an, er werde sich weiter für einen demokratischen Wandel einsetzen."

DE04 = {
    "id": "hm316-de-04", "lang": "de", "url": None, "published": "2024-01-31",
    "title": "Simbabwischer Oppositionspolitiker Sikhala nach fast 600 Tagen frei",
    "text": paragraphs([D1, D2, D2A], [D3, D4, D5], [D6, D7, D8], [D9, D10, D11], [D12, D13, D14, D15, D16]),
    "events": [
        event("RETREAT", ZWE_AUTH, SIKHALA, D1, mode="release"),
        event("SANCTION", HARARE_COURT, SIKHALA, D2, mode="convict", date="2024-01-30", location="Harare",
              location_country="ZWE"),
        event("MOBILIZE", ZWE_POLICE, None, D2A, mode="police", location="Harare", location_country="ZWE"),
        event("ACCUSE", SIKHALA, ZWE_GOV, D5, mode="allege"),
        event("COERCE", ZWE_POLICE, SIKHALA, D6, mode="arrest"),
        event("ACCUSE", ZWE_POLICE, SIKHALA, D7, mode="allege"),
        event("REJECT", ZWE_COURTS, SIKHALA, D8, mode="yield"),
        event("SUPPORT", CHAMISA, SIKHALA, D9),
        event("RETREAT", CHAMISA, CCC, D10, mode="resign"),
        event("ACCUSE", CHAMISA, ZANU_PF, D11, mode="allege"),
        event("ACCUSE", AMNESTY, ZWE_AUTH, D12, mode="disapprove"),
        event("REQUEST", AMNESTY, ZWE_AUTH, D13, mode="yield"),
        event("THREATEN", MUTSVANGWA, SIKHALA, D14, mode="arrest"),
    ],
    "quotes": [
        quote("Ich bin nicht gebrochen, ich bin stärker als je zuvor", "Job Sikhala", "direct"),
        quote("ihn als politische Geisel gehalten zu haben, um die Opposition einzuschüchtern", "Job Sikhala",
              "indirect"),
        quote("Anhänger in der Siedlung Nyatsime südlich von Harare zu gewalttätigen Ausschreitungen angestachelt zu "
              "haben", "Zimbabwe Republic Police", "indirect"),
        quote("Helden der Demokratie", "Nelson Chamisa", "direct"),
        quote("die Partei mit Hilfe des selbst ernannten Generalsekretärs Sengezo Tshabangu gekapert zu haben",
              "Nelson Chamisa", "indirect"),
        quote("Sikhalas Haft sei von Anfang an ein Unrecht gewesen", "Amnesty International", "indirect"),
        quote("Sikhala solle seine Freiheit nicht für neue Unruhen nutzen, sonst werde er schnell wieder hinter "
              "Gittern landen", "Chris Mutsvangwa", "indirect"),
        quote("er werde sich weiter für einen demokratischen Wandel einsetzen", "Job Sikhala", "indirect"),
    ],
    "entities": [
        entity("Harare", "LOC", "ZWE", ["Harare"]),
        entity("Job Sikhala", "PER", "ZWE", ["der simbabwische Oppositionspolitiker Job Sikhala", "Sikhala",
                                             "den früheren Abgeordneten", "der Politiker", "Der Anwalt", "Sikhalas"]),
        entity("Harare Magistrates Court", "ORG", "ZWE", ["Ein Gericht in Harare", "das Gerichtsgebäude"]),
        entity("Chikurubi Maximum Security Prison", "LOC", "ZWE", ["dem Hochsicherheitsgefängnis Chikurubi"]),
        entity("supporters of Job Sikhala", "ORG", "ZWE", ["Dutzende Anhänger"]),
        entity("Government of Zimbabwe", "ORG", "ZWE", ["der Regierung von Präsident Emmerson Mnangagwa"]),
        entity("Emmerson Mnangagwa", "PER", "ZWE", ["Präsident Emmerson Mnangagwa", "Mnangagwa"]),
        entity("Moreblessing Ali", "PER", "ZWE", ["der ermordeten Oppositionsaktivistin Moreblessing Ali"]),
        entity("Zimbabwe Republic Police", "ORG", "ZWE", ["Die Polizei"]),
        entity("Nyatsime", "LOC", "ZWE", ["der Siedlung Nyatsime"]),
        entity("Zimbabwean courts", "ORG", "ZWE", ["die Gerichte"]),
        entity("Nelson Chamisa", "PER", "ZWE", ["Oppositionsführer Nelson Chamisa", "Chamisa"]),
        entity("Citizens Coalition for Change", "ORG", "ZWE", ["die von ihm gegründete Bürgerkoalition für Wandel "
                                                               "(CCC)", "die Partei"]),
        entity("ZANU-PF", "ORG", "ZWE", ["der Regierungspartei Zanu-PF", "Zanu-PF"]),
        entity("Sengezo Tshabangu", "PER", "ZWE", ["des selbst ernannten Generalsekretärs Sengezo Tshabangu"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "Die Organisation"]),
        entity("Zimbabwean authorities", "ORG", "ZWE", ["die Behörden"]),
        entity("Chris Mutsvangwa", "PER", "ZWE", ["Zanu-PF-Sprecher Chris Mutsvangwa"]),
    ],
}

# ---------------------------------------------------------------- hm316-en-01 (Ukraine, African peace mission in Kyiv)
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
KULEBA = actor("Dmytro Kuleba", "UKR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
POL_BORDER_GUARD = actor("Polish Border Guard", "POL", "COP")
ZAF_SECURITY = actor("South African presidential security team", "ZAF", "COP")
RHOODE = actor("Wally Rhoode", "ZAF", "COP")
POL_AUTH = actor("Polish authorities", "POL", "GOV")

E1 = ("KYIV, June 16 (Reuters) - South African President Cyril Ramaphosa led a delegation of African leaders to Kyiv "
      "on Friday on a peace mission, meeting Ukrainian President Volodymyr Zelenskiy hours after Russia fired a "
      "barrage of missiles at the capital.")
E2 = ("The delegation included Senegal's President Macky Sall, Zambia's President Hakainde Hichilema, Comoros "
      "President Azali Assoumani, the current chair of the African Union, and Egyptian Prime Minister Mostafa "
      "Madbouly.")
E3 = ("Air raid sirens sounded as the leaders visited Bucha, the town near Kyiv where Russian troops were accused of "
      "killing hundreds of civilians last year.")
E4 = ('After the talks, Zelenskiy said that negotiations with Moscow while Russian troops remained on Ukrainian land '
      'would only "freeze the war" and allow Russia to regroup.')
E5 = ('"We need a real peace and therefore a real withdrawal of Russian troops from our entire land," he told a '
      'joint news conference.')
E6 = ('Ramaphosa said the war had to be settled "through negotiations and through diplomatic means" and urged both '
      'Ukraine and Russia to de-escalate.')
E7 = ("The African proposals also include the exchange of prisoners of war and the return of Ukrainian children "
      "taken to Russia, he said.")
E8 = ("Ukrainian Foreign Minister Dmytro Kuleba accused Moscow of using the strikes to send a message to "
      "Africa.")
E9 = ('"Putin builds confidence by launching the largest missile attack on Kyiv in weeks, exactly amid the visit of '
      'African leaders to our capital," Kuleba wrote on Twitter.')
E10 = "Kremlin spokesman Dmitry Peskov said the strikes had nothing to do with the visit."
E11 = "Ramaphosa is due to lead the delegation to St Petersburg on Saturday for talks with President Vladimir Putin."
E12 = ("The trip was overshadowed by a row with Poland, where border guards held a plane carrying about 120 South "
       "African security officers and journalists at Warsaw's Chopin airport for more than 24 hours.")
E13 = ("The Polish Border Guard said the team had arrived with weapons for which it had no permits.")
E14 = ("Ramaphosa's head of security, Major General Wally Rhoode, accused the Polish authorities of endangering the "
       "president's life.")
E15 = ("South Africa has refused to condemn Russia's invasion and says it is neutral in the conflict, a stance that "
       "has drawn criticism from Western governments.")

EN01 = {
    "id": "hm316-en-01", "lang": "en", "url": None, "published": "2023-06-16",
    "title": "African leaders meet Zelenskiy in Kyiv as Russian missiles target capital",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("CONSULT", RAMAPHOSA, ZELENSKY, E1, mode="visit", date="2023-06-16", location="Kyiv",
              location_country="UKR"),
        event("ASSAULT", RUSSIA, UKRAINE, E1, date="2023-06-16", location="Kyiv", location_country="UKR"),
        event("REJECT", ZELENSKY, RUSSIA, E4, mode="meet"),
        event("REQUEST", ZELENSKY, RUSSIA, E5, mode="yield"),
        event("REQUEST", RAMAPHOSA, UKRAINE, E6, mode="yield"),
        event("REQUEST", RAMAPHOSA, RUSSIA, E6, mode="yield"),
        event("ACCUSE", KULEBA, RUSSIA, E8, mode="disapprove"),
        event("ACCUSE", KULEBA, PUTIN, E9, mode="disapprove"),
        event("AGREE", RAMAPHOSA, PUTIN, E11),
        event("COERCE", POL_BORDER_GUARD, ZAF_SECURITY, E12, mode="restrict", location="Warsaw",
              location_country="POL"),
        event("ACCUSE", POL_BORDER_GUARD, ZAF_SECURITY, E13, mode="allege"),
        event("ACCUSE", RHOODE, POL_AUTH, E14, mode="disapprove"),
    ],
    "quotes": [
        quote('negotiations with Moscow while Russian troops remained on Ukrainian land would only "freeze the war" '
              'and allow Russia to regroup', "Volodymyr Zelensky", "indirect"),
        quote("freeze the war", "Volodymyr Zelensky", "direct"),
        quote("We need a real peace and therefore a real withdrawal of Russian troops from our entire land",
              "Volodymyr Zelensky", "direct"),
        quote('the war had to be settled "through negotiations and through diplomatic means"', "Cyril Ramaphosa",
              "indirect"),
        quote("through negotiations and through diplomatic means", "Cyril Ramaphosa", "direct"),
        quote("The African proposals also include the exchange of prisoners of war and the return of Ukrainian "
              "children taken to Russia", "Cyril Ramaphosa", "indirect"),
        quote("Putin builds confidence by launching the largest missile attack on Kyiv in weeks, exactly amid the "
              "visit of African leaders to our capital", "Dmytro Kuleba", "direct"),
        quote("the strikes had nothing to do with the visit", "Dmitry Peskov", "indirect"),
        quote("the team had arrived with weapons for which it had no permits", "Polish Border Guard", "indirect"),
        quote("it is neutral in the conflict", "Government of South Africa", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["KYIV", "Kyiv", "the capital", "our capital"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["South African President Cyril Ramaphosa", "Ramaphosa",
                                                 "the president"]),
        entity("African peace mission", "ORG", None, ["a delegation of African leaders", "The delegation",
                                                      "the leaders", "the delegation"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Ukrainian President Volodymyr Zelenskiy", "Zelenskiy"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Macky Sall", "PER", "SEN", ["Senegal's President Macky Sall"]),
        entity("Hakainde Hichilema", "PER", "ZMB", ["Zambia's President Hakainde Hichilema"]),
        entity("Azali Assoumani", "PER", "COM", ["Comoros President Azali Assoumani"]),
        entity("African Union", "ORG", "IGO", ["the African Union"]),
        entity("Mostafa Madbouly", "PER", "EGY", ["Egyptian Prime Minister Mostafa Madbouly"]),
        entity("Bucha", "LOC", "UKR", ["Bucha", "the town near Kyiv"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["Russian troops"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Dmytro Kuleba", "PER", "UKR", ["Ukrainian Foreign Minister Dmytro Kuleba", "Kuleba"]),
        entity("Africa", "LOC", None, ["Africa"]),
        entity("Vladimir Putin", "PER", "RUS", ["Putin", "President Vladimir Putin"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("St Petersburg", "LOC", "RUS", ["St Petersburg"]),
        entity("Poland", "LOC", "POL", ["Poland"]),
        entity("Polish Border Guard", "ORG", "POL", ["border guards", "The Polish Border Guard"]),
        entity("South African presidential security team", "ORG", "ZAF",
               ["about 120 South African security officers and journalists", "the team"]),
        entity("Warsaw Chopin Airport", "LOC", "POL", ["Warsaw's Chopin airport"]),
        entity("Wally Rhoode", "PER", "ZAF", ["Ramaphosa's head of security, Major General Wally Rhoode"]),
        entity("Polish authorities", "ORG", "POL", ["the Polish authorities"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa"]),
        entity("Western governments", "ORG", None, ["Western governments"]),
    ],
}

# ---------------------------------------------------------------- hm316-en-02 (DR Congo, Kenyan EAC troops leave Goma)
KEN_CONTINGENT = actor("Kenyan contingent of the East African Community Regional Force", "KEN", "MIL")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
EAC = actor("East African Community", "IGO", "IGO")
EACRF = actor("East African Community Regional Force", "IGO", "IGO")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")
SADC = actor("Southern African Development Community", "IGO", "IGO")
KANYUKA = actor("Lawrence Kanyuka", "COD", "REB")
M23 = actor("M23", "COD", "REB")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
HAINES = actor("Avril Haines", "USA", "GOV")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
UN_EXPERTS = actor("UN Group of Experts on the Democratic Republic of the Congo", "UNO", "IGO")
RDF = actor("Rwanda Defence Force", "RWA", "MIL")

F1 = ("GOMA, Congo, Dec 3 (Reuters) - The first Kenyan soldiers of an East African regional force left the eastern "
      "Congolese city of Goma on Sunday after Kinshasa refused to extend the force's mandate, accusing it of failing "
      "to fight M23 rebels.")
F2 = ("The rest of the force, which also includes troops from Uganda, Burundi and South Sudan, will leave in stages "
      "by early January, the East African Community said in a statement.")
F3 = ('Government spokesman Patrick Muyaya said the regional troops had "cohabited" with the rebels instead of '
      'forcing them to withdraw from seized territory, as agreed at talks in Luanda and Nairobi.')
F4 = ("Kinshasa is counting instead on troops from the Southern African Development Community, whose leaders agreed "
      "at a summit in Windhoek last month to deploy a mission to eastern Congo.")
F5 = ('M23 spokesman Lawrence Kanyuka said the departure showed that Kinshasa was preparing a new offensive, and '
      'warned that the group would "defend the civilian population" if attacked.')
F6 = ("Fighting between the rebels and the Congolese army, backed by local militias known as Wazalendo, flared again "
      "on Sunday around Kilolirwe, about 40 km (25 miles) northwest of Goma.")
F7 = "Goma, a city of some 2 million people, lies on the border with Rwanda."
F8 = ("U.S. Director of National Intelligence Avril Haines met President Felix Tshisekedi in Kinshasa and Rwandan "
      "President Paul Kagame in Kigali last month to broker a truce that has largely failed to hold.")
F9 = ('U.N. experts said in a report in June they had found "substantial evidence" that Rwandan troops were fighting '
      'alongside the M23 inside Congo.')
F10 = "Rwanda denies backing the rebels."
F11 = ("Tshisekedi, who faces a general election on Dec. 20, has rejected the M23's demand for direct talks with his "
       "government.")
F12 = ("The regional force's commander, Kenyan Major General Alphaxard Kiugu, has rejected the criticism, saying its "
       "mandate never included offensive operations.")
F13 = "More than a million people have fled the fighting in North Kivu, according to the United Nations."
F14 = "The regional force was set up by the seven-nation East African Community in 2022."

EN02 = {
    "id": "hm316-en-02", "lang": "en", "url": None, "published": "2023-12-03",
    "title": "First Kenyan troops of East African force leave Congo's Goma",
    "text": paragraphs([F1, F2], [F3, F4, F5], [F6, F7, F8, F9, F10], [F11, F12, F13, F14]),
    "events": [
        event("RETREAT", KEN_CONTINGENT, None, F1, mode="withdraw", date="2023-12-03", location="Goma",
              location_country="COD"),
        event("REJECT", COD_GOV, EAC, F1),
        event("ACCUSE", COD_GOV, EACRF, F1, mode="disapprove"),
        event("CONCEDE", EAC, COD_GOV, F2),
        event("ACCUSE", MUYAYA, EACRF, F3, mode="disapprove"),
        event("AGREE", SADC, COD_GOV, F4, location="Windhoek", location_country="NAM"),
        event("ACCUSE", KANYUKA, COD_GOV, F5, mode="allege"),
        event("THREATEN", KANYUKA, COD_GOV, F5, mode="violence"),
        event("ASSAULT", M23, FARDC, F6, date="2023-12-03", location="Kilolirwe", location_country="COD"),
        event("CONSULT", HAINES, TSHISEKEDI, F8, mode="visit", location="Kinshasa", location_country="COD"),
        event("CONSULT", HAINES, KAGAME, F8, mode="visit", location="Kigali", location_country="RWA"),
        event("ACCUSE", UN_EXPERTS, RDF, F9, mode="allege"),
        event("REJECT", TSHISEKEDI, M23, F11, mode="meet"),
    ],
    "quotes": [
        quote("The rest of the force, which also includes troops from Uganda, Burundi and South Sudan, will leave in "
              "stages by early January", "East African Community", "indirect"),
        quote('the regional troops had "cohabited" with the rebels instead of forcing them to withdraw from seized '
              'territory, as agreed at talks in Luanda and Nairobi', "Patrick Muyaya", "indirect"),
        quote("cohabited", "Patrick Muyaya", "direct"),
        quote("the departure showed that Kinshasa was preparing a new offensive", "Lawrence Kanyuka", "indirect"),
        quote('the group would "defend the civilian population" if attacked', "Lawrence Kanyuka", "indirect"),
        quote("defend the civilian population", "Lawrence Kanyuka", "direct"),
        quote('they had found "substantial evidence" that Rwandan troops were fighting alongside the M23 inside Congo',
              "UN Group of Experts on the Democratic Republic of the Congo", "indirect"),
        quote("substantial evidence", "UN Group of Experts on the Democratic Republic of the Congo", "direct"),
        quote("its mandate never included offensive operations", "Alphaxard Kiugu", "indirect"),
        quote("More than a million people have fled the fighting in North Kivu", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Goma", "LOC", "COD", ["GOMA", "the eastern Congolese city of Goma", "Goma"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["Congo", "eastern Congo"]),
        entity("Kenyan contingent of the East African Community Regional Force", "ORG", "KEN",
               ["The first Kenyan soldiers"]),
        entity("East African Community Regional Force", "ORG", "IGO", ["an East African regional force", "the force's",
                                                                       "The rest of the force", "the regional troops",
                                                                       "The regional force's",
                                                                       "The regional force"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Kinshasa", "his government"]),
        entity("M23", "ORG", "COD", ["M23 rebels", "the rebels", "the M23", "M23", "the group"]),
        entity("East African Community", "ORG", "IGO", ["the East African Community",
                                                        "the seven-nation East African Community"]),
        entity("Uganda", "LOC", "UGA", ["Uganda"]),
        entity("Burundi", "LOC", "BDI", ["Burundi"]),
        entity("South Sudan", "LOC", "SSD", ["South Sudan"]),
        entity("Patrick Muyaya", "PER", "COD", ["Government spokesman Patrick Muyaya"]),
        entity("Luanda", "LOC", "AGO", ["Luanda"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Southern African Development Community", "ORG", "IGO", ["the Southern African Development Community"]),
        entity("Windhoek", "LOC", "NAM", ["Windhoek"]),
        entity("Lawrence Kanyuka", "PER", "COD", ["M23 spokesman Lawrence Kanyuka"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["the Congolese army"]),
        entity("Wazalendo", "ORG", "COD", ["local militias known as Wazalendo"]),
        entity("Kilolirwe", "LOC", "COD", ["Kilolirwe"]),
        entity("Rwanda", "LOC", "RWA", ["Rwanda"]),
        entity("Avril Haines", "PER", "USA", ["U.S. Director of National Intelligence Avril Haines"]),
        entity("Félix Tshisekedi", "PER", "COD", ["President Felix Tshisekedi", "Tshisekedi"]),
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("Paul Kagame", "PER", "RWA", ["Rwandan President Paul Kagame"]),
        entity("Kigali", "LOC", "RWA", ["Kigali"]),
        entity("UN Group of Experts on the Democratic Republic of the Congo", "ORG", "UNO", ["U.N. experts"]),
        entity("Rwanda Defence Force", "ORG", "RWA", ["Rwandan troops"]),
        entity("Alphaxard Kiugu", "PER", "KEN", ["Kenyan Major General Alphaxard Kiugu"]),
        entity("North Kivu", "LOC", "COD", ["North Kivu"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
