"""Round 37 of the hand-made held-out articles (written blind, 2026-11-30).

Six invented, plausible wire-style reports (4 German, 2 English), dated 2023-2025:

- hm37-de-01  Colombia's government and the ELN agree a six-month ceasefire in Havana (June 2023)
- hm37-de-02  A Cameroonian peacekeeper killed by 3R rebels in the Central African Republic (March 2024)
- hm37-de-03  Pakistani air strikes in Paktika; the Taliban threaten retaliation (December 2024)
- hm37-de-04  EU summit opens accession talks with Ukraine and Moldova, Orbán blocks aid (December 2023)
- hm37-en-01  Iran fires missiles at the Al Udeid base in Qatar (June 2025)
- hm37-en-02  Nauru and Australia sign a treaty giving Canberra a security veto (December 2024)

The events are invented; the texts are the project's own. Built sentence by sentence with
`paragraphs`, so that each evidence is exactly one sentence of the text.
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# ---------------------------------------------------------------------------------------------
# hm37-de-01  Colombia / ELN ceasefire (Friday, 2023-06-09)
A1 = ("Havanna (dpa) - Kolumbiens Regierung und die Guerillaorganisation ELN haben sich am Freitag auf "
      "eine landesweite Waffenruhe von sechs Monaten geeinigt.")
A2 = ("Präsident Gustavo Petro und ELN-Kommandeur Antonio García unterzeichneten das Abkommen in der "
      "kubanischen Hauptstadt.")
A3 = "Petro war eigens nach Havanna gereist und traf dort zuvor Kubas Staatschef Miguel Díaz-Canel."
A4 = "„Heute beginnt das Ende eines Konflikts“, sagte Petro, „der zu viele Generationen gekostet hat.“"
A5 = "García sicherte zu, die Rebellen würden sich an die Vereinbarung halten."
A6 = ("Zugleich forderte er die Regierung auf, die Morde an sozialen Anführern in den Konfliktregionen "
      "zu stoppen.")
A7 = ("Als Geste des guten Willens hatte die ELN in der vergangenen Woche zwei entführte Polizisten "
      "freigelassen.")
A8 = ("Kurz vor der Zeremonie hatten ELN-Kämpfer nach Armeeangaben im Departement Arauca einen "
      "Militärposten angegriffen und zwei Soldaten verletzt.")
A9 = "»Petro belohnt Entführer«, schrieb die oppositionelle Senatorin María Fernanda Cabal auf der Plattform X."
A10 = "Die Regierung wies die Kritik zurück."
A11 = "Die ELN kämpft seit 1964 gegen den kolumbianischen Staat."

COL_GOV = actor("Colombia", "COL", "GOV")
ELN = actor("National Liberation Army (ELN)", "COL", "REB")
PETRO = actor("Gustavo Petro", "COL", "GOV")
GARCIA = actor("Antonio García", "COL", "REB")

ARTICLES.append({
    "id": "hm37-de-01", "lang": "de", "url": None, "published": "2023-06-09",
    "title": "Kolumbien und ELN vereinbaren Waffenruhe",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11]),
    "events": [
        event("AGREE", COL_GOV, ELN, A1, date="2023-06-09", location="Havana", location_country="CUB"),
        event("SUPPORT", PETRO, GARCIA, A2, location="Havana", location_country="CUB"),
        event("CONSULT", PETRO, actor("Miguel Díaz-Canel", "CUB", "GOV"), A3, mode="visit",
              location="Havana", location_country="CUB"),
        event("AGREE", GARCIA, COL_GOV, A5),
        event("REQUEST", GARCIA, COL_GOV, A6),
        event("RETREAT", ELN, actor("Colombian police officers", "COL", "COP"), A7, mode="release"),
        event("ACCUSE", actor("National Army of Colombia", "COL", "MIL"), ELN, A8, mode="allege"),
        event("ACCUSE", actor("María Fernanda Cabal", "COL", "OPP"), PETRO, A9, mode="disapprove"),
    ],
    "quotes": [
        quote("Heute beginnt das Ende eines Konflikts", "Gustavo Petro", "direct"),
        quote("der zu viele Generationen gekostet hat", "Gustavo Petro", "direct"),
        quote("die Rebellen würden sich an die Vereinbarung halten", "Antonio García", "indirect"),
        quote("Kurz vor der Zeremonie hatten ELN-Kämpfer nach Armeeangaben im Departement Arauca einen "
              "Militärposten angegriffen und zwei Soldaten verletzt", "National Army of Colombia", "indirect"),
        quote("Petro belohnt Entführer", "María Fernanda Cabal", "direct"),
    ],
    "entities": [
        entity("Colombia", "GPE", "COL", ["Kolumbiens", "den kolumbianischen Staat"]),
        entity("Government of Colombia", "ORG", "COL", ["Kolumbiens Regierung", "die Regierung",
                                                          "Die Regierung"]),
        entity("National Liberation Army (ELN)", "ORG", "COL",
               ["die Guerillaorganisation ELN", "die Rebellen", "die ELN", "ELN-Kämpfer", "Die ELN"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Petro"]),
        entity("Antonio García", "PER", "COL", ["ELN-Kommandeur Antonio García", "García", "er"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Kubas Staatschef Miguel Díaz-Canel"]),
        entity("Cuba", "GPE", "CUB", ["Kubas"]),
        entity("Havana", "LOC", "CUB", ["Havanna", "der kubanischen Hauptstadt"]),
        entity("Arauca", "LOC", "COL", ["Departement Arauca"]),
        entity("National Army of Colombia", "ORG", "COL", []),
        entity("María Fernanda Cabal", "PER", "COL", ["die oppositionelle Senatorin María Fernanda Cabal"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm37-de-02  Central African Republic: peacekeeper killed (Tuesday, 2024-03-12; attack on Monday)
B1 = ("Bangui (AFP) - Bei einem Angriff der Rebellengruppe 3R auf eine UN-Patrouille im Nordwesten der "
      "Zentralafrikanischen Republik ist am Montag ein Blauhelmsoldat aus Kamerun getötet worden.")
B2 = ("Zwei weitere Soldaten seien nahe der Stadt Bocaranga verletzt worden, teilte die UN-Mission "
      "Minusca mit.")
B3 = "UN-Generalsekretär António Guterres verurteilte den Angriff als »feige«."
B4 = "Die Regierung in Bangui verlegte daraufhin zusätzliche Truppen in die Präfektur Ouham-Pendé."
B5 = "Blauhelme und Regierungssoldaten durchkämmten am Dienstag gemeinsam die Gegend um Bocaranga."
B6 = "Dabei nahm die Polizei vier mutmaßliche Rebellen fest."
B7 = "Regierungssprecher Maxime Balalou drohte den Rebellen mit »harten Konsequenzen«."
B8 = "Die 3R wiesen jede Verantwortung zurück."
B9 = "Ihr Anführer warf der Armee vor, Dörfer in der Region bombardiert zu haben."
B10 = ("Kamerun forderte die Vereinten Nationen auf, den Schutz der Blauhelme zu verstärken: „Unsere "
       "Soldaten dürfen nicht schutzlos bleiben.“")
B11 = "Die Europäische Union sagte der Mission unterdessen weitere 20 Millionen Euro zu."

R3R = actor("3R (Return, Reclamation, Rehabilitation)", "CAF", "REB")
MINUSCA = actor("MINUSCA", "UNO", "IGO")
CAF_MIL = actor("Central African Armed Forces", "CAF", "MIL")

ARTICLES.append({
    "id": "hm37-de-02", "lang": "de", "url": None, "published": "2024-03-12",
    "title": "Blauhelm bei Rebellenangriff in Zentralafrika getötet",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10, B11]),
    "events": [
        event("ASSAULT", R3R, MINUSCA, B1, date="2024-03-11", location="Central African Republic",
              location_country="CAF"),
        event("ACCUSE", actor("António Guterres", "UNO", "IGO"), R3R, B3, mode="disapprove"),
        event("MOBILIZE", CAF_MIL, None, B4, mode="troops", location="Ouham-Pendé", location_country="CAF"),
        event("COOPERATE", MINUSCA, CAF_MIL, B5, date="2024-03-12", location="Bocaranga",
              location_country="CAF"),
        event("COERCE", actor("Central African police", "CAF", "COP"), R3R, B6, mode="arrest"),
        event("THREATEN", actor("Maxime Balalou", "CAF", "GOV"), R3R, B7),
        event("ACCUSE", actor("leader of 3R", "CAF", "REB"), CAF_MIL, B9, mode="allege"),
        event("REQUEST", actor("Cameroon", "CMR", "GOV"), actor("United Nations", "UNO", "IGO"), B10),
        event("AGREE", actor("European Union", "EUR", "IGO"), MINUSCA, B11),
    ],
    "quotes": [
        quote("Zwei weitere Soldaten seien nahe der Stadt Bocaranga verletzt worden", "MINUSCA", "indirect"),
        quote("feige", "António Guterres", "direct"),
        quote("harten Konsequenzen", "Maxime Balalou", "direct"),
        quote("Dörfer in der Region bombardiert zu haben", "leader of 3R", "indirect"),
        quote("Unsere Soldaten dürfen nicht schutzlos bleiben", "Cameroon", "direct"),
    ],
    "entities": [
        entity("3R (Return, Reclamation, Rehabilitation)", "ORG", "CAF",
               ["der Rebellengruppe 3R", "den Rebellen", "Die 3R"]),
        entity("MINUSCA", "ORG", "UNO", ["die UN-Mission Minusca", "der Mission"]),
        entity("Central African Republic", "GPE", "CAF", ["der Zentralafrikanischen Republik"]),
        entity("Government of the Central African Republic", "ORG", "CAF", ["Die Regierung in Bangui"]),
        entity("Bangui", "LOC", "CAF", ["Bangui"]),
        entity("Cameroon", "GPE", "CMR", ["Kamerun"]),
        entity("Bocaranga", "LOC", "CAF", ["der Stadt Bocaranga", "Bocaranga"]),
        entity("Ouham-Pendé", "LOC", "CAF", ["die Präfektur Ouham-Pendé"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Maxime Balalou", "PER", "CAF", ["Regierungssprecher Maxime Balalou"]),
        entity("Central African Armed Forces", "ORG", "CAF", ["Regierungssoldaten", "der Armee"]),
        entity("leader of 3R", "PER", "CAF", ["Ihr Anführer"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm37-de-03  Pakistani strikes in Paktika (Wednesday, 2024-12-25; strikes late on Tuesday)
C1 = ("Kabul (AFP) - Die pakistanische Luftwaffe hat am späten Dienstagabend Ziele in der afghanischen "
      "Provinz Paktika bombardiert.")
C2 = ("Dabei seien mindestens 46 Menschen getötet worden, die meisten von ihnen Frauen und Kinder, sagte "
      "Taliban-Sprecher Sabiullah Mudschahid.")
C3 = "Islamabad erklärte, die Angriffe hätten Verstecken der pakistanischen Taliban (TTP) gegolten."
C4 = ("Das Verteidigungsministerium in Kabul kündigte Vergeltung an: »Wir werden diesen Angriff nicht "
      "unbeantwortet lassen.«")
C5 = "Taliban-Einheiten wurden nach Angaben aus Kabul an die Grenze verlegt."
C6 = "Zudem wurde der pakistanische Geschäftsträger ins Außenministerium einbestellt."
C7 = ("Pakistans Sondergesandter Mohammad Sadiq hatte am Dienstag in Kabul noch Außenminister Amir Khan "
      "Muttaki getroffen und von »konstruktiven« Gesprächen gesprochen.")
C7b = "Zu einem Treffen Sadiqs mit Taliban-Chef Haibatullah Achundsada kam es nicht."
C8 = "Islamabad wirft den Taliban seit Langem vor, TTP-Kämpfern Unterschlupf zu gewähren."
C9 = "Die Taliban weisen dies zurück."
C10 = "Die UN-Mission in Afghanistan forderte beide Seiten zur Zurückhaltung auf."

PAF = actor("Pakistan Air Force", "PAK", "MIL")
PAK = actor("Pakistan", "PAK", "GOV")
AFG = actor("Afghanistan", "AFG", "GOV")
UNAMA = actor("UN Assistance Mission in Afghanistan (UNAMA)", "UNO", "IGO")

ARTICLES.append({
    "id": "hm37-de-03", "lang": "de", "url": None, "published": "2024-12-25",
    "title": "Pakistanische Luftangriffe in Afghanistan – Taliban drohen mit Vergeltung",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7, C7b], [C8, C9, C10]),
    "events": [
        event("ASSAULT", PAF, actor("Afghanistan", "AFG", None), C1, mode="aerial", date="2024-12-24",
              location="Paktika", location_country="AFG"),
        event("ASSAULT", PAF, actor("Tehrik-i-Taliban Pakistan (TTP)", "PAK", "REB"), C3, mode="aerial"),
        event("THREATEN", actor("Ministry of Defence of Afghanistan", "AFG", "MIL"), PAK, C4,
              mode="violence"),
        event("MOBILIZE", actor("Taliban forces", "AFG", "MIL"), None, C5, mode="troops"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Afghanistan", "AFG", "GOV"), PAK, C6,
              mode="disapprove"),
        event("CONSULT", actor("Mohammad Sadiq", "PAK", "GOV"), actor("Amir Khan Muttaqi", "AFG", "GOV"), C7,
              mode="visit", date="2024-12-24", location="Kabul", location_country="AFG"),
        event("CONSULT", actor("Mohammad Sadiq", "PAK", "GOV"), actor("Hibatullah Akhundzada", "AFG", "GOV"), C7b,
              negated=True),
        event("REQUEST", UNAMA, PAK, C10),
        event("REQUEST", UNAMA, AFG, C10),
    ],
    "quotes": [
        quote("Dabei seien mindestens 46 Menschen getötet worden, die meisten von ihnen Frauen und Kinder",
              "Zabihullah Mujahid", "indirect"),
        quote("die Angriffe hätten Verstecken der pakistanischen Taliban (TTP) gegolten",
              "Government of Pakistan", "indirect"),
        quote("Wir werden diesen Angriff nicht unbeantwortet lassen", "Ministry of Defence of Afghanistan",
              "direct"),
        quote("Taliban-Einheiten wurden nach Angaben aus Kabul an die Grenze verlegt",
              "Government of Afghanistan", "indirect"),
        quote("konstruktiven", "Mohammad Sadiq", "direct"),
        quote("TTP-Kämpfern Unterschlupf zu gewähren", "Government of Pakistan", "indirect"),
    ],
    "entities": [
        entity("Pakistan Air Force", "ORG", "PAK", ["Die pakistanische Luftwaffe"]),
        entity("Paktika", "LOC", "AFG", ["der afghanischen Provinz Paktika"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban-Sprecher Sabiullah Mudschahid"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Islamabad"]),
        entity("Tehrik-i-Taliban Pakistan (TTP)", "ORG", "PAK",
               ["der pakistanischen Taliban (TTP)", "TTP-Kämpfern"]),
        entity("Ministry of Defence of Afghanistan", "ORG", "AFG", ["Das Verteidigungsministerium in Kabul"]),
        entity("Taliban", "ORG", "AFG", ["Taliban-Einheiten", "den Taliban", "Die Taliban"]),
        entity("Government of Afghanistan", "ORG", "AFG", ["Kabul"]),
        entity("Ministry of Foreign Affairs of Afghanistan", "ORG", "AFG", ["Außenministerium"]),
        entity("Mohammad Sadiq", "PER", "PAK", ["Pakistans Sondergesandter Mohammad Sadiq", "Sadiqs"]),
        entity("Hibatullah Akhundzada", "PER", "AFG", ["Taliban-Chef Haibatullah Achundsada"]),
        entity("Amir Khan Muttaqi", "PER", "AFG", ["Außenminister Amir Khan Muttaki"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistans"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("UN Assistance Mission in Afghanistan (UNAMA)", "ORG", "UNO", ["Die UN-Mission in Afghanistan"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm37-de-04  EU summit: accession talks, Orbán (Thursday, 2023-12-14)
D1 = ("Brüssel (dpa) - Die Staats- und Regierungschefs der EU haben am Donnerstag beschlossen, "
      "Beitrittsverhandlungen mit der Ukraine und Moldau aufzunehmen.")
D2 = "Ungarns Ministerpräsident Viktor Orbán hatte seinen Widerstand zuvor überraschend aufgegeben."
D3 = "»Das ist eine völlig sinnlose und falsche Entscheidung«, sagte er anschließend in einem Video auf Facebook."
D4 = "Zugleich blockierte Orbán ein Hilfspaket über 50 Milliarden Euro für Kiew."
D5 = "Laut Diplomaten soll im Januar bei einem Sondergipfel erneut darüber verhandelt werden."
D6 = ("Der ukrainische Präsident Wolodymyr Selenskyj dankte der EU und erklärte, die Entscheidung sei ein "
      "Sieg für die Ukraine und ganz Europa.")
D7 = "Außerdem verlängerten die Gipfelteilnehmer die Wirtschaftssanktionen gegen Russland um sechs Monate."
D8 = "Kremlsprecher Dmitri Peskow nannte den Beschluss »politisiert«."
D9 = "Orbán hatte vor dem Gipfel die Freigabe aller eingefrorenen EU-Gelder für Ungarn verlangt."
D10 = "Die EU-Kommission hatte am Mittwoch zehn Milliarden Euro für Budapest freigegeben."

EUCO = actor("European Council", "EUR", "IGO")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
COMM = actor("European Commission", "EUR", "IGO")

ARTICLES.append({
    "id": "hm37-de-04", "lang": "de", "url": None, "published": "2023-12-14",
    "title": "EU öffnet Tür für Ukraine und Moldau – Orbán blockiert Milliardenhilfe",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7], [D8, D9, D10]),
    "events": [
        event("AGREE", EUCO, actor("Ukraine", "UKR", "GOV"), D1, date="2023-12-14", location="Brussels",
              location_country="BEL"),
        event("AGREE", EUCO, actor("Moldova", "MDA", "GOV"), D1, date="2023-12-14", location="Brussels",
              location_country="BEL"),
        event("CONCEDE", ORBAN, EUCO, D2),
        event("ACCUSE", ORBAN, EUCO, D3, mode="disapprove"),
        event("REJECT", ORBAN, EUCO, D4),
        event("SUPPORT", actor("Volodymyr Zelensky", "UKR", "GOV"), actor("European Union", "EUR", "IGO"), D6),
        event("SANCTION", EUCO, actor("Russia", "RUS", "GOV"), D7),
        event("ACCUSE", actor("Dmitry Peskov", "RUS", "GOV"), EUCO, D8, mode="disapprove"),
        event("REQUEST", ORBAN, COMM, D9),
        event("RETREAT", COMM, actor("Hungary", "HUN", "GOV"), D10, date="2023-12-13"),
    ],
    "quotes": [
        quote("Das ist eine völlig sinnlose und falsche Entscheidung", "Viktor Orbán", "direct"),
        quote("soll im Januar bei einem Sondergipfel erneut darüber verhandelt werden", "EU diplomats",
              "indirect"),
        quote("die Entscheidung sei ein Sieg für die Ukraine und ganz Europa", "Volodymyr Zelensky", "indirect"),
        quote("politisiert", "Dmitry Peskov", "direct"),
    ],
    "entities": [
        entity("European Council", "ORG", "EUR", ["Die Staats- und Regierungschefs der EU", "die Gipfelteilnehmer"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine", "die Ukraine", "Kiew"]),
        entity("Moldova", "GPE", "MDA", ["Moldau"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Ministerpräsident Viktor Orbán", "er", "Orbán"]),
        entity("Hungary", "GPE", "HUN", ["Ungarns", "Ungarn", "Budapest"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Europe", "LOC", None, ["Europa"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm37-en-01  Iran strikes Al Udeid (Monday, 2025-06-23)
E1 = ("DOHA (Reuters) - Iran fired missiles at the Al Udeid air base in Qatar on Monday in retaliation "
      "for U.S. strikes on its nuclear facilities over the weekend.")
E2 = "No one was killed or injured, Qatar's Defence Ministry said."
E3 = ("Qatar condemned the attack as a “flagrant violation” of its sovereignty and summoned Iran's "
      "ambassador.")
E4 = "“We reserve the right to respond directly,” foreign ministry spokesman Majed al-Ansari wrote on X."
E5 = ("Iran's Supreme National Security Council said the strike had been proportionate and was not "
      "directed against Qatar.")
E6 = ("Hours later, U.S. President Donald Trump announced that Israel and Iran had agreed to a “complete "
      "and total ceasefire”.")
E7 = "He also thanked Qatar's emir, Sheikh Tamim bin Hamad Al Thani, for his efforts."
E8 = "Saudi Arabia and the United Arab Emirates expressed solidarity with Doha."
E9 = "UN Secretary-General Antonio Guterres called on Iran and the United States to exercise restraint."
E10 = "Al Udeid is the largest U.S. military base in the Middle East and hosts about 10,000 troops."

IRN_MIL = actor("Iran", "IRN", "MIL")
USA_MIL = actor("United States", "USA", "MIL")
QAT = actor("Qatar", "QAT", "GOV")
GUT = actor("António Guterres", "UNO", "IGO")

ARTICLES.append({
    "id": "hm37-en-01", "lang": "en", "url": None, "published": "2025-06-23",
    "title": "Iran fires missiles at U.S. base in Qatar; Doha condemns attack",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10]),
    "events": [
        event("ASSAULT", IRN_MIL, USA_MIL, E1, date="2025-06-23", location="Al Udeid Air Base",
              location_country="QAT"),
        event("ASSAULT", USA_MIL, actor("Iran", "IRN", None), E1, mode="aerial", location="Iran",
              location_country="IRN"),
        event("ACCUSE", QAT, actor("Iran", "IRN", "GOV"), E3, mode="disapprove"),
        event("THREATEN", actor("Majed al-Ansari", "QAT", "GOV"), actor("Iran", "IRN", "GOV"), E4),
        event("ASSAULT", IRN_MIL, USA_MIL, E5),
        event("AGREE", actor("Israel", "ISR", "GOV"), actor("Iran", "IRN", "GOV"), E6),
        event("SUPPORT", actor("Donald Trump", "USA", "GOV"), actor("Tamim bin Hamad Al Thani", "QAT", "GOV"), E7),
        event("SUPPORT", actor("Saudi Arabia", "SAU", "GOV"), QAT, E8),
        event("SUPPORT", actor("United Arab Emirates", "ARE", "GOV"), QAT, E8),
        event("REQUEST", GUT, actor("Iran", "IRN", "GOV"), E9),
        event("REQUEST", GUT, actor("United States", "USA", "GOV"), E9),
    ],
    "quotes": [
        quote("No one was killed or injured", "Ministry of Defence of Qatar", "indirect"),
        quote("flagrant violation", "Qatar", "direct"),
        quote("We reserve the right to respond directly", "Majed al-Ansari", "direct"),
        quote("the strike had been proportionate and was not directed against Qatar",
              "Supreme National Security Council of Iran", "indirect"),
        quote("that Israel and Iran had agreed to a “complete and total ceasefire”", "Donald Trump", "indirect"),
        quote("complete and total ceasefire", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Iran", "its nuclear facilities", "Iran's"]),
        entity("Al Udeid Air Base", "LOC", "QAT", ["the Al Udeid air base in Qatar", "Al Udeid"]),
        entity("Qatar", "GPE", "QAT", ["Qatar", "Qatar's", "Doha", "its sovereignty"]),
        entity("United States", "GPE", "USA", ["U.S.", "the United States"]),
        entity("Ministry of Defence of Qatar", "ORG", "QAT", ["Qatar's Defence Ministry"]),
        entity("Majed al-Ansari", "PER", "QAT", ["foreign ministry spokesman Majed al-Ansari"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Supreme National Security Council of Iran", "ORG", "IRN",
               ["Iran's Supreme National Security Council"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "He"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["Qatar's emir, Sheikh Tamim bin Hamad Al Thani"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
        entity("United Arab Emirates", "GPE", "ARE", ["the United Arab Emirates"]),
        entity("António Guterres", "PER", "UNO", ["UN Secretary-General Antonio Guterres"]),
        entity("Middle East", "LOC", None, ["the Middle East"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm37-en-02  Nauru-Australia treaty (Monday, 2024-12-09)
F1 = ("CANBERRA (AP) — Nauru has agreed to give Australia a veto over any security or policing deal it "
      "strikes with other countries, in exchange for 140 million Australian dollars ($89 million) in "
      "budget and security support.")
F2 = ("Nauru's President David Adeang, who is visiting Canberra, signed the treaty with Prime Minister "
      "Anthony Albanese at Parliament House on Monday.")
F3 = "“This is a historic day for our two nations,” Albanese told reporters."
F4 = ("Under the treaty, Australia will provide 100 million dollars in budget support over five years and "
      "40 million dollars for Nauru's police force.")
F5 = "Australia has already sent federal police advisers to the island, Albanese said."
F6 = "Adeang said the agreement would not affect Nauru's ties with Beijing."
F7 = "Nauru cut diplomatic ties with Taiwan in January and switched recognition to China."
F8 = ("Chinese foreign ministry spokeswoman Mao Ning criticised the deal, saying Pacific island countries "
      "were “not anyone's backyard”, and urged Canberra to respect their sovereignty.")
F9 = "With about 12,500 inhabitants, Nauru is one of the world's smallest countries."

NRU = actor("Nauru", "NRU", "GOV")
AUS = actor("Australia", "AUS", "GOV")
ADEANG = actor("David Adeang", "NRU", "GOV")
ALBO = actor("Anthony Albanese", "AUS", "GOV")

ARTICLES.append({
    "id": "hm37-en-02", "lang": "en", "url": None, "published": "2024-12-09",
    "title": "Nauru gives Australia veto over security deals in exchange for aid",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9]),
    "events": [
        event("AGREE", NRU, AUS, F1),
        event("CONSULT", ADEANG, ALBO, F2, mode="visit", date="2024-12-09", location="Canberra",
              location_country="AUS"),
        event("SUPPORT", ADEANG, ALBO, F2, date="2024-12-09", location="Canberra", location_country="AUS"),
        event("AGREE", AUS, NRU, F4),
        event("AID", AUS, NRU, F5),
        event("SANCTION", NRU, actor("Taiwan", "TWN", "GOV"), F7, mode="discontinue"),
        event("SUPPORT", NRU, actor("China", "CHN", "GOV"), F7),
        event("ACCUSE", actor("Mao Ning", "CHN", "GOV"), AUS, F8, mode="disapprove"),
        event("REQUEST", actor("Mao Ning", "CHN", "GOV"), AUS, F8),
    ],
    "quotes": [
        quote("This is a historic day for our two nations", "Anthony Albanese", "direct"),
        quote("Australia has already sent federal police advisers to the island", "Anthony Albanese", "indirect"),
        quote("the agreement would not affect Nauru's ties with Beijing", "David Adeang", "indirect"),
        quote("Pacific island countries were “not anyone's backyard”", "Mao Ning", "indirect"),
        quote("not anyone's backyard", "Mao Ning", "direct"),
    ],
    "entities": [
        entity("Nauru", "GPE", "NRU", ["Nauru", "Nauru's", "the island"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("Canberra", "LOC", "AUS", ["CANBERRA", "Canberra"]),
        entity("David Adeang", "PER", "NRU", ["Nauru's President David Adeang", "Adeang"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese", "Albanese"]),
        entity("Parliament House", "LOC", "AUS", ["Parliament House"]),
        entity("Nauru Police Force", "ORG", "NRU", ["Nauru's police force"]),
        entity("China", "GPE", "CHN", ["Beijing", "China"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("Mao Ning", "PER", "CHN", ["Chinese foreign ministry spokeswoman Mao Ning"]),
    ],
})
