"""Round 301: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm301-de-01: Maldives: Mohamed Muizzu wins the presidential run-off against Ibrahim Solih; Solih concedes and congratulates, Muizzu demands house arrest for Abdulla Yameen and the authorities move him, Muizzu's demand that foreign troops leave, Modi and China's envoy congratulate, vote-buying arrests (2023-10-01).
- hm301-de-02: Korea: North Korea fires more than 200 artillery shells near the maritime border off Yeonpyeong; islanders in shelters, the JCS condemns, South Korean marines hold a live-fire drill, Shin Won-sik and the KPA General Staff trade threats, the 2018 accord, Kim's threat, Washington condemns (2024-01-05).
- hm301-de-03: India: Rahul Gandhi disqualified from the Lok Sabha a day after the Surat defamation conviction; Purnesh Modi's suit, Congress accuses the government, opposition march stopped and MPs detained, Kharge, Kejriwal and Mamata Banerjee object, the BJP hits back (2023-03-24).
- hm301-de-04: Bangladesh/Myanmar: more than 200 Myanmar border guards flee Arakan Army attacks into Bangladesh and are disarmed and sheltered; a shell kills two in Ghumdhum, Dhaka summons Myanmar's envoy, pledge to send the guards back, no more refugees, BGB reinforcements, Zaw Min Tun's accusation, UNHCR appeal (2024-02-06).
- hm301-en-01: New Zealand: Christopher Luxon's National Party wins the general election; Hipkins concedes and congratulates, talks with ACT, Peters waits, Waititi and Shaw criticise National, Albanese calls Luxon (2023-10-14).
- hm301-en-02: UN/Afghanistan: Guterres says the Taliban set unacceptable conditions for the second Doha meeting, which they boycotted; talks with envoys and civil society, no meeting with the Taliban, the envoy request and its rejection, Guterres's demands, Mujahid's accusation, UNAMA on hijab arrests, Amiri rules out normalisation (2024-02-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm301-de-01 (Maldives, Muizzu wins the run-off)
MUIZZU = actor("Mohamed Muizzu", "MDV", "GOV")
SOLIH = actor("Ibrahim Mohamed Solih", "MDV", "GOV")
MDV_GOV = actor("Government of the Maldives", "MDV", "GOV")
MDV_AUTH = actor("Maldivian authorities", "MDV", "GOV")
YAMEEN = actor("Abdulla Yameen", "MDV", "OPP")
MDV_COURT = actor("Criminal Court of the Maldives", "MDV", "JUD")
INDIA = actor("India", "IND", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
MALDIVES = actor("Maldives", "MDV", "GOV")
WANG_LIXIN = actor("Wang Lixin", "CHN", "GOV")
CHINA = actor("China", "CHN", "GOV")
MDV_POLICE = actor("Maldives Police Service", "MDV", "COP")
VOTE_BUYING_SUSPECTS = actor("vote-buying suspects", "MDV", "CVL")

M1 = ("Malé (dpa) - Der Oppositionskandidat Mohamed Muizzu hat die Stichwahl um das Präsidentenamt auf den Malediven "
      "deutlich gewonnen.")
M2 = ("Der 45-Jährige sei am Samstag auf gut 54 Prozent der Stimmen gekommen, Amtsinhaber Ibrahim Mohamed Solih auf "
      "knapp 46 Prozent, teilte die Wahlkommission am Sonntag mit.")
M3 = "Solih räumte noch in der Nacht seine Niederlage ein und gratulierte seinem Herausforderer."
M4 = ("„Ich danke den Menschen für das schöne Beispiel, das sie mit einem friedlichen und demokratischen Prozess "
      "gegeben haben“, schrieb er auf der Plattform X.")
M5 = ("Muizzu forderte die scheidende Regierung in seiner Siegesrede auf, den inhaftierten Ex-Präsidenten Abdulla "
      "Yameen umgehend in den Hausarrest zu verlegen.")
M6 = "Am Sonntag brachten die Behörden den 64-Jährigen aus dem Gefängnis auf der Insel Maafushi in sein Haus in Malé."
M7 = ("Ein Strafgericht in Malé hatte Yameen im Dezember vergangenen Jahres wegen Korruption und Geldwäsche zu elf "
      "Jahren Haft verurteilt, weshalb er nicht selbst kandidieren durfte.")
M8 = ("Muizzu, bislang Bürgermeister der Hauptstadt, war für das Bündnis aus Yameens Fortschrittspartei PPM und dem "
      "Nationalkongress PNC angetreten.")
M9 = ("Im Wahlkampf hatte er Solih vorgeworfen, die Souveränität des Landes zu gefährden, indem er Indien eine "
      "militärische Präsenz erlaube.")
M10 = ("„Die Menschen haben entschieden, dass ausländische Soldaten unser Land verlassen müssen“, sagte Muizzu am "
       "Sonntag vor Anhängern.")
M11 = ("Auf den Malediven sind rund 75 indische Soldaten stationiert, die unter anderem zwei Hubschrauber und ein "
       "Aufklärungsflugzeug betreiben.")
M12 = ("Der indische Premierminister Narendra Modi gratulierte Muizzu und erklärte, Indien bleibe der Stärkung der "
       "bewährten Beziehungen zu den Malediven verpflichtet.")
M13 = "Auch Chinas Botschafter Wang Lixin gratulierte dem Wahlsieger."
M14 = ("Muizzus Lager gilt als chinafreundlich: Unter Yameen hatte Peking den Inselstaat mit Krediten in "
       "Milliardenhöhe für Brücken und Wohnungsbau unterstützt.")
M15 = "Die Polizei nahm am Wahltag drei Männer wegen mutmaßlichen Stimmenkaufs fest."
M16 = "Solihs Demokratische Partei MDP kündigte an, in die Opposition zu gehen."
M17 = "Muizzu soll am 17. November vereidigt werden."

DE01 = {
    "id": "hm301-de-01", "lang": "de", "url": None, "published": "2023-10-01",
    "title": "Muizzu gewinnt Präsidentenwahl auf den Malediven",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10, M11], [M12, M13, M14], [M15, M16, M17]),
    "events": [
        event("CONCEDE", SOLIH, MUIZZU, M3),
        event("SUPPORT", SOLIH, MUIZZU, M3),
        event("REQUEST", MUIZZU, MDV_GOV, M5, mode="yield"),
        event("RETREAT", MDV_AUTH, YAMEEN, M6, mode="release", date="2023-10-01", location="Malé",
              location_country="MDV"),
        event("SANCTION", MDV_COURT, YAMEEN, M7, mode="convict", location="Malé", location_country="MDV"),
        event("COERCE", MDV_COURT, YAMEEN, M7, mode="arrest", location="Malé", location_country="MDV"),
        event("ACCUSE", MUIZZU, SOLIH, M9, mode="allege"),
        event("REQUEST", MUIZZU, INDIA, M10, mode="yield", date="2023-10-01"),
        event("SUPPORT", MODI, MUIZZU, M12),
        event("AGREE", MODI, MALDIVES, M12),
        event("SUPPORT", WANG_LIXIN, MUIZZU, M13),
        event("AID", CHINA, MALDIVES, M14),
        event("COERCE", MDV_POLICE, VOTE_BUYING_SUSPECTS, M15, mode="arrest"),
    ],
    "quotes": [
        quote("Der 45-Jährige sei am Samstag auf gut 54 Prozent der Stimmen gekommen, Amtsinhaber Ibrahim Mohamed Solih "
              "auf knapp 46 Prozent", "Elections Commission of the Maldives", "indirect"),
        quote("Ich danke den Menschen für das schöne Beispiel, das sie mit einem friedlichen und demokratischen Prozess "
              "gegeben haben", "Ibrahim Mohamed Solih", "direct"),
        quote("die Souveränität des Landes zu gefährden, indem er Indien eine militärische Präsenz erlaube",
              "Mohamed Muizzu", "indirect"),
        quote("Die Menschen haben entschieden, dass ausländische Soldaten unser Land verlassen müssen", "Mohamed Muizzu",
              "direct"),
        quote("Indien bleibe der Stärkung der bewährten Beziehungen zu den Malediven verpflichtet", "Narendra Modi",
              "indirect"),
    ],
    "entities": [
        entity("Malé", "LOC", "MDV", ["Malé", "der Hauptstadt"]),
        entity("Mohamed Muizzu", "PER", "MDV", ["Der Oppositionskandidat Mohamed Muizzu", "Der 45-Jährige", "Muizzu",
                                                "seinem Herausforderer", "dem Wahlsieger", "Muizzus"]),
        entity("Maldives", "LOC", "MDV", ["den Malediven", "des Landes", "unser Land", "den Inselstaat"]),
        entity("Elections Commission of the Maldives", "ORG", "MDV", ["die Wahlkommission"]),
        entity("Ibrahim Mohamed Solih", "PER", "MDV", ["Amtsinhaber Ibrahim Mohamed Solih", "Solih", "Solihs"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Government of the Maldives", "ORG", "MDV", ["die scheidende Regierung"]),
        entity("Abdulla Yameen", "PER", "MDV", ["den inhaftierten Ex-Präsidenten Abdulla Yameen", "den 64-Jährigen",
                                                "Yameen", "Yameens"]),
        entity("Maldivian authorities", "ORG", "MDV", ["die Behörden"]),
        entity("Maafushi", "LOC", "MDV", ["der Insel Maafushi"]),
        entity("Criminal Court of the Maldives", "ORG", "MDV", ["Ein Strafgericht in Malé"]),
        entity("Progressive Party of Maldives", "ORG", "MDV", ["Fortschrittspartei PPM"]),
        entity("People's National Congress", "ORG", "MDV", ["Nationalkongress PNC"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("Indian military personnel in the Maldives", "ORG", "IND", ["ausländische Soldaten",
                                                                           "rund 75 indische Soldaten"]),
        entity("Narendra Modi", "PER", "IND", ["Der indische Premierminister Narendra Modi"]),
        entity("Wang Lixin", "PER", "CHN", ["Chinas Botschafter Wang Lixin"]),
        entity("China", "LOC", "CHN", ["Chinas"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Maldives Police Service", "ORG", "MDV", ["Die Polizei"]),
        entity("vote-buying suspects", "PER", "MDV", ["drei Männer"]),
        entity("Maldivian Democratic Party", "ORG", "MDV", ["Demokratische Partei MDP"]),
    ],
}

# ---------------------------------------------------------------- hm301-de-02 (Korea, shelling near Yeonpyeong)
NORTH_KOREA = actor("North Korea", "PRK", "GOV")
SOUTH_KOREA = actor("South Korea", "KOR", "GOV")
ROK_JCS = actor("Joint Chiefs of Staff of South Korea", "KOR", "MIL")
ROK_MARINES = actor("Republic of Korea Marine Corps", "KOR", "MIL")
SHIN_WON_SIK = actor("Shin Won-sik", "KOR", "GOV")
KPA_GENERAL_STAFF = actor("General Staff of the Korean People's Army", "PRK", "MIL")
KPA = actor("Korean People's Army", "PRK", "MIL")
KIM_JONG_UN = actor("Kim Jong Un", "PRK", "GOV")
US_STATE_DEPT = actor("U.S. Department of State", "USA", "GOV")

Y1 = ("Seoul (AFP) - Nordkorea hat nahe der umstrittenen Seegrenze im Gelben Meer mehr als 200 Artilleriegranaten "
      "abgefeuert und damit Evakuierungen auf zwei südkoreanischen Grenzinseln ausgelöst.")
Y2 = ("Die Geschosse seien am Freitagvormittag von der nordkoreanischen Küste um Kap Jangsan und Kap Deungsan aus "
      "abgefeuert worden und nördlich der Grenzlinie ins Meer gestürzt, teilte der Generalstab in Seoul mit.")
Y3 = "Schäden oder Verletzte habe es auf südkoreanischer Seite nicht gegeben."
Y4 = ("Die rund 2000 Bewohner der Insel Yeonpyeong und Einwohner der benachbarten Insel Baengnyeong suchten "
      "Schutzräume auf.")
Y5 = ("Der Generalstab sprach von einer „Provokation“, die den Frieden auf der koreanischen Halbinsel gefährde, und "
      "forderte Pjöngjang auf, sie sofort einzustellen.")
Y6 = ("Am Nachmittag hielten südkoreanische Marineinfanteristen auf den Inseln ein Schießmanöver ab und feuerten rund "
      "400 Granaten ins Meer.")
Y7 = "Das Manöver sei eine Antwort auf die nordkoreanischen Schüsse, sagte Generalstabssprecher Lee Sung Jun."
Y8 = "Verteidigungsminister Shin Won Sik drohte, jede weitere Provokation werde „um ein Vielfaches“ vergolten."
Y9 = ("Nordkoreas Generalstab erklärte dagegen, der Beschuss sei eine Reaktion auf Artillerieübungen des Südens in "
      "derselben Gegend gewesen, und warnte den Süden vor „sofortigen Gegenmaßnahmen“.")
Y10 = ("Südkorea hatte im November Teile des Militärabkommens von 2018 zum Abbau der Spannungen ausgesetzt, nachdem "
       "Nordkorea einen Spionagesatelliten gestartet hatte; Pjöngjang kündigte die Vereinbarung daraufhin ganz auf.")
Y11 = "Auf Yeonpyeong hatte nordkoreanische Artillerie im November 2010 vier Menschen getötet, darunter zwei Zivilisten."
Y12 = ("Machthaber Kim Jong Un hatte Ende Dezember gedroht, im Kriegsfall das gesamte Territorium Südkoreas zu "
       "„unterwerfen“.")
Y13 = "Das US-Außenministerium verurteilte den Beschuss und rief Pjöngjang zum Dialog auf."
Y14 = "Der Fährverkehr zu den Inseln wurde vorübergehend eingestellt."

DE02 = {
    "id": "hm301-de-02", "lang": "de", "url": None, "published": "2024-01-05",
    "title": "Nordkorea feuert Artilleriegranaten nahe Seegrenze ab – Bewohner von Yeonpyeong in Schutzräumen",
    "text": paragraphs([Y1, Y2, Y3, Y4], [Y5, Y6, Y7, Y8], [Y9, Y10, Y11, Y12], [Y13, Y14]),
    "events": [
        event("MOBILIZE", NORTH_KOREA, SOUTH_KOREA, Y1, mode="weapons"),
        event("MOBILIZE", NORTH_KOREA, SOUTH_KOREA, Y2, mode="weapons", date="2024-01-05"),
        event("ACCUSE", ROK_JCS, NORTH_KOREA, Y5, mode="disapprove"),
        event("REQUEST", ROK_JCS, NORTH_KOREA, Y5, mode="yield"),
        event("MOBILIZE", ROK_MARINES, NORTH_KOREA, Y6, mode="weapons", date="2024-01-05"),
        event("THREATEN", SHIN_WON_SIK, NORTH_KOREA, Y8, mode="violence"),
        event("ACCUSE", KPA_GENERAL_STAFF, SOUTH_KOREA, Y9, mode="allege"),
        event("THREATEN", KPA_GENERAL_STAFF, SOUTH_KOREA, Y9),
        event("SANCTION", SOUTH_KOREA, NORTH_KOREA, Y10, mode="discontinue"),
        event("SANCTION", NORTH_KOREA, SOUTH_KOREA, Y10, mode="discontinue"),
        event("ASSAULT", KPA, SOUTH_KOREA, Y11, mode="heavy-weapons", location="Yeonpyeong", location_country="KOR"),
        event("THREATEN", KIM_JONG_UN, SOUTH_KOREA, Y12, mode="territory"),
        event("ACCUSE", US_STATE_DEPT, NORTH_KOREA, Y13, mode="disapprove"),
        event("REQUEST", US_STATE_DEPT, NORTH_KOREA, Y13, mode="meet"),
    ],
    "quotes": [
        quote("Die Geschosse seien am Freitagvormittag von der nordkoreanischen Küste um Kap Jangsan und Kap Deungsan "
              "aus abgefeuert worden und nördlich der Grenzlinie ins Meer gestürzt",
              "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("Schäden oder Verletzte habe es auf südkoreanischer Seite nicht gegeben",
              "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("Provokation", "Joint Chiefs of Staff of South Korea", "direct"),
        quote("die den Frieden auf der koreanischen Halbinsel gefährde", "Joint Chiefs of Staff of South Korea",
              "indirect"),
        quote("Das Manöver sei eine Antwort auf die nordkoreanischen Schüsse", "Lee Sung-jun", "indirect"),
        quote("um ein Vielfaches", "Shin Won-sik", "direct"),
        quote("jede weitere Provokation werde „um ein Vielfaches“ vergolten", "Shin Won-sik", "indirect"),
        quote("der Beschuss sei eine Reaktion auf Artillerieübungen des Südens in derselben Gegend gewesen",
              "General Staff of the Korean People's Army", "indirect"),
        quote("sofortigen Gegenmaßnahmen", "General Staff of the Korean People's Army", "direct"),
        quote("unterwerfen", "Kim Jong Un", "direct"),
        quote("im Kriegsfall das gesamte Territorium Südkoreas zu „unterwerfen“", "Kim Jong Un", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("North Korea", "LOC", "PRK", ["Nordkorea", "Nordkoreas"]),
        entity("Government of North Korea", "ORG", "PRK", ["Pjöngjang"]),
        entity("Yellow Sea", "LOC", None, ["im Gelben Meer"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea", "Südkoreas", "des Südens", "den Süden"]),
        entity("Jangsan Cape", "LOC", "PRK", ["Kap Jangsan"]),
        entity("Deungsan Cape", "LOC", "PRK", ["Kap Deungsan"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["der Generalstab in Seoul", "Der Generalstab"]),
        entity("Yeonpyeong", "LOC", "KOR", ["der Insel Yeonpyeong", "Yeonpyeong"]),
        entity("Baengnyeong", "LOC", "KOR", ["der benachbarten Insel Baengnyeong"]),
        entity("Korean Peninsula", "LOC", None, ["der koreanischen Halbinsel"]),
        entity("Republic of Korea Marine Corps", "ORG", "KOR", ["südkoreanische Marineinfanteristen"]),
        entity("Lee Sung-jun", "PER", "KOR", ["Generalstabssprecher Lee Sung Jun"]),
        entity("Shin Won-sik", "PER", "KOR", ["Verteidigungsminister Shin Won Sik"]),
        entity("General Staff of the Korean People's Army", "ORG", "PRK", ["Nordkoreas Generalstab"]),
        entity("Korean People's Army", "ORG", "PRK", ["nordkoreanische Artillerie"]),
        entity("Kim Jong Un", "PER", "PRK", ["Machthaber Kim Jong Un"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm301-de-03 (India, Rahul Gandhi disqualified)
RAHUL = actor("Rahul Gandhi", "IND", "OPP")
LS_SECRETARIAT = actor("Lok Sabha Secretariat", "IND", "LEG")
SURAT_COURT = actor("court in Surat", "IND", "JUD")
PURNESH_MODI = actor("Purnesh Modi", "IND", "LEG")
CONGRESS = actor("Indian National Congress", "IND", "OPP")
IND_GOV = actor("Government of India", "IND", "GOV")
IND_OPP_MPS = actor("opposition members of parliament", "IND", "OPP")
DELHI_POLICE = actor("Delhi Police", "IND", "COP")
KHARGE = actor("Mallikarjun Kharge", "IND", "OPP")
KEJRIWAL = actor("Arvind Kejriwal", "IND", "GOV")
MAMATA = actor("Mamata Banerjee", "IND", "GOV")
BJP = actor("Bharatiya Janata Party", "IND", "PTY")

G1 = ("Neu-Delhi (dpa) - Einen Tag nach seiner Verurteilung wegen Verleumdung hat der indische Oppositionspolitiker "
      "Rahul Gandhi sein Mandat im Parlament verloren.")
G2 = ("Das Sekretariat der Lok Sabha, des Unterhauses, erklärte den 52-Jährigen am Freitag mit Wirkung vom Vortag für "
      "ausgeschlossen.")
G3 = ("Ein Gericht in Surat im westindischen Bundesstaat Gujarat hatte Gandhi am Donnerstag zu zwei Jahren Haft "
      "verurteilt, die Strafe aber für 30 Tage ausgesetzt, damit er in Berufung gehen kann.")
G4 = ("Gandhi hatte 2019 bei einer Wahlkampfkundgebung im südindischen Bundesstaat Karnataka gefragt, warum „alle "
      "Diebe“ den Nachnamen Modi trügen.")
G5 = "Der BJP-Landtagsabgeordnete Purnesh Modi aus Gujarat hatte ihn daraufhin wegen Verleumdung verklagt."
G6 = ("Gandhis Kongresspartei warf der Regierung von Premierminister Narendra Modi vor, sie wolle einen unbequemen "
      "Kritiker mundtot machen.")
G7 = "„Wir werden diesen Kampf juristisch und politisch führen“, sagte Kongress-Generalsekretär Jairam Ramesh."
G8 = "Gandhi selbst schrieb auf Twitter: „Ich kämpfe für die Stimme Indiens. Ich bin bereit, jeden Preis zu zahlen.“"
G9 = ("Dutzende Abgeordnete der Opposition zogen am Freitag vom Parlament in Richtung Präsidentenpalast, um gegen den "
      "Ausschluss zu protestieren.")
G10 = "Die Polizei stoppte den Marsch am Vijay Chowk und nahm mehrere Teilnehmer vorübergehend fest."
G11 = ("Parteichef Mallikarjun Kharge sagte, die Regierung habe Angst vor Gandhis Fragen zu den Geschäften des "
       "Industriellen Gautam Adani.")
G12 = ("Auch Delhis Regierungschef Arvind Kejriwal und Westbengalens Regierungschefin Mamata Banerjee kritisierten die "
       "Entscheidung scharf.")
G13 = ("Die Regierungspartei BJP warf Gandhi vor, er habe mit seiner Äußerung die gesamte Gemeinschaft der "
       "sogenannten rückständigen Kasten beleidigt.")
G14 = "„Das Gesetz gilt für alle“, sagte der frühere Justizminister Ravi Shankar Prasad."
G15 = "Gandhi vertrat seit 2019 den Wahlkreis Wayanad im Bundesstaat Kerala."
G16 = ("Sollte ein höheres Gericht das Urteil nicht aufheben, darf der 52-Jährige sechs Jahre lang nicht für das "
       "Parlament kandidieren.")

DE03 = {
    "id": "hm301-de-03", "lang": "de", "url": None, "published": "2023-03-24",
    "title": "Nach Verurteilung: Rahul Gandhi verliert sein Parlamentsmandat",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("SANCTION", LS_SECRETARIAT, RAHUL, G1, mode="expel"),
        event("SANCTION", LS_SECRETARIAT, RAHUL, G2, mode="expel", date="2023-03-24"),
        event("SANCTION", SURAT_COURT, RAHUL, G3, mode="convict", date="2023-03-23", location="Surat",
              location_country="IND"),
        event("ACCUSE", RAHUL, MODI, G4, mode="disapprove", location="Karnataka", location_country="IND"),
        event("ACCUSE", PURNESH_MODI, RAHUL, G5, mode="allege"),
        event("ACCUSE", CONGRESS, IND_GOV, G6, mode="allege"),
        event("PROTEST", IND_OPP_MPS, IND_GOV, G9, mode="demo", date="2023-03-24", location="New Delhi",
              location_country="IND"),
        event("COERCE", DELHI_POLICE, IND_OPP_MPS, G10, mode="arrest", location="Vijay Chowk",
              location_country="IND"),
        event("ACCUSE", KHARGE, IND_GOV, G11, mode="allege"),
        event("ACCUSE", KEJRIWAL, LS_SECRETARIAT, G12, mode="disapprove"),
        event("ACCUSE", MAMATA, LS_SECRETARIAT, G12, mode="disapprove"),
        event("ACCUSE", BJP, RAHUL, G13, mode="allege"),
    ],
    "quotes": [
        quote("alle Diebe", "Rahul Gandhi", "direct"),
        quote("warum „alle Diebe“ den Nachnamen Modi trügen", "Rahul Gandhi", "indirect"),
        quote("sie wolle einen unbequemen Kritiker mundtot machen", "Indian National Congress", "indirect"),
        quote("Wir werden diesen Kampf juristisch und politisch führen", "Jairam Ramesh", "direct"),
        quote("Ich kämpfe für die Stimme Indiens. Ich bin bereit, jeden Preis zu zahlen", "Rahul Gandhi", "direct"),
        quote("die Regierung habe Angst vor Gandhis Fragen zu den Geschäften des Industriellen Gautam Adani",
              "Mallikarjun Kharge", "indirect"),
        quote("er habe mit seiner Äußerung die gesamte Gemeinschaft der sogenannten rückständigen Kasten beleidigt",
              "Bharatiya Janata Party", "indirect"),
        quote("Das Gesetz gilt für alle", "Ravi Shankar Prasad", "direct"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Rahul Gandhi", "PER", "IND", ["der indische Oppositionspolitiker Rahul Gandhi", "den 52-Jährigen",
                                              "Gandhi", "Gandhis", "einen unbequemen Kritiker", "der 52-Jährige"]),
        entity("Parliament of India", "ORG", "IND", ["im Parlament", "vom Parlament", "für das Parlament"]),
        entity("Lok Sabha Secretariat", "ORG", "IND", ["Das Sekretariat der Lok Sabha"]),
        entity("Lok Sabha", "ORG", "IND", ["der Lok Sabha", "des Unterhauses"]),
        entity("court in Surat", "ORG", "IND", ["Ein Gericht in Surat"]),
        entity("Surat", "LOC", "IND", ["Surat"]),
        entity("Gujarat", "LOC", "IND", ["im westindischen Bundesstaat Gujarat", "Gujarat"]),
        entity("Karnataka", "LOC", "IND", ["im südindischen Bundesstaat Karnataka"]),
        entity("Purnesh Modi", "PER", "IND", ["Der BJP-Landtagsabgeordnete Purnesh Modi"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["BJP", "Die Regierungspartei BJP"]),
        entity("Indian National Congress", "ORG", "IND", ["Gandhis Kongresspartei"]),
        entity("Government of India", "ORG", "IND", ["der Regierung von Premierminister Narendra Modi",
                                                     "die Regierung"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("Jairam Ramesh", "PER", "IND", ["Kongress-Generalsekretär Jairam Ramesh"]),
        entity("Twitter", "ORG", "USA", ["Twitter"]),
        entity("India", "LOC", "IND", ["Indiens"]),
        entity("opposition members of parliament", "ORG", "IND", ["Dutzende Abgeordnete der Opposition",
                                                                  "mehrere Teilnehmer"]),
        entity("Rashtrapati Bhavan", "LOC", "IND", ["Präsidentenpalast"]),
        entity("Delhi Police", "ORG", "IND", ["Die Polizei"]),
        entity("Vijay Chowk", "LOC", "IND", ["Vijay Chowk"]),
        entity("Mallikarjun Kharge", "PER", "IND", ["Parteichef Mallikarjun Kharge"]),
        entity("Gautam Adani", "PER", "IND", ["des Industriellen Gautam Adani"]),
        entity("Delhi", "LOC", "IND", ["Delhis"]),
        entity("Arvind Kejriwal", "PER", "IND", ["Delhis Regierungschef Arvind Kejriwal"]),
        entity("West Bengal", "LOC", "IND", ["Westbengalens"]),
        entity("Mamata Banerjee", "PER", "IND", ["Westbengalens Regierungschefin Mamata Banerjee"]),
        entity("Ravi Shankar Prasad", "PER", "IND", ["der frühere Justizminister Ravi Shankar Prasad"]),
        entity("Wayanad", "LOC", "IND", ["den Wahlkreis Wayanad"]),
        entity("Kerala", "LOC", "IND", ["im Bundesstaat Kerala"]),
    ],
}

# ---------------------------------------------------------------- hm301-de-04 (Bangladesh/Myanmar, border guards flee)
ARAKAN_ARMY = actor("Arakan Army", "MMR", "REB")
MMR_BGP = actor("Myanmar Border Guard Police", "MMR", "COP")
BGB = actor("Border Guard Bangladesh", "BGD", "MIL")
MMR_UNIDENTIFIED = actor("unidentified forces in Myanmar", "MMR", "MIL")
GHUMDHUM_CIVILIANS = actor("civilians in Ghumdhum", "BGD", "CVL")
BGD_MOFA = actor("Ministry of Foreign Affairs of Bangladesh", "BGD", "GOV")
MMR_GOV = actor("Government of Myanmar", "MMR", "GOV")
HASAN_MAHMUD = actor("Hasan Mahmud", "BGD", "GOV")
KAMAL = actor("Asaduzzaman Khan Kamal", "BGD", "GOV")
MMR_REFUGEES = actor("refugees from Myanmar", "MMR", "CVL")
ZAW_MIN_TUN = actor("Zaw Min Tun", "MMR", "MIL")
UNHCR = actor("UNHCR", "UNO", "IGO")
BANGLADESH = actor("Bangladesh", "BGD", "GOV")

B1 = ("Dhaka (AFP) - Wegen heftiger Kämpfe im Nachbarland Myanmar sind mehr als 200 Angehörige der myanmarischen "
      "Grenzpolizei und Armee nach Bangladesch geflohen.")
B2 = ("Die Sicherheitskräfte hätten sich vor Angriffen der Rebellengruppe Arakan Army über die Grenze in Sicherheit "
      "gebracht, teilte der Grenzschutz Border Guard Bangladesh (BGB) am Dienstag mit.")
B3 = "Die Männer seien entwaffnet und in einer Schule nahe der Grenze untergebracht worden."
B4 = ("Am Montag war eine aus Myanmar abgefeuerte Granate im Grenzdorf Ghumdhum eingeschlagen und hatte eine "
      "Bangladescherin und einen Rohingya-Flüchtling getötet.")
B5 = ("Das Außenministerium in Dhaka bestellte daraufhin den Botschafter Myanmars, Aung Kyaw Moe, ein und protestierte "
      "gegen die Verletzung der Grenze.")
B6 = "Regierungschefin Sheikh Hasina sagte, Bangladesch werde sich nicht in den Konflikt hineinziehen lassen."
B7 = "„Wir sind nicht Teil dieses Krieges“, sagte Außenminister Hasan Mahmud."
B8 = "Er kündigte an, die geflohenen Sicherheitskräfte nach Myanmar zurückzuschicken."
B9 = "Mit der Militärregierung in Naypyidaw stehe man dazu bereits in Kontakt, hieß es aus dem Ministerium."
B10 = ("Innenminister Asaduzzaman Khan Kamal bekräftigte, Bangladesch werde keine weiteren Flüchtlinge aus Myanmar "
       "aufnehmen.")
B11 = ("Das Land beherbergt bereits rund eine Million Rohingya, die meisten von ihnen in Lagern im Bezirk Cox's "
       "Bazar.")
B12 = "Der BGB verlegte zusätzliche Kräfte an die rund 270 Kilometer lange Grenze."
B13 = ("Die Arakan Army erklärte, sie habe mehrere Stellungen der Grenzpolizei gegenüber dem bangladeschischen Dorf "
       "Tumbru eingenommen.")
B14 = ("Ein Sprecher der Militärjunta, Zaw Min Tun, warf den Rebellen vor, Zivilisten als Schutzschilde zu "
       "missbrauchen.")
B15 = ("Die Arakan Army kämpft seit November wieder gegen das Militär und kontrolliert inzwischen weite Teile im "
       "Norden des Bundesstaats Rakhine.")
B16 = ("Das UN-Flüchtlingshilfswerk UNHCR rief Bangladesch auf, vor der Gewalt fliehenden Zivilisten Schutz zu "
       "gewähren.")
B17 = "Schulen in der Grenzregion blieben am Dienstag geschlossen."

DE04 = {
    "id": "hm301-de-04", "lang": "de", "url": None, "published": "2024-02-06",
    "title": "Mehr als 200 myanmarische Grenzpolizisten fliehen nach Bangladesch",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8, B9], [B10, B11, B12], [B13, B14, B15], [B16, B17]),
    "events": [
        event("SANCTION", ARAKAN_ARMY, MMR_BGP, B1, mode="expel"),
        event("ASSAULT", ARAKAN_ARMY, MMR_BGP, B2),
        event("SANCTION", ARAKAN_ARMY, MMR_BGP, B2, mode="expel"),
        event("RETREAT", MMR_BGP, BGB, B3, mode="disarm"),
        event("AID", BGB, MMR_BGP, B3),
        event("ASSAULT", MMR_UNIDENTIFIED, GHUMDHUM_CIVILIANS, B4, mode="heavy-weapons", date="2024-02-05",
              location="Ghumdhum", location_country="BGD"),
        event("ACCUSE", BGD_MOFA, MMR_GOV, B5, mode="disapprove", location="Dhaka", location_country="BGD"),
        event("CONCEDE", HASAN_MAHMUD, MMR_GOV, B8),
        event("CONSULT", BGD_MOFA, MMR_GOV, B9),
        event("REJECT", KAMAL, MMR_REFUGEES, B10),
        event("MOBILIZE", BGB, None, B12, mode="troops"),
        event("ASSAULT", ARAKAN_ARMY, MMR_BGP, B13),
        event("ACCUSE", ZAW_MIN_TUN, ARAKAN_ARMY, B14, mode="allege"),
        event("REQUEST", UNHCR, BANGLADESH, B16, mode="assist"),
    ],
    "quotes": [
        quote("Die Sicherheitskräfte hätten sich vor Angriffen der Rebellengruppe Arakan Army über die Grenze in "
              "Sicherheit gebracht", "Border Guard Bangladesh", "indirect"),
        quote("Die Männer seien entwaffnet und in einer Schule nahe der Grenze untergebracht worden",
              "Border Guard Bangladesh", "indirect"),
        quote("Bangladesch werde sich nicht in den Konflikt hineinziehen lassen", "Sheikh Hasina", "indirect"),
        quote("Wir sind nicht Teil dieses Krieges", "Hasan Mahmud", "direct"),
        quote("Mit der Militärregierung in Naypyidaw stehe man dazu bereits in Kontakt",
              "Ministry of Foreign Affairs of Bangladesh", "indirect"),
        quote("Bangladesch werde keine weiteren Flüchtlinge aus Myanmar aufnehmen", "Asaduzzaman Khan Kamal",
              "indirect"),
        quote("sie habe mehrere Stellungen der Grenzpolizei gegenüber dem bangladeschischen Dorf Tumbru eingenommen",
              "Arakan Army", "indirect"),
        quote("Zivilisten als Schutzschilde zu missbrauchen", "Zaw Min Tun", "indirect"),
    ],
    "entities": [
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("Myanmar", "LOC", "MMR", ["im Nachbarland Myanmar", "Myanmar", "Myanmars"]),
        entity("Myanmar Border Guard Police", "ORG", "MMR", ["der myanmarischen Grenzpolizei", "Die Sicherheitskräfte",
                                                            "Die Männer", "die geflohenen Sicherheitskräfte",
                                                            "der Grenzpolizei"]),
        entity("Myanmar Armed Forces", "ORG", "MMR", ["Armee", "das Militär"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesch", "Das Land"]),
        entity("Arakan Army", "ORG", "MMR", ["der Rebellengruppe Arakan Army", "Die Arakan Army", "den Rebellen"]),
        entity("Border Guard Bangladesh", "ORG", "BGD", ["der Grenzschutz Border Guard Bangladesh (BGB)",
                                                         "Der BGB"]),
        entity("Ghumdhum", "LOC", "BGD", ["im Grenzdorf Ghumdhum"]),
        entity("Bangladeshi woman killed in Ghumdhum", "PER", "BGD", ["eine Bangladescherin"]),
        entity("Rohingya refugee killed in Ghumdhum", "PER", "MMR", ["einen Rohingya-Flüchtling"]),
        entity("Ministry of Foreign Affairs of Bangladesh", "ORG", "BGD", ["Das Außenministerium in Dhaka",
                                                                           "dem Ministerium"]),
        entity("Aung Kyaw Moe", "PER", "MMR", ["den Botschafter Myanmars, Aung Kyaw Moe"]),
        entity("Sheikh Hasina", "PER", "BGD", ["Regierungschefin Sheikh Hasina"]),
        entity("Hasan Mahmud", "PER", "BGD", ["Außenminister Hasan Mahmud"]),
        entity("Government of Myanmar", "ORG", "MMR", ["der Militärregierung in Naypyidaw", "der Militärjunta"]),
        entity("Naypyidaw", "LOC", "MMR", ["Naypyidaw"]),
        entity("Asaduzzaman Khan Kamal", "PER", "BGD", ["Innenminister Asaduzzaman Khan Kamal"]),
        entity("Cox's Bazar", "LOC", "BGD", ["im Bezirk Cox's Bazar"]),
        entity("Tumbru", "LOC", "BGD", ["dem bangladeschischen Dorf Tumbru"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Ein Sprecher der Militärjunta, Zaw Min Tun"]),
        entity("Rakhine State", "LOC", "MMR", ["des Bundesstaats Rakhine"]),
        entity("UNHCR", "ORG", "UNO", ["Das UN-Flüchtlingshilfswerk UNHCR"]),
    ],
}

# ---------------------------------------------------------------- hm301-en-01 (New Zealand, National wins the election)
LUXON = actor("Christopher Luxon", "NZL", "GOV")
ACT_NZ = actor("ACT New Zealand", "NZL", "PTY")
HIPKINS = actor("Chris Hipkins", "NZL", "GOV")
SEYMOUR = actor("David Seymour", "NZL", "PTY")
NZ_NATIONAL = actor("New Zealand National Party", "NZL", "PTY")
WAITITI = actor("Rawiri Waititi", "NZL", "PTY")
JAMES_SHAW = actor("James Shaw", "NZL", "PTY")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")

N1 = ("AUCKLAND, Oct 14 (Reuters) - New Zealand's conservative National Party won Saturday's general election, "
      "ending six years of Labour-led government, and leader Christopher Luxon said he would start talks with the "
      "libertarian ACT Party on forming a coalition.")
N2 = ("Preliminary results showed National with about 39% of the vote, well ahead of Prime Minister Chris Hipkins' "
      "Labour Party on about 27%.")
N3 = ("Hipkins conceded defeat in a speech to supporters in Lower Hutt near Wellington and said he had called Luxon "
      "to congratulate him.")
N4 = ('"I know this is not the result that we wanted, but I am incredibly proud of the campaign we ran," Hipkins '
      'said.')
N5 = ("National and ACT together are projected to hold 61 of the 121 seats in parliament, a wafer-thin majority that "
      "could still be lost when special votes are counted in three weeks.")
N6 = ("That could make Luxon, a 53-year-old former chief executive of Air New Zealand, dependent on Winston Peters' "
      "populist New Zealand First party.")
N7 = ('"New Zealand has voted for change," Luxon told cheering supporters in Auckland, promising to "get our country '
      'back on track."')
N8 = "Peters, 78, said he would not be drawn on any deal until the final results were known."
N9 = ("ACT leader David Seymour said his party was ready to negotiate with National but would insist on its own "
      "policies, including a review of the principles of the Treaty of Waitangi.")
N10 = ("Te Pati Maori co-leader Rawiri Waititi accused National of running a divisive campaign against Maori and "
       "criticised its plan to abolish the Maori Health Authority.")
N11 = ("Green Party co-leader James Shaw, whose party had its best result, said lifting the ban on new offshore oil "
       "and gas exploration, as National has promised, would be a step backwards on climate change.")
N12 = ("Australian Prime Minister Anthony Albanese congratulated Luxon in a phone call and said the two countries' "
       "relationship had never been stronger.")
N13 = ("Luxon, who entered parliament only three years ago, campaigned on tax cuts, a crackdown on gangs and easing "
       "the cost of living.")
N14 = "Hipkins, who took over from Jacinda Ardern as prime minister in January, said he would remain Labour leader."

EN01 = {
    "id": "hm301-en-01", "lang": "en", "url": None, "published": "2023-10-14",
    "title": "New Zealand's conservatives win election, Luxon to start coalition talks",
    "text": paragraphs([N1, N2], [N3, N4, N5, N6], [N7, N8, N9], [N10, N11, N12], [N13, N14]),
    "events": [
        event("AGREE", LUXON, ACT_NZ, N1),
        event("CONCEDE", HIPKINS, LUXON, N3, location="Lower Hutt", location_country="NZL"),
        event("SUPPORT", HIPKINS, LUXON, N3),
        event("CONSULT", HIPKINS, LUXON, N3, mode="phone"),
        event("AGREE", SEYMOUR, NZ_NATIONAL, N9),
        event("ACCUSE", WAITITI, NZ_NATIONAL, N10, mode="disapprove"),
        event("ACCUSE", JAMES_SHAW, NZ_NATIONAL, N11, mode="disapprove"),
        event("SUPPORT", ALBANESE, LUXON, N12),
        event("CONSULT", ALBANESE, LUXON, N12, mode="phone"),
    ],
    "quotes": [
        quote("he would start talks with the libertarian ACT Party on forming a coalition", "Christopher Luxon",
              "indirect"),
        quote("he had called Luxon to congratulate him", "Chris Hipkins", "indirect"),
        quote("I know this is not the result that we wanted, but I am incredibly proud of the campaign we ran",
              "Chris Hipkins", "direct"),
        quote("New Zealand has voted for change", "Christopher Luxon", "direct"),
        quote("get our country back on track", "Christopher Luxon", "direct"),
        quote("he would not be drawn on any deal until the final results were known", "Winston Peters", "indirect"),
        quote("his party was ready to negotiate with National but would insist on its own policies, including a "
              "review of the principles of the Treaty of Waitangi", "David Seymour", "indirect"),
        quote("lifting the ban on new offshore oil and gas exploration, as National has promised, would be a step "
              "backwards on climate change", "James Shaw", "indirect"),
        quote("the two countries' relationship had never been stronger", "Anthony Albanese", "indirect"),
        quote("he would remain Labour leader", "Chris Hipkins", "indirect"),
    ],
    "entities": [
        entity("Auckland", "LOC", "NZL", ["AUCKLAND", "Auckland"]),
        entity("New Zealand", "LOC", "NZL", ["New Zealand"]),
        entity("New Zealand National Party", "ORG", "NZL", ["New Zealand's conservative National Party", "National"]),
        entity("Christopher Luxon", "PER", "NZL", ["leader Christopher Luxon", "Luxon"]),
        entity("ACT New Zealand", "ORG", "NZL", ["the libertarian ACT Party", "ACT", "his party"]),
        entity("New Zealand Labour Party", "ORG", "NZL", ["Labour Party", "Labour"]),
        entity("Chris Hipkins", "PER", "NZL", ["Prime Minister Chris Hipkins", "Hipkins"]),
        entity("Lower Hutt", "LOC", "NZL", ["Lower Hutt"]),
        entity("Wellington", "LOC", "NZL", ["Wellington"]),
        entity("New Zealand Parliament", "ORG", "NZL", ["parliament"]),
        entity("Air New Zealand", "ORG", "NZL", ["Air New Zealand"]),
        entity("Winston Peters", "PER", "NZL", ["Winston Peters", "Peters"]),
        entity("New Zealand First", "ORG", "NZL", ["populist New Zealand First party"]),
        entity("David Seymour", "PER", "NZL", ["ACT leader David Seymour"]),
        entity("Te Pāti Māori", "ORG", "NZL", ["Te Pati Maori"]),
        entity("Rawiri Waititi", "PER", "NZL", ["Te Pati Maori co-leader Rawiri Waititi"]),
        entity("Maori Health Authority", "ORG", "NZL", ["the Maori Health Authority"]),
        entity("Green Party of Aotearoa New Zealand", "ORG", "NZL", ["Green Party"]),
        entity("James Shaw", "PER", "NZL", ["Green Party co-leader James Shaw"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australian Prime Minister Anthony Albanese"]),
        entity("Jacinda Ardern", "PER", "NZL", ["Jacinda Ardern"]),
    ],
}

# ---------------------------------------------------------------- hm301-en-02 (UN, second Doha meeting on Afghanistan)
GUTERRES = actor("António Guterres", "UNO", "IGO")
TALIBAN = actor("Taliban", "AFG", "GOV")
UN = actor("United Nations", "UNO", "IGO")
TALIBAN_MOFA = actor("Taliban foreign ministry", "AFG", "GOV")
THOMAS_WEST = actor("Thomas West", "USA", "GOV")
AFG_CIVIL_SOCIETY = actor("Afghan civil society representatives", "AFG", "CVL")
UNSC = actor("U.N. Security Council", "UNO", "IGO")
AFG_WOMEN_UN_STAFF = actor("Afghan women working for the U.N.", "AFG", "CVL")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
UNAMA = actor("U.N. Assistance Mission in Afghanistan", "UNO", "IGO")
AMIRI = actor("Rina Amiri", "USA", "GOV")

U1 = ('DOHA, Feb 19 (Reuters) - U.N. Secretary-General Antonio Guterres said on Monday the Taliban had set "not '
      'acceptable" conditions for attending a two-day U.N. meeting on Afghanistan in Qatar, which the country\'s '
      'rulers boycotted.')
U2 = ('"These conditions denied us the right to talk to other representatives of the Afghan society and demanded a '
      'treatment that would, to a large extent, be similar to recognition," Guterres told a news conference after '
      'the talks.')
U3 = ("The Taliban's foreign ministry had said on Sunday that it would attend only if its delegation was the sole "
      "representative of Afghanistan, a demand the United Nations did not accept.")
U4 = ("Guterres chaired the closed-door talks with special envoys from about 25 countries and organisations, "
      "including U.S. Special Representative Thomas West.")
U5 = "He also met representatives of Afghan civil society, among them several women's rights activists."
U6 = "Guterres did not meet any Taliban officials during his stay in Doha."
U7 = ('"We are not going to give up," he said, adding that he hoped to convene another meeting with the Taliban '
      '"in the near future" to discuss their engagement.')
U8 = ("The U.N. Security Council asked Guterres in December to appoint a special envoy for Afghanistan, a step the "
      "Taliban have rejected as unnecessary.")
U9 = ("Guterres again called on the Taliban to lift their bans on girls' secondary education and on women working "
      "for non-governmental groups and the United Nations.")
U10 = "The Taliban barred Afghan women from working for the U.N. in Afghanistan in April last year."
U11 = ('Taliban spokesman Zabihullah Mujahid said on Monday that any meeting about Afghanistan without the Islamic '
       'Emirate, as the Taliban call their administration, "cannot be productive" and accused the United Nations of '
       'yielding to Western pressure.')
U12 = ("The U.N. mission in Afghanistan said last month that the Taliban's morality police had detained women in "
       "Kabul and several provinces for not wearing the hijab properly.")
U13 = ("Rina Amiri, the U.S. special envoy for Afghan women, girls and human rights, said Washington would not "
       "normalise relations with the Taliban as long as the restrictions remained in place.")
U14 = "No country has formally recognised the Taliban administration, which returned to power in August 2021."

EN02 = {
    "id": "hm301-en-02", "lang": "en", "url": None, "published": "2024-02-19",
    "title": "U.N. chief Guterres says Taliban set 'not acceptable' conditions for Doha talks",
    "text": paragraphs([U1, U2], [U3, U4, U5, U6, U7], [U8, U9, U10], [U11, U12, U13, U14]),
    "events": [
        event("REJECT", GUTERRES, TALIBAN, U1, mode="meet", date="2024-02-19"),
        event("REJECT", TALIBAN, UN, U1, mode="meet", location="Doha", location_country="QAT"),
        event("REQUEST", TALIBAN_MOFA, UN, U3, mode="meet", date="2024-02-18"),
        event("REJECT", UN, TALIBAN_MOFA, U3, mode="meet"),
        event("CONSULT", THOMAS_WEST, GUTERRES, U4, mode="multilateral", location="Doha", location_country="QAT"),
        event("CONSULT", GUTERRES, AFG_CIVIL_SOCIETY, U5, location="Doha", location_country="QAT"),
        event("CONSULT", GUTERRES, TALIBAN, U6, location="Doha", location_country="QAT", negated=True),
        event("REQUEST", UNSC, GUTERRES, U8),
        event("REJECT", TALIBAN, UNSC, U8),
        event("REQUEST", GUTERRES, TALIBAN, U9, mode="change"),
        event("COERCE", TALIBAN, AFG_WOMEN_UN_STAFF, U10, mode="ban"),
        event("ACCUSE", MUJAHID, UN, U11, mode="allege", date="2024-02-19"),
        event("ACCUSE", UNAMA, TALIBAN, U12, mode="allege"),
        event("REJECT", AMIRI, TALIBAN, U13, mode="assist"),
    ],
    "quotes": [
        quote("not acceptable", "António Guterres", "direct"),
        quote('the Taliban had set "not acceptable" conditions for attending a two-day U.N. meeting on Afghanistan in '
              'Qatar', "António Guterres", "indirect"),
        quote("These conditions denied us the right to talk to other representatives of the Afghan society and "
              "demanded a treatment that would, to a large extent, be similar to recognition", "António Guterres",
              "direct"),
        quote("it would attend only if its delegation was the sole representative of Afghanistan",
              "Taliban foreign ministry", "indirect"),
        quote("We are not going to give up", "António Guterres", "direct"),
        quote("in the near future", "António Guterres", "direct"),
        quote('he hoped to convene another meeting with the Taliban "in the near future" to discuss their engagement',
              "António Guterres", "indirect"),
        quote("cannot be productive", "Zabihullah Mujahid", "direct"),
        quote('any meeting about Afghanistan without the Islamic Emirate, as the Taliban call their administration, '
              '"cannot be productive"', "Zabihullah Mujahid", "indirect"),
        quote("the Taliban's morality police had detained women in Kabul and several provinces for not wearing the "
              "hijab properly", "U.N. Assistance Mission in Afghanistan", "indirect"),
        quote("Washington would not normalise relations with the Taliban as long as the restrictions remained in "
              "place", "Rina Amiri", "indirect"),
    ],
    "entities": [
        entity("Doha", "LOC", "QAT", ["DOHA", "Doha"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres", "Guterres"]),
        entity("Taliban", "ORG", "AFG", ["the Taliban", "the country's rulers", "the Islamic Emirate",
                                         "the Taliban administration"]),
        entity("United Nations", "ORG", "UNO", ["U.N.", "the United Nations"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan"]),
        entity("Qatar", "LOC", "QAT", ["Qatar"]),
        entity("Taliban foreign ministry", "ORG", "AFG", ["The Taliban's foreign ministry"]),
        entity("Thomas West", "PER", "USA", ["U.S. Special Representative Thomas West"]),
        entity("Afghan civil society representatives", "ORG", "AFG", ["representatives of Afghan civil society",
                                                                      "several women's rights activists"]),
        entity("U.N. Security Council", "ORG", "UNO", ["The U.N. Security Council"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban spokesman Zabihullah Mujahid"]),
        entity("U.N. Assistance Mission in Afghanistan", "ORG", "UNO", ["The U.N. mission in Afghanistan"]),
        entity("Taliban Ministry for the Propagation of Virtue and the Prevention of Vice", "ORG", "AFG",
               ["the Taliban's morality police"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Rina Amiri", "PER", "USA", ["Rina Amiri",
                                            "the U.S. special envoy for Afghan women, girls and human rights"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
