"""Round 437: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025 in the Middle East and North Africa, invented wording and details):
- hm437-de-01: Tunisia: a Tunis court sentences ex-prime minister Ali Larayedh to 34 years in the case over jihadists' travel to Syria and Iraq; seven co-defendants jailed, Dilou speaks of a political verdict, Ennahda demands his release and accuses Saied, the UN rights office's February demand rejected as interference (2025-05-02).
- hm437-de-02: Libya: protesters from the Fezzan blockade the Sharara oil field and the NOC declares force majeure; demands for fuel, a refinery and a hospital, the NOC's appeal rejected, Dbeibah promises a delegation, accuses and threatens, no security forces sent, the LNA denies backing the protests, the US embassy's appeal (2024-01-08).
- hm437-de-03: Jordan: King Abdullah II accepts Bisher al-Khasawneh's resignation and names his office chief Jafar Hassan prime minister; the king thanks Khasawneh, sets demands, the IAF offers talks and demands detained Gaza protesters' release, Safadi accuses Israel, Friday Gaza protest in Amman, the king's call with Biden (2024-09-15).
- hm437-de-04: Iraq/United States: Washington and Baghdad agree that the anti-IS coalition ends its mission in Iraq in two phases by September 2026; Sudani hails a milestone, Austin pledges training and threatens IS, Kataib Hezbollah demands a full withdrawal and threatens attacks, its earlier drone attacks, US air strikes and Baghdad's protest recalled (2024-09-28).
- hm437-en-01: Yemen: an al-Qaida suicide car bomb kills at least 16 Security Belt soldiers at a camp in Mudiyah, Abyan; AQAP claims it, the STC condemns and vows pursuit, al-Zubaidi orders an inquiry, reinforcements and checkpoints, no arrests, Grundberg and Saudi Arabia condemn (2024-08-16).
- hm437-en-02: Saudi Arabia: Amnesty and ALQST reveal an 11-year sentence for fitness instructor and activist Manahel al-Otaibi; the Specialized Criminal Court's secret January verdict, Riyadh's reply to U.N. experts citing terrorist offenses, her 2022 arrest, Fakih's criticism and Amnesty's release demand, ALQST's abuse allegations, Riyadh's denial (2024-05-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm437-de-01 (Tunisia, Larayedh sentenced)
TUN_COURT = actor("Tunis Court of First Instance", "TUN", "JUD")
LARAYEDH = actor("Ali Larayedh", "TUN", "OPP")
CODEFENDANTS = actor("co-defendants of Ali Larayedh", "TUN", "CVL")
TUN_PROSECUTION = actor("Public Prosecution of Tunisia", "TUN", "JUD")
DILOU = actor("Samir Dilou", "TUN", "CVL")
ENNAHDA = actor("Ennahda Movement", "TUN", "PTY")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
SAIED = actor("Kais Saied", "TUN", "GOV")
TUN_JUDICIARY = actor("Tunisian judiciary", "TUN", "JUD")
GHANNOUCHI = actor("Rached Ghannouchi", "TUN", "OPP")
RIGHTS_GROUPS_TN = actor("human rights organisations", "NGO", "NGO")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
TUN_MFA = actor("Ministry of Foreign Affairs of Tunisia", "TUN", "GOV")

T1 = "Tunis (dpa) - Ein Gericht in Tunesien hat den früheren Regierungschef Ali Larayedh zu 34 Jahren Haft verurteilt."
T2 = ("Der Vizechef der islamistischen Ennahda-Partei sei der Beihilfe zur Ausreise junger Tunesier in Kampfgebiete "
      "in Syrien und im Irak für schuldig befunden worden, berichtete die staatliche Nachrichtenagentur TAP am "
      "Freitag.")
T3 = "Sieben weitere Angeklagte, darunter frühere Polizeibeamte, erhielten Haftstrafen zwischen 18 und 36 Jahren."
T4 = ("Die Anklage hatte Larayedh vorgeworfen, als Innenminister nach der Revolution von 2011 die Reisen Tausender "
      "Dschihadisten nicht verhindert zu haben.")
T5 = "Der 69-Jährige weist die Vorwürfe seit Beginn des Verfahrens zurück."
T6 = "Sein Verteidiger Samir Dilou sprach von einem „politischen Urteil“ ohne jeden Beweis."
T7 = "Die Verteidigung werde in Berufung gehen, kündigte er an."
T8 = "Ennahda forderte die sofortige Freilassung Larayedhs und aller inhaftierten Oppositionspolitiker."
T9 = "Die Partei warf Präsident Kais Saied vor, die Justiz als Werkzeug gegen seine Gegner zu benutzen."
T10 = "Larayedh sitzt bereits seit Dezember 2022 in Untersuchungshaft."
T11 = ("Auch Parteichef Rached Ghannouchi ist inhaftiert und wurde von tunesischen Gerichten in mehreren Verfahren "
       "zu langen Haftstrafen verurteilt.")
T12 = "Saied regiert seit Juli 2021 weitgehend per Dekret."
T13 = ("Menschenrechtsorganisationen werfen ihm vor, die Errungenschaften des Arabischen Frühlings rückgängig zu "
       "machen.")
T14 = "Saied weist dies zurück und betont, die Justiz in Tunesien sei unabhängig."
T15 = ("Das UN-Menschenrechtsbüro hatte Tunis bereits im Februar aufgefordert, die Verfolgung von Oppositionellen, "
       "Anwälten und Journalisten einzustellen.")
T16 = "Das Außenministerium in Tunis wies die Kritik damals als „Einmischung“ zurück."

DE01 = {
    "id": "hm437-de-01", "lang": "de", "url": None, "published": "2025-05-02",
    "title": "Tunesiens Ex-Regierungschef Larayedh zu 34 Jahren Haft verurteilt",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7], [T8, T9, T10, T11], [T12, T13, T14], [T15, T16]),
    "events": [
        event("SANCTION", TUN_COURT, LARAYEDH, T1, mode="convict", location_country="TUN"),
        event("SANCTION", TUN_COURT, LARAYEDH, T2, mode="convict", date="2025-05-02"),
        event("SANCTION", TUN_COURT, CODEFENDANTS, T3, mode="convict"),
        event("ACCUSE", TUN_PROSECUTION, LARAYEDH, T4, mode="allege"),
        event("ACCUSE", DILOU, TUN_COURT, T6, mode="disapprove"),
        event("REQUEST", ENNAHDA, TUN_GOV, T8, mode="yield"),
        event("ACCUSE", ENNAHDA, SAIED, T9, mode="disapprove"),
        event("SANCTION", TUN_JUDICIARY, GHANNOUCHI, T11, mode="convict"),
        event("ACCUSE", RIGHTS_GROUPS_TN, SAIED, T13, mode="disapprove"),
        event("REQUEST", OHCHR, TUN_GOV, T15, mode="change"),
        event("REJECT", TUN_MFA, OHCHR, T16, mode="change", location="Tunis", location_country="TUN"),
    ],
    "quotes": [
        quote("Der Vizechef der islamistischen Ennahda-Partei sei der Beihilfe zur Ausreise junger Tunesier in "
              "Kampfgebiete in Syrien und im Irak für schuldig befunden worden", "Tunis Afrique Presse", "indirect"),
        quote("als Innenminister nach der Revolution von 2011 die Reisen Tausender Dschihadisten nicht verhindert zu "
              "haben", "Public Prosecution of Tunisia", "indirect"),
        quote("politischen Urteil", "Samir Dilou", "direct"),
        quote("Die Verteidigung werde in Berufung gehen", "Samir Dilou", "indirect"),
        quote("die Justiz als Werkzeug gegen seine Gegner zu benutzen", "Ennahda Movement", "indirect"),
        quote("die Errungenschaften des Arabischen Frühlings rückgängig zu machen", "human rights organisations",
              "indirect"),
        quote("die Justiz in Tunesien sei unabhängig", "Kais Saied", "indirect"),
        quote("die Verfolgung von Oppositionellen, Anwälten und Journalisten einzustellen",
              "Office of the United Nations High Commissioner for Human Rights", "indirect"),
        quote("Einmischung", "Ministry of Foreign Affairs of Tunisia", "direct"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunis Court of First Instance", "ORG", "TUN", ["Ein Gericht in Tunesien"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesien"]),
        entity("Ali Larayedh", "PER", "TUN", ["den früheren Regierungschef Ali Larayedh",
                                              "Der Vizechef der islamistischen Ennahda-Partei", "Larayedh",
                                              "Der 69-Jährige", "Sein", "Larayedhs"]),
        entity("Ennahda Movement", "ORG", "TUN", ["der islamistischen Ennahda-Partei", "Ennahda", "Die Partei"]),
        entity("Tunisian jihadists", "PER", "TUN", ["junger Tunesier", "Tausender Dschihadisten"]),
        entity("Syria", "LOC", "SYR", ["Syrien"]),
        entity("Iraq", "LOC", "IRQ", ["im Irak"]),
        entity("Tunis Afrique Presse", "ORG", "TUN", ["die staatliche Nachrichtenagentur TAP"]),
        entity("co-defendants of Ali Larayedh", "PER", "TUN", ["Sieben weitere Angeklagte",
                                                               "frühere Polizeibeamte"]),
        entity("Public Prosecution of Tunisia", "ORG", "TUN", ["Die Anklage"]),
        entity("Samir Dilou", "PER", "TUN", ["Sein Verteidiger Samir Dilou", "er"]),
        entity("defence of Ali Larayedh", "ORG", "TUN", ["Die Verteidigung"]),
        entity("Tunisian opposition politicians", "PER", "TUN", ["aller inhaftierten Oppositionspolitiker"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied", "seine", "Saied", "ihm"]),
        entity("Tunisian judiciary", "ORG", "TUN", ["die Justiz", "tunesischen Gerichten",
                                                    "die Justiz in Tunesien"]),
        entity("Rached Ghannouchi", "PER", "TUN", ["Parteichef Rached Ghannouchi"]),
        entity("Arab Spring", "MISC", None, ["des Arabischen Frühlings"]),
        entity("human rights organisations", "ORG", "NGO", ["Menschenrechtsorganisationen"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro"]),
        entity("Government of Tunisia", "ORG", "TUN", ["Tunis"]),
        entity("Ministry of Foreign Affairs of Tunisia", "ORG", "TUN", ["Das Außenministerium in Tunis"]),
    ],
}

# ---------------------------------------------------------------- hm437-de-02 (Libya, Sharara blockade)
FEZZAN_PROTESTERS = actor("Fezzan protest movement", "LBY", "CVL")
GNU = actor("Government of National Unity of Libya", "LBY", "GOV")
NOC = actor("National Oil Corporation of Libya", "LBY", "BUS")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
LBY_SECURITY = actor("Libyan security forces", "LBY", "COP")
US_EMBASSY_LBY = actor("Embassy of the United States in Libya", "USA", "GOV")

L1 = ("Tripolis (dpa) - Nach der Blockade des größten Ölfelds Libyens durch Demonstranten hat die staatliche "
      "Ölgesellschaft NOC für das Feld Scharara höhere Gewalt ausgerufen.")
L2 = ("Die Förderung auf dem Feld im Südwesten des Landes sei vollständig gestoppt worden, teilte das Unternehmen am "
      "Sonntag mit.")
L3 = ("Scharara produziert nach NOC-Angaben normalerweise rund 300.000 Barrel Rohöl pro Tag, etwa ein Viertel der "
      "libyschen Förderung.")
L4 = "Seit Mittwoch halten Demonstranten aus der südlichen Region Fessan die Anlagen besetzt."
L5 = ("Sie verlangen von der Regierung in Tripolis eine bessere Versorgung mit Treibstoff sowie den Bau einer "
      "Raffinerie und eines Krankenhauses in der Region.")
L6 = "Die NOC appellierte an die Demonstranten, die Blockade umgehend zu beenden."
L7 = ("„Wir werden das Feld erst freigeben, wenn unsere Forderungen schriftlich erfüllt sind“, sagte ein Sprecher "
      "der Protestbewegung der Nachrichtenagentur AFP.")
L8 = ("Ministerpräsident Abdul Hamid Dbeibah von der international anerkannten Regierung der Nationalen Einheit "
      "kündigte an, eine Ministerdelegation in den Süden zu schicken.")
L9 = "Zugleich warf er den Demonstranten vor, die Lebensgrundlage aller Libyer aufs Spiel zu setzen."
L10 = "Wer die Anlagen beschädige, werde zur Rechenschaft gezogen, drohte Dbeibah."
L11 = "Sicherheitskräfte wurden nach Angaben aus NOC-Kreisen bislang nicht zu dem Feld entsandt."
L12 = "Die Region um Scharara wird von Truppen des ostlibyschen Generals Chalifa Haftar kontrolliert."
L13 = "Haftars Libysche Nationalarmee wies Berichte zurück, wonach sie hinter den Protesten stehe."
L14 = ("Die US-Botschaft in Libyen rief die Demonstranten und die Behörden auf, die Ölproduktion nicht als "
       "politisches Druckmittel zu missbrauchen.")
L15 = "Libyen ist seit dem Sturz von Machthaber Muammar al-Gaddafi 2011 politisch gespalten."
L16 = "Im Westen regiert Dbeibah, im Osten eine von Haftar gestützte Gegenregierung."

DE02 = {
    "id": "hm437-de-02", "lang": "de", "url": None, "published": "2024-01-08",
    "title": "Libyen: Demonstranten legen größtes Ölfeld lahm",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10, L11], [L12, L13, L14], [L15, L16]),
    "events": [
        event("PROTEST", FEZZAN_PROTESTERS, GNU, L1, mode="obstruct", location="Scharara", location_country="LBY"),
        event("PROTEST", FEZZAN_PROTESTERS, GNU, L4, mode="obstruct", date="2024-01-03", location="Scharara",
              location_country="LBY"),
        event("REQUEST", FEZZAN_PROTESTERS, GNU, L5, mode="assist"),
        event("REQUEST", NOC, FEZZAN_PROTESTERS, L6, mode="yield"),
        event("REJECT", FEZZAN_PROTESTERS, NOC, L7, mode="yield"),
        event("AGREE", DBEIBAH, FEZZAN_PROTESTERS, L8, mode="meet"),
        event("ACCUSE", DBEIBAH, FEZZAN_PROTESTERS, L9, mode="disapprove"),
        event("THREATEN", DBEIBAH, FEZZAN_PROTESTERS, L10),
        event("MOBILIZE", LBY_SECURITY, None, L11, mode="police", location="Scharara", location_country="LBY",
              negated=True),
        event("REQUEST", US_EMBASSY_LBY, FEZZAN_PROTESTERS, L14),
        event("REQUEST", US_EMBASSY_LBY, GNU, L14),
    ],
    "quotes": [
        quote("Die Förderung auf dem Feld im Südwesten des Landes sei vollständig gestoppt worden",
              "National Oil Corporation of Libya", "indirect"),
        quote("Scharara produziert nach NOC-Angaben normalerweise rund 300.000 Barrel Rohöl pro Tag, etwa ein Viertel "
              "der libyschen Förderung", "National Oil Corporation of Libya", "indirect"),
        quote("Wir werden das Feld erst freigeben, wenn unsere Forderungen schriftlich erfüllt sind",
              "spokesman of the Fezzan protest movement", "direct"),
        quote("die Lebensgrundlage aller Libyer aufs Spiel zu setzen", "Abdul Hamid Dbeibah", "indirect"),
        quote("Wer die Anlagen beschädige, werde zur Rechenschaft gezogen", "Abdul Hamid Dbeibah", "indirect"),
        quote("Sicherheitskräfte wurden nach Angaben aus NOC-Kreisen bislang nicht zu dem Feld entsandt",
              "National Oil Corporation of Libya sources", "indirect"),
        quote("wonach sie hinter den Protesten stehe", "Libyan National Army", "indirect"),
        quote("die Ölproduktion nicht als politisches Druckmittel zu missbrauchen",
              "Embassy of the United States in Libya", "indirect"),
    ],
    "entities": [
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Libya", "LOC", "LBY", ["Libyens", "des Landes", "Libyen"]),
        entity("Fezzan protest movement", "ORG", "LBY", ["Demonstranten", "Demonstranten aus der südlichen Region "
                                                         "Fessan", "Sie", "die Demonstranten", "der Protestbewegung",
                                                         "den Demonstranten"]),
        entity("National Oil Corporation of Libya", "ORG", "LBY", ["die staatliche Ölgesellschaft NOC",
                                                                    "das Unternehmen", "NOC", "Die NOC"]),
        entity("Sharara oil field", "LOC", "LBY", ["des größten Ölfelds Libyens", "das Feld Scharara",
                                                   "dem Feld im Südwesten des Landes", "Scharara", "die Anlagen",
                                                   "das Feld", "dem Feld"]),
        entity("Fezzan", "LOC", "LBY", ["der südlichen Region Fessan", "der Region", "den Süden"]),
        entity("Government of National Unity of Libya", "ORG", "LBY",
               ["der Regierung in Tripolis", "der international anerkannten Regierung der Nationalen Einheit",
                "die Behörden"]),
        entity("spokesman of the Fezzan protest movement", "PER", "LBY", ["ein Sprecher der Protestbewegung"]),
        entity("Agence France-Presse", "ORG", "FRA", ["der Nachrichtenagentur AFP"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Ministerpräsident Abdul Hamid Dbeibah", "er", "Dbeibah"]),
        entity("Libyan ministerial delegation", "ORG", "LBY", ["eine Ministerdelegation"]),
        entity("Libyans", "PER", "LBY", ["aller Libyer"]),
        entity("Libyan security forces", "ORG", "LBY", ["Sicherheitskräfte"]),
        entity("Khalifa Haftar", "PER", "LBY", ["des ostlibyschen Generals Chalifa Haftar", "Haftars", "Haftar"]),
        entity("Libyan National Army", "ORG", "LBY", ["Truppen des ostlibyschen Generals Chalifa Haftar",
                                                      "Haftars Libysche Nationalarmee", "sie"]),
        entity("Embassy of the United States in Libya", "ORG", "USA", ["Die US-Botschaft in Libyen"]),
        entity("Muammar al-Gaddafi", "PER", "LBY", ["Machthaber Muammar al-Gaddafi"]),
        entity("Government of National Stability", "ORG", "LBY", ["eine von Haftar gestützte Gegenregierung"]),
    ],
}

# ---------------------------------------------------------------- hm437-de-03 (Jordan, Jafar Hassan named PM)
KING_ABDULLAH = actor("Abdullah II", "JOR", "GOV")
KHASAWNEH = actor("Bisher al-Khasawneh", "JOR", "GOV")
JAFAR_HASSAN = actor("Jafar Hassan", "JOR", "GOV")
SAQQA = actor("Wael al-Saqqa", "JOR", "PTY")
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
SAFADI = actor("Ayman Safadi", "JOR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
AMMAN_PROTESTERS = actor("protesters in Amman", "JOR", "CVL")
BIDEN = actor("Joe Biden", "USA", "GOV")

J1 = ("Amman (dpa) - Jordaniens König Abdullah II. hat den Leiter seines Büros, Dschafar Hassan, zum neuen "
      "Ministerpräsidenten ernannt.")
J2 = ("Zuvor habe der Monarch den Rücktritt der Regierung von Bischer al-Chasawneh angenommen, meldete die staatliche "
      "Nachrichtenagentur Petra am Sonntag.")
J3 = ("Der König dankte Chasawneh für seine Arbeit und bat dessen Kabinett, die Geschäfte bis zur Vereidigung der "
      "neuen Regierung weiterzuführen.")
J4 = ("In einem Ernennungsschreiben forderte Abdullah II. den neuen Regierungschef auf, das Wirtschaftswachstum zu "
      "stärken und die politischen Reformen fortzusetzen.")
J5 = ("Der 56 Jahre alte Hassan ist ein in Harvard und Genf ausgebildeter Ökonom und war bereits Planungsminister und "
      "stellvertretender Regierungschef.")
J6 = ("Die Ernennung erfolgt fünf Tage nach der Parlamentswahl, bei der die Islamische Aktionsfront (IAF) 31 der 138 "
      "Sitze gewonnen hatte.")
J7 = "Die IAF, der politische Arm der Muslimbruderschaft, ist damit stärkste Kraft im Unterhaus."
J8 = ("Generalsekretär Wael al-Sakka sagte, seine Partei sei zu Gesprächen mit dem designierten Regierungschef "
      "bereit.")
J9 = ("Zugleich forderte er die Freilassung aller Aktivisten, die seit den Gaza-Protesten vor der israelischen "
      "Botschaft in Haft sitzen.")
J10 = "Die Regierungsbildung fällt in eine Zeit wachsender Spannungen mit dem Nachbarland Israel."
J11 = ("Außenminister Aiman Safadi, der nach Einschätzung von Beobachtern im Amt bleiben dürfte, warf Israel am "
       "Samstag vor, mit seinem Vorgehen im Westjordanland die Stabilität der gesamten Region zu gefährden.")
J12 = ("In der Innenstadt von Amman hatten am Freitag erneut Tausende Menschen nach dem Mittagsgebet gegen den Krieg im "
       "Gazastreifen demonstriert.")
J13 = "Der König telefonierte am Samstag mit US-Präsident Joe Biden, wie der Königspalast mitteilte."
J14 = ("Beide hätten über Wege zu einer Waffenruhe im Gazastreifen und über die humanitäre Lage dort gesprochen, hieß "
       "es.")
J15 = "Jordanien hat 1994 als zweites arabisches Land nach Ägypten einen Friedensvertrag mit Israel geschlossen."

DE03 = {
    "id": "hm437-de-03", "lang": "de", "url": None, "published": "2024-09-15",
    "title": "Jordaniens König ernennt Büroleiter Hassan zum Regierungschef",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9], [J10, J11, J12], [J13, J14, J15]),
    "events": [
        event("RETREAT", KHASAWNEH, None, J2, mode="resign"),
        event("SUPPORT", KING_ABDULLAH, KHASAWNEH, J3),
        event("REQUEST", KING_ABDULLAH, KHASAWNEH, J3),
        event("REQUEST", KING_ABDULLAH, JAFAR_HASSAN, J4, mode="change"),
        event("AGREE", SAQQA, JAFAR_HASSAN, J8, mode="meet"),
        event("REQUEST", SAQQA, JOR_GOV, J9, mode="yield"),
        event("ACCUSE", SAFADI, ISR_GOV, J11, mode="disapprove", date="2024-09-14"),
        event("PROTEST", AMMAN_PROTESTERS, ISR_GOV, J12, mode="demo", date="2024-09-13", location="Amman",
              location_country="JOR"),
        event("CONSULT", KING_ABDULLAH, BIDEN, J13, mode="phone", date="2024-09-14"),
        event("CONSULT", KING_ABDULLAH, BIDEN, J14, mode="phone"),
    ],
    "quotes": [
        quote("Zuvor habe der Monarch den Rücktritt der Regierung von Bischer al-Chasawneh angenommen", "Petra",
              "indirect"),
        quote("seine Partei sei zu Gesprächen mit dem designierten Regierungschef bereit", "Wael al-Saqqa",
              "indirect"),
        quote("mit seinem Vorgehen im Westjordanland die Stabilität der gesamten Region zu gefährden", "Ayman Safadi",
              "indirect"),
        quote("Der König telefonierte am Samstag mit US-Präsident Joe Biden", "Royal Hashemite Court", "indirect"),
        quote("Beide hätten über Wege zu einer Waffenruhe im Gazastreifen und über die humanitäre Lage dort "
              "gesprochen", "Royal Hashemite Court", "indirect"),
    ],
    "entities": [
        entity("Amman", "LOC", "JOR", ["Amman"]),
        entity("Jordan", "LOC", "JOR", ["Jordaniens", "Jordanien"]),
        entity("Abdullah II", "PER", "JOR", ["Jordaniens König Abdullah II.", "seines", "der Monarch", "Der König",
                                             "Abdullah II."]),
        entity("Jafar Hassan", "PER", "JOR", ["den Leiter seines Büros, Dschafar Hassan", "den neuen "
                                              "Regierungschef", "Der 56 Jahre alte Hassan",
                                              "dem designierten Regierungschef"]),
        entity("Bisher al-Khasawneh", "PER", "JOR", ["Bischer al-Chasawneh", "Chasawneh", "dessen"]),
        entity("Government of Jordan", "ORG", "JOR", ["der Regierung von Bischer al-Chasawneh", "dessen Kabinett",
                                                      "der neuen Regierung"]),
        entity("Petra", "ORG", "JOR", ["die staatliche Nachrichtenagentur Petra"]),
        entity("Harvard University", "ORG", "USA", ["Harvard"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Islamic Action Front", "ORG", "JOR", ["die Islamische Aktionsfront (IAF)", "Die IAF",
                                                      "seine Partei"]),
        entity("Muslim Brotherhood", "ORG", "JOR", ["der Muslimbruderschaft"]),
        entity("House of Representatives of Jordan", "ORG", "JOR", ["im Unterhaus"]),
        entity("Wael al-Saqqa", "PER", "JOR", ["Generalsekretär Wael al-Sakka", "er"]),
        entity("detained Gaza protest activists", "PER", "JOR", ["aller Aktivisten"]),
        entity("Embassy of Israel in Amman", "LOC", "ISR", ["der israelischen Botschaft"]),
        entity("Israel", "LOC", "ISR", ["dem Nachbarland Israel", "Israel"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel", "seinem"]),
        entity("Ayman Safadi", "PER", "JOR", ["Außenminister Aiman Safadi"]),
        entity("West Bank", "LOC", "PSE", ["im Westjordanland"]),
        entity("protesters in Amman", "PER", "JOR", ["Tausende Menschen"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Royal Hashemite Court", "ORG", "JOR", ["der Königspalast"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
    ],
}

# ---------------------------------------------------------------- hm437-de-04 (Iraq/US, coalition mission to end)
COALITION = actor("Global Coalition to Defeat ISIS", "IGO", "MIL")
USA_GOV = actor("Government of the United States", "USA", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
AUSTIN = actor("Lloyd Austin", "USA", "GOV")
ISIS = actor("Islamic State", "IRQ", "REB")
KATAIB_HEZBOLLAH = actor("Kataib Hezbollah", "IRQ", "REB")
US_MIL = actor("United States Armed Forces", "USA", "MIL")
IRAN_MILITIAS = actor("Iran-backed militias", "IRQ", "REB")

I1 = ("Bagdad/Washington (dpa) - Die von den USA geführte internationale Militärkoalition gegen die Terrormiliz "
      "Islamischer Staat (IS) wird ihren Einsatz im Irak in zwei Phasen bis September 2026 beenden.")
I2 = ("Darauf hätten sich die Regierungen beider Länder geeinigt, hieß es in einer am Freitag veröffentlichten "
      "gemeinsamen Erklärung.")
I3 = "Demnach soll die Mission in Bagdad und im übrigen Zentralirak bis September 2025 auslaufen."
I4 = ("Von der Autonomen Region Kurdistan aus sollen die Truppen danach noch ein Jahr lang Einsätze gegen den IS in "
      "Syrien unterstützen.")
I5 = "Derzeit sind rund 2500 US-Soldaten im Irak stationiert."
I6 = "Ministerpräsident Mohammed Schia al-Sudani begrüßte die Einigung als „Meilenstein“ für die Souveränität seines Landes."
I7 = ("Die irakischen Sicherheitskräfte seien inzwischen in der Lage, allein gegen die Reste des IS vorzugehen, "
      "sagte er.")
I8 = ("US-Verteidigungsminister Lloyd Austin sagte zu, die Vereinigten Staaten würden die irakische Armee auch "
      "künftig ausbilden und beraten.")
I9 = "Man werde ein Wiedererstarken der Terrormiliz nicht zulassen, fügte er hinzu."
I10 = ("Die vom Iran unterstützte Miliz Kataib Hisbollah verlangte dagegen einen vollständigen Abzug aller "
       "ausländischen Truppen noch in diesem Jahr.")
I11 = "Andernfalls würden die Angriffe auf US-Stützpunkte wieder aufgenommen, drohte die Gruppe."
I12 = ("Kataib Hisbollah hatte nach Beginn des Gaza-Kriegs im Oktober vergangenen Jahres zahlreiche Drohnen- und "
       "Raketenangriffe auf US-Truppen im Irak und in Syrien verübt.")
I13 = ("Washington reagierte im Februar mit Luftangriffen auf Stellungen proiranischer Milizen in beiden "
       "Ländern.")
I14 = "Bagdad verurteilte die Angriffe damals als Verletzung seiner Souveränität."
I15 = ("Die Koalition war 2014 gebildet worden, als die Dschihadisten weite Teile des Irak und Syriens "
       "kontrollierten.")

DE04 = {
    "id": "hm437-de-04", "lang": "de", "url": None, "published": "2024-09-28",
    "title": "Anti-IS-Koalition beendet Einsatz im Irak bis 2026",
    "text": paragraphs([I1, I2, I3, I4, I5], [I6, I7, I8, I9], [I10, I11, I12], [I13, I14, I15]),
    "events": [
        event("CONCEDE", COALITION, IRQ_GOV, I1),
        event("AGREE", USA_GOV, IRQ_GOV, I2),
        event("CONCEDE", COALITION, IRQ_GOV, I3, location="Bagdad", location_country="IRQ"),
        event("SUPPORT", SUDANI, USA_GOV, I6),
        event("AGREE", AUSTIN, IRQ_GOV, I8),
        event("THREATEN", AUSTIN, ISIS, I9),
        event("REQUEST", KATAIB_HEZBOLLAH, USA_GOV, I10, mode="yield"),
        event("THREATEN", KATAIB_HEZBOLLAH, US_MIL, I11, mode="violence"),
        event("ASSAULT", KATAIB_HEZBOLLAH, US_MIL, I12, mode="drone"),
        event("ASSAULT", USA_GOV, IRAN_MILITIAS, I13, mode="aerial"),
        event("ACCUSE", IRQ_GOV, USA_GOV, I14, mode="disapprove"),
    ],
    "quotes": [
        quote("Darauf hätten sich die Regierungen beider Länder geeinigt",
              "Governments of the United States and Iraq", "indirect"),
        quote("Demnach soll die Mission in Bagdad und im übrigen Zentralirak bis September 2025 auslaufen",
              "Governments of the United States and Iraq", "indirect"),
        quote("Von der Autonomen Region Kurdistan aus sollen die Truppen danach noch ein Jahr lang Einsätze gegen den "
              "IS in Syrien unterstützen", "Governments of the United States and Iraq", "indirect"),
        quote("Meilenstein", "Mohammed Shia al-Sudani", "direct"),
        quote("Die irakischen Sicherheitskräfte seien inzwischen in der Lage, allein gegen die Reste des IS "
              "vorzugehen", "Mohammed Shia al-Sudani", "indirect"),
        quote("die Vereinigten Staaten würden die irakische Armee auch künftig ausbilden und beraten", "Lloyd Austin",
              "indirect"),
        quote("Man werde ein Wiedererstarken der Terrormiliz nicht zulassen", "Lloyd Austin", "indirect"),
        quote("Andernfalls würden die Angriffe auf US-Stützpunkte wieder aufgenommen", "Kataib Hezbollah",
              "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Global Coalition to Defeat ISIS", "ORG", "IGO",
               ["Die von den USA geführte internationale Militärkoalition gegen die Terrormiliz Islamischer Staat "
                "(IS)", "die Truppen", "Die Koalition"]),
        entity("United States", "LOC", "USA", ["den USA", "die Vereinigten Staaten"]),
        entity("Islamic State", "ORG", "IRQ", ["die Terrormiliz Islamischer Staat (IS)", "den IS", "des IS",
                                               "der Terrormiliz", "die Dschihadisten"]),
        entity("Iraq", "LOC", "IRQ", ["im Irak", "seines Landes", "des Irak"]),
        entity("Government of the United States", "ORG", "USA", ["die Regierungen beider Länder", "Washington"]),
        entity("Government of Iraq", "ORG", "IRQ", ["die Regierungen beider Länder", "Bagdad", "seiner"]),
        entity("Central Iraq", "LOC", "IRQ", ["im übrigen Zentralirak"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["der Autonomen Region Kurdistan"]),
        entity("Syria", "LOC", "SYR", ["Syrien", "Syriens"]),
        entity("United States Armed Forces", "ORG", "USA", ["rund 2500 US-Soldaten", "US-Stützpunkte",
                                                            "US-Truppen"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani", "er"]),
        entity("Iraqi security forces", "ORG", "IRQ", ["Die irakischen Sicherheitskräfte"]),
        entity("Lloyd Austin", "PER", "USA", ["US-Verteidigungsminister Lloyd Austin", "er"]),
        entity("Iraqi Armed Forces", "ORG", "IRQ", ["die irakische Armee"]),
        entity("Iran", "LOC", "IRN", ["vom Iran"]),
        entity("Kataib Hezbollah", "ORG", "IRQ", ["Die vom Iran unterstützte Miliz Kataib Hisbollah", "die Gruppe",
                                                  "Kataib Hisbollah"]),
        entity("Gaza war", "MISC", None, ["des Gaza-Kriegs"]),
        entity("Iran-backed militias", "ORG", "IRQ", ["proiranischer Milizen"]),
    ],
}

# ---------------------------------------------------------------- hm437-en-01 (Yemen, AQAP bombing in Abyan)
AQAP = actor("al-Qaida in the Arabian Peninsula", "YEM", "REB")
SECURITY_BELT = actor("Security Belt Forces", "YEM", "MIL")
STC = actor("Southern Transitional Council", "YEM", "PTY")
ZUBAIDI = actor("Aidarous al-Zubaidi", "YEM", "GOV")
YEM_SECURITY = actor("Yemeni security forces", "YEM", "COP")
GRUNDBERG = actor("Hans Grundberg", "UNO", "IGO")
SAU_MFA = actor("Ministry of Foreign Affairs of Saudi Arabia", "SAU", "GOV")
YEM_GOV = actor("Government of Yemen", "YEM", "GOV")

A1 = ("ADEN, Yemen (AP) — A suicide bomber drove an explosives-laden car into a military camp in southern Yemen on "
      "Friday, killing at least 16 soldiers, security officials said.")
A2 = ("The attack targeted a base of the Security Belt forces, which are loyal to the separatist Southern "
      "Transitional Council, in the Mudiyah district of Abyan province, the officials said.")
A3 = "At least 18 other soldiers were wounded, some of them critically."
A4 = ("Al-Qaida in the Arabian Peninsula claimed responsibility for the bombing in a statement posted on its "
      "Telegram channels late Friday.")
A5 = ("The group said the attack was revenge for a months-long campaign against its fighters in Abyan and "
      "neighboring Shabwa province.")
A6 = ("The Southern Transitional Council condemned the attack as a \"cowardly terrorist act\" and vowed to pursue "
      "those behind it.")
A7 = ("STC leader Aidarous al-Zubaidi, who also sits on Yemen's Presidential Leadership Council, ordered an "
      "immediate investigation.")
A8 = ("Security Belt units sent reinforcements to Mudiyah and set up checkpoints on the roads leading into the "
      "district, according to the council.")
A9 = "No arrests have been reported."
A10 = ("The U.N. special envoy for Yemen, Hans Grundberg, said he was \"appalled\" by the bombing and offered his "
       "condolences to the victims' families.")
A11 = ("Saudi Arabia's Foreign Ministry also condemned the attack and reaffirmed the kingdom's support for Yemen's "
       "internationally recognized government.")
A12 = ("Washington considers AQAP, which has exploited the chaos of Yemen's civil war, one of the most dangerous "
       "branches of the global terror network.")
A13 = "In March, the group announced that its leader, Khalid al-Batarfi, had died, and named Saad al-Awlaki as his successor."
A14 = ("Yemen's war has pitted the internationally recognized government and its allies against the Iran-backed "
       "Houthi rebels, who hold the capital, Sanaa, since 2014.")

EN01 = {
    "id": "hm437-en-01", "lang": "en", "url": None, "published": "2024-08-16",
    "title": "Al-Qaida suicide bomber kills at least 16 soldiers in southern Yemen",
    "text": paragraphs([A1, A2, A3], [A4, A5], [A6, A7, A8, A9], [A10, A11], [A12, A13, A14]),
    "events": [
        event("ASSAULT", AQAP, SECURITY_BELT, A1, mode="suicide-attack", date="2024-08-16", location_country="YEM"),
        event("ASSAULT", AQAP, SECURITY_BELT, A2, mode="suicide-attack", location="Mudiyah",
              location_country="YEM"),
        event("ASSAULT", AQAP, SECURITY_BELT, A4, mode="suicide-attack"),
        event("ACCUSE", STC, AQAP, A6, mode="disapprove"),
        event("THREATEN", STC, AQAP, A6),
        event("ACCUSE", ZUBAIDI, AQAP, A7, mode="investigate"),
        event("MOBILIZE", SECURITY_BELT, None, A8, mode="troops", location="Mudiyah", location_country="YEM"),
        event("COERCE", YEM_SECURITY, AQAP, A9, mode="arrest", negated=True),
        event("ACCUSE", GRUNDBERG, AQAP, A10, mode="disapprove"),
        event("ACCUSE", SAU_MFA, AQAP, A11, mode="disapprove"),
        event("SUPPORT", SAU_MFA, YEM_GOV, A11),
    ],
    "quotes": [
        quote("A suicide bomber drove an explosives-laden car into a military camp in southern Yemen on Friday, killing "
              "at least 16 soldiers", "Yemeni security officials", "indirect"),
        quote("The attack targeted a base of the Security Belt forces, which are loyal to the separatist Southern "
              "Transitional Council, in the Mudiyah district of Abyan province", "Yemeni security officials",
              "indirect"),
        quote("the attack was revenge for a months-long campaign against its fighters in Abyan and neighboring Shabwa "
              "province", "al-Qaida in the Arabian Peninsula", "indirect"),
        quote("cowardly terrorist act", "Southern Transitional Council", "direct"),
        quote("Security Belt units sent reinforcements to Mudiyah and set up checkpoints on the roads leading into "
              "the district", "Southern Transitional Council", "indirect"),
        quote("appalled", "Hans Grundberg", "direct"),
        quote("he was \"appalled\" by the bombing", "Hans Grundberg", "indirect"),
    ],
    "entities": [
        entity("Aden", "LOC", "YEM", ["ADEN"]),
        entity("Yemen", "LOC", "YEM", ["Yemen", "southern Yemen", "Yemen's"]),
        entity("suicide bomber", "PER", "YEM", ["A suicide bomber"]),
        entity("Yemeni security officials", "PER", "YEM", ["security officials", "the officials"]),
        entity("Security Belt Forces", "ORG", "YEM", ["16 soldiers", "the Security Belt forces",
                                                      "Security Belt units"]),
        entity("Southern Transitional Council", "ORG", "YEM", ["the separatist Southern Transitional Council",
                                                               "The Southern Transitional Council", "STC",
                                                               "the council"]),
        entity("Mudiyah", "LOC", "YEM", ["the Mudiyah district", "Mudiyah", "the district"]),
        entity("Abyan", "LOC", "YEM", ["Abyan province", "Abyan"]),
        entity("al-Qaida in the Arabian Peninsula", "ORG", "YEM", ["Al-Qaida in the Arabian Peninsula", "its",
                                                                   "The group", "AQAP", "the group",
                                                                   "those behind it"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Shabwa", "LOC", "YEM", ["neighboring Shabwa province"]),
        entity("Aidarous al-Zubaidi", "PER", "YEM", ["STC leader Aidarous al-Zubaidi"]),
        entity("Presidential Leadership Council", "ORG", "YEM", ["Yemen's Presidential Leadership Council"]),
        entity("Hans Grundberg", "PER", "UNO", ["The U.N. special envoy for Yemen, Hans Grundberg", "he", "his"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia's", "the kingdom's"]),
        entity("Ministry of Foreign Affairs of Saudi Arabia", "ORG", "SAU", ["Saudi Arabia's Foreign Ministry"]),
        entity("Government of Yemen", "ORG", "YEM", ["Yemen's internationally recognized government",
                                                     "the internationally recognized government"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Khalid al-Batarfi", "PER", "YEM", ["its leader, Khalid al-Batarfi", "his"]),
        entity("Saad al-Awlaki", "PER", "YEM", ["Saad al-Awlaki"]),
        entity("Houthis", "ORG", "YEM", ["the Iran-backed Houthi rebels"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Sanaa", "LOC", "YEM", ["the capital, Sanaa"]),
    ],
}

# ---------------------------------------------------------------- hm437-en-02 (Saudi Arabia, Manahel al-Otaibi)
SCC = actor("Specialized Criminal Court of Saudi Arabia", "SAU", "JUD")
OTAIBI = actor("Manahel al-Otaibi", "SAU", "CVL")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
SAU_SECURITY = actor("Saudi security forces", "SAU", "COP")
FAKIH = actor("Bissan Fakih", "NGO", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
ALQST = actor("ALQST", "NGO", "NGO")
SAU_GUARDS = actor("Saudi prison guards", "SAU", "COP")
UN_EXPERTS = actor("United Nations human rights experts", "UNO", "IGO")
HRW = actor("Human Rights Watch", "NGO", "NGO")

O1 = ("DUBAI, United Arab Emirates (AP) — A Saudi court has sentenced a women's rights activist to 11 years in "
      "prison over her choice of clothing and her posts on social media, two human rights groups said Wednesday.")
O2 = ("Manahel al-Otaibi, a 29-year-old fitness instructor, was convicted in January by the kingdom's Specialized "
      "Criminal Court in a secret hearing, according to Amnesty International and the London-based group ALQST.")
O3 = ("The sentence only came to light in a formal reply by the Saudi government to questions from U.N. human "
      "rights experts.")
O4 = ("In that reply, Saudi authorities said al-Otaibi had been convicted of \"terrorist offenses\" that had no "
      "connection to her right to freedom of opinion and expression.")
O5 = ("The U.N. experts had asked Riyadh last year for information on her detention and on the charges against "
      "her.")
O6 = ("Al-Otaibi was arrested in November 2022 after posting photos of herself in a shopping mall without an abaya "
      "and calling for an end to the male guardianship system.")
O7 = ("\"Manahel al-Otaibi was just a young woman using her voice on social media, and she has been punished for it "
      "in the most brutal way,\" said Bissan Fakih, Amnesty's Saudi Arabia campaigner.")
O8 = "Amnesty called on the Saudi authorities to quash the conviction and release her immediately."
O9 = ("ALQST said al-Otaibi had told relatives that she had been beaten by guards and held in solitary confinement "
      "for months.")
O10 = "The Saudi government denies that it holds political prisoners."
O11 = "Saudi officials did not respond to a request for comment on Wednesday."
O12 = ("Under Crown Prince Mohammed bin Salman, women have been allowed to drive, to travel without a male "
       "guardian's permission and to attend concerts and sports events.")
O13 = ("In March, Saudi Arabia's ambassador to the United Nations, Abdulaziz Alwasil, was elected to chair the U.N. "
       "Commission on the Status of Women.")
O14 = ("Human Rights Watch and Amnesty accused the kingdom at the time of jailing the very women who had campaigned "
       "for those reforms.")

EN02 = {
    "id": "hm437-en-02", "lang": "en", "url": None, "published": "2024-05-01",
    "title": "Saudi women's rights activist sentenced to 11 years over clothing and posts, rights groups say",
    "text": paragraphs([O1, O2, O3, O4, O5], [O6, O7, O8, O9], [O10, O11], [O12, O13, O14]),
    "events": [
        event("SANCTION", SCC, OTAIBI, O1, mode="convict"),
        event("SANCTION", SCC, OTAIBI, O2, mode="convict"),
        event("ACCUSE", SAU_GOV, OTAIBI, O4, mode="allege"),
        event("REQUEST", UN_EXPERTS, SAU_GOV, O5),
        event("COERCE", SAU_SECURITY, OTAIBI, O6, mode="arrest"),
        event("ACCUSE", FAKIH, SAU_GOV, O7, mode="disapprove"),
        event("REQUEST", AMNESTY, SAU_GOV, O8, mode="yield"),
        event("ACCUSE", ALQST, SAU_GUARDS, O9, mode="allege"),
        event("ACCUSE", HRW, SAU_GOV, O14, mode="disapprove"),
        event("ACCUSE", AMNESTY, SAU_GOV, O14, mode="disapprove"),
    ],
    "quotes": [
        quote("A Saudi court has sentenced a women's rights activist to 11 years in prison over her choice of "
              "clothing and her posts on social media", "Amnesty International", "indirect"),
        quote("A Saudi court has sentenced a women's rights activist to 11 years in prison over her choice of "
              "clothing and her posts on social media", "ALQST", "indirect"),
        quote("Manahel al-Otaibi, a 29-year-old fitness instructor, was convicted in January by the kingdom's "
              "Specialized Criminal Court in a secret hearing", "Amnesty International", "indirect"),
        quote("Manahel al-Otaibi, a 29-year-old fitness instructor, was convicted in January by the kingdom's "
              "Specialized Criminal Court in a secret hearing", "ALQST", "indirect"),
        quote("terrorist offenses", "Government of Saudi Arabia", "direct"),
        quote("al-Otaibi had been convicted of \"terrorist offenses\" that had no connection to her right to freedom "
              "of opinion and expression", "Government of Saudi Arabia", "indirect"),
        quote("Manahel al-Otaibi was just a young woman using her voice on social media, and she has been punished "
              "for it in the most brutal way", "Bissan Fakih", "direct"),
        quote("al-Otaibi had told relatives that she had been beaten by guards and held in solitary confinement for "
              "months", "ALQST", "indirect"),
        quote("that it holds political prisoners", "Government of Saudi Arabia", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("United Arab Emirates", "LOC", "ARE", ["United Arab Emirates"]),
        entity("Specialized Criminal Court of Saudi Arabia", "ORG", "SAU",
               ["A Saudi court", "the kingdom's Specialized Criminal Court"]),
        entity("Manahel al-Otaibi", "PER", "SAU", ["a women's rights activist", "her", "Manahel al-Otaibi",
                                                   "a 29-year-old fitness instructor", "al-Otaibi", "herself",
                                                   "Al-Otaibi", "a young woman", "she"]),
        entity("Amnesty International", "ORG", "NGO", ["two human rights groups", "Amnesty International",
                                                       "Amnesty's", "Amnesty"]),
        entity("ALQST", "ORG", "NGO", ["two human rights groups", "the London-based group ALQST", "ALQST"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Saudi Arabia", "LOC", "SAU", ["the kingdom's", "Saudi Arabia", "Saudi Arabia's", "the kingdom"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["the Saudi government", "Saudi authorities", "Riyadh",
                                                            "the Saudi authorities", "The Saudi government", "it",
                                                            "Saudi officials"]),
        entity("United Nations human rights experts", "ORG", "UNO", ["U.N. human rights experts",
                                                                     "The U.N. experts"]),
        entity("Bissan Fakih", "PER", "NGO", ["Bissan Fakih, Amnesty's Saudi Arabia campaigner"]),
        entity("relatives of Manahel al-Otaibi", "PER", "SAU", ["relatives"]),
        entity("Saudi prison guards", "PER", "SAU", ["guards"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Crown Prince Mohammed bin Salman"]),
        entity("Abdulaziz Alwasil", "PER", "SAU", ["Saudi Arabia's ambassador to the United Nations, Abdulaziz "
                                                   "Alwasil"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Commission on the Status of Women", "ORG", "UNO", ["the U.N. Commission on the Status of Women"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Saudi women's rights activists", "PER", "SAU", ["the very women who had campaigned for those "
                                                                "reforms"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
