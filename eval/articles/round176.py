"""Round 176: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm176-de-01: Komeito quits its coalition with Japan's LDP after talks with new LDP leader Takaichi; Noda courts Tamaki for a joint opposition candidate (2025-10-10).
- hm176-de-02: West Papua rebels (TPNPB) kill gold miners in Yahukimo and call them army spies; troops sent, Prabowo condemns, Amnesty demands an inquiry (2025-04-11).
- hm176-de-03: Tens of thousands rally in Kuala Lumpur under the slogan "Turun Anwar"; Mahathir demands Anwar's resignation, Anwar refuses and points to relief measures (2025-07-26).
- hm176-de-04: The United States announces its withdrawal from UNESCO; Azoulay regrets it, Israel welcomes it, Macron and Beijing back the organisation (2025-07-22).
- hm176-en-01: The Taliban free British couple Peter and Barbie Reynolds after Qatari mediation; Falconer thanks Qatar, Kabul urges London to reopen its embassy (2025-09-19).
- hm176-en-02: Trump adds a 25 percent penalty tariff on India over Russian oil; New Delhi objects, Modi vows to protect farmers, Doval meets Putin in Moscow (2025-08-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm176-de-01
KOMEITO = actor("Komeito", "JPN", "PTY")
LDP = actor("Liberal Democratic Party", "JPN", "PTY")
SAITO = actor("Tetsuo Saito", "JPN", "PTY")
TAKAICHI = actor("Sanae Takaichi", "JPN", "PTY")
NODA = actor("Yoshihiko Noda", "JPN", "OPP")
JPN_OPPOSITION = actor("Japanese opposition parties", "JPN", "OPP")
TAMAKI = actor("Yuichiro Tamaki", "JPN", "OPP")

J1 = ("Die buddhistisch geprägte Partei Komeito hat nach mehr als einem Vierteljahrhundert die Regierungskoalition "
      "mit Japans Liberaldemokratischer Partei (LDP) aufgekündigt.")
J2 = ("Parteichef Tetsuo Saito teilte die Entscheidung am Freitag in Tokio der neuen LDP-Vorsitzenden Sanae Takaichi "
      "bei einem Treffen mit.")
J3 = ("Die LDP habe keine ausreichenden Antworten auf den Skandal um schwarze Kassen gegeben, begründete Saito den "
      "Schritt.")
J4 = "Komeito hatte strengere Regeln für Spenden von Unternehmen an Parteien verlangt."
J5 = "Takaichi hatte die Forderung abgelehnt; sie könne darüber nicht allein entscheiden, sagte sie."
J6 = "„Es ist äußerst bedauerlich“, sagte die 64-Jährige nach dem Gespräch."
J7 = ("Ihre Wahl zur Regierungschefin im Parlament, die für die kommende Woche erwartet worden war, ist damit "
      "ungewiss.")
J8 = ("„Wir beenden die Koalition“, sagte Saito, „aber wir werden in einzelnen Sachfragen weiter mit der LDP "
      "sprechen.“")
J9 = ("Der Chef der Konstitutionell-Demokratischen Partei, Yoshihiko Noda, rief die anderen Oppositionsparteien auf, "
      "sich auf einen gemeinsamen Kandidaten zu einigen.")
J10 = "Er bot an, auch den Vorsitzenden der Demokratischen Volkspartei, Yuichiro Tamaki, zu unterstützen."
J11 = "Tamaki zeigte sich offen für Gespräche, stellte aber Bedingungen in der Sicherheitspolitik."
J12 = "Die LDP verfügt im Unterhaus seit der Wahl im vergangenen Jahr nicht mehr über eine eigene Mehrheit."

DE01 = {
    "id": "hm176-de-01", "lang": "de", "url": None, "published": "2025-10-10",
    "title": "Japans Komeito verlässt nach 26 Jahren die Koalition mit der LDP",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11, J12]),
    "events": [
        event("SANCTION", KOMEITO, LDP, J1, mode="withdraw"),
        event("CONSULT", SAITO, TAKAICHI, J2, date="2025-10-10", location="Tokyo", location_country="JPN"),
        event("ACCUSE", SAITO, LDP, J3, mode="disapprove"),
        event("REQUEST", KOMEITO, LDP, J4, mode="change"),
        event("REJECT", TAKAICHI, KOMEITO, J5, mode="change"),
        event("ACCUSE", TAKAICHI, KOMEITO, J6, mode="disapprove"),
        event("SANCTION", SAITO, LDP, J8, mode="withdraw"),
        event("AGREE", SAITO, LDP, J8),
        event("REQUEST", NODA, JPN_OPPOSITION, J9, mode="assist"),
        event("AGREE", NODA, TAMAKI, J10),
        event("AGREE", TAMAKI, NODA, J11),
        event("REQUEST", TAMAKI, NODA, J11, mode="change"),
    ],
    "quotes": [
        quote("Die LDP habe keine ausreichenden Antworten auf den Skandal um schwarze Kassen gegeben", "Tetsuo Saito",
              "indirect"),
        quote("sie könne darüber nicht allein entscheiden", "Sanae Takaichi", "indirect"),
        quote("Es ist äußerst bedauerlich", "Sanae Takaichi", "direct"),
        quote("Wir beenden die Koalition", "Tetsuo Saito", "direct"),
        quote("aber wir werden in einzelnen Sachfragen weiter mit der LDP sprechen", "Tetsuo Saito", "direct"),
        quote("sich auf einen gemeinsamen Kandidaten zu einigen", "Yoshihiko Noda", "indirect"),
        quote("auch den Vorsitzenden der Demokratischen Volkspartei, Yuichiro Tamaki, zu unterstützen", "Yoshihiko Noda",
              "indirect"),
    ],
    "entities": [
        entity("Komeito", "ORG", "JPN", ["Die buddhistisch geprägte Partei Komeito", "Komeito"]),
        entity("Liberal Democratic Party", "ORG", "JPN", ["Japans Liberaldemokratischer Partei (LDP)", "Die LDP",
                                                          "der LDP"]),
        entity("Japan", "GPE", "JPN", ["Japans"]),
        entity("Tetsuo Saito", "PER", "JPN", ["Parteichef Tetsuo Saito", "Saito"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Sanae Takaichi", "PER", "JPN", ["der neuen LDP-Vorsitzenden Sanae Takaichi", "Takaichi", "sie",
                                                "die 64-Jährige", "Ihre"]),
        entity("Constitutional Democratic Party of Japan", "ORG", "JPN", ["der Konstitutionell-Demokratischen Partei"]),
        entity("Yoshihiko Noda", "PER", "JPN", ["Yoshihiko Noda", "Er"]),
        entity("Japanese opposition parties", "ORG", "JPN", ["die anderen Oppositionsparteien"]),
        entity("Democratic Party for the People", "ORG", "JPN", ["der Demokratischen Volkspartei"]),
        entity("Yuichiro Tamaki", "PER", "JPN", ["Yuichiro Tamaki", "Tamaki"]),
        entity("House of Representatives of Japan", "ORG", "JPN", ["Unterhaus"]),
    ],
}

# ---------------------------------------------------------------- hm176-de-02
TPNPB = actor("West Papua National Liberation Army", "IDN", "REB")
MINERS = actor("gold miners in Yahukimo", "IDN", "CVL")
SAMBOM = actor("Sebby Sambom", "IDN", "REB")
IDN_MIL = actor("Indonesian National Armed Forces", "IDN", "MIL")
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")

P1 = ("Separatistische Rebellen haben in der indonesischen Provinz Hochland-Papua mindestens elf Goldschürfer "
      "getötet.")
P2 = "Die Polizei fand die Leichen in einem Waldgebiet im Bezirk Yahukimo, mehrere Arbeiter werden noch vermisst."
P3 = "Die Westpapua-Nationalbefreiungsarmee (TPNPB) bekannte sich zu der Tat."
P4 = "Ihr Sprecher Sebby Sambom sagte, die Männer seien „Spione“ der indonesischen Armee gewesen."
P5 = "Die Armee wies dies entschieden zurück."
P6 = "Es handele sich um zivile Arbeiter aus Sulawesi und Java, sagte ein Militärsprecher."
P7 = ("Die Streitkräfte schickten zusätzliche Soldaten in das abgelegene Gebiet, um die Vermissten zu suchen und die "
      "Täter zu verfolgen.")
P8 = "Die Rebellen drohten, jeden anzugreifen, der mit dem Militär zusammenarbeite."
P9 = ("Präsident Prabowo Subianto verurteilte die Tötungen und kündigte an, die Verantwortlichen zur Rechenschaft zu "
      "ziehen.")
P10 = "Die Menschenrechtsorganisation Amnesty International forderte eine unabhängige Untersuchung."
P11 = "Amnesty warf zugleich beiden Seiten vor, in der Region immer wieder Zivilisten zu töten."
P12 = "In Papua kämpfen Separatisten seit Jahrzehnten für die Unabhängigkeit von Indonesien."
P13 = "Die Regierung in Jakarta lehnt Gespräche mit den Rebellen bislang ab."

DE02 = {
    "id": "hm176-de-02", "lang": "de", "url": None, "published": "2025-04-11",
    "title": "Rebellen töten Goldschürfer in Papua",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7, P8], [P9, P10, P11, P12, P13]),
    "events": [
        event("ASSAULT", TPNPB, MINERS, P1, location="Highland Papua", location_country="IDN"),
        event("ASSAULT", TPNPB, MINERS, P3),
        event("ACCUSE", SAMBOM, IDN_MIL, P4, mode="allege"),
        event("MOBILIZE", IDN_MIL, None, P7, mode="troops", location="Yahukimo", location_country="IDN"),
        event("THREATEN", TPNPB, None, P8, mode="violence"),
        event("ACCUSE", PRABOWO, TPNPB, P9, mode="disapprove"),
        event("THREATEN", PRABOWO, TPNPB, P9),
        event("REQUEST", AMNESTY, IDN_GOV, P10, mode="change"),
        event("ACCUSE", AMNESTY, TPNPB, P11, mode="allege"),
        event("ACCUSE", AMNESTY, IDN_MIL, P11, mode="allege"),
        event("REJECT", IDN_GOV, TPNPB, P13, mode="meet"),
    ],
    "quotes": [
        quote("die Männer seien „Spione“ der indonesischen Armee gewesen", "Sebby Sambom", "indirect"),
        quote("Spione", "Sebby Sambom", "direct"),
        quote("Es handele sich um zivile Arbeiter aus Sulawesi und Java", "Indonesian military spokesman", "indirect"),
        quote("jeden anzugreifen, der mit dem Militär zusammenarbeite", "West Papua National Liberation Army",
              "indirect"),
        quote("die Verantwortlichen zur Rechenschaft zu ziehen", "Prabowo Subianto", "indirect"),
        quote("in der Region immer wieder Zivilisten zu töten", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("West Papua National Liberation Army", "ORG", "IDN",
               ["Separatistische Rebellen", "Die Westpapua-Nationalbefreiungsarmee (TPNPB)", "Ihr",
                "Die Rebellen", "den Rebellen"]),
        entity("Highland Papua", "LOC", "IDN", ["der indonesischen Provinz Hochland-Papua"]),
        entity("gold miners in Yahukimo", "ORG", "IDN", ["mindestens elf Goldschürfer", "die Männer",
                                                         "mehrere Arbeiter"]),
        entity("Indonesian National Police", "ORG", "IDN", ["Die Polizei"]),
        entity("Yahukimo", "LOC", "IDN", ["Bezirk Yahukimo"]),
        entity("Sebby Sambom", "PER", "IDN", ["Ihr Sprecher Sebby Sambom"]),
        entity("Indonesian National Armed Forces", "ORG", "IDN", ["der indonesischen Armee", "Die Armee",
                                                                  "Die Streitkräfte", "dem Militär"]),
        entity("Indonesian military spokesman", "PER", "IDN", ["ein Militärsprecher"]),
        entity("Sulawesi", "LOC", "IDN", ["Sulawesi"]),
        entity("Java", "LOC", "IDN", ["Java"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Präsident Prabowo Subianto"]),
        entity("Amnesty International", "ORG", "NGO", ["Die Menschenrechtsorganisation Amnesty International",
                                                       "Amnesty"]),
        entity("Papua", "LOC", "IDN", ["Papua"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesien"]),
        entity("Government of Indonesia", "ORG", "IDN", ["Die Regierung in Jakarta"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
    ],
}

# ---------------------------------------------------------------- hm176-de-03
MYS_PROTESTERS = actor("Malaysian protesters", "MYS", "CVL")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
PAS = actor("Malaysian Islamic Party", "MYS", "OPP")
BERSATU = actor("Bersatu", "MYS", "OPP")
MYS_GOV = actor("Government of Malaysia", "MYS", "GOV")
MAHATHIR = actor("Mahathir Mohamad", "MYS", "OPP")
MYS_POLICE = actor("Royal Malaysia Police", "MYS", "COP")
MYS_CITIZENS = actor("Malaysian citizens", "MYS", "CVL")
PH = actor("Pakatan Harapan", "MYS", "PTY")
MYS_OPPOSITION = actor("Malaysian opposition", "MYS", "OPP")
TAKIYUDDIN = actor("Takiyuddin Hassan", "MYS", "OPP")

M1 = ("In Malaysias Hauptstadt Kuala Lumpur haben am Samstag Zehntausende Menschen gegen Premierminister Anwar "
      "Ibrahim demonstriert.")
M2 = ("Zu der Kundgebung unter dem Motto „Turun Anwar“ (Anwar, tritt ab) hatten die islamistische Partei PAS und "
      "die Oppositionspartei Bersatu aufgerufen.")
M3 = ("Die Demonstranten warfen der Regierung vor, ihre Wahlversprechen gebrochen und die Lebenshaltungskosten in "
      "die Höhe getrieben zu haben.")
M4 = ("Auch der 100 Jahre alte frühere Regierungschef Mahathir Mohamad sprach vor der Menge und forderte Anwar zum "
      "Rücktritt auf.")
M5 = "Die Polizei sprach von rund 18 000 Teilnehmern, die Organisatoren von mehr als 300 000."
M6 = "Hunderte Beamte sicherten den Platz Dataran Merdeka und umliegende Straßen ab, die Kundgebung blieb friedlich."
M7 = "Festnahmen gab es keine."
M8 = "Anwar schloss einen Rücktritt aus."
M9 = "„Ich wurde vom Volk gewählt und werde meine Arbeit fortsetzen“, sagte er am Abend in einer Videobotschaft."
M10 = ("Bereits am Mittwoch hatte er angekündigt, den Benzinpreis für Malaysier zu senken und jedem Erwachsenen "
       "einmalig 100 Ringgit auszuzahlen.")
M11 = ("Sein Regierungsbündnis Pakatan Harapan warf der Opposition vor, die Sorgen der Bürger für politische Zwecke "
       "auszunutzen.")
M12 = "PAS-Generalsekretär Takiyuddin Hassan sagte, man werde weiter demonstrieren, bis Anwar zurücktrete."
M13 = "Die nächste Parlamentswahl muss spätestens Anfang 2028 stattfinden."

DE03 = {
    "id": "hm176-de-03", "lang": "de", "url": None, "published": "2025-07-26",
    "title": "Zehntausende fordern in Kuala Lumpur Anwars Rücktritt",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7], [M8, M9, M10, M11, M12, M13]),
    "events": [
        event("PROTEST", MYS_PROTESTERS, ANWAR, M1, mode="demo", date="2025-07-26", location="Kuala Lumpur",
              location_country="MYS"),
        event("PROTEST", PAS, ANWAR, M2, mode="demo"),
        event("PROTEST", BERSATU, ANWAR, M2, mode="demo"),
        event("ACCUSE", MYS_PROTESTERS, MYS_GOV, M3, mode="allege"),
        event("REQUEST", MAHATHIR, ANWAR, M4, mode="change"),
        event("MOBILIZE", MYS_POLICE, None, M6, mode="police", location="Dataran Merdeka", location_country="MYS"),
        event("COERCE", MYS_POLICE, MYS_PROTESTERS, M7, mode="arrest", negated=True),
        event("REJECT", ANWAR, MYS_PROTESTERS, M8, mode="change"),
        event("CONCEDE", ANWAR, MYS_CITIZENS, M10, date="2025-07-23"),
        event("ACCUSE", PH, MYS_OPPOSITION, M11, mode="allege"),
        event("THREATEN", TAKIYUDDIN, ANWAR, M12),
    ],
    "quotes": [
        quote("Turun Anwar", "Malaysian protesters", "direct"),
        quote("ihre Wahlversprechen gebrochen und die Lebenshaltungskosten in die Höhe getrieben zu haben",
              "Malaysian protesters", "indirect"),
        quote("Ich wurde vom Volk gewählt und werde meine Arbeit fortsetzen", "Anwar Ibrahim", "direct"),
        quote("den Benzinpreis für Malaysier zu senken und jedem Erwachsenen einmalig 100 Ringgit auszuzahlen",
              "Anwar Ibrahim", "indirect"),
        quote("die Sorgen der Bürger für politische Zwecke auszunutzen", "Pakatan Harapan", "indirect"),
        quote("man werde weiter demonstrieren, bis Anwar zurücktrete", "Takiyuddin Hassan", "indirect"),
    ],
    "entities": [
        entity("Malaysia", "GPE", "MYS", ["Malaysias"]),
        entity("Kuala Lumpur", "LOC", "MYS", ["Malaysias Hauptstadt Kuala Lumpur"]),
        entity("Malaysian protesters", "ORG", "MYS", ["Zehntausende Menschen", "Die Demonstranten", "der Menge"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Premierminister Anwar Ibrahim", "Anwar", "er", "Sein"]),
        entity("Malaysian Islamic Party", "ORG", "MYS", ["die islamistische Partei PAS", "PAS"]),
        entity("Bersatu", "ORG", "MYS", ["die Oppositionspartei Bersatu"]),
        entity("Government of Malaysia", "ORG", "MYS", ["der Regierung"]),
        entity("Mahathir Mohamad", "PER", "MYS", ["der 100 Jahre alte frühere Regierungschef Mahathir Mohamad"]),
        entity("Royal Malaysia Police", "ORG", "MYS", ["Die Polizei", "Hunderte Beamte"]),
        entity("Dataran Merdeka", "LOC", "MYS", ["den Platz Dataran Merdeka"]),
        entity("Pakatan Harapan", "ORG", "MYS", ["Sein Regierungsbündnis Pakatan Harapan"]),
        entity("Malaysian opposition", "ORG", "MYS", ["der Opposition"]),
        entity("Takiyuddin Hassan", "PER", "MYS", ["PAS-Generalsekretär Takiyuddin Hassan"]),
    ],
}

# ---------------------------------------------------------------- hm176-de-04
USA = actor("United States", "USA", "GOV")
UNESCO = actor("UNESCO", "UNO", "IGO")
BRUCE = actor("Tammy Bruce", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
AZOULAY = actor("Audrey Azoulay", "UNO", "IGO")
DANON = actor("Danny Danon", "ISR", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
CHINA = actor("China", "CHN", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")

U1 = "Die USA ziehen sich erneut aus der UN-Kulturorganisation Unesco zurück."
U2 = "Der Austritt solle Ende Dezember 2026 wirksam werden, teilte Außenamtssprecherin Tammy Bruce am Dienstag mit."
U3 = ("Die Organisation setze sich für „spaltende“ soziale und kulturelle Anliegen ein und verfolge eine "
      "israelfeindliche Linie, begründete sie den Schritt.")
U4 = "Präsident Donald Trump hatte die Mitgliedschaft im Februar überprüfen lassen."
U5 = "Unesco-Generaldirektorin Audrey Azoulay bedauerte die Entscheidung „zutiefst“."
U6 = ("Sie widerspreche jedoch den Vorwürfen gegen die Organisation, die im Kampf gegen Antisemitismus Vorreiter sei, "
      "sagte die Französin.")
U7 = "Der Anteil der USA am Budget liege inzwischen nur noch bei rund acht Prozent, erklärte Azoulay."
U8 = "Israels UN-Botschafter Danny Danon begrüßte den Schritt und dankte Washington für seine „moralische Führung“."
U9 = ("Frankreichs Präsident Emmanuel Macron sicherte der Unesco dagegen die „unerschütterliche Unterstützung“ "
      "seines Landes zu.")
U10 = "China kündigte an, seine Beiträge zu erhöhen, um die entstehende Lücke teilweise zu schließen."
U11 = "Die Palästinensische Autonomiebehörde kritisierte den Austritt als Versuch, Israel vor Kritik zu schützen."
U12 = "Es ist der dritte Rückzug der USA aus der Organisation seit 1984."

DE04 = {
    "id": "hm176-de-04", "lang": "de", "url": None, "published": "2025-07-22",
    "title": "USA treten erneut aus der Unesco aus",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7, U8], [U9, U10, U11, U12]),
    "events": [
        event("SANCTION", USA, UNESCO, U1, mode="withdraw"),
        event("SANCTION", USA, UNESCO, U2, mode="withdraw"),
        event("ACCUSE", BRUCE, UNESCO, U3, mode="allege"),
        event("ACCUSE", TRUMP, UNESCO, U4, mode="investigate"),
        event("ACCUSE", AZOULAY, USA, U5, mode="disapprove"),
        event("SUPPORT", DANON, USA, U8),
        event("SUPPORT", MACRON, UNESCO, U9),
        event("AGREE", CHINA, UNESCO, U10),
        event("ACCUSE", PA, USA, U11, mode="disapprove"),
    ],
    "quotes": [
        quote("Der Austritt solle Ende Dezember 2026 wirksam werden", "Tammy Bruce", "indirect"),
        quote("Die Organisation setze sich für „spaltende“ soziale und kulturelle Anliegen ein und verfolge eine "
              "israelfeindliche Linie", "Tammy Bruce", "indirect"),
        quote("spaltende", "Tammy Bruce", "direct"),
        quote("zutiefst", "Audrey Azoulay", "direct"),
        quote("Sie widerspreche jedoch den Vorwürfen gegen die Organisation, die im Kampf gegen Antisemitismus "
              "Vorreiter sei", "Audrey Azoulay", "indirect"),
        quote("Der Anteil der USA am Budget liege inzwischen nur noch bei rund acht Prozent", "Audrey Azoulay",
              "indirect"),
        quote("moralische Führung", "Danny Danon", "direct"),
        quote("unerschütterliche Unterstützung", "Emmanuel Macron", "direct"),
        quote("seine Beiträge zu erhöhen, um die entstehende Lücke teilweise zu schließen", "China", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["Die USA", "der USA", "Washington"]),
        entity("UNESCO", "ORG", "UNO", ["der UN-Kulturorganisation Unesco", "Die Organisation", "die Organisation",
                                        "der Unesco", "der Organisation"]),
        entity("Tammy Bruce", "PER", "USA", ["Außenamtssprecherin Tammy Bruce", "sie"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump"]),
        entity("Audrey Azoulay", "PER", "UNO", ["Unesco-Generaldirektorin Audrey Azoulay", "Sie", "die Französin",
                                                "Azoulay"]),
        entity("Danny Danon", "PER", "ISR", ["Israels UN-Botschafter Danny Danon"]),
        entity("Israel", "GPE", "ISR", ["Israels", "Israel"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("France", "GPE", "FRA", ["Frankreichs", "seines Landes"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Palestinian Authority", "ORG", "PSE", ["Die Palästinensische Autonomiebehörde"]),
    ],
}

# ---------------------------------------------------------------- hm176-en-01
TALIBAN = actor("Taliban", "AFG", "GOV")
PETER = actor("Peter Reynolds", "GBR", "CVL")
BARBIE = actor("Barbie Reynolds", "GBR", "CVL")
QATAR = actor("Qatar", "QAT", "GOV")
FALCONER = actor("Hamish Falconer", "GBR", "GOV")
ENTWISTLE = actor("Sarah Entwistle", "GBR", "CVL")
BALKHI = actor("Abdul Qahar Balkhi", "AFG", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")

T1 = ("The Taliban have released Peter and Barbie Reynolds, an elderly British couple held in Afghanistan for almost "
      "eight months, after mediation by Qatar.")
T2 = ("The couple, who ran training projects in the country for almost two decades, landed in Doha on Friday "
      "afternoon.")
T3 = ("Qatar's envoy had held several rounds of talks with Taliban officials in Kabul, a diplomat briefed on the "
      "negotiations said.")
T4 = "Taliban security forces detained the Reynoldses in February as they returned to their home in Bamiyan province."
T5 = "They were never charged with any offence, their family said."
T6 = ("Britain's minister for the Middle East, Hamish Falconer, welcomed the release and thanked Qatar for its "
      "“tireless efforts”.")
T7 = "“This is a moment of huge relief,” their daughter Sarah Entwistle said, “but they should never have been held.”"
T8 = "She said her father's health had deteriorated sharply in a Kabul prison."
T9 = ("Taliban foreign ministry spokesman Abdul Qahar Balkhi said the couple had been freed after a court reviewed "
      "their case.")
T10 = "He urged London to reopen its embassy in Kabul and engage with the Taliban government."
T11 = "Britain does not recognise the Taliban administration and has had no diplomats in Afghanistan since 2021."
T12 = "The Foreign Office still advises against all travel to the country."

EN01 = {
    "id": "hm176-en-01", "lang": "en", "url": None, "published": "2025-09-19",
    "title": "Taliban free elderly British couple after Qatari mediation",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11, T12]),
    "events": [
        event("RETREAT", TALIBAN, PETER, T1, mode="release"),
        event("RETREAT", TALIBAN, BARBIE, T1, mode="release"),
        event("CONSULT", QATAR, TALIBAN, T3, mode="visit", location="Kabul", location_country="AFG"),
        event("COERCE", TALIBAN, PETER, T4, mode="arrest", location="Bamiyan", location_country="AFG"),
        event("COERCE", TALIBAN, BARBIE, T4, mode="arrest", location="Bamiyan", location_country="AFG"),
        event("ACCUSE", TALIBAN, PETER, T5, mode="allege", negated=True),
        event("ACCUSE", TALIBAN, BARBIE, T5, mode="allege", negated=True),
        event("SUPPORT", FALCONER, TALIBAN, T6),
        event("SUPPORT", FALCONER, QATAR, T6),
        event("ACCUSE", ENTWISTLE, TALIBAN, T7, mode="disapprove"),
        event("RETREAT", TALIBAN, PETER, T9, mode="release"),
        event("RETREAT", TALIBAN, BARBIE, T9, mode="release"),
        event("REQUEST", BALKHI, UK, T10, mode="assist"),
    ],
    "quotes": [
        quote("Qatar's envoy had held several rounds of talks with Taliban officials in Kabul",
              "diplomat briefed on the negotiations", "indirect"),
        quote("They were never charged with any offence", "Reynolds family", "indirect"),
        quote("tireless efforts", "Hamish Falconer", "direct"),
        quote("This is a moment of huge relief", "Sarah Entwistle", "direct"),
        quote("but they should never have been held", "Sarah Entwistle", "direct"),
        quote("her father's health had deteriorated sharply in a Kabul prison", "Sarah Entwistle", "indirect"),
        quote("the couple had been freed after a court reviewed their case", "Abdul Qahar Balkhi", "indirect"),
        quote("to reopen its embassy in Kabul and engage with the Taliban government", "Abdul Qahar Balkhi",
              "indirect"),
    ],
    "entities": [
        entity("Taliban", "ORG", "AFG", ["The Taliban", "Taliban officials", "Taliban security forces",
                                         "the Taliban government", "the Taliban administration"]),
        entity("Peter Reynolds", "PER", "GBR", ["Peter", "her father's"]),
        entity("Barbie Reynolds", "PER", "GBR", ["Barbie Reynolds"]),
        entity("Reynolds couple", "PER", "GBR", ["an elderly British couple", "The couple", "the Reynoldses", "they",
                                                 "They", "their", "the couple"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "the country"]),
        entity("Qatar", "GPE", "QAT", ["Qatar", "Qatar's envoy"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Bamiyan", "LOC", "AFG", ["Bamiyan province"]),
        entity("United Kingdom", "GPE", "GBR", ["Britain's", "London", "Britain"]),
        entity("Hamish Falconer", "PER", "GBR", ["Britain's minister for the Middle East, Hamish Falconer"]),
        entity("Sarah Entwistle", "PER", "GBR", ["their daughter Sarah Entwistle", "She"]),
        entity("Abdul Qahar Balkhi", "PER", "AFG", ["Taliban foreign ministry spokesman Abdul Qahar Balkhi", "He"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["The Foreign Office"]),
    ],
}

# ---------------------------------------------------------------- hm176-en-02
INDIA = actor("India", "IND", "GOV")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
DOVAL = actor("Ajit Doval", "IND", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")

I1 = ("President Donald Trump has ordered an additional 25 percent tariff on Indian goods as a penalty for New Delhi's "
      "purchases of Russian oil, raising duties on many Indian imports to 50 percent.")
I2 = "The order, signed on Wednesday, takes effect in three weeks."
I3 = ("India's foreign ministry called the move “unfair, unjustified and unreasonable” and said it would take “all "
      "actions necessary” to protect its interests.")
I4 = "India's oil imports are driven by market factors, the ministry said."
I5 = ("Prime Minister Narendra Modi said on Thursday that India would never compromise on the interests of its "
      "farmers, even if he had to pay “a heavy price”.")
I6 = "Washington has pressed New Delhi to open its dairy and farm sectors in talks on a trade deal."
I7 = "A US trade delegation due in New Delhi later this month will no longer travel, an Indian official said."
I8 = "Trump has also threatened further penalties on countries buying Russian energy."
I9 = ("Kremlin spokesman Dmitry Peskov said sovereign countries had the right to choose their trading partners and "
      "criticised what he called “threats” against India.")
I10 = ("India's national security adviser Ajit Doval met President Vladimir Putin in Moscow on Thursday, and the two "
       "sides agreed to expand cooperation in energy and defence.")
I11 = "Russian oil has made up more than a third of India's crude imports since 2022."
I12 = "Economists warned the tariffs could cut India's growth by up to half a percentage point."

EN02 = {
    "id": "hm176-en-02", "lang": "en", "url": None, "published": "2025-08-07",
    "title": "India vows to protect farmers after Trump doubles tariffs",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12]),
    "events": [
        event("SANCTION", TRUMP, INDIA, I1, mode="discontinue"),
        event("ACCUSE", IND_MEA, USA, I3, mode="disapprove"),
        event("THREATEN", IND_MEA, USA, I3),
        event("REJECT", MODI, USA, I5, mode="change", date="2025-08-07"),
        event("REQUEST", USA, INDIA, I6, mode="change"),
        event("SANCTION", USA, INDIA, I7, mode="discontinue"),
        event("THREATEN", TRUMP, None, I8),
        event("SUPPORT", PESKOV, INDIA, I9),
        event("ACCUSE", PESKOV, USA, I9, mode="disapprove"),
        event("CONSULT", DOVAL, PUTIN, I10, mode="visit", date="2025-08-07", location="Moscow",
              location_country="RUS"),
        event("AGREE", DOVAL, PUTIN, I10, date="2025-08-07", location="Moscow", location_country="RUS"),
    ],
    "quotes": [
        quote("unfair, unjustified and unreasonable", "Ministry of External Affairs of India", "direct"),
        quote("all actions necessary", "Ministry of External Affairs of India", "direct"),
        quote("it would take “all actions necessary” to protect its interests", "Ministry of External Affairs of India",
              "indirect"),
        quote("India's oil imports are driven by market factors", "Ministry of External Affairs of India", "indirect"),
        quote("that India would never compromise on the interests of its farmers, even if he had to pay “a heavy "
              "price”", "Narendra Modi", "indirect"),
        quote("a heavy price", "Narendra Modi", "direct"),
        quote("A US trade delegation due in New Delhi later this month will no longer travel",
              "Indian official", "indirect"),
        quote("sovereign countries had the right to choose their trading partners", "Dmitry Peskov", "indirect"),
        quote("threats", "Dmitry Peskov", "direct"),
        quote("the tariffs could cut India's growth by up to half a percentage point", "economists", "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("India", "GPE", "IND", ["Indian goods", "New Delhi's", "India", "India's", "New Delhi"]),
        entity("Russia", "GPE", "RUS", ["Russian oil", "Russian energy"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["India's foreign ministry", "the ministry",
                                                                       "it"]),
        entity("Narendra Modi", "PER", "IND", ["Prime Minister Narendra Modi", "he"]),
        entity("United States", "GPE", "USA", ["Washington", "A US trade delegation"]),
        entity("Indian official", "PER", "IND", ["an Indian official"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov", "he"]),
        entity("Ajit Doval", "PER", "IND", ["India's national security adviser Ajit Doval"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
