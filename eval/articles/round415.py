"""Round 415: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm415-de-01: Philippines: the Supreme Court strikes down the Bangsamoro districting law and halts the first BARMM parliamentary election; Comelec stops preparations, Macacua appeals for calm, the UBJP attacks the court and petitions Marcos, the palace promises cooperation, troops sent to Maguindanao, a candidate's car shot at without arrests (2025-09-30).
- hm415-de-02: India: Assam police arrest more than 2,200 people in the crackdown on child marriage, priests and clerics among them; Sarma vows to continue, women protest outside police stations and are dispersed in Dhubri, Ajmal accuses Sarma and is rebuffed, Congress and Saikia demand help for families, aid pledge, rights activists object (2023-02-04).
- hm415-de-03: Taiwan/China: the China Coast Guard boards the Taiwanese tourist boat King Xia off Kinmen after two Chinese died when their speedboat capsized during a Taiwanese coast guard chase; Taipei sends patrol boats, the MAC's appeal, Zhu Fenglian blames Taipei, regular Chinese patrols announced, Kuan Bi-ling offers to return the survivors, the KMT demands an inquiry (2024-02-19).
- hm415-de-04: India/Pakistan/World Bank: the Indus Waters Treaty neutral expert Michel Lino rejects Pakistan's objections to his competence on Kishenganga and Ratle; New Delhi welcomes it and stays out of the Court of Arbitration, Islamabad will keep taking part and Baloch accuses India, the 2016 requests to the World Bank, India's demand to renegotiate the treaty refused (2025-01-21).
- hm415-en-01: ASEAN/Myanmar: the Jakarta summit strips Myanmar of the 2026 chairmanship and hands it to the Philippines; Marsudi criticises the junta over the five-point consensus, Zaw Min Tun denies and accuses Indonesia, Marcos accepts, the NUG welcomes it and asks for recognition, air strikes in Sagaing, Widodo's appeal, East Asia Summit with Harris and Li Qiang (2023-09-05).
- hm415-en-02: Pakistan: a special court in Adiala prison sentences Imran Khan and Shah Mahmood Qureshi to 10 years each in the cipher case; the prosecution's case, Khan's US conspiracy claim and its denial, PTI and Gohar Ali Khan attack the court and the caretaker government, Solangi rejects interference, arrests of PTI supporters in Lahore and Karachi, rejected nomination papers and the lost bat symbol (2024-01-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm415-de-01 (Philippines, BARMM election halted)
PHL_SC = actor("Supreme Court of the Philippines", "PHL", "JUD")
BTA = actor("Bangsamoro Transition Authority", "PHL", "LEG")
MACACUA = actor("Abdulraof Macacua", "PHL", "GOV")
BARMM_RESIDENTS = actor("residents of Bangsamoro", "PHL", "CVL")
UBJP = actor("United Bangsamoro Justice Party", "PHL", "PTY")
UBJP_SPOX = actor("spokesperson of the United Bangsamoro Justice Party", "PHL", "PTY")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
AFP = actor("Armed Forces of the Philippines", "PHL", "MIL")
DOS_GUNMEN = actor("unknown gunmen in Datu Odin Sinsuat", "PHL", "CVL")
BARMM_CANDIDATE = actor("candidate for the Bangsamoro Parliament", "PHL", "CVL")
PNP = actor("Philippine National Police", "PHL", "COP")

P1 = ("Manila (dpa) - Das Oberste Gericht der Philippinen hat die für den 13. Oktober geplante erste Parlamentswahl "
      "in der autonomen Muslimregion Bangsamoro gestoppt.")
P2 = ("Die Richter erklärten am Dienstag ein Gesetz der regionalen Übergangsbehörde über den Zuschnitt der "
      "Wahlkreise für verfassungswidrig.")
P3 = ("Zugleich wiesen sie die Behörde an, bis zum 30. Oktober neue Wahlkreise festzulegen, damit spätestens Ende "
      "März 2026 gewählt werden könne.")
P4 = ("Die Region auf der südlichen Insel Mindanao war 2019 als Ergebnis eines Friedensabkommens mit der früheren "
      "Rebellengruppe Moro Islamic Liberation Front (MILF) entstanden.")
P5 = "Die Abstimmung war bereits zweimal verschoben worden."
P6 = "Die Wahlkommission Comelec stellte die Vorbereitungen noch am Dienstag ein."
P7 = ("„Wir respektieren die Entscheidung, auch wenn bereits Millionen Stimmzettel gedruckt sind“, sagte "
      "Comelec-Chef George Garcia.")
P8 = "Der Chef der Übergangsregierung, Abdulraof Macacua, rief die Bevölkerung zur Ruhe auf."
P9 = ("Die United Bangsamoro Justice Party (UBJP), der politische Arm der MILF, warf dem Gericht dagegen vor, den "
      "mühsam erkämpften Frieden aufs Spiel zu setzen.")
P10 = ("Eine weitere Verschiebung sei ein „Schlag ins Gesicht der Kämpfer, die ihre Waffen abgegeben haben“, "
       "erklärte ein Parteisprecher.")
P11 = ("Die Partei forderte Präsident Ferdinand Marcos Jr. auf, die Übergangsbehörde bis zur Wahl unverändert im Amt "
       "zu lassen.")
P12 = ("Palastsprecherin Claire Castro sagte, die Regierung respektiere das Urteil und werde eng mit der "
       "Übergangsbehörde zusammenarbeiten.")
P13 = ("Das Militär verlegte zusätzliche Soldaten in die Provinzen Maguindanao del Norte und Maguindanao del Sur, um "
       "Unruhen vorzubeugen.")
P14 = "Im Wahlkampf waren in den vergangenen Monaten mehrere Kandidaten und Helfer getötet worden."
P15 = ("Am Samstag hatten Unbekannte in der Stadt Datu Odin Sinsuat das Auto eines Kandidaten für das "
       "Regionalparlament beschossen; der Mann blieb unverletzt.")
P16 = "Festnahmen habe es bislang nicht gegeben, teilte die Polizei mit."

DE01 = {
    "id": "hm415-de-01", "lang": "de", "url": None, "published": "2025-09-30",
    "title": "Philippinisches Gericht stoppt erste Wahl in Bangsamoro",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6, P7], [P8, P9, P10, P11, P12], [P13, P14, P15, P16]),
    "events": [
        event("COERCE", PHL_SC, BTA, P1, mode="restrict", location_country="PHL"),
        event("COERCE", PHL_SC, BTA, P2, mode="restrict", date="2025-09-30", location_country="PHL"),
        event("REQUEST", PHL_SC, BTA, P3, mode="change"),
        event("REQUEST", MACACUA, BARMM_RESIDENTS, P8),
        event("ACCUSE", UBJP, PHL_SC, P9, mode="disapprove"),
        event("ACCUSE", UBJP_SPOX, PHL_SC, P10, mode="disapprove"),
        event("REQUEST", UBJP, MARCOS, P11),
        event("AGREE", PHL_GOV, BTA, P12),
        event("MOBILIZE", AFP, None, P13, mode="troops", location_country="PHL"),
        event("ASSAULT", DOS_GUNMEN, BARMM_CANDIDATE, P15, mode="firearms", date="2025-09-27",
              location="Datu Odin Sinsuat", location_country="PHL"),
        event("COERCE", PNP, DOS_GUNMEN, P16, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Wir respektieren die Entscheidung, auch wenn bereits Millionen Stimmzettel gedruckt sind",
              "George Garcia", "direct"),
        quote("den mühsam erkämpften Frieden aufs Spiel zu setzen", "United Bangsamoro Justice Party", "indirect"),
        quote("Schlag ins Gesicht der Kämpfer, die ihre Waffen abgegeben haben",
              "spokesperson of the United Bangsamoro Justice Party", "direct"),
        quote("Eine weitere Verschiebung sei ein „Schlag ins Gesicht der Kämpfer, die ihre Waffen abgegeben haben“",
              "spokesperson of the United Bangsamoro Justice Party", "indirect"),
        quote("die Regierung respektiere das Urteil und werde eng mit der Übergangsbehörde zusammenarbeiten",
              "Claire Castro", "indirect"),
        quote("Festnahmen habe es bislang nicht gegeben", "Philippine National Police", "indirect"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Supreme Court of the Philippines", "ORG", "PHL",
               ["Das Oberste Gericht der Philippinen", "Die Richter", "dem Gericht"]),
        entity("Philippines", "LOC", "PHL", ["der Philippinen"]),
        entity("Bangsamoro Autonomous Region in Muslim Mindanao", "LOC", "PHL",
               ["der autonomen Muslimregion Bangsamoro", "Die Region"]),
        entity("Bangsamoro Transition Authority", "ORG", "PHL",
               ["der regionalen Übergangsbehörde", "die Behörde", "die Übergangsbehörde", "der Übergangsbehörde"]),
        entity("Mindanao", "LOC", "PHL", ["der südlichen Insel Mindanao"]),
        entity("Moro Islamic Liberation Front", "ORG", "PHL",
               ["der früheren Rebellengruppe Moro Islamic Liberation Front (MILF)", "der MILF"]),
        entity("Commission on Elections of the Philippines", "ORG", "PHL", ["Die Wahlkommission Comelec", "Comelec"]),
        entity("George Garcia", "PER", "PHL", ["Comelec-Chef George Garcia"]),
        entity("Bangsamoro Government", "ORG", "PHL", ["der Übergangsregierung"]),
        entity("Abdulraof Macacua", "PER", "PHL", ["Der Chef der Übergangsregierung, Abdulraof Macacua"]),
        entity("residents of Bangsamoro", "PER", "PHL", ["die Bevölkerung"]),
        entity("United Bangsamoro Justice Party", "ORG", "PHL",
               ["Die United Bangsamoro Justice Party (UBJP), der politische Arm der MILF", "Die Partei"]),
        entity("spokesperson of the United Bangsamoro Justice Party", "PER", "PHL", ["ein Parteisprecher"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr."]),
        entity("Claire Castro", "PER", "PHL", ["Palastsprecherin Claire Castro"]),
        entity("Government of the Philippines", "ORG", "PHL", ["die Regierung"]),
        entity("Armed Forces of the Philippines", "ORG", "PHL", ["Das Militär", "zusätzliche Soldaten"]),
        entity("Maguindanao del Norte", "LOC", "PHL", ["Maguindanao del Norte"]),
        entity("Maguindanao del Sur", "LOC", "PHL", ["Maguindanao del Sur"]),
        entity("unknown gunmen in Datu Odin Sinsuat", "PER", "PHL", ["Unbekannte"]),
        entity("Datu Odin Sinsuat", "LOC", "PHL", ["der Stadt Datu Odin Sinsuat"]),
        entity("candidate for the Bangsamoro Parliament", "PER", "PHL",
               ["eines Kandidaten für das Regionalparlament", "der Mann"]),
        entity("Bangsamoro Parliament", "ORG", "PHL", ["das Regionalparlament"]),
        entity("Philippine National Police", "ORG", "PHL", ["die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm415-de-02 (India, Assam child-marriage arrests)
ASSAM_POLICE = actor("Assam Police", "IND", "COP")
CM_SUSPECTS = actor("suspects in child marriage cases", "IND", "CVL")
HINDU_PRIESTS = actor("Hindu priests", "IND", "REL")
MUSLIM_CLERICS = actor("Muslim clerics", "IND", "REL")
SARMA = actor("Himanta Biswa Sarma", "IND", "GOV")
ASSAM_WOMEN = actor("women protesters in Assam", "IND", "CVL")
AJMAL = actor("Badruddin Ajmal", "IND", "OPP")
INC = actor("Indian National Congress", "IND", "PTY")
SAIKIA = actor("Debabrata Saikia", "IND", "OPP")
ASSAM_GOV = actor("Government of Assam", "IND", "GOV")
WIVES = actor("wives of detained men", "IND", "CVL")
IND_ACTIVISTS = actor("human rights activists in India", "IND", "NGO")

A1 = ("Guwahati (dpa) - Bei einem harten Vorgehen gegen Kinderehen hat die Polizei im nordostindischen Bundesstaat "
      "Assam innerhalb von drei Tagen mehr als 2200 Menschen festgenommen.")
A2 = ("Unter den Festgenommenen seien auch Dutzende Hindu-Priester und muslimische Geistliche, die solche Ehen "
      "geschlossen hätten, teilte Polizeichef Gyanendra Pratap Singh am Samstag mit.")
A3 = "Insgesamt habe die Polizei mehr als 4000 Ermittlungsverfahren eingeleitet, fügte er hinzu."
A4 = ("Ministerpräsident Himanta Biswa Sarma kündigte an, die Aktion bis zur Landtagswahl 2026 fortzusetzen.")
A5 = ("„Wir werden keine Nachsicht mit denen haben, die Mädchen ihre Kindheit rauben“, sagte der Politiker der "
      "hindunationalistischen Regierungspartei BJP.")
A6 = ("Nach Angaben der Landesregierung wird in Assam fast jedes dritte Mädchen vor dem 18. Geburtstag "
      "verheiratet.")
A7 = "Die Müttersterblichkeit in dem Bundesstaat gehört zu den höchsten des Landes."
A8 = ("In mehreren Bezirken versammelten sich Hunderte Frauen vor Polizeiwachen und verlangten die Freilassung "
      "ihrer Männer und Söhne.")
A9 = ("Im Bezirk Dhubri trieben Beamte eine Menge mit Schlagstöcken auseinander, die den Eingang einer Wache "
      "blockiert hatte.")
A10 = ("Der Abgeordnete Badruddin Ajmal von der Oppositionspartei AIUDF warf Sarma vor, mit der Kampagne gezielt "
       "Muslime ins Visier zu nehmen.")
A11 = "Sarma wies das zurück: Die Festnahmen träfen Täter aller Religionen."
A12 = ("Die Kongresspartei forderte die Regierung auf, statt auf Gefängnisstrafen auf Bildung und Aufklärung zu "
       "setzen.")
A13 = ("Die Familien der Inhaftierten dürften nicht ohne Ernährer zurückgelassen werden, sagte Oppositionsführer "
       "Debabrata Saikia.")
A14 = ("Die Landesregierung kündigte an, Frauen, deren Ehemänner in Haft sind, monatlich finanziell zu "
       "unterstützen.")
A15 = ("Das Kabinett hatte im Januar beschlossen, Ehen mit Mädchen unter 14 Jahren nach dem strengen "
       "Kinderschutzgesetz Pocso zu verfolgen.")
A16 = ("Menschenrechtler kritisierten, die Strafverfolgung treffe vor allem arme Familien und helfe den betroffenen "
       "Mädchen nicht.")

DE02 = {
    "id": "hm415-de-02", "lang": "de", "url": None, "published": "2023-02-04",
    "title": "Mehr als 2200 Festnahmen bei Razzia gegen Kinderehen in Indien",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14], [A15, A16]),
    "events": [
        event("COERCE", ASSAM_POLICE, CM_SUSPECTS, A1, mode="arrest", location="Assam", location_country="IND"),
        event("COERCE", ASSAM_POLICE, HINDU_PRIESTS, A2, mode="arrest"),
        event("COERCE", ASSAM_POLICE, MUSLIM_CLERICS, A2, mode="arrest"),
        event("ACCUSE", ASSAM_POLICE, CM_SUSPECTS, A3, mode="investigate"),
        event("THREATEN", SARMA, CM_SUSPECTS, A4, mode="arrest"),
        event("THREATEN", SARMA, CM_SUSPECTS, A5),
        event("PROTEST", ASSAM_WOMEN, ASSAM_POLICE, A8, mode="demo", location_country="IND"),
        event("COERCE", ASSAM_POLICE, ASSAM_WOMEN, A9, mode="crowd-control", location="Dhubri",
              location_country="IND"),
        event("ACCUSE", AJMAL, SARMA, A10, mode="disapprove"),
        event("REQUEST", INC, ASSAM_GOV, A12, mode="change"),
        event("REQUEST", SAIKIA, ASSAM_GOV, A13, mode="assist"),
        event("AGREE", ASSAM_GOV, WIVES, A14),
        event("ACCUSE", IND_ACTIVISTS, ASSAM_GOV, A16, mode="disapprove"),
    ],
    "quotes": [
        quote("Unter den Festgenommenen seien auch Dutzende Hindu-Priester und muslimische Geistliche, die solche Ehen "
              "geschlossen hätten", "Gyanendra Pratap Singh", "indirect"),
        quote("Insgesamt habe die Polizei mehr als 4000 Ermittlungsverfahren eingeleitet", "Gyanendra Pratap Singh",
              "indirect"),
        quote("Wir werden keine Nachsicht mit denen haben, die Mädchen ihre Kindheit rauben", "Himanta Biswa Sarma",
              "direct"),
        quote("Nach Angaben der Landesregierung wird in Assam fast jedes dritte Mädchen vor dem 18. Geburtstag "
              "verheiratet", "Government of Assam", "indirect"),
        quote("mit der Kampagne gezielt Muslime ins Visier zu nehmen", "Badruddin Ajmal", "indirect"),
        quote("Die Festnahmen träfen Täter aller Religionen", "Himanta Biswa Sarma", "indirect"),
        quote("Die Familien der Inhaftierten dürften nicht ohne Ernährer zurückgelassen werden", "Debabrata Saikia",
              "indirect"),
        quote("die Strafverfolgung treffe vor allem arme Familien und helfe den betroffenen Mädchen nicht",
              "human rights activists in India", "indirect"),
    ],
    "entities": [
        entity("Guwahati", "LOC", "IND", ["Guwahati"]),
        entity("Assam Police", "ORG", "IND", ["die Polizei", "Beamte"]),
        entity("Assam", "LOC", "IND", ["im nordostindischen Bundesstaat Assam", "in Assam", "dem Bundesstaat"]),
        entity("suspects in child marriage cases", "PER", "IND", ["mehr als 2200 Menschen", "den Festgenommenen"]),
        entity("Hindu priests", "PER", "IND", ["Dutzende Hindu-Priester"]),
        entity("Muslim clerics", "PER", "IND", ["muslimische Geistliche"]),
        entity("Gyanendra Pratap Singh", "PER", "IND", ["Polizeichef Gyanendra Pratap Singh", "er"]),
        entity("Himanta Biswa Sarma", "PER", "IND",
               ["Ministerpräsident Himanta Biswa Sarma", "der Politiker der hindunationalistischen Regierungspartei "
                "BJP", "Sarma"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["der hindunationalistischen Regierungspartei BJP"]),
        entity("Government of Assam", "ORG", "IND",
               ["der Landesregierung", "die Regierung", "Die Landesregierung", "Das Kabinett"]),
        entity("India", "LOC", "IND", ["des Landes"]),
        entity("women protesters in Assam", "PER", "IND", ["Hunderte Frauen", "eine Menge"]),
        entity("Dhubri", "LOC", "IND", ["Bezirk Dhubri"]),
        entity("Badruddin Ajmal", "PER", "IND", ["Der Abgeordnete Badruddin Ajmal"]),
        entity("All India United Democratic Front", "ORG", "IND", ["der Oppositionspartei AIUDF"]),
        entity("Indian National Congress", "ORG", "IND", ["Die Kongresspartei"]),
        entity("families of the detained", "PER", "IND", ["Die Familien der Inhaftierten"]),
        entity("Debabrata Saikia", "PER", "IND", ["Oppositionsführer Debabrata Saikia"]),
        entity("wives of detained men", "PER", "IND", ["Frauen, deren Ehemänner in Haft sind"]),
        entity("Protection of Children from Sexual Offences Act", "MISC", "IND", ["Kinderschutzgesetz Pocso"]),
        entity("human rights activists in India", "PER", "IND", ["Menschenrechtler"]),
    ],
}

# ---------------------------------------------------------------- hm415-de-03 (Taiwan/China, Kinmen boarding)
CCG = actor("China Coast Guard", "CHN", "COP")
KING_XIA = actor("passengers and crew of the King Xia", "TWN", "CVL")
TWN_CGA = actor("Coast Guard Administration of Taiwan", "TWN", "COP")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
SPEEDBOAT_CREW = actor("crew of the Chinese speedboat", "CHN", "CVL")
ZHU = actor("Zhu Fenglian", "CHN", "GOV")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
KUAN = actor("Kuan Bi-ling", "TWN", "GOV")
KMT = actor("Kuomintang", "TWN", "PTY")

K1 = ("Taipeh (dpa) - Nach dem tödlichen Zwischenfall mit einem chinesischen Schnellboot vor der Inselgruppe Kinmen "
      "hat die chinesische Küstenwache ein taiwanisches Ausflugsschiff gestoppt und kontrolliert.")
K2 = ("Beamte der Küstenwache gingen am Montag an Bord der „King Xia“, die mit 23 Passagieren und elf "
      "Besatzungsmitgliedern vor Kinmen unterwegs war.")
K3 = ("Das Schiff habe seine Fahrt nach rund einer halben Stunde fortsetzen dürfen, teilte die taiwanische "
      "Küstenwache mit.")
K4 = "Die Behörde schickte zwei Patrouillenboote in das Gebiet."
K5 = ("Taiwans Festlandsrat forderte Peking auf, „die Gefühle der Menschen in Taiwan zu respektieren“ und auf "
      "weitere Provokationen zu verzichten.")
K6 = ("Am vergangenen Mittwoch war ein chinesisches Schnellboot mit vier Männern an Bord gekentert, als die "
      "taiwanische Küstenwache es in gesperrten Gewässern vor Kinmen verfolgte.")
K7 = "Zwei der Männer kamen ums Leben, die beiden anderen wurden festgenommen."
K8 = "Die Küstenwache bestritt, das Boot gerammt zu haben."
K9 = "Nach ihren Angaben kenterte es bei einem riskanten Ausweichmanöver."
K10 = ("Die Sprecherin des chinesischen Büros für Taiwan-Angelegenheiten, Zhu Fenglian, verurteilte den Vorfall "
       "als „bösartig“ und machte Taipeh für den Tod der beiden Männer verantwortlich.")
K11 = "Sie warf den taiwanischen Behörden vor, seit Jahren „grob“ gegen Fischer vom Festland vorzugehen."
K12 = ("Am Sonntag kündigte die chinesische Küstenwache an, die Gewässer um Xiamen und Kinmen künftig regelmäßig "
       "zu bestreifen.")
K13 = ("Die Chefin des Rats für Meeresangelegenheiten, Kuan Bi-ling, sagte, die beiden Überlebenden sollten nach "
       "Abschluss der Ermittlungen nach China zurückkehren dürfen.")
K14 = "Die oppositionelle Kuomintang forderte die Regierung auf, den Vorfall vollständig aufzuklären."
K15 = ("Peking betrachtet Taiwan als Teil seines Territoriums und droht mit einer Eroberung der Insel, notfalls "
       "mit Gewalt.")
K16 = ("Die Inselgruppe Kinmen liegt nur wenige Kilometer vor der chinesischen Hafenstadt Xiamen, wird aber von "
       "Taiwan kontrolliert.")

DE03 = {
    "id": "hm415-de-03", "lang": "de", "url": None, "published": "2024-02-19",
    "title": "Chinas Küstenwache kontrolliert taiwanisches Ausflugsschiff vor Kinmen",
    "text": paragraphs([K1, K2, K3, K4, K5], [K6, K7, K8, K9], [K10, K11, K12], [K13, K14, K15, K16]),
    "events": [
        event("COERCE", CCG, KING_XIA, K1, location="Kinmen", location_country="TWN"),
        event("COERCE", CCG, KING_XIA, K2, date="2024-02-19", location="Kinmen", location_country="TWN"),
        event("MOBILIZE", TWN_CGA, None, K4, mode="police", location="Kinmen", location_country="TWN"),
        event("REQUEST", MAC, CHN_GOV, K5),
        event("COERCE", TWN_CGA, SPEEDBOAT_CREW, K6, date="2024-02-14", location="Kinmen",
              location_country="TWN"),
        event("COERCE", TWN_CGA, SPEEDBOAT_CREW, K7, mode="arrest"),
        event("ACCUSE", ZHU, TWN_GOV, K10, mode="disapprove"),
        event("ACCUSE", ZHU, TWN_GOV, K11, mode="disapprove"),
        event("MOBILIZE", CCG, None, K12, mode="police", date="2024-02-18"),
        event("CONCEDE", KUAN, CHN_GOV, K13),
        event("REQUEST", KMT, TWN_GOV, K14),
    ],
    "quotes": [
        quote("Das Schiff habe seine Fahrt nach rund einer halben Stunde fortsetzen dürfen",
              "Coast Guard Administration of Taiwan", "indirect"),
        quote("die Gefühle der Menschen in Taiwan zu respektieren", "Mainland Affairs Council", "direct"),
        quote("Nach ihren Angaben kenterte es bei einem riskanten Ausweichmanöver",
              "Coast Guard Administration of Taiwan", "indirect"),
        quote("bösartig", "Zhu Fenglian", "direct"),
        quote("grob", "Zhu Fenglian", "direct"),
        quote("seit Jahren „grob“ gegen Fischer vom Festland vorzugehen", "Zhu Fenglian", "indirect"),
        quote("die beiden Überlebenden sollten nach Abschluss der Ermittlungen nach China zurückkehren dürfen",
              "Kuan Bi-ling", "indirect"),
    ],
    "entities": [
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Chinese speedboat", "MISC", "CHN",
               ["einem chinesischen Schnellboot", "ein chinesisches Schnellboot", "das Boot"]),
        entity("Kinmen", "LOC", "TWN", ["der Inselgruppe Kinmen", "Kinmen", "Die Inselgruppe Kinmen"]),
        entity("China Coast Guard", "ORG", "CHN", ["die chinesische Küstenwache", "Beamte der Küstenwache"]),
        entity("King Xia", "MISC", "TWN", ["ein taiwanisches Ausflugsschiff", "der „King Xia“", "Das Schiff"]),
        entity("passengers and crew of the King Xia", "PER", "TWN",
               ["23 Passagieren und elf Besatzungsmitgliedern"]),
        entity("Coast Guard Administration of Taiwan", "ORG", "TWN",
               ["die taiwanische Küstenwache", "Die Behörde", "Die Küstenwache"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Taiwans Festlandsrat"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "der Insel"]),
        entity("crew of the Chinese speedboat", "PER", "CHN",
               ["vier Männern", "Zwei der Männer", "die beiden anderen", "der beiden Männer",
                "die beiden Überlebenden"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["des chinesischen Büros für Taiwan-Angelegenheiten"]),
        entity("Zhu Fenglian", "PER", "CHN",
               ["Die Sprecherin des chinesischen Büros für Taiwan-Angelegenheiten, Zhu Fenglian", "Sie"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Taipeh", "den taiwanischen Behörden", "die Regierung"]),
        entity("Chinese fishermen", "PER", "CHN", ["Fischer vom Festland"]),
        entity("Xiamen", "LOC", "CHN", ["Xiamen", "der chinesischen Hafenstadt Xiamen"]),
        entity("Ocean Affairs Council", "ORG", "TWN", ["des Rats für Meeresangelegenheiten"]),
        entity("Kuan Bi-ling", "PER", "TWN", ["Die Chefin des Rats für Meeresangelegenheiten, Kuan Bi-ling"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Kuomintang", "ORG", "TWN", ["Die oppositionelle Kuomintang"]),
    ],
}

# ---------------------------------------------------------------- hm415-de-04 (Indus Waters Treaty, neutral expert)
NEUTRAL_EXPERT = actor("Michel Lino", "IGO", "JUD")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
COURT_ARB = actor("Court of Arbitration (Indus Waters Treaty)", "IGO", "JUD")
PAK_MOFA = actor("Ministry of Foreign Affairs of Pakistan", "PAK", "GOV")
BALOCH = actor("Mumtaz Zahra Baloch", "PAK", "GOV")
WORLD_BANK = actor("World Bank", "IGO", "IGO")

I1 = ("Neu-Delhi/Islamabad (dpa) - Im Streit zwischen Indien und Pakistan um zwei Wasserkraftwerke im Himalaya hat "
      "ein neutraler Gutachter die Einwände Pakistans gegen seine Zuständigkeit zurückgewiesen.")
I2 = ("Der von der Weltbank ernannte Experte Michel Lino habe entschieden, dass er über die Streitfragen zu den "
      "Kraftwerken Kishenganga und Ratle urteilen könne, teilte das indische Außenministerium am Dienstag mit.")
I3 = "Neu-Delhi begrüßte die Entscheidung."
I4 = ("„Indien hat immer darauf bestanden, dass allein der neutrale Gutachter für diese Fragen zuständig ist“, "
      "sagte Außenamtssprecher Randhir Jaiswal.")
I5 = ("Zugleich bekräftigte er, dass Indien an dem parallelen Verfahren vor einem Schiedsgericht in Den Haag nicht "
      "teilnehmen werde.")
I6 = ("Das pakistanische Außenministerium erklärte, es nehme die Entscheidung zur Kenntnis und werde sich weiter an "
      "dem Verfahren beteiligen.")
I7 = ("Sprecherin Mumtaz Zahra Baloch warf Indien vor, den Vertrag von 1960 mit einseitigen Schritten aushöhlen zu "
      "wollen.")
I8 = ("Islamabad hatte 2016 bei der Weltbank die Einsetzung eines Schiedsgerichts beantragt, weil die Bauweise der "
      "Kraftwerke den Fluss des Wassers nach Pakistan beeinträchtigen könne.")
I9 = "Indien verlangte dagegen einen neutralen Gutachter."
I10 = "Die Weltbank setzte 2022 nach jahrelangem Zögern beide Verfahren zugleich in Gang."
I11 = ("Neu-Delhi hatte Pakistan im Januar 2023 und erneut im September 2024 offiziell aufgefordert, über eine "
       "Änderung des Abkommens zu verhandeln.")
I12 = "Islamabad lehnte dies bislang ab."
I13 = "Der Indus-Wasservertrag regelt seit mehr als sechs Jahrzehnten die Nutzung der Flüsse im Indus-Becken."
I14 = ("Er hat mehrere Kriege zwischen den Atommächten überstanden und gilt als eines der wenigen funktionierenden "
       "Abkommen der verfeindeten Nachbarn.")
I15 = "Wann der Gutachter in der Sache entscheidet, ist offen."

DE04 = {
    "id": "hm415-de-04", "lang": "de", "url": None, "published": "2025-01-21",
    "title": "Indus-Streit: Neutraler Gutachter erklärt sich für zuständig",
    "text": paragraphs([I1, I2, I3, I4, I5], [I6, I7, I8, I9, I10], [I11, I12], [I13, I14, I15]),
    "events": [
        event("REJECT", NEUTRAL_EXPERT, PAK_GOV, I1),
        event("SUPPORT", IND_GOV, NEUTRAL_EXPERT, I3),
        event("REJECT", IND_GOV, COURT_ARB, I5),
        event("AGREE", PAK_MOFA, NEUTRAL_EXPERT, I6),
        event("ACCUSE", BALOCH, IND_GOV, I7, mode="disapprove"),
        event("REQUEST", PAK_GOV, WORLD_BANK, I8),
        event("REQUEST", IND_GOV, WORLD_BANK, I9),
        event("REQUEST", IND_GOV, PAK_GOV, I11, mode="change"),
        event("REJECT", PAK_GOV, IND_GOV, I12, mode="change"),
    ],
    "quotes": [
        quote("Der von der Weltbank ernannte Experte Michel Lino habe entschieden, dass er über die Streitfragen zu "
              "den Kraftwerken Kishenganga und Ratle urteilen könne", "Ministry of External Affairs of India",
              "indirect"),
        quote("Indien hat immer darauf bestanden, dass allein der neutrale Gutachter für diese Fragen zuständig ist",
              "Randhir Jaiswal", "direct"),
        quote("dass Indien an dem parallelen Verfahren vor einem Schiedsgericht in Den Haag nicht teilnehmen werde",
              "Randhir Jaiswal", "indirect"),
        quote("es nehme die Entscheidung zur Kenntnis und werde sich weiter an dem Verfahren beteiligen",
              "Ministry of Foreign Affairs of Pakistan", "indirect"),
        quote("den Vertrag von 1960 mit einseitigen Schritten aushöhlen zu wollen", "Mumtaz Zahra Baloch",
              "indirect"),
        quote("die Bauweise der Kraftwerke den Fluss des Wassers nach Pakistan beeinträchtigen könne",
              "Government of Pakistan", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
        entity("Government of India", "ORG", "IND", ["Neu-Delhi", "Indien"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Pakistans", "Islamabad", "Pakistan"]),
        entity("Himalayas", "LOC", "IND", ["im Himalaya"]),
        entity("Michel Lino", "PER", "IGO",
               ["ein neutraler Gutachter", "seine", "Der von der Weltbank ernannte Experte Michel Lino", "er",
                "der neutrale Gutachter", "der Gutachter"]),
        entity("World Bank", "ORG", "IGO", ["der Weltbank", "Die Weltbank"]),
        entity("Kishenganga Hydroelectric Plant", "MISC", "IND", ["Kishenganga"]),
        entity("Ratle Hydroelectric Plant", "MISC", "IND", ["Ratle"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["das indische Außenministerium"]),
        entity("Randhir Jaiswal", "PER", "IND", ["Außenamtssprecher Randhir Jaiswal", "er"]),
        entity("Court of Arbitration (Indus Waters Treaty)", "ORG", "IGO",
               ["einem Schiedsgericht in Den Haag", "eines Schiedsgerichts"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Ministry of Foreign Affairs of Pakistan", "ORG", "PAK", ["Das pakistanische Außenministerium"]),
        entity("Mumtaz Zahra Baloch", "PER", "PAK", ["Sprecherin Mumtaz Zahra Baloch"]),
        entity("Indus Waters Treaty", "MISC", "IGO",
               ["den Vertrag von 1960", "des Abkommens", "Der Indus-Wasservertrag"]),
        entity("Indus basin", "LOC", "PAK", ["im Indus-Becken"]),
    ],
}

# ---------------------------------------------------------------- hm415-en-01 (ASEAN strips Myanmar of 2026 chair)
ASEAN = actor("Association of Southeast Asian Nations", "IGO", "IGO")
MMR_JUNTA = actor("Military government of Myanmar", "MMR", "MIL")
MARSUDI = actor("Retno Marsudi", "IDN", "GOV")
MAH = actor("Min Aung Hlaing", "MMR", "MIL")
ZAW_MIN_TUN = actor("Zaw Min Tun", "MMR", "MIL")
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")
MARCOS_E = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
NUG = actor("National Unity Government of Myanmar", "MMR", "OPP")
MMR_AIR_FORCE = actor("Myanmar Air Force", "MMR", "MIL")
SAGAING_CIV = actor("villagers in Sagaing", "MMR", "CVL")
JOKOWI = actor("Joko Widodo", "IDN", "GOV")
MMR_RESISTANCE = actor("Myanmar armed resistance", "MMR", "REB")
HARRIS = actor("Kamala Harris", "USA", "GOV")
LI_QIANG = actor("Li Qiang", "CHN", "GOV")

E1 = ("JAKARTA, Indonesia (AP) — Southeast Asian leaders on Tuesday stripped Myanmar of its turn to chair their "
      "regional bloc in 2026, handing the role to the Philippines in a new rebuke to the generals who seized power "
      "in 2021.")
E2 = ("Indonesian Foreign Minister Retno Marsudi announced the decision at the end of a summit of the Association of "
      "Southeast Asian Nations in Jakarta.")
E3 = ("Marsudi said Myanmar's military government had made no meaningful progress on a five-point peace plan that "
      "junta chief Min Aung Hlaing agreed to with ASEAN leaders in April 2021.")
E4 = "\"The leaders are very concerned about the lack of implementation,\" she told reporters."
E5 = ("The bloc will also keep Myanmar's military leaders out of its summits and admit only a non-political "
      "representative, she said.")
E6 = "Myanmar's military government denied that it had been pushed aside."
E7 = ("Its spokesman, Maj. Gen. Zaw Min Tun, said Naypyitaw had itself decided to skip its turn because it needed to "
      "focus on preparing for elections.")
E8 = ("He accused Indonesia of holding secret talks with \"terrorist groups,\" a reference to the pro-democracy "
      "resistance.")
E9 = ("Philippine President Ferdinand Marcos Jr. said his country was ready to take on the chairmanship and would "
      "work for peace in Myanmar.")
E10 = "The Philippines had been scheduled to lead ASEAN in 2027."
E11 = ("Myanmar's shadow National Unity Government welcomed the decision and called on the bloc to recognize it as "
       "the country's legitimate government.")
E12 = "Over the weekend, military jets bombed villages in the Sagaing region, killing at least eight people."
E13 = ("More than 4,000 civilians have been killed by security forces since the coup, according to the Assistance "
       "Association for Political Prisoners, a rights group.")
E14 = ("Indonesian President Joko Widodo urged Myanmar's generals and their armed opponents to end the fighting, "
       "saying the crisis must not \"hold the region hostage\" any longer.")
E15 = ("ASEAN leaders are due to meet U.S. Vice President Kamala Harris and Chinese Premier Li Qiang at the East Asia "
       "Summit in Jakarta on Thursday.")

EN01 = {
    "id": "hm415-en-01", "lang": "en", "url": None, "published": "2023-09-05",
    "title": "ASEAN strips Myanmar of 2026 chairmanship, hands role to the Philippines",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8], [E9, E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("SANCTION", ASEAN, MMR_JUNTA, E1, date="2023-09-05", location="Jakarta", location_country="IDN"),
        event("ACCUSE", MARSUDI, MMR_JUNTA, E3, mode="disapprove"),
        event("AGREE", MAH, ASEAN, E3),
        event("ACCUSE", MARSUDI, MMR_JUNTA, E4, mode="disapprove"),
        event("SANCTION", ASEAN, MMR_JUNTA, E5),
        event("ACCUSE", ZAW_MIN_TUN, IDN_GOV, E8, mode="allege"),
        event("AGREE", MARCOS_E, ASEAN, E9),
        event("SUPPORT", NUG, ASEAN, E11),
        event("REQUEST", NUG, ASEAN, E11, mode="change"),
        event("ASSAULT", MMR_AIR_FORCE, SAGAING_CIV, E12, mode="aerial", location="Sagaing",
              location_country="MMR"),
        event("REQUEST", JOKOWI, MMR_JUNTA, E14),
        event("REQUEST", JOKOWI, MMR_RESISTANCE, E14),
        event("AGREE", ASEAN, HARRIS, E15, mode="meet", location="Jakarta", location_country="IDN"),
        event("AGREE", ASEAN, LI_QIANG, E15, mode="meet", location="Jakarta", location_country="IDN"),
    ],
    "quotes": [
        quote("Myanmar's military government had made no meaningful progress on a five-point peace plan that junta "
              "chief Min Aung Hlaing agreed to with ASEAN leaders in April 2021", "Retno Marsudi", "indirect"),
        quote("The leaders are very concerned about the lack of implementation", "Retno Marsudi", "direct"),
        quote("The bloc will also keep Myanmar's military leaders out of its summits and admit only a non-political "
              "representative", "Retno Marsudi", "indirect"),
        quote("Naypyitaw had itself decided to skip its turn because it needed to focus on preparing for elections",
              "Zaw Min Tun", "indirect"),
        quote("terrorist groups", "Zaw Min Tun", "direct"),
        quote("his country was ready to take on the chairmanship and would work for peace in Myanmar",
              "Ferdinand Marcos Jr.", "indirect"),
        quote("More than 4,000 civilians have been killed by security forces since the coup",
              "Assistance Association for Political Prisoners", "indirect"),
        quote("hold the region hostage", "Joko Widodo", "direct"),
        quote("the crisis must not \"hold the region hostage\" any longer", "Joko Widodo", "indirect"),
    ],
    "entities": [
        entity("Jakarta", "LOC", "IDN", ["JAKARTA", "Jakarta"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesia"]),
        entity("Association of Southeast Asian Nations", "ORG", "IGO",
               ["Southeast Asian leaders", "their regional bloc", "the Association of Southeast Asian Nations",
                "ASEAN leaders", "The bloc", "the bloc", "ASEAN"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar", "the country's"]),
        entity("Military government of Myanmar", "ORG", "MMR",
               ["the generals who seized power in 2021", "Myanmar's military government", "Myanmar's military leaders",
                "Its", "Naypyitaw", "Myanmar's generals"]),
        entity("Philippines", "LOC", "PHL", ["the Philippines", "The Philippines", "his country"]),
        entity("Retno Marsudi", "PER", "IDN", ["Indonesian Foreign Minister Retno Marsudi", "Marsudi", "she"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["junta chief Min Aung Hlaing"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Its spokesman, Maj. Gen. Zaw Min Tun", "He"]),
        entity("Government of Indonesia", "ORG", "IDN", ["Indonesia"]),
        entity("Myanmar armed resistance", "ORG", "MMR",
               ["terrorist groups", "the pro-democracy resistance", "their armed opponents"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Philippine President Ferdinand Marcos Jr.", "his"]),
        entity("National Unity Government of Myanmar", "ORG", "MMR", ["Myanmar's shadow National Unity Government"]),
        entity("Myanmar Air Force", "ORG", "MMR", ["military jets"]),
        entity("Sagaing Region", "LOC", "MMR", ["the Sagaing region"]),
        entity("villagers in Sagaing", "PER", "MMR", ["at least eight people"]),
        entity("Myanmar security forces", "ORG", "MMR", ["security forces"]),
        entity("Assistance Association for Political Prisoners", "ORG", "MMR",
               ["the Assistance Association for Political Prisoners, a rights group"]),
        entity("Joko Widodo", "PER", "IDN", ["Indonesian President Joko Widodo"]),
        entity("Kamala Harris", "PER", "USA", ["U.S. Vice President Kamala Harris"]),
        entity("Li Qiang", "PER", "CHN", ["Chinese Premier Li Qiang"]),
        entity("East Asia Summit", "MISC", "IGO", ["the East Asia Summit"]),
    ],
}

# ---------------------------------------------------------------- hm415-en-02 (Pakistan, cipher case verdict)
SPECIAL_COURT = actor("Special Court (Official Secrets Act) of Pakistan", "PAK", "JUD")
IMRAN = actor("Imran Khan", "PAK", "OPP")
QURESHI = actor("Shah Mahmood Qureshi", "PAK", "OPP")
PAK_PROSECUTORS = actor("prosecutors of Pakistan", "PAK", "JUD")
USA_GOV = actor("Government of the United States", "USA", "GOV")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")
KHAN_RIVALS = actor("political rivals of Imran Khan", "PAK", "PTY")
GOHAR = actor("Gohar Ali Khan", "PAK", "PTY")
PAK_CARETAKER = actor("Caretaker Government of Pakistan", "PAK", "GOV")
KHAN_LAWYERS = actor("lawyers of Imran Khan", "PAK", "CVL")
PAK_POLICE = actor("Police of Pakistan", "PAK", "COP")
PTI_SUPPORTERS = actor("supporters of Pakistan Tehreek-e-Insaf", "PAK", "CVL")
PAK_TRIAL_COURT = actor("Trial court in Islamabad", "PAK", "JUD")
ECP = actor("Election Commission of Pakistan", "PAK", "GOV")
PAK_SC = actor("Supreme Court of Pakistan", "PAK", "JUD")
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "PTY")

C1 = ("ISLAMABAD (AP) — A Pakistani court on Tuesday sentenced former Prime Minister Imran Khan and his former foreign "
      "minister, Shah Mahmood Qureshi, to 10 years in prison each for leaking state secrets, just over a week before "
      "the country votes in parliamentary elections.")
C2 = ("The verdict was delivered by a special court that has been holding hearings inside Adiala prison in the "
      "garrison city of Rawalpindi, where Khan has been held since last year.")
C3 = ("Prosecutors said the two men had mishandled a classified diplomatic cable sent by Pakistan's ambassador in "
      "Washington in March 2022 and put the country's communications system at risk.")
C4 = ("Khan waved what he said was a copy of the cable at a rally weeks before his ouster and claimed it proved that "
      "the United States had conspired with the military and his political rivals to topple him.")
C5 = "Washington and Pakistan's military have denied the allegation."
C6 = "Khan's Pakistan Tehreek-e-Insaf party said it would challenge the ruling at the Islamabad High Court."
C7 = ("\"This is a sham trial, and the people will give their verdict on Feb. 8,\" said Gohar Ali Khan, the party's "
      "chairman.")
C8 = "He accused the caretaker government of trying to keep the former premier out of politics at any cost."
C9 = ("According to Khan's lawyers, the defense was not allowed to cross-examine witnesses during the final "
      "hearings.")
C10 = ("Caretaker Information Minister Murtaza Solangi said the courts were independent and the government had no "
       "role in the case.")
C11 = ("Police detained dozens of PTI supporters who rallied outside party offices in Lahore and Karachi after the "
       "verdict.")
C12 = "Qureshi told reporters inside the courtroom that the judgment had been written in advance."
C13 = ("Khan, a former cricket star, has been in custody since August, when another court sentenced him to three "
       "years in a corruption case.")
C14 = "The Election Commission rejected his nomination papers for the Feb. 8 vote last month."
C15 = ("Earlier this month, the Supreme Court stripped his party of its cricket bat election symbol, forcing its "
       "candidates to run as independents.")

EN02 = {
    "id": "hm415-en-02", "lang": "en", "url": None, "published": "2024-01-30",
    "title": "Pakistan's Imran Khan sentenced to 10 years in state secrets case",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9], [C10, C11, C12], [C13, C14, C15]),
    "events": [
        event("SANCTION", SPECIAL_COURT, IMRAN, C1, mode="convict", date="2024-01-30", location_country="PAK"),
        event("SANCTION", SPECIAL_COURT, QURESHI, C1, mode="convict", date="2024-01-30", location_country="PAK"),
        event("ACCUSE", PAK_PROSECUTORS, IMRAN, C3, mode="allege"),
        event("ACCUSE", PAK_PROSECUTORS, QURESHI, C3, mode="allege"),
        event("ACCUSE", IMRAN, USA_GOV, C4, mode="allege"),
        event("ACCUSE", IMRAN, PAK_ARMY, C4, mode="allege"),
        event("ACCUSE", IMRAN, KHAN_RIVALS, C4, mode="allege"),
        event("ACCUSE", GOHAR, SPECIAL_COURT, C7, mode="disapprove"),
        event("ACCUSE", GOHAR, PAK_CARETAKER, C8, mode="disapprove"),
        event("ACCUSE", KHAN_LAWYERS, SPECIAL_COURT, C9, mode="allege"),
        event("COERCE", PAK_POLICE, PTI_SUPPORTERS, C11, mode="arrest", location_country="PAK"),
        event("PROTEST", PTI_SUPPORTERS, SPECIAL_COURT, C11, mode="demo", location_country="PAK"),
        event("ACCUSE", QURESHI, SPECIAL_COURT, C12, mode="allege"),
        event("SANCTION", PAK_TRIAL_COURT, IMRAN, C13, mode="convict"),
        event("REJECT", ECP, IMRAN, C14),
        event("COERCE", PAK_SC, PTI, C15, mode="restrict"),
    ],
    "quotes": [
        quote("the two men had mishandled a classified diplomatic cable sent by Pakistan's ambassador in Washington in "
              "March 2022 and put the country's communications system at risk", "prosecutors of Pakistan",
              "indirect"),
        quote("it proved that the United States had conspired with the military and his political rivals to topple "
              "him", "Imran Khan", "indirect"),
        quote("it would challenge the ruling at the Islamabad High Court", "Pakistan Tehreek-e-Insaf", "indirect"),
        quote("This is a sham trial, and the people will give their verdict on Feb. 8", "Gohar Ali Khan", "direct"),
        quote("the defense was not allowed to cross-examine witnesses during the final hearings",
              "lawyers of Imran Khan", "indirect"),
        quote("the courts were independent and the government had no role in the case", "Murtaza Solangi",
              "indirect"),
        quote("the judgment had been written in advance", "Shah Mahmood Qureshi", "indirect"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["ISLAMABAD"]),
        entity("Special Court (Official Secrets Act) of Pakistan", "ORG", "PAK",
               ["A Pakistani court", "a special court"]),
        entity("Imran Khan", "PER", "PAK",
               ["former Prime Minister Imran Khan", "Khan", "he", "his ouster", "him", "Khan's", "the former premier",
                "his"]),
        entity("Shah Mahmood Qureshi", "PER", "PAK", ["his former foreign minister, Shah Mahmood Qureshi", "Qureshi"]),
        entity("Pakistan", "LOC", "PAK", ["the country", "the country's"]),
        entity("Adiala prison", "LOC", "PAK", ["Adiala prison"]),
        entity("Rawalpindi", "LOC", "PAK", ["the garrison city of Rawalpindi"]),
        entity("prosecutors of Pakistan", "ORG", "PAK", ["Prosecutors"]),
        entity("Asad Majeed Khan", "PER", "PAK", ["Pakistan's ambassador in Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Government of the United States", "ORG", "USA", ["the United States", "Washington"]),
        entity("Pakistan Army", "ORG", "PAK", ["the military", "Pakistan's military"]),
        entity("political rivals of Imran Khan", "PER", "PAK", ["his political rivals"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["Khan's Pakistan Tehreek-e-Insaf party", "PTI",
                                                          "his party"]),
        entity("Islamabad High Court", "ORG", "PAK", ["the Islamabad High Court"]),
        entity("Gohar Ali Khan", "PER", "PAK", ["Gohar Ali Khan, the party's chairman", "He"]),
        entity("Caretaker Government of Pakistan", "ORG", "PAK", ["the caretaker government", "the government"]),
        entity("lawyers of Imran Khan", "PER", "PAK", ["Khan's lawyers", "the defense"]),
        entity("Murtaza Solangi", "PER", "PAK", ["Caretaker Information Minister Murtaza Solangi"]),
        entity("Police of Pakistan", "ORG", "PAK", ["Police"]),
        entity("supporters of Pakistan Tehreek-e-Insaf", "PER", "PAK", ["dozens of PTI supporters"]),
        entity("Lahore", "LOC", "PAK", ["Lahore"]),
        entity("Karachi", "LOC", "PAK", ["Karachi"]),
        entity("Trial court in Islamabad", "ORG", "PAK", ["another court"]),
        entity("Election Commission of Pakistan", "ORG", "PAK", ["The Election Commission"]),
        entity("Supreme Court of Pakistan", "ORG", "PAK", ["the Supreme Court"]),
        entity("candidates of Pakistan Tehreek-e-Insaf", "PER", "PAK", ["its candidates"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
