"""Round 216: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm216-de-01: Mali's former prime minister Moussa Mara detained and charged over a post backing jailed opponents; Amnesty, France and the EU object (2025-08-02).
- hm216-de-02: Hezbollah supporters attack a UNIFIL convoy on the Beirut airport road after Lebanon turns back Iranian planes; arrests, Iran's counter-ban, Salam condemns (2025-02-15).
- hm216-de-03: Venancio Mondlane returns from exile to Maputo; police tear-gas his supporters, he offers talks and threatens protests at Chapo's swearing-in (2025-01-09).
- hm216-de-04: Colombia answers Ecuador's "security tariff" with counter-tariffs and an electricity export stop; Quito raises the pipeline fee, both offer talks (2025-01-24).
- hm216-en-01: Kurdish oil exports to Ceyhan resume after the Baghdad-Erbil-oil companies deal; Sudani, Barzani, Rubio and Ankara welcome it (2025-09-27).
- hm216-en-02: Kenya's Communications Authority takes TV stations off air during the deadly protest anniversary; the High Court suspends the ban, Murkomen backs police (2025-06-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm216-de-01 (Mali, Moussa Mara)
MARA = actor("Moussa Mara", "MLI", "OPP")
MLI_JUD = actor("Malian judiciary", "MLI", "JUD")
DETAINED = actor("detained Malian opposition figures", "MLI", "OPP")
YELEMA = actor("former members of Yelema", "MLI", "OPP")
JUNTA = actor("Malian junta", "MLI", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
PARTIES = actor("Malian political parties", "MLI", "PTY")
FRA = actor("France", "FRA", "GOV")
EU = actor("European Union", "EUR", "IGO")

A1 = "In Mali ist der frühere Ministerpräsident Moussa Mara festgenommen und in Untersuchungshaft genommen worden."
A2 = ("Ein Ermittlungsrichter der Abteilung für Cyberkriminalität in Bamako warf ihm am Freitag vor, mit einem "
      "Beitrag in sozialen Netzwerken „das Ansehen des Staates untergraben“ zu haben.")
A3 = ("Mara hatte Anfang Juli nach einem Besuch bei inhaftierten Oppositionellen geschrieben, er werde „bis zum "
      "Ende der Nacht“ an ihrer Seite stehen.")
A4 = "Der 50-Jährige gilt als einer der letzten Politiker, die die Militärregierung noch offen kritisieren."
A5 = ("Frühere Mitglieder seiner im Mai aufgelösten Partei Yelema verurteilten die Festnahme als „politisch "
      "motiviert“ und verlangten seine sofortige Freilassung.")
A6 = "Amnesty International forderte die Junta auf, alle wegen ihrer Meinungsäußerung Inhaftierten freizulassen."
A7 = "Ein Regierungssprecher wies jede politische Einflussnahme auf die Justiz zurück."
A8 = ("Die Militärregierung unter General Assimi Goïta hatte im Mai sämtliche politischen Parteien aufgelöst und "
      "politische Versammlungen verboten.")
A9 = "Frankreich und die Europäische Union äußerten sich besorgt über die zunehmende Unterdrückung Andersdenkender in Mali."
A10 = "Die Beziehungen zwischen Paris und dem Sahelstaat sind seit dem Abzug der französischen Truppen 2022 zerrüttet."
A11 = "Mara war 2014 unter Präsident Ibrahim Boubacar Keïta Regierungschef."
A12 = "Ein Prozesstermin wurde zunächst nicht genannt."

DE01 = {
    "id": "hm216-de-01", "lang": "de", "url": None, "published": "2025-08-02",
    "title": "Malis früherer Regierungschef Moussa Mara in Untersuchungshaft",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("COERCE", MLI_JUD, MARA, A1, mode="arrest"),
        event("ACCUSE", MLI_JUD, MARA, A2, mode="allege", date="2025-08-01", location="Bamako",
              location_country="MLI"),
        event("CONSULT", MARA, DETAINED, A3, mode="visit"),
        event("SUPPORT", MARA, DETAINED, A3),
        event("ACCUSE", YELEMA, JUNTA, A5, mode="disapprove"),
        event("REQUEST", YELEMA, JUNTA, A5, mode="yield"),
        event("REQUEST", AMNESTY, JUNTA, A6, mode="yield"),
        event("COERCE", JUNTA, PARTIES, A8, mode="restrict"),
        event("ACCUSE", FRA, JUNTA, A9, mode="disapprove"),
        event("ACCUSE", EU, JUNTA, A9, mode="disapprove"),
    ],
    "quotes": [
        quote("mit einem Beitrag in sozialen Netzwerken „das Ansehen des Staates untergraben“ zu haben",
              "investigating judge of the cybercrime unit in Bamako", "indirect"),
        quote("das Ansehen des Staates untergraben", "investigating judge of the cybercrime unit in Bamako", "direct"),
        quote("er werde „bis zum Ende der Nacht“ an ihrer Seite stehen", "Moussa Mara", "indirect"),
        quote("bis zum Ende der Nacht", "Moussa Mara", "direct"),
        quote("politisch motiviert", "former members of Yelema", "direct"),
        quote("alle wegen ihrer Meinungsäußerung Inhaftierten freizulassen", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Mali", "GPE", "MLI", ["Mali", "dem Sahelstaat"]),
        entity("Moussa Mara", "PER", "MLI",
               ["der frühere Ministerpräsident Moussa Mara", "ihm", "Mara", "er", "Der 50-Jährige"]),
        entity("Malian cybercrime unit", "ORG", "MLI",
               ["Ein Ermittlungsrichter der Abteilung für Cyberkriminalität in Bamako"]),
        entity("Bamako", "LOC", "MLI", ["Bamako"]),
        entity("detained Malian opposition figures", "ORG", "MLI", ["inhaftierten Oppositionellen"]),
        entity("Malian junta", "ORG", "MLI",
               ["die Militärregierung", "die Junta", "Die Militärregierung unter General Assimi Goïta"]),
        entity("Yelema", "ORG", "MLI", ["seiner im Mai aufgelösten Partei Yelema"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Malian government spokesman", "PER", "MLI", ["Ein Regierungssprecher"]),
        entity("Assimi Goïta", "PER", "MLI", ["General Assimi Goïta"]),
        entity("Malian political parties", "ORG", "MLI", ["sämtliche politischen Parteien"]),
        entity("France", "GPE", "FRA", ["Frankreich", "Paris"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Ibrahim Boubacar Keïta", "PER", "MLI", ["Präsident Ibrahim Boubacar Keïta"]),
    ],
}

# ---------------------------------------------------------------- hm216-de-02 (Lebanon, airport road)
HEZ_SUP = actor("Hezbollah supporters", "LBN", "CVL")
UNIFIL = actor("UNIFIL", "UNO", "IGO")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
IRN = actor("Iran", "IRN", "GOV")
ISR = actor("Israel", "ISR", "GOV")
LBN = actor("Lebanon", "LBN", "GOV")
PILGRIMS = actor("Lebanese pilgrims in Iran", "LBN", "CVL")
SALAM = actor("Nawaf Salam", "LBN", "GOV")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
QASSEM = actor("Naim Qassem", "LBN", "REB")
USA = actor("United States", "USA", "GOV")

B1 = ("Anhänger der Hisbollah haben am Freitagabend auf der Straße zum Flughafen von Beirut einen Konvoi der "
      "UN-Friedenstruppe Unifil angegriffen und ein Fahrzeug in Brand gesetzt.")
B2 = "Der scheidende stellvertretende Kommandeur der Mission wurde dabei leicht verletzt, wie Unifil mitteilte."
B3 = "Die Demonstranten blockierten seit Donnerstag mit brennenden Reifen die Zufahrt zum Flughafen."
B4 = "Sie protestierten dagegen, dass die Regierung zwei iranischen Passagiermaschinen die Landung verweigert hatte."
B5 = "Israel hatte Teheran zuvor vorgeworfen, mit zivilen Flügen Bargeld für die Miliz nach Beirut zu schmuggeln."
B6 = ("Der Iran wies das als „Lüge“ zurück und untersagte im Gegenzug libanesischen Maschinen die Landung in "
      "Teheran.")
B7 = ("Die Regierung kündigte an, die im Iran gestrandeten libanesischen Pilger mit Maschinen der Middle East "
      "Airlines über Drittstaaten heimzuholen.")
B8 = "Ministerpräsident Nawaf Salam verurteilte den Angriff scharf: „Wer die Unifil angreift, greift den Libanon an.“"
B9 = ("Die Armee verlegte Verstärkung an den Flughafen, nahm nach eigenen Angaben mehr als 25 Verdächtige fest und "
      "räumte die Straße.")
B10 = "Soldaten setzten Tränengas ein, als Demonstranten sie mit Steinen bewarfen."
B11 = ("Hisbollah-Chef Naim Kassem rief seine Anhänger auf, die Straßensperren aufzuheben, verlangte aber von der "
       "Regierung eine Rücknahme des Landeverbots.")
B12 = "Die USA und Frankreich begrüßten das Vorgehen der Armee."

DE02 = {
    "id": "hm216-de-02", "lang": "de", "url": None, "published": "2025-02-15",
    "title": "Hisbollah-Anhänger greifen UN-Konvoi in Beirut an",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10, B11, B12]),
    "events": [
        event("ASSAULT", HEZ_SUP, UNIFIL, B1, mode="primitive", date="2025-02-14", location="Beirut",
              location_country="LBN"),
        event("PROTEST", HEZ_SUP, LBN_GOV, B3, mode="obstruct", date="2025-02-13", location="Beirut",
              location_country="LBN"),
        event("PROTEST", HEZ_SUP, LBN_GOV, B4, mode="demo", location="Beirut", location_country="LBN"),
        event("REJECT", LBN_GOV, IRN, B4, mode="assist"),
        event("ACCUSE", ISR, IRN, B5, mode="allege"),
        event("SANCTION", IRN, LBN, B6, mode="discontinue"),
        event("AGREE", LBN_GOV, PILGRIMS, B7),
        event("ACCUSE", SALAM, HEZ_SUP, B8, mode="disapprove"),
        event("MOBILIZE", LAF, HEZ_SUP, B9, mode="troops", location="Beirut", location_country="LBN"),
        event("COERCE", LAF, HEZ_SUP, B9, mode="arrest", location="Beirut", location_country="LBN"),
        event("ASSAULT", LAF, HEZ_SUP, B10, mode="crowd-control", location="Beirut", location_country="LBN"),
        event("ASSAULT", HEZ_SUP, LAF, B10, mode="primitive", location="Beirut", location_country="LBN"),
        event("REQUEST", QASSEM, HEZ_SUP, B11, mode="yield"),
        event("REQUEST", QASSEM, LBN_GOV, B11, mode="yield"),
        event("SUPPORT", USA, LAF, B12),
        event("SUPPORT", FRA, LAF, B12),
    ],
    "quotes": [
        quote("Der scheidende stellvertretende Kommandeur der Mission wurde dabei leicht verletzt", "UNIFIL",
              "indirect"),
        quote("mit zivilen Flügen Bargeld für die Miliz nach Beirut zu schmuggeln", "Israel", "indirect"),
        quote("Lüge", "Iran", "direct"),
        quote("die im Iran gestrandeten libanesischen Pilger mit Maschinen der Middle East Airlines über Drittstaaten "
              "heimzuholen", "Government of Lebanon", "indirect"),
        quote("Wer die Unifil angreift, greift den Libanon an", "Nawaf Salam", "direct"),
        quote("die Straßensperren aufzuheben", "Naim Qassem", "indirect"),
    ],
    "entities": [
        entity("Hezbollah supporters", "ORG", "LBN",
               ["Anhänger der Hisbollah", "Die Demonstranten", "Sie", "mehr als 25 Verdächtige", "Demonstranten",
                "seine Anhänger"]),
        entity("Hezbollah", "ORG", "LBN", ["der Hisbollah", "die Miliz"]),
        entity("Beirut-Rafic Hariri International Airport", "LOC", "LBN",
               ["Flughafen von Beirut", "zum Flughafen", "an den Flughafen"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("UNIFIL", "ORG", "UNO", ["der UN-Friedenstruppe Unifil", "der Mission", "Unifil", "die Unifil"]),
        entity("deputy force commander of UNIFIL", "PER", "UNO",
               ["Der scheidende stellvertretende Kommandeur der Mission"]),
        entity("Government of Lebanon", "ORG", "LBN", ["die Regierung", "Die Regierung", "der Regierung"]),
        entity("Iran", "GPE", "IRN", ["Teheran", "Der Iran", "Iran"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Middle East Airlines", "ORG", "LBN", ["Middle East Airlines"]),
        entity("Lebanese pilgrims in Iran", "ORG", "LBN", ["die im Iran gestrandeten libanesischen Pilger"]),
        entity("Nawaf Salam", "PER", "LBN", ["Ministerpräsident Nawaf Salam"]),
        entity("Lebanon", "GPE", "LBN", ["den Libanon"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["Die Armee", "Soldaten", "sie", "der Armee"]),
        entity("Naim Qassem", "PER", "LBN", ["Hisbollah-Chef Naim Kassem"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
    ],
}

# ---------------------------------------------------------------- hm216-de-03 (Mozambique, Mondlane)
MONDLANE = actor("Venancio Mondlane", "MOZ", "OPP")
MOZ_SUP = actor("Mondlane supporters", "MOZ", "CVL")
FRELIMO = actor("Frelimo", "MOZ", "PTY")
MOZ_POL = actor("Mozambican police", "MOZ", "COP")
MOZ_GOV = actor("Government of Mozambique", "MOZ", "GOV")
MOZ_CC = actor("Constitutional Council of Mozambique", "MOZ", "JUD")
CHAPO = actor("Daniel Chapo", "MOZ", "PTY")
MOZ_PGR = actor("Attorney General's Office of Mozambique", "MOZ", "JUD")
NYUSI = actor("Filipe Nyusi", "MOZ", "GOV")

C1 = ("Nach gut zwei Monaten im Exil ist der mosambikanische Oppositionsführer Venâncio Mondlane am Donnerstag "
      "nach Maputo zurückgekehrt.")
C2 = ("Tausende Anhänger zogen mit ihm vom Flughafen in Richtung Stadtzentrum und skandierten Parolen gegen die "
      "Regierungspartei Frelimo.")
C3 = "Die Polizei trieb die Menge mit Tränengas auseinander."
C4 = "Mindestens 16 Menschen wurden festgenommen, die meisten aber am Abend wieder freigelassen."
C5 = ("Nach Angaben der Wahlbeobachtergruppe Plataforma Decide wurden mindestens drei Menschen durch Schüsse "
      "getötet.")
C6 = ("Mondlane kniete nach der Landung nieder und sagte: „Ich bin hier, um zu zeigen, dass ich bereit bin zu "
      "verhandeln.“")
C7 = ("Zugleich beharrte er darauf, die Wahl vom Oktober gewonnen zu haben, die Frelimo ihm „gestohlen“ "
      "habe.")
C8 = "Der Verfassungsrat hatte im Dezember den Sieg des Frelimo-Kandidaten Daniel Chapo bestätigt."
C9 = "Die Staatsanwaltschaft wirft Mondlane vor, die wochenlangen Unruhen nach der Wahl angestiftet zu haben."
C10 = "Eine Festnahme des Politikers bei seiner Ankunft blieb jedoch aus."
C11 = "Der scheidende Präsident Filipe Nyusi lud Mondlane zu einem Gespräch in den Präsidentenpalast ein."
C12 = "Chapo soll am 15. Januar vereidigt werden."
C13 = "Mondlane drohte für denselben Tag mit landesweiten Streiks und Straßenblockaden."

DE03 = {
    "id": "hm216-de-03", "lang": "de", "url": None, "published": "2025-01-09",
    "title": "Mosambiks Oppositionsführer Mondlane kehrt nach Maputo zurück",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9, C10], [C11, C12, C13]),
    "events": [
        event("PROTEST", MOZ_SUP, FRELIMO, C2, mode="demo", date="2025-01-09", location="Maputo",
              location_country="MOZ"),
        event("ASSAULT", MOZ_POL, MOZ_SUP, C3, mode="crowd-control", date="2025-01-09", location="Maputo",
              location_country="MOZ"),
        event("COERCE", MOZ_POL, MOZ_SUP, C4, mode="arrest", date="2025-01-09", location="Maputo",
              location_country="MOZ"),
        event("RETREAT", MOZ_POL, MOZ_SUP, C4, mode="release", date="2025-01-09", location="Maputo",
              location_country="MOZ"),
        event("AGREE", MONDLANE, MOZ_GOV, C6),
        event("ACCUSE", MONDLANE, FRELIMO, C7, mode="allege"),
        event("SUPPORT", MOZ_CC, CHAPO, C8),
        event("ACCUSE", MOZ_PGR, MONDLANE, C9, mode="allege"),
        event("COERCE", MOZ_POL, MONDLANE, C10, mode="arrest", negated=True),
        event("AGREE", NYUSI, MONDLANE, C11),
        event("THREATEN", MONDLANE, MOZ_GOV, C13, mode="restrict"),
    ],
    "quotes": [
        quote("wurden mindestens drei Menschen durch Schüsse getötet", "Plataforma Decide", "indirect"),
        quote("Ich bin hier, um zu zeigen, dass ich bereit bin zu verhandeln", "Venancio Mondlane", "direct"),
        quote("die Wahl vom Oktober gewonnen zu haben, die Frelimo ihm „gestohlen“ habe", "Venancio Mondlane",
              "indirect"),
        quote("gestohlen", "Venancio Mondlane", "direct"),
        quote("die wochenlangen Unruhen nach der Wahl angestiftet zu haben", "Attorney General's Office of Mozambique",
              "indirect"),
    ],
    "entities": [
        entity("Venancio Mondlane", "PER", "MOZ",
               ["der mosambikanische Oppositionsführer Venâncio Mondlane", "ihm", "Mondlane", "er",
                "des Politikers"]),
        entity("Maputo", "LOC", "MOZ", ["Maputo"]),
        entity("Mondlane supporters", "ORG", "MOZ", ["Tausende Anhänger", "die Menge", "Mindestens 16 Menschen"]),
        entity("Frelimo", "ORG", "MOZ", ["die Regierungspartei Frelimo", "Frelimo"]),
        entity("Mozambican police", "ORG", "MOZ", ["Die Polizei"]),
        entity("Plataforma Decide", "ORG", "MOZ", ["der Wahlbeobachtergruppe Plataforma Decide"]),
        entity("Constitutional Council of Mozambique", "ORG", "MOZ", ["Der Verfassungsrat"]),
        entity("Daniel Chapo", "PER", "MOZ", ["des Frelimo-Kandidaten Daniel Chapo", "Chapo"]),
        entity("Attorney General's Office of Mozambique", "ORG", "MOZ", ["Die Staatsanwaltschaft"]),
        entity("Filipe Nyusi", "PER", "MOZ", ["Der scheidende Präsident Filipe Nyusi"]),
        entity("Ponta Vermelha Palace", "LOC", "MOZ", ["den Präsidentenpalast"]),
    ],
}

# ---------------------------------------------------------------- hm216-de-04 (Ecuador-Colombia tariffs)
COL = actor("Colombia", "COL", "GOV")
ECU = actor("Ecuador", "ECU", "GOV")
MINCIT = actor("Colombian Ministry of Commerce, Industry and Tourism", "COL", "GOV")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
ECU_FM = actor("Ministry of Foreign Affairs of Ecuador", "ECU", "GOV")
COL_FM = actor("Ministry of Foreign Affairs of Colombia", "COL", "GOV")
MURILLO = actor("Luis Gilberto Murillo", "COL", "GOV")
CAN = actor("Andean Community", "IGO", "IGO")

D1 = ("Im Streit über die Bekämpfung des Drogenhandels hat Kolumbien auf Strafzölle aus Ecuador mit Gegenzöllen "
      "und einem Stopp seiner Stromexporte geantwortet.")
D2 = "Das Handelsministerium in Bogotá kündigte am Donnerstag Zölle von 30 Prozent auf rund 20 ecuadorianische Produkte an."
D3 = ("Zuvor hatte Ecuadors Präsident Daniel Noboa einen „Sicherheitszoll“ in gleicher Höhe auf alle kolumbianischen "
      "Importe ab Februar verhängt.")
D4 = ("Noboa warf der Regierung von Gustavo Petro vor, nicht genug gegen bewaffnete Gruppen an der gemeinsamen "
      "Grenze zu unternehmen.")
D5 = "Petro wies die Vorwürfe zurück und nannte die Zölle einen „Fehler“."
D6 = ("„Kolumbien hat mehr Kokain beschlagnahmt als jedes andere Land“, schrieb er auf der Plattform X, „und "
      "Ecuador weiß das.“")
D7 = ("Quito erhöhte daraufhin die Gebühr für den Transport kolumbianischen Rohöls durch eine ecuadorianische "
      "Pipeline um fast das Zehnfache.")
D8 = ("Kolumbien hatte dem Nachbarland in den vergangenen Monaten Strom verkauft, als eine schwere Dürre dort "
      "tägliche Stromausfälle verursachte.")
D9 = "Am Freitag erklärten sich die Außenministerien beider Länder zu Gesprächen bereit."
D10 = "Kolumbiens Außenminister Luis Gilberto Murillo sagte, man wolle den Streit „am Verhandlungstisch“ lösen."
D11 = "Die Andengemeinschaft forderte beide Regierungen auf, die Zölle auszusetzen."
D12 = ("Sollten die Maßnahmen wie geplant in Kraft treten, drohten Unternehmen auf beiden Seiten Verluste in "
       "Millionenhöhe, warnten Wirtschaftsverbände in Quito.")

DE04 = {
    "id": "hm216-de-04", "lang": "de", "url": None, "published": "2025-01-24",
    "title": "Ecuador und Kolumbien überziehen sich gegenseitig mit Strafzöllen",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("SANCTION", COL, ECU, D1, mode="discontinue"),
        event("SANCTION", ECU, COL, D1, mode="discontinue"),
        event("SANCTION", MINCIT, ECU, D2, mode="discontinue", date="2025-01-23"),
        event("SANCTION", NOBOA, COL, D3, mode="discontinue"),
        event("ACCUSE", NOBOA, COL_GOV, D4, mode="allege"),
        event("ACCUSE", PETRO, NOBOA, D5, mode="disapprove"),
        event("SANCTION", ECU, COL, D7, mode="discontinue"),
        event("COOPERATE", COL, ECU, D8),
        event("AGREE", ECU_FM, COL_FM, D9, date="2025-01-24"),
        event("AGREE", COL_FM, ECU_FM, D9, date="2025-01-24"),
        event("AGREE", MURILLO, ECU, D10),
        event("REQUEST", CAN, ECU, D11, mode="yield"),
        event("REQUEST", CAN, COL, D11, mode="yield"),
    ],
    "quotes": [
        quote("Sicherheitszoll", "Daniel Noboa", "direct"),
        quote("nicht genug gegen bewaffnete Gruppen an der gemeinsamen Grenze zu unternehmen", "Daniel Noboa",
              "indirect"),
        quote("Fehler", "Gustavo Petro", "direct"),
        quote("Kolumbien hat mehr Kokain beschlagnahmt als jedes andere Land", "Gustavo Petro", "direct"),
        quote("und Ecuador weiß das", "Gustavo Petro", "direct"),
        quote("man wolle den Streit „am Verhandlungstisch“ lösen", "Luis Gilberto Murillo", "indirect"),
        quote("am Verhandlungstisch", "Luis Gilberto Murillo", "direct"),
        quote("die Zölle auszusetzen", "Andean Community", "indirect"),
        quote("Sollten die Maßnahmen wie geplant in Kraft treten, drohten Unternehmen auf beiden Seiten Verluste in "
              "Millionenhöhe", "Ecuadorian business associations", "indirect"),
    ],
    "entities": [
        entity("Colombia", "GPE", "COL", ["Kolumbien", "Kolumbiens"]),
        entity("Ecuador", "GPE", "ECU", ["Ecuador", "Ecuadors", "Quito", "dem Nachbarland"]),
        entity("Colombian Ministry of Commerce, Industry and Tourism", "ORG", "COL", ["Das Handelsministerium in Bogotá"]),
        entity("Daniel Noboa", "PER", "ECU", ["Ecuadors Präsident Daniel Noboa", "Noboa"]),
        entity("Government of Colombia", "ORG", "COL", ["der Regierung von Gustavo Petro"]),
        entity("Gustavo Petro", "PER", "COL", ["Gustavo Petro", "Petro", "er"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Luis Gilberto Murillo", "PER", "COL", ["Kolumbiens Außenminister Luis Gilberto Murillo"]),
        entity("Andean Community", "ORG", "IGO", ["Die Andengemeinschaft"]),
        entity("Ecuadorian business associations", "ORG", "ECU", ["Wirtschaftsverbände in Quito"]),
    ],
}

# ---------------------------------------------------------------- hm216-en-01 (Iraq, Kurdish oil exports)
KRG = actor("Kurdistan Regional Government", "IRQ", "GOV")
TUR = actor("Turkey", "TUR", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
OILCOS = actor("foreign oil companies in Iraqi Kurdistan", None, "BUS")
ICC_ARB = actor("International Chamber of Commerce arbitration court", "IGO", "JUD")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
BARZANI = actor("Masrour Barzani", "IRQ", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
BAYRAKTAR = actor("Alparslan Bayraktar", "TUR", "GOV")
IRQ = actor("Iraq", "IRQ", "GOV")
NEWGEN = actor("New Generation", "IRQ", "OPP")

E1 = ("Iraq's Kurdistan region resumed oil exports through the pipeline to Turkey's Ceyhan port on Saturday for the "
      "first time in two and a half years, the Iraqi oil ministry said.")
E2 = ("The restart follows an agreement reached on Thursday between the federal government in Baghdad, the "
      "Kurdistan Regional Government and foreign oil companies operating in the region.")
E3 = ("Exports had been halted since March 2023, when an arbitration court ordered Turkey to pay Iraq about "
      "$1.5 billion for allowing Kurdish shipments without Baghdad's approval.")
E4 = ("Prime Minister Mohammed Shia al-Sudani called the deal “a historic step” toward ending years of disputes "
      "over the region's revenues.")
E5 = ("His Kurdish counterpart Masrour Barzani thanked Washington for its mediation and said the region's public "
      "salaries must now be paid without further delay.")
E6 = ("U.S. Secretary of State Marco Rubio welcomed the agreement, saying it would benefit “both American and "
      "Iraqi” companies.")
E7 = ("Turkey's energy minister Alparslan Bayraktar said Ankara was ready to extend its pipeline agreement with "
      "Iraq, which expires next year.")
E8 = "About 180,000 barrels a day are expected to flow in the first weeks."
E9 = ("Some producers have not yet signed the deal, the industry group APIKUR said, citing about $1 billion in "
      "unpaid arrears.")
E10 = "Iraq's budget law requires the region to hand all oil revenue to the federal treasury."
E11 = ("Lawmakers from the opposition New Generation movement in Erbil denounced the agreement as a “surrender” of "
       "Kurdish autonomy.")

EN01 = {
    "id": "hm216-en-01", "lang": "en", "url": None, "published": "2025-09-27",
    "title": "Kurdish oil flows to Turkey again after Baghdad-Erbil deal",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11]),
    "events": [
        event("COOPERATE", KRG, TUR, E1, date="2025-09-27"),
        event("AGREE", IRQ_GOV, KRG, E2, date="2025-09-25"),
        event("AGREE", IRQ_GOV, OILCOS, E2, date="2025-09-25"),
        event("SANCTION", ICC_ARB, TUR, E3, mode="convict"),
        event("SUPPORT", SUDANI, KRG, E4),
        event("SUPPORT", BARZANI, USA, E5),
        event("REQUEST", BARZANI, IRQ_GOV, E5, mode="assist"),
        event("SUPPORT", RUBIO, IRQ_GOV, E6),
        event("AGREE", BAYRAKTAR, IRQ, E7),
        event("SUPPORT", OILCOS, IRQ_GOV, E9, negated=True),
        event("ACCUSE", NEWGEN, KRG, E11, mode="disapprove"),
    ],
    "quotes": [
        quote("Iraq's Kurdistan region resumed oil exports through the pipeline to Turkey's Ceyhan port on Saturday "
              "for the first time in two and a half years", "Iraqi Ministry of Oil", "indirect"),
        quote("a historic step", "Mohammed Shia al-Sudani", "direct"),
        quote("the region's public salaries must now be paid without further delay", "Masrour Barzani", "indirect"),
        quote("it would benefit “both American and Iraqi” companies", "Marco Rubio", "indirect"),
        quote("both American and Iraqi", "Marco Rubio", "direct"),
        quote("Ankara was ready to extend its pipeline agreement with Iraq, which expires next year",
              "Alparslan Bayraktar", "indirect"),
        quote("Some producers have not yet signed the deal", "APIKUR", "indirect"),
        quote("surrender", "New Generation", "direct"),
    ],
    "entities": [
        entity("Kurdistan Region", "GPE", "IRQ", ["Iraq's Kurdistan region", "the region"]),
        entity("Iraq", "GPE", "IRQ", ["Iraq", "Baghdad's"]),
        entity("Turkey", "GPE", "TUR", ["Turkey's", "Turkey", "Ankara"]),
        entity("Ceyhan", "LOC", "TUR", ["Ceyhan port"]),
        entity("Iraqi Ministry of Oil", "ORG", "IRQ", ["the Iraqi oil ministry"]),
        entity("Government of Iraq", "ORG", "IRQ", ["the federal government in Baghdad"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["the Kurdistan Regional Government"]),
        entity("foreign oil companies in Iraqi Kurdistan", "ORG", None,
               ["foreign oil companies operating in the region", "Some producers"]),
        entity("International Chamber of Commerce arbitration court", "ORG", "IGO", ["an arbitration court"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Prime Minister Mohammed Shia al-Sudani", "His"]),
        entity("Masrour Barzani", "PER", "IRQ", ["His Kurdish counterpart Masrour Barzani"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio"]),
        entity("Alparslan Bayraktar", "PER", "TUR", ["Turkey's energy minister Alparslan Bayraktar"]),
        entity("APIKUR", "ORG", None, ["the industry group APIKUR"]),
        entity("New Generation", "ORG", "IRQ", ["the opposition New Generation movement"]),
        entity("Erbil", "LOC", "IRQ", ["Erbil"]),
    ],
}

# ---------------------------------------------------------------- hm216-en-02 (Kenya, broadcast ban)
KEN_POL = actor("Kenyan police", "KEN", "COP")
KEN_PROT = actor("Kenyan protesters", "KEN", "CVL")
RUTO = actor("William Ruto", "KEN", "GOV")
AMNESTY_KE = actor("Amnesty Kenya", "KEN", "NGO")
CA = actor("Communications Authority of Kenya", "KEN", "GOV")
BROADCASTERS = actor("Kenyan broadcasters", "KEN", "BUS")
NTV = actor("NTV", "KEN", "BUS")
KTN = actor("KTN", "KEN", "BUS")
KEN_HC = actor("High Court of Kenya", "KEN", "JUD")
KEG = actor("Kenya Editors' Guild", "KEN", "NGO")
MURKOMEN = actor("Kipchumba Murkomen", "KEN", "GOV")
CRIMINALS = actor("criminals", "KEN", None)
KRCS = actor("Kenya Red Cross", "KEN", "NGO")
INJURED = actor("injured people in Kenya", "KEN", "CVL")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")

F1 = ("Kenyan police fired tear gas and water cannon at protesters in Nairobi on Wednesday, the first anniversary "
      "of last year's deadly demonstrations against tax increases.")
F2 = ("Crowds of mostly young people marched toward parliament and State House, demanding that President "
      "William Ruto step down.")
F3 = "Amnesty Kenya said at least eight people were killed, most of them by police gunfire."
F4 = ("Hours into the protests, the Communications Authority ordered all television and radio stations to stop "
      "live coverage, warning that broadcasters defying the order would face “regulatory action” under the law.")
F5 = "The authority then switched off the signals of NTV and KTN, two of the country's largest private channels."
F6 = "High Court judge Chacha Mwita suspended the directive in the afternoon."
F7 = "The Kenya Editors' Guild condemned the shutdown as “an assault on press freedom.”"
F8 = ("Interior Minister Kipchumba Murkomen praised the police and said “criminals” had infiltrated the protests "
      "to loot shops.")
F9 = "In the city center, protesters set fire to a police post and smashed shop windows."
F10 = "The Kenya Red Cross said it had treated more than 400 people."
F11 = ("The government did not cut internet access during the protests, according to the monitoring group "
       "NetBlocks.")

EN02 = {
    "id": "hm216-en-02", "lang": "en", "url": None, "published": "2025-06-25",
    "title": "Kenya pulls TV stations off air as anniversary protests turn deadly",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10, F11]),
    "events": [
        event("ASSAULT", KEN_POL, KEN_PROT, F1, mode="crowd-control", date="2025-06-25", location="Nairobi",
              location_country="KEN"),
        event("PROTEST", KEN_PROT, RUTO, F2, mode="demo", date="2025-06-25", location="Nairobi",
              location_country="KEN"),
        event("ACCUSE", AMNESTY_KE, KEN_POL, F3, mode="allege"),
        event("COERCE", CA, BROADCASTERS, F4, mode="censor", date="2025-06-25"),
        event("THREATEN", CA, BROADCASTERS, F4, mode="restrict", date="2025-06-25"),
        event("COERCE", CA, NTV, F5, mode="censor", date="2025-06-25"),
        event("COERCE", CA, KTN, F5, mode="censor", date="2025-06-25"),
        event("REJECT", KEN_HC, CA, F6, mode="change", date="2025-06-25"),
        event("ACCUSE", KEG, CA, F7, mode="disapprove"),
        event("SUPPORT", MURKOMEN, KEN_POL, F8),
        event("ACCUSE", MURKOMEN, CRIMINALS, F8, mode="allege"),
        event("PROTEST", KEN_PROT, KEN_POL, F9, mode="riot", date="2025-06-25", location="Nairobi",
              location_country="KEN"),
        event("AID", KRCS, INJURED, F10),
        event("COERCE", KEN_GOV, None, F11, mode="withhold", negated=True),
    ],
    "quotes": [
        quote("at least eight people were killed, most of them by police gunfire", "Amnesty Kenya", "indirect"),
        quote("that broadcasters defying the order would face “regulatory action” under the law",
              "Communications Authority of Kenya", "indirect"),
        quote("regulatory action", "Communications Authority of Kenya", "direct"),
        quote("an assault on press freedom", "Kenya Editors' Guild", "direct"),
        quote("criminals", "Kipchumba Murkomen", "direct"),
        quote("“criminals” had infiltrated the protests to loot shops", "Kipchumba Murkomen", "indirect"),
        quote("it had treated more than 400 people", "Kenya Red Cross", "indirect"),
        quote("The government did not cut internet access during the protests", "NetBlocks", "indirect"),
    ],
    "entities": [
        entity("Kenyan police", "ORG", "KEN", ["Kenyan police", "the police", "police"]),
        entity("Kenyan protesters", "ORG", "KEN",
               ["protesters", "Crowds of mostly young people"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi", "the city center"]),
        entity("Parliament of Kenya", "ORG", "KEN", ["parliament"]),
        entity("State House", "LOC", "KEN", ["State House"]),
        entity("William Ruto", "PER", "KEN", ["President William Ruto"]),
        entity("Amnesty Kenya", "ORG", "KEN", ["Amnesty Kenya"]),
        entity("Communications Authority of Kenya", "ORG", "KEN", ["the Communications Authority", "The authority"]),
        entity("Kenyan broadcasters", "ORG", "KEN", ["all television and radio stations", "broadcasters"]),
        entity("NTV", "ORG", "KEN", ["NTV"]),
        entity("KTN", "ORG", "KEN", ["KTN"]),
        entity("Kenya", "GPE", "KEN", ["the country's"]),
        entity("Chacha Mwita", "PER", "KEN", ["High Court judge Chacha Mwita"]),
        entity("Kenya Editors' Guild", "ORG", "KEN", ["The Kenya Editors' Guild"]),
        entity("Kipchumba Murkomen", "PER", "KEN", ["Interior Minister Kipchumba Murkomen"]),
        entity("Kenya Red Cross", "ORG", "KEN", ["The Kenya Red Cross"]),
        entity("Government of Kenya", "ORG", "KEN", ["The government"]),
        entity("NetBlocks", "ORG", "NGO", ["the monitoring group NetBlocks"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
