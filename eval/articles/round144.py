"""Round 144: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm144-de-01: Bangladesh's interim government bans the Awami League's activities; India objects (2025-05-13).
- hm144-de-02: Cambodia quits the CLV Development Triangle with Vietnam and Laos after criticism and arrests (2024-08-13).
- hm144-de-03: The ICJ's advisory opinion on states' climate obligations; Vanuatu and the UN welcome it, Washington rejects it (2025-07-23).
- hm144-de-04: Indonesia's parliament halts the regional election law change after mass protests (2024-08-23).
- hm144-en-01: New Zealand's parliament suspends three Te Pati Maori MPs over the haka protest (2025-06-05).
- hm144-en-02: Kazakhstan to join the Abraham Accords during the C5+1 summit in Washington (2025-11-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm144-de-01
BGD_GOV = actor("Interim Government of Bangladesh", "BGD", "GOV")
AWAMI = actor("Awami League", "BGD", "PTY")
BGD_EC = actor("Election Commission of Bangladesh", "BGD", "GOV")
NCP_SUPPORTERS = actor("National Citizen Party supporters", "BGD", "PTY")
NAHID = actor("Nahid Islam", "BGD", "PTY")
HASINA = actor("Sheikh Hasina", "BGD", "PTY")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
BGD_POLICE = actor("Bangladesh Police", "BGD", "COP")
JAISWAL = actor("Randhir Jaiswal", "IND", "GOV")
BGD_MFA = actor("Ministry of Foreign Affairs of Bangladesh", "BGD", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")

G1 = "Die Übergangsregierung in Bangladesch hat sämtliche Aktivitäten der Awami-Liga der gestürzten Regierungschefin Sheikh Hasina verboten."
G2 = "Das Verbot gelte auf Grundlage des Anti-Terror-Gesetzes, bis ein Sondertribunal über die Verantwortung der Parteiführung für die Gewalt gegen Demonstranten im vergangenen Sommer entschieden habe, sagte Rechtsberater Asif Nazrul nach einer Kabinettssitzung am Samstagabend in Dhaka."
G3 = "Am Montag setzte die Wahlkommission zudem die Registrierung der Partei aus, womit sie vorerst von der nächsten Parlamentswahl ausgeschlossen ist."
G4 = "Dem Schritt waren tagelange Proteste von Anhängern der neuen, aus der Studentenbewegung hervorgegangenen Nationalen Bürgerpartei (NCP) vor der Residenz von Interimsregierungschef Muhammad Yunus vorausgegangen."
G5 = "NCP-Chef Nahid Islam sprach von einem „Sieg des Volkes“."
G6 = "Die Awami-Liga nannte die Entscheidung in einer Erklärung „illegal“ und warf der Regierung vor, das Land in eine Einparteienherrschaft führen zu wollen."
G7 = "Hasina, die seit ihrem Sturz im August in Indien lebt, wirft Yunus vor, mit Hilfe islamistischer Kräfte die Macht an sich gerissen zu haben."
G8 = "Nach Angaben der Partei nahm die Polizei seit Samstag landesweit mehr als hundert ihrer Mitglieder fest."
G9 = "Ein Verbot ohne ordentliches Verfahren sei eine bedenkliche Entwicklung, sagte der Sprecher des indischen Außenministeriums, Randhir Jaiswal, am Dienstag in Neu-Delhi."
G10 = "Er rief Dhaka auf, rasch freie, faire und inklusive Wahlen abzuhalten."
G11 = "Das Außenministerium in Dhaka wies die Äußerungen als Einmischung in innere Angelegenheiten zurück."

DE01 = {
    "id": "hm144-de-01", "lang": "de", "url": None, "published": "2025-05-13",
    "title": "Bangladesch verbietet Hasinas Awami-Liga",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7, G8], [G9, G10, G11]),
    "events": [
        event("COERCE", BGD_GOV, AWAMI, G1, mode="restrict", date="2025-05-10", location="Dhaka", location_country="BGD"),
        event("COERCE", BGD_GOV, AWAMI, G2, mode="restrict", date="2025-05-10", location="Dhaka", location_country="BGD"),
        event("COERCE", BGD_EC, AWAMI, G3, mode="restrict", date="2025-05-12"),
        event("PROTEST", NCP_SUPPORTERS, BGD_GOV, G4, mode="demo", location="Dhaka", location_country="BGD"),
        event("SUPPORT", NAHID, BGD_GOV, G5),
        event("ACCUSE", AWAMI, BGD_GOV, G6, mode="disapprove"),
        event("ACCUSE", HASINA, YUNUS, G7, mode="allege"),
        event("ACCUSE", AWAMI, BGD_POLICE, G8, mode="allege"),
        event("ACCUSE", JAISWAL, BGD_GOV, G9, mode="disapprove", date="2025-05-13", location="New Delhi", location_country="IND"),
        event("REQUEST", JAISWAL, BGD_GOV, G10, mode="change", date="2025-05-13"),
        event("ACCUSE", BGD_MFA, IND_GOV, G11, mode="disapprove"),
    ],
    "quotes": [
        quote("Das Verbot gelte auf Grundlage des Anti-Terror-Gesetzes, bis ein Sondertribunal über die Verantwortung der Parteiführung für die Gewalt gegen Demonstranten im vergangenen Sommer entschieden habe", "Asif Nazrul", "indirect"),
        quote("Sieg des Volkes", "Nahid Islam", "direct"),
        quote("illegal", "Awami League", "direct"),
        quote("das Land in eine Einparteienherrschaft führen zu wollen", "Awami League", "indirect"),
        quote("mit Hilfe islamistischer Kräfte die Macht an sich gerissen zu haben", "Sheikh Hasina", "indirect"),
        quote("nahm die Polizei seit Samstag landesweit mehr als hundert ihrer Mitglieder fest", "Awami League", "indirect"),
        quote("Ein Verbot ohne ordentliches Verfahren sei eine bedenkliche Entwicklung", "Randhir Jaiswal", "indirect"),
        quote("rasch freie, faire und inklusive Wahlen abzuhalten", "Randhir Jaiswal", "indirect"),
    ],
    "entities": [
        entity("Interim Government of Bangladesh", "ORG", "BGD", ["Die Übergangsregierung in Bangladesch", "der Regierung"]),
        entity("Bangladesh", "GPE", "BGD", ["Bangladesch", "das Land"]),
        entity("Awami League", "ORG", "BGD", ["der Awami-Liga", "der Partei", "Die Awami-Liga", "ihrer"]),
        entity("Sheikh Hasina", "PER", "BGD", ["der gestürzten Regierungschefin Sheikh Hasina", "Hasina", "ihrem"]),
        entity("International Crimes Tribunal", "ORG", "BGD", ["ein Sondertribunal"]),
        entity("Awami League leadership", "ORG", "BGD", ["der Parteiführung"]),
        entity("protesters of summer 2024", "ORG", "BGD", ["Demonstranten"]),
        entity("Asif Nazrul", "PER", "BGD", ["Rechtsberater Asif Nazrul"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("Election Commission of Bangladesh", "ORG", "BGD", ["die Wahlkommission"]),
        entity("National Citizen Party", "ORG", "BGD", ["der neuen, aus der Studentenbewegung hervorgegangenen Nationalen Bürgerpartei (NCP)", "NCP"]),
        entity("student movement", "ORG", "BGD", ["der Studentenbewegung"]),
        entity("National Citizen Party supporters", "ORG", "BGD", ["Anhängern"]),
        entity("Residence of Muhammad Yunus", "LOC", "BGD", ["der Residenz"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Interimsregierungschef Muhammad Yunus", "Yunus"]),
        entity("Nahid Islam", "PER", "BGD", ["NCP-Chef Nahid Islam"]),
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Islamist forces", "ORG", "BGD", ["islamistischer Kräfte"]),
        entity("Bangladesh Police", "ORG", "BGD", ["die Polizei"]),
        entity("Awami League members", "ORG", "BGD", ["mehr als hundert ihrer Mitglieder"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["des indischen Außenministeriums"]),
        entity("Randhir Jaiswal", "PER", "IND", ["der Sprecher des indischen Außenministeriums, Randhir Jaiswal", "Er"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Ministry of Foreign Affairs of Bangladesh", "ORG", "BGD", ["Das Außenministerium in Dhaka"]),
    ],
}

# ---------------------------------------------------------------- hm144-de-02
CAMBODIA = actor("Cambodia", "KHM", "GOV")
VIETNAM = actor("Vietnam", "VNM", "GOV")
LAOS = actor("Laos", "LAO", "GOV")
HUN_MANET = actor("Hun Manet", "KHM", "GOV")
KHM_EXILE_OPP = actor("Cambodian opposition in exile", "KHM", "OPP")
KHM_DIASPORA = actor("Cambodian diaspora protesters", "KHM", "CVL")
KHM_GOV = actor("Government of Cambodia", "KHM", "GOV")
KHM_POLICE = actor("Cambodian police", "KHM", "COP")
KSILA = actor("Khmer Student Intelligent League Association", "KHM", "CVL")
HUN_SEN = actor("Hun Sen", "KHM", "LEG")
KHM_ORGANIZERS = actor("Cambodian protest organizers", "KHM", "OPP")
HRW = actor("Human Rights Watch", "NGO", "NGO")
PHAM_THU_HANG = actor("Pham Thu Hang", "VNM", "GOV")

H1 = "Kambodscha hat seine Teilnahme am sogenannten Entwicklungsdreieck mit Vietnam und Laos nach wochenlanger Kritik im In- und Ausland beendet."
H2 = "Sein Land ziehe sich aus dem Kooperationsrahmen zurück, um Spekulationen über einen angeblichen Verlust von Staatsgebiet ein Ende zu setzen, sagte Regierungschef Hun Manet am Montag in einer im Fernsehen übertragenen Rede."
H3 = "„Kambodscha verliert keinen Zentimeter seines Territoriums“, betonte er."
H4 = "Zugleich warf Hun Manet Oppositionellen im Exil vor, mit Falschinformationen die Bevölkerung gegen die Regierung aufzuwiegeln."
H5 = "In den vergangenen Wochen hatten Exil-Kambodschaner in Japan, Südkorea und den USA gegen das Abkommen demonstriert."
H6 = "In Kambodscha nahm die Polizei im Juli mehrere Mitglieder einer Studentenvereinigung fest, die zu einer Kundgebung in Phnom Penh aufgerufen hatte."
H7 = "Senatspräsident Hun Sen, der Vater des Regierungschefs, hatte für den 18. August geplante Proteste als „Umsturzversuch“ bezeichnet und den Organisatoren mit Festnahme gedroht."
H8 = "Die Menschenrechtsorganisation Human Rights Watch verlangte die Freilassung der Festgenommenen und warf den Behörden vor, jede Debatte über das Projekt zu unterdrücken."
H9 = "Das Entwicklungsdreieck umfasst 13 Grenzprovinzen der drei Länder und soll Handel, Investitionen und Infrastruktur fördern."
H10 = "Die Sprecherin des vietnamesischen Außenministeriums, Pham Thu Hang, sagte, Hanoi respektiere die Entscheidung und wolle die Zusammenarbeit mit dem Nachbarland weiter vertiefen."
H11 = "Aus Laos gab es zunächst keine Stellungnahme."

DE02 = {
    "id": "hm144-de-02", "lang": "de", "url": None, "published": "2024-08-13",
    "title": "Kambodscha steigt aus Entwicklungsdreieck mit Vietnam und Laos aus",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11]),
    "events": [
        event("SANCTION", CAMBODIA, VIETNAM, H1, mode="withdraw", date="2024-08-12"),
        event("SANCTION", CAMBODIA, LAOS, H1, mode="withdraw", date="2024-08-12"),
        event("SANCTION", HUN_MANET, VIETNAM, H2, mode="withdraw", date="2024-08-12"),
        event("SANCTION", HUN_MANET, LAOS, H2, mode="withdraw", date="2024-08-12"),
        event("ACCUSE", HUN_MANET, KHM_EXILE_OPP, H4, mode="allege", date="2024-08-12"),
        event("PROTEST", KHM_DIASPORA, KHM_GOV, H5, mode="demo"),
        event("COERCE", KHM_POLICE, KSILA, H6, mode="arrest", location="Cambodia", location_country="KHM"),
        event("ACCUSE", HUN_SEN, KHM_ORGANIZERS, H7, mode="allege"),
        event("THREATEN", HUN_SEN, KHM_ORGANIZERS, H7, mode="arrest"),
        event("REQUEST", HRW, KHM_GOV, H8, mode="yield"),
        event("ACCUSE", HRW, KHM_GOV, H8, mode="disapprove"),
        event("AGREE", PHAM_THU_HANG, CAMBODIA, H10),
    ],
    "quotes": [
        quote("Sein Land ziehe sich aus dem Kooperationsrahmen zurück, um Spekulationen über einen angeblichen Verlust von Staatsgebiet ein Ende zu setzen", "Hun Manet", "indirect"),
        quote("Kambodscha verliert keinen Zentimeter seines Territoriums", "Hun Manet", "direct"),
        quote("mit Falschinformationen die Bevölkerung gegen die Regierung aufzuwiegeln", "Hun Manet", "indirect"),
        quote("Umsturzversuch", "Hun Sen", "direct"),
        quote("jede Debatte über das Projekt zu unterdrücken", "Human Rights Watch", "indirect"),
        quote("Hanoi respektiere die Entscheidung und wolle die Zusammenarbeit mit dem Nachbarland weiter vertiefen", "Pham Thu Hang", "indirect"),
    ],
    "entities": [
        entity("Cambodia", "GPE", "KHM", ["Kambodscha", "Sein Land", "seines Territoriums", "dem Nachbarland"]),
        entity("Cambodia-Laos-Vietnam Development Triangle Area", "ORG", None, ["am sogenannten Entwicklungsdreieck mit Vietnam und Laos", "dem Kooperationsrahmen", "das Abkommen", "das Projekt", "Das Entwicklungsdreieck"]),
        entity("Vietnam", "GPE", "VNM", ["Vietnam", "Hanoi"]),
        entity("Laos", "GPE", "LAO", ["Laos"]),
        entity("Hun Manet", "PER", "KHM", ["Regierungschef Hun Manet", "er", "Hun Manet", "des Regierungschefs"]),
        entity("Cambodian opposition in exile", "ORG", "KHM", ["Oppositionellen im Exil"]),
        entity("Cambodian population", "ORG", "KHM", ["die Bevölkerung"]),
        entity("Government of Cambodia", "ORG", "KHM", ["die Regierung", "den Behörden"]),
        entity("Cambodian diaspora protesters", "ORG", "KHM", ["Exil-Kambodschaner"]),
        entity("Japan", "GPE", "JPN", ["Japan"]),
        entity("South Korea", "GPE", "KOR", ["Südkorea"]),
        entity("United States", "GPE", "USA", ["den USA"]),
        entity("Cambodian police", "ORG", "KHM", ["die Polizei"]),
        entity("Khmer Student Intelligent League Association", "ORG", "KHM", ["einer Studentenvereinigung"]),
        entity("arrested student activists", "ORG", "KHM", ["mehrere Mitglieder einer Studentenvereinigung", "der Festgenommenen"]),
        entity("Phnom Penh", "LOC", "KHM", ["Phnom Penh"]),
        entity("Hun Sen", "PER", "KHM", ["Senatspräsident Hun Sen, der Vater des Regierungschefs"]),
        entity("Cambodian protest organizers", "ORG", "KHM", ["den Organisatoren"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Die Menschenrechtsorganisation Human Rights Watch"]),
        entity("border provinces of the Development Triangle", "LOC", None, ["13 Grenzprovinzen der drei Länder"]),
        entity("Ministry of Foreign Affairs of Vietnam", "ORG", "VNM", ["des vietnamesischen Außenministeriums"]),
        entity("Pham Thu Hang", "PER", "VNM", ["Die Sprecherin des vietnamesischen Außenministeriums, Pham Thu Hang"]),
    ],
}

# ---------------------------------------------------------------- hm144-de-03
ICJ = actor("International Court of Justice", "UNO", "JUD")
UNGA = actor("United Nations General Assembly", "UNO", "IGO")
REGENVANU = actor("Ralph Regenvanu", "VUT", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
USA_GOV = actor("United States", "USA", "GOV")
UNFCCC = actor("United Nations Framework Convention on Climate Change", "UNO", "IGO")

I1 = "Der Internationale Gerichtshof (IGH) hat in einem wegweisenden Gutachten festgestellt, dass Staaten völkerrechtlich zum Schutz des Klimas verpflichtet sind."
I2 = "Wer diese Pflichten verletze, etwa durch die Förderung fossiler Brennstoffe oder Subventionen dafür, begehe möglicherweise eine völkerrechtswidrige Handlung und könne zu Wiedergutmachung verpflichtet werden, sagte Gerichtspräsident Yuji Iwasawa am Mittwoch bei der Verlesung in Den Haag."
I3 = "Die 15 Richter fassten das Gutachten einstimmig."
I4 = "Die UN-Vollversammlung hatte es im März 2023 auf Initiative des pazifischen Inselstaats Vanuatu angefordert."
I5 = "Vanuatus Klimabeauftragter Ralph Regenvanu sprach vor dem Friedenspalast von einem „historischen Sieg“ für die vom Klimawandel bedrohten Länder."
I6 = "„Die kleinsten Länder der Welt haben heute Geschichte geschrieben“, sagte er."
I7 = "Regenvanu forderte alle Staaten auf, ihre Klimapolitik nun an dem Gutachten auszurichten, und kündigte an, dazu eine Resolution in die UN-Vollversammlung einzubringen."
I8 = "UN-Generalsekretär António Guterres nannte die Entscheidung „einen Sieg für unseren Planeten“."
I9 = "Auch die EU-Kommission begrüßte das Gutachten."
I10 = "Die US-Regierung, die unter Präsident Donald Trump erneut aus dem Pariser Klimaabkommen ausgestiegen ist, wies das Gutachten dagegen zurück."
I11 = "Ein Sprecher des Weißen Hauses sagte, Trump stelle „immer Amerika an erste Stelle“ und werde die heimische Energieproduktion weiter ausbauen."
I12 = "Gutachten des IGH sind rechtlich nicht bindend, gelten aber als gewichtige Auslegung des Völkerrechts und dürften in Klimaklagen gegen Staaten und Konzerne herangezogen werden."

DE03 = {
    "id": "hm144-de-03", "lang": "de", "url": None, "published": "2025-07-23",
    "title": "IGH: Staaten sind völkerrechtlich zum Klimaschutz verpflichtet",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8, I9], [I10, I11, I12]),
    "events": [
        event("REQUEST", UNGA, ICJ, I4),
        event("SUPPORT", REGENVANU, ICJ, I5, date="2025-07-23", location="The Hague", location_country="NLD"),
        event("REQUEST", REGENVANU, None, I7, mode="change"),
        event("SUPPORT", GUTERRES, ICJ, I8),
        event("SUPPORT", EU_COMMISSION, ICJ, I9),
        event("REJECT", USA_GOV, ICJ, I10),
        event("SANCTION", USA_GOV, UNFCCC, I10, mode="withdraw"),
    ],
    "quotes": [
        quote("Wer diese Pflichten verletze, etwa durch die Förderung fossiler Brennstoffe oder Subventionen dafür, begehe möglicherweise eine völkerrechtswidrige Handlung und könne zu Wiedergutmachung verpflichtet werden", "Yuji Iwasawa", "indirect"),
        quote("historischen Sieg", "Ralph Regenvanu", "direct"),
        quote("Die kleinsten Länder der Welt haben heute Geschichte geschrieben", "Ralph Regenvanu", "direct"),
        quote("ihre Klimapolitik nun an dem Gutachten auszurichten", "Ralph Regenvanu", "indirect"),
        quote("einen Sieg für unseren Planeten", "António Guterres", "direct"),
        quote("immer Amerika an erste Stelle", "White House spokesperson", "direct"),
        quote("Trump stelle „immer Amerika an erste Stelle“ und werde die heimische Energieproduktion weiter ausbauen", "White House spokesperson", "indirect"),
    ],
    "entities": [
        entity("International Court of Justice", "ORG", "UNO", ["Der Internationale Gerichtshof (IGH)", "des IGH"]),
        entity("Yuji Iwasawa", "PER", "UNO", ["Gerichtspräsident Yuji Iwasawa"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("ICJ judges", "ORG", "UNO", ["Die 15 Richter"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["Die UN-Vollversammlung", "die UN-Vollversammlung"]),
        entity("Vanuatu", "GPE", "VUT", ["des pazifischen Inselstaats Vanuatu", "Vanuatus"]),
        entity("Ralph Regenvanu", "PER", "VUT", ["Vanuatus Klimabeauftragter Ralph Regenvanu", "er", "Regenvanu"]),
        entity("Peace Palace", "LOC", "NLD", ["dem Friedenspalast"]),
        entity("climate-vulnerable countries", "ORG", None, ["die vom Klimawandel bedrohten Länder", "Die kleinsten Länder der Welt"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("European Commission", "ORG", "EUR", ["die EU-Kommission"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump", "Trump"]),
        entity("White House", "ORG", "USA", ["des Weißen Hauses"]),
        entity("White House spokesperson", "PER", "USA", ["Ein Sprecher des Weißen Hauses"]),
        entity("United States", "GPE", "USA", ["Amerika"]),
    ],
}

# ---------------------------------------------------------------- hm144-de-04
IDN_DPR = actor("House of Representatives of Indonesia", "IDN", "LEG")
IDN_PROTESTERS = actor("Indonesian protesters", "IDN", "CVL")
DASCO = actor("Sufmi Dasco Ahmad", "IDN", "LEG")
IDN_BALEG = actor("Legislation Body of the House of Representatives of Indonesia", "IDN", "LEG")
IDN_MK = actor("Constitutional Court of Indonesia", "IDN", "JUD")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
PDIP = actor("Indonesian Democratic Party of Struggle", "IDN", "PTY")
JOKOWI = actor("Joko Widodo", "IDN", "GOV")

J1 = "Nach Massenprotesten in mehreren Städten hat Indonesiens Parlament eine umstrittene Änderung des Gesetzes über Regionalwahlen vorerst gestoppt."
J2 = "Die für Donnerstag angesetzte Abstimmung sei mangels Beschlussfähigkeit abgesagt worden, damit gelte für die Wahlen im November das Urteil des Verfassungsgerichts, sagte Parlamentsvizepräsident Sufmi Dasco Ahmad am Abend."
J3 = "Das Gericht hatte am Dienstag die Hürden für die Nominierung von Kandidaten gesenkt und bestätigt, dass Bewerber um ein Gouverneursamt bei ihrer Registrierung mindestens 30 Jahre alt sein müssen."
J4 = "Ein Parlamentsausschuss hatte tags darauf versucht, das Urteil mit einer Gesetzesänderung auszuhebeln, die Kritikern zufolge dem 29-jährigen Präsidentensohn Kaesang Pangarep eine Kandidatur ermöglicht hätte."
J5 = "Tausende Demonstranten, viele von ihnen Studenten, versammelten sich am Donnerstag vor dem Parlamentsgebäude in Jakarta und warfen den Abgeordneten vor, die Verfassung zu missachten."
J6 = "Einige rissen ein Stück des Zauns nieder und warfen Steine und Flaschen auf Sicherheitskräfte."
J7 = "Die Polizei setzte Tränengas und Wasserwerfer ein und nahm nach eigenen Angaben mehr als 300 Menschen fest."
J8 = "Auch in Bandung, Yogyakarta, Semarang und Makassar gingen Tausende auf die Straße."
J9 = "Amnesty International warf der Polizei unverhältnismäßige Gewalt vor und verlangte die Freilassung aller friedlichen Demonstranten."
J10 = "Präsident Joko Widodo, dessen Amtszeit im Oktober endet, erklärte, er respektiere die Entscheidungen aller Staatsorgane."
J11 = "Die Partei PDI-P, der Widodo einst angehörte, warf ihm vor, eine politische Dynastie aufbauen zu wollen."

DE04 = {
    "id": "hm144-de-04", "lang": "de", "url": None, "published": "2024-08-23",
    "title": "Indonesiens Parlament stoppt Wahlrechtsänderung nach Massenprotesten",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11]),
    "events": [
        event("PROTEST", IDN_PROTESTERS, IDN_DPR, J1, mode="demo", date="2024-08-22"),
        event("CONCEDE", IDN_DPR, IDN_PROTESTERS, J1, date="2024-08-22"),
        event("CONCEDE", DASCO, IDN_PROTESTERS, J2, date="2024-08-22", location="Jakarta", location_country="IDN"),
        event("REJECT", IDN_BALEG, IDN_MK, J4, mode="change", date="2024-08-21", location="Jakarta", location_country="IDN"),
        event("PROTEST", IDN_PROTESTERS, IDN_DPR, J5, mode="demo", date="2024-08-22", location="Jakarta", location_country="IDN"),
        event("PROTEST", IDN_PROTESTERS, IDN_DPR, J6, mode="riot", date="2024-08-22", location="Jakarta", location_country="IDN"),
        event("ASSAULT", IDN_PROTESTERS, IDN_POLICE, J6, mode="primitive", date="2024-08-22", location="Jakarta", location_country="IDN"),
        event("ASSAULT", IDN_POLICE, IDN_PROTESTERS, J7, mode="crowd-control", date="2024-08-22", location="Jakarta", location_country="IDN"),
        event("COERCE", IDN_POLICE, IDN_PROTESTERS, J7, mode="arrest", date="2024-08-22", location="Jakarta", location_country="IDN"),
        event("PROTEST", IDN_PROTESTERS, IDN_DPR, J8, mode="demo", date="2024-08-22"),
        event("ACCUSE", AMNESTY, IDN_POLICE, J9, mode="allege"),
        event("REQUEST", AMNESTY, IDN_POLICE, J9, mode="yield"),
        event("ACCUSE", PDIP, JOKOWI, J11, mode="allege"),
    ],
    "quotes": [
        quote("Die für Donnerstag angesetzte Abstimmung sei mangels Beschlussfähigkeit abgesagt worden, damit gelte für die Wahlen im November das Urteil des Verfassungsgerichts", "Sufmi Dasco Ahmad", "indirect"),
        quote("dem 29-jährigen Präsidentensohn Kaesang Pangarep eine Kandidatur ermöglicht hätte", "critics", "indirect"),
        quote("die Verfassung zu missachten", "Indonesian protesters", "indirect"),
        quote("er respektiere die Entscheidungen aller Staatsorgane", "Joko Widodo", "indirect"),
        quote("eine politische Dynastie aufbauen zu wollen", "Indonesian Democratic Party of Struggle", "indirect"),
    ],
    "entities": [
        entity("Indonesia", "GPE", "IDN", ["Indonesiens"]),
        entity("House of Representatives of Indonesia", "ORG", "IDN", ["Indonesiens Parlament", "den Abgeordneten"]),
        entity("Sufmi Dasco Ahmad", "PER", "IDN", ["Parlamentsvizepräsident Sufmi Dasco Ahmad"]),
        entity("Constitutional Court of Indonesia", "ORG", "IDN", ["des Verfassungsgerichts", "Das Gericht"]),
        entity("Legislation Body of the House of Representatives of Indonesia", "ORG", "IDN", ["Ein Parlamentsausschuss"]),
        entity("critics", "ORG", "IDN", ["Kritikern"]),
        entity("Kaesang Pangarep", "PER", "IDN", ["dem 29-jährigen Präsidentensohn Kaesang Pangarep"]),
        entity("Indonesian protesters", "ORG", "IDN", ["Tausende Demonstranten, viele von ihnen Studenten", "Einige", "Tausende", "mehr als 300 Menschen", "aller friedlichen Demonstranten"]),
        entity("Parliament building in Jakarta", "LOC", "IDN", ["dem Parlamentsgebäude in Jakarta", "des Zauns"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Indonesian National Police", "ORG", "IDN", ["Sicherheitskräfte", "Die Polizei", "der Polizei"]),
        entity("Bandung", "LOC", "IDN", ["Bandung"]),
        entity("Yogyakarta", "LOC", "IDN", ["Yogyakarta"]),
        entity("Semarang", "LOC", "IDN", ["Semarang"]),
        entity("Makassar", "LOC", "IDN", ["Makassar"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Joko Widodo", "PER", "IDN", ["Präsident Joko Widodo", "er", "Widodo", "ihm"]),
        entity("state institutions of Indonesia", "ORG", "IDN", ["aller Staatsorgane"]),
        entity("Indonesian Democratic Party of Struggle", "ORG", "IDN", ["Die Partei PDI-P"]),
    ],
}

# ---------------------------------------------------------------- hm144-en-01
NZ_PARL = actor("New Zealand Parliament", "NZL", "LEG")
TPM_MPS = actor("Te Pati Maori lawmakers", "NZL", "LEG")
WAITITI = actor("Rawiri Waititi", "NZL", "LEG")
NGAREWA = actor("Debbie Ngarewa-Packer", "NZL", "LEG")
MAIPI = actor("Hana-Rawhiti Maipi-Clarke", "NZL", "LEG")
NZ_GOV = actor("Government of New Zealand", "NZL", "GOV")
PRIV_COMM = actor("Privileges Committee of the New Zealand Parliament", "NZL", "LEG")
BISHOP = actor("Chris Bishop", "NZL", "GOV")
HIPKINS = actor("Chris Hipkins", "NZL", "OPP")
TPM_SUPPORTERS = actor("Te Pati Maori supporters", "NZL", "CVL")
ACT = actor("ACT New Zealand", "NZL", "PTY")
HIKOI_MARCHERS = actor("Hikoi marchers", "NZL", "CVL")

K1 = "New Zealand's parliament voted on Thursday to suspend three Māori lawmakers who performed a haka in the chamber during a vote on a contentious bill last year, the toughest sanction ever imposed on members of the house."
K2 = "Te Pāti Māori co-leaders Rawiri Waititi and Debbie Ngarewa-Packer were barred for 21 days, and their colleague Hana-Rawhiti Maipi-Clarke for seven days."
K3 = "The motion, moved by Leader of the House Chris Bishop, passed by 68 votes to 55 along party lines."
K4 = "Maipi-Clarke led the haka in November by tearing up a copy of the Treaty Principles Bill, which sought to redefine the principles of New Zealand's founding agreement with Māori, as lawmakers were voting on it."
K5 = "The parliamentary privileges committee later found that the three had acted in a way that could have intimidated other members."
K6 = "\"You can suspend us, but you will never silence the people we represent,\" Waititi told the chamber before the vote."
K7 = "He accused the government of using parliament's rules to punish Māori for speaking out."
K8 = "Bishop said the penalty was about the lawmakers' conduct and not the haka itself, adding that the three had refused to apologise."
K9 = "Opposition leader Chris Hipkins said Labour accepted that a sanction was warranted but called the length of the suspensions \"completely out of proportion\"."
K10 = "Hundreds of supporters gathered outside parliament in Wellington as the vote took place, some of them performing haka of their own."
K11 = "The bill, championed by the libertarian ACT party, was voted down in April, months after tens of thousands of people had marched on parliament in protest against it."

EN01 = {
    "id": "hm144-en-01", "lang": "en", "url": None, "published": "2025-06-05",
    "title": "New Zealand parliament suspends Maori lawmakers over haka protest",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7, K8], [K9, K10, K11]),
    "events": [
        event("SANCTION", NZ_PARL, TPM_MPS, K1, mode="expel", date="2025-06-05", location="Wellington", location_country="NZL"),
        event("SANCTION", NZ_PARL, WAITITI, K2, mode="expel", date="2025-06-05", location="Wellington", location_country="NZL"),
        event("SANCTION", NZ_PARL, NGAREWA, K2, mode="expel", date="2025-06-05", location="Wellington", location_country="NZL"),
        event("SANCTION", NZ_PARL, MAIPI, K2, mode="expel", date="2025-06-05", location="Wellington", location_country="NZL"),
        event("PROTEST", MAIPI, NZ_GOV, K4, mode="demo", location="Wellington", location_country="NZL"),
        event("ACCUSE", PRIV_COMM, TPM_MPS, K5, mode="allege"),
        event("ACCUSE", WAITITI, NZ_GOV, K7, mode="allege", date="2025-06-05"),
        event("ACCUSE", BISHOP, TPM_MPS, K8, mode="disapprove"),
        event("ACCUSE", HIPKINS, NZ_GOV, K9, mode="disapprove"),
        event("PROTEST", TPM_SUPPORTERS, NZ_PARL, K10, mode="demo", date="2025-06-05", location="Wellington", location_country="NZL"),
        event("REJECT", NZ_PARL, ACT, K11, mode="change"),
        event("PROTEST", HIKOI_MARCHERS, NZ_PARL, K11, mode="demo", location="Wellington", location_country="NZL"),
    ],
    "quotes": [
        quote("the three had acted in a way that could have intimidated other members", "Privileges Committee of the New Zealand Parliament", "indirect"),
        quote("You can suspend us, but you will never silence the people we represent", "Rawiri Waititi", "direct"),
        quote("using parliament's rules to punish Māori for speaking out", "Rawiri Waititi", "indirect"),
        quote("the penalty was about the lawmakers' conduct and not the haka itself", "Chris Bishop", "indirect"),
        quote("the three had refused to apologise", "Chris Bishop", "indirect"),
        quote("Labour accepted that a sanction was warranted", "Chris Hipkins", "indirect"),
        quote("completely out of proportion", "Chris Hipkins", "direct"),
    ],
    "entities": [
        entity("New Zealand", "GPE", "NZL", ["New Zealand's"]),
        entity("New Zealand Parliament", "ORG", "NZL", ["New Zealand's parliament", "the house", "parliament"]),
        entity("Debating chamber of the New Zealand Parliament", "LOC", "NZL", ["the chamber"]),
        entity("Te Pati Maori lawmakers", "ORG", "NZL", ["three Māori lawmakers", "the three", "the lawmakers'"]),
        entity("Te Pati Maori", "ORG", "NZL", ["Te Pāti Māori"]),
        entity("Rawiri Waititi", "PER", "NZL", ["Rawiri Waititi", "Waititi", "He"]),
        entity("Debbie Ngarewa-Packer", "PER", "NZL", ["Debbie Ngarewa-Packer"]),
        entity("Hana-Rawhiti Maipi-Clarke", "PER", "NZL", ["their colleague Hana-Rawhiti Maipi-Clarke", "Maipi-Clarke"]),
        entity("Chris Bishop", "PER", "NZL", ["Leader of the House Chris Bishop", "Bishop"]),
        entity("Maori", "ORG", "NZL", ["Māori"]),
        entity("New Zealand lawmakers", "ORG", "NZL", ["lawmakers", "other members", "members of the house"]),
        entity("Privileges Committee of the New Zealand Parliament", "ORG", "NZL", ["The parliamentary privileges committee"]),
        entity("Government of New Zealand", "ORG", "NZL", ["the government"]),
        entity("Chris Hipkins", "PER", "NZL", ["Opposition leader Chris Hipkins"]),
        entity("New Zealand Labour Party", "ORG", "NZL", ["Labour"]),
        entity("Te Pati Maori supporters", "ORG", "NZL", ["Hundreds of supporters"]),
        entity("Wellington", "LOC", "NZL", ["Wellington"]),
        entity("ACT New Zealand", "ORG", "NZL", ["the libertarian ACT party"]),
        entity("Hikoi marchers", "ORG", "NZL", ["tens of thousands of people"]),
    ],
}

# ---------------------------------------------------------------- hm144-en-02
KAZAKHSTAN = actor("Kazakhstan", "KAZ", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
TOKAYEV = actor("Kassym-Jomart Tokayev", "KAZ", "GOV")
MIRZIYOYEV = actor("Shavkat Mirziyoyev", "UZB", "GOV")
JAPAROV = actor("Sadyr Japarov", "KGZ", "GOV")
RAHMON = actor("Emomali Rahmon", "TJK", "GOV")
BERDIMUHAMEDOV = actor("Serdar Berdimuhamedov", "TKM", "GOV")
KAZ_MFA = actor("Ministry of Foreign Affairs of Kazakhstan", "KAZ", "GOV")
US_COMPANIES = actor("U.S. companies", "USA", "BUS")
HAMAS_OFFICIAL = actor("Hamas official", "PSE", "REB")

L1 = "Kazakhstan will join the Abraham Accords, U.S. President Donald Trump announced on Thursday, making the Central Asian country the first new member of the normalisation pacts with Israel in his second term."
L2 = "Trump said he had held a call with Israeli Prime Minister Benjamin Netanyahu and Kazakh President Kassym-Jomart Tokayev, who was in Washington for a summit with the leaders of five Central Asian states."
L3 = "Tokayev and the presidents of Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan had dinner with Trump at the White House on Thursday evening, the first such gathering hosted by a U.S. president."
L4 = "Kazakhstan's foreign ministry said joining the accords was a \"natural and logical continuation\" of its foreign policy, noting that the country has had diplomatic relations with Israel since 1992."
L5 = "Netanyahu thanked Tokayev and said Israel would expand cooperation with Kazakhstan in technology, agriculture and water management."
L6 = "During the visit, Kazakhstan also signed agreements with U.S. companies worth several billion dollars, including a tungsten mining venture and a purchase of locomotives from Wabtec."
L7 = "Trump called Tokayev \"a highly respected man\" and said the minerals deal was \"a very big one\" for the United States."
L8 = "Analysts noted that the step was largely symbolic, as Kazakhstan already maintains full ties and regular trade with Israel."
L9 = "A Hamas official condemned the decision, saying normalisation with Israel while the war in Gaza was unresolved amounted to \"a betrayal\" of the Palestinian people."

EN02 = {
    "id": "hm144-en-02", "lang": "en", "url": None, "published": "2025-11-07",
    "title": "Kazakhstan to join Abraham Accords, Trump says after Central Asia summit",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9]),
    "events": [
        event("AGREE", KAZAKHSTAN, ISRAEL, L1, date="2025-11-06"),
        event("CONSULT", TRUMP, NETANYAHU, L2, mode="phone", date="2025-11-06"),
        event("CONSULT", TRUMP, TOKAYEV, L2, mode="phone", date="2025-11-06"),
        event("CONSULT", TOKAYEV, TRUMP, L3, mode="visit", date="2025-11-06", location="Washington", location_country="USA"),
        event("CONSULT", MIRZIYOYEV, TRUMP, L3, mode="visit", date="2025-11-06", location="Washington", location_country="USA"),
        event("CONSULT", JAPAROV, TRUMP, L3, mode="visit", date="2025-11-06", location="Washington", location_country="USA"),
        event("CONSULT", RAHMON, TRUMP, L3, mode="visit", date="2025-11-06", location="Washington", location_country="USA"),
        event("CONSULT", BERDIMUHAMEDOV, TRUMP, L3, mode="visit", date="2025-11-06", location="Washington", location_country="USA"),
        event("AGREE", KAZ_MFA, ISRAEL, L4),
        event("SUPPORT", NETANYAHU, TOKAYEV, L5),
        event("AGREE", NETANYAHU, KAZAKHSTAN, L5),
        event("SUPPORT", KAZAKHSTAN, US_COMPANIES, L6, location="Washington", location_country="USA"),
        event("SUPPORT", TRUMP, TOKAYEV, L7),
        event("ACCUSE", HAMAS_OFFICIAL, KAZAKHSTAN, L9, mode="disapprove"),
    ],
    "quotes": [
        quote("Kazakhstan will join the Abraham Accords", "Donald Trump", "indirect"),
        quote("he had held a call with Israeli Prime Minister Benjamin Netanyahu and Kazakh President Kassym-Jomart Tokayev", "Donald Trump", "indirect"),
        quote("natural and logical continuation", "Ministry of Foreign Affairs of Kazakhstan", "direct"),
        quote("joining the accords was a \"natural and logical continuation\" of its foreign policy", "Ministry of Foreign Affairs of Kazakhstan", "indirect"),
        quote("Israel would expand cooperation with Kazakhstan in technology, agriculture and water management", "Benjamin Netanyahu", "indirect"),
        quote("a highly respected man", "Donald Trump", "direct"),
        quote("a very big one", "Donald Trump", "direct"),
        quote("the minerals deal was \"a very big one\" for the United States", "Donald Trump", "indirect"),
        quote("the step was largely symbolic, as Kazakhstan already maintains full ties and regular trade with Israel", "analysts", "indirect"),
        quote("a betrayal", "Hamas official", "direct"),
        quote("normalisation with Israel while the war in Gaza was unresolved amounted to \"a betrayal\" of the Palestinian people", "Hamas official", "indirect"),
    ],
    "entities": [
        entity("Kazakhstan", "GPE", "KAZ", ["Kazakhstan", "the Central Asian country", "the country"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "his", "Trump", "he"]),
        entity("United States", "GPE", "USA", ["U.S.", "the United States"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu"]),
        entity("Kassym-Jomart Tokayev", "PER", "KAZ", ["Kazakh President Kassym-Jomart Tokayev", "Tokayev"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Central Asian leaders", "ORG", None, ["the leaders of five Central Asian states"]),
        entity("Presidents of Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan", "ORG", None, ["the presidents of Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan"]),
        entity("Uzbekistan", "GPE", "UZB", ["Uzbekistan"]),
        entity("Kyrgyzstan", "GPE", "KGZ", ["Kyrgyzstan"]),
        entity("Tajikistan", "GPE", "TJK", ["Tajikistan"]),
        entity("Turkmenistan", "GPE", "TKM", ["Turkmenistan"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Ministry of Foreign Affairs of Kazakhstan", "ORG", "KAZ", ["Kazakhstan's foreign ministry"]),
        entity("U.S. companies", "ORG", "USA", ["U.S. companies"]),
        entity("Wabtec", "ORG", "USA", ["Wabtec"]),
        entity("analysts", "ORG", None, ["Analysts"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Hamas official", "PER", "PSE", ["A Hamas official"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Palestinian people", "ORG", "PSE", ["the Palestinian people"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
