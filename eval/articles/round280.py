"""Round 280: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm280-de-01: Niger: an ECOWAS summit in Abuja gives the junta a week to reinstate Bazoum, threatens force and imposes sanctions; Tinubu warns, Abdramane accuses ECOWAS, junta supporters attack the French embassy in Niamey and are tear-gassed, Macron warns, Paris suspends aid, Déby meets Tiani and the detained Bazoum (2023-07-30).
- hm280-de-02: DR Congo/Rwanda: the Luanda summit collapses as Kagame stays away; Rwanda demands direct talks with the M23, no agreement, Kinshasa refuses, Tina Salama accuses Kigali, Tshisekedi meets Lourenço, Nduhungirehe's demand, fighting in Lubero and army reinforcements, the November FDLR plan (2024-12-15).
- hm280-de-03: Egypt/EU: von der Leyen signs a strategic partnership with al-Sisi in Cairo and promises 7.4 billion euros; Meloni and Mitsotakis attend, Gaza ceasefire and Rafah demands, HRW and Amnesty criticise, IMF and Ras El Hekma deals recalled (2024-03-17).
- hm280-de-04: Senegal: the government dissolves Ousmane Sonko's party Pastef after he is arrested and charged; Diome's accusation, hunger strike, riots and tear gas in Ziguinchor, mobile internet restricted, Pastef and Amnesty object, his June conviction (2023-07-31).
- hm280-en-01: United Kingdom/Sudan: the London conference on Sudan pledges aid but Egypt and the UAE cannot agree on a communique; Lammy's pledge and ceasefire call, the uninvited Port Sudan government protests and objects to the UAE, Dagalo's rival government condemned by the AU, Burhan rules out talks, RSF shelling of El Fasher (2025-04-15).
- hm280-en-02: United States/Kenya: Biden hosts Ruto and says he will designate Kenya a major non-NATO ally; Haiti police mission, Pentagon airlift, helicopters pledged, Biden's planned Africa trip, Ruto's call for lender reform, Aukot accuses Ruto, state dinner (2024-05-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm280-de-01 (Niger, ECOWAS ultimatum)
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
NER_JUNTA = actor("National Council for the Safeguard of the Homeland", "NER", "MIL")
NIGER = actor("Niger", "NER", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
ABDRAMANE = actor("Amadou Abdramane", "NER", "MIL")
NER_DEMONSTRATORS = actor("pro-junta demonstrators in Niamey", "NER", "CVL")
FRANCE = actor("France", "FRA", "GOV")
NER_SECURITY = actor("Nigerien security forces", "NER", "COP")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
DEBY = actor("Mahamat Idriss Déby", "TCD", "GOV")
TIANI = actor("Abdourahamane Tiani", "NER", "MIL")
BAZOUM = actor("Mohamed Bazoum", "NER", "GOV")
NER_GUARD = actor("Presidential Guard of Niger", "NER", "MIL")

N1 = ("Abuja/Niamey (dpa) - Die westafrikanische Staatengemeinschaft Ecowas hat der Militärjunta im Niger mit dem "
      "Einsatz von Gewalt gedroht.")
N2 = ("Sollte der festgesetzte Präsident Mohamed Bazoum nicht binnen einer Woche freigelassen und wieder in sein Amt "
      "eingesetzt werden, werde man „alle notwendigen Maßnahmen“ ergreifen, hieß es in der Abschlusserklärung eines "
      "Sondergipfels am Sonntag in der nigerianischen Hauptstadt Abuja.")
N3 = ("Die Staats- und Regierungschefs beschlossen zudem, die Grenzen zum Niger zu schließen, alle Handels- und "
      "Finanzgeschäfte mit dem Land auszusetzen und Guthaben des Staates bei der Regionalzentralbank einzufrieren.")
N4 = ("„Wir werden nicht zulassen, dass Putschisten in unserer Region das letzte Wort haben“, sagte Nigerias "
      "Präsident Bola Tinubu, der derzeit den Vorsitz der Ecowas führt.")
N5 = ("Junta-Sprecher Oberst Amadou Abdramane hatte der Ecowas bereits am Samstagabend im Staatsfernsehen "
      "vorgeworfen, mit dem Gipfel eine militärische Intervention im Niger vorzubereiten.")
N6 = "In Niamey zogen am Sonntag Tausende Anhänger der Putschisten vor die französische Botschaft."
N7 = ("Einige versuchten, auf das Gelände vorzudringen, rissen das Botschaftsschild ab und legten Feuer an einem "
      "Tor.")
N8 = "Viele schwenkten russische Fahnen und riefen „Es lebe Putin“ und „Nieder mit Frankreich“."
N9 = "Sicherheitskräfte setzten Tränengas ein, um die Menge zu zerstreuen."
N10 = ("Frankreichs Präsident Emmanuel Macron warnte die neuen Machthaber in Niamey, er werde keinerlei Angriffe auf "
       "Frankreich und seine Interessen dulden und „sofort und unnachgiebig“ reagieren.")
N11 = "Paris hatte bereits am Samstag seine Entwicklungs- und Budgethilfe für den Niger ausgesetzt."
N12 = ("Unterdessen reiste der tschadische Übergangspräsident Mahamat Idriss Déby als Vermittler nach Niamey und traf "
       "dort General Abdourahamane Tiani, der sich am Freitag zum neuen Machthaber erklärt hatte.")
N13 = "Déby sprach auch mit Bazoum und veröffentlichte anschließend Fotos von der Begegnung."
N14 = "Der 63-Jährige wird seit Mittwoch von der Präsidialgarde in seiner Residenz festgehalten."
N15 = ("Der Niger galt bislang als einer der letzten verlässlichen Partner westlicher Staaten im Kampf gegen "
       "islamistische Milizen in der Sahelzone.")
N16 = "Frankreich hat in dem Land rund 1500 Soldaten stationiert, die USA etwa 1100."

DE01 = {
    "id": "hm280-de-01", "lang": "de", "url": None, "published": "2023-07-30",
    "title": "Ecowas droht Putschisten im Niger mit Gewalt",
    "text": paragraphs([N1, N2, N3], [N4, N5], [N6, N7, N8, N9, N10, N11], [N12, N13, N14], [N15, N16]),
    "events": [
        event("THREATEN", ECOWAS, NER_JUNTA, N1, mode="violence"),
        event("REQUEST", ECOWAS, NER_JUNTA, N2, mode="yield", date="2023-07-30", location="Abuja",
              location_country="NGA"),
        event("THREATEN", ECOWAS, NER_JUNTA, N2, date="2023-07-30", location="Abuja", location_country="NGA"),
        event("SANCTION", ECOWAS, NIGER, N3, mode="discontinue", date="2023-07-30", location="Abuja",
              location_country="NGA"),
        event("THREATEN", TINUBU, NER_JUNTA, N4),
        event("ACCUSE", ABDRAMANE, ECOWAS, N5, mode="allege", date="2023-07-29"),
        event("PROTEST", NER_DEMONSTRATORS, FRANCE, N6, mode="demo", date="2023-07-30", location="Niamey",
              location_country="NER"),
        event("PROTEST", NER_DEMONSTRATORS, FRANCE, N7, mode="riot", location="Niamey", location_country="NER"),
        event("ASSAULT", NER_SECURITY, NER_DEMONSTRATORS, N9, mode="crowd-control", location="Niamey",
              location_country="NER"),
        event("THREATEN", MACRON, NER_JUNTA, N10),
        event("SANCTION", FRANCE, NIGER, N11, mode="withdraw", date="2023-07-29"),
        event("CONSULT", DEBY, TIANI, N12, mode="visit", date="2023-07-30", location="Niamey",
              location_country="NER"),
        event("CONSULT", DEBY, BAZOUM, N13, mode="visit", location="Niamey", location_country="NER"),
        event("COERCE", NER_GUARD, BAZOUM, N14, mode="arrest", date="2023-07-26", location="Niamey",
              location_country="NER"),
    ],
    "quotes": [
        quote("alle notwendigen Maßnahmen", "Economic Community of West African States", "direct"),
        quote("Sollte der festgesetzte Präsident Mohamed Bazoum nicht binnen einer Woche freigelassen und wieder in "
              "sein Amt eingesetzt werden, werde man „alle notwendigen Maßnahmen“ ergreifen",
              "Economic Community of West African States", "indirect"),
        quote("Wir werden nicht zulassen, dass Putschisten in unserer Region das letzte Wort haben", "Bola Tinubu",
              "direct"),
        quote("mit dem Gipfel eine militärische Intervention im Niger vorzubereiten", "Amadou Abdramane", "indirect"),
        quote("Es lebe Putin", "pro-junta demonstrators in Niamey", "direct"),
        quote("Nieder mit Frankreich", "pro-junta demonstrators in Niamey", "direct"),
        quote("sofort und unnachgiebig", "Emmanuel Macron", "direct"),
        quote("er werde keinerlei Angriffe auf Frankreich und seine Interessen dulden und „sofort und unnachgiebig“ "
              "reagieren", "Emmanuel Macron", "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Niamey", "LOC", "NER", ["Niamey"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["Die westafrikanische Staatengemeinschaft Ecowas", "der Ecowas", "Die Staats- und Regierungschefs"]),
        entity("National Council for the Safeguard of the Homeland", "ORG", "NER",
               ["der Militärjunta im Niger", "Junta", "Putschisten", "die neuen Machthaber in Niamey"]),
        entity("Niger", "LOC", "NER", ["Niger", "dem Land", "des Staates", "in dem Land"]),
        entity("Mohamed Bazoum", "PER", "NER", ["der festgesetzte Präsident Mohamed Bazoum", "Bazoum",
                                                "Der 63-Jährige"]),
        entity("Regional central bank (BCEAO)", "ORG", "IGO", ["der Regionalzentralbank"]),
        entity("Bola Tinubu", "PER", "NGA", ["Nigerias Präsident Bola Tinubu"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias"]),
        entity("Amadou Abdramane", "PER", "NER", ["Junta-Sprecher Oberst Amadou Abdramane"]),
        entity("Radio Télévision du Niger", "ORG", "NER", ["im Staatsfernsehen"]),
        entity("pro-junta demonstrators in Niamey", "ORG", "NER", ["Tausende Anhänger der Putschisten", "die Menge"]),
        entity("Embassy of France in Niamey", "LOC", "FRA", ["die französische Botschaft", "das Gelände"]),
        entity("Vladimir Putin", "PER", "RUS", ["Putin"]),
        entity("France", "LOC", "FRA", ["Frankreich", "Frankreichs"]),
        entity("Nigerien security forces", "ORG", "NER", ["Sicherheitskräfte"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("Government of France", "ORG", "FRA", ["Paris"]),
        entity("Mahamat Idriss Déby", "PER", "TCD", ["der tschadische Übergangspräsident Mahamat Idriss Déby",
                                                     "Déby"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["General Abdourahamane Tiani"]),
        entity("Presidential Guard of Niger", "ORG", "NER", ["der Präsidialgarde"]),
        entity("Sahel", "LOC", None, ["der Sahelzone"]),
        entity("United States", "LOC", "USA", ["die USA"]),
    ],
}

# ---------------------------------------------------------------- hm280-de-02 (DR Congo/Rwanda, Luanda summit fails)
KAGAME = actor("Paul Kagame", "RWA", "GOV")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
LOURENCO = actor("João Lourenço", "AGO", "GOV")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
SALAMA = actor("Tina Salama", "COD", "GOV")
NDUHUNGIREHE = actor("Olivier Nduhungirehe", "RWA", "GOV")
M23 = actor("M23", "COD", "REB")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
KAYIKWAMBA = actor("Thérèse Kayikwamba Wagner", "COD", "GOV")

L1 = ("Luanda (AFP) - Ein mit Spannung erwartetes Gipfeltreffen zur Beendigung des Konflikts im Osten der "
      "Demokratischen Republik Kongo ist in letzter Minute geplatzt.")
L2 = ("Ruandas Präsident Paul Kagame sagte seine Teilnahme an dem Treffen mit seinem kongolesischen Amtskollegen "
      "Félix Tshisekedi am Sonntag in der angolanischen Hauptstadt kurzfristig ab.")
L3 = ("Der Gipfel finde nicht statt, teilte das Büro des angolanischen Präsidenten João Lourenço mit, der im Auftrag "
      "der Afrikanischen Union zwischen beiden Ländern vermittelt.")
L4 = ("Bei einem Vorbereitungstreffen der Außenminister am Samstag habe die ruandische Delegation darauf bestanden, "
      "dass Kinshasa direkte Gespräche mit der Rebellengruppe M23 aufnehme, hieß es weiter.")
L5 = "Darüber habe keine Einigung erzielt werden können."
L6 = "Die kongolesische Regierung wies die Forderung zurück."
L7 = "Tshisekedis Sprecherin Tina Salama warf Kigali vor, den Friedensprozess zu „sabotieren“."
L8 = "„Ruanda hat heute gezeigt, dass es keinen Frieden will“, schrieb sie auf der Plattform X."
L9 = ("Tshisekedi, der bereits am Samstagabend in Luanda eingetroffen war, kam am Sonntag zu einem Gespräch mit "
      "Lourenço zusammen.")
L10 = "Ruandas Außenminister Olivier Nduhungirehe wies die Vorwürfe zurück."
L11 = ("Er forderte Kinshasa erneut auf, direkt mit der M23 zu verhandeln; ohne einen solchen Dialog könne es keinen "
       "dauerhaften Frieden geben.")
L12 = "Im Osten des Kongos gingen die Kämpfe unterdessen weiter."
L13 = ("Im Gebiet Lubero in der Provinz Nord-Kivu lieferten sich M23-Rebellen und Regierungstruppen am Wochenende "
       "heftige Gefechte mit Artillerie, bei denen die Rebellen bis in die Ortschaft Matembe vorrückten.")
L14 = "Die Armee verlegte nach eigenen Angaben Verstärkung in die Region."
L15 = ("Kinshasa und UN-Experten werfen Ruanda seit Langem vor, die M23 mit Waffen und Tausenden Soldaten zu "
       "unterstützen.")
L16 = ("Kigali bestreitet das, spricht aber von „Verteidigungsmaßnahmen“ gegen die Hutu-Miliz FDLR, in deren Reihen "
       "auch Täter des Völkermords von 1994 kämpften.")
L17 = ("Nduhungirehe und seine kongolesische Kollegin Thérèse Kayikwamba Wagner hatten sich erst Ende November in "
       "Luanda auf einen Plan zur Zerschlagung der FDLR geeinigt.")

DE02 = {
    "id": "hm280-de-02", "lang": "de", "url": None, "published": "2024-12-15",
    "title": "Kongo-Gipfel in Luanda geplatzt – Kagame bleibt fern",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7, L8], [L9, L10, L11], [L12, L13, L14],
                       [L15, L16, L17]),
    "events": [
        event("REJECT", KAGAME, TSHISEKEDI, L2, mode="meet", date="2024-12-15", location="Luanda",
              location_country="AGO"),
        event("REQUEST", RWA_GOV, COD_GOV, L4, mode="meet", date="2024-12-14", location="Luanda",
              location_country="AGO"),
        event("AGREE", RWA_GOV, COD_GOV, L5, negated=True),
        event("REJECT", COD_GOV, RWA_GOV, L6, mode="meet"),
        event("ACCUSE", SALAMA, RWA_GOV, L7, mode="allege"),
        event("ACCUSE", SALAMA, RWA_GOV, L8, mode="disapprove"),
        event("CONSULT", TSHISEKEDI, LOURENCO, L9, mode="visit", date="2024-12-15", location="Luanda",
              location_country="AGO"),
        event("REQUEST", NDUHUNGIREHE, COD_GOV, L11, mode="meet"),
        event("ASSAULT", M23, FARDC, L13, mode="heavy-weapons", location="Lubero", location_country="COD"),
        event("MOBILIZE", FARDC, None, L14, mode="troops", location="Lubero", location_country="COD"),
        event("AGREE", NDUHUNGIREHE, KAYIKWAMBA, L17, location="Luanda", location_country="AGO"),
    ],
    "quotes": [
        quote("Der Gipfel finde nicht statt", "Presidency of Angola", "indirect"),
        quote("Bei einem Vorbereitungstreffen der Außenminister am Samstag habe die ruandische Delegation darauf "
              "bestanden, dass Kinshasa direkte Gespräche mit der Rebellengruppe M23 aufnehme",
              "Presidency of Angola", "indirect"),
        quote("Darüber habe keine Einigung erzielt werden können", "Presidency of Angola", "indirect"),
        quote("sabotieren", "Tina Salama", "direct"),
        quote("den Friedensprozess zu „sabotieren“", "Tina Salama", "indirect"),
        quote("Ruanda hat heute gezeigt, dass es keinen Frieden will", "Tina Salama", "direct"),
        quote("ohne einen solchen Dialog könne es keinen dauerhaften Frieden geben", "Olivier Nduhungirehe",
              "indirect"),
        quote("die M23 mit Waffen und Tausenden Soldaten zu unterstützen",
              "Government of the Democratic Republic of the Congo", "indirect"),
        quote("die M23 mit Waffen und Tausenden Soldaten zu unterstützen",
              "UN Group of Experts on the Democratic Republic of the Congo", "indirect"),
        quote("Verteidigungsmaßnahmen", "Government of Rwanda", "direct"),
    ],
    "entities": [
        entity("Luanda", "LOC", "AGO", ["Luanda", "der angolanischen Hauptstadt"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["der Demokratischen Republik Kongo",
                                                                  "des Kongos"]),
        entity("Paul Kagame", "PER", "RWA", ["Ruandas Präsident Paul Kagame"]),
        entity("Rwanda", "LOC", "RWA", ["Ruandas"]),
        entity("Félix Tshisekedi", "PER", "COD", ["seinem kongolesischen Amtskollegen Félix Tshisekedi",
                                                  "Tshisekedis", "Tshisekedi"]),
        entity("Presidency of Angola", "ORG", "AGO", ["das Büro des angolanischen Präsidenten João Lourenço"]),
        entity("João Lourenço", "PER", "AGO", ["des angolanischen Präsidenten João Lourenço", "Lourenço"]),
        entity("African Union", "ORG", "IGO", ["der Afrikanischen Union"]),
        entity("Government of Rwanda", "ORG", "RWA", ["die ruandische Delegation", "Kigali", "Ruanda"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD",
               ["Kinshasa", "Die kongolesische Regierung"]),
        entity("M23", "ORG", "COD", ["der Rebellengruppe M23", "der M23", "M23-Rebellen", "die Rebellen",
                                     "die M23"]),
        entity("Tina Salama", "PER", "COD", ["Tshisekedis Sprecherin Tina Salama"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Olivier Nduhungirehe", "PER", "RWA", ["Ruandas Außenminister Olivier Nduhungirehe",
                                                      "Nduhungirehe"]),
        entity("Lubero", "LOC", "COD", ["Gebiet Lubero", "die Region"]),
        entity("North Kivu", "LOC", "COD", ["der Provinz Nord-Kivu"]),
        entity("Matembe", "LOC", "COD", ["die Ortschaft Matembe"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD",
               ["Regierungstruppen", "Die Armee"]),
        entity("UN Group of Experts on the Democratic Republic of the Congo", "ORG", "UNO", ["UN-Experten"]),
        entity("Democratic Forces for the Liberation of Rwanda", "ORG", "RWA", ["die Hutu-Miliz FDLR", "der FDLR"]),
        entity("Thérèse Kayikwamba Wagner", "PER", "COD",
               ["seine kongolesische Kollegin Thérèse Kayikwamba Wagner"]),
    ],
}

# ---------------------------------------------------------------- hm280-de-03 (Egypt/EU, strategic partnership)
EU = actor("European Union", "EUR", "IGO")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
VON_DER_LEYEN = actor("Ursula von der Leyen", "EUR", "IGO")
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
IMF = actor("International Monetary Fund", "IGO", "IGO")
UAE = actor("United Arab Emirates", "ARE", "GOV")

E1 = ("Kairo (dpa) - Die Europäische Union will Ägypten mit Finanzhilfen in Höhe von 7,4 Milliarden Euro "
      "unterstützen.")
E2 = ("EU-Kommissionspräsidentin Ursula von der Leyen und der ägyptische Präsident Abdel Fattah al-Sisi "
      "unterzeichneten am Sonntag in Kairo eine Erklärung über eine strategische und umfassende Partnerschaft.")
E3 = ("An dem Treffen mit al-Sisi nahmen auch Italiens Ministerpräsidentin Giorgia Meloni und der griechische "
      "Regierungschef Kyriakos Mitsotakis teil.")
E4 = ("Das Paket umfasst zinsgünstige Kredite über fünf Milliarden Euro, Investitionen von 1,8 Milliarden Euro und "
      "Zuschüsse in Höhe von 600 Millionen Euro, wie die Kommission mitteilte.")
E5 = "200 Millionen Euro davon sind für die Bekämpfung der irregulären Migration vorgesehen."
E6 = "„Ägypten ist für Europa ein Partner von strategischer Bedeutung, heute und in Zukunft“, sagte von der Leyen."
E7 = ("Der 69-jährige al-Sisi forderte bei dem Treffen eine sofortige Waffenruhe im Gazastreifen und mahnte Israel, "
      "von einer Bodenoffensive in der Grenzstadt Rafah abzusehen.")
E8 = "Auch Meloni rief die israelische Regierung zur Zurückhaltung auf."
E9 = ("Die EU belohne eine Regierung, die Zehntausende politische Gefangene festhalte und Kritiker mundtot mache, "
      "erklärte die Organisation Human Rights Watch.")
E10 = "Amnesty International warf Brüssel vor, sich mit dem Geld die Abwehr von Migranten erkaufen zu wollen."
E11 = "Von der Leyen wies die Kritik zurück."
E12 = "Die Partnerschaft umfasse auch die Zusammenarbeit bei Demokratie und Menschenrechten, sagte sie."
E13 = "Ägypten steckt in einer schweren Wirtschaftskrise, die Inflation lag zuletzt bei mehr als 35 Prozent."
E14 = ("Anfang März hatte sich Kairo mit dem Internationalen Währungsfonds auf eine Aufstockung eines "
       "Kreditprogramms auf acht Milliarden Dollar geeinigt.")
E15 = ("Zuvor hatten die Vereinigten Arabischen Emirate Investitionen von 35 Milliarden Dollar in der "
       "Mittelmeerregion Ras al-Hikma zugesagt.")
E16 = ("Brüssel fürchtet zudem, dass die Kriege im benachbarten Gazastreifen und im Sudan eine neue "
       "Fluchtbewegung Richtung Europa auslösen könnten.")

DE03 = {
    "id": "hm280-de-03", "lang": "de", "url": None, "published": "2024-03-17",
    "title": "EU sagt Ägypten 7,4 Milliarden Euro zu",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8], [E9, E10, E11, E12], [E13, E14, E15, E16]),
    "events": [
        event("AGREE", EU, EGY_GOV, E1),
        event("SUPPORT", VON_DER_LEYEN, SISI, E2, date="2024-03-17", location="Cairo", location_country="EGY"),
        event("CONSULT", MELONI, SISI, E3, mode="visit", location="Cairo", location_country="EGY"),
        event("CONSULT", MITSOTAKIS, SISI, E3, mode="visit", location="Cairo", location_country="EGY"),
        event("SUPPORT", VON_DER_LEYEN, EGY_GOV, E6),
        event("REQUEST", SISI, ISRAEL, E7, mode="yield", location="Cairo", location_country="EGY"),
        event("REQUEST", MELONI, ISR_GOV, E8),
        event("ACCUSE", HRW, EU, E9, mode="disapprove"),
        event("ACCUSE", HRW, EGY_GOV, E9, mode="allege"),
        event("ACCUSE", AMNESTY, EU, E10, mode="allege"),
        event("AGREE", EGY_GOV, IMF, E14),
        event("AGREE", UAE, EGY_GOV, E15),
    ],
    "quotes": [
        quote("Das Paket umfasst zinsgünstige Kredite über fünf Milliarden Euro, Investitionen von 1,8 Milliarden "
              "Euro und Zuschüsse in Höhe von 600 Millionen Euro", "European Commission", "indirect"),
        quote("Ägypten ist für Europa ein Partner von strategischer Bedeutung, heute und in Zukunft",
              "Ursula von der Leyen", "direct"),
        quote("Die EU belohne eine Regierung, die Zehntausende politische Gefangene festhalte und Kritiker mundtot "
              "mache", "Human Rights Watch", "indirect"),
        quote("sich mit dem Geld die Abwehr von Migranten erkaufen zu wollen", "Amnesty International", "indirect"),
        quote("Die Partnerschaft umfasse auch die Zusammenarbeit bei Demokratie und Menschenrechten",
              "Ursula von der Leyen", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union", "Die EU", "Brüssel"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen",
                                                      "von der Leyen", "Von der Leyen"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["der ägyptische Präsident Abdel Fattah al-Sisi", "al-Sisi",
                                                      "Der 69-jährige al-Sisi"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Italiens Ministerpräsidentin Giorgia Meloni", "Meloni"]),
        entity("Italy", "LOC", "ITA", ["Italiens"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["der griechische Regierungschef Kyriakos Mitsotakis"]),
        entity("European Commission", "ORG", "EUR", ["die Kommission"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Rafah", "LOC", "PSE", ["der Grenzstadt Rafah"]),
        entity("Government of Israel", "ORG", "ISR", ["die israelische Regierung"]),
        entity("Government of Egypt", "ORG", "EGY", ["eine Regierung"]),
        entity("Human Rights Watch", "ORG", "NGO", ["die Organisation Human Rights Watch"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("International Monetary Fund", "ORG", "IGO", ["dem Internationalen Währungsfonds"]),
        entity("United Arab Emirates", "LOC", "ARE", ["die Vereinigten Arabischen Emirate"]),
        entity("Ras El Hekma", "LOC", "EGY", ["der Mittelmeerregion Ras al-Hikma"]),
        entity("Sudan", "LOC", "SDN", ["Sudan"]),
    ],
}

# ---------------------------------------------------------------- hm280-de-04 (Senegal, Pastef dissolved)
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
PASTEF = actor("PASTEF", "SEN", "OPP")
DIOME = actor("Antoine Félix Diome", "SEN", "GOV")
SEN_JUDGE = actor("Senegalese investigating judge", "SEN", "JUD")
SONKO = actor("Ousmane Sonko", "SEN", "OPP")
SEN_SECURITY = actor("Senegalese security forces", "SEN", "COP")
SEN_PROSECUTOR = actor("Public Prosecutor's Office of Dakar", "SEN", "JUD")
SONKO_SUPPORTERS = actor("supporters of Ousmane Sonko", "SEN", "CVL")
SEN_POLICE = actor("Senegalese police", "SEN", "COP")
SEN_COMMS = actor("Ministry of Communication of Senegal", "SEN", "GOV")
MALICK_NDIAYE = actor("El Malick Ndiaye", "SEN", "OPP")
DAKAR_COURT = actor("Criminal Chamber of Dakar", "SEN", "JUD")

S1 = ("Dakar (AFP) - Die Regierung im Senegal hat die Partei des inhaftierten Oppositionsführers Ousmane Sonko "
      "aufgelöst.")
S2 = ("Innenminister Antoine Félix Diome begründete den Schritt am Montag damit, dass die Partei Pastef ihre "
      "Anhänger wiederholt zu Aufständen aufgerufen habe.")
S3 = "Bei gewaltsamen Protesten seien seit 2021 Dutzende Menschen getötet worden, sagte der Minister."
S4 = ("Zwei Tage zuvor hatte ein Untersuchungsrichter den 49-jährigen Sonko unter anderem wegen Aufrufs zum "
      "Aufstand, Gefährdung der Staatssicherheit und krimineller Vereinigung angeklagt und in Untersuchungshaft "
      "genommen.")
S5 = "Sicherheitskräfte hatten den Politiker am Freitag vor seinem Haus in Dakar festgenommen."
S6 = ("Die Staatsanwaltschaft wirft ihm außerdem vor, einer Polizistin das Mobiltelefon entrissen zu haben, mit dem "
      "sie ihn gefilmt habe.")
S7 = "Sonko ist nach Angaben seiner Anwälte seit Sonntag im Hungerstreik."
S8 = ("In der südlichen Stadt Ziguinchor, deren Bürgermeister Sonko ist, errichteten Anhänger des Politikers am "
      "Montag Barrikaden und bewarfen Sicherheitskräfte mit Steinen.")
S9 = "Die Polizei setzte Tränengas ein."
S10 = "Nach Angaben aus Krankenhauskreisen wurden zwei Menschen getötet."
S11 = "Auch in mehreren Vierteln der Hauptstadt brannten Reifen."
S12 = ("Das Kommunikationsministerium ließ den mobilen Internetzugang landesweit einschränken, um die Verbreitung "
       "„hasserfüllter und umstürzlerischer Botschaften“ zu verhindern.")
S13 = "Pastef-Kommunikationschef El Malick Ndiaye nannte die Auflösung „illegal“ und „willkürlich“."
S14 = ("Amnesty International forderte die sofortige Freilassung Sonkos und die Wiederherstellung des "
       "Internetzugangs.")
S15 = ("Sonko war bereits im Juni wegen „Verführung der Jugend“ zu zwei Jahren Haft verurteilt worden, was ihn von "
       "der Präsidentenwahl im Februar 2024 ausschließen könnte.")
S16 = "Bei den anschließenden Unruhen waren nach offiziellen Angaben 16 Menschen ums Leben gekommen."

DE04 = {
    "id": "hm280-de-04", "lang": "de", "url": None, "published": "2023-07-31",
    "title": "Senegal löst Partei von Oppositionsführer Sonko auf",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10, S11, S12], [S13, S14], [S15, S16]),
    "events": [
        event("COERCE", SEN_GOV, PASTEF, S1, mode="ban"),
        event("ACCUSE", DIOME, PASTEF, S2, mode="allege", date="2023-07-31"),
        event("ACCUSE", SEN_JUDGE, SONKO, S4, mode="allege", date="2023-07-29"),
        event("COERCE", SEN_JUDGE, SONKO, S4, mode="arrest", date="2023-07-29"),
        event("COERCE", SEN_SECURITY, SONKO, S5, mode="arrest", date="2023-07-28", location="Dakar",
              location_country="SEN"),
        event("ACCUSE", SEN_PROSECUTOR, SONKO, S6, mode="allege"),
        event("PROTEST", SONKO, SEN_GOV, S7, mode="hunger", date="2023-07-30"),
        event("PROTEST", SONKO_SUPPORTERS, SEN_SECURITY, S8, mode="riot", date="2023-07-31",
              location="Ziguinchor", location_country="SEN"),
        event("ASSAULT", SEN_POLICE, SONKO_SUPPORTERS, S9, mode="crowd-control", location="Ziguinchor",
              location_country="SEN"),
        event("COERCE", SEN_COMMS, None, S12, mode="withhold"),
        event("ACCUSE", MALICK_NDIAYE, SEN_GOV, S13, mode="disapprove"),
        event("REQUEST", AMNESTY, SEN_GOV, S14, mode="yield"),
        event("SANCTION", DAKAR_COURT, SONKO, S15, mode="convict"),
        event("COERCE", DAKAR_COURT, SONKO, S15, mode="arrest"),
    ],
    "quotes": [
        quote("dass die Partei Pastef ihre Anhänger wiederholt zu Aufständen aufgerufen habe", "Antoine Félix Diome",
              "indirect"),
        quote("Bei gewaltsamen Protesten seien seit 2021 Dutzende Menschen getötet worden", "Antoine Félix Diome",
              "indirect"),
        quote("einer Polizistin das Mobiltelefon entrissen zu haben, mit dem sie ihn gefilmt habe",
              "Public Prosecutor's Office of Dakar", "indirect"),
        quote("hasserfüllter und umstürzlerischer Botschaften", "Ministry of Communication of Senegal", "direct"),
        quote("illegal", "El Malick Ndiaye", "direct"),
        quote("willkürlich", "El Malick Ndiaye", "direct"),
        quote("Verführung der Jugend", "Criminal Chamber of Dakar", "direct"),
    ],
    "entities": [
        entity("Dakar", "LOC", "SEN", ["Dakar", "der Hauptstadt"]),
        entity("Government of Senegal", "ORG", "SEN", ["Die Regierung im Senegal"]),
        entity("Senegal", "LOC", "SEN", ["Senegal"]),
        entity("PASTEF", "ORG", "SEN", ["die Partei des inhaftierten Oppositionsführers Ousmane Sonko",
                                        "die Partei Pastef", "Pastef"]),
        entity("Ousmane Sonko", "PER", "SEN", ["des inhaftierten Oppositionsführers Ousmane Sonko",
                                               "den 49-jährigen Sonko", "den Politiker", "Sonko", "Sonkos",
                                               "des Politikers"]),
        entity("Antoine Félix Diome", "PER", "SEN", ["Innenminister Antoine Félix Diome", "der Minister"]),
        entity("Senegalese investigating judge", "PER", "SEN", ["ein Untersuchungsrichter"]),
        entity("Senegalese security forces", "ORG", "SEN", ["Sicherheitskräfte"]),
        entity("Public Prosecutor's Office of Dakar", "ORG", "SEN", ["Die Staatsanwaltschaft"]),
        entity("police officer filming Ousmane Sonko", "PER", "SEN", ["einer Polizistin"]),
        entity("lawyers of Ousmane Sonko", "ORG", "SEN", ["seiner Anwälte"]),
        entity("Ziguinchor", "LOC", "SEN", ["der südlichen Stadt Ziguinchor"]),
        entity("supporters of Ousmane Sonko", "ORG", "SEN", ["Anhänger des Politikers"]),
        entity("Senegalese police", "ORG", "SEN", ["Die Polizei"]),
        entity("Ministry of Communication of Senegal", "ORG", "SEN", ["Das Kommunikationsministerium"]),
        entity("El Malick Ndiaye", "PER", "SEN", ["Pastef-Kommunikationschef El Malick Ndiaye"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
    ],
}

# ---------------------------------------------------------------- hm280-en-01 (London conference on Sudan)
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
SDN_CIVILIANS = actor("Sudanese civilians", "SDN", "CVL")
EGYPT = actor("Egypt", "EGY", "GOV")
LAMMY = actor("David Lammy", "GBR", "GOV")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
RSF = actor("Rapid Support Forces", "SDN", "REB")
SDN_GOV = actor("Government of Sudan", "SDN", "GOV")
AL_SHARIF = actor("Ali Youssef al-Sharif", "SDN", "GOV")
YOUSSOUF = actor("Mahmoud Ali Youssouf", "IGO", "IGO")
DAGALO = actor("Mohamed Hamdan Dagalo", "SDN", "REB")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
FASHER_CIVILIANS = actor("civilians in El Fasher", "SDN", "CVL")

U1 = ("LONDON, April 15 (Reuters) - Britain and its partners pledged more than 800 million pounds ($1.06 billion) "
      "in humanitarian aid for Sudan at a conference in London on Tuesday, two years after war broke out between "
      "the army and the paramilitary Rapid Support Forces.")
U2 = ("But the meeting ended without agreement on a contact group to mediate a ceasefire, after Egypt and the "
      "United Arab Emirates, which back opposing sides in the conflict, could not agree on the wording of a joint "
      "communique.")
U3 = ("British Foreign Secretary David Lammy announced 120 million pounds in new British aid, which he said would "
      "feed 650,000 people over the next year.")
U4 = '"Many have given up on Sudan. That is wrong," Lammy told delegates.'
U5 = ("He urged both warring parties to agree to an immediate and permanent ceasefire and to let aid reach "
      "besieged areas.")
U6 = "Sudan's army-aligned government, which was not invited, protested against its exclusion."
U7 = ('In a letter to Lammy, Foreign Minister Ali Youssef al-Sharif said Britain was treating a sovereign state and '
      'a "terrorist militia" as equals.')
U8 = ("He also objected to the participation of the United Arab Emirates, which his government accuses of arming "
      "the RSF, a charge Abu Dhabi denies.")
U9 = ('Hours after the conference opened, RSF leader Mohamed Hamdan Dagalo announced that his forces were setting '
      'up a rival "Government of Peace and Unity" in areas under their control.')
U10 = '"We are building a Sudan for all Sudanese," Dagalo, widely known as Hemedti, said in a statement on Telegram.'
U11 = ("African Union Commission Chairperson Mahmoud Ali Youssouf condemned the announcement as a threat to "
       "Sudan's unity.")
U12 = "Army chief General Abdel Fattah al-Burhan said on Tuesday there would be no negotiations with the RSF."
U13 = "Fighting continued around El Fasher, the last major city in the western Darfur region still held by the army."
U14 = "RSF fighters shelled the city's main market and residential districts on Tuesday."
U15 = ("The war has killed tens of thousands of people and driven more than 12 million from their homes, according "
       "to U.N. figures.")

EN01 = {
    "id": "hm280-en-01", "lang": "en", "url": None, "published": "2025-04-15",
    "title": "Donors pledge $1 billion for Sudan in London but fail to agree on contact group",
    "text": paragraphs([U1, U2], [U3, U4, U5], [U6, U7, U8], [U9, U10, U11, U12], [U13, U14, U15]),
    "events": [
        event("AGREE", UK_GOV, SDN_CIVILIANS, U1, date="2025-04-15", location="London", location_country="GBR"),
        event("CONSULT", UK_GOV, None, U1, mode="multilateral", date="2025-04-15", location="London",
              location_country="GBR"),
        event("AGREE", EGYPT, UAE, U2, location="London", location_country="GBR", negated=True),
        event("AGREE", LAMMY, SDN_CIVILIANS, U3, location="London", location_country="GBR"),
        event("REQUEST", LAMMY, SAF, U5, mode="yield"),
        event("REQUEST", LAMMY, RSF, U5, mode="yield"),
        event("AGREE", UK_GOV, SDN_GOV, U6, negated=True),
        event("ACCUSE", SDN_GOV, UK_GOV, U6, mode="disapprove"),
        event("ACCUSE", AL_SHARIF, UK_GOV, U7, mode="disapprove"),
        event("ACCUSE", AL_SHARIF, UAE, U8, mode="disapprove"),
        event("ACCUSE", YOUSSOUF, DAGALO, U11, mode="disapprove"),
        event("REJECT", BURHAN, RSF, U12, mode="meet", date="2025-04-15"),
        event("ASSAULT", RSF, FASHER_CIVILIANS, U14, mode="heavy-weapons", date="2025-04-15",
              location="El Fasher", location_country="SDN"),
    ],
    "quotes": [
        quote("would feed 650,000 people over the next year", "David Lammy", "indirect"),
        quote("Many have given up on Sudan. That is wrong", "David Lammy", "direct"),
        quote('Britain was treating a sovereign state and a "terrorist militia" as equals', "Ali Youssef al-Sharif",
              "indirect"),
        quote("terrorist militia", "Ali Youssef al-Sharif", "direct"),
        quote('his forces were setting up a rival "Government of Peace and Unity" in areas under their control',
              "Mohamed Hamdan Dagalo", "indirect"),
        quote("Government of Peace and Unity", "Mohamed Hamdan Dagalo", "direct"),
        quote("We are building a Sudan for all Sudanese", "Mohamed Hamdan Dagalo", "direct"),
        quote("there would be no negotiations with the RSF", "Abdel Fattah al-Burhan", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON", "London"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain"]),
        entity("Sudan", "LOC", "SDN", ["Sudan"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["the army"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["the paramilitary Rapid Support Forces", "the RSF", "RSF",
                                                      "his forces"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("United Arab Emirates", "LOC", "ARE", ["the United Arab Emirates", "Abu Dhabi"]),
        entity("David Lammy", "PER", "GBR", ["British Foreign Secretary David Lammy", "Lammy"]),
        entity("Government of Sudan", "ORG", "SDN", ["Sudan's army-aligned government", "his government"]),
        entity("Ali Youssef al-Sharif", "PER", "SDN", ["Foreign Minister Ali Youssef al-Sharif"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["RSF leader Mohamed Hamdan Dagalo", "Dagalo", "Hemedti"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("African Union", "ORG", "IGO", ["African Union"]),
        entity("Mahmoud Ali Youssouf", "PER", "IGO",
               ["African Union Commission Chairperson Mahmoud Ali Youssouf"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Army chief General Abdel Fattah al-Burhan"]),
        entity("El Fasher", "LOC", "SDN", ["El Fasher", "the city"]),
        entity("Darfur", "LOC", "SDN", ["the western Darfur region"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
    ],
}

# ---------------------------------------------------------------- hm280-en-02 (United States/Kenya, Ruto state visit)
BIDEN = actor("Joe Biden", "USA", "GOV")
KENYA = actor("Kenya", "KEN", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
HAITI = actor("Haiti", "HTI", "GOV")
US_DOD = actor("U.S. Department of Defense", "USA", "MIL")
MSS = actor("Multinational Security Support Mission in Haiti", "IGO", "IGO")
US_GOV = actor("Government of the United States", "USA", "GOV")
KEN_SECURITY = actor("Kenyan security forces", "KEN", "MIL")
AUKOT = actor("Ekuru Aukot", "KEN", "OPP")
KEN_HIGH_COURT = actor("High Court of Kenya", "KEN", "JUD")

K1 = ("WASHINGTON, May 23 (Reuters) - President Joe Biden said on Thursday he would designate Kenya a major "
      "non-NATO ally, making it the first country in sub-Saharan Africa to receive the status, as he hosted Kenyan "
      "President William Ruto at the White House.")
K2 = ('"Kenya is a key partner on counterterrorism and on peace and security across East Africa," Biden told a joint '
      'news conference with Ruto, who is on the first state visit by an African leader to Washington since 2008.')
K3 = "The status gives Kenya access to U.S. military training programs and to surplus American defense equipment."
K4 = ("Ruto said the first 1,000 Kenyan police officers of a U.N.-backed mission against the gangs that control most "
      "of Haiti's capital, Port-au-Prince, would deploy within weeks.")
K5 = '"We are ready. Our officers are trained and they are waiting," he said.'
K6 = ("The Pentagon said U.S. military contractors had already begun flying equipment and supplies to "
      "Port-au-Prince for the Kenyan-led force.")
K7 = ("Washington also agreed to deliver 16 Huey II helicopters and 150 armored vehicles to Kenya's security forces, "
      "a senior administration official said.")
K8 = ("Biden, who has yet to visit sub-Saharan Africa as president, said he planned to travel to the continent in "
      "February, after the U.S. election.")
K9 = ("Ruto, 57, urged Washington to back a reform of the World Bank and the International Monetary Fund, saying "
      "African countries were paying far more to service their debts than they received in new financing.")
K10 = '"The global financial architecture is unfair to Africa," he said.'
K11 = ("In Nairobi, opposition politician Ekuru Aukot, whose Thirdway Alliance party has challenged the deployment in "
       "court, accused Ruto of defying a High Court ruling in January that declared the mission unconstitutional.")
K12 = '"The president is more interested in pleasing Washington than in obeying our courts," Aukot said.'
K13 = ("Kenya and Haiti signed a reciprocal agreement on the deployment in March, and Ruto says this has addressed "
       "the court's concerns.")
K14 = ("Later on Thursday, Biden hosted Ruto at a state dinner on the White House South Lawn attended by some 500 "
       "guests.")

EN02 = {
    "id": "hm280-en-02", "lang": "en", "url": None, "published": "2024-05-23",
    "title": "Biden to designate Kenya major non-NATO ally as he hosts Ruto",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10], [K11, K12, K13], [K14]),
    "events": [
        event("AGREE", BIDEN, KENYA, K1, date="2024-05-23", location="Washington", location_country="USA"),
        event("CONSULT", RUTO, BIDEN, K1, mode="visit", date="2024-05-23", location="Washington",
              location_country="USA"),
        event("SUPPORT", BIDEN, KENYA, K2, location="Washington", location_country="USA"),
        event("AGREE", RUTO, HAITI, K4),
        event("AID", US_DOD, MSS, K6, location="Port-au-Prince", location_country="HTI"),
        event("AGREE", US_GOV, KEN_SECURITY, K7),
        event("AGREE", BIDEN, None, K8),
        event("REQUEST", RUTO, US_GOV, K9, mode="change"),
        event("ACCUSE", AUKOT, RUTO, K11, mode="allege"),
        event("SANCTION", KEN_HIGH_COURT, KENYA, K11, mode="convict"),
        event("ACCUSE", AUKOT, RUTO, K12, mode="disapprove"),
        event("SUPPORT", KENYA, HAITI, K13),
        event("CONSULT", RUTO, BIDEN, K14, mode="visit", date="2024-05-23", location="Washington",
              location_country="USA"),
    ],
    "quotes": [
        quote("he would designate Kenya a major non-NATO ally", "Joe Biden", "indirect"),
        quote("Kenya is a key partner on counterterrorism and on peace and security across East Africa", "Joe Biden",
              "direct"),
        quote("the first 1,000 Kenyan police officers of a U.N.-backed mission against the gangs that control most "
              "of Haiti's capital, Port-au-Prince, would deploy within weeks", "William Ruto", "indirect"),
        quote("We are ready. Our officers are trained and they are waiting", "William Ruto", "direct"),
        quote("U.S. military contractors had already begun flying equipment and supplies to Port-au-Prince for the "
              "Kenyan-led force", "U.S. Department of Defense", "indirect"),
        quote("Washington also agreed to deliver 16 Huey II helicopters and 150 armored vehicles to Kenya's security "
              "forces", "senior U.S. administration official", "indirect"),
        quote("he planned to travel to the continent in February, after the U.S. election", "Joe Biden", "indirect"),
        quote("African countries were paying far more to service their debts than they received in new financing",
              "William Ruto", "indirect"),
        quote("The global financial architecture is unfair to Africa", "William Ruto", "direct"),
        quote("The president is more interested in pleasing Washington than in obeying our courts", "Ekuru Aukot",
              "direct"),
        quote("this has addressed the court's concerns", "William Ruto", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Kenya", "LOC", "KEN", ["Kenya"]),
        entity("Sub-Saharan Africa", "LOC", None, ["sub-Saharan Africa"]),
        entity("William Ruto", "PER", "KEN", ["Kenyan President William Ruto", "Ruto", "The president"]),
        entity("White House", "LOC", "USA", ["the White House", "White House South Lawn"]),
        entity("East Africa", "LOC", None, ["East Africa"]),
        entity("Kenyan police contingent for Haiti", "ORG", "KEN", ["the first 1,000 Kenyan police officers",
                                                                    "Our officers"]),
        entity("Multinational Security Support Mission in Haiti", "ORG", "IGO",
               ["a U.N.-backed mission against the gangs", "the Kenyan-led force", "the mission"]),
        entity("Haitian gangs", "ORG", "HTI", ["the gangs that control most of Haiti's capital"]),
        entity("Haiti", "LOC", "HTI", ["Haiti"]),
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince"]),
        entity("U.S. Department of Defense", "ORG", "USA", ["The Pentagon"]),
        entity("Kenyan security forces", "ORG", "KEN", ["Kenya's security forces"]),
        entity("senior U.S. administration official", "PER", "USA", ["a senior administration official"]),
        entity("Africa", "LOC", None, ["the continent", "Africa"]),
        entity("World Bank", "ORG", "IGO", ["the World Bank"]),
        entity("International Monetary Fund", "ORG", "IGO", ["the International Monetary Fund"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Ekuru Aukot", "PER", "KEN", ["opposition politician Ekuru Aukot", "Aukot"]),
        entity("Thirdway Alliance", "ORG", "KEN", ["Thirdway Alliance party"]),
        entity("High Court of Kenya", "ORG", "KEN", ["High Court", "the court"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
