"""Round 21: six invented wire-style articles (4 German, 2 English), written blind.

Built sentence by sentence with `paragraphs`, so that every evidence is one exact sentence.
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------------------
# hm21-de-01: Saudi-Arabien und Iran vereinbaren in Peking die Wiederaufnahme der Beziehungen
# ---------------------------------------------------------------------------
D1_S1 = ("Peking (dpa) - Saudi-Arabien und der Iran wollen nach sieben Jahren Eiszeit ihre diplomatischen "
         "Beziehungen wieder aufnehmen.")
D1_S2 = ("Darauf verständigten sich die beiden Rivalen am Freitag nach mehrtägigen Gesprächen unter "
         "chinesischer Vermittlung in Peking.")
D1_S3 = ("Innerhalb von zwei Monaten sollen die Botschaften in Riad und Teheran wieder öffnen, heißt es in "
         "einer gemeinsamen Erklärung der drei Länder.")
D1_S4 = "Zudem wollen beide Seiten ein 2001 geschlossenes Sicherheitsabkommen wiederbeleben."
D1_S5 = ("Der Sekretär des iranischen Nationalen Sicherheitsrats, Ali Schamchani, der die Delegation Teherans "
         "leitete, sprach von einem »Schritt zur Stärkung von Frieden und Stabilität in der Region«.")
D1_S6 = "Er dankte Chinas Staatschef Xi Jinping ausdrücklich für dessen Vermittlung."
D1_S7 = ("Der saudische Außenminister Prinz Faisal bin Farhan schrieb auf Twitter, sein Land begrüße die "
         "Bereitschaft Teherans, den Dialog fortzusetzen.")
D1_S8 = "Ein Termin für ein Treffen der beiden Außenminister wurde allerdings noch nicht vereinbart."
D1_S9 = ("Riad hatte 2016 die Beziehungen zu Teheran abgebrochen, nachdem Demonstranten die saudische "
         "Botschaft in der iranischen Hauptstadt gestürmt hatten.")
D1_S10 = ("Israels Oppositionsführer Jair Lapid nannte die Einigung ein »gefährliches Versagen« der Regierung "
          "von Benjamin Netanjahu.")

_SAU = actor("Saudi Arabia", "SAU", "GOV")
_IRN = actor("Iran", "IRN", "GOV")

DE01 = {
    "id": "hm21-de-01", "lang": "de", "published": "2023-03-11", "title": None,
    "text": paragraphs([D1_S1, D1_S2, D1_S3, D1_S4], [D1_S5, D1_S6, D1_S7, D1_S8], [D1_S9, D1_S10]),
    "events": [
        event("AGREE", _SAU, _IRN, D1_S1, date="2023-03-10", location="Beijing", location_country="CHN"),
        event("AGREE", _SAU, _IRN, D1_S2, date="2023-03-10", location="Beijing", location_country="CHN"),
        event("CONSULT", _SAU, _IRN, D1_S2, mode="third-party", date="2023-03-10", location="Beijing",
              location_country="CHN"),
        event("AGREE", _SAU, _IRN, D1_S3, date="2023-03-10"),
        event("AGREE", _SAU, _IRN, D1_S4, date="2023-03-10"),
        event("SUPPORT", actor("Ali Shamkhani", "IRN", "GOV"), actor("Xi Jinping", "CHN", "GOV"), D1_S6),
        event("SUPPORT", actor("Faisal bin Farhan", "SAU", "GOV"), _IRN, D1_S7),
        event("AGREE", _SAU, _IRN, D1_S8, negated=True),
        event("SANCTION", _SAU, _IRN, D1_S9, mode="discontinue"),
        event("PROTEST", actor("Iranian protesters", "IRN", "CVL"), _SAU, D1_S9, mode="riot", location="Tehran",
              location_country="IRN"),
        event("ACCUSE", actor("Yair Lapid", "ISR", "OPP"), actor("Benjamin Netanyahu", "ISR", "GOV"), D1_S10,
              mode="disapprove"),
    ],
    "quotes": [
        quote("Innerhalb von zwei Monaten sollen die Botschaften in Riad und Teheran wieder öffnen",
              "Joint statement of Saudi Arabia, Iran and China", "indirect"),
        quote("Schritt zur Stärkung von Frieden und Stabilität in der Region", "Ali Shamkhani", "direct"),
        quote("sein Land begrüße die Bereitschaft Teherans, den Dialog fortzusetzen", "Faisal bin Farhan", "indirect"),
        quote("gefährliches Versagen", "Yair Lapid", "direct"),
    ],
    "entities": [
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien", "Riad"]),
        entity("Iran", "GPE", "IRN", ["der Iran", "Teherans", "Teheran"]),
        entity("China", "GPE", "CHN", ["Chinas"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Ali Shamkhani", "PER", "IRN",
               ["Der Sekretär des iranischen Nationalen Sicherheitsrats, Ali Schamchani", "Er"]),
        entity("Supreme National Security Council", "ORG", "IRN", ["des iranischen Nationalen Sicherheitsrats"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staatschef Xi Jinping"]),
        entity("Faisal bin Farhan", "PER", "SAU", ["Der saudische Außenminister Prinz Faisal bin Farhan"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Iranian protesters", "ORG", "IRN", ["Demonstranten"]),
        entity("Embassy of Saudi Arabia in Tehran", "LOC", "IRN",
               ["die saudische Botschaft in der iranischen Hauptstadt"]),
        entity("Tehran", "LOC", "IRN", ["der iranischen Hauptstadt"]),
        entity("Israel", "GPE", "ISR", ["Israels"]),
        entity("Yair Lapid", "PER", "ISR", ["Israels Oppositionsführer Jair Lapid"]),
        entity("Government of Israel", "ORG", "ISR", ["der Regierung von Benjamin Netanjahu"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Benjamin Netanjahu"]),
    ],
}

# ---------------------------------------------------------------------------
# hm21-de-02: Angriff auf Kaserne und Gefängnisse in Sierra Leone, Ausgangssperre
# ---------------------------------------------------------------------------
D2_S1 = ("Freetown (dpa) - Nach Angriffen bewaffneter Männer auf eine Kaserne und mehrere Gefängnisse in "
         "Sierra Leone hat die Regierung eine landesweite Ausgangssperre verhängt.")
D2_S2 = ("Die Angreifer hatten am frühen Sonntagmorgen das Waffenlager der Wilberforce-Kaserne in der "
         "Hauptstadt gestürmt.")
D2_S3 = "Bei dem Angriff kamen fast 2000 Häftlinge aus dem zentralen Gefängnis an der Pademba Road frei."
D2_S4 = "Informationsminister Chernor Bah sagte am Montag, 13 Soldaten seien bei den Kämpfen getötet worden."
D2_S5 = "Die Sicherheitskräfte hätten inzwischen 13 Verdächtige festgenommen, darunter mehrere Soldaten."
D2_S6 = ("Präsident Julius Maada Bio warf den Angreifern in einer Fernsehansprache vor, die verfassungsmäßige "
         "Ordnung stürzen zu wollen.")
D2_S7 = "„Das war ein feiger Angriff auf unsere Demokratie“, sagte er."
D2_S8 = "Den Drahtziehern drohte er mit der »vollen Härte des Gesetzes«."
D2_S9 = ("Die oppositionelle Partei APC des früheren Präsidenten Ernest Bai Koroma wies jede Beteiligung "
         "zurück.")
D2_S10 = ("Die westafrikanische Staatengemeinschaft Ecowas verurteilte den Angriff scharf und bekundete der "
          "Regierung in Freetown ihre Solidarität.")
D2_S11 = "Das Nachbarland Guinea schloss vorübergehend seine Grenze zu Sierra Leone."

_GUNMEN = actor("unidentified gunmen", "SLE", "REB")
_RSLAF = actor("Republic of Sierra Leone Armed Forces", "SLE", "MIL")
_BIO = actor("Julius Maada Bio", "SLE", "GOV")
_ECOWAS = actor("ECOWAS", "IGO", "IGO")

DE02 = {
    "id": "hm21-de-02", "lang": "de", "published": "2023-11-27", "title": None,
    "text": paragraphs([D2_S1, D2_S2, D2_S3, D2_S4, D2_S5], [D2_S6, D2_S7, D2_S8, D2_S9], [D2_S10, D2_S11]),
    "events": [
        event("COERCE", actor("Government of Sierra Leone", "SLE", "GOV"), None, D2_S1, mode="curfew",
              location="Sierra Leone", location_country="SLE"),
        event("ASSAULT", _GUNMEN, _RSLAF, D2_S1, date="2023-11-26", location="Freetown", location_country="SLE"),
        event("ASSAULT", _GUNMEN, actor("Sierra Leone Correctional Service", "SLE", "GOV"), D2_S1,
              date="2023-11-26", location="Freetown", location_country="SLE"),
        event("ASSAULT", _GUNMEN, _RSLAF, D2_S2, date="2023-11-26", location="Freetown", location_country="SLE"),
        event("COERCE", actor("Sierra Leonean security forces", "SLE", "COP"), actor("suspects", "SLE", None),
              D2_S5, mode="arrest"),
        event("ACCUSE", _BIO, _GUNMEN, D2_S6, mode="allege"),
        event("ACCUSE", _BIO, _GUNMEN, D2_S7, mode="disapprove"),
        event("THREATEN", _BIO, _GUNMEN, D2_S8),
        event("ACCUSE", _ECOWAS, _GUNMEN, D2_S10, mode="disapprove"),
        event("SUPPORT", _ECOWAS, actor("Government of Sierra Leone", "SLE", "GOV"), D2_S10),
        event("COERCE", actor("Guinea", "GIN", "GOV"), actor("Sierra Leone", "SLE", "GOV"), D2_S11,
              mode="restrict"),
    ],
    "quotes": [
        quote("13 Soldaten seien bei den Kämpfen getötet worden", "Chernor Bah", "indirect"),
        quote("Die Sicherheitskräfte hätten inzwischen 13 Verdächtige festgenommen, darunter mehrere Soldaten",
              "Chernor Bah", "indirect"),
        quote("die verfassungsmäßige Ordnung stürzen zu wollen", "Julius Maada Bio", "indirect"),
        quote("Das war ein feiger Angriff auf unsere Demokratie", "Julius Maada Bio", "direct"),
        quote("vollen Härte des Gesetzes", "Julius Maada Bio", "direct"),
    ],
    "entities": [
        entity("Freetown", "LOC", "SLE", ["Freetown", "der Hauptstadt"]),
        entity("Sierra Leone", "GPE", "SLE", ["Sierra Leone"]),
        entity("Government of Sierra Leone", "ORG", "SLE", ["die Regierung", "der Regierung in Freetown"]),
        entity("unidentified gunmen", "ORG", "SLE", ["bewaffneter Männer", "Die Angreifer", "den Angreifern",
                                                     "Den Drahtziehern"]),
        entity("Wilberforce Barracks", "LOC", "SLE", ["eine Kaserne", "der Wilberforce-Kaserne"]),
        entity("Pademba Road Prison", "LOC", "SLE", ["dem zentralen Gefängnis an der Pademba Road"]),
        entity("Chernor Bah", "PER", "SLE", ["Informationsminister Chernor Bah"]),
        entity("Sierra Leonean security forces", "ORG", "SLE", ["Die Sicherheitskräfte"]),
        entity("Julius Maada Bio", "PER", "SLE", ["Präsident Julius Maada Bio", "er"]),
        entity("All People's Congress", "ORG", "SLE", ["Die oppositionelle Partei APC"]),
        entity("Ernest Bai Koroma", "PER", "SLE", ["des früheren Präsidenten Ernest Bai Koroma"]),
        entity("ECOWAS", "ORG", "IGO", ["Die westafrikanische Staatengemeinschaft Ecowas"]),
        entity("Guinea", "GPE", "GIN", ["Das Nachbarland Guinea"]),
    ],
}

# ---------------------------------------------------------------------------
# hm21-de-03: Ethnische Gewalt in Manipur, Soldaten, Ausgangssperre, Internetsperre
# ---------------------------------------------------------------------------
D3_S1 = ("Imphal (AFP) - Nach tagelangen gewaltsamen Zusammenstößen zwischen ethnischen Gruppen im "
         "nordostindischen Bundesstaat Manipur hat die Zentralregierung Tausende Soldaten in die Region verlegt.")
D3_S2 = "Die Behörden verhängten am Donnerstag in acht Bezirken eine Ausgangssperre."
D3_S3 = "Zudem wurde das mobile Internet im gesamten Bundesstaat für fünf Tage gesperrt."
D3_S4 = ("Die Armee teilte mit, sie habe mehr als 9000 Menschen aus den betroffenen Gebieten in Sicherheit "
         "gebracht.")
D3_S5 = ("Auslöser der Gewalt war ein Protestmarsch von Stammesgruppen der Kuki am Mittwoch gegen Pläne der "
         "Landesregierung, auch der Meitei-Mehrheit den Stammesstatus zu gewähren.")
D3_S6 = ("Das Kuki-Bündnis ITLF warf dem Regierungschef des Bundesstaats, N. Biren Singh, vor, die Meitei "
         "einseitig zu bevorzugen.")
D3_S7 = "Singh wies dies zurück und rief alle Gemeinschaften zur Ruhe auf."
D3_S8 = ("Die oppositionelle Kongresspartei forderte Premierminister Narendra Modi auf, sich öffentlich zu der "
         "Krise zu äußern.")
D3_S9 = "»Manipur brennt, und der Premierminister schweigt«, schrieb Parteichef Mallikarjun Kharge auf Twitter."

_MANIPUR_AUTH = actor("Manipur authorities", "IND", "GOV")
_SINGH = actor("N. Biren Singh", "IND", "GOV")
_MODI = actor("Narendra Modi", "IND", "GOV")

DE03 = {
    "id": "hm21-de-03", "lang": "de", "published": "2023-05-05", "title": None,
    "text": paragraphs([D3_S1, D3_S2, D3_S3, D3_S4], [D3_S5, D3_S6, D3_S7], [D3_S8, D3_S9]),
    "events": [
        event("MOBILIZE", actor("Government of India", "IND", "GOV"), None, D3_S1, mode="troops",
              location="Manipur", location_country="IND"),
        event("COERCE", _MANIPUR_AUTH, None, D3_S2, mode="curfew", date="2023-05-04", location="Manipur",
              location_country="IND"),
        event("COERCE", _MANIPUR_AUTH, None, D3_S3, mode="withhold", location="Manipur", location_country="IND"),
        event("AID", actor("Indian Army", "IND", "MIL"), actor("residents of Manipur", "IND", "CVL"), D3_S4,
              location="Manipur", location_country="IND"),
        event("PROTEST", actor("Kuki tribal groups", "IND", "CVL"), actor("Government of Manipur", "IND", "GOV"),
              D3_S5, mode="demo", date="2023-05-03", location="Manipur", location_country="IND"),
        event("ACCUSE", actor("Indigenous Tribal Leaders' Forum (ITLF)", "IND", "CVL"), _SINGH, D3_S6,
              mode="allege"),
        event("REQUEST", _SINGH, actor("communities of Manipur", "IND", "CVL"), D3_S7),
        event("REQUEST", actor("Indian National Congress", "IND", "PTY"), _MODI, D3_S8),
        event("ACCUSE", actor("Mallikarjun Kharge", "IND", "PTY"), _MODI, D3_S9, mode="disapprove"),
    ],
    "quotes": [
        quote("sie habe mehr als 9000 Menschen aus den betroffenen Gebieten in Sicherheit gebracht", "Indian Army",
              "indirect"),
        quote("die Meitei einseitig zu bevorzugen", "Indigenous Tribal Leaders' Forum (ITLF)", "indirect"),
        quote("Manipur brennt, und der Premierminister schweigt", "Mallikarjun Kharge", "direct"),
    ],
    "entities": [
        entity("Imphal", "LOC", "IND", ["Imphal"]),
        entity("Manipur", "LOC", "IND", ["Bundesstaat Manipur", "Manipur", "die Region", "im gesamten Bundesstaat"]),
        entity("Government of India", "ORG", "IND", ["die Zentralregierung"]),
        entity("Manipur authorities", "ORG", "IND", ["Die Behörden"]),
        entity("Indian Army", "ORG", "IND", ["Die Armee", "sie"]),
        entity("Kuki", "ORG", "IND", ["Stammesgruppen der Kuki"]),
        entity("Government of Manipur", "ORG", "IND", ["der Landesregierung"]),
        entity("Meitei", "ORG", "IND", ["der Meitei-Mehrheit", "die Meitei"]),
        entity("Indigenous Tribal Leaders' Forum (ITLF)", "ORG", "IND", ["Das Kuki-Bündnis ITLF"]),
        entity("N. Biren Singh", "PER", "IND", ["dem Regierungschef des Bundesstaats, N. Biren Singh", "Singh"]),
        entity("Indian National Congress", "ORG", "IND", ["Die oppositionelle Kongresspartei"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi", "der Premierminister"]),
        entity("Mallikarjun Kharge", "PER", "IND", ["Parteichef Mallikarjun Kharge"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
    ],
}

# ---------------------------------------------------------------------------
# hm21-de-04: Unruhen nach Azalis Wiederwahl auf den Komoren
# ---------------------------------------------------------------------------
D4_S1 = ("Moroni (AFP) - Bei Protesten gegen die Wiederwahl von Präsident Azali Assoumani ist auf den Komoren "
         "nach Angaben der Behörden ein Mensch ums Leben gekommen.")
D4_S2 = ("Sicherheitskräfte setzten am Mittwoch in der Hauptstadt Moroni Tränengas gegen Hunderte Demonstranten "
         "ein, die Barrikaden errichtet und Reifen angezündet hatten.")
D4_S3 = "Innenminister Fakridine Mahamoud verhängte daraufhin eine nächtliche Ausgangssperre."
D4_S4 = ("Die Wahlkommission hatte Azali am Dienstag mit knapp 63 Prozent der Stimmen zum Sieger der Wahl vom "
         "Sonntag erklärt.")
D4_S5 = ("Die fünf Oppositionskandidaten erkennen das Ergebnis nicht an und sprechen von massivem "
         "Wahlbetrug.")
D4_S6 = "Einer von ihnen, Mouigni Baraka Said Soilihi, forderte die Annullierung der Abstimmung."
D4_S7 = "„Azali hat diese Wahl gestohlen“, sagte er."
D4_S8 = ("Regierungssprecher Houmed Msaidié wies die Vorwürfe zurück und warf der Opposition vor, die Unruhen "
         "angezettelt zu haben.")
D4_S9 = "Die Afrikanische Union rief die Regierung und die Opposition zur Zurückhaltung auf."

_AZALI = actor("Azali Assoumani", "COM", "GOV")
_COM_PROT = actor("Comorian protesters", "COM", "CVL")
_COM_OPP = actor("Comorian opposition", "COM", "OPP")
_MOUIGNI = actor("Mouigni Baraka Said Soilihi", "COM", "OPP")
_AU = actor("African Union", "IGO", "IGO")

DE04 = {
    "id": "hm21-de-04", "lang": "de", "published": "2024-01-18", "title": None,
    "text": paragraphs([D4_S1, D4_S2, D4_S3], [D4_S4, D4_S5, D4_S6, D4_S7], [D4_S8, D4_S9]),
    "events": [
        event("PROTEST", _COM_PROT, _AZALI, D4_S1, mode="demo", location="Moroni", location_country="COM"),
        event("ASSAULT", actor("Comorian security forces", "COM", "COP"), _COM_PROT, D4_S2, mode="crowd-control",
              date="2024-01-17", location="Moroni", location_country="COM"),
        event("PROTEST", _COM_PROT, _AZALI, D4_S2, mode="obstruct", date="2024-01-17", location="Moroni",
              location_country="COM"),
        event("COERCE", actor("Fakridine Mahamoud", "COM", "GOV"), None, D4_S3, mode="curfew", date="2024-01-17"),
        event("ACCUSE", actor("Comorian opposition candidates", "COM", "OPP"),
              actor("Government of Comoros", "COM", "GOV"), D4_S5, mode="allege"),
        event("REQUEST", _MOUIGNI, None, D4_S6, mode="change"),
        event("ACCUSE", _MOUIGNI, _AZALI, D4_S7, mode="allege"),
        event("ACCUSE", actor("Houmed Msaidié", "COM", "GOV"), _COM_OPP, D4_S8, mode="allege"),
        event("REQUEST", _AU, actor("Government of Comoros", "COM", "GOV"), D4_S9),
        event("REQUEST", _AU, _COM_OPP, D4_S9),
    ],
    "quotes": [
        quote("Bei Protesten gegen die Wiederwahl von Präsident Azali Assoumani ist auf den Komoren nach Angaben "
              "der Behörden ein Mensch ums Leben gekommen", "Comorian authorities", "indirect"),
        quote("Azali hat diese Wahl gestohlen", "Mouigni Baraka Said Soilihi", "direct"),
        quote("die Unruhen angezettelt zu haben", "Houmed Msaidié", "indirect"),
    ],
    "entities": [
        entity("Moroni", "LOC", "COM", ["Moroni", "der Hauptstadt Moroni"]),
        entity("Azali Assoumani", "PER", "COM", ["Präsident Azali Assoumani", "Azali"]),
        entity("Comoros", "GPE", "COM", ["den Komoren"]),
        entity("Comorian authorities", "ORG", "COM", ["der Behörden"]),
        entity("Comorian security forces", "ORG", "COM", ["Sicherheitskräfte"]),
        entity("Comorian protesters", "ORG", "COM", ["Hunderte Demonstranten"]),
        entity("Fakridine Mahamoud", "PER", "COM", ["Innenminister Fakridine Mahamoud"]),
        entity("Independent National Electoral Commission", "ORG", "COM", ["Die Wahlkommission"]),
        entity("Comorian opposition candidates", "ORG", "COM", ["Die fünf Oppositionskandidaten", "ihnen"]),
        entity("Mouigni Baraka Said Soilihi", "PER", "COM", ["Einer von ihnen, Mouigni Baraka Said Soilihi", "er"]),
        entity("Houmed Msaidié", "PER", "COM", ["Regierungssprecher Houmed Msaidié"]),
        entity("Comorian opposition", "ORG", "COM", ["der Opposition", "die Opposition"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Government of Comoros", "ORG", "COM", ["die Regierung"]),
    ],
}

# ---------------------------------------------------------------------------
# hm21-en-01: Papuan rebels free New Zealand pilot
# ---------------------------------------------------------------------------
E1_S1 = ("Separatist rebels in Indonesia's Papua region have freed a New Zealand pilot they held hostage for more "
         "than 19 months, Indonesian and New Zealand officials said on Saturday.")
E1_S2 = ("Phillip Mehrtens, who flew for the Indonesian airline Susi Air, was handed over to a joint team of police "
         "and soldiers in the remote district of Nduga, police said.")
E1_S4 = ("Fighters of the West Papua National Liberation Army (TPNPB) seized Mehrtens in February 2023 after he "
         "landed a small passenger plane in Nduga, and set the aircraft on fire.")
E1_S5 = "The group had demanded that Indonesia recognise the independence of Papua in exchange for his release."
E1_S6 = "Jakarta rejected the demand and ruled out any negotiations on independence."
E1_S7 = ('TPNPB spokesman Sebby Sambom said the group had released the pilot "for humanitarian reasons" after '
         'talks with church leaders.')
E1_S8 = "New Zealand Foreign Minister Winston Peters thanked the Indonesian government for its efforts."
E1_S9 = ("He said New Zealand had shared information with Indonesian authorities throughout the crisis but had "
         "not paid a ransom.")

_TPNPB = actor("West Papua National Liberation Army (TPNPB)", "IDN", "REB")
_MEHRTENS = actor("Phillip Mehrtens", "NZL", "CVL")
_IDN = actor("Indonesia", "IDN", "GOV")

EN01 = {
    "id": "hm21-en-01", "lang": "en", "published": "2024-09-21", "title": None,
    "text": paragraphs([E1_S1, E1_S2], [E1_S4, E1_S5, E1_S6, E1_S7], [E1_S8, E1_S9]),
    "events": [
        event("RETREAT", _TPNPB, _MEHRTENS, E1_S1, mode="release", date="2024-09-21", location="Papua",
              location_country="IDN"),
        event("RETREAT", _TPNPB, _MEHRTENS, E1_S2, mode="release", date="2024-09-21", location="Nduga",
              location_country="IDN"),
        event("ASSAULT", _TPNPB, _MEHRTENS, E1_S4, mode="abduct", location="Nduga", location_country="IDN"),
        event("ASSAULT", _TPNPB, actor("Susi Air", "IDN", "BUS"), E1_S4, mode="destroy", location="Nduga",
              location_country="IDN"),
        event("REQUEST", _TPNPB, _IDN, E1_S5, mode="change"),
        event("REJECT", _IDN, _TPNPB, E1_S6),
        event("RETREAT", _TPNPB, _MEHRTENS, E1_S7, mode="release"),
        event("CONSULT", _TPNPB, actor("Papuan church leaders", "IDN", "CVL"), E1_S7),
        event("SUPPORT", actor("Winston Peters", "NZL", "GOV"), _IDN, E1_S8),
        event("COOPERATE", actor("New Zealand", "NZL", "GOV"), _IDN, E1_S9),
    ],
    "quotes": [
        quote("Separatist rebels in Indonesia's Papua region have freed a New Zealand pilot they held hostage for "
              "more than 19 months", "Indonesian and New Zealand officials", "indirect"),
        quote("Phillip Mehrtens, who flew for the Indonesian airline Susi Air, was handed over to a joint team of "
              "police and soldiers in the remote district of Nduga", "Indonesian police", "indirect"),
        quote("that Indonesia recognise the independence of Papua in exchange for his release",
              "West Papua National Liberation Army (TPNPB)", "indirect"),
        quote("for humanitarian reasons", "Sebby Sambom", "direct"),
        quote('the group had released the pilot "for humanitarian reasons" after talks with church leaders',
              "Sebby Sambom", "indirect"),
        quote("New Zealand had shared information with Indonesian authorities throughout the crisis but had not "
              "paid a ransom", "Winston Peters", "indirect"),
    ],
    "entities": [
        entity("West Papua National Liberation Army (TPNPB)", "ORG", "IDN",
               ["Separatist rebels", "Fighters of the West Papua National Liberation Army (TPNPB)", "The group",
                "TPNPB", "the group"]),
        entity("Papua", "LOC", "IDN", ["Indonesia's Papua region", "Papua"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesia", "Jakarta", "the Indonesian government"]),
        entity("New Zealand", "GPE", "NZL", ["New Zealand"]),
        entity("Phillip Mehrtens", "PER", "NZL", ["a New Zealand pilot", "Phillip Mehrtens", "Mehrtens", "he",
                                                  "his", "the pilot"]),
        entity("Susi Air", "ORG", "IDN", ["the Indonesian airline Susi Air"]),
        entity("Indonesian police", "ORG", "IDN", ["police"]),
        entity("Nduga", "LOC", "IDN", ["the remote district of Nduga", "Nduga"]),
        entity("Sebby Sambom", "PER", "IDN", ["TPNPB spokesman Sebby Sambom"]),
        entity("Papuan church leaders", "ORG", "IDN", ["church leaders"]),
        entity("Winston Peters", "PER", "NZL", ["New Zealand Foreign Minister Winston Peters", "He"]),
        entity("Indonesian authorities", "ORG", "IDN", ["Indonesian authorities"]),
    ],
}

# ---------------------------------------------------------------------------
# hm21-en-02: Qatar court sentences former Indian navy personnel to death
# ---------------------------------------------------------------------------
E2_S1 = ("A court in Qatar has sentenced eight former Indian navy personnel to death, India's foreign ministry "
         "said on Thursday, in a case that has strained ties between New Delhi and Doha.")
E2_S2 = ("The men, who worked for a private company that trained Qatar's navy, were detained in August 2022 on "
         "charges that have never been made public.")
E2_S3 = ("“We are deeply shocked by the verdict of death penalty and are awaiting the detailed judgement,” the "
         "ministry said in a statement.")
E2_S4 = "It added that India was exploring all legal options."
E2_S5 = "Families of the men have appealed to Prime Minister Narendra Modi to intervene."
E2_S6 = ("Opposition lawmaker Asaduddin Owaisi accused the government of failing to bring the men home for more "
         "than a year.")
E2_S7 = ("New Delhi has not summoned Qatar's ambassador, officials said, in what analysts see as an effort to "
         "avoid a diplomatic rift with a key energy supplier.")
E2_S8 = "Qatari officials did not respond to requests for comment."

_MEN = actor("former Indian navy personnel", "IND", "CVL")
_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")

EN02 = {
    "id": "hm21-en-02", "lang": "en", "published": "2023-10-27", "title": None,
    "text": paragraphs([E2_S1, E2_S2], [E2_S3, E2_S4, E2_S5, E2_S6], [E2_S7, E2_S8]),
    "events": [
        event("SANCTION", actor("Court of First Instance of Qatar", "QAT", "JUD"), _MEN, E2_S1, mode="convict",
              date="2023-10-26", location="Qatar", location_country="QAT"),
        event("COERCE", actor("Qatari authorities", "QAT", "GOV"), _MEN, E2_S2, mode="arrest",
              location="Qatar", location_country="QAT"),
        event("ACCUSE", _MEA, actor("Court of First Instance of Qatar", "QAT", "JUD"), E2_S3, mode="disapprove"),
        event("REQUEST", actor("families of the detained men", "IND", "CVL"), actor("Narendra Modi", "IND", "GOV"),
              E2_S5, mode="assist"),
        event("ACCUSE", actor("Asaduddin Owaisi", "IND", "LEG"), actor("Government of India", "IND", "GOV"), E2_S6,
              mode="disapprove"),
        event("ACCUSE", actor("Government of India", "IND", "GOV"), actor("Qatar", "QAT", "GOV"), E2_S7,
              mode="disapprove", negated=True),
    ],
    "quotes": [
        quote("A court in Qatar has sentenced eight former Indian navy personnel to death",
              "Ministry of External Affairs of India", "indirect"),
        quote("We are deeply shocked by the verdict of death penalty and are awaiting the detailed judgement",
              "Ministry of External Affairs of India", "direct"),
        quote("that India was exploring all legal options", "Ministry of External Affairs of India", "indirect"),
        quote("New Delhi has not summoned Qatar's ambassador", "Indian officials", "indirect"),
    ],
    "entities": [
        entity("Qatar", "GPE", "QAT", ["Qatar", "Doha", "Qatar's"]),
        entity("Court of First Instance of Qatar", "ORG", "QAT", ["A court in Qatar"]),
        entity("former Indian navy personnel", "ORG", "IND", ["eight former Indian navy personnel", "The men",
                                                              "the men"]),
        entity("India", "GPE", "IND", ["India's", "New Delhi", "India"]),
        entity("Ministry of External Affairs of India", "ORG", "IND",
               ["India's foreign ministry", "the ministry", "It"]),
        entity("Qatari Emiri Naval Forces", "ORG", "QAT", ["Qatar's navy"]),
        entity("Narendra Modi", "PER", "IND", ["Prime Minister Narendra Modi"]),
        entity("Asaduddin Owaisi", "PER", "IND", ["Opposition lawmaker Asaduddin Owaisi"]),
        entity("Government of India", "ORG", "IND", ["the government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
