"""Round 149: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm149-de-01: Vietnam's President Vo Van Thuong resigns; the party cites "violations", the Phuc Son probe (2024-03-20).
- hm149-de-02: Laos detains hostel staff in Vang Vieng after the methanol deaths of foreign tourists; Albanese and Wong press Vientiane (2024-11-22).
- hm149-de-03: Russia formally recognises the Taliban government; Muttaqi welcomes it, Afghan women's rights activists object (2025-07-04).
- hm149-de-04: G7 summit in Kananaskis carries on without Trump; Israel-Iran statement, Trump attacks Macron, Carney receives Zelensky, Merz's "Drecksarbeit" (2025-06-17).
- hm149-en-01: The WTO's MC13 in Abu Dhabi ends without a fisheries subsidies deal after India's refusal; e-commerce moratorium extended (2024-03-02).
- hm149-en-02: Australia and Nauru sign the Nauru Treaty giving Canberra a say over Nauru's security deals; Beijing objects (2024-12-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm149-de-01
THUONG = actor("Vo Van Thuong", "VNM", "GOV")
CPV_CC = actor("Central Committee of the Communist Party of Vietnam", "VNM", "PTY")
VNM_MPS = actor("Ministry of Public Security of Vietnam", "VNM", "COP")
PHUC_SON = actor("Phuc Son Group", "VNM", "BUS")
DUONG = actor("Nguyen Van Duong", "VNM", "BUS")
QN_OFFICIALS = actor("Former Quang Ngai provincial officials", "VNM", "GOV")
PHUC = actor("Nguyen Xuan Phuc", "VNM", "GOV")

A1 = "Vietnams Staatspräsident Vo Van Thuong ist nach nur gut einem Jahr im Amt zurückgetreten."
A2 = "Das Zentralkomitee der Kommunistischen Partei stimmte am Mittwoch auf einer Sondersitzung in Hanoi seinem Rücktrittsgesuch zu, wie die staatliche Nachrichtenagentur VNA meldete."
A3 = "Thuong habe gegen Vorschriften der Partei verstoßen, hieß es in einer Erklärung des Gremiums."
A4 = "Seine Verfehlungen hätten „einen schlechten Eindruck in der Öffentlichkeit hinterlassen“ und dem Ansehen von Partei und Staat geschadet."
A5 = "Beobachter in Hanoi bringen den Rücktritt mit Ermittlungen gegen den Baukonzern Phuc Son in Verbindung, der in der zentralvietnamesischen Provinz Quang Ngai zahlreiche staatliche Aufträge erhalten hatte."
A6 = "Thuong war dort von 2011 bis 2014 Parteichef."
A7 = "Das Ministerium für öffentliche Sicherheit hatte im Januar den Vorsitzenden des Konzerns, Nguyen Van Duong, festnehmen lassen und wirft ihm Bestechung vor."
A8 = "Anfang März wurden zudem zwei frühere Spitzenfunktionäre der Provinz in Gewahrsam genommen."
A9 = "Thuong ist binnen gut eines Jahres bereits der zweite Staatschef, der im Zuge der von Parteichef Nguyen Phu Trong vorangetriebenen Antikorruptionskampagne sein Amt verliert; sein Vorgänger Nguyen Xuan Phuc war im Januar 2023 zurückgetreten."
A10 = "Bis zur Wahl eines Nachfolgers übernimmt Vizepräsidentin Vo Thi Anh Xuan die Amtsgeschäfte."
A11 = "Am Donnerstag soll die Nationalversammlung den Rücktritt formell bestätigen."
A12 = "Eine Sprecherin des Außenministeriums versicherte, die Außenpolitik des Landes werde sich „nicht ändern“."

DE01 = {
    "id": "hm149-de-01", "lang": "de", "url": None, "published": "2024-03-20",
    "title": "Vietnams Präsident Thuong tritt zurück",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9], [A10, A11, A12]),
    "events": [
        event("RETREAT", THUONG, None, A1, mode="resign", date="2024-03-20", location="Hanoi", location_country="VNM"),
        event("ACCUSE", CPV_CC, THUONG, A3, mode="allege"),
        event("ACCUSE", CPV_CC, THUONG, A4, mode="disapprove"),
        event("ACCUSE", VNM_MPS, PHUC_SON, A5, mode="investigate"),
        event("COERCE", VNM_MPS, DUONG, A7, mode="arrest"),
        event("ACCUSE", VNM_MPS, DUONG, A7, mode="allege"),
        event("COERCE", VNM_MPS, QN_OFFICIALS, A8, mode="arrest", location="Quang Ngai", location_country="VNM"),
        event("RETREAT", PHUC, None, A9, mode="resign"),
    ],
    "quotes": [
        quote("Das Zentralkomitee der Kommunistischen Partei stimmte am Mittwoch auf einer Sondersitzung in Hanoi seinem Rücktrittsgesuch zu", "Vietnam News Agency", "indirect"),
        quote("Thuong habe gegen Vorschriften der Partei verstoßen", "Central Committee of the Communist Party of Vietnam", "indirect"),
        quote("einen schlechten Eindruck in der Öffentlichkeit hinterlassen", "Central Committee of the Communist Party of Vietnam", "direct"),
        quote("Seine Verfehlungen hätten „einen schlechten Eindruck in der Öffentlichkeit hinterlassen“ und dem Ansehen von Partei und Staat geschadet", "Central Committee of the Communist Party of Vietnam", "indirect"),
        quote("nicht ändern", "Spokeswoman of the Ministry of Foreign Affairs of Vietnam", "direct"),
        quote("die Außenpolitik des Landes werde sich „nicht ändern“", "Spokeswoman of the Ministry of Foreign Affairs of Vietnam", "indirect"),
    ],
    "entities": [
        entity("Vietnam", "GPE", "VNM", ["Vietnams", "des Landes"]),
        entity("Vo Van Thuong", "PER", "VNM", ["Vietnams Staatspräsident Vo Van Thuong", "Thuong"]),
        entity("Central Committee of the Communist Party of Vietnam", "ORG", "VNM", ["Das Zentralkomitee der Kommunistischen Partei", "des Gremiums"]),
        entity("Communist Party of Vietnam", "ORG", "VNM", ["der Kommunistischen Partei", "der Partei", "Partei"]),
        entity("Hanoi", "LOC", "VNM", ["Hanoi"]),
        entity("Vietnam News Agency", "ORG", "VNM", ["die staatliche Nachrichtenagentur VNA"]),
        entity("observers in Hanoi", "ORG", "VNM", ["Beobachter in Hanoi"]),
        entity("Phuc Son Group", "ORG", "VNM", ["den Baukonzern Phuc Son", "des Konzerns"]),
        entity("Quang Ngai Province", "LOC", "VNM", ["der zentralvietnamesischen Provinz Quang Ngai", "dort", "der Provinz"]),
        entity("Ministry of Public Security of Vietnam", "ORG", "VNM", ["Das Ministerium für öffentliche Sicherheit"]),
        entity("Nguyen Van Duong", "PER", "VNM", ["den Vorsitzenden des Konzerns, Nguyen Van Duong", "ihm"]),
        entity("Former Quang Ngai provincial officials", "ORG", "VNM", ["zwei frühere Spitzenfunktionäre der Provinz"]),
        entity("Nguyen Phu Trong", "PER", "VNM", ["Parteichef Nguyen Phu Trong"]),
        entity("Nguyen Xuan Phuc", "PER", "VNM", ["sein Vorgänger Nguyen Xuan Phuc"]),
        entity("Vo Thi Anh Xuan", "PER", "VNM", ["Vizepräsidentin Vo Thi Anh Xuan"]),
        entity("National Assembly of Vietnam", "ORG", "VNM", ["die Nationalversammlung"]),
        entity("Spokeswoman of the Ministry of Foreign Affairs of Vietnam", "PER", "VNM", ["Eine Sprecherin des Außenministeriums"]),
        entity("Ministry of Foreign Affairs of Vietnam", "ORG", "VNM", ["des Außenministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm149-de-02
LAO_POLICE = actor("Lao police", "LAO", "COP")
HOSTEL_STAFF = actor("Nana Backpackers Hostel staff", "LAO", "BUS")
VTE_AUTH = actor("Vientiane Province authorities", "LAO", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
LAO_GOV = actor("Government of Laos", "LAO", "GOV")
WONG = actor("Penny Wong", "AUS", "GOV")
SALEUMXAY = actor("Saleumxay Kommasith", "LAO", "GOV")

B1 = "Nach dem Tod mehrerer ausländischer Touristen durch mit Methanol gepanschte Getränke hat die Polizei in Laos den Manager eines Hostels in dem Urlaubsort Vang Vieng und mehrere Angestellte festgenommen."
B2 = "Sie würden zum Ausschank von kostenlosen Schnäpsen an die Gäste befragt, teilten die Behörden der Provinz Vientiane am Freitag mit."
B3 = "Am selben Tag starb in einem Krankenhaus in Bangkok die 19 Jahre alte Australierin Holly Bowles, einen Tag nach ihrer Freundin Bianca Jones."
B4 = "Auch eine Britin, zwei Däninnen und ein US-Amerikaner kamen ums Leben."
B5 = "„Dies ist der Albtraum aller Eltern“, sagte der australische Premierminister Anthony Albanese im Parlament in Canberra."
B6 = "Er forderte die Regierung in Vientiane auf, die Todesfälle rasch und umfassend aufzuklären und die Verantwortlichen zur Rechenschaft zu ziehen."
B7 = "Außenministerin Penny Wong habe das Thema in einem Telefonat mit ihrem laotischen Kollegen Saleumxay Kommasith angesprochen, teilte ihr Ministerium mit."
B8 = "Dieser habe eine gründliche Untersuchung zugesagt."
B9 = "Die laotische Regierung sprach den Familien der Opfer ihr Beileid aus und versprach, die Sicherheit von Urlaubern zu verbessern."
B10 = "Großbritannien, Dänemark und Neuseeland verschärften ihre Reisehinweise für das südostasiatische Land und warnten vor selbst gebrannten Spirituosen."
B11 = "In Vang Vieng blieb das betroffene Hostel nach Angaben von Anwohnern geschlossen; die Polizei hatte es bereits am Montag versiegelt."

DE02 = {
    "id": "hm149-de-02", "lang": "de", "url": None, "published": "2024-11-22",
    "title": "Festnahmen in Laos nach Methanol-Todesfällen",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11]),
    "events": [
        event("COERCE", LAO_POLICE, HOSTEL_STAFF, B1, mode="arrest", location="Vang Vieng", location_country="LAO"),
        event("ACCUSE", VTE_AUTH, HOSTEL_STAFF, B2, mode="investigate"),
        event("REQUEST", ALBANESE, LAO_GOV, B6),
        event("CONSULT", WONG, SALEUMXAY, B7, mode="phone"),
        event("AGREE", SALEUMXAY, WONG, B8),
        event("AGREE", LAO_GOV, None, B9),
        event("COERCE", LAO_POLICE, HOSTEL_STAFF, B11, mode="seize", date="2024-11-18", location="Vang Vieng", location_country="LAO"),
    ],
    "quotes": [
        quote("Sie würden zum Ausschank von kostenlosen Schnäpsen an die Gäste befragt", "Vientiane Province authorities", "indirect"),
        quote("Dies ist der Albtraum aller Eltern", "Anthony Albanese", "direct"),
        quote("Außenministerin Penny Wong habe das Thema in einem Telefonat mit ihrem laotischen Kollegen Saleumxay Kommasith angesprochen", "Department of Foreign Affairs and Trade", "indirect"),
        quote("Dieser habe eine gründliche Untersuchung zugesagt", "Department of Foreign Affairs and Trade", "indirect"),
        quote("In Vang Vieng blieb das betroffene Hostel nach Angaben von Anwohnern geschlossen", "residents", "indirect"),
    ],
    "entities": [
        entity("Laos", "GPE", "LAO", ["Laos", "das südostasiatische Land"]),
        entity("Lao police", "ORG", "LAO", ["die Polizei in Laos", "die Polizei"]),
        entity("Nana Backpackers Hostel", "ORG", "LAO", ["eines Hostels in dem Urlaubsort Vang Vieng", "das betroffene Hostel", "es"]),
        entity("hostel manager", "PER", "LAO", ["den Manager eines Hostels in dem Urlaubsort Vang Vieng"]),
        entity("Nana Backpackers Hostel staff", "ORG", "LAO", ["mehrere Angestellte", "Sie"]),
        entity("Vang Vieng", "LOC", "LAO", ["dem Urlaubsort Vang Vieng", "Vang Vieng"]),
        entity("Vientiane Province authorities", "ORG", "LAO", ["die Behörden der Provinz Vientiane"]),
        entity("Vientiane Province", "LOC", "LAO", ["der Provinz Vientiane"]),
        entity("Bangkok hospital", "LOC", "THA", ["einem Krankenhaus in Bangkok"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Holly Bowles", "PER", "AUS", ["die 19 Jahre alte Australierin Holly Bowles"]),
        entity("Bianca Jones", "PER", "AUS", ["ihrer Freundin Bianca Jones"]),
        entity("British victim", "PER", "GBR", ["eine Britin"]),
        entity("Danish victims", "PER", "DNK", ["zwei Däninnen"]),
        entity("American victim", "PER", "USA", ["ein US-Amerikaner"]),
        entity("Anthony Albanese", "PER", "AUS", ["der australische Premierminister Anthony Albanese", "Er"]),
        entity("Parliament of Australia", "ORG", "AUS", ["Parlament in Canberra"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Government of Laos", "ORG", "LAO", ["die Regierung in Vientiane", "Die laotische Regierung"]),
        entity("Penny Wong", "PER", "AUS", ["Außenministerin Penny Wong"]),
        entity("Saleumxay Kommasith", "PER", "LAO", ["ihrem laotischen Kollegen Saleumxay Kommasith", "Dieser"]),
        entity("Department of Foreign Affairs and Trade", "ORG", "AUS", ["ihr Ministerium"]),
        entity("victims' families", "ORG", None, ["den Familien der Opfer"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("Denmark", "GPE", "DNK", ["Dänemark"]),
        entity("New Zealand", "GPE", "NZL", ["Neuseeland"]),
        entity("residents of Vang Vieng", "ORG", "LAO", ["Anwohnern"]),
    ],
}

# ---------------------------------------------------------------- hm149-de-03
RUSSIA = actor("Russia", "RUS", "GOV")
TALIBAN = actor("Taliban", "AFG", "GOV")
ZHIRNOV = actor("Dmitry Zhirnov", "RUS", "GOV")
MUTTAQI = actor("Amir Khan Muttaqi", "AFG", "GOV")
GUL_HASSAN = actor("Gul Hassan Hassan", "AFG", "GOV")
RUS_SC = actor("Supreme Court of Russia", "RUS", "JUD")
AFG_ACTIVISTS = actor("Afghan women's rights activists", "AFG", "CVL")
KOOFI = actor("Fawzia Koofi", "AFG", "OPP")

C1 = "Russland hat als erster Staat die Taliban-Regierung in Afghanistan offiziell anerkannt."
C2 = "Der russische Botschafter in Kabul, Dmitri Schirnow, übermittelte die Entscheidung am Donnerstag bei einem Treffen an Außenminister Amir Khan Muttaqi, wie das Außenministerium in Kabul mitteilte."
C3 = "Zuvor hatte die Regierung in Moskau das Beglaubigungsschreiben des neuen afghanischen Botschafters Gul Hassan Hassan entgegengenommen."
C4 = "Die Anerkennung werde der Zusammenarbeit beider Länder „Schwung verleihen“, erklärte das russische Außenministerium."
C5 = "Muttaqi sprach von einer „mutigen Entscheidung“, die anderen Staaten als Beispiel dienen werde."
C6 = "Er rief weitere Länder auf, dem russischen Schritt zu folgen."
C7 = "Moskau kündigte an, die Kooperation in den Bereichen Energie, Verkehr und Landwirtschaft auszubauen und Afghanistan beim Kampf gegen den Drogenhandel zu unterstützen."
C8 = "Über der afghanischen Botschaft in der russischen Hauptstadt weht seit Donnerstag die weiße Flagge der Islamisten."
C9 = "Russlands Oberstes Gericht hatte im April das seit 2003 geltende Verbot der Taliban als terroristische Organisation aufgehoben."
C10 = "Kritik kam von afghanischen Frauenrechtlerinnen."
C11 = "Die frühere Vizepräsidentin des afghanischen Parlaments Fawsia Kufi warf Moskau vor, eine Regierung aufzuwerten, die Frauen und Mädchen von Schulen und Arbeitsplätzen verbanne."
C12 = "Zwar unterhalten auch China, Usbekistan und weitere Nachbarstaaten diplomatische Beziehungen zur Taliban-Regierung, eine formelle Anerkennung hatte aber keines dieser Länder ausgesprochen."

DE03 = {
    "id": "hm149-de-03", "lang": "de", "url": None, "published": "2025-07-04",
    "title": "Russland erkennt Taliban-Regierung als erster Staat an",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12]),
    "events": [
        event("SUPPORT", RUSSIA, TALIBAN, C1),
        event("CONSULT", ZHIRNOV, MUTTAQI, C2, mode="visit", date="2025-07-03", location="Kabul", location_country="AFG"),
        event("SUPPORT", RUSSIA, GUL_HASSAN, C3),
        event("SUPPORT", MUTTAQI, RUSSIA, C5),
        event("REQUEST", MUTTAQI, None, C6, mode="assist"),
        event("AGREE", RUSSIA, TALIBAN, C7),
        event("CONCEDE", RUS_SC, TALIBAN, C9),
        event("ACCUSE", AFG_ACTIVISTS, RUSSIA, C10, mode="disapprove"),
        event("ACCUSE", KOOFI, RUSSIA, C11, mode="disapprove"),
        event("ACCUSE", KOOFI, TALIBAN, C11, mode="allege"),
    ],
    "quotes": [
        quote("Der russische Botschafter in Kabul, Dmitri Schirnow, übermittelte die Entscheidung am Donnerstag bei einem Treffen an Außenminister Amir Khan Muttaqi", "Ministry of Foreign Affairs of Afghanistan", "indirect"),
        quote("Schwung verleihen", "Ministry of Foreign Affairs of Russia", "direct"),
        quote("Die Anerkennung werde der Zusammenarbeit beider Länder „Schwung verleihen“", "Ministry of Foreign Affairs of Russia", "indirect"),
        quote("mutigen Entscheidung", "Amir Khan Muttaqi", "direct"),
        quote("die anderen Staaten als Beispiel dienen werde", "Amir Khan Muttaqi", "indirect"),
        quote("die Kooperation in den Bereichen Energie, Verkehr und Landwirtschaft auszubauen und Afghanistan beim Kampf gegen den Drogenhandel zu unterstützen", "Russia", "indirect"),
        quote("eine Regierung aufzuwerten, die Frauen und Mädchen von Schulen und Arbeitsplätzen verbanne", "Fawzia Koofi", "indirect"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russland", "die Regierung in Moskau", "Moskau", "Russlands"]),
        entity("Taliban", "ORG", "AFG", ["die Taliban-Regierung in Afghanistan", "der Islamisten", "der Taliban", "eine Regierung", "zur Taliban-Regierung"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Dmitry Zhirnov", "PER", "RUS", ["Der russische Botschafter in Kabul, Dmitri Schirnow"]),
        entity("Amir Khan Muttaqi", "PER", "AFG", ["Außenminister Amir Khan Muttaqi", "Muttaqi", "Er"]),
        entity("Ministry of Foreign Affairs of Afghanistan", "ORG", "AFG", ["das Außenministerium in Kabul"]),
        entity("Gul Hassan Hassan", "PER", "AFG", ["des neuen afghanischen Botschafters Gul Hassan Hassan"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["das russische Außenministerium"]),
        entity("Embassy of Afghanistan in Moscow", "LOC", "RUS", ["der afghanischen Botschaft in der russischen Hauptstadt"]),
        entity("Moscow", "LOC", "RUS", ["der russischen Hauptstadt"]),
        entity("Supreme Court of Russia", "ORG", "RUS", ["Russlands Oberstes Gericht"]),
        entity("Afghan women's rights activists", "ORG", "AFG", ["afghanischen Frauenrechtlerinnen"]),
        entity("Fawzia Koofi", "PER", "AFG", ["Die frühere Vizepräsidentin des afghanischen Parlaments Fawsia Kufi"]),
        entity("Parliament of Afghanistan", "ORG", "AFG", ["des afghanischen Parlaments"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Uzbekistan", "GPE", "UZB", ["Usbekistan"]),
        entity("Afghanistan's neighbouring states", "GPE", None, ["weitere Nachbarstaaten"]),
    ],
}

# ---------------------------------------------------------------- hm149-de-04
G7 = actor("Group of Seven", "IGO", "IGO")
ISRAEL = actor("Israel", "ISR", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
CARNEY = actor("Mark Carney", "CAN", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
RUSSIA_GOV = actor("Russia", "RUS", "GOV")
MERZ = actor("Friedrich Merz", "DEU", "GOV")
ISR_MIL = actor("Israel Defense Forces", "ISR", "MIL")
CALGARY_PROTESTERS = actor("Calgary protesters", "CAN", "CVL")

D1 = "Ohne US-Präsident Donald Trump haben die übrigen Staats- und Regierungschefs der G7 am Dienstag ihren Gipfel im kanadischen Kananaskis fortgesetzt."
D2 = "Trump war bereits am Montagabend wegen der Eskalation zwischen Israel und dem Iran vorzeitig nach Washington zurückgereist."
D3 = "Zuvor hatte er noch eine gemeinsame Erklärung mitgetragen, in der die G7 das Recht Israels auf Selbstverteidigung betonen und den Iran als „Hauptquelle regionaler Instabilität und des Terrors“ bezeichnen."
D4 = "Zugleich forderten die Gipfelteilnehmer eine breitere Deeskalation im Nahen Osten einschließlich einer Waffenruhe im Gazastreifen."
D4b = "In Calgary demonstrierten am Montag mehrere Hundert Menschen in einer eigens ausgewiesenen Protestzone und forderten von den Gipfelteilnehmern ein Ende der Waffenlieferungen an Israel."
D5 = "Frankreichs Präsident Emmanuel Macron hatte die Abreise mit einem möglichen Angebot für eine Waffenruhe in Verbindung gebracht, was Trump in der Nacht auf seiner Plattform Truth Social zurückwies."
D6 = "„Falsch!“, schrieb er und nannte Macron einen „publicity-süchtigen“ Präsidenten, der „keine Ahnung“ habe, warum er nach Washington reise."
D7 = "Am Dienstag empfing Gastgeber Mark Carney den ukrainischen Präsidenten Wolodymyr Selenskyj, der ursprünglich auch mit Trump hatte sprechen wollen."
D8 = "Carney sagte der Ukraine weitere Militärhilfe im Umfang von zwei Milliarden kanadischen Dollar zu und verhängte neue Sanktionen gegen Russland, die sich unter anderem gegen die sogenannte Schattenflotte richten."
D9 = "Selenskyj forderte die G7 auf, den Druck auf Moskau zu erhöhen: „Wir brauchen Entscheidungen, keine Erklärungen.“"
D10 = "Bundeskanzler Friedrich Merz verteidigte am Rande des Gipfels die israelischen Angriffe auf den Iran."
D11 = "„Das ist die Drecksarbeit, die Israel für uns alle macht“, sagte er im ZDF."

DE04 = {
    "id": "hm149-de-04", "lang": "de", "url": None, "published": "2025-06-17",
    "title": "G7-Gipfel in Kananaskis geht ohne Trump weiter",
    "text": paragraphs([D1, D2, D3, D4, D4b], [D5, D6], [D7, D8, D9, D10, D11]),
    "events": [
        event("CONSULT", G7, None, D1, mode="multilateral", date="2025-06-17", location="Kananaskis", location_country="CAN"),
        event("SUPPORT", G7, ISRAEL, D3),
        event("ACCUSE", G7, IRAN, D3, mode="allege"),
        event("REQUEST", G7, None, D4, mode="yield"),
        event("PROTEST", CALGARY_PROTESTERS, G7, D4b, mode="demo", date="2025-06-16", location="Calgary", location_country="CAN"),
        event("ACCUSE", TRUMP, MACRON, D6, mode="disapprove"),
        event("CONSULT", ZELENSKY, CARNEY, D7, mode="visit", date="2025-06-17", location="Kananaskis", location_country="CAN"),
        event("AGREE", CARNEY, UKRAINE, D8),
        event("SANCTION", CARNEY, RUSSIA_GOV, D8, mode="discontinue"),
        event("REQUEST", ZELENSKY, G7, D9),
        event("SUPPORT", MERZ, ISRAEL, D10),
        event("ASSAULT", ISR_MIL, IRAN, D10, mode="aerial"),
        event("SUPPORT", MERZ, ISRAEL, D11),
    ],
    "quotes": [
        quote("Hauptquelle regionaler Instabilität und des Terrors", "Group of Seven", "direct"),
        quote("Falsch!", "Donald Trump", "direct"),
        quote("publicity-süchtigen", "Donald Trump", "direct"),
        quote("keine Ahnung", "Donald Trump", "direct"),
        quote("der „keine Ahnung“ habe, warum er nach Washington reise", "Donald Trump", "indirect"),
        quote("Wir brauchen Entscheidungen, keine Erklärungen", "Volodymyr Zelensky", "direct"),
        quote("Das ist die Drecksarbeit, die Israel für uns alle macht", "Friedrich Merz", "direct"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "er"]),
        entity("Group of Seven", "ORG", "IGO", ["der G7", "die G7", "die Gipfelteilnehmer", "den Gipfelteilnehmern"]),
        entity("G7 leaders", "ORG", "IGO", ["die übrigen Staats- und Regierungschefs der G7"]),
        entity("Kananaskis", "LOC", "CAN", ["im kanadischen Kananaskis"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels"]),
        entity("Iran", "GPE", "IRN", ["dem Iran", "den Iran"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Calgary", "LOC", "CAN", ["Calgary"]),
        entity("Calgary protesters", "ORG", "CAN", ["mehrere Hundert Menschen"]),
        entity("protest zone in Calgary", "LOC", "CAN", ["einer eigens ausgewiesenen Protestzone"]),
        entity("Middle East", "LOC", None, ["im Nahen Osten"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron", "Macron", "einen „publicity-süchtigen“ Präsidenten"]),
        entity("France", "GPE", "FRA", ["Frankreichs"]),
        entity("Truth Social", "ORG", "USA", ["seiner Plattform Truth Social"]),
        entity("Mark Carney", "PER", "CAN", ["Gastgeber Mark Carney", "Carney"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["den ukrainischen Präsidenten Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Russian shadow fleet", "ORG", "RUS", ["die sogenannte Schattenflotte"]),
        entity("Friedrich Merz", "PER", "DEU", ["Bundeskanzler Friedrich Merz", "er"]),
        entity("ZDF", "ORG", "DEU", ["ZDF"]),
    ],
}

# ---------------------------------------------------------------- hm149-en-01
WTO = actor("World Trade Organization", "IGO", "IGO")
INDIA = actor("India", "IND", "GOV")
GOYAL = actor("Piyush Goyal", "IND", "GOV")
SOUTH_AFRICA = actor("South Africa", "ZAF", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")
DOMBROVSKIS = actor("Valdis Dombrovskis", "EUR", "IGO")
COMOROS = actor("Comoros", "COM", "GOV")
TIMOR = actor("Timor-Leste", "TLS", "GOV")
ENV_GROUPS = actor("Environmental groups", "NGO", "NGO")
PEW = actor("Pew Charitable Trusts", "NGO", "NGO")

E1 = "World Trade Organization members failed to agree on curbing harmful fishing subsidies at their ministerial conference in Abu Dhabi on Saturday after India refused to back the deal, delegates said."
E2 = "The talks, which ran more than a day past their scheduled close, also produced no breakthrough on agriculture or on restoring the WTO's top appeals body."
E3 = "Ministers did agree to extend a moratorium on customs duties on electronic transmissions until the next ministerial meeting, an extension India and Indonesia had resisted until the final hours."
E4 = '''"We have accomplished some things and we have failed to achieve others," WTO Director-General Ngozi Okonjo-Iweala told reporters, calling the outcome "a mixed bag."'''
E5 = "Indian Commerce Minister Piyush Goyal said New Delhi would not accept rules that curtailed support for millions of poor fishermen while allowing rich nations to keep subsidising their distant-water fleets."
E6 = '''"We will not compromise on the livelihoods of our fishermen," he said.'''
E7 = "India, South Africa and Turkey also blocked the formal adoption of an investment facilitation agreement backed by more than 120 members."
E8 = '''EU Trade Commissioner Valdis Dombrovskis said he was "disappointed" that India had blocked the fisheries deal at the last minute.'''
E9 = "The conference formally approved the accession of Comoros and Timor-Leste on Monday, paving the way for the organisation's first new members since 2016."
E10 = "Environmental groups accused governments of squandering a chance to protect depleted fish stocks."
E11 = "The Pew Charitable Trusts urged members to conclude the fisheries talks in Geneva before the end of the year."

EN01 = {
    "id": "hm149-en-01", "lang": "en", "url": None, "published": "2024-03-02",
    "title": "WTO talks in Abu Dhabi end without fisheries deal as India holds out",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11]),
    "events": [
        event("REJECT", INDIA, WTO, E1, date="2024-03-02", location="Abu Dhabi", location_country="ARE"),
        event("AGREE", WTO, None, E3, location="Abu Dhabi", location_country="ARE"),
        event("REJECT", GOYAL, WTO, E5),
        event("REJECT", GOYAL, WTO, E6),
        event("REJECT", INDIA, WTO, E7),
        event("REJECT", SOUTH_AFRICA, WTO, E7),
        event("REJECT", TURKEY, WTO, E7),
        event("ACCUSE", DOMBROVSKIS, INDIA, E8, mode="disapprove"),
        event("SUPPORT", WTO, COMOROS, E9, date="2024-02-26", location="Abu Dhabi", location_country="ARE"),
        event("SUPPORT", WTO, TIMOR, E9, date="2024-02-26", location="Abu Dhabi", location_country="ARE"),
        event("ACCUSE", ENV_GROUPS, WTO, E10, mode="disapprove"),
        event("REQUEST", PEW, WTO, E11),
    ],
    "quotes": [
        quote("World Trade Organization members failed to agree on curbing harmful fishing subsidies at their ministerial conference in Abu Dhabi on Saturday after India refused to back the deal", "delegates", "indirect"),
        quote("We have accomplished some things and we have failed to achieve others", "Ngozi Okonjo-Iweala", "direct"),
        quote("a mixed bag", "Ngozi Okonjo-Iweala", "direct"),
        quote("New Delhi would not accept rules that curtailed support for millions of poor fishermen while allowing rich nations to keep subsidising their distant-water fleets", "Piyush Goyal", "indirect"),
        quote("We will not compromise on the livelihoods of our fishermen", "Piyush Goyal", "direct"),
        quote("disappointed", "Valdis Dombrovskis", "direct"),
        quote('''he was "disappointed" that India had blocked the fisheries deal at the last minute''', "Valdis Dombrovskis", "indirect"),
        quote("squandering a chance to protect depleted fish stocks", "Environmental groups", "indirect"),
    ],
    "entities": [
        entity("World Trade Organization", "ORG", "IGO", ["World Trade Organization", "WTO", "the organisation's"]),
        entity("WTO members", "ORG", "IGO", ["World Trade Organization members", "Ministers", "more than 120 members", "members"]),
        entity("WTO Ministerial Conference", "ORG", "IGO", ["their ministerial conference in Abu Dhabi", "The conference"]),
        entity("Abu Dhabi", "LOC", "ARE", ["Abu Dhabi"]),
        entity("India", "GPE", "IND", ["India", "New Delhi"]),
        entity("delegates", "ORG", None, ["delegates"]),
        entity("WTO Appellate Body", "ORG", "IGO", ["the WTO's top appeals body"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesia"]),
        entity("Ngozi Okonjo-Iweala", "PER", "IGO", ["WTO Director-General Ngozi Okonjo-Iweala"]),
        entity("Piyush Goyal", "PER", "IND", ["Indian Commerce Minister Piyush Goyal", "he"]),
        entity("rich nations", "GPE", None, ["rich nations"]),
        entity("South Africa", "GPE", "ZAF", ["South Africa"]),
        entity("Turkey", "GPE", "TUR", ["Turkey"]),
        entity("Valdis Dombrovskis", "PER", "EUR", ["EU Trade Commissioner Valdis Dombrovskis"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Comoros", "GPE", "COM", ["Comoros"]),
        entity("Timor-Leste", "GPE", "TLS", ["Timor-Leste"]),
        entity("Environmental groups", "ORG", "NGO", ["Environmental groups"]),
        entity("Pew Charitable Trusts", "ORG", "NGO", ["The Pew Charitable Trusts"]),
        entity("Geneva", "LOC", "CHE", ["Geneva"]),
    ],
}

# ---------------------------------------------------------------- hm149-en-02
AUSTRALIA = actor("Australia", "AUS", "GOV")
NAURU = actor("Nauru", "NRU", "GOV")
ADEANG = actor("David Adeang", "NRU", "GOV")
ALBANESE2 = actor("Anthony Albanese", "AUS", "GOV")
CHINA = actor("China", "CHN", "GOV")
TAIWAN = actor("Taiwan", "TWN", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
TUVALU = actor("Tuvalu", "TUV", "GOV")
PNG = actor("Papua New Guinea", "PNG", "GOV")
BIRMINGHAM = actor("Simon Birmingham", "AUS", "OPP")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")

F1 = "Australia and Nauru signed a security and economic treaty on Monday that gives Australia a say over any security or policing deals the tiny Pacific island nation strikes with other countries, including China."
F2 = "Under the agreement, Australia will provide Nauru with 100 million Australian dollars ($64 million) in budget support over five years and a further A$40 million to strengthen its police force."
F3 = "The Australian government will also help keep banking services on the island after its last commercial bank announced plans to leave."
F4 = "Nauru in turn agreed that it would not enter into security arrangements with third countries without Australia's consent."
F5 = '''"This treaty marks a new chapter in the relationship between our two countries," Prime Minister Anthony Albanese told reporters in Canberra alongside Nauruan President David Adeang.'''
F6 = '''Adeang said the pact would secure Nauru's economic future without compromising its sovereignty, and thanked Australia for what he called its "steadfast" support.'''
F7 = "Nauru, a phosphate-mining island of about 12,500 people, switched diplomatic recognition from Taiwan to China in January."
F8 = "It also hosts an Australian-funded offshore processing centre for asylum seekers."
F9 = '''Asked about the treaty, Chinese foreign ministry spokesperson Lin Jian said Beijing's cooperation with Pacific island countries was not aimed at any third party and should not be "interfered with or restricted" by others.'''
F10 = "Australia has moved to counter Beijing's growing influence in the region, signing security pacts with Tuvalu and Papua New Guinea last year."
F11 = "Opposition foreign affairs spokesman Simon Birmingham said the Coalition supported the treaty but questioned why it had taken the government so long to conclude it."

EN02 = {
    "id": "hm149-en-02", "lang": "en", "url": None, "published": "2024-12-09",
    "title": "Australia gains say over Nauru's security ties in new treaty",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8], [F9, F10, F11]),
    "events": [
        event("SUPPORT", AUSTRALIA, NAURU, F1, date="2024-12-09", location="Canberra", location_country="AUS"),
        event("AGREE", AUSTRALIA, NAURU, F2),
        event("AGREE", AUSTRALIA, NAURU, F3),
        event("AGREE", NAURU, AUSTRALIA, F4),
        event("CONSULT", ADEANG, ALBANESE2, F5, mode="visit", date="2024-12-09", location="Canberra", location_country="AUS"),
        event("SUPPORT", ADEANG, AUSTRALIA, F6),
        event("SUPPORT", NAURU, CHINA, F7),
        event("SANCTION", NAURU, TAIWAN, F7, mode="discontinue"),
        event("ACCUSE", LIN_JIAN, AUSTRALIA, F9, mode="disapprove"),
        event("SUPPORT", AUSTRALIA, TUVALU, F10),
        event("SUPPORT", AUSTRALIA, PNG, F10),
        event("SUPPORT", BIRMINGHAM, AUS_GOV, F11),
        event("ACCUSE", BIRMINGHAM, AUS_GOV, F11, mode="disapprove"),
    ],
    "quotes": [
        quote("This treaty marks a new chapter in the relationship between our two countries", "Anthony Albanese", "direct"),
        quote("the pact would secure Nauru's economic future without compromising its sovereignty", "David Adeang", "indirect"),
        quote("steadfast", "David Adeang", "direct"),
        quote("interfered with or restricted", "Lin Jian", "direct"),
        quote('''Beijing's cooperation with Pacific island countries was not aimed at any third party and should not be "interfered with or restricted" by others''', "Lin Jian", "indirect"),
        quote("the Coalition supported the treaty but questioned why it had taken the government so long to conclude it", "Simon Birmingham", "indirect"),
    ],
    "entities": [
        entity("Australia", "GPE", "AUS", ["Australia", "Australia's", "our two countries"]),
        entity("Nauru", "GPE", "NRU", ["Nauru", "the tiny Pacific island nation", "the island", "Nauru's", "a phosphate-mining island of about 12,500 people", "It"]),
        entity("Canberra", "LOC", "AUS", ["in Canberra"]),
        entity("China", "GPE", "CHN", ["China", "Beijing's"]),
        entity("Nauru's last commercial bank", "ORG", "NRU", ["its last commercial bank"]),
        entity("Nauru Police Force", "ORG", "NRU", ["its police force"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese"]),
        entity("David Adeang", "PER", "NRU", ["Nauruan President David Adeang", "Adeang", "he"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("Nauru Regional Processing Centre", "LOC", "NRU", ["an Australian-funded offshore processing centre for asylum seekers"]),
        entity("Lin Jian", "PER", "CHN", ["Chinese foreign ministry spokesperson Lin Jian"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinese foreign ministry"]),
        entity("Pacific island countries", "GPE", None, ["Pacific island countries"]),
        entity("Tuvalu", "GPE", "TUV", ["Tuvalu"]),
        entity("Papua New Guinea", "GPE", "PNG", ["Papua New Guinea"]),
        entity("Simon Birmingham", "PER", "AUS", ["Opposition foreign affairs spokesman Simon Birmingham"]),
        entity("Liberal-National Coalition", "ORG", "AUS", ["the Coalition"]),
        entity("Government of Australia", "ORG", "AUS", ["The Australian government", "the government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
