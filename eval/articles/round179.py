"""Round 179: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm179-de-01: Libya's central bank crisis: the Presidential Council ousts governor al-Kabir, the eastern government halts oil output, UNSMIL calls for talks (2024-08-27).
- hm179-de-02: Chad's Mahamat Déby declared winner of the presidential election; Masra alleges fraud and rejects Déby's offer of dialogue (2024-05-10).
- hm179-de-03: Guatemala's Bernardo Arévalo sworn in after a ten-hour delay in Congress; protests, OAS pressure, row with Attorney General Porras (2024-01-15).
- hm179-de-04: After the Tower 22 drone attack in Jordan, Kataib Hezbollah suspends attacks on US troops; Biden vows a response, Iran denies involvement (2024-01-31).
- hm179-en-01: Ghana's Vice President Bawumia concedes defeat to John Mahama; AU and ECOWAS praise the vote (2024-12-08).
- hm179-en-02: Brazil's Prosecutor-General Gonet charges Jair Bolsonaro over an alleged coup plot; Bolsonaro cries persecution (2025-02-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm179-de-01 (Libya)
GNS = actor("Government of National Stability", "LBY", "GOV")
LBY_PC = actor("Presidential Council of Libya", "LBY", "GOV")
KABIR = actor("Sadiq al-Kabir", "LBY", "GOV")
CBL = actor("Central Bank of Libya", "LBY", "GOV")
LBY_GUNMEN = actor("unidentified gunmen", "LBY", None)
MSALLAM = actor("Musab Msallam", "LBY", "GOV")
LBY_HOR = actor("House of Representatives", "LBY", "LEG")
UNSMIL = actor("United Nations Support Mission in Libya (UNSMIL)", "UNO", "IGO")

A1 = ("Tripolis (dpa) - Im Machtkampf um die libysche Zentralbank hat die Regierung im Osten des Landes die "
      "Förderung und den Export von Öl gestoppt.")
A2 = ("Die Maßnahme sei eine Antwort auf die „wiederholten Angriffe“ auf die Bank, teilte die Regierung von "
      "Ministerpräsident Ossama Hammad am Montag in Bengasi mit.")
A3 = ("Zuvor hatte der Präsidialrat in Tripolis den langjährigen Zentralbankchef Saddik al-Kabir abgesetzt, ein vom "
      "Rat ernannter Ausschuss übernahm am Montag die Amtsräume der Bank.")
A4 = ("Anfang August hatten Bewaffnete den Leiter der IT-Abteilung der Bank verschleppt und erst nach Stunden wieder "
      "freigelassen.")
A5 = "Kabir weigert sich, sein Amt abzugeben."
A6 = ("Die Absetzung sei „illegal“, der Präsidialrat habe dafür keine Befugnis, sagte er dem Sender "
      "Al-Dschasira.")
A7 = ("Auch das Parlament im Osten unter Aguila Saleh stellte sich hinter den Gouverneur und forderte den "
      "Präsidialrat auf, seine Entscheidung „umgehend zurückzunehmen“.")
A8 = ("Ein Sprecher von Ratschef Mohammed al-Menfi wies die Vorwürfe zurück und sagte, der Rat handle im Rahmen "
      "seiner Befugnisse.")
A9 = "Die Bank ist seit Tagen weitgehend lahmgelegt, in Tripolis bildeten sich lange Schlangen vor Geldautomaten."
A10 = "Die UN-Mission in Libyen (Unsmil) rief den Präsidialrat und die Regierung in Bengasi zur Zurückhaltung auf."
A11 = "Sie lud Vertreter beider Lager zu einem Dringlichkeitstreffen ein, um eine „einvernehmliche Lösung“ zu finden."
A12 = "Ein längerer Förderstopp würde das Land Milliarden kosten, denn Öl ist seine mit Abstand wichtigste Einnahmequelle."

DE01 = {
    "id": "hm179-de-01", "lang": "de", "url": None, "published": "2024-08-27",
    "title": "Machtkampf um Zentralbank: Ostlibyen stoppt Ölförderung",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9], [A10, A11, A12]),
    "events": [
        event("SANCTION", GNS, LBY_PC, A1, mode="discontinue"),
        event("ACCUSE", GNS, LBY_PC, A2, mode="disapprove", date="2024-08-26"),
        event("SANCTION", LBY_PC, KABIR, A3, mode="expel"),
        event("COERCE", LBY_PC, CBL, A3, mode="seize", date="2024-08-26", location="Tripoli",
              location_country="LBY"),
        event("ASSAULT", LBY_GUNMEN, MSALLAM, A4, mode="abduct", location="Tripoli", location_country="LBY"),
        event("RETREAT", LBY_GUNMEN, MSALLAM, A4, mode="release", location="Tripoli", location_country="LBY"),
        event("REJECT", KABIR, LBY_PC, A5, mode="change"),
        event("ACCUSE", KABIR, LBY_PC, A6, mode="disapprove"),
        event("SUPPORT", LBY_HOR, KABIR, A7),
        event("REQUEST", LBY_HOR, LBY_PC, A7, mode="change"),
        event("REQUEST", UNSMIL, LBY_PC, A10, mode="change"),
        event("REQUEST", UNSMIL, GNS, A10, mode="change"),
        event("AGREE", UNSMIL, LBY_PC, A11),
        event("AGREE", UNSMIL, GNS, A11),
    ],
    "quotes": [
        quote("wiederholten Angriffe", "Government of National Stability", "direct"),
        quote("Die Maßnahme sei eine Antwort auf die „wiederholten Angriffe“ auf die Bank",
              "Government of National Stability", "indirect"),
        quote("illegal", "Sadiq al-Kabir", "direct"),
        quote("Die Absetzung sei „illegal“, der Präsidialrat habe dafür keine Befugnis", "Sadiq al-Kabir", "indirect"),
        quote("umgehend zurückzunehmen", "House of Representatives", "direct"),
        quote("seine Entscheidung „umgehend zurückzunehmen“", "House of Representatives", "indirect"),
        quote("der Rat handle im Rahmen seiner Befugnisse", "Spokesman for Mohamed al-Menfi", "indirect"),
        quote("einvernehmliche Lösung", "United Nations Support Mission in Libya (UNSMIL)", "direct"),
    ],
    "entities": [
        entity("Libya", "GPE", "LBY", ["libysche", "des Landes", "Libyen", "das Land"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Benghazi", "LOC", "LBY", ["Bengasi"]),
        entity("Central Bank of Libya", "ORG", "LBY", ["die libysche Zentralbank", "die Bank", "der Bank", "Die Bank"]),
        entity("Government of National Stability", "ORG", "LBY",
               ["die Regierung im Osten des Landes", "die Regierung von Ministerpräsident Ossama Hammad",
                "die Regierung in Bengasi"]),
        entity("Osama Hammad", "PER", "LBY", ["Ministerpräsident Ossama Hammad"]),
        entity("Presidential Council of Libya", "ORG", "LBY",
               ["der Präsidialrat in Tripolis", "der Präsidialrat", "den Präsidialrat", "vom Rat", "der Rat"]),
        entity("Sadiq al-Kabir", "PER", "LBY",
               ["den langjährigen Zentralbankchef Saddik al-Kabir", "Kabir", "er", "den Gouverneur"]),
        entity("Musab Msallam", "PER", "LBY", ["den Leiter der IT-Abteilung der Bank"]),
        entity("unidentified gunmen", "ORG", "LBY", ["Bewaffnete"]),
        entity("Al Jazeera", "ORG", "QAT", ["dem Sender Al-Dschasira"]),
        entity("House of Representatives", "ORG", "LBY", ["das Parlament im Osten unter Aguila Saleh"]),
        entity("Aguila Saleh", "PER", "LBY", ["Aguila Saleh"]),
        entity("Mohamed al-Menfi", "PER", "LBY", ["Ratschef Mohammed al-Menfi"]),
        entity("Spokesman for Mohamed al-Menfi", "PER", "LBY", ["Ein Sprecher von Ratschef Mohammed al-Menfi"]),
        entity("United Nations Support Mission in Libya (UNSMIL)", "ORG", "UNO",
               ["Die UN-Mission in Libyen (Unsmil)", "Sie"]),
    ],
}

# ---------------------------------------------------------------- hm179-de-02 (Chad)
DEBY = actor("Mahamat Idriss Déby", "TCD", "GOV")
MASRA = actor("Succès Masra", "TCD", "PTY")
TCD_SEC = actor("Chadian security forces", "TCD", "COP")
TRANSFO = actor("Les Transformateurs", "TCD", "PTY")
TCD_OPP = actor("Chadian opposition", "TCD", "OPP")
TCD_ARMY = actor("Chadian Armed Forces", "TCD", "MIL")
DILLO = actor("Yaya Dillo", "TCD", "OPP")
FRANCE = actor("France", "FRA", "GOV")
AU = actor("African Union", "IGO", "IGO")
HRW = actor("Human Rights Watch", "NGO", "NGO")
TCD_GOV = actor("Government of Chad", "TCD", "GOV")

B1 = ("N'Djamena (dpa) - Im Tschad ist Übergangspräsident Mahamat Idriss Déby zum Sieger der Präsidentenwahl "
      "erklärt worden.")
B2 = ("Nach vorläufigen Ergebnissen der Wahlbehörde Ange kam er auf gut 61 Prozent der Stimmen, sein "
      "Herausforderer, Ministerpräsident Succès Masra, auf 18,5 Prozent.")
B3 = "Masra hatte sich bereits vor der Bekanntgabe am Donnerstag selbst zum Sieger erklärt."
B4 = ("Das Ergebnis sei von Débys Lager „gefälscht“ worden, sagte der 40-Jährige am Freitag in einer "
      "Videobotschaft.")
B5 = "Bei Freudenschüssen in der Hauptstadt kamen in der Nacht mehrere Menschen ums Leben."
B6 = "Sicherheitskräfte zogen am Freitag vor Masras Parteizentrale auf und sperrten die umliegenden Straßen ab."
B7 = "Déby bot seinen Gegnern in einer Fernsehansprache die „ausgestreckte Hand“ an."
B8 = "Die Opposition habe nun keinen Grund mehr, sich dem Dialog zu verweigern, sagte er."
B9 = "Masras Partei Les Transformateurs lehnte das Angebot umgehend ab."
B10 = ("Im Februar war Oppositionsführer Yaya Dillo bei einem Angriff der Armee auf die Zentrale seiner Partei "
       "getötet worden.")
B11 = "Frankreich, die frühere Kolonialmacht, gratulierte Déby zum Wahlsieg."
B12 = "Die Afrikanische Union forderte Déby und Masra auf, Streitigkeiten „auf dem Rechtsweg“ beizulegen."
B13 = "Human Rights Watch kritisierte, die Wahl sei weder frei noch fair gewesen."

DE02 = {
    "id": "hm179-de-02", "lang": "de", "url": None, "published": "2024-05-10",
    "title": "Tschad: Déby zum Wahlsieger erklärt – Masra spricht von Fälschung",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8, B9, B10], [B11, B12, B13]),
    "events": [
        event("ACCUSE", MASRA, DEBY, B4, mode="allege", date="2024-05-10"),
        event("MOBILIZE", TCD_SEC, TRANSFO, B6, mode="police", date="2024-05-10", location="N'Djamena",
              location_country="TCD"),
        event("COERCE", TCD_SEC, TRANSFO, B6, mode="restrict", date="2024-05-10", location="N'Djamena",
              location_country="TCD"),
        event("AGREE", DEBY, TCD_OPP, B7),
        event("REQUEST", DEBY, TCD_OPP, B8, mode="meet"),
        event("REJECT", TRANSFO, DEBY, B9, mode="meet"),
        event("ASSAULT", TCD_ARMY, DILLO, B10, location="N'Djamena", location_country="TCD"),
        event("SUPPORT", FRANCE, DEBY, B11),
        event("REQUEST", AU, DEBY, B12, mode="change"),
        event("REQUEST", AU, MASRA, B12, mode="change"),
        event("ACCUSE", HRW, TCD_GOV, B13, mode="disapprove"),
    ],
    "quotes": [
        quote("kam er auf gut 61 Prozent der Stimmen, sein Herausforderer, Ministerpräsident Succès Masra, auf 18,5 "
              "Prozent", "National Elections Management Agency (ANGE)", "indirect"),
        quote("gefälscht", "Succès Masra", "direct"),
        quote("Das Ergebnis sei von Débys Lager „gefälscht“ worden", "Succès Masra", "indirect"),
        quote("ausgestreckte Hand", "Mahamat Idriss Déby", "direct"),
        quote("Die Opposition habe nun keinen Grund mehr, sich dem Dialog zu verweigern", "Mahamat Idriss Déby",
              "indirect"),
        quote("auf dem Rechtsweg", "African Union", "direct"),
        quote("Streitigkeiten „auf dem Rechtsweg“ beizulegen", "African Union", "indirect"),
        quote("die Wahl sei weder frei noch fair gewesen", "Human Rights Watch", "indirect"),
    ],
    "entities": [
        entity("Chad", "GPE", "TCD", ["Tschad"]),
        entity("N'Djamena", "LOC", "TCD", ["N'Djamena", "der Hauptstadt"]),
        entity("Mahamat Idriss Déby", "PER", "TCD",
               ["Übergangspräsident Mahamat Idriss Déby", "er", "Débys", "Déby"]),
        entity("National Elections Management Agency (ANGE)", "ORG", "TCD", ["der Wahlbehörde Ange"]),
        entity("Succès Masra", "PER", "TCD",
               ["sein Herausforderer, Ministerpräsident Succès Masra", "Masra", "der 40-Jährige", "Masras"]),
        entity("Chadian security forces", "ORG", "TCD", ["Sicherheitskräfte"]),
        entity("Les Transformateurs", "ORG", "TCD", ["Masras Parteizentrale", "Masras Partei Les Transformateurs"]),
        entity("Chadian opposition", "ORG", "TCD", ["seinen Gegnern", "Die Opposition"]),
        entity("Yaya Dillo", "PER", "TCD", ["Oppositionsführer Yaya Dillo"]),
        entity("Chadian Armed Forces", "ORG", "TCD", ["der Armee"]),
        entity("France", "GPE", "FRA", ["Frankreich", "die frühere Kolonialmacht"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
    ],
}

# ---------------------------------------------------------------- hm179-de-03 (Guatemala)
AREVALO = actor("Bernardo Arévalo", "GTM", "GOV")
AREVALO_SUP = actor("supporters of Bernardo Arévalo", "GTM", "CVL")
GTM_CONGRESS = actor("Congress of Guatemala", "GTM", "LEG")
GTM_PNC = actor("National Civil Police", "GTM", "COP")
OAS = actor("Organization of American States", "IGO", "IGO")
EU = actor("European Union", "EUR", "IGO")
ALMAGRO = actor("Luis Almagro", "IGO", "IGO")
PORRAS = actor("Consuelo Porras", "GTM", "JUD")
GTM_MP = actor("Public Ministry of Guatemala", "GTM", "JUD")
GTM_TSE = actor("Supreme Electoral Tribunal", "GTM", "GOV")
SEMILLA = actor("Movimiento Semilla", "GTM", "PTY")
POWER = actor("Samantha Power", "USA", "GOV")
GTM_GOV = actor("Government of Guatemala", "GTM", "GOV")

C1 = ("Guatemala-Stadt (dpa) - Mit fast zehn Stunden Verspätung ist Bernardo Arévalo in Guatemala als Präsident "
      "vereidigt worden.")
C2 = ("Der Kongress hatte die Sitzung am Sonntag immer wieder unterbrochen, weil Abgeordnete der alten "
      "Regierungsparteien über die Zulassung der Fraktion von Arévalos Partei Semilla stritten.")
C3 = "Vor dem Parlament protestierten Tausende Anhänger des neuen Staatschefs gegen die Verzögerung."
C4 = "Die Polizei setzte Pfefferspray ein, als einige Demonstranten die Absperrungen durchbrachen."
C5 = ("Die Organisation Amerikanischer Staaten (OAS) und die EU forderten den Kongress auf, den „Willen des "
      "Volkes“ zu respektieren.")
C6 = ("„Was heute im Kongress geschieht“, sagte OAS-Generalsekretär Luis Almagro, „ist ein Versuch, den "
      "Wählerwillen zu untergraben.“")
C7 = ("Nach Mitternacht wählten die Abgeordneten schließlich den Semilla-Politiker Samuel Pérez zum "
      "Parlamentspräsidenten, kurz darauf legte Arévalo den Amtseid ab.")
C8 = "In seiner Antrittsrede versprach der 65-Jährige, die Korruption „ohne Ausnahme“ zu bekämpfen."
C9 = "Zugleich forderte er Generalstaatsanwältin Consuelo Porras zum Rücktritt auf."
C10 = "Ihre Behörde hatte nach der Wahl Büros der Wahlbehörde durchsucht und Ermittlungen gegen Semilla eingeleitet."
C11 = "Arévalo warf Porras vor, die Justiz für einen „Staatsstreich in Zeitlupe“ missbraucht zu haben."
C12 = "Porras wies dies zurück und kündigte an, bis zum Ende ihrer Amtszeit 2026 im Amt zu bleiben."
C13 = ("US-Entwicklungshilfechefin Samantha Power, die an der Zeremonie teilnahm, sagte der neuen Regierung Hilfe "
       "im Kampf gegen Korruption zu.")

DE03 = {
    "id": "hm179-de-03", "lang": "de", "url": None, "published": "2024-01-15",
    "title": "Guatemala: Arévalo nach stundenlanger Verzögerung vereidigt",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11, C12, C13]),
    "events": [
        event("PROTEST", AREVALO_SUP, GTM_CONGRESS, C3, mode="demo", date="2024-01-14", location="Guatemala City",
              location_country="GTM"),
        event("ASSAULT", GTM_PNC, AREVALO_SUP, C4, mode="crowd-control", date="2024-01-14",
              location="Guatemala City", location_country="GTM"),
        event("REQUEST", OAS, GTM_CONGRESS, C5, mode="change", date="2024-01-14"),
        event("REQUEST", EU, GTM_CONGRESS, C5, mode="change", date="2024-01-14"),
        event("ACCUSE", ALMAGRO, GTM_CONGRESS, C6, mode="disapprove", date="2024-01-14"),
        event("REQUEST", AREVALO, PORRAS, C9, mode="change"),
        event("COERCE", GTM_MP, GTM_TSE, C10, mode="seize"),
        event("ACCUSE", GTM_MP, SEMILLA, C10, mode="investigate"),
        event("ACCUSE", AREVALO, PORRAS, C11, mode="allege"),
        event("REJECT", PORRAS, AREVALO, C12, mode="change"),
        event("AGREE", POWER, GTM_GOV, C13),
    ],
    "quotes": [
        quote("Willen des Volkes", "Organization of American States", "direct"),
        quote("Willen des Volkes", "European Union", "direct"),
        quote("den „Willen des Volkes“ zu respektieren", "Organization of American States", "indirect"),
        quote("den „Willen des Volkes“ zu respektieren", "European Union", "indirect"),
        quote("Was heute im Kongress geschieht", "Luis Almagro", "direct"),
        quote("ist ein Versuch, den Wählerwillen zu untergraben", "Luis Almagro", "direct"),
        quote("ohne Ausnahme", "Bernardo Arévalo", "direct"),
        quote("die Korruption „ohne Ausnahme“ zu bekämpfen", "Bernardo Arévalo", "indirect"),
        quote("Staatsstreich in Zeitlupe", "Bernardo Arévalo", "direct"),
        quote("die Justiz für einen „Staatsstreich in Zeitlupe“ missbraucht zu haben", "Bernardo Arévalo",
              "indirect"),
        quote("bis zum Ende ihrer Amtszeit 2026 im Amt zu bleiben", "Consuelo Porras", "indirect"),
    ],
    "entities": [
        entity("Guatemala", "GPE", "GTM", ["Guatemala"]),
        entity("Guatemala City", "LOC", "GTM", ["Guatemala-Stadt"]),
        entity("Bernardo Arévalo", "PER", "GTM",
               ["Bernardo Arévalo", "Arévalos", "des neuen Staatschefs", "Arévalo", "der 65-Jährige", "er"]),
        entity("Congress of Guatemala", "ORG", "GTM", ["Der Kongress", "dem Parlament", "den Kongress", "im Kongress"]),
        entity("Movimiento Semilla", "ORG", "GTM", ["Arévalos Partei Semilla", "Semilla"]),
        entity("supporters of Bernardo Arévalo", "ORG", "GTM",
               ["Tausende Anhänger des neuen Staatschefs", "einige Demonstranten"]),
        entity("National Civil Police", "ORG", "GTM", ["Die Polizei"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten (OAS)"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("Luis Almagro", "PER", "IGO", ["OAS-Generalsekretär Luis Almagro"]),
        entity("Samuel Pérez", "PER", "GTM", ["den Semilla-Politiker Samuel Pérez"]),
        entity("Consuelo Porras", "PER", "GTM", ["Generalstaatsanwältin Consuelo Porras", "Porras"]),
        entity("Public Ministry of Guatemala", "ORG", "GTM", ["Ihre Behörde"]),
        entity("Supreme Electoral Tribunal", "ORG", "GTM", ["der Wahlbehörde"]),
        entity("Samantha Power", "PER", "USA", ["US-Entwicklungshilfechefin Samantha Power"]),
        entity("Government of Guatemala", "ORG", "GTM", ["der neuen Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm179-de-04 (Tower 22)
KH = actor("Kataib Hezbollah", "IRQ", "REB")
US_FORCES = actor("United States Armed Forces", "USA", "MIL")
IRI = actor("Islamic Resistance in Iraq", "IRQ", "REB")
BIDEN = actor("Joe Biden", "USA", "GOV")
IRN_MILITIAS = actor("Iran-backed militias", "IRQ", "REB")
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
USA = actor("United States", "USA", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")

D1 = ("Washington/Bagdad (dpa) - Nach dem tödlichen Drohnenangriff auf einen US-Stützpunkt in Jordanien hat die "
      "pro-iranische Miliz Kataib Hisbollah ein Ende ihrer Angriffe auf amerikanische Truppen angekündigt.")
D2 = ("Man wolle der irakischen Regierung „keine Peinlichkeiten“ bereiten, hieß es am Dienstag in einer Erklärung "
      "der Gruppe.")
D3 = ("Bei dem Angriff auf den Außenposten Tower 22 nahe der syrischen Grenze waren am Sonntag drei US-Soldaten "
      "getötet und mehr als 40 verletzt worden.")
D4 = ("Zu dem Angriff hatte sich der Dachverband Islamischer Widerstand im Irak bekannt, dem auch Kataib Hisbollah "
      "angehört.")
D5 = "US-Präsident Joe Biden machte vom Iran unterstützte Milizen für den Angriff verantwortlich."
D6 = "„Wir werden antworten“, sagte er."
D7 = ("Er habe über die Art der Reaktion bereits entschieden, sagte Biden am Dienstag, einen größeren Krieg im "
      "Nahen Osten wolle er aber nicht.")
D8 = "Teheran wies jede Beteiligung zurück."
D9 = "Die Gruppen in der Region träfen ihre Entscheidungen selbst, sagte Außenamtssprecher Nasser Kanaani."
D10 = ("Jordaniens Regierung verurteilte den Angriff als „terroristischen Akt“ und sagte Washington ihre "
       "Unterstützung im Kampf gegen den Terrorismus zu.")
D11 = "Die irakische Regierung rief Washington und die Milizen zur Zurückhaltung auf."
D12 = "Bagdad verhandelt seit Tagen mit Washington über einen Abzug der US-geführten Koalition aus dem Land."

DE04 = {
    "id": "hm179-de-04", "lang": "de", "url": None, "published": "2024-01-31",
    "title": "Nach tödlichem Drohnenangriff: Irakische Miliz stellt Angriffe auf US-Truppen ein",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8, D9], [D10, D11, D12]),
    "events": [
        event("ASSAULT", IRI, US_FORCES, D1, mode="drone", date="2024-01-28", location="Tower 22",
              location_country="JOR"),
        event("CONCEDE", KH, US_FORCES, D1),
        event("ASSAULT", IRI, US_FORCES, D3, mode="drone", date="2024-01-28", location="Tower 22",
              location_country="JOR"),
        event("ASSAULT", IRI, US_FORCES, D4, mode="drone", date="2024-01-28", location="Tower 22",
              location_country="JOR"),
        event("ACCUSE", BIDEN, IRN_MILITIAS, D5, mode="allege"),
        event("THREATEN", BIDEN, IRN_MILITIAS, D6, mode="violence"),
        event("THREATEN", BIDEN, IRN_MILITIAS, D7, mode="violence", date="2024-01-30"),
        event("ACCUSE", JOR_GOV, IRI, D10, mode="disapprove"),
        event("AGREE", JOR_GOV, USA, D10),
        event("REQUEST", IRQ_GOV, USA, D11, mode="yield"),
        event("REQUEST", IRQ_GOV, IRN_MILITIAS, D11, mode="yield"),
        event("CONSULT", IRQ_GOV, USA, D12),
    ],
    "quotes": [
        quote("keine Peinlichkeiten", "Kataib Hezbollah", "direct"),
        quote("Man wolle der irakischen Regierung „keine Peinlichkeiten“ bereiten", "Kataib Hezbollah", "indirect"),
        quote("Wir werden antworten", "Joe Biden", "direct"),
        quote("Er habe über die Art der Reaktion bereits entschieden", "Joe Biden", "indirect"),
        quote("einen größeren Krieg im Nahen Osten wolle er aber nicht", "Joe Biden", "indirect"),
        quote("Die Gruppen in der Region träfen ihre Entscheidungen selbst", "Nasser Kanaani", "indirect"),
        quote("terroristischen Akt", "Government of Jordan", "direct"),
    ],
    "entities": [
        entity("Washington", "GPE", "USA", ["Washington"]),
        entity("Baghdad", "GPE", "IRQ", ["Bagdad"]),
        entity("Jordan", "GPE", "JOR", ["Jordanien", "Jordaniens"]),
        entity("Kataib Hezbollah", "ORG", "IRQ",
               ["die pro-iranische Miliz Kataib Hisbollah", "der Gruppe", "Kataib Hisbollah"]),
        entity("United States Armed Forces", "ORG", "USA", ["amerikanische Truppen", "drei US-Soldaten"]),
        entity("Government of Iraq", "ORG", "IRQ", ["der irakischen Regierung", "Die irakische Regierung"]),
        entity("Tower 22", "LOC", "JOR", ["einen US-Stützpunkt in Jordanien", "den Außenposten Tower 22"]),
        entity("Syria", "GPE", "SYR", ["der syrischen Grenze"]),
        entity("Islamic Resistance in Iraq", "ORG", "IRQ", ["der Dachverband Islamischer Widerstand im Irak"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden", "er", "Er", "Biden"]),
        entity("Iran", "GPE", "IRN", ["Iran", "Teheran"]),
        entity("Iran-backed militias", "ORG", "IRQ", ["vom Iran unterstützte Milizen", "die Milizen"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Außenamtssprecher Nasser Kanaani"]),
        entity("Government of Jordan", "ORG", "JOR", ["Jordaniens Regierung"]),
        entity("US-led coalition", "ORG", "IGO", ["der US-geführten Koalition"]),
        entity("Iraq", "GPE", "IRQ", ["Irak", "dem Land"]),
    ],
}

# ---------------------------------------------------------------- hm179-en-01 (Ghana)
BAWUMIA = actor("Mahamudu Bawumia", "GHA", "GOV")
MAHAMA = actor("John Dramani Mahama", "GHA", "OPP")
IMF = actor("International Monetary Fund", "IGO", "IGO")
GHA_POLICE = actor("Ghana Police Service", "GHA", "COP")
GHA_RIVALS = actor("rival party supporters", "GHA", "CVL")
ECOWAS = actor("Economic Community of West African States (ECOWAS)", "IGO", "IGO")
GHANA = actor("Ghana", "GHA", None)
AKUFO = actor("Nana Akufo-Addo", "GHA", "GOV")

E1 = ("ACCRA - Ghana's Vice President Mahamudu Bawumia conceded defeat in the presidential election on Sunday and "
      "congratulated former President John Dramani Mahama on his victory.")
E2 = ("“The people of Ghana have spoken, and the people have voted for change at this time,” Bawumia told "
      "reporters at his residence in Accra.")
E3 = "He said he had called Mahama to congratulate him before making his announcement."
E4 = ("Official results are still pending, but according to Bawumia the ruling party's own tally showed Mahama "
      "with about 56% of the vote.")
E5 = ("Thousands of supporters of Mahama's National Democratic Congress (NDC) poured onto the streets of the "
      "capital, dancing and waving party flags.")
E6 = "Mahama, who led Ghana from 2012 to 2017, thanked Bawumia for what he called a “gracious” call."
E7 = ("He pledged to “reset” the country and said his government would work with the International Monetary Fund "
      "to complete Ghana's $3 billion bailout programme.")
E9 = ("Police said they had arrested at least 30 people after clashes between rival party supporters in several "
      "constituencies during the count.")
E10 = "The African Union and the regional bloc ECOWAS praised Ghanaians for a peaceful and orderly vote."
E11 = ("Outgoing President Nana Akufo-Addo, who could not run again after serving two terms, said he would ensure "
       "a smooth handover on Jan. 7.")
E12 = "The NDC also looked set to win a clear majority in parliament, ending eight years of NPP rule."

EN01 = {
    "id": "hm179-en-01", "lang": "en", "url": None, "published": "2024-12-08",
    "title": "Ghana's Bawumia concedes defeat as Mahama returns to power",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E9, E10, E11, E12]),
    "events": [
        event("CONCEDE", BAWUMIA, MAHAMA, E1, date="2024-12-08"),
        event("SUPPORT", BAWUMIA, MAHAMA, E1, date="2024-12-08"),
        event("CONSULT", BAWUMIA, MAHAMA, E3, mode="phone", date="2024-12-08"),
        event("SUPPORT", BAWUMIA, MAHAMA, E3, date="2024-12-08"),
        event("SUPPORT", MAHAMA, BAWUMIA, E6),
        event("AGREE", MAHAMA, IMF, E7),
        event("COERCE", GHA_POLICE, GHA_RIVALS, E9, mode="arrest"),
        event("SUPPORT", AU, GHANA, E10),
        event("SUPPORT", ECOWAS, GHANA, E10),
        event("AGREE", AKUFO, MAHAMA, E11),
    ],
    "quotes": [
        quote("The people of Ghana have spoken, and the people have voted for change at this time",
              "Mahamudu Bawumia", "direct"),
        quote("he had called Mahama to congratulate him before making his announcement", "Mahamudu Bawumia",
              "indirect"),
        quote("the ruling party's own tally showed Mahama with about 56% of the vote", "Mahamudu Bawumia",
              "indirect"),
        quote("gracious", "John Dramani Mahama", "direct"),
        quote("reset", "John Dramani Mahama", "direct"),
        quote("his government would work with the International Monetary Fund to complete Ghana's $3 billion "
              "bailout programme", "John Dramani Mahama", "indirect"),
        quote("they had arrested at least 30 people after clashes between rival party supporters in several "
              "constituencies during the count", "Ghana Police Service", "indirect"),
        quote("he would ensure a smooth handover on Jan. 7", "Nana Akufo-Addo", "indirect"),
    ],
    "entities": [
        entity("Accra", "LOC", "GHA", ["ACCRA", "Accra", "the capital"]),
        entity("Ghana", "GPE", "GHA", ["Ghana's", "Ghana", "the country", "Ghanaians"]),
        entity("Mahamudu Bawumia", "PER", "GHA",
               ["Ghana's Vice President Mahamudu Bawumia", "Bawumia", "He", "his residence"]),
        entity("John Dramani Mahama", "PER", "GHA",
               ["former President John Dramani Mahama", "Mahama", "Mahama's", "He", "him"]),
        entity("National Democratic Congress (NDC)", "ORG", "GHA",
               ["Mahama's National Democratic Congress (NDC)", "The NDC"]),
        entity("New Patriotic Party (NPP)", "ORG", "GHA",
               ["the ruling party's", "NPP"]),
        entity("International Monetary Fund", "ORG", "IGO", ["the International Monetary Fund"]),
        entity("Ghana Police Service", "ORG", "GHA", ["Police"]),
        entity("rival party supporters", "ORG", "GHA", ["rival party supporters"]),
        entity("African Union", "ORG", "IGO", ["The African Union"]),
        entity("Economic Community of West African States (ECOWAS)", "ORG", "IGO", ["the regional bloc ECOWAS"]),
        entity("Nana Akufo-Addo", "PER", "GHA", ["Outgoing President Nana Akufo-Addo", "he"]),
    ],
}

# ---------------------------------------------------------------- hm179-en-02 (Brazil)
GONET = actor("Paulo Gonet", "BRA", "JUD")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
BOLSO_CODEF = actor("Bolsonaro's co-defendants", "BRA", None)
HOFFMANN = actor("Gleisi Hoffmann", "BRA", "PTY")
BRA_FP = actor("Federal Police of Brazil", "BRA", "COP")
BOLSO_AIDES = actor("Bolsonaro's former aides", "BRA", "GOV")
BRA_TSE = actor("Superior Electoral Court", "BRA", "JUD")
EDUARDO = actor("Eduardo Bolsonaro", "BRA", "LEG")
US_GOV = actor("Government of the United States", "USA", "GOV")

F1 = ("BRASILIA - Brazil's Prosecutor-General Paulo Gonet on Tuesday charged former President Jair Bolsonaro and "
      "33 others with plotting a coup to overturn his 2022 election defeat.")
F2 = ("According to the indictment, the plan included poisoning President Luiz Inácio Lula da Silva and shooting "
      "Supreme Court Justice Alexandre de Moraes.")
F3 = "Bolsonaro “was aware of and agreed to” the plan, Gonet wrote."
F4 = ("Bolsonaro's lawyers denied the accusations, saying he had never supported any movement against the "
      "democratic rule of law.")
F5 = ("The former army captain accused the prosecutor of “political persecution” and said he had “no worries” "
      "about the charges.")
F6 = "Workers' Party president Gleisi Hoffmann welcomed the indictment, saying “no one is above the law.”"
F7 = "The Supreme Court will now decide whether to put Bolsonaro on trial."
F8 = ("Federal police seized Bolsonaro's passport a year ago as part of the investigation and searched the homes "
      "of several of his former aides.")
F9 = ("Police did not detain Bolsonaro, who is already barred from running for office until 2030 after an "
      "electoral court found he had abused his power.")
F10 = ("His son Eduardo Bolsonaro, a congressman, has urged the administration of U.S. President Donald Trump to "
       "impose sanctions on Moraes.")
F11 = "Moraes, who is overseeing the case, has said the court would not be intimidated."
F12 = "If convicted, Bolsonaro could face more than 40 years in prison."

EN02 = {
    "id": "hm179-en-02", "lang": "en", "url": None, "published": "2025-02-19",
    "title": "Brazil's top prosecutor charges Bolsonaro over alleged coup plot",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10, F11, F12]),
    "events": [
        event("ACCUSE", GONET, BOLSONARO, F1, mode="allege", date="2025-02-18"),
        event("ACCUSE", GONET, BOLSO_CODEF, F1, mode="allege", date="2025-02-18"),
        event("ACCUSE", GONET, BOLSONARO, F2, mode="allege"),
        event("ACCUSE", GONET, BOLSONARO, F3, mode="allege"),
        event("ACCUSE", BOLSONARO, GONET, F5, mode="disapprove"),
        event("SUPPORT", HOFFMANN, GONET, F6),
        event("COERCE", BRA_FP, BOLSONARO, F8, mode="seize"),
        event("COERCE", BRA_FP, BOLSO_AIDES, F8, mode="seize"),
        event("COERCE", BRA_FP, BOLSONARO, F9, mode="arrest", negated=True),
        event("SANCTION", BRA_TSE, BOLSONARO, F9, mode="convict"),
        event("REQUEST", EDUARDO, US_GOV, F10, mode="assist"),
    ],
    "quotes": [
        quote("the plan included poisoning President Luiz Inácio Lula da Silva and shooting Supreme Court Justice "
              "Alexandre de Moraes", "Paulo Gonet", "indirect"),
        quote("was aware of and agreed to", "Paulo Gonet", "direct"),
        quote("Bolsonaro “was aware of and agreed to” the plan", "Paulo Gonet", "indirect"),
        quote("he had never supported any movement against the democratic rule of law", "Bolsonaro's lawyers",
              "indirect"),
        quote("political persecution", "Jair Bolsonaro", "direct"),
        quote("no worries", "Jair Bolsonaro", "direct"),
        quote("he had “no worries” about the charges", "Jair Bolsonaro", "indirect"),
        quote("no one is above the law", "Gleisi Hoffmann", "direct"),
        quote("he had abused his power", "Superior Electoral Court", "indirect"),
        quote("the court would not be intimidated", "Alexandre de Moraes", "indirect"),
    ],
    "entities": [
        entity("Brasilia", "LOC", "BRA", ["BRASILIA"]),
        entity("Brazil", "GPE", "BRA", ["Brazil's"]),
        entity("Paulo Gonet", "PER", "BRA",
               ["Brazil's Prosecutor-General Paulo Gonet", "Gonet", "the prosecutor"]),
        entity("Jair Bolsonaro", "PER", "BRA",
               ["former President Jair Bolsonaro", "Bolsonaro", "The former army captain", "Bolsonaro's", "he"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["President Luiz Inácio Lula da Silva"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Supreme Court Justice Alexandre de Moraes", "Moraes"]),
        entity("Bolsonaro's lawyers", "ORG", "BRA", ["Bolsonaro's lawyers"]),
        entity("Workers' Party", "ORG", "BRA", ["Workers' Party"]),
        entity("Gleisi Hoffmann", "PER", "BRA", ["Workers' Party president Gleisi Hoffmann"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["The Supreme Court", "the court"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Federal police", "Police"]),
        entity("Bolsonaro's former aides", "ORG", "BRA", ["several of his former aides"]),
        entity("Superior Electoral Court", "ORG", "BRA", ["an electoral court"]),
        entity("Eduardo Bolsonaro", "PER", "BRA", ["His son Eduardo Bolsonaro, a congressman"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump"]),
        entity("Government of the United States", "ORG", "USA", ["the administration of U.S. President Donald Trump"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
