"""Round 469: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm469-de-01: Bangladesh: the High Court acquits BNP acting chairman Tarique Rahman and all other defendants in the 2004 grenade attack case and rejects the death references; the 2018 tribunal verdict against Babar and Rahman, the judge's torture finding, Fakhrul's praise and accusation, the Awami League's protest, the ICT warrant against Hasina, no extradition request to India yet (2024-12-01).
- hm469-de-02: Pakistan: a suicide bomber kills at least 44 in a mosque inside Peshawar's police compound; TTP commander Sarbakaf Mohmand claims it and the TTP spokesman denies, the ended ceasefire, Shehbaz Sharif condemns, Islamabad on alert, Khawaja Asif accuses the Afghan Taliban, Imran Khan blames the intelligence services, Guterres condemns, US embassy offers help (2023-01-30).
- hm469-de-03: China/United States: a Suzhou court sentences 78-year-old US citizen John Shing-wan Leung to life for espionage and seizes assets; his 2021 arrest, the State Department's release demand, Wang Wenbin refuses and accuses Washington, the Mintz Group raid and the Astellas arrest, Kai Li (2023-05-16).
- hm469-de-04: UN: the General Assembly elects South Korea, Algeria, Guyana, Sierra Leone and Slovenia to the Security Council while Belarus loses; Kuleba's appeal and accusation, Minsk accuses the US and EU, Park Jin's pledge, Yoon's praise, North Korea's failed satellite launch, China and Russia shield Pyongyang, Thomas-Greenfield accuses them (2023-06-07).
- hm469-en-01: French Polynesia: the territorial assembly elects pro-independence leader Moetai Brotherson president; Fritch and Carenco congratulate, Carenco's promised visit, Temaru's ICC complaint over nuclear tests, France's boycott of the U.N. decolonization committee, Brotherson's planned New York address and call for talks with Paris (2023-05-12).
- hm469-en-02: Singapore: Tharman Shanmugaratnam wins the presidential election; Ng congratulates, Tan Kin Lian accuses the PAP, George Goh's rejected candidacy, Lee and Anwar congratulate, Anwar's call and invitation, Tharman's resignation, the CPIB arrest of Iswaran, Tan Chuan-Jin's resignation, Pritam Singh criticises the government (2023-09-02).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm469-de-01 (Bangladesh, grenade attack acquittal)
BGD_HC = actor("High Court Division of Bangladesh", "BGD", "JUD")
BGD_PROSECUTION = actor("Attorney General's Office of Bangladesh", "BGD", "JUD")
BGD_TRIBUNAL = actor("Speedy Trial Tribunal-1 Dhaka", "BGD", "JUD")
BABAR = actor("Lutfozzaman Babar", "BGD", "CVL")
TARIQUE = actor("Tarique Rahman", "BGD", "PTY")
HC_JUDGE = actor("Presiding judge of the High Court of Bangladesh", "BGD", "JUD")
BGD_INVESTIGATORS = actor("Bangladeshi investigators", "BGD", "COP")
GRENADE_ATTACKERS = actor("attackers of the 2004 Awami League rally", "BGD", "REB")
AWAMI = actor("Awami League", "BGD", "PTY")
FAKHRUL = actor("Mirza Fakhrul Islam Alamgir", "BGD", "PTY")
HASINA = actor("Sheikh Hasina", "BGD", "OPP")
BGD_INTERIM = actor("Interim Government of Bangladesh", "BGD", "GOV")
BGD_ICT = actor("International Crimes Tribunal of Bangladesh", "BGD", "JUD")
IND_GOV = actor("Government of India", "IND", "GOV")

D1 = ("Dhaka (dpa) - Ein Gericht in Bangladesch hat Tarique Rahman, den geschäftsführenden Vorsitzenden der "
      "Bangladesh Nationalist Party (BNP), im Prozess um den Granatenanschlag auf eine Kundgebung der Awami-Liga im "
      "Jahr 2004 freigesprochen.")
D2 = ("Zwei Richter des High Court erklärten am Sonntag das Urteil eines Sondergerichts aus dem Jahr 2018 für "
      "rechtswidrig und wiesen den Antrag der Staatsanwaltschaft auf Bestätigung der damaligen Todesurteile zurück.")
D3 = "Auch die übrigen 48 Angeklagten wurden freigesprochen."
D4 = ("Das Sondergericht hatte 19 Angeklagte, darunter den früheren Innenminister Lutfozzaman Babar, zum Tode und "
      "Rahman in Abwesenheit zu lebenslanger Haft verurteilt.")
D5 = ("Die Anklage habe sich im Wesentlichen auf ein Geständnis gestützt, das die Ermittler unter Folter erzwungen "
      "hätten, sagte der Vorsitzende Richter bei der Urteilsverkündung.")
D6 = "Babar bleibt wegen weiterer Verfahren vorerst in Haft."
D7 = ("Bei dem Anschlag am 21. August 2004 hatten Angreifer mehrere Granaten auf eine Kundgebung der damals "
      "oppositionellen Awami-Liga in Dhaka geworfen.")
D8 = "24 Menschen wurden getötet, Parteichefin Sheikh Hasina überlebte leicht verletzt."
D9 = "Rahman hat jede Beteiligung an dem Anschlag stets bestritten."
D10 = "BNP-Generalsekretär Mirza Fakhrul Islam Alamgir begrüßte das Urteil als „Sieg der Gerechtigkeit“."
D11 = ("Das Verfahren sei unter der Regierung Hasinas nur geführt worden, um Rahman politisch zu vernichten, sagte er "
       "vor Journalisten in Dhaka.")
D12 = "Rahman, der seit 2008 in London lebt, schrieb auf Facebook, er werde „sehr bald“ in seine Heimat zurückkehren."
D13 = ("Die Awami-Liga nannte den Freispruch eine „Farce“ und warf der Übergangsregierung vor, die Justiz für "
       "politische Rache zu missbrauchen.")
D14 = "Hasina hält sich seit ihrem Sturz Anfang August in Indien auf."
D15 = ("Ein Sondertribunal in Dhaka hatte im Oktober Haftbefehl gegen die 77-Jährige wegen der tödlichen "
       "Niederschlagung der Studentenproteste erlassen.")
D16 = ("Die Übergangsregierung unter Friedensnobelpreisträger Muhammad Yunus hat Neu-Delhi bislang aber nicht offiziell "
       "um ihre Auslieferung ersucht.")

DE01 = {
    "id": "hm469-de-01", "lang": "de", "url": None, "published": "2024-12-01",
    "title": "Bangladesch: Freispruch für BNP-Chef Tarique Rahman im Granatenanschlagsprozess",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9], [D10, D11, D12], [D13, D14, D15, D16]),
    "events": [
        event("REJECT", BGD_HC, BGD_PROSECUTION, D2, date="2024-12-01"),
        event("SANCTION", BGD_TRIBUNAL, BABAR, D4, mode="convict"),
        event("SANCTION", BGD_TRIBUNAL, TARIQUE, D4, mode="convict"),
        event("ACCUSE", HC_JUDGE, BGD_INVESTIGATORS, D5, mode="allege"),
        event("ASSAULT", GRENADE_ATTACKERS, AWAMI, D7, mode="explosives", date="2004-08-21", location="Dhaka",
              location_country="BGD"),
        event("SUPPORT", FAKHRUL, BGD_HC, D10),
        event("ACCUSE", FAKHRUL, HASINA, D11, mode="allege"),
        event("ACCUSE", AWAMI, BGD_HC, D13, mode="disapprove"),
        event("ACCUSE", AWAMI, BGD_INTERIM, D13, mode="allege"),
        event("THREATEN", BGD_ICT, HASINA, D15, mode="arrest"),
        event("REQUEST", BGD_INTERIM, IND_GOV, D16, mode="yield", negated=True),
    ],
    "quotes": [
        quote("Die Anklage habe sich im Wesentlichen auf ein Geständnis gestützt, das die Ermittler unter Folter "
              "erzwungen hätten", "Presiding judge of the High Court of Bangladesh", "indirect"),
        quote("Sieg der Gerechtigkeit", "Mirza Fakhrul Islam Alamgir", "direct"),
        quote("Das Verfahren sei unter der Regierung Hasinas nur geführt worden, um Rahman politisch zu vernichten",
              "Mirza Fakhrul Islam Alamgir", "indirect"),
        quote("sehr bald", "Tarique Rahman", "direct"),
        quote("er werde „sehr bald“ in seine Heimat zurückkehren", "Tarique Rahman", "indirect"),
        quote("Farce", "Awami League", "direct"),
        quote("die Justiz für politische Rache zu missbrauchen", "Awami League", "indirect"),
    ],
    "entities": [
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesch"]),
        entity("Tarique Rahman", "PER", "BGD", ["Tarique Rahman", "Rahman", "er"]),
        entity("Bangladesh Nationalist Party", "ORG", "BGD", ["der Bangladesh Nationalist Party (BNP)", "BNP"]),
        entity("Awami League", "ORG", "BGD", ["der Awami-Liga", "Die Awami-Liga"]),
        entity("High Court Division of Bangladesh", "ORG", "BGD", ["Ein Gericht in Bangladesch",
                                                                   "Zwei Richter des High Court"]),
        entity("Speedy Trial Tribunal-1 Dhaka", "ORG", "BGD", ["eines Sondergerichts", "Das Sondergericht"]),
        entity("Attorney General's Office of Bangladesh", "ORG", "BGD", ["der Staatsanwaltschaft"]),
        entity("defendants in the 2004 grenade attack case", "PER", "BGD",
               ["die übrigen 48 Angeklagten", "19 Angeklagte"]),
        entity("Lutfozzaman Babar", "PER", "BGD", ["den früheren Innenminister Lutfozzaman Babar", "Babar"]),
        entity("Presiding judge of the High Court of Bangladesh", "PER", "BGD", ["der Vorsitzende Richter"]),
        entity("Bangladeshi investigators", "ORG", "BGD", ["die Ermittler"]),
        entity("attackers of the 2004 Awami League rally", "PER", "BGD", ["Angreifer"]),
        entity("Sheikh Hasina", "PER", "BGD", ["Parteichefin Sheikh Hasina", "Hasinas", "Hasina", "die 77-Jährige",
                                               "ihrem", "ihre"]),
        entity("Mirza Fakhrul Islam Alamgir", "PER", "BGD", ["BNP-Generalsekretär Mirza Fakhrul Islam Alamgir",
                                                             "er"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Interim Government of Bangladesh", "ORG", "BGD",
               ["der Übergangsregierung", "Die Übergangsregierung unter Friedensnobelpreisträger Muhammad Yunus"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("International Crimes Tribunal of Bangladesh", "ORG", "BGD", ["Ein Sondertribunal in Dhaka"]),
        entity("2024 student protests in Bangladesh", "MISC", "BGD", ["der Studentenproteste"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Friedensnobelpreisträger Muhammad Yunus"]),
        entity("Government of India", "ORG", "IND", ["Neu-Delhi"]),
    ],
}

# ---------------------------------------------------------------- hm469-de-02 (Pakistan, Peshawar mosque bombing)
PESH_BOMBER = actor("Peshawar police mosque suicide bomber", "PAK", "REB")
PAK_POLICE = actor("Pakistani police", "PAK", "COP")
SARBAKAF = actor("Sarbakaf Mohmand", "PAK", "REB")
TTP = actor("Tehrik-i-Taliban Pakistan", "PAK", "REB")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
SHEHBAZ = actor("Shehbaz Sharif", "PAK", "GOV")
ISB_POLICE = actor("Islamabad Police", "PAK", "COP")
KH_ASIF = actor("Khawaja Asif", "PAK", "GOV")
AFG_TALIBAN_GOV = actor("Taliban government of Afghanistan", "AFG", "GOV")
IMRAN = actor("Imran Khan", "PAK", "OPP")
PAK_INTEL = actor("Pakistani intelligence services", "PAK", "MIL")
GUTERRES = actor("António Guterres", "UNO", "IGO")
US_EMB_PAK = actor("Embassy of the United States in Islamabad", "USA", "GOV")

P1 = ("Peshawar (dpa) - Bei einem Selbstmordanschlag auf eine Moschee in einem Polizeikomplex der "
      "nordwestpakistanischen Stadt Peshawar sind am Montag mindestens 44 Menschen getötet worden.")
P2 = "Mehr als 150 weitere seien verletzt worden, teilte ein Sprecher des Lady-Reading-Krankenhauses mit."
P3 = ("Nach Polizeiangaben sprengte sich der Attentäter während des Mittagsgebets in der ersten Reihe der Betenden in "
      "die Luft.")
P4 = ("Durch die Wucht der Explosion stürzte ein Teil des Daches ein, Rettungskräfte suchten bis in den Abend nach "
      "Verschütteten.")
P5 = "Die meisten Opfer waren Polizisten."
P6 = ("Ein Kommandeur der pakistanischen Taliban (TTP), Sarbakaf Mohmand, reklamierte den Anschlag auf Twitter für "
      "sich.")
P7 = ("Es handle sich um Rache für den Tod des TTP-Anführers Omar Khalid Khorasani, der im vergangenen August in "
      "Afghanistan getötet worden war, schrieb er.")
P8 = "Ein offizieller Sprecher der Gruppe, Mohammad Khurasani, bestritt dagegen eine Beteiligung der TTP."
P9 = ("Die Islamisten hatten im November eine Waffenruhe mit der Regierung aufgekündigt und ihre Kämpfer zu "
      "Angriffen im ganzen Land aufgerufen.")
P10 = "Premierminister Shehbaz Sharif verurteilte den Anschlag und reiste noch am Nachmittag nach Peshawar."
P11 = "„Die Terroristen wollen Angst verbreiten, indem sie jene angreifen, die Pakistan verteidigen“, sagte er."
P12 = ("In der Hauptstadt Islamabad versetzte die Polizei ihre Einheiten in höchste Alarmbereitschaft und richtete "
       "zusätzliche Kontrollpunkte ein.")
P13 = ("Verteidigungsminister Khawaja Asif warf der Taliban-Regierung im benachbarten Afghanistan vor, Kämpfern der "
       "TTP Unterschlupf zu gewähren.")
P14 = ("Ex-Premier Imran Khan, dessen Partei PTI bis vor wenigen Tagen die Provinzregierung von Khyber Pakhtunkhwa "
       "gestellt hatte, sprach von einem „Versagen der Geheimdienste“.")
P15 = ("UN-Generalsekretär António Guterres verurteilte den Angriff auf eine Gebetsstätte als „besonders "
       "verabscheuungswürdig“.")
P16 = "Die US-Botschaft in Islamabad bot Pakistan Unterstützung bei den Ermittlungen an."
P17 = ("Die Zahl der Anschläge im Nordwesten des Landes hat seit der Machtübernahme der Taliban in Afghanistan im "
       "August 2021 deutlich zugenommen.")

DE02 = {
    "id": "hm469-de-02", "lang": "de", "url": None, "published": "2023-01-30",
    "title": "Dutzende Tote bei Selbstmordanschlag auf Moschee in Peshawar",
    "text": paragraphs([P1, P2, P3, P4, P5], [P6, P7, P8, P9], [P10, P11, P12, P13, P14], [P15, P16, P17]),
    "events": [
        event("ASSAULT", PESH_BOMBER, PAK_POLICE, P1, mode="suicide-attack", date="2023-01-30", location="Peshawar",
              location_country="PAK"),
        event("ASSAULT", PESH_BOMBER, PAK_POLICE, P3, mode="suicide-attack"),
        event("ASSAULT", SARBAKAF, PAK_POLICE, P6, mode="suicide-attack"),
        event("THREATEN", TTP, PAK_GOV, P9, mode="violence"),
        event("ACCUSE", SHEHBAZ, PESH_BOMBER, P10, mode="disapprove", date="2023-01-30"),
        event("ACCUSE", SHEHBAZ, PESH_BOMBER, P11, mode="disapprove"),
        event("MOBILIZE", ISB_POLICE, None, P12, mode="police", location="Islamabad", location_country="PAK"),
        event("ACCUSE", KH_ASIF, AFG_TALIBAN_GOV, P13, mode="allege"),
        event("ACCUSE", IMRAN, PAK_INTEL, P14, mode="disapprove"),
        event("ACCUSE", GUTERRES, PESH_BOMBER, P15, mode="disapprove"),
        event("AGREE", US_EMB_PAK, PAK_GOV, P16),
    ],
    "quotes": [
        quote("Mehr als 150 weitere seien verletzt worden", "spokesman of Lady Reading Hospital", "indirect"),
        quote("Nach Polizeiangaben sprengte sich der Attentäter während des Mittagsgebets in der ersten Reihe der "
              "Betenden in die Luft", "Peshawar Police", "indirect"),
        quote("Es handle sich um Rache für den Tod des TTP-Anführers Omar Khalid Khorasani, der im vergangenen August "
              "in Afghanistan getötet worden war", "Sarbakaf Mohmand", "indirect"),
        quote("Die Terroristen wollen Angst verbreiten, indem sie jene angreifen, die Pakistan verteidigen",
              "Shehbaz Sharif", "direct"),
        quote("Kämpfern der TTP Unterschlupf zu gewähren", "Khawaja Asif", "indirect"),
        quote("Versagen der Geheimdienste", "Imran Khan", "direct"),
        quote("besonders verabscheuungswürdig", "António Guterres", "direct"),
    ],
    "entities": [
        entity("Peshawar", "LOC", "PAK", ["Peshawar", "der nordwestpakistanischen Stadt Peshawar"]),
        entity("Police Lines mosque in Peshawar", "LOC", "PAK", ["eine Moschee", "eine Gebetsstätte"]),
        entity("Police Lines compound in Peshawar", "LOC", "PAK", ["einem Polizeikomplex"]),
        entity("spokesman of Lady Reading Hospital", "PER", "PAK", ["ein Sprecher des Lady-Reading-Krankenhauses"]),
        entity("Lady Reading Hospital", "ORG", "PAK", ["des Lady-Reading-Krankenhauses"]),
        entity("Peshawar Police", "ORG", "PAK", ["Polizeiangaben"]),
        entity("Peshawar police mosque suicide bomber", "PER", "PAK", ["der Attentäter"]),
        entity("Pakistani police", "ORG", "PAK", ["Polizisten"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK", ["der pakistanischen Taliban (TTP)", "TTP", "der Gruppe",
                                                           "Die Islamisten"]),
        entity("Sarbakaf Mohmand", "PER", "PAK", ["Ein Kommandeur der pakistanischen Taliban (TTP), Sarbakaf Mohmand",
                                                  "er"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Omar Khalid Khorasani", "PER", "PAK", ["des TTP-Anführers Omar Khalid Khorasani"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan", "im benachbarten Afghanistan"]),
        entity("Mohammad Khurasani", "PER", "PAK", ["Ein offizieller Sprecher der Gruppe, Mohammad Khurasani"]),
        entity("Government of Pakistan", "ORG", "PAK", ["der Regierung", "Pakistan"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan", "des Landes", "im ganzen Land"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif", "er"]),
        entity("Islamabad", "LOC", "PAK", ["der Hauptstadt Islamabad", "Islamabad"]),
        entity("Islamabad Police", "ORG", "PAK", ["die Polizei", "ihre Einheiten"]),
        entity("Khawaja Asif", "PER", "PAK", ["Verteidigungsminister Khawaja Asif"]),
        entity("Taliban government of Afghanistan", "ORG", "AFG", ["der Taliban-Regierung im benachbarten Afghanistan",
                                                                   "der Taliban"]),
        entity("Imran Khan", "PER", "PAK", ["Ex-Premier Imran Khan", "dessen"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["Partei PTI"]),
        entity("Government of Khyber Pakhtunkhwa", "ORG", "PAK", ["die Provinzregierung von Khyber Pakhtunkhwa"]),
        entity("Khyber Pakhtunkhwa", "LOC", "PAK", ["Khyber Pakhtunkhwa", "im Nordwesten des Landes"]),
        entity("Pakistani intelligence services", "ORG", "PAK", ["der Geheimdienste"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Embassy of the United States in Islamabad", "ORG", "USA", ["Die US-Botschaft in Islamabad"]),
    ],
}

# ---------------------------------------------------------------- hm469-de-03 (China/US, John Leung espionage sentence)
SUZHOU_COURT = actor("Suzhou Intermediate People's Court", "CHN", "JUD")
LEUNG = actor("John Shing-wan Leung", "USA", "CVL")
SUZHOU_SECURITY = actor("Suzhou State Security Bureau", "CHN", "COP")
US_STATE_DEPT = actor("United States Department of State", "USA", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
WANG_WENBIN = actor("Wang Wenbin", "CHN", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
CHN_AUTH = actor("Chinese authorities", "CHN", "GOV")
MINTZ = actor("Mintz Group", "USA", "BUS")
MINTZ_STAFF = actor("Chinese employees of Mintz Group", "CHN", "BUS")
ASTELLAS_MANAGER = actor("Astellas Pharma employee", "JPN", "BUS")

J1 = ("Peking (dpa) - Ein chinesisches Gericht hat einen 78 Jahre alten US-Bürger wegen Spionage zu lebenslanger Haft "
      "verurteilt.")
J2 = ("Der Angeklagte John Shing-wan Leung, der auch ein dauerhaftes Aufenthaltsrecht in Hongkong besitzt, sei der "
      "Spionage schuldig, teilte das Mittlere Volksgericht der ostchinesischen Stadt Suzhou am Montag mit.")
J3 = ("Zudem ordneten die Richter die Beschlagnahme von Privatvermögen im Wert von 500.000 Yuan (rund 65.000 Euro) "
      "an.")
J4 = "Einzelheiten zu den Vorwürfen nannte das Gericht nicht."
J5 = "Leung war bereits im April 2021 von der örtlichen Staatssicherheitsbehörde festgenommen worden."
J6 = "Das Verfahren fand Diplomaten zufolge unter Ausschluss der Öffentlichkeit statt."
J7 = ("Ein Sprecher des US-Außenministeriums forderte Peking auf, alle zu Unrecht festgehaltenen Amerikaner "
      "freizulassen.")
J8 = ("Es gebe für Washington „keine höhere Priorität“ als die Sicherheit von US-Bürgern im Ausland, sagte er.")
J9 = "Außenamtssprecher Wang Wenbin lehnte die Forderung am Dienstag ab."
J10 = ("China sei ein Rechtsstaat, der Fall sei „gemäß dem Gesetz“ behandelt worden, sagte er vor Journalisten in "
       "Peking.")
J11 = ("Er warf den USA vor, sich in Chinas innere Angelegenheiten und in die Arbeit der Justiz einzumischen.")
J12 = "Der Fall dürfte die ohnehin angespannten Beziehungen zwischen beiden Ländern weiter belasten."
J13 = ("Ende März hatten chinesische Behörden die Pekinger Büros der US-Beratungsfirma Mintz Group durchsucht und "
       "fünf chinesische Mitarbeiter festgenommen.")
J14 = ("Kurz darauf wurde ein japanischer Manager des Pharmakonzerns Astellas in Peking wegen Spionageverdachts "
       "festgenommen.")
J15 = ("Am 1. Juli tritt zudem ein verschärftes Anti-Spionage-Gesetz in Kraft, das ausländische Unternehmen "
       "verunsichert.")
J16 = ("Washington stuft mehrere in China inhaftierte Amerikaner, darunter den Geschäftsmann Kai Li, als zu Unrecht "
       "festgehalten ein.")

DE03 = {
    "id": "hm469-de-03", "lang": "de", "url": None, "published": "2023-05-16",
    "title": "Chinesisches Gericht verurteilt US-Bürger wegen Spionage zu lebenslanger Haft",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9, J10, J11], [J12, J13, J14, J15, J16]),
    "events": [
        event("SANCTION", SUZHOU_COURT, LEUNG, J1, mode="convict"),
        event("SANCTION", SUZHOU_COURT, LEUNG, J2, mode="convict", date="2023-05-15", location="Suzhou",
              location_country="CHN"),
        event("COERCE", SUZHOU_COURT, LEUNG, J3, mode="seize"),
        event("COERCE", SUZHOU_SECURITY, LEUNG, J5, mode="arrest"),
        event("REQUEST", US_STATE_DEPT, CHN_GOV, J7, mode="yield"),
        event("REJECT", WANG_WENBIN, US_STATE_DEPT, J9, mode="yield", date="2023-05-16"),
        event("ACCUSE", WANG_WENBIN, USA_GOV, J11, mode="disapprove"),
        event("COERCE", CHN_AUTH, MINTZ, J13, location="Peking", location_country="CHN"),
        event("COERCE", CHN_AUTH, MINTZ_STAFF, J13, mode="arrest"),
        event("COERCE", CHN_AUTH, ASTELLAS_MANAGER, J14, mode="arrest", location="Peking", location_country="CHN"),
        event("ACCUSE", USA_GOV, CHN_GOV, J16, mode="allege"),
    ],
    "quotes": [
        quote("Der Angeklagte John Shing-wan Leung, der auch ein dauerhaftes Aufenthaltsrecht in Hongkong besitzt, sei "
              "der Spionage schuldig", "Suzhou Intermediate People's Court", "indirect"),
        quote("Das Verfahren fand Diplomaten zufolge unter Ausschluss der Öffentlichkeit statt", "diplomats",
              "indirect"),
        quote("alle zu Unrecht festgehaltenen Amerikaner freizulassen",
              "spokesperson of the United States Department of State", "indirect"),
        quote("keine höhere Priorität", "spokesperson of the United States Department of State", "direct"),
        quote("Es gebe für Washington „keine höhere Priorität“ als die Sicherheit von US-Bürgern im Ausland",
              "spokesperson of the United States Department of State", "indirect"),
        quote("gemäß dem Gesetz", "Wang Wenbin", "direct"),
        quote("China sei ein Rechtsstaat, der Fall sei „gemäß dem Gesetz“ behandelt worden", "Wang Wenbin",
              "indirect"),
        quote("sich in Chinas innere Angelegenheiten und in die Arbeit der Justiz einzumischen", "Wang Wenbin",
              "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking", "Pekinger"]),
        entity("Suzhou Intermediate People's Court", "ORG", "CHN",
               ["Ein chinesisches Gericht", "das Mittlere Volksgericht der ostchinesischen Stadt Suzhou", "die Richter",
                "das Gericht"]),
        entity("John Shing-wan Leung", "PER", "USA", ["einen 78 Jahre alten US-Bürger",
                                                      "Der Angeklagte John Shing-wan Leung", "Leung"]),
        entity("Hong Kong", "LOC", "CHN", ["Hongkong"]),
        entity("Suzhou", "LOC", "CHN", ["der ostchinesischen Stadt Suzhou"]),
        entity("Suzhou State Security Bureau", "ORG", "CHN", ["der örtlichen Staatssicherheitsbehörde"]),
        entity("United States Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("spokesperson of the United States Department of State", "PER", "USA",
               ["Ein Sprecher des US-Außenministeriums", "er"]),
        entity("Government of China", "ORG", "CHN", ["Peking", "China"]),
        entity("Americans detained in China", "PER", "USA", ["alle zu Unrecht festgehaltenen Amerikaner",
                                                             "mehrere in China inhaftierte Amerikaner"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "den USA"]),
        entity("Wang Wenbin", "PER", "CHN", ["Außenamtssprecher Wang Wenbin", "er", "Er"]),
        entity("China", "LOC", "CHN", ["Chinas", "China"]),
        entity("Chinese authorities", "ORG", "CHN", ["chinesische Behörden"]),
        entity("Mintz Group", "ORG", "USA", ["der US-Beratungsfirma Mintz Group"]),
        entity("Chinese employees of Mintz Group", "PER", "CHN", ["fünf chinesische Mitarbeiter"]),
        entity("Astellas Pharma", "ORG", "JPN", ["des Pharmakonzerns Astellas"]),
        entity("Astellas Pharma employee", "PER", "JPN", ["ein japanischer Manager des Pharmakonzerns Astellas"]),
        entity("Counter-Espionage Law of China", "MISC", "CHN", ["ein verschärftes Anti-Spionage-Gesetz"]),
        entity("Kai Li", "PER", "USA", ["den Geschäftsmann Kai Li"]),
    ],
}

# ---------------------------------------------------------------- hm469-de-04 (UN, Security Council election)
UNGA = actor("United Nations General Assembly", "UNO", "IGO")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")
GUY_GOV = actor("Government of Guyana", "GUY", "GOV")
SLE_GOV = actor("Government of Sierra Leone", "SLE", "GOV")
SVN_GOV = actor("Government of Slovenia", "SVN", "GOV")
KULEBA = actor("Dmytro Kuleba", "UKR", "GOV")
BLR_GOV = actor("Government of Belarus", "BLR", "GOV")
BLR_MFA = actor("Ministry of Foreign Affairs of Belarus", "BLR", "GOV")
USA_GOV_U = actor("Government of the United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
PARK_JIN = actor("Park Jin", "KOR", "GOV")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
PRK_MIL = actor("Korean People's Army", "PRK", "MIL")
PRK_GOV = actor("Government of North Korea", "PRK", "GOV")
CHN_GOV_U = actor("Government of China", "CHN", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
THOMAS_GREENFIELD = actor("Linda Thomas-Greenfield", "USA", "GOV")

U1 = ("New York (dpa) - Südkorea zieht zum dritten Mal als nichtständiges Mitglied in den UN-Sicherheitsrat ein.")
U2 = ("Die UN-Vollversammlung wählte das Land am Dienstag mit 180 Stimmen für die Jahre 2024 und 2025 in das "
      "mächtigste Gremium der Vereinten Nationen.")
U3 = "Neben Südkorea erhielten auch Algerien, Guyana, Sierra Leone und Slowenien die nötige Zweidrittelmehrheit."
U4 = ("Um den osteuropäischen Sitz hatte sich auch Belarus beworben, das Land kam jedoch nur auf 38 Stimmen, "
      "Slowenien auf 153.")
U5 = ("Der ukrainische Außenminister Dmytro Kuleba hatte die Mitgliedstaaten zuvor aufgerufen, nicht für den engen "
      "Verbündeten Moskaus zu stimmen.")
U6 = ("Nach der Abstimmung sagte er, das Ergebnis sei eine „klare Botschaft“ an Minsk, das Russland sein Territorium "
      "für den Angriff auf die Ukraine zur Verfügung gestellt habe.")
U7 = ("Das belarussische Außenministerium warf den USA und der Europäischen Union vor, kleinere Staaten massiv unter "
      "Druck gesetzt zu haben.")
U8 = ("Südkoreas Außenminister Park Jin, der die Abstimmung im UN-Hauptquartier verfolgte, versprach, sein Land werde "
      "im Rat zu Frieden und Sicherheit in der Welt beitragen.")
U9 = ("Die Bedrohung durch Nordkoreas Atom- und Raketenprogramm müsse ganz oben auf der Tagesordnung stehen, sagte "
      "Park.")
U10 = "Präsident Yoon Suk Yeol sprach von einem „Erfolg der globalen Diplomatie“ seiner Regierung."
U11 = ("Nordkoreas Militär hatte Ende Mai versucht, einen Aufklärungssatelliten ins All zu schießen, die Trägerrakete "
       "stürzte jedoch ins Meer.")
U12 = ("Eine Dringlichkeitssitzung des Sicherheitsrats endete ohne gemeinsame Erklärung, weil China und Russland "
       "Pjöngjang in Schutz nahmen.")
U13 = ("Die US-Botschafterin Linda Thomas-Greenfield warf beiden Ländern vor, Nordkorea damit zu weiteren Tests zu "
       "ermutigen.")
U14 = ("Die fünf neu gewählten Staaten lösen zum 1. Januar Albanien, Brasilien, Gabun, Ghana und die Vereinigten "
       "Arabischen Emirate ab.")
U15 = "Ständige Mitglieder mit Vetorecht sind die USA, China, Russland, Großbritannien und Frankreich."

DE04 = {
    "id": "hm469-de-04", "lang": "de", "url": None, "published": "2023-06-07",
    "title": "Südkorea zieht in den UN-Sicherheitsrat ein - Belarus scheitert",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7], [U8, U9, U10], [U11, U12, U13], [U14, U15]),
    "events": [
        event("SUPPORT", UNGA, KOR_GOV, U2, date="2023-06-06"),
        event("SUPPORT", UNGA, DZA_GOV, U3),
        event("SUPPORT", UNGA, GUY_GOV, U3),
        event("SUPPORT", UNGA, SLE_GOV, U3),
        event("SUPPORT", UNGA, SVN_GOV, U3),
        event("REQUEST", KULEBA, UNGA, U5),
        event("ACCUSE", KULEBA, BLR_GOV, U6, mode="allege"),
        event("ACCUSE", BLR_MFA, USA_GOV_U, U7, mode="allege"),
        event("ACCUSE", BLR_MFA, EU, U7, mode="allege"),
        event("AGREE", PARK_JIN, UNSC, U8),
        event("MOBILIZE", PRK_MIL, None, U11, mode="weapons"),
        event("SUPPORT", CHN_GOV_U, PRK_GOV, U12),
        event("SUPPORT", RUS_GOV, PRK_GOV, U12),
        event("ACCUSE", THOMAS_GREENFIELD, CHN_GOV_U, U13, mode="allege"),
        event("ACCUSE", THOMAS_GREENFIELD, RUS_GOV, U13, mode="allege"),
    ],
    "quotes": [
        quote("nicht für den engen Verbündeten Moskaus zu stimmen", "Dmytro Kuleba", "indirect"),
        quote("klare Botschaft", "Dmytro Kuleba", "direct"),
        quote("das Ergebnis sei eine „klare Botschaft“ an Minsk, das Russland sein Territorium für den Angriff auf die "
              "Ukraine zur Verfügung gestellt habe", "Dmytro Kuleba", "indirect"),
        quote("kleinere Staaten massiv unter Druck gesetzt zu haben", "Ministry of Foreign Affairs of Belarus",
              "indirect"),
        quote("sein Land werde im Rat zu Frieden und Sicherheit in der Welt beitragen", "Park Jin", "indirect"),
        quote("Die Bedrohung durch Nordkoreas Atom- und Raketenprogramm müsse ganz oben auf der Tagesordnung stehen",
              "Park Jin", "indirect"),
        quote("Erfolg der globalen Diplomatie", "Yoon Suk Yeol", "direct"),
        quote("Nordkorea damit zu weiteren Tests zu ermutigen", "Linda Thomas-Greenfield", "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["New York"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea", "Südkoreas"]),
        entity("Government of South Korea", "ORG", "KOR", ["Südkorea", "das Land", "sein Land", "seiner Regierung"]),
        entity("United Nations Security Council", "ORG", "UNO",
               ["den UN-Sicherheitsrat", "das mächtigste Gremium der Vereinten Nationen", "im Rat",
                "des Sicherheitsrats"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["Die UN-Vollversammlung", "die Mitgliedstaaten"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Algeria", "LOC", "DZA", ["Algerien"]),
        entity("Guyana", "LOC", "GUY", ["Guyana"]),
        entity("Sierra Leone", "LOC", "SLE", ["Sierra Leone"]),
        entity("Slovenia", "LOC", "SVN", ["Slowenien"]),
        entity("Government of Belarus", "ORG", "BLR", ["Belarus", "das Land", "den engen Verbündeten Moskaus",
                                                       "Minsk"]),
        entity("Dmytro Kuleba", "PER", "UKR", ["Der ukrainische Außenminister Dmytro Kuleba", "er"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskaus", "Russland"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Ministry of Foreign Affairs of Belarus", "ORG", "BLR", ["Das belarussische Außenministerium"]),
        entity("Government of the United States", "ORG", "USA", ["den USA", "die USA"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union"]),
        entity("Park Jin", "PER", "KOR", ["Südkoreas Außenminister Park Jin", "Park"]),
        entity("United Nations Headquarters", "LOC", "USA", ["im UN-Hauptquartier"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol"]),
        entity("Korean People's Army", "ORG", "PRK", ["Nordkoreas Militär"]),
        entity("Government of North Korea", "ORG", "PRK", ["Nordkoreas", "Pjöngjang", "Nordkorea"]),
        entity("Government of China", "ORG", "CHN", ["China"]),
        entity("Linda Thomas-Greenfield", "PER", "USA", ["Die US-Botschafterin Linda Thomas-Greenfield"]),
        entity("Albania", "LOC", "ALB", ["Albanien"]),
        entity("Brazil", "LOC", "BRA", ["Brasilien"]),
        entity("Gabon", "LOC", "GAB", ["Gabun"]),
        entity("Ghana", "LOC", "GHA", ["Ghana"]),
        entity("United Arab Emirates", "LOC", "ARE", ["die Vereinigten Arabischen Emirate"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
    ],
}

# ---------------------------------------------------------------- hm469-en-01 (French Polynesia, Brotherson elected)
PYF_ASSEMBLY = actor("Assembly of French Polynesia", "PYF", "LEG")
BROTHERSON = actor("Moetai Brotherson", "PYF", "PTY")
FRITCH = actor("Édouard Fritch", "PYF", "GOV")
CARENCO = actor("Jean-François Carenco", "FRA", "GOV")
PYF_GOV = actor("Government of French Polynesia", "PYF", "GOV")
TEMARU = actor("Oscar Temaru", "PYF", "PTY")
FRA_GOV = actor("Government of France", "FRA", "GOV")
C24 = actor("United Nations Special Committee on Decolonization", "UNO", "IGO")

F1 = ("PAPEETE, French Polynesia (AP) — Pro-independence leader Moetai Brotherson was elected president of French "
      "Polynesia on Friday, a shift for a territory governed for most of the past two decades by parties that favor "
      "close ties with France.")
F2 = ("The territorial assembly in Papeete voted 38 to 16 for Brotherson, a 53-year-old member of the French "
      "National Assembly, over outgoing President Édouard Fritch.")
F3 = "His Tavini Huiraatira party won 38 of the assembly's 57 seats in the April 30 runoff."
F4 = "Fritch congratulated his rival but said voters had not given him a mandate for independence."
F5 = ("Brotherson told reporters that independence was not an immediate goal and that a referendum could come in 10 "
      "to 15 years, once the territory's economy stood on a stronger footing.")
F6 = "\"We are not going to wake up tomorrow independent,\" he said."
F7 = ("In Paris, Jean-François Carenco, France's minister for overseas territories, congratulated Brotherson and said "
      "the French state would remain \"a reliable partner\" for the territory.")
F8 = "Carenco plans to visit Tahiti in June, according to his office."
F9 = ("Between 1966 and 1996, 193 nuclear tests were carried out on the atolls of Moruroa and Fangataufa, and many "
      "Polynesians still blame them for cancers.")
F10 = ("Tavini founder Oscar Temaru filed a complaint against France at the International Criminal Court in 2018 over "
       "the tests' legacy.")
F11 = "French Polynesia has been on the U.N. list of non-self-governing territories since 2013."
F12 = "France has boycotted the U.N. decolonization committee's annual debate on the territory ever since."
F13 = ("Brotherson said he would travel to New York to address the committee and urged Paris to open talks on the "
       "territory's future under U.N. supervision.")
F14 = ("Several hundred supporters waving independence flags celebrated outside the assembly building late into the "
       "night.")
F15 = "The new government faces high living costs and a tourism sector still recovering from the pandemic."

EN01 = {
    "id": "hm469-en-01", "lang": "en", "url": None, "published": "2023-05-12",
    "title": "Pro-independence leader Moetai Brotherson elected president of French Polynesia",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8], [F9, F10, F11, F12, F13], [F14, F15]),
    "events": [
        event("SUPPORT", PYF_ASSEMBLY, BROTHERSON, F1, date="2023-05-12"),
        event("SUPPORT", PYF_ASSEMBLY, BROTHERSON, F2, location="Papeete", location_country="PYF"),
        event("SUPPORT", FRITCH, BROTHERSON, F4),
        event("SUPPORT", CARENCO, BROTHERSON, F7),
        event("AGREE", CARENCO, PYF_GOV, F7),
        event("AGREE", CARENCO, PYF_GOV, F8, location="Tahiti", location_country="PYF"),
        event("ACCUSE", TEMARU, FRA_GOV, F10, mode="allege"),
        event("PROTEST", FRA_GOV, C24, F12, mode="boycott"),
        event("AGREE", BROTHERSON, C24, F13, location="New York", location_country="USA"),
        event("REQUEST", BROTHERSON, FRA_GOV, F13, mode="meet"),
    ],
    "quotes": [
        quote("voters had not given him a mandate for independence", "Édouard Fritch", "indirect"),
        quote("independence was not an immediate goal and that a referendum could come in 10 to 15 years, once the "
              "territory's economy stood on a stronger footing", "Moetai Brotherson", "indirect"),
        quote("We are not going to wake up tomorrow independent", "Moetai Brotherson", "direct"),
        quote("a reliable partner", "Jean-François Carenco", "direct"),
        quote("the French state would remain \"a reliable partner\" for the territory", "Jean-François Carenco",
              "indirect"),
        quote("Carenco plans to visit Tahiti in June", "office of Jean-François Carenco", "indirect"),
        quote("he would travel to New York to address the committee", "Moetai Brotherson", "indirect"),
    ],
    "entities": [
        entity("Papeete", "LOC", "PYF", ["PAPEETE", "Papeete"]),
        entity("French Polynesia", "LOC", "PYF", ["French Polynesia", "a territory",
                                                  "the territory's", "the territory"]),
        entity("Moetai Brotherson", "PER", "PYF",
               ["Pro-independence leader Moetai Brotherson", "Brotherson",
                "a 53-year-old member of the French National Assembly", "His", "his rival", "him", "he"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("Government of France", "ORG", "FRA", ["France", "Paris", "the French state"]),
        entity("Assembly of French Polynesia", "ORG", "PYF", ["The territorial assembly in Papeete", "the assembly's"]),
        entity("French National Assembly", "ORG", "FRA", ["the French National Assembly"]),
        entity("Édouard Fritch", "PER", "PYF", ["outgoing President Édouard Fritch", "Fritch"]),
        entity("Tavini Huiraatira", "ORG", "PYF", ["His Tavini Huiraatira party", "Tavini"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Jean-François Carenco", "PER", "FRA",
               ["Jean-François Carenco, France's minister for overseas territories", "Carenco", "his"]),
        entity("office of Jean-François Carenco", "ORG", "FRA", ["his office"]),
        entity("Tahiti", "LOC", "PYF", ["Tahiti"]),
        entity("Moruroa", "LOC", "PYF", ["Moruroa"]),
        entity("Fangataufa", "LOC", "PYF", ["Fangataufa"]),
        entity("Polynesians", "PER", "PYF", ["many Polynesians"]),
        entity("Oscar Temaru", "PER", "PYF", ["Tavini founder Oscar Temaru"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("United Nations Special Committee on Decolonization", "ORG", "UNO",
               ["the U.N. decolonization committee's", "the committee"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Tavini supporters", "PER", "PYF", ["Several hundred supporters"]),
        entity("Assembly of French Polynesia building", "LOC", "PYF", ["the assembly building"]),
        entity("Government of French Polynesia", "ORG", "PYF", ["The new government"]),
    ],
}

# ---------------------------------------------------------------- hm469-en-02 (Singapore, Tharman elected president)
THARMAN = actor("Tharman Shanmugaratnam", "SGP", "GOV")
NG_KOK_SONG = actor("Ng Kok Song", "SGP", "CVL")
TAN_KIN_LIAN = actor("Tan Kin Lian", "SGP", "CVL")
PAP = actor("People's Action Party", "SGP", "PTY")
PEC = actor("Presidential Elections Committee of Singapore", "SGP", "GOV")
GEORGE_GOH = actor("George Goh", "SGP", "BUS")
LEE_HL = actor("Lee Hsien Loong", "SGP", "GOV")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
CPIB = actor("Corrupt Practices Investigation Bureau", "SGP", "COP")
ISWARAN = actor("S. Iswaran", "SGP", "GOV")
TAN_CHUAN_JIN = actor("Tan Chuan-Jin", "SGP", "LEG")
PRITAM = actor("Pritam Singh", "SGP", "OPP")
SGP_GOV = actor("Government of Singapore", "SGP", "GOV")

T1 = ("SINGAPORE (Reuters) - Former deputy prime minister Tharman Shanmugaratnam has won Singapore's presidential "
      "election by a landslide, official results showed on Saturday, in a vote he called a sign of confidence in the "
      "city-state's future.")
T2 = ("Tharman, 66, took 70.4% of the vote in Friday's election, the Elections Department said, far ahead of former "
      "GIC investment chief Ng Kok Song with 15.7% and ex-insurance executive Tan Kin Lian with 13.9%.")
T3 = "Ng congratulated Tharman and called on Singaporeans to unite behind the new president."
T4 = ("Tan said he accepted the result but accused the ruling People's Action Party (PAP) of giving its former "
      "minister an unfair advantage.")
T5 = ("Businessman George Goh had been barred from the race last month after the Presidential Elections Committee "
      "ruled that he did not meet the eligibility criteria.")
T6 = "Goh called the committee's reading of the rules \"too narrow\" and said he respected its decision."
T7 = ("Prime Minister Lee Hsien Loong congratulated Tharman, saying he had won \"a strong mandate\" and would "
      "represent Singapore with distinction at home and abroad.")
T8 = ("Tharman resigned from the PAP and from the cabinet in July to run for the largely ceremonial post, which is "
      "nonpartisan by law.")
T9 = ("Malaysian Prime Minister Anwar Ibrahim called Tharman on Saturday to congratulate him and invited him to visit "
      "Kuala Lumpur.")
T10 = ("The vote came weeks after a rare string of scandals that shook the PAP, which has governed Singapore since "
       "independence.")
T11 = ("In July, the Corrupt Practices Investigation Bureau arrested Transport Minister S. Iswaran in a graft probe, "
       "and he has since been placed on leave.")
T12 = "Parliament Speaker Tan Chuan-Jin resigned the same month over an affair with a fellow lawmaker."
T13 = ("Workers' Party leader Pritam Singh said the scandals showed the need for stronger checks on the "
       "government.")
T14 = "Tharman will be sworn in on Sept. 14, succeeding Halimah Yacob."
T15 = ("He has pledged to use the office's custodial powers over the national reserves independently of the "
       "government.")

EN02 = {
    "id": "hm469-en-02", "lang": "en", "url": None, "published": "2023-09-02",
    "title": "Former minister Tharman wins Singapore presidential election by a landslide",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6], [T7, T8, T9], [T10, T11, T12, T13], [T14, T15]),
    "events": [
        event("SUPPORT", NG_KOK_SONG, THARMAN, T3),
        event("ACCUSE", TAN_KIN_LIAN, PAP, T4, mode="allege"),
        event("REJECT", PEC, GEORGE_GOH, T5),
        event("ACCUSE", GEORGE_GOH, PEC, T6, mode="disapprove"),
        event("SUPPORT", LEE_HL, THARMAN, T7),
        event("RETREAT", THARMAN, None, T8, mode="resign"),
        event("CONSULT", ANWAR, THARMAN, T9, mode="phone", date="2023-09-02"),
        event("SUPPORT", ANWAR, THARMAN, T9, date="2023-09-02"),
        event("AGREE", ANWAR, THARMAN, T9, date="2023-09-02"),
        event("COERCE", CPIB, ISWARAN, T11, mode="arrest"),
        event("ACCUSE", CPIB, ISWARAN, T11, mode="investigate"),
        event("RETREAT", TAN_CHUAN_JIN, None, T12, mode="resign"),
        event("ACCUSE", PRITAM, SGP_GOV, T13, mode="disapprove"),
    ],
    "quotes": [
        quote("a sign of confidence in the city-state's future", "Tharman Shanmugaratnam", "indirect"),
        quote("Tharman, 66, took 70.4% of the vote in Friday's election", "Elections Department of Singapore",
              "indirect"),
        quote("he accepted the result", "Tan Kin Lian", "indirect"),
        quote("too narrow", "George Goh", "direct"),
        quote("he respected its decision", "George Goh", "indirect"),
        quote("a strong mandate", "Lee Hsien Loong", "direct"),
        quote("he had won \"a strong mandate\" and would represent Singapore with distinction at home and abroad",
              "Lee Hsien Loong", "indirect"),
        quote("the scandals showed the need for stronger checks on the government", "Pritam Singh", "indirect"),
    ],
    "entities": [
        entity("Singapore", "LOC", "SGP", ["SINGAPORE", "Singapore's", "the city-state's", "Singapore"]),
        entity("Tharman Shanmugaratnam", "PER", "SGP",
               ["Former deputy prime minister Tharman Shanmugaratnam", "Tharman", "he", "the new president", "him",
                "He"]),
        entity("Elections Department of Singapore", "ORG", "SGP", ["the Elections Department"]),
        entity("GIC", "ORG", "SGP", ["GIC"]),
        entity("Ng Kok Song", "PER", "SGP", ["former GIC investment chief Ng Kok Song", "Ng"]),
        entity("Tan Kin Lian", "PER", "SGP", ["ex-insurance executive Tan Kin Lian", "Tan", "he"]),
        entity("Singaporeans", "PER", "SGP", ["Singaporeans"]),
        entity("People's Action Party", "ORG", "SGP", ["the ruling People's Action Party (PAP)", "its", "the PAP"]),
        entity("George Goh", "PER", "SGP", ["Businessman George Goh", "Goh", "he"]),
        entity("Presidential Elections Committee of Singapore", "ORG", "SGP",
               ["the Presidential Elections Committee", "the committee's", "its"]),
        entity("Lee Hsien Loong", "PER", "SGP", ["Prime Minister Lee Hsien Loong"]),
        entity("Government of Singapore", "ORG", "SGP", ["the cabinet", "the government"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Malaysian Prime Minister Anwar Ibrahim"]),
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("Corrupt Practices Investigation Bureau", "ORG", "SGP", ["the Corrupt Practices Investigation Bureau"]),
        entity("S. Iswaran", "PER", "SGP", ["Transport Minister S. Iswaran", "he"]),
        entity("Parliament of Singapore", "ORG", "SGP", ["Parliament"]),
        entity("Tan Chuan-Jin", "PER", "SGP", ["Parliament Speaker Tan Chuan-Jin"]),
        entity("Cheng Li Hui", "PER", "SGP", ["a fellow lawmaker"]),
        entity("Workers' Party", "ORG", "SGP", ["Workers' Party"]),
        entity("Pritam Singh", "PER", "SGP", ["Workers' Party leader Pritam Singh"]),
        entity("Halimah Yacob", "PER", "SGP", ["Halimah Yacob"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
