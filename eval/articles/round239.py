"""Round 239: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm239-de-01: Israeli air strike on Tehran's Evin prison during the June war; Katz's announcement, Iran's judiciary and Araghchi object, Barrot and Paris press for Kohler and Paris, Amnesty appeals, IRGC missile salvo (2025-06-23).
- hm239-de-02: Guinea: FNDC activists Foniké Menguè and Billo Bah abducted in Conakry; the FNDC blames the junta and the military, the government denies, protests dispersed, UN rights office and ECOWAS appeal (2024-07-11).
- hm239-de-03: Bolivia: Evo Morales says his car was shot at in the Chapare and blames the government; del Castillo says the convoy fired on anti-drug police, Arce orders an inquiry, road blockades, OAS appeal (2024-10-27).
- hm239-de-04: Tunisia's National Guard clears migrant camps in the olive groves of El Amra and Jebeniana near Sfax; NGOs allege desert expulsions, Saied and the IOM, EU money, Meloni's praise, UN appeal (2025-04-05).
- hm239-en-01: JNIM attack on the army camp and town of Djibo, Burkina Faso; army claims air strikes, Traore sends reinforcements, Mali and Niger express solidarity, Guterres and HRW react (2025-05-13).
- hm239-en-02: The ICJ orders Venezuela not to hold elections in the Essequibo; Ali welcomes it, Gil and Maduro reject it, CARICOM, Washington and Brazil react, Guyana's army not on higher alert (2025-05-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm239-de-01 (Evin prison strike)
ISR_AF = actor("Israeli Air Force", "ISR", "MIL")
IRAN = actor("Iran", "IRN", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
IRN_JUD = actor("Judiciary of Iran", "IRN", "JUD")
ISRAEL = actor("Israel", "ISR", "GOV")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
GUTERRES = actor("Antonio Guterres", "UNO", "IGO")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
BARROT = actor("Jean-Noel Barrot", "FRA", "GOV")
FRANCE = actor("France", "FRA", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")

E1 = ("Teheran (dpa) - Die israelische Luftwaffe hat am Montag das berüchtigte Evin-Gefängnis im Norden Teherans "
      "bombardiert.")
E2 = "Auf Videos in sozialen Netzwerken war eine dichte Rauchwolke über dem Gelände zu sehen."
E3 = "Bei dem Angriff sollen mehrere Häftlinge und Wärter getötet worden sein."
E4 = ("Verteidigungsminister Israel Katz hatte zuvor Angriffe »mit beispielloser Wucht« auf Ziele des Regimes in "
      "Teheran angekündigt, darunter das Gefängnis und das Hauptquartier der Basidsch-Miliz.")
E5 = ("Die Armee erklärte, in Evin würden seit Jahrzehnten Regimegegner gefoltert und ausländische Staatsbürger als "
      "Faustpfand festgehalten.")
E6 = "Israel habe gezielt Zivilisten ins Visier genommen, erklärte die iranische Justiz und sprach von einem Kriegsverbrechen."
E7 = "Außenminister Abbas Araghtschi verurteilte den Angriff als »vorsätzliches Verbrechen gegen Gefangene«."
E8 = ("Er telefonierte am Abend mit UN-Generalsekretär António Guterres und verlangte eine Dringlichkeitssitzung des "
      "Sicherheitsrats.")
E9 = ("Frankreichs Außenminister Jean-Noël Barrot nannte den Angriff »inakzeptabel«, weil in Evin die Franzosen "
      "Cécile Kohler und Jacques Paris festgehalten würden.")
E10 = "Paris forderte Teheran erneut auf, die beiden unverzüglich freizulassen."
E11 = "Amnesty International rief Israel und Iran auf, das Leben der Gefangenen zu schützen."
E12 = "„Niemand in Evin hat sich diesen Krieg ausgesucht“, sagte die Schwester eines inhaftierten Journalisten."
E13 = "Ein Justizsprecher wies Berichte zurück, wonach Häftlingen bei dem Angriff die Flucht gelungen sei."
E14 = "Die Revolutionsgarden feuerten am Abend eine weitere Salve ballistischer Raketen auf Israel ab."
E15 = "Der Krieg dauert inzwischen seit elf Tagen an."

DE01 = {
    "id": "hm239-de-01", "lang": "de", "url": None, "published": "2025-06-23",
    "title": "Israel bombardiert Evin-Gefängnis in Teheran",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7, E8], [E9, E10, E11, E12], [E13, E14, E15]),
    "events": [
        event("ASSAULT", ISR_AF, IRAN, E1, mode="aerial", date="2025-06-23", location="Tehran",
              location_country="IRN"),
        event("THREATEN", KATZ, IRAN, E4, mode="violence"),
        event("ACCUSE", IDF, IRAN, E5, mode="allege"),
        event("ACCUSE", IRN_JUD, ISRAEL, E6, mode="allege"),
        event("ACCUSE", ARAGHCHI, ISRAEL, E7, mode="disapprove"),
        event("CONSULT", ARAGHCHI, GUTERRES, E8, mode="phone"),
        event("REQUEST", ARAGHCHI, UNSC, E8, mode="meet"),
        event("ACCUSE", BARROT, ISRAEL, E9, mode="disapprove"),
        event("REQUEST", FRANCE, IRAN, E10, mode="yield"),
        event("REQUEST", AMNESTY, ISRAEL, E11),
        event("REQUEST", AMNESTY, IRAN, E11),
        event("ASSAULT", IRGC, ISRAEL, E14, date="2025-06-23"),
    ],
    "quotes": [
        quote("mit beispielloser Wucht", "Israel Katz", "direct"),
        quote("in Evin würden seit Jahrzehnten Regimegegner gefoltert und ausländische Staatsbürger als Faustpfand "
              "festgehalten", "Israel Defense Forces", "indirect"),
        quote("Israel habe gezielt Zivilisten ins Visier genommen", "Judiciary of Iran", "indirect"),
        quote("vorsätzliches Verbrechen gegen Gefangene", "Abbas Araghchi", "direct"),
        quote("inakzeptabel", "Jean-Noel Barrot", "direct"),
        quote("in Evin die Franzosen Cécile Kohler und Jacques Paris festgehalten würden", "Jean-Noel Barrot",
              "indirect"),
        quote("Niemand in Evin hat sich diesen Krieg ausgesucht", "sister of a detained journalist", "direct"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran", "Teherans"]),
        entity("Israeli Air Force", "ORG", "ISR", ["Die israelische Luftwaffe"]),
        entity("Evin prison", "LOC", "IRN", ["Evin-Gefängnis", "das Gefängnis", "Evin"]),
        entity("Israel Katz", "PER", "ISR", ["Verteidigungsminister Israel Katz"]),
        entity("Basij", "ORG", "IRN", ["Basidsch-Miliz"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die Armee"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["die iranische Justiz"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Außenminister Abbas Araghtschi", "Er"]),
        entity("Antonio Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("United Nations Security Council", "ORG", "UNO", ["Sicherheitsrats"]),
        entity("Jean-Noel Barrot", "PER", "FRA", ["Frankreichs Außenminister Jean-Noël Barrot"]),
        entity("Cecile Kohler", "PER", "FRA", ["Cécile Kohler"]),
        entity("Jacques Paris", "PER", "FRA", ["Jacques Paris"]),
        entity("France", "LOC", "FRA", ["Paris"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Die Revolutionsgarden"]),
        entity("Judiciary of Iran spokesperson", "PER", "IRN", ["Ein Justizsprecher"]),
    ],
}

# ---------------------------------------------------------------- hm239-de-02 (Guinea, FNDC activists abducted)
FNDC = actor("National Front for the Defence of the Constitution", "GIN", "OPP")
GIN_GOV = actor("Government of Guinea", "GIN", "GOV")
GIN_SEC = actor("Guinean security forces", "GIN", "MIL")
GIN_PROS = actor("Public Prosecutor's Office of Guinea", "GIN", "JUD")
GIN_YOUTH = actor("Guinean youth protesters", "GIN", "CVL")
GIN_POLICE = actor("Guinean police", "GIN", "COP")
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
GIN_JUSTMIN = actor("Minister of Justice of Guinea", "GIN", "GOV")
GIN_RELATIVES = actor("relatives of the missing activists", "GIN", "CVL")

G1 = ("Conakry (AFP) - Die guineische Oppositionsbewegung FNDC hat der Militärjunta die Verschleppung zweier ihrer "
      "führenden Köpfe vorgeworfen.")
G2 = ("Oumar Sylla, bekannt als Foniké Menguè, und Mamadou Billo Bah seien in der Nacht zum Mittwoch von Soldaten und "
      "Gendarmen aus einem Haus in Conakry geholt worden, teilte die Bewegung mit.")
G3 = "Ein dritter Aktivist, Mohamed Cissé, sei geschlagen und Stunden später verletzt am Stadtrand ausgesetzt worden."
G4 = ("Die Regierung wies jede Beteiligung zurück und erklärte, die beiden Männer befänden sich nicht in staatlichem "
      "Gewahrsam.")
G5 = "Die Staatsanwaltschaft habe eine Untersuchung eingeleitet, sagte Regierungssprecher Ousmane Gaoual Diallo."
G6 = ("In mehreren Vierteln an der Straße Le Prince gingen am Mittwoch Jugendliche auf die Straße und errichteten "
      "brennende Barrikaden.")
G7 = "Die Polizei setzte Tränengas ein, mehrere Demonstranten wurden festgenommen."
G8 = ("Das UN-Menschenrechtsbüro forderte die Behörden auf, den Verbleib der beiden Männer umgehend aufzuklären.")
G9 = "„Ein Staat, der seine Kritiker verschwinden lässt, verliert jede Legitimität“, sagte ein Sprecher der Bewegung."
G10 = ("Die Westafrikanische Wirtschaftsgemeinschaft ECOWAS mahnte die Übergangsregierung in Conakry, die "
       "Grundrechte ihrer Bürger zu achten.")
G11 = "Die Junta unter Mamadi Doumbouya hatte die FNDC bereits 2022 per Dekret aufgelöst."
G12 = "Seitdem sind Demonstrationen in dem westafrikanischen Land verboten."
G13 = "Der Justizminister lehnte ein Treffen mit Angehörigen der Verschwundenen ab."

DE02 = {
    "id": "hm239-de-02", "lang": "de", "url": None, "published": "2024-07-11",
    "title": "Guinea: Opposition wirft Junta Verschleppung von Aktivisten vor",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7, G8, G9, G10], [G11, G12, G13]),
    "events": [
        event("ACCUSE", FNDC, GIN_GOV, G1, mode="allege"),
        event("ACCUSE", FNDC, GIN_SEC, G2, mode="allege"),
        event("ACCUSE", FNDC, GIN_SEC, G3, mode="allege"),
        event("ACCUSE", GIN_PROS, None, G5, mode="investigate"),
        event("PROTEST", GIN_YOUTH, GIN_GOV, G6, mode="obstruct", location="Conakry", location_country="GIN"),
        event("ASSAULT", GIN_POLICE, GIN_YOUTH, G7, mode="crowd-control", location="Conakry",
              location_country="GIN"),
        event("COERCE", GIN_POLICE, GIN_YOUTH, G7, mode="arrest", location="Conakry", location_country="GIN"),
        event("REQUEST", OHCHR, GIN_GOV, G8),
        event("ACCUSE", FNDC, GIN_GOV, G9, mode="disapprove"),
        event("REQUEST", ECOWAS, GIN_GOV, G10),
        event("COERCE", GIN_GOV, FNDC, G11, mode="ban"),
        event("REJECT", GIN_JUSTMIN, GIN_RELATIVES, G13, mode="meet"),
    ],
    "quotes": [
        quote("Oumar Sylla, bekannt als Foniké Menguè, und Mamadou Billo Bah seien in der Nacht zum Mittwoch von "
              "Soldaten und Gendarmen aus einem Haus in Conakry geholt worden",
              "National Front for the Defence of the Constitution", "indirect"),
        quote("Ein dritter Aktivist, Mohamed Cissé, sei geschlagen und Stunden später verletzt am Stadtrand ausgesetzt "
              "worden", "National Front for the Defence of the Constitution", "indirect"),
        quote("die beiden Männer befänden sich nicht in staatlichem Gewahrsam", "Government of Guinea", "indirect"),
        quote("Die Staatsanwaltschaft habe eine Untersuchung eingeleitet", "Ousmane Gaoual Diallo", "indirect"),
        quote("Ein Staat, der seine Kritiker verschwinden lässt, verliert jede Legitimität",
              "National Front for the Defence of the Constitution spokesperson", "direct"),
    ],
    "entities": [
        entity("Conakry", "LOC", "GIN", ["Conakry"]),
        entity("National Front for the Defence of the Constitution", "ORG", "GIN",
               ["Oppositionsbewegung FNDC", "die Bewegung", "der Bewegung", "die FNDC"]),
        entity("Government of Guinea", "ORG", "GIN",
               ["der Militärjunta", "Die Regierung", "die Übergangsregierung in Conakry", "Die Junta"]),
        entity("Oumar Sylla", "PER", "GIN", ["Oumar Sylla", "Foniké Menguè"]),
        entity("Mamadou Billo Bah", "PER", "GIN", ["Mamadou Billo Bah"]),
        entity("Mohamed Cisse", "PER", "GIN", ["Mohamed Cissé"]),
        entity("Guinean security forces", "ORG", "GIN", ["Soldaten und Gendarmen"]),
        entity("Public Prosecutor's Office of Guinea", "ORG", "GIN", ["Die Staatsanwaltschaft"]),
        entity("Ousmane Gaoual Diallo", "PER", "GIN", ["Regierungssprecher Ousmane Gaoual Diallo"]),
        entity("Le Prince road", "LOC", "GIN", ["Straße Le Prince"]),
        entity("Guinean police", "ORG", "GIN", ["Die Polizei"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["Die Westafrikanische Wirtschaftsgemeinschaft ECOWAS"]),
        entity("Mamadi Doumbouya", "PER", "GIN", ["Mamadi Doumbouya"]),
        entity("Minister of Justice of Guinea", "PER", "GIN", ["Der Justizminister"]),
        entity("Guinea", "LOC", "GIN", ["guineische", "dem westafrikanischen Land"]),
    ],
}

# ---------------------------------------------------------------- hm239-de-03 (Bolivia, shots at Morales's car)
MORALES = actor("Evo Morales", "BOL", "OPP")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
BOL_POLICE = actor("Bolivian police", "BOL", "COP")
DEL_CASTILLO = actor("Eduardo del Castillo", "BOL", "GOV")
MORALES_CONVOY = actor("Evo Morales's escort", "BOL", "OPP")
ARCE = actor("Luis Arce", "BOL", "GOV")
UN_BOL = actor("United Nations", "UNO", "IGO")
MORALES_SUPP = actor("supporters of Evo Morales", "BOL", "OPP")
BOL_PROS = actor("Public Prosecutor's Office of Bolivia", "BOL", "JUD")
OAS = actor("Organization of American States", "IGO", "IGO")

B1 = ("La Paz (dpa) - Boliviens früherer Präsident Evo Morales hat der Regierung vorgeworfen, ihn ermorden lassen "
      "zu wollen.")
B2 = ("Polizisten in Zivil hätten am Sonntagmorgen im Chapare mehr als ein Dutzend Schüsse auf sein Auto abgegeben, "
      "sagte Morales in seiner Radiosendung.")
B3 = "Sein Fahrer sei am Kopf verletzt worden."
B4 = "Auf Videos, die Morales verbreitete, sind Einschusslöcher in der Windschutzscheibe zu sehen."
B5 = "Regierungsminister Eduardo del Castillo wies die Darstellung zurück."
B6 = ("Die Insassen zweier Fahrzeuge aus dem Konvoi hätten bei einer Kontrolle der Drogenpolizei zuerst auf die "
      "Beamten gefeuert, sagte er.")
B7 = "Vier Polizisten seien dabei verletzt worden."
B8 = "„Es gab kein Attentat, sondern einen Angriff auf unsere Polizei“, sagte del Castillo."
B9 = ("Präsident Luis Arce ordnete eine unabhängige Untersuchung an und bat die Vereinten Nationen um "
      "Unterstützung.")
B10 = "Anhänger von Morales blockieren seit zwei Wochen wichtige Fernstraßen im Zentrum des Landes."
B11 = ("Sie protestieren gegen einen Haftbefehl gegen den Ex-Präsidenten, dem die Staatsanwaltschaft Menschenhandel "
       "im Zusammenhang mit einer Minderjährigen vorwirft.")
B12 = "Morales bestreitet die Vorwürfe."
B13 = "Die Regierung drohte, die Blockaden notfalls mit Gewalt aufzulösen."
B14 = ("Die Organisation Amerikanischer Staaten rief die Regierung und die Anhänger des Ex-Präsidenten zum Dialog "
       "auf.")
B15 = "Morales und Arce sind seit Jahren um die Führung der Regierungspartei MAS zerstritten."

DE03 = {
    "id": "hm239-de-03", "lang": "de", "url": None, "published": "2024-10-27",
    "title": "Schüsse auf Auto von Evo Morales",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12, B13], [B14, B15]),
    "events": [
        event("ACCUSE", MORALES, BOL_GOV, B1, mode="allege"),
        event("ACCUSE", MORALES, BOL_POLICE, B2, mode="allege"),
        event("ACCUSE", DEL_CASTILLO, MORALES_CONVOY, B6, mode="allege"),
        event("ACCUSE", DEL_CASTILLO, MORALES_CONVOY, B8, mode="allege"),
        event("ACCUSE", ARCE, None, B9, mode="investigate"),
        event("REQUEST", ARCE, UN_BOL, B9, mode="assist"),
        event("PROTEST", MORALES_SUPP, BOL_GOV, B10, mode="obstruct"),
        event("PROTEST", MORALES_SUPP, BOL_PROS, B11, mode="demo"),
        event("ACCUSE", BOL_PROS, MORALES, B11, mode="allege"),
        event("THREATEN", BOL_GOV, MORALES_SUPP, B13, mode="violence"),
        event("REQUEST", OAS, BOL_GOV, B14, mode="meet"),
        event("REQUEST", OAS, MORALES_SUPP, B14, mode="meet"),
    ],
    "quotes": [
        quote("Polizisten in Zivil hätten am Sonntagmorgen im Chapare mehr als ein Dutzend Schüsse auf sein Auto "
              "abgegeben", "Evo Morales", "indirect"),
        quote("Sein Fahrer sei am Kopf verletzt worden", "Evo Morales", "indirect"),
        quote("Die Insassen zweier Fahrzeuge aus dem Konvoi hätten bei einer Kontrolle der Drogenpolizei zuerst auf "
              "die Beamten gefeuert", "Eduardo del Castillo", "indirect"),
        quote("Vier Polizisten seien dabei verletzt worden", "Eduardo del Castillo", "indirect"),
        quote("Es gab kein Attentat, sondern einen Angriff auf unsere Polizei", "Eduardo del Castillo", "direct"),
    ],
    "entities": [
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Bolivia", "LOC", "BOL", ["Boliviens"]),
        entity("Evo Morales", "PER", "BOL",
               ["Boliviens früherer Präsident Evo Morales", "Morales", "den Ex-Präsidenten", "des Ex-Präsidenten"]),
        entity("Government of Bolivia", "ORG", "BOL", ["der Regierung", "Die Regierung", "die Regierung"]),
        entity("Chapare", "LOC", "BOL", ["Chapare"]),
        entity("Bolivian police", "ORG", "BOL", ["Polizisten in Zivil", "Drogenpolizei", "unsere Polizei"]),
        entity("Eduardo del Castillo", "PER", "BOL", ["Regierungsminister Eduardo del Castillo", "del Castillo"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "Arce"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("supporters of Evo Morales", "ORG", "BOL", ["Anhänger von Morales", "die Anhänger des Ex-Präsidenten"]),
        entity("Public Prosecutor's Office of Bolivia", "ORG", "BOL", ["die Staatsanwaltschaft"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten"]),
        entity("Movement for Socialism", "ORG", "BOL", ["Regierungspartei MAS"]),
    ],
}

# ---------------------------------------------------------------- hm239-de-04 (Tunisia, Sfax migrant camps cleared)
TUN_NG = actor("Tunisian National Guard", "TUN", "COP")
MIGRANTS = actor("sub-Saharan migrants in Tunisia", None, "CVL")
AID_ORGS = actor("aid organisations", "NGO", "NGO")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
FTDES = actor("Tunisian Forum for Economic and Social Rights", "TUN", "NGO")
SAIED = actor("Kais Saied", "TUN", "GOV")
IOM = actor("International Organization for Migration", "UNO", "IGO")
EU = actor("European Union", "EUR", "IGO")
MSF = actor("Doctors Without Borders", "NGO", "NGO")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
UN_TUN = actor("United Nations", "UNO", "IGO")

T1 = ("Tunis (dpa) - Tunesische Sicherheitskräfte haben in der Region Sfax mehrere Zeltlager von Migranten aus "
      "Ländern südlich der Sahara geräumt.")
T2 = ("Bulldozer der Nationalgarde hätten in den Olivenhainen bei El Amra und Dschebeniana Hunderte Unterkünfte aus "
      "Plastikplanen eingerissen, sagte ein Sprecher der Nationalgarde.")
T3 = "Rund 4000 Menschen hätten die Lager verlassen, viele davon freiwillig."
T4 = ("Hilfsorganisationen berichteten dagegen, Migranten seien mit Bussen in Richtung der algerischen und libyschen "
      "Grenze gebracht und dort sich selbst überlassen worden.")
T5 = ("Das Tunesische Forum für wirtschaftliche und soziale Rechte (FTDES) sprach von einer »Menschenjagd« und "
      "verlangte ein Ende der Abschiebungen in die Wüste.")
T6 = ("Präsident Kais Saied hatte die Internationale Organisation für Migration (IOM) erst im März aufgefordert, "
      "die freiwillige Rückkehr der Migranten in ihre Heimatländer zu beschleunigen.")
T7 = "Die IOM sagte zu, in diesem Jahr deutlich mehr Rückflüge zu organisieren."
T8 = "Die Europäische Union unterstützt Tunesien seit 2023 mit Millionenbeträgen beim Grenzschutz."
T9 = "„Diese Menschen sind Opfer einer Politik, die Europa bezahlt“, sagte ein Sprecher von Ärzte ohne Grenzen."
T10 = "Das Innenministerium in Tunis wies Berichte über Aussetzungen an den Grenzen als Lügen zurück."
T11 = "Die Nationalgarde nahm nach eigenen Angaben bei der Räumung niemanden fest."
T12 = ("Tausende Migranten harren seit Monaten in den Olivenhainen aus, weil ihnen das Geld für die Überfahrt nach "
       "Italien fehlt.")
T13 = ("Die italienische Regierungschefin Giorgia Meloni lobte die Zusammenarbeit mit Tunis bei der Eindämmung der "
       "irregulären Migration.")
T14 = "Die Vereinten Nationen forderten Tunis auf, die Rechte der Migranten zu achten."

DE04 = {
    "id": "hm239-de-04", "lang": "de", "url": None, "published": "2025-04-05",
    "title": "Tunesien räumt Migrantenlager bei Sfax",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7], [T8, T9, T10, T11], [T12, T13, T14]),
    "events": [
        event("COERCE", TUN_NG, MIGRANTS, T1, location="Sfax", location_country="TUN"),
        event("ASSAULT", TUN_NG, MIGRANTS, T2, mode="destroy", location="El Amra", location_country="TUN"),
        event("ACCUSE", AID_ORGS, TUN_GOV, T4, mode="allege"),
        event("ACCUSE", FTDES, TUN_GOV, T5, mode="disapprove"),
        event("REQUEST", FTDES, TUN_GOV, T5, mode="change"),
        event("REQUEST", SAIED, IOM, T6, mode="assist"),
        event("AGREE", IOM, TUN_GOV, T7),
        event("AID", EU, TUN_GOV, T8),
        event("ACCUSE", MSF, EU, T9, mode="disapprove"),
        event("COERCE", TUN_NG, MIGRANTS, T11, mode="arrest", negated=True),
        event("SUPPORT", MELONI, TUN_GOV, T13),
        event("REQUEST", UN_TUN, TUN_GOV, T14),
    ],
    "quotes": [
        quote("Bulldozer der Nationalgarde hätten in den Olivenhainen bei El Amra und Dschebeniana Hunderte "
              "Unterkünfte aus Plastikplanen eingerissen", "Tunisian National Guard spokesperson", "indirect"),
        quote("Rund 4000 Menschen hätten die Lager verlassen, viele davon freiwillig",
              "Tunisian National Guard spokesperson", "indirect"),
        quote("Migranten seien mit Bussen in Richtung der algerischen und libyschen Grenze gebracht und dort sich "
              "selbst überlassen worden", "aid organisations", "indirect"),
        quote("Menschenjagd", "Tunisian Forum for Economic and Social Rights", "direct"),
        quote("Diese Menschen sind Opfer einer Politik, die Europa bezahlt", "Doctors Without Borders spokesperson",
              "direct"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunisian National Guard", "ORG", "TUN",
               ["Tunesische Sicherheitskräfte", "der Nationalgarde", "Die Nationalgarde"]),
        entity("Sfax", "LOC", "TUN", ["Region Sfax"]),
        entity("El Amra", "LOC", "TUN", ["El Amra"]),
        entity("Jebeniana", "LOC", "TUN", ["Dschebeniana"]),
        entity("Tunisian National Guard spokesperson", "PER", "TUN", ["ein Sprecher der Nationalgarde"]),
        entity("aid organisations", "ORG", "NGO", ["Hilfsorganisationen"]),
        entity("Algeria", "LOC", "DZA", ["algerischen"]),
        entity("Libya", "LOC", "LBY", ["libyschen"]),
        entity("Tunisian Forum for Economic and Social Rights", "ORG", "TUN",
               ["Das Tunesische Forum für wirtschaftliche und soziale Rechte (FTDES)"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied"]),
        entity("International Organization for Migration", "ORG", "UNO",
               ["die Internationale Organisation für Migration (IOM)", "Die IOM"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesien"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Doctors Without Borders", "ORG", "NGO", ["Ärzte ohne Grenzen"]),
        entity("Ministry of the Interior of Tunisia", "ORG", "TUN", ["Das Innenministerium in Tunis"]),
        entity("Italy", "LOC", "ITA", ["Italien"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Die italienische Regierungschefin Giorgia Meloni"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm239-en-01 (Burkina Faso, JNIM attack on Djibo)
JNIM = actor("Jama'at Nusrat al-Islam wal-Muslimin", "BFA", "REB")
BFA_ARMY = actor("Burkina Faso Armed Forces", "BFA", "MIL")
DJIBO_CIV = actor("residents of Djibo", "BFA", "CVL")
TRAORE = actor("Ibrahim Traore", "BFA", "GOV")
MALI = actor("Mali", "MLI", "GOV")
NIGER = actor("Niger", "NER", "GOV")
BFA = actor("Burkina Faso", "BFA", "GOV")
GUTERRES_B = actor("Antonio Guterres", "UNO", "IGO")
HRW = actor("Human Rights Watch", "NGO", "NGO")

D1 = ("OUAGADOUGOU, May 13 (Reuters) - Islamist militants linked to al Qaeda attacked the northern Burkina Faso town "
      "of Djibo on Sunday, overrunning a military camp and killing dozens of soldiers and civilians, residents and "
      "security sources said.")
D2 = ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed responsibility in a statement, saying its fighters had "
      "stormed the camp from several directions at dawn.")
D3 = "The attackers also fired on residents who tried to flee toward the town centre, two witnesses told Reuters."
D4 = ("Burkina Faso's army said in a statement read on state television that its troops had repelled the assault "
      "and that air strikes had killed dozens of militants as they withdrew.")
D5 = "It did not give a death toll for its own ranks."
D6 = "Government spokesman Pingdwende Gilbert Ouedraogo denied that the camp had fallen."
D7 = "\"Our soldiers held their positions and the enemy paid a heavy price,\" he said."
D8 = ("Junta leader Captain Ibrahim Traore ordered reinforcements to the north and vowed to \"hunt down the "
      "terrorists wherever they hide.\"")
D9 = ("Mali and Niger, Burkina Faso's partners in the Alliance of Sahel States, expressed solidarity with "
      "Ouagadougou.")
D10 = ("U.N. Secretary-General Antonio Guterres condemned the attack and urged the authorities to do more to "
       "protect civilians.")
D11 = ("Human Rights Watch has accused both JNIM and Burkinabe forces of killing hundreds of civilians in "
       "reprisal attacks over the past year.")
D12 = "Djibo, home to tens of thousands of displaced people, has been cut off by road for more than two years."
D13 = "The violence has displaced more than two million people across the country."

EN01 = {
    "id": "hm239-en-01", "lang": "en", "url": None, "published": "2025-05-13",
    "title": "Al Qaeda-linked militants attack Burkina Faso's Djibo, dozens killed",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7], [D8, D9, D10], [D11, D12, D13]),
    "events": [
        event("ASSAULT", JNIM, BFA_ARMY, D1, date="2025-05-11", location="Djibo", location_country="BFA"),
        event("ASSAULT", JNIM, DJIBO_CIV, D1, date="2025-05-11", location="Djibo", location_country="BFA"),
        event("ASSAULT", JNIM, BFA_ARMY, D2, location="Djibo", location_country="BFA"),
        event("ASSAULT", JNIM, DJIBO_CIV, D3, mode="firearms", location="Djibo", location_country="BFA"),
        event("ASSAULT", BFA_ARMY, JNIM, D4, mode="aerial", location="Djibo", location_country="BFA"),
        event("MOBILIZE", TRAORE, None, D8, mode="troops"),
        event("THREATEN", TRAORE, JNIM, D8, mode="violence"),
        event("SUPPORT", MALI, BFA, D9),
        event("SUPPORT", NIGER, BFA, D9),
        event("ACCUSE", GUTERRES_B, JNIM, D10, mode="disapprove"),
        event("REQUEST", GUTERRES_B, BFA, D10),
        event("ACCUSE", HRW, JNIM, D11, mode="allege"),
        event("ACCUSE", HRW, BFA_ARMY, D11, mode="allege"),
    ],
    "quotes": [
        quote("Islamist militants linked to al Qaeda attacked the northern Burkina Faso town of Djibo on Sunday, "
              "overrunning a military camp and killing dozens of soldiers and civilians",
              "residents and security sources", "indirect"),
        quote("its fighters had stormed the camp from several directions at dawn",
              "Jama'at Nusrat al-Islam wal-Muslimin", "indirect"),
        quote("The attackers also fired on residents who tried to flee toward the town centre", "two witnesses",
              "indirect"),
        quote("its troops had repelled the assault and that air strikes had killed dozens of militants as they "
              "withdrew", "Burkina Faso Armed Forces", "indirect"),
        quote("Our soldiers held their positions and the enemy paid a heavy price", "Pingdwende Gilbert Ouedraogo",
              "direct"),
        quote("hunt down the terrorists wherever they hide", "Ibrahim Traore", "direct"),
    ],
    "entities": [
        entity("Ouagadougou", "LOC", "BFA", ["OUAGADOUGOU", "Ouagadougou"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("al Qaeda", "ORG", None, ["al Qaeda"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso"]),
        entity("Djibo", "LOC", "BFA", ["Djibo"]),
        entity("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "BFA",
               ["Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "JNIM", "The attackers"]),
        entity("Burkina Faso Armed Forces", "ORG", "BFA", ["Burkina Faso's army", "Burkinabe forces"]),
        entity("Pingdwende Gilbert Ouedraogo", "PER", "BFA",
               ["Government spokesman Pingdwende Gilbert Ouedraogo"]),
        entity("Ibrahim Traore", "PER", "BFA", ["Junta leader Captain Ibrahim Traore"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("Niger", "LOC", "NER", ["Niger"]),
        entity("Alliance of Sahel States", "ORG", "IGO", ["Alliance of Sahel States"]),
        entity("Antonio Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
    ],
}

# ---------------------------------------------------------------- hm239-en-02 (ICJ order on Essequibo elections)
ICJ = actor("International Court of Justice", "UNO", "IGO")
VEN = actor("Venezuela", "VEN", "GOV")
ALI = actor("Irfaan Ali", "GUY", "GOV")
GIL = actor("Yvan Gil", "VEN", "GOV")
MADURO = actor("Nicolas Maduro", "VEN", "GOV")
GUY = actor("Guyana", "GUY", "GOV")
CARICOM = actor("Caribbean Community", "IGO", "IGO")
US_STATE = actor("U.S. State Department", "USA", "GOV")
BRAZIL = actor("Brazil", "BRA", "GOV")
GDF = actor("Guyana Defence Force", "GUY", "MIL")

V1 = ("THE HAGUE, May 1 (Reuters) - The International Court of Justice on Thursday ordered Venezuela not to hold "
      "elections in the Essequibo region, a vast oil-rich territory administered by neighbouring Guyana but claimed "
      "by Caracas.")
V2 = ("In a unanimous decision, the judges said Caracas must refrain from organising or preparing any vote for "
      "authorities in the territory pending a final ruling on the border dispute.")
V3 = ("Venezuela plans to elect a governor and lawmakers for what it calls the state of Guayana Esequiba on "
      "May 25.")
V4 = "Guyana's President Irfaan Ali welcomed the ruling and called on Venezuela to respect international law."
V5 = "\"The court has spoken clearly, and we expect our neighbour to comply,\" Ali said in a televised address."
V6 = ("Venezuela's Foreign Minister Yvan Gil rejected the order, saying his government did not recognise the "
      "court's jurisdiction over the dispute.")
V7 = ("President Nicolas Maduro said the vote would go ahead as planned and accused Guyana of acting as a tool of "
      "U.S. oil company ExxonMobil.")
V8 = "\"No court in The Hague will decide over Venezuelan soil,\" he told supporters in Caracas."
V9 = ("The Caribbean Community (CARICOM) said it stood firmly behind Guyana's sovereignty and territorial "
      "integrity.")
V10 = ("The U.S. State Department warned that any Venezuelan attempt to annex the territory would have "
       "consequences.")
V11 = ("Brazil, which borders both countries, urged Caracas and Georgetown to settle the dispute through "
       "dialogue.")
V12 = "Guyana's army chief, Brigadier Omar Khan, said troops had not been put on higher alert."
V13 = "The border was set by an arbitration tribunal in Paris in 1899."
V14 = ("Large oil discoveries off the Essequibo coast since 2015 have turned Guyana into one of the world's "
       "fastest-growing economies.")

EN02 = {
    "id": "hm239-en-02", "lang": "en", "url": None, "published": "2025-05-01",
    "title": "World Court orders Venezuela not to hold Essequibo elections",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6, V7, V8], [V9, V10, V11, V12], [V13, V14]),
    "events": [
        event("REQUEST", ICJ, VEN, V1, mode="change", date="2025-05-01"),
        event("REQUEST", ICJ, VEN, V2, mode="change"),
        event("SUPPORT", ALI, ICJ, V4),
        event("REQUEST", ALI, VEN, V4),
        event("REQUEST", ALI, VEN, V5),
        event("REJECT", GIL, ICJ, V6),
        event("REJECT", MADURO, ICJ, V7),
        event("ACCUSE", MADURO, GUY, V7, mode="allege"),
        event("REJECT", MADURO, ICJ, V8),
        event("SUPPORT", CARICOM, GUY, V9),
        event("THREATEN", US_STATE, VEN, V10),
        event("REQUEST", BRAZIL, VEN, V11, mode="meet"),
        event("REQUEST", BRAZIL, GUY, V11, mode="meet"),
        event("MOBILIZE", GDF, None, V12, mode="troops", negated=True),
    ],
    "quotes": [
        quote("Caracas must refrain from organising or preparing any vote for authorities in the territory pending "
              "a final ruling on the border dispute", "International Court of Justice", "indirect"),
        quote("The court has spoken clearly, and we expect our neighbour to comply", "Irfaan Ali", "direct"),
        quote("his government did not recognise the court's jurisdiction over the dispute", "Yvan Gil", "indirect"),
        quote("the vote would go ahead as planned", "Nicolas Maduro", "indirect"),
        quote("No court in The Hague will decide over Venezuelan soil", "Nicolas Maduro", "direct"),
        quote("it stood firmly behind Guyana's sovereignty and territorial integrity", "Caribbean Community",
              "indirect"),
        quote("any Venezuelan attempt to annex the territory would have consequences", "U.S. State Department",
              "indirect"),
        quote("troops had not been put on higher alert", "Omar Khan", "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["THE HAGUE", "The Hague"]),
        entity("International Court of Justice", "ORG", "UNO",
               ["The International Court of Justice", "the judges", "the court"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "Caracas"]),
        entity("Essequibo", "LOC", "GUY", ["the Essequibo region", "the territory", "Guayana Esequiba", "Essequibo"]),
        entity("Guyana", "LOC", "GUY", ["Guyana", "Georgetown"]),
        entity("Irfaan Ali", "PER", "GUY", ["Guyana's President Irfaan Ali", "Ali"]),
        entity("Yvan Gil", "PER", "VEN", ["Venezuela's Foreign Minister Yvan Gil"]),
        entity("Nicolas Maduro", "PER", "VEN", ["President Nicolas Maduro"]),
        entity("ExxonMobil", "ORG", "MNC", ["ExxonMobil"]),
        entity("Caribbean Community", "ORG", "IGO", ["The Caribbean Community (CARICOM)"]),
        entity("U.S. State Department", "ORG", "USA", ["The U.S. State Department"]),
        entity("Brazil", "LOC", "BRA", ["Brazil"]),
        entity("Omar Khan", "PER", "GUY", ["Guyana's army chief, Brigadier Omar Khan"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
