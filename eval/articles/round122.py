"""Round 122: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm122-de-01: Failed military coup attempt in La Paz; ex-army chief Zúñiga arrested (2024-06-27).
- hm122-de-02: A Rome court rules the detention of migrants in Italy's Albanian camp unlawful; Meloni attacks the judges (2024-10-18).
- hm122-de-03: Danish Prime Minister Mette Frederiksen assaulted in Copenhagen; attacker remanded in custody (2024-06-08).
- hm122-de-04: Arrests, protests and a resignation in North Macedonia after the Kočani nightclub fire (2025-03-18).
- hm122-en-01: Venezuelan opposition candidate Edmundo González flees to Spain after an arrest warrant (2024-09-08).
- hm122-en-02: General strike and clashes in Greece on the second anniversary of the Tempi rail crash (2025-02-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm122-de-01
BOL_POLICE = actor("Bolivian police", "BOL", "COP")
ZUNIGA = actor("Juan José Zúñiga", "BOL", "MIL")
BOL_ARMY = actor("Bolivian Army", "BOL", "MIL")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
ARCE = actor("Luis Arce", "BOL", "GOV")
WILSON_SANCHEZ = actor("José Wilson Sánchez", "BOL", "MIL")
ARNEZ = actor("Juan Arnez Salvador", "BOL", "MIL")
OAS = actor("Organization of American States", "IGO", "IGO")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
MORALES = actor("Evo Morales", "BOL", "PTY")
MORALES_SUPPORTERS = actor("Morales supporters", "BOL", "CVL")

H1 = "Nach einem gescheiterten Putschversuch in Bolivien ist der abgesetzte Armeechef Juan José Zúñiga am Mittwochabend festgenommen worden."
H2 = "Soldaten und Panzerfahrzeuge unter seinem Kommando hatten am Nachmittag die Plaza Murillo in La Paz besetzt, an der Regierungspalast und Parlament liegen."
H3 = "Ein Panzerwagen rammte das Tor des alten Präsidentenpalasts, Soldaten drangen kurzzeitig in das Gebäude ein."
H4 = "Präsident Luis Arce stellte Zúñiga im Eingang des Palasts zur Rede und befahl ihm, die Truppen abzuziehen."
H5 = "„Ich bin Ihr Oberbefehlshaber, und ich befehle Ihnen, Ihre Soldaten abzuziehen“, sagte Arce auf Fernsehbildern."
H6 = "Kurz darauf vereidigte er einen neuen Armeechef, José Wilson Sánchez, der die Soldaten umgehend in ihre Kasernen zurückbeorderte."
H7 = "Zúñiga behauptete bei seiner Festnahme, Arce selbst habe ihn gebeten, Panzer auffahren zu lassen, um seine Popularität zu steigern."
H8 = "Die Regierung wies das als „Lüge“ zurück."
H9 = "Auch der frühere Marinechef Juan Arnez Salvador wurde festgenommen."
H10 = "Die Organisation Amerikanischer Staaten und Brasiliens Präsident Luiz Inácio Lula da Silva verurteilten den Umsturzversuch und stellten sich hinter Arce."
H11 = "Ex-Präsident Evo Morales, der mit Arce um die Präsidentschaftskandidatur der Regierungspartei MAS streitet, rief seine Anhänger zu einem Generalstreik zur Verteidigung der Demokratie auf."

DE01 = {
    "id": "hm122-de-01", "lang": "de", "url": None, "published": "2024-06-27",
    "title": "Putschversuch in Bolivien gescheitert – Ex-Armeechef festgenommen",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7, H8], [H9, H10, H11]),
    "events": [
        event("COERCE", BOL_POLICE, ZUNIGA, H1, mode="arrest", date="2024-06-26", location="La Paz", location_country="BOL"),
        event("MOBILIZE", BOL_ARMY, BOL_GOV, H2, mode="troops", date="2024-06-26", location="La Paz", location_country="BOL"),
        event("ASSAULT", BOL_ARMY, BOL_GOV, H3, mode="heavy-weapons", date="2024-06-26", location="La Paz", location_country="BOL"),
        event("REQUEST", ARCE, ZUNIGA, H4, mode="yield", date="2024-06-26", location="La Paz", location_country="BOL"),
        event("REQUEST", ARCE, ZUNIGA, H5, mode="yield", date="2024-06-26", location="La Paz", location_country="BOL"),
        event("RETREAT", WILSON_SANCHEZ, None, H6, mode="withdraw", date="2024-06-26", location="La Paz", location_country="BOL"),
        event("ACCUSE", ZUNIGA, ARCE, H7, mode="allege", date="2024-06-26", location="La Paz", location_country="BOL"),
        event("COERCE", BOL_POLICE, ARNEZ, H9, mode="arrest"),
        event("ACCUSE", OAS, ZUNIGA, H10, mode="disapprove"),
        event("ACCUSE", LULA, ZUNIGA, H10, mode="disapprove"),
        event("SUPPORT", OAS, ARCE, H10),
        event("SUPPORT", LULA, ARCE, H10),
        event("REQUEST", MORALES, MORALES_SUPPORTERS, H11),
    ],
    "quotes": [
        quote("Ich bin Ihr Oberbefehlshaber, und ich befehle Ihnen, Ihre Soldaten abzuziehen", "Luis Arce", "direct"),
        quote("Arce selbst habe ihn gebeten, Panzer auffahren zu lassen, um seine Popularität zu steigern", "Juan José Zúñiga", "indirect"),
        quote("Lüge", "Government of Bolivia", "direct"),
    ],
    "entities": [
        entity("Bolivia", "GPE", "BOL", ["Bolivien"]),
        entity("Juan José Zúñiga", "PER", "BOL", ["der abgesetzte Armeechef Juan José Zúñiga", "Zúñiga", "ihm", "ihn"]),
        entity("Bolivian Army", "ORG", "BOL", ["Soldaten und Panzerfahrzeuge unter seinem Kommando", "Soldaten", "die Truppen", "Ihre Soldaten", "die Soldaten"]),
        entity("Plaza Murillo", "LOC", "BOL", ["die Plaza Murillo in La Paz"]),
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Palacio Quemado", "LOC", "BOL", ["Regierungspalast", "des alten Präsidentenpalasts", "das Gebäude", "des Palasts"]),
        entity("Plurinational Legislative Assembly", "ORG", "BOL", ["Parlament"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "Arce", "er"]),
        entity("José Wilson Sánchez", "PER", "BOL", ["einen neuen Armeechef, José Wilson Sánchez"]),
        entity("Government of Bolivia", "ORG", "BOL", ["Die Regierung"]),
        entity("Juan Arnez Salvador", "PER", "BOL", ["der frühere Marinechef Juan Arnez Salvador"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brasiliens Präsident Luiz Inácio Lula da Silva"]),
        entity("Brazil", "GPE", "BRA", ["Brasiliens"]),
        entity("Evo Morales", "PER", "BOL", ["Ex-Präsident Evo Morales"]),
        entity("Movement for Socialism", "ORG", "BOL", ["der Regierungspartei MAS"]),
        entity("Morales supporters", "ORG", "BOL", ["seine Anhänger"]),
    ],
}

# ---------------------------------------------------------------- hm122-de-02
ROME_COURT = actor("Court of Rome", "ITA", "JUD")
ITA_GOV = actor("Government of Italy", "ITA", "GOV")
ITA_INTERIOR = actor("Italian Interior Ministry", "ITA", "GOV")
BGD_MIGRANTS = actor("Bangladeshi migrants", "BGD", "CVL")
EGY_MIGRANTS = actor("Egyptian migrants", "EGY", "CVL")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
ITA_JUDICIARY = actor("Italian judiciary", "ITA", "JUD")
LBN = actor("Lebanon", "LBN", "GOV")
SCHLEIN = actor("Elly Schlein", "ITA", "OPP")
RAMA = actor("Edi Rama", "ALB", "GOV")
ITA = actor("Italy", "ITA", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

I1 = "Ein Gericht in Rom hat die Festhaltung von zwölf Migranten aus Bangladesch und Ägypten in einem italienischen Lager in Albanien am Freitag für unrechtmäßig erklärt."
I2 = "Das Innenministerium kündigte an, die Männer noch am Samstag mit einem Schiff der Küstenwache nach Italien zu bringen."
I3 = "Die Richter beriefen sich auf ein Urteil des Europäischen Gerichtshofs, wonach ein Herkunftsland nur dann als sicher gelten darf, wenn dies für sein gesamtes Staatsgebiet zutrifft."
I4 = "Die Migranten waren am Mittwoch von einem Schiff der italienischen Marine in den Hafen Shëngjin gebracht und anschließend im Lager Gjadër festgehalten worden."
I5 = "Regierungschefin Giorgia Meloni warf den Richtern vor, aus politischen Motiven zu entscheiden."
I6 = "„Es ist sehr schwierig, für dieses Land zu arbeiten, wenn ein Teil der Institutionen gegen uns arbeitet“, sagte sie am Rande eines Besuchs in Beirut."
I7 = "Ihr Kabinett werde am Montag per Dekret festlegen, welche Herkunftsländer als sicher gelten, kündigte Meloni an."
I8 = "Oppositionsführerin Elly Schlein sprach von einem „Fiasko“ und forderte die Regierungschefin auf, das Projekt zu stoppen."
I9 = "Meloni und der albanische Ministerpräsident Edi Rama hatten das Abkommen über die beiden Lager im November 2023 in Rom unterzeichnet."
I10 = "Rama sagte, Albanien werde an der Vereinbarung festhalten, gleich wie italienische Gerichte entschieden."
I11 = "Menschenrechtsorganisationen wie Amnesty International fordern dagegen seit Langem, die Lager zu schließen."

DE02 = {
    "id": "hm122-de-02", "lang": "de", "url": None, "published": "2024-10-18",
    "title": "Gericht stoppt Festhaltung von Migranten in Albanien",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11]),
    "events": [
        event("SANCTION", ROME_COURT, ITA_GOV, I1, mode="convict", date="2024-10-18", location="Rome", location_country="ITA"),
        event("CONCEDE", ITA_INTERIOR, BGD_MIGRANTS, I2),
        event("CONCEDE", ITA_INTERIOR, EGY_MIGRANTS, I2),
        event("COERCE", ITA_GOV, BGD_MIGRANTS, I4, mode="arrest", date="2024-10-16", location="Gjadër", location_country="ALB"),
        event("COERCE", ITA_GOV, EGY_MIGRANTS, I4, mode="arrest", date="2024-10-16", location="Gjadër", location_country="ALB"),
        event("ACCUSE", MELONI, ROME_COURT, I5, mode="allege"),
        event("ACCUSE", MELONI, ITA_JUDICIARY, I6, mode="disapprove", location="Beirut", location_country="LBN"),
        event("CONSULT", MELONI, LBN, I6, mode="visit", location="Beirut", location_country="LBN"),
        event("ACCUSE", SCHLEIN, MELONI, I8, mode="disapprove"),
        event("REQUEST", SCHLEIN, MELONI, I8, mode="change"),
        event("SUPPORT", MELONI, RAMA, I9, location="Rome", location_country="ITA"),
        event("AGREE", RAMA, ITA, I10),
        event("REQUEST", AMNESTY, ITA_GOV, I11, mode="change"),
    ],
    "quotes": [
        quote("die Männer noch am Samstag mit einem Schiff der Küstenwache nach Italien zu bringen", "Italian Interior Ministry", "indirect"),
        quote("ein Herkunftsland nur dann als sicher gelten darf, wenn dies für sein gesamtes Staatsgebiet zutrifft", "Court of Justice of the European Union", "indirect"),
        quote("aus politischen Motiven zu entscheiden", "Giorgia Meloni", "indirect"),
        quote("Es ist sehr schwierig, für dieses Land zu arbeiten, wenn ein Teil der Institutionen gegen uns arbeitet", "Giorgia Meloni", "direct"),
        quote("Ihr Kabinett werde am Montag per Dekret festlegen, welche Herkunftsländer als sicher gelten", "Giorgia Meloni", "indirect"),
        quote("Fiasko", "Elly Schlein", "direct"),
        quote("Albanien werde an der Vereinbarung festhalten, gleich wie italienische Gerichte entschieden", "Edi Rama", "indirect"),
    ],
    "entities": [
        entity("Court of Rome", "ORG", "ITA", ["Ein Gericht in Rom", "Die Richter", "den Richtern"]),
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("migrants held in Albania", "ORG", None, ["zwölf Migranten aus Bangladesch und Ägypten", "die Männer", "Die Migranten"]),
        entity("Bangladesh", "GPE", "BGD", ["Bangladesch"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten"]),
        entity("Italian migrant centres in Albania", "LOC", "ALB", ["einem italienischen Lager in Albanien", "die beiden Lager", "die Lager"]),
        entity("Albania", "GPE", "ALB", ["Albanien"]),
        entity("Italian Interior Ministry", "ORG", "ITA", ["Das Innenministerium"]),
        entity("Italian Coast Guard", "ORG", "ITA", ["der Küstenwache"]),
        entity("Italy", "GPE", "ITA", ["Italien", "dieses Land"]),
        entity("Court of Justice of the European Union", "ORG", "EUR", ["des Europäischen Gerichtshofs"]),
        entity("Italian Navy", "ORG", "ITA", ["der italienischen Marine"]),
        entity("Shëngjin", "LOC", "ALB", ["den Hafen Shëngjin"]),
        entity("Gjadër", "LOC", "ALB", ["Gjadër"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Regierungschefin Giorgia Meloni", "sie", "Meloni", "die Regierungschefin"]),
        entity("Italian judiciary", "ORG", "ITA", ["ein Teil der Institutionen", "italienische Gerichte"]),
        entity("Government of Italy", "ORG", "ITA", ["uns", "Ihr Kabinett"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Elly Schlein", "PER", "ITA", ["Oppositionsführerin Elly Schlein"]),
        entity("Edi Rama", "PER", "ALB", ["der albanische Ministerpräsident Edi Rama", "Rama"]),
        entity("human rights organisations", "ORG", "NGO", ["Menschenrechtsorganisationen"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
    ],
}

# ---------------------------------------------------------------- hm122-de-03
ATTACKER = actor("Attacker of Mette Frederiksen", "POL", "CVL")
FREDERIKSEN = actor("Mette Frederiksen", "DNK", "GOV")
DNK_POLICE = actor("Danish police", "DNK", "COP")
DNK_COURT = actor("Copenhagen City Court", "DNK", "JUD")
DNK_PROSECUTION = actor("Danish prosecution service", "DNK", "JUD")
MICHEL = actor("Charles Michel", "EUR", "IGO")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
KRISTERSSON = actor("Ulf Kristersson", "SWE", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")

J1 = "Die dänische Ministerpräsidentin Mette Frederiksen ist am Freitagabend in der Kopenhagener Innenstadt von einem Mann angegriffen worden."
J2 = "Der Angreifer schlug die Sozialdemokratin auf dem Platz Kultorvet mit der Faust gegen die Schulter, Polizisten nahmen ihn noch am Tatort fest."
J3 = "Frederiksen sei „schockiert“ über den Vorfall, teilte ihr Büro mit."
J4 = "Sie erlitt nach Angaben des Staatsministeriums ein leichtes Schleudertrauma und sagte alle Termine für Samstag ab."
J5 = "Ein Haftrichter ordnete am Samstag Untersuchungshaft für den 39-jährigen Polen an, der seit Jahren in Dänemark lebt."
J6 = "Die Staatsanwaltschaft wirft ihm Gewalt gegen eine Amtsperson vor."
J7 = "Der Mann bestritt vor Gericht, die Regierungschefin absichtlich angegriffen zu haben."
J8 = "Hinweise auf ein politisches Motiv gebe es bislang nicht, sagte ein Polizeisprecher."
J9 = "EU-Ratspräsident Charles Michel verurteilte die Tat als „feigen Angriff“."
J10 = "Auch Bundeskanzler Olaf Scholz und der schwedische Ministerpräsident Ulf Kristersson sicherten Frederiksen ihre Solidarität zu."
J11 = "Polens Regierungschef Donald Tusk sprach von einem „inakzeptablen“ Vorfall."
J12 = "Die Polizei verstärkte nach dem Angriff den Schutz von Spitzenpolitikern, die vor der Europawahl am Sonntag Wahlkampf machen."

DE03 = {
    "id": "hm122-de-03", "lang": "de", "url": None, "published": "2024-06-08",
    "title": "Mann greift dänische Regierungschefin Frederiksen an",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11, J12]),
    "events": [
        event("ASSAULT", ATTACKER, FREDERIKSEN, J1, mode="beat", date="2024-06-07", location="Copenhagen", location_country="DNK"),
        event("ASSAULT", ATTACKER, FREDERIKSEN, J2, mode="beat", date="2024-06-07", location="Copenhagen", location_country="DNK"),
        event("COERCE", DNK_POLICE, ATTACKER, J2, mode="arrest", date="2024-06-07", location="Copenhagen", location_country="DNK"),
        event("COERCE", DNK_COURT, ATTACKER, J5, mode="arrest", date="2024-06-08", location="Copenhagen", location_country="DNK"),
        event("ACCUSE", DNK_PROSECUTION, ATTACKER, J6, mode="allege"),
        event("ACCUSE", MICHEL, ATTACKER, J9, mode="disapprove"),
        event("SUPPORT", SCHOLZ, FREDERIKSEN, J10),
        event("SUPPORT", KRISTERSSON, FREDERIKSEN, J10),
        event("ACCUSE", TUSK, ATTACKER, J11, mode="disapprove"),
        event("MOBILIZE", DNK_POLICE, None, J12, mode="police", location_country="DNK"),
    ],
    "quotes": [
        quote("schockiert", "Prime Minister's Office of Denmark", "direct"),
        quote("Frederiksen sei „schockiert“ über den Vorfall", "Prime Minister's Office of Denmark", "indirect"),
        quote("Sie erlitt nach Angaben des Staatsministeriums ein leichtes Schleudertrauma", "Prime Minister's Office of Denmark", "indirect"),
        quote("die Regierungschefin absichtlich angegriffen zu haben", "Attacker of Mette Frederiksen", "indirect"),
        quote("Hinweise auf ein politisches Motiv gebe es bislang nicht", "Danish police spokesperson", "indirect"),
        quote("feigen Angriff", "Charles Michel", "direct"),
        quote("inakzeptablen", "Donald Tusk", "direct"),
    ],
    "entities": [
        entity("Mette Frederiksen", "PER", "DNK", ["Die dänische Ministerpräsidentin Mette Frederiksen", "die Sozialdemokratin", "Frederiksen", "Sie", "die Regierungschefin"]),
        entity("Copenhagen", "LOC", "DNK", ["der Kopenhagener Innenstadt"]),
        entity("Attacker of Mette Frederiksen", "PER", "POL", ["einem Mann", "Der Angreifer", "ihn", "den 39-jährigen Polen", "ihm", "Der Mann"]),
        entity("Kultorvet", "LOC", "DNK", ["dem Platz Kultorvet"]),
        entity("Danish police", "ORG", "DNK", ["Polizisten", "Die Polizei"]),
        entity("Prime Minister's Office of Denmark", "ORG", "DNK", ["ihr Büro", "des Staatsministeriums"]),
        entity("Copenhagen City Court", "ORG", "DNK", ["Ein Haftrichter", "Gericht"]),
        entity("Denmark", "GPE", "DNK", ["Dänemark"]),
        entity("Danish prosecution service", "ORG", "DNK", ["Die Staatsanwaltschaft"]),
        entity("Danish police spokesperson", "PER", "DNK", ["ein Polizeisprecher"]),
        entity("Charles Michel", "PER", "EUR", ["EU-Ratspräsident Charles Michel"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Ulf Kristersson", "PER", "SWE", ["der schwedische Ministerpräsident Ulf Kristersson"]),
        entity("Donald Tusk", "PER", "POL", ["Polens Regierungschef Donald Tusk"]),
        entity("Poland", "GPE", "POL", ["Polens"]),
        entity("Danish top politicians", "ORG", "DNK", ["Spitzenpolitikern"]),
    ],
}

# ---------------------------------------------------------------- hm122-de-04
MKD_AUTH = actor("North Macedonian authorities", "MKD", "GOV")
SUSPECTS = actor("Kočani fire suspects", "MKD", "CVL")
ECON_OFFICIALS = actor("Ministry of Economy officials", "MKD", "GOV")
TOSKOVSKI = actor("Panče Toškovski", "MKD", "GOV")
MKD_GOV = actor("Government of North Macedonia", "MKD", "GOV")
KOCANI_PROTESTERS = actor("Kočani protesters", "MKD", "CVL")
CLUB_OWNER = actor("Owner of the Pulse nightclub", "MKD", "BUS")
KOCEVSKI = actor("Ljupčo Kocevski", "MKD", "JUD")
MKD_OFFICIALS = actor("North Macedonian officials", "MKD", "GOV")
MICKOSKI = actor("Hristijan Mickoski", "MKD", "GOV")
SRB_STATE = actor("Serbia", "SRB", "GOV")
BGR = actor("Bulgaria", "BGR", "GOV")
GRC_STATE = actor("Greece", "GRC", "GOV")
FIRE_VICTIMS = actor("Kočani fire victims", "MKD", "CVL")
SILJANOVSKA = actor("Gordana Siljanovska-Davkova", "MKD", "GOV")
MKD_CITIZENS = actor("Citizens of North Macedonia", "MKD", "CVL")
MARKET_DIRECTOR = actor("Director of the State Market Inspectorate", "MKD", "GOV")

K1 = "Nach dem verheerenden Brand in einer Diskothek in Nordmazedonien mit 59 Toten haben die Behörden mehr als ein Dutzend Verdächtige festgenommen."
K2 = "Unter ihnen seien auch frühere und amtierende Beamte des Wirtschaftsministeriums, sagte Innenminister Panče Toškovski am Montag in Skopje."
K3 = "Die Betriebserlaubnis des Clubs in Kočani sei ohne die vorgeschriebenen Sicherheitsprüfungen ausgestellt worden."
K4 = "Das Feuer war in der Nacht zum Sonntag während eines Konzerts ausgebrochen, als Pyrotechnik die Decke des Gebäudes in Brand setzte."
K5 = "In Kočani zogen am Montag Tausende Menschen durch die Straßen und forderten Gerechtigkeit für die Opfer."
K6 = "Einige Demonstranten warfen die Scheiben eines Cafés ein, das dem Besitzer der Diskothek gehören soll."
K7 = "„Niemand wird geschützt, egal welche Position er hat“, sagte Generalstaatsanwalt Ljupčo Kocevski, dessen Behörde gegen den Besitzer und mehrere Beamte ermittelt."
K8 = "Ministerpräsident Hristijan Mickoski sprach von „Korruption“ als Ursache der Katastrophe."
K9 = "Serbien, Bulgarien und Griechenland nahmen Dutzende Schwerverletzte in ihren Krankenhäusern auf."
K10 = "Präsidentin Gordana Siljanovska-Davkova rief die Bürger auf, ihre Wut nicht in Gewalt umschlagen zu lassen."
K11 = "Der Direktor der staatlichen Marktaufsicht, die für die Kontrolle von Nachtclubs zuständig ist, trat am Montag zurück."

DE04 = {
    "id": "hm122-de-04", "lang": "de", "url": None, "published": "2025-03-18",
    "title": "Nach Disco-Brand in Nordmazedonien: Festnahmen und Proteste",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11]),
    "events": [
        event("COERCE", MKD_AUTH, SUSPECTS, K1, mode="arrest"),
        event("COERCE", MKD_AUTH, ECON_OFFICIALS, K2, mode="arrest"),
        event("ACCUSE", TOSKOVSKI, ECON_OFFICIALS, K3, mode="allege"),
        event("PROTEST", KOCANI_PROTESTERS, MKD_GOV, K5, mode="demo", date="2025-03-17", location="Kočani", location_country="MKD"),
        event("PROTEST", KOCANI_PROTESTERS, CLUB_OWNER, K6, mode="riot", date="2025-03-17", location="Kočani", location_country="MKD"),
        event("ACCUSE", KOCEVSKI, CLUB_OWNER, K7, mode="investigate"),
        event("ACCUSE", KOCEVSKI, MKD_OFFICIALS, K7, mode="investigate"),
        event("ACCUSE", MICKOSKI, None, K8, mode="allege"),
        event("AID", SRB_STATE, FIRE_VICTIMS, K9),
        event("AID", BGR, FIRE_VICTIMS, K9),
        event("AID", GRC_STATE, FIRE_VICTIMS, K9),
        event("REQUEST", SILJANOVSKA, MKD_CITIZENS, K10),
        event("RETREAT", MARKET_DIRECTOR, None, K11, mode="resign", date="2025-03-17"),
    ],
    "quotes": [
        quote("Unter ihnen seien auch frühere und amtierende Beamte des Wirtschaftsministeriums", "Panče Toškovski", "indirect"),
        quote("Die Betriebserlaubnis des Clubs in Kočani sei ohne die vorgeschriebenen Sicherheitsprüfungen ausgestellt worden", "Panče Toškovski", "indirect"),
        quote("Niemand wird geschützt, egal welche Position er hat", "Ljupčo Kocevski", "direct"),
        quote("Korruption", "Hristijan Mickoski", "direct"),
    ],
    "entities": [
        entity("Pulse nightclub", "LOC", "MKD", ["einer Diskothek in Nordmazedonien", "des Clubs in Kočani", "des Gebäudes", "der Diskothek"]),
        entity("North Macedonia", "GPE", "MKD", ["Nordmazedonien"]),
        entity("North Macedonian authorities", "ORG", "MKD", ["die Behörden"]),
        entity("Kočani fire suspects", "ORG", "MKD", ["mehr als ein Dutzend Verdächtige", "ihnen"]),
        entity("Ministry of Economy officials", "ORG", "MKD", ["frühere und amtierende Beamte des Wirtschaftsministeriums"]),
        entity("Ministry of Economy of North Macedonia", "ORG", "MKD", ["des Wirtschaftsministeriums"]),
        entity("Panče Toškovski", "PER", "MKD", ["Innenminister Panče Toškovski"]),
        entity("Skopje", "LOC", "MKD", ["Skopje"]),
        entity("Kočani", "LOC", "MKD", ["Kočani"]),
        entity("Kočani protesters", "ORG", "MKD", ["Tausende Menschen", "Einige Demonstranten"]),
        entity("Kočani fire victims", "ORG", "MKD", ["die Opfer", "Dutzende Schwerverletzte"]),
        entity("café of the nightclub owner", "LOC", "MKD", ["eines Cafés"]),
        entity("Owner of the Pulse nightclub", "PER", "MKD", ["dem Besitzer der Diskothek", "den Besitzer"]),
        entity("Ljupčo Kocevski", "PER", "MKD", ["Generalstaatsanwalt Ljupčo Kocevski"]),
        entity("Public Prosecutor's Office of North Macedonia", "ORG", "MKD", ["dessen Behörde"]),
        entity("North Macedonian officials", "ORG", "MKD", ["mehrere Beamte"]),
        entity("Hristijan Mickoski", "PER", "MKD", ["Ministerpräsident Hristijan Mickoski"]),
        entity("Serbia", "GPE", "SRB", ["Serbien"]),
        entity("Bulgaria", "GPE", "BGR", ["Bulgarien"]),
        entity("Greece", "GPE", "GRC", ["Griechenland"]),
        entity("Gordana Siljanovska-Davkova", "PER", "MKD", ["Präsidentin Gordana Siljanovska-Davkova"]),
        entity("Citizens of North Macedonia", "ORG", "MKD", ["die Bürger"]),
        entity("Director of the State Market Inspectorate", "PER", "MKD", ["Der Direktor der staatlichen Marktaufsicht"]),
        entity("State Market Inspectorate", "ORG", "MKD", ["der staatlichen Marktaufsicht"]),
    ],
}

# ---------------------------------------------------------------- hm122-en-01
GONZALEZ = actor("Edmundo Gonzalez", "VEN", "OPP")
VEN_COURT = actor("Venezuelan court", "VEN", "JUD")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
ALBARES = actor("Jose Manuel Albares", "ESP", "GOV")
ESP = actor("Spain", "ESP", "GOV")
NLD = actor("Netherlands", "NLD", "GOV")
RODRIGUEZ = actor("Delcy Rodriguez", "VEN", "GOV")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
USA = actor("United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
MADURO = actor("Nicolas Maduro", "VEN", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")

L1 = "Venezuelan opposition candidate Edmundo Gonzalez arrived in Spain on Sunday after fleeing his country, where a court had ordered his arrest over his claim to have won July's presidential election."
L2 = "A Spanish air force plane flew the 75-year-old former diplomat from Caracas to the Torrejon de Ardoz military base near Madrid, the Spanish government said."
L3 = "Foreign Minister Jose Manuel Albares said Gonzalez had asked for political asylum and that Spain would grant it."
L4 = "Gonzalez had taken refuge at the Dutch ambassador's residence in Caracas shortly after the warrant was issued on Sept. 2, before moving to the Spanish embassy."
L5 = "Venezuelan Vice President Delcy Rodriguez said the government had granted him safe conduct “in the interest of political peace” so that he could leave the country."
L6 = "Attorney General Tarek William Saab had accused Gonzalez of usurping functions, forging documents and conspiracy after the opposition published tally sheets that it says prove he won by a wide margin."
L7 = "Opposition leader Maria Corina Machado said Gonzalez had left because his life was in danger and that he would return to be sworn in as president on Jan. 10."
L8 = "The United States and the European Union have refused to recognize President Nicolas Maduro's claimed victory."
L9 = "U.S. Secretary of State Antony Blinken said Gonzalez's departure reflected the Maduro government's repression."

EN01 = {
    "id": "hm122-en-01", "lang": "en", "url": None, "published": "2024-09-08",
    "title": "Venezuela's opposition candidate Gonzalez flees to Spain",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6], [L7, L8, L9]),
    "events": [
        event("THREATEN", VEN_COURT, GONZALEZ, L1, mode="arrest"),
        event("SANCTION", VEN_GOV, GONZALEZ, L1, mode="expel"),
        event("AID", ESP_GOV, GONZALEZ, L2, location="Caracas", location_country="VEN"),
        event("REQUEST", GONZALEZ, ESP, L3, mode="assist"),
        event("AGREE", ALBARES, GONZALEZ, L3),
        event("AID", NLD, GONZALEZ, L4, location="Caracas", location_country="VEN"),
        event("AID", ESP, GONZALEZ, L4, location="Caracas", location_country="VEN"),
        event("THREATEN", VEN_COURT, GONZALEZ, L4, mode="arrest", date="2024-09-02"),
        event("CONCEDE", RODRIGUEZ, GONZALEZ, L5),
        event("ACCUSE", SAAB, GONZALEZ, L6, mode="allege"),
        event("REJECT", USA, MADURO, L8),
        event("REJECT", EU, MADURO, L8),
        event("ACCUSE", BLINKEN, VEN_GOV, L9, mode="allege"),
    ],
    "quotes": [
        quote("A Spanish air force plane flew the 75-year-old former diplomat from Caracas to the Torrejon de Ardoz military base near Madrid", "Government of Spain", "indirect"),
        quote("Gonzalez had asked for political asylum", "Jose Manuel Albares", "indirect"),
        quote("Spain would grant it", "Jose Manuel Albares", "indirect"),
        quote("in the interest of political peace", "Delcy Rodriguez", "direct"),
        quote("the government had granted him safe conduct “in the interest of political peace” so that he could leave the country", "Delcy Rodriguez", "indirect"),
        quote("prove he won by a wide margin", "Venezuelan opposition", "indirect"),
        quote("Gonzalez had left because his life was in danger", "Maria Corina Machado", "indirect"),
        quote("he would return to be sworn in as president on Jan. 10", "Maria Corina Machado", "indirect"),
        quote("Gonzalez's departure reflected the Maduro government's repression", "Antony Blinken", "indirect"),
    ],
    "entities": [
        entity("Edmundo Gonzalez", "PER", "VEN", ["Venezuelan opposition candidate Edmundo Gonzalez", "Gonzalez", "the 75-year-old former diplomat", "him", "he"]),
        entity("Spain", "GPE", "ESP", ["Spain"]),
        entity("Venezuela", "GPE", "VEN", ["his country", "the country"]),
        entity("Venezuelan court", "ORG", "VEN", ["a court"]),
        entity("Spanish Air Force", "ORG", "ESP", ["Spanish air force"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Torrejon de Ardoz air base", "LOC", "ESP", ["the Torrejon de Ardoz military base near Madrid"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Government of Spain", "ORG", "ESP", ["the Spanish government"]),
        entity("Jose Manuel Albares", "PER", "ESP", ["Foreign Minister Jose Manuel Albares"]),
        entity("Dutch ambassador's residence in Caracas", "LOC", "VEN", ["the Dutch ambassador's residence in Caracas"]),
        entity("Spanish embassy in Caracas", "LOC", "VEN", ["the Spanish embassy"]),
        entity("Delcy Rodriguez", "PER", "VEN", ["Venezuelan Vice President Delcy Rodriguez"]),
        entity("Government of Venezuela", "ORG", "VEN", ["the government", "the Maduro government"]),
        entity("Tarek William Saab", "PER", "VEN", ["Attorney General Tarek William Saab"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["the opposition"]),
        entity("Maria Corina Machado", "PER", "VEN", ["Opposition leader Maria Corina Machado"]),
        entity("United States", "GPE", "USA", ["The United States"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Nicolas Maduro", "PER", "VEN", ["President Nicolas Maduro"]),
        entity("Antony Blinken", "PER", "USA", ["U.S. Secretary of State Antony Blinken"]),
    ],
}

# ---------------------------------------------------------------- hm122-en-02
GRC_PROTESTERS = actor("Greek protesters", "GRC", "CVL")
GRC_UNIONS = actor("Greek trade unions", "GRC", "LAB")
GRC_GOV = actor("Government of Greece", "GRC", "GOV")
GRC_POLICE = actor("Greek police", "GRC", "COP")
GRC_RIOTERS = actor("Greek rioters", "GRC", "CVL")
TEMPI_RELATIVES = actor("Relatives of Tempi crash victims", "GRC", "CVL")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")
GRC_OPP = actor("Greek opposition", "GRC", "OPP")
GRC_PROSECUTORS = actor("Greek prosecutors", "GRC", "JUD")
RAIL_OFFICIALS = actor("Greek railway officials", "GRC", "BUS")
EPPO = actor("European Public Prosecutor's Office", "EUR", "JUD")

M1 = "Hundreds of thousands of people rallied across Greece on Friday on the second anniversary of the country's deadliest rail disaster, while a 24-hour general strike grounded flights and halted trains and ferries."
M2 = "In Athens, police fired tear gas and stun grenades at groups of youths who hurled petrol bombs and stones at officers near parliament."
M3 = "Police said 40 people were detained and 12 officers were slightly injured."
M4 = "The Feb. 28, 2023 collision between a passenger train and a freight train near Tempi killed 57 people, many of them university students."
M5 = "Relatives of the victims accuse authorities of a cover-up, saying the crash site was bulldozed and covered with gravel within days, destroying evidence."
M6 = "“We want justice, not excuses,” said Maria Karystianou, who lost her 20-year-old daughter in the crash and heads an association of victims' families."
M7 = "Prime Minister Kyriakos Mitsotakis acknowledged in a Facebook post that the state had failed the victims and said those responsible must be brought to justice."
M8 = "He rejected opposition calls for early elections, saying Greece needed “stability, not another election campaign” at a time of global uncertainty."
M9 = "Prosecutors have charged more than 40 people over the crash, including railway officials and a station master, but no trial date has been set."
M10 = "The European Public Prosecutor's Office, which is investigating a delayed contract to modernize signalling on the line, has criticized Greek laws that shield ministers from prosecution."

EN02 = {
    "id": "hm122-en-02", "lang": "en", "url": None, "published": "2025-02-28",
    "title": "Greeks strike and rally on anniversary of deadly Tempi train crash",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10]),
    "events": [
        event("PROTEST", GRC_PROTESTERS, GRC_GOV, M1, mode="demo", date="2025-02-28", location="Greece", location_country="GRC"),
        event("PROTEST", GRC_UNIONS, GRC_GOV, M1, mode="strike", date="2025-02-28", location="Greece", location_country="GRC"),
        event("ASSAULT", GRC_POLICE, GRC_RIOTERS, M2, mode="crowd-control", date="2025-02-28", location="Athens", location_country="GRC"),
        event("ASSAULT", GRC_RIOTERS, GRC_POLICE, M2, mode="primitive", date="2025-02-28", location="Athens", location_country="GRC"),
        event("COERCE", GRC_POLICE, GRC_PROTESTERS, M3, mode="arrest", date="2025-02-28", location="Athens", location_country="GRC"),
        event("ACCUSE", TEMPI_RELATIVES, GRC_GOV, M5, mode="allege"),
        event("CONCEDE", MITSOTAKIS, TEMPI_RELATIVES, M7),
        event("REJECT", MITSOTAKIS, GRC_OPP, M8, mode="change"),
        event("REQUEST", GRC_OPP, MITSOTAKIS, M8, mode="change"),
        event("ACCUSE", GRC_PROSECUTORS, RAIL_OFFICIALS, M9, mode="allege"),
        event("ACCUSE", EPPO, None, M10, mode="investigate"),
        event("ACCUSE", EPPO, GRC_GOV, M10, mode="disapprove"),
    ],
    "quotes": [
        quote("40 people were detained and 12 officers were slightly injured", "Greek police", "indirect"),
        quote("the crash site was bulldozed and covered with gravel within days, destroying evidence", "Relatives of Tempi crash victims", "indirect"),
        quote("We want justice, not excuses", "Maria Karystianou", "direct"),
        quote("the state had failed the victims", "Kyriakos Mitsotakis", "indirect"),
        quote("those responsible must be brought to justice", "Kyriakos Mitsotakis", "indirect"),
        quote("stability, not another election campaign", "Kyriakos Mitsotakis", "direct"),
        quote("Greece needed “stability, not another election campaign” at a time of global uncertainty", "Kyriakos Mitsotakis", "indirect"),
    ],
    "entities": [
        entity("Greek protesters", "ORG", "GRC", ["Hundreds of thousands of people", "40 people"]),
        entity("Greece", "GPE", "GRC", ["Greece", "the country", "the state"]),
        entity("Athens", "LOC", "GRC", ["Athens"]),
        entity("Greek police", "ORG", "GRC", ["police", "Police", "officers", "12 officers"]),
        entity("Greek rioters", "ORG", "GRC", ["groups of youths"]),
        entity("Hellenic Parliament", "ORG", "GRC", ["parliament"]),
        entity("Tempi", "LOC", "GRC", ["Tempi"]),
        entity("Tempi crash victims", "ORG", "GRC", ["57 people", "the victims"]),
        entity("Relatives of Tempi crash victims", "ORG", "GRC", ["Relatives of the victims", "an association of victims' families"]),
        entity("Government of Greece", "ORG", "GRC", ["authorities"]),
        entity("Tempi crash site", "LOC", "GRC", ["the crash site"]),
        entity("Maria Karystianou", "PER", "GRC", ["Maria Karystianou"]),
        entity("Karystianou's daughter", "PER", "GRC", ["her 20-year-old daughter"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Prime Minister Kyriakos Mitsotakis", "He"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Greek opposition", "ORG", "GRC", ["opposition"]),
        entity("Greek prosecutors", "ORG", "GRC", ["Prosecutors"]),
        entity("Greek railway officials", "ORG", "GRC", ["railway officials", "a station master"]),
        entity("European Public Prosecutor's Office", "ORG", "EUR", ["The European Public Prosecutor's Office"]),
        entity("Greek ministers", "ORG", "GRC", ["ministers"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
