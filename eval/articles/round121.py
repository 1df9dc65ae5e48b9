"""Round 121: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm121-de-01: Bosnia's state court sentences Republika Srpska president Milorad Dodik; Dodik threatens to ban state agencies (2025-02-26).
- hm121-de-02: US Secretary of State Rubio warns Venezuela during a visit to Guyana; security memorandum signed (2025-03-27).
- hm121-de-03: Finland seizes the tanker Eagle S after the Estlink 2 cable is damaged in the Gulf of Finland (2024-12-27).
- hm121-de-04: Spain withdraws its ambassador from Buenos Aires after Milei insults Sánchez's wife (2024-05-21).
- hm121-en-01: The Dominican Republic starts mass deportations of Haitians; Haiti and the UN object (2024-10-04).
- hm121-en-02: Kosovo police close Serbian-run parallel institutions in the north; Belgrade and the EU criticise (2025-01-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm121-de-01
BIH_COURT = actor("Court of Bosnia and Herzegovina", "BIH", "JUD")
DODIK = actor("Milorad Dodik", "BIH", "GOV")
LUKIC = actor("Miloš Lukić", "BIH", "GOV")
DODIK_SUPPORTERS = actor("Dodik supporters", "BIH", "CVL")
SCHMIDT = actor("Christian Schmidt", "IGO", "IGO")
BIH_PROSECUTOR = actor("Prosecutor's Office of Bosnia and Herzegovina", "BIH", "JUD")
SIPA = actor("State Investigation and Protection Agency", "BIH", "COP")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
RS_LEADERSHIP = actor("Leadership of Republika Srpska", "BIH", "GOV")

B1 = "Das Staatsgericht von Bosnien und Herzegowina hat den Präsidenten der bosnischen Serbenrepublik, Milorad Dodik, am Mittwoch zu einem Jahr Haft verurteilt."
B2 = "Zudem darf der 65-jährige Politiker sechs Jahre lang kein politisches Amt ausüben."
B3 = "Die Richter in Sarajevo sahen es als erwiesen an, dass Dodik Entscheidungen des Hohen Repräsentanten Christian Schmidt missachtet hatte."
B4 = "Der mitangeklagte Direktor des Amtsblatts der Republika Srpska, Miloš Lukić, wurde freigesprochen."
B5 = "Das Urteil ist noch nicht rechtskräftig."
B6 = "Bereits am Nachmittag hatten sich Tausende Anhänger Dodiks vor dem Regierungssitz in Banja Luka versammelt, um gegen den Prozess zu protestieren."
B7 = "Dodik nannte das Urteil dort einen „politischen Angriff“ auf die Republika Srpska und warf Schmidt vor, sich wie ein Kolonialherr aufzuführen."
B8 = "„Es gibt kein Bosnien und Herzegowina mehr“, rief er der Menge zu."
B9 = "Das Parlament der Republika Srpska werde noch in dieser Woche Gesetze beschließen, die der Staatsanwaltschaft und der Polizeibehörde SIPA jede Tätigkeit in der Entität untersagen, kündigte Dodik an."
B10 = "Der serbische Präsident Aleksandar Vučić reiste noch am Abend nach Banja Luka, um Dodik seine Unterstützung zuzusichern."
B11 = "Der Hohe Repräsentant rief die Führung der Republika Srpska auf, das Urteil zu respektieren und auf „gefährliche Schritte“ zu verzichten."

DE01 = {
    "id": "hm121-de-01", "lang": "de", "url": None, "published": "2025-02-26",
    "title": "Ein Jahr Haft für Serbenführer Dodik",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8, B9], [B10, B11]),
    "events": [
        event("SANCTION", BIH_COURT, DODIK, B1, mode="convict", date="2025-02-26", location="Sarajevo", location_country="BIH"),
        event("COERCE", BIH_COURT, DODIK, B1, mode="arrest", date="2025-02-26", location="Sarajevo", location_country="BIH"),
        event("COERCE", BIH_COURT, DODIK, B2, mode="restrict"),
        event("SANCTION", BIH_COURT, DODIK, B3, mode="convict", date="2025-02-26", location="Sarajevo", location_country="BIH"),
        event("CONCEDE", BIH_COURT, LUKIC, B4, date="2025-02-26", location="Sarajevo", location_country="BIH"),
        event("PROTEST", DODIK_SUPPORTERS, BIH_COURT, B6, mode="demo", date="2025-02-26", location="Banja Luka", location_country="BIH"),
        event("ACCUSE", DODIK, BIH_COURT, B7, mode="disapprove", date="2025-02-26", location="Banja Luka", location_country="BIH"),
        event("ACCUSE", DODIK, SCHMIDT, B7, mode="allege", date="2025-02-26", location="Banja Luka", location_country="BIH"),
        event("THREATEN", DODIK, BIH_PROSECUTOR, B9, mode="restrict"),
        event("THREATEN", DODIK, SIPA, B9, mode="restrict"),
        event("CONSULT", VUCIC, DODIK, B10, mode="visit", date="2025-02-26", location="Banja Luka", location_country="BIH"),
        event("SUPPORT", VUCIC, DODIK, B10, date="2025-02-26", location="Banja Luka", location_country="BIH"),
        event("REQUEST", SCHMIDT, RS_LEADERSHIP, B11),
    ],
    "quotes": [
        quote("dass Dodik Entscheidungen des Hohen Repräsentanten Christian Schmidt missachtet hatte", "Court of Bosnia and Herzegovina", "indirect"),
        quote("politischen Angriff", "Milorad Dodik", "direct"),
        quote("sich wie ein Kolonialherr aufzuführen", "Milorad Dodik", "indirect"),
        quote("Es gibt kein Bosnien und Herzegowina mehr", "Milorad Dodik", "direct"),
        quote("Das Parlament der Republika Srpska werde noch in dieser Woche Gesetze beschließen, die der Staatsanwaltschaft und der Polizeibehörde SIPA jede Tätigkeit in der Entität untersagen", "Milorad Dodik", "indirect"),
        quote("gefährliche Schritte", "Christian Schmidt", "direct"),
    ],
    "entities": [
        entity("Bosnia and Herzegovina", "GPE", "BIH", ["Bosnien und Herzegowina"]),
        entity("Court of Bosnia and Herzegovina", "ORG", "BIH", ["Das Staatsgericht von Bosnien und Herzegowina", "Die Richter in Sarajevo"]),
        entity("Milorad Dodik", "PER", "BIH", ["Milorad Dodik", "der 65-jährige Politiker", "Dodik", "er"]),
        entity("Republika Srpska", "GPE", "BIH", ["der bosnischen Serbenrepublik", "Republika Srpska", "der Entität"]),
        entity("Sarajevo", "LOC", "BIH", ["Sarajevo"]),
        entity("Christian Schmidt", "PER", "IGO", ["des Hohen Repräsentanten Christian Schmidt", "Schmidt", "Der Hohe Repräsentant"]),
        entity("Miloš Lukić", "PER", "BIH", ["Der mitangeklagte Direktor des Amtsblatts der Republika Srpska, Miloš Lukić"]),
        entity("Official Gazette of Republika Srpska", "ORG", "BIH", ["des Amtsblatts der Republika Srpska"]),
        entity("Dodik supporters", "ORG", "BIH", ["Tausende Anhänger Dodiks", "der Menge"]),
        entity("Government of Republika Srpska building", "LOC", "BIH", ["dem Regierungssitz in Banja Luka"]),
        entity("Banja Luka", "LOC", "BIH", ["Banja Luka"]),
        entity("National Assembly of Republika Srpska", "ORG", "BIH", ["Das Parlament der Republika Srpska"]),
        entity("Prosecutor's Office of Bosnia and Herzegovina", "ORG", "BIH", ["der Staatsanwaltschaft"]),
        entity("State Investigation and Protection Agency", "ORG", "BIH", ["der Polizeibehörde SIPA"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Der serbische Präsident Aleksandar Vučić"]),
        entity("Leadership of Republika Srpska", "ORG", "BIH", ["die Führung der Republika Srpska"]),
    ],
}

# ---------------------------------------------------------------- hm121-de-02
RUBIO = actor("Marco Rubio", "USA", "GOV")
USA = actor("United States", "USA", "GOV")
VEN = actor("Venezuela", "VEN", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
VEN_NAVY = actor("Venezuelan Navy", "VEN", "MIL")
GUY = actor("Guyana", "GUY", "GOV")
ALI = actor("Irfaan Ali", "GUY", "GOV")
GIL = actor("Yván Gil", "VEN", "GOV")
ICJ = actor("International Court of Justice", "UNO", "JUD")

C1 = "US-Außenminister Marco Rubio hat Venezuela bei einem Besuch in Guyana am Donnerstag vor einem Angriff auf das Nachbarland gewarnt."
C2 = "Sollte Venezuela Guyana oder die Anlagen des US-Ölkonzerns ExxonMobil angreifen, werde das „ein sehr schlechter Tag“ für die Regierung in Caracas, sagte Rubio nach einem Treffen mit Präsident Irfaan Ali in Georgetown."
C3 = "„Das wird für sie nicht gut ausgehen“, fügte er hinzu."
C4 = "Beide Regierungen unterzeichneten zudem eine Absichtserklärung über eine engere Zusammenarbeit in Sicherheitsfragen."
C5 = "Ali dankte Washington für die Unterstützung und warf der Regierung von Nicolás Maduro vor, die Souveränität seines Landes immer wieder zu verletzen."
C6 = "Anfang März war ein Patrouillenboot der venezolanischen Marine in guyanische Gewässer eingedrungen und hatte sich Förderschiffen von ExxonMobil genähert."
C7 = "Caracas beansprucht die ölreiche Region Essequibo, die rund zwei Drittel des guyanischen Staatsgebiets ausmacht, und will dort im Mai erstmals einen eigenen Gouverneur wählen lassen."
C8 = "Venezuelas Außenminister Yván Gil wies Rubios Äußerungen als „Drohungen“ zurück."
C9 = "Venezuela lasse sich nicht von einem Vertreter des „Imperiums“ einschüchtern, der nach Georgetown gereist sei, um die Interessen von ExxonMobil zu verteidigen, erklärte der Minister."
C10 = "Der Streit um die Region liegt seit 2018 beim Internationalen Gerichtshof in Den Haag, dessen Zuständigkeit Venezuela nicht anerkennt."

DE02 = {
    "id": "hm121-de-02", "lang": "de", "url": None, "published": "2025-03-27",
    "title": "Rubio warnt Venezuela vor Angriff auf Guyana",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10]),
    "events": [
        event("THREATEN", RUBIO, VEN, C1, date="2025-03-27", location="Georgetown", location_country="GUY"),
        event("CONSULT", RUBIO, GUY, C1, mode="visit", date="2025-03-27", location="Georgetown", location_country="GUY"),
        event("THREATEN", RUBIO, VEN_GOV, C2, date="2025-03-27", location="Georgetown", location_country="GUY"),
        event("CONSULT", RUBIO, ALI, C2, mode="visit", date="2025-03-27", location="Georgetown", location_country="GUY"),
        event("THREATEN", RUBIO, VEN_GOV, C3, date="2025-03-27", location="Georgetown", location_country="GUY"),
        event("SUPPORT", USA, GUY, C4, date="2025-03-27", location="Georgetown", location_country="GUY"),
        event("SUPPORT", ALI, USA, C5, date="2025-03-27", location="Georgetown", location_country="GUY"),
        event("ACCUSE", ALI, VEN_GOV, C5, mode="allege", date="2025-03-27", location="Georgetown", location_country="GUY"),
        event("MOBILIZE", VEN_NAVY, GUY, C6, mode="weapons", location="Guyanese waters", location_country="GUY"),
        event("THREATEN", VEN_GOV, GUY, C7, mode="territory", location="Essequibo", location_country="GUY"),
        event("ACCUSE", GIL, RUBIO, C8, mode="disapprove"),
        event("ACCUSE", GIL, RUBIO, C9, mode="allege"),
        event("REJECT", VEN, ICJ, C10),
    ],
    "quotes": [
        quote("ein sehr schlechter Tag", "Marco Rubio", "direct"),
        quote("Sollte Venezuela Guyana oder die Anlagen des US-Ölkonzerns ExxonMobil angreifen, werde das „ein sehr schlechter Tag“ für die Regierung in Caracas", "Marco Rubio", "indirect"),
        quote("Das wird für sie nicht gut ausgehen", "Marco Rubio", "direct"),
        quote("die Souveränität seines Landes immer wieder zu verletzen", "Irfaan Ali", "indirect"),
        quote("Drohungen", "Yván Gil", "direct"),
        quote("Imperiums", "Yván Gil", "direct"),
        quote("Venezuela lasse sich nicht von einem Vertreter des „Imperiums“ einschüchtern, der nach Georgetown gereist sei, um die Interessen von ExxonMobil zu verteidigen", "Yván Gil", "indirect"),
    ],
    "entities": [
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio", "Rubio", "er", "einem Vertreter des „Imperiums“"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "Caracas"]),
        entity("Guyana", "GPE", "GUY", ["Guyana", "das Nachbarland", "seines Landes"]),
        entity("ExxonMobil", "ORG", "USA", ["des US-Ölkonzerns ExxonMobil", "ExxonMobil"]),
        entity("Government of Venezuela", "ORG", "VEN", ["die Regierung in Caracas", "sie", "der Regierung von Nicolás Maduro"]),
        entity("Irfaan Ali", "PER", "GUY", ["Präsident Irfaan Ali", "Ali"]),
        entity("Georgetown", "LOC", "GUY", ["Georgetown"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Nicolás Maduro"]),
        entity("Venezuelan Navy", "ORG", "VEN", ["der venezolanischen Marine"]),
        entity("Guyanese waters", "LOC", "GUY", ["guyanische Gewässer"]),
        entity("Essequibo", "LOC", "GUY", ["die ölreiche Region Essequibo", "die Region"]),
        entity("Yván Gil", "PER", "VEN", ["Venezuelas Außenminister Yván Gil", "der Minister"]),
        entity("International Court of Justice", "ORG", "UNO", ["Internationalen Gerichtshof"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
    ],
}

# ---------------------------------------------------------------- hm121-de-03
FIN = actor("Finland", "FIN", "GOV")
FIN_POLICE = actor("Finnish police", "FIN", "COP")
FIN_BORDER = actor("Finnish Border Guard", "FIN", "COP")
FIN_NBI = actor("National Bureau of Investigation", "FIN", "COP")
EAGLE_S = actor("Eagle S", "COK", "BUS")
STUBB = actor("Alexander Stubb", "FIN", "GOV")
KARIS = actor("Alar Karis", "EST", "GOV")
EST_NAVY = actor("Estonian Navy", "EST", "MIL")
TSAHKNA = actor("Margus Tsahkna", "EST", "GOV")
SHADOW_FLEET = actor("Russian shadow fleet", "RUS", "BUS")
EU = actor("European Union", "EUR", "IGO")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
RUTTE = actor("Mark Rutte", "IGO", "IGO")

D1 = "Nach der Beschädigung eines Stromkabels in der Ostsee hat Finnland einen Öltanker festgesetzt, der zur sogenannten russischen Schattenflotte gehören soll."
D2 = "Polizei und Grenzschutz brachten die unter der Flagge der Cookinseln fahrende Eagle S am Donnerstag unter ihre Kontrolle und lotsten sie in eine Bucht vor Porvoo östlich von Helsinki."
D3 = "Das Schiff soll mit seinem Anker das Unterseekabel Estlink 2 zwischen Finnland und Estland beschädigt haben."
D4 = "Die finnische Kriminalpolizei ermittelt wegen schwerer Sachbeschädigung gegen die Besatzung."
D5 = "„Wir nehmen die Lage sehr ernst“, sagte Ministerpräsident Petteri Orpo in Helsinki."
D6 = "Präsident Alexander Stubb telefonierte nach eigenen Angaben mit dem estnischen Präsidenten Alar Karis."
D7 = "Estland entsandte am Freitag ein Patrouillenschiff der Marine zum Schutz der zweiten Kabelverbindung Estlink 1 in den Finnischen Meerbusen."
D8 = "Außenminister Margus Tsahkna sprach von möglicher Sabotage durch die Schattenflotte und forderte die EU auf, deren Schiffe mit Sanktionen zu belegen."
D9 = "Die EU-Kommission verurteilte den Vorfall und kündigte an, weitere Tanker der Schattenflotte auf die Sanktionsliste zu setzen."
D10 = "Nato-Generalsekretär Mark Rutte sicherte Finnland die Solidarität des Bündnisses zu und kündigte an, die Nato werde ihre militärische Präsenz in der Ostsee verstärken."
D11 = "Der Kreml wollte den Vorfall zunächst nicht kommentieren."

DE03 = {
    "id": "hm121-de-03", "lang": "de", "url": None, "published": "2024-12-27",
    "title": "Finnland setzt Tanker nach Kabelschaden in der Ostsee fest",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11]),
    "events": [
        event("COERCE", FIN, EAGLE_S, D1, mode="seize", date="2024-12-26", location="Porvoo", location_country="FIN"),
        event("COERCE", FIN_POLICE, EAGLE_S, D2, mode="seize", date="2024-12-26", location="Porvoo", location_country="FIN"),
        event("COERCE", FIN_BORDER, EAGLE_S, D2, mode="seize", date="2024-12-26", location="Porvoo", location_country="FIN"),
        event("ACCUSE", FIN_NBI, EAGLE_S, D4, mode="investigate"),
        event("CONSULT", STUBB, KARIS, D6, mode="phone"),
        event("MOBILIZE", EST_NAVY, None, D7, mode="weapons", date="2024-12-27", location="Gulf of Finland"),
        event("ACCUSE", TSAHKNA, SHADOW_FLEET, D8, mode="allege"),
        event("REQUEST", TSAHKNA, EU, D8, mode="change"),
        event("ACCUSE", EU_COMMISSION, None, D9, mode="disapprove"),
        event("THREATEN", EU_COMMISSION, SHADOW_FLEET, D9, mode="restrict"),
        event("SUPPORT", RUTTE, FIN, D10),
        event("AGREE", RUTTE, FIN, D10),
    ],
    "quotes": [
        quote("Wir nehmen die Lage sehr ernst", "Petteri Orpo", "direct"),
        quote("Präsident Alexander Stubb telefonierte nach eigenen Angaben mit dem estnischen Präsidenten Alar Karis", "Alexander Stubb", "indirect"),
        quote("weitere Tanker der Schattenflotte auf die Sanktionsliste zu setzen", "European Commission", "indirect"),
        quote("die Nato werde ihre militärische Präsenz in der Ostsee verstärken", "Mark Rutte", "indirect"),
    ],
    "entities": [
        entity("Estlink 2", "LOC", None, ["eines Stromkabels", "das Unterseekabel Estlink 2"]),
        entity("Baltic Sea", "LOC", None, ["der Ostsee"]),
        entity("Finland", "GPE", "FIN", ["Finnland"]),
        entity("Eagle S", "ORG", "COK", ["einen Öltanker", "die unter der Flagge der Cookinseln fahrende Eagle S", "sie", "Das Schiff"]),
        entity("Russian shadow fleet", "ORG", "RUS", ["sogenannten russischen Schattenflotte", "die Schattenflotte", "der Schattenflotte"]),
        entity("Finnish police", "ORG", "FIN", ["Polizei"]),
        entity("Finnish Border Guard", "ORG", "FIN", ["Grenzschutz"]),
        entity("Cook Islands", "GPE", "COK", ["der Cookinseln"]),
        entity("Porvoo", "LOC", "FIN", ["Porvoo"]),
        entity("Helsinki", "LOC", "FIN", ["Helsinki"]),
        entity("Estonia", "GPE", "EST", ["Estland"]),
        entity("National Bureau of Investigation", "ORG", "FIN", ["Die finnische Kriminalpolizei"]),
        entity("Crew of the Eagle S", "ORG", None, ["die Besatzung"]),
        entity("Petteri Orpo", "PER", "FIN", ["Ministerpräsident Petteri Orpo"]),
        entity("Alexander Stubb", "PER", "FIN", ["Präsident Alexander Stubb"]),
        entity("Alar Karis", "PER", "EST", ["dem estnischen Präsidenten Alar Karis"]),
        entity("Estonian Navy", "ORG", "EST", ["der Marine"]),
        entity("Estlink 1", "LOC", None, ["der zweiten Kabelverbindung Estlink 1"]),
        entity("Gulf of Finland", "LOC", None, ["den Finnischen Meerbusen"]),
        entity("Margus Tsahkna", "PER", "EST", ["Außenminister Margus Tsahkna"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Mark Rutte", "PER", "IGO", ["Nato-Generalsekretär Mark Rutte"]),
        entity("NATO", "ORG", "IGO", ["Nato", "des Bündnisses"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
    ],
}

# ---------------------------------------------------------------- hm121-de-04
ESP = actor("Spain", "ESP", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
ARG = actor("Argentina", "ARG", "GOV")
MILEI = actor("Javier Milei", "ARG", "GOV")
GOMEZ = actor("Begoña Gómez", "ESP", "CVL")
MADRID_COURT = actor("Madrid court", "ESP", "JUD")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")

E1 = "Im diplomatischen Streit mit Argentinien hat Spanien am Dienstag seine Botschafterin in Buenos Aires endgültig abberufen."
E2 = "Außenminister José Manuel Albares begründete den Schritt damit, dass der argentinische Präsident Javier Milei sich nicht für seine Äußerungen über die Ehefrau von Regierungschef Pedro Sánchez entschuldigt habe."
E3 = "Milei hatte Begoña Gómez am Sonntag bei einer Veranstaltung der rechtspopulistischen Partei Vox in Madrid als „korrupt“ bezeichnet."
E4 = "Gegen Gómez ermittelt ein Madrider Gericht wegen des Verdachts der unerlaubten Einflussnahme, sie weist die Vorwürfe zurück."
E5 = "„Ohne Entschuldigung gibt es keine Rückkehr der Botschafterin“, sagte Albares vor Journalisten in Madrid."
E6 = "Spanien hatte die Entschuldigung bereits am Sonntag verlangt und am Montag den argentinischen Geschäftsträger ins Außenministerium einbestellt."
E7 = "Mileis Sprecher Manuel Adorni lehnte eine Entschuldigung am Dienstag erneut ab."
E8 = "Nicht Milei, sondern Sánchez schulde Argentinien eine Entschuldigung, weil Minister seiner Regierung den Präsidenten zuvor beleidigt hätten, sagte Adorni in Buenos Aires."
E9 = "Milei selbst legte in einem Radiointerview nach und nannte Sánchez einen „arroganten“ Politiker, der die Beziehungen beider Länder aus innenpolitischen Gründen aufs Spiel setze."
E10 = "Der Chef der oppositionellen Volkspartei, Alberto Núñez Feijóo, kritisierte Mileis Wortwahl, warf aber auch Sánchez vor, den Streit für den Europawahlkampf auszunutzen."
E11 = "Die Wirtschaftsbeziehungen seien von dem Streit nicht betroffen, versicherte Albares."

DE04 = {
    "id": "hm121-de-04", "lang": "de", "url": None, "published": "2024-05-21",
    "title": "Spanien zieht Botschafterin aus Argentinien ab",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11]),
    "events": [
        event("SANCTION", ESP, ARG, E1, mode="withdraw", date="2024-05-21"),
        event("ACCUSE", MILEI, GOMEZ, E3, mode="allege", date="2024-05-19", location="Madrid", location_country="ESP"),
        event("ACCUSE", MADRID_COURT, GOMEZ, E4, mode="investigate"),
        event("REQUEST", ESP, MILEI, E6, date="2024-05-19"),
        event("ACCUSE", ESP, ARG, E6, mode="disapprove", date="2024-05-20", location="Madrid", location_country="ESP"),
        event("REJECT", ADORNI, ESP, E7, date="2024-05-21"),
        event("REQUEST", ADORNI, SANCHEZ, E8, location="Buenos Aires", location_country="ARG"),
        event("ACCUSE", ADORNI, ESP_GOV, E8, mode="allege", location="Buenos Aires", location_country="ARG"),
        event("ACCUSE", MILEI, SANCHEZ, E9, mode="disapprove"),
        event("ACCUSE", FEIJOO, MILEI, E10, mode="disapprove"),
        event("ACCUSE", FEIJOO, SANCHEZ, E10, mode="allege"),
    ],
    "quotes": [
        quote("dass der argentinische Präsident Javier Milei sich nicht für seine Äußerungen über die Ehefrau von Regierungschef Pedro Sánchez entschuldigt habe", "José Manuel Albares", "indirect"),
        quote("korrupt", "Javier Milei", "direct"),
        quote("Ohne Entschuldigung gibt es keine Rückkehr der Botschafterin", "José Manuel Albares", "direct"),
        quote("Nicht Milei, sondern Sánchez schulde Argentinien eine Entschuldigung, weil Minister seiner Regierung den Präsidenten zuvor beleidigt hätten", "Manuel Adorni", "indirect"),
        quote("arroganten", "Javier Milei", "direct"),
        quote("der die Beziehungen beider Länder aus innenpolitischen Gründen aufs Spiel setze", "Javier Milei", "indirect"),
        quote("den Streit für den Europawahlkampf auszunutzen", "Alberto Núñez Feijóo", "indirect"),
        quote("Die Wirtschaftsbeziehungen seien von dem Streit nicht betroffen", "José Manuel Albares", "indirect"),
    ],
    "entities": [
        entity("Argentina", "GPE", "ARG", ["Argentinien"]),
        entity("Spain", "GPE", "ESP", ["Spanien"]),
        entity("Spanish Ambassador to Argentina", "PER", "ESP", ["seine Botschafterin in Buenos Aires", "der Botschafterin"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("José Manuel Albares", "PER", "ESP", ["Außenminister José Manuel Albares", "Albares"]),
        entity("Javier Milei", "PER", "ARG", ["der argentinische Präsident Javier Milei", "Milei", "den Präsidenten"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Regierungschef Pedro Sánchez", "Sánchez"]),
        entity("Begoña Gómez", "PER", "ESP", ["die Ehefrau von Regierungschef Pedro Sánchez", "Begoña Gómez", "Gómez", "sie"]),
        entity("Vox", "ORG", "ESP", ["der rechtspopulistischen Partei Vox"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Madrid court", "ORG", "ESP", ["ein Madrider Gericht"]),
        entity("Argentine chargé d'affaires in Spain", "PER", "ARG", ["den argentinischen Geschäftsträger"]),
        entity("Spanish Foreign Ministry", "ORG", "ESP", ["Außenministerium"]),
        entity("Manuel Adorni", "PER", "ARG", ["Mileis Sprecher Manuel Adorni", "Adorni"]),
        entity("Government of Spain", "ORG", "ESP", ["seiner Regierung"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["Der Chef der oppositionellen Volkspartei, Alberto Núñez Feijóo"]),
        entity("People's Party", "ORG", "ESP", ["der oppositionellen Volkspartei"]),
    ],
}

# ---------------------------------------------------------------- hm121-en-01
DOM_GOV = actor("Government of the Dominican Republic", "DOM", "GOV")
HTI_MIGRANTS = actor("Haitian migrants", "HTI", "CVL")
ABINADER = actor("Luis Abinader", "DOM", "GOV")
UN = actor("United Nations", "UNO", "IGO")
IOM = actor("International Organization for Migration", "UNO", "IGO")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
CONILLE = actor("Garry Conille", "HTI", "GOV")
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")
RIGHTS_GROUPS = actor("human rights groups", "NGO", "NGO")
DOM_POLICE = actor("Dominican police", "DOM", "COP")
DOM_ARMY = actor("Dominican army", "DOM", "MIL")

F1 = "Dominican authorities deported more than 1,200 Haitians on Thursday, the first day of an operation that the government says will expel up to 10,000 undocumented migrants a week."
F2 = "Buses carrying the deportees crossed into Haiti at the border towns of Dajabon and Elias Pina, migration officials said."
F3 = "President Luis Abinader, who announced the measure on Wednesday, said his country could not bear the burden of Haiti's crisis alone and accused the United Nations of failing to stabilize its neighbor."
F4 = "“We will not allow Haiti's crisis to become our crisis,” Abinader said in a televised address."
F5 = "Haiti's government condemned the deportations as “inhumane” and summoned the Dominican charge d'affaires in Port-au-Prince on Thursday."
F6 = "Prime Minister Garry Conille called on Santo Domingo to halt the expulsions and to treat Haitian migrants with dignity."
F7 = "The U.N. human rights office urged the Dominican Republic to suspend the deportations, saying gang violence in Haiti made returns unsafe."
F8 = "Rights groups said Dominican police and soldiers had raided homes and detained pregnant women and children in recent weeks."
F9 = "The Dominican army has deployed additional troops along the 390-km (240-mile) border with Haiti."
F10 = "The International Organization for Migration said it was providing food, water and medical checks to returnees on the Haitian side of the border."

EN01 = {
    "id": "hm121-en-01", "lang": "en", "url": None, "published": "2024-10-04",
    "title": "Dominican Republic deports over 1,200 Haitians as mass expulsions begin",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10]),
    "events": [
        event("COERCE", DOM_GOV, HTI_MIGRANTS, F1, mode="deport", date="2024-10-03"),
        event("COERCE", DOM_GOV, HTI_MIGRANTS, F2, mode="deport", date="2024-10-03", location="Dajabon", location_country="DOM"),
        event("ACCUSE", ABINADER, UN, F3, mode="disapprove"),
        event("ACCUSE", HTI_GOV, DOM_GOV, F5, mode="disapprove", date="2024-10-03", location="Port-au-Prince", location_country="HTI"),
        event("REQUEST", CONILLE, DOM_GOV, F6, mode="yield"),
        event("REQUEST", OHCHR, DOM_GOV, F7, mode="yield"),
        event("ACCUSE", RIGHTS_GROUPS, DOM_POLICE, F8, mode="allege"),
        event("ACCUSE", RIGHTS_GROUPS, DOM_ARMY, F8, mode="allege"),
        event("MOBILIZE", DOM_ARMY, None, F9, mode="troops", location="Dominican-Haitian border", location_country="DOM"),
        event("AID", IOM, HTI_MIGRANTS, F10, location_country="HTI"),
    ],
    "quotes": [
        quote("will expel up to 10,000 undocumented migrants a week", "Government of the Dominican Republic", "indirect"),
        quote("Buses carrying the deportees crossed into Haiti at the border towns of Dajabon and Elias Pina", "Dominican migration officials", "indirect"),
        quote("his country could not bear the burden of Haiti's crisis alone", "Luis Abinader", "indirect"),
        quote("failing to stabilize its neighbor", "Luis Abinader", "indirect"),
        quote("We will not allow Haiti's crisis to become our crisis", "Luis Abinader", "direct"),
        quote("inhumane", "Government of Haiti", "direct"),
        quote("gang violence in Haiti made returns unsafe", "UN Human Rights Office", "indirect"),
        quote("Dominican police and soldiers had raided homes and detained pregnant women and children in recent weeks", "human rights groups", "indirect"),
        quote("it was providing food, water and medical checks to returnees on the Haitian side of the border", "International Organization for Migration", "indirect"),
    ],
    "entities": [
        entity("Government of the Dominican Republic", "ORG", "DOM", ["Dominican authorities", "the government"]),
        entity("Haitian migrants", "ORG", "HTI", ["more than 1,200 Haitians", "undocumented migrants", "the deportees", "Haitian migrants", "returnees"]),
        entity("Haiti", "GPE", "HTI", ["Haiti", "its neighbor", "the Haitian side of the border"]),
        entity("Dajabon", "LOC", "DOM", ["Dajabon"]),
        entity("Elias Pina", "LOC", "DOM", ["Elias Pina"]),
        entity("Dominican migration officials", "ORG", "DOM", ["migration officials"]),
        entity("Luis Abinader", "PER", "DOM", ["President Luis Abinader", "Abinader"]),
        entity("Dominican Republic", "GPE", "DOM", ["his country", "Santo Domingo", "the Dominican Republic"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Government of Haiti", "ORG", "HTI", ["Haiti's government"]),
        entity("Dominican charge d'affaires in Haiti", "PER", "DOM", ["the Dominican charge d'affaires in Port-au-Prince"]),
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince"]),
        entity("Garry Conille", "PER", "HTI", ["Prime Minister Garry Conille"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["The U.N. human rights office"]),
        entity("human rights groups", "ORG", "NGO", ["Rights groups"]),
        entity("Dominican police", "ORG", "DOM", ["Dominican police"]),
        entity("Dominican army", "ORG", "DOM", ["soldiers", "The Dominican army"]),
        entity("Dominican-Haitian border", "LOC", None, ["the 390-km (240-mile) border with Haiti"]),
        entity("International Organization for Migration", "ORG", "UNO", ["The International Organization for Migration", "it"]),
    ],
}

# ---------------------------------------------------------------- hm121-en-02
KOS_POLICE = actor("Kosovo police", "XKX", "COP")
KOS_GOV = actor("Government of Kosovo", "XKX", "GOV")
SRB_PARALLEL = actor("Serbian-run parallel institutions", "SRB", "GOV")
SRB = actor("Serbia", "SRB", "GOV")
SVECLA = actor("Xhelal Svecla", "XKX", "GOV")
PETKOVIC = actor("Petar Petkovic", "SRB", "GOV")
KURTI = actor("Albin Kurti", "XKX", "GOV")
KFOR = actor("KFOR", "IGO", "IGO")
KOS_SERBS = actor("Kosovo Serbs", "XKX", "CVL")
EU_EN = actor("European Union", "EUR", "IGO")
US_EMBASSY = actor("U.S. Embassy in Pristina", "USA", "GOV")
SERB_GUNMEN = actor("Serb gunmen", "XKX", "REB")

G1 = "Kosovo police on Wednesday closed offices of Serbian-run parallel institutions in several municipalities, a move Belgrade condemned as an attack on the Serb minority."
G2 = "Officers sealed municipal buildings and post offices in Zvecan, Leposavic and Zubin Potok, Interior Minister Xhelal Svecla told reporters in Pristina."
G3 = "“These are illegal structures through which Belgrade keeps destabilizing Kosovo,” Svecla said."
G4 = "“The rule of law applies to every inch of our territory.”"
G5 = "Petar Petkovic, head of the Serbian government's office for Kosovo, accused Prime Minister Albin Kurti of trying to drive Serbs out of the north and called on NATO-led peacekeepers to protect them."
G6 = "Several hundred Serbs gathered outside the closed municipal building in Zvecan in protest but dispersed peacefully in the afternoon."
G7 = "The European Union criticized what it called uncoordinated unilateral steps and said the closures undermined the EU-facilitated dialogue between Belgrade and Pristina."
G8 = "Kurti rejected the criticism, saying his government was only enforcing Kosovo's laws."
G9 = "The U.S. embassy in Pristina urged Kurti's government to avoid any escalation, saying dialogue was the only way forward."
G10 = "Tensions in the north have been high since September 2023, when Serb gunmen killed a Kosovo police officer in a shootout near the village of Banjska."

EN02 = {
    "id": "hm121-en-02", "lang": "en", "url": None, "published": "2025-01-15",
    "title": "Kosovo police shut Serbian-run offices in the north, Belgrade cries foul",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9, G10]),
    "events": [
        event("COERCE", KOS_POLICE, SRB_PARALLEL, G1, mode="seize", date="2025-01-15"),
        event("ACCUSE", SRB, KOS_POLICE, G1, mode="disapprove", date="2025-01-15"),
        event("COERCE", KOS_POLICE, SRB_PARALLEL, G2, mode="seize", date="2025-01-15"),
        event("ACCUSE", SVECLA, SRB, G3, mode="allege"),
        event("ACCUSE", PETKOVIC, KURTI, G5, mode="allege"),
        event("REQUEST", PETKOVIC, KFOR, G5, mode="assist"),
        event("PROTEST", KOS_SERBS, KOS_GOV, G6, mode="demo", date="2025-01-15", location="Zvecan", location_country="XKX"),
        event("ACCUSE", EU_EN, KOS_GOV, G7, mode="disapprove"),
        event("REQUEST", US_EMBASSY, KOS_GOV, G9),
        event("ASSAULT", SERB_GUNMEN, KOS_POLICE, G10, mode="firearms", location="Banjska", location_country="XKX"),
    ],
    "quotes": [
        quote("Officers sealed municipal buildings and post offices in Zvecan, Leposavic and Zubin Potok", "Xhelal Svecla", "indirect"),
        quote("These are illegal structures through which Belgrade keeps destabilizing Kosovo", "Xhelal Svecla", "direct"),
        quote("The rule of law applies to every inch of our territory", "Xhelal Svecla", "direct"),
        quote("trying to drive Serbs out of the north", "Petar Petkovic", "indirect"),
        quote("the closures undermined the EU-facilitated dialogue between Belgrade and Pristina", "European Union", "indirect"),
        quote("his government was only enforcing Kosovo's laws", "Albin Kurti", "indirect"),
        quote("dialogue was the only way forward", "U.S. Embassy in Pristina", "indirect"),
    ],
    "entities": [
        entity("Kosovo police", "ORG", "XKX", ["Kosovo police", "Officers"]),
        entity("Serbian-run parallel institutions", "ORG", "SRB", ["Serbian-run parallel institutions", "illegal structures"]),
        entity("Serbia", "GPE", "SRB", ["Belgrade"]),
        entity("Kosovo Serbs", "ORG", "XKX", ["the Serb minority", "Serbs", "them", "Several hundred Serbs"]),
        entity("Zvecan", "LOC", "XKX", ["Zvecan"]),
        entity("Leposavic", "LOC", "XKX", ["Leposavic"]),
        entity("Zubin Potok", "LOC", "XKX", ["Zubin Potok"]),
        entity("Xhelal Svecla", "PER", "XKX", ["Interior Minister Xhelal Svecla", "Svecla"]),
        entity("Pristina", "LOC", "XKX", ["Pristina"]),
        entity("Kosovo", "GPE", "XKX", ["Kosovo", "our territory"]),
        entity("Petar Petkovic", "PER", "SRB", ["Petar Petkovic, head of the Serbian government's office for Kosovo"]),
        entity("Office for Kosovo and Metohija", "ORG", "SRB", ["the Serbian government's office for Kosovo"]),
        entity("Albin Kurti", "PER", "XKX", ["Prime Minister Albin Kurti", "Kurti"]),
        entity("North Kosovo", "LOC", "XKX", ["the north"]),
        entity("KFOR", "ORG", "IGO", ["NATO-led peacekeepers"]),
        entity("Zvecan municipal building", "LOC", "XKX", ["the closed municipal building in Zvecan"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("Government of Kosovo", "ORG", "XKX", ["his government", "Kurti's government"]),
        entity("U.S. Embassy in Pristina", "ORG", "USA", ["The U.S. embassy in Pristina"]),
        entity("Serb gunmen", "ORG", "XKX", ["Serb gunmen"]),
        entity("Kosovo police officer killed in Banjska", "PER", "XKX", ["a Kosovo police officer"]),
        entity("Banjska", "LOC", "XKX", ["the village of Banjska"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
