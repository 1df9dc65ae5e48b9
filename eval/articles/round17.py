"""Round 17 of the hand-made articles: written blind (see build_handmade.py and README.md)."""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- hm17-de-01: Venezuela and Guyana meet over Essequibo -------------------------------
S1 = ("Die Präsidenten Venezuelas und Guyanas haben sich im Streit um die ölreiche Region Essequibo darauf "
      "verständigt, keine Gewalt anzuwenden.")
S2 = ("Nicolás Maduro und Irfaan Ali trafen sich am Donnerstag auf Einladung von Premierminister Ralph Gonsalves "
      "auf der Karibikinsel St. Vincent.")
S3 = "Ein Treffen beider Staatschefs hatte es seit Jahren nicht gegeben."
S4 = "Eine Einigung über den Grenzverlauf erzielten die beiden Seiten jedoch nicht."
S5 = "Der Streit solle weiter vor dem Internationalen Gerichtshof verhandelt werden, forderte Ali."
S6 = "Maduro lehnte dies ab: Caracas erkenne die Zuständigkeit des Gerichts in Den Haag nicht an."
S7 = ("Maduro hatte nach einem umstrittenen Referendum Anfang Dezember angekündigt, in dem von Guyana verwalteten "
      "Gebiet einen venezolanischen Bundesstaat zu gründen.")
S8 = "Guyana warf Caracas daraufhin vor, eine Annexion vorzubereiten."
S9 = "„Guyana wird keinen Zentimeter seines Territoriums aufgeben“, sagte Ali nach dem Treffen."
S10 = ("Brasiliens Präsident Luiz Inácio Lula da Silva, der per Video zugeschaltet war, lobte beide Seiten für "
       "ihre Gesprächsbereitschaft.")
S11 = "Beide Seiten vereinbarten ein weiteres Treffen binnen drei Monaten in Brasilien."

MADURO = actor("Nicolás Maduro", "VEN", "GOV")
ALI = actor("Irfaan Ali", "GUY", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")

DE01 = {
    "id": "hm17-de-01", "lang": "de", "published": "2023-12-15", "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9], [S10, S11]),
    "events": [
        event("AGREE", MADURO, ALI, S1),
        event("CONSULT", MADURO, ALI, S2, mode="third-party", date="2023-12-14", location="Saint Vincent",
              location_country="VCT"),
        event("AGREE", MADURO, ALI, S4, negated=True),
        event("REQUEST", ALI, MADURO, S5),
        event("REJECT", MADURO, ALI, S6),
        event("THREATEN", MADURO, actor("Guyana", "GUY", "GOV"), S7, mode="territory"),
        event("ACCUSE", actor("Guyana", "GUY", "GOV"), actor("Venezuela", "VEN", "GOV"), S8, mode="allege"),
        event("SUPPORT", LULA, MADURO, S10),
        event("SUPPORT", LULA, ALI, S10),
        event("AGREE", MADURO, ALI, S11),
    ],
    "quotes": [
        quote("Der Streit solle weiter vor dem Internationalen Gerichtshof verhandelt werden", "Irfaan Ali",
              "indirect"),
        quote("Caracas erkenne die Zuständigkeit des Gerichts in Den Haag nicht an", "Nicolás Maduro", "indirect"),
        quote("eine Annexion vorzubereiten", "Guyana", "indirect"),
        quote("Guyana wird keinen Zentimeter seines Territoriums aufgeben", "Irfaan Ali", "direct"),
    ],
    "entities": [
        entity("Nicolás Maduro", "PER", "VEN", ["Nicolás Maduro", "Maduro"]),
        entity("Irfaan Ali", "PER", "GUY", ["Irfaan Ali", "Ali"]),
        entity("Ralph Gonsalves", "PER", "VCT", ["Premierminister Ralph Gonsalves"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brasiliens Präsident Luiz Inácio Lula da Silva"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuelas", "Caracas"]),
        entity("Guyana", "GPE", "GUY", ["Guyanas", "Guyana"]),
        entity("Essequibo", "LOC", "GUY", ["Essequibo"]),
        entity("Saint Vincent", "LOC", "VCT", ["St. Vincent"]),
        entity("International Court of Justice", "ORG", "UNO", ["Internationalen Gerichtshof"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien"]),
    ],
}

# --- hm17-de-02: South Korean trainee doctors strike --------------------------------------
S1 = ("In Südkorea haben nach Regierungsangaben mehr als 6000 Assistenzärzte am Dienstag aus Protest gegen eine "
      "Reform des Medizinstudiums die Arbeit niedergelegt.")
S2 = "Die Regierung in Seoul will die Zahl der Studienplätze ab dem kommenden Jahr um 2000 erhöhen."
S3 = ("Die Ärzte befürchten eine Verschlechterung der Ausbildung und fordern von der Regierung stattdessen "
      "bessere Arbeitsbedingungen.")
S4 = ("Gesundheitsminister Cho Kyoo-hong forderte die Mediziner auf, bis Ende Februar an ihre Arbeitsplätze "
      "zurückzukehren.")
S5 = "Andernfalls drohe ihnen die Aussetzung ihrer Zulassung, sagte er."
S6 = "Bislang seien jedoch keine Lizenzen entzogen worden, hieß es aus dem Ministerium."
S7 = "Präsident Yoon Suk Yeol nannte den Streik »unverantwortlich«."
S8 = "Der Koreanische Ärzteverband stellte sich hinter die Streikenden."
S9 = "Mehrere Krankenhäuser in Seoul mussten nach Medienberichten Operationen verschieben."
S10 = "„Wir lassen uns nicht erpressen“, sagte ein Sprecher der Assistenzärzte."
S11 = "Südkorea hat im Vergleich zu anderen Industriestaaten wenige Ärzte pro Einwohner."

KOR_DOCTORS = actor("South Korean trainee doctors", "KOR", "CVL")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
CHO = actor("Cho Kyoo-hong", "KOR", "GOV")

DE02 = {
    "id": "hm17-de-02", "lang": "de", "published": "2024-02-21", "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10], [S11]),
    "events": [
        event("PROTEST", KOR_DOCTORS, KOR_GOV, S1, mode="strike", date="2024-02-20", location_country="KOR"),
        event("REQUEST", KOR_DOCTORS, KOR_GOV, S3),
        event("REQUEST", CHO, KOR_DOCTORS, S4),
        event("THREATEN", CHO, KOR_DOCTORS, S5, mode="ban"),
        event("COERCE", actor("South Korean health ministry", "KOR", "GOV"), KOR_DOCTORS, S6, mode="ban",
              negated=True),
        event("ACCUSE", actor("Yoon Suk Yeol", "KOR", "GOV"), KOR_DOCTORS, S7, mode="disapprove"),
        event("SUPPORT", actor("Korean Medical Association", "KOR", "LAB"), KOR_DOCTORS, S8),
    ],
    "quotes": [
        quote("Andernfalls drohe ihnen die Aussetzung ihrer Zulassung", "Cho Kyoo-hong", "indirect"),
        quote("Bislang seien jedoch keine Lizenzen entzogen worden", "South Korean health ministry", "indirect"),
        quote("unverantwortlich", "Yoon Suk Yeol", "direct"),
        quote("Wir lassen uns nicht erpressen", "spokesperson of the South Korean trainee doctors", "direct"),
    ],
    "entities": [
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Seoul"]),
        entity("Cho Kyoo-hong", "PER", "KOR", ["Gesundheitsminister Cho Kyoo-hong", "er"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol"]),
        entity("Korean Medical Association", "ORG", "KOR", ["Der Koreanische Ärzteverband"]),
        entity("South Korean health ministry", "ORG", "KOR", ["Ministerium"]),
    ],
}

# --- hm17-de-03: Iraq expels the Swedish ambassador ---------------------------------------
S1 = ("Nach der angekündigten Verbrennung eines Korans in Stockholm hat der Irak die schwedische Botschafterin "
      "ausgewiesen.")
S2 = "Zugleich rief Bagdad seinen Geschäftsträger aus Stockholm zurück."
S3 = ("In der Nacht zum Donnerstag hatten Hunderte Anhänger des schiitischen Geistlichen Muktada al-Sadr die "
      "schwedische Botschaft in Bagdad gestürmt und Feuer gelegt.")
S4 = "Die Polizei setzte Wasserwerfer ein, um die Menge zu vertreiben."
S5 = ("Der schwedische Außenminister Tobias Billström warf den irakischen Behörden vor, die Botschaft nicht "
      "ausreichend geschützt zu haben.")
S6 = "Alle Mitarbeiter seien in Sicherheit, sagte er."
S7 = "Bagdad wies die Kritik zurück."
S8 = ("Die irakische Regierung drohte zudem mit dem Abbruch der diplomatischen Beziehungen, sollte in Schweden "
      "erneut ein Koran verbrannt werden.")
S9 = "In Schweden waren in den vergangenen Monaten mehrfach Koranexemplare öffentlich beschädigt worden."
S10 = "Die Organisation für Islamische Zusammenarbeit rief Stockholm auf, solche Aktionen zu verhindern."

IRAQ = actor("Iraq", "IRQ", "GOV")
SWEDEN = actor("Sweden", "SWE", "GOV")
SADR_SUPPORTERS = actor("supporters of Muqtada al-Sadr", "IRQ", "CVL")

DE03 = {
    "id": "hm17-de-03", "lang": "de", "published": "2023-07-20", "title": None,
    "text": paragraphs([S1, S2], [S3, S4], [S5, S6, S7, S8], [S9, S10]),
    "events": [
        event("SANCTION", IRAQ, SWEDEN, S1, mode="expel"),
        event("SANCTION", IRAQ, SWEDEN, S2, mode="withdraw"),
        event("PROTEST", SADR_SUPPORTERS, SWEDEN, S3, mode="riot", date="2023-07-20", location="Baghdad",
              location_country="IRQ"),
        event("ASSAULT", actor("Iraqi police", "IRQ", "COP"), SADR_SUPPORTERS, S4, mode="crowd-control"),
        event("ACCUSE", actor("Tobias Billström", "SWE", "GOV"), IRAQ, S5, mode="allege"),
        event("THREATEN", IRAQ, SWEDEN, S8, mode="relations"),
        event("REQUEST", actor("Organisation of Islamic Cooperation", "IGO", "IGO"), SWEDEN, S10),
    ],
    "quotes": [
        quote("die Botschaft nicht ausreichend geschützt zu haben", "Tobias Billström", "indirect"),
        quote("Alle Mitarbeiter seien in Sicherheit", "Tobias Billström", "indirect"),
    ],
    "entities": [
        entity("Iraq", "GPE", "IRQ", ["der Irak", "Bagdad"]),
        entity("Sweden", "GPE", "SWE", ["Stockholm", "Schweden"]),
        entity("Muqtada al-Sadr", "PER", "IRQ", ["Muktada al-Sadr"]),
        entity("Tobias Billström", "PER", "SWE", ["Der schwedische Außenminister Tobias Billström", "er"]),
        entity("Organisation of Islamic Cooperation", "ORG", "IGO",
               ["Die Organisation für Islamische Zusammenarbeit"]),
    ],
}

# --- hm17-de-04: Turkey halts trade with Israel -------------------------------------------
S1 = "Die Türkei hat ihren gesamten Handel mit Israel eingestellt."
S2 = ("Die Maßnahme gelte, bis Israel einen dauerhaften Waffenstillstand im Gazastreifen zulasse, teilte das "
      "Handelsministerium in Ankara am Donnerstag mit.")
S3 = "Das Handelsvolumen hatte im vergangenen Jahr rund sieben Milliarden Dollar betragen."
S4 = ("Israels Außenminister Israel Katz warf Präsident Recep Tayyip Erdoğan vor, Häfen für israelische Importe "
      "und Exporte zu blockieren und damit Abkommen zu brechen.")
S5 = "„So verhält sich ein Diktator“, schrieb Katz auf der Plattform X."
S6 = "Israel werde nach Alternativen suchen und die eigene Produktion stärken, so Katz."
S7 = ("Ankara hatte bereits im April die Ausfuhr von Dutzenden Produkten nach Israel eingeschränkt, darunter "
      "Stahl und Baumaterial.")
S8 = "Die israelische Regierung kündigte damals Gegenmaßnahmen an."
S9 = "Türkische Wirtschaftsverbände kritisierten den Schritt, weil zahlreiche Unternehmen Aufträge verlieren dürften."

TURKEY = actor("Turkey", "TUR", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")

DE04 = {
    "id": "hm17-de-04", "lang": "de", "published": "2024-05-03", "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("SANCTION", TURKEY, ISRAEL, S1, mode="discontinue"),
        event("ACCUSE", KATZ, ERDOGAN, S4, mode="allege"),
        event("ACCUSE", KATZ, ERDOGAN, S5, mode="disapprove"),
        event("SANCTION", TURKEY, ISRAEL, S7, mode="discontinue"),
        event("THREATEN", ISRAEL, TURKEY, S8),
        event("ACCUSE", actor("Turkish business associations", "TUR", "BUS"), TURKEY, S9, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Maßnahme gelte, bis Israel einen dauerhaften Waffenstillstand im Gazastreifen zulasse",
              "Turkish trade ministry", "indirect"),
        quote("Häfen für israelische Importe und Exporte zu blockieren und damit Abkommen zu brechen", "Israel Katz",
              "indirect"),
        quote("So verhält sich ein Diktator", "Israel Katz", "direct"),
        quote("Israel werde nach Alternativen suchen und die eigene Produktion stärken", "Israel Katz", "indirect"),
    ],
    "entities": [
        entity("Turkey", "GPE", "TUR", ["Die Türkei", "Ankara"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Die israelische Regierung"]),
        entity("Israel Katz", "PER", "ISR", ["Israels Außenminister Israel Katz", "Katz"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("Turkish trade ministry", "ORG", "TUR", ["Handelsministerium"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
    ],
}

# --- hm17-en-01: India and the Maldives ---------------------------------------------------
S1 = ("Three Maldivian deputy ministers were suspended on Sunday over derogatory social media posts about "
      "Indian Prime Minister Narendra Modi.")
S2 = ("India's foreign ministry summoned the Maldivian high commissioner, Ibrahim Shaheeb, in New Delhi on "
      "Monday, according to officials.")
S3 = ("The posts had called Modi a \"clown\" and a \"puppet of Israel\" after his visit to the Lakshadweep "
      "islands.")
S4 = "Maldivian Foreign Minister Moosa Zameer said the remarks did not reflect the government's position."
S5 = "\"We are committed to a positive dialogue with all our partners,\" he told reporters in Male."
S6 = ("President Mohamed Muizzu, who is on a state visit to China, has asked India to withdraw its roughly 80 "
      "military personnel from the islands by March.")
S7 = "Several Indian film stars and cricketers called for a boycott of holidays in the Maldives."
S8 = "Tourists from India accounted for more than 200,000 visitors last year."

MDV_DEPUTIES = actor("Maldivian deputy ministers", "MDV", "GOV")
MUIZZU = actor("Mohamed Muizzu", "MDV", "GOV")

EN01 = {
    "id": "hm17-en-01", "lang": "en", "published": "2024-01-08", "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5], [S6, S7, S8]),
    "events": [
        event("ACCUSE", actor("Indian foreign ministry", "IND", "GOV"), actor("Ibrahim Shaheeb", "MDV", "GOV"), S2,
              mode="disapprove", date="2024-01-08", location="New Delhi", location_country="IND"),
        event("ACCUSE", MDV_DEPUTIES, actor("Narendra Modi", "IND", "GOV"), S3, mode="disapprove"),
        event("CONSULT", MUIZZU, actor("China", "CHN", "GOV"), S6, mode="visit", location_country="CHN"),
        event("REQUEST", MUIZZU, actor("India", "IND", "GOV"), S6),
        event("PROTEST", actor("Indian celebrities", "IND", "CVL"), actor("Maldives", "MDV", "GOV"), S7,
              mode="boycott"),
    ],
    "quotes": [
        quote("India's foreign ministry summoned the Maldivian high commissioner, Ibrahim Shaheeb, in New Delhi on "
              "Monday", "Indian officials", "indirect"),
        quote("clown", "Maldivian deputy ministers", "direct"),
        quote("puppet of Israel", "Maldivian deputy ministers", "direct"),
        quote("the remarks did not reflect the government's position", "Moosa Zameer", "indirect"),
        quote("We are committed to a positive dialogue with all our partners", "Moosa Zameer", "direct"),
    ],
    "entities": [
        entity("Narendra Modi", "PER", "IND", ["Indian Prime Minister Narendra Modi", "Modi"]),
        entity("Ibrahim Shaheeb", "PER", "MDV", ["the Maldivian high commissioner, Ibrahim Shaheeb"]),
        entity("Moosa Zameer", "PER", "MDV", ["Maldivian Foreign Minister Moosa Zameer", "he"]),
        entity("Mohamed Muizzu", "PER", "MDV", ["President Mohamed Muizzu"]),
        entity("India", "GPE", "IND", ["India"]),
        entity("Maldives", "GPE", "MDV", ["Maldives"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("New Delhi", "LOC", "IND", ["New Delhi"]),
        entity("Indian foreign ministry", "ORG", "IND", ["India's foreign ministry"]),
    ],
}

# --- hm17-en-02: aid after the Herat earthquakes ------------------------------------------
S1 = ("The United Nations appealed on Tuesday for urgent funds to help survivors of the earthquakes in western "
      "Afghanistan's Herat province.")
S2 = "The quakes killed more than 2,000 people, according to the Taliban government."
S3 = ("The World Health Organization said it had sent medical supplies for 10,000 patients to hospitals in "
      "Herat.")
S4 = "Pakistan and Iran dispatched rescue teams and relief goods across the border on Monday."
S5 = "Taliban spokesman Zabihullah Mujahid called on international aid organisations to deliver help quickly."
S5B = "\"Our people need shelter before winter,\" he said."
S6 = ("The Norwegian Refugee Council accused the authorities of blocking female aid workers from reaching "
      "women in remote villages.")
S7 = "A Taliban official denied the claim."
S8 = "International aid to Afghanistan has fallen sharply over the past two years."
S9 = "The UN said its humanitarian appeal for the country was only a third funded."

SURVIVORS = actor("earthquake survivors in Herat", "AFG", "CVL")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")

EN02 = {
    "id": "hm17-en-02", "lang": "en", "published": "2023-10-10", "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S5B], [S6, S7], [S8, S9]),
    "events": [
        event("REQUEST", actor("United Nations", "UNO", "IGO"), None, S1, mode="assist", date="2023-10-10"),
        event("AID", actor("World Health Organization", "UNO", "IGO"), SURVIVORS, S3, location="Herat",
              location_country="AFG"),
        event("AID", actor("Pakistan", "PAK", "GOV"), SURVIVORS, S4, date="2023-10-09"),
        event("AID", actor("Iran", "IRN", "GOV"), SURVIVORS, S4, date="2023-10-09"),
        event("REQUEST", MUJAHID, actor("international aid organisations", None, "NGO"), S5, mode="assist"),
        event("ACCUSE", actor("Norwegian Refugee Council", "NGO", "NGO"), actor("Taliban government", "AFG", "GOV"),
              S6, mode="allege"),
    ],
    "quotes": [
        quote("The quakes killed more than 2,000 people", "Taliban government", "indirect"),
        quote("it had sent medical supplies for 10,000 patients to hospitals in Herat", "World Health Organization",
              "indirect"),
        quote("Our people need shelter before winter", "Zabihullah Mujahid", "direct"),
        quote("its humanitarian appeal for the country was only a third funded", "United Nations", "indirect"),
    ],
    "entities": [
        entity("United Nations", "ORG", "UNO", ["The United Nations", "The UN"]),
        entity("Herat", "LOC", "AFG", ["Herat province", "Herat"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("Taliban government", "ORG", "AFG", ["the Taliban government", "the authorities"]),
        entity("World Health Organization", "ORG", "UNO", ["The World Health Organization"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban spokesman Zabihullah Mujahid", "he"]),
        entity("Norwegian Refugee Council", "ORG", "NGO", ["The Norwegian Refugee Council"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
