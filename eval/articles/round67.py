"""Round 67: six hand-made blind articles (4 German, 2 English), written 2026-11-30.

Invented but plausible wire-style reports on real 2023-2025 settings (Middle East, South Asia,
Pacific); the events are not reported facts.

- hm67-de-01: settlers torch homes in Huwara while Israeli and Palestinian officials meet in Aqaba
  (2023-02-27)
- hm67-de-02: Pakistan and Afghanistan agree a ceasefire in Doha after border fighting (2025-10-19)
- hm67-de-03: Australia expels Iran's ambassador over antisemitic arson attacks (2025-08-26)
- hm67-de-04: Sonam Wangchuk detained after deadly unrest in Leh, Ladakh (2025-09-26)
- hm67-en-01: the Taliban bar Afghan women from working for the UN (2023-04-05)
- hm67-en-02: China lifts its tariffs on Australian wine (2024-03-28)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------------------
# hm67-de-01 Huwara / Aqaba
# ---------------------------------------------------------------------------
D1_S1 = ("Radikale israelische Siedler haben am Sonntagabend im palästinensischen Ort Huwara im "
         "Westjordanland Dutzende Häuser und Autos in Brand gesetzt.")
D1_S2 = "Zuvor waren zwei Brüder aus einer nahen Siedlung an einer Straßensperre erschossen worden."
D1_S3 = ("Ein 37-jähriger Palästinenser wurde nach Angaben des palästinensischen Gesundheitsministeriums "
         "getötet, fast 100 Menschen wurden verletzt.")
D1_S4 = "Die Armee verlegte in der Nacht zusätzliche Bataillone in das Gebiet."
D1_S5 = ("Palästinenserpräsident Mahmud Abbas machte die israelische Regierung für die »terroristischen "
         "Akte der Siedler« verantwortlich.")
D1_S6 = "Regierungschef Benjamin Netanjahu rief die Siedler auf, das Recht nicht in die eigenen Hände zu nehmen."
D1_S7 = ("Nur Stunden vor der Gewalt hatten sich Sicherheitsvertreter Israels und der Palästinensischen "
         "Autonomiebehörde im jordanischen Akaba getroffen.")
D1_S8 = ("Das jordanische Außenministerium teilte mit, Israel habe zugesagt, vier Monate lang keine neuen "
         "Siedlungen zu genehmigen.")
D1_S9 = ("Finanzminister Bezalel Smotrich wies die Forderung Washingtons nach einem Baustopp umgehend zurück: "
         "„Es wird keinen Baustopp geben, nicht einmal für einen Tag.“")
D1_S10 = "US-Außenamtssprecher Ned Price nannte die Angriffe der Siedler »inakzeptabel«."
D1_S11 = "Die Polizei nahm nach eigenen Angaben am Montag zwei Verdächtige fest."

ISR_SETTLERS = actor("Israeli settlers", "ISR", "CVL")
HUWARA_RESIDENTS = actor("residents of Huwara", "PSE", "CVL")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")
SMOTRICH = actor("Bezalel Smotrich", "ISR", "GOV")
USA = actor("United States", "USA", "GOV")
PRICE = actor("Ned Price", "USA", "GOV")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
SUSPECTS = actor("suspects", "ISR", "CVL")

DE01 = {
    "id": "hm67-de-01",
    "lang": "de",
    "url": None,
    "published": "2023-02-27",
    "title": "Siedler setzen Häuser in Huwara in Brand – Treffen in Akaba",
    "text": paragraphs([D1_S1, D1_S2, D1_S3, D1_S4], [D1_S5, D1_S6, D1_S7, D1_S8], [D1_S9, D1_S10, D1_S11]),
    "events": [
        event("ASSAULT", ISR_SETTLERS, HUWARA_RESIDENTS, D1_S1, mode="primitive", date="2023-02-26",
              location="Huwara", location_country="PSE"),
        event("MOBILIZE", IDF, None, D1_S4, mode="troops"),
        event("ACCUSE", ABBAS, ISR_GOV, D1_S5, mode="disapprove"),
        event("REQUEST", NETANYAHU, ISR_SETTLERS, D1_S6),
        event("CONSULT", ISRAEL, PA, D1_S7, mode="third-party", date="2023-02-26", location="Aqaba",
              location_country="JOR"),
        event("AGREE", ISRAEL, PA, D1_S8),
        event("REJECT", SMOTRICH, USA, D1_S9),
        event("ACCUSE", PRICE, ISR_SETTLERS, D1_S10, mode="disapprove"),
        event("COERCE", ISR_POLICE, SUSPECTS, D1_S11, mode="arrest", date="2023-02-27"),
    ],
    "quotes": [
        quote("Ein 37-jähriger Palästinenser wurde nach Angaben des palästinensischen Gesundheitsministeriums "
              "getötet, fast 100 Menschen wurden verletzt", "Palestinian Ministry of Health", "indirect"),
        quote("terroristischen Akte der Siedler", "Mahmoud Abbas", "direct"),
        quote("Israel habe zugesagt, vier Monate lang keine neuen Siedlungen zu genehmigen",
              "Ministry of Foreign Affairs of Jordan", "indirect"),
        quote("Es wird keinen Baustopp geben, nicht einmal für einen Tag", "Bezalel Smotrich", "direct"),
        quote("inakzeptabel", "Ned Price", "direct"),
        quote("Die Polizei nahm nach eigenen Angaben am Montag zwei Verdächtige fest", "Israel Police", "indirect"),
    ],
    "entities": [
        entity("Israeli settlers", "ORG", "ISR", ["Radikale israelische Siedler", "die Siedler", "der Siedler"]),
        entity("Huwara", "LOC", "PSE", ["Huwara"]),
        entity("West Bank", "LOC", "PSE", ["Westjordanland"]),
        entity("Palestinian Ministry of Health", "ORG", "PSE", ["des palästinensischen Gesundheitsministeriums"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die Armee"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palästinenserpräsident Mahmud Abbas"]),
        entity("Government of Israel", "ORG", "ISR", ["die israelische Regierung"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Regierungschef Benjamin Netanjahu"]),
        entity("Israel", "GPE", "ISR", ["Israels", "Israel"]),
        entity("Palestinian Authority", "ORG", "PSE", ["der Palästinensischen Autonomiebehörde"]),
        entity("Aqaba", "LOC", "JOR", ["Akaba"]),
        entity("Ministry of Foreign Affairs of Jordan", "ORG", "JOR", ["Das jordanische Außenministerium"]),
        entity("Bezalel Smotrich", "PER", "ISR", ["Finanzminister Bezalel Smotrich"]),
        entity("United States", "GPE", "USA", ["Washingtons"]),
        entity("Ned Price", "PER", "USA", ["US-Außenamtssprecher Ned Price"]),
        entity("Israel Police", "ORG", "ISR", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------------------
# hm67-de-02 Pakistan / Afghanistan, Doha ceasefire
# ---------------------------------------------------------------------------
D2_S1 = ("Pakistan und Afghanistan haben sich nach Angaben des katarischen Außenministeriums am frühen Sonntag "
         "auf eine sofortige Waffenruhe geeinigt.")
D2_S2 = ("Pakistans Verteidigungsminister Khawaja Asif und sein afghanischer Kollege Mohammad Yakub hatten am "
         "Samstag in Doha unter Vermittlung Katars und der Türkei verhandelt.")
D2_S3 = "Beide Seiten sagten zu, sich in der kommenden Woche in Istanbul erneut zu treffen."
D2_S3B = "Auf eine Öffnung der Grenzübergänge einigten sie sich nicht."
D2_S4 = ("Bei den schwersten Kämpfen seit der Machtübernahme der Taliban 2021 waren in den vergangenen Tagen "
         "Dutzende Soldaten und Zivilisten getötet worden.")
D2_S5 = "Pakistanische Kampfflugzeuge hatten am Freitag Ziele in der Grenzprovinz Paktika bombardiert."
D2_S6 = ("Taliban-Sprecher Sabihullah Mudschahid warf Islamabad vor, Wohnhäuser bombardiert und zehn "
         "Zivilisten getötet zu haben.")
D2_S7 = ("Pakistans Armee wiederum beschuldigte die Taliban, Kämpfern der pakistanischen Taliban (TTP) "
         "Unterschlupf zu gewähren.")
D2_S8 = ("Verteidigungsminister Asif sagte, die Vereinbarung sei ein „erster Schritt“, Pakistan werde aber auf "
         "jeden weiteren Angriff aus Afghanistan antworten.")
D2_S9 = "Mudschahid erklärte, Kabul werde das Abkommen einhalten, solange Pakistan seinen Luftraum respektiere."
D2_S10 = "Islamabad hatte in der vergangenen Woche alle Grenzübergänge nach Afghanistan geschlossen."

PAKISTAN = actor("Pakistan", "PAK", "GOV")
AFGHANISTAN = actor("Afghanistan", "AFG", "GOV")
ASIF = actor("Khawaja Asif", "PAK", "GOV")
YAQOOB = actor("Mohammad Yaqoob", "AFG", "GOV")
PAK_MIL = actor("Pakistan", "PAK", "MIL")
AFG_TARGET = actor("Afghanistan", "AFG", None)
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")
TALIBAN = actor("Taliban", "AFG", "GOV")

DE02 = {
    "id": "hm67-de-02",
    "lang": "de",
    "url": None,
    "published": "2025-10-19",
    "title": "Pakistan und Afghanistan vereinbaren in Doha eine Waffenruhe",
    "text": paragraphs([D2_S1, D2_S2, D2_S3, D2_S3B], [D2_S4, D2_S5, D2_S6, D2_S7], [D2_S8, D2_S9, D2_S10]),
    "events": [
        event("AGREE", PAKISTAN, AFGHANISTAN, D2_S1, date="2025-10-19"),
        event("CONSULT", ASIF, YAQOOB, D2_S2, mode="third-party", date="2025-10-18", location="Doha",
              location_country="QAT"),
        event("AGREE", PAKISTAN, AFGHANISTAN, D2_S3),
        event("AGREE", PAKISTAN, AFGHANISTAN, D2_S3B, negated=True),
        event("ASSAULT", PAK_MIL, AFG_TARGET, D2_S5, mode="aerial", date="2025-10-17", location="Paktika",
              location_country="AFG"),
        event("ACCUSE", MUJAHID, PAKISTAN, D2_S6, mode="allege"),
        event("ACCUSE", PAK_ARMY, TALIBAN, D2_S7, mode="allege"),
        event("THREATEN", ASIF, AFGHANISTAN, D2_S8, mode="violence"),
        event("COERCE", PAKISTAN, AFGHANISTAN, D2_S10, mode="restrict"),
    ],
    "quotes": [
        quote("Pakistan und Afghanistan haben sich nach Angaben des katarischen Außenministeriums am frühen "
              "Sonntag auf eine sofortige Waffenruhe geeinigt", "Ministry of Foreign Affairs of Qatar", "indirect"),
        quote("Wohnhäuser bombardiert und zehn Zivilisten getötet zu haben", "Zabihullah Mujahid", "indirect"),
        quote("Kämpfern der pakistanischen Taliban (TTP) Unterschlupf zu gewähren", "Pakistan Army", "indirect"),
        quote("erster Schritt", "Khawaja Asif", "direct"),
        quote("die Vereinbarung sei ein „erster Schritt“, Pakistan werde aber auf jeden weiteren Angriff aus "
              "Afghanistan antworten", "Khawaja Asif", "indirect"),
        quote("Kabul werde das Abkommen einhalten, solange Pakistan seinen Luftraum respektiere",
              "Zabihullah Mujahid", "indirect"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Pakistans", "Islamabad"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "Kabul"]),
        entity("Ministry of Foreign Affairs of Qatar", "ORG", "QAT", ["des katarischen Außenministeriums"]),
        entity("Qatar", "GPE", "QAT", ["Katars"]),
        entity("Turkey", "GPE", "TUR", ["der Türkei"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Khawaja Asif", "PER", "PAK", ["Pakistans Verteidigungsminister Khawaja Asif",
                                              "Verteidigungsminister Asif"]),
        entity("Mohammad Yaqoob", "PER", "AFG", ["sein afghanischer Kollege Mohammad Yakub"]),
        entity("Taliban", "ORG", "AFG", ["der Taliban", "die Taliban"]),
        entity("Paktika", "LOC", "AFG", ["Grenzprovinz Paktika"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban-Sprecher Sabihullah Mudschahid", "Mudschahid"]),
        entity("Pakistan Army", "ORG", "PAK", ["Pakistans Armee"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK", ["pakistanischen Taliban (TTP)"]),
    ],
}

# ---------------------------------------------------------------------------
# hm67-de-03 Australia expels Iran's ambassador
# ---------------------------------------------------------------------------
D3_S1 = ("Australien hat den iranischen Botschafter Ahmad Sadeghi ausgewiesen und wirft Teheran vor, "
         "mindestens zwei antisemitische Brandanschläge gesteuert zu haben.")
D3_S2 = ("Der Diplomat und drei weitere Botschaftsmitarbeiter müssen das Land binnen sieben Tagen verlassen, "
         "wie Premierminister Anthony Albanese am Dienstag in Canberra sagte.")
D3_S3 = ("Der Geheimdienst ASIO sei zu dem Schluss gekommen, dass die Revolutionsgarden hinter den Anschlägen "
         "auf ein koscheres Restaurant in Sydney und eine Synagoge in Melbourne stünden, sagte der Regierungschef.")
D3_S4 = "Canberra setzt zudem den Betrieb seiner Botschaft in Teheran aus und zieht seine Diplomaten ab."
D3_S5 = "Außenministerin Penny Wong rief alle Australier in Iran auf, das Land so schnell wie möglich zu verlassen."
D3_S6 = "Israels Außenminister Gideon Saar lobte den »mutigen Schritt« der australischen Regierung."
D3_S7 = "Der iranische Außenamtssprecher Esmail Baghaei wies die Vorwürfe als »völlig haltlos« zurück."
D3_S8 = "Iran werde angemessen reagieren, sagte er."
D3_S9 = "Es ist die erste Ausweisung eines Botschafters durch Australien seit dem Zweiten Weltkrieg."

AUSTRALIA = actor("Australia", "AUS", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
WONG = actor("Penny Wong", "AUS", "GOV")
AUS_CITIZENS = actor("Australian citizens in Iran", "AUS", "CVL")
SAAR = actor("Gideon Sa'ar", "ISR", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
BAGHAEI = actor("Esmail Baghaei", "IRN", "GOV")

DE03 = {
    "id": "hm67-de-03",
    "lang": "de",
    "url": None,
    "published": "2025-08-26",
    "title": "Australien weist iranischen Botschafter aus",
    "text": paragraphs([D3_S1, D3_S2, D3_S3], [D3_S4, D3_S5, D3_S6], [D3_S7, D3_S8, D3_S9]),
    "events": [
        event("SANCTION", AUSTRALIA, IRAN, D3_S1, mode="expel", date="2025-08-26"),
        event("ACCUSE", AUSTRALIA, IRAN, D3_S1, mode="allege", date="2025-08-26"),
        event("SANCTION", AUSTRALIA, IRAN, D3_S2, mode="expel", date="2025-08-26"),
        event("ACCUSE", ALBANESE, IRGC, D3_S3, mode="allege"),
        event("SANCTION", AUSTRALIA, IRAN, D3_S4, mode="withdraw", location="Tehran", location_country="IRN"),
        event("REQUEST", WONG, AUS_CITIZENS, D3_S5),
        event("SUPPORT", SAAR, AUS_GOV, D3_S6),
        event("THREATEN", BAGHAEI, AUSTRALIA, D3_S8),
    ],
    "quotes": [
        quote("mindestens zwei antisemitische Brandanschläge gesteuert zu haben", "Australia", "indirect"),
        quote("Der Diplomat und drei weitere Botschaftsmitarbeiter müssen das Land binnen sieben Tagen verlassen",
              "Anthony Albanese", "indirect"),
        quote("Der Geheimdienst ASIO sei zu dem Schluss gekommen, dass die Revolutionsgarden hinter den Anschlägen "
              "auf ein koscheres Restaurant in Sydney und eine Synagoge in Melbourne stünden",
              "Anthony Albanese", "indirect"),
        quote("mutigen Schritt", "Gideon Sa'ar", "direct"),
        quote("völlig haltlos", "Esmail Baghaei", "direct"),
        quote("Iran werde angemessen reagieren", "Esmail Baghaei", "indirect"),
    ],
    "entities": [
        entity("Australia", "GPE", "AUS", ["Australien", "Canberra"]),
        entity("Iran", "GPE", "IRN", ["Teheran", "Iran"]),
        entity("Ahmad Sadeghi", "PER", "IRN", ["den iranischen Botschafter Ahmad Sadeghi", "Der Diplomat"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "der Regierungschef"]),
        entity("Australian Security Intelligence Organisation", "ORG", "AUS", ["Der Geheimdienst ASIO"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["die Revolutionsgarden"]),
        entity("Sydney", "LOC", "AUS", ["Sydney"]),
        entity("Melbourne", "LOC", "AUS", ["Melbourne"]),
        entity("Penny Wong", "PER", "AUS", ["Außenministerin Penny Wong"]),
        entity("Gideon Sa'ar", "PER", "ISR", ["Israels Außenminister Gideon Saar"]),
        entity("Israel", "GPE", "ISR", ["Israels"]),
        entity("Government of Australia", "ORG", "AUS", ["der australischen Regierung"]),
        entity("Esmail Baghaei", "PER", "IRN", ["Der iranische Außenamtssprecher Esmail Baghaei", "er"]),
    ],
}

# ---------------------------------------------------------------------------
# hm67-de-04 Ladakh, Wangchuk detained
# ---------------------------------------------------------------------------
D4_S1 = ("Die indische Polizei hat den Klimaaktivisten Sonam Wangchuk am Freitag zwei Tage nach tödlichen "
         "Unruhen in der Himalaya-Region Ladakh festgenommen.")
D4_S2 = ("Am Mittwoch hatten Demonstranten in Leh ein Büro der regierenden hindunationalistischen BJP und "
         "mehrere Fahrzeuge in Brand gesetzt.")
D4_S3 = "Die Polizei eröffnete das Feuer, vier Menschen wurden getötet und Dutzende verletzt."
D4_S4 = "Die Behörden verhängten eine Ausgangssperre über die Stadt."
D4_S5 = ("Das Innenministerium in Neu-Delhi machte Wangchuk für die Gewalt verantwortlich: Er habe die Menge "
         "mit »provokativen Äußerungen« aufgestachelt.")
D4_S6 = ("Wangchuk, der seit zwei Wochen für einen eigenen Bundesstaat Ladakh im Hungerstreik war, hatte diesen "
         "nach Ausbruch der Gewalt abgebrochen.")
D4_S7 = "„Das ist der traurigste Tag in meinem Leben“, hatte der 59-Jährige am Mittwoch gesagt."
D4_S8 = ("Die Apex Body Leh, die die Proteste anführt, verlangte von der Regierung seine sofortige Freilassung "
         "und eine unabhängige Untersuchung der Schüsse.")
D4_S9 = "Gespräche mit der Regierung über mehr Autonomie würden ausgesetzt, teilte das Bündnis mit."
D4_S10 = "Neu-Delhi erklärte, man sei weiter zu Verhandlungen bereit."

IND_POLICE = actor("Ladakh Police", "IND", "COP")
WANGCHUK = actor("Sonam Wangchuk", "IND", "CVL")
PROTESTERS_LEH = actor("protesters in Leh", "IND", "CVL")
BJP = actor("Bharatiya Janata Party", "IND", "PTY")
LADAKH_ADMIN = actor("Ladakh administration", "IND", "GOV")
MHA = actor("Ministry of Home Affairs of India", "IND", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
APEX = actor("Leh Apex Body", "IND", "OPP")

DE04 = {
    "id": "hm67-de-04",
    "lang": "de",
    "url": None,
    "published": "2025-09-26",
    "title": "Ladakh: Aktivist Wangchuk nach tödlichen Unruhen festgenommen",
    "text": paragraphs([D4_S1, D4_S2, D4_S3, D4_S4], [D4_S5, D4_S6, D4_S7], [D4_S8, D4_S9, D4_S10]),
    "events": [
        event("COERCE", IND_POLICE, WANGCHUK, D4_S1, mode="arrest", date="2025-09-26", location="Ladakh",
              location_country="IND"),
        event("PROTEST", PROTESTERS_LEH, BJP, D4_S2, mode="riot", date="2025-09-24", location="Leh",
              location_country="IND"),
        event("ASSAULT", IND_POLICE, PROTESTERS_LEH, D4_S3, mode="firearms", date="2025-09-24", location="Leh",
              location_country="IND"),
        event("COERCE", LADAKH_ADMIN, None, D4_S4, mode="curfew", location="Leh", location_country="IND"),
        event("ACCUSE", MHA, WANGCHUK, D4_S5, mode="allege"),
        event("PROTEST", WANGCHUK, IND_GOV, D4_S6, mode="hunger"),
        event("RETREAT", WANGCHUK, IND_GOV, D4_S6),
        event("REQUEST", APEX, IND_GOV, D4_S8, mode="yield"),
        event("REJECT", APEX, IND_GOV, D4_S9, mode="meet"),
        event("AGREE", IND_GOV, APEX, D4_S10),
    ],
    "quotes": [
        quote("provokativen Äußerungen", "Ministry of Home Affairs of India", "direct"),
        quote("Er habe die Menge mit »provokativen Äußerungen« aufgestachelt", "Ministry of Home Affairs of India",
              "indirect"),
        quote("Das ist der traurigste Tag in meinem Leben", "Sonam Wangchuk", "direct"),
        quote("Gespräche mit der Regierung über mehr Autonomie würden ausgesetzt", "Leh Apex Body", "indirect"),
        quote("man sei weiter zu Verhandlungen bereit", "Government of India", "indirect"),
    ],
    "entities": [
        entity("Ladakh Police", "ORG", "IND", ["Die indische Polizei", "Die Polizei"]),
        entity("Sonam Wangchuk", "PER", "IND", ["den Klimaaktivisten Sonam Wangchuk", "Wangchuk", "Er",
                                                "der 59-Jährige"]),
        entity("Ladakh", "LOC", "IND", ["Himalaya-Region Ladakh", "Ladakh"]),
        entity("Leh", "LOC", "IND", ["Leh", "die Stadt"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["der regierenden hindunationalistischen BJP"]),
        entity("Ladakh administration", "ORG", "IND", ["Die Behörden"]),
        entity("Ministry of Home Affairs of India", "ORG", "IND", ["Das Innenministerium in Neu-Delhi"]),
        entity("Government of India", "ORG", "IND", ["der Regierung", "Neu-Delhi"]),
        entity("Leh Apex Body", "ORG", "IND", ["Die Apex Body Leh", "das Bündnis"]),
    ],
}

# ---------------------------------------------------------------------------
# hm67-en-01 Taliban bar Afghan women from UN work
# ---------------------------------------------------------------------------
E1_S1 = ("The Taliban have barred Afghan women from working for the United Nations in Afghanistan, the UN "
         "mission said on Tuesday.")
E1_S2 = ("Taliban fighters had earlier stopped female staff on their way to work in the eastern province of "
         "Nangarhar.")
E1_S3 = "“This is unacceptable and frankly inconceivable,” UN spokesman Stephane Dujarric told reporters in New York."
E1_S4 = "He said the ban had to be reversed immediately."
E1_S5 = ("Taliban deputy spokesman Bilal Karimi said the decision was “an internal issue of Afghanistan” and "
         "rejected calls to lift it.")
E1_S6 = "Washington also condemned the move."
E1_S7 = ("The head of the UN mission, Roza Otunbayeva, met Taliban officials in Kabul on Wednesday to seek "
         "clarification.")
E1_S8 = ("Since seizing power in August 2021, the Taliban have excluded women from most areas of public life.")
E1_S9 = "The European Union said it would continue to provide humanitarian aid to the Afghan people."

TALIBAN_E = actor("Taliban", "AFG", "GOV")
WOMEN_UN = actor("Afghan women working for the UN", "AFG", "CVL")
DUJARRIC = actor("Stephane Dujarric", "UNO", "IGO")
KARIMI = actor("Bilal Karimi", "AFG", "GOV")
UN = actor("United Nations", "UNO", "IGO")
USA_E = actor("United States", "USA", "GOV")
OTUNBAYEVA = actor("Roza Otunbayeva", "UNO", "IGO")
EU = actor("European Union", "EUR", "IGO")
AFGHAN_PEOPLE = actor("Afghan people", "AFG", "CVL")

EN01 = {
    "id": "hm67-en-01",
    "lang": "en",
    "url": None,
    "published": "2023-04-05",
    "title": "UN says Taliban bar Afghan women from working for the world body",
    "text": paragraphs([E1_S1, E1_S2, E1_S3, E1_S4], [E1_S5, E1_S6, E1_S7], [E1_S8, E1_S9]),
    "events": [
        event("COERCE", TALIBAN_E, WOMEN_UN, E1_S1, mode="restrict", date="2023-04-04",
              location="Afghanistan", location_country="AFG"),
        event("COERCE", TALIBAN_E, WOMEN_UN, E1_S2, mode="restrict", location="Nangarhar",
              location_country="AFG"),
        event("ACCUSE", DUJARRIC, TALIBAN_E, E1_S3, mode="disapprove", location="New York",
              location_country="USA"),
        event("REQUEST", DUJARRIC, TALIBAN_E, E1_S4, mode="change"),
        event("REJECT", KARIMI, UN, E1_S5, mode="change"),
        event("ACCUSE", USA_E, TALIBAN_E, E1_S6, mode="disapprove"),
        event("CONSULT", OTUNBAYEVA, TALIBAN_E, E1_S7, date="2023-04-05", location="Kabul",
              location_country="AFG"),
        event("AGREE", EU, AFGHAN_PEOPLE, E1_S9),
    ],
    "quotes": [
        quote("The Taliban have barred Afghan women from working for the United Nations in Afghanistan",
              "United Nations Assistance Mission in Afghanistan", "indirect"),
        quote("This is unacceptable and frankly inconceivable", "Stephane Dujarric", "direct"),
        quote("the ban had to be reversed immediately", "Stephane Dujarric", "indirect"),
        quote("an internal issue of Afghanistan", "Bilal Karimi", "direct"),
        quote("the decision was “an internal issue of Afghanistan”", "Bilal Karimi", "indirect"),
        quote("it would continue to provide humanitarian aid to the Afghan people", "European Union", "indirect"),
    ],
    "entities": [
        entity("Taliban", "ORG", "AFG", ["The Taliban", "Taliban", "the Taliban"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("United Nations Assistance Mission in Afghanistan", "ORG", "UNO", ["the UN mission"]),
        entity("Nangarhar", "LOC", "AFG", ["the eastern province of Nangarhar"]),
        entity("Stephane Dujarric", "PER", "UNO", ["UN spokesman Stephane Dujarric", "He"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Bilal Karimi", "PER", "AFG", ["Taliban deputy spokesman Bilal Karimi"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Roza Otunbayeva", "PER", "UNO", ["The head of the UN mission, Roza Otunbayeva"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
    ],
}

# ---------------------------------------------------------------------------
# hm67-en-02 China lifts wine tariffs
# ---------------------------------------------------------------------------
E2_S1 = ("China will lift its punitive tariffs on Australian wine from Friday, the Commerce Ministry in Beijing "
         "said on Thursday, ending a three-year trade dispute.")
E2_S2 = ("Beijing imposed the duties of up to 218 percent in 2021, a year after Canberra called for an "
         "independent inquiry into the origins of COVID-19.")
E2_S2B = "Chinese and Australian trade officials had reviewed the duties together since October."
E2_S3 = ("Prime Minister Anthony Albanese welcomed the decision, saying it was “a very good outcome for our "
         "winemakers”.")
E2_S4 = ("Foreign Minister Penny Wong, who hosted her Chinese counterpart Wang Yi in Canberra last week, said "
         "patient dialogue had paid off.")
E2_S4B = "The two ministers also agreed to resume an annual strategic dialogue."
E2_S5 = "Trade Minister Don Farrell said Australia would in turn drop its complaint at the World Trade Organization."
E2_S6 = ("Beijing still blocks imports of Australian rock lobster, and opposition leader Peter Dutton urged the "
         "government to keep pressing for that ban to be lifted.")
E2_S7 = "China's ambassador Xiao Qian said Beijing hoped Canberra would treat Chinese investment fairly in return."

CHINA = actor("China", "CHN", "GOV")
AUSTRALIA_E = actor("Australia", "AUS", "GOV")
ALBANESE_E = actor("Anthony Albanese", "AUS", "GOV")
WANG_YI = actor("Wang Yi", "CHN", "GOV")
WONG_E = actor("Penny Wong", "AUS", "GOV")
DUTTON = actor("Peter Dutton", "AUS", "OPP")
AUS_GOV_E = actor("Government of Australia", "AUS", "GOV")
XIAO = actor("Xiao Qian", "CHN", "GOV")

EN02 = {
    "id": "hm67-en-02",
    "lang": "en",
    "url": None,
    "published": "2024-03-28",
    "title": "China to lift tariffs on Australian wine",
    "text": paragraphs([E2_S1, E2_S2, E2_S2B], [E2_S3, E2_S4, E2_S4B, E2_S5], [E2_S6, E2_S7]),
    "events": [
        event("CONCEDE", CHINA, AUSTRALIA_E, E2_S1, date="2024-03-28"),
        event("SANCTION", CHINA, AUSTRALIA_E, E2_S2, mode="discontinue"),
        event("REQUEST", AUSTRALIA_E, None, E2_S2),
        event("COOPERATE", CHINA, AUSTRALIA_E, E2_S2B),
        event("SUPPORT", ALBANESE_E, CHINA, E2_S3),
        event("CONSULT", WANG_YI, WONG_E, E2_S4, mode="visit", location="Canberra", location_country="AUS"),
        event("AGREE", WANG_YI, WONG_E, E2_S4B),
        event("CONCEDE", AUSTRALIA_E, CHINA, E2_S5),
        event("SANCTION", CHINA, AUSTRALIA_E, E2_S6, mode="discontinue"),
        event("REQUEST", DUTTON, AUS_GOV_E, E2_S6),
        event("REQUEST", XIAO, AUSTRALIA_E, E2_S7),
    ],
    "quotes": [
        quote("China will lift its punitive tariffs on Australian wine from Friday", "Ministry of Commerce of China",
              "indirect"),
        quote("a very good outcome for our winemakers", "Anthony Albanese", "direct"),
        quote("it was “a very good outcome for our winemakers”", "Anthony Albanese", "indirect"),
        quote("patient dialogue had paid off", "Penny Wong", "indirect"),
        quote("Australia would in turn drop its complaint at the World Trade Organization", "Don Farrell",
              "indirect"),
        quote("Beijing hoped Canberra would treat Chinese investment fairly in return", "Xiao Qian", "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["the Commerce Ministry in Beijing"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese"]),
        entity("Penny Wong", "PER", "AUS", ["Foreign Minister Penny Wong"]),
        entity("Wang Yi", "PER", "CHN", ["her Chinese counterpart Wang Yi"]),
        entity("Don Farrell", "PER", "AUS", ["Trade Minister Don Farrell"]),
        entity("World Trade Organization", "ORG", "IGO", ["the World Trade Organization"]),
        entity("Peter Dutton", "PER", "AUS", ["opposition leader Peter Dutton"]),
        entity("Government of Australia", "ORG", "AUS", ["the government"]),
        entity("Xiao Qian", "PER", "CHN", ["China's ambassador Xiao Qian"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
