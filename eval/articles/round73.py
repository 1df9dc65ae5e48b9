"""Round 73: six hand-made blind articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2023-2025 settings):
- hm73-de-01: protests in Derna after the flood; eastern Libya's government dissolves the city council (2023-09-19)
- hm73-de-02: Boko Haram overruns Chad's Barkaram base; Déby orders an offensive and threatens to leave the MNJTF (2024-10-28)
- hm73-de-03: Haiti's prime minister Ariel Henry announces his resignation after the CARICOM meeting in Kingston (2024-03-12)
- hm73-de-04: the rocket on Majdal Shams; Israel threatens Hezbollah and strikes southern Lebanon (2024-07-28)
- hm73-en-01: the US accuses the RSF of genocide and sanctions Hemedti (2025-01-07)
- hm73-en-02: Cuba to free 553 prisoners as Washington eases the terrorism listing (2025-01-15)
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# ---------------------------------------------------------------- hm73-de-01 Libya / Derna
A1 = ("In der ostlibyschen Hafenstadt Darna haben am Montag Hunderte Menschen gegen Parlamentspräsident "
      "Aguila Saleh protestiert und seinen Rücktritt gefordert.")
A2 = "Am Abend steckten wütende Demonstranten das Haus von Bürgermeister Abdulmonem al-Ghaithi in Brand."
A3 = "Bei der Flut vor einer Woche waren zwei marode Dämme gebrochen, Tausende Menschen starben."
B1 = ("Regierungschef Osama Hammad, dessen Kabinett den Osten kontrolliert, löste daraufhin den Stadtrat auf "
      "und leitete Ermittlungen gegen dessen Mitglieder ein.")
B2 = ("„Die Behörden haben jahrelang weggesehen“, sagte ein Sprecher der Demonstranten, „und jetzt sollen wir "
      "auch noch schweigen.“")
B3 = "Die UN-Mission in Libyen rief die Behörden auf, das Recht auf friedlichen Protest zu achten."
C1 = "Unterdessen trafen im Hafen von Darna weitere Hilfsgüter aus Ägypten und der Türkei ein."
C2 = ("Der Vorsitzende des Präsidialrats in Tripolis, Mohammed al-Menfi, forderte den Generalstaatsanwalt auf, "
      "die Verantwortlichen zur Rechenschaft zu ziehen.")
C3 = ("Die Regierung im Osten trage eine Mitschuld, weil sie Warnungen vor dem Zustand der Dämme ignoriert habe, "
      "sagte er.")
C4 = "Generalstaatsanwalt al-Sur zufolge wird bereits gegen 16 Beamte der Wasserbehörde ermittelt."
C5 = "Ein Sprecher Salehs wies jede Verantwortung des Parlaments zurück."

protesters = actor("Derna protesters", "LBY", "CVL")
hammad = actor("Osama Hammad", "LBY", "GOV")
council = actor("Derna municipal council", "LBY", "GOV")
east_auth = actor("eastern Libyan authorities", "LBY", "GOV")
menfi = actor("Mohamed al-Menfi", "LBY", "GOV")
sour = actor("Al-Siddiq al-Sour", "LBY", "JUD")
victims = actor("Derna flood victims", "LBY", "CVL")

ARTICLES.append({
    "id": "hm73-de-01", "lang": "de", "url": None, "published": "2023-09-19",
    "title": "Wut nach der Flut: Ostlibysche Regierung löst Stadtrat von Darna auf",
    "text": paragraphs([A1, A2, A3], [B1, B2, B3], [C1, C2, C3, C4, C5]),
    "events": [
        event("PROTEST", protesters, actor("Aguila Saleh", "LBY", "LEG"), A1, mode="demo", date="2023-09-18",
              location="Derna", location_country="LBY"),
        event("PROTEST", protesters, actor("Abdulmonem al-Ghaithi", "LBY", "GOV"), A2, mode="riot",
              date="2023-09-18", location="Derna", location_country="LBY"),
        event("COERCE", hammad, council, B1, mode="restrict"),
        event("ACCUSE", hammad, council, B1, mode="investigate"),
        event("ACCUSE", actor("spokesman of the Derna protesters", "LBY", "CVL"), east_auth, B2, mode="disapprove"),
        event("REQUEST", actor("United Nations Support Mission in Libya", "UNO", "IGO"), east_auth, B3),
        event("AID", actor("Egypt", "EGY", "GOV"), victims, C1, location="Derna", location_country="LBY"),
        event("AID", actor("Turkey", "TUR", "GOV"), victims, C1, location="Derna", location_country="LBY"),
        event("REQUEST", menfi, sour, C2),
        event("ACCUSE", menfi, actor("Government of National Stability", "LBY", "GOV"), C3, mode="disapprove"),
        event("ACCUSE", sour, actor("Libyan water authority officials", "LBY", "GOV"), C4, mode="investigate"),
    ],
    "quotes": [
        quote("Die Behörden haben jahrelang weggesehen", "spokesman of the Derna protesters", "direct"),
        quote("und jetzt sollen wir auch noch schweigen", "spokesman of the Derna protesters", "direct"),
        quote("Die Regierung im Osten trage eine Mitschuld, weil sie Warnungen vor dem Zustand der Dämme ignoriert "
              "habe", "Mohamed al-Menfi", "indirect"),
        quote("wird bereits gegen 16 Beamte der Wasserbehörde ermittelt", "Al-Siddiq al-Sour", "indirect"),
    ],
    "entities": [
        entity("Derna", "LOC", "LBY", ["der ostlibyschen Hafenstadt Darna", "Darna"]),
        entity("Aguila Saleh", "PER", "LBY", ["Parlamentspräsident Aguila Saleh", "Salehs"]),
        entity("Derna protesters", "ORG", "LBY", ["Hunderte Menschen", "wütende Demonstranten", "der Demonstranten"]),
        entity("Abdulmonem al-Ghaithi", "PER", "LBY", ["Bürgermeister Abdulmonem al-Ghaithi"]),
        entity("Osama Hammad", "PER", "LBY", ["Regierungschef Osama Hammad"]),
        entity("Government of National Stability", "ORG", "LBY", ["dessen Kabinett", "Die Regierung im Osten"]),
        entity("Derna municipal council", "ORG", "LBY", ["den Stadtrat"]),
        entity("spokesman of the Derna protesters", "PER", "LBY", ["ein Sprecher der Demonstranten"]),
        entity("eastern Libyan authorities", "ORG", "LBY", ["Die Behörden", "die Behörden"]),
        entity("United Nations Support Mission in Libya", "ORG", "UNO", ["Die UN-Mission in Libyen"]),
        entity("Libya", "GPE", "LBY", ["Libyen"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten"]),
        entity("Turkey", "GPE", "TUR", ["der Türkei"]),
        entity("Mohamed al-Menfi", "PER", "LBY",
               ["Der Vorsitzende des Präsidialrats in Tripolis, Mohammed al-Menfi", "er"]),
        entity("Presidential Council of Libya", "ORG", "LBY", ["des Präsidialrats"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Al-Siddiq al-Sour", "PER", "LBY", ["den Generalstaatsanwalt", "Generalstaatsanwalt al-Sur"]),
        entity("Libyan water authority", "ORG", "LBY", ["der Wasserbehörde"]),
        entity("spokesman of Aguila Saleh", "PER", "LBY", ["Ein Sprecher Salehs"]),
        entity("House of Representatives of Libya", "ORG", "LBY", ["des Parlaments"]),
    ],
})

# ---------------------------------------------------------------- hm73-de-02 Chad / Barkaram
A1 = ("Bei einem Angriff der Islamistenmiliz Boko Haram auf einen Armeestützpunkt im Westen des Tschad sind am "
      "Sonntagabend rund 40 Soldaten getötet worden.")
A2 = ("Die Kämpfer überrannten nach Angaben der Regierung den Stützpunkt Barkaram auf einer Insel im Tschadsee und "
      "erbeuteten Waffen.")
A3 = "Präsident Mahamat Idriss Déby reiste am Montag in die Region und ordnete eine Offensive gegen die Dschihadisten an."
B1 = "»Wir werden diese Terroristen bis in ihre letzten Verstecke verfolgen«, sagte der Staatschef vor Soldaten."
B2 = ("Sollten die Partner den Tschad nicht stärker unterstützen, werde N'Djamena die multinationale Eingreiftruppe "
      "MNJTF verlassen, drohte er.")
B3 = "Der Truppe gehören neben dem Tschad auch Nigeria, Niger und Kamerun an."
C1 = "Die Afrikanische Union verurteilte den Angriff und sicherte N'Djamena ihre Solidarität zu."
C2 = "Kommissionschef Moussa Faki Mahamat, selbst Tschader, sprach von einem »feigen Verbrechen«."
C3 = "Nigerias Präsident Bola Tinubu telefonierte mit Déby."
C4 = "Beide Länder tauschen nach Angaben aus Abuja bereits Geheimdienstinformationen über die Angreifer aus."

boko = actor("Boko Haram", "NGA", "REB")
deby = actor("Mahamat Idriss Déby", "TCD", "GOV")
chad = actor("Chad", "TCD", "GOV")

ARTICLES.append({
    "id": "hm73-de-02", "lang": "de", "url": None, "published": "2024-10-28",
    "title": "Tschad: Déby ordnet nach Angriff auf Armeestützpunkt Offensive an",
    "text": paragraphs([A1, A2, A3], [B1, B2, B3], [C1, C2, C3, C4]),
    "events": [
        event("ASSAULT", boko, actor("Chadian Armed Forces", "TCD", "MIL"), A1, date="2024-10-27"),
        event("ACCUSE", actor("Government of Chad", "TCD", "GOV"), boko, A2, mode="allege"),
        event("MOBILIZE", deby, boko, A3, mode="troops", date="2024-10-28"),
        event("THREATEN", deby, boko, B1, mode="violence"),
        event("THREATEN", deby, actor("Multinational Joint Task Force", "IGO", "IGO"), B2),
        event("ACCUSE", actor("African Union", "IGO", "IGO"), boko, C1, mode="disapprove"),
        event("SUPPORT", actor("African Union", "IGO", "IGO"), chad, C1),
        event("ACCUSE", actor("Moussa Faki Mahamat", "IGO", "IGO"), boko, C2, mode="disapprove"),
        event("CONSULT", actor("Bola Tinubu", "NGA", "GOV"), deby, C3, mode="phone"),
        event("COOPERATE", actor("Nigeria", "NGA", "GOV"), chad, C4),
    ],
    "quotes": [
        quote("Die Kämpfer überrannten nach Angaben der Regierung den Stützpunkt Barkaram auf einer Insel im Tschadsee "
              "und erbeuteten Waffen", "Government of Chad", "indirect"),
        quote("Wir werden diese Terroristen bis in ihre letzten Verstecke verfolgen", "Mahamat Idriss Déby", "direct"),
        quote("Sollten die Partner den Tschad nicht stärker unterstützen, werde N'Djamena die multinationale "
              "Eingreiftruppe MNJTF verlassen", "Mahamat Idriss Déby", "indirect"),
        quote("feigen Verbrechen", "Moussa Faki Mahamat", "direct"),
        quote("Beide Länder tauschen nach Angaben aus Abuja bereits Geheimdienstinformationen über die Angreifer aus",
              "Government of Nigeria", "indirect"),
    ],
    "entities": [
        entity("Boko Haram", "ORG", "NGA",
               ["der Islamistenmiliz Boko Haram", "Die Kämpfer", "die Dschihadisten", "diese Terroristen",
                "die Angreifer"]),
        entity("Chad", "GPE", "TCD", ["des Tschad", "den Tschad", "N'Djamena", "dem Tschad"]),
        entity("Chadian Armed Forces", "ORG", "TCD", ["rund 40 Soldaten", "Soldaten"]),
        entity("Government of Chad", "ORG", "TCD", ["der Regierung"]),
        entity("Barkaram", "LOC", "TCD", ["den Stützpunkt Barkaram"]),
        entity("Lake Chad", "LOC", None, ["Tschadsee"]),
        entity("Mahamat Idriss Déby", "PER", "TCD",
               ["Präsident Mahamat Idriss Déby", "der Staatschef", "er", "Déby"]),
        entity("Multinational Joint Task Force", "ORG", "IGO",
               ["die multinationale Eingreiftruppe MNJTF", "Der Truppe"]),
        entity("Nigeria", "GPE", "NGA", ["Nigeria", "Nigerias", "Abuja"]),
        entity("Niger", "GPE", "NER", ["Niger"]),
        entity("Cameroon", "GPE", "CMR", ["Kamerun"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["Kommissionschef Moussa Faki Mahamat"]),
        entity("Bola Tinubu", "PER", "NGA", ["Nigerias Präsident Bola Tinubu"]),
    ],
})

# ---------------------------------------------------------------- hm73-de-03 Haiti / Henry
A1 = "Haitis Regierungschef Ariel Henry hat nach wochenlanger Gewalt bewaffneter Banden seinen Rücktritt angekündigt."
A2 = ("Er werde sein Amt abgeben, sobald ein Übergangsrat gebildet sei, sagte Henry in einer in der Nacht zum "
      "Dienstag verbreiteten Videobotschaft.")
A3 = "Die Banden hatten Anfang März zwei Gefängnisse in der Hauptstadt gestürmt und Tausende Häftlinge befreit."
B1 = ("Zuvor hatten sich Vertreter der Karibikgemeinschaft Caricom und haitianischer Parteien am Montag in Kingston "
      "auf einen Übergangsplan geeinigt.")
B2 = ("US-Außenminister Antony Blinken sagte bei dem Treffen weitere 100 Millionen Dollar für eine Polizeimission "
      "unter kenianischer Führung zu.")
B3 = "Washington werde aber keine eigenen Soldaten entsenden, stellte er klar."
C1 = "Bandenchef Jimmy Chérizier lehnte den Plan umgehend ab."
C2 = "»Wir werden keine Regierung akzeptieren, die uns vom Ausland aufgezwungen wird«, erklärte er in einem Video."
C3 = "Er drohte zudem mit weiteren Angriffen auf Polizeiwachen, falls ausländische Truppen landen sollten."
C4 = "Laut UN wurden seit Jahresbeginn mehr als 1500 Menschen durch Bandengewalt getötet."

henry = actor("Ariel Henry", "HTI", "GOV")
gangs = actor("Haitian gangs", "HTI", "REB")
caricom = actor("Caribbean Community", "IGO", "IGO")
cherizier = actor("Jimmy Chérizier", "HTI", "REB")
police = actor("Haitian National Police", "HTI", "COP")

ARTICLES.append({
    "id": "hm73-de-03", "lang": "de", "url": None, "published": "2024-03-12",
    "title": "Haitis Regierungschef Henry kündigt Rücktritt an",
    "text": paragraphs([A1, A2, A3], [B1, B2, B3], [C1, C2, C3, C4]),
    "events": [
        event("CONCEDE", henry, None, A1),
        event("CONCEDE", henry, None, A2),
        event("ASSAULT", gangs, police, A3, location="Port-au-Prince", location_country="HTI"),
        event("AGREE", caricom, actor("Haitian political parties", "HTI", "PTY"), B1, date="2024-03-11",
              location="Kingston", location_country="JAM"),
        event("AGREE", actor("Antony Blinken", "USA", "GOV"), actor("Haiti", "HTI", "GOV"), B2, date="2024-03-11",
              location="Kingston", location_country="JAM"),
        event("AID", actor("United States", "USA", "GOV"), actor("Haiti", "HTI", "GOV"), B3, negated=True),
        event("REJECT", cherizier, caricom, C1),
        event("REJECT", cherizier, caricom, C2),
        event("THREATEN", cherizier, police, C3, mode="violence"),
    ],
    "quotes": [
        quote("Er werde sein Amt abgeben, sobald ein Übergangsrat gebildet sei", "Ariel Henry", "indirect"),
        quote("Washington werde aber keine eigenen Soldaten entsenden", "Antony Blinken", "indirect"),
        quote("Wir werden keine Regierung akzeptieren, die uns vom Ausland aufgezwungen wird", "Jimmy Chérizier",
              "direct"),
        quote("wurden seit Jahresbeginn mehr als 1500 Menschen durch Bandengewalt getötet", "United Nations",
              "indirect"),
    ],
    "entities": [
        entity("Ariel Henry", "PER", "HTI", ["Haitis Regierungschef Ariel Henry", "Er", "Henry"]),
        entity("Haiti", "GPE", "HTI", ["Haitis"]),
        entity("Haitian gangs", "ORG", "HTI", ["bewaffneter Banden", "Die Banden"]),
        entity("Port-au-Prince", "LOC", "HTI", ["der Hauptstadt"]),
        entity("Caribbean Community", "ORG", "IGO", ["der Karibikgemeinschaft Caricom"]),
        entity("Haitian political parties", "ORG", "HTI", ["haitianischer Parteien"]),
        entity("Kingston", "LOC", "JAM", ["Kingston"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken", "er"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Kenya", "GPE", "KEN", []),
        entity("Jimmy Chérizier", "PER", "HTI", ["Bandenchef Jimmy Chérizier", "er", "Er"]),
        entity("Haitian National Police", "ORG", "HTI", []),
        entity("United Nations", "ORG", "UNO", ["UN"]),
    ],
})

# ---------------------------------------------------------------- hm73-de-04 Majdal Shams
A1 = ("Nach dem Raketeneinschlag auf einem Fußballplatz in Madschdal Schams auf den von Israel annektierten "
      "Golanhöhen hat Israel der libanesischen Hisbollah-Miliz mit Vergeltung gedroht.")
A2 = "Bei dem Angriff am Samstag waren zwölf Kinder und Jugendliche getötet worden."
A3 = "Die israelische Armee machte die Hisbollah verantwortlich."
A4 = "Sie habe »absolut nichts« mit dem Vorfall zu tun, erklärte dagegen die Miliz."
B1 = ("»Die Hisbollah wird dafür einen hohen Preis zahlen, den sie bisher nicht gezahlt hat«, sagte "
      "Ministerpräsident Benjamin Netanjahu, der seinen Besuch in den USA vorzeitig beendete.")
B2 = "In der Nacht zum Sonntag griff die Luftwaffe nach Armeeangaben mehrere Ziele der Miliz im Südlibanon an."
B3 = ("Das Sicherheitskabinett ermächtigte Netanjahu und Verteidigungsminister Joav Galant, über Art und Zeitpunkt "
      "einer Reaktion zu entscheiden.")
B4 = "Galant telefonierte am Sonntag mit US-Verteidigungsminister Lloyd Austin."
C1 = ("Libanons Außenminister Abdallah Bou Habib sagte, seine Regierung habe Washington gebeten, mäßigend auf "
      "Israel einzuwirken.")
C2 = "UN-Generalsekretär António Guterres forderte beide Seiten zu »maximaler Zurückhaltung« auf."

hezb = actor("Hezbollah", "LBN", "REB")
israel = actor("Israel", "ISR", "GOV")

ARTICLES.append({
    "id": "hm73-de-04", "lang": "de", "url": None, "published": "2024-07-28",
    "title": "Zwölf Tote auf den Golanhöhen: Israel droht Hisbollah mit Vergeltung",
    "text": paragraphs([A1, A2, A3, A4], [B1, B2, B3, B4], [C1, C2]),
    "events": [
        event("THREATEN", israel, hezb, A1, mode="violence"),
        event("ACCUSE", actor("Israel Defense Forces", "ISR", "MIL"), hezb, A3, mode="allege"),
        event("THREATEN", actor("Benjamin Netanyahu", "ISR", "GOV"), hezb, B1, mode="violence"),
        event("ASSAULT", actor("Israeli Air Force", "ISR", "MIL"), hezb, B2, mode="aerial", date="2024-07-28",
              location="southern Lebanon", location_country="LBN"),
        event("CONSULT", actor("Yoav Gallant", "ISR", "GOV"), actor("Lloyd Austin", "USA", "GOV"), B4, mode="phone",
              date="2024-07-28"),
        event("REQUEST", actor("Abdallah Bou Habib", "LBN", "GOV"), actor("United States", "USA", "GOV"), C1,
              mode="assist"),
        event("REQUEST", actor("António Guterres", "UNO", "IGO"), israel, C2),
        event("REQUEST", actor("António Guterres", "UNO", "IGO"), hezb, C2),
    ],
    "quotes": [
        quote("absolut nichts", "Hezbollah", "direct"),
        quote("Sie habe »absolut nichts« mit dem Vorfall zu tun", "Hezbollah", "indirect"),
        quote("Die Hisbollah wird dafür einen hohen Preis zahlen, den sie bisher nicht gezahlt hat",
              "Benjamin Netanyahu", "direct"),
        quote("In der Nacht zum Sonntag griff die Luftwaffe nach Armeeangaben mehrere Ziele der Miliz im Südlibanon an",
              "Israel Defense Forces", "indirect"),
        quote("seine Regierung habe Washington gebeten, mäßigend auf Israel einzuwirken", "Abdallah Bou Habib",
              "indirect"),
        quote("maximaler Zurückhaltung", "António Guterres", "direct"),
    ],
    "entities": [
        entity("Majdal Shams", "LOC", "SYR", ["Madschdal Schams"]),
        entity("Golan Heights", "LOC", "SYR", ["den von Israel annektierten Golanhöhen"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Hezbollah", "ORG", "LBN",
               ["der libanesischen Hisbollah-Miliz", "die Hisbollah", "Sie", "die Miliz", "Die Hisbollah",
                "der Miliz"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "Netanjahu"]),
        entity("United States", "GPE", "USA", ["den USA", "Washington"]),
        entity("Israeli Air Force", "ORG", "ISR", ["die Luftwaffe"]),
        entity("southern Lebanon", "LOC", "LBN", ["Südlibanon"]),
        entity("Israeli security cabinet", "ORG", "ISR", ["Das Sicherheitskabinett"]),
        entity("Yoav Gallant", "PER", "ISR", ["Verteidigungsminister Joav Galant", "Galant"]),
        entity("Lloyd Austin", "PER", "USA", ["US-Verteidigungsminister Lloyd Austin"]),
        entity("Abdallah Bou Habib", "PER", "LBN", ["Libanons Außenminister Abdallah Bou Habib"]),
        entity("Government of Lebanon", "ORG", "LBN", ["seine Regierung"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
    ],
})

# ---------------------------------------------------------------- hm73-en-01 US / RSF genocide
A1 = ("The United States on Tuesday accused Sudan's paramilitary Rapid Support Forces of genocide and imposed "
      "sanctions on their leader, Mohamed Hamdan Dagalo.")
A2 = ("Secretary of State Antony Blinken said the RSF and allied militias had systematically murdered men and boys "
      "on an ethnic basis and deliberately targeted women for rape.")
A3 = "Washington also sanctioned seven RSF-owned companies based in the United Arab Emirates."
B1 = "An RSF spokesman called the decision “unjust” and politically motivated."
B2 = "The army-aligned government in Port Sudan welcomed the move as “a step towards justice.”"
B3 = "The army itself has also been accused of indiscriminate air strikes on civilian areas."
C1 = ("Blinken urged both warring parties to return to negotiations, saying there was “no military solution” to "
      "the conflict.")
C2 = "Earlier rounds of talks in Jeddah failed to halt the fighting."
C3 = ("The war, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million, "
      "according to the United Nations.")

usa = actor("United States", "USA", "GOV")
rsf = actor("Rapid Support Forces", "SDN", "REB")
blinken = actor("Antony Blinken", "USA", "GOV")

ARTICLES.append({
    "id": "hm73-en-01", "lang": "en", "url": None, "published": "2025-01-07",
    "title": "U.S. says RSF committed genocide in Sudan, sanctions its leader",
    "text": paragraphs([A1, A2, A3], [B1, B2, B3], [C1, C2, C3]),
    "events": [
        event("ACCUSE", usa, rsf, A1, mode="allege", date="2025-01-07"),
        event("SANCTION", usa, actor("Mohamed Hamdan Dagalo", "SDN", "REB"), A1, date="2025-01-07"),
        event("ACCUSE", blinken, rsf, A2, mode="allege"),
        event("SANCTION", usa, actor("RSF-owned companies", "ARE", "BUS"), A3),
        event("ACCUSE", actor("RSF spokesman", "SDN", "REB"), usa, B1, mode="disapprove"),
        event("SUPPORT", actor("Government of Sudan", "SDN", "GOV"), usa, B2),
        event("REQUEST", blinken, actor("Sudanese Armed Forces", "SDN", "MIL"), C1, mode="meet"),
        event("REQUEST", blinken, rsf, C1, mode="meet"),
    ],
    "quotes": [
        quote("the RSF and allied militias had systematically murdered men and boys on an ethnic basis and "
              "deliberately targeted women for rape", "Antony Blinken", "indirect"),
        quote("unjust", "RSF spokesman", "direct"),
        quote("a step towards justice", "Government of Sudan", "direct"),
        quote("no military solution", "Antony Blinken", "direct"),
        quote("there was “no military solution” to the conflict", "Antony Blinken", "indirect"),
        quote("The war, which began in April 2023, has killed tens of thousands of people and displaced more than "
              "12 million", "United Nations", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "Washington"]),
        entity("Rapid Support Forces", "ORG", "SDN",
               ["Sudan's paramilitary Rapid Support Forces", "the RSF", "RSF"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["their leader, Mohamed Hamdan Dagalo"]),
        entity("Sudan", "GPE", "SDN", ["Sudan"]),
        entity("Antony Blinken", "PER", "USA", ["Secretary of State Antony Blinken", "Blinken"]),
        entity("RSF-owned companies", "ORG", "ARE", ["seven RSF-owned companies"]),
        entity("United Arab Emirates", "GPE", "ARE", ["the United Arab Emirates"]),
        entity("RSF spokesman", "PER", "SDN", ["An RSF spokesman"]),
        entity("Government of Sudan", "ORG", "SDN", ["The army-aligned government in Port Sudan"]),
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["The army itself"]),
        entity("Jeddah", "LOC", "SAU", ["Jeddah"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
    ],
})

# ---------------------------------------------------------------- hm73-en-02 Cuba / prisoners
A1 = ("Cuba will gradually release 553 prisoners under an agreement brokered by the Vatican, the foreign ministry in "
      "Havana said on Tuesday.")
A2 = ("Hours earlier, the outgoing Biden administration said it would remove the island from the U.S. list of state "
      "sponsors of terrorism and ease other sanctions.")
A3 = "The Cuban government thanked Pope Francis for his mediation but called the U.S. step “limited.”"
B1 = "Havana insisted the releases were a sovereign decision and not part of a deal with Washington."
B2 = "Several dozen prisoners were freed on Wednesday, according to rights groups."
B3 = "The releases are expected to take several weeks."
C1 = "Republican Senator Rick Scott accused the White House of rewarding “a brutal dictatorship.”"
C2 = "The European Union welcomed the releases and called on Havana to free all political prisoners."

cuba = actor("Government of Cuba", "CUB", "GOV")
prisoners = actor("Cuban prisoners", "CUB", "CVL")

ARTICLES.append({
    "id": "hm73-en-02", "lang": "en", "url": None, "published": "2025-01-15",
    "title": "Cuba to free 553 prisoners after U.S. eases terrorism listing",
    "text": paragraphs([A1, A2, A3], [B1, B2, B3], [C1, C2]),
    "events": [
        event("CONCEDE", actor("Ministry of Foreign Affairs of Cuba", "CUB", "GOV"), prisoners, A1,
              date="2025-01-14"),
        event("CONCEDE", actor("Biden administration", "USA", "GOV"), cuba, A2, date="2025-01-14"),
        event("SUPPORT", cuba, actor("Pope Francis", "VAT", "GOV"), A3),
        event("ACCUSE", cuba, actor("United States", "USA", "GOV"), A3, mode="disapprove"),
        event("RETREAT", cuba, prisoners, B2, mode="release", date="2025-01-15"),
        event("ACCUSE", actor("Rick Scott", "USA", "LEG"), actor("White House", "USA", "GOV"), C1,
              mode="disapprove"),
        event("SUPPORT", actor("European Union", "EUR", "IGO"), cuba, C2),
        event("REQUEST", actor("European Union", "EUR", "IGO"), cuba, C2, mode="yield"),
    ],
    "quotes": [
        quote("Cuba will gradually release 553 prisoners under an agreement brokered by the Vatican",
              "Ministry of Foreign Affairs of Cuba", "indirect"),
        quote("it would remove the island from the U.S. list of state sponsors of terrorism and ease other sanctions",
              "Biden administration", "indirect"),
        quote("limited", "Government of Cuba", "direct"),
        quote("the releases were a sovereign decision and not part of a deal with Washington", "Government of Cuba",
              "indirect"),
        quote("Several dozen prisoners were freed on Wednesday", "rights groups", "indirect"),
        quote("a brutal dictatorship", "Rick Scott", "direct"),
    ],
    "entities": [
        entity("Cuba", "GPE", "CUB", ["Cuba", "the island", "Havana"]),
        entity("Cuban prisoners", "PER", "CUB", ["553 prisoners", "Several dozen prisoners"]),
        entity("Holy See", "GPE", "VAT", ["the Vatican"]),
        entity("Ministry of Foreign Affairs of Cuba", "ORG", "CUB", ["the foreign ministry in Havana"]),
        entity("Biden administration", "ORG", "USA", ["the outgoing Biden administration", "it"]),
        entity("United States", "GPE", "USA", ["U.S.", "Washington"]),
        entity("Government of Cuba", "ORG", "CUB", ["The Cuban government", "Havana"]),
        entity("Pope Francis", "PER", "VAT", ["Pope Francis", "his"]),
        entity("rights groups", "ORG", None, ["rights groups"]),
        entity("Rick Scott", "PER", "USA", ["Republican Senator Rick Scott"]),
        entity("White House", "ORG", "USA", ["the White House"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
    ],
})
