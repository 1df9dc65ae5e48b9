"""Round 281: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm281-de-01: Iraq: after deadly clashes in Kirkuk the Federal Supreme Court suspends the return of the former KDP headquarters; Kurdish protesters shot, Arab and Turkmen road blockade, stone-throwing, warning shots, al-Sudani's curfew, inquiry, troop reinforcements and warning, his earlier pledge to the KDP, the 2017 loss of the building, Barzani appeals for calm and accuses the security forces (2023-09-03).
- hm281-de-02: Jordan recalls its ambassador from Israel over the Gaza war and tells Israel's ambassador not to return; Safadi accuses Israel and demands a ceasefire, Israel's foreign ministry regrets it, Hamas welcomes it, march on the Israeli embassy in Rabia kept back by police without arrests, the Islamic Action Front demands an end to the peace treaty, the cancelled Biden summit (2023-11-01).
- hm281-de-03: Israel: Netanyahu dismisses Defence Minister Gallant citing broken trust; Katz and Saar to take over, Gallant names his reasons and presses for the hostages, protesters block the Ayalon in Tel Aviv, water cannon and arrests, Lapid, the hostage families' forum and Gantz object, Ben-Gvir welcomes it, the reversed dismissal of March 2023 (2024-11-05).
- hm281-de-04: Egypt: the Cairo Peace Summit on the Gaza war ends without a joint statement; al-Sisi receives Abbas, King Abdullah II and Guterres, rejects displacement to Sinai, Abbas and Abdullah accuse Israel, Guterres demands a humanitarian ceasefire and condemns Hamas, the first 20 Red Crescent trucks pass Rafah, Israel's closure of Gaza, Israeli air strikes go on (2023-10-21).
- hm281-en-01: Qatar/India: Qatar frees eight former Indian navy officers once sentenced to death; India's foreign ministry thanks the emir, the 2022 arrests, the death sentence and its commutation, Modi's COP28 meeting with Tamim, a freed officer praises Modi, Modi to visit the UAE and Doha, the Petronet-QatarEnergy LNG deal, Congress demands an explanation (2024-02-12).
- hm281-en-02: Iran/United States: five Americans freed by Iran land in Doha in a swap that unlocked $6 billion; Biden grants clemency to five Iranians, thanks Qatar and Oman and threatens costs, new U.S. sanctions on Ahmadinejad and the intelligence ministry, Raisi rejects U.S. limits, Kanaani accuses Washington, indirect talks in Doha, McCaul calls it ransom, Kirby replies, Babak Namazi thanks Biden (2023-09-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm281-de-01 (Iraq, Kirkuk clashes and court ruling)
IRQ_FSC = actor("Federal Supreme Court of Iraq", "IRQ", "JUD")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
KIRKUK_GUNMEN = actor("unidentified gunmen in Kirkuk", "IRQ", "CVL")
KURD_PROTESTERS = actor("Kurdish protesters in Kirkuk", "IRQ", "CVL")
HANDOVER_OPPONENTS = actor("Arab and Turkmen opponents of the handover in Kirkuk", "IRQ", "CVL")
KDP = actor("Kurdistan Democratic Party", "IRQ", "PTY")
IRQ_SECURITY = actor("Iraqi security forces", "IRQ", "COP")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
SUDANI_OFFICE = actor("Office of the Prime Minister of Iraq", "IRQ", "GOV")
IRQ_ARMY = actor("Iraqi Army", "IRQ", "MIL")
BARZANI = actor("Masoud Barzani", "IRQ", "PTY")
KIRKUK_KURDS = actor("Kurdish residents of Kirkuk", "IRQ", "CVL")

A1 = ("Kirkuk (dpa) - Nach tödlichen Zusammenstößen in der nordirakischen Stadt Kirkuk hat das Oberste Bundesgericht "
      "des Irak angeordnet, die umstrittene Rückgabe eines Parteigebäudes an die Kurden vorerst auszusetzen.")
A2 = "Die Entscheidung gelte bis zu einem endgültigen Urteil, meldete die staatliche Nachrichtenagentur INA am Sonntag."
A3 = ("Am Samstag waren bei Protesten rund um das Gebäude vier kurdische Demonstranten erschossen und mehr als ein "
      "Dutzend weitere verletzt worden.")
A4 = "Wer die Schüsse abgab, war zunächst unklar."
A5 = ("Hunderte Gegner der Übergabe, vor allem Araber und Turkmenen, hatten aus Protest gegen eine Rückkehr der "
      "Demokratischen Partei Kurdistans (KDP) seit Tagen die Straße von Kirkuk nach Erbil blockiert.")
A6 = ("Als kurdische Demonstranten am Samstag zu der Blockade zogen, kam es zu Zusammenstößen, bei denen beide Seiten "
      "mit Steinen warfen.")
A7 = "Nach Angaben von Augenzeugen feuerten Sicherheitskräfte in die Luft, um die Menge auseinanderzutreiben."
A8 = ("Ministerpräsident Mohammed Schia al-Sudani verhängte daraufhin eine nächtliche Ausgangssperre über die Stadt "
      "und ordnete eine Untersuchung an.")
A9 = ("Zugleich schickte der 53-Jährige zusätzliche Einheiten der Armee nach Kirkuk, die Stellungen im Stadtzentrum "
      "bezogen.")
A10 = "„Wer die Sicherheit der Bürger gefährdet, wird zur Rechenschaft gezogen“, hieß es in einer Erklärung seines Büros."
A11 = ("Al-Sudani hatte der KDP vergangene Woche zugesagt, ihr früheres Hauptquartier in Kirkuk zurückzugeben, das "
       "seit 2017 von der Armee genutzt wird.")
A12 = ("Die Partei hatte das Gebäude damals räumen müssen, als irakische Truppen nach dem gescheiterten kurdischen "
       "Unabhängigkeitsreferendum die Kontrolle über die Stadt übernahmen.")
A13 = "KDP-Chef Massud Barsani rief die Kurden in Kirkuk zur Ruhe auf."
A14 = ("Zugleich warf der 77-Jährige den Sicherheitskräften vor, tatenlos zugesehen zu haben, wie „Chauvinisten“ die "
       "Straße blockierten und Kurden angriffen.")
A15 = ("Die ölreiche Provinz mit ihrer gemischten Bevölkerung aus Kurden, Arabern und Turkmenen wird sowohl von der "
       "Zentralregierung in Bagdad als auch von der kurdischen Autonomieregierung in Erbil beansprucht.")

DE01 = {
    "id": "hm281-de-01", "lang": "de", "url": None, "published": "2023-09-03",
    "title": "Nach tödlichen Protesten: Iraks Oberstes Gericht stoppt Übergabe von KDP-Gebäude in Kirkuk",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11, A12], [A13, A14, A15]),
    "events": [
        event("REQUEST", IRQ_FSC, IRQ_GOV, A1, mode="change"),
        event("ASSAULT", KIRKUK_GUNMEN, KURD_PROTESTERS, A3, mode="firearms", date="2023-09-02", location="Kirkuk",
              location_country="IRQ"),
        event("PROTEST", HANDOVER_OPPONENTS, KDP, A5, mode="obstruct", location="Kirkuk", location_country="IRQ"),
        event("ASSAULT", KURD_PROTESTERS, HANDOVER_OPPONENTS, A6, mode="primitive", date="2023-09-02",
              location="Kirkuk", location_country="IRQ"),
        event("ASSAULT", HANDOVER_OPPONENTS, KURD_PROTESTERS, A6, mode="primitive", date="2023-09-02",
              location="Kirkuk", location_country="IRQ"),
        event("ASSAULT", IRQ_SECURITY, None, A7, mode="crowd-control", location="Kirkuk", location_country="IRQ"),
        event("COERCE", SUDANI, None, A8, mode="curfew", location="Kirkuk", location_country="IRQ"),
        event("ACCUSE", SUDANI, None, A8, mode="investigate"),
        event("MOBILIZE", SUDANI, None, A9, mode="troops", location="Kirkuk", location_country="IRQ"),
        event("THREATEN", SUDANI_OFFICE, None, A10),
        event("CONCEDE", SUDANI, KDP, A11),
        event("RETREAT", KDP, IRQ_ARMY, A12, mode="withdraw", location="Kirkuk", location_country="IRQ"),
        event("REQUEST", BARZANI, KIRKUK_KURDS, A13),
        event("ACCUSE", BARZANI, IRQ_SECURITY, A14, mode="allege"),
        event("ACCUSE", BARZANI, HANDOVER_OPPONENTS, A14, mode="allege"),
    ],
    "quotes": [
        quote("Die Entscheidung gelte bis zu einem endgültigen Urteil", "Iraqi News Agency", "indirect"),
        quote("feuerten Sicherheitskräfte in die Luft, um die Menge auseinanderzutreiben", "eyewitnesses in Kirkuk",
              "indirect"),
        quote("Wer die Sicherheit der Bürger gefährdet, wird zur Rechenschaft gezogen",
              "Office of the Prime Minister of Iraq", "direct"),
        quote("tatenlos zugesehen zu haben, wie „Chauvinisten“ die Straße blockierten und Kurden angriffen",
              "Masoud Barzani", "indirect"),
        quote("Chauvinisten", "Masoud Barzani", "direct"),
    ],
    "entities": [
        entity("Kirkuk", "LOC", "IRQ", ["Kirkuk", "der nordirakischen Stadt Kirkuk", "die Stadt"]),
        entity("Federal Supreme Court of Iraq", "ORG", "IRQ", ["das Oberste Bundesgericht des Irak"]),
        entity("Iraq", "LOC", "IRQ", ["des Irak"]),
        entity("Former KDP headquarters in Kirkuk", "LOC", "IRQ", ["eines Parteigebäudes", "das Gebäude",
                                                                   "ihr früheres Hauptquartier in Kirkuk"]),
        entity("Iraqi News Agency", "ORG", "IRQ", ["die staatliche Nachrichtenagentur INA"]),
        entity("Kurdistan Democratic Party", "ORG", "IRQ", ["Demokratischen Partei Kurdistans", "KDP", "Die Partei"]),
        entity("Erbil", "LOC", "IRQ", ["Erbil"]),
        entity("Iraqi security forces", "ORG", "IRQ", ["Sicherheitskräfte", "den Sicherheitskräften"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani",
                                                         "der 53-Jährige", "Al-Sudani"]),
        entity("Iraqi Army", "ORG", "IRQ", ["Einheiten der Armee", "der Armee", "irakische Truppen"]),
        entity("Office of the Prime Minister of Iraq", "ORG", "IRQ", ["seines Büros"]),
        entity("Masoud Barzani", "PER", "IRQ", ["KDP-Chef Massud Barsani", "der 77-Jährige"]),
        entity("Kirkuk Governorate", "LOC", "IRQ", ["Die ölreiche Provinz"]),
        entity("Government of Iraq", "ORG", "IRQ", ["der Zentralregierung in Bagdad"]),
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["der kurdischen Autonomieregierung in Erbil"]),
    ],
}

# ---------------------------------------------------------------- hm281-de-02 (Jordan recalls its ambassador from Israel)
JORDAN = actor("Jordan", "JOR", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
SAFADI = actor("Ayman Safadi", "JOR", "GOV")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
JOR_PROTESTERS = actor("protesters in Amman", "JOR", "CVL")
JOR_POLICE = actor("Jordanian police", "JOR", "COP")
IAF = actor("Islamic Action Front", "JOR", "OPP")
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")

B1 = ("Amman (AFP) - Jordanien hat aus Protest gegen den israelischen Militäreinsatz im Gazastreifen seinen Botschafter "
      "aus Israel abberufen.")
B2 = ("Der Botschafter werde mit sofortiger Wirkung zurückgerufen, sagte Außenminister Aiman al-Safadi am Mittwoch "
      "in Amman.")
B3 = ("Zudem habe Amman das israelische Außenministerium wissen lassen, dass der israelische Botschafter nicht "
      "zurückkehren solle.")
B4 = ("Dieser hatte das Land bereits kurz nach dem Angriff der Hamas auf Israel am 7. Oktober aus Sicherheitsgründen "
      "verlassen.")
B5 = ("Die Rückkehr der Diplomaten sei an ein Ende des Krieges geknüpft, „der unschuldige Menschen tötet und eine "
      "beispiellose humanitäre Katastrophe verursacht“, sagte Safadi.")
B6 = ("Der 61-Jährige warf Israel vor, Nahrung, Medikamente und Treibstoff als Waffe gegen die Zivilbevölkerung im "
      "Gazastreifen einzusetzen, und forderte erneut eine sofortige Waffenruhe.")
B7 = "Das israelische Außenministerium erklärte, es bedauere die Entscheidung Jordaniens."
B8 = "Die Hamas begrüßte die Abberufung als „mutigen Schritt“."
B9 = ("In Amman zogen am Abend erneut Tausende Menschen in Richtung der israelischen Botschaft im Stadtteil Rabija.")
B10 = ("Die Polizei hielt die Demonstranten mit Absperrgittern auf Abstand; nach Angaben von Augenzeugen gab es "
       "zunächst keine Festnahmen.")
B11 = ("Die islamistische Oppositionspartei Islamische Aktionsfront verlangte, den Friedensvertrag mit Israel von "
       "1994 aufzukündigen.")
B12 = "Jordanien ist nach Ägypten das zweite arabische Land, das Frieden mit Israel geschlossen hat."
B13 = "Rund die Hälfte der gut elf Millionen Einwohner des Königreichs ist palästinensischer Herkunft."
B14 = ("Jordanien hatte bereits Mitte Oktober ein geplantes Gipfeltreffen von König Abdullah II. mit US-Präsident "
       "Joe Biden in Amman abgesagt, nachdem es eine verheerende Explosion im Al-Ahli-Krankenhaus in Gaza gegeben "
       "hatte.")

DE02 = {
    "id": "hm281-de-02", "lang": "de", "url": None, "published": "2023-11-01",
    "title": "Wegen Gaza-Krieg: Jordanien ruft Botschafter aus Israel zurück",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6], [B7, B8], [B9, B10, B11], [B12, B13, B14]),
    "events": [
        event("SANCTION", JORDAN, ISRAEL, B1, mode="withdraw"),
        event("SANCTION", JORDAN, ISRAEL, B2, mode="withdraw", date="2023-11-01", location="Amman",
              location_country="JOR"),
        event("SANCTION", JORDAN, ISRAEL, B3, mode="expel"),
        event("ACCUSE", SAFADI, ISRAEL, B5, mode="disapprove"),
        event("ACCUSE", SAFADI, ISRAEL, B6, mode="allege"),
        event("REQUEST", SAFADI, ISRAEL, B6, mode="yield"),
        event("ACCUSE", ISR_MFA, JORDAN, B7, mode="disapprove"),
        event("SUPPORT", HAMAS, JORDAN, B8),
        event("PROTEST", JOR_PROTESTERS, ISRAEL, B9, mode="demo", location="Amman", location_country="JOR"),
        event("COERCE", JOR_POLICE, JOR_PROTESTERS, B10, mode="restrict", location="Amman", location_country="JOR"),
        event("COERCE", JOR_POLICE, JOR_PROTESTERS, B10, mode="arrest", location="Amman", location_country="JOR",
              negated=True),
        event("REQUEST", IAF, JOR_GOV, B11, mode="change"),
        event("REJECT", JORDAN, BIDEN, B14, mode="meet"),
    ],
    "quotes": [
        quote("Der Botschafter werde mit sofortiger Wirkung zurückgerufen", "Ayman Safadi", "indirect"),
        quote("Zudem habe Amman das israelische Außenministerium wissen lassen, dass der israelische Botschafter nicht "
              "zurückkehren solle", "Ayman Safadi", "indirect"),
        quote("Die Rückkehr der Diplomaten sei an ein Ende des Krieges geknüpft, „der unschuldige Menschen tötet und "
              "eine beispiellose humanitäre Katastrophe verursacht“", "Ayman Safadi", "indirect"),
        quote("der unschuldige Menschen tötet und eine beispiellose humanitäre Katastrophe verursacht", "Ayman Safadi",
              "direct"),
        quote("Nahrung, Medikamente und Treibstoff als Waffe gegen die Zivilbevölkerung im Gazastreifen einzusetzen",
              "Ayman Safadi", "indirect"),
        quote("es bedauere die Entscheidung Jordaniens", "Ministry of Foreign Affairs of Israel", "indirect"),
        quote("mutigen Schritt", "Hamas", "direct"),
        quote("gab es zunächst keine Festnahmen", "eyewitnesses in Amman", "indirect"),
    ],
    "entities": [
        entity("Amman", "LOC", "JOR", ["Amman"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien", "Jordaniens", "des Königreichs", "das Land"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen", "Gaza"]),
        entity("Ghassan Majali", "PER", "JOR", ["seinen Botschafter", "Der Botschafter"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Ayman Safadi", "PER", "JOR", ["Außenminister Aiman al-Safadi", "Safadi", "Der 61-Jährige"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["das israelische Außenministerium",
                                                                       "Das israelische Außenministerium"]),
        entity("Rogel Rachman", "PER", "ISR", ["der israelische Botschafter"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas", "Die Hamas"]),
        entity("Embassy of Israel in Amman", "LOC", "ISR", ["der israelischen Botschaft im Stadtteil Rabija"]),
        entity("Rabia", "LOC", "JOR", ["Rabija"]),
        entity("Public Security Directorate", "ORG", "JOR", ["Die Polizei"]),
        entity("Islamic Action Front", "ORG", "JOR", ["Die islamistische Oppositionspartei Islamische Aktionsfront"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Abdullah II", "PER", "JOR", ["König Abdullah II."]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Al-Ahli Arab Hospital", "LOC", "PSE", ["Al-Ahli-Krankenhaus"]),
    ],
}

# ---------------------------------------------------------------- hm281-de-03 (Israel, Netanyahu dismisses Gallant)
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
GALLANT = actor("Yoav Gallant", "ISR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
ISR_PROTESTERS = actor("Israeli protesters", "ISR", "CVL")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
LAPID = actor("Yair Lapid", "ISR", "OPP")
HOSTAGE_FORUM = actor("Hostages and Missing Families Forum", "ISR", "NGO")
GANTZ = actor("Benny Gantz", "ISR", "OPP")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")

C1 = ("Tel Aviv (dpa) - Israels Ministerpräsident Benjamin Netanjahu hat mitten im Krieg gegen die Hamas und die "
      "Hisbollah Verteidigungsminister Joav Galant entlassen.")
C2 = ("Das Vertrauen zwischen ihm und Galant sei in den vergangenen Monaten „zerbrochen“, sagte Netanjahu am "
      "Dienstagabend in einer Videobotschaft.")
C3 = ("Galant habe Entscheidungen des Kabinetts öffentlich widersprochen und damit den Feinden Israels in die Hände "
      "gespielt, fügte der 75-Jährige hinzu.")
C4 = "Neuer Verteidigungsminister soll Außenminister Israel Katz werden, das Außenamt übernimmt Gideon Saar."
C5 = ("Galant sagte am späten Abend vor Journalisten, er sei wegen dreier Streitpunkte entlassen worden: seines "
      "Widerstands gegen die Befreiung strengreligiöser Männer vom Wehrdienst, seines Einsatzes für eine rasche "
      "Rückkehr der Geiseln und seiner Forderung nach einer staatlichen Untersuchung des Hamas-Massakers vom "
      "7. Oktober.")
C6 = ("Der 65-Jährige forderte die Regierung auf, die Geiseln „so schnell wie möglich, solange sie noch leben“, nach "
      "Hause zu holen.")
C7 = ("Kurz nach der Ankündigung zogen Tausende Menschen in Tel Aviv auf die Straße und blockierten die "
      "Stadtautobahn Ajalon.")
C8 = "Demonstranten entzündeten Feuer auf der Fahrbahn, die Polizei setzte Wasserwerfer ein und nahm mehrere Menschen fest."
C9 = ("Oppositionsführer Jair Lapid warf dem Regierungschef vor, die Sicherheit Israels seinem politischen Überleben "
      "zu opfern.")
C10 = ("„Die Entlassung ist die direkte Fortsetzung der Bemühungen, ein Abkommen zur Freilassung der Geiseln zu "
       "torpedieren“, erklärte das Forum der Geiselfamilien.")
C11 = "Der frühere Minister Benny Gantz kritisierte, Netanjahu stelle die Politik über die Sicherheit des Landes."
C12 = ("Der rechtsextreme Polizeiminister Itamar Ben-Gvir begrüßte die Entscheidung dagegen und sprach von einem "
       "„richtigen Schritt“.")
C13 = ("Netanjahu hatte Galant bereits im März 2023 entlassen wollen, nachdem dieser einen Stopp der umstrittenen "
       "Justizreform gefordert hatte; nach Massenprotesten nahm er die Entscheidung damals zurück.")
C14 = "Die Entlassung wird 48 Stunden nach Zustellung des Schreibens wirksam."

DE03 = {
    "id": "hm281-de-03", "lang": "de", "url": None, "published": "2024-11-05",
    "title": "Netanjahu entlässt Verteidigungsminister Galant – Proteste in Tel Aviv",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6], [C7, C8], [C9, C10, C11, C12], [C13, C14]),
    "events": [
        event("SANCTION", NETANYAHU, GALLANT, C1, mode="expel"),
        event("ACCUSE", NETANYAHU, GALLANT, C2, mode="disapprove", date="2024-11-05"),
        event("ACCUSE", NETANYAHU, GALLANT, C3, mode="allege"),
        event("REQUEST", GALLANT, ISR_GOV, C6, mode="change"),
        event("PROTEST", ISR_PROTESTERS, NETANYAHU, C7, mode="obstruct", location="Tel Aviv",
              location_country="ISR"),
        event("ASSAULT", ISR_POLICE, ISR_PROTESTERS, C8, mode="crowd-control"),
        event("COERCE", ISR_POLICE, ISR_PROTESTERS, C8, mode="arrest"),
        event("ACCUSE", LAPID, NETANYAHU, C9, mode="allege"),
        event("ACCUSE", HOSTAGE_FORUM, NETANYAHU, C10, mode="allege"),
        event("ACCUSE", GANTZ, NETANYAHU, C11, mode="disapprove"),
        event("SUPPORT", BEN_GVIR, NETANYAHU, C12),
        event("REQUEST", GALLANT, ISR_GOV, C13, mode="change"),
        event("CONCEDE", NETANYAHU, GALLANT, C13),
    ],
    "quotes": [
        quote("Das Vertrauen zwischen ihm und Galant sei in den vergangenen Monaten „zerbrochen“", "Benjamin Netanyahu",
              "indirect"),
        quote("zerbrochen", "Benjamin Netanyahu", "direct"),
        quote("Galant habe Entscheidungen des Kabinetts öffentlich widersprochen und damit den Feinden Israels in die "
              "Hände gespielt", "Benjamin Netanyahu", "indirect"),
        quote("er sei wegen dreier Streitpunkte entlassen worden: seines Widerstands gegen die Befreiung "
              "strengreligiöser Männer vom Wehrdienst, seines Einsatzes für eine rasche Rückkehr der Geiseln und "
              "seiner Forderung nach einer staatlichen Untersuchung des Hamas-Massakers vom 7. Oktober",
              "Yoav Gallant", "indirect"),
        quote("so schnell wie möglich, solange sie noch leben", "Yoav Gallant", "direct"),
        quote("die Sicherheit Israels seinem politischen Überleben zu opfern", "Yair Lapid", "indirect"),
        quote("Die Entlassung ist die direkte Fortsetzung der Bemühungen, ein Abkommen zur Freilassung der Geiseln zu "
              "torpedieren", "Hostages and Missing Families Forum", "direct"),
        quote("Netanjahu stelle die Politik über die Sicherheit des Landes", "Benny Gantz", "indirect"),
        quote("richtigen Schritt", "Itamar Ben-Gvir", "direct"),
    ],
    "entities": [
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Israel", "LOC", "ISR", ["Israels", "des Landes"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israels Ministerpräsident Benjamin Netanjahu", "Netanjahu",
                                                    "der 75-Jährige", "dem Regierungschef"]),
        entity("Hamas", "ORG", "PSE", ["die Hamas", "Hamas"]),
        entity("Hezbollah", "ORG", "LBN", ["die Hisbollah"]),
        entity("Yoav Gallant", "PER", "ISR", ["Verteidigungsminister Joav Galant", "Galant", "Der 65-Jährige"]),
        entity("Government of Israel", "ORG", "ISR", ["des Kabinetts", "die Regierung"]),
        entity("Israel Katz", "PER", "ISR", ["Außenminister Israel Katz"]),
        entity("Gideon Saar", "PER", "ISR", ["Gideon Saar"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["das Außenamt"]),
        entity("Ayalon Highway", "LOC", "ISR", ["die Stadtautobahn Ajalon"]),
        entity("Israel Police", "ORG", "ISR", ["die Polizei"]),
        entity("Yair Lapid", "PER", "ISR", ["Oppositionsführer Jair Lapid"]),
        entity("Hostages and Missing Families Forum", "ORG", "ISR", ["das Forum der Geiselfamilien"]),
        entity("Benny Gantz", "PER", "ISR", ["Der frühere Minister Benny Gantz"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["Der rechtsextreme Polizeiminister Itamar Ben-Gvir"]),
    ],
}

# ---------------------------------------------------------------- hm281-de-04 (Egypt, Cairo Peace Summit)
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
ABDULLAH = actor("Abdullah II", "JOR", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
EG_RED_CRESCENT = actor("Egyptian Red Crescent", "EGY", "NGO")
GAZA_CIVILIANS = actor("civilians in the Gaza Strip", "PSE", "CVL")
IDF = actor("Israel Defense Forces", "ISR", "MIL")

D1 = ("Kairo (Reuters) - Ein von Ägypten ausgerichteter Friedensgipfel zum Krieg im Gazastreifen ist am Samstag ohne "
      "gemeinsame Abschlusserklärung zu Ende gegangen.")
D2 = ("Zu dem Treffen in der Neuen Verwaltungshauptstadt östlich von Kairo waren Staats- und Regierungschefs sowie "
      "Minister aus rund 30 Ländern angereist.")
D3 = ("Gastgeber Abdel Fattah al-Sisi empfing unter anderem Palästinenserpräsident Mahmud Abbas, Jordaniens König "
      "Abdullah II. und UN-Generalsekretär António Guterres.")
D4 = "Israel war nicht vertreten, die USA schickten lediglich ihre Geschäftsträgerin in Kairo."
D5 = ("Al-Sisi wies in seiner Eröffnungsrede jede Vertreibung von Palästinensern aus dem Gazastreifen auf die "
      "ägyptische Sinai-Halbinsel entschieden zurück.")
D6 = "„Der Grenzübergang Rafah war von ägyptischer Seite zu keinem Zeitpunkt geschlossen“, sagte der 68-Jährige."
D7 = ("Abbas sagte, die Palästinenser würden ihr Land nicht verlassen, und warf Israel vor, das palästinensische Volk "
      "kollektiv zu bestrafen.")
D8 = ("König Abdullah nannte die anhaltende Bombardierung des Gazastreifens eine Kollektivstrafe und ein "
      "„Kriegsverbrechen“.")
D9 = "Guterres forderte eine sofortige humanitäre Waffenruhe, um „diesen furchtbaren Albtraum“ zu beenden."
D10 = ("Zugleich verurteilte der UN-Chef die „abscheulichen“ Angriffe der Hamas vom 7. Oktober, betonte aber, diese "
       "rechtfertigten keine kollektive Bestrafung der Palästinenser.")
D11 = ("Am Morgen hatten die ersten 20 Lastwagen des Ägyptischen Roten Halbmonds mit Lebensmitteln, Wasser und "
       "Medikamenten den Grenzübergang Rafah in den Gazastreifen passiert.")
D12 = "Es war die erste Hilfslieferung, seit Israel den Küstenstreifen nach dem Hamas-Angriff abgeriegelt hatte."
D13 = ("Hilfsorganisationen sprachen von einem „Tropfen auf den heißen Stein“; Hunderte weitere Lastwagen warteten "
       "auf der ägyptischen Seite der Grenze.")
D14 = ("Man habe sich wegen unterschiedlicher Positionen zur Verurteilung der Hamas nicht auf eine gemeinsame "
       "Erklärung einigen können, hieß es aus Diplomatenkreisen.")
D15 = "Die israelische Armee setzte am Samstag ihre Luftangriffe auf Ziele der Hamas im Gazastreifen fort."

DE04 = {
    "id": "hm281-de-04", "lang": "de", "url": None, "published": "2023-10-21",
    "title": "Kairoer Friedensgipfel endet ohne gemeinsame Erklärung – erste Hilfe erreicht Gaza",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10], [D11, D12, D13], [D14, D15]),
    "events": [
        event("CONSULT", ABBAS, SISI, D3, mode="visit", location="New Administrative Capital",
              location_country="EGY"),
        event("CONSULT", ABDULLAH, SISI, D3, mode="visit", location="New Administrative Capital",
              location_country="EGY"),
        event("CONSULT", GUTERRES, SISI, D3, mode="visit", location="New Administrative Capital",
              location_country="EGY"),
        event("REJECT", SISI, ISRAEL, D5, mode="change"),
        event("ACCUSE", ABBAS, ISRAEL, D7, mode="allege"),
        event("ACCUSE", ABDULLAH, ISRAEL, D8, mode="allege"),
        event("REQUEST", GUTERRES, None, D9, mode="yield"),
        event("ACCUSE", GUTERRES, HAMAS, D10, mode="disapprove"),
        event("AID", EG_RED_CRESCENT, GAZA_CIVILIANS, D11, date="2023-10-21", location="Rafah crossing",
              location_country="EGY"),
        event("COERCE", ISRAEL, GAZA_CIVILIANS, D12, mode="restrict", location="Gaza Strip", location_country="PSE"),
        event("ASSAULT", IDF, HAMAS, D15, mode="aerial", date="2023-10-21", location="Gaza Strip",
              location_country="PSE"),
    ],
    "quotes": [
        quote("Der Grenzübergang Rafah war von ägyptischer Seite zu keinem Zeitpunkt geschlossen",
              "Abdel Fattah al-Sisi", "direct"),
        quote("die Palästinenser würden ihr Land nicht verlassen", "Mahmoud Abbas", "indirect"),
        quote("das palästinensische Volk kollektiv zu bestrafen", "Mahmoud Abbas", "indirect"),
        quote("Kriegsverbrechen", "Abdullah II", "direct"),
        quote("diesen furchtbaren Albtraum", "António Guterres", "direct"),
        quote("abscheulichen", "António Guterres", "direct"),
        quote("diese rechtfertigten keine kollektive Bestrafung der Palästinenser", "António Guterres", "indirect"),
        quote("Tropfen auf den heißen Stein", "humanitarian aid organisations", "direct"),
        quote("Man habe sich wegen unterschiedlicher Positionen zur Verurteilung der Hamas nicht auf eine gemeinsame "
              "Erklärung einigen können", "diplomats at the Cairo Peace Summit", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen", "den Küstenstreifen"]),
        entity("New Administrative Capital", "LOC", "EGY", ["Neuen Verwaltungshauptstadt östlich von Kairo"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Gastgeber Abdel Fattah al-Sisi", "Al-Sisi",
                                                      "der 68-Jährige"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palästinenserpräsident Mahmud Abbas", "Abbas"]),
        entity("Jordan", "LOC", "JOR", ["Jordaniens"]),
        entity("Abdullah II", "PER", "JOR", ["Jordaniens König Abdullah II.", "König Abdullah"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres", "Guterres",
                                                  "der UN-Chef"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Beth Jones", "PER", "USA", ["ihre Geschäftsträgerin in Kairo"]),
        entity("Sinai Peninsula", "LOC", "EGY", ["die ägyptische Sinai-Halbinsel"]),
        entity("Rafah crossing", "LOC", "EGY", ["Der Grenzübergang Rafah", "den Grenzübergang Rafah"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas", "Hamas"]),
        entity("Egyptian Red Crescent", "ORG", "EGY", ["des Ägyptischen Roten Halbmonds"]),
        entity("humanitarian aid organisations", "ORG", None, ["Hilfsorganisationen"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee"]),
    ],
}

# ---------------------------------------------------------------- hm281-en-01 (Qatar frees eight former Indian navy officers)
QATAR = actor("Qatar", "QAT", "GOV")
IND_VETERANS = actor("former Indian navy officers detained in Qatar", "IND", "CVL")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
TAMIM = actor("Tamim bin Hamad Al Thani", "QAT", "GOV")
QAT_AUTHORITIES = actor("Qatari authorities", "QAT", "GOV")
QAT_COURT = actor("Court of First Instance of Qatar", "QAT", "JUD")
QAT_APPEALS = actor("Court of Appeal of Qatar", "QAT", "JUD")
IND_GOV = actor("Government of India", "IND", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
FREED_OFFICER = actor("former Indian navy officer released by Qatar", "IND", "CVL")
UAE = actor("United Arab Emirates", "ARE", "GOV")
PETRONET = actor("Petronet LNG", "IND", "BUS")
QATARENERGY = actor("QatarEnergy", "QAT", "BUS")
RAMESH = actor("Jairam Ramesh", "IND", "OPP")

E1 = ("NEW DELHI, Feb 12 (Reuters) - Qatar has released eight former Indian navy officers who had been sentenced to "
      "death there on undisclosed charges, and seven of them have returned home, India's foreign ministry said on "
      "Monday.")
E2 = ('"The Government of India welcomes the release of eight Indian nationals working for Dahra Global Company who '
      'were detained in Qatar," the ministry said in a statement.')
E3 = ('It said it appreciated "the decision by the Amir of the State of Qatar to enable the release and '
      'home-coming of these nationals" and had followed the case closely.')
E4 = ("The men, all veterans who had worked for the Doha-based defence services firm Dahra Global, were arrested in "
      "August 2022.")
E5 = ('A Qatari court sentenced them to death in October on charges that neither government has made public, a '
      'verdict New Delhi said had left it "deeply shocked."')
E6 = "An appeals court commuted the death sentences to prison terms of varying lengths in December."
E7 = ("Prime Minister Narendra Modi had raised the case with Qatar's ruler, Sheikh Tamim bin Hamad Al Thani, when the "
      "two met on the sidelines of the COP28 climate summit in Dubai in early December.")
E8 = ('"We would not have been standing here without the personal intervention of the prime minister," one of the '
      'men told reporters after landing at New Delhi airport early on Monday.')
E9 = 'Several of them chanted "Bharat Mata ki Jai" (Victory to Mother India) as they left the terminal.'
E10 = ("The eighth man, Purnendu Tiwari, remains in Qatar until his exit formalities are completed, the ministry "
       "said.")
E11 = ("Foreign Secretary Vinay Kwatra told reporters that Modi would travel to Doha on Wednesday after a two-day "
       "visit to the United Arab Emirates and hold talks with the emir.")
E12 = ("The release comes days after India's Petronet LNG signed a 20-year deal to buy 7.5 million tonnes a year of "
       "liquefied natural gas from state-run QatarEnergy.")
E13 = ("Jairam Ramesh, a spokesman for the opposition Congress party, said the government still owed the country an "
       "explanation of what the men had been accused of.")
E14 = ("Indian media have reported, citing unnamed sources, that the men were accused of spying for Israel, an "
       "allegation neither Doha nor New Delhi has confirmed.")

EN01 = {
    "id": "hm281-en-01", "lang": "en", "url": None, "published": "2024-02-12",
    "title": "Qatar frees eight former Indian navy officers once sentenced to death",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10], [E11, E12, E13, E14]),
    "events": [
        event("RETREAT", QATAR, IND_VETERANS, E1, mode="release"),
        event("SUPPORT", IND_MEA, QATAR, E2),
        event("SUPPORT", IND_MEA, TAMIM, E3),
        event("COERCE", QAT_AUTHORITIES, IND_VETERANS, E4, mode="arrest"),
        event("SANCTION", QAT_COURT, IND_VETERANS, E5, mode="convict"),
        event("ACCUSE", IND_GOV, QAT_COURT, E5, mode="disapprove"),
        event("CONCEDE", QAT_APPEALS, IND_VETERANS, E6),
        event("CONSULT", MODI, TAMIM, E7, mode="multilateral", location="Dubai", location_country="ARE"),
        event("SUPPORT", FREED_OFFICER, MODI, E8, date="2024-02-12", location="New Delhi", location_country="IND"),
        event("AGREE", MODI, TAMIM, E11, location="Doha", location_country="QAT"),
        event("AGREE", MODI, UAE, E11),
        event("SUPPORT", PETRONET, QATARENERGY, E12),
        event("REQUEST", RAMESH, IND_GOV, E13),
    ],
    "quotes": [
        quote("Qatar has released eight former Indian navy officers who had been sentenced to death there on "
              "undisclosed charges, and seven of them have returned home", "Ministry of External Affairs of India",
              "indirect"),
        quote("The Government of India welcomes the release of eight Indian nationals working for Dahra Global Company "
              "who were detained in Qatar", "Ministry of External Affairs of India", "direct"),
        quote("the decision by the Amir of the State of Qatar to enable the release and home-coming of these "
              "nationals", "Ministry of External Affairs of India", "direct"),
        quote('it appreciated "the decision by the Amir of the State of Qatar to enable the release and home-coming '
              'of these nationals" and had followed the case closely', "Ministry of External Affairs of India", "indirect"),
        quote("deeply shocked", "Government of India", "direct"),
        quote("We would not have been standing here without the personal intervention of the prime minister",
              "former Indian navy officer released by Qatar", "direct"),
        quote("Bharat Mata ki Jai", "former Indian navy officers detained in Qatar", "direct"),
        quote("The eighth man, Purnendu Tiwari, remains in Qatar until his exit formalities are completed",
              "Ministry of External Affairs of India", "indirect"),
        quote("Modi would travel to Doha on Wednesday after a two-day visit to the United Arab Emirates and hold talks "
              "with the emir", "Vinay Kwatra", "indirect"),
        quote("the government still owed the country an explanation of what the men had been accused of",
              "Jairam Ramesh", "indirect"),
        quote("the men were accused of spying for Israel", "Indian media", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["NEW DELHI", "New Delhi"]),
        entity("Qatar", "LOC", "QAT", ["Qatar", "the State of Qatar"]),
        entity("Indian Navy", "ORG", "IND", ["Indian navy"]),
        entity("former Indian navy officers detained in Qatar", "PER", "IND", [
            "eight former Indian navy officers", "eight Indian nationals", "these nationals", "The men", "the men",
            "Several of them"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["India's foreign ministry", "the ministry"]),
        entity("India", "LOC", "IND", ["India", "the country"]),
        entity("Government of India", "ORG", "IND", ["The Government of India", "the government"]),
        entity("Dahra Global", "ORG", "QAT", ["Dahra Global Company", "the Doha-based defence services firm Dahra Global"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["the Amir of the State of Qatar", "Qatar's ruler",
                                                          "Sheikh Tamim bin Hamad Al Thani", "the emir"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Court of First Instance of Qatar", "ORG", "QAT", ["A Qatari court"]),
        entity("Court of Appeal of Qatar", "ORG", "QAT", ["An appeals court"]),
        entity("Narendra Modi", "PER", "IND", ["Prime Minister Narendra Modi", "the prime minister", "Modi"]),
        entity("Dubai", "LOC", "ARE", ["Dubai"]),
        entity("former Indian navy officer released by Qatar", "PER", "IND", ["one of the men"]),
        entity("Indira Gandhi International Airport", "LOC", "IND", ["New Delhi airport"]),
        entity("Purnendu Tiwari", "PER", "IND", ["The eighth man, Purnendu Tiwari"]),
        entity("Vinay Kwatra", "PER", "IND", ["Foreign Secretary Vinay Kwatra"]),
        entity("United Arab Emirates", "LOC", "ARE", ["the United Arab Emirates"]),
        entity("Petronet LNG", "ORG", "IND", ["India's Petronet LNG"]),
        entity("QatarEnergy", "ORG", "QAT", ["state-run QatarEnergy"]),
        entity("Jairam Ramesh", "PER", "IND", ["Jairam Ramesh"]),
        entity("Indian National Congress", "ORG", "IND", ["the opposition Congress party"]),
        entity("Indian media", "ORG", "IND", ["Indian media"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
    ],
}

# ---------------------------------------------------------------- hm281-en-02 (Iran/USA, prisoner swap via Doha)
IRAN = actor("Iran", "IRN", "GOV")
US_DETAINEES = actor("American detainees in Iran", "USA", "CVL")
IRN_DETAINEES_US = actor("Iranians held in the United States", "IRN", "CVL")
HAITHAM = actor("Haitham bin Tariq", "OMN", "GOV")
USA = actor("United States", "USA", "GOV")
AHMADINEJAD = actor("Mahmoud Ahmadinejad", "IRN", "GOV")
IRN_MOIS = actor("Ministry of Intelligence of Iran", "IRN", "GOV")
RAISI = actor("Ebrahim Raisi", "IRN", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
US_NEGOTIATORS = actor("U.S. negotiators", "USA", "GOV")
IRN_NEGOTIATORS = actor("Iranian negotiators", "IRN", "GOV")
MCCAUL = actor("Michael McCaul", "USA", "LEG")
BIDEN_ADMIN = actor("Biden administration", "USA", "GOV")
BABAK_NAMAZI = actor("Babak Namazi", "USA", "CVL")

F1 = ("DOHA, Sept 18 (Reuters) - Five Americans held for years in Iran landed in Qatar on Monday after being freed in "
      "a prisoner swap that also unlocked $6 billion in Iranian funds, a rare deal between the two long-time "
      "adversaries.")
F2 = ("A Qatari government jet carrying the five and two of their relatives touched down in Doha in the afternoon.")
F3 = ("Among them were businessman Siamak Namazi, who had been held since 2015, venture capitalist Emad Shargi and "
      "environmentalist Morad Tahbaz.")
F4 = ("In return, President Joe Biden granted clemency to five Iranians charged with or convicted of violating U.S. "
      "sanctions, two of whom were expected to fly home to Iran via Doha.")
F5 = ("The $6 billion, which had been frozen in South Korea, was transferred to accounts in Qatar last week under a "
      "U.S. sanctions waiver.")
F6 = ("In a statement, Biden thanked Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Oman's Sultan Haitham bin "
      "Tariq for helping to secure the deal.")
F7 = '"Today, five innocent Americans who were imprisoned in Iran are finally coming home," he said.'
F8 = ("Washington at the same time imposed new sanctions on former Iranian President Mahmoud Ahmadinejad and Iran's "
      "Ministry of Intelligence over their involvement in wrongful detentions.")
F9 = ('Biden said the United States would continue to "impose costs" on Iran for its provocative actions in the '
      'region.')
F10 = ("Iranian President Ebrahim Raisi, speaking in New York ahead of the U.N. General Assembly, rejected U.S. "
       "assertions that the money could only be used for humanitarian goods, saying Tehran would spend it "
       '"wherever we need it" and that the funds belonged to the Iranian people.')
F11 = ("Foreign Ministry spokesman Nasser Kanaani accused Washington of illegally blocking Iranian assets for years "
       'and said the swap had been achieved through "indirect" talks.')
F12 = ("The deal was the product of months of negotiations in which Qatari officials shuttled between U.S. and "
       "Iranian negotiators in Doha.")
F13 = ('House Foreign Affairs Committee Chairman Michael McCaul, a Republican, condemned the agreement, calling the '
       'release of the funds a "ransom" payment that would encourage more hostage-taking.')
F14 = ("White House national security spokesman John Kirby rejected that charge, saying Iran would not receive the "
       "money directly and that no U.S. taxpayer dollars had been used.")
F15 = ('Babak Namazi, Siamak\'s brother, thanked Biden and said the family had lived through "an unimaginable '
       'nightmare" for eight years.')
F16 = "The freed Americans were expected to fly on to Washington later in the day."

EN02 = {
    "id": "hm281-en-02", "lang": "en", "url": None, "published": "2023-09-18",
    "title": "Five Americans freed by Iran land in Qatar in prisoner swap",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9], [F10, F11, F12], [F13, F14, F15, F16]),
    "events": [
        event("RETREAT", IRAN, US_DETAINEES, F1, mode="release", date="2023-09-18"),
        event("CONCEDE", BIDEN, IRN_DETAINEES_US, F4),
        event("SUPPORT", BIDEN, TAMIM, F6),
        event("SUPPORT", BIDEN, HAITHAM, F6),
        event("SANCTION", USA, AHMADINEJAD, F8, mode="discontinue"),
        event("SANCTION", USA, IRN_MOIS, F8, mode="discontinue"),
        event("THREATEN", BIDEN, IRAN, F9),
        event("REJECT", RAISI, USA, F10, mode="change"),
        event("ACCUSE", KANAANI, USA, F11, mode="allege"),
        event("CONSULT", US_NEGOTIATORS, IRN_NEGOTIATORS, F12, mode="third-party", location="Doha",
              location_country="QAT"),
        event("ACCUSE", MCCAUL, BIDEN_ADMIN, F13, mode="disapprove"),
        event("SUPPORT", BABAK_NAMAZI, BIDEN, F15),
    ],
    "quotes": [
        quote("Today, five innocent Americans who were imprisoned in Iran are finally coming home", "Joe Biden",
              "direct"),
        quote('the United States would continue to "impose costs" on Iran for its provocative actions in the region',
              "Joe Biden", "indirect"),
        quote("impose costs", "Joe Biden", "direct"),
        quote("the money could only be used for humanitarian goods", "Government of the United States", "indirect"),
        quote('Tehran would spend it "wherever we need it" and that the funds belonged to the Iranian people',
              "Ebrahim Raisi", "indirect"),
        quote("wherever we need it", "Ebrahim Raisi", "direct"),
        quote('the swap had been achieved through "indirect" talks', "Nasser Kanaani", "indirect"),
        quote("indirect", "Nasser Kanaani", "direct"),
        quote("ransom", "Michael McCaul", "direct"),
        quote("Iran would not receive the money directly and that no U.S. taxpayer dollars had been used",
              "John Kirby", "indirect"),
        quote('the family had lived through "an unimaginable nightmare" for eight years', "Babak Namazi", "indirect"),
        quote("an unimaginable nightmare", "Babak Namazi", "direct"),
    ],
    "entities": [
        entity("Doha", "LOC", "QAT", ["DOHA", "Doha"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Qatar", "LOC", "QAT", ["Qatar"]),
        entity("American detainees in Iran", "PER", "USA", ["Five Americans", "the five",
                                                            "five innocent Americans", "The freed Americans"]),
        entity("Siamak Namazi", "PER", "USA", ["businessman Siamak Namazi", "Siamak"]),
        entity("Emad Shargi", "PER", "USA", ["venture capitalist Emad Shargi"]),
        entity("Morad Tahbaz", "PER", "USA", ["environmentalist Morad Tahbaz"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Iranians held in the United States", "PER", "IRN", ["five Iranians"]),
        entity("South Korea", "LOC", "KOR", ["South Korea"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["Qatar's Emir Sheikh Tamim bin Hamad Al Thani"]),
        entity("Oman", "LOC", "OMN", ["Oman"]),
        entity("Haitham bin Tariq", "PER", "OMN", ["Sultan Haitham bin Tariq"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Mahmoud Ahmadinejad", "PER", "IRN", ["former Iranian President Mahmoud Ahmadinejad"]),
        entity("Ministry of Intelligence of Iran", "ORG", "IRN", ["Iran's Ministry of Intelligence"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Ebrahim Raisi", "PER", "IRN", ["Iranian President Ebrahim Raisi"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["the U.N. General Assembly"]),
        entity("Government of Iran", "ORG", "IRN", ["Tehran"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Foreign Ministry spokesman Nasser Kanaani"]),
        entity("Michael McCaul", "PER", "USA", ["House Foreign Affairs Committee Chairman Michael McCaul"]),
        entity("House Foreign Affairs Committee", "ORG", "USA", ["House Foreign Affairs Committee"]),
        entity("John Kirby", "PER", "USA", ["White House national security spokesman John Kirby"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Babak Namazi", "PER", "USA", ["Babak Namazi"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
