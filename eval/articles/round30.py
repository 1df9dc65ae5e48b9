"""Round 30 of the hand-made blind articles (written blind, see README.md).

Six invented wire-style reports (4 German, 2 English), dated 2023-2025:

- hm30-de-01: Rubio visits Bukele, El Salvador offers to jail deportees; Rubio's Panama canal threat (February 2025)
- hm30-de-02: Burkina Faso's junta suspends BBC and Voice of America over a Human Rights Watch report (April 2024)
- hm30-de-03: first day of the Gaza truce, hostages and Palestinian prisoners released (November 2023)
- hm30-de-04: Modi and Xi meet in Kazan after the Ladakh patrolling agreement (October 2024)
- hm30-en-01: Finland seizes the tanker Eagle S after damage to the Estlink 2 cable (December 2024)
- hm30-en-02: Chinese navy live-fire drills in the Tasman Sea, Australian and New Zealand protests (February 2025)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm30-de-01
SLV_GOV = actor("El Salvador", "SLV", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
CRISTOSAL = actor("Cristosal", "SLV", "NGO")
PAN_GOV = actor("Panama", "PAN", "GOV")
MULINO = actor("José Raúl Mulino", "PAN", "GOV")
SLV_PROTESTERS = actor("protesters in San Salvador", "SLV", "CVL")

A1 = ("San Salvador (AFP) - El Salvador hat den USA angeboten, abgeschobene Straftäter jeder Nationalität "
      "gegen eine Gebühr in seinen Gefängnissen aufzunehmen.")
A2 = ("Präsident Nayib Bukele habe dies bei einem Treffen mit US-Außenminister Marco Rubio am Montag zugesagt, "
      "teilte das State Department mit.")
A3 = ("Er sei auch bereit, inhaftierte US-Bürger und Menschen mit legalem Aufenthaltsstatus in den USA "
      "aufzunehmen, sagte Rubio.")
A4 = "»Kein Land hat je ein solches Angebot der Freundschaft gemacht«, sagte der Minister."
A5 = "Bukele schrieb auf X, die Gebühr sei für die USA gering, für El Salvador aber bedeutend."
A6 = ("Die Menschenrechtsorganisation Cristosal warf Bukele vor, das Land in ein »Gefängnis für fremde "
      "Häftlinge« zu verwandeln.")
A7 = "Vor dem Präsidentenpalast in San Salvador protestierten am Montag Dutzende Menschen gegen das Abkommen."
A8 = "Rubio und Bukele unterzeichneten zudem ein Abkommen über die zivile Nutzung der Kernenergie."
A9 = ("Zuvor hatte der Minister in Panama gedroht, Washington werde »notwendige Maßnahmen« ergreifen, falls das "
      "Land den chinesischen Einfluss am Kanal nicht zurückdränge.")
A10 = ("Panamas Präsident José Raúl Mulino wies die Forderung zurück: Die Souveränität über den Kanal stehe "
       "nicht zur Debatte.")

DE01 = {
    "id": "hm30-de-01", "lang": "de", "url": None, "published": "2025-02-04",
    "title": "El Salvador bietet USA Aufnahme von Häftlingen an",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10]),
    "events": [
        event("AGREE", SLV_GOV, USA_GOV, A1),
        event("AGREE", BUKELE, RUBIO, A2, date="2025-02-03"),
        event("CONSULT", RUBIO, BUKELE, A2, mode="visit", date="2025-02-03"),
        event("AGREE", BUKELE, USA_GOV, A3),
        event("SUPPORT", RUBIO, BUKELE, A4),
        event("ACCUSE", CRISTOSAL, BUKELE, A6, mode="disapprove"),
        event("PROTEST", SLV_PROTESTERS, SLV_GOV, A7, mode="demo", date="2025-02-03", location="San Salvador",
              location_country="SLV"),
        event("SUPPORT", RUBIO, BUKELE, A8, date="2025-02-03"),
        event("THREATEN", RUBIO, PAN_GOV, A9, location="Panama", location_country="PAN"),
        event("REJECT", MULINO, RUBIO, A10),
    ],
    "quotes": [
        quote("Präsident Nayib Bukele habe dies bei einem Treffen mit US-Außenminister Marco Rubio am Montag "
              "zugesagt", "US State Department", "indirect"),
        quote("Er sei auch bereit, inhaftierte US-Bürger und Menschen mit legalem Aufenthaltsstatus in den USA "
              "aufzunehmen", "Marco Rubio", "indirect"),
        quote("Kein Land hat je ein solches Angebot der Freundschaft gemacht", "Marco Rubio", "direct"),
        quote("die Gebühr sei für die USA gering, für El Salvador aber bedeutend", "Nayib Bukele", "indirect"),
        quote("Gefängnis für fremde Häftlinge", "Cristosal", "direct"),
        quote("das Land in ein »Gefängnis für fremde Häftlinge« zu verwandeln", "Cristosal", "indirect"),
        quote("notwendige Maßnahmen", "Marco Rubio", "direct"),
        quote("Washington werde »notwendige Maßnahmen« ergreifen, falls das Land den chinesischen Einfluss am "
              "Kanal nicht zurückdränge", "Marco Rubio", "indirect"),
        quote("Die Souveränität über den Kanal stehe nicht zur Debatte", "José Raúl Mulino", "indirect"),
    ],
    "entities": [
        entity("El Salvador", "GPE", "SLV", ["El Salvador"]),
        entity("United States", "GPE", "USA", ["den USA", "die USA", "Washington"]),
        entity("Panama", "GPE", "PAN", ["Panama", "Panamas"]),
        entity("China", "GPE", "CHN", ["chinesischen"]),
        entity("Nayib Bukele", "PER", "SLV", ["Präsident Nayib Bukele", "Er", "Bukele"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio", "Rubio", "der Minister"]),
        entity("José Raúl Mulino", "PER", "PAN", ["Panamas Präsident José Raúl Mulino"]),
        entity("US State Department", "ORG", "USA", ["das State Department"]),
        entity("Cristosal", "ORG", "SLV", ["Die Menschenrechtsorganisation Cristosal"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("San Salvador", "LOC", "SLV", ["San Salvador"]),
        entity("Casa Presidencial", "LOC", "SLV", ["dem Präsidentenpalast"]),
        entity("Panama Canal", "LOC", "PAN", ["am Kanal", "den Kanal"]),
    ],
}

# ---------------------------------------------------------------- hm30-de-02
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
CSC = actor("Superior Council of Communication of Burkina Faso", "BFA", "GOV")
BFA_ARMY = actor("Burkina Faso armed forces", "BFA", "MIL")
BBC = actor("BBC", "GBR", "BUS")
VOA = actor("Voice of America", "USA", "BUS")
DW = actor("Deutsche Welle", "DEU", "BUS")
LEMONDE = actor("Le Monde", "FRA", "BUS")
HRW = actor("Human Rights Watch", "NGO", "NGO")
USA_G2 = actor("United States", "USA", "GOV")

B1 = ("Ouagadougou (dpa) - Die Militärregierung in Burkina Faso hat die britische BBC und den US-Sender Voice "
      "of America für zwei Wochen gesperrt.")
B2 = ("Die Sender hätten mit ihrer Berichterstattung »die Armee diskreditiert«, erklärte der Oberste "
      "Kommunikationsrat am Donnerstag.")
B3 = ("Beide hatten über einen Bericht von Human Rights Watch berichtet, wonach Soldaten im Februar in den "
      "Dörfern Nondin und Soro mindestens 223 Zivilisten getötet haben sollen.")
B4 = ("Die Organisation sprach von einem »Massaker« und forderte eine unabhängige Untersuchung unter "
      "Beteiligung der Vereinten Nationen.")
B5 = "Kommunikationsminister Jean Emmanuel Ouédraogo wies die Vorwürfe als »haltlos« zurück."
B6 = ("Zudem sperrten die Behörden den Zugang zu den Webseiten der Deutschen Welle und der französischen "
      "Zeitung Le Monde.")
B7 = "Washington zeigte sich »zutiefst besorgt« und rief die Junta auf, die Pressefreiheit zu achten."
B8 = ("Seit dem Putsch von Hauptmann Ibrahim Traoré im September 2022 hat sich das Klima für Journalisten im "
      "Land deutlich verschlechtert.")

DE02 = {
    "id": "hm30-de-02", "lang": "de", "url": None, "published": "2024-04-26",
    "title": "Burkina Faso sperrt BBC und Voice of America",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8]),
    "events": [
        event("COERCE", BFA_GOV, BBC, B1, mode="censor", date="2024-04-25"),
        event("COERCE", BFA_GOV, VOA, B1, mode="censor", date="2024-04-25"),
        event("ACCUSE", CSC, BBC, B2, mode="disapprove", date="2024-04-25"),
        event("ACCUSE", CSC, VOA, B2, mode="disapprove", date="2024-04-25"),
        event("ACCUSE", HRW, BFA_ARMY, B3, mode="allege"),
        event("ACCUSE", HRW, BFA_ARMY, B4, mode="allege"),
        event("REQUEST", HRW, BFA_GOV, B4, mode="change"),
        event("COERCE", BFA_GOV, DW, B6, mode="censor"),
        event("COERCE", BFA_GOV, LEMONDE, B6, mode="censor"),
        event("REQUEST", USA_G2, BFA_GOV, B7, mode="change"),
    ],
    "quotes": [
        quote("die Armee diskreditiert", "Superior Council of Communication of Burkina Faso", "direct"),
        quote("Die Sender hätten mit ihrer Berichterstattung »die Armee diskreditiert«",
              "Superior Council of Communication of Burkina Faso", "indirect"),
        quote("Soldaten im Februar in den Dörfern Nondin und Soro mindestens 223 Zivilisten getötet haben sollen",
              "Human Rights Watch", "indirect"),
        quote("Massaker", "Human Rights Watch", "direct"),
        quote("haltlos", "Jean Emmanuel Ouédraogo", "direct"),
        quote("zutiefst besorgt", "United States", "direct"),
    ],
    "entities": [
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso", "Land"]),
        entity("Government of Burkina Faso", "ORG", "BFA",
               ["Die Militärregierung in Burkina Faso", "die Behörden", "die Junta"]),
        entity("Superior Council of Communication of Burkina Faso", "ORG", "BFA",
               ["der Oberste Kommunikationsrat"]),
        entity("Burkina Faso armed forces", "ORG", "BFA", ["die Armee", "Soldaten"]),
        entity("BBC", "ORG", "GBR", ["die britische BBC"]),
        entity("Voice of America", "ORG", "USA", ["den US-Sender Voice of America"]),
        entity("Deutsche Welle", "ORG", "DEU", ["der Deutschen Welle"]),
        entity("Le Monde", "ORG", "FRA", ["der französischen Zeitung Le Monde"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch", "Die Organisation"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Jean Emmanuel Ouédraogo", "PER", "BFA", ["Kommunikationsminister Jean Emmanuel Ouédraogo"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Hauptmann Ibrahim Traoré"]),
        entity("Ouagadougou", "LOC", "BFA", ["Ouagadougou"]),
        entity("Nondin", "LOC", "BFA", ["Nondin"]),
        entity("Soro", "LOC", "BFA", ["Soro"]),
    ],
}

# ---------------------------------------------------------------- hm30-de-03
HAMAS = actor("Hamas", "PSE", "REB")
ISR_GOV = actor("Israel", "ISR", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
PAL_PRISONERS = actor("Palestinian prisoners", "PSE", "CVL")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
UNRWA = actor("UNRWA", "UNO", "IGO")
GAZANS = actor("residents of the Gaza Strip", "PSE", "CVL")
BIDEN = actor("Joe Biden", "USA", "GOV")
TAMIM = actor("Tamim bin Hamad Al Thani", "QAT", "GOV")

C1 = ("Gaza/Tel Aviv (dpa) - Am ersten Tag der Feuerpause im Gaza-Krieg hat die islamistische Hamas 24 Geiseln "
      "freigelassen.")
C2 = "Unter ihnen seien 13 Israelis, zehn Thailänder und ein Philippiner, teilte das Außenministerium in Katar mit."
C3 = "Im Gegenzug entließ Israel am Freitag 39 palästinensische Frauen und Jugendliche aus seinen Gefängnissen."
C4 = "Die israelische Armee und die Hamas hatten am Freitagmorgen um 7.00 Uhr Ortszeit die Kämpfe eingestellt."
C5 = ("Beide Seiten hatten sich am Mittwoch auf eine viertägige Waffenruhe und den Austausch von 50 Geiseln "
      "gegen 150 palästinensische Häftlinge geeinigt.")
C6 = ("Ministerpräsident Benjamin Netanjahu bekräftigte, nach dem Ende der Feuerpause werde die Armee den Krieg "
      "fortsetzen, »bis alle Ziele erreicht sind«.")
C7 = ("Das UN-Palästinenserhilfswerk UNRWA verteilte am Freitag Lebensmittel und Treibstoff im Süden des "
      "Gazastreifens.")
C8 = ("Die Hamas warf Israel am Samstag vor, die vereinbarte Reihenfolge bei der Freilassung von Häftlingen "
      "nicht einzuhalten.")
C9 = ("Ein Sprecher des Weißen Hauses sagte, Präsident Joe Biden habe mit dem Emir von Katar telefoniert und "
      "ihm für seine Vermittlung gedankt.")

DE03 = {
    "id": "hm30-de-03", "lang": "de", "url": None, "published": "2023-11-25",
    "title": "Hamas lässt erste Geiseln frei – Israel entlässt palästinensische Häftlinge",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6], [C7, C8, C9]),
    "events": [
        event("RETREAT", HAMAS, ISR_GOV, C1, mode="release", date="2023-11-24"),
        event("RETREAT", ISR_GOV, PAL_PRISONERS, C3, mode="release", date="2023-11-24"),
        event("RETREAT", IDF, HAMAS, C4, mode="ceasefire", date="2023-11-24"),
        event("RETREAT", HAMAS, IDF, C4, mode="ceasefire", date="2023-11-24"),
        event("AGREE", ISR_GOV, HAMAS, C5, date="2023-11-22"),
        event("THREATEN", NETANYAHU, HAMAS, C6, mode="violence"),
        event("AID", UNRWA, GAZANS, C7, date="2023-11-24", location="Gaza Strip", location_country="PSE"),
        event("ACCUSE", HAMAS, ISR_GOV, C8, mode="allege", date="2023-11-25"),
        event("CONSULT", BIDEN, TAMIM, C9, mode="phone"),
        event("SUPPORT", BIDEN, TAMIM, C9),
    ],
    "quotes": [
        quote("Unter ihnen seien 13 Israelis, zehn Thailänder und ein Philippiner",
              "Ministry of Foreign Affairs of Qatar", "indirect"),
        quote("nach dem Ende der Feuerpause werde die Armee den Krieg fortsetzen, »bis alle Ziele erreicht sind«",
              "Benjamin Netanyahu", "indirect"),
        quote("bis alle Ziele erreicht sind", "Benjamin Netanyahu", "direct"),
        quote("die vereinbarte Reihenfolge bei der Freilassung von Häftlingen nicht einzuhalten", "Hamas",
              "indirect"),
        quote("Präsident Joe Biden habe mit dem Emir von Katar telefoniert und ihm für seine Vermittlung gedankt",
              "White House spokesperson", "indirect"),
    ],
    "entities": [
        entity("Hamas", "ORG", "PSE", ["die islamistische Hamas", "die Hamas", "Die Hamas"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee", "die Armee"]),
        entity("Qatar", "GPE", "QAT", ["Katar"]),
        entity("Ministry of Foreign Affairs of Qatar", "ORG", "QAT", ["das Außenministerium in Katar"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["dem Emir von Katar", "ihm"]),
        entity("White House", "ORG", "USA", ["des Weißen Hauses"]),
        entity("UNRWA", "ORG", "UNO", ["Das UN-Palästinenserhilfswerk UNRWA"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "des Gazastreifens"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
    ],
}

# ---------------------------------------------------------------- hm30-de-04
MODI = actor("Narendra Modi", "IND", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
IND_GOV = actor("India", "IND", "GOV")
CHN_GOV = actor("China", "CHN", "GOV")
IND_MIL = actor("Indian Army", "IND", "MIL")
CHN_MIL = actor("People's Liberation Army", "CHN", "MIL")
INC = actor("Indian National Congress", "IND", "PTY")
IND_GOVT = actor("Government of India", "IND", "GOV")

F1 = ("Kasan (Reuters) - Indiens Premierminister Narendra Modi und Chinas Staatschef Xi Jinping haben sich "
      "erstmals seit fünf Jahren zu einem bilateralen Gespräch getroffen.")
F2 = ("Am Rande des Brics-Gipfels im russischen Kasan vereinbarten beide am Mittwoch, den Dialog über den "
      "Grenzstreit im Himalaya wiederzubeleben.")
F3 = "»Frieden und Stabilität an der Grenze sollten unsere Priorität bleiben«, sagte Modi."
F4 = "Xi sagte, beide Länder sollten »Partner und keine Rivalen« sein."
F5 = ("Bereits am Montag hatte Außenstaatssekretär Vikram Misri mitgeteilt, Neu-Delhi und Peking hätten sich "
      "auf Patrouillen entlang der umstrittenen Grenze in Ladakh geeinigt.")
F6 = "Demnach werden beide Armeen ihre Truppen aus den Gebieten Depsang und Demchok abziehen."
F7 = ("Peking bestätigte die Einigung am Dienstag; man sei bereit, die Differenzen mit Neu-Delhi »angemessen "
      "zu lösen«, sagte Außenamtssprecher Lin Jian.")
F8 = ("Nach einem tödlichen Zusammenstoß im Galwan-Tal im Juni 2020 hatten beide Länder Zehntausende Soldaten "
      "an die Grenze verlegt.")
F9 = ("Die oppositionelle Kongresspartei forderte die Regierung auf, das Parlament über die Einzelheiten der "
      "Vereinbarung zu unterrichten.")

DE04 = {
    "id": "hm30-de-04", "lang": "de", "url": None, "published": "2024-10-24",
    "title": "Modi und Xi treffen sich erstmals seit fünf Jahren",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9]),
    "events": [
        event("CONSULT", MODI, XI, F1, date="2024-10-23", location="Kazan", location_country="RUS"),
        event("AGREE", MODI, XI, F2, date="2024-10-23", location="Kazan", location_country="RUS"),
        event("AGREE", IND_GOV, CHN_GOV, F5, date="2024-10-21"),
        event("CONCEDE", IND_MIL, CHN_GOV, F6),
        event("CONCEDE", CHN_MIL, IND_GOV, F6),
        event("AGREE", CHN_GOV, IND_GOV, F7, date="2024-10-22"),
        event("MOBILIZE", IND_MIL, None, F8, mode="troops"),
        event("MOBILIZE", CHN_MIL, None, F8, mode="troops"),
        event("REQUEST", INC, IND_GOVT, F9, mode="change"),
    ],
    "quotes": [
        quote("Frieden und Stabilität an der Grenze sollten unsere Priorität bleiben", "Narendra Modi", "direct"),
        quote("beide Länder sollten »Partner und keine Rivalen« sein", "Xi Jinping", "indirect"),
        quote("Partner und keine Rivalen", "Xi Jinping", "direct"),
        quote("Neu-Delhi und Peking hätten sich auf Patrouillen entlang der umstrittenen Grenze in Ladakh geeinigt",
              "Vikram Misri", "indirect"),
        quote("man sei bereit, die Differenzen mit Neu-Delhi »angemessen zu lösen«", "Lin Jian", "indirect"),
        quote("angemessen zu lösen", "Lin Jian", "direct"),
    ],
    "entities": [
        entity("India", "GPE", "IND", ["Indiens", "Neu-Delhi"]),
        entity("China", "GPE", "CHN", ["Chinas", "Peking"]),
        entity("Russia", "GPE", "RUS", ["russischen"]),
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi", "Modi"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staatschef Xi Jinping", "Xi"]),
        entity("Vikram Misri", "PER", "IND", ["Außenstaatssekretär Vikram Misri"]),
        entity("Lin Jian", "PER", "CHN", ["Außenamtssprecher Lin Jian"]),
        entity("BRICS", "ORG", "IGO", ["des Brics-Gipfels"]),
        entity("Indian National Congress", "ORG", "IND", ["Die oppositionelle Kongresspartei"]),
        entity("Government of India", "ORG", "IND", ["die Regierung"]),
        entity("Parliament of India", "ORG", "IND", ["das Parlament"]),
        entity("Kazan", "LOC", "RUS", ["Kasan"]),
        entity("Himalaya", "LOC", None, ["Himalaya"]),
        entity("Ladakh", "LOC", "IND", ["Ladakh"]),
        entity("Depsang", "LOC", "IND", ["Depsang"]),
        entity("Demchok", "LOC", "IND", ["Demchok"]),
        entity("Galwan Valley", "LOC", "IND", ["Galwan-Tal"]),
    ],
}

# ---------------------------------------------------------------- hm30-en-01
FIN_POLICE = actor("Finnish police", "FIN", "COP")
EAGLE_S = actor("Eagle S", "COK", "BUS")
EAGLE_CREW = actor("crew of the Eagle S", "COK", "BUS")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
RUS_GOV = actor("Russia", "RUS", "GOV")
FIN_GOV = actor("Finland", "FIN", "GOV")
EST_GOV = actor("Estonia", "EST", "GOV")
NATO = actor("NATO", "IGO", "IGO")
EST_NAVY = actor("Estonian Navy", "EST", "MIL")

G1 = ("HELSINKI (Reuters) - Finnish police have seized an oil tanker suspected of damaging the Estlink 2 power "
      "cable between Finland and Estonia, investigators said on Friday.")
G2 = "Police special forces boarded the Cook Islands-flagged Eagle S on Thursday and steered it into Finnish waters."
G3 = ("Investigators have opened an inquiry into aggravated sabotage and believe the ship's anchor dragged along "
      "the seabed.")
G3B = "No crew members have been arrested so far."
G4 = ("EU foreign policy chief Kaja Kallas said the vessel was part of Russia's “shadow fleet” of ageing tankers "
      "used to evade sanctions on Russian oil.")
G5 = "Brussels would propose further measures to target the fleet, she added."
G6 = "The Kremlin's spokesman said the incident had nothing to do with Moscow."
G7 = ("Finland and Estonia asked NATO for help, and the alliance has increased its naval presence in the Baltic "
      "Sea, Secretary General Mark Rutte said.")
G8 = "Estonia's navy also sent a patrol vessel to protect the Estlink 1 cable."
G9 = "“We will not let critical infrastructure be held hostage,” Finnish President Alexander Stubb wrote on X."

EN01 = {
    "id": "hm30-en-01", "lang": "en", "url": None, "published": "2024-12-27",
    "title": "Finland seizes tanker suspected of damaging Baltic Sea power cable",
    "text": paragraphs([G1, G2, G3, G3B], [G4, G5, G6], [G7, G8, G9]),
    "events": [
        event("COERCE", FIN_POLICE, EAGLE_S, G1, mode="seize", date="2024-12-26"),
        event("COERCE", FIN_POLICE, EAGLE_S, G2, mode="seize", date="2024-12-26"),
        event("ACCUSE", FIN_POLICE, EAGLE_S, G3, mode="investigate"),
        event("COERCE", FIN_POLICE, EAGLE_CREW, G3B, mode="arrest", negated=True),
        event("ACCUSE", KALLAS, RUS_GOV, G4, mode="allege"),
        event("REQUEST", FIN_GOV, NATO, G7, mode="assist"),
        event("REQUEST", EST_GOV, NATO, G7, mode="assist"),
        event("MOBILIZE", NATO, None, G7, mode="troops", location="Baltic Sea"),
        event("MOBILIZE", EST_NAVY, None, G8, mode="troops"),
    ],
    "quotes": [
        quote("Finnish police have seized an oil tanker suspected of damaging the Estlink 2 power cable between "
              "Finland and Estonia", "Finnish National Bureau of Investigation", "indirect"),
        quote("the vessel was part of Russia's “shadow fleet” of ageing tankers used to evade sanctions on "
              "Russian oil", "Kaja Kallas", "indirect"),
        quote("shadow fleet", "Kaja Kallas", "direct"),
        quote("Brussels would propose further measures to target the fleet", "Kaja Kallas", "indirect"),
        quote("the incident had nothing to do with Moscow", "Dmitry Peskov", "indirect"),
        quote("Finland and Estonia asked NATO for help, and the alliance has increased its naval presence in the "
              "Baltic Sea", "Mark Rutte", "indirect"),
        quote("We will not let critical infrastructure be held hostage", "Alexander Stubb", "direct"),
    ],
    "entities": [
        entity("Finland", "GPE", "FIN", ["Finland", "Finnish"]),
        entity("Estonia", "GPE", "EST", ["Estonia", "Estonia's"]),
        entity("Russia", "GPE", "RUS", ["Russia's", "Russian", "Moscow"]),
        entity("Cook Islands", "GPE", "COK", ["Cook Islands"]),
        entity("Finnish police", "ORG", "FIN", ["Finnish police", "Police special forces"]),
        entity("Finnish National Bureau of Investigation", "ORG", "FIN", ["investigators", "Investigators"]),
        entity("Eagle S", "ORG", "COK", ["an oil tanker", "the Cook Islands-flagged Eagle S", "the ship's",
                                          "the vessel"]),
        entity("Estlink 2", "LOC", None, ["the Estlink 2 power cable"]),
        entity("Estlink 1", "LOC", None, ["the Estlink 1 cable"]),
        entity("European Union", "ORG", "EUR", ["EU", "Brussels"]),
        entity("Kaja Kallas", "PER", "EUR", ["EU foreign policy chief Kaja Kallas", "she"]),
        entity("Kremlin", "ORG", "RUS", ["The Kremlin's"]),
        entity("Dmitry Peskov", "PER", "RUS", ["The Kremlin's spokesman"]),
        entity("NATO", "ORG", "IGO", ["NATO", "the alliance"]),
        entity("Mark Rutte", "PER", "IGO", ["Secretary General Mark Rutte"]),
        entity("Estonian Navy", "ORG", "EST", ["Estonia's navy"]),
        entity("Alexander Stubb", "PER", "FIN", ["Finnish President Alexander Stubb"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Baltic Sea", "LOC", None, ["the Baltic Sea"]),
        entity("Helsinki", "LOC", "FIN", ["HELSINKI"]),
    ],
}

# ---------------------------------------------------------------- hm30-en-02
CHN_NAVY = actor("People's Liberation Army Navy", "CHN", "MIL")
CHN = actor("China", "CHN", "GOV")
AUS = actor("Australia", "AUS", "GOV")
WONG = actor("Penny Wong", "AUS", "GOV")
WANG = actor("Wang Yi", "CHN", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
COLLINS = actor("Judith Collins", "NZL", "GOV")

H1 = ("SYDNEY (AP) - Chinese warships conducted live-fire drills in international waters between Australia and "
      "New Zealand on Friday, forcing dozens of commercial flights to change course.")
H2 = ("Foreign Minister Penny Wong said she had raised the lack of notice with her Chinese counterpart Wang Yi "
      "at a meeting of G20 foreign ministers in Johannesburg.")
H3 = "“This was not a good way to notify of a live-fire exercise,” Wong told reporters."
H4 = "Prime Minister Anthony Albanese said Beijing should have given civilian airlines more warning."
H5 = ("New Zealand's Defence Minister Judith Collins called the task group's presence “unusual” and urged "
      "Beijing to be more transparent.")
H6 = ("China's defence ministry rejected the criticism, saying the drills were conducted “in a safe, standard "
      "and professional manner” in line with international law.")
H7 = "Beijing accused Canberra of “hyping” the exercise."
H8 = "Wang and Wong agreed to keep channels of communication open, according to Australian officials."

EN02 = {
    "id": "hm30-en-02", "lang": "en", "url": None, "published": "2025-02-22",
    "title": "Australia and New Zealand criticise Chinese live-fire drills in Tasman Sea",
    "text": paragraphs([H1, H2, H3], [H4, H5], [H6, H7, H8]),
    "events": [
        event("MOBILIZE", CHN_NAVY, None, H1, mode="weapons", date="2025-02-21", location="Tasman Sea"),
        event("CONSULT", WONG, WANG, H2, mode="third-party", location="Johannesburg", location_country="ZAF"),
        event("ACCUSE", WONG, WANG, H2, mode="disapprove", location="Johannesburg", location_country="ZAF"),
        event("ACCUSE", WONG, CHN, H3, mode="disapprove"),
        event("ACCUSE", ALBANESE, CHN, H4, mode="disapprove"),
        event("REQUEST", COLLINS, CHN, H5, mode="change"),
        event("ACCUSE", CHN, AUS, H7, mode="disapprove"),
        event("AGREE", WANG, WONG, H8),
    ],
    "quotes": [
        quote("she had raised the lack of notice with her Chinese counterpart Wang Yi at a meeting of G20 foreign "
              "ministers in Johannesburg", "Penny Wong", "indirect"),
        quote("This was not a good way to notify of a live-fire exercise", "Penny Wong", "direct"),
        quote("Beijing should have given civilian airlines more warning", "Anthony Albanese", "indirect"),
        quote("unusual", "Judith Collins", "direct"),
        quote("the drills were conducted “in a safe, standard and professional manner” in line with "
              "international law", "Ministry of National Defense of China", "indirect"),
        quote("in a safe, standard and professional manner", "Ministry of National Defense of China", "direct"),
        quote("hyping", "China", "direct"),
        quote("Wang and Wong agreed to keep channels of communication open", "Australian officials", "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["Chinese", "Beijing", "China's"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra", "Australian"]),
        entity("New Zealand", "GPE", "NZL", ["New Zealand", "New Zealand's"]),
        entity("People's Liberation Army Navy", "ORG", "CHN", ["Chinese warships", "the task group's"]),
        entity("Penny Wong", "PER", "AUS", ["Foreign Minister Penny Wong", "she", "Wong"]),
        entity("Wang Yi", "PER", "CHN", ["her Chinese counterpart Wang Yi", "Wang"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese"]),
        entity("Judith Collins", "PER", "NZL", ["New Zealand's Defence Minister Judith Collins"]),
        entity("Ministry of National Defense of China", "ORG", "CHN", ["China's defence ministry"]),
        entity("G20", "ORG", "IGO", ["G20"]),
        entity("Johannesburg", "LOC", "ZAF", ["Johannesburg"]),
        entity("Tasman Sea", "LOC", None, ["international waters between Australia and New Zealand"]),
        entity("Sydney", "LOC", "AUS", ["SYDNEY"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
