"""Round 117: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm117-de-01: Senegal's parliament postpones the presidential election after gendarmes remove opposition MPs; tear gas in Dakar (2024-02-06).
- hm117-de-02: The Maldives' President Mohamed Muizzu demands that India withdraw its soldiers by 15 March (2024-01-15).
- hm117-de-03: Jordan bans the Muslim Brotherhood after the arrest of a cell accused of building rockets and drones (2025-04-24).
- hm117-de-04: Ankara Declaration: Ethiopia and Somalia settle their Somaliland port dispute under Turkish mediation (2024-12-12).
- hm117-en-01: Kenya's William Ruto withdraws the finance bill a day after police shot protesters who stormed parliament (2024-06-26).
- hm117-en-02: Pakistan's military ends the Jaffar Express hijacking by the Baloch Liberation Army in Balochistan (2025-03-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm117-de-01
SEN_GENDARMES = actor("Senegalese gendarmerie", "SEN", "COP")
SEN_OPP_MPS = actor("Senegalese opposition lawmakers", "SEN", "OPP")
SEN_ASSEMBLY = actor("National Assembly of Senegal", "SEN", "LEG")
MACKY_SALL = actor("Macky Sall", "SEN", "GOV")
SEN_PROTESTERS = actor("Senegalese protesters", "SEN", "CVL")
SEN_POLICE = actor("Senegalese police", "SEN", "COP")
TOURE = actor("Aminata Toure", "SEN", "OPP")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
KHALIFA_SALL = actor("Khalifa Sall", "SEN", "OPP")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
US_STATE = actor("United States Department of State", "USA", "GOV")
SEN_PARTIES = actor("Senegalese political parties", "SEN", "PTY")

A1 = ("Senegals Parlament hat die für den 25. Februar geplante Präsidentenwahl nach tumultartigen Szenen auf den "
      "15. Dezember verschoben.")
A2 = ("Für die Verschiebung stimmten am Montagabend 105 der 165 Abgeordneten, nachdem Gendarmen mehrere "
      "Oppositionsabgeordnete gewaltsam aus dem Plenarsaal in Dakar gebracht hatten.")
A3 = ("Die Oppositionspolitiker hatten zuvor stundenlang versucht, die Abstimmung durch eine Blockade des "
      "Rednerpults zu verhindern.")
A4 = ("Präsident Macky Sall hatte die Wahl am Samstag in einer Fernsehansprache nur wenige Stunden vor Beginn des "
      "Wahlkampfs abgesagt und dies mit einem Streit zwischen Parlament und Verfassungsrat über die Zulassung von "
      "Kandidaten begründet.")
A5 = "Bereits am Sonntag waren in der Hauptstadt Hunderte Menschen gegen die Verschiebung auf die Straße gegangen."
A6 = ("Die Polizei setzte Tränengas gegen die Demonstranten ein, die Barrikaden errichtet und Reifen angezündet "
      "hatten.")
A7 = "Auch die frühere Regierungschefin Aminata Touré wurde vorübergehend festgenommen."
A8 = ("Die Regierung ließ am Montag zudem das mobile Internet abschalten und begründete dies mit der Verbreitung "
      "„hasserfüllter und subversiver Botschaften“ in sozialen Netzwerken.")
A9 = ("Oppositionskandidat Khalifa Sall sprach von einem „Verfassungsputsch“ und kündigte an, gemeinsam mit anderen "
      "Bewerbern vor dem Verfassungsrat zu klagen.")
A10 = ("Die westafrikanische Staatengemeinschaft Ecowas rief die politische Klasse des Landes auf, „dringend“ den "
       "Dialog zu suchen und den Wahlkalender wiederherzustellen.")
A11 = "Das US-Außenministerium forderte, die Wahl so schnell wie möglich abzuhalten."
A12 = ("Der Präsident versicherte, er werde nicht erneut kandidieren, und lud alle Parteien zu einem „nationalen "
       "Dialog“ ein.")

DE01 = {
    "id": "hm117-de-01",
    "lang": "de",
    "url": None,
    "published": "2024-02-06",
    "title": "Senegals Parlament verschiebt Präsidentenwahl – Tränengas in Dakar",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("COERCE", SEN_GENDARMES, SEN_OPP_MPS, A2, mode="restrict", date="2024-02-05", location="Dakar",
              location_country="SEN"),
        event("PROTEST", SEN_OPP_MPS, SEN_ASSEMBLY, A3, mode="obstruct", date="2024-02-05", location="Dakar",
              location_country="SEN"),
        event("PROTEST", SEN_PROTESTERS, MACKY_SALL, A5, mode="demo", date="2024-02-04", location="Dakar",
              location_country="SEN"),
        event("ASSAULT", SEN_POLICE, SEN_PROTESTERS, A6, mode="crowd-control", date="2024-02-04",
              location="Dakar", location_country="SEN"),
        event("PROTEST", SEN_PROTESTERS, MACKY_SALL, A6, mode="riot", date="2024-02-04", location="Dakar",
              location_country="SEN"),
        event("COERCE", SEN_POLICE, TOURE, A7, mode="arrest", date="2024-02-04", location="Dakar",
              location_country="SEN"),
        event("COERCE", SEN_GOV, None, A8, mode="censor", date="2024-02-05", location_country="SEN"),
        event("ACCUSE", KHALIFA_SALL, MACKY_SALL, A9, mode="disapprove"),
        event("REQUEST", ECOWAS, SEN_GOV, A10, mode="change"),
        event("REQUEST", US_STATE, SEN_GOV, A11, mode="change"),
        event("AGREE", MACKY_SALL, SEN_PARTIES, A12),
    ],
    "quotes": [
        quote("hasserfüllter und subversiver Botschaften", "Government of Senegal", "direct"),
        quote("Verfassungsputsch", "Khalifa Sall", "direct"),
        quote("gemeinsam mit anderen Bewerbern vor dem Verfassungsrat zu klagen", "Khalifa Sall", "indirect"),
        quote("dringend", "Economic Community of West African States", "direct"),
        quote("„dringend“ den Dialog zu suchen und den Wahlkalender wiederherzustellen",
              "Economic Community of West African States", "indirect"),
        quote("die Wahl so schnell wie möglich abzuhalten", "United States Department of State", "indirect"),
        quote("er werde nicht erneut kandidieren", "Macky Sall", "indirect"),
        quote("nationalen Dialog", "Macky Sall", "direct"),
    ],
    "entities": [
        entity("Senegal", "GPE", "SEN", ["Senegals", "des Landes"]),
        entity("National Assembly of Senegal", "ORG", "SEN", ["Senegals Parlament", "Parlament"]),
        entity("Senegalese gendarmerie", "ORG", "SEN", ["Gendarmen"]),
        entity("Senegalese opposition lawmakers", "ORG", "SEN", ["Oppositionsabgeordnete",
                                                                "Die Oppositionspolitiker"]),
        entity("Dakar", "LOC", "SEN", ["Dakar", "der Hauptstadt"]),
        entity("Macky Sall", "PER", "SEN", ["Macky Sall", "Der Präsident"]),
        entity("Constitutional Council of Senegal", "ORG", "SEN", ["Verfassungsrat", "Verfassungsrat"]),
        entity("Senegalese protesters", "ORG", "SEN", ["Hunderte Menschen", "die Demonstranten"]),
        entity("Senegalese police", "ORG", "SEN", ["Die Polizei"]),
        entity("Aminata Toure", "PER", "SEN", ["Aminata Touré"]),
        entity("Government of Senegal", "ORG", "SEN", ["Die Regierung"]),
        entity("Khalifa Sall", "PER", "SEN", ["Khalifa Sall"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["westafrikanische Staatengemeinschaft", "Ecowas"]),
        entity("United States Department of State", "ORG", "USA", ["US-Außenministerium"]),
        entity("Senegalese political parties", "ORG", "SEN", ["alle Parteien"]),
    ],
}

# ---------------------------------------------------------------- hm117-de-02
MDV_GOV = actor("Government of Maldives", "MDV", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
MUIZZU = actor("Mohamed Muizzu", "MDV", "GOV")
NAZIM = actor("Abdulla Nazim Ibrahim", "MDV", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
MDV_DEPUTIES = actor("Maldivian deputy ministers", "MDV", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
IND_MEA = actor("Indian Ministry of External Affairs", "IND", "GOV")
SHAHEEB = actor("Ibrahim Shaheeb", "MDV", "GOV")
MDV_OPP = actor("Maldivian opposition politicians", "MDV", "OPP")

B1 = ("Die Malediven haben Indien offiziell aufgefordert, seine auf dem Inselstaat stationierten Soldaten bis zum "
      "15. März abzuziehen.")
B2 = ("Das habe Präsident Mohamed Muizzu bei einem Treffen hochrangiger Vertreter beider Regierungen am Sonntag in "
      "Malé verlangt, sagte der Staatssekretär für öffentliche Politik im Präsidialamt, Abdulla Nazim Ibrahim.")
B3 = ("„Indisches Militärpersonal kann nicht auf den Malediven bleiben. Das ist die Politik dieser Regierung“, "
      "fügte Nazim hinzu.")
B4 = ("Derzeit sind knapp 80 indische Soldaten in dem Land im Einsatz, die vor allem zwei Hubschrauber und ein "
      "Flugzeug für Rettungs- und Krankentransporte betreiben.")
B5 = "Muizzu hatte die Präsidentenwahl im September mit einer „India Out“-Kampagne gewonnen."
B6 = ("Am Samstag war er von einem fünftägigen Staatsbesuch in China zurückgekehrt, wo er mit Staatschef "
      "Xi Jinping zusammengetroffen war.")
B7 = ("Bei seiner Ankunft in Malé sagte er in einer als Seitenhieb auf Neu-Delhi verstandenen Bemerkung: „Wir "
      "mögen klein sein, aber das gibt niemandem das Recht, uns zu schikanieren.“")
B8 = ("Die Beziehungen waren zuletzt auch durch abfällige Äußerungen dreier maledivischer Vizeminister über den "
      "indischen Premierminister Narendra Modi belastet worden, woraufhin das Außenministerium in Neu-Delhi am "
      "vergangenen Montag den maledivischen Hochkommissar Ibrahim Shaheeb einbestellte.")
B9 = "Neu-Delhi reagierte zurückhaltend auf die Forderung."
B10 = ("Ein Sprecher des indischen Außenministeriums sagte lediglich, beide Seiten hätten vereinbart, „für beide "
       "Seiten praktikable Lösungen“ zu finden, damit die Rettungsflüge weitergehen könnten.")
B11 = "Die nächste Gesprächsrunde soll in den kommenden Wochen in Neu-Delhi stattfinden."
B12 = ("Oppositionspolitiker in Malé warfen Muizzu vor, die Beziehungen zum wichtigsten Nachbarn des Landes aufs "
       "Spiel zu setzen.")

DE02 = {
    "id": "hm117-de-02",
    "lang": "de",
    "url": None,
    "published": "2024-01-15",
    "title": "Malediven fordern Abzug indischer Soldaten bis Mitte März",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12]),
    "events": [
        event("REQUEST", MDV_GOV, IND_GOV, B1, mode="yield", date="2024-01-14"),
        event("REQUEST", MUIZZU, IND_GOV, B2, mode="yield", date="2024-01-14", location="Male",
              location_country="MDV"),
        event("CONSULT", IND_GOV, MDV_GOV, B2, mode="visit", date="2024-01-14", location="Male",
              location_country="MDV"),
        event("REQUEST", NAZIM, IND_GOV, B3, mode="yield", date="2024-01-14", location="Male",
              location_country="MDV"),
        event("CONSULT", MUIZZU, XI, B6, mode="visit", location="China", location_country="CHN"),
        event("ACCUSE", MUIZZU, IND_GOV, B7, mode="disapprove", date="2024-01-13", location="Male",
              location_country="MDV"),
        event("ACCUSE", MDV_DEPUTIES, MODI, B8, mode="disapprove"),
        event("ACCUSE", IND_MEA, SHAHEEB, B8, mode="disapprove", date="2024-01-08", location="New Delhi",
              location_country="IND"),
        event("AGREE", IND_GOV, MDV_GOV, B10),
        event("AGREE", MDV_GOV, IND_GOV, B11, location="New Delhi", location_country="IND"),
        event("ACCUSE", MDV_OPP, MUIZZU, B12, mode="disapprove", location="Male", location_country="MDV"),
    ],
    "quotes": [
        quote("seine auf dem Inselstaat stationierten Soldaten bis zum 15. März abzuziehen",
              "Government of Maldives", "indirect"),
        quote("Das habe Präsident Mohamed Muizzu bei einem Treffen hochrangiger Vertreter beider Regierungen am "
              "Sonntag in Malé verlangt", "Abdulla Nazim Ibrahim", "indirect"),
        quote("Indisches Militärpersonal kann nicht auf den Malediven bleiben. Das ist die Politik dieser Regierung",
              "Abdulla Nazim Ibrahim", "direct"),
        quote("India Out", "Mohamed Muizzu", "direct"),
        quote("Wir mögen klein sein, aber das gibt niemandem das Recht, uns zu schikanieren", "Mohamed Muizzu",
              "direct"),
        quote("für beide Seiten praktikable Lösungen", "Spokesperson of the Indian Ministry of External Affairs",
              "direct"),
        quote("beide Seiten hätten vereinbart, „für beide Seiten praktikable Lösungen“ zu finden, damit die "
              "Rettungsflüge weitergehen könnten", "Spokesperson of the Indian Ministry of External Affairs",
              "indirect"),
        quote("die Beziehungen zum wichtigsten Nachbarn des Landes aufs Spiel zu setzen",
              "Maldivian opposition politicians", "indirect"),
    ],
    "entities": [
        entity("Maldives", "GPE", "MDV", ["Die Malediven", "dem Inselstaat", "den Malediven", "dem Land",
                                          "des Landes"]),
        entity("India", "GPE", "IND", ["Indien", "Neu-Delhi", "Neu-Delhi"]),
        entity("Indian soldiers in the Maldives", "ORG", "IND", ["stationierten Soldaten",
                                                                 "Indisches Militärpersonal",
                                                                 "knapp 80 indische Soldaten"]),
        entity("Mohamed Muizzu", "PER", "MDV", ["Mohamed Muizzu", "Muizzu", "Muizzu"]),
        entity("Male", "LOC", "MDV", ["Malé", "Malé", "Malé"]),
        entity("President's Office of the Maldives", "ORG", "MDV", ["Präsidialamt"]),
        entity("Abdulla Nazim Ibrahim", "PER", "MDV", ["Abdulla Nazim Ibrahim", "Nazim"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Xi Jinping", "PER", "CHN", ["Xi Jinping"]),
        entity("Maldivian deputy ministers", "ORG", "MDV", ["dreier maledivischer Vizeminister"]),
        entity("Narendra Modi", "PER", "IND", ["Narendra Modi"]),
        entity("Indian Ministry of External Affairs", "ORG", "IND", ["das Außenministerium in Neu-Delhi",
                                                                     "des indischen Außenministeriums"]),
        entity("Ibrahim Shaheeb", "PER", "MDV", ["Ibrahim Shaheeb"]),
        entity("Spokesperson of the Indian Ministry of External Affairs", "PER", "IND",
               ["Ein Sprecher des indischen Außenministeriums"]),
        entity("Maldivian opposition politicians", "ORG", "MDV", ["Oppositionspolitiker in Malé"]),
    ],
}

# ---------------------------------------------------------------- hm117-de-03
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
MUSLIM_BROTHERHOOD = actor("Muslim Brotherhood in Jordan", "JOR", "OPP")
FARAYA = actor("Mazen al-Faraya", "JOR", "GOV")
JOR_SECURITY = actor("Jordanian security forces", "JOR", "COP")
JOR_GID = actor("Jordanian General Intelligence Directorate", "JOR", "GOV")
JOR_SUSPECTS = actor("Jordanian cell suspects", "JOR", "REB")
JOR_PROSECUTORS = actor("Jordanian public prosecution", "JOR", "JUD")
ABDULLAH = actor("Abdullah II", "JOR", "GOV")
IAF_SPOKESMAN = actor("Spokesperson of the Islamic Action Front", "JOR", "OPP")

C1 = "Jordanien hat die Muslimbruderschaft verboten und sämtliche Aktivitäten der islamistischen Bewegung für illegal erklärt."
C2 = ("Innenminister Mazen al-Faraya kündigte am Mittwoch in Amman an, die Büros der Organisation würden geschlossen "
      "und ihr Vermögen beschlagnahmt.")
C3 = "Wer für die Ideen der Bruderschaft werbe oder ihr angehöre, werde strafrechtlich verfolgt, sagte der Minister."
C4 = "Sicherheitskräfte durchsuchten noch am selben Tag die Zentrale der Bewegung in der Hauptstadt."
C5 = ("Die Regierung wirft der Bruderschaft vor, in Verbindung zu einer Zelle zu stehen, die Raketen und Drohnen "
      "gebaut und Anschläge im Königreich geplant haben soll.")
C6 = "Der Geheimdienst hatte vergangene Woche 16 Verdächtige festgenommen."
C7 = "Unter ihnen sei auch der Sohn eines führenden Mitglieds der Bruderschaft, sagte Al-Faraya."
C8 = "Die Staatsanwaltschaft erhob inzwischen Anklage gegen die Männer vor dem Staatssicherheitsgericht."
C9 = "König Abdullah II. hatte den Sicherheitsbehörden nach den Festnahmen öffentlich für ihren Einsatz gedankt."
C10 = ("Die Islamische Aktionsfront, der politische Arm der Bruderschaft und größte Oppositionspartei im Parlament, "
       "bestreitet jede Verbindung zu der Zelle.")
C11 = "Ein Sprecher der Partei kritisierte das Verbot als „politisch motivierten Schritt“."
C12 = "Die Entscheidung gefährde die Einheit des Landes in einer schwierigen Zeit, sagte er."

DE03 = {
    "id": "hm117-de-03",
    "lang": "de",
    "url": None,
    "published": "2025-04-24",
    "title": "Jordanien verbietet die Muslimbruderschaft",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9], [C10, C11, C12]),
    "events": [
        event("COERCE", JOR_GOV, MUSLIM_BROTHERHOOD, C1, mode="restrict", date="2025-04-23",
              location_country="JOR"),
        event("COERCE", FARAYA, MUSLIM_BROTHERHOOD, C2, mode="seize", date="2025-04-23", location="Amman",
              location_country="JOR"),
        event("THREATEN", FARAYA, MUSLIM_BROTHERHOOD, C3, mode="arrest", date="2025-04-23", location="Amman",
              location_country="JOR"),
        event("COERCE", JOR_SECURITY, MUSLIM_BROTHERHOOD, C4, mode="seize", date="2025-04-23", location="Amman",
              location_country="JOR"),
        event("ACCUSE", JOR_GOV, MUSLIM_BROTHERHOOD, C5, mode="allege"),
        event("COERCE", JOR_GID, JOR_SUSPECTS, C6, mode="arrest", location_country="JOR"),
        event("ACCUSE", JOR_PROSECUTORS, JOR_SUSPECTS, C8, mode="allege", location_country="JOR"),
        event("SUPPORT", ABDULLAH, JOR_SECURITY, C9),
        event("ACCUSE", IAF_SPOKESMAN, JOR_GOV, C11, mode="disapprove"),
        event("ACCUSE", IAF_SPOKESMAN, JOR_GOV, C12, mode="disapprove"),
    ],
    "quotes": [
        quote("die Büros der Organisation würden geschlossen und ihr Vermögen beschlagnahmt", "Mazen al-Faraya",
              "indirect"),
        quote("Wer für die Ideen der Bruderschaft werbe oder ihr angehöre, werde strafrechtlich verfolgt",
              "Mazen al-Faraya", "indirect"),
        quote("in Verbindung zu einer Zelle zu stehen, die Raketen und Drohnen gebaut und Anschläge im Königreich "
              "geplant haben soll", "Government of Jordan", "indirect"),
        quote("Unter ihnen sei auch der Sohn eines führenden Mitglieds der Bruderschaft", "Mazen al-Faraya",
              "indirect"),
        quote("politisch motivierten Schritt", "Spokesperson of the Islamic Action Front", "direct"),
        quote("Die Entscheidung gefährde die Einheit des Landes in einer schwierigen Zeit",
              "Spokesperson of the Islamic Action Front", "indirect"),
    ],
    "entities": [
        entity("Jordan", "GPE", "JOR", ["Jordanien", "im Königreich", "des Landes"]),
        entity("Muslim Brotherhood in Jordan", "ORG", "JOR",
               ["die Muslimbruderschaft", "der islamistischen Bewegung", "der Organisation", "der Bruderschaft",
                "der Bewegung", "der Bruderschaft", "der Bruderschaft", "der Bruderschaft"]),
        entity("Mazen al-Faraya", "PER", "JOR", ["Mazen al-Faraya", "der Minister", "Al-Faraya"]),
        entity("Amman", "LOC", "JOR", ["Amman", "der Hauptstadt"]),
        entity("Jordanian security forces", "ORG", "JOR", ["Sicherheitskräfte", "den Sicherheitsbehörden"]),
        entity("Government of Jordan", "ORG", "JOR", ["Die Regierung"]),
        entity("Jordanian militant cell", "ORG", "JOR", ["einer Zelle", "der Zelle"]),
        entity("Jordanian General Intelligence Directorate", "ORG", "JOR", ["Der Geheimdienst"]),
        entity("Jordanian cell suspects", "ORG", "JOR", ["16 Verdächtige", "die Männer"]),
        entity("Son of a Muslim Brotherhood leader", "PER", "JOR",
               ["der Sohn eines führenden Mitglieds der Bruderschaft"]),
        entity("Jordanian public prosecution", "ORG", "JOR", ["Die Staatsanwaltschaft"]),
        entity("Jordanian State Security Court", "ORG", "JOR", ["dem Staatssicherheitsgericht"]),
        entity("Abdullah II", "PER", "JOR", ["König Abdullah II"]),
        entity("Islamic Action Front", "ORG", "JOR", ["Die Islamische Aktionsfront", "größte Oppositionspartei",
                                                      "der Partei"]),
        entity("Parliament of Jordan", "ORG", "JOR", ["Parlament"]),
        entity("Spokesperson of the Islamic Action Front", "PER", "JOR", ["Ein Sprecher der Partei"]),
    ],
}

# ---------------------------------------------------------------- hm117-de-04
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
SOM_GOV = actor("Government of Somalia", "SOM", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
ERDOGAN = actor("Recep Tayyip Erdogan", "TUR", "GOV")
BIHI = actor("Muse Bihi Abdi", "SOM", "GOV")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")

D1 = ("Unter Vermittlung der Türkei haben Äthiopien und Somalia ihren monatelangen Streit über ein Hafenabkommen "
      "mit der abtrünnigen Region Somaliland vorerst beigelegt.")
D2 = ("Der äthiopische Regierungschef Abiy Ahmed und Somalias Präsident Hassan Sheikh Mohamud unterzeichneten am "
      "Mittwochabend in Ankara eine gemeinsame Erklärung.")
D3 = ("Zuvor hatte der türkische Präsident Recep Tayyip Erdoğan beide Politiker zunächst getrennt empfangen und dann "
      "mit ihnen gemeinsam verhandelt.")
D4 = ("In der Erklärung verpflichten sich beide Seiten, bis Ende Februar technische Gespräche aufzunehmen, die "
      "Äthiopien einen gesicherten Zugang zum Meer unter somalischer Souveränität ermöglichen sollen.")
D5 = "Erdoğan würdigte bei einer Pressekonferenz den „Mut“ beider Staatschefs und sprach von einem „historischen Schritt“."
D6 = ("Er hoffe, dass die Einigung den Grundstein für Frieden und Zusammenarbeit am Horn von Afrika lege, sagte der "
      "türkische Präsident.")
D7 = ("Abiy sagte, sein Land wolle den Zugang zum Meer auf friedlichem Weg erreichen und habe „keinerlei Absicht“, "
      "die Souveränität seines Nachbarn zu verletzen.")
D8 = "Hassan Sheikh erklärte, Somalia sei bereit, mit der äthiopischen Führung zusammenzuarbeiten."
D9 = ("Auslöser des Konflikts war eine Absichtserklärung, die Abiy am 1. Januar mit dem Präsidenten Somalilands, "
      "Muse Bihi Abdi, unterzeichnet hatte.")
D10 = "Darin ging es um einen 20 Kilometer langen Küstenstreifen für einen äthiopischen Marinestützpunkt."
D11 = ("Mogadischu wertete das als Angriff auf seine territoriale Integrität, rief seinen Botschafter aus Addis Abeba "
       "zurück und drohte, äthiopische Soldaten aus der Friedensmission der Afrikanischen Union auszuschließen.")
D12 = "AU-Kommissionschef Moussa Faki Mahamat lobte die Vermittlung Ankaras."

DE04 = {
    "id": "hm117-de-04",
    "lang": "de",
    "url": None,
    "published": "2024-12-12",
    "title": "Äthiopien und Somalia legen Streit um Somaliland in Ankara bei",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("AGREE", ETH_GOV, SOM_GOV, D1, date="2024-12-11", location="Ankara", location_country="TUR"),
        event("SUPPORT", ABIY, HSM, D2, date="2024-12-11", location="Ankara", location_country="TUR"),
        event("CONSULT", ABIY, ERDOGAN, D3, mode="visit", date="2024-12-11", location="Ankara",
              location_country="TUR"),
        event("CONSULT", HSM, ERDOGAN, D3, mode="visit", date="2024-12-11", location="Ankara",
              location_country="TUR"),
        event("AGREE", ETH_GOV, SOM_GOV, D4, date="2024-12-11", location="Ankara", location_country="TUR"),
        event("SUPPORT", ERDOGAN, ABIY, D5, date="2024-12-11", location="Ankara", location_country="TUR"),
        event("SUPPORT", ERDOGAN, HSM, D5, date="2024-12-11", location="Ankara", location_country="TUR"),
        event("AGREE", HSM, ETH_GOV, D8, date="2024-12-11", location="Ankara", location_country="TUR"),
        event("SUPPORT", ABIY, BIHI, D9, date="2024-01-01"),
        event("ACCUSE", SOM_GOV, ETH_GOV, D11, mode="disapprove"),
        event("SANCTION", SOM_GOV, ETH_GOV, D11, mode="withdraw"),
        event("THREATEN", SOM_GOV, ETH_GOV, D11, mode="expel"),
        event("SUPPORT", FAKI, TUR_GOV, D12),
    ],
    "quotes": [
        quote("Mut", "Recep Tayyip Erdogan", "direct"),
        quote("historischen Schritt", "Recep Tayyip Erdogan", "direct"),
        quote("Er hoffe, dass die Einigung den Grundstein für Frieden und Zusammenarbeit am Horn von Afrika lege",
              "Recep Tayyip Erdogan", "indirect"),
        quote("sein Land wolle den Zugang zum Meer auf friedlichem Weg erreichen und habe „keinerlei Absicht“, die "
              "Souveränität seines Nachbarn zu verletzen", "Abiy Ahmed", "indirect"),
        quote("keinerlei Absicht", "Abiy Ahmed", "direct"),
        quote("Somalia sei bereit, mit der äthiopischen Führung zusammenzuarbeiten", "Hassan Sheikh Mohamud",
              "indirect"),
    ],
    "entities": [
        entity("Turkey", "GPE", "TUR", ["der Türkei", "Ankaras"]),
        entity("Ethiopia", "GPE", "ETH", ["Äthiopien", "Äthiopien", "sein Land"]),
        entity("Somalia", "GPE", "SOM", ["Somalia", "Somalias", "Somalia", "seines Nachbarn", "Mogadischu"]),
        entity("Somaliland", "LOC", "SOM", ["Somaliland", "Somalilands"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Abiy Ahmed", "Abiy", "Abiy"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM", ["Hassan Sheikh Mohamud", "Hassan Sheikh"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Recep Tayyip Erdogan", "PER", "TUR", ["Recep Tayyip Erdoğan", "Erdoğan",
                                                      "der türkische Präsident", "der türkische Präsident"]),
        entity("Horn of Africa", "LOC", None, ["Horn von Afrika"]),
        entity("Muse Bihi Abdi", "PER", "SOM", ["Muse Bihi Abdi"]),
        entity("Somali ambassador to Ethiopia", "PER", "SOM", ["seinen Botschafter"]),
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba"]),
        entity("Ethiopian soldiers in Somalia", "ORG", "ETH", ["äthiopische Soldaten"]),
        entity("African Union peace mission in Somalia", "ORG", "IGO", ["der Friedensmission der Afrikanischen Union"]),
        entity("African Union", "ORG", "IGO", ["Afrikanischen Union"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["AU-Kommissionschef Moussa Faki Mahamat"]),
    ],
}

# ---------------------------------------------------------------- hm117-en-01
RUTO = actor("William Ruto", "KEN", "GOV")
KEN_PROTESTERS = actor("Kenyan protesters", "KEN", "CVL")
KEN_POLICE = actor("Kenyan police", "KEN", "COP")
KEN_PARLIAMENT = actor("Parliament of Kenya", "KEN", "LEG")
KNCHR = actor("Kenya National Commission on Human Rights", "KEN", "NGO")
DUALE = actor("Aden Duale", "KEN", "GOV")
KEN_ORGANISERS = actor("Kenyan protest organisers", "KEN", "CVL")

E1 = ("Kenyan President William Ruto said on Wednesday he would not sign a finance bill containing tax increases "
      "and would withdraw it, a day after police shot dead protesters who stormed parliament in Nairobi.")
E2 = ('"Having listened keenly to the people of Kenya, who have said loudly that they want nothing to do with this '
      'finance bill, I concede," Ruto said in a televised address from State House.')
E3 = ("He said he would instead propose austerity measures, starting with cuts to the budget of his own office, and "
      "invite young people to a dialogue.")
E4 = ("At least 22 people were killed in Tuesday's protests, according to the Kenya National Commission on Human "
      "Rights, which accused police of using excessive force.")
E5 = ("Demonstrators broke through police lines on Tuesday afternoon and set part of the parliament building on fire "
      "shortly after lawmakers had voted to pass the bill.")
E6 = ('Ruto called the storming of parliament "treasonous" in an address on Tuesday night, and Defence Minister Aden '
      'Duale ordered the army to support police across the country.')
E7 = ("Protest organisers, mostly young people mobilised on social media, dismissed the offer of talks and called "
      "on Ruto to resign.")
E8 = '"This is not about one bill anymore," one organiser told Reuters in Nairobi.'
E9 = ("The bill had sought to raise about $2.7 billion in additional taxes to help reduce Kenya's heavy debt "
      "burden, a key demand of the International Monetary Fund.")

EN01 = {
    "id": "hm117-en-01",
    "lang": "en",
    "url": None,
    "published": "2024-06-26",
    "title": "Kenya's Ruto drops tax bill after deadly protests at parliament",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9]),
    "events": [
        event("CONCEDE", RUTO, KEN_PROTESTERS, E1, date="2024-06-26", location="Nairobi",
              location_country="KEN"),
        event("ASSAULT", KEN_POLICE, KEN_PROTESTERS, E1, mode="firearms", date="2024-06-25", location="Nairobi",
              location_country="KEN"),
        event("PROTEST", KEN_PROTESTERS, KEN_PARLIAMENT, E1, mode="riot", date="2024-06-25", location="Nairobi",
              location_country="KEN"),
        event("CONCEDE", RUTO, KEN_PROTESTERS, E2, date="2024-06-26", location="State House",
              location_country="KEN"),
        event("AGREE", RUTO, KEN_PROTESTERS, E3, date="2024-06-26"),
        event("ACCUSE", KNCHR, KEN_POLICE, E4, mode="disapprove"),
        event("PROTEST", KEN_PROTESTERS, KEN_PARLIAMENT, E5, mode="riot", date="2024-06-25", location="Nairobi",
              location_country="KEN"),
        event("ACCUSE", RUTO, KEN_PROTESTERS, E6, mode="disapprove", date="2024-06-25"),
        event("MOBILIZE", DUALE, None, E6, mode="troops", date="2024-06-25", location_country="KEN"),
        event("REJECT", KEN_ORGANISERS, RUTO, E7, mode="meet"),
        event("REQUEST", KEN_ORGANISERS, RUTO, E7, mode="change"),
    ],
    "quotes": [
        quote("he would not sign a finance bill containing tax increases and would withdraw it", "William Ruto",
              "indirect"),
        quote("Having listened keenly to the people of Kenya, who have said loudly that they want nothing to do "
              "with this finance bill, I concede", "William Ruto", "direct"),
        quote("he would instead propose austerity measures, starting with cuts to the budget of his own office, "
              "and invite young people to a dialogue", "William Ruto", "indirect"),
        quote("At least 22 people were killed in Tuesday's protests", "Kenya National Commission on Human Rights",
              "indirect"),
        quote("treasonous", "William Ruto", "direct"),
        quote("This is not about one bill anymore", "Kenyan protest organiser", "direct"),
    ],
    "entities": [
        entity("William Ruto", "PER", "KEN", ["William Ruto", "Ruto", "Ruto", "Ruto"]),
        entity("Kenyan police", "ORG", "KEN", ["police", "police", "police lines", "police"]),
        entity("Kenyan protesters", "ORG", "KEN", ["protesters who stormed parliament", "Demonstrators"]),
        entity("Parliament of Kenya", "ORG", "KEN", ["parliament", "the parliament building", "lawmakers",
                                                     "parliament"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi", "Nairobi"]),
        entity("Kenya", "GPE", "KEN", ["Kenya", "the country", "Kenya"]),
        entity("State House", "LOC", "KEN", ["State House"]),
        entity("Kenya National Commission on Human Rights", "ORG", "KEN",
               ["Kenya National Commission on Human Rights"]),
        entity("Aden Duale", "PER", "KEN", ["Aden Duale"]),
        entity("Kenya Defence Forces", "ORG", "KEN", ["the army"]),
        entity("Kenyan protest organisers", "ORG", "KEN", ["Protest organisers", "one organiser"]),
        entity("Reuters", "ORG", None, ["Reuters"]),
        entity("International Monetary Fund", "ORG", "IGO", ["International Monetary Fund"]),
    ],
}

# ---------------------------------------------------------------- hm117-en-02
PAK_MIL = actor("Pakistani military", "PAK", "MIL")
BLA = actor("Baloch Liberation Army", "PAK", "REB")
HOSTAGES = actor("Jaffar Express passengers", "PAK", "CVL")
CHAUDHRY = actor("Ahmed Sharif Chaudhry", "PAK", "MIL")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
AFG_GOV = actor("Government of Afghanistan", "AFG", "GOV")
AFG_MOFA = actor("Afghan Ministry of Foreign Affairs", "AFG", "GOV")
SHEHBAZ = actor("Shehbaz Sharif", "PAK", "GOV")

F1 = ("Pakistan's military said on Wednesday it had ended a siege of a hijacked passenger train in the southwestern "
      "province of Balochistan, killing all 33 militants involved and freeing more than 300 hostages.")
F2 = ("Twenty-one passengers and four paramilitary soldiers had been killed by the attackers before the operation "
      "began, military spokesman Lieutenant General Ahmed Sharif Chaudhry told a news conference in Rawalpindi.")
F3 = ("Fighters of the separatist Baloch Liberation Army (BLA) blew up a section of track and opened fire on the "
      "Jaffar Express on Tuesday as it travelled from Quetta to Peshawar with about 440 people on board.")
F4 = "They then took passengers hostage near a tunnel in the mountainous Bolan district."
F5 = ("In a statement, the BLA threatened to kill the hostages unless the government released jailed Baloch "
      "activists and separatists within 48 hours.")
F6 = ("Chaudhry said the attackers had been in contact with handlers in Afghanistan throughout the siege and urged "
      "Kabul to stop militants from using its territory.")
F7 = ('Afghanistan\'s foreign ministry rejected the allegation and told Islamabad to refrain from "irresponsible '
      'remarks".')
F8 = 'Prime Minister Shehbaz Sharif condemned the attack as "cowardly" and vowed to hunt down those responsible.'
F9 = '"The nation will not allow a handful of terrorists to hold Balochistan hostage," he said in a statement.'
F10 = ("Separatists in resource-rich Balochistan have waged an insurgency for decades, accusing Islamabad of "
       "exploiting the province's gas and minerals.")

EN02 = {
    "id": "hm117-en-02",
    "lang": "en",
    "url": None,
    "published": "2025-03-12",
    "title": "Pakistan says train siege over, hostages freed after separatist attack",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10]),
    "events": [
        event("ASSAULT", PAK_MIL, BLA, F1, mode="firearms", date="2025-03-12", location="Balochistan",
              location_country="PAK"),
        event("AID", PAK_MIL, HOSTAGES, F1, date="2025-03-12", location="Balochistan", location_country="PAK"),
        event("ACCUSE", CHAUDHRY, BLA, F2, mode="allege", date="2025-03-12", location="Rawalpindi",
              location_country="PAK"),
        event("ASSAULT", BLA, HOSTAGES, F3, mode="explosives", date="2025-03-11", location="Balochistan",
              location_country="PAK"),
        event("ASSAULT", BLA, HOSTAGES, F4, mode="abduct", date="2025-03-11", location="Bolan district",
              location_country="PAK"),
        event("THREATEN", BLA, PAK_GOV, F5, mode="violence"),
        event("REQUEST", BLA, PAK_GOV, F5, mode="yield"),
        event("ACCUSE", CHAUDHRY, AFG_GOV, F6, mode="allege", date="2025-03-12", location="Rawalpindi",
              location_country="PAK"),
        event("REQUEST", CHAUDHRY, AFG_GOV, F6, mode="change", date="2025-03-12", location="Rawalpindi",
              location_country="PAK"),
        event("REQUEST", AFG_MOFA, PAK_GOV, F7, mode="change"),
        event("ACCUSE", SHEHBAZ, BLA, F8, mode="disapprove"),
        event("THREATEN", SHEHBAZ, BLA, F8, mode="violence"),
    ],
    "quotes": [
        quote("it had ended a siege of a hijacked passenger train in the southwestern province of Balochistan, "
              "killing all 33 militants involved and freeing more than 300 hostages", "Pakistani military",
              "indirect"),
        quote("Twenty-one passengers and four paramilitary soldiers had been killed by the attackers before the "
              "operation began", "Ahmed Sharif Chaudhry", "indirect"),
        quote("to kill the hostages unless the government released jailed Baloch activists and separatists within "
              "48 hours", "Baloch Liberation Army", "indirect"),
        quote("the attackers had been in contact with handlers in Afghanistan throughout the siege",
              "Ahmed Sharif Chaudhry", "indirect"),
        quote("to stop militants from using its territory", "Ahmed Sharif Chaudhry", "indirect"),
        quote("irresponsible remarks", "Afghan Ministry of Foreign Affairs", "direct"),
        quote('to refrain from "irresponsible remarks"', "Afghan Ministry of Foreign Affairs", "indirect"),
        quote("cowardly", "Shehbaz Sharif", "direct"),
        quote("The nation will not allow a handful of terrorists to hold Balochistan hostage", "Shehbaz Sharif",
              "direct"),
    ],
    "entities": [
        entity("Pakistani military", "ORG", "PAK", ["Pakistan's military"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "the government", "Islamabad", "The nation", "Islamabad"]),
        entity("Balochistan", "LOC", "PAK", ["province of Balochistan", "Balochistan", "Balochistan",
                                             "the province"]),
        entity("Jaffar Express", "LOC", "PAK", ["a hijacked passenger train", "Jaffar Express"]),
        entity("Jaffar Express passengers", "ORG", "PAK", ["more than 300 hostages", "Twenty-one passengers",
                                                           "about 440 people on board", "passengers",
                                                           "the hostages"]),
        entity("Frontier Corps soldiers", "ORG", "PAK", ["four paramilitary soldiers"]),
        entity("Baloch Liberation Army", "ORG", "PAK", ["33 militants", "the attackers",
                                                        "Baloch Liberation Army", "BLA", "the BLA", "the attackers"]),
        entity("Ahmed Sharif Chaudhry", "PER", "PAK", ["Lieutenant General Ahmed Sharif Chaudhry", "Chaudhry"]),
        entity("Rawalpindi", "LOC", "PAK", ["Rawalpindi"]),
        entity("Quetta", "LOC", "PAK", ["Quetta"]),
        entity("Peshawar", "LOC", "PAK", ["Peshawar"]),
        entity("Bolan district", "LOC", "PAK", ["Bolan district"]),
        entity("Jailed Baloch activists and separatists", "ORG", "PAK",
               ["jailed Baloch activists and separatists"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "Kabul", "Afghanistan"]),
        entity("Afghan Ministry of Foreign Affairs", "ORG", "AFG", ["Afghanistan's foreign ministry"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Prime Minister Shehbaz Sharif"]),
        entity("Baloch separatists", "ORG", "PAK", ["Separatists in resource-rich Balochistan"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
