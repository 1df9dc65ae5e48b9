"""Round 389: six invented wire-style articles (4 German, 2 English), written blind.

Stories
- hm389-de-01: Lebanon: Prosecutor General Ghassan Oweidat charges port-blast investigator Tarek Bitar, bans him from travel and orders all 17 detainees freed after Bitar charged Oweidat, Abbas Ibrahim and Tony Saliba; families protest at the Palace of Justice, Khoury and the UN react (2023-01-25).
- hm389-de-02: Turkey: the Court of Cassation refuses to free jailed TIP MP Can Atalay despite a Constitutional Court ruling and files a complaint against nine constitutional judges; Özel, the bar associations and Baş object, police push back protesters, Erdoğan and Bahçeli back the Court of Cassation, the EU Commission objects (2023-11-09).
- hm389-de-03: Morocco/Israel: Netanyahu informs Mohammed VI by letter that Israel recognises Moroccan sovereignty over Western Sahara; the king invites Netanyahu, the Polisario and Algeria's foreign ministry condemn, Ohana's June visit and de Mistura's call for talks (2023-07-18).
- hm389-de-04: Libya: the eastern-based House of Representatives declares the mandates of Dbeibah's Government of National Unity and the Presidential Council ended and backs Hammad's cabinet; the High Council of State and Tripoli reject it, UNSMIL urges talks (2024-08-13).
- hm389-en-01: China/Palestinians: Hamas, Fatah and 12 smaller factions sign the Beijing Declaration after talks hosted by Wang Yi; Abu Marzouk thanks China, Katz attacks Abbas and threatens Hamas, Miller rules out backing a Hamas role, Netanyahu rejects a PA role (2024-07-23).
- hm389-en-02: Yemen/United States: a U.S. airstrike hits a migrant detention center in Saada, the Houthis report 68 dead and accuse Washington of a war crime; CENTCOM assesses the claims, Hegseth vows more strikes, IOM and Amnesty react, Houthi missile claims, HRW's 2023 accusation against Saudi border guards (2025-04-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm389-de-01 (Lebanon, Oweidat vs Bitar)
OWEIDAT = actor("Ghassan Oweidat", "LBN", "JUD")
BITAR = actor("Tarek Bitar", "LBN", "JUD")
PORT_DETAINEES = actor("detainees in the Beirut port explosion case", "LBN", "CVL")
DAHER = actor("Badri Daher", "LBN", "CVL")
A_IBRAHIM = actor("Abbas Ibrahim", "LBN", "COP")
SALIBA = actor("Tony Saliba", "LBN", "COP")
PORT_FAMILIES = actor("families of the Beirut port explosion victims", "LBN", "CVL")
NOUN = actor("William Noun", "LBN", "CVL")
KHOURY = actor("Henry Khoury", "LBN", "GOV")
LBN_HJC = actor("Supreme Judicial Council of Lebanon", "LBN", "JUD")
UN = actor("United Nations", "UNO", "IGO")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
LBN_MPS = actor("Lebanese lawmakers charged in the port explosion case", "LBN", "LEG")
HEZBOLLAH = actor("Hezbollah", "LBN", "PTY")

D1 = ("Beirut (dpa) - Im Machtkampf um die Ermittlungen zur verheerenden Explosion im Hafen von Beirut hat Libanons "
      "Generalstaatsanwalt Ghassan Oweidat Anklage gegen den zuständigen Untersuchungsrichter Tarek Bitar erhoben.")
D2 = ("Oweidat warf Bitar am Mittwoch vor, sich gegen die Justiz aufgelehnt und sein Amt angemaßt zu haben, wie aus "
      "einem Schreiben der Generalstaatsanwaltschaft hervorging.")
D3 = "Zugleich verhängte er ein Ausreiseverbot gegen den Richter und bestellte ihn für Donnerstag zum Verhör ein."
D4 = ("Außerdem ordnete Oweidat die Freilassung aller 17 Verdächtigen an, die seit der Katastrophe ohne Prozess in "
      "Untersuchungshaft sitzen.")
D5 = "Am Nachmittag verließen die ersten Häftlinge das Gefängnis, darunter der frühere Zolldirektor Badri Daher."
D6 = "Bitar hatte seine seit 13 Monaten blockierten Ermittlungen am Montag überraschend wieder aufgenommen."
D7 = ("Am Dienstag erhob er Anklage gegen acht weitere Personen, darunter Oweidat selbst sowie die Chefs der "
      "Allgemeinen Sicherheit und der Staatssicherheit, Abbas Ibrahim und Tony Saliba.")
D8 = ("Oweidat erkennt die Zuständigkeit des Richters nicht an und wies die Sicherheitsbehörden an, keine seiner "
      "Anordnungen umzusetzen.")
D9 = "Bitar wies die Vorwürfe gegen ihn zurück und kündigte an, seine Arbeit fortzusetzen."
D10 = ("Angehörige der Todesopfer versammelten sich am Mittwoch vor dem Justizpalast in Beirut und warfen Oweidat vor, "
       "die Aufklärung zu sabotieren.")
D11 = "„Das ist ein Putsch gegen die Justiz“, sagte William Noun, dessen Bruder bei der Explosion ums Leben gekommen war."
D12 = ("Justizminister Henry Khoury forderte den Obersten Justizrat auf, noch in dieser Woche zu einer "
       "Dringlichkeitssitzung zusammenzukommen.")
D13 = "Die Vereinten Nationen riefen die libanesischen Behörden auf, die Unabhängigkeit der Ermittlungen zu gewährleisten."
D14 = ("Bei der Explosion von Hunderten Tonnen Ammoniumnitrat waren am 4. August 2020 mehr als 220 Menschen getötet und "
       "Tausende verletzt worden.")
D15 = ("Die Ermittlungen lagen seit Dezember 2021 auf Eis, nachdem mehrere angeklagte Abgeordnete und frühere Minister "
       "Klagen gegen Bitar eingereicht hatten.")
D16 = "Die schiitische Hisbollah wirft dem Richter seit langem Voreingenommenheit vor."

DE01 = {
    "id": "hm389-de-01", "lang": "de", "url": None, "published": "2023-01-25",
    "title": "Libanons Generalstaatsanwalt klagt Ermittler im Fall der Hafenexplosion an",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9], [D10, D11, D12, D13], [D14, D15, D16]),
    "events": [
        event("ACCUSE", OWEIDAT, BITAR, D1, mode="allege"),
        event("ACCUSE", OWEIDAT, BITAR, D2, mode="allege", date="2023-01-25"),
        event("COERCE", OWEIDAT, BITAR, D3, mode="restrict", date="2023-01-25"),
        event("ACCUSE", OWEIDAT, BITAR, D3, mode="investigate", date="2023-01-25"),
        event("CONCEDE", OWEIDAT, PORT_DETAINEES, D4),
        event("RETREAT", OWEIDAT, PORT_DETAINEES, D5, mode="release", date="2023-01-25"),
        event("RETREAT", OWEIDAT, DAHER, D5, mode="release", date="2023-01-25"),
        event("ACCUSE", BITAR, OWEIDAT, D7, mode="allege", date="2023-01-24"),
        event("ACCUSE", BITAR, A_IBRAHIM, D7, mode="allege", date="2023-01-24"),
        event("ACCUSE", BITAR, SALIBA, D7, mode="allege", date="2023-01-24"),
        event("REJECT", OWEIDAT, BITAR, D8),
        event("PROTEST", PORT_FAMILIES, OWEIDAT, D10, mode="demo", date="2023-01-25", location="Beirut",
              location_country="LBN"),
        event("ACCUSE", PORT_FAMILIES, OWEIDAT, D10, mode="disapprove", date="2023-01-25"),
        event("ACCUSE", NOUN, OWEIDAT, D11, mode="disapprove"),
        event("REQUEST", KHOURY, LBN_HJC, D12, mode="meet"),
        event("REQUEST", UN, LBN_GOV, D13),
        event("ACCUSE", LBN_MPS, BITAR, D15, mode="allege"),
        event("ACCUSE", HEZBOLLAH, BITAR, D16, mode="disapprove"),
    ],
    "quotes": [
        quote("sich gegen die Justiz aufgelehnt und sein Amt angemaßt zu haben", "Ghassan Oweidat", "indirect"),
        quote("seine Arbeit fortzusetzen", "Tarek Bitar", "indirect"),
        quote("die Aufklärung zu sabotieren", "families of the Beirut port explosion victims", "indirect"),
        quote("Das ist ein Putsch gegen die Justiz", "William Noun", "direct"),
        quote("noch in dieser Woche zu einer Dringlichkeitssitzung zusammenzukommen", "Henry Khoury", "indirect"),
        quote("die Unabhängigkeit der Ermittlungen zu gewährleisten", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Port of Beirut", "LOC", "LBN", ["im Hafen von Beirut"]),
        entity("Lebanon", "LOC", "LBN", ["Libanons"]),
        entity("Ghassan Oweidat", "PER", "LBN", ["Libanons Generalstaatsanwalt Ghassan Oweidat", "Oweidat", "er",
                                                 "Oweidat selbst"]),
        entity("Tarek Bitar", "PER", "LBN", ["den zuständigen Untersuchungsrichter Tarek Bitar", "Bitar", "den Richter",
                                             "ihn", "des Richters", "er", "dem Richter"]),
        entity("Public Prosecution of Lebanon", "ORG", "LBN", ["der Generalstaatsanwaltschaft"]),
        entity("detainees in the Beirut port explosion case", "PER", "LBN",
               ["aller 17 Verdächtigen", "die ersten Häftlinge"]),
        entity("Badri Daher", "PER", "LBN", ["der frühere Zolldirektor Badri Daher"]),
        entity("General Directorate of General Security", "ORG", "LBN", ["der Allgemeinen Sicherheit"]),
        entity("State Security (Lebanon)", "ORG", "LBN", ["der Staatssicherheit"]),
        entity("Abbas Ibrahim", "PER", "LBN", ["Abbas Ibrahim"]),
        entity("Tony Saliba", "PER", "LBN", ["Tony Saliba"]),
        entity("Lebanese security agencies", "ORG", "LBN", ["die Sicherheitsbehörden"]),
        entity("families of the Beirut port explosion victims", "PER", "LBN", ["Angehörige der Todesopfer"]),
        entity("Palace of Justice (Beirut)", "LOC", "LBN", ["dem Justizpalast in Beirut"]),
        entity("William Noun", "PER", "LBN", ["William Noun"]),
        entity("Joe Noun", "PER", "LBN", ["dessen Bruder"]),
        entity("Henry Khoury", "PER", "LBN", ["Justizminister Henry Khoury"]),
        entity("Supreme Judicial Council of Lebanon", "ORG", "LBN", ["den Obersten Justizrat"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("Government of Lebanon", "ORG", "LBN", ["die libanesischen Behörden"]),
        entity("Lebanese lawmakers charged in the port explosion case", "PER", "LBN",
               ["mehrere angeklagte Abgeordnete und frühere Minister"]),
        entity("Hezbollah", "ORG", "LBN", ["Die schiitische Hisbollah"]),
    ],
}

# ---------------------------------------------------------------- hm389-de-02 (Turkey, Can Atalay)
CASSATION = actor("Court of Cassation of Turkey", "TUR", "JUD")
TUR_CONST = actor("Constitutional Court of Turkey", "TUR", "JUD")
TBMM = actor("Grand National Assembly of Turkey", "TUR", "LEG")
IST_COURT = actor("Istanbul court", "TUR", "JUD")
ATALAY = actor("Can Atalay", "TUR", "LEG")
OZEL = actor("Özgür Özel", "TUR", "OPP")
TBB = actor("Union of Turkish Bar Associations", "TUR", "CVL")
BAS = actor("Erkan Baş", "TUR", "OPP")
TUR_POLICE = actor("Turkish police", "TUR", "COP")
TIP_SUPPORTERS = actor("supporters of the Workers' Party of Turkey", "TUR", "OPP")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
BAHCELI = actor("Devlet Bahçeli", "TUR", "PTY")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")

T1 = ("Ankara (dpa) - In der Türkei ist ein offener Machtkampf zwischen den beiden höchsten Gerichten des Landes "
      "entbrannt.")
T2 = ("Der Kassationshof weigerte sich am Mittwoch, ein Urteil des Verfassungsgerichts umzusetzen und den "
      "inhaftierten Oppositionsabgeordneten Can Atalay freizulassen.")
T3 = ("Zugleich erstattete die zuständige Strafkammer Anzeige gegen die neun Verfassungsrichter, die für Atalays "
      "Freilassung gestimmt hatten.")
T4 = ("Die Richter hätten ihre Befugnisse überschritten und gegen die Verfassung verstoßen, hieß es in der "
      "Begründung.")
T5 = "Das Parlament solle Atalay zudem sein Mandat entziehen, forderte das Gericht."
T6 = "Ein Istanbuler Gericht hatte Atalay im vergangenen Jahr im sogenannten Gezi-Prozess zu 18 Jahren Haft verurteilt."
T7 = ("Im Mai wurde der Anwalt für die kleine Arbeiterpartei der Türkei (TIP) in der vom Erdbeben verwüsteten Provinz "
      "Hatay ins Parlament gewählt.")
T8 = ("Das Verfassungsgericht hatte Ende Oktober entschieden, dass seine Rechte auf Wählbarkeit und persönliche "
      "Freiheit verletzt worden seien, und seine Freilassung angeordnet.")
T9 = ("Der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel, sprach von einem „Putschversuch“ gegen die "
      "Verfassungsordnung.")
T10 = "Auch die Vereinigung der türkischen Anwaltskammern verurteilte den Schritt scharf."
T11 = "TIP-Chef Erkan Baş forderte die sofortige Freilassung seines Parteifreundes."
T12 = ("Die Polizei drängte am Mittwochabend Hunderte Anhänger der Partei zurück, die vor dem Kassationshof in Ankara "
       "protestierten.")
T13 = "Nach Angaben der Polizei gab es keine Festnahmen."
T14 = "Präsident Recep Tayyip Erdoğan stellte sich indirekt hinter den Kassationshof."
T15 = ("Das Verfassungsgericht habe in jüngster Zeit „einen Fehler nach dem anderen“ gemacht, sagte er am Donnerstag "
       "auf dem Rückflug aus Usbekistan.")
T16 = ("Sein Bündnispartner Devlet Bahçeli von der ultranationalistischen MHP begrüßte die Entscheidung des "
       "Kassationshofs ausdrücklich.")
T17 = "Die EU-Kommission nannte das Vorgehen gegen das Verfassungsgericht „zutiefst besorgniserregend“."
T18 = "Entscheidungen des Verfassungsgerichts sind laut Verfassung für alle Staatsorgane bindend."

DE02 = {
    "id": "hm389-de-02", "lang": "de", "url": None, "published": "2023-11-09",
    "title": "Türkischer Kassationshof widersetzt sich Verfassungsgericht im Fall Atalay",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8], [T9, T10, T11, T12, T13], [T14, T15, T16, T17, T18]),
    "events": [
        event("REJECT", CASSATION, TUR_CONST, T2, mode="yield", date="2023-11-08"),
        event("ACCUSE", CASSATION, TUR_CONST, T3, mode="allege", date="2023-11-08"),
        event("ACCUSE", CASSATION, TUR_CONST, T4, mode="allege"),
        event("REQUEST", CASSATION, TBMM, T5),
        event("SANCTION", IST_COURT, ATALAY, T6, mode="convict"),
        event("COERCE", IST_COURT, ATALAY, T6, mode="arrest"),
        event("REQUEST", TUR_CONST, CASSATION, T8, mode="yield"),
        event("ACCUSE", OZEL, CASSATION, T9, mode="disapprove"),
        event("ACCUSE", TBB, CASSATION, T10, mode="disapprove"),
        event("REQUEST", BAS, CASSATION, T11, mode="yield"),
        event("COERCE", TUR_POLICE, TIP_SUPPORTERS, T12, mode="crowd-control", date="2023-11-08", location="Ankara",
              location_country="TUR"),
        event("PROTEST", TIP_SUPPORTERS, CASSATION, T12, mode="demo", date="2023-11-08", location="Ankara",
              location_country="TUR"),
        event("COERCE", TUR_POLICE, TIP_SUPPORTERS, T13, mode="arrest", negated=True),
        event("SUPPORT", ERDOGAN, CASSATION, T14),
        event("ACCUSE", ERDOGAN, TUR_CONST, T15, mode="disapprove", date="2023-11-09"),
        event("SUPPORT", BAHCELI, CASSATION, T16),
        event("ACCUSE", EU_COMMISSION, CASSATION, T17, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Richter hätten ihre Befugnisse überschritten und gegen die Verfassung verstoßen",
              "Court of Cassation of Turkey", "indirect"),
        quote("Das Parlament solle Atalay zudem sein Mandat entziehen", "Court of Cassation of Turkey", "indirect"),
        quote("dass seine Rechte auf Wählbarkeit und persönliche Freiheit verletzt worden seien",
              "Constitutional Court of Turkey", "indirect"),
        quote("Putschversuch", "Özgür Özel", "direct"),
        quote("Nach Angaben der Polizei gab es keine Festnahmen", "Turkish police", "indirect"),
        quote("einen Fehler nach dem anderen", "Recep Tayyip Erdoğan", "direct"),
        quote("Das Verfassungsgericht habe in jüngster Zeit „einen Fehler nach dem anderen“ gemacht",
              "Recep Tayyip Erdoğan", "indirect"),
        quote("zutiefst besorgniserregend", "European Commission", "direct"),
    ],
    "entities": [
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Turkey", "LOC", "TUR", ["In der Türkei", "des Landes"]),
        entity("Court of Cassation of Turkey", "ORG", "TUR",
               ["Der Kassationshof", "die zuständige Strafkammer", "das Gericht", "dem Kassationshof",
                "den Kassationshof", "des Kassationshofs"]),
        entity("Constitutional Court of Turkey", "ORG", "TUR",
               ["des Verfassungsgerichts", "die neun Verfassungsrichter", "Die Richter", "Das Verfassungsgericht",
                "das Verfassungsgericht"]),
        entity("Can Atalay", "PER", "TUR", ["den inhaftierten Oppositionsabgeordneten Can Atalay", "Atalays", "Atalay",
                                            "der Anwalt", "seines Parteifreundes"]),
        entity("Grand National Assembly of Turkey", "ORG", "TUR", ["Das Parlament", "ins Parlament"]),
        entity("Istanbul court", "ORG", "TUR", ["Ein Istanbuler Gericht"]),
        entity("Gezi trial", "MISC", "TUR", ["im sogenannten Gezi-Prozess"]),
        entity("Workers' Party of Turkey", "ORG", "TUR", ["die kleine Arbeiterpartei der Türkei (TIP)", "TIP",
                                                           "der Partei"]),
        entity("Hatay", "LOC", "TUR", ["der vom Erdbeben verwüsteten Provinz Hatay"]),
        entity("Republican People's Party", "ORG", "TUR", ["der größten Oppositionspartei CHP"]),
        entity("Özgür Özel", "PER", "TUR", ["Der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel"]),
        entity("Union of Turkish Bar Associations", "ORG", "TUR", ["die Vereinigung der türkischen Anwaltskammern"]),
        entity("Erkan Baş", "PER", "TUR", ["TIP-Chef Erkan Baş"]),
        entity("Turkish police", "ORG", "TUR", ["Die Polizei", "der Polizei"]),
        entity("supporters of the Workers' Party of Turkey", "PER", "TUR", ["Hunderte Anhänger der Partei"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan", "er"]),
        entity("Uzbekistan", "LOC", "UZB", ["Usbekistan"]),
        entity("Devlet Bahçeli", "PER", "TUR", ["Sein Bündnispartner Devlet Bahçeli"]),
        entity("Nationalist Movement Party", "ORG", "TUR", ["der ultranationalistischen MHP"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
    ],
}

# ---------------------------------------------------------------- hm389-de-03 (Morocco/Israel, Western Sahara)
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
MOHAMMED6 = actor("Mohammed VI", "MAR", "GOV")
POLISARIO = actor("Polisario Front", "ESH", "REB")
DZA_MFA = actor("Ministry of Foreign Affairs of Algeria", "DZA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
OHANA = actor("Amir Ohana", "ISR", "LEG")
DE_MISTURA = actor("Staffan de Mistura", "UNO", "IGO")

W1 = "Rabat (dpa) - Israel hat die Souveränität Marokkos über die umstrittene Westsahara anerkannt."
W2 = ("Ministerpräsident Benjamin Netanjahu habe König Mohammed VI. die Entscheidung in einem Brief mitgeteilt, "
      "teilte das marokkanische Königshaus am Montagabend mit.")
W3 = ("Israel werde die Anerkennung in allen Dokumenten der Regierung umsetzen und prüfe die Eröffnung eines "
      "Konsulats in der Küstenstadt Dachla, hieß es weiter.")
W4 = "Der König lud Netanjahu im Gegenzug zu einem Besuch in Marokko ein."
W5 = "Ein Termin wurde nicht genannt."
W6 = "Die Westsahara ist eine ehemalige spanische Kolonie und wird größtenteils von Marokko kontrolliert."
W7 = "Die Befreiungsbewegung Polisario kämpft seit Jahrzehnten für die Unabhängigkeit des dünn besiedelten Wüstengebiets."
W8 = "Sie verurteilte den Schritt Israels als „eklatanten Verstoß gegen das Völkerrecht“."
W9 = "Es handle sich um einen Handel zwischen zwei Besatzungsmächten, sagte ein Sprecher der Bewegung in Algier."
W10 = ("Das algerische Außenministerium warf Rabat vor, sich mit Israel gegen die Interessen der Region zu "
       "verbünden.")
W11 = ("Marokko und Israel hatten im Dezember 2020 im Rahmen der sogenannten Abraham-Abkommen diplomatische "
       "Beziehungen aufgenommen.")
W12 = ("Im Gegenzug hatte der damalige US-Präsident Donald Trump den marokkanischen Anspruch auf die Westsahara "
       "anerkannt.")
W13 = "Im Juni war Knesset-Präsident Amir Ohana als erster Parlamentschef Israels nach Rabat gereist."
W14 = ("Marokko hatte zuletzt jedoch mehrfach den Ausbau israelischer Siedlungen im besetzten Westjordanland "
       "verurteilt.")
W15 = ("Der UN-Sondergesandte für die Westsahara, Staffan de Mistura, rief Marokko und die Polisario auf, die "
       "Gespräche unter Führung der Vereinten Nationen wieder aufzunehmen.")
W16 = ("Seit dem Ende eines fast 30 Jahre alten Waffenstillstands im Jahr 2020 kommt es entlang des Sandwalls immer "
       "wieder zu Gefechten.")

DE03 = {
    "id": "hm389-de-03", "lang": "de", "url": None, "published": "2023-07-18",
    "title": "Israel erkennt Marokkos Souveränität über Westsahara an",
    "text": paragraphs([W1, W2, W3, W4, W5], [W6, W7, W8, W9, W10], [W11, W12, W13, W14], [W15, W16]),
    "events": [
        event("SUPPORT", ISR_GOV, MAR_GOV, W1),
        event("SUPPORT", NETANYAHU, MOHAMMED6, W2),
        event("AGREE", ISR_GOV, MAR_GOV, W3),
        event("AGREE", MOHAMMED6, NETANYAHU, W4),
        event("ACCUSE", POLISARIO, ISR_GOV, W8, mode="disapprove"),
        event("ACCUSE", POLISARIO, ISR_GOV, W9, mode="disapprove", location="Algiers", location_country="DZA"),
        event("ACCUSE", POLISARIO, MAR_GOV, W9, mode="disapprove", location="Algiers", location_country="DZA"),
        event("ACCUSE", DZA_MFA, MAR_GOV, W10, mode="disapprove"),
        event("SUPPORT", MAR_GOV, ISR_GOV, W11),
        event("SUPPORT", TRUMP, MAR_GOV, W12),
        event("CONSULT", OHANA, MAR_GOV, W13, mode="visit", location="Rabat", location_country="MAR"),
        event("ACCUSE", MAR_GOV, ISR_GOV, W14, mode="disapprove"),
        event("REQUEST", DE_MISTURA, MAR_GOV, W15, mode="meet"),
        event("REQUEST", DE_MISTURA, POLISARIO, W15, mode="meet"),
    ],
    "quotes": [
        quote("Ministerpräsident Benjamin Netanjahu habe König Mohammed VI. die Entscheidung in einem Brief mitgeteilt",
              "Royal Cabinet of Morocco", "indirect"),
        quote("Israel werde die Anerkennung in allen Dokumenten der Regierung umsetzen und prüfe die Eröffnung eines "
              "Konsulats in der Küstenstadt Dachla", "Royal Cabinet of Morocco", "indirect"),
        quote("eklatanten Verstoß gegen das Völkerrecht", "Polisario Front", "direct"),
        quote("Es handle sich um einen Handel zwischen zwei Besatzungsmächten", "spokesman of the Polisario Front",
              "indirect"),
        quote("sich mit Israel gegen die Interessen der Region zu verbünden", "Ministry of Foreign Affairs of Algeria",
              "indirect"),
        quote("die Gespräche unter Führung der Vereinten Nationen wieder aufzunehmen", "Staffan de Mistura",
              "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel", "Israels"]),
        entity("Morocco", "LOC", "MAR", ["Marokkos", "in Marokko", "von Marokko"]),
        entity("Government of Morocco", "ORG", "MAR", ["Rabat", "Marokko"]),
        entity("Western Sahara", "LOC", "ESH", ["die umstrittene Westsahara", "Die Westsahara",
                                                 "des dünn besiedelten Wüstengebiets", "die Westsahara"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "Netanjahu"]),
        entity("Mohammed VI", "PER", "MAR", ["König Mohammed VI.", "Der König"]),
        entity("Royal Cabinet of Morocco", "ORG", "MAR", ["das marokkanische Königshaus"]),
        entity("Dakhla", "LOC", "ESH", ["der Küstenstadt Dachla"]),
        entity("Polisario Front", "ORG", "ESH", ["Die Befreiungsbewegung Polisario", "der Bewegung", "die Polisario"]),
        entity("spokesman of the Polisario Front", "PER", "ESH", ["ein Sprecher der Bewegung"]),
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["Das algerische Außenministerium"]),
        entity("Abraham Accords", "MISC", None, ["der sogenannten Abraham-Abkommen"]),
        entity("Donald Trump", "PER", "USA", ["der damalige US-Präsident Donald Trump"]),
        entity("Amir Ohana", "PER", "ISR", ["Knesset-Präsident Amir Ohana"]),
        entity("Knesset", "ORG", "ISR", ["Knesset"]),
        entity("West Bank", "LOC", "PSE", ["im besetzten Westjordanland"]),
        entity("Staffan de Mistura", "PER", "UNO", ["Der UN-Sondergesandte für die Westsahara, Staffan de Mistura"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Moroccan Western Sahara Wall", "LOC", "ESH", ["des Sandwalls"]),
    ],
}

# ---------------------------------------------------------------- hm389-de-04 (Libya, parliament ends GNU mandate)
LBY_HOR = actor("House of Representatives of Libya", "LBY", "LEG")
GNU = actor("Government of National Unity", "LBY", "GOV")
LBY_PC = actor("Presidential Council of Libya", "LBY", "GOV")
GNS = actor("Government of National Stability", "LBY", "GOV")
HCS = actor("High Council of State of Libya", "LBY", "LEG")
TAKALA = actor("Mohamed Takala", "LBY", "LEG")
UNSMIL = actor("United Nations Support Mission in Libya", "UNO", "IGO")
AGUILA = actor("Aguila Saleh", "LBY", "LEG")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")

L1 = ("Bengasi (dpa) - Das Parlament im Osten Libyens hat der international anerkannten Einheitsregierung in Tripolis "
      "das Mandat entzogen.")
L2 = ("Die Abgeordneten erklärten am Dienstag in Bengasi die Amtszeit der Regierung von Ministerpräsident Abdul Hamid "
      "Dbeibah und des dreiköpfigen Präsidialrats für beendet.")
L3 = ("Als einzige legitime Regierung betrachte das Parlament künftig das Kabinett von Osama Hammad im Osten des "
      "Landes, sagte Parlamentssprecher Abdullah Blihig.")
L4 = ("Zudem übertrugen die Abgeordneten den Oberbefehl über die Streitkräfte auf Parlamentspräsident Aguila "
      "Saleh.")
L5 = "Der Hohe Staatsrat in Tripolis wies den Beschluss umgehend zurück."
L6 = "Das Parlament habe dazu keinerlei Befugnis, erklärte der Vorsitzende des Gremiums, Mohammed Takala."
L7 = ("Dbeibahs Regierung nannte die Entscheidung „null und nichtig“ und warf dem Parlament vor, das Land in eine "
      "neue Spaltung zu treiben.")
L8 = ("Sie werde die Macht nur an eine aus Wahlen hervorgegangene Regierung übergeben, hieß es in einer "
      "Erklärung.")
L9 = ("Die UN-Mission in Libyen (UNSMIL) zeigte sich besorgt über einseitige Schritte, die die Spaltung des Landes "
      "vertiefen könnten.")
L10 = ("Sie rief das Parlament, den Staatsrat und die Regierung in Tripolis auf, sich mit Blick auf Wahlen an einen "
       "Tisch zu setzen.")
L11 = ("Parlamentspräsident Saleh hatte Dbeibah bereits im vergangenen Jahr vorgeworfen, sich mit allen Mitteln an "
       "die Macht zu klammern.")
L12 = "Libyen ist seit dem Sturz von Langzeitherrscher Muammar al-Gaddafi im Jahr 2011 gespalten."
L13 = "Im Osten hat der Militärmachthaber Chalifa Haftar das Sagen, im Westen konkurrieren zahlreiche Milizen um Einfluss."
L14 = ("Die für Dezember 2021 geplanten Wahlen waren wegen eines Streits über die Zulassung von Kandidaten abgesagt "
       "worden.")
L15 = ("Dbeibah war Anfang 2021 aus einem von den Vereinten Nationen geleiteten Dialogprozess als Regierungschef "
       "hervorgegangen.")

DE04 = {
    "id": "hm389-de-04", "lang": "de", "url": None, "published": "2024-08-13",
    "title": "Libyens Parlament entzieht Einheitsregierung das Mandat",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11], [L12, L13, L14, L15]),
    "events": [
        event("COERCE", LBY_HOR, GNU, L1, mode="restrict"),
        event("COERCE", LBY_HOR, GNU, L2, mode="restrict", date="2024-08-13", location="Benghazi",
              location_country="LBY"),
        event("COERCE", LBY_HOR, LBY_PC, L2, mode="restrict", date="2024-08-13", location="Benghazi",
              location_country="LBY"),
        event("SUPPORT", LBY_HOR, GNS, L3),
        event("REJECT", HCS, LBY_HOR, L5),
        event("ACCUSE", TAKALA, LBY_HOR, L6, mode="disapprove"),
        event("ACCUSE", GNU, LBY_HOR, L7, mode="disapprove"),
        event("REJECT", GNU, LBY_HOR, L8, mode="change"),
        event("ACCUSE", UNSMIL, LBY_HOR, L9, mode="disapprove"),
        event("REQUEST", UNSMIL, LBY_HOR, L10, mode="meet"),
        event("REQUEST", UNSMIL, HCS, L10, mode="meet"),
        event("REQUEST", UNSMIL, GNU, L10, mode="meet"),
        event("ACCUSE", AGUILA, DBEIBAH, L11, mode="disapprove"),
    ],
    "quotes": [
        quote("Als einzige legitime Regierung betrachte das Parlament künftig das Kabinett von Osama Hammad im Osten "
              "des Landes", "Abdullah Blihig", "indirect"),
        quote("Das Parlament habe dazu keinerlei Befugnis", "Mohamed Takala", "indirect"),
        quote("null und nichtig", "Government of National Unity", "direct"),
        quote("das Land in eine neue Spaltung zu treiben", "Government of National Unity", "indirect"),
        quote("Sie werde die Macht nur an eine aus Wahlen hervorgegangene Regierung übergeben",
              "Government of National Unity", "indirect"),
        quote("sich mit Blick auf Wahlen an einen Tisch zu setzen", "United Nations Support Mission in Libya",
              "indirect"),
        quote("sich mit allen Mitteln an die Macht zu klammern", "Aguila Saleh", "indirect"),
    ],
    "entities": [
        entity("Benghazi", "LOC", "LBY", ["Bengasi"]),
        entity("House of Representatives of Libya", "ORG", "LBY",
               ["Das Parlament im Osten Libyens", "Die Abgeordneten", "das Parlament", "die Abgeordneten",
                "Das Parlament", "dem Parlament"]),
        entity("Libya", "LOC", "LBY", ["Libyens", "des Landes", "das Land", "Libyen"]),
        entity("Government of National Unity", "ORG", "LBY",
               ["der international anerkannten Einheitsregierung in Tripolis",
                "der Regierung von Ministerpräsident Abdul Hamid Dbeibah", "Dbeibahs Regierung",
                "die Regierung in Tripolis"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Ministerpräsident Abdul Hamid Dbeibah", "Dbeibahs", "Dbeibah"]),
        entity("Presidential Council of Libya", "ORG", "LBY", ["des dreiköpfigen Präsidialrats"]),
        entity("Government of National Stability", "ORG", "LBY", ["das Kabinett von Osama Hammad"]),
        entity("Osama Hammad", "PER", "LBY", ["Osama Hammad"]),
        entity("Abdullah Blihig", "PER", "LBY", ["Parlamentssprecher Abdullah Blihig"]),
        entity("Libyan National Army", "ORG", "LBY", ["die Streitkräfte"]),
        entity("Aguila Saleh", "PER", "LBY", ["Parlamentspräsident Aguila Saleh", "Parlamentspräsident Saleh"]),
        entity("High Council of State of Libya", "ORG", "LBY", ["Der Hohe Staatsrat in Tripolis", "des Gremiums",
                                                                "den Staatsrat"]),
        entity("Mohamed Takala", "PER", "LBY", ["der Vorsitzende des Gremiums, Mohammed Takala"]),
        entity("United Nations Support Mission in Libya", "ORG", "UNO", ["Die UN-Mission in Libyen (UNSMIL)"]),
        entity("Muammar al-Gaddafi", "PER", "LBY", ["Langzeitherrscher Muammar al-Gaddafi"]),
        entity("Khalifa Haftar", "PER", "LBY", ["der Militärmachthaber Chalifa Haftar"]),
        entity("militias in western Libya", "ORG", "LBY", ["zahlreiche Milizen"]),
        entity("United Nations", "ORG", "UNO", ["den Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm389-en-01 (Beijing Declaration)
HAMAS = actor("Hamas", "PSE", "PTY")
FATAH = actor("Fatah", "PSE", "PTY")
WANG_YI = actor("Wang Yi", "CHN", "GOV")
PAL_FACTIONS = actor("Palestinian factions", "PSE", "PTY")
ABU_MARZOUK = actor("Mousa Abu Marzouk", "PSE", "PTY")
CHN_GOV = actor("Government of China", "CHN", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
NETANYAHU_EN = actor("Benjamin Netanyahu", "ISR", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")

B1 = ("BEIJING (AP) — Rival Palestinian factions Hamas and Fatah signed a declaration in Beijing on Tuesday pledging "
      "to end their yearslong split and to work together toward a unity government, Chinese state media reported.")
B2 = ("The agreement followed three days of talks in the Chinese capital hosted by Foreign Minister Wang Yi and "
      "attended by 12 smaller Palestinian groups.")
B3 = ("Wang said the factions had agreed to form an “interim national reconciliation government” to run Gaza after "
      "the war.")
B4 = ("“Reconciliation is an internal matter for the Palestinian factions, but at the same time it cannot be achieved "
      "without the support of the international community,” he told reporters.")
B5 = ("Hamas official Mousa Abu Marzouk, who led the group's delegation, thanked China for its efforts and said the "
      "factions were committed to “complete the path of reconciliation” together.")
B6 = "Fatah's delegation was led by Mahmoud al-Aloul, the movement's deputy leader."
B7 = ("Israeli Foreign Minister Israel Katz swiftly condemned the deal and lashed out at Palestinian President "
      "Mahmoud Abbas, whose Fatah movement dominates the Palestinian Authority.")
B8 = ("“Instead of rejecting terrorism, Mahmoud Abbas embraces the murderers and rapists of Hamas, revealing his "
      "true face,” Katz wrote on X.")
B9 = "He said the agreement would never be implemented because Hamas's rule in Gaza would be crushed."
B10 = ("U.S. State Department spokesman Matthew Miller said Washington had not yet reviewed the text but would not "
       "support any role for Hamas in governing Gaza once the war ends.")
B11 = ("Hamas and Fatah have been bitterly divided since a brief civil war in 2007 that left Hamas in control of "
       "Gaza.")
B12 = "Several earlier reconciliation deals, including ones reached in Cairo and Algiers, were never implemented."
B13 = "China has sought a bigger role as a mediator in the Middle East in recent years."
B14 = ("Israeli Prime Minister Benjamin Netanyahu has rejected any role in postwar Gaza for the Palestinian "
       "Authority, which administers parts of the occupied West Bank.")
B15 = ("The war, triggered by Hamas' Oct. 7 attack on southern Israel, has killed more than 39,000 Palestinians, "
       "according to Gaza's Health Ministry.")

EN01 = {
    "id": "hm389-en-01", "lang": "en", "url": None, "published": "2024-07-23",
    "title": "Hamas and Fatah sign unity declaration in Beijing; Israel condemns the deal",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6], [B7, B8, B9, B10], [B11, B12, B13], [B14, B15]),
    "events": [
        event("AGREE", HAMAS, FATAH, B1, date="2024-07-23", location="Beijing", location_country="CHN"),
        event("CONSULT", WANG_YI, PAL_FACTIONS, B2, mode="third-party", location="Beijing", location_country="CHN"),
        event("AGREE", HAMAS, FATAH, B3),
        event("SUPPORT", ABU_MARZOUK, CHN_GOV, B5),
        event("AGREE", ABU_MARZOUK, FATAH, B5),
        event("ACCUSE", KATZ, ABBAS, B7, mode="disapprove"),
        event("ACCUSE", KATZ, ABBAS, B8, mode="disapprove"),
        event("ACCUSE", KATZ, HAMAS, B8, mode="disapprove"),
        event("THREATEN", KATZ, HAMAS, B9, mode="violence"),
        event("SUPPORT", MILLER, HAMAS, B10, negated=True),
        event("REJECT", NETANYAHU_EN, PA, B14),
    ],
    "quotes": [
        quote("Rival Palestinian factions Hamas and Fatah signed a declaration in Beijing on Tuesday pledging to end "
              "their yearslong split and to work together toward a unity government", "Chinese state media",
              "indirect"),
        quote("interim national reconciliation government", "Wang Yi", "direct"),
        quote("the factions had agreed to form an “interim national reconciliation government” to run Gaza after the "
              "war", "Wang Yi", "indirect"),
        quote("Reconciliation is an internal matter for the Palestinian factions, but at the same time it cannot be "
              "achieved without the support of the international community", "Wang Yi", "direct"),
        quote("complete the path of reconciliation", "Mousa Abu Marzouk", "direct"),
        quote("the factions were committed to “complete the path of reconciliation” together", "Mousa Abu Marzouk",
              "indirect"),
        quote("Instead of rejecting terrorism, Mahmoud Abbas embraces the murderers and rapists of Hamas, revealing "
              "his true face", "Israel Katz", "direct"),
        quote("the agreement would never be implemented because Hamas's rule in Gaza would be crushed", "Israel Katz",
              "indirect"),
        quote("Washington had not yet reviewed the text but would not support any role for Hamas in governing Gaza "
              "once the war ends", "Matthew Miller", "indirect"),
        quote("The war, triggered by Hamas' Oct. 7 attack on southern Israel, has killed more than 39,000 "
              "Palestinians", "Gaza Health Ministry", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["BEIJING", "Beijing", "the Chinese capital"]),
        entity("Hamas", "ORG", "PSE", ["Hamas", "the group's", "Hamas's", "Hamas'"]),
        entity("Fatah", "ORG", "PSE", ["Fatah", "Fatah's", "the movement's", "whose Fatah movement"]),
        entity("Chinese state media", "ORG", "CHN", ["Chinese state media"]),
        entity("Wang Yi", "PER", "CHN", ["Foreign Minister Wang Yi", "Wang", "he"]),
        entity("Palestinian factions", "ORG", "PSE", ["12 smaller Palestinian groups", "the factions",
                                                      "the Palestinian factions"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "postwar Gaza"]),
        entity("Mousa Abu Marzouk", "PER", "PSE", ["Hamas official Mousa Abu Marzouk"]),
        entity("Government of China", "ORG", "CHN", ["China"]),
        entity("Mahmoud al-Aloul", "PER", "PSE", ["Mahmoud al-Aloul, the movement's deputy leader"]),
        entity("Israel Katz", "PER", "ISR", ["Israeli Foreign Minister Israel Katz", "Katz", "He"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palestinian President Mahmoud Abbas", "Mahmoud Abbas"]),
        entity("Palestinian Authority", "ORG", "PSE", ["the Palestinian Authority"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Matthew Miller", "PER", "USA", ["U.S. State Department spokesman Matthew Miller"]),
        entity("United States Department of State", "ORG", "USA", ["U.S. State Department"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Cairo", "LOC", "EGY", ["Cairo"]),
        entity("Algiers", "LOC", "DZA", ["Algiers"]),
        entity("Middle East", "LOC", None, ["the Middle East"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu"]),
        entity("West Bank", "LOC", "PSE", ["the occupied West Bank"]),
        entity("Israel", "LOC", "ISR", ["southern Israel"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["Gaza's Health Ministry"]),
    ],
}

# ---------------------------------------------------------------- hm389-en-02 (Yemen, U.S. strike on Saada migrant center)
US_MIL = actor("United States Armed Forces", "USA", "MIL")
MIGRANTS = actor("Ethiopian migrants in Saada", "ETH", "CVL")
HOUTHIS = actor("Houthis", "YEM", "REB")
USA_GOV = actor("Government of the United States", "USA", "GOV")
CENTCOM = actor("United States Central Command", "USA", "MIL")
HEGSETH = actor("Pete Hegseth", "USA", "GOV")
IOM = actor("International Organization for Migration", "UNO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
YEM_SPC = actor("Supreme Political Council", "YEM", "REB")
US_NAVY = actor("United States Navy", "USA", "MIL")
ISR_GOV_EN = actor("Government of Israel", "ISR", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
SAU_BORDER = actor("Saudi Border Guard", "SAU", "COP")

Y1 = ("SAADA, Yemen (AP) — A U.S. airstrike hit a detention center holding mostly Ethiopian migrants in Yemen's "
      "northwestern Saada province early Monday, and the Houthi rebels said at least 68 people were killed.")
Y2 = "Another 47 migrants were wounded, many of them critically, according to the Houthi-run Interior Ministry."
Y3 = "Footage aired by the rebels' Al-Masirah satellite channel showed rescuers pulling bodies from the rubble."
Y4 = "The Houthis accused Washington of a “full-fledged war crime” against civilians."
Y5 = ("The U.S. military's Central Command said it was aware of claims of civilian casualties and was assessing "
      "them.")
Y6 = ("In a statement on Sunday, it said U.S. forces had struck more than 800 targets since the campaign began on "
      "March 15, killing hundreds of Houthi fighters.")
Y7 = ("Defense Secretary Pete Hegseth vowed that the strikes would continue until the Houthis stop attacking ships "
      "in the Red Sea.")
Y8 = ("The U.N. migration agency said it was “deeply alarmed” by the deaths and urged both Washington and the "
      "rebels to protect civilians.")
Y9 = ("Amnesty International called for an independent investigation, saying the strike could amount to a war "
      "crime.")
Y10 = ("The Houthis' Supreme Political Council vowed revenge and said its forces had fired missiles and drones at the "
       "aircraft carrier USS Harry S. Truman in the Red Sea.")
Y11 = ("The strike came a day after the rebels said U.S. raids on a market in the capital, Sanaa, had killed 12 "
       "people.")
Y12 = ("The U.S. campaign began after the rebels threatened to resume attacks on Israel-linked ships in the Red "
       "Sea.")
Y13 = ("Saada, a Houthi stronghold on the border with Saudi Arabia, lies on a route used by migrants from the Horn "
       "of Africa trying to reach the oil-rich kingdom.")
Y14 = ("Human Rights Watch accused Saudi border guards in 2023 of killing hundreds of Ethiopian migrants at the "
       "frontier.")
Y15 = "Riyadh rejected the accusations."

EN02 = {
    "id": "hm389-en-02", "lang": "en", "url": None, "published": "2025-04-28",
    "title": "US airstrike hits migrant detention center in Yemen, Houthis say dozens killed",
    "text": paragraphs([Y1, Y2, Y3], [Y4, Y5, Y6, Y7], [Y8, Y9, Y10], [Y11, Y12], [Y13, Y14, Y15]),
    "events": [
        event("ASSAULT", US_MIL, MIGRANTS, Y1, mode="aerial", date="2025-04-28", location="Saada",
              location_country="YEM"),
        event("ACCUSE", HOUTHIS, USA_GOV, Y4, mode="allege"),
        event("ASSAULT", CENTCOM, HOUTHIS, Y6, mode="aerial"),
        event("THREATEN", HEGSETH, HOUTHIS, Y7, mode="violence"),
        event("REQUEST", IOM, USA_GOV, Y8),
        event("REQUEST", IOM, HOUTHIS, Y8),
        event("REQUEST", AMNESTY, USA_GOV, Y9),
        event("ACCUSE", AMNESTY, USA_GOV, Y9, mode="allege"),
        event("THREATEN", YEM_SPC, USA_GOV, Y10, mode="violence"),
        event("ASSAULT", HOUTHIS, US_NAVY, Y10, mode="heavy-weapons", location="Red Sea"),
        event("ACCUSE", HOUTHIS, USA_GOV, Y11, mode="allege"),
        event("THREATEN", HOUTHIS, ISR_GOV_EN, Y12, mode="violence"),
        event("ACCUSE", HRW, SAU_BORDER, Y14, mode="allege"),
    ],
    "quotes": [
        quote("at least 68 people were killed", "Houthis", "indirect"),
        quote("Another 47 migrants were wounded, many of them critically", "Houthi Interior Ministry", "indirect"),
        quote("full-fledged war crime", "Houthis", "direct"),
        quote("it was aware of claims of civilian casualties and was assessing them", "United States Central Command",
              "indirect"),
        quote("U.S. forces had struck more than 800 targets since the campaign began on March 15, killing hundreds of "
              "Houthi fighters", "United States Central Command", "indirect"),
        quote("the strikes would continue until the Houthis stop attacking ships in the Red Sea", "Pete Hegseth",
              "indirect"),
        quote("deeply alarmed", "International Organization for Migration", "direct"),
        quote("the strike could amount to a war crime", "Amnesty International", "indirect"),
        quote("its forces had fired missiles and drones at the aircraft carrier USS Harry S. Truman in the Red Sea",
              "Supreme Political Council", "indirect"),
        quote("U.S. raids on a market in the capital, Sanaa, had killed 12 people", "Houthis", "indirect"),
    ],
    "entities": [
        entity("Saada", "LOC", "YEM", ["SAADA", "Yemen's northwestern Saada province", "Saada"]),
        entity("Yemen", "LOC", "YEM", ["Yemen"]),
        entity("Ethiopian migrants in Saada", "PER", "ETH", ["mostly Ethiopian migrants", "Another 47 migrants"]),
        entity("Houthis", "ORG", "YEM", ["the Houthi rebels", "the rebels'", "The Houthis", "the Houthis",
                                         "The Houthis'", "the rebels", "Houthi fighters"]),
        entity("Houthi Interior Ministry", "ORG", "YEM", ["the Houthi-run Interior Ministry"]),
        entity("Al-Masirah", "ORG", "YEM", ["the rebels' Al-Masirah satellite channel"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("United States Central Command", "ORG", "USA", ["The U.S. military's Central Command", "it"]),
        entity("United States Armed Forces", "ORG", "USA", ["U.S. forces"]),
        entity("Pete Hegseth", "PER", "USA", ["Defense Secretary Pete Hegseth"]),
        entity("Red Sea", "LOC", None, ["the Red Sea"]),
        entity("International Organization for Migration", "ORG", "UNO", ["The U.N. migration agency"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Supreme Political Council", "ORG", "YEM", ["The Houthis' Supreme Political Council"]),
        entity("USS Harry S. Truman", "MISC", "USA", ["the aircraft carrier USS Harry S. Truman"]),
        entity("Sanaa", "LOC", "YEM", ["the capital, Sanaa"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia", "the oil-rich kingdom"]),
        entity("Horn of Africa", "LOC", None, ["the Horn of Africa"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Saudi Border Guard", "ORG", "SAU", ["Saudi border guards"]),
        entity("Ethiopian migrants at the Saudi border", "PER", "ETH", ["hundreds of Ethiopian migrants"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Riyadh"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
