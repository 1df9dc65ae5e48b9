"""Round 193: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm193-de-01: Sri Lanka's NPP wins a two-thirds majority in the parliamentary election; Premadasa concedes, Modi and Beijing congratulate, ITAK alleges misuse of aid money, arrests on polling day, the IMF resumes talks (2024-11-15).
- hm193-de-02: Japan's LDP-Komeito coalition loses its lower-house majority; Noda demands Ishiba's resignation, Ishiba refuses, Akahata funding report, Tamaki rules out joining, Komeito leader Ishii resigns (2024-10-28).
- hm193-de-03: Myanmar's junta lifts the state of emergency ahead of the December election and imposes martial law in 63 townships; NUG, UN rapporteur Andrews, Beijing and the Arakan Army react, air strike in Mandalay region (2025-07-31).
- hm193-de-04: SCO summit in Tianjin: Xi proposes a development bank, the declaration condemns the strikes on Iran and the Pahalgam attack, Xi receives Modi, Putin blames NATO, Sharif presses India on the Indus treaty (2025-09-01).
- hm193-en-01: Taliban foreign minister Muttaqi in New Delhi; India to upgrade its Kabul mission to an embassy, row over excluded women journalists, Pakistan summons the Afghan envoy over the joint statement (2025-10-10).
- hm193-en-02: Australia and Papua New Guinea sign the Pukpuk mutual defence treaty in Canberra; PNG opposition objects, Beijing urges Canberra, Rubio welcomes it, Vanuatu holds back its own pact (2025-10-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm193-de-01 (Sri Lanka)
DISSANAYAKE = actor("Anura Kumara Dissanayake", "LKA", "GOV")
PREMADASA = actor("Sajith Premadasa", "LKA", "OPP")
MODI = actor("Narendra Modi", "IND", "GOV")
CHINA = actor("China", "CHN", "GOV")
LKA_GOV = actor("Government of Sri Lanka", "LKA", "GOV")
ITAK = actor("Ilankai Tamil Arasu Kachchi", "LKA", "PTY")
LKA_POLICE = actor("Sri Lanka Police", "LKA", "COP")
LKA_CIV = actor("Sri Lankan citizens", "LKA", "CVL")
IMF = actor("International Monetary Fund", "IGO", "IGO")
WICKREMESINGHE = actor("Ranil Wickremesinghe", "LKA", "OPP")

A1 = ("Colombo (dpa) - Das Bündnis von Sri Lankas Präsident Anura Kumara Dissanayake hat bei der Parlamentswahl "
      "eine Zweidrittelmehrheit errungen.")
A2 = "Die Nationale Volksmacht (NPP) komme auf 159 der 225 Sitze, teilte die Wahlkommission am Freitag mit."
A3 = "Erstmals gewann eine Partei aus dem Süden auch im überwiegend tamilischen Bezirk Jaffna."
A4 = ("„Dieses Mandat gehört nicht uns“, sagte Dissanayake vor Anhängern in Colombo, "
      "„sondern allen, die Veränderung wollen.“")
A5 = "Oppositionsführer Sajith Premadasa räumte seine Niederlage ein und gratulierte dem Präsidenten."
A6 = ("Indiens Premierminister Narendra Modi telefonierte mit Dissanayake und lud ihn zu einem baldigen Besuch "
      "nach Neu-Delhi ein.")
A7 = "Auch Peking beglückwünschte den Wahlsieger und sicherte Colombo weitere Unterstützung bei der Umschuldung zu."
A8 = ("Die tamilische Partei ITAK warf der Regierung dagegen vor, im Norden staatliche Hilfsgelder für den "
      "Wahlkampf missbraucht zu haben.")
A9 = "Ein Regierungssprecher wies das zurück."
A10 = ("Nach Angaben der Polizei wurden am Wahltag landesweit 31 Menschen wegen Verstößen gegen das Wahlgesetz "
       "festgenommen.")
A11 = ("Der Internationale Währungsfonds (IWF) kündigte an, seine Mission werde die Gespräche über die nächste "
       "Kredittranche kommende Woche fortsetzen.")
A12 = "Sri Lanka hatte sich 2022 in der schwersten Wirtschaftskrise seiner Geschichte für zahlungsunfähig erklärt."
A13 = ("Ex-Präsident Ranil Wickremesinghe, dessen Bündnis nur fünf Sitze errang, forderte die neue Regierung auf, "
       "an den Reformen des IWF-Programms festzuhalten.")

DE01 = {
    "id": "hm193-de-01", "lang": "de", "url": None, "published": "2024-11-15",
    "title": "Dissanayakes Bündnis erringt Zweidrittelmehrheit in Sri Lanka",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9], [A10, A11, A12, A13]),
    "events": [
        event("CONCEDE", PREMADASA, DISSANAYAKE, A5),
        event("SUPPORT", PREMADASA, DISSANAYAKE, A5),
        event("CONSULT", MODI, DISSANAYAKE, A6, mode="phone"),
        event("AGREE", MODI, DISSANAYAKE, A6),
        event("SUPPORT", CHINA, DISSANAYAKE, A7),
        event("AGREE", CHINA, LKA_GOV, A7),
        event("ACCUSE", ITAK, LKA_GOV, A8, mode="allege"),
        event("COERCE", LKA_POLICE, LKA_CIV, A10, mode="arrest", date="2024-11-14", location="Sri Lanka",
              location_country="LKA"),
        event("AGREE", IMF, LKA_GOV, A11),
        event("REQUEST", WICKREMESINGHE, LKA_GOV, A13, mode="change"),
    ],
    "quotes": [
        quote("Die Nationale Volksmacht (NPP) komme auf 159 der 225 Sitze", "Election Commission of Sri Lanka",
              "indirect"),
        quote("Dieses Mandat gehört nicht uns", "Anura Kumara Dissanayake", "direct"),
        quote("sondern allen, die Veränderung wollen", "Anura Kumara Dissanayake", "direct"),
        quote("im Norden staatliche Hilfsgelder für den Wahlkampf missbraucht zu haben", "Ilankai Tamil Arasu Kachchi",
              "indirect"),
        quote("wurden am Wahltag landesweit 31 Menschen wegen Verstößen gegen das Wahlgesetz festgenommen",
              "Sri Lanka Police", "indirect"),
        quote("seine Mission werde die Gespräche über die nächste Kredittranche kommende Woche fortsetzen",
              "International Monetary Fund", "indirect"),
        quote("an den Reformen des IWF-Programms festzuhalten", "Ranil Wickremesinghe", "indirect"),
    ],
    "entities": [
        entity("Anura Kumara Dissanayake", "PER", "LKA",
               ["Sri Lankas Präsident Anura Kumara Dissanayake", "Dissanayake", "dem Präsidenten", "den Wahlsieger",
                "ihn"]),
        entity("National People's Power", "ORG", "LKA", ["Das Bündnis", "Die Nationale Volksmacht (NPP)"]),
        entity("Sri Lanka", "GPE", "LKA", ["Sri Lankas", "Sri Lanka"]),
        entity("Election Commission of Sri Lanka", "ORG", "LKA", ["die Wahlkommission"]),
        entity("Jaffna", "LOC", "LKA", ["Bezirk Jaffna"]),
        entity("Colombo", "LOC", "LKA", ["Colombo"]),
        entity("Sajith Premadasa", "PER", "LKA", ["Oppositionsführer Sajith Premadasa"]),
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi"]),
        entity("India", "GPE", "IND", ["Indiens"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("Ilankai Tamil Arasu Kachchi", "ORG", "LKA", ["Die tamilische Partei ITAK"]),
        entity("Government of Sri Lanka", "ORG", "LKA", ["der Regierung", "die neue Regierung"]),
        entity("Sri Lankan government spokesman", "PER", "LKA", ["Ein Regierungssprecher"]),
        entity("Sri Lanka Police", "ORG", "LKA", ["der Polizei"]),
        entity("International Monetary Fund", "ORG", "IGO",
               ["Der Internationale Währungsfonds (IWF)", "seine Mission", "IWF-Programms"]),
        entity("Ranil Wickremesinghe", "PER", "LKA", ["Ex-Präsident Ranil Wickremesinghe"]),
    ],
}

# ---------------------------------------------------------------- hm193-de-02 (Japan)
NODA = actor("Yoshihiko Noda", "JPN", "OPP")
ISHIBA = actor("Shigeru Ishiba", "JPN", "GOV")
LDP = actor("Liberal Democratic Party", "JPN", "PTY")
LDP_MPS = actor("LDP lawmakers implicated in the funds scandal", "JPN", "LEG")
AKAHATA = actor("Shimbun Akahata", "JPN", "PTY")
SMALL_OPP = actor("Japanese smaller opposition parties", "JPN", "OPP")
TAMAKI = actor("Yuichiro Tamaki", "JPN", "OPP")
ISHII = actor("Keiichi Ishii", "JPN", "PTY")

B1 = ("Tokio (dpa) - Japans Regierungskoalition aus Liberaldemokratischer Partei (LDP) und Komeito hat bei der "
      "Unterhauswahl ihre Mehrheit verloren.")
B2 = "Beide Parteien kommen zusammen nur noch auf 215 der 465 Sitze, wie der Sender NHK am Montag meldete."
B3 = ("Der Chef der größten Oppositionspartei CDP, Yoshihiko Noda, forderte Ministerpräsident Shigeru Ishiba "
      "zum Rücktritt auf.")
B4 = "Ishiba lehnte einen Rücktritt ab und kündigte an, im Amt zu bleiben."
B5 = "„Das Land braucht jetzt Stabilität“, sagte er vor Journalisten in Tokio."
B6 = "Die LDP war wegen einer Spendenaffäre unter Druck geraten, in die Dutzende ihrer Abgeordneten verwickelt sind."
B7 = "Ishiba hatte mehreren beschuldigten Politikern vor der Wahl die offizielle Unterstützung der Partei entzogen."
B8 = ("Die kommunistische Parteizeitung Akahata berichtete jedoch, die Parteizentrale habe deren Ortsverbänden "
      "dennoch Millionen Yen überwiesen.")
B9 = "Noda warf der LDP-Führung daraufhin Betrug an den Wählern vor."
B10 = "Ishiba bot den kleineren Oppositionsparteien Gespräche über eine Zusammenarbeit in Sachfragen an."
B11 = ("Der Vorsitzende der Demokratischen Volkspartei (DPFP), Yuichiro Tamaki, schloss einen Eintritt in die "
       "Koalition aus, zeigte sich aber zu Gesprächen über Steuersenkungen bereit.")
B12 = "Komeito-Chef Keiichi Ishii, der seinen eigenen Wahlkreis verlor, erklärte am Montag seinen Rücktritt."
B13 = "Das neue Parlament muss binnen 30 Tagen zusammentreten und einen Regierungschef wählen."

DE02 = {
    "id": "hm193-de-02", "lang": "de", "url": None, "published": "2024-10-28",
    "title": "Japans Regierungskoalition verliert Mehrheit im Unterhaus",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8, B9], [B10, B11, B12, B13]),
    "events": [
        event("REQUEST", NODA, ISHIBA, B3, mode="change"),
        event("REJECT", ISHIBA, NODA, B4, mode="change"),
        event("SANCTION", ISHIBA, LDP_MPS, B7, mode="withdraw"),
        event("ACCUSE", AKAHATA, LDP, B8, mode="allege"),
        event("ACCUSE", NODA, LDP, B9, mode="allege"),
        event("AGREE", ISHIBA, SMALL_OPP, B10),
        event("REJECT", TAMAKI, ISHIBA, B11, mode="change"),
        event("AGREE", TAMAKI, ISHIBA, B11),
        event("RETREAT", ISHII, None, B12, mode="resign", date="2024-10-28"),
    ],
    "quotes": [
        quote("Beide Parteien kommen zusammen nur noch auf 215 der 465 Sitze", "NHK", "indirect"),
        quote("im Amt zu bleiben", "Shigeru Ishiba", "indirect"),
        quote("Das Land braucht jetzt Stabilität", "Shigeru Ishiba", "direct"),
        quote("die Parteizentrale habe deren Ortsverbänden dennoch Millionen Yen überwiesen", "Shimbun Akahata",
              "indirect"),
    ],
    "entities": [
        entity("Japan", "GPE", "JPN", ["Japans"]),
        entity("Liberal Democratic Party", "ORG", "JPN",
               ["Liberaldemokratischer Partei (LDP)", "Die LDP", "der Partei", "die Parteizentrale", "LDP-Führung"]),
        entity("Komeito", "ORG", "JPN", ["Komeito"]),
        entity("NHK", "ORG", "JPN", ["der Sender NHK"]),
        entity("Constitutional Democratic Party of Japan", "ORG", "JPN", ["der größten Oppositionspartei CDP"]),
        entity("Yoshihiko Noda", "PER", "JPN", ["Yoshihiko Noda", "Noda"]),
        entity("Shigeru Ishiba", "PER", "JPN", ["Ministerpräsident Shigeru Ishiba", "Ishiba", "er"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Shimbun Akahata", "ORG", "JPN", ["Die kommunistische Parteizeitung Akahata"]),
        entity("Democratic Party for the People", "ORG", "JPN", ["der Demokratischen Volkspartei (DPFP)"]),
        entity("Yuichiro Tamaki", "PER", "JPN", ["Yuichiro Tamaki"]),
        entity("Keiichi Ishii", "PER", "JPN", ["Komeito-Chef Keiichi Ishii"]),
        entity("National Diet of Japan", "ORG", "JPN", ["Das neue Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm193-de-03 (Myanmar)
JUNTA = actor("Myanmar military junta", "MMR", "MIL")
NUG = actor("National Unity Government", "MMR", "OPP")
ANDREWS = actor("Tom Andrews", "UNO", "IGO")
ASEAN = actor("ASEAN", "IGO", "IGO")
MM_AIRFORCE = actor("Myanmar Air Force", "MMR", "MIL")
MM_CIV = actor("Myanmar civilians", "MMR", "CVL")
CHN_MOFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
AA = actor("Arakan Army", "MMR", "REB")

C1 = ("Naypyidaw (dpa) - Myanmars Militärjunta hat gut vier Jahre nach ihrem Putsch den landesweiten "
      "Ausnahmezustand aufgehoben.")
C2 = ("Der regierende Militärrat werde aufgelöst, die Macht gehe an eine neue Kommission unter Juntachef "
      "Min Aung Hlaing über, teilte Sprecher Zaw Min Tun am Donnerstag mit.")
C3 = "Zugleich verhängte die Junta in 63 umkämpften Gemeinden das Kriegsrecht."
C4 = "Die für Dezember geplante Wahl solle den Weg zurück zur Demokratie ebnen, hieß es."
C5 = ("Die Gegenregierung der Nationalen Einheit (NUG) sprach von einer „Farce“, mit der sich das Militär einen "
      "zivilen Anstrich geben wolle.")
C6 = ("Erst am Dienstag hatte die Junta ein Gesetz erlassen, das jede Störung der Wahl mit bis zu zehn Jahren "
      "Haft bestraft.")
C7 = ("UN-Sonderberichterstatter Tom Andrews forderte die Mitglieder des Staatenbunds Asean auf, das Ergebnis "
      "der Abstimmung nicht anzuerkennen.")
C8 = ("Die Luftwaffe bombardierte am Mittwoch ein Dorf in der Region Mandalay, nach Angaben von Anwohnern wurden "
      "dabei mindestens zwölf Menschen getötet.")
C9 = ("Chinas Außenministerium begrüßte die Aufhebung des Ausnahmezustands und sicherte Naypyidaw Unterstützung "
      "bei der Vorbereitung der Wahl zu.")
C10 = ("Die Arakan-Armee, die weite Teile des Bundesstaats Rakhine kontrolliert, drohte, Wahlhelfer der Junta in "
       "ihrem Gebiet festzunehmen.")
C11 = "Ob der Staatenbund Wahlbeobachter entsendet, ist noch offen."
C12 = "Nach UN-Angaben wurden seit dem Putsch mehr als 3,5 Millionen Menschen im Land vertrieben."

DE03 = {
    "id": "hm193-de-03", "lang": "de", "url": None, "published": "2025-07-31",
    "title": "Myanmars Junta hebt Ausnahmezustand auf und verhängt Kriegsrecht",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11, C12]),
    "events": [
        event("RETREAT", JUNTA, None, C1, location="Myanmar", location_country="MMR"),
        event("COERCE", JUNTA, None, C3, mode="curfew", location="Myanmar", location_country="MMR"),
        event("ACCUSE", NUG, JUNTA, C5, mode="disapprove"),
        event("COERCE", JUNTA, None, C6, mode="restrict", date="2025-07-29"),
        event("REQUEST", ANDREWS, ASEAN, C7, mode="change"),
        event("ASSAULT", MM_AIRFORCE, MM_CIV, C8, mode="aerial", date="2025-07-30", location="Mandalay Region",
              location_country="MMR"),
        event("SUPPORT", CHN_MOFA, JUNTA, C9),
        event("AGREE", CHN_MOFA, JUNTA, C9),
        event("THREATEN", AA, JUNTA, C10, mode="arrest"),
    ],
    "quotes": [
        quote("Der regierende Militärrat werde aufgelöst, die Macht gehe an eine neue Kommission unter Juntachef "
              "Min Aung Hlaing über", "Zaw Min Tun", "indirect"),
        quote("Die für Dezember geplante Wahl solle den Weg zurück zur Demokratie ebnen", "Myanmar military junta",
              "indirect"),
        quote("Farce", "National Unity Government", "direct"),
        quote("mit der sich das Militär einen zivilen Anstrich geben wolle", "National Unity Government", "indirect"),
        quote("das Ergebnis der Abstimmung nicht anzuerkennen", "Tom Andrews", "indirect"),
        quote("wurden dabei mindestens zwölf Menschen getötet", "Residents of the bombed village", "indirect"),
        quote("Wahlhelfer der Junta in ihrem Gebiet festzunehmen", "Arakan Army", "indirect"),
        quote("wurden seit dem Putsch mehr als 3,5 Millionen Menschen im Land vertrieben", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Naypyidaw", "LOC", "MMR", ["Naypyidaw"]),
        entity("Myanmar", "GPE", "MMR", ["Myanmars", "im Land"]),
        entity("Myanmar military junta", "ORG", "MMR",
               ["Myanmars Militärjunta", "Der regierende Militärrat", "die Junta", "das Militär", "der Junta"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Juntachef Min Aung Hlaing"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Sprecher Zaw Min Tun"]),
        entity("National Unity Government", "ORG", "MMR", ["Die Gegenregierung der Nationalen Einheit (NUG)"]),
        entity("Tom Andrews", "PER", "UNO", ["UN-Sonderberichterstatter Tom Andrews"]),
        entity("ASEAN", "ORG", "IGO", ["des Staatenbunds Asean", "der Staatenbund"]),
        entity("Myanmar Air Force", "ORG", "MMR", ["Die Luftwaffe"]),
        entity("Mandalay Region", "LOC", "MMR", ["Region Mandalay"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinas Außenministerium"]),
        entity("Arakan Army", "ORG", "MMR", ["Die Arakan-Armee"]),
        entity("Rakhine State", "LOC", "MMR", ["Bundesstaats Rakhine"]),
        entity("United Nations", "ORG", "UNO", ["UN-Angaben"]),
    ],
}

# ---------------------------------------------------------------- hm193-de-04 (SCO Tianjin)
XI = actor("Xi Jinping", "CHN", "GOV")
SCO = actor("Shanghai Cooperation Organisation", "IGO", "IGO")
USA = actor("United States", "USA", "GOV")
ISR = actor("Israel", "ISR", "GOV")
INDIA = actor("India", "IND", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
NATO = actor("NATO", "IGO", "IGO")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
IND_DIPLOMAT = actor("Indian diplomat", "IND", "GOV")

D1 = ("Tianjin (dpa) - Chinas Staatschef Xi Jinping hat beim Gipfel der Shanghaier Organisation für "
      "Zusammenarbeit (SCO) die Gründung einer gemeinsamen Entwicklungsbank vorgeschlagen.")
D2 = "Ohne die USA beim Namen zu nennen, warf er einzelnen Staaten »Mobbing« und eine »Mentalität des Kalten Krieges« vor."
D3 = ("In ihrer Abschlusserklärung verurteilten die Mitgliedstaaten die israelischen und amerikanischen "
      "Luftangriffe auf Iran vom Juni.")
D4 = "Verurteilt wurde auch der Anschlag auf Touristen im indischen Pahalgam, für den Neu-Delhi Pakistan verantwortlich macht."
D5 = "Islamabad bestreitet jede Beteiligung."
D6 = ("Am Rande des Gipfels empfing Xi den indischen Premierminister Narendra Modi, der erstmals seit sieben "
      "Jahren nach China reiste.")
D7 = "Beide Länder seien »Partner und keine Rivalen«, sagte Xi nach Angaben des Staatsfernsehens."
D8 = "Modi und Xi vereinbarten, die seit 2020 unterbrochenen Direktflüge wieder aufzunehmen."
D9 = ("Russlands Präsident Wladimir Putin machte in seiner Rede erneut die Osterweiterung der Nato für den Krieg "
      "in der Ukraine verantwortlich.")
D10 = "Anschließend fuhren Putin und Modi gemeinsam in Putins Limousine zu einem Gespräch unter vier Augen."
D11 = ("Pakistans Premierminister Shehbaz Sharif forderte Indien auf, den im April ausgesetzten "
       "Indus-Wasservertrag wieder einzuhalten.")
D12 = "Ein indischer Diplomat wies die Forderung zurück."
D13 = "Am Mittwoch will Xi in Peking mit einer Militärparade an das Ende des Zweiten Weltkriegs vor 80 Jahren erinnern."

DE04 = {
    "id": "hm193-de-04", "lang": "de", "url": None, "published": "2025-09-01",
    "title": "SCO-Gipfel in Tianjin: Xi wirbt für eigene Entwicklungsbank",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9], [D10, D11, D12, D13]),
    "events": [
        event("AGREE", XI, SCO, D1, location="Tianjin", location_country="CHN"),
        event("ACCUSE", XI, USA, D2, mode="disapprove"),
        event("ACCUSE", SCO, ISR, D3, mode="disapprove"),
        event("ACCUSE", SCO, USA, D3, mode="disapprove"),
        event("ACCUSE", SCO, None, D4, mode="disapprove"),
        event("ACCUSE", INDIA, PAKISTAN, D4, mode="allege"),
        event("CONSULT", MODI, XI, D6, mode="visit", location="Tianjin", location_country="CHN"),
        event("SUPPORT", XI, INDIA, D7),
        event("AGREE", MODI, XI, D8),
        event("ACCUSE", PUTIN, NATO, D9, mode="allege"),
        event("CONSULT", PUTIN, MODI, D10, location="Tianjin", location_country="CHN"),
        event("REQUEST", SHARIF, INDIA, D11, mode="change"),
        event("REJECT", IND_DIPLOMAT, SHARIF, D12, mode="change"),
    ],
    "quotes": [
        quote("Mobbing", "Xi Jinping", "direct"),
        quote("Mentalität des Kalten Krieges", "Xi Jinping", "direct"),
        quote("Partner und keine Rivalen", "Xi Jinping", "direct"),
        quote("Beide Länder seien »Partner und keine Rivalen«", "Xi Jinping", "indirect"),
        quote("den im April ausgesetzten Indus-Wasservertrag wieder einzuhalten", "Shehbaz Sharif", "indirect"),
    ],
    "entities": [
        entity("Tianjin", "LOC", "CHN", ["Tianjin"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staatschef Xi Jinping", "Xi", "er"]),
        entity("China", "GPE", "CHN", ["Chinas", "China"]),
        entity("Shanghai Cooperation Organisation", "ORG", "IGO",
               ["der Shanghaier Organisation für Zusammenarbeit (SCO)", "die Mitgliedstaaten", "des Gipfels"]),
        entity("United States", "GPE", "USA", ["die USA", "amerikanischen"]),
        entity("Israel", "GPE", "ISR", ["israelischen"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("Pahalgam", "LOC", "IND", ["Pahalgam"]),
        entity("India", "GPE", "IND", ["Neu-Delhi", "Indien", "indischen"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad", "Pakistans"]),
        entity("Narendra Modi", "PER", "IND", ["den indischen Premierminister Narendra Modi", "Modi"]),
        entity("Chinese state television", "ORG", "CHN", ["des Staatsfernsehens"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russlands Präsident Wladimir Putin", "Putin", "Putins"]),
        entity("Russia", "GPE", "RUS", ["Russlands"]),
        entity("NATO", "ORG", "IGO", ["der Nato"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Pakistans Premierminister Shehbaz Sharif"]),
        entity("Indus Waters Treaty", "ORG", None, ["Indus-Wasservertrag"]),
        entity("Indian diplomat", "PER", "IND", ["Ein indischer Diplomat"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
    ],
}

# ---------------------------------------------------------------- hm193-en-01 (Muttaqi in New Delhi)
JAISHANKAR = actor("Subrahmanyam Jaishankar", "IND", "GOV")
MUTTAQI = actor("Amir Khan Muttaqi", "AFG", "GOV")
TALIBAN_GOV = actor("Taliban government", "AFG", "GOV")
AFGHANISTAN = actor("Afghanistan", "AFG", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
IND_JOURNALISTS = actor("Indian women journalists", "IND", "CVL")
RAHUL = actor("Rahul Gandhi", "IND", "OPP")
PAK_MOFA = actor("Ministry of Foreign Affairs of Pakistan", "PAK", "GOV")
PAK_SPOKESMAN = actor("Spokesman of Pakistan's Foreign Ministry", "PAK", "GOV")

E1 = ("NEW DELHI (AP) — India will upgrade its mission in Kabul to a full embassy, Foreign Minister S. Jaishankar "
      "said Friday after talks with his Taliban counterpart, Amir Khan Muttaqi.")
E2 = ("Muttaqi, the most senior Taliban official to visit India since 2021, was granted a U.N. travel ban "
      "exemption for the trip.")
E3 = ("“India is committed to the sovereignty, territorial integrity and independence of Afghanistan,” "
      "Jaishankar told his guest.")
E4 = "Muttaqi promised that Afghan soil would not be used against other countries."
E5 = ("The visit was overshadowed by a row after women journalists were kept out of a news conference Muttaqi "
      "held at the Afghan embassy.")
E6 = ("Opposition leader Rahul Gandhi accused Prime Minister Narendra Modi of letting women be “humiliated” "
      "in their own country.")
E7 = "India’s foreign ministry said it had no role in the event."
E8 = "Muttaqi called the exclusion a technical issue and invited women reporters to a second briefing on Sunday."
E9 = ("In Islamabad, the foreign ministry summoned the Afghan envoy over the joint statement, which referred to "
      "Jammu and Kashmir as part of India.")
E10 = ("A ministry spokesman accused New Delhi and Kabul of disregarding “U.N. Security Council resolutions” "
       "on the disputed region.")
E11 = ("Ties between Pakistan and the Taliban are already strained after explosions in Kabul on Thursday that "
       "the Taliban blamed on Islamabad.")
E12 = "India has not recognized the Taliban government."

EN01 = {
    "id": "hm193-en-01", "lang": "en", "url": None, "published": "2025-10-10",
    "title": "India to reopen embassy in Kabul as Taliban foreign minister visits New Delhi",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("CONSULT", MUTTAQI, JAISHANKAR, E1, mode="visit", date="2025-10-10", location="New Delhi",
              location_country="IND"),
        event("AGREE", JAISHANKAR, TALIBAN_GOV, E1),
        event("CONSULT", MUTTAQI, INDIA, E2, mode="visit", location="New Delhi", location_country="IND"),
        event("RETREAT", UNSC, MUTTAQI, E2),
        event("SUPPORT", JAISHANKAR, AFGHANISTAN, E3),
        event("AGREE", MUTTAQI, INDIA, E4),
        event("COERCE", MUTTAQI, IND_JOURNALISTS, E5, mode="restrict", location="New Delhi",
              location_country="IND"),
        event("ACCUSE", RAHUL, MODI, E6, mode="disapprove"),
        event("AGREE", MUTTAQI, IND_JOURNALISTS, E8),
        event("ACCUSE", PAK_MOFA, TALIBAN_GOV, E9, mode="disapprove", location="Islamabad", location_country="PAK"),
        event("ACCUSE", PAK_SPOKESMAN, INDIA, E10, mode="allege"),
        event("ACCUSE", PAK_SPOKESMAN, TALIBAN_GOV, E10, mode="allege"),
        event("ACCUSE", TALIBAN_GOV, PAKISTAN, E11, mode="allege"),
        event("SUPPORT", INDIA, TALIBAN_GOV, E12, negated=True),
    ],
    "quotes": [
        quote("India will upgrade its mission in Kabul to a full embassy", "Subrahmanyam Jaishankar", "indirect"),
        quote("India is committed to the sovereignty, territorial integrity and independence of Afghanistan",
              "Subrahmanyam Jaishankar", "direct"),
        quote("Afghan soil would not be used against other countries", "Amir Khan Muttaqi", "indirect"),
        quote("humiliated", "Rahul Gandhi", "direct"),
        quote("letting women be “humiliated” in their own country", "Rahul Gandhi", "indirect"),
        quote("it had no role in the event", "Ministry of External Affairs of India", "indirect"),
        quote("U.N. Security Council resolutions", "Spokesman of Pakistan's Foreign Ministry", "direct"),
        quote("disregarding “U.N. Security Council resolutions” on the disputed region",
              "Spokesman of Pakistan's Foreign Ministry", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["NEW DELHI", "New Delhi"]),
        entity("India", "GPE", "IND", ["India", "India’s"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Subrahmanyam Jaishankar", "PER", "IND", ["Foreign Minister S. Jaishankar", "Jaishankar"]),
        entity("Taliban", "ORG", "AFG", ["Taliban", "the Taliban", "the Taliban government"]),
        entity("Amir Khan Muttaqi", "PER", "AFG",
               ["his Taliban counterpart, Amir Khan Muttaqi", "Muttaqi", "his guest"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "Afghan"]),
        entity("Rahul Gandhi", "PER", "IND", ["Opposition leader Rahul Gandhi"]),
        entity("Narendra Modi", "PER", "IND", ["Prime Minister Narendra Modi"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["India’s foreign ministry"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Ministry of Foreign Affairs of Pakistan", "ORG", "PAK", ["the foreign ministry"]),
        entity("Afghan envoy to Pakistan", "PER", "AFG", ["the Afghan envoy"]),
        entity("Spokesman of Pakistan's Foreign Ministry", "PER", "PAK", ["A ministry spokesman"]),
        entity("Jammu and Kashmir", "LOC", "IND", ["Jammu and Kashmir"]),
        entity("UN Security Council", "ORG", "UNO", ["U.N. Security Council"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
    ],
}

# ---------------------------------------------------------------- hm193-en-02 (Pukpuk treaty)
AUS = actor("Australia", "AUS", "GOV")
PNG = actor("Papua New Guinea", "PNG", "GOV")
MARAPE = actor("James Marape", "PNG", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
PNG_OPP = actor("Papua New Guinea opposition lawmakers", "PNG", "OPP")
RUBIO = actor("Marco Rubio", "USA", "GOV")
VANUATU = actor("Government of Vanuatu", "VUT", "GOV")

F1 = ("CANBERRA, Australia (AP) — Australia and Papua New Guinea signed a mutual defense treaty on Monday, "
      "committing each nation to help the other if it comes under attack.")
F2 = ("Prime Minister James Marape flew to Canberra to sign the so-called Pukpuk treaty with his Australian "
      "counterpart, Anthony Albanese, at Parliament House.")
F3 = "A ceremony planned for last month in Port Moresby was called off after Marape’s cabinet failed to reach a quorum."
F4 = "“This is a treaty between family,” Albanese said, “and family stands together.”"
F5 = ("Opposition lawmakers in Port Moresby accused Marape of surrendering the country’s sovereignty without a "
      "debate in parliament.")
F6 = "Marape rejected their calls for a parliamentary vote before ratification."
F7 = "“It protects our sovereignty, it does not sell it,” he said."
F8 = ("China’s foreign ministry said Pacific island nations should not be “forced to choose sides” and urged "
      "Canberra to respect Papua New Guinea’s independence.")
F9 = "Albanese also pledged 60 million Australian dollars ($39 million) to upgrade police barracks in Port Moresby."
F10 = ("U.S. Secretary of State Marco Rubio welcomed the treaty, calling Australia and Papua New Guinea "
       "“steadfast partners.”")
F11 = ("Vanuatu’s government last month declined to sign a similar agreement with Australia, citing concerns "
       "about funding from other partners.")
F12 = "China’s influence in the South Pacific has grown rapidly over the past decade."

EN02 = {
    "id": "hm193-en-02", "lang": "en", "url": None, "published": "2025-10-06",
    "title": "Australia and Papua New Guinea sign mutual defense treaty",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("SUPPORT", AUS, PNG, F1, date="2025-10-06", location="Canberra", location_country="AUS"),
        event("CONSULT", MARAPE, ALBANESE, F2, mode="visit", date="2025-10-06", location="Canberra",
              location_country="AUS"),
        event("SUPPORT", MARAPE, ALBANESE, F2, date="2025-10-06", location="Canberra", location_country="AUS"),
        event("ACCUSE", PNG_OPP, MARAPE, F5, mode="disapprove"),
        event("REJECT", MARAPE, PNG_OPP, F6, mode="change"),
        event("REQUEST", CHN_MOFA, AUS, F8, mode="change"),
        event("AGREE", ALBANESE, PNG, F9),
        event("SUPPORT", RUBIO, AUS, F10),
        event("SUPPORT", RUBIO, PNG, F10),
        event("REJECT", VANUATU, AUS, F11),
    ],
    "quotes": [
        quote("This is a treaty between family", "Anthony Albanese", "direct"),
        quote("and family stands together", "Anthony Albanese", "direct"),
        quote("surrendering the country’s sovereignty without a debate in parliament",
              "Papua New Guinea opposition lawmakers", "indirect"),
        quote("It protects our sovereignty, it does not sell it", "James Marape", "direct"),
        quote("forced to choose sides", "Ministry of Foreign Affairs of China", "direct"),
        quote("Pacific island nations should not be “forced to choose sides”", "Ministry of Foreign Affairs of China",
              "indirect"),
        quote("to respect Papua New Guinea’s independence", "Ministry of Foreign Affairs of China", "indirect"),
        quote("steadfast partners", "Marco Rubio", "direct"),
    ],
    "entities": [
        entity("Canberra", "LOC", "AUS", ["CANBERRA", "Canberra"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Australian"]),
        entity("Papua New Guinea", "GPE", "PNG", ["Papua New Guinea", "the country’s", "Papua New Guinea’s"]),
        entity("James Marape", "PER", "PNG", ["Prime Minister James Marape", "Marape", "Marape’s", "he"]),
        entity("Anthony Albanese", "PER", "AUS", ["his Australian counterpart, Anthony Albanese", "Albanese"]),
        entity("Parliament House", "LOC", "AUS", ["Parliament House"]),
        entity("Port Moresby", "LOC", "PNG", ["Port Moresby"]),
        entity("Cabinet of Papua New Guinea", "ORG", "PNG", ["Marape’s cabinet"]),
        entity("Papua New Guinea opposition lawmakers", "ORG", "PNG", ["Opposition lawmakers in Port Moresby",
                                                                          "their"]),
        entity("National Parliament of Papua New Guinea", "ORG", "PNG", ["parliament"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China’s foreign ministry"]),
        entity("China", "GPE", "CHN", ["China’s"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio"]),
        entity("Government of Vanuatu", "ORG", "VUT", ["Vanuatu’s government"]),
        entity("South Pacific", "LOC", None, ["the South Pacific"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
