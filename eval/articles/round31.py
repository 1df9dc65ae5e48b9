"""Round 31 of the hand-made blind articles (written blind, see README.md).

Six invented wire-style reports (4 German, 2 English), 2023-2025, on stories not used before:

- hm31-de-01: Iraq recalls its ambassador from Tehran after IRGC missile strikes on Erbil (January 2024)
- hm31-de-02: Ecuador and Colombia impose tariffs on each other over drug trafficking (January 2025)
- hm31-de-03: Pakistan starts deporting undocumented Afghans after its November deadline (November 2023)
- hm31-de-04: deadly protests and a taxi strike over diesel prices in Luanda, Angola (July 2025)
- hm31-en-01: Australia and Papua New Guinea sign a security and policing pact in Canberra (December 2023)
- hm31-en-02: Washington expels South Africa's ambassador Ebrahim Rasool (March 2025)
"""
from annotate import actor, entity, event, paragraphs, quote

# --------------------------------------------------------------------------- hm31-de-01
IRQ = actor("Iraq", "IRQ", "GOV")
IRN = actor("Iran", "IRN", "GOV")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")

D1_A1 = "Der Irak hat nach iranischen Raketenangriffen auf die Kurdenmetropole Erbil seinen Botschafter aus Teheran zurückgerufen."
D1_A2 = "Die iranischen Revolutionsgarden hatten in der Nacht zum Dienstag mehrere ballistische Raketen auf Ziele in der Stadt im Norden des Landes abgefeuert."
D1_A3 = "Dabei wurden nach Angaben der kurdischen Regionalregierung vier Zivilisten getötet, darunter der Geschäftsmann Peshraw Dizayee und seine kleine Tochter."
D1_B1 = "Die Revolutionsgarden erklärten, sie hätten ein »Spionagehauptquartier« des israelischen Geheimdienstes Mossad zerstört."
D1_B2 = "Bagdad wies das als »haltlose Behauptung« zurück und bestellte den iranischen Geschäftsträger ein."
D1_B3 = "Der Angriff sei eine »eklatante Verletzung der Souveränität des Irak«, sagte Regierungssprecher Bassem al-Awadi."
D1_B4 = "Zudem reichte Bagdad am Dienstag Beschwerde beim UN-Sicherheitsrat ein."
D1_C1 = "Der Ministerpräsident der Kurdenregion, Masrour Barzani, nannte die Angriffe ein »Verbrechen gegen das kurdische Volk« und forderte Washington auf, Erbil besser zu schützen."
D1_C2 = "Teheran hatte bereits in der Vergangenheit Stellungen kurdisch-iranischer Oppositionsgruppen im Nordirak angegriffen."
D1_C3 = "Das US-Außenministerium verurteilte die Angriffe als »rücksichtslos« und sicherte der irakischen Regierung seine Unterstützung zu."
D1_C4 = "Ein Sprecher des iranischen Außenministeriums wies die Kritik zurück: Iran respektiere die Souveränität anderer Staaten."

DE01 = {
    "id": "hm31-de-01", "lang": "de", "published": "2024-01-16",
    "title": "Irak ruft nach Raketenangriffen auf Erbil Botschafter aus Teheran zurück",
    "text": paragraphs([D1_A1, D1_A2, D1_A3], [D1_B1, D1_B2, D1_B3, D1_B4], [D1_C1, D1_C2, D1_C3, D1_C4]),
    "events": [
        event("SANCTION", IRQ, IRN, D1_A1, mode="withdraw"),
        event("ASSAULT", IRGC, actor("Iraq", "IRQ", None), D1_A2, mode="heavy-weapons", date="2024-01-16",
              location="Erbil", location_country="IRQ"),
        event("ASSAULT", IRGC, actor("Mossad", "ISR", "GOV"), D1_B1, mode="heavy-weapons"),
        event("ACCUSE", IRQ, IRN, D1_B2, mode="disapprove"),
        event("ACCUSE", actor("Bassem al-Awadi", "IRQ", "GOV"), IRN, D1_B3, mode="disapprove"),
        event("ACCUSE", IRQ, IRN, D1_B4, mode="allege", date="2024-01-16"),
        event("ACCUSE", actor("Masrour Barzani", "IRQ", "GOV"), IRN, D1_C1, mode="disapprove"),
        event("REQUEST", actor("Masrour Barzani", "IRQ", "GOV"), actor("United States", "USA", "GOV"), D1_C1,
              mode="assist"),
        event("ACCUSE", actor("United States Department of State", "USA", "GOV"), IRN, D1_C3, mode="disapprove"),
        event("AGREE", actor("United States Department of State", "USA", "GOV"), IRQ, D1_C3),
    ],
    "quotes": [
        quote("Dabei wurden nach Angaben der kurdischen Regionalregierung vier Zivilisten getötet, darunter der "
              "Geschäftsmann Peshraw Dizayee und seine kleine Tochter", "Kurdistan Regional Government", "indirect"),
        quote("Spionagehauptquartier", "Islamic Revolutionary Guard Corps", "direct"),
        quote("sie hätten ein »Spionagehauptquartier« des israelischen Geheimdienstes Mossad zerstört",
              "Islamic Revolutionary Guard Corps", "indirect"),
        quote("haltlose Behauptung", "Government of Iraq", "direct"),
        quote("eklatante Verletzung der Souveränität des Irak", "Bassem al-Awadi", "direct"),
        quote("Der Angriff sei eine »eklatante Verletzung der Souveränität des Irak«", "Bassem al-Awadi", "indirect"),
        quote("Verbrechen gegen das kurdische Volk", "Masrour Barzani", "direct"),
        quote("rücksichtslos", "United States Department of State", "direct"),
        quote("Iran respektiere die Souveränität anderer Staaten", "Nasser Kanaani", "indirect"),
    ],
    "entities": [
        entity("Iraq", "GPE", "IRQ", ["Der Irak", "Bagdad", "des Irak", "des Landes"]),
        entity("Iran", "GPE", "IRN", ["Teheran", "Iran"]),
        entity("Erbil", "LOC", "IRQ", ["die Kurdenmetropole Erbil", "der Stadt im Norden des Landes", "Erbil"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN",
               ["Die iranischen Revolutionsgarden", "Die Revolutionsgarden", "sie"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["der kurdischen Regionalregierung"]),
        entity("Peshraw Dizayee", "PER", "IRQ", ["der Geschäftsmann Peshraw Dizayee"]),
        entity("Mossad", "ORG", "ISR", ["des israelischen Geheimdienstes Mossad"]),
        entity("Bassem al-Awadi", "PER", "IRQ", ["Regierungssprecher Bassem al-Awadi"]),
        entity("UN Security Council", "ORG", "UNO", ["UN-Sicherheitsrat"]),
        entity("Masrour Barzani", "PER", "IRQ", ["Der Ministerpräsident der Kurdenregion, Masrour Barzani"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["der Kurdenregion"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Kurdish-Iranian opposition groups", "ORG", "IRN", ["kurdisch-iranischer Oppositionsgruppen"]),
        entity("Northern Iraq", "LOC", "IRQ", ["Nordirak"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Government of Iraq", "ORG", "IRQ", ["der irakischen Regierung"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Ein Sprecher des iranischen Außenministeriums"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["des iranischen Außenministeriums"]),
    ],
}

# --------------------------------------------------------------------------- hm31-de-02
COL = actor("Colombia", "COL", "GOV")
ECU = actor("Ecuador", "ECU", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
MURILLO = actor("Luis Gilberto Murillo", "COL", "GOV")

D2_A1 = "Im Streit um die Drogenbekämpfung an der gemeinsamen Grenze hat Kolumbien Gegenzölle von 30 Prozent auf Importe aus Ecuador verhängt."
D2_A2 = "Präsident Gustavo Petro ordnete die Maßnahme am Mittwoch an, einen Tag nachdem sein ecuadorianischer Amtskollege Daniel Noboa eine »Sicherheitsabgabe« in gleicher Höhe auf kolumbianische Waren verhängt hatte."
D2_A3 = "Noboa wirft Bogotá vor, zu wenig gegen bewaffnete Gruppen und den Kokainschmuggel über die Grenze zu unternehmen."
D2_B1 = "Zusätzlich stoppte Kolumbien den Verkauf von Strom an das Nachbarland, das seit Monaten unter Stromausfällen leidet."
D2_B2 = "„Das ist ein Angriff auf die Integration unserer Region“, sagte Außenminister Luis Gilberto Murillo in Bogotá, „und er trifft vor allem die Menschen an der Grenze.“"
D2_B3 = "Er bot zugleich Gespräche auf Ministerebene an."
D2_B4 = "Quito lehnte das Angebot zunächst ab."
D2_C1 = "Ecuadors Staatschef hatte bereits Anfang Januar zusätzliche Soldaten an die Nordgrenze verlegt."
D2_C2 = "Das Generalsekretariat der Andengemeinschaft forderte beide Regierungen auf, die Zölle zurückzunehmen."
D2_C3 = "Laut Noboa wird die Abgabe erst aufgehoben, wenn Kolumbien »echte Ergebnisse« im Kampf gegen den Drogenhandel vorweist."

CAN = actor("Andean Community", "IGO", "IGO")

DE02 = {
    "id": "hm31-de-02", "lang": "de", "published": "2025-01-23",
    "title": "Kolumbien antwortet auf Ecuadors Strafzölle mit Gegenzöllen",
    "text": paragraphs([D2_A1, D2_A2, D2_A3], [D2_B1, D2_B2, D2_B3, D2_B4], [D2_C1, D2_C2, D2_C3]),
    "events": [
        event("SANCTION", COL, ECU, D2_A1, mode="discontinue"),
        event("SANCTION", PETRO, ECU, D2_A2, mode="discontinue", date="2025-01-22"),
        event("SANCTION", NOBOA, COL, D2_A2, mode="discontinue", date="2025-01-21"),
        event("ACCUSE", NOBOA, COL, D2_A3, mode="allege"),
        event("SANCTION", COL, ECU, D2_B1, mode="discontinue"),
        event("ACCUSE", MURILLO, ECU, D2_B2, mode="disapprove", location="Bogotá", location_country="COL"),
        event("AGREE", MURILLO, ECU, D2_B3),
        event("REJECT", ECU, MURILLO, D2_B4, mode="meet"),
        event("MOBILIZE", NOBOA, None, D2_C1, mode="troops"),
        event("REQUEST", CAN, ECU, D2_C2, mode="yield"),
        event("REQUEST", CAN, COL, D2_C2, mode="yield"),
        event("REQUEST", NOBOA, COL, D2_C3, mode="change"),
    ],
    "quotes": [
        quote("Sicherheitsabgabe", "Daniel Noboa", "direct"),
        quote("zu wenig gegen bewaffnete Gruppen und den Kokainschmuggel über die Grenze zu unternehmen",
              "Daniel Noboa", "indirect"),
        quote("Das ist ein Angriff auf die Integration unserer Region", "Luis Gilberto Murillo", "direct"),
        quote("und er trifft vor allem die Menschen an der Grenze", "Luis Gilberto Murillo", "direct"),
        quote("wird die Abgabe erst aufgehoben, wenn Kolumbien »echte Ergebnisse« im Kampf gegen den Drogenhandel "
              "vorweist", "Daniel Noboa", "indirect"),
        quote("echte Ergebnisse", "Daniel Noboa", "direct"),
    ],
    "entities": [
        entity("Colombia", "GPE", "COL", ["Kolumbien", "Bogotá"]),
        entity("Ecuador", "GPE", "ECU", ["Ecuador", "das Nachbarland", "Quito"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro"]),
        entity("Daniel Noboa", "PER", "ECU", ["sein ecuadorianischer Amtskollege Daniel Noboa", "Noboa",
                                              "Ecuadors Staatschef"]),
        entity("Luis Gilberto Murillo", "PER", "COL", ["Außenminister Luis Gilberto Murillo", "Er"]),
        entity("Andean Community", "ORG", "IGO", ["Das Generalsekretariat der Andengemeinschaft"]),
    ],
}

# --------------------------------------------------------------------------- hm31-de-03
PAK = actor("Pakistan", "PAK", "GOV")
AFG_MIGRANTS = actor("Afghan migrants", "AFG", "CVL")
TALIBAN = actor("Taliban", "AFG", "GOV")
UNHCR = actor("UNHCR", "UNO", "IGO")

D3_A1 = "Nach Ablauf eines Ultimatums hat Pakistan am Mittwoch mit der Abschiebung Zehntausender Afghanen ohne gültige Papiere begonnen."
D3_A2 = "Polizisten durchsuchten in Karachi und Islamabad Siedlungen und nahmen Hunderte Menschen fest, wie ein Sprecher der Provinzregierung von Sindh bestätigte."
D3_A4 = "Pakistan und die Taliban-Behörden tauschen seit vergangener Woche Listen der Abzuschiebenden aus."
D3_B1 = "Die Taliban-Regierung in Kabul verurteilte das Vorgehen als »unmenschlich«."
D3_B2 = "Pakistan müsse den Afghanen mehr Zeit geben, sagte ihr Sprecher Sabihullah Mudschahid."
D3_B3 = "Islamabad wirft der Führung in Kabul vor, Kämpfer der pakistanischen Taliban (TTP) zu beherbergen, die für eine Welle von Anschlägen verantwortlich seien."
D3_B4 = "Kabul weist das zurück."
D3_C1 = "Das UN-Flüchtlingshilfswerk UNHCR rief die Regierung in Islamabad auf, die Abschiebungen auszusetzen."
D3_C2 = "Frauen und Mädchen drohten in Afghanistan schwere Menschenrechtsverletzungen, erklärte eine Sprecherin."
D3_C3 = "Das Hilfswerk versorgt die Rückkehrer in Torkham mit Nahrung, Decken und Bargeld."
D3_C4 = "Pakistans Übergangsinnenminister Sarfraz Bugti kündigte an, registrierte Flüchtlinge mit Ausweis würden vorerst nicht abgeschoben."
D3_C5 = "„Wer illegal hier ist, muss gehen“, fügte er hinzu."

DE03 = {
    "id": "hm31-de-03", "lang": "de", "published": "2023-11-01",
    "title": "Pakistan beginnt mit Abschiebung afghanischer Migranten",
    "text": paragraphs([D3_A1, D3_A2, D3_A4], [D3_B1, D3_B2, D3_B3, D3_B4], [D3_C1, D3_C2, D3_C3, D3_C4, D3_C5]),
    "events": [
        event("COERCE", PAK, AFG_MIGRANTS, D3_A1, mode="deport", date="2023-11-01"),
        event("COERCE", actor("Pakistani police", "PAK", "COP"), AFG_MIGRANTS, D3_A2, mode="arrest"),
        event("COOPERATE", PAK, TALIBAN, D3_A4),
        event("ACCUSE", TALIBAN, PAK, D3_B1, mode="disapprove"),
        event("REQUEST", actor("Zabihullah Mujahid", "AFG", "GOV"), PAK, D3_B2, mode="change"),
        event("ACCUSE", PAK, TALIBAN, D3_B3, mode="allege"),
        event("REQUEST", UNHCR, PAK, D3_C1, mode="yield"),
        event("AID", UNHCR, actor("Afghan returnees", "AFG", "CVL"), D3_C3, location="Torkham",
              location_country="AFG"),
        event("CONCEDE", actor("Sarfraz Bugti", "PAK", "GOV"), actor("Afghan refugees", "AFG", "CVL"), D3_C4),
    ],
    "quotes": [
        quote("Polizisten durchsuchten in Karachi und Islamabad Siedlungen und nahmen Hunderte Menschen fest",
              "Spokesman of the Sindh provincial government", "indirect"),
        quote("unmenschlich", "Taliban", "direct"),
        quote("Pakistan müsse den Afghanen mehr Zeit geben", "Zabihullah Mujahid", "indirect"),
        quote("Kämpfer der pakistanischen Taliban (TTP) zu beherbergen, die für eine Welle von Anschlägen "
              "verantwortlich seien", "Government of Pakistan", "indirect"),
        quote("Frauen und Mädchen drohten in Afghanistan schwere Menschenrechtsverletzungen", "UNHCR spokesperson",
              "indirect"),
        quote("registrierte Flüchtlinge mit Ausweis würden vorerst nicht abgeschoben", "Sarfraz Bugti", "indirect"),
        quote("Wer illegal hier ist, muss gehen", "Sarfraz Bugti", "direct"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad", "Pakistans"]),
        entity("Afghan migrants", "ORG", "AFG", ["Zehntausender Afghanen ohne gültige Papiere", "Hunderte Menschen",
                                                 "den Afghanen", "die Rückkehrer", "der Abzuschiebenden"]),
        entity("Karachi", "LOC", "PAK", ["Karachi"]),
        entity("Government of Sindh", "ORG", "PAK", ["der Provinzregierung von Sindh"]),
        entity("Torkham", "LOC", "AFG", ["Torkham"]),
        entity("Taliban", "ORG", "AFG", ["die Taliban-Behörden", "Die Taliban-Regierung in Kabul", "ihr", "der Führung in Kabul", "Kabul"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["ihr Sprecher Sabihullah Mudschahid"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK", ["pakistanischen Taliban (TTP)"]),
        entity("UNHCR", "ORG", "UNO", ["Das UN-Flüchtlingshilfswerk UNHCR", "Das Hilfswerk"]),
        entity("UNHCR spokesperson", "PER", "UNO", ["eine Sprecherin"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("Sarfraz Bugti", "PER", "PAK", ["Pakistans Übergangsinnenminister Sarfraz Bugti", "er"]),
    ],
}

# --------------------------------------------------------------------------- hm31-de-04
AGO = actor("Government of Angola", "AGO", "GOV")
AGO_PROTESTERS = actor("Angolan protesters", "AGO", "CVL")
AGO_POLICE = actor("Angolan police", "AGO", "COP")
UNITA = actor("UNITA", "AGO", "PTY")
TAXI = actor("Angolan taxi drivers' association", "AGO", "LAB")

D4_A1 = "Bei Protesten gegen eine Erhöhung der Dieselpreise sind in der angolanischen Hauptstadt Luanda am Montag mindestens vier Menschen ums Leben gekommen."
D4_A2 = "Taxifahrer hatten zu einem dreitägigen Streik aufgerufen, nachdem die Regierung den Preis für Diesel um ein Drittel angehoben hatte."
D4_A3 = "Die Polizei setzte in mehreren Vierteln Tränengas und scharfe Munition gegen Demonstranten ein, die Straßen blockierten und Geschäfte plünderten."
D4_B1 = "Nach Angaben des Innenministeriums wurden mehr als 500 Menschen festgenommen."
D4_B2 = "Der Innenminister sprach von »Vandalismus« und kündigte an, die Sicherheitskräfte würden mit aller Härte gegen Plünderer vorgehen."
D4_B3 = "Zugleich wurden Soldaten in die Außenbezirke der Stadt verlegt."
D4_C1 = "Die Oppositionspartei Unita machte die Regierung für die Gewalt verantwortlich und verlangte die Rücknahme der Preiserhöhung."
D4_C2 = "„Die Menschen haben Hunger, nicht Lust auf Krawalle“, sagte ihr Vorsitzender Adalberto Costa Júnior."
D4_C3 = "Der Verband der Taxifahrer setzte den Streik am Dienstag aus, nachdem die Regierung eine Überprüfung der Tarife zugesagt hatte."

DE04 = {
    "id": "hm31-de-04", "lang": "de", "published": "2025-07-29",
    "title": "Tote bei Protesten gegen höhere Dieselpreise in Angola",
    "text": paragraphs([D4_A1, D4_A2, D4_A3], [D4_B1, D4_B2, D4_B3], [D4_C1, D4_C2, D4_C3]),
    "events": [
        event("PROTEST", actor("Angolan taxi drivers", "AGO", "LAB"), AGO, D4_A2, mode="strike"),
        event("ASSAULT", AGO_POLICE, AGO_PROTESTERS, D4_A3, mode="firearms"),
        event("PROTEST", AGO_PROTESTERS, AGO, D4_A3, mode="riot"),
        event("COERCE", AGO_POLICE, AGO_PROTESTERS, D4_B1, mode="arrest"),
        event("ACCUSE", actor("Interior Minister of Angola", "AGO", "GOV"), AGO_PROTESTERS, D4_B2,
              mode="disapprove"),
        event("THREATEN", actor("Interior Minister of Angola", "AGO", "GOV"), AGO_PROTESTERS, D4_B2,
              mode="violence"),
        event("MOBILIZE", actor("Angolan Armed Forces", "AGO", "MIL"), None, D4_B3, mode="troops",
              location="Luanda", location_country="AGO"),
        event("ACCUSE", UNITA, AGO, D4_C1, mode="allege"),
        event("REQUEST", UNITA, AGO, D4_C1, mode="change"),
        event("RETREAT", TAXI, AGO, D4_C3, date="2025-07-29"),
        event("CONCEDE", AGO, TAXI, D4_C3),
    ],
    "quotes": [
        quote("wurden mehr als 500 Menschen festgenommen", "Ministry of Interior of Angola", "indirect"),
        quote("Vandalismus", "Interior Minister of Angola", "direct"),
        quote("die Sicherheitskräfte würden mit aller Härte gegen Plünderer vorgehen", "Interior Minister of Angola",
              "indirect"),
        quote("Die Menschen haben Hunger, nicht Lust auf Krawalle", "Adalberto Costa Júnior", "direct"),
    ],
    "entities": [
        entity("Luanda", "LOC", "AGO", ["der angolanischen Hauptstadt Luanda", "der Stadt"]),
        entity("Angolan taxi drivers", "ORG", "AGO", ["Taxifahrer"]),
        entity("Government of Angola", "ORG", "AGO", ["die Regierung"]),
        entity("Angolan police", "ORG", "AGO", ["Die Polizei", "die Sicherheitskräfte"]),
        entity("Angolan protesters", "ORG", "AGO", ["Demonstranten", "mehr als 500 Menschen", "Plünderer"]),
        entity("Ministry of Interior of Angola", "ORG", "AGO", ["des Innenministeriums"]),
        entity("Interior Minister of Angola", "PER", "AGO", ["Der Innenminister"]),
        entity("Angolan Armed Forces", "ORG", "AGO", ["Soldaten"]),
        entity("UNITA", "ORG", "AGO", ["Die Oppositionspartei Unita", "ihr"]),
        entity("Adalberto Costa Júnior", "PER", "AGO", ["ihr Vorsitzender Adalberto Costa Júnior"]),
        entity("Angolan taxi drivers' association", "ORG", "AGO", ["Der Verband der Taxifahrer"]),
    ],
}

# --------------------------------------------------------------------------- hm31-en-01
AUS = actor("Australia", "AUS", "GOV")
PNG = actor("Papua New Guinea", "PNG", "GOV")
MARAPE = actor("James Marape", "PNG", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")

E1_A1 = "Australia and Papua New Guinea signed a security agreement in Canberra on Thursday that commits Canberra to funding the Pacific nation's police force."
E1_A2 = "Prime Minister James Marape, who travelled to the Australian capital for the ceremony, held talks with Anthony Albanese beforehand."
E1_A3 = "Under the deal, Australia will provide 200 million Australian dollars over four years for PNG's police."
E1_B1 = "“This agreement is about making PNG safer and our region more secure,” Albanese told reporters."
E1_B2 = "Marape said Australian officers would also help his police reach remote provinces hit by tribal fighting."
E1_B3 = "Australia already has about 40 police advisers deployed in the country."
E1_C1 = "The pact was negotiated after PNG declined a policing offer from Beijing, according to two officials familiar with the talks."
E1_C2 = "China's embassy in Port Moresby said it respected PNG's choices but accused Canberra of stoking “bloc confrontation” in the Pacific."
E1_C3 = "Albanese said he would travel to Port Moresby next year to review progress."
E1_C4 = "The opposition criticised the deal as rushed and demanded that it be debated in parliament."

EN01 = {
    "id": "hm31-en-01", "lang": "en", "published": "2023-12-07",
    "title": "Australia and Papua New Guinea sign security pact",
    "text": paragraphs([E1_A1, E1_A2, E1_A3], [E1_B1, E1_B2, E1_B3], [E1_C1, E1_C2, E1_C3, E1_C4]),
    "events": [
        event("SUPPORT", AUS, PNG, E1_A1, date="2023-12-07", location="Canberra", location_country="AUS"),
        event("CONSULT", MARAPE, ALBANESE, E1_A2, mode="visit", date="2023-12-07", location="Canberra",
              location_country="AUS"),
        event("AGREE", AUS, PNG, E1_A3),
        event("AID", AUS, PNG, E1_B3),
        event("REJECT", PNG, actor("China", "CHN", "GOV"), E1_C1, mode="assist"),
        event("ACCUSE", actor("Embassy of China in Papua New Guinea", "CHN", "GOV"), AUS, E1_C2, mode="allege"),
        event("AGREE", ALBANESE, PNG, E1_C3),
        event("ACCUSE", actor("Opposition of Papua New Guinea", "PNG", "OPP"), MARAPE, E1_C4, mode="disapprove"),
        event("REQUEST", actor("Opposition of Papua New Guinea", "PNG", "OPP"), MARAPE, E1_C4, mode="change"),
    ],
    "quotes": [
        quote("This agreement is about making PNG safer and our region more secure", "Anthony Albanese", "direct"),
        quote("Australian officers would also help his police reach remote provinces hit by tribal fighting",
              "James Marape", "indirect"),
        quote("The pact was negotiated after PNG declined a policing offer from Beijing",
              "officials familiar with the talks", "indirect"),
        quote("it respected PNG's choices", "Embassy of China in Papua New Guinea", "indirect"),
        quote("bloc confrontation", "Embassy of China in Papua New Guinea", "direct"),
        quote("he would travel to Port Moresby next year to review progress", "Anthony Albanese", "indirect"),
        quote("that it be debated in parliament", "Opposition of Papua New Guinea", "indirect"),
    ],
    "entities": [
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra", "Australian"]),
        entity("Papua New Guinea", "GPE", "PNG", ["Papua New Guinea", "the Pacific nation's", "PNG", "PNG's",
                                                  "the country"]),
        entity("Canberra", "LOC", "AUS", ["Canberra", "the Australian capital"]),
        entity("James Marape", "PER", "PNG", ["Prime Minister James Marape", "Marape"]),
        entity("Anthony Albanese", "PER", "AUS", ["Anthony Albanese", "Albanese", "he"]),
        entity("Royal Papua New Guinea Constabulary", "ORG", "PNG", ["the Pacific nation's police force",
                                                                     "PNG's police", "his police"]),
        entity("China", "GPE", "CHN", ["Beijing"]),
        entity("Embassy of China in Papua New Guinea", "ORG", "CHN", ["China's embassy in Port Moresby", "it"]),
        entity("Port Moresby", "LOC", "PNG", ["Port Moresby"]),
        entity("Pacific", "LOC", None, ["the Pacific"]),
        entity("Opposition of Papua New Guinea", "ORG", "PNG", ["The opposition"]),
    ],
}

# --------------------------------------------------------------------------- hm31-en-02
USA = actor("United States", "USA", "GOV")
ZAF = actor("South Africa", "ZAF", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
RASOOL = actor("Ebrahim Rasool", "ZAF", "GOV")
ZAF_PRES = actor("Presidency of South Africa", "ZAF", "GOV")

E2_A1 = "The United States has expelled South Africa's ambassador Ebrahim Rasool, escalating a row between Washington and Pretoria over land reform and foreign policy."
E2_A2 = "Secretary of State Marco Rubio announced on Friday that Rasool was “no longer welcome in our great country” and called him a “race-baiting politician who hates America.”"
E2_A3 = "Rasool had told a webinar that President Donald Trump was leading a “supremacist” movement."
E2_B1 = "South Africa's presidency described the expulsion as “regrettable” but said it remained committed to a mutually beneficial relationship with the United States."
E2_B2 = "Pretoria would not retaliate by expelling American diplomats, presidential spokesman Vincent Magwenya told reporters."
E2_B3 = "Washington froze aid to South Africa last month, accusing it of seizing land from white farmers and of siding with Hamas."
E2_C1 = "Rasool, who also served in Washington from 2010 to 2015, did not comment."
E2_C2 = "Julius Malema, leader of the opposition Economic Freedom Fighters, called on President Cyril Ramaphosa to cut ties with Washington."
E2_C3 = "Trump has also offered to resettle white Afrikaner farmers in the United States as refugees."

EN02 = {
    "id": "hm31-en-02", "lang": "en", "published": "2025-03-15",
    "title": "US expels South Africa's ambassador over remarks on Trump",
    "text": paragraphs([E2_A1, E2_A2, E2_A3], [E2_B1, E2_B2, E2_B3], [E2_C1, E2_C2, E2_C3]),
    "events": [
        event("SANCTION", USA, ZAF, E2_A1, mode="expel"),
        event("SANCTION", RUBIO, ZAF, E2_A2, mode="expel", date="2025-03-14"),
        event("ACCUSE", RUBIO, RASOOL, E2_A2, mode="disapprove", date="2025-03-14"),
        event("ACCUSE", RASOOL, actor("Donald Trump", "USA", "GOV"), E2_A3, mode="allege"),
        event("ACCUSE", ZAF_PRES, USA, E2_B1, mode="disapprove"),
        event("AGREE", ZAF_PRES, USA, E2_B1),
        event("SANCTION", ZAF, USA, E2_B2, mode="expel", negated=True),
        event("SANCTION", USA, ZAF, E2_B3, mode="withdraw"),
        event("ACCUSE", USA, ZAF, E2_B3, mode="allege"),
        event("REQUEST", actor("Julius Malema", "ZAF", "OPP"), actor("Cyril Ramaphosa", "ZAF", "GOV"), E2_C2,
              mode="change"),
        event("AGREE", actor("Donald Trump", "USA", "GOV"), actor("Afrikaner farmers", "ZAF", "CVL"), E2_C3),
    ],
    "quotes": [
        quote("that Rasool was “no longer welcome in our great country”", "Marco Rubio", "indirect"),
        quote("no longer welcome in our great country", "Marco Rubio", "direct"),
        quote("race-baiting politician who hates America", "Marco Rubio", "direct"),
        quote("that President Donald Trump was leading a “supremacist” movement", "Ebrahim Rasool", "indirect"),
        quote("supremacist", "Ebrahim Rasool", "direct"),
        quote("regrettable", "Presidency of South Africa", "direct"),
        quote("it remained committed to a mutually beneficial relationship with the United States",
              "Presidency of South Africa", "indirect"),
        quote("Pretoria would not retaliate by expelling American diplomats", "Vincent Magwenya", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "Washington", "the United States", "America"]),
        entity("South Africa", "GPE", "ZAF", ["South Africa's", "Pretoria", "South Africa"]),
        entity("Ebrahim Rasool", "PER", "ZAF", ["South Africa's ambassador Ebrahim Rasool", "Rasool", "him"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Presidency of South Africa", "ORG", "ZAF", ["South Africa's presidency", "it"]),
        entity("Vincent Magwenya", "PER", "ZAF", ["presidential spokesman Vincent Magwenya"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Julius Malema", "PER", "ZAF", ["Julius Malema"]),
        entity("Economic Freedom Fighters", "ORG", "ZAF", ["the opposition Economic Freedom Fighters"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["President Cyril Ramaphosa"]),
        entity("Afrikaner farmers", "ORG", "ZAF", ["white Afrikaner farmers", "white farmers"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
