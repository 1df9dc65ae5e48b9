"""Round 202: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm202-de-01: Poland's Sejm passes the law allowing asylum to be suspended at the Belarus border; Tusk blames Minsk and Moscow, UNHCR and Amnesty object, Duda will sign (2025-02-21).
- hm202-de-02: Sandu's PAS wins Moldova's parliamentary election; Dodon alleges fraud and rallies in Chișinău, Peskov complains, von der Leyen congratulates (2025-09-29).
- hm202-de-03: A Moscow military court sentences Zhenya Berkovich and Svetlana Petriychuk to six years; Memorial, Berlin and the EU protest, arrests outside the court (2024-07-08).
- hm202-de-04: Macron visits cyclone-hit Mayotte with aid and is heckled; curfew, troops, demands and criticism from Youssouffa and LFI (2024-12-19).
- hm202-en-01: The United States and Ukraine sign the minerals deal in Washington; Zelensky and Bessent praise it, Medvedev mocks Kyiv, Russian drones hit Odesa (2025-05-01).
- hm202-en-02: Starmer and Macron agree the "one in, one out" migrant returns pilot at Northwood; Farage, Badenoch, the Refugee Council and French mayors object (2025-07-10).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm202-de-01
SEJM = actor("Sejm of Poland", "POL", "LEG")
ASYLUM_SEEKERS = actor("asylum seekers", None, "CVL")
TUSK = actor("Donald Tusk", "POL", "GOV")
LUKASHENKO = actor("Alexander Lukashenko", "BLR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
BELARUS = actor("Belarus", "BLR", "GOV")
POL_MOD = actor("Ministry of National Defence of Poland", "POL", "MIL")
UNHCR = actor("UNHCR", "UNO", "IGO")
GOV_POL = actor("Government of Poland", "POL", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
DUDA = actor("Andrzej Duda", "POL", "GOV")
POL_NGOS = actor("Polish aid organisations", "POL", "NGO")

H1 = ("Das polnische Parlament hat ein Gesetz verabschiedet, das die vorübergehende Aussetzung des Asylrechts an "
      "der Grenze zu Belarus erlaubt.")
H2 = "Für die Vorlage der Regierung von Ministerpräsident Donald Tusk stimmten am Freitag 347 Abgeordnete."
H3 = "Die Regelung soll gelten, wenn Migranten gezielt über die Grenze geschleust werden."
H4 = ("Tusk warf dem belarussischen Machthaber Alexander Lukaschenko und Russland vor, Migranten als Waffe gegen "
      "die EU einzusetzen.")
H5 = "„Wir werden unsere Grenze mit allen Mitteln schützen“, sagte der Regierungschef an die Adresse Minsks."
H6 = "Das Verteidigungsministerium verlegte zudem weitere 2000 Soldaten an die Grenze."
H7 = "Minsk bestreitet, Migranten in Richtung EU zu lenken."
H8 = "Das UN-Flüchtlingshilfswerk UNHCR kritisierte das Gesetz scharf."
H9 = "Das Recht auf Asyl dürfe „unter keinen Umständen“ ausgesetzt werden, erklärte die Organisation in Genf."
H10 = "Amnesty International forderte Präsident Andrzej Duda auf, das Gesetz nicht zu unterzeichnen."
H11 = "Duda lehnte dies ab und kündigte an, das Gesetz zu unterschreiben."
H12 = "Sollte er das tun, könnte die Regierung das Asylrecht jeweils für 60 Tage aussetzen."
H13 = "Polnische Hilfsorganisationen protestierten am Freitagabend vor dem Parlament in Warschau gegen die Regelung."

DE01 = {
    "id": "hm202-de-01", "lang": "de", "url": None, "published": "2025-02-21",
    "title": "Polen erlaubt Aussetzung des Asylrechts an Grenze zu Belarus",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10, H11, H12, H13]),
    "events": [
        event("COERCE", SEJM, ASYLUM_SEEKERS, H1, mode="restrict"),
        event("ACCUSE", TUSK, LUKASHENKO, H4, mode="allege"),
        event("ACCUSE", TUSK, RUSSIA, H4, mode="allege"),
        event("THREATEN", TUSK, BELARUS, H5),
        event("MOBILIZE", POL_MOD, None, H6, mode="troops", location="Belarus-Poland border"),
        event("ACCUSE", UNHCR, GOV_POL, H8, mode="disapprove"),
        event("REQUEST", UNHCR, GOV_POL, H9, mode="change", location="Geneva", location_country="CHE"),
        event("REQUEST", AMNESTY, DUDA, H10, mode="change"),
        event("REJECT", DUDA, AMNESTY, H11, mode="change"),
        event("PROTEST", POL_NGOS, SEJM, H13, mode="demo", date="2025-02-21",
              location="Warsaw", location_country="POL"),
    ],
    "quotes": [
        quote("Migranten als Waffe gegen die EU einzusetzen", "Donald Tusk", "indirect"),
        quote("Wir werden unsere Grenze mit allen Mitteln schützen", "Donald Tusk", "direct"),
        quote("Migranten in Richtung EU zu lenken", "Government of Belarus", "indirect"),
        quote("unter keinen Umständen", "UNHCR", "direct"),
        quote("Das Recht auf Asyl dürfe „unter keinen Umständen“ ausgesetzt werden", "UNHCR", "indirect"),
        quote("das Gesetz nicht zu unterzeichnen", "Amnesty International", "indirect"),
        quote("das Gesetz zu unterschreiben", "Andrzej Duda", "indirect"),
    ],
    "entities": [
        entity("Sejm of Poland", "ORG", "POL", ["Das polnische Parlament", "dem Parlament"]),
        entity("Belarus", "GPE", "BLR", ["Belarus", "Minsks", "Minsk"]),
        entity("Government of Poland", "ORG", "POL", ["der Regierung", "die Regierung"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "Tusk", "der Regierungschef"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["dem belarussischen Machthaber Alexander Lukaschenko"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Ministry of National Defence of Poland", "ORG", "POL", ["Das Verteidigungsministerium"]),
        entity("UNHCR", "ORG", "UNO", ["Das UN-Flüchtlingshilfswerk UNHCR", "die Organisation"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Andrzej Duda", "PER", "POL", ["Präsident Andrzej Duda", "Duda", "er"]),
        entity("Polish aid organisations", "ORG", "POL", ["Polnische Hilfsorganisationen"]),
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
    ],
}

# ---------------------------------------------------------------- hm202-de-02
DODON = actor("Igor Dodon", "MDA", "OPP")
PAS = actor("Party of Action and Solidarity (PAS)", "MDA", "PTY")
DODON_SUPP = actor("supporters of the Patriotic Bloc", "MDA", "CVL")
GOV_MDA = actor("Government of Moldova", "MDA", "GOV")
MDA_POLICE = actor("Moldovan police", "MDA", "COP")
CEC = actor("Central Electoral Commission of Moldova", "MDA", "GOV")
SANDU = actor("Maia Sandu", "MDA", "GOV")
RUSSIA_G = actor("Russia", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
MOLDOVA = actor("Moldova", "MDA", "GOV")
RIOT_SUSPECTS = actor("suspected riot plotters", "MDA", "CVL")
MDA_AUTH = actor("Moldovan authorities", "MDA", "GOV")
SHOR = actor("Ilan Shor", "MDA", "OPP")

I1 = ("Die proeuropäische Regierungspartei PAS von Präsidentin Maia Sandu hat bei der Parlamentswahl in Moldau die "
      "absolute Mehrheit gewonnen.")
I2 = "Nach Auszählung fast aller Stimmen kam die Partei auf gut 50 Prozent, wie die Wahlkommission am Montag mitteilte."
I3 = "Der prorussische Patriotische Block des früheren Präsidenten Igor Dodon erreichte rund 24 Prozent."
I4 = ("Dodon sprach von massivem Wahlbetrug durch die PAS und rief seine Anhänger zu einer Kundgebung vor dem "
      "Parlament in Chișinău auf.")
I5 = "Einige Hundert Menschen folgten dem Aufruf am Montag und forderten eine Neuauszählung."
I6 = "Die Polizei riegelte das Regierungsviertel ab."
I7 = "„Wir werden dieses Ergebnis niemals anerkennen“, sagte Dodon."
I8 = ("Sandu wies die Vorwürfe zurück und warf Moskau vor, Hunderte Millionen Euro für Stimmenkauf ausgegeben "
      "zu haben.")
I9 = "Kremlsprecher Dmitri Peskow kritisierte, dass in Russland nur zwei Wahllokale geöffnet gewesen seien."
I10 = "Hunderttausende Moldauer seien so um ihr Wahlrecht gebracht worden, sagte er."
I11 = ("EU-Kommissionspräsidentin Ursula von der Leyen gratulierte Sandu und sicherte Moldau weitere "
       "Unterstützung auf dem Weg in die EU zu.")
I12 = ("Bereits vor der Wahl hatte die Polizei bei landesweiten Razzien 74 Menschen festgenommen, die Unruhen "
       "geplant haben sollen.")
I13 = "Die Behörden machen dafür Netzwerke des flüchtigen Oligarchen Ilan Shor verantwortlich."

DE02 = {
    "id": "hm202-de-02", "lang": "de", "url": None, "published": "2025-09-29",
    "title": "Proeuropäische PAS gewinnt Wahl in Moldau – Dodon spricht von Betrug",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6, I7, I8], [I9, I10, I11, I12, I13]),
    "events": [
        event("ACCUSE", DODON, PAS, I4, mode="allege"),
        event("PROTEST", DODON_SUPP, GOV_MDA, I5, mode="demo", date="2025-09-29",
              location="Chișinău", location_country="MDA"),
        event("REQUEST", DODON_SUPP, CEC, I5, mode="change", date="2025-09-29"),
        event("COERCE", MDA_POLICE, DODON_SUPP, I6, mode="restrict", location="Chișinău", location_country="MDA"),
        event("REJECT", DODON, CEC, I7, mode="change"),
        event("ACCUSE", SANDU, RUSSIA_G, I8, mode="allege"),
        event("ACCUSE", PESKOV, GOV_MDA, I9, mode="disapprove"),
        event("ACCUSE", PESKOV, GOV_MDA, I10, mode="allege"),
        event("SUPPORT", VDL, SANDU, I11),
        event("AGREE", VDL, MOLDOVA, I11),
        event("COERCE", MDA_POLICE, RIOT_SUSPECTS, I12, mode="arrest"),
        event("ACCUSE", MDA_AUTH, SHOR, I13, mode="allege"),
    ],
    "quotes": [
        quote("Nach Auszählung fast aller Stimmen kam die Partei auf gut 50 Prozent",
              "Central Electoral Commission of Moldova", "indirect"),
        quote("Wir werden dieses Ergebnis niemals anerkennen", "Igor Dodon", "direct"),
        quote("Hunderte Millionen Euro für Stimmenkauf ausgegeben zu haben", "Maia Sandu", "indirect"),
        quote("dass in Russland nur zwei Wahllokale geöffnet gewesen seien", "Dmitry Peskov", "indirect"),
        quote("Hunderttausende Moldauer seien so um ihr Wahlrecht gebracht worden", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Party of Action and Solidarity (PAS)", "ORG", "MDA",
               ["Die proeuropäische Regierungspartei PAS", "die Partei", "die PAS"]),
        entity("Maia Sandu", "PER", "MDA", ["Präsidentin Maia Sandu", "Sandu"]),
        entity("Moldova", "GPE", "MDA", ["Moldau"]),
        entity("Central Electoral Commission of Moldova", "ORG", "MDA", ["die Wahlkommission"]),
        entity("Patriotic Electoral Bloc", "ORG", "MDA", ["Der prorussische Patriotische Block"]),
        entity("Igor Dodon", "PER", "MDA", ["des früheren Präsidenten Igor Dodon", "Dodon"]),
        entity("supporters of the Patriotic Bloc", "ORG", "MDA", ["seine Anhänger", "Einige Hundert Menschen"]),
        entity("Parliament of Moldova", "ORG", "MDA", ["dem Parlament"]),
        entity("Chișinău", "LOC", "MDA", ["Chișinău"]),
        entity("Moldovan police", "ORG", "MDA", ["Die Polizei", "die Polizei"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "er"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("suspected riot plotters", "ORG", "MDA", ["74 Menschen"]),
        entity("Moldovan authorities", "ORG", "MDA", ["Die Behörden"]),
        entity("Ilan Shor", "PER", "MDA", ["des flüchtigen Oligarchen Ilan Shor"]),
    ],
}

# ---------------------------------------------------------------- hm202-de-03
MIL_COURT = actor("Second Western District Military Court", "RUS", "JUD")
BERKOVICH = actor("Zhenya Berkovich", "RUS", "CVL")
PETRIYCHUK = actor("Svetlana Petriychuk", "RUS", "CVL")
MEMORIAL = actor("Memorial", "RUS", "NGO")
RUS_AUTH = actor("Russian authorities", "RUS", "GOV")
AA_SPOKES = actor("Spokesperson of the German Federal Foreign Office", "DEU", "GOV")
EU_ = actor("European Union", "EUR", "IGO")
RUSSIA_R = actor("Russia", "RUS", "GOV")
PESKOV_R = actor("Dmitry Peskov", "RUS", "GOV")
WESTERN_GOVS = actor("Western governments", None, "GOV")
SUPPORTERS_R = actor("supporters of Berkovich and Petriychuk", "RUS", "CVL")
RUS_POLICE = actor("Russian police", "RUS", "COP")

J1 = ("Ein Moskauer Militärgericht hat am Montag die Regisseurin Schenja Berkowitsch und die Dramatikerin "
      "Swetlana Petrijtschuk zu je sechs Jahren Lagerhaft verurteilt.")
J2 = ("Die Richter sahen es als erwiesen an, dass die beiden Frauen mit ihrem Theaterstück „Finist, der helle "
      "Falke“ den Terrorismus gerechtfertigt hätten.")
J3 = "Das Stück handelt von russischen Frauen, die Islamisten in Syrien heiraten."
J4 = "Es war 2022 mit zwei Theaterpreisen ausgezeichnet worden."
J5 = "Berkowitsch sagte in ihrem Schlusswort, sie habe niemals Terrorismus gerechtfertigt."
J6 = ("Die Bürgerrechtsorganisation Memorial sprach von einem „absurden Urteil“ und forderte die Behörden auf, "
      "beide Frauen freizulassen.")
J7 = ("„Dieses Urteil zeigt, wie weit die Repression in Russland inzwischen reicht“, sagte ein Sprecher des "
      "Auswärtigen Amts in Berlin.")
J8 = ("Auch die EU verurteilte die Haftstrafen und verlangte von Moskau, alle politischen Gefangenen "
      "freizulassen.")
J9 = "Kremlsprecher Dmitri Peskow warf den Kritikern im Westen eine „Einmischung in die Arbeit der Justiz“ vor."
J10 = "Vor dem Gericht hatten sich am Morgen Dutzende Unterstützer der beiden Frauen versammelt."
J11 = "Polizisten nahmen mindestens drei von ihnen fest, wie das Portal OVD-Info berichtete."
J12 = "Die Verteidigung will Berufung einlegen."

DE03 = {
    "id": "hm202-de-03", "lang": "de", "url": None, "published": "2024-07-08",
    "title": "Sechs Jahre Lagerhaft für Regisseurin Berkowitsch und Autorin Petrijtschuk",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11, J12]),
    "events": [
        event("SANCTION", MIL_COURT, BERKOVICH, J1, mode="convict", date="2024-07-08",
              location="Moscow", location_country="RUS"),
        event("SANCTION", MIL_COURT, PETRIYCHUK, J1, mode="convict", date="2024-07-08",
              location="Moscow", location_country="RUS"),
        event("SANCTION", MIL_COURT, BERKOVICH, J2, mode="convict"),
        event("SANCTION", MIL_COURT, PETRIYCHUK, J2, mode="convict"),
        event("ACCUSE", MEMORIAL, MIL_COURT, J6, mode="disapprove"),
        event("REQUEST", MEMORIAL, RUS_AUTH, J6, mode="yield"),
        event("ACCUSE", AA_SPOKES, RUSSIA_R, J7, mode="disapprove"),
        event("ACCUSE", EU_, RUSSIA_R, J8, mode="disapprove"),
        event("REQUEST", EU_, RUSSIA_R, J8, mode="yield"),
        event("ACCUSE", PESKOV_R, WESTERN_GOVS, J9, mode="allege"),
        event("PROTEST", SUPPORTERS_R, MIL_COURT, J10, mode="demo", date="2024-07-08",
              location="Moscow", location_country="RUS"),
        event("COERCE", RUS_POLICE, SUPPORTERS_R, J11, mode="arrest", date="2024-07-08",
              location="Moscow", location_country="RUS"),
    ],
    "quotes": [
        quote("dass die beiden Frauen mit ihrem Theaterstück „Finist, der helle Falke“ den Terrorismus "
              "gerechtfertigt hätten", "Second Western District Military Court", "indirect"),
        quote("sie habe niemals Terrorismus gerechtfertigt", "Zhenya Berkovich", "indirect"),
        quote("absurden Urteil", "Memorial", "direct"),
        quote("beide Frauen freizulassen", "Memorial", "indirect"),
        quote("Dieses Urteil zeigt, wie weit die Repression in Russland inzwischen reicht",
              "Spokesperson of the German Federal Foreign Office", "direct"),
        quote("alle politischen Gefangenen freizulassen", "European Union", "indirect"),
        quote("Einmischung in die Arbeit der Justiz", "Dmitry Peskov", "direct"),
        quote("Polizisten nahmen mindestens drei von ihnen fest", "OVD-Info", "indirect"),
    ],
    "entities": [
        entity("Second Western District Military Court", "ORG", "RUS",
               ["Ein Moskauer Militärgericht", "Die Richter", "dem Gericht"]),
        entity("Zhenya Berkovich", "PER", "RUS", ["die Regisseurin Schenja Berkowitsch", "Berkowitsch", "sie"]),
        entity("Svetlana Petriychuk", "PER", "RUS", ["die Dramatikerin Swetlana Petrijtschuk"]),
        entity("Syria", "GPE", "SYR", ["Syrien"]),
        entity("Memorial", "ORG", "RUS", ["Die Bürgerrechtsorganisation Memorial"]),
        entity("Russian authorities", "ORG", "RUS", ["die Behörden"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Spokesperson of the German Federal Foreign Office", "PER", "DEU",
               ["ein Sprecher des Auswärtigen Amts"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["des Auswärtigen Amts"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Western governments", "ORG", None, ["den Kritikern im Westen"]),
        entity("supporters of Berkovich and Petriychuk", "ORG", "RUS",
               ["Dutzende Unterstützer der beiden Frauen", "ihnen"]),
        entity("Russian police", "ORG", "RUS", ["Polizisten"]),
        entity("OVD-Info", "ORG", "RUS", ["das Portal OVD-Info"]),
    ],
}

# ---------------------------------------------------------------- hm202-de-04
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
MAYOTTE = actor("Mayotte", "FRA", "GOV")
MAYOTTE_RES = actor("residents of Mayotte", "FRA", "CVL")
PREFECT = actor("Prefect of Mayotte", "FRA", "GOV")
FRANCE_MIL = actor("France", "FRA", "MIL")
YOUSSOUFFA = actor("Estelle Youssouffa", "FRA", "LEG")
GOV_FRA = actor("Government of France", "FRA", "GOV")
LFI = actor("La France Insoumise (LFI)", "FRA", "PTY")
BAYROU = actor("François Bayrou", "FRA", "GOV")

K1 = ("Eine Woche nach dem verheerenden Zyklon „Chido“ hat Präsident Emmanuel Macron am Donnerstag das "
      "französische Überseegebiet Mayotte besucht.")
K2 = "Der Sturm hatte weite Teile der Insel verwüstet, mindestens 35 Menschen kamen ums Leben."
K2B = "Mayotte gilt als das ärmste Département Frankreichs."
K3 = "Macron brachte vier Tonnen Lebensmittel und medizinische Ausrüstung mit."
K4 = ("In Mamoudzou wurde der Präsident von wütenden Anwohnern ausgebuht, die ihm vorwarfen, die Insel im Stich "
      "zu lassen.")
K5 = "„Wenn es Frankreich nicht gäbe, ginge es euch noch zehntausendmal schlechter“, entgegnete Macron."
K6 = "Er kündigte an, binnen zwei Wochen ein Gesetz für den Wiederaufbau vorzulegen."
K7 = "Der Präfekt hatte bereits eine nächtliche Ausgangssperre verhängt, um Plünderungen zu verhindern."
K8 = "Paris hat inzwischen mehr als 1500 Soldaten und Gendarmen auf die Insel verlegt."
K9 = ("Die Abgeordnete Estelle Youssouffa forderte die Regierung auf, die Kontrollen gegen illegale Einwanderung "
      "von den Komoren zu verschärfen.")
K10 = "Die Linkspartei LFI warf Macron vor, die Insel jahrzehntelang vernachlässigt zu haben."
K11 = "Premierminister François Bayrou sagte zu, die Insel in den kommenden Tagen ebenfalls zu besuchen."

DE04 = {
    "id": "hm202-de-04", "lang": "de", "url": None, "published": "2024-12-19",
    "title": "Macron in Mayotte ausgebuht – Hilfe und Soldaten für zerstörte Insel",
    "text": paragraphs([K1, K2, K2B, K3], [K4, K5, K6, K7], [K8, K9, K10, K11]),
    "events": [
        event("CONSULT", MACRON, MAYOTTE, K1, mode="visit", date="2024-12-19",
              location="Mayotte", location_country="FRA"),
        event("AID", MACRON, MAYOTTE_RES, K3, location="Mayotte", location_country="FRA"),
        event("PROTEST", MAYOTTE_RES, MACRON, K4, mode="demo", location="Mamoudzou", location_country="FRA"),
        event("ACCUSE", MAYOTTE_RES, MACRON, K4, mode="allege"),
        event("AGREE", MACRON, MAYOTTE_RES, K6),
        event("COERCE", PREFECT, MAYOTTE_RES, K7, mode="curfew", location="Mayotte", location_country="FRA"),
        event("MOBILIZE", FRANCE_MIL, None, K8, mode="troops", location="Mayotte", location_country="FRA"),
        event("REQUEST", YOUSSOUFFA, GOV_FRA, K9, mode="change"),
        event("ACCUSE", LFI, MACRON, K10, mode="allege"),
        event("AGREE", BAYROU, MAYOTTE, K11),
    ],
    "quotes": [
        quote("die Insel im Stich zu lassen", "residents of Mayotte", "indirect"),
        quote("Wenn es Frankreich nicht gäbe, ginge es euch noch zehntausendmal schlechter", "Emmanuel Macron",
              "direct"),
        quote("binnen zwei Wochen ein Gesetz für den Wiederaufbau vorzulegen", "Emmanuel Macron", "indirect"),
        quote("die Kontrollen gegen illegale Einwanderung von den Komoren zu verschärfen", "Estelle Youssouffa",
              "indirect"),
        quote("die Insel jahrzehntelang vernachlässigt zu haben", "La France Insoumise (LFI)", "indirect"),
        quote("die Insel in den kommenden Tagen ebenfalls zu besuchen", "François Bayrou", "indirect"),
    ],
    "entities": [
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Macron", "der Präsident", "ihm",
                                                "Er"]),
        entity("Mayotte", "GPE", "FRA", ["das französische Überseegebiet Mayotte", "Mayotte", "der Insel", "die Insel"]),
        entity("Cyclone Chido", "LOC", None, ["Chido", "Der Sturm"]),
        entity("Mamoudzou", "LOC", "FRA", ["Mamoudzou"]),
        entity("residents of Mayotte", "ORG", "FRA", ["wütenden Anwohnern"]),
        entity("France", "GPE", "FRA", ["Frankreichs", "Frankreich", "Paris"]),
        entity("Prefect of Mayotte", "PER", "FRA", ["Der Präfekt"]),
        entity("Estelle Youssouffa", "PER", "FRA", ["Die Abgeordnete Estelle Youssouffa"]),
        entity("Government of France", "ORG", "FRA", ["die Regierung"]),
        entity("Comoros", "GPE", "COM", ["den Komoren"]),
        entity("La France Insoumise (LFI)", "ORG", "FRA", ["Die Linkspartei LFI"]),
        entity("François Bayrou", "PER", "FRA", ["Premierminister François Bayrou"]),
    ],
}

# ---------------------------------------------------------------- hm202-en-01
USA = actor("United States", "USA", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
BESSENT = actor("Scott Bessent", "USA", "GOV")
SVYRYDENKO = actor("Yulia Svyrydenko", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
MEDVEDEV = actor("Dmitry Medvedev", "RUS", "GOV")
RUSSIA_MIL = actor("Russia", "RUS", "MIL")
TRUMP = actor("Donald Trump", "USA", "GOV")

L1 = ("The United States and Ukraine signed a long-awaited agreement on Wednesday giving Washington a share of "
      "future revenue from Ukraine's minerals.")
L2 = ("Treasury Secretary Scott Bessent and Ukraine's First Deputy Prime Minister Yulia Svyrydenko signed the deal "
      "in Washington after weeks of tense negotiations.")
L3 = "The agreement sets up a joint reconstruction investment fund that both sides will manage as equal partners."
L4 = ("The deal was first due to be signed in February but collapsed after a heated Oval Office meeting between "
      "Zelensky and Trump.")
L5 = ("“This is a truly equal agreement,” President Volodymyr Zelensky said in his nightly address, “and it "
      "creates significant investment opportunities.”")
L6 = ("Bessent said the deal signalled to Russia that Washington was committed to “a free, sovereign and "
      "prosperous Ukraine” in the long run.")
L7 = ("According to the Treasury, future U.S. military aid to Kyiv could count as Washington's contribution to "
      "the fund.")
L8 = "Ukraine's parliament still has to ratify the agreement."
L9 = ("Former Russian President Dmitry Medvedev mocked Kyiv, saying Trump had forced Ukraine to pay for American "
      "weapons with its natural resources.")
L10 = ("Russia launched more than 170 drones at Ukrainian cities overnight, killing two people in Odesa, regional "
       "officials said.")
L11 = "Zelensky again urged Washington to supply more Patriot air defence systems."

EN01 = {
    "id": "hm202-en-01", "lang": "en", "url": None, "published": "2025-05-01",
    "title": "U.S. and Ukraine sign minerals deal after months of wrangling",
    "text": paragraphs([L1, L2, L3], [L5, L6, L7, L8, L4], [L9, L10, L11]),
    "events": [
        event("SUPPORT", USA, UKRAINE, L1, date="2025-04-30"),
        event("SUPPORT", BESSENT, SVYRYDENKO, L2, location="Washington", location_country="USA"),
        event("CONSULT", SVYRYDENKO, BESSENT, L2, mode="visit", location="Washington", location_country="USA"),
        event("AGREE", USA, UKRAINE, L3),
        event("CONSULT", ZELENSKY, TRUMP, L4, mode="visit", location="Washington", location_country="USA"),
        event("SUPPORT", ZELENSKY, USA, L5),
        event("SUPPORT", BESSENT, UKRAINE, L6),
        event("ACCUSE", MEDVEDEV, UKRAINE, L9, mode="disapprove"),
        event("ASSAULT", RUSSIA_MIL, UKRAINE, L10, mode="drone", location="Odesa", location_country="UKR"),
        event("REQUEST", ZELENSKY, USA, L11, mode="assist"),
    ],
    "quotes": [
        quote("This is a truly equal agreement", "Volodymyr Zelensky", "direct"),
        quote("and it creates significant investment opportunities", "Volodymyr Zelensky", "direct"),
        quote("a free, sovereign and prosperous Ukraine", "Scott Bessent", "direct"),
        quote("the deal signalled to Russia that Washington was committed to “a free, sovereign and prosperous "
              "Ukraine” in the long run", "Scott Bessent", "indirect"),
        quote("future U.S. military aid to Kyiv could count as Washington's contribution to the fund",
              "United States Department of the Treasury", "indirect"),
        quote("Trump had forced Ukraine to pay for American weapons with its natural resources", "Dmitry Medvedev",
              "indirect"),
        quote("Russia launched more than 170 drones at Ukrainian cities overnight, killing two people in Odesa",
              "Odesa regional officials", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "Washington", "U.S."]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Ukraine's", "Kyiv"]),
        entity("Scott Bessent", "PER", "USA", ["Treasury Secretary Scott Bessent", "Bessent"]),
        entity("Yulia Svyrydenko", "PER", "UKR",
               ["Ukraine's First Deputy Prime Minister Yulia Svyrydenko"]),
        entity("Oval Office", "LOC", "USA", ["Oval Office"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelensky", "Zelensky", "his"]),
        entity("Donald Trump", "PER", "USA", ["Trump"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["the Treasury"]),
        entity("Verkhovna Rada", "ORG", "UKR", ["Ukraine's parliament"]),
        entity("Dmitry Medvedev", "PER", "RUS", ["Former Russian President Dmitry Medvedev"]),
        entity("Odesa", "LOC", "UKR", ["Odesa"]),
        entity("Odesa regional officials", "ORG", "UKR", ["regional officials"]),
    ],
}

# ---------------------------------------------------------------- hm202-en-02
UK = actor("United Kingdom", "GBR", "GOV")
FRANCE = actor("France", "FRA", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
MACRON_E = actor("Emmanuel Macron", "FRA", "GOV")
MIGRANTS = actor("Channel migrants", None, "CVL")
FARAGE = actor("Nigel Farage", "GBR", "PTY")
BADENOCH = actor("Kemi Badenoch", "GBR", "OPP")
GOV_GBR = actor("Government of the United Kingdom", "GBR", "GOV")
REFUGEE_COUNCIL = actor("Refugee Council", "GBR", "NGO")
FR_MAYORS = actor("mayors of France's northern coast", "FRA", "GOV")
GOV_FRA2 = actor("Government of France", "FRA", "GOV")
HOME_OFFICE = actor("Home Office", "GBR", "GOV")
FR_INTERIOR = actor("Ministry of the Interior of France", "FRA", "GOV")

M1 = ("Britain and France agreed on Thursday to a pilot scheme under which migrants who cross the Channel in small "
      "boats can be returned to France.")
M2 = "In return, Britain will accept an equal number of asylum seekers from France who have family ties in the UK."
M3 = ("Prime Minister Keir Starmer and President Emmanuel Macron announced the deal at a summit in Northwood on the "
      "last day of Macron's state visit.")
M4 = ("“For the first time, migrants arriving on small boats will be detained and returned to France in short "
      "order,” Starmer told reporters.")
M5 = "Macron said the two countries shared “a joint responsibility” to break the smuggling gangs."
M6 = "Britain has not yet sent back any migrants under the arrangement, which still needs the approval of the European Commission."
M7 = "The interior ministries of both countries already share intelligence on the gangs."
M8 = "Reform UK leader Nigel Farage called the deal “a humiliation” and accused Starmer of letting France dictate terms."
M9 = "Conservative leader Kemi Badenoch said the numbers were far too small to deter anyone."
M10 = "The Refugee Council urged ministers to open more safe routes instead of relying on returns."
M11 = "Several mayors on France's northern coast criticised Paris for agreeing to the deal without consulting them."
M12 = "Paris also agreed to let police stop boats in shallow coastal waters, a step London had long demanded."

EN02 = {
    "id": "hm202-en-02", "lang": "en", "url": None, "published": "2025-07-10",
    "title": "Britain and France agree 'one in, one out' migrant deal",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7], [M8, M9, M10, M11, M12]),
    "events": [
        event("AGREE", UK, FRANCE, M1, date="2025-07-10"),
        event("AGREE", UK, FRANCE, M2),
        event("CONSULT", MACRON_E, STARMER, M3, mode="visit", location="Northwood", location_country="GBR"),
        event("AGREE", STARMER, MACRON_E, M3, location="Northwood", location_country="GBR"),
        event("THREATEN", STARMER, MIGRANTS, M4, mode="arrest"),
        event("COERCE", UK, MIGRANTS, M6, mode="deport", negated=True),
        event("COOPERATE", HOME_OFFICE, FR_INTERIOR, M7),
        event("ACCUSE", FARAGE, STARMER, M8, mode="disapprove"),
        event("ACCUSE", BADENOCH, GOV_GBR, M9, mode="disapprove"),
        event("REQUEST", REFUGEE_COUNCIL, GOV_GBR, M10, mode="change"),
        event("ACCUSE", FR_MAYORS, GOV_FRA2, M11, mode="disapprove"),
        event("CONCEDE", FRANCE, UK, M12),
    ],
    "quotes": [
        quote("For the first time, migrants arriving on small boats will be detained and returned to France in "
              "short order", "Keir Starmer", "direct"),
        quote("a joint responsibility", "Emmanuel Macron", "direct"),
        quote("the two countries shared “a joint responsibility” to break the smuggling gangs", "Emmanuel Macron",
              "indirect"),
        quote("a humiliation", "Nigel Farage", "direct"),
        quote("the numbers were far too small to deter anyone", "Kemi Badenoch", "indirect"),
    ],
    "entities": [
        entity("United Kingdom", "GPE", "GBR", ["Britain", "the UK", "London"]),
        entity("France", "GPE", "FRA", ["France", "France's", "Paris"]),
        entity("English Channel", "LOC", None, ["the Channel"]),
        entity("Channel migrants", "ORG", None, ["migrants", "migrants arriving on small boats"]),
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer", "Starmer"]),
        entity("Emmanuel Macron", "PER", "FRA", ["President Emmanuel Macron", "Macron", "Macron's"]),
        entity("Northwood", "LOC", "GBR", ["Northwood"]),
        entity("European Commission", "ORG", "EUR", ["the European Commission"]),
        entity("Home Office", "ORG", "GBR", ["The interior ministries of both countries"]),
        entity("Ministry of the Interior of France", "ORG", "FRA", ["The interior ministries of both countries"]),
        entity("Reform UK", "ORG", "GBR", ["Reform UK"]),
        entity("Nigel Farage", "PER", "GBR", ["Reform UK leader Nigel Farage"]),
        entity("Conservative Party", "ORG", "GBR", ["Conservative"]),
        entity("Kemi Badenoch", "PER", "GBR", ["Conservative leader Kemi Badenoch"]),
        entity("Refugee Council", "ORG", "GBR", ["The Refugee Council"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["ministers"]),
        entity("mayors of France's northern coast", "ORG", "FRA", ["Several mayors on France's northern coast",
                                                                   "them"]),
        entity("French police", "ORG", "FRA", ["police"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
