"""Round 303: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm303-de-01: G7: foreign ministers in Karuizawa demand Russia's withdrawal and condemn nuclear rhetoric and the Belarus plan, press China on Taiwan, condemn North Korea's ICBM launch, urge a Sudan ceasefire and Gershkovich's release; Blinken blames the RSF for fire on a U.S. convoy, Wang Wenbin accuses the G7 and protests to Japan (2023-04-19).
- hm303-de-02: Canada: Trudeau's minority government survives the Conservatives' no-confidence motion 211 to 120 with Bloc and NDP votes; Poilievre attacks Trudeau, Blanchet's 29 October ultimatum and demands, Singh's earlier exit from the supply deal and his "blank cheque" refusal, Trudeau accuses the Conservatives (2024-09-25).
- hm303-de-03: Panama: Suntracs leader Saúl Méndez receives asylum in Bolivia's embassy; Mulino accuses him but promises safe conduct, last week's arrests of Genaro López and Jaime Caballero and López's house arrest, the prosecutors' inquiry, the strike against the CSS reform, tear gas, Suntracs accuses the government and demands Caballero's release, Mulino refuses to withdraw the reform (2025-05-22).
- hm303-de-04: NATO: Hegseth at the Ukraine Defense Contact Group calls a return to pre-2014 borders and NATO membership unrealistic, rules out U.S. troops, demands Europe carry the aid burden; Umerov at Healey's meeting, Trump's call with Putin and the agreed talks, Putin's Moscow invitation, Kallas and Pistorius object, Rutte welcomes Trump's effort but wants Ukraine involved, Hegseth demands 5 percent (2025-02-13).
- hm303-en-01: United States: "No Kings" protests against Trump across the country; no arrests in New York, Sanders attacks Trump in Washington, Johnson's "hate America rally", Abbott sends the Guard to Austin, Trump's AI crown video, Levin urges Republicans to act, federal agents tear-gas protesters in Portland, earlier Guard deployments (2025-10-18).
- hm303-en-02: Cuba/United States: dissident José Daniel Ferrer released and sent into exile in Miami; April re-arrest after his January release, Ferrer accuses the government and prison guards, the Foreign Ministry accuses him, Rubio condemns Havana, the State Department demands prisoner releases including Félix Navarro, Fernández de Cossío accuses Washington, Ferrer urges GAESA sanctions (2025-10-13).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm303-de-01 (G7 foreign ministers in Karuizawa)
G7 = actor("G7", "IGO", "IGO")
RUSSIA = actor("Russia", "RUS", "GOV")
CHINA = actor("China", "CHN", "GOV")
NORTH_KOREA = actor("North Korea", "PRK", "GOV")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
RSF = actor("Rapid Support Forces", "SDN", "REB")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
WANG_WENBIN = actor("Wang Wenbin", "CHN", "GOV")
JAPAN = actor("Government of Japan", "JPN", "GOV")

G1 = ("Karuizawa (dpa) - Die Außenminister der G7-Staaten haben Russland zum Abzug aller Truppen aus der Ukraine "
      "aufgefordert und die angekündigte Stationierung russischer Atomwaffen in Belarus als „inakzeptabel“ "
      "verurteilt.")
G2 = ("In ihrer Abschlusserklärung vom Dienstag warfen die Minister Moskau zudem eine „unverantwortliche nukleare "
      "Rhetorik“ vor.")
G3 = ("Gastgeber des dreitägigen Treffens in dem Kurort nordwestlich von Tokio war der japanische Außenminister "
      "Yoshimasa Hayashi.")
G4 = "„Die Welt steht an einem historischen Wendepunkt“, sagte Hayashi zum Abschluss."
G5 = ("Zugleich forderten die G7 die Führung in Peking auf, Frieden und Stabilität in der Taiwanstraße zu "
      "wahren.")
G6 = ("Jeden Versuch, den Status quo im Ost- und Südchinesischen Meer mit Gewalt oder Zwang zu verändern, lehne "
      "man entschieden ab, heißt es in der Erklärung.")
G7S = ("Den Start einer nordkoreanischen Interkontinentalrakete in der vergangenen Woche verurteilten die Minister "
       "scharf und verlangten von Pjöngjang, sein Atomwaffenprogramm aufzugeben.")
G8 = ("Mit Blick auf die Kämpfe im Sudan riefen die G7 die Armee und die paramilitärischen Rapid Support Forces "
      "(RSF) zu einer sofortigen Waffenruhe auf.")
G9 = ("US-Außenminister Antony Blinken sagte, Kämpfer der RSF hätten am Montag in Khartum einen Konvoi der "
      "US-Botschaft beschossen und damit „rücksichtslos“ gehandelt.")
G10 = "Alle Insassen seien unverletzt geblieben."
G12 = ("Außerdem verlangten die Minister die sofortige Freilassung des in Russland inhaftierten US-Reporters Evan "
       "Gershkovich vom „Wall Street Journal“.")
G14 = ("Chinas Außenamtssprecher Wang Wenbin warf den G7 am Mittwoch vor, sich „grob“ in die inneren "
       "Angelegenheiten seines Landes einzumischen.")
G15 = "Peking habe beim Gastgeber Japan „ernsthafte Beschwerde“ eingelegt, sagte er."
G16 = "Die Taiwan-Frage sei eine rein innere Angelegenheit Chinas, die keine Einmischung von außen dulde."

DE01 = {
    "id": "hm303-de-01", "lang": "de", "url": None, "published": "2023-04-19",
    "title": "G7 verlangen russischen Abzug und warnen China",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7S], [G8, G9, G10, G12], [G14, G15, G16]),
    "events": [
        event("REQUEST", G7, RUSSIA, G1, mode="yield"),
        event("ACCUSE", G7, RUSSIA, G1, mode="disapprove"),
        event("ACCUSE", G7, RUSSIA, G2, mode="disapprove", date="2023-04-18"),
        event("CONSULT", G7, None, G3, mode="multilateral", location="Karuizawa", location_country="JPN"),
        event("REQUEST", G7, CHINA, G5, mode="change"),
        event("MOBILIZE", NORTH_KOREA, None, G7S, mode="weapons"),
        event("ACCUSE", G7, NORTH_KOREA, G7S, mode="disapprove"),
        event("REQUEST", G7, NORTH_KOREA, G7S, mode="change"),
        event("REQUEST", G7, SAF, G8, mode="yield"),
        event("REQUEST", G7, RSF, G8, mode="yield"),
        event("ACCUSE", BLINKEN, RSF, G9, mode="allege"),
        event("REQUEST", G7, RUSSIA, G12, mode="yield"),
        event("ACCUSE", WANG_WENBIN, G7, G14, mode="disapprove", date="2023-04-19"),
        event("ACCUSE", CHINA, JAPAN, G15, mode="disapprove"),
    ],
    "quotes": [
        quote("inakzeptabel", "G7", "direct"),
        quote("unverantwortliche nukleare Rhetorik", "G7", "direct"),
        quote("Die Welt steht an einem historischen Wendepunkt", "Yoshimasa Hayashi", "direct"),
        quote("Jeden Versuch, den Status quo im Ost- und Südchinesischen Meer mit Gewalt oder Zwang zu verändern, "
              "lehne man entschieden ab", "G7", "indirect"),
        quote("Kämpfer der RSF hätten am Montag in Khartum einen Konvoi der US-Botschaft beschossen und damit "
              "„rücksichtslos“ gehandelt", "Antony Blinken", "indirect"),
        quote("rücksichtslos", "Antony Blinken", "direct"),
        quote("Alle Insassen seien unverletzt geblieben", "Antony Blinken", "indirect"),
        quote("sich „grob“ in die inneren Angelegenheiten seines Landes einzumischen", "Wang Wenbin", "indirect"),
        quote("grob", "Wang Wenbin", "direct"),
        quote("Peking habe beim Gastgeber Japan „ernsthafte Beschwerde“ eingelegt", "Wang Wenbin", "indirect"),
        quote("ernsthafte Beschwerde", "Wang Wenbin", "direct"),
        quote("Die Taiwan-Frage sei eine rein innere Angelegenheit Chinas, die keine Einmischung von außen dulde",
              "Wang Wenbin", "indirect"),
    ],
    "entities": [
        entity("Karuizawa", "LOC", "JPN", ["Karuizawa", "dem Kurort nordwestlich von Tokio"]),
        entity("G7", "ORG", "IGO", ["Die Außenminister der G7-Staaten", "die Minister", "die G7", "den G7"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("Belarus", "LOC", "BLR", ["Belarus"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["der japanische Außenminister Yoshimasa Hayashi", "Hayashi"]),
        entity("Government of China", "ORG", "CHN", ["die Führung in Peking", "Peking"]),
        entity("Taiwan Strait", "LOC", None, ["Taiwanstraße"]),
        entity("East China Sea", "LOC", None, ["Ost- und Südchinesischen Meer"]),
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer"]),
        entity("Government of North Korea", "ORG", "PRK", ["Pjöngjang"]),
        entity("Sudan", "LOC", "SDN", ["Sudan"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["die Armee"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["die paramilitärischen Rapid Support Forces", "RSF"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken", "Blinken"]),
        entity("Khartoum", "LOC", "SDN", ["Khartum"]),
        entity("Embassy of the United States in Khartoum", "ORG", "USA", ["US-Botschaft"]),
        entity("Evan Gershkovich", "PER", "USA", ["US-Reporters Evan Gershkovich"]),
        entity("The Wall Street Journal", "ORG", "USA", ["Wall Street Journal"]),
        entity("Wang Wenbin", "PER", "CHN", ["Chinas Außenamtssprecher Wang Wenbin"]),
        entity("China", "LOC", "CHN", ["Chinas", "seines Landes"]),
        entity("Government of Japan", "ORG", "JPN", ["Gastgeber Japan"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan-Frage"]),
    ],
}

# ---------------------------------------------------------------- hm303-de-02 (Canada, no-confidence vote)
COMMONS = actor("House of Commons of Canada", "CAN", "LEG")
CPC = actor("Conservative Party of Canada", "CAN", "OPP")
BLOC = actor("Bloc Québécois", "CAN", "OPP")
NDP = actor("New Democratic Party", "CAN", "OPP")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
LIBERALS = actor("Liberal Party of Canada", "CAN", "PTY")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
BLANCHET = actor("Yves-François Blanchet", "CAN", "OPP")
SINGH = actor("Jagmeet Singh", "CAN", "OPP")

C1 = ("Ottawa (AFP) - Die kanadische Minderheitsregierung von Premierminister Justin Trudeau hat ein "
      "Misstrauensvotum im Unterhaus überstanden.")
C2 = "Gegen den Antrag der oppositionellen Konservativen stimmten am Mittwoch 211 Abgeordnete, nur 120 votierten dafür."
C3 = ("Den Ausschlag gaben die Abgeordneten des separatistischen Bloc Québécois und der linken Neuen Demokratischen "
      "Partei (NDP), die an der Seite von Trudeaus Liberalen stimmten.")
C4 = ("Konservativen-Chef Pierre Poilievre hatte das Votum beantragt, um eine vorgezogene Parlamentswahl zu "
      "erzwingen.")
C5 = "„Diese Regierung ist am Ende, sie hat das Land kaputtgemacht“, sagte der 45-Jährige in der Debatte."
C6 = ("Er warf Trudeau vor, mit der CO2-Abgabe auf Benzin und Heizöl die Lebenshaltungskosten in die Höhe zu "
      "treiben.")
C8 = "Bloc-Chef Yves-François Blanchet stellte der Regierung unterdessen ein Ultimatum bis zum 29. Oktober."
C9 = ("Bis dahin müssten die Liberalen zwei Gesetzentwürfe seiner Partei unterstützen, darunter eine höhere "
      "Altersrente für Senioren zwischen 65 und 74 Jahren.")
C10 = ("Andernfalls werde der Bloc mit den anderen Oppositionsparteien über einen Sturz der Regierung sprechen, "
       "sagte Blanchet.")
C11 = ("NDP-Chef Jagmeet Singh hatte Anfang September die Vereinbarung aufgekündigt, mit der seine Partei die "
       "Minderheitsregierung seit 2022 im Parlament gestützt hatte.")
C12 = "Einen „Blankoscheck“ für Poilievre werde es von ihm aber nicht geben, sagte Singh am Mittwoch."
C13 = "Die NDP werde jede Abstimmung einzeln prüfen."
C14 = "Trudeau warf den Konservativen vor, Kürzungen bei der Zahnpflege und der Kinderbetreuung zu planen."
C15 = "„Die Kanadierinnen und Kanadier wollen keine Politikspielchen“, sagte er."
C16 = ("Die Liberalen hatten Mitte September eine Nachwahl im Montrealer Wahlkreis LaSalle–Émard–Verdun an den "
       "Bloc verloren, eine ihrer bisherigen Hochburgen.")
C17 = "Die nächste Parlamentswahl muss spätestens im Oktober 2025 stattfinden."

DE02 = {
    "id": "hm303-de-02", "lang": "de", "url": None, "published": "2024-09-25",
    "title": "Trudeau übersteht Misstrauensvotum in Ottawa",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C8, C9, C10], [C11, C12, C13], [C14, C15, C16, C17]),
    "events": [
        event("REJECT", COMMONS, CPC, C2, mode="change", date="2024-09-25"),
        event("SUPPORT", BLOC, CAN_GOV, C3),
        event("SUPPORT", NDP, CAN_GOV, C3),
        event("REQUEST", POILIEVRE, CAN_GOV, C4, mode="change"),
        event("ACCUSE", POILIEVRE, CAN_GOV, C5, mode="disapprove"),
        event("ACCUSE", POILIEVRE, TRUDEAU, C6, mode="allege"),
        event("THREATEN", BLANCHET, CAN_GOV, C8),
        event("REQUEST", BLANCHET, LIBERALS, C9, mode="change"),
        event("THREATEN", BLANCHET, CAN_GOV, C10),
        event("SANCTION", SINGH, CAN_GOV, C11, mode="discontinue"),
        event("REJECT", SINGH, POILIEVRE, C12, mode="assist", date="2024-09-25"),
        event("ACCUSE", TRUDEAU, CPC, C14, mode="allege"),
    ],
    "quotes": [
        quote("Diese Regierung ist am Ende, sie hat das Land kaputtgemacht", "Pierre Poilievre", "direct"),
        quote("mit der CO2-Abgabe auf Benzin und Heizöl die Lebenshaltungskosten in die Höhe zu treiben",
              "Pierre Poilievre", "indirect"),
        quote("Bis dahin müssten die Liberalen zwei Gesetzentwürfe seiner Partei unterstützen, darunter eine höhere "
              "Altersrente für Senioren zwischen 65 und 74 Jahren", "Yves-François Blanchet", "indirect"),
        quote("Andernfalls werde der Bloc mit den anderen Oppositionsparteien über einen Sturz der Regierung "
              "sprechen", "Yves-François Blanchet", "indirect"),
        quote("Blankoscheck", "Jagmeet Singh", "direct"),
        quote("Einen „Blankoscheck“ für Poilievre werde es von ihm aber nicht geben", "Jagmeet Singh", "indirect"),
        quote("Die NDP werde jede Abstimmung einzeln prüfen", "Jagmeet Singh", "indirect"),
        quote("Kürzungen bei der Zahnpflege und der Kinderbetreuung zu planen", "Justin Trudeau", "indirect"),
        quote("Die Kanadierinnen und Kanadier wollen keine Politikspielchen", "Justin Trudeau", "direct"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Government of Canada", "ORG", "CAN", ["Die kanadische Minderheitsregierung", "der Regierung",
                                                      "Diese Regierung", "die Minderheitsregierung"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "Trudeaus", "Trudeau"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["Unterhaus", "im Parlament"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["der oppositionellen Konservativen",
                                                              "den Konservativen"]),
        entity("Bloc Québécois", "ORG", "CAN", ["des separatistischen Bloc Québécois", "seiner Partei",
                                                "der Bloc", "Bloc"]),
        entity("New Democratic Party", "ORG", "CAN", ["der linken Neuen Demokratischen Partei (NDP)", "seine Partei",
                                                      "Die NDP"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["Trudeaus Liberalen", "die Liberalen", "Die Liberalen"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Konservativen-Chef Pierre Poilievre", "der 45-Jährige", "Poilievre"]),
        entity("Yves-François Blanchet", "PER", "CAN", ["Bloc-Chef Yves-François Blanchet", "Blanchet"]),
        entity("Jagmeet Singh", "PER", "CAN", ["NDP-Chef Jagmeet Singh", "Singh"]),
        entity("Canada", "LOC", "CAN", ["das Land"]),
        entity("Montreal", "LOC", "CAN", ["Montrealer"]),
        entity("LaSalle–Émard–Verdun", "LOC", "CAN", ["Wahlkreis LaSalle–Émard–Verdun"]),
    ],
}

# ---------------------------------------------------------------- hm303-de-03 (Panama, Saúl Méndez asylum)
BOLIVIA = actor("Government of Bolivia", "BOL", "GOV")
MENDEZ = actor("Saúl Méndez", "PAN", "LAB")
MULINO = actor("José Raúl Mulino", "PAN", "GOV")
PAN_POLICE = actor("National Police of Panama", "PAN", "COP")
GENARO_LOPEZ = actor("Genaro López", "PAN", "LAB")
CABALLERO = actor("Jaime Caballero", "PAN", "LAB")
PAN_PROSECUTORS = actor("Public Ministry of Panama", "PAN", "JUD")
PAN_JUDGE = actor("Panamanian judge", "PAN", "JUD")
SUNTRACS = actor("Suntracs", "PAN", "LAB")
PAN_GOV = actor("Government of Panama", "PAN", "GOV")
PAN_PROTESTERS = actor("protesters in Panama City", "PAN", "CVL")

P1 = ("Panama-Stadt (dpa) - Der Chef der panamaischen Bauarbeitergewerkschaft Suntracs, Saúl Méndez, hat in der "
      "Botschaft Boliviens politisches Asyl erhalten.")
P2 = ("Méndez habe am Dienstag um Schutz gebeten, die Regierung in La Paz habe dem Antrag am Mittwoch stattgegeben, "
      "teilte das bolivianische Außenministerium mit.")
P3 = "Die Staatsanwaltschaft ermittelt gegen den Gewerkschafter wegen mutmaßlicher Geldwäsche."
P4 = "Präsident José Raúl Mulino warf Méndez am Donnerstag vor, sich der Justiz zu entziehen."
P5 = ("„Wer nichts zu verbergen hat, versteckt sich nicht in einer Botschaft“, sagte der 65-Jährige bei seiner "
      "wöchentlichen Pressekonferenz.")
P6 = ("Panama werde dem Gewerkschafter dennoch freies Geleit zur Ausreise gewähren, um die Beziehungen zu Bolivien "
      "nicht zu belasten.")
P7 = ("Bereits vergangene Woche hatte die Polizei die Suntracs-Funktionäre Genaro López und Jaime Caballero "
      "festgenommen.")
P8 = "Ein Richter stellte López wegen seines Gesundheitszustands unter Hausarrest, Caballero sitzt in Untersuchungshaft."
P9 = ("Die Gewerkschaft streikt seit Ende April gegen eine Reform der Sozialversicherungskasse CSS, die nach Ansicht "
      "der Gegner die Renten schmälert.")
P10 = "Die Reform sieht unter anderem eine schrittweise Anhebung des Rentenalters für künftige Versicherte vor."
P11 = "Bei Protesten in der Hauptstadt setzte die Polizei in den vergangenen Wochen mehrfach Tränengas ein."
P12 = "Suntracs sprach von „politischer Verfolgung“ und verlangte die Freilassung Caballeros."
P13 = "Mulino lehnte eine Rücknahme der Reform erneut ab: „Das Gesetz bleibt, wie es ist.“"
P14 = ("Das Parlament hatte die umstrittene Reform im März verabschiedet, der Präsident setzte sie kurz darauf in "
       "Kraft.")
P15 = ("Suntracs ist die größte Gewerkschaft des Landes und hatte 2023 die Proteste gegen den Vertrag mit dem "
       "kanadischen Bergbaukonzern First Quantum angeführt.")

DE03 = {
    "id": "hm303-de-03", "lang": "de", "url": None, "published": "2025-05-22",
    "title": "Panamaischer Gewerkschaftschef erhält Asyl in Boliviens Botschaft",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6], [P7, P8, P9, P10, P11], [P12, P13, P14, P15]),
    "events": [
        event("AID", BOLIVIA, MENDEZ, P1, location="Panama-Stadt", location_country="PAN"),
        event("REQUEST", MENDEZ, BOLIVIA, P2, mode="assist", date="2025-05-20"),
        event("AID", BOLIVIA, MENDEZ, P2, date="2025-05-21"),
        event("ACCUSE", PAN_PROSECUTORS, MENDEZ, P3, mode="investigate"),
        event("ACCUSE", MULINO, MENDEZ, P4, mode="allege", date="2025-05-22"),
        event("ACCUSE", MULINO, MENDEZ, P5, mode="disapprove"),
        event("CONCEDE", MULINO, MENDEZ, P6),
        event("COERCE", PAN_POLICE, GENARO_LOPEZ, P7, mode="arrest"),
        event("COERCE", PAN_POLICE, CABALLERO, P7, mode="arrest"),
        event("COERCE", PAN_JUDGE, GENARO_LOPEZ, P8, mode="arrest"),
        event("PROTEST", SUNTRACS, PAN_GOV, P9, mode="strike"),
        event("ASSAULT", PAN_POLICE, PAN_PROTESTERS, P11, mode="crowd-control", location="Panama-Stadt",
              location_country="PAN"),
        event("ACCUSE", SUNTRACS, PAN_GOV, P12, mode="disapprove"),
        event("REQUEST", SUNTRACS, PAN_GOV, P12, mode="yield"),
        event("REJECT", MULINO, SUNTRACS, P13, mode="change"),
    ],
    "quotes": [
        quote("Méndez habe am Dienstag um Schutz gebeten, die Regierung in La Paz habe dem Antrag am Mittwoch "
              "stattgegeben", "Ministry of Foreign Affairs of Bolivia", "indirect"),
        quote("sich der Justiz zu entziehen", "José Raúl Mulino", "indirect"),
        quote("Wer nichts zu verbergen hat, versteckt sich nicht in einer Botschaft", "José Raúl Mulino", "direct"),
        quote("Panama werde dem Gewerkschafter dennoch freies Geleit zur Ausreise gewähren, um die Beziehungen zu "
              "Bolivien nicht zu belasten", "José Raúl Mulino", "indirect"),
        quote("politischer Verfolgung", "Suntracs", "direct"),
        quote("Das Gesetz bleibt, wie es ist", "José Raúl Mulino", "direct"),
    ],
    "entities": [
        entity("Panama City", "LOC", "PAN", ["Panama-Stadt", "der Hauptstadt"]),
        entity("Suntracs", "ORG", "PAN", ["panamaischen Bauarbeitergewerkschaft Suntracs", "Suntracs",
                                          "Die Gewerkschaft"]),
        entity("Saúl Méndez", "PER", "PAN", ["Saúl Méndez", "Méndez", "den Gewerkschafter", "dem Gewerkschafter"]),
        entity("Embassy of Bolivia in Panama", "LOC", "BOL", ["Botschaft Boliviens"]),
        entity("Government of Bolivia", "ORG", "BOL", ["die Regierung in La Paz"]),
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Ministry of Foreign Affairs of Bolivia", "ORG", "BOL", ["das bolivianische Außenministerium"]),
        entity("Public Ministry of Panama", "ORG", "PAN", ["Die Staatsanwaltschaft"]),
        entity("José Raúl Mulino", "PER", "PAN", ["Präsident José Raúl Mulino", "der 65-Jährige", "Mulino",
                                                  "der Präsident"]),
        entity("Panama", "LOC", "PAN", ["Panama", "des Landes"]),
        entity("Bolivia", "LOC", "BOL", ["Bolivien"]),
        entity("National Police of Panama", "ORG", "PAN", ["die Polizei"]),
        entity("Genaro López", "PER", "PAN", ["Genaro López", "López"]),
        entity("Jaime Caballero", "PER", "PAN", ["Jaime Caballero", "Caballero", "Caballeros"]),
        entity("Panamanian judge", "PER", "PAN", ["Ein Richter"]),
        entity("Social Security Fund of Panama", "ORG", "PAN", ["Sozialversicherungskasse CSS"]),
        entity("National Assembly of Panama", "ORG", "PAN", ["Das Parlament"]),
        entity("First Quantum Minerals", "ORG", "CAN", ["kanadischen Bergbaukonzern First Quantum"]),
    ],
}

# ---------------------------------------------------------------- hm303-de-04 (NATO, Hegseth in Brussels)
HEGSETH = actor("Pete Hegseth", "USA", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
EUR_ALLIES = actor("European NATO allies", "IGO", "IGO")
US_FORCES = actor("U.S. Armed Forces", "USA", "MIL")
UMEROV = actor("Rustem Umerov", "UKR", "GOV")
HEALEY = actor("John Healey", "GBR", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
PISTORIUS = actor("Boris Pistorius", "DEU", "GOV")
USA = actor("United States", "USA", "GOV")
RUTTE = actor("Mark Rutte", "IGO", "IGO")
NATO_ALLIES = actor("NATO allies", "IGO", "IGO")

H1 = ("Brüssel (Reuters) - US-Verteidigungsminister Pete Hegseth hat der Ukraine wenig Hoffnung auf eine Rückkehr "
      "zu ihren Grenzen von vor 2014 gemacht.")
H2 = ("Eine solche Rückkehr sei ein „unrealistisches Ziel“, sagte Hegseth am Mittwoch bei einem Treffen der "
      "sogenannten Ukraine-Kontaktgruppe im NATO-Hauptquartier.")
H3 = "„Diesem illusorischen Ziel nachzujagen, verlängert nur den Krieg“, sagte der 44-Jährige."
H4 = "Auch eine NATO-Mitgliedschaft Kiews sei kein realistisches Ergebnis einer Verhandlungslösung."
H5 = ("Hegseth verlangte von den europäischen Verbündeten, den „überwältigenden Anteil“ der künftigen Hilfe für die "
      "Ukraine zu tragen.")
H6 = ("Amerikanische Soldaten würden im Rahmen möglicher Sicherheitsgarantien nicht in die Ukraine entsandt, fügte "
      "er hinzu.")
H7 = ("An der Sitzung unter Vorsitz des britischen Verteidigungsministers John Healey nahm auch der ukrainische "
      "Ressortchef Rustem Umerow teil.")
H8 = ("Wenige Stunden später telefonierte US-Präsident Donald Trump nach eigenen Angaben rund eineinhalb Stunden "
      "lang mit Kremlchef Wladimir Putin.")
H9 = ("Beide hätten vereinbart, „sofort“ Verhandlungen über ein Ende des Krieges aufzunehmen, schrieb Trump auf "
      "seiner Plattform Truth Social.")
H11 = "Der Kreml teilte mit, Putin habe Trump zu einem Besuch in Moskau eingeladen."
H12 = ("Die EU-Außenbeauftragte Kaja Kallas kritisierte das Vorgehen Washingtons: „Warum geben wir ihnen alles, was "
       "sie wollen, noch bevor die Verhandlungen begonnen haben?“")
H13 = ("Bundesverteidigungsminister Boris Pistorius nannte es am Donnerstag „bedauerlich“, dass die USA "
       "Zugeständnisse an Moskau öffentlich gemacht hätten, bevor überhaupt verhandelt werde.")
H14 = "NATO-Generalsekretär Mark Rutte begrüßte dagegen die Bemühungen Trumps um ein Ende der Kämpfe."
H15 = "Die Ukraine müsse aber in alle Gespräche „eng eingebunden“ werden, sagte der Niederländer."
H16 = ("Hegseth forderte die Verbündeten beim Treffen der NATO-Verteidigungsminister am Donnerstag zudem auf, ihre "
       "Verteidigungsausgaben auf fünf Prozent der Wirtschaftsleistung zu erhöhen.")
H17 = "Mehrere Bündnisstaaten erreichen bislang nicht einmal das geltende Ziel von zwei Prozent."

DE04 = {
    "id": "hm303-de-04", "lang": "de", "url": None, "published": "2025-02-13",
    "title": "Hegseth: Rückkehr der Ukraine zu alten Grenzen unrealistisch",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9, H11], [H12, H13, H14, H15], [H16, H17]),
    "events": [
        event("REJECT", HEGSETH, UKR_GOV, H1, mode="change"),
        event("REJECT", HEGSETH, UKR_GOV, H2, mode="change", date="2025-02-12", location="Brüssel",
              location_country="BEL"),
        event("REJECT", HEGSETH, UKR_GOV, H4, mode="assist"),
        event("REQUEST", HEGSETH, EUR_ALLIES, H5, mode="assist"),
        event("MOBILIZE", US_FORCES, None, H6, mode="troops", location="Ukraine", location_country="UKR",
              negated=True),
        event("CONSULT", UMEROV, HEALEY, H7, mode="multilateral", location="Brüssel", location_country="BEL"),
        event("CONSULT", TRUMP, PUTIN, H8, mode="phone"),
        event("AGREE", TRUMP, PUTIN, H9),
        event("AGREE", PUTIN, TRUMP, H11),
        event("ACCUSE", KALLAS, USA, H12, mode="disapprove"),
        event("ACCUSE", PISTORIUS, USA, H13, mode="disapprove", date="2025-02-13"),
        event("SUPPORT", RUTTE, TRUMP, H14),
        event("REQUEST", RUTTE, TRUMP, H15, mode="change"),
        event("REQUEST", HEGSETH, NATO_ALLIES, H16, mode="change", date="2025-02-13", location="Brüssel",
              location_country="BEL"),
    ],
    "quotes": [
        quote("unrealistisches Ziel", "Pete Hegseth", "direct"),
        quote("Eine solche Rückkehr sei ein „unrealistisches Ziel“", "Pete Hegseth", "indirect"),
        quote("Diesem illusorischen Ziel nachzujagen, verlängert nur den Krieg", "Pete Hegseth", "direct"),
        quote("Auch eine NATO-Mitgliedschaft Kiews sei kein realistisches Ergebnis einer Verhandlungslösung",
              "Pete Hegseth", "indirect"),
        quote("überwältigenden Anteil", "Pete Hegseth", "direct"),
        quote("Amerikanische Soldaten würden im Rahmen möglicher Sicherheitsgarantien nicht in die Ukraine entsandt",
              "Pete Hegseth", "indirect"),
        quote("sofort", "Donald Trump", "direct"),
        quote("Beide hätten vereinbart, „sofort“ Verhandlungen über ein Ende des Krieges aufzunehmen", "Donald Trump",
              "indirect"),
        quote("Putin habe Trump zu einem Besuch in Moskau eingeladen", "Kremlin", "indirect"),
        quote("Warum geben wir ihnen alles, was sie wollen, noch bevor die Verhandlungen begonnen haben?",
              "Kaja Kallas", "direct"),
        quote("bedauerlich", "Boris Pistorius", "direct"),
        quote("dass die USA Zugeständnisse an Moskau öffentlich gemacht hätten, bevor überhaupt verhandelt werde",
              "Boris Pistorius", "indirect"),
        quote("eng eingebunden", "Mark Rutte", "direct"),
        quote("Die Ukraine müsse aber in alle Gespräche „eng eingebunden“ werden", "Mark Rutte", "indirect"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Pete Hegseth", "PER", "USA", ["US-Verteidigungsminister Pete Hegseth", "Hegseth", "der 44-Jährige"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "die Ukraine", "Die Ukraine"]),
        entity("Ukraine Defense Contact Group", "ORG", "IGO", ["der sogenannten Ukraine-Kontaktgruppe",
                                                               "der Sitzung"]),
        entity("NATO", "ORG", "IGO", ["NATO-Hauptquartier", "NATO-Mitgliedschaft", "NATO-Verteidigungsminister"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiews"]),
        entity("European NATO allies", "ORG", "IGO", ["den europäischen Verbündeten"]),
        entity("U.S. Armed Forces", "ORG", "USA", ["Amerikanische Soldaten"]),
        entity("John Healey", "PER", "GBR", ["des britischen Verteidigungsministers John Healey"]),
        entity("Rustem Umerov", "PER", "UKR", ["der ukrainische Ressortchef Rustem Umerow"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "Trumps"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Truth Social", "ORG", "USA", ["seiner Plattform Truth Social"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas"]),
        entity("Government of the United States", "ORG", "USA", ["Washingtons", "die USA"]),
        entity("Boris Pistorius", "PER", "DEU", ["Bundesverteidigungsminister Boris Pistorius"]),
        entity("Mark Rutte", "PER", "IGO", ["NATO-Generalsekretär Mark Rutte", "der Niederländer"]),
        entity("NATO allies", "ORG", "IGO", ["die Verbündeten", "Mehrere Bündnisstaaten"]),
    ],
}

# ---------------------------------------------------------------- hm303-en-01 (USA, "No Kings" protests)
NK_PROTESTERS = actor("No Kings protesters", "USA", "CVL")
NYPD = actor("New York City Police Department", "USA", "COP")
SANDERS = actor("Bernie Sanders", "USA", "LEG")
MIKE_JOHNSON = actor("Mike Johnson", "USA", "LEG")
ABBOTT = actor("Greg Abbott", "USA", "GOV")
LEVIN = actor("Ezra Levin", "USA", "NGO")
GOP_CONGRESS = actor("Republicans in Congress", "USA", "LEG")
FED_AGENTS = actor("U.S. federal agents", "USA", "COP")
PORTLAND_PROTESTERS = actor("protesters in Portland", "USA", "CVL")

N1 = ('WASHINGTON, Oct 18 (Reuters) - Hundreds of thousands of people rallied in cities across the United States '
      'on Saturday in "No Kings" protests against President Donald Trump, accusing him of trampling on the '
      'Constitution.')
N2 = "Organizers said more than 2,600 events had been registered in all 50 states, from big-city marches to small-town gatherings."
N3 = ("In New York, police said more than 100,000 people had marched peacefully across the city's five boroughs and "
      "that no one had been arrested in connection with the protests.")
N4 = ("In Washington, a crowd filled Pennsylvania Avenue near the Capitol, where Senator Bernie Sanders accused "
      "Trump of trying to rule like an autocrat.")
N5 = ('"We are here today not because we hate America. We are here because we love America," the Vermont '
      'independent told the crowd.')
N6 = ('House Speaker Mike Johnson had dismissed the protests as a "hate America rally" and said many participants '
      'were supporters of Hamas and antifa.')
N7 = ("Texas Governor Greg Abbott sent National Guard troops and state troopers to Austin ahead of the "
      "protests.")
N8 = ('Trump, who spent the weekend at his Mar-a-Lago resort in Florida, told Fox News before the protests: '
      '"They\'re referring to me as a king. I\'m not a king."')
N9 = ("Late on Saturday he posted an AI-generated video on his Truth Social platform that showed him wearing a crown "
      "and flying a fighter jet that dumps brown sludge on protesters.")
N10 = ("Ezra Levin, co-founder of the progressive group Indivisible, which helped organize the protests, called on "
       "Republicans in Congress to stand up to the president.")
N11 = '"The biggest protest in this country\'s history is not a hate rally," Levin said.'
N12 = ("In Portland, Oregon, federal agents fired tear gas and pepper balls at protesters outside an Immigration and "
       "Customs Enforcement facility on Saturday night, according to local media.")
N13 = ("The protests came on the 18th day of a federal government shutdown that has left hundreds of thousands of "
       "federal workers without pay.")
N14 = ("Trump has sent National Guard troops to Los Angeles, Washington and Memphis this year over the objections of "
       "Democratic officials, and courts are weighing his attempts to deploy troops in Chicago and Portland.")
N15 = ("The White House did not respond to a request for comment on the size of the crowds.")

EN01 = {
    "id": "hm303-en-01", "lang": "en", "url": None, "published": "2025-10-18",
    "title": "Hundreds of thousands join 'No Kings' protests against Trump across U.S.",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10, N11], [N12, N13, N14, N15]),
    "events": [
        event("PROTEST", NK_PROTESTERS, TRUMP, N1, mode="demo", date="2025-10-18"),
        event("PROTEST", NK_PROTESTERS, TRUMP, N3, mode="demo", location="New York", location_country="USA"),
        event("COERCE", NYPD, NK_PROTESTERS, N3, mode="arrest", location="New York", location_country="USA",
              negated=True),
        event("PROTEST", NK_PROTESTERS, TRUMP, N4, mode="demo", location="Washington", location_country="USA"),
        event("ACCUSE", SANDERS, TRUMP, N4, mode="disapprove", location="Washington", location_country="USA"),
        event("ACCUSE", MIKE_JOHNSON, NK_PROTESTERS, N6, mode="disapprove"),
        event("MOBILIZE", ABBOTT, None, N7, mode="troops", location="Austin", location_country="USA"),
        event("ACCUSE", TRUMP, NK_PROTESTERS, N9, mode="disapprove", date="2025-10-18"),
        event("REQUEST", LEVIN, GOP_CONGRESS, N10, mode="change"),
        event("ASSAULT", FED_AGENTS, PORTLAND_PROTESTERS, N12, mode="crowd-control", date="2025-10-18",
              location="Portland", location_country="USA"),
        event("MOBILIZE", TRUMP, None, N14, mode="troops"),
    ],
    "quotes": [
        quote("more than 2,600 events had been registered in all 50 states, from big-city marches to small-town "
              "gatherings", "No Kings organizers", "indirect"),
        quote("more than 100,000 people had marched peacefully across the city's five boroughs and that no one had "
              "been arrested in connection with the protests", "New York City Police Department", "indirect"),
        quote("We are here today not because we hate America. We are here because we love America", "Bernie Sanders",
              "direct"),
        quote("hate America rally", "Mike Johnson", "direct"),
        quote("many participants were supporters of Hamas and antifa", "Mike Johnson", "indirect"),
        quote("They're referring to me as a king. I'm not a king", "Donald Trump", "direct"),
        quote("The biggest protest in this country's history is not a hate rally", "Ezra Levin", "direct"),
        quote("No Kings", "No Kings organizers", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON", "Washington"]),
        entity("United States", "LOC", "USA", ["the United States", "this country"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "the president"]),
        entity("No Kings protesters", "ORG", "USA", ["Hundreds of thousands of people", "more than 100,000 people",
                                                     "a crowd", "the crowd", "many participants", "protesters"]),
        entity("No Kings organizers", "ORG", "USA", ["Organizers"]),
        entity("New York", "LOC", "USA", ["New York", "the city's five boroughs"]),
        entity("New York City Police Department", "ORG", "USA", ["police"]),
        entity("Pennsylvania Avenue", "LOC", "USA", ["Pennsylvania Avenue"]),
        entity("U.S. Capitol", "LOC", "USA", ["the Capitol"]),
        entity("Bernie Sanders", "PER", "USA", ["Senator Bernie Sanders", "the Vermont independent"]),
        entity("Vermont", "LOC", "USA", ["Vermont"]),
        entity("Mike Johnson", "PER", "USA", ["House Speaker Mike Johnson"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Greg Abbott", "PER", "USA", ["Texas Governor Greg Abbott"]),
        entity("Texas National Guard", "ORG", "USA", ["National Guard troops"]),
        entity("Texas Department of Public Safety", "ORG", "USA", ["state troopers"]),
        entity("Austin", "LOC", "USA", ["Austin"]),
        entity("Mar-a-Lago", "LOC", "USA", ["his Mar-a-Lago resort"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Fox News", "ORG", "USA", ["Fox News"]),
        entity("Truth Social", "ORG", "USA", ["his Truth Social platform"]),
        entity("Ezra Levin", "PER", "USA", ["Ezra Levin", "Levin"]),
        entity("Indivisible", "ORG", "USA", ["the progressive group Indivisible"]),
        entity("Republicans in Congress", "ORG", "USA", ["Republicans in Congress"]),
        entity("Portland", "LOC", "USA", ["Portland, Oregon", "Portland"]),
        entity("U.S. federal agents", "ORG", "USA", ["federal agents"]),
        entity("protesters in Portland", "ORG", "USA", ["protesters outside an Immigration and Customs "
                                                        "Enforcement facility"]),
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA",
               ["an Immigration and Customs Enforcement facility"]),
        entity("Government of the United States", "ORG", "USA", ["federal government"]),
        entity("Los Angeles", "LOC", "USA", ["Los Angeles"]),
        entity("Memphis", "LOC", "USA", ["Memphis"]),
        entity("Chicago", "LOC", "USA", ["Chicago"]),
        entity("White House", "ORG", "USA", ["The White House"]),
    ],
}

# ---------------------------------------------------------------- hm303-en-02 (Cuba, Ferrer exiled to Miami)
CUBA_GOV = actor("Government of Cuba", "CUB", "GOV")
CUBA_AUTH = actor("Cuban authorities", "CUB", "COP")
FERRER = actor("José Daniel Ferrer", "CUB", "OPP")
CUB_GUARDS = actor("Cuban prison guards", "CUB", "COP")
MINREX = actor("Ministry of Foreign Affairs of Cuba", "CUB", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
STATE_DEPT = actor("U.S. Department of State", "USA", "GOV")
NAVARRO = actor("Félix Navarro", "CUB", "OPP")
COSSIO = actor("Carlos Fernández de Cossío", "CUB", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")

F1 = ("MIAMI, Oct 13 (AP) - Cuban dissident José Daniel Ferrer arrived in Miami on Monday after the communist "
      "government released him from prison and let him leave the island with his wife and children.")
F2 = ("Ferrer, 55, the leader of the opposition group Patriotic Union of Cuba, had been held since April in the Mar "
      "Verde prison near Santiago de Cuba.")
F3 = ("Authorities had re-arrested him in April, three months after he walked free in January as part of a "
      "Vatican-brokered prisoner release.")
F4 = ('"I did not leave because I wanted to. I was forced out by threats against my family and by torture," Ferrer '
      'told reporters at Miami International Airport.')
F5 = "He accused prison guards of beating him and of denying him medical care for weeks."
F6 = ("Cuba's Foreign Ministry said in a statement that Ferrer had left at his own request and that the United "
      "States had agreed to take him in.")
F7 = ("The ministry accused the 55-year-old of acting on behalf of Washington and of receiving U.S. government money "
      "for subversive activities.")
F8 = ('Secretary of State Marco Rubio said Ferrer had been "forced into exile" and accused the Cuban government of '
      'punishing anyone who speaks out.')
F9 = ("The State Department called on Havana to free all remaining political prisoners, including Félix Navarro, "
      "who was arrested together with Ferrer in April.")
F10 = ('Deputy Foreign Minister Carlos Fernández de Cossío rejected the criticism and accused Washington of '
       '"financing subversion" on the island.')
F11 = ("Ferrer urged the Trump administration to tighten sanctions on GAESA, the military-run conglomerate that "
       "controls much of Cuba's economy.")
F12 = '"I will keep fighting until Cuba is free," he said.'
F13 = ("Dozens of Cuban exiles waving flags greeted him at the airport, and more gathered later at the Versailles "
       "restaurant in Little Havana.")
F14 = "The Madrid-based rights group Prisoners Defenders says Cuba holds more than 1,100 political prisoners."

EN02 = {
    "id": "hm303-en-02", "lang": "en", "url": None, "published": "2025-10-13",
    "title": "Cuban dissident Ferrer arrives in Miami after release into exile",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10, F11, F12], [F13, F14]),
    "events": [
        event("RETREAT", CUBA_GOV, FERRER, F1, mode="release"),
        event("COERCE", CUBA_AUTH, FERRER, F3, mode="arrest"),
        event("RETREAT", CUBA_AUTH, FERRER, F3, mode="release"),
        event("ACCUSE", FERRER, CUBA_GOV, F4, mode="allege", location="Miami", location_country="USA"),
        event("ACCUSE", FERRER, CUB_GUARDS, F5, mode="allege"),
        event("ACCUSE", MINREX, FERRER, F7, mode="allege"),
        event("ACCUSE", RUBIO, CUBA_GOV, F8, mode="disapprove"),
        event("REQUEST", STATE_DEPT, CUBA_GOV, F9, mode="yield"),
        event("COERCE", CUBA_AUTH, NAVARRO, F9, mode="arrest"),
        event("ACCUSE", COSSIO, US_GOV, F10, mode="allege"),
        event("REQUEST", FERRER, TRUMP_ADMIN, F11, mode="change"),
    ],
    "quotes": [
        quote("I did not leave because I wanted to. I was forced out by threats against my family and by torture",
              "José Daniel Ferrer", "direct"),
        quote("Ferrer had left at his own request and that the United States had agreed to take him in",
              "Ministry of Foreign Affairs of Cuba", "indirect"),
        quote("forced into exile", "Marco Rubio", "direct"),
        quote('Ferrer had been "forced into exile"', "Marco Rubio", "indirect"),
        quote("financing subversion", "Carlos Fernández de Cossío", "direct"),
        quote("I will keep fighting until Cuba is free", "José Daniel Ferrer", "direct"),
        quote("Cuba holds more than 1,100 political prisoners", "Prisoners Defenders", "indirect"),
    ],
    "entities": [
        entity("Miami", "LOC", "USA", ["MIAMI", "Miami"]),
        entity("José Daniel Ferrer", "PER", "CUB", ["Cuban dissident José Daniel Ferrer", "Ferrer",
                                                    "the 55-year-old"]),
        entity("Government of Cuba", "ORG", "CUB", ["the communist government", "Havana", "the Cuban government"]),
        entity("Cuba", "LOC", "CUB", ["the island", "Cuba"]),
        entity("Patriotic Union of Cuba", "ORG", "CUB", ["the opposition group Patriotic Union of Cuba"]),
        entity("Mar Verde prison", "LOC", "CUB", ["the Mar Verde prison"]),
        entity("Santiago de Cuba", "LOC", "CUB", ["Santiago de Cuba"]),
        entity("Cuban authorities", "ORG", "CUB", ["Authorities"]),
        entity("Holy See", "ORG", "VAT", ["Vatican"]),
        entity("Miami International Airport", "LOC", "USA", ["Miami International Airport", "the airport"]),
        entity("Cuban prison guards", "ORG", "CUB", ["prison guards"]),
        entity("Ministry of Foreign Affairs of Cuba", "ORG", "CUB", ["Cuba's Foreign Ministry", "The ministry"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "U.S. government"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("U.S. Department of State", "ORG", "USA", ["The State Department"]),
        entity("Félix Navarro", "PER", "CUB", ["Félix Navarro"]),
        entity("Carlos Fernández de Cossío", "PER", "CUB", ["Deputy Foreign Minister Carlos Fernández de Cossío"]),
        entity("Trump administration", "ORG", "USA", ["the Trump administration"]),
        entity("GAESA", "ORG", "CUB", ["GAESA", "the military-run conglomerate"]),
        entity("Cuban exiles in Miami", "ORG", "USA", ["Dozens of Cuban exiles"]),
        entity("Versailles restaurant", "LOC", "USA", ["the Versailles restaurant"]),
        entity("Little Havana", "LOC", "USA", ["Little Havana"]),
        entity("Prisoners Defenders", "ORG", "ESP", ["The Madrid-based rights group Prisoners Defenders"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
