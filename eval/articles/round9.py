"""Round 9 of the hand-made articles (handmade9.jsonl), written blind on 2026-11-29.

Invented wire-style texts (plausible, not reported facts), annotated after
../shared/data/articles/CONVENTIONS.md without running the pipeline on them.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- Iraq and the Kurdistan region -------------------------------------------------------
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
KRG = actor("Kurdistan Regional Government", "IRQ", "GOV")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
BARZANI = actor("Masrour Barzani", "IRQ", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")

IRQ_S = [
    "Die irakische Zentralregierung und die Regionalregierung der Kurden im Norden des Landes haben ihren "
    "monatelangen Streit über die Ölexporte vorerst beigelegt.",
    "Ministerpräsident Mohammed Schia al-Sudani und der kurdische Regierungschef Masrur Barsani unterzeichneten am "
    "Dienstag in Bagdad eine Vereinbarung, nach der die Ausfuhren über den türkischen Hafen Ceyhan wieder "
    "aufgenommen werden sollen.",
    "Die Türkei hatte den Ölfluss durch die Pipeline Ende März gestoppt, nachdem ein Schiedsgericht in Paris "
    "Bagdad recht gegeben hatte.",
    "Nach Schätzungen von Branchenexperten fehlen dem Irak dadurch täglich rund 450.000 Barrel Exporte.",
    "Barsani sprach von einem „wichtigen Schritt für alle Iraker“.",
    "Die Kurdenregion sei bereit, ihre Öleinnahmen künftig über ein Konto zu leiten, das von der Zentralbank "
    "überwacht werde, sagte er.",
    "Al-Sudani forderte Ankara auf, die Pipeline so rasch wie möglich wieder zu öffnen.",
    "Eine Zusage aus der Türkei gab es bis zum Abend nicht.",
    "Kurdische Oppositionsparteien kritisierten das Abkommen.",
    "Es gebe den Beschäftigten im öffentlichen Dienst keine Garantie für die pünktliche Zahlung ihrer Gehälter, "
    "erklärte die Partei Neue Generation.",
]

IRAQ = {
    "id": "hm9-de-01", "lang": "de", "published": "2023-04-05", "title": None,
    "text": paragraphs(IRQ_S[0:2], IRQ_S[2:4], IRQ_S[4:8], IRQ_S[8:10]),
    "events": [
        event("AGREE", IRQ_GOV, KRG, IRQ_S[0]),
        event("SUPPORT", SUDANI, BARZANI, IRQ_S[1], date="2023-04-04", location="Baghdad", location_country="IRQ"),
        event("SANCTION", TURKEY, actor("Iraq", "IRQ", "GOV"), IRQ_S[2], mode="discontinue"),
        event("AGREE", BARZANI, IRQ_GOV, IRQ_S[5]),
        event("REQUEST", SUDANI, TURKEY, IRQ_S[6]),
        event("AGREE", TURKEY, IRQ_GOV, IRQ_S[7], negated=True),
        event("ACCUSE", actor("Kurdish opposition parties", "IRQ", "OPP"), KRG, IRQ_S[8], mode="disapprove"),
        event("ACCUSE", actor("New Generation", "IRQ", "PTY"), KRG, IRQ_S[9], mode="disapprove"),
    ],
    "quotes": [
        quote("wichtigen Schritt für alle Iraker", "Masrour Barzani", "direct"),
        quote("Die Kurdenregion sei bereit, ihre Öleinnahmen künftig über ein Konto zu leiten, das von der "
              "Zentralbank überwacht werde", "Masrour Barzani", "indirect"),
        quote("Es gebe den Beschäftigten im öffentlichen Dienst keine Garantie für die pünktliche Zahlung ihrer "
              "Gehälter", "New Generation", "indirect"),
    ],
    "entities": [
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani", "Al-Sudani"]),
        entity("Masrour Barzani", "PER", "IRQ", ["der kurdische Regierungschef Masrur Barsani", "Barsani", "er"]),
        entity("Turkey", "GPE", "TUR", ["Die Türkei", "Ankara", "der Türkei"]),
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("New Generation", "ORG", "IRQ", ["die Partei Neue Generation"]),
    ],
}

# --- Chad ends defence cooperation with France -------------------------------------------
TCD_GOV = actor("Government of Chad", "TCD", "GOV")
FRA = actor("France", "FRA", "GOV")
MASRA = actor("Succès Masra", "TCD", "OPP")

TCD_S = [
    "Der Tschad hat die militärische Zusammenarbeit mit der früheren Kolonialmacht Frankreich überraschend "
    "aufgekündigt.",
    "Das Land wolle seine Souveränität „vollständig behaupten“, teilte Außenminister Abderaman Koulamallah am "
    "Donnerstagabend in N'Djamena mit.",
    "Die Entscheidung richte sich nicht gegen das französische Volk, hieß es in der Erklärung weiter.",
    "In dem zentralafrikanischen Land sind nach Angaben aus Paris rund 1000 französische Soldaten stationiert.",
    "Der Tschad galt bislang als einer der letzten Verbündeten Frankreichs in der Sahelzone, nachdem die "
    "Militärjuntas in Mali, Burkina Faso und Niger den Abzug der französischen Truppen durchgesetzt hatten.",
    "Frankreich werde seine Soldaten in Absprache mit N'Djamena abziehen, sagte ein Sprecher des "
    "Außenministeriums in Paris am Freitag.",
    "Einen Zeitplan nannte er nicht.",
    "Der frühere Regierungschef und Oppositionspolitiker Succès Masra begrüßte den Schritt.",
    "Zugleich warf er Präsident Mahamat Idriss Déby vor, das Land mit harter Hand zu regieren und Kritiker "
    "einzuschüchtern.",
    "„Souveränität beginnt mit freien Wahlen“, sagte Masra.",
]

CHAD = {
    "id": "hm9-de-02", "lang": "de", "published": "2024-11-29", "title": None,
    "text": paragraphs(TCD_S[0:3], TCD_S[3:5], TCD_S[5:7], TCD_S[7:10]),
    "events": [
        event("SANCTION", TCD_GOV, FRA, TCD_S[0], mode="discontinue"),
        event("CONCEDE", actor("French foreign ministry", "FRA", "GOV"), actor("Chad", "TCD", "GOV"), TCD_S[5],
              date="2024-11-29"),
        event("SUPPORT", MASRA, TCD_GOV, TCD_S[7]),
        event("ACCUSE", MASRA, actor("Mahamat Idriss Déby", "TCD", "GOV"), TCD_S[8], mode="allege"),
    ],
    "quotes": [
        quote("vollständig behaupten", "Abderaman Koulamallah", "direct"),
        quote("Das Land wolle seine Souveränität „vollständig behaupten“", "Abderaman Koulamallah", "indirect"),
        quote("Die Entscheidung richte sich nicht gegen das französische Volk", "Abderaman Koulamallah", "indirect"),
        quote("Frankreich werde seine Soldaten in Absprache mit N'Djamena abziehen",
              "spokesperson of the French foreign ministry", "indirect"),
        quote("Souveränität beginnt mit freien Wahlen", "Succès Masra", "direct"),
    ],
    "entities": [
        entity("Chad", "GPE", "TCD", ["Der Tschad", "N'Djamena"]),
        entity("France", "GPE", "FRA", ["Frankreich", "Paris"]),
        entity("Abderaman Koulamallah", "PER", "TCD", ["Außenminister Abderaman Koulamallah"]),
        entity("Succès Masra", "PER", "TCD", ["Oppositionspolitiker Succès Masra", "er", "Masra"]),
        entity("Mahamat Idriss Déby", "PER", "TCD", ["Präsident Mahamat Idriss Déby"]),
    ],
}

# --- Bosnia: Republika Srpska and Dodik ---------------------------------------------------
DODIK = actor("Milorad Dodik", "BIH", "GOV")
BIH_PROS = actor("Prosecutor's Office of Bosnia and Herzegovina", "BIH", "JUD")
RS_ASSEMBLY = actor("National Assembly of Republika Srpska", "BIH", "LEG")

BIH_S = [
    "Im Streit um die Abspaltungspläne der bosnischen Serben hat die Staatsanwaltschaft von Bosnien und "
    "Herzegowina Ermittlungen gegen den Präsidenten der Republika Srpska, Milorad Dodik, eingeleitet.",
    "Ihm werde ein Angriff auf die verfassungsmäßige Ordnung vorgeworfen, teilte die Behörde am Mittwoch in "
    "Sarajevo mit.",
    "Dodik war erst Ende Februar von einem Gericht in Sarajevo zu einem Jahr Haft und einem sechsjährigen "
    "Politikverbot verurteilt worden, weil er Entscheidungen des Hohen Repräsentanten Christian Schmidt missachtet "
    "hatte.",
    "Das Parlament der Republika Srpska verabschiedete daraufhin Gesetze, die der gesamtstaatlichen Justiz und "
    "Polizei jede Tätigkeit in dem Landesteil untersagen.",
    "Dodik sprach von einer „politischen Hexenjagd“ und kündigte an, sich den Ermittlern nicht zu stellen.",
    "„Niemand wird mich aus Banja Luka holen“, sagte er vor Anhängern.",
    "Die EU-Kommission rief die Führung in Banja Luka auf, die umstrittenen Gesetze zurückzunehmen.",
    "Auch die US-Botschaft in Sarajevo verurteilte die Gesetze als Angriff auf das Friedensabkommen von Dayton.",
]

BOSNIA = {
    "id": "hm9-de-03", "lang": "de", "published": "2025-03-13", "title": None,
    "text": paragraphs(BIH_S[0:2], BIH_S[2:4], BIH_S[4:6], BIH_S[6:8]),
    "events": [
        event("ACCUSE", BIH_PROS, DODIK, BIH_S[0], mode="investigate"),
        event("ACCUSE", BIH_PROS, DODIK, BIH_S[1], mode="allege", date="2025-03-12", location="Sarajevo",
              location_country="BIH"),
        event("SANCTION", actor("Court of Bosnia and Herzegovina", "BIH", "JUD"), DODIK, BIH_S[2], mode="convict",
              location="Sarajevo", location_country="BIH"),
        event("COERCE", RS_ASSEMBLY, actor("state judiciary and police of Bosnia and Herzegovina", "BIH", "JUD"),
              BIH_S[3], mode="ban"),
        event("ACCUSE", DODIK, BIH_PROS, BIH_S[4], mode="disapprove"),
        event("REJECT", DODIK, BIH_PROS, BIH_S[4], mode="yield"),
        event("REQUEST", actor("European Commission", "EUR", "IGO"),
              actor("Government of Republika Srpska", "BIH", "GOV"), BIH_S[6], mode="change"),
        event("ACCUSE", actor("US embassy in Sarajevo", "USA", "GOV"), RS_ASSEMBLY, BIH_S[7], mode="disapprove"),
    ],
    "quotes": [
        quote("Ihm werde ein Angriff auf die verfassungsmäßige Ordnung vorgeworfen",
              "Prosecutor's Office of Bosnia and Herzegovina", "indirect"),
        quote("politischen Hexenjagd", "Milorad Dodik", "direct"),
        quote("Niemand wird mich aus Banja Luka holen", "Milorad Dodik", "direct"),
    ],
    "entities": [
        entity("Milorad Dodik", "PER", "BIH", ["den Präsidenten der Republika Srpska, Milorad Dodik", "Ihm", "Dodik",
                                               "er"]),
        entity("Prosecutor's Office of Bosnia and Herzegovina", "ORG", "BIH",
               ["die Staatsanwaltschaft von Bosnien und Herzegowina", "die Behörde"]),
        entity("Christian Schmidt", "PER", "DEU", ["des Hohen Repräsentanten Christian Schmidt"]),
        entity("Republika Srpska", "LOC", "BIH", ["Republika Srpska"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Sarajevo", "LOC", "BIH", ["Sarajevo"]),
    ],
}

# --- Sri Lanka arrests Indian fishermen ---------------------------------------------------
LKA_NAVY = actor("Sri Lankan navy", "LKA", "MIL")
IND_FISHERS = actor("Indian fishermen", "IND", "CVL")
STALIN = actor("M. K. Stalin", "IND", "GOV")
JAISHANKAR = actor("Subrahmanyam Jaishankar", "IND", "GOV")

LKA_S = [
    "Die Marine Sri Lankas hat in der Nacht zum Montag 25 indische Fischer festgenommen, die illegal in "
    "srilankischen Gewässern gefischt haben sollen.",
    "Auch vier Trawler seien beschlagnahmt worden, sagte ein Marinesprecher in Colombo.",
    "Der Regierungschef des südindischen Bundesstaats Tamil Nadu, M.K. Stalin, forderte Außenminister "
    "Subrahmanyam Jaishankar in einem Brief auf, sich für die sofortige Freilassung der Männer einzusetzen.",
    "Die wiederholten Festnahmen seien für die Fischerfamilien „unerträglich“, schrieb Stalin.",
    "Das indische Außenministerium bestellte am Montag den srilankischen Geschäftsträger in Neu-Delhi ein.",
    "Die Regierung in Colombo lehnte es bislang ab, die Fischer ohne Gerichtsverfahren freizulassen.",
    "Jaishankar hatte das Thema erst vor zwei Wochen bei einem Besuch in Colombo mit Präsident Ranil "
    "Wickremesinghe besprochen.",
    "Der Streit um die Fischgründe in der Palkstraße belastet die Beziehungen der beiden Nachbarländer seit Jahren.",
    "Mehr als 150 indische Fischer sitzen derzeit in srilankischen Gefängnissen.",
]

SRI_LANKA = {
    "id": "hm9-de-04", "lang": "de", "published": "2024-07-02", "title": None,
    "text": paragraphs(LKA_S[0:2], LKA_S[2:4], LKA_S[4:7], LKA_S[7:9]),
    "events": [
        event("COERCE", LKA_NAVY, IND_FISHERS, LKA_S[0], mode="arrest", date="2024-07-01"),
        event("COERCE", LKA_NAVY, IND_FISHERS, LKA_S[1], mode="seize"),
        event("REQUEST", STALIN, JAISHANKAR, LKA_S[2]),
        event("ACCUSE", STALIN, actor("Sri Lanka", "LKA", "GOV"), LKA_S[3], mode="disapprove"),
        event("ACCUSE", actor("Indian foreign ministry", "IND", "GOV"),
              actor("Sri Lankan chargé d'affaires in New Delhi", "LKA", "GOV"), LKA_S[4], mode="disapprove",
              date="2024-07-01", location="New Delhi", location_country="IND"),
        event("REJECT", actor("Government of Sri Lanka", "LKA", "GOV"), actor("India", "IND", "GOV"), LKA_S[5],
              mode="yield"),
        event("CONSULT", JAISHANKAR, actor("Ranil Wickremesinghe", "LKA", "GOV"), LKA_S[6], mode="visit",
              location="Colombo", location_country="LKA"),
    ],
    "quotes": [
        quote("Auch vier Trawler seien beschlagnahmt worden", "Sri Lankan navy spokesperson", "indirect"),
        quote("unerträglich", "M. K. Stalin", "direct"),
        quote("Die wiederholten Festnahmen seien für die Fischerfamilien „unerträglich“", "M. K. Stalin", "indirect"),
    ],
    "entities": [
        entity("Sri Lankan navy", "ORG", "LKA", ["Die Marine Sri Lankas"]),
        entity("M. K. Stalin", "PER", "IND", ["M.K. Stalin", "Stalin"]),
        entity("Subrahmanyam Jaishankar", "PER", "IND", ["Außenminister Subrahmanyam Jaishankar", "Jaishankar"]),
        entity("Ranil Wickremesinghe", "PER", "LKA", ["Präsident Ranil Wickremesinghe"]),
        entity("Colombo", "LOC", "LKA", ["Colombo"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
    ],
}

# --- Kosovo closes Serbian offices in the north -------------------------------------------
XKX_POLICE = actor("Kosovo police", "XKX", "COP")
KURTI = actor("Albin Kurti", "XKX", "GOV")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
EUSR = actor("EU special representative for the Belgrade-Pristina dialogue", "EUR", "IGO")
KOSOVO = actor("Kosovo", "XKX", "GOV")

KOS_S = [
    "Kosovo police on Wednesday shut down ten offices run by Serbia in the ethnic Serb-majority north, the latest "
    "move by Pristina to dismantle what it calls illegal parallel structures.",
    "Officers sealed buildings in Zvecan, Leposavic and Zubin Potok and briefly detained two employees, police "
    "said.",
    "Belgrade condemned the action.",
    "Petar Petkovic, who heads the Serbian government's office for Kosovo, accused Prime Minister Albin Kurti of "
    "trying to drive Serbs out of the territory.",
    "\"This is ethnic cleansing by administrative means,\" he said.",
    "Kurti defended the closures, saying Kosovo was enforcing its own laws on its own territory.",
    "The European Union's special envoy for the dialogue between the two sides criticised the lack of "
    "coordination and urged Pristina to refrain from unilateral steps.",
    "NATO's KFOR peacekeeping mission said it had stepped up patrols in the area but saw no immediate threat.",
    "Serbia does not recognise Kosovo's 2008 declaration of independence.",
]

KOSOVO_NORTH = {
    "id": "hm9-en-01", "lang": "en", "published": "2025-01-16", "title": None,
    "text": paragraphs(KOS_S[0:2], KOS_S[2:5], KOS_S[5:8], KOS_S[8:9]),
    "events": [
        event("COERCE", XKX_POLICE, SRB_GOV, KOS_S[0], mode="ban", date="2025-01-15"),
        event("COERCE", XKX_POLICE, actor("employees of Serbian-run offices", "SRB", "GOV"), KOS_S[1],
              mode="arrest"),
        event("ACCUSE", SRB_GOV, XKX_POLICE, KOS_S[2], mode="disapprove"),
        event("ACCUSE", actor("Petar Petkovic", "SRB", "GOV"), KURTI, KOS_S[3], mode="allege"),
        event("ACCUSE", actor("Petar Petkovic", "SRB", "GOV"), KURTI, KOS_S[4], mode="allege"),
        event("ACCUSE", EUSR, KOSOVO, KOS_S[6], mode="disapprove"),
        event("REQUEST", EUSR, KOSOVO, KOS_S[6], mode="change"),
        event("MOBILIZE", actor("KFOR", "IGO", "IGO"), None, KOS_S[7], mode="troops"),
    ],
    "quotes": [
        quote("Officers sealed buildings in Zvecan, Leposavic and Zubin Potok and briefly detained two employees",
              "Kosovo police", "indirect"),
        quote("This is ethnic cleansing by administrative means", "Petar Petkovic", "direct"),
        quote("Kosovo was enforcing its own laws on its own territory", "Albin Kurti", "indirect"),
        quote("it had stepped up patrols in the area but saw no immediate threat", "KFOR", "indirect"),
    ],
    "entities": [
        entity("Kosovo police", "ORG", "XKX", ["Kosovo police", "Officers", "police"]),
        entity("Serbia", "GPE", "SRB", ["Serbia", "Belgrade"]),
        entity("Petar Petkovic", "PER", "SRB", ["Petar Petkovic", "he"]),
        entity("Albin Kurti", "PER", "XKX", ["Prime Minister Albin Kurti", "Kurti"]),
        entity("KFOR", "ORG", "IGO", ["NATO's KFOR peacekeeping mission"]),
        entity("Pristina", "LOC", "XKX", ["Pristina"]),
    ],
}

# --- Japan protests a Chinese airspace violation ------------------------------------------
JAPAN = actor("Japan", "JPN", "GOV")
CHINA = actor("China", "CHN", "GOV")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")

JPN_S = [
    "Japan summoned a senior Chinese diplomat on Tuesday to protest what it called a \"completely unacceptable\" "
    "violation of its airspace by a Chinese military aircraft off the southern island of Kyushu.",
    "Chief Cabinet Secretary Yoshimasa Hayashi told reporters that a Chinese Y-9 surveillance plane had entered "
    "Japanese airspace near the Danjo islands for about two minutes on Monday.",
    "The Air Self-Defense Force scrambled fighter jets in response, the defence ministry said.",
    "Japan also demanded that China take steps to prevent a recurrence, Hayashi said.",
    "\"We will take every possible measure to guard our airspace,\" he added.",
    "Beijing did not confirm the incident.",
    "Foreign ministry spokesperson Lin Jian said China had no intention of violating any country's airspace and "
    "urged Tokyo not to \"overinterpret\" the matter.",
    "Relations between Asia's two largest economies have been strained by a territorial dispute in the East China "
    "Sea and by China's ban on Japanese seafood imports.",
]

JAPAN_CHINA = {
    "id": "hm9-en-02", "lang": "en", "published": "2024-08-27", "title": None,
    "text": paragraphs(JPN_S[0:1], JPN_S[1:5], JPN_S[5:7], JPN_S[7:8]),
    "events": [
        event("ACCUSE", JAPAN, CHINA, JPN_S[0], mode="disapprove", date="2024-08-27"),
        event("ACCUSE", HAYASHI, CHINA, JPN_S[1], mode="allege"),
        event("MOBILIZE", actor("Japan Air Self-Defense Force", "JPN", "MIL"), CHINA, JPN_S[2], mode="troops"),
        event("REQUEST", JAPAN, CHINA, JPN_S[3], mode="change"),
        event("REQUEST", actor("Lin Jian", "CHN", "GOV"), JAPAN, JPN_S[6]),
    ],
    "quotes": [
        quote("completely unacceptable", "Japan", "direct"),
        quote("a Chinese Y-9 surveillance plane had entered Japanese airspace near the Danjo islands for about two "
              "minutes on Monday", "Yoshimasa Hayashi", "indirect"),
        quote("The Air Self-Defense Force scrambled fighter jets in response", "Japanese defence ministry",
              "indirect"),
        quote("Japan also demanded that China take steps to prevent a recurrence", "Yoshimasa Hayashi", "indirect"),
        quote("We will take every possible measure to guard our airspace", "Yoshimasa Hayashi", "direct"),
        quote("China had no intention of violating any country's airspace", "Lin Jian", "indirect"),
        quote("overinterpret", "Lin Jian", "direct"),
    ],
    "entities": [
        entity("Japan", "GPE", "JPN", ["Japan", "Tokyo"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Chief Cabinet Secretary Yoshimasa Hayashi", "Hayashi", "he"]),
        entity("Lin Jian", "PER", "CHN", ["Foreign ministry spokesperson Lin Jian"]),
    ],
}

ARTICLES = [IRAQ, CHAD, BOSNIA, SRI_LANKA, KOSOVO_NORTH, JAPAN_CHINA]
