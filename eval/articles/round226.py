"""Round 226: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm226-de-01: Hungarian President Katalin Novák resigns over her pardon in the Bicske children's home abuse case; Judit Varga gives up her seat and the Fidesz European list, protesters at the Sándor Palace, Gyurcsány and Momentum attack Orbán, Fidesz rejects early elections (2024-02-10).
- hm226-de-02: Residents of Orsk protest at the town hall after the Ural dam breach; calls on Putin, the mayor booed, a negligence case opened, Governor Pasler blames the operators and pledges aid, no Putin visit, Kurenkov arrives, police detain protesters (2024-04-08).
- hm226-de-03: The French navy boards and holds the shadow-fleet tanker Boracay off Saint-Nazaire; Brest prosecutors investigate the Chinese captain and first officer, Macron accuses the crew and Russia, Putin speaks of piracy, Peskov makes demands, Tallinn offers help (2025-10-02).
- hm226-de-04: The first train with Kazakh wheat reaches Armenia via Azerbaijan and Georgia after Aliyev lifts the transit ban; Pashinyan thanks Aliyev, Yerevan and Astana pledge regular deliveries, Russian wheat went first, the Armenian opposition objects (2025-11-08).
- hm226-en-01: Judge Karin Immergut bars National Guard troops from any state from deploying to Portland after blocking Oregon's own Guard; Newsom and Kotek object, the Justice Department appeals, tear gas and detentions at the ICE building, Mayor Wilson wants federal agents out (2025-10-05).
- hm226-en-02: An attacker rams a car into people and stabs worshippers at the Heaton Park synagogue in Manchester on Yom Kippur and is shot dead by police; terror arrests, Starmer condemns and deploys police to synagogues, Saar blames Britain, Mahmood asks a pro-Palestinian protest to be postponed and Defend Our Juries refuses (2025-10-02).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm226-de-01 (Katalin Novák resigns)
NOVAK = actor("Katalin Novák", "HUN", "GOV")
DEPUTY = actor("former deputy director of the Bicske children's home", "HUN", "CVL")
HUN_COURT = actor("Hungarian court", "HUN", "JUD")
HUN_PROTESTERS = actor("Hungarian protesters", "HUN", "CVL")
VARGA = actor("Judit Varga", "HUN", "LEG")
HUN_OPP = actor("Hungarian opposition", "HUN", "OPP")
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
GYURCSANY = actor("Ferenc Gyurcsány", "HUN", "OPP")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
MOMENTUM = actor("Momentum Movement", "HUN", "OPP")
KOCSIS = actor("Máté Kocsis", "HUN", "LEG")

G1 = ("Budapest (dpa) - Die ungarische Staatspräsidentin Katalin Novák ist nach der umstrittenen Begnadigung eines "
      "Mannes in einem Missbrauchsfall zurückgetreten.")
G2 = "„Ich habe einen Fehler gemacht“, sagte Novák am Samstagabend in einer vom Fernsehen übertragenen Erklärung."
G3 = "Sie bitte alle Opfer um Verzeihung, die sich von ihr im Stich gelassen fühlten."
G4 = ("Die Präsidentin hatte im April 2023 den früheren stellvertretenden Leiter eines Kinderheims in Bicske "
      "begnadigt.")
G5 = "Er war wegen der Vertuschung von Missbrauchstaten des Heimleiters verurteilt worden."
G6 = "Am Freitagabend hatten Tausende Menschen vor dem Präsidentenpalast in Budapest ihren Rücktritt gefordert."
G7 = ("Auch die frühere Justizministerin Judit Varga, die die Begnadigung gegengezeichnet hatte, legte ihr "
      "Parlamentsmandat nieder und verzichtete auf die Spitzenkandidatur der Regierungspartei Fidesz bei der "
      "Europawahl.")
G8 = ("Ministerpräsident Viktor Orbán hatte am Donnerstag eine Verfassungsänderung vorgeschlagen, die Begnadigungen "
      "bei Verbrechen an Kindern ausschließen soll.")
G9 = "Die Opposition warf der Regierung vor, den Skandal mit Bauernopfern beenden zu wollen."
G10 = ("„Nicht nur die Präsidentin trägt Verantwortung, sondern das ganze System Orbán“, sagte der Chef der "
       "Demokratischen Koalition, Ferenc Gyurcsány.")
G11 = "Die Partei Momentum forderte vorgezogene Parlamentswahlen."
G12 = "Fidesz-Fraktionschef Máté Kocsis wies die Forderung zurück."
G13 = "Zu Gesprächen über die geplante Verfassungsänderung lud die Regierung die Opposition nicht ein."
G14 = "Bis zur Wahl eines Nachfolgers übernimmt Parlamentspräsident László Kövér die Amtsgeschäfte."
G15 = "Novák war im Mai 2022 als erste Frau an die Spitze des ungarischen Staates gewählt worden."

DE01 = {
    "id": "hm226-de-01", "lang": "de", "url": None, "published": "2024-02-10",
    "title": "Ungarns Präsidentin Novák tritt nach Begnadigungsskandal zurück",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7], [G8, G9, G10, G11, G12, G13], [G14, G15]),
    "events": [
        event("RETREAT", NOVAK, None, G1, mode="resign"),
        event("CONCEDE", NOVAK, None, G2),
        event("RETREAT", NOVAK, DEPUTY, G4, mode="release", date="2023-04"),
        event("SANCTION", HUN_COURT, DEPUTY, G5, mode="convict"),
        event("PROTEST", HUN_PROTESTERS, NOVAK, G6, mode="demo", location="Budapest", location_country="HUN"),
        event("REQUEST", HUN_PROTESTERS, NOVAK, G6, mode="change"),
        event("RETREAT", VARGA, None, G7, mode="resign"),
        event("ACCUSE", HUN_OPP, HUN_GOV, G9, mode="disapprove"),
        event("ACCUSE", GYURCSANY, ORBAN, G10, mode="disapprove"),
        event("REQUEST", MOMENTUM, HUN_GOV, G11, mode="change"),
        event("REJECT", KOCSIS, MOMENTUM, G12, mode="change"),
        event("AGREE", HUN_GOV, HUN_OPP, G13, negated=True),
    ],
    "quotes": [
        quote("Ich habe einen Fehler gemacht", "Katalin Novák", "direct"),
        quote("Sie bitte alle Opfer um Verzeihung, die sich von ihr im Stich gelassen fühlten", "Katalin Novák",
              "indirect"),
        quote("Nicht nur die Präsidentin trägt Verantwortung, sondern das ganze System Orbán", "Ferenc Gyurcsány",
              "direct"),
    ],
    "entities": [
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("Katalin Novák", "PER", "HUN",
               ["Die ungarische Staatspräsidentin Katalin Novák", "Novák", "Die Präsidentin", "die Präsidentin"]),
        entity("former deputy director of the Bicske children's home", "PER", "HUN",
               ["den früheren stellvertretenden Leiter eines Kinderheims in Bicske"]),
        entity("Bicske", "LOC", "HUN", ["Bicske"]),
        entity("Sándor Palace", "LOC", "HUN", ["dem Präsidentenpalast"]),
        entity("Judit Varga", "PER", "HUN", ["die frühere Justizministerin Judit Varga"]),
        entity("Fidesz", "ORG", "HUN", ["der Regierungspartei Fidesz", "Fidesz"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ministerpräsident Viktor Orbán", "Orbán"]),
        entity("Hungarian opposition", "ORG", "HUN", ["Die Opposition", "die Opposition"]),
        entity("Government of Hungary", "ORG", "HUN", ["der Regierung", "die Regierung"]),
        entity("Democratic Coalition", "ORG", "HUN", ["Demokratischen Koalition"]),
        entity("Ferenc Gyurcsány", "PER", "HUN", ["Ferenc Gyurcsány"]),
        entity("Momentum Movement", "ORG", "HUN", ["Die Partei Momentum"]),
        entity("Máté Kocsis", "PER", "HUN", ["Fidesz-Fraktionschef Máté Kocsis"]),
        entity("László Kövér", "PER", "HUN", ["Parlamentspräsident László Kövér"]),
        entity("Hungary", "LOC", "HUN", ["des ungarischen Staates"]),
    ],
}

# ---------------------------------------------------------------- hm226-de-02 (Orsk dam breach protest)
ORSK_RES = actor("residents of Orsk", "RUS", "CVL")
ORSK_ADMIN = actor("Orsk city administration", "RUS", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
KOZUPITSA = actor("Vasily Kozupitsa", "RUS", "GOV")
SK = actor("Investigative Committee of Russia", "RUS", "JUD")
PASLER = actor("Denis Pasler", "RUS", "GOV")
DAM_OPERATORS = actor("operators of the Orsk dam", "RUS", "BUS")
FLOOD_VICTIMS = actor("flood victims in Orsk", "RUS", "CVL")
ORENBURG_GOV = actor("Government of Orenburg Oblast", "RUS", "GOV")
KURENKOV = actor("Alexander Kurenkov", "RUS", "GOV")
RUS_POLICE = actor("Russian police", "RUS", "COP")

H1 = ("Orsk (AFP) - Nach dem Dammbruch in der russischen Stadt Orsk haben Hunderte Anwohner vor dem Rathaus gegen "
      "die örtlichen Behörden protestiert.")
H2 = ("Sie verlangten Entschädigung für ihre überfluteten Häuser, einige riefen »Putin, hilf uns« in Richtung der "
      "Fernsehkameras.")
H3 = "Bürgermeister Wassili Kosupiza wurde bei einem Auftritt vor der Menge ausgebuht."
H4 = "Der Damm am Fluss Ural war am Freitagabend unter dem Druck des Hochwassers gebrochen."
H5 = "Mehr als 10.000 Häuser stehen unter Wasser, wie die Regionalregierung in Orenburg mitteilte."
H6 = ("Das Ermittlungskomitee leitete ein Strafverfahren wegen Fahrlässigkeit und Verstößen gegen Bauvorschriften "
      "ein.")
H7 = "Gouverneur Denis Pasler warf den Betreibern vor, den Damm nie ordnungsgemäß fertiggestellt zu haben."
H8 = "Er versprach jeder betroffenen Familie eine Soforthilfe von 10.000 Rubel."
H9 = "Viele Demonstranten bezeichneten die Summe als Hohn."
H10 = "Ein Besuch von Präsident Wladimir Putin in der Region sei nicht geplant, sagte Kremlsprecher Dmitri Peskow."
H11 = "Stattdessen reiste Katastrophenschutzminister Alexander Kurenkow nach Orsk."
H12 = "Polizisten nahmen am Rande der Kundgebung mindestens zwei Männer fest."
H13 = "In der benachbarten Region Kurgan stiegen die Pegel weiter."
H14 = "Proteste gegen die Behörden sind in Russland selten."

DE02 = {
    "id": "hm226-de-02", "lang": "de", "url": None, "published": "2024-04-08",
    "title": "Wut nach Dammbruch: Anwohner in Orsk protestieren",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9], [H10, H11, H12], [H13, H14]),
    "events": [
        event("PROTEST", ORSK_RES, ORSK_ADMIN, H1, mode="demo", location="Orsk", location_country="RUS"),
        event("REQUEST", ORSK_RES, ORSK_ADMIN, H2, mode="assist"),
        event("REQUEST", ORSK_RES, PUTIN, H2, mode="assist"),
        event("PROTEST", ORSK_RES, KOZUPITSA, H3, mode="demo"),
        event("ACCUSE", SK, None, H6, mode="investigate"),
        event("ACCUSE", PASLER, DAM_OPERATORS, H7, mode="allege"),
        event("AGREE", PASLER, FLOOD_VICTIMS, H8),
        event("ACCUSE", ORSK_RES, PASLER, H9, mode="disapprove"),
        event("AGREE", PUTIN, ORENBURG_GOV, H10, negated=True),
        event("CONSULT", KURENKOV, ORENBURG_GOV, H11, mode="visit", location="Orsk", location_country="RUS"),
        event("COERCE", RUS_POLICE, ORSK_RES, H12, mode="arrest", location="Orsk", location_country="RUS"),
    ],
    "quotes": [
        quote("Putin, hilf uns", "residents of Orsk", "direct"),
        quote("Mehr als 10.000 Häuser stehen unter Wasser", "Government of Orenburg Oblast", "indirect"),
        quote("Ein Besuch von Präsident Wladimir Putin in der Region sei nicht geplant", "Dmitry Peskov",
              "indirect"),
    ],
    "entities": [
        entity("Orsk", "LOC", "RUS", ["Orsk", "der russischen Stadt Orsk"]),
        entity("residents of Orsk", "ORG", "RUS", ["Hunderte Anwohner", "der Menge", "Viele Demonstranten"]),
        entity("Orsk city administration", "ORG", "RUS", ["die örtlichen Behörden", "dem Rathaus"]),
        entity("Vladimir Putin", "PER", "RUS", ["Putin", "Präsident Wladimir Putin"]),
        entity("Vasily Kozupitsa", "PER", "RUS", ["Bürgermeister Wassili Kosupiza"]),
        entity("Ural River", "LOC", None, ["Fluss Ural"]),
        entity("Government of Orenburg Oblast", "ORG", "RUS", ["die Regionalregierung in Orenburg"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Das Ermittlungskomitee"]),
        entity("Denis Pasler", "PER", "RUS", ["Gouverneur Denis Pasler"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Alexander Kurenkov", "PER", "RUS", ["Katastrophenschutzminister Alexander Kurenkow"]),
        entity("Russian police", "ORG", "RUS", ["Polizisten"]),
        entity("Kurgan Oblast", "LOC", "RUS", ["Region Kurgan"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
    ],
}

# ---------------------------------------------------------------- hm226-de-03 (tanker Boracay)
FRA_NAVY = actor("French Navy", "FRA", "MIL")
BORACAY = actor("tanker Boracay", "RUS", "BUS")
BREST_PROS = actor("Brest public prosecutor's office", "FRA", "JUD")
CAPTAIN = actor("captain of the Boracay", "CHN", "CVL")
FIRST_OFFICER = actor("first officer of the Boracay", "CHN", "CVL")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
EU = actor("European Union", "EUR", "IGO")
PUTIN2 = actor("Vladimir Putin", "RUS", "GOV")
FRANCE = actor("France", "FRA", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
ESTONIA = actor("Estonia", "EST", "GOV")

I1 = ("Paris/Moskau (dpa) - Die französische Marine hat vor der Atlantikküste einen Öltanker festgesetzt, der zur "
      "russischen Schattenflotte gehören soll.")
I2 = ("Soldaten seien am Wochenende vor Saint-Nazaire an Bord der Boracay gegangen, teilte die Staatsanwaltschaft "
      "in Brest mit.")
I3 = ("Gegen den Kapitän und den Ersten Offizier, beide chinesische Staatsbürger, wird wegen Befehlsverweigerung "
      "ermittelt.")
I4 = ("Präsident Emmanuel Macron sprach am Rande eines Gipfeltreffens in Kopenhagen von »sehr schweren "
      "Verfehlungen« der Besatzung.")
I5 = "Die Schattenflotte finanziere bis zu 40 Prozent der russischen Kriegsanstrengungen, sagte er."
I6 = "Europa müsse solche Schiffe künftig konsequenter kontrollieren."
I7 = "Der Tanker war Ende September aus dem russischen Ostseehafen Primorsk ausgelaufen."
I8 = "Das Schiff steht bereits seit Monaten auf der Sanktionsliste der EU."
I9 = "Kremlchef Wladimir Putin sprach von »Piraterie«."
I10 = "Frankreich wolle mit der Aktion von innenpolitischen Problemen ablenken, sagte er bei einem Forum in Sotschi."
I11 = "An Bord befänden sich weder Waffen noch Militärgerät, fügte er hinzu."
I12 = "Kremlsprecher Dmitri Peskow forderte Paris auf, die Rechte der Besatzung zu achten."
I13 = ("Die Regierung in Tallinn sagte Paris Unterstützung bei der Kontrolle verdächtiger Schiffe in der Ostsee "
       "zu.")

DE03 = {
    "id": "hm226-de-03", "lang": "de", "url": None, "published": "2025-10-02",
    "title": "Frankreich setzt Tanker der russischen Schattenflotte fest",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8], [I9, I10, I11, I12], [I13]),
    "events": [
        event("COERCE", FRA_NAVY, BORACAY, I1, mode="seize", location="Saint-Nazaire", location_country="FRA"),
        event("COERCE", FRA_NAVY, BORACAY, I2, mode="seize", location="Saint-Nazaire", location_country="FRA"),
        event("ACCUSE", BREST_PROS, CAPTAIN, I3, mode="investigate"),
        event("ACCUSE", BREST_PROS, FIRST_OFFICER, I3, mode="investigate"),
        event("ACCUSE", MACRON, BORACAY, I4, mode="allege"),
        event("ACCUSE", MACRON, RUSSIA, I5, mode="allege"),
        event("REQUEST", MACRON, EU, I6, mode="change"),
        event("ACCUSE", PUTIN2, FRANCE, I9, mode="disapprove"),
        event("ACCUSE", PUTIN2, FRANCE, I10, mode="allege"),
        event("REQUEST", PESKOV, FRANCE, I12, mode="change"),
        event("AGREE", ESTONIA, FRANCE, I13),
    ],
    "quotes": [
        quote("Soldaten seien am Wochenende vor Saint-Nazaire an Bord der Boracay gegangen",
              "Brest public prosecutor's office", "indirect"),
        quote("sehr schweren Verfehlungen", "Emmanuel Macron", "direct"),
        quote("Die Schattenflotte finanziere bis zu 40 Prozent der russischen Kriegsanstrengungen", "Emmanuel Macron",
              "indirect"),
        quote("Europa müsse solche Schiffe künftig konsequenter kontrollieren", "Emmanuel Macron", "indirect"),
        quote("Piraterie", "Vladimir Putin", "direct"),
        quote("Frankreich wolle mit der Aktion von innenpolitischen Problemen ablenken", "Vladimir Putin",
              "indirect"),
        quote("An Bord befänden sich weder Waffen noch Militärgerät", "Vladimir Putin", "indirect"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("French Navy", "ORG", "FRA", ["Die französische Marine", "Soldaten"]),
        entity("Boracay", "MISC", None, ["einen Öltanker", "der Boracay", "Der Tanker", "Das Schiff"]),
        entity("Russian shadow fleet", "MISC", "RUS", ["russischen Schattenflotte", "Die Schattenflotte"]),
        entity("Saint-Nazaire", "LOC", "FRA", ["Saint-Nazaire"]),
        entity("Brest public prosecutor's office", "ORG", "FRA", ["die Staatsanwaltschaft in Brest"]),
        entity("captain of the Boracay", "PER", "CHN", ["den Kapitän"]),
        entity("first officer of the Boracay", "PER", "CHN", ["den Ersten Offizier"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("Copenhagen", "LOC", "DNK", ["Kopenhagen"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Primorsk", "LOC", "RUS", ["Ostseehafen Primorsk"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Sochi", "LOC", "RUS", ["Sotschi"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Government of Estonia", "ORG", "EST", ["Die Regierung in Tallinn"]),
        entity("Baltic Sea", "LOC", None, ["Ostsee"]),
    ],
}

# ---------------------------------------------------------------- hm226-de-04 (Kazakh wheat via Azerbaijan)
FCC = actor("Food Contract Corporation", "KAZ", "BUS")
ARMENIA = actor("Armenia", "ARM", "GOV")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
KAZAKHSTAN = actor("Kazakhstan", "KAZ", "GOV")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
PAPOYAN = actor("Gevorg Papoyan", "ARM", "GOV")
GEO_RAIL = actor("Georgian Railway", "GEO", "BUS")
RUSSIA2 = actor("Russia", "RUS", "GOV")
AZERBAIJAN = actor("Azerbaijan", "AZE", "GOV")
ARM_OPP = actor("Armenian opposition", "ARM", "OPP")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")

K1 = ("Eriwan (dpa) - Erstmals seit mehr als drei Jahrzehnten hat eine Getreidelieferung auf dem Weg über "
      "Aserbaidschan Armenien erreicht.")
K2 = ("Ein Güterzug mit rund 1000 Tonnen kasachischem Weizen traf am Samstag im Bahnhof Dalarik ein, wie das "
      "armenische Infrastrukturministerium mitteilte.")
K3 = ("Die staatliche kasachische Getreidegesellschaft hatte die Ladung über den Hafen Aktau, Baku und das "
      "georgische Schienennetz geschickt.")
K4 = ("Aserbaidschans Präsident Ilham Alijew hatte im Oktober bei einem Besuch in Astana angekündigt, alle "
      "Beschränkungen für den Warentransit nach Armenien aufzuheben.")
K5 = "Der Frieden zwischen beiden Ländern stehe damit »nicht mehr nur auf dem Papier«, sagte er damals."
K6 = "Regierungschef Nikol Paschinjan sprach von einem »historischen Tag« und dankte Alijew für die Entscheidung."
K7 = ("Wirtschaftsminister Gework Papojan kündigte an, Armenien wolle künftig regelmäßig Getreide aus Kasachstan "
      "über diese Route beziehen.")
K8 = "Kasachstan sei bereit, monatlich bis zu 20.000 Tonnen zu liefern, teilte die Getreidegesellschaft in Astana mit."
K9 = "Die georgische Staatsbahn sagte zu, weitere Transitzüge zügig abzufertigen."
K10 = "Bereits am Mittwoch hatte Russland erstmals Weizen über Aserbaidschan nach Armenien geliefert."
K11 = "Moskau begrüßte die Öffnung der Route."
K12 = "Die armenische Opposition warf der Regierung vor, Baku zu viele Zugeständnisse zu machen."
K13 = "Direkte Handelsgeschäfte zwischen Armenien und Aserbaidschan wurden bislang nicht vereinbart."
K14 = "Die gemeinsame Grenze beider Länder ist weiterhin geschlossen."
K15 = "Der Annäherung war im August eine in Washington unterzeichnete Friedenserklärung vorausgegangen."

DE04 = {
    "id": "hm226-de-04", "lang": "de", "url": None, "published": "2025-11-08",
    "title": "Erster Getreidezug über Aserbaidschan erreicht Armenien",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9], [K10, K11, K12], [K13, K14, K15]),
    "events": [
        event("COOPERATE", FCC, ARMENIA, K3),
        event("CONCEDE", ALIYEV, ARMENIA, K4, date="2025-10"),
        event("CONSULT", ALIYEV, KAZAKHSTAN, K4, mode="visit", date="2025-10", location="Astana",
              location_country="KAZ"),
        event("SUPPORT", PASHINYAN, ALIYEV, K6),
        event("AGREE", PAPOYAN, KAZAKHSTAN, K7),
        event("AGREE", FCC, ARMENIA, K8),
        event("AGREE", GEO_RAIL, ARMENIA, K9),
        event("COOPERATE", RUSSIA2, ARMENIA, K10),
        event("SUPPORT", RUSSIA2, AZERBAIJAN, K11),
        event("ACCUSE", ARM_OPP, ARM_GOV, K12, mode="disapprove"),
        event("AGREE", ARMENIA, AZERBAIJAN, K13, negated=True),
    ],
    "quotes": [
        quote("Ein Güterzug mit rund 1000 Tonnen kasachischem Weizen traf am Samstag im Bahnhof Dalarik ein",
              "Ministry of Territorial Administration and Infrastructure of Armenia", "indirect"),
        quote("nicht mehr nur auf dem Papier", "Ilham Aliyev", "direct"),
        quote("Der Frieden zwischen beiden Ländern stehe damit »nicht mehr nur auf dem Papier«", "Ilham Aliyev",
              "indirect"),
        quote("historischen Tag", "Nikol Pashinyan", "direct"),
        quote("Armenien wolle künftig regelmäßig Getreide aus Kasachstan über diese Route beziehen", "Gevorg Papoyan",
              "indirect"),
        quote("Kasachstan sei bereit, monatlich bis zu 20.000 Tonnen zu liefern", "Food Contract Corporation",
              "indirect"),
    ],
    "entities": [
        entity("Yerevan", "LOC", "ARM", ["Eriwan"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschan", "Aserbaidschans"]),
        entity("Armenia", "LOC", "ARM", ["Armenien"]),
        entity("Dalarik", "LOC", "ARM", ["Bahnhof Dalarik"]),
        entity("Ministry of Territorial Administration and Infrastructure of Armenia", "ORG", "ARM",
               ["das armenische Infrastrukturministerium"]),
        entity("Food Contract Corporation", "ORG", "KAZ",
               ["Die staatliche kasachische Getreidegesellschaft", "die Getreidegesellschaft in Astana"]),
        entity("Aktau", "LOC", "KAZ", ["Hafen Aktau"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Aserbaidschans Präsident Ilham Alijew", "Alijew"]),
        entity("Astana", "LOC", "KAZ", ["Astana"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan"]),
        entity("Gevorg Papoyan", "PER", "ARM", ["Wirtschaftsminister Gework Papojan"]),
        entity("Kazakhstan", "LOC", "KAZ", ["Kasachstan"]),
        entity("Georgian Railway", "ORG", "GEO", ["Die georgische Staatsbahn"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Armenian opposition", "ORG", "ARM", ["Die armenische Opposition"]),
        entity("Government of Armenia", "ORG", "ARM", ["der Regierung"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm226-en-01 (Portland National Guard)
IMMERGUT = actor("Karin Immergut", "USA", "JUD")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
PENTAGON = actor("United States Department of Defense", "USA", "GOV")
NEWSOM = actor("Gavin Newsom", "USA", "GOV")
KOTEK = actor("Tina Kotek", "USA", "GOV")
PDX_RES = actor("residents of Portland", "USA", "CVL")
DOJ = actor("United States Department of Justice", "USA", "GOV")
OREGON = actor("State of Oregon", "USA", "GOV")
PDX_PROTESTERS = actor("Portland protesters", "USA", "CVL")
ICE = actor("U.S. Immigration and Customs Enforcement", "USA", "COP")
FED_AGENTS = actor("U.S. federal agents", "USA", "COP")
WILSON = actor("Keith Wilson", "USA", "GOV")

L1 = ("PORTLAND, Ore. (Reuters) - A federal judge on Sunday temporarily barred the Trump administration from "
      "sending National Guard troops from any state to Portland, a day after she blocked the deployment of "
      "Oregon's own Guard.")
L2 = ("U.S. District Judge Karin Immergut, whom Trump appointed during his first term, said the government had "
      "offered no evidence that protests at an immigration facility in the city amounted to a rebellion.")
L3 = ("In her first order, she called the president's description of conditions in Portland “simply untethered to "
      "the facts.”")
L4 = ("Hours before Sunday's ruling, the Pentagon had ordered about 200 federalized California National Guard "
      "members to Oregon.")
L5 = ("California Governor Gavin Newsom called the move “a breathtaking abuse of the law and power” and said his "
      "state would join Oregon's lawsuit.")
L6 = "Oregon Governor Tina Kotek said there was “no insurrection in Portland” and urged residents to remain peaceful."
L7 = ("The White House said Trump had exercised his lawful authority to protect federal buildings and personnel, and "
      "it expected to be vindicated by a higher court.")
L8 = "The Justice Department appealed the first order to the 9th U.S. Circuit Court of Appeals."
L9 = ("Trump said in late September he was sending troops to “War ravaged Portland” and authorized them to use "
      "“Full Force, if necessary.”")
L10 = ("Protesters have gathered almost nightly outside the U.S. Immigration and Customs Enforcement building in "
       "South Portland since June.")
L11 = "Federal agents fired tear gas at demonstrators there on Saturday night and detained several people."
L12 = ("Portland Mayor Keith Wilson asked the administration to withdraw the federal agents as well, saying they were "
       "inflaming tensions.")
L13 = ("None of the federalized Oregon Guard members had been deployed on the city's streets by Sunday, a state "
       "official said.")
L14 = "The order is set to remain in place for 14 days."

EN01 = {
    "id": "hm226-en-01", "lang": "en", "url": None, "published": "2025-10-05",
    "title": "Judge bars National Guard troops from any state from deploying to Portland",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7, L8], [L9, L10, L11, L12], [L13, L14]),
    "events": [
        event("SANCTION", IMMERGUT, TRUMP_ADMIN, L1, location="Portland", location_country="USA"),
        event("ACCUSE", IMMERGUT, TRUMP_ADMIN, L2, mode="disapprove"),
        event("ACCUSE", IMMERGUT, TRUMP, L3, mode="disapprove"),
        event("MOBILIZE", PENTAGON, None, L4, mode="troops", location="Oregon", location_country="USA"),
        event("ACCUSE", NEWSOM, TRUMP_ADMIN, L5, mode="disapprove"),
        event("REQUEST", KOTEK, PDX_RES, L6, mode="change"),
        event("ACCUSE", DOJ, OREGON, L8, mode="allege"),
        event("THREATEN", TRUMP, PDX_PROTESTERS, L9, mode="violence", date="2025-09"),
        event("PROTEST", PDX_PROTESTERS, ICE, L10, mode="demo", location="South Portland", location_country="USA"),
        event("ASSAULT", FED_AGENTS, PDX_PROTESTERS, L11, mode="crowd-control", location="South Portland",
              location_country="USA"),
        event("COERCE", FED_AGENTS, PDX_PROTESTERS, L11, mode="arrest", location="South Portland",
              location_country="USA"),
        event("REQUEST", WILSON, TRUMP_ADMIN, L12, mode="change"),
        event("ACCUSE", WILSON, FED_AGENTS, L12, mode="disapprove"),
        event("MOBILIZE", PENTAGON, None, L13, mode="troops", location="Portland", location_country="USA",
              negated=True),
    ],
    "quotes": [
        quote("the government had offered no evidence that protests at an immigration facility in the city amounted "
              "to a rebellion", "Karin Immergut", "indirect"),
        quote("simply untethered to the facts", "Karin Immergut", "direct"),
        quote("a breathtaking abuse of the law and power", "Gavin Newsom", "direct"),
        quote("his state would join Oregon's lawsuit", "Gavin Newsom", "indirect"),
        quote("no insurrection in Portland", "Tina Kotek", "direct"),
        quote("there was “no insurrection in Portland”", "Tina Kotek", "indirect"),
        quote("Trump had exercised his lawful authority to protect federal buildings and personnel, and it expected "
              "to be vindicated by a higher court", "White House", "indirect"),
        quote("War ravaged Portland", "Donald Trump", "direct"),
        quote("Full Force, if necessary", "Donald Trump", "direct"),
        quote("he was sending troops to “War ravaged Portland”", "Donald Trump", "indirect"),
        quote("they were inflaming tensions", "Keith Wilson", "indirect"),
        quote("None of the federalized Oregon Guard members had been deployed on the city's streets by Sunday",
              "Oregon state official", "indirect"),
    ],
    "entities": [
        entity("Portland", "LOC", "USA", ["PORTLAND", "Portland"]),
        entity("Oregon", "LOC", "USA", ["Ore.", "Oregon"]),
        entity("Trump administration", "ORG", "USA", ["the Trump administration", "the government",
                                                       "the administration"]),
        entity("Oregon National Guard", "ORG", "USA", ["Oregon's own Guard", "the federalized Oregon Guard members"]),
        entity("Karin Immergut", "PER", "USA", ["A federal judge", "U.S. District Judge Karin Immergut"]),
        entity("Donald Trump", "PER", "USA", ["Trump", "the president"]),
        entity("United States Department of Defense", "ORG", "USA", ["the Pentagon"]),
        entity("California National Guard", "ORG", "USA", ["federalized California National Guard members"]),
        entity("Gavin Newsom", "PER", "USA", ["California Governor Gavin Newsom"]),
        entity("Tina Kotek", "PER", "USA", ["Oregon Governor Tina Kotek"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("United States Department of Justice", "ORG", "USA", ["The Justice Department"]),
        entity("United States Court of Appeals for the Ninth Circuit", "ORG", "USA",
               ["the 9th U.S. Circuit Court of Appeals"]),
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA",
               ["the U.S. Immigration and Customs Enforcement building"]),
        entity("South Portland", "LOC", "USA", ["South Portland"]),
        entity("Keith Wilson", "PER", "USA", ["Portland Mayor Keith Wilson"]),
        entity("U.S. federal agents", "ORG", "USA", ["Federal agents", "the federal agents"]),
    ],
}

# ---------------------------------------------------------------- hm226-en-02 (Manchester synagogue attack)
ALSHAMIE = actor("Jihad Al-Shamie", "GBR", "REB")
WORSHIPPERS = actor("worshippers at the Heaton Park synagogue", "GBR", "CVL")
GMP = actor("Greater Manchester Police", "GBR", "COP")
CTP = actor("Counter Terrorism Policing", "GBR", "COP")
SUSPECTS = actor("terrorism suspects in Manchester", "GBR", "CVL")
STARMER = actor("Keir Starmer", "GBR", "GOV")
SAAR = actor("Gideon Saar", "ISR", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
MIRVIS = actor("Ephraim Mirvis", "GBR", "CVL")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
MAHMOOD = actor("Shabana Mahmood", "GBR", "GOV")
DOJ_UK = actor("Defend Our Juries", "GBR", "NGO")

M1 = ("MANCHESTER, England (AP) - An attacker drove a car into people outside a synagogue in Manchester and stabbed "
      "worshippers on Yom Kippur, the holiest day in the Jewish calendar, killing two people before police shot him "
      "dead.")
M2 = ("Greater Manchester Police declared the attack at the Heaton Park Hebrew Congregation synagogue a terrorist "
      "incident.")
M3 = ("Armed officers arrived within seven minutes of the first emergency call and shot the suspect, who appeared "
      "to be wearing an explosive vest, Chief Constable Stephen Watson said.")
M4 = "The vest was later found to be fake."
M5 = "Police identified the attacker as Jihad Al-Shamie, a 35-year-old British citizen of Syrian descent."
M6 = ("Counter-terrorism officers arrested two men in their 30s and a woman in her 60s on suspicion of preparing "
      "acts of terrorism.")
M7 = ("Prime Minister Keir Starmer flew back early from Copenhagen to chair an emergency meeting of the government's "
      "COBRA committee.")
M8 = "“The fact that this happened on Yom Kippur makes it all the more horrific,” Starmer said in a statement."
M9 = "He said extra police officers would be deployed to synagogues across the country."
M10 = "Israeli Foreign Minister Gideon Saar accused British authorities of failing to curb antisemitic incitement."
M11 = ("Chief Rabbi Ephraim Mirvis said the attack was the result of “an unrelenting wave of Jew hatred” and "
       "demanded tougher action from the government.")
M12 = ("Home Secretary Shabana Mahmood called on the organizers of a pro-Palestinian demonstration planned in London "
       "for Saturday to postpone it.")
M13 = "The group, Defend Our Juries, said the protest would go ahead."
M14 = "King Charles said he and Queen Camilla were “deeply shocked and saddened.”"

EN02 = {
    "id": "hm226-en-02", "lang": "en", "url": None, "published": "2025-10-02",
    "title": "Two killed in Yom Kippur attack on Manchester synagogue",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6], [M7, M8, M9, M10, M11], [M12, M13, M14]),
    "events": [
        event("ASSAULT", ALSHAMIE, WORSHIPPERS, M1, mode="primitive", location="Crumpsall, Manchester",
              location_country="GBR"),
        event("ASSAULT", GMP, ALSHAMIE, M1, mode="firearms", location="Crumpsall, Manchester",
              location_country="GBR"),
        event("ACCUSE", GMP, ALSHAMIE, M2, mode="allege"),
        event("ASSAULT", GMP, ALSHAMIE, M3, mode="firearms"),
        event("COERCE", CTP, SUSPECTS, M6, mode="arrest"),
        event("ACCUSE", STARMER, ALSHAMIE, M8, mode="disapprove"),
        event("MOBILIZE", STARMER, None, M9, mode="police"),
        event("ACCUSE", SAAR, UK, M10, mode="disapprove"),
        event("REQUEST", MIRVIS, UK_GOV, M11, mode="change"),
        event("REQUEST", MAHMOOD, DOJ_UK, M12, mode="change"),
        event("REJECT", DOJ_UK, MAHMOOD, M13, mode="change"),
    ],
    "quotes": [
        quote("Armed officers arrived within seven minutes of the first emergency call and shot the suspect, who "
              "appeared to be wearing an explosive vest", "Stephen Watson", "indirect"),
        quote("The fact that this happened on Yom Kippur makes it all the more horrific", "Keir Starmer", "direct"),
        quote("extra police officers would be deployed to synagogues across the country", "Keir Starmer",
              "indirect"),
        quote("an unrelenting wave of Jew hatred", "Ephraim Mirvis", "direct"),
        quote("the attack was the result of “an unrelenting wave of Jew hatred”", "Ephraim Mirvis", "indirect"),
        quote("the protest would go ahead", "Defend Our Juries", "indirect"),
        quote("deeply shocked and saddened", "King Charles III", "direct"),
    ],
    "entities": [
        entity("Manchester", "LOC", "GBR", ["MANCHESTER", "Manchester"]),
        entity("England", "LOC", "GBR", ["England"]),
        entity("Jihad Al-Shamie", "PER", "GBR", ["An attacker", "the attacker", "the suspect",
                                                  "Jihad Al-Shamie"]),
        entity("Heaton Park Hebrew Congregation synagogue", "LOC", "GBR",
               ["a synagogue in Manchester", "the Heaton Park Hebrew Congregation synagogue"]),
        entity("Yom Kippur", "MISC", None, ["Yom Kippur"]),
        entity("Greater Manchester Police", "ORG", "GBR", ["Greater Manchester Police", "police", "Armed officers",
                                                            "Police"]),
        entity("Stephen Watson", "PER", "GBR", ["Chief Constable Stephen Watson"]),
        entity("Counter Terrorism Policing", "ORG", "GBR", ["Counter-terrorism officers"]),
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer", "Starmer"]),
        entity("Copenhagen", "LOC", "DNK", ["Copenhagen"]),
        entity("COBRA", "ORG", "GBR", ["COBRA committee"]),
        entity("Gideon Saar", "PER", "ISR", ["Israeli Foreign Minister Gideon Saar"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["British authorities", "the government"]),
        entity("Ephraim Mirvis", "PER", "GBR", ["Chief Rabbi Ephraim Mirvis"]),
        entity("Shabana Mahmood", "PER", "GBR", ["Home Secretary Shabana Mahmood"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Defend Our Juries", "ORG", "GBR", ["the organizers", "Defend Our Juries", "The group"]),
        entity("King Charles III", "PER", "GBR", ["King Charles"]),
        entity("Queen Camilla", "PER", "GBR", ["Queen Camilla"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
