"""Round 96: six blind hand-made wire-style articles (4 German, 2 English), written 2026-11-30.

Invented but plausible reports on real settings of 2023-2025, annotated by CONVENTIONS.md:

- hm96-de-01: King Felipe VI and Pedro Sánchez pelted with mud in flood-hit Paiporta (November 2024).
- hm96-de-02: Japanese fighter jets fire warning flares at a Russian Il-38 over Rebun (September 2024).
- hm96-de-03: Seoul moves to suspend striking trainee doctors' licences (March 2024).
- hm96-de-04: Germany halts arms exports to Israel usable in Gaza (August 2025).
- hm96-en-01: Trump pauses military aid to Ukraine after the Oval Office clash (March 2025).
- hm96-en-02: NATO's 5% pledge at The Hague summit and Trump's threat against Spain (June 2025).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm96-de-01 (Paiporta)
A1_S1 = ("Bei einem Besuch im Überschwemmungsgebiet bei Valencia sind König Felipe VI. und "
         "Ministerpräsident Pedro Sánchez am Sonntag von wütenden Anwohnern mit Schlamm beworfen worden.")
A1_S2 = "In der Kleinstadt Paiporta riefen Dutzende Menschen »Mörder« und »Haut ab«."
A1_S3 = ("Die Polizei nahm zwei Männer vorübergehend fest, ließ sie aber nach Feststellung ihrer "
         "Personalien wieder frei.")
A1_S4 = ("Die Menschen werfen den Behörden vor, zu spät vor den Fluten gewarnt und nach der Katastrophe "
         "zu langsam geholfen zu haben.")
A1_S5 = "Besonders in der Kritik steht der valencianische Regionalpräsident Carlos Mazón."
A1_S6 = ("Sánchez hatte am Samstag die Entsendung von weiteren 5000 Soldaten und 5000 Polizisten in die "
         "Region angekündigt.")
A1_S7 = "Man müsse die Wut und die Frustration der Menschen verstehen, sagte der König am Abend."
A1_S8 = "Die EU-Kommission sagte Spanien Hilfe aus dem Solidaritätsfonds zu."
A1_S9 = "Frankreich schickte bereits Rettungskräfte und Spezialfahrzeuge nach Valencia."
A1_S10 = "»Wir brauchen jede Hand«, sagte Mazón, der die Armee um zusätzliche Einheiten gebeten hatte."

FELIPE = actor("Felipe VI", "ESP", "GOV")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
RESIDENTS = actor("residents of Paiporta", "ESP", "CVL")
SPAIN = actor("Spain", "ESP", "GOV")

A1 = {
    "id": "hm96-de-01", "lang": "de", "url": None, "published": "2024-11-03", "title": None,
    "text": paragraphs([A1_S1, A1_S2, A1_S3], [A1_S4, A1_S5, A1_S6, A1_S7], [A1_S8, A1_S9, A1_S10]),
    "events": [
        event("PROTEST", RESIDENTS, FELIPE, A1_S1, mode="riot", date="2024-11-03", location="Valencia",
              location_country="ESP"),
        event("PROTEST", RESIDENTS, SANCHEZ, A1_S1, mode="riot", date="2024-11-03", location="Valencia",
              location_country="ESP"),
        event("COERCE", actor("Spanish police", "ESP", "COP"), actor("two men", "ESP", "CVL"), A1_S3,
              mode="arrest"),
        event("RETREAT", actor("Spanish police", "ESP", "COP"), actor("two men", "ESP", "CVL"), A1_S3,
              mode="release"),
        event("ACCUSE", RESIDENTS, actor("Spanish authorities", "ESP", "GOV"), A1_S4, mode="disapprove"),
        event("MOBILIZE", SANCHEZ, None, A1_S6, mode="troops", date="2024-11-02"),
        event("AGREE", actor("European Commission", "EUR", "IGO"), SPAIN, A1_S8),
        event("AID", actor("France", "FRA", "GOV"), SPAIN, A1_S9, location="Valencia",
              location_country="ESP"),
        event("REQUEST", actor("Carlos Mazón", "ESP", "GOV"), actor("Spanish Armed Forces", "ESP", "MIL"),
              A1_S10, mode="assist"),
    ],
    "quotes": [
        quote("Mörder", "residents of Paiporta", "direct"),
        quote("Haut ab", "residents of Paiporta", "direct"),
        quote("zu spät vor den Fluten gewarnt und nach der Katastrophe zu langsam geholfen zu haben",
              "residents of Paiporta", "indirect"),
        quote("Man müsse die Wut und die Frustration der Menschen verstehen", "Felipe VI", "indirect"),
        quote("Wir brauchen jede Hand", "Carlos Mazón", "direct"),
    ],
    "entities": [
        entity("Valencia", "LOC", "ESP", ["Valencia"]),
        entity("Felipe VI", "PER", "ESP", ["König Felipe VI.", "der König"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez", "Sánchez"]),
        entity("residents of Paiporta", "ORG", "ESP",
               ["wütenden Anwohnern", "Dutzende Menschen", "Die Menschen"]),
        entity("Paiporta", "LOC", "ESP", ["der Kleinstadt Paiporta"]),
        entity("Spanish police", "ORG", "ESP", ["Die Polizei"]),
        entity("two men", "PER", "ESP", ["zwei Männer", "sie"]),
        entity("Spanish authorities", "ORG", "ESP", ["den Behörden"]),
        entity("Carlos Mazón", "PER", "ESP",
               ["der valencianische Regionalpräsident Carlos Mazón", "Mazón"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Spain", "GPE", "ESP", ["Spanien"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Spanish Armed Forces", "ORG", "ESP", ["die Armee"]),
    ],
}

# ---------------------------------------------------------------- hm96-de-02 (Rebun)
A2_S1 = ("Ein russisches Aufklärungsflugzeug vom Typ Il-38 habe am Montag dreimal den japanischen Luftraum "
         "nahe der Insel Rebun verletzt, teilte das Verteidigungsministerium in Tokio mit.")
A2_S2 = ("Die Luftselbstverteidigungsstreitkräfte ließen Kampfjets aufsteigen, die erstmals Warnfackeln "
         "gegen die Maschine abfeuerten.")
A2_S3 = "Tokio protestierte über diplomatische Kanäle scharf gegen den Vorfall."
A2_S4 = "Regierungssprecher Yoshimasa Hayashi nannte die Verletzung „äußerst bedauerlich“."
A2_S5 = ("Man habe die russische Seite aufgefordert, ähnliche Vorfälle künftig zu verhindern, "
         "sagte er.")
A2_S6 = "Aus Moskau gab es zunächst keine Stellungnahme."
A2_S7 = ("Erst in der vergangenen Woche war der chinesische Flugzeugträger Liaoning zwischen den "
         "japanischen Inseln Yonaguni und Iriomote hindurchgefahren.")
A2_S8 = ("Verteidigungsminister Minoru Kihara sprach von einer »ernsten Provokation« und kündigte an, "
         "sich mit Washington über die Lage abzustimmen.")
A2_S9 = ("Russland und China hatten im Sommer gemeinsame Patrouillenflüge mit Langstreckenbombern über "
         "dem Japanischen Meer absolviert.")

RUSSIA = actor("Russia", "RUS", "GOV")
RU_PLANE = actor("Russian Il-38 aircraft", "RUS", "MIL")
JASDF = actor("Japan Air Self-Defense Force", "JPN", "MIL")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
KIHARA = actor("Minoru Kihara", "JPN", "GOV")

A2 = {
    "id": "hm96-de-02", "lang": "de", "url": None, "published": "2024-09-23", "title": None,
    "text": paragraphs([A2_S1, A2_S2, A2_S3], [A2_S4, A2_S5, A2_S6], [A2_S7, A2_S8, A2_S9]),
    "events": [
        event("ACCUSE", actor("Ministry of Defense of Japan", "JPN", "MIL"), actor("Russia", "RUS", "MIL"),
              A2_S1, mode="allege", date="2024-09-23", location="Rebun", location_country="JPN"),
        event("MOBILIZE", JASDF, None, A2_S2, mode="troops"),
        event("THREATEN", JASDF, RU_PLANE, A2_S2),
        event("ACCUSE", actor("Japan", "JPN", "GOV"), RUSSIA, A2_S3, mode="disapprove"),
        event("ACCUSE", HAYASHI, RUSSIA, A2_S4, mode="disapprove"),
        event("REQUEST", HAYASHI, RUSSIA, A2_S5, mode="change"),
        event("ACCUSE", KIHARA, RUSSIA, A2_S8, mode="disapprove"),
        event("AGREE", KIHARA, actor("United States", "USA", "GOV"), A2_S8),
        event("COOPERATE", actor("Russia", "RUS", "MIL"), actor("China", "CHN", "MIL"), A2_S9,
              location="Sea of Japan"),
    ],
    "quotes": [
        quote("Ein russisches Aufklärungsflugzeug vom Typ Il-38 habe am Montag dreimal den japanischen "
              "Luftraum nahe der Insel Rebun verletzt", "Ministry of Defense of Japan", "indirect"),
        quote("äußerst bedauerlich", "Yoshimasa Hayashi", "direct"),
        quote("Man habe die russische Seite aufgefordert, ähnliche Vorfälle künftig zu verhindern",
              "Yoshimasa Hayashi", "indirect"),
        quote("ernsten Provokation", "Minoru Kihara", "direct"),
    ],
    "entities": [
        entity("Russian Il-38 aircraft", "ORG", "RUS",
               ["Ein russisches Aufklärungsflugzeug vom Typ Il-38", "die Maschine"]),
        entity("Japan", "GPE", "JPN", ["Tokio"]),
        entity("Rebun", "LOC", "JPN", ["der Insel Rebun"]),
        entity("Ministry of Defense of Japan", "ORG", "JPN", ["das Verteidigungsministerium in Tokio"]),
        entity("Japan Air Self-Defense Force", "ORG", "JPN", ["Die Luftselbstverteidigungsstreitkräfte"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi", "er"]),
        entity("Russia", "GPE", "RUS", ["die russische Seite", "Moskau", "Russland"]),
        entity("Liaoning", "ORG", "CHN", ["der chinesische Flugzeugträger Liaoning"]),
        entity("Yonaguni", "LOC", "JPN", ["Yonaguni"]),
        entity("Iriomote", "LOC", "JPN", ["Iriomote"]),
        entity("Minoru Kihara", "PER", "JPN", ["Verteidigungsminister Minoru Kihara"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Sea of Japan", "LOC", None, ["dem Japanischen Meer"]),
    ],
}

# ---------------------------------------------------------------- hm96-de-03 (Korean doctors)
A3_S1 = ("Südkoreas Gesundheitsministerium hat am Montag damit begonnen, streikenden Assistenzärzten "
         "die Zulassung vorläufig zu entziehen.")
A3_S2 = ("Rund 9000 Ärzte in Ausbildung hatten vor zwei Wochen aus Protest gegen die geplante Erhöhung "
         "der Studienplätze an Medizinhochschulen ihre Arbeit niedergelegt.")
A3_S3 = "Eine Frist zur Rückkehr an die Kliniken war am Donnerstag abgelaufen."
A3_S4 = ("Vizegesundheitsminister Park Min-soo sagte, wer nicht zurückkehre, müsse mit einer Suspendierung "
         "von mindestens drei Monaten rechnen.")
A3_S5 = "Die Polizei durchsuchte zudem die Büros des Ärzteverbands KMA in Seoul."
A3_S6 = "Der Verband wirft der Regierung vor, die Ärzte mit Drohungen einschüchtern zu wollen."
A3_S7 = "Am Sonntag hatten in Seoul Zehntausende Ärzte gegen die Reform demonstriert."
A3_S8 = "„Wir sind keine Kriminellen“, rief der Interimsvorsitzende des Verbands, Kim Taek-woo, der Menge zu."
A3_S9 = "Präsident Yoon Suk Yeol lehnte die Forderung der Ärzte, die Reform zurückzunehmen, erneut ab."
A3_S10 = "»Die Tür für Gespräche über bessere Arbeitsbedingungen steht offen«, sagte er."

MOHW = actor("Ministry of Health and Welfare of South Korea", "KOR", "GOV")
TRAINEES = actor("striking trainee doctors", "KOR", "CVL")
KOR_GOV = actor("South Korea", "KOR", "GOV")
KMA = actor("Korea Medical Association", "KOR", "NGO")
DOCTORS = actor("South Korean doctors", "KOR", "CVL")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")

A3 = {
    "id": "hm96-de-03", "lang": "de", "url": None, "published": "2024-03-04", "title": None,
    "text": paragraphs([A3_S1, A3_S2, A3_S3], [A3_S4, A3_S5, A3_S6], [A3_S7, A3_S8, A3_S9, A3_S10]),
    "events": [
        event("COERCE", MOHW, TRAINEES, A3_S1, mode="ban", date="2024-03-04"),
        event("PROTEST", TRAINEES, KOR_GOV, A3_S2, mode="strike"),
        event("THREATEN", actor("Park Min-soo", "KOR", "GOV"), TRAINEES, A3_S4),
        event("COERCE", actor("South Korean police", "KOR", "COP"), KMA, A3_S5, mode="seize",
              location="Seoul", location_country="KOR"),
        event("ACCUSE", KMA, KOR_GOV, A3_S6, mode="allege"),
        event("PROTEST", DOCTORS, KOR_GOV, A3_S7, mode="demo", date="2024-03-03", location="Seoul",
              location_country="KOR"),
        event("REJECT", YOON, DOCTORS, A3_S9, mode="change"),
        event("AGREE", YOON, DOCTORS, A3_S10),
    ],
    "quotes": [
        quote("wer nicht zurückkehre, müsse mit einer Suspendierung von mindestens drei Monaten rechnen",
              "Park Min-soo", "indirect"),
        quote("die Ärzte mit Drohungen einschüchtern zu wollen", "Korea Medical Association", "indirect"),
        quote("Wir sind keine Kriminellen", "Kim Taek-woo", "direct"),
        quote("Die Tür für Gespräche über bessere Arbeitsbedingungen steht offen", "Yoon Suk Yeol", "direct"),
    ],
    "entities": [
        entity("Ministry of Health and Welfare of South Korea", "ORG", "KOR", ["Südkoreas Gesundheitsministerium"]),
        entity("striking trainee doctors", "ORG", "KOR",
               ["streikenden Assistenzärzten", "Rund 9000 Ärzte in Ausbildung"]),
        entity("Park Min-soo", "PER", "KOR", ["Vizegesundheitsminister Park Min-soo"]),
        entity("South Korean police", "ORG", "KOR", ["Die Polizei"]),
        entity("Korea Medical Association", "ORG", "KOR",
               ["des Ärzteverbands KMA", "Der Verband", "des Verbands"]),
        entity("South Korea", "GPE", "KOR", ["Südkoreas", "der Regierung"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("South Korean doctors", "ORG", "KOR", ["Zehntausende Ärzte", "der Ärzte", "die Ärzte"]),
        entity("Kim Taek-woo", "PER", "KOR", ["der Interimsvorsitzende des Verbands, Kim Taek-woo"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol", "er"]),
    ],
}

# ---------------------------------------------------------------- hm96-de-04 (Germany, Israel)
A4_S1 = ("Die Bundesregierung genehmigt bis auf Weiteres keine Rüstungsexporte nach Israel mehr, die im "
         "Gazastreifen eingesetzt werden können.")
A4_S2 = "Das kündigte Bundeskanzler Friedrich Merz am Freitag in Berlin an."
A4_S3 = ("Hintergrund sind Pläne der israelischen Regierung, die Kontrolle über die Stadt Gaza zu "
         "übernehmen.")
A4_S4 = ("Israels Ministerpräsident Benjamin Netanjahu warf Deutschland vor, den Terror der Hamas zu "
         "belohnen.")
A4_S5 = "Er habe Merz in einem Telefonat seine Enttäuschung mitgeteilt, erklärte sein Büro."
A4_S6 = "Die Entscheidung sei »falsch«, sagte CSU-Chef Markus Söder."
A4_S7 = "Der Zentralrat der Juden in Deutschland sprach von einem „fatalen Signal“."
A4_S8 = ("Die Hilfsorganisation Oxfam begrüßte den Schritt dagegen und forderte die Bundesregierung auf, "
         "alle Waffenlieferungen an Israel zu stoppen.")
A4_S9 = ("Merz betonte, Deutschland stehe weiter an der Seite Israels und werde sich für die Freilassung "
         "der Geiseln einsetzen.")

GERMANY = actor("Germany", "DEU", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
MERZ = actor("Friedrich Merz", "DEU", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
OXFAM = actor("Oxfam", "NGO", "NGO")

A4 = {
    "id": "hm96-de-04", "lang": "de", "url": None, "published": "2025-08-09", "title": None,
    "text": paragraphs([A4_S1, A4_S2, A4_S3], [A4_S4, A4_S5, A4_S6], [A4_S7, A4_S8, A4_S9]),
    "events": [
        event("SANCTION", GERMANY, ISRAEL, A4_S1, mode="discontinue"),
        event("SANCTION", MERZ, ISRAEL, A4_S2, mode="discontinue", date="2025-08-08", location="Berlin",
              location_country="DEU"),
        event("ACCUSE", NETANYAHU, GERMANY, A4_S4, mode="disapprove"),
        event("CONSULT", NETANYAHU, MERZ, A4_S5, mode="phone"),
        event("ACCUSE", NETANYAHU, MERZ, A4_S5, mode="disapprove"),
        event("ACCUSE", actor("Markus Söder", "DEU", "PTY"), MERZ, A4_S6, mode="disapprove"),
        event("ACCUSE", actor("Central Council of Jews in Germany", "DEU", "NGO"), GERMANY, A4_S7,
              mode="disapprove"),
        event("SUPPORT", OXFAM, GERMANY, A4_S8),
        event("REQUEST", OXFAM, GERMANY, A4_S8, mode="change"),
        event("SUPPORT", MERZ, ISRAEL, A4_S9),
    ],
    "quotes": [
        quote("den Terror der Hamas zu belohnen", "Benjamin Netanyahu", "indirect"),
        quote("Er habe Merz in einem Telefonat seine Enttäuschung mitgeteilt",
              "Office of the Prime Minister of Israel", "indirect"),
        quote("falsch", "Markus Söder", "direct"),
        quote("Die Entscheidung sei »falsch«", "Markus Söder", "indirect"),
        quote("fatalen Signal", "Central Council of Jews in Germany", "direct"),
        quote("Deutschland stehe weiter an der Seite Israels und werde sich für die Freilassung der Geiseln "
              "einsetzen", "Friedrich Merz", "indirect"),
    ],
    "entities": [
        entity("Germany", "GPE", "DEU", ["Die Bundesregierung", "Deutschland", "die Bundesregierung"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels", "der israelischen Regierung"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Friedrich Merz", "PER", "DEU", ["Bundeskanzler Friedrich Merz", "Merz"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Gaza City", "LOC", "PSE", ["die Stadt Gaza"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israels Ministerpräsident Benjamin Netanjahu", "Er"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Office of the Prime Minister of Israel", "ORG", "ISR", ["sein Büro"]),
        entity("Markus Söder", "PER", "DEU", ["CSU-Chef Markus Söder"]),
        entity("Central Council of Jews in Germany", "ORG", "DEU", ["Der Zentralrat der Juden in Deutschland"]),
        entity("Oxfam", "ORG", "NGO", ["Die Hilfsorganisation Oxfam"]),
    ],
}

# ---------------------------------------------------------------- hm96-en-01 (Ukraine aid pause)
B1_S1 = "President Donald Trump has paused U.S. military aid to Ukraine, a White House official said Monday."
B1_S2 = ("The move came three days after Vice President JD Vance accused Ukrainian President Volodymyr "
         "Zelenskyy of being “disrespectful” during a heated meeting in the Oval Office.")
B1_S3 = "Zelenskyy left the White House without signing a planned deal on Ukraine's mineral resources."
B1_S4 = ("“We are pausing and reviewing our aid to ensure that it is contributing to a solution,” the "
         "official said.")
B1_S5 = ("Zelenskyy on Tuesday called the Oval Office clash “regrettable” and said Ukraine was ready to "
         "sign the minerals agreement at any time.")
B1_S6 = "He also proposed a truce in the air and at sea if Russia did the same."
B1_S7 = "Kremlin spokesman Dmitry Peskov welcomed the pause, saying it could push Kyiv toward peace talks."
B1_S8 = ("British Prime Minister Keir Starmer announced on Sunday that Britain would supply Ukraine with "
         "more than 5,000 air defense missiles.")

TRUMP = actor("Donald Trump", "USA", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
ZELENSKYY = actor("Volodymyr Zelenskyy", "UKR", "GOV")
USA = actor("United States", "USA", "GOV")

B1 = {
    "id": "hm96-en-01", "lang": "en", "url": None, "published": "2025-03-04", "title": None,
    "text": paragraphs([B1_S1, B1_S2, B1_S3], [B1_S4, B1_S5, B1_S6], [B1_S7, B1_S8]),
    "events": [
        event("SANCTION", TRUMP, UKRAINE, B1_S1, mode="withdraw", date="2025-03-03"),
        event("ACCUSE", actor("JD Vance", "USA", "GOV"), ZELENSKYY, B1_S2, mode="disapprove",
              location="Washington", location_country="USA"),
        event("SUPPORT", ZELENSKYY, USA, B1_S3, negated=True),
        event("SANCTION", USA, UKRAINE, B1_S4, mode="withdraw"),
        event("CONCEDE", ZELENSKYY, None, B1_S5, date="2025-03-04"),
        event("AGREE", ZELENSKYY, USA, B1_S5, date="2025-03-04"),
        event("AGREE", ZELENSKYY, actor("Russia", "RUS", "GOV"), B1_S6),
        event("SUPPORT", actor("Dmitry Peskov", "RUS", "GOV"), USA, B1_S7),
        event("AGREE", actor("Keir Starmer", "GBR", "GOV"), UKRAINE, B1_S8, date="2025-03-02"),
    ],
    "quotes": [
        quote("President Donald Trump has paused U.S. military aid to Ukraine", "White House official",
              "indirect"),
        quote("disrespectful", "JD Vance", "direct"),
        quote("We are pausing and reviewing our aid to ensure that it is contributing to a solution",
              "White House official", "direct"),
        quote("regrettable", "Volodymyr Zelenskyy", "direct"),
        quote("Ukraine was ready to sign the minerals agreement at any time", "Volodymyr Zelenskyy",
              "indirect"),
        quote("it could push Kyiv toward peace talks", "Dmitry Peskov", "indirect"),
        quote("Britain would supply Ukraine with more than 5,000 air defense missiles", "Keir Starmer",
              "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("United States", "GPE", "USA", ["U.S."]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Ukraine's", "Kyiv"]),
        entity("White House official", "PER", "USA", ["a White House official", "the official"]),
        entity("JD Vance", "PER", "USA", ["Vice President JD Vance"]),
        entity("Volodymyr Zelenskyy", "PER", "UKR",
               ["Ukrainian President Volodymyr Zelenskyy", "Zelenskyy", "He"]),
        entity("White House", "LOC", "USA", ["the White House", "the Oval Office"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Keir Starmer", "PER", "GBR", ["British Prime Minister Keir Starmer"]),
        entity("United Kingdom", "GPE", "GBR", ["Britain"]),
    ],
}

# ---------------------------------------------------------------- hm96-en-02 (NATO, The Hague)
B2_S1 = ("NATO leaders agreed at a summit in The Hague on Wednesday to raise defense spending to 5% of "
         "economic output by 2035.")
B2_S2 = ("Spain refused to commit to the target, with Prime Minister Pedro Sánchez saying his country "
         "could meet its obligations by spending 2.1%.")
B2_S3 = "U.S. President Donald Trump threatened to make Spain “pay twice as much” in trade talks."
B2_S4 = "“They're the only country that's not paying,” Trump told reporters."
B2_S5 = "Sánchez rejected the criticism and said Spain was a reliable ally."
B2_S6 = ("NATO Secretary General Mark Rutte thanked Trump and said the alliance would also step up its "
         "support for Ukraine.")
B2_S7 = ("Trump met Ukrainian President Volodymyr Zelenskyy on the sidelines of the summit and said he "
         "would consider selling Kyiv more Patriot air defense systems.")
B2_S8 = "Russian Foreign Ministry spokeswoman Maria Zakharova accused the alliance of “militarizing” Europe."

NATO = actor("NATO", "IGO", "IGO")
SPAIN2 = actor("Spain", "ESP", "GOV")
TRUMP2 = actor("Donald Trump", "USA", "GOV")

B2 = {
    "id": "hm96-en-02", "lang": "en", "url": None, "published": "2025-06-25", "title": None,
    "text": paragraphs([B2_S1, B2_S2, B2_S3], [B2_S4, B2_S5, B2_S6], [B2_S7, B2_S8]),
    "events": [
        event("AGREE", NATO, None, B2_S1, date="2025-06-25", location="The Hague", location_country="NLD"),
        event("REJECT", SPAIN2, NATO, B2_S2),
        event("THREATEN", TRUMP2, SPAIN2, B2_S3),
        event("ACCUSE", TRUMP2, SPAIN2, B2_S4, mode="disapprove"),
        event("SUPPORT", actor("Mark Rutte", "IGO", "IGO"), TRUMP2, B2_S6),
        event("AGREE", actor("Mark Rutte", "IGO", "IGO"), actor("Ukraine", "UKR", "GOV"), B2_S6),
        event("CONSULT", TRUMP2, actor("Volodymyr Zelenskyy", "UKR", "GOV"), B2_S7),
        event("ACCUSE", actor("Maria Zakharova", "RUS", "GOV"), NATO, B2_S8, mode="disapprove"),
    ],
    "quotes": [
        quote("his country could meet its obligations by spending 2.1%", "Pedro Sánchez", "indirect"),
        quote("pay twice as much", "Donald Trump", "direct"),
        quote("They're the only country that's not paying", "Donald Trump", "direct"),
        quote("Spain was a reliable ally", "Pedro Sánchez", "indirect"),
        quote("the alliance would also step up its support for Ukraine", "Mark Rutte", "indirect"),
        quote("he would consider selling Kyiv more Patriot air defense systems", "Donald Trump", "indirect"),
        quote("militarizing", "Maria Zakharova", "direct"),
    ],
    "entities": [
        entity("NATO", "ORG", "IGO", ["NATO", "the alliance"]),
        entity("The Hague", "LOC", "NLD", ["The Hague"]),
        entity("Spain", "GPE", "ESP", ["Spain", "his country"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Prime Minister Pedro Sánchez", "Sánchez"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump", "he"]),
        entity("Mark Rutte", "PER", "IGO", ["NATO Secretary General Mark Rutte"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Kyiv"]),
        entity("Volodymyr Zelenskyy", "PER", "UKR", ["Ukrainian President Volodymyr Zelenskyy"]),
        entity("Maria Zakharova", "PER", "RUS", ["Russian Foreign Ministry spokeswoman Maria Zakharova"]),
        entity("Europe", "LOC", None, ["Europe"]),
    ],
}

ARTICLES = [A1, A2, A3, A4, B1, B2]
