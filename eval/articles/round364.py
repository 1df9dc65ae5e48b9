"""Round 364: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm364-de-01: Niger: police detain civil-society leader Moussa Tchangari (AEC) in Niamey; the AEC reports his abduction by armed men in plain clothes, security sources confirm custody, terrorism-related charges per his lawyer, who objects, his earlier criticism of ECOWAS sanctions and of the junta, Tiani's accusation against critics, journalists' arrests and Bazoum's detention recalled, Amnesty (Sivieude) and Tournons La Page demand his release (2024-12-05).
- hm364-de-02: South Africa: Ramaphosa dismisses DA deputy trade minister Andrew Whitfield over an unauthorised trip to the US; the presidency's reasons, Ramaphosa asks Steenhuisen for a successor, Steenhuisen accuses him of double standards, the DA demands Nkabane's dismissal, Whitfield's earlier apology and the Washington trip, Trump's aid freeze and accusation recalled, Mbalula defends the dismissal (2025-06-27).
- hm364-de-03: South Sudan: Salva Kiir dismisses Vice President Benjamin Bol Mel, strips him of his SPLM post and general's rank and reappoints James Wani Igga; security forces cordon off Bol Mel's residence in Juba, the presidency denies an arrest, the 2017 US sanctions, Machar's house arrest and treason charge, the SPLM-IO and Pal Mai Deng accuse Kiir and demand Machar's release, UNMISS urges restraint (2025-11-13).
- hm364-de-04: Cameroon: opposition politician Anicet Ekane (MANIDEM) dies in detention in Yaoundé; the defence ministry cites illness and announces an inquiry, his October arrest in Douala after backing Tchiroma's victory claim and the charges, his party and lawyer blame the authorities, Tchiroma speaks of a political murder and calls a stay-at-home, Amnesty demands an inquiry and releases, post-election arrests, Atanga Nji's earlier accusation and threat against Tchiroma (2025-12-02).
- hm364-en-01: Kenya: prosecutors charge activist Boniface Mwangi with unlawful possession of ammunition after the DCI held him on terrorism suspicions; release on cash bail, the Lukenya arrest and search, the terrorism allegation absent from the charge sheet, Mwangi accuses the government and police, his May detention and deportation from Tanzania, the LSK and Amnesty Kenya's Houghton object, Vocal Africa's count of terrorism charges, Murkomen's accusation and Ruto's warning (2025-07-21).
- hm364-en-02: ICJ: the court rules that Equatorial Guinea, not Gabon, holds title to Mbanié, Cocotiers and Conga and rejects Gabon's Bata convention; Iwasawa reads the judgment, both sides urged to negotiate their boundaries, Gabon says it will respect the ruling, civil society blames Ali Bongo's government, Teodoro Nguema Obiang Mangue hails the ruling and offers cooperation, the 2016 Marrakech special agreement, Oligui Nguema's 2023 visit to Malabo (2025-05-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm364-de-01 (Niger, Moussa Tchangari detained)
NER_POLICE = actor("Nigerien police", "NER", "COP")
TCHANGARI = actor("Moussa Tchangari", "NER", "CVL")
NER_PROSECUTORS = actor("Nigerien prosecutors", "NER", "JUD")
TCHANGARI_LAWYER = actor("lawyer of Moussa Tchangari", "NER", "CVL")
NER_GOV = actor("Government of Niger", "NER", "GOV")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
TIANI = actor("Abdourahamane Tiani", "NER", "GOV")
NER_CRITICS = actor("critics of Niger's military government", "NER", "CVL")
NER_JOURNALISTS = actor("Nigerien journalists", "NER", "MED")
BAZOUM = actor("Mohamed Bazoum", "NER", "OPP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
SIVIEUDE = actor("Marceau Sivieude", "NGO", "NGO")
TLP = actor("Tournons La Page", "NGO", "NGO")

N1 = "Niamey (dpa) - In Niger ist der bekannte Menschenrechtsaktivist Moussa Tchangari festgenommen worden."
N2 = ("Bewaffnete Männer in Zivil hätten den Generalsekretär der Organisation Alternative Espaces Citoyens (AEC) am "
      "Dienstagabend vor seinem Haus in der Hauptstadt in ein Auto gezerrt und an einen unbekannten Ort gebracht, "
      "teilte die AEC mit.")
N3 = "Am Mittwoch bestätigten Sicherheitskreise, dass Tchangari sich im Gewahrsam der Kriminalpolizei befinde."
N4 = ("Nach Angaben seines Anwalts werden dem Aktivisten unter anderem Verherrlichung des Terrorismus, Gefährdung der "
      "Staatssicherheit und Bildung einer kriminellen Vereinigung in Verbindung mit Terrorismus vorgeworfen.")
N5 = ("Der Anwalt nannte die Vorwürfe „absurd“ und sprach von dem Versuch, eine unbequeme Stimme zum Schweigen zu "
      "bringen.")
N6 = "Die Militärregierung äußerte sich zunächst nicht zu dem Fall."
N7 = "Tchangari gilt seit Jahrzehnten als eine der profiliertesten Stimmen der nigrischen Zivilgesellschaft."
N8 = ("Nach dem Putsch vom Juli 2023 hatte er zunächst die Sanktionen der westafrikanischen Wirtschaftsgemeinschaft "
      "Ecowas gegen sein Land als ungerecht verurteilt.")
N9 = ("Später kritisierte er jedoch zunehmend die Einschränkung der Presse- und Versammlungsfreiheit durch die Junta "
      "von General Abdourahamane Tiani.")
N10 = ("Tiani hatte Ende November in einer Fernsehansprache Kritikern vorgeworfen, im Auftrag ausländischer Mächte die "
       "Einheit des Landes zu untergraben.")
N11 = "Seit der Machtübernahme der Armee wurden in Niger zahlreiche Journalisten vorübergehend festgenommen."
N12 = ("Der gestürzte Präsident Mohamed Bazoum wird seit mehr als 16 Monaten mit seiner Frau in seiner Residenz in "
       "Niamey festgehalten.")
N13 = "Amnesty International forderte die sofortige und bedingungslose Freilassung Tchangaris."
N14 = ("„Seine Festnahme zeigt einmal mehr, dass die Behörden entschlossen sind, jede kritische Stimme zu "
       "unterdrücken“, erklärte der Amnesty-Regionaldirektor für West- und Zentralafrika, Marceau Sivieude.")
N15 = "Auch das afrikanische Bürgerrechtsnetzwerk Tournons La Page verlangte, den Aktivisten freizulassen."
N16 = "Die AEC kündigte an, alle rechtlichen Mittel gegen die Inhaftierung auszuschöpfen."

DE01 = {
    "id": "hm364-de-01", "lang": "de", "url": None, "published": "2024-12-05",
    "title": "Prominenter Kritiker der Junta in Niger festgenommen",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10], [N11, N12], [N13, N14, N15, N16]),
    "events": [
        event("COERCE", NER_POLICE, TCHANGARI, N1, mode="arrest", location_country="NER"),
        event("COERCE", NER_POLICE, TCHANGARI, N3, mode="arrest"),
        event("ACCUSE", NER_PROSECUTORS, TCHANGARI, N4, mode="allege"),
        event("ACCUSE", TCHANGARI_LAWYER, NER_GOV, N5, mode="disapprove"),
        event("ACCUSE", TCHANGARI, ECOWAS, N8, mode="disapprove"),
        event("ACCUSE", TCHANGARI, NER_GOV, N9, mode="disapprove"),
        event("ACCUSE", TIANI, NER_CRITICS, N10, mode="allege"),
        event("COERCE", NER_POLICE, NER_JOURNALISTS, N11, mode="arrest", location_country="NER"),
        event("COERCE", NER_GOV, BAZOUM, N12, mode="arrest", location="Niamey", location_country="NER"),
        event("REQUEST", AMNESTY, NER_GOV, N13, mode="yield"),
        event("ACCUSE", SIVIEUDE, NER_GOV, N14, mode="disapprove"),
        event("REQUEST", TLP, NER_GOV, N15, mode="yield"),
    ],
    "quotes": [
        quote("Bewaffnete Männer in Zivil hätten den Generalsekretär der Organisation Alternative Espaces Citoyens "
              "(AEC) am Dienstagabend vor seinem Haus in der Hauptstadt in ein Auto gezerrt und an einen unbekannten "
              "Ort gebracht", "Alternative Espaces Citoyens", "indirect"),
        quote("dass Tchangari sich im Gewahrsam der Kriminalpolizei befinde", "Nigerien security sources", "indirect"),
        quote("Nach Angaben seines Anwalts werden dem Aktivisten unter anderem Verherrlichung des Terrorismus, "
              "Gefährdung der Staatssicherheit und Bildung einer kriminellen Vereinigung in Verbindung mit Terrorismus "
              "vorgeworfen", "lawyer of Moussa Tchangari", "indirect"),
        quote("absurd", "lawyer of Moussa Tchangari", "direct"),
        quote("im Auftrag ausländischer Mächte die Einheit des Landes zu untergraben", "Abdourahamane Tiani",
              "indirect"),
        quote("Seine Festnahme zeigt einmal mehr, dass die Behörden entschlossen sind, jede kritische Stimme zu "
              "unterdrücken", "Marceau Sivieude", "direct"),
    ],
    "entities": [
        entity("Niamey", "LOC", "NER", ["Niamey", "der Hauptstadt"]),
        entity("Niger", "LOC", "NER", ["Niger", "sein Land", "des Landes"]),
        entity("Moussa Tchangari", "PER", "NER", ["der bekannte Menschenrechtsaktivist Moussa Tchangari",
                                                  "den Generalsekretär der Organisation Alternative Espaces "
                                                  "Citoyens (AEC)", "Tchangari", "dem Aktivisten", "Tchangaris",
                                                  "den Aktivisten"]),
        entity("Alternative Espaces Citoyens", "ORG", "NER", ["Organisation Alternative Espaces Citoyens (AEC)",
                                                              "die AEC", "Die AEC"]),
        entity("Nigerien security sources", "PER", "NER", ["Sicherheitskreise"]),
        entity("Nigerien police", "ORG", "NER", ["der Kriminalpolizei"]),
        entity("lawyer of Moussa Tchangari", "PER", "NER", ["seines Anwalts", "Der Anwalt"]),
        entity("Government of Niger", "ORG", "NER", ["Die Militärregierung",
                                                     "die Junta von General Abdourahamane Tiani", "die Behörden"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["der westafrikanischen Wirtschaftsgemeinschaft Ecowas"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["General Abdourahamane Tiani", "Tiani"]),
        entity("critics of Niger's military government", "PER", "NER", ["Kritikern"]),
        entity("Nigerien Armed Forces", "ORG", "NER", ["der Armee"]),
        entity("Nigerien journalists", "PER", "NER", ["zahlreiche Journalisten"]),
        entity("Mohamed Bazoum", "PER", "NER", ["Der gestürzte Präsident Mohamed Bazoum"]),
        entity("Hadiza Bazoum", "PER", "NER", ["seiner Frau"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "Amnesty"]),
        entity("Marceau Sivieude", "PER", "NGO", ["der Amnesty-Regionaldirektor für West- und Zentralafrika, "
                                                  "Marceau Sivieude"]),
        entity("Tournons La Page", "ORG", "NGO", ["das afrikanische Bürgerrechtsnetzwerk Tournons La Page"]),
    ],
}

# ---------------------------------------------------------------- hm364-de-02 (South Africa, Whitfield dismissed)
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
WHITFIELD = actor("Andrew Whitfield", "ZAF", "GOV")
ZAF_PRESIDENCY = actor("The Presidency of South Africa", "ZAF", "GOV")
STEENHUISEN = actor("John Steenhuisen", "ZAF", "GOV")
DA = actor("Democratic Alliance", "ZAF", "PTY")
NKABANE = actor("Nobuhle Nkabane", "ZAF", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
MBALULA = actor("Fikile Mbalula", "ZAF", "PTY")

W1 = ("Johannesburg (dpa) - Südafrikas Präsident Cyril Ramaphosa hat einen stellvertretenden Minister aus den Reihen "
      "seines wichtigsten Koalitionspartners entlassen.")
W2 = ("Andrew Whitfield von der Demokratischen Allianz (DA), bislang Vize-Minister für Handel und Industrie, sei mit "
      "sofortiger Wirkung seines Amtes enthoben worden, teilte das Präsidialamt am Donnerstagabend in Pretoria mit.")
W3 = ("Whitfield habe im Februar ohne die vorgeschriebene Genehmigung des Präsidenten eine Auslandsreise in die USA "
      "unternommen, hieß es zur Begründung.")
W4 = "Ramaphosa forderte DA-Chef John Steenhuisen auf, einen Nachfolger zu benennen."
W5 = ("Die liberale DA ist seit der Parlamentswahl vom Mai 2024 Teil der von Ramaphosas ANC geführten Regierung der "
      "nationalen Einheit.")
W6 = "Steenhuisen, der selbst Landwirtschaftsminister ist, warf dem Präsidenten Doppelmoral vor."
W7 = ("„Ein stellvertretender Minister wird wegen einer Reise gefeuert, während Minister, denen Korruption und die "
      "Irreführung des Parlaments vorgeworfen werden, im Amt bleiben“, sagte er in Kapstadt.")
W8 = ("Die DA verlangte erneut die Entlassung von Hochschulministerin Nobuhle Nkabane, der sie vorwirft, das Parlament "
      "über die Besetzung von Aufsichtsgremien belogen zu haben.")
W9 = ("Whitfield selbst erklärte, er habe sich bereits im März schriftlich bei Ramaphosa für das Versäumnis "
      "entschuldigt.")
W10 = ("Er respektiere die Entscheidung des Präsidenten, es sei ihm jedoch stets um die Interessen südafrikanischer "
       "Exporteure gegangen.")
W11 = ("Nach eigenen Angaben war Whitfield nach Washington gereist, um in Gesprächen für den Erhalt der zollfreien "
       "Exporte im Rahmen des US-Handelsgesetzes Agoa zu werben.")
W12 = "Die Beziehungen zwischen Pretoria und Washington sind seit Monaten angespannt."
W13 = ("US-Präsident Donald Trump hatte im Februar die Hilfen für Südafrika eingefroren und der Regierung vorgeworfen, "
       "weiße Farmer zu diskriminieren.")
W14 = "ANC-Generalsekretär Fikile Mbalula verteidigte die Entlassung."
W15 = "„Die Regeln gelten für alle Mitglieder der Exekutive, egal welcher Partei sie angehören“, sagte Mbalula."
W16 = "Die DA-Führung wollte am Wochenende über mögliche Konsequenzen für die Koalition beraten."

DE02 = {
    "id": "hm364-de-02", "lang": "de", "url": None, "published": "2025-06-27",
    "title": "Ramaphosa entlässt Vize-Minister des Koalitionspartners DA",
    "text": paragraphs([W1, W2, W3, W4], [W5, W6, W7, W8], [W9, W10, W11], [W12, W13], [W14, W15, W16]),
    "events": [
        event("SANCTION", RAMAPHOSA, WHITFIELD, W1, mode="expel"),
        event("SANCTION", RAMAPHOSA, WHITFIELD, W2, mode="expel", date="2025-06-26"),
        event("ACCUSE", ZAF_PRESIDENCY, WHITFIELD, W3, mode="allege"),
        event("REQUEST", RAMAPHOSA, STEENHUISEN, W4),
        event("ACCUSE", STEENHUISEN, RAMAPHOSA, W6, mode="disapprove"),
        event("ACCUSE", STEENHUISEN, RAMAPHOSA, W7, mode="disapprove", location="Cape Town",
              location_country="ZAF"),
        event("REQUEST", DA, RAMAPHOSA, W8, mode="change"),
        event("ACCUSE", DA, NKABANE, W8, mode="allege"),
        event("CONCEDE", WHITFIELD, RAMAPHOSA, W9),
        event("CONSULT", WHITFIELD, USA_GOV, W11, mode="visit", location="Washington", location_country="USA"),
        event("SANCTION", TRUMP, ZAF_GOV, W13, mode="withdraw"),
        event("ACCUSE", TRUMP, ZAF_GOV, W13, mode="allege"),
        event("SUPPORT", MBALULA, RAMAPHOSA, W14),
    ],
    "quotes": [
        quote("Andrew Whitfield von der Demokratischen Allianz (DA), bislang Vize-Minister für Handel und Industrie, "
              "sei mit sofortiger Wirkung seines Amtes enthoben worden", "The Presidency of South Africa", "indirect"),
        quote("Whitfield habe im Februar ohne die vorgeschriebene Genehmigung des Präsidenten eine Auslandsreise in "
              "die USA unternommen", "The Presidency of South Africa", "indirect"),
        quote("Ein stellvertretender Minister wird wegen einer Reise gefeuert, während Minister, denen Korruption und "
              "die Irreführung des Parlaments vorgeworfen werden, im Amt bleiben", "John Steenhuisen", "direct"),
        quote("das Parlament über die Besetzung von Aufsichtsgremien belogen zu haben", "Democratic Alliance",
              "indirect"),
        quote("er habe sich bereits im März schriftlich bei Ramaphosa für das Versäumnis entschuldigt",
              "Andrew Whitfield", "indirect"),
        quote("Er respektiere die Entscheidung des Präsidenten, es sei ihm jedoch stets um die Interessen "
              "südafrikanischer Exporteure gegangen", "Andrew Whitfield", "indirect"),
        quote("Nach eigenen Angaben war Whitfield nach Washington gereist, um in Gesprächen für den Erhalt der "
              "zollfreien Exporte im Rahmen des US-Handelsgesetzes Agoa zu werben", "Andrew Whitfield", "indirect"),
        quote("weiße Farmer zu diskriminieren", "Donald Trump", "indirect"),
        quote("Die Regeln gelten für alle Mitglieder der Exekutive, egal welcher Partei sie angehören",
              "Fikile Mbalula", "direct"),
    ],
    "entities": [
        entity("Johannesburg", "LOC", "ZAF", ["Johannesburg"]),
        entity("South Africa", "LOC", "ZAF", ["Südafrikas", "Südafrika"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Präsident Cyril Ramaphosa", "Ramaphosa", "des Präsidenten",
                                                 "dem Präsidenten", "Ramaphosas"]),
        entity("Andrew Whitfield", "PER", "ZAF", ["einen stellvertretenden Minister aus den Reihen seines "
                                                  "wichtigsten Koalitionspartners", "Andrew Whitfield",
                                                  "Whitfield"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["seines wichtigsten Koalitionspartners",
                                                     "der Demokratischen Allianz (DA)", "Die liberale DA", "Die DA",
                                                     "Die DA-Führung"]),
        entity("The Presidency of South Africa", "ORG", "ZAF", ["das Präsidialamt"]),
        entity("Pretoria", "LOC", "ZAF", ["Pretoria"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("John Steenhuisen", "PER", "ZAF", ["DA-Chef John Steenhuisen",
                                                  "Steenhuisen, der selbst Landwirtschaftsminister ist"]),
        entity("African National Congress", "ORG", "ZAF", ["Ramaphosas ANC"]),
        entity("Government of National Unity", "ORG", "ZAF", ["der von Ramaphosas ANC geführten Regierung der "
                                                              "nationalen Einheit"]),
        entity("Cape Town", "LOC", "ZAF", ["Kapstadt"]),
        entity("Nobuhle Nkabane", "PER", "ZAF", ["Hochschulministerin Nobuhle Nkabane"]),
        entity("Parliament of South Africa", "ORG", "ZAF", ["das Parlament", "des Parlaments"]),
        entity("South African exporters", "ORG", "ZAF", ["südafrikanischer Exporteure"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("African Growth and Opportunity Act", "ORG", "USA", ["des US-Handelsgesetzes Agoa"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Government of South Africa", "ORG", "ZAF", ["der Regierung"]),
        entity("white farmers in South Africa", "PER", "ZAF", ["weiße Farmer"]),
        entity("Fikile Mbalula", "PER", "ZAF", ["ANC-Generalsekretär Fikile Mbalula", "Mbalula"]),
    ],
}

# ---------------------------------------------------------------- hm364-de-03 (South Sudan, Bol Mel dismissed)
KIIR = actor("Salva Kiir", "SSD", "GOV")
BOL_MEL = actor("Benjamin Bol Mel", "SSD", "GOV")
SSD_SECURITY = actor("South Sudanese security forces", "SSD", "COP")
MACHAR = actor("Riek Machar", "SSD", "GOV")
SSD_PROSECUTORS = actor("South Sudanese prosecutors", "SSD", "JUD")
SPLM_IO = actor("SPLM-IO", "SSD", "OPP")
PAL_MAI_DENG = actor("Pal Mai Deng", "SSD", "OPP")
UNMISS = actor("UNMISS", "UNO", "IGO")

B1 = ("Juba (dpa) - Südsudans Präsident Salva Kiir hat seinen als möglichen Nachfolger gehandelten Stellvertreter "
      "Benjamin Bol Mel überraschend entlassen.")
B2 = ("In einem am Mittwochabend im Staatsfernsehen verlesenen Dekret wurde Bol Mel zudem als Erster "
      "stellvertretender Vorsitzender der Regierungspartei SPLM abgesetzt und seines Generalsrangs im Geheimdienst "
      "enthoben.")
B3 = "Gründe wurden nicht genannt."
B4 = "Zum neuen Vizepräsidenten ernannte Kiir den früheren Amtsinhaber James Wani Igga."
B5 = "Sicherheitskräfte riegelten am Donnerstag das Anwesen Bol Mels in der Hauptstadt ab."
B6 = "Ein Sprecher des Präsidialamts wies Berichte zurück, wonach Bol Mel festgenommen worden sei."
B7 = "Es handle sich um eine gewöhnliche Umbildung der Regierung, sagte er."
B8 = ("Bol Mel war erst im Februar zum Vizepräsidenten ernannt worden und galt seither als engster Vertrauter des 74 "
      "Jahre alten Staatschefs.")
B9 = ("Beobachter sahen in dem Geschäftsmann bereits den designierten Nachfolger Kiirs, der das Land seit der "
      "Unabhängigkeit 2011 regiert.")
B10 = "Die USA hatten Bol Mel bereits 2017 wegen Korruptionsvorwürfen mit Sanktionen belegt."
B11 = ("Kiirs langjähriger Rivale, der suspendierte Erste Vizepräsident Riek Machar, war im März unter Hausarrest "
       "gestellt und später wegen Hochverrats angeklagt worden.")
B12 = ("Machars Partei SPLM-IO warf Kiir vor, die Macht in seinen Händen zu bündeln, und forderte erneut die "
       "Freilassung ihres Vorsitzenden.")
B13 = ("„Diese Dekrete zeigen, dass in diesem Land nur noch ein Mann entscheidet“, sagte SPLM-IO-Sprecher Pal Mai "
       "Deng.")
B14 = "Die UN-Mission im Südsudan (UNMISS) rief alle politischen Kräfte zur Zurückhaltung auf."
B15 = ("Der jüngste Staat der Welt war 2013 in einen Bürgerkrieg zwischen Anhängern Kiirs und Machars gestürzt, dem "
       "schätzungsweise 400.000 Menschen zum Opfer fielen.")
B16 = ("Ein Friedensabkommen von 2018 beendete die schwersten Kämpfe, die darin vorgesehenen Wahlen wurden aber "
       "mehrfach verschoben.")

DE03 = {
    "id": "hm364-de-03", "lang": "de", "url": None, "published": "2025-11-13",
    "title": "Südsudans Präsident Kiir entlässt Vizepräsident Bol Mel",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10], [B11, B12, B13, B14], [B15, B16]),
    "events": [
        event("SANCTION", KIIR, BOL_MEL, B1, mode="expel"),
        event("SANCTION", KIIR, BOL_MEL, B2, mode="expel", date="2025-11-12"),
        event("COERCE", SSD_SECURITY, BOL_MEL, B5, mode="restrict", date="2025-11-13", location="Juba",
              location_country="SSD"),
        event("SANCTION", USA_GOV, BOL_MEL, B10),
        event("COERCE", SSD_SECURITY, MACHAR, B11, mode="arrest"),
        event("ACCUSE", SSD_PROSECUTORS, MACHAR, B11, mode="allege"),
        event("ACCUSE", SPLM_IO, KIIR, B12, mode="disapprove"),
        event("REQUEST", SPLM_IO, KIIR, B12, mode="yield"),
        event("ACCUSE", PAL_MAI_DENG, KIIR, B13, mode="disapprove"),
        event("REQUEST", UNMISS, None, B14),
    ],
    "quotes": [
        quote("Es handle sich um eine gewöhnliche Umbildung der Regierung",
              "spokesman of the Office of the President of South Sudan", "indirect"),
        quote("die Macht in seinen Händen zu bündeln", "SPLM-IO", "indirect"),
        quote("Diese Dekrete zeigen, dass in diesem Land nur noch ein Mann entscheidet", "Pal Mai Deng", "direct"),
    ],
    "entities": [
        entity("Juba", "LOC", "SSD", ["Juba", "der Hauptstadt"]),
        entity("South Sudan", "LOC", "SSD", ["Südsudans", "das Land", "diesem Land", "Der jüngste Staat der Welt"]),
        entity("Salva Kiir", "PER", "SSD", ["Präsident Salva Kiir", "Kiir", "Kiirs",
                                            "des 74 Jahre alten Staatschefs"]),
        entity("Benjamin Bol Mel", "PER", "SSD", ["seinen als möglichen Nachfolger gehandelten Stellvertreter "
                                                  "Benjamin Bol Mel", "Bol Mel", "Bol Mels", "dem Geschäftsmann"]),
        entity("South Sudan Broadcasting Corporation", "ORG", "SSD", ["Staatsfernsehen"]),
        entity("Sudan People's Liberation Movement", "ORG", "SSD", ["der Regierungspartei SPLM"]),
        entity("National Security Service of South Sudan", "ORG", "SSD", ["Geheimdienst"]),
        entity("James Wani Igga", "PER", "SSD", ["den früheren Amtsinhaber James Wani Igga"]),
        entity("South Sudanese security forces", "ORG", "SSD", ["Sicherheitskräfte"]),
        entity("spokesman of the Office of the President of South Sudan", "PER", "SSD",
               ["Ein Sprecher des Präsidialamts"]),
        entity("Office of the President of South Sudan", "ORG", "SSD", ["des Präsidialamts"]),
        entity("Government of South Sudan", "ORG", "SSD", ["der Regierung"]),
        entity("observers", "PER", None, ["Beobachter"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("Riek Machar", "PER", "SSD", ["Kiirs langjähriger Rivale, der suspendierte Erste Vizepräsident Riek "
                                             "Machar", "Machars", "ihres Vorsitzenden"]),
        entity("SPLM-IO", "ORG", "SSD", ["Machars Partei SPLM-IO"]),
        entity("Pal Mai Deng", "PER", "SSD", ["SPLM-IO-Sprecher Pal Mai Deng"]),
        entity("UNMISS", "ORG", "UNO", ["Die UN-Mission im Südsudan (UNMISS)"]),
    ],
}

# ---------------------------------------------------------------- hm364-de-04 (Cameroon, Anicet Ekane dies in custody)
CMR_SECURITY = actor("Cameroonian security forces", "CMR", "COP")
EKANE = actor("Anicet Ekane", "CMR", "OPP")
TCHIROMA = actor("Issa Tchiroma Bakary", "CMR", "OPP")
CMR_GOV = actor("Government of Cameroon", "CMR", "GOV")
MANIDEM = actor("MANIDEM", "CMR", "PTY")
EKANE_LAWYER = actor("lawyer of Anicet Ekane", "CMR", "CVL")
CMR_DEFENCE = actor("Ministry of Defence of Cameroon", "CMR", "GOV")
CMR_PROTESTERS = actor("Cameroonian protesters", "CMR", "CVL")
ATANGA_NJI = actor("Paul Atanga Nji", "CMR", "GOV")

K1 = "Yaoundé (dpa) - In Kamerun ist der inhaftierte Oppositionspolitiker Anicet Ekane gestorben."
K2 = ("Der 74 Jahre alte Vorsitzende der Partei Manidem sei am Montagmorgen in einer Einrichtung des "
      "Staatssekretariats für Verteidigung in der Hauptstadt gestorben, teilte das Verteidigungsministerium mit.")
K3 = "Er sei trotz ständiger ärztlicher Betreuung einer Krankheit erlegen, hieß es in der Erklärung."
K4 = ("Ekane war am 24. Oktober in der Wirtschaftsmetropole Douala festgenommen worden, nachdem er den "
      "Oppositionskandidaten Issa Tchiroma Bakary öffentlich zum Sieger der Präsidentenwahl erklärt hatte.")
K5 = ("Nach dem offiziellen Ergebnis hatte der 92-jährige Amtsinhaber Paul Biya die Wahl vom 12. Oktober mit 53,7 "
      "Prozent der Stimmen gewonnen.")
K6 = "Die Behörden warfen Ekane Aufruf zum Aufstand und Anstiftung zur Rebellion vor."
K7 = "Seine Partei machte die Regierung für seinen Tod verantwortlich."
K8 = ("Die Wärter hätten Ekane wochenlang das Sauerstoffgerät vorenthalten, auf das er wegen einer chronischen "
      "Atemwegserkrankung angewiesen gewesen sei, sagte einer seiner Anwälte.")
K9 = "„Man hat ihn langsam sterben lassen“, fügte der Anwalt hinzu."
K10 = ("Tchiroma, der sich weiterhin als rechtmäßigen Wahlsieger sieht und sich im Ausland aufhält, sprach in einer "
       "Videobotschaft von einem „politischen Mord“.")
K11 = ("Er rief die Kameruner auf, am Freitag aus Trauer das öffentliche Leben ruhen zu lassen und zu Hause zu "
       "bleiben.")
K12 = "Das Verteidigungsministerium kündigte eine Untersuchung der Todesumstände an."
K13 = ("Amnesty International verlangte eine unabhängige Untersuchung sowie die Freilassung aller seit der Wahl "
       "festgenommenen Demonstranten.")
K14 = ("Nach Angaben von Menschenrechtlern wurden bei Protesten nach der Wahl Dutzende Menschen getötet und Hunderte "
       "festgenommen.")
K15 = ("Territorialverwaltungsminister Paul Atanga Nji hatte Tchiroma vorgeworfen, seine Anhänger zur Gewalt "
       "angestiftet zu haben, und ihm mit Strafverfolgung gedroht.")
K16 = "Biya regiert das zentralafrikanische Land seit 1982."

DE04 = {
    "id": "hm364-de-04", "lang": "de", "url": None, "published": "2025-12-02",
    "title": "Kameruner Oppositionspolitiker Ekane in Haft gestorben",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9], [K10, K11, K12], [K13, K14, K15, K16]),
    "events": [
        event("COERCE", CMR_SECURITY, EKANE, K4, mode="arrest", date="2025-10-24", location="Douala",
              location_country="CMR"),
        event("SUPPORT", EKANE, TCHIROMA, K4),
        event("ACCUSE", CMR_GOV, EKANE, K6, mode="allege"),
        event("ACCUSE", MANIDEM, CMR_GOV, K7, mode="allege"),
        event("ACCUSE", EKANE_LAWYER, CMR_SECURITY, K8, mode="allege"),
        event("ACCUSE", EKANE_LAWYER, CMR_SECURITY, K9, mode="disapprove"),
        event("ACCUSE", TCHIROMA, CMR_GOV, K10, mode="disapprove"),
        event("PROTEST", TCHIROMA, CMR_GOV, K11, mode="strike"),
        event("ACCUSE", CMR_DEFENCE, None, K12, mode="investigate"),
        event("REQUEST", AMNESTY, CMR_GOV, K13, mode="yield"),
        event("COERCE", CMR_SECURITY, CMR_PROTESTERS, K14, mode="arrest"),
        event("ACCUSE", ATANGA_NJI, TCHIROMA, K15, mode="allege"),
        event("THREATEN", ATANGA_NJI, TCHIROMA, K15),
    ],
    "quotes": [
        quote("Der 74 Jahre alte Vorsitzende der Partei Manidem sei am Montagmorgen in einer Einrichtung des "
              "Staatssekretariats für Verteidigung in der Hauptstadt gestorben", "Ministry of Defence of Cameroon",
              "indirect"),
        quote("Er sei trotz ständiger ärztlicher Betreuung einer Krankheit erlegen", "Ministry of Defence of Cameroon",
              "indirect"),
        quote("Die Wärter hätten Ekane wochenlang das Sauerstoffgerät vorenthalten, auf das er wegen einer chronischen "
              "Atemwegserkrankung angewiesen gewesen sei", "lawyer of Anicet Ekane", "indirect"),
        quote("Man hat ihn langsam sterben lassen", "lawyer of Anicet Ekane", "direct"),
        quote("politischen Mord", "Issa Tchiroma Bakary", "direct"),
        quote("Nach Angaben von Menschenrechtlern wurden bei Protesten nach der Wahl Dutzende Menschen getötet und "
              "Hunderte festgenommen", "Cameroonian human rights activists", "indirect"),
        quote("seine Anhänger zur Gewalt angestiftet zu haben", "Paul Atanga Nji", "indirect"),
    ],
    "entities": [
        entity("Yaoundé", "LOC", "CMR", ["Yaoundé", "der Hauptstadt"]),
        entity("Cameroon", "LOC", "CMR", ["Kamerun", "das zentralafrikanische Land"]),
        entity("Anicet Ekane", "PER", "CMR", ["der inhaftierte Oppositionspolitiker Anicet Ekane",
                                              "Der 74 Jahre alte Vorsitzende der Partei Manidem", "Ekane"]),
        entity("MANIDEM", "ORG", "CMR", ["der Partei Manidem", "Seine Partei"]),
        entity("State Secretariat for Defence of Cameroon", "ORG", "CMR",
               ["des Staatssekretariats für Verteidigung"]),
        entity("Ministry of Defence of Cameroon", "ORG", "CMR", ["das Verteidigungsministerium",
                                                                 "Das Verteidigungsministerium"]),
        entity("Douala", "LOC", "CMR", ["der Wirtschaftsmetropole Douala"]),
        entity("Issa Tchiroma Bakary", "PER", "CMR", ["den Oppositionskandidaten Issa Tchiroma Bakary", "Tchiroma"]),
        entity("Paul Biya", "PER", "CMR", ["der 92-jährige Amtsinhaber Paul Biya", "Biya"]),
        entity("Government of Cameroon", "ORG", "CMR", ["Die Behörden", "die Regierung"]),
        entity("Cameroonian security forces", "ORG", "CMR", ["Die Wärter"]),
        entity("lawyer of Anicet Ekane", "PER", "CMR", ["einer seiner Anwälte", "der Anwalt"]),
        entity("Cameroonians", "PER", "CMR", ["die Kameruner"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Cameroonian protesters", "PER", "CMR", ["aller seit der Wahl festgenommenen Demonstranten"]),
        entity("Cameroonian human rights activists", "PER", "CMR", ["Menschenrechtlern"]),
        entity("Paul Atanga Nji", "PER", "CMR", ["Territorialverwaltungsminister Paul Atanga Nji"]),
        entity("supporters of Issa Tchiroma Bakary", "PER", "CMR", ["seine Anhänger"]),
    ],
}

# ---------------------------------------------------------------- hm364-en-01 (Kenya, Boniface Mwangi charged)
KEN_PROSECUTORS = actor("Office of the Director of Public Prosecutions of Kenya", "KEN", "JUD")
MWANGI = actor("Boniface Mwangi", "KEN", "CVL")
KEN_POLICE = actor("National Police Service of Kenya", "KEN", "COP")
KEN_COURT = actor("Nairobi magistrate's court", "KEN", "JUD")
MWANGI_SUPPORTERS = actor("supporters of Boniface Mwangi", "KEN", "CVL")
DCI = actor("Directorate of Criminal Investigations", "KEN", "COP")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
TZA_SECURITY = actor("Tanzanian security forces", "TZA", "COP")
LSK = actor("Law Society of Kenya", "KEN", "NGO")
HOUGHTON = actor("Irungu Houghton", "NGO", "NGO")
KEN_PROTESTERS = actor("Kenyan protesters", "KEN", "CVL")
MURKOMEN = actor("Kipchumba Murkomen", "KEN", "GOV")
PROTEST_ORGANIZERS = actor("organizers of the Kenyan protests", "KEN", "CVL")
RUTO = actor("William Ruto", "KEN", "GOV")
STATION_ATTACKERS = actor("attackers of police stations during the Kenyan protests", "KEN", "CVL")

M1 = ("NAIROBI, Kenya (AP) — Kenyan prosecutors on Monday charged prominent activist Boniface Mwangi with unlawful "
      "possession of ammunition, after police had held him for two days on suspicion of facilitating terrorist acts "
      "during last month's deadly anti-government protests.")
M2 = ("A magistrate in Nairobi released Mwangi on a cash bail of 1 million shillings (about $7,700), and he walked out "
      "of court to cheers from dozens of supporters.")
M3 = ("Detectives from the Directorate of Criminal Investigations arrested Mwangi at his home in Lukenya, east of the "
      "capital, on Saturday evening and searched the house.")
M4 = ("The DCI said in a statement that officers had recovered three unused tear gas canisters and a round of blank "
      "ammunition, as well as laptops and mobile phones.")
M5 = ("Police had said Mwangi was under investigation for his alleged role in facilitating terrorist acts during the "
      "June 25 protests.")
M6 = "No terrorism charge appeared on the charge sheet read out in court."
M7 = "\"This was never about ammunition. It was about silencing a critic,\" Mwangi told reporters outside the court."
M8 = "He said he had been denied access to his lawyers for most of Sunday."
M9 = ("Mwangi, a photojournalist-turned-activist who has documented police abuses for more than a decade, is one of "
      "the most outspoken critics of President William Ruto.")
M10 = ("In May he was detained in Tanzania, where he had traveled to observe the treason trial of opposition leader "
       "Tundu Lissu, and was deported days later.")
M11 = "He has said he was tortured while in custody there."
M12 = ("The Law Society of Kenya called the arrest an abuse of anti-terrorism laws and demanded that the remaining "
       "charge be dropped.")
M13 = ("Amnesty International Kenya's executive director, Irungu Houghton, said the case appeared designed \"to "
       "criminalize dissent\" ahead of the 2027 election.")
M14 = ("More than 100 people have been charged with terrorism-related offenses over the protests, according to the "
       "rights group Vocal Africa.")
M15 = ("Interior Minister Kipchumba Murkomen has accused organizers of the protests of plotting to overthrow the "
       "government, and Ruto has warned that those who attacked police stations would face the full force of the "
       "law.")
M16 = "Mwangi is due back in court next month."

EN01 = {
    "id": "hm364-en-01", "lang": "en", "url": None, "published": "2025-07-21",
    "title": "Kenyan activist Boniface Mwangi charged with ammunition possession after terror probe",
    "text": paragraphs([M1, M2], [M3, M4, M5, M6], [M7, M8, M9], [M10, M11], [M12, M13, M14], [M15, M16]),
    "events": [
        event("ACCUSE", KEN_PROSECUTORS, MWANGI, M1, mode="allege", date="2025-07-21"),
        event("COERCE", KEN_POLICE, MWANGI, M1, mode="arrest"),
        event("RETREAT", KEN_COURT, MWANGI, M2, mode="release", location="Nairobi", location_country="KEN"),
        event("SUPPORT", MWANGI_SUPPORTERS, MWANGI, M2),
        event("COERCE", DCI, MWANGI, M3, mode="arrest", date="2025-07-19", location="Lukenya",
              location_country="KEN"),
        event("COERCE", DCI, MWANGI, M4, mode="seize"),
        event("ACCUSE", KEN_POLICE, MWANGI, M5, mode="investigate"),
        event("ACCUSE", KEN_PROSECUTORS, MWANGI, M6, mode="allege", negated=True),
        event("ACCUSE", MWANGI, KEN_GOV, M7, mode="disapprove"),
        event("ACCUSE", MWANGI, KEN_POLICE, M8, mode="allege"),
        event("COERCE", TZA_SECURITY, MWANGI, M10, mode="arrest", location_country="TZA"),
        event("ACCUSE", MWANGI, TZA_SECURITY, M11, mode="allege"),
        event("ACCUSE", LSK, KEN_POLICE, M12, mode="disapprove"),
        event("REQUEST", LSK, KEN_PROSECUTORS, M12, mode="yield"),
        event("ACCUSE", HOUGHTON, KEN_GOV, M13, mode="disapprove"),
        event("ACCUSE", KEN_PROSECUTORS, KEN_PROTESTERS, M14, mode="allege"),
        event("ACCUSE", MURKOMEN, PROTEST_ORGANIZERS, M15, mode="allege"),
        event("THREATEN", RUTO, STATION_ATTACKERS, M15, mode="arrest"),
    ],
    "quotes": [
        quote("officers had recovered three unused tear gas canisters and a round of blank ammunition, as well as "
              "laptops and mobile phones", "Directorate of Criminal Investigations", "indirect"),
        quote("Mwangi was under investigation for his alleged role in facilitating terrorist acts during the June 25 "
              "protests", "National Police Service of Kenya", "indirect"),
        quote("This was never about ammunition. It was about silencing a critic", "Boniface Mwangi", "direct"),
        quote("he had been denied access to his lawyers for most of Sunday", "Boniface Mwangi", "indirect"),
        quote("he was tortured while in custody there", "Boniface Mwangi", "indirect"),
        quote("the remaining charge be dropped", "Law Society of Kenya", "indirect"),
        quote("to criminalize dissent", "Irungu Houghton", "direct"),
        quote("the case appeared designed \"to criminalize dissent\" ahead of the 2027 election", "Irungu Houghton",
              "indirect"),
        quote("More than 100 people have been charged with terrorism-related offenses over the protests",
              "Vocal Africa", "indirect"),
        quote("those who attacked police stations would face the full force of the law", "William Ruto", "indirect"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["NAIROBI", "Nairobi", "the capital"]),
        entity("Kenya", "LOC", "KEN", ["Kenya"]),
        entity("Office of the Director of Public Prosecutions of Kenya", "ORG", "KEN", ["Kenyan prosecutors"]),
        entity("Boniface Mwangi", "PER", "KEN", ["prominent activist Boniface Mwangi", "Mwangi", "He", "he",
                                                 "Mwangi, a photojournalist-turned-activist who has documented "
                                                 "police abuses for more than a decade"]),
        entity("National Police Service of Kenya", "ORG", "KEN", ["police", "Police"]),
        entity("Nairobi magistrate's court", "ORG", "KEN", ["A magistrate in Nairobi", "court"]),
        entity("supporters of Boniface Mwangi", "PER", "KEN", ["dozens of supporters"]),
        entity("Directorate of Criminal Investigations", "ORG", "KEN",
               ["Detectives from the Directorate of Criminal Investigations", "The DCI", "officers"]),
        entity("Lukenya", "LOC", "KEN", ["Lukenya"]),
        entity("William Ruto", "PER", "KEN", ["President William Ruto", "Ruto"]),
        entity("Tanzania", "LOC", "TZA", ["Tanzania"]),
        entity("Tundu Lissu", "PER", "TZA", ["opposition leader Tundu Lissu"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["The Law Society of Kenya"]),
        entity("Amnesty International Kenya", "ORG", "KEN", ["Amnesty International Kenya's"]),
        entity("Irungu Houghton", "PER", "KEN", ["Amnesty International Kenya's executive director, Irungu "
                                                 "Houghton"]),
        entity("Vocal Africa", "ORG", "KEN", ["the rights group Vocal Africa"]),
        entity("Kipchumba Murkomen", "PER", "KEN", ["Interior Minister Kipchumba Murkomen"]),
        entity("organizers of the Kenyan protests", "PER", "KEN", ["organizers of the protests"]),
        entity("Government of Kenya", "ORG", "KEN", ["the government"]),
        entity("attackers of police stations during the Kenyan protests", "PER", "KEN",
               ["those who attacked police stations"]),
    ],
}

# ---------------------------------------------------------------- hm364-en-02 (ICJ, Gabon v. Equatorial Guinea)
ICJ = actor("International Court of Justice", "UNO", "IGO")
GNQ_GOV = actor("Government of Equatorial Guinea", "GNQ", "GOV")
GAB_GOV = actor("Government of Gabon", "GAB", "GOV")
GAB_CIVIL_SOCIETY = actor("Gabonese civil society groups", "GAB", "CVL")
BONGO_GOV = actor("Government of Ali Bongo Ondimba", "GAB", "GOV")
TEODORIN = actor("Teodoro Nguema Obiang Mangue", "GNQ", "GOV")
OLIGUI = actor("Brice Oligui Nguema", "GAB", "GOV")
OBIANG = actor("Teodoro Obiang Nguema Mbasogo", "GNQ", "GOV")

G1 = ("THE HAGUE, Netherlands (AP) — The United Nations' top court ruled Monday that Equatorial Guinea, not Gabon, "
      "holds the legal title to a small island and two islets in an oil-rich bay that the Central African neighbors "
      "have disputed for more than half a century.")
G2 = ("The International Court of Justice rejected Gabon's argument that a 1974 convention signed in the Equatorial "
      "Guinean city of Bata had handed it sovereignty over Mbanié island and the Cocotiers and Conga islets.")
G3 = ("Reading the judgment, Court President Iwasawa Yuji said a 1900 treaty between the former colonial powers France "
      "and Spain was the title that applied between the two countries.")
G4 = ("Equatorial Guinea has long questioned the authenticity of the Bata document, of which Gabon produced only a "
      "copy in 2003.")
G5 = ("The court called on both countries to negotiate the delimitation of their land and maritime boundaries in good "
      "faith on the basis of its findings.")
G6 = "The ruling is binding and cannot be appealed."
G7 = ("Mbanié, the largest of the three, covers about 30 hectares (74 acres) and is largely uninhabited, but the "
      "surrounding waters in the Gulf of Guinea are believed to hold oil and gas.")
G8 = ("In a statement, Gabon's government said it \"takes note\" of the decision and would respect it, in line with "
      "its commitment to the peaceful settlement of disputes.")
G9 = ("Some Gabonese civil society groups accused the government of former President Ali Bongo Ondimba of having "
      "mishandled the case.")
G10 = ("In Malabo, Equatorial Guinea's Vice President Teodoro Nguema Obiang Mangue hailed the ruling as \"a historic "
       "victory for our people\" and thanked the judges.")
G11 = ("\"Justice has been done,\" he wrote on X, adding that Equatorial Guinea was ready to work with Libreville \"as "
       "brothers\" to implement the decision.")
G12 = ("Gabon and Equatorial Guinea signed a special agreement in Marrakech in 2016 to take the dispute to the court "
       "after years of United Nations mediation.")
G13 = ("Relations between the two oil producers have warmed since army officers led by Brice Oligui Nguema ousted "
       "Bongo in August 2023.")
G14 = ("Oligui Nguema, who was sworn in as elected president this month, made his first foreign trip as transitional "
       "leader to Malabo, where he met President Teodoro Obiang Nguema Mbasogo.")

EN02 = {
    "id": "hm364-en-02", "lang": "en", "url": None, "published": "2025-05-19",
    "title": "UN court sides with Equatorial Guinea in island dispute with Gabon",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9], [G10, G11], [G12, G13, G14]),
    "events": [
        event("SUPPORT", ICJ, GNQ_GOV, G1, date="2025-05-19", location="The Hague", location_country="NLD"),
        event("REJECT", ICJ, GAB_GOV, G2),
        event("REQUEST", ICJ, GAB_GOV, G5, mode="meet"),
        event("REQUEST", ICJ, GNQ_GOV, G5, mode="meet"),
        event("CONCEDE", GAB_GOV, GNQ_GOV, G8),
        event("ACCUSE", GAB_CIVIL_SOCIETY, BONGO_GOV, G9, mode="disapprove"),
        event("SUPPORT", TEODORIN, ICJ, G10, location="Malabo", location_country="GNQ"),
        event("AGREE", TEODORIN, GAB_GOV, G11),
        event("SUPPORT", GAB_GOV, GNQ_GOV, G12, location="Marrakech", location_country="MAR"),
        event("CONSULT", OLIGUI, OBIANG, G14, mode="visit", location="Malabo", location_country="GNQ"),
    ],
    "quotes": [
        quote("a 1974 convention signed in the Equatorial Guinean city of Bata had handed it sovereignty over Mbanié "
              "island and the Cocotiers and Conga islets", "Government of Gabon", "indirect"),
        quote("a 1900 treaty between the former colonial powers France and Spain was the title that applied between "
              "the two countries", "Iwasawa Yuji", "indirect"),
        quote("takes note", "Government of Gabon", "direct"),
        quote("it \"takes note\" of the decision and would respect it, in line with its commitment to the peaceful "
              "settlement of disputes", "Government of Gabon", "indirect"),
        quote("a historic victory for our people", "Teodoro Nguema Obiang Mangue", "direct"),
        quote("Justice has been done", "Teodoro Nguema Obiang Mangue", "direct"),
        quote("as brothers", "Teodoro Nguema Obiang Mangue", "direct"),
        quote("Equatorial Guinea was ready to work with Libreville \"as brothers\" to implement the decision",
              "Teodoro Nguema Obiang Mangue", "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["THE HAGUE"]),
        entity("Netherlands", "LOC", "NLD", ["Netherlands"]),
        entity("International Court of Justice", "ORG", "UNO", ["The United Nations' top court",
                                                                "The International Court of Justice",
                                                                "The court", "the court"]),
        entity("Equatorial Guinea", "LOC", "GNQ", ["Equatorial Guinea", "Equatorial Guinean", "Equatorial Guinea's"]),
        entity("Gabon", "LOC", "GAB", ["Gabon", "Gabon's", "Gabonese"]),
        entity("Bata", "LOC", "GNQ", ["Bata"]),
        entity("Mbanié", "LOC", None, ["Mbanié island", "Mbanié, the largest of the three"]),
        entity("Cocotiers", "LOC", None, ["Cocotiers"]),
        entity("Conga", "LOC", None, ["Conga"]),
        entity("Iwasawa Yuji", "PER", "JPN", ["Court President Iwasawa Yuji"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("Spain", "LOC", "ESP", ["Spain"]),
        entity("Gulf of Guinea", "LOC", None, ["the Gulf of Guinea"]),
        entity("Government of Gabon", "ORG", "GAB", ["Gabon's government", "Libreville"]),
        entity("Gabonese civil society groups", "ORG", "GAB", ["Some Gabonese civil society groups"]),
        entity("Ali Bongo Ondimba", "PER", "GAB", ["former President Ali Bongo Ondimba", "Bongo"]),
        entity("Government of Ali Bongo Ondimba", "ORG", "GAB",
               ["the government of former President Ali Bongo Ondimba"]),
        entity("Malabo", "LOC", "GNQ", ["Malabo"]),
        entity("Teodoro Nguema Obiang Mangue", "PER", "GNQ",
               ["Equatorial Guinea's Vice President Teodoro Nguema Obiang Mangue", "he"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Marrakech", "LOC", "MAR", ["Marrakech"]),
        entity("United Nations", "ORG", "UNO", ["United Nations"]),
        entity("Brice Oligui Nguema", "PER", "GAB", ["Brice Oligui Nguema", "Oligui Nguema"]),
        entity("Gabonese army officers", "PER", "GAB", ["army officers"]),
        entity("Teodoro Obiang Nguema Mbasogo", "PER", "GNQ", ["President Teodoro Obiang Nguema Mbasogo"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
