"""Round 46: six invented wire-style articles (4 German, 2 English), written blind.

Stories (2023-2025, invented details around real settings):
- hm46-de-01: Nicaragua frees 222 political prisoners, flies them to Washington and strips them of
  their citizenship; Bishop Álvarez refuses to board (2023-02-09).
- hm46-de-02: Ethiopia and Somalia settle their sea-access dispute in Ankara under Turkish mediation
  (2024-12-12).
- hm46-de-03: Russia becomes the first state to recognise the Taliban government (2025-07-04).
- hm46-de-04: Belarus frees Siarhei Tsikhanouski and 13 other prisoners after a visit by US envoy
  Keith Kellogg (2025-06-22).
- hm46-en-01: Oman-brokered truce between the US and the Houthis; Israeli strike on Sanaa airport
  (2025-05-07).
- hm46-en-02: Vanuatu does not sign the Nakamal Agreement with Australia during Albanese's visit to
  Port Vila (2025-09-10).

Events are invented (plausible, not reported facts). Annotation follows
../shared/data/articles/CONVENTIONS.md and the judgement calls in README.md.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------------------
# hm46-de-01: Nicaragua frees and expels 222 political prisoners
# ---------------------------------------------------------------------------
DE1 = [
    "Nicaraguas Regierung hat 222 politische Gefangene freigelassen und in die USA abgeschoben.",
    "Die Häftlinge landeten am Donnerstag mit einer Chartermaschine auf dem Flughafen Dulles bei Washington, wie das US-Außenministerium mitteilte.",
    "Unter ihnen sind frühere Präsidentschaftsbewerber, Studentenführer, Journalisten und katholische Priester.",
    "Ein Berufungsgericht in Managua erklärte die Freigelassenen zu »Vaterlandsverrätern« und entzog ihnen die Staatsbürgerschaft.",
    "Präsident Daniel Ortega nannte sie in einer Fernsehansprache »Söldner einer ausländischen Macht«.",
    "Bischof Rolando Álvarez habe sich geweigert, das Flugzeug zu besteigen, teilte die Regierung mit.",
    "Er sei daraufhin in das Gefängnis La Modelo gebracht worden, hieß es.",
    "US-Außenminister Antony Blinken begrüßte die Freilassung als »konstruktiven Schritt«.",
    "Zugleich forderte er Managua auf, auch die übrigen politischen Gefangenen freizulassen.",
    "Washington will den Freigelassenen für zunächst zwei Jahre humanitären Schutz gewähren, damit sie in den USA leben und arbeiten können.",
]
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
PRISONERS = actor("Nicaraguan political prisoners", "NIC", "OPP")
ALVAREZ = actor("Rolando Álvarez", "NIC", "CVL")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
COURT = actor("Managua Court of Appeals", "NIC", "JUD")
D1 = "2023-02-09"

ART_DE1 = {
    "id": "hm46-de-01",
    "lang": "de",
    "url": None,
    "published": D1,
    "title": "Nicaragua lässt 222 politische Gefangene frei und schiebt sie in die USA ab",
    "text": paragraphs(DE1[0:3], DE1[3:7], DE1[7:10]),
    "events": [
        event("RETREAT", NIC_GOV, PRISONERS, DE1[0], mode="release", date=D1),
        event("COERCE", NIC_GOV, PRISONERS, DE1[0], mode="deport", date=D1),
        event("ACCUSE", COURT, PRISONERS, DE1[3], mode="disapprove", location="Managua", location_country="NIC"),
        event("COERCE", COURT, PRISONERS, DE1[3], location="Managua", location_country="NIC"),
        event("ACCUSE", actor("Daniel Ortega", "NIC", "GOV"), PRISONERS, DE1[4], mode="disapprove"),
        event("REJECT", ALVAREZ, NIC_GOV, DE1[5]),
        event("COERCE", actor("Nicaraguan police", "NIC", "COP"), ALVAREZ, DE1[6], mode="arrest"),
        event("SUPPORT", BLINKEN, NIC_GOV, DE1[7]),
        event("REQUEST", BLINKEN, NIC_GOV, DE1[8]),
        event("AGREE", actor("United States", "USA", "GOV"), PRISONERS, DE1[9]),
    ],
    "quotes": [
        quote("Die Häftlinge landeten am Donnerstag mit einer Chartermaschine auf dem Flughafen Dulles bei Washington", "US Department of State",
              "indirect"),
        quote("Vaterlandsverrätern", "Managua Court of Appeals", "direct"),
        quote("Söldner einer ausländischen Macht", "Daniel Ortega", "direct"),
        quote("Bischof Rolando Álvarez habe sich geweigert, das Flugzeug zu besteigen", "Government of Nicaragua",
              "indirect"),
        quote("Er sei daraufhin in das Gefängnis La Modelo gebracht worden", "Government of Nicaragua", "indirect"),
        quote("konstruktiven Schritt", "Antony Blinken", "direct"),
    ],
    "entities": [
        entity("Nicaragua", "GPE", "NIC", ["Nicaraguas"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Nicaraguas Regierung", "die Regierung", "Managua"]),
        entity("Nicaraguan political prisoners", "PER", "NIC",
               ["222 politische Gefangene", "Die Häftlinge", "ihnen", "die Freigelassenen", "sie",
                "den Freigelassenen"]),
        entity("United States", "GPE", "USA", ["die USA", "Washington"]),
        entity("US Department of State", "ORG", "USA", ["das US-Außenministerium"]),
        entity("Managua", "LOC", "NIC", ["Managua"]),
        entity("Managua Court of Appeals", "ORG", "NIC", ["Ein Berufungsgericht in Managua"]),
        entity("Daniel Ortega", "PER", "NIC", ["Präsident Daniel Ortega"]),
        entity("Rolando Álvarez", "PER", "NIC", ["Bischof Rolando Álvarez", "Er"]),
        entity("La Modelo prison", "LOC", "NIC", ["das Gefängnis La Modelo"]),
        entity("Washington Dulles International Airport", "LOC", "USA", ["dem Flughafen Dulles"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken", "er"]),
    ],
}

# ---------------------------------------------------------------------------
# hm46-de-02: Ethiopia and Somalia settle their dispute in Ankara
# ---------------------------------------------------------------------------
DE2 = [
    "Äthiopien und Somalia haben ihren Streit um einen äthiopischen Zugang zum Meer unter Vermittlung der Türkei vorerst beigelegt.",
    "Der äthiopische Ministerpräsident Abiy Ahmed und Somalias Präsident Hassan Sheikh Mohamud trafen sich am Mittwochabend in Ankara mit dem türkischen Staatschef Recep Tayyip Erdoğan.",
    "In einer gemeinsamen Erklärung sagten beide Seiten zu, bis Ende Februar technische Verhandlungen aufzunehmen.",
    "Die Erklärung sieht einen kommerziellen Zugang Äthiopiens zum Meer unter somalischer Souveränität vor.",
    "Erdoğan sprach von einem »historischen Schritt« und bot an, die Gespräche weiter zu begleiten.",
    "Mogadischu hatte Addis Abeba vorgeworfen, mit einem Hafenabkommen mit der abtrünnigen Region Somaliland die Souveränität Somalias zu verletzen.",
    "Im April wies Somalia deshalb den äthiopischen Botschafter aus.",
    "Hassan Sheikh Mohamud sagte nach dem Treffen, Somalia sei bereit, mit Äthiopien »eine neue Seite aufzuschlagen«.",
    "Abiy betonte, sein Land wolle den Meereszugang ausschließlich auf friedlichem Weg erreichen.",
    "Der Binnenstaat Äthiopien hatte seinen Zugang zum Meer 1993 mit der Unabhängigkeit Eritreas verloren.",
]
ETH = actor("Ethiopia", "ETH", "GOV")
SOM = actor("Somalia", "SOM", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
D2 = "2024-12-11"

ART_DE2 = {
    "id": "hm46-de-02",
    "lang": "de",
    "url": None,
    "published": "2024-12-12",
    "title": "Äthiopien und Somalia legen Streit in Ankara bei",
    "text": paragraphs(DE2[0:4], DE2[4:7], DE2[7:10]),
    "events": [
        event("AGREE", ETH, SOM, DE2[0], date=D2),
        event("CONSULT", ABIY, HSM, DE2[1], mode="third-party", date=D2, location="Ankara", location_country="TUR"),
        event("CONSULT", ABIY, ERDOGAN, DE2[1], mode="visit", date=D2, location="Ankara", location_country="TUR"),
        event("CONSULT", HSM, ERDOGAN, DE2[1], mode="visit", date=D2, location="Ankara", location_country="TUR"),
        event("AGREE", ETH, SOM, DE2[2], date=D2),
        event("AGREE", ERDOGAN, ETH, DE2[4]),
        event("AGREE", ERDOGAN, SOM, DE2[4]),
        event("ACCUSE", SOM, ETH, DE2[5], mode="disapprove"),
        event("SANCTION", SOM, ETH, DE2[6], mode="expel"),
        event("AGREE", HSM, ETH, DE2[7], date=D2),
    ],
    "quotes": [
        quote("historischen Schritt", "Recep Tayyip Erdoğan", "direct"),
        quote("mit einem Hafenabkommen mit der abtrünnigen Region Somaliland die Souveränität Somalias zu verletzen",
              "Government of Somalia", "indirect"),
        quote("Somalia sei bereit, mit Äthiopien »eine neue Seite aufzuschlagen«", "Hassan Sheikh Mohamud",
              "indirect"),
        quote("eine neue Seite aufzuschlagen", "Hassan Sheikh Mohamud", "direct"),
        quote("sein Land wolle den Meereszugang ausschließlich auf friedlichem Weg erreichen", "Abiy Ahmed",
              "indirect"),
    ],
    "entities": [
        entity("Ethiopia", "GPE", "ETH", ["Äthiopien", "Äthiopiens", "Addis Abeba", "sein Land"]),
        entity("Somalia", "GPE", "SOM", ["Somalia", "Mogadischu"]),
        entity("Turkey", "GPE", "TUR", ["der Türkei"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Der äthiopische Ministerpräsident Abiy Ahmed", "Abiy"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM",
               ["Somalias Präsident Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["dem türkischen Staatschef Recep Tayyip Erdoğan", "Erdoğan"]),
        entity("Somaliland", "LOC", "SOM", ["der abtrünnigen Region Somaliland"]),
        entity("Ambassador of Ethiopia to Somalia", "PER", "ETH", ["den äthiopischen Botschafter"]),
        entity("Eritrea", "GPE", "ERI", ["Eritreas"]),
    ],
}

# ---------------------------------------------------------------------------
# hm46-de-03: Russia recognises the Taliban government
# ---------------------------------------------------------------------------
DE3 = [
    "Russland hat als erstes Land die Regierung der Taliban in Afghanistan offiziell anerkannt.",
    "Botschafter Dmitri Schirnow überbrachte die Entscheidung am Donnerstag in Kabul persönlich dem Außenminister der Taliban, Amir Khan Muttaqi.",
    "Muttaqi sprach von einer »mutigen Entscheidung« und dankte Moskau.",
    "Das Außenministerium in Moskau kündigte an, die Zusammenarbeit mit Kabul in den Bereichen Energie, Verkehr und Landwirtschaft auszubauen.",
    "Zudem werde Russland Afghanistan im Kampf gegen den Drogenhandel unterstützen, hieß es.",
    "Bereits im April hatte das Oberste Gericht Russlands das Verbot der Taliban als Terrororganisation aufgehoben.",
    "Die oppositionelle Nationale Widerstandsfront warf Moskau vor, ein Regime zu legitimieren, das Frauen systematisch entrechte.",
    "UN-Sonderberichterstatter Richard Bennett nannte den Schritt »verfrüht« und forderte die Taliban auf, das Bildungsverbot für Mädchen aufzuheben.",
    "Andere Nachbarstaaten wie China haben die Taliban-Regierung bislang nicht formell anerkannt.",
    "Die Taliban sind seit August 2021 wieder an der Macht.",
]
RUS = actor("Russia", "RUS", "GOV")
TALIBAN = actor("Taliban", "AFG", "GOV")
RUS_MFA = actor("Russian Foreign Ministry", "RUS", "GOV")
BENNETT = actor("Richard Bennett", "UNO", "IGO")
D3 = "2025-07-03"

ART_DE3 = {
    "id": "hm46-de-03",
    "lang": "de",
    "url": None,
    "published": "2025-07-04",
    "title": "Russland erkennt Taliban-Regierung als erstes Land an",
    "text": paragraphs(DE3[0:3], DE3[3:6], DE3[6:10]),
    "events": [
        event("SUPPORT", RUS, TALIBAN, DE3[0], date=D3),
        event("CONSULT", actor("Dmitry Zhirnov", "RUS", "GOV"), actor("Amir Khan Muttaqi", "AFG", "GOV"), DE3[1],
              date=D3, location="Kabul", location_country="AFG"),
        event("SUPPORT", actor("Amir Khan Muttaqi", "AFG", "GOV"), RUS, DE3[2], date=D3),
        event("AGREE", RUS_MFA, TALIBAN, DE3[3]),
        event("AGREE", RUS, TALIBAN, DE3[4]),
        event("RETREAT", actor("Supreme Court of Russia", "RUS", "JUD"), TALIBAN, DE3[5]),
        event("ACCUSE", actor("National Resistance Front of Afghanistan", "AFG", "REB"), RUS, DE3[6],
              mode="disapprove"),
        event("ACCUSE", BENNETT, RUS, DE3[7], mode="disapprove"),
        event("REQUEST", BENNETT, TALIBAN, DE3[7], mode="change"),
        event("SUPPORT", actor("China", "CHN", "GOV"), TALIBAN, DE3[8], negated=True),
    ],
    "quotes": [
        quote("mutigen Entscheidung", "Amir Khan Muttaqi", "direct"),
        quote("Zudem werde Russland Afghanistan im Kampf gegen den Drogenhandel unterstützen",
              "Russian Foreign Ministry", "indirect"),
        quote("ein Regime zu legitimieren, das Frauen systematisch entrechte",
              "National Resistance Front of Afghanistan", "indirect"),
        quote("verfrüht", "Richard Bennett", "direct"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Taliban", "ORG", "AFG", ["der Taliban", "Die Taliban", "die Taliban", "Taliban-Regierung"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "Kabul"]),
        entity("Kabul", "LOC", "AFG", ["in Kabul"]),
        entity("Dmitry Zhirnov", "PER", "RUS", ["Botschafter Dmitri Schirnow"]),
        entity("Amir Khan Muttaqi", "PER", "AFG", ["dem Außenminister der Taliban, Amir Khan Muttaqi", "Muttaqi"]),
        entity("Russian Foreign Ministry", "ORG", "RUS", ["Das Außenministerium in Moskau"]),
        entity("Supreme Court of Russia", "ORG", "RUS", ["das Oberste Gericht Russlands"]),
        entity("National Resistance Front of Afghanistan", "ORG", "AFG",
               ["Die oppositionelle Nationale Widerstandsfront"]),
        entity("Richard Bennett", "PER", "UNO", ["UN-Sonderberichterstatter Richard Bennett"]),
        entity("China", "GPE", "CHN", ["China"]),
    ],
}

# ---------------------------------------------------------------------------
# hm46-de-04: Belarus frees Tsikhanouski after Kellogg's visit
# ---------------------------------------------------------------------------
DE4 = [
    "Belarus hat nach einem Besuch des US-Sondergesandten Keith Kellogg in Minsk 14 politische Gefangene freigelassen, darunter den Oppositionspolitiker Sergej Tichanowski.",
    "Machthaber Alexander Lukaschenko hatte Kellogg am Samstag zu mehrstündigen Gesprächen empfangen.",
    "Die Freigelassenen seien nach Litauen gebracht worden, teilte die US-Botschaft in Vilnius mit.",
    "Tichanowski war im Mai 2020 festgenommen worden, als er bei der Präsidentenwahl gegen Lukaschenko antreten wollte.",
    "Seine Frau, die Oppositionsführerin Swetlana Tichanowskaja, dankte US-Präsident Donald Trump für dessen Einsatz.",
    "„Mein Mann ist frei“, schrieb sie auf der Plattform X, „aber mehr als 1100 Menschen sitzen noch immer aus politischen Gründen in Haft.“",
    "Kellogg sprach von einem »bedeutenden Schritt« und kündigte weitere Gespräche mit Minsk an.",
    "Die EU forderte Lukaschenko auf, alle politischen Gefangenen bedingungslos freizulassen.",
    "Die Sanktionen gegen Belarus würden erst gelockert, wenn das Regime die Repression beende, sagte eine Sprecherin der EU-Kommission in Brüssel.",
]
BLR = actor("Belarus", "BLR", "GOV")
KELLOGG = actor("Keith Kellogg", "USA", "GOV")
LUKASHENKO = actor("Alexander Lukashenko", "BLR", "GOV")
TSIKHANOUSKI = actor("Siarhei Tsikhanouski", "BLR", "OPP")
D4 = "2025-06-21"

ART_DE4 = {
    "id": "hm46-de-04",
    "lang": "de",
    "url": None,
    "published": "2025-06-22",
    "title": "Belarus lässt Tichanowski nach Kellogg-Besuch frei",
    "text": paragraphs(DE4[0:3], DE4[3:6], DE4[6:9]),
    "events": [
        event("RETREAT", BLR, actor("Belarusian political prisoners", "BLR", "OPP"), DE4[0], mode="release",
              date=D4),
        event("CONSULT", KELLOGG, BLR, DE4[0], mode="visit", date=D4, location="Minsk", location_country="BLR"),
        event("CONSULT", KELLOGG, LUKASHENKO, DE4[1], mode="visit", date=D4, location="Minsk",
              location_country="BLR"),
        event("COERCE", actor("Belarusian police", "BLR", "COP"), TSIKHANOUSKI, DE4[3], mode="arrest"),
        event("SUPPORT", actor("Sviatlana Tsikhanouskaya", "BLR", "OPP"), actor("Donald Trump", "USA", "GOV"),
              DE4[4]),
        event("SUPPORT", KELLOGG, BLR, DE4[6]),
        event("AGREE", KELLOGG, BLR, DE4[6]),
        event("REQUEST", actor("European Union", "EUR", "IGO"), LUKASHENKO, DE4[7]),
    ],
    "quotes": [
        quote("Die Freigelassenen seien nach Litauen gebracht worden", "US Embassy in Vilnius", "indirect"),
        quote("Mein Mann ist frei", "Sviatlana Tsikhanouskaya", "direct"),
        quote("aber mehr als 1100 Menschen sitzen noch immer aus politischen Gründen in Haft",
              "Sviatlana Tsikhanouskaya", "direct"),
        quote("bedeutenden Schritt", "Keith Kellogg", "direct"),
        quote("Die Sanktionen gegen Belarus würden erst gelockert, wenn das Regime die Repression beende",
              "Spokesperson of the European Commission", "indirect"),
    ],
    "entities": [
        entity("Belarus", "GPE", "BLR", ["Belarus", "das Regime"]),
        entity("Keith Kellogg", "PER", "USA", ["des US-Sondergesandten Keith Kellogg", "Kellogg"]),
        entity("Minsk", "LOC", "BLR", ["Minsk"]),
        entity("Belarusian political prisoners", "PER", "BLR", ["14 politische Gefangene", "Die Freigelassenen"]),
        entity("Siarhei Tsikhanouski", "PER", "BLR",
               ["den Oppositionspolitiker Sergej Tichanowski", "Tichanowski", "er", "Mein Mann"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["Machthaber Alexander Lukaschenko", "Lukaschenko"]),
        entity("Lithuania", "GPE", "LTU", ["Litauen"]),
        entity("US Embassy in Vilnius", "ORG", "USA", ["die US-Botschaft in Vilnius"]),
        entity("Sviatlana Tsikhanouskaya", "PER", "BLR",
               ["Seine Frau, die Oppositionsführerin Swetlana Tichanowskaja", "sie"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("European Commission", "ORG", "EUR", ["der EU-Kommission"]),
        entity("Spokesperson of the European Commission", "PER", "EUR", ["eine Sprecherin der EU-Kommission"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
    ],
}

# ---------------------------------------------------------------------------
# hm46-en-01: US-Houthi truce brokered by Oman
# ---------------------------------------------------------------------------
EN1 = [
    "The United States and Yemen's Houthi rebels have agreed to stop targeting each other in a deal brokered by Oman.",
    'President Donald Trump said on Tuesday that Washington would halt its air strikes because the Houthis "don\'t want to fight anymore".',
    "Oman's foreign minister, Badr Albusaidi, had hosted talks with Houthi negotiator Mohammed Abdulsalam in Muscat on Monday, according to Omani state media.",
    "Abdulsalam said the agreement did not cover Israel and that attacks on Israeli targets would continue.",
    "Hours before Trump spoke, Israeli jets struck Sanaa's international airport, destroying several passenger planes.",
    "Israel blamed the Houthis for a missile that hit the grounds of Ben Gurion Airport on Sunday.",
    'Prime Minister Benjamin Netanyahu warned that the group would pay "a heavy price" for any further attack.',
    "UN envoy Hans Grundberg urged the Houthis to extend the truce to all commercial shipping.",
    "Shipping traffic through the Red Sea has fallen by more than half since late 2023.",
]
HOUTHIS = actor("Houthis", "YEM", "REB")
ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")
E1_TUE = "2025-05-06"

ART_EN1 = {
    "id": "hm46-en-01",
    "lang": "en",
    "url": None,
    "published": "2025-05-07",
    "title": "US and Houthis agree to stop attacks in Oman-brokered deal",
    "text": paragraphs(EN1[0:3], EN1[3:7], EN1[7:9]),
    "events": [
        event("AGREE", actor("United States", "USA", "GOV"), HOUTHIS, EN1[0], date=E1_TUE),
        event("CONCEDE", actor("Donald Trump", "USA", "GOV"), HOUTHIS, EN1[1], date=E1_TUE),
        event("CONSULT", ABDULSALAM, actor("Badr Albusaidi", "OMN", "GOV"), EN1[2], date="2025-05-05",
              location="Muscat", location_country="OMN"),
        event("THREATEN", ABDULSALAM, actor("Israel", "ISR", "GOV"), EN1[3]),
        event("ASSAULT", actor("Israel", "ISR", "MIL"), HOUTHIS, EN1[4], mode="aerial", date=E1_TUE,
              location="Sanaa", location_country="YEM"),
        event("ACCUSE", actor("Israel", "ISR", "GOV"), HOUTHIS, EN1[5], mode="allege"),
        event("THREATEN", actor("Benjamin Netanyahu", "ISR", "GOV"), HOUTHIS, EN1[6]),
        event("REQUEST", actor("Hans Grundberg", "UNO", "IGO"), HOUTHIS, EN1[7]),
    ],
    "quotes": [
        quote('that Washington would halt its air strikes because the Houthis "don\'t want to fight anymore"',
              "Donald Trump", "indirect"),
        quote("don't want to fight anymore", "Donald Trump", "direct"),
        quote("Oman's foreign minister, Badr Albusaidi, had hosted talks with Houthi negotiator Mohammed Abdulsalam "
              "in Muscat on Monday", "Omani state media", "indirect"),
        quote("the agreement did not cover Israel and that attacks on Israeli targets would continue",
              "Mohammed Abdulsalam", "indirect"),
        quote('that the group would pay "a heavy price" for any further attack', "Benjamin Netanyahu", "indirect"),
        quote("a heavy price", "Benjamin Netanyahu", "direct"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "Washington"]),
        entity("Yemen", "GPE", "YEM", ["Yemen"]),
        entity("Houthis", "ORG", "YEM", ["Yemen's Houthi rebels", "the Houthis", "the group"]),
        entity("Oman", "GPE", "OMN", ["Oman"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Badr Albusaidi", "PER", "OMN", ["Oman's foreign minister, Badr Albusaidi"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["Houthi negotiator Mohammed Abdulsalam", "Abdulsalam"]),
        entity("Muscat", "LOC", "OMN", ["Muscat"]),
        entity("Omani state media", "ORG", "OMN", ["Omani state media"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israeli jets"]),
        entity("Sanaa International Airport", "LOC", "YEM", ["Sanaa's international airport"]),
        entity("Ben Gurion Airport", "LOC", "ISR", ["Ben Gurion Airport"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu"]),
        entity("Hans Grundberg", "PER", "UNO", ["UN envoy Hans Grundberg"]),
        entity("Red Sea", "LOC", None, ["the Red Sea"]),
    ],
}

# ---------------------------------------------------------------------------
# hm46-en-02: Vanuatu does not sign the Nakamal Agreement
# ---------------------------------------------------------------------------
EN2 = [
    "Vanuatu did not sign a 500 million Australian dollar security and economic pact with Australia on Tuesday, dealing a setback to Canberra's efforts to counter Chinese influence in the Pacific.",
    "Prime Minister Jotham Napat's government asked for more time to examine the so-called Nakamal Agreement.",
    "Anthony Albanese, who had flown to Port Vila for the ceremony, held talks with Napat for about an hour.",
    "Several ministers in Napat's coalition had raised concerns that the deal could limit Vanuatu's ability to accept infrastructure funding from China.",
    'Albanese said Australia remained "a friend and partner" and would keep its offer on the table.',
    "He also pledged 20 million dollars in budget support for Port Vila's recovery from December's earthquake.",
    'Napat assured him that Vanuatu would sign the agreement "in the coming months".',
    'Opposition foreign affairs spokeswoman Michaelia Cash accused Albanese of presiding over a "diplomatic embarrassment".',
    "China's embassy in Port Vila urged Canberra to respect Vanuatu's sovereign decisions.",
]
VUT = actor("Vanuatu", "VUT", "GOV")
AUS = actor("Australia", "AUS", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
NAPAT = actor("Jotham Napat", "VUT", "GOV")
E2_TUE = "2025-09-09"

ART_EN2 = {
    "id": "hm46-en-02",
    "lang": "en",
    "url": None,
    "published": "2025-09-10",
    "title": "Vanuatu holds off on signing Nakamal pact with Australia",
    "text": paragraphs(EN2[0:3], EN2[3:7], EN2[7:9]),
    "events": [
        event("SUPPORT", VUT, AUS, EN2[0], date=E2_TUE, negated=True),
        event("REQUEST", actor("Government of Vanuatu", "VUT", "GOV"), AUS, EN2[1], date=E2_TUE),
        event("CONSULT", ALBANESE, NAPAT, EN2[2], mode="visit", date=E2_TUE, location="Port Vila",
              location_country="VUT"),
        event("AGREE", ALBANESE, VUT, EN2[4]),
        event("AGREE", ALBANESE, VUT, EN2[5]),
        event("AGREE", NAPAT, ALBANESE, EN2[6]),
        event("ACCUSE", actor("Michaelia Cash", "AUS", "OPP"), ALBANESE, EN2[7], mode="disapprove"),
        event("REQUEST", actor("Embassy of China in Vanuatu", "CHN", "GOV"), AUS, EN2[8]),
    ],
    "quotes": [
        quote("that the deal could limit Vanuatu's ability to accept infrastructure funding from China",
              "Ministers of Vanuatu's governing coalition", "indirect"),
        quote("a friend and partner", "Anthony Albanese", "direct"),
        quote('Australia remained "a friend and partner" and would keep its offer on the table', "Anthony Albanese",
              "indirect"),
        quote('that Vanuatu would sign the agreement "in the coming months"', "Jotham Napat", "indirect"),
        quote("in the coming months", "Jotham Napat", "direct"),
        quote("diplomatic embarrassment", "Michaelia Cash", "direct"),
    ],
    "entities": [
        entity("Vanuatu", "GPE", "VUT", ["Vanuatu"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("Pacific", "LOC", None, ["the Pacific"]),
        entity("Jotham Napat", "PER", "VUT", ["Prime Minister Jotham Napat", "Napat"]),
        entity("Government of Vanuatu", "ORG", "VUT", ["Prime Minister Jotham Napat's government"]),
        entity("Anthony Albanese", "PER", "AUS", ["Anthony Albanese", "Albanese", "He", "him"]),
        entity("Port Vila", "LOC", "VUT", ["Port Vila"]),
        entity("Ministers of Vanuatu's governing coalition", "PER", "VUT", ["Several ministers in Napat's coalition"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Michaelia Cash", "PER", "AUS", ["Opposition foreign affairs spokeswoman Michaelia Cash"]),
        entity("Embassy of China in Vanuatu", "ORG", "CHN", ["China's embassy in Port Vila"]),
    ],
}

ARTICLES = [ART_DE1, ART_DE2, ART_DE3, ART_DE4, ART_EN1, ART_EN2]
