"""Round 8 of the hand-made articles (written blind on 2026-11-29; see README.md).

Invented, wire-style texts (plausible, not reported facts), annotated by
../shared/data/articles/CONVENTIONS.md. Each text is built sentence by sentence with
`paragraphs`, so every evidence string is exactly one sentence of its text.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- r8-de-01: Greece / Turkey, Aegean marine parks ----------------------------------------------
TURKEY = actor("Turkey", "TUR", "GOV")
GREECE = actor("Greece", "GRC", "GOV")
TUR_MFA = actor("Turkish foreign ministry", "TUR", "GOV")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")

s1_1 = ("Die Türkei hat Griechenland vorgeworfen, mit neuen Meeresschutzgebieten in der Ägäis einseitig Fakten "
        "schaffen zu wollen.")
s1_2 = ("Die Pläne verletzten die Rechte der Türkei und seien »null und nichtig«, erklärte das Außenministerium "
        "in Ankara am Mittwoch.")
s1_3 = "Zugleich forderte Ankara Athen auf, die entsprechenden Seekarten zurückzuziehen."
s1_4 = "Die griechische Regierung wies die Forderung umgehend zurück."
s1_5 = ("Griechenland werde seine Souveränität »mit allen diplomatischen Mitteln« verteidigen, sagte "
        "Regierungssprecher Pavlos Marinakis in Athen.")
s1_6 = ("Ministerpräsident Kyriakos Mitsotakis telefonierte am Abend mit EU-Kommissionspräsidentin Ursula von "
        "der Leyen und unterrichtete sie über den Streit.")
s1_7 = "Die beiden Nato-Partner streiten seit Jahrzehnten über Hoheitsrechte in der Ägäis."
s1_8 = ("Im Dezember 2023 hatten Athen und Ankara bei einem Besuch des türkischen Präsidenten Recep Tayyip "
        "Erdoğan eine Erklärung über freundschaftliche Beziehungen unterzeichnet.")
s1_9 = "Seither war es in der Ägäis vergleichsweise ruhig geblieben."

B1 = {
    "id": "hm8-de-01", "lang": "de", "published": "2025-06-12",
    "title": "Ankara protestiert gegen griechische Meeresparks",
    "text": paragraphs([s1_1, s1_2, s1_3], [s1_4, s1_5, s1_6], [s1_7, s1_8, s1_9]),
    "events": [
        event("ACCUSE", TURKEY, GREECE, s1_1, mode="allege"),
        event("ACCUSE", TUR_MFA, GREECE, s1_2, mode="disapprove", date="2025-06-11"),
        event("REQUEST", TURKEY, GREECE, s1_3, mode="change"),
        event("REJECT", actor("Government of Greece", "GRC", "GOV"), TURKEY, s1_4, mode="change"),
        event("CONSULT", MITSOTAKIS, actor("Ursula von der Leyen", "EUR", "IGO"), s1_6, mode="phone",
              date="2025-06-11"),
        event("CONSULT", actor("Recep Tayyip Erdoğan", "TUR", "GOV"), GREECE, s1_8, mode="visit",
              location="Athens", location_country="GRC"),
        event("SUPPORT", GREECE, TURKEY, s1_8),
    ],
    "quotes": [
        quote("null und nichtig", "Turkish foreign ministry", "direct"),
        quote("Die Pläne verletzten die Rechte der Türkei und seien »null und nichtig«", "Turkish foreign ministry",
              "indirect"),
        quote("mit allen diplomatischen Mitteln", "Pavlos Marinakis", "direct"),
        quote("Griechenland werde seine Souveränität »mit allen diplomatischen Mitteln« verteidigen",
              "Pavlos Marinakis", "indirect"),
    ],
    "entities": [
        entity("Turkey", "GPE", "TUR", ["Die Türkei", "Türkei", "Ankara"]),
        entity("Greece", "GPE", "GRC", ["Griechenland", "Athen", "Die griechische Regierung"]),
        entity("Turkish foreign ministry", "ORG", "TUR", ["das Außenministerium in Ankara"]),
        entity("Pavlos Marinakis", "PER", "GRC", ["Regierungssprecher Pavlos Marinakis"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Ministerpräsident Kyriakos Mitsotakis"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen", "sie"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["des türkischen Präsidenten Recep Tayyip Erdoğan"]),
        entity("Aegean Sea", "LOC", None, ["Ägäis"]),
    ],
}

# --- r8-de-02: Syria, government and SDF ----------------------------------------------------------
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
SDF = actor("Syrian Democratic Forces", "SYR", "REB")
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
ABDI = actor("Mazloum Abdi", "SYR", "REB")
FIDAN = actor("Hakan Fidan", "TUR", "GOV")

s2_1 = ("Die syrische Übergangsregierung und die kurdisch geführten Demokratischen Kräfte Syriens (SDF) haben "
        "sich auf eine Eingliederung der Miliz in die staatlichen Institutionen geeinigt.")
s2_2 = "Übergangspräsident Ahmed al-Scharaa empfing SDF-Kommandeur Maslum Abdi dazu am Montag in Damaskus."
s2_3 = ("Grenzübergänge, Flughäfen und Ölfelder im Nordosten sollen bis zum Jahresende unter staatliche Kontrolle "
        "kommen.")
s2_4 = "Abdi sprach von einer „echten Chance, ein neues Syrien aufzubauen“."
s2_5 = "Die Einigung kam wenige Tage nach schweren Kämpfen in der Küstenregion, bei denen Hunderte Zivilisten getötet wurden."
s2_6 = "Al-Scharaa kündigte eine unabhängige Untersuchung der Tötungen an."
s2_7 = ("Der türkische Außenminister Hakan Fidan forderte die SDF auf, ihre ausländischen Kämpfer aus Syrien "
        "abzuziehen.")
s2_8 = "Laut Fidan dürfe es im neuen Syrien »keinen Platz für Terrororganisationen« geben."
s2_9 = "Ankara betrachtet die Miliz als Ableger der verbotenen kurdischen Arbeiterpartei PKK."

B2 = {
    "id": "hm8-de-02", "lang": "de", "published": "2025-03-11", "title": None,
    "text": paragraphs([s2_1, s2_2, s2_3, s2_4], [s2_5, s2_6], [s2_7, s2_8, s2_9]),
    "events": [
        event("AGREE", SYR_GOV, SDF, s2_1),
        event("CONSULT", ABDI, SHARAA, s2_2, mode="visit", date="2025-03-10", location="Damascus",
              location_country="SYR"),
        event("ACCUSE", SHARAA, None, s2_6, mode="investigate"),
        event("REQUEST", FIDAN, SDF, s2_7, mode="yield"),
    ],
    "quotes": [
        quote("echten Chance, ein neues Syrien aufzubauen", "Mazloum Abdi", "direct"),
        quote("dürfe es im neuen Syrien »keinen Platz für Terrororganisationen« geben", "Hakan Fidan", "indirect"),
        quote("keinen Platz für Terrororganisationen", "Hakan Fidan", "direct"),
    ],
    "entities": [
        entity("Government of Syria", "ORG", "SYR", ["Die syrische Übergangsregierung"]),
        entity("Syrian Democratic Forces", "ORG", "SYR", ["Demokratischen Kräfte Syriens (SDF)", "die SDF",
                                                          "die Miliz"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Übergangspräsident Ahmed al-Scharaa", "Al-Scharaa"]),
        entity("Mazloum Abdi", "PER", "SYR", ["SDF-Kommandeur Maslum Abdi", "Abdi"]),
        entity("Hakan Fidan", "PER", "TUR", ["Der türkische Außenminister Hakan Fidan", "Fidan"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Kurdistan Workers' Party", "ORG", "TUR", ["kurdischen Arbeiterpartei PKK"]),
    ],
}

# --- r8-de-03: South Korea, martial law -----------------------------------------------------------
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
KOR_ASSEMBLY = actor("National Assembly of South Korea", "KOR", "LEG")
KOR_DP = actor("Democratic Party of Korea", "KOR", "OPP")

s3_1 = ("Südkoreas Präsident Yoon Suk Yeol hat das am Dienstagabend verhängte Kriegsrecht nach rund sechs "
        "Stunden wieder aufgehoben.")
s3_2 = ("Zuvor hatte die Nationalversammlung in einer nächtlichen Sitzung mit den Stimmen aller 190 anwesenden "
        "Abgeordneten die Aufhebung verlangt.")
s3_3 = "Das Militär hatte in der Nacht Spezialkräfte vor dem Parlament in Seoul zusammengezogen."
s3_4 = "Die Polizei nahm nach eigenen Angaben keine Abgeordneten fest."
s3_5 = ("Yoon hatte das Kriegsrecht in einer Fernsehansprache ausgerufen und erklärt, die Opposition lähme die "
        "Regierung und sympathisiere mit Nordkorea.")
s3_6 = "Die oppositionelle Demokratische Partei forderte seinen sofortigen Rücktritt."
s3_7 = "„Das war ein Putschversuch“, sagte Oppositionsführer Lee Jae Myung vor Journalisten."
s3_8 = ("Tausende Menschen demonstrierten am Mittwoch vor dem Parlament gegen den Präsidenten, der Zugang zum "
        "Gebäude blieb abgesperrt.")
s3_9 = "US-Außenminister Antony Blinken begrüßte die Aufhebung des Kriegsrechts."
s3_10 = "Es war das erste Mal seit 1980, dass in Südkorea das Kriegsrecht verhängt wurde."

B3 = {
    "id": "hm8-de-03", "lang": "de", "published": "2024-12-04",
    "title": "Südkoreas Präsident hebt Kriegsrecht wieder auf",
    "text": paragraphs([s3_1, s3_2, s3_3, s3_4], [s3_5, s3_6, s3_7], [s3_8, s3_9, s3_10]),
    "events": [
        event("RETREAT", YOON, None, s3_1, date="2024-12-04"),
        event("REQUEST", KOR_ASSEMBLY, YOON, s3_2, mode="yield"),
        event("MOBILIZE", actor("South Korean military", "KOR", "MIL"), None, s3_3, mode="troops",
              location="Seoul", location_country="KOR"),
        event("COERCE", actor("South Korean police", "KOR", "COP"), KOR_ASSEMBLY, s3_4, mode="arrest",
              negated=True),
        event("COERCE", YOON, None, s3_5, mode="restrict", date="2024-12-03"),
        event("ACCUSE", YOON, KOR_DP, s3_5, mode="allege"),
        event("REQUEST", KOR_DP, YOON, s3_6, mode="change"),
        event("ACCUSE", actor("Lee Jae-myung", "KOR", "OPP"), YOON, s3_7, mode="allege"),
        event("PROTEST", actor("protesters in Seoul", "KOR", "CVL"), YOON, s3_8, mode="demo", date="2024-12-04",
              location="Seoul", location_country="KOR"),
        event("SUPPORT", actor("Antony Blinken", "USA", "GOV"), actor("South Korea", "KOR", "GOV"), s3_9),
    ],
    "quotes": [
        quote("die Opposition lähme die Regierung und sympathisiere mit Nordkorea", "Yoon Suk Yeol", "indirect"),
        quote("Das war ein Putschversuch", "Lee Jae-myung", "direct"),
    ],
    "entities": [
        entity("Yoon Suk Yeol", "PER", "KOR", ["Südkoreas Präsident Yoon Suk Yeol", "Yoon", "seinen",
                                              "den Präsidenten"]),
        entity("National Assembly of South Korea", "ORG", "KOR", ["die Nationalversammlung", "dem Parlament"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Die oppositionelle Demokratische Partei"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Oppositionsführer Lee Jae Myung"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("North Korea", "GPE", "PRK", ["Nordkorea"]),
    ],
}

# --- r8-de-04: Poland / Belarus border -------------------------------------------------------------
TUSK = actor("Donald Tusk", "POL", "GOV")

s4_1 = "Polen hat Tausende zusätzliche Soldaten in das Grenzgebiet im Osten des Landes verlegt."
s4_2 = "Zudem soll ein bis zu 200 Meter breiter Streifen entlang des Grenzzauns für Unbefugte gesperrt werden."
s4_3 = ("Ministerpräsident Donald Tusk begründete die Schritte am Donnerstag mit dem Tod eines Soldaten, der "
        "Ende Mai an der Grenze mit einem Messer verletzt worden war.")
s4_4 = ("Tusk warf Belarus und Russland vor, gezielt Migranten an die Grenze zu schleusen, um die EU zu "
        "destabilisieren.")
s4_5 = "„Wir werden die polnische Grenze verteidigen, koste es, was es wolle“, sagte er in Warschau."
s4_6 = "Die Regierung in Minsk wies die Vorwürfe zurück."
s4_7 = ("Das belarussische Außenministerium bestellte den polnischen Geschäftsträger ein und protestierte "
        "gegen die Truppenverlegung.")
s4_8 = "Laut Grenzschutz versuchten allein im Mai mehr als 5000 Menschen, die Grenze illegal zu überqueren."
s4_9 = "Die EU-Kommission sagte Warschau zusätzliche Mittel für den Grenzschutz zu."
s4_10 = "Amnesty International kritisierte die geplante Sperrzone als Verstoß gegen das Asylrecht."

B4 = {
    "id": "hm8-de-04", "lang": "de", "published": "2024-06-07", "title": None,
    "text": paragraphs([s4_1, s4_2, s4_3], [s4_4, s4_5, s4_6, s4_7], [s4_8, s4_9, s4_10]),
    "events": [
        event("MOBILIZE", actor("Polish military", "POL", "MIL"), None, s4_1, mode="troops"),
        event("ACCUSE", TUSK, actor("Belarus", "BLR", "GOV"), s4_4, mode="allege"),
        event("ACCUSE", TUSK, actor("Russia", "RUS", "GOV"), s4_4, mode="allege"),
        event("ACCUSE", actor("Belarusian foreign ministry", "BLR", "GOV"), actor("Poland", "POL", "GOV"), s4_7,
              mode="disapprove"),
        event("AGREE", actor("European Commission", "EUR", "IGO"), actor("Poland", "POL", "GOV"), s4_9),
        event("ACCUSE", actor("Amnesty International", "NGO", "NGO"), actor("Government of Poland", "POL", "GOV"),
              s4_10, mode="disapprove"),
    ],
    "quotes": [
        quote("Wir werden die polnische Grenze verteidigen, koste es, was es wolle", "Donald Tusk", "direct"),
        quote("versuchten allein im Mai mehr als 5000 Menschen, die Grenze illegal zu überqueren",
              "Polish Border Guard", "indirect"),
    ],
    "entities": [
        entity("Poland", "GPE", "POL", ["Polen", "Warschau"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "Tusk", "er"]),
        entity("Belarus", "GPE", "BLR", ["Belarus", "Minsk"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Belarusian foreign ministry", "ORG", "BLR", ["Das belarussische Außenministerium"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Polish Border Guard", "ORG", "POL", ["Grenzschutz"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
    ],
}

# --- r8-en-01: Uganda, Besigye before a military court --------------------------------------------
BESIGYE = actor("Kizza Besigye", "UGA", "OPP")
UGA_COURT = actor("Ugandan military court", "UGA", "JUD")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
UGA_POLICE = actor("Ugandan police", "UGA", "COP")

e1_1 = ("A Ugandan military court on Monday refused to grant bail to veteran opposition leader Kizza Besigye, "
        "who is charged with treachery and illegal possession of firearms.")
e1_2 = ("Besigye, 68, was abducted in Nairobi in November and driven back to Uganda, according to his wife, "
        "Winnie Byanyima.")
e1_3 = "His lawyers accused the government of using military courts to silence critics."
e1_4 = "\"This is a political trial, not a criminal one,\" one of them told reporters outside the court in Kampala."
e1_5 = ("Police fired tear gas to disperse dozens of supporters of opposition politician Bobi Wine who had "
        "gathered near the court.")
e1_6 = ("Bobi Wine, whose real name is Robert Kyagulanyi, said police had arrested several members of his "
        "National Unity Platform party.")
e1_7 = "Information Minister Chris Baryomunsi said Besigye would receive a fair trial."
e1_8 = ("The U.N. human rights office has urged Uganda to stop trying civilians before military tribunals.")

B5 = {
    "id": "hm8-en-01", "lang": "en", "published": "2025-01-14",
    "title": "Ugandan military court denies bail to opposition figure Besigye",
    "text": paragraphs([e1_1, e1_2], [e1_3, e1_4], [e1_5, e1_6, e1_7, e1_8]),
    "events": [
        event("REJECT", UGA_COURT, BESIGYE, e1_1, mode="yield", date="2025-01-13", location="Kampala",
              location_country="UGA"),
        event("ACCUSE", actor("lawyers of Kizza Besigye", "UGA", "CVL"), UGA_GOV, e1_3, mode="allege"),
        event("ACCUSE", actor("lawyer of Kizza Besigye", "UGA", "CVL"), UGA_COURT, e1_4, mode="disapprove"),
        event("ASSAULT", UGA_POLICE, actor("supporters of Bobi Wine", "UGA", "OPP"), e1_5, mode="crowd-control",
              location="Kampala", location_country="UGA"),
        event("ACCUSE", actor("Bobi Wine", "UGA", "OPP"), UGA_POLICE, e1_6, mode="allege"),
        event("REQUEST", actor("U.N. human rights office", "UNO", "IGO"), UGA_GOV, e1_8, mode="change"),
    ],
    "quotes": [
        quote("Besigye, 68, was abducted in Nairobi in November and driven back to Uganda", "Winnie Byanyima",
              "indirect"),
        quote("This is a political trial, not a criminal one", "lawyer of Kizza Besigye", "direct"),
        quote("police had arrested several members of his National Unity Platform party", "Bobi Wine", "indirect"),
        quote("Besigye would receive a fair trial", "Chris Baryomunsi", "indirect"),
    ],
    "entities": [
        entity("Kizza Besigye", "PER", "UGA", ["veteran opposition leader Kizza Besigye", "Besigye", "His"]),
        entity("Winnie Byanyima", "PER", "UGA", ["his wife, Winnie Byanyima"]),
        entity("Bobi Wine", "PER", "UGA", ["opposition politician Bobi Wine", "Bobi Wine", "Robert Kyagulanyi"]),
        entity("National Unity Platform", "ORG", "UGA", ["National Unity Platform"]),
        entity("Chris Baryomunsi", "PER", "UGA", ["Information Minister Chris Baryomunsi"]),
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("U.N. human rights office", "ORG", "UNO", ["The U.N. human rights office"]),
    ],
}

# --- r8-en-02: Peru, protests against Boluarte ----------------------------------------------------
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
PER_PROTESTERS = actor("protesters in Lima", "PER", "CVL")

e2_1 = ("Thousands of protesters from Peru's southern regions marched through Lima on Thursday to demand the "
        "resignation of President Dina Boluarte.")
e2_2 = ("Police fired tear gas at demonstrators who tried to reach Congress, and a historic building near the "
        "main square caught fire during the clashes.")
e2_3 = ("Boluarte accused the organisers of seeking to \"break the rule of law\" and said those responsible for "
        "violence would be punished.")
e2_4 = "She again rejected calls to step down."
e2_5 = ("More than 50 people have been killed in the unrest since the ouster and arrest of former President "
        "Pedro Castillo in December, according to the ombudsman's office.")
e2_6 = ("The Inter-American Commission on Human Rights called on the authorities to investigate the deaths and "
        "to respect the right to peaceful protest.")
e2_7 = "Boluarte, who was Castillo's vice president, took office on Dec. 7."

B6 = {
    "id": "hm8-en-02", "lang": "en", "published": "2023-01-20", "title": None,
    "text": paragraphs([e2_1, e2_2], [e2_3, e2_4], [e2_5, e2_6, e2_7]),
    "events": [
        event("PROTEST", PER_PROTESTERS, BOLUARTE, e2_1, mode="demo", date="2023-01-19", location="Lima",
              location_country="PER"),
        event("ASSAULT", actor("Peruvian police", "PER", "COP"), PER_PROTESTERS, e2_2, mode="crowd-control",
              location="Lima", location_country="PER"),
        event("ACCUSE", BOLUARTE, actor("organisers of the protests in Lima", "PER", "CVL"), e2_3, mode="allege"),
        event("THREATEN", BOLUARTE, PER_PROTESTERS, e2_3, mode="arrest"),
        event("REJECT", BOLUARTE, PER_PROTESTERS, e2_4, mode="yield"),
        event("REQUEST", actor("Inter-American Commission on Human Rights", "IGO", "IGO"),
              actor("Government of Peru", "PER", "GOV"), e2_6, mode="change"),
    ],
    "quotes": [
        quote("break the rule of law", "Dina Boluarte", "direct"),
        quote("those responsible for violence would be punished", "Dina Boluarte", "indirect"),
        quote("More than 50 people have been killed in the unrest since the ouster and arrest of former President "
              "Pedro Castillo in December", "Peruvian Ombudsman's Office", "indirect"),
    ],
    "entities": [
        entity("Dina Boluarte", "PER", "PER", ["President Dina Boluarte", "Boluarte", "She"]),
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Congress of Peru", "ORG", "PER", ["Congress"]),
        entity("Pedro Castillo", "PER", "PER", ["former President Pedro Castillo", "Castillo's"]),
        entity("Peruvian Ombudsman's Office", "ORG", "PER", ["the ombudsman's office"]),
        entity("Inter-American Commission on Human Rights", "ORG", "IGO",
               ["The Inter-American Commission on Human Rights"]),
    ],
}

ARTICLES = [B1, B2, B3, B4, B5, B6]
