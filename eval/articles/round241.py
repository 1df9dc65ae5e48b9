"""Round 241: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm241-de-01: The Taliban free Americans Ryan Corbett and William McKenty in exchange for Khan Mohammed; Qatar mediates, Mujahid demands the central bank's assets, Corbett's family thanks Biden and Trump, Mahmood Habibi not freed (2025-01-21).
- hm241-de-02: A man kills two policemen at the Ulu Tiram police station in Johor and is shot dead; the police chief points to his father's Jemaah Islamiyah links, five relatives arrested, Anwar condemns, Singapore steps up border security (2024-05-17).
- hm241-de-03: After weeks of protests and a lawyers' blockade of the N-5 in Sindh, Shehbaz Sharif and Bilawal Bhutto agree that no new Indus canals will be built without consensus; Murad Ali Shah's appeal rebuffed, Sharif accuses India over the Indus Waters Treaty (2025-04-24).
- hm241-de-04: Biden hosts Modi, Albanese and Kishida at the Quad summit in Wilmington; concern over coercive manoeuvres in the South China Sea, coast guard initiative, Biden's open-mic remark on China, Beijing objects (2024-09-22).
- hm241-en-01: A car explodes near Delhi's Red Fort; UAPA case and NIA probe, the Faridabad explosives haul, Modi vows justice from Bhutan, Shah's alert, Congress and the BJP trade blows, U.S. embassy and UN condemn (2025-11-11).
- hm241-en-02: Philippine personnel land on Sandy Cay and unfurl the flag after China's coast guard did the same; Manila and Beijing trade accusations, Balikatan drills, Washington backs Manila, no summoning of the Chinese envoy (2025-04-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm241-de-01 (Taliban-US prisoner swap)
TALIBAN = actor("Taliban", "AFG", "GOV")
US_DETAINEES = actor("US citizens detained in Afghanistan", "USA", "CVL")
USA = actor("United States", "USA", "GOV")
KHAN_MOHAMMED = actor("Khan Mohammed", "AFG", "REB")
CORBETT = actor("Ryan Corbett", "USA", "CVL")
US_COURT = actor("U.S. federal court in Washington", "USA", "JUD")
QATAR = actor("Qatar", "QAT", "GOV")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")
CORBETT_FAMILY = actor("family of Ryan Corbett", "USA", "CVL")
BIDEN = actor("Joe Biden", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
HABIBI = actor("Mahmood Habibi", "USA", "CVL")

A1 = ("Kabul (dpa) - Die in Afghanistan herrschenden Taliban haben zwei inhaftierte US-Bürger im Austausch gegen "
      "einen in den USA verurteilten Afghanen freigelassen.")
A2 = ("Der Afghane Khan Mohammed sei aus einem Gefängnis in Kalifornien entlassen worden und bereits in seine "
      "Heimatprovinz Nangarhar zurückgekehrt, teilte das Außenministerium in Kabul mit.")
A3 = "Bei den beiden Amerikanern handelt es sich um Ryan Corbett und William McKenty."
A4 = ("Corbett war im August 2022 bei einer Geschäftsreise von den Taliban festgenommen worden, über die Umstände "
      "der Festnahme McKentys ist wenig bekannt.")
A5 = ("Khan Mohammed war 2008 von einem Bundesgericht in Washington wegen Drogenhandels und Terrorunterstützung zu "
      "lebenslanger Haft verurteilt worden.")
A6 = "Der Austausch sei durch die Vermittlung Katars zustande gekommen, hieß es in der Erklärung des Ministeriums."
A7 = "Die Taliban-Regierung dankte Doha ausdrücklich für seine Rolle."
A8 = ("Regierungssprecher Sabihullah Mudschahid nannte den Austausch ein „gutes Beispiel“ dafür, wie sich Probleme "
      "durch Dialog lösen ließen.")
A9 = "„Wir erwarten, dass Washington nun auch die eingefrorenen Gelder unserer Zentralbank freigibt“, sagte er."
A10 = ("Die Regierung des scheidenden Präsidenten Joe Biden hatte den Austausch noch in ihren letzten Amtstagen "
       "ausgehandelt.")
A11 = ("Die Familie Corbetts dankte in einer Mitteilung sowohl Biden als auch dem am Montag vereidigten Präsidenten "
       "Donald Trump.")
A12 = "Ein weiterer in Afghanistan verschwundener Amerikaner, der Geschäftsmann Mahmood Habibi, kam nicht frei."
A13 = "Die Taliban bestreiten, ihn festzuhalten."
A14 = "Die USA unterhalten seit dem Abzug ihrer Truppen im August 2021 keine Botschaft mehr in Kabul."

DE01 = {
    "id": "hm241-de-01", "lang": "de", "url": None, "published": "2025-01-21",
    "title": "Taliban lassen zwei Amerikaner im Gefangenenaustausch frei",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14]),
    "events": [
        event("RETREAT", TALIBAN, US_DETAINEES, A1, mode="release"),
        event("RETREAT", USA, KHAN_MOHAMMED, A1, mode="release"),
        event("RETREAT", USA, KHAN_MOHAMMED, A2, mode="release"),
        event("COERCE", TALIBAN, CORBETT, A4, mode="arrest"),
        event("SANCTION", US_COURT, KHAN_MOHAMMED, A5, mode="convict"),
        event("CONSULT", QATAR, TALIBAN, A6, mode="third-party"),
        event("CONSULT", QATAR, USA, A6, mode="third-party"),
        event("SUPPORT", TALIBAN, QATAR, A7),
        event("REQUEST", MUJAHID, USA, A9),
        event("AGREE", US_GOV, TALIBAN, A10),
        event("SUPPORT", CORBETT_FAMILY, BIDEN, A11),
        event("SUPPORT", CORBETT_FAMILY, TRUMP, A11),
        event("RETREAT", TALIBAN, HABIBI, A12, mode="release", negated=True),
    ],
    "quotes": [
        quote("Der Afghane Khan Mohammed sei aus einem Gefängnis in Kalifornien entlassen worden und bereits in seine "
              "Heimatprovinz Nangarhar zurückgekehrt", "Ministry of Foreign Affairs of Afghanistan", "indirect"),
        quote("Der Austausch sei durch die Vermittlung Katars zustande gekommen",
              "Ministry of Foreign Affairs of Afghanistan", "indirect"),
        quote("gutes Beispiel", "Zabihullah Mujahid", "direct"),
        quote("Wir erwarten, dass Washington nun auch die eingefrorenen Gelder unserer Zentralbank freigibt",
              "Zabihullah Mujahid", "direct"),
    ],
    "entities": [
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan"]),
        entity("Taliban", "ORG", "AFG", ["Taliban", "Die Taliban-Regierung"]),
        entity("United States", "LOC", "USA", ["USA"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Khan Mohammed", "PER", "AFG", ["Der Afghane Khan Mohammed", "Khan Mohammed"]),
        entity("California", "LOC", "USA", ["Kalifornien"]),
        entity("Nangarhar", "LOC", "AFG", ["Nangarhar"]),
        entity("Ministry of Foreign Affairs of Afghanistan", "ORG", "AFG",
               ["das Außenministerium in Kabul", "des Ministeriums"]),
        entity("Ryan Corbett", "PER", "USA", ["Ryan Corbett", "Corbett", "Corbetts"]),
        entity("William McKenty", "PER", "USA", ["William McKenty", "McKentys"]),
        entity("U.S. federal court in Washington", "ORG", "USA", ["einem Bundesgericht in Washington"]),
        entity("Qatar", "LOC", "QAT", ["Katars", "Doha"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Regierungssprecher Sabihullah Mudschahid"]),
        entity("Joe Biden", "PER", "USA", ["Präsidenten Joe Biden", "Biden"]),
        entity("Donald Trump", "PER", "USA", ["Präsidenten Donald Trump"]),
        entity("Mahmood Habibi", "PER", "USA", ["der Geschäftsmann Mahmood Habibi"]),
    ],
}

# ---------------------------------------------------------------- hm241-de-02 (Ulu Tiram police station attack)
ATTACKER = actor("Ulu Tiram police station attacker", "MYS", "REB")
UT_POLICE = actor("police officers of the Ulu Tiram station", "MYS", "COP")
RAZARUDIN = actor("Razarudin Husain", "MYS", "COP")
ATTACKER_FATHER = actor("father of the Ulu Tiram attacker", "MYS", "CVL")
RMP = actor("Royal Malaysia Police", "MYS", "COP")
ATTACKER_FAMILY = actor("family members of the Ulu Tiram attacker", "MYS", "CVL")
SAIFUDDIN = actor("Saifuddin Nasution Ismail", "MYS", "GOV")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
MYS_PUBLIC = actor("Malaysian public", "MYS", "CVL")
SINGAPORE = actor("Singapore", "SGP", "GOV")

B1 = ("Johor Bahru (AFP) - Bei einem Angriff auf eine Polizeiwache im Süden Malaysias sind zwei Polizisten getötet "
      "worden.")
B2 = ("Ein maskierter Mann stach kurz vor drei Uhr morgens in Ulu Tiram im Bundesstaat Johor mit einer Machete auf "
      "einen Beamten ein und nahm dessen Dienstwaffe an sich.")
B3 = "Mit der Waffe erschoss er anschließend einen zweiten Polizisten."
B4 = "Ein weiterer Beamter wurde verletzt, erwiderte aber das Feuer und tötete den 21-jährigen Angreifer."
B5 = ("Der Vater des Mannes sei ein bekanntes Mitglied der Terrororganisation Jemaah Islamiyah, sagte der nationale "
      "Polizeichef Razarudin Husain vor Journalisten.")
B6 = "Die Polizei nahm fünf Familienmitglieder des Angreifers fest, darunter den Vater."
B7 = ("Ein Motiv sei noch unklar, es gebe aber Hinweise auf eine Radikalisierung im Elternhaus, fügte Razarudin "
      "hinzu.")
B8 = "Die Familie ließ über einen Anwalt erklären, sie habe mit der Tat nichts zu tun."
B9 = ("Innenminister Saifuddin Nasution Ismail ordnete an, die Sicherheitsvorkehrungen an allen Polizeiwachen des "
      "Landes zu verschärfen.")
B10 = "Ministerpräsident Anwar Ibrahim verurteilte den Angriff als „feigen Akt“."
B11 = "„Ich rufe alle Malaysier auf, Ruhe zu bewahren und keine Gerüchte zu verbreiten“, sagte er."
B12 = "Singapur verstärkte daraufhin die Sicherheitskräfte an den Grenzübergängen nach Johor."
B13 = ("Die Jemaah Islamiyah wird für die Anschläge auf Bali im Jahr 2002 verantwortlich gemacht, bei denen 202 "
       "Menschen starben.")
B14 = "In Malaysia hatte es seit Jahren keinen tödlichen Anschlag auf Sicherheitskräfte mehr gegeben."

DE02 = {
    "id": "hm241-de-02", "lang": "de", "url": None, "published": "2024-05-17",
    "title": "Zwei Polizisten bei Angriff auf Wache in Malaysia getötet",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12], [B13, B14]),
    "events": [
        event("ASSAULT", ATTACKER, UT_POLICE, B1, location="Ulu Tiram", location_country="MYS"),
        event("ASSAULT", ATTACKER, UT_POLICE, B2, mode="primitive", location="Ulu Tiram", location_country="MYS"),
        event("ASSAULT", ATTACKER, UT_POLICE, B3, mode="firearms", location="Ulu Tiram", location_country="MYS"),
        event("ASSAULT", ATTACKER, UT_POLICE, B4, location="Ulu Tiram", location_country="MYS"),
        event("ASSAULT", UT_POLICE, ATTACKER, B4, mode="firearms", location="Ulu Tiram", location_country="MYS"),
        event("ACCUSE", RAZARUDIN, ATTACKER_FATHER, B5, mode="allege"),
        event("COERCE", RMP, ATTACKER_FAMILY, B6, mode="arrest"),
        event("MOBILIZE", SAIFUDDIN, None, B9, mode="police"),
        event("ACCUSE", ANWAR, ATTACKER, B10, mode="disapprove"),
        event("REQUEST", ANWAR, MYS_PUBLIC, B11),
        event("MOBILIZE", SINGAPORE, None, B12, mode="police", location="Johor", location_country="MYS"),
    ],
    "quotes": [
        quote("Der Vater des Mannes sei ein bekanntes Mitglied der Terrororganisation Jemaah Islamiyah",
              "Razarudin Husain", "indirect"),
        quote("Ein Motiv sei noch unklar, es gebe aber Hinweise auf eine Radikalisierung im Elternhaus",
              "Razarudin Husain", "indirect"),
        quote("sie habe mit der Tat nichts zu tun", "family members of the Ulu Tiram attacker", "indirect"),
        quote("feigen Akt", "Anwar Ibrahim", "direct"),
        quote("Ich rufe alle Malaysier auf, Ruhe zu bewahren und keine Gerüchte zu verbreiten", "Anwar Ibrahim",
              "direct"),
    ],
    "entities": [
        entity("Johor Bahru", "LOC", "MYS", ["Johor Bahru"]),
        entity("Ulu Tiram police station", "LOC", "MYS", ["eine Polizeiwache"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysias", "Malaysia"]),
        entity("Ulu Tiram", "LOC", "MYS", ["Ulu Tiram"]),
        entity("Johor", "LOC", "MYS", ["Bundesstaat Johor", "Johor"]),
        entity("Jemaah Islamiyah", "ORG", "IDN", ["Terrororganisation Jemaah Islamiyah", "Die Jemaah Islamiyah"]),
        entity("Razarudin Husain", "PER", "MYS", ["der nationale Polizeichef Razarudin Husain", "Razarudin"]),
        entity("Royal Malaysia Police", "ORG", "MYS", ["Die Polizei"]),
        entity("Saifuddin Nasution Ismail", "PER", "MYS", ["Innenminister Saifuddin Nasution Ismail"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Ministerpräsident Anwar Ibrahim"]),
        entity("Singapore", "LOC", "SGP", ["Singapur"]),
        entity("Bali", "LOC", "IDN", ["Bali"]),
    ],
}

# ---------------------------------------------------------------- hm241-de-03 (Sindh canal protests)
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
SINDH_PROTESTERS = actor("protesters in Sindh", "PAK", "CVL")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
BILAWAL = actor("Bilawal Bhutto Zardari", "PAK", "PTY")
PPP = actor("Pakistan Peoples Party", "PAK", "PTY")
SINDH_LAWYERS = actor("lawyers in Sindh", "PAK", "CVL")
MURAD = actor("Murad Ali Shah", "PAK", "GOV")
INDIA = actor("India", "IND", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
SINDH_POLICE = actor("Sindh Police", "PAK", "COP")

C1 = ("Islamabad (dpa) - Nach wochenlangen Protesten in der Provinz Sindh hat Pakistans Regierung zugesagt, vorerst "
      "keine neuen Bewässerungskanäle am Indus zu bauen.")
C2 = ("Premierminister Shehbaz Sharif und der Vorsitzende der mitregierenden Pakistanischen Volkspartei (PPP), "
      "Bilawal Bhutto Zardari, trafen sich am Donnerstag in Islamabad.")
C3 = ("Anschließend hieß es in einer gemeinsamen Erklärung, kein neuer Kanal werde gebaut, solange es im Rat der "
      "gemeinsamen Interessen keinen Konsens aller Provinzen gebe.")
C4 = "Das Gremium, in dem die Regierungschefs der vier Provinzen sitzen, soll am 2. Mai zusammentreten."
C5 = ("Bilawal hatte zuvor gedroht, seine Partei werde die Koalition verlassen, sollte die Regierung an dem Projekt "
      "festhalten.")
C6 = "In Sindh blockierten Anwälte seit mehr als einer Woche die Fernstraße N-5 bei Babarloi."
C7 = "Tausende Lastwagen stauten sich, in mehreren Städten wurden Lebensmittel knapp."
C8 = "Die Demonstranten werfen der Zentralregierung vor, sie wolle der Provinz mit den Kanälen das Wasser abgraben."
C9 = "Die Regierung in Islamabad bestreitet das."
C10 = "„Das Wasser des Indus gehört allen Provinzen, keine wird benachteiligt“, sagte Sharif nach dem Treffen."
C11 = ("Der Regierungschef von Sindh, Murad Ali Shah, begrüßte die Einigung und forderte die Anwälte auf, die "
       "Blockade aufzuheben.")
C12 = "Deren Vertreter lehnten das zunächst ab und verlangten eine schriftliche Zusage der Bundesregierung."
C13 = ("Sharif warf zudem Indien vor, Pakistan mit der Aussetzung des Indus-Wasservertrags die Lebensgrundlage "
       "entziehen zu wollen.")
C14 = ("Neu-Delhi hatte das Abkommen am Mittwoch nach dem Anschlag auf Touristen im indischen Teil Kaschmirs auf "
       "Eis gelegt.")
C15 = "Die Polizei in Sindh nahm bei den Protesten nach eigenen Angaben niemanden fest."

DE03 = {
    "id": "hm241-de-03", "lang": "de", "url": None, "published": "2025-04-24",
    "title": "Pakistan stoppt umstrittene Kanalpläne nach Protesten in Sindh",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9], [C10, C11, C12], [C13, C14, C15]),
    "events": [
        event("CONCEDE", PAK_GOV, SINDH_PROTESTERS, C1),
        event("CONSULT", SHARIF, BILAWAL, C2, mode="visit", location="Islamabad", location_country="PAK"),
        event("CONCEDE", PAK_GOV, PPP, C3),
        event("THREATEN", BILAWAL, PAK_GOV, C5),
        event("PROTEST", SINDH_LAWYERS, PAK_GOV, C6, mode="obstruct", location="Babarloi",
              location_country="PAK"),
        event("ACCUSE", SINDH_PROTESTERS, PAK_GOV, C8, mode="allege"),
        event("SUPPORT", MURAD, PAK_GOV, C11),
        event("REQUEST", MURAD, SINDH_LAWYERS, C11),
        event("REJECT", SINDH_LAWYERS, MURAD, C12),
        event("REQUEST", SINDH_LAWYERS, PAK_GOV, C12),
        event("ACCUSE", SHARIF, INDIA, C13),
        event("SANCTION", INDIA, PAKISTAN, C14, mode="discontinue", date="2025-04-23"),
        event("COERCE", SINDH_POLICE, SINDH_PROTESTERS, C15, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("kein neuer Kanal werde gebaut, solange es im Rat der gemeinsamen Interessen keinen Konsens aller "
              "Provinzen gebe", "joint statement of Shehbaz Sharif and Bilawal Bhutto Zardari", "indirect"),
        quote("seine Partei werde die Koalition verlassen, sollte die Regierung an dem Projekt festhalten",
              "Bilawal Bhutto Zardari", "indirect"),
        quote("sie wolle der Provinz mit den Kanälen das Wasser abgraben", "protesters in Sindh", "indirect"),
        quote("Das Wasser des Indus gehört allen Provinzen, keine wird benachteiligt", "Shehbaz Sharif", "direct"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Sindh", "LOC", "PAK", ["Provinz Sindh", "Sindh"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistans", "Pakistan"]),
        entity("Indus", "LOC", "PAK", ["Indus"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif", "Sharif"]),
        entity("Pakistan Peoples Party", "ORG", "PAK", ["Pakistanischen Volkspartei (PPP)", "seine Partei"]),
        entity("Bilawal Bhutto Zardari", "PER", "PAK", ["Bilawal Bhutto Zardari", "Bilawal"]),
        entity("Council of Common Interests", "ORG", "PAK", ["Rat der gemeinsamen Interessen", "Das Gremium"]),
        entity("N-5 National Highway", "LOC", "PAK", ["Fernstraße N-5"]),
        entity("Babarloi", "LOC", "PAK", ["Babarloi"]),
        entity("Murad Ali Shah", "PER", "PAK", ["Der Regierungschef von Sindh, Murad Ali Shah"]),
        entity("India", "LOC", "IND", ["Indien", "Neu-Delhi"]),
        entity("Indus Waters Treaty", "MISC", None, ["Indus-Wasservertrags", "das Abkommen"]),
        entity("Kashmir", "LOC", "IND", ["indischen Teil Kaschmirs"]),
        entity("Sindh Police", "ORG", "PAK", ["Die Polizei in Sindh"]),
    ],
}

# ---------------------------------------------------------------- hm241-de-04 (Quad summit in Wilmington)
MODI = actor("Narendra Modi", "IND", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
CHINA = actor("China", "CHN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")

D1 = ("Wilmington (Reuters) - US-Präsident Joe Biden hat die Regierungschefs Indiens, Australiens und Japans zu "
      "einem Gipfel der sogenannten Quad-Gruppe in seiner Heimatstadt Wilmington empfangen.")
D2 = "Für Biden war es das letzte Treffen des Bündnisses vor dem Ende seiner Amtszeit."
D3 = ("In einer gemeinsamen Erklärung äußerten sich Biden, der indische Premierminister Narendra Modi, Australiens "
      "Regierungschef Anthony Albanese und der japanische Ministerpräsident Fumio Kishida ernsthaft besorgt über "
      "„zwangsweise und einschüchternde Manöver“ im Südchinesischen Meer, wo China nahezu das gesamte Seegebiet "
      "beansprucht.")
D4 = ("Zudem vereinbarten die vier eine gemeinsame Initiative zur Ausbildung von Küstenwachen in der Region sowie "
      "erstmals eine gemeinsame Mission ihrer Küstenwachen im kommenden Jahr.")
D5 = ("Biden sagte bei einer Veranstaltung am Rande des Gipfels, China verhalte sich weiterhin aggressiv und stelle "
      "die Staaten der gesamten Region auf die Probe.")
D6 = "Die Äußerung war über ein versehentlich offen gebliebenes Mikrofon zu hören."
D7 = "„Die Quad ist nicht gegen irgendjemanden gerichtet“, betonte Modi."
D8 = ("Ein Sprecher des chinesischen Außenministeriums warf Washington vor, mit der Gruppe eine „Blockkonfrontation“ "
      "zu schüren, und forderte die USA auf, die Spannungen in der Region nicht weiter anzuheizen.")
D9 = "Peking werde seine Souveränität und seine maritimen Rechte entschlossen verteidigen, sagte der Sprecher."
D10 = "Modi kündigte an, Indien werde das nächste Gipfeltreffen im kommenden Jahr ausrichten."
D11 = "Durch das Südchinesische Meer wird ein großer Teil des Welthandels verschifft."

DE04 = {
    "id": "hm241-de-04", "lang": "de", "url": None, "published": "2024-09-22",
    "title": "Quad-Gipfel in Wilmington: Kritik an Manövern im Südchinesischen Meer",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7], [D8, D9, D10, D11]),
    "events": [
        event("CONSULT", MODI, BIDEN, D1, mode="multilateral", location="Wilmington", location_country="USA"),
        event("CONSULT", ALBANESE, BIDEN, D1, mode="multilateral", location="Wilmington", location_country="USA"),
        event("CONSULT", KISHIDA, BIDEN, D1, mode="multilateral", location="Wilmington", location_country="USA"),
        event("ACCUSE", BIDEN, CHINA, D3, mode="disapprove"),
        event("ACCUSE", MODI, CHINA, D3, mode="disapprove"),
        event("ACCUSE", ALBANESE, CHINA, D3, mode="disapprove"),
        event("ACCUSE", KISHIDA, CHINA, D3, mode="disapprove"),
        event("AGREE", BIDEN, MODI, D4),
        event("AGREE", BIDEN, ALBANESE, D4),
        event("AGREE", BIDEN, KISHIDA, D4),
        event("ACCUSE", BIDEN, CHINA, D5, mode="allege"),
        event("ACCUSE", CHN_MFA, USA, D8, mode="disapprove"),
        event("REQUEST", CHN_MFA, USA, D8),
    ],
    "quotes": [
        quote("zwangsweise und einschüchternde Manöver", "joint statement of the Quad leaders", "direct"),
        quote("China verhalte sich weiterhin aggressiv und stelle die Staaten der gesamten Region auf die Probe",
              "Joe Biden", "indirect"),
        quote("Die Quad ist nicht gegen irgendjemanden gerichtet", "Narendra Modi", "direct"),
        quote("Blockkonfrontation", "Chinese foreign ministry spokesperson", "direct"),
        quote("Peking werde seine Souveränität und seine maritimen Rechte entschlossen verteidigen",
              "Chinese foreign ministry spokesperson", "indirect"),
        quote("Indien werde das nächste Gipfeltreffen im kommenden Jahr ausrichten", "Narendra Modi", "indirect"),
    ],
    "entities": [
        entity("Wilmington", "LOC", "USA", ["Wilmington"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden", "Biden"]),
        entity("India", "LOC", "IND", ["Indiens", "Indien"]),
        entity("Australia", "LOC", "AUS", ["Australiens"]),
        entity("Japan", "LOC", "JPN", ["Japans"]),
        entity("Quad", "ORG", "IGO", ["Quad-Gruppe", "des Bündnisses", "Die Quad", "der Gruppe"]),
        entity("Narendra Modi", "PER", "IND", ["der indische Premierminister Narendra Modi", "Modi"]),
        entity("Anthony Albanese", "PER", "AUS", ["Regierungschef Anthony Albanese"]),
        entity("Fumio Kishida", "PER", "JPN", ["der japanische Ministerpräsident Fumio Kishida"]),
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer"]),
        entity("China", "LOC", "CHN", ["China", "Peking"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des chinesischen Außenministeriums"]),
        entity("Chinese foreign ministry spokesperson", "PER", "CHN", ["Ein Sprecher", "der Sprecher"]),
        entity("United States", "LOC", "USA", ["Washington", "die USA"]),
    ],
}

# ---------------------------------------------------------------- hm241-en-01 (Red Fort car blast)
BLAST_PERPS = actor("perpetrators of the Red Fort blast", "IND", "REB")
DELHI_CIVILIANS = actor("civilians near the Red Fort", "IND", "CVL")
DELHI_POLICE = actor("Delhi Police", "IND", "COP")
NIA = actor("National Investigation Agency", "IND", "COP")
JK_POLICE = actor("Jammu and Kashmir Police", "IND", "COP")
FARIDABAD_SUSPECTS = actor("suspects of the Faridabad explosives module", "IND", "REB")
AMIT_SHAH = actor("Amit Shah", "IND", "GOV")
IND_POLICE = actor("Indian police", "IND", "COP")
CONGRESS = actor("Indian National Congress", "IND", "OPP")
IND_GOV = actor("Government of India", "IND", "GOV")
BJP = actor("Bharatiya Janata Party", "IND", "PTY")
US_EMBASSY_IND = actor("Embassy of the United States in New Delhi", "USA", "GOV")
UN_SG_SPOKES = actor("Spokesperson for the UN Secretary-General", "UNO", "IGO")

E1 = ("NEW DELHI, Nov 11 (Reuters) - A car exploded near the Red Fort in the heart of India's capital on Monday "
      "evening, killing at least 12 people and wounding more than 20, police said.")
E2 = "The area around the 17th-century Mughal fort is one of the busiest in the old city."
E3 = ("Delhi Police registered a case under the Unlawful Activities (Prevention) Act, the country's main "
      "anti-terrorism law, and the National Investigation Agency took over the probe on Tuesday.")
E4 = ("Hours before the blast, police in Jammu and Kashmir said they had arrested several people, among them two "
      "doctors, and seized nearly 3,000 kg of bomb-making material in Faridabad near the capital.")
E5 = ("Investigators are examining whether the driver of the car, also a doctor, was linked to the group, a police "
      "official said.")
E6 = ("Prime Minister Narendra Modi, speaking on a visit to Bhutan, said the conspirators would be brought to "
      "justice.")
E7 = "“Those responsible for this dreadful incident will not be spared,” he said in Thimphu."
E8 = ("Home Minister Amit Shah put security forces in the capital on high alert and chaired a security review on "
      "Tuesday.")
E9 = "Security was tightened at airports, railway stations and government buildings in Mumbai and several states."
E10 = ("The opposition Congress party demanded that the government explain how such a large quantity of explosives "
       "had gone undetected.")
E11 = "A spokesman for Modi's Bharatiya Janata Party accused Congress of politicising a tragedy."
E12 = "Police have not arrested anyone in connection with the blast itself."
E13 = ("The U.S. embassy in New Delhi and the spokesperson for U.N. Secretary-General Antonio Guterres condemned the "
       "attack.")
E14 = "It was the deadliest attack in the capital since a bombing outside the Delhi High Court in 2011."

EN01 = {
    "id": "hm241-en-01", "lang": "en", "url": None, "published": "2025-11-11",
    "title": "Car blast near Delhi's Red Fort kills at least 12, anti-terror probe launched",
    "text": paragraphs([E1, E2, E3], [E4, E5], [E6, E7, E8, E9], [E10, E11, E12, E13, E14]),
    "events": [
        event("ASSAULT", BLAST_PERPS, DELHI_CIVILIANS, E1, mode="explosives", date="2025-11-10",
              location="New Delhi", location_country="IND"),
        event("ACCUSE", DELHI_POLICE, BLAST_PERPS, E3, mode="investigate"),
        event("ACCUSE", NIA, BLAST_PERPS, E3, mode="investigate"),
        event("COERCE", JK_POLICE, FARIDABAD_SUSPECTS, E4, mode="arrest", location="Faridabad",
              location_country="IND"),
        event("THREATEN", MODI, BLAST_PERPS, E6),
        event("THREATEN", MODI, BLAST_PERPS, E7),
        event("MOBILIZE", AMIT_SHAH, None, E8, mode="police", location="New Delhi", location_country="IND"),
        event("MOBILIZE", IND_POLICE, None, E9, mode="police"),
        event("REQUEST", CONGRESS, IND_GOV, E10),
        event("ACCUSE", BJP, CONGRESS, E11, mode="disapprove"),
        event("COERCE", DELHI_POLICE, BLAST_PERPS, E12, mode="arrest", negated=True),
        event("ACCUSE", US_EMBASSY_IND, BLAST_PERPS, E13, mode="disapprove"),
        event("ACCUSE", UN_SG_SPOKES, BLAST_PERPS, E13, mode="disapprove"),
    ],
    "quotes": [
        quote("A car exploded near the Red Fort in the heart of India's capital on Monday evening, killing at least "
              "12 people and wounding more than 20", "Delhi Police", "indirect"),
        quote("they had arrested several people, among them two doctors, and seized nearly 3,000 kg of bomb-making "
              "material in Faridabad near the capital", "Jammu and Kashmir Police", "indirect"),
        quote("Investigators are examining whether the driver of the car, also a doctor, was linked to the group",
              "Indian police official", "indirect"),
        quote("the conspirators would be brought to justice", "Narendra Modi", "indirect"),
        quote("Those responsible for this dreadful incident will not be spared", "Narendra Modi", "direct"),
        quote("the government explain how such a large quantity of explosives had gone undetected",
              "Indian National Congress", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["NEW DELHI", "New Delhi", "India's capital"]),
        entity("Red Fort", "LOC", "IND", ["the Red Fort", "the 17th-century Mughal fort"]),
        entity("India", "LOC", "IND", ["India's"]),
        entity("Delhi Police", "ORG", "IND", ["Delhi Police"]),
        entity("Unlawful Activities (Prevention) Act", "MISC", "IND", ["Unlawful Activities (Prevention) Act"]),
        entity("National Investigation Agency", "ORG", "IND", ["the National Investigation Agency"]),
        entity("Jammu and Kashmir Police", "ORG", "IND", ["police in Jammu and Kashmir"]),
        entity("Faridabad", "LOC", "IND", ["Faridabad"]),
        entity("Narendra Modi", "PER", "IND", ["Prime Minister Narendra Modi", "Modi's"]),
        entity("Bhutan", "LOC", "BTN", ["Bhutan"]),
        entity("Thimphu", "LOC", "BTN", ["Thimphu"]),
        entity("Amit Shah", "PER", "IND", ["Home Minister Amit Shah"]),
        entity("Mumbai", "LOC", "IND", ["Mumbai"]),
        entity("Indian National Congress", "ORG", "IND", ["The opposition Congress party", "Congress"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["Bharatiya Janata Party"]),
        entity("Embassy of the United States in New Delhi", "ORG", "USA", ["The U.S. embassy in New Delhi"]),
        entity("Antonio Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres"]),
        entity("Delhi High Court", "ORG", "IND", ["the Delhi High Court"]),
    ],
}

# ---------------------------------------------------------------- hm241-en-02 (Sandy Cay flag landings)
PHILIPPINES = actor("Philippines", "PHL", "GOV")
CCG = actor("China Coast Guard", "CHN", "COP")
GUO_JIAKUN = actor("Guo Jiakun", "CHN", "GOV")
US_FORCES = actor("United States Armed Forces", "USA", "MIL")
AFP_PHL = actor("Armed Forces of the Philippines", "PHL", "MIL")
TARRIELA = actor("Jay Tarriela", "PHL", "COP")
PLA_NAVY = actor("People's Liberation Army Navy", "CHN", "MIL")
PHL_DFA = actor("Department of Foreign Affairs of the Philippines", "PHL", "GOV")
CHN_AMB_PHL = actor("Ambassador of China to the Philippines", "CHN", "GOV")

F1 = ("MANILA, April 28 (Reuters) - The Philippines sent sailors, coast guard personnel and police officers onto a "
      "disputed sandbar in the South China Sea to unfurl the national flag.")
F2 = ("The operation on Sandy Cay, near the Philippine-held island of Pag-asa, was meant to 'assert the country's "
      "sovereign rights' in the area, the National Maritime Council said in a statement.")
F3 = ("Chinese state media reported on Saturday that coast guard officers had landed on the feature, which Beijing "
      "calls Tiexian Reef, in mid-April and raised the Chinese flag.")
F4 = "Manila called the Chinese action 'deeply concerning' and said it undermined stability in the region."
F5 = ("Chinese foreign ministry spokesperson Guo Jiakun dismissed the Philippine statement as 'political "
      "manipulation' and urged Manila to 'stop making provocations and stirring up trouble.'")
F6 = ("Beijing also accused the Philippines of staging the flag-raising for the cameras during its annual military "
      "exercises with the United States.")
F7 = "U.S. and Philippine forces are training together in the Balikatan exercises until May 9."
F8 = ("Philippine coast guard spokesman Jay Tarriela said Chinese coast guard and navy ships had been shadowing "
      "Filipino vessels near Pag-asa for weeks.")
F9 = ("Washington, a treaty ally of Manila, said it stood with the Philippines and called on China to respect a 2016 "
      "arbitral ruling that rejected Beijing's sweeping claims.")
F10 = "The Department of Foreign Affairs said it had not summoned the Chinese ambassador over the incident."
F11 = ("Pag-asa, known internationally as Thitu, is home to a small Filipino civilian community and a military "
       "outpost.")
F12 = "Vietnam, Malaysia, Brunei and Taiwan also claim parts of the Spratly archipelago."

EN02 = {
    "id": "hm241-en-02", "lang": "en", "url": None, "published": "2025-04-28",
    "title": "Philippines raises flag on disputed Sandy Cay after Chinese landing",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10], [F11, F12]),
    "events": [
        event("MOBILIZE", PHILIPPINES, None, F1, location="Sandy Cay", location_country="PHL"),
        event("MOBILIZE", CCG, None, F3, location="Sandy Cay", location_country="PHL"),
        event("ACCUSE", PHILIPPINES, CHINA, F4, mode="disapprove"),
        event("ACCUSE", GUO_JIAKUN, PHILIPPINES, F5, mode="disapprove"),
        event("REQUEST", GUO_JIAKUN, PHILIPPINES, F5),
        event("ACCUSE", CHINA, PHILIPPINES, F6, mode="allege"),
        event("COOPERATE", US_FORCES, AFP_PHL, F7),
        event("ACCUSE", TARRIELA, CCG, F8, mode="allege"),
        event("ACCUSE", TARRIELA, PLA_NAVY, F8, mode="allege"),
        event("SUPPORT", USA, PHILIPPINES, F9),
        event("REQUEST", USA, CHINA, F9),
        event("ACCUSE", PHL_DFA, CHN_AMB_PHL, F10, negated=True),
    ],
    "quotes": [
        quote("assert the country's sovereign rights", "National Maritime Council of the Philippines", "direct"),
        quote("The operation on Sandy Cay, near the Philippine-held island of Pag-asa, was meant to 'assert the "
              "country's sovereign rights' in the area", "National Maritime Council of the Philippines", "indirect"),
        quote("coast guard officers had landed on the feature, which Beijing calls Tiexian Reef, in mid-April and "
              "raised the Chinese flag", "Chinese state media", "indirect"),
        quote("deeply concerning", "Philippines", "direct"),
        quote("it undermined stability in the region", "Philippines", "indirect"),
        quote("political manipulation", "Guo Jiakun", "direct"),
        quote("stop making provocations and stirring up trouble", "Guo Jiakun", "direct"),
        quote("Chinese coast guard and navy ships had been shadowing Filipino vessels near Pag-asa for weeks",
              "Jay Tarriela", "indirect"),
        quote("it stood with the Philippines", "United States", "indirect"),
        quote("it had not summoned the Chinese ambassador over the incident",
              "Department of Foreign Affairs of the Philippines", "indirect"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["MANILA", "Manila"]),
        entity("Philippines", "LOC", "PHL", ["The Philippines", "the Philippines"]),
        entity("South China Sea", "LOC", None, ["South China Sea"]),
        entity("Sandy Cay", "LOC", "PHL", ["a disputed sandbar", "Sandy Cay", "the feature", "Tiexian Reef"]),
        entity("Pag-asa", "LOC", "PHL", ["Pag-asa", "Thitu"]),
        entity("National Maritime Council of the Philippines", "ORG", "PHL", ["the National Maritime Council"]),
        entity("China", "LOC", "CHN", ["Beijing"]),
        entity("China Coast Guard", "ORG", "CHN", ["coast guard officers"]),
        entity("Guo Jiakun", "PER", "CHN", ["Chinese foreign ministry spokesperson Guo Jiakun"]),
        entity("United States", "LOC", "USA", ["the United States", "Washington"]),
        entity("Balikatan", "MISC", None, ["the Balikatan exercises"]),
        entity("Jay Tarriela", "PER", "PHL", ["Philippine coast guard spokesman Jay Tarriela"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL", ["The Department of Foreign Affairs"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnam"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysia"]),
        entity("Brunei", "LOC", "BRN", ["Brunei"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("Spratly Islands", "LOC", None, ["the Spratly archipelago"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
