"""Round 152: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm152-de-01: Mass anti-corruption protest in Belgrade; "sound cannon" accusations, Vučić denies and invites FBI and FSB experts, students reject talks (2025-03-16).
- hm152-de-02: French Prime Minister Bayrou resigns after losing the confidence vote; Le Pen wants a dissolution, LFI Macron's resignation (2025-09-09).
- hm152-de-03: Drones hit the Russian-held Zaporizhzhia nuclear plant; Grossi condemns and asks for a Security Council session, Moscow and Kyiv trade blame (2024-04-08).
- hm152-de-04: Tusk in Kyiv: Poland and Ukraine agree to resume exhumations of Volhynia massacre victims; PiS and Nawrocki criticise (2025-01-15).
- hm152-en-01: A federal judge bars the deportation of Columbia activist Mahmoud Khalil after his arrest by ICE; Trump and Rubio threaten more (2025-03-11).
- hm152-en-02: Abkhazia's leader Aslan Bzhania resigns after protesters storm parliament in Sukhumi over an investment deal with Russia (2024-11-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------------------
# hm152-de-01: Serbia, mass protest in Belgrade
# ---------------------------------------------------------------------------
RS_PROT = actor("Serbian protesters", "SRB", "CVL")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
RS_STUD = actor("Serbian students", "SRB", "CVL")
RS_GOV = actor("Government of Serbia", "SRB", "GOV")
RS_OPP = actor("Serbian opposition", "SRB", "OPP")
RS_NGO = actor("Serbian human rights groups", "SRB", "NGO")
RS_POL = actor("Serbian police", "SRB", "COP")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
FSB = actor("Federal Security Service of Russia", "RUS", "GOV")
SNS_SUPP = actor("SNS supporters", "SRB", "PTY")
KOS = actor("Marta Kos", "EUR", "IGO")

S1 = ("In Belgrad haben am Samstag Hunderttausende Menschen gegen Korruption und gegen Präsident "
      "Aleksandar Vučić demonstriert.")
S2 = "Es war die größte Kundgebung in der Geschichte Serbiens."
S3 = ("Die Studierenden fordern seit dem Einsturz eines Bahnhofsvordachs in Novi Sad mit 15 Toten im "
      "November eine lückenlose Aufklärung.")
S4 = "Während einer Schweigeminute geriet ein Teil der Menge plötzlich in Panik und stob auseinander."
S5 = ("Oppositionspolitiker und Menschenrechtsgruppen warfen der Polizei vor, eine sogenannte Schallkanone "
      "gegen die Demonstranten eingesetzt zu haben.")
S6 = "Vučić wies das zurück: Die Polizei besitze ein solches Gerät gar nicht."
S7 = ("Er kündigte an, Experten der US-Bundespolizei FBI und des russischen Geheimdienstes FSB zur "
      "Untersuchung einzuladen.")
S8 = ("Vor dem Präsidialamt warfen Anhänger der Regierungspartei SNS Flaschen und Feuerwerkskörper auf "
      "Demonstranten.")
S9 = "Die Polizei nahm 22 Menschen aus beiden Lagern fest."
S10 = "Vučić schloss einen Rücktritt erneut aus."
S11 = ("Er werde „keinen Millimeter“ vor der Straße zurückweichen, sagte er, bot den Studierenden aber "
       "zugleich Gespräche an.")
S12 = "Die Studierenden lehnten das umgehend ab."
S13 = "EU-Erweiterungskommissarin Marta Kos verlangte von Belgrad Respekt für das Recht auf friedlichen Protest."

DE01 = {
    "id": "hm152-de-01", "lang": "de", "url": None, "published": "2025-03-16",
    "title": "Hunderttausende protestieren in Belgrad gegen Vučić",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8, S9], [S10, S11, S12, S13]),
    "events": [
        event("PROTEST", RS_PROT, VUCIC, S1, mode="demo", date="2025-03-15", location="Belgrade",
              location_country="SRB"),
        event("REQUEST", RS_STUD, RS_GOV, S3, mode="change"),
        event("ACCUSE", RS_OPP, RS_POL, S5, mode="allege"),
        event("ACCUSE", RS_NGO, RS_POL, S5, mode="allege"),
        event("AGREE", VUCIC, FBI, S7),
        event("AGREE", VUCIC, FSB, S7),
        event("ASSAULT", SNS_SUPP, RS_PROT, S8, mode="primitive", date="2025-03-15", location="Belgrade",
              location_country="SRB"),
        event("COERCE", RS_POL, RS_PROT, S9, mode="arrest", date="2025-03-15", location="Belgrade",
              location_country="SRB"),
        event("COERCE", RS_POL, SNS_SUPP, S9, mode="arrest", date="2025-03-15", location="Belgrade",
              location_country="SRB"),
        event("REJECT", VUCIC, RS_PROT, S10, mode="change"),
        event("REJECT", VUCIC, RS_PROT, S11, mode="change"),
        event("AGREE", VUCIC, RS_STUD, S11),
        event("REJECT", RS_STUD, VUCIC, S12, mode="meet"),
        event("REQUEST", KOS, RS_GOV, S13, mode="change"),
    ],
    "quotes": [
        quote("eine sogenannte Schallkanone gegen die Demonstranten eingesetzt zu haben", "Serbian opposition",
              "indirect"),
        quote("eine sogenannte Schallkanone gegen die Demonstranten eingesetzt zu haben",
              "Serbian human rights groups", "indirect"),
        quote("Die Polizei besitze ein solches Gerät gar nicht", "Aleksandar Vučić", "indirect"),
        quote("Experten der US-Bundespolizei FBI und des russischen Geheimdienstes FSB zur Untersuchung einzuladen",
              "Aleksandar Vučić", "indirect"),
        quote("keinen Millimeter", "Aleksandar Vučić", "direct"),
        quote("Er werde „keinen Millimeter“ vor der Straße zurückweichen", "Aleksandar Vučić", "indirect"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["In Belgrad", "Belgrad"]),
        entity("Serbian protesters", "ORG", "SRB", ["Hunderttausende Menschen", "der Menge",
                                                    "die Demonstranten", "Demonstranten", "der Straße"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Präsident Aleksandar Vučić", "Vučić", "Er", "er"]),
        entity("Serbia", "GPE", "SRB", ["Serbiens"]),
        entity("Serbian students", "ORG", "SRB", ["Die Studierenden", "den Studierenden"]),
        entity("Novi Sad", "LOC", "SRB", ["Novi Sad"]),
        entity("Serbian opposition", "ORG", "SRB", ["Oppositionspolitiker"]),
        entity("Serbian human rights groups", "ORG", "SRB", ["Menschenrechtsgruppen"]),
        entity("Serbian police", "ORG", "SRB", ["der Polizei", "Die Polizei"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["US-Bundespolizei FBI"]),
        entity("Federal Security Service of Russia", "ORG", "RUS", ["des russischen Geheimdienstes FSB"]),
        entity("Presidency of Serbia", "LOC", "SRB", ["dem Präsidialamt"]),
        entity("Serbian Progressive Party", "ORG", "SRB", ["der Regierungspartei SNS"]),
        entity("SNS supporters", "ORG", "SRB", ["Anhänger der Regierungspartei SNS"]),
        entity("Marta Kos", "PER", "EUR", ["EU-Erweiterungskommissarin Marta Kos"]),
        entity("Government of Serbia", "ORG", "SRB", ["Belgrad"]),
    ],
}

# ---------------------------------------------------------------------------
# hm152-de-02: France, Bayrou falls
# ---------------------------------------------------------------------------
BAYROU = actor("François Bayrou", "FRA", "GOV")
FR_ASSEMBLY = actor("National Assembly of France", "FRA", "LEG")
FR_OPP = actor("French opposition", "FRA", "OPP")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
LE_PEN = actor("Marine Le Pen", "FRA", "PTY")
LFI = actor("La France insoumise", "FRA", "PTY")
PS = actor("Socialist Party (France)", "FRA", "PTY")
RETAILLEAU = actor("Bruno Retailleau", "FRA", "GOV")

F1 = ("Frankreichs Premierminister François Bayrou hat am Dienstag nach nur neun Monaten im Amt seinen "
      "Rücktritt eingereicht.")
F2 = "Am Vorabend hatten ihm 364 Abgeordnete der Nationalversammlung das Vertrauen verweigert, nur 194 stimmten für ihn."
F3 = ("Bayrou hatte die Abstimmung selbst beantragt, um Rückhalt für seinen Sparhaushalt mit Einsparungen "
      "von 44 Milliarden Euro zu gewinnen.")
F4 = ("In seiner letzten Rede warf er der Opposition vor, das Land aus parteipolitischem Kalkül in die "
      "Schuldenfalle zu treiben.")
F5 = ("Präsident Emmanuel Macron nahm den Rücktritt an und kündigte an, in den kommenden Tagen einen "
      "Nachfolger zu ernennen.")
F6 = ("Die Fraktionschefin des Rassemblement National, Marine Le Pen, forderte Macron auf, die "
      "Nationalversammlung erneut aufzulösen.")
F7 = "„Die Auflösung ist keine Option, sie ist eine Pflicht“, sagte sie."
F8 = "Die Linkspartei La France insoumise verlangte sogar den Rücktritt des Präsidenten."
F9 = "Macron lehnt eine vorgezogene Präsidentenwahl ab."
F10 = "Die Sozialisten erklärten sich bereit, eine Regierung unter ihrer Führung zu bilden."
F11 = ("Gewerkschaften und linke Gruppen riefen für Mittwoch unter dem Motto „Bloquons tout“ zu landesweiten "
       "Blockaden auf.")
F12 = "Innenminister Bruno Retailleau ließ bereits 80.000 Polizisten und Gendarmen in Bereitschaft versetzen."
F13 = "Bayrou ist binnen eines Jahres bereits der zweite Regierungschef, der im Parlament scheitert."

DE02 = {
    "id": "hm152-de-02", "lang": "de", "url": None, "published": "2025-09-09",
    "title": "Frankreichs Premier Bayrou reicht nach verlorener Vertrauensfrage Rücktritt ein",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9, F10], [F11, F12, F13]),
    "events": [
        event("RETREAT", BAYROU, None, F1, mode="resign", date="2025-09-09"),
        event("REJECT", FR_ASSEMBLY, BAYROU, F2, mode="assist", date="2025-09-08", location="Paris",
              location_country="FRA"),
        event("REQUEST", BAYROU, FR_ASSEMBLY, F3, mode="assist"),
        event("ACCUSE", BAYROU, FR_OPP, F4, mode="disapprove"),
        event("REQUEST", LE_PEN, MACRON, F6, mode="change"),
        event("REQUEST", LE_PEN, None, F7, mode="change"),
        event("REQUEST", LFI, MACRON, F8, mode="change"),
        event("REJECT", MACRON, LFI, F9, mode="change"),
        event("AGREE", PS, None, F10),
        event("MOBILIZE", RETAILLEAU, None, F12, mode="police"),
    ],
    "quotes": [
        quote("das Land aus parteipolitischem Kalkül in die Schuldenfalle zu treiben", "François Bayrou",
              "indirect"),
        quote("in den kommenden Tagen einen Nachfolger zu ernennen", "Emmanuel Macron", "indirect"),
        quote("die Nationalversammlung erneut aufzulösen", "Marine Le Pen", "indirect"),
        quote("Die Auflösung ist keine Option, sie ist eine Pflicht", "Marine Le Pen", "direct"),
        quote("eine Regierung unter ihrer Führung zu bilden", "Socialist Party (France)", "indirect"),
        quote("Bloquons tout", "French trade unions and left-wing groups", "direct"),
    ],
    "entities": [
        entity("France", "GPE", "FRA", ["Frankreichs", "das Land"]),
        entity("François Bayrou", "PER", "FRA", ["Frankreichs Premierminister François Bayrou", "Bayrou", "ihm",
                                                 "ihn", "er"]),
        entity("National Assembly of France", "ORG", "FRA", ["364 Abgeordnete der Nationalversammlung",
                                                             "die Nationalversammlung", "im Parlament"]),
        entity("French opposition", "ORG", "FRA", ["der Opposition"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Macron", "des Präsidenten"]),
        entity("Rassemblement National", "ORG", "FRA", ["des Rassemblement National"]),
        entity("Marine Le Pen", "PER", "FRA", ["Die Fraktionschefin des Rassemblement National, Marine Le Pen",
                                               "sie"]),
        entity("La France insoumise", "ORG", "FRA", ["Die Linkspartei La France insoumise"]),
        entity("Socialist Party (France)", "ORG", "FRA", ["Die Sozialisten"]),
        entity("French trade unions and left-wing groups", "ORG", "FRA", ["Gewerkschaften und linke Gruppen"]),
        entity("Bruno Retailleau", "PER", "FRA", ["Innenminister Bruno Retailleau"]),
    ],
}

# ---------------------------------------------------------------------------
# hm152-de-03: Zaporizhzhia nuclear plant hit by drones
# ---------------------------------------------------------------------------
IAEA = actor("International Atomic Energy Agency", "UNO", "IGO")
GROSSI = actor("Rafael Grossi", "UNO", "IGO")
UNSC = actor("UN Security Council", "UNO", "IGO")
ZNPP_MGMT = actor("Russian-installed Zaporizhzhia plant management", "RUS", "BUS")
UA_MIL = actor("Ukrainian armed forces", "UKR", "MIL")
RU_MFA = actor("Russian Foreign Ministry", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
YUSOV = actor("Andriy Yusov", "UKR", "MIL")
RUSSIA = actor("Russia", "RUS", "GOV")
RU_MIL = actor("Russian armed forces", "RUS", "MIL")
UKRAINE_C = actor("Ukraine", "UKR", None)
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
WEST = actor("Western countries", None, "GOV")

Z1 = ("Das von Russland besetzte Atomkraftwerk Saporischschja im Süden der Ukraine ist am Sonntag mehrfach "
      "von Drohnen getroffen worden.")
Z2 = ("Die Internationale Atomenergiebehörde (IAEA) bestätigte, dass eine Drohne die Kuppel von Reaktor 6 "
      "getroffen habe.")
Z3 = "IAEA-Chef Rafael Grossi verurteilte die »rücksichtslosen Angriffe« und erklärte, sie müssten sofort aufhören."
Z4 = "Er bat den UN-Sicherheitsrat um eine Dringlichkeitssitzung."
Z5 = ("Die von Moskau eingesetzte Kraftwerksleitung warf der ukrainischen Armee vor, die Anlage gezielt "
      "angegriffen zu haben.")
Z6 = "Das russische Außenministerium sprach von »nuklearem Terrorismus« Kiews."
Z7 = "Der ukrainische Militärgeheimdienst HUR wies jede Beteiligung zurück."
Z8 = "Russland inszeniere die Angriffe selbst, um die Ukraine zu diskreditieren, sagte Sprecher Andrij Jussow."
Z9 = ("Die sechs Reaktoren des größten Atomkraftwerks Europas sind seit Monaten heruntergefahren, benötigen "
      "aber weiter Strom zur Kühlung.")
Z10 = ("In der Nacht zum Montag griff die russische Armee zudem die Region Charkiw mit Drohnen an und "
       "beschädigte ein Umspannwerk.")
Z11 = "Präsident Wolodymyr Selenskyj forderte vom Westen erneut zusätzliche Flugabwehrsysteme."
Z12 = "»Jeder Tag ohne Entscheidung kostet Leben«, schrieb er im Onlinedienst X."

DE03 = {
    "id": "hm152-de-03", "lang": "de", "url": None, "published": "2024-04-08",
    "title": "Drohnen treffen AKW Saporischschja – IAEA schlägt Alarm",
    "text": paragraphs([Z1, Z2, Z3, Z4], [Z5, Z6, Z7, Z8], [Z9, Z10, Z11, Z12]),
    "events": [
        event("ACCUSE", GROSSI, None, Z3, mode="disapprove"),
        event("REQUEST", GROSSI, None, Z3, mode="yield"),
        event("REQUEST", GROSSI, UNSC, Z4, mode="meet"),
        event("ACCUSE", ZNPP_MGMT, UA_MIL, Z5, mode="allege"),
        event("ACCUSE", RU_MFA, UKRAINE, Z6, mode="allege"),
        event("ACCUSE", YUSOV, RUSSIA, Z8, mode="allege"),
        event("ASSAULT", RU_MIL, UKRAINE_C, Z10, mode="drone", date="2024-04-08", location="Kharkiv Oblast",
              location_country="UKR"),
        event("REQUEST", ZELENSKY, WEST, Z11, mode="assist"),
    ],
    "quotes": [
        quote("dass eine Drohne die Kuppel von Reaktor 6 getroffen habe", "International Atomic Energy Agency",
              "indirect"),
        quote("rücksichtslosen Angriffe", "Rafael Grossi", "direct"),
        quote("sie müssten sofort aufhören", "Rafael Grossi", "indirect"),
        quote("die Anlage gezielt angegriffen zu haben", "Russian-installed Zaporizhzhia plant management",
              "indirect"),
        quote("nuklearem Terrorismus", "Russian Foreign Ministry", "direct"),
        quote("Russland inszeniere die Angriffe selbst, um die Ukraine zu diskreditieren", "Andriy Yusov",
              "indirect"),
        quote("Jeder Tag ohne Entscheidung kostet Leben", "Volodymyr Zelensky", "direct"),
    ],
    "entities": [
        entity("Zaporizhzhia Nuclear Power Plant", "LOC", "UKR", ["Atomkraftwerk Saporischschja", "die Anlage",
                                                                  "des größten Atomkraftwerks Europas"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine", "Kiews", "die Ukraine"]),
        entity("International Atomic Energy Agency", "ORG", "UNO",
               ["Die Internationale Atomenergiebehörde (IAEA)", "IAEA"]),
        entity("Rafael Grossi", "PER", "UNO", ["IAEA-Chef Rafael Grossi", "Er"]),
        entity("UN Security Council", "ORG", "UNO", ["den UN-Sicherheitsrat"]),
        entity("Russian-installed Zaporizhzhia plant management", "ORG", "RUS",
               ["Die von Moskau eingesetzte Kraftwerksleitung"]),
        entity("Ukrainian armed forces", "ORG", "UKR", ["der ukrainischen Armee"]),
        entity("Russian Foreign Ministry", "ORG", "RUS", ["Das russische Außenministerium"]),
        entity("Main Directorate of Intelligence of Ukraine", "ORG", "UKR",
               ["Der ukrainische Militärgeheimdienst HUR"]),
        entity("Andriy Yusov", "PER", "UKR", ["Sprecher Andrij Jussow"]),
        entity("Russian armed forces", "ORG", "RUS", ["die russische Armee"]),
        entity("Kharkiv Oblast", "LOC", "UKR", ["die Region Charkiw"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "er"]),
        entity("Western countries", "ORG", None, ["vom Westen"]),
        entity("X", "ORG", "MNC", ["im Onlinedienst X"]),
    ],
}

# ---------------------------------------------------------------------------
# hm152-de-04: Poland and Ukraine agree on Volhynia exhumations
# ---------------------------------------------------------------------------
TUSK = actor("Donald Tusk", "POL", "GOV")
UA_GOV = actor("Government of Ukraine", "UKR", "GOV")
PL_GOV = actor("Government of Poland", "POL", "GOV")
IPN = actor("Institute of National Remembrance", "POL", "GOV")
UA_ARCH = actor("Ukrainian archivists", "UKR", "GOV")
PIS = actor("Law and Justice (PiS)", "POL", "PTY")
NAWROCKI = actor("Karol Nawrocki", "POL", "PTY")

V1 = ("Polens Ministerpräsident Donald Tusk ist am Mittwoch zu Gesprächen mit Präsident Wolodymyr Selenskyj "
      "in Kiew eingetroffen.")
V2 = ("Beide Seiten einigten sich darauf, noch in diesem Frühjahr mit der Exhumierung polnischer Opfer der "
      "Massaker von Wolhynien zu beginnen.")
V3 = "Die ersten Arbeiten sollen im April im früheren Dorf Puschnyky in der Westukraine stattfinden."
V4 = "„Das ist ein Durchbruch, auf den wir Jahrzehnte gewartet haben“, sagte Tusk."
V5 = "Selenskyj sagte zu, die ukrainischen Behörden würden den Suchteams keine Hindernisse mehr in den Weg legen."
V6 = ("Kiew hatte Exhumierungen 2017 gestoppt, nachdem in Polen ein Denkmal für Kämpfer der Ukrainischen "
      "Aufstandsarmee abgerissen worden war.")
V7 = "Tusk sicherte der Ukraine zugleich die Unterstützung Warschaus auf dem Weg in die EU zu."
V8 = "Polen hat seit Jahresbeginn den Vorsitz im Rat der EU inne."
V9 = ("Fachleute des polnischen Instituts für Nationales Gedenken werten bereits gemeinsam mit ukrainischen "
      "Archivaren Unterlagen über mögliche Grabstätten aus.")
V10 = "Die oppositionelle PiS warf Tusk dennoch vor, zu wenig Druck auf Kiew auszuüben."
V11 = ("Ihr Präsidentschaftskandidat Karol Nawrocki hatte die Regierung zuvor aufgefordert, einen EU-Beitritt "
       "der Ukraine von der Aufarbeitung der Verbrechen abhängig zu machen.")
V12 = "Bei den Massakern in Wolhynien waren 1943 und 1944 bis zu 100.000 Polen getötet worden."

DE04 = {
    "id": "hm152-de-04", "lang": "de", "url": None, "published": "2025-01-15",
    "title": "Tusk in Kiew: Durchbruch bei Exhumierungen der Wolhynien-Opfer",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7, V8], [V9, V10, V11, V12]),
    "events": [
        event("CONSULT", TUSK, ZELENSKY, V1, mode="visit", date="2025-01-15", location="Kyiv",
              location_country="UKR"),
        event("AGREE", TUSK, ZELENSKY, V2),
        event("SUPPORT", TUSK, ZELENSKY, V4),
        event("CONCEDE", ZELENSKY, TUSK, V5),
        event("SANCTION", UA_GOV, PL_GOV, V6, mode="discontinue"),
        event("SUPPORT", TUSK, UA_GOV, V7),
        event("COOPERATE", IPN, UA_ARCH, V9),
        event("ACCUSE", PIS, TUSK, V10, mode="disapprove"),
        event("REQUEST", NAWROCKI, PL_GOV, V11, mode="change"),
    ],
    "quotes": [
        quote("Das ist ein Durchbruch, auf den wir Jahrzehnte gewartet haben", "Donald Tusk", "direct"),
        quote("die ukrainischen Behörden würden den Suchteams keine Hindernisse mehr in den Weg legen",
              "Volodymyr Zelensky", "indirect"),
        quote("zu wenig Druck auf Kiew auszuüben", "Law and Justice (PiS)", "indirect"),
        quote("einen EU-Beitritt der Ukraine von der Aufarbeitung der Verbrechen abhängig zu machen",
              "Karol Nawrocki", "indirect"),
    ],
    "entities": [
        entity("Poland", "GPE", "POL", ["Polens", "in Polen", "Warschaus", "Polen"]),
        entity("Donald Tusk", "PER", "POL", ["Polens Ministerpräsident Donald Tusk", "Tusk"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Kyiv", "LOC", "UKR", ["in Kiew"]),
        entity("Volhynia", "LOC", "UKR", ["Wolhynien"]),
        entity("Puzhnyky", "LOC", "UKR", ["im früheren Dorf Puschnyky"]),
        entity("Western Ukraine", "LOC", "UKR", ["der Westukraine"]),
        entity("Government of Ukraine", "ORG", "UKR", ["die ukrainischen Behörden", "Kiew"]),
        entity("Ukrainian Insurgent Army", "ORG", "UKR", ["Kämpfer der Ukrainischen Aufstandsarmee"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("Council of the European Union", "ORG", "EUR", ["im Rat der EU"]),
        entity("Institute of National Remembrance", "ORG", "POL",
               ["des polnischen Instituts für Nationales Gedenken"]),
        entity("Ukrainian archivists", "ORG", "UKR", ["ukrainischen Archivaren"]),
        entity("Law and Justice (PiS)", "ORG", "POL", ["Die oppositionelle PiS", "Ihr"]),
        entity("Karol Nawrocki", "PER", "POL", ["Präsidentschaftskandidat Karol Nawrocki"]),
        entity("Government of Poland", "ORG", "POL", ["die Regierung"]),
    ],
}

# ---------------------------------------------------------------------------
# hm152-en-01: Mahmoud Khalil
# ---------------------------------------------------------------------------
FURMAN = actor("Jesse Furman", "USA", "JUD")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
KHALIL = actor("Mahmoud Khalil", "PSE", "CVL")
ICE = actor("Immigration and Customs Enforcement", "USA", "COP")
TRUMP = actor("Donald Trump", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
FOREIGN_STUD = actor("foreign students in the United States", None, "CVL")
DHS = actor("United States Department of Homeland Security", "USA", "GOV")
US_PROSEC = actor("US federal prosecutors", "USA", "JUD")
US_PROT = actor("Khalil supporters", "USA", "CVL")
DEM_LAW = actor("Democratic lawmakers", "USA", "LEG")
NYCLU = actor("New York Civil Liberties Union", "USA", "NGO")

K1 = ("A federal judge in New York on Monday barred the Trump administration from deporting Mahmoud Khalil, "
      "a Palestinian activist and recent graduate of Columbia University, while his case is under review.")
K2 = ("Immigration and Customs Enforcement agents arrested Khalil, a legal permanent resident of the United "
      "States, at his university-owned apartment in Manhattan on Saturday night.")
K3 = "He was later moved to a detention center in Jena, Louisiana, more than 1,000 miles away."
K4 = ("His lawyer, Amy Greer, said the agents had told her they were acting on State Department orders to "
      "revoke his green card.")
K5 = ("President Donald Trump hailed the arrest as “the first of many to come” and accused Khalil of "
      "“pro-terrorist, anti-Semitic, anti-American activity.”")
K6 = ("Secretary of State Marco Rubio warned that the United States would revoke the visas and green cards "
      "of foreign students who support Hamas.")
K7 = "The Department of Homeland Security said Khalil had led activities aligned with Hamas."
K8 = "He has not been charged with any crime."
K9 = ("Hundreds of protesters rallied outside a federal courthouse in lower Manhattan on Monday to demand "
      "Khalil’s release.")
K10 = "Several Democratic lawmakers condemned the arrest as an attack on free speech."
K11 = ("“If they can do this to Mahmoud,” the New York Civil Liberties Union said in a statement, “they can "
       "do it to anyone who speaks out.”")
K12 = "A further hearing in the case is scheduled for Wednesday."

EN01 = {
    "id": "hm152-en-01", "lang": "en", "url": None, "published": "2025-03-11",
    "title": "Judge blocks deportation of Columbia activist Mahmoud Khalil",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12]),
    "events": [
        event("REQUEST", FURMAN, TRUMP_ADMIN, K1, mode="change", date="2025-03-10", location="New York",
              location_country="USA"),
        event("COERCE", ICE, KHALIL, K2, mode="arrest", date="2025-03-08", location="Manhattan",
              location_country="USA"),
        event("SUPPORT", TRUMP, ICE, K5),
        event("ACCUSE", TRUMP, KHALIL, K5, mode="allege"),
        event("THREATEN", TRUMP, None, K5, mode="arrest"),
        event("THREATEN", RUBIO, FOREIGN_STUD, K6),
        event("ACCUSE", DHS, KHALIL, K7, mode="allege"),
        event("ACCUSE", US_PROSEC, KHALIL, K8, mode="allege", negated=True),
        event("PROTEST", US_PROT, TRUMP_ADMIN, K9, mode="demo", date="2025-03-10", location="Manhattan",
              location_country="USA"),
        event("ACCUSE", DEM_LAW, TRUMP_ADMIN, K10, mode="disapprove"),
        event("ACCUSE", NYCLU, TRUMP_ADMIN, K11, mode="disapprove"),
    ],
    "quotes": [
        quote("the agents had told her they were acting on State Department orders to revoke his green card",
              "Amy Greer", "indirect"),
        quote("the first of many to come", "Donald Trump", "direct"),
        quote("pro-terrorist, anti-Semitic, anti-American activity", "Donald Trump", "direct"),
        quote("the United States would revoke the visas and green cards of foreign students who support Hamas",
              "Marco Rubio", "indirect"),
        quote("Khalil had led activities aligned with Hamas", "United States Department of Homeland Security",
              "indirect"),
        quote("If they can do this to Mahmoud", "New York Civil Liberties Union", "direct"),
        quote("they can do it to anyone who speaks out", "New York Civil Liberties Union", "direct"),
    ],
    "entities": [
        entity("Jesse Furman", "PER", "USA", ["A federal judge in New York"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Trump administration", "ORG", "USA", ["the Trump administration", "they"]),
        entity("Mahmoud Khalil", "PER", "PSE", ["Mahmoud Khalil", "a Palestinian activist", "Khalil", "He",
                                                "his", "Khalil’s", "Mahmoud"]),
        entity("Columbia University", "ORG", "USA", ["Columbia University"]),
        entity("Immigration and Customs Enforcement", "ORG", "USA",
               ["Immigration and Customs Enforcement agents", "the agents"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("Manhattan", "LOC", "USA", ["Manhattan", "lower Manhattan"]),
        entity("Jena, Louisiana", "LOC", "USA", ["Jena, Louisiana"]),
        entity("Amy Greer", "PER", "USA", ["His lawyer, Amy Greer", "her"]),
        entity("United States Department of State", "ORG", "USA", ["State Department"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("foreign students in the United States", "ORG", None, ["foreign students who support Hamas"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("United States Department of Homeland Security", "ORG", "USA",
               ["The Department of Homeland Security"]),
        entity("Khalil supporters", "ORG", "USA", ["Hundreds of protesters"]),
        entity("Democratic lawmakers", "ORG", "USA", ["Several Democratic lawmakers"]),
        entity("New York Civil Liberties Union", "ORG", "USA", ["the New York Civil Liberties Union"]),
    ],
}

# ---------------------------------------------------------------------------
# hm152-en-02: Abkhazia, Bzhania resigns
# ---------------------------------------------------------------------------
BZHANIA = actor("Aslan Bzhania", "GEO", "GOV")
AB_OPP = actor("Abkhaz opposition", "GEO", "OPP")
AB_PARL = actor("People's Assembly of Abkhazia", "GEO", "LEG")
ARDZINBA = actor("Adgur Ardzinba", "GEO", "OPP")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
GE_MFA = actor("Ministry of Foreign Affairs of Georgia", "GEO", "GOV")
RU_MIL2 = actor("Russian armed forces", "RUS", "MIL")
AB_POL = actor("Abkhaz police", "GEO", "COP")
AB_ACT = actor("Abkhaz opposition activists", "GEO", "OPP")

A1 = ("The leader of Georgia's breakaway region of Abkhazia, Aslan Bzhania, resigned on Tuesday after days "
      "of protests against an investment agreement with Russia.")
A2 = "Vice President Badra Gunba takes over as acting leader until an early election."
A3 = ("Opposition supporters had stormed the parliament building in Sukhumi on Friday, ramming its gate with "
      "a truck and occupying offices.")
A4 = ("They accused Bzhania of selling out the region, saying the deal would let Russian investors buy up "
      "its coast.")
A5 = ("Bzhania had first offered to withdraw the agreement, but protest leaders rejected the concession and "
      "demanded that he step down.")
A6 = ("\"We are not against Russia,\" said opposition politician Adgur Ardzinba, \"but against a deal signed "
      "behind the people's backs.\"")
A7 = ("Russia's Foreign Ministry spokeswoman Maria Zakharova called on the protesters to leave the parliament "
      "building.")
A8 = ("Georgia's foreign ministry said the crisis showed that Russia's occupation of the region was harming "
      "its residents.")
A9 = "Russian troops stationed in Abkhazia did not intervene in the unrest."
A10 = "On Monday, police released several activists whose detention had sparked the protests."
A11 = "Gunba said an early presidential election would be held in February."
A12 = "The subtropical region of about 240,000 people depends heavily on Russian tourists and budget support."

EN02 = {
    "id": "hm152-en-02", "lang": "en", "url": None, "published": "2024-11-19",
    "title": "Abkhazia's leader resigns after protesters storm parliament over Russia deal",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("RETREAT", BZHANIA, None, A1, mode="resign", date="2024-11-19"),
        event("PROTEST", AB_OPP, BZHANIA, A1, mode="demo", location="Abkhazia", location_country="GEO"),
        event("PROTEST", AB_OPP, AB_PARL, A3, mode="riot", date="2024-11-15", location="Sukhumi",
              location_country="GEO"),
        event("ACCUSE", AB_OPP, BZHANIA, A4, mode="allege"),
        event("CONCEDE", BZHANIA, AB_OPP, A5),
        event("REJECT", AB_OPP, BZHANIA, A5, mode="change"),
        event("REQUEST", AB_OPP, BZHANIA, A5, mode="change"),
        event("ACCUSE", ARDZINBA, BZHANIA, A6, mode="disapprove"),
        event("REQUEST", ZAKHAROVA, AB_OPP, A7, mode="yield"),
        event("ACCUSE", GE_MFA, RUSSIA, A8, mode="disapprove"),
        event("MOBILIZE", RU_MIL2, None, A9, mode="troops", location="Abkhazia", location_country="GEO",
              negated=True),
        event("RETREAT", AB_POL, AB_ACT, A10, mode="release", date="2024-11-18"),
    ],
    "quotes": [
        quote("the deal would let Russian investors buy up its coast", "Abkhaz opposition", "indirect"),
        quote("that he step down", "Abkhaz opposition", "indirect"),
        quote("We are not against Russia", "Adgur Ardzinba", "direct"),
        quote("but against a deal signed behind the people's backs", "Adgur Ardzinba", "direct"),
        quote("the crisis showed that Russia's occupation of the region was harming its residents",
              "Ministry of Foreign Affairs of Georgia", "indirect"),
        quote("an early presidential election would be held in February", "Badra Gunba", "indirect"),
    ],
    "entities": [
        entity("Georgia", "GPE", "GEO", ["Georgia's"]),
        entity("Abkhazia", "LOC", "GEO", ["breakaway region of Abkhazia", "Abkhazia", "the region",
                                          "The subtropical region"]),
        entity("Aslan Bzhania", "PER", "GEO", ["Aslan Bzhania", "Bzhania", "he"]),
        entity("Russia", "GPE", "RUS", ["Russia", "Russia's", "Russian"]),
        entity("Badra Gunba", "PER", "GEO", ["Vice President Badra Gunba", "Gunba"]),
        entity("Abkhaz opposition", "ORG", "GEO", ["Opposition supporters", "They", "protest leaders",
                                                   "the protesters"]),
        entity("People's Assembly of Abkhazia", "ORG", "GEO", ["the parliament building"]),
        entity("Sukhumi", "LOC", "GEO", ["Sukhumi"]),
        entity("Adgur Ardzinba", "PER", "GEO", ["opposition politician Adgur Ardzinba"]),
        entity("Russian Foreign Ministry", "ORG", "RUS", ["Russia's Foreign Ministry"]),
        entity("Maria Zakharova", "PER", "RUS", ["spokeswoman Maria Zakharova"]),
        entity("Ministry of Foreign Affairs of Georgia", "ORG", "GEO", ["Georgia's foreign ministry"]),
        entity("Russian armed forces", "ORG", "RUS", ["Russian troops"]),
        entity("Abkhaz police", "ORG", "GEO", ["police"]),
        entity("Abkhaz opposition activists", "ORG", "GEO", ["several activists"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
