"""Round 249: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm249-de-01: Austria: a former pupil kills ten people at a Graz secondary school; Cobra units, house search, prosecutors investigate, Stocker and Van der Bellen meet Kahr and Kunasek, the Greens demand a gun ban, Kickl refuses, von der Leyen and Merz express solidarity (2025-06-11).
- hm249-de-02: Portugal: 16 dead in the derailment of Lisbon's Glória funicular; prosecutors investigate, Montenegro promises help, the Carris union accuses the company, Ventura demands Moedas' resignation and is rebuffed, Leitão accuses the city, Berlin in contact with Lisbon (2025-09-04).
- hm249-de-03: Ukraine: police and SBU arrest an 18-year-old in Dnipro over the killing of Iryna Farion in Lviv; Klymenko and prosecutors accuse him, Maliuk checks a Russian link, Zelensky thanks the investigators, Sadovyi demands the maximum sentence, Tyahnybok blames Moscow (2024-07-26).
- hm249-de-04: Turkey: Esenyurt's CHP mayor Ahmet Özer detained and remanded over alleged PKK links, the interior ministry installs a trustee; Özel and İmamoğlu attack the government, rally despite a ban, police seal the town hall, DEM and the European Parliament's rapporteur object (2024-10-31).
- hm249-en-01: Mexico: two close aides of Mexico City mayor Clara Brugada shot dead on Calzada de Tlalpan; no arrests, Brugada vows justice, Sheinbaum and García Harfuch offer federal help, the PAN attacks Morena, the UN rights office calls for an investigation (2025-05-20).
- hm249-en-02: United States: a federal grand jury in Norfolk indicts New York Attorney General Letitia James on bank fraud charges brought by Lindsey Halligan; James accuses Trump, Trump attacks her, Pulte's referral, Hochul backs James, Schumer objects (2025-10-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm249-de-01 (Austria, Graz school shooting)
GRAZ_GUNMAN = actor("gunman of the Graz school shooting", "AUT", "CVL")
GRAZ_STUDENTS = actor("students of BORG Dreierschützengasse", "AUT", "CVL")
GRAZ_TEACHER = actor("teacher of BORG Dreierschützengasse", "AUT", "CVL")
AUT_POLICE = actor("Austrian police", "AUT", "COP")
GRAZ_PROSECUTORS = actor("Graz Public Prosecutor's Office", "AUT", "JUD")
STOCKER = actor("Christian Stocker", "AUT", "GOV")
VAN_DER_BELLEN = actor("Alexander Van der Bellen", "AUT", "GOV")
KAHR = actor("Elke Kahr", "AUT", "GOV")
KUNASEK = actor("Mario Kunasek", "AUT", "GOV")
AUT_GREENS = actor("The Greens (Austria)", "AUT", "OPP")
AUT_GOV = actor("Government of Austria", "AUT", "GOV")
KICKL = actor("Herbert Kickl", "AUT", "OPP")
VON_DER_LEYEN = actor("Ursula von der Leyen", "EUR", "IGO")
MERZ = actor("Friedrich Merz", "DEU", "GOV")
AUSTRIA = actor("Austria", "AUT", "GOV")

G1 = ("Graz (dpa) - Einen Tag nach dem Amoklauf an einer Schule in Graz hat Bundeskanzler Christian Stocker eine "
      "Überprüfung des Waffenrechts angekündigt.")
G2 = ("Ein 21 Jahre alter ehemaliger Schüler hatte am Dienstagvormittag im Oberstufenrealgymnasium in der "
      "Dreierschützengasse das Feuer eröffnet und neun Jugendliche sowie eine Lehrerin getötet.")
G3 = "Elf weitere Menschen wurden verletzt, einige von ihnen schwer."
G4 = "Der Täter erschoss sich anschließend in einer Toilette des Gebäudes."
G5 = ("Die Polizei war nach eigenen Angaben wenige Minuten nach dem ersten Notruf mit Spezialkräften der Einheit "
      "Cobra vor Ort und brachte die übrigen Schüler in Sicherheit.")
G6 = ("Ermittler durchsuchten in der Nacht die Wohnung des Mannes im Großraum Graz und stellten einen Abschiedsbrief "
      "sowie eine nicht funktionsfähige Rohrbombe sicher.")
G7 = ("Die Waffen, eine Pistole und eine Schrotflinte, habe der Mann legal besessen, teilte Innenminister Gerhard "
      "Karner mit.")
G8 = "Ein Motiv sei bislang nicht bekannt, Hinweise auf einen terroristischen Hintergrund gebe es nicht."
G9 = "Die Staatsanwaltschaft Graz leitete ein Ermittlungsverfahren ein."
G10 = ("Stocker rief eine dreitägige Staatstrauer aus und reiste gemeinsam mit Bundespräsident Alexander Van der "
       "Bellen nach Graz.")
G11 = "Dort trafen beide Bürgermeisterin Elke Kahr und den steirischen Landeshauptmann Mario Kunasek."
G12 = "„Das ist eine nationale Tragödie, die unser ganzes Land ins Herz trifft“, sagte der Kanzler."
G13 = ("Die Grünen forderten von der Regierung ein Verbot privater Schusswaffen außerhalb von Sportvereinen und "
       "Jagd.")
G14 = "FPÖ-Chef Herbert Kickl warnte dagegen vor „Schnellschüssen“ und lehnte eine pauschale Verschärfung ab."
G15 = ("EU-Kommissionspräsidentin Ursula von der Leyen und Bundeskanzler Friedrich Merz sicherten Österreich ihre "
       "Solidarität zu.")
G16 = "Es ist der schwerste Amoklauf in der Geschichte der Zweiten Republik."

DE01 = {
    "id": "hm249-de-01", "lang": "de", "url": None, "published": "2025-06-11",
    "title": "Nach Amoklauf in Graz: Stocker kündigt Prüfung des Waffenrechts an",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("ASSAULT", GRAZ_GUNMAN, GRAZ_STUDENTS, G2, mode="firearms", date="2025-06-10", location="Graz",
              location_country="AUT"),
        event("ASSAULT", GRAZ_GUNMAN, GRAZ_TEACHER, G2, mode="firearms", date="2025-06-10", location="Graz",
              location_country="AUT"),
        event("MOBILIZE", AUT_POLICE, None, G5, mode="police", location="Graz", location_country="AUT"),
        event("AID", AUT_POLICE, GRAZ_STUDENTS, G5, location="Graz", location_country="AUT"),
        event("COERCE", AUT_POLICE, GRAZ_GUNMAN, G6, mode="seize", location="Graz", location_country="AUT"),
        event("ACCUSE", GRAZ_PROSECUTORS, None, G9, mode="investigate"),
        event("CONSULT", STOCKER, KAHR, G11, mode="visit", location="Graz", location_country="AUT"),
        event("CONSULT", STOCKER, KUNASEK, G11, mode="visit", location="Graz", location_country="AUT"),
        event("CONSULT", VAN_DER_BELLEN, KAHR, G11, mode="visit", location="Graz", location_country="AUT"),
        event("CONSULT", VAN_DER_BELLEN, KUNASEK, G11, mode="visit", location="Graz", location_country="AUT"),
        event("REQUEST", AUT_GREENS, AUT_GOV, G13, mode="change"),
        event("REJECT", KICKL, AUT_GREENS, G14, mode="change"),
        event("SUPPORT", VON_DER_LEYEN, AUSTRIA, G15),
        event("SUPPORT", MERZ, AUSTRIA, G15),
    ],
    "quotes": [
        quote("Die Waffen, eine Pistole und eine Schrotflinte, habe der Mann legal besessen", "Gerhard Karner",
              "indirect"),
        quote("Ein Motiv sei bislang nicht bekannt, Hinweise auf einen terroristischen Hintergrund gebe es nicht",
              "Gerhard Karner", "indirect"),
        quote("Das ist eine nationale Tragödie, die unser ganzes Land ins Herz trifft", "Christian Stocker", "direct"),
        quote("Schnellschüssen", "Herbert Kickl", "direct"),
    ],
    "entities": [
        entity("Graz", "LOC", "AUT", ["Graz", "Großraum Graz"]),
        entity("BORG Dreierschützengasse", "LOC", "AUT", ["einer Schule in Graz",
                                                          "Oberstufenrealgymnasium in der Dreierschützengasse",
                                                          "des Gebäudes"]),
        entity("Christian Stocker", "PER", "AUT", ["Bundeskanzler Christian Stocker", "Stocker", "der Kanzler"]),
        entity("gunman of the Graz school shooting", "PER", "AUT", ["Ein 21 Jahre alter ehemaliger Schüler",
                                                                    "Der Täter", "des Mannes", "der Mann"]),
        entity("Austrian police", "ORG", "AUT", ["Die Polizei", "Ermittler"]),
        entity("Cobra", "ORG", "AUT", ["Spezialkräften der Einheit Cobra"]),
        entity("Gerhard Karner", "PER", "AUT", ["Innenminister Gerhard Karner"]),
        entity("Graz Public Prosecutor's Office", "ORG", "AUT", ["Die Staatsanwaltschaft Graz"]),
        entity("Alexander Van der Bellen", "PER", "AUT", ["Bundespräsident Alexander Van der Bellen"]),
        entity("Elke Kahr", "PER", "AUT", ["Bürgermeisterin Elke Kahr"]),
        entity("Mario Kunasek", "PER", "AUT", ["den steirischen Landeshauptmann Mario Kunasek"]),
        entity("Austria", "LOC", "AUT", ["unser ganzes Land", "Österreich"]),
        entity("The Greens (Austria)", "ORG", "AUT", ["Die Grünen"]),
        entity("Government of Austria", "ORG", "AUT", ["der Regierung"]),
        entity("FPÖ", "ORG", "AUT", ["FPÖ"]),
        entity("Herbert Kickl", "PER", "AUT", ["FPÖ-Chef Herbert Kickl"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Friedrich Merz", "PER", "DEU", ["Bundeskanzler Friedrich Merz"]),
    ],
}

# ---------------------------------------------------------------- hm249-de-02 (Portugal, Glória funicular crash)
PRT_PROSECUTORS = actor("Public Prosecutor's Office of Portugal", "PRT", "JUD")
LISBON_FIRE = actor("Lisbon Fire Brigade", "PRT", "COP")
GLORIA_PASSENGERS = actor("passengers of the Glória funicular", "PRT", "CVL")
MONTENEGRO = actor("Luís Montenegro", "PRT", "GOV")
LISBON_COUNCIL = actor("Lisbon City Council", "PRT", "GOV")
CARRIS_UNION = actor("union of Carris employees", "PRT", "LAB")
CARRIS = actor("Carris", "PRT", "BUS")
VENTURA = actor("André Ventura", "PRT", "OPP")
MOEDAS = actor("Carlos Moedas", "PRT", "GOV")
LEITAO = actor("Alexandra Leitão", "PRT", "OPP")
DEU_FO = actor("German Foreign Office", "DEU", "GOV")
PRT_AUTH = actor("Portuguese authorities", "PRT", "GOV")

L1 = ("Lissabon (AFP) - Nach dem Unglück der historischen Standseilbahn Elevador da Glória in Lissabon hat die "
      "Staatsanwaltschaft Ermittlungen aufgenommen.")
L2 = "Bei dem Unfall am Mittwochabend waren 16 Menschen ums Leben gekommen, darunter mehrere ausländische Touristen."
L3 = ("Einer der beiden Wagen war auf der steilen Strecke im Zentrum der Stadt aus den Schienen gesprungen und gegen "
      "ein Gebäude geprallt.")
L4 = "Feuerwehrleute befreiten stundenlang Verletzte aus dem völlig zerstörten Wagen."
L5 = ("Ersten Erkenntnissen der Unfallermittlungsbehörde GPIAAF zufolge riss das Stahlseil, das die beiden Wagen "
      "verbindet.")
L6 = ("Ministerpräsident Luís Montenegro rief einen Tag der Staatstrauer aus und sicherte der Stadtverwaltung jede "
      "Unterstützung der Regierung zu.")
L7 = ("Das Verkehrsunternehmen Carris, das die Bahn betreibt, erklärte, alle vorgeschriebenen Wartungsarbeiten seien "
      "eingehalten worden.")
L8 = ("Die Gewerkschaft der Carris-Beschäftigten warf dem Unternehmen dagegen vor, die Wartung seit Jahren an eine "
      "Fremdfirma ausgelagert und Beschwerden der Fahrer ignoriert zu haben.")
L9 = "Carris ließ die übrigen Standseilbahnen der Stadt vorsorglich stilllegen."
L10 = ("Der Chef der rechtspopulistischen Partei Chega, André Ventura, forderte den Rücktritt von Bürgermeister "
       "Carlos Moedas.")
L11 = ("„Wer für die Sicherheit dieser Stadt verantwortlich ist, kann sich jetzt nicht hinter Gutachten verstecken“, "
       "sagte er.")
L12 = "Moedas lehnte einen Rücktritt ab und verlangte von Carris eine vollständige Aufklärung."
L13 = ("Die sozialistische Kandidatin für die Kommunalwahl im Oktober, Alexandra Leitão, warf der Stadtverwaltung "
       "vor, sie habe Warnungen vor dem Zustand der Bahn nicht ernst genommen.")
L14 = ("Unter den Toten sind nach Angaben der Behörden Menschen aus Portugal, Großbritannien, Südkorea, Kanada, "
       "Deutschland und der Schweiz.")
L15 = ("Das Auswärtige Amt in Berlin stand nach eigenen Angaben mit den portugiesischen Behörden in Kontakt, um die "
       "Identität der Opfer zu klären.")
L16 = "Die 1885 eröffnete Bahn gehört zu den bekanntesten Touristenattraktionen Lissabons."

DE02 = {
    "id": "hm249-de-02", "lang": "de", "url": None, "published": "2025-09-04",
    "title": "Lissabon: Staatsanwaltschaft ermittelt nach Standseilbahn-Unglück",
    "text": paragraphs([L1, L2, L3, L4, L5], [L6, L7, L8, L9], [L10, L11, L12, L13], [L14, L15, L16]),
    "events": [
        event("ACCUSE", PRT_PROSECUTORS, None, L1, mode="investigate", location="Lisbon", location_country="PRT"),
        event("AID", LISBON_FIRE, GLORIA_PASSENGERS, L4, location="Lisbon", location_country="PRT"),
        event("AGREE", MONTENEGRO, LISBON_COUNCIL, L6),
        event("ACCUSE", CARRIS_UNION, CARRIS, L8, mode="allege"),
        event("REQUEST", VENTURA, MOEDAS, L10, mode="change"),
        event("ACCUSE", VENTURA, MOEDAS, L11, mode="disapprove"),
        event("REJECT", MOEDAS, VENTURA, L12, mode="change"),
        event("REQUEST", MOEDAS, CARRIS, L12),
        event("ACCUSE", LEITAO, LISBON_COUNCIL, L13, mode="allege"),
        event("CONSULT", DEU_FO, PRT_AUTH, L15),
    ],
    "quotes": [
        quote("riss das Stahlseil, das die beiden Wagen verbindet", "GPIAAF", "indirect"),
        quote("alle vorgeschriebenen Wartungsarbeiten seien eingehalten worden", "Carris", "indirect"),
        quote("die Wartung seit Jahren an eine Fremdfirma ausgelagert und Beschwerden der Fahrer ignoriert zu haben",
              "union of Carris employees", "indirect"),
        quote("Wer für die Sicherheit dieser Stadt verantwortlich ist, kann sich jetzt nicht hinter Gutachten "
              "verstecken", "André Ventura", "direct"),
        quote("sie habe Warnungen vor dem Zustand der Bahn nicht ernst genommen", "Alexandra Leitão", "indirect"),
        quote("Unter den Toten sind nach Angaben der Behörden Menschen aus Portugal, Großbritannien, Südkorea, Kanada, "
              "Deutschland und der Schweiz", "Portuguese authorities", "indirect"),
    ],
    "entities": [
        entity("Lisbon", "LOC", "PRT", ["Lissabon", "im Zentrum der Stadt", "dieser Stadt", "Lissabons"]),
        entity("Elevador da Glória", "LOC", "PRT", ["Standseilbahn Elevador da Glória", "die Bahn", "der Bahn",
                                                     "Die 1885 eröffnete Bahn"]),
        entity("Public Prosecutor's Office of Portugal", "ORG", "PRT", ["die Staatsanwaltschaft"]),
        entity("Lisbon Fire Brigade", "ORG", "PRT", ["Feuerwehrleute"]),
        entity("GPIAAF", "ORG", "PRT", ["Unfallermittlungsbehörde GPIAAF"]),
        entity("Luís Montenegro", "PER", "PRT", ["Ministerpräsident Luís Montenegro"]),
        entity("Lisbon City Council", "ORG", "PRT", ["der Stadtverwaltung"]),
        entity("Government of Portugal", "ORG", "PRT", ["der Regierung"]),
        entity("Carris", "ORG", "PRT", ["Das Verkehrsunternehmen Carris", "dem Unternehmen", "Carris"]),
        entity("union of Carris employees", "ORG", "PRT", ["Die Gewerkschaft der Carris-Beschäftigten"]),
        entity("Chega", "ORG", "PRT", ["Partei Chega"]),
        entity("André Ventura", "PER", "PRT", ["André Ventura"]),
        entity("Carlos Moedas", "PER", "PRT", ["Bürgermeister Carlos Moedas", "Moedas"]),
        entity("Alexandra Leitão", "PER", "PRT", ["Alexandra Leitão"]),
        entity("Portuguese authorities", "ORG", "PRT", ["der Behörden", "den portugiesischen Behörden"]),
        entity("Portugal", "LOC", "PRT", ["Portugal"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Switzerland", "LOC", "CHE", ["der Schweiz"]),
        entity("German Foreign Office", "ORG", "DEU", ["Das Auswärtige Amt in Berlin"]),
    ],
}

# ---------------------------------------------------------------- hm249-de-03 (Ukraine, arrest over Farion killing)
UKR_POLICE = actor("National Police of Ukraine", "UKR", "COP")
SBU = actor("Security Service of Ukraine", "UKR", "COP")
FARION_SUSPECT = actor("suspect in the killing of Iryna Farion", "UKR", "CVL")
FARION_GUNMAN = actor("gunman who shot Iryna Farion", "UKR", "CVL")
FARION = actor("Iryna Farion", "UKR", "CVL")
KLYMENKO = actor("Ihor Klymenko", "UKR", "GOV")
UKR_PGO = actor("Office of the Prosecutor General of Ukraine", "UKR", "JUD")
MALIUK = actor("Vasyl Maliuk", "UKR", "COP")
RUSSIA = actor("Russia", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
SADOVYI = actor("Andriy Sadovyi", "UKR", "GOV")
LVIV_POLYTECHNIC = actor("Lviv Polytechnic National University", "UKR", "CVL")
UKR_COURT = actor("Ukrainian court", "UKR", "JUD")
TYAHNYBOK = actor("Oleh Tyahnybok", "UKR", "PTY")

F1 = ("Kiew (dpa) - Knapp eine Woche nach dem tödlichen Anschlag auf die ukrainische Sprachwissenschaftlerin und "
      "frühere Parlamentsabgeordnete Iryna Farion ist ein Tatverdächtiger gefasst worden.")
F2 = ("Polizei und Geheimdienst SBU nahmen den 18-Jährigen in der Nacht zum Donnerstag in der Stadt Dnipro fest, wie "
      "Innenminister Ihor Klymenko mitteilte.")
F3 = ("Farion war am 19. Juli vor ihrem Wohnhaus in Lwiw von einem Unbekannten in den Kopf geschossen worden und "
      "wenig später im Krankenhaus gestorben.")
F4 = ("Der Verdächtige habe sich wochenlang auf die Tat vorbereitet und die Gewohnheiten seines Opfers ausgespäht, "
      "sagte Klymenko.")
F5 = "Die Generalstaatsanwaltschaft legte ihm vorsätzlichen Mord zur Last."
F6 = "Ein Gericht in Lwiw soll am Samstag über Untersuchungshaft entscheiden."
F7 = ("Geheimdienstchef Wassyl Maljuk sagte, die Ermittler prüften auch, ob russische Dienste hinter dem Mord "
      "stehen.")
F8 = "„Wir schließen keine Version aus“, sagte er."
F9 = ("Präsident Wolodymyr Selenskyj dankte den Ermittlern von Polizei und SBU in seiner abendlichen Videoansprache "
      "für ihre Arbeit.")
F10 = "Lwiws Bürgermeister Andrij Sadowyj forderte die Höchststrafe für den Täter."
F11 = "Farion war wegen ihrer scharfen Äußerungen über russischsprachige Ukrainer, auch in der Armee, umstritten."
F12 = ("Die Polytechnische Universität Lwiw hatte sie im vergangenen Jahr deswegen entlassen, ein Gericht ordnete "
       "jedoch ihre Wiedereinstellung an.")
F13 = ("Die nationalistische Partei Swoboda, für die Farion im Parlament saß, rief für Sonntag zu einer "
       "Trauerkundgebung in Lwiw auf.")
F14 = ("Swoboda-Chef Oleh Tjahnybok warf Moskau vor, mit dem Mord die ukrainische Gesellschaft spalten zu "
       "wollen.")
F15 = "Der Kreml äußerte sich zunächst nicht."

DE03 = {
    "id": "hm249-de-03", "lang": "de", "url": None, "published": "2024-07-26",
    "title": "Mutmaßlicher Mörder von Iryna Farion gefasst",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9, F10], [F11, F12, F13, F14, F15]),
    "events": [
        event("COERCE", UKR_POLICE, FARION_SUSPECT, F2, mode="arrest", date="2024-07-25", location="Dnipro",
              location_country="UKR"),
        event("COERCE", SBU, FARION_SUSPECT, F2, mode="arrest", date="2024-07-25", location="Dnipro",
              location_country="UKR"),
        event("ASSAULT", FARION_GUNMAN, FARION, F3, mode="firearms", date="2024-07-19", location="Lviv",
              location_country="UKR"),
        event("ACCUSE", KLYMENKO, FARION_SUSPECT, F4, mode="allege"),
        event("ACCUSE", UKR_PGO, FARION_SUSPECT, F5, mode="allege"),
        event("ACCUSE", MALIUK, RUSSIA, F7, mode="investigate"),
        event("SUPPORT", ZELENSKY, UKR_POLICE, F9),
        event("SUPPORT", ZELENSKY, SBU, F9),
        event("REQUEST", SADOVYI, None, F10),
        event("SANCTION", LVIV_POLYTECHNIC, FARION, F12, mode="expel"),
        event("REQUEST", UKR_COURT, LVIV_POLYTECHNIC, F12),
        event("ACCUSE", TYAHNYBOK, RUSSIA, F14, mode="allege"),
    ],
    "quotes": [
        quote("Der Verdächtige habe sich wochenlang auf die Tat vorbereitet und die Gewohnheiten seines Opfers "
              "ausgespäht", "Ihor Klymenko", "indirect"),
        quote("die Ermittler prüften auch, ob russische Dienste hinter dem Mord stehen", "Vasyl Maliuk", "indirect"),
        quote("Wir schließen keine Version aus", "Vasyl Maliuk", "direct"),
        quote("mit dem Mord die ukrainische Gesellschaft spalten zu wollen", "Oleh Tyahnybok", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Iryna Farion", "PER", "UKR", ["Iryna Farion", "Farion", "seines Opfers"]),
        entity("suspect in the killing of Iryna Farion", "PER", "UKR", ["ein Tatverdächtiger", "den 18-Jährigen",
                                                                        "Der Verdächtige", "den Täter"]),
        entity("National Police of Ukraine", "ORG", "UKR", ["Polizei"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["Geheimdienst SBU", "SBU"]),
        entity("Dnipro", "LOC", "UKR", ["der Stadt Dnipro"]),
        entity("Ihor Klymenko", "PER", "UKR", ["Innenminister Ihor Klymenko", "Klymenko"]),
        entity("Lviv", "LOC", "UKR", ["Lwiw", "Lwiws"]),
        entity("Office of the Prosecutor General of Ukraine", "ORG", "UKR", ["Die Generalstaatsanwaltschaft"]),
        entity("Vasyl Maliuk", "PER", "UKR", ["Geheimdienstchef Wassyl Maljuk"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("Andriy Sadovyi", "PER", "UKR", ["Bürgermeister Andrij Sadowyj"]),
        entity("Lviv Polytechnic National University", "ORG", "UKR", ["Die Polytechnische Universität Lwiw"]),
        entity("Svoboda", "ORG", "UKR", ["Die nationalistische Partei Swoboda", "Swoboda"]),
        entity("Verkhovna Rada", "ORG", "UKR", ["im Parlament"]),
        entity("Oleh Tyahnybok", "PER", "UKR", ["Swoboda-Chef Oleh Tjahnybok"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau", "Der Kreml"]),
    ],
}

# ---------------------------------------------------------------- hm249-de-04 (Turkey, Esenyurt mayor Özer)
TUR_INTERIOR = actor("Ministry of Interior of Turkey", "TUR", "GOV")
OZER = actor("Ahmet Özer", "TUR", "OPP")
TUR_POLICE = actor("Turkish police", "TUR", "COP")
IST_COURT = actor("Istanbul criminal court", "TUR", "JUD")
IST_PROSECUTORS = actor("Istanbul Chief Public Prosecutor's Office", "TUR", "JUD")
OZEL = actor("Özgür Özel", "TUR", "OPP")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
CHP_SUPPORTERS = actor("CHP supporters in Esenyurt", "TUR", "CVL")
ESENYURT_STAFF = actor("employees of Esenyurt municipality", "TUR", "GOV")
IMAMOGLU = actor("Ekrem İmamoğlu", "TUR", "OPP")
DEM = actor("DEM Party", "TUR", "OPP")
SANCHEZ_AMOR = actor("Nacho Sánchez Amor", "EUR", "LEG")

O1 = ("Istanbul (AFP) - Nach der Festnahme des Bürgermeisters des Istanbuler Bezirks Esenyurt hat das türkische "
      "Innenministerium den Politiker abgesetzt und einen Zwangsverwalter eingesetzt.")
O2 = ("Der stellvertretende Istanbuler Gouverneur Can Aksoy übernehme die Amtsgeschäfte von Ahmet Özer, teilte das "
      "Ministerium am Donnerstag mit.")
O3 = "Özer von der größten Oppositionspartei CHP war am Mittwochmorgen in seiner Wohnung festgenommen worden."
O4 = "Ein Gericht ordnete noch am Abend Untersuchungshaft an."
O5 = ("Die Istanbuler Staatsanwaltschaft wirft ihm Mitgliedschaft in der verbotenen kurdischen Arbeiterpartei PKK "
      "vor.")
O6 = "Er soll unter anderem Telefonkontakt zu mutmaßlichen PKK-Funktionären gehabt haben."
O7 = "Özer, ein aus der Provinz Elazığ stammender Wirtschaftswissenschaftler, wies die Vorwürfe zurück."
O8 = ("CHP-Chef Özgür Özel sprach von einem „Putsch gegen den Willen des Volkes“ und rief zu einer Kundgebung vor "
      "dem Rathaus in Esenyurt auf.")
O9 = "Tausende Menschen versammelten sich am Abend trotz eines Demonstrationsverbots vor dem Gebäude."
O10 = "Die Polizei hatte das Rathaus mit Metallgittern abgeriegelt und den Zugang für Mitarbeiter gesperrt."
O11 = ("Istanbuls Oberbürgermeister Ekrem İmamoğlu warf der Regierung vor, sie wolle mit juristischen Mitteln "
       "zurückerobern, was sie an der Wahlurne verloren habe.")
O12 = "Auch die prokurdische DEM-Partei verurteilte die Absetzung als Angriff auf die Demokratie."
O13 = ("Der Türkei-Berichterstatter des Europaparlaments, Nacho Sánchez Amor, forderte Ankara auf, Özer umgehend "
       "freizulassen.")
O14 = ("Justizminister Yılmaz Tunç wies die Kritik zurück: „Die Justiz entscheidet unabhängig, niemand steht über "
       "dem Gesetz.“")
O15 = ("Die Festnahme erfolgte eine Woche, nachdem der Chef der nationalistischen MHP, Devlet Bahçeli, überraschend "
       "eine Annäherung an den inhaftierten PKK-Gründer Abdullah Öcalan ins Spiel gebracht hatte.")

DE04 = {
    "id": "hm249-de-04", "lang": "de", "url": None, "published": "2024-10-31",
    "title": "Türkei setzt Zwangsverwalter in Istanbuler Bezirk Esenyurt ein",
    "text": paragraphs([O1, O2], [O3, O4, O5, O6, O7], [O8, O9, O10], [O11, O12, O13, O14], [O15]),
    "events": [
        event("COERCE", TUR_INTERIOR, OZER, O1),
        event("COERCE", TUR_POLICE, OZER, O3, mode="arrest", date="2024-10-30", location="Istanbul",
              location_country="TUR"),
        event("COERCE", IST_COURT, OZER, O4, mode="arrest", date="2024-10-30"),
        event("ACCUSE", IST_PROSECUTORS, OZER, O5, mode="allege"),
        event("ACCUSE", OZEL, TUR_GOV, O8, mode="disapprove"),
        event("PROTEST", CHP_SUPPORTERS, TUR_GOV, O9, mode="demo", location="Esenyurt",
              location_country="TUR"),
        event("COERCE", TUR_POLICE, ESENYURT_STAFF, O10, mode="restrict", location="Esenyurt",
              location_country="TUR"),
        event("ACCUSE", IMAMOGLU, TUR_GOV, O11, mode="allege"),
        event("ACCUSE", DEM, TUR_INTERIOR, O12, mode="disapprove"),
        event("REQUEST", SANCHEZ_AMOR, TUR_GOV, O13, mode="yield"),
    ],
    "quotes": [
        quote("Der stellvertretende Istanbuler Gouverneur Can Aksoy übernehme die Amtsgeschäfte von Ahmet Özer",
              "Ministry of Interior of Turkey", "indirect"),
        quote("Putsch gegen den Willen des Volkes", "Özgür Özel", "direct"),
        quote("sie wolle mit juristischen Mitteln zurückerobern, was sie an der Wahlurne verloren habe",
              "Ekrem İmamoğlu", "indirect"),
        quote("Die Justiz entscheidet unabhängig, niemand steht über dem Gesetz", "Yılmaz Tunç", "direct"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Esenyurt", "LOC", "TUR", ["des Istanbuler Bezirks Esenyurt", "Esenyurt"]),
        entity("Ministry of Interior of Turkey", "ORG", "TUR", ["das türkische Innenministerium", "das Ministerium"]),
        entity("Can Aksoy", "PER", "TUR", ["Der stellvertretende Istanbuler Gouverneur Can Aksoy"]),
        entity("Ahmet Özer", "PER", "TUR", ["des Bürgermeisters", "den Politiker", "Ahmet Özer", "Özer"]),
        entity("CHP", "ORG", "TUR", ["der größten Oppositionspartei CHP"]),
        entity("Istanbul criminal court", "ORG", "TUR", ["Ein Gericht"]),
        entity("Istanbul Chief Public Prosecutor's Office", "ORG", "TUR", ["Die Istanbuler Staatsanwaltschaft"]),
        entity("PKK", "ORG", "TUR", ["der verbotenen kurdischen Arbeiterpartei PKK"]),
        entity("Elazığ", "LOC", "TUR", ["der Provinz Elazığ"]),
        entity("Özgür Özel", "PER", "TUR", ["CHP-Chef Özgür Özel"]),
        entity("Esenyurt town hall", "LOC", "TUR", ["dem Rathaus in Esenyurt", "dem Gebäude", "das Rathaus"]),
        entity("Turkish police", "ORG", "TUR", ["Die Polizei"]),
        entity("Ekrem İmamoğlu", "PER", "TUR", ["Istanbuls Oberbürgermeister Ekrem İmamoğlu"]),
        entity("Government of Turkey", "ORG", "TUR", ["der Regierung", "Ankara"]),
        entity("DEM Party", "ORG", "TUR", ["die prokurdische DEM-Partei"]),
        entity("European Parliament", "ORG", "EUR", ["des Europaparlaments"]),
        entity("Nacho Sánchez Amor", "PER", "EUR", ["Nacho Sánchez Amor"]),
        entity("Yılmaz Tunç", "PER", "TUR", ["Justizminister Yılmaz Tunç"]),
        entity("MHP", "ORG", "TUR", ["der nationalistischen MHP"]),
        entity("Devlet Bahçeli", "PER", "TUR", ["Devlet Bahçeli"]),
        entity("Abdullah Öcalan", "PER", "TUR", ["PKK-Gründer Abdullah Öcalan"]),
    ],
}

# ---------------------------------------------------------------- hm249-en-01 (Mexico, Brugada aides killed)
CDMX_GUNMAN = actor("gunman in Mexico City", "MEX", "CVL")
GUZMAN = actor("Ximena Guzmán", "MEX", "GOV")
MUNOZ = actor("José Muñoz", "MEX", "GOV")
CDMX_POLICE = actor("Mexico City police", "MEX", "COP")
BRUGADA = actor("Clara Brugada", "MEX", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
CDMX_GOV = actor("Government of Mexico City", "MEX", "GOV")
HARFUCH = actor("Omar García Harfuch", "MEX", "GOV")
ROMERO = actor("Jorge Romero", "MEX", "OPP")
MORENA = actor("Morena", "MEX", "PTY")
OHCHR_MEX = actor("UN Human Rights Office in Mexico", "UNO", "IGO")
MEX_AUTH = actor("Mexican authorities", "MEX", "GOV")

M1 = ("MEXICO CITY, May 20 (Reuters) - Two close aides to Mexico City Mayor Clara Brugada were shot dead on Tuesday "
      "morning on one of the capital's busiest avenues, in what authorities described as a targeted attack.")
M2 = ("Ximena Guzman, Brugada's private secretary, and Jose Munoz, an adviser, were killed shortly after 7 a.m. on "
      "Calzada de Tlalpan in the Moderna neighborhood, city officials said.")
M3 = ("A gunman on a motorcycle opened fire on Guzman's car as Munoz was getting in, hitting both of them several "
      "times, according to the city's attorney general, Bertha Alcalde.")
M4 = ('"This was a direct attack, planned in advance," Alcalde told reporters, adding that investigators had found '
      'the motorcycle abandoned a few blocks away.')
M5 = "No arrests had been made by Tuesday evening."
M6 = "Brugada, visibly shaken, said the killings would not go unpunished and that she would not be intimidated."
M7 = ("President Claudia Sheinbaum condemned the attack at her morning news conference and said federal authorities "
      "would support the city's investigation.")
M8 = ("Security Minister Omar Garcia Harfuch spoke with Brugada and offered her federal intelligence resources, his "
      "office said.")
M9 = "Sheinbaum said it was too early to say whether organized crime was behind the attack."
M10 = ("Jorge Romero, leader of the opposition National Action Party (PAN), accused the ruling Morena party of losing "
       "control of security even in the capital.")
M11 = ("The U.N. human rights office in Mexico condemned the killings and urged the authorities to carry out a swift "
       "and thorough investigation.")
M12 = ("Mexico City has long been considered safer than many other parts of the country, where cartels fight over "
       "territory and routinely target local officials.")
M13 = "Homicides in the capital have fallen in recent years, according to official figures."

EN01 = {
    "id": "hm249-en-01", "lang": "en", "url": None, "published": "2025-05-20",
    "title": "Two aides to Mexico City mayor shot dead in targeted attack",
    "text": paragraphs([M1, M2], [M3, M4, M5], [M6, M7, M8, M9], [M10, M11], [M12, M13]),
    "events": [
        event("ASSAULT", CDMX_GUNMAN, GUZMAN, M1, mode="firearms", date="2025-05-20", location="Mexico City",
              location_country="MEX"),
        event("ASSAULT", CDMX_GUNMAN, MUNOZ, M1, mode="firearms", date="2025-05-20", location="Mexico City",
              location_country="MEX"),
        event("ASSAULT", CDMX_GUNMAN, GUZMAN, M3, mode="firearms", date="2025-05-20", location="Mexico City",
              location_country="MEX"),
        event("ASSAULT", CDMX_GUNMAN, MUNOZ, M3, mode="firearms", date="2025-05-20", location="Mexico City",
              location_country="MEX"),
        event("COERCE", CDMX_POLICE, CDMX_GUNMAN, M5, mode="arrest", date="2025-05-20", negated=True),
        event("THREATEN", BRUGADA, CDMX_GUNMAN, M6),
        event("ACCUSE", SHEINBAUM, CDMX_GUNMAN, M7, mode="disapprove"),
        event("AGREE", SHEINBAUM, CDMX_GOV, M7),
        event("CONSULT", HARFUCH, BRUGADA, M8),
        event("AGREE", HARFUCH, BRUGADA, M8),
        event("ACCUSE", ROMERO, MORENA, M10, mode="disapprove"),
        event("ACCUSE", OHCHR_MEX, CDMX_GUNMAN, M11, mode="disapprove"),
        event("REQUEST", OHCHR_MEX, MEX_AUTH, M11),
    ],
    "quotes": [
        quote("A gunman on a motorcycle opened fire on Guzman's car as Munoz was getting in, hitting both of them "
              "several times", "Bertha Alcalde Luján", "indirect"),
        quote("This was a direct attack, planned in advance", "Bertha Alcalde Luján", "direct"),
        quote("investigators had found the motorcycle abandoned a few blocks away", "Bertha Alcalde Luján",
              "indirect"),
        quote("the killings would not go unpunished and that she would not be intimidated", "Clara Brugada",
              "indirect"),
        quote("federal authorities would support the city's investigation", "Claudia Sheinbaum", "indirect"),
        quote("it was too early to say whether organized crime was behind the attack", "Claudia Sheinbaum",
              "indirect"),
        quote("Homicides in the capital have fallen in recent years", "Government of Mexico City", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY", "the capital", "Mexico City"]),
        entity("Clara Brugada", "PER", "MEX", ["Mexico City Mayor Clara Brugada", "Brugada"]),
        entity("Ximena Guzmán", "PER", "MEX", ["Ximena Guzman", "Guzman"]),
        entity("José Muñoz", "PER", "MEX", ["Jose Munoz", "Munoz"]),
        entity("Calzada de Tlalpan", "LOC", "MEX", ["Calzada de Tlalpan",
                                                    "one of the capital's busiest avenues"]),
        entity("Moderna", "LOC", "MEX", ["the Moderna neighborhood"]),
        entity("gunman in Mexico City", "PER", "MEX", ["A gunman on a motorcycle"]),
        entity("Bertha Alcalde Luján", "PER", "MEX", ["the city's attorney general, Bertha Alcalde", "Alcalde"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "Sheinbaum"]),
        entity("Omar García Harfuch", "PER", "MEX", ["Security Minister Omar Garcia Harfuch"]),
        entity("Jorge Romero", "PER", "MEX", ["Jorge Romero"]),
        entity("National Action Party", "ORG", "MEX", ["the opposition National Action Party (PAN)"]),
        entity("Morena", "ORG", "MEX", ["the ruling Morena party"]),
        entity("UN Human Rights Office in Mexico", "ORG", "UNO", ["The U.N. human rights office in Mexico"]),
        entity("Mexico", "LOC", "MEX", ["Mexico", "the country"]),
    ],
}

# ---------------------------------------------------------------- hm249-en-02 (USA, Letitia James indicted)
EDVA_GRAND_JURY = actor("federal grand jury in Norfolk", "USA", "JUD")
JAMES = actor("Letitia James", "USA", "GOV")
HALLIGAN = actor("Lindsey Halligan", "USA", "JUD")
SIEBERT = actor("Erik Siebert", "USA", "JUD")
TRUMP = actor("Donald Trump", "USA", "GOV")
BONDI = actor("Pam Bondi", "USA", "GOV")
US_DOJ = actor("U.S. Department of Justice", "USA", "GOV")
PULTE = actor("Bill Pulte", "USA", "GOV")
HOCHUL = actor("Kathy Hochul", "USA", "GOV")
SCHUMER = actor("Chuck Schumer", "USA", "LEG")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")

J1 = ("NORFOLK, Virginia, Oct 9 (Reuters) - A federal grand jury in Virginia indicted New York Attorney General "
      "Letitia James on Thursday on charges of bank fraud and making false statements to a financial institution, "
      "the latest prosecution of a prominent critic of President Donald Trump.")
J2 = ("The indictment, filed in federal court in Norfolk, accuses James of falsely declaring a house she bought in "
      "the city in 2020 as a second home in order to obtain better loan terms.")
J3 = ("The case was brought by Lindsey Halligan, a former Trump personal lawyer who was installed as interim U.S. "
      "attorney for the Eastern District of Virginia last month after her predecessor resigned under pressure.")
J4 = ("Trump had publicly urged Attorney General Pam Bondi in September to move against James and other political "
      "opponents.")
J5 = ('"This is a political prosecution, plain and simple, and it will not silence me," James said in a video '
      'statement posted on social media.')
J6 = ('She said that Trump had turned the Justice Department into "a weapon against his enemies" and vowed to fight '
      'the charges in court.')
J7 = ('Trump, speaking to reporters at the White House, called James "a very corrupt person" and said the charges '
      'were fully justified.')
J8 = ("The referral that led to the case came from Bill Pulte, the director of the Federal Housing Finance Agency, "
      "who has also accused other prominent Democrats of mortgage fraud.")
J9 = ('New York Governor Kathy Hochul said she stood with James and described the indictment as an attack on "the '
      'rule of law itself."')
J10 = ("Senate Democratic leader Chuck Schumer accused the administration of using federal prosecutors to settle "
       "personal scores.")
J11 = ("James won a civil fraud case against Trump and his company in 2024, although an appeals court threw out the "
       "penalty of nearly $500 million in August.")
J12 = "She is due to appear in court in Norfolk on Oct. 24."
J13 = ("Former FBI Director James Comey, another Trump critic, pleaded not guilty this week to charges brought by "
       "Halligan's office.")
J14 = "If convicted, James faces up to 30 years in prison on each count."

EN02 = {
    "id": "hm249-en-02", "lang": "en", "url": None, "published": "2025-10-09",
    "title": "New York Attorney General Letitia James indicted in Virginia",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10], [J11, J12, J13, J14]),
    "events": [
        event("ACCUSE", EDVA_GRAND_JURY, JAMES, J1, mode="allege", date="2025-10-09", location="Norfolk",
              location_country="USA"),
        event("ACCUSE", EDVA_GRAND_JURY, JAMES, J2, mode="allege", location="Norfolk", location_country="USA"),
        event("ACCUSE", HALLIGAN, JAMES, J3, mode="allege"),
        event("RETREAT", SIEBERT, None, J3, mode="resign"),
        event("REQUEST", TRUMP, BONDI, J4),
        event("ACCUSE", JAMES, US_DOJ, J5, mode="disapprove"),
        event("ACCUSE", JAMES, TRUMP, J6, mode="allege"),
        event("ACCUSE", TRUMP, JAMES, J7, mode="disapprove", location="Washington", location_country="USA"),
        event("ACCUSE", PULTE, JAMES, J8, mode="allege"),
        event("SUPPORT", HOCHUL, JAMES, J9),
        event("ACCUSE", HOCHUL, US_DOJ, J9, mode="disapprove"),
        event("ACCUSE", SCHUMER, TRUMP_ADMIN, J10, mode="allege"),
    ],
    "quotes": [
        quote("This is a political prosecution, plain and simple, and it will not silence me", "Letitia James",
              "direct"),
        quote("a weapon against his enemies", "Letitia James", "direct"),
        quote('Trump had turned the Justice Department into "a weapon against his enemies"', "Letitia James",
              "indirect"),
        quote("a very corrupt person", "Donald Trump", "direct"),
        quote("the charges were fully justified", "Donald Trump", "indirect"),
        quote("she stood with James", "Kathy Hochul", "indirect"),
        quote("the rule of law itself", "Kathy Hochul", "direct"),
    ],
    "entities": [
        entity("Norfolk", "LOC", "USA", ["NORFOLK", "Norfolk", "the city"]),
        entity("Virginia", "LOC", "USA", ["Virginia"]),
        entity("federal grand jury in Norfolk", "ORG", "USA", ["A federal grand jury in Virginia"]),
        entity("Letitia James", "PER", "USA", ["New York Attorney General Letitia James", "James"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Lindsey Halligan", "PER", "USA", ["Lindsey Halligan", "Halligan's"]),
        entity("Eastern District of Virginia", "LOC", "USA", ["the Eastern District of Virginia"]),
        entity("Erik Siebert", "PER", "USA", ["her predecessor"]),
        entity("Pam Bondi", "PER", "USA", ["Attorney General Pam Bondi"]),
        entity("U.S. Department of Justice", "ORG", "USA", ["the Justice Department"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Bill Pulte", "PER", "USA", ["Bill Pulte"]),
        entity("Federal Housing Finance Agency", "ORG", "USA", ["the Federal Housing Finance Agency"]),
        entity("Kathy Hochul", "PER", "USA", ["New York Governor Kathy Hochul"]),
        entity("Chuck Schumer", "PER", "USA", ["Senate Democratic leader Chuck Schumer"]),
        entity("Trump administration", "ORG", "USA", ["the administration"]),
        entity("James Comey", "PER", "USA", ["Former FBI Director James Comey"]),
        entity("FBI", "ORG", "USA", ["FBI"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
