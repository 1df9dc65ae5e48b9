"""Round 159: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm159-de-01: Iran attacks Israel directly with drones and missiles after the Damascus consulate strike; Western condemnation (2024-04-14).
- hm159-de-02: Somalia recalls its ambassador from Ethiopia and voids the Ethiopia-Somaliland port memorandum (2024-01-02).
- hm159-de-03: Venezuela expels the diplomats of seven Latin American states after Maduro's disputed re-election; protests and arrests (2024-07-30).
- hm159-de-04: Senegal frees Ousmane Sonko and Bassirou Diomaye Faye under the amnesty law ten days before the presidential vote (2024-03-15).
- hm159-en-01: Congo's army says it foiled a coup attempt in Kinshasa led by Christian Malanga; Americans among those arrested (2024-05-19).
- hm159-en-02: Mozambique's President Chapo and opposition leader Mondlane meet and agree to end post-election violence (2025-03-24).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm159-de-01
IRAN = actor("Iran", "IRN", "GOV")
IRAN_MIL = actor("Iran", "IRN", "MIL")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
ISRAEL_T = actor("Israel", "ISR", None)
ISRAEL = actor("Israel", "ISR", "GOV")
USA_MIL = actor("United States", "USA", "MIL")
GBR_MIL = actor("United Kingdom", "GBR", "MIL")
JOR_MIL = actor("Jordan", "JOR", "MIL")
GANTZ = actor("Benny Gantz", "ISR", "GOV")
USA = actor("United States", "USA", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
SUNAK = actor("Rishi Sunak", "GBR", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")

A1 = ("Der Iran hat Israel in der Nacht zum Sonntag erstmals direkt von seinem Staatsgebiet aus mit Hunderten "
      "Drohnen und Raketen angegriffen.")
A2 = ("Die Revolutionsgarden erklärten, der Angriff sei die Vergeltung für den israelischen Luftschlag auf das "
      "iranische Konsulat in Damaskus Anfang April.")
A3 = ("Nach Angaben der israelischen Armee wurden fast alle Geschosse abgefangen, im Süden des Landes wurde ein "
      "Mädchen schwer verletzt.")
A4 = "Kampfflugzeuge der USA, Großbritanniens und Jordaniens halfen Israel bei der Abwehr."
A5 = ("„Wer uns angreift, wird einen hohen Preis zahlen“, sagte Kabinettsminister Benny Gantz, „und zwar zu einem "
      "Zeitpunkt, den wir bestimmen.“")
A6 = "Teheran drohte Washington mit Konsequenzen, falls sich die USA an einem israelischen Gegenschlag beteiligen sollten."
A7 = "Das Weiße Haus bestritt, vorab über den genauen Zeitpunkt des Angriffs informiert worden zu sein."
A8 = ("US-Präsident Joe Biden verurteilte den Angriff und sicherte Ministerpräsident Benjamin Netanjahu in einem "
      "Telefonat die „eiserne“ Unterstützung Washingtons zu.")
A9 = ("Auch Bundeskanzler Olaf Scholz, der britische Premier Rishi Sunak und UN-Generalsekretär António Guterres "
      "verurteilten die Attacke.")
A10 = "Guterres rief alle Seiten zu „maximaler Zurückhaltung“ auf."
A11 = "Die Region befürchtet seit Monaten einen Flächenbrand."

DE01 = {
    "id": "hm159-de-01", "lang": "de", "url": None, "published": "2024-04-14",
    "title": "Iran greift Israel erstmals direkt an – Westen verurteilt Attacke",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11]),
    "events": [
        event("ASSAULT", IRAN_MIL, ISRAEL_T, A1, date="2024-04-14", location="Israel", location_country="ISR"),
        event("ASSAULT", IRGC, ISRAEL_T, A2),
        event("ACCUSE", IRGC, ISRAEL, A2, mode="allege"),
        event("AID", USA_MIL, ISRAEL, A4),
        event("AID", GBR_MIL, ISRAEL, A4),
        event("AID", JOR_MIL, ISRAEL, A4),
        event("THREATEN", GANTZ, IRAN, A5, mode="violence"),
        event("THREATEN", IRAN, USA, A6),
        event("ACCUSE", BIDEN, IRAN, A8, mode="disapprove"),
        event("SUPPORT", BIDEN, NETANYAHU, A8),
        event("CONSULT", BIDEN, NETANYAHU, A8, mode="phone"),
        event("ACCUSE", SCHOLZ, IRAN, A9, mode="disapprove"),
        event("ACCUSE", SUNAK, IRAN, A9, mode="disapprove"),
        event("ACCUSE", GUTERRES, IRAN, A9, mode="disapprove"),
        event("REQUEST", GUTERRES, None, A10),
    ],
    "quotes": [
        quote("der Angriff sei die Vergeltung für den israelischen Luftschlag auf das iranische Konsulat in Damaskus "
              "Anfang April", "Islamic Revolutionary Guard Corps", "indirect"),
        quote("wurden fast alle Geschosse abgefangen, im Süden des Landes wurde ein Mädchen schwer verletzt",
              "Israel Defense Forces", "indirect"),
        quote("Wer uns angreift, wird einen hohen Preis zahlen", "Benny Gantz", "direct"),
        quote("und zwar zu einem Zeitpunkt, den wir bestimmen", "Benny Gantz", "direct"),
        quote("vorab über den genauen Zeitpunkt des Angriffs informiert worden zu sein", "White House", "indirect"),
        quote("eiserne", "Joe Biden", "direct"),
        quote("maximaler Zurückhaltung", "António Guterres", "direct"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Der Iran", "Teheran"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Die Revolutionsgarden"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["der israelischen Armee"]),
        entity("United States", "GPE", "USA", ["der USA", "Washington", "die USA", "Washingtons"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritanniens"]),
        entity("Jordan", "GPE", "JOR", ["Jordaniens"]),
        entity("Benny Gantz", "PER", "ISR", ["Kabinettsminister Benny Gantz"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Rishi Sunak", "PER", "GBR", ["der britische Premier Rishi Sunak"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres", "Guterres"]),
    ],
}

# ---------------------------------------------------------------- hm159-de-02
SOMALIA = actor("Somalia", "SOM", "GOV")
ETHIOPIA = actor("Ethiopia", "ETH", "GOV")
SOM_CABINET = actor("Cabinet of Somalia", "SOM", "GOV")
SOMALILAND = actor("Somaliland", "SOM", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
BIHI = actor("Muse Bihi Abdi", "SOM", "GOV")
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
SOM_PROTESTERS = actor("Somali protesters", "SOM", "CVL")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
EGYPT = actor("Egypt", "EGY", "GOV")
ARAB_LEAGUE = actor("Arab League", "IGO", "IGO")

B1 = "Somalia hat am Dienstag seinen Botschafter aus Äthiopien zurückgerufen."
B2 = ("Das Kabinett in Mogadischu erklärte eine Absichtserklärung zwischen Äthiopien und der abtrünnigen Region "
      "Somaliland bei einer Dringlichkeitssitzung für „null und nichtig“.")
B3 = ("Äthiopiens Ministerpräsident Abiy Ahmed und Somalilands Präsident Muse Bihi Abdi hatten das Papier am Montag "
      "in Addis Abeba unterzeichnet.")
B4 = ("Es sieht vor, dass Äthiopien einen Marinestützpunkt am Golf von Aden pachten kann; im Gegenzug könnte Addis "
      "Abeba Somaliland als erster Staat anerkennen.")
B5 = "Präsident Hassan Sheikh Mohamud sprach vor dem Parlament von einer „eklatanten Verletzung unserer Souveränität“."
B6 = ("„Wir werden nicht zulassen, dass auch nur ein Zentimeter somalischen Bodens verschenkt wird“, sagte er, „und "
      "wir werden unser Land mit allen legalen Mitteln verteidigen.“")
B7 = "In Mogadischu gingen Tausende Menschen gegen das Abkommen auf die Straße."
B8 = "Die Regierung Somalilands wies die Kritik zurück, die Region sei seit 1991 unabhängig."
B9 = ("Der Kommissionschef der Afrikanischen Union, Moussa Faki Mahamat, forderte Äthiopien und Somalia zur "
      "Mäßigung auf.")
B10 = "Ägypten sicherte Mogadischu seine Unterstützung zu, die Arabische Liga verurteilte das Vorgehen Äthiopiens."
B11 = "Äthiopien ist seit der Unabhängigkeit Eritreas 1993 ein Binnenstaat."

DE02 = {
    "id": "hm159-de-02", "lang": "de", "url": None, "published": "2024-01-02",
    "title": "Streit um Hafenabkommen: Somalia ruft Botschafter aus Äthiopien zurück",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11]),
    "events": [
        event("SANCTION", SOMALIA, ETHIOPIA, B1, mode="withdraw", date="2024-01-02"),
        event("REJECT", SOM_CABINET, ETHIOPIA, B2),
        event("REJECT", SOM_CABINET, SOMALILAND, B2),
        event("SUPPORT", ABIY, BIHI, B3, date="2024-01-01", location="Addis Ababa", location_country="ETH"),
        event("ACCUSE", HSM, ETHIOPIA, B5, mode="disapprove"),
        event("REJECT", HSM, ETHIOPIA, B6),
        event("PROTEST", SOM_PROTESTERS, ETHIOPIA, B7, mode="demo", location="Mogadishu", location_country="SOM"),
        event("REQUEST", FAKI, ETHIOPIA, B9),
        event("REQUEST", FAKI, SOMALIA, B9),
        event("SUPPORT", EGYPT, SOMALIA, B10),
        event("ACCUSE", ARAB_LEAGUE, ETHIOPIA, B10, mode="disapprove"),
    ],
    "quotes": [
        quote("null und nichtig", "Cabinet of Somalia", "direct"),
        quote("eklatanten Verletzung unserer Souveränität", "Hassan Sheikh Mohamud", "direct"),
        quote("Wir werden nicht zulassen, dass auch nur ein Zentimeter somalischen Bodens verschenkt wird",
              "Hassan Sheikh Mohamud", "direct"),
        quote("und wir werden unser Land mit allen legalen Mitteln verteidigen", "Hassan Sheikh Mohamud", "direct"),
        quote("die Region sei seit 1991 unabhängig", "Somaliland", "indirect"),
    ],
    "entities": [
        entity("Somalia", "GPE", "SOM", ["Somalia"]),
        entity("Ethiopia", "GPE", "ETH", ["Äthiopien", "Äthiopiens"]),
        entity("Cabinet of Somalia", "ORG", "SOM", ["Das Kabinett in Mogadischu"]),
        entity("Somaliland", "GPE", "SOM", ["der abtrünnigen Region Somaliland", "Somalilands", "Somaliland",
                                            "Die Regierung Somalilands", "die Region"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Äthiopiens Ministerpräsident Abiy Ahmed"]),
        entity("Muse Bihi Abdi", "PER", "SOM", ["Somalilands Präsident Muse Bihi Abdi"]),
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba"]),
        entity("Gulf of Aden", "LOC", None, ["Golf von Aden"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM", ["Präsident Hassan Sheikh Mohamud", "er"]),
        entity("Federal Parliament of Somalia", "ORG", "SOM", ["dem Parlament"]),
        entity("Mogadishu", "LOC", "SOM", ["Mogadischu"]),
        entity("Somali protesters", "ORG", "SOM", ["Tausende Menschen"]),
        entity("African Union", "ORG", "IGO", ["der Afrikanischen Union"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["Der Kommissionschef der Afrikanischen Union, Moussa Faki Mahamat"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten"]),
        entity("Arab League", "ORG", "IGO", ["die Arabische Liga"]),
        entity("Eritrea", "GPE", "ERI", ["Eritreas"]),
    ],
}

# ---------------------------------------------------------------- hm159-de-03
VENEZUELA = actor("Venezuela", "VEN", "GOV")
ARGENTINA = actor("Argentina", "ARG", "GOV")
CHILE = actor("Chile", "CHL", "GOV")
COSTA_RICA = actor("Costa Rica", "CRI", "GOV")
PERU = actor("Peru", "PER", "GOV")
PANAMA = actor("Panama", "PAN", "GOV")
DOMREP = actor("Dominican Republic", "DOM", "GOV")
URUGUAY = actor("Uruguay", "URY", "GOV")
VEN_OPP = actor("Venezuelan opposition", "VEN", "OPP")
CNE = actor("National Electoral Council (CNE)", "VEN", "GOV")
GIL = actor("Yván Gil", "VEN", "GOV")
MILEI = actor("Javier Milei", "ARG", "GOV")
VEN_OPP_STAFF = actor("Venezuelan opposition members", "VEN", "OPP")
VEN_PROTESTERS = actor("Venezuelan protesters", "VEN", "CVL")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
VEN_FORCES = actor("Venezuelan security forces", "VEN", "COP")

C1 = ("Venezuela hat am Montag die Diplomaten Argentiniens, Chiles, Costa Ricas, Perus, Panamas, der Dominikanischen "
      "Republik und Uruguays ausgewiesen.")
C2 = ("Die Opposition um María Corina Machado und Kandidat Edmundo González wirft dem Wahlrat CNE vor, Staatschef "
      "Nicolás Maduro mit gefälschten Zahlen zum Sieger der Wahl vom Sonntag erklärt zu haben.")
C3 = "Nach Wahllokalen aufgeschlüsselte Ergebnisse wurden bislang nicht veröffentlicht."
C4 = ("Außenminister Yván Gil warf vor allem Argentiniens Präsidenten Javier Milei vor, einen „Putsch“ zu "
      "unterstützen.")
C5 = "Peru ging noch weiter und gab den venezolanischen Diplomaten 72 Stunden, um das Land zu verlassen."
C6 = "In der argentinischen Botschaft in Caracas haben sechs Mitarbeiter der Opposition Zuflucht gefunden."
C7 = "In Caracas und anderen Städten protestierten am Montag Tausende Menschen gegen Maduros Proklamation."
C8 = ("Sicherheitskräfte setzten Tränengas ein; laut der Menschenrechtsorganisation Foro Penal wurden mindestens "
      "sechs Menschen getötet.")
C9 = "Generalstaatsanwalt Tarek William Saab sprach von 749 Festnahmen."
C10 = ("Maduro warf der Opposition einen „faschistischen Putschversuch“ vor und drohte, die Verantwortlichen „mit "
      "aller Härte“ zur Rechenschaft zu ziehen.")
C11 = "Die Regierung bestreitet, dass Sicherheitskräfte scharf geschossen haben."

DE03 = {
    "id": "hm159-de-03", "lang": "de", "url": None, "published": "2024-07-30",
    "title": "Nach umstrittener Wahl: Venezuela weist Diplomaten aus sieben Ländern aus",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6], [C7, C8, C9, C10, C11]),
    "events": [
        event("SANCTION", VENEZUELA, ARGENTINA, C1, mode="expel", date="2024-07-29"),
        event("SANCTION", VENEZUELA, CHILE, C1, mode="expel", date="2024-07-29"),
        event("SANCTION", VENEZUELA, COSTA_RICA, C1, mode="expel", date="2024-07-29"),
        event("SANCTION", VENEZUELA, PERU, C1, mode="expel", date="2024-07-29"),
        event("SANCTION", VENEZUELA, PANAMA, C1, mode="expel", date="2024-07-29"),
        event("SANCTION", VENEZUELA, DOMREP, C1, mode="expel", date="2024-07-29"),
        event("SANCTION", VENEZUELA, URUGUAY, C1, mode="expel", date="2024-07-29"),
        event("ACCUSE", VEN_OPP, CNE, C2, mode="allege"),
        event("ACCUSE", GIL, MILEI, C4, mode="allege"),
        event("SANCTION", PERU, VENEZUELA, C5, mode="expel"),
        event("AID", ARGENTINA, VEN_OPP_STAFF, C6, location="Caracas", location_country="VEN"),
        event("PROTEST", VEN_PROTESTERS, MADURO, C7, mode="demo", date="2024-07-29", location="Caracas",
              location_country="VEN"),
        event("ASSAULT", VEN_FORCES, VEN_PROTESTERS, C8, mode="crowd-control"),
        event("COERCE", VEN_FORCES, VEN_PROTESTERS, C9, mode="arrest"),
        event("ACCUSE", MADURO, VEN_OPP, C10, mode="allege"),
        event("THREATEN", MADURO, VEN_OPP, C10, mode="arrest"),
    ],
    "quotes": [
        quote("Staatschef Nicolás Maduro mit gefälschten Zahlen zum Sieger der Wahl vom Sonntag erklärt zu haben",
              "Venezuelan opposition", "indirect"),
        quote("Putsch", "Yván Gil", "direct"),
        quote("einen „Putsch“ zu unterstützen", "Yván Gil", "indirect"),
        quote("wurden mindestens sechs Menschen getötet", "Foro Penal", "indirect"),
        quote("faschistischen Putschversuch", "Nicolás Maduro", "direct"),
        quote("mit aller Härte", "Nicolás Maduro", "direct"),
        quote("dass Sicherheitskräfte scharf geschossen haben", "Government of Venezuela", "indirect"),
    ],
    "entities": [
        entity("Venezuela", "GPE", "VEN", ["Venezuela"]),
        entity("Argentina", "GPE", "ARG", ["Argentiniens"]),
        entity("Chile", "GPE", "CHL", ["Chiles"]),
        entity("Costa Rica", "GPE", "CRI", ["Costa Ricas"]),
        entity("Peru", "GPE", "PER", ["Perus", "Peru"]),
        entity("Panama", "GPE", "PAN", ["Panamas"]),
        entity("Dominican Republic", "GPE", "DOM", ["der Dominikanischen Republik"]),
        entity("Uruguay", "GPE", "URY", ["Uruguays"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["Die Opposition um María Corina Machado und Kandidat Edmundo González",
                                                       "der Opposition"]),
        entity("María Corina Machado", "PER", "VEN", ["María Corina Machado"]),
        entity("Edmundo González", "PER", "VEN", ["Kandidat Edmundo González"]),
        entity("National Electoral Council (CNE)", "ORG", "VEN", ["dem Wahlrat CNE"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Staatschef Nicolás Maduro", "Maduros", "Maduro"]),
        entity("Yván Gil", "PER", "VEN", ["Außenminister Yván Gil"]),
        entity("Javier Milei", "PER", "ARG", ["Argentiniens Präsidenten Javier Milei"]),
        entity("Venezuelan opposition members", "ORG", "VEN", ["sechs Mitarbeiter der Opposition"]),
        entity("Venezuelan diplomats", "PER", "VEN", ["den venezolanischen Diplomaten"]),
        entity("Embassy of Argentina in Caracas", "ORG", "ARG", ["der argentinischen Botschaft in Caracas"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuelan protesters", "ORG", "VEN", ["Tausende Menschen"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["Sicherheitskräfte"]),
        entity("Foro Penal", "ORG", "VEN", ["der Menschenrechtsorganisation Foro Penal"]),
        entity("Tarek William Saab", "PER", "VEN", ["Generalstaatsanwalt Tarek William Saab"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Die Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm159-de-04
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
SONKO = actor("Ousmane Sonko", "SEN", "OPP")
FAYE = actor("Bassirou Diomaye Faye", "SEN", "OPP")
SEN_ASSEMBLY = actor("National Assembly of Senegal", "SEN", "LEG")
SEN_COUNCIL = actor("Constitutional Council of Senegal", "SEN", "JUD")
SALL = actor("Macky Sall", "SEN", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
SEN_FORCES = actor("Senegalese security forces", "SEN", "COP")
SEN_VICTIMS = actor("Senegalese victims' associations", "SEN", "CVL")

D1 = ("Zehn Tage vor der Präsidentenwahl im Senegal sind Oppositionsführer Ousmane Sonko und der Kandidat seiner "
      "aufgelösten Partei Pastef, Bassirou Diomaye Faye, aus der Haft entlassen worden.")
D2 = ("Die beiden verließen am Donnerstagabend das Gefängnis Cap Manuel in Dakar, wie ihr Anwalt Ciré Clédor Ly "
      "bestätigte.")
D3 = "Grundlage ist ein umstrittenes Amnestiegesetz, das die Nationalversammlung Anfang März verabschiedet hatte."
D4 = "Es gilt für Taten im Zusammenhang mit den politischen Unruhen seit 2021."
D5 = "In Dakar feierten Tausende bis tief in die Nacht."
D6 = "Sonko, der selbst nicht kandidieren darf, sicherte Faye seine volle Unterstützung zu."
D7 = ("Faye kündigte an, im Falle eines Sieges die Korruption zu bekämpfen und die Beziehungen zu Frankreich „neu zu "
      "ordnen“.")
D8 = ("Der Verfassungsrat hatte im Februar den Versuch von Präsident Macky Sall, die Wahl zu verschieben, für "
      "verfassungswidrig erklärt.")
D9 = ("Amnesty International kritisierte die Regierung für das Gesetz: Es schütze auch Sicherheitskräfte, die auf "
      "Demonstranten geschossen hätten.")
D10 = "Bei den Protesten waren seit 2021 mehr als 60 Menschen ums Leben gekommen."
D11 = "Opferverbände forderten von der Regierung eine unabhängige Untersuchung."

DE04 = {
    "id": "hm159-de-04", "lang": "de", "url": None, "published": "2024-03-15",
    "title": "Senegal: Sonko und Faye kurz vor der Wahl aus der Haft entlassen",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11]),
    "events": [
        event("RETREAT", SEN_GOV, SONKO, D1, mode="release"),
        event("RETREAT", SEN_GOV, FAYE, D1, mode="release"),
        event("RETREAT", SEN_GOV, SONKO, D2, mode="release", date="2024-03-14", location="Dakar",
              location_country="SEN"),
        event("RETREAT", SEN_GOV, FAYE, D2, mode="release", date="2024-03-14", location="Dakar",
              location_country="SEN"),
        event("CONCEDE", SEN_ASSEMBLY, None, D3),
        event("SUPPORT", SONKO, FAYE, D6),
        event("SANCTION", SEN_COUNCIL, SALL, D8, mode="convict"),
        event("ACCUSE", AMNESTY, SEN_GOV, D9, mode="disapprove"),
        event("ACCUSE", AMNESTY, SEN_FORCES, D9, mode="allege"),
        event("REQUEST", SEN_VICTIMS, SEN_GOV, D11),
    ],
    "quotes": [
        quote("Die beiden verließen am Donnerstagabend das Gefängnis Cap Manuel in Dakar", "Ciré Clédor Ly", "indirect"),
        quote("neu zu ordnen", "Bassirou Diomaye Faye", "direct"),
        quote("im Falle eines Sieges die Korruption zu bekämpfen und die Beziehungen zu Frankreich „neu zu ordnen“",
              "Bassirou Diomaye Faye", "indirect"),
        quote("Es schütze auch Sicherheitskräfte, die auf Demonstranten geschossen hätten", "Amnesty International",
              "indirect"),
    ],
    "entities": [
        entity("Senegal", "GPE", "SEN", ["Senegal"]),
        entity("Ousmane Sonko", "PER", "SEN", ["Oppositionsführer Ousmane Sonko", "Sonko"]),
        entity("Bassirou Diomaye Faye", "PER", "SEN", ["der Kandidat seiner aufgelösten Partei Pastef, Bassirou Diomaye Faye", "Faye"]),
        entity("PASTEF", "ORG", "SEN", ["seiner aufgelösten Partei Pastef"]),
        entity("Cap Manuel prison", "LOC", "SEN", ["das Gefängnis Cap Manuel"]),
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("Ciré Clédor Ly", "PER", "SEN", ["ihr Anwalt Ciré Clédor Ly"]),
        entity("National Assembly of Senegal", "ORG", "SEN", ["die Nationalversammlung"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Constitutional Council of Senegal", "ORG", "SEN", ["Der Verfassungsrat"]),
        entity("Macky Sall", "PER", "SEN", ["Präsident Macky Sall"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Senegal", "ORG", "SEN", ["die Regierung", "der Regierung"]),
        entity("Senegalese security forces", "ORG", "SEN", ["Sicherheitskräfte"]),
        entity("Senegalese victims' associations", "ORG", "SEN", ["Opferverbände"]),
    ],
}

# ---------------------------------------------------------------- hm159-en-01
PLOTTERS = actor("coup plotters", "COD", "REB")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
KAMERHE = actor("Vital Kamerhe", "COD", "LEG")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo (FARDC)", "COD", "MIL")
MALANGA = actor("Christian Malanga", "COD", "REB")
US_CITIZENS = actor("U.S. citizens", "USA", "CVL")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")
KINSHASA_RES = actor("residents of Kinshasa", "COD", "CVL")
TAMLYN = actor("Lucy Tamlyn", "USA", "GOV")
FBI = actor("Federal Bureau of Investigation (FBI)", "USA", "COP")
AU = actor("African Union", "IGO", "IGO")

E1 = ("Congolese security forces foiled an attempted coup in Kinshasa early on Sunday, the army said, after gunmen "
      "briefly occupied a presidential office building in the capital.")
E2 = ("The attackers had first stormed the home of lawmaker Vital Kamerhe, where two guards and one assailant were "
      "killed in a gunfight.")
E3 = ("Army spokesman Sylvain Ekenge said on national television that the ringleader, Christian Malanga, had been "
      "“neutralised” after resisting arrest.")
E4 = "About 50 people were arrested, including three U.S. citizens, he added."
E5 = ("In a video streamed live from the Palais de la Nation, Malanga denounced the government of President Felix "
      "Tshisekedi and shouted: “Felix, you are out.”")
E6 = ("Government spokesman Patrick Muyaya said the situation was “under control” and urged residents to go about "
      "their business.")
E7 = "The army deployed armoured vehicles around the Gombe district, which houses ministries and embassies."
E8 = ("U.S. Ambassador Lucy Tamlyn said she was “shocked” by reports that Americans were involved and pledged to "
      "cooperate with Congolese authorities “to the fullest extent possible.”")
E9 = "A State Department spokesman said the FBI was already sharing information on the suspects with Kinshasa."
E10 = "The African Union condemned the attempt and expressed support for Tshisekedi's government."
E11 = "Malanga, who had lived in exile in the United States for years, led a little-known opposition movement."
E12 = "Kamerhe, who was unhurt, is a candidate to become speaker of the National Assembly."

EN01 = {
    "id": "hm159-en-01", "lang": "en", "url": None, "published": "2024-05-19",
    "title": "Congo's army says it foiled coup attempt in Kinshasa",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11, E12]),
    "events": [
        event("ASSAULT", PLOTTERS, COD_GOV, E1, date="2024-05-19", location="Kinshasa", location_country="COD"),
        event("ASSAULT", PLOTTERS, KAMERHE, E2, mode="firearms", location="Kinshasa", location_country="COD"),
        event("ASSAULT", FARDC, MALANGA, E3),
        event("COERCE", FARDC, PLOTTERS, E4, mode="arrest"),
        event("COERCE", FARDC, US_CITIZENS, E4, mode="arrest"),
        event("ACCUSE", MALANGA, TSHISEKEDI, E5, mode="disapprove", location="Kinshasa", location_country="COD"),
        event("REQUEST", MUYAYA, KINSHASA_RES, E6),
        event("MOBILIZE", FARDC, None, E7, mode="weapons", location="Kinshasa", location_country="COD"),
        event("AGREE", TAMLYN, COD_GOV, E8),
        event("COOPERATE", FBI, COD_GOV, E9),
        event("ACCUSE", AU, PLOTTERS, E10, mode="disapprove"),
        event("SUPPORT", AU, COD_GOV, E10),
    ],
    "quotes": [
        quote("Congolese security forces foiled an attempted coup in Kinshasa early on Sunday",
              "Armed Forces of the Democratic Republic of the Congo (FARDC)", "indirect"),
        quote("that the ringleader, Christian Malanga, had been “neutralised” after resisting arrest", "Sylvain Ekenge",
              "indirect"),
        quote("neutralised", "Sylvain Ekenge", "direct"),
        quote("About 50 people were arrested, including three U.S. citizens", "Sylvain Ekenge", "indirect"),
        quote("Felix, you are out", "Christian Malanga", "direct"),
        quote("the situation was “under control”", "Patrick Muyaya", "indirect"),
        quote("under control", "Patrick Muyaya", "direct"),
        quote("she was “shocked” by reports that Americans were involved", "Lucy Tamlyn", "indirect"),
        quote("shocked", "Lucy Tamlyn", "direct"),
        quote("to the fullest extent possible", "Lucy Tamlyn", "direct"),
        quote("the FBI was already sharing information on the suspects with Kinshasa", "U.S. State Department spokesperson",
              "indirect"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["Kinshasa", "the capital"]),
        entity("Armed Forces of the Democratic Republic of the Congo (FARDC)", "ORG", "COD",
               ["Congolese security forces", "the army", "The army"]),
        entity("coup plotters", "ORG", "COD", ["gunmen", "The attackers"]),
        entity("Vital Kamerhe", "PER", "COD", ["lawmaker Vital Kamerhe", "Kamerhe"]),
        entity("Sylvain Ekenge", "PER", "COD", ["Army spokesman Sylvain Ekenge", "he"]),
        entity("Christian Malanga", "PER", "COD", ["the ringleader, Christian Malanga", "Malanga"]),
        entity("U.S. citizens", "ORG", "USA", ["three U.S. citizens", "Americans"]),
        entity("Palais de la Nation", "LOC", "COD", ["the Palais de la Nation", "a presidential office building"]),
        entity("Félix Tshisekedi", "PER", "COD", ["President Felix Tshisekedi", "Felix", "Tshisekedi's"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD",
               ["the government of President Felix Tshisekedi", "Congolese authorities", "Tshisekedi's government"]),
        entity("Patrick Muyaya", "PER", "COD", ["Government spokesman Patrick Muyaya"]),
        entity("Gombe", "LOC", "COD", ["the Gombe district"]),
        entity("Lucy Tamlyn", "PER", "USA", ["U.S. Ambassador Lucy Tamlyn", "she"]),
        entity("U.S. State Department", "ORG", "USA", ["A State Department spokesman"]),
        entity("Federal Bureau of Investigation (FBI)", "ORG", "USA", ["the FBI"]),
        entity("African Union", "ORG", "IGO", ["The African Union"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("National Assembly of the Democratic Republic of the Congo", "ORG", "COD", ["the National Assembly"]),
    ],
}

# ---------------------------------------------------------------- hm159-en-02
CHAPO = actor("Daniel Chapo", "MOZ", "GOV")
MONDLANE = actor("Venâncio Mondlane", "MOZ", "OPP")
MOZ_DETAINEES = actor("detained Mozambican protesters", "MOZ", "CVL")
DECIDE = actor("Plataforma Decide", "MOZ", "NGO")
MOZ_FORCES = actor("Mozambican security forces", "MOZ", "COP")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
MOZ_GOV = actor("Government of Mozambique", "MOZ", "GOV")
SADC = actor("Southern African Development Community (SADC)", "IGO", "IGO")

F1 = ("Mozambique's President Daniel Chapo and opposition leader Venancio Mondlane agreed on Sunday to end the "
      "deadly unrest that followed last year's disputed election.")
F2 = ("Chapo received Mondlane at the presidency in Maputo for more than two hours of talks, their first "
      "face-to-face meeting.")
F3 = ("“We have agreed to stop the violence, whatever its origin,” Chapo said after the meeting, “and to work "
      "together to heal the wounds.”")
F4 = ("According to the presidency, Chapo also promised that protesters detained during the unrest would be "
      "released.")
F5 = ("Mondlane, who insists he won the October vote, said he had demanded compensation for the families of those "
      "killed and medical care for injured demonstrators.")
F6 = "He did not, however, call off the protests he has led since October."
F7 = ("Rights group Plataforma Decide says more than 350 people, most of them protesters, have been killed by "
      "security forces since the election.")
F8 = "Police have denied using excessive force."
F9 = "The unrest has repeatedly closed the border with South Africa and disrupted trade across the region."
F10 = ("South Africa's President Cyril Ramaphosa welcomed the accord and offered Maputo his country's help in "
       "implementing it.")
F11 = ("The Southern African Development Community had urged Chapo's government in January to open talks with "
       "Mondlane.")
F12 = "The two leaders agreed to meet again, but no date was set."

EN02 = {
    "id": "hm159-en-02", "lang": "en", "url": None, "published": "2025-03-24",
    "title": "Mozambique's Chapo and Mondlane agree to end post-election violence",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8, F9], [F10, F11, F12]),
    "events": [
        event("AGREE", CHAPO, MONDLANE, F1, date="2025-03-23"),
        event("CONSULT", MONDLANE, CHAPO, F2, mode="visit", location="Maputo", location_country="MOZ"),
        event("AGREE", CHAPO, MONDLANE, F3),
        event("CONCEDE", CHAPO, MOZ_DETAINEES, F4),
        event("REQUEST", MONDLANE, CHAPO, F5, mode="assist"),
        event("CONCEDE", MONDLANE, None, F6, negated=True),
        event("ACCUSE", DECIDE, MOZ_FORCES, F7, mode="allege"),
        event("SUPPORT", RAMAPHOSA, MOZ_GOV, F10),
        event("AGREE", RAMAPHOSA, MOZ_GOV, F10),
        event("REQUEST", SADC, MOZ_GOV, F11, mode="meet"),
        event("AGREE", CHAPO, MONDLANE, F12),
    ],
    "quotes": [
        quote("We have agreed to stop the violence, whatever its origin", "Daniel Chapo", "direct"),
        quote("and to work together to heal the wounds", "Daniel Chapo", "direct"),
        quote("Chapo also promised that protesters detained during the unrest would be released",
              "Presidency of Mozambique", "indirect"),
        quote("he won the October vote", "Venâncio Mondlane", "indirect"),
        quote("he had demanded compensation for the families of those killed and medical care for injured demonstrators",
              "Venâncio Mondlane", "indirect"),
        quote("more than 350 people, most of them protesters, have been killed by security forces since the election",
              "Plataforma Decide", "indirect"),
    ],
    "entities": [
        entity("Mozambique", "GPE", "MOZ", ["Mozambique's"]),
        entity("Daniel Chapo", "PER", "MOZ", ["Mozambique's President Daniel Chapo", "Chapo", "Chapo's"]),
        entity("Venâncio Mondlane", "PER", "MOZ", ["opposition leader Venancio Mondlane", "Mondlane", "He", "he"]),
        entity("Presidency of Mozambique", "ORG", "MOZ", ["the presidency"]),
        entity("Maputo", "LOC", "MOZ", ["Maputo"]),
        entity("Plataforma Decide", "ORG", "MOZ", ["Rights group Plataforma Decide"]),
        entity("Mozambican security forces", "ORG", "MOZ", ["security forces", "Police"]),
        entity("South Africa", "GPE", "ZAF", ["South Africa", "South Africa's"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["South Africa's President Cyril Ramaphosa"]),
        entity("Government of Mozambique", "ORG", "MOZ", ["Chapo's government"]),
        entity("Southern African Development Community (SADC)", "ORG", "IGO",
               ["The Southern African Development Community"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
