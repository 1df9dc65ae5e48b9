"""Round 82: six invented wire-style articles (4 German, 2 English), written blind.

Stories (invented reports on real 2023-2025 settings):
- hm82-de-01: Israel strikes Beirut's southern suburbs after rockets on Kiryat Shmona, Aoun in Paris (March 2025).
- hm82-de-02: Modi in Colombo, India and Sri Lanka sign a defence pact, Indian fishermen to be freed (April 2025).
- hm82-de-03: Myanmar's junta activates conscription, the NUG and the Arakan Army respond (February 2024).
- hm82-de-04: Thailand's constitutional court suspends Paetongtarn over the Hun Sen call (July 2025).
- hm82-en-01: Pakistan and Saudi Arabia sign a mutual defence pact in Riyadh (September 2025).
- hm82-en-02: Punjab police arrest Amritpal Singh in Moga after a month-long manhunt (April 2023).
"""
from annotate import actor, entity, event, paragraphs, quote

# --- hm82-de-01 -------------------------------------------------------------------------------
G1 = "Die israelische Armee hat am Freitag erstmals seit Beginn der Waffenruhe im November ein Gebäude in den südlichen Vororten Beiruts bombardiert."
G2 = "Nach Armeeangaben lagerte die Hisbollah dort Drohnen."
G3 = "Zuvor hatte die Armee die Bewohner aufgefordert, das Gebäude und die Umgebung zu räumen."
G4 = "Am Morgen waren aus dem Libanon zwei Raketen auf die nordisraelische Stadt Kirjat Schmona abgefeuert worden."
G5 = "Verteidigungsminister Israel Katz drohte: »Wenn es in Kirjat Schmona keine Ruhe gibt, wird es auch in Beirut keine Ruhe geben.«"
G6 = "Die Hisbollah erklärte, sie habe mit dem Beschuss nichts zu tun."
G7 = "Präsident Joseph Aoun verurteilte den Angriff während eines Besuchs in Paris."
G8 = "Gastgeber Emmanuel Macron nannte die israelischen Angriffe »inakzeptabel«."
G9 = "Er kündigte an, noch am Abend mit US-Präsident Donald Trump zu telefonieren."
G10 = "Die libanesische Armee nahm am Nachmittag mehrere Verdächtige fest und stellte die Abschussrampen sicher."
G11 = "Regierungschef Nawaf Salam ordnete eine Untersuchung an."
G12 = "Der Libanon wolle keinen neuen Krieg, sagte er."

IDF = actor("Israel Defense Forces", "ISR", "MIL")
ISR2 = actor("Israel", "ISR", "GOV")
MAC = actor("Emmanuel Macron", "FRA", "GOV")
AOUN = actor("Joseph Aoun", "LBN", "GOV")

ART_DE01 = {
    "id": "hm82-de-01", "lang": "de", "url": None, "published": "2025-03-28",
    "title": "Israel greift erstmals seit Waffenruhe Beirut an",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12]),
    "events": [
        event("ASSAULT", IDF, actor("Lebanon", "LBN", None), G1, mode="aerial", date="2025-03-28",
              location="Beirut", location_country="LBN"),
        event("ACCUSE", IDF, actor("Hezbollah", "LBN", "REB"), G2, mode="allege"),
        event("REQUEST", IDF, actor("residents of Beirut's southern suburbs", "LBN", "CVL"), G3),
        event("THREATEN", actor("Israel Katz", "ISR", "GOV"), actor("Lebanon", "LBN", "GOV"), G5, mode="violence"),
        event("ACCUSE", AOUN, ISR2, G7, mode="disapprove"),
        event("CONSULT", AOUN, actor("France", "FRA", "GOV"), G7, mode="visit", location="Paris",
              location_country="FRA"),
        event("ACCUSE", MAC, ISR2, G8, mode="disapprove"),
        event("AGREE", MAC, actor("Donald Trump", "USA", "GOV"), G9),
        event("COERCE", actor("Lebanese Armed Forces", "LBN", "MIL"), actor("rocket launch suspects", "LBN", None),
              G10, mode="arrest", date="2025-03-28"),
        event("ACCUSE", actor("Nawaf Salam", "LBN", "GOV"), None, G11, mode="investigate"),
    ],
    "quotes": [
        quote("lagerte die Hisbollah dort Drohnen", "Israel Defense Forces", "indirect"),
        quote("Wenn es in Kirjat Schmona keine Ruhe gibt, wird es auch in Beirut keine Ruhe geben", "Israel Katz",
              "direct"),
        quote("sie habe mit dem Beschuss nichts zu tun", "Hezbollah", "indirect"),
        quote("inakzeptabel", "Emmanuel Macron", "direct"),
        quote("Der Libanon wolle keinen neuen Krieg", "Nawaf Salam", "indirect"),
    ],
    "entities": [
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee", "die Armee"]),
        entity("Beirut", "LOC", "LBN", ["den südlichen Vororten Beiruts", "Beirut"]),
        entity("Hezbollah", "ORG", "LBN", ["die Hisbollah", "Die Hisbollah", "sie"]),
        entity("residents of Beirut's southern suburbs", "ORG", "LBN", ["die Bewohner"]),
        entity("Lebanon", "GPE", "LBN", ["dem Libanon", "Der Libanon"]),
        entity("Kiryat Shmona", "LOC", "ISR", ["die nordisraelische Stadt Kirjat Schmona", "Kirjat Schmona"]),
        entity("Israel Katz", "PER", "ISR", ["Verteidigungsminister Israel Katz"]),
        entity("Joseph Aoun", "PER", "LBN", ["Präsident Joseph Aoun"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Gastgeber Emmanuel Macron", "Er"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["Die libanesische Armee"]),
        entity("rocket launch suspects", "ORG", "LBN", ["mehrere Verdächtige"]),
        entity("Nawaf Salam", "PER", "LBN", ["Regierungschef Nawaf Salam", "er"]),
    ],
}

# --- hm82-de-02 -------------------------------------------------------------------------------
H1 = "Indiens Premierminister Narendra Modi ist am Samstag in Colombo mit dem sri-lankischen Präsidenten Anura Kumara Dissanayake zusammengetroffen."
H2 = "Beide Regierungen unterzeichneten erstmals ein Abkommen über die Zusammenarbeit in der Verteidigung."
H3 = "Per Videoschaltung weihten die beiden Politiker zudem ein Solarkraftwerk in Sampur ein."
H4 = "Dissanayake versicherte, Sri Lanka werde nicht zulassen, dass sein Territorium gegen die Sicherheitsinteressen Indiens genutzt werde."
H5 = "Modi rief Colombo auf, im Streit um indische Fischer einen »humanitären Ansatz« zu verfolgen."
H6 = "Die sri-lankische Marine hatte seit Jahresbeginn Dutzende Fischer aus dem Bundesstaat Tamil Nadu festgenommen."
H7 = "Colombo kündigte an, elf von ihnen freizulassen."
H8 = "Außenstaatssekretär Vikram Misri begrüßte die Entscheidung als »wichtigen Schritt«."
H9 = "Modi wurde zudem mit dem Orden Mitra Vibhushana ausgezeichnet, der höchsten Ehrung Sri Lankas für ausländische Staats- und Regierungschefs."
H10 = "Die oppositionelle Partei Samagi Jana Balawegaya kritisierte, das Verteidigungsabkommen sei dem Parlament nicht vorgelegt worden."
H11 = "China, das in Sri Lanka den Hafen Hambantota betreibt, äußerte sich zunächst nicht."

MODI = actor("Narendra Modi", "IND", "GOV")
AKD = actor("Anura Kumara Dissanayake", "LKA", "GOV")
IND = actor("India", "IND", "GOV")
LKA = actor("Sri Lanka", "LKA", "GOV")
FISH = actor("Indian fishermen", "IND", "CVL")

ART_DE02 = {
    "id": "hm82-de-02", "lang": "de", "url": None, "published": "2025-04-05",
    "title": "Indien und Sri Lanka schließen Verteidigungsabkommen",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11]),
    "events": [
        event("CONSULT", MODI, AKD, H1, mode="visit", date="2025-04-05", location="Colombo", location_country="LKA"),
        event("SUPPORT", IND, LKA, H2),
        event("COOPERATE", MODI, AKD, H3),
        event("AGREE", AKD, IND, H4),
        event("REQUEST", MODI, LKA, H5, mode="change"),
        event("COERCE", actor("Sri Lanka Navy", "LKA", "MIL"), FISH, H6, mode="arrest"),
        event("CONCEDE", LKA, FISH, H7),
        event("SUPPORT", actor("Vikram Misri", "IND", "GOV"), LKA, H8),
        event("SUPPORT", AKD, MODI, H9),
        event("ACCUSE", actor("Samagi Jana Balawegaya", "LKA", "PTY"), LKA, H10, mode="disapprove"),
    ],
    "quotes": [
        quote("Sri Lanka werde nicht zulassen, dass sein Territorium gegen die Sicherheitsinteressen Indiens genutzt werde",
              "Anura Kumara Dissanayake", "indirect"),
        quote("humanitären Ansatz", "Narendra Modi", "direct"),
        quote("wichtigen Schritt", "Vikram Misri", "direct"),
        quote("das Verteidigungsabkommen sei dem Parlament nicht vorgelegt worden", "Samagi Jana Balawegaya",
              "indirect"),
    ],
    "entities": [
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi", "Modi"]),
        entity("Colombo", "LOC", "LKA", ["in Colombo"]),
        entity("Anura Kumara Dissanayake", "PER", "LKA",
               ["dem sri-lankischen Präsidenten Anura Kumara Dissanayake", "Dissanayake"]),
        entity("India", "GPE", "IND", ["Indiens"]),
        entity("Sri Lanka", "GPE", "LKA", ["Sri Lanka", "Colombo", "Sri Lankas"]),
        entity("Sampur", "LOC", "LKA", ["Sampur"]),
        entity("Sri Lanka Navy", "ORG", "LKA", ["Die sri-lankische Marine"]),
        entity("Indian fishermen", "ORG", "IND", ["indische Fischer", "Dutzende Fischer aus dem Bundesstaat Tamil Nadu",
                                                  "elf von ihnen"]),
        entity("Tamil Nadu", "LOC", "IND", ["dem Bundesstaat Tamil Nadu"]),
        entity("Vikram Misri", "PER", "IND", ["Außenstaatssekretär Vikram Misri"]),
        entity("Samagi Jana Balawegaya", "ORG", "LKA", ["Die oppositionelle Partei Samagi Jana Balawegaya"]),
        entity("Parliament of Sri Lanka", "ORG", "LKA", ["dem Parlament"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Hambantota", "LOC", "LKA", ["den Hafen Hambantota"]),
    ],
}

# --- hm82-de-03 -------------------------------------------------------------------------------
I1 = "Myanmars Militärjunta hat am Samstag die Wehrpflicht für junge Männer und Frauen in Kraft gesetzt."
I2 = "Jährlich sollen 60.000 Menschen eingezogen werden, teilte Junta-Sprecher Zaw Min Tun mit."
I3 = "„Wir brauchen diese Menschen, um das Land zu verteidigen“, sagte er dem Staatsfernsehen."
I4 = "Die Junta drohte Verweigerern mit bis zu fünf Jahren Haft."
I5 = "Vor der thailändischen Botschaft in Rangun bildeten sich am Montag lange Schlangen."
I6 = "Die Schattenregierung der Nationalen Einheit (NUG) rief junge Menschen auf, sich der Einberufung zu widersetzen."
I7 = "Die Junta wolle Zivilisten als Kanonenfutter missbrauchen, erklärte die NUG."
I8 = "Die Rebellen der Arakan-Armee boten Wehrpflichtigen, die fliehen, Schutz in ihren Gebieten an."
I9 = "Thailand habe bislang keine Flüchtlinge aus Myanmar abgeschoben, erklärte das Außenministerium in Bangkok."
I10 = "UN-Sonderberichterstatter Tom Andrews forderte die ASEAN-Staaten auf, den Druck auf die Generäle zu erhöhen."
I11 = "Die Junta handle aus Schwäche und Verzweiflung, sagte er."

JUNTA = actor("Myanmar military junta", "MMR", "GOV")
EVADERS = actor("Myanmar draft evaders", "MMR", "CVL")
ANDREWS = actor("Tom Andrews", "UNO", "IGO")

ART_DE03 = {
    "id": "hm82-de-03", "lang": "de", "url": None, "published": "2024-02-13",
    "title": "Myanmars Junta führt Wehrpflicht ein",
    "text": paragraphs([I1, I2, I3, I4, I5], [I6, I7, I8], [I9, I10, I11]),
    "events": [
        event("MOBILIZE", JUNTA, None, I1, mode="troops", date="2024-02-10"),
        event("MOBILIZE", JUNTA, None, I2, mode="troops"),
        event("THREATEN", JUNTA, EVADERS, I4, mode="arrest"),
        event("REQUEST", actor("National Unity Government of Myanmar (NUG)", "MMR", "OPP"),
              actor("young people of Myanmar", "MMR", "CVL"), I6),
        event("ACCUSE", actor("National Unity Government of Myanmar (NUG)", "MMR", "OPP"), JUNTA, I7, mode="allege"),
        event("AGREE", actor("Arakan Army", "MMR", "REB"), EVADERS, I8),
        event("COERCE", actor("Thailand", "THA", "GOV"), actor("refugees from Myanmar", "MMR", "CVL"), I9,
              mode="deport", negated=True),
        event("REQUEST", ANDREWS, actor("ASEAN", "IGO", "IGO"), I10, mode="change"),
        event("ACCUSE", ANDREWS, JUNTA, I11, mode="disapprove"),
    ],
    "quotes": [
        quote("Jährlich sollen 60.000 Menschen eingezogen werden", "Zaw Min Tun", "indirect"),
        quote("Wir brauchen diese Menschen, um das Land zu verteidigen", "Zaw Min Tun", "direct"),
        quote("Die Junta wolle Zivilisten als Kanonenfutter missbrauchen", "National Unity Government of Myanmar (NUG)",
              "indirect"),
        quote("Thailand habe bislang keine Flüchtlinge aus Myanmar abgeschoben", "Ministry of Foreign Affairs of Thailand",
              "indirect"),
        quote("Die Junta handle aus Schwäche und Verzweiflung", "Tom Andrews", "indirect"),
    ],
    "entities": [
        entity("Myanmar military junta", "ORG", "MMR", ["Myanmars Militärjunta", "Die Junta", "die Generäle"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Junta-Sprecher Zaw Min Tun"]),
        entity("Myanmar state television", "ORG", "MMR", ["dem Staatsfernsehen"]),
        entity("Myanmar draft evaders", "ORG", "MMR", ["Verweigerern", "Wehrpflichtigen, die fliehen"]),
        entity("Embassy of Thailand in Yangon", "ORG", "THA", ["der thailändischen Botschaft in Rangun"]),
        entity("Yangon", "LOC", "MMR", ["Rangun"]),
        entity("National Unity Government of Myanmar (NUG)", "ORG", "MMR",
               ["Die Schattenregierung der Nationalen Einheit (NUG)", "die NUG"]),
        entity("young people of Myanmar", "ORG", "MMR", ["junge Menschen"]),
        entity("Arakan Army", "ORG", "MMR", ["Die Rebellen der Arakan-Armee"]),
        entity("Thailand", "GPE", "THA", ["Thailand"]),
        entity("refugees from Myanmar", "ORG", "MMR", ["Flüchtlinge aus Myanmar"]),
        entity("Ministry of Foreign Affairs of Thailand", "ORG", "THA", ["das Außenministerium in Bangkok"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Tom Andrews", "PER", "UNO", ["UN-Sonderberichterstatter Tom Andrews", "er"]),
        entity("ASEAN", "ORG", "IGO", ["die ASEAN-Staaten"]),
    ],
}

# --- hm82-de-04 -------------------------------------------------------------------------------
J1 = "Thailands Verfassungsgericht hat Regierungschefin Paetongtarn Shinawatra am Dienstag vorläufig von ihrem Amt suspendiert."
J2 = "Die Richter gaben mit sieben zu zwei Stimmen einem Antrag von 36 Senatoren statt, die ihr einen Verstoß gegen ethische Standards vorwerfen."
J3 = "Auslöser ist ein Telefonat, in dem Paetongtarn den kambodschanischen Senatspräsidenten Hun Sen als »Onkel« angesprochen hatte."
J4 = "Einen thailändischen Armeekommandeur nannte sie darin ihren »Gegner«."
J5 = "Paetongtarn entschuldigte sich erneut und sagte, sie werde das Urteil respektieren."
J6 = "»Ich wollte nur den Frieden zwischen beiden Ländern bewahren«, sagte sie in Bangkok."
J7 = "Am Samstag hatten Tausende Demonstranten in der Hauptstadt ihren Rücktritt gefordert."
J8 = "Kambodschas Regierungschef Hun Manet warf Bangkok vor, den Grenzstreit für innenpolitische Zwecke zu missbrauchen."
J9 = "Phnom Penh hatte zuvor die Einfuhr von Obst und Gemüse aus Thailand gestoppt."
J10 = "Die thailändische Armee verstärkte unterdessen ihre Truppen an der Grenze zu Kambodscha."

PAE = actor("Paetongtarn Shinawatra", "THA", "GOV")

ART_DE04 = {
    "id": "hm82-de-04", "lang": "de", "url": None, "published": "2025-07-01",
    "title": "Thailands Regierungschefin Paetongtarn suspendiert",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9, J10]),
    "events": [
        event("COERCE", actor("Constitutional Court of Thailand", "THA", "JUD"), PAE, J1, mode="restrict",
              date="2025-07-01"),
        event("ACCUSE", actor("Thai senators", "THA", "LEG"), PAE, J2, mode="allege"),
        event("CONSULT", PAE, actor("Hun Sen", "KHM", "LEG"), J3, mode="phone"),
        event("ACCUSE", PAE, actor("Boonsin Padklang", "THA", "MIL"), J4, mode="disapprove"),
        event("CONCEDE", PAE, None, J5),
        event("PROTEST", actor("Thai protesters", "THA", "CVL"), PAE, J7, mode="demo", date="2025-06-28",
              location="Bangkok", location_country="THA"),
        event("ACCUSE", actor("Hun Manet", "KHM", "GOV"), actor("Thailand", "THA", "GOV"), J8, mode="allege"),
        event("SANCTION", actor("Cambodia", "KHM", "GOV"), actor("Thailand", "THA", "GOV"), J9, mode="discontinue"),
        event("MOBILIZE", actor("Royal Thai Army", "THA", "MIL"), actor("Cambodia", "KHM", None), J10, mode="troops"),
    ],
    "quotes": [
        quote("Onkel", "Paetongtarn Shinawatra", "direct"),
        quote("Gegner", "Paetongtarn Shinawatra", "direct"),
        quote("sie werde das Urteil respektieren", "Paetongtarn Shinawatra", "indirect"),
        quote("Ich wollte nur den Frieden zwischen beiden Ländern bewahren", "Paetongtarn Shinawatra", "direct"),
        quote("den Grenzstreit für innenpolitische Zwecke zu missbrauchen", "Hun Manet", "indirect"),
    ],
    "entities": [
        entity("Constitutional Court of Thailand", "ORG", "THA", ["Thailands Verfassungsgericht", "Die Richter"]),
        entity("Paetongtarn Shinawatra", "PER", "THA", ["Regierungschefin Paetongtarn Shinawatra", "ihr", "Paetongtarn",
                                                        "sie", "ihren"]),
        entity("Thai senators", "ORG", "THA", ["36 Senatoren"]),
        entity("Hun Sen", "PER", "KHM", ["den kambodschanischen Senatspräsidenten Hun Sen"]),
        entity("Boonsin Padklang", "PER", "THA", ["Einen thailändischen Armeekommandeur"]),
        entity("Bangkok", "LOC", "THA", ["in Bangkok", "in der Hauptstadt"]),
        entity("Thai protesters", "ORG", "THA", ["Tausende Demonstranten"]),
        entity("Hun Manet", "PER", "KHM", ["Kambodschas Regierungschef Hun Manet"]),
        entity("Thailand", "GPE", "THA", ["Bangkok", "Thailand"]),
        entity("Cambodia", "GPE", "KHM", ["Phnom Penh", "Kambodscha"]),
        entity("Royal Thai Army", "ORG", "THA", ["Die thailändische Armee"]),
    ],
}

# --- hm82-en-01 -------------------------------------------------------------------------------
K1 = "Pakistan and Saudi Arabia signed a mutual defence agreement in Riyadh on Wednesday, pledging to treat an attack on either country as an attack on both."
K2 = "Prime Minister Shehbaz Sharif, who arrived on a state visit earlier in the day, and Crown Prince Mohammed bin Salman signed the pact at al-Yamamah Palace."
K3 = "\"Any aggression against either country shall be considered an aggression against both,\" the two governments said in a joint statement."
K4 = "Army chief Field Marshal Asim Munir, who attended the ceremony, separately met Saudi Defence Minister Prince Khalid bin Salman."
K5 = "A senior Saudi official told Reuters the agreement was \"not a reaction to specific countries or events\"."
K6 = "India said it would study the implications of the pact for its national security."
K7 = "Foreign ministry spokesman Randhir Jaiswal urged Riyadh to keep \"mutual interests and sensitivities\" in mind."
K8 = "Iran's Foreign Minister Abbas Araghchi welcomed the pact as \"a good start\" for regional security."
K9 = "The deal comes a week after Israel struck Hamas leaders in the Qatari capital Doha."

PAK2 = actor("Pakistan", "PAK", "GOV")
SAU = actor("Saudi Arabia", "SAU", "GOV")
MBS = actor("Mohammed bin Salman", "SAU", "GOV")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")

ART_EN01 = {
    "id": "hm82-en-01", "lang": "en", "url": None, "published": "2025-09-18",
    "title": "Pakistan and Saudi Arabia sign mutual defence pact",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9]),
    "events": [
        event("SUPPORT", PAK2, SAU, K1, date="2025-09-17", location="Riyadh", location_country="SAU"),
        event("AGREE", PAK2, SAU, K1, date="2025-09-17", location="Riyadh", location_country="SAU"),
        event("SUPPORT", SHARIF, MBS, K2, location="al-Yamamah Palace", location_country="SAU"),
        event("CONSULT", SHARIF, MBS, K2, mode="visit", location="al-Yamamah Palace", location_country="SAU"),
        event("AGREE", PAK2, SAU, K3),
        event("CONSULT", actor("Asim Munir", "PAK", "MIL"), actor("Khalid bin Salman", "SAU", "GOV"), K4),
        event("REQUEST", actor("Randhir Jaiswal", "IND", "GOV"), SAU, K7),
        event("SUPPORT", actor("Abbas Araghchi", "IRN", "GOV"), PAK2, K8),
        event("SUPPORT", actor("Abbas Araghchi", "IRN", "GOV"), SAU, K8),
        event("ASSAULT", actor("Israel", "ISR", "MIL"), actor("Hamas", "PSE", "REB"), K9, location="Doha",
              location_country="QAT"),
    ],
    "quotes": [
        quote("Any aggression against either country shall be considered an aggression against both",
              "Pakistan and Saudi Arabia", "direct"),
        quote("not a reaction to specific countries or events", "senior Saudi official", "direct"),
        quote("the agreement was \"not a reaction to specific countries or events\"", "senior Saudi official",
              "indirect"),
        quote("it would study the implications of the pact for its national security", "India", "indirect"),
        quote("mutual interests and sensitivities", "Randhir Jaiswal", "direct"),
        quote("a good start", "Abbas Araghchi", "direct"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia", "Riyadh"]),
        entity("Riyadh", "LOC", "SAU", ["in Riyadh"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Prime Minister Shehbaz Sharif"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Crown Prince Mohammed bin Salman"]),
        entity("al-Yamamah Palace", "LOC", "SAU", ["al-Yamamah Palace"]),
        entity("Asim Munir", "PER", "PAK", ["Army chief Field Marshal Asim Munir"]),
        entity("Khalid bin Salman", "PER", "SAU", ["Saudi Defence Minister Prince Khalid bin Salman"]),
        entity("senior Saudi official", "PER", "SAU", ["A senior Saudi official"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("India", "GPE", "IND", ["India", "it"]),
        entity("Randhir Jaiswal", "PER", "IND", ["Foreign ministry spokesman Randhir Jaiswal"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Iran's Foreign Minister Abbas Araghchi"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Hamas", "ORG", "PSE", ["Hamas leaders"]),
        entity("Doha", "LOC", "QAT", ["the Qatari capital Doha"]),
    ],
}

# --- hm82-en-02 -------------------------------------------------------------------------------
L1 = "Indian police on Sunday arrested Amritpal Singh, a radical Sikh preacher who had evaded a huge manhunt in Punjab for more than a month."
L2 = "He was detained at a gurdwara in the village of Rode in Moga district, police said."
L3 = "Singh has been held under the National Security Act and was flown to a prison in the northeastern state of Assam."
L4 = "Inspector General Sukhchain Singh Gill denied reports that the preacher had surrendered."
L5 = "“We appeal to the people to maintain peace and harmony,” Gill told reporters in Chandigarh."
L6 = "Punjab Chief Minister Bhagwant Mann said the state had acted “without firing a single bullet” and urged Sikh youth not to be misled."
L7 = "Singh's supporters accused the Punjab government of persecuting Sikhs."
L8 = "Authorities suspended mobile internet across Punjab for several days after the manhunt began in March."
L9 = "Hundreds of his supporters were detained at the time; most have since been released."
L10 = "In February, Singh and armed followers had stormed a police station in Ajnala to free a jailed aide."

PPOL = actor("Punjab Police", "IND", "COP")
AMR = actor("Amritpal Singh", "IND", "CVL")
AMRSUP = actor("supporters of Amritpal Singh", "IND", "CVL")
PUNGOV = actor("Government of Punjab", "IND", "GOV")

ART_EN02 = {
    "id": "hm82-en-02", "lang": "en", "url": None, "published": "2023-04-23",
    "title": "Indian police arrest fugitive Sikh preacher Amritpal Singh",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9, L10]),
    "events": [
        event("COERCE", PPOL, AMR, L1, mode="arrest", date="2023-04-23"),
        event("COERCE", PPOL, AMR, L2, mode="arrest", location="Rode", location_country="IND"),
        event("COERCE", PPOL, AMR, L3, mode="arrest"),
        event("REQUEST", actor("Sukhchain Singh Gill", "IND", "COP"), None, L5),
        event("REQUEST", actor("Bhagwant Mann", "IND", "GOV"), actor("Sikh youth", "IND", "CVL"), L6),
        event("ACCUSE", AMRSUP, PUNGOV, L7, mode="allege"),
        event("COERCE", PUNGOV, None, L8, mode="withhold"),
        event("COERCE", PPOL, AMRSUP, L9, mode="arrest"),
        event("RETREAT", PPOL, AMRSUP, L9, mode="release"),
        event("ASSAULT", AMR, PPOL, L10, location="Ajnala", location_country="IND"),
        event("ASSAULT", AMRSUP, PPOL, L10, location="Ajnala", location_country="IND"),
    ],
    "quotes": [
        quote("He was detained at a gurdwara in the village of Rode in Moga district", "Punjab Police", "indirect"),
        quote("We appeal to the people to maintain peace and harmony", "Sukhchain Singh Gill", "direct"),
        quote("without firing a single bullet", "Bhagwant Mann", "direct"),
        quote("the state had acted “without firing a single bullet”", "Bhagwant Mann", "indirect"),
    ],
    "entities": [
        entity("Punjab Police", "ORG", "IND", ["Indian police", "police"]),
        entity("Amritpal Singh", "PER", "IND", ["Amritpal Singh", "He", "Singh", "the preacher", "Singh's", "his"]),
        entity("Punjab", "LOC", "IND", ["Punjab"]),
        entity("Rode", "LOC", "IND", ["the village of Rode"]),
        entity("Moga", "LOC", "IND", ["Moga district"]),
        entity("Assam", "LOC", "IND", ["the northeastern state of Assam"]),
        entity("Sukhchain Singh Gill", "PER", "IND", ["Inspector General Sukhchain Singh Gill", "Gill"]),
        entity("Chandigarh", "LOC", "IND", ["Chandigarh"]),
        entity("Bhagwant Mann", "PER", "IND", ["Punjab Chief Minister Bhagwant Mann"]),
        entity("Government of Punjab", "ORG", "IND", ["the state", "the Punjab government", "Authorities"]),
        entity("Sikh youth", "ORG", "IND", ["Sikh youth"]),
        entity("supporters of Amritpal Singh", "ORG", "IND", ["Singh's supporters", "Hundreds of his supporters",
                                                              "armed followers"]),
        entity("Ajnala", "LOC", "IND", ["Ajnala"]),
    ],
}

ARTICLES = [ART_DE01, ART_DE02, ART_DE03, ART_DE04, ART_EN01, ART_EN02]
