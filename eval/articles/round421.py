"""Round 421: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm421-de-01: Singapore: Singapore hangs Tangaraju Suppiah for coordinating a cannabis delivery despite appeals by the UN human rights office and the EU; the rejected clemency plea, Branson's accusation and the home ministry's reply and debate invitation, vigil at Hong Lim Park without arrests (2023-04-26).
- hm421-de-02: Pakistan: the Supreme Court rules 8-5 that Imran Khan's PTI is entitled to reserved seats and calls the election commission's refusal unconstitutional; Gohar Ali Khan praises and demands Raja's resignation, which is refused, Tarar attacks the judges, PTI accuses the army (2024-07-12).
- hm421-de-03: Malaysia: the home ministry bans Swatch's rainbow "Pride" watches after seizing 172 in May raids; Swatch's lawsuit and demand for their return, Hayek's criticism, PAS welcomes and Justice for Sisters objects, the Good Vibes festival cancellation after Matty Healy's protest recalled (2023-08-11).
- hm421-de-04: Japan: the new whaling mothership Kangei Maru leaves Shimonoseki as Tokyo adds fin whales to its catch; Plibersek objects and demands an end to whaling, New Zealand and the EU criticise, Hayashi refuses, protest at the port, the IWC exit and the 2014 ICJ ruling recalled (2024-05-22).
- hm421-en-01: ICJ/Myanmar: Canada, Denmark, France, Germany, the Netherlands and Britain intervene in Gambia's genocide case against Myanmar; the Maldives' declaration, Joly's support, Jallow thanks Ottawa and The Hague, Zaw Min Tun denies and accuses London and Ottawa, the 2020 provisional measures and the 2017 expulsion recalled (2023-11-16).
- hm421-en-02: Marshall Islands: the Nitijela elects Hilda Heine president; she urges the U.S. Congress to fund the renewed Compact of Free Association, the U.S. embassy and Taiwan congratulate, she pledges to keep ties with Taipei, accuses Washington over the nuclear legacy and plans a Washington trip (2024-01-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm421-de-01 (Singapore, Tangaraju hanged)
SGP_GOV = actor("Government of Singapore", "SGP", "GOV")
TANGARAJU = actor("Tangaraju Suppiah", "SGP", "CVL")
SGP_HIGH_COURT = actor("High Court of Singapore", "SGP", "JUD")
LEELA = actor("Leela Suppiah", "SGP", "CVL")
HALIMAH = actor("Halimah Yacob", "SGP", "GOV")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
SHAMDASANI = actor("Ravina Shamdasani", "UNO", "IGO")
EU = actor("European Union", "EUR", "IGO")
BRANSON = actor("Richard Branson", "GBR", "BUS")
SGP_MHA = actor("Ministry of Home Affairs of Singapore", "SGP", "GOV")
TJC = actor("Transformative Justice Collective", "SGP", "NGO")
SGP_POLICE = actor("Singapore Police Force", "SGP", "COP")

T1 = ("Singapur (dpa) - Trotz internationaler Proteste hat Singapur einen wegen Cannabis-Schmuggels verurteilten "
      "Mann hingerichtet.")
T2 = ("Der 46-jährige Tangaraju Suppiah sei am Mittwochmorgen im Changi-Gefängnis gehängt worden, teilte die "
      "Zentrale Drogenbehörde CNB mit.")
T3 = ("Ein Gericht hatte den Singapurer 2018 schuldig gesprochen, die Lieferung von gut einem Kilogramm Cannabis "
      "per Telefon koordiniert zu haben.")
T4 = "Die Drogen selbst hatte er nie in der Hand."
T5 = "Seine Schwester Leela bat Präsidentin Halimah Yacob noch in einem Brief um Gnade."
T6 = "Das Gnadengesuch sei am Dienstag abgelehnt worden, sagte sie."
T7 = ("Das UN-Menschenrechtsbüro in Genf hatte die Regierung des Stadtstaats am Dienstag dringend aufgefordert, die "
      "Hinrichtung zu stoppen.")
T8 = ("Es gebe ernsthafte Zweifel, ob das Verfahren fair gewesen sei, erklärte Sprecherin Ravina Shamdasani.")
T9 = "Auch die Europäische Union forderte Singapur auf, die Todesstrafe auszusetzen."
T10 = ("Der britische Milliardär Richard Branson hatte in einem Blogeintrag geschrieben, Singapur stehe kurz davor, "
       "einen Unschuldigen zu töten.")
T11 = "Das Innenministerium wies diese Darstellung zurück."
T12 = "Branson zeige „Respektlosigkeit gegenüber unseren Richtern“, hieß es in einer Stellungnahme."
T13 = "Zugleich lud das Ministerium den Unternehmer zu einer Fernsehdebatte mit Innenminister K. Shanmugam ein."
T14 = "Branson lehnte ab."
T15 = ("Rund 50 Aktivisten der Gruppe Transformative Justice Collective versammelten sich am Dienstagabend zu einer "
       "Mahnwache im Hong Lim Park, dem einzigen Ort in Singapur, an dem Kundgebungen ohne Genehmigung der Polizei "
       "möglich sind.")
T16 = "Die Polizei nahm niemanden fest."
T17 = "In Singapur steht auf den Handel mit mehr als 500 Gramm Cannabis zwingend die Todesstrafe."
T18 = "Die Regierung hält die harten Gesetze für ein wirksames Mittel zur Abschreckung."

DE01 = {
    "id": "hm421-de-01", "lang": "de", "url": None, "published": "2023-04-26",
    "title": "Singapur richtet Mann wegen Cannabis-Schmuggels hin",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8, T9], [T10, T11, T12, T13, T14], [T15, T16, T17, T18]),
    "events": [
        event("ASSAULT", SGP_GOV, TANGARAJU, T1, mode="execute", location_country="SGP"),
        event("ASSAULT", SGP_GOV, TANGARAJU, T2, mode="execute", date="2023-04-26", location="Changi Prison",
              location_country="SGP"),
        event("SANCTION", SGP_HIGH_COURT, TANGARAJU, T3, mode="convict"),
        event("REQUEST", LEELA, HALIMAH, T5, mode="yield"),
        event("REJECT", HALIMAH, LEELA, T6, mode="yield", date="2023-04-25"),
        event("REQUEST", OHCHR, SGP_GOV, T7, mode="change", date="2023-04-25"),
        event("ACCUSE", SHAMDASANI, SGP_GOV, T8, mode="disapprove"),
        event("REQUEST", EU, SGP_GOV, T9, mode="change"),
        event("ACCUSE", BRANSON, SGP_GOV, T10, mode="allege"),
        event("ACCUSE", SGP_MHA, BRANSON, T12, mode="disapprove"),
        event("AGREE", SGP_MHA, BRANSON, T13),
        event("REJECT", BRANSON, SGP_MHA, T14, mode="meet"),
        event("PROTEST", TJC, SGP_GOV, T15, mode="demo", date="2023-04-25", location="Hong Lim Park",
              location_country="SGP"),
        event("COERCE", SGP_POLICE, TJC, T16, mode="arrest", date="2023-04-25", location="Hong Lim Park",
              location_country="SGP", negated=True),
    ],
    "quotes": [
        quote("Der 46-jährige Tangaraju Suppiah sei am Mittwochmorgen im Changi-Gefängnis gehängt worden",
              "Central Narcotics Bureau", "indirect"),
        quote("Das Gnadengesuch sei am Dienstag abgelehnt worden", "Leela Suppiah", "indirect"),
        quote("Es gebe ernsthafte Zweifel, ob das Verfahren fair gewesen sei", "Ravina Shamdasani", "indirect"),
        quote("Singapur stehe kurz davor, einen Unschuldigen zu töten", "Richard Branson", "indirect"),
        quote("Respektlosigkeit gegenüber unseren Richtern", "Ministry of Home Affairs of Singapore", "direct"),
        quote("Branson zeige „Respektlosigkeit gegenüber unseren Richtern“", "Ministry of Home Affairs of Singapore",
              "indirect"),
    ],
    "entities": [
        entity("Singapore", "LOC", "SGP", ["Singapur"]),
        entity("Government of Singapore", "ORG", "SGP", ["Singapur", "die Regierung des Stadtstaats",
                                                         "Die Regierung"]),
        entity("Tangaraju Suppiah", "PER", "SGP",
               ["einen wegen Cannabis-Schmuggels verurteilten Mann", "Der 46-jährige Tangaraju Suppiah",
                "den Singapurer", "er", "Seine", "einen Unschuldigen"]),
        entity("Changi Prison", "LOC", "SGP", ["im Changi-Gefängnis"]),
        entity("Central Narcotics Bureau", "ORG", "SGP", ["die Zentrale Drogenbehörde CNB"]),
        entity("High Court of Singapore", "ORG", "SGP", ["Ein Gericht"]),
        entity("Leela Suppiah", "PER", "SGP", ["Seine Schwester Leela", "sie"]),
        entity("Halimah Yacob", "PER", "SGP", ["Präsidentin Halimah Yacob"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Ravina Shamdasani", "PER", "UNO", ["Sprecherin Ravina Shamdasani"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Richard Branson", "PER", "GBR", ["Der britische Milliardär Richard Branson", "Branson",
                                                 "den Unternehmer"]),
        entity("Ministry of Home Affairs of Singapore", "ORG", "SGP", ["Das Innenministerium", "das Ministerium"]),
        entity("Judiciary of Singapore", "ORG", "SGP", ["unseren Richtern"]),
        entity("K. Shanmugam", "PER", "SGP", ["Innenminister K. Shanmugam"]),
        entity("Transformative Justice Collective", "ORG", "SGP",
               ["Rund 50 Aktivisten der Gruppe Transformative Justice Collective"]),
        entity("Hong Lim Park", "LOC", "SGP", ["im Hong Lim Park", "dem einzigen Ort in Singapur"]),
        entity("Singapore Police Force", "ORG", "SGP", ["der Polizei", "Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm421-de-02 (Pakistan, PTI reserved seats)
PAK_SC = actor("Supreme Court of Pakistan", "PAK", "JUD")
ECP = actor("Election Commission of Pakistan", "PAK", "GOV")
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "OPP")
MANSOOR = actor("Mansoor Ali Shah", "PAK", "JUD")
GOHAR = actor("Gohar Ali Khan", "PAK", "OPP")
RAJA = actor("Sikandar Sultan Raja", "PAK", "GOV")
TARAR = actor("Azam Nazeer Tarar", "PAK", "GOV")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")

P1 = ("Islamabad (dpa) - Pakistans Oberster Gerichtshof hat der Partei des inhaftierten Ex-Premierministers Imran "
      "Khan einen wichtigen Sieg beschert.")
P2 = ("Mit acht zu fünf Stimmen entschieden die 13 Richter am Freitag, dass Khans Pakistanische Bewegung für "
      "Gerechtigkeit (PTI) Anspruch auf für Frauen und religiöse Minderheiten reservierte Sitze in der "
      "Nationalversammlung hat.")
P3 = "Die Wahlkommission hatte der PTI diese Sitze im März verweigert."
P4 = ("Zur Begründung hieß es damals, die von der Partei unterstützten Kandidaten seien bei der Wahl im Februar als "
      "Unabhängige angetreten.")
P5 = "Zuvor hatte die Kommission der PTI ihr Wahlsymbol, einen Kricketschläger, entzogen."
P6 = ("Richter Mansoor Ali Shah, der das Mehrheitsvotum verlas, erklärte die Entscheidung der Kommission für "
      "„verfassungswidrig“.")
P7 = "Der Oberste Richter Qazi Faez Isa gehörte zur Minderheit."
P8 = "PTI-Chef Gohar Ali Khan sprach vor dem Gerichtsgebäude von einem „historischen Tag für die Demokratie“."
P9 = "Er forderte den Chef der Wahlkommission, Sikandar Sultan Raja, zum Rücktritt auf."
P10 = "Ein Rücktritt komme nicht infrage, teilte Rajas Büro mit."
P11 = ("Rechtsminister Azam Nazeer Tarar warf den Richtern vor, der PTI Sitze zugesprochen zu haben, die sie nie "
       "beantragt habe.")
P12 = ("Die Regierung von Premierminister Shehbaz Sharif prüfe nun rechtliche Schritte gegen das Urteil, sagte er.")
P13 = ("Durch das Urteil verliert die Regierungskoalition ihre Zweidrittelmehrheit im Parlament, die sie für "
       "Verfassungsänderungen braucht.")
P14 = "Khan sitzt seit vergangenem August im Adiala-Gefängnis in Rawalpindi."
P15 = ("Seine Partei wirft dem mächtigen Militär vor, hinter den Strafverfahren gegen ihn und Manipulationen bei der "
       "Wahl zu stehen.")
P16 = "Die Armee bestreitet das."
P17 = "Anhänger der PTI feierten das Urteil am Abend in mehreren Städten, darunter Lahore und Peshawar."

DE02 = {
    "id": "hm421-de-02", "lang": "de", "url": None, "published": "2024-07-12",
    "title": "Pakistans Oberstes Gericht spricht Khans Partei zusätzliche Sitze zu",
    "text": paragraphs([P1, P2, P3, P4, P5], [P6, P7], [P8, P9, P10, P11, P12], [P13, P14, P15, P16, P17]),
    "events": [
        event("REJECT", ECP, PTI, P3),
        event("COERCE", ECP, PTI, P5, mode="restrict"),
        event("SANCTION", MANSOOR, ECP, P6, mode="convict", date="2024-07-12"),
        event("SUPPORT", GOHAR, PAK_SC, P8, date="2024-07-12", location="Islamabad", location_country="PAK"),
        event("REQUEST", GOHAR, RAJA, P9, mode="change"),
        event("REJECT", RAJA, GOHAR, P10, mode="change"),
        event("ACCUSE", TARAR, PAK_SC, P11, mode="disapprove"),
        event("ACCUSE", PTI, PAK_ARMY, P15, mode="allege"),
    ],
    "quotes": [
        quote("dass Khans Pakistanische Bewegung für Gerechtigkeit (PTI) Anspruch auf für Frauen und religiöse "
              "Minderheiten reservierte Sitze in der Nationalversammlung hat", "Supreme Court of Pakistan",
              "indirect"),
        quote("die von der Partei unterstützten Kandidaten seien bei der Wahl im Februar als Unabhängige angetreten",
              "Election Commission of Pakistan", "indirect"),
        quote("verfassungswidrig", "Mansoor Ali Shah", "direct"),
        quote("historischen Tag für die Demokratie", "Gohar Ali Khan", "direct"),
        quote("Ein Rücktritt komme nicht infrage", "Sikandar Sultan Raja", "indirect"),
        quote("der PTI Sitze zugesprochen zu haben, die sie nie beantragt habe", "Azam Nazeer Tarar", "indirect"),
        quote("Die Regierung von Premierminister Shehbaz Sharif prüfe nun rechtliche Schritte gegen das Urteil",
              "Azam Nazeer Tarar", "indirect"),
        quote("hinter den Strafverfahren gegen ihn und Manipulationen bei der Wahl zu stehen",
              "Pakistan Tehreek-e-Insaf", "indirect"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistans"]),
        entity("Supreme Court of Pakistan", "ORG", "PAK", ["Pakistans Oberster Gerichtshof", "die 13 Richter",
                                                           "den Richtern", "dem Gerichtsgebäude"]),
        entity("Imran Khan", "PER", "PAK", ["des inhaftierten Ex-Premierministers Imran Khan", "Khans", "Khan",
                                            "ihn"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK",
               ["der Partei des inhaftierten Ex-Premierministers Imran Khan",
                "Khans Pakistanische Bewegung für Gerechtigkeit (PTI)", "der PTI", "der Partei", "sie",
                "Seine Partei", "PTI"]),
        entity("National Assembly of Pakistan", "ORG", "PAK", ["der Nationalversammlung", "im Parlament"]),
        entity("Election Commission of Pakistan", "ORG", "PAK", ["Die Wahlkommission", "die Kommission",
                                                                 "der Kommission", "der Wahlkommission"]),
        entity("PTI-backed candidates", "PER", "PAK", ["die von der Partei unterstützten Kandidaten"]),
        entity("Mansoor Ali Shah", "PER", "PAK", ["Richter Mansoor Ali Shah"]),
        entity("Qazi Faez Isa", "PER", "PAK", ["Der Oberste Richter Qazi Faez Isa"]),
        entity("Gohar Ali Khan", "PER", "PAK", ["PTI-Chef Gohar Ali Khan", "Er"]),
        entity("Sikandar Sultan Raja", "PER", "PAK", ["den Chef der Wahlkommission, Sikandar Sultan Raja",
                                                      "Rajas"]),
        entity("Office of Sikandar Sultan Raja", "ORG", "PAK", ["Rajas Büro"]),
        entity("Azam Nazeer Tarar", "PER", "PAK", ["Rechtsminister Azam Nazeer Tarar", "er"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Die Regierung von Premierminister Shehbaz Sharif"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif"]),
        entity("ruling coalition of Pakistan", "ORG", "PAK", ["die Regierungskoalition", "sie"]),
        entity("Adiala Jail", "LOC", "PAK", ["im Adiala-Gefängnis"]),
        entity("Rawalpindi", "LOC", "PAK", ["Rawalpindi"]),
        entity("Pakistan Army", "ORG", "PAK", ["dem mächtigen Militär", "Die Armee"]),
        entity("PTI supporters", "PER", "PAK", ["Anhänger der PTI"]),
        entity("Lahore", "LOC", "PAK", ["Lahore"]),
        entity("Peshawar", "LOC", "PAK", ["Peshawar"]),
    ],
}

# ---------------------------------------------------------------- hm421-de-03 (Malaysia, Swatch Pride watches)
MYS_GOV = actor("Government of Malaysia", "MYS", "GOV")
SWATCH = actor("Swatch Group", "CHE", "BUS")
MYS_MHA = actor("Ministry of Home Affairs of Malaysia", "MYS", "GOV")
HAYEK = actor("Nick Hayek", "CHE", "BUS")
PAS = actor("Malaysian Islamic Party", "MYS", "OPP")
JFS = actor("Justice for Sisters", "MYS", "NGO")
FAHMI = actor("Fahmi Fadzil", "MYS", "GOV")
GOOD_VIBES = actor("organisers of the Good Vibes Festival", "MYS", "BUS")
HEALY = actor("Matty Healy", "GBR", "CVL")

W1 = ("Kuala Lumpur (dpa) - Malaysia hat den Verkauf und Besitz von Uhren des Schweizer Herstellers Swatch mit "
      "Regenbogenmotiven verboten.")
W2 = ("Die Produkte der sogenannten Pride-Kollektion könnten „die Moral und öffentliche Interessen schädigen“, hieß "
      "es in einer am Donnerstag veröffentlichten Anordnung des Innenministeriums.")
W3 = "Das Verbot gilt auch für Verpackungen und Zubehör."
W4 = ("Beamte des Ministeriums hatten bereits im Mai Swatch-Filialen in elf Einkaufszentren durchsucht und 172 Uhren "
      "beschlagnahmt.")
W5 = "Swatch reichte im Juni Klage gegen das Ministerium ein und verlangt die Rückgabe der Uhren."
W6 = "Die Razzien seien ohne Rechtsgrundlage erfolgt, argumentiert das Unternehmen."
W7 = "Konzernchef Nick Hayek nannte das Vorgehen der Behörden „absurd“."
W8 = "„Eine Uhr mit einem Regenbogen ist keine Propaganda“, sagte er dem Schweizer Fernsehen."
W9 = "Innenminister Saifuddin Nasution Ismail verteidigte das Verbot."
W9B = ("Die Regierung gehe nicht gegen ein Unternehmen vor, sondern gegen die Verbreitung einer Ideologie, sagte "
       "er.")
W10 = "Die islamistische Oppositionspartei PAS begrüßte die Entscheidung."
W11 = ("Die Frauenrechtsgruppe Justice for Sisters warf der Regierung dagegen vor, vor den Regionalwahlen Stimmung "
       "gegen Minderheiten zu machen.")
W12 = "In sechs der 13 Bundesstaaten werden am Samstag neue Parlamente gewählt."
W13 = ("Homosexuelle Handlungen sind in dem mehrheitlich muslimischen Land verboten und können mit bis zu 20 Jahren "
       "Haft bestraft werden.")
W14 = ("Erst im Juli hatte Kommunikationsminister Fahmi Fadzil das Musikfestival Good Vibes in Kuala Lumpur absagen "
       "lassen.")
W15 = ("Zuvor hatte der Sänger der britischen Band The 1975, Matty Healy, auf der Bühne die Gesetze gegen "
       "Homosexuelle kritisiert und einen Bandkollegen geküsst.")
W16 = "Swatch hatte die Pride-Kollektion im vergangenen Jahr auf den Markt gebracht."

DE03 = {
    "id": "hm421-de-03", "lang": "de", "url": None, "published": "2023-08-11",
    "title": "Malaysia verbietet Swatch-Uhren mit Regenbogenmotiven",
    "text": paragraphs([W1, W2, W3, W4], [W5, W6, W7, W8], [W9, W9B, W10, W11, W12], [W13, W14, W15, W16]),
    "events": [
        event("COERCE", MYS_GOV, SWATCH, W1, mode="ban"),
        event("COERCE", MYS_MHA, SWATCH, W2, mode="ban", date="2023-08-10"),
        event("COERCE", MYS_MHA, SWATCH, W4, mode="seize", location_country="MYS"),
        event("ACCUSE", SWATCH, MYS_MHA, W5, mode="allege"),
        event("REQUEST", SWATCH, MYS_MHA, W5, mode="yield"),
        event("ACCUSE", SWATCH, MYS_MHA, W6, mode="allege"),
        event("ACCUSE", HAYEK, MYS_GOV, W7, mode="disapprove"),
        event("SUPPORT", PAS, MYS_MHA, W10),
        event("ACCUSE", JFS, MYS_GOV, W11, mode="disapprove"),
        event("COERCE", FAHMI, GOOD_VIBES, W14, mode="ban", location="Kuala Lumpur", location_country="MYS"),
        event("ACCUSE", HEALY, MYS_GOV, W15, mode="disapprove", location="Kuala Lumpur", location_country="MYS"),
    ],
    "quotes": [
        quote("die Moral und öffentliche Interessen schädigen", "Ministry of Home Affairs of Malaysia", "direct"),
        quote("Die Produkte der sogenannten Pride-Kollektion könnten „die Moral und öffentliche Interessen "
              "schädigen“", "Ministry of Home Affairs of Malaysia", "indirect"),
        quote("Die Razzien seien ohne Rechtsgrundlage erfolgt", "Swatch Group", "indirect"),
        quote("absurd", "Nick Hayek", "direct"),
        quote("Eine Uhr mit einem Regenbogen ist keine Propaganda", "Nick Hayek", "direct"),
        quote("Die Regierung gehe nicht gegen ein Unternehmen vor, sondern gegen die Verbreitung einer Ideologie",
              "Saifuddin Nasution Ismail", "indirect"),
        quote("vor den Regionalwahlen Stimmung gegen Minderheiten zu machen", "Justice for Sisters", "indirect"),
    ],
    "entities": [
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysia", "dem mehrheitlich muslimischen Land"]),
        entity("Government of Malaysia", "ORG", "MYS", ["Malaysia", "der Behörden", "Die Regierung", "der Regierung"]),
        entity("Swatch Group", "ORG", "CHE", ["des Schweizer Herstellers Swatch", "Swatch", "das Unternehmen"]),
        entity("Pride collection", "MISC", "CHE", ["der sogenannten Pride-Kollektion", "die Pride-Kollektion"]),
        entity("Ministry of Home Affairs of Malaysia", "ORG", "MYS", ["des Innenministeriums", "des Ministeriums",
                                                                     "das Ministerium"]),
        entity("Nick Hayek", "PER", "CHE", ["Konzernchef Nick Hayek", "er"]),
        entity("Swiss Broadcasting Corporation", "ORG", "CHE", ["dem Schweizer Fernsehen"]),
        entity("Saifuddin Nasution Ismail", "PER", "MYS", ["Innenminister Saifuddin Nasution Ismail", "er"]),
        entity("Malaysian Islamic Party", "ORG", "MYS", ["Die islamistische Oppositionspartei PAS"]),
        entity("Justice for Sisters", "ORG", "MYS", ["Die Frauenrechtsgruppe Justice for Sisters"]),
        entity("Fahmi Fadzil", "PER", "MYS", ["Kommunikationsminister Fahmi Fadzil"]),
        entity("Good Vibes Festival", "MISC", "MYS", ["das Musikfestival Good Vibes"]),
        entity("The 1975", "ORG", "GBR", ["der britischen Band The 1975"]),
        entity("Matty Healy", "PER", "GBR", ["der Sänger der britischen Band The 1975, Matty Healy"]),
        entity("member of The 1975", "PER", "GBR", ["einen Bandkollegen"]),
    ],
}

# ---------------------------------------------------------------- hm421-de-04 (Japan, fin whales)
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
PLIBERSEK = actor("Tanya Plibersek", "AUS", "GOV")
NZL_GOV = actor("Government of New Zealand", "NZL", "GOV")
EU_J = actor("European Union", "EUR", "IGO")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
JPN_ACTIVISTS = actor("animal rights activists in Shimonoseki", "JPN", "CVL")
KYODO_SENPAKU = actor("Kyodo Senpaku", "JPN", "BUS")
HSI = actor("Humane Society International", "NGO", "NGO")
IWC = actor("International Whaling Commission", "IGO", "IGO")
ICJ_J = actor("International Court of Justice", "UNO", "JUD")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")

J1 = ("Tokio (dpa) - Ungeachtet internationaler Kritik ist Japans neues Walfang-Mutterschiff „Kangei Maru“ zu "
      "seiner ersten Fangfahrt aufgebrochen.")
J2 = ("Das 9300 Tonnen schwere Schiff des Unternehmens Kyodo Senpaku verließ am Dienstag den Hafen von Shimonoseki "
      "im Westen des Landes.")
J3 = "Nach Plänen der Regierung sollen dabei erstmals seit Jahrzehnten wieder Finnwale gefangen werden."
J4 = "Die Fischereibehörde hatte im Frühjahr erklärt, die Bestände im Nordpazifik seien groß genug."
J5 = "„Walfleisch ist ein Teil unserer Esskultur“, sagte Kyodo-Senpaku-Präsident Hideki Tokoro vor der Abfahrt."
J6 = "Australiens Umweltministerin Tanya Plibersek zeigte sich „zutiefst enttäuscht“ von der Ausweitung der Jagd."
J7 = "Sie forderte Tokio auf, den kommerziellen Walfang ganz einzustellen."
J8 = "Auch Neuseeland und die Europäische Union kritisierten die Pläne."
J9 = "Regierungssprecher Yoshimasa Hayashi wies die Forderung zurück."
J10 = "Japan nutze die Meeresressourcen nachhaltig und auf wissenschaftlicher Grundlage, sagte er."
J11 = "Im Hafen von Shimonoseki protestierten etwa 30 Tierschützer mit Transparenten gegen die Abfahrt."
J12 = "Die Organisation Humane Society International sprach von einem „Rückschritt in die Vergangenheit“."
J13 = ("Japan war 2019 aus der Internationalen Walfangkommission (IWC) ausgetreten und hatte den kommerziellen "
       "Walfang in den eigenen Gewässern wieder aufgenommen.")
J14 = ("Zuvor hatte der Internationale Gerichtshof 2014 auf eine Klage Australiens hin das japanische "
       "Walfangprogramm in der Antarktis für unrechtmäßig erklärt.")
J15 = "Die Fangquote für Finnwale soll im Sommer festgelegt werden."
J16 = "Der Verbrauch von Walfleisch in Japan ist seit Jahrzehnten rückläufig."
J17 = ("Kyodo Senpaku hat nach eigenen Angaben rund 7,5 Milliarden Yen, umgerechnet etwa 45 Millionen Euro, in "
       "den Bau des Schiffs investiert.")
J18 = "Die „Kangei Maru“ ersetzt die „Nisshin Maru“, die nach mehr als 30 Jahren im Dienst außer Betrieb genommen wurde."

DE04 = {
    "id": "hm421-de-04", "lang": "de", "url": None, "published": "2024-05-22",
    "title": "Japans neues Walfang-Mutterschiff bricht zur ersten Fahrt auf",
    "text": paragraphs([J1, J2, J3, J4, J5, J18], [J6, J7, J8, J9, J10], [J11, J12], [J13, J14, J15, J16, J17]),
    "events": [
        event("ACCUSE", PLIBERSEK, JPN_GOV, J6, mode="disapprove"),
        event("REQUEST", PLIBERSEK, JPN_GOV, J7, mode="change"),
        event("ACCUSE", NZL_GOV, JPN_GOV, J8, mode="disapprove"),
        event("ACCUSE", EU_J, JPN_GOV, J8, mode="disapprove"),
        event("REJECT", HAYASHI, PLIBERSEK, J9, mode="change"),
        event("PROTEST", JPN_ACTIVISTS, KYODO_SENPAKU, J11, mode="demo", date="2024-05-21", location="Shimonoseki",
              location_country="JPN"),
        event("ACCUSE", HSI, JPN_GOV, J12, mode="disapprove"),
        event("SANCTION", JPN_GOV, IWC, J13, mode="withdraw"),
        event("SANCTION", ICJ_J, JPN_GOV, J14, mode="convict"),
        event("ACCUSE", AUS_GOV, JPN_GOV, J14, mode="allege"),
    ],
    "quotes": [
        quote("die Bestände im Nordpazifik seien groß genug", "Fisheries Agency of Japan", "indirect"),
        quote("Walfleisch ist ein Teil unserer Esskultur", "Hideki Tokoro", "direct"),
        quote("zutiefst enttäuscht", "Tanya Plibersek", "direct"),
        quote("Japan nutze die Meeresressourcen nachhaltig und auf wissenschaftlicher Grundlage", "Yoshimasa Hayashi",
              "indirect"),
        quote("Rückschritt in die Vergangenheit", "Humane Society International", "direct"),
        quote("rund 7,5 Milliarden Yen, umgerechnet etwa 45 Millionen Euro, in den Bau des Schiffs investiert",
              "Kyodo Senpaku", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Japan", "LOC", "JPN", ["Japans", "des Landes", "Japan"]),
        entity("Kangei Maru", "MISC", "JPN", ["Japans neues Walfang-Mutterschiff „Kangei Maru“",
                                              "Das 9300 Tonnen schwere Schiff", "des Schiffs", "Die „Kangei Maru“"]),
        entity("Nisshin Maru", "MISC", "JPN", ["die „Nisshin Maru“"]),
        entity("Kyodo Senpaku", "ORG", "JPN", ["des Unternehmens Kyodo Senpaku", "Kyodo Senpaku"]),
        entity("Shimonoseki", "LOC", "JPN", ["den Hafen von Shimonoseki", "Im Hafen von Shimonoseki"]),
        entity("Government of Japan", "ORG", "JPN", ["der Regierung", "Tokio", "Japan"]),
        entity("Fisheries Agency of Japan", "ORG", "JPN", ["Die Fischereibehörde"]),
        entity("North Pacific", "LOC", None, ["im Nordpazifik"]),
        entity("Hideki Tokoro", "PER", "JPN", ["Kyodo-Senpaku-Präsident Hideki Tokoro"]),
        entity("Tanya Plibersek", "PER", "AUS", ["Australiens Umweltministerin Tanya Plibersek", "Sie"]),
        entity("Government of New Zealand", "ORG", "NZL", ["Neuseeland"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi", "er"]),
        entity("animal rights activists in Shimonoseki", "PER", "JPN", ["etwa 30 Tierschützer"]),
        entity("Humane Society International", "ORG", "NGO", ["Die Organisation Humane Society International"]),
        entity("International Whaling Commission", "ORG", "IGO",
               ["der Internationalen Walfangkommission (IWC)"]),
        entity("International Court of Justice", "ORG", "UNO", ["der Internationale Gerichtshof"]),
        entity("Government of Australia", "ORG", "AUS", ["Australiens"]),
        entity("Antarctica", "LOC", None, ["in der Antarktis"]),
    ],
}

# ---------------------------------------------------------------- hm421-en-01 (ICJ, Gambia v. Myanmar)
GMB_GOV = actor("Government of Gambia", "GMB", "GOV")
MMR_GOV = actor("Government of Myanmar", "MMR", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
DNK_GOV = actor("Government of Denmark", "DNK", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
NLD_GOV = actor("Government of the Netherlands", "NLD", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
MDV_GOV = actor("Government of the Maldives", "MDV", "GOV")
JOLY = actor("Mélanie Joly", "CAN", "GOV")
ROHINGYA = actor("Rohingya", "MMR", "CVL")
JALLOW = actor("Dawda Jallow", "GMB", "GOV")
ZAW_MIN_TUN = actor("Zaw Min Tun", "MMR", "MIL")
ICJ = actor("International Court of Justice", "UNO", "JUD")
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
UN_FFM = actor("Independent International Fact-Finding Mission on Myanmar", "UNO", "IGO")

G1 = ("THE HAGUE, Netherlands (AP) — Six Western countries have formally joined Gambia's case at the United "
      "Nations' top court accusing Myanmar of genocide against the Rohingya Muslim minority.")
G2 = ("Canada, Denmark, France, Germany, the Netherlands and Britain filed a joint declaration of intervention with "
      "the International Court of Justice on Wednesday, the court said in a statement.")
G3 = "The Maldives filed a separate declaration last month."
G4 = ("Under the court's statute, states that are party to the 1948 Genocide Convention can intervene to give their "
      "interpretation of the treaty.")
G5 = ("\"We stand with the Rohingya and with Gambia in the search for justice,\" Canadian Foreign Minister Mélanie "
      "Joly said.")
G6 = ("Gambia's Justice Minister Dawda Jallow thanked Canada and the Netherlands, which had first announced their "
      "plan to intervene in 2020, for their \"steadfast support.\"")
G7 = ("A spokesman for Myanmar's military government, Maj. Gen. Zaw Min Tun, denied that the army had committed "
      "genocide.")
G8 = "He accused Britain and Canada of using the court to interfere in Myanmar's internal affairs."
G9 = ("Gambia, a small, mostly Muslim West African nation, filed the case in 2019 with the backing of the "
      "Organization of Islamic Cooperation.")
G10 = "In January 2020, the court ordered Myanmar to take measures to protect the Rohingya from genocide."
G11 = ("More than 740,000 Rohingya fled to neighboring Bangladesh after the military launched a brutal clearance "
       "campaign against their villages in Rakhine state in August 2017.")
G12 = "U.N. investigators later said the operation had been carried out with \"genocidal intent\"."
G13 = ("Aung San Suu Kyi, then Myanmar's civilian leader, personally rejected the genocide allegations before the "
       "judges in 2019.")
G14 = "About a million Rohingya refugees now live in crowded camps near Cox's Bazar in Bangladesh."
G15 = "A final ruling on the merits of the case is not expected for several years."

EN01 = {
    "id": "hm421-en-01", "lang": "en", "url": None, "published": "2023-11-16",
    "title": "Six Western nations join Gambia's genocide case against Myanmar at the UN's top court",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15]),
    "events": [
        event("ACCUSE", GMB_GOV, MMR_GOV, G1, mode="allege", location="The Hague", location_country="NLD"),
        event("ACCUSE", CAN_GOV, MMR_GOV, G2, mode="allege", date="2023-11-15"),
        event("ACCUSE", DNK_GOV, MMR_GOV, G2, mode="allege", date="2023-11-15"),
        event("ACCUSE", FRA_GOV, MMR_GOV, G2, mode="allege", date="2023-11-15"),
        event("ACCUSE", DEU_GOV, MMR_GOV, G2, mode="allege", date="2023-11-15"),
        event("ACCUSE", NLD_GOV, MMR_GOV, G2, mode="allege", date="2023-11-15"),
        event("ACCUSE", GBR_GOV, MMR_GOV, G2, mode="allege", date="2023-11-15"),
        event("ACCUSE", MDV_GOV, MMR_GOV, G3, mode="allege"),
        event("SUPPORT", JOLY, ROHINGYA, G5),
        event("SUPPORT", JOLY, GMB_GOV, G5),
        event("SUPPORT", JALLOW, CAN_GOV, G6),
        event("SUPPORT", JALLOW, NLD_GOV, G6),
        event("ACCUSE", ZAW_MIN_TUN, GBR_GOV, G8, mode="disapprove"),
        event("ACCUSE", ZAW_MIN_TUN, CAN_GOV, G8, mode="disapprove"),
        event("ACCUSE", GMB_GOV, MMR_GOV, G9, mode="allege"),
        event("REQUEST", ICJ, MMR_GOV, G10, mode="change"),
        event("SANCTION", MMR_MIL, ROHINGYA, G11, mode="expel", location="Rakhine", location_country="MMR"),
        event("ASSAULT", MMR_MIL, ROHINGYA, G11, location="Rakhine", location_country="MMR"),
        event("ACCUSE", UN_FFM, MMR_MIL, G12, mode="allege"),
    ],
    "quotes": [
        quote("Canada, Denmark, France, Germany, the Netherlands and Britain filed a joint declaration of "
              "intervention with the International Court of Justice on Wednesday", "International Court of Justice",
              "indirect"),
        quote("We stand with the Rohingya and with Gambia in the search for justice", "Mélanie Joly", "direct"),
        quote("steadfast support", "Dawda Jallow", "direct"),
        quote("that the army had committed genocide", "Zaw Min Tun", "indirect"),
        quote("of using the court to interfere in Myanmar's internal affairs", "Zaw Min Tun", "indirect"),
        quote("genocidal intent", "Independent International Fact-Finding Mission on Myanmar", "direct"),
        quote("the operation had been carried out with \"genocidal intent\"",
              "Independent International Fact-Finding Mission on Myanmar", "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["THE HAGUE"]),
        entity("Netherlands", "LOC", "NLD", ["Netherlands"]),
        entity("Government of Gambia", "ORG", "GMB", ["Gambia's", "Gambia"]),
        entity("Gambia", "LOC", "GMB", ["Gambia", "a small, mostly Muslim West African nation"]),
        entity("International Court of Justice", "ORG", "UNO",
               ["the United Nations' top court", "the International Court of Justice", "the court", "the judges",
                "the court's"]),
        entity("Government of Myanmar", "ORG", "MMR", ["Myanmar", "Myanmar's military government"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar's", "Myanmar"]),
        entity("Rohingya", "MISC", "MMR", ["the Rohingya Muslim minority", "the Rohingya", "Rohingya",
                                           "Rohingya refugees", "their"]),
        entity("Government of Canada", "ORG", "CAN", ["Canada"]),
        entity("Government of Denmark", "ORG", "DNK", ["Denmark"]),
        entity("Government of France", "ORG", "FRA", ["France"]),
        entity("Government of Germany", "ORG", "DEU", ["Germany"]),
        entity("Government of the Netherlands", "ORG", "NLD", ["the Netherlands"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain"]),
        entity("Government of the Maldives", "ORG", "MDV", ["The Maldives"]),
        entity("Genocide Convention", "MISC", None, ["the 1948 Genocide Convention", "the treaty"]),
        entity("Mélanie Joly", "PER", "CAN", ["Canadian Foreign Minister Mélanie Joly"]),
        entity("Dawda Jallow", "PER", "GMB", ["Gambia's Justice Minister Dawda Jallow"]),
        entity("Zaw Min Tun", "PER", "MMR",
               ["A spokesman for Myanmar's military government, Maj. Gen. Zaw Min Tun", "He"]),
        entity("Myanmar military", "ORG", "MMR", ["the army", "the military"]),
        entity("Organization of Islamic Cooperation", "ORG", "IGO", ["the Organization of Islamic Cooperation"]),
        entity("Bangladesh", "LOC", "BGD", ["neighboring Bangladesh", "Bangladesh"]),
        entity("Rakhine", "LOC", "MMR", ["Rakhine state"]),
        entity("Independent International Fact-Finding Mission on Myanmar", "ORG", "UNO", ["U.N. investigators"]),
        entity("Aung San Suu Kyi", "PER", "MMR", ["Aung San Suu Kyi, then Myanmar's civilian leader"]),
        entity("Cox's Bazar", "LOC", "BGD", ["Cox's Bazar"]),
    ],
}

# ---------------------------------------------------------------- hm421-en-02 (Marshall Islands, Heine elected)
HEINE = actor("Hilda Heine", "MHL", "GOV")
US_CONGRESS = actor("United States Congress", "USA", "LEG")
MHL_GOV = actor("Government of the Marshall Islands", "MHL", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
US_EMBASSY = actor("Embassy of the United States in Majuro", "USA", "GOV")
TWN_MOFA = actor("Ministry of Foreign Affairs of Taiwan", "TWN", "GOV")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
MHL_OPP = actor("opposition senators of the Marshall Islands", "MHL", "LEG")

H1 = ("MAJURO, Marshall Islands (AP) — Lawmakers in the Marshall Islands on Tuesday elected Hilda Heine as "
      "president, returning the former educator to the post she held from 2016 to 2020.")
H2 = ("Heine won the vote in the 33-member parliament, known as the Nitijela, by 17 votes to 16 over former "
      "President Kessai Note.")
H3 = "Outgoing President David Kabua did not seek another term."
H4 = ("In her first remarks after the vote, Heine urged the U.S. Congress to approve funding for a renewed Compact "
      "of Free Association without further delay.")
H5 = ("Under the 20-year agreement, which Kabua's government signed with Washington in October, the United States "
      "would provide $2.3 billion in economic assistance in exchange for exclusive military access to the islands.")
H6 = "\"Our people cannot wait much longer,\" Heine told reporters in Majuro."
H7 = ("The U.S. Embassy in Majuro congratulated Heine and said Washington remained committed to the compact.")
H8 = "Taiwan's Foreign Ministry also congratulated Heine, calling the Marshall Islands a \"steadfast ally.\""
H9 = "Heine pledged to maintain diplomatic relations with Taipei, which Beijing claims as part of its territory."
H10 = "The Marshall Islands is one of only 13 countries that still recognize Taiwan."
H11 = ("Heine, 72, also accused Washington of failing to take responsibility for the legacy of U.S. nuclear tests "
       "in the islands.")
H12 = "The United States detonated 67 nuclear weapons at Bikini and Enewetak atolls between 1946 and 1958."
H13 = ("Opposition senators had demanded during the negotiations that the compact include new compensation for "
       "victims of radiation.")
H14 = ("Heine said she would travel to Washington in the coming months to press lawmakers on the funding.")
H15 = ("She became the first woman to lead an independent Pacific island nation when she took office in 2016.")

EN02 = {
    "id": "hm421-en-02", "lang": "en", "url": None, "published": "2024-01-03",
    "title": "Marshall Islands lawmakers elect Hilda Heine as president",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9, H10], [H11, H12, H13], [H14, H15]),
    "events": [
        event("REQUEST", HEINE, US_CONGRESS, H4, mode="assist"),
        event("SUPPORT", MHL_GOV, USA_GOV, H5),
        event("SUPPORT", US_EMBASSY, HEINE, H7),
        event("AGREE", US_EMBASSY, MHL_GOV, H7),
        event("SUPPORT", TWN_MOFA, HEINE, H8),
        event("AGREE", HEINE, TWN_GOV, H9),
        event("ACCUSE", HEINE, USA_GOV, H11, mode="disapprove"),
        event("REQUEST", MHL_OPP, MHL_GOV, H13, mode="change"),
        event("AGREE", HEINE, USA_GOV, H14),
    ],
    "quotes": [
        quote("Our people cannot wait much longer", "Hilda Heine", "direct"),
        quote("Washington remained committed to the compact", "Embassy of the United States in Majuro", "indirect"),
        quote("steadfast ally", "Ministry of Foreign Affairs of Taiwan", "direct"),
        quote("that the compact include new compensation for victims of radiation",
              "opposition senators of the Marshall Islands", "indirect"),
        quote("she would travel to Washington in the coming months to press lawmakers on the funding", "Hilda Heine",
              "indirect"),
    ],
    "entities": [
        entity("Majuro", "LOC", "MHL", ["MAJURO", "Majuro"]),
        entity("Marshall Islands", "LOC", "MHL", ["Marshall Islands", "the Marshall Islands", "The Marshall Islands",
                                                  "the islands"]),
        entity("Nitijela", "ORG", "MHL", ["Lawmakers in the Marshall Islands",
                                          "the 33-member parliament, known as the Nitijela"]),
        entity("Hilda Heine", "PER", "MHL", ["Hilda Heine", "the former educator", "she", "Heine", "her", "She",
                                             "Heine, 72"]),
        entity("Kessai Note", "PER", "MHL", ["former President Kessai Note"]),
        entity("David Kabua", "PER", "MHL", ["Outgoing President David Kabua", "Kabua's"]),
        entity("United States Congress", "ORG", "USA", ["the U.S. Congress", "lawmakers"]),
        entity("Compact of Free Association", "MISC", None, ["a renewed Compact of Free Association",
                                                             "the 20-year agreement", "the compact"]),
        entity("Government of the Marshall Islands", "ORG", "MHL", ["Kabua's government"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "the United States"]),
        entity("Embassy of the United States in Majuro", "ORG", "USA", ["The U.S. Embassy in Majuro"]),
        entity("Ministry of Foreign Affairs of Taiwan", "ORG", "TWN", ["Taiwan's Foreign Ministry"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Taipei", "Taiwan"]),
        entity("Government of China", "ORG", "CHN", ["Beijing"]),
        entity("Bikini Atoll", "LOC", "MHL", ["Bikini"]),
        entity("Enewetak Atoll", "LOC", "MHL", ["Enewetak atolls"]),
        entity("opposition senators of the Marshall Islands", "PER", "MHL", ["Opposition senators"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
