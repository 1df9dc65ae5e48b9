"""Round 156: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm156-de-01: North Korea tests the Hwasong-19 ICBM; Seoul, Tokyo and Washington condemn, Seoul imposes sanctions (2024-11-01).
- hm156-de-02: Marcos signs the Philippine maritime zones laws; Beijing summons the ambassador and steps up coast guard patrols at Scarborough Shoal (2024-11-09).
- hm156-de-03: The Arakan Army takes Maungdaw and the whole border with Bangladesh; Dhaka alerts its border guards and refuses more Rohingya (2024-12-09).
- hm156-de-04: SCO heads of government meet in Islamabad; Jaishankar's first visit, CPEC deals, India stays out of the BRI paragraph (2024-10-16).
- hm156-en-01: The United States and China agree in Geneva to cut tariffs for 90 days (2025-05-12).
- hm156-en-02: The Commonwealth summit in Apia agrees to discuss reparations over British objections and elects Botchwey (2024-10-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm156-de-01
PRK_MIL = actor("North Korea", "PRK", "MIL")
PRK = actor("North Korea", "PRK", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")
KOR = actor("South Korea", "KOR", "GOV")
JPN = actor("Japan", "JPN", "GOV")
USA = actor("United States", "USA", "GOV")
PRK_MISSILE = actor("North Korean missile programme officials and entities", "PRK", "GOV")
CHO = actor("Cho Tae-yul", "KOR", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")

G1 = ("Nordkorea hat am Donnerstag eine Interkontinentalrakete getestet und damit die Spannungen in der "
      "Region weiter verschärft.")
G2 = ("Die Rakete sei 86 Minuten lang geflogen und habe eine Höhe von mehr als 7000 Kilometern erreicht, "
      "teilte der Generalstab in Seoul mit.")
G3 = ("Die Staatsagentur KCNA meldete am Freitag den Test der neuen Hwasong-19, den Machthaber Kim Jong Un "
      "persönlich beaufsichtigt habe.")
G4 = "Kim drohte den »Feinden« seines Landes mit einer entschlossenen Antwort auf jede Provokation."
G5 = ("Der Test zeige, dass Nordkorea niemals auf seine Atomstreitmacht verzichten werde, zitierte KCNA "
      "den Machthaber.")
G6 = ("Südkorea, Japan und die USA verurteilten den Start als Verstoß gegen Resolutionen des "
      "UN-Sicherheitsrats.")
G7 = ("Seoul verhängte zudem Sanktionen gegen elf Personen und vier Organisationen, die an der "
      "Raketenentwicklung beteiligt sein sollen.")
G8 = "Außenminister Cho Tae-yul traf am Donnerstag in Washington seinen US-Kollegen Antony Blinken."
G9 = "Beide forderten Pjöngjang auf, keine weiteren Soldaten nach Russland zu schicken."
G10 = "Südkorea und die USA kündigten für die kommenden Tage eine gemeinsame Luftwaffenübung an."
G11 = ("Japans Regierungssprecher Yoshimasa Hayashi sprach von einer »ernsten Bedrohung« für die "
       "Sicherheit des Landes.")
G12 = "Der letzte Test einer Interkontinentalrakete lag fast ein Jahr zurück."
G13 = "Ein Atomtest sei in den kommenden Wochen nicht auszuschließen, warnte der Geheimdienst NIS."

DE01 = {
    "id": "hm156-de-01", "lang": "de", "url": None, "published": "2024-11-01",
    "title": "Nordkorea testet neue Interkontinentalrakete",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7], [G8, G9, G10, G11, G12, G13]),
    "events": [
        event("MOBILIZE", PRK_MIL, None, G1, mode="weapons", date="2024-10-31"),
        event("MOBILIZE", KIM, None, G3, mode="weapons", date="2024-10-31"),
        event("THREATEN", KIM, None, G4, mode="violence"),
        event("REJECT", KIM, None, G5, mode="change"),
        event("ACCUSE", KOR, PRK, G6, mode="disapprove"),
        event("ACCUSE", JPN, PRK, G6, mode="disapprove"),
        event("ACCUSE", USA, PRK, G6, mode="disapprove"),
        event("SANCTION", KOR, PRK_MISSILE, G7),
        event("CONSULT", CHO, BLINKEN, G8, mode="visit", date="2024-10-31", location="Washington",
              location_country="USA"),
        event("REQUEST", CHO, PRK, G9, mode="change"),
        event("REQUEST", BLINKEN, PRK, G9, mode="change"),
        event("AGREE", KOR, USA, G10),
        event("ACCUSE", HAYASHI, PRK, G11, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Rakete sei 86 Minuten lang geflogen und habe eine Höhe von mehr als 7000 Kilometern erreicht",
              "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("den Machthaber Kim Jong Un persönlich beaufsichtigt habe", "Korean Central News Agency", "indirect"),
        quote("Feinden", "Kim Jong Un", "direct"),
        quote("Der Test zeige, dass Nordkorea niemals auf seine Atomstreitmacht verzichten werde", "Kim Jong Un",
              "indirect"),
        quote("keine weiteren Soldaten nach Russland zu schicken", "Cho Tae-yul and Antony Blinken", "indirect"),
        quote("ernsten Bedrohung", "Yoshimasa Hayashi", "direct"),
        quote("Ein Atomtest sei in den kommenden Wochen nicht auszuschließen", "National Intelligence Service",
              "indirect"),
    ],
    "entities": [
        entity("North Korea", "GPE", "PRK", ["Nordkorea", "Pjöngjang", "seines Landes"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["der Generalstab in Seoul"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Korean Central News Agency", "ORG", "PRK", ["Die Staatsagentur KCNA", "KCNA"]),
        entity("Hwasong-19", "ORG", "PRK", ["der neuen Hwasong-19"]),
        entity("Kim Jong Un", "PER", "PRK", ["Machthaber Kim Jong Un", "Kim", "den Machthaber"]),
        entity("South Korea", "GPE", "KOR", ["Südkorea"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Japans"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("United Nations Security Council", "ORG", "UNO", ["UN-Sicherheitsrats"]),
        entity("Cho Tae-yul", "PER", "KOR", ["Außenminister Cho Tae-yul"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Antony Blinken", "PER", "USA", ["seinen US-Kollegen Antony Blinken"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Japans Regierungssprecher Yoshimasa Hayashi"]),
        entity("National Intelligence Service", "ORG", "KOR", ["der Geheimdienst NIS"]),
    ],
}

# ---------------------------------------------------------------- hm156-de-02
CHN = actor("China", "CHN", "GOV")
PHL = actor("Philippines", "PHL", "GOV")
MAO = actor("Mao Ning", "CHN", "GOV")
CCG = actor("China Coast Guard", "CHN", "COP")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
USA2 = actor("United States", "USA", "GOV")
JPN2 = actor("Japan", "JPN", "GOV")
CARLSON = actor("MaryKay Carlson", "USA", "GOV")
PCA = actor("Permanent Court of Arbitration tribunal", "IGO", "IGO")
PH_NSC = actor("National Security Council of the Philippines", "PHL", "GOV")

H1 = ("Der philippinische Präsident Ferdinand Marcos hat zwei Gesetze unterzeichnet, die die Seegrenzen "
      "seines Landes im Südchinesischen Meer festschreiben.")
H2 = "China reagierte mit scharfem Protest und bestellte den philippinischen Botschafter in Peking ein."
H3 = ("Die Gesetze verletzten Chinas Souveränität über die Huangyan-Insel und die Nansha-Inseln, sagte "
      "Außenamtssprecherin Mao Ning.")
H4 = ("Peking forderte Manila auf, die Gesetze zurückzunehmen, und drohte mit »allen notwendigen "
      "Maßnahmen«.")
H5 = "Die chinesische Küstenwache verstärkte am Samstag ihre Patrouillen rund um das Scarborough-Riff."
H6 = "Manila lehnte die Forderung ab."
H7 = ("„Wir werden keinen Zentimeter unseres Territoriums aufgeben“, sagte Marcos, „aber wir suchen "
      "keinen Streit.“")
H7B = ("Der Nationale Sicherheitsrat in Manila warf Peking vor, mit den Patrouillen die Lage gezielt "
       "anzuheizen.")
H8 = "Die USA und Japan stellten sich hinter die Philippinen."
H9 = ("Die Gesetze stünden im Einklang mit dem Seerechtsübereinkommen der Vereinten Nationen, erklärte "
      "US-Botschafterin MaryKay Carlson.")
H10 = ("Ein internationales Schiedsgericht hatte Chinas weitreichende Ansprüche in dem Gebiet 2016 für "
       "unvereinbar mit dem Völkerrecht erklärt.")
H11 = "In dem Seegebiet kommt es seit Monaten immer wieder zu gefährlichen Zwischenfällen zwischen Schiffen."

DE02 = {
    "id": "hm156-de-02", "lang": "de", "url": None, "published": "2024-11-09",
    "title": "Seegrenzen-Gesetze: Peking protestiert gegen Manila",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H7B], [H8, H9, H10, H11]),
    "events": [
        event("ACCUSE", CHN, PHL, H2, mode="disapprove", date="2024-11-08", location="Beijing",
              location_country="CHN"),
        event("ACCUSE", MAO, PHL, H3, mode="allege"),
        event("REQUEST", CHN, PHL, H4, mode="change"),
        event("THREATEN", CHN, PHL, H4),
        event("MOBILIZE", CCG, None, H5, mode="police", date="2024-11-09", location="Scarborough Shoal",
              location_country=None),
        event("REJECT", PHL, CHN, H6, mode="change"),
        event("REJECT", MARCOS, CHN, H7, mode="change"),
        event("ACCUSE", PH_NSC, CHN, H7B, mode="allege"),
        event("SUPPORT", USA2, PHL, H8),
        event("SUPPORT", JPN2, PHL, H8),
        event("SUPPORT", CARLSON, PHL, H9),
        event("SANCTION", PCA, CHN, H10, mode="convict"),
    ],
    "quotes": [
        quote("Die Gesetze verletzten Chinas Souveränität über die Huangyan-Insel und die Nansha-Inseln",
              "Mao Ning", "indirect"),
        quote("die Gesetze zurückzunehmen", "Government of China", "indirect"),
        quote("allen notwendigen Maßnahmen", "Government of China", "direct"),
        quote("Wir werden keinen Zentimeter unseres Territoriums aufgeben", "Ferdinand Marcos Jr.", "direct"),
        quote("aber wir suchen keinen Streit", "Ferdinand Marcos Jr.", "direct"),
        quote("mit den Patrouillen die Lage gezielt anzuheizen", "National Security Council of the Philippines",
              "indirect"),
        quote("Die Gesetze stünden im Einklang mit dem Seerechtsübereinkommen der Vereinten Nationen",
              "MaryKay Carlson", "indirect"),
    ],
    "entities": [
        entity("Ferdinand Marcos Jr.", "PER", "PHL",
               ["Der philippinische Präsident Ferdinand Marcos", "Marcos"]),
        entity("Philippines", "GPE", "PHL", ["seines Landes", "Manila", "die Philippinen"]),
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer", "dem Seegebiet"]),
        entity("China", "GPE", "CHN", ["China", "Chinas", "Peking"]),
        entity("Ambassador of the Philippines to China", "PER", "PHL", ["den philippinischen Botschafter"]),
        entity("Scarborough Shoal", "LOC", None, ["die Huangyan-Insel", "das Scarborough-Riff"]),
        entity("Spratly Islands", "LOC", None, ["die Nansha-Inseln"]),
        entity("Mao Ning", "PER", "CHN", ["Außenamtssprecherin Mao Ning"]),
        entity("China Coast Guard", "ORG", "CHN", ["Die chinesische Küstenwache"]),
        entity("National Security Council of the Philippines", "ORG", "PHL",
               ["Der Nationale Sicherheitsrat in Manila"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("Japan", "GPE", "JPN", ["Japan"]),
        entity("UN Convention on the Law of the Sea", "ORG", "UNO",
               ["dem Seerechtsübereinkommen der Vereinten Nationen"]),
        entity("MaryKay Carlson", "PER", "USA", ["US-Botschafterin MaryKay Carlson"]),
        entity("Permanent Court of Arbitration tribunal", "ORG", "IGO", ["Ein internationales Schiedsgericht"]),
    ],
}

# ---------------------------------------------------------------- hm156-de-03
AA = actor("Arakan Army", "MMR", "REB")
TATMADAW = actor("Myanmar Armed Forces", "MMR", "MIL")
BGB = actor("Border Guard Bangladesh", "BGD", "MIL")
TOUHID = actor("Touhid Hossain", "BGD", "GOV")
ROHINGYA = actor("Rohingya refugees", "MMR", "CVL")
ROH_ACT = actor("Rohingya activists", "MMR", "CVL")
OHCHR2 = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
JUNTA = actor("Myanmar military junta", "MMR", "GOV")
WFP = actor("World Food Programme", "UNO", "IGO")
IDP = actor("displaced people in Rakhine", "MMR", "CVL")

I1 = ("Die Rebellen der Arakan-Armee (AA) haben in Myanmar den letzten Stützpunkt der Militärjunta an "
      "der Grenze zu Bangladesch erobert.")
I2 = ("Ihre Kämpfer hätten am Sonntag nach wochenlangen Gefechten das Hauptquartier des "
      "Grenzschutzbataillons 5 in Maungdaw eingenommen, teilte die AA mit.")
I3 = "Dabei hätten sich rund 80 Soldaten samt ihrem Kommandeur ergeben."
I4 = "Die Rebellen kontrollieren damit die gesamte rund 270 Kilometer lange Grenze zu Bangladesch."
I5 = "Ein Sprecher der Junta bestritt, dass die Stadt vollständig gefallen sei."
I6 = ("Bangladesch versetzte seine Grenztruppe BGB in Alarmbereitschaft und schickte Verstärkung an den "
      "Grenzfluss Naf.")
I7 = ("Man werde keine weiteren Rohingya-Flüchtlinge aufnehmen, sagte der außenpolitische Berater der "
      "Übergangsregierung, Touhid Hossain.")
I8 = "Er forderte die Arakan-Armee auf, die muslimische Minderheit im Grenzgebiet zu schützen."
I9 = ("Rohingya-Aktivisten werfen der AA vor, in den eroberten Gebieten Dörfer der Minderheit "
      "niedergebrannt zu haben.")
I10 = "Die Rebellen weisen das zurück."
I11 = "Das UN-Menschenrechtsbüro forderte die Junta und die AA auf, Zivilisten zu schonen."
I12 = "Der Rakhaing-Staat leidet seit Monaten unter einer schweren Versorgungskrise."
I13 = ("Das Welternährungsprogramm (WFP) verteilte in der vergangenen Woche Reis an 20.000 Vertriebene im "
       "Norden des Bundesstaats.")

DE03 = {
    "id": "hm156-de-03", "lang": "de", "url": None, "published": "2024-12-09",
    "title": "Arakan-Armee erobert Maungdaw – Bangladesch verstärkt Grenze",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12, I13]),
    "events": [
        event("ASSAULT", AA, TATMADAW, I1, date="2024-12-08", location="Maungdaw", location_country="MMR"),
        event("ASSAULT", AA, TATMADAW, I2, date="2024-12-08", location="Maungdaw", location_country="MMR"),
        event("RETREAT", TATMADAW, AA, I3, mode="disarm", date="2024-12-08", location="Maungdaw",
              location_country="MMR"),
        event("MOBILIZE", BGB, None, I6, mode="troops", location="Naf River", location_country="BGD"),
        event("REJECT", TOUHID, ROHINGYA, I7, mode="assist"),
        event("REQUEST", TOUHID, AA, I8, mode="change"),
        event("ACCUSE", ROH_ACT, AA, I9, mode="allege"),
        event("REQUEST", OHCHR2, JUNTA, I11, mode="change"),
        event("REQUEST", OHCHR2, AA, I11, mode="change"),
        event("AID", WFP, IDP, I13, location="Rakhine", location_country="MMR"),
    ],
    "quotes": [
        quote("Ihre Kämpfer hätten am Sonntag nach wochenlangen Gefechten das Hauptquartier des "
              "Grenzschutzbataillons 5 in Maungdaw eingenommen", "Arakan Army", "indirect"),
        quote("Dabei hätten sich rund 80 Soldaten samt ihrem Kommandeur ergeben", "Arakan Army", "indirect"),
        quote("dass die Stadt vollständig gefallen sei", "spokesman of the Myanmar junta", "indirect"),
        quote("Man werde keine weiteren Rohingya-Flüchtlinge aufnehmen", "Touhid Hossain", "indirect"),
        quote("die muslimische Minderheit im Grenzgebiet zu schützen", "Touhid Hossain", "indirect"),
        quote("in den eroberten Gebieten Dörfer der Minderheit niedergebrannt zu haben", "Rohingya activists",
              "indirect"),
        quote("Zivilisten zu schonen", "Office of the United Nations High Commissioner for Human Rights",
              "indirect"),
    ],
    "entities": [
        entity("Arakan Army", "ORG", "MMR",
               ["Die Rebellen der Arakan-Armee (AA)", "die AA", "Die Rebellen", "der AA", "die Arakan-Armee"]),
        entity("Myanmar", "GPE", "MMR", ["Myanmar"]),
        entity("Myanmar military junta", "ORG", "MMR", ["der Militärjunta", "der Junta", "die Junta"]),
        entity("Bangladesh", "GPE", "BGD", ["Bangladesch"]),
        entity("Maungdaw", "LOC", "MMR", ["Maungdaw", "die Stadt"]),
        entity("Myanmar Armed Forces", "ORG", "MMR", ["rund 80 Soldaten"]),
        entity("Border Guard Bangladesh", "ORG", "BGD", ["seine Grenztruppe BGB"]),
        entity("Naf River", "LOC", None, ["Grenzfluss Naf"]),
        entity("Touhid Hossain", "PER", "BGD",
               ["der außenpolitische Berater der Übergangsregierung, Touhid Hossain", "Er"]),
        entity("Interim government of Bangladesh", "ORG", "BGD", ["der Übergangsregierung"]),
        entity("Rohingya", "ORG", "MMR", ["Rohingya-Flüchtlinge", "die muslimische Minderheit", "der Minderheit"]),
        entity("Rohingya activists", "ORG", "MMR", ["Rohingya-Aktivisten"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro"]),
        entity("Rakhine State", "LOC", "MMR", ["Der Rakhaing-Staat", "des Bundesstaats"]),
        entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm (WFP)"]),
    ],
}

# ---------------------------------------------------------------- hm156-de-04
SCO = actor("Shanghai Cooperation Organisation", "IGO", "IGO")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
LI = actor("Li Qiang", "CHN", "GOV")
MISHUSTIN = actor("Mikhail Mishustin", "RUS", "GOV")
JAISHANKAR = actor("Subrahmanyam Jaishankar", "IND", "GOV")
PAK = actor("Pakistan", "PAK", "GOV")
CHN2 = actor("China", "CHN", "GOV")
IND = actor("India", "IND", "GOV")
PAK_AUTH = actor("Pakistani authorities", "PAK", "GOV")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")

J1 = ("Die Regierungschefs der Shanghaier Organisation für Zusammenarbeit (SOZ) sind am Dienstag in "
      "Islamabad zu ihrem jährlichen Treffen zusammengekommen.")
J2 = ("Pakistans Premierminister Shehbaz Sharif empfing unter anderem Chinas Regierungschef Li Qiang und "
      "den russischen Ministerpräsidenten Michail Mischustin.")
J3 = "Erstmals seit fast neun Jahren reiste zudem ein indischer Außenminister nach Pakistan."
J4 = ("Subrahmanyam Jaishankar mahnte in seiner Rede, Terrorismus und Extremismus seien mit Handel nicht "
      "vereinbar, und zielte damit erkennbar auf die Gastgeber.")
J5 = ("„Wenn grenzüberschreitende Aktivitäten von Terrorismus geprägt sind“, sagte er, „werden sie kaum "
      "den Handel fördern.“")
J6 = "Ein bilaterales Treffen mit Sharif gab es nicht."
J7 = ("Li und Sharif unterzeichneten am Rande des Gipfels 13 Abkommen über den Ausbau des "
      "Wirtschaftskorridors CPEC.")
J8 = ("Zuvor hatten beide per Videoschaltung den neuen Flughafen von Gwadar eröffnet, den China mit einem "
      "Zuschuss von rund 230 Millionen Dollar finanziert hat.")
J9 = "In der Abschlusserklärung sprachen sich die Mitgliedstaaten für mehr Handel in Landeswährungen aus."
J10 = ("Indien unterstützte als einziges Mitglied den Absatz zur chinesischen Initiative Neue Seidenstraße "
       "nicht.")
J11 = ("Islamabad war für die Dauer des Treffens weitgehend abgeriegelt, Soldaten patrouillierten in der "
       "Innenstadt.")
J12 = "Die Beziehungen zwischen den Atommächten Indien und Pakistan liegen seit Jahren auf Eis."

DE04 = {
    "id": "hm156-de-04", "lang": "de", "url": None, "published": "2024-10-16",
    "title": "SOZ-Treffen in Islamabad: Indischer Außenminister mahnt Gastgeber",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6, J7, J8], [J9, J10, J11, J12]),
    "events": [
        event("CONSULT", SCO, None, J1, mode="multilateral", date="2024-10-15", location="Islamabad",
              location_country="PAK"),
        event("CONSULT", LI, SHARIF, J2, mode="visit", date="2024-10-15", location="Islamabad",
              location_country="PAK"),
        event("CONSULT", MISHUSTIN, SHARIF, J2, mode="visit", date="2024-10-15", location="Islamabad",
              location_country="PAK"),
        event("CONSULT", JAISHANKAR, PAK, J3, mode="visit", date="2024-10-15", location="Islamabad",
              location_country="PAK"),
        event("ACCUSE", JAISHANKAR, PAK, J4, mode="disapprove"),
        event("ACCUSE", JAISHANKAR, PAK, J5, mode="disapprove"),
        event("CONSULT", JAISHANKAR, SHARIF, J6, negated=True),
        event("SUPPORT", LI, SHARIF, J7),
        event("COOPERATE", LI, SHARIF, J8, date="2024-10-14", location="Gwadar", location_country="PAK"),
        event("AID", CHN2, PAK, J8),
        event("AGREE", SCO, None, J9),
        event("SUPPORT", IND, CHN2, J10, negated=True),
        event("COERCE", PAK_AUTH, None, J11, mode="restrict", location="Islamabad", location_country="PAK"),
        event("MOBILIZE", PAK_ARMY, None, J11, mode="troops", location="Islamabad", location_country="PAK"),
    ],
    "quotes": [
        quote("Terrorismus und Extremismus seien mit Handel nicht vereinbar", "Subrahmanyam Jaishankar",
              "indirect"),
        quote("Wenn grenzüberschreitende Aktivitäten von Terrorismus geprägt sind", "Subrahmanyam Jaishankar",
              "direct"),
        quote("werden sie kaum den Handel fördern", "Subrahmanyam Jaishankar", "direct"),
    ],
    "entities": [
        entity("Shanghai Cooperation Organisation", "ORG", "IGO",
               ["Shanghaier Organisation für Zusammenarbeit (SOZ)", "die Mitgliedstaaten"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Pakistans Premierminister Shehbaz Sharif", "Sharif"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Pakistans", "die Gastgeber"]),
        entity("Li Qiang", "PER", "CHN", ["Chinas Regierungschef Li Qiang", "Li"]),
        entity("China", "GPE", "CHN", ["China", "Chinas", "chinesischen"]),
        entity("Mikhail Mishustin", "PER", "RUS", ["den russischen Ministerpräsidenten Michail Mischustin"]),
        entity("Subrahmanyam Jaishankar", "PER", "IND",
               ["ein indischer Außenminister", "Subrahmanyam Jaishankar", "er"]),
        entity("India", "GPE", "IND", ["Indien", "indischer"]),
        entity("China-Pakistan Economic Corridor", "ORG", None, ["Wirtschaftskorridors CPEC"]),
        entity("Gwadar", "LOC", "PAK", ["Gwadar"]),
        entity("Belt and Road Initiative", "ORG", "CHN", ["Initiative Neue Seidenstraße"]),
        entity("Pakistan Army", "ORG", "PAK", ["Soldaten"]),
    ],
}

# ---------------------------------------------------------------- hm156-en-01
USA3 = actor("United States", "USA", "GOV")
CHN3 = actor("China", "CHN", "GOV")
BESSENT = actor("Scott Bessent", "USA", "GOV")
GREER = actor("Jamieson Greer", "USA", "GOV")
HE = actor("He Lifeng", "CHN", "GOV")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")

K1 = ("The United States and China agreed on Monday to slash the tariffs they imposed on each other's "
      "goods for 90 days, after weekend talks in Geneva.")
K2 = ("Washington will lower its levies on Chinese imports from 145 percent to 30 percent, while Beijing "
      "will cut its duties on American goods from 125 percent to 10 percent, according to a joint statement.")
K3 = "The cuts take effect on Wednesday."
K4 = ("Treasury Secretary Scott Bessent and trade representative Jamieson Greer met Chinese Vice Premier "
      "He Lifeng at the Swiss ambassador's residence.")
K5 = "“We reached a deal on a 90-day pause,” Bessent told reporters, “and both sides will keep talking.”"
K6 = "The two sides will also set up a mechanism for further talks on trade, the statement said."
K7 = ("China's commerce ministry said it would suspend non-tariff countermeasures taken against the "
      "United States since early April.")
K8 = "President Donald Trump hailed the deal as a “total reset” of relations with Beijing."
K9 = ("He warned, however, that tariffs could rise again “substantially” if no broader agreement was "
      "reached within 90 days.")
K10 = "A separate 20 percent tariff over fentanyl trafficking remains in place."
K11 = ("Beijing, which had accused Washington of “unilateral bullying”, said the outcome showed that "
       "dialogue was the only way forward.")
K12 = "Stock markets in Asia and Europe rose sharply on the news."

EN01 = {
    "id": "hm156-en-01", "lang": "en", "url": None, "published": "2025-05-12",
    "title": "US and China agree to slash tariffs for 90 days after Geneva talks",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10, K11, K12]),
    "events": [
        event("AGREE", USA3, CHN3, K1, date="2025-05-12", location="Geneva", location_country="CHE"),
        event("CONCEDE", USA3, CHN3, K2),
        event("CONCEDE", CHN3, USA3, K2),
        event("CONSULT", BESSENT, HE, K4, mode="third-party", location="Geneva", location_country="CHE"),
        event("CONSULT", GREER, HE, K4, mode="third-party", location="Geneva", location_country="CHE"),
        event("AGREE", BESSENT, CHN3, K5),
        event("AGREE", USA3, CHN3, K6),
        event("CONCEDE", MOFCOM, USA3, K7),
        event("SUPPORT", TRUMP, CHN3, K8),
        event("THREATEN", TRUMP, CHN3, K9, mode="restrict"),
        event("ACCUSE", CHN3, USA3, K11, mode="disapprove"),
        event("SUPPORT", CHN3, USA3, K11),
    ],
    "quotes": [
        quote("Washington will lower its levies on Chinese imports from 145 percent to 30 percent, while Beijing "
              "will cut its duties on American goods from 125 percent to 10 percent",
              "United States and China joint statement", "indirect"),
        quote("We reached a deal on a 90-day pause", "Scott Bessent", "direct"),
        quote("and both sides will keep talking", "Scott Bessent", "direct"),
        quote("The two sides will also set up a mechanism for further talks on trade",
              "United States and China joint statement", "indirect"),
        quote("it would suspend non-tariff countermeasures taken against the United States since early April",
              "Ministry of Commerce of China", "indirect"),
        quote("total reset", "Donald Trump", "direct"),
        quote("that tariffs could rise again “substantially” if no broader agreement was reached within 90 days",
              "Donald Trump", "indirect"),
        quote("substantially", "Donald Trump", "direct"),
        quote("unilateral bullying", "Government of China", "direct"),
        quote("the outcome showed that dialogue was the only way forward", "Government of China", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "Washington", "the United States", "American"]),
        entity("China", "GPE", "CHN", ["China", "Beijing", "Chinese"]),
        entity("Geneva", "LOC", "CHE", ["Geneva"]),
        entity("Scott Bessent", "PER", "USA", ["Treasury Secretary Scott Bessent", "Bessent"]),
        entity("Jamieson Greer", "PER", "USA", ["trade representative Jamieson Greer"]),
        entity("He Lifeng", "PER", "CHN", ["Chinese Vice Premier He Lifeng"]),
        entity("Switzerland", "GPE", "CHE", ["Swiss"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["China's commerce ministry"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "He"]),
        entity("Asia", "LOC", None, ["Asia"]),
        entity("Europe", "LOC", None, ["Europe"]),
    ],
}

# ---------------------------------------------------------------- hm156-en-02
CW = actor("Commonwealth of Nations", "IGO", "IGO")
DAVIS = actor("Philip Davis", "BHS", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
CHARLES = actor("Charles III", "GBR", "GOV")
BOTCHWEY = actor("Shirley Ayorkor Botchwey", "GHA", "GOV")
AUS = actor("Australia", "AUS", "GOV")
NZL = actor("New Zealand", "NZL", "GOV")
WSM = actor("Samoa", "WSM", "GOV")
MATAAFA = actor("Fiame Naomi Mata'afa", "WSM", "GOV")

L1 = ("Commonwealth leaders agreed on Saturday to open a discussion on reparations for the transatlantic "
      "slave trade, despite British reluctance, at the end of their summit in Samoa.")
L2 = "“The time has come for a conversation on reparatory justice,” the final communique of the meeting in Apia said."
L3 = "Bahamas Prime Minister Philip Davis had pressed Britain for days to accept the wording."
L4 = ("British Prime Minister Keir Starmer said reparations were not on the table and that he would "
      "rather look forward than back.")
L5 = ("“We are not going to be paying money,” his spokesman said, “but we will work with partners on the "
      "challenges they face today.”")
L6 = ("King Charles, who opened the summit as head of the Commonwealth, acknowledged that the “most painful "
      "aspects” of the past still resonated.")
L7 = ("The 56 member states also elected Ghana's Foreign Minister Shirley Ayorkor Botchwey as the "
      "organisation's next secretary-general.")
L8 = "She will succeed Patricia Scotland, whose second term ends in March."
L9 = "Australia and New Zealand had sent police officers and navy ships to help Samoa secure the meeting."
L10 = ("Samoa's Prime Minister Fiame Naomi Mata'afa, the summit's host, urged rich nations to deliver the "
       "climate finance they have promised.")
L11 = "Leaders also adopted a declaration on protecting the ocean, the first of its kind for the Commonwealth."

EN02 = {
    "id": "hm156-en-02", "lang": "en", "url": None, "published": "2024-10-26",
    "title": "Commonwealth agrees to discuss slavery reparations despite British reluctance",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9, L10, L11]),
    "events": [
        event("AGREE", CW, None, L1, date="2024-10-26", location="Apia", location_country="WSM"),
        event("AGREE", CW, None, L2, location="Apia", location_country="WSM"),
        event("REQUEST", DAVIS, GBR, L3, mode="change"),
        event("REJECT", STARMER, None, L4, mode="change"),
        event("REJECT", GBR, None, L5, mode="assist"),
        event("AGREE", GBR, None, L5),
        event("CONCEDE", CHARLES, None, L6),
        event("SUPPORT", CW, BOTCHWEY, L7),
        event("AID", AUS, WSM, L9),
        event("AID", NZL, WSM, L9),
        event("REQUEST", MATAAFA, None, L10, mode="assist"),
        event("SUPPORT", CW, None, L11),
    ],
    "quotes": [
        quote("The time has come for a conversation on reparatory justice", "Commonwealth Heads of Government",
              "direct"),
        quote("reparations were not on the table and that he would rather look forward than back", "Keir Starmer",
              "indirect"),
        quote("We are not going to be paying money", "spokesman of the British Prime Minister", "direct"),
        quote("but we will work with partners on the challenges they face today",
              "spokesman of the British Prime Minister", "direct"),
        quote("that the “most painful aspects” of the past still resonated", "Charles III", "indirect"),
        quote("most painful aspects", "Charles III", "direct"),
    ],
    "entities": [
        entity("Commonwealth of Nations", "ORG", "IGO",
               ["Commonwealth leaders", "the Commonwealth", "The 56 member states", "the organisation's", "Leaders"]),
        entity("United Kingdom", "GPE", "GBR", ["British", "Britain"]),
        entity("Samoa", "GPE", "WSM", ["Samoa", "Samoa's"]),
        entity("Apia", "LOC", "WSM", ["Apia"]),
        entity("Philip Davis", "PER", "BHS", ["Bahamas Prime Minister Philip Davis"]),
        entity("Keir Starmer", "PER", "GBR", ["British Prime Minister Keir Starmer", "he", "his"]),
        entity("spokesman of the British Prime Minister", "PER", "GBR", ["his spokesman"]),
        entity("Charles III", "PER", "GBR", ["King Charles"]),
        entity("Ghana", "GPE", "GHA", ["Ghana's"]),
        entity("Shirley Ayorkor Botchwey", "PER", "GHA",
               ["Ghana's Foreign Minister Shirley Ayorkor Botchwey", "She"]),
        entity("Patricia Scotland", "PER", "IGO", ["Patricia Scotland"]),
        entity("Australia", "GPE", "AUS", ["Australia"]),
        entity("New Zealand", "GPE", "NZL", ["New Zealand"]),
        entity("Fiame Naomi Mata'afa", "PER", "WSM", ["Samoa's Prime Minister Fiame Naomi Mata'afa",
                                                       "the summit's host"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
