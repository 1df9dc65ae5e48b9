"""Round 286: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm286-de-01: Tunisia: police arrest Ennahda leader Rached Ghannouchi at his home in Tunis; the prosecution ordered it, party headquarters closed, two officials released, anti-terror questioning, no charge yet, protest at El Aouina, Chebbi accuses Saied, Washington objects (2023-04-18).
- hm286-de-02: Libya: Dbeibah suspends Foreign Minister Najla Mangoush after Eli Cohen discloses their meeting in Rome; inquiry, protests in Tripoli, the eastern parliament condemns and demands the government's resignation, the Presidential Council asks for clarification, Dbeibah at the Palestinian embassy, Lapid attacks Cohen (2023-08-28).
- hm286-de-03: Nigeria: Kano's Governor Abba Kabir Yusuf orders the arrest of the deposed emir Aminu Ado Bayero after his return; emirates dissolved, Sanusi II reinstated, federal court order rejected, police deployed, Bayero supporters protest, Gwarzo accuses Ribadu, Ganduje objects (2024-05-25).
- hm286-de-04: Tanzania: Chadema official Ali Mohamed Kibao abducted from a bus and killed; Samia Suluhu Hassan condemns and orders a report, Mbowe blames the security forces, Chadema demands an independent inquiry, Lissu threatens protests, police investigate, the US embassy's demand (2024-09-08).
- hm286-en-01: United States/Sudan: Treasury sanctions army chief Abdel Fattah al-Burhan and two arms suppliers; Smith's accusation, Port Sudan's foreign ministry objects, Burhan shrugs it off, Wad Madani retaken, rights groups accuse soldiers, WFP food reaches the city, the RSF welcomes the move (2025-01-16).
- hm286-en-02: Qatar/Congo/Rwanda: Tshisekedi and Kagame meet in Doha under Sheikh Tamim's auspices and back a ceasefire; Salama demands a Rwandan withdrawal, the M23 pulls out of the Luanda talks over EU sanctions, Kinshasa and Luanda react, fighting near Walikale, Washington welcomes the meeting (2025-03-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm286-de-01 (Tunisia, Ghannouchi arrested)
TUN_POLICE = actor("Tunisian police", "TUN", "COP")
GHANNOUCHI = actor("Rached Ghannouchi", "TUN", "OPP")
TUN_PROSECUTION = actor("Tunisian public prosecutor", "TUN", "JUD")
ENNAHDA = actor("Ennahda", "TUN", "OPP")
TUN_AUTH = actor("Tunisian authorities", "TUN", "GOV")
ENNAHDA_OFFICIALS = actor("senior Ennahda officials", "TUN", "OPP")
TUN_ANTITERROR = actor("anti-terrorism unit of the Tunisian National Guard", "TUN", "COP")
GHANNOUCHI_SUPPORTERS = actor("supporters of Rached Ghannouchi", "TUN", "CVL")
CHEBBI = actor("Ahmed Nejib Chebbi", "TUN", "OPP")
SAIED = actor("Kais Saied", "TUN", "GOV")
US_STATE_DEPT = actor("U.S. Department of State", "USA", "GOV")

T1 = ("Tunis (dpa) - Die tunesische Polizei hat den Chef der islamistisch geprägten Ennahda-Partei, Rached "
      "Ghannouchi, festgenommen.")
T2 = ("Beamte durchsuchten am Montagabend kurz vor dem Fastenbrechen die Wohnung des 81-Jährigen in Tunis und "
      "brachten ihn an einen zunächst unbekannten Ort.")
T3 = "Die Festnahme sei von der Staatsanwaltschaft angeordnet worden, teilte das Innenministerium mit."
T4 = ("Hintergrund sind nach Medienberichten Äußerungen, in denen Ghannouchi am Wochenende bei einer Veranstaltung "
      "der Opposition gesagt hatte, ein Tunesien ohne die Linke oder ohne den politischen Islam sei ein „Projekt für "
      "einen Bürgerkrieg“.")
T5 = ("Ennahda verurteilte die Festnahme als „gefährliche Entwicklung“ und verlangte die sofortige Freilassung "
      "ihres Chefs.")
T6 = "Am Dienstag schloss die Polizei auch die Parteizentrale im Stadtteil Montplaisir."
T7 = "Zwei weitere am Montag festgenommene Ennahda-Funktionäre kamen am Dienstag wieder frei."
T8 = ("Nach Angaben seiner Verteidiger wurde Ghannouchi in der Nacht in einer Kaserne der Nationalgarde in El Aouina "
      "von einer Anti-Terror-Einheit verhört.")
T9 = "Eine Anklage wurde bis Dienstagabend nicht erhoben."
T10 = ("Vor der Kaserne versammelten sich am Dienstag Dutzende Anhänger des Politikers und forderten seine "
       "Freilassung.")
T11 = ("Der Vorsitzende der oppositionellen Nationalen Heilsfront, Ahmed Néjib Chebbi, warf Präsident Kais Saied "
       "vor, die letzten Reste der Opposition ausschalten zu wollen.")
T12 = "„Das ist keine Justiz, das ist eine Abrechnung“, sagte der 78-Jährige."
T13 = "Ghannouchi stand bis 2021 an der Spitze des inzwischen aufgelösten Parlaments."
T14 = ("Seit Februar sitzen mehr als 20 Kritiker Saieds in Untersuchungshaft, unter ihnen Politiker, Anwälte und "
       "der Chef eines privaten Radiosenders.")
T15 = ("Der Präsident hatte sie als „Terroristen“ bezeichnet, die sich gegen die Sicherheit des Staates verschworen "
       "hätten.")
T16 = "Ein Sprecher des US-Außenministeriums nannte die Festnahme Ghannouchis „zutiefst beunruhigend“."
T17 = "Saied äußerte sich zunächst nicht zu dem Fall."

DE01 = {
    "id": "hm286-de-01", "lang": "de", "url": None, "published": "2023-04-18",
    "title": "Tunesische Polizei nimmt Ennahda-Chef Ghannouchi fest",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7], [T8, T9, T10], [T11, T12, T13, T14, T15], [T16, T17]),
    "events": [
        event("COERCE", TUN_POLICE, GHANNOUCHI, T1, mode="arrest"),
        event("COERCE", TUN_POLICE, GHANNOUCHI, T2, mode="arrest", date="2023-04-17", location="Tunis",
              location_country="TUN"),
        event("COERCE", TUN_PROSECUTION, GHANNOUCHI, T3, mode="arrest"),
        event("ACCUSE", ENNAHDA, TUN_AUTH, T5, mode="disapprove"),
        event("REQUEST", ENNAHDA, TUN_AUTH, T5, mode="yield"),
        event("COERCE", TUN_POLICE, ENNAHDA, T6, mode="restrict", date="2023-04-18", location="Montplaisir",
              location_country="TUN"),
        event("COERCE", TUN_POLICE, ENNAHDA_OFFICIALS, T7, mode="arrest", date="2023-04-17"),
        event("RETREAT", TUN_POLICE, ENNAHDA_OFFICIALS, T7, mode="release", date="2023-04-18"),
        event("ACCUSE", TUN_ANTITERROR, GHANNOUCHI, T8, mode="investigate", location="El Aouina",
              location_country="TUN"),
        event("ACCUSE", TUN_PROSECUTION, GHANNOUCHI, T9, mode="allege", negated=True),
        event("PROTEST", GHANNOUCHI_SUPPORTERS, TUN_AUTH, T10, mode="demo", date="2023-04-18", location="El Aouina",
              location_country="TUN"),
        event("ACCUSE", CHEBBI, SAIED, T11, mode="allege"),
        event("ACCUSE", CHEBBI, SAIED, T12, mode="disapprove"),
        event("ACCUSE", US_STATE_DEPT, TUN_AUTH, T16, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Festnahme sei von der Staatsanwaltschaft angeordnet worden", "Ministry of the Interior of Tunisia",
              "indirect"),
        quote("Projekt für einen Bürgerkrieg", "Rached Ghannouchi", "direct"),
        quote("ein Tunesien ohne die Linke oder ohne den politischen Islam sei ein „Projekt für einen Bürgerkrieg“",
              "Rached Ghannouchi", "indirect"),
        quote("gefährliche Entwicklung", "Ennahda", "direct"),
        quote("wurde Ghannouchi in der Nacht in einer Kaserne der Nationalgarde in El Aouina von einer Anti-Terror-Einheit "
              "verhört", "lawyers of Rached Ghannouchi", "indirect"),
        quote("die letzten Reste der Opposition ausschalten zu wollen", "Ahmed Nejib Chebbi", "indirect"),
        quote("Das ist keine Justiz, das ist eine Abrechnung", "Ahmed Nejib Chebbi", "direct"),
        quote("Terroristen", "Kais Saied", "direct"),
        quote("sie als „Terroristen“ bezeichnet, die sich gegen die Sicherheit des Staates verschworen hätten",
              "Kais Saied", "indirect"),
        quote("zutiefst beunruhigend", "U.S. Department of State", "direct"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunisian police", "ORG", "TUN", ["Die tunesische Polizei", "Beamte", "die Polizei"]),
        entity("Ennahda", "ORG", "TUN", ["Ennahda-Partei", "Ennahda"]),
        entity("Rached Ghannouchi", "PER", "TUN", ["Rached Ghannouchi", "des 81-Jährigen", "Ghannouchi", "ihres Chefs",
                                                   "des Politikers", "Ghannouchis"]),
        entity("Tunisian public prosecutor", "ORG", "TUN", ["der Staatsanwaltschaft"]),
        entity("Ministry of the Interior of Tunisia", "ORG", "TUN", ["das Innenministerium"]),
        entity("Tunisian opposition", "ORG", "TUN", ["der Opposition"]),
        entity("Tunisia", "LOC", "TUN", ["ein Tunesien"]),
        entity("Ennahda headquarters", "LOC", "TUN", ["die Parteizentrale"]),
        entity("Montplaisir", "LOC", "TUN", ["Stadtteil Montplaisir"]),
        entity("senior Ennahda officials", "PER", "TUN", ["Zwei weitere am Montag festgenommene Ennahda-Funktionäre"]),
        entity("lawyers of Rached Ghannouchi", "PER", "TUN", ["seiner Verteidiger"]),
        entity("National Guard barracks in El Aouina", "LOC", "TUN", ["einer Kaserne der Nationalgarde in El Aouina",
                                                                      "der Kaserne"]),
        entity("Tunisian National Guard", "ORG", "TUN", ["der Nationalgarde"]),
        entity("El Aouina", "LOC", "TUN", ["El Aouina"]),
        entity("anti-terrorism unit of the Tunisian National Guard", "ORG", "TUN", ["einer Anti-Terror-Einheit"]),
        entity("supporters of Rached Ghannouchi", "PER", "TUN", ["Dutzende Anhänger des Politikers"]),
        entity("National Salvation Front", "ORG", "TUN", ["der oppositionellen Nationalen Heilsfront"]),
        entity("Ahmed Nejib Chebbi", "PER", "TUN", ["Der Vorsitzende der oppositionellen Nationalen Heilsfront, Ahmed "
                                                    "Néjib Chebbi", "der 78-Jährige"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied", "Saieds", "Der Präsident", "Saied"]),
        entity("Assembly of the Representatives of the People", "ORG", "TUN", ["des inzwischen aufgelösten Parlaments"]),
        entity("detained critics of Kais Saied", "PER", "TUN", ["mehr als 20 Kritiker Saieds"]),
        entity("head of a private Tunisian radio station", "PER", "TUN", ["der Chef eines privaten Radiosenders"]),
        entity("U.S. Department of State", "ORG", "USA", ["US-Außenministeriums"]),
        entity("spokesperson of the U.S. Department of State", "PER", "USA", ["Ein Sprecher des US-Außenministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm286-de-02 (Libya, Mangoush suspended)
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
MANGOUSH = actor("Najla Mangoush", "LBY", "GOV")
COHEN = actor("Eli Cohen", "ISR", "GOV")
LBY_PROTESTERS = actor("protesters in Libya", "LBY", "CVL")
GNU = actor("Government of National Unity", "LBY", "GOV")
HOR = actor("House of Representatives of Libya", "LBY", "LEG")
PRES_COUNCIL = actor("Presidential Council of Libya", "LBY", "GOV")
PAL_EMBASSY_TRIPOLI = actor("Embassy of Palestine in Tripoli", "PSE", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
LAPID = actor("Yair Lapid", "ISR", "OPP")

L1 = ("Tripolis (AFP) - Nach Bekanntwerden eines Treffens mit dem israelischen Außenminister Eli Cohen hat Libyens "
      "Regierungschef Abdul Hamid Dbeibah Außenministerin Nadschla al-Mankusch vom Dienst suspendiert.")
L2 = ("Der Regierungschef verwies den Fall zudem an eine Untersuchungskommission unter Leitung von Justizministerin "
      "Halima Ibrahim Abdel Rahman.")
L3 = ("Cohen hatte am Sonntag mitgeteilt, er habe Mankusch in der vergangenen Woche in Rom auf Einladung seines "
      "italienischen Kollegen Antonio Tajani getroffen.")
L4 = "Er sprach von einem „historischen ersten Schritt“ hin zu Beziehungen zwischen Israel und Libyen."
L5 = ("Das libysche Außenministerium erklärte dagegen, es habe sich um eine zufällige und nicht vorbereitete "
      "Begegnung gehandelt.")
L6 = ("Die Ministerin habe dabei keinerlei Zusagen gemacht und lehne eine Normalisierung der Beziehungen zu Israel "
      "weiterhin ab.")
L7 = ("Nach Bekanntwerden des Treffens gingen am Sonntagabend in Tripolis und mehreren anderen Städten Hunderte "
      "Menschen auf die Straße.")
L8 = "Demonstranten blockierten Straßen mit brennenden Reifen, einige versuchten, zum Außenministerium vorzudringen."
L9 = ("Das im Osten des Landes ansässige Parlament verurteilte das Treffen als „Verbrechen“ und forderte den "
      "Rücktritt der Regierung Dbeibah.")
L10 = "Der Präsidialrat bat den Regierungschef in einem Schreiben um Aufklärung."
L11 = ("Mankusch soll Libyen inzwischen verlassen haben; libysche Medien berichteten, sie sei mit einer "
       "Regierungsmaschine nach Istanbul geflogen.")
L12 = "Am Montag besuchte Dbeibah die palästinensische Botschaft in Tripolis."
L13 = "„Wir lehnen jede Form der Normalisierung ab“, sagte der Regierungschef dort."
L14 = "Kontakte zu Israel sind in Libyen nach einem Gesetz aus dem Jahr 1957 verboten."
L15 = "Israels Oppositionsführer Jair Lapid nannte Cohens Vorgehen „amateurhaft“ und „verantwortungslos“."
L16 = ("Libyen ist seit dem Sturz von Machthaber Muammar al-Gaddafi 2011 gespalten; im Osten regiert eine "
       "Gegenregierung, die von General Chalifa Haftar unterstützt wird.")

DE02 = {
    "id": "hm286-de-02", "lang": "de", "url": None, "published": "2023-08-28",
    "title": "Libyens Außenministerin nach Treffen mit Israels Außenminister suspendiert",
    "text": paragraphs([L1, L2], [L3, L4, L5, L6], [L7, L8, L9, L10, L11], [L12, L13, L14], [L15, L16]),
    "events": [
        event("SANCTION", DBEIBAH, MANGOUSH, L1, mode="expel"),
        event("CONSULT", COHEN, MANGOUSH, L1),
        event("ACCUSE", DBEIBAH, MANGOUSH, L2, mode="investigate"),
        event("CONSULT", COHEN, MANGOUSH, L3, mode="third-party", location="Rome", location_country="ITA"),
        event("AGREE", MANGOUSH, COHEN, L6, negated=True),
        event("PROTEST", LBY_PROTESTERS, GNU, L7, mode="demo", date="2023-08-27", location="Tripoli",
              location_country="LBY"),
        event("PROTEST", LBY_PROTESTERS, GNU, L8, mode="obstruct", location="Tripoli", location_country="LBY"),
        event("ACCUSE", HOR, MANGOUSH, L9, mode="disapprove"),
        event("REQUEST", HOR, GNU, L9, mode="change"),
        event("REQUEST", PRES_COUNCIL, DBEIBAH, L10),
        event("CONSULT", DBEIBAH, PAL_EMBASSY_TRIPOLI, L12, mode="visit", date="2023-08-28", location="Tripoli",
              location_country="LBY"),
        event("REJECT", DBEIBAH, ISRAEL, L13),
        event("ACCUSE", LAPID, COHEN, L15, mode="disapprove"),
    ],
    "quotes": [
        quote("er habe Mankusch in der vergangenen Woche in Rom auf Einladung seines italienischen Kollegen Antonio "
              "Tajani getroffen", "Eli Cohen", "indirect"),
        quote("historischen ersten Schritt", "Eli Cohen", "direct"),
        quote("es habe sich um eine zufällige und nicht vorbereitete Begegnung gehandelt",
              "Ministry of Foreign Affairs of Libya", "indirect"),
        quote("Die Ministerin habe dabei keinerlei Zusagen gemacht und lehne eine Normalisierung der Beziehungen zu "
              "Israel weiterhin ab", "Ministry of Foreign Affairs of Libya", "indirect"),
        quote("Verbrechen", "House of Representatives of Libya", "direct"),
        quote("sie sei mit einer Regierungsmaschine nach Istanbul geflogen", "Libyan media", "indirect"),
        quote("Wir lehnen jede Form der Normalisierung ab", "Abdul Hamid Dbeibah", "direct"),
        quote("amateurhaft", "Yair Lapid", "direct"),
        quote("verantwortungslos", "Yair Lapid", "direct"),
    ],
    "entities": [
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Eli Cohen", "PER", "ISR", ["dem israelischen Außenminister Eli Cohen", "Cohen", "Er", "Cohens"]),
        entity("Libya", "LOC", "LBY", ["Libyens", "Libyen", "des Landes"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Regierungschef Abdul Hamid Dbeibah", "Der Regierungschef",
                                                     "den Regierungschef", "Dbeibah", "der Regierungschef"]),
        entity("Najla Mangoush", "PER", "LBY", ["Außenministerin Nadschla al-Mankusch", "Mankusch", "Die Ministerin"]),
        entity("investigation committee on the Rome meeting", "ORG", "LBY", ["eine Untersuchungskommission"]),
        entity("Halima Ibrahim Abdel Rahman", "PER", "LBY", ["Justizministerin Halima Ibrahim Abdel Rahman"]),
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Antonio Tajani", "PER", "ITA", ["seines italienischen Kollegen Antonio Tajani"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Ministry of Foreign Affairs of Libya", "ORG", "LBY", ["Das libysche Außenministerium",
                                                                      "zum Außenministerium"]),
        entity("protesters in Libya", "PER", "LBY", ["Hunderte Menschen", "Demonstranten"]),
        entity("House of Representatives of Libya", "ORG", "LBY", ["Das im Osten des Landes ansässige Parlament"]),
        entity("Government of National Unity", "ORG", "LBY", ["der Regierung Dbeibah"]),
        entity("Presidential Council of Libya", "ORG", "LBY", ["Der Präsidialrat"]),
        entity("Libyan media", "ORG", "LBY", ["libysche Medien"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Embassy of Palestine in Tripoli", "LOC", "PSE", ["die palästinensische Botschaft in Tripolis"]),
        entity("Yair Lapid", "PER", "ISR", ["Israels Oppositionsführer Jair Lapid"]),
        entity("Muammar al-Gaddafi", "PER", "LBY", ["Machthaber Muammar al-Gaddafi"]),
        entity("eastern Libyan government", "ORG", "LBY", ["eine Gegenregierung"]),
        entity("Khalifa Haftar", "PER", "LBY", ["General Chalifa Haftar"]),
    ],
}

# ---------------------------------------------------------------- hm286-de-03 (Nigeria, Kano emirate dispute)
YUSUF = actor("Abba Kabir Yusuf", "NGA", "GOV")
BAYERO = actor("Aminu Ado Bayero", "NGA", "CVL")
GANDUJE = actor("Abdullahi Umar Ganduje", "NGA", "PTY")
SANUSI = actor("Muhammadu Sanusi II", "NGA", "CVL")
NGA_FED_COURT_KANO = actor("Federal High Court in Kano", "NGA", "JUD")
KANO_GOV = actor("Kano State Government", "NGA", "GOV")
GUMEL = actor("Usaini Gumel", "NGA", "COP")
KANO_POLICE = actor("Kano State Police Command", "NGA", "COP")
BAYERO_SUPPORTERS = actor("supporters of Aminu Ado Bayero", "NGA", "CVL")
GWARZO = actor("Aminu Abdussalam Gwarzo", "NGA", "GOV")
RIBADU = actor("Nuhu Ribadu", "NGA", "GOV")

N1 = ("Kano (dpa) - Im Streit um den Thron des Emirs von Kano hat Gouverneur Abba Kabir Yusuf die Festnahme des "
      "abgesetzten Emirs Aminu Ado Bayero angeordnet.")
N2 = ("Bayero war in der Nacht zum Samstag überraschend in die nordnigerianische Millionenstadt zurückgekehrt und "
      "hatte sich in einem kleineren Palast im Stadtteil Nassarawa einquartiert.")
N3 = ("Er gefährde mit seiner Rückkehr den Frieden in Kano und wolle Unruhen anzetteln, sagte Yusuf in einer "
      "Fernsehansprache.")
N4 = ("Erst am Donnerstag hatte der 61-Jährige ein Gesetz unterzeichnet, mit dem die fünf 2019 geschaffenen "
      "Emirate des Bundesstaats aufgelöst und ihre Emire, darunter Bayero, abgesetzt wurden.")
N5 = ("Am Freitag setzte Yusuf den früheren Emir Muhammadu Sanusi II. wieder ein, der 2020 vom damaligen "
      "Gouverneur Abdullahi Ganduje abgesetzt worden war.")
N6 = "Sanusi leitete anschließend im Gidan-Rumfa-Palast das Freitagsgebet."
N7 = ("Ein Bundesgericht in Kano hatte dagegen am Donnerstag angeordnet, die Umsetzung des neuen Gesetzes bis auf "
      "Weiteres auszusetzen.")
N8 = ("Die Landesregierung erklärte, die Anordnung sei nicht bindend, da das Gericht für Fragen der Emirate nicht "
      "zuständig sei.")
N9 = "Polizeikommissar Usaini Gumel ließ am Samstag Hunderte Beamte vor beiden Palästen aufziehen."
N10 = "Die Polizei werde sich an die Entscheidung des Gerichts halten, sagte er."
N11 = "Festgenommen wurde Bayero bis zum Samstagabend nicht."
N12 = ("Vor dem Palast in Nassarawa versammelten sich Hunderte Anhänger des abgesetzten Emirs und protestierten "
       "gegen seine Absetzung.")
N13 = ("Vizegouverneur Aminu Abdussalam Gwarzo warf dem Nationalen Sicherheitsberater Nuhu Ribadu vor, Bayeros "
       "Rückkehr mit einem Privatjet ermöglicht zu haben.")
N14 = "Ribadus Büro wies den Vorwurf als „haltlos“ zurück."
N15 = ("Der Streit ist auch ein Machtkampf zwischen Yusufs Partei NNPP und der Regierungspartei APC von Präsident "
       "Bola Tinubu, deren Vorsitzender Ganduje inzwischen ist.")
N16 = ("Ganduje warf dem Gouverneur vor, die Emirate aus politischer Rache aufgelöst zu haben, und forderte ihn auf, "
       "die Anordnung des Gerichts zu respektieren.")
N17 = "Der Emir von Kano gilt nach dem Sultan von Sokoto als zweithöchste islamische Autorität in Nigeria."

DE03 = {
    "id": "hm286-de-03", "lang": "de", "url": None, "published": "2024-05-25",
    "title": "Streit um Emir-Thron in Kano: Gouverneur ordnet Festnahme Bayeros an",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10, N11, N12], [N13, N14], [N15, N16, N17]),
    "events": [
        event("THREATEN", YUSUF, BAYERO, N1, mode="arrest"),
        event("ACCUSE", YUSUF, BAYERO, N3, mode="allege"),
        event("SANCTION", YUSUF, BAYERO, N4, mode="expel", date="2024-05-23"),
        event("SANCTION", GANDUJE, SANUSI, N5, mode="expel"),
        event("REQUEST", NGA_FED_COURT_KANO, KANO_GOV, N7, date="2024-05-23", location="Kano",
              location_country="NGA"),
        event("REJECT", KANO_GOV, NGA_FED_COURT_KANO, N8),
        event("MOBILIZE", GUMEL, None, N9, mode="police", date="2024-05-25", location="Kano",
              location_country="NGA"),
        event("COERCE", KANO_POLICE, BAYERO, N11, mode="arrest", negated=True),
        event("PROTEST", BAYERO_SUPPORTERS, KANO_GOV, N12, mode="demo", location="Nassarawa",
              location_country="NGA"),
        event("ACCUSE", GWARZO, RIBADU, N13, mode="allege"),
        event("ACCUSE", GANDUJE, YUSUF, N16, mode="allege"),
        event("REQUEST", GANDUJE, YUSUF, N16),
    ],
    "quotes": [
        quote("Er gefährde mit seiner Rückkehr den Frieden in Kano und wolle Unruhen anzetteln", "Abba Kabir Yusuf",
              "indirect"),
        quote("die Anordnung sei nicht bindend, da das Gericht für Fragen der Emirate nicht zuständig sei",
              "Kano State Government", "indirect"),
        quote("Die Polizei werde sich an die Entscheidung des Gerichts halten", "Usaini Gumel", "indirect"),
        quote("Bayeros Rückkehr mit einem Privatjet ermöglicht zu haben", "Aminu Abdussalam Gwarzo", "indirect"),
        quote("haltlos", "Office of the National Security Adviser of Nigeria", "direct"),
        quote("die Emirate aus politischer Rache aufgelöst zu haben", "Abdullahi Umar Ganduje", "indirect"),
    ],
    "entities": [
        entity("Kano", "LOC", "NGA", ["Kano", "die nordnigerianische Millionenstadt"]),
        entity("Kano Emirate", "ORG", "NGA", ["Emirs von Kano", "Emir von Kano"]),
        entity("Abba Kabir Yusuf", "PER", "NGA", ["Gouverneur Abba Kabir Yusuf", "Yusuf", "der 61-Jährige",
                                                  "dem Gouverneur", "Yusufs"]),
        entity("Aminu Ado Bayero", "PER", "NGA", ["des abgesetzten Emirs Aminu Ado Bayero", "Bayero", "Er",
                                                  "des abgesetzten Emirs", "Bayeros"]),
        entity("Nassarawa palace", "LOC", "NGA", ["einem kleineren Palast im Stadtteil Nassarawa",
                                                  "dem Palast in Nassarawa"]),
        entity("Nassarawa", "LOC", "NGA", ["Nassarawa"]),
        entity("Kano State", "LOC", "NGA", ["des Bundesstaats"]),
        entity("Muhammadu Sanusi II", "PER", "NGA", ["den früheren Emir Muhammadu Sanusi II.", "Sanusi"]),
        entity("Abdullahi Umar Ganduje", "PER", "NGA", ["Gouverneur Abdullahi Ganduje", "Ganduje"]),
        entity("Gidan Rumfa", "LOC", "NGA", ["Gidan-Rumfa-Palast"]),
        entity("Federal High Court in Kano", "ORG", "NGA", ["Ein Bundesgericht in Kano", "das Gericht",
                                                            "des Gerichts"]),
        entity("Kano State Government", "ORG", "NGA", ["Die Landesregierung"]),
        entity("Usaini Gumel", "PER", "NGA", ["Polizeikommissar Usaini Gumel", "er"]),
        entity("Kano State Police Command", "ORG", "NGA", ["Hunderte Beamte", "Die Polizei"]),
        entity("supporters of Aminu Ado Bayero", "PER", "NGA", ["Hunderte Anhänger des abgesetzten Emirs"]),
        entity("Aminu Abdussalam Gwarzo", "PER", "NGA", ["Vizegouverneur Aminu Abdussalam Gwarzo"]),
        entity("Nuhu Ribadu", "PER", "NGA", ["dem Nationalen Sicherheitsberater Nuhu Ribadu", "Ribadus"]),
        entity("Office of the National Security Adviser of Nigeria", "ORG", "NGA", ["Ribadus Büro"]),
        entity("New Nigeria Peoples Party", "ORG", "NGA", ["Yusufs Partei NNPP"]),
        entity("All Progressives Congress", "ORG", "NGA", ["der Regierungspartei APC"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu"]),
        entity("Muhammad Sa'ad Abubakar", "PER", "NGA", ["dem Sultan von Sokoto"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria"]),
    ],
}

# ---------------------------------------------------------------- hm286-de-04 (Tanzania, Kibao killed)
KIBAO_KILLERS = actor("gunmen who abducted Ali Mohamed Kibao", "TZA", "CVL")
KIBAO = actor("Ali Mohamed Kibao", "TZA", "OPP")
SAMIA = actor("Samia Suluhu Hassan", "TZA", "GOV")
MBOWE = actor("Freeman Mbowe", "TZA", "OPP")
TZA_SECURITY = actor("Tanzanian security forces", "TZA", "COP")
CHADEMA = actor("Chadema", "TZA", "OPP")
TZA_GOV = actor("Government of Tanzania", "TZA", "GOV")
LISSU = actor("Tundu Lissu", "TZA", "OPP")
TZA_POLICE = actor("Tanzania Police Force", "TZA", "COP")
US_EMBASSY_TZA = actor("U.S. Embassy in Tanzania", "USA", "GOV")

Z1 = ("Daressalam (dpa) - In Tansania ist ein führendes Mitglied der größten Oppositionspartei Chadema entführt und "
      "getötet worden.")
Z2 = ("Bewaffnete Männer zerrten Ali Mohamed Kibao am Freitagabend in Tegeta, einem Vorort von Daressalam, aus "
      "einem Reisebus und fuhren mit ihm davon.")
Z3 = "Seine Leiche wurde am Samstag im Küstenort Ununio gefunden."
Z4 = ("Der Politiker sei schwer geschlagen worden, zudem habe man ihm Säure ins Gesicht geschüttet, sagte "
      "Chadema-Chef Freeman Mbowe.")
Z5 = "Präsidentin Samia Suluhu Hassan verurteilte die Tat am Sonntag."
Z6 = "Sie wies die Sicherheitsbehörden an, ihr umgehend einen ausführlichen Bericht über den Fall vorzulegen."
Z7 = ("„Unser Land ist eine Demokratie, und jeder Bürger hat das Recht zu leben“, schrieb die 64-Jährige auf der "
      "Plattform X.")
Z8 = "Mbowe machte dagegen die Sicherheitskräfte für die Tat verantwortlich."
Z9 = ("„Das ist kein Einzelfall, das ist ein Muster“, sagte er mit Blick auf das Verschwinden weiterer "
      "Regierungskritiker in den vergangenen Monaten.")
Z10 = "Chadema verlangte eine unabhängige Untersuchung unter internationaler Beteiligung."
Z11 = "Vizeparteichef Tundu Lissu drohte mit landesweiten Protesten, sollte die Regierung nicht handeln."
Z12 = "Die Polizei erklärte, sie habe Ermittlungen aufgenommen; festgenommen worden sei bislang niemand."
Z13 = "Die US-Botschaft in Daressalam verlangte eine unabhängige und transparente Untersuchung."
Z14 = "Kibao, ein pensionierter Armeeoffizier, gehörte dem Sekretariat der Partei an."
Z15 = "Die Opposition wirft der Regierung seit Monaten vor, Kritiker verschleppen zu lassen."
Z16 = "Im kommenden Jahr stehen in Tansania Präsidentschafts- und Parlamentswahlen an."

DE04 = {
    "id": "hm286-de-04", "lang": "de", "url": None, "published": "2024-09-08",
    "title": "Tansanischer Oppositionspolitiker entführt und getötet",
    "text": paragraphs([Z1, Z2, Z3, Z4], [Z5, Z6, Z7], [Z8, Z9, Z10, Z11], [Z12, Z13], [Z14, Z15, Z16]),
    "events": [
        event("ASSAULT", KIBAO_KILLERS, KIBAO, Z1),
        event("ASSAULT", KIBAO_KILLERS, KIBAO, Z2, mode="abduct", date="2024-09-06", location="Tegeta",
              location_country="TZA"),
        event("ASSAULT", KIBAO_KILLERS, KIBAO, Z4, mode="beat"),
        event("ACCUSE", SAMIA, KIBAO_KILLERS, Z5, mode="disapprove", date="2024-09-08"),
        event("ACCUSE", SAMIA, KIBAO_KILLERS, Z6, mode="investigate"),
        event("ACCUSE", MBOWE, TZA_SECURITY, Z8, mode="allege"),
        event("ACCUSE", MBOWE, TZA_SECURITY, Z9, mode="disapprove"),
        event("REQUEST", CHADEMA, TZA_GOV, Z10),
        event("THREATEN", LISSU, TZA_GOV, Z11),
        event("ACCUSE", TZA_POLICE, KIBAO_KILLERS, Z12, mode="investigate"),
        event("COERCE", TZA_POLICE, KIBAO_KILLERS, Z12, mode="arrest", negated=True),
        event("REQUEST", US_EMBASSY_TZA, TZA_GOV, Z13),
    ],
    "quotes": [
        quote("Der Politiker sei schwer geschlagen worden, zudem habe man ihm Säure ins Gesicht geschüttet",
              "Freeman Mbowe", "indirect"),
        quote("Unser Land ist eine Demokratie, und jeder Bürger hat das Recht zu leben", "Samia Suluhu Hassan",
              "direct"),
        quote("Das ist kein Einzelfall, das ist ein Muster", "Freeman Mbowe", "direct"),
        quote("sie habe Ermittlungen aufgenommen; festgenommen worden sei bislang niemand", "Tanzania Police Force",
              "indirect"),
        quote("Kritiker verschleppen zu lassen", "Tanzanian opposition", "indirect"),
    ],
    "entities": [
        entity("Dar es Salaam", "LOC", "TZA", ["Daressalam"]),
        entity("Tanzania", "LOC", "TZA", ["Tansania"]),
        entity("Ali Mohamed Kibao", "PER", "TZA", ["ein führendes Mitglied der größten Oppositionspartei Chadema",
                                                   "Ali Mohamed Kibao", "Seine", "Der Politiker", "Kibao"]),
        entity("Chadema", "ORG", "TZA", ["der größten Oppositionspartei Chadema", "Chadema", "der Partei"]),
        entity("gunmen who abducted Ali Mohamed Kibao", "PER", "TZA", ["Bewaffnete Männer", "man"]),
        entity("Tegeta", "LOC", "TZA", ["Tegeta, einem Vorort von Daressalam"]),
        entity("Ununio", "LOC", "TZA", ["Küstenort Ununio"]),
        entity("Freeman Mbowe", "PER", "TZA", ["Chadema-Chef Freeman Mbowe", "Mbowe", "er"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["Präsidentin Samia Suluhu Hassan", "Sie", "die 64-Jährige"]),
        entity("Tanzanian security forces", "ORG", "TZA", ["die Sicherheitsbehörden", "die Sicherheitskräfte"]),
        entity("X", "ORG", "USA", ["Plattform X"]),
        entity("Tundu Lissu", "PER", "TZA", ["Vizeparteichef Tundu Lissu"]),
        entity("Government of Tanzania", "ORG", "TZA", ["die Regierung", "der Regierung"]),
        entity("Tanzania Police Force", "ORG", "TZA", ["Die Polizei"]),
        entity("U.S. Embassy in Tanzania", "ORG", "USA", ["Die US-Botschaft in Daressalam"]),
        entity("Tanzanian Armed Forces", "ORG", "TZA", ["Armeeoffizier"]),
        entity("Tanzanian opposition", "ORG", "TZA", ["Die Opposition"]),
    ],
}

# ---------------------------------------------------------------- hm286-en-01 (United States/Sudan, Burhan sanctioned)
USA = actor("United States", "USA", "GOV")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
BRADLEY_SMITH = actor("Bradley Smith", "USA", "GOV")
US_TREASURY = actor("U.S. Department of the Treasury", "USA", "GOV")
SDN_ARMS_BROKER = actor("Sudanese-Ukrainian businessman supplying the Sudanese army", "SDN", "BUS")
HK_ARMS_COMPANY = actor("Hong Kong-based company supplying the Sudanese army", "CHN", "BUS")
DAGALO = actor("Mohamed Hamdan Dagalo", "SDN", "REB")
RSF = actor("Rapid Support Forces", "SDN", "REB")
SDN_MFA = actor("Ministry of Foreign Affairs of Sudan", "SDN", "GOV")
RIGHTS_GROUPS = actor("human rights groups", "NGO", "NGO")
WFP = actor("World Food Programme", "UNO", "IGO")
WAD_MADANI_RESIDENTS = actor("residents of Wad Madani", "SDN", "CVL")
RSF_ADVISER = actor("adviser to Mohamed Hamdan Dagalo", "SDN", "REB")

B1 = ("WASHINGTON/PORT SUDAN, Jan 16 (Reuters) - The United States imposed sanctions on Sudan's army chief Abdel "
      "Fattah al-Burhan on Thursday, accusing the armed forces under his command of bombing schools, markets and "
      "hospitals and of blocking humanitarian aid during the country's 21-month war.")
B2 = ('"Burhan has chosen war over negotiated solutions," said Bradley Smith, the Treasury\'s acting under secretary '
      'for terrorism and financial intelligence.')
B3 = ("The Treasury also blacklisted a Sudanese-Ukrainian businessman and his Hong Kong-based company over the "
      "supply of weapons and drones to the army.")
B4 = "The sanctions freeze any U.S. assets of those targeted and generally bar Americans from dealing with them."
B5 = ("The move came nine days after Washington imposed sanctions on Mohamed Hamdan Dagalo, the leader of the rival "
      "paramilitary Rapid Support Forces (RSF), over atrocities by his fighters in Darfur.")
B6 = ('Sudan\'s foreign ministry, which is aligned with the army, condemned the decision as "strange and unjust" and '
      'said it reflected "confusion" in Washington over the nature of the conflict.')
B7 = "Burhan himself shrugged off the measures."
B8 = ('"We welcome any sanction that comes for the sake of serving this country," he told a gathering of soldiers in '
      'Gezira state.')
B9 = ("The army recaptured Wad Madani, the capital of Gezira, from the RSF on Jan. 11 in its biggest gain on the "
      "battlefield in months.")
B10 = ("Rights groups have since accused soldiers and allied militias of killing dozens of civilians in and around "
       "the city whom they suspected of collaborating with the RSF.")
B11 = ("The U.N. World Food Programme said on Thursday that its first trucks in more than a year had reached Wad "
       "Madani, carrying food for some 80,000 people.")
B12 = ('An adviser to Dagalo welcomed the sanctions on Burhan, calling them "a step towards accountability" in a post '
       'on X.')
B13 = ("Burhan, who also heads Sudan's ruling Sovereign Council, refused to send a delegation to U.S.-brokered peace "
       "talks in Switzerland in August.")
B14 = ("The war, which erupted in April 2023 over plans to merge the two forces, has killed tens of thousands of "
       "people and driven more than 12 million from their homes, according to U.N. figures.")
B15 = ("Famine has been confirmed in at least five areas, including the Zamzam camp for displaced people near El "
       "Fasher.")

EN01 = {
    "id": "hm286-en-01", "lang": "en", "url": None, "published": "2025-01-16",
    "title": "U.S. sanctions Sudan's army chief Burhan over attacks on civilians",
    "text": paragraphs([B1, B2], [B3, B4, B5], [B6, B7, B8], [B9, B10, B11], [B12, B13], [B14, B15]),
    "events": [
        event("SANCTION", USA, BURHAN, B1, mode="discontinue", date="2025-01-16"),
        event("ACCUSE", USA, SAF, B1, mode="allege", date="2025-01-16"),
        event("ACCUSE", BRADLEY_SMITH, BURHAN, B2, mode="disapprove"),
        event("SANCTION", US_TREASURY, SDN_ARMS_BROKER, B3, mode="discontinue"),
        event("SANCTION", US_TREASURY, HK_ARMS_COMPANY, B3, mode="discontinue"),
        event("SANCTION", USA, DAGALO, B5, mode="discontinue", date="2025-01-07"),
        event("ACCUSE", SDN_MFA, USA, B6, mode="disapprove"),
        event("ASSAULT", SAF, RSF, B9, date="2025-01-11", location="Wad Madani", location_country="SDN"),
        event("ACCUSE", RIGHTS_GROUPS, SAF, B10, mode="allege"),
        event("AID", WFP, WAD_MADANI_RESIDENTS, B11, location="Wad Madani", location_country="SDN"),
        event("SUPPORT", RSF_ADVISER, USA, B12),
        event("REJECT", BURHAN, USA, B13, mode="meet"),
    ],
    "quotes": [
        quote("of bombing schools, markets and hospitals and of blocking humanitarian aid during the country's "
              "21-month war", "United States", "indirect"),
        quote("Burhan has chosen war over negotiated solutions", "Bradley Smith", "direct"),
        quote("strange and unjust", "Ministry of Foreign Affairs of Sudan", "direct"),
        quote("confusion", "Ministry of Foreign Affairs of Sudan", "direct"),
        quote('it reflected "confusion" in Washington over the nature of the conflict',
              "Ministry of Foreign Affairs of Sudan", "indirect"),
        quote("We welcome any sanction that comes for the sake of serving this country", "Abdel Fattah al-Burhan",
              "direct"),
        quote("of killing dozens of civilians in and around the city whom they suspected of collaborating with the RSF",
              "human rights groups", "indirect"),
        quote("its first trucks in more than a year had reached Wad Madani, carrying food for some 80,000 people",
              "World Food Programme", "indirect"),
        quote("a step towards accountability", "adviser to Mohamed Hamdan Dagalo", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Port Sudan", "LOC", "SDN", ["PORT SUDAN"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("Sudan", "LOC", "SDN", ["Sudan's", "the country's"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Sudan's army chief Abdel Fattah al-Burhan", "Burhan", "his",
                                                        "he"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["the armed forces under his command", "the army",
                                                       "The army", "soldiers"]),
        entity("Bradley Smith", "PER", "USA", ["Bradley Smith, the Treasury's acting under secretary for terrorism and "
                                               "financial intelligence"]),
        entity("U.S. Department of the Treasury", "ORG", "USA", ["the Treasury's", "The Treasury"]),
        entity("Sudanese-Ukrainian businessman supplying the Sudanese army", "PER", "SDN",
               ["a Sudanese-Ukrainian businessman"]),
        entity("Hong Kong-based company supplying the Sudanese army", "ORG", "CHN", ["his Hong Kong-based company"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["Mohamed Hamdan Dagalo", "Dagalo"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["the rival paramilitary Rapid Support Forces (RSF)",
                                                      "his fighters", "the RSF", "RSF"]),
        entity("Darfur", "LOC", "SDN", ["Darfur"]),
        entity("Ministry of Foreign Affairs of Sudan", "ORG", "SDN", ["Sudan's foreign ministry"]),
        entity("Gezira", "LOC", "SDN", ["Gezira state", "Gezira"]),
        entity("Wad Madani", "LOC", "SDN", ["Wad Madani", "the city"]),
        entity("human rights groups", "ORG", "NGO", ["Rights groups"]),
        entity("militias allied with the Sudanese army", "ORG", "SDN", ["allied militias"]),
        entity("World Food Programme", "ORG", "UNO", ["The U.N. World Food Programme"]),
        entity("adviser to Mohamed Hamdan Dagalo", "PER", "SDN", ["An adviser to Dagalo"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Sovereignty Council of Sudan", "ORG", "SDN", ["Sudan's ruling Sovereign Council"]),
        entity("Switzerland", "LOC", "CHE", ["Switzerland"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("Zamzam camp", "LOC", "SDN", ["the Zamzam camp for displaced people near El Fasher"]),
        entity("El Fasher", "LOC", "SDN", ["El Fasher"]),
    ],
}

# ---------------------------------------------------------------- hm286-en-02 (Qatar/Congo/Rwanda, Doha meeting)
TSHISEKEDI = actor("Felix Tshisekedi", "COD", "GOV")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
SALAMA = actor("Tina Salama", "COD", "GOV")
RWANDA = actor("Rwanda", "RWA", "GOV")
UN_EXPERTS_DRC = actor("UN Group of Experts on the Democratic Republic of the Congo", "UNO", "IGO")
M23 = actor("M23", "COD", "REB")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
EU = actor("European Union", "EUR", "IGO")
M23_COMMANDERS = actor("M23 commanders", "COD", "REB")
AFC = actor("Congo River Alliance", "COD", "REB")
AGO_MFA = actor("Ministry of Foreign Affairs of Angola", "AGO", "GOV")
WAZALENDO = actor("Wazalendo militias", "COD", "MIL")
QATAR_GOV = actor("Government of Qatar", "QAT", "GOV")

C1 = ("DOHA, March 18 (Reuters) - Congolese President Felix Tshisekedi and Rwandan President Paul Kagame held their "
      "first face-to-face talks on Tuesday since the escalation of the conflict in eastern Congo, at a meeting "
      "hosted by Qatar's emir, Sheikh Tamim bin Hamad Al Thani, in Doha.")
C2 = ('The two leaders "reaffirmed the commitment of all parties to an immediate and unconditional ceasefire," '
      'Qatar\'s foreign ministry said in a joint statement issued on behalf of the three countries.')
C3 = ('The statement said they had also agreed to continue the talks begun in Doha to build "solid foundations for '
      'lasting peace".')
C4 = ("Tshisekedi's spokeswoman Tina Salama said Kinshasa's position had not changed: Rwanda must withdraw its troops "
      "from Congolese soil.")
C5 = ('Rwanda denies backing the M23, but U.N. experts say it has up to 4,000 soldiers in Congo and exercises "de '
      'facto control" over the rebel group.')
C6 = ("The meeting came a day after the M23 pulled out of direct peace talks with Congo's government that Angola had "
      "planned to host in Luanda on Tuesday.")
C7 = ('The rebels\' political umbrella, the Congo River Alliance (AFC), said sanctions imposed by the European Union '
      'on Monday on several of its commanders made "meaningful dialogue impossible".')
C8 = "Congo's government accused the rebels of acting on orders from Kigali."
C9 = 'Angola\'s foreign ministry called the rebels\' withdrawal "regrettable".'
C10 = ("Angolan President Joao Lourenco has mediated between Kinshasa and Kigali since 2022 on behalf of the African "
       "Union.")
C11 = ("On the ground, fighting between the M23 and pro-government Wazalendo militias continued on Tuesday near the "
       "mining town of Walikale, local officials said.")
C12 = ('The U.S. State Department welcomed Qatar\'s mediation and said it supported "all efforts towards a durable '
       'peace" in the region.')
C13 = "The M23 controls Goma and Bukavu, the two largest cities in eastern Congo."
C14 = "Thousands of people have been killed in the fighting since January, according to Congolese officials."

EN02 = {
    "id": "hm286-en-02", "lang": "en", "url": None, "published": "2025-03-18",
    "title": "Congo's Tshisekedi and Rwanda's Kagame meet in Qatar, call for ceasefire",
    "text": paragraphs([C1, C2, C3], [C4, C5], [C6, C7, C8, C9, C10], [C11, C12], [C13, C14]),
    "events": [
        event("CONSULT", TSHISEKEDI, KAGAME, C1, mode="third-party", date="2025-03-18", location="Doha",
              location_country="QAT"),
        event("AGREE", TSHISEKEDI, KAGAME, C2),
        event("AGREE", TSHISEKEDI, KAGAME, C3),
        event("REQUEST", SALAMA, RWANDA, C4),
        event("ACCUSE", UN_EXPERTS_DRC, RWANDA, C5, mode="allege"),
        event("SANCTION", M23, COD_GOV, C6, mode="withdraw", date="2025-03-17"),
        event("SANCTION", EU, M23_COMMANDERS, C7, mode="discontinue", date="2025-03-17"),
        event("ACCUSE", AFC, EU, C7, mode="disapprove"),
        event("ACCUSE", COD_GOV, M23, C8, mode="allege"),
        event("ACCUSE", AGO_MFA, M23, C9, mode="disapprove"),
        event("ASSAULT", M23, WAZALENDO, C11, date="2025-03-18", location="Walikale", location_country="COD"),
        event("SUPPORT", US_STATE_DEPT, QATAR_GOV, C12),
    ],
    "quotes": [
        quote("reaffirmed the commitment of all parties to an immediate and unconditional ceasefire",
              "Ministry of Foreign Affairs of Qatar", "direct"),
        quote("solid foundations for lasting peace", "Ministry of Foreign Affairs of Qatar", "direct"),
        quote('they had also agreed to continue the talks begun in Doha to build "solid foundations for lasting peace"',
              "Ministry of Foreign Affairs of Qatar", "indirect"),
        quote("Kinshasa's position had not changed: Rwanda must withdraw its troops from Congolese soil",
              "Tina Salama", "indirect"),
        quote("de facto control", "UN Group of Experts on the Democratic Republic of the Congo", "direct"),
        quote('it has up to 4,000 soldiers in Congo and exercises "de facto control" over the rebel group',
              "UN Group of Experts on the Democratic Republic of the Congo", "indirect"),
        quote("meaningful dialogue impossible", "Congo River Alliance", "direct"),
        quote('sanctions imposed by the European Union on Monday on several of its commanders made "meaningful '
              'dialogue impossible"', "Congo River Alliance", "indirect"),
        quote("of acting on orders from Kigali", "Government of the Democratic Republic of the Congo", "indirect"),
        quote("regrettable", "Ministry of Foreign Affairs of Angola", "direct"),
        quote("fighting between the M23 and pro-government Wazalendo militias continued on Tuesday near the mining "
              "town of Walikale", "local officials in Walikale", "indirect"),
        quote("all efforts towards a durable peace", "U.S. Department of State", "direct"),
        quote('it supported "all efforts towards a durable peace" in the region', "U.S. Department of State",
              "indirect"),
        quote("Thousands of people have been killed in the fighting since January", "Congolese officials",
              "indirect"),
    ],
    "entities": [
        entity("Doha", "LOC", "QAT", ["DOHA", "Doha"]),
        entity("Felix Tshisekedi", "PER", "COD", ["Congolese President Felix Tshisekedi", "Tshisekedi's"]),
        entity("Paul Kagame", "PER", "RWA", ["Rwandan President Paul Kagame"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["eastern Congo", "Congolese soil", "Congo"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["Qatar's emir, Sheikh Tamim bin Hamad Al Thani"]),
        entity("Qatar", "LOC", "QAT", ["Qatar's"]),
        entity("Ministry of Foreign Affairs of Qatar", "ORG", "QAT", ["Qatar's foreign ministry", "The statement"]),
        entity("Tina Salama", "PER", "COD", ["Tshisekedi's spokeswoman Tina Salama"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Kinshasa's", "Congo's government",
                                                                                    "Kinshasa"]),
        entity("Rwanda", "LOC", "RWA", ["Rwanda"]),
        entity("M23", "ORG", "COD", ["the M23", "the rebel group", "The M23", "the rebels", "the rebels'"]),
        entity("UN Group of Experts on the Democratic Republic of the Congo", "ORG", "UNO", ["U.N. experts"]),
        entity("Angola", "LOC", "AGO", ["Angola"]),
        entity("Luanda", "LOC", "AGO", ["Luanda"]),
        entity("Congo River Alliance", "ORG", "COD", ["the Congo River Alliance (AFC)",
                                                      "The rebels' political umbrella"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("M23 commanders", "PER", "COD", ["several of its commanders"]),
        entity("Government of Rwanda", "ORG", "RWA", ["Kigali"]),
        entity("Ministry of Foreign Affairs of Angola", "ORG", "AGO", ["Angola's foreign ministry"]),
        entity("João Lourenço", "PER", "AGO", ["Angolan President Joao Lourenco"]),
        entity("African Union", "ORG", "IGO", ["the African Union"]),
        entity("Wazalendo militias", "ORG", "COD", ["pro-government Wazalendo militias"]),
        entity("Walikale", "LOC", "COD", ["the mining town of Walikale", "Walikale"]),
        entity("local officials in Walikale", "PER", "COD", ["local officials"]),
        entity("U.S. Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Goma", "LOC", "COD", ["Goma"]),
        entity("Bukavu", "LOC", "COD", ["Bukavu"]),
        entity("Congolese officials", "PER", "COD", ["Congolese officials"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
