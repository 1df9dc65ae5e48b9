"""Round 307: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm325-de-01: Philippines: anti-corruption rallies over the flood-control scandal in Manila; riot near Mendiola, more than 200 arrests and water cannon, peaceful main rally at Rizal Park without arrests, police on standby, Marcos backs the protests and urges restraint, Moreno condemns the rioters, Romualdez's resignation, the Reyes commission, the DPWH bars the Discaya firms, Curlee Discaya's testimony, Sara Duterte attacks the government (2025-09-21).
- hm325-de-02: Japan: Land Minister Tetsuo Saito approves the Henoko design change in place of Okinawa's Governor Denny Tamaki; the Naha court order and the missed deadline, Tamaki objects and appeals, Hayashi asks Okinawa to cooperate, sit-in at Camp Schwab removed by riot police, the U.S. embassy welcomes it (2023-12-28).
- hm325-de-03: Indonesia: police fire tear gas at Rempang islanders blocking the survey for the Xinyi-backed Rempang Eco City; stone-throwing, eight arrests, Tabana Bangun blames provocateurs, Mahfud MD's and Bahlil Lahadalia's responses, Komnas HAM inquiry, Amnesty's demand, Walhi's criticism, BP Batam's eviction deadline, Jokowi's July meeting with Xi in Chengdu (2023-09-08).
- hm325-de-04: Myanmar: the National Unity Government attacks Naypyidaw with drones; the junta says it shot down seven, Zaw Min Tun's accusation and threat, troops moved into the capital, Kyaw Zaw's justification and threat, the conscription law, Tom Andrews's demand, Alounkeo's January visit to Min Aung Hlaing, no talks with the NUG (2024-04-04).
- hm325-en-01: UN/Bangladesh: the UN human rights office's fact-finding report on the 2024 crackdown; possible crimes against humanity, Turk's accusation, Yunus welcomes it, compensation for victims' families, the Awami League objects, recommendations against a party ban and for disbanding RAB, the Chhatra League ban, ICT warrants for Hasina and the extradition request (2025-02-12).
- hm325-en-02: Australia: voters reject the Indigenous Voice to Parliament; Albanese concedes and pledges to keep working with Indigenous communities, Dutton attacks him and demands a royal commission, Price accuses the Yes side, Burney thanks Yes23 volunteers, Indigenous leaders' week of silence, UN rapporteur Cali Tzay's appeal (2023-10-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm325-de-01 (Philippines, Trillion Peso March)
PH_PROTESTERS = actor("anti-corruption protesters in the Philippines", "PHL", "CVL")
PH_GOV = actor("Government of the Philippines", "PHL", "GOV")
PNP = actor("Philippine National Police", "PHL", "COP")
PH_RIOTERS = actor("rioters near Mendiola Street", "PHL", "CVL")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
MORENO = actor("Francisco Moreno Domagoso", "PHL", "GOV")
ROMUALDEZ = actor("Martin Romualdez", "PHL", "LEG")
DPWH = actor("Department of Public Works and Highways", "PHL", "GOV")
DISCAYA_FIRMS = actor("construction companies of the Discaya family", "PHL", "BUS")
CURLEE = actor("Curlee Discaya", "PHL", "BUS")
PH_HOUSE_MEMBERS = actor("members of the Philippine House of Representatives", "PHL", "LEG")
SARA_DUTERTE = actor("Sara Duterte", "PHL", "GOV")

M1 = ("Manila (dpa) - Zehntausende Menschen haben auf den Philippinen gegen die Veruntreuung von Milliardenbeträgen "
      "aus dem Hochwasserschutz demonstriert.")
M2 = ("Bei Ausschreitungen am Rande der Proteste nahm die Polizei in der Hauptstadt Manila am Sonntag mehr als 200 "
      "Menschen fest, darunter zahlreiche Minderjährige.")
M3 = ("Vermummte junge Männer hatten nahe der Mendiola-Straße, die zum Präsidentenpalast Malacañang führt, Steine "
      "und Brandsätze auf Polizisten geworfen und einen Lastwagen angezündet.")
M4 = ("Die Beamten drängten die Randalierer mit Schutzschilden und Wasserwerfern zurück; nach Polizeiangaben wurden "
      "mehr als 90 Polizisten verletzt.")
M5 = ("Die Hauptkundgebung im Rizal-Park, zu der Kirchen, Studentenverbände und Bürgerrechtsgruppen aufgerufen "
      "hatten, verlief dagegen friedlich.")
M6 = "Festnahmen habe es dort nicht gegeben, sagte ein Polizeisprecher."
M7 = ("Die Polizei hatte vor den Protesten landesweit Zehntausende Beamte in Bereitschaft versetzt.")
M8 = ("Die Demonstranten werfen Abgeordneten und Beamten des Ministeriums für öffentliche Arbeiten vor, über "
      "Schmiergelder von Baufirmen Milliarden Pesos aus Deich- und Entwässerungsprojekten abgezweigt zu haben.")
M9 = ("Präsident Ferdinand Marcos Jr. hatte die Proteste vorab ausdrücklich gutgeheißen, die Bürger aber zugleich "
      "zur Gewaltlosigkeit aufgerufen.")
M10 = ("„Wäre ich nicht Präsident, wäre ich vielleicht selbst mit ihnen auf der Straße“, hatte der 68-Jährige "
       "gesagt.")
M11 = ("Manilas Bürgermeister Francisco Moreno Domagoso verurteilte die Gewalt und warf den Randalierern vor, eine "
       "friedliche Bewegung gekapert zu haben.")
M12 = "Der Skandal hat in den vergangenen Wochen bereits mehrere Spitzenpolitiker das Amt gekostet."
M13 = ("Am Mittwoch trat der Präsident des Repräsentantenhauses, Martin Romualdez, ein Cousin des Präsidenten, "
       "zurück.")
M14 = "Romualdez bestreitet, von Schmiergeldern profitiert zu haben."
M15 = ("Marcos hatte vor zehn Tagen eine unabhängige Kommission unter Leitung des früheren Richters am Obersten "
       "Gerichtshof Andres Reyes Jr. eingesetzt, die alle seit 2022 vergebenen Hochwasserschutzprojekte überprüfen "
       "soll.")
M16 = ("Das Ministerium für öffentliche Arbeiten schloss zudem die Baufirmen der Unternehmerfamilie Discaya von "
       "allen staatlichen Aufträgen aus.")
M17 = ("Der Bauunternehmer Curlee Discaya hatte vor dem Senat ausgesagt, er habe Abgeordneten Provisionen von bis "
       "zu 25 Prozent der Auftragssummen gezahlt.")
M18 = ("Vizepräsidentin Sara Duterte, die mit Marcos verfeindet ist, warf der Regierung vor, die Wut der Bürger auf "
       "einige wenige Sündenböcke lenken zu wollen.")

DE01 = {
    "id": "hm325-de-01", "lang": "de", "url": None, "published": "2025-09-21",
    "title": "Hunderte Festnahmen bei Protesten gegen Korruption in Manila",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10, M11], [M12, M13, M14, M15, M16, M17, M18]),
    "events": [
        event("PROTEST", PH_PROTESTERS, PH_GOV, M1, mode="demo", location_country="PHL"),
        event("COERCE", PNP, PH_RIOTERS, M2, mode="arrest", date="2025-09-21", location="Manila",
              location_country="PHL"),
        event("PROTEST", PH_RIOTERS, PNP, M3, mode="riot", location="Manila", location_country="PHL"),
        event("ASSAULT", PNP, PH_RIOTERS, M4, mode="crowd-control", location="Manila", location_country="PHL"),
        event("PROTEST", PH_PROTESTERS, PH_GOV, M5, mode="demo", location="Rizal Park", location_country="PHL"),
        event("COERCE", PNP, PH_PROTESTERS, M6, mode="arrest", location="Rizal Park", location_country="PHL",
              negated=True),
        event("MOBILIZE", PNP, None, M7, mode="police", location_country="PHL"),
        event("SUPPORT", MARCOS, PH_PROTESTERS, M9),
        event("REQUEST", MARCOS, PH_PROTESTERS, M9),
        event("ACCUSE", MORENO, PH_RIOTERS, M11, mode="disapprove"),
        event("RETREAT", ROMUALDEZ, None, M13, mode="resign", date="2025-09-17"),
        event("ACCUSE", MARCOS, DPWH, M15, mode="investigate", date="2025-09-11"),
        event("SANCTION", DPWH, DISCAYA_FIRMS, M16, mode="discontinue"),
        event("ACCUSE", CURLEE, PH_HOUSE_MEMBERS, M17, mode="allege"),
        event("ACCUSE", SARA_DUTERTE, PH_GOV, M18, mode="disapprove"),
    ],
    "quotes": [
        quote("Festnahmen habe es dort nicht gegeben", "spokesperson of the Philippine National Police", "indirect"),
        quote("über Schmiergelder von Baufirmen Milliarden Pesos aus Deich- und Entwässerungsprojekten abgezweigt zu "
              "haben", "anti-corruption protesters in the Philippines", "indirect"),
        quote("Wäre ich nicht Präsident, wäre ich vielleicht selbst mit ihnen auf der Straße", "Ferdinand Marcos Jr.",
              "direct"),
        quote("eine friedliche Bewegung gekapert zu haben", "Francisco Moreno Domagoso", "indirect"),
        quote("von Schmiergeldern profitiert zu haben", "Martin Romualdez", "indirect"),
        quote("er habe Abgeordneten Provisionen von bis zu 25 Prozent der Auftragssummen gezahlt", "Curlee Discaya",
              "indirect"),
        quote("die Wut der Bürger auf einige wenige Sündenböcke lenken zu wollen", "Sara Duterte", "indirect"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila", "Manilas"]),
        entity("Philippines", "LOC", "PHL", ["den Philippinen"]),
        entity("anti-corruption protesters in the Philippines", "ORG", "PHL",
               ["Zehntausende Menschen", "Die Demonstranten", "ihnen"]),
        entity("Philippine National Police", "ORG", "PHL", ["die Polizei", "Polizisten", "Die Beamten",
                                                            "Die Polizei", "Zehntausende Beamte"]),
        entity("rioters near Mendiola Street", "ORG", "PHL", ["Vermummte junge Männer", "die Randalierer",
                                                              "den Randalierern"]),
        entity("Mendiola Street", "LOC", "PHL", ["Mendiola-Straße"]),
        entity("Malacañang Palace", "LOC", "PHL", ["Präsidentenpalast Malacañang"]),
        entity("Rizal Park", "LOC", "PHL", ["Rizal-Park", "dort"]),
        entity("organisers of the anti-corruption rallies", "ORG", "PHL",
               ["Kirchen, Studentenverbände und Bürgerrechtsgruppen"]),
        entity("spokesperson of the Philippine National Police", "PER", "PHL", ["ein Polizeisprecher"]),
        entity("members of the Philippine House of Representatives", "ORG", "PHL", ["Abgeordneten"]),
        entity("Department of Public Works and Highways", "ORG", "PHL",
               ["des Ministeriums für öffentliche Arbeiten", "Das Ministerium für öffentliche Arbeiten"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr.", "der 68-Jährige",
                                                      "des Präsidenten", "Marcos"]),
        entity("Francisco Moreno Domagoso", "PER", "PHL", ["Manilas Bürgermeister Francisco Moreno Domagoso"]),
        entity("House of Representatives of the Philippines", "ORG", "PHL", ["des Repräsentantenhauses"]),
        entity("Martin Romualdez", "PER", "PHL", ["Martin Romualdez", "Romualdez"]),
        entity("Independent Commission for Infrastructure", "ORG", "PHL", ["eine unabhängige Kommission"]),
        entity("Andres Reyes Jr.", "PER", "PHL", ["des früheren Richters am Obersten Gerichtshof Andres Reyes Jr."]),
        entity("Supreme Court of the Philippines", "ORG", "PHL", ["Obersten Gerichtshof"]),
        entity("construction companies of the Discaya family", "ORG", "PHL",
               ["die Baufirmen der Unternehmerfamilie Discaya"]),
        entity("Curlee Discaya", "PER", "PHL", ["Der Bauunternehmer Curlee Discaya"]),
        entity("Senate of the Philippines", "ORG", "PHL", ["dem Senat"]),
        entity("Sara Duterte", "PER", "PHL", ["Vizepräsidentin Sara Duterte"]),
        entity("Government of the Philippines", "ORG", "PHL", ["der Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm325-de-02 (Japan, Henoko proxy approval)
SAITO = actor("Tetsuo Saito", "JPN", "GOV")
TAMAKI = actor("Denny Tamaki", "JPN", "GOV")
JPN_MOD = actor("Ministry of Defense of Japan", "JPN", "GOV")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
FUKUOKA_HC = actor("Fukuoka High Court Naha Branch", "JPN", "JUD")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
OKINAWA_PREF = actor("Okinawa Prefectural Government", "JPN", "GOV")
HENOKO_OPP = actor("opponents of the Henoko base", "JPN", "CVL")
JPN_RIOT_POLICE = actor("Japanese riot police", "JPN", "COP")
US_EMB_TOKYO = actor("Embassy of the United States in Tokyo", "USA", "GOV")

H1 = ("Tokio (dpa) - Im jahrzehntelangen Streit um einen neuen US-Militärstützpunkt auf Okinawa hat sich Japans "
      "Regierung erstmals über den Willen der Präfektur hinweggesetzt.")
H2 = ("Infrastrukturminister Tetsuo Saito genehmigte am Donnerstag an Stelle von Gouverneur Denny Tamaki die "
      "geänderten Baupläne des Verteidigungsministeriums für die Aufschüttung vor der Küste von Henoko.")
H3 = ("Nie zuvor hatte die Zentralregierung das im Gesetz über die lokale Selbstverwaltung vorgesehene Instrument "
      "der Ersatzvornahme genutzt.")
H4 = ("Tamaki hatte sich geweigert, die Änderungen abzusegnen, obwohl ihn die Außenstelle des Obergerichts Fukuoka "
      "in Naha vergangene Woche dazu verpflichtet hatte.")
H5 = "Saito hatte dem Gouverneur am Montag eine letzte Frist bis Mittwoch gesetzt, die Tamaki verstreichen ließ."
H6 = ("„Das ist eine äußerst bedauerliche Entscheidung, die die Selbstverwaltung und den Willen der Menschen in "
      "Okinawa missachtet“, sagte Tamaki am Donnerstagabend vor Journalisten in Naha.")
H7 = "Der 64-Jährige hat gegen das Urteil bereits Berufung beim Obersten Gerichtshof eingelegt."
H8 = ("Regierungssprecher Yoshimasa Hayashi sagte in Tokio, die Verlegung des Stützpunkts Futenma nach Henoko sei "
      "die „einzige Lösung“, um die Gefahren durch den mitten in der Stadt Ginowan gelegenen Flugplatz zu "
      "beseitigen.")
H9 = "Er bat die Präfektur um Verständnis und rief sie zur Zusammenarbeit auf."
H10 = ("Das Verteidigungsministerium will bereits im Januar mit den Arbeiten in der Oura-Bucht beginnen, wo der "
       "weiche Meeresboden mit rund 71 000 Pfählen befestigt werden soll.")
H11 = ("Vor dem Tor des Stützpunkts Camp Schwab der US-Marineinfanterie in Henoko protestierten am Donnerstag rund "
       "200 Gegner des Projekts gegen die Entscheidung.")
H12 = "Einige setzten sich vor die Zufahrt und wurden von Bereitschaftspolizisten weggetragen."
H13 = ("Bei einem Referendum 2019 hatten sich mehr als 70 Prozent der Wähler in Okinawa gegen die Aufschüttung "
       "ausgesprochen.")
H14 = ("Auf der Inselgruppe, die weniger als ein Prozent der Landesfläche ausmacht, liegen rund 70 Prozent der "
       "ausschließlich von US-Truppen genutzten Anlagen in Japan.")
H15 = ("Die US-Botschaft in Tokio begrüßte den Schritt und sprach von einem wichtigen Beitrag zur Stärkung der "
       "Allianz.")
H16 = "Tamaki war 2018 mit dem Versprechen ins Amt gewählt worden, den Bau zu verhindern."

DE02 = {
    "id": "hm325-de-02", "lang": "de", "url": None, "published": "2023-12-28",
    "title": "Tokio setzt sich im Streit um Henoko über Okinawa hinweg",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10], [H11, H12, H13, H14], [H15, H16]),
    "events": [
        event("SUPPORT", SAITO, JPN_MOD, H2, date="2023-12-28"),
        event("REJECT", TAMAKI, JPN_GOV, H4, mode="change"),
        event("REQUEST", FUKUOKA_HC, TAMAKI, H4, mode="change", location="Naha", location_country="JPN"),
        event("REQUEST", SAITO, TAMAKI, H5, mode="change", date="2023-12-25"),
        event("REJECT", TAMAKI, SAITO, H5, mode="change", date="2023-12-27"),
        event("ACCUSE", TAMAKI, JPN_GOV, H6, mode="disapprove", date="2023-12-28", location="Naha",
              location_country="JPN"),
        event("ACCUSE", TAMAKI, JPN_GOV, H7, mode="allege"),
        event("REQUEST", HAYASHI, OKINAWA_PREF, H9),
        event("PROTEST", HENOKO_OPP, JPN_GOV, H11, mode="demo", date="2023-12-28", location="Henoko",
              location_country="JPN"),
        event("PROTEST", HENOKO_OPP, JPN_GOV, H12, mode="obstruct", location="Henoko", location_country="JPN"),
        event("COERCE", JPN_RIOT_POLICE, HENOKO_OPP, H12, mode="restrict", location="Henoko",
              location_country="JPN"),
        event("SUPPORT", US_EMB_TOKYO, JPN_GOV, H15),
    ],
    "quotes": [
        quote("Das ist eine äußerst bedauerliche Entscheidung, die die Selbstverwaltung und den Willen der Menschen in "
              "Okinawa missachtet", "Denny Tamaki", "direct"),
        quote("die Verlegung des Stützpunkts Futenma nach Henoko sei die „einzige Lösung“, um die Gefahren durch den "
              "mitten in der Stadt Ginowan gelegenen Flugplatz zu beseitigen", "Yoshimasa Hayashi", "indirect"),
        quote("einzige Lösung", "Yoshimasa Hayashi", "direct"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Okinawa", "LOC", "JPN", ["Okinawa", "der Inselgruppe"]),
        entity("Government of Japan", "ORG", "JPN", ["Japans Regierung", "die Zentralregierung"]),
        entity("Okinawa Prefectural Government", "ORG", "JPN", ["der Präfektur", "die Präfektur", "sie"]),
        entity("Tetsuo Saito", "PER", "JPN", ["Infrastrukturminister Tetsuo Saito", "Saito"]),
        entity("Denny Tamaki", "PER", "JPN", ["Gouverneur Denny Tamaki", "Tamaki", "dem Gouverneur",
                                              "Der 64-Jährige"]),
        entity("Ministry of Defense of Japan", "ORG", "JPN", ["des Verteidigungsministeriums",
                                                              "Das Verteidigungsministerium"]),
        entity("Henoko", "LOC", "JPN", ["Henoko"]),
        entity("Fukuoka High Court Naha Branch", "ORG", "JPN",
               ["die Außenstelle des Obergerichts Fukuoka in Naha"]),
        entity("Naha", "LOC", "JPN", ["Naha"]),
        entity("Supreme Court of Japan", "ORG", "JPN", ["Obersten Gerichtshof"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi", "Er"]),
        entity("Marine Corps Air Station Futenma", "LOC", "JPN", ["des Stützpunkts Futenma", "Flugplatz"]),
        entity("Ginowan", "LOC", "JPN", ["der Stadt Ginowan"]),
        entity("Oura Bay", "LOC", "JPN", ["Oura-Bucht"]),
        entity("Camp Schwab", "LOC", "JPN", ["Camp Schwab"]),
        entity("U.S. Marine Corps", "ORG", "USA", ["US-Marineinfanterie"]),
        entity("opponents of the Henoko base", "ORG", "JPN", ["rund 200 Gegner des Projekts", "Einige"]),
        entity("Japanese riot police", "ORG", "JPN", ["Bereitschaftspolizisten"]),
        entity("United States Forces Japan", "ORG", "USA", ["US-Truppen"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Embassy of the United States in Tokyo", "ORG", "USA", ["Die US-Botschaft in Tokio"]),
    ],
}

# ---------------------------------------------------------------- hm325-de-03 (Indonesia, Rempang clash)
ID_POLICE = actor("Indonesian National Police", "IDN", "COP")
REMPANG_RES = actor("residents of Rempang", "IDN", "CVL")
BP_BATAM = actor("Batam Indonesia Free Zone Authority", "IDN", "GOV")
JOKOWI = actor("Joko Widodo", "IDN", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
XINYI = actor("Xinyi Glass", "CHN", "BUS")
ID_GOV = actor("Government of Indonesia", "IDN", "GOV")
TABANA = actor("Tabana Bangun", "IDN", "COP")
PROVOCATEURS = actor("provocateurs from outside Rempang", "IDN", "CVL")
BAHLIL = actor("Bahlil Lahadalia", "IDN", "GOV")
KOMNAS_HAM = actor("National Commission on Human Rights of Indonesia", "IDN", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
ID_SECURITY = actor("Indonesian security forces", "IDN", "COP")
WALHI = actor("Indonesian Forum for the Environment", "IDN", "NGO")

R1 = ("Batam (AFP) - Auf der indonesischen Insel Rempang hat die Polizei Tränengas gegen Bewohner eingesetzt, die "
      "sich gegen die Vermessung ihres Landes für ein chinesisch finanziertes Industrieprojekt wehrten.")
R2 = ("Hunderte Dorfbewohner hatten am Donnerstag eine Brücke zwischen Rempang und der Nachbarinsel Setokok mit "
      "Baumstämmen und Autoreifen blockiert, um einen Konvoi aus Polizisten, Soldaten und Mitarbeitern der "
      "Entwicklungsbehörde BP Batam aufzuhalten.")
R3 = "Als einige von ihnen Steine und Flaschen warfen, feuerten die Beamten Tränengasgranaten in die Menge."
R4 = ("Nach Berichten örtlicher Medien trieb der Wind das Gas auch auf das Gelände zweier Schulen, wo Kinder in "
      "Panik aus den Klassenzimmern flohen.")
R5 = "Acht Menschen wurden festgenommen."
R6 = ("Auf Rempang soll das Industriegebiet Rempang Eco City entstehen, dessen Herzstück eine Glas- und "
      "Solarglasfabrik des chinesischen Konzerns Xinyi Glass ist.")
R7 = ("Xinyi hatte bei einem Besuch von Präsident Joko Widodo bei Staatschef Xi Jinping im Juli in Chengdu "
      "Investitionen von umgerechnet rund elf Milliarden Dollar zugesagt.")
R8 = ("Für das Projekt sollen rund 7500 Menschen umgesiedelt werden, viele von ihnen Malaien, deren Familien seit "
      "Generationen in den Fischerdörfern der Insel leben.")
R9 = ("Der Polizeichef der Provinz Riau-Inseln, Tabana Bangun, sagte, das Tränengas sei erst nach den Steinwürfen "
      "eingesetzt worden, und warf Provokateuren von außerhalb vor, die Menge aufgewiegelt zu haben.")
R10 = "„Wir wollten niemanden verletzen“, sagte er."
R11 = ("Sicherheitsminister Mahfud MD erklärte am Freitag in Jakarta, das Land sei bereits vor mehr als 20 Jahren "
       "einem Unternehmen überlassen worden, es handle sich daher nicht um eine Vertreibung.")
R12 = ("Investitionsminister Bahlil Lahadalia sagte den Betroffenen neue Häuser auf Grundstücken von 500 "
       "Quadratmetern sowie eine monatliche Übergangszahlung zu.")
R13 = "Die nationale Menschenrechtskommission Komnas HAM leitete eine Untersuchung des Polizeieinsatzes ein."
R14 = ("Amnesty International Indonesien warf den Sicherheitskräften unverhältnismäßige Gewalt vor und forderte "
       "ihren Abzug von der Insel.")
R15 = ("Die Umweltorganisation Walhi warf der Regierung in Jakarta vor, die Interessen ausländischer Investoren über "
       "die Rechte der Inselbewohner zu stellen.")
R16 = "Die Behörde BP Batam forderte die Bewohner auf, ihre Dörfer bis zum 28. September zu räumen."

DE03 = {
    "id": "hm325-de-03", "lang": "de", "url": None, "published": "2023-09-08",
    "title": "Tränengas gegen Inselbewohner: Streit um chinesische Fabrik auf Rempang eskaliert",
    "text": paragraphs([R1, R2, R3, R4, R5], [R6, R7, R8], [R9, R10, R11, R12], [R13, R14, R15, R16]),
    "events": [
        event("ASSAULT", ID_POLICE, REMPANG_RES, R1, mode="crowd-control", location="Rempang",
              location_country="IDN"),
        event("PROTEST", REMPANG_RES, BP_BATAM, R2, mode="obstruct", date="2023-09-07", location="Rempang",
              location_country="IDN"),
        event("PROTEST", REMPANG_RES, ID_POLICE, R3, mode="riot", location="Rempang", location_country="IDN"),
        event("ASSAULT", ID_POLICE, REMPANG_RES, R3, mode="crowd-control", location="Rempang",
              location_country="IDN"),
        event("COERCE", ID_POLICE, REMPANG_RES, R5, mode="arrest", location="Rempang", location_country="IDN"),
        event("CONSULT", JOKOWI, XI, R7, mode="visit", location="Chengdu", location_country="CHN"),
        event("AGREE", XINYI, ID_GOV, R7),
        event("ACCUSE", TABANA, PROVOCATEURS, R9, mode="allege"),
        event("AGREE", BAHLIL, REMPANG_RES, R12),
        event("ACCUSE", KOMNAS_HAM, ID_POLICE, R13, mode="investigate"),
        event("ACCUSE", AMNESTY, ID_SECURITY, R14, mode="disapprove"),
        event("REQUEST", AMNESTY, ID_SECURITY, R14, mode="yield"),
        event("ACCUSE", WALHI, ID_GOV, R15, mode="disapprove"),
        event("REQUEST", BP_BATAM, REMPANG_RES, R16),
    ],
    "quotes": [
        quote("trieb der Wind das Gas auch auf das Gelände zweier Schulen, wo Kinder in Panik aus den Klassenzimmern "
              "flohen", "local media", "indirect"),
        quote("das Tränengas sei erst nach den Steinwürfen eingesetzt worden", "Tabana Bangun", "indirect"),
        quote("die Menge aufgewiegelt zu haben", "Tabana Bangun", "indirect"),
        quote("Wir wollten niemanden verletzen", "Tabana Bangun", "direct"),
        quote("das Land sei bereits vor mehr als 20 Jahren einem Unternehmen überlassen worden, es handle sich daher "
              "nicht um eine Vertreibung", "Mahfud MD", "indirect"),
        quote("die Interessen ausländischer Investoren über die Rechte der Inselbewohner zu stellen",
              "Indonesian Forum for the Environment", "indirect"),
    ],
    "entities": [
        entity("Batam", "LOC", "IDN", ["Batam"]),
        entity("Rempang", "LOC", "IDN", ["der indonesischen Insel Rempang", "Rempang", "der Insel"]),
        entity("Indonesian National Police", "ORG", "IDN", ["die Polizei", "Polizisten", "die Beamten"]),
        entity("residents of Rempang", "ORG", "IDN", ["Bewohner", "Hunderte Dorfbewohner", "einige von ihnen",
                                                      "die Menge", "den Betroffenen", "die Bewohner",
                                                      "Inselbewohner"]),
        entity("Setokok", "LOC", "IDN", ["der Nachbarinsel Setokok"]),
        entity("Indonesian National Armed Forces", "ORG", "IDN", ["Soldaten"]),
        entity("Batam Indonesia Free Zone Authority", "ORG", "IDN", ["der Entwicklungsbehörde BP Batam",
                                                                     "Die Behörde BP Batam"]),
        entity("local media", "ORG", "IDN", ["örtlicher Medien"]),
        entity("Rempang Eco City", "LOC", "IDN", ["ein chinesisch finanziertes Industrieprojekt",
                                                  "das Industriegebiet Rempang Eco City", "das Projekt"]),
        entity("Xinyi Glass", "ORG", "CHN", ["des chinesischen Konzerns Xinyi Glass", "Xinyi"]),
        entity("Joko Widodo", "PER", "IDN", ["Präsident Joko Widodo"]),
        entity("Xi Jinping", "PER", "CHN", ["Staatschef Xi Jinping"]),
        entity("Chengdu", "LOC", "CHN", ["Chengdu"]),
        entity("Tabana Bangun", "PER", "IDN", ["Der Polizeichef der Provinz Riau-Inseln, Tabana Bangun", "er"]),
        entity("Riau Islands", "LOC", "IDN", ["Provinz Riau-Inseln"]),
        entity("provocateurs from outside Rempang", "ORG", "IDN", ["Provokateuren von außerhalb"]),
        entity("Mahfud MD", "PER", "IDN", ["Sicherheitsminister Mahfud MD"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Bahlil Lahadalia", "PER", "IDN", ["Investitionsminister Bahlil Lahadalia"]),
        entity("National Commission on Human Rights of Indonesia", "ORG", "IDN",
               ["Die nationale Menschenrechtskommission Komnas HAM"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International Indonesien"]),
        entity("Indonesian security forces", "ORG", "IDN", ["den Sicherheitskräften"]),
        entity("Indonesian Forum for the Environment", "ORG", "IDN", ["Die Umweltorganisation Walhi"]),
        entity("Government of Indonesia", "ORG", "IDN", ["der Regierung in Jakarta"]),
    ],
}

# ---------------------------------------------------------------- hm325-de-04 (Myanmar, NUG drones on Naypyidaw)
NUG = actor("National Unity Government of Myanmar", "MMR", "OPP")
MM_MIL = actor("Myanmar military", "MMR", "MIL")
MAH = actor("Min Aung Hlaing", "MMR", "GOV")
JUNTA = actor("Myanmar military junta", "MMR", "GOV")
ZAW_MIN_TUN = actor("Zaw Min Tun", "MMR", "GOV")
KYAW_ZAW = actor("Kyaw Zaw", "MMR", "OPP")
ANDREWS = actor("Tom Andrews", "UNO", "IGO")
ALOUNKEO = actor("Alounkeo Kittikhoun", "IGO", "IGO")

N1 = ("Bangkok (dpa) - Myanmars Exilregierung hat nach eigenen Angaben die Hauptstadt Naypyidaw mit Dutzenden "
      "Drohnen angegriffen.")
N2 = ("Ziele der Angriffe am Donnerstagmorgen seien der Luftwaffenstützpunkt Aye Lar, das Hauptquartier der "
      "Streitkräfte und die Residenz von Juntachef Min Aung Hlaing gewesen, teilte das Verteidigungsministerium der "
      "Regierung der Nationalen Einheit (NUG) mit.")
N3 = "Insgesamt seien 29 Drohnen gestartet worden."
N4 = "Die Junta erklärte, die Luftabwehr habe sieben Drohnen abgeschossen, es gebe weder Schäden noch Verletzte."
N5 = ("Juntasprecher Zaw Min Tun sprach von einem „terroristischen Akt“ und warf der NUG vor, das Leben von "
      "Zivilisten in der Hauptstadt aufs Spiel zu setzen.")
N6 = "„Wir werden die Verantwortlichen finden und bestrafen“, sagte der Generalmajor."
N7 = "Nach Angaben von Bewohnern verlegte die Armee nach dem Angriff weitere Soldaten in die Stadt."
N8 = ("Es war der bislang schwerste Angriff auf Naypyidaw, das die Generäle seit ihrem Putsch im Februar 2021 als "
      "sicheren Rückzugsort betrachten.")
N9 = ("Die Drohnenangriffe seien eine Antwort auf die Luftangriffe des Militärs auf Dörfer, Schulen und Kirchen, "
      "sagte NUG-Sprecher Kyaw Zaw.")
N10 = "Er kündigte weitere Angriffe auf militärische Ziele an."
N11 = ("Die Streitkräfte haben seit Ende Oktober im Norden des Landes und im Rakhine-Staat zahlreiche Stützpunkte "
       "an Rebellenallianzen verloren.")
N12 = ("Im Februar setzte die Junta deshalb die Wehrpflicht für Männer zwischen 18 und 35 und Frauen zwischen 18 "
       "und 27 Jahren in Kraft.")
N13 = ("Der UN-Sonderberichterstatter für Myanmar, Tom Andrews, forderte die Junta auf, die Luftangriffe auf "
       "Zivilisten einzustellen.")
N14 = ("Der Sondergesandte des Asean-Vorsitzlandes Laos, Alounkeo Kittikhoun, hatte Min Aung Hlaing im Januar in "
       "Naypyidaw getroffen.")
N15 = "Die Junta lehnt Verhandlungen mit der NUG bislang ab."

DE04 = {
    "id": "hm325-de-04", "lang": "de", "url": None, "published": "2024-04-04",
    "title": "Myanmars Exilregierung greift Hauptstadt Naypyidaw mit Drohnen an",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10], [N11, N12, N13, N14, N15]),
    "events": [
        event("ASSAULT", NUG, MM_MIL, N1, mode="drone", location="Naypyidaw", location_country="MMR"),
        event("ASSAULT", NUG, MM_MIL, N2, mode="drone", date="2024-04-04", location="Naypyidaw",
              location_country="MMR"),
        event("ASSAULT", NUG, MAH, N2, mode="drone", date="2024-04-04", location="Naypyidaw",
              location_country="MMR"),
        event("ASSAULT", MM_MIL, NUG, N4, location="Naypyidaw", location_country="MMR"),
        event("ACCUSE", ZAW_MIN_TUN, NUG, N5, mode="disapprove"),
        event("THREATEN", ZAW_MIN_TUN, NUG, N6),
        event("MOBILIZE", MM_MIL, None, N7, mode="troops", location="Naypyidaw", location_country="MMR"),
        event("ACCUSE", KYAW_ZAW, MM_MIL, N9, mode="allege"),
        event("THREATEN", KYAW_ZAW, MM_MIL, N10, mode="violence"),
        event("MOBILIZE", JUNTA, None, N12, mode="troops"),
        event("REQUEST", ANDREWS, JUNTA, N13, mode="yield"),
        event("CONSULT", ALOUNKEO, MAH, N14, mode="visit", location="Naypyidaw", location_country="MMR"),
        event("REJECT", JUNTA, NUG, N15, mode="meet"),
    ],
    "quotes": [
        quote("Ziele der Angriffe am Donnerstagmorgen seien der Luftwaffenstützpunkt Aye Lar, das Hauptquartier der "
              "Streitkräfte und die Residenz von Juntachef Min Aung Hlaing gewesen",
              "Ministry of Defence of the National Unity Government", "indirect"),
        quote("Insgesamt seien 29 Drohnen gestartet worden", "Ministry of Defence of the National Unity Government",
              "indirect"),
        quote("die Luftabwehr habe sieben Drohnen abgeschossen, es gebe weder Schäden noch Verletzte",
              "Myanmar military junta", "indirect"),
        quote("terroristischen Akt", "Zaw Min Tun", "direct"),
        quote("das Leben von Zivilisten in der Hauptstadt aufs Spiel zu setzen", "Zaw Min Tun", "indirect"),
        quote("Wir werden die Verantwortlichen finden und bestrafen", "Zaw Min Tun", "direct"),
        quote("Die Drohnenangriffe seien eine Antwort auf die Luftangriffe des Militärs auf Dörfer, Schulen und "
              "Kirchen", "Kyaw Zaw", "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("National Unity Government of Myanmar", "ORG", "MMR",
               ["Myanmars Exilregierung", "Regierung der Nationalen Einheit", "NUG"]),
        entity("Naypyidaw", "LOC", "MMR", ["die Hauptstadt Naypyidaw", "Naypyidaw", "der Hauptstadt",
                                           "die Stadt"]),
        entity("Aye Lar Air Base", "LOC", "MMR", ["der Luftwaffenstützpunkt Aye Lar"]),
        entity("Myanmar military", "ORG", "MMR", ["Streitkräfte", "die Luftabwehr", "die Armee",
                                                  "des Militärs", "Die Streitkräfte"]),
        entity("headquarters of the Myanmar military", "LOC", "MMR", ["das Hauptquartier der Streitkräfte"]),
        entity("residence of Min Aung Hlaing", "LOC", "MMR", ["die Residenz von Juntachef Min Aung Hlaing"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Juntachef Min Aung Hlaing", "Min Aung Hlaing"]),
        entity("Ministry of Defence of the National Unity Government", "ORG", "MMR",
               ["das Verteidigungsministerium der Regierung der Nationalen Einheit (NUG)"]),
        entity("Myanmar military junta", "ORG", "MMR", ["Die Junta", "die Generäle", "die Junta"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Juntasprecher Zaw Min Tun", "der Generalmajor"]),
        entity("residents of Naypyidaw", "ORG", "MMR", ["Bewohnern"]),
        entity("Kyaw Zaw", "PER", "MMR", ["NUG-Sprecher Kyaw Zaw", "Er"]),
        entity("Rakhine State", "LOC", "MMR", ["Rakhine-Staat"]),
        entity("ethnic rebel alliances in Myanmar", "ORG", "MMR", ["Rebellenallianzen"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar", "des Landes"]),
        entity("Tom Andrews", "PER", "UNO", ["Der UN-Sonderberichterstatter für Myanmar, Tom Andrews"]),
        entity("ASEAN", "ORG", "IGO", ["Asean"]),
        entity("Laos", "LOC", "LAO", ["Laos"]),
        entity("Alounkeo Kittikhoun", "PER", "IGO", ["Der Sondergesandte des Asean-Vorsitzlandes Laos, Alounkeo "
                                                     "Kittikhoun"]),
    ],
}

# ---------------------------------------------------------------- hm325-en-01 (UN/Bangladesh, OHCHR fact-finding report)
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
TURK = actor("Volker Türk", "UNO", "IGO")
BGD_FORMER_GOV = actor("former Government of Bangladesh", "BGD", "GOV")
BGD_SECURITY = actor("Bangladeshi security forces", "BGD", "COP")
HASINA = actor("Sheikh Hasina", "BGD", "PTY")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
BGD_INTERIM = actor("Interim Government of Bangladesh", "BGD", "GOV")
AWAMI = actor("Awami League", "BGD", "PTY")
CHHATRA = actor("Bangladesh Chhatra League", "BGD", "PTY")
RAB = actor("Rapid Action Battalion", "BGD", "COP")
USA = actor("United States", "USA", "GOV")
ICT_BGD = actor("International Crimes Tribunal of Bangladesh", "BGD", "JUD")
IND_GOV = actor("Government of India", "IND", "GOV")
JULY_VICTIMS = actor("victims of the 2024 crackdown in Bangladesh and their families", "BGD", "CVL")

U1 = ("GENEVA, Feb 12 (Reuters) - Bangladesh's former government and its security forces may have committed crimes "
      "against humanity during last year's crackdown on student-led protests, the U.N. human rights office said on "
      "Wednesday.")
U2 = ("As many as 1,400 people may have been killed between July 15 and Aug. 5, and thousands more were injured, "
      "according to a report by a U.N. fact-finding team.")
U3 = ('"The brutal response was a calculated and well-coordinated strategy by the former government to hold onto '
      'power in the face of mass opposition," U.N. High Commissioner for Human Rights Volker Turk said.')
U4 = ("The report said Sheikh Hasina, who fled to India on Aug. 5 after 15 years in power, and senior officials had "
      "been aware of the abuses and in some cases directly ordered them.")
U5 = ("It is based on more than 230 interviews with victims, witnesses, protest leaders and officials, as well as "
      "medical records, photos and videos.")
U6 = ("Muhammad Yunus, the Nobel laureate who heads the interim government, welcomed the findings and said those "
      "responsible would be brought to justice.")
U7 = ('"We are determined to build a Bangladesh where all its people can live in safety and dignity," Yunus said in '
      'a statement.')
U7B = ("The interim government has paid compensation to the families of hundreds of those killed and is covering "
       "medical costs for the injured.")
U8 = ('Hasina\'s Awami League rejected the report as "biased" and accused the U.N. team of relying on testimony '
      'gathered by its political opponents.')
U9 = ("The U.N. office urged the interim government not to ban the Awami League, saying such a step would "
      "undermine a return to multiparty democracy.")
U10 = ("Yunus's government has so far not outlawed the party, though it banned its student wing, the Bangladesh "
       "Chhatra League, under anti-terrorism laws in October.")
U11 = ("The report also recommended disbanding the Rapid Action Battalion, an elite police unit that Washington "
       "sanctioned in 2021 over alleged extrajudicial killings.")
U12 = ("Bangladesh's International Crimes Tribunal has issued arrest warrants for Hasina and dozens of her former "
       "ministers and aides.")
U13 = "Dhaka has asked New Delhi to send her back to face trial, but India has not responded to the request."
U14 = ("Turk urged the interim government to ensure that any trials met international standards and did not lead "
       "to the death penalty.")
U15 = "He is due to present the findings to the U.N. Human Rights Council in Geneva next month."

EN01 = {
    "id": "hm325-en-01", "lang": "en", "url": None, "published": "2025-02-12",
    "title": "UN says Bangladesh's crackdown on protests may amount to crimes against humanity",
    "text": paragraphs([U1, U2, U3], [U4, U5], [U6, U7, U7B, U8], [U9, U10, U11], [U12, U13, U14, U15]),
    "events": [
        event("ACCUSE", OHCHR, BGD_FORMER_GOV, U1, mode="allege", date="2025-02-12", location="Geneva",
              location_country="CHE"),
        event("ACCUSE", OHCHR, BGD_SECURITY, U1, mode="allege", date="2025-02-12", location="Geneva",
              location_country="CHE"),
        event("ACCUSE", TURK, BGD_FORMER_GOV, U3, mode="disapprove"),
        event("ACCUSE", OHCHR, HASINA, U4, mode="allege"),
        event("SUPPORT", YUNUS, OHCHR, U6),
        event("AID", BGD_INTERIM, JULY_VICTIMS, U7B),
        event("ACCUSE", AWAMI, OHCHR, U8, mode="disapprove"),
        event("REQUEST", OHCHR, BGD_INTERIM, U9, mode="change"),
        event("COERCE", BGD_INTERIM, AWAMI, U10, mode="ban", negated=True),
        event("COERCE", BGD_INTERIM, CHHATRA, U10, mode="ban"),
        event("REQUEST", OHCHR, BGD_INTERIM, U11, mode="change"),
        event("SANCTION", USA, RAB, U11),
        event("THREATEN", ICT_BGD, HASINA, U12, mode="arrest"),
        event("REQUEST", BGD_INTERIM, IND_GOV, U13),
        event("REQUEST", TURK, BGD_INTERIM, U14, mode="change"),
    ],
    "quotes": [
        quote("Bangladesh's former government and its security forces may have committed crimes against humanity "
              "during last year's crackdown on student-led protests",
              "Office of the United Nations High Commissioner for Human Rights", "indirect"),
        quote("As many as 1,400 people may have been killed between July 15 and Aug. 5, and thousands more were "
              "injured", "Office of the United Nations High Commissioner for Human Rights", "indirect"),
        quote("The brutal response was a calculated and well-coordinated strategy by the former government to hold "
              "onto power in the face of mass opposition", "Volker Türk", "direct"),
        quote("Sheikh Hasina, who fled to India on Aug. 5 after 15 years in power, and senior officials had been "
              "aware of the abuses and in some cases directly ordered them",
              "Office of the United Nations High Commissioner for Human Rights", "indirect"),
        quote("those responsible would be brought to justice", "Muhammad Yunus", "indirect"),
        quote("We are determined to build a Bangladesh where all its people can live in safety and dignity",
              "Muhammad Yunus", "direct"),
        quote("biased", "Awami League", "direct"),
        quote("relying on testimony gathered by its political opponents", "Awami League", "indirect"),
        quote("such a step would undermine a return to multiparty democracy",
              "Office of the United Nations High Commissioner for Human Rights", "indirect"),
    ],
    "entities": [
        entity("Geneva", "LOC", "CHE", ["GENEVA", "Geneva"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesh"]),
        entity("former Government of Bangladesh", "ORG", "BGD", ["Bangladesh's former government",
                                                                 "the former government"]),
        entity("Bangladeshi security forces", "ORG", "BGD", ["its security forces"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["the U.N. human rights office", "a U.N. fact-finding team", "The report", "It",
                "the U.N. team", "The U.N. office"]),
        entity("Volker Türk", "PER", "UNO", ["U.N. High Commissioner for Human Rights Volker Turk", "Turk", "He"]),
        entity("Sheikh Hasina", "PER", "BGD", ["Sheikh Hasina", "Hasina", "her"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Muhammad Yunus, the Nobel laureate who heads the interim "
                                                "government", "Yunus"]),
        entity("Interim Government of Bangladesh", "ORG", "BGD", ["the interim government", "Yunus's government",
                                                                  "Dhaka"]),
        entity("victims of the 2024 crackdown in Bangladesh and their families", "ORG", "BGD",
               ["the families of hundreds of those killed", "the injured"]),
        entity("Awami League", "ORG", "BGD", ["Hasina's Awami League", "the Awami League", "the party"]),
        entity("Bangladesh Chhatra League", "ORG", "BGD", ["its student wing, the Bangladesh Chhatra League"]),
        entity("Rapid Action Battalion", "ORG", "BGD", ["the Rapid Action Battalion", "an elite police unit"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("International Crimes Tribunal of Bangladesh", "ORG", "BGD",
               ["Bangladesh's International Crimes Tribunal"]),
        entity("Government of India", "ORG", "IND", ["New Delhi", "India"]),
        entity("United Nations Human Rights Council", "ORG", "UNO", ["the U.N. Human Rights Council"]),
    ],
}

# ---------------------------------------------------------------- hm325-en-02 (Australia, Voice referendum defeated)
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
FIRST_NATIONS = actor("Aboriginal and Torres Strait Islander communities", "AUS", "CVL")
DUTTON = actor("Peter Dutton", "AUS", "OPP")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
PRICE = actor("Jacinta Nampijinpa Price", "AUS", "OPP")
YES23 = actor("Yes23", "AUS", "CVL")
BURNEY = actor("Linda Burney", "AUS", "GOV")
IND_LEADERS = actor("Indigenous leaders who backed the Voice", "AUS", "CVL")
CALI_TZAY = actor("José Francisco Calí Tzay", "UNO", "IGO")

V1 = ("SYDNEY, Oct 15 (Reuters) - Australians have decisively rejected a proposal to create an Indigenous advisory "
      "body to parliament, dealing a heavy blow to Prime Minister Anthony Albanese and to campaigners who wanted to "
      "recognise the country's first inhabitants in the constitution.")
V2 = ("With most ballots counted on Sunday, about 60% of voters had opposed the change in Saturday's referendum and "
      "all six states had voted against it, figures from the Australian Electoral Commission showed.")
V3 = ("Only the Australian Capital Territory, home to the national capital Canberra, returned a majority for the "
      "Voice to Parliament.")
V4 = ("Albanese conceded defeat in a televised address from Canberra late on Saturday and said he respected the "
      "decision of the Australian people.")
V5 = ('"This is not the outcome I hoped for, but in a democracy the people always have the final word," Albanese '
      'said.')
V6 = ("He said his government would keep working with Aboriginal and Torres Strait Islander communities to close "
      "the gap in health, education and life expectancy.")
V7 = ('Opposition leader Peter Dutton, who campaigned against the Voice, said it was a referendum "that Australia '
      'didn\'t need to have" and accused Albanese of dividing the country.')
V8 = ("Dutton renewed his call for a royal commission into child sexual abuse in Indigenous communities and for an "
      "audit of government spending on Indigenous programmes.")
V9 = ("Senator Jacinta Nampijinpa Price, a Warlpiri woman and one of the most prominent No campaigners, accused the "
      "Yes side of branding opponents of the Voice as racists.")
V10 = ('Indigenous Australians Minister Linda Burney said she was "deeply disappointed" but thanked the tens of '
       'thousands of volunteers of the Yes23 campaign.')
V11 = ("Yes23 campaign director Dean Parkin told supporters in Brisbane that the push for recognition would not end "
       "with the vote.")
V12 = ("A group of Indigenous leaders who backed the Voice said they would observe a week of silence to grieve the "
       "result.")
V13 = "The proposal grew out of the 2017 Uluru Statement from the Heart."
V14 = ("Indigenous Australians make up about 3.8% of the population and on average die about eight years younger "
       "than other Australians.")
V15 = ("The U.N. Special Rapporteur on the rights of Indigenous peoples, Jose Francisco Cali Tzay, urged Canberra to "
       "find other ways to give First Nations people a say in decisions that affect them.")
V16 = "Australia has held 45 referendums since federation in 1901, and only eight have succeeded."

EN02 = {
    "id": "hm325-en-02", "lang": "en", "url": None, "published": "2023-10-15",
    "title": "Australians reject Indigenous Voice to Parliament in blow to Albanese",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6], [V7, V8, V9], [V10, V11, V12], [V13, V14, V15, V16]),
    "events": [
        event("CONCEDE", ALBANESE, None, V4, date="2023-10-14", location="Canberra", location_country="AUS"),
        event("AGREE", ALBANESE, FIRST_NATIONS, V6),
        event("ACCUSE", DUTTON, ALBANESE, V7, mode="disapprove"),
        event("REQUEST", DUTTON, AUS_GOV, V8, mode="change"),
        event("ACCUSE", PRICE, YES23, V9, mode="allege"),
        event("SUPPORT", BURNEY, YES23, V10),
        event("REQUEST", CALI_TZAY, AUS_GOV, V15, mode="change"),
    ],
    "quotes": [
        quote("he respected the decision of the Australian people", "Anthony Albanese", "indirect"),
        quote("This is not the outcome I hoped for, but in a democracy the people always have the final word",
              "Anthony Albanese", "direct"),
        quote("his government would keep working with Aboriginal and Torres Strait Islander communities to close the "
              "gap in health, education and life expectancy", "Anthony Albanese", "indirect"),
        quote("that Australia didn't need to have", "Peter Dutton", "direct"),
        quote('it was a referendum "that Australia didn\'t need to have"', "Peter Dutton", "indirect"),
        quote("of branding opponents of the Voice as racists", "Jacinta Nampijinpa Price", "indirect"),
        quote("deeply disappointed", "Linda Burney", "direct"),
        quote('she was "deeply disappointed"', "Linda Burney", "indirect"),
        quote("the push for recognition would not end with the vote", "Dean Parkin", "indirect"),
        quote("they would observe a week of silence to grieve the result", "Indigenous leaders who backed the Voice", "indirect"),
    ],
    "entities": [
        entity("Sydney", "LOC", "AUS", ["SYDNEY"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese", "Albanese", "He"]),
        entity("Parliament of Australia", "ORG", "AUS", ["parliament"]),
        entity("Australian Electoral Commission", "ORG", "AUS", ["the Australian Electoral Commission"]),
        entity("Australian Capital Territory", "LOC", "AUS", ["the Australian Capital Territory"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Voice to Parliament", "ORG", "AUS", ["an Indigenous advisory body to parliament",
                                                    "the Voice to Parliament", "the Voice", "The proposal"]),
        entity("Government of Australia", "ORG", "AUS", ["his government", "Canberra"]),
        entity("Aboriginal and Torres Strait Islander communities", "ORG", "AUS",
               ["Aboriginal and Torres Strait Islander communities"]),
        entity("Peter Dutton", "PER", "AUS", ["Opposition leader Peter Dutton", "Dutton"]),
        entity("Jacinta Nampijinpa Price", "PER", "AUS",
               ["Senator Jacinta Nampijinpa Price, a Warlpiri woman and one of the most prominent No campaigners"]),
        entity("Yes23", "ORG", "AUS", ["the Yes side", "the Yes23 campaign", "Yes23"]),
        entity("Linda Burney", "PER", "AUS", ["Indigenous Australians Minister Linda Burney", "she"]),
        entity("Dean Parkin", "PER", "AUS", ["Yes23 campaign director Dean Parkin"]),
        entity("Brisbane", "LOC", "AUS", ["Brisbane"]),
        entity("Indigenous leaders who backed the Voice", "ORG", "AUS",
               ["A group of Indigenous leaders who backed the Voice", "they"]),
        entity("Uluru Statement from the Heart", "ORG", "AUS", ["the 2017 Uluru Statement from the Heart"]),
        entity("José Francisco Calí Tzay", "PER", "UNO",
               ["The U.N. Special Rapporteur on the rights of Indigenous peoples, Jose Francisco Cali Tzay"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
