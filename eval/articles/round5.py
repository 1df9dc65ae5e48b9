"""Round 5 of the hand-made articles (-> handmade5.jsonl), written blind on 2026-11-29.

The writer neither ran the pipeline on these texts nor read the rule code, nor saw rounds 3-4.
Invented, plausible wire-style reports (not reported facts); annotation follows
../shared/data/articles/CONVENTIONS.md. Each text is built from lists of sentences so that
event evidence is exactly one sentence (S[i]).
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- hm5-de-01: Myanmar, air strikes in Rakhine -------------------------------------------
S = [
    "Die Militärjunta in Myanmar hat am Dienstag erneut Dörfer im westlichen Bundesstaat Rakhine aus der "
    "Luft angegriffen.",  # 0
    "Die Arakan-Armee warf den Streitkräften vor, dabei mindestens 19 Zivilisten getötet zu haben.",  # 1
    "Die Rebellengruppe kontrolliert inzwischen weite Teile des Bundesstaats an der Grenze zu Bangladesch.",  # 2
    "Seit dem Putsch vom Februar 2021 versinkt das südostasiatische Land in Gewalt.",  # 3
    "Die UN-Sondergesandte für Myanmar, Julie Bishop, verurteilte die Angriffe und forderte die Generäle auf, "
    "den Beschuss von Wohngebieten sofort einzustellen.",  # 4
    "„Wir sind zutiefst besorgt über das Schicksal der Menschen in Rakhine“, sagte die frühere australische "
    "Außenministerin in New York.",  # 5
    "Juntachef Min Aung Hlaing wies die Forderung zurück.",  # 6
    "Die Armee greife keine Zivilisten an, sondern gehe lediglich gegen Terroristen vor, ließ er über das "
    "Staatsfernsehen erklären.",  # 7
    "Am selben Tag ließ die Junta nach eigenen Angaben rund 300 politische Gefangene frei.",  # 8
    "Unter ihnen sind allerdings keine prominenten Oppositionspolitiker.",  # 9
]
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
AA = actor("Arakan Army", "MMR", "REB")
BISHOP = actor("Julie Bishop", "UNO", "IGO")
MAH = actor("Min Aung Hlaing", "MMR", "GOV")
A01 = {
    "id": "hm5-de-01", "lang": "de", "published": "2024-11-13", "title": None,
    "text": paragraphs(S[0:3], S[3:6], S[6:10]),
    "events": [
        event("ASSAULT", MMR_MIL, actor("civilians in Rakhine", "MMR", "CVL"), S[0], mode="aerial",
              date="2024-11-12", location="Rakhine", location_country="MMR"),
        event("ACCUSE", AA, MMR_MIL, S[1], mode="allege"),
        event("ACCUSE", BISHOP, MMR_MIL, S[4], mode="disapprove"),
        event("REQUEST", BISHOP, MMR_MIL, S[4], mode="yield"),
        event("REJECT", MAH, BISHOP, S[6]),
        event("RETREAT", MMR_MIL, actor("political prisoners in Myanmar", "MMR", "CVL"), S[8], mode="release",
              date="2024-11-12"),
    ],
    "quotes": [
        quote("Wir sind zutiefst besorgt über das Schicksal der Menschen in Rakhine", "Julie Bishop", "direct"),
        quote("Die Armee greife keine Zivilisten an, sondern gehe lediglich gegen Terroristen vor",
              "Min Aung Hlaing", "indirect"),
    ],
    "entities": [
        entity("Myanmar military", "ORG", "MMR", ["Die Militärjunta in Myanmar", "den Streitkräften", "die Generäle",
                                                   "Die Armee", "die Junta"]),
        entity("Arakan Army", "ORG", "MMR", ["Die Arakan-Armee", "Die Rebellengruppe"]),
        entity("Julie Bishop", "PER", "UNO", ["Die UN-Sondergesandte für Myanmar, Julie Bishop",
                                              "die frühere australische Außenministerin"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Juntachef Min Aung Hlaing", "er"]),
        entity("civilians in Rakhine", "ORG", "MMR", ["Dörfer im westlichen Bundesstaat Rakhine"]),
        entity("political prisoners in Myanmar", "ORG", "MMR", ["rund 300 politische Gefangene"]),
        entity("Rakhine", "LOC", "MMR", ["Bundesstaat Rakhine", "Rakhine"]),
    ],
}

# --- hm5-de-02: Venezuela after the presidential election -----------------------------------
S = [
    "Die venezolanische Generalstaatsanwaltschaft hat gegen den Oppositionskandidaten Edmundo González Urrutia "
    "ein Ermittlungsverfahren wegen Anstiftung zum Ungehorsam eingeleitet.",  # 0
    "Nach der umstrittenen Präsidentenwahl vom 28. Juli beanspruchen sowohl Staatschef Nicolás Maduro als auch "
    "die Opposition den Sieg für sich.",  # 1
    "Am Montagabend gingen in Caracas erneut Tausende Anhänger der Opposition gegen das offizielle "
    "Wahlergebnis auf die Straße.",  # 2
    "Maduro drohte González und Oppositionsführerin María Corina Machado im Staatsfernsehen mit Haft.",  # 3
    "»Venezuela wird sich nicht erpressen lassen«, sagte er.",  # 4
    "»Wir verteidigen unsere Demokratie.«",  # 5
    "Brasiliens Präsident Luiz Inácio Lula da Silva forderte die Regierung in Caracas auf, die Ergebnisse aus "
    "den einzelnen Wahllokalen zu veröffentlichen.",  # 6
    "Das Außenministerium in Caracas wies die Forderung als Einmischung in innere Angelegenheiten zurück.",  # 7
    "Brasília hat González bislang nicht als Wahlsieger anerkannt.",  # 8
    "Das US-Finanzministerium verhängte am Montag Sanktionen gegen 16 Funktionäre des Wahlrats und der "
    "Justiz.",  # 9
]
GONZALEZ = actor("Edmundo González Urrutia", "VEN", "OPP")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
A02 = {
    "id": "hm5-de-02", "lang": "de", "published": "2024-08-06", "title": None,
    "text": paragraphs(S[0:2], S[2:6], S[6:10]),
    "events": [
        event("ACCUSE", actor("Attorney General's Office of Venezuela", "VEN", "JUD"), GONZALEZ, S[0],
              mode="investigate"),
        event("PROTEST", actor("opposition supporters in Caracas", "VEN", "CVL"), VEN_GOV, S[2], mode="demo",
              date="2024-08-05", location="Caracas", location_country="VEN"),
        event("THREATEN", MADURO, GONZALEZ, S[3], mode="arrest"),
        event("THREATEN", MADURO, actor("María Corina Machado", "VEN", "OPP"), S[3], mode="arrest"),
        event("REQUEST", LULA, VEN_GOV, S[6], mode="change"),
        event("REJECT", actor("Ministry of Foreign Affairs of Venezuela", "VEN", "GOV"), LULA, S[7]),
        event("SUPPORT", actor("Brazil", "BRA", "GOV"), GONZALEZ, S[8], negated=True),
        event("SANCTION", actor("United States Department of the Treasury", "USA", "GOV"),
              actor("Venezuelan election and judicial officials", "VEN", "GOV"), S[9], date="2024-08-05"),
    ],
    "quotes": [
        quote("Venezuela wird sich nicht erpressen lassen", "Nicolás Maduro", "direct"),
        quote("Wir verteidigen unsere Demokratie", "Nicolás Maduro", "direct"),
    ],
    "entities": [
        entity("Attorney General's Office of Venezuela", "ORG", "VEN",
               ["Die venezolanische Generalstaatsanwaltschaft"]),
        entity("Edmundo González Urrutia", "PER", "VEN", ["den Oppositionskandidaten Edmundo González Urrutia",
                                                          "González"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Staatschef Nicolás Maduro", "Maduro", "er"]),
        entity("opposition supporters in Caracas", "ORG", "VEN", ["Tausende Anhänger der Opposition"]),
        entity("María Corina Machado", "PER", "VEN", ["Oppositionsführerin María Corina Machado"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brasiliens Präsident Luiz Inácio Lula da Silva"]),
        entity("Government of Venezuela", "ORG", "VEN", ["die Regierung in Caracas"]),
        entity("Ministry of Foreign Affairs of Venezuela", "ORG", "VEN", ["Das Außenministerium in Caracas"]),
        entity("Brazil", "GPE", "BRA", ["Brasília"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["Das US-Finanzministerium"]),
        entity("Venezuelan election and judicial officials", "ORG", "VEN",
               ["16 Funktionäre des Wahlrats und der Justiz"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
    ],
}

# --- hm5-de-03: IAEA chief in Tehran ---------------------------------------------------------
S = [
    "IAEA-Chef Rafael Grossi ist am Dienstag in Teheran mit dem iranischen Außenminister Abbas Araghtschi "
    "zusammengekommen.",  # 0
    "Beide Seiten vereinbarten, dass Inspekteure der Atomenergiebehörde in den kommenden Wochen die "
    "unterirdische Anlage in Fordo besuchen dürfen.",  # 1
    "Zugleich lehnte Teheran die Forderung der Behörde ab, zusätzliche Überwachungskameras zu "
    "installieren.",  # 2
    "„Wir haben keine Atomwaffen, und wir wollen keine“, sagte Araghtschi auf einer gemeinsamen "
    "Pressekonferenz.",  # 3
    "Grossi sprach von konstruktiven Gesprächen, mahnte aber mehr Transparenz an.",  # 4
    "Der Iran reichere Uran inzwischen auf bis zu 60 Prozent an, so Grossi.",  # 5
    "Die Bundesregierung warf Teheran vor, gegen seine Verpflichtungen aus dem Atomabkommen von 2015 zu "
    "verstoßen.",  # 6
    "Das Außenministerium in Teheran bestellte daraufhin den deutschen Botschafter ein.",  # 7
    "Moskau stellte sich hinter Teheran.",  # 8
    "Russische Kriegsschiffe hielten in dieser Woche gemeinsam mit der iranischen Marine ein Manöver im Golf "
    "von Oman ab.",  # 9
]
GROSSI = actor("Rafael Grossi", "UNO", "IGO")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
A03 = {
    "id": "hm5-de-03", "lang": "de", "published": "2025-01-29", "title": None,
    "text": paragraphs(S[0:3], S[3:6], S[6:10]),
    "events": [
        event("CONSULT", GROSSI, ARAGHCHI, S[0], mode="visit", date="2025-01-28", location="Tehran",
              location_country="IRN"),
        event("AGREE", GROSSI, ARAGHCHI, S[1]),
        event("REJECT", IRAN, actor("International Atomic Energy Agency", "UNO", "IGO"), S[2]),
        event("REQUEST", GROSSI, IRAN, S[4]),
        event("ACCUSE", actor("Government of Germany", "DEU", "GOV"), IRAN, S[6], mode="allege"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Iran", "IRN", "GOV"),
              actor("Ambassador of Germany to Iran", "DEU", "GOV"), S[7]),
        event("SUPPORT", actor("Russia", "RUS", "GOV"), IRAN, S[8]),
        event("COOPERATE", actor("Russian navy", "RUS", "MIL"), actor("Iranian navy", "IRN", "MIL"), S[9],
              location="Gulf of Oman"),
    ],
    "quotes": [
        quote("Wir haben keine Atomwaffen, und wir wollen keine", "Abbas Araghchi", "direct"),
        quote("Der Iran reichere Uran inzwischen auf bis zu 60 Prozent an", "Rafael Grossi", "indirect"),
    ],
    "entities": [
        entity("Rafael Grossi", "PER", "UNO", ["IAEA-Chef Rafael Grossi", "Grossi"]),
        entity("Abbas Araghchi", "PER", "IRN", ["dem iranischen Außenminister Abbas Araghtschi", "Araghtschi"]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["der Atomenergiebehörde", "der Behörde"]),
        entity("Iran", "GPE", "IRN", ["Teheran", "Der Iran"]),
        entity("Government of Germany", "ORG", "DEU", ["Die Bundesregierung"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["Das Außenministerium in Teheran"]),
        entity("Ambassador of Germany to Iran", "PER", "DEU", ["den deutschen Botschafter"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Russian navy", "ORG", "RUS", ["Russische Kriegsschiffe"]),
        entity("Iranian navy", "ORG", "IRN", ["der iranischen Marine"]),
        entity("Fordo", "LOC", "IRN", ["Fordo"]),
        entity("Gulf of Oman", "LOC", None, ["Golf von Oman"]),
    ],
}

# --- hm5-de-04: Chinese naval build-up around Taiwan ----------------------------------------
S = [
    "China hat nach Angaben des Verteidigungsministeriums in Taipeh so viele Kriegsschiffe rund um Taiwan "
    "zusammengezogen wie seit Jahrzehnten nicht mehr.",  # 0
    "Gezählt wurden am Dienstag rund 90 Schiffe der Marine und der Küstenwache.",  # 1
    "Peking hat das Manöver bislang nicht offiziell bestätigt.",  # 2
    "Die Volksrepublik betrachtet die seit 1949 eigenständig regierte Insel als Teil ihres Territoriums.",  # 3
    "Präsident Lai Ching-te versetzte die Streitkräfte der Insel in erhöhte Alarmbereitschaft.",  # 4
    "„Wir werden nicht provozieren, aber wir werden auch nicht zurückweichen“, sagte Lai beim Besuch eines "
    "Marinestützpunkts in Kaohsiung.",  # 5
    "Die Sprecherin des Taiwan-Büros in Peking, Zhu Fenglian, warf Lai vor, mit seiner jüngsten Reise über "
    "Hawaii und Guam die Unabhängigkeit der Insel voranzutreiben.",  # 6
    "Der Sprecherin zufolge werde die Volksrepublik ihre Souveränität mit allen Mitteln verteidigen.",  # 7
    "Das US-Außenministerium rief Peking zur Zurückhaltung auf.",  # 8
]
LAI = actor("Lai Ching-te", "TWN", "GOV")
ZHU = actor("Zhu Fenglian", "CHN", "GOV")
A04 = {
    "id": "hm5-de-04", "lang": "de", "published": "2024-12-11", "title": None,
    "text": paragraphs(S[0:4], S[4:6], S[6:9]),
    "events": [
        event("MOBILIZE", actor("Chinese military", "CHN", "MIL"), None, S[0], mode="troops"),
        event("MOBILIZE", LAI, None, S[4], mode="troops"),
        event("ACCUSE", ZHU, LAI, S[6], mode="allege"),
        event("THREATEN", ZHU, actor("Taiwan", "TWN", "GOV"), S[7], mode="violence"),
        event("REQUEST", actor("United States Department of State", "USA", "GOV"), actor("China", "CHN", "GOV"),
              S[8], mode="yield"),
    ],
    "quotes": [
        quote("Wir werden nicht provozieren, aber wir werden auch nicht zurückweichen", "Lai Ching-te", "direct"),
        quote("werde die Volksrepublik ihre Souveränität mit allen Mitteln verteidigen", "Zhu Fenglian",
              "indirect"),
    ],
    "entities": [
        entity("Chinese military", "ORG", "CHN", ["China"]),
        entity("China", "GPE", "CHN", ["Peking", "Die Volksrepublik", "die Volksrepublik"]),
        entity("Ministry of National Defense of Taiwan", "ORG", "TWN", ["des Verteidigungsministeriums in Taipeh"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan", "der Insel"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te", "Lai"]),
        entity("Zhu Fenglian", "PER", "CHN", ["Die Sprecherin des Taiwan-Büros in Peking, Zhu Fenglian",
                                              "Der Sprecherin"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Kaohsiung", "LOC", "TWN", ["Kaohsiung"]),
    ],
}

# --- hm5-de-05: Bangladesh, Hasina and the Awami League strike ------------------------------
S = [
    "Die Übergangsregierung in Bangladesch hat Indien erneut aufgefordert, die gestürzte Regierungschefin "
    "Sheikh Hasina auszuliefern.",  # 0
    "Ein Sondertribunal in Dhaka hatte die 77-Jährige am Donnerstag in Abwesenheit wegen der tödlichen "
    "Niederschlagung der Studentenproteste im vergangenen Sommer zu lebenslanger Haft verurteilt.",  # 1
    "Hasina lebt seit ihrer Flucht mit einem Militärhubschrauber Anfang August in Indien.",  # 2
    "Das Außenministerium in Neu-Delhi bestätigte lediglich den Eingang des Ersuchens.",  # 3
    "Anhänger von Hasinas Awami-Liga legten am Montag mit einem landesweiten Generalstreik weite Teile des "
    "Landes lahm.",  # 4
    "In der Hauptstadt blieben Schulen und Märkte geschlossen, der Busverkehr kam weitgehend zum Erliegen.",  # 5
    "Laut Polizei wurden mehr als 300 Parteimitglieder festgenommen.",  # 6
    "Der Chef der Übergangsregierung, Friedensnobelpreisträger Muhammad Yunus, warf der Awami-Liga vor, das "
    "Land destabilisieren zu wollen.",  # 7
    "„Niemand steht über dem Gesetz“, sagte er.",  # 8
]
BGD_GOV = actor("Government of Bangladesh", "BGD", "GOV")
HASINA = actor("Sheikh Hasina", "BGD", "PTY")
AWAMI = actor("Awami League", "BGD", "PTY")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
A05 = {
    "id": "hm5-de-05", "lang": "de", "published": "2025-02-11", "title": None,
    "text": paragraphs(S[0:4], S[4:7], S[7:9]),
    "events": [
        event("REQUEST", BGD_GOV, actor("India", "IND", "GOV"), S[0], mode="assist"),
        event("SANCTION", actor("International Crimes Tribunal of Bangladesh", "BGD", "JUD"), HASINA, S[1],
              mode="convict", date="2025-02-06", location="Dhaka", location_country="BGD"),
        event("PROTEST", actor("supporters of the Awami League", "BGD", "PTY"), BGD_GOV, S[4], mode="strike",
              date="2025-02-10"),
        event("COERCE", actor("Bangladeshi police", "BGD", "COP"), AWAMI, S[6], mode="arrest"),
        event("ACCUSE", YUNUS, AWAMI, S[7], mode="allege"),
    ],
    "quotes": [
        quote("wurden mehr als 300 Parteimitglieder festgenommen", "Bangladeshi police", "indirect"),
        quote("Niemand steht über dem Gesetz", "Muhammad Yunus", "direct"),
    ],
    "entities": [
        entity("Government of Bangladesh", "ORG", "BGD", ["Die Übergangsregierung in Bangladesch"]),
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Sheikh Hasina", "PER", "BGD", ["die gestürzte Regierungschefin Sheikh Hasina", "die 77-Jährige",
                                               "Hasina", "Hasinas"]),
        entity("International Crimes Tribunal of Bangladesh", "ORG", "BGD", ["Ein Sondertribunal in Dhaka"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das Außenministerium in Neu-Delhi"]),
        entity("Awami League", "ORG", "BGD", ["Hasinas Awami-Liga", "der Awami-Liga", "Parteimitglieder"]),
        entity("supporters of the Awami League", "ORG", "BGD", ["Anhänger von Hasinas Awami-Liga"]),
        entity("Bangladeshi police", "ORG", "BGD", ["Polizei"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Der Chef der Übergangsregierung, Friedensnobelpreisträger "
                                                "Muhammad Yunus", "er"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
    ],
}

# --- hm5-de-06: Moldova and Transnistria, energy crisis --------------------------------------
S = [
    "Die Regierung der Republik Moldau hat der abtrünnigen Region Transnistrien Hilfe bei der Bewältigung "
    "der Energiekrise angeboten.",  # 0
    "Seit dem Stopp russischer Gaslieferungen zum Jahreswechsel sind dort Zehntausende Haushalte ohne "
    "Heizung.",  # 1
    "„Das ist eine humanitäre Frage, keine politische“, sagte Ministerpräsident Dorin Recean am Mittwoch in "
    "Chisinau.",  # 2
    "Man könne Strom und Gas aus Rumänien liefern, sofern Tiraspol die Rechnungen begleiche.",  # 3
    "Separatistenführer Wadim Krasnoselski lehnte das Angebot ab.",  # 4
    "Die Republik Moldau wolle die Region in die Knie zwingen, sagte er laut der Nachrichtenagentur Nowosti "
    "Pridnestrowja.",  # 5
    "Präsidentin Maia Sandu warf Moskau vor, Energie als Waffe einzusetzen, um vor der Parlamentswahl im "
    "Herbst Unruhe zu stiften.",  # 6
    "Das russische Außenministerium wies die Vorwürfe zurück.",  # 7
    "Die EU-Kommission überwies der Republik Moldau am Mittwoch eine erste Tranche von 30 Millionen Euro zur "
    "Sicherung der Energieversorgung.",  # 8
    "Die in Transnistrien stationierten russischen Truppen wurden nach Angaben aus Chisinau nicht in "
    "Alarmbereitschaft versetzt.",  # 9
]
MDA_GOV = actor("Government of Moldova", "MDA", "GOV")
KRASNOSELSKY = actor("Vadim Krasnoselsky", "MDA", "GOV")
A06 = {
    "id": "hm5-de-06", "lang": "de", "published": "2025-01-09", "title": None,
    "text": paragraphs(S[0:4], S[4:6], S[6:8], S[8:10]),
    "events": [
        event("AGREE", MDA_GOV, actor("Transnistrian authorities", "MDA", "GOV"), S[0]),
        event("REJECT", KRASNOSELSKY, MDA_GOV, S[4], mode="assist"),
        event("ACCUSE", KRASNOSELSKY, actor("Moldova", "MDA", "GOV"), S[5], mode="allege"),
        event("ACCUSE", actor("Maia Sandu", "MDA", "GOV"), actor("Russia", "RUS", "GOV"), S[6], mode="allege"),
        event("AID", actor("European Commission", "EUR", "IGO"), actor("Moldova", "MDA", "GOV"), S[8],
              date="2025-01-08"),
        event("MOBILIZE", actor("Russian troops in Transnistria", "RUS", "MIL"), None, S[9], mode="troops",
              negated=True),
    ],
    "quotes": [
        quote("Das ist eine humanitäre Frage, keine politische", "Dorin Recean", "direct"),
        quote("Man könne Strom und Gas aus Rumänien liefern, sofern Tiraspol die Rechnungen begleiche",
              "Dorin Recean", "indirect"),
        quote("Die Republik Moldau wolle die Region in die Knie zwingen", "Vadim Krasnoselsky", "indirect"),
    ],
    "entities": [
        entity("Government of Moldova", "ORG", "MDA", ["Die Regierung der Republik Moldau", "Chisinau"]),
        entity("Moldova", "GPE", "MDA", ["Die Republik Moldau", "der Republik Moldau"]),
        entity("Transnistrian authorities", "ORG", "MDA", ["der abtrünnigen Region Transnistrien", "Tiraspol"]),
        entity("Dorin Recean", "PER", "MDA", ["Ministerpräsident Dorin Recean"]),
        entity("Vadim Krasnoselsky", "PER", "MDA", ["Separatistenführer Wadim Krasnoselski", "er"]),
        entity("Novosti Pridnestrovya", "ORG", "MDA", ["Nachrichtenagentur Nowosti Pridnestrowja"]),
        entity("Maia Sandu", "PER", "MDA", ["Präsidentin Maia Sandu"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Das russische Außenministerium"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Russian troops in Transnistria", "ORG", "RUS",
               ["Die in Transnistrien stationierten russischen Truppen"]),
        entity("Romania", "GPE", "ROU", ["Rumänien"]),
    ],
}

# --- hm5-en-01: Houthis and Red Sea shipping ------------------------------------------------
S = [
    "Yemen's Houthi movement said on Monday it had attacked a Liberian-flagged container ship in the Red Sea "
    "with drones and a ballistic missile.",  # 0
    "Houthi military spokesman Yahya Saree said the group would keep targeting vessels linked to Israel.",  # 1
    "The ship continued its voyage and none of its 21 crew members was hurt.",  # 2
    "U.S. forces destroyed two Houthi drone launch sites in a Houthi-controlled area of Yemen on Monday.",  # 3
    "Traffic through the Red Sea has fallen sharply since the attacks began in November.",  # 4
    "Oman's Foreign Minister Badr Albusaidi met his Saudi counterpart Prince Faisal bin Farhan in Riyadh and "
    "urged the Houthis to stop targeting commercial vessels.",  # 5
    "Mohammed Abdulsalam, the Houthis' chief negotiator, rejected the appeal.",  # 6
    "“Our operations will end only when the siege of Gaza is lifted,” he told the Al Jazeera television "
    "channel.",  # 7
]
HOUTHIS = actor("Houthis", "YEM", "REB")
ALBUSAIDI = actor("Badr Albusaidi", "OMN", "GOV")
A07 = {
    "id": "hm5-en-01", "lang": "en", "published": "2024-07-16", "title": None,
    "text": paragraphs(S[0:3], S[3:5], S[5:8]),
    "events": [
        event("ASSAULT", HOUTHIS, actor("Liberian-flagged container ship", "LBR", "BUS"), S[0], mode="drone",
              location="Red Sea"),
        event("THREATEN", actor("Yahya Saree", "YEM", "REB"), actor("Israel", "ISR", "GOV"), S[1],
              mode="violence"),
        event("ASSAULT", actor("United States military", "USA", "MIL"), HOUTHIS, S[3], date="2024-07-15",
              location="Yemen", location_country="YEM"),
        event("CONSULT", ALBUSAIDI, actor("Faisal bin Farhan Al Saud", "SAU", "GOV"), S[5], mode="visit",
              location="Riyadh", location_country="SAU"),
        event("REQUEST", ALBUSAIDI, HOUTHIS, S[5], mode="yield"),
        event("REJECT", actor("Mohammed Abdulsalam", "YEM", "REB"), ALBUSAIDI, S[6]),
    ],
    "quotes": [
        quote("it had attacked a Liberian-flagged container ship in the Red Sea with drones and a ballistic "
              "missile", "Houthis", "indirect"),
        quote("the group would keep targeting vessels linked to Israel", "Yahya Saree", "indirect"),
        quote("Our operations will end only when the siege of Gaza is lifted", "Mohammed Abdulsalam", "direct"),
    ],
    "entities": [
        entity("Houthis", "ORG", "YEM", ["Yemen's Houthi movement", "the group", "the Houthis",
                                         "the Houthis'"]),
        entity("Liberian-flagged container ship", "ORG", "LBR", ["a Liberian-flagged container ship",
                                                                 "The ship"]),
        entity("Yahya Saree", "PER", "YEM", ["Houthi military spokesman Yahya Saree"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("United States military", "ORG", "USA", ["U.S. forces"]),
        entity("Badr Albusaidi", "PER", "OMN", ["Oman's Foreign Minister Badr Albusaidi"]),
        entity("Faisal bin Farhan Al Saud", "PER", "SAU", ["his Saudi counterpart Prince Faisal bin Farhan"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["Mohammed Abdulsalam, the Houthis' chief negotiator", "he"]),
        entity("Al Jazeera", "ORG", "QAT", ["the Al Jazeera television channel"]),
        entity("Red Sea", "LOC", None, ["the Red Sea"]),
        entity("Riyadh", "LOC", "SAU", ["Riyadh"]),
    ],
}

# --- hm5-en-02: Libya, Haftar's forces move towards Sirte ----------------------------------
S = [
    "Forces loyal to eastern commander Khalifa Haftar moved armoured columns towards the central city of "
    "Sirte on Sunday, raising fears of renewed fighting between Libya's rival administrations.",  # 0
    "Prime Minister Abdul Hamid Dbeibah, who heads the UN-recognised government in Tripoli, accused Haftar "
    "of trying \"to drag the country back into war.\"",  # 1
    "Haftar's Libyan National Army (LNA) said that the deployment was a routine exercise.",  # 2
    "The head of the UN mission in Libya, Hanna Tetteh, called on both sides to exercise restraint.",  # 3
    "On Monday evening, the LNA said it would pull its units back to their bases within 48 hours.",  # 4
    "A Turkish military delegation arrived in Tripoli on Monday for talks with Dbeibah, according to his "
    "office.",  # 5
    "The oil-rich country has been split between rival camps in the east and west for most of the past "
    "decade.",  # 6
]
LNA = actor("Libyan National Army", "LBY", "MIL")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
TETTEH = actor("Hanna Tetteh", "UNO", "IGO")
A08 = {
    "id": "hm5-en-02", "lang": "en", "published": "2025-10-14", "title": None,
    "text": paragraphs(S[0:3], S[3:5], S[5:7]),
    "events": [
        event("MOBILIZE", LNA, None, S[0], mode="troops", date="2025-10-12", location="Sirte",
              location_country="LBY"),
        event("ACCUSE", DBEIBAH, actor("Khalifa Haftar", "LBY", "MIL"), S[1], mode="allege"),
        event("REQUEST", TETTEH, actor("Government of National Unity", "LBY", "GOV"), S[3], mode="yield"),
        event("REQUEST", TETTEH, LNA, S[3], mode="yield"),
        event("CONCEDE", LNA, actor("Government of National Unity", "LBY", "GOV"), S[4], date="2025-10-13"),
        event("CONSULT", actor("Turkish military delegation", "TUR", "MIL"), DBEIBAH, S[5], mode="visit",
              date="2025-10-13", location="Tripoli", location_country="LBY"),
    ],
    "quotes": [
        quote("to drag the country back into war", "Abdul Hamid Dbeibah", "direct"),
        quote("that the deployment was a routine exercise", "Libyan National Army", "indirect"),
        quote("it would pull its units back to their bases within 48 hours", "Libyan National Army", "indirect"),
        quote("A Turkish military delegation arrived in Tripoli on Monday for talks with Dbeibah",
              "office of Abdul Hamid Dbeibah", "indirect"),
    ],
    "entities": [
        entity("Libyan National Army", "ORG", "LBY", ["Forces loyal to eastern commander Khalifa Haftar",
                                                      "Haftar's Libyan National Army (LNA)", "the LNA"]),
        entity("Khalifa Haftar", "PER", "LBY", ["eastern commander Khalifa Haftar", "Haftar"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Prime Minister Abdul Hamid Dbeibah", "Dbeibah"]),
        entity("Government of National Unity", "ORG", "LBY", ["the UN-recognised government in Tripoli"]),
        entity("Hanna Tetteh", "PER", "UNO", ["The head of the UN mission in Libya, Hanna Tetteh"]),
        entity("Turkish military delegation", "ORG", "TUR", ["A Turkish military delegation"]),
        entity("office of Abdul Hamid Dbeibah", "ORG", "LBY", ["his office"]),
        entity("Sirte", "LOC", "LBY", ["Sirte"]),
        entity("Tripoli", "LOC", "LBY", ["Tripoli"]),
    ],
}

ARTICLES = [A01, A02, A03, A04, A05, A06, A07, A08]
