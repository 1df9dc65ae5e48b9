"""Round 500: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025 in Europe, invented wording and details):
- hm500-de-01: Italy/Egypt: the trial in absentia of four Egyptian security officers over the killing of Giulio Regeni opens in Rome; the prosecution's charges, Cairo's refusal to give the addresses, the family lawyer's demand and accusation, Tajani asks for cooperation and praises Egypt, the Egyptian prosecutors' theft-gang version and the 2016 ambassador recall recalled (2024-02-20).
- hm500-de-02: Belgium: masked gunmen fire Kalashnikovs near Clemenceau metro station in Anderlecht and escape through a metro tunnel; police manhunt without arrests, Moinil's attempted-murder inquiry, Quintin promises police resources and refuses Bouchez's call for soldiers, Cumps accuses the region, De Wever announces a meeting with the Brussels mayors (2025-02-06).
- hm500-de-03: Czech Republic: the Brno regional court halts the signing of the Dukovany reactor contract with KHNP on an EDF injunction request; the Korean delegation under Ahn Duk-geun arrives and meets Fiala, Fiala attacks the ruling and EDF, EDF welcomes it, ÚOHS had rejected EDF's complaints, Babiš accuses the government (2025-05-07).
- hm500-de-04: Italy: Meloni's cabinet meets in Cutro after the shipwreck and passes a decree against smugglers; protest in front of the town hall, arrested Turkish and Pakistani helmsmen, Crotone prosecutors probe the coast guard, Meloni invites the victims' relatives, Schlein accuses the government and demands Piantedosi's resignation, he refuses (2023-03-10).
- hm500-en-01: United Kingdom/Russia: an Old Bailey jury convicts two men over the Wagner-ordered arson at a Leyton warehouse storing aid for Ukraine; Earley's guilty plea, the Chichvarkin targets, Commander Murphy accuses Russia, the Foreign Office summons Kelin and Lammy threatens Moscow, the embassy denies, the Wagner ban and Poland's Poznan consulate closure recalled (2025-07-08).
- hm500-en-02: Malta: a judge grants bail to Yorgen Fenech, accused of masterminding the killing of Daphne Caruana Galizia, after more than five years in custody; strict conditions and a warning, the family accuses the state, Repubblika vigil, Grech's demand, Schembri not charged, Muscat's 2020 resignation and the Degiorgio and Vince Muscat sentences recalled (2025-01-29).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm500-de-01 (Italy/Egypt, Regeni trial opens)
ROME_COURT = actor("Assize Court of Rome", "ITA", "JUD")
EGY_OFFICERS = actor("Egyptian security officers accused in the Regeni case", "EGY", "COP")
ROME_PROSECUTORS = actor("Rome Public Prosecutor's Office", "ITA", "JUD")
SABIR = actor("Tariq Sabir", "EGY", "COP")
NSA_OFFICERS = actor("officers of Egypt's National Security Agency", "EGY", "COP")
SHARIF = actor("Magdi Ibrahim Abdelal Sharif", "EGY", "COP")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
BALLERINI = actor("Alessandra Ballerini", "ITA", "CVL")
ITA_GOV = actor("Government of Italy", "ITA", "GOV")
TAJANI = actor("Antonio Tajani", "ITA", "GOV")
EGY_PROSECUTORS = actor("Public Prosecution of Egypt", "EGY", "JUD")
EGY_GANG = actor("alleged gang of thieves in Cairo", "EGY", "CVL")

R1 = ("Rom (dpa) - Mehr als acht Jahre nach dem gewaltsamen Tod des italienischen Doktoranden Giulio Regeni in Kairo "
      "hat am Dienstag in Rom der Prozess gegen vier ägyptische Sicherheitsbeamte begonnen.")
R2 = ("Die Staatsanwaltschaft wirft General Tariq Sabir und drei Offizieren des Inlandsgeheimdienstes NSA vor, den "
      "28-Jährigen im Januar 2016 entführt zu haben.")
R3 = "Einem von ihnen, Major Magdi Ibrahim Abdelal Sharif, legt die Anklage zudem Folter und Mord zur Last."
R4 = "Keiner der Angeklagten erschien vor Gericht, das Verfahren findet in ihrer Abwesenheit statt."
R5 = ("Das Verfassungsgericht hatte dies im vergangenen Herbst ermöglicht, nachdem Kairo sich jahrelang geweigert "
      "hatte, die Adressen der Männer mitzuteilen.")
R6 = "Regenis Eltern Paola Deffendi und Claudio Regeni verfolgten den Auftakt im Gerichtssaal."
R7 = "„Wir haben acht Jahre auf diesen Tag gewartet“, sagte die Mutter vor Journalisten."
R8 = ("Die Anwältin der Familie, Alessandra Ballerini, forderte die ägyptische Regierung auf, endlich mit der "
      "italienischen Justiz zusammenzuarbeiten.")
R9 = "Kairo decke die Täter und mache sich damit mitschuldig, sagte sie."
R10 = "Die italienische Regierung tritt in dem Verfahren als Nebenklägerin auf."
R11 = ("Außenminister Antonio Tajani sagte, Italien erwarte von Ägypten „volle Zusammenarbeit“ bei der Aufklärung des "
       "Falls.")
R12 = ("Zugleich nannte er das Land einen unverzichtbaren Partner im Kampf gegen die irreguläre Migration über das "
       "Mittelmeer.")
R13 = "Ägypten weist eine Verwicklung staatlicher Stellen in den Tod Regenis zurück."
R14 = ("Die ägyptische Generalstaatsanwaltschaft hatte ihre eigenen Ermittlungen Ende 2020 eingestellt und eine "
       "angebliche Diebesbande verantwortlich gemacht.")
R15 = "Regeni hatte an der Universität Cambridge promoviert und in Kairo über unabhängige Gewerkschaften geforscht."
R16 = ("Seine Leiche war Anfang Februar 2016 mit schweren Folterspuren am Rand einer Wüstenstraße gefunden "
       "worden.")
R17 = "Rom hatte seinen Botschafter damals aus Kairo abberufen und erst im Sommer 2017 wieder entsandt."
R18 = "Das Gericht vertagte die Verhandlung auf den 18. März."

DE01 = {
    "id": "hm500-de-01", "lang": "de", "url": None, "published": "2024-02-20",
    "title": "Prozess um Mord an Giulio Regeni in Rom begonnen",
    "text": paragraphs([R1, R2, R3, R4, R5], [R6, R7, R8, R9], [R10, R11, R12, R13, R14], [R15, R16, R17, R18]),
    "events": [
        event("ACCUSE", ROME_COURT, EGY_OFFICERS, R1, mode="allege", date="2024-02-20", location="Rome",
              location_country="ITA"),
        event("ACCUSE", ROME_PROSECUTORS, SABIR, R2, mode="allege"),
        event("ACCUSE", ROME_PROSECUTORS, NSA_OFFICERS, R2, mode="allege"),
        event("ACCUSE", ROME_PROSECUTORS, SHARIF, R3, mode="allege"),
        event("REJECT", EGY_GOV, ROME_PROSECUTORS, R5),
        event("REQUEST", BALLERINI, EGY_GOV, R8),
        event("ACCUSE", BALLERINI, EGY_GOV, R9, mode="allege"),
        event("ACCUSE", ITA_GOV, EGY_OFFICERS, R10, mode="allege"),
        event("REQUEST", TAJANI, EGY_GOV, R11),
        event("SUPPORT", TAJANI, EGY_GOV, R12),
        event("ACCUSE", EGY_PROSECUTORS, EGY_GANG, R14, mode="allege"),
        event("SANCTION", ITA_GOV, EGY_GOV, R17, mode="withdraw"),
    ],
    "quotes": [
        quote("Wir haben acht Jahre auf diesen Tag gewartet", "Paola Deffendi", "direct"),
        quote("endlich mit der italienischen Justiz zusammenzuarbeiten", "Alessandra Ballerini", "indirect"),
        quote("Kairo decke die Täter und mache sich damit mitschuldig", "Alessandra Ballerini", "indirect"),
        quote("volle Zusammenarbeit", "Antonio Tajani", "direct"),
        quote("Italien erwarte von Ägypten „volle Zusammenarbeit“ bei der Aufklärung des Falls", "Antonio Tajani",
              "indirect"),
    ],
    "entities": [
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Giulio Regeni", "PER", "ITA", ["des italienischen Doktoranden Giulio Regeni", "den 28-Jährigen",
                                               "Regenis", "Regeni", "Seine"]),
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Assize Court of Rome", "ORG", "ITA", ["Gericht", "Das Gericht"]),
        entity("Egyptian security officers accused in the Regeni case", "PER", "EGY",
               ["vier ägyptische Sicherheitsbeamte", "Keiner der Angeklagten", "ihrer", "der Männer"]),
        entity("Rome Public Prosecutor's Office", "ORG", "ITA", ["Die Staatsanwaltschaft", "die Anklage"]),
        entity("Tariq Sabir", "PER", "EGY", ["General Tariq Sabir"]),
        entity("officers of Egypt's National Security Agency", "PER", "EGY",
               ["drei Offizieren des Inlandsgeheimdienstes NSA"]),
        entity("National Security Agency (Egypt)", "ORG", "EGY", ["des Inlandsgeheimdienstes NSA"]),
        entity("Magdi Ibrahim Abdelal Sharif", "PER", "EGY", ["Major Magdi Ibrahim Abdelal Sharif"]),
        entity("Constitutional Court of Italy", "ORG", "ITA", ["Das Verfassungsgericht"]),
        entity("Government of Egypt", "ORG", "EGY", ["Kairo", "die ägyptische Regierung", "Ägypten"]),
        entity("Paola Deffendi", "PER", "ITA", ["Paola Deffendi", "die Mutter"]),
        entity("Claudio Regeni", "PER", "ITA", ["Claudio Regeni"]),
        entity("Alessandra Ballerini", "PER", "ITA", ["Die Anwältin der Familie, Alessandra Ballerini", "sie"]),
        entity("Government of Italy", "ORG", "ITA", ["Die italienische Regierung", "Italien", "Rom"]),
        entity("Antonio Tajani", "PER", "ITA", ["Außenminister Antonio Tajani", "er"]),
        entity("Egypt", "LOC", "EGY", ["das Land", "Ägypten"]),
        entity("Mediterranean Sea", "LOC", None, ["das Mittelmeer"]),
        entity("Public Prosecution of Egypt", "ORG", "EGY", ["Die ägyptische Generalstaatsanwaltschaft"]),
        entity("alleged gang of thieves in Cairo", "ORG", "EGY", ["eine angebliche Diebesbande"]),
        entity("University of Cambridge", "ORG", "GBR", ["der Universität Cambridge"]),
        entity("Italian ambassador to Egypt", "PER", "ITA", ["seinen Botschafter"]),
    ],
}

# ---------------------------------------------------------------- hm500-de-02 (Belgium, Anderlecht shooting)
GUNMEN = actor("gunmen at Clemenceau metro station", "BEL", "CVL")
BRU_POLICE = actor("Brussels police", "BEL", "COP")
BRU_PROSECUTORS = actor("Brussels Public Prosecutor's Office", "BEL", "JUD")
QUINTIN = actor("Bernard Quintin", "BEL", "GOV")
BOUCHEZ = actor("Georges-Louis Bouchez", "BEL", "PTY")
BEL_GOV = actor("Government of Belgium", "BEL", "GOV")
CUMPS = actor("Fabrice Cumps", "BEL", "GOV")
BRU_REGION = actor("Government of the Brussels-Capital Region", "BEL", "GOV")
DE_WEVER = actor("Bart De Wever", "BEL", "GOV")
BRU_MAYORS = actor("mayors of the Brussels municipalities", "BEL", "GOV")

S1 = ("Brüssel (dpa) - Nach Schüssen mehrerer Vermummter an einer Metrostation im Brüsseler Stadtteil Anderlecht "
      "fahndet die belgische Polizei mit einem Großaufgebot nach den Tätern.")
S2 = ("Die Männer hatten am Mittwochmorgen in der Nähe der Station Clemenceau mit Sturmgewehren vom Typ Kalaschnikow "
      "um sich geschossen und waren anschließend durch einen Tunnel der Metro geflüchtet.")
S3 = "Verletzt wurde nach Angaben der Staatsanwaltschaft niemand."
S4 = "Festnahmen gab es bis zum Abend nicht."
S5 = ("Die Verkehrsbetriebe STIB stellten den Betrieb auf zwei Metrolinien für mehrere Stunden ein, Schulen in der "
      "Umgebung behielten die Kinder in den Gebäuden.")
S6 = ("Der Brüsseler Staatsanwalt Julien Moinil sagte, die Ermittler gingen von einem Zusammenhang mit dem "
      "Drogenhandel aus.")
S7 = "Seine Behörde leitete ein Verfahren wegen versuchten Mordes ein."
S8 = "„Das ist eine neue Stufe der Gewalt“, sagte Moinil."
S9 = ("Innenminister Bernard Quintin, der erst seit Montag im Amt ist, besuchte am Nachmittag den Tatort und sicherte "
      "der Polizei zusätzliche Mittel zu.")
S10 = ("Der Vorsitzende der liberalen MR, Georges-Louis Bouchez, forderte die Regierung auf, Soldaten auf den Straßen "
       "der Hauptstadt einzusetzen.")
S11 = "Quintin lehnte dies vorerst ab: Die Armee sei nicht für Polizeiaufgaben ausgebildet."
S12 = ("Anderlechts Bürgermeister Fabrice Cumps warf der Regionalregierung vor, die Gemeinde im Kampf gegen die "
       "Bandenkriminalität seit Jahren allein zu lassen.")
S13 = ("Premierminister Bart De Wever kündigte an, noch in dieser Woche mit den Bürgermeistern der 19 Brüsseler "
       "Gemeinden über die Sicherheitslage zu beraten.")
S14 = "In Brüssel hat es seit Jahresbeginn bereits mehr als ein halbes Dutzend Schießereien gegeben."
S15 = ("Die Behörden führen die Gewalt auf Revierkämpfe zwischen Drogenbanden zurück, die Kokain über den Hafen von "
       "Antwerpen nach Europa bringen.")
S16 = "Im vergangenen Jahr waren in der Hauptstadt bei fast 90 Schießereien neun Menschen getötet worden."
S17 = "Die neue Föderalregierung aus fünf Parteien war erst am Montag vereidigt worden."

DE02 = {
    "id": "hm500-de-02", "lang": "de", "url": None, "published": "2025-02-06",
    "title": "Schüsse an Brüsseler Metrostation - Großfahndung nach Vermummten",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7, S8], [S9, S10, S11, S12, S13], [S14, S15, S16, S17]),
    "events": [
        event("ASSAULT", GUNMEN, None, S1, mode="firearms", location="Anderlecht", location_country="BEL"),
        event("MOBILIZE", BRU_POLICE, None, S1, mode="police", location="Anderlecht", location_country="BEL"),
        event("ASSAULT", GUNMEN, None, S2, mode="firearms", date="2025-02-05", location="Anderlecht",
              location_country="BEL"),
        event("COERCE", BRU_POLICE, GUNMEN, S4, mode="arrest", date="2025-02-05", negated=True),
        event("ACCUSE", BRU_PROSECUTORS, GUNMEN, S7, mode="investigate"),
        event("AGREE", QUINTIN, BRU_POLICE, S9, date="2025-02-05"),
        event("REQUEST", BOUCHEZ, BEL_GOV, S10),
        event("REJECT", QUINTIN, BOUCHEZ, S11),
        event("ACCUSE", CUMPS, BRU_REGION, S12, mode="disapprove"),
        event("AGREE", DE_WEVER, BRU_MAYORS, S13, mode="meet"),
    ],
    "quotes": [
        quote("Verletzt wurde nach Angaben der Staatsanwaltschaft niemand", "Brussels Public Prosecutor's Office",
              "indirect"),
        quote("die Ermittler gingen von einem Zusammenhang mit dem Drogenhandel aus", "Julien Moinil", "indirect"),
        quote("Das ist eine neue Stufe der Gewalt", "Julien Moinil", "direct"),
        quote("Die Armee sei nicht für Polizeiaufgaben ausgebildet", "Bernard Quintin", "indirect"),
        quote("die Gemeinde im Kampf gegen die Bandenkriminalität seit Jahren allein zu lassen", "Fabrice Cumps",
              "indirect"),
        quote("noch in dieser Woche mit den Bürgermeistern der 19 Brüsseler Gemeinden über die Sicherheitslage zu "
              "beraten", "Bart De Wever", "indirect"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel", "der Hauptstadt"]),
        entity("gunmen at Clemenceau metro station", "PER", "BEL", ["mehrerer Vermummter", "den Tätern",
                                                                    "Die Männer"]),
        entity("Anderlecht", "LOC", "BEL", ["im Brüsseler Stadtteil Anderlecht", "die Gemeinde"]),
        entity("Brussels police", "ORG", "BEL", ["die belgische Polizei", "der Polizei"]),
        entity("Clemenceau metro station", "LOC", "BEL", ["einer Metrostation", "der Station Clemenceau"]),
        entity("Brussels Public Prosecutor's Office", "ORG", "BEL", ["der Staatsanwaltschaft", "Seine Behörde"]),
        entity("STIB", "ORG", "BEL", ["Die Verkehrsbetriebe STIB"]),
        entity("Julien Moinil", "PER", "BEL", ["Der Brüsseler Staatsanwalt Julien Moinil", "Moinil", "Seine"]),
        entity("Bernard Quintin", "PER", "BEL", ["Innenminister Bernard Quintin", "Quintin"]),
        entity("Mouvement Réformateur", "ORG", "BEL", ["der liberalen MR"]),
        entity("Georges-Louis Bouchez", "PER", "BEL", ["Der Vorsitzende der liberalen MR, Georges-Louis Bouchez"]),
        entity("Government of Belgium", "ORG", "BEL", ["die Regierung", "Die neue Föderalregierung"]),
        entity("Belgian Armed Forces", "ORG", "BEL", ["Soldaten", "Die Armee"]),
        entity("Fabrice Cumps", "PER", "BEL", ["Anderlechts Bürgermeister Fabrice Cumps"]),
        entity("Government of the Brussels-Capital Region", "ORG", "BEL", ["der Regionalregierung"]),
        entity("Bart De Wever", "PER", "BEL", ["Premierminister Bart De Wever"]),
        entity("mayors of the Brussels municipalities", "PER", "BEL",
               ["den Bürgermeistern der 19 Brüsseler Gemeinden"]),
        entity("Port of Antwerp", "LOC", "BEL", ["den Hafen von Antwerpen"]),
        entity("Europe", "LOC", None, ["Europa"]),
    ],
}

# ---------------------------------------------------------------- hm500-de-03 (Czech Republic, Dukovany halted)
BRNO_COURT = actor("Regional Court in Brno", "CZE", "JUD")
EDU2 = actor("Elektrárna Dukovany II", "CZE", "BUS")
EDF = actor("EDF", "FRA", "BUS")
AHN = actor("Ahn Duk-geun", "KOR", "GOV")
CZE_GOV = actor("Government of the Czech Republic", "CZE", "GOV")
FIALA = actor("Petr Fiala", "CZE", "GOV")
KHNP = actor("Korea Hydro & Nuclear Power", "KOR", "BUS")
UOHS = actor("Office for the Protection of Competition (Czech Republic)", "CZE", "GOV")
BABIS = actor("Andrej Babiš", "CZE", "OPP")

D1 = ("Prag (dpa) - Ein tschechisches Gericht hat die Unterzeichnung des milliardenschweren Vertrags über den Bau "
      "neuer Reaktoren im Atomkraftwerk Dukovany mit dem südkoreanischen Staatskonzern KHNP vorerst gestoppt.")
D2 = ("Das Regionalgericht in Brünn gab am Dienstag einem Eilantrag des französischen Konkurrenten EDF statt, der in "
      "der Ausschreibung unterlegen war.")
D3 = ("Die ČEZ-Tochter Elektrárna Dukovany II darf den Vertrag demnach erst unterschreiben, wenn über eine Klage von "
      "EDF gegen die Vergabe entschieden ist.")
D4 = "Die feierliche Unterzeichnung war für Mittwoch in Prag geplant gewesen."
D5 = ("Eine südkoreanische Regierungsdelegation unter Leitung von Industrieminister Ahn Duk-geun war bereits in der "
      "tschechischen Hauptstadt eingetroffen.")
D6 = "Ministerpräsident Petr Fiala nannte die Entscheidung „äußerst schädlich“ für die Interessen des Landes."
D7 = "Er warf EDF vor, ein faires Verfahren nachträglich mit juristischen Mitteln torpedieren zu wollen."
D8 = ("Die Regierung werde alle rechtlichen Schritte prüfen, um den Vertrag so schnell wie möglich abzuschließen, "
      "sagte Fiala.")
D9 = "Er empfing Ahn am Mittwoch dennoch zu einem Gespräch im Regierungsamt."
D10 = "EDF begrüßte den Beschluss."
D11 = ("Der Konzern wirft KHNP vor, mit unzulässigen staatlichen Subventionen ein unrealistisch niedriges Angebot "
       "abgegeben zu haben.")
D12 = "Die tschechische Wettbewerbsbehörde ÚOHS hatte die Beschwerden der Franzosen zuvor abgewiesen."
D13 = "KHNP erklärte, man sei zuversichtlich, dass der Vertrag bald unterzeichnet werden könne."
D14 = ("Die Regierung in Prag hatte KHNP im vergangenen Juli den Zuschlag für zwei Reaktorblöcke im Wert von rund 400 "
       "Milliarden Kronen (etwa 16 Milliarden Euro) erteilt.")
D15 = ("Oppositionsführer Andrej Babiš warf der Regierung vor, das wichtigste Energieprojekt des Landes mit einer "
       "übereilten Ausschreibung zu gefährden.")
D16 = "Das Kraftwerk in Südmähren liefert derzeit rund ein Fünftel des tschechischen Stroms."
D17 = "Die neuen Blöcke sollen Mitte der 2030er Jahre ans Netz gehen."

DE03 = {
    "id": "hm500-de-03", "lang": "de", "url": None, "published": "2025-05-07",
    "title": "Gericht stoppt Atomdeal zwischen Tschechien und Südkorea vorerst",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9], [D10, D11, D12, D13], [D14, D15, D16, D17]),
    "events": [
        event("COERCE", BRNO_COURT, EDU2, D1, mode="restrict"),
        event("COERCE", BRNO_COURT, EDU2, D2, mode="restrict", date="2025-05-06", location="Brno",
              location_country="CZE"),
        event("REQUEST", EDF, BRNO_COURT, D2),
        event("ACCUSE", EDF, EDU2, D3, mode="allege"),
        event("CONSULT", AHN, CZE_GOV, D5, mode="visit", location="Prague", location_country="CZE"),
        event("ACCUSE", FIALA, BRNO_COURT, D6, mode="disapprove"),
        event("ACCUSE", FIALA, EDF, D7, mode="disapprove"),
        event("CONSULT", AHN, FIALA, D9, mode="meet", date="2025-05-07", location="Prague",
              location_country="CZE"),
        event("SUPPORT", EDF, BRNO_COURT, D10),
        event("ACCUSE", EDF, KHNP, D11, mode="allege"),
        event("REJECT", UOHS, EDF, D12),
        event("COOPERATE", CZE_GOV, KHNP, D14),
        event("ACCUSE", BABIS, CZE_GOV, D15, mode="disapprove"),
    ],
    "quotes": [
        quote("äußerst schädlich", "Petr Fiala", "direct"),
        quote("ein faires Verfahren nachträglich mit juristischen Mitteln torpedieren zu wollen", "Petr Fiala",
              "indirect"),
        quote("Die Regierung werde alle rechtlichen Schritte prüfen, um den Vertrag so schnell wie möglich "
              "abzuschließen", "Petr Fiala", "indirect"),
        quote("mit unzulässigen staatlichen Subventionen ein unrealistisch niedriges Angebot abgegeben zu haben",
              "EDF", "indirect"),
        quote("man sei zuversichtlich, dass der Vertrag bald unterzeichnet werden könne", "Korea Hydro & Nuclear Power",
              "indirect"),
        quote("das wichtigste Energieprojekt des Landes mit einer übereilten Ausschreibung zu gefährden",
              "Andrej Babiš", "indirect"),
    ],
    "entities": [
        entity("Prague", "LOC", "CZE", ["Prag", "der tschechischen Hauptstadt"]),
        entity("Regional Court in Brno", "ORG", "CZE", ["Ein tschechisches Gericht", "Das Regionalgericht in Brünn"]),
        entity("Brno", "LOC", "CZE", ["Brünn"]),
        entity("Dukovany Nuclear Power Station", "LOC", "CZE", ["im Atomkraftwerk Dukovany", "Das Kraftwerk"]),
        entity("Korea Hydro & Nuclear Power", "ORG", "KOR", ["dem südkoreanischen Staatskonzern KHNP", "KHNP"]),
        entity("EDF", "ORG", "FRA", ["des französischen Konkurrenten EDF", "EDF", "Der Konzern", "der Franzosen"]),
        entity("ČEZ", "ORG", "CZE", ["ČEZ"]),
        entity("Elektrárna Dukovany II", "ORG", "CZE", ["Die ČEZ-Tochter Elektrárna Dukovany II"]),
        entity("South Korean government delegation", "ORG", "KOR", ["Eine südkoreanische Regierungsdelegation"]),
        entity("Ahn Duk-geun", "PER", "KOR", ["Industrieminister Ahn Duk-geun", "Ahn"]),
        entity("Petr Fiala", "PER", "CZE", ["Ministerpräsident Petr Fiala", "Er", "Fiala"]),
        entity("Czech Republic", "LOC", "CZE", ["des Landes"]),
        entity("Government of the Czech Republic", "ORG", "CZE", ["Die Regierung", "Die Regierung in Prag",
                                                                  "der Regierung"]),
        entity("Office of the Government of the Czech Republic", "ORG", "CZE", ["im Regierungsamt"]),
        entity("Office for the Protection of Competition (Czech Republic)", "ORG", "CZE",
               ["Die tschechische Wettbewerbsbehörde ÚOHS"]),
        entity("Andrej Babiš", "PER", "CZE", ["Oppositionsführer Andrej Babiš"]),
        entity("South Moravia", "LOC", "CZE", ["Südmähren"]),
    ],
}

# ---------------------------------------------------------------- hm500-de-04 (Italy, cabinet meets in Cutro)
CUTRO_PROTESTERS = actor("protesters in Cutro", "ITA", "CVL")
ITA_GOV4 = actor("Government of Italy", "ITA", "GOV")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
ITA_POLICE = actor("Italian police", "ITA", "COP")
TUR_SUSPECT = actor("Turkish suspect in the Cutro shipwreck", "TUR", "CVL")
PAK_SUSPECTS = actor("Pakistani suspects in the Cutro shipwreck", "PAK", "CVL")
CROTONE_PROSECUTORS = actor("Crotone Public Prosecutor's Office", "ITA", "JUD")
ITA_COAST_GUARD = actor("Italian Coast Guard", "ITA", "MIL")
VICTIMS_RELATIVES = actor("relatives of the Cutro shipwreck victims", "AFG", "CVL")
SCHLEIN = actor("Elly Schlein", "ITA", "PTY")
PIANTEDOSI = actor("Matteo Piantedosi", "ITA", "GOV")
RESCUE_NGOS = actor("private sea rescue organisations", "NGO", "NGO")

C1 = ("Cutro (dpa) - Knapp zwei Wochen nach dem Bootsunglück vor der Küste Kalabriens mit mehr als 70 Toten hat die "
      "italienische Regierung in dem Küstenort Cutro härtere Strafen für Schlepper beschlossen.")
C2 = ("Das Kabinett von Ministerpräsidentin Giorgia Meloni verabschiedete am Donnerstag bei einer Sitzung im Rathaus "
      "ein Dekret, das für Schleuser bei Todesfällen Haftstrafen von bis zu 30 Jahren vorsieht.")
C3 = "„Das ist die Antwort des Staates auf diese Tragödie“, sagte Meloni anschließend vor Journalisten."
C4 = ("Vor dem Rathaus protestierten mehrere hundert Menschen gegen die Regierung, einige warfen Stofftiere gegen die "
      "Absperrungen.")
C5 = "Immer wieder riefen sie „Schande“ in Richtung der vorbeifahrenden Wagenkolonne."
C6 = ("Meloni besuchte weder den Strand, an dem die Leichen angespült worden waren, noch die Sporthalle in Crotone, in "
      "der die Särge aufgebahrt waren.")
C7 = "Stattdessen lud sie die Angehörigen der zumeist afghanischen Opfer für die kommende Woche nach Rom ein."
C8 = ("Die Polizei hatte kurz nach dem Unglück einen Türken und zwei Pakistaner festgenommen, die das Boot gesteuert "
      "haben sollen.")
C9 = ("Die Staatsanwaltschaft Crotone prüft zudem, warum die Küstenwache in der Unglücksnacht nicht ausgelaufen war, "
      "obwohl die EU-Grenzschutzagentur Frontex das Boot Stunden zuvor gesichtet hatte.")
C10 = ("Die Vorsitzende der oppositionellen Demokratischen Partei, Elly Schlein, warf der Regierung vor, die Rettung "
       "der Menschen verzögert zu haben.")
C11 = "Sie forderte erneut den Rücktritt von Innenminister Matteo Piantedosi."
C12 = "Piantedosi lehnte einen Rücktritt ab."
C13 = "Er bestreitet, dass die Behörden in der Unglücksnacht Fehler gemacht hätten."
C14 = ("Das Fischerboot war am 26. Februar mit rund 180 Menschen an Bord vor dem Strand von Steccato di Cutro bei "
       "rauer See zerbrochen.")
C15 = "Die meisten Passagiere stammten aus Afghanistan, Pakistan, Syrien und dem Iran."
C16 = ("Die Regierung hatte zuletzt die Arbeit privater Seenotretter im Mittelmeer mit neuen Auflagen "
       "eingeschränkt.")

DE04 = {
    "id": "hm500-de-04", "lang": "de", "url": None, "published": "2023-03-10",
    "title": "Italiens Regierung tagt nach Bootsunglück in Cutro - Proteste",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9], [C10, C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("PROTEST", CUTRO_PROTESTERS, ITA_GOV4, C4, mode="demo", date="2023-03-09", location="Cutro",
              location_country="ITA"),
        event("ACCUSE", CUTRO_PROTESTERS, ITA_GOV4, C5, mode="disapprove", date="2023-03-09", location="Cutro",
              location_country="ITA"),
        event("AGREE", MELONI, VICTIMS_RELATIVES, C7, mode="meet"),
        event("COERCE", ITA_POLICE, TUR_SUSPECT, C8, mode="arrest"),
        event("COERCE", ITA_POLICE, PAK_SUSPECTS, C8, mode="arrest"),
        event("ACCUSE", CROTONE_PROSECUTORS, ITA_COAST_GUARD, C9, mode="investigate"),
        event("ACCUSE", SCHLEIN, ITA_GOV4, C10, mode="allege"),
        event("REQUEST", SCHLEIN, PIANTEDOSI, C11, mode="change"),
        event("REJECT", PIANTEDOSI, SCHLEIN, C12, mode="change"),
        event("COERCE", ITA_GOV4, RESCUE_NGOS, C16, mode="restrict"),
    ],
    "quotes": [
        quote("Das ist die Antwort des Staates auf diese Tragödie", "Giorgia Meloni", "direct"),
        quote("Schande", "protesters in Cutro", "direct"),
        quote("die Rettung der Menschen verzögert zu haben", "Elly Schlein", "indirect"),
        quote("dass die Behörden in der Unglücksnacht Fehler gemacht hätten", "Matteo Piantedosi", "indirect"),
    ],
    "entities": [
        entity("Cutro", "LOC", "ITA", ["Cutro", "dem Küstenort Cutro"]),
        entity("Calabria", "LOC", "ITA", ["Kalabriens"]),
        entity("Government of Italy", "ORG", "ITA", ["die italienische Regierung",
                                                     "Das Kabinett von Ministerpräsidentin Giorgia Meloni",
                                                     "die Regierung", "der Regierung", "Die Regierung"]),
        entity("people smugglers", "PER", None, ["Schlepper", "Schleuser"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Ministerpräsidentin Giorgia Meloni", "Meloni", "sie"]),
        entity("Cutro town hall", "LOC", "ITA", ["im Rathaus", "dem Rathaus"]),
        entity("protesters in Cutro", "PER", "ITA", ["mehrere hundert Menschen", "einige", "sie"]),
        entity("Crotone", "LOC", "ITA", ["Crotone"]),
        entity("relatives of the Cutro shipwreck victims", "PER", "AFG",
               ["die Angehörigen der zumeist afghanischen Opfer"]),
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Italian police", "ORG", "ITA", ["Die Polizei"]),
        entity("Turkish suspect in the Cutro shipwreck", "PER", "TUR", ["einen Türken"]),
        entity("Pakistani suspects in the Cutro shipwreck", "PER", "PAK", ["zwei Pakistaner"]),
        entity("Crotone Public Prosecutor's Office", "ORG", "ITA", ["Die Staatsanwaltschaft Crotone"]),
        entity("Italian Coast Guard", "ORG", "ITA", ["die Küstenwache"]),
        entity("Frontex", "ORG", "EUR", ["die EU-Grenzschutzagentur Frontex"]),
        entity("Democratic Party (Italy)", "ORG", "ITA", ["der oppositionellen Demokratischen Partei"]),
        entity("Elly Schlein", "PER", "ITA", ["Die Vorsitzende der oppositionellen Demokratischen Partei, Elly "
                                              "Schlein", "Sie"]),
        entity("Matteo Piantedosi", "PER", "ITA", ["Innenminister Matteo Piantedosi", "Piantedosi", "Er"]),
        entity("Steccato di Cutro", "LOC", "ITA", ["Steccato di Cutro"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
        entity("Syria", "LOC", "SYR", ["Syrien"]),
        entity("Iran", "LOC", "IRN", ["dem Iran"]),
        entity("private sea rescue organisations", "ORG", "NGO", ["privater Seenotretter"]),
        entity("Mediterranean Sea", "LOC", None, ["im Mittelmeer"]),
    ],
}

# ---------------------------------------------------------------- hm500-en-01 (UK/Russia, Leyton arson verdict)
OLD_BAILEY = actor("Central Criminal Court of England and Wales", "GBR", "JUD")
MENSAH = actor("Nii Mensah", "GBR", "CVL")
ROSE = actor("Jakeem Rose", "GBR", "CVL")
CPS = actor("Crown Prosecution Service", "GBR", "JUD")
WAGNER = actor("Wagner Group", "RUS", "MIL")
EARLEY = actor("Dylan Earley", "GBR", "CVL")
REEVES = actor("Jake Reeves", "GBR", "CVL")
MURPHY = actor("Dominic Murphy", "GBR", "COP")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
UK_FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")
KELIN = actor("Andrei Kelin", "RUS", "GOV")
LAMMY = actor("David Lammy", "GBR", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
UK_SECURITY = actor("British security officials", "GBR", "GOV")
POL_GOV = actor("Government of Poland", "POL", "GOV")

E1 = ("LONDON (AP) — A London jury on Tuesday convicted two men of aggravated arson over a fire at a warehouse "
      "storing aid for Ukraine that prosecutors said was ordered by Russia's Wagner mercenary group.")
E2 = ("Jurors at the Old Bailey found Nii Mensah, 23, and Jakeem Rose, 22, guilty of setting the blaze in Leyton, "
      "east London, in March 2024.")
E3 = ("Dylan Earley, 20, who prosecutors said recruited the others after being contacted by Wagner on the messaging "
      "app Telegram, had already pleaded guilty to an offense under the National Security Act.")
E4 = ("The warehouse, owned by two Ukrainian businessmen, held generators and Starlink satellite equipment bound for "
      "Ukraine.")
E5 = ("Prosecutors said Earley and a second recruit, Jake Reeves, had also planned to set fire to a wine shop and a "
      "restaurant in London's Mayfair district owned by Evgeny Chichvarkin, an exiled Russian businessman and "
      "Kremlin critic.")
E6 = ("Commander Dominic Murphy, head of the Metropolitan Police's counterterrorism command, said the case showed how "
      "Russia was using \"disposable agents\" recruited online to carry out sabotage in Britain.")
E7 = "Britain's Foreign Office summoned Russian Ambassador Andrei Kelin after the verdict."
E8 = ("Foreign Secretary David Lammy said Moscow would \"pay a price\" for attacks on British soil and that further "
      "sanctions were being prepared.")
E9 = ("The Russian Embassy in London dismissed the accusations as \"Russophobic fantasies\" and said Moscow had "
      "nothing to do with the fire.")
E10 = ("Wagner, founded by the late Yevgeny Prigozhin, was banned as a terrorist organization by the British "
       "government in 2023.")
E11 = ("British security officials have accused Russia of a growing number of sabotage plots across Europe, including "
       "arson attacks in Germany, Poland and Lithuania.")
E12 = ("Poland closed the Russian consulate in Poznan last year after blaming Moscow for a fire that destroyed a "
       "Warsaw shopping center.")
E13 = ("Mensah and Rose will be sentenced in the fall, along with Earley and three other men who pleaded guilty to "
       "related charges.")
E14 = "Moscow has repeatedly denied any role in attacks on Western soil."

EN01 = {
    "id": "hm500-en-01", "lang": "en", "url": None, "published": "2025-07-08",
    "title": "UK jury convicts two men over Wagner-ordered arson at Ukraine aid warehouse",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6], [E7, E8, E9], [E10, E11, E12], [E13, E14]),
    "events": [
        event("SANCTION", OLD_BAILEY, MENSAH, E1, mode="convict", date="2025-07-08", location="London",
              location_country="GBR"),
        event("SANCTION", OLD_BAILEY, ROSE, E1, mode="convict", date="2025-07-08", location="London",
              location_country="GBR"),
        event("ACCUSE", CPS, WAGNER, E1, mode="allege"),
        event("SANCTION", OLD_BAILEY, MENSAH, E2, mode="convict", location="London", location_country="GBR"),
        event("SANCTION", OLD_BAILEY, ROSE, E2, mode="convict", location="London", location_country="GBR"),
        event("ACCUSE", CPS, EARLEY, E3, mode="allege"),
        event("CONCEDE", EARLEY, OLD_BAILEY, E3),
        event("ACCUSE", CPS, EARLEY, E5, mode="allege"),
        event("ACCUSE", CPS, REEVES, E5, mode="allege"),
        event("ACCUSE", MURPHY, RUS_GOV, E6, mode="allege"),
        event("ACCUSE", UK_FCDO, KELIN, E7, mode="disapprove"),
        event("THREATEN", LAMMY, RUS_GOV, E8),
        event("COERCE", GBR_GOV, WAGNER, E10, mode="ban"),
        event("ACCUSE", UK_SECURITY, RUS_GOV, E11, mode="allege"),
        event("SANCTION", POL_GOV, RUS_GOV, E12, mode="expel"),
        event("ACCUSE", POL_GOV, RUS_GOV, E12, mode="allege"),
    ],
    "quotes": [
        quote("was ordered by Russia's Wagner mercenary group", "Crown Prosecution Service", "indirect"),
        quote("recruited the others after being contacted by Wagner on the messaging app Telegram",
              "Crown Prosecution Service", "indirect"),
        quote("Earley and a second recruit, Jake Reeves, had also planned to set fire to a wine shop and a restaurant "
              "in London's Mayfair district owned by Evgeny Chichvarkin, an exiled Russian businessman and Kremlin "
              "critic", "Crown Prosecution Service", "indirect"),
        quote("disposable agents", "Dominic Murphy", "direct"),
        quote("the case showed how Russia was using \"disposable agents\" recruited online to carry out sabotage in "
              "Britain", "Dominic Murphy", "indirect"),
        quote("pay a price", "David Lammy", "direct"),
        quote("Moscow would \"pay a price\" for attacks on British soil and that further sanctions were being "
              "prepared", "David Lammy", "indirect"),
        quote("Russophobic fantasies", "Embassy of Russia in London", "direct"),
        quote("Moscow had nothing to do with the fire", "Embassy of Russia in London", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON", "London", "London's"]),
        entity("Central Criminal Court of England and Wales", "ORG", "GBR", ["A London jury", "Jurors at the Old "
                                                                             "Bailey"]),
        entity("Nii Mensah", "PER", "GBR", ["Nii Mensah, 23", "Mensah"]),
        entity("Jakeem Rose", "PER", "GBR", ["Jakeem Rose, 22", "Rose"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Crown Prosecution Service", "ORG", "GBR", ["prosecutors", "Prosecutors"]),
        entity("Wagner Group", "ORG", "RUS", ["Russia's Wagner mercenary group", "Wagner"]),
        entity("Leyton", "LOC", "GBR", ["Leyton, east London"]),
        entity("Dylan Earley", "PER", "GBR", ["Dylan Earley, 20", "Earley"]),
        entity("Telegram", "ORG", "MNC", ["the messaging app Telegram"]),
        entity("National Security Act 2023", "MISC", "GBR", ["the National Security Act"]),
        entity("Leyton warehouse", "LOC", "GBR", ["a warehouse storing aid for Ukraine", "The warehouse"]),
        entity("Ukrainian owners of the Leyton warehouse", "PER", "UKR", ["two Ukrainian businessmen"]),
        entity("Starlink", "MISC", "USA", ["Starlink"]),
        entity("Jake Reeves", "PER", "GBR", ["a second recruit, Jake Reeves"]),
        entity("Mayfair", "LOC", "GBR", ["London's Mayfair district"]),
        entity("Evgeny Chichvarkin", "PER", "RUS", ["Evgeny Chichvarkin, an exiled Russian businessman and Kremlin "
                                                    "critic"]),
        entity("Dominic Murphy", "PER", "GBR", ["Commander Dominic Murphy, head of the Metropolitan Police's "
                                                "counterterrorism command"]),
        entity("Metropolitan Police", "ORG", "GBR", ["the Metropolitan Police's counterterrorism command"]),
        entity("Government of Russia", "ORG", "RUS", ["Russia", "Moscow"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain", "British soil"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["Britain's Foreign Office"]),
        entity("Andrei Kelin", "PER", "RUS", ["Russian Ambassador Andrei Kelin"]),
        entity("David Lammy", "PER", "GBR", ["Foreign Secretary David Lammy"]),
        entity("Embassy of Russia in London", "ORG", "RUS", ["The Russian Embassy in London"]),
        entity("Yevgeny Prigozhin", "PER", "RUS", ["the late Yevgeny Prigozhin"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["the British government"]),
        entity("British security officials", "PER", "GBR", ["British security officials"]),
        entity("Europe", "LOC", None, ["Europe"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Poland", "LOC", "POL", ["Poland"]),
        entity("Lithuania", "LOC", "LTU", ["Lithuania"]),
        entity("Government of Poland", "ORG", "POL", ["Poland"]),
        entity("Russian consulate in Poznan", "ORG", "RUS", ["the Russian consulate in Poznan"]),
        entity("Poznan", "LOC", "POL", ["Poznan"]),
        entity("Marywilska shopping center", "LOC", "POL", ["a Warsaw shopping center"]),
        entity("Warsaw", "LOC", "POL", ["Warsaw"]),
        entity("other defendants in the Leyton arson case", "PER", "GBR", ["three other men"]),
    ],
}

# ---------------------------------------------------------------- hm500-en-02 (Malta, Fenech granted bail)
MLT_COURT = actor("Criminal Court of Malta", "MLT", "JUD")
FENECH = actor("Yorgen Fenech", "MLT", "BUS")
MLT_PROSECUTORS = actor("Attorney General's Office of Malta", "MLT", "JUD")
CG_FAMILY = actor("family of Daphne Caruana Galizia", "MLT", "CVL")
MLT_GOV = actor("Government of Malta", "MLT", "GOV")
REPUBBLIKA = actor("Repubblika", "MLT", "NGO")
GRECH = actor("Bernard Grech", "MLT", "OPP")
JOSEPH_MUSCAT = actor("Joseph Muscat", "MLT", "GOV")
SCHEMBRI = actor("Keith Schembri", "MLT", "GOV")
G_DEGIORGIO = actor("George Degiorgio", "MLT", "CVL")
A_DEGIORGIO = actor("Alfred Degiorgio", "MLT", "CVL")
VINCE_MUSCAT = actor("Vince Muscat", "MLT", "CVL")

F1 = ("VALLETTA, Malta (AP) — A Maltese judge on Wednesday granted bail to Yorgen Fenech, the business tycoon accused "
      "of masterminding the 2017 car bomb killing of journalist Daphne Caruana Galizia, after more than five years in "
      "custody.")
F2 = ("The judge ordered Fenech to hand over his passport, sign a bail register every day and observe a night "
      "curfew, and set a deposit of 80,000 euros.")
F3 = "Fenech, 43, left Corradino Correctional Facility in Paola a few hours later, accompanied by his lawyers."
F4 = "He has pleaded not guilty to complicity in murder and denies any involvement."
F5 = ("Prosecutors say the former director of the Electrogas power station consortium paid 150,000 euros for the "
      "bombing near the journalist's home in Bidnija.")
F6 = ("In her ruling, the judge said Fenech could not be held indefinitely while no trial date had been set, but "
      "warned that any breach of the conditions would send him back to prison.")
F7 = ("Caruana Galizia's family said they were \"deeply disappointed\" and accused the state of failing to bring the "
      "case to trial after five years.")
F8 = "\"Justice delayed is justice denied,\" the journalist's son Matthew Caruana Galizia wrote on X."
F9 = ("In the evening, several hundred people joined a vigil organized by the civil society group Repubblika outside "
      "the law courts in Valletta, demanding a trial date.")
F10 = ("Opposition leader Bernard Grech called on the government to give the courts the resources needed to speed up "
       "the case.")
F11 = ("Prime Minister Robert Abela said the government respected the court's decision and would not comment on a "
       "pending case.")
F12 = ("Abela's predecessor Joseph Muscat resigned in January 2020 after weeks of street protests over his "
       "government's handling of the investigation.")
F13 = ("Muscat's former chief of staff Keith Schembri, a close friend of Fenech, has not been charged over the "
       "killing.")
F14 = "Caruana Galizia, 53, was killed on Oct. 16, 2017, when a bomb placed in her car exploded."
F15 = ("Brothers George and Alfred Degiorgio were sentenced to 40 years in prison in 2022 for planting and detonating "
       "the bomb.")
F16 = "A third man, Vince Muscat, received a 15-year sentence in 2021 after a plea deal."

EN02 = {
    "id": "hm500-en-02", "lang": "en", "url": None, "published": "2025-01-29",
    "title": "Maltese tycoon accused in journalist's murder granted bail after five years",
    "text": paragraphs([F1, F2, F3, F4, F5, F6], [F7, F8, F9, F10, F11], [F12, F13], [F14, F15, F16]),
    "events": [
        event("RETREAT", MLT_COURT, FENECH, F1, mode="release", date="2025-01-29", location="Valletta",
              location_country="MLT"),
        event("COERCE", MLT_COURT, FENECH, F2, mode="restrict"),
        event("RETREAT", MLT_COURT, FENECH, F3, mode="release", location="Paola", location_country="MLT"),
        event("ACCUSE", MLT_PROSECUTORS, FENECH, F5, mode="allege"),
        event("THREATEN", MLT_COURT, FENECH, F6, mode="arrest"),
        event("ACCUSE", CG_FAMILY, MLT_GOV, F7, mode="disapprove"),
        event("PROTEST", REPUBBLIKA, MLT_GOV, F9, mode="demo", date="2025-01-29", location="Valletta",
              location_country="MLT"),
        event("REQUEST", REPUBBLIKA, MLT_COURT, F9),
        event("REQUEST", GRECH, MLT_GOV, F10),
        event("RETREAT", JOSEPH_MUSCAT, None, F12, mode="resign"),
        event("ACCUSE", MLT_PROSECUTORS, SCHEMBRI, F13, mode="allege", negated=True),
        event("SANCTION", MLT_COURT, G_DEGIORGIO, F15, mode="convict"),
        event("COERCE", MLT_COURT, G_DEGIORGIO, F15, mode="arrest"),
        event("SANCTION", MLT_COURT, A_DEGIORGIO, F15, mode="convict"),
        event("COERCE", MLT_COURT, A_DEGIORGIO, F15, mode="arrest"),
        event("SANCTION", MLT_COURT, VINCE_MUSCAT, F16, mode="convict"),
        event("COERCE", MLT_COURT, VINCE_MUSCAT, F16, mode="arrest"),
    ],
    "quotes": [
        quote("the former director of the Electrogas power station consortium paid 150,000 euros for the bombing near "
              "the journalist's home in Bidnija", "Attorney General's Office of Malta", "indirect"),
        quote("Fenech could not be held indefinitely while no trial date had been set", "Criminal Court of Malta",
              "indirect"),
        quote("any breach of the conditions would send him back to prison", "Criminal Court of Malta", "indirect"),
        quote("deeply disappointed", "family of Daphne Caruana Galizia", "direct"),
        quote("they were \"deeply disappointed\"", "family of Daphne Caruana Galizia", "indirect"),
        quote("Justice delayed is justice denied", "Matthew Caruana Galizia", "direct"),
        quote("the government respected the court's decision and would not comment on a pending case",
              "Robert Abela", "indirect"),
    ],
    "entities": [
        entity("Valletta", "LOC", "MLT", ["VALLETTA", "Valletta"]),
        entity("Malta", "LOC", "MLT", ["Malta"]),
        entity("Criminal Court of Malta", "ORG", "MLT", ["A Maltese judge", "The judge", "the judge",
                                                         "the court's", "her"]),
        entity("Yorgen Fenech", "PER", "MLT", ["Yorgen Fenech, the business tycoon", "Fenech", "his", "He",
                                               "the former director of the Electrogas power station consortium",
                                               "him"]),
        entity("Daphne Caruana Galizia", "PER", "MLT", ["journalist Daphne Caruana Galizia", "the journalist's",
                                                        "Caruana Galizia's", "Caruana Galizia, 53", "her car"]),
        entity("Corradino Correctional Facility", "LOC", "MLT", ["Corradino Correctional Facility"]),
        entity("Paola", "LOC", "MLT", ["Paola"]),
        entity("lawyers of Yorgen Fenech", "PER", "MLT", ["his lawyers"]),
        entity("Attorney General's Office of Malta", "ORG", "MLT", ["Prosecutors"]),
        entity("Electrogas", "ORG", "MLT", ["the Electrogas power station consortium"]),
        entity("Bidnija", "LOC", "MLT", ["Bidnija"]),
        entity("family of Daphne Caruana Galizia", "PER", "MLT", ["Caruana Galizia's family", "they"]),
        entity("Government of Malta", "ORG", "MLT", ["the state", "the government"]),
        entity("Matthew Caruana Galizia", "PER", "MLT", ["the journalist's son Matthew Caruana Galizia"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Repubblika", "ORG", "MLT", ["the civil society group Repubblika"]),
        entity("vigil participants in Valletta", "PER", "MLT", ["several hundred people"]),
        entity("Bernard Grech", "PER", "MLT", ["Opposition leader Bernard Grech"]),
        entity("Robert Abela", "PER", "MLT", ["Prime Minister Robert Abela", "Abela's"]),
        entity("Joseph Muscat", "PER", "MLT", ["Abela's predecessor Joseph Muscat", "his", "Muscat's"]),
        entity("Keith Schembri", "PER", "MLT", ["Muscat's former chief of staff Keith Schembri, a close friend of "
                                                "Fenech"]),
        entity("George Degiorgio", "PER", "MLT", ["George"]),
        entity("Alfred Degiorgio", "PER", "MLT", ["Alfred Degiorgio"]),
        entity("Vince Muscat", "PER", "MLT", ["A third man, Vince Muscat"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
