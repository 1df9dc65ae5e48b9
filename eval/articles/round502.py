"""Round 502: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm502-de-01: Kenya: ODM MP Charles Ong'ondo Were shot dead by a gunman on a motorbike on Nairobi's Ngong Road; Ruto condemns and orders the police to catch the killers, the DCI investigates without arrests, Odinga and Wetang'ula condemn, Kalonzo accuses the government, Murkomen denies, supporters block roads in Kasipul and are tear-gassed, the Ruto-Odinga pact recalled (2025-05-01).
- hm502-de-02: Senegal: the Court of Auditors finds that Macky Sall's government hid debt and understated the deficit; Sarré threatens prosecutions, Sonko's earlier lying charge, Sall denies, the APR objects, the IMF freeze and planned mission, Diba pledges cooperation, Faye's audit order and judicial probes of ex-ministers recalled (2025-02-13).
- hm502-de-03: Ghana: masked men with sticks and machetes attack voters and journalists in the Ablekuma North parliamentary rerun in Accra; 15 arrests, IGP Yohuno announces a probe and threatens, the NPP and NDC trade accusations, Kodua demands annulment, Mahama condemns and appeals for restraint, the GJA's demand (2025-07-12).
- hm502-de-04: Tanzania/Germany: Frank-Walter Steinmeier asks forgiveness for the Maji Maji colonial crimes in Songea and meets descendants, who want their ancestors' remains back; he pledges help, his talks and agreement with Samia Suluhu Hassan in Dar es Salaam, her wish for reparation talks, Berlin's refusal of reparations, historians' criticism (2023-11-01).
- hm502-en-01: Ethiopia: Human Rights Watch accuses soldiers of executing dozens of civilians in Merawi after a Fano attack; Bader's quote, demands to Addis Ababa and the UN Human Rights Council, the EHRC's earlier findings, Legesse Tulu's denial, Fano's accusation, the extended state of emergency, the US embassy's appeal (2024-04-04).
- hm502-en-02: South Africa: more than 120 arrests and five dead in the SANTACO minibus taxi strike in Cape Town over impoundments; rioters torch buses, Cele threatens and sends police units, SANTACO accuses and demands, Hill-Lewis refuses, the Western Cape High Court's interdict, Chikunga meets both sides, the British doctor's death and London's contact with Pretoria (2023-08-08).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm502-de-01 (Kenya, MP Charles Were shot dead)
WERE_KILLERS = actor("killers of Charles Ong'ondo Were", "KEN", "CVL")
WERE = actor("Charles Ong'ondo Were", "KEN", "LEG")
RUTO = actor("William Ruto", "KEN", "GOV")
KEN_POLICE = actor("National Police Service of Kenya", "KEN", "COP")
KEN_DCI = actor("Directorate of Criminal Investigations of Kenya", "KEN", "COP")
ODINGA = actor("Raila Odinga", "KEN", "PTY")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
WETANGULA = actor("Moses Wetang'ula", "KEN", "LEG")
KALONZO = actor("Kalonzo Musyoka", "KEN", "OPP")
WERE_SUPPORTERS = actor("supporters of Charles Ong'ondo Were", "KEN", "CVL")

K1 = ("Nairobi (dpa) - In Kenias Hauptstadt Nairobi ist ein Parlamentsabgeordneter auf offener Straße erschossen "
      "worden.")
K2 = ("Ein Mann auf dem Rücksitz eines Motorrads feuerte am Mittwochabend mehrere Schüsse auf den Wagen von Charles "
      "Ong'ondo Were ab, als dieser an einer Ampel an der Ngong Road hielt, wie die Polizei mitteilte.")
K3 = "Der Politiker der Partei Orange Democratic Movement (ODM) starb kurz darauf in einem Krankenhaus."
K4 = "Were vertrat seit 2017 den Wahlkreis Kasipul im westkenianischen Bezirk Homa Bay."
K5 = "Präsident William Ruto verurteilte die Tat als „abscheulich und feige“."
K6 = "Er wies die Polizei an, die Täter rasch zu fassen und vor Gericht zu bringen."
K7 = ("Polizeichef Douglas Kanja teilte mit, Ermittler der Kriminalpolizei DCI hätten den Fall übernommen.")
K8 = "Festnahmen habe es bislang nicht gegeben, sagte ein Polizeisprecher am Donnerstag."
K9 = ("ODM-Chef Raila Odinga sprach von einem „kaltblütigen Mord“ und forderte eine gründliche und unabhängige "
      "Untersuchung.")
K10 = "Parlamentspräsident Moses Wetang'ula nannte die Tat einen „Anschlag auf unsere Demokratie“."
K11 = ("Oppositionsführer Kalonzo Musyoka warf der Regierung vor, nicht einmal gewählte Volksvertreter schützen zu "
       "können.")
K12 = "Innenminister Kipchumba Murkomen wies die Kritik zurück."
K13 = "Die Abgeordneten unterbrachen am Donnerstag ihre Sitzung für eine Schweigeminute."
K14 = ("In Kasipul blockierten Hunderte Anhänger Weres Straßen mit brennenden Reifen und verlangten Gerechtigkeit.")
K15 = "Die Polizei trieb die Menge mit Tränengas auseinander."
K16 = ("Im vergangenen Jahr waren bei Protesten gegen Steuererhöhungen in Kenia Dutzende Menschen ums Leben "
       "gekommen.")
K17 = "Im März hatten Ruto und Odinga eine Zusammenarbeit ihrer Parteien vereinbart."

DE01 = {
    "id": "hm502-de-01", "lang": "de", "url": None, "published": "2025-05-01",
    "title": "Kenianischer Abgeordneter in Nairobi erschossen",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12], [K13, K14, K15], [K16, K17]),
    "events": [
        event("ASSAULT", WERE_KILLERS, WERE, K2, mode="firearms", date="2025-04-30", location="Nairobi",
              location_country="KEN"),
        event("ACCUSE", RUTO, WERE_KILLERS, K5, mode="disapprove"),
        event("REQUEST", RUTO, KEN_POLICE, K6),
        event("ACCUSE", KEN_DCI, WERE_KILLERS, K7, mode="investigate"),
        event("COERCE", KEN_POLICE, WERE_KILLERS, K8, mode="arrest", negated=True),
        event("ACCUSE", ODINGA, WERE_KILLERS, K9, mode="disapprove"),
        event("REQUEST", ODINGA, KEN_GOV, K9),
        event("ACCUSE", WETANGULA, WERE_KILLERS, K10, mode="disapprove"),
        event("ACCUSE", KALONZO, KEN_GOV, K11, mode="disapprove"),
        event("PROTEST", WERE_SUPPORTERS, KEN_GOV, K14, mode="obstruct", location="Kasipul",
              location_country="KEN"),
        event("ASSAULT", KEN_POLICE, WERE_SUPPORTERS, K15, mode="crowd-control", location="Kasipul",
              location_country="KEN"),
        event("AGREE", RUTO, ODINGA, K17),
    ],
    "quotes": [
        quote("Ein Mann auf dem Rücksitz eines Motorrads feuerte am Mittwochabend mehrere Schüsse auf den Wagen von "
              "Charles Ong'ondo Were ab, als dieser an einer Ampel an der Ngong Road hielt",
              "National Police Service of Kenya", "indirect"),
        quote("abscheulich und feige", "William Ruto", "direct"),
        quote("Ermittler der Kriminalpolizei DCI hätten den Fall übernommen", "Douglas Kanja", "indirect"),
        quote("Festnahmen habe es bislang nicht gegeben", "Kenyan police spokesperson", "indirect"),
        quote("kaltblütigen Mord", "Raila Odinga", "direct"),
        quote("Anschlag auf unsere Demokratie", "Moses Wetang'ula", "direct"),
        quote("nicht einmal gewählte Volksvertreter schützen zu können", "Kalonzo Musyoka", "indirect"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["Nairobi", "Kenias Hauptstadt Nairobi"]),
        entity("Kenya", "LOC", "KEN", ["Kenias", "Kenia"]),
        entity("Charles Ong'ondo Were", "PER", "KEN",
               ["ein Parlamentsabgeordneter", "Charles Ong'ondo Were", "dieser",
                "Der Politiker der Partei Orange Democratic Movement (ODM)", "Were", "Weres"]),
        entity("killers of Charles Ong'ondo Were", "PER", "KEN",
               ["Ein Mann auf dem Rücksitz eines Motorrads", "die Täter"]),
        entity("Ngong Road", "LOC", "KEN", ["der Ngong Road"]),
        entity("National Police Service of Kenya", "ORG", "KEN", ["die Polizei", "Die Polizei"]),
        entity("Orange Democratic Movement", "ORG", "KEN", ["Partei Orange Democratic Movement (ODM)", "ODM"]),
        entity("Kasipul", "LOC", "KEN", ["den Wahlkreis Kasipul", "Kasipul"]),
        entity("Homa Bay County", "LOC", "KEN", ["im westkenianischen Bezirk Homa Bay"]),
        entity("William Ruto", "PER", "KEN", ["Präsident William Ruto", "Er", "Ruto"]),
        entity("Douglas Kanja", "PER", "KEN", ["Polizeichef Douglas Kanja"]),
        entity("Directorate of Criminal Investigations of Kenya", "ORG", "KEN",
               ["Ermittler der Kriminalpolizei DCI"]),
        entity("Kenyan police spokesperson", "PER", "KEN", ["ein Polizeisprecher"]),
        entity("Raila Odinga", "PER", "KEN", ["ODM-Chef Raila Odinga", "Odinga"]),
        entity("Moses Wetang'ula", "PER", "KEN", ["Parlamentspräsident Moses Wetang'ula"]),
        entity("Kalonzo Musyoka", "PER", "KEN", ["Oppositionsführer Kalonzo Musyoka"]),
        entity("Government of Kenya", "ORG", "KEN", ["der Regierung"]),
        entity("Kipchumba Murkomen", "PER", "KEN", ["Innenminister Kipchumba Murkomen"]),
        entity("National Assembly of Kenya", "ORG", "KEN", ["Die Abgeordneten"]),
        entity("supporters of Charles Ong'ondo Were", "PER", "KEN", ["Hunderte Anhänger Weres", "die Menge"]),
    ],
}

# ---------------------------------------------------------------- hm502-de-02 (Senegal, hidden debt report)
SEN_AUDIT = actor("Court of Auditors of Senegal", "SEN", "JUD")
SALL_GOV = actor("former government of Macky Sall", "SEN", "GOV")
SARRE = actor("Moustapha Ndjekk Sarré", "SEN", "GOV")
SALL_OFFICIALS = actor("former officials of Macky Sall's government", "SEN", "GOV")
SONKO = actor("Ousmane Sonko", "SEN", "GOV")
SALL = actor("Macky Sall", "SEN", "OPP")
APR = actor("Alliance for the Republic", "SEN", "PTY")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
IMF = actor("International Monetary Fund", "IGO", "IGO")
DIBA = actor("Cheikh Diba", "SEN", "GOV")
FAYE = actor("Bassirou Diomaye Faye", "SEN", "GOV")
SEN_JUDICIARY = actor("Senegalese judiciary", "SEN", "JUD")
SALL_MINISTERS = actor("former ministers of Macky Sall", "SEN", "GOV")

D1 = ("Dakar (dpa) - Senegals Rechnungshof hat der Regierung des früheren Präsidenten Macky Sall vorgeworfen, die "
      "Staatsverschuldung jahrelang deutlich zu niedrig ausgewiesen zu haben.")
D2 = ("Ende 2023 habe die Schuldenquote nicht bei 74 Prozent, sondern bei fast 100 Prozent der Wirtschaftsleistung "
      "gelegen, heißt es in dem am Mittwoch veröffentlichten Bericht.")
D3 = "Auch das Haushaltsdefizit sei mit 12,3 Prozent mehr als doppelt so hoch gewesen wie angegeben."
D4 = "Die Prüfer sprachen von „schwerwiegenden Unregelmäßigkeiten“ bei der Verbuchung von Krediten."
D5 = ("Regierungssprecher Moustapha Ndjekk Sarré kündigte am Donnerstag an, die Verantwortlichen würden vor Gericht "
      "gestellt.")
D6 = "„Niemand wird ungestraft davonkommen“, sagte er in Dakar."
D7 = ("Premierminister Ousmane Sonko hatte Sall bereits im September vorgeworfen, die Bevölkerung und die Geldgeber "
      "„belogen“ zu haben.")
D8 = "Sall, der seit dem Ende seiner Amtszeit überwiegend in Marokko lebt, weist die Vorwürfe zurück."
D9 = "Seine Partei APR sprach von einer „politischen Abrechnung“ der neuen Führung."
D10 = ("Der Internationale Währungsfonds (IWF) hatte seine Auszahlungen an Senegal im vergangenen Jahr wegen der "
       "Unstimmigkeiten eingefroren.")
D11 = "Ein Kreditprogramm über 1,8 Milliarden Dollar liegt seither auf Eis."
D12 = ("Der Fonds kündigte an, im März eine Delegation nach Dakar zu schicken, um über ein neues Programm zu "
       "verhandeln.")
D13 = ("Finanzminister Cheikh Diba versicherte, Senegal werde alle Zahlen offenlegen und eng mit dem IWF "
       "zusammenarbeiten.")
D14 = ("Präsident Bassirou Diomaye Faye hatte die Prüfung kurz nach seinem Amtsantritt im April vergangenen Jahres in "
       "Auftrag gegeben.")
D15 = "Gegen mehrere frühere Minister Salls ermittelt bereits die Justiz."
D16 = ("Nach der Veröffentlichung des Berichts gerieten senegalesische Staatsanleihen an den Finanzmärkten unter "
       "Druck.")

DE02 = {
    "id": "hm502-de-02", "lang": "de", "url": None, "published": "2025-02-13",
    "title": "Senegals Rechnungshof: Vorgängerregierung hat Schulden verschleiert",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8, D9], [D10, D11, D12, D13], [D14, D15, D16]),
    "events": [
        event("ACCUSE", SEN_AUDIT, SALL_GOV, D1, mode="allege"),
        event("ACCUSE", SEN_AUDIT, SALL_GOV, D4, mode="allege"),
        event("THREATEN", SARRE, SALL_OFFICIALS, D5, date="2025-02-13"),
        event("THREATEN", SARRE, SALL_OFFICIALS, D6, location="Dakar", location_country="SEN"),
        event("ACCUSE", SONKO, SALL, D7, mode="allege"),
        event("ACCUSE", APR, SEN_GOV, D9, mode="disapprove"),
        event("SANCTION", IMF, SEN_GOV, D10, mode="discontinue"),
        event("AGREE", IMF, SEN_GOV, D12, location="Dakar", location_country="SEN"),
        event("AGREE", DIBA, IMF, D13),
        event("ACCUSE", FAYE, SALL_GOV, D14, mode="investigate"),
        event("ACCUSE", SEN_JUDICIARY, SALL_MINISTERS, D15, mode="investigate"),
    ],
    "quotes": [
        quote("die Staatsverschuldung jahrelang deutlich zu niedrig ausgewiesen zu haben", "Court of Auditors of Senegal",
              "indirect"),
        quote("Ende 2023 habe die Schuldenquote nicht bei 74 Prozent, sondern bei fast 100 Prozent der "
              "Wirtschaftsleistung gelegen", "Court of Auditors of Senegal", "indirect"),
        quote("Auch das Haushaltsdefizit sei mit 12,3 Prozent mehr als doppelt so hoch gewesen wie angegeben",
              "Court of Auditors of Senegal", "indirect"),
        quote("schwerwiegenden Unregelmäßigkeiten", "Court of Auditors of Senegal", "direct"),
        quote("die Verantwortlichen würden vor Gericht gestellt", "Moustapha Ndjekk Sarré", "indirect"),
        quote("Niemand wird ungestraft davonkommen", "Moustapha Ndjekk Sarré", "direct"),
        quote("belogen", "Ousmane Sonko", "direct"),
        quote("die Bevölkerung und die Geldgeber „belogen“ zu haben", "Ousmane Sonko", "indirect"),
        quote("politischen Abrechnung", "Alliance for the Republic", "direct"),
        quote("im März eine Delegation nach Dakar zu schicken, um über ein neues Programm zu verhandeln",
              "International Monetary Fund", "indirect"),
        quote("Senegal werde alle Zahlen offenlegen und eng mit dem IWF zusammenarbeiten", "Cheikh Diba", "indirect"),
    ],
    "entities": [
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("Senegal", "LOC", "SEN", ["Senegals", "Senegal"]),
        entity("Court of Auditors of Senegal", "ORG", "SEN",
               ["Senegals Rechnungshof", "Die Prüfer", "dem am Mittwoch veröffentlichten Bericht"]),
        entity("former government of Macky Sall", "ORG", "SEN",
               ["der Regierung des früheren Präsidenten Macky Sall"]),
        entity("Macky Sall", "PER", "SEN", ["des früheren Präsidenten Macky Sall", "Sall", "seiner", "Seine",
                                            "Salls"]),
        entity("Moustapha Ndjekk Sarré", "PER", "SEN", ["Regierungssprecher Moustapha Ndjekk Sarré", "er"]),
        entity("Ousmane Sonko", "PER", "SEN", ["Premierminister Ousmane Sonko"]),
        entity("Morocco", "LOC", "MAR", ["Marokko"]),
        entity("Alliance for the Republic", "ORG", "SEN", ["Seine Partei APR"]),
        entity("Government of Senegal", "ORG", "SEN", ["der neuen Führung", "Senegal"]),
        entity("International Monetary Fund", "ORG", "IGO",
               ["Der Internationale Währungsfonds (IWF)", "Der Fonds", "dem IWF"]),
        entity("Cheikh Diba", "PER", "SEN", ["Finanzminister Cheikh Diba"]),
        entity("Bassirou Diomaye Faye", "PER", "SEN", ["Präsident Bassirou Diomaye Faye", "seinem"]),
        entity("former ministers of Macky Sall", "PER", "SEN", ["mehrere frühere Minister Salls"]),
        entity("Senegalese judiciary", "ORG", "SEN", ["die Justiz"]),
    ],
}

# ---------------------------------------------------------------- hm502-de-03 (Ghana, Ablekuma North rerun violence)
GHA_ASSAILANTS = actor("masked assailants in Ablekuma North", "GHA", "CVL")
GHA_VOTERS = actor("voters in Ablekuma North", "GHA", "CVL")
GHA_JOURNALISTS = actor("journalists in Ablekuma North", "GHA", "MED")
GHA_POLICE = actor("Ghana Police Service", "GHA", "COP")
YOHUNO = actor("Christian Tetteh Yohuno", "GHA", "COP")
GHA_INSTIGATORS = actor("instigators of the Ablekuma North violence", "GHA", "CVL")
NPP = actor("New Patriotic Party", "GHA", "PTY")
NDC = actor("National Democratic Congress", "GHA", "PTY")
KODUA = actor("Justin Kodua", "GHA", "PTY")
GHA_EC = actor("Electoral Commission of Ghana", "GHA", "GOV")
KWETEY = actor("Fifi Fiavi Kwetey", "GHA", "PTY")
NPP_SUPPORTERS = actor("supporters of the New Patriotic Party", "GHA", "CVL")
MAHAMA = actor("John Mahama", "GHA", "GOV")
GJA = actor("Ghana Journalists Association", "GHA", "MED")

G1 = ("Accra (dpa) - Gewalt hat eine Nachwahl um einen umkämpften Parlamentssitz in Ghanas Hauptstadt Accra "
      "überschattet.")
G2 = ("Maskierte Männer griffen am Freitag in mehreren Wahllokalen des Wahlkreises Ablekuma North Wähler und "
      "Journalisten mit Stöcken und Macheten an, wie die Polizei mitteilte.")
G3 = "Mindestens zwölf Menschen wurden verletzt, darunter ein Reporter des Senders JoyNews."
G4 = ("Die Abstimmung in 19 Wahllokalen war angesetzt worden, nachdem das Ergebnis der Parlamentswahl vom Dezember "
      "monatelang umstritten war.")
G5 = "Die Polizei nahm nach eigenen Angaben 15 Verdächtige fest."
G6 = ("Polizeichef Christian Tetteh Yohuno kündigte eine Untersuchung an und drohte den Hintermännern mit harten "
      "Strafen.")
G7 = "„Wer Wähler einschüchtert, wird die volle Härte des Gesetzes zu spüren bekommen“, sagte er."
G8 = ("Die oppositionelle New Patriotic Party (NPP) warf der Regierungspartei National Democratic Congress (NDC) vor, "
      "Schlägertrupps angeheuert zu haben.")
G9 = ("NPP-Generalsekretär Justin Kodua forderte die Wahlkommission auf, die Abstimmung für ungültig zu erklären.")
G10 = "Die NDC wies die Vorwürfe zurück."
G11 = ("Ihr Generalsekretär Fifi Fiavi Kwetey beschuldigte seinerseits Anhänger der NPP, die Gewalt begonnen zu "
       "haben.")
G12 = "Präsident John Mahama verurteilte die Angriffe und rief beide Lager zur Zurückhaltung auf."
G13 = "Der Journalistenverband GJA verlangte, die Angreifer der Reporter zur Rechenschaft zu ziehen."
G14 = ("Die Wahlkommission will das Ergebnis nach eigenen Angaben erst nach Prüfung aller Beschwerden verkünden.")
G15 = "Ghana gilt als eine der stabilsten Demokratien Westafrikas."
G4B = ("Bei der Wahl im Dezember hatten beide Parteien den Sieg in Ablekuma North für sich beansprucht.")
G17 = ("Der Wahlkreis im Westen der Hauptstadt gilt seit Jahren als hart umkämpft.")
G16 = "Mahamas NDC hatte die Wahlen im Dezember mit großer Mehrheit gewonnen."

DE03 = {
    "id": "hm502-de-03", "lang": "de", "url": None, "published": "2025-07-12",
    "title": "Gewalt bei Nachwahl in Ghanas Hauptstadt",
    "text": paragraphs([G1, G2, G3, G4, G4B], [G5, G6, G7], [G8, G9, G10, G11], [G12, G13, G14], [G15, G16, G17]),
    "events": [
        event("ASSAULT", GHA_ASSAILANTS, GHA_VOTERS, G2, mode="primitive", date="2025-07-11",
              location="Ablekuma North", location_country="GHA"),
        event("ASSAULT", GHA_ASSAILANTS, GHA_JOURNALISTS, G2, mode="primitive", date="2025-07-11",
              location="Ablekuma North", location_country="GHA"),
        event("COERCE", GHA_POLICE, GHA_ASSAILANTS, G5, mode="arrest"),
        event("ACCUSE", YOHUNO, GHA_ASSAILANTS, G6, mode="investigate"),
        event("THREATEN", YOHUNO, GHA_INSTIGATORS, G6),
        event("THREATEN", YOHUNO, GHA_ASSAILANTS, G7),
        event("ACCUSE", NPP, NDC, G8, mode="allege"),
        event("REQUEST", KODUA, GHA_EC, G9, mode="change"),
        event("ACCUSE", KWETEY, NPP_SUPPORTERS, G11, mode="allege"),
        event("ACCUSE", MAHAMA, GHA_ASSAILANTS, G12, mode="disapprove"),
        event("REQUEST", MAHAMA, NPP, G12),
        event("REQUEST", MAHAMA, NDC, G12),
        event("REQUEST", GJA, GHA_POLICE, G13),
    ],
    "quotes": [
        quote("Maskierte Männer griffen am Freitag in mehreren Wahllokalen des Wahlkreises Ablekuma North Wähler und "
              "Journalisten mit Stöcken und Macheten an", "Ghana Police Service", "indirect"),
        quote("Die Polizei nahm nach eigenen Angaben 15 Verdächtige fest", "Ghana Police Service", "indirect"),
        quote("Wer Wähler einschüchtert, wird die volle Härte des Gesetzes zu spüren bekommen",
              "Christian Tetteh Yohuno", "direct"),
        quote("Schlägertrupps angeheuert zu haben", "New Patriotic Party", "indirect"),
        quote("die Gewalt begonnen zu haben", "Fifi Fiavi Kwetey", "indirect"),
        quote("Die Wahlkommission will das Ergebnis nach eigenen Angaben erst nach Prüfung aller Beschwerden verkünden",
              "Electoral Commission of Ghana", "indirect"),
    ],
    "entities": [
        entity("Accra", "LOC", "GHA", ["Accra", "Ghanas Hauptstadt Accra", "der Hauptstadt"]),
        entity("Ghana", "LOC", "GHA", ["Ghanas", "Ghana"]),
        entity("masked assailants in Ablekuma North", "PER", "GHA",
               ["Maskierte Männer", "15 Verdächtige", "die Angreifer der Reporter"]),
        entity("Ablekuma North", "LOC", "GHA", ["des Wahlkreises Ablekuma North", "Ablekuma North",
                                                "Der Wahlkreis im Westen der Hauptstadt"]),
        entity("voters in Ablekuma North", "PER", "GHA", ["Wähler"]),
        entity("journalists in Ablekuma North", "PER", "GHA", ["Journalisten", "der Reporter"]),
        entity("JoyNews", "ORG", "GHA", ["des Senders JoyNews"]),
        entity("Ghana Police Service", "ORG", "GHA", ["die Polizei", "Die Polizei"]),
        entity("Christian Tetteh Yohuno", "PER", "GHA", ["Polizeichef Christian Tetteh Yohuno", "er"]),
        entity("instigators of the Ablekuma North violence", "PER", "GHA", ["den Hintermännern"]),
        entity("New Patriotic Party", "ORG", "GHA", ["Die oppositionelle New Patriotic Party (NPP)", "NPP"]),
        entity("National Democratic Congress", "ORG", "GHA",
               ["der Regierungspartei National Democratic Congress (NDC)", "Die NDC", "Mahamas NDC",
                "beide Parteien"]),
        entity("Justin Kodua", "PER", "GHA", ["NPP-Generalsekretär Justin Kodua"]),
        entity("Electoral Commission of Ghana", "ORG", "GHA", ["die Wahlkommission", "Die Wahlkommission"]),
        entity("Fifi Fiavi Kwetey", "PER", "GHA", ["Ihr Generalsekretär Fifi Fiavi Kwetey"]),
        entity("supporters of the New Patriotic Party", "PER", "GHA", ["Anhänger der NPP"]),
        entity("John Mahama", "PER", "GHA", ["Präsident John Mahama", "Mahamas"]),
        entity("Ghana Journalists Association", "ORG", "GHA", ["Der Journalistenverband GJA"]),
        entity("West Africa", "LOC", None, ["Westafrikas"]),
    ],
}

# ---------------------------------------------------------------- hm502-de-04 (Tanzania/Germany, Steinmeier in Songea)
STEINMEIER = actor("Frank-Walter Steinmeier", "DEU", "GOV")
TZA_PEOPLE = actor("people of Tanzania", "TZA", "CVL")
MAJI_DESCENDANTS = actor("descendants of Maji Maji victims", "TZA", "CVL")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
SAMIA = actor("Samia Suluhu Hassan", "TZA", "GOV")
TZA_HISTORIANS = actor("Tanzanian historians", "TZA", "EDU")
ZMB_GOV = actor("Government of Zambia", "ZMB", "GOV")

T1 = ("Songea (dpa) - Bundespräsident Frank-Walter Steinmeier hat in Tansania um Vergebung für die Verbrechen der "
      "deutschen Kolonialherrschaft gebeten.")
T2 = ("„Ich möchte um Verzeihung bitten für das, was Deutsche hier Ihren Vorfahren angetan haben“, sagte Steinmeier "
      "am Mittwoch im Maji-Maji-Museum in Songea im Süden des Landes.")
T3 = "Was hier geschehen sei, sei auch Teil der deutschen Geschichte, fügte er hinzu."
T4 = "Im Maji-Maji-Krieg von 1905 bis 1907 kamen Schätzungen zufolge bis zu 300.000 Menschen ums Leben."
T5 = "Der Aufstand hatte sich gegen Zwangsarbeit auf Baumwollfeldern gerichtet."
T5B = ("Zwischen 1885 und 1918 gehörte das Gebiet des heutigen Tansania zur Kolonie Deutsch-Ostafrika.")
T6 = ("In Songea traf Steinmeier Nachfahren hingerichteter Anführer des Aufstands, darunter Angehörige von Chief "
      "Songea Mbano.")
T7 = ("Die Familien fordern seit Jahren die Rückgabe der Gebeine ihrer Vorfahren, die sie in deutschen Sammlungen "
      "vermuten.")
T8 = "Steinmeier sagte zu, sich in Deutschland für die Suche nach den sterblichen Überresten einzusetzen."
T9 = "Am Dienstag hatte Präsidentin Samia Suluhu Hassan den Bundespräsidenten in Daressalam empfangen."
T10 = "Beide vereinbarten eine engere Zusammenarbeit bei erneuerbaren Energien und in der Berufsausbildung."
T11 = "Hassan sagte, Tansania wolle mit Deutschland auch über eine Wiedergutmachung sprechen."
T12 = "Zugleich betonte sie, die Vergangenheit solle die guten Beziehungen beider Länder nicht belasten."
T13 = "Die Bundesregierung lehnt direkte Reparationszahlungen an Nachfahren von Kolonialopfern bislang ab."
T14 = "Tansanische Historiker kritisierten, eine Bitte um Vergebung reiche ohne Entschädigung nicht aus."
T15 = "Es ist Steinmeiers erster Besuch in dem ostafrikanischen Land als Staatsoberhaupt."
T16 = "Nach Angaben des Bundespräsidialamts reist er am Donnerstag weiter nach Sambia."

DE04 = {
    "id": "hm502-de-04", "lang": "de", "url": None, "published": "2023-11-01",
    "title": "Steinmeier bittet in Tansania um Vergebung für Kolonialverbrechen",
    "text": paragraphs([T1, T2, T3], [T4, T5, T5B], [T6, T7, T8], [T9, T10, T11, T12], [T13, T14, T15, T16]),
    "events": [
        event("CONCEDE", STEINMEIER, TZA_PEOPLE, T1, location_country="TZA"),
        event("CONCEDE", STEINMEIER, MAJI_DESCENDANTS, T2, date="2023-11-01", location="Songea",
              location_country="TZA"),
        event("CONSULT", STEINMEIER, MAJI_DESCENDANTS, T6, mode="meet", date="2023-11-01", location="Songea",
              location_country="TZA"),
        event("REQUEST", MAJI_DESCENDANTS, DEU_GOV, T7),
        event("AGREE", STEINMEIER, MAJI_DESCENDANTS, T8),
        event("CONSULT", STEINMEIER, SAMIA, T9, mode="visit", date="2023-10-31", location="Dar es Salaam",
              location_country="TZA"),
        event("AGREE", STEINMEIER, SAMIA, T10),
        event("REQUEST", SAMIA, DEU_GOV, T11, mode="meet"),
        event("REJECT", DEU_GOV, MAJI_DESCENDANTS, T13),
        event("ACCUSE", TZA_HISTORIANS, STEINMEIER, T14, mode="disapprove"),
        event("AGREE", STEINMEIER, ZMB_GOV, T16, location_country="ZMB"),
    ],
    "quotes": [
        quote("Ich möchte um Verzeihung bitten für das, was Deutsche hier Ihren Vorfahren angetan haben",
              "Frank-Walter Steinmeier", "direct"),
        quote("Was hier geschehen sei, sei auch Teil der deutschen Geschichte", "Frank-Walter Steinmeier", "indirect"),
        quote("sich in Deutschland für die Suche nach den sterblichen Überresten einzusetzen", "Frank-Walter Steinmeier",
              "indirect"),
        quote("Tansania wolle mit Deutschland auch über eine Wiedergutmachung sprechen", "Samia Suluhu Hassan",
              "indirect"),
        quote("die Vergangenheit solle die guten Beziehungen beider Länder nicht belasten", "Samia Suluhu Hassan",
              "indirect"),
        quote("eine Bitte um Vergebung reiche ohne Entschädigung nicht aus", "Tanzanian historians", "indirect"),
        quote("Nach Angaben des Bundespräsidialamts reist er am Donnerstag weiter nach Sambia",
              "Office of the Federal President of Germany", "indirect"),
    ],
    "entities": [
        entity("Songea", "LOC", "TZA", ["Songea"]),
        entity("Frank-Walter Steinmeier", "PER", "DEU",
               ["Bundespräsident Frank-Walter Steinmeier", "Steinmeier", "er", "den Bundespräsidenten",
                "Steinmeiers", "Staatsoberhaupt"]),
        entity("Tanzania", "LOC", "TZA", ["Tansania", "des Landes", "dem ostafrikanischen Land",
                                          "des heutigen Tansania"]),
        entity("Maji-Maji Museum", "LOC", "TZA", ["im Maji-Maji-Museum in Songea"]),
        entity("Maji Maji War", "MISC", None, ["Im Maji-Maji-Krieg von 1905 bis 1907", "Der Aufstand",
                                               "des Aufstands"]),
        entity("descendants of Maji Maji victims", "PER", "TZA",
               ["Ihren Vorfahren", "Nachfahren hingerichteter Anführer des Aufstands", "Die Familien",
                "Nachfahren von Kolonialopfern"]),
        entity("Songea Mbano", "PER", "TZA", ["Chief Songea Mbano"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["Präsidentin Samia Suluhu Hassan", "Hassan", "sie"]),
        entity("Dar es Salaam", "LOC", "TZA", ["Daressalam"]),
        entity("Government of Germany", "ORG", "DEU", ["Deutschland", "Die Bundesregierung"]),
        entity("Tanzanian historians", "PER", "TZA", ["Tansanische Historiker"]),
        entity("German East Africa", "LOC", "DEU", ["Kolonie Deutsch-Ostafrika"]),
        entity("Office of the Federal President of Germany", "ORG", "DEU", ["des Bundespräsidialamts"]),
        entity("Zambia", "LOC", "ZMB", ["Sambia"]),
    ],
}

# ---------------------------------------------------------------- hm502-en-01 (Ethiopia, HRW on Merawi killings)
HRW = actor("Human Rights Watch", "NGO", "NGO")
ENDF = actor("Ethiopian National Defense Force", "ETH", "MIL")
FANO = actor("Fano", "ETH", "REB")
BADER = actor("Laetitia Bader", "NGO", "NGO")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
UNHRC = actor("United Nations Human Rights Council", "UNO", "IGO")
EHRC = actor("Ethiopian Human Rights Commission", "ETH", "GOV")
ETH_PARL = actor("House of Peoples' Representatives of Ethiopia", "ETH", "LEG")
US_EMB_ETH = actor("Embassy of the United States in Addis Ababa", "USA", "GOV")

E1 = ("NAIROBI, Kenya (AP) — Ethiopian soldiers summarily executed dozens of civilians in a town in the country's "
      "Amhara region in January, Human Rights Watch said in a report released Thursday.")
E2 = ("The rights group said troops went from house to house in Merawi on Jan. 29, dragged men from their homes and "
      "shot them in the streets.")
E3 = "It said it had verified the deaths of at least 45 people, including a 14-year-old boy."
E4 = ("The killings came hours after Fano militiamen attacked government forces in the town, about 30 kilometers "
      "(19 miles) south of the regional capital, Bahir Dar.")
E5 = ("\"Ethiopian soldiers treated the people of Merawi as if they were the enemy,\" said Laetitia Bader, deputy "
      "Africa director at Human Rights Watch.")
E6 = ("The group called on the government to allow independent investigators into Amhara and to prosecute those "
      "responsible.")
E7 = "It also urged the U.N. Human Rights Council to set up a new mechanism to monitor abuses in Ethiopia."
E8 = ("The state-appointed Ethiopian Human Rights Commission said last month that government soldiers had killed at "
      "least 45 civilians in Merawi.")
E9 = "Government spokesman Legesse Tulu has previously denied that troops target civilians."
E10 = "Ethiopia's government did not respond to a request for comment on Thursday."
E11 = ("Fighting in Amhara erupted in August after years of tension over the region's place in Ethiopia's federal "
       "system.")
E12 = "Fano accuses Prime Minister Abiy Ahmed's government of failing to protect ethnic Amhara."
E13 = "Lawmakers extended a state of emergency in the region by four months in February."
E14 = ("The U.S. Embassy in Addis Ababa said it was concerned by the reports and urged all sides to protect "
       "civilians.")
E15 = ("The war in neighboring Tigray, which ended with a peace deal in November 2022, killed hundreds of thousands "
       "of people.")

EN01 = {
    "id": "hm502-en-01", "lang": "en", "url": None, "published": "2024-04-04",
    "title": "Rights group says Ethiopian soldiers executed dozens of civilians in Amhara town",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10], [E11, E12, E13, E14], [E15]),
    "events": [
        event("ACCUSE", HRW, ENDF, E1, mode="allege", date="2024-04-04"),
        event("ACCUSE", HRW, ENDF, E2, mode="allege"),
        event("ASSAULT", FANO, ENDF, E4, date="2024-01-29", location="Merawi", location_country="ETH"),
        event("ACCUSE", BADER, ENDF, E5, mode="disapprove"),
        event("REQUEST", HRW, ETH_GOV, E6),
        event("REQUEST", HRW, UNHRC, E7),
        event("ACCUSE", EHRC, ENDF, E8, mode="allege"),
        event("ACCUSE", FANO, ETH_GOV, E12, mode="disapprove"),
        event("COERCE", ETH_PARL, None, E13, mode="martial-law", location="Amhara", location_country="ETH"),
        event("REQUEST", US_EMB_ETH, ETH_GOV, E14),
        event("REQUEST", US_EMB_ETH, FANO, E14),
    ],
    "quotes": [
        quote("Ethiopian soldiers summarily executed dozens of civilians in a town in the country's Amhara region in "
              "January", "Human Rights Watch", "indirect"),
        quote("troops went from house to house in Merawi on Jan. 29, dragged men from their homes and shot them in the "
              "streets", "Human Rights Watch", "indirect"),
        quote("it had verified the deaths of at least 45 people, including a 14-year-old boy", "Human Rights Watch",
              "indirect"),
        quote("Ethiopian soldiers treated the people of Merawi as if they were the enemy", "Laetitia Bader", "direct"),
        quote("government soldiers had killed at least 45 civilians in Merawi", "Ethiopian Human Rights Commission",
              "indirect"),
        quote("troops target civilians", "Legesse Tulu", "indirect"),
        quote("it was concerned by the reports", "Embassy of the United States in Addis Ababa", "indirect"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["NAIROBI"]),
        entity("Kenya", "LOC", "KEN", ["Kenya"]),
        entity("Ethiopian National Defense Force", "ORG", "ETH",
               ["Ethiopian soldiers", "troops", "government forces", "government soldiers"]),
        entity("Ethiopia", "LOC", "ETH", ["the country's", "Ethiopia", "Ethiopia's"]),
        entity("Amhara", "LOC", "ETH", ["Amhara region", "Amhara", "the region", "the region's"]),
        entity("Human Rights Watch", "ORG", "NGO",
               ["Human Rights Watch", "The rights group", "It", "The group"]),
        entity("Merawi", "LOC", "ETH", ["a town in the country's Amhara region", "Merawi", "the town"]),
        entity("Fano", "ORG", "ETH", ["Fano militiamen", "Fano"]),
        entity("Bahir Dar", "LOC", "ETH", ["the regional capital, Bahir Dar"]),
        entity("Laetitia Bader", "PER", "NGO", ["Laetitia Bader, deputy Africa director at Human Rights Watch"]),
        entity("Government of Ethiopia", "ORG", "ETH",
               ["the government", "Ethiopia's government", "Prime Minister Abiy Ahmed's government"]),
        entity("United Nations Human Rights Council", "ORG", "UNO", ["the U.N. Human Rights Council"]),
        entity("Ethiopian Human Rights Commission", "ORG", "ETH",
               ["The state-appointed Ethiopian Human Rights Commission"]),
        entity("Legesse Tulu", "PER", "ETH", ["Government spokesman Legesse Tulu"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Prime Minister Abiy Ahmed's"]),
        entity("House of Peoples' Representatives of Ethiopia", "ORG", "ETH", ["Lawmakers"]),
        entity("Embassy of the United States in Addis Ababa", "ORG", "USA", ["The U.S. Embassy in Addis Ababa"]),
        entity("Addis Ababa", "LOC", "ETH", ["Addis Ababa"]),
        entity("Tigray", "LOC", "ETH", ["neighboring Tigray"]),
    ],
}

# ---------------------------------------------------------------- hm502-en-02 (South Africa, Cape Town taxi strike)
SAPS = actor("South African Police Service", "ZAF", "COP")
CT_RIOTERS = actor("rioters in Cape Town", "ZAF", "CVL")
SANTACO = actor("South African National Taxi Council", "ZAF", "BUS")
CT_CITY = actor("City of Cape Town", "ZAF", "GOV")
TAXI_OPERATORS = actor("minibus taxi operators in Cape Town", "ZAF", "BUS")
CELE = actor("Bheki Cele", "ZAF", "GOV")
HILL_LEWIS = actor("Geordin Hill-Lewis", "ZAF", "GOV")
WC_COURT = actor("Western Cape High Court", "ZAF", "JUD")
CHIKUNGA = actor("Sindisiwe Chikunga", "ZAF", "GOV")
GBR_FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")

C1 = ("CAPE TOWN, South Africa (AP) — Police in Cape Town have arrested more than 120 people during a strike by "
      "minibus taxi operators that has left five people dead and paralyzed much of the city, officials said "
      "Tuesday.")
C2 = ("The South African National Taxi Council, known as SANTACO, called the strike last Thursday in protest at the "
      "impounding of hundreds of taxis by city authorities under new traffic bylaws.")
C3 = ("Rioters have set at least 10 buses on fire and stoned cars in the townships of Nyanga, Gugulethu and "
      "Khayelitsha.")
C4 = ("A British doctor visiting the city was shot dead on Thursday after taking a wrong turn into Nyanga, and a "
      "police officer was killed in Philippi.")
C5 = ("Police Minister Bheki Cele said officers would \"deal decisively\" with anyone attacking commuters or "
      "buses.")
C6 = "He said additional public order police units had been sent to the city from other provinces."
C7 = ("SANTACO accused the city of using the bylaws to punish drivers for minor offenses and demanded the release of "
      "all impounded vehicles.")
C8 = ("Mayor Geordin Hill-Lewis refused, saying the city would not \"negotiate under threat of violence\" and that "
      "enforcement would continue.")
C9 = "He accused taxi bosses of holding the city's residents hostage."
C10 = ("The Western Cape High Court on Monday granted the city an interim order barring SANTACO leaders from inciting "
       "violence.")
C11 = ("Transport Minister Sindisiwe Chikunga met both sides on Monday and said a deal to end the strike was "
       "\"within reach\" if each gave ground.")
C12 = ("The strike has left hundreds of thousands of commuters stranded and forced many schools and clinics to "
       "close.")
C13 = ("Britain's Foreign Office said it was in contact with South African authorities about the doctor's death.")
C14 = ("Minibus taxis carry most of South Africa's commuters, and the industry has a long history of violent turf "
       "wars.")

EN02 = {
    "id": "hm502-en-02", "lang": "en", "url": None, "published": "2023-08-08",
    "title": "More than 120 arrested as deadly taxi strike paralyzes Cape Town",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9], [C10, C11, C12], [C13, C14]),
    "events": [
        event("COERCE", SAPS, CT_RIOTERS, C1, mode="arrest", location="Cape Town", location_country="ZAF"),
        event("PROTEST", SANTACO, CT_CITY, C1, mode="strike", location="Cape Town", location_country="ZAF"),
        event("PROTEST", SANTACO, CT_CITY, C2, mode="strike", date="2023-08-03", location="Cape Town",
              location_country="ZAF"),
        event("COERCE", CT_CITY, TAXI_OPERATORS, C2, mode="seize", location="Cape Town", location_country="ZAF"),
        event("PROTEST", CT_RIOTERS, CT_CITY, C3, mode="riot", location="Cape Town", location_country="ZAF"),
        event("THREATEN", CELE, CT_RIOTERS, C5),
        event("MOBILIZE", SAPS, None, C6, mode="police", location="Cape Town", location_country="ZAF"),
        event("ACCUSE", SANTACO, CT_CITY, C7, mode="disapprove"),
        event("REQUEST", SANTACO, CT_CITY, C7, mode="yield"),
        event("REJECT", HILL_LEWIS, SANTACO, C8, mode="yield"),
        event("ACCUSE", HILL_LEWIS, SANTACO, C9, mode="disapprove"),
        event("COERCE", WC_COURT, SANTACO, C10, mode="restrict", date="2023-08-07", location="Cape Town",
              location_country="ZAF"),
        event("CONSULT", CHIKUNGA, SANTACO, C11, mode="meet", date="2023-08-07"),
        event("CONSULT", CHIKUNGA, CT_CITY, C11, mode="meet", date="2023-08-07"),
        event("CONSULT", GBR_FCDO, ZAF_GOV, C13),
    ],
    "quotes": [
        quote("Police in Cape Town have arrested more than 120 people during a strike by minibus taxi operators that "
              "has left five people dead and paralyzed much of the city", "South African officials", "indirect"),
        quote("deal decisively", "Bheki Cele", "direct"),
        quote("officers would \"deal decisively\" with anyone attacking commuters or buses", "Bheki Cele", "indirect"),
        quote("additional public order police units had been sent to the city from other provinces", "Bheki Cele",
              "indirect"),
        quote("negotiate under threat of violence", "Geordin Hill-Lewis", "direct"),
        quote("the city would not \"negotiate under threat of violence\" and that enforcement would continue",
              "Geordin Hill-Lewis", "indirect"),
        quote("within reach", "Sindisiwe Chikunga", "direct"),
        quote("a deal to end the strike was \"within reach\" if each gave ground", "Sindisiwe Chikunga", "indirect"),
        quote("it was in contact with South African authorities about the doctor's death",
              "Foreign, Commonwealth and Development Office", "indirect"),
    ],
    "entities": [
        entity("Cape Town", "LOC", "ZAF", ["CAPE TOWN", "Cape Town", "much of the city", "the city"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa", "South Africa's"]),
        entity("South African Police Service", "ORG", "ZAF", ["Police in Cape Town", "officers",
                                                              "additional public order police units"]),
        entity("rioters in Cape Town", "PER", "ZAF", ["more than 120 people", "Rioters"]),
        entity("minibus taxi operators in Cape Town", "PER", "ZAF", ["minibus taxi operators", "drivers",
                                                                     "taxi bosses"]),
        entity("South African National Taxi Council", "ORG", "ZAF",
               ["The South African National Taxi Council, known as SANTACO", "SANTACO"]),
        entity("City of Cape Town", "ORG", "ZAF", ["city authorities", "the city"]),
        entity("Nyanga", "LOC", "ZAF", ["Nyanga"]),
        entity("Gugulethu", "LOC", "ZAF", ["Gugulethu"]),
        entity("Khayelitsha", "LOC", "ZAF", ["Khayelitsha"]),
        entity("British doctor killed in Cape Town", "PER", "GBR", ["A British doctor visiting the city",
                                                                   "the doctor's"]),
        entity("Philippi", "LOC", "ZAF", ["Philippi"]),
        entity("Bheki Cele", "PER", "ZAF", ["Police Minister Bheki Cele", "He"]),
        entity("Geordin Hill-Lewis", "PER", "ZAF", ["Mayor Geordin Hill-Lewis", "He"]),
        entity("Western Cape High Court", "ORG", "ZAF", ["The Western Cape High Court"]),
        entity("SANTACO leaders", "PER", "ZAF", ["SANTACO leaders"]),
        entity("Sindisiwe Chikunga", "PER", "ZAF", ["Transport Minister Sindisiwe Chikunga"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["Britain's Foreign Office"]),
        entity("Government of South Africa", "ORG", "ZAF", ["South African authorities"]),
        entity("Britain", "LOC", "GBR", ["Britain's"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
