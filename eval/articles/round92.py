"""Round 92 of the hand-made blind articles (written blind, invented wire-style reports).

Six stories (4 German, 2 English), Africa, the Middle East and South Asia:

- hm92-de-01  Egypt to join South Africa's genocide case; Katz and Shoukry over the Rafah crossing (2024-05-14)
- hm92-de-02  Pakistan: police arrest Mahrang Baloch after clearing the BYC sit-in in Quetta (2025-03-22)
- hm92-de-03  Rockets on Smara in Western Sahara; Morocco and MINURSO investigate (2023-10-30)
- hm92-de-04  DR Congo recalls its ambassador from Kenya over Nangaa's alliance with the M23 (2023-12-16)
- hm92-en-01  Iran deports tens of thousands of Afghans after its deadline expires (2025-07-08)
- hm92-en-02  A Houthi delegation ends its talks in Riyadh (2023-09-20)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm92-de-01 (Egypt, ICJ, Rafah)

EGY_MFA = actor("Ministry of Foreign Affairs of Egypt", "EGY", "GOV")
ISR = actor("Israel", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
SHOUKRY = actor("Sameh Shoukry", "EGY", "GOV")
EGY = actor("Egypt", "EGY", "GOV")

D1_1 = ("Ägypten will sich der Völkermordklage Südafrikas gegen Israel vor dem Internationalen Gerichtshof (IGH) "
        "anschließen.")
D1_2 = ("Das Außenministerium in Kairo begründete den Schritt am Sonntag mit der „zunehmenden Schwere und dem Ausmaß "
        "der israelischen Angriffe auf palästinensische Zivilisten“ im Gazastreifen.")
D1_3 = ("Es warf Israel zudem vor, die Bevölkerung gezielt zur Flucht in Richtung der ägyptischen Grenze zu "
        "drängen.")
D1_4 = "Die israelische Armee bombardierte in der Nacht zum Dienstag erneut Stellungen der Hamas im Osten von Rafah."
D1_5 = ("Der israelische Außenminister Israel Katz forderte Kairo auf, den Grenzübergang Rafah für Hilfslieferungen "
        "wieder zu öffnen.")
D1_6 = "„Ägypten muss den Übergang öffnen, damit die Hilfe weiterfließen kann“, schrieb er auf der Plattform X."
D1_7 = ("Sein ägyptischer Kollege Samih Schukri wies die Forderung zurück und sprach von einem Versuch, die "
        "Verantwortung abzuwälzen.")
D1_8 = "Die israelische Kontrolle über die palästinensische Seite des Übergangs sei der Grund für die Blockade, sagte Schukri."
D1_9 = "Ägypten werde aber weiter mit Katar und den USA an einer Waffenruhe arbeiten, fügte er hinzu."

DE01 = {
    "id": "hm92-de-01",
    "lang": "de",
    "url": None,
    "published": "2024-05-14",
    "title": "Ägypten will sich Völkermordklage gegen Israel anschließen",
    "text": paragraphs([D1_1, D1_2, D1_3], [D1_4, D1_5, D1_6], [D1_7, D1_8, D1_9]),
    "events": [
        event("ACCUSE", EGY, ISR, D1_1, mode="allege"),
        event("ACCUSE", EGY_MFA, ISR, D1_2, mode="disapprove", date="2024-05-12"),
        event("ACCUSE", EGY_MFA, ISR, D1_3, mode="allege"),
        event("ASSAULT", actor("Israel Defense Forces", "ISR", "MIL"), actor("Hamas", "PSE", "REB"), D1_4,
              mode="aerial", date="2024-05-14", location="Rafah", location_country="PSE"),
        event("REQUEST", KATZ, EGY, D1_5, mode="assist"),
        event("REQUEST", KATZ, EGY, D1_6, mode="assist"),
        event("REJECT", SHOUKRY, KATZ, D1_7, mode="assist"),
        event("ACCUSE", SHOUKRY, KATZ, D1_7, mode="disapprove"),
        event("ACCUSE", SHOUKRY, ISR, D1_8, mode="allege"),
        event("AGREE", SHOUKRY, actor("Qatar", "QAT", "GOV"), D1_9),
        event("AGREE", SHOUKRY, actor("United States", "USA", "GOV"), D1_9),
    ],
    "quotes": [
        quote("zunehmenden Schwere und dem Ausmaß der israelischen Angriffe auf palästinensische Zivilisten",
              "Ministry of Foreign Affairs of Egypt", "direct"),
        quote("die Bevölkerung gezielt zur Flucht in Richtung der ägyptischen Grenze zu drängen",
              "Ministry of Foreign Affairs of Egypt", "indirect"),
        quote("Ägypten muss den Übergang öffnen, damit die Hilfe weiterfließen kann", "Israel Katz", "direct"),
        quote("Die israelische Kontrolle über die palästinensische Seite des Übergangs sei der Grund für die Blockade",
              "Sameh Shoukry", "indirect"),
        quote("Ägypten werde aber weiter mit Katar und den USA an einer Waffenruhe arbeiten", "Sameh Shoukry",
              "indirect"),
    ],
    "entities": [
        entity("Egypt", "GPE", "EGY", ["Ägypten", "Kairo"]),
        entity("South Africa", "GPE", "ZAF", ["Südafrikas"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("International Court of Justice", "ORG", "UNO", ["dem Internationalen Gerichtshof (IGH)"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["Das Außenministerium in Kairo", "Es"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas"]),
        entity("Rafah", "LOC", "PSE", ["Rafah"]),
        entity("Rafah border crossing", "LOC", "PSE", ["den Grenzübergang Rafah", "den Übergang", "des Übergangs"]),
        entity("Israel Katz", "PER", "ISR", ["Der israelische Außenminister Israel Katz", "er"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Sameh Shoukry", "PER", "EGY", ["Sein ägyptischer Kollege Samih Schukri", "Schukri", "er"]),
        entity("Qatar", "GPE", "QAT", ["Katar"]),
        entity("United States", "GPE", "USA", ["den USA"]),
    ],
}

# ---------------------------------------------------------------- hm92-de-02 (Pakistan, Mahrang Baloch)

PAK_POLICE = actor("Pakistani police", "PAK", "COP")
MAHRANG = actor("Mahrang Baloch", "PAK", "CVL")
BYC = actor("Baloch Yakjehti Committee (BYC)", "PAK", "CVL")
BAL_GOV = actor("Government of Balochistan", "PAK", "GOV")

D2_1 = ("Die pakistanische Polizei hat am Samstag die bekannte Menschenrechtsaktivistin Mahrang Baloch in Quetta "
        "festgenommen.")
D2_2 = ("Zuvor hatten Sicherheitskräfte ein Protestlager ihres Baloch Yakjehti Committee (BYC) vor der Universität "
        "mit Tränengas und Wasserwerfern geräumt.")
D2_3 = "Nach Angaben des BYC wurden dabei drei Demonstranten von Polizeikugeln getötet."
D2_4 = ("Die Provinzregierung von Belutschistan warf den Aktivisten vor, Straßen blockiert und Sicherheitskräfte mit "
        "Steinen angegriffen zu haben.")
D2_5 = "Regierungssprecher Shahid Rind sprach von einer »gezielten Eskalation«."
D2_6 = "Die Behörden sperrten das mobile Internet in Quetta, kündigten aber an, die Sperre am Montag wieder aufzuheben."
D2_7 = "Anhänger des BYC legten mit Straßenblockaden den Verkehr in mehreren Städten der Provinz lahm."
D2_8 = ("Amnesty International forderte die pakistanischen Behörden auf, die 32-Jährige und alle festgenommenen "
        "Demonstranten sofort freizulassen.")
D2_9 = "Am Abend kamen nach Polizeiangaben 40 der Festgenommenen wieder frei."

DE02 = {
    "id": "hm92-de-02",
    "lang": "de",
    "url": None,
    "published": "2025-03-22",
    "title": "Pakistan: Baloch-Aktivistin Mahrang Baloch festgenommen",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6], [D2_7, D2_8, D2_9]),
    "events": [
        event("COERCE", PAK_POLICE, MAHRANG, D2_1, mode="arrest", date="2025-03-22", location="Quetta",
              location_country="PAK"),
        event("ASSAULT", actor("Pakistani security forces", "PAK", "COP"), BYC, D2_2, mode="crowd-control"),
        event("ACCUSE", BYC, PAK_POLICE, D2_3, mode="allege"),
        event("ACCUSE", BAL_GOV, BYC, D2_4, mode="allege"),
        event("ACCUSE", actor("Shahid Rind", "PAK", "GOV"), BYC, D2_5, mode="disapprove"),
        event("COERCE", BAL_GOV, None, D2_6, mode="withhold", location="Quetta", location_country="PAK"),
        event("CONCEDE", BAL_GOV, None, D2_6),
        event("PROTEST", actor("supporters of the BYC", "PAK", "CVL"), BAL_GOV, D2_7, mode="obstruct"),
        event("REQUEST", actor("Amnesty International", "NGO", "NGO"), actor("Government of Pakistan", "PAK", "GOV"),
              D2_8, mode="yield"),
        event("RETREAT", PAK_POLICE, actor("BYC protesters", "PAK", "CVL"), D2_9, mode="release",
              date="2025-03-22"),
    ],
    "quotes": [
        quote("wurden dabei drei Demonstranten von Polizeikugeln getötet", "Baloch Yakjehti Committee (BYC)",
              "indirect"),
        quote("Straßen blockiert und Sicherheitskräfte mit Steinen angegriffen zu haben", "Government of Balochistan",
              "indirect"),
        quote("gezielten Eskalation", "Shahid Rind", "direct"),
        quote("Am Abend kamen nach Polizeiangaben 40 der Festgenommenen wieder frei", "Pakistani police", "indirect"),
    ],
    "entities": [
        entity("Pakistani police", "ORG", "PAK", ["Die pakistanische Polizei"]),
        entity("Mahrang Baloch", "PER", "PAK", ["die bekannte Menschenrechtsaktivistin Mahrang Baloch",
                                                "die 32-Jährige"]),
        entity("Quetta", "LOC", "PAK", ["Quetta"]),
        entity("Pakistani security forces", "ORG", "PAK", ["Sicherheitskräfte"]),
        entity("Baloch Yakjehti Committee (BYC)", "ORG", "PAK", ["ihres Baloch Yakjehti Committee (BYC)",
                                                                 "des BYC", "den Aktivisten"]),
        entity("University of Balochistan", "ORG", "PAK", ["der Universität"]),
        entity("Government of Balochistan", "ORG", "PAK", ["Die Provinzregierung von Belutschistan",
                                                           "Die Behörden"]),
        entity("Balochistan", "LOC", "PAK", ["Belutschistan", "der Provinz"]),
        entity("Shahid Rind", "PER", "PAK", ["Regierungssprecher Shahid Rind"]),
        entity("supporters of the BYC", "ORG", "PAK", ["Anhänger des BYC"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Pakistan", "ORG", "PAK", ["die pakistanischen Behörden"]),
        entity("BYC protesters", "ORG", "PAK", ["drei Demonstranten", "alle festgenommenen Demonstranten",
                                                "40 der Festgenommenen"]),
    ],
}

# ---------------------------------------------------------------- hm92-de-03 (Western Sahara, Smara)

POLISARIO = actor("Polisario Front", "ESH", "REB")

D3_1 = "Bei Explosionen in der Stadt Smara in der Westsahara ist in der Nacht zum Sonntag ein Mensch getötet worden."
D3_2 = "Drei weitere wurden nach Angaben der Behörden verletzt, als Geschosse in Wohnvierteln einschlugen."
D3_3 = ("Die Staatsanwaltschaft in Laayoune leitete Ermittlungen ein, um „die Umstände und die Verantwortlichen“ zu "
        "klären.")
D3_4 = ("Abgeordnete aus der Region machten die Polisario-Front für den Angriff verantwortlich und forderten die "
        "Vereinten Nationen auf, die Gruppe als Terrororganisation einzustufen.")
D3_5 = ("Ein Polisario-Vertreter sagte dem Sender Al-Dschasira, die Kämpfer der Front hätten am Wochenende "
        "„militärische Ziele“ im Sektor Mahbes beschossen.")
D3_6 = "Eine Verantwortung für die Toten in Smara übernahm er nicht."
D3_7 = "Die UN-Mission Minurso schickte Experten nach Smara, um die Einschläge zu untersuchen."
D3_8 = ("UN-Generalsekretär António Guterres verurteilte den Angriff „auf das Schärfste“ und rief alle Beteiligten "
        "zur Zurückhaltung auf.")
D3_9 = "Rabat verstärkte am Montag die Truppen entlang des Sandwalls."
D3_10 = "Marokko betrachtet die ehemalige spanische Kolonie als Teil seines Staatsgebiets."

DE03 = {
    "id": "hm92-de-03",
    "lang": "de",
    "url": None,
    "published": "2023-10-30",
    "title": "Raketenangriff auf Smara: Marokko und UN ermitteln",
    "text": paragraphs([D3_1, D3_2, D3_3], [D3_4, D3_5, D3_6], [D3_7, D3_8, D3_9, D3_10]),
    "events": [
        event("ACCUSE", actor("Public Prosecutor's Office in Laayoune", "MAR", "JUD"), None, D3_3,
              mode="investigate"),
        event("ACCUSE", actor("Moroccan lawmakers", "MAR", "LEG"), POLISARIO, D3_4, mode="allege"),
        event("REQUEST", actor("Moroccan lawmakers", "MAR", "LEG"), actor("United Nations", "UNO", "IGO"), D3_4,
              mode="change"),
        event("ASSAULT", POLISARIO, actor("Royal Moroccan Armed Forces", "MAR", "MIL"),
              D3_5, location="Mahbes", location_country="ESH"),
        event("ACCUSE", actor("MINURSO", "UNO", "IGO"), None, D3_7, mode="investigate", location="Smara",
              location_country="ESH"),
        event("ACCUSE", actor("António Guterres", "UNO", "IGO"), None, D3_8, mode="disapprove"),
        event("REQUEST", actor("António Guterres", "UNO", "IGO"), None, D3_8),
        event("MOBILIZE", actor("Morocco", "MAR", "MIL"), None, D3_9, mode="troops", date="2023-10-30"),
    ],
    "quotes": [
        quote("Drei weitere wurden nach Angaben der Behörden verletzt, als Geschosse in Wohnvierteln einschlugen",
              "Moroccan authorities", "indirect"),
        quote("die Umstände und die Verantwortlichen", "Public Prosecutor's Office in Laayoune", "direct"),
        quote("die Kämpfer der Front hätten am Wochenende „militärische Ziele“ im Sektor Mahbes beschossen",
              "Polisario official", "indirect"),
        quote("militärische Ziele", "Polisario official", "direct"),
        quote("auf das Schärfste", "António Guterres", "direct"),
    ],
    "entities": [
        entity("Smara", "LOC", "ESH", ["der Stadt Smara", "Smara"]),
        entity("Western Sahara", "LOC", "ESH", ["der Westsahara", "die ehemalige spanische Kolonie"]),
        entity("Moroccan authorities", "ORG", "MAR", ["der Behörden"]),
        entity("Public Prosecutor's Office in Laayoune", "ORG", "MAR", ["Die Staatsanwaltschaft in Laayoune"]),
        entity("Moroccan lawmakers", "PER", "MAR", ["Abgeordnete aus der Region"]),
        entity("Polisario Front", "ORG", "ESH", ["die Polisario-Front", "die Gruppe", "der Front"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Polisario official", "PER", "ESH", ["Ein Polisario-Vertreter", "er"]),
        entity("Al Jazeera", "ORG", "QAT", ["dem Sender Al-Dschasira"]),
        entity("Mahbes", "LOC", "ESH", ["im Sektor Mahbes"]),
        entity("MINURSO", "ORG", "UNO", ["Die UN-Mission Minurso"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Morocco", "GPE", "MAR", ["Rabat", "Marokko"]),
        entity("Moroccan Wall", "LOC", "ESH", ["des Sandwalls"]),
    ],
}

# ---------------------------------------------------------------- hm92-de-04 (DR Congo and Kenya)

COD = actor("Democratic Republic of the Congo", "COD", "GOV")
KEN = actor("Kenya", "KEN", "GOV")
NANGAA = actor("Corneille Nangaa", "COD", "REB")
M23 = actor("M23", "COD", "REB")
NDAYISHIMIYE = actor("Évariste Ndayishimiye", "BDI", "GOV")

D4_1 = "Die Demokratische Republik Kongo hat am Samstag ihren Botschafter in Kenia zu Konsultationen zurückgerufen."
D4_2 = "Zugleich bestellte das Außenministerium in Kinshasa den kenianischen Botschafter ein."
D4_3 = ("Der frühere Wahlkommissionschef Corneille Nangaa hatte am Freitag in Nairobi ein politisch-militärisches "
        "Bündnis mit der Rebellengruppe M23 verkündet.")
D4_3B = "Nangaa hatte die umstrittene Präsidentenwahl 2018 organisiert und lebt seit Jahren im Exil."
D4_3C = "Die M23 kontrolliert seit 2022 weite Teile der Provinz Nord-Kivu."
D4_4 = "Kinshasa verlangte von Nairobi, Nangaa und die anwesenden Rebellenführer festzunehmen."
D4_5 = "Die kenianische Regierung lehnte dies ab."
D4_6 = "„Kenia ist eine Demokratie, wir verhaften niemanden für seine Äußerungen“, sagte Außenminister Musalia Mudavadi."
D4_7 = "Kongos Regierungssprecher Patrick Muyaya warf Kenia daraufhin „Komplizenschaft“ mit den Rebellen vor."
D4_8 = "Nangaa erklärte, das Bündnis wolle „die Einheit des Landes retten“."
D4_9 = ("Der amtierende Vorsitzende der Ostafrikanischen Gemeinschaft, Burundis Präsident Évariste Ndayishimiye, bot "
        "an, zwischen beiden Ländern zu vermitteln.")

DE04 = {
    "id": "hm92-de-04",
    "lang": "de",
    "url": None,
    "published": "2023-12-16",
    "title": "Kongo ruft Botschafter aus Kenia zurück",
    "text": paragraphs([D4_1, D4_2, D4_3, D4_3B, D4_3C], [D4_4, D4_5, D4_6], [D4_7, D4_8, D4_9]),
    "events": [
        event("SANCTION", COD, KEN, D4_1, mode="withdraw", date="2023-12-16"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of the Democratic Republic of the Congo", "COD", "GOV"), KEN,
              D4_2, mode="disapprove", location="Kinshasa", location_country="COD"),
        event("COOPERATE", NANGAA, M23, D4_3, date="2023-12-15", location="Nairobi", location_country="KEN"),
        event("REQUEST", COD, KEN, D4_4),
        event("REJECT", KEN, COD, D4_5),
        event("REJECT", actor("Musalia Mudavadi", "KEN", "GOV"), COD, D4_6),
        event("ACCUSE", actor("Patrick Muyaya", "COD", "GOV"), KEN, D4_7, mode="allege"),
        event("AGREE", NDAYISHIMIYE, COD, D4_9),
        event("AGREE", NDAYISHIMIYE, KEN, D4_9),
    ],
    "quotes": [
        quote("Kenia ist eine Demokratie, wir verhaften niemanden für seine Äußerungen", "Musalia Mudavadi", "direct"),
        quote("Komplizenschaft", "Patrick Muyaya", "direct"),
        quote("die Einheit des Landes retten", "Corneille Nangaa", "direct"),
        quote("das Bündnis wolle „die Einheit des Landes retten“", "Corneille Nangaa", "indirect"),
    ],
    "entities": [
        entity("Democratic Republic of the Congo", "GPE", "COD", ["Die Demokratische Republik Kongo", "Kinshasa",
                                                                  "Kongos", "des Landes"]),
        entity("Kenya", "GPE", "KEN", ["Kenia", "Nairobi", "Die kenianische Regierung"]),
        entity("Ministry of Foreign Affairs of the Democratic Republic of the Congo", "ORG", "COD",
               ["das Außenministerium in Kinshasa"]),
        entity("Ambassador of Kenya to the DR Congo", "PER", "KEN", ["den kenianischen Botschafter"]),
        entity("Ambassador of the DR Congo to Kenya", "PER", "COD", ["ihren Botschafter in Kenia"]),
        entity("Corneille Nangaa", "PER", "COD", ["Der frühere Wahlkommissionschef Corneille Nangaa", "Nangaa"]),
        entity("Congo River Alliance (AFC)", "ORG", "COD", ["ein politisch-militärisches Bündnis", "das Bündnis"]),
        entity("M23", "ORG", "COD", ["der Rebellengruppe M23", "Die M23", "den Rebellen"]),
        entity("North Kivu", "LOC", "COD", ["der Provinz Nord-Kivu"]),
        entity("Musalia Mudavadi", "PER", "KEN", ["Außenminister Musalia Mudavadi"]),
        entity("Patrick Muyaya", "PER", "COD", ["Kongos Regierungssprecher Patrick Muyaya"]),
        entity("East African Community", "ORG", "IGO", ["der Ostafrikanischen Gemeinschaft"]),
        entity("Évariste Ndayishimiye", "PER", "BDI", ["Burundis Präsident Évariste Ndayishimiye"]),
        entity("Burundi", "GPE", "BDI", ["Burundis"]),
    ],
}

# ---------------------------------------------------------------- hm92-en-01 (Iran deports Afghans)

IRN = actor("Iran", "IRN", "GOV")
AFGHANS = actor("Afghan migrants in Iran", "AFG", "CVL")

E1_1 = ("Iran has deported tens of thousands of Afghans since a government deadline for undocumented migrants to "
        "leave the country expired on Sunday, U.N. officials said.")
E1_2 = ("More than 30,000 people crossed back into Afghanistan at the Islam Qala border post on Monday alone, "
        "according to the International Organization for Migration.")
E1_3 = "Iranian police have detained thousands of Afghans in Tehran and other cities in recent weeks."
E1_4 = "Officials have accused some of them of spying for Israel during the 12-day war in June."
E1_5 = ("The Taliban's refugee ministry urged Tehran to halt the “forced and undignified” expulsions and give "
        "migrants time to sell their property.")
E1_6 = ("The U.N. refugee agency UNHCR and the World Food Programme are providing food, cash and medical care to "
        "returnees at the border.")
E1_7 = ("“The scale and speed of these returns is overwhelming,” said Arafat Jamal, UNHCR's representative in "
        "Afghanistan.")
E1_8 = "He called on Iran to stop deporting vulnerable people, including women and children."
E1_9 = ("Iran's interior ministry warned employers that hiring undocumented Afghans would be punished with heavy "
        "fines.")

EN01 = {
    "id": "hm92-en-01",
    "lang": "en",
    "url": None,
    "published": "2025-07-08",
    "title": "Iran steps up deportations of Afghans after deadline expires",
    "text": paragraphs([E1_1, E1_2], [E1_3, E1_4, E1_5], [E1_6, E1_7, E1_8, E1_9]),
    "events": [
        event("COERCE", IRN, AFGHANS, E1_1, mode="deport"),
        event("COERCE", actor("Iranian police", "IRN", "COP"), AFGHANS, E1_3, mode="arrest", location="Tehran",
              location_country="IRN"),
        event("ACCUSE", actor("Iranian officials", "IRN", "GOV"), AFGHANS, E1_4, mode="allege"),
        event("REQUEST", actor("Ministry of Refugees and Repatriation of Afghanistan", "AFG", "GOV"), IRN, E1_5,
              mode="change"),
        event("AID", actor("UNHCR", "UNO", "IGO"), actor("Afghan returnees", "AFG", "CVL"), E1_6),
        event("AID", actor("World Food Programme", "UNO", "IGO"), actor("Afghan returnees", "AFG", "CVL"), E1_6),
        event("REQUEST", actor("Arafat Jamal", "UNO", "IGO"), IRN, E1_8, mode="change"),
        event("THREATEN", actor("Ministry of Interior of Iran", "IRN", "GOV"), actor("Iranian employers", "IRN", "BUS"),
              E1_9),
    ],
    "quotes": [
        quote("Iran has deported tens of thousands of Afghans since a government deadline for undocumented migrants "
              "to leave the country expired on Sunday", "U.N. officials", "indirect"),
        quote("More than 30,000 people crossed back into Afghanistan at the Islam Qala border post on Monday alone",
              "International Organization for Migration", "indirect"),
        quote("forced and undignified", "Ministry of Refugees and Repatriation of Afghanistan", "direct"),
        quote("The scale and speed of these returns is overwhelming", "Arafat Jamal", "direct"),
        quote("that hiring undocumented Afghans would be punished with heavy fines", "Ministry of Interior of Iran",
              "indirect"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Iran", "Tehran"]),
        entity("Afghan migrants in Iran", "ORG", "AFG", ["tens of thousands of Afghans", "undocumented migrants",
                                                         "thousands of Afghans", "some of them", "migrants"]),
        entity("U.N. officials", "PER", "UNO", ["U.N. officials"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("Islam Qala", "LOC", "AFG", ["the Islam Qala border post"]),
        entity("International Organization for Migration", "ORG", "UNO", ["the International Organization for "
                                                                            "Migration"]),
        entity("Iranian police", "ORG", "IRN", ["Iranian police"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Ministry of Refugees and Repatriation of Afghanistan", "ORG", "AFG", ["The Taliban's refugee "
                                                                                       "ministry"]),
        entity("Taliban", "ORG", "AFG", ["The Taliban"]),
        entity("UNHCR", "ORG", "UNO", ["The U.N. refugee agency UNHCR", "UNHCR"]),
        entity("World Food Programme", "ORG", "UNO", ["the World Food Programme"]),
        entity("Afghan returnees", "ORG", "AFG", ["returnees"]),
        entity("Arafat Jamal", "PER", "UNO", ["Arafat Jamal", "He"]),
        entity("Ministry of Interior of Iran", "ORG", "IRN", ["Iran's interior ministry"]),
        entity("Iranian employers", "ORG", "IRN", ["employers"]),
    ],
}

# ---------------------------------------------------------------- hm92-en-02 (Houthis in Riyadh)

HOUTHIS = actor("Houthis", "YEM", "REB")
SAU = actor("Saudi Arabia", "SAU", "GOV")
ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")

E2_1 = ("A Houthi delegation wrapped up five days of talks with Saudi officials in Riyadh on Tuesday, the first "
        "public visit by the Yemeni rebels to the kingdom since the war began.")
E2_2 = "No agreement was announced at the end of the visit."
E2_3 = ("Saudi Arabia's foreign ministry welcomed the “positive results” of the discussions and said it hoped to "
        "reach a road map for peace in Yemen.")
E2_4 = ("Defence Minister Prince Khalid bin Salman met the delegation, led by chief negotiator Mohammed Abdulsalam, "
        "on Monday.")
E2_5 = ("The Houthis have demanded that Riyadh pay public sector salaries in areas under their control from oil "
        "revenues.")
E2_6 = "Abdulsalam invited Saudi negotiators to continue the talks in Sanaa."
E2_7 = "Days before the visit, the Saudi-led coalition freed 20 Houthi prisoners as a goodwill gesture."
E2_8 = ("Yemen's Presidential Leadership Council, which was not represented in Riyadh, asked the Saudis to include "
        "it in any deal.")
E2_9 = ("U.S. special envoy Tim Lenderking said Washington “strongly supports” the Saudi efforts to end the "
        "conflict.")

EN02 = {
    "id": "hm92-en-02",
    "lang": "en",
    "url": None,
    "published": "2023-09-20",
    "title": "Houthi delegation ends Riyadh talks without a deal",
    "text": paragraphs([E2_1, E2_2, E2_3], [E2_4, E2_5, E2_6], [E2_7, E2_8, E2_9]),
    "events": [
        event("CONSULT", HOUTHIS, SAU, E2_1, mode="visit", date="2023-09-19", location="Riyadh",
              location_country="SAU"),
        event("AGREE", HOUTHIS, SAU, E2_2, negated=True),
        event("CONSULT", ABDULSALAM, actor("Khalid bin Salman", "SAU", "GOV"), E2_4, mode="visit", date="2023-09-18"),
        event("REQUEST", HOUTHIS, SAU, E2_5, mode="assist"),
        event("AGREE", ABDULSALAM, SAU, E2_6),
        event("RETREAT", actor("Saudi-led coalition", "SAU", "MIL"), HOUTHIS, E2_7, mode="release"),
        event("REQUEST", actor("Presidential Leadership Council", "YEM", "GOV"), SAU, E2_8, mode="meet"),
        event("SUPPORT", actor("Tim Lenderking", "USA", "GOV"), SAU, E2_9),
    ],
    "quotes": [
        quote("positive results", "Ministry of Foreign Affairs of Saudi Arabia", "direct"),
        quote("it hoped to reach a road map for peace in Yemen", "Ministry of Foreign Affairs of Saudi Arabia",
              "indirect"),
        quote("that Riyadh pay public sector salaries in areas under their control from oil revenues", "Houthis",
              "indirect"),
        quote("strongly supports", "Tim Lenderking", "direct"),
        quote("Washington “strongly supports” the Saudi efforts to end the conflict", "Tim Lenderking", "indirect"),
    ],
    "entities": [
        entity("Houthis", "ORG", "YEM", ["A Houthi delegation", "the Yemeni rebels", "the delegation", "The Houthis"]),
        entity("Saudi Arabia", "GPE", "SAU", ["the kingdom", "Saudi Arabia", "Riyadh", "the Saudis"]),
        entity("Ministry of Foreign Affairs of Saudi Arabia", "ORG", "SAU", ["Saudi Arabia's foreign ministry"]),
        entity("Khalid bin Salman", "PER", "SAU", ["Defence Minister Prince Khalid bin Salman"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["chief negotiator Mohammed Abdulsalam", "Abdulsalam"]),
        entity("Yemen", "GPE", "YEM", ["Yemen"]),
        entity("Sanaa", "LOC", "YEM", ["Sanaa"]),
        entity("Saudi-led coalition", "ORG", "SAU", ["the Saudi-led coalition"]),
        entity("Houthi prisoners", "PER", "YEM", ["20 Houthi prisoners"]),
        entity("Presidential Leadership Council", "ORG", "YEM", ["Yemen's Presidential Leadership Council"]),
        entity("Tim Lenderking", "PER", "USA", ["U.S. special envoy Tim Lenderking"]),
        entity("United States", "GPE", "USA", ["Washington"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
