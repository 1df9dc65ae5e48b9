"""Round 299: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm299-de-01: Iran: British-Iranian ex-deputy defence minister Alireza Akbari executed; Sunak condemns, Cleverly sanctions Montazeri, summons the chargé and recalls the ambassador, Tehran summons the British envoy, consular access refused, Borrell's demand (2023-01-14).
- hm299-de-02: Iraq: first provincial council elections in ten years; Sudani votes and appeals for turnout, Sadr's boycott, campaign offices torched in Najaf and arrests, troops and police deployed, driving ban, Turkmen Front accuses the KDP in Kirkuk, Hennis-Plasschaert praises (2023-12-18).
- hm299-de-03: Jordan: the Islamic Action Front wins 31 of 138 seats; IAF demands an end to the Israel treaty, the government rejects it, King Abdullah II congratulates, al-Saqqa accuses the authorities, Hamas congratulates, embassy protest and tear gas (2024-09-11).
- hm299-de-04: Yemen: Saudi ambassador Mohammed Al Jaber and an Omani delegation meet Mahdi al-Mashat in Sanaa; Houthi demands, prisoner releases, the planned 900-prisoner swap, the government accuses the Houthis, Grundberg welcomes the talks (2023-04-09).
- hm299-en-01: Egypt: the National Election Authority annuls first-round results in 19 districts after al-Sisi's call; vote-buying accusations and arrests, Mostaqbal Watan accepts, the Civil Democratic Movement's demand rejected, HRW objects (2025-11-18).
- hm299-en-02: Saudi Arabia: Mohammed bin Salman accuses Israel of genocide at the Arab-Islamic summit in Riyadh; Aref stands in for Pezeshkian, Abbas and Mikati accuse Israel, the communique's demands, Saar rejects them, al-Ruwaili in Tehran (2024-11-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm299-de-01 (Iran, Akbari executed)
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
IRN_JUD = actor("Judiciary of Iran", "IRN", "JUD")
AKBARI = actor("Alireza Akbari", "IRN", "CVL")
IRN_SEC = actor("Iranian security services", "IRN", "COP")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
SUNAK = actor("Rishi Sunak", "GBR", "GOV")
CLEVERLY = actor("James Cleverly", "GBR", "GOV")
MONTAZERI = actor("Mohammad Jafar Montazeri", "IRN", "JUD")
UK_FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")
IRN_EMB_UK = actor("Embassy of Iran in London", "IRN", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")

A1 = ("London/Teheran (dpa) - Der Iran hat den britisch-iranischen Doppelstaatler Alireza Akbari hingerichtet und "
      "damit scharfe Proteste der britischen Regierung ausgelöst.")
A2 = ("Das Todesurteil gegen den früheren stellvertretenden Verteidigungsminister sei vollstreckt worden, meldete "
      "die Nachrichtenagentur der Justiz, Misan, am Samstag.")
A3 = ("Die Justiz warf dem 61-Jährigen vor, jahrelang für den britischen Auslandsgeheimdienst MI6 spioniert und "
      "dafür fast zwei Millionen Euro erhalten zu haben.")
A4 = "Akbari hatte die Vorwürfe stets bestritten."
A5 = ("In einer Audiobotschaft, die die BBC in dieser Woche verbreitete, sagte er, er sei unter Folter zu einem "
      "falschen Geständnis gezwungen worden.")
A6 = ("Premierminister Rishi Sunak verurteilte die Hinrichtung als „gefühllosen und feigen Akt“ eines "
      "„barbarischen Regimes“.")
A7 = ("Außenminister James Cleverly verhängte noch am Samstag Sanktionen gegen Irans Generalstaatsanwalt Mohammad "
      "Dschafar Montaseri.")
A8 = "Zudem bestellte das Außenministerium in London den iranischen Geschäftsträger ein."
A9 = ("Der britische Botschafter in Teheran, Simon Shercliff, werde vorübergehend zu Konsultationen zurückgerufen, "
      "teilte Cleverly mit.")
A10 = "„Das wird nicht unbeantwortet bleiben“, sagte der Minister."
A11 = ("Die iranische Regierung bestellte ihrerseits den britischen Botschafter ein und warf Großbritannien "
       "„Einmischung“ in die inneren Angelegenheiten des Landes vor.")
A12 = "Die britische Regierung hatte wiederholt konsularischen Zugang zu Akbari verlangt."
A13 = ("Die Führung in Teheran verweigerte dies mit der Begründung, der Iran erkenne die doppelte "
       "Staatsbürgerschaft nicht an.")
A14 = ("Der EU-Außenbeauftragte Josep Borrell forderte die iranische Führung auf, die Hinrichtungen politischer "
       "Gefangener sofort zu stoppen.")
A15 = "Akbari war 2019 bei einem Besuch im Iran festgenommen worden."
A16 = ("Er hatte unter Präsident Mohammed Chatami als Vize des damaligen Verteidigungsministers Ali Schamchani "
       "gedient, der heute Sekretär des Nationalen Sicherheitsrats ist.")

DE01 = {
    "id": "hm299-de-01", "lang": "de", "url": None, "published": "2023-01-14",
    "title": "Iran richtet britisch-iranischen Ex-Vizeminister Akbari hin",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9, A10], [A11, A12, A13, A14], [A15, A16]),
    "events": [
        event("ASSAULT", IRN_GOV, AKBARI, A1, mode="execute"),
        event("ACCUSE", UK_GOV, IRN_GOV, A1, mode="disapprove"),
        event("ASSAULT", IRN_JUD, AKBARI, A2, mode="execute", date="2023-01-14"),
        event("ACCUSE", IRN_JUD, AKBARI, A3, mode="allege"),
        event("ACCUSE", AKBARI, IRN_SEC, A5, mode="allege"),
        event("ACCUSE", SUNAK, IRN_GOV, A6, mode="disapprove"),
        event("SANCTION", CLEVERLY, MONTAZERI, A7, date="2023-01-14"),
        event("ACCUSE", UK_FCDO, IRN_EMB_UK, A8, mode="disapprove"),
        event("SANCTION", CLEVERLY, IRN_GOV, A9, mode="discontinue"),
        event("THREATEN", CLEVERLY, IRN_GOV, A10),
        event("ACCUSE", IRN_GOV, UK_GOV, A11, mode="disapprove"),
        event("REQUEST", UK_GOV, IRN_GOV, A12, mode="assist"),
        event("REJECT", IRN_GOV, UK_GOV, A13, mode="assist"),
        event("REQUEST", BORRELL, IRN_GOV, A14, mode="change"),
        event("COERCE", IRN_SEC, AKBARI, A15, mode="arrest", location="Iran", location_country="IRN"),
    ],
    "quotes": [
        quote("Das Todesurteil gegen den früheren stellvertretenden Verteidigungsminister sei vollstreckt worden",
              "Mizan News Agency", "indirect"),
        quote("jahrelang für den britischen Auslandsgeheimdienst MI6 spioniert und dafür fast zwei Millionen Euro "
              "erhalten zu haben", "Judiciary of Iran", "indirect"),
        quote("er sei unter Folter zu einem falschen Geständnis gezwungen worden", "Alireza Akbari", "indirect"),
        quote("gefühllosen und feigen Akt", "Rishi Sunak", "direct"),
        quote("barbarischen Regimes", "Rishi Sunak", "direct"),
        quote("Der britische Botschafter in Teheran, Simon Shercliff, werde vorübergehend zu Konsultationen "
              "zurückgerufen", "James Cleverly", "indirect"),
        quote("Das wird nicht unbeantwortet bleiben", "James Cleverly", "direct"),
        quote("Einmischung", "Government of Iran", "direct"),
        quote("„Einmischung“ in die inneren Angelegenheiten des Landes", "Government of Iran", "indirect"),
        quote("der Iran erkenne die doppelte Staatsbürgerschaft nicht an", "Government of Iran", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["London"]),
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Iran", "LOC", "IRN", ["Der Iran", "Irans", "im Iran", "der Iran", "des Landes"]),
        entity("Alireza Akbari", "PER", "IRN", ["den britisch-iranischen Doppelstaatler Alireza Akbari",
                                                "den früheren stellvertretenden Verteidigungsminister",
                                                "dem 61-Jährigen", "Akbari"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["der britischen Regierung",
                                                                  "Die britische Regierung"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["der Justiz", "Die Justiz"]),
        entity("Mizan News Agency", "ORG", "IRN", ["Misan"]),
        entity("MI6", "ORG", "GBR", ["den britischen Auslandsgeheimdienst MI6"]),
        entity("BBC", "ORG", "GBR", ["die BBC"]),
        entity("Rishi Sunak", "PER", "GBR", ["Premierminister Rishi Sunak"]),
        entity("James Cleverly", "PER", "GBR", ["Außenminister James Cleverly", "Cleverly", "der Minister"]),
        entity("Mohammad Jafar Montazeri", "PER", "IRN", ["Irans Generalstaatsanwalt Mohammad Dschafar Montaseri"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["das Außenministerium in London"]),
        entity("Embassy of Iran in London", "ORG", "IRN", ["den iranischen Geschäftsträger"]),
        entity("Simon Shercliff", "PER", "GBR", ["Der britische Botschafter in Teheran, Simon Shercliff",
                                                 "den britischen Botschafter"]),
        entity("Government of Iran", "ORG", "IRN", ["Die iranische Regierung", "Die Führung in Teheran",
                                                    "die iranische Führung"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Mohammad Khatami", "PER", "IRN", ["Präsident Mohammed Chatami"]),
        entity("Ali Shamkhani", "PER", "IRN", ["des damaligen Verteidigungsministers Ali Schamchani"]),
        entity("Supreme National Security Council of Iran", "ORG", "IRN", ["des Nationalen Sicherheitsrats"]),
    ],
}

# ---------------------------------------------------------------- hm299-de-02 (Iraq, provincial elections)
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
IRQ_VOTERS = actor("Iraqi voters", "IRQ", "CVL")
SADR = actor("Muqtada al-Sadr", "IRQ", "PTY")
SADR_SUPPORTERS = actor("supporters of Muqtada al-Sadr", "IRQ", "CVL")
SADRISTS = actor("Sadrist Movement", "IRQ", "PTY")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
NAJAF_ATTACKERS = actor("unidentified attackers in Najaf", "IRQ", "CVL")
IRQ_CANDIDATES = actor("candidates in the Iraqi provincial elections", "IRQ", "PTY")
IRQ_MOI = actor("Ministry of Interior of Iraq", "IRQ", "GOV")
IRQ_ARMY = actor("Iraqi Army", "IRQ", "MIL")
IRQ_POLICE = actor("Iraqi Police", "IRQ", "COP")
ITF = actor("Iraqi Turkmen Front", "IRQ", "PTY")
KDP = actor("Kurdistan Democratic Party", "IRQ", "PTY")
HENNIS = actor("Jeanine Hennis-Plasschaert", "UNO", "IGO")
IRQ_COUNCILS = actor("Iraqi provincial councils", "IRQ", "GOV")
IRQ_PROTESTERS = actor("protesters in Iraq", "IRQ", "CVL")

B1 = "Bagdad (AFP) - Im Irak sind am Montag erstmals seit zehn Jahren wieder Provinzräte gewählt worden."
B2 = ("Ministerpräsident Mohammed Schia al-Sudani gab seine Stimme in einer Schule im Bagdader Stadtteil Karrada ab "
      "und rief die Bürger auf, sich zahlreich an der Abstimmung zu beteiligen.")
B3 = "„Diese Wahl ist ein Prüfstein für unseren Weg zu Stabilität und besseren Dienstleistungen“, sagte der 53-Jährige."
B4 = "Der einflussreiche Schiitenführer Muktada al-Sadr hatte seine Anhänger dagegen zum Boykott der Wahl aufgerufen."
B5 = ("Seine Bewegung, die im vergangenen Jahr aus dem Parlament ausgezogen war, bezeichnete die Abstimmung als "
      "Machtinstrument einer korrupten Elite und stellte keine Kandidaten auf.")
B6 = "In der Nacht zum Sonntag hatten Unbekannte in Nadschaf mehrere Wahlkampfbüros gestürmt und in Brand gesteckt."
B7 = "Das Innenministerium teilte mit, sechs Verdächtige seien festgenommen worden."
B8 = "Zum Schutz der rund 7700 Wahllokale waren Zehntausende Soldaten und Polizisten im Einsatz."
B9 = "Die Behörden verhängten zudem ein landesweites Fahrverbot und schlossen die Grenzübergänge bis zum Abend."
B10 = "Die Wahlkommission bezifferte die Beteiligung am Abend auf 41 Prozent."
B11 = "In den drei Provinzen der autonomen Kurdenregion im Norden wurde nicht gewählt."
B12 = ("In der ölreichen Provinz Kirkuk, wo zuletzt 2005 ein Provinzrat bestimmt worden war, warf die Irakische "
       "Turkmenenfront der Demokratischen Partei Kurdistans (KDP) vor, Tausende Wähler aus anderen Landesteilen in die "
       "Provinz gebracht zu haben.")
B13 = "Die KDP wies das zurück."
B14 = ("Die UN-Sondergesandte Jeanine Hennis-Plasschaert lobte den weitgehend friedlichen Ablauf als „wichtigen "
       "Schritt“ für die Demokratie im Irak.")
B15 = "Al-Sudani versprach, den neuen Räten mehr Befugnisse und Geld zu geben."
B16 = ("Das Parlament hatte die Provinzräte 2019 nach monatelangen Massenprotesten gegen Korruption und "
       "Misswirtschaft aufgelöst.")
B17 = ("Als Favorit gilt der schiitische Koordinationsrahmen, der Sudanis Regierung trägt und enge Verbindungen zum "
       "Iran unterhält.")

DE02 = {
    "id": "hm299-de-02", "lang": "de", "url": None, "published": "2023-12-18",
    "title": "Irak wählt erstmals seit zehn Jahren Provinzräte – Sadr ruft zum Boykott auf",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10, B11], [B12, B13, B14, B15], [B16, B17]),
    "events": [
        event("REQUEST", SUDANI, IRQ_VOTERS, B2, date="2023-12-18", location="Baghdad", location_country="IRQ"),
        event("REQUEST", SADR, SADR_SUPPORTERS, B4),
        event("PROTEST", SADRISTS, IRQ_GOV, B5, mode="boycott"),
        event("ACCUSE", SADRISTS, IRQ_GOV, B5, mode="disapprove"),
        event("ASSAULT", NAJAF_ATTACKERS, IRQ_CANDIDATES, B6, mode="destroy", date="2023-12-17", location="Najaf",
              location_country="IRQ"),
        event("COERCE", IRQ_MOI, NAJAF_ATTACKERS, B7, mode="arrest"),
        event("MOBILIZE", IRQ_ARMY, None, B8, mode="troops", date="2023-12-18"),
        event("MOBILIZE", IRQ_POLICE, None, B8, mode="police", date="2023-12-18"),
        event("COERCE", IRQ_GOV, None, B9, mode="restrict", date="2023-12-18", location_country="IRQ"),
        event("ACCUSE", ITF, KDP, B12, mode="allege", location="Kirkuk", location_country="IRQ"),
        event("SUPPORT", HENNIS, IRQ_GOV, B14),
        event("AGREE", SUDANI, IRQ_COUNCILS, B15),
        event("PROTEST", IRQ_PROTESTERS, IRQ_GOV, B16, mode="demo", location_country="IRQ"),
    ],
    "quotes": [
        quote("Diese Wahl ist ein Prüfstein für unseren Weg zu Stabilität und besseren Dienstleistungen",
              "Mohammed Shia al-Sudani", "direct"),
        quote("bezeichnete die Abstimmung als Machtinstrument einer korrupten Elite", "Sadrist Movement", "indirect"),
        quote("sechs Verdächtige seien festgenommen worden", "Ministry of Interior of Iraq", "indirect"),
        quote("Tausende Wähler aus anderen Landesteilen in die Provinz gebracht zu haben", "Iraqi Turkmen Front",
              "indirect"),
        quote("wichtigen Schritt", "Jeanine Hennis-Plasschaert", "direct"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad", "Bagdader"]),
        entity("Iraq", "LOC", "IRQ", ["Im Irak", "im Irak"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani",
                                                         "der 53-Jährige", "Al-Sudani", "Sudanis"]),
        entity("Karrada", "LOC", "IRQ", ["Karrada"]),
        entity("Muqtada al-Sadr", "PER", "IRQ", ["Der einflussreiche Schiitenführer Muktada al-Sadr"]),
        entity("supporters of Muqtada al-Sadr", "ORG", "IRQ", ["seine Anhänger"]),
        entity("Sadrist Movement", "ORG", "IRQ", ["Seine Bewegung"]),
        entity("Council of Representatives of Iraq", "ORG", "IRQ", ["dem Parlament", "Das Parlament"]),
        entity("unidentified attackers in Najaf", "PER", "IRQ", ["Unbekannte"]),
        entity("Najaf", "LOC", "IRQ", ["Nadschaf"]),
        entity("Ministry of Interior of Iraq", "ORG", "IRQ", ["Das Innenministerium"]),
        entity("Iraqi Army", "ORG", "IRQ", ["Soldaten"]),
        entity("Iraqi Police", "ORG", "IRQ", ["Polizisten"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Die Behörden", "Sudanis Regierung"]),
        entity("Independent High Electoral Commission", "ORG", "IRQ", ["Die Wahlkommission"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["der autonomen Kurdenregion"]),
        entity("Kirkuk Governorate", "LOC", "IRQ", ["der ölreichen Provinz Kirkuk", "die Provinz"]),
        entity("Iraqi Turkmen Front", "ORG", "IRQ", ["die Irakische Turkmenenfront"]),
        entity("Kurdistan Democratic Party", "ORG", "IRQ", ["der Demokratischen Partei Kurdistans", "KDP"]),
        entity("Jeanine Hennis-Plasschaert", "PER", "UNO", ["Die UN-Sondergesandte Jeanine Hennis-Plasschaert"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Iraqi provincial councils", "ORG", "IRQ", ["Provinzräte", "den neuen Räten", "die Provinzräte"]),
        entity("Coordination Framework", "ORG", "IRQ", ["der schiitische Koordinationsrahmen"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
    ],
}

# ---------------------------------------------------------------- hm299-de-03 (Jordan, IAF election win)
JOR_IEC = actor("Independent Election Commission of Jordan", "JOR", "GOV")
IAF = actor("Islamic Action Front", "JOR", "OPP")
SAQQA = actor("Wael al-Saqqa", "JOR", "OPP")
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
MUBAIDEEN = actor("Mohannad Mubaideen", "JOR", "GOV")
KING_ABDULLAH = actor("Abdullah II", "JOR", "GOV")
JOR_PARL = actor("House of Representatives of Jordan", "JOR", "LEG")
JOR_AUTH = actor("Jordanian authorities", "JOR", "GOV")
JOR_CANDIDATES = actor("candidates accused of vote buying in Jordan", "JOR", "PTY")
HAMAS = actor("Hamas", "PSE", "REB")
AMMAN_PROTESTERS = actor("protesters in Amman", "JOR", "CVL")
ISRAEL = actor("Israel", "ISR", "GOV")
JOR_POLICE = actor("Jordanian police", "JOR", "COP")
JOR_COURT = actor("Court of Cassation of Jordan", "JOR", "JUD")
JOR_MB = actor("Muslim Brotherhood in Jordan", "JOR", "OPP")

C1 = ("Amman (dpa) - Die Islamische Aktionsfront (IAF) ist bei der Parlamentswahl in Jordanien mit deutlichem "
      "Abstand stärkste Partei geworden.")
C2 = ("Der politische Arm der Muslimbruderschaft habe 31 der 138 Sitze gewonnen, teilte die Unabhängige "
      "Wahlkommission am Mittwoch mit.")
C3 = "Es ist das beste Ergebnis der Islamisten seit der Wiedereinführung von Parlamentswahlen im Jahr 1989."
C4 = "Kommissionschef Mussa al-Maaita sprach von einer „fairen und transparenten“ Abstimmung am Dienstag."
C5 = ("IAF-Generalsekretär Wael al-Sakka sagte, die Jordanier hätten mit ihrer Stimme den Widerstand im "
      "Gazastreifen unterstützt.")
C6 = "„Das ist ein Votum für Gaza und gegen die Normalisierung mit der Besatzung“, sagte er vor Anhängern in Amman."
C7 = ("Die Partei forderte die Regierung auf, den Friedensvertrag mit Israel von 1994 aufzukündigen und das "
      "Gasabkommen mit dem Nachbarland zu beenden.")
C8 = ("Regierungssprecher Muhannad al-Mubaidin wies dies zurück: Die Außenpolitik des Königreichs werde nicht im "
      "Parlament gemacht.")
C9 = ("König Abdullah II. gratulierte den neuen Abgeordneten und rief sie auf, „die nationale Einheit über alles "
      "zu stellen“.")
C10 = ("Al-Sakka warf den Behörden vor, Kandidaten der Partei im Wahlkampf eingeschüchtert und Veranstaltungen "
       "verboten zu haben.")
C11 = ("Die Wahlkommission hatte vergangene Woche zwei Kandidaten anderer Listen wegen mutmaßlichen Stimmenkaufs "
       "von der Wahl ausgeschlossen.")
C12 = "Die islamistische Hamas gratulierte der Aktionsfront zu ihrem „großen Sieg“."
C13 = ("Am Freitag vor der Wahl hatten Tausende Menschen in der Nähe der israelischen Botschaft in Amman gegen den "
       "Krieg im Gazastreifen demonstriert.")
C14 = "Die Polizei setzte Tränengas ein, als einige von ihnen Absperrungen durchbrechen wollten."
C15 = "Die Muslimbruderschaft selbst war 2020 vom Kassationsgericht für aufgelöst erklärt worden."
C16 = "Die Wahlbeteiligung lag bei gut 32 Prozent."
C17 = ("Das Parlament hat in Jordanien nur begrenzte Macht; der König ernennt die Regierung und kann die Kammer "
       "jederzeit auflösen.")

DE03 = {
    "id": "hm299-de-03", "lang": "de", "url": None, "published": "2024-09-11",
    "title": "Islamisten werden stärkste Kraft bei Wahl in Jordanien",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15], [C16, C17]),
    "events": [
        event("REQUEST", IAF, JOR_GOV, C7, mode="change"),
        event("REJECT", MUBAIDEEN, IAF, C8, mode="change"),
        event("SUPPORT", KING_ABDULLAH, JOR_PARL, C9),
        event("REQUEST", KING_ABDULLAH, JOR_PARL, C9),
        event("ACCUSE", SAQQA, JOR_AUTH, C10, mode="allege"),
        event("COERCE", JOR_IEC, JOR_CANDIDATES, C11, mode="ban"),
        event("SUPPORT", HAMAS, IAF, C12),
        event("PROTEST", AMMAN_PROTESTERS, ISRAEL, C13, mode="demo", date="2024-09-06", location="Amman",
              location_country="JOR"),
        event("ASSAULT", JOR_POLICE, AMMAN_PROTESTERS, C14, mode="crowd-control", location="Amman",
              location_country="JOR"),
        event("COERCE", JOR_COURT, JOR_MB, C15, mode="ban"),
    ],
    "quotes": [
        quote("Der politische Arm der Muslimbruderschaft habe 31 der 138 Sitze gewonnen",
              "Independent Election Commission of Jordan", "indirect"),
        quote("fairen und transparenten", "Musa al-Maaytah", "direct"),
        quote("die Jordanier hätten mit ihrer Stimme den Widerstand im Gazastreifen unterstützt", "Wael al-Saqqa",
              "indirect"),
        quote("Das ist ein Votum für Gaza und gegen die Normalisierung mit der Besatzung", "Wael al-Saqqa", "direct"),
        quote("Die Außenpolitik des Königreichs werde nicht im Parlament gemacht", "Mohannad Mubaideen", "indirect"),
        quote("die nationale Einheit über alles zu stellen", "Abdullah II", "direct"),
        quote("Kandidaten der Partei im Wahlkampf eingeschüchtert und Veranstaltungen verboten zu haben",
              "Wael al-Saqqa", "indirect"),
        quote("großen Sieg", "Hamas", "direct"),
    ],
    "entities": [
        entity("Amman", "LOC", "JOR", ["Amman"]),
        entity("Islamic Action Front", "ORG", "JOR", ["Die Islamische Aktionsfront (IAF)",
                                                      "Der politische Arm der Muslimbruderschaft", "IAF",
                                                      "Die Partei", "der Partei", "der Aktionsfront"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien", "des Königreichs"]),
        entity("Independent Election Commission of Jordan", "ORG", "JOR", ["die Unabhängige Wahlkommission",
                                                                           "Die Wahlkommission"]),
        entity("Musa al-Maaytah", "PER", "JOR", ["Kommissionschef Mussa al-Maaita"]),
        entity("Wael al-Saqqa", "PER", "JOR", ["IAF-Generalsekretär Wael al-Sakka", "Al-Sakka"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen", "Gaza"]),
        entity("Government of Jordan", "ORG", "JOR", ["die Regierung"]),
        entity("Israel", "LOC", "ISR", ["Israel", "dem Nachbarland"]),
        entity("Mohannad Mubaideen", "PER", "JOR", ["Regierungssprecher Muhannad al-Mubaidin"]),
        entity("House of Representatives of Jordan", "ORG", "JOR", ["Parlament", "den neuen Abgeordneten",
                                                                    "die Kammer"]),
        entity("Abdullah II", "PER", "JOR", ["König Abdullah II.", "der König"]),
        entity("Jordanian authorities", "ORG", "JOR", ["den Behörden"]),
        entity("candidates accused of vote buying in Jordan", "PER", "JOR", ["zwei Kandidaten anderer Listen"]),
        entity("Hamas", "ORG", "PSE", ["Die islamistische Hamas"]),
        entity("protesters in Amman", "ORG", "JOR", ["Tausende Menschen", "einige von ihnen"]),
        entity("Embassy of Israel in Amman", "LOC", "ISR", ["der israelischen Botschaft in Amman"]),
        entity("Jordanian police", "ORG", "JOR", ["Die Polizei"]),
        entity("Muslim Brotherhood in Jordan", "ORG", "JOR", ["Muslimbruderschaft", "Die Muslimbruderschaft"]),
        entity("Court of Cassation of Jordan", "ORG", "JOR", ["Kassationsgericht"]),
    ],
}

# ---------------------------------------------------------------- hm299-de-04 (Yemen, Saudi delegation in Sanaa)
SAUDI_DELEG = actor("Saudi delegation", "SAU", "GOV")
HOUTHIS = actor("Houthis", "YEM", "REB")
ALJABER = actor("Mohammed Al Jaber", "SAU", "GOV")
OMAN_DELEG = actor("Omani delegation", "OMN", "GOV")
MASHAT = actor("Mahdi al-Mashat", "YEM", "REB")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
HOUTHI_PRISONERS = actor("Houthi prisoners", "YEM", "REB")
SAUDI_PRISONER = actor("Saudi prisoner held by the Houthis", "SAU", "CVL")
YEM_GOV = actor("Government of Yemen", "YEM", "GOV")
GRUNDBERG = actor("Hans Grundberg", "UNO", "IGO")
IRAN = actor("Iran", "IRN", "GOV")

D1 = ("Sanaa (AFP) - Erstmals seit Beginn des Jemen-Kriegs ist eine saudi-arabische Delegation zu offiziellen "
      "Gesprächen in die von den Huthi-Rebellen kontrollierte Hauptstadt Sanaa gereist.")
D2 = ("Botschafter Mohammed Al Dschaber und eine Delegation aus dem Oman trafen am Sonntag den Chef des Obersten "
      "Politischen Rats der Huthis, Mahdi al-Maschat.")
D3 = ("Bei den Gesprächen gehe es um eine dauerhafte Waffenruhe, die Öffnung von Häfen und Flughafen sowie die "
      "Zahlung von Beamtengehältern, berichtete der Huthi-Sender Al-Masira.")
D4 = ("Al-Maschat habe den Abzug aller ausländischen Truppen aus dem Jemen und Entschädigungen für die "
      "Kriegsschäden verlangt, hieß es weiter.")
D5 = ("„Wir wollen einen ehrenhaften Frieden, der die Souveränität des Jemen wahrt“, sagte der "
      "Huthi-Chefunterhändler Mohammed Abdulsalam in Maskat.")
D6 = ("Al Dschaber schrieb auf Twitter, Riad wolle die Waffenruhe festigen und eine dauerhafte politische Lösung "
      "zwischen den Jemeniten unterstützen.")
D7 = "Eine Einigung auf ein Ende des Krieges wurde am Sonntag noch nicht verkündet."
D8 = ("Bereits am Samstag hatte Saudi-Arabien 13 gefangene Huthi-Kämpfer freigelassen, die mit einem Flugzeug des "
      "Internationalen Komitees vom Roten Kreuz nach Sanaa gebracht wurden.")
D9 = "Im Gegenzug ließen die Huthis einen saudischen Gefangenen frei."
D10 = ("Für kommende Woche ist zudem ein Austausch von fast 900 Gefangenen zwischen Regierung und Rebellen "
       "geplant, auf den sich beide Seiten im März in der Schweiz geeinigt hatten.")
D11 = ("Der Vorsitzende des international anerkannten Präsidialrats, Raschad al-Alimi, sagte, jede Vereinbarung "
       "müsse die Rechte aller Jemeniten garantieren.")
D12 = ("Die Regierung warf den Huthis zugleich vor, trotz der Gespräche Stellungen der Armee in der Provinz Marib "
       "angegriffen zu haben.")
D13 = "Der UN-Sondergesandte Hans Grundberg begrüßte die Gespräche in Sanaa als „Chance“ für einen dauerhaften Frieden."
D14 = ("Der Besuch folgt auf die Einigung zwischen Riad und Teheran, die im März unter chinesischer Vermittlung die "
       "Wiederaufnahme ihrer diplomatischen Beziehungen vereinbart hatten.")
D15 = ("Die von Saudi-Arabien geführte Militärkoalition war 2015 in den Krieg eingetreten, nachdem die Huthis die "
       "Regierung aus Sanaa vertrieben hatten.")
D16 = "Eine von der UN vermittelte Waffenruhe hält trotz ihres offiziellen Ablaufs im Oktober weitgehend."

DE04 = {
    "id": "hm299-de-04", "lang": "de", "url": None, "published": "2023-04-09",
    "title": "Saudische Delegation zu Gesprächen mit Huthis in Sanaa",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10], [D11, D12, D13], [D14, D15, D16]),
    "events": [
        event("CONSULT", SAUDI_DELEG, HOUTHIS, D1, mode="visit", location="Sanaa", location_country="YEM"),
        event("CONSULT", ALJABER, MASHAT, D2, mode="visit", date="2023-04-09", location="Sanaa",
              location_country="YEM"),
        event("CONSULT", OMAN_DELEG, MASHAT, D2, mode="visit", date="2023-04-09", location="Sanaa",
              location_country="YEM"),
        event("REQUEST", MASHAT, SAUDI, D4, mode="yield"),
        event("AGREE", ALJABER, HOUTHIS, D6),
        event("AGREE", SAUDI, HOUTHIS, D7, date="2023-04-09", negated=True),
        event("RETREAT", SAUDI, HOUTHI_PRISONERS, D8, mode="release", date="2023-04-08"),
        event("RETREAT", HOUTHIS, SAUDI_PRISONER, D9, mode="release", date="2023-04-08"),
        event("AGREE", YEM_GOV, HOUTHIS, D10, location_country="CHE"),
        event("ACCUSE", YEM_GOV, HOUTHIS, D12, mode="allege"),
        event("SUPPORT", GRUNDBERG, SAUDI, D13),
        event("SUPPORT", GRUNDBERG, HOUTHIS, D13),
        event("AGREE", SAUDI, IRAN, D14),
    ],
    "quotes": [
        quote("Bei den Gesprächen gehe es um eine dauerhafte Waffenruhe, die Öffnung von Häfen und Flughafen sowie die "
              "Zahlung von Beamtengehältern", "Al-Masirah", "indirect"),
        quote("Al-Maschat habe den Abzug aller ausländischen Truppen aus dem Jemen und Entschädigungen für die "
              "Kriegsschäden verlangt", "Al-Masirah", "indirect"),
        quote("Wir wollen einen ehrenhaften Frieden, der die Souveränität des Jemen wahrt", "Mohammed Abdulsalam",
              "direct"),
        quote("Riad wolle die Waffenruhe festigen und eine dauerhafte politische Lösung zwischen den Jemeniten "
              "unterstützen", "Mohammed Al Jaber", "indirect"),
        quote("jede Vereinbarung müsse die Rechte aller Jemeniten garantieren", "Rashad al-Alimi", "indirect"),
        quote("trotz der Gespräche Stellungen der Armee in der Provinz Marib angegriffen zu haben",
              "Government of Yemen", "indirect"),
        quote("Chance", "Hans Grundberg", "direct"),
    ],
    "entities": [
        entity("Sanaa", "LOC", "YEM", ["Sanaa", "Hauptstadt Sanaa"]),
        entity("Yemen", "LOC", "YEM", ["Jemen"]),
        entity("Saudi delegation", "ORG", "SAU", ["eine saudi-arabische Delegation"]),
        entity("Houthis", "ORG", "YEM", ["Huthi-Rebellen", "der Huthis", "die Huthis", "den Huthis", "Rebellen"]),
        entity("Mohammed Al Jaber", "PER", "SAU", ["Botschafter Mohammed Al Dschaber", "Al Dschaber"]),
        entity("Omani delegation", "ORG", "OMN", ["eine Delegation aus dem Oman"]),
        entity("Supreme Political Council", "ORG", "YEM", ["des Obersten Politischen Rats der Huthis"]),
        entity("Mahdi al-Mashat", "PER", "YEM", ["Mahdi al-Maschat", "Al-Maschat"]),
        entity("Al-Masirah", "ORG", "YEM", ["der Huthi-Sender Al-Masira"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["Huthi-Chefunterhändler Mohammed Abdulsalam"]),
        entity("Muscat", "LOC", "OMN", ["Maskat"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Riad"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("International Committee of the Red Cross", "ORG", "NGO",
               ["des Internationalen Komitees vom Roten Kreuz"]),
        entity("Government of Yemen", "ORG", "YEM", ["Regierung", "Die Regierung"]),
        entity("Switzerland", "LOC", "CHE", ["der Schweiz"]),
        entity("Presidential Leadership Council", "ORG", "YEM", ["des international anerkannten Präsidialrats"]),
        entity("Rashad al-Alimi", "PER", "YEM", ["Raschad al-Alimi"]),
        entity("Marib Governorate", "LOC", "YEM", ["der Provinz Marib"]),
        entity("Hans Grundberg", "PER", "UNO", ["Der UN-Sondergesandte Hans Grundberg"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Government of Iran", "ORG", "IRN", ["Teheran"]),
        entity("China", "LOC", "CHN", ["chinesischer"]),
        entity("Saudi-led coalition", "ORG", "SAU", ["Die von Saudi-Arabien geführte Militärkoalition"]),
    ],
}

# ---------------------------------------------------------------- hm299-en-01 (Egypt, election results annulled)
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
EGY_NEA = actor("National Election Authority of Egypt", "EGY", "GOV")
ESDP = actor("Egyptian Social Democratic Party", "EGY", "OPP")
MOSTAQBAL_WATAN = actor("Mostaqbal Watan", "EGY", "PTY")
EGY_POLICE = actor("Egyptian police", "EGY", "COP")
EGY_VOTE_BUYERS = actor("people accused of vote buying in Egypt", "EGY", "CVL")
ZAHRAN = actor("Farid Zahran", "EGY", "OPP")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
CDM = actor("Civil Democratic Movement", "EGY", "OPP")
BADAWY = actor("Hazem Badawy", "EGY", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
EGY_AUTH = actor("Egyptian authorities", "EGY", "GOV")

E1 = ("CAIRO, Nov 18 (Reuters) - Egypt's National Election Authority on Tuesday annulled the results of the first "
      "round of parliamentary voting in 19 districts, a day after President Abdel Fattah al-Sisi publicly urged it "
      "to look into complaints of irregularities.")
E2 = ("The authority's chairman, Hazem Badawy, told a news conference that voting would be repeated in the affected "
      "districts in seven governorates after investigators found violations that had distorted the will of voters.")
E3 = ('Sisi said in a statement on Monday that he had received reports of "events" at several polling stations, and '
      'called on the authority "not to hesitate" to cancel the vote wholly or partly.')
E4 = ("The rare public intervention by the president, a former army chief who has ruled Egypt since 2014, came "
      "after days of complaints from candidates on social media.")
E5 = ("The opposition Egyptian Social Democratic Party had accused supporters of the pro-government Mostaqbal Watan "
      "party of buying votes with cash and food parcels outside polling stations.")
E6 = ("Mostaqbal Watan, the largest party in the outgoing parliament, said it respected the decision and would "
      "field its candidates again in the re-run.")
E7 = ("The interior ministry said police had arrested 23 people accused of handing out money to voters in Giza and "
      "Alexandria.")
E8 = ('"What happened is a scandal, and it confirms what we have said for months about the closed political space," '
      'said Farid Zahran, the head of the Social Democratic Party.')
E9 = ("The Civil Democratic Movement, an alliance of opposition parties, demanded that the entire first phase be "
      "repeated under full judicial supervision.")
E10 = "Badawy rejected the demand, saying violations had been limited to a small number of districts."
E11 = ("Egypt's House of Representatives has 568 elected seats, half of them filled through closed party lists "
       "dominated by the pro-government National List for Egypt.")
E12 = ('Human Rights Watch said the vote was taking place "in a climate of repression" and urged the authorities to '
       'release thousands of political prisoners.')
E13 = "The second phase, covering 13 governorates including Cairo, is scheduled for Nov. 24 and 25."
E14 = "Results of the re-runs are expected in early December."

EN01 = {
    "id": "hm299-en-01", "lang": "en", "url": None, "published": "2025-11-18",
    "title": "Egypt annuls election results in 19 districts after Sisi steps in",
    "text": paragraphs([E1, E2], [E3, E4], [E5, E6, E7, E8], [E9, E10, E11], [E12, E13, E14]),
    "events": [
        event("REQUEST", SISI, EGY_NEA, E1, mode="change", date="2025-11-17"),
        event("ACCUSE", EGY_NEA, None, E2, mode="investigate"),
        event("REQUEST", SISI, EGY_NEA, E3, mode="change", date="2025-11-17"),
        event("ACCUSE", ESDP, MOSTAQBAL_WATAN, E5, mode="allege"),
        event("SUPPORT", MOSTAQBAL_WATAN, EGY_NEA, E6),
        event("COERCE", EGY_POLICE, EGY_VOTE_BUYERS, E7, mode="arrest", location_country="EGY"),
        event("ACCUSE", ZAHRAN, EGY_GOV, E8, mode="disapprove"),
        event("REQUEST", CDM, EGY_NEA, E9, mode="change"),
        event("REJECT", BADAWY, CDM, E10, mode="change"),
        event("ACCUSE", HRW, EGY_GOV, E12, mode="disapprove"),
        event("REQUEST", HRW, EGY_AUTH, E12, mode="yield"),
    ],
    "quotes": [
        quote("voting would be repeated in the affected districts in seven governorates after investigators found "
              "violations that had distorted the will of voters", "Hazem Badawy", "indirect"),
        quote('he had received reports of "events" at several polling stations', "Abdel Fattah al-Sisi", "indirect"),
        quote("events", "Abdel Fattah al-Sisi", "direct"),
        quote("not to hesitate", "Abdel Fattah al-Sisi", "direct"),
        quote("it respected the decision and would field its candidates again in the re-run", "Mostaqbal Watan",
              "indirect"),
        quote("police had arrested 23 people accused of handing out money to voters in Giza and Alexandria",
              "Ministry of Interior of Egypt", "indirect"),
        quote("What happened is a scandal, and it confirms what we have said for months about the closed political "
              "space", "Farid Zahran", "direct"),
        quote("the entire first phase be repeated under full judicial supervision", "Civil Democratic Movement",
              "indirect"),
        quote("violations had been limited to a small number of districts", "Hazem Badawy", "indirect"),
        quote('the vote was taking place "in a climate of repression"', "Human Rights Watch", "indirect"),
        quote("in a climate of repression", "Human Rights Watch", "direct"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["CAIRO", "Cairo"]),
        entity("National Election Authority of Egypt", "ORG", "EGY", ["Egypt's National Election Authority",
                                                                      "the authority", "The authority's"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["President Abdel Fattah al-Sisi", "Sisi", "the president"]),
        entity("Hazem Badawy", "PER", "EGY", ["Hazem Badawy", "Badawy"]),
        entity("Egyptian Social Democratic Party", "ORG", "EGY", ["The opposition Egyptian Social Democratic Party",
                                                                  "the Social Democratic Party"]),
        entity("Mostaqbal Watan", "ORG", "EGY", ["the pro-government Mostaqbal Watan party", "Mostaqbal Watan"]),
        entity("Ministry of Interior of Egypt", "ORG", "EGY", ["The interior ministry"]),
        entity("Egyptian police", "ORG", "EGY", ["police"]),
        entity("people accused of vote buying in Egypt", "PER", "EGY", ["23 people"]),
        entity("Giza", "LOC", "EGY", ["Giza"]),
        entity("Alexandria", "LOC", "EGY", ["Alexandria"]),
        entity("Farid Zahran", "PER", "EGY", ["Farid Zahran"]),
        entity("Civil Democratic Movement", "ORG", "EGY", ["The Civil Democratic Movement"]),
        entity("House of Representatives of Egypt", "ORG", "EGY", ["the outgoing parliament",
                                                                    "Egypt's House of Representatives"]),
        entity("National List for Egypt", "ORG", "EGY", ["the pro-government National List for Egypt"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Egyptian authorities", "ORG", "EGY", ["the authorities"]),
    ],
}

# ---------------------------------------------------------------- hm299-en-02 (Saudi Arabia, Arab-Islamic summit)
MBS = actor("Mohammed bin Salman", "SAU", "GOV")
PEZESHKIAN = actor("Masoud Pezeshkian", "IRN", "GOV")
AREF = actor("Mohammad Reza Aref", "IRN", "GOV")
USA = actor("United States", "USA", "GOV")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
SUMMIT = actor("Arab-Islamic summit in Riyadh", "IGO", "IGO")
UNGA = actor("UN General Assembly", "UNO", "IGO")
SAAR = actor("Gideon Saar", "ISR", "GOV")
RUWAILI = actor("Fayyadh al-Ruwaili", "SAU", "MIL")
BAGHERI = actor("Mohammad Bagheri", "IRN", "MIL")

F1 = ('RIYADH, Nov 11 (Reuters) - Saudi Crown Prince Mohammed bin Salman on Monday accused Israel of committing '
      '"genocide" in Gaza, his sharpest public criticism yet of the war, as Arab and Muslim leaders met in Riyadh.')
F2 = ("The crown prince, who is also prime minister, urged Israel to respect the sovereignty of Iran and to refrain "
      "from attacking Iranian territory.")
F3 = ("Leaders and envoys from the member states of the Organisation of Islamic Cooperation and the Arab League "
      "took part in the one-day summit, a year after a similar gathering in the Saudi capital.")
F4 = ("Iran's President Masoud Pezeshkian did not travel to Riyadh and was represented by First Vice President "
      "Mohammad Reza Aref.")
F5 = ("Aref thanked Saudi Arabia for its solidarity and accused the United States of giving Israel a free hand in "
      "the region.")
F6 = ('Palestinian President Mahmoud Abbas told the gathering that his people faced "a war of extermination" and '
      'called on Washington to use its influence to stop it.')
F7 = ("Lebanon's caretaker Prime Minister Najib Mikati said Israeli strikes had driven more than a million people "
      "from their homes and demanded an immediate ceasefire.")
F8 = ("The final communique demanded Israel's full withdrawal from all Arab territories occupied since 1967 and "
      "from Lebanon.")
F9 = "It also called on the U.N. General Assembly to suspend Israel's participation in the world body."
F10 = ('Israel\'s Foreign Minister Gideon Saar dismissed the communique as "one-sided" and said Israel would not '
       'withdraw to the 1967 lines.')
F11 = ("On Sunday, Saudi Arabia's armed forces chief of staff Fayyadh al-Ruwaili held talks in Tehran with his "
       "Iranian counterpart Mohammad Bagheri, a rare visit that underlined the thaw between the two regional rivals.")
F12 = "Bagheri said Iran was ready to expand defence cooperation with the kingdom, Iranian state media reported."
F13 = ('The summit came a week after Donald Trump won the U.S. presidential election, and several Gulf officials '
       'said they hoped he would "end the wars" as he had promised.')
F14 = ("The Saudi government has said it will not establish diplomatic relations with Israel without a credible path to a "
       "Palestinian state.")

EN02 = {
    "id": "hm299-en-02", "lang": "en", "url": None, "published": "2024-11-11",
    "title": "Saudi crown prince accuses Israel of genocide at Riyadh summit",
    "text": paragraphs([F1, F2, F3], [F4, F5], [F6, F7], [F8, F9, F10], [F11, F12], [F13, F14]),
    "events": [
        event("ACCUSE", MBS, ISRAEL, F1, mode="allege", date="2024-11-11", location="Riyadh",
              location_country="SAU"),
        event("REQUEST", MBS, ISRAEL, F2, mode="change"),
        event("CONSULT", PEZESHKIAN, MBS, F4, mode="multilateral", location="Riyadh", location_country="SAU",
              negated=True),
        event("CONSULT", AREF, MBS, F4, mode="multilateral", location="Riyadh", location_country="SAU"),
        event("SUPPORT", AREF, SAUDI, F5),
        event("ACCUSE", AREF, USA, F5, mode="allege"),
        event("ACCUSE", ABBAS, ISRAEL, F6, mode="allege"),
        event("REQUEST", ABBAS, USA, F6, mode="change"),
        event("ACCUSE", MIKATI, ISRAEL, F7, mode="allege"),
        event("REQUEST", MIKATI, ISRAEL, F7, mode="yield"),
        event("REQUEST", SUMMIT, ISRAEL, F8, mode="yield"),
        event("REQUEST", SUMMIT, UNGA, F9, mode="change"),
        event("ACCUSE", SAAR, SUMMIT, F10, mode="disapprove"),
        event("REJECT", SAAR, SUMMIT, F10, mode="yield"),
        event("CONSULT", RUWAILI, BAGHERI, F11, mode="visit", date="2024-11-10", location="Tehran",
              location_country="IRN"),
        event("AGREE", BAGHERI, SAUDI, F12),
    ],
    "quotes": [
        quote("genocide", "Mohammed bin Salman", "direct"),
        quote('his people faced "a war of extermination"', "Mahmoud Abbas", "indirect"),
        quote("a war of extermination", "Mahmoud Abbas", "direct"),
        quote("Israeli strikes had driven more than a million people from their homes", "Najib Mikati", "indirect"),
        quote("one-sided", "Gideon Saar", "direct"),
        quote("Israel would not withdraw to the 1967 lines", "Gideon Saar", "indirect"),
        quote("Iran was ready to expand defence cooperation with the kingdom", "Mohammad Bagheri", "indirect"),
        quote('they hoped he would "end the wars" as he had promised', "Gulf officials", "indirect"),
        quote("end the wars", "Gulf officials", "direct"),
        quote("it will not establish diplomatic relations with Israel without a credible path to a Palestinian state",
              "Government of Saudi Arabia", "indirect"),
    ],
    "entities": [
        entity("Riyadh", "LOC", "SAU", ["RIYADH", "Riyadh", "the Saudi capital"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Saudi Crown Prince Mohammed bin Salman", "The crown prince"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Iran", "LOC", "IRN", ["Iran", "Iranian territory"]),
        entity("Organisation of Islamic Cooperation", "ORG", "IGO", ["the Organisation of Islamic Cooperation"]),
        entity("Arab League", "ORG", "IGO", ["the Arab League"]),
        entity("Arab-Islamic summit in Riyadh", "ORG", "IGO", ["the one-day summit", "the gathering",
                                                               "The final communique", "the communique",
                                                               "The summit"]),
        entity("Masoud Pezeshkian", "PER", "IRN", ["Iran's President Masoud Pezeshkian"]),
        entity("Mohammad Reza Aref", "PER", "IRN", ["First Vice President Mohammad Reza Aref", "Aref"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia", "the kingdom"]),
        entity("United States", "LOC", "USA", ["the United States", "U.S."]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palestinian President Mahmoud Abbas"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Najib Mikati", "PER", "LBN", ["Lebanon's caretaker Prime Minister Najib Mikati"]),
        entity("Lebanon", "LOC", "LBN", ["Lebanon"]),
        entity("UN General Assembly", "ORG", "UNO", ["the U.N. General Assembly"]),
        entity("Gideon Saar", "PER", "ISR", ["Israel's Foreign Minister Gideon Saar"]),
        entity("Fayyadh al-Ruwaili", "PER", "SAU", ["Saudi Arabia's armed forces chief of staff Fayyadh al-Ruwaili"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Mohammad Bagheri", "PER", "IRN", ["his Iranian counterpart Mohammad Bagheri", "Bagheri"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump"]),
        entity("Gulf officials", "PER", None, ["several Gulf officials"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["The Saudi government"]),
        entity("State of Palestine", "LOC", "PSE", ["a Palestinian state"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
