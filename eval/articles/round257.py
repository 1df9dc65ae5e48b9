"""Round 257: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm257-de-01: Sierra Leone: gunmen storm the Wilberforce barracks and Pademba Road prison in Freetown; Bio imposes a curfew, arrests, a threat and a coup accusation, ECOWAS backs Bio, Tinubu calls, Faki condemns, the APC asks for an inquiry, curfew eased (2023-11-27).
- hm257-de-02: Nigeria: the Federal High Court in Abuja sentences IPOB leader Nnamdi Kanu to life for terrorism; Kanu removed from court, IPOB calls a strike, Ohanaeze asks Tinubu for a pardon, Fagbemi welcomes the verdict, police reinforced in the southeast (2025-11-20).
- hm257-de-03: Israel: the Knesset passes the "reasonableness" law; opposition boycott, road blockades, water cannon and arrests, petition to the Supreme Court, Netanyahu's consensus pledge, Lapid refuses talks, Histadrut threat, doctors' strike, the White House regrets it (2023-07-25).
- hm257-de-04: Chile/Venezuela: dissident ex-officer Ronald Ojeda found dead after his abduction in Santiago; Tohá points to the Tren de Aragua, police cooperation and an arrest, Santiago presses Caracas, Gil hits back, Boric refuses to expel Venezuelan diplomats (2024-03-02).
- hm257-en-01: South Africa: Ramaphosa places Police Minister Senzo Mchunu on leave after Mkhwanazi's allegations; Madlanga commission, DA and EFF react, parliament's police committee summons both men (2025-07-13).
- hm257-en-02: Lebanon: Israeli shelling kills Reuters journalist Issam Abdallah near Alma al-Shaab; Mikati and the foreign ministry accuse Israel, Reuters asks for an investigation, Hezbollah-Israel exchange of fire, UNIFIL and CPJ appeals (2023-10-13).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm257-de-01 (Sierra Leone, Freetown attack)
SL_ATTACKERS = actor("gunmen who attacked the Wilberforce barracks", "SLE", "REB")
SLE_ARMY = actor("Republic of Sierra Leone Armed Forces", "SLE", "MIL")
SLE_PRISONS = actor("Sierra Leone Correctional Service", "SLE", "COP")
BIO = actor("Julius Maada Bio", "SLE", "GOV")
SLE_SEC = actor("Sierra Leone security forces", "SLE", "COP")
BAH = actor("Chernor Bah", "SLE", "GOV")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
APC = actor("All People's Congress", "SLE", "OPP")
SLE_GOV = actor("Government of Sierra Leone", "SLE", "GOV")

F1 = ("Freetown (AFP) - Bewaffnete Angreifer haben in Sierra Leones Hauptstadt Freetown eine Militärkaserne und das "
      "größte Gefängnis des Landes gestürmt.")
F2 = ("Die Gruppe griff am frühen Sonntagmorgen das Waffenlager der Wilberforce-Kaserne an und lieferte sich "
      "stundenlange Gefechte mit Soldaten.")
F3 = "Aus dem Pademba-Road-Gefängnis entkamen fast 1.900 Häftlinge."
F4 = "Präsident Julius Maada Bio verhängte eine landesweite Ausgangssperre."
F5 = ("Die meisten Anführer seien festgenommen worden, die Lage sei unter Kontrolle, sagte er in einer "
      "Fernsehansprache.")
F6 = "„Die Verantwortlichen werden die volle Härte des Gesetzes zu spüren bekommen“, sagte der Staatschef."
F7 = "Laut Informationsminister Chernor Bah handelte es sich um einen gescheiterten Putschversuch."
F9 = ("Die Wirtschaftsgemeinschaft Westafrikanischer Staaten (Ecowas) verurteilte den Angriff und sicherte Bio ihre "
      "Unterstützung zu.")
F10 = "Nigerias Präsident Bola Tinubu, der amtierende Ecowas-Vorsitzende, telefonierte am Sonntag mit Bio."
F11 = ("Auch der Präsident der Kommission der Afrikanischen Union, Moussa Faki Mahamat, verurteilte die Gewalt.")
F12 = ("Die oppositionelle APC, die Bios Wiederwahl im Juni nicht anerkennt, wies jede Verwicklung zurück und "
       "forderte eine unabhängige Untersuchung.")
F13 = "Am Montag verkürzte die Regierung die Ausgangssperre auf die Nachtstunden."

DE01 = {
    "id": "hm257-de-01", "lang": "de", "url": None, "published": "2023-11-27",
    "title": "Angreifer stürmen Kaserne und Gefängnis in Sierra Leone",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F9, F10, F11], [F12, F13]),
    "events": [
        event("ASSAULT", SL_ATTACKERS, SLE_ARMY, F1, mode="firearms", location="Freetown", location_country="SLE"),
        event("ASSAULT", SL_ATTACKERS, SLE_PRISONS, F1, mode="firearms", location="Freetown",
              location_country="SLE"),
        event("ASSAULT", SL_ATTACKERS, SLE_ARMY, F2, mode="firearms", date="2023-11-26", location="Freetown",
              location_country="SLE"),
        event("COERCE", BIO, None, F4, mode="curfew", location_country="SLE"),
        event("COERCE", SLE_SEC, SL_ATTACKERS, F5, mode="arrest"),
        event("THREATEN", BIO, SL_ATTACKERS, F6),
        event("ACCUSE", BAH, SL_ATTACKERS, F7, mode="allege"),
        event("ACCUSE", ECOWAS, SL_ATTACKERS, F9, mode="disapprove"),
        event("SUPPORT", ECOWAS, BIO, F9),
        event("CONSULT", TINUBU, BIO, F10, mode="phone", date="2023-11-26"),
        event("ACCUSE", FAKI, SL_ATTACKERS, F11, mode="disapprove"),
        event("REQUEST", APC, SLE_GOV, F12),
        event("RETREAT", SLE_GOV, None, F13, date="2023-11-27", location_country="SLE"),
    ],
    "quotes": [
        quote("Die meisten Anführer seien festgenommen worden, die Lage sei unter Kontrolle", "Julius Maada Bio",
              "indirect"),
        quote("Die Verantwortlichen werden die volle Härte des Gesetzes zu spüren bekommen", "Julius Maada Bio",
              "direct"),
        quote("handelte es sich um einen gescheiterten Putschversuch", "Chernor Bah", "indirect"),
    ],
    "entities": [
        entity("Freetown", "LOC", "SLE", ["Freetown"]),
        entity("Sierra Leone", "LOC", "SLE", ["Sierra Leones"]),
        entity("gunmen who attacked the Wilberforce barracks", "ORG", "SLE", ["Bewaffnete Angreifer", "Die Gruppe"]),
        entity("Wilberforce Barracks", "LOC", "SLE", ["eine Militärkaserne", "Wilberforce-Kaserne"]),
        entity("Pademba Road Prison", "LOC", "SLE", ["das größte Gefängnis des Landes", "Pademba-Road-Gefängnis"]),
        entity("Republic of Sierra Leone Armed Forces", "ORG", "SLE", ["Soldaten"]),
        entity("Julius Maada Bio", "PER", "SLE", ["Präsident Julius Maada Bio", "der Staatschef", "Bios", "Bio"]),
        entity("Chernor Bah", "PER", "SLE", ["Informationsminister Chernor Bah"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["Die Wirtschaftsgemeinschaft Westafrikanischer Staaten", "Ecowas"]),
        entity("Bola Tinubu", "PER", "NGA", ["Nigerias Präsident Bola Tinubu", "der amtierende Ecowas-Vorsitzende"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias"]),
        entity("Moussa Faki Mahamat", "PER", "IGO",
               ["der Präsident der Kommission der Afrikanischen Union, Moussa Faki Mahamat"]),
        entity("African Union Commission", "ORG", "IGO", ["der Kommission der Afrikanischen Union"]),
        entity("All People's Congress", "ORG", "SLE", ["Die oppositionelle APC"]),
        entity("Government of Sierra Leone", "ORG", "SLE", ["die Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm257-de-02 (Nigeria, Kanu sentenced)
NGA_COURT = actor("Federal High Court of Nigeria", "NGA", "JUD")
KANU = actor("Nnamdi Kanu", "NGA", "REB")
OMOTOSHO = actor("James Omotosho", "NGA", "JUD")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
IPOB = actor("Indigenous People of Biafra", "NGA", "REB")
OHANAEZE = actor("Ohanaeze Ndigbo", "NGA", "CVL")
FAGBEMI = actor("Lateef Fagbemi", "NGA", "GOV")
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")

N1 = ("Abuja (dpa) - Ein Bundesgericht in Nigeria hat den Separatistenführer Nnamdi Kanu wegen Terrorismus zu "
      "lebenslanger Haft verurteilt.")
N2 = ("Richter James Omotosho sprach den Anführer der verbotenen Bewegung Indigenous People of Biafra (Ipob) am "
      "Donnerstag in Abuja in allen sieben Anklagepunkten schuldig.")
N3 = ("Kanu habe mit seinen Radiosendungen zu Gewalt gegen Sicherheitskräfte im Südosten aufgerufen, sagte der "
      "Richter.")
N4 = ("Weil der 58-Jährige die Urteilsverkündung immer wieder unterbrach, ließ Omotosho ihn aus dem Saal führen.")
N5 = "Kanu hatte kurz zuvor seine Anwälte entlassen und sich selbst verteidigt."
N6 = "Er sei Opfer politischer Verfolgung, rief er beim Verlassen des Saals."
N7 = ("Ipob nannte das Urteil eine „Justizfarce“ und rief für Montag zu einem Generalstreik im Südosten auf.")
N8 = "Der Igbo-Ältestenrat Ohanaeze Ndigbo forderte Präsident Bola Tinubu auf, Kanu zu begnadigen."
N9 = "Nur ein politischer Dialog könne den Konflikt im Südosten beenden, erklärte der Rat."
N10 = "Justizminister Lateef Fagbemi begrüßte das Urteil als „Sieg des Rechtsstaats“."
N11 = ("Die Polizei verstärkte ihre Präsenz in Enugu, Onitsha und Owerri; die Lage sei ruhig, so ein "
       "Polizeisprecher.")
N12 = "Kanus Bruder Emmanuel sagte, die Familie werde Berufung einlegen."
N13 = ("Ipob kämpft für einen unabhängigen Staat Biafra, der im Bürgerkrieg von 1967 bis 1970 kurzzeitig "
       "existierte.")

DE02 = {
    "id": "hm257-de-02", "lang": "de", "url": None, "published": "2025-11-20",
    "title": "Lebenslange Haft für nigerianischen Separatistenführer Kanu",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10], [N11, N12, N13]),
    "events": [
        event("SANCTION", NGA_COURT, KANU, N1, mode="convict"),
        event("COERCE", NGA_COURT, KANU, N1, mode="arrest"),
        event("SANCTION", OMOTOSHO, KANU, N2, mode="convict", date="2025-11-20", location="Abuja",
              location_country="NGA"),
        event("ACCUSE", OMOTOSHO, KANU, N3, mode="allege"),
        event("COERCE", OMOTOSHO, KANU, N4, mode="restrict", location="Abuja", location_country="NGA"),
        event("ACCUSE", KANU, NGA_GOV, N6, mode="disapprove"),
        event("ACCUSE", IPOB, NGA_COURT, N7, mode="disapprove"),
        event("THREATEN", IPOB, NGA_GOV, N7, mode="restrict"),
        event("REQUEST", OHANAEZE, TINUBU, N8, mode="yield"),
        event("SUPPORT", FAGBEMI, NGA_COURT, N10),
        event("MOBILIZE", NGA_POLICE, None, N11, mode="police", location_country="NGA"),
    ],
    "quotes": [
        quote("Kanu habe mit seinen Radiosendungen zu Gewalt gegen Sicherheitskräfte im Südosten aufgerufen",
              "James Omotosho", "indirect"),
        quote("Er sei Opfer politischer Verfolgung", "Nnamdi Kanu", "indirect"),
        quote("Justizfarce", "Indigenous People of Biafra", "direct"),
        quote("Nur ein politischer Dialog könne den Konflikt im Südosten beenden", "Ohanaeze Ndigbo", "indirect"),
        quote("Sieg des Rechtsstaats", "Lateef Fagbemi", "direct"),
        quote("die Lage sei ruhig", "spokesperson of the Nigeria Police Force", "indirect"),
        quote("die Familie werde Berufung einlegen", "Emmanuel Kanu", "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Federal High Court of Nigeria", "ORG", "NGA", ["Ein Bundesgericht"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria"]),
        entity("Nnamdi Kanu", "PER", "NGA", ["den Separatistenführer Nnamdi Kanu", "den Anführer", "der 58-Jährige",
                                             "Kanus", "Kanu"]),
        entity("James Omotosho", "PER", "NGA", ["Richter James Omotosho", "der Richter", "Omotosho"]),
        entity("Indigenous People of Biafra", "ORG", "NGA",
               ["der verbotenen Bewegung Indigenous People of Biafra", "Ipob"]),
        entity("Nigerian security forces", "ORG", "NGA", ["Sicherheitskräfte"]),
        entity("Southeast Nigeria", "LOC", "NGA", ["im Südosten"]),
        entity("Ohanaeze Ndigbo", "ORG", "NGA", ["Der Igbo-Ältestenrat Ohanaeze Ndigbo", "der Rat"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu"]),
        entity("Lateef Fagbemi", "PER", "NGA", ["Justizminister Lateef Fagbemi"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["Die Polizei"]),
        entity("Enugu", "LOC", "NGA", ["Enugu"]),
        entity("Onitsha", "LOC", "NGA", ["Onitsha"]),
        entity("Owerri", "LOC", "NGA", ["Owerri"]),
        entity("spokesperson of the Nigeria Police Force", "PER", "NGA", ["ein Polizeisprecher"]),
        entity("Emmanuel Kanu", "PER", "NGA", ["Kanus Bruder Emmanuel"]),
        entity("Biafra", "LOC", "NGA", ["einen unabhängigen Staat Biafra"]),
    ],
}

# ---------------------------------------------------------------- hm257-de-03 (Israel, reasonableness law)
KNESSET = actor("Knesset", "ISR", "LEG")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
ISR_OPP = actor("Israeli opposition", "ISR", "OPP")
ISR_PROTESTERS = actor("protesters in Israel", "ISR", "CVL")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
MQG = actor("Movement for Quality Government in Israel", "ISR", "NGO")
LAPID = actor("Yair Lapid", "ISR", "OPP")
BAR_DAVID = actor("Arnon Bar-David", "ISR", "LAB")
ISR_DOCTORS = actor("Israeli doctors", "ISR", "CVL")
US_GOV = actor("Government of the United States", "USA", "GOV")

I1 = ("Jerusalem (AFP) - Das israelische Parlament hat trotz monatelanger Massenproteste ein Kernstück der "
      "umstrittenen Justizreform von Ministerpräsident Benjamin Netanjahu verabschiedet.")
I2 = ("Die Knesset stimmte am Montag mit 64 zu null Stimmen für ein Gesetz, das dem Obersten Gericht die "
      "Möglichkeit nimmt, Regierungsentscheidungen als unangemessen aufzuheben.")
I3 = "Die Opposition boykottierte die Abstimmung und verließ unter „Schande“-Rufen den Plenarsaal."
I4 = "Vor dem Parlament und in Tel Aviv blockierten Zehntausende Demonstranten Straßen."
I5 = "Die Polizei setzte Wasserwerfer ein und nahm 19 Menschen fest."
I6 = "Die Bewegung für Qualitätsregierung reichte noch in der Nacht eine Petition beim Obersten Gericht ein."
I7 = ("Netanjahu sagte in einer Fernsehansprache, seine Regierung werde bis Ende November nur im Einvernehmen mit "
      "der Opposition über weitere Teile der Reform entscheiden.")
I8 = "„Wir sind bereit, jederzeit zu verhandeln“, sagte er."
I9 = ("Oppositionsführer Jair Lapid lehnte Gespräche ab und nannte die Regierung eine „Gefahr für den Staat“.")
I10 = ("Der Chef des Gewerkschaftsdachverbands Histadrut, Arnon Bar-David, drohte mit einem Generalstreik.")
I11 = "Am Dienstag streikten Ärzte in den staatlichen Krankenhäusern für 24 Stunden."
I12 = ("Das Weiße Haus nannte es „bedauerlich“, dass das Gesetz mit der knappsten möglichen Mehrheit verabschiedet "
       "worden sei.")

DE03 = {
    "id": "hm257-de-03", "lang": "de", "url": None, "published": "2023-07-25",
    "title": "Knesset verabschiedet Kernstück der Justizreform",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10], [I11, I12]),
    "events": [
        event("SUPPORT", KNESSET, NETANYAHU, I1),
        event("SUPPORT", KNESSET, ISR_GOV, I2, date="2023-07-24"),
        event("PROTEST", ISR_OPP, ISR_GOV, I3, mode="boycott"),
        event("PROTEST", ISR_PROTESTERS, ISR_GOV, I4, mode="obstruct", location_country="ISR"),
        event("ASSAULT", ISR_POLICE, ISR_PROTESTERS, I5, mode="crowd-control", location_country="ISR"),
        event("COERCE", ISR_POLICE, ISR_PROTESTERS, I5, mode="arrest", location_country="ISR"),
        event("ACCUSE", MQG, ISR_GOV, I6, mode="allege"),
        event("CONCEDE", NETANYAHU, ISR_OPP, I7),
        event("AGREE", NETANYAHU, ISR_OPP, I8),
        event("REJECT", LAPID, NETANYAHU, I9, mode="meet"),
        event("ACCUSE", LAPID, ISR_GOV, I9, mode="disapprove"),
        event("THREATEN", BAR_DAVID, ISR_GOV, I10, mode="restrict"),
        event("PROTEST", ISR_DOCTORS, ISR_GOV, I11, mode="strike", date="2023-07-25", location_country="ISR"),
        event("ACCUSE", US_GOV, ISR_GOV, I12, mode="disapprove"),
    ],
    "quotes": [
        quote("Schande", "Israeli opposition", "direct"),
        quote("seine Regierung werde bis Ende November nur im Einvernehmen mit der Opposition über weitere Teile der "
              "Reform entscheiden", "Benjamin Netanyahu", "indirect"),
        quote("Wir sind bereit, jederzeit zu verhandeln", "Benjamin Netanyahu", "direct"),
        quote("Gefahr für den Staat", "Yair Lapid", "direct"),
        quote("bedauerlich", "White House", "direct"),
        quote("das Gesetz mit der knappsten möglichen Mehrheit verabschiedet worden sei", "White House", "indirect"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Knesset", "ORG", "ISR", ["Das israelische Parlament", "Die Knesset", "dem Parlament"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "Netanjahu"]),
        entity("Supreme Court of Israel", "ORG", "ISR", ["dem Obersten Gericht", "beim Obersten Gericht"]),
        entity("Israeli opposition", "ORG", "ISR", ["Die Opposition", "der Opposition"]),
        entity("Knesset plenary hall", "LOC", "ISR", ["den Plenarsaal"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Israel Police", "ORG", "ISR", ["Die Polizei"]),
        entity("Movement for Quality Government in Israel", "ORG", "ISR", ["Die Bewegung für Qualitätsregierung"]),
        entity("Government of Israel", "ORG", "ISR", ["seine Regierung", "die Regierung"]),
        entity("Yair Lapid", "PER", "ISR", ["Oppositionsführer Jair Lapid"]),
        entity("Histadrut", "ORG", "ISR", ["des Gewerkschaftsdachverbands Histadrut"]),
        entity("Arnon Bar-David", "PER", "ISR",
               ["Der Chef des Gewerkschaftsdachverbands Histadrut, Arnon Bar-David"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
    ],
}

# ---------------------------------------------------------------- hm257-de-04 (Chile/Venezuela, Ronald Ojeda)
KIDNAPPERS = actor("kidnappers of Ronald Ojeda", "CHL", "CVL")
OJEDA = actor("Ronald Ojeda", "VEN", "OPP")
TOHA = actor("Carolina Tohá", "CHL", "GOV")
TDA = actor("Tren de Aragua", "VEN", "CVL")
PDI = actor("Investigations Police of Chile", "CHL", "COP")
COL_POLICE = actor("National Police of Colombia", "COL", "COP")
PER_POLICE = actor("National Police of Peru", "PER", "COP")
BARROS = actor("Héctor Barros", "CHL", "JUD")
OJEDA_SUSPECT = actor("suspect in the killing of Ronald Ojeda", "VEN", "CVL")
VAN_KLAVEREN = actor("Alberto van Klaveren", "CHL", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
GIL = actor("Yván Gil", "VEN", "GOV")
CHL_RIGHT = actor("Chilean right", "CHL", "OPP")
UDI_MPS = actor("members of parliament of the Independent Democratic Union", "CHL", "OPP")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
CHILE = actor("Chile", "CHL", "GOV")

O1 = ("Santiago de Chile (AFP) - Der venezolanische Regierungskritiker Ronald Ojeda ist in Chile tot aufgefunden "
      "worden.")
O2 = ("Ermittler entdeckten die Leiche des 32-jährigen Ex-Offiziers am Freitag in einem Koffer, der in Maipú am "
      "Rand der Hauptstadt unter einer Betonschicht vergraben war.")
O3 = ("Männer in Uniformen der Kriminalpolizei PDI hatten Ojeda am 21. Februar aus seiner Wohnung im Stadtteil "
      "Independencia verschleppt.")
O4 = "Innenministerin Carolina Tohá sprach von einem „abscheulichen Verbrechen“."
O5 = "Es gebe Hinweise auf eine Beteiligung der venezolanischen Bande Tren de Aragua, sagte sie."
O6 = "Die PDI arbeite dabei eng mit der Polizei in Kolumbien und Peru zusammen."
O7 = ("Staatsanwalt Héctor Barros leitete Ermittlungen wegen Mordes ein; ein 17-jähriger Venezolaner wurde bereits "
      "festgenommen.")
O8 = ("Außenminister Alberto van Klaveren forderte Caracas auf, bei der Aufklärung uneingeschränkt zu "
      "kooperieren.")
O9 = "Venezuelas Außenminister Yván Gil wies jede Verbindung seiner Regierung zu dem Fall zurück."
O10 = ("Er warf der chilenischen Rechten vor, den Tod Ojedas für eine Kampagne gegen Venezuela zu missbrauchen.")
O11 = ("Abgeordnete der rechten UDI verlangten von Präsident Gabriel Boric, die venezolanischen Diplomaten "
       "auszuweisen.")
O12 = ("Boric lehnte das ab: Die Beziehungen zu Caracas seien für die Rückführung venezolanischer Straftäter "
       "wichtig.")
O13 = "Die Regierung wies die Diplomaten daher nicht aus, bestellte aber den venezolanischen Geschäftsträger ein."
O14 = "Ojeda war 2017 aus venezolanischer Militärhaft geflohen; Chile hatte ihm 2023 Asyl gewährt."

DE04 = {
    "id": "hm257-de-04", "lang": "de", "url": None, "published": "2024-03-02",
    "title": "Entführter venezolanischer Regierungskritiker in Chile tot aufgefunden",
    "text": paragraphs([O1, O2, O3], [O4, O5, O6, O7], [O8, O9, O10], [O11, O12, O13, O14]),
    "events": [
        event("ASSAULT", KIDNAPPERS, OJEDA, O3, mode="abduct", date="2024-02-21", location="Independencia",
              location_country="CHL"),
        event("ACCUSE", TOHA, KIDNAPPERS, O4, mode="disapprove"),
        event("ACCUSE", TOHA, TDA, O5, mode="allege"),
        event("COOPERATE", PDI, COL_POLICE, O6),
        event("COOPERATE", PDI, PER_POLICE, O6),
        event("ACCUSE", BARROS, KIDNAPPERS, O7, mode="investigate"),
        event("COERCE", PDI, OJEDA_SUSPECT, O7, mode="arrest"),
        event("REQUEST", VAN_KLAVEREN, VEN_GOV, O8),
        event("ACCUSE", GIL, CHL_RIGHT, O10, mode="disapprove"),
        event("REQUEST", UDI_MPS, BORIC, O11, mode="change"),
        event("REJECT", BORIC, UDI_MPS, O12, mode="change"),
        event("SANCTION", CHL_GOV, VEN_GOV, O13, mode="expel", negated=True),
        event("ACCUSE", CHL_GOV, VEN_GOV, O13, mode="disapprove"),
        event("AID", CHILE, OJEDA, O14),
    ],
    "quotes": [
        quote("abscheulichen Verbrechen", "Carolina Tohá", "direct"),
        quote("Es gebe Hinweise auf eine Beteiligung der venezolanischen Bande Tren de Aragua", "Carolina Tohá",
              "indirect"),
        quote("Die PDI arbeite dabei eng mit der Polizei in Kolumbien und Peru zusammen", "Carolina Tohá",
              "indirect"),
        quote("den Tod Ojedas für eine Kampagne gegen Venezuela zu missbrauchen", "Yván Gil", "indirect"),
        quote("Die Beziehungen zu Caracas seien für die Rückführung venezolanischer Straftäter wichtig",
              "Gabriel Boric", "indirect"),
    ],
    "entities": [
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile", "der Hauptstadt"]),
        entity("Ronald Ojeda", "PER", "VEN", ["Der venezolanische Regierungskritiker Ronald Ojeda",
                                              "des 32-jährigen Ex-Offiziers", "Ojedas", "Ojeda"]),
        entity("Chile", "LOC", "CHL", ["Chile"]),
        entity("Maipú", "LOC", "CHL", ["Maipú"]),
        entity("kidnappers of Ronald Ojeda", "PER", "CHL", ["Männer in Uniformen der Kriminalpolizei PDI"]),
        entity("Investigations Police of Chile", "ORG", "CHL", ["der Kriminalpolizei PDI", "Die PDI"]),
        entity("Independencia", "LOC", "CHL", ["im Stadtteil Independencia"]),
        entity("Carolina Tohá", "PER", "CHL", ["Innenministerin Carolina Tohá"]),
        entity("Tren de Aragua", "ORG", "VEN", ["der venezolanischen Bande Tren de Aragua"]),
        entity("Colombia", "LOC", "COL", ["Kolumbien"]),
        entity("Peru", "LOC", "PER", ["Peru"]),
        entity("Héctor Barros", "PER", "CHL", ["Staatsanwalt Héctor Barros"]),
        entity("suspect in the killing of Ronald Ojeda", "PER", "VEN", ["ein 17-jähriger Venezolaner"]),
        entity("Alberto van Klaveren", "PER", "CHL", ["Außenminister Alberto van Klaveren"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Caracas", "seiner Regierung"]),
        entity("Yván Gil", "PER", "VEN", ["Venezuelas Außenminister Yván Gil"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuelas", "Venezuela"]),
        entity("Chilean right", "ORG", "CHL", ["der chilenischen Rechten"]),
        entity("Independent Democratic Union", "ORG", "CHL", ["der rechten UDI"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "Boric"]),
        entity("Venezuelan diplomats in Chile", "ORG", "VEN", ["die venezolanischen Diplomaten", "die Diplomaten"]),
        entity("Government of Chile", "ORG", "CHL", ["Die Regierung"]),
        entity("chargé d'affaires of Venezuela in Chile", "PER", "VEN", ["den venezolanischen Geschäftsträger"]),
    ],
}

# ---------------------------------------------------------------- hm257-en-01 (South Africa, Mchunu on leave)
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
MCHUNU = actor("Senzo Mchunu", "ZAF", "GOV")
MKHWANAZI = actor("Nhlanhla Mkhwanazi", "ZAF", "COP")
MADLANGA_COMM = actor("Madlanga Commission of Inquiry", "ZAF", "JUD")
DA = actor("Democratic Alliance", "ZAF", "PTY")
EFF = actor("Economic Freedom Fighters", "ZAF", "OPP")
PC_POLICE = actor("Portfolio Committee on Police", "ZAF", "LEG")
MASEMOLA = actor("Fannie Masemola", "ZAF", "COP")

E1 = ("JOHANNESBURG, July 13 (Reuters) - South African President Cyril Ramaphosa on Sunday placed Police Minister "
      "Senzo Mchunu on leave after a senior police commander accused him of interfering in investigations into "
      "political killings.")
E2 = ("In a televised address, Ramaphosa said he had appointed law professor Firoz Cachalia as acting police "
      "minister.")
E3 = ("He also set up a judicial commission of inquiry, chaired by former Deputy Chief Justice Mbuyiseli Madlanga, "
      "to investigate the allegations.")
E4 = ('"These are serious allegations that strike at the heart of our constitutional democracy," Ramaphosa said.')
E5 = ("KwaZulu-Natal police commissioner Nhlanhla Mkhwanazi told reporters last Sunday that Mchunu had disbanded a "
      "task team on political killings to protect politicians and businessmen linked to a drug cartel.")
E6 = "Mchunu has denied the accusations and said he would cooperate fully with the commission."
E7 = ("The Democratic Alliance, the second-largest party in the government of national unity, welcomed the inquiry "
      "but demanded that Mchunu be fired.")
E8 = ('The Economic Freedom Fighters called the decision "a cover-up" and accused Ramaphosa of shielding a '
      'political ally.')
E9 = ("Parliament's police committee has summoned Mchunu and Mkhwanazi to appear before it next week, according to "
      "its chairman Ian Cameron.")
E10 = "National Police Commissioner Fannie Masemola said the police would support the commission's work."
E11 = "South Africa has one of the world's highest murder rates, with more than 70 killings a day."

EN01 = {
    "id": "hm257-en-01", "lang": "en", "url": None, "published": "2025-07-13",
    "title": "South Africa's Ramaphosa puts police minister on leave, orders inquiry",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6], [E7, E8, E9], [E10, E11]),
    "events": [
        event("SANCTION", RAMAPHOSA, MCHUNU, E1, date="2025-07-13"),
        event("ACCUSE", MKHWANAZI, MCHUNU, E1, mode="allege"),
        event("ACCUSE", RAMAPHOSA, MCHUNU, E3, mode="investigate"),
        event("ACCUSE", MKHWANAZI, MCHUNU, E5, mode="allege"),
        event("AGREE", MCHUNU, MADLANGA_COMM, E6),
        event("SUPPORT", DA, RAMAPHOSA, E7),
        event("REQUEST", DA, RAMAPHOSA, E7, mode="change"),
        event("ACCUSE", EFF, RAMAPHOSA, E8, mode="disapprove"),
        event("REQUEST", PC_POLICE, MCHUNU, E9),
        event("REQUEST", PC_POLICE, MKHWANAZI, E9),
        event("AGREE", MASEMOLA, MADLANGA_COMM, E10),
    ],
    "quotes": [
        quote("he had appointed law professor Firoz Cachalia as acting police minister", "Cyril Ramaphosa",
              "indirect"),
        quote("These are serious allegations that strike at the heart of our constitutional democracy",
              "Cyril Ramaphosa", "direct"),
        quote("Mchunu had disbanded a task team on political killings to protect politicians and businessmen linked "
              "to a drug cartel", "Nhlanhla Mkhwanazi", "indirect"),
        quote("he would cooperate fully with the commission", "Senzo Mchunu", "indirect"),
        quote("Mchunu be fired", "Democratic Alliance", "indirect"),
        quote("a cover-up", "Economic Freedom Fighters", "direct"),
        quote("Parliament's police committee has summoned Mchunu and Mkhwanazi to appear before it next week",
              "Ian Cameron", "indirect"),
        quote("the police would support the commission's work", "Fannie Masemola", "indirect"),
    ],
    "entities": [
        entity("Johannesburg", "LOC", "ZAF", ["JOHANNESBURG"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["South African President Cyril Ramaphosa", "Ramaphosa"]),
        entity("Senzo Mchunu", "PER", "ZAF", ["Police Minister Senzo Mchunu", "Mchunu"]),
        entity("Nhlanhla Mkhwanazi", "PER", "ZAF", ["a senior police commander",
                                                    "KwaZulu-Natal police commissioner Nhlanhla Mkhwanazi",
                                                    "Mkhwanazi"]),
        entity("Firoz Cachalia", "PER", "ZAF", ["law professor Firoz Cachalia"]),
        entity("Madlanga Commission of Inquiry", "ORG", "ZAF", ["a judicial commission of inquiry", "the commission",
                                                                "the inquiry"]),
        entity("Mbuyiseli Madlanga", "PER", "ZAF", ["former Deputy Chief Justice Mbuyiseli Madlanga"]),
        entity("KwaZulu-Natal", "LOC", "ZAF", ["KwaZulu-Natal"]),
        entity("Political Killings Task Team", "ORG", "ZAF", ["a task team on political killings"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["The Democratic Alliance"]),
        entity("Government of National Unity", "ORG", "ZAF", ["the government of national unity"]),
        entity("Economic Freedom Fighters", "ORG", "ZAF", ["The Economic Freedom Fighters"]),
        entity("Portfolio Committee on Police", "ORG", "ZAF", ["Parliament's police committee"]),
        entity("Parliament of South Africa", "ORG", "ZAF", ["Parliament"]),
        entity("Ian Cameron", "PER", "ZAF", ["its chairman Ian Cameron"]),
        entity("Fannie Masemola", "PER", "ZAF", ["National Police Commissioner Fannie Masemola"]),
        entity("South African Police Service", "ORG", "ZAF", ["the police"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa"]),
    ],
}

# ---------------------------------------------------------------- hm257-en-02 (Lebanon, Issam Abdallah killed)
IDF = actor("Israel Defense Forces", "ISR", "MIL")
ABDALLAH = actor("Issam Abdallah", "LBN", "CVL")
LBN_JOURNALISTS = actor("journalists in southern Lebanon", "LBN", "CVL")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
LBN_MFA = actor("Ministry of Foreign Affairs of Lebanon", "LBN", "GOV")
REUTERS = actor("Reuters", "MNC", "BUS")
ISR_AUTH = actor("Israeli authorities", "ISR", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
UNIFIL = actor("UNIFIL", "UNO", "IGO")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
CPJ = actor("Committee to Protect Journalists", "NGO", "NGO")

L1 = ("BEIRUT, Oct 13 (Reuters) - Israeli shelling killed Reuters video journalist Issam Abdallah and wounded six "
      "other journalists near the Lebanese border village of Alma al-Shaab on Friday.")
L2 = ("The journalists from Reuters, AFP and Al Jazeera had been filming in the open when two shells struck them "
      "within seconds.")
L3 = "AFP photographer Christina Assi was seriously wounded."
L4 = ("Lebanese Prime Minister Najib Mikati condemned the killing and said it was part of Israel's aggression "
      "against Lebanon.")
L5 = ("The foreign ministry in Beirut said it had instructed Lebanon's mission to the United Nations to file a "
      "complaint with the Security Council.")
L6 = ('"We are deeply saddened," Reuters said in a statement, urging Israeli authorities to conduct a swift, '
      'thorough and transparent investigation.')
L7 = ('Israeli military spokesman Lt. Col. Richard Hecht said the army was "very sorry" about the death but did '
      'not say whether its forces had fired the shells.')
L8 = ("Hezbollah said it had fired guided missiles at Israeli army positions in the Shebaa Farms area, and the "
      "Israeli military said it responded with artillery fire.")
L9 = "The U.N. peacekeeping force in Lebanon, UNIFIL, urged both sides to exercise maximum restraint."
L10 = "The Lebanese army said Israeli forces had also shelled the outskirts of several villages near the border."
L11 = ("The Committee to Protect Journalists called on Israel to ensure that journalists covering the conflict are "
       "protected.")

EN02 = {
    "id": "hm257-en-02", "lang": "en", "url": None, "published": "2023-10-13",
    "title": "Reuters journalist killed by Israeli shelling in southern Lebanon",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10], [L11]),
    "events": [
        event("ASSAULT", IDF, ABDALLAH, L1, mode="heavy-weapons", date="2023-10-13", location="Alma al-Shaab",
              location_country="LBN"),
        event("ASSAULT", IDF, LBN_JOURNALISTS, L1, mode="heavy-weapons", date="2023-10-13",
              location="Alma al-Shaab", location_country="LBN"),
        event("ACCUSE", MIKATI, ISRAEL, L4, mode="disapprove"),
        event("ACCUSE", LBN_MFA, ISRAEL, L5, mode="allege"),
        event("REQUEST", REUTERS, ISR_AUTH, L6),
        event("ASSAULT", HEZBOLLAH, IDF, L8, mode="heavy-weapons", date="2023-10-13", location="Shebaa Farms"),
        event("ASSAULT", IDF, HEZBOLLAH, L8, mode="heavy-weapons", date="2023-10-13"),
        event("REQUEST", UNIFIL, IDF, L9),
        event("REQUEST", UNIFIL, HEZBOLLAH, L9),
        event("ACCUSE", LAF, IDF, L10, mode="allege"),
        event("REQUEST", CPJ, ISRAEL, L11),
    ],
    "quotes": [
        quote("it was part of Israel's aggression against Lebanon", "Najib Mikati", "indirect"),
        quote("it had instructed Lebanon's mission to the United Nations to file a complaint with the Security "
              "Council", "Ministry of Foreign Affairs of Lebanon", "indirect"),
        quote("We are deeply saddened", "Reuters", "direct"),
        quote("very sorry", "Richard Hecht", "direct"),
        quote('the army was "very sorry" about the death', "Richard Hecht", "indirect"),
        quote("it had fired guided missiles at Israeli army positions in the Shebaa Farms area",
              "Hezbollah", "indirect"),
        quote("it responded with artillery fire", "Israel Defense Forces", "indirect"),
        quote("Israeli forces had also shelled the outskirts of several villages near the border",
              "Lebanese Armed Forces", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["BEIRUT", "Beirut"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Issam Abdallah", "PER", "LBN", ["Reuters video journalist Issam Abdallah", "Abdallah"]),
        entity("Alma al-Shaab", "LOC", "LBN", ["the Lebanese border village of Alma al-Shaab"]),
        entity("Agence France-Presse", "ORG", "FRA", ["AFP"]),
        entity("Al Jazeera", "ORG", "QAT", ["Al Jazeera"]),
        entity("Christina Assi", "PER", "LBN", ["AFP photographer Christina Assi"]),
        entity("Najib Mikati", "PER", "LBN", ["Lebanese Prime Minister Najib Mikati"]),
        entity("Israel", "LOC", "ISR", ["Israel's", "Israel"]),
        entity("Lebanon", "LOC", "LBN", ["Lebanon's", "Lebanon"]),
        entity("Ministry of Foreign Affairs of Lebanon", "ORG", "LBN", ["The foreign ministry in Beirut"]),
        entity("Permanent Mission of Lebanon to the United Nations", "ORG", "LBN",
               ["Lebanon's mission to the United Nations"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations", "U.N."]),
        entity("United Nations Security Council", "ORG", "UNO", ["the Security Council"]),
        entity("Israeli authorities", "ORG", "ISR", ["Israeli authorities"]),
        entity("Richard Hecht", "PER", "ISR", ["Israeli military spokesman Lt. Col. Richard Hecht"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["the army", "Israeli army", "the Israeli military",
                                                       "Israeli forces"]),
        entity("Hezbollah", "ORG", "LBN", ["Hezbollah"]),
        entity("Shebaa Farms", "LOC", None, ["the Shebaa Farms area"]),
        entity("UNIFIL", "ORG", "UNO", ["The U.N. peacekeeping force in Lebanon, UNIFIL"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["The Lebanese army"]),
        entity("Committee to Protect Journalists", "ORG", "USA", ["The Committee to Protect Journalists"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
