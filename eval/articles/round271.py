"""Round 271: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm271-de-01: Fiji: the anti-corruption commission FICAC arrests its own new commissioner Barbara Malimali hours after her appointment on Francis Puleiwai's order; questioning, release without charge, Rabuka backs Malimali and warns Puleiwai, Puleiwai accuses the government, the Fiji Law Society demands an inquiry (2024-09-05).
- hm271-de-02: Taiwan: after the Hualien earthquake the military sends troops; Beijing's Taiwan Affairs Office offers help and the Mainland Affairs Council declines, no request for foreign rescue teams, Kishida and Blinken offer help, Japanese emergency aid, Lai thanks Tokyo and Washington (2024-04-03).
- hm271-de-03: ASEAN: foreign ministers' retreat in Luang Prabang urges Myanmar's junta to end the violence; the junta sends a senior official, envoy Alounkeo's visit to Min Aung Hlaing, Manalo accuses China, Operation 1027 and an air strike in Rakhine, the Arakan Army and the NUG react (2024-01-29).
- hm271-de-04: UN: China's Universal Periodic Review at the Human Rights Council in Geneva; the US, Britain and Germany criticise Beijing, demands to free Uyghurs and Jimmy Lai, Chen Xu hits back, Pakistan, Russia and Venezuela praise China, Uyghur and Tibetan protest outside the UN (2024-01-23).
- hm271-en-01: Papua New Guinea/Bougainville: Ishmael Toroama re-elected president of Bougainville; Akoitai concedes, Toroama presses Port Moresby to ratify independence and threatens a unilateral declaration, Marape congratulates and invites talks, Australia and New Zealand congratulate, arrests at a counting centre (2025-09-29).
- hm271-en-02: China/United States: Blinken meets Xi Jinping and Wang Yi in Beijing; warning over Chinese supplies to Russia's arms industry, Wang's accusations, agreement on AI talks and exchanges, fentanyl cooperation, earlier Treasury sanctions, Wang Wenbin rejects the demand (2024-04-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm271-de-01 (Fiji, FICAC arrests its new chief)
FICAC = actor("Fiji Independent Commission Against Corruption", "FJI", "COP")
MALIMALI = actor("Barbara Malimali", "FJI", "GOV")
PULEIWAI = actor("Francis Puleiwai", "FJI", "COP")
RABUKA = actor("Sitiveni Rabuka", "FJI", "GOV")
FJI_GOV = actor("Government of Fiji", "FJI", "GOV")
FJI_LAW_SOCIETY = actor("Fiji Law Society", "FJI", "CVL")
KATONIVERE = actor("Wiliame Katonivere", "FJI", "GOV")

F1 = ("Suva (AFP) - Nur wenige Stunden nach ihrer Ernennung ist die neue Chefin der fidschianischen "
      "Antikorruptionsbehörde FICAC, Barbara Malimali, von ihren eigenen Ermittlern festgenommen worden.")
F2 = ("Die Beamten hätten Malimali am Donnerstag in der Zentrale in Suva zu Vorwürfen aus ihrer Zeit als "
      "Vorsitzende der Wahlkommission befragt, bestätigte ein Sprecher der Behörde.")
F3 = "Die Festnahme hatte die amtierende Vizechefin der Kommission, Francis Puleiwai, angeordnet."
F4 = "Am Abend kam Malimali ohne Anklage wieder frei."
F5 = ("Premierminister Sitiveni Rabuka stellte sich hinter die Juristin: Ihre Ernennung durch Präsident Ratu "
      "Wiliame Katonivere sei rechtmäßig gewesen.")
F6 = ("„Niemand steht über dem Gesetz, aber diese Behörde darf kein Werkzeug für persönliche Fehden werden“, "
      "sagte Rabuka vor Journalisten.")
F7 = ("Er drohte Puleiwai mit disziplinarischen Konsequenzen, sollte sie sich der Entscheidung des Präsidenten "
      "weiter widersetzen.")
F8 = ("Puleiwai warf der Regierung in einer Erklärung vor, mit der Ernennung laufende Ermittlungen gegen "
      "Kabinettsmitglieder behindern zu wollen.")
F9 = "Justizminister Siromi Turaga wies das zurück."
F10 = ("Die Anwaltskammer Fiji Law Society forderte eine unabhängige Untersuchung und mahnte, die Unabhängigkeit "
       "der Kommission müsse gewahrt bleiben.")
F11 = ("Die Behörde war 2007 nach dem Militärputsch von Frank Bainimarama gegründet worden und hat seither "
       "zahlreiche Politiker vor Gericht gebracht.")
F12 = "Rabuka kündigte an, er werde am Freitag mit dem Präsidenten über den Streit beraten."

DE01 = {
    "id": "hm271-de-01", "lang": "de", "url": None, "published": "2024-09-05",
    "title": "Fidschis neue Antikorruptionschefin von eigener Behörde festgenommen",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10], [F11, F12]),
    "events": [
        event("COERCE", FICAC, MALIMALI, F1, mode="arrest", location="Suva", location_country="FJI"),
        event("ACCUSE", FICAC, MALIMALI, F2, mode="investigate", date="2024-09-05", location="Suva",
              location_country="FJI"),
        event("COERCE", PULEIWAI, MALIMALI, F3, mode="arrest"),
        event("RETREAT", FICAC, MALIMALI, F4, mode="release", date="2024-09-05"),
        event("SUPPORT", RABUKA, MALIMALI, F5),
        event("ACCUSE", RABUKA, FICAC, F6, mode="disapprove"),
        event("THREATEN", RABUKA, PULEIWAI, F7),
        event("ACCUSE", PULEIWAI, FJI_GOV, F8, mode="allege"),
        event("REQUEST", FJI_LAW_SOCIETY, FJI_GOV, F10),
        event("AGREE", RABUKA, KATONIVERE, F12),
    ],
    "quotes": [
        quote("Die Beamten hätten Malimali am Donnerstag in der Zentrale in Suva zu Vorwürfen aus ihrer Zeit als "
              "Vorsitzende der Wahlkommission befragt", "Fiji Independent Commission Against Corruption", "indirect"),
        quote("Ihre Ernennung durch Präsident Ratu Wiliame Katonivere sei rechtmäßig gewesen", "Sitiveni Rabuka",
              "indirect"),
        quote("Niemand steht über dem Gesetz, aber diese Behörde darf kein Werkzeug für persönliche Fehden werden",
              "Sitiveni Rabuka", "direct"),
        quote("mit der Ernennung laufende Ermittlungen gegen Kabinettsmitglieder behindern zu wollen",
              "Francis Puleiwai", "indirect"),
        quote("die Unabhängigkeit der Kommission müsse gewahrt bleiben", "Fiji Law Society", "indirect"),
        quote("er werde am Freitag mit dem Präsidenten über den Streit beraten", "Sitiveni Rabuka", "indirect"),
    ],
    "entities": [
        entity("Suva", "LOC", "FJI", ["Suva"]),
        entity("Fiji Independent Commission Against Corruption", "ORG", "FJI",
               ["der fidschianischen Antikorruptionsbehörde FICAC", "ihren eigenen Ermittlern", "Die Beamten",
                "der Behörde", "der Kommission", "Die Behörde", "diese Behörde"]),
        entity("Barbara Malimali", "PER", "FJI", ["die neue Chefin der fidschianischen Antikorruptionsbehörde FICAC, "
                                                  "Barbara Malimali", "Malimali", "die Juristin"]),
        entity("Electoral Commission of Fiji", "ORG", "FJI", ["der Wahlkommission"]),
        entity("Francis Puleiwai", "PER", "FJI", ["die amtierende Vizechefin der Kommission, Francis Puleiwai",
                                                  "Puleiwai"]),
        entity("Sitiveni Rabuka", "PER", "FJI", ["Premierminister Sitiveni Rabuka", "Rabuka"]),
        entity("Wiliame Katonivere", "PER", "FJI", ["Präsident Ratu Wiliame Katonivere", "des Präsidenten",
                                                    "dem Präsidenten"]),
        entity("Government of Fiji", "ORG", "FJI", ["der Regierung"]),
        entity("Siromi Turaga", "PER", "FJI", ["Justizminister Siromi Turaga"]),
        entity("Fiji Law Society", "ORG", "FJI", ["Die Anwaltskammer Fiji Law Society"]),
        entity("Frank Bainimarama", "PER", "FJI", ["Frank Bainimarama"]),
    ],
}

# ---------------------------------------------------------------- hm271-de-02 (Taiwan, Hualien earthquake)
TWN_MIL = actor("Taiwanese armed forces", "TWN", "MIL")
TAO = actor("Taiwan Affairs Office", "CHN", "GOV")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
LAI = actor("Lai Ching-te", "TWN", "GOV")
USA = actor("United States", "USA", "GOV")

T1 = ("Taipeh (dpa) - Nach dem schwersten Erdbeben in Taiwan seit 25 Jahren hat das Militär Hunderte Soldaten in "
      "die Küstenregion Hualien geschickt.")
T2 = ("Das Beben der Stärke 7,4 erschütterte am Mittwochmorgen die Ostküste der Insel; mindestens neun Menschen "
      "kamen ums Leben, mehr als 900 wurden verletzt.")
T3 = ("In der Stadt Hualien neigte sich ein neunstöckiges Gebäude zur Seite, Erdrutsche verschütteten "
      "Straßen und Tunnel im Taroko-Nationalpark.")
T4 = ("Die Armee setzte auch Hubschrauber ein, um Dutzende Arbeiter aus einem abgeschnittenen Steinbruch "
      "auszufliegen.")
T5 = ("Das Büro für Taiwan-Angelegenheiten in Peking sprach den Opfern sein Beileid aus und bot Hilfe bei der "
      "Bewältigung der Katastrophe an.")
T6 = ("Der Festlandsrat in Taipeh dankte für die Anteilnahme, erklärte aber, Hilfe vom Festland werde derzeit "
      "nicht benötigt.")
T7 = ("Die Regierung habe bislang kein Land um die Entsendung von Rettungsteams gebeten, sagte Außenminister "
      "Joseph Wu.")
T8 = "Japans Ministerpräsident Fumio Kishida sicherte Taiwan jede notwendige Unterstützung zu."
T9 = "Tokio stellte zudem eine Soforthilfe von einer Million US-Dollar bereit."
T10 = ("US-Außenminister Antony Blinken schrieb auf X, die Vereinigten Staaten stünden bereit, jede nötige Hilfe "
       "zu leisten.")
T11 = ("Der gewählte Präsident Lai Ching-te, der im Mai sein Amt antritt, dankte Japan und den USA für ihre "
       "Unterstützung.")
T12 = "„In schweren Zeiten zeigt sich, wer ein wahrer Freund ist“, sagte er bei einem Besuch in Hualien."
T13 = "Der Chiphersteller TSMC nahm den Betrieb in den meisten seiner Fabriken bis zum Abend wieder auf."

DE02 = {
    "id": "hm271-de-02", "lang": "de", "url": None, "published": "2024-04-03",
    "title": "Schweres Erdbeben in Taiwan: Militär schickt Hunderte Soldaten nach Hualien",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7], [T8, T9, T10, T11, T12], [T13]),
    "events": [
        event("MOBILIZE", TWN_MIL, None, T1, mode="troops", location="Hualien", location_country="TWN"),
        event("MOBILIZE", TWN_MIL, None, T4, mode="troops", location="Hualien", location_country="TWN"),
        event("AGREE", TAO, TWN_GOV, T5),
        event("REJECT", MAC, TAO, T6, mode="assist"),
        event("REQUEST", TWN_GOV, None, T7, mode="assist", negated=True),
        event("AGREE", KISHIDA, TWN_GOV, T8),
        event("AID", JAPAN, TWN_GOV, T9),
        event("AGREE", BLINKEN, TWN_GOV, T10),
        event("SUPPORT", LAI, JAPAN, T11),
        event("SUPPORT", LAI, USA, T11),
    ],
    "quotes": [
        quote("Hilfe vom Festland werde derzeit nicht benötigt", "Mainland Affairs Council", "indirect"),
        quote("Die Regierung habe bislang kein Land um die Entsendung von Rettungsteams gebeten", "Joseph Wu",
              "indirect"),
        quote("die Vereinigten Staaten stünden bereit, jede nötige Hilfe zu leisten", "Antony Blinken", "indirect"),
        quote("In schweren Zeiten zeigt sich, wer ein wahrer Freund ist", "Lai Ching-te", "direct"),
    ],
    "entities": [
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "der Insel"]),
        entity("Taiwanese armed forces", "ORG", "TWN", ["das Militär", "Die Armee"]),
        entity("Hualien County", "LOC", "TWN", ["die Küstenregion Hualien"]),
        entity("Hualien City", "LOC", "TWN", ["der Stadt Hualien", "Hualien"]),
        entity("Taroko National Park", "LOC", "TWN", ["Taroko-Nationalpark"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["Das Büro für Taiwan-Angelegenheiten in Peking"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Der Festlandsrat in Taipeh"]),
        entity("China", "LOC", "CHN", ["vom Festland"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Die Regierung"]),
        entity("Joseph Wu", "PER", "TWN", ["Außenminister Joseph Wu"]),
        entity("Fumio Kishida", "PER", "JPN", ["Japans Ministerpräsident Fumio Kishida"]),
        entity("Japan", "LOC", "JPN", ["Japans", "Japan"]),
        entity("Government of Japan", "ORG", "JPN", ["Tokio"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("United States", "LOC", "USA", ["die Vereinigten Staaten", "den USA"]),
        entity("Lai Ching-te", "PER", "TWN", ["Der gewählte Präsident Lai Ching-te"]),
        entity("TSMC", "ORG", "TWN", ["Der Chiphersteller TSMC"]),
    ],
}

# ---------------------------------------------------------------- hm271-de-03 (ASEAN, retreat in Luang Prabang)
ASEAN_FMS = actor("ASEAN foreign ministers", "IGO", "IGO")
ASEAN = actor("ASEAN", "IGO", "IGO")
MMR_JUNTA = actor("Myanmar military junta", "MMR", "MIL")
LAO_GOV = actor("Government of Laos", "LAO", "GOV")
ALOUNKEO = actor("Alounkeo Kittikhoun", "LAO", "GOV")
MIN_AUNG_HLAING = actor("Min Aung Hlaing", "MMR", "MIL")
SALEUMXAY = actor("Saleumxay Kommasith", "LAO", "GOV")
MANALO = actor("Enrique Manalo", "PHL", "GOV")
CHINA = actor("China", "CHN", "GOV")
BROTHERHOOD = actor("Three Brotherhood Alliance", "MMR", "REB")
MMR_AIR_FORCE = actor("Myanmar Air Force", "MMR", "MIL")
RAKHINE_VILLAGERS = actor("villagers in Rakhine State", "MMR", "CVL")
ARAKAN_ARMY = actor("Arakan Army", "MMR", "REB")
NUG = actor("National Unity Government of Myanmar", "MMR", "OPP")

A1 = ("Luang Prabang (AFP) - Die Außenminister der südostasiatischen Staatengemeinschaft Asean haben die "
      "Militärjunta in Myanmar aufgefordert, die Gewalt gegen Zivilisten zu beenden.")
A2 = "Gastgeber Laos hatte die Minister zu einem zweitägigen Treffen in die alte Königsstadt am Mekong geladen."
A3 = ("Myanmars Junta schickte erstmals seit 2021 wieder eine Vertreterin, die ranghohe Beamtin Marlar Than Htike "
      "aus dem Außenministerium.")
A4 = ("Asean hatte die Generäle 2021 von Gipfeltreffen ausgeschlossen, weil sie den vereinbarten "
      "Fünf-Punkte-Friedensplan nicht umsetzten.")
A5 = ("Der laotische Außenminister Saleumxay Kommasith sagte, der Sondergesandte Alounkeo Kittikhoun habe "
      "Juntachef Min Aung Hlaing Mitte Januar in Naypyidaw getroffen.")
A6 = "„Wir drängen auf ein Ende der Kämpfe und auf ungehinderten Zugang für humanitäre Hilfe“, sagte Saleumxay."
A7 = ("Der philippinische Außenminister Enrique Manalo warf China vor, philippinische Versorgungsschiffe im "
      "Südchinesischen Meer mit Wasserwerfern zu behindern.")
A8 = ("Die Junta steht unter Druck, seit ein Bündnis von drei Rebellengruppen im Oktober im Norden des Landes "
      "eine Großoffensive begonnen hat.")
A9 = ("Am Sonntag bombardierte die Luftwaffe ein Dorf im westlichen Bundesstaat Rakhine, mindestens zehn Menschen "
      "starben.")
A10 = "Die Arakan Army, die dort weite Gebiete kontrolliert, warf dem Militär vor, gezielt Zivilisten anzugreifen."
A11 = "Juntasprecher Zaw Min Tun wies das als „Propaganda“ zurück."
A12 = ("Die Schattenregierung der Nationalen Einheit (NUG) forderte Asean auf, die Generäle nicht durch die "
       "Einladung von Beamten aufzuwerten.")
A13 = "Laos hat in diesem Jahr den Asean-Vorsitz inne; im Oktober soll in Vientiane ein Gipfel stattfinden."

DE03 = {
    "id": "hm271-de-03", "lang": "de", "url": None, "published": "2024-01-29",
    "title": "Asean drängt Myanmars Junta zu Ende der Gewalt",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11], [A12, A13]),
    "events": [
        event("REQUEST", ASEAN_FMS, MMR_JUNTA, A1, mode="change"),
        event("CONSULT", ASEAN_FMS, LAO_GOV, A2, mode="multilateral", location="Luang Prabang",
              location_country="LAO"),
        event("CONSULT", MMR_JUNTA, ASEAN, A3, mode="multilateral", location="Luang Prabang",
              location_country="LAO"),
        event("SANCTION", ASEAN, MMR_JUNTA, A4, mode="expel"),
        event("CONSULT", ALOUNKEO, MIN_AUNG_HLAING, A5, mode="visit", location="Naypyidaw",
              location_country="MMR"),
        event("REQUEST", SALEUMXAY, MMR_JUNTA, A6, mode="change"),
        event("ACCUSE", MANALO, CHINA, A7, mode="allege"),
        event("ASSAULT", BROTHERHOOD, MMR_JUNTA, A8),
        event("ASSAULT", MMR_AIR_FORCE, RAKHINE_VILLAGERS, A9, mode="aerial", date="2024-01-28",
              location="Rakhine State", location_country="MMR"),
        event("ACCUSE", ARAKAN_ARMY, MMR_JUNTA, A10, mode="allege"),
        event("REQUEST", NUG, ASEAN, A12, mode="change"),
    ],
    "quotes": [
        quote("der Sondergesandte Alounkeo Kittikhoun habe Juntachef Min Aung Hlaing Mitte Januar in Naypyidaw "
              "getroffen", "Saleumxay Kommasith", "indirect"),
        quote("Wir drängen auf ein Ende der Kämpfe und auf ungehinderten Zugang für humanitäre Hilfe",
              "Saleumxay Kommasith", "direct"),
        quote("philippinische Versorgungsschiffe im Südchinesischen Meer mit Wasserwerfern zu behindern",
              "Enrique Manalo", "indirect"),
        quote("gezielt Zivilisten anzugreifen", "Arakan Army", "indirect"),
        quote("Propaganda", "Zaw Min Tun", "direct"),
    ],
    "entities": [
        entity("Luang Prabang", "LOC", "LAO", ["Luang Prabang", "die alte Königsstadt am Mekong"]),
        entity("ASEAN foreign ministers", "ORG", "IGO", ["Die Außenminister der südostasiatischen "
                                                          "Staatengemeinschaft Asean", "die Minister"]),
        entity("ASEAN", "ORG", "IGO", ["der südostasiatischen Staatengemeinschaft Asean", "Asean"]),
        entity("Myanmar military junta", "ORG", "MMR", ["die Militärjunta in Myanmar", "Myanmars Junta",
                                                        "die Generäle", "Die Junta", "dem Militär"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar", "Myanmars", "des Landes"]),
        entity("Government of Laos", "ORG", "LAO", ["Gastgeber Laos", "Laos"]),
        entity("Mekong", "LOC", None, ["Mekong"]),
        entity("Marlar Than Htike", "PER", "MMR", ["die ranghohe Beamtin Marlar Than Htike"]),
        entity("Ministry of Foreign Affairs of Myanmar", "ORG", "MMR", ["dem Außenministerium"]),
        entity("Saleumxay Kommasith", "PER", "LAO", ["Der laotische Außenminister Saleumxay Kommasith",
                                                     "Saleumxay"]),
        entity("Alounkeo Kittikhoun", "PER", "LAO", ["der Sondergesandte Alounkeo Kittikhoun"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Juntachef Min Aung Hlaing"]),
        entity("Naypyidaw", "LOC", "MMR", ["Naypyidaw"]),
        entity("Enrique Manalo", "PER", "PHL", ["Der philippinische Außenminister Enrique Manalo"]),
        entity("Government of China", "ORG", "CHN", ["China"]),
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer"]),
        entity("Three Brotherhood Alliance", "ORG", "MMR", ["ein Bündnis von drei Rebellengruppen"]),
        entity("Myanmar Air Force", "ORG", "MMR", ["die Luftwaffe"]),
        entity("Rakhine State", "LOC", "MMR", ["im westlichen Bundesstaat Rakhine"]),
        entity("Arakan Army", "ORG", "MMR", ["Die Arakan Army"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Juntasprecher Zaw Min Tun"]),
        entity("National Unity Government of Myanmar", "ORG", "MMR",
               ["Die Schattenregierung der Nationalen Einheit (NUG)"]),
        entity("Vientiane", "LOC", "LAO", ["Vientiane"]),
    ],
}

# ---------------------------------------------------------------- hm271-de-04 (UN, China's review in Geneva)
USA = actor("United States", "USA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
TAYLOR = actor("Michèle Taylor", "USA", "GOV")
MANLEY = actor("Simon Manley", "GBR", "GOV")
CHEN_XU = actor("Chen Xu", "CHN", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
VENEZUELA = actor("Venezuela", "VEN", "GOV")
UYGHUR_PROTESTERS = actor("Uyghur protesters in Geneva", "CHN", "CVL")
TIBETAN_PROTESTERS = actor("Tibetan protesters in Geneva", "CHN", "CVL")
WUC_SPEAKER = actor("speaker of the World Uyghur Congress", "CHN", "NGO")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")

U1 = ("Genf (dpa) - Die USA, Großbritannien und Deutschland haben China im UN-Menschenrechtsrat wegen seines "
      "Vorgehens gegen Uiguren, Tibeter und die Demokratiebewegung in Hongkong scharf kritisiert.")
U2 = ("Bei der Überprüfung der Menschenrechtslage, der sich alle UN-Mitgliedstaaten regelmäßig stellen müssen, "
      "ergriffen am Dienstag mehr als 160 Länder das Wort.")
U3 = "Die US-Vertreterin Michèle Taylor forderte Peking auf, alle willkürlich inhaftierten Uiguren freizulassen."
U4 = ("Der britische Botschafter Simon Manley verlangte die Freilassung des Verlegers Jimmy Lai und warf der "
      "Führung vor, die Autonomie Hongkongs ausgehöhlt zu haben.")
U5 = "Chinas Botschafter Chen Xu wies die Vorwürfe als „Lügen und Verleumdungen“ zurück."
U6 = ("Er warf den USA vor, Menschenrechte als Vorwand zu nutzen, um sich in Chinas innere Angelegenheiten "
      "einzumischen.")
U7 = ("Zahlreiche Staaten, darunter Pakistan, Russland und Venezuela, lobten dagegen Chinas Erfolge bei der "
      "Armutsbekämpfung.")
U8 = ("Vor dem Genfer UN-Sitz auf der Place des Nations demonstrierten mehrere Hundert Uiguren und Tibeter gegen "
      "die chinesische Regierung.")
U9 = ("„China hat mein Volk in Lager gesperrt, und die Welt schaut zu“, rief eine Rednerin des Weltkongresses der "
      "Uiguren.")
U10 = ("Bereits im August 2022 hatte das UN-Menschenrechtsbüro Peking in einem Bericht mögliche Verbrechen gegen "
       "die Menschlichkeit in der Region Xinjiang vorgeworfen.")
U11 = "Peking muss bis zur Sitzungsperiode im Sommer mitteilen, welche der Empfehlungen es annimmt."

DE04 = {
    "id": "hm271-de-04", "lang": "de", "url": None, "published": "2024-01-23",
    "title": "Scharfe Kritik an China im UN-Menschenrechtsrat",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7], [U8, U9], [U10, U11]),
    "events": [
        event("ACCUSE", USA, CHN_GOV, U1, mode="disapprove", location="Geneva", location_country="CHE"),
        event("ACCUSE", UK, CHN_GOV, U1, mode="disapprove", location="Geneva", location_country="CHE"),
        event("ACCUSE", GERMANY, CHN_GOV, U1, mode="disapprove", location="Geneva", location_country="CHE"),
        event("REQUEST", TAYLOR, CHN_GOV, U3, mode="yield"),
        event("REQUEST", MANLEY, CHN_GOV, U4, mode="yield"),
        event("ACCUSE", MANLEY, CHN_GOV, U4, mode="allege"),
        event("ACCUSE", CHEN_XU, USA, U6, mode="allege"),
        event("SUPPORT", PAKISTAN, CHN_GOV, U7),
        event("SUPPORT", RUSSIA, CHN_GOV, U7),
        event("SUPPORT", VENEZUELA, CHN_GOV, U7),
        event("PROTEST", UYGHUR_PROTESTERS, CHN_GOV, U8, mode="demo", location="Geneva", location_country="CHE"),
        event("PROTEST", TIBETAN_PROTESTERS, CHN_GOV, U8, mode="demo", location="Geneva", location_country="CHE"),
        event("ACCUSE", WUC_SPEAKER, CHN_GOV, U9, mode="allege", location="Geneva", location_country="CHE"),
        event("ACCUSE", OHCHR, CHN_GOV, U10, mode="allege"),
    ],
    "quotes": [
        quote("die Autonomie Hongkongs ausgehöhlt zu haben", "Simon Manley", "indirect"),
        quote("Lügen und Verleumdungen", "Chen Xu", "direct"),
        quote("Menschenrechte als Vorwand zu nutzen, um sich in Chinas innere Angelegenheiten einzumischen",
              "Chen Xu", "indirect"),
        quote("China hat mein Volk in Lager gesperrt, und die Welt schaut zu", "speaker of the World Uyghur Congress",
              "direct"),
    ],
    "entities": [
        entity("Geneva", "LOC", "CHE", ["Genf", "Genfer"]),
        entity("United States", "LOC", "USA", ["Die USA", "den USA"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking", "der Führung", "die chinesische Regierung"]),
        entity("UN Human Rights Council", "ORG", "UNO", ["im UN-Menschenrechtsrat"]),
        entity("Hong Kong", "LOC", "CHN", ["Hongkong", "Hongkongs"]),
        entity("Michèle Taylor", "PER", "USA", ["Die US-Vertreterin Michèle Taylor"]),
        entity("Simon Manley", "PER", "GBR", ["Der britische Botschafter Simon Manley"]),
        entity("Jimmy Lai", "PER", "CHN", ["des Verlegers Jimmy Lai"]),
        entity("Chen Xu", "PER", "CHN", ["Chinas Botschafter Chen Xu"]),
        entity("China", "LOC", "CHN", ["Chinas"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Palais des Nations", "LOC", "CHE", ["dem Genfer UN-Sitz"]),
        entity("Place des Nations", "LOC", "CHE", ["Place des Nations"]),
        entity("World Uyghur Congress", "ORG", "DEU", ["des Weltkongresses der Uiguren"]),
        entity("speaker of the World Uyghur Congress", "PER", "CHN", ["eine Rednerin des Weltkongresses der Uiguren"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["das UN-Menschenrechtsbüro"]),
        entity("Xinjiang", "LOC", "CHN", ["der Region Xinjiang"]),
    ],
}

# ---------------------------------------------------------------- hm271-en-01 (Bougainville, Toroama re-elected)
TOROAMA = actor("Ishmael Toroama", "PNG", "GOV")
AKOITAI = actor("Sam Akoitai", "PNG", "PTY")
PNG_PARLIAMENT = actor("National Parliament of Papua New Guinea", "PNG", "LEG")
PNG_GOV = actor("Government of Papua New Guinea", "PNG", "GOV")
MARAPE = actor("James Marape", "PNG", "GOV")
AUSTRALIA = actor("Australia", "AUS", "GOV")
NEW_ZEALAND = actor("New Zealand", "NZL", "GOV")
BOUGAINVILLE_POLICE = actor("Bougainville Police Service", "PNG", "COP")
AKOITAI_SUPPORTERS = actor("supporters of a losing candidate in Arawa", "PNG", "CVL")

B1 = ("BUKA, Papua New Guinea, Sept 29 (Reuters) - Ishmael Toroama was declared the winner of Bougainville's "
      "presidential election on Monday, securing a second five-year term as leader of the autonomous region that "
      "voted overwhelmingly for independence in 2019.")
B2 = ("Toroama, a former rebel commander, took almost 60% of first-preference votes, according to the Bougainville "
      "Electoral Commission.")
B3 = "His closest challenger, Sam Akoitai, conceded defeat and congratulated him."
B4 = ("Toroama urged Papua New Guinea's national parliament to ratify the referendum result before the 2027 "
      "deadline agreed with Port Moresby.")
B5 = ('He warned that Bougainville would declare independence unilaterally if lawmakers failed to act, saying his '
      'government would "not wait forever" for a decision.')
B6 = ("Prime Minister James Marape congratulated Toroama and said he would host him in Port Moresby next month to "
      "continue talks on the region's future.")
B7 = "Marape did not commit to a date for a parliamentary vote."
B8 = "Australia and New Zealand, which led a peace monitoring mission after the civil war, also congratulated Toroama."
B9 = ("Police detained six supporters of a losing candidate after a scuffle at a counting centre in Arawa, the "
      "regional police commander said.")
B10 = ("About 15,000 people died in the decade-long conflict, which began in 1988 over the Panguna copper mine "
       "that remains closed.")

EN01 = {
    "id": "hm271-en-01", "lang": "en", "url": None, "published": "2025-09-29",
    "title": "Toroama re-elected Bougainville president, vows to push for independence",
    "text": paragraphs([B1, B2, B3], [B4, B5], [B6, B7, B8], [B9, B10]),
    "events": [
        event("CONCEDE", AKOITAI, TOROAMA, B3),
        event("SUPPORT", AKOITAI, TOROAMA, B3),
        event("REQUEST", TOROAMA, PNG_PARLIAMENT, B4, mode="change"),
        event("THREATEN", TOROAMA, PNG_GOV, B5),
        event("SUPPORT", MARAPE, TOROAMA, B6),
        event("AGREE", MARAPE, TOROAMA, B6),
        event("AGREE", MARAPE, TOROAMA, B7, negated=True),
        event("SUPPORT", AUSTRALIA, TOROAMA, B8),
        event("SUPPORT", NEW_ZEALAND, TOROAMA, B8),
        event("COERCE", BOUGAINVILLE_POLICE, AKOITAI_SUPPORTERS, B9, mode="arrest", location="Arawa",
              location_country="PNG"),
    ],
    "quotes": [
        quote("Toroama, a former rebel commander, took almost 60% of first-preference votes",
              "Bougainville Electoral Commission", "indirect"),
        quote("Bougainville would declare independence unilaterally if lawmakers failed to act", "Ishmael Toroama",
              "indirect"),
        quote("not wait forever", "Ishmael Toroama", "direct"),
        quote('his government would "not wait forever" for a decision', "Ishmael Toroama", "indirect"),
        quote("he would host him in Port Moresby next month to continue talks on the region's future",
              "James Marape", "indirect"),
        quote("Police detained six supporters of a losing candidate after a scuffle at a counting centre in Arawa",
              "regional police commander of Bougainville", "indirect"),
    ],
    "entities": [
        entity("Buka", "LOC", "PNG", ["BUKA"]),
        entity("Papua New Guinea", "LOC", "PNG", ["Papua New Guinea", "Papua New Guinea's"]),
        entity("Ishmael Toroama", "PER", "PNG", ["Ishmael Toroama", "Toroama", "a former rebel commander"]),
        entity("Bougainville", "LOC", "PNG", ["Bougainville's", "the autonomous region", "Bougainville",
                                              "the region's"]),
        entity("Bougainville Electoral Commission", "ORG", "PNG", ["the Bougainville Electoral Commission"]),
        entity("Sam Akoitai", "PER", "PNG", ["His closest challenger, Sam Akoitai"]),
        entity("National Parliament of Papua New Guinea", "ORG", "PNG",
               ["Papua New Guinea's national parliament", "lawmakers"]),
        entity("Government of Papua New Guinea", "ORG", "PNG", ["Port Moresby"]),
        entity("Autonomous Bougainville Government", "ORG", "PNG", ["his government"]),
        entity("James Marape", "PER", "PNG", ["Prime Minister James Marape", "Marape"]),
        entity("Port Moresby", "LOC", "PNG", ["Port Moresby"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
        entity("New Zealand", "LOC", "NZL", ["New Zealand"]),
        entity("Bougainville Police Service", "ORG", "PNG", ["Police"]),
        entity("Arawa", "LOC", "PNG", ["Arawa"]),
        entity("regional police commander of Bougainville", "PER", "PNG", ["the regional police commander"]),
        entity("Panguna mine", "LOC", "PNG", ["the Panguna copper mine"]),
    ],
}

# ---------------------------------------------------------------- hm271-en-02 (China/USA, Blinken meets Xi in Beijing)
XI = actor("Xi Jinping", "CHN", "GOV")
WANG_YI = actor("Wang Yi", "CHN", "GOV")
WANG_WENBIN = actor("Wang Wenbin", "CHN", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
US_TREASURY = actor("U.S. Department of the Treasury", "USA", "GOV")
CHN_FIRMS = actor("Chinese companies accused of supplying Russia", "CHN", "BUS")
US_DRUG_OFFICIALS = actor("U.S. counternarcotics agencies", "USA", "COP")
CHN_DRUG_OFFICIALS = actor("Chinese counternarcotics agencies", "CHN", "COP")

X1 = ("BEIJING, April 26 (Reuters) - U.S. Secretary of State Antony Blinken warned Chinese President Xi Jinping on "
      "Friday that Washington would take action if Beijing kept supplying Russia's defense industry with parts for "
      "its war in Ukraine.")
X2 = ("Blinken met Xi at the Great Hall of the People at the end of a three-day visit that "
      "began in Shanghai.")
X3 = ("Earlier, Foreign Minister Wang Yi held five hours of talks with Blinken and accused the United "
      "States of suppressing China's technological development.")
X4 = '"China\'s legitimate development rights are being unreasonably suppressed," Wang said.'
X5 = ("Blinken told reporters that China was the top supplier of machine tools and microelectronics that Russia "
      "used to rebuild its arms industry.")
X6 = '"Without China\'s support, Russia would struggle to sustain its assault on Ukraine," he said.'
X7 = ("The two sides agreed to hold their first talks on artificial intelligence and to expand student "
      "exchanges.")
X8 = "Blinken also praised Beijing's steps to curb exports of chemicals used to make fentanyl."
X9 = ("U.S. and Chinese counternarcotics agencies resumed joint work against drug trafficking under a deal struck "
      "by President Joe Biden and Xi in November.")
X10 = ("The Treasury Department has already sanctioned several Chinese companies accused of helping Moscow obtain "
       "drone parts.")
X11 = ('Foreign ministry spokesman Wang Wenbin rejected Washington\'s demand, saying normal trade between China and '
       'Russia "should not be interfered with" by outside powers.')

EN02 = {
    "id": "hm271-en-02", "lang": "en", "url": None, "published": "2024-04-26",
    "title": "Blinken warns Xi over Chinese support for Russia's arms industry",
    "text": paragraphs([X1, X2, X3, X4], [X5, X6, X7], [X8, X9, X10], [X11]),
    "events": [
        event("THREATEN", BLINKEN, XI, X1, date="2024-04-26", location="Beijing", location_country="CHN"),
        event("CONSULT", BLINKEN, XI, X2, mode="visit", date="2024-04-26", location="Beijing",
              location_country="CHN"),
        event("CONSULT", BLINKEN, WANG_YI, X3, mode="visit", location="Beijing", location_country="CHN"),
        event("ACCUSE", WANG_YI, USA, X3, mode="allege"),
        event("ACCUSE", WANG_YI, USA, X4, mode="disapprove"),
        event("ACCUSE", BLINKEN, CHN_GOV, X5, mode="allege"),
        event("ACCUSE", BLINKEN, CHN_GOV, X6, mode="disapprove"),
        event("AGREE", USA, CHN_GOV, X7),
        event("SUPPORT", BLINKEN, CHN_GOV, X8),
        event("COOPERATE", US_DRUG_OFFICIALS, CHN_DRUG_OFFICIALS, X9),
        event("AGREE", BIDEN, XI, X9),
        event("SANCTION", US_TREASURY, CHN_FIRMS, X10),
        event("REJECT", WANG_WENBIN, USA, X11, mode="change"),
    ],
    "quotes": [
        quote("Washington would take action if Beijing kept supplying Russia's defense industry with parts for its "
              "war in Ukraine", "Antony Blinken", "indirect"),
        quote("suppressing China's technological development", "Wang Yi", "indirect"),
        quote("China's legitimate development rights are being unreasonably suppressed", "Wang Yi", "direct"),
        quote("China was the top supplier of machine tools and microelectronics that Russia used to rebuild its arms "
              "industry", "Antony Blinken", "indirect"),
        quote("Without China's support, Russia would struggle to sustain its assault on Ukraine", "Antony Blinken",
              "direct"),
        quote("should not be interfered with", "Wang Wenbin", "direct"),
        quote('normal trade between China and Russia "should not be interfered with" by outside powers', "Wang Wenbin", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["BEIJING"]),
        entity("Antony Blinken", "PER", "USA", ["U.S. Secretary of State Antony Blinken", "Blinken"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese President Xi Jinping", "Xi"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "the United States", "Washington's"]),
        entity("Government of China", "ORG", "CHN", ["Beijing", "Beijing's"]),
        entity("Russia", "LOC", "RUS", ["Russia", "Russia's"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Great Hall of the People", "LOC", "CHN", ["the Great Hall of the People"]),
        entity("Shanghai", "LOC", "CHN", ["Shanghai"]),
        entity("Wang Yi", "PER", "CHN", ["Foreign Minister Wang Yi", "Wang"]),
        entity("China", "LOC", "CHN", ["China's", "China"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden"]),
        entity("U.S. Department of the Treasury", "ORG", "USA", ["The Treasury Department"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Foreign ministry"]),
        entity("Wang Wenbin", "PER", "CHN", ["Foreign ministry spokesman Wang Wenbin"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
