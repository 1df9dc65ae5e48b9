"""Round 112: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm112-de-01: After the M23 takes Goma, protesters attack the Rwandan and French embassies in Kinshasa; Kinshasa
  has cut ties with Kigali (2025-01-28).
- hm112-de-02: Trump meets Syria's interim president al-Sharaa in Riyadh after announcing the lifting of
  sanctions (2025-05-14).
- hm112-de-03: Kenya's President Ruto withdraws the finance bill after protesters storm parliament (2024-06-26).
- hm112-de-04: Protesters in Tripoli demand Prime Minister Dbeibah's resignation after militia fighting; ministers
  resign (2025-05-16).
- hm112-en-01: Pakistani security forces clear Imran Khan's supporters from Islamabad; PTI suspends its protest
  (2024-11-27).
- hm112-en-02: U.S. air strikes on the Houthis in Yemen; Trump threatens, the Houthis claim an attack on the USS
  Harry S. Truman, Iran condemns (2025-03-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm112-de-01
COD_PROTESTERS = actor("Congolese protesters", "COD", "CVL")
RWANDA = actor("Rwanda", "RWA", "GOV")
FRANCE = actor("France", "FRA", "GOV")
COD_POLICE = actor("Congolese National Police", "COD", "COP")
M23 = actor("M23", "COD", "REB")
DRC = actor("Democratic Republic of the Congo", "COD", "GOV")
WAGNER = actor("Therese Kayikwamba Wagner", "COD", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
RDF = actor("Rwanda Defence Force", "RWA", "MIL")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
TSHISEKEDI = actor("Felix Tshisekedi", "COD", "GOV")
EAC = actor("East African Community", "IGO", "IGO")

K1 = ("In der kongolesischen Hauptstadt Kinshasa haben wütende Demonstranten am Dienstag mehrere ausländische "
      "Botschaften angegriffen, darunter die Vertretung Ruandas.")
K2 = ("An der französischen Botschaft legten Demonstranten Feuer, die Polizei setzte Tränengas ein, um die Menge "
      "zu zerstreuen.")
K3 = ("Die Wut richtet sich gegen die Einnahme der Millionenstadt Goma im Osten des Landes durch die Rebellengruppe "
      "M23, deren Kämpfer am Montag bis ins Stadtzentrum vorgedrungen waren.")
K4 = ("Die Regierung in Kinshasa wirft dem Nachbarland Ruanda vor, es unterstütze die M23 mit Waffen und mehreren "
      "Tausend eigenen Soldaten.")
K5 = ("Am Sonntag hatte der Kongo deshalb die diplomatischen Beziehungen zu Ruanda abgebrochen und seine Diplomaten "
      "aus Kigali abgezogen.")
K6 = ("Außenministerin Thérèse Kayikwamba Wagner nannte die Offensive vor dem UN-Sicherheitsrat in New York eine "
      "„Kriegserklärung“.")
K7 = ("Ruandas Regierung bestreitet, die M23 zu unterstützen, und wirft Kinshasa ihrerseits vor, es arbeite mit "
      "der Hutu-Miliz FDLR zusammen.")
K8 = ("Der Sicherheitsrat verurteilte in einer Dringlichkeitssitzung die Offensive der M23 und verlangte den Abzug "
      "„externer Kräfte“ aus dem Kongo.")
K9 = ("Ruandas Präsident Paul Kagame sagte seine Teilnahme an einem Krisengipfel der Ostafrikanischen Gemeinschaft "
      "am Mittwoch zu, aus Kinshasa hieß es dagegen, Präsident Félix Tshisekedi werde nicht kommen.")

DE01 = {
    "id": "hm112-de-01", "lang": "de", "url": None, "published": "2025-01-28",
    "title": "Nach Fall von Goma: Demonstranten greifen Botschaften in Kinshasa an",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9]),
    "events": [
        event("PROTEST", COD_PROTESTERS, RWANDA, K1, mode="riot", date="2025-01-28", location="Kinshasa",
              location_country="COD"),
        event("PROTEST", COD_PROTESTERS, FRANCE, K2, mode="riot", date="2025-01-28", location="Kinshasa",
              location_country="COD"),
        event("ASSAULT", COD_POLICE, COD_PROTESTERS, K2, mode="crowd-control", date="2025-01-28",
              location="Kinshasa", location_country="COD"),
        event("ASSAULT", M23, DRC, K3, date="2025-01-27", location="Goma", location_country="COD"),
        event("ACCUSE", DRC, RWANDA, K4, mode="allege"),
        event("SANCTION", DRC, RWANDA, K5, mode="discontinue", date="2025-01-26"),
        event("ACCUSE", WAGNER, RWANDA, K6, mode="disapprove", location="New York", location_country="USA"),
        event("ACCUSE", RWANDA, DRC, K7, mode="allege"),
        event("ACCUSE", UNSC, M23, K8, mode="disapprove"),
        event("REQUEST", UNSC, RDF, K8, mode="yield"),
        event("AGREE", KAGAME, EAC, K9),
        event("REJECT", TSHISEKEDI, EAC, K9, mode="meet"),
    ],
    "quotes": [
        quote("es unterstütze die M23 mit Waffen und mehreren Tausend eigenen Soldaten",
              "Democratic Republic of the Congo", "indirect"),
        quote("Kriegserklärung", "Therese Kayikwamba Wagner", "direct"),
        quote("es arbeite mit der Hutu-Miliz FDLR zusammen", "Rwanda", "indirect"),
        quote("externer Kräfte", "UN Security Council", "direct"),
        quote("Präsident Félix Tshisekedi werde nicht kommen", "Democratic Republic of the Congo", "indirect"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("Rwanda", "GPE", "RWA", ["Ruandas", "Ruanda", "Nachbarland Ruanda", "Kigali", "Ruandas Regierung"]),
        entity("Rwandan embassy in Kinshasa", "ORG", "RWA", ["die Vertretung Ruandas"]),
        entity("French embassy in Kinshasa", "ORG", "FRA", ["der französischen Botschaft"]),
        entity("Congolese National Police", "ORG", "COD", ["die Polizei"]),
        entity("Goma", "LOC", "COD", ["Millionenstadt Goma"]),
        entity("M23", "ORG", "COD", ["Rebellengruppe M23", "M23"]),
        entity("Democratic Republic of the Congo", "GPE", "COD",
               ["Die Regierung in Kinshasa", "der Kongo", "dem Kongo"]),
        entity("Therese Kayikwamba Wagner", "PER", "COD", ["Außenministerin Thérèse Kayikwamba Wagner"]),
        entity("UN Security Council", "ORG", "UNO", ["UN-Sicherheitsrat", "Der Sicherheitsrat"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("FDLR", "ORG", "COD", ["Hutu-Miliz FDLR"]),
        entity("Paul Kagame", "PER", "RWA", ["Ruandas Präsident Paul Kagame"]),
        entity("East African Community", "ORG", "IGO", ["Ostafrikanischen Gemeinschaft"]),
        entity("Felix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi"]),
    ],
}

# ---------------------------------------------------------------- hm112-de-02
TRUMP = actor("Donald Trump", "USA", "GOV")
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
SYRIA = actor("Syria", "SYR", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
USA = actor("United States", "USA", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
EU = actor("European Union", "EUR", "IGO")

T1 = ("US-Präsident Donald Trump hat sich am Mittwoch in Riad auf Vermittlung des saudischen Kronprinzen "
      "Mohammed bin Salman mit dem syrischen Übergangspräsidenten Ahmed al-Scharaa getroffen.")
T2 = ("Trump lobte al-Scharaa anschließend vor Journalisten an Bord der Air Force One als „jungen, attraktiven "
      "Kerl“ und „Kämpfer“ mit einer „sehr starken Vergangenheit“.")
T3 = ("Am Dienstag hatte Trump bei einem Investitionsforum in Riad überraschend angekündigt, alle Sanktionen gegen "
      "Syrien aufzuheben, um dem Land „eine Chance auf Größe“ zu geben.")
T4 = ("Trump habe al-Scharaa aufgefordert, sich den Abraham-Abkommen anzuschließen und ausländische Kämpfer des "
      "Landes zu verweisen, teilte Sprecherin Karoline Leavitt mit.")
T5 = ("Al-Scharaa dankte Trump für die Entscheidung und sprach von einem „historischen Wendepunkt“ für sein "
      "Land.")
T6 = "In Damaskus, Aleppo und anderen Städten feierten Tausende Menschen die Ankündigung auf den Straßen."
T7 = ("Die israelische Regierung reagierte zurückhaltend; Ministerpräsident Benjamin Netanjahu hatte Washington "
      "in den vergangenen Wochen gedrängt, die Sanktionen beizubehalten.")
T8 = ("Israel hatte nach dem Sturz von Baschar al-Assad im Dezember Hunderte Luftangriffe auf militärische Ziele "
      "in Syrien geflogen und Truppen in die Pufferzone auf den Golanhöhen verlegt.")
T9 = "Die EU hatte bereits im Februar erste Sanktionen gegen Syrien ausgesetzt, etwa im Energie- und Verkehrssektor."

DE02 = {
    "id": "hm112-de-02", "lang": "de", "url": None, "published": "2025-05-14",
    "title": "Trump trifft Syriens Übergangspräsidenten al-Scharaa",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9]),
    "events": [
        event("CONSULT", TRUMP, SHARAA, T1, mode="third-party", date="2025-05-14", location="Riyadh",
              location_country="SAU"),
        event("SUPPORT", TRUMP, SHARAA, T2, date="2025-05-14"),
        event("CONCEDE", TRUMP, SYRIA, T3, date="2025-05-13", location="Riyadh", location_country="SAU"),
        event("REQUEST", TRUMP, SHARAA, T4, mode="change", date="2025-05-14"),
        event("SUPPORT", SHARAA, TRUMP, T5),
        event("REQUEST", NETANYAHU, USA, T7),
        event("ASSAULT", ISRAEL, SYRIA, T8, mode="aerial", location_country="SYR"),
        event("MOBILIZE", ISRAEL, SYRIA, T8, mode="troops", location="Golan Heights"),
        event("CONCEDE", EU, SYRIA, T9),
    ],
    "quotes": [
        quote("jungen, attraktiven Kerl", "Donald Trump", "direct"),
        quote("Kämpfer", "Donald Trump", "direct"),
        quote("sehr starken Vergangenheit", "Donald Trump", "direct"),
        quote("eine Chance auf Größe", "Donald Trump", "direct"),
        quote("Trump habe al-Scharaa aufgefordert, sich den Abraham-Abkommen anzuschließen und ausländische Kämpfer "
              "des Landes zu verweisen", "Karoline Leavitt", "indirect"),
        quote("historischen Wendepunkt", "Ahmed al-Sharaa", "direct"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Riyadh", "LOC", "SAU", ["Riad"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["saudischen Kronprinzen Mohammed bin Salman"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["syrischen Übergangspräsidenten Ahmed al-Scharaa", "al-Scharaa",
                                                 "Al-Scharaa"]),
        entity("Air Force One", "LOC", "USA", ["Air Force One"]),
        entity("Syria", "GPE", "SYR", ["Syrien", "dem Land", "sein Land"]),
        entity("Abraham Accords", "ORG", None, ["Abraham-Abkommen"]),
        entity("Karoline Leavitt", "PER", "USA", ["Sprecherin Karoline Leavitt"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Aleppo", "LOC", "SYR", ["Aleppo"]),
        entity("Government of Israel", "ORG", "ISR", ["Die israelische Regierung"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Baschar al-Assad"]),
        entity("Golan Heights", "LOC", "SYR", ["Pufferzone auf den Golanhöhen", "Golanhöhen"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
    ],
}

# ---------------------------------------------------------------- hm112-de-03
RUTO = actor("William Ruto", "KEN", "GOV")
KEN_PROTESTERS = actor("Kenyan protesters", "KEN", "CVL")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
KEN_PARLIAMENT = actor("Parliament of Kenya", "KEN", "LEG")
KEN_POLICE = actor("Kenyan police", "KEN", "COP")
LSK = actor("Law Society of Kenya", "KEN", "NGO")
KEN_SECURITY = actor("Kenyan security forces", "KEN", "COP")
TURK = actor("Volker Turk", "UNO", "IGO")
KEN_ACTIVISTS = actor("Kenyan activists", "KEN", "CVL")

R1 = ("Nach tagelangen Protesten mit mehreren Toten hat Kenias Präsident William Ruto das umstrittene Finanzgesetz "
      "mit zahlreichen Steuererhöhungen zurückgezogen.")
R2 = ("Er werde das Gesetz nicht unterzeichnen, sagte Ruto am Mittwoch in einer Fernsehansprache, das Volk habe "
      "„laut und deutlich“ gesprochen.")
R3 = ("Zugleich bot er der jungen Generation, die die Proteste über soziale Medien organisiert hatte, einen Dialog "
      "an.")
R4 = ("Am Dienstag hatten Tausende Demonstranten in Nairobi Absperrungen vor dem Parlament durchbrochen und Teile "
      "des Gebäudes in Brand gesetzt, kurz nachdem die Abgeordneten das Gesetz verabschiedet hatten.")
R5 = ("Die Polizei setzte Tränengas und scharfe Munition ein; nach Angaben der staatlichen "
      "Menschenrechtskommission KNCHR wurden mindestens 22 Menschen getötet.")
R6 = ("Ruto hatte die Erstürmung noch am Dienstagabend als „Verrat“ bezeichnet und die Armee zur Unterstützung der "
      "Polizei in die Hauptstadt beordert.")
R7 = ("Die kenianische Anwaltskammer warf den Sicherheitskräften vor, sie hätten in der Nacht Dutzende "
      "Organisatoren der Proteste verschleppt.")
R8 = "UN-Menschenrechtskommissar Volker Türk forderte eine unabhängige Untersuchung der Todesfälle."
R9 = ("Viele Aktivisten zeigten sich von Rutos Einlenken unbeeindruckt und forderten in sozialen Medien seinen "
      "Rücktritt.")

DE03 = {
    "id": "hm112-de-03", "lang": "de", "url": None, "published": "2024-06-26",
    "title": "Kenias Präsident Ruto zieht umstrittenes Finanzgesetz zurück",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6, R7], [R8, R9]),
    "events": [
        event("CONCEDE", RUTO, KEN_PROTESTERS, R1, date="2024-06-26"),
        event("PROTEST", KEN_PROTESTERS, KEN_GOV, R1, mode="demo", location_country="KEN"),
        event("CONCEDE", RUTO, KEN_PROTESTERS, R2, date="2024-06-26"),
        event("AGREE", RUTO, KEN_PROTESTERS, R3, date="2024-06-26"),
        event("PROTEST", KEN_PROTESTERS, KEN_PARLIAMENT, R4, mode="riot", date="2024-06-25", location="Nairobi",
              location_country="KEN"),
        event("ASSAULT", KEN_POLICE, KEN_PROTESTERS, R5, mode="firearms", date="2024-06-25", location="Nairobi",
              location_country="KEN"),
        event("ACCUSE", RUTO, KEN_PROTESTERS, R6, mode="disapprove", date="2024-06-25"),
        event("MOBILIZE", RUTO, KEN_PROTESTERS, R6, mode="troops", date="2024-06-25", location="Nairobi",
              location_country="KEN"),
        event("ACCUSE", LSK, KEN_SECURITY, R7, mode="allege"),
        event("REQUEST", TURK, KEN_GOV, R8),
        event("REQUEST", KEN_ACTIVISTS, RUTO, R9, mode="change"),
    ],
    "quotes": [
        quote("Er werde das Gesetz nicht unterzeichnen", "William Ruto", "indirect"),
        quote("das Volk habe „laut und deutlich“ gesprochen", "William Ruto", "indirect"),
        quote("laut und deutlich", "William Ruto", "direct"),
        quote("wurden mindestens 22 Menschen getötet", "Kenya National Commission on Human Rights", "indirect"),
        quote("Verrat", "William Ruto", "direct"),
        quote("sie hätten in der Nacht Dutzende Organisatoren der Proteste verschleppt", "Law Society of Kenya",
              "indirect"),
    ],
    "entities": [
        entity("William Ruto", "PER", "KEN", ["Kenias Präsident William Ruto", "Ruto", "Er", "er", "Rutos"]),
        entity("Finance Bill 2024", "ORG", "KEN", ["das umstrittene Finanzgesetz", "das Gesetz"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi", "die Hauptstadt"]),
        entity("Parliament of Kenya", "ORG", "KEN", ["dem Parlament", "die Abgeordneten"]),
        entity("Kenyan police", "ORG", "KEN", ["Die Polizei", "der Polizei"]),
        entity("Kenya National Commission on Human Rights", "ORG", "KEN",
               ["staatlichen Menschenrechtskommission KNCHR"]),
        entity("Kenya Defence Forces", "ORG", "KEN", ["die Armee"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["Die kenianische Anwaltskammer"]),
        entity("Kenyan security forces", "ORG", "KEN", ["den Sicherheitskräften"]),
        entity("Volker Turk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
        entity("Kenya", "GPE", "KEN", ["Kenias"]),
    ],
}

# ---------------------------------------------------------------- hm112-de-04
LBY_PROTESTERS = actor("Libyan protesters", "LBY", "CVL")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
LBY_SECURITY = actor("Libyan security forces", "LBY", "COP")
BRIGADE_444 = actor("444th Brigade", "LBY", "MIL")
RADAA = actor("Radaa Special Deterrence Force", "LBY", "REB")
TETTEH = actor("Hanna Tetteh", "UNO", "IGO")
LBY_MINISTERS = actor("Libyan government ministers", "LBY", "GOV")
DBEIBAH_OPPONENTS = actor("Opponents of Abdul Hamid Dbeibah", "LBY", "OPP")

L1 = ("In der libyschen Hauptstadt Tripolis haben am Freitag Tausende Menschen den Rücktritt von "
      "Ministerpräsident Abdul Hamid Dbeibah gefordert.")
L2 = ("Die Demonstranten versammelten sich auf dem Märtyrerplatz und zogen anschließend vor den Amtssitz des "
      "Regierungschefs, wo Sicherheitskräfte die Menge mit Warnschüssen in die Luft auseinandertrieben.")
L3 = ("Auslöser der Proteste sind die schwersten Kämpfe in Tripolis seit Jahren, die am Montagabend nach der Tötung "
      "des einflussreichen Milizenchefs Abdelghani al-Kikli ausgebrochen waren.")
L4 = ("Dabei lieferten sich die regierungstreue Brigade 444 und die rivalisierende Radaa-Miliz tagelang Gefechte "
      "mit schweren Waffen, auch in dicht besiedelten Wohnvierteln.")
L5 = "Nach Angaben der UN-Mission in Libyen (UNSMIL) wurden mindestens acht Zivilisten getötet."
L6 = ("Dbeibah hatte der Radaa-Miliz nach Kiklis Tod ein Ultimatum gestellt, den Flughafen Mitiga und andere "
      "Einrichtungen binnen 48 Stunden zu räumen.")
L7 = ("Die UN-Gesandte Hanna Tetteh rief die verfeindeten Milizen auf, die am Mittwoch verkündete Waffenruhe "
      "einzuhalten, und warnte vor einer „neuen Spirale der Gewalt“.")
L8 = "Mehrere Minister erklärten am Freitag aus Solidarität mit den Demonstranten ihren Rücktritt."
L9 = ("Dbeibah warf seinen Gegnern vor, sie missbrauchten die Proteste, um „die Hauptstadt ins Chaos zu stürzen“, "
      "und lehnte einen Rücktritt ab.")
L10 = ("Libyen ist seit dem Sturz von Machthaber Muammar al-Gaddafi 2011 gespalten, im Osten konkurriert General "
       "Chalifa Haftar mit einer eigenen Regierung um die Macht.")

DE04 = {
    "id": "hm112-de-04", "lang": "de", "url": None, "published": "2025-05-16",
    "title": "Tausende fordern in Tripolis Rücktritt von Regierungschef Dbeibah",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10]),
    "events": [
        event("PROTEST", LBY_PROTESTERS, DBEIBAH, L1, mode="demo", date="2025-05-16", location="Tripoli",
              location_country="LBY"),
        event("PROTEST", LBY_PROTESTERS, DBEIBAH, L2, mode="demo", date="2025-05-16", location="Tripoli",
              location_country="LBY"),
        event("ASSAULT", LBY_SECURITY, LBY_PROTESTERS, L2, mode="crowd-control", date="2025-05-16",
              location="Tripoli", location_country="LBY"),
        event("ASSAULT", BRIGADE_444, RADAA, L4, mode="heavy-weapons", location="Tripoli", location_country="LBY"),
        event("ASSAULT", RADAA, BRIGADE_444, L4, mode="heavy-weapons", location="Tripoli", location_country="LBY"),
        event("THREATEN", DBEIBAH, RADAA, L6, mode="violence"),
        event("REQUEST", TETTEH, BRIGADE_444, L7, mode="yield"),
        event("REQUEST", TETTEH, RADAA, L7, mode="yield"),
        event("RETREAT", LBY_MINISTERS, None, L8, mode="resign", date="2025-05-16"),
        event("ACCUSE", DBEIBAH, DBEIBAH_OPPONENTS, L9, mode="allege"),
        event("REJECT", DBEIBAH, LBY_PROTESTERS, L9, mode="change"),
    ],
    "quotes": [
        quote("wurden mindestens acht Zivilisten getötet", "United Nations Support Mission in Libya", "indirect"),
        quote("neuen Spirale der Gewalt", "Hanna Tetteh", "direct"),
        quote("sie missbrauchten die Proteste, um „die Hauptstadt ins Chaos zu stürzen“", "Abdul Hamid Dbeibah",
              "indirect"),
        quote("die Hauptstadt ins Chaos zu stürzen", "Abdul Hamid Dbeibah", "direct"),
    ],
    "entities": [
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY",
               ["Ministerpräsident Abdul Hamid Dbeibah", "des Regierungschefs", "Dbeibah"]),
        entity("Martyrs' Square", "LOC", "LBY", ["Märtyrerplatz"]),
        entity("Libyan security forces", "ORG", "LBY", ["Sicherheitskräfte"]),
        entity("Abdelghani al-Kikli", "PER", "LBY", ["des einflussreichen Milizenchefs Abdelghani al-Kikli", "Kiklis"]),
        entity("444th Brigade", "ORG", "LBY", ["die regierungstreue Brigade 444"]),
        entity("Radaa Special Deterrence Force", "ORG", "LBY", ["die rivalisierende Radaa-Miliz", "der Radaa-Miliz"]),
        entity("United Nations Support Mission in Libya", "ORG", "UNO", ["UN-Mission in Libyen", "UNSMIL"]),
        entity("Mitiga International Airport", "LOC", "LBY", ["Flughafen Mitiga"]),
        entity("Hanna Tetteh", "PER", "UNO", ["Die UN-Gesandte Hanna Tetteh"]),
        entity("Libyan government ministers", "PER", "LBY", ["Mehrere Minister"]),
        entity("Libya", "GPE", "LBY", ["Libyen"]),
        entity("Muammar al-Gaddafi", "PER", "LBY", ["Machthaber Muammar al-Gaddafi"]),
        entity("Khalifa Haftar", "PER", "LBY", ["General Chalifa Haftar"]),
    ],
}

# ---------------------------------------------------------------- hm112-en-01
PAK_SECURITY = actor("Pakistani security forces", "PAK", "COP")
PTI_SUPPORTERS = actor("PTI supporters", "PAK", "OPP")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
ISB_POLICE = actor("Islamabad Police", "PAK", "COP")
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "OPP")
TARAR = actor("Attaullah Tarar", "PAK", "GOV")
PAK_AUTHORITIES = actor("Pakistani authorities", "PAK", "GOV")
KHAN = actor("Imran Khan", "PAK", "OPP")

P1 = ("Pakistani security forces fired tear gas and rubber bullets overnight to clear thousands of supporters of "
      "jailed former Prime Minister Imran Khan who had marched on Islamabad to demand his release.")
P2 = ("Police arrested nearly 1,000 people, Interior Minister Mohsin Naqvi told reporters on Wednesday, saying "
      "the \"so-called revolution\" had failed.")
P3 = ("Khan's wife Bushra Bibi and Ali Amin Gandapur, chief minister of Khyber Pakhtunkhwa province, left the "
      "protest site in a convoy before dawn.")
P4 = ("Khan's Pakistan Tehreek-e-Insaf (PTI) party said security forces had opened fire on unarmed protesters, "
      "killing at least eight people, and called the crackdown a \"massacre\".")
P5 = ("Information Minister Attaullah Tarar denied that live ammunition had been used and accused the PTI of "
      "spreading \"propaganda\" to stir up unrest.")
P6 = ("Authorities said four paramilitary Rangers were killed on Monday when a vehicle ploughed into them on a "
      "highway leading to the capital, and blamed Khan's supporters for the deaths.")
P7 = ("Ahead of the march, the government had sealed off Islamabad with shipping containers, suspended mobile "
      "internet services and banned all public gatherings in the capital.")
P8 = ("Khan, who has been in prison since August 2023, had called on his supporters from his cell to march on "
      "the capital and stay until he was freed.")
P9 = "PTI leaders said late on Wednesday that the protest had been suspended \"for now\"."

EN01 = {
    "id": "hm112-en-01", "lang": "en", "url": None, "published": "2024-11-27",
    "title": "Pakistan security forces clear Imran Khan supporters from Islamabad",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6], [P7, P8, P9]),
    "events": [
        event("ASSAULT", PAK_SECURITY, PTI_SUPPORTERS, P1, mode="crowd-control", date="2024-11-27",
              location="Islamabad", location_country="PAK"),
        event("PROTEST", PTI_SUPPORTERS, PAK_GOV, P1, mode="demo", location="Islamabad", location_country="PAK"),
        event("COERCE", ISB_POLICE, PTI_SUPPORTERS, P2, mode="arrest", location="Islamabad",
              location_country="PAK"),
        event("ACCUSE", PTI, PAK_SECURITY, P4, mode="allege"),
        event("ACCUSE", TARAR, PTI, P5, mode="allege"),
        event("ACCUSE", PAK_AUTHORITIES, PTI_SUPPORTERS, P6, mode="allege"),
        event("COERCE", PAK_GOV, PTI_SUPPORTERS, P7, mode="restrict", location="Islamabad", location_country="PAK"),
        event("COERCE", PAK_GOV, None, P7, mode="withhold", location_country="PAK"),
        event("PROTEST", KHAN, PAK_GOV, P8, mode="demo"),
        event("CONCEDE", PTI, PAK_GOV, P9, date="2024-11-27"),
    ],
    "quotes": [
        quote("Police arrested nearly 1,000 people", "Mohsin Naqvi", "indirect"),
        quote("the \"so-called revolution\" had failed", "Mohsin Naqvi", "indirect"),
        quote("so-called revolution", "Mohsin Naqvi", "direct"),
        quote("security forces had opened fire on unarmed protesters, killing at least eight people",
              "Pakistan Tehreek-e-Insaf", "indirect"),
        quote("massacre", "Pakistan Tehreek-e-Insaf", "direct"),
        quote("propaganda", "Attaullah Tarar", "direct"),
        quote("four paramilitary Rangers were killed on Monday when a vehicle ploughed into them on a highway "
              "leading to the capital", "Pakistani authorities", "indirect"),
        quote("the protest had been suspended \"for now\"", "Pakistan Tehreek-e-Insaf", "indirect"),
        quote("for now", "Pakistan Tehreek-e-Insaf", "direct"),
    ],
    "entities": [
        entity("Pakistani security forces", "ORG", "PAK", ["Pakistani security forces", "security forces"]),
        entity("Imran Khan", "PER", "PAK", ["jailed former Prime Minister Imran Khan", "Khan", "his", "he"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad", "the capital"]),
        entity("Islamabad Police", "ORG", "PAK", ["Police"]),
        entity("Mohsin Naqvi", "PER", "PAK", ["Interior Minister Mohsin Naqvi"]),
        entity("Bushra Bibi", "PER", "PAK", ["Khan's wife Bushra Bibi"]),
        entity("Ali Amin Gandapur", "PER", "PAK", ["Ali Amin Gandapur"]),
        entity("Khyber Pakhtunkhwa", "LOC", "PAK", ["Khyber Pakhtunkhwa province"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK",
               ["Pakistan Tehreek-e-Insaf (PTI) party", "the PTI", "PTI leaders"]),
        entity("Attaullah Tarar", "PER", "PAK", ["Information Minister Attaullah Tarar"]),
        entity("Pakistan Rangers", "ORG", "PAK", ["four paramilitary Rangers"]),
        entity("Pakistani authorities", "ORG", "PAK", ["Authorities"]),
        entity("Government of Pakistan", "ORG", "PAK", ["the government"]),
    ],
}

# ---------------------------------------------------------------- hm112-en-02
US_MIL = actor("United States Armed Forces", "USA", "MIL")
HOUTHIS = actor("Houthis", "YEM", "REB")
HOUTHI_HEALTH = actor("Houthi-run Health Ministry", "YEM", "GOV")
HOUTHI_POLBUREAU = actor("Houthi Political Bureau", "YEM", "REB")
US_NAVY = actor("United States Navy", "USA", "MIL")
IRAN = actor("Iran", "IRN", "GOV")
ARAQCHI = actor("Abbas Araqchi", "IRN", "GOV")

H1 = ("The U.S. military launched a wave of air strikes against Yemen's Iran-aligned Houthis on Saturday, the "
      "biggest U.S. military operation in the Middle East since President Donald Trump took office in January.")
H2 = ("The Houthi-run health ministry said at least 31 people were killed, including women and children, and more "
      "than 100 wounded in the capital Sanaa and the northern province of Saada.")
H3 = ("Trump wrote on his Truth Social platform that he had ordered \"decisive and powerful\" military action and "
      "warned the Houthis that \"hell will rain down upon you like nothing you have ever seen before\" if their "
      "attacks on shipping did not stop.")
H4 = "He also told Iran that its support for the group must end \"immediately\"."
H5 = ("The Houthis' political bureau called the strikes a \"war crime\" and said they would \"not go "
      "unanswered\".")
H6 = ("On Sunday, the group's military spokesman Yahya Saree said Houthi forces had fired 18 ballistic missiles and "
      "a drone at the aircraft carrier USS Harry S. Truman in the northern Red Sea.")
H7 = "A U.S. official said there was no evidence that the carrier had been hit."
H8 = ("Iranian Foreign Minister Abbas Araqchi condemned the strikes as a \"gross violation\" of international law "
      "and said Washington had \"no authority\" to dictate Iran's foreign policy.")
H9 = ("The Houthis had threatened last week to resume attacks on Israeli ships in the Red Sea after aid deliveries "
      "into Gaza were halted.")

EN02 = {
    "id": "hm112-en-02", "lang": "en", "url": None, "published": "2025-03-16",
    "title": "U.S. strikes Yemen's Houthis, Trump warns Iran",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9]),
    "events": [
        event("ASSAULT", US_MIL, HOUTHIS, H1, mode="aerial", date="2025-03-15", location_country="YEM"),
        event("ACCUSE", HOUTHI_HEALTH, US_MIL, H2, mode="allege"),
        event("ASSAULT", TRUMP, HOUTHIS, H3, date="2025-03-15", location_country="YEM"),
        event("THREATEN", TRUMP, HOUTHIS, H3, mode="violence", date="2025-03-15"),
        event("REQUEST", TRUMP, IRAN, H4, mode="change", date="2025-03-15"),
        event("ACCUSE", HOUTHI_POLBUREAU, USA, H5, mode="disapprove"),
        event("THREATEN", HOUTHI_POLBUREAU, USA, H5, mode="violence"),
        event("ASSAULT", HOUTHIS, US_NAVY, H6, mode="heavy-weapons", date="2025-03-16", location="Red Sea"),
        event("ACCUSE", ARAQCHI, USA, H8, mode="disapprove"),
        event("REJECT", ARAQCHI, USA, H8, mode="change"),
        event("THREATEN", HOUTHIS, ISRAEL, H9, mode="violence"),
    ],
    "quotes": [
        quote("at least 31 people were killed, including women and children, and more than 100 wounded in the "
              "capital Sanaa and the northern province of Saada", "Houthi-run Health Ministry", "indirect"),
        quote("he had ordered \"decisive and powerful\" military action", "Donald Trump", "indirect"),
        quote("decisive and powerful", "Donald Trump", "direct"),
        quote("hell will rain down upon you like nothing you have ever seen before", "Donald Trump", "direct"),
        quote("its support for the group must end \"immediately\"", "Donald Trump", "indirect"),
        quote("immediately", "Donald Trump", "direct"),
        quote("war crime", "Houthi Political Bureau", "direct"),
        quote("they would \"not go unanswered\"", "Houthi Political Bureau", "indirect"),
        quote("not go unanswered", "Houthi Political Bureau", "direct"),
        quote("Houthi forces had fired 18 ballistic missiles and a drone at the aircraft carrier USS Harry S. Truman "
              "in the northern Red Sea", "Yahya Saree", "indirect"),
        quote("there was no evidence that the carrier had been hit", "U.S. official", "indirect"),
        quote("gross violation", "Abbas Araqchi", "direct"),
        quote("Washington had \"no authority\" to dictate Iran's foreign policy", "Abbas Araqchi", "indirect"),
        quote("no authority", "Abbas Araqchi", "direct"),
    ],
    "entities": [
        entity("United States Armed Forces", "ORG", "USA", ["The U.S. military"]),
        entity("Yemen", "GPE", "YEM", ["Yemen"]),
        entity("Houthis", "ORG", "YEM", ["Iran-aligned Houthis", "the Houthis", "The Houthis", "the group",
                                         "Houthi forces"]),
        entity("Middle East", "LOC", None, ["Middle East"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "He"]),
        entity("Houthi-run Health Ministry", "ORG", "YEM", ["The Houthi-run health ministry"]),
        entity("Sanaa", "LOC", "YEM", ["the capital Sanaa"]),
        entity("Saada", "LOC", "YEM", ["the northern province of Saada"]),
        entity("Truth Social", "ORG", "USA", ["Truth Social"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("Houthi Political Bureau", "ORG", "YEM", ["The Houthis' political bureau"]),
        entity("Yahya Saree", "PER", "YEM", ["the group's military spokesman Yahya Saree"]),
        entity("USS Harry S. Truman", "ORG", "USA", ["the aircraft carrier USS Harry S. Truman", "the carrier"]),
        entity("Red Sea", "LOC", None, ["northern Red Sea", "the Red Sea"]),
        entity("U.S. official", "PER", "USA", ["A U.S. official"]),
        entity("Abbas Araqchi", "PER", "IRN", ["Iranian Foreign Minister Abbas Araqchi"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Israel", "GPE", "ISR", ["Israeli"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
