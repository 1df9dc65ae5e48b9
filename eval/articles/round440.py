"""Round 440: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025 in Europe, invented wording and details):
- hm440-de-01: Iceland: Reykjavík suspends its embassy in Moscow from August and asks Russia to scale down its Reykjavík mission; Gylfadóttir keeps relations, ambassador Noskov summoned, the Russian embassy and Zakharova object and threaten, EU sanctions recalled (2023-06-09).
- hm440-de-02: Bulgaria: Vazrazhdane anti-euro marchers hurl paint and fireworks at the European Commission representation in Sofia and set its door alight; police injured, ten detained and seven freed, prosecutors investigate, Zhelyazkov and Brussels condemn, Kostadinov denies blame and demands a referendum (2025-02-23).
- hm440-de-03: Albania: the Special Court in Tirana puts ex-prime minister Sali Berisha under house arrest for breaching court conditions; SPAK's Partizani land charges and Malltezi inquiry, Berisha denies and accuses Rama, supporters rally without arrests, DP obstruction in parliament, the 2021 US entry ban recalled (2023-12-30).
- hm440-de-04: Croatia: the Sabor votes to bring back compulsory military service; Anušić defends it, peace activists protest, Možemo accuses the Plenković government, Vučić accuses Zagreb and threatens to strengthen Serbia's army, Zagreb rejects it, the Croatia-Albania-Kosovo defence deal recalled (2025-10-24).
- hm440-en-01: Finland: Helsinki expels nine Russian embassy staff as intelligence officers; the ministry cites the Vienna Convention, Ambassador Kuznetsov summoned, Supo's warnings, the embassy denies, Zakharova and Peskov object and threaten, the 2022 Gazprom gas cut recalled (2023-06-15).
- hm440-en-02: United Kingdom/Israel: Britain suspends 30 arms export licences to Israel over a "clear risk" of IHL violations but spares F-35 parts; Gallant, Katz and Netanyahu object, Amnesty and the Conservatives criticise, protest outside Parliament, Lammy's August trip with Séjourné (2024-09-02).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm440-de-01 (Iceland, Moscow embassy suspended)
ISL_GOV = actor("Government of Iceland", "ISL", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
ISL_MFA = actor("Ministry for Foreign Affairs of Iceland", "ISL", "GOV")
RUS_EMB_ISL = actor("Embassy of Russia in Iceland", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")

I1 = ("Reykjavík (dpa) - Island setzt wegen des russischen Angriffskriegs gegen die Ukraine den Betrieb seiner "
      "Botschaft in Moskau aus.")
I2 = "Die Vertretung werde vom 1. August an geschlossen, teilte das Außenministerium in Reykjavík am Freitag mit."
I3 = ("Zugleich forderte die Regierung Moskau auf, die Tätigkeit der russischen Botschaft in Reykjavík deutlich "
      "einzuschränken.")
I4 = ("Außenministerin Þórdís Kolbrún Reykfjörð Gylfadóttir sagte, der Betrieb einer Botschaft in Moskau sei unter "
      "den gegenwärtigen Umständen nicht mehr vertretbar.")
I5 = "Die Beziehungen beider Länder befänden sich auf einem historischen Tiefpunkt."
I6 = "„Unsere Entscheidung richtet sich nicht gegen das russische Volk“, betonte die Ministerin."
I7 = "Die diplomatischen Beziehungen zu Russland breche Island aber nicht ab, fügte sie hinzu."
I8 = ("Der russische Botschafter Michail Noskow wurde am Freitag ins Außenministerium einbestellt, wo ihm die "
      "Entscheidung übermittelt wurde.")
I9 = "Die russische Botschaft in Reykjavík nannte den Schritt „destruktiv“."
I10 = ("Er zerstöre die Zusammenarbeit in allen Bereichen, auch in der Arktis, hieß es in einer Mitteilung der "
       "Vertretung.")
I11 = "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, kündigte in Moskau Gegenmaßnahmen an."
I12 = "Reykjavík werde die Folgen dieser unfreundlichen Entscheidung zu spüren bekommen, sagte sie."
I13 = ("Island hatte sich nach Beginn der russischen Invasion im Februar 2022 den Sanktionen der Europäischen Union "
       "gegen Moskau angeschlossen, obwohl das Land kein EU-Mitglied ist.")
I14 = "Die Insel im Nordatlantik ist Gründungsmitglied der Nato, unterhält aber keine eigenen Streitkräfte."
I15 = "Island und die damalige Sowjetunion hatten 1943 diplomatische Beziehungen aufgenommen."
I16 = ("Die Interessen isländischer Bürger in Russland soll künftig die Botschaft in Helsinki mit "
       "wahrnehmen.")

DE01 = {
    "id": "hm440-de-01", "lang": "de", "url": None, "published": "2023-06-09",
    "title": "Island setzt Betrieb seiner Botschaft in Moskau aus",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6, I7], [I8, I9, I10, I11, I12], [I13, I14, I15, I16]),
    "events": [
        event("SANCTION", ISL_GOV, RUS_GOV, I1, mode="discontinue"),
        event("SANCTION", ISL_MFA, RUS_GOV, I2, mode="discontinue", date="2023-06-09"),
        event("REQUEST", ISL_GOV, RUS_GOV, I3, mode="yield"),
        event("SANCTION", ISL_GOV, RUS_GOV, I7, mode="discontinue", negated=True),
        event("ACCUSE", ISL_MFA, RUS_GOV, I8, mode="disapprove", date="2023-06-09", location="Reykjavík",
              location_country="ISL"),
        event("ACCUSE", RUS_EMB_ISL, ISL_GOV, I9, mode="disapprove", location="Reykjavík", location_country="ISL"),
        event("THREATEN", ZAKHAROVA, ISL_GOV, I11, location="Moscow", location_country="RUS"),
        event("THREATEN", ZAKHAROVA, ISL_GOV, I12),
        event("SANCTION", ISL_GOV, RUS_GOV, I13),
    ],
    "quotes": [
        quote("Die Vertretung werde vom 1. August an geschlossen", "Ministry for Foreign Affairs of Iceland",
              "indirect"),
        quote("der Betrieb einer Botschaft in Moskau sei unter den gegenwärtigen Umständen nicht mehr vertretbar",
              "Þórdís Kolbrún Reykfjörð Gylfadóttir", "indirect"),
        quote("Die Beziehungen beider Länder befänden sich auf einem historischen Tiefpunkt",
              "Þórdís Kolbrún Reykfjörð Gylfadóttir", "indirect"),
        quote("Unsere Entscheidung richtet sich nicht gegen das russische Volk",
              "Þórdís Kolbrún Reykfjörð Gylfadóttir", "direct"),
        quote("Die diplomatischen Beziehungen zu Russland breche Island aber nicht ab",
              "Þórdís Kolbrún Reykfjörð Gylfadóttir", "indirect"),
        quote("destruktiv", "Embassy of Russia in Iceland", "direct"),
        quote("Er zerstöre die Zusammenarbeit in allen Bereichen, auch in der Arktis", "Embassy of Russia in Iceland",
              "indirect"),
        quote("Reykjavík werde die Folgen dieser unfreundlichen Entscheidung zu spüren bekommen", "Maria Zakharova",
              "indirect"),
    ],
    "entities": [
        entity("Reykjavík", "LOC", "ISL", ["Reykjavík"]),
        entity("Iceland", "LOC", "ISL", ["Island", "das Land", "Die Insel im Nordatlantik"]),
        entity("Government of Iceland", "ORG", "ISL", ["Island", "die Regierung", "Reykjavík"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Embassy of Iceland in Moscow", "ORG", "ISL", ["seiner Botschaft in Moskau", "Die Vertretung",
                                                             "einer Botschaft in Moskau"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Ministry for Foreign Affairs of Iceland", "ORG", "ISL", ["das Außenministerium in Reykjavík",
                                                                        "ins Außenministerium"]),
        entity("Embassy of Russia in Iceland", "ORG", "RUS", ["der russischen Botschaft in Reykjavík",
                                                             "Die russische Botschaft in Reykjavík",
                                                             "der Vertretung"]),
        entity("Þórdís Kolbrún Reykfjörð Gylfadóttir", "PER", "ISL",
               ["Außenministerin Þórdís Kolbrún Reykfjörð Gylfadóttir", "die Ministerin", "sie"]),
        entity("Mikhail Noskov", "PER", "RUS", ["Der russische Botschafter Michail Noskow", "ihm"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa",
                                                 "sie"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union"]),
        entity("NATO", "ORG", "IGO", ["der Nato"]),
        entity("Soviet Union", "LOC", "SUN", ["die damalige Sowjetunion"]),
        entity("Embassy of Iceland in Helsinki", "ORG", "ISL", ["die Botschaft in Helsinki"]),
        entity("Helsinki", "LOC", "FIN", ["Helsinki"]),
    ],
}

# ---------------------------------------------------------------- hm440-de-02 (Bulgaria, anti-euro riot in Sofia)
BG_PROTESTERS = actor("anti-euro protesters in Sofia", "BGR", "CVL")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
BGR_GOV = actor("Government of Bulgaria", "BGR", "GOV")
BGR_POLICE = actor("Bulgarian police", "BGR", "COP")
BGR_PROSECUTORS = actor("Prosecutor's Office of Bulgaria", "BGR", "JUD")
ZHELYAZKOV = actor("Rosen Zhelyazkov", "BGR", "GOV")
KOSTADINOV = actor("Kostadin Kostadinov", "BGR", "PTY")
BGR_PARLIAMENT = actor("National Assembly of Bulgaria", "BGR", "LEG")
VAZRAZHDANE = actor("Vazrazhdane", "BGR", "PTY")

B1 = ("Sofia (dpa) - Bei einer Kundgebung gegen die Einführung des Euro haben Demonstranten in Bulgarien die "
      "Vertretung der EU-Kommission in Sofia angegriffen.")
B2 = ("Tausende Anhänger der prorussischen Partei Wasraschdane (Wiedergeburt) zogen am Samstag durch das "
      "Stadtzentrum und forderten den Erhalt der Landeswährung Lew.")
B3 = ("Vor dem Gebäude der Kommissionsvertretung bewarfen einige von ihnen die Fassade mit roter Farbe, Eiern und "
      "Feuerwerkskörpern und setzten die Eingangstür in Brand.")
B4 = "Die Feuerwehr löschte das Feuer nach wenigen Minuten."
B5 = ("Nach Angaben des Innenministeriums wurden bei Rangeleien mit Demonstranten, die eine Polizeiabsperrung "
      "durchbrechen wollten, sechs Beamte leicht verletzt.")
B6 = "Die Polizei nahm zehn Menschen fest."
B7 = "Sieben von ihnen seien in der Nacht wieder freigelassen worden, teilte die Polizei mit."
B8 = "Die Staatsanwaltschaft leitete Ermittlungen wegen Rowdytums ein."
B9 = "Ministerpräsident Rossen Scheljaskow verurteilte den Angriff als „inakzeptablen Akt des Vandalismus“."
B10 = "Wer Gewalt anwende, werde zur Rechenschaft gezogen, sagte der Regierungschef."
B11 = ("Auch die EU-Kommission in Brüssel verurteilte die Ausschreitungen und dankte den bulgarischen Behörden für "
       "ihr schnelles Eingreifen.")
B12 = ("Der Vorsitzende von Wasraschdane, Kostadin Kostadinow, wies jede Verantwortung seiner Partei für die Gewalt "
       "zurück.")
B13 = ("Er warf der Regierung vor, Provokateure unter die Demonstranten geschleust zu haben, um seine Partei zu "
       "diskreditieren.")
B14 = "Zugleich forderte er eine Volksabstimmung über die Einführung der Gemeinschaftswährung."
B15 = "„Über unser Geld muss das Volk entscheiden, nicht Brüssel“, rief er seinen Anhängern zu."
B16 = "Das Parlament hatte einen Antrag der Partei auf ein solches Referendum 2023 abgelehnt."
B17 = "Bulgarien strebt den Beitritt zur Eurozone zum 1. Januar 2026 an."
B18 = "In Umfragen spricht sich etwa die Hälfte der Bevölkerung gegen den Euro aus."

DE02 = {
    "id": "hm440-de-02", "lang": "de", "url": None, "published": "2025-02-23",
    "title": "Euro-Gegner greifen EU-Vertretung in Sofia an",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11], [B12, B13, B14, B15],
                       [B16, B17, B18]),
    "events": [
        event("PROTEST", BG_PROTESTERS, EU_COMMISSION, B1, mode="vandalize", location="Sofia",
              location_country="BGR"),
        event("PROTEST", BG_PROTESTERS, BGR_GOV, B2, mode="demo", date="2025-02-22", location="Sofia",
              location_country="BGR"),
        event("PROTEST", BG_PROTESTERS, EU_COMMISSION, B3, mode="vandalize", location="Sofia",
              location_country="BGR"),
        event("ASSAULT", BG_PROTESTERS, BGR_POLICE, B5),
        event("COERCE", BGR_POLICE, BG_PROTESTERS, B6, mode="arrest"),
        event("RETREAT", BGR_POLICE, BG_PROTESTERS, B7, mode="release"),
        event("ACCUSE", BGR_PROSECUTORS, BG_PROTESTERS, B8, mode="investigate"),
        event("ACCUSE", ZHELYAZKOV, BG_PROTESTERS, B9, mode="disapprove"),
        event("THREATEN", ZHELYAZKOV, BG_PROTESTERS, B10),
        event("ACCUSE", EU_COMMISSION, BG_PROTESTERS, B11, mode="disapprove", location="Brussels",
              location_country="BEL"),
        event("SUPPORT", EU_COMMISSION, BGR_GOV, B11, location="Brussels", location_country="BEL"),
        event("ACCUSE", KOSTADINOV, BGR_GOV, B13, mode="allege"),
        event("REQUEST", KOSTADINOV, BGR_GOV, B14, mode="change"),
        event("REJECT", BGR_PARLIAMENT, VAZRAZHDANE, B16, mode="change"),
    ],
    "quotes": [
        quote("Nach Angaben des Innenministeriums wurden bei Rangeleien mit Demonstranten, die eine Polizeiabsperrung "
              "durchbrechen wollten, sechs Beamte leicht verletzt", "Ministry of Interior of Bulgaria", "indirect"),
        quote("Sieben von ihnen seien in der Nacht wieder freigelassen worden", "Bulgarian police", "indirect"),
        quote("inakzeptablen Akt des Vandalismus", "Rosen Zhelyazkov", "direct"),
        quote("Wer Gewalt anwende, werde zur Rechenschaft gezogen", "Rosen Zhelyazkov", "indirect"),
        quote("Provokateure unter die Demonstranten geschleust zu haben, um seine Partei zu diskreditieren",
              "Kostadin Kostadinov", "indirect"),
        quote("Über unser Geld muss das Volk entscheiden, nicht Brüssel", "Kostadin Kostadinov", "direct"),
    ],
    "entities": [
        entity("Sofia", "LOC", "BGR", ["Sofia"]),
        entity("Bulgaria", "LOC", "BGR", ["Bulgarien"]),
        entity("anti-euro protesters in Sofia", "PER", "BGR",
               ["Demonstranten", "Tausende Anhänger der prorussischen Partei Wasraschdane (Wiedergeburt)",
                "einige von ihnen", "die Demonstranten", "seinen Anhängern"]),
        entity("Representation of the European Commission in Bulgaria", "ORG", "EUR",
               ["die Vertretung der EU-Kommission in Sofia", "dem Gebäude der Kommissionsvertretung"]),
        entity("European Commission", "ORG", "EUR", ["der EU-Kommission", "die EU-Kommission in Brüssel"]),
        entity("Vazrazhdane", "ORG", "BGR", ["der prorussischen Partei Wasraschdane (Wiedergeburt)", "Wasraschdane",
                                             "seiner Partei", "seine Partei", "der Partei"]),
        entity("Bulgarian fire service", "ORG", "BGR", ["Die Feuerwehr"]),
        entity("Ministry of Interior of Bulgaria", "ORG", "BGR", ["des Innenministeriums"]),
        entity("Bulgarian police", "ORG", "BGR", ["sechs Beamte", "Die Polizei", "die Polizei"]),
        entity("Prosecutor's Office of Bulgaria", "ORG", "BGR", ["Die Staatsanwaltschaft"]),
        entity("Rosen Zhelyazkov", "PER", "BGR", ["Ministerpräsident Rossen Scheljaskow", "der Regierungschef"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Government of Bulgaria", "ORG", "BGR", ["den bulgarischen Behörden", "der Regierung"]),
        entity("Kostadin Kostadinov", "PER", "BGR", ["Der Vorsitzende von Wasraschdane, Kostadin Kostadinow", "Er",
                                                     "er"]),
        entity("National Assembly of Bulgaria", "ORG", "BGR", ["Das Parlament"]),
        entity("Eurozone", "MISC", "EUR", ["Eurozone"]),
        entity("Euro", "MISC", "EUR", ["des Euro", "den Euro", "der Gemeinschaftswährung"]),
        entity("Bulgarian lev", "MISC", "BGR", ["der Landeswährung Lew"]),
    ],
}

# ---------------------------------------------------------------- hm440-de-03 (Albania, Berisha house arrest)
ALB_SPECIAL_COURT = actor("Special Court against Corruption and Organised Crime of Albania", "ALB", "JUD")
BERISHA = actor("Sali Berisha", "ALB", "OPP")
SPAK = actor("Special Prosecution Office of Albania", "ALB", "JUD")
MALLTEZI = actor("Jamarbër Malltezi", "ALB", "BUS")
RAMA = actor("Edi Rama", "ALB", "GOV")
BERISHA_SUPPORTERS = actor("supporters of Sali Berisha", "ALB", "CVL")
ALB_POLICE = actor("Albanian State Police", "ALB", "COP")
DP_MPS = actor("Democratic Party of Albania", "ALB", "PTY")
ALB_PARLIAMENT = actor("Parliament of Albania", "ALB", "LEG")
PS_ALB = actor("Socialist Party of Albania", "ALB", "PTY")
US_STATE_ALB = actor("United States Department of State", "USA", "GOV")
BERISHA_LAWYERS = actor("lawyers of Sali Berisha", "ALB", "CVL")
ALB_APPEALS = actor("Special Court of Appeal of Albania", "ALB", "JUD")

A1 = ("Tirana (dpa) - Ein Gericht in Albanien hat gegen den früheren Ministerpräsidenten Sali Berisha Hausarrest "
      "verhängt.")
A2 = ("Das Sondergericht gegen Korruption und organisiertes Verbrechen in Tirana begründete die Entscheidung am "
      "Samstag damit, dass der 79-Jährige gegen gerichtliche Auflagen verstoßen habe.")
A3 = "Berisha hatte sich seit Wochen geweigert, sich wie angeordnet regelmäßig bei der Polizei zu melden."
A4 = ("Die Sonderstaatsanwaltschaft SPAK wirft dem Vorsitzenden der oppositionellen Demokratischen Partei vor, in "
      "seiner Amtszeit als Regierungschef die Privatisierung eines staatlichen Grundstücks in Tirana zugunsten seines "
      "Schwiegersohns Jamarbër Malltezi beeinflusst zu haben.")
A5 = "Auch gegen Malltezi ermittelt die Behörde, unter anderem wegen Geldwäsche."
A6 = ("Berisha, der Albanien nach dem Ende des Kommunismus als Präsident und später als Ministerpräsident führte, "
      "weist die Vorwürfe zurück.")
A7 = "Er sprach von „politischer Rache“ des sozialistischen Regierungschefs Edi Rama."
A8 = "Rama wolle die Opposition vor der Parlamentswahl 2025 mundtot machen, sagte Berisha vor Anhängern."
A9 = ("Hunderte Menschen versammelten sich am Samstagabend vor seinem Haus im Zentrum der Hauptstadt und "
      "protestierten gegen die Entscheidung des Gerichts.")
A10 = "Die Polizei nahm niemanden fest."
A11 = ("Abgeordnete der Demokratischen Partei hatten in den vergangenen Wochen mehrfach Sitzungen des Parlaments mit "
       "Rauchbomben und kleinen Feuern gestört.")
A12 = "Sie werfen der sozialistischen Mehrheit vor, die Arbeit der Opposition zu behindern."
A13 = ("Das US-Außenministerium hatte Berisha bereits 2021 wegen „erheblicher Korruption“ mit einem Einreiseverbot "
       "belegt.")
A14 = "Der Politiker hat auch diese Vorwürfe stets zurückgewiesen."
A15 = "Berishas Anwälte beantragten beim Berufungsgericht die Aufhebung des Hausarrests."
A16 = ("Die Bekämpfung der Korruption gilt als zentrale Bedingung für den angestrebten Beitritt Albaniens zur "
       "Europäischen Union.")

DE03 = {
    "id": "hm440-de-03", "lang": "de", "url": None, "published": "2023-12-30",
    "title": "Albaniens Ex-Regierungschef Berisha unter Hausarrest",
    "text": paragraphs([A1, A2, A3], [A4, A5], [A6, A7, A8, A9, A10], [A11, A12, A13, A14], [A15, A16]),
    "events": [
        event("COERCE", ALB_SPECIAL_COURT, BERISHA, A1, mode="arrest", location_country="ALB"),
        event("ACCUSE", ALB_SPECIAL_COURT, BERISHA, A2, mode="allege", date="2023-12-30", location="Tirana",
              location_country="ALB"),
        event("REJECT", BERISHA, ALB_SPECIAL_COURT, A3, mode="yield"),
        event("ACCUSE", SPAK, BERISHA, A4, mode="allege"),
        event("ACCUSE", SPAK, MALLTEZI, A5, mode="investigate"),
        event("ACCUSE", BERISHA, RAMA, A7, mode="allege"),
        event("ACCUSE", BERISHA, RAMA, A8, mode="allege"),
        event("PROTEST", BERISHA_SUPPORTERS, ALB_SPECIAL_COURT, A9, mode="demo", date="2023-12-30",
              location="Tirana", location_country="ALB"),
        event("COERCE", ALB_POLICE, BERISHA_SUPPORTERS, A10, mode="arrest", negated=True, location="Tirana",
              location_country="ALB"),
        event("PROTEST", DP_MPS, ALB_PARLIAMENT, A11, mode="obstruct"),
        event("ACCUSE", DP_MPS, PS_ALB, A12, mode="disapprove"),
        event("SANCTION", US_STATE_ALB, BERISHA, A13),
        event("REQUEST", BERISHA_LAWYERS, ALB_APPEALS, A15, mode="yield"),
    ],
    "quotes": [
        quote("dass der 79-Jährige gegen gerichtliche Auflagen verstoßen habe",
              "Special Court against Corruption and Organised Crime of Albania", "indirect"),
        quote("in seiner Amtszeit als Regierungschef die Privatisierung eines staatlichen Grundstücks in Tirana "
              "zugunsten seines Schwiegersohns Jamarbër Malltezi beeinflusst zu haben",
              "Special Prosecution Office of Albania", "indirect"),
        quote("politischer Rache", "Sali Berisha", "direct"),
        quote("Rama wolle die Opposition vor der Parlamentswahl 2025 mundtot machen", "Sali Berisha", "indirect"),
        quote("die Arbeit der Opposition zu behindern", "Democratic Party of Albania", "indirect"),
        quote("erheblicher Korruption", "United States Department of State", "direct"),
    ],
    "entities": [
        entity("Tirana", "LOC", "ALB", ["Tirana", "der Hauptstadt"]),
        entity("Albania", "LOC", "ALB", ["Albanien", "Albaniens"]),
        entity("Sali Berisha", "PER", "ALB",
               ["den früheren Ministerpräsidenten Sali Berisha", "der 79-Jährige", "Berisha",
                "dem Vorsitzenden der oppositionellen Demokratischen Partei", "seiner", "seines", "Er", "seinem",
                "Der Politiker", "Berishas"]),
        entity("Special Court against Corruption and Organised Crime of Albania", "ORG", "ALB",
               ["Ein Gericht in Albanien", "Das Sondergericht gegen Korruption und organisiertes Verbrechen in Tirana",
                "des Gerichts"]),
        entity("Albanian State Police", "ORG", "ALB", ["der Polizei", "Die Polizei"]),
        entity("Special Prosecution Office of Albania", "ORG", "ALB", ["Die Sonderstaatsanwaltschaft SPAK",
                                                                       "die Behörde"]),
        entity("Democratic Party of Albania", "ORG", "ALB", ["der oppositionellen Demokratischen Partei",
                                                             "Abgeordnete der Demokratischen Partei", "Sie",
                                                             "der Opposition", "die Opposition"]),
        entity("Jamarbër Malltezi", "PER", "ALB", ["seines Schwiegersohns Jamarbër Malltezi", "Malltezi"]),
        entity("Edi Rama", "PER", "ALB", ["des sozialistischen Regierungschefs Edi Rama", "Rama"]),
        entity("supporters of Sali Berisha", "PER", "ALB", ["Anhängern", "Hunderte Menschen"]),
        entity("Parliament of Albania", "ORG", "ALB", ["des Parlaments"]),
        entity("Socialist Party of Albania", "ORG", "ALB", ["der sozialistischen Mehrheit"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("lawyers of Sali Berisha", "PER", "ALB", ["Berishas Anwälte"]),
        entity("Special Court of Appeal of Albania", "ORG", "ALB", ["beim Berufungsgericht"]),
        entity("European Union", "ORG", "EUR", ["Europäischen Union"]),
    ],
}

# ---------------------------------------------------------------- hm440-de-04 (Croatia, conscription returns)
HRV_GOV = actor("Government of Croatia", "HRV", "GOV")
SABOR = actor("Croatian Parliament", "HRV", "LEG")
HRV_ACTIVISTS = actor("peace activists in Zagreb", "HRV", "CVL")
MOZEMO = actor("Možemo", "HRV", "PTY")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
ALB_GOV = actor("Government of Albania", "ALB", "GOV")
KOS_GOV = actor("Government of Kosovo", "XKX", "GOV")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")

C1 = "Zagreb (dpa) - Kroatien führt 17 Jahre nach ihrer Aussetzung die Wehrpflicht wieder ein."
C2 = ("Das Parlament in Zagreb stimmte am Freitag mit 84 Stimmen für eine entsprechende Änderung des "
      "Verteidigungsgesetzes.")
C3 = ("Vom kommenden Jahr an sollen junge Männer nach dem Schulabschluss eine zweimonatige Grundausbildung bei der "
      "Armee absolvieren.")
C4 = "Wer den Dienst an der Waffe aus Gewissensgründen verweigert, kann stattdessen einen längeren Zivildienst leisten."
C5 = ("Verteidigungsminister Ivan Anušić sagte, die Sicherheitslage in Europa habe sich seit dem russischen Angriff "
      "auf die Ukraine grundlegend verändert.")
C6 = "„Kroatien muss in der Lage sein, sich selbst zu verteidigen“, fügte er hinzu."
C7 = ("Einige Dutzend Friedensaktivisten protestierten während der Abstimmung vor dem Parlamentsgebäude am "
      "Markusplatz gegen das Gesetz.")
C8 = ("Die grün-linke Partei Možemo warf der Regierung von Ministerpräsident Andrej Plenković vor, Milliarden in die "
      "Aufrüstung zu stecken, während Schulen und Krankenhäuser verfielen.")
C9 = "Die oppositionellen Sozialdemokraten enthielten sich der Stimme."
C10 = "In Belgrad warf Präsident Aleksandar Vučić dem Nachbarland vor, gezielt gegen Serbien aufzurüsten."
C11 = "Serbien werde darauf reagieren und seine eigene Armee stärken, sagte Vučić."
C12 = "Das Außenministerium in Zagreb wies die Vorwürfe als „haltlos“ zurück."
C13 = ("Kroatien hatte im März mit Albanien und dem Kosovo eine engere Zusammenarbeit in der Verteidigung "
       "vereinbart.")
C14 = ("Die serbische Regierung hatte Zagreb damals vorgeworfen, ein gegen Serbien gerichtetes Militärbündnis zu "
       "schmieden.")
C15 = "Die Wehrpflicht war 2008 ausgesetzt worden, ein Jahr vor dem Nato-Beitritt des Landes."
C16 = "Die Streitkräfte zählen derzeit rund 15.000 Soldatinnen und Soldaten."
C17 = ("Auch andere europäische Staaten haben angesichts der Bedrohung durch Russland ihre Wehrdienstregeln in den "
       "vergangenen Jahren verschärft.")

DE04 = {
    "id": "hm440-de-04", "lang": "de", "url": None, "published": "2025-10-24",
    "title": "Kroatien führt die Wehrpflicht wieder ein",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9], [C10, C11, C12], [C13, C14],
                       [C15, C16, C17]),
    "events": [
        event("MOBILIZE", HRV_GOV, None, C1, mode="troops"),
        event("MOBILIZE", SABOR, None, C2, mode="troops", date="2025-10-24", location="Zagreb",
              location_country="HRV"),
        event("PROTEST", HRV_ACTIVISTS, SABOR, C7, mode="demo", date="2025-10-24", location="Zagreb",
              location_country="HRV"),
        event("ACCUSE", MOZEMO, HRV_GOV, C8, mode="disapprove"),
        event("ACCUSE", VUCIC, HRV_GOV, C10, mode="allege", location="Belgrade", location_country="SRB"),
        event("THREATEN", VUCIC, HRV_GOV, C11),
        event("AGREE", HRV_GOV, ALB_GOV, C13),
        event("AGREE", HRV_GOV, KOS_GOV, C13),
        event("ACCUSE", SRB_GOV, HRV_GOV, C14, mode="allege"),
    ],
    "quotes": [
        quote("die Sicherheitslage in Europa habe sich seit dem russischen Angriff auf die Ukraine grundlegend "
              "verändert", "Ivan Anušić", "indirect"),
        quote("Kroatien muss in der Lage sein, sich selbst zu verteidigen", "Ivan Anušić", "direct"),
        quote("Milliarden in die Aufrüstung zu stecken, während Schulen und Krankenhäuser verfielen", "Možemo",
              "indirect"),
        quote("gezielt gegen Serbien aufzurüsten", "Aleksandar Vučić", "indirect"),
        quote("Serbien werde darauf reagieren und seine eigene Armee stärken", "Aleksandar Vučić", "indirect"),
        quote("haltlos", "Ministry of Foreign and European Affairs of Croatia", "direct"),
        quote("ein gegen Serbien gerichtetes Militärbündnis zu schmieden", "Government of Serbia", "indirect"),
    ],
    "entities": [
        entity("Zagreb", "LOC", "HRV", ["Zagreb"]),
        entity("Croatia", "LOC", "HRV", ["Kroatien", "dem Nachbarland", "des Landes"]),
        entity("Government of Croatia", "ORG", "HRV", ["Kroatien", "der Regierung von Ministerpräsident Andrej "
                                                                  "Plenković", "Zagreb"]),
        entity("Croatian Parliament", "ORG", "HRV", ["Das Parlament in Zagreb", "dem Parlamentsgebäude am "
                                                                               "Markusplatz"]),
        entity("Croatian Armed Forces", "ORG", "HRV", ["der Armee", "Die Streitkräfte"]),
        entity("Ivan Anušić", "PER", "HRV", ["Verteidigungsminister Ivan Anušić", "er"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("peace activists in Zagreb", "PER", "HRV", ["Einige Dutzend Friedensaktivisten"]),
        entity("St. Mark's Square", "LOC", "HRV", ["Markusplatz"]),
        entity("Možemo", "ORG", "HRV", ["Die grün-linke Partei Možemo"]),
        entity("Andrej Plenković", "PER", "HRV", ["Ministerpräsident Andrej Plenković"]),
        entity("Social Democratic Party of Croatia", "ORG", "HRV", ["Die oppositionellen Sozialdemokraten"]),
        entity("Belgrade", "LOC", "SRB", ["Belgrad"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Präsident Aleksandar Vučić", "Vučić"]),
        entity("Serbia", "LOC", "SRB", ["Serbien"]),
        entity("Serbian Armed Forces", "ORG", "SRB", ["seine eigene Armee"]),
        entity("Ministry of Foreign and European Affairs of Croatia", "ORG", "HRV", ["Das Außenministerium in "
                                                                                    "Zagreb"]),
        entity("Government of Albania", "ORG", "ALB", ["Albanien"]),
        entity("Government of Kosovo", "ORG", "XKX", ["dem Kosovo"]),
        entity("Government of Serbia", "ORG", "SRB", ["Die serbische Regierung"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
    ],
}

# ---------------------------------------------------------------- hm440-en-01 (Finland expels Russian diplomats)
FIN_GOV = actor("Government of Finland", "FIN", "GOV")
RUS_STAFF_FIN = actor("Russian embassy staff in Finland", "RUS", "GOV")
FIN_MFA = actor("Ministry for Foreign Affairs of Finland", "FIN", "GOV")
RUS_GOV_E = actor("Government of Russia", "RUS", "GOV")
SUPO = actor("Finnish Security and Intelligence Service", "FIN", "GOV")
ZAKHAROVA_E = actor("Maria Zakharova", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
GAZPROM = actor("Gazprom", "RUS", "BUS")

F1 = ("HELSINKI (AP) — Finland on Thursday ordered nine employees of the Russian Embassy in Helsinki to leave the "
      "country, accusing them of working as intelligence officers.")
F2 = "The nine have two weeks to leave Finland, the Foreign Ministry said in a statement."
F3 = "\"Their activities are contrary to the Vienna Convention on Diplomatic Relations,\" the ministry said."
F4 = "The ministry did not identify the nine or say what positions they held at the embassy."
F5 = ("Russian Ambassador Pavel Kuznetsov was summoned to the ministry on Thursday morning and informed of the "
      "decision, Foreign Minister Pekka Haavisto told reporters.")
F6 = "\"This is not directed against the Russian people or against Russians living in Finland,\" Haavisto said."
F7 = ("The Finnish Security and Intelligence Service, known as Supo, has repeatedly warned that Russia uses its "
      "diplomatic missions as cover for espionage.")
F8 = "The Russian Embassy in Helsinki rejected the accusations as groundless."
F9 = ("In Moscow, Foreign Ministry spokeswoman Maria Zakharova called the expulsions \"an openly hostile step\" and "
      "said Russia would respond.")
F10 = "She did not say what measures Moscow was considering."
F11 = ("Kremlin spokesman Dmitry Peskov said the decision was \"deeply regrettable\" and would further damage "
       "bilateral ties.")
F12 = "Finland shares a 1,340-kilometer (830-mile) border with Russia."
F13 = "Relations between the two neighbors have deteriorated sharply since the war in Ukraine began in February 2022."
F14 = ("Last year, Russia's state-controlled energy giant Gazprom halted natural gas deliveries to Finland after "
       "Helsinki refused to pay in rubles.")
F15 = "Haavisto said Finland had no plans to close its own embassy in Moscow."

EN01 = {
    "id": "hm440-en-01", "lang": "en", "url": None, "published": "2023-06-15",
    "title": "Finland expels 9 Russian diplomats, accusing them of spying",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11], [F12, F13, F14, F15]),
    "events": [
        event("SANCTION", FIN_GOV, RUS_STAFF_FIN, F1, mode="expel", date="2023-06-15", location="Helsinki",
              location_country="FIN"),
        event("ACCUSE", FIN_GOV, RUS_STAFF_FIN, F1, mode="allege", date="2023-06-15"),
        event("SANCTION", FIN_MFA, RUS_STAFF_FIN, F2, mode="expel"),
        event("ACCUSE", FIN_MFA, RUS_STAFF_FIN, F3, mode="allege"),
        event("ACCUSE", FIN_MFA, RUS_GOV_E, F5, mode="disapprove", date="2023-06-15", location="Helsinki",
              location_country="FIN"),
        event("ACCUSE", SUPO, RUS_GOV_E, F7, mode="allege"),
        event("ACCUSE", ZAKHAROVA_E, FIN_GOV, F9, mode="disapprove", location="Moscow", location_country="RUS"),
        event("THREATEN", ZAKHAROVA_E, FIN_GOV, F9, location="Moscow", location_country="RUS"),
        event("ACCUSE", PESKOV, FIN_GOV, F11, mode="disapprove"),
        event("SANCTION", GAZPROM, FIN_GOV, F14, mode="discontinue"),
        event("REJECT", FIN_GOV, GAZPROM, F14),
        event("SANCTION", FIN_GOV, RUS_GOV_E, F15, mode="discontinue", negated=True),
    ],
    "quotes": [
        quote("The nine have two weeks to leave Finland", "Ministry for Foreign Affairs of Finland", "indirect"),
        quote("Their activities are contrary to the Vienna Convention on Diplomatic Relations",
              "Ministry for Foreign Affairs of Finland", "direct"),
        quote("Russian Ambassador Pavel Kuznetsov was summoned to the ministry on Thursday morning and informed of "
              "the decision", "Pekka Haavisto", "indirect"),
        quote("This is not directed against the Russian people or against Russians living in Finland",
              "Pekka Haavisto", "direct"),
        quote("Russia uses its diplomatic missions as cover for espionage", "Finnish Security and Intelligence Service",
              "indirect"),
        quote("an openly hostile step", "Maria Zakharova", "direct"),
        quote("Russia would respond", "Maria Zakharova", "indirect"),
        quote("deeply regrettable", "Dmitry Peskov", "direct"),
        quote("the decision was \"deeply regrettable\" and would further damage bilateral ties", "Dmitry Peskov",
              "indirect"),
        quote("Finland had no plans to close its own embassy in Moscow", "Pekka Haavisto", "indirect"),
    ],
    "entities": [
        entity("Helsinki", "LOC", "FIN", ["HELSINKI", "Helsinki"]),
        entity("Finland", "LOC", "FIN", ["the country", "Finland"]),
        entity("Government of Finland", "ORG", "FIN", ["Finland", "Helsinki"]),
        entity("Russian embassy staff in Finland", "PER", "RUS",
               ["nine employees of the Russian Embassy in Helsinki", "them", "The nine", "Their", "the nine", "they"]),
        entity("Embassy of Russia in Finland", "ORG", "RUS", ["the Russian Embassy in Helsinki", "the embassy",
                                                             "The Russian Embassy in Helsinki"]),
        entity("Ministry for Foreign Affairs of Finland", "ORG", "FIN", ["the Foreign Ministry", "the ministry",
                                                                        "The ministry"]),
        entity("Vienna Convention on Diplomatic Relations", "MISC", None, ["the Vienna Convention on Diplomatic "
                                                                           "Relations"]),
        entity("Pavel Kuznetsov", "PER", "RUS", ["Russian Ambassador Pavel Kuznetsov"]),
        entity("Pekka Haavisto", "PER", "FIN", ["Foreign Minister Pekka Haavisto", "Haavisto"]),
        entity("Finnish Security and Intelligence Service", "ORG", "FIN",
               ["The Finnish Security and Intelligence Service, known as Supo"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Government of Russia", "ORG", "RUS", ["Russia", "Moscow"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
        entity("Maria Zakharova", "PER", "RUS", ["Foreign Ministry spokeswoman Maria Zakharova", "She"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Gazprom", "ORG", "RUS", ["Russia's state-controlled energy giant Gazprom"]),
        entity("Embassy of Finland in Moscow", "ORG", "FIN", ["its own embassy in Moscow"]),
    ],
}

# ---------------------------------------------------------------- hm440-en-02 (UK suspends arms licences to Israel)
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
GALLANT = actor("Yoav Gallant", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
CONSERVATIVES = actor("Conservative Party (UK)", "GBR", "PTY")
UK_PROTESTERS = actor("pro-Palestinian protesters in London", "GBR", "CVL")
LAMMY = actor("David Lammy", "GBR", "GOV")
SEJOURNE = actor("Stéphane Séjourné", "FRA", "GOV")

G1 = ("LONDON (AP) — Britain on Monday suspended 30 arms export licenses for Israel, saying there was a \"clear "
      "risk\" that the items could be used to commit or facilitate serious violations of international humanitarian "
      "law in Gaza.")
G2 = ("Foreign Secretary David Lammy told the House of Commons that the decision covered items such as parts for "
      "military aircraft, helicopters and drones.")
G3 = "\"This is not a blanket ban,\" Lammy said."
G4 = ("The government will not suspend licenses for components of the F-35 fighter jet that go into a global supply "
      "pool, unless they are exported directly to Israel.")
G5 = "The remaining roughly 320 licenses for exports to Israel are not affected."
G6 = "Israeli Defense Minister Yoav Gallant said he was \"deeply disheartened\" by the decision."
G7 = ("Foreign Minister Israel Katz wrote on X that the move sent \"a very problematic message\" to Hamas and its "
      "backers in Iran.")
G8 = "Prime Minister Benjamin Netanyahu called it a \"shameful decision.\""
G9 = ("Amnesty International said the suspension was \"riddled with loopholes\" and demanded a complete halt to arms "
      "sales to Israel.")
G10 = "The opposition Conservative Party accused the government of sending the wrong signal to Israel's enemies."
G11 = ("Several hundred pro-Palestinian protesters gathered outside Parliament on Monday evening and demanded a full "
       "arms embargo.")
G12 = ("Lammy traveled to Israel in August with French Foreign Minister Stéphane Séjourné for talks with Israeli "
       "leaders.")
G13 = "Britain's arms exports to Israel are small compared with those of the United States and Germany."
G14 = ("Israel's offensive in Gaza has killed more than 40,000 Palestinians, according to the territory's Health "
       "Ministry, which does not distinguish between civilians and combatants.")
G15 = "Lammy said the government would keep the remaining licenses under review."

EN02 = {
    "id": "hm440-en-02", "lang": "en", "url": None, "published": "2024-09-02",
    "title": "Britain suspends some arms export licenses to Israel, citing risk of law violations",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8], [G9, G10, G11], [G12, G13, G14, G15]),
    "events": [
        event("SANCTION", GBR_GOV, ISR_GOV, G1, mode="discontinue", date="2024-09-02"),
        event("SANCTION", GBR_GOV, ISR_GOV, G4, mode="discontinue", negated=True),
        event("ACCUSE", GALLANT, GBR_GOV, G6, mode="disapprove"),
        event("ACCUSE", KATZ, GBR_GOV, G7, mode="disapprove"),
        event("ACCUSE", NETANYAHU, GBR_GOV, G8, mode="disapprove"),
        event("ACCUSE", AMNESTY, GBR_GOV, G9, mode="disapprove"),
        event("REQUEST", AMNESTY, GBR_GOV, G9, mode="change"),
        event("ACCUSE", CONSERVATIVES, GBR_GOV, G10, mode="disapprove"),
        event("PROTEST", UK_PROTESTERS, GBR_GOV, G11, mode="demo", date="2024-09-02", location="London",
              location_country="GBR"),
        event("CONSULT", LAMMY, ISR_GOV, G12, mode="visit", location_country="ISR"),
        event("CONSULT", SEJOURNE, ISR_GOV, G12, mode="visit", location_country="ISR"),
    ],
    "quotes": [
        quote("clear risk", "Government of the United Kingdom", "direct"),
        quote("there was a \"clear risk\" that the items could be used to commit or facilitate serious violations of "
              "international humanitarian law in Gaza", "Government of the United Kingdom", "indirect"),
        quote("the decision covered items such as parts for military aircraft, helicopters and drones", "David Lammy",
              "indirect"),
        quote("This is not a blanket ban", "David Lammy", "direct"),
        quote("deeply disheartened", "Yoav Gallant", "direct"),
        quote("he was \"deeply disheartened\" by the decision", "Yoav Gallant", "indirect"),
        quote("a very problematic message", "Israel Katz", "direct"),
        quote("the move sent \"a very problematic message\" to Hamas and its backers in Iran", "Israel Katz",
              "indirect"),
        quote("shameful decision", "Benjamin Netanyahu", "direct"),
        quote("riddled with loopholes", "Amnesty International", "direct"),
        quote("the suspension was \"riddled with loopholes\"", "Amnesty International", "indirect"),
        quote("Israel's offensive in Gaza has killed more than 40,000 Palestinians", "Gaza Health Ministry",
              "indirect"),
        quote("the government would keep the remaining licenses under review", "David Lammy", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain", "The government", "the government"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain's"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel", "Israeli leaders", "Israel's"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "the territory's"]),
        entity("David Lammy", "PER", "GBR", ["Foreign Secretary David Lammy", "Lammy"]),
        entity("House of Commons", "ORG", "GBR", ["the House of Commons"]),
        entity("F-35", "MISC", None, ["the F-35 fighter jet"]),
        entity("Yoav Gallant", "PER", "ISR", ["Israeli Defense Minister Yoav Gallant", "he"]),
        entity("Israel Katz", "PER", "ISR", ["Foreign Minister Israel Katz"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Conservative Party (UK)", "ORG", "GBR", ["The opposition Conservative Party"]),
        entity("pro-Palestinian protesters in London", "PER", "GBR", ["Several hundred pro-Palestinian protesters"]),
        entity("Parliament of the United Kingdom", "ORG", "GBR", ["Parliament"]),
        entity("Stéphane Séjourné", "PER", "FRA", ["French Foreign Minister Stéphane Séjourné"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Palestinians", "MISC", "PSE", ["Palestinians"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["Health Ministry"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
