"""Round 150: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm150-de-01: Malaysia's Pardons Board halves Najib Razak's prison term; Bersih and Syed Saddiq object, UMNO welcomes it (2024-02-02).
- hm150-de-02: A Beijing court jails an Astellas employee for espionage; Ambassador Kanasugi and Hayashi protest, Beijing rebuffs Tokyo (2025-07-16).
- hm150-de-03: Manipur's Chief Minister N. Biren Singh resigns after meeting Amit Shah; Congress, Rahul Gandhi and the ITLF react (2025-02-09).
- hm150-de-04: Three Chinese workers killed in a drone attack from Afghanistan in southern Tajikistan; Dushanbe, Beijing and the Taliban react (2025-11-27).
- hm150-en-01: Pakistan votes under a mobile phone shutdown after the Balochistan bombings; PTI, Amnesty and the election commission (2024-02-08).
- hm150-en-02: Russia vetoes the US-Japanese UN Security Council resolution on nuclear weapons in space (2024-04-24).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm150-de-01
PARDONS = actor("Pardons Board of Malaysia", "MYS", "GOV")
NAJIB = actor("Najib Razak", "MYS", "PTY")
FED_COURT = actor("Federal Court of Malaysia", "MYS", "JUD")
BERSIH = actor("Bersih", "MYS", "NGO")
SYED = actor("Syed Saddiq", "MYS", "OPP")
MYS_GOV = actor("Government of Malaysia", "MYS", "GOV")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
UMNO = actor("United Malays National Organisation", "MYS", "PTY")
FAHMI = actor("Fahmi Fadzil", "MYS", "GOV")
ZAHID = actor("Ahmad Zahid Hamidi", "MYS", "PTY")

G1 = "Der wegen Korruption inhaftierte frühere malaysische Regierungschef Najib Razak kommt deutlich früher frei als vorgesehen."
G2 = "Der Begnadigungsausschuss habe seine zwölfjährige Haftstrafe halbiert und die Geldstrafe von 210 Millionen auf 50 Millionen Ringgit gesenkt, teilte das Gremium am Freitag in Kuala Lumpur mit."
G3 = "Den Vorsitz der entscheidenden Sitzung am Montag hatte noch der damalige König Sultan Abdullah geführt, dessen Amtszeit zwei Tage später endete."
G4 = "Najib soll demnach im August 2028 entlassen werden."
G5 = "Der 70-Jährige sitzt seit August 2022 im Gefängnis Kajang, nachdem das Bundesgericht seine Verurteilung wegen der Veruntreuung von Geldern einer früheren Tochterfirma des Staatsfonds 1MDB bestätigt hatte."
G6 = "Die Bürgerrechtsbewegung Bersih sprach von einem „schwarzen Tag“ für den Kampf gegen Korruption."
G7 = "Sie forderte den Ausschuss auf, die Gründe für seine Entscheidung offenzulegen."
G8 = "Der Oppositionspolitiker Syed Saddiq warf der Regierung von Premierminister Anwar Ibrahim vor, ihr Versprechen eines sauberen Staates zu verraten."
G9 = "Anwar hatte sich nach der Parlamentswahl 2022 mit Najibs Partei UMNO verbündet, um eine Mehrheit zu sichern."
G10 = "Regierungssprecher Fahmi Fadzil sagte, die Entscheidung liege allein im Ermessen des Ausschusses und des Königs und sei zu respektieren."
G11 = "UMNO-Chef Ahmad Zahid Hamidi begrüßte die Strafminderung, sprach aber nur von einem „ersten Schritt“."
G12 = "Najibs Anwalt Muhammad Shafee Abdullah kündigte an, sein Mandant werde weiter eine vollständige Begnadigung anstreben."

DE01 = {
    "id": "hm150-de-01", "lang": "de", "url": None, "published": "2024-02-02",
    "title": "Malaysias Ex-Premier Najib: Haftstrafe halbiert",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9, G10, G11, G12]),
    "events": [
        event("CONCEDE", PARDONS, NAJIB, G1),
        event("CONCEDE", PARDONS, NAJIB, G2),
        event("CONCEDE", PARDONS, NAJIB, G4),
        event("SANCTION", FED_COURT, NAJIB, G5, mode="convict"),
        event("COERCE", FED_COURT, NAJIB, G5, mode="arrest"),
        event("ACCUSE", BERSIH, PARDONS, G6, mode="disapprove"),
        event("REQUEST", BERSIH, PARDONS, G7),
        event("ACCUSE", SYED, MYS_GOV, G8, mode="disapprove"),
        event("AGREE", ANWAR, UMNO, G9),
        event("SUPPORT", FAHMI, PARDONS, G10),
        event("SUPPORT", ZAHID, PARDONS, G11),
        event("REQUEST", NAJIB, PARDONS, G12, mode="yield"),
    ],
    "quotes": [
        quote("Der Begnadigungsausschuss habe seine zwölfjährige Haftstrafe halbiert und die Geldstrafe von 210 Millionen auf 50 Millionen Ringgit gesenkt", "Pardons Board of Malaysia", "indirect"),
        quote("Najib soll demnach im August 2028 entlassen werden", "Pardons Board of Malaysia", "indirect"),
        quote("schwarzen Tag", "Bersih", "direct"),
        quote("ihr Versprechen eines sauberen Staates zu verraten", "Syed Saddiq", "indirect"),
        quote("die Entscheidung liege allein im Ermessen des Ausschusses und des Königs und sei zu respektieren", "Fahmi Fadzil", "indirect"),
        quote("ersten Schritt", "Ahmad Zahid Hamidi", "direct"),
        quote("sein Mandant werde weiter eine vollständige Begnadigung anstreben", "Muhammad Shafee Abdullah", "indirect"),
    ],
    "entities": [
        entity("Najib Razak", "PER", "MYS", ["Der wegen Korruption inhaftierte frühere malaysische Regierungschef Najib Razak", "Najib", "Der 70-Jährige", "Najibs", "sein Mandant"]),
        entity("Pardons Board of Malaysia", "ORG", "MYS", ["Der Begnadigungsausschuss", "das Gremium", "den Ausschuss", "des Ausschusses"]),
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("Sultan Abdullah", "PER", "MYS", ["der damalige König Sultan Abdullah"]),
        entity("King of Malaysia", "PER", "MYS", ["des Königs"]),
        entity("Kajang Prison", "LOC", "MYS", ["im Gefängnis Kajang"]),
        entity("Federal Court of Malaysia", "ORG", "MYS", ["das Bundesgericht"]),
        entity("SRC International", "ORG", "MYS", ["einer früheren Tochterfirma des Staatsfonds 1MDB"]),
        entity("1MDB", "ORG", "MYS", ["des Staatsfonds 1MDB"]),
        entity("Bersih", "ORG", "MYS", ["Die Bürgerrechtsbewegung Bersih", "Sie"]),
        entity("Syed Saddiq", "PER", "MYS", ["Der Oppositionspolitiker Syed Saddiq"]),
        entity("Government of Malaysia", "ORG", "MYS", ["der Regierung von Premierminister Anwar Ibrahim", "ihr"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Premierminister Anwar Ibrahim", "Anwar"]),
        entity("United Malays National Organisation", "ORG", "MYS", ["Najibs Partei UMNO", "UMNO"]),
        entity("Fahmi Fadzil", "PER", "MYS", ["Regierungssprecher Fahmi Fadzil"]),
        entity("Ahmad Zahid Hamidi", "PER", "MYS", ["UMNO-Chef Ahmad Zahid Hamidi"]),
        entity("Muhammad Shafee Abdullah", "PER", "MYS", ["Najibs Anwalt Muhammad Shafee Abdullah"]),
    ],
}

# ---------------------------------------------------------------- hm150-de-02
BJ_COURT = actor("Beijing No. 2 Intermediate People's Court", "CHN", "JUD")
ASTELLAS_EMP = actor("Astellas Pharma employee", "JPN", "BUS")
CHN_AUTH = actor("Chinese authorities", "CHN", "COP")
KANASUGI = actor("Kenji Kanasugi", "JPN", "GOV")
CHINA = actor("China", "CHN", "GOV")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
JCCI = actor("Japanese Chamber of Commerce and Industry in China", "JPN", "BUS")
GUO = actor("Guo Jiakun", "CHN", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")

H1 = "Ein Gericht in Peking hat einen japanischen Mitarbeiter des Pharmakonzerns Astellas am Mittwoch wegen Spionage zu dreieinhalb Jahren Haft verurteilt."
H2 = "Der Mann in seinen Sechzigern war im März 2023 kurz vor seiner geplanten Rückkehr nach Japan in der chinesischen Hauptstadt festgenommen worden."
H3 = "Welche Vorwürfe ihm konkret gemacht wurden, machten die Behörden nie öffentlich."
H4 = "Der japanische Botschafter Kenji Kanasugi, der die Urteilsverkündung im Gerichtssaal verfolgte, nannte die Entscheidung „äußerst bedauerlich“."
H5 = "Japan werde sich weiter mit Nachdruck für die baldige Freilassung seines Staatsbürgers einsetzen, sagte er vor Journalisten."
H6 = "Regierungssprecher Yoshimasa Hayashi forderte in Tokio mehr Transparenz im Umgang mit ausländischen Staatsbürgern und eine frühe Freilassung des Mannes."
H7 = "Das Verfahren sei „nicht transparent“ gewesen, kritisierte er."
H8 = "Die Japanische Handelskammer in China äußerte sich besorgt, der Fall belaste das Vertrauen japanischer Unternehmen in den chinesischen Markt."
H9 = "Das chinesische Außenministerium wies die Kritik zurück."
H10 = "China sei ein Rechtsstaat, der Fall sei „gemäß dem Gesetz“ behandelt worden, sagte Sprecher Guo Jiakun in Peking."
H11 = "Er rief die japanische Seite auf, die Souveränität der chinesischen Justiz zu respektieren."
H12 = "Seit 2014 sind in China mindestens 17 Japaner unter Spionagevorwurf festgenommen worden."

DE02 = {
    "id": "hm150-de-02", "lang": "de", "url": None, "published": "2025-07-16",
    "title": "Astellas-Mitarbeiter in China wegen Spionage verurteilt",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7, H8], [H9, H10, H11, H12]),
    "events": [
        event("SANCTION", BJ_COURT, ASTELLAS_EMP, H1, mode="convict", date="2025-07-16", location="Beijing", location_country="CHN"),
        event("COERCE", BJ_COURT, ASTELLAS_EMP, H1, mode="arrest", date="2025-07-16", location="Beijing", location_country="CHN"),
        event("COERCE", CHN_AUTH, ASTELLAS_EMP, H2, mode="arrest", location="Beijing", location_country="CHN"),
        event("ACCUSE", KANASUGI, BJ_COURT, H4, mode="disapprove"),
        event("REQUEST", KANASUGI, CHINA, H5, mode="yield"),
        event("REQUEST", HAYASHI, CHINA, H6, mode="yield"),
        event("ACCUSE", HAYASHI, BJ_COURT, H7, mode="disapprove"),
        event("ACCUSE", JCCI, CHINA, H8, mode="disapprove"),
        event("REQUEST", GUO, JAPAN, H11),
    ],
    "quotes": [
        quote("äußerst bedauerlich", "Kenji Kanasugi", "direct"),
        quote("Japan werde sich weiter mit Nachdruck für die baldige Freilassung seines Staatsbürgers einsetzen", "Kenji Kanasugi", "indirect"),
        quote("nicht transparent", "Yoshimasa Hayashi", "direct"),
        quote("Das Verfahren sei „nicht transparent“ gewesen", "Yoshimasa Hayashi", "indirect"),
        quote("der Fall belaste das Vertrauen japanischer Unternehmen in den chinesischen Markt", "Japanese Chamber of Commerce and Industry in China", "indirect"),
        quote("gemäß dem Gesetz", "Guo Jiakun", "direct"),
        quote("China sei ein Rechtsstaat, der Fall sei „gemäß dem Gesetz“ behandelt worden", "Guo Jiakun", "indirect"),
    ],
    "entities": [
        entity("Beijing No. 2 Intermediate People's Court", "ORG", "CHN", ["Ein Gericht in Peking"]),
        entity("Beijing", "LOC", "CHN", ["Peking", "der chinesischen Hauptstadt"]),
        entity("Astellas Pharma employee", "PER", "JPN", ["einen japanischen Mitarbeiter des Pharmakonzerns Astellas", "Der Mann in seinen Sechzigern", "ihm", "seines Staatsbürgers", "des Mannes"]),
        entity("Astellas Pharma", "ORG", "JPN", ["des Pharmakonzerns Astellas"]),
        entity("Japan", "GPE", "JPN", ["Japan", "die japanische Seite"]),
        entity("Chinese authorities", "ORG", "CHN", ["die Behörden"]),
        entity("Kenji Kanasugi", "PER", "JPN", ["Der japanische Botschafter Kenji Kanasugi", "er"]),
        entity("courtroom", "LOC", "CHN", ["im Gerichtssaal"]),
        entity("journalists", "ORG", None, ["Journalisten"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi", "er"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Japanese Chamber of Commerce and Industry in China", "ORG", "JPN", ["Die Japanische Handelskammer in China"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Japanese companies", "ORG", "JPN", ["japanischer Unternehmen"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das chinesische Außenministerium"]),
        entity("Guo Jiakun", "PER", "CHN", ["Sprecher Guo Jiakun", "Er"]),
        entity("Chinese judiciary", "ORG", "CHN", ["der chinesischen Justiz"]),
        entity("Japanese detainees in China", "PER", "JPN", ["mindestens 17 Japaner"]),
    ],
}

# ---------------------------------------------------------------- hm150-de-03
BIREN = actor("N. Biren Singh", "IND", "GOV")
BHALLA = actor("Ajay Kumar Bhalla", "IND", "GOV")
SHAH = actor("Amit Shah", "IND", "GOV")
CONGRESS = actor("Indian National Congress", "IND", "OPP")
IND_SC = actor("Supreme Court of India", "IND", "JUD")
RAHUL = actor("Rahul Gandhi", "IND", "OPP")
MODI = actor("Narendra Modi", "IND", "GOV")
ITLF = actor("Indigenous Tribal Leaders' Forum", "IND", "CVL")
IND_GOV = actor("Government of India", "IND", "GOV")

I1 = "Nach monatelanger Kritik an seinem Umgang mit der ethnischen Gewalt ist der Regierungschef des nordostindischen Bundesstaats Manipur, N. Biren Singh, zurückgetreten."
I2 = "Er reichte am Sonntagabend in der Landeshauptstadt Imphal bei Gouverneur Ajay Kumar Bhalla seinen Rücktritt ein."
I3 = "Bhalla habe ihn gebeten, bis zur Bildung einer neuen Regierung geschäftsführend im Amt zu bleiben, hieß es aus dem Gouverneurssitz."
I4 = "Zuvor war der Politiker der hindunationalistischen BJP in Neu-Delhi mit Innenminister Amit Shah zusammengetroffen."
I5 = "Die oppositionelle Kongresspartei hatte angekündigt, in der am Montag beginnenden Sitzung des Landesparlaments einen Misstrauensantrag gegen Singh einzubringen."
I6 = "Zudem hatte Indiens Oberstes Gericht vergangene Woche ein forensisches Gutachten zu Tonaufnahmen angefordert, auf denen Singh angeblich einräumt, die Plünderung von Polizeiwaffen durch Milizen zugelassen zu haben."
I7 = "Oppositionsführer Rahul Gandhi schrieb auf der Plattform X, öffentlicher Druck, die Untersuchung des Gerichts und der Misstrauensantrag hätten „eine Abrechnung erzwungen“."
I8 = "Er warf Premierminister Narendra Modi vor, Manipur fast zwei Jahre lang im Stich gelassen zu haben."
I9 = "Seit Mai 2023 wurden bei Kämpfen zwischen der mehrheitlich hinduistischen Meitei-Gemeinschaft und den überwiegend christlichen Kuki-Zo mehr als 250 Menschen getötet, rund 60.000 mussten fliehen."
I10 = "Singh hatte sich Ende Dezember öffentlich für die Gewalt entschuldigt."
I11 = "Das Forum der indigenen Stammesführer (ITLF), eine Organisation der Kuki-Zo, nannte den Rücktritt „überfällig“ und forderte erneut eine eigene Verwaltung für die Siedlungsgebiete der Kuki-Zo."
I12 = "Ob die BJP einen Nachfolger bestimmt oder die Zentralregierung die direkte Verwaltung des Bundesstaats übernimmt, war zunächst offen."

DE03 = {
    "id": "hm150-de-03", "lang": "de", "url": None, "published": "2025-02-09",
    "title": "Manipurs Regierungschef Biren Singh tritt zurück",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12]),
    "events": [
        event("RETREAT", BIREN, None, I1, mode="resign", date="2025-02-09", location="Imphal", location_country="IND"),
        event("RETREAT", BIREN, None, I2, mode="resign", date="2025-02-09", location="Imphal", location_country="IND"),
        event("REQUEST", BHALLA, BIREN, I3),
        event("CONSULT", BIREN, SHAH, I4, mode="visit", date="2025-02-09", location="New Delhi", location_country="IND"),
        event("REQUEST", CONGRESS, BIREN, I5, mode="change"),
        event("ACCUSE", IND_SC, BIREN, I6, mode="investigate"),
        event("ACCUSE", RAHUL, MODI, I8, mode="disapprove"),
        event("CONCEDE", BIREN, None, I10),
        event("ACCUSE", ITLF, BIREN, I11, mode="disapprove"),
        event("REQUEST", ITLF, IND_GOV, I11, mode="change"),
    ],
    "quotes": [
        quote("Bhalla habe ihn gebeten, bis zur Bildung einer neuen Regierung geschäftsführend im Amt zu bleiben", "Governor's office of Manipur", "indirect"),
        quote("eine Abrechnung erzwungen", "Rahul Gandhi", "direct"),
        quote("öffentlicher Druck, die Untersuchung des Gerichts und der Misstrauensantrag hätten „eine Abrechnung erzwungen“", "Rahul Gandhi", "indirect"),
        quote("Manipur fast zwei Jahre lang im Stich gelassen zu haben", "Rahul Gandhi", "indirect"),
        quote("überfällig", "Indigenous Tribal Leaders' Forum", "direct"),
    ],
    "entities": [
        entity("N. Biren Singh", "PER", "IND", ["der Regierungschef des nordostindischen Bundesstaats Manipur, N. Biren Singh", "Er", "ihn", "der Politiker der hindunationalistischen BJP", "Singh"]),
        entity("Manipur", "GPE", "IND", ["des nordostindischen Bundesstaats Manipur", "Manipur", "des Bundesstaats"]),
        entity("Imphal", "LOC", "IND", ["der Landeshauptstadt Imphal"]),
        entity("Ajay Kumar Bhalla", "PER", "IND", ["Gouverneur Ajay Kumar Bhalla", "Bhalla"]),
        entity("Governor's office of Manipur", "ORG", "IND", ["dem Gouverneurssitz"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["der hindunationalistischen BJP", "die BJP"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Amit Shah", "PER", "IND", ["Innenminister Amit Shah"]),
        entity("Indian National Congress", "ORG", "IND", ["Die oppositionelle Kongresspartei"]),
        entity("Manipur Legislative Assembly", "ORG", "IND", ["des Landesparlaments"]),
        entity("Supreme Court of India", "ORG", "IND", ["Indiens Oberstes Gericht", "des Gerichts"]),
        entity("India", "GPE", "IND", ["Indiens"]),
        entity("militias", "ORG", "IND", ["Milizen"]),
        entity("Rahul Gandhi", "PER", "IND", ["Oppositionsführer Rahul Gandhi", "Er"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("Meitei", "ORG", "IND", ["der mehrheitlich hinduistischen Meitei-Gemeinschaft"]),
        entity("Kuki-Zo", "ORG", "IND", ["den überwiegend christlichen Kuki-Zo", "der Kuki-Zo"]),
        entity("Indigenous Tribal Leaders' Forum", "ORG", "IND", ["Das Forum der indigenen Stammesführer (ITLF)", "eine Organisation der Kuki-Zo"]),
        entity("Kuki-Zo areas", "LOC", "IND", ["die Siedlungsgebiete der Kuki-Zo"]),
        entity("Government of India", "ORG", "IND", ["die Zentralregierung"]),
    ],
}

# ---------------------------------------------------------------- hm150-de-04
ATTACKERS = actor("Afghanistan-based armed group", "AFG", "REB")
CHN_WORKERS = actor("Chinese workers in Tajikistan", "CHN", "BUS")
TJK_MFA = actor("Ministry of Foreign Affairs of Tajikistan", "TJK", "GOV")
TALIBAN = actor("Taliban", "AFG", "GOV")
CHN_AMB = actor("Ambassador of China to Tajikistan", "CHN", "GOV")
MUHRIDDIN = actor("Sirojiddin Muhriddin", "TJK", "GOV")
CHN_EMB = actor("Embassy of China in Tajikistan", "CHN", "GOV")
CHN_FIRMS = actor("Chinese companies in Tajikistan", "CHN", "BUS")
CHN_MFA_SPOX = actor("Spokesperson of the Ministry of Foreign Affairs of China", "CHN", "GOV")
TAJIKISTAN = actor("Tajikistan", "TJK", "GOV")
AFG_MFA_SPOX = actor("Spokesman of the Ministry of Foreign Affairs of Afghanistan", "AFG", "GOV")
TJK_BORDER = actor("Tajik Border Troops", "TJK", "MIL")

J1 = "Bei einem Angriff von afghanischem Gebiet aus sind im Süden Tadschikistans drei chinesische Arbeiter getötet worden."
J2 = "Unbekannte hätten am Mittwochabend eine mit Sprengsätzen bestückte Drohne auf das Lager eines chinesischen Unternehmens im Bezirk Schamsiddin Schohin gelenkt, teilte das Außenministerium in Duschanbe am Donnerstag mit."
J3 = "Die Täter gehörten kriminellen Gruppen an, die in Afghanistan ihre Basis hätten, hieß es in der Erklärung weiter."
J4 = "Das Ministerium forderte die Taliban-Behörden auf, „wirksame Maßnahmen“ zur Sicherung der gemeinsamen Grenze zu ergreifen."
J5 = "Außenminister Sirodschiddin Muhriddin empfing am Donnerstag den chinesischen Botschafter, um ihm sein Beileid auszusprechen."
J6 = "Die chinesische Botschaft in Duschanbe rief chinesische Firmen auf, ihre Mitarbeiter vorübergehend aus dem Grenzgebiet abzuziehen."
J7 = "Man fordere Tadschikistan auf, „alle notwendigen Maßnahmen“ zum Schutz chinesischer Staatsbürger zu ergreifen und die Täter zu bestrafen, sagte ein Sprecher des Außenministeriums in Peking."
J8 = "Die Taliban-Regierung in Kabul bedauerte den Vorfall."
J9 = "Ein Sprecher ihres Außenministeriums machte „Kreise, die Chaos stiften wollen“, für den Angriff verantwortlich und sicherte Tadschikistan die volle Zusammenarbeit bei der Aufklärung zu."
J10 = "Die tadschikischen Grenztruppen verstärkten nach Angaben tadschikischer Behörden ihre Posten entlang des Grenzflusses Pjandsch."
J11 = "Das Grenzgebiet gilt seit Jahren als Route für Drogenschmuggler."

DE04 = {
    "id": "hm150-de-04", "lang": "de", "url": None, "published": "2025-11-27",
    "title": "Drei Chinesen bei Angriff aus Afghanistan in Tadschikistan getötet",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9, J10, J11]),
    "events": [
        event("ASSAULT", ATTACKERS, CHN_WORKERS, J1, date="2025-11-26", location="Shamsiddin Shohin District", location_country="TJK"),
        event("ASSAULT", ATTACKERS, CHN_WORKERS, J2, mode="drone", date="2025-11-26", location="Shamsiddin Shohin District", location_country="TJK"),
        event("ACCUSE", TJK_MFA, ATTACKERS, J3, mode="allege"),
        event("REQUEST", TJK_MFA, TALIBAN, J4),
        event("CONSULT", CHN_AMB, MUHRIDDIN, J5, mode="visit", date="2025-11-27", location="Dushanbe", location_country="TJK"),
        event("REQUEST", CHN_EMB, CHN_FIRMS, J6),
        event("REQUEST", CHN_MFA_SPOX, TAJIKISTAN, J7),
        event("CONCEDE", TALIBAN, None, J8),
        event("ACCUSE", AFG_MFA_SPOX, None, J9, mode="allege"),
        event("AGREE", AFG_MFA_SPOX, TAJIKISTAN, J9),
        event("MOBILIZE", TJK_BORDER, None, J10, mode="troops", location="Panj River", location_country="TJK"),
    ],
    "quotes": [
        quote("Unbekannte hätten am Mittwochabend eine mit Sprengsätzen bestückte Drohne auf das Lager eines chinesischen Unternehmens im Bezirk Schamsiddin Schohin gelenkt", "Ministry of Foreign Affairs of Tajikistan", "indirect"),
        quote("Die Täter gehörten kriminellen Gruppen an, die in Afghanistan ihre Basis hätten", "Ministry of Foreign Affairs of Tajikistan", "indirect"),
        quote("wirksame Maßnahmen", "Ministry of Foreign Affairs of Tajikistan", "direct"),
        quote("alle notwendigen Maßnahmen", "Spokesperson of the Ministry of Foreign Affairs of China", "direct"),
        quote("Man fordere Tadschikistan auf, „alle notwendigen Maßnahmen“ zum Schutz chinesischer Staatsbürger zu ergreifen und die Täter zu bestrafen", "Spokesperson of the Ministry of Foreign Affairs of China", "indirect"),
        quote("Kreise, die Chaos stiften wollen", "Spokesman of the Ministry of Foreign Affairs of Afghanistan", "direct"),
        quote("Die tadschikischen Grenztruppen verstärkten nach Angaben tadschikischer Behörden ihre Posten entlang des Grenzflusses Pjandsch", "Tajik authorities", "indirect"),
    ],
    "entities": [
        entity("Afghanistan", "GPE", "AFG", ["afghanischem Gebiet", "Afghanistan"]),
        entity("southern Tajikistan", "LOC", "TJK", ["Süden Tadschikistans"]),
        entity("Tajikistan", "GPE", "TJK", ["Tadschikistans", "Tadschikistan"]),
        entity("Chinese workers in Tajikistan", "PER", "CHN", ["drei chinesische Arbeiter"]),
        entity("Afghanistan-based armed group", "ORG", "AFG", ["Unbekannte", "Die Täter", "kriminellen Gruppen", "die Täter"]),
        entity("Chinese company's camp", "LOC", "TJK", ["das Lager eines chinesischen Unternehmens im Bezirk Schamsiddin Schohin"]),
        entity("Shohin SM", "ORG", "CHN", ["eines chinesischen Unternehmens"]),
        entity("Shamsiddin Shohin District", "LOC", "TJK", ["Bezirk Schamsiddin Schohin"]),
        entity("Ministry of Foreign Affairs of Tajikistan", "ORG", "TJK", ["das Außenministerium in Duschanbe", "Das Ministerium"]),
        entity("Dushanbe", "LOC", "TJK", ["Duschanbe"]),
        entity("Taliban", "ORG", "AFG", ["die Taliban-Behörden", "Die Taliban-Regierung in Kabul", "ihres"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Tajik-Afghan border", "LOC", None, ["der gemeinsamen Grenze", "dem Grenzgebiet", "Das Grenzgebiet"]),
        entity("Sirojiddin Muhriddin", "PER", "TJK", ["Außenminister Sirodschiddin Muhriddin"]),
        entity("Ambassador of China to Tajikistan", "PER", "CHN", ["den chinesischen Botschafter", "ihm"]),
        entity("Embassy of China in Tajikistan", "ORG", "CHN", ["Die chinesische Botschaft in Duschanbe"]),
        entity("Chinese companies in Tajikistan", "ORG", "CHN", ["chinesische Firmen"]),
        entity("Spokesperson of the Ministry of Foreign Affairs of China", "PER", "CHN", ["ein Sprecher des Außenministeriums in Peking"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des Außenministeriums in Peking"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Chinese citizens", "PER", "CHN", ["chinesischer Staatsbürger"]),
        entity("Spokesman of the Ministry of Foreign Affairs of Afghanistan", "PER", "AFG", ["Ein Sprecher ihres Außenministeriums"]),
        entity("Ministry of Foreign Affairs of Afghanistan", "ORG", "AFG", ["ihres Außenministeriums"]),
        entity("unnamed circles", "ORG", None, ["Kreise, die Chaos stiften wollen"]),
        entity("Tajik Border Troops", "ORG", "TJK", ["Die tadschikischen Grenztruppen"]),
        entity("Tajik authorities", "ORG", "TJK", ["tadschikischer Behörden"]),
        entity("Panj River", "LOC", None, ["des Grenzflusses Pjandsch"]),
        entity("drug smugglers", "ORG", None, ["Drogenschmuggler"]),
    ],
}

# ---------------------------------------------------------------- hm150-en-01
PAK_AUTH = actor("Pakistani authorities", "PAK", "GOV")
IS_PAK = actor("Islamic State", "PAK", "REB")
PAK_CIVILIANS = actor("Pakistani civilians", "PAK", "CVL")
RIGHTS_GROUPS = actor("Pakistani rights groups", "PAK", "NGO")
PAK_OPP = actor("Pakistani opposition parties", "PAK", "OPP")
GOHAR = actor("Gohar Ali Khan", "PAK", "OPP")
PAK_COURTS = actor("Pakistani courts", "PAK", "JUD")
IMRAN = actor("Imran Khan", "PAK", "OPP")
ECP = actor("Election Commission of Pakistan", "PAK", "GOV")
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "OPP")
MILITANTS = actor("militants", "PAK", "REB")
PAK_POLICE = actor("Pakistani police", "PAK", "COP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

K1 = "Pakistanis voted in a general election on Thursday as authorities suspended mobile phone services across the country, a day after two bombings near candidates' offices in the southwestern province of Balochistan killed at least 28 people."
K2 = "The interior ministry said the shutdown was needed to maintain law and order after the attacks, but rights groups and opposition parties said it was meant to hamper voters and polling agents."
K3 = '''"This is a blatant attempt to keep people in the dark," said Gohar Ali Khan, chairman of jailed former Prime Minister Imran Khan's Pakistan Tehreek-e-Insaf (PTI) party.'''
K4 = "Khan, who was sentenced to long prison terms in three separate cases last week, was barred from running, and PTI candidates were forced to stand as independents after the election commission stripped the party of its cricket bat symbol."
K5 = "Islamic State claimed responsibility for Wednesday's bombings in Pishin and Qila Saifullah, according to the group's Amaq news agency."
K6 = "On Thursday, militants attacked a police patrol in Dera Ismail Khan district in the northwest, killing five officers, police said."
K7 = '''Amnesty International called the communications blackout "a reckless attack on the rights of the Pakistani people" and urged authorities to restore access immediately.'''
K8 = "Three-time prime minister Nawaz Sharif, whose Pakistan Muslim League-Nawaz (PML-N) is widely seen as the military's favoured party, cast his vote in Lahore and said he was confident of winning a clear majority."
K9 = '''The Election Commission of Pakistan dismissed PTI complaints of irregularities, saying voting had been "peaceful and orderly" in most of the country.'''
K10 = "Preliminary results were expected early on Friday."

EN01 = {
    "id": "hm150-en-01", "lang": "en", "url": None, "published": "2024-02-08",
    "title": "Pakistan votes under mobile phone blackout after deadly bombings",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10]),
    "events": [
        event("COERCE", PAK_AUTH, None, K1, mode="withhold", date="2024-02-08", location="Pakistan", location_country="PAK"),
        event("ASSAULT", IS_PAK, PAK_CIVILIANS, K1, mode="explosives", date="2024-02-07", location="Balochistan", location_country="PAK"),
        event("ACCUSE", RIGHTS_GROUPS, PAK_AUTH, K2, mode="allege"),
        event("ACCUSE", PAK_OPP, PAK_AUTH, K2, mode="allege"),
        event("ACCUSE", GOHAR, PAK_AUTH, K3, mode="disapprove"),
        event("SANCTION", PAK_COURTS, IMRAN, K4, mode="convict"),
        event("COERCE", PAK_COURTS, IMRAN, K4, mode="arrest"),
        event("COERCE", ECP, IMRAN, K4, mode="restrict"),
        event("COERCE", ECP, PTI, K4, mode="restrict"),
        event("ASSAULT", IS_PAK, PAK_CIVILIANS, K5, mode="explosives", date="2024-02-07", location="Pishin", location_country="PAK"),
        event("ASSAULT", MILITANTS, PAK_POLICE, K6, date="2024-02-08", location="Dera Ismail Khan", location_country="PAK"),
        event("ACCUSE", AMNESTY, PAK_AUTH, K7, mode="disapprove"),
        event("REQUEST", AMNESTY, PAK_AUTH, K7, mode="yield"),
        event("ACCUSE", PTI, ECP, K9, mode="allege"),
    ],
    "quotes": [
        quote("the shutdown was needed to maintain law and order after the attacks", "Ministry of Interior of Pakistan", "indirect"),
        quote("it was meant to hamper voters and polling agents", "rights groups and opposition parties", "indirect"),
        quote("This is a blatant attempt to keep people in the dark", "Gohar Ali Khan", "direct"),
        quote("Islamic State claimed responsibility for Wednesday's bombings in Pishin and Qila Saifullah", "Amaq News Agency", "indirect"),
        quote("On Thursday, militants attacked a police patrol in Dera Ismail Khan district in the northwest, killing five officers", "Pakistani police", "indirect"),
        quote("a reckless attack on the rights of the Pakistani people", "Amnesty International", "direct"),
        quote("he was confident of winning a clear majority", "Nawaz Sharif", "indirect"),
        quote("peaceful and orderly", "Election Commission of Pakistan", "direct"),
        quote('''voting had been "peaceful and orderly" in most of the country''', "Election Commission of Pakistan", "indirect"),
    ],
    "entities": [
        entity("Pakistani voters", "ORG", "PAK", ["Pakistanis", "voters"]),
        entity("Pakistan", "GPE", "PAK", ["the country"]),
        entity("Pakistani authorities", "ORG", "PAK", ["authorities"]),
        entity("candidates' offices", "LOC", "PAK", ["candidates' offices"]),
        entity("Balochistan", "LOC", "PAK", ["the southwestern province of Balochistan"]),
        entity("Ministry of Interior of Pakistan", "ORG", "PAK", ["The interior ministry"]),
        entity("Pakistani rights groups", "ORG", "PAK", ["rights groups"]),
        entity("Pakistani opposition parties", "ORG", "PAK", ["opposition parties"]),
        entity("polling agents", "PER", "PAK", ["polling agents"]),
        entity("Gohar Ali Khan", "PER", "PAK", ["Gohar Ali Khan, chairman of jailed former Prime Minister Imran Khan's Pakistan Tehreek-e-Insaf (PTI) party"]),
        entity("Imran Khan", "PER", "PAK", ["jailed former Prime Minister Imran Khan", "Khan"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["Pakistan Tehreek-e-Insaf (PTI) party", "PTI candidates", "the party", "PTI complaints"]),
        entity("Election Commission of Pakistan", "ORG", "PAK", ["the election commission", "The Election Commission of Pakistan"]),
        entity("Islamic State", "ORG", None, ["Islamic State", "the group's"]),
        entity("Amaq News Agency", "ORG", None, ["the group's Amaq news agency"]),
        entity("Pishin", "LOC", "PAK", ["Pishin"]),
        entity("Qila Saifullah", "LOC", "PAK", ["Qila Saifullah"]),
        entity("militants", "ORG", "PAK", ["militants"]),
        entity("Pakistani police", "ORG", "PAK", ["a police patrol", "five officers", "police"]),
        entity("Dera Ismail Khan", "LOC", "PAK", ["Dera Ismail Khan district in the northwest"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Pakistani people", "ORG", "PAK", ["the Pakistani people"]),
        entity("Nawaz Sharif", "PER", "PAK", ["Three-time prime minister Nawaz Sharif", "he"]),
        entity("Pakistan Muslim League-Nawaz", "ORG", "PAK", ["Pakistan Muslim League-Nawaz (PML-N)"]),
        entity("Pakistan Army", "ORG", "PAK", ["the military's"]),
        entity("Lahore", "LOC", "PAK", ["Lahore"]),
    ],
}

# ---------------------------------------------------------------- hm150-en-02
RUSSIA = actor("Russia", "RUS", "GOV")
USA = actor("United States", "USA", "GOV")
JAPAN_GOV = actor("Japan", "JPN", "GOV")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
CHINA_GOV = actor("China", "CHN", "GOV")
THOMAS_GREENFIELD = actor("Linda Thomas-Greenfield", "USA", "GOV")
NEBENZIA = actor("Vassily Nebenzia", "RUS", "GOV")
YAMAZAKI = actor("Kazuyuki Yamazaki", "JPN", "GOV")
SULLIVAN = actor("Jake Sullivan", "USA", "GOV")
US_OFFICIALS = actor("U.S. officials", "USA", "GOV")

L1 = "Russia on Wednesday vetoed a United Nations Security Council resolution drafted by the United States and Japan that called on all countries not to develop or deploy nuclear weapons in space."
L2 = "Thirteen of the council's 15 members voted in favour, while China abstained."
L3 = "A rival amendment proposed by Russia and China, which would have called for a ban on all weapons in outer space, failed to win enough votes."
L4 = '''"This vote was about whether Russia is willing to be transparent, and today it chose secrecy," U.S. Ambassador Linda Thomas-Greenfield told the council.'''
L5 = '''She said President Vladimir Putin's public assurances that Moscow had no plans to put nuclear arms in orbit were contradicted by the veto, and asked: "What could you possibly be hiding?"'''
L6 = '''Russian Ambassador Vassily Nebenzia dismissed the draft as "a cynical fake" designed to smear Moscow and accused Washington of blocking efforts to prevent an arms race in space.'''
L7 = '''Japan's U.N. Ambassador Kazuyuki Yamazaki said Tokyo "deeply regrets" Russia's veto.'''
L8 = "At the White House, national security adviser Jake Sullivan said the veto raised serious questions about what Moscow was planning."
L9 = "U.S. officials said in February that Russia was developing a satellite-based anti-satellite capability that could involve a nuclear device, a claim the Kremlin has denied."
L10 = "The 1967 Outer Space Treaty, which both Russia and the United States have ratified, already bars placing weapons of mass destruction in orbit."

EN02 = {
    "id": "hm150-en-02", "lang": "en", "url": None, "published": "2024-04-24",
    "title": "Russia vetoes UN resolution against nuclear weapons in space",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10]),
    "events": [
        event("REJECT", RUSSIA, USA, L1, date="2024-04-24", location="New York", location_country="USA"),
        event("REJECT", RUSSIA, JAPAN_GOV, L1, date="2024-04-24", location="New York", location_country="USA"),
        event("REJECT", UNSC, RUSSIA, L3, date="2024-04-24", location="New York", location_country="USA"),
        event("REJECT", UNSC, CHINA_GOV, L3, date="2024-04-24", location="New York", location_country="USA"),
        event("ACCUSE", THOMAS_GREENFIELD, RUSSIA, L4, mode="disapprove"),
        event("ACCUSE", THOMAS_GREENFIELD, RUSSIA, L5, mode="disapprove"),
        event("ACCUSE", NEBENZIA, USA, L6, mode="allege"),
        event("ACCUSE", YAMAZAKI, RUSSIA, L7, mode="disapprove"),
        event("ACCUSE", SULLIVAN, RUSSIA, L8, mode="disapprove"),
        event("ACCUSE", US_OFFICIALS, RUSSIA, L9, mode="allege"),
    ],
    "quotes": [
        quote("This vote was about whether Russia is willing to be transparent, and today it chose secrecy", "Linda Thomas-Greenfield", "direct"),
        quote("President Vladimir Putin's public assurances that Moscow had no plans to put nuclear arms in orbit were contradicted by the veto", "Linda Thomas-Greenfield", "indirect"),
        quote("Moscow had no plans to put nuclear arms in orbit", "Vladimir Putin", "indirect"),
        quote("What could you possibly be hiding?", "Linda Thomas-Greenfield", "direct"),
        quote("a cynical fake", "Vassily Nebenzia", "direct"),
        quote("deeply regrets", "Kazuyuki Yamazaki", "direct"),
        quote('''Tokyo "deeply regrets" Russia's veto''', "Kazuyuki Yamazaki", "indirect"),
        quote("the veto raised serious questions about what Moscow was planning", "Jake Sullivan", "indirect"),
        quote("Russia was developing a satellite-based anti-satellite capability that could involve a nuclear device", "U.S. officials", "indirect"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russia", "Russia's", "it", "Moscow", "the Kremlin"]),
        entity("United Nations Security Council", "ORG", "UNO", ["a United Nations Security Council resolution", "the council's 15 members", "the council"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Japan's", "Tokyo"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Linda Thomas-Greenfield", "PER", "USA", ["U.S. Ambassador Linda Thomas-Greenfield", "She"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin's"]),
        entity("Vassily Nebenzia", "PER", "RUS", ["Russian Ambassador Vassily Nebenzia"]),
        entity("Kazuyuki Yamazaki", "PER", "JPN", ["Japan's U.N. Ambassador Kazuyuki Yamazaki"]),
        entity("United Nations", "ORG", "UNO", ["United Nations", "U.N."]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Jake Sullivan", "PER", "USA", ["national security adviser Jake Sullivan"]),
        entity("U.S. officials", "ORG", "USA", ["U.S. officials"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
