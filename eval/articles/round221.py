"""Round 221: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm221-de-01: Comoros' President Azali Assoumani lightly wounded in a knife attack by a gendarme in Salimani; arrest, inquiry, AU and France condemn, Juwa demands an independent probe (2024-09-14).
- hm221-de-02: US-led Sudan ceasefire talks open in Switzerland without the army; the RSF attends, Perriello appeals, Port Sudan to open the Adre crossing for aid (2024-08-15).
- hm221-de-03: Mali breaks off relations with Ukraine over Kyiv's alleged role in the Tinzaouaten fighting; Kyiv objects, Senegal summons Ukraine's ambassador, Niger and Burkina Faso back Bamako (2024-08-05).
- hm221-de-04: Argentina's $LIBRA crypto affair: the opposition demands Milei's impeachment, fraud complaints and a judicial probe, Cristina Kirchner attacks, protest at the Casa Rosada (2025-02-17).
- hm221-en-01: Israeli forces rescue four hostages in Nuseirat; Gaza's health ministry reports scores killed, Hamas, Borrell and Egypt condemn, Biden welcomes the rescue in Paris (2024-06-08).
- hm221-en-02: Namibia's electoral commission declares Netumbo Nandi-Ndaitwah president-elect; the IPC's Itula rejects the result, Ramaphosa and SADC react (2024-12-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm221-de-01 (Comoros)
AZALI = actor("Azali Assoumani", "COM", "GOV")
GENDARME = actor("Comorian gendarme", "COM", "MIL")
COM_SEC = actor("Comorian security forces", "COM", "COP")
COM_PROS = actor("Comorian prosecutors", "COM", "JUD")
COM_GOV = actor("Government of Comoros", "COM", "GOV")
AU = actor("African Union", "IGO", "IGO")
FRANCE = actor("France", "FRA", "GOV")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
COM_INTMIN = actor("Interior Minister of Comoros", "COM", "GOV")
JUWA = actor("Juwa Party", "COM", "OPP")

K1 = "Moroni (dpa) - Der Präsident der Komoren, Azali Assoumani, ist bei einem Messerangriff in seiner Heimatregion leicht verletzt worden."
K2 = ("Ein junger Gendarm habe am Freitag in Salimani nördlich der Hauptstadt mit einem Messer auf den "
      "65-Jährigen eingestochen, teilte ein Regierungssprecher mit.")
K3 = "Der Staatschef sei außer Lebensgefahr und bereits in seine Residenz zurückgekehrt, so der Sprecher."
K4 = "Sicherheitskräfte überwältigten den Angreifer noch am Tatort und nahmen ihn fest."
K5 = "Die Staatsanwaltschaft in Moroni leitete Ermittlungen wegen versuchten Mordes ein."
K6 = "Über das Motiv des 24-jährigen Mannes war zunächst nichts bekannt."
K7 = "Die Regierung wies Spekulationen über einen Putschversuch zurück."
K8 = "Eine Ausgangssperre verhängten die Behörden nicht."
K9 = "Azali regiert den Inselstaat im Indischen Ozean mit rund 850.000 Einwohnern seit 2016."
K10 = "Die Afrikanische Union und Frankreich verurteilten den Angriff."
K11 = "AU-Kommissionschef Moussa Faki Mahamat wünschte Azali auf der Plattform X rasche Genesung."
K12 = "„Dieser Angriff“, sagte der Innenminister, „richtet sich gegen die ganze Nation.“"
K13 = "Die oppositionelle Partei Juwa forderte eine unabhängige und transparente Untersuchung des Vorfalls."

DE01 = {
    "id": "hm221-de-01", "lang": "de", "url": None, "published": "2024-09-14",
    "title": "Komoren: Präsident Azali bei Messerangriff leicht verletzt",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7, K8, K9], [K10, K11, K12, K13]),
    "events": [
        event("ASSAULT", GENDARME, AZALI, K1, mode="primitive"),
        event("ASSAULT", GENDARME, AZALI, K2, mode="primitive", date="2024-09-13", location="Salimani",
              location_country="COM"),
        event("COERCE", COM_SEC, GENDARME, K4, mode="arrest"),
        event("ACCUSE", COM_PROS, GENDARME, K5, mode="investigate", location="Moroni", location_country="COM"),
        event("COERCE", COM_GOV, None, K8, mode="curfew", negated=True),
        event("ACCUSE", AU, GENDARME, K10, mode="disapprove"),
        event("ACCUSE", FRANCE, GENDARME, K10, mode="disapprove"),
        event("SUPPORT", FAKI, AZALI, K11),
        event("ACCUSE", COM_INTMIN, GENDARME, K12, mode="disapprove"),
        event("REQUEST", JUWA, COM_GOV, K13),
    ],
    "quotes": [
        quote("Ein junger Gendarm habe am Freitag in Salimani nördlich der Hauptstadt mit einem Messer auf den "
              "65-Jährigen eingestochen", "Spokesperson of the Government of Comoros", "indirect"),
        quote("Der Staatschef sei außer Lebensgefahr und bereits in seine Residenz zurückgekehrt",
              "Spokesperson of the Government of Comoros", "indirect"),
        quote("Dieser Angriff", "Interior Minister of Comoros", "direct"),
        quote("richtet sich gegen die ganze Nation", "Interior Minister of Comoros", "direct"),
    ],
    "entities": [
        entity("Azali Assoumani", "PER", "COM",
               ["Der Präsident der Komoren, Azali Assoumani", "den 65-Jährigen", "Der Staatschef", "Azali"]),
        entity("Comoros", "GPE", "COM", ["Komoren", "den Inselstaat im Indischen Ozean"]),
        entity("Moroni", "LOC", "COM", ["Moroni", "der Hauptstadt"]),
        entity("Salimani", "LOC", "COM", ["Salimani"]),
        entity("Indian Ocean", "LOC", None, ["Indischen Ozean"]),
        entity("Comorian gendarme", "PER", "COM", ["Ein junger Gendarm", "den Angreifer", "ihn", "des 24-jährigen Mannes"]),
        entity("Spokesperson of the Government of Comoros", "PER", "COM", ["ein Regierungssprecher", "der Sprecher"]),
        entity("Comorian security forces", "ORG", "COM", ["Sicherheitskräfte"]),
        entity("Comorian prosecutors", "ORG", "COM", ["Die Staatsanwaltschaft in Moroni"]),
        entity("Government of Comoros", "ORG", "COM", ["Die Regierung", "die Behörden"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union", "AU"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["AU-Kommissionschef Moussa Faki Mahamat"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Interior Minister of Comoros", "PER", "COM", ["der Innenminister"]),
        entity("Juwa Party", "ORG", "COM", ["Die oppositionelle Partei Juwa"]),
    ],
}

# ---------------------------------------------------------------- hm221-de-02 (Sudan talks in Switzerland)
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
RSF = actor("Rapid Support Forces", "SDN", "REB")
USA = actor("United States", "USA", "GOV")
PERRIELLO = actor("Tom Perriello", "USA", "GOV")
SDN_GOV = actor("Government of Sudan", "SDN", "GOV")
SDN_MFA = actor("Ministry of Foreign Affairs of Sudan", "SDN", "GOV")
HEMEDTI = actor("Mohamed Hamdan Dagalo", "SDN", "REB")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
SWISS = actor("Switzerland", "CHE", "GOV")
TSC = actor("Transitional Sovereignty Council", "SDN", "GOV")
UN = actor("United Nations", "UNO", "IGO")

S1 = ("Genf (AFP) - In der Schweiz haben am Mittwoch von den USA vermittelte Gespräche über eine Waffenruhe im "
      "Sudan begonnen, die sudanesische Armee boykottiert sie jedoch.")
S2 = "Die paramilitärische RSF schickte eine Delegation nach Genf, die sich mit den US-Vermittlern traf."
S3 = "Der US-Sondergesandte Tom Perriello rief die Armeeführung auf, sich den Beratungen noch anzuschließen."
S4 = ("Die Regierung in Port Sudan hatte eine Teilnahme abgelehnt, solange die RSF ihre Zusagen aus der Erklärung "
      "von Dschidda nicht erfüllt.")
S5 = "Die Miliz habe weder Wohngebiete geräumt noch Plünderungen beendet, hieß es aus dem Außenministerium."
S6 = "RSF-Chef Mohamed Hamdan Daglo sicherte zu, Helfern freien Zugang zu den von ihm kontrollierten Gebieten zu gewähren."
S7 = "Der seit April 2023 andauernde Krieg hat mehr als zehn Millionen Menschen vertrieben."
S8 = "Saudi-Arabien und die Schweiz unterstützen die Initiative als Mitgastgeber."
S9 = "„Wir sind hier, um Leben zu retten“, sagte Perriello, „und wir warten nicht auf jene, die fernbleiben.“"
S10 = ("Der Souveränitätsrat unter General Abdel Fattah al-Burhan kündigte am Donnerstag an, den Grenzübergang Adre "
       "zum Tschad für drei Monate für Hilfslieferungen zu öffnen.")
S11 = "Die Vereinten Nationen hatten die Öffnung des Übergangs seit Monaten verlangt."
S12 = "Ob die Armee später doch noch Unterhändler entsendet, blieb offen."

DE02 = {
    "id": "hm221-de-02", "lang": "de", "url": None, "published": "2024-08-15",
    "title": "Sudan-Gespräche in der Schweiz beginnen ohne die Armee",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10, S11, S12]),
    "events": [
        event("REJECT", SAF, USA, S1, mode="meet", date="2024-08-14"),
        event("CONSULT", RSF, USA, S2, location="Geneva", location_country="CHE"),
        event("REQUEST", PERRIELLO, SAF, S3, mode="meet"),
        event("REJECT", SDN_GOV, USA, S4, mode="meet"),
        event("ACCUSE", SDN_MFA, RSF, S5, mode="allege"),
        event("AGREE", HEMEDTI, None, S6),
        event("SUPPORT", SAUDI, USA, S8),
        event("SUPPORT", SWISS, USA, S8),
        event("ACCUSE", PERRIELLO, SAF, S9, mode="disapprove"),
        event("CONCEDE", TSC, None, S10, date="2024-08-15"),
        event("REQUEST", UN, SDN_GOV, S11, mode="yield"),
    ],
    "quotes": [
        quote("Die Miliz habe weder Wohngebiete geräumt noch Plünderungen beendet",
              "Ministry of Foreign Affairs of Sudan", "indirect"),
        quote("Helfern freien Zugang zu den von ihm kontrollierten Gebieten zu gewähren", "Mohamed Hamdan Dagalo",
              "indirect"),
        quote("Wir sind hier, um Leben zu retten", "Tom Perriello", "direct"),
        quote("und wir warten nicht auf jene, die fernbleiben", "Tom Perriello", "direct"),
        quote("den Grenzübergang Adre zum Tschad für drei Monate für Hilfslieferungen zu öffnen",
              "Transitional Sovereignty Council", "indirect"),
    ],
    "entities": [
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Switzerland", "GPE", "CHE", ["der Schweiz", "die Schweiz"]),
        entity("United States", "GPE", "USA", ["den USA", "US"]),
        entity("Sudan", "GPE", "SDN", ["Sudan"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["die sudanesische Armee", "die Armeeführung", "die Armee"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["Die paramilitärische RSF", "die RSF", "Die Miliz", "RSF"]),
        entity("Tom Perriello", "PER", "USA", ["Der US-Sondergesandte Tom Perriello", "Perriello"]),
        entity("Government of Sudan", "ORG", "SDN", ["Die Regierung in Port Sudan"]),
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("Jeddah", "LOC", "SAU", ["Dschidda"]),
        entity("Ministry of Foreign Affairs of Sudan", "ORG", "SDN", ["dem Außenministerium"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["RSF-Chef Mohamed Hamdan Daglo", "ihm"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien"]),
        entity("Transitional Sovereignty Council", "ORG", "SDN", ["Der Souveränitätsrat"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["General Abdel Fattah al-Burhan"]),
        entity("Adre", "LOC", "TCD", ["den Grenzübergang Adre", "des Übergangs"]),
        entity("Chad", "GPE", "TCD", ["Tschad"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm221-de-03 (Mali breaks with Ukraine)
MALI = actor("Mali", "MLI", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
MAIGA = actor("Abdoulaye Maïga", "MLI", "GOV")
CSP = actor("Strategic Framework for the Defence of the People of Azawad (CSP-DPA)", "MLI", "REB")
FAMA = actor("Malian Armed Forces", "MLI", "MIL")
WAGNER = actor("Wagner Group", "RUS", "MIL")
UKR_MFA = actor("Ministry of Foreign Affairs of Ukraine", "UKR", "GOV")
SEN_MFA = actor("Ministry of Foreign Affairs of Senegal", "SEN", "GOV")
PYVOVAROV = actor("Yurii Pyvovarov", "UKR", "GOV")
UKR_EMB_SEN = actor("Embassy of Ukraine in Senegal", "UKR", "GOV")
NIGER = actor("Niger", "NER", "GOV")
BURKINA = actor("Burkina Faso", "BFA", "GOV")
ECOWAS = actor("Economic Community of West African States (ECOWAS)", "IGO", "IGO")

M1 = "Bamako (dpa) - Mali hat seine diplomatischen Beziehungen zur Ukraine mit sofortiger Wirkung abgebrochen."
M2 = ("Kiew unterstütze terroristische Gruppen in der Sahelzone, erklärte Regierungssprecher Abdoulaye Maïga am "
      "Sonntagabend im Staatsfernsehen.")
M3 = "Er verwies auf Äußerungen aus dem ukrainischen Militärgeheimdienst HUR zu Kämpfen bei Tinzaouaten im Norden Malis nahe der Grenze zu Algerien."
M4 = ("Dort hatten Tuareg-Rebellen Ende Juli einen Konvoi der malischen Armee und russischer Wagner-Söldner "
      "angegriffen und Dutzende Kämpfer getötet.")
M5 = "HUR-Sprecher Andrij Jussow hatte angedeutet, die Rebellen hätten dafür Informationen aus Kiew erhalten."
M6 = "Bamako drohte zudem mit rechtlichen Schritten gegen Kiew."
M7 = "Das ukrainische Außenministerium nannte den Abbruch der Beziehungen »kurzsichtig und übereilt«."
M8 = "Es wies jede Beteiligung an den Kämpfen zurück."
M9 = "Im Senegal bestellte das Außenministerium den ukrainischen Botschafter Jurij Pywowarow ein."
M10 = "Seine Botschaft hatte in einem Video die Unterstützung Kiews für die Rebellen gutgeheißen."
M11 = "Die Militärregierungen in Niger und Burkina Faso stellten sich demonstrativ hinter Bamako."
M12 = "Die Westafrikanische Wirtschaftsgemeinschaft Ecowas verurteilte jede ausländische Einmischung in der Region."

DE03 = {
    "id": "hm221-de-03", "lang": "de", "url": None, "published": "2024-08-05",
    "title": "Mali bricht diplomatische Beziehungen zur Ukraine ab",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9, M10, M11, M12]),
    "events": [
        event("SANCTION", MALI, UKRAINE, M1, mode="discontinue"),
        event("ACCUSE", MAIGA, UKRAINE, M2, mode="allege", date="2024-08-04"),
        event("ASSAULT", CSP, FAMA, M4, location="Tinzaouaten", location_country="MLI"),
        event("ASSAULT", CSP, WAGNER, M4, location="Tinzaouaten", location_country="MLI"),
        event("THREATEN", MALI, UKRAINE, M6),
        event("ACCUSE", UKR_MFA, MALI, M7, mode="disapprove"),
        event("ACCUSE", SEN_MFA, PYVOVAROV, M9, mode="disapprove"),
        event("SUPPORT", UKR_EMB_SEN, CSP, M10),
        event("SUPPORT", NIGER, MALI, M11),
        event("SUPPORT", BURKINA, MALI, M11),
        event("ACCUSE", ECOWAS, None, M12, mode="disapprove"),
    ],
    "quotes": [
        quote("Kiew unterstütze terroristische Gruppen in der Sahelzone", "Abdoulaye Maïga", "indirect"),
        quote("die Rebellen hätten dafür Informationen aus Kiew erhalten", "Andriy Yusov", "indirect"),
        quote("kurzsichtig und übereilt", "Ministry of Foreign Affairs of Ukraine", "direct"),
    ],
    "entities": [
        entity("Bamako", "LOC", "MLI", ["Bamako"]),
        entity("Mali", "GPE", "MLI", ["Mali", "Malis", "Bamako"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Kiew", "Kiews"]),
        entity("Sahel", "LOC", None, ["der Sahelzone"]),
        entity("Abdoulaye Maïga", "PER", "MLI", ["Regierungssprecher Abdoulaye Maïga", "Er"]),
        entity("Main Directorate of Intelligence of Ukraine (HUR)", "ORG", "UKR",
               ["dem ukrainischen Militärgeheimdienst HUR", "HUR"]),
        entity("Tinzaouaten", "LOC", "MLI", ["Tinzaouaten", "Dort"]),
        entity("Strategic Framework for the Defence of the People of Azawad (CSP-DPA)", "ORG", "MLI",
               ["Tuareg-Rebellen", "die Rebellen"]),
        entity("Malian Armed Forces", "ORG", "MLI", ["der malischen Armee"]),
        entity("Wagner Group", "ORG", "RUS", ["russischer Wagner-Söldner"]),
        entity("Andriy Yusov", "PER", "UKR", ["HUR-Sprecher Andrij Jussow"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Das ukrainische Außenministerium", "Es"]),
        entity("Senegal", "GPE", "SEN", ["Senegal"]),
        entity("Ministry of Foreign Affairs of Senegal", "ORG", "SEN", ["das Außenministerium"]),
        entity("Yurii Pyvovarov", "PER", "UKR", ["den ukrainischen Botschafter Jurij Pywowarow"]),
        entity("Embassy of Ukraine in Senegal", "ORG", "UKR", ["Seine Botschaft"]),
        entity("Niger", "GPE", "NER", ["Niger"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso"]),
        entity("Algeria", "GPE", "DZA", ["Algerien"]),
        entity("Economic Community of West African States (ECOWAS)", "ORG", "IGO",
               ["Die Westafrikanische Wirtschaftsgemeinschaft Ecowas"]),
    ],
}

# ---------------------------------------------------------------- hm221-de-04 (Argentina, $LIBRA)
MILEI = actor("Javier Milei", "ARG", "GOV")
UXP = actor("Unión por la Patria", "ARG", "OPP")
ARG_LAWYERS = actor("Argentine lawyers", "ARG", "CVL")
SERVINI = actor("María Servini", "ARG", "JUD")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
CFK = actor("Cristina Fernández de Kirchner", "ARG", "OPP")
ARG_PROTESTERS = actor("Argentine protesters", "ARG", "CVL")
LLA = actor("La Libertad Avanza", "ARG", "PTY")

A1 = ("Buenos Aires (dpa) - Nach dem Absturz einer von ihm beworbenen Kryptowährung gerät Argentiniens Präsident "
      "Javier Milei unter Druck.")
A2 = "Milei hatte am Freitagabend auf der Plattform X für den Token $LIBRA geworben, dessen Kurs kurz darauf einbrach."
A3 = "Die peronistische Oppositionsallianz Unión por la Patria forderte am Sonntag ein Amtsenthebungsverfahren gegen den Staatschef."
A4 = "Mehrere Anwälte erstatteten Strafanzeige wegen Betrugs gegen den Präsidenten."
A5 = "Bundesrichterin María Servini übernahm die Ermittlungen."
A6 = "Milei ordnete seinerseits eine Prüfung durch das Antikorruptionsbüro an."
A7 = "Er wies jedes Fehlverhalten zurück."
A8 = "„Ich habe sie nicht beworben, ich habe sie nur verbreitet“, sagte er in einem Fernsehinterview."
A9 = "Präsidentensprecher Manuel Adorni nannte die Vorwürfe der Opposition »politisch motiviert«."
A10 = "Ex-Präsidentin Cristina Fernández de Kirchner griff Milei dagegen scharf an."
A11 = "„Das ist kein Irrtum“, schrieb sie auf X, „das ist ein Betrug.“"
A12 = "Vor dem Präsidentensitz Casa Rosada demonstrierten am Sonntagabend mehrere Hundert Menschen."
A13 = "Die Regierungspartei La Libertad Avanza stellte sich geschlossen hinter Milei."
A14 = "Für eine Amtsenthebung wäre eine Zweidrittelmehrheit im Abgeordnetenhaus nötig."

DE04 = {
    "id": "hm221-de-04", "lang": "de", "url": None, "published": "2025-02-17",
    "title": "Krypto-Affäre: Argentiniens Opposition will Milei absetzen",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7, A8], [A9, A10, A11, A12, A13, A14]),
    "events": [
        event("REQUEST", UXP, MILEI, A3, mode="change", date="2025-02-16"),
        event("ACCUSE", ARG_LAWYERS, MILEI, A4, mode="allege"),
        event("ACCUSE", SERVINI, MILEI, A5, mode="investigate"),
        event("ACCUSE", MILEI, None, A6, mode="investigate"),
        event("ACCUSE", ADORNI, UXP, A9, mode="disapprove"),
        event("ACCUSE", CFK, MILEI, A10, mode="disapprove"),
        event("ACCUSE", CFK, MILEI, A11, mode="allege"),
        event("PROTEST", ARG_PROTESTERS, MILEI, A12, mode="demo", date="2025-02-16", location="Buenos Aires",
              location_country="ARG"),
        event("SUPPORT", LLA, MILEI, A13),
    ],
    "quotes": [
        quote("Ich habe sie nicht beworben, ich habe sie nur verbreitet", "Javier Milei", "direct"),
        quote("politisch motiviert", "Manuel Adorni", "direct"),
        quote("Das ist kein Irrtum", "Cristina Fernández de Kirchner", "direct"),
        quote("das ist ein Betrug", "Cristina Fernández de Kirchner", "direct"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Javier Milei", "PER", "ARG",
               ["Argentiniens Präsident Javier Milei", "ihm", "Milei", "den Staatschef", "den Präsidenten", "Er"]),
        entity("Argentina", "GPE", "ARG", ["Argentiniens"]),
        entity("X", "ORG", "MNC", ["der Plattform X", "X"]),
        entity("Unión por la Patria", "ORG", "ARG",
               ["Die peronistische Oppositionsallianz Unión por la Patria", "der Opposition"]),
        entity("María Servini", "PER", "ARG", ["Bundesrichterin María Servini"]),
        entity("Anti-Corruption Office of Argentina", "ORG", "ARG", ["das Antikorruptionsbüro"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni"]),
        entity("Cristina Fernández de Kirchner", "PER", "ARG", ["Ex-Präsidentin Cristina Fernández de Kirchner", "sie"]),
        entity("Casa Rosada", "LOC", "ARG", ["dem Präsidentensitz Casa Rosada"]),
        entity("La Libertad Avanza", "ORG", "ARG", ["Die Regierungspartei La Libertad Avanza"]),
        entity("Argentine Chamber of Deputies", "ORG", "ARG", ["Abgeordnetenhaus"]),
    ],
}

# ---------------------------------------------------------------- hm221-en-01 (Nuseirat hostage rescue)
IDF = actor("Israel Defense Forces", "ISR", "MIL")
HOSTAGES = actor("Israeli hostages", "ISR", "CVL")
HAMAS = actor("Hamas", "PSE", "REB")
GAZA_MOH = actor("Gaza Health Ministry", "PSE", "GOV")
NUSEIRAT_CVL = actor("Palestinians in Nuseirat", "PSE", "CVL")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
QASSAM = actor("Izz ad-Din al-Qassam Brigades", "PSE", "REB")
ABU_ZUHRI = actor("Sami Abu Zuhri", "PSE", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
BIDEN = actor("Joe Biden", "USA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
EGY_MFA = actor("Ministry of Foreign Affairs of Egypt", "EGY", "GOV")

E1 = ("Israeli forces rescued four hostages held by Hamas in a daytime raid on the Nuseirat refugee camp in central "
      "Gaza on Saturday, the military said.")
E2 = ("The four, among them 26-year-old Noa Argamani, had been seized by Hamas-led gunmen at the Nova music festival "
      "on Oct. 7.")
E3 = ("The Gaza health ministry said at least 210 Palestinians were killed in Israeli strikes that accompanied the "
      "operation.")
E4 = ("The military acknowledged that its aircraft had struck targets around the camp to cover the extraction, but "
      "put the Palestinian death toll at “under 100.”")
E5 = "Prime Minister Benjamin Netanyahu praised what he called a “heroic” operation."
E6 = "Hamas’s armed wing claimed that other hostages had been killed during the assault."
E7 = "“The occupation,” Hamas official Sami Abu Zuhri said, “has committed a new massacre to cover up its failures.”"
E8 = ("EU foreign policy chief Josep Borrell condemned “another massacre of civilians” and urged Israel and Hamas to "
      "agree to a ceasefire.")
E9 = ("U.S. President Joe Biden, on a state visit to France, welcomed the rescue at a news conference with President "
      "Emmanuel Macron in Paris.")
E10 = "Egypt’s foreign ministry condemned the Israeli attack on the camp."
E11 = "More than 100 people are still believed to be held in Gaza."

EN01 = {
    "id": "hm221-en-01", "lang": "en", "url": None, "published": "2024-06-08",
    "title": "Israel rescues four hostages in Gaza raid; Palestinians report scores killed",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11]),
    "events": [
        event("AID", IDF, HOSTAGES, E1, date="2024-06-08", location="Nuseirat", location_country="PSE"),
        event("ASSAULT", HAMAS, HOSTAGES, E2, mode="abduct"),
        event("ACCUSE", GAZA_MOH, IDF, E3, mode="allege"),
        event("ASSAULT", IDF, NUSEIRAT_CVL, E4, mode="aerial", location="Nuseirat", location_country="PSE"),
        event("SUPPORT", NETANYAHU, IDF, E5),
        event("ACCUSE", QASSAM, IDF, E6, mode="allege"),
        event("ACCUSE", ABU_ZUHRI, ISRAEL, E7, mode="disapprove"),
        event("ACCUSE", BORRELL, ISRAEL, E8, mode="disapprove"),
        event("REQUEST", BORRELL, ISRAEL, E8, mode="yield"),
        event("REQUEST", BORRELL, HAMAS, E8, mode="yield"),
        event("SUPPORT", BIDEN, ISRAEL, E9),
        event("CONSULT", BIDEN, MACRON, E9, mode="visit", location="Paris", location_country="FRA"),
        event("ACCUSE", EGY_MFA, ISRAEL, E10, mode="disapprove"),
    ],
    "quotes": [
        quote("Israeli forces rescued four hostages held by Hamas in a daytime raid on the Nuseirat refugee camp in "
              "central Gaza on Saturday", "Israel Defense Forces", "indirect"),
        quote("at least 210 Palestinians were killed in Israeli strikes that accompanied the operation",
              "Gaza Health Ministry", "indirect"),
        quote("its aircraft had struck targets around the camp to cover the extraction", "Israel Defense Forces",
              "indirect"),
        quote("under 100", "Israel Defense Forces", "direct"),
        quote("heroic", "Benjamin Netanyahu", "direct"),
        quote("other hostages had been killed during the assault", "Izz ad-Din al-Qassam Brigades", "indirect"),
        quote("The occupation", "Sami Abu Zuhri", "direct"),
        quote("has committed a new massacre to cover up its failures", "Sami Abu Zuhri", "direct"),
        quote("another massacre of civilians", "Josep Borrell", "direct"),
    ],
    "entities": [
        entity("Israel Defense Forces", "ORG", "ISR", ["Israeli forces", "the military", "The military"]),
        entity("Hamas", "ORG", "PSE", ["Hamas", "Hamas-led gunmen"]),
        entity("Nuseirat refugee camp", "LOC", "PSE", ["the Nuseirat refugee camp", "the camp"]),
        entity("Gaza", "LOC", "PSE", ["central Gaza", "Gaza"]),
        entity("Noa Argamani", "PER", "ISR", ["26-year-old Noa Argamani"]),
        entity("Nova music festival", "LOC", "ISR", ["the Nova music festival"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["The Gaza health ministry"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu", "he"]),
        entity("Izz ad-Din al-Qassam Brigades", "ORG", "PSE", ["Hamas’s armed wing"]),
        entity("Sami Abu Zuhri", "PER", "PSE", ["Hamas official Sami Abu Zuhri"]),
        entity("Josep Borrell", "PER", "EUR", ["EU foreign policy chief Josep Borrell"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden"]),
        entity("United States", "GPE", "USA", ["U.S."]),
        entity("France", "GPE", "FRA", ["France"]),
        entity("Emmanuel Macron", "PER", "FRA", ["President Emmanuel Macron"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["Egypt’s foreign ministry"]),
        entity("Egypt", "GPE", "EGY", ["Egypt"]),
    ],
}

# ---------------------------------------------------------------- hm221-en-02 (Namibia election)
ITULA = actor("Panduleni Itula", "NAM", "OPP")
ECN = actor("Electoral Commission of Namibia", "NAM", "GOV")
NAM_POLICE = actor("Namibian Police", "NAM", "COP")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
NANDI = actor("Netumbo Nandi-Ndaitwah", "NAM", "GOV")
SADC = actor("Southern African Development Community (SADC)", "IGO", "IGO")
NAM_OPP = actor("Namibian opposition leaders", "NAM", "OPP")
IPC = actor("Independent Patriots for Change (IPC)", "NAM", "OPP")

N1 = ("Namibia’s electoral commission on Tuesday declared Netumbo Nandi-Ndaitwah of the governing SWAPO party the "
      "winner of last week’s presidential election, making her the country’s first female president-elect.")
N2 = ("According to the commission, Nandi-Ndaitwah, 72, won 57 percent of the vote, ahead of Panduleni Itula of the "
      "Independent Patriots for Change (IPC) with 26 percent.")
N3 = "Itula rejected the result and said his party would challenge it in court."
N4 = "Voting had to be extended by three days in several regions after polling stations ran out of ballot papers."
N5 = "“This election was deeply flawed,” Itula told reporters in Windhoek."
N6 = "“We will not recognise an outcome produced by chaos.”"
N7 = "The commission admitted logistical failures but denied any manipulation of the count."
N8 = "Police deployed additional officers around the commission’s headquarters in the capital."
N9 = ("South African President Cyril Ramaphosa congratulated Nandi-Ndaitwah and said Pretoria looked forward to "
      "working closely with her government.")
N10 = ("Observers from the Southern African Development Community described the vote as peaceful but urged the "
       "commission to fix the shortcomings before the next election.")
N11 = "Nandi-Ndaitwah pledged to govern for all Namibians and invited opposition leaders to talks."
N12 = "The IPC said it would not attend any meeting before the court case is resolved."
N13 = "If the court ordered a new vote, it would be the first rerun of a national election in Namibia’s history."

EN02 = {
    "id": "hm221-en-02", "lang": "en", "url": None, "published": "2024-12-04",
    "title": "Namibia’s Nandi-Ndaitwah declared winner as opposition vows court challenge",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7, N8], [N9, N10, N11, N12, N13]),
    "events": [
        event("REJECT", ITULA, ECN, N3),
        event("ACCUSE", ITULA, ECN, N5, mode="disapprove", location="Windhoek", location_country="NAM"),
        event("REJECT", ITULA, ECN, N6),
        event("CONCEDE", ECN, None, N7),
        event("MOBILIZE", NAM_POLICE, None, N8, mode="police", location="Windhoek", location_country="NAM"),
        event("SUPPORT", RAMAPHOSA, NANDI, N9),
        event("AGREE", RAMAPHOSA, NANDI, N9),
        event("SUPPORT", SADC, ECN, N10),
        event("REQUEST", SADC, ECN, N10, mode="change"),
        event("AGREE", NANDI, NAM_OPP, N11),
        event("REJECT", IPC, NANDI, N12, mode="meet"),
    ],
    "quotes": [
        quote("Nandi-Ndaitwah, 72, won 57 percent of the vote, ahead of Panduleni Itula of the Independent Patriots "
              "for Change (IPC) with 26 percent", "Electoral Commission of Namibia", "indirect"),
        quote("his party would challenge it in court", "Panduleni Itula", "indirect"),
        quote("This election was deeply flawed", "Panduleni Itula", "direct"),
        quote("We will not recognise an outcome produced by chaos", "Panduleni Itula", "direct"),
        quote("Pretoria looked forward to working closely with her government", "Cyril Ramaphosa", "indirect"),
        quote("to govern for all Namibians", "Netumbo Nandi-Ndaitwah", "indirect"),
        quote("it would not attend any meeting before the court case is resolved",
              "Independent Patriots for Change (IPC)", "indirect"),
    ],
    "entities": [
        entity("Namibia", "GPE", "NAM", ["Namibia’s", "the country’s", "Namibia"]),
        entity("Electoral Commission of Namibia", "ORG", "NAM",
               ["Namibia’s electoral commission", "the commission", "The commission"]),
        entity("Netumbo Nandi-Ndaitwah", "PER", "NAM", ["Netumbo Nandi-Ndaitwah", "Nandi-Ndaitwah", "her"]),
        entity("SWAPO", "ORG", "NAM", ["the governing SWAPO party"]),
        entity("Panduleni Itula", "PER", "NAM", ["Panduleni Itula", "Itula"]),
        entity("Independent Patriots for Change (IPC)", "ORG", "NAM",
               ["the Independent Patriots for Change (IPC)", "his party", "The IPC"]),
        entity("Windhoek", "LOC", "NAM", ["Windhoek", "the capital"]),
        entity("Namibian Police", "ORG", "NAM", ["Police"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["South African President Cyril Ramaphosa"]),
        entity("South Africa", "GPE", "ZAF", ["Pretoria"]),
        entity("Southern African Development Community (SADC)", "ORG", "IGO",
               ["Observers from the Southern African Development Community"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
