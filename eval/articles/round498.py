"""Round 498: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm498-de-01: Venezuela: the Supreme Tribunal of Justice's electoral chamber certifies Maduro's disputed election win; González, who ignored the summons, and Machado reject the ruling, Saab threatens González with arrest, the US, Argentina and Uruguay object and demand an audit, Brazil and Colombia withhold recognition, Lula's new-election proposal rejected by Maduro (2024-08-23).
- hm498-de-02: Brazil: Federal Police arrest ex-footballer Robinho in Santos after the STJ orders him to serve his nine-year Italian rape sentence in Brazil; Justice Fux rejects the defence's release request, the lawyers call the ruling unconstitutional, Italy's Nordio welcomes it, the Milan conviction and Italy's request recalled (2024-03-22).
- hm498-de-03: Argentina: a federal court sentences Fernando Sabag Montiel to ten years and Brenda Uliarte to eight for the 2022 attempt on Cristina Kirchner's life, Gabriel Carrizo acquitted; Kirchner's lawyer criticises the court, her accusation against Gerardo Milman and Judge Capuchetti's probe, Adorni welcomes the verdict, Peronists rally outside the court (2025-10-09).
- hm498-de-04: Chile: Kast's Republican Party wins the Constitutional Council election; Kast attacks and challenges the government, Boric congratulates and urges the Republicans not to repeat the convention's mistakes, Vallejo speaks of a difficult result, Boric to receive party leaders at La Moneda (2023-05-08).
- hm498-en-01: Brazil: Justice Alexandre de Moraes orders video platform Rumble suspended after it fails to name a legal representative; Anatel ordered to enforce, the Allan dos Santos accounts, Pavlovski refuses and threatens, Rumble and Trump Media sue Moraes in Tampa, Gonet's coup charge against Bolsonaro and the 2024 X block recalled (2025-02-22).
- hm498-en-02: Guyana: Irfaan Ali sworn in for a second term after GECOM declares the PPP/C winner; Azruddin Mohamed's WIN comes second and alleges a padded voter list, Norton complains but seeks no new vote, Ali accuses Venezuela, the GDF reports shots from the Venezuelan side, Rubio and election observers praise the vote (2025-09-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm498-de-01 (Venezuela, TSJ certifies Maduro)
TSJ = actor("Supreme Tribunal of Justice of Venezuela", "VEN", "JUD")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
CARYSLIA = actor("Caryslia Rodríguez", "VEN", "JUD")
CNE = actor("National Electoral Council of Venezuela", "VEN", "GOV")
GONZALEZ = actor("Edmundo González Urrutia", "VEN", "OPP")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
USA_GOV = actor("Government of the United States", "USA", "GOV")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
URY_GOV = actor("Government of Uruguay", "URY", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")

V1 = ("Caracas (dpa) - Der Oberste Gerichtshof Venezuelas hat den umstrittenen Wahlsieg von Präsident Nicolás Maduro "
      "bestätigt.")
V2 = ("Die Wahlkammer des Gerichts habe die Unterlagen der Präsidentenwahl vom 28. Juli geprüft und das vom Nationalen "
      "Wahlrat (CNE) verkündete Ergebnis für „unanfechtbar“ erklärt, sagte Gerichtspräsidentin Caryslia Rodríguez am "
      "Donnerstag in Caracas.")
V3 = "Der CNE hatte Maduro kurz nach der Abstimmung mit rund 52 Prozent der Stimmen zum Wahlsieger erklärt."
V4 = "Detaillierte Ergebnisse nach Wahllokalen hat die Behörde bis heute nicht veröffentlicht."
V5 = "Oppositionskandidat Edmundo González Urrutia war einer Vorladung des Gerichts nicht gefolgt."
V6 = "Die Richter warfen ihm deshalb „Missachtung“ des Gerichts vor."
V7 = "González wies die Entscheidung auf der Plattform X als „null und nichtig“ zurück."
V8 = "Kein Gericht könne den Willen des Volkes ersetzen, schrieb der 74-Jährige."
V9 = "Oppositionsführerin María Corina Machado sprach von einem „Justizputsch“."
V10 = ("Generalstaatsanwalt Tarek William Saab drohte González mit einem Haftbefehl, sollte er einer Vorladung der "
       "Staatsanwaltschaft ebenfalls nicht folgen.")
V11 = "Maduro dankte den Richtern und warf den USA vor, einen Staatsstreich gegen ihn zu planen."
V12 = "Die USA, Argentinien und Uruguay wiesen das Urteil gemeinsam mit acht weiteren Staaten der Region zurück."
V13 = "In einer gemeinsamen Erklärung forderten sie eine unabhängige und unparteiische Prüfung der Wahlakten."
V14 = ("Brasilien und Kolumbien, die zwischen Regierung und Opposition vermitteln wollen, erkannten das Urteil "
       "zunächst nicht an.")
V15 = ("Brasiliens Präsident Luiz Inácio Lula da Silva hatte vergangene Woche Neuwahlen vorgeschlagen, was Maduro "
       "ablehnte.")
V16 = ("Bei Protesten nach der Wahl wurden nach Regierungsangaben 27 Menschen getötet und mehr als 2400 "
       "festgenommen.")
V17 = ("Die Regierung bestreitet, dass Sicherheitskräfte unverhältnismäßige Gewalt gegen Demonstranten angewendet "
       "haben.")

DE01 = {
    "id": "hm498-de-01", "lang": "de", "url": None, "published": "2024-08-23",
    "title": "Venezuelas Oberster Gerichtshof bestätigt Maduros Wahlsieg",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7, V8, V9, V10], [V11, V12, V13, V14, V15], [V16, V17]),
    "events": [
        event("SUPPORT", TSJ, MADURO, V1),
        event("SUPPORT", CARYSLIA, CNE, V2, date="2024-08-22", location="Caracas", location_country="VEN"),
        event("SUPPORT", CNE, MADURO, V3),
        event("REJECT", GONZALEZ, TSJ, V5),
        event("ACCUSE", TSJ, GONZALEZ, V6, mode="allege"),
        event("ACCUSE", GONZALEZ, TSJ, V7, mode="disapprove"),
        event("ACCUSE", MACHADO, TSJ, V9, mode="disapprove"),
        event("THREATEN", SAAB, GONZALEZ, V10, mode="arrest"),
        event("SUPPORT", MADURO, TSJ, V11),
        event("ACCUSE", MADURO, USA_GOV, V11, mode="allege"),
        event("ACCUSE", USA_GOV, TSJ, V12, mode="disapprove"),
        event("ACCUSE", ARG_GOV, TSJ, V12, mode="disapprove"),
        event("ACCUSE", URY_GOV, TSJ, V12, mode="disapprove"),
        event("REQUEST", USA_GOV, VEN_GOV, V13),
        event("REQUEST", ARG_GOV, VEN_GOV, V13),
        event("REQUEST", URY_GOV, VEN_GOV, V13),
        event("SUPPORT", BRA_GOV, TSJ, V14, negated=True),
        event("SUPPORT", COL_GOV, TSJ, V14, negated=True),
        event("REQUEST", LULA, MADURO, V15, mode="change"),
        event("REJECT", MADURO, LULA, V15, mode="change"),
    ],
    "quotes": [
        quote("Die Wahlkammer des Gerichts habe die Unterlagen der Präsidentenwahl vom 28. Juli geprüft und das vom "
              "Nationalen Wahlrat (CNE) verkündete Ergebnis für „unanfechtbar“ erklärt", "Caryslia Rodríguez",
              "indirect"),
        quote("unanfechtbar", "Caryslia Rodríguez", "direct"),
        quote("Missachtung", "Supreme Tribunal of Justice of Venezuela", "direct"),
        quote("null und nichtig", "Edmundo González Urrutia", "direct"),
        quote("Kein Gericht könne den Willen des Volkes ersetzen", "Edmundo González Urrutia", "indirect"),
        quote("Justizputsch", "María Corina Machado", "direct"),
        quote("einen Staatsstreich gegen ihn zu planen", "Nicolás Maduro", "indirect"),
        quote("Bei Protesten nach der Wahl wurden nach Regierungsangaben 27 Menschen getötet und mehr als 2400 "
              "festgenommen", "Government of Venezuela", "indirect"),
        quote("dass Sicherheitskräfte unverhältnismäßige Gewalt gegen Demonstranten angewendet haben",
              "Government of Venezuela", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuelas"]),
        entity("Supreme Tribunal of Justice of Venezuela", "ORG", "VEN",
               ["Der Oberste Gerichtshof Venezuelas", "Die Wahlkammer des Gerichts", "des Gerichts", "Die Richter",
                "den Richtern"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Maduro", "ihn"]),
        entity("National Electoral Council of Venezuela", "ORG", "VEN",
               ["vom Nationalen Wahlrat (CNE)", "Der CNE", "die Behörde"]),
        entity("Caryslia Rodríguez", "PER", "VEN", ["Gerichtspräsidentin Caryslia Rodríguez"]),
        entity("Edmundo González Urrutia", "PER", "VEN",
               ["Oppositionskandidat Edmundo González Urrutia", "ihm", "González", "der 74-Jährige", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("María Corina Machado", "PER", "VEN", ["Oppositionsführerin María Corina Machado"]),
        entity("Tarek William Saab", "PER", "VEN", ["Generalstaatsanwalt Tarek William Saab"]),
        entity("Public Ministry of Venezuela", "ORG", "VEN", ["der Staatsanwaltschaft"]),
        entity("Government of the United States", "ORG", "USA", ["den USA", "Die USA"]),
        entity("Government of Argentina", "ORG", "ARG", ["Argentinien"]),
        entity("Government of Uruguay", "ORG", "URY", ["Uruguay"]),
        entity("Government of Brazil", "ORG", "BRA", ["Brasilien"]),
        entity("Government of Colombia", "ORG", "COL", ["Kolumbien"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Regierung", "Die Regierung"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["Opposition"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brasiliens Präsident Luiz Inácio Lula da Silva"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["Sicherheitskräfte"]),
        entity("Venezuelan protesters", "PER", "VEN", ["Demonstranten"]),
    ],
}

# ---------------------------------------------------------------- hm498-de-02 (Brazil, Robinho arrested)
BRA_FED_POLICE = actor("Federal Police of Brazil", "BRA", "COP")
ROBINHO = actor("Robinho", "BRA", "CVL")
FUX = actor("Luiz Fux", "BRA", "JUD")
ROBINHO_LAWYERS = actor("lawyers of Robinho", "BRA", "CVL")
STJ = actor("Superior Court of Justice of Brazil", "BRA", "JUD")
MILAN_COURT = actor("Court of Milan", "ITA", "JUD")
ITA_JUD = actor("Italian judiciary", "ITA", "JUD")
BRA_GOV2 = actor("Government of Brazil", "BRA", "GOV")
NORDIO = actor("Carlo Nordio", "ITA", "GOV")
BRA_WOMEN = actor("Brazilian women's rights groups", "BRA", "NGO")

R1 = ("Brasília (dpa) - Der frühere brasilianische Fußballnationalspieler Robinho ist wegen einer in Italien "
      "verhängten Haftstrafe wegen Vergewaltigung festgenommen worden.")
R2 = ("Beamte der Bundespolizei holten den 40-Jährigen am Donnerstagabend in seiner Wohnung in der Küstenstadt Santos "
      "ab, wie die Behörde mitteilte.")
R3 = ("Kurz zuvor hatte Richter Luiz Fux vom Obersten Bundesgericht (STF) einen Eilantrag der Verteidigung auf "
      "Freilassung abgelehnt.")
R4 = ("Am Mittwoch hatte der Oberste Gerichtshof (STJ) mit neun zu zwei Stimmen entschieden, dass Robinho die in "
      "Italien verhängte Strafe von neun Jahren in Brasilien verbüßen muss, und seine sofortige Inhaftierung "
      "angeordnet.")
R5 = ("Ein Mailänder Gericht hatte den Ex-Profi und fünf weitere Männer 2017 wegen der Gruppenvergewaltigung einer "
      "jungen Frau in einer Diskothek im Jahr 2013 verurteilt.")
R6 = "Das Urteil wurde 2022 letztinstanzlich bestätigt."
R7 = ("Weil Brasilien eigene Staatsbürger nicht ausliefert, hatte die italienische Justiz beantragt, die Strafe in "
      "Brasilien vollstrecken zu lassen.")
R8 = "Robinho bestreitet die Tat und spricht von einvernehmlichem Sex."
R9 = ("Seine Anwälte nannten die Entscheidung des STJ „verfassungswidrig“, weil die Verfassung die Auslieferung "
      "brasilianischer Staatsbürger verbiete.")
R10 = ("Nach einer Anhörung vor einer Haftrichterin wurde Robinho in das Gefängnis Tremembé im Bundesstaat São Paulo "
       "gebracht.")
R11 = ("Italiens Justizminister Carlo Nordio begrüßte die Entscheidung der brasilianischen Justiz als „wichtiges "
       "Signal“.")
R12 = "Auch Frauenrechtsgruppen in Brasilien hatten eine Inhaftierung des Ex-Stürmers gefordert."
R13 = ("Robinho spielte unter anderem für Real Madrid, Manchester City und den AC Mailand und bestritt 100 "
       "Länderspiele für Brasilien.")
R14 = ("Der Fall hatte auch deshalb Aufsehen erregt, weil italienische Ermittler abgehörte Gespräche veröffentlichten, "
       "in denen er sich abfällig über die Frau äußerte.")

DE02 = {
    "id": "hm498-de-02", "lang": "de", "url": None, "published": "2024-03-22",
    "title": "Brasiliens Ex-Fußballstar Robinho festgenommen",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6, R7], [R8, R9, R10], [R11, R12], [R13, R14]),
    "events": [
        event("COERCE", BRA_FED_POLICE, ROBINHO, R1, mode="arrest"),
        event("COERCE", BRA_FED_POLICE, ROBINHO, R2, mode="arrest", date="2024-03-21", location="Santos",
              location_country="BRA"),
        event("REJECT", FUX, ROBINHO_LAWYERS, R3, mode="yield"),
        event("REQUEST", ROBINHO_LAWYERS, FUX, R3, mode="yield"),
        event("COERCE", STJ, ROBINHO, R4, mode="arrest", date="2024-03-20"),
        event("SANCTION", MILAN_COURT, ROBINHO, R5, mode="convict", location="Milan", location_country="ITA"),
        event("REQUEST", ITA_JUD, BRA_GOV2, R7),
        event("ACCUSE", ROBINHO_LAWYERS, STJ, R9, mode="disapprove"),
        event("COERCE", BRA_FED_POLICE, ROBINHO, R10, mode="arrest", location="Tremembé", location_country="BRA"),
        event("SUPPORT", NORDIO, STJ, R11),
        event("REQUEST", BRA_WOMEN, STJ, R12),
    ],
    "quotes": [
        quote("Beamte der Bundespolizei holten den 40-Jährigen am Donnerstagabend in seiner Wohnung in der Küstenstadt "
              "Santos ab", "Federal Police of Brazil", "indirect"),
        quote("verfassungswidrig", "lawyers of Robinho", "direct"),
        quote("weil die Verfassung die Auslieferung brasilianischer Staatsbürger verbiete", "lawyers of Robinho",
              "indirect"),
        quote("wichtiges Signal", "Carlo Nordio", "direct"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Robinho", "PER", "BRA",
               ["Der frühere brasilianische Fußballnationalspieler Robinho", "den 40-Jährigen", "Robinho",
                "den Ex-Profi", "des Ex-Stürmers", "er"]),
        entity("Italy", "LOC", "ITA", ["Italien"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Beamte der Bundespolizei", "die Behörde"]),
        entity("Santos", "LOC", "BRA", ["der Küstenstadt Santos"]),
        entity("Luiz Fux", "PER", "BRA", ["Richter Luiz Fux"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["vom Obersten Bundesgericht (STF)"]),
        entity("lawyers of Robinho", "PER", "BRA", ["der Verteidigung", "Seine Anwälte"]),
        entity("Superior Court of Justice of Brazil", "ORG", "BRA", ["der Oberste Gerichtshof (STJ)", "des STJ"]),
        entity("Brazil", "LOC", "BRA", ["Brasilien"]),
        entity("Court of Milan", "ORG", "ITA", ["Ein Mailänder Gericht"]),
        entity("co-defendants of Robinho", "PER", "BRA", ["fünf weitere Männer"]),
        entity("victim of the 2013 rape", "PER", "ALB", ["einer jungen Frau", "die Frau"]),
        entity("Italian judiciary", "ORG", "ITA", ["die italienische Justiz"]),
        entity("custody judge", "PER", "BRA", ["einer Haftrichterin"]),
        entity("Tremembé prison", "LOC", "BRA", ["das Gefängnis Tremembé"]),
        entity("São Paulo (state)", "LOC", "BRA", ["Bundesstaat São Paulo"]),
        entity("Carlo Nordio", "PER", "ITA", ["Italiens Justizminister Carlo Nordio"]),
        entity("Brazilian judiciary", "ORG", "BRA", ["der brasilianischen Justiz"]),
        entity("Brazilian women's rights groups", "ORG", "BRA", ["Frauenrechtsgruppen in Brasilien"]),
        entity("Real Madrid", "ORG", "ESP", ["Real Madrid"]),
        entity("Manchester City", "ORG", "GBR", ["Manchester City"]),
        entity("AC Milan", "ORG", "ITA", ["den AC Mailand"]),
        entity("Italian investigators", "ORG", "ITA", ["italienische Ermittler"]),
    ],
}

# ---------------------------------------------------------------- hm498-de-03 (Argentina, Kirchner attack verdict)
TOF6 = actor("Federal Oral Criminal Court No. 6 of Buenos Aires", "ARG", "JUD")
SABAG = actor("Fernando Sabag Montiel", "ARG", "CVL")
ULIARTE = actor("Brenda Uliarte", "ARG", "CVL")
KIRCHNER = actor("Cristina Fernández de Kirchner", "ARG", "OPP")
ARG_PROSECUTORS = actor("Public Prosecutor's Office of Argentina", "ARG", "JUD")
UBEIRA = actor("José Manuel Ubeira", "ARG", "CVL")
MILMAN = actor("Gerardo Milman", "ARG", "PTY")
CAPUCHETTI = actor("María Eugenia Capuchetti", "ARG", "JUD")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
PERONISTS = actor("Peronist supporters", "ARG", "PTY")

K1 = ("Buenos Aires (dpa) - Drei Jahre nach dem gescheiterten Attentat auf Argentiniens frühere Präsidentin Cristina "
      "Fernández de Kirchner ist der Hauptangeklagte zu zehn Jahren Haft verurteilt worden.")
K2 = ("Ein Bundesgericht in Buenos Aires sprach den 38-jährigen Fernando Sabag Montiel am Mittwoch des versuchten "
      "Mordes schuldig.")
K3 = "Seine damalige Freundin Brenda Uliarte erhielt als Mittäterin acht Jahre Haft."
K4 = "Der dritte Angeklagte, der Zuckerwatteverkäufer Gabriel Carrizo, wurde freigesprochen."
K5 = ("Sabag Montiel hatte am 1. September 2022 vor Kirchners Wohnung im Stadtteil Recoleta eine Pistole auf den Kopf "
      "der Politikerin gerichtet und abgedrückt.")
K6 = "Der Schuss löste sich jedoch nicht."
K7 = "Die Staatsanwaltschaft hatte für ihn 15 Jahre Haft gefordert."
K7B = "Sabag Montiel hatte im Prozess erklärt, er habe aus Hass auf die Politikerin gehandelt."
K8 = "Kirchner, die wegen Korruption selbst unter Hausarrest steht, verfolgte die Urteilsverkündung per Video."
K9 = ("Ihr Anwalt José Manuel Ubeira kritisierte, das Gericht habe die Hintermänner des Anschlags nie ernsthaft "
      "gesucht.")
K10 = "„Die Frage, wer das Attentat bezahlt hat, bleibt offen“, sagte er vor Journalisten."
K11 = ("Kirchner hatte wiederholt dem früheren PRO-Abgeordneten Gerardo Milman vorgeworfen, von den Plänen gewusst zu "
       "haben.")
K12 = "Milman weist dies zurück."
K13 = "Ermittlungsrichterin María Eugenia Capuchetti prüft die Vorwürfe gegen ihn in einem getrennten Verfahren."
K14 = "Präsidentensprecher Manuel Adorni begrüßte das Urteil."
K15 = ("Vor dem Gerichtsgebäude im Stadtteil Retiro versammelten sich Hunderte Anhänger der Peronisten und verlangten "
       "Aufklärung über mögliche Auftraggeber.")
K16 = ("Der Anschlag hatte in Argentinien eine Welle der Solidarität mit Kirchner ausgelöst, auch bei politischen "
       "Gegnern.")

DE03 = {
    "id": "hm498-de-03", "lang": "de", "url": None, "published": "2025-10-09",
    "title": "Zehn Jahre Haft für Angriff auf Cristina Kirchner",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K7B], [K8, K9, K10], [K11, K12, K13], [K14, K15, K16]),
    "events": [
        event("SANCTION", TOF6, SABAG, K1, mode="convict"),
        event("SANCTION", TOF6, SABAG, K2, mode="convict", date="2025-10-08", location="Buenos Aires",
              location_country="ARG"),
        event("SANCTION", TOF6, ULIARTE, K3, mode="convict"),
        event("ASSAULT", SABAG, KIRCHNER, K5, mode="firearms", date="2022-09-01", location="Recoleta",
              location_country="ARG"),
        event("REQUEST", ARG_PROSECUTORS, TOF6, K7),
        event("ACCUSE", UBEIRA, TOF6, K9, mode="disapprove"),
        event("ACCUSE", KIRCHNER, MILMAN, K11, mode="allege"),
        event("ACCUSE", CAPUCHETTI, MILMAN, K13, mode="investigate"),
        event("SUPPORT", ADORNI, TOF6, K14),
        event("PROTEST", PERONISTS, TOF6, K15, mode="demo", location="Retiro", location_country="ARG"),
    ],
    "quotes": [
        quote("er habe aus Hass auf die Politikerin gehandelt", "Fernando Sabag Montiel", "indirect"),
        quote("das Gericht habe die Hintermänner des Anschlags nie ernsthaft gesucht", "José Manuel Ubeira",
              "indirect"),
        quote("Die Frage, wer das Attentat bezahlt hat, bleibt offen", "José Manuel Ubeira", "direct"),
        quote("von den Plänen gewusst zu haben", "Cristina Fernández de Kirchner", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Argentina", "LOC", "ARG", ["Argentiniens", "Argentinien"]),
        entity("Cristina Fernández de Kirchner", "PER", "ARG",
               ["Argentiniens frühere Präsidentin Cristina Fernández de Kirchner", "Kirchners", "der Politikerin",
                "Kirchner"]),
        entity("Federal Oral Criminal Court No. 6 of Buenos Aires", "ORG", "ARG",
               ["Ein Bundesgericht in Buenos Aires", "das Gericht"]),
        entity("Fernando Sabag Montiel", "PER", "ARG",
               ["der Hauptangeklagte", "den 38-jährigen Fernando Sabag Montiel", "Sabag Montiel", "ihn", "er"]),
        entity("Brenda Uliarte", "PER", "ARG", ["Seine damalige Freundin Brenda Uliarte"]),
        entity("Gabriel Carrizo", "PER", "ARG", ["Der dritte Angeklagte, der Zuckerwatteverkäufer Gabriel Carrizo"]),
        entity("Recoleta", "LOC", "ARG", ["Stadtteil Recoleta"]),
        entity("Public Prosecutor's Office of Argentina", "ORG", "ARG", ["Die Staatsanwaltschaft"]),
        entity("José Manuel Ubeira", "PER", "ARG", ["Ihr Anwalt José Manuel Ubeira", "er"]),
        entity("Gerardo Milman", "PER", "ARG", ["dem früheren PRO-Abgeordneten Gerardo Milman", "Milman", "ihn"]),
        entity("Republican Proposal", "ORG", "ARG", ["PRO"]),
        entity("María Eugenia Capuchetti", "PER", "ARG", ["Ermittlungsrichterin María Eugenia Capuchetti"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni"]),
        entity("Peronist supporters", "PER", "ARG", ["Hunderte Anhänger der Peronisten"]),
        entity("Justicialist Party", "ORG", "ARG", ["der Peronisten"]),
        entity("Retiro", "LOC", "ARG", ["Stadtteil Retiro"]),
    ],
}

# ---------------------------------------------------------------- hm498-de-04 (Chile, Constitutional Council vote)
KAST = actor("José Antonio Kast", "CHL", "PTY")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
REPUBLICANS = actor("Republican Party (Chile)", "CHL", "PTY")
CHL_PARTY_LEADERS = actor("leaders of Chile's governing parties", "CHL", "PTY")

C1 = ("Santiago de Chile (dpa) - Bei der Wahl eines neuen Verfassungsrats in Chile hat die rechtsextreme "
      "Republikanische Partei einen klaren Sieg errungen.")
C2 = ("Die Partei von José Antonio Kast kam nach Angaben der Wahlbehörde Servel auf rund 35 Prozent der Stimmen und "
      "22 Sitze in dem Gremium.")
C3 = "Das linke Regierungsbündnis Unidad para Chile von Präsident Gabriel Boric erhielt 16 Sitze."
C4 = ("Zusammen mit dem konservativen Bündnis Chile Seguro verfügt die Rechte über mehr als drei Fünftel der Mandate "
      "und kann Artikel ohne Stimmen der Linken beschließen.")
C5 = ("Kast forderte die Regierung am Sonntagabend auf, ihren Kurs in der Sicherheits- und Migrationspolitik zu "
      "korrigieren.")
C6 = "„Chile hat heute eine gescheiterte Regierung abgewählt“, sagte er vor Anhängern in Santiago."
C7 = ("Boric gratulierte den Gewinnern und rief die Republikaner auf, nicht die Fehler des ersten "
      "Verfassungskonvents zu wiederholen.")
C8 = ("„Ich lade sie ein, nicht denselben Fehler zu begehen, den wir begangen haben“, sagte der Präsident in einer "
      "Fernsehansprache.")
C9 = "Regierungssprecherin Camila Vallejo sprach von einem „schwierigen Ergebnis“ für das Regierungslager."
C10 = ("Boric kündigte an, am Montag die Vorsitzenden der Regierungsparteien im Präsidentenpalast La Moneda zu "
       "empfangen.")
C11 = ("Die Republikaner hatten im Wahlkampf eine härtere Linie gegen irreguläre Migration und Kriminalität "
       "verlangt.")
C12 = ("Der erste, von linken Kräften geprägte Verfassungsentwurf war im September 2022 in einem Referendum mit 62 "
       "Prozent der Stimmen abgelehnt worden.")
C13 = ("Der neue Rat soll ab Juni auf Grundlage eines Entwurfs einer Expertenkommission eine Verfassung ausarbeiten, "
       "über die im Dezember abgestimmt wird.")
C14 = "Die Verfassung aus der Zeit der Militärdiktatur von Augusto Pinochet gilt bis heute, wenn auch mehrfach reformiert."
C15 = "Für die Wahl galt Wahlpflicht; mehr als zwei Millionen Wähler gaben ungültige oder leere Stimmzettel ab."

DE04 = {
    "id": "hm498-de-04", "lang": "de", "url": None, "published": "2023-05-08",
    "title": "Chiles Rechtsextreme gewinnen Wahl zum Verfassungsrat",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11], [C12, C13, C14, C15]),
    "events": [
        event("REQUEST", KAST, CHL_GOV, C5, mode="change", date="2023-05-07"),
        event("ACCUSE", KAST, CHL_GOV, C6, mode="disapprove", location="Santiago", location_country="CHL"),
        event("SUPPORT", BORIC, REPUBLICANS, C7),
        event("REQUEST", BORIC, REPUBLICANS, C7, mode="change"),
        event("REQUEST", BORIC, REPUBLICANS, C8, mode="change"),
        event("AGREE", BORIC, CHL_PARTY_LEADERS, C10, mode="meet", date="2023-05-08", location="La Moneda",
              location_country="CHL"),
        event("REQUEST", REPUBLICANS, CHL_GOV, C11, mode="change"),
    ],
    "quotes": [
        quote("Die Partei von José Antonio Kast kam nach Angaben der Wahlbehörde Servel auf rund 35 Prozent der "
              "Stimmen und 22 Sitze in dem Gremium", "Electoral Service of Chile", "indirect"),
        quote("ihren Kurs in der Sicherheits- und Migrationspolitik zu korrigieren", "José Antonio Kast", "indirect"),
        quote("Chile hat heute eine gescheiterte Regierung abgewählt", "José Antonio Kast", "direct"),
        quote("nicht die Fehler des ersten Verfassungskonvents zu wiederholen", "Gabriel Boric", "indirect"),
        quote("Ich lade sie ein, nicht denselben Fehler zu begehen, den wir begangen haben", "Gabriel Boric",
              "direct"),
        quote("schwierigen Ergebnis", "Camila Vallejo", "direct"),
    ],
    "entities": [
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile", "Santiago"]),
        entity("Chile", "LOC", "CHL", ["Chile"]),
        entity("Constitutional Council of Chile", "ORG", "CHL",
               ["eines neuen Verfassungsrats", "dem Gremium", "Der neue Rat"]),
        entity("Republican Party (Chile)", "ORG", "CHL",
               ["die rechtsextreme Republikanische Partei", "Die Partei von José Antonio Kast", "den Gewinnern",
                "die Republikaner", "sie", "Die Republikaner"]),
        entity("José Antonio Kast", "PER", "CHL", ["José Antonio Kast", "Kast", "er"]),
        entity("Electoral Service of Chile", "ORG", "CHL", ["der Wahlbehörde Servel"]),
        entity("Unidad para Chile", "ORG", "CHL",
               ["Das linke Regierungsbündnis Unidad para Chile", "das Regierungslager"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "Boric", "der Präsident"]),
        entity("Chile Seguro", "ORG", "CHL", ["dem konservativen Bündnis Chile Seguro"]),
        entity("Government of Chile", "ORG", "CHL", ["die Regierung", "eine gescheiterte Regierung"]),
        entity("Kast supporters", "PER", "CHL", ["Anhängern"]),
        entity("Constitutional Convention of Chile", "ORG", "CHL", ["des ersten Verfassungskonvents"]),
        entity("Camila Vallejo", "PER", "CHL", ["Regierungssprecherin Camila Vallejo"]),
        entity("leaders of Chile's governing parties", "PER", "CHL", ["die Vorsitzenden der Regierungsparteien"]),
        entity("La Moneda", "LOC", "CHL", ["im Präsidentenpalast La Moneda"]),
        entity("Expert Commission", "ORG", "CHL", ["einer Expertenkommission"]),
        entity("Augusto Pinochet", "PER", "CHL", ["Augusto Pinochet"]),
    ],
}

# ---------------------------------------------------------------- hm498-en-01 (Brazil, Rumble suspended)
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
RUMBLE = actor("Rumble", "MNC", "BUS")
ANATEL = actor("National Telecommunications Agency of Brazil", "BRA", "GOV")
DOS_SANTOS = actor("Allan dos Santos", "BRA", "MED")
PAVLOVSKI = actor("Chris Pavlovski", "MNC", "BUS")
TMTG = actor("Trump Media & Technology Group", "USA", "BUS")
GONET = actor("Paulo Gonet", "BRA", "JUD")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
BOLSONARO_ALLIES = actor("allies of Jair Bolsonaro", "BRA", "OPP")
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
X_CORP = actor("X Corp.", "MNC", "BUS")

A1 = ("BRASILIA, Brazil (AP) — Brazilian Supreme Court Justice Alexandre de Moraes on Friday ordered the suspension "
      "of the video platform Rumble in Brazil for failing to comply with court orders, including one to name a legal "
      "representative in the country.")
A2 = ("In his ruling, Moraes said Rumble had tried to place itself outside the reach of Brazilian law, and he gave "
      "the telecommunications regulator Anatel 24 hours to enforce the block.")
A3 = ("The justice had ordered the company on Wednesday to appoint a representative within 48 hours, warning that it "
      "could otherwise be suspended.")
A4 = ("The dispute centers on the accounts of Allan dos Santos, a right-wing blogger living in the United States whom "
      "Moraes has ordered arrested and whose profiles he has ordered blocked.")
A5 = "Rumble CEO Chris Pavlovski said the company would not obey what he called \"secret and illegal\" orders."
A6 = "\"We will see you in court,\" Pavlovski wrote on X earlier this week in a post addressed to Moraes."
A7 = ("On Wednesday, Rumble and President Donald Trump's media company, Trump Media & Technology Group, sued Moraes in "
      "federal court in Tampa, Florida, accusing him of censoring political speech in the United States.")
A8 = "Moraes's office declined to comment on the lawsuit."
A9 = ("The ruling comes three days after Brazil's prosecutor-general, Paulo Gonet, charged former President Jair "
      "Bolsonaro with plotting a coup to stay in power after losing the 2022 election.")
A10 = "Bolsonaro, whose case Moraes oversees, denies wrongdoing."
A11 = ("Allies of Bolsonaro have accused Moraes of overreach and urged the Trump administration to sanction him.")
A12 = ("Last year, Moraes had X blocked for more than a month after Elon Musk's platform also refused to name a legal "
       "representative.")
A13 = "Anatel said it would carry out the order once it was formally notified."
A14 = ("Brazil's Supreme Court has long argued that foreign platforms operating in the country must abide by its "
       "laws.")

EN01 = {
    "id": "hm498-en-01", "lang": "en", "url": None, "published": "2025-02-22",
    "title": "Brazil's Supreme Court justice orders Rumble suspended in the country",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8], [A9, A10, A11], [A12, A13, A14]),
    "events": [
        event("COERCE", MORAES, RUMBLE, A1, mode="censor", date="2025-02-21", location_country="BRA"),
        event("ACCUSE", MORAES, RUMBLE, A2, mode="allege"),
        event("REQUEST", MORAES, ANATEL, A2),
        event("REQUEST", MORAES, RUMBLE, A3, date="2025-02-19"),
        event("THREATEN", MORAES, RUMBLE, A3, mode="ban", date="2025-02-19"),
        event("THREATEN", MORAES, DOS_SANTOS, A4, mode="arrest"),
        event("COERCE", MORAES, DOS_SANTOS, A4, mode="censor"),
        event("REJECT", PAVLOVSKI, MORAES, A5),
        event("ACCUSE", PAVLOVSKI, MORAES, A5, mode="disapprove"),
        event("THREATEN", PAVLOVSKI, MORAES, A6),
        event("ACCUSE", RUMBLE, MORAES, A7, mode="allege", date="2025-02-19", location="Tampa",
              location_country="USA"),
        event("ACCUSE", TMTG, MORAES, A7, mode="allege", date="2025-02-19", location="Tampa",
              location_country="USA"),
        event("ACCUSE", GONET, BOLSONARO, A9, mode="allege", date="2025-02-18"),
        event("ACCUSE", BOLSONARO_ALLIES, MORAES, A11, mode="disapprove"),
        event("REQUEST", BOLSONARO_ALLIES, USA_GOV_E, A11),
        event("COERCE", MORAES, X_CORP, A12, mode="censor"),
        event("REJECT", X_CORP, MORAES, A12),
        event("AGREE", ANATEL, MORAES, A13),
    ],
    "quotes": [
        quote("Rumble had tried to place itself outside the reach of Brazilian law", "Alexandre de Moraes",
              "indirect"),
        quote("the company would not obey what he called \"secret and illegal\" orders", "Chris Pavlovski",
              "indirect"),
        quote("secret and illegal", "Chris Pavlovski", "direct"),
        quote("We will see you in court", "Chris Pavlovski", "direct"),
        quote("it would carry out the order once it was formally notified",
              "National Telecommunications Agency of Brazil", "indirect"),
        quote("foreign platforms operating in the country must abide by its laws", "Supreme Federal Court of Brazil",
              "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["BRASILIA"]),
        entity("Brazil", "LOC", "BRA", ["Brazil", "the country"]),
        entity("Alexandre de Moraes", "PER", "BRA",
               ["Brazilian Supreme Court Justice Alexandre de Moraes", "Moraes", "he", "The justice", "him",
                "Moraes's"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["Brazilian Supreme Court", "Brazil's Supreme Court"]),
        entity("Rumble", "ORG", "MNC", ["the video platform Rumble", "Rumble", "the company"]),
        entity("National Telecommunications Agency of Brazil", "ORG", "BRA",
               ["the telecommunications regulator Anatel", "Anatel"]),
        entity("Allan dos Santos", "PER", "BRA",
               ["Allan dos Santos, a right-wing blogger living in the United States"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Chris Pavlovski", "PER", "CAN", ["Rumble CEO Chris Pavlovski", "he", "Pavlovski"]),
        entity("X", "ORG", "MNC", ["X", "Elon Musk's platform"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump's"]),
        entity("Trump Media & Technology Group", "ORG", "USA",
               ["President Donald Trump's media company, Trump Media & Technology Group"]),
        entity("Tampa", "LOC", "USA", ["Tampa"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Office of Alexandre de Moraes", "ORG", "BRA", ["Moraes's office"]),
        entity("Paulo Gonet", "PER", "BRA", ["Brazil's prosecutor-general, Paulo Gonet"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["former President Jair Bolsonaro", "Bolsonaro"]),
        entity("allies of Jair Bolsonaro", "PER", "BRA", ["Allies of Bolsonaro"]),
        entity("Government of the United States", "ORG", "USA", ["the Trump administration"]),
        entity("Elon Musk", "PER", "USA", ["Elon Musk's"]),
    ],
}

# ---------------------------------------------------------------- hm498-en-02 (Guyana, Ali's second term)
GECOM = actor("Guyana Elections Commission", "GUY", "GOV")
ALI = actor("Irfaan Ali", "GUY", "GOV")
US_TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
AZRUDDIN = actor("Azruddin Mohamed", "GUY", "OPP")
NAZAR = actor("Nazar Mohamed", "GUY", "BUS")
NORTON = actor("Aubrey Norton", "GUY", "OPP")
VEN_GOV_E = actor("Government of Venezuela", "VEN", "GOV")
GDF = actor("Guyana Defence Force", "GUY", "MIL")
VEN_GUNMEN = actor("unidentified gunmen in Venezuela", "VEN", "CVL")
RUBIO = actor("Marco Rubio", "USA", "GOV")
COMMONWEALTH = actor("Commonwealth of Nations", "IGO", "IGO")
CARICOM = actor("Caribbean Community", "IGO", "IGO")

G1 = ("GEORGETOWN, Guyana (AP) — Guyana's President Irfaan Ali was sworn in for a second five-year term on Sunday, a "
      "day after the elections commission declared his People's Progressive Party/Civic the winner of the Sept. 1 "
      "general election.")
G2 = ("The party won 36 of the 65 seats in the National Assembly, according to the Guyana Elections Commission.")
G3 = ("In a surprise result, the new We Invest in Nationhood party of businessman Azruddin Mohamed came second with 16 "
      "seats, pushing the longtime opposition coalition A Partnership for National Unity into third place.")
G4 = ("Mohamed and his father, Nazar, were sanctioned by the U.S. Treasury Department last year over alleged gold "
      "smuggling and tax evasion, accusations they deny.")
G5 = ("Mohamed rejected the results on Sunday, alleging that the voter list had been padded with tens of thousands of "
      "names.")
G6 = "APNU leader Aubrey Norton also complained of irregularities but did not call for a new vote."
G7 = ("\"The people have spoken, and they have spoken clearly,\" Ali told supporters after taking the oath at the "
      "State House in Georgetown.")
G8 = "He said oil revenue would be used to build roads, hospitals and schools and to lower the cost of living."
G9 = ("Ali also accused Venezuela of trying to intimidate voters in the Essequibo region, which Caracas claims as its "
      "own.")
G10 = ("On election day, soldiers escorting ballot boxes on the Cuyuni River came under fire from the Venezuelan side, "
       "the Guyana Defence Force said.")
G11 = "No soldiers were hurt, the military said."
G12 = ("U.S. Secretary of State Marco Rubio congratulated Ali in a statement, calling Guyana \"a key partner\" in the "
       "region.")
G13 = ("Observers from the Commonwealth and the Caribbean Community said the vote had been largely peaceful and well "
       "organized.")
G14 = ("Since ExxonMobil began pumping oil off its coast in 2019, Guyana has become one of the fastest-growing "
       "economies in the world.")
G15 = ("Ali's party has governed since 2020, when it took power after a five-month standoff over a disputed "
       "recount.")

EN02 = {
    "id": "hm498-en-02", "lang": "en", "url": None, "published": "2025-09-07",
    "title": "Guyana's Ali sworn in for second term as newcomer party becomes main opposition",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9], [G10, G11, G12, G13], [G14, G15]),
    "events": [
        event("SUPPORT", GECOM, ALI, G1, date="2025-09-06"),
        event("SANCTION", US_TREASURY, AZRUDDIN, G4),
        event("SANCTION", US_TREASURY, NAZAR, G4),
        event("ACCUSE", AZRUDDIN, GECOM, G5, mode="allege", date="2025-09-07"),
        event("ACCUSE", NORTON, GECOM, G6, mode="disapprove"),
        event("REQUEST", NORTON, GECOM, G6, mode="change", negated=True),
        event("ACCUSE", ALI, VEN_GOV_E, G9, mode="allege"),
        event("ACCUSE", GDF, VEN_GUNMEN, G10, mode="allege", date="2025-09-01", location="Cuyuni River",
              location_country="GUY"),
        event("SUPPORT", RUBIO, ALI, G12),
        event("SUPPORT", COMMONWEALTH, GECOM, G13),
        event("SUPPORT", CARICOM, GECOM, G13),
    ],
    "quotes": [
        quote("The party won 36 of the 65 seats in the National Assembly", "Guyana Elections Commission",
              "indirect"),
        quote("the voter list had been padded with tens of thousands of names", "Azruddin Mohamed", "indirect"),
        quote("The people have spoken, and they have spoken clearly", "Irfaan Ali", "direct"),
        quote("oil revenue would be used to build roads, hospitals and schools and to lower the cost of living",
              "Irfaan Ali", "indirect"),
        quote("On election day, soldiers escorting ballot boxes on the Cuyuni River came under fire from the "
              "Venezuelan side", "Guyana Defence Force", "indirect"),
        quote("No soldiers were hurt", "Guyana Defence Force", "indirect"),
        quote("a key partner", "Marco Rubio", "direct"),
        quote("the vote had been largely peaceful and well organized", "Commonwealth and CARICOM election observers",
              "indirect"),
    ],
    "entities": [
        entity("Georgetown", "LOC", "GUY", ["GEORGETOWN", "Georgetown"]),
        entity("Guyana", "LOC", "GUY", ["Guyana", "Guyana's"]),
        entity("Irfaan Ali", "PER", "GUY", ["Guyana's President Irfaan Ali", "Ali", "He", "Ali's"]),
        entity("Guyana Elections Commission", "ORG", "GUY",
               ["the elections commission", "the Guyana Elections Commission"]),
        entity("People's Progressive Party/Civic", "ORG", "GUY",
               ["his People's Progressive Party/Civic", "The party", "Ali's party"]),
        entity("National Assembly of Guyana", "ORG", "GUY", ["the National Assembly"]),
        entity("We Invest in Nationhood", "ORG", "GUY",
               ["the new We Invest in Nationhood party of businessman Azruddin Mohamed"]),
        entity("Azruddin Mohamed", "PER", "GUY", ["businessman Azruddin Mohamed", "Mohamed"]),
        entity("A Partnership for National Unity", "ORG", "GUY",
               ["the longtime opposition coalition A Partnership for National Unity", "APNU"]),
        entity("Nazar Mohamed", "PER", "GUY", ["his father, Nazar"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["the U.S. Treasury Department"]),
        entity("Aubrey Norton", "PER", "GUY", ["APNU leader Aubrey Norton"]),
        entity("supporters of Irfaan Ali", "PER", "GUY", ["supporters"]),
        entity("State House (Guyana)", "LOC", "GUY", ["the State House in Georgetown"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Venezuela", "Caracas"]),
        entity("Essequibo", "LOC", "GUY", ["the Essequibo region"]),
        entity("Cuyuni River", "LOC", "GUY", ["the Cuyuni River"]),
        entity("Guyanese soldiers", "PER", "GUY", ["soldiers escorting ballot boxes", "No soldiers"]),
        entity("Guyana Defence Force", "ORG", "GUY", ["the Guyana Defence Force", "the military"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio"]),
        entity("Commonwealth of Nations", "ORG", "IGO", ["the Commonwealth"]),
        entity("Caribbean Community", "ORG", "IGO", ["the Caribbean Community"]),
        entity("ExxonMobil", "ORG", "USA", ["ExxonMobil"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
