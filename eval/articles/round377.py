"""Round 377: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, Middle East and North Africa, invented wording and details):
- hm377-de-01: Tunisia: police arrest anti-racism activist Saadia Mosbah and search her home and the offices of Mnemty; the financial prosecutors investigate her, the earlier detentions of Sherifa Riahi and Mustapha Djemali, Saied calls foreign-funded NGOs traitors, the LTDH condemns and demands releases, HRW and Amnesty (Morayef) object, the EU Commission watches "with concern" (2024-05-07).
- hm377-de-02: Algeria/France: Algiers accuses Paris of a disinformation campaign after France deports the influencer Doualemn, Algeria refuses him entry and flies him back; his arrest in Montpellier and detention, Retailleau's expulsion order and accusation, Barrot's warning, the RN's visa demand, his lawyer Mousset sues, two more influencers arrested, the recalled ambassador, Macron's Western Sahara stance and the Sansal arrest recalled (2025-01-11).
- hm377-de-03: Iraq: Baghdad halts salary payments to the Kurdistan Region; Finance Minister Taif Sami accuses Erbil of overspending and withholding oil revenue, the KRG and Masrour Barzani object and demand a reversal, Qubad Talabani's delegation meets al-Sudani, who promises a constitutional solution, teachers protest in Sulaymaniyah and unions threaten a strike, the KDP accuses Baghdad, the US embassy urges dialogue (2025-05-30).
- hm377-de-04: Palestinian territories: the PLO Executive Committee approves Abbas's nomination of Hussein al-Sheikh as his deputy; PFLP and Barghouti's National Initiative boycotted the Central Council, Abbas insulted Hamas and demanded the hostages' release and the handover of Gaza, Hamas hits back, Bassem Naim's remark, Saudi Arabia, Egypt and Jordan welcome the appointment, the Central Council demands a ceasefire and Israeli withdrawal (2025-04-26).
- hm377-en-01: Mauritania/EU/Spain: von der Leyen and Sánchez visit Ghazouani in Nouakchott and pledge 210 million euros to curb migration to the Canary Islands; talks on a migration partnership agreed, Ghazouani asks for help with Malian refugees, Sánchez praises Mauritania and promises more work visas, CEAR objects, Merzoug refuses to take third-country deportees, Clavijo welcomes and asks for help, the EU-Tunisia deal recalled (2024-02-08).
- hm377-en-02: FIFA/Saudi Arabia: FIFA's congress confirms Saudi Arabia as 2034 World Cup host and Morocco, Spain and Portugal for 2030; Infantino praises the bid, the Saudi sports minister thanks FIFA and pledges a great tournament, Amnesty and Cockburn accuse FIFA, HRW presses Riyadh, Norway's federation objects, the BWI complaint to the ILO and Aramco's sponsorship recalled (2024-12-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm377-de-01 (Tunisia, Saadia Mosbah arrested)
TUN_POLICE = actor("Tunisian police", "TUN", "COP")
MOSBAH = actor("Saadia Mosbah", "TUN", "NGO")
MNEMTY = actor("Mnemty", "TUN", "NGO")
TUN_FIN_PROSECUTORS = actor("Tunisian Financial Judicial Pole", "TUN", "JUD")
RIAHI = actor("Sherifa Riahi", "TUN", "NGO")
DJEMALI = actor("Mustapha Djemali", "TUN", "NGO")
SAIED = actor("Kais Saied", "TUN", "GOV")
FOREIGN_FUNDED_NGOS = actor("associations receiving foreign funding", "TUN", "NGO")
LTDH = actor("Tunisian League for Human Rights", "TUN", "NGO")
TUN_AUTHORITIES = actor("Tunisian authorities", "TUN", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
MORAYEF = actor("Heba Morayef", "NGO", "NGO")

T1 = "Tunis (dpa) - In Tunesien ist die bekannte Anti-Rassismus-Aktivistin Saadia Mosbah festgenommen worden."
T2 = ("Polizisten durchsuchten am Montag ihre Wohnung in Tunis und die Büros ihres Vereins Mnemty und beschlagnahmten "
      "Computer und Unterlagen, wie die Organisation mitteilte.")
T3 = ("Die Finanzstaatsanwaltschaft ermittle gegen die 64-Jährige wegen des Verdachts der Geldwäsche und der illegalen "
      "Bereicherung, sagte ein Sprecher des Gerichts in Tunis.")
T4 = ("Mosbah setzt sich seit Jahrzehnten für die Rechte schwarzer Tunesier und von Migranten aus Ländern südlich der "
      "Sahara ein.")
T5 = ("Wenige Tage zuvor waren bereits die frühere Leiterin der Organisation Terre d'Asile Tunisie, Sherifa Riahi, und "
      "der Präsident des Tunesischen Flüchtlingsrats, Mustapha Djemali, in Gewahrsam genommen worden.")
T6 = ("Präsident Kais Saied warf am Montagabend bei einer Sitzung des Nationalen Sicherheitsrats Vereinen, die Geld "
      "aus dem Ausland erhalten, Verrat vor.")
T7 = ("„Wer Geld aus dem Ausland nimmt, um Migranten in Tunesien anzusiedeln, ist ein Verräter und ein Agent“, sagte er "
      "in einer vom Präsidialamt verbreiteten Videoaufnahme.")
T8 = "Tunesien werde weder ein Transitland noch ein Land der Ansiedlung für Migranten sein, fügte Saied hinzu."
T9 = ("Die Tunesische Liga für Menschenrechte (LTDH) verurteilte die Festnahmen als Versuch, die Zivilgesellschaft "
      "mundtot zu machen, und forderte die sofortige Freilassung der Aktivisten.")
T10 = "Auch Human Rights Watch und Amnesty International kritisierten das Vorgehen der Behörden."
T11 = ("Die Festnahmen seien Teil einer „beispiellosen Einschüchterungskampagne“ gegen Menschen, die Migranten und "
       "Flüchtlingen helfen, erklärte Amnesty-Regionaldirektorin Heba Morayef.")
T12 = ("Ein Sprecher der EU-Kommission sagte in Brüssel, man verfolge die Berichte über die Festnahmen „mit Sorge“.")
T13 = "Seit Anfang 2023 sind Schwarze in Tunesien vermehrt Opfer rassistischer Übergriffe geworden."
T14 = ("Tunesien ist eines der wichtigsten Transitländer für Migranten, die über das Mittelmeer nach Europa gelangen "
       "wollen.")
T15 = "Ein Untersuchungsrichter soll in den kommenden Tagen über die Fortdauer von Mosbahs Haft entscheiden."

DE01 = {
    "id": "hm377-de-01", "lang": "de", "url": None, "published": "2024-05-07",
    "title": "Tunesien: Anti-Rassismus-Aktivistin Saadia Mosbah festgenommen",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11, T12], [T13, T14, T15]),
    "events": [
        event("COERCE", TUN_POLICE, MOSBAH, T1, mode="arrest", location_country="TUN"),
        event("COERCE", TUN_POLICE, MOSBAH, T2, mode="seize", date="2024-05-06", location="Tunis",
              location_country="TUN"),
        event("COERCE", TUN_POLICE, MNEMTY, T2, mode="seize", date="2024-05-06", location="Tunis",
              location_country="TUN"),
        event("ACCUSE", TUN_FIN_PROSECUTORS, MOSBAH, T3, mode="investigate"),
        event("COERCE", TUN_POLICE, RIAHI, T5, mode="arrest"),
        event("COERCE", TUN_POLICE, DJEMALI, T5, mode="arrest"),
        event("ACCUSE", SAIED, FOREIGN_FUNDED_NGOS, T6, mode="allege", date="2024-05-06"),
        event("ACCUSE", SAIED, FOREIGN_FUNDED_NGOS, T7, mode="allege"),
        event("ACCUSE", LTDH, TUN_AUTHORITIES, T9, mode="disapprove"),
        event("REQUEST", LTDH, TUN_AUTHORITIES, T9, mode="yield"),
        event("ACCUSE", HRW, TUN_AUTHORITIES, T10, mode="disapprove"),
        event("ACCUSE", AMNESTY, TUN_AUTHORITIES, T10, mode="disapprove"),
        event("ACCUSE", MORAYEF, TUN_AUTHORITIES, T11, mode="disapprove"),
    ],
    "quotes": [
        quote("Polizisten durchsuchten am Montag ihre Wohnung in Tunis und die Büros ihres Vereins Mnemty und "
              "beschlagnahmten Computer und Unterlagen", "Mnemty", "indirect"),
        quote("Die Finanzstaatsanwaltschaft ermittle gegen die 64-Jährige wegen des Verdachts der Geldwäsche und der "
              "illegalen Bereicherung", "spokesperson of the Tunis court", "indirect"),
        quote("Wer Geld aus dem Ausland nimmt, um Migranten in Tunesien anzusiedeln, ist ein Verräter und ein Agent",
              "Kais Saied", "direct"),
        quote("Tunesien werde weder ein Transitland noch ein Land der Ansiedlung für Migranten sein", "Kais Saied",
              "indirect"),
        quote("beispiellosen Einschüchterungskampagne", "Heba Morayef", "direct"),
        quote("Die Festnahmen seien Teil einer „beispiellosen Einschüchterungskampagne“ gegen Menschen, die Migranten "
              "und Flüchtlingen helfen", "Heba Morayef", "indirect"),
        quote("mit Sorge", "spokesperson of the European Commission", "direct"),
        quote("man verfolge die Berichte über die Festnahmen „mit Sorge“", "spokesperson of the European Commission",
              "indirect"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesien"]),
        entity("Saadia Mosbah", "PER", "TUN", ["die bekannte Anti-Rassismus-Aktivistin Saadia Mosbah", "ihre Wohnung",
                                               "die 64-Jährige", "Mosbah", "Mosbahs"]),
        entity("Tunisian police", "ORG", "TUN", ["Polizisten"]),
        entity("Mnemty", "ORG", "TUN", ["ihres Vereins Mnemty", "die Organisation"]),
        entity("Tunisian Financial Judicial Pole", "ORG", "TUN", ["Die Finanzstaatsanwaltschaft"]),
        entity("spokesperson of the Tunis court", "PER", "TUN", ["ein Sprecher des Gerichts in Tunis"]),
        entity("Tunis Court of First Instance", "ORG", "TUN", ["des Gerichts in Tunis"]),
        entity("Sahara", "LOC", None, ["Sahara"]),
        entity("Terre d'Asile Tunisie", "ORG", "TUN", ["der Organisation Terre d'Asile Tunisie"]),
        entity("Sherifa Riahi", "PER", "TUN", ["die frühere Leiterin der Organisation Terre d'Asile Tunisie, Sherifa "
                                               "Riahi"]),
        entity("Tunisian Council for Refugees", "ORG", "TUN", ["des Tunesischen Flüchtlingsrats"]),
        entity("Mustapha Djemali", "PER", "TUN", ["der Präsident des Tunesischen Flüchtlingsrats, Mustapha Djemali"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied", "er", "Saied"]),
        entity("National Security Council of Tunisia", "ORG", "TUN", ["des Nationalen Sicherheitsrats"]),
        entity("associations receiving foreign funding", "ORG", "TUN", ["Vereinen, die Geld aus dem Ausland "
                                                                         "erhalten"]),
        entity("Presidency of Tunisia", "ORG", "TUN", ["vom Präsidialamt"]),
        entity("Tunisian League for Human Rights", "ORG", "TUN", ["Die Tunesische Liga für Menschenrechte (LTDH)"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "Amnesty"]),
        entity("Tunisian authorities", "ORG", "TUN", ["der Behörden"]),
        entity("Heba Morayef", "PER", "NGO", ["Amnesty-Regionaldirektorin Heba Morayef"]),
        entity("European Commission", "ORG", "EUR", ["der EU-Kommission"]),
        entity("spokesperson of the European Commission", "PER", "EUR", ["Ein Sprecher der EU-Kommission"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Mediterranean Sea", "LOC", None, ["das Mittelmeer"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("investigating judge", "PER", "TUN", ["Ein Untersuchungsrichter"]),
    ],
}

# ---------------------------------------------------------------- hm377-de-02 (Algeria/France, Doualemn deported)
ALG_MFA = actor("Ministry of Foreign Affairs of Algeria", "DZA", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
FRA_POLICE = actor("French police", "FRA", "COP")
DOUALEMN = actor("Doualemn", "DZA", "CVL")
ALG_AUTHORITIES = actor("Algerian authorities", "DZA", "GOV")
FRA_INVESTIGATORS = actor("French investigators", "FRA", "COP")
RETAILLEAU = actor("Bruno Retailleau", "FRA", "GOV")
ALG_GOV = actor("Government of Algeria", "DZA", "GOV")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")
RN = actor("Rassemblement National", "FRA", "PTY")
MOUSSET = actor("Jean-Baptiste Mousset", "FRA", "CVL")
FRA_INTERIOR = actor("Ministry of the Interior of France", "FRA", "GOV")
OTHER_INFLUENCERS = actor("two Algerian influencers arrested in Brest and Grenoble", "DZA", "CVL")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
ALG_SECURITY = actor("Algerian security services", "DZA", "COP")
SANSAL = actor("Boualem Sansal", "FRA", "CVL")

A1 = ("Paris (dpa) - Im Streit um einen abgeschobenen Influencer hat Algerien Frankreich eine "
      "„Desinformationskampagne“ vorgeworfen.")
A2 = ("Frankreich habe dem Mann keine Gelegenheit gegeben, sich vor Gericht gegen seine Ausweisung zu wehren, erklärte "
      "das Außenministerium in Algier am Samstag.")
A3 = ("Der 59-jährige Algerier, der in sozialen Netzwerken unter dem Namen Doualemn auftritt, war am Donnerstag in "
      "Begleitung von Polizisten von Paris nach Algier abgeschoben worden.")
A4 = ("Die algerischen Behörden verweigerten ihm jedoch die Einreise und schickten ihn noch am selben Abend mit "
      "derselben Maschine nach Paris zurück.")
A5 = "Dort wurde er in Abschiebehaft genommen."
A6 = ("Der Mann, der seit 36 Jahren in Frankreich lebt, war am vergangenen Sonntag in Montpellier festgenommen "
      "worden.")
A7 = ("Nach Angaben der Ermittler hatte er in einem Video auf Tiktok dazu aufgerufen, einem in Frankreich lebenden "
      "Gegner der algerischen Führung eine „harte Lektion“ zu erteilen.")
A8 = "Innenminister Bruno Retailleau entzog ihm daraufhin die Aufenthaltserlaubnis und ordnete seine Ausweisung an."
A9 = "„Algerien versucht, Frankreich zu demütigen“, sagte Retailleau am Freitag."
A10 = ("Außenminister Jean-Noël Barrot warnte, Frankreich werde keine andere Wahl haben, als zu reagieren, sollte "
       "Algerien seinen Kurs der Eskalation fortsetzen.")
A11 = ("Politiker des rechtsnationalen Rassemblement National forderten, die Vergabe von Visa an Algerier drastisch "
       "einzuschränken.")
A12 = ("Der Anwalt des Influencers, Jean-Baptiste Mousset, reichte beim Verwaltungsgericht Klage gegen die Ausweisung "
       "ein.")
A13 = "Die Abschiebung sei „überstürzt und rechtswidrig“ gewesen, sagte er dem Sender BFMTV."
A14 = ("In Brest und Grenoble wurden in dieser Woche zwei weitere algerische Influencer festgenommen, denen Aufrufe zu "
       "Gewalt vorgeworfen werden.")
A15 = "Die Beziehungen zwischen Paris und Algier sind seit Monaten angespannt."
A16 = ("Algerien hatte im Sommer seinen Botschafter aus Paris abgezogen, nachdem Präsident Emmanuel Macron sich hinter "
       "den marokkanischen Autonomieplan für die Westsahara gestellt hatte.")
A17 = "Im November war zudem der französisch-algerische Schriftsteller Boualem Sansal in Algier festgenommen worden."
A18 = "Macron hatte Algerien deshalb Anfang der Woche vorgeworfen, sich zu „entehren“."

DE02 = {
    "id": "hm377-de-02", "lang": "de", "url": None, "published": "2025-01-11",
    "title": "Algerien wirft Frankreich im Streit um abgeschobenen Influencer Desinformation vor",
    "text": paragraphs([A1, A2], [A3, A4, A5], [A6, A7, A8, A9], [A10, A11, A12, A13, A14], [A15, A16, A17, A18]),
    "events": [
        event("ACCUSE", ALG_MFA, FRA_GOV, A1, mode="disapprove"),
        event("ACCUSE", ALG_MFA, FRA_GOV, A2, mode="allege", date="2025-01-11"),
        event("COERCE", FRA_POLICE, DOUALEMN, A3, mode="deport", date="2025-01-09", location="Paris",
              location_country="FRA"),
        event("REJECT", ALG_AUTHORITIES, FRA_GOV, A4, date="2025-01-09", location="Algiers", location_country="DZA"),
        event("COERCE", FRA_POLICE, DOUALEMN, A5, mode="arrest", date="2025-01-09", location="Paris",
              location_country="FRA"),
        event("COERCE", FRA_POLICE, DOUALEMN, A6, mode="arrest", date="2025-01-05", location="Montpellier",
              location_country="FRA"),
        event("ACCUSE", FRA_INVESTIGATORS, DOUALEMN, A7, mode="allege"),
        event("COERCE", RETAILLEAU, DOUALEMN, A8, mode="deport"),
        event("ACCUSE", RETAILLEAU, ALG_GOV, A9, mode="disapprove", date="2025-01-10"),
        event("THREATEN", BARROT, ALG_GOV, A10),
        event("REQUEST", RN, None, A11, mode="change"),
        event("ACCUSE", MOUSSET, FRA_INTERIOR, A12, mode="allege"),
        event("ACCUSE", MOUSSET, FRA_INTERIOR, A13, mode="disapprove"),
        event("COERCE", FRA_POLICE, OTHER_INFLUENCERS, A14, mode="arrest", location_country="FRA"),
        event("SANCTION", ALG_GOV, FRA_GOV, A16, mode="withdraw"),
        event("SUPPORT", MACRON, MAR_GOV, A16),
        event("COERCE", ALG_SECURITY, SANSAL, A17, mode="arrest", location="Algiers", location_country="DZA"),
        event("ACCUSE", MACRON, ALG_GOV, A18, mode="disapprove"),
    ],
    "quotes": [
        quote("Desinformationskampagne", "Ministry of Foreign Affairs of Algeria", "direct"),
        quote("Frankreich habe dem Mann keine Gelegenheit gegeben, sich vor Gericht gegen seine Ausweisung zu wehren",
              "Ministry of Foreign Affairs of Algeria", "indirect"),
        quote("Nach Angaben der Ermittler hatte er in einem Video auf Tiktok dazu aufgerufen, einem in Frankreich "
              "lebenden Gegner der algerischen Führung eine „harte Lektion“ zu erteilen", "French investigators",
              "indirect"),
        quote("harte Lektion", "Doualemn", "direct"),
        quote("Algerien versucht, Frankreich zu demütigen", "Bruno Retailleau", "direct"),
        quote("Frankreich werde keine andere Wahl haben, als zu reagieren, sollte Algerien seinen Kurs der Eskalation "
              "fortsetzen", "Jean-Noël Barrot", "indirect"),
        quote("überstürzt und rechtswidrig", "Jean-Baptiste Mousset", "direct"),
        quote("Die Abschiebung sei „überstürzt und rechtswidrig“ gewesen", "Jean-Baptiste Mousset", "indirect"),
        quote("entehren", "Emmanuel Macron", "direct"),
        quote("sich zu „entehren“", "Emmanuel Macron", "indirect"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Doualemn", "PER", "DZA", ["einen abgeschobenen Influencer", "dem Mann",
                                          "Der 59-jährige Algerier, der in sozialen Netzwerken unter dem Namen "
                                          "Doualemn auftritt", "ihm", "Der Mann, der seit 36 Jahren in Frankreich lebt",
                                          "des Influencers"]),
        entity("Algeria", "LOC", "DZA", ["Algerien"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["das Außenministerium in Algier"]),
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("French police", "ORG", "FRA", ["Polizisten"]),
        entity("Algerian authorities", "ORG", "DZA", ["Die algerischen Behörden"]),
        entity("Montpellier", "LOC", "FRA", ["Montpellier"]),
        entity("French investigators", "ORG", "FRA", ["der Ermittler"]),
        entity("TikTok", "ORG", "CHN", ["Tiktok"]),
        entity("opponent of the Algerian leadership living in France", "PER", "DZA",
               ["einem in Frankreich lebenden Gegner der algerischen Führung"]),
        entity("Government of Algeria", "ORG", "DZA", ["der algerischen Führung"]),
        entity("Bruno Retailleau", "PER", "FRA", ["Innenminister Bruno Retailleau", "Retailleau"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["Außenminister Jean-Noël Barrot"]),
        entity("Rassemblement National", "ORG", "FRA", ["des rechtsnationalen Rassemblement National"]),
        entity("politicians of the Rassemblement National", "PER", "FRA",
               ["Politiker des rechtsnationalen Rassemblement National"]),
        entity("Jean-Baptiste Mousset", "PER", "FRA", ["Der Anwalt des Influencers, Jean-Baptiste Mousset", "er"]),
        entity("administrative court", "ORG", "FRA", ["beim Verwaltungsgericht"]),
        entity("BFMTV", "ORG", "FRA", ["dem Sender BFMTV"]),
        entity("Brest", "LOC", "FRA", ["Brest"]),
        entity("Grenoble", "LOC", "FRA", ["Grenoble"]),
        entity("two Algerian influencers arrested in Brest and Grenoble", "PER", "DZA",
               ["zwei weitere algerische Influencer"]),
        entity("Algerian ambassador to France", "PER", "DZA", ["seinen Botschafter"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Macron"]),
        entity("Morocco", "LOC", "MAR", ["marokkanischen"]),
        entity("Western Sahara", "LOC", "ESH", ["die Westsahara"]),
        entity("Boualem Sansal", "PER", "FRA", ["der französisch-algerische Schriftsteller Boualem Sansal"]),
    ],
}

# ---------------------------------------------------------------- hm377-de-03 (Iraq, Kurdish salaries halted)
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
KRG = actor("Kurdistan Regional Government", "IRQ", "GOV")
TAIF_SAMI = actor("Taif Sami", "IRQ", "GOV")
MASROUR = actor("Masrour Barzani", "IRQ", "GOV")
QUBAD = actor("Qubad Talabani", "IRQ", "GOV")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
SULAY_PROTESTERS = actor("teachers and public employees in Sulaymaniyah", "IRQ", "CVL")
TEACHER_UNIONS = actor("teachers' unions in Kurdistan", "IRQ", "LAB")
KDP = actor("Kurdistan Democratic Party", "IRQ", "PTY")
US_EMBASSY_BAGHDAD = actor("United States Embassy in Baghdad", "USA", "GOV")

K1 = ("Bagdad (dpa) - Im Haushaltsstreit mit der Autonomieregion Kurdistan hat die irakische Zentralregierung die "
      "Zahlung der Gehälter für Hunderttausende kurdische Staatsbedienstete gestoppt.")
K2 = ("Die Region habe ihren Anteil am Staatshaushalt für dieses Jahr bereits überschritten, hieß es in einem Schreiben "
      "von Finanzministerin Taif Sami an die Regionalregierung in Erbil.")
K3 = ("Zudem habe Erbil entgegen früheren Vereinbarungen keine Einnahmen aus dem Ölverkauf an die Staatskasse "
      "abgeführt.")
K4 = ("Die kurdische Regionalregierung nannte den Schritt „verfassungswidrig“ und sprach von einer „kollektiven "
      "Bestrafung“ der Bevölkerung.")
K5 = "Regierungschef Masrour Barzani forderte Bagdad auf, die Entscheidung umgehend zurückzunehmen."
K6 = "„Bagdad benutzt die Gehälter unserer Lehrer und Ärzte als politisches Druckmittel“, sagte er in Erbil."
K7 = ("Eine Delegation unter Leitung seines Stellvertreters Kubad Talabani reiste am Donnerstag zu Gesprächen in die "
      "Hauptstadt.")
K8 = ("Dort empfing Ministerpräsident Mohammed Schia al-Sudani die Delegation nach Angaben der Regionalregierung zu "
      "einem mehrstündigen Gespräch.")
K9 = "Al-Sudani sicherte den Gästen zu, dass seine Regierung eine Lösung im Rahmen der Verfassung suchen werde."
K10 = ("In Sulaimanija demonstrierten am selben Tag Tausende Lehrer und andere Staatsbedienstete gegen die Regierungen "
       "in Bagdad und Erbil.")
K11 = "Viele von ihnen erhalten ihr Gehalt seit Jahren nur mit monatelanger Verspätung."
K12 = ("Lehrergewerkschaften kündigten einen unbefristeten Streik an, sollte das Geld bis Ende Juni nicht überwiesen "
       "werden.")
K13 = ("Die Demokratische Partei Kurdistans (KDP), die die Regionalregierung führt, warf der Zentralregierung vor, die "
       "Kurden vor der Parlamentswahl im November unter Druck setzen zu wollen.")
K14 = "Die US-Botschaft in Bagdad rief beide Seiten auf, den Streit rasch im Dialog beizulegen."
K15 = "Der Streit um Öl und Haushaltsmittel belastet das Verhältnis zwischen Bagdad und Erbil seit Jahren."
K16 = "Die Ölexporte aus Kurdistan über den türkischen Hafen Ceyhan sind seit März 2023 unterbrochen."

DE03 = {
    "id": "hm377-de-03", "lang": "de", "url": None, "published": "2025-05-30",
    "title": "Irak stoppt Gehaltszahlungen für kurdische Staatsbedienstete",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9], [K10, K11, K12, K13, K14], [K15, K16]),
    "events": [
        event("SANCTION", IRQ_GOV, KRG, K1, mode="discontinue"),
        event("ACCUSE", TAIF_SAMI, KRG, K2, mode="allege"),
        event("ACCUSE", TAIF_SAMI, KRG, K3, mode="allege"),
        event("ACCUSE", KRG, IRQ_GOV, K4, mode="disapprove"),
        event("REQUEST", MASROUR, IRQ_GOV, K5, mode="yield"),
        event("ACCUSE", MASROUR, IRQ_GOV, K6, mode="disapprove", location="Erbil", location_country="IRQ"),
        event("CONSULT", QUBAD, IRQ_GOV, K7, mode="visit", date="2025-05-29", location="Baghdad",
              location_country="IRQ"),
        event("CONSULT", QUBAD, SUDANI, K8, mode="visit", date="2025-05-29", location="Baghdad",
              location_country="IRQ"),
        event("AGREE", SUDANI, QUBAD, K9),
        event("PROTEST", SULAY_PROTESTERS, IRQ_GOV, K10, mode="demo", date="2025-05-29", location="Sulaymaniyah",
              location_country="IRQ"),
        event("PROTEST", SULAY_PROTESTERS, KRG, K10, mode="demo", date="2025-05-29", location="Sulaymaniyah",
              location_country="IRQ"),
        event("THREATEN", TEACHER_UNIONS, None, K12, mode="restrict"),
        event("ACCUSE", KDP, IRQ_GOV, K13, mode="disapprove"),
        event("REQUEST", US_EMBASSY_BAGHDAD, IRQ_GOV, K14, mode="meet"),
        event("REQUEST", US_EMBASSY_BAGHDAD, KRG, K14, mode="meet"),
    ],
    "quotes": [
        quote("Die Region habe ihren Anteil am Staatshaushalt für dieses Jahr bereits überschritten", "Taif Sami",
              "indirect"),
        quote("Zudem habe Erbil entgegen früheren Vereinbarungen keine Einnahmen aus dem Ölverkauf an die Staatskasse "
              "abgeführt", "Taif Sami", "indirect"),
        quote("verfassungswidrig", "Kurdistan Regional Government", "direct"),
        quote("kollektiven Bestrafung", "Kurdistan Regional Government", "direct"),
        quote("Bagdad benutzt die Gehälter unserer Lehrer und Ärzte als politisches Druckmittel", "Masrour Barzani",
              "direct"),
        quote("Dort empfing Ministerpräsident Mohammed Schia al-Sudani die Delegation nach Angaben der Regionalregierung "
              "zu einem mehrstündigen Gespräch", "Kurdistan Regional Government", "indirect"),
        quote("dass seine Regierung eine Lösung im Rahmen der Verfassung suchen werde", "Mohammed Shia al-Sudani",
              "indirect"),
        quote("die Kurden vor der Parlamentswahl im November unter Druck setzen zu wollen",
              "Kurdistan Democratic Party", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad", "die Hauptstadt"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["der Autonomieregion Kurdistan", "Die Region", "Kurdistan"]),
        entity("Government of Iraq", "ORG", "IRQ", ["die irakische Zentralregierung", "der Zentralregierung",
                                                    "seine Regierung"]),
        entity("Kurdish public employees", "PER", "IRQ", ["Hunderttausende kurdische Staatsbedienstete"]),
        entity("Taif Sami", "PER", "IRQ", ["Finanzministerin Taif Sami"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["die Regionalregierung in Erbil",
                                                               "Die kurdische Regionalregierung",
                                                               "der Regionalregierung"]),
        entity("Erbil", "LOC", "IRQ", ["Erbil"]),
        entity("Masrour Barzani", "PER", "IRQ", ["Regierungschef Masrour Barzani", "er"]),
        entity("Qubad Talabani", "PER", "IRQ", ["seines Stellvertreters Kubad Talabani"]),
        entity("Kurdistan Regional Government delegation", "ORG", "IRQ",
               ["Eine Delegation unter Leitung seines Stellvertreters Kubad Talabani", "die Delegation",
                "den Gästen"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani", "Al-Sudani"]),
        entity("Sulaymaniyah", "LOC", "IRQ", ["Sulaimanija"]),
        entity("teachers and public employees in Sulaymaniyah", "PER", "IRQ",
               ["Tausende Lehrer und andere Staatsbedienstete"]),
        entity("teachers' unions in Kurdistan", "ORG", "IRQ", ["Lehrergewerkschaften"]),
        entity("Kurdistan Democratic Party", "ORG", "IRQ", ["Die Demokratische Partei Kurdistans (KDP)"]),
        entity("Kurds", "PER", "IRQ", ["die Kurden"]),
        entity("United States Embassy in Baghdad", "ORG", "USA", ["Die US-Botschaft in Bagdad"]),
        entity("Turkey", "LOC", "TUR", ["türkischen"]),
        entity("Ceyhan", "LOC", "TUR", ["Hafen Ceyhan"]),
    ],
}

# ---------------------------------------------------------------- hm377-de-04 (Palestinians, al-Sheikh deputy)
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
AL_SHEIKH = actor("Hussein al-Sheikh", "PSE", "GOV")
PLO_EC = actor("PLO Executive Committee", "PSE", "GOV")
PLO_CC = actor("PLO Central Council", "PSE", "LEG")
PFLP = actor("Popular Front for the Liberation of Palestine", "PSE", "PTY")
PNI = actor("Palestinian National Initiative", "PSE", "PTY")
HAMAS = actor("Hamas", "PSE", "REB")
SAU = actor("Saudi Arabia", "SAU", "GOV")
EGY = actor("Egypt", "EGY", "GOV")
JOR = actor("Jordan", "JOR", "GOV")
ISR = actor("Israel", "ISR", "GOV")

P1 = ("Ramallah (dpa) - Der palästinensische Präsident Mahmud Abbas hat seinen langjährigen Vertrauten Hussein "
      "al-Scheich zu seinem Stellvertreter ernannt.")
P2 = ("Das Exekutivkomitee der Palästinensischen Befreiungsorganisation (PLO) billigte am Samstag in Ramallah "
      "einstimmig die Nominierung des 64-Jährigen.")
P3 = ("Al-Scheich gilt damit als wahrscheinlichster Nachfolger des 89 Jahre alten Abbas, der seit 2005 an der Spitze "
      "der Autonomiebehörde steht.")
P4 = "Der PLO-Zentralrat hatte das Amt des Vizepräsidenten erst am Donnerstag nach zweitägigen Beratungen geschaffen."
P5 = ("Die Sitzung war von mehreren Gruppierungen boykottiert worden, darunter der Volksfront zur Befreiung Palästinas "
      "(PFLP) und der Palästinensischen Nationalen Initiative von Mustafa Barghuti.")
P6 = ("Zum Auftakt am Mittwoch hatte Abbas die im Gazastreifen herrschende Hamas scharf angegriffen und ihre Anführer "
      "als „Hundesöhne“ beschimpft.")
P7 = ("Er forderte die Islamistenorganisation auf, die verbliebenen israelischen Geiseln freizulassen und die Kontrolle "
      "über den Küstenstreifen an die Autonomiebehörde zu übergeben.")
P8 = "„Lasst die Geiseln frei und nehmt Israel damit jeden Vorwand“, rief Abbas den Delegierten zu."
P9 = ("Die Hamas nannte die Äußerungen „beleidigend“ und warf Abbas vor, sich zum Handlanger der israelischen "
      "Besatzung zu machen.")
P10 = ("Der Hamas-Funktionär Bassem Naim sagte, die Ernennung al-Scheichs sei eine „interne Angelegenheit der Fatah“ "
       "und ändere nichts an der Lage im Gazastreifen.")
P11 = ("Saudi-Arabien, Ägypten und Jordanien begrüßten die Ernennung als Schritt zur Reform der palästinensischen "
       "Institutionen.")
P12 = ("Westliche und arabische Staaten sehen eine Reform der Autonomiebehörde als Voraussetzung dafür, dass sie nach "
       "dem Krieg eine Rolle im Gazastreifen spielt.")
P13 = ("In seiner Abschlusserklärung verlangte der Zentralrat zudem eine sofortige Waffenruhe im Gazastreifen und den "
       "vollständigen Abzug der israelischen Truppen.")
P14 = ("Al-Scheich leitet seit Jahren die Behörde für zivile Angelegenheiten, die unter anderem Genehmigungen für "
       "Palästinenser mit den israelischen Behörden abstimmt.")
P15 = "In Umfragen schneidet er schlecht ab; viele Palästinenser halten ihn für zu nah an Israel."

DE04 = {
    "id": "hm377-de-04", "lang": "de", "url": None, "published": "2025-04-26",
    "title": "Abbas ernennt Hussein al-Scheich zu seinem Stellvertreter",
    "text": paragraphs([P1, P2, P3], [P4, P5], [P6, P7, P8], [P9, P10, P11, P12], [P13, P14, P15]),
    "events": [
        event("SUPPORT", PLO_EC, AL_SHEIKH, P2, date="2025-04-26", location="Ramallah", location_country="PSE"),
        event("PROTEST", PFLP, PLO_CC, P5, mode="boycott"),
        event("PROTEST", PNI, PLO_CC, P5, mode="boycott"),
        event("ACCUSE", ABBAS, HAMAS, P6, mode="disapprove", date="2025-04-23", location="Ramallah",
              location_country="PSE"),
        event("REQUEST", ABBAS, HAMAS, P7, mode="yield"),
        event("REQUEST", ABBAS, HAMAS, P8, mode="yield"),
        event("ACCUSE", HAMAS, ABBAS, P9, mode="disapprove"),
        event("SUPPORT", SAU, ABBAS, P11),
        event("SUPPORT", EGY, ABBAS, P11),
        event("SUPPORT", JOR, ABBAS, P11),
        event("REQUEST", PLO_CC, ISR, P13, mode="yield"),
    ],
    "quotes": [
        quote("Hundesöhne", "Mahmoud Abbas", "direct"),
        quote("Lasst die Geiseln frei und nehmt Israel damit jeden Vorwand", "Mahmoud Abbas", "direct"),
        quote("beleidigend", "Hamas", "direct"),
        quote("sich zum Handlanger der israelischen Besatzung zu machen", "Hamas", "indirect"),
        quote("interne Angelegenheit der Fatah", "Bassem Naim", "direct"),
        quote("die Ernennung al-Scheichs sei eine „interne Angelegenheit der Fatah“ und ändere nichts an der Lage im "
              "Gazastreifen", "Bassem Naim", "indirect"),
    ],
    "entities": [
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Der palästinensische Präsident Mahmud Abbas", "Abbas", "Er",
                                               "des 89 Jahre alten Abbas"]),
        entity("Hussein al-Sheikh", "PER", "PSE", ["seinen langjährigen Vertrauten Hussein al-Scheich",
                                                   "des 64-Jährigen", "Al-Scheich", "al-Scheichs", "er", "ihn"]),
        entity("Palestine Liberation Organization", "ORG", "PSE", ["der Palästinensischen Befreiungsorganisation "
                                                                   "(PLO)"]),
        entity("PLO Executive Committee", "ORG", "PSE", ["Das Exekutivkomitee der Palästinensischen "
                                                         "Befreiungsorganisation (PLO)"]),
        entity("Palestinian Authority", "ORG", "PSE", ["der Autonomiebehörde", "die Autonomiebehörde"]),
        entity("PLO Central Council", "ORG", "PSE", ["Der PLO-Zentralrat", "der Zentralrat"]),
        entity("Popular Front for the Liberation of Palestine", "ORG", "PSE",
               ["der Volksfront zur Befreiung Palästinas (PFLP)"]),
        entity("Palestinian National Initiative", "ORG", "PSE", ["der Palästinensischen Nationalen Initiative"]),
        entity("Mustafa Barghouti", "PER", "PSE", ["Mustafa Barghuti"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen", "den Küstenstreifen"]),
        entity("Hamas", "ORG", "PSE", ["die im Gazastreifen herrschende Hamas", "die Islamistenorganisation",
                                       "Die Hamas"]),
        entity("leaders of Hamas", "PER", "PSE", ["ihre Anführer"]),
        entity("Israeli hostages in Gaza", "PER", "ISR", ["die verbliebenen israelischen Geiseln", "die Geiseln"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("delegates of the PLO Central Council", "PER", "PSE", ["den Delegierten"]),
        entity("Bassem Naim", "PER", "PSE", ["Der Hamas-Funktionär Bassem Naim"]),
        entity("Fatah", "ORG", "PSE", ["der Fatah"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["der israelischen Truppen"]),
        entity("General Authority of Civil Affairs", "ORG", "PSE", ["die Behörde für zivile Angelegenheiten"]),
        entity("Israeli authorities", "ORG", "ISR", ["den israelischen Behörden"]),
        entity("Palestinians", "PER", "PSE", ["viele Palästinenser"]),
    ],
}

# ---------------------------------------------------------------- hm377-en-01 (Mauritania, EU migration pledge)
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
MRT_GOV = actor("Government of Mauritania", "MRT", "GOV")
GHAZOUANI = actor("Mohamed Ould Ghazouani", "MRT", "GOV")
EU = actor("European Union", "EUR", "IGO")
CEAR = actor("Spanish Commission for Refugee Aid", "ESP", "NGO")
MERZOUG = actor("Mohamed Salem Ould Merzoug", "MRT", "GOV")
CLAVIJO = actor("Fernando Clavijo", "ESP", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")

M1 = ("NOUAKCHOTT, Mauritania (AP) — European Commission President Ursula von der Leyen and Spanish Prime Minister "
      "Pedro Sánchez promised Mauritania 210 million euros ($226 million) on Thursday to help the West African nation "
      "curb migration toward Spain's Canary Islands and cope with refugees from neighboring Mali.")
M2 = ("The two leaders met President Mohamed Ould Ghazouani in the capital on their first joint trip to the country, "
      "which has become a major departure point for migrant boats.")
M3 = ("Von der Leyen said the money would pay for border management, the fight against smugglers, humanitarian aid "
      "and investment in renewable energy and green hydrogen.")
M4 = ("\"We will work together to dismantle the criminal networks that put people's lives at risk,\" she told "
      "reporters after the meeting.")
M5 = ("The two sides also agreed to negotiate a formal migration partnership in the coming weeks, including closer "
      "cooperation between Mauritanian and Spanish police and training for the coast guard.")
M6 = ("Ghazouani asked the EU for more help in caring for more than 100,000 Malian refugees in the Mbera camp near the "
      "border, according to a statement from his office.")
M7 = ("Sánchez called Mauritania \"a reliable partner\" and said Spain would expand a program that lets Mauritanians "
      "work legally in Spanish agriculture for several months a year.")
M8 = ("More than 39,000 migrants reached the Canary Islands by boat last year, a record, according to Spain's Interior "
      "Ministry, and arrivals in January were five times higher than a year earlier.")
M9 = ("Many of the boats leave from beaches near Nouadhibou, in northern Mauritania, for a journey of more than 1,000 "
      "kilometers (620 miles) across the Atlantic.")
M10 = ("The Spanish Commission for Refugee Aid, or CEAR, accused the EU of paying African governments to keep migrants "
       "away and warned that the deal would push people onto even more dangerous routes.")
M11 = ("Mauritania has faced criticism over its treatment of migrants, including reports of mass expulsions to the "
       "Malian border.")
M12 = ("Mauritanian Foreign Minister Mohamed Salem Ould Merzoug said his country would not become \"Europe's border "
       "guard\" and would not take in migrants of other nationalities deported from Europe.")
M13 = ("Canary Islands regional president Fernando Clavijo welcomed the EU pledge but urged Madrid and Brussels to "
       "also help the islands care for more than 4,000 unaccompanied minors in their shelters.")
M14 = ("The EU signed a similar agreement with Tunisia last July, promising 105 million euros for border control and "
       "search-and-rescue operations.")
M15 = ("Sánchez, who faces pressure from the Canary Islands' government over the rising arrivals, is due to return to "
       "Mauritania later this year.")

EN01 = {
    "id": "hm377-en-01", "lang": "en", "url": None, "published": "2024-02-08",
    "title": "EU and Spain pledge 210 million euros to Mauritania to curb migration",
    "text": paragraphs([M1, M2], [M3, M4, M5, M6], [M7, M8, M9], [M10, M11, M12], [M13, M14, M15]),
    "events": [
        event("AGREE", VDL, MRT_GOV, M1, date="2024-02-08", location="Nouakchott", location_country="MRT"),
        event("AGREE", SANCHEZ, MRT_GOV, M1, date="2024-02-08", location="Nouakchott", location_country="MRT"),
        event("CONSULT", VDL, GHAZOUANI, M2, mode="visit", date="2024-02-08", location="Nouakchott",
              location_country="MRT"),
        event("CONSULT", SANCHEZ, GHAZOUANI, M2, mode="visit", date="2024-02-08", location="Nouakchott",
              location_country="MRT"),
        event("AGREE", VDL, MRT_GOV, M4),
        event("AGREE", EU, MRT_GOV, M5),
        event("REQUEST", GHAZOUANI, EU, M6, mode="assist"),
        event("SUPPORT", SANCHEZ, MRT_GOV, M7),
        event("AGREE", SANCHEZ, MRT_GOV, M7),
        event("ACCUSE", CEAR, EU, M10, mode="disapprove"),
        event("REJECT", MERZOUG, EU, M12),
        event("SUPPORT", CLAVIJO, EU, M13),
        event("REQUEST", CLAVIJO, ESP_GOV, M13, mode="assist"),
        event("REQUEST", CLAVIJO, EU, M13, mode="assist"),
        event("SUPPORT", EU, TUN_GOV, M14),
        event("AGREE", EU, TUN_GOV, M14),
        event("AGREE", SANCHEZ, MRT_GOV, M15),
    ],
    "quotes": [
        quote("the money would pay for border management, the fight against smugglers, humanitarian aid and investment "
              "in renewable energy and green hydrogen", "Ursula von der Leyen", "indirect"),
        quote("We will work together to dismantle the criminal networks that put people's lives at risk",
              "Ursula von der Leyen", "direct"),
        quote("Ghazouani asked the EU for more help in caring for more than 100,000 Malian refugees in the Mbera camp "
              "near the border", "Presidency of Mauritania", "indirect"),
        quote("a reliable partner", "Pedro Sánchez", "direct"),
        quote("Spain would expand a program that lets Mauritanians work legally in Spanish agriculture for several "
              "months a year", "Pedro Sánchez", "indirect"),
        quote("More than 39,000 migrants reached the Canary Islands by boat last year, a record, according to Spain's "
              "Interior Ministry, and arrivals in January were five times higher than a year earlier",
              "Ministry of the Interior of Spain", "indirect"),
        quote("the deal would push people onto even more dangerous routes", "Spanish Commission for Refugee Aid",
              "indirect"),
        quote("Europe's border guard", "Mohamed Salem Ould Merzoug", "direct"),
        quote("his country would not become \"Europe's border guard\" and would not take in migrants of other "
              "nationalities deported from Europe", "Mohamed Salem Ould Merzoug", "indirect"),
    ],
    "entities": [
        entity("Nouakchott", "LOC", "MRT", ["NOUAKCHOTT", "the capital"]),
        entity("Mauritania", "LOC", "MRT", ["Mauritania", "the West African nation", "the country", "his country"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["European Commission President Ursula von der Leyen",
                                                      "Von der Leyen", "she"]),
        entity("European Commission", "ORG", "EUR", ["European Commission"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Spanish Prime Minister Pedro Sánchez", "Sánchez"]),
        entity("Spain", "LOC", "ESP", ["Spain's", "Spain"]),
        entity("Canary Islands", "LOC", "ESP", ["Canary Islands", "the islands"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("Mohamed Ould Ghazouani", "PER", "MRT", ["President Mohamed Ould Ghazouani", "Ghazouani"]),
        entity("Presidency of Mauritania", "ORG", "MRT", ["his office"]),
        entity("European Union", "ORG", "EUR", ["the EU", "The EU", "Brussels"]),
        entity("Malian refugees in Mbera", "PER", "MLI", ["more than 100,000 Malian refugees"]),
        entity("Mbera refugee camp", "LOC", "MRT", ["the Mbera camp"]),
        entity("Ministry of the Interior of Spain", "ORG", "ESP", ["Spain's Interior Ministry"]),
        entity("Nouadhibou", "LOC", "MRT", ["Nouadhibou"]),
        entity("Atlantic Ocean", "LOC", None, ["the Atlantic"]),
        entity("Spanish Commission for Refugee Aid", "ORG", "ESP", ["The Spanish Commission for Refugee Aid, or "
                                                                    "CEAR"]),
        entity("Mohamed Salem Ould Merzoug", "PER", "MRT", ["Mauritanian Foreign Minister Mohamed Salem Ould "
                                                            "Merzoug"]),
        entity("Europe", "LOC", None, ["Europe"]),
        entity("Fernando Clavijo", "PER", "ESP", ["Canary Islands regional president Fernando Clavijo"]),
        entity("Government of Spain", "ORG", "ESP", ["Madrid"]),
        entity("unaccompanied minors in the Canary Islands", "PER", None, ["more than 4,000 unaccompanied minors"]),
        entity("Tunisia", "LOC", "TUN", ["Tunisia"]),
        entity("Government of the Canary Islands", "ORG", "ESP", ["the Canary Islands' government"]),
    ],
}

# ---------------------------------------------------------------- hm377-en-02 (FIFA, Saudi Arabia 2034 World Cup)
FIFA = actor("FIFA", "NGO", "NGO")
FIFA_CONGRESS = actor("FIFA Congress", "NGO", "NGO")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
MOROCCO = actor("Morocco", "MAR", "GOV")
SPAIN = actor("Spain", "ESP", "GOV")
PORTUGAL = actor("Portugal", "PRT", "GOV")
INFANTINO = actor("Gianni Infantino", "NGO", "NGO")
ABDULAZIZ = actor("Abdulaziz bin Turki Al-Faisal", "SAU", "GOV")
AMNESTY_W = actor("Amnesty International", "NGO", "NGO")
COCKBURN = actor("Steve Cockburn", "NGO", "NGO")
HRW_W = actor("Human Rights Watch", "NGO", "NGO")
NFF = actor("Football Association of Norway", "NOR", "NGO")
BWI = actor("Building and Wood Workers' International", "NGO", "LAB")
ARAMCO = actor("Saudi Aramco", "SAU", "BUS")

W1 = ("ZURICH (AP) — Saudi Arabia was confirmed on Wednesday as host of the 2034 World Cup, despite warnings from human "
      "rights groups about the treatment of the migrant workers who will build most of its stadiums.")
W2 = ("FIFA's 211 member federations approved the Saudi bid by acclamation at an online congress chaired by President "
      "Gianni Infantino, without holding a formal vote.")
W3 = "The same congress also awarded the 2030 tournament to a joint bid by Morocco, Spain and Portugal."
W4 = ("Uruguay, Argentina and Paraguay will each stage one game to mark the centenary of the first World Cup, held in "
      "Montevideo in 1930.")
W5 = ("Infantino praised the Saudi bid, which received the highest score in the history of FIFA's technical "
      "evaluations, and said the 2034 tournament would \"unite the world\" through football.")
W6 = ("Saudi Sports Minister Prince Abdulaziz bin Turki Al-Faisal thanked FIFA's members and promised \"an "
      "unforgettable tournament\" with 15 stadiums, 11 of which are yet to be built.")
W7 = ("Amnesty International accused FIFA of ignoring the risks to workers and said the decision marked \"a moment of "
      "great danger\" for human rights.")
W8 = ("\"FIFA's reckless decision to award the 2034 World Cup to Saudi Arabia without ensuring adequate human rights "
      "protections will put many lives at risk,\" said Steve Cockburn, Amnesty's head of labor rights and sport.")
W9 = ("Human Rights Watch urged Saudi authorities to introduce a minimum wage for migrant workers and to allow "
      "independent inspections of construction sites.")
W10 = ("Norway's football federation objected to bundling the 2030 and 2034 decisions into a single vote, saying it "
       "left members no real choice.")
W11 = "Its president, Lise Klaveness, has repeatedly criticized FIFA's governance."
W12 = ("In June, the global union federation Building and Wood Workers' International filed a complaint with the "
       "International Labour Organization accusing Saudi Arabia of wage theft and forced labor.")
W13 = ("Saudi officials reject the accusations and say labor reforms introduced since 2021 have improved conditions for "
       "the country's roughly 13 million foreign workers.")
W14 = ("The kingdom has spent billions on sport in recent years, from boxing and Formula One to golf, in what critics "
       "call \"sportswashing.\"")
W15 = "State oil giant Aramco signed a four-year sponsorship deal with FIFA in April."

EN02 = {
    "id": "hm377-en-02", "lang": "en", "url": None, "published": "2024-12-11",
    "title": "Saudi Arabia confirmed as 2034 World Cup host despite rights concerns",
    "text": paragraphs([W1, W2], [W3, W4], [W5, W6], [W7, W8, W9], [W10, W11, W12, W13], [W14, W15]),
    "events": [
        event("SUPPORT", FIFA, SAUDI, W1, date="2024-12-11"),
        event("SUPPORT", FIFA_CONGRESS, SAUDI, W2),
        event("SUPPORT", FIFA_CONGRESS, MOROCCO, W3),
        event("SUPPORT", FIFA_CONGRESS, SPAIN, W3),
        event("SUPPORT", FIFA_CONGRESS, PORTUGAL, W3),
        event("SUPPORT", INFANTINO, SAUDI, W5),
        event("SUPPORT", ABDULAZIZ, FIFA, W6),
        event("AGREE", ABDULAZIZ, FIFA, W6),
        event("ACCUSE", AMNESTY_W, FIFA, W7, mode="disapprove"),
        event("ACCUSE", COCKBURN, FIFA, W8, mode="disapprove"),
        event("REQUEST", HRW_W, SAUDI, W9, mode="change"),
        event("ACCUSE", NFF, FIFA, W10, mode="disapprove"),
        event("ACCUSE", BWI, SAUDI, W12, mode="allege"),
        event("SUPPORT", ARAMCO, FIFA, W15),
    ],
    "quotes": [
        quote("unite the world", "Gianni Infantino", "direct"),
        quote("the 2034 tournament would \"unite the world\" through football", "Gianni Infantino", "indirect"),
        quote("an unforgettable tournament", "Abdulaziz bin Turki Al-Faisal", "direct"),
        quote("a moment of great danger", "Amnesty International", "direct"),
        quote("the decision marked \"a moment of great danger\" for human rights", "Amnesty International", "indirect"),
        quote("FIFA's reckless decision to award the 2034 World Cup to Saudi Arabia without ensuring adequate human "
              "rights protections will put many lives at risk", "Steve Cockburn", "direct"),
        quote("it left members no real choice", "Football Association of Norway", "indirect"),
        quote("labor reforms introduced since 2021 have improved conditions for the country's roughly 13 million "
              "foreign workers", "Saudi officials", "indirect"),
        quote("sportswashing", "critics of Saudi Arabia", "direct"),
    ],
    "entities": [
        entity("Zurich", "LOC", "CHE", ["ZURICH"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia", "The kingdom", "the country's"]),
        entity("human rights groups", "ORG", None, ["human rights groups"]),
        entity("migrant workers in Saudi Arabia", "PER", None, ["the migrant workers who will build most of its "
                                                                "stadiums", "migrant workers", "workers",
                                                                "foreign workers"]),
        entity("FIFA", "ORG", "NGO", ["FIFA's", "FIFA"]),
        entity("FIFA Congress", "ORG", "NGO", ["FIFA's 211 member federations", "an online congress",
                                               "The same congress", "FIFA's members"]),
        entity("Gianni Infantino", "PER", "CHE", ["President Gianni Infantino", "Infantino"]),
        entity("Morocco", "LOC", "MAR", ["Morocco"]),
        entity("Spain", "LOC", "ESP", ["Spain"]),
        entity("Portugal", "LOC", "PRT", ["Portugal"]),
        entity("Uruguay", "LOC", "URY", ["Uruguay"]),
        entity("Argentina", "LOC", "ARG", ["Argentina"]),
        entity("Paraguay", "LOC", "PRY", ["Paraguay"]),
        entity("Montevideo", "LOC", "URY", ["Montevideo"]),
        entity("Abdulaziz bin Turki Al-Faisal", "PER", "SAU", ["Saudi Sports Minister Prince Abdulaziz bin Turki "
                                                               "Al-Faisal"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "Amnesty's"]),
        entity("Steve Cockburn", "PER", "NGO", ["Steve Cockburn, Amnesty's head of labor rights and sport"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Saudi authorities", "Saudi officials"]),
        entity("Football Association of Norway", "ORG", "NOR", ["Norway's football federation", "Its"]),
        entity("Lise Klaveness", "PER", "NOR", ["Its president, Lise Klaveness"]),
        entity("Building and Wood Workers' International", "ORG", "NGO",
               ["the global union federation Building and Wood Workers' International"]),
        entity("International Labour Organization", "ORG", "UNO", ["the International Labour Organization"]),
        entity("critics of Saudi Arabia", "PER", None, ["critics"]),
        entity("Saudi Aramco", "ORG", "SAU", ["State oil giant Aramco"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
