"""Round 7 of the hand-made articles (written blind on 2026-11-29; see README.md).

Invented, wire-style texts (plausible, not reported facts), annotated by
../shared/data/articles/CONVENTIONS.md. Each text is built sentence by sentence with
`paragraphs`, so every evidence string is exactly one sentence of its text.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- r7-de-01: Pakistan / Afghanistan border clashes ---------------------------------------------
PAK_MIL = actor("Pakistani military", "PAK", "MIL")
AFG_BORDER = actor("Afghan border forces", "AFG", "MIL")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
AFGHANISTAN = actor("Afghanistan", "AFG", "GOV")
PAK_MFA = actor("Pakistani foreign ministry", "PAK", "GOV")

s1_1 = ("Bei Gefechten an der Grenze zwischen Pakistan und Afghanistan sind nach Behördenangaben mindestens "
        "sieben Menschen getötet worden.")
s1_2 = ("Afghanische Grenztruppen hätten in der Nacht zum Montag pakistanische Posten nahe dem Übergang Torkham "
        "mit Mörsern beschossen, teilte das pakistanische Militär mit.")
s1_3 = "Die Armee habe das Feuer erwidert."
s1_4 = ("Der Sprecher der Taliban-Regierung, Sabihullah Mudschahid, sprach von einer „Provokation“ und warf "
        "Islamabad vor, afghanisches Territorium verletzt zu haben.")
s1_5 = "Man werde jede Verletzung der Grenze „entschlossen beantworten“, sagte er."
s1_6 = "Pakistan ließ den Grenzübergang Torkham nach den Gefechten bis auf Weiteres schließen."
s1_7 = "Hunderte Lastwagen mit Waren stauten sich am Montag auf beiden Seiten."
s1_8 = ("Das Außenministerium in Islamabad forderte Kabul auf, gegen Kämpfer der pakistanischen Taliban (TTP) "
        "vorzugehen, die von Afghanistan aus operierten.")
s1_9 = ("Die Zahl der Anschläge im Nordwesten Pakistans ist seit der Machtübernahme der Taliban in Kabul im "
        "August 2021 deutlich gestiegen.")

A1 = {
    "id": "hm7-de-01", "lang": "de", "published": "2024-10-15",
    "title": "Tote bei Gefechten an pakistanisch-afghanischer Grenze",
    "text": paragraphs([s1_1, s1_2, s1_3], [s1_4, s1_5], [s1_6, s1_7, s1_8, s1_9]),
    "events": [
        event("ACCUSE", PAK_MIL, AFG_BORDER, s1_2, mode="allege", date="2024-10-14", location="Torkham",
              location_country="PAK"),
        event("ASSAULT", PAK_MIL, AFG_BORDER, s1_3, date="2024-10-14", location="Torkham", location_country="PAK"),
        event("ACCUSE", MUJAHID, PAKISTAN, s1_4, mode="allege"),
        event("THREATEN", MUJAHID, PAKISTAN, s1_5),
        event("COERCE", PAKISTAN, AFGHANISTAN, s1_6, mode="restrict", location="Torkham",
              location_country="PAK"),
        event("REQUEST", PAK_MFA, AFGHANISTAN, s1_8, mode="change"),
    ],
    "quotes": [
        quote("Afghanische Grenztruppen hätten in der Nacht zum Montag pakistanische Posten nahe dem Übergang "
              "Torkham mit Mörsern beschossen", "Pakistani military", "indirect"),
        quote("Die Armee habe das Feuer erwidert", "Pakistani military", "indirect"),
        quote("Provokation", "Zabihullah Mujahid", "direct"),
        quote("entschlossen beantworten", "Zabihullah Mujahid", "direct"),
        quote("Man werde jede Verletzung der Grenze „entschlossen beantworten“", "Zabihullah Mujahid", "indirect"),
    ],
    "entities": [
        entity("Pakistani military", "ORG", "PAK", ["das pakistanische Militär", "Die Armee"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Der Sprecher der Taliban-Regierung, Sabihullah Mudschahid",
                                                   "er"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "Kabul"]),
        entity("Torkham", "LOC", "PAK", ["Torkham"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK", ["pakistanischen Taliban (TTP)"]),
    ],
}

# --- r7-de-02: Ecuador, state of emergency -------------------------------------------------------
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
ECU_GUNMEN = actor("gunmen in Guayaquil", "ECU", "REB")
ECU_GUARDS = actor("prison guards in Guayaquil", "ECU", "COP")
ECU_MIL = actor("Ecuadorian military", "ECU", "MIL")

s2_1 = ("Ecuadors Präsident Daniel Noboa hat nach einer neuen Welle der Gewalt für 60 Tage den Ausnahmezustand "
        "über sieben Provinzen verhängt.")
s2_2 = ("Das Militär dürfe dort gemeinsam mit der Polizei gegen kriminelle Banden vorgehen, hieß es in dem am "
        "Dienstag veröffentlichten Dekret.")
s2_3 = "Eine landesweite nächtliche Ausgangssperre ordnete Noboa anders als im Januar jedoch nicht an."
s2_4 = ("Am Wochenende hatten Bewaffnete in der Hafenstadt Guayaquil ein Gefängnis gestürmt und mehrere Wärter "
        "als Geiseln genommen.")
s2_5 = ("Soldaten brachten die Anlage nach stundenlangen Kämpfen wieder unter Kontrolle und nahmen 38 "
        "Verdächtige fest, wie das Verteidigungsministerium mitteilte.")
s2_6 = "„Wir werden keinen Zentimeter unseres Landes den Terroristen überlassen“, sagte Noboa in einer Fernsehansprache."
s2_7 = "Die Opposition warf dem 36-Jährigen vor, mit dem Ausnahmezustand von eigenen Versäumnissen abzulenken."
s2_8 = ("Die Menschenrechtsorganisation Human Rights Watch forderte die Regierung auf, den Festgenommenen Zugang "
        "zu Anwälten zu gewähren.")
s2_9 = ("Ecuador galt lange als vergleichsweise sicher, inzwischen zählt das Land zu den gewalttätigsten "
        "Staaten Lateinamerikas.")

A2 = {
    "id": "hm7-de-02", "lang": "de", "published": "2024-05-08",
    "title": "Ecuador verhängt erneut Ausnahmezustand",
    "text": paragraphs([s2_1, s2_2, s2_3], [s2_4, s2_5], [s2_6, s2_7, s2_8], [s2_9]),
    "events": [
        event("COERCE", NOBOA, None, s2_1, mode="restrict"),
        event("COERCE", NOBOA, None, s2_3, mode="curfew", negated=True),
        event("ASSAULT", ECU_GUNMEN, ECU_GUARDS, s2_4, mode="abduct", location="Guayaquil",
              location_country="ECU"),
        event("ASSAULT", ECU_MIL, ECU_GUNMEN, s2_5, mode="firearms", location="Guayaquil", location_country="ECU"),
        event("COERCE", ECU_MIL, ECU_GUNMEN, s2_5, mode="arrest", location="Guayaquil", location_country="ECU"),
        event("ACCUSE", actor("Ecuadorian opposition", "ECU", "OPP"), NOBOA, s2_7, mode="allege"),
        event("REQUEST", actor("Human Rights Watch", "NGO", "NGO"), actor("Government of Ecuador", "ECU", "GOV"),
              s2_8, mode="change"),
    ],
    "quotes": [
        quote("Das Militär dürfe dort gemeinsam mit der Polizei gegen kriminelle Banden vorgehen", "Daniel Noboa",
              "indirect"),
        quote("Soldaten brachten die Anlage nach stundenlangen Kämpfen wieder unter Kontrolle und nahmen 38 "
              "Verdächtige fest", "Ecuadorian defence ministry", "indirect"),
        quote("Wir werden keinen Zentimeter unseres Landes den Terroristen überlassen", "Daniel Noboa", "direct"),
    ],
    "entities": [
        entity("Daniel Noboa", "PER", "ECU", ["Ecuadors Präsident Daniel Noboa", "Noboa", "dem 36-Jährigen"]),
        entity("Guayaquil", "LOC", "ECU", ["Guayaquil"]),
        entity("Ecuadorian defence ministry", "ORG", "ECU", ["das Verteidigungsministerium"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Die Menschenrechtsorganisation Human Rights Watch"]),
        entity("Ecuador", "GPE", "ECU", ["Ecuador"]),
    ],
}

# --- r7-de-03: Senegal, postponed election -------------------------------------------------------
MACKY_SALL = actor("Macky Sall", "SEN", "GOV")
SEN_PROTESTERS = actor("protesters in Dakar", "SEN", "CVL")
SEN_POLICE = actor("Senegalese police", "SEN", "COP")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")

s3_1 = "Nach der Verschiebung der Präsidentenwahl im Senegal ist die Lage in der Hauptstadt Dakar angespannt."
s3_2 = ("Hunderte Menschen protestierten am Sonntag vor der Nationalversammlung gegen die Entscheidung von "
        "Präsident Macky Sall.")
s3_3 = "Die Polizei setzte Tränengas ein und nahm mehr als 20 Menschen fest."
s3_4 = ("Sall hatte die für den 25. Februar geplante Abstimmung am Samstag auf unbestimmte Zeit verschoben und "
        "dies mit einem Streit über die Zulassung von Kandidaten begründet.")
s3_5 = "Oppositionskandidat Khalifa Sall sprach von einem „Verfassungsputsch“."
s3_6 = ("Die Afrikanische Union rief die Regierung in Dakar auf, so schnell wie möglich einen neuen Wahltermin "
        "festzulegen.")
s3_7 = ("Die Wahl müsse noch vor dem Ende von Salls Amtszeit im April stattfinden, so ein Sprecher der "
        "AU-Kommission.")
s3_8 = "Die Regierung wies die Kritik zurück."
s3_9 = "Der Senegal galt bislang als eine der stabilsten Demokratien Westafrikas."

A3 = {
    "id": "hm7-de-03", "lang": "de", "published": "2024-02-05", "title": None,
    "text": paragraphs([s3_1, s3_2, s3_3, s3_4], [s3_5, s3_6, s3_7, s3_8], [s3_9]),
    "events": [
        event("PROTEST", SEN_PROTESTERS, MACKY_SALL, s3_2, mode="demo", date="2024-02-04", location="Dakar",
              location_country="SEN"),
        event("ASSAULT", SEN_POLICE, SEN_PROTESTERS, s3_3, mode="crowd-control", location="Dakar",
              location_country="SEN"),
        event("COERCE", SEN_POLICE, SEN_PROTESTERS, s3_3, mode="arrest", location="Dakar", location_country="SEN"),
        event("ACCUSE", actor("Khalifa Sall", "SEN", "OPP"), MACKY_SALL, s3_5, mode="disapprove"),
        event("REQUEST", actor("African Union", "IGO", "IGO"), SEN_GOV, s3_6, mode="change"),
        event("REQUEST", actor("spokesperson of the African Union Commission", "IGO", "IGO"), SEN_GOV, s3_7,
              mode="change"),
    ],
    "quotes": [
        quote("Verfassungsputsch", "Khalifa Sall", "direct"),
        quote("Die Wahl müsse noch vor dem Ende von Salls Amtszeit im April stattfinden",
              "spokesperson of the African Union Commission", "indirect"),
    ],
    "entities": [
        entity("Macky Sall", "PER", "SEN", ["Präsident Macky Sall", "Sall", "Salls"]),
        entity("Khalifa Sall", "PER", "SEN", ["Oppositionskandidat Khalifa Sall"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union", "AU-Kommission"]),
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("National Assembly of Senegal", "ORG", "SEN", ["Nationalversammlung"]),
    ],
}

# --- r7-de-04: Lebanon, cabinet and Hezbollah's weapons ------------------------------------------
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
QASSEM = actor("Naim Qassem", "LBN", "REB")
USA = actor("United States", "USA", "GOV")

s4_1 = ("Die libanesische Regierung hat die Hisbollah-Miliz aufgefordert, ihre schweren Waffen bis zum "
        "Jahresende an die Armee zu übergeben.")
s4_2 = ("Das Kabinett unter Ministerpräsident Nawaf Salam stimmte am Donnerstag einem entsprechenden Zeitplan zu, "
        "den die USA vorgelegt hatten.")
s4_3 = "Die schiitischen Minister verließen die Sitzung aus Protest."
s4_4 = "Hisbollah-Generalsekretär Naim Kassem lehnte den Beschluss ab."
s4_5 = ("»Wir werden unsere Waffen nicht abgeben, solange Israel libanesisches Gebiet besetzt hält«, sagte er in "
        "einer Fernsehansprache.")
s4_6 = "Zugleich warf Kassem der Regierung vor, sich dem Druck Washingtons zu beugen."
s4_7 = ("Trotz der seit November 2024 geltenden Waffenruhe kommt es im Süden des Landes fast täglich zu "
        "Angriffen.")
s4_8 = "Die US-Regierung begrüßte die Entscheidung des Kabinetts."
s4_9 = ("Der Beschluss gilt als historisch: Seit dem Ende des Bürgerkriegs 1990 durfte die Hisbollah als einzige "
        "Gruppe im Land ihre Waffen behalten.")
s4_10 = "Die vom Iran unterstützte Miliz war im Krieg mit Israel im vergangenen Jahr militärisch stark geschwächt worden."

A4 = {
    "id": "hm7-de-04", "lang": "de", "published": "2025-08-08",
    "title": "Libanons Regierung verlangt Entwaffnung der Hisbollah",
    "text": paragraphs([s4_1, s4_2, s4_3], [s4_4, s4_5, s4_6], [s4_7, s4_8], [s4_9, s4_10]),
    "events": [
        event("REQUEST", LBN_GOV, HEZBOLLAH, s4_1, mode="yield"),
        event("AGREE", actor("Lebanese cabinet", "LBN", "GOV"), USA, s4_2, date="2025-08-07"),
        event("PROTEST", actor("Shiite ministers of Lebanon", "LBN", "GOV"), actor("Lebanese cabinet", "LBN", "GOV"),
              s4_3, mode="boycott"),
        event("REJECT", QASSEM, LBN_GOV, s4_4, mode="yield"),
        event("REJECT", QASSEM, LBN_GOV, s4_5, mode="yield"),
        event("ACCUSE", QASSEM, LBN_GOV, s4_6, mode="allege"),
        event("SUPPORT", USA, LBN_GOV, s4_8),
    ],
    "quotes": [
        quote("Wir werden unsere Waffen nicht abgeben, solange Israel libanesisches Gebiet besetzt hält",
              "Naim Qassem", "direct"),
    ],
    "entities": [
        entity("Government of Lebanon", "ORG", "LBN", ["Die libanesische Regierung", "Das Kabinett", "der Regierung"]),
        entity("Hezbollah", "ORG", "LBN", ["Hisbollah-Miliz"]),
        entity("Nawaf Salam", "PER", "LBN", ["Ministerpräsident Nawaf Salam"]),
        entity("Naim Qassem", "PER", "LBN", ["Hisbollah-Generalsekretär Naim Kassem", "er", "Kassem"]),
        entity("United States", "GPE", "USA", ["die USA", "Washingtons", "Die US-Regierung"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
    ],
}

# --- r7-en-01: Egypt / Ethiopia, Nile dam ----------------------------------------------------------
EGYPT = actor("Egypt", "EGY", "GOV")
ETHIOPIA = actor("Ethiopia", "ETH", "GOV")
ABDELATTY = actor("Badr Abdelatty", "EGY", "GOV")
ETH_PMO = actor("Office of the Prime Minister of Ethiopia", "ETH", "GOV")

e1_1 = ("Egypt has asked the U.N. Security Council to intervene in its dispute with Ethiopia over a giant dam "
        "on the Nile, warning that it would take all measures to protect its water security.")
e1_2 = ("In a letter to the council, Foreign Minister Badr Abdelatty accused Addis Ababa of violating "
        "international law by filling the reservoir without a binding agreement.")
e1_3 = "Cairo \"will not stand idly by\" while its share of the river is threatened, the letter said."
e1_4 = "Ethiopia rejected the accusations."
e1_5 = ("Prime Minister Abiy Ahmed's office said the dam posed no threat to downstream countries and called on "
        "Egypt to return to talks mediated by the African Union.")
e1_6 = "Negotiations between the two countries and Sudan broke down last December."
e1_7 = ("The Grand Ethiopian Renaissance Dam, built at a cost of about $4 billion, is Africa's largest "
        "hydroelectric project.")
e1_8 = "Egypt relies on the Nile for about 97 percent of its fresh water."

A5 = {
    "id": "hm7-en-01", "lang": "en", "published": "2024-09-03",
    "title": "Egypt takes Nile dam dispute with Ethiopia to U.N. Security Council",
    "text": paragraphs([e1_1, e1_2, e1_3], [e1_4, e1_5, e1_6], [e1_7, e1_8]),
    "events": [
        event("REQUEST", EGYPT, actor("U.N. Security Council", "UNO", "IGO"), e1_1, mode="assist"),
        event("THREATEN", EGYPT, ETHIOPIA, e1_1),
        event("ACCUSE", ABDELATTY, ETHIOPIA, e1_2, mode="allege"),
        event("THREATEN", ABDELATTY, ETHIOPIA, e1_3),
        event("REQUEST", ETH_PMO, EGYPT, e1_5, mode="meet"),
    ],
    "quotes": [
        quote("will not stand idly by", "Badr Abdelatty", "direct"),
        quote("Cairo \"will not stand idly by\" while its share of the river is threatened", "Badr Abdelatty",
              "indirect"),
        quote("the dam posed no threat to downstream countries", "Office of the Prime Minister of Ethiopia",
              "indirect"),
    ],
    "entities": [
        entity("Egypt", "GPE", "EGY", ["Egypt", "Cairo"]),
        entity("Ethiopia", "GPE", "ETH", ["Ethiopia", "Addis Ababa"]),
        entity("Badr Abdelatty", "PER", "EGY", ["Foreign Minister Badr Abdelatty"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Prime Minister Abiy Ahmed's"]),
        entity("U.N. Security Council", "ORG", "UNO", ["U.N. Security Council", "the council"]),
        entity("African Union", "ORG", "IGO", ["African Union"]),
        entity("Grand Ethiopian Renaissance Dam", "FAC", "ETH", ["The Grand Ethiopian Renaissance Dam"]),
    ],
}

# --- r7-en-02: Cameroon, anglophone conflict -------------------------------------------------------
CMR_ARMY = actor("Cameroonian army", "CMR", "MIL")
CMR_SEPARATISTS = actor("Ambazonian separatists", "CMR", "REB")
SADI = actor("René Emmanuel Sadi", "CMR", "GOV")

e2_1 = ("Separatist fighters killed four soldiers in an attack on a checkpoint in Cameroon's English-speaking "
        "North-West region on Sunday, the army said.")
e2_2 = ("Troops later raided the village of Ndop and arrested 12 suspected militants, an army spokesman said "
        "in a statement.")
e2_3 = "Residents accused the soldiers of burning down several homes during the operation."
e2_4b = "English speakers make up about a fifth of Cameroon's population of some 28 million."
e2_4 = "Most schools in the region have remained closed since the start of the school year."
e2_5 = ("The International Crisis Group says the conflict, which began in 2017, has killed more than 6,000 "
        "people.")
e2_6 = "Amnesty International called on both sides to stop targeting civilians."
e2_7 = ("Communication Minister René Emmanuel Sadi on Monday again rejected calls for dialogue with the "
        "separatists, whom he described as \"terrorists\".")

A6 = {
    "id": "hm7-en-02", "lang": "en", "published": "2024-11-19", "title": None,
    "text": paragraphs([e2_1, e2_2, e2_3], [e2_4b, e2_4, e2_5], [e2_6, e2_7]),
    "events": [
        event("ACCUSE", CMR_ARMY, CMR_SEPARATISTS, e2_1, mode="allege", date="2024-11-17"),
        event("COERCE", CMR_ARMY, CMR_SEPARATISTS, e2_2, mode="arrest", location="Ndop", location_country="CMR"),
        event("ACCUSE", actor("residents of Ndop", "CMR", "CVL"), CMR_ARMY, e2_3, mode="allege"),
        event("REQUEST", actor("Amnesty International", "NGO", "NGO"), CMR_ARMY, e2_6, mode="change"),
        event("REQUEST", actor("Amnesty International", "NGO", "NGO"), CMR_SEPARATISTS, e2_6, mode="change"),
        event("REJECT", SADI, CMR_SEPARATISTS, e2_7, mode="meet", date="2024-11-18"),
    ],
    "quotes": [
        quote("Separatist fighters killed four soldiers in an attack on a checkpoint in Cameroon's "
              "English-speaking North-West region on Sunday", "Cameroonian army", "indirect"),
        quote("Troops later raided the village of Ndop and arrested 12 suspected militants",
              "spokesperson of the Cameroonian army", "indirect"),
        quote("the conflict, which began in 2017, has killed more than 6,000 people", "International Crisis Group",
              "indirect"),
        quote("terrorists", "René Emmanuel Sadi", "direct"),
    ],
    "entities": [
        entity("Cameroonian army", "ORG", "CMR", ["the army", "Troops", "an army spokesman", "the soldiers"]),
        entity("Ambazonian separatists", "ORG", "CMR", ["Separatist fighters", "the separatists"]),
        entity("Ndop", "LOC", "CMR", ["Ndop"]),
        entity("International Crisis Group", "ORG", "NGO", ["The International Crisis Group"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("René Emmanuel Sadi", "PER", "CMR", ["Communication Minister René Emmanuel Sadi", "he"]),
    ],
}

ARTICLES = [A1, A2, A3, A4, A5, A6]
