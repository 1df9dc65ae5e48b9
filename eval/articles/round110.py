"""Round 110: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm110-de-01: Scholz dismisses Lindner, Germany's traffic-light coalition collapses; FDP ministers resign (2024-11-07).
- hm110-de-02: Azerbaijani-Russian crisis after deaths in Yekaterinburg police custody; Baku raids Sputnik Azerbaijan (2025-07-01).
- hm110-de-03: Merz, Macron, Starmer and Tusk in Kyiv demand a 30-day ceasefire; Putin proposes direct talks in Istanbul (2025-05-11).
- hm110-de-04: After the Crocus City Hall attack, a Moscow court remands four Tajik suspects; Rahmon and Dushanbe react (2024-03-25).
- hm110-en-01: Carney tells Trump at the White House that Canada is "never" for sale (2025-05-06).
- hm110-en-02: Ukraine's "Spiderweb" drone strikes on Russian air bases; Ukrainian ground forces commander resigns (2025-06-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm110-de-01
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
LINDNER = actor("Christian Lindner", "DEU", "GOV")
BUSCHMANN = actor("Marco Buschmann", "DEU", "GOV")
STARK_WATZINGER = actor("Bettina Stark-Watzinger", "DEU", "GOV")
WISSING = actor("Volker Wissing", "DEU", "GOV")
FDP = actor("Free Democratic Party", "DEU", "PTY")
MERZ_OPP = actor("Friedrich Merz", "DEU", "OPP")
WEIDEL = actor("Alice Weidel", "DEU", "OPP")
DEU_GOV = actor("German federal government", "DEU", "GOV")

G1 = "Bundeskanzler Olaf Scholz hat Finanzminister Christian Lindner entlassen und damit das Ende der Ampel-Koalition besiegelt."
G2 = "Lindner habe zu oft sein Vertrauen gebrochen, sagte Scholz am Mittwochabend im Kanzleramt."
G3 = ("Der FDP-Chef betreibe „kleinkarierte parteipolitische Taktik“ und habe sich geweigert, für mehr Hilfen für "
      "die Ukraine die Schuldenbremse auszusetzen.")
G4 = ("Scholz kündigte an, am 15. Januar im Bundestag die Vertrauensfrage zu stellen, damit die Abgeordneten den Weg "
      "für eine Neuwahl bis Ende März freimachen könnten.")
G5 = "Lindner warf dem Kanzler seinerseits einen „kalkulierten Bruch“ der Koalition vor."
G6 = ("Scholz habe ultimativ verlangt, die Schuldenbremse auszusetzen, dem habe er nicht zustimmen können, sagte "
      "Lindner.")
G7 = ("Die übrigen FDP-Minister, Justizminister Marco Buschmann und Bildungsministerin Bettina Stark-Watzinger, "
      "reichten am Donnerstag ihren Rücktritt ein.")
G8 = "Verkehrsminister Volker Wissing bleibt dagegen im Amt und tritt aus der FDP aus."
G9 = "Neuer Finanzminister wird der bisherige Staatssekretär Jörg Kukies, ein enger Vertrauter des Kanzlers."
G10 = ("Unionsfraktionschef Friedrich Merz forderte Scholz auf, die Vertrauensfrage nicht erst im Januar, sondern "
       "bereits in der kommenden Woche zu stellen.")
G11 = ("Es gebe keinen Grund, weitere Wochen zu verlieren, Deutschland brauche „so schnell wie möglich“ eine "
       "handlungsfähige Regierung, sagte der CDU-Vorsitzende.")
G12 = "AfD-Chefin Alice Weidel sprach von einer „Befreiung für unser Land“ und verlangte sofortige Neuwahlen."

DE01 = {
    "id": "hm110-de-01", "lang": "de", "url": None, "published": "2024-11-07",
    "title": "Scholz entlässt Lindner – Ampel-Koalition zerbricht",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11, G12]),
    "events": [
        event("SANCTION", SCHOLZ, LINDNER, G1, mode="expel", date="2024-11-06", location="Berlin",
              location_country="DEU"),
        event("ACCUSE", SCHOLZ, LINDNER, G2, mode="disapprove", date="2024-11-06"),
        event("ACCUSE", SCHOLZ, LINDNER, G3, mode="disapprove", date="2024-11-06"),
        event("ACCUSE", LINDNER, SCHOLZ, G5, mode="disapprove"),
        event("REJECT", LINDNER, SCHOLZ, G6, mode="change"),
        event("RETREAT", BUSCHMANN, None, G7, mode="resign", date="2024-11-07"),
        event("RETREAT", STARK_WATZINGER, None, G7, mode="resign", date="2024-11-07"),
        event("SANCTION", WISSING, FDP, G8, mode="withdraw", date="2024-11-07"),
        event("REQUEST", MERZ_OPP, SCHOLZ, G10, mode="change"),
        event("REQUEST", WEIDEL, DEU_GOV, G12, mode="change"),
    ],
    "quotes": [
        quote("Lindner habe zu oft sein Vertrauen gebrochen", "Olaf Scholz", "indirect"),
        quote("kleinkarierte parteipolitische Taktik", "Olaf Scholz", "direct"),
        quote("Der FDP-Chef betreibe „kleinkarierte parteipolitische Taktik“ und habe sich geweigert, für mehr Hilfen "
              "für die Ukraine die Schuldenbremse auszusetzen", "Olaf Scholz", "indirect"),
        quote("am 15. Januar im Bundestag die Vertrauensfrage zu stellen, damit die Abgeordneten den Weg für eine "
              "Neuwahl bis Ende März freimachen könnten", "Olaf Scholz", "indirect"),
        quote("kalkulierten Bruch", "Christian Lindner", "direct"),
        quote("Scholz habe ultimativ verlangt, die Schuldenbremse auszusetzen, dem habe er nicht zustimmen können",
              "Christian Lindner", "indirect"),
        quote("die Vertrauensfrage nicht erst im Januar, sondern bereits in der kommenden Woche zu stellen",
              "Friedrich Merz", "indirect"),
        quote("so schnell wie möglich", "Friedrich Merz", "direct"),
        quote("Es gebe keinen Grund, weitere Wochen zu verlieren, Deutschland brauche „so schnell wie möglich“ eine "
              "handlungsfähige Regierung", "Friedrich Merz", "indirect"),
        quote("Befreiung für unser Land", "Alice Weidel", "direct"),
    ],
    "entities": [
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz", "Scholz", "dem Kanzler", "des Kanzlers"]),
        entity("Christian Lindner", "PER", "DEU", ["Finanzminister Christian Lindner", "Lindner", "Der FDP-Chef",
                                                  "er"]),
        entity("Traffic-light coalition", "ORG", "DEU", ["Ampel-Koalition", "der Koalition"]),
        entity("German Chancellery", "LOC", "DEU", ["Kanzleramt"]),
        entity("Free Democratic Party", "ORG", "DEU", ["FDP"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine"]),
        entity("Bundestag", "ORG", "DEU", ["Bundestag", "die Abgeordneten"]),
        entity("Marco Buschmann", "PER", "DEU", ["Justizminister Marco Buschmann"]),
        entity("Bettina Stark-Watzinger", "PER", "DEU", ["Bildungsministerin Bettina Stark-Watzinger"]),
        entity("Volker Wissing", "PER", "DEU", ["Verkehrsminister Volker Wissing"]),
        entity("Joerg Kukies", "PER", "DEU", ["der bisherige Staatssekretär Jörg Kukies", "Jörg Kukies"]),
        entity("Friedrich Merz", "PER", "DEU", ["Unionsfraktionschef Friedrich Merz", "der CDU-Vorsitzende"]),
        entity("Germany", "GPE", "DEU", ["Deutschland", "unser Land"]),
        entity("Alternative for Germany", "ORG", "DEU", ["AfD"]),
        entity("Alice Weidel", "PER", "DEU", ["AfD-Chefin Alice Weidel"]),
    ],
}

# ---------------------------------------------------------------- hm110-de-02
AZE_POLICE = actor("Azerbaijani police", "AZE", "COP")
SPUTNIK_AZ = actor("Sputnik Azerbaijan", "RUS", "BUS")
SPUTNIK_STAFF = actor("Sputnik Azerbaijan employees", "RUS", "CVL")
AZE_INTERIOR = actor("Ministry of Internal Affairs of Azerbaijan", "AZE", "GOV")
RUS_CITIZENS_AZ = actor("Russian citizens in Azerbaijan", "RUS", "CVL")
RUS_SECURITY = actor("Russian security forces", "RUS", "COP")
AZE_DIASPORA = actor("Ethnic Azerbaijanis in Yekaterinburg", "AZE", "CVL")
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
RUS_POLICE = actor("Russian police", "RUS", "COP")
RUSSIA = actor("Russia", "RUS", "GOV")
OVERCHUK = actor("Alexei Overchuk", "RUS", "GOV")
RUS_MFA = actor("Russian Ministry of Foreign Affairs", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
AZE_PROTESTERS = actor("Azerbaijani protesters", "AZE", "CVL")

H1 = ("Die Beziehungen zwischen Aserbaidschan und Russland sind nach dem Tod zweier Aserbaidschaner in russischem "
      "Polizeigewahrsam auf einem Tiefpunkt.")
H2 = ("Die aserbaidschanische Polizei durchsuchte am Montag die Büros der russischen Staatsagentur Sputnik in Baku "
      "und nahm zwei leitende Mitarbeiter fest.")
H3 = ("Nach Angaben des Innenministeriums wurden zudem mehrere russische Staatsbürger wegen mutmaßlichen "
      "Drogenhandels und Cyberkriminalität festgenommen.")
H4 = ("Am Freitag hatten russische Sicherheitskräfte in Jekaterinburg bei Razzien gegen eine mutmaßliche kriminelle "
      "Bande Dutzende Menschen aserbaidschanischer Herkunft festgenommen.")
H5 = ("Zwei Brüder starben in Gewahrsam; Baku wirft der russischen Polizei vor, die Männer zu Tode geprügelt zu "
      "haben.")
H6 = "Die russischen Ermittler erklärten dagegen, einer der Männer sei an Herzversagen gestorben."
H6B = ("Vor der russischen Botschaft in Baku protestierten am Samstag Dutzende Menschen gegen das Vorgehen der "
       "russischen Polizei.")
H7 = ("Als Reaktion sagte Aserbaidschan alle von Russland organisierten Kulturveranstaltungen im Land ab und lud den "
      "russischen Vizeregierungschef Alexej Owertschuk aus, der zu Gesprächen in Baku erwartet worden war.")
H8 = ("Das Außenministerium in Moskau bestellte am Montag den aserbaidschanischen Botschafter Rahman Mustafajew ein "
      "und protestierte gegen die „unfreundlichen Handlungen“ Bakus.")
H9 = ("Kremlsprecher Dmitri Peskow nannte die Festnahme der Journalisten „unbegründet“ und forderte ihre sofortige "
      "Freilassung.")
H10 = ("Außenamtssprecherin Maria Sacharowa drohte mit „angemessenen Gegenmaßnahmen“, sollten russische Staatsbürger "
       "in Aserbaidschan weiter ohne Grund festgehalten werden.")
H11 = ("Präsident Ilham Alijew hatte Moskau bereits nach dem Absturz eines aserbaidschanischen Passagierflugzeugs im "
       "Dezember vorgeworfen, die Maschine über Russland beschossen zu haben.")

DE02 = {
    "id": "hm110-de-02", "lang": "de", "url": None, "published": "2025-07-01",
    "title": "Baku lässt Sputnik-Büro durchsuchen – Streit mit Moskau eskaliert",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H6B, H7], [H8, H9, H10, H11]),
    "events": [
        event("COERCE", AZE_POLICE, SPUTNIK_AZ, H2, mode="seize", date="2025-06-30", location="Baku",
              location_country="AZE"),
        event("COERCE", AZE_POLICE, SPUTNIK_STAFF, H2, mode="arrest", date="2025-06-30", location="Baku",
              location_country="AZE"),
        event("COERCE", AZE_POLICE, RUS_CITIZENS_AZ, H3, mode="arrest", location_country="AZE"),
        event("COERCE", RUS_SECURITY, AZE_DIASPORA, H4, mode="arrest", date="2025-06-27", location="Yekaterinburg",
              location_country="RUS"),
        event("ACCUSE", AZE_GOV, RUS_POLICE, H5, mode="allege"),
        event("PROTEST", AZE_PROTESTERS, RUS_POLICE, H6B, mode="demo", date="2025-06-28", location="Baku",
              location_country="AZE"),
        event("SANCTION", AZE_GOV, RUSSIA, H7, mode="discontinue"),
        event("REJECT", AZE_GOV, OVERCHUK, H7, mode="meet"),
        event("ACCUSE", RUS_MFA, AZE_GOV, H8, mode="disapprove", date="2025-06-30", location="Moscow",
              location_country="RUS"),
        event("ACCUSE", PESKOV, AZE_GOV, H9, mode="disapprove"),
        event("REQUEST", PESKOV, AZE_GOV, H9, mode="yield"),
        event("THREATEN", ZAKHAROVA, AZE_GOV, H10),
        event("ACCUSE", ALIYEV, RUSSIA, H11, mode="allege"),
    ],
    "quotes": [
        quote("wurden zudem mehrere russische Staatsbürger wegen mutmaßlichen Drogenhandels und Cyberkriminalität "
              "festgenommen", "Ministry of Internal Affairs of Azerbaijan", "indirect"),
        quote("die Männer zu Tode geprügelt zu haben", "Government of Azerbaijan", "indirect"),
        quote("einer der Männer sei an Herzversagen gestorben", "Investigative Committee of Russia", "indirect"),
        quote("unfreundlichen Handlungen", "Russian Ministry of Foreign Affairs", "direct"),
        quote("unbegründet", "Dmitry Peskov", "direct"),
        quote("angemessenen Gegenmaßnahmen", "Maria Zakharova", "direct"),
        quote("die Maschine über Russland beschossen zu haben", "Ilham Aliyev", "indirect"),
    ],
    "entities": [
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschan", "Baku", "Bakus"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Azerbaijani police", "ORG", "AZE", ["Die aserbaidschanische Polizei"]),
        entity("Sputnik Azerbaijan", "ORG", "RUS", ["russischen Staatsagentur Sputnik"]),
        entity("Sputnik Azerbaijan employees", "PER", "RUS", ["zwei leitende Mitarbeiter", "der Journalisten"]),
        entity("Ministry of Internal Affairs of Azerbaijan", "ORG", "AZE", ["Innenministeriums"]),
        entity("Russian security forces", "ORG", "RUS", ["russische Sicherheitskräfte", "der russischen Polizei"]),
        entity("Yekaterinburg", "LOC", "RUS", ["Jekaterinburg"]),
        entity("Two brothers who died in custody", "PER", "AZE", ["Zwei Brüder", "die Männer", "einer der Männer"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Die russischen Ermittler"]),
        entity("Embassy of Russia in Baku", "ORG", "RUS", ["der russischen Botschaft in Baku"]),
        entity("Alexei Overchuk", "PER", "RUS", ["russischen Vizeregierungschef Alexej Owertschuk"]),
        entity("Russian Ministry of Foreign Affairs", "ORG", "RUS", ["Das Außenministerium in Moskau"]),
        entity("Rahman Mustafayev", "PER", "AZE", ["aserbaidschanischen Botschafter Rahman Mustafajew"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Präsident Ilham Alijew"]),
    ],
}

# ---------------------------------------------------------------- hm110-de-03
MERZ = actor("Friedrich Merz", "DEU", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")

I1 = ("Bundeskanzler Friedrich Merz, Frankreichs Präsident Emmanuel Macron, der britische Premierminister Keir "
      "Starmer und Polens Regierungschef Donald Tusk sind am Samstag gemeinsam zu einem Treffen mit dem "
      "ukrainischen Präsidenten Wolodymyr Selenskyj nach Kiew gereist.")
I2 = ("Dort forderten die vier Politiker Russland auf, ab Montag einer bedingungslosen Waffenruhe von 30 Tagen "
      "zuzustimmen.")
I3 = "Sollte Moskau sich weigern, würden die Sanktionen massiv verschärft, sagte Merz nach dem Treffen."
I4 = "„Der Ball liegt jetzt im Feld von Moskau“, sagte Macron."
I5 = "Selenskyj erklärte, die Ukraine sei bereit, die Waffen ab Montag ruhen zu lassen, wenn Russland dasselbe tue."
I6 = ("Kremlsprecher Dmitri Peskow wies die Forderung zurück, Versuche, Russland unter Druck zu setzen, seien "
      "„nutzlos“.")
I7 = ("In der Nacht zum Sonntag schlug Präsident Wladimir Putin dann überraschend direkte Verhandlungen mit der "
      "Ukraine vor, die bereits am Donnerstag in Istanbul beginnen könnten.")
I8 = ("Auf die Forderung nach einer Waffenruhe ging der Kremlchef nicht ein, zunächst müsse über die „Ursachen des "
      "Konflikts“ gesprochen werden, sagte er.")
I9 = ("Selenskyj nannte den Vorschlag ein „positives Zeichen“, bestand aber darauf, dass die Waffen ab Montag "
      "schweigen müssten.")
I10 = ("US-Präsident Donald Trump begrüßte das Angebot auf seiner Plattform Truth Social als „möglicherweise großen "
       "Tag für Russland und die Ukraine“.")

DE03 = {
    "id": "hm110-de-03", "lang": "de", "url": None, "published": "2025-05-11",
    "title": "Europäer stellen Moskau in Kiew ein Ultimatum – Putin bietet Gespräche an",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10]),
    "events": [
        event("CONSULT", MERZ, ZELENSKY, I1, mode="visit", date="2025-05-10", location="Kyiv", location_country="UKR"),
        event("CONSULT", MACRON, ZELENSKY, I1, mode="visit", date="2025-05-10", location="Kyiv",
              location_country="UKR"),
        event("CONSULT", STARMER, ZELENSKY, I1, mode="visit", date="2025-05-10", location="Kyiv",
              location_country="UKR"),
        event("CONSULT", TUSK, ZELENSKY, I1, mode="visit", date="2025-05-10", location="Kyiv", location_country="UKR"),
        event("REQUEST", MERZ, RUSSIA, I2, mode="yield", date="2025-05-10", location="Kyiv", location_country="UKR"),
        event("REQUEST", MACRON, RUSSIA, I2, mode="yield", date="2025-05-10", location="Kyiv",
              location_country="UKR"),
        event("REQUEST", STARMER, RUSSIA, I2, mode="yield", date="2025-05-10", location="Kyiv",
              location_country="UKR"),
        event("REQUEST", TUSK, RUSSIA, I2, mode="yield", date="2025-05-10", location="Kyiv", location_country="UKR"),
        event("THREATEN", MERZ, RUSSIA, I3, date="2025-05-10"),
        event("AGREE", ZELENSKY, RUSSIA, I5, date="2025-05-10"),
        event("REJECT", PESKOV, None, I6, mode="yield"),
        event("AGREE", PUTIN, UKRAINE, I7, date="2025-05-11"),
        event("REQUEST", PUTIN, UKRAINE, I8, mode="meet", date="2025-05-11"),
        event("SUPPORT", ZELENSKY, PUTIN, I9, date="2025-05-11"),
        event("REQUEST", ZELENSKY, RUSSIA, I9, mode="yield", date="2025-05-11"),
        event("SUPPORT", TRUMP, PUTIN, I10, date="2025-05-11"),
    ],
    "quotes": [
        quote("Sollte Moskau sich weigern, würden die Sanktionen massiv verschärft", "Friedrich Merz", "indirect"),
        quote("Der Ball liegt jetzt im Feld von Moskau", "Emmanuel Macron", "direct"),
        quote("die Ukraine sei bereit, die Waffen ab Montag ruhen zu lassen, wenn Russland dasselbe tue",
              "Volodymyr Zelensky", "indirect"),
        quote("nutzlos", "Dmitry Peskov", "direct"),
        quote("Versuche, Russland unter Druck zu setzen, seien „nutzlos“", "Dmitry Peskov", "indirect"),
        quote("Ursachen des Konflikts", "Vladimir Putin", "direct"),
        quote("zunächst müsse über die „Ursachen des Konflikts“ gesprochen werden", "Vladimir Putin", "indirect"),
        quote("positives Zeichen", "Volodymyr Zelensky", "direct"),
        quote("dass die Waffen ab Montag schweigen müssten", "Volodymyr Zelensky", "indirect"),
        quote("möglicherweise großen Tag für Russland und die Ukraine", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("Friedrich Merz", "PER", "DEU", ["Bundeskanzler Friedrich Merz", "Merz"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron", "Macron"]),
        entity("Keir Starmer", "PER", "GBR", ["der britische Premierminister Keir Starmer"]),
        entity("Donald Tusk", "PER", "POL", ["Polens Regierungschef Donald Tusk"]),
        entity("France", "GPE", "FRA", ["Frankreichs"]),
        entity("Poland", "GPE", "POL", ["Polens"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["dem ukrainischen Präsidenten Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "der Ukraine"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin", "der Kremlchef", "er"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Truth Social", "ORG", "USA", ["Plattform Truth Social"]),
    ],
}

# ---------------------------------------------------------------- hm110-de-04
MOSCOW_COURT = actor("Basmanny District Court", "RUS", "JUD")
TJK_SUSPECTS = actor("Crocus City Hall suspects", "TJK", "CVL")
RUS_INVESTIGATORS = actor("Investigative Committee of Russia", "RUS", "JUD")
ATTACKERS = actor("Crocus City Hall attackers", "TJK", "REB")
CONCERTGOERS = actor("Crocus City Hall concertgoers", "RUS", "CVL")
ISKP = actor("Islamic State Khorasan Province", "AFG", "REB")
RAHMON = actor("Emomali Rahmon", "TJK", "GOV")
TJK_MFA = actor("Ministry of Foreign Affairs of Tajikistan", "TJK", "GOV")
RUS_AUTHORITIES = actor("Russian authorities", "RUS", "GOV")

K1 = ("Nach dem Terroranschlag auf die Konzerthalle Crocus City Hall bei Moskau hat ein Gericht in der russischen "
      "Hauptstadt vier Tatverdächtige aus Tadschikistan in Untersuchungshaft genommen.")
K2 = "Den Männern wird Terrorismus vorgeworfen, ihnen droht lebenslange Haft."
K3 = ("Bei ihrer Vorführung vor dem Basmanny-Gericht am Sonntag wiesen die Verdächtigen deutliche Spuren von "
      "Misshandlungen auf, einer von ihnen saß im Rollstuhl.")
K4 = ("Am Freitagabend hatten Bewaffnete in der Konzerthalle in Krasnogorsk das Feuer auf Besucher eröffnet und das "
      "Gebäude in Brand gesetzt.")
K5 = "Mehr als 130 Menschen wurden getötet, es war der schwerste Anschlag in Russland seit zwei Jahrzehnten."
K6 = "Der afghanische Ableger der Terrormiliz Islamischer Staat (IS-K) reklamierte die Tat für sich."
K7 = ("Präsident Wladimir Putin sprach am Montag erstmals von „radikalen Islamisten“ als Tätern, deutete aber erneut "
      "eine Verbindung zur Ukraine an.")
K8 = "Es müsse geklärt werden, wer den Auftrag gegeben habe, sagte der Kremlchef."
K9 = "Kiew wies jede Beteiligung zurück."
K10 = ("Der tadschikische Präsident Emomali Rahmon hatte Putin bereits am Samstag in einem Telefonat sein Beileid "
       "ausgesprochen und den Anschlag verurteilt.")
K11 = "Terroristen hätten „weder Nationalität noch Religion“, sagte Rahmon nach Angaben seines Büros."
K12 = ("Das Außenministerium in Duschanbe forderte die russischen Behörden auf, die Rechte tadschikischer "
       "Arbeitsmigranten zu achten.")

DE04 = {
    "id": "hm110-de-04", "lang": "de", "url": None, "published": "2024-03-25",
    "title": "Anschlag bei Moskau: Vier Tadschiken in Untersuchungshaft",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9], [K10, K11, K12]),
    "events": [
        event("COERCE", MOSCOW_COURT, TJK_SUSPECTS, K1, mode="arrest", date="2024-03-24", location="Moscow",
              location_country="RUS"),
        event("ACCUSE", RUS_INVESTIGATORS, TJK_SUSPECTS, K2, mode="allege"),
        event("ASSAULT", ATTACKERS, CONCERTGOERS, K4, mode="firearms", date="2024-03-22", location="Krasnogorsk",
              location_country="RUS"),
        event("ASSAULT", ISKP, CONCERTGOERS, K6, mode="firearms", location="Krasnogorsk", location_country="RUS"),
        event("ACCUSE", PUTIN, UKRAINE, K7, mode="allege", date="2024-03-25"),
        event("CONSULT", RAHMON, PUTIN, K10, mode="phone", date="2024-03-23"),
        event("ACCUSE", RAHMON, ATTACKERS, K10, mode="disapprove", date="2024-03-23"),
        event("REQUEST", TJK_MFA, RUS_AUTHORITIES, K12, mode="change"),
    ],
    "quotes": [
        quote("radikalen Islamisten", "Vladimir Putin", "direct"),
        quote("Es müsse geklärt werden, wer den Auftrag gegeben habe", "Vladimir Putin", "indirect"),
        quote("weder Nationalität noch Religion", "Emomali Rahmon", "direct"),
        quote("Terroristen hätten „weder Nationalität noch Religion“", "Emomali Rahmon", "indirect"),
        quote("die Rechte tadschikischer Arbeitsmigranten zu achten", "Ministry of Foreign Affairs of Tajikistan",
              "indirect"),
    ],
    "entities": [
        entity("Crocus City Hall", "LOC", "RUS", ["Konzerthalle Crocus City Hall", "der Konzerthalle in Krasnogorsk",
                                                 "das Gebäude"]),
        entity("Moscow", "LOC", "RUS", ["Moskau", "der russischen Hauptstadt"]),
        entity("Basmanny District Court", "ORG", "RUS", ["ein Gericht in der russischen Hauptstadt",
                                                        "Basmanny-Gericht"]),
        entity("Crocus City Hall suspects", "PER", "TJK", ["vier Tatverdächtige aus Tadschikistan", "Den Männern",
                                                          "ihnen", "die Verdächtigen"]),
        entity("Tajikistan", "GPE", "TJK", ["Tadschikistan", "Duschanbe"]),
        entity("Crocus City Hall attackers", "PER", "TJK", ["Bewaffnete"]),
        entity("Krasnogorsk", "LOC", "RUS", ["Krasnogorsk"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Islamic State", "ORG", None, ["Terrormiliz Islamischer Staat"]),
        entity("Islamic State Khorasan Province", "ORG", "AFG", ["Der afghanische Ableger der Terrormiliz Islamischer "
                                                                "Staat (IS-K)", "IS-K"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin", "der Kremlchef", "Putin"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Kiew"]),
        entity("Emomali Rahmon", "PER", "TJK", ["Der tadschikische Präsident Emomali Rahmon", "Rahmon"]),
        entity("Office of the President of Tajikistan", "ORG", "TJK", ["seines Büros"]),
        entity("Ministry of Foreign Affairs of Tajikistan", "ORG", "TJK", ["Das Außenministerium in Duschanbe"]),
        entity("Russian authorities", "ORG", "RUS", ["die russischen Behörden"]),
    ],
}

# ---------------------------------------------------------------- hm110-en-01
CARNEY = actor("Mark Carney", "CAN", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
USA = actor("United States", "USA", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
FORD = actor("Doug Ford", "CAN", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")

L1 = ("Canadian Prime Minister Mark Carney told President Donald Trump on Tuesday that Canada would \"never\" be for "
      "sale, in a tense first White House meeting overshadowed by U.S. tariffs and Trump's talk of annexing his "
      "northern neighbour.")
L2 = ("\"As you know from real estate, there are some places that are never for sale,\" Carney said in the Oval "
      "Office, adding that Canada \"isn't for sale\" and never would be.")
L3 = "Trump replied: \"Never say never.\""
L4 = ("Trump, who has repeatedly called for Canada to become the 51st U.S. state, later said the two leaders had a "
      "friendly conversation but that nothing Carney could say would persuade him to lift tariffs on Canadian steel, "
      "aluminium and cars.")
L5 = ("The United States imposed 25% tariffs on Canadian steel and aluminium in March and on cars in April, prompting "
      "Ottawa to retaliate with its own duties on U.S. goods.")
L6 = ("Carney, a former central banker who won last week's election on a promise to stand up to Trump, called the "
      "talks \"very constructive\" and said both sides had agreed to keep negotiating in the coming weeks.")
L7 = ("Conservative leader Pierre Poilievre, whose party lost the April 28 vote, urged Carney to secure a deal that "
      "would remove all U.S. tariffs within 30 days.")
L8 = "Ontario Premier Doug Ford accused Trump of trying to \"bully\" Canada into a bad deal."
L9 = ("Mexican President Claudia Sheinbaum, whose country faces similar duties, said Mexico was also holding talks "
      "with Washington and hoped to reach an agreement soon.")

EN01 = {
    "id": "hm110-en-01", "lang": "en", "url": None, "published": "2025-05-06",
    "title": "Carney tells Trump Canada is 'never' for sale",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9]),
    "events": [
        event("CONSULT", CARNEY, TRUMP, L1, mode="visit", date="2025-05-06", location="Washington",
              location_country="USA"),
        event("REJECT", CARNEY, TRUMP, L1, mode="change", date="2025-05-06", location="Washington",
              location_country="USA"),
        event("REJECT", CARNEY, TRUMP, L2, mode="change", date="2025-05-06", location="Washington",
              location_country="USA"),
        event("REQUEST", TRUMP, CANADA, L4, mode="change"),
        event("REJECT", TRUMP, CARNEY, L4, mode="yield", date="2025-05-06"),
        event("SANCTION", USA, CANADA, L5, mode="discontinue"),
        event("SANCTION", CANADA, USA, L5, mode="discontinue"),
        event("AGREE", CARNEY, TRUMP, L6, date="2025-05-06"),
        event("REQUEST", POILIEVRE, CARNEY, L7, mode="change"),
        event("ACCUSE", FORD, TRUMP, L8, mode="disapprove"),
        event("CONSULT", SHEINBAUM, USA, L9),
    ],
    "quotes": [
        quote("never", "Mark Carney", "direct"),
        quote("Canada would \"never\" be for sale", "Mark Carney", "indirect"),
        quote("As you know from real estate, there are some places that are never for sale", "Mark Carney", "direct"),
        quote("isn't for sale", "Mark Carney", "direct"),
        quote("Canada \"isn't for sale\" and never would be", "Mark Carney", "indirect"),
        quote("Never say never", "Donald Trump", "direct"),
        quote("the two leaders had a friendly conversation but that nothing Carney could say would persuade him to "
              "lift tariffs on Canadian steel, aluminium and cars", "Donald Trump", "indirect"),
        quote("very constructive", "Mark Carney", "direct"),
        quote("both sides had agreed to keep negotiating in the coming weeks", "Mark Carney", "indirect"),
        quote("bully", "Doug Ford", "direct"),
        quote("Mexico was also holding talks with Washington and hoped to reach an agreement soon",
              "Claudia Sheinbaum", "indirect"),
    ],
    "entities": [
        entity("Mark Carney", "PER", "CAN", ["Canadian Prime Minister Mark Carney", "Carney",
                                            "a former central banker"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "him"]),
        entity("Canada", "GPE", "CAN", ["Canada", "his northern neighbour", "Ottawa"]),
        entity("White House", "LOC", "USA", ["White House"]),
        entity("Oval Office", "LOC", "USA", ["Oval Office"]),
        entity("United States", "GPE", "USA", ["The United States", "Washington"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["whose party"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative leader Pierre Poilievre"]),
        entity("Doug Ford", "PER", "CAN", ["Ontario Premier Doug Ford"]),
        entity("Ontario", "LOC", "CAN", ["Ontario"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum"]),
        entity("Mexico", "GPE", "MEX", ["Mexico", "whose country"]),
    ],
}

# ---------------------------------------------------------------- hm110-en-02
SBU = actor("Security Service of Ukraine", "UKR", "GOV")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
RUS_MOD = actor("Russian Ministry of Defence", "RUS", "GOV")
UKR_AIR_FORCE = actor("Ukrainian Air Force", "UKR", "MIL")
UKR_MIL = actor("Ukrainian Armed Forces", "UKR", "MIL")
DRAPATYI = actor("Mykhailo Drapatyi", "UKR", "MIL")
RUS_BLOGGERS = actor("Russian military bloggers", "RUS", "CVL")
RUS_GOV = actor("Kremlin", "RUS", "GOV")

M1 = ("Ukraine launched one of its most audacious attacks of the war on Sunday, using drones smuggled deep into "
      "Russia to strike strategic bombers at several air bases, including one in Siberia thousands of kilometres "
      "from the front.")
M2 = ("Ukraine's SBU security service said the operation, code-named \"Spiderweb\", had hit 41 aircraft, causing "
      "an estimated $7 billion in damage.")
M3 = ("Russia's Defence Ministry said Ukraine had carried out a \"terrorist attack\" on air bases in five regions "
      "and that aircraft had caught fire in the Murmansk and Irkutsk regions.")
M4 = ("Russia fired 472 drones and seven missiles at Ukraine overnight, the largest drone barrage of the war, "
      "according to Ukraine's air force.")
M5 = ("A Russian missile strike on a training unit of Ukraine's ground forces killed 12 soldiers and wounded more "
      "than 60.")
M6 = ("The commander of the ground forces, Mykhailo Drapatyi, resigned hours later, saying he felt responsible for "
      "the deaths.")
M7 = ("President Volodymyr Zelenskiy said a delegation led by Defence Minister Rustem Umerov would travel to "
      "Istanbul for a second round of direct talks with Russia on Monday.")
M8 = ("\"We are doing everything to protect our independence, our state and our people,\" Zelenskiy said, calling "
      "the operation \"absolutely brilliant.\"")
M9 = "Ukraine will demand a full ceasefire and the return of prisoners and deported children, he added."
M10 = ("Prominent Russian military bloggers called for massive retaliation, and some urged the Kremlin to strike "
       "government buildings in Kyiv.")
M11 = "The Kremlin did not immediately comment."

EN02 = {
    "id": "hm110-en-02", "lang": "en", "url": None, "published": "2025-06-01",
    "title": "Ukraine drone strikes hit Russian bombers deep inside Russia",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9, M10, M11]),
    "events": [
        event("ASSAULT", SBU, RUS_MIL, M1, mode="drone", date="2025-06-01", location_country="RUS"),
        event("ASSAULT", SBU, RUS_MIL, M2, mode="drone", date="2025-06-01", location_country="RUS"),
        event("ACCUSE", RUS_MOD, UKRAINE, M3, mode="allege", date="2025-06-01"),
        event("ACCUSE", UKR_AIR_FORCE, RUS_MIL, M4, mode="allege", date="2025-06-01"),
        event("ASSAULT", RUS_MIL, UKR_MIL, M5, mode="heavy-weapons", date="2025-06-01", location_country="UKR"),
        event("RETREAT", DRAPATYI, None, M6, mode="resign", date="2025-06-01"),
        event("CONCEDE", DRAPATYI, None, M6, date="2025-06-01"),
        event("AGREE", ZELENSKY, RUSSIA, M7, date="2025-06-01", location="Istanbul", location_country="TUR"),
        event("SUPPORT", ZELENSKY, SBU, M8, date="2025-06-01"),
        event("REQUEST", ZELENSKY, RUSSIA, M9, mode="yield", date="2025-06-01"),
        event("REQUEST", RUS_BLOGGERS, RUS_GOV, M10, mode="change"),
    ],
    "quotes": [
        quote("Spiderweb", "Security Service of Ukraine", "direct"),
        quote("the operation, code-named \"Spiderweb\", had hit 41 aircraft, causing an estimated $7 billion in "
              "damage", "Security Service of Ukraine", "indirect"),
        quote("terrorist attack", "Russian Ministry of Defence", "direct"),
        quote("Ukraine had carried out a \"terrorist attack\" on air bases in five regions and that aircraft had "
              "caught fire in the Murmansk and Irkutsk regions", "Russian Ministry of Defence", "indirect"),
        quote("Russia fired 472 drones and seven missiles at Ukraine overnight, the largest drone barrage of the war",
              "Ukrainian Air Force", "indirect"),
        quote("he felt responsible for the deaths", "Mykhailo Drapatyi", "indirect"),
        quote("a delegation led by Defence Minister Rustem Umerov would travel to Istanbul for a second round of "
              "direct talks with Russia on Monday", "Volodymyr Zelensky", "indirect"),
        quote("We are doing everything to protect our independence, our state and our people", "Volodymyr Zelensky",
              "direct"),
        quote("absolutely brilliant", "Volodymyr Zelensky", "direct"),
        quote("Ukraine will demand a full ceasefire and the return of prisoners and deported children",
              "Volodymyr Zelensky", "indirect"),
    ],
    "entities": [
        entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Siberia", "LOC", "RUS", ["Siberia"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["Ukraine's SBU security service"]),
        entity("Russian Ministry of Defence", "ORG", "RUS", ["Russia's Defence Ministry"]),
        entity("Murmansk Oblast", "LOC", "RUS", ["Murmansk"]),
        entity("Irkutsk Oblast", "LOC", "RUS", ["Irkutsk"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["Ukraine's air force"]),
        entity("Ukrainian Ground Forces", "ORG", "UKR", ["Ukraine's ground forces", "the ground forces"]),
        entity("Mykhailo Drapatyi", "PER", "UKR", ["The commander of the ground forces, Mykhailo Drapatyi",
                                                  "Mykhailo Drapatyi"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelenskiy", "Zelenskiy", "he"]),
        entity("Rustem Umerov", "PER", "UKR", ["Defence Minister Rustem Umerov"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Russian military bloggers", "PER", "RUS", ["Prominent Russian military bloggers"]),
        entity("Kremlin", "ORG", "RUS", ["the Kremlin", "The Kremlin"]),
        entity("Kyiv", "LOC", "UKR", ["Kyiv"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
