"""Round 175: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm175-de-01: Sri Lanka declares a state of emergency after Cyclone Ditwah and asks for help; India, Japan, the UN and Pakistan respond, the opposition blames the government (2025-11-29).
- hm175-de-02: Seoul summons Russia's ambassador over North Korean troops sent to Russia; Yoon's warning on arms for Ukraine, call with Rutte, Zelensky's appeal (2024-10-22).
- hm175-de-03: Nepal protests against the India-China deal to reopen trade through the Lipulekh pass; New Delhi rejects the claim, students protest in Kathmandu (2025-08-21).
- hm175-de-04: Suicide attack on the Bannu cantonment in Pakistan; Jaish al-Fursan claims it, the army points to Afghanistan, curfew in Bannu (2025-03-05).
- hm175-en-01: Indonesian police arrest dismissed Philippine mayor Alice Guo in Tangerang; Abalos flies to Jakarta, swap request for Gregor Haas, Marcos warns officials (2024-09-05).
- hm175-en-02: Guterres visits the Rohingya camps in Cox's Bazar with Yunus and appeals against food ration cuts; refugees rally to go home (2025-03-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm175-de-01
DISSANAYAKE = actor("Anura Kumara Dissanayake", "LKA", "GOV")
LKA_GOV = actor("Government of Sri Lanka", "LKA", "GOV")
SRI_LANKA = actor("Sri Lanka", "LKA", "GOV")
INDIA = actor("India", "IND", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")
UN = actor("United Nations", "UNO", "IGO")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
PREMADASA = actor("Sajith Premadasa", "LKA", "OPP")
LKA_ARMY = actor("Sri Lanka Army", "LKA", "MIL")

S1 = ("Nach den verheerenden Überschwemmungen durch den Zyklon „Ditwah“ hat Sri Lankas Präsident Anura Kumara "
      "Dissanayake den landesweiten Ausnahmezustand verhängt.")
S2 = "Zugleich bat die Regierung in Colombo die internationale Gemeinschaft um Hilfe."
S3 = ("Nach Angaben der Katastrophenschutzbehörde kamen seit Mittwoch mindestens 150 Menschen ums Leben, Hunderte "
      "werden noch vermisst.")
S4 = "„Wir stehen vor der größten Naturkatastrophe in unserer Geschichte“, sagte Dissanayake in einer Fernsehansprache."
S5 = ("Indien schickte als erstes Land Hilfe: Ein Schiff der Marine brachte Zelte, Lebensmittel und Medikamente in den "
      "Hafen von Colombo, zwei Hubschrauber unterstützen die Rettungsarbeiten.")
S6 = "Premierminister Narendra Modi sicherte Dissanayake in einem Telefonat weitere Unterstützung zu."
S7 = "Auch Japan und die Vereinten Nationen kündigten Hilfen an."
S8 = "Pakistans Außenministerium teilte mit, ein Flugzeug mit Hilfsgütern sei bereits unterwegs."
S9 = ("Oppositionsführer Sajith Premadasa warf der Regierung vor, Warnungen des Wetterdienstes ignoriert und die "
      "Evakuierung zu spät angeordnet zu haben.")
S10 = "Die Regierung wies dies zurück."
S11 = "Die Armee setzte mehr als 20 000 Soldaten für Rettungseinsätze ein."
S12 = ("Der Internationale Währungsfonds erklärte, er prüfe eine Nothilfe, eine Entscheidung sei aber noch nicht "
       "gefallen.")
S13 = "In den Bergregionen um Kandy blieben viele Straßen unpassierbar."

DE01 = {
    "id": "hm175-de-01", "lang": "de", "url": None, "published": "2025-11-29",
    "title": "Sri Lanka ruft nach Zyklon „Ditwah“ den Notstand aus",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10, S11, S12, S13]),
    "events": [
        event("COERCE", DISSANAYAKE, None, S1, mode="curfew", location_country="LKA"),
        event("REQUEST", LKA_GOV, None, S2, mode="assist"),
        event("AID", INDIA, SRI_LANKA, S5, location="Colombo", location_country="LKA"),
        event("CONSULT", MODI, DISSANAYAKE, S6, mode="phone"),
        event("AGREE", MODI, DISSANAYAKE, S6),
        event("AGREE", JAPAN, SRI_LANKA, S7),
        event("AGREE", UN, SRI_LANKA, S7),
        event("AID", PAKISTAN, SRI_LANKA, S8),
        event("ACCUSE", PREMADASA, LKA_GOV, S9, mode="allege"),
        event("MOBILIZE", LKA_ARMY, None, S11, mode="troops"),
    ],
    "quotes": [
        quote("kamen seit Mittwoch mindestens 150 Menschen ums Leben, Hunderte werden noch vermisst",
              "Disaster Management Centre of Sri Lanka", "indirect"),
        quote("Wir stehen vor der größten Naturkatastrophe in unserer Geschichte", "Anura Kumara Dissanayake", "direct"),
        quote("ein Flugzeug mit Hilfsgütern sei bereits unterwegs", "Ministry of Foreign Affairs of Pakistan", "indirect"),
        quote("Warnungen des Wetterdienstes ignoriert und die Evakuierung zu spät angeordnet zu haben",
              "Sajith Premadasa", "indirect"),
        quote("er prüfe eine Nothilfe, eine Entscheidung sei aber noch nicht gefallen", "International Monetary Fund",
              "indirect"),
    ],
    "entities": [
        entity("Anura Kumara Dissanayake", "PER", "LKA",
               ["Sri Lankas Präsident Anura Kumara Dissanayake", "Dissanayake"]),
        entity("Sri Lanka", "GPE", "LKA", ["Sri Lankas"]),
        entity("Government of Sri Lanka", "ORG", "LKA", ["die Regierung in Colombo", "der Regierung", "Die Regierung"]),
        entity("Colombo", "LOC", "LKA", ["Colombo"]),
        entity("Disaster Management Centre of Sri Lanka", "ORG", "LKA", ["der Katastrophenschutzbehörde"]),
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Indian Navy", "ORG", "IND", ["der Marine"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("Japan", "GPE", "JPN", ["Japan"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Ministry of Foreign Affairs of Pakistan", "ORG", "PAK", ["Pakistans Außenministerium"]),
        entity("Sajith Premadasa", "PER", "LKA", ["Oppositionsführer Sajith Premadasa"]),
        entity("Sri Lanka Army", "ORG", "LKA", ["Die Armee"]),
        entity("International Monetary Fund", "ORG", "IGO", ["Der Internationale Währungsfonds", "er"]),
        entity("Kandy", "LOC", "LKA", ["Kandy"]),
    ],
}

# ---------------------------------------------------------------- hm175-de-02
SOUTH_KOREA = actor("South Korea", "KOR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
NORTH_KOREA = actor("North Korea", "PRK", "GOV")
KIM_HONGKYUN = actor("Kim Hong-kyun", "KOR", "GOV")
NIS = actor("National Intelligence Service", "KOR", "GOV")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
RUTTE = actor("Mark Rutte", "IGO", "IGO")
NATO = actor("NATO", "IGO", "IGO")
UKRAINE = actor("Ukraine", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
KOR_MIL = actor("South Korean military", "KOR", "MIL")

K1 = ("Südkorea hat wegen der mutmaßlichen Entsendung nordkoreanischer Soldaten nach Russland am Montag den "
      "russischen Botschafter Georgi Sinowjew einbestellt.")
K2 = ("Der erste Vizeaußenminister Kim Hong-kyun forderte den sofortigen Abzug der Truppen und ein Ende der "
      "militärischen Zusammenarbeit zwischen Moskau und Pjöngjang.")
K3 = ("Der Geheimdienst NIS hatte zuvor erklärt, Pjöngjang habe rund 1500 Angehörige von Spezialeinheiten per Schiff "
      "nach Wladiwostok gebracht.")
K4 = "Der Dienst schätzt, dass es bis Dezember bis zu 12 000 Soldaten sein könnten."
K5 = "Präsident Yoon Suk Yeol sprach von einer „ernsten Bedrohung“ für die Sicherheit der Region."
K6 = ("Seoul werde Waffenlieferungen an die Ukraine nicht länger ausschließen, sollte die Zusammenarbeit weitergehen, "
      "sagte er nach einer Sitzung des Nationalen Sicherheitsrats.")
K7 = "Zudem telefonierte Yoon mit Nato-Generalsekretär Mark Rutte."
K8 = ("Südkorea übermittelte der Nato bereits Geheimdienstinformationen über die Truppenbewegungen, hieß es aus dem "
      "Präsidialamt.")
K9 = "Kremlsprecher Dmitri Peskow wies die Berichte als „Fälschung“ zurück."
K10 = "Pjöngjang selbst äußerte sich zunächst nicht."
K11 = ("Die Ukraine hatte Nordkorea bereits vor Wochen vorgeworfen, Artilleriegranaten und Raketen an Russland zu "
       "liefern.")
K12 = "Präsident Wolodymyr Selenskyj forderte die Verbündeten seines Landes auf, „nicht länger zuzusehen“."
K13 = "Südkoreas Militär versetzte seine Einheiten an der Grenze in erhöhte Bereitschaft."

DE02 = {
    "id": "hm175-de-02", "lang": "de", "url": None, "published": "2024-10-22",
    "title": "Seoul bestellt russischen Botschafter wegen nordkoreanischer Soldaten ein",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8, K9], [K10, K11, K12, K13]),
    "events": [
        event("ACCUSE", SOUTH_KOREA, RUSSIA, K1, mode="disapprove", date="2024-10-21"),
        event("REQUEST", KIM_HONGKYUN, RUSSIA, K2, mode="change"),
        event("ACCUSE", NIS, NORTH_KOREA, K3, mode="allege"),
        event("ACCUSE", YOON, NORTH_KOREA, K5, mode="disapprove"),
        event("THREATEN", YOON, RUSSIA, K6),
        event("CONSULT", YOON, RUTTE, K7, mode="phone"),
        event("COOPERATE", SOUTH_KOREA, NATO, K8),
        event("ACCUSE", UKRAINE, NORTH_KOREA, K11, mode="allege"),
        event("REQUEST", ZELENSKY, None, K12, mode="assist"),
        event("MOBILIZE", KOR_MIL, NORTH_KOREA, K13, mode="troops"),
    ],
    "quotes": [
        quote("Pjöngjang habe rund 1500 Angehörige von Spezialeinheiten per Schiff nach Wladiwostok gebracht",
              "National Intelligence Service", "indirect"),
        quote("dass es bis Dezember bis zu 12 000 Soldaten sein könnten", "National Intelligence Service", "indirect"),
        quote("ernsten Bedrohung", "Yoon Suk Yeol", "direct"),
        quote("Seoul werde Waffenlieferungen an die Ukraine nicht länger ausschließen, sollte die Zusammenarbeit "
              "weitergehen", "Yoon Suk Yeol", "indirect"),
        quote("Südkorea übermittelte der Nato bereits Geheimdienstinformationen über die Truppenbewegungen",
              "Office of the President of South Korea", "indirect"),
        quote("Fälschung", "Dmitry Peskov", "direct"),
        quote("Artilleriegranaten und Raketen an Russland zu liefern", "Ukraine", "indirect"),
        quote("nicht länger zuzusehen", "Volodymyr Zelensky", "direct"),
    ],
    "entities": [
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Seoul", "Südkoreas"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("North Korea", "GPE", "PRK", ["Pjöngjang", "Nordkorea"]),
        entity("Georgy Zinoviev", "PER", "RUS", ["den russischen Botschafter Georgi Sinowjew"]),
        entity("Kim Hong-kyun", "PER", "KOR", ["Der erste Vizeaußenminister Kim Hong-kyun"]),
        entity("National Intelligence Service", "ORG", "KOR", ["Der Geheimdienst NIS", "Der Dienst"]),
        entity("Vladivostok", "LOC", "RUS", ["Wladiwostok"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol", "er", "Yoon"]),
        entity("National Security Council of South Korea", "ORG", "KOR", ["des Nationalen Sicherheitsrats"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "Die Ukraine"]),
        entity("Mark Rutte", "PER", "IGO", ["Nato-Generalsekretär Mark Rutte"]),
        entity("NATO", "ORG", "IGO", ["der Nato"]),
        entity("Office of the President of South Korea", "ORG", "KOR", ["dem Präsidialamt"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("South Korean military", "ORG", "KOR", ["Südkoreas Militär"]),
    ],
}

# ---------------------------------------------------------------- hm175-de-03
NEPAL = actor("Nepal", "NPL", "GOV")
NPL_MOFA = actor("Ministry of Foreign Affairs of Nepal", "NPL", "GOV")
CHINA = actor("China", "CHN", "GOV")
WANG_YI = actor("Wang Yi", "CHN", "GOV")
JAISHANKAR = actor("Subrahmanyam Jaishankar", "IND", "GOV")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
JAISWAL = actor("Randhir Jaiswal", "IND", "GOV")
NPL_STUDENTS = actor("Nepalese students", "NPL", "CVL")
NPL_POLICE = actor("Nepal Police", "NPL", "COP")
OLI = actor("K. P. Sharma Oli", "NPL", "GOV")

N1 = ("Nepal hat gegen die Vereinbarung Indiens und Chinas protestiert, den Grenzhandel über den umstrittenen "
      "Lipulekh-Pass wieder aufzunehmen.")
N2 = "Der Pass im Himalaya gehöre „untrennbar“ zu Nepal, erklärte das Außenministerium in Kathmandu am Mittwoch."
N3 = ("Man habe beide Nachbarn auf diplomatischem Weg aufgefordert, keine Aktivitäten in dem Gebiet ohne Zustimmung "
      "Kathmandus zu unternehmen.")
N4 = ("Chinas Außenminister Wang Yi und sein indischer Kollege Subrahmanyam Jaishankar hatten sich am Dienstag in "
      "Neu-Delhi darauf verständigt, drei Grenzübergänge für Händler wieder zu öffnen.")
N5 = ("Wang war zu zweitägigen Gesprächen nach Indien gereist und auch von Premierminister Narendra Modi empfangen "
      "worden.")
N6 = "Jaishankar sprach von einer „neuen Phase“ in den Beziehungen nach dem tödlichen Grenzkonflikt von 2020."
N7 = "Das indische Außenministerium wies Nepals Einwände umgehend zurück."
N8 = "Die Ansprüche Kathmandus seien „weder gerechtfertigt noch historisch begründet“, sagte Sprecher Randhir Jaiswal."
N9 = "„Der Handel über Lipulekh“, so Jaiswal, „läuft seit 1954 und wurde nur durch die Pandemie unterbrochen.“"
N10 = "In Kathmandu zogen am Donnerstag Hunderte Studenten vor die indische Botschaft."
N11 = "Sie verbrannten Bilder von Modi und forderten eine Rücknahme der Vereinbarung."
N12 = "Die Polizei nahm zwölf Demonstranten vorübergehend fest."
N13 = "Premierminister K. P. Sharma Oli kündigte an, das Thema bei seinem geplanten Besuch in China anzusprechen."

DE03 = {
    "id": "hm175-de-03", "lang": "de", "url": None, "published": "2025-08-21",
    "title": "Nepal protestiert gegen Handelsabkommen über Lipulekh-Pass",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8, N9], [N10, N11, N12, N13]),
    "events": [
        event("ACCUSE", NEPAL, INDIA, N1, mode="disapprove"),
        event("ACCUSE", NEPAL, CHINA, N1, mode="disapprove"),
        event("REQUEST", NPL_MOFA, INDIA, N3, mode="change"),
        event("REQUEST", NPL_MOFA, CHINA, N3, mode="change"),
        event("CONSULT", WANG_YI, JAISHANKAR, N4, mode="visit", date="2025-08-19", location="New Delhi",
              location_country="IND"),
        event("AGREE", WANG_YI, JAISHANKAR, N4, date="2025-08-19", location="New Delhi", location_country="IND"),
        event("CONSULT", WANG_YI, INDIA, N5, mode="visit", location_country="IND"),
        event("CONSULT", WANG_YI, MODI, N5, mode="visit", location_country="IND"),
        event("SUPPORT", JAISHANKAR, CHINA, N6),
        event("REJECT", IND_MEA, NEPAL, N7, mode="change"),
        event("REJECT", JAISWAL, NEPAL, N8, mode="change"),
        event("PROTEST", NPL_STUDENTS, INDIA, N10, mode="demo", date="2025-08-21", location="Kathmandu",
              location_country="NPL"),
        event("PROTEST", NPL_STUDENTS, MODI, N11, mode="demo"),
        event("REQUEST", NPL_STUDENTS, INDIA, N11, mode="change"),
        event("COERCE", NPL_POLICE, NPL_STUDENTS, N12, mode="arrest"),
        event("AGREE", OLI, CHINA, N13),
    ],
    "quotes": [
        quote("Der Pass im Himalaya gehöre „untrennbar“ zu Nepal", "Ministry of Foreign Affairs of Nepal", "indirect"),
        quote("untrennbar", "Ministry of Foreign Affairs of Nepal", "direct"),
        quote("Man habe beide Nachbarn auf diplomatischem Weg aufgefordert, keine Aktivitäten in dem Gebiet ohne "
              "Zustimmung Kathmandus zu unternehmen", "Ministry of Foreign Affairs of Nepal", "indirect"),
        quote("neuen Phase", "Subrahmanyam Jaishankar", "direct"),
        quote("Die Ansprüche Kathmandus seien „weder gerechtfertigt noch historisch begründet“", "Randhir Jaiswal",
              "indirect"),
        quote("weder gerechtfertigt noch historisch begründet", "Randhir Jaiswal", "direct"),
        quote("Der Handel über Lipulekh", "Randhir Jaiswal", "direct"),
        quote("läuft seit 1954 und wurde nur durch die Pandemie unterbrochen", "Randhir Jaiswal", "direct"),
        quote("das Thema bei seinem geplanten Besuch in China anzusprechen", "K. P. Sharma Oli", "indirect"),
    ],
    "entities": [
        entity("Nepal", "GPE", "NPL", ["Nepal", "Nepals", "Kathmandus"]),
        entity("India", "GPE", "IND", ["Indiens", "Indien"]),
        entity("China", "GPE", "CHN", ["Chinas", "China"]),
        entity("Lipulekh Pass", "LOC", "NPL", ["den umstrittenen Lipulekh-Pass", "Der Pass im Himalaya", "Lipulekh"]),
        entity("Ministry of Foreign Affairs of Nepal", "ORG", "NPL", ["das Außenministerium in Kathmandu"]),
        entity("Kathmandu", "LOC", "NPL", ["Kathmandu"]),
        entity("Wang Yi", "PER", "CHN", ["Chinas Außenminister Wang Yi", "Wang"]),
        entity("Subrahmanyam Jaishankar", "PER", "IND", ["sein indischer Kollege Subrahmanyam Jaishankar",
                                                         "Jaishankar"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi", "Modi"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das indische Außenministerium"]),
        entity("Randhir Jaiswal", "PER", "IND", ["Sprecher Randhir Jaiswal", "Jaiswal"]),
        entity("Embassy of India in Kathmandu", "ORG", "IND", ["die indische Botschaft"]),
        entity("Nepalese students", "ORG", "NPL", ["Hunderte Studenten", "Sie", "zwölf Demonstranten"]),
        entity("Nepal Police", "ORG", "NPL", ["Die Polizei"]),
        entity("K. P. Sharma Oli", "PER", "NPL", ["Premierminister K. P. Sharma Oli", "seinem"]),
    ],
}

# ---------------------------------------------------------------- hm175-de-04
MILITANTS = actor("Islamist militants", "PAK", "REB")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")
JAF = actor("Jaish al-Fursan", "PAK", "REB")
AFGHANISTAN = actor("Afghanistan", "AFG", "GOV")
TALIBAN_GOV = actor("Taliban government", "AFG", "GOV")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
KP_AUTH = actor("Khyber Pakhtunkhwa authorities", "PAK", "GOV")
BANNU_RES = actor("residents of Bannu", "PAK", "CVL")

B1 = ("Islamistische Extremisten haben bei einem Selbstmordanschlag auf ein Militärgelände im Nordwesten Pakistans "
      "mindestens 18 Menschen getötet, darunter fünf Soldaten.")
B2 = ("Die Angreifer brachten am Dienstagabend zwei mit Sprengstoff beladene Fahrzeuge an der Mauer des Stützpunkts "
      "in Bannu zur Explosion.")
B3 = "Anschließend versuchten mehrere Bewaffnete, auf das Gelände vorzudringen."
B4 = "Soldaten töteten alle 16 Angreifer, teilte das Militär mit."
B5 = ("Zu der Tat bekannte sich die bislang wenig bekannte Gruppe Jaish al-Fursan, die der pakistanischen "
      "Taliban-Bewegung TTP nahestehen soll.")
B6 = "Die Armee erklärte, die Attentäter hätten in Kontakt mit Hintermännern in Afghanistan gestanden."
B7 = ("Islamabad forderte die Taliban-Regierung in Kabul erneut auf, gegen Extremisten auf ihrem Gebiet "
      "vorzugehen.")
B8 = "Ein Sprecher der Taliban wies jede Verantwortung zurück."
B9 = "Premierminister Shehbaz Sharif verurteilte den Anschlag als „feige Tat“ und lobte den Einsatz der Soldaten."
B10 = "Unter den Toten waren auch zwei Kinder, deren Haus neben dem Stützpunkt eingestürzt war."
B11 = "Die Behörden verhängten eine Ausgangssperre über die Stadt und sperrten die Zufahrtsstraßen."
B12 = "Zusätzliche Truppen würden vorerst nicht in die Region verlegt, sagte ein Armeesprecher."

DE04 = {
    "id": "hm175-de-04", "lang": "de", "url": None, "published": "2025-03-05",
    "title": "Anschlag auf Militärgelände in Pakistan: 18 Tote",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12]),
    "events": [
        event("ASSAULT", MILITANTS, PAK_ARMY, B1, mode="suicide-attack", location_country="PAK"),
        event("ASSAULT", MILITANTS, PAK_ARMY, B2, mode="suicide-attack", date="2025-03-04", location="Bannu",
              location_country="PAK"),
        event("ASSAULT", MILITANTS, PAK_ARMY, B3, mode="firearms", location="Bannu", location_country="PAK"),
        event("ASSAULT", PAK_ARMY, MILITANTS, B4, mode="firearms", location="Bannu", location_country="PAK"),
        event("ASSAULT", JAF, PAK_ARMY, B5, mode="suicide-attack"),
        event("ACCUSE", PAK_ARMY, AFGHANISTAN, B6, mode="allege"),
        event("REQUEST", PAKISTAN, TALIBAN_GOV, B7, mode="change"),
        event("ACCUSE", SHARIF, MILITANTS, B9, mode="disapprove"),
        event("SUPPORT", SHARIF, PAK_ARMY, B9),
        event("COERCE", KP_AUTH, BANNU_RES, B11, mode="curfew", location="Bannu", location_country="PAK"),
        event("MOBILIZE", PAK_ARMY, None, B12, mode="troops", negated=True),
    ],
    "quotes": [
        quote("Soldaten töteten alle 16 Angreifer", "Inter-Services Public Relations", "indirect"),
        quote("die Attentäter hätten in Kontakt mit Hintermännern in Afghanistan gestanden",
              "Inter-Services Public Relations", "indirect"),
        quote("gegen Extremisten auf ihrem Gebiet vorzugehen", "Pakistan", "indirect"),
        quote("feige Tat", "Shehbaz Sharif", "direct"),
        quote("Zusätzliche Truppen würden vorerst nicht in die Region verlegt", "Pakistan Army spokesman", "indirect"),
    ],
    "entities": [
        entity("Islamist militants", "ORG", "PAK", ["Islamistische Extremisten", "Die Angreifer",
                                                    "mehrere Bewaffnete", "alle 16 Angreifer", "die Attentäter"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistans", "Islamabad"]),
        entity("Bannu", "LOC", "PAK", ["Bannu", "die Stadt"]),
        entity("Pakistan Army", "ORG", "PAK", ["das Militär", "Die Armee", "Soldaten"]),
        entity("Jaish al-Fursan", "ORG", "PAK", ["die bislang wenig bekannte Gruppe Jaish al-Fursan"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK", ["der pakistanischen Taliban-Bewegung TTP"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("Taliban government", "ORG", "AFG", ["die Taliban-Regierung in Kabul", "der Taliban"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif"]),
        entity("Khyber Pakhtunkhwa authorities", "ORG", "PAK", ["Die Behörden"]),
        entity("Pakistan Army spokesman", "PER", "PAK", ["ein Armeesprecher"]),
    ],
}

# ---------------------------------------------------------------- hm175-en-01
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
GUO = actor("Alice Guo", "PHL", "GOV")
ABALOS = actor("Benhur Abalos", "PHL", "GOV")
MARBIL = actor("Rommel Marbil", "PHL", "COP")
INDONESIA = actor("Indonesia", "IDN", "GOV")
PHILIPPINES = actor("Philippines", "PHL", "GOV")
PHL_DOJ = actor("Department of Justice of the Philippines", "PHL", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
PHL_OFFICIALS = actor("Philippine officials", "PHL", "GOV")
PHL_PROSECUTORS = actor("Philippine prosecutors", "PHL", "JUD")
PHL_POLICE = actor("Philippine National Police", "PHL", "COP")
SCAM_OPERATORS = actor("Bamban scam compound operators", "PHL", "BUS")
PHL_INVESTIGATORS = actor("Philippine investigators", "PHL", "COP")
SHIELA_GUO = actor("Shiela Guo", "PHL", "CVL")
IDN_IMMIGRATION = actor("Directorate General of Immigration of Indonesia", "IDN", "GOV")

A1 = ("Indonesian police have arrested Alice Guo, the dismissed Philippine town mayor accused of links to Chinese-run "
      "scam hubs, officials said on Thursday.")
A2 = ("Guo, who fled the Philippines in July, was detained late on Wednesday in the city of Tangerang, Indonesia's "
      "police said.")
A3 = "Interior Secretary Benhur Abalos and national police chief Rommel Marbil flew to Jakarta to bring her home."
A4 = "“She will face the full force of the law,” Abalos told reporters before boarding."
A5 = ("Indonesian police chief Listyo Sigit Prabowo said Jakarta had asked Manila to hand over Gregor Haas, an "
      "Australian wanted in Indonesia on drug charges, in return.")
A6 = "The Philippine justice department said no swap had been agreed."
A7 = ("President Ferdinand Marcos Jr. thanked Indonesia for its “close cooperation” and warned that officials who had "
      "helped Guo escape would be dismissed and prosecuted.")
A8 = "“Let this be a warning: no one can run from the law,” he said."
A9 = ("Philippine prosecutors have charged Guo, the former mayor of Bamban in Tarlac province, with human trafficking "
      "and money laundering.")
A10 = ("Police raided a scam compound in Bamban in March, and investigators say it was built on land she partly "
       "owned.")
A11 = "Her sister Shiela Guo was arrested in Batam last month and deported to Manila."
A12 = "Indonesia's immigration office said Guo would be handed to Philippine authorities within days."
A13 = "Guo has denied wrongdoing, saying she is a Filipino citizen and not a Chinese spy."

EN01 = {
    "id": "hm175-en-01", "lang": "en", "url": None, "published": "2024-09-05",
    "title": "Indonesia arrests dismissed Philippine mayor Alice Guo",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13]),
    "events": [
        event("COERCE", IDN_POLICE, GUO, A1, mode="arrest", location_country="IDN"),
        event("COERCE", IDN_POLICE, GUO, A2, mode="arrest", date="2024-09-04", location="Tangerang",
              location_country="IDN"),
        event("CONSULT", ABALOS, INDONESIA, A3, mode="visit", location="Jakarta", location_country="IDN"),
        event("CONSULT", MARBIL, INDONESIA, A3, mode="visit", location="Jakarta", location_country="IDN"),
        event("REQUEST", INDONESIA, PHILIPPINES, A5, mode="assist"),
        event("AGREE", PHL_DOJ, INDONESIA, A6, negated=True),
        event("SUPPORT", MARCOS, INDONESIA, A7),
        event("THREATEN", MARCOS, PHL_OFFICIALS, A7),
        event("ACCUSE", PHL_PROSECUTORS, GUO, A9, mode="allege"),
        event("COERCE", PHL_POLICE, SCAM_OPERATORS, A10, mode="seize", location="Bamban", location_country="PHL"),
        event("ACCUSE", PHL_INVESTIGATORS, GUO, A10, mode="allege"),
        event("COERCE", IDN_POLICE, SHIELA_GUO, A11, mode="arrest", location="Batam", location_country="IDN"),
        event("AGREE", IDN_IMMIGRATION, PHILIPPINES, A12),
    ],
    "quotes": [
        quote("Guo, who fled the Philippines in July, was detained late on Wednesday in the city of Tangerang",
              "Indonesian National Police", "indirect"),
        quote("She will face the full force of the law", "Benhur Abalos", "direct"),
        quote("Jakarta had asked Manila to hand over Gregor Haas, an Australian wanted in Indonesia on drug charges, in "
              "return", "Listyo Sigit Prabowo", "indirect"),
        quote("no swap had been agreed", "Department of Justice of the Philippines", "indirect"),
        quote("close cooperation", "Ferdinand Marcos Jr.", "direct"),
        quote("that officials who had helped Guo escape would be dismissed and prosecuted", "Ferdinand Marcos Jr.",
              "indirect"),
        quote("Let this be a warning: no one can run from the law", "Ferdinand Marcos Jr.", "direct"),
        quote("it was built on land she partly owned", "Philippine investigators", "indirect"),
        quote("Guo would be handed to Philippine authorities within days",
              "Directorate General of Immigration of Indonesia", "indirect"),
        quote("she is a Filipino citizen and not a Chinese spy", "Alice Guo", "indirect"),
    ],
    "entities": [
        entity("Indonesian National Police", "ORG", "IDN", ["Indonesian police", "Indonesia's police"]),
        entity("Alice Guo", "PER", "PHL", ["Alice Guo", "the dismissed Philippine town mayor", "Guo", "her",
                                           "the former mayor of Bamban", "she"]),
        entity("Philippines", "GPE", "PHL", ["the Philippines", "Manila"]),
        entity("Tangerang", "LOC", "IDN", ["the city of Tangerang"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Benhur Abalos", "PER", "PHL", ["Interior Secretary Benhur Abalos", "Abalos"]),
        entity("Rommel Marbil", "PER", "PHL", ["national police chief Rommel Marbil"]),
        entity("Listyo Sigit Prabowo", "PER", "IDN", ["Indonesian police chief Listyo Sigit Prabowo"]),
        entity("Gregor Haas", "PER", "AUS", ["Gregor Haas", "an Australian wanted in Indonesia on drug charges"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesia", "Jakarta"]),
        entity("Department of Justice of the Philippines", "ORG", "PHL", ["The Philippine justice department"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["President Ferdinand Marcos Jr.", "he"]),
        entity("Philippine prosecutors", "ORG", "PHL", ["Philippine prosecutors"]),
        entity("Bamban", "LOC", "PHL", ["Bamban"]),
        entity("Tarlac", "LOC", "PHL", ["Tarlac province"]),
        entity("Philippine National Police", "ORG", "PHL", ["Police"]),
        entity("Philippine investigators", "ORG", "PHL", ["investigators"]),
        entity("Shiela Guo", "PER", "PHL", ["Her sister Shiela Guo"]),
        entity("Batam", "LOC", "IDN", ["Batam"]),
        entity("Directorate General of Immigration of Indonesia", "ORG", "IDN", ["Indonesia's immigration office"]),
    ],
}

# ---------------------------------------------------------------- hm175-en-02
GUTERRES = actor("Antonio Guterres", "UNO", "IGO")
BANGLADESH = actor("Bangladesh", "BGD", "GOV")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
ROHINGYA = actor("Rohingya refugees", "MMR", "CVL")
USA = actor("United States", "USA", "GOV")
MYANMAR = actor("Myanmar", "MMR", "GOV")

R1 = ("UN Secretary-General Antonio Guterres visited the Rohingya refugee camps in Cox's Bazar on Friday and urged "
      "donors to reverse funding cuts that threaten to halve food rations for a million people.")
R2 = "He was accompanied by Bangladesh's interim leader Muhammad Yunus, who had hosted him for talks in Dhaka on Thursday."
R3 = ("“We are facing a dramatic risk of a humanitarian catastrophe,” Guterres said after meeting refugees, adding "
      "that “people will die” if rations were cut.")
R4 = ("The World Food Programme has warned that it may have to cut monthly food vouchers from 12 to six dollars per "
      "person from April.")
R5 = "The agency blamed a sharp fall in contributions after the United States froze most of its foreign aid in January."
R6 = ("Guterres called the cuts “a scandal” and said the international community could not abandon the Rohingya.")
R7 = ("Yunus asked the UN to help organise a conference on the crisis and pressed for the refugees' "
      "safe return to Myanmar.")
R8 = "Guterres agreed, promising that the UN would convene a high-level meeting in New York."
R9 = "Thousands of refugees lined the road to the camp, holding placards that read “We want to go home”."
R10 = "Myanmar's military government has not commented on the visit."
R11 = "Bangladesh has hosted the refugees since 2017, when most of them fled violence in Myanmar's Rakhine state."
R13 = "Dhaka says it cannot take in any more refugees."

EN02 = {
    "id": "hm175-en-02", "lang": "en", "url": None, "published": "2025-03-14",
    "title": "Guterres warns of 'catastrophe' as Rohingya rations face cuts",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7, R8], [R9, R10, R11, R13]),
    "events": [
        event("CONSULT", GUTERRES, BANGLADESH, R1, mode="visit", date="2025-03-14", location="Cox's Bazar",
              location_country="BGD"),
        event("REQUEST", GUTERRES, None, R1, mode="assist", date="2025-03-14", location="Cox's Bazar",
              location_country="BGD"),
        event("CONSULT", GUTERRES, YUNUS, R2, mode="visit", date="2025-03-13", location="Dhaka",
              location_country="BGD"),
        event("CONSULT", GUTERRES, ROHINGYA, R3),
        event("SANCTION", USA, None, R5, mode="withdraw"),
        event("ACCUSE", GUTERRES, None, R6, mode="disapprove"),
        event("REQUEST", YUNUS, UN, R7, mode="assist"),
        event("REQUEST", YUNUS, MYANMAR, R7, mode="change"),
        event("AGREE", GUTERRES, YUNUS, R8),
        event("PROTEST", ROHINGYA, None, R9, mode="demo", location="Cox's Bazar", location_country="BGD"),
        event("AID", BANGLADESH, ROHINGYA, R11),
    ],
    "quotes": [
        quote("We are facing a dramatic risk of a humanitarian catastrophe", "Antonio Guterres", "direct"),
        quote("people will die", "Antonio Guterres", "direct"),
        quote("that it may have to cut monthly food vouchers from 12 to six dollars per person from April",
              "World Food Programme", "indirect"),
        quote("a scandal", "Antonio Guterres", "direct"),
        quote("the international community could not abandon the Rohingya", "Antonio Guterres", "indirect"),
        quote("that the UN would convene a high-level meeting in New York", "Antonio Guterres", "indirect"),
        quote("We want to go home", "Rohingya refugees", "direct"),
        quote("it cannot take in any more refugees", "Government of Bangladesh", "indirect"),
    ],
    "entities": [
        entity("Antonio Guterres", "PER", "UNO", ["UN Secretary-General Antonio Guterres", "He", "him", "Guterres"]),
        entity("Rohingya refugees", "ORG", "MMR", ["the Rohingya refugee camps", "refugees", "Thousands of refugees",
                                                   "the refugees", "the Rohingya"]),
        entity("Cox's Bazar", "LOC", "BGD", ["Cox's Bazar"]),
        entity("Bangladesh", "GPE", "BGD", ["Bangladesh's", "Bangladesh", "Dhaka"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Bangladesh's interim leader Muhammad Yunus", "Yunus"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("World Food Programme", "ORG", "UNO", ["The World Food Programme", "The agency"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("United Nations", "ORG", "UNO", ["the UN"]),
        entity("Myanmar", "GPE", "MMR", ["Myanmar"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Myanmar military government", "ORG", "MMR", ["Myanmar's military government"]),
        entity("Rakhine", "LOC", "MMR", ["Myanmar's Rakhine state"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
