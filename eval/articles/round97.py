"""Round 97: six blind hand-made articles (4 German, 2 English), invented wire-style reports.

Stories:
- hm97-de-01: Sudan's army retakes Wad Madani from the RSF (January 2025)
- hm97-de-02: Botswana's President Masisi concedes defeat to Duma Boko (November 2024)
- hm97-de-03: the Palestinian Authority suspends Al Jazeera in the West Bank (January 2025)
- hm97-de-04: suicide bombing at a court in Islamabad, Pakistan blames Afghanistan (November 2025)
- hm97-en-01: Iranian security forces arrest Narges Mohammadi in Mashhad (December 2025)
- hm97-en-02: JNIM attacks a gendarmerie school and an airbase in Bamako (September 2024)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm97-de-01 Sudan
SDN_ARMY = actor("Sudanese Armed Forces", "SDN", "MIL")
RSF = actor("Rapid Support Forces", "SDN", "REB")
DAGALO = actor("Mohamed Hamdan Dagalo", "SDN", "REB")
EMERGENCY_LAWYERS = actor("Emergency Lawyers", "SDN", "NGO")
ALLIED_MILITIAS = actor("Army-allied militias", "SDN", "MIL")
UN = actor("United Nations", "UNO", "IGO")
EGYPT_FM = actor("Ministry of Foreign Affairs of Egypt", "EGY", "GOV")

D1_1 = ("Die sudanesische Armee hat nach mehr als einem Jahr die Stadt Wad Madani von der "
        "paramilitärischen RSF-Miliz zurückerobert.")
D1_2 = ("Soldaten seien am Samstag in das Zentrum der Hauptstadt des Bundesstaats Gezira vorgerückt, "
        "teilte Armeesprecher Nabil Abdallah mit.")
D1_3 = ("Armeechef Abdel Fattah al-Burhan sprach von einem »ersten Schritt zur Befreiung des ganzen "
        "Landes«.")
D1_4 = "Ein RSF-Kommandeur bestätigte den Rückzug seiner Kämpfer aus der Stadt."
D1_5 = ("RSF-Chef Mohamed Hamdan Daglo warf der Armee in einer Audiobotschaft vor, mit Kampfflugzeugen "
        "Wohnviertel bombardiert zu haben.")
D1_6 = "„Wir haben eine Runde verloren, nicht den Krieg“, sagte er."
D1_7 = ("Die Anwaltsgruppe Emergency Lawyers beschuldigte mit der Armee verbündete Milizen, in Dörfern "
        "östlich der Stadt mindestens 13 Zivilisten getötet zu haben.")
D1_8 = ("Die Vereinten Nationen forderten beide Seiten auf, Zivilisten zu schützen und humanitären Helfern "
        "Zugang zu gewähren.")
D1_9 = "Das Außenministerium in Kairo begrüßte die Einnahme der Stadt als Beitrag zur Stabilität des Sudans."

DE_01 = {
    "id": "hm97-de-01", "lang": "de", "url": None, "published": "2025-01-12",
    "title": "Sudans Armee erobert Wad Madani zurück",
    "text": paragraphs([D1_1, D1_2, D1_3], [D1_4, D1_5, D1_6], [D1_7, D1_8, D1_9]),
    "events": [
        event("ASSAULT", SDN_ARMY, RSF, D1_1, date="2025-01-11", location="Wad Madani",
              location_country="SDN"),
        event("ASSAULT", SDN_ARMY, RSF, D1_2, date="2025-01-11", location="Wad Madani",
              location_country="SDN"),
        event("RETREAT", RSF, None, D1_4, mode="withdraw", location="Wad Madani", location_country="SDN"),
        event("ACCUSE", DAGALO, SDN_ARMY, D1_5, mode="allege"),
        event("ACCUSE", EMERGENCY_LAWYERS, ALLIED_MILITIAS, D1_7, mode="allege"),
        event("REQUEST", UN, SDN_ARMY, D1_8),
        event("REQUEST", UN, RSF, D1_8),
        event("SUPPORT", EGYPT_FM, SDN_ARMY, D1_9),
    ],
    "quotes": [
        quote("Soldaten seien am Samstag in das Zentrum der Hauptstadt des Bundesstaats Gezira vorgerückt",
              "Nabil Abdallah", "indirect"),
        quote("ersten Schritt zur Befreiung des ganzen Landes", "Abdel Fattah al-Burhan", "direct"),
        quote("mit Kampfflugzeugen Wohnviertel bombardiert zu haben", "Mohamed Hamdan Dagalo", "indirect"),
        quote("Wir haben eine Runde verloren, nicht den Krieg", "Mohamed Hamdan Dagalo", "direct"),
        quote("in Dörfern östlich der Stadt mindestens 13 Zivilisten getötet zu haben", "Emergency Lawyers",
              "indirect"),
    ],
    "entities": [
        entity("Sudanese Armed Forces", "ORG", "SDN", ["Die sudanesische Armee", "der Armee"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["der paramilitärischen RSF-Miliz"]),
        entity("Wad Madani", "LOC", "SDN", ["die Stadt Wad Madani", "der Hauptstadt des Bundesstaats Gezira",
                                            "der Stadt"]),
        entity("Gezira", "LOC", "SDN", ["des Bundesstaats Gezira"]),
        entity("Nabil Abdallah", "PER", "SDN", ["Armeesprecher Nabil Abdallah"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Armeechef Abdel Fattah al-Burhan"]),
        entity("RSF commander", "PER", "SDN", ["Ein RSF-Kommandeur"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["RSF-Chef Mohamed Hamdan Daglo", "er"]),
        entity("Emergency Lawyers", "ORG", "SDN", ["Die Anwaltsgruppe Emergency Lawyers"]),
        entity("Army-allied militias", "ORG", "SDN", ["mit der Armee verbündete Milizen"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["Das Außenministerium in Kairo"]),
        entity("Sudan", "GPE", "SDN", ["des Sudans"]),
    ],
}

# ---------------------------------------------------------------- hm97-de-02 Botswana
MASISI = actor("Mokgweetsi Masisi", "BWA", "GOV")
BOKO = actor("Duma Boko", "BWA", "OPP")
UDC = actor("Umbrella for Democratic Change", "BWA", "OPP")
BDP = actor("Botswana Democratic Party", "BWA", "PTY")
SADC_OBS = actor("SADC Electoral Observation Mission", "IGO", "IGO")
IEC = actor("Independent Electoral Commission of Botswana", "BWA", "GOV")
AU = actor("African Union", "IGO", "IGO")

D2_1 = ("Botswanas Präsident Mokgweetsi Masisi hat am Freitag seine Niederlage bei der Parlamentswahl "
        "eingeräumt.")
D2_2 = "„Ich akzeptiere das Ergebnis und werde friedlich zur Seite treten“, sagte der 63-Jährige in Gaborone."
D2_3 = ("Nach vorläufigen Ergebnissen gewann das Oppositionsbündnis Umbrella for Democratic Change (UDC) "
        "von Duma Boko die absolute Mehrheit der Sitze.")
D2_4 = ("Die Demokratische Partei Botswanas (BDP) hatte das Land seit der Unabhängigkeit 1966 "
        "ununterbrochen regiert.")
D2_5 = ("Masisi gratulierte Boko nach eigenen Angaben in einem Telefonat und sagte ihm eine geordnete "
        "Amtsübergabe zu.")
D2_6 = "Boko würdigte die Haltung des Präsidenten als »Zeichen demokratischer Reife«."
D2_7 = "Seine Regierung werde die Korruption entschlossen bekämpfen, sagte er."
D2_8 = ("Im Wahlkampf hatte die UDC der BDP vorgeworfen, staatliche Mittel für ihre Kampagne missbraucht "
        "zu haben.")
D2_9 = ("Die Wahlbeobachter der Entwicklungsgemeinschaft des südlichen Afrika (SADC) lobten die "
        "Wahlkommission für den friedlichen Ablauf der Abstimmung am Mittwoch.")
D2_10 = "Die Afrikanische Union rief alle Parteien auf, das Ergebnis zu respektieren."

DE_02 = {
    "id": "hm97-de-02", "lang": "de", "url": None, "published": "2024-11-01",
    "title": "Botswanas Präsident Masisi räumt Wahlniederlage ein",
    "text": paragraphs([D2_1, D2_2, D2_3, D2_4], [D2_5, D2_6, D2_7, D2_8], [D2_9, D2_10]),
    "events": [
        event("CONCEDE", MASISI, BOKO, D2_1, date="2024-11-01"),
        event("CONCEDE", MASISI, BOKO, D2_2, date="2024-11-01", location="Gaborone", location_country="BWA"),
        event("CONSULT", MASISI, BOKO, D2_5, mode="phone"),
        event("SUPPORT", MASISI, BOKO, D2_5),
        event("AGREE", MASISI, BOKO, D2_5),
        event("SUPPORT", BOKO, MASISI, D2_6),
        event("ACCUSE", UDC, BDP, D2_8, mode="allege"),
        event("SUPPORT", SADC_OBS, IEC, D2_9),
        event("REQUEST", AU, None, D2_10),
    ],
    "quotes": [
        quote("Ich akzeptiere das Ergebnis und werde friedlich zur Seite treten", "Mokgweetsi Masisi", "direct"),
        quote("Zeichen demokratischer Reife", "Duma Boko", "direct"),
        quote("Seine Regierung werde die Korruption entschlossen bekämpfen", "Duma Boko", "indirect"),
        quote("staatliche Mittel für ihre Kampagne missbraucht zu haben", "Umbrella for Democratic Change",
              "indirect"),
    ],
    "entities": [
        entity("Mokgweetsi Masisi", "PER", "BWA", ["Botswanas Präsident Mokgweetsi Masisi", "der 63-Jährige",
                                                   "Masisi", "des Präsidenten"]),
        entity("Botswana", "GPE", "BWA", ["Botswanas", "das Land"]),
        entity("Gaborone", "LOC", "BWA", ["Gaborone"]),
        entity("Umbrella for Democratic Change", "ORG", "BWA",
               ["das Oppositionsbündnis Umbrella for Democratic Change (UDC)", "die UDC"]),
        entity("Duma Boko", "PER", "BWA", ["Duma Boko", "Boko", "ihm", "er"]),
        entity("Botswana Democratic Party", "ORG", "BWA", ["Die Demokratische Partei Botswanas (BDP)",
                                                           "der BDP"]),
        entity("SADC Electoral Observation Mission", "ORG", "IGO",
               ["Die Wahlbeobachter der Entwicklungsgemeinschaft des südlichen Afrika (SADC)"]),
        entity("Southern African Development Community", "ORG", "IGO",
               ["der Entwicklungsgemeinschaft des südlichen Afrika (SADC)"]),
        entity("Independent Electoral Commission of Botswana", "ORG", "BWA", ["die Wahlkommission"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
    ],
}

# ---------------------------------------------------------------- hm97-de-03 PA / Al Jazeera
PA = actor("Palestinian Authority", "PSE", "GOV")
PA_POLICE = actor("Palestinian Civil Police", "PSE", "COP")
PA_FORCES = actor("Palestinian Authority security forces", "PSE", "COP")
AJ = actor("Al Jazeera", "QAT", "BUS")
PJS = actor("Palestinian Journalists Syndicate", "PSE", "LAB")
JENIN_BRIGADE = actor("Jenin Brigade", "PSE", "REB")
HAMAS = actor("Hamas", "PSE", "REB")

D3_1 = ("Die Palästinensische Autonomiebehörde (PA) hat die Arbeit des katarischen Senders Al Jazeera im "
        "Westjordanland vorläufig verboten.")
D3_2 = ("Der Sender verbreite »aufhetzendes Material« und mische sich in innere Angelegenheiten ein, hieß "
        "es am Mittwoch in einer Erklärung der Regierung in Ramallah.")
D3_3 = "Polizisten versiegelten am Donnerstag das Büro des Senders in Ramallah."
D3_4 = ("Al Jazeera verurteilte den Schritt als Versuch, die Berichterstattung über die Lage in Dschenin "
        "zu unterdrücken.")
D3_5 = "»Wir fordern die Behörde auf, die Entscheidung sofort zurückzunehmen«, erklärte der Sender."
D3_6 = "Auch die Palästinensische Journalistengewerkschaft verlangte die Aufhebung des Verbots."
D3_7 = ("Seit Anfang Dezember gehen Sicherheitskräfte der PA im Flüchtlingslager Dschenin gegen bewaffnete "
        "Gruppen vor.")
D3_8 = ("Die Dschenin-Brigade erklärte, ihre Kämpfer hätten am Mittwoch ein Fahrzeug der "
        "Sicherheitskräfte beschossen.")
D3_9 = "Die Hamas warf der Autonomiebehörde vor, im Dienste Israels zu handeln."
D3_10 = "Ein Sprecher der Regierung in Ramallah wies das zurück."

DE_03 = {
    "id": "hm97-de-03", "lang": "de", "url": None, "published": "2025-01-02",
    "title": "Autonomiebehörde verbietet Al Jazeera im Westjordanland",
    "text": paragraphs([D3_1, D3_2, D3_3], [D3_4, D3_5, D3_6], [D3_7, D3_8, D3_9, D3_10]),
    "events": [
        event("COERCE", PA, AJ, D3_1, mode="censor", date="2025-01-01"),
        event("ACCUSE", PA, AJ, D3_2, mode="disapprove", date="2025-01-01"),
        event("COERCE", PA_POLICE, AJ, D3_3, mode="seize", date="2025-01-02", location="Ramallah",
              location_country="PSE"),
        event("ACCUSE", AJ, PA, D3_4, mode="disapprove"),
        event("REQUEST", AJ, PA, D3_5, mode="change"),
        event("REQUEST", PJS, PA, D3_6, mode="change"),
        event("ASSAULT", JENIN_BRIGADE, PA_FORCES, D3_8, mode="firearms", date="2025-01-01",
              location="Jenin", location_country="PSE"),
        event("ACCUSE", HAMAS, PA, D3_9, mode="allege"),
    ],
    "quotes": [
        quote("Der Sender verbreite »aufhetzendes Material« und mische sich in innere Angelegenheiten ein",
              "Palestinian Authority", "indirect"),
        quote("aufhetzendes Material", "Palestinian Authority", "direct"),
        quote("Wir fordern die Behörde auf, die Entscheidung sofort zurückzunehmen", "Al Jazeera", "direct"),
        quote("ihre Kämpfer hätten am Mittwoch ein Fahrzeug der Sicherheitskräfte beschossen", "Jenin Brigade",
              "indirect"),
        quote("im Dienste Israels zu handeln", "Hamas", "indirect"),
    ],
    "entities": [
        entity("Palestinian Authority", "ORG", "PSE",
               ["Die Palästinensische Autonomiebehörde (PA)", "der Regierung in Ramallah", "die Behörde",
                "der PA", "der Autonomiebehörde"]),
        entity("Al Jazeera", "ORG", "QAT", ["des katarischen Senders Al Jazeera", "Der Sender",
                                           "des Senders", "Al Jazeera", "der Sender"]),
        entity("West Bank", "LOC", "PSE", ["Westjordanland"]),
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("Palestinian Civil Police", "ORG", "PSE", ["Polizisten"]),
        entity("Jenin", "LOC", "PSE", ["Dschenin", "im Flüchtlingslager Dschenin"]),
        entity("Palestinian Journalists Syndicate", "ORG", "PSE",
               ["die Palästinensische Journalistengewerkschaft"]),
        entity("Palestinian Authority security forces", "ORG", "PSE",
               ["Sicherheitskräfte der PA", "der Sicherheitskräfte"]),
        entity("Jenin Brigade", "ORG", "PSE", ["Die Dschenin-Brigade", "ihre Kämpfer"]),
        entity("Hamas", "ORG", "PSE", ["Die Hamas"]),
        entity("Israel", "GPE", "ISR", ["Israels"]),
        entity("Spokesman of the Palestinian Authority", "PER", "PSE",
               ["Ein Sprecher der Regierung in Ramallah"]),
    ],
}

# ---------------------------------------------------------------- hm97-de-04 Islamabad
JUA = actor("Jamaat-ul-Ahrar", "PAK", "REB")
PAK_JUDICIARY = actor("Judiciary of Pakistan", "PAK", "JUD")
NAQVI = actor("Mohsin Naqvi", "PAK", "GOV")
ASIF = actor("Khawaja Asif", "PAK", "GOV")
AFGHANISTAN = actor("Afghanistan", "AFG", "GOV")
TALIBAN_GOV = actor("Taliban", "AFG", "GOV")
INDIA = actor("India", "IND", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
ISB_POLICE = actor("Islamabad Police", "PAK", "COP")
SUSPECTS = actor("Suspects", "PAK", None)

D4_1 = ("Bei einem Selbstmordanschlag vor einem Gericht in der pakistanischen Hauptstadt Islamabad sind am "
        "Dienstag mindestens zwölf Menschen getötet worden.")
D4_2 = "Der Attentäter habe sich neben einem Polizeiwagen in die Luft gesprengt, sagte Innenminister Mohsin Naqvi."
D4_3 = ("Eine Splittergruppe der pakistanischen Taliban, Jamaat-ul-Ahrar, reklamierte den Anschlag auf die "
        "Justiz für sich.")
D4_4 = "Naqvi machte Afghanistan für die Tat mitverantwortlich."
D4_5 = ("Die Drahtzieher säßen in Afghanistan und würden von »indischen Stellvertretern« unterstützt, so der "
        "Minister.")
D4_6 = ("Verteidigungsminister Khawaja Asif drohte Kabul mit Luftangriffen, sollte es nicht gegen die "
        "Extremisten vorgehen.")
D4_7 = "„Wir befinden uns im Kriegszustand“, sagte Asif."
D4_8 = "Die Taliban-Regierung verurteilte den Anschlag, wies die Vorwürfe aber zurück."
D4_9 = ("Vertreter beider Länder hatten in der vergangenen Woche in Istanbul über eine dauerhafte Waffenruhe "
        "verhandelt, sich aber nicht geeinigt.")
D4_10 = "Islamabad setzte zudem den Transithandel mit Afghanistan bis auf Weiteres aus."
D4_11 = "Die Polizei nahm in der Nacht drei Verdächtige fest."

DE_04 = {
    "id": "hm97-de-04", "lang": "de", "url": None, "published": "2025-11-12",
    "title": "Anschlag vor Gericht in Islamabad: Pakistan beschuldigt Afghanistan",
    "text": paragraphs([D4_1, D4_2, D4_3], [D4_4, D4_5, D4_6, D4_7], [D4_8, D4_9, D4_10, D4_11]),
    "events": [
        event("ASSAULT", JUA, PAK_JUDICIARY, D4_3, mode="suicide-attack", date="2025-11-11",
              location="Islamabad", location_country="PAK"),
        event("ACCUSE", NAQVI, AFGHANISTAN, D4_4, mode="allege"),
        event("ACCUSE", NAQVI, AFGHANISTAN, D4_5, mode="allege"),
        event("ACCUSE", NAQVI, INDIA, D4_5, mode="allege"),
        event("THREATEN", ASIF, AFGHANISTAN, D4_6, mode="violence"),
        event("ACCUSE", TALIBAN_GOV, JUA, D4_8, mode="disapprove"),
        event("CONSULT", PAKISTAN, AFGHANISTAN, D4_9, mode="third-party", location="Istanbul",
              location_country="TUR"),
        event("AGREE", PAKISTAN, AFGHANISTAN, D4_9, negated=True),
        event("SANCTION", PAKISTAN, AFGHANISTAN, D4_10, mode="discontinue"),
        event("COERCE", ISB_POLICE, SUSPECTS, D4_11, mode="arrest"),
    ],
    "quotes": [
        quote("Der Attentäter habe sich neben einem Polizeiwagen in die Luft gesprengt", "Mohsin Naqvi",
              "indirect"),
        quote("Die Drahtzieher säßen in Afghanistan und würden von »indischen Stellvertretern« unterstützt",
              "Mohsin Naqvi", "indirect"),
        quote("indischen Stellvertretern", "Mohsin Naqvi", "direct"),
        quote("Wir befinden uns im Kriegszustand", "Khawaja Asif", "direct"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["der pakistanischen Hauptstadt Islamabad"]),
        entity("Mohsin Naqvi", "PER", "PAK", ["Innenminister Mohsin Naqvi", "Naqvi", "der Minister"]),
        entity("Jamaat-ul-Ahrar", "ORG", "PAK",
               ["Eine Splittergruppe der pakistanischen Taliban, Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK", ["der pakistanischen Taliban"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "Kabul", "es"]),
        entity("India", "GPE", "IND", ["indischen"]),
        entity("Khawaja Asif", "PER", "PAK", ["Verteidigungsminister Khawaja Asif", "Asif"]),
        entity("Taliban", "ORG", "AFG", ["Die Taliban-Regierung"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Pakistan", "GPE", "PAK", ["Islamabad"]),
        entity("Islamabad Police", "ORG", "PAK", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm97-en-01 Narges Mohammadi
IRN_FORCES = actor("Iranian security forces", "IRN", "COP")
MOHAMMADI = actor("Narges Mohammadi", "IRN", "CVL")
FOUNDATION = actor("Narges Foundation", "NGO", "NGO")
MASHHAD_PROSECUTOR = actor("Prosecutor of Mashhad", "IRN", "JUD")
NOBEL_COMMITTEE = actor("Norwegian Nobel Committee", "NOR", "NGO")
FRYDNES = actor("Jørgen Watne Frydnes", "NOR", "NGO")
IRAN = actor("Iran", "IRN", "GOV")
EIDE = actor("Espen Barth Eide", "NOR", "GOV")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
IRN_JUDICIARY = actor("Judiciary of Iran", "IRN", "JUD")

E1_1 = ("Iranian security forces arrested Nobel Peace Prize laureate Narges Mohammadi on Friday at a "
        "memorial ceremony in the eastern city of Mashhad, her foundation said.")
E1_2 = "Officers beat her and several other activists with batons before taking them away, the foundation added."
E1_3 = "The ceremony was held for Khosrow Alikordi, a lawyer who was found dead in his office last week."
E1_4 = ("Mashhad's prosecutor said Mohammadi and others had chanted “norm-breaking slogans” and disturbed "
        "public order.")
E1_5 = "The Norwegian Nobel Committee called on Tehran to release her immediately and unconditionally."
E1_6 = ("“Her arrest is a brutal reminder of how the regime treats those who speak up,” committee chair "
        "Jørgen Watne Frydnes said.")
E1_7 = ("Norway's foreign minister Espen Barth Eide said he had raised the case with his Iranian counterpart "
        "Abbas Araghchi in a phone call.")
E1_8 = "Iran's judiciary had suspended Mohammadi's prison sentence in December 2024 on medical grounds."
E1_9 = "Authorities have not yet charged her, her lawyer Mostafa Nili said."

EN_01 = {
    "id": "hm97-en-01", "lang": "en", "url": None, "published": "2025-12-13",
    "title": "Iran arrests Nobel laureate Narges Mohammadi at memorial",
    "text": paragraphs([E1_1, E1_2, E1_3], [E1_4, E1_5, E1_6], [E1_7, E1_8, E1_9]),
    "events": [
        event("COERCE", IRN_FORCES, MOHAMMADI, E1_1, mode="arrest", date="2025-12-12", location="Mashhad",
              location_country="IRN"),
        event("ACCUSE", FOUNDATION, IRN_FORCES, E1_2, mode="allege"),
        event("ACCUSE", MASHHAD_PROSECUTOR, MOHAMMADI, E1_4, mode="allege"),
        event("REQUEST", NOBEL_COMMITTEE, IRAN, E1_5, mode="yield"),
        event("ACCUSE", FRYDNES, IRAN, E1_6, mode="disapprove"),
        event("CONSULT", EIDE, ARAGHCHI, E1_7, mode="phone"),
        event("ACCUSE", EIDE, IRAN, E1_7, mode="disapprove"),
        event("RETREAT", IRN_JUDICIARY, MOHAMMADI, E1_8, mode="release"),
        event("ACCUSE", IRAN, MOHAMMADI, E1_9, mode="allege", negated=True),
    ],
    "quotes": [
        quote("Iranian security forces arrested Nobel Peace Prize laureate Narges Mohammadi on Friday at a "
              "memorial ceremony in the eastern city of Mashhad", "Narges Foundation", "indirect"),
        quote("Officers beat her and several other activists with batons before taking them away",
              "Narges Foundation", "indirect"),
        quote("Mohammadi and others had chanted “norm-breaking slogans” and disturbed public order",
              "Prosecutor of Mashhad", "indirect"),
        quote("norm-breaking slogans", "Prosecutor of Mashhad", "direct"),
        quote("Her arrest is a brutal reminder of how the regime treats those who speak up", "Jørgen Watne Frydnes",
              "direct"),
        quote("he had raised the case with his Iranian counterpart Abbas Araghchi in a phone call",
              "Espen Barth Eide", "indirect"),
        quote("Authorities have not yet charged her", "Mostafa Nili", "indirect"),
    ],
    "entities": [
        entity("Iranian security forces", "ORG", "IRN", ["Iranian security forces", "Officers"]),
        entity("Narges Mohammadi", "PER", "IRN",
               ["Nobel Peace Prize laureate Narges Mohammadi", "Mohammadi", "her", "Mohammadi's"]),
        entity("Mashhad", "LOC", "IRN", ["the eastern city of Mashhad", "Mashhad's"]),
        entity("Narges Foundation", "ORG", "NGO", ["her foundation", "the foundation"]),
        entity("Khosrow Alikordi", "PER", "IRN", ["Khosrow Alikordi", "a lawyer"]),
        entity("Prosecutor of Mashhad", "PER", "IRN", ["Mashhad's prosecutor"]),
        entity("Norwegian Nobel Committee", "ORG", "NOR", ["The Norwegian Nobel Committee", "committee"]),
        entity("Iran", "GPE", "IRN", ["Tehran", "Iran's", "the regime"]),
        entity("Jørgen Watne Frydnes", "PER", "NOR", ["committee chair Jørgen Watne Frydnes"]),
        entity("Espen Barth Eide", "PER", "NOR", ["Norway's foreign minister Espen Barth Eide", "he"]),
        entity("Norway", "GPE", "NOR", ["Norway's"]),
        entity("Abbas Araghchi", "PER", "IRN", ["his Iranian counterpart Abbas Araghchi"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["Iran's judiciary"]),
        entity("Mostafa Nili", "PER", "IRN", ["her lawyer Mostafa Nili"]),
        entity("Iranian authorities", "ORG", "IRN", ["Authorities"]),
    ],
}

# ---------------------------------------------------------------- hm97-en-02 Bamako
JNIM = actor("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "MLI", "REB")
FAMA = actor("Malian Armed Forces", "MLI", "MIL")
MALI_SUSPECTS = actor("Suspects", "MLI", None)
GOITA = actor("Assimi Goïta", "MLI", "GOV")
MALI_GOV = actor("Mali", "MLI", "GOV")
NIGER = actor("Niger", "NER", "GOV")
BURKINA = actor("Burkina Faso", "BFA", "GOV")
AU_ = actor("African Union", "IGO", "IGO")
AFRICA_CORPS = actor("Africa Corps", "RUS", "MIL")

E2_1 = ("Gunmen attacked a gendarmerie training school and a military airbase in Mali's capital Bamako early "
        "on Tuesday, killing several trainees.")
E2_2 = ("The al-Qaeda-linked group JNIM claimed responsibility, saying its fighters had inflicted “huge "
        "losses” on the army.")
E2_3 = "Residents described hours of heavy gunfire and explosions near the airport."
E2_4 = "The army said soldiers had killed several attackers and arrested about 20 suspects."
E2_5 = ("Junta leader Assimi Goïta condemned the “cowardly” attack and vowed that those responsible would be "
        "hunted down.")
E2_6 = "Authorities imposed a night-time curfew in parts of the city and closed the airport to civilian flights."
E2_7 = ("Malian soldiers and fighters of Russia's Africa Corps jointly patrolled the city centre in the "
        "afternoon.")
E2_8 = ("Niger and Burkina Faso, Mali's partners in the Alliance of Sahel States, sent messages of "
        "solidarity to Bamako.")
E2_9 = "The African Union also condemned the attack."

EN_02 = {
    "id": "hm97-en-02", "lang": "en", "url": None, "published": "2024-09-17",
    "title": "Jihadists attack military police school and airbase in Mali's capital",
    "text": paragraphs([E2_1, E2_2, E2_3], [E2_4, E2_5, E2_6], [E2_7, E2_8, E2_9]),
    "events": [
        event("ASSAULT", JNIM, FAMA, E2_2, date="2024-09-17", location="Bamako", location_country="MLI"),
        event("ASSAULT", FAMA, JNIM, E2_4, mode="firearms", date="2024-09-17", location="Bamako",
              location_country="MLI"),
        event("COERCE", FAMA, MALI_SUSPECTS, E2_4, mode="arrest", date="2024-09-17", location="Bamako",
              location_country="MLI"),
        event("ACCUSE", GOITA, JNIM, E2_5, mode="disapprove"),
        event("THREATEN", GOITA, JNIM, E2_5, mode="violence"),
        event("COERCE", MALI_GOV, None, E2_6, mode="curfew", date="2024-09-17", location="Bamako",
              location_country="MLI"),
        event("COOPERATE", FAMA, AFRICA_CORPS, E2_7, date="2024-09-17", location="Bamako",
              location_country="MLI"),
        event("SUPPORT", NIGER, MALI_GOV, E2_8),
        event("SUPPORT", BURKINA, MALI_GOV, E2_8),
        event("ACCUSE", AU_, JNIM, E2_9, mode="disapprove"),
    ],
    "quotes": [
        quote("its fighters had inflicted “huge losses” on the army",
              "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "indirect"),
        quote("huge losses", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "direct"),
        quote("soldiers had killed several attackers and arrested about 20 suspects", "Malian Armed Forces",
              "indirect"),
        quote("cowardly", "Assimi Goïta", "direct"),
        quote("those responsible would be hunted down", "Assimi Goïta", "indirect"),
    ],
    "entities": [
        entity("Bamako", "LOC", "MLI", ["Mali's capital Bamako", "the city", "Bamako"]),
        entity("Mali", "GPE", "MLI", ["Mali's"]),
        entity("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "ORG", "MLI",
               ["The al-Qaeda-linked group JNIM", "its fighters", "several attackers"]),
        entity("Malian Armed Forces", "ORG", "MLI", ["the army", "The army", "soldiers", "Malian soldiers"]),
        entity("Assimi Goïta", "PER", "MLI", ["Junta leader Assimi Goïta"]),
        entity("Government of Mali", "ORG", "MLI", ["Authorities"]),
        entity("Africa Corps", "ORG", "RUS", ["fighters of Russia's Africa Corps"]),
        entity("Russia", "GPE", "RUS", ["Russia's"]),
        entity("Niger", "GPE", "NER", ["Niger"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso"]),
        entity("Alliance of Sahel States", "ORG", "IGO", ["the Alliance of Sahel States"]),
        entity("African Union", "ORG", "IGO", ["The African Union"]),
    ],
}

ARTICLES = [DE_01, DE_02, DE_03, DE_04, EN_01, EN_02]
