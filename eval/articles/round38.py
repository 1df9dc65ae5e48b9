"""Round 38 of the hand-made held-out articles (written blind, 2026-11-30).

Six invented, plausible wire-style reports (4 German, 2 English), dated 2024-2025:

- hm38-de-01  A US strike on a boat from Venezuela; Maduro mobilises the militia (September 2025)
- hm38-de-02  The US deports five convicts to Eswatini; lawsuit and regional criticism (July 2025)
- hm38-de-03  Thailand's Constitutional Court removes Prime Minister Srettha (August 2024)
- hm38-de-04  Poland reintroduces controls on its border with Germany (July 2025)
- hm38-en-01  Turkish strikes on Kurdish militants after the attack on TUSAS near Ankara (October 2024)
- hm38-en-02  Japan and the Philippines sign the Reciprocal Access Agreement (July 2024)

The events are invented; the texts are the project's own. Built sentence by sentence with
`paragraphs`, so that each evidence is exactly one sentence of the text.
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# ---------------------------------------------------------------------------------------------
# hm38-de-01  US strike on a boat, Venezuela mobilises (Wednesday, 2025-09-03; strike on Tuesday)
G1 = ("Caracas (AFP) - Das US-Militär hat am Dienstag in der südlichen Karibik ein aus Venezuela "
      "kommendes Boot angegriffen und dabei elf Menschen getötet.")
G2 = "Präsident Donald Trump erklärte, an Bord seien »Narco-Terroristen« der Bande Tren de Aragua gewesen."
G3 = ("Venezuelas Informationsminister Freddy Ñáñez warf Washington vor, ein mit künstlicher Intelligenz "
      "erstelltes Video des Angriffs verbreitet zu haben.")
G4 = "Staatschef Nicolás Maduro ordnete am Mittwoch die Mobilisierung von mehr als vier Millionen Milizionären an."
G5 = "»Venezuela wird sich gegen jede Aggression verteidigen«, sagte er in einer Fernsehansprache."
G6 = "Zugleich setzte Caracas die Zusammenarbeit mit den USA bei Abschiebeflügen aus."
G7 = "Erst im Juli hatte Venezuela im Rahmen eines Gefangenenaustauschs zehn US-Bürger freigelassen."
G8 = "Kolumbiens Präsident Gustavo Petro verurteilte den Angriff als »Mord«."
G9 = ("Die Regierungen Mexikos und Brasiliens forderten Washington auf, die Souveränität der Staaten in "
      "der Region zu achten.")
G10 = "US-Außenminister Marco Rubio drohte den Kartellen dagegen mit weiteren Angriffen: »Es wird wieder passieren.«"

US_MIL = actor("United States Armed Forces", "USA", "MIL")
USA = actor("United States", "USA", "GOV")
VEN = actor("Venezuela", "VEN", "GOV")

ARTICLES.append({
    "id": "hm38-de-01", "lang": "de", "url": None, "published": "2025-09-03",
    "title": "USA greifen Boot vor Venezuela an – Maduro mobilisiert Milizen",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7], [G8, G9, G10]),
    "events": [
        event("ASSAULT", US_MIL, actor("crew of a boat from Venezuela", "VEN", None), G1, date="2025-09-02",
              location="Caribbean Sea", location_country=None),
        event("ACCUSE", actor("Donald Trump", "USA", "GOV"), actor("Tren de Aragua", "VEN", "REB"), G2,
              mode="allege"),
        event("ACCUSE", actor("Freddy Ñáñez", "VEN", "GOV"), USA, G3, mode="allege"),
        event("MOBILIZE", actor("Nicolás Maduro", "VEN", "GOV"), None, G4, date="2025-09-03"),
        event("SANCTION", VEN, USA, G6, mode="discontinue"),
        event("RETREAT", VEN, actor("US citizens", "USA", "CVL"), G7, mode="release"),
        event("ACCUSE", actor("Gustavo Petro", "COL", "GOV"), USA, G8, mode="disapprove"),
        event("REQUEST", actor("Mexico", "MEX", "GOV"), USA, G9),
        event("REQUEST", actor("Brazil", "BRA", "GOV"), USA, G9),
        event("THREATEN", actor("Marco Rubio", "USA", "GOV"), actor("drug cartels", None, "REB"), G10,
              mode="violence"),
    ],
    "quotes": [
        quote("Narco-Terroristen", "Donald Trump", "direct"),
        quote("an Bord seien »Narco-Terroristen« der Bande Tren de Aragua gewesen", "Donald Trump", "indirect"),
        quote("ein mit künstlicher Intelligenz erstelltes Video des Angriffs verbreitet zu haben", "Freddy Ñáñez",
              "indirect"),
        quote("Venezuela wird sich gegen jede Aggression verteidigen", "Nicolás Maduro", "direct"),
        quote("Mord", "Gustavo Petro", "direct"),
        quote("Es wird wieder passieren", "Marco Rubio", "direct"),
    ],
    "entities": [
        entity("United States Armed Forces", "ORG", "USA", ["Das US-Militär"]),
        entity("Caribbean Sea", "LOC", None, ["der südlichen Karibik"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "Venezuelas", "Caracas"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump"]),
        entity("Tren de Aragua", "ORG", "VEN", ["der Bande Tren de Aragua"]),
        entity("Freddy Ñáñez", "PER", "VEN", ["Venezuelas Informationsminister Freddy Ñáñez"]),
        entity("United States", "GPE", "USA", ["Washington", "den USA"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Staatschef Nicolás Maduro", "er"]),
        entity("Gustavo Petro", "PER", "COL", ["Kolumbiens Präsident Gustavo Petro"]),
        entity("Colombia", "GPE", "COL", ["Kolumbiens"]),
        entity("Mexico", "GPE", "MEX", ["Mexikos"]),
        entity("Brazil", "GPE", "BRA", ["Brasiliens"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm38-de-02  US deportations to Eswatini (Thursday, 2025-07-17; arrival Tuesday, lawsuit Wednesday)
H1 = ("Mbabane (dpa) - Die USA haben fünf verurteilte Straftäter aus Vietnam, Jamaika, Laos, Kuba und dem "
      "Jemen in das Königreich Eswatini abgeschoben.")
H2 = ("Die Männer seien am Dienstagabend eingetroffen und würden in Einzelhaft gehalten, teilte "
      "Regierungssprecherin Thabile Mdluli mit.")
H3 = ("Eswatini habe sich mit Washington auf die Aufnahme geeinigt, die Männer sollten später in ihre "
      "Heimatländer gebracht werden.")
H3b = "Eine finanzielle Gegenleistung aus Washington sei nicht vereinbart worden."
H4 = ("Die Sprecherin des US-Heimatschutzministeriums, Tricia McLaughlin, nannte die Männer »einzigartig "
      "barbarisch«.")
H5 = "Menschenrechtsanwälte reichten am Mittwoch beim Obersten Gericht in Mbabane Klage gegen die Regierung ein."
H6 = ("Die Aufnahme verstoße gegen die Verfassung, weil das Parlament nicht beteiligt worden sei, "
      "argumentierten sie.")
H7 = ("Südafrikas Außenministerium verlangte von Mbabane Auskunft über die Männer und warnte, sie könnten "
      "die Sicherheit der Region gefährden.")
H8 = "Die verbotene Oppositionsbewegung Pudemo forderte die Regierung auf, die Vereinbarung offenzulegen."
H9 = "Eswatini ist die letzte absolute Monarchie Afrikas."
H10 = "Bereits Anfang Juli hatten die USA acht Männer in den Südsudan abgeschoben."

SWZ_GOV = actor("Government of Eswatini", "SWZ", "GOV")
CONVICTS = actor("deported convicts", None, "CVL")
LAWYERS = actor("human rights lawyers", "SWZ", "CVL")

ARTICLES.append({
    "id": "hm38-de-02", "lang": "de", "url": None, "published": "2025-07-17",
    "title": "USA schieben fünf Straftäter nach Eswatini ab",
    "text": paragraphs([H1, H2, H3, H3b], [H4, H5, H6], [H7, H8, H9, H10]),
    "events": [
        event("COERCE", USA, CONVICTS, H1, mode="deport", location="Eswatini", location_country="SWZ"),
        event("COERCE", SWZ_GOV, CONVICTS, H2, mode="arrest"),
        event("AGREE", SWZ_GOV, USA, H3),
        event("AGREE", USA, SWZ_GOV, H3b, negated=True),
        event("ACCUSE", actor("Tricia McLaughlin", "USA", "GOV"), CONVICTS, H4, mode="disapprove"),
        event("ACCUSE", LAWYERS, SWZ_GOV, H5, mode="allege", date="2025-07-16", location="Mbabane",
              location_country="SWZ"),
        event("ACCUSE", LAWYERS, SWZ_GOV, H6, mode="allege"),
        event("REQUEST", actor("Ministry of Foreign Affairs of South Africa", "ZAF", "GOV"), SWZ_GOV, H7),
        event("REQUEST", actor("PUDEMO", "SWZ", "OPP"), SWZ_GOV, H8),
        event("COERCE", USA, actor("deported migrants", None, "CVL"), H10, mode="deport",
              location="South Sudan", location_country="SSD"),
    ],
    "quotes": [
        quote("Die Männer seien am Dienstagabend eingetroffen und würden in Einzelhaft gehalten",
              "Thabile Mdluli", "indirect"),
        quote("Eswatini habe sich mit Washington auf die Aufnahme geeinigt, die Männer sollten später in ihre "
              "Heimatländer gebracht werden", "Thabile Mdluli", "indirect"),
        quote("Eine finanzielle Gegenleistung aus Washington sei nicht vereinbart worden", "Thabile Mdluli",
              "indirect"),
        quote("einzigartig barbarisch", "Tricia McLaughlin", "direct"),
        quote("Die Aufnahme verstoße gegen die Verfassung, weil das Parlament nicht beteiligt worden sei",
              "human rights lawyers", "indirect"),
        quote("sie könnten die Sicherheit der Region gefährden", "Ministry of Foreign Affairs of South Africa",
              "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["Die USA", "Washington", "die USA"]),
        entity("Eswatini", "GPE", "SWZ", ["das Königreich Eswatini", "Eswatini", "Mbabane"]),
        entity("Government of Eswatini", "ORG", "SWZ", ["die Regierung"]),
        entity("Vietnam", "GPE", "VNM", ["Vietnam"]),
        entity("Jamaica", "GPE", "JAM", ["Jamaika"]),
        entity("Laos", "GPE", "LAO", ["Laos"]),
        entity("Cuba", "GPE", "CUB", ["Kuba"]),
        entity("Yemen", "GPE", "YEM", ["dem Jemen"]),
        entity("Thabile Mdluli", "PER", "SWZ", ["Regierungssprecherin Thabile Mdluli"]),
        entity("US Department of Homeland Security", "ORG", "USA", ["des US-Heimatschutzministeriums"]),
        entity("Tricia McLaughlin", "PER", "USA",
               ["Die Sprecherin des US-Heimatschutzministeriums, Tricia McLaughlin"]),
        entity("human rights lawyers", "ORG", "SWZ", ["Menschenrechtsanwälte", "sie"]),
        entity("High Court of Eswatini", "ORG", "SWZ", ["Obersten Gericht in Mbabane"]),
        entity("Mbabane", "LOC", "SWZ", ["Mbabane"]),
        entity("Parliament of Eswatini", "ORG", "SWZ", ["das Parlament"]),
        entity("Ministry of Foreign Affairs of South Africa", "ORG", "ZAF", ["Südafrikas Außenministerium"]),
        entity("South Africa", "GPE", "ZAF", ["Südafrikas"]),
        entity("PUDEMO", "ORG", "SWZ", ["Die verbotene Oppositionsbewegung Pudemo"]),
        entity("Africa", "LOC", None, ["Afrikas"]),
        entity("South Sudan", "GPE", "SSD", ["den Südsudan"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm38-de-03  Thailand: court removes Srettha (Wednesday, 2024-08-14)
I1 = ("Bangkok (dpa) - Thailands Verfassungsgericht hat Ministerpräsident Srettha Thavisin am Mittwoch des "
      "Amtes enthoben.")
I2 = ("Die Richter befanden mit fünf zu vier Stimmen, Srettha habe gegen ethische Regeln verstoßen, als er "
      "einen wegen Bestechung verurteilten Anwalt zum Minister ernannte.")
I3 = "Geklagt hatte eine Gruppe von 40 Senatoren, die vom früheren Militärregime ernannt worden waren."
I4 = ("»Ich habe mein Bestes gegeben«, sagte Srettha vor Journalisten, »und ich hoffe, dass die nächste "
      "Regierung weitermachen kann.«")
I5 = "Oppositionsführer Natthaphong Ruengpanyawut warf dem Gericht vor, den Willen der Wähler zu missachten."
I6 = "Erst in der vergangenen Woche hatten dieselben Richter die Oppositionspartei Move Forward aufgelöst."
I7 = ("Tausende Anhänger der Opposition protestierten am Abend vor dem Demokratiedenkmal in Bangkok gegen "
      "das Urteil.")
I8 = "Die Polizei nahm zwölf Demonstranten fest, wie ein Sprecher mitteilte."
I9 = "Die USA und die EU riefen Bangkok auf, den Willen der Wähler zu respektieren."
I10 = "Bis zur Wahl eines Nachfolgers durch das Parlament bleibt das Kabinett geschäftsführend im Amt."

COURT = actor("Constitutional Court of Thailand", "THA", "JUD")
SRETTHA = actor("Srettha Thavisin", "THA", "GOV")
THA = actor("Thailand", "THA", "GOV")
THA_PROT = actor("opposition supporters", "THA", "OPP")

ARTICLES.append({
    "id": "hm38-de-03", "lang": "de", "url": None, "published": "2024-08-14",
    "title": "Thailands Verfassungsgericht setzt Regierungschef Srettha ab",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10]),
    "events": [
        event("COERCE", COURT, SRETTHA, I1, mode="restrict", date="2024-08-14"),
        event("ACCUSE", COURT, SRETTHA, I2, mode="allege"),
        event("ACCUSE", actor("Thai senators", "THA", "LEG"), SRETTHA, I3, mode="allege"),
        event("ACCUSE", actor("Natthaphong Ruengpanyawut", "THA", "OPP"), COURT, I5, mode="disapprove"),
        event("COERCE", COURT, actor("Move Forward Party", "THA", "PTY"), I6, mode="ban"),
        event("PROTEST", THA_PROT, COURT, I7, mode="demo", date="2024-08-14", location="Democracy Monument",
              location_country="THA"),
        event("COERCE", actor("Royal Thai Police", "THA", "COP"), actor("protesters", "THA", "CVL"), I8,
              mode="arrest"),
        event("REQUEST", actor("United States", "USA", "GOV"), THA, I9),
        event("REQUEST", actor("European Union", "EUR", "IGO"), THA, I9),
    ],
    "quotes": [
        quote("Srettha habe gegen ethische Regeln verstoßen, als er einen wegen Bestechung verurteilten Anwalt "
              "zum Minister ernannte", "Constitutional Court of Thailand", "indirect"),
        quote("Ich habe mein Bestes gegeben", "Srettha Thavisin", "direct"),
        quote("und ich hoffe, dass die nächste Regierung weitermachen kann", "Srettha Thavisin", "direct"),
        quote("den Willen der Wähler zu missachten", "Natthaphong Ruengpanyawut", "indirect"),
        quote("Die Polizei nahm zwölf Demonstranten fest", "Royal Thai Police", "indirect"),
    ],
    "entities": [
        entity("Constitutional Court of Thailand", "ORG", "THA",
               ["Thailands Verfassungsgericht", "Die Richter", "dem Gericht", "dieselben Richter"]),
        entity("Thailand", "GPE", "THA", ["Thailands", "Bangkok"]),
        entity("Srettha Thavisin", "PER", "THA", ["Ministerpräsident Srettha Thavisin", "Srettha", "er"]),
        entity("Thai senators", "ORG", "THA", ["eine Gruppe von 40 Senatoren"]),
        entity("Natthaphong Ruengpanyawut", "PER", "THA", ["Oppositionsführer Natthaphong Ruengpanyawut"]),
        entity("Move Forward Party", "ORG", "THA", ["die Oppositionspartei Move Forward"]),
        entity("Democracy Monument", "LOC", "THA", ["dem Demokratiedenkmal in Bangkok"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Royal Thai Police", "ORG", "THA", ["Die Polizei", "ein Sprecher"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("National Assembly of Thailand", "ORG", "THA", ["das Parlament"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm38-de-04  Poland's border controls with Germany (Monday, 2025-07-07; call on Sunday)
J1 = ("Warschau (dpa) - Polen hat am Montag wieder Kontrollen an seinen Grenzen zu Deutschland und "
      "Litauen eingeführt.")
J2 = ("Regierungschef Donald Tusk warf Berlin vor, Migranten ohne Absprache nach Polen zurückzuschicken, "
      "und verlangte ein Ende dieser Praxis.")
J3 = ("Seit Mai weist die Bundespolizei auf Anordnung von Innenminister Alexander Dobrindt auch "
      "Asylsuchende an der Grenze zurück.")
J4 = "Bundeskanzler Friedrich Merz telefonierte am Sonntag mit Tusk."
J5 = ("Beide vereinbarten nach Angaben eines Regierungssprechers, die Zusammenarbeit der Polizei an der "
      "Grenze zu verstärken.")
J6 = "Dobrindt lehnte ein Ende der Zurückweisungen dagegen ab: »Wir werden an unserem Kurs festhalten.«"
J7 = ("Brandenburgs Ministerpräsident Dietmar Woidke nannte die polnischen Kontrollen ein »fatales "
      "Signal« für die Grenzregion.")
J8 = "In Görlitz und Frankfurt (Oder) bildeten sich am Montag kilometerlange Staus."
J9 = "Die EU-Kommission mahnte Warschau, die Kontrollen müssten verhältnismäßig und zeitlich begrenzt sein."
J10 = "Die Kontrollen sollen zunächst 30 Tage gelten."

POL = actor("Poland", "POL", "GOV")
DEU = actor("Germany", "DEU", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")
MERZ = actor("Friedrich Merz", "DEU", "GOV")

ARTICLES.append({
    "id": "hm38-de-04", "lang": "de", "url": None, "published": "2025-07-07",
    "title": "Polen kontrolliert wieder an der Grenze zu Deutschland",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9, J10]),
    "events": [
        event("COERCE", POL, DEU, J1, mode="restrict", date="2025-07-07"),
        event("COERCE", POL, actor("Lithuania", "LTU", "GOV"), J1, mode="restrict", date="2025-07-07"),
        event("ACCUSE", TUSK, DEU, J2, mode="allege"),
        event("REQUEST", TUSK, DEU, J2),
        event("COERCE", actor("German Federal Police", "DEU", "COP"), actor("asylum seekers", None, "CVL"), J3),
        event("CONSULT", MERZ, TUSK, J4, date="2025-07-06"),
        event("AGREE", MERZ, TUSK, J5),
        event("REJECT", actor("Alexander Dobrindt", "DEU", "GOV"), TUSK, J6),
        event("ACCUSE", actor("Dietmar Woidke", "DEU", "GOV"), POL, J7, mode="disapprove"),
        event("REQUEST", actor("European Commission", "EUR", "IGO"), POL, J9),
    ],
    "quotes": [
        quote("Migranten ohne Absprache nach Polen zurückzuschicken", "Donald Tusk", "indirect"),
        quote("Beide vereinbarten nach Angaben eines Regierungssprechers, die Zusammenarbeit der Polizei an der "
              "Grenze zu verstärken", "German government spokesperson", "indirect"),
        quote("Wir werden an unserem Kurs festhalten", "Alexander Dobrindt", "direct"),
        quote("fatales Signal", "Dietmar Woidke", "direct"),
        quote("die Kontrollen müssten verhältnismäßig und zeitlich begrenzt sein", "European Commission",
              "indirect"),
    ],
    "entities": [
        entity("Poland", "GPE", "POL", ["Polen", "Warschau"]),
        entity("Germany", "GPE", "DEU", ["Deutschland", "Berlin"]),
        entity("Lithuania", "GPE", "LTU", ["Litauen"]),
        entity("Donald Tusk", "PER", "POL", ["Regierungschef Donald Tusk", "Tusk"]),
        entity("German Federal Police", "ORG", "DEU", ["die Bundespolizei"]),
        entity("Alexander Dobrindt", "PER", "DEU", ["Innenminister Alexander Dobrindt", "Dobrindt"]),
        entity("Friedrich Merz", "PER", "DEU", ["Bundeskanzler Friedrich Merz"]),
        entity("German government spokesperson", "PER", "DEU", ["eines Regierungssprechers"]),
        entity("Dietmar Woidke", "PER", "DEU", ["Brandenburgs Ministerpräsident Dietmar Woidke"]),
        entity("Brandenburg", "LOC", "DEU", ["Brandenburgs"]),
        entity("Görlitz", "LOC", "DEU", ["Görlitz"]),
        entity("Frankfurt (Oder)", "LOC", "DEU", ["Frankfurt (Oder)"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm38-en-01  Turkey strikes after the TUSAS attack (Thursday, 2024-10-24; attack on Wednesday)
K1 = ("ANKARA (Reuters) - Turkish warplanes struck Kurdish militant targets in northern Iraq and Syria "
      "overnight after an attack on a defence company near Ankara killed five people.")
K2 = "The Defence Ministry said 32 targets had been destroyed, including caves, bunkers and shelters."
K3 = ("Two assailants stormed the headquarters of Turkish Aerospace Industries (TUSAS) on Wednesday with "
      "rifles and explosives before being killed by security forces.")
K4 = ("Interior Minister Ali Yerlikaya said the attackers were members of the outlawed Kurdistan Workers' "
      "Party (PKK).")
K5 = ("“These despicable terrorists will never achieve their goals,” President Tayyip Erdogan said during "
      "a meeting with Russian President Vladimir Putin in Kazan.")
K6 = ("Hours before the attack, authorities had allowed jailed PKK leader Abdullah Ocalan to receive a "
      "family visit for the first time since 2020.")
K7 = ("Iraq's foreign ministry called the strikes a violation of its sovereignty and demanded that Ankara "
      "halt them.")
K8 = ("The Kurdish-led Syrian Democratic Forces (SDF) said the Turkish strikes had killed 12 civilians in "
      "northeastern Syria.")
K9 = "Turkey considers the SDF an extension of the PKK."

TSK = actor("Turkish Armed Forces", "TUR", "MIL")
PKK = actor("Kurdistan Workers' Party (PKK)", "TUR", "REB")
TUR = actor("Turkey", "TUR", "GOV")
ASSAILANTS = actor("assailants", None, "REB")

ARTICLES.append({
    "id": "hm38-en-01", "lang": "en", "url": None, "published": "2024-10-24",
    "title": "Turkey strikes Kurdish militants in Iraq and Syria after deadly attack near Ankara",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9]),
    "events": [
        event("ASSAULT", TSK, PKK, K1, mode="aerial", location="northern Iraq", location_country="IRQ"),
        event("ASSAULT", TSK, PKK, K2, mode="aerial"),
        event("ASSAULT", ASSAILANTS, actor("Turkish Aerospace Industries (TUSAS)", "TUR", "BUS"), K3,
              date="2024-10-23"),
        event("ASSAULT", actor("Turkish security forces", "TUR", "COP"), ASSAILANTS, K3, date="2024-10-23"),
        event("ACCUSE", actor("Ali Yerlikaya", "TUR", "GOV"), PKK, K4, mode="allege"),
        event("ACCUSE", actor("Recep Tayyip Erdogan", "TUR", "GOV"), PKK, K5, mode="disapprove"),
        event("CONSULT", actor("Recep Tayyip Erdogan", "TUR", "GOV"), actor("Vladimir Putin", "RUS", "GOV"), K5,
              mode="visit", location="Kazan", location_country="RUS"),
        event("CONCEDE", TUR, actor("Abdullah Ocalan", "TUR", "REB"), K6),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Iraq", "IRQ", "GOV"), TUR, K7, mode="disapprove"),
        event("REQUEST", actor("Ministry of Foreign Affairs of Iraq", "IRQ", "GOV"), TUR, K7),
        event("ACCUSE", actor("Syrian Democratic Forces (SDF)", "SYR", "REB"), TUR, K8, mode="allege"),
    ],
    "quotes": [
        quote("32 targets had been destroyed, including caves, bunkers and shelters",
              "Ministry of National Defence of Turkey", "indirect"),
        quote("the attackers were members of the outlawed Kurdistan Workers' Party (PKK)", "Ali Yerlikaya",
              "indirect"),
        quote("These despicable terrorists will never achieve their goals", "Recep Tayyip Erdogan", "direct"),
        quote("that Ankara halt them", "Ministry of Foreign Affairs of Iraq", "indirect"),
        quote("the Turkish strikes had killed 12 civilians in northeastern Syria", "Syrian Democratic Forces (SDF)",
              "indirect"),
    ],
    "entities": [
        entity("Turkey", "GPE", "TUR", ["Turkish", "Ankara", "Turkey"]),
        entity("Iraq", "GPE", "IRQ", ["northern Iraq", "Iraq's"]),
        entity("Syria", "GPE", "SYR", ["Syria", "northeastern Syria"]),
        entity("Ministry of National Defence of Turkey", "ORG", "TUR", ["The Defence Ministry"]),
        entity("Turkish Aerospace Industries (TUSAS)", "ORG", "TUR",
               ["a defence company near Ankara", "Turkish Aerospace Industries (TUSAS)"]),
        entity("Ali Yerlikaya", "PER", "TUR", ["Interior Minister Ali Yerlikaya"]),
        entity("Kurdistan Workers' Party (PKK)", "ORG", "TUR",
               ["the outlawed Kurdistan Workers' Party (PKK)", "PKK", "the PKK"]),
        entity("Recep Tayyip Erdogan", "PER", "TUR", ["President Tayyip Erdogan"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin"]),
        entity("Kazan", "LOC", "RUS", ["Kazan"]),
        entity("Abdullah Ocalan", "PER", "TUR", ["jailed PKK leader Abdullah Ocalan"]),
        entity("Ministry of Foreign Affairs of Iraq", "ORG", "IRQ", ["Iraq's foreign ministry"]),
        entity("Syrian Democratic Forces (SDF)", "ORG", "SYR",
               ["The Kurdish-led Syrian Democratic Forces (SDF)", "the SDF"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm38-en-02  Japan-Philippines Reciprocal Access Agreement (Monday, 2024-07-08)
L1 = ("MANILA (AP) — Japan and the Philippines signed a defence pact on Monday that allows each country to "
      "deploy troops on the other's territory for joint exercises.")
L2 = ("Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara signed the Reciprocal "
      "Access Agreement with Philippine Defence Secretary Gilberto Teodoro in Manila.")
L3 = "“This landmark agreement will strengthen our ability to respond to crises,” Kamikawa told reporters."
L4 = ("Teodoro accused China of “aggressive and coercive actions” in the South China Sea and said the pact "
      "would help deter them.")
L5 = ("Last month, Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats "
      "near the Second Thomas Shoal, injuring several sailors.")
L6 = ("Chinese foreign ministry spokesman Lin Jian criticised the deal, saying the Asia-Pacific did not "
      "need “military blocs”.")
L7 = "Tokyo also agreed to provide the Philippine coast guard with five more patrol vessels."
L8 = "Japan has already delivered ten patrol boats to the coast guard under an earlier loan programme."
L9 = "Coast guard ships of both countries held a joint drill off Manila Bay in June."

JPN = actor("Japan", "JPN", "GOV")
PHL = actor("Philippines", "PHL", "GOV")
TEODORO = actor("Gilberto Teodoro", "PHL", "GOV")
PCG = actor("Philippine Coast Guard", "PHL", "COP")
LIN = actor("Lin Jian", "CHN", "GOV")

ARTICLES.append({
    "id": "hm38-en-02", "lang": "en", "url": None, "published": "2024-07-08",
    "title": "Japan, Philippines sign pact allowing troop deployments",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9]),
    "events": [
        event("SUPPORT", JPN, PHL, L1, date="2024-07-08", location="Manila", location_country="PHL"),
        event("SUPPORT", actor("Yoko Kamikawa", "JPN", "GOV"), TEODORO, L2, location="Manila",
              location_country="PHL"),
        event("SUPPORT", actor("Minoru Kihara", "JPN", "GOV"), TEODORO, L2, location="Manila",
              location_country="PHL"),
        event("ACCUSE", TEODORO, actor("China", "CHN", "GOV"), L4, mode="allege"),
        event("ASSAULT", actor("China Coast Guard", "CHN", "COP"), actor("Philippine Navy", "PHL", "MIL"), L5,
              mode="primitive", location="Second Thomas Shoal", location_country=None),
        event("ACCUSE", LIN, JPN, L6, mode="disapprove"),
        event("ACCUSE", LIN, PHL, L6, mode="disapprove"),
        event("AGREE", JPN, PCG, L7),
        event("AID", JPN, PCG, L8),
        event("COOPERATE", actor("Japan Coast Guard", "JPN", "COP"), PCG, L9, location="Manila Bay",
              location_country="PHL"),
    ],
    "quotes": [
        quote("This landmark agreement will strengthen our ability to respond to crises",
              "Yoko Kamikawa", "direct"),
        quote("aggressive and coercive actions", "Gilberto Teodoro", "direct"),
        quote("the pact would help deter them", "Gilberto Teodoro", "indirect"),
        quote("the Asia-Pacific did not need “military blocs”", "Lin Jian", "indirect"),
        quote("military blocs", "Lin Jian", "direct"),
    ],
    "entities": [
        entity("Japan", "GPE", "JPN", ["Japan", "Tokyo"]),
        entity("Philippines", "GPE", "PHL", ["the Philippines"]),
        entity("Manila", "LOC", "PHL", ["MANILA", "Manila"]),
        entity("Yoko Kamikawa", "PER", "JPN", ["Japanese Foreign Minister Yoko Kamikawa", "Kamikawa"]),
        entity("Minoru Kihara", "PER", "JPN", ["Defence Minister Minoru Kihara"]),
        entity("Gilberto Teodoro", "PER", "PHL", ["Philippine Defence Secretary Gilberto Teodoro", "Teodoro"]),
        entity("China", "GPE", "CHN", ["China", "Chinese"]),
        entity("South China Sea", "LOC", None, ["the South China Sea"]),
        entity("China Coast Guard", "ORG", "CHN", ["Chinese coast guard personnel"]),
        entity("Philippine Navy", "ORG", "PHL", ["Philippine navy boats"]),
        entity("Second Thomas Shoal", "LOC", None, ["the Second Thomas Shoal"]),
        entity("Lin Jian", "PER", "CHN", ["Chinese foreign ministry spokesman Lin Jian"]),
        entity("Asia-Pacific", "LOC", None, ["the Asia-Pacific"]),
        entity("Philippine Coast Guard", "ORG", "PHL", ["the Philippine coast guard", "the coast guard"]),
        entity("Manila Bay", "LOC", "PHL", ["Manila Bay"]),
    ],
})
