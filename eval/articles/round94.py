"""Round 94: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2024-2025 settings):
- hm94-de-01: Guatemala's interior minister resigns after Barrio 18 members escape from prison (October 2025)
- hm94-de-02: the anti-corruption march in Manila over flood-control funds ends in clashes (September 2025)
- hm94-de-03: Myanmar's junta raids the KK Park scam compound, people flee to Mae Sot (October 2025)
- hm94-de-04: Washington sanctions Colombia's President Petro (October 2025)
- hm94-en-01: Palau accuses China over a research vessel in its waters (November 2024)
- hm94-en-02: Peru's Supreme Court sentences Pedro Castillo and Betssy Chávez (November 2025)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm94-de-01
D1_A1 = ("Nach dem Ausbruch von 20 Mitgliedern der Bande Barrio 18 aus einem Hochsicherheitsgefängnis ist "
         "Guatemalas Innenminister Francisco Jiménez am Montag zurückgetreten.")
D1_A2 = "»Ich übernehme die politische Verantwortung für dieses Versagen«, erklärte er in einer kurzen Mitteilung."
D1_A3 = "Zuvor hatte der Kongress dem Minister mit einem Misstrauensvotum gedroht."
D1_B1 = "Präsident Bernardo Arévalo verhängte für 30 Tage den Ausnahmezustand über die Haftanstalten des Landes."
D1_B2 = "Sieben der Flüchtigen wurden nach Angaben der Polizei inzwischen wieder gefasst."
D1_B3 = ("In der Stadt Villa Nueva lieferten sich Polizisten ein Feuergefecht mit Bandenmitgliedern, dabei "
         "kam ein Flüchtiger ums Leben.")
D1_B4 = ("Arévalo beschuldigte die Anführer der Bande, Wärter bestochen zu haben, und sprach von »Verrat im "
         "Inneren des Staates«.")
D1_C1 = "Die US-Regierung bot Guatemala Unterstützung bei der Fahndung an."
D1_C2 = "Das US-Außenministerium forderte zudem, die Anführer der Bande an die USA auszuliefern."
D1_C3 = "Die oppositionelle Partei Vamos verlangte am Montag auch den Rücktritt des Präsidenten."

JIMENEZ = actor("Francisco Jiménez", "GTM", "GOV")
AREVALO = actor("Bernardo Arévalo", "GTM", "GOV")
GTM_POL = actor("National Civil Police of Guatemala", "GTM", "COP")
B18 = actor("Barrio 18", "GTM", "REB")

DE01 = {
    "id": "hm94-de-01", "lang": "de", "url": None, "published": "2025-10-21",
    "title": "Guatemalas Innenminister tritt nach Massenausbruch zurück",
    "text": paragraphs([D1_A1, D1_A2, D1_A3], [D1_B1, D1_B2, D1_B3, D1_B4], [D1_C1, D1_C2, D1_C3]),
    "events": [
        event("RETREAT", JIMENEZ, None, D1_A1, mode="resign", date="2025-10-20"),
        event("CONCEDE", JIMENEZ, None, D1_A2),
        event("THREATEN", actor("Congress of Guatemala", "GTM", "LEG"), JIMENEZ, D1_A3),
        event("COERCE", AREVALO, None, D1_B1, mode="curfew"),
        event("COERCE", GTM_POL, B18, D1_B2, mode="arrest"),
        event("ASSAULT", GTM_POL, B18, D1_B3, mode="firearms", location="Villa Nueva", location_country="GTM"),
        event("ASSAULT", B18, GTM_POL, D1_B3, mode="firearms", location="Villa Nueva", location_country="GTM"),
        event("ACCUSE", AREVALO, B18, D1_B4, mode="allege"),
        event("AGREE", actor("United States", "USA", "GOV"), actor("Guatemala", "GTM", "GOV"), D1_C1),
        event("REQUEST", actor("United States Department of State", "USA", "GOV"), actor("Guatemala", "GTM", "GOV"),
              D1_C2),
        event("REQUEST", actor("Vamos", "GTM", "PTY"), AREVALO, D1_C3, date="2025-10-20"),
    ],
    "quotes": [
        quote("Ich übernehme die politische Verantwortung für dieses Versagen", "Francisco Jiménez", "direct"),
        quote("Sieben der Flüchtigen wurden nach Angaben der Polizei inzwischen wieder gefasst",
              "National Civil Police of Guatemala", "indirect"),
        quote("Wärter bestochen zu haben", "Bernardo Arévalo", "indirect"),
        quote("Verrat im Inneren des Staates", "Bernardo Arévalo", "direct"),
    ],
    "entities": [
        entity("Barrio 18", "ORG", "GTM", ["der Bande Barrio 18", "Bandenmitgliedern", "die Anführer der Bande",
                                           "Flüchtigen"]),
        entity("Guatemala", "GPE", "GTM", ["Guatemalas", "Guatemala"]),
        entity("Francisco Jiménez", "PER", "GTM", ["Guatemalas Innenminister Francisco Jiménez", "dem Minister"]),
        entity("Congress of Guatemala", "ORG", "GTM", ["der Kongress"]),
        entity("Bernardo Arévalo", "PER", "GTM", ["Präsident Bernardo Arévalo", "Arévalo", "des Präsidenten"]),
        entity("National Civil Police of Guatemala", "ORG", "GTM", ["der Polizei", "Polizisten"]),
        entity("Villa Nueva", "GPE", "GTM", ["der Stadt Villa Nueva"]),
        entity("United States", "GPE", "USA", ["Die US-Regierung", "die USA"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Vamos", "ORG", "GTM", ["Die oppositionelle Partei Vamos"]),
    ],
}

# ---------------------------------------------------------------- hm94-de-02
D2_A1 = ("Zehntausende Menschen haben am Sonntag in Manila gegen Korruption bei staatlichen "
         "Hochwasserschutzprojekten demonstriert.")
D2_A2 = ("Am Rande der weitgehend friedlichen Kundgebung warfen vermummte Jugendliche nahe dem "
         "Präsidentenpalast Steine und Brandsätze auf Polizisten.")
D2_A3 = "Die Polizei setzte Wasserwerfer ein und nahm 216 Menschen fest, darunter zahlreiche Minderjährige."
D2_B1 = ("Auslöser der Proteste sind Berichte, wonach Abgeordnete und Baufirmen Milliarden Pesos aus dem Budget "
         "für Deichbauten abgezweigt haben sollen.")
D2_B2 = ("Parlamentspräsident Martin Romualdez, ein Cousin von Präsident Ferdinand Marcos Jr., war in der "
         "vergangenen Woche zurückgetreten.")
D2_B3 = "Marcos sagte, er könne die Wut der Menschen verstehen, und rief die Demonstranten auf, friedlich zu bleiben."
D2_B4 = "»Wer gestohlen hat, wird ins Gefängnis gehen, egal wer es ist«, sagte er."
D2_C1 = "Die katholische Bischofskonferenz, die zu dem Marsch aufgerufen hatte, verlangte von der Regierung eine unabhängige Untersuchung."
D2_C1B = "„Das Volk hat genug von den Dieben“, sagte Kardinal Pablo Virgilio David."
D2_C2 = "Eine von Marcos eingesetzte Kommission ermittelt bereits gegen mehr als 30 Abgeordnete."
D2_C3 = "Vizepräsidentin Sara Duterte warf der Regierung dagegen vor, von eigenen Verfehlungen abzulenken."

PROTESTERS = actor("protesters", "PHL", "CVL")
PHL_POL = actor("Philippine National Police", "PHL", "COP")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")

DE02 = {
    "id": "hm94-de-02", "lang": "de", "url": None, "published": "2025-09-22",
    "title": "Zehntausende protestieren in Manila gegen Korruption",
    "text": paragraphs([D2_A1, D2_A2, D2_A3], [D2_B1, D2_B2, D2_B3, D2_B4], [D2_C1, D2_C1B, D2_C2, D2_C3]),
    "events": [
        event("PROTEST", PROTESTERS, PHL_GOV, D2_A1, mode="demo", date="2025-09-21", location="Manila",
              location_country="PHL"),
        event("ASSAULT", actor("masked youths", "PHL", "CVL"), PHL_POL, D2_A2, mode="primitive", date="2025-09-21",
              location="Manila", location_country="PHL"),
        event("ASSAULT", PHL_POL, PROTESTERS, D2_A3, mode="crowd-control", date="2025-09-21", location="Manila",
              location_country="PHL"),
        event("COERCE", PHL_POL, PROTESTERS, D2_A3, mode="arrest", date="2025-09-21", location="Manila",
              location_country="PHL"),
        event("RETREAT", actor("Martin Romualdez", "PHL", "LEG"), None, D2_B2, mode="resign"),
        event("REQUEST", MARCOS, PROTESTERS, D2_B3),
        event("THREATEN", MARCOS, None, D2_B4, mode="arrest"),
        event("REQUEST", actor("Catholic Bishops' Conference of the Philippines", "PHL", "NGO"), PHL_GOV, D2_C1,
              mode="change"),
        event("ACCUSE", actor("Pablo Virgilio David", "PHL", "NGO"), PHL_GOV, D2_C1B, mode="disapprove"),
        event("ACCUSE", actor("Independent Commission for Infrastructure", "PHL", "GOV"),
              actor("lawmakers", "PHL", "LEG"), D2_C2, mode="investigate"),
        event("ACCUSE", actor("Sara Duterte", "PHL", "GOV"), PHL_GOV, D2_C3, mode="allege"),
    ],
    "quotes": [
        quote("er könne die Wut der Menschen verstehen", "Ferdinand Marcos Jr.", "indirect"),
        quote("Wer gestohlen hat, wird ins Gefängnis gehen, egal wer es ist", "Ferdinand Marcos Jr.", "direct"),
        quote("Das Volk hat genug von den Dieben", "Pablo Virgilio David", "direct"),
        quote("von eigenen Verfehlungen abzulenken", "Sara Duterte", "indirect"),
    ],
    "entities": [
        entity("protesters", "PER", "PHL", ["Zehntausende Menschen", "die Demonstranten"]),
        entity("Manila", "GPE", "PHL", ["Manila"]),
        entity("masked youths", "PER", "PHL", ["vermummte Jugendliche"]),
        entity("Malacañang Palace", "LOC", "PHL", ["dem Präsidentenpalast"]),
        entity("Philippine National Police", "ORG", "PHL", ["Polizisten", "Die Polizei"]),
        entity("Martin Romualdez", "PER", "PHL", ["Parlamentspräsident Martin Romualdez"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr.", "Marcos"]),
        entity("Catholic Bishops' Conference of the Philippines", "ORG", "PHL",
               ["Die katholische Bischofskonferenz"]),
        entity("Pablo Virgilio David", "PER", "PHL", ["Kardinal Pablo Virgilio David"]),
        entity("Government of the Philippines", "ORG", "PHL", ["der Regierung"]),
        entity("Independent Commission for Infrastructure", "ORG", "PHL", ["Eine von Marcos eingesetzte Kommission"]),
        entity("Sara Duterte", "PER", "PHL", ["Vizepräsidentin Sara Duterte"]),
    ],
}

# ---------------------------------------------------------------- hm94-de-03
D3_A1 = ("Myanmars Militärjunta hat das Betrugszentrum KK Park an der Grenze zu Thailand gestürmt und mehr als "
         "2000 Menschen festgesetzt, wie staatliche Medien am Mittwoch berichteten.")
D3_A2 = ("Mehr als 1500 Menschen, darunter viele Chinesen und Inder, flohen über den Grenzfluss Moei in die "
         "thailändische Stadt Mae Sot.")
D3_B1 = "Thailand richtete Notunterkünfte ein und versorgte die Geflüchteten mit Lebensmitteln."
D3_B2 = "Die Regierung in Bangkok forderte die Herkunftsstaaten auf, ihre Staatsbürger rasch zurückzuholen."
D3_B2B = "Die Junta selbst hat Bangkok bislang nicht um Hilfe gebeten."
D3_B3 = ("Außenminister Sihasak Phuangketkeow telefonierte dazu mit seinem chinesischen Kollegen Wang Yi, der "
         "Charterflüge für die Chinesen zusagte.")
D3_C1 = "Die Junta machte die Rebellen der Karen National Union für den Schutz der Betrugsfabriken verantwortlich."
D3_C2 = "Die KNU habe jahrelang Geld von den Betreibern kassiert, sagte Juntasprecher Zaw Min Tun."
D3_C3 = ("Die Rebellengruppe wies dies zurück und warf den Generälen vor, selbst an dem Geschäft zu "
         "verdienen.")
D3_C4 = "„Die Razzia ist reine Show für das Ausland“, sagte ein KNU-Sprecher."
D3_C5 = ("Die USA hatten im September Sanktionen gegen die Miliz Democratic Karen Buddhist Army verhängt, die "
         "Betrugszentren schützen soll.")

JUNTA = actor("Myanmar military junta", "MMR", "MIL")
KNU = actor("Karen National Union", "MMR", "REB")
THA = actor("Thailand", "THA", "GOV")

DE03 = {
    "id": "hm94-de-03", "lang": "de", "url": None, "published": "2025-10-23",
    "title": "Junta stürmt Betrugszentrum KK Park",
    "text": paragraphs([D3_A1, D3_A2], [D3_B1, D3_B2, D3_B2B, D3_B3], [D3_C1, D3_C2, D3_C3, D3_C4, D3_C5]),
    "events": [
        event("COERCE", JUNTA, actor("scam compound workers", None, "CVL"), D3_A1, mode="arrest",
              location="KK Park", location_country="MMR"),
        event("AID", THA, actor("people who fled KK Park", None, "CVL"), D3_B1, location="Mae Sot",
              location_country="THA"),
        event("REQUEST", THA, None, D3_B2),
        event("REQUEST", JUNTA, THA, D3_B2B, negated=True),
        event("CONSULT", actor("Sihasak Phuangketkeow", "THA", "GOV"), actor("Wang Yi", "CHN", "GOV"), D3_B3,
              mode="phone"),
        event("AGREE", actor("Wang Yi", "CHN", "GOV"), THA, D3_B3),
        event("ACCUSE", JUNTA, KNU, D3_C1, mode="allege"),
        event("ACCUSE", actor("Zaw Min Tun", "MMR", "MIL"), KNU, D3_C2, mode="allege"),
        event("ACCUSE", KNU, JUNTA, D3_C3, mode="allege"),
        event("ACCUSE", actor("Spokesman of the Karen National Union", "MMR", "REB"), JUNTA, D3_C4,
              mode="disapprove"),
        event("SANCTION", actor("United States", "USA", "GOV"), actor("Democratic Karen Buddhist Army", "MMR", "REB"),
              D3_C5, mode="discontinue"),
    ],
    "quotes": [
        quote("Myanmars Militärjunta hat das Betrugszentrum KK Park an der Grenze zu Thailand gestürmt und mehr "
              "als 2000 Menschen festgesetzt", "Myanmar state media", "indirect"),
        quote("Die KNU habe jahrelang Geld von den Betreibern kassiert", "Zaw Min Tun", "indirect"),
        quote("selbst an dem Geschäft zu verdienen", "Karen National Union", "indirect"),
        quote("Die Razzia ist reine Show für das Ausland", "Spokesman of the Karen National Union", "direct"),
    ],
    "entities": [
        entity("Myanmar military junta", "ORG", "MMR", ["Myanmars Militärjunta", "Die Junta", "den Generälen"]),
        entity("KK Park", "LOC", "MMR", ["das Betrugszentrum KK Park"]),
        entity("Thailand", "GPE", "THA", ["Thailand", "Die Regierung in Bangkok", "Bangkok"]),
        entity("Moei River", "LOC", None, ["den Grenzfluss Moei"]),
        entity("Mae Sot", "GPE", "THA", ["die thailändische Stadt Mae Sot"]),
        entity("Sihasak Phuangketkeow", "PER", "THA", ["Außenminister Sihasak Phuangketkeow"]),
        entity("Wang Yi", "PER", "CHN", ["seinem chinesischen Kollegen Wang Yi"]),
        entity("Karen National Union", "ORG", "MMR", ["der Karen National Union", "Die KNU",
                                                      "Die Rebellengruppe"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Juntasprecher Zaw Min Tun"]),
        entity("Spokesman of the Karen National Union", "PER", "MMR", ["ein KNU-Sprecher"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("Democratic Karen Buddhist Army", "ORG", "MMR", ["die Miliz Democratic Karen Buddhist Army"]),
    ],
}

# ---------------------------------------------------------------- hm94-de-04
D4_A1 = "Die US-Regierung hat am Freitag Sanktionen gegen Kolumbiens Präsidenten Gustavo Petro verhängt."
D4_A2 = ("Auch seine Ehefrau Verónica Alcocer und Innenminister Armando Benedetti stehen nun auf der "
         "Sanktionsliste des Finanzministeriums.")
D4_A3 = "Petro habe zugelassen, dass die Drogenkartelle florierten, erklärte Finanzminister Scott Bessent."
D4_B1 = ("Petro sprach von einer »Rache« für seine Kritik an den US-Angriffen auf Boote in der Karibik.")
D4_B2 = "»Ich werde keinen Schritt zurückweichen«, schrieb er auf der Plattform X."
D4_B3 = ("Bereits am Montag hatte Bogotá seinen Botschafter in Washington, Daniel García-Peña, zu "
         "Konsultationen zurückgerufen.")
D4_B4 = ("Zuvor hatte US-Präsident Donald Trump Petro einen »Drogenboss« genannt und sämtliche Hilfszahlungen "
         "an Kolumbien gestoppt.")
D4_C1 = "Brasiliens Präsident Luiz Inácio Lula da Silva sicherte Petro in einem Telefonat seine Solidarität zu."
D4_C2 = "Washington droht zudem mit Strafzöllen, sollte Kolumbien nicht entschiedener gegen den Kokainanbau vorgehen."
D4_C3 = "Kolumbien ist der weltweit größte Produzent von Kokain."

USA = actor("United States", "USA", "GOV")
TREAS = actor("United States Department of the Treasury", "USA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
COL = actor("Colombia", "COL", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")

DE04 = {
    "id": "hm94-de-04", "lang": "de", "url": None, "published": "2025-10-25",
    "title": "USA verhängen Sanktionen gegen Kolumbiens Präsidenten",
    "text": paragraphs([D4_A1, D4_A2, D4_A3], [D4_B1, D4_B2, D4_B3, D4_B4], [D4_C1, D4_C2, D4_C3]),
    "events": [
        event("SANCTION", USA, PETRO, D4_A1, mode="discontinue", date="2025-10-24"),
        event("SANCTION", TREAS, actor("Verónica Alcocer", "COL", "CVL"), D4_A2, mode="discontinue"),
        event("SANCTION", TREAS, actor("Armando Benedetti", "COL", "GOV"), D4_A2, mode="discontinue"),
        event("ACCUSE", actor("Scott Bessent", "USA", "GOV"), PETRO, D4_A3, mode="allege"),
        event("ACCUSE", PETRO, USA, D4_B1, mode="disapprove"),
        event("SANCTION", COL, USA, D4_B3, mode="withdraw", date="2025-10-20"),
        event("ACCUSE", actor("Donald Trump", "USA", "GOV"), PETRO, D4_B4, mode="disapprove"),
        event("SANCTION", actor("Donald Trump", "USA", "GOV"), COL, D4_B4, mode="withdraw"),
        event("CONSULT", LULA, PETRO, D4_C1, mode="phone"),
        event("SUPPORT", LULA, PETRO, D4_C1),
        event("THREATEN", USA, COL, D4_C2),
    ],
    "quotes": [
        quote("Petro habe zugelassen, dass die Drogenkartelle florierten", "Scott Bessent", "indirect"),
        quote("Rache", "Gustavo Petro", "direct"),
        quote("Ich werde keinen Schritt zurückweichen", "Gustavo Petro", "direct"),
        quote("Drogenboss", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["Die US-Regierung", "Washington"]),
        entity("Gustavo Petro", "PER", "COL", ["Kolumbiens Präsidenten Gustavo Petro", "Petro"]),
        entity("Verónica Alcocer", "PER", "COL", ["seine Ehefrau Verónica Alcocer"]),
        entity("Armando Benedetti", "PER", "COL", ["Innenminister Armando Benedetti"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["des Finanzministeriums"]),
        entity("Scott Bessent", "PER", "USA", ["Finanzminister Scott Bessent"]),
        entity("Caribbean Sea", "LOC", None, ["der Karibik"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Colombia", "GPE", "COL", ["Kolumbiens", "Bogotá", "Kolumbien"]),
        entity("Daniel García-Peña", "PER", "COL", ["seinen Botschafter in Washington, Daniel García-Peña"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brasiliens Präsident Luiz Inácio Lula da Silva"]),
    ],
}

# ---------------------------------------------------------------- hm94-en-01
E1_A1 = ("Palau accused China on Tuesday of sending a research vessel into its exclusive economic zone without "
         "permission for the third time this year.")
E1_A2 = ("The ship had spent four days surveying waters near Kayangel atoll before leaving on Monday, the "
         "president's office said.")
E1_B1 = ("President Surangel Whipps Jr. said the incursions were part of a pattern of pressure over Palau's "
         "diplomatic ties with Taiwan.")
E1_B2 = "“We are a small country, but we will not be bullied,” he told reporters in Koror."
E1_B3 = "Whipps asked Washington to step up maritime patrols under the two countries' compact of free association."
E1_B4 = "A US Coast Guard cutter arrived on Wednesday for a joint patrol with Palauan police."
E1_C1 = ("Chinese Foreign Ministry spokesman Lin Jian said the vessel had been conducting “normal scientific "
         "research” in line with international law.")
E1_C2 = "He urged Palau to stop “hyping up” the issue and to recognise the one-China principle."
E1_C3 = "Taiwan's foreign ministry expressed support for Koror and offered to help with maritime surveillance."
E1_C4 = "Palau is one of 12 countries that still recognise Taiwan."

PLW = actor("Palau", "PLW", "GOV")
CHN = actor("China", "CHN", "GOV")
WHIPPS = actor("Surangel Whipps Jr.", "PLW", "GOV")
TWN_MOFA = actor("Ministry of Foreign Affairs of Taiwan", "TWN", "GOV")

EN01 = {
    "id": "hm94-en-01", "lang": "en", "url": None, "published": "2024-11-13",
    "title": "Palau accuses China of sending research ship into its waters",
    "text": paragraphs([E1_A1, E1_A2], [E1_B1, E1_B2, E1_B3, E1_B4], [E1_C1, E1_C2, E1_C3, E1_C4]),
    "events": [
        event("ACCUSE", PLW, CHN, E1_A1, mode="allege", date="2024-11-12"),
        event("ACCUSE", PLW, CHN, E1_A2, mode="allege"),
        event("ACCUSE", WHIPPS, CHN, E1_B1, mode="allege"),
        event("REQUEST", WHIPPS, actor("United States", "USA", "GOV"), E1_B3, mode="assist"),
        event("COOPERATE", actor("United States Coast Guard", "USA", "MIL"), actor("Palau police", "PLW", "COP"),
              E1_B4, date="2024-11-13"),
        event("REQUEST", actor("Lin Jian", "CHN", "GOV"), PLW, E1_C2, mode="change"),
        event("SUPPORT", TWN_MOFA, PLW, E1_C3),
        event("AGREE", TWN_MOFA, PLW, E1_C3),
    ],
    "quotes": [
        quote("The ship had spent four days surveying waters near Kayangel atoll before leaving on Monday",
              "Office of the President of Palau", "indirect"),
        quote("the incursions were part of a pattern of pressure over Palau's diplomatic ties with Taiwan",
              "Surangel Whipps Jr.", "indirect"),
        quote("We are a small country, but we will not be bullied", "Surangel Whipps Jr.", "direct"),
        quote("the vessel had been conducting “normal scientific research” in line with international law",
              "Lin Jian", "indirect"),
        quote("normal scientific research", "Lin Jian", "direct"),
        quote("hyping up", "Lin Jian", "direct"),
    ],
    "entities": [
        entity("Palau", "GPE", "PLW", ["Palau", "Koror"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Kayangel", "LOC", "PLW", ["Kayangel atoll"]),
        entity("Office of the President of Palau", "ORG", "PLW", ["the president's office"]),
        entity("Surangel Whipps Jr.", "PER", "PLW", ["President Surangel Whipps Jr.", "Whipps"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("United States Coast Guard", "ORG", "USA", ["A US Coast Guard cutter"]),
        entity("Palau police", "ORG", "PLW", ["Palauan police"]),
        entity("Lin Jian", "PER", "CHN", ["Chinese Foreign Ministry spokesman Lin Jian"]),
        entity("Ministry of Foreign Affairs of Taiwan", "ORG", "TWN", ["Taiwan's foreign ministry"]),
    ],
}

# ---------------------------------------------------------------- hm94-en-02
E2_A1 = ("Peru's Supreme Court sentenced former President Pedro Castillo to 11 years and five months in prison "
         "on Thursday for conspiring to commit rebellion when he tried to dissolve Congress in December 2022.")
E2_A2 = "Former Prime Minister Betssy Chávez received the same sentence in absentia."
E2_A3 = ("Mexico granted Chávez asylum at its embassy in Lima in early November, prompting Peru to break off "
         "diplomatic relations.")
E2_B1 = ("Castillo, who followed the hearing by video link from a prison east of Lima, called the trial "
         "“a political lynching.”")
E2_B2 = "His lawyer said they would appeal."
E2_B3 = "Several hundred supporters protested outside the court and briefly blocked a main road."
E2_C1 = ("Mexican President Claudia Sheinbaum said Castillo was “a political prisoner” and urged Lima to "
         "release him.")
E2_C2 = ("Peru's foreign ministry condemned the remarks as interference in its internal affairs and said it "
         "would send a formal protest note.")
E2_C3 = "Castillo's successor Dina Boluarte was herself removed by Congress in October."

SC_PER = actor("Supreme Court of Peru", "PER", "JUD")
CASTILLO = actor("Pedro Castillo", "PER", "OPP")
CHAVEZ = actor("Betssy Chávez", "PER", "OPP")
MEX = actor("Mexico", "MEX", "GOV")
PER = actor("Peru", "PER", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")

EN02 = {
    "id": "hm94-en-02", "lang": "en", "url": None, "published": "2025-11-28",
    "title": "Peru's Castillo sentenced to more than 11 years over failed self-coup",
    "text": paragraphs([E2_A1, E2_A2, E2_A3], [E2_B1, E2_B2, E2_B3], [E2_C1, E2_C2, E2_C3]),
    "events": [
        event("SANCTION", SC_PER, CASTILLO, E2_A1, mode="convict", date="2025-11-27"),
        event("COERCE", SC_PER, CASTILLO, E2_A1, mode="arrest", date="2025-11-27"),
        event("SANCTION", SC_PER, CHAVEZ, E2_A2, mode="convict", date="2025-11-27"),
        event("AID", MEX, CHAVEZ, E2_A3, location="Lima", location_country="PER"),
        event("SANCTION", PER, MEX, E2_A3, mode="discontinue"),
        event("ACCUSE", CASTILLO, SC_PER, E2_B1, mode="disapprove"),
        event("PROTEST", actor("Castillo supporters", "PER", "CVL"), SC_PER, E2_B3, mode="demo"),
        event("ACCUSE", SHEINBAUM, PER, E2_C1, mode="disapprove"),
        event("REQUEST", SHEINBAUM, PER, E2_C1, mode="yield"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Peru", "PER", "GOV"), MEX, E2_C2, mode="disapprove"),
        event("COERCE", actor("Congress of Peru", "PER", "LEG"), actor("Dina Boluarte", "PER", "GOV"), E2_C3,
              mode="restrict"),
    ],
    "quotes": [
        quote("a political lynching", "Pedro Castillo", "direct"),
        quote("they would appeal", "lawyer of Pedro Castillo", "indirect"),
        quote("Castillo was “a political prisoner”", "Claudia Sheinbaum", "indirect"),
        quote("a political prisoner", "Claudia Sheinbaum", "direct"),
        quote("it would send a formal protest note", "Ministry of Foreign Affairs of Peru", "indirect"),
    ],
    "entities": [
        entity("Supreme Court of Peru", "ORG", "PER", ["Peru's Supreme Court", "the court"]),
        entity("Pedro Castillo", "PER", "PER", ["former President Pedro Castillo", "Castillo"]),
        entity("Congress of Peru", "ORG", "PER", ["Congress"]),
        entity("Betssy Chávez", "PER", "PER", ["Former Prime Minister Betssy Chávez", "Chávez"]),
        entity("Mexico", "GPE", "MEX", ["Mexico"]),
        entity("Embassy of Mexico in Lima", "ORG", "MEX", ["its embassy in Lima"]),
        entity("Peru", "GPE", "PER", ["Peru", "Lima"]),
        entity("lawyer of Pedro Castillo", "PER", "PER", ["His lawyer"]),
        entity("Castillo supporters", "PER", "PER", ["Several hundred supporters"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum"]),
        entity("Ministry of Foreign Affairs of Peru", "ORG", "PER", ["Peru's foreign ministry"]),
        entity("Dina Boluarte", "PER", "PER", ["Castillo's successor Dina Boluarte"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
