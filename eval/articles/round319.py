"""Round 307: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm319-de-01: Nepal: pro-monarchy protesters riot in Kathmandu's Tinkune area, two dead; tear gas, water cannon and rubber bullets against stone-throwers, arson at Kantipur, curfew and troops, 105 arrests including two RPP leaders, Durga Prasai in hiding, Lekhak blames and warns Gyanendra Shah, Kathmandu bills him for the damage, the RPP demands releases, Lingden and Oli trade accusations, curfew lifted (2025-03-29).
- hm319-de-02: Bhutan/India: Narendra Modi's state visit to Bhutan; Tobgay receives him in Paro, the king awards him the Order of the Druk Gyalpo, Modi pledges 100 billion rupees for the 13th five-year plan, MoUs signed and rail links reaffirmed, no deal on Sankosh, the Indian-funded mother-and-child hospital, Tobgay's thanks and earlier Delhi trip, invitation to the king, Tandi Dorji's border talks with Wang Yi (2024-03-23).
- hm319-de-03: Indus Waters Treaty: India rejects as "illegal" the Court of Arbitration's supplemental award that it cannot hold the treaty in abeyance unilaterally; Jaiswal accuses Pakistan and sets conditions, Islamabad welcomes the ruling and demands the treaty be restored, Dar warns of an "act of war", Banga's earlier remark, the Pahalgam attack, the May fighting and ceasefire, India's boycott of the proceedings (2025-06-28).
- hm319-de-04: Pakistan: suicide car bomb kills five Chinese engineers and their driver near Bisham on the way to the Dasu dam; the TTP denies, Sharif condemns, orders an inquiry and tighter protection and visits ambassador Jiang Zaidong, Lin Jian demands protection, Chinese firms halt work on two dams, the BLA attack on the Turbat naval air base, Naqvi's warning, the PTI-led KP government blames Islamabad (2024-03-27).
- hm319-en-01: Australia/China: Marles and Albanese accuse the Chinese destroyer Ningbo of injuring Australian navy divers from HMAS Toowoomba with sonar; diplomatic protest, Mao Ning's appeal, Albanese's Beijing visit and his APEC chat with Xi in which he did not raise it, Dutton's attack, Marles's demand (2023-11-20).
- hm319-en-02: Indonesia/FIFA: FIFA strips Indonesia of the Under-20 World Cup after governors Koster and Ganjar object to Israel's team; Thohir meets Infantino in Doha, possible sanctions on the PSSI but none yet, FIFA's pledge of support, Islamist rally in Jakarta, Widodo's appeal, PDI-P backs the governors (2023-03-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm319-de-01 (Nepal, pro-monarchy riot in Kathmandu)
MONARCHISTS = actor("pro-monarchy protesters in Kathmandu", "NPL", "CVL")
NPL_POLICE = actor("Nepal Police", "NPL", "COP")
NPL_GOV = actor("Government of Nepal", "NPL", "GOV")
KANTIPUR = actor("Kantipur Media Group", "NPL", "BUS")
LEKHAK = actor("Ramesh Lekhak", "NPL", "GOV")
GYANENDRA = actor("Gyanendra Shah", "NPL", "CVL")
KMC = actor("Kathmandu Metropolitan City", "NPL", "GOV")
RPP = actor("Rastriya Prajatantra Party", "NPL", "OPP")
LINGDEN = actor("Rajendra Lingden", "NPL", "OPP")
OLI = actor("K. P. Sharma Oli", "NPL", "GOV")

N1 = ("Kathmandu (dpa) - Bei gewaltsamen Protesten von Anhängern der früheren Monarchie sind in Nepals Hauptstadt "
      "Kathmandu zwei Menschen ums Leben gekommen.")
N2 = ("Tausende Demonstranten, die eine Rückkehr des 2008 abgeschafften Königtums fordern, lieferten sich am Freitag "
      "im Stadtteil Tinkune stundenlange Straßenschlachten mit der Polizei.")
N3 = ("Die Beamten setzten Tränengas, Wasserwerfer und Gummigeschosse ein, als Demonstranten Steine warfen und "
      "Absperrungen in Richtung des Parlaments durchbrechen wollten.")
N4 = "Randalierer zündeten Autos und Häuser an und setzten das Gebäude der Mediengruppe Kantipur in Brand."
N5 = "Ein Fernsehkameramann kam in einem brennenden Haus ums Leben, ein junger Demonstrant starb an einer Schussverletzung."
N6 = "Mehr als 100 Menschen wurden verletzt, darunter zahlreiche Polizisten."
N7 = ("Die Regierung verhängte am Freitagnachmittag eine Ausgangssperre über mehrere Stadtteile und ließ Soldaten "
      "aufmarschieren.")
N8 = ("Die Polizei nahm 105 Menschen fest, darunter zwei führende Politiker der monarchistischen "
      "Nationaldemokratischen Partei (RPP).")
N9 = "Der selbst ernannte Anführer der Proteste, der Geschäftsmann Durga Prasai, ist seither untergetaucht."
N10 = "Innenminister Ramesh Lekhak machte den früheren König Gyanendra Shah für die Gewalt verantwortlich."
N11 = ("„Wer Menschen zur Gewalt anstiftet, wird sich vor dem Gesetz verantworten müssen, ganz gleich, wer er ist“, "
       "sagte er im Parlament.")
N12 = ("Die Stadtverwaltung von Kathmandu stellte dem 77-Jährigen am Samstag eine Rechnung über knapp 800.000 Rupien "
       "(rund 5.400 Euro) für die Schäden an öffentlichem Eigentum zu.")
N13 = "Die RPP wies die Vorwürfe zurück und forderte die sofortige Freilassung ihrer Funktionäre."
N14 = ("Parteichef Rajendra Lingden sagte, die Regierung habe eine friedliche Kundgebung mit „unverhältnismäßiger "
       "Gewalt“ eskalieren lassen.")
N15 = "Ministerpräsident K.P. Sharma Oli warf den Monarchisten vor, die Verfassung untergraben zu wollen."
N16 = "„Die Republik ist unumkehrbar“, sagte der 73-Jährige."
N17 = "Die Ausgangssperre wurde am Samstagmorgen wieder aufgehoben."

DE01 = {
    "id": "hm319-de-01", "lang": "de", "url": None, "published": "2025-03-29",
    "title": "Zwei Tote bei Krawallen von Monarchisten in Nepal",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9], [N10, N11, N12], [N13, N14, N15, N16, N17]),
    "events": [
        event("PROTEST", MONARCHISTS, NPL_GOV, N1, mode="riot", location="Kathmandu", location_country="NPL"),
        event("PROTEST", MONARCHISTS, NPL_GOV, N2, mode="riot", date="2025-03-28", location="Tinkune",
              location_country="NPL"),
        event("ASSAULT", NPL_POLICE, MONARCHISTS, N3, mode="crowd-control", location="Tinkune",
              location_country="NPL"),
        event("ASSAULT", MONARCHISTS, NPL_POLICE, N3, mode="primitive", location="Tinkune", location_country="NPL"),
        event("ASSAULT", MONARCHISTS, KANTIPUR, N4, mode="destroy", location="Tinkune", location_country="NPL"),
        event("COERCE", NPL_GOV, None, N7, mode="curfew", date="2025-03-28", location="Kathmandu",
              location_country="NPL"),
        event("MOBILIZE", NPL_GOV, None, N7, mode="troops", date="2025-03-28", location="Kathmandu",
              location_country="NPL"),
        event("COERCE", NPL_POLICE, MONARCHISTS, N8, mode="arrest", location="Kathmandu", location_country="NPL"),
        event("ACCUSE", LEKHAK, GYANENDRA, N10, mode="allege"),
        event("THREATEN", LEKHAK, GYANENDRA, N11),
        event("SANCTION", KMC, GYANENDRA, N12, date="2025-03-29"),
        event("REQUEST", RPP, NPL_GOV, N13, mode="yield"),
        event("ACCUSE", LINGDEN, NPL_GOV, N14, mode="allege"),
        event("ACCUSE", OLI, MONARCHISTS, N15, mode="allege"),
        event("CONCEDE", NPL_GOV, None, N17, date="2025-03-29", location="Kathmandu", location_country="NPL"),
    ],
    "quotes": [
        quote("Wer Menschen zur Gewalt anstiftet, wird sich vor dem Gesetz verantworten müssen, ganz gleich, wer er ist",
              "Ramesh Lekhak", "direct"),
        quote("unverhältnismäßiger Gewalt", "Rajendra Lingden", "direct"),
        quote("die Regierung habe eine friedliche Kundgebung mit „unverhältnismäßiger Gewalt“ eskalieren lassen",
              "Rajendra Lingden", "indirect"),
        quote("die Verfassung untergraben zu wollen", "K. P. Sharma Oli", "indirect"),
        quote("Die Republik ist unumkehrbar", "K. P. Sharma Oli", "direct"),
    ],
    "entities": [
        entity("Kathmandu", "LOC", "NPL", ["Kathmandu", "Nepals Hauptstadt Kathmandu"]),
        entity("Nepal", "LOC", "NPL", ["Nepals"]),
        entity("pro-monarchy protesters in Kathmandu", "ORG", "NPL",
               ["Anhängern der früheren Monarchie", "Tausende Demonstranten", "Randalierer", "den Monarchisten"]),
        entity("Tinkune", "LOC", "NPL", ["Stadtteil Tinkune"]),
        entity("Nepal Police", "ORG", "NPL", ["der Polizei", "Die Beamten", "Die Polizei"]),
        entity("Federal Parliament of Nepal", "ORG", "NPL", ["des Parlaments", "im Parlament"]),
        entity("Kantipur Media Group", "ORG", "NPL", ["der Mediengruppe Kantipur"]),
        entity("Government of Nepal", "ORG", "NPL", ["Die Regierung", "die Regierung"]),
        entity("RPP politicians arrested in Kathmandu", "PER", "NPL", ["zwei führende Politiker", "ihrer Funktionäre"]),
        entity("Nepal Army", "ORG", "NPL", ["Soldaten"]),
        entity("Suresh Rajak", "PER", "NPL", ["Ein Fernsehkameramann"]),
        entity("Sabin Maharjan", "PER", "NPL", ["ein junger Demonstrant"]),
        entity("Rastriya Prajatantra Party", "ORG", "NPL",
               ["der monarchistischen Nationaldemokratischen Partei (RPP)", "Die RPP"]),
        entity("Durga Prasai", "PER", "NPL",
               ["Der selbst ernannte Anführer der Proteste, der Geschäftsmann Durga Prasai"]),
        entity("Ramesh Lekhak", "PER", "NPL", ["Innenminister Ramesh Lekhak"]),
        entity("Gyanendra Shah", "PER", "NPL", ["den früheren König Gyanendra Shah", "dem 77-Jährigen"]),
        entity("Kathmandu Metropolitan City", "ORG", "NPL", ["Die Stadtverwaltung von Kathmandu"]),
        entity("Rajendra Lingden", "PER", "NPL", ["Parteichef Rajendra Lingden"]),
        entity("K. P. Sharma Oli", "PER", "NPL", ["Ministerpräsident K.P. Sharma Oli", "der 73-Jährige"]),
    ],
}

# ---------------------------------------------------------------- hm319-de-02 (Bhutan/India, Modi's state visit)
MODI = actor("Narendra Modi", "IND", "GOV")
TOBGAY = actor("Tshering Tobgay", "BTN", "GOV")
BTN_KING = actor("Jigme Khesar Namgyel Wangchuck", "BTN", "GOV")
BHUTAN = actor("Bhutan", "BTN", "GOV")
INDIA = actor("India", "IND", "GOV")
DORJI = actor("Tandi Dorji", "BTN", "GOV")
WANG_YI = actor("Wang Yi", "CHN", "GOV")

B1 = ("Thimphu (dpa) - Indiens Premierminister Narendra Modi hat dem Himalaya-Königreich Bhutan bei einem "
      "Staatsbesuch Hilfen in Milliardenhöhe zugesagt.")
B2 = ("Indien werde das Nachbarland in den kommenden fünf Jahren mit 100 Milliarden Rupien (rund 1,1 Milliarden "
      "Euro) unterstützen, sagte Modi am Samstag in Thimphu.")
B3 = ("Das Geld ist für Bhutans 13. Fünfjahresplan bestimmt, der unter anderem den Ausbau von Straßen, "
      "Wasserkraftwerken und Krankenhäusern vorsieht.")
B4 = ("Der 73-Jährige war am Freitag wegen schlechten Wetters mit einem Tag Verspätung in Paro gelandet und von "
      "seinem bhutanischen Amtskollegen Tshering Tobgay am Flughafen empfangen worden.")
B5 = "Tausende Menschen in traditioneller Kleidung säumten die Straße in die rund 50 Kilometer entfernte Hauptstadt."
B6 = ("König Jigme Khesar Namgyel Wangchuck verlieh dem Gast noch am Freitag den Orden des Druk Gyalpo, die höchste "
      "zivile Auszeichnung des Landes.")
B7 = "Modi ist der erste ausländische Regierungschef, der den Orden erhält."
B8 = "„Ich nehme diese Ehre im Namen von 1,4 Milliarden Indern entgegen“, sagte er."
B9 = ("Bei ihren Gesprächen unterzeichneten Modi und Tobgay Absichtserklärungen über eine Zusammenarbeit bei Energie, "
      "Landwirtschaft und Lebensmittelsicherheit sowie über die Lieferung indischer Erdölprodukte.")
B10 = ("Zudem bekräftigten beide Regierungen das Ziel, die ersten Eisenbahnverbindungen zwischen den Ländern zu "
       "bauen, unter anderem vom indischen Kokrajhar in die bhutanische Grenzstadt Gelephu.")
B11 = "Eine Einigung über das seit Jahren geplante Wasserkraftwerk Sankosh blieb dagegen aus."
B12 = ("Am Samstag eröffnete Modi in Thimphu ein mit indischen Geldern gebautes Krankenhaus für Mütter und "
       "Kinder.")
B13 = "Tobgay dankte Neu-Delhi für die „großzügige und bedingungslose Unterstützung“."
B14 = ("Der 58-Jährige war im Januar nach dem Wahlsieg seiner Demokratischen Volkspartei (PDP) zum zweiten Mal "
       "Regierungschef geworden und hatte Mitte März seine erste Auslandsreise nach Indien unternommen.")
B15 = "Modi lud auch den König zu einem baldigen Besuch in Indien ein."
B16 = ("Bhutan ist wirtschaftlich eng mit Indien verflochten, das den größten Teil des Stroms aus bhutanischen "
       "Wasserkraftwerken abnimmt.")
B17 = ("Beobachter werten den Besuch auch als Versuch Neu-Delhis, den Einfluss Chinas in dem Königreich zu "
       "begrenzen.")
B18 = ("Bhutan und China verhandeln seit Jahrzehnten über ihre Grenze; im vergangenen Oktober war der damalige "
       "Außenminister Tandi Dorji dazu nach Peking gereist und hatte seinen chinesischen Kollegen Wang Yi getroffen.")
B19 = ("Indien verfolgt die Gespräche mit Sorge, weil sie auch das Doklam-Plateau betreffen, wo sich 2017 indische "
       "und chinesische Soldaten wochenlang gegenüberstanden.")

DE02 = {
    "id": "hm319-de-02", "lang": "de", "url": None, "published": "2024-03-23",
    "title": "Modi sagt Bhutan bei Staatsbesuch Milliardenhilfe zu",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8], [B9, B10, B11, B12], [B13, B14, B15],
                       [B16, B17, B18, B19]),
    "events": [
        event("AGREE", MODI, BHUTAN, B1),
        event("AGREE", MODI, BHUTAN, B2, date="2024-03-23", location="Thimphu", location_country="BTN"),
        event("CONSULT", MODI, TOBGAY, B4, mode="visit", date="2024-03-22", location="Paro", location_country="BTN"),
        event("SUPPORT", BTN_KING, MODI, B6, date="2024-03-22"),
        event("CONSULT", MODI, TOBGAY, B9, mode="visit"),
        event("SUPPORT", MODI, TOBGAY, B9),
        event("AGREE", INDIA, BHUTAN, B10),
        event("AGREE", INDIA, BHUTAN, B11, negated=True),
        event("AID", INDIA, BHUTAN, B12, date="2024-03-23", location="Thimphu", location_country="BTN"),
        event("SUPPORT", TOBGAY, INDIA, B13),
        event("CONSULT", TOBGAY, INDIA, B14, mode="visit", location_country="IND"),
        event("AGREE", MODI, BTN_KING, B15),
        event("CONSULT", DORJI, WANG_YI, B18, mode="visit", location="Beijing", location_country="CHN"),
    ],
    "quotes": [
        quote("Indien werde das Nachbarland in den kommenden fünf Jahren mit 100 Milliarden Rupien (rund 1,1 Milliarden "
              "Euro) unterstützen", "Narendra Modi", "indirect"),
        quote("Ich nehme diese Ehre im Namen von 1,4 Milliarden Indern entgegen", "Narendra Modi", "direct"),
        quote("großzügige und bedingungslose Unterstützung", "Tshering Tobgay", "direct"),
    ],
    "entities": [
        entity("Thimphu", "LOC", "BTN", ["Thimphu", "die rund 50 Kilometer entfernte Hauptstadt"]),
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi", "Modi", "Der 73-Jährige",
                                               "dem Gast"]),
        entity("India", "LOC", "IND", ["Indiens", "Indien"]),
        entity("Bhutan", "LOC", "BTN", ["dem Himalaya-Königreich Bhutan", "das Nachbarland", "Bhutans",
                                        "des Landes", "Bhutan", "dem Königreich"]),
        entity("Paro", "LOC", "BTN", ["Paro"]),
        entity("Paro International Airport", "LOC", "BTN", ["am Flughafen"]),
        entity("Tshering Tobgay", "PER", "BTN", ["seinem bhutanischen Amtskollegen Tshering Tobgay", "Tobgay",
                                                 "Der 58-Jährige"]),
        entity("Jigme Khesar Namgyel Wangchuck", "PER", "BTN", ["König Jigme Khesar Namgyel Wangchuck",
                                                                "den König"]),
        entity("Government of India", "ORG", "IND", ["Neu-Delhi", "Neu-Delhis"]),
        entity("Government of Bhutan", "ORG", "BTN", ["beide Regierungen"]),
        entity("Kokrajhar", "LOC", "IND", ["Kokrajhar"]),
        entity("Gelephu", "LOC", "BTN", ["die bhutanische Grenzstadt Gelephu"]),
        entity("Sankosh Hydroelectric Project", "LOC", "BTN", ["das seit Jahren geplante Wasserkraftwerk Sankosh"]),
        entity("Gyaltsuen Jetsun Pema Mother and Child Hospital", "LOC", "BTN",
               ["ein mit indischen Geldern gebautes Krankenhaus für Mütter und Kinder"]),
        entity("People's Democratic Party (Bhutan)", "ORG", "BTN", ["seiner Demokratischen Volkspartei (PDP)"]),
        entity("China", "LOC", "CHN", ["Chinas", "China"]),
        entity("Tandi Dorji", "PER", "BTN", ["der damalige Außenminister Tandi Dorji"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Wang Yi", "PER", "CHN", ["seinen chinesischen Kollegen Wang Yi"]),
        entity("Doklam", "LOC", "BTN", ["das Doklam-Plateau"]),
    ],
}

# ---------------------------------------------------------------- hm319-de-03 (Indus Waters Treaty, Court of Arbitration)
PAKISTAN = actor("Pakistan", "PAK", "GOV")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
JAISWAL = actor("Randhir Jaiswal", "IND", "GOV")
IWT_COURT = actor("Court of Arbitration under the Indus Waters Treaty", "IGO", "JUD")
PAK_MOFA = actor("Ministry of Foreign Affairs of Pakistan", "PAK", "GOV")
DAR = actor("Ishaq Dar", "PAK", "GOV")

I1 = ("Neu-Delhi (AFP) - Indien hat eine Entscheidung des internationalen Schiedsgerichts zum Indus-Wasservertrag "
      "mit Pakistan als „illegal“ zurückgewiesen.")
I2 = ("Das Gericht in Den Haag hatte am Freitag entschieden, Indien dürfe den Vertrag von 1960 nicht einseitig "
      "aussetzen, und sich weiterhin für den Streit der beiden Nachbarn zuständig erklärt.")
I3 = ("Neu-Delhi hatte das Abkommen nach dem Anschlag auf Touristen im kaschmirischen Pahalgam im April auf Eis "
      "gelegt, bei dem 26 Menschen getötet worden waren.")
I4 = ("Indien habe die Existenz dieses „sogenannten Schiedsgerichts“ rechtlich nie anerkannt, erklärte das "
      "Außenministerium in Neu-Delhi am Samstag.")
I5 = ("Der Schiedsspruch sei ein weiteres „Schauspiel“ Pakistans, das sich seiner Verantwortung als Zentrum des "
      "weltweiten Terrorismus entziehen wolle, sagte Ministeriumssprecher Randhir Jaiswal.")
I6 = ("Indien werde den Vertrag so lange aussetzen, bis Pakistan der Unterstützung grenzüberschreitenden "
      "Terrorismus glaubhaft und unwiderruflich abschwöre.")
I7 = ("Das pakistanische Außenministerium begrüßte die Entscheidung und forderte Indien auf, den Vertrag umgehend "
      "wieder vollständig anzuwenden.")
I8 = ("Der Schiedsspruch zeige, dass der Vertrag „nicht einseitig außer Kraft gesetzt werden kann“, hieß es in einer "
      "Erklärung aus Islamabad.")
I9 = ("Vizepremier und Außenminister Ishaq Dar warnte, jeder Versuch, Pakistan das Wasser abzugraben, werde als "
      "„kriegerischer Akt“ betrachtet.")
I10 = ("Weltbank-Präsident Ajay Banga, dessen Institution den Vertrag einst vermittelt hatte, hatte bereits im Mai "
       "erklärt, die Bank sei lediglich ein „Vermittler“ und könne den Streit nicht schlichten.")
I11 = "Neu-Delhi macht Pakistan für den Anschlag in Pahalgam verantwortlich, was Islamabad bestreitet."
I12 = ("Anfang Mai hatten sich die beiden Atommächte vier Tage lang mit Raketen, Drohnen und Artillerie beschossen, "
       "bevor sie sich auf eine Waffenruhe einigten.")
I13 = ("Im Kern des Schiedsverfahrens geht es um die Wasserkraftwerke Kishenganga und Ratle, die Indien an Zuflüssen "
       "des Indus im umstrittenen Kaschmir betreibt beziehungsweise baut.")
I14 = ("Pakistan hatte das Verfahren 2016 angestrengt; Indien boykottiert es und setzt stattdessen auf einen von der "
       "Weltbank ernannten neutralen Gutachter.")
I15 = "Rund 80 Prozent der pakistanischen Landwirtschaft hängen vom Wasser des Indus-Systems ab."

DE03 = {
    "id": "hm319-de-03", "lang": "de", "url": None, "published": "2025-06-28",
    "title": "Indien weist Schiedsspruch zum Indus-Wasservertrag zurück",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10], [I11, I12], [I13, I14, I15]),
    "events": [
        event("REJECT", INDIA, IWT_COURT, I1),
        event("SANCTION", IWT_COURT, INDIA, I2, mode="convict", date="2025-06-27", location="The Hague",
              location_country="NLD"),
        event("SANCTION", INDIA, PAKISTAN, I3, mode="withdraw"),
        event("REJECT", IND_MEA, IWT_COURT, I4, date="2025-06-28"),
        event("ACCUSE", JAISWAL, PAKISTAN, I5, mode="allege"),
        event("REQUEST", JAISWAL, PAKISTAN, I6, mode="change"),
        event("SUPPORT", PAK_MOFA, IWT_COURT, I7),
        event("REQUEST", PAK_MOFA, INDIA, I7, mode="change"),
        event("THREATEN", DAR, INDIA, I9),
        event("ACCUSE", INDIA, PAKISTAN, I11, mode="allege"),
        event("ASSAULT", INDIA, PAKISTAN, I12, mode="heavy-weapons"),
        event("ASSAULT", PAKISTAN, INDIA, I12, mode="heavy-weapons"),
        event("AGREE", INDIA, PAKISTAN, I12),
        event("PROTEST", INDIA, IWT_COURT, I14, mode="boycott"),
    ],
    "quotes": [
        quote("illegal", "Ministry of External Affairs of India", "direct"),
        quote("Indien dürfe den Vertrag von 1960 nicht einseitig aussetzen",
              "Court of Arbitration under the Indus Waters Treaty", "indirect"),
        quote("sogenannten Schiedsgerichts", "Ministry of External Affairs of India", "direct"),
        quote("Indien habe die Existenz dieses „sogenannten Schiedsgerichts“ rechtlich nie anerkannt",
              "Ministry of External Affairs of India", "indirect"),
        quote("Schauspiel", "Randhir Jaiswal", "direct"),
        quote("Der Schiedsspruch sei ein weiteres „Schauspiel“ Pakistans, das sich seiner Verantwortung als Zentrum des "
              "weltweiten Terrorismus entziehen wolle", "Randhir Jaiswal", "indirect"),
        quote("Indien werde den Vertrag so lange aussetzen, bis Pakistan der Unterstützung grenzüberschreitenden "
              "Terrorismus glaubhaft und unwiderruflich abschwöre", "Randhir Jaiswal", "indirect"),
        quote("nicht einseitig außer Kraft gesetzt werden kann", "Ministry of Foreign Affairs of Pakistan", "direct"),
        quote("Der Schiedsspruch zeige, dass der Vertrag „nicht einseitig außer Kraft gesetzt werden kann“",
              "Ministry of Foreign Affairs of Pakistan", "indirect"),
        quote("kriegerischer Akt", "Ishaq Dar", "direct"),
        quote("jeder Versuch, Pakistan das Wasser abzugraben, werde als „kriegerischer Akt“ betrachtet", "Ishaq Dar",
              "indirect"),
        quote("Vermittler", "Ajay Banga", "direct"),
        quote("die Bank sei lediglich ein „Vermittler“ und könne den Streit nicht schlichten", "Ajay Banga",
              "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["in Neu-Delhi"]),
        entity("Government of India", "ORG", "IND", ["Neu-Delhi"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("Court of Arbitration under the Indus Waters Treaty", "ORG", "IGO",
               ["des internationalen Schiedsgerichts", "Das Gericht in Den Haag", "dieses „sogenannten Schiedsgerichts“"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan", "Pakistans"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Pahalgam", "LOC", "IND", ["im kaschmirischen Pahalgam", "Pahalgam"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["das Außenministerium in Neu-Delhi"]),
        entity("Randhir Jaiswal", "PER", "IND", ["Ministeriumssprecher Randhir Jaiswal"]),
        entity("Ministry of Foreign Affairs of Pakistan", "ORG", "PAK", ["Das pakistanische Außenministerium"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Islamabad"]),
        entity("Ishaq Dar", "PER", "PAK", ["Vizepremier und Außenminister Ishaq Dar"]),
        entity("Ajay Banga", "PER", "IGO", ["Weltbank-Präsident Ajay Banga"]),
        entity("World Bank", "ORG", "IGO", ["Weltbank", "dessen Institution", "die Bank"]),
        entity("Kishenganga Hydroelectric Plant", "LOC", "IND", ["Kishenganga"]),
        entity("Ratle Hydroelectric Plant", "LOC", "IND", ["Ratle"]),
        entity("Indus River", "LOC", None, ["des Indus", "des Indus-Systems"]),
        entity("Kashmir", "LOC", None, ["im umstrittenen Kaschmir"]),
        entity("neutral expert under the Indus Waters Treaty", "PER", None, ["einen von der Weltbank ernannten neutralen Gutachter"]),
    ],
}

# ---------------------------------------------------------------- hm319-de-04 (Pakistan, Bisham attack on Chinese engineers)
BISHAM_ATTACKERS = actor("perpetrators of the Bisham attack", "PAK", "REB")
CHN_ENGINEERS = actor("Chinese engineers of the Dasu hydropower project", "CHN", "BUS")
PAK_DRIVER = actor("Pakistani driver of the Chinese engineers", "PAK", "CVL")
SHEHBAZ = actor("Shehbaz Sharif", "PAK", "GOV")
JIANG_ZAIDONG = actor("Jiang Zaidong", "CHN", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
CHN_FIRMS = actor("Chinese construction companies in Pakistan", "CHN", "BUS")
BLA = actor("Baloch Liberation Army", "PAK", "REB")
PAK_NAVY = actor("Pakistan Navy", "PAK", "MIL")
PAK_FORCES = actor("Pakistani security forces", "PAK", "MIL")
NAQVI = actor("Mohsin Naqvi", "PAK", "GOV")
KP_GOV = actor("Government of Khyber Pakhtunkhwa", "PAK", "GOV")
PAK_FED_GOV = actor("Government of Pakistan", "PAK", "GOV")

X1 = ("Islamabad (dpa) - Bei einem Selbstmordanschlag im Nordwesten Pakistans sind fünf chinesische Ingenieure und "
      "ihr pakistanischer Fahrer getötet worden.")
X2 = ("Ein Attentäter habe am Dienstag ein mit Sprengstoff beladenes Auto in den Wagen der Ingenieure gesteuert, die "
      "von Islamabad auf dem Weg zur Baustelle des Dasu-Staudamms waren, teilte die Polizei mit.")
X3 = "Das Fahrzeug stürzte nahe der Stadt Bisham im Bezirk Shangla in eine Schlucht und ging in Flammen auf."
X4 = "Zu dem Anschlag bekannte sich zunächst niemand."
X5 = ("Die pakistanischen Taliban (TTP), die im Nordwesten immer wieder Sicherheitskräfte angreifen, wiesen jede "
      "Beteiligung zurück.")
X6 = ("Premierminister Shehbaz Sharif verurteilte die Tat als Angriff auf die Freundschaft zwischen Pakistan und "
      "China.")
X7 = ("Er ordnete eine Untersuchung an und wies die Behörden an, den Schutz chinesischer Staatsbürger im ganzen "
      "Land zu verstärken.")
X8 = ("Am Mittwoch besuchte der 72-Jährige die chinesische Botschaft in Islamabad und sprach Botschafter Jiang "
      "Zaidong sein Beileid aus.")
X9 = ("Die Täter würden gefasst und „mit der ganzen Härte des Gesetzes“ bestraft, sicherte er dem Diplomaten "
      "zu.")
X10 = ("„Pakistan muss wirksame Maßnahmen ergreifen, um die Sicherheit chinesischer Bürger, Einrichtungen und "
       "Projekte zu gewährleisten“, sagte Außenamtssprecher Lin Jian in Peking.")
X11 = "Zwei chinesische Baukonzerne stellten die Arbeiten an den Staudämmen Dasu und Diamer-Bhasha vorübergehend ein."
X12 = "Es war binnen einer Woche bereits der dritte Angriff auf chinesische Interessen in Pakistan."
X13 = ("In der Nacht zum Dienstag hatten Kämpfer der separatistischen Belutschistan-Befreiungsarmee (BLA) einen "
       "Marinefliegerstützpunkt in Turbat angegriffen; Sicherheitskräfte erschossen vier der Angreifer.")
X14 = ("Die BLA wirft China vor, gemeinsam mit der Regierung in Islamabad die Bodenschätze Belutschistans "
       "auszubeuten.")
X15 = "Innenminister Mohsin Naqvi sagte, die Drahtzieher würden „nicht ungestraft davonkommen“."
X16 = ("Die Regierung der Provinz Khyber Pakhtunkhwa, die von der Partei des inhaftierten Ex-Premiers Imran Khan "
       "geführt wird, warf der Bundesregierung vor, Warnungen der Geheimdienste ignoriert zu haben.")
X17 = ("China hat im Rahmen des Wirtschaftskorridors CPEC Milliarden in Kraftwerke, Straßen und Häfen in Pakistan "
       "investiert.")

DE04 = {
    "id": "hm319-de-04", "lang": "de", "url": None, "published": "2024-03-27",
    "title": "Fünf chinesische Ingenieure bei Anschlag in Pakistan getötet",
    "text": paragraphs([X1, X2, X3], [X4, X5], [X6, X7, X8, X9], [X10, X11], [X12, X13, X14],
                       [X15, X16, X17]),
    "events": [
        event("ASSAULT", BISHAM_ATTACKERS, CHN_ENGINEERS, X1, mode="suicide-attack"),
        event("ASSAULT", BISHAM_ATTACKERS, PAK_DRIVER, X1, mode="suicide-attack"),
        event("ASSAULT", BISHAM_ATTACKERS, CHN_ENGINEERS, X2, mode="suicide-attack", date="2024-03-26",
              location="Bisham", location_country="PAK"),
        event("ACCUSE", SHEHBAZ, BISHAM_ATTACKERS, X6, mode="disapprove"),
        event("ACCUSE", SHEHBAZ, BISHAM_ATTACKERS, X7, mode="investigate"),
        event("MOBILIZE", SHEHBAZ, None, X7, mode="police"),
        event("CONSULT", SHEHBAZ, JIANG_ZAIDONG, X8, mode="visit", date="2024-03-27", location="Islamabad",
              location_country="PAK"),
        event("AGREE", SHEHBAZ, JIANG_ZAIDONG, X9),
        event("REQUEST", LIN_JIAN, PAKISTAN, X10),
        event("SANCTION", CHN_FIRMS, PAKISTAN, X11, mode="withdraw"),
        event("ASSAULT", BLA, PAK_NAVY, X13, mode="firearms", location="Turbat", location_country="PAK"),
        event("ASSAULT", PAK_FORCES, BLA, X13, mode="firearms", location="Turbat", location_country="PAK"),
        event("THREATEN", NAQVI, BISHAM_ATTACKERS, X15),
        event("ACCUSE", KP_GOV, PAK_FED_GOV, X16, mode="allege"),
    ],
    "quotes": [
        quote("Ein Attentäter habe am Dienstag ein mit Sprengstoff beladenes Auto in den Wagen der Ingenieure gesteuert, "
              "die von Islamabad auf dem Weg zur Baustelle des Dasu-Staudamms waren", "Khyber Pakhtunkhwa Police",
              "indirect"),
        quote("mit der ganzen Härte des Gesetzes", "Shehbaz Sharif", "direct"),
        quote("Die Täter würden gefasst und „mit der ganzen Härte des Gesetzes“ bestraft", "Shehbaz Sharif",
              "indirect"),
        quote("Pakistan muss wirksame Maßnahmen ergreifen, um die Sicherheit chinesischer Bürger, Einrichtungen und "
              "Projekte zu gewährleisten", "Lin Jian", "direct"),
        quote("gemeinsam mit der Regierung in Islamabad die Bodenschätze Belutschistans auszubeuten",
              "Baloch Liberation Army", "indirect"),
        quote("nicht ungestraft davonkommen", "Mohsin Naqvi", "direct"),
        quote("die Drahtzieher würden „nicht ungestraft davonkommen“", "Mohsin Naqvi", "indirect"),
        quote("Warnungen der Geheimdienste ignoriert zu haben", "Government of Khyber Pakhtunkhwa", "indirect"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistans", "Pakistan", "im ganzen Land"]),
        entity("Chinese engineers of the Dasu hydropower project", "PER", "CHN",
               ["fünf chinesische Ingenieure", "der Ingenieure"]),
        entity("Pakistani driver of the Chinese engineers", "PER", "PAK", ["ihr pakistanischer Fahrer"]),
        entity("perpetrators of the Bisham attack", "PER", "PAK",
               ["Ein Attentäter", "Die Täter", "die Drahtzieher"]),
        entity("Dasu Dam", "LOC", "PAK", ["des Dasu-Staudamms", "Dasu"]),
        entity("Khyber Pakhtunkhwa Police", "ORG", "PAK", ["die Polizei"]),
        entity("Bisham", "LOC", "PAK", ["der Stadt Bisham"]),
        entity("Shangla District", "LOC", "PAK", ["Bezirk Shangla"]),
        entity("Tehreek-e-Taliban Pakistan", "ORG", "PAK", ["Die pakistanischen Taliban (TTP)"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif", "der 72-Jährige"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Government of Pakistan", "ORG", "PAK", ["die Behörden", "der Regierung in Islamabad",
                                                        "der Bundesregierung"]),
        entity("Embassy of China in Islamabad", "ORG", "CHN", ["die chinesische Botschaft in Islamabad"]),
        entity("Jiang Zaidong", "PER", "CHN", ["Botschafter Jiang Zaidong", "dem Diplomaten"]),
        entity("Lin Jian", "PER", "CHN", ["Außenamtssprecher Lin Jian"]),
        entity("Beijing", "LOC", "CHN", ["in Peking"]),
        entity("Chinese construction companies in Pakistan", "ORG", "CHN", ["Zwei chinesische Baukonzerne"]),
        entity("Diamer-Bhasha Dam", "LOC", "PAK", ["Diamer-Bhasha"]),
        entity("Baloch Liberation Army", "ORG", "PAK",
               ["der separatistischen Belutschistan-Befreiungsarmee (BLA)", "Die BLA", "vier der Angreifer"]),
        entity("PNS Siddique", "LOC", "PAK", ["einen Marinefliegerstützpunkt in Turbat"]),
        entity("Turbat", "LOC", "PAK", ["Turbat"]),
        entity("Pakistani security forces", "ORG", "PAK", ["Sicherheitskräfte"]),
        entity("Balochistan", "LOC", "PAK", ["Belutschistans"]),
        entity("Mohsin Naqvi", "PER", "PAK", ["Innenminister Mohsin Naqvi"]),
        entity("Government of Khyber Pakhtunkhwa", "ORG", "PAK", ["Die Regierung der Provinz Khyber Pakhtunkhwa"]),
        entity("Khyber Pakhtunkhwa", "LOC", "PAK", ["der Provinz Khyber Pakhtunkhwa"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["der Partei des inhaftierten Ex-Premiers Imran Khan"]),
        entity("Imran Khan", "PER", "PAK", ["des inhaftierten Ex-Premiers Imran Khan"]),
    ],
}

# ---------------------------------------------------------------- hm319-en-01 (Australia/China, HMAS Toowoomba sonar incident)
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
MARLES = actor("Richard Marles", "AUS", "GOV")
NINGBO_CREW = actor("crew of the Chinese destroyer Ningbo", "CHN", "MIL")
AUSTRALIA = actor("Australia", "AUS", "GOV")
PLA = actor("People's Liberation Army", "CHN", "MIL")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
CHINA = actor("China", "CHN", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
DUTTON = actor("Peter Dutton", "AUS", "OPP")

T1 = ('SYDNEY, Nov 20 (Reuters) - Australian Prime Minister Anthony Albanese on Monday accused a Chinese warship of '
      '"dangerous, unsafe and unprofessional" conduct towards Australian navy divers in international waters off '
      'Japan.')
T2 = ("Defence Minister Richard Marles said late on Saturday that the Chinese destroyer Ningbo had approached the "
      "frigate HMAS Toowoomba on Tuesday while divers were clearing fishing nets that had become tangled around its "
      "propellers.")
T3 = ("Although the Toowoomba had told the Chinese ship that divers were in the water, the Ningbo switched on its "
      "hull-mounted sonar, forcing the divers out of the water, Marles said, adding that some of them had suffered "
      "minor injuries likely caused by the sonar pulses.")
T4 = ("The Toowoomba was on its way to a port visit in Japan after taking part in the enforcement of United Nations "
      "sanctions against North Korea.")
T5 = ('"It is dangerous, it is unsafe and it is unprofessional, and we have made our views very clear to China," '
      'Albanese told reporters.')
T6 = ('Albanese said the incident would not derail the "stabilisation" of relations with Beijing, but that Australia '
       'would keep raising its concerns.')
T7 = 'Marles said Australia had conveyed its "serious concerns" to Beijing through diplomatic channels.'
T8 = ('Chinese foreign ministry spokeswoman Mao Ning said the Chinese navy always acted "in accordance with '
      'international law" and urged Canberra to work with Beijing to keep relations on track.')
T9 = ("The incident comes less than two weeks after Albanese became the first Australian leader since 2016 to visit "
      "China, meeting President Xi Jinping in Beijing.")
T10 = ("Albanese spoke briefly with Xi on the sidelines of the Asia-Pacific Economic Cooperation summit in San "
       "Francisco on Thursday but did not raise the incident with him.")
T11 = ('Opposition leader Peter Dutton accused the prime minister of being "weak" and said he should have confronted '
       'Xi directly.')
T12 = ('Marles said Canberra expected the Chinese military "to operate in a safe and professional manner" in all its '
       'dealings with foreign forces.')
T13 = ("Australian and Chinese forces have had several tense encounters in recent years, including interceptions of "
       "Australian surveillance aircraft over the South China Sea.")
T14 = "The Chinese embassy in Canberra did not immediately respond to a request for comment."

EN01 = {
    "id": "hm319-en-01", "lang": "en", "url": None, "published": "2023-11-20",
    "title": "Australia accuses Chinese warship of injuring navy divers with sonar",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7], [T8, T9, T10, T11], [T12, T13, T14]),
    "events": [
        event("ACCUSE", ALBANESE, NINGBO_CREW, T1, mode="disapprove", date="2023-11-20"),
        event("ACCUSE", MARLES, NINGBO_CREW, T3, mode="allege"),
        event("ACCUSE", ALBANESE, CHINA, T5, mode="disapprove"),
        event("ACCUSE", AUSTRALIA, CHINA, T7, mode="disapprove"),
        event("REQUEST", MAO_NING, AUSTRALIA, T8),
        event("CONSULT", ALBANESE, XI, T9, mode="visit", location="Beijing", location_country="CHN"),
        event("CONSULT", ALBANESE, XI, T10, mode="multilateral", date="2023-11-16", location="San Francisco",
              location_country="USA"),
        event("ACCUSE", ALBANESE, XI, T10, mode="disapprove", date="2023-11-16", negated=True),
        event("ACCUSE", DUTTON, ALBANESE, T11, mode="disapprove"),
        event("REQUEST", MARLES, PLA, T12, mode="change"),
    ],
    "quotes": [
        quote("dangerous, unsafe and unprofessional", "Anthony Albanese", "direct"),
        quote("the Chinese destroyer Ningbo had approached the frigate HMAS Toowoomba on Tuesday while divers were "
              "clearing fishing nets that had become tangled around its propellers", "Richard Marles", "indirect"),
        quote("Although the Toowoomba had told the Chinese ship that divers were in the water, the Ningbo switched on "
              "its hull-mounted sonar, forcing the divers out of the water", "Richard Marles", "indirect"),
        quote("some of them had suffered minor injuries likely caused by the sonar pulses", "Richard Marles",
              "indirect"),
        quote("It is dangerous, it is unsafe and it is unprofessional, and we have made our views very clear to China",
              "Anthony Albanese", "direct"),
        quote("stabilisation", "Anthony Albanese", "direct"),
        quote('the incident would not derail the "stabilisation" of relations with Beijing, but that Australia would '
              'keep raising its concerns', "Anthony Albanese", "indirect"),
        quote("serious concerns", "Richard Marles", "direct"),
        quote('Australia had conveyed its "serious concerns" to Beijing through diplomatic channels', "Richard Marles",
              "indirect"),
        quote("in accordance with international law", "Mao Ning", "direct"),
        quote('the Chinese navy always acted "in accordance with international law"', "Mao Ning", "indirect"),
        quote("weak", "Peter Dutton", "direct"),
        quote("he should have confronted Xi directly", "Peter Dutton", "indirect"),
        quote("to operate in a safe and professional manner", "Richard Marles", "direct"),
        quote('Canberra expected the Chinese military "to operate in a safe and professional manner" in all its '
              'dealings with foreign forces', "Richard Marles", "indirect"),
    ],
    "entities": [
        entity("Sydney", "LOC", "AUS", ["SYDNEY"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australian Prime Minister Anthony Albanese", "Albanese",
                                                  "the prime minister"]),
        entity("crew of the Chinese destroyer Ningbo", "ORG", "CHN", ["a Chinese warship", "the Chinese destroyer Ningbo",
                                                                      "the Chinese ship", "the Ningbo"]),
        entity("Government of Australia", "ORG", "AUS", ["Canberra"]),
        entity("Royal Australian Navy divers", "PER", "AUS", ["Australian navy divers", "divers", "the divers", "some of them"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Richard Marles", "PER", "AUS", ["Defence Minister Richard Marles", "Marles"]),
        entity("HMAS Toowoomba", "LOC", "AUS", ["the frigate HMAS Toowoomba", "The Toowoomba", "the Toowoomba"]),
        entity("United Nations", "ORG", "UNO", ["United Nations"]),
        entity("North Korea", "LOC", "PRK", ["North Korea"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
        entity("Government of China", "ORG", "CHN", ["Beijing"]),
        entity("Mao Ning", "PER", "CHN", ["Chinese foreign ministry spokeswoman Mao Ning"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinese foreign ministry"]),
        entity("People's Liberation Army Navy", "ORG", "CHN", ["the Chinese navy"]),
        entity("People's Liberation Army", "ORG", "CHN", ["the Chinese military"]),
        entity("Beijing", "LOC", "CHN", ["in Beijing"]),
        entity("Canberra", "LOC", "AUS", ["in Canberra"]),
        entity("Xi Jinping", "PER", "CHN", ["President Xi Jinping", "Xi"]),
        entity("Asia-Pacific Economic Cooperation", "ORG", "IGO", ["the Asia-Pacific Economic Cooperation summit"]),
        entity("San Francisco", "LOC", "USA", ["San Francisco"]),
        entity("South China Sea", "LOC", None, ["the South China Sea"]),
        entity("Peter Dutton", "PER", "AUS", ["Opposition leader Peter Dutton"]),
        entity("Embassy of China in Canberra", "ORG", "CHN", ["The Chinese embassy in Canberra"]),
    ],
}

# ---------------------------------------------------------------- hm319-en-02 (Indonesia/FIFA, U-20 World Cup hosting withdrawn)
FIFA = actor("FIFA", "NGO", "NGO")
INDONESIA = actor("Indonesia", "IDN", "GOV")
PSSI = actor("Football Association of Indonesia", "IDN", "NGO")
THOHIR = actor("Erick Thohir", "IDN", "GOV")
INFANTINO = actor("Gianni Infantino", "NGO", "NGO")
KOSTER = actor("Wayan Koster", "IDN", "GOV")
GANJAR = actor("Ganjar Pranowo", "IDN", "GOV")
ISRAEL_U20 = actor("Israel national under-20 football team", "ISR", "CVL")
JAKARTA_ISLAMISTS = actor("Islamist protesters in Jakarta", "IDN", "CVL")
JOKOWI = actor("Joko Widodo", "IDN", "GOV")
IDN_PUBLIC = actor("people of Indonesia", "IDN", "CVL")
PDIP = actor("Indonesian Democratic Party of Struggle", "IDN", "PTY")

U1 = ("JAKARTA, March 30 (Reuters) - FIFA has stripped Indonesia of the right to host this year's Under-20 World Cup "
      "less than two months before the tournament was due to start, after a row over the participation of Israel's "
      "team.")
U2 = ("Football's world governing body announced the decision late on Wednesday after its president Gianni Infantino "
      "met Erick Thohir, the head of the Football Association of Indonesia (PSSI), in Doha.")
U3 = ('A new host would be announced "as soon as possible", FIFA said, adding that "potential sanctions" against the '
      'PSSI could be decided at a later stage.')
U4 = "FIFA did not immediately impose any penalty on the association."
U5 = ("It said it remained committed to helping the PSSI transform Indonesian football after 135 people died in a "
      "crush at a stadium in Malang in October.")
U6 = ("The row began this month when Bali Governor Wayan Koster refused to host matches involving Israel and Central "
      "Java Governor Ganjar Pranowo publicly rejected the Israeli team's participation.")
U7 = ("Hundreds of members of Islamist groups had also rallied in Jakarta against Israel's participation, waving "
      "Palestinian flags.")
U8 = ("Indonesia, the world's most populous Muslim-majority country, has no diplomatic relations with Israel and is "
      "a staunch supporter of Palestinian statehood.")
U9 = ('President Joko Widodo, who had sent Thohir to Doha to lobby FIFA, said on Thursday he was "disappointed and '
       'sad" about the decision.')
U10 = ('He urged Indonesians not to "blame each other" and said the country should use the setback to improve its '
       'football.')
U11 = ("On Tuesday, Widodo had said in a televised address that sport and politics should not be mixed and that "
       "Israel's participation would not change Indonesia's support for the Palestinians.")
U12 = ("Koster and Ganjar both belong to the Indonesian Democratic Party of Struggle (PDI-P), the largest party in "
       "parliament, which defended their stance on Thursday.")
U13 = "Thohir said he had \"fought to the end\" but that Indonesia had to accept FIFA's decision."
U14 = "Israel, which qualified for the tournament for the first time, did not comment on the decision."

EN02 = {
    "id": "hm319-en-02", "lang": "en", "url": None, "published": "2023-03-30",
    "title": "FIFA strips Indonesia of Under-20 World Cup after row over Israel",
    "text": paragraphs([U1, U2, U3, U4, U5], [U6, U7, U8], [U9, U10, U11], [U12, U13, U14]),
    "events": [
        event("SANCTION", FIFA, INDONESIA, U1),
        event("SANCTION", FIFA, INDONESIA, U2, date="2023-03-29"),
        event("CONSULT", THOHIR, INFANTINO, U2, mode="visit", date="2023-03-29", location="Doha",
              location_country="QAT"),
        event("THREATEN", FIFA, PSSI, U3),
        event("SANCTION", FIFA, PSSI, U4, negated=True),
        event("AGREE", FIFA, PSSI, U5),
        event("REJECT", KOSTER, ISRAEL_U20, U6),
        event("REJECT", GANJAR, ISRAEL_U20, U6),
        event("PROTEST", JAKARTA_ISLAMISTS, ISRAEL_U20, U7, mode="demo", location="Jakarta", location_country="IDN"),
        event("REQUEST", JOKOWI, IDN_PUBLIC, U10),
        event("SUPPORT", PDIP, KOSTER, U12, date="2023-03-30"),
        event("SUPPORT", PDIP, GANJAR, U12, date="2023-03-30"),
    ],
    "quotes": [
        quote("as soon as possible", "FIFA", "direct"),
        quote('A new host would be announced "as soon as possible"', "FIFA", "indirect"),
        quote("potential sanctions", "FIFA", "direct"),
        quote('"potential sanctions" against the PSSI could be decided at a later stage', "FIFA", "indirect"),
        quote("it remained committed to helping the PSSI transform Indonesian football after 135 people died in a "
              "crush at a stadium in Malang in October", "FIFA", "indirect"),
        quote("disappointed and sad", "Joko Widodo", "direct"),
        quote('he was "disappointed and sad" about the decision', "Joko Widodo", "indirect"),
        quote("blame each other", "Joko Widodo", "direct"),
        quote("the country should use the setback to improve its football", "Joko Widodo", "indirect"),
        quote("sport and politics should not be mixed", "Joko Widodo", "indirect"),
        quote("Israel's participation would not change Indonesia's support for the Palestinians", "Joko Widodo",
              "indirect"),
        quote("fought to the end", "Erick Thohir", "direct"),
        quote('he had "fought to the end" but that Indonesia had to accept FIFA\'s decision', "Erick Thohir",
              "indirect"),
    ],
    "entities": [
        entity("Jakarta", "LOC", "IDN", ["JAKARTA", "Jakarta"]),
        entity("FIFA", "ORG", "NGO", ["FIFA", "Football's world governing body"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesia", "the country", "the world's most populous Muslim-majority country"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Israel national under-20 football team", "ORG", "ISR", ["Israel's team", "the Israeli team"]),
        entity("Gianni Infantino", "PER", "NGO", ["its president Gianni Infantino"]),
        entity("Erick Thohir", "PER", "IDN", ["Erick Thohir", "Thohir"]),
        entity("Football Association of Indonesia", "ORG", "IDN",
               ["the Football Association of Indonesia (PSSI)", "the PSSI", "the association"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Malang", "LOC", "IDN", ["a stadium in Malang"]),
        entity("Bali", "LOC", "IDN", ["Bali"]),
        entity("Wayan Koster", "PER", "IDN", ["Bali Governor Wayan Koster", "Koster"]),
        entity("Central Java", "LOC", "IDN", ["Central Java"]),
        entity("Ganjar Pranowo", "PER", "IDN", ["Central Java Governor Ganjar Pranowo", "Ganjar"]),
        entity("Islamist protesters in Jakarta", "ORG", "IDN", ["Hundreds of members of Islamist groups"]),
        entity("Joko Widodo", "PER", "IDN", ["President Joko Widodo", "Widodo"]),
        entity("people of Indonesia", "ORG", "IDN", ["Indonesians"]),
        entity("Indonesian Democratic Party of Struggle", "ORG", "IDN",
               ["the Indonesian Democratic Party of Struggle (PDI-P)", "the largest party in parliament"]),
        entity("House of Representatives of Indonesia", "ORG", "IDN", ["parliament"]),
        entity("Palestine", "LOC", "PSE", ["the Palestinians"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
