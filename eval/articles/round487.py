"""Round 487: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm487-de-01: Brunei/India: Narendra Modi's first bilateral visit to Brunei; talks with Sultan Hassanal Bolkiah, ties raised to an enhanced partnership, ISRO ground-station memorandum signed, direct flights agreed, the sultan accepts an invitation to New Delhi, the crown prince's welcome, onward trip to Singapore and planned talks with Lawrence Wong (2024-09-04).
- hm487-de-02: Bhutan: Tshering Tobgay's PDP wins the National Assembly run-off 30 to 17; Pema Chewang concedes and congratulates, Tobgay attacks the outgoing government, Modi phones, congratulates and invites him, Beijing offers to resume border talks (2024-01-10).
- hm487-de-03: Philippines/China: Manila files an extended continental shelf claim for the West Palawan Region with the UN CLCS; Beijing rejects it, its embassy accuses Manila and asks the commission not to consider it, Teodoro attacks China's new coast guard detention rule, Beijing denies targeting Manila, water-cannon attacks at Second Thomas Shoal recalled, Washington's backing (2024-06-15).
- hm487-de-04: India: a Maoist roadside bomb kills eight District Reserve Guard men and their driver in Bijapur, Chhattisgarh; the Abujhmarh operation, Amit Shah condemns and vows to end Naxalism by March 2026, Vishnu Deo Sai threatens, reinforcements without arrests, Congress accuses the state government, which rejects it (2025-01-06).
- hm487-en-01: ASEAN/Myanmar: the foreign ministers' retreat in Langkawi urges the junta to stop attacks and puts peace before its election; Mohamad Hasan's demand, junta leaders still barred, Othman Hashim named envoy and to meet Min Aung Hlaing, Zaw Min Tun rejects "interference" and denies, the NUG accuses ASEAN, protest without arrests, South China Sea pledge, Manalo's accusation, Thai offer (2025-01-19).
- hm487-en-02: Vanuatu: parliament elects Jotham Napat prime minister after the snap election; his reconstruction pledge, Albanese phones, congratulates and offers help, Australian quake aid, China's embassy congratulates and pledges support, Supreme Court throws out candidates' petitions, Salwai backs him, the November dissolution request recalled (2025-02-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm487-de-01 (Brunei/India, Modi visit)
MODI = actor("Narendra Modi", "IND", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
BRN_GOV = actor("Government of Brunei", "BRN", "GOV")
SULTAN = actor("Hassanal Bolkiah", "BRN", "GOV")
CROWN_PRINCE = actor("Al-Muhtadee Billah", "BRN", "GOV")
SGP_GOV = actor("Government of Singapore", "SGP", "GOV")
WONG = actor("Lawrence Wong", "SGP", "GOV")

P1 = ("Bandar Seri Begawan (dpa) - Indiens Premierminister Narendra Modi hat bei einem Besuch im Sultanat Brunei eine "
      "engere Zusammenarbeit beider Länder vereinbart.")
P2 = ("Modi und Sultan Hassanal Bolkiah hoben die Beziehungen am Mittwoch bei einem Treffen im Palast Istana Nurul "
      "Iman auf die Stufe einer erweiterten Partnerschaft.")
P3 = ("Brunei, ein ölreicher Kleinstaat auf der Insel Borneo mit rund 450.000 Einwohnern, liefert seit Jahren "
      "Flüssiggas und Rohöl nach Indien.")
P4 = ("Beide Regierungen unterzeichneten zudem eine Absichtserklärung über den Betrieb einer Bodenstation der "
      "indischen Raumfahrtbehörde ISRO in Brunei.")
P5 = ("Außerdem vereinbarten sie eine Direktflugverbindung zwischen der südindischen Metropole Chennai und Bandar "
      "Seri Begawan.")
P6 = "„Unsere Partnerschaft wird in den kommenden Jahren neue Höhen erreichen“, sagte Modi nach dem Gespräch."
P7 = ("Nach Angaben des indischen Außenministeriums nahm der Sultan eine Einladung zu einem Staatsbesuch in "
      "Neu-Delhi an.")
P8 = ("Modi war am Dienstag in der Hauptstadt eingetroffen und am Flughafen von Kronprinz Al-Muhtadee Billah "
      "empfangen worden.")
P9 = ("Am Abend weihte er das neue Gebäude der indischen Hochkommission ein und besuchte die "
      "Omar-Ali-Saifuddien-Moschee.")
P10 = ("Vor Mitgliedern der indischen Gemeinde sagte der 73-Jährige, Indien sei ein verlässlicher Partner für die "
       "Staaten Südostasiens.")
P11 = ("In einer gemeinsamen Erklärung bekannten sich beide Länder zur Freiheit der Schifffahrt im Südchinesischen "
       "Meer und zum Seerechtsübereinkommen der Vereinten Nationen.")
P12 = ("Brunei erhebt wie China, Malaysia, Vietnam und die Philippinen Ansprüche auf Teile des rohstoffreichen "
       "Meeresgebiets.")
P13 = ("Indien baut im Rahmen seiner Act-East-Politik seit Jahren die Beziehungen zu den Staaten der "
       "Asean-Gemeinschaft aus.")
P14 = ("Von Brunei aus reiste der Premierminister am Mittwochnachmittag zu einem zweitägigen Besuch nach Singapur "
       "weiter.")
P15 = ("Dort will er mit Regierungschef Lawrence Wong unter anderem über die Zusammenarbeit bei Halbleitern "
       "sprechen.")

DE01 = {
    "id": "hm487-de-01", "lang": "de", "url": None, "published": "2024-09-04",
    "title": "Modi vereinbart bei Besuch in Brunei engere Partnerschaft",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6, P7], [P8, P9, P10], [P11, P12, P13], [P14, P15]),
    "events": [
        event("CONSULT", MODI, BRN_GOV, P1, mode="visit", location="Brunei", location_country="BRN"),
        event("AGREE", MODI, BRN_GOV, P1),
        event("CONSULT", MODI, SULTAN, P2, mode="meet", date="2024-09-04", location="Istana Nurul Iman",
              location_country="BRN"),
        event("AGREE", MODI, SULTAN, P2, date="2024-09-04", location="Istana Nurul Iman", location_country="BRN"),
        event("SUPPORT", IND_GOV, BRN_GOV, P4),
        event("AGREE", IND_GOV, BRN_GOV, P5),
        event("AGREE", SULTAN, IND_GOV, P7),
        event("CONSULT", MODI, CROWN_PRINCE, P8, mode="visit", date="2024-09-03", location="Bandar Seri Begawan",
              location_country="BRN"),
        event("CONSULT", MODI, SGP_GOV, P14, mode="visit", date="2024-09-04", location="Singapore",
              location_country="SGP"),
        event("AGREE", MODI, WONG, P15, mode="meet", location="Singapore", location_country="SGP"),
    ],
    "quotes": [
        quote("Unsere Partnerschaft wird in den kommenden Jahren neue Höhen erreichen", "Narendra Modi", "direct"),
        quote("Nach Angaben des indischen Außenministeriums nahm der Sultan eine Einladung zu einem Staatsbesuch in "
              "Neu-Delhi an", "Ministry of External Affairs of India", "indirect"),
        quote("Indien sei ein verlässlicher Partner für die Staaten Südostasiens", "Narendra Modi", "indirect"),
    ],
    "entities": [
        entity("Bandar Seri Begawan", "LOC", "BRN", ["Bandar Seri Begawan", "der Hauptstadt"]),
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi", "Modi", "er",
                                               "der 73-Jährige", "der Premierminister"]),
        entity("Brunei", "LOC", "BRN", ["Sultanat Brunei", "Brunei", "ein ölreicher Kleinstaat auf der Insel Borneo"]),
        entity("Hassanal Bolkiah", "PER", "BRN", ["Sultan Hassanal Bolkiah", "der Sultan"]),
        entity("Istana Nurul Iman", "LOC", "BRN", ["Palast Istana Nurul Iman"]),
        entity("Borneo", "LOC", "BRN", ["der Insel Borneo"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("Governments of India and Brunei", "ORG", "IND", ["Beide Regierungen", "sie"]),
        entity("Indian Space Research Organisation", "ORG", "IND", ["der indischen Raumfahrtbehörde ISRO"]),
        entity("Chennai", "LOC", "IND", ["der südindischen Metropole Chennai"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["des indischen Außenministeriums"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Al-Muhtadee Billah", "PER", "BRN", ["Kronprinz Al-Muhtadee Billah"]),
        entity("High Commission of India in Brunei", "ORG", "IND", ["der indischen Hochkommission"]),
        entity("Omar Ali Saifuddien Mosque", "LOC", "BRN", ["die Omar-Ali-Saifuddien-Moschee"]),
        entity("Indian community in Brunei", "PER", "IND", ["Mitgliedern der indischen Gemeinde"]),
        entity("Southeast Asia", "LOC", None, ["Südostasiens"]),
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer", "des rohstoffreichen Meeresgebiets"]),
        entity("United Nations Convention on the Law of the Sea", "MISC", "UNO",
               ["Seerechtsübereinkommen der Vereinten Nationen"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysia"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnam"]),
        entity("Philippines", "LOC", "PHL", ["die Philippinen"]),
        entity("Act East Policy", "MISC", "IND", ["Act-East-Politik"]),
        entity("ASEAN", "ORG", "IGO", ["Asean-Gemeinschaft"]),
        entity("Singapore", "LOC", "SGP", ["Singapur"]),
        entity("Lawrence Wong", "PER", "SGP", ["Regierungschef Lawrence Wong"]),
    ],
}

# ---------------------------------------------------------------- hm487-de-02 (Bhutan, PDP wins election)
TOBGAY = actor("Tshering Tobgay", "BTN", "PTY")
CHEWANG = actor("Pema Chewang", "BTN", "PTY")
PREV_BTN_GOV = actor("Government of Lotay Tshering", "BTN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
BTN_GOV = actor("Government of Bhutan", "BTN", "GOV")

T1 = ("Thimphu (dpa) - Die Demokratische Volkspartei (PDP) des früheren Regierungschefs Tshering Tobgay hat die "
      "Parlamentswahl im Himalaya-Königreich Bhutan klar gewonnen.")
T2 = ("Nach vorläufigen Ergebnissen der Wahlkommission kam die PDP in der Stichwahl am Dienstag auf 30 der 47 Sitze "
      "in der Nationalversammlung.")
T3 = ("Die Bhutan Tendrel Party (BTP) des früheren Spitzenbeamten Pema Chewang errang die übrigen 17 Mandate.")
T4 = "Chewang räumte seine Niederlage am Mittwoch ein und gratulierte Tobgay."
T5 = "Seine Partei werde in der Opposition eine „konstruktive Rolle“ spielen, sagte er."
T6 = ("Tobgay, der das Land bereits von 2013 bis 2018 regiert hatte, kündigte an, die Wirtschaftskrise und die "
      "Abwanderung junger Menschen zu seinen wichtigsten Aufgaben zu machen.")
T7 = ("„Unsere jungen Leute verlassen das Land, weil sie hier keine Perspektive sehen“, sagte der 58-Jährige vor "
      "Anhängern in Thimphu.")
T8 = ("Er warf der Vorgängerregierung vor, Bhutan mit hohen Schulden und ohne Plan für den Arbeitsmarkt "
      "hinterlassen zu haben.")
T9 = ("Die bisherige Regierungspartei Druk Nyamrup Tshogpa von Premierminister Lotay Tshering war bereits in der "
      "Vorrunde im November ausgeschieden.")
T10 = "Die Wahlbeteiligung lag laut Kommission bei rund 65 Prozent."
T11 = "Indiens Premierminister Narendra Modi gratulierte Tobgay telefonisch zum Wahlsieg."
T12 = ("Er freue sich darauf, die „einzigartigen Bande der Freundschaft“ beider Länder weiter zu stärken, schrieb "
       "Modi auf der Plattform X.")
T13 = "Zudem lud er Tobgay zu einem baldigen Besuch nach Neu-Delhi ein."
T14 = ("Bhutan unterhält keine diplomatischen Beziehungen zu China und verhandelt seit Jahrzehnten mit Peking über "
       "den Verlauf der gemeinsamen Grenze.")
T15 = ("Ein Sprecher des chinesischen Außenministeriums sagte in Peking, China sei bereit, die Grenzgespräche mit "
       "der neuen Regierung rasch fortzusetzen.")
T16 = "In Neu-Delhi wird die Annäherung zwischen Thimphu und Peking mit Sorge verfolgt."
T17 = "König Jigme Khesar Namgyel Wangchuck will Tobgay in den kommenden Tagen zum Premierminister ernennen."

DE02 = {
    "id": "hm487-de-02", "lang": "de", "url": None, "published": "2024-01-10",
    "title": "Tobgays Partei gewinnt Parlamentswahl in Bhutan",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8], [T9, T10], [T11, T12, T13], [T14, T15, T16, T17]),
    "events": [
        event("SUPPORT", CHEWANG, TOBGAY, T4, date="2024-01-10"),
        event("ACCUSE", TOBGAY, PREV_BTN_GOV, T8, mode="disapprove"),
        event("CONSULT", MODI, TOBGAY, T11, mode="phone"),
        event("SUPPORT", MODI, TOBGAY, T11),
        event("AGREE", MODI, TOBGAY, T13),
        event("AGREE", CHN_MFA, BTN_GOV, T15, location="Beijing", location_country="CHN"),
    ],
    "quotes": [
        quote("Nach vorläufigen Ergebnissen der Wahlkommission kam die PDP in der Stichwahl am Dienstag auf 30 der 47 "
              "Sitze in der Nationalversammlung", "Election Commission of Bhutan", "indirect"),
        quote("konstruktive Rolle", "Pema Chewang", "direct"),
        quote("Seine Partei werde in der Opposition eine „konstruktive Rolle“ spielen", "Pema Chewang", "indirect"),
        quote("die Wirtschaftskrise und die Abwanderung junger Menschen zu seinen wichtigsten Aufgaben zu machen",
              "Tshering Tobgay", "indirect"),
        quote("Unsere jungen Leute verlassen das Land, weil sie hier keine Perspektive sehen", "Tshering Tobgay",
              "direct"),
        quote("Bhutan mit hohen Schulden und ohne Plan für den Arbeitsmarkt hinterlassen zu haben", "Tshering Tobgay",
              "indirect"),
        quote("Die Wahlbeteiligung lag laut Kommission bei rund 65 Prozent", "Election Commission of Bhutan",
              "indirect"),
        quote("einzigartigen Bande der Freundschaft", "Narendra Modi", "direct"),
        quote("Er freue sich darauf, die „einzigartigen Bande der Freundschaft“ beider Länder weiter zu stärken",
              "Narendra Modi", "indirect"),
        quote("China sei bereit, die Grenzgespräche mit der neuen Regierung rasch fortzusetzen",
              "spokesperson of the Ministry of Foreign Affairs of China", "indirect"),
    ],
    "entities": [
        entity("Thimphu", "LOC", "BTN", ["Thimphu"]),
        entity("People's Democratic Party (Bhutan)", "ORG", "BTN", ["Die Demokratische Volkspartei (PDP)", "die PDP"]),
        entity("Tshering Tobgay", "PER", "BTN", ["des früheren Regierungschefs Tshering Tobgay", "Tobgay",
                                                 "der 58-Jährige", "Er"]),
        entity("Bhutan", "LOC", "BTN", ["Himalaya-Königreich Bhutan", "das Land", "Bhutan"]),
        entity("Election Commission of Bhutan", "ORG", "BTN", ["der Wahlkommission", "Kommission"]),
        entity("National Assembly of Bhutan", "ORG", "BTN", ["der Nationalversammlung"]),
        entity("Bhutan Tendrel Party", "ORG", "BTN", ["Die Bhutan Tendrel Party (BTP)", "Seine Partei"]),
        entity("Pema Chewang", "PER", "BTN", ["des früheren Spitzenbeamten Pema Chewang", "Chewang", "seine", "er"]),
        entity("Government of Lotay Tshering", "ORG", "BTN", ["der Vorgängerregierung"]),
        entity("Druk Nyamrup Tshogpa", "ORG", "BTN", ["Die bisherige Regierungspartei Druk Nyamrup Tshogpa"]),
        entity("Lotay Tshering", "PER", "BTN", ["Premierminister Lotay Tshering"]),
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi", "Er", "Modi", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Government of China", "ORG", "CHN", ["Peking", "China"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des chinesischen Außenministeriums"]),
        entity("spokesperson of the Ministry of Foreign Affairs of China", "PER", "CHN",
               ["Ein Sprecher des chinesischen Außenministeriums"]),
        entity("Government of Bhutan", "ORG", "BTN", ["der neuen Regierung", "Thimphu"]),
        entity("Government of India", "ORG", "IND", ["In Neu-Delhi"]),
        entity("Jigme Khesar Namgyel Wangchuck", "PER", "BTN", ["König Jigme Khesar Namgyel Wangchuck"]),
    ],
}

# ---------------------------------------------------------------- hm487-de-03 (Philippines/China, continental shelf)
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
CLCS = actor("Commission on the Limits of the Continental Shelf", "UNO", "IGO")
CHN_GOV = actor("Government of China", "CHN", "GOV")
CHN_EMB_MNL = actor("Embassy of China in the Philippines", "CHN", "GOV")
TEODORO = actor("Gilberto Teodoro", "PHL", "GOV")
CCG = actor("China Coast Guard", "CHN", "MIL")
PHL_NAVY = actor("Philippine Navy", "PHL", "MIL")
US_STATE = actor("United States Department of State", "USA", "GOV")

C1 = ("Manila (dpa) - Im Streit mit China um das Südchinesische Meer haben die Philippinen bei den Vereinten "
      "Nationen Ansprüche auf einen erweiterten Festlandsockel westlich der Insel Palawan angemeldet.")
C2 = ("Die Regierung reichte die Unterlagen am Freitag bei der UN-Kommission zur Begrenzung des Festlandsockels in "
      "New York ein, wie das Außenministerium in Manila am Samstag mitteilte.")
C3 = ("Die Eingabe betrifft die sogenannte West-Palawan-Region, zu der auch Teile der umstrittenen Spratly-Inseln "
      "gehören.")
C4 = ("Manila wolle damit seine Rechte an Bodenschätzen am Meeresgrund jenseits der 200-Seemeilen-Zone sichern, "
      "hieß es in der Mitteilung.")
C5 = "Außenminister Enrique Manalo sprach von einem „Meilenstein“."
C6 = "Peking wies den Schritt umgehend zurück."
C7 = "Die Eingabe verletze Chinas Souveränität und Hoheitsrechte, erklärte die chinesische Botschaft in Manila."
C8 = "Peking habe die Kommission in einer diplomatischen Note aufgefordert, den Antrag nicht zu prüfen."
C9 = ("Nach einem internationalen Schiedsspruch aus dem Jahr 2016 haben die weitreichenden Ansprüche Pekings im "
      "Südchinesischen Meer keine völkerrechtliche Grundlage.")
C10 = ("Ebenfalls am Samstag trat eine chinesische Vorschrift in Kraft, nach der die Küstenwache mutmaßliche "
       "Eindringlinge bis zu 60 Tage ohne Prozess festhalten darf.")
C11 = ("Verteidigungsminister Gilberto Teodoro nannte die Regelung eine „Provokation“ und warf Peking vor, die "
       "Spannungen in der Region gezielt zu verschärfen.")
C12 = "Die philippinischen Fischer würden sich nicht einschüchtern lassen, sagte er."
C13 = "Peking bestreitet, mit der Regel gezielt gegen die Philippinen vorgehen zu wollen."
C14 = ("Chinesische Küstenwachschiffe hatten in den vergangenen Monaten wiederholt philippinische Versorgungsboote "
       "auf dem Weg zum Second-Thomas-Riff mit Wasserwerfern beschossen.")
C15 = ("Dort unterhält Manila auf dem 1999 absichtlich auf Grund gesetzten Kriegsschiff „Sierra Madre“ einen kleinen "
       "Marineposten.")
C16 = ("Das US-Außenministerium bekräftigte am Samstag seine Unterstützung für Manila und verwies auf den "
       "gemeinsamen Verteidigungsvertrag von 1951.")

DE03 = {
    "id": "hm487-de-03", "lang": "de", "url": None, "published": "2024-06-15",
    "title": "Philippinen melden bei UN Ansprüche im Südchinesischen Meer an",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9], [C10, C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("REQUEST", PHL_GOV, CLCS, C1),
        event("REQUEST", PHL_GOV, CLCS, C2, date="2024-06-14", location="New York", location_country="USA"),
        event("REJECT", CHN_GOV, PHL_GOV, C6),
        event("ACCUSE", CHN_EMB_MNL, PHL_GOV, C7, mode="disapprove"),
        event("REQUEST", CHN_GOV, CLCS, C8),
        event("ACCUSE", TEODORO, CHN_GOV, C11, mode="disapprove"),
        event("ASSAULT", CCG, PHL_NAVY, C14, location="Second Thomas Shoal"),
        event("SUPPORT", US_STATE, PHL_GOV, C16, date="2024-06-15"),
    ],
    "quotes": [
        quote("Die Regierung reichte die Unterlagen am Freitag bei der UN-Kommission zur Begrenzung des "
              "Festlandsockels in New York ein", "Department of Foreign Affairs of the Philippines", "indirect"),
        quote("Manila wolle damit seine Rechte an Bodenschätzen am Meeresgrund jenseits der 200-Seemeilen-Zone "
              "sichern", "Department of Foreign Affairs of the Philippines", "indirect"),
        quote("Meilenstein", "Enrique Manalo", "direct"),
        quote("Die Eingabe verletze Chinas Souveränität und Hoheitsrechte", "Embassy of China in the Philippines",
              "indirect"),
        quote("Peking habe die Kommission in einer diplomatischen Note aufgefordert, den Antrag nicht zu prüfen",
              "Embassy of China in the Philippines", "indirect"),
        quote("Provokation", "Gilberto Teodoro", "direct"),
        quote("die Spannungen in der Region gezielt zu verschärfen", "Gilberto Teodoro", "indirect"),
        quote("Die philippinischen Fischer würden sich nicht einschüchtern lassen", "Gilberto Teodoro", "indirect"),
        quote("mit der Regel gezielt gegen die Philippinen vorgehen zu wollen", "Government of China", "indirect"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("South China Sea", "LOC", None, ["das Südchinesische Meer", "Südchinesischen Meer"]),
        entity("Government of the Philippines", "ORG", "PHL", ["die Philippinen", "Die Regierung", "Manila",
                                                               "seine"]),
        entity("United Nations", "ORG", "UNO", ["den Vereinten Nationen"]),
        entity("Palawan", "LOC", "PHL", ["der Insel Palawan"]),
        entity("Commission on the Limits of the Continental Shelf", "ORG", "UNO",
               ["der UN-Kommission zur Begrenzung des Festlandsockels", "die Kommission"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL",
               ["das Außenministerium in Manila"]),
        entity("West Palawan Region", "LOC", "PHL", ["die sogenannte West-Palawan-Region"]),
        entity("Spratly Islands", "LOC", None, ["der umstrittenen Spratly-Inseln"]),
        entity("Enrique Manalo", "PER", "PHL", ["Außenminister Enrique Manalo"]),
        entity("Government of China", "ORG", "CHN", ["Peking", "Chinas", "Pekings"]),
        entity("Embassy of China in the Philippines", "ORG", "CHN", ["die chinesische Botschaft in Manila"]),
        entity("China Coast Guard", "ORG", "CHN", ["die Küstenwache", "Chinesische Küstenwachschiffe"]),
        entity("Gilberto Teodoro", "PER", "PHL", ["Verteidigungsminister Gilberto Teodoro", "er"]),
        entity("Philippine fishermen", "PER", "PHL", ["Die philippinischen Fischer"]),
        entity("Philippines", "LOC", "PHL", ["die Philippinen"]),
        entity("Philippine Navy", "ORG", "PHL", ["philippinische Versorgungsboote", "einen kleinen Marineposten"]),
        entity("Second Thomas Shoal", "LOC", None, ["Second-Thomas-Riff"]),
        entity("BRP Sierra Madre", "MISC", "PHL", ["Kriegsschiff „Sierra Madre“"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Mutual Defense Treaty (1951)", "MISC", None, ["den gemeinsamen Verteidigungsvertrag von 1951"]),
    ],
}

# ---------------------------------------------------------------- hm487-de-04 (India, Maoist bomb in Bijapur)
MAOISTS = actor("Communist Party of India (Maoist)", "IND", "REB")
DRG = actor("District Reserve Guard", "IND", "COP")
IND_SEC = actor("Indian security forces", "IND", "COP")
SHAH = actor("Amit Shah", "IND", "GOV")
SAI = actor("Vishnu Deo Sai", "IND", "GOV")
CG_POLICE = actor("Chhattisgarh Police", "IND", "COP")
CAPF = actor("Central Armed Police Forces", "IND", "COP")
INC = actor("Indian National Congress", "IND", "OPP")
CG_GOV = actor("Government of Chhattisgarh", "IND", "GOV")

N1 = ("Neu-Delhi (dpa) - Bei einem Sprengstoffanschlag maoistischer Rebellen sind im zentralindischen Bundesstaat "
      "Chhattisgarh neun Menschen getötet worden.")
N2 = ("Die Aufständischen zündeten am Montag im Bezirk Bijapur eine Sprengfalle unter einem Fahrzeug der "
      "Sicherheitskräfte, wie die Polizei mitteilte.")
N3 = ("Unter den Toten seien acht Angehörige der Distriktreserve (DRG), einer überwiegend aus Einheimischen "
      "gebildeten Polizeitruppe, sowie der Fahrer, sagte der Polizeichef der Region Bastar, Sundarraj P.")
N4 = ("Die Einheit war auf dem Rückweg von einem mehrtägigen Einsatz in den Wäldern von Abujhmarh, bei dem die "
      "Sicherheitskräfte nach eigenen Angaben fünf Rebellen getötet hatten.")
N5 = "Die Wucht der Explosion riss einen mehrere Meter tiefen Krater in die Straße nahe dem Dorf Ambeli."
N6 = "Innenminister Amit Shah verurteilte den „feigen Anschlag“ auf die Sicherheitskräfte."
N7 = "Das Opfer der Polizisten werde nicht umsonst gewesen sein, schrieb er auf der Plattform X."
N8 = "„Bis März 2026 werden wir den Naxalismus in Indien beenden“, fügte Shah hinzu."
N9 = ("Chhattisgarhs Regierungschef Vishnu Deo Sai kündigte an, den Kampf gegen die Rebellen mit aller Härte "
      "fortzusetzen.")
N10 = ("Zusätzliche Einheiten der Polizei und paramilitärischer Kräfte wurden in das Gebiet entsandt, um die "
       "Angreifer zu verfolgen.")
N11 = "Festnahmen gab es zunächst nicht."
N12 = ("Die oppositionelle Kongresspartei warf der Landesregierung vor, die Sicherheit der Einsatzkräfte zu "
       "vernachlässigen.")
N13 = "Die Landesregierung wies dies zurück."
N14 = "Die Maoisten, in Indien auch Naxaliten genannt, kämpfen seit Ende der 1960er Jahre gegen den Staat."
N15 = "Im vergangenen Jahr wurden in Chhattisgarh nach offiziellen Angaben fast 220 mutmaßliche Rebellen getötet."
N16 = "Es war der folgenschwerste Angriff auf Sicherheitskräfte in dem Bundesstaat seit fast zwei Jahren."

DE04 = {
    "id": "hm487-de-04", "lang": "de", "url": None, "published": "2025-01-06",
    "title": "Neun Tote bei Anschlag von Maoisten in Indien",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8, N9], [N10, N11, N12, N13], [N14, N15, N16]),
    "events": [
        event("ASSAULT", MAOISTS, DRG, N1, mode="explosives", location="Chhattisgarh", location_country="IND"),
        event("ASSAULT", MAOISTS, DRG, N2, mode="explosives", date="2025-01-06", location="Bijapur",
              location_country="IND"),
        event("ASSAULT", IND_SEC, MAOISTS, N4, location="Abujhmarh", location_country="IND"),
        event("ACCUSE", SHAH, MAOISTS, N6, mode="disapprove"),
        event("THREATEN", SHAH, MAOISTS, N8),
        event("THREATEN", SAI, MAOISTS, N9),
        event("MOBILIZE", CG_POLICE, None, N10, mode="police", location="Bijapur", location_country="IND"),
        event("MOBILIZE", CAPF, None, N10, mode="police", location="Bijapur", location_country="IND"),
        event("COERCE", CG_POLICE, MAOISTS, N11, mode="arrest", negated=True),
        event("ACCUSE", INC, CG_GOV, N12, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Aufständischen zündeten am Montag im Bezirk Bijapur eine Sprengfalle unter einem Fahrzeug der "
              "Sicherheitskräfte", "Chhattisgarh Police", "indirect"),
        quote("Unter den Toten seien acht Angehörige der Distriktreserve (DRG), einer überwiegend aus Einheimischen "
              "gebildeten Polizeitruppe, sowie der Fahrer", "Sundarraj P.", "indirect"),
        quote("bei dem die Sicherheitskräfte nach eigenen Angaben fünf Rebellen getötet hatten",
              "Indian security forces", "indirect"),
        quote("feigen Anschlag", "Amit Shah", "direct"),
        quote("Das Opfer der Polizisten werde nicht umsonst gewesen sein", "Amit Shah", "indirect"),
        quote("Bis März 2026 werden wir den Naxalismus in Indien beenden", "Amit Shah", "direct"),
        quote("den Kampf gegen die Rebellen mit aller Härte fortzusetzen", "Vishnu Deo Sai", "indirect"),
        quote("die Sicherheit der Einsatzkräfte zu vernachlässigen", "Indian National Congress", "indirect"),
        quote("Im vergangenen Jahr wurden in Chhattisgarh nach offiziellen Angaben fast 220 mutmaßliche Rebellen "
              "getötet", "Indian officials", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Communist Party of India (Maoist)", "ORG", "IND",
               ["maoistischer Rebellen", "Die Aufständischen", "Rebellen", "die Rebellen", "die Angreifer",
                "Die Maoisten", "Naxaliten"]),
        entity("Chhattisgarh", "LOC", "IND", ["im zentralindischen Bundesstaat Chhattisgarh", "Chhattisgarh",
                                              "dem Bundesstaat", "das Gebiet"]),
        entity("Bijapur", "LOC", "IND", ["im Bezirk Bijapur"]),
        entity("Indian security forces", "ORG", "IND", ["der Sicherheitskräfte", "die Sicherheitskräfte",
                                                        "Sicherheitskräfte", "der Einsatzkräfte"]),
        entity("Chhattisgarh Police", "ORG", "IND", ["die Polizei", "der Polizei"]),
        entity("District Reserve Guard", "ORG", "IND",
               ["acht Angehörige der Distriktreserve (DRG), einer überwiegend aus Einheimischen gebildeten "
                "Polizeitruppe", "Die Einheit", "der Polizisten"]),
        entity("driver of the police vehicle", "PER", "IND", ["der Fahrer"]),
        entity("Bastar", "LOC", "IND", ["der Region Bastar"]),
        entity("Sundarraj P.", "PER", "IND", ["der Polizeichef der Region Bastar, Sundarraj P."]),
        entity("Abujhmarh", "LOC", "IND", ["den Wäldern von Abujhmarh"]),
        entity("Ambeli", "LOC", "IND", ["dem Dorf Ambeli"]),
        entity("Amit Shah", "PER", "IND", ["Innenminister Amit Shah", "er", "Shah"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("Vishnu Deo Sai", "PER", "IND", ["Chhattisgarhs Regierungschef Vishnu Deo Sai"]),
        entity("Central Armed Police Forces", "ORG", "IND", ["paramilitärischer Kräfte"]),
        entity("Indian National Congress", "ORG", "IND", ["Die oppositionelle Kongresspartei"]),
        entity("Government of Chhattisgarh", "ORG", "IND", ["der Landesregierung", "Die Landesregierung"]),
        entity("Government of India", "ORG", "IND", ["den Staat"]),
    ],
}

# ---------------------------------------------------------------- hm487-en-01 (ASEAN/Myanmar, Langkawi retreat)
ASEAN = actor("Association of Southeast Asian Nations", "IGO", "IGO")
JUNTA = actor("Military government of Myanmar", "MMR", "MIL")
MOHAMAD = actor("Mohamad Hasan", "MYS", "GOV")
OTHMAN = actor("Othman Hashim", "MYS", "GOV")
MIN_AUNG_HLAING = actor("Min Aung Hlaing", "MMR", "MIL")
ZAW_MIN_TUN = actor("Zaw Min Tun", "MMR", "MIL")
KYAW_ZAW = actor("Kyaw Zaw", "MMR", "OPP")
MMR_ACTIVISTS = actor("Myanmar migrants and activists in Malaysia", "MMR", "CVL")
MYS_POLICE = actor("Royal Malaysia Police", "MYS", "COP")
MANALO = actor("Enrique Manalo", "PHL", "GOV")
MARIS = actor("Maris Sangiampongsa", "THA", "GOV")

A1 = ("LANGKAWI, Malaysia, Jan 19 (Reuters) - Southeast Asian foreign ministers on Sunday urged Myanmar's military "
      "government to stop attacks on civilians and said peace talks must take priority over the junta's planned "
      "election.")
A2 = ("Malaysian Foreign Minister Mohamad Hasan, who chaired the two-day retreat on the resort island, told reporters "
      "the bloc had asked the generals to make ending the violence their priority.")
A3 = "\"The election is not a priority. The priority is to stop the fighting,\" he said."
A4 = ("Myanmar was represented by Aung Kyaw Moe, a permanent secretary in the foreign ministry, as ASEAN continued "
      "to bar the junta's political leaders from its high-level meetings.")
A5 = ("Mohamad also named Othman Hashim, a former secretary-general of Malaysia's foreign ministry, as the ASEAN "
      "chair's special envoy on Myanmar.")
A6 = ("Othman would travel to Naypyitaw soon to meet junta chief Min Aung Hlaing and would also seek talks with "
      "armed groups and the opposition, Mohamad said.")
A7 = "The junta has so far refused to allow ASEAN envoys to meet detained former leader Aung San Suu Kyi."
A8 = ("Myanmar has been in turmoil since a military coup in February 2021, with fighting that has killed thousands "
      "and displaced more than three million people.")
A9 = ("Junta spokesman Zaw Min Tun said the election would go ahead in stages from later this year and rejected "
      "what he called \"interference\" in Myanmar's internal affairs.")
A10 = "He denied that the military deliberately targets civilians in its air strikes."
A11 = ("Kyaw Zaw, a spokesman for the opposition National Unity Government, accused ASEAN of lending legitimacy to "
       "the generals by inviting their officials.")
A12 = ("Dozens of Myanmar migrants and activists rallied outside the hotel hosting the meeting, carrying banners "
       "demanding the release of political prisoners.")
A13 = "Police watched the rally but made no arrests."
A14 = ("The ministers also pledged to work with China toward concluding a code of conduct in the South China Sea, "
       "where Beijing's claims overlap with those of four ASEAN members.")
A15 = ("According to a diplomat present, Philippine Foreign Secretary Enrique Manalo told the meeting that Chinese "
       "ships had harassed Philippine vessels and aircraft repeatedly in recent months.")
A16 = "Thai Foreign Minister Maris Sangiampongsa offered to host further informal talks on Myanmar in Bangkok."
A17 = "Malaysia took over the rotating ASEAN chairmanship from Laos on Jan. 1."

EN01 = {
    "id": "hm487-en-01", "lang": "en", "url": None, "published": "2025-01-19",
    "title": "ASEAN tells Myanmar junta to end violence before election",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13], [A14, A15, A16, A17]),
    "events": [
        event("REQUEST", ASEAN, JUNTA, A1, mode="yield", date="2025-01-19", location="Langkawi",
              location_country="MYS"),
        event("REQUEST", ASEAN, JUNTA, A2, mode="yield", location="Langkawi", location_country="MYS"),
        event("REQUEST", MOHAMAD, JUNTA, A3, mode="yield"),
        event("SANCTION", ASEAN, JUNTA, A4),
        event("AGREE", OTHMAN, MIN_AUNG_HLAING, A6, mode="meet", location="Naypyitaw", location_country="MMR"),
        event("REJECT", JUNTA, ASEAN, A7, mode="meet"),
        event("REJECT", ZAW_MIN_TUN, ASEAN, A9, mode="change"),
        event("ACCUSE", KYAW_ZAW, ASEAN, A11, mode="disapprove"),
        event("PROTEST", MMR_ACTIVISTS, JUNTA, A12, mode="demo", date="2025-01-19", location="Langkawi",
              location_country="MYS"),
        event("COERCE", MYS_POLICE, MMR_ACTIVISTS, A13, mode="arrest", location="Langkawi", location_country="MYS",
              negated=True),
        event("AGREE", ASEAN, CHN_GOV, A14),
        event("ACCUSE", MANALO, CHN_GOV, A15, mode="allege", location="Langkawi", location_country="MYS"),
        event("AGREE", MARIS, ASEAN, A16),
    ],
    "quotes": [
        quote("peace talks must take priority over the junta's planned election",
              "Association of Southeast Asian Nations", "indirect"),
        quote("the bloc had asked the generals to make ending the violence their priority", "Mohamad Hasan",
              "indirect"),
        quote("The election is not a priority. The priority is to stop the fighting", "Mohamad Hasan", "direct"),
        quote("Othman would travel to Naypyitaw soon to meet junta chief Min Aung Hlaing and would also seek talks "
              "with armed groups and the opposition", "Mohamad Hasan", "indirect"),
        quote("the election would go ahead in stages from later this year", "Zaw Min Tun", "indirect"),
        quote("interference", "Zaw Min Tun", "direct"),
        quote("the military deliberately targets civilians in its air strikes", "Zaw Min Tun", "indirect"),
        quote("lending legitimacy to the generals by inviting their officials", "Kyaw Zaw", "indirect"),
        quote("Chinese ships had harassed Philippine vessels and aircraft repeatedly in recent months",
              "Enrique Manalo", "indirect"),
    ],
    "entities": [
        entity("Langkawi", "LOC", "MYS", ["LANGKAWI", "the resort island"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysia", "Malaysia's"]),
        entity("Association of Southeast Asian Nations", "ORG", "IGO",
               ["Southeast Asian foreign ministers", "the bloc", "ASEAN", "The ministers"]),
        entity("Military government of Myanmar", "ORG", "MMR",
               ["Myanmar's military government", "the junta's", "the generals", "The junta", "the military",
                "the junta's political leaders"]),
        entity("Mohamad Hasan", "PER", "MYS", ["Malaysian Foreign Minister Mohamad Hasan", "he", "Mohamad"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar", "Myanmar's"]),
        entity("Aung Kyaw Moe", "PER", "MMR", ["Aung Kyaw Moe, a permanent secretary in the foreign ministry"]),
        entity("Ministry of Foreign Affairs of Myanmar", "ORG", "MMR", ["the foreign ministry"]),
        entity("Othman Hashim", "PER", "MYS",
               ["Othman Hashim, a former secretary-general of Malaysia's foreign ministry", "Othman",
                "the ASEAN chair's special envoy on Myanmar"]),
        entity("Ministry of Foreign Affairs of Malaysia", "ORG", "MYS", ["Malaysia's foreign ministry"]),
        entity("Naypyitaw", "LOC", "MMR", ["Naypyitaw"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["junta chief Min Aung Hlaing"]),
        entity("Myanmar armed groups", "ORG", "MMR", ["armed groups"]),
        entity("Aung San Suu Kyi", "PER", "MMR", ["detained former leader Aung San Suu Kyi"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Junta spokesman Zaw Min Tun", "he", "He"]),
        entity("Kyaw Zaw", "PER", "MMR", ["Kyaw Zaw, a spokesman for the opposition National Unity Government"]),
        entity("National Unity Government", "ORG", "MMR", ["the opposition National Unity Government",
                                                           "the opposition"]),
        entity("Myanmar migrants and activists in Malaysia", "PER", "MMR",
               ["Dozens of Myanmar migrants and activists"]),
        entity("Myanmar political prisoners", "PER", "MMR", ["political prisoners"]),
        entity("Royal Malaysia Police", "ORG", "MYS", ["Police"]),
        entity("Government of China", "ORG", "CHN", ["China", "Beijing's"]),
        entity("South China Sea", "LOC", None, ["the South China Sea"]),
        entity("Enrique Manalo", "PER", "PHL", ["Philippine Foreign Secretary Enrique Manalo"]),
        entity("China Coast Guard", "ORG", "CHN", ["Chinese ships"]),
        entity("Maris Sangiampongsa", "PER", "THA", ["Thai Foreign Minister Maris Sangiampongsa"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Laos", "LOC", "LAO", ["Laos"]),
    ],
}

# ---------------------------------------------------------------- hm487-en-02 (Vanuatu, Napat elected)
NAPAT = actor("Jotham Napat", "VUT", "GOV")
VUT_GOV = actor("Government of Vanuatu", "VUT", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
CHN_EMB_VUT = actor("Embassy of China in Vanuatu", "CHN", "GOV")
VUT_SC = actor("Supreme Court of Vanuatu", "VUT", "JUD")
VUT_CANDIDATES = actor("defeated candidates in Vanuatu's election", "VUT", "CVL")
VUT_ELECTORAL = actor("Vanuatu Electoral Office", "VUT", "GOV")
SALWAI = actor("Charlot Salwai", "VUT", "GOV")
VUROBARAVU = actor("Nikenike Vurobaravu", "VUT", "GOV")

W1 = ("PORT VILA, Vanuatu (AP) — Vanuatu's parliament on Tuesday elected Jotham Napat prime minister, ending weeks "
      "of political uncertainty after a snap election held barely a month after a deadly earthquake hit the "
      "capital.")
W2 = ("Napat, the leader of the Leaders Party, was the only candidate and won the backing of all lawmakers present "
      "in the 52-seat chamber.")
W3 = "He heads a broad coalition assembled after the Jan. 16 vote, in which no single party came close to a majority."
W4 = ("In his first speech as prime minister, Napat promised to make rebuilding Port Vila after the December quake "
      "his government's top priority.")
W5 = ("\"Our people have suffered enough, and they need to see that their leaders can work together,\" he told "
      "lawmakers.")
W6 = ("He also said his government would take its time before deciding on a proposed security and development "
      "agreement with Australia.")
W7 = ("Australian Prime Minister Anthony Albanese called Napat hours after the vote to congratulate him and offered "
      "further help with reconstruction, Albanese's office said.")
W8 = ("Australia has provided more than 10 million Australian dollars in emergency aid since the magnitude 7.3 "
      "earthquake on Dec. 17 killed 14 people.")
W9 = ("China's embassy in Port Vila also congratulated Napat and said Beijing would keep supporting Vanuatu's "
      "development.")
W10 = ("China built the parliament complex and the prime minister's office in Port Vila and is one of Vanuatu's "
       "largest creditors.")
W11 = ("Last week the Supreme Court threw out petitions by several defeated candidates who had accused electoral "
       "officials of irregularities in the count.")
W12 = ("Outgoing Prime Minister Charlot Salwai congratulated his successor and said his party would support the new "
       "government.")
W13 = ("Salwai had asked President Nikenike Vurobaravu to dissolve parliament in November to head off a "
       "no-confidence motion.")
W14 = "Napat is Vanuatu's fifth prime minister since 2020, a period marked by frequent party switching by lawmakers."
W15 = ("Voters last May approved constitutional changes meant to strip lawmakers of their seats if they leave their "
       "party during a parliamentary term.")

EN02 = {
    "id": "hm487-en-02", "lang": "en", "url": None, "published": "2025-02-11",
    "title": "Vanuatu's parliament elects Jotham Napat as prime minister after snap vote",
    "text": paragraphs([W1, W2, W3], [W4, W5, W6], [W7, W8, W9, W10], [W11, W12, W13], [W14, W15]),
    "events": [
        event("CONSULT", ALBANESE, NAPAT, W7, mode="phone", date="2025-02-11"),
        event("SUPPORT", ALBANESE, NAPAT, W7, date="2025-02-11"),
        event("AGREE", ALBANESE, NAPAT, W7, date="2025-02-11"),
        event("AID", AUS_GOV, VUT_GOV, W8),
        event("SUPPORT", CHN_EMB_VUT, NAPAT, W9),
        event("AGREE", CHN_EMB_VUT, VUT_GOV, W9),
        event("REJECT", VUT_SC, VUT_CANDIDATES, W11),
        event("ACCUSE", VUT_CANDIDATES, VUT_ELECTORAL, W11, mode="allege"),
        event("SUPPORT", SALWAI, NAPAT, W12),
        event("REQUEST", SALWAI, VUROBARAVU, W13),
    ],
    "quotes": [
        quote("Our people have suffered enough, and they need to see that their leaders can work together",
              "Jotham Napat", "direct"),
        quote("his government would take its time before deciding on a proposed security and development agreement "
              "with Australia", "Jotham Napat", "indirect"),
        quote("Australian Prime Minister Anthony Albanese called Napat hours after the vote to congratulate him and "
              "offered further help with reconstruction", "Office of the Prime Minister of Australia", "indirect"),
        quote("Beijing would keep supporting Vanuatu's development", "Embassy of China in Vanuatu", "indirect"),
        quote("his party would support the new government", "Charlot Salwai", "indirect"),
    ],
    "entities": [
        entity("Port Vila", "LOC", "VUT", ["PORT VILA", "the capital", "Port Vila"]),
        entity("Vanuatu", "LOC", "VUT", ["Vanuatu", "Vanuatu's"]),
        entity("Parliament of Vanuatu", "ORG", "VUT", ["Vanuatu's parliament", "the 52-seat chamber", "parliament"]),
        entity("Jotham Napat", "PER", "VUT", ["Jotham Napat", "Napat", "He", "he", "him", "his successor"]),
        entity("Leaders Party", "ORG", "VUT", ["the Leaders Party"]),
        entity("Members of Parliament of Vanuatu", "PER", "VUT", ["all lawmakers present", "lawmakers"]),
        entity("Government of Vanuatu", "ORG", "VUT", ["his government's", "his government", "the new government"]),
        entity("Government of Australia", "ORG", "AUS", ["Australia"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australian Prime Minister Anthony Albanese", "Albanese's"]),
        entity("Office of the Prime Minister of Australia", "ORG", "AUS", ["Albanese's office"]),
        entity("Embassy of China in Vanuatu", "ORG", "CHN", ["China's embassy in Port Vila"]),
        entity("Government of China", "ORG", "CHN", ["Beijing", "China"]),
        entity("Supreme Court of Vanuatu", "ORG", "VUT", ["the Supreme Court"]),
        entity("defeated candidates in Vanuatu's election", "PER", "VUT", ["several defeated candidates"]),
        entity("Vanuatu Electoral Office", "ORG", "VUT", ["electoral officials"]),
        entity("Charlot Salwai", "PER", "VUT", ["Outgoing Prime Minister Charlot Salwai", "Salwai"]),
        entity("Reunification Movement for Change", "ORG", "VUT", ["his party"]),
        entity("Nikenike Vurobaravu", "PER", "VUT", ["President Nikenike Vurobaravu"]),
        entity("Vanuatu voters", "PER", "VUT", ["Voters"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
