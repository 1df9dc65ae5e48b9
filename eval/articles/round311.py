"""Round 311: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm311-de-01: Yemen/United States: Washington re-lists the Houthis as Specially Designated Global Terrorists; Blinken condemns and demands an end to the attacks, Sullivan's conditional review, Abdulsalam refuses and threatens, Houthi drone hits the Genco Picardy in the Gulf of Aden, Saree threatens, earlier U.S. strike on Houthi missiles, Aden welcomes it, the NRC and Kanaani object (2024-01-17).
- hm311-de-02: Iraq: a U.S. drone strike in Baghdad's Mashtal district kills Kataib Hezbollah commander Abu Baqir al-Saadi; CENTCOM accuses him, Washington blames the group for Tower 22, Yahya Rasool condemns, Sudani demands the coalition's exit, funeral march pushed back from the Green Zone without arrests, reinforcements, al-Kaabi threatens, the earlier suspension of attacks (2024-02-08).
- hm311-de-03: Egypt/Syria: Arab foreign ministers in Cairo restore Syria's Arab League membership; contact committee and demands on refugees and Captagon, Aboul Gheit invites Assad to Jeddah, Damascus welcomes it, Qatar refuses to normalise, Patel criticises, Jamous objects, protest in Idlib, Safadi hosted Mekdad in Amman, earthquake aid from Riyadh and Abu Dhabi (2023-05-07).
- hm311-de-04: United Arab Emirates: three suspects arrested over the killing of Chabad rabbi Zvi Kogan; Netanyahu's office condemns and vows justice, Mossad helps the inquiry, Iran's embassy denies involvement, Israel's travel warning, Herzog thanks the UAE, Moldova and Washington condemn, U.S. offer of help (2024-11-24).
- hm311-en-01: Yemen: the government and the Houthis agree under U.N. auspices to reverse their banking measures and to talk on the economy; Grundberg welcomes it, the Aden central bank's licence revocations, the grounded Yemenia planes not yet released, Abdul-Malik al-Houthi's threats against Saudi Arabia, Abdulsalam thanks Riyadh, protest in Aden (2024-07-23).
- hm311-en-02: United States/Saudi Arabia: Trump hosts Mohammed bin Salman at the White House; investment pledge, F-35 promise, defence and nuclear agreements, major non-NATO ally status, Trump rebukes an ABC reporter over Khashoggi, the 2021 intelligence finding, MBS calls the killing a mistake and conditions Abraham Accords entry on a Palestinian state, Cengiz and Murphy object, protest outside the White House (2025-11-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm311-de-01 (Yemen/USA, Houthis re-listed as terrorists)
A_US_GOV = actor("Government of the United States", "USA", "GOV")
A_HOUTHIS = actor("Houthis", "YEM", "REB")
A_BLINKEN = actor("Antony Blinken", "USA", "GOV")
A_ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")
A_ISRAEL = actor("Israel", "ISR", "GOV")
A_GENCO = actor("Genco Picardy", "USA", "BUS")
A_SAREE = actor("Yahya Saree", "YEM", "REB")
A_US_MIL = actor("U.S. military", "USA", "MIL")
A_YEM_GOV = actor("Government of Yemen", "YEM", "GOV")
A_NRC = actor("Norwegian Refugee Council", "NGO", "NGO")
A_KANAANI = actor("Nasser Kanaani", "IRN", "GOV")

A1 = "Washington (dpa) - Die US-Regierung stuft die Huthi-Miliz im Jemen wieder als Terrororganisation ein."
A2 = ("Außenminister Antony Blinken teilte am Mittwoch mit, die vom Iran unterstützte Gruppe werde als "
      "„Specially Designated Global Terrorist“ gelistet, die Einstufung trete in 30 Tagen in Kraft.")
A3 = ("Damit sollen die Geldquellen der Miliz ausgetrocknet werden, die seit November immer wieder Handelsschiffe "
      "im Roten Meer und im Golf von Aden angreift.")
A4 = "„Diese Angriffe sind ein klares Beispiel für Terrorismus“, erklärte Blinken."
A5 = "Der 61-Jährige forderte die Huthi auf, ihre Attacken auf die Schifffahrt sofort einzustellen."
A6 = ("Sollten die Angriffe aufhören, werde die US-Regierung die Einstufung umgehend überprüfen, sagte der "
      "Nationale Sicherheitsberater Jake Sullivan.")
A7 = ("Lieferungen von Lebensmitteln, Medikamenten und Treibstoff sowie private Überweisungen nahm das "
      "Finanzministerium ausdrücklich von den Sanktionen aus.")
A8 = ("Die Huthi standen bereits in den letzten Tagen der ersten Amtszeit von Donald Trump auf der Terrorliste, "
      "waren aber kurz nach dem Amtsantritt von Präsident Joe Biden 2021 wieder gestrichen worden.")
A9 = ("Der Sprecher und Chefunterhändler der Huthi, Mohammed Abdulsalam, sagte, die Entscheidung werde die "
      "Haltung der Gruppe zum Gaza-Krieg nicht ändern.")
A10 = ("Die Angriffe auf Schiffe mit Verbindungen zu Israel würden fortgesetzt, „bis die Aggression gegen Gaza "
       "endet“, sagte er dem Sender Al-Masira.")
A11 = ("Am Mittwochabend traf eine Drohne der Huthi den unter der Flagge der Marshallinseln fahrenden "
       "Massengutfrachter „Genco Picardy“ im Golf von Aden.")
A12 = ("Verletzt worden sei niemand, das Schiff einer US-Reederei sei nur leicht beschädigt worden, teilte das "
       "US-Regionalkommando Centcom mit.")
A13 = ("Huthi-Militärsprecher Jahja Sari reklamierte den Angriff für sich und kündigte weitere Angriffe auf "
       "amerikanische Schiffe an.")
A14 = ("In der Nacht zum Dienstag hatten US-Kampfflugzeuge im Jemen vier abschussbereite Anti-Schiffs-Raketen der "
       "Huthi zerstört.")
A15 = "Die international anerkannte Regierung des Jemen in Aden begrüßte die Entscheidung Washingtons."
A16 = ("Der Norwegische Flüchtlingsrat warnte dagegen, Banken und Händler könnten sich aus Angst vor Strafen aus "
       "dem Jemen zurückziehen, und forderte die US-Regierung auf, humanitäre Lieferungen dauerhaft zu schützen.")
A17 = ("Der Sprecher des iranischen Außenministeriums, Nasser Kanaani, verurteilte den Schritt und warf den USA "
       "vor, Israels Krieg im Gazastreifen zu unterstützen.")
A18 = "Nach UN-Angaben sind mehr als 21 Millionen Menschen im Jemen auf humanitäre Hilfe angewiesen."

DE01 = {
    "id": "hm311-de-01", "lang": "de", "url": None, "published": "2024-01-17",
    "title": "USA setzen Huthi-Miliz wieder auf Terrorliste",
    "text": paragraphs([A1, A2, A3, A4, A5, A6], [A7, A8], [A9, A10, A11, A12, A13, A14], [A15, A16, A17, A18]),
    "events": [
        event("SANCTION", A_US_GOV, A_HOUTHIS, A1, mode="discontinue"),
        event("SANCTION", A_BLINKEN, A_HOUTHIS, A2, mode="discontinue", date="2024-01-17"),
        event("ACCUSE", A_BLINKEN, A_HOUTHIS, A4, mode="disapprove"),
        event("REQUEST", A_BLINKEN, A_HOUTHIS, A5, mode="yield"),
        event("REJECT", A_ABDULSALAM, A_US_GOV, A9, mode="yield"),
        event("THREATEN", A_ABDULSALAM, A_ISRAEL, A10, mode="violence"),
        event("ASSAULT", A_HOUTHIS, A_GENCO, A11, mode="drone", date="2024-01-17", location="Gulf of Aden"),
        event("THREATEN", A_SAREE, A_US_GOV, A13, mode="violence"),
        event("ASSAULT", A_US_MIL, A_HOUTHIS, A14, mode="aerial", date="2024-01-16", location="Yemen",
              location_country="YEM"),
        event("SUPPORT", A_YEM_GOV, A_US_GOV, A15),
        event("REQUEST", A_NRC, A_US_GOV, A16, mode="change"),
        event("ACCUSE", A_KANAANI, A_US_GOV, A17, mode="disapprove"),
    ],
    "quotes": [
        quote("die vom Iran unterstützte Gruppe werde als „Specially Designated Global Terrorist“ gelistet, die "
              "Einstufung trete in 30 Tagen in Kraft", "Antony Blinken", "indirect"),
        quote("Specially Designated Global Terrorist", "Antony Blinken", "direct"),
        quote("Diese Angriffe sind ein klares Beispiel für Terrorismus", "Antony Blinken", "direct"),
        quote("Sollten die Angriffe aufhören, werde die US-Regierung die Einstufung umgehend überprüfen",
              "Jake Sullivan", "indirect"),
        quote("die Entscheidung werde die Haltung der Gruppe zum Gaza-Krieg nicht ändern", "Mohammed Abdulsalam",
              "indirect"),
        quote("bis die Aggression gegen Gaza endet", "Mohammed Abdulsalam", "direct"),
        quote("Die Angriffe auf Schiffe mit Verbindungen zu Israel würden fortgesetzt, „bis die Aggression gegen "
              "Gaza endet“", "Mohammed Abdulsalam", "indirect"),
        quote("Verletzt worden sei niemand, das Schiff einer US-Reederei sei nur leicht beschädigt worden",
              "U.S. Central Command", "indirect"),
        quote("Banken und Händler könnten sich aus Angst vor Strafen aus dem Jemen zurückziehen",
              "Norwegian Refugee Council", "indirect"),
        quote("Israels Krieg im Gazastreifen zu unterstützen", "Nasser Kanaani", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung", "die US-Regierung",
                                                                 "Washingtons"]),
        entity("Houthis", "ORG", "YEM", ["die Huthi-Miliz im Jemen", "die vom Iran unterstützte Gruppe", "der Miliz",
                                         "die Huthi", "Die Huthi", "der Huthi", "der Gruppe"]),
        entity("Yemen", "LOC", "YEM", ["Jemen"]),
        entity("Antony Blinken", "PER", "USA", ["Außenminister Antony Blinken", "Blinken", "Der 61-Jährige"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Red Sea", "LOC", None, ["Roten Meer"]),
        entity("Gulf of Aden", "LOC", None, ["Golf von Aden"]),
        entity("Jake Sullivan", "PER", "USA", ["der Nationale Sicherheitsberater Jake Sullivan"]),
        entity("U.S. Department of the Treasury", "ORG", "USA", ["das Finanzministerium"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["Der Sprecher und Chefunterhändler der Huthi, Mohammed "
                                                     "Abdulsalam"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "Gazastreifen"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israels"]),
        entity("Al-Masirah", "ORG", "YEM", ["dem Sender Al-Masira"]),
        entity("Genco Picardy", "LOC", "USA", ["den unter der Flagge der Marshallinseln fahrenden Massengutfrachter "
                                               "„Genco Picardy“", "das Schiff einer US-Reederei"]),
        entity("Marshall Islands", "LOC", "MHL", ["Marshallinseln"]),
        entity("U.S. Central Command", "ORG", "USA", ["das US-Regionalkommando Centcom"]),
        entity("Yahya Saree", "PER", "YEM", ["Huthi-Militärsprecher Jahja Sari"]),
        entity("U.S. military", "ORG", "USA", ["US-Kampfflugzeuge"]),
        entity("Government of Yemen", "ORG", "YEM", ["Die international anerkannte Regierung des Jemen in Aden"]),
        entity("Aden", "LOC", "YEM", ["Aden"]),
        entity("Norwegian Refugee Council", "ORG", "NGO", ["Der Norwegische Flüchtlingsrat"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Der Sprecher des iranischen Außenministeriums, Nasser Kanaani"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["des iranischen Außenministeriums"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
    ],
}

# ---------------------------------------------------------------- hm311-de-02 (Iraq, Kataib Hezbollah commander killed)
B_CENTCOM = actor("U.S. Central Command", "USA", "MIL")
B_SAADI = actor("Abu Baqir al-Saadi", "IRQ", "REB")
B_USA = actor("United States", "USA", "GOV")
B_KH = actor("Kataib Hezbollah", "IRQ", "REB")
B_RASOOL = actor("Yahya Rasool", "IRQ", "MIL")
B_SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
B_COALITION = actor("Global Coalition against Daesh", "IGO", "MIL")
B_KH_SUPPORTERS = actor("supporters of Kataib Hezbollah", "IRQ", "CVL")
B_IRQ_SEC = actor("Iraqi security forces", "IRQ", "COP")
B_IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
B_IRQ_POLICE = actor("Iraqi Police", "IRQ", "COP")
B_KAABI = actor("Akram al-Kaabi", "IRQ", "REB")
B_US_FORCES = actor("U.S. forces in Iraq", "USA", "MIL")

B1 = ("Bagdad (AFP) - Bei einem US-Drohnenangriff in Bagdad ist ein ranghoher Kommandeur der proiranischen Miliz "
      "Kataib Hisbollah getötet worden.")
B2 = ("Die Rakete traf am Mittwochabend im östlichen Stadtteil Al-Maschtal ein Fahrzeug, in dem Abu Bakir al-Saadi "
      "und zwei Begleiter unterwegs waren.")
B3 = "Alle drei Männer seien sofort tot gewesen, sagte ein Polizeioffizier."
B4 = ("Das US-Regionalkommando Centcom erklärte, al-Saadi sei direkt für die Planung von Angriffen auf US-Soldaten "
      "in der Region verantwortlich gewesen.")
B5 = ("Washington macht Kataib Hisbollah für den Drohnenangriff auf den Stützpunkt Tower 22 in Jordanien "
      "verantwortlich, bei dem Ende Januar drei amerikanische Soldaten getötet worden waren.")
B6 = ("Der Sprecher der irakischen Streitkräfte, Generalmajor Jahja Rasul, verurteilte den Angriff als "
      "„eklatanten Mord“ und als Verletzung der Souveränität des Irak.")
B7 = ("Regierungschef Mohammed Schia al-Sudani forderte erneut einen zügigen Abzug der Koalition unter US-Führung "
      "aus dem Land.")
B8 = ("Am Donnerstag zogen Tausende Anhänger der Miliz mit dem Sarg al-Saadis durch Bagdad und riefen "
      "„Nein, nein zu Amerika“.")
B9 = ("Als ein Teil der Menge zur schwer gesicherten Grünen Zone mit der US-Botschaft vordringen wollte, drängten "
      "Sicherheitskräfte die Demonstranten zurück.")
B10 = ("Die Regierung hatte die Sicherheitskräfte rund um das Regierungsviertel bereits in der Nacht verstärkt.")
B11 = "Die Polizei nahm niemanden fest."
B12 = "Der Anführer der Miliz Nudschaba, Akram al-Kaabi, drohte den US-Truppen mit Vergeltung."
B13 = "„Die Antwort wird kommen, und sie wird schmerzhaft sein“, schrieb er auf der Plattform X."
B14 = ("Kataib Hisbollah hatte nach dem Angriff auf Tower 22 erklärt, ihre Angriffe auf US-Soldaten auszusetzen, "
       "um die irakische Regierung nicht in Verlegenheit zu bringen.")
B15 = "Ob die Miliz an dieser Ankündigung festhält, ließ ein Sprecher der Gruppe am Donnerstag offen."
B16 = ("Seit Mitte Oktober sind US-Truppen im Irak und in Syrien mehr als 160 Mal mit Drohnen und Raketen "
       "angegriffen worden.")

DE02 = {
    "id": "hm311-de-02", "lang": "de", "url": None, "published": "2024-02-08",
    "title": "Kommandeur von Kataib Hisbollah bei US-Drohnenangriff in Bagdad getötet",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10, B11], [B12, B13, B14, B15, B16]),
    "events": [
        event("ASSAULT", B_CENTCOM, B_SAADI, B1, mode="drone", location="Baghdad", location_country="IRQ"),
        event("ASSAULT", B_CENTCOM, B_SAADI, B2, mode="drone", date="2024-02-07", location="Baghdad",
              location_country="IRQ"),
        event("ACCUSE", B_CENTCOM, B_SAADI, B4, mode="allege"),
        event("ACCUSE", B_USA, B_KH, B5, mode="allege"),
        event("ACCUSE", B_RASOOL, B_USA, B6, mode="disapprove"),
        event("REQUEST", B_SUDANI, B_COALITION, B7, mode="change"),
        event("PROTEST", B_KH_SUPPORTERS, B_USA, B8, mode="demo", date="2024-02-08", location="Baghdad",
              location_country="IRQ"),
        event("COERCE", B_IRQ_SEC, B_KH_SUPPORTERS, B9, mode="restrict", location="Baghdad", location_country="IRQ"),
        event("MOBILIZE", B_IRQ_GOV, None, B10, mode="police", location="Baghdad", location_country="IRQ"),
        event("COERCE", B_IRQ_POLICE, B_KH_SUPPORTERS, B11, mode="arrest", negated=True),
        event("THREATEN", B_KAABI, B_US_FORCES, B12, mode="violence"),
        event("THREATEN", B_KAABI, B_US_FORCES, B13, mode="violence"),
        event("CONCEDE", B_KH, B_USA, B14),
    ],
    "quotes": [
        quote("Alle drei Männer seien sofort tot gewesen", "Iraqi police officer", "indirect"),
        quote("al-Saadi sei direkt für die Planung von Angriffen auf US-Soldaten in der Region verantwortlich gewesen",
              "U.S. Central Command", "indirect"),
        quote("eklatanten Mord", "Yahya Rasool", "direct"),
        quote("Nein, nein zu Amerika", "supporters of Kataib Hezbollah", "direct"),
        quote("Die Antwort wird kommen, und sie wird schmerzhaft sein", "Akram al-Kaabi", "direct"),
        quote("ihre Angriffe auf US-Soldaten auszusetzen, um die irakische Regierung nicht in Verlegenheit zu bringen",
              "Kataib Hezbollah", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Kataib Hezbollah", "ORG", "IRQ", ["der proiranischen Miliz Kataib Hisbollah", "Kataib Hisbollah",
                                                  "der Miliz", "die Miliz", "der Gruppe"]),
        entity("Abu Baqir al-Saadi", "PER", "IRQ", ["ein ranghoher Kommandeur", "Abu Bakir al-Saadi", "al-Saadi",
                                                    "al-Saadis"]),
        entity("Al-Mashtal", "LOC", "IRQ", ["im östlichen Stadtteil Al-Maschtal"]),
        entity("Iraqi police officer", "PER", "IRQ", ["ein Polizeioffizier"]),
        entity("U.S. Central Command", "ORG", "USA", ["Das US-Regionalkommando Centcom"]),
        entity("U.S. Armed Forces", "ORG", "USA", ["US-Soldaten", "drei amerikanische Soldaten", "den US-Truppen",
                                                   "US-Truppen"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Tower 22", "LOC", "JOR", ["den Stützpunkt Tower 22 in Jordanien", "Tower 22"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien"]),
        entity("Yahya Rasool", "PER", "IRQ", ["Der Sprecher der irakischen Streitkräfte, Generalmajor Jahja Rasul"]),
        entity("Iraqi Armed Forces", "ORG", "IRQ", ["der irakischen Streitkräfte"]),
        entity("Iraq", "LOC", "IRQ", ["des Irak", "dem Land", "Irak"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Regierungschef Mohammed Schia al-Sudani"]),
        entity("Global Coalition against Daesh", "ORG", "IGO", ["der Koalition unter US-Führung"]),
        entity("supporters of Kataib Hezbollah", "ORG", "IRQ", ["Tausende Anhänger der Miliz", "der Menge",
                                                                "die Demonstranten"]),
        entity("United States", "LOC", "USA", ["Amerika"]),
        entity("Green Zone", "LOC", "IRQ", ["schwer gesicherten Grünen Zone", "das Regierungsviertel"]),
        entity("Embassy of the United States in Baghdad", "ORG", "USA", ["der US-Botschaft"]),
        entity("Iraqi security forces", "ORG", "IRQ", ["Sicherheitskräfte", "die Sicherheitskräfte"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Die Regierung", "die irakische Regierung"]),
        entity("Iraqi Police", "ORG", "IRQ", ["Die Polizei"]),
        entity("Akram al-Kaabi", "PER", "IRQ", ["Der Anführer der Miliz Nudschaba, Akram al-Kaabi"]),
        entity("Harakat al-Nujaba", "ORG", "IRQ", ["der Miliz Nudschaba"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Kataib Hezbollah spokesman", "PER", "IRQ", ["ein Sprecher der Gruppe"]),
        entity("Syria", "LOC", "SYR", ["Syrien"]),
    ],
}

# ---------------------------------------------------------------- hm311-de-03 (Egypt/Syria, Syria back in the Arab League)
S_ARAB_LEAGUE = actor("Arab League", "IGO", "IGO")
S_SYR_GOV = actor("Government of Syria", "SYR", "GOV")
S_ABOUL_GHEIT = actor("Ahmed Aboul Gheit", "IGO", "IGO")
S_ASSAD = actor("Bashar al-Assad", "SYR", "GOV")
S_SYR_MFA = actor("Ministry of Foreign Affairs of Syria", "SYR", "GOV")
S_QATAR = actor("Government of Qatar", "QAT", "GOV")
S_PATEL = actor("Vedant Patel", "USA", "GOV")
S_JAMOUS = actor("Badr Jamous", "SYR", "OPP")
S_IDLIB_PROTESTERS = actor("protesters in Idlib", "SYR", "CVL")
S_MEKDAD = actor("Faisal Mekdad", "SYR", "GOV")
S_SAFADI = actor("Ayman Safadi", "JOR", "GOV")
S_SAUDI = actor("Saudi Arabia", "SAU", "GOV")
S_UAE = actor("United Arab Emirates", "ARE", "GOV")
S_SYRIA = actor("Syria", "SYR", "GOV")

S1 = "Kairo (dpa) - Syrien ist nach mehr als elf Jahren wieder Mitglied der Arabischen Liga."
S2 = ("Die Außenminister der Mitgliedstaaten stimmten am Sonntag bei einer Sondersitzung am Sitz der Organisation "
      "in Kairo dafür, die Mitgliedschaft der Regierung in Damaskus wiederherzustellen.")
S3 = ("Die Liga hatte Syrien im November 2011 wegen des gewaltsamen Vorgehens von Präsident Baschar al-Assad gegen "
      "Demonstranten suspendiert.")
S4 = ("Zugleich setzten die Minister einen Ausschuss aus Jordanien, Saudi-Arabien, dem Irak, dem Libanon und "
      "Ägypten ein, der den direkten Dialog mit Damaskus über eine politische Lösung des Konflikts führen soll.")
S5 = ("Die Regierung Assad wird in der Resolution aufgefordert, die Rückkehr von Flüchtlingen zu ermöglichen und "
      "den Schmuggel der Droge Captagon zu unterbinden.")
S6 = ("Generalsekretär Ahmed Abul Gheit sagte, Assad könne am Gipfeltreffen der Liga am 19. Mai im saudischen "
      "Dschidda teilnehmen, „wenn er es wünscht“.")
S7 = ("Die Wiederaufnahme bedeute aber nicht, dass alle Mitgliedstaaten ihre Beziehungen zu Damaskus normalisiert "
      "hätten, betonte der 80-Jährige.")
S8 = ("Das syrische Außenministerium begrüßte die Entscheidung und sprach von einem „Schritt in die richtige "
      "Richtung“.")
S9 = ("Katar, das sich lange gegen eine Rückkehr Syriens gestellt hatte, erklärte dagegen, es werde seine "
      "Beziehungen zur Regierung Assad ohne eine politische Lösung nicht normalisieren.")
S10 = "Man werde sich einem arabischen Konsens aber nicht in den Weg stellen, hieß es in Doha."
S11 = ("„Wir glauben nicht, dass Syrien zu diesem Zeitpunkt eine Wiederaufnahme in die Arabische Liga verdient“, "
       "sagte der Vizesprecher des US-Außenministeriums, Vedant Patel, in Washington.")
S12 = ("Der Vorsitzende der oppositionellen Syrischen Verhandlungskommission, Badr Dschamus, warf den arabischen "
       "Staaten vor, das syrische Volk im Stich zu lassen.")
S13 = ("In der von Rebellen kontrollierten Stadt Idlib gingen am Abend Hunderte Menschen gegen die Entscheidung "
       "auf die Straße.")
S14 = ("Vergangene Woche hatte der jordanische Außenminister Aiman Safadi seinen syrischen Kollegen Faisal Mekdad "
       "und Amtskollegen aus drei weiteren arabischen Staaten in Amman empfangen.")
S15 = ("Die Annäherung hatte nach dem verheerenden Erdbeben im Februar Fahrt aufgenommen, als unter anderem "
       "Saudi-Arabien und die Vereinigten Arabischen Emirate Hilfsflüge nach Syrien schickten.")
S16 = "Im Bürgerkrieg in Syrien wurden nach UN-Angaben seit 2011 mehr als 300.000 Zivilisten getötet."

DE03 = {
    "id": "hm311-de-03", "lang": "de", "url": None, "published": "2023-05-07",
    "title": "Arabische Liga nimmt Syrien wieder auf",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10, S11, S12, S13], [S14, S15, S16]),
    "events": [
        event("SUPPORT", S_ARAB_LEAGUE, S_SYR_GOV, S2, date="2023-05-07", location="Cairo", location_country="EGY"),
        event("SANCTION", S_ARAB_LEAGUE, S_SYR_GOV, S3, mode="expel"),
        event("AGREE", S_ARAB_LEAGUE, S_SYR_GOV, S4),
        event("REQUEST", S_ARAB_LEAGUE, S_SYR_GOV, S5, mode="change"),
        event("AGREE", S_ABOUL_GHEIT, S_ASSAD, S6),
        event("SUPPORT", S_SYR_MFA, S_ARAB_LEAGUE, S8),
        event("REJECT", S_QATAR, S_SYR_GOV, S9, mode="assist"),
        event("ACCUSE", S_PATEL, S_SYR_GOV, S11, mode="disapprove"),
        event("ACCUSE", S_JAMOUS, S_ARAB_LEAGUE, S12, mode="disapprove"),
        event("PROTEST", S_IDLIB_PROTESTERS, S_ARAB_LEAGUE, S13, mode="demo", date="2023-05-07", location="Idlib",
              location_country="SYR"),
        event("CONSULT", S_MEKDAD, S_SAFADI, S14, mode="visit", location="Amman", location_country="JOR"),
        event("AID", S_SAUDI, S_SYRIA, S15),
        event("AID", S_UAE, S_SYRIA, S15),
    ],
    "quotes": [
        quote("Assad könne am Gipfeltreffen der Liga am 19. Mai im saudischen Dschidda teilnehmen, „wenn er es "
              "wünscht“", "Ahmed Aboul Gheit", "indirect"),
        quote("wenn er es wünscht", "Ahmed Aboul Gheit", "direct"),
        quote("Die Wiederaufnahme bedeute aber nicht, dass alle Mitgliedstaaten ihre Beziehungen zu Damaskus "
              "normalisiert hätten", "Ahmed Aboul Gheit", "indirect"),
        quote("Schritt in die richtige Richtung", "Ministry of Foreign Affairs of Syria", "direct"),
        quote("es werde seine Beziehungen zur Regierung Assad ohne eine politische Lösung nicht normalisieren",
              "Government of Qatar", "indirect"),
        quote("Man werde sich einem arabischen Konsens aber nicht in den Weg stellen", "Government of Qatar",
              "indirect"),
        quote("Wir glauben nicht, dass Syrien zu diesem Zeitpunkt eine Wiederaufnahme in die Arabische Liga verdient",
              "Vedant Patel", "direct"),
        quote("das syrische Volk im Stich zu lassen", "Badr Jamous", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Syria", "LOC", "SYR", ["Syrien", "Syriens"]),
        entity("Arab League", "ORG", "IGO", ["der Arabischen Liga", "Die Außenminister der Mitgliedstaaten",
                                             "der Organisation", "Die Liga", "die Minister", "der Liga",
                                             "die Arabische Liga", "den arabischen Staaten"]),
        entity("Government of Syria", "ORG", "SYR", ["der Regierung in Damaskus", "Damaskus", "Regierung Assad"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Präsident Baschar al-Assad", "Assad"]),
        entity("Arab League contact committee on Syria", "ORG", "IGO",
               ["einen Ausschuss aus Jordanien, Saudi-Arabien, dem Irak, dem Libanon und Ägypten"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Iraq", "LOC", "IRQ", ["dem Irak"]),
        entity("Lebanon", "LOC", "LBN", ["dem Libanon"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Ahmed Aboul Gheit", "PER", "IGO", ["Generalsekretär Ahmed Abul Gheit", "der 80-Jährige"]),
        entity("Jeddah", "LOC", "SAU", ["Dschidda"]),
        entity("Ministry of Foreign Affairs of Syria", "ORG", "SYR", ["Das syrische Außenministerium"]),
        entity("Qatar", "LOC", "QAT", ["Katar"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Vedant Patel", "PER", "USA", ["der Vizesprecher des US-Außenministeriums, Vedant Patel"]),
        entity("U.S. Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Badr Jamous", "PER", "SYR", ["Der Vorsitzende der oppositionellen Syrischen Verhandlungskommission, "
                                             "Badr Dschamus"]),
        entity("Syrian Negotiation Commission", "ORG", "SYR", ["der oppositionellen Syrischen "
                                                               "Verhandlungskommission"]),
        entity("Idlib", "LOC", "SYR", ["der von Rebellen kontrollierten Stadt Idlib"]),
        entity("Ayman Safadi", "PER", "JOR", ["der jordanische Außenminister Aiman Safadi"]),
        entity("Faisal Mekdad", "PER", "SYR", ["seinen syrischen Kollegen Faisal Mekdad"]),
        entity("Amman", "LOC", "JOR", ["Amman"]),
        entity("United Arab Emirates", "LOC", "ARE", ["die Vereinigten Arabischen Emirate"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
    ],
}

# ---------------------------------------------------------------- hm311-de-04 (UAE, arrests over rabbi Zvi Kogan's killing)
U_MOI = actor("Ministry of Interior of the United Arab Emirates", "ARE", "GOV")
U_KILLERS = actor("killers of Zvi Kogan", "ARE", "CVL")
U_PMO = actor("Prime Minister's Office of Israel", "ISR", "GOV")
U_MOSSAD = actor("Mossad", "ISR", "GOV")
U_NSC = actor("National Security Council of Israel", "ISR", "GOV")
U_ISR_CITIZENS = actor("Israeli citizens", "ISR", "CVL")
U_HERZOG = actor("Isaac Herzog", "ISR", "GOV")
U_UAE_GOV = actor("Government of the United Arab Emirates", "ARE", "GOV")
U_MDA_MFA = actor("Ministry of Foreign Affairs of Moldova", "MDA", "GOV")
U_US_GOV = actor("Government of the United States", "USA", "GOV")

U1 = ("Abu Dhabi (dpa) - Nach dem gewaltsamen Tod eines israelisch-moldauischen Rabbiners in den Vereinigten "
      "Arabischen Emiraten haben die Behörden des Golfstaats drei Verdächtige festgenommen.")
U2 = ("Das Innenministerium in Abu Dhabi teilte am Sonntag mit, die Männer seien wegen des Mordes an Zvi Kogan "
      "gefasst worden.")
U3 = "Zu ihrer Identität und einem möglichen Motiv machte die Behörde zunächst keine Angaben."
U4 = ("Der 28-Jährige, der als Gesandter der jüdischen Chabad-Bewegung in Abu Dhabi lebte und in Dubai einen "
      "koscheren Supermarkt betrieb, war am Donnerstag verschwunden.")
U5 = "Sein Auto wurde später in der Stadt Al-Ain nahe der Grenze zum Oman gefunden."
U6 = ("Das Büro von Israels Ministerpräsident Benjamin Netanjahu sprach von einem „kriminellen antisemitischen "
      "Terrorakt“.")
U7 = ("Israel werde „mit allen Mitteln“ dafür sorgen, dass die Mörder vor Gericht gestellt würden, hieß es in "
      "einer Erklärung.")
U8 = "Der Auslandsgeheimdienst Mossad unterstütze die emiratischen Ermittler, teilte das Büro mit."
U9 = ("Israelische Medien berichteten unter Berufung auf Sicherheitskreise, die Ermittler prüften eine mögliche "
      "Verwicklung des Iran.")
U10 = "Die iranische Botschaft in Abu Dhabi wies jede Beteiligung an der Tat zurück."
U11 = "Das emiratische Innenministerium verurteilte das Verbrechen scharf."
U12 = ("Israels Nationaler Sicherheitsrat rief Israelis auf, auf nicht notwendige Reisen in die Emirate zu "
       "verzichten.")
U13 = "Wer sich bereits dort aufhalte, solle seine Bewegungen auf ein Minimum beschränken, hieß es."
U14 = ("Staatspräsident Izchak Herzog sprach Kogans Familie sein Beileid aus und dankte den Emiraten für ihre "
       "rasche Reaktion.")
U15 = ("Das Außenministerium der Republik Moldau verurteilte den Mord an ihrem Staatsbürger und forderte eine "
       "lückenlose Aufklärung.")
U16 = ("Die US-Regierung nannte die Tat ein „abscheuliches Verbrechen“ und bot den Emiraten Unterstützung bei den "
       "Ermittlungen an.")
U17 = ("Die Emirate hatten 2020 als erster Golfstaat diplomatische Beziehungen zu Israel aufgenommen und halten "
       "trotz des Gaza-Kriegs daran fest.")
U18 = ("Kogans Frau Rivky, eine US-Bürgerin, ist die Nichte eines Rabbiners, der 2008 bei den Terroranschlägen im "
       "indischen Mumbai getötet worden war.")

DE04 = {
    "id": "hm311-de-04", "lang": "de", "url": None, "published": "2024-11-24",
    "title": "Drei Festnahmen nach Mord an Rabbiner in den Emiraten",
    "text": paragraphs([U1, U2, U3], [U4, U5], [U6, U7, U8, U9, U10, U11], [U12, U13, U14, U15, U16], [U17, U18]),
    "events": [
        event("COERCE", U_MOI, U_KILLERS, U1, mode="arrest"),
        event("COERCE", U_MOI, U_KILLERS, U2, mode="arrest"),
        event("ACCUSE", U_PMO, U_KILLERS, U6, mode="disapprove"),
        event("THREATEN", U_PMO, U_KILLERS, U7, mode="arrest"),
        event("COOPERATE", U_MOSSAD, U_MOI, U8),
        event("ACCUSE", U_MOI, U_KILLERS, U11, mode="disapprove"),
        event("REQUEST", U_NSC, U_ISR_CITIZENS, U12),
        event("SUPPORT", U_HERZOG, U_UAE_GOV, U14),
        event("ACCUSE", U_MDA_MFA, U_KILLERS, U15, mode="disapprove"),
        event("REQUEST", U_MDA_MFA, U_UAE_GOV, U15),
        event("ACCUSE", U_US_GOV, U_KILLERS, U16, mode="disapprove"),
        event("AGREE", U_US_GOV, U_UAE_GOV, U16),
    ],
    "quotes": [
        quote("die Männer seien wegen des Mordes an Zvi Kogan gefasst worden",
              "Ministry of Interior of the United Arab Emirates", "indirect"),
        quote("kriminellen antisemitischen Terrorakt", "Prime Minister's Office of Israel", "direct"),
        quote("mit allen Mitteln", "Prime Minister's Office of Israel", "direct"),
        quote("Israel werde „mit allen Mitteln“ dafür sorgen, dass die Mörder vor Gericht gestellt würden",
              "Prime Minister's Office of Israel", "indirect"),
        quote("Der Auslandsgeheimdienst Mossad unterstütze die emiratischen Ermittler",
              "Prime Minister's Office of Israel", "indirect"),
        quote("die Ermittler prüften eine mögliche Verwicklung des Iran", "Israeli media", "indirect"),
        quote("Wer sich bereits dort aufhalte, solle seine Bewegungen auf ein Minimum beschränken",
              "National Security Council of Israel", "indirect"),
        quote("abscheuliches Verbrechen", "Government of the United States", "direct"),
    ],
    "entities": [
        entity("Abu Dhabi", "LOC", "ARE", ["Abu Dhabi"]),
        entity("Zvi Kogan", "PER", "ISR", ["eines israelisch-moldauischen Rabbiners", "Zvi Kogan", "Der 28-Jährige",
                                           "Kogans", "ihrem Staatsbürger"]),
        entity("United Arab Emirates", "LOC", "ARE", ["den Vereinigten Arabischen Emiraten", "des Golfstaats",
                                                      "die Emirate", "den Emiraten", "Die Emirate"]),
        entity("Ministry of Interior of the United Arab Emirates", "ORG", "ARE",
               ["die Behörden des Golfstaats", "Das Innenministerium in Abu Dhabi", "die Behörde",
                "die emiratischen Ermittler", "Das emiratische Innenministerium"]),
        entity("killers of Zvi Kogan", "PER", "ARE", ["drei Verdächtige", "die Männer", "die Mörder"]),
        entity("Chabad", "ORG", None, ["der jüdischen Chabad-Bewegung"]),
        entity("Dubai", "LOC", "ARE", ["Dubai"]),
        entity("Al Ain", "LOC", "ARE", ["der Stadt Al-Ain"]),
        entity("Oman", "LOC", "OMN", ["Oman"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", ["Das Büro von Israels Ministerpräsident Benjamin "
                                                                   "Netanjahu", "das Büro"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israels Ministerpräsident Benjamin Netanjahu"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israels"]),
        entity("Mossad", "ORG", "ISR", ["Der Auslandsgeheimdienst Mossad"]),
        entity("Israeli media", "ORG", "ISR", ["Israelische Medien"]),
        entity("Iran", "LOC", "IRN", ["des Iran"]),
        entity("Embassy of Iran in Abu Dhabi", "ORG", "IRN", ["Die iranische Botschaft in Abu Dhabi"]),
        entity("National Security Council of Israel", "ORG", "ISR", ["Israels Nationaler Sicherheitsrat"]),
        entity("Israeli citizens", "PER", "ISR", ["Israelis"]),
        entity("Isaac Herzog", "PER", "ISR", ["Staatspräsident Izchak Herzog"]),
        entity("Ministry of Foreign Affairs of Moldova", "ORG", "MDA", ["Das Außenministerium der Republik Moldau"]),
        entity("Moldova", "LOC", "MDA", ["der Republik Moldau"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Rivky Kogan", "PER", "USA", ["Kogans Frau Rivky"]),
        entity("Gavriel Holtzberg", "PER", "ISR", ["eines Rabbiners"]),
        entity("Mumbai", "LOC", "IND", ["Mumbai"]),
    ],
}

# ---------------------------------------------------------------- hm311-en-01 (Yemen, banking de-escalation deal)
Y_YEM_GOV = actor("Government of Yemen", "YEM", "GOV")
Y_HOUTHIS = actor("Houthis", "YEM", "REB")
Y_GRUNDBERG = actor("Hans Grundberg", "UNO", "IGO")
Y_CBY = actor("Central Bank of Yemen", "YEM", "GOV")
Y_SANAA_BANKS = actor("banks in Sanaa", "YEM", "BUS")
Y_YEMENIA = actor("Yemenia", "YEM", "BUS")
Y_ABDULMALIK = actor("Abdul-Malik al-Houthi", "YEM", "REB")
Y_SAUDI = actor("Saudi Arabia", "SAU", "GOV")
Y_ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")
Y_ADEN_PROTESTERS = actor("protesters in Aden", "YEM", "CVL")
Y_PLC = actor("Presidential Leadership Council", "YEM", "GOV")

Y1 = ("ADEN, July 23 (Reuters) - Yemen's internationally recognised government and the Iran-aligned Houthi movement "
      "have agreed to de-escalate a dispute over banks and the national airline that threatened to unravel a "
      "fragile truce, the United Nations said on Tuesday.")
Y2 = ("Under the deal, both sides will cancel recent decisions and measures against banks and refrain from any "
      "similar steps in future, the office of U.N. special envoy Hans Grundberg said in a statement.")
Y3 = ("Flights by national carrier Yemenia between the Houthi-held capital Sanaa and the Jordanian capital Amman "
      "will resume and rise to three a day, with daily flights to Cairo and India to be added, it said.")
Y4 = ("The two sides also agreed to hold meetings on all economic and humanitarian issues on the basis of a "
      "U.N.-backed peace roadmap.")
Y5 = 'Grundberg welcomed the agreement as "an important step" towards rebuilding trust between the parties.'
Y6 = ("The row erupted in May when the government-controlled central bank in Aden revoked the licences of six "
      "banks that had refused to move their headquarters from Sanaa.")
Y7 = ("The Houthis retaliated by grounding four Yemenia aircraft at Sanaa airport, leaving hundreds of Yemeni "
      "pilgrims stranded in Saudi Arabia after the haj.")
Y8 = ("Houthi leader Abdul-Malik al-Houthi warned Saudi Arabia this month that his group would strike its banks "
      "and airports if Riyadh kept backing the central bank's measures.")
Y9 = '"Banks for banks, and Riyadh airport for Sanaa airport," he said in a televised speech.'
Y10 = ("Mohammed Abdulsalam, the Houthis' chief negotiator, thanked Saudi Arabia for its role in reaching the deal "
       "in a post on X.")
Y11 = ("Saudi Arabia, which leads the military coalition backing the government, did not comment on the "
       "agreement.")
Y12 = "Central bank governor Ahmed Ghaleb al-Maabqi did not respond to a request for comment."
Y13 = ("In Aden, dozens of people rallied outside the central bank on Tuesday, accusing the leadership council of "
       "bowing to the Houthis.")
Y14 = ("A Yemenia official said the Houthis had not yet released the four aircraft, but that flights from Sanaa "
       "could resume within days.")
Y15 = ("The Houthis and Saudi Arabia have largely kept to a U.N.-brokered truce since April 2022, but Houthi attacks "
       "on Red Sea shipping since November have drawn U.S. and British air strikes and stalled peace efforts.")
Y16 = "More than 18 million Yemenis need humanitarian assistance, according to the United Nations."

EN01 = {
    "id": "hm311-en-01", "lang": "en", "url": None, "published": "2024-07-23",
    "title": "Yemen's government, Houthis agree to de-escalate banking and airline row, UN says",
    "text": paragraphs([Y1, Y2, Y3, Y4, Y5], [Y6, Y7, Y8, Y9, Y10, Y11, Y12], [Y13, Y14], [Y15, Y16]),
    "events": [
        event("AGREE", Y_YEM_GOV, Y_HOUTHIS, Y1, date="2024-07-23"),
        event("CONCEDE", Y_YEM_GOV, Y_HOUTHIS, Y2),
        event("CONCEDE", Y_HOUTHIS, Y_YEM_GOV, Y2),
        event("AGREE", Y_YEM_GOV, Y_HOUTHIS, Y4),
        event("SUPPORT", Y_GRUNDBERG, Y_YEM_GOV, Y5),
        event("SUPPORT", Y_GRUNDBERG, Y_HOUTHIS, Y5),
        event("SANCTION", Y_CBY, Y_SANAA_BANKS, Y6, mode="discontinue"),
        event("COERCE", Y_HOUTHIS, Y_YEMENIA, Y7, mode="seize", location="Sanaa", location_country="YEM"),
        event("THREATEN", Y_ABDULMALIK, Y_SAUDI, Y8, mode="violence"),
        event("THREATEN", Y_ABDULMALIK, Y_SAUDI, Y9, mode="violence"),
        event("SUPPORT", Y_ABDULSALAM, Y_SAUDI, Y10),
        event("PROTEST", Y_ADEN_PROTESTERS, Y_PLC, Y13, mode="demo", date="2024-07-23", location="Aden",
              location_country="YEM"),
        event("RETREAT", Y_HOUTHIS, Y_YEMENIA, Y14, mode="return", negated=True),
    ],
    "quotes": [
        quote("Yemen's internationally recognised government and the Iran-aligned Houthi movement have agreed to "
              "de-escalate a dispute over banks and the national airline that threatened to unravel a fragile truce",
              "United Nations", "indirect"),
        quote("both sides will cancel recent decisions and measures against banks and refrain from any similar steps "
              "in future", "Office of the UN Special Envoy for Yemen", "indirect"),
        quote("Flights by national carrier Yemenia between the Houthi-held capital Sanaa and the Jordanian capital "
              "Amman will resume and rise to three a day, with daily flights to Cairo and India to be added",
              "Office of the UN Special Envoy for Yemen", "indirect"),
        quote("an important step", "Hans Grundberg", "direct"),
        quote("his group would strike its banks and airports if Riyadh kept backing the central bank's measures",
              "Abdul-Malik al-Houthi", "indirect"),
        quote("Banks for banks, and Riyadh airport for Sanaa airport", "Abdul-Malik al-Houthi", "direct"),
        quote("the Houthis had not yet released the four aircraft, but that flights from Sanaa could resume within "
              "days", "Yemenia official", "indirect"),
        quote("More than 18 million Yemenis need humanitarian assistance", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Aden", "LOC", "YEM", ["ADEN", "Aden"]),
        entity("Government of Yemen", "ORG", "YEM", ["Yemen's internationally recognised government",
                                                     "the government"]),
        entity("Yemen", "LOC", "YEM", ["Yemen"]),
        entity("Houthis", "ORG", "YEM", ["the Iran-aligned Houthi movement", "The Houthis", "the Houthis",
                                         "his group"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations", "U.N."]),
        entity("Office of the UN Special Envoy for Yemen", "ORG", "UNO",
               ["the office of U.N. special envoy Hans Grundberg"]),
        entity("Hans Grundberg", "PER", "UNO", ["U.N. special envoy Hans Grundberg", "Grundberg"]),
        entity("Yemenia", "ORG", "YEM", ["the national airline", "national carrier Yemenia", "Yemenia"]),
        entity("Sanaa", "LOC", "YEM", ["the Houthi-held capital Sanaa", "Sanaa"]),
        entity("Amman", "LOC", "JOR", ["the Jordanian capital Amman"]),
        entity("Cairo", "LOC", "EGY", ["Cairo"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Central Bank of Yemen", "ORG", "YEM", ["the government-controlled central bank in Aden",
                                                       "the central bank"]),
        entity("banks in Sanaa", "ORG", "YEM", ["six banks"]),
        entity("Sanaa International Airport", "LOC", "YEM", ["Sanaa airport"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia"]),
        entity("Abdul-Malik al-Houthi", "PER", "YEM", ["Houthi leader Abdul-Malik al-Houthi"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Riyadh"]),
        entity("King Khalid International Airport", "LOC", "SAU", ["Riyadh airport"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["Mohammed Abdulsalam", "the Houthis' chief negotiator"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Saudi-led coalition", "ORG", "SAU", ["the military coalition backing the government"]),
        entity("Ahmed Ghaleb al-Maabqi", "PER", "YEM", ["Central bank governor Ahmed Ghaleb al-Maabqi"]),
        entity("Presidential Leadership Council", "ORG", "YEM", ["the leadership council"]),
        entity("Yemenia official", "PER", "YEM", ["A Yemenia official"]),
        entity("Red Sea", "LOC", None, ["Red Sea"]),
    ],
}

# ---------------------------------------------------------------- hm311-en-02 (USA/Saudi Arabia, MBS at the White House)
M_TRUMP = actor("Donald Trump", "USA", "GOV")
M_MBS = actor("Mohammed bin Salman", "SAU", "GOV")
M_USA = actor("United States", "USA", "GOV")
M_SAUDI = actor("Saudi Arabia", "SAU", "GOV")
M_BRUCE = actor("Mary Bruce", "USA", "CVL")
M_US_INTEL = actor("U.S. intelligence community", "USA", "GOV")
M_ISRAEL = actor("Israel", "ISR", "GOV")
M_CENGIZ = actor("Hatice Cengiz", "TUR", "CVL")
M_MURPHY = actor("Chris Murphy", "USA", "LEG")
M_PROTESTERS = actor("protesters outside the White House", "USA", "CVL")

M1 = ("WASHINGTON, Nov 18 (Reuters) - President Donald Trump welcomed Saudi Crown Prince Mohammed bin Salman to the "
      "White House on Tuesday with a military flyover and a cannon salute, brushing aside questions about the 2018 "
      "killing of journalist Jamal Khashoggi.")
M2 = ("The crown prince, on his first visit to Washington since the killing, pledged to raise Saudi investment in "
      "the United States to nearly $1 trillion from the $600 billion he had promised in May.")
M3 = '"We\'ll be selling F-35s," Trump told reporters in the Oval Office.'
M4 = ("The two leaders signed a Strategic Defense Agreement and a joint declaration on the completion of "
      "negotiations on civil nuclear cooperation.")
M5 = ("At a dinner later on Tuesday, Trump announced that he was designating Saudi Arabia a major non-NATO ally, "
      "a status that eases arms purchases and military cooperation.")
M6 = ('Asked by an ABC News reporter about Khashoggi\'s murder, Trump said the crown prince "knew nothing about it" '
      'and scolded her: "You don\'t have to embarrass our guest."')
M7 = ("U.S. intelligence agencies concluded in 2021 that Mohammed bin Salman had approved the operation in which "
      "Khashoggi, a Washington Post columnist, was killed at the Saudi consulate in Istanbul, an allegation he "
      "denies.")
M8 = ('The 40-year-old said the killing had been "painful" and "a huge mistake," and that Saudi Arabia had taken '
      'all the right steps to investigate it.')
M9 = ('He also said the kingdom wanted to join the Abraham Accords, but only once there was "a clear path" to a '
      'Palestinian state.')
M10 = "No agreement on normalising relations with Israel was announced."
M11 = ('Hatice Cengiz, Khashoggi\'s fiancee, wrote on X that Trump\'s remarks were "a betrayal" of his memory and of '
       'press freedom.')
M12 = ("Democratic Senator Chris Murphy accused Trump of putting his family's business interests ahead of national "
       "security.")
M13 = ("Outside the White House, a few dozen protesters held up photographs of Khashoggi and chanted against the "
       "crown prince's visit.")
M14 = ("Israel, the only country in the Middle East that flies the F-35, has a U.S. legal guarantee of a qualitative "
       "military edge over its neighbours.")
M15 = "Israeli Prime Minister Benjamin Netanyahu's office declined to comment."

EN02 = {
    "id": "hm311-en-02", "lang": "en", "url": None, "published": "2025-11-18",
    "title": "Trump hosts Saudi crown prince, promises F-35s and brushes off Khashoggi questions",
    "text": paragraphs([M1, M2, M3, M4, M5], [M6, M7, M8], [M9, M10], [M11, M12, M13], [M14, M15]),
    "events": [
        event("CONSULT", M_MBS, M_TRUMP, M1, mode="visit", date="2025-11-18", location="Washington",
              location_country="USA"),
        event("AGREE", M_MBS, M_USA, M2),
        event("AGREE", M_TRUMP, M_SAUDI, M3),
        event("SUPPORT", M_TRUMP, M_MBS, M4),
        event("SUPPORT", M_TRUMP, M_SAUDI, M5, date="2025-11-18"),
        event("ACCUSE", M_TRUMP, M_BRUCE, M6, mode="disapprove"),
        event("ACCUSE", M_US_INTEL, M_MBS, M7, mode="allege"),
        event("CONCEDE", M_MBS, None, M8),
        event("AGREE", M_MBS, M_ISRAEL, M9),
        event("AGREE", M_SAUDI, M_ISRAEL, M10, negated=True),
        event("ACCUSE", M_CENGIZ, M_TRUMP, M11, mode="disapprove"),
        event("ACCUSE", M_MURPHY, M_TRUMP, M12, mode="disapprove"),
        event("PROTEST", M_PROTESTERS, M_MBS, M13, mode="demo", location="Washington", location_country="USA"),
    ],
    "quotes": [
        quote("We'll be selling F-35s", "Donald Trump", "direct"),
        quote("knew nothing about it", "Donald Trump", "direct"),
        quote('the crown prince "knew nothing about it"', "Donald Trump", "indirect"),
        quote("You don't have to embarrass our guest", "Donald Trump", "direct"),
        quote("Mohammed bin Salman had approved the operation in which Khashoggi, a Washington Post columnist, was "
              "killed at the Saudi consulate in Istanbul", "U.S. intelligence community", "indirect"),
        quote("painful", "Mohammed bin Salman", "direct"),
        quote("a huge mistake", "Mohammed bin Salman", "direct"),
        quote('the killing had been "painful" and "a huge mistake," and that Saudi Arabia had taken all the right '
              'steps to investigate it', "Mohammed bin Salman", "indirect"),
        quote('the kingdom wanted to join the Abraham Accords, but only once there was "a clear path" to a '
              'Palestinian state', "Mohammed bin Salman", "indirect"),
        quote("a clear path", "Mohammed bin Salman", "direct"),
        quote('Trump\'s remarks were "a betrayal" of his memory and of press freedom', "Hatice Cengiz", "indirect"),
        quote("a betrayal", "Hatice Cengiz", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON", "Washington"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Saudi Crown Prince Mohammed bin Salman", "The crown prince",
                                                     "the crown prince", "Mohammed bin Salman", "The 40-year-old"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Jamal Khashoggi", "PER", "SAU", ["journalist Jamal Khashoggi", "Khashoggi"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Oval Office", "LOC", "USA", ["the Oval Office"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia", "the kingdom"]),
        entity("NATO", "ORG", "IGO", ["NATO"]),
        entity("ABC News", "ORG", "USA", ["ABC News"]),
        entity("Mary Bruce", "PER", "USA", ["an ABC News reporter"]),
        entity("U.S. intelligence community", "ORG", "USA", ["U.S. intelligence agencies"]),
        entity("The Washington Post", "ORG", "USA", ["Washington Post"]),
        entity("Consulate General of Saudi Arabia in Istanbul", "LOC", "SAU", ["the Saudi consulate in Istanbul"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Hatice Cengiz", "PER", "TUR", ["Hatice Cengiz", "Khashoggi's fiancee"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Chris Murphy", "PER", "USA", ["Democratic Senator Chris Murphy"]),
        entity("Middle East", "LOC", None, ["the Middle East"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", ["Israeli Prime Minister Benjamin Netanyahu's "
                                                                   "office"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
