"""Round 255: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023, invented wording and details):
- hm255-de-01: Russia: the Wagner mutiny; Prigozhin's men seize the Southern Military District HQ in Rostov and down helicopters, Putin speaks of treason and threatens, the FSB opens a case, Sobyanin restricts Moscow, Lukashenko phones Prigozhin, who agrees to turn back, Peskov drops the charges, Biden calls Macron, Scholz and Sunak (2023-06-24).
- hm255-de-02: Ukraine: the Kakhovka dam is destroyed; Zelensky accuses Russia of blowing it up, Peskov accuses Kyiv of sabotage, Russian shells hit Kherson during the evacuation, Zelensky asks for a UN Security Council meeting, UN agencies deliver water, Michel blames Moscow, prosecutors investigate ecocide, Kuleba asks partners for pumps (2023-06-06).
- hm255-de-03: Kosovo: about 30 gunmen attack a police patrol near Banjska and kill an officer, then barricade themselves in the monastery; police special units besiege them, Kurti blames Belgrade, Vučić condemns the killing but blames Kurti, Borrell condemns, KFOR steps up patrols, cooperation with EULEX, arrests (2023-09-24).
- hm255-de-04: Azerbaijan/Armenia: one day into Azerbaijan's offensive in Nagorno-Karabakh the separatists agree to a ceasefire and to disarm, talks in Yevlakh agreed, Aliyev promises rights, Azerbaijani soldiers fire on Russian peacekeepers and Aliyev apologises to Putin, protests and arrests in Yerevan, Blinken presses Aliyev (2023-09-20).
- hm255-en-01: United States: the UAW strikes GM, Ford and Stellantis at once; Fain threatens to widen the strike, Farley rejects the demands, GM points to its offer, Biden backs the workers and sends Su and Sperling, no talks on Friday, Trump attacks Biden (2023-09-15).
- hm255-en-02: Canada/India: India expels a Canadian diplomat after Trudeau's "credible allegations" over the killing of Hardeep Singh Nijjar; Canada expelled Pavan Kumar Rai, India summons MacKay, Trudeau raised it with Modi, Washington, Poilievre and Singh react, no recall of Canada's envoy (2023-09-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm255-de-01 (Russia, Wagner mutiny)
PRIGOZHIN = actor("Yevgeny Prigozhin", "RUS", "REB")
WAGNER = actor("Wagner Group", "RUS", "REB")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")
RUS_AF = actor("Russian Aerospace Forces", "RUS", "MIL")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
FSB = actor("Federal Security Service of Russia", "RUS", "COP")
SOBYANIN = actor("Sergei Sobyanin", "RUS", "GOV")
LUKASHENKO = actor("Alexander Lukashenko", "BLR", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
SUNAK = actor("Rishi Sunak", "GBR", "GOV")

W1 = ("Moskau (AFP) - Nach einem dramatischen Tag hat Söldnerchef Jewgeni Prigoschin den Vormarsch seiner "
      "Wagner-Truppe auf Moskau gestoppt.")
W2 = ("Seine Kämpfer hatten in der Nacht das Hauptquartier des Militärbezirks Süd in Rostow am Don unter ihre "
      "Kontrolle gebracht und waren bis in das Gebiet Lipezk vorgerückt.")
W3 = "Unterwegs schossen sie mehrere Hubschrauber der russischen Luftwaffe ab."
W4 = "Präsident Wladimir Putin sprach in einer Fernsehansprache von „Verrat“ und einem „Dolchstoß“."
W5 = "Wer den Weg des Verrats gewählt habe, werde unausweichlich bestraft, sagte der Kremlchef."
W6 = "Der Inlandsgeheimdienst FSB leitete ein Strafverfahren wegen bewaffneter Meuterei gegen Prigoschin ein."
W7 = ("Moskaus Bürgermeister Sergej Sobjanin verhängte ein Anti-Terror-Regime über die Hauptstadt und erklärte den "
      "Montag zum arbeitsfreien Tag.")
W8 = ("Am Abend teilte das Präsidialamt in Minsk mit, Staatschef Alexander Lukaschenko habe mit Prigoschin "
      "telefoniert.")
W9 = "Dieser habe eingewilligt, seine Kolonnen anzuhalten."
W10 = "„Wir kehren um, um kein russisches Blut zu vergießen“, sagte Prigoschin in einer Sprachnachricht."
W11 = ("Kremlsprecher Dmitri Peskow sagte, das Strafverfahren werde eingestellt und der Wagner-Chef werde nach "
       "Belarus ausreisen.")
W12 = "Die Söldnertruppe gilt als die schlagkräftigste Einheit auf russischer Seite im Krieg gegen die Ukraine."
W13 = ("US-Präsident Joe Biden beriet sich telefonisch mit Frankreichs Präsident Emmanuel Macron, Bundeskanzler "
       "Olaf Scholz und dem britischen Premier Rishi Sunak.")

DE01 = {
    "id": "hm255-de-01", "lang": "de", "url": None, "published": "2023-06-24",
    "title": "Prigoschin stoppt Marsch auf Moskau nach Vermittlung Lukaschenkos",
    "text": paragraphs([W1, W2, W3], [W4, W5, W6, W7], [W8, W9, W10, W11], [W12, W13]),
    "events": [
        event("RETREAT", PRIGOZHIN, None, W1, mode="withdraw", date="2023-06-24"),
        event("COERCE", WAGNER, RUS_MOD, W2, mode="seize", date="2023-06-24", location="Rostov-on-Don",
              location_country="RUS"),
        event("ASSAULT", WAGNER, RUS_AF, W3, mode="heavy-weapons"),
        event("ACCUSE", PUTIN, WAGNER, W4, mode="disapprove"),
        event("THREATEN", PUTIN, WAGNER, W5),
        event("ACCUSE", FSB, PRIGOZHIN, W6, mode="investigate"),
        event("COERCE", SOBYANIN, None, W7, mode="restrict", location="Moscow", location_country="RUS"),
        event("CONSULT", LUKASHENKO, PRIGOZHIN, W8, mode="phone", date="2023-06-24"),
        event("AGREE", PRIGOZHIN, LUKASHENKO, W9),
        event("RETREAT", PRIGOZHIN, None, W10, mode="withdraw"),
        event("CONCEDE", PESKOV, PRIGOZHIN, W11),
        event("CONSULT", BIDEN, MACRON, W13, mode="phone"),
        event("CONSULT", BIDEN, SCHOLZ, W13, mode="phone"),
        event("CONSULT", BIDEN, SUNAK, W13, mode="phone"),
    ],
    "quotes": [
        quote("Verrat", "Vladimir Putin", "direct"),
        quote("Dolchstoß", "Vladimir Putin", "direct"),
        quote("Wer den Weg des Verrats gewählt habe, werde unausweichlich bestraft", "Vladimir Putin", "indirect"),
        quote("Staatschef Alexander Lukaschenko habe mit Prigoschin telefoniert",
              "Presidential Administration of Belarus", "indirect"),
        quote("Dieser habe eingewilligt, seine Kolonnen anzuhalten", "Presidential Administration of Belarus",
              "indirect"),
        quote("Wir kehren um, um kein russisches Blut zu vergießen", "Yevgeny Prigozhin", "direct"),
        quote("das Strafverfahren werde eingestellt und der Wagner-Chef werde nach Belarus ausreisen",
              "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau", "Moskaus", "die Hauptstadt"]),
        entity("Yevgeny Prigozhin", "PER", "RUS", ["Söldnerchef Jewgeni Prigoschin", "Prigoschin",
                                                   "der Wagner-Chef"]),
        entity("Wagner Group", "ORG", "RUS", ["Wagner-Truppe", "Seine Kämpfer", "Die Söldnertruppe"]),
        entity("Southern Military District", "ORG", "RUS", ["das Hauptquartier des Militärbezirks Süd"]),
        entity("Rostov-on-Don", "LOC", "RUS", ["Rostow am Don"]),
        entity("Lipetsk Oblast", "LOC", "RUS", ["das Gebiet Lipezk"]),
        entity("Russian Aerospace Forces", "ORG", "RUS", ["der russischen Luftwaffe"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin", "der Kremlchef"]),
        entity("Federal Security Service of Russia", "ORG", "RUS", ["Der Inlandsgeheimdienst FSB"]),
        entity("Sergei Sobyanin", "PER", "RUS", ["Moskaus Bürgermeister Sergej Sobjanin"]),
        entity("Presidential Administration of Belarus", "ORG", "BLR", ["das Präsidialamt in Minsk"]),
        entity("Minsk", "LOC", "BLR", ["Minsk"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["Staatschef Alexander Lukaschenko"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Belarus", "LOC", "BLR", ["Belarus"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("France", "LOC", "FRA", ["Frankreichs"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Rishi Sunak", "PER", "GBR", ["dem britischen Premier Rishi Sunak"]),
    ],
}

# ---------------------------------------------------------------- hm255-de-02 (Ukraine, Kakhovka dam)
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
RUS_FORCES = actor("Russian Armed Forces", "RUS", "MIL")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
KHERSON_RES = actor("residents of Kherson", "UKR", "CVL")
UNSC = actor("UN Security Council", "UNO", "IGO")
UN_AGENCIES = actor("United Nations agencies", "UNO", "IGO")
MICHEL = actor("Charles Michel", "EUR", "IGO")
UKR_PROSECUTOR = actor("Office of the Prosecutor General of Ukraine", "UKR", "JUD")
KULEBA = actor("Dmytro Kuleba", "UKR", "GOV")
UKR_PARTNERS = actor("international partners of Ukraine", None, "GOV")

K1 = ("Kiew (dpa) - Nach der Zerstörung des Kachowka-Staudamms im Süden der Ukraine hat Präsident Wolodymyr "
      "Selenskyj Russland einen „Terroranschlag“ vorgeworfen.")
K2 = ("Russische Truppen hätten den Damm in der Nacht zum Dienstag von innen gesprengt, sagte Selenskyj in einer "
      "Videobotschaft.")
K3 = ("Kremlsprecher Dmitri Peskow wies das zurück und beschuldigte seinerseits die ukrainische Führung der "
      "„vorsätzlichen Sabotage“.")
K4 = "Das Wasser des Dnipro überflutete Dutzende Ortschaften flussabwärts, darunter Teile der Stadt Cherson."
K5 = "Während Helfer dort Bewohner in Sicherheit brachten, schlugen in der Innenstadt russische Granaten ein."
K6 = "Selenskyj forderte eine Dringlichkeitssitzung des UN-Sicherheitsrats."
K7 = "UN-Nothilfekoordinator Martin Griffiths sprach von einer „monumentalen humanitären Katastrophe“."
K8 = "UN-Organisationen lieferten noch am Dienstag Trinkwasser und Hygieneartikel in die Region."
K9 = "EU-Ratspräsident Charles Michel machte Moskau verantwortlich und sprach von einem Kriegsverbrechen."
K10 = "Die ukrainische Generalstaatsanwaltschaft leitete Ermittlungen wegen Ökozids ein."
K11 = "Außenminister Dmytro Kuleba bat die Partner seines Landes um Pumpen, Boote und Wasseraufbereitungsanlagen."
K12 = ("Die Internationale Atomenergiebehörde erklärte, für das Kernkraftwerk Saporischschja, das sein Kühlwasser "
       "aus dem Stausee bezieht, bestehe keine unmittelbare Gefahr.")

DE02 = {
    "id": "hm255-de-02", "lang": "de", "url": None, "published": "2023-06-06",
    "title": "Selenskyj wirft Russland nach Zerstörung des Kachowka-Staudamms Terror vor",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7, K8], [K9, K10, K11, K12]),
    "events": [
        event("ACCUSE", ZELENSKY, RUSSIA, K1, mode="allege"),
        event("ACCUSE", ZELENSKY, RUS_FORCES, K2, mode="allege"),
        event("ACCUSE", PESKOV, UKR_GOV, K3, mode="allege"),
        event("ASSAULT", RUS_FORCES, KHERSON_RES, K5, mode="heavy-weapons", location="Kherson",
              location_country="UKR"),
        event("REQUEST", ZELENSKY, UNSC, K6, mode="meet"),
        event("AID", UN_AGENCIES, KHERSON_RES, K8, date="2023-06-06"),
        event("ACCUSE", MICHEL, RUS_GOV, K9, mode="allege"),
        event("ACCUSE", UKR_PROSECUTOR, None, K10, mode="investigate"),
        event("REQUEST", KULEBA, UKR_PARTNERS, K11, mode="assist"),
    ],
    "quotes": [
        quote("Terroranschlag", "Volodymyr Zelensky", "direct"),
        quote("Russische Truppen hätten den Damm in der Nacht zum Dienstag von innen gesprengt", "Volodymyr Zelensky",
              "indirect"),
        quote("vorsätzlichen Sabotage", "Dmitry Peskov", "direct"),
        quote("monumentalen humanitären Katastrophe", "Martin Griffiths", "direct"),
        quote("für das Kernkraftwerk Saporischschja, das sein Kühlwasser aus dem Stausee bezieht, bestehe keine "
              "unmittelbare Gefahr", "International Atomic Energy Agency", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Kakhovka Dam", "LOC", "UKR", ["des Kachowka-Staudamms", "den Damm"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "seines Landes"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["Russische Truppen"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Government of Ukraine", "ORG", "UKR", ["die ukrainische Führung"]),
        entity("Dnipro", "LOC", "UKR", ["Dnipro"]),
        entity("Kherson", "LOC", "UKR", ["der Stadt Cherson", "der Innenstadt"]),
        entity("UN Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
        entity("Martin Griffiths", "PER", "UNO", ["UN-Nothilfekoordinator Martin Griffiths"]),
        entity("United Nations", "ORG", "UNO", ["UN-Organisationen"]),
        entity("Kherson Oblast", "LOC", "UKR", ["die Region"]),
        entity("Charles Michel", "PER", "EUR", ["EU-Ratspräsident Charles Michel"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Office of the Prosecutor General of Ukraine", "ORG", "UKR",
               ["Die ukrainische Generalstaatsanwaltschaft"]),
        entity("Dmytro Kuleba", "PER", "UKR", ["Außenminister Dmytro Kuleba"]),
        entity("international partners of Ukraine", "ORG", None, ["die Partner seines Landes"]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["Die Internationale Atomenergiebehörde"]),
        entity("Zaporizhzhia Nuclear Power Plant", "LOC", "UKR", ["das Kernkraftwerk Saporischschja"]),
        entity("Kakhovka Reservoir", "LOC", "UKR", ["dem Stausee"]),
    ],
}

# ---------------------------------------------------------------- hm255-de-03 (Kosovo, Banjska attack)
BANJSKA_GUNMEN = actor("gunmen in Banjska", "XKX", "REB")
KOSOVO_POLICE = actor("Kosovo Police", "XKX", "COP")
KURTI = actor("Albin Kurti", "XKX", "GOV")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
KFOR = actor("Kosovo Force", "IGO", "IGO")
EULEX = actor("EULEX", "EUR", "IGO")
XKX_AUTH = actor("Kosovo authorities", "XKX", "GOV")

B1 = ("Pristina (Reuters) - Bei einem Angriff schwer bewaffneter Männer im Norden des Kosovo ist ein Polizist "
      "getötet worden.")
B2 = ("Rund 30 Angreifer hätten in der Nacht zum Sonntag bei dem Dorf Banjska eine Streife mit Schusswaffen und "
      "Handgranaten attackiert, teilte die Polizei mit.")
B3 = "Danach verschanzten sie sich in einem serbisch-orthodoxen Kloster, in dem sich Pilger aufhielten."
B4 = ("Spezialkräfte der Polizei umstellten das Gelände und lieferten sich stundenlange Gefechte mit den Männern, "
      "drei Angreifer wurden getötet.")
B5 = "Regierungschef Albin Kurti machte Belgrad für den Angriff verantwortlich."
B6 = ("„Das organisierte Verbrechen wird politisch, finanziell und logistisch von offiziellen Stellen in Belgrad "
      "unterstützt“, sagte er.")
B7 = ("Serbiens Präsident Aleksandar Vučić verurteilte die Tötung des Polizisten, warf Kurti aber vor, die Gewalt "
      "mit seiner Politik provoziert zu haben.")
B8 = "Eine Beteiligung Serbiens wies er zurück."
B9 = ("Der EU-Außenbeauftragte Josep Borrell verurteilte den „abscheulichen Angriff“ und forderte die Täter auf, "
      "sich zu stellen.")
B10 = "Die Nato-Schutztruppe KFOR verstärkte ihre Patrouillen und erklärte, sie sei zum Eingreifen bereit."
B11 = ("Die Polizei arbeite eng mit der EU-Rechtsstaatsmission Eulex zusammen, sagte Innenminister Xhelal "
       "Sveçla.")
B12 = "Am Abend nahmen die Beamten mehrere Verdächtige fest und stellten Waffen sowie Fahrzeuge sicher."
B13 = "Die Behörden schlossen die beiden Grenzübergänge nach Serbien vorübergehend."
B14 = "Im Norden des Kosovo leben überwiegend Serben, die die Unabhängigkeit von 2008 nicht anerkennen."

DE03 = {
    "id": "hm255-de-03", "lang": "de", "url": None, "published": "2023-09-24",
    "title": "Polizist bei Angriff im Norden des Kosovo getötet",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11], [B12, B13, B14]),
    "events": [
        event("ASSAULT", BANJSKA_GUNMEN, KOSOVO_POLICE, B1, mode="firearms", location="Banjska",
              location_country="XKX"),
        event("ASSAULT", BANJSKA_GUNMEN, KOSOVO_POLICE, B2, mode="firearms", date="2023-09-24",
              location="Banjska", location_country="XKX"),
        event("COERCE", KOSOVO_POLICE, BANJSKA_GUNMEN, B4, mode="restrict", location="Banjska",
              location_country="XKX"),
        event("ASSAULT", KOSOVO_POLICE, BANJSKA_GUNMEN, B4, mode="firearms", location="Banjska",
              location_country="XKX"),
        event("ACCUSE", KURTI, SRB_GOV, B5, mode="allege"),
        event("ACCUSE", KURTI, SRB_GOV, B6, mode="allege"),
        event("ACCUSE", VUCIC, BANJSKA_GUNMEN, B7, mode="disapprove"),
        event("ACCUSE", VUCIC, KURTI, B7, mode="disapprove"),
        event("ACCUSE", BORRELL, BANJSKA_GUNMEN, B9, mode="disapprove"),
        event("REQUEST", BORRELL, BANJSKA_GUNMEN, B9, mode="yield"),
        event("MOBILIZE", KFOR, None, B10, mode="troops"),
        event("COOPERATE", KOSOVO_POLICE, EULEX, B11),
        event("COERCE", KOSOVO_POLICE, BANJSKA_GUNMEN, B12, mode="arrest"),
        event("COERCE", XKX_AUTH, None, B13, mode="restrict"),
    ],
    "quotes": [
        quote("Rund 30 Angreifer hätten in der Nacht zum Sonntag bei dem Dorf Banjska eine Streife mit Schusswaffen "
              "und Handgranaten attackiert", "Kosovo Police", "indirect"),
        quote("Das organisierte Verbrechen wird politisch, finanziell und logistisch von offiziellen Stellen in "
              "Belgrad unterstützt", "Albin Kurti", "direct"),
        quote("die Gewalt mit seiner Politik provoziert zu haben", "Aleksandar Vučić", "indirect"),
        quote("abscheulichen Angriff", "Josep Borrell", "direct"),
        quote("sie sei zum Eingreifen bereit", "Kosovo Force", "indirect"),
        quote("Die Polizei arbeite eng mit der EU-Rechtsstaatsmission Eulex zusammen", "Xhelal Sveçla", "indirect"),
    ],
    "entities": [
        entity("Pristina", "LOC", "XKX", ["Pristina"]),
        entity("gunmen in Banjska", "ORG", "XKX", ["schwer bewaffneter Männer", "Rund 30 Angreifer",
                                                   "den Männern", "die Täter", "mehrere Verdächtige"]),
        entity("North Kosovo", "LOC", "XKX", ["Norden des Kosovo"]),
        entity("Kosovo", "LOC", "XKX", ["Kosovo"]),
        entity("Kosovo Police", "ORG", "XKX", ["ein Polizist", "die Polizei", "Spezialkräfte der Polizei",
                                               "des Polizisten", "Die Polizei", "die Beamten"]),
        entity("Banjska", "LOC", "XKX", ["dem Dorf Banjska"]),
        entity("Banjska Monastery", "LOC", "XKX", ["einem serbisch-orthodoxen Kloster", "das Gelände"]),
        entity("Albin Kurti", "PER", "XKX", ["Regierungschef Albin Kurti", "Kurti"]),
        entity("Government of Serbia", "ORG", "SRB", ["Belgrad", "offiziellen Stellen in Belgrad"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Serbiens Präsident Aleksandar Vučić"]),
        entity("Serbia", "LOC", "SRB", ["Serbiens", "Serbien"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell"]),
        entity("Kosovo Force", "ORG", "IGO", ["Die Nato-Schutztruppe KFOR"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("EULEX", "ORG", "EUR", ["der EU-Rechtsstaatsmission Eulex"]),
        entity("Xhelal Sveçla", "PER", "XKX", ["Innenminister Xhelal Sveçla"]),
        entity("Kosovo authorities", "ORG", "XKX", ["Die Behörden"]),
    ],
}

# ---------------------------------------------------------------- hm255-de-04 (Azerbaijan, Karabakh ceasefire)
KARABAKH_AUTH = actor("Nagorno-Karabakh separatist authorities", "AZE", "REB")
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
AZERBAIJAN = actor("Azerbaijan", "AZE", "GOV")
KARABAKH_FORCES = actor("Nagorno-Karabakh separatist forces", "AZE", "REB")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
KARABAKH_ARMENIANS = actor("Karabakh Armenians", "AZE", "CVL")
AZE_MIL = actor("Armed Forces of Azerbaijan", "AZE", "MIL")
RUS_PEACEKEEPERS = actor("Russian peacekeeping contingent in Nagorno-Karabakh", "RUS", "MIL")
YEREVAN_PROTESTERS = actor("protesters in Yerevan", "ARM", "CVL")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
ARM_POLICE = actor("Police of Armenia", "ARM", "COP")
BLINKEN = actor("Antony Blinken", "USA", "GOV")

N1 = ("Eriwan (AFP) - Einen Tag nach Beginn einer aserbaidschanischen Offensive in Berg-Karabach haben die Behörden "
      "der armenischen Separatisten einer Waffenruhe zugestimmt.")
N2 = ("Aserbaidschan hatte am Dienstag Stellungen der Separatisten mit Artillerie und Drohnen angegriffen und von "
      "einem „Anti-Terror-Einsatz“ gesprochen.")
N3 = "Nach Angaben der Separatisten wurden mindestens 32 Menschen getötet, darunter sieben Zivilisten."
N4 = "Die Separatisten verpflichteten sich, ihre Einheiten aufzulösen und alle schweren Waffen abzugeben."
N5 = ("Zudem vereinbarten sie mit Baku Gespräche über die „Reintegration“ der Karabach-Armenier am Donnerstag in "
      "der Stadt Jewlach.")
N6 = ("Präsident Ilham Aliyev sagte in einer Fernsehansprache, Aserbaidschan habe seine Souveränität "
      "wiederhergestellt.")
N7 = "Er versprach den Armeniern in Karabach, ihre Rechte würden garantiert."
N8 = ("Aserbaidschanische Soldaten beschossen zudem versehentlich ein Fahrzeug der russischen Friedenstruppe, "
      "mehrere Soldaten wurden getötet.")
N9 = "Aliyev entschuldigte sich dafür in einem Telefonat bei Kremlchef Wladimir Putin."
N10 = ("In Eriwan versammelten sich am Abend Tausende vor dem Regierungssitz und forderten den Rücktritt von "
       "Regierungschef Nikol Paschinjan.")
N11 = "Die Polizei nahm Dutzende Demonstranten fest."
N12 = "Paschinjan sagte, Armenien habe keine Truppen in Berg-Karabach."
N13 = "US-Außenminister Antony Blinken forderte Aliyev auf, die Zivilbevölkerung zu schützen."

DE04 = {
    "id": "hm255-de-04", "lang": "de", "url": None, "published": "2023-09-20",
    "title": "Karabach-Separatisten stimmen nach aserbaidschanischer Offensive Waffenruhe zu",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9], [N10, N11, N12, N13]),
    "events": [
        event("AGREE", KARABAKH_AUTH, AZE_GOV, N1, date="2023-09-20"),
        event("ASSAULT", AZERBAIJAN, KARABAKH_FORCES, N2, mode="heavy-weapons", date="2023-09-19",
              location="Nagorno-Karabakh", location_country="AZE"),
        event("CONCEDE", KARABAKH_AUTH, AZE_GOV, N4),
        event("AGREE", KARABAKH_AUTH, AZE_GOV, N5),
        event("AGREE", ALIYEV, KARABAKH_ARMENIANS, N7),
        event("ASSAULT", AZE_MIL, RUS_PEACEKEEPERS, N8, mode="firearms", location="Nagorno-Karabakh",
              location_country="AZE"),
        event("CONSULT", ALIYEV, PUTIN, N9, mode="phone"),
        event("CONCEDE", ALIYEV, PUTIN, N9),
        event("PROTEST", YEREVAN_PROTESTERS, PASHINYAN, N10, mode="demo", location="Yerevan",
              location_country="ARM"),
        event("REQUEST", YEREVAN_PROTESTERS, PASHINYAN, N10, mode="change"),
        event("COERCE", ARM_POLICE, YEREVAN_PROTESTERS, N11, mode="arrest", location="Yerevan",
              location_country="ARM"),
        event("REQUEST", BLINKEN, ALIYEV, N13),
    ],
    "quotes": [
        quote("Anti-Terror-Einsatz", "Government of Azerbaijan", "direct"),
        quote("wurden mindestens 32 Menschen getötet, darunter sieben Zivilisten",
              "Nagorno-Karabakh separatist authorities", "indirect"),
        quote("Reintegration", "Government of Azerbaijan", "direct"),
        quote("Aserbaidschan habe seine Souveränität wiederhergestellt", "Ilham Aliyev", "indirect"),
        quote("ihre Rechte würden garantiert", "Ilham Aliyev", "indirect"),
        quote("Armenien habe keine Truppen in Berg-Karabach", "Nikol Pashinyan", "indirect"),
    ],
    "entities": [
        entity("Government of Azerbaijan", "ORG", "AZE", ["Baku"]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["Berg-Karabach", "Karabach"]),
        entity("Nagorno-Karabakh separatist authorities", "ORG", "AZE",
               ["die Behörden der armenischen Separatisten", "der Separatisten", "Die Separatisten"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschan"]),
        entity("Karabakh Armenians", "ORG", "AZE", ["der Karabach-Armenier", "den Armeniern in Karabach"]),
        entity("Yevlakh", "LOC", "AZE", ["der Stadt Jewlach"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Präsident Ilham Aliyev", "Aliyev"]),
        entity("Armed Forces of Azerbaijan", "ORG", "AZE", ["Aserbaidschanische Soldaten"]),
        entity("Russian peacekeeping contingent in Nagorno-Karabakh", "ORG", "RUS",
               ["der russischen Friedenstruppe", "mehrere Soldaten"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Yerevan", "LOC", "ARM", ["Eriwan"]),
        entity("Government House of Armenia", "LOC", "ARM", ["dem Regierungssitz"]),
        entity("protesters in Yerevan", "ORG", "ARM", ["Tausende", "Dutzende Demonstranten"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "Paschinjan"]),
        entity("Police of Armenia", "ORG", "ARM", ["Die Polizei"]),
        entity("Armenia", "LOC", "ARM", ["Armenien"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
    ],
}

# ---------------------------------------------------------------- hm255-en-01 (USA, UAW strike)
UAW = actor("United Auto Workers", "USA", "LAB")
GM = actor("General Motors", "USA", "BUS")
FORD = actor("Ford", "USA", "BUS")
STELLANTIS = actor("Stellantis", "NLD", "BUS")
FAIN = actor("Shawn Fain", "USA", "LAB")
DETROIT3 = actor("Detroit Three automakers", "USA", "BUS")
FARLEY = actor("Jim Farley", "USA", "BUS")
TRUMP = actor("Donald Trump", "USA", "OPP")

U1 = ("DETROIT, Sept 15 (Reuters) - The United Auto Workers union went on strike at General Motors, Ford and "
      "Stellantis on Friday, the first time in its history that it has struck all three Detroit automakers at once.")
U2 = "The union's contracts with the three companies expired at midnight."
U3 = ('"We will strike in a way that keeps the companies guessing," UAW President Shawn Fain said, warning that '
      'walkouts could spread to more plants if talks stall.')
U4 = "The union is demanding a 40% pay rise over four years, a 32-hour week and the return of traditional pensions."
U5 = ("Ford Chief Executive Jim Farley rejected the demands, saying they would push the company into "
      "bankruptcy.")
U6 = 'GM said it had made an "unprecedented" offer and was disappointed by the strike.'
U7 = ("President Joe Biden said the automakers had not shared their record profits fairly with workers and urged "
      "them to go further.")
U8 = ("He said he was sending acting Labor Secretary Julie Su and adviser Gene Sperling to Detroit to help both "
      "sides reach a deal.")
U9 = "No negotiations were held on Friday, but Fain said talks with all three companies would resume on Saturday."
U10 = "Former President Donald Trump accused Biden of destroying auto jobs with his push for electric vehicles."
U11 = "Anderson Economic Group estimated that a 10-day strike would cost the U.S. economy more than $5 billion."

EN01 = {
    "id": "hm255-en-01", "lang": "en", "url": None, "published": "2023-09-15",
    "title": "UAW strikes all three Detroit automakers for the first time",
    "text": paragraphs([U1, U2], [U3, U4, U5, U6], [U7, U8, U9], [U10, U11]),
    "events": [
        event("PROTEST", UAW, GM, U1, mode="strike", date="2023-09-15"),
        event("PROTEST", UAW, FORD, U1, mode="strike", date="2023-09-15"),
        event("PROTEST", UAW, STELLANTIS, U1, mode="strike", date="2023-09-15"),
        event("THREATEN", FAIN, DETROIT3, U3, mode="restrict"),
        event("REQUEST", UAW, DETROIT3, U4),
        event("REJECT", FARLEY, UAW, U5),
        event("AGREE", GM, UAW, U6),
        event("ACCUSE", BIDEN, DETROIT3, U7, mode="disapprove"),
        event("REQUEST", BIDEN, DETROIT3, U7),
        event("AGREE", BIDEN, None, U8),
        event("CONSULT", UAW, DETROIT3, U9, date="2023-09-15", negated=True),
        event("AGREE", FAIN, DETROIT3, U9),
        event("ACCUSE", TRUMP, BIDEN, U10, mode="disapprove"),
    ],
    "quotes": [
        quote("We will strike in a way that keeps the companies guessing", "Shawn Fain", "direct"),
        quote("walkouts could spread to more plants if talks stall", "Shawn Fain", "indirect"),
        quote("they would push the company into bankruptcy", "Jim Farley", "indirect"),
        quote("unprecedented", "General Motors", "direct"),
        quote('it had made an "unprecedented" offer and was disappointed by the strike', "General Motors",
              "indirect"),
        quote("the automakers had not shared their record profits fairly with workers", "Joe Biden", "indirect"),
        quote("he was sending acting Labor Secretary Julie Su and adviser Gene Sperling to Detroit to help both sides "
              "reach a deal", "Joe Biden", "indirect"),
        quote("talks with all three companies would resume on Saturday", "Shawn Fain", "indirect"),
        quote("a 10-day strike would cost the U.S. economy more than $5 billion", "Anderson Economic Group",
              "indirect"),
    ],
    "entities": [
        entity("Detroit", "LOC", "USA", ["DETROIT", "Detroit"]),
        entity("United Auto Workers", "ORG", "USA", ["The United Auto Workers union", "The union's", "UAW",
                                                     "The union"]),
        entity("General Motors", "ORG", "USA", ["General Motors", "GM"]),
        entity("Ford", "ORG", "USA", ["Ford", "the company"]),
        entity("Stellantis", "ORG", "NLD", ["Stellantis"]),
        entity("Detroit Three automakers", "ORG", "USA", ["all three Detroit automakers", "the three companies",
                                                          "the companies", "the automakers",
                                                          "all three companies"]),
        entity("Shawn Fain", "PER", "USA", ["UAW President Shawn Fain", "Fain"]),
        entity("Jim Farley", "PER", "USA", ["Ford Chief Executive Jim Farley"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Julie Su", "PER", "USA", ["acting Labor Secretary Julie Su"]),
        entity("Gene Sperling", "PER", "USA", ["adviser Gene Sperling"]),
        entity("Donald Trump", "PER", "USA", ["Former President Donald Trump"]),
        entity("Anderson Economic Group", "ORG", "USA", ["Anderson Economic Group"]),
        entity("United States", "LOC", "USA", ["U.S."]),
    ],
}

# ---------------------------------------------------------------- hm255-en-02 (Canada/India, Nijjar killing)
INDIA = actor("India", "IND", "GOV")
CAN_DIPLOMAT = actor("senior Canadian diplomat in India", "CAN", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
NIJJAR_GUNMEN = actor("gunmen who shot Hardeep Singh Nijjar", "CAN", "CVL")
NIJJAR = actor("Hardeep Singh Nijjar", "CAN", "CVL")
CANADA = actor("Canada", "CAN", "GOV")
RAI = actor("Pavan Kumar Rai", "IND", "GOV")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
MACKAY = actor("Cameron MacKay", "CAN", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
WATSON = actor("Adrienne Watson", "USA", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
JAGMEET_SINGH = actor("Jagmeet Singh", "CAN", "OPP")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")

I1 = ('OTTAWA, Sept 19 (Reuters) - India on Tuesday expelled a senior Canadian diplomat after Prime Minister '
      'Justin Trudeau said there were "credible allegations" linking agents of the Indian government to the killing '
      'of a Sikh separatist leader in Canada.')
I2 = ("Hardeep Singh Nijjar, a Canadian citizen who campaigned for a Sikh homeland, was shot dead by two masked "
      "gunmen outside a temple in Surrey, British Columbia, in June.")
I3 = "Canada on Monday expelled Pavan Kumar Rai, the head of Indian intelligence in Canada."
I4 = ('India\'s foreign ministry rejected the accusations as "absurd and motivated" and summoned Canada\'s High '
      'Commissioner Cameron MacKay.')
I5 = "The Canadian diplomat was told to leave within five days, the ministry said."
I6 = ('"Any involvement of a foreign government in the killing of a Canadian citizen on Canadian soil is an '
      'unacceptable violation of our sovereignty," Trudeau told parliament.')
I7 = ("He said he had raised the matter with Prime Minister Narendra Modi at the G20 summit in New Delhi and urged "
      "India to cooperate with the investigation.")
I8 = ('White House spokeswoman Adrienne Watson said Washington was "deeply concerned" and called on India to '
      'cooperate.')
I9 = ("Conservative leader Pierre Poilievre urged Trudeau to share all the facts, while Jagmeet Singh of the New "
      "Democratic Party demanded a public inquiry.")
I11 = "Canada has not recalled its high commissioner from New Delhi, officials said."

EN02 = {
    "id": "hm255-en-02", "lang": "en", "url": None, "published": "2023-09-19",
    "title": "India expels Canadian diplomat as row over Sikh leader's killing escalates",
    "text": paragraphs([I1, I2], [I3, I4, I5], [I6, I7, I8], [I9, I11]),
    "events": [
        event("SANCTION", INDIA, CAN_DIPLOMAT, I1, mode="expel", date="2023-09-19"),
        event("ACCUSE", TRUDEAU, IND_GOV, I1, mode="allege"),
        event("ASSAULT", NIJJAR_GUNMEN, NIJJAR, I2, mode="firearms", location="Surrey", location_country="CAN"),
        event("SANCTION", CANADA, RAI, I3, mode="expel", date="2023-09-18"),
        event("ACCUSE", IND_MEA, MACKAY, I4, mode="disapprove"),
        event("SANCTION", IND_MEA, CAN_DIPLOMAT, I5, mode="expel"),
        event("CONSULT", TRUDEAU, MODI, I7, mode="multilateral", location="New Delhi", location_country="IND"),
        event("REQUEST", TRUDEAU, IND_GOV, I7, mode="assist"),
        event("REQUEST", WATSON, IND_GOV, I8, mode="assist"),
        event("REQUEST", POILIEVRE, TRUDEAU, I9),
        event("REQUEST", JAGMEET_SINGH, CAN_GOV, I9),
        event("SANCTION", CANADA, IND_GOV, I11, mode="withdraw", negated=True),
    ],
    "quotes": [
        quote("credible allegations", "Justin Trudeau", "direct"),
        quote('there were "credible allegations" linking agents of the Indian government to the killing of a Sikh '
              'separatist leader in Canada', "Justin Trudeau", "indirect"),
        quote("absurd and motivated", "Ministry of External Affairs of India", "direct"),
        quote("The Canadian diplomat was told to leave within five days", "Ministry of External Affairs of India",
              "indirect"),
        quote("Any involvement of a foreign government in the killing of a Canadian citizen on Canadian soil is an "
              "unacceptable violation of our sovereignty", "Justin Trudeau", "direct"),
        quote("he had raised the matter with Prime Minister Narendra Modi at the G20 summit in New Delhi",
              "Justin Trudeau", "indirect"),
        quote("deeply concerned", "Adrienne Watson", "direct"),
        quote('Washington was "deeply concerned"', "Adrienne Watson", "indirect"),
        quote("Canada has not recalled its high commissioner from New Delhi", "Canadian officials", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["OTTAWA"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("senior Canadian diplomat in India", "PER", "CAN", ["a senior Canadian diplomat",
                                                                   "The Canadian diplomat"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau", "Trudeau"]),
        entity("Government of India", "ORG", "IND", ["the Indian government"]),
        entity("Hardeep Singh Nijjar", "PER", "CAN", ["a Sikh separatist leader", "Hardeep Singh Nijjar"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("gunmen who shot Hardeep Singh Nijjar", "PER", "CAN", ["two masked gunmen"]),
        entity("Guru Nanak Sikh Gurdwara", "LOC", "CAN", ["a temple"]),
        entity("Surrey", "LOC", "CAN", ["Surrey"]),
        entity("British Columbia", "LOC", "CAN", ["British Columbia"]),
        entity("Pavan Kumar Rai", "PER", "IND", ["Pavan Kumar Rai"]),
        entity("Research and Analysis Wing", "ORG", "IND", ["Indian intelligence"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["India's foreign ministry", "the ministry"]),
        entity("Cameron MacKay", "PER", "CAN", ["Canada's High Commissioner Cameron MacKay"]),
        entity("Parliament of Canada", "ORG", "CAN", ["parliament"]),
        entity("Narendra Modi", "PER", "IND", ["Prime Minister Narendra Modi"]),
        entity("G20", "ORG", "IGO", ["G20"]),
        entity("New Delhi", "LOC", "IND", ["New Delhi"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Adrienne Watson", "PER", "USA", ["White House spokeswoman Adrienne Watson"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative leader Pierre Poilievre"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Conservative"]),
        entity("Jagmeet Singh", "PER", "CAN", ["Jagmeet Singh"]),
        entity("New Democratic Party", "ORG", "CAN", ["the New Democratic Party"]),
        entity("Canadian officials", "PER", "CAN", ["officials"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
