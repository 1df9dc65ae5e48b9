"""Round 291: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm291-de-01: NATO: Sweden becomes NATO's 32nd member as Kristersson hands the accession instrument to Blinken in Washington; Biden and Stoltenberg welcome it, Hungary's blockade and ratification, Peskov threatens countermeasures, Moscow's foreign ministry objects, troops pledged for Latvia (2024-03-07).
- hm291-de-02: Panama: ex-president Ricardo Martinelli leaves Nicaragua's embassy for Colombia after Mulino's government grants safe conduct; Colombian asylum, police escort without arrest, Mulino accuses him, Martinelli thanks Petro and attacks the courts, Vamos objects, protest, the 2024 conviction, Cortizo's refusal and the electoral ban recalled (2025-05-10).
- hm291-de-03: Canada: the Hogue commission's final report names China and India as the main sources of foreign interference; Hogue criticises Trudeau's government and asks party leaders to get security clearance, Poilievre refuses and attacks Trudeau, India's MEA and China's embassy hit back, the October 2024 expulsions recalled (2025-01-28).
- hm291-de-04: El Salvador: the Legislative Assembly approves indefinite presidential re-election for Bukele; Villatoro and Ortiz object, Bukele dismisses critics, HRW and the UN rights office criticise, protest and police cordon without arrests, state-of-exception arrests and Ruth López's detention recalled (2025-07-31).
- hm291-en-01: United States/Puerto Rico: Trump's campaign distances itself from Tony Hinchcliffe's "floating island of garbage" joke at Madison Square Garden without apologising; Harris, Ricky Martin, Salazar, Scott, González-Colón, Ocasio-Cortez and Vance react, protest outside the arena (2024-10-28).
- hm291-en-02: Haiti: Kenya's Ruto visits Port-au-Prince, meets Conille and pledges 600 more officers; Conille thanks Kenya and appeals for funds, Haitian and Kenyan police fight gangs in Solino and pull back, Cherizier threatens, Jamaica's contingent, protest and an arrest near the prime minister's office (2024-09-21).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm291-de-01 (NATO, Sweden joins)
SWEDEN = actor("Sweden", "SWE", "GOV")
NATO = actor("NATO", "IGO", "IGO")
KRISTERSSON = actor("Ulf Kristersson", "SWE", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
STOLTENBERG = actor("Jens Stoltenberg", "IGO", "IGO")
HUNGARY = actor("Hungary", "HUN", "GOV")
HUN_PARL = actor("National Assembly of Hungary", "HUN", "LEG")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
RUS_MFA = actor("Ministry of Foreign Affairs of Russia", "RUS", "GOV")
SWE_GOV = actor("Government of Sweden", "SWE", "GOV")
LATVIA = actor("Latvia", "LVA", "GOV")

N1 = "Washington (dpa) - Schweden ist nach fast zwei Jahren Wartezeit offiziell das 32. Mitglied der NATO."
N2 = ("Ministerpräsident Ulf Kristersson übergab am Donnerstag im US-Außenministerium in Washington die "
      "Beitrittsurkunde an Außenminister Antony Blinken.")
N3 = "„Gute Dinge kommen zu denen, die warten“, sagte Blinken bei der kurzen Zeremonie."
N4 = "Kristersson sprach von einem „historischen Tag“."
N5 = ("„Schweden wird seinen Teil der Last tragen und Verantwortung für die Sicherheit aller Verbündeten "
      "übernehmen“, versprach der 60-Jährige.")
N6 = "US-Präsident Joe Biden begrüßte den Beitritt und erklärte, die Allianz sei nun stärker als je zuvor."
N7 = ("Kristersson sollte am Abend als Gast der First Lady Jill Biden die Rede des Präsidenten zur Lage der Nation "
      "im Kapitol verfolgen.")
N8 = ("NATO-Generalsekretär Jens Stoltenberg sagte in Brüssel, Schweden nehme nun seinen rechtmäßigen Platz am Tisch "
      "der Allianz ein.")
N9 = "Am Montag soll die schwedische Flagge vor dem Hauptquartier des Bündnisses gehisst werden."
N10 = ("Schweden hatte im Mai 2022, wenige Monate nach dem russischen Einmarsch in die Ukraine, die Aufnahme in das "
       "Bündnis beantragt.")
N11 = ("Das Nachbarland Finnland ist bereits seit April 2023 Mitglied, der schwedische Beitritt aber wurde zuletzt "
       "monatelang von Ungarn blockiert.")
N12 = "Erst Ende Februar stimmte das Parlament in Budapest zu."
N13 = ("Kremlsprecher Dmitri Peskow sagte in Moskau, Russland werde genau beobachten, ob die NATO in Schweden Truppen "
       "und Waffen stationiere, und darauf mit Gegenmaßnahmen antworten.")
N14 = ("Das russische Außenministerium warf Stockholm vor, die mehr als 200 Jahre alte Bündnisfreiheit des Landes "
       "aufgegeben und sich einem „aggressiven Block“ angeschlossen zu haben.")
N15 = ("Die schwedische Regierung hatte bereits im Januar angekündigt, im kommenden Jahr rund 600 Soldaten zur "
       "NATO-Truppe in Lettland zu entsenden.")
N16 = "Die Ostseeinsel Gotland gilt als Schlüssel für die Verteidigung der baltischen Staaten."
N17 = "Mit Schweden gehören nun bis auf Russland alle Anrainerstaaten der Ostsee dem Bündnis an."

DE01 = {
    "id": "hm291-de-01", "lang": "de", "url": None, "published": "2024-03-07",
    "title": "Schweden ist 32. Mitglied der NATO",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8, N9], [N10, N11, N12], [N13, N14], [N15, N16, N17]),
    "events": [
        event("SUPPORT", SWEDEN, NATO, N1),
        event("CONSULT", KRISTERSSON, BLINKEN, N2, mode="visit", date="2024-03-07", location="Washington",
              location_country="USA"),
        event("SUPPORT", KRISTERSSON, NATO, N2, date="2024-03-07", location="Washington", location_country="USA"),
        event("AGREE", KRISTERSSON, NATO, N5),
        event("SUPPORT", BIDEN, SWEDEN, N6),
        event("SUPPORT", STOLTENBERG, SWEDEN, N8, location="Brussels", location_country="BEL"),
        event("REQUEST", SWEDEN, NATO, N10),
        event("REJECT", HUNGARY, SWEDEN, N11),
        event("SUPPORT", HUN_PARL, SWEDEN, N12),
        event("THREATEN", PESKOV, SWEDEN, N13, location="Moscow", location_country="RUS"),
        event("ACCUSE", RUS_MFA, SWE_GOV, N14, mode="disapprove"),
        event("AGREE", SWE_GOV, LATVIA, N15),
    ],
    "quotes": [
        quote("Gute Dinge kommen zu denen, die warten", "Antony Blinken", "direct"),
        quote("historischen Tag", "Ulf Kristersson", "direct"),
        quote("Schweden wird seinen Teil der Last tragen und Verantwortung für die Sicherheit aller Verbündeten "
              "übernehmen", "Ulf Kristersson", "direct"),
        quote("die Allianz sei nun stärker als je zuvor", "Joe Biden", "indirect"),
        quote("Schweden nehme nun seinen rechtmäßigen Platz am Tisch der Allianz ein", "Jens Stoltenberg", "indirect"),
        quote("Russland werde genau beobachten, ob die NATO in Schweden Truppen und Waffen stationiere, und darauf mit "
              "Gegenmaßnahmen antworten", "Dmitry Peskov", "indirect"),
        quote("aggressiven Block", "Ministry of Foreign Affairs of Russia", "direct"),
        quote("die mehr als 200 Jahre alte Bündnisfreiheit des Landes aufgegeben und sich einem „aggressiven Block“ "
              "angeschlossen zu haben", "Ministry of Foreign Affairs of Russia", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Sweden", "LOC", "SWE", ["Schweden", "des Landes"]),
        entity("NATO", "ORG", "IGO", ["NATO", "der Allianz", "die Allianz", "das Bündnis", "dem Bündnis"]),
        entity("Ulf Kristersson", "PER", "SWE", ["Ministerpräsident Ulf Kristersson", "Kristersson",
                                                 "der 60-Jährige"]),
        entity("U.S. Department of State", "ORG", "USA", ["im US-Außenministerium"]),
        entity("Antony Blinken", "PER", "USA", ["Außenminister Antony Blinken", "Blinken"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden", "des Präsidenten"]),
        entity("Jill Biden", "PER", "USA", ["der First Lady Jill Biden"]),
        entity("United States Capitol", "LOC", "USA", ["im Kapitol"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["NATO-Generalsekretär Jens Stoltenberg"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("NATO headquarters", "LOC", "BEL", ["dem Hauptquartier des Bündnisses"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Finland", "LOC", "FIN", ["Das Nachbarland Finnland"]),
        entity("Hungary", "LOC", "HUN", ["Ungarn"]),
        entity("National Assembly of Hungary", "ORG", "HUN", ["das Parlament in Budapest"]),
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Das russische Außenministerium"]),
        entity("Government of Sweden", "ORG", "SWE", ["Stockholm", "Die schwedische Regierung"]),
        entity("Latvia", "LOC", "LVA", ["Lettland"]),
        entity("Gotland", "LOC", "SWE", ["Die Ostseeinsel Gotland"]),
        entity("Baltic states", "LOC", None, ["der baltischen Staaten"]),
        entity("Baltic Sea", "LOC", None, ["Ostsee"]),
    ],
}

# ---------------------------------------------------------------- hm291-de-02 (Panama, Martinelli leaves for Colombia)
MARTINELLI = actor("Ricardo Martinelli", "PAN", "PTY")
PAN_GOV = actor("Government of Panama", "PAN", "GOV")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
PAN_POLICE = actor("National Police of Panama", "PAN", "COP")
MULINO = actor("José Raúl Mulino", "PAN", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
PAN_JUDICIARY = actor("Judiciary of Panama", "PAN", "JUD")
VAMOS = actor("Vamos", "PAN", "OPP")
PAN_PROTESTERS = actor("protesters in Panama City", "PAN", "CVL")
PAN_SUPREME = actor("Supreme Court of Justice of Panama", "PAN", "JUD")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
PAN_TE = actor("Electoral Tribunal of Panama", "PAN", "GOV")

M1 = ("Panama-Stadt (AFP) - Der wegen Geldwäsche verurteilte frühere panamaische Präsident Ricardo Martinelli hat nach "
      "15 Monaten die Botschaft Nicaraguas in Panama-Stadt verlassen und ist nach Kolumbien ausgereist.")
M2 = ("Die Regierung von Präsident José Raúl Mulino hatte ihm am Freitag freies Geleit gewährt, nachdem Kolumbien "
      "dem 73-Jährigen politisches Asyl zugesprochen hatte.")
M3 = ("Polizisten begleiteten den Wagen des Ex-Präsidenten in der Nacht zum Flughafen Tocumen, nahmen ihn aber "
      "nicht fest.")
M4 = "Martinelli sei am Samstagmorgen in Bogotá gelandet, teilte die kolumbianische Migrationsbehörde mit."
M5 = ("Panamas Außenminister Javier Martínez-Acha sagte, die Regierung habe im Einklang mit dem Völkerrecht "
      "gehandelt.")
M6 = "Die Haftstrafe von mehr als zehn Jahren bleibe aber bestehen, betonte er."
M7 = ("Mulino warf seinem früheren Verbündeten vor, die Botschaft monatelang für Parteipolitik missbraucht zu "
      "haben.")
M8 = "„Die Diplomatie hat ihre Arbeit getan, jetzt kehrt Ruhe ein“, sagte der 65-Jährige vor Journalisten."
M9 = ("Martinelli dankte auf der Plattform X dem kolumbianischen Präsidenten Gustavo Petro und sprach von einer "
      "„politischen Verfolgung“ durch die panamaische Justiz.")
M10 = "Petro schrieb, Kolumbien gewähre seit jeher Verfolgten Schutz, gleich welcher politischen Richtung."
M11 = ("Die Oppositionsbewegung Vamos warf der Regierung vor, Martinelli die Flucht vor der Justiz ermöglicht zu "
       "haben.")
M12 = ("Vor dem Außenministerium protestierten am Freitagabend einige Dutzend Menschen mit Schildern, auf denen "
       "„Keine Straflosigkeit“ stand.")
M13 = ("Als das Oberste Gericht im Februar 2024 seine Verurteilung zu mehr als zehn Jahren Haft bestätigte, "
       "flüchtete Martinelli in die Botschaft Nicaraguas, das ihm Asyl gewährte.")
M14 = "Die damalige Regierung von Laurentino Cortizo verweigerte ihm jedoch das freie Geleit."
M15 = ("Martinelli wurde wegen des Urteils zudem vom Wahlgericht von der Präsidentenwahl im Mai 2024 ausgeschlossen, "
       "an seine Stelle als Kandidat trat Mulino.")
M16 = ("In dem Verfahren ging es um den Kauf einer Mediengruppe mit öffentlichen Geldern während seiner Amtszeit "
       "von 2009 bis 2014.")
M17 = "Die Regierung von Daniel Ortega in Nicaragua äußerte sich zunächst nicht."

DE02 = {
    "id": "hm291-de-02", "lang": "de", "url": None, "published": "2025-05-10",
    "title": "Panamas Ex-Präsident Martinelli nach Kolumbien ausgereist",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10, M11, M12], [M13, M14, M15, M16, M17]),
    "events": [
        event("CONCEDE", PAN_GOV, MARTINELLI, M2, date="2025-05-09"),
        event("AID", COL_GOV, MARTINELLI, M2),
        event("COERCE", PAN_POLICE, MARTINELLI, M3, mode="arrest", negated=True),
        event("ACCUSE", MULINO, MARTINELLI, M7, mode="allege"),
        event("SUPPORT", MARTINELLI, PETRO, M9),
        event("ACCUSE", MARTINELLI, PAN_JUDICIARY, M9, mode="allege"),
        event("ACCUSE", VAMOS, PAN_GOV, M11, mode="disapprove"),
        event("PROTEST", PAN_PROTESTERS, PAN_GOV, M12, mode="demo", date="2025-05-09", location="Panama City",
              location_country="PAN"),
        event("SANCTION", PAN_SUPREME, MARTINELLI, M13, mode="convict"),
        event("AID", NIC_GOV, MARTINELLI, M13),
        event("REJECT", PAN_GOV, MARTINELLI, M14, mode="yield"),
        event("COERCE", PAN_TE, MARTINELLI, M15, mode="restrict"),
    ],
    "quotes": [
        quote("Martinelli sei am Samstagmorgen in Bogotá gelandet", "Migración Colombia", "indirect"),
        quote("die Regierung habe im Einklang mit dem Völkerrecht gehandelt", "Javier Martínez-Acha", "indirect"),
        quote("Die Haftstrafe von mehr als zehn Jahren bleibe aber bestehen", "Javier Martínez-Acha", "indirect"),
        quote("die Botschaft monatelang für Parteipolitik missbraucht zu haben", "José Raúl Mulino", "indirect"),
        quote("Die Diplomatie hat ihre Arbeit getan, jetzt kehrt Ruhe ein", "José Raúl Mulino", "direct"),
        quote("politischen Verfolgung", "Ricardo Martinelli", "direct"),
        quote("Kolumbien gewähre seit jeher Verfolgten Schutz, gleich welcher politischen Richtung", "Gustavo Petro",
              "indirect"),
        quote("Martinelli die Flucht vor der Justiz ermöglicht zu haben", "Vamos", "indirect"),
        quote("Keine Straflosigkeit", "protesters in Panama City", "direct"),
    ],
    "entities": [
        entity("Panama City", "LOC", "PAN", ["Panama-Stadt"]),
        entity("Ricardo Martinelli", "PER", "PAN", ["Der wegen Geldwäsche verurteilte frühere panamaische Präsident "
                                                    "Ricardo Martinelli", "Martinelli", "dem 73-Jährigen",
                                                    "des Ex-Präsidenten", "seinem früheren Verbündeten"]),
        entity("Embassy of Nicaragua in Panama", "ORG", "NIC", ["die Botschaft Nicaraguas in Panama-Stadt",
                                                                "die Botschaft Nicaraguas", "die Botschaft"]),
        entity("Nicaragua", "LOC", "NIC", ["Nicaraguas"]),
        entity("Colombia", "LOC", "COL", ["Kolumbien"]),
        entity("José Raúl Mulino", "PER", "PAN", ["Präsident José Raúl Mulino", "Mulino", "der 65-Jährige"]),
        entity("Government of Panama", "ORG", "PAN", ["Die Regierung von Präsident José Raúl Mulino", "die Regierung",
                                                      "der Regierung", "Die damalige Regierung von Laurentino Cortizo"]),
        entity("National Police of Panama", "ORG", "PAN", ["Polizisten"]),
        entity("Tocumen International Airport", "LOC", "PAN", ["Flughafen Tocumen"]),
        entity("Migración Colombia", "ORG", "COL", ["die kolumbianische Migrationsbehörde"]),
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Panama", "LOC", "PAN", ["Panamas"]),
        entity("Javier Martínez-Acha", "PER", "PAN", ["Panamas Außenminister Javier Martínez-Acha"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Gustavo Petro", "PER", "COL", ["dem kolumbianischen Präsidenten Gustavo Petro", "Petro"]),
        entity("Judiciary of Panama", "ORG", "PAN", ["die panamaische Justiz", "der Justiz"]),
        entity("Vamos", "ORG", "PAN", ["Die Oppositionsbewegung Vamos"]),
        entity("Ministry of Foreign Affairs of Panama", "ORG", "PAN", ["dem Außenministerium"]),
        entity("Supreme Court of Justice of Panama", "ORG", "PAN", ["das Oberste Gericht"]),
        entity("Laurentino Cortizo", "PER", "PAN", ["Laurentino Cortizo"]),
        entity("Electoral Tribunal of Panama", "ORG", "PAN", ["vom Wahlgericht"]),
        entity("Editora Panamá América", "ORG", "PAN", ["einer Mediengruppe"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Die Regierung von Daniel Ortega in Nicaragua"]),
        entity("Daniel Ortega", "PER", "NIC", ["Daniel Ortega"]),
    ],
}

# ---------------------------------------------------------------- hm291-de-03 (Canada, Hogue report on foreign interference)
INQUIRY = actor("Foreign Interference Commission", "CAN", "GOV")
HOGUE = actor("Marie-Josée Hogue", "CAN", "JUD")
CHINA = actor("China", "CHN", "GOV")
INDIA = actor("India", "IND", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
PARTY_LEADERS = actor("leaders of Canada's parliamentary parties", "CAN", "PTY")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
JAISWAL = actor("Randhir Jaiswal", "IND", "GOV")
CHN_EMB = actor("Embassy of China in Canada", "CHN", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")

Q1 = ("Ottawa (dpa) - Eine kanadische Untersuchungskommission hat China als den aktivsten ausländischen Akteur bei "
      "Versuchen der Einflussnahme auf Kanadas Demokratie bezeichnet.")
Q2 = ("Die Volksrepublik sei der „hartnäckigste und raffinierteste“ Urheber solcher Einmischung, heißt es im "
      "Abschlussbericht, den die Richterin Marie-Josée Hogue am Dienstag in Ottawa vorlegte.")
Q3 = "An zweiter Stelle nannte die Kommissionsvorsitzende Indien."
Q4 = ("Die Integrität der Parlamentswahlen von 2019 und 2021 sei durch die Einmischung aber nicht beschädigt worden, "
      "betonte Hogue.")
Q5 = "Als größte Gefahr für die Demokratie bezeichnete sie die Verbreitung von Desinformation, auch aus dem Ausland."
Q6 = ("Berichte, wonach einzelne Abgeordnete wissentlich mit fremden Staaten zusammenarbeiteten, hätten sich nicht "
      "bestätigt; „Verräter“ im Parlament habe sie nicht gefunden.")
Q7 = ("Zugleich warf Hogue der Regierung von Premierminister Justin Trudeau vor, Geheimdiensterkenntnisse zu langsam "
      "weitergegeben und zu zögerlich gehandelt zu haben.")
Q8 = ("Sie legte 51 Empfehlungen vor und forderte unter anderem die Vorsitzenden aller Parteien im Parlament auf, "
      "eine Sicherheitsfreigabe zu beantragen.")
Q9 = "Der konservative Oppositionsführer Pierre Poilievre lehnte dies am Dienstag erneut ab."
Q10 = ("Mit einer Freigabe dürfe er nicht mehr offen über geheime Informationen sprechen, sagte der 45-Jährige.")
Q11 = "Er warf Trudeau vor, die Warnungen der Geheimdienste jahrelang ignoriert zu haben."
Q12 = "Trudeau sagte, seine Regierung werde die Empfehlungen „sorgfältig prüfen“."
Q13 = "Das indische Außenministerium wies den Bericht als haltlos zurück."
Q14 = ("Nicht Indien, sondern Kanada mische sich seit Jahren in die inneren Angelegenheiten Indiens ein, sagte "
       "Sprecher Randhir Jaiswal in Neu-Delhi.")
Q15 = ("Die chinesische Botschaft in Ottawa sprach von „haltlosen Unterstellungen“ und forderte Kanada auf, seine "
       "„antichinesische Hetze“ zu beenden.")
Q16 = ("Die Beziehungen zwischen Ottawa und Neu-Delhi sind seit dem Mord an dem Sikh-Aktivisten Hardeep Singh Nijjar "
       "2023 in der Nähe von Vancouver schwer belastet.")
Q17 = "Im Oktober hatten beide Länder jeweils sechs Diplomaten ausgewiesen."
Q18 = ("Die Kommission war im September 2023 eingesetzt worden, nachdem Medien unter Berufung auf Geheimdienstquellen "
       "über chinesische Einflussnahme bei den Wahlen berichtet hatten.")

DE03 = {
    "id": "hm291-de-03", "lang": "de", "url": None, "published": "2025-01-28",
    "title": "Kommission: China versucht am stärksten, Kanadas Demokratie zu beeinflussen",
    "text": paragraphs([Q1, Q2, Q3, Q4], [Q5, Q6, Q7, Q8], [Q9, Q10, Q11, Q12], [Q13, Q14, Q15],
                       [Q16, Q17, Q18]),
    "events": [
        event("ACCUSE", INQUIRY, CHINA, Q1, mode="allege"),
        event("ACCUSE", HOGUE, CHINA, Q2, mode="allege", date="2025-01-28", location="Ottawa",
              location_country="CAN"),
        event("ACCUSE", HOGUE, INDIA, Q3, mode="allege"),
        event("ACCUSE", HOGUE, CAN_GOV, Q7, mode="disapprove"),
        event("REQUEST", HOGUE, PARTY_LEADERS, Q8, mode="change"),
        event("REJECT", POILIEVRE, HOGUE, Q9, date="2025-01-28"),
        event("ACCUSE", POILIEVRE, TRUDEAU, Q11, mode="disapprove"),
        event("ACCUSE", JAISWAL, CAN_GOV, Q14, mode="allege", location="New Delhi", location_country="IND"),
        event("ACCUSE", CHN_EMB, CAN_GOV, Q15, mode="disapprove"),
        event("REQUEST", CHN_EMB, CAN_GOV, Q15, mode="change"),
        event("SANCTION", CAN_GOV, IND_GOV, Q17, mode="expel"),
        event("SANCTION", IND_GOV, CAN_GOV, Q17, mode="expel"),
    ],
    "quotes": [
        quote("hartnäckigste und raffinierteste", "Marie-Josée Hogue", "direct"),
        quote("Die Volksrepublik sei der „hartnäckigste und raffinierteste“ Urheber solcher Einmischung",
              "Marie-Josée Hogue", "indirect"),
        quote("Die Integrität der Parlamentswahlen von 2019 und 2021 sei durch die Einmischung aber nicht beschädigt "
              "worden", "Marie-Josée Hogue", "indirect"),
        quote("Berichte, wonach einzelne Abgeordnete wissentlich mit fremden Staaten zusammenarbeiteten, hätten sich "
              "nicht bestätigt", "Marie-Josée Hogue", "indirect"),
        quote("Verräter", "Marie-Josée Hogue", "direct"),
        quote("„Verräter“ im Parlament habe sie nicht gefunden", "Marie-Josée Hogue", "indirect"),
        quote("Geheimdiensterkenntnisse zu langsam weitergegeben und zu zögerlich gehandelt zu haben",
              "Marie-Josée Hogue", "indirect"),
        quote("Mit einer Freigabe dürfe er nicht mehr offen über geheime Informationen sprechen", "Pierre Poilievre",
              "indirect"),
        quote("die Warnungen der Geheimdienste jahrelang ignoriert zu haben", "Pierre Poilievre", "indirect"),
        quote("sorgfältig prüfen", "Justin Trudeau", "direct"),
        quote("seine Regierung werde die Empfehlungen „sorgfältig prüfen“", "Justin Trudeau", "indirect"),
        quote("Nicht Indien, sondern Kanada mische sich seit Jahren in die inneren Angelegenheiten Indiens ein",
              "Randhir Jaiswal", "indirect"),
        quote("haltlosen Unterstellungen", "Embassy of China in Canada", "direct"),
        quote("antichinesische Hetze", "Embassy of China in Canada", "direct"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Foreign Interference Commission", "ORG", "CAN", ["Eine kanadische Untersuchungskommission",
                                                                 "Die Kommission"]),
        entity("China", "LOC", "CHN", ["China", "Die Volksrepublik"]),
        entity("Canada", "LOC", "CAN", ["Kanadas"]),
        entity("Marie-Josée Hogue", "PER", "CAN", ["die Richterin Marie-Josée Hogue", "die Kommissionsvorsitzende",
                                                   "Hogue"]),
        entity("India", "LOC", "IND", ["Indien", "Indiens"]),
        entity("Parliament of Canada", "ORG", "CAN", ["im Parlament"]),
        entity("Government of Canada", "ORG", "CAN", ["der Regierung von Premierminister Justin Trudeau",
                                                      "seine Regierung", "Kanada"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "Trudeau"]),
        entity("Canadian intelligence services", "ORG", "CAN", ["der Geheimdienste"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Der konservative Oppositionsführer Pierre Poilievre",
                                                  "der 45-Jährige"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das indische Außenministerium"]),
        entity("Randhir Jaiswal", "PER", "IND", ["Sprecher Randhir Jaiswal"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Embassy of China in Canada", "ORG", "CHN", ["Die chinesische Botschaft in Ottawa"]),
        entity("Hardeep Singh Nijjar", "PER", "CAN", ["dem Sikh-Aktivisten Hardeep Singh Nijjar"]),
        entity("Vancouver", "LOC", "CAN", ["Vancouver"]),
    ],
}

# ---------------------------------------------------------------- hm291-de-04 (El Salvador, indefinite re-election)
VILLATORO = actor("Marcela Villatoro", "SLV", "OPP")
NUEVAS_IDEAS = actor("Nuevas Ideas", "SLV", "PTY")
ORTIZ = actor("Claudia Ortiz", "SLV", "OPP")
HRW = actor("Human Rights Watch", "NGO", "NGO")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
SLV_PROTESTERS = actor("protesters in San Salvador", "SLV", "CVL")
SLV_LEG = actor("Legislative Assembly of El Salvador", "SLV", "LEG")
SLV_POLICE = actor("National Civil Police of El Salvador", "SLV", "COP")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
SLV_GOV = actor("Government of El Salvador", "SLV", "GOV")
SLV_GANGS = actor("street gangs in El Salvador", "SLV", "REB")
SLV_SECURITY = actor("Salvadoran security forces", "SLV", "COP")
SLV_DETAINEES = actor("people detained under El Salvador's state of exception", "SLV", "CVL")
HR_GROUPS = actor("human rights groups", "NGO", "NGO")
SLV_AUTH = actor("Salvadoran authorities", "SLV", "GOV")
RUTH_LOPEZ = actor("Ruth López", "SLV", "NGO")

B1 = ("San Salvador (AFP) - Das Parlament in El Salvador hat den Weg für eine unbegrenzte Wiederwahl von Präsident "
      "Nayib Bukele frei gemacht.")
B2 = ("Die Abgeordneten stimmten am Donnerstag mit 57 zu 3 Stimmen für eine Verfassungsreform, die zudem die "
      "Amtszeit des Staatschefs von fünf auf sechs Jahre verlängert und die Stichwahl abschafft.")
B3 = "Die nächste Präsidentenwahl wird von 2029 auf 2027 vorgezogen."
B4 = ("Die Abgeordnete Ana Figueroa von Bukeles Partei Nuevas Ideas hatte den Vorschlag erst wenige Stunden vor der "
      "Abstimmung eingebracht.")
B5 = ("„Heute ist die Demokratie in El Salvador gestorben“, sagte die Oppositionsabgeordnete Marcela Villatoro von "
      "der rechten Arena-Partei.")
B6 = ("Die Abgeordnete Claudia Ortiz von der Partei Vamos warf der Regierungsmehrheit vor, die Reform ohne jede "
      "öffentliche Debatte durch das Parlament gepeitscht zu haben.")
B7 = ("Parlamentspräsident Ernesto Castro verteidigte die Änderungen: Die Macht liege nun vollständig beim "
      "salvadorianischen Volk.")
B8 = "Bukele wies die Kritik im Onlinedienst X zurück."
B9 = ("In 90 Prozent der entwickelten Länder sei die unbegrenzte Wiederwahl des Regierungschefs erlaubt, schrieb der "
      "44-Jährige.")
B10 = ("Niemand beschwere sich darüber, nur wenn ein kleines, armes Land wie El Salvador es versuche, sei plötzlich "
       "„das Ende der Demokratie“ gekommen.")
B11 = "Die Organisation Human Rights Watch warf Bukele vor, El Salvador auf den Weg Venezuelas zu führen."
B12 = ("Vor dem Parlamentsgebäude protestierten am Donnerstag einige Dutzend Demonstranten gegen die Reform, "
       "Polizisten riegelten den Zugang zum Gebäude ab.")
B13 = "Festnahmen gab es zunächst keine."
B14 = ("Das UN-Menschenrechtsbüro in Genf äußerte sich besorgt über die Schwächung der Gewaltenteilung in dem "
       "mittelamerikanischen Land.")
B15 = ("Bukele war im Februar 2024 trotz eines Verbots in der Verfassung mit großer Mehrheit wiedergewählt worden, "
       "nachdem von seiner Partei ernannte Verfassungsrichter eine zweite Amtszeit erlaubt hatten.")
B16 = ("Bukeles Regierung hatte im März 2022 im Kampf gegen die Jugendbanden den Ausnahmezustand verhängt, unter dem "
       "seither mehr als 85.000 Menschen festgenommen wurden.")
B17 = "Menschenrechtsgruppen werfen den Sicherheitskräften willkürliche Festnahmen und Folter vor."
B18 = ("Im Mai war die Anwältin Ruth López von der Organisation Cristosal festgenommen worden; die Organisation hat "
       "ihre Mitarbeiter inzwischen ins Ausland gebracht.")

DE04 = {
    "id": "hm291-de-04", "lang": "de", "url": None, "published": "2025-07-31",
    "title": "El Salvador erlaubt unbegrenzte Wiederwahl des Präsidenten",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10, B11], [B12, B13, B14],
                       [B15, B16, B17, B18]),
    "events": [
        event("ACCUSE", VILLATORO, NUEVAS_IDEAS, B5, mode="disapprove"),
        event("ACCUSE", ORTIZ, NUEVAS_IDEAS, B6, mode="disapprove"),
        event("ACCUSE", HRW, BUKELE, B11, mode="disapprove"),
        event("PROTEST", SLV_PROTESTERS, SLV_LEG, B12, mode="demo", date="2025-07-31", location="San Salvador",
              location_country="SLV"),
        event("COERCE", SLV_POLICE, SLV_PROTESTERS, B12, mode="restrict", date="2025-07-31",
              location="San Salvador", location_country="SLV"),
        event("COERCE", SLV_POLICE, SLV_PROTESTERS, B13, mode="arrest", negated=True),
        event("ACCUSE", OHCHR, SLV_GOV, B14, mode="disapprove"),
        event("COERCE", SLV_GOV, SLV_GANGS, B16, mode="martial-law"),
        event("COERCE", SLV_SECURITY, SLV_DETAINEES, B16, mode="arrest"),
        event("ACCUSE", HR_GROUPS, SLV_SECURITY, B17, mode="allege"),
        event("COERCE", SLV_AUTH, RUTH_LOPEZ, B18, mode="arrest"),
    ],
    "quotes": [
        quote("Heute ist die Demokratie in El Salvador gestorben", "Marcela Villatoro", "direct"),
        quote("die Reform ohne jede öffentliche Debatte durch das Parlament gepeitscht zu haben", "Claudia Ortiz",
              "indirect"),
        quote("Die Macht liege nun vollständig beim salvadorianischen Volk", "Ernesto Castro", "indirect"),
        quote("In 90 Prozent der entwickelten Länder sei die unbegrenzte Wiederwahl des Regierungschefs erlaubt",
              "Nayib Bukele", "indirect"),
        quote("Niemand beschwere sich darüber, nur wenn ein kleines, armes Land wie El Salvador es versuche, sei "
              "plötzlich „das Ende der Demokratie“ gekommen", "Nayib Bukele", "indirect"),
        quote("das Ende der Demokratie", "Nayib Bukele", "direct"),
        quote("El Salvador auf den Weg Venezuelas zu führen", "Human Rights Watch", "indirect"),
    ],
    "entities": [
        entity("San Salvador", "LOC", "SLV", ["San Salvador"]),
        entity("Legislative Assembly of El Salvador", "ORG", "SLV", ["Das Parlament in El Salvador",
                                                                     "Die Abgeordneten", "das Parlament"]),
        entity("El Salvador", "LOC", "SLV", ["El Salvador", "dem mittelamerikanischen Land"]),
        entity("Nayib Bukele", "PER", "SLV", ["Präsident Nayib Bukele", "Bukele", "der 44-Jährige"]),
        entity("Ana Figueroa", "PER", "SLV", ["Die Abgeordnete Ana Figueroa"]),
        entity("Nuevas Ideas", "ORG", "SLV", ["Bukeles Partei Nuevas Ideas", "der Regierungsmehrheit",
                                              "seiner Partei"]),
        entity("Marcela Villatoro", "PER", "SLV", ["die Oppositionsabgeordnete Marcela Villatoro"]),
        entity("ARENA", "ORG", "SLV", ["der rechten Arena-Partei"]),
        entity("Claudia Ortiz", "PER", "SLV", ["Die Abgeordnete Claudia Ortiz"]),
        entity("Vamos", "ORG", "SLV", ["der Partei Vamos"]),
        entity("Ernesto Castro", "PER", "SLV", ["Parlamentspräsident Ernesto Castro"]),
        entity("X", "ORG", "MNC", ["im Onlinedienst X"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Die Organisation Human Rights Watch"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuelas"]),
        entity("Legislative Palace of El Salvador", "LOC", "SLV", ["dem Parlamentsgebäude", "zum Gebäude"]),
        entity("National Civil Police of El Salvador", "ORG", "SLV", ["Polizisten"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Constitutional Chamber of the Supreme Court of El Salvador", "ORG", "SLV", ["Verfassungsrichter"]),
        entity("Government of El Salvador", "ORG", "SLV", ["Bukeles Regierung"]),
        entity("street gangs in El Salvador", "ORG", "SLV", ["die Jugendbanden"]),
        entity("human rights groups", "ORG", "NGO", ["Menschenrechtsgruppen"]),
        entity("Salvadoran security forces", "ORG", "SLV", ["den Sicherheitskräften"]),
        entity("Ruth López", "PER", "SLV", ["die Anwältin Ruth López"]),
        entity("Cristosal", "ORG", "SLV", ["der Organisation Cristosal", "die Organisation"]),
    ],
}

# ---------------------------------------------------------------- hm291-en-01 (USA/Puerto Rico, "garbage" joke)
HINCHCLIFFE = actor("Tony Hinchcliffe", "USA", "CVL")
PUERTO_RICO = actor("Puerto Rico", "PRI", "GOV")
TRUMP_CAMPAIGN = actor("Trump campaign", "USA", "PTY")
HARRIS = actor("Kamala Harris", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "PTY")
RICKY_MARTIN = actor("Ricky Martin", "PRI", "CVL")
SALAZAR = actor("Maria Elvira Salazar", "USA", "LEG")
RICK_SCOTT = actor("Rick Scott", "USA", "LEG")
GONZALEZ_COLON = actor("Jenniffer González-Colón", "PRI", "LEG")
AOC = actor("Alexandria Ocasio-Cortez", "USA", "LEG")
NY_PROTESTERS = actor("protesters in New York", "USA", "CVL")
NYPD = actor("New York City Police Department", "USA", "COP")
VANCE = actor("JD Vance", "USA", "LEG")
DEMOCRATS = actor("Democratic Party", "USA", "PTY")

E1 = ("NEW YORK, Oct 28 (Reuters) - Donald Trump's presidential campaign scrambled on Monday to distance itself from "
      "a comedian who called Puerto Rico a \"floating island of garbage\" at the Republican candidate's rally in "
      "Madison Square Garden, as Democrats sought to turn the remark against him eight days before the election.")
E2 = ('Tony Hinchcliffe, one of several speakers who warmed up the crowd on Sunday, told the audience: "There\'s '
      'literally a floating island of garbage in the middle of the ocean right now. I think it\'s called Puerto Rico."')
E3 = ('"This joke does not reflect the views of President Trump or the campaign," senior campaign adviser Danielle '
      'Alvarez said in a statement.')
E4 = ("The campaign stopped short of an apology, and Trump himself did not mention the remark in several posts on "
      "his Truth Social platform.")
E5 = ('Vice President Kamala Harris, the Democratic nominee, told reporters on Monday that the rally showed Trump was '
      '"fanning the fire of grievance" and was focused on himself rather than on the American people.')
E6 = ("On Sunday, Harris had visited a Puerto Rican restaurant in Philadelphia and unveiled a plan to spur economic "
      "growth on the island.")
E7 = "Singer Ricky Martin, who is Puerto Rican, urged his 18 million Instagram followers to vote for Harris."
E8 = ('"I am disgusted by Tony Hinchcliffe\'s racist comment about Puerto Rico," said U.S. Representative Maria '
      'Elvira Salazar, a Florida Republican.')
E9 = ('Senator Rick Scott of Florida wrote on X that the joke had "bombed for a reason" and added: "It\'s not funny '
      'and it\'s not true."')
E10 = ('Jenniffer Gonzalez, Puerto Rico\'s nonvoting delegate in Congress and a Trump supporter who is running for '
       'governor of the island, called the comment "disgusting" and said it did not reflect Republican values.')
E11 = ("Democratic Representative Alexandria Ocasio-Cortez, whose family is from Puerto Rico, demanded that Trump "
       "apologize personally.")
E12 = ("Outside the arena on Sunday, several hundred protesters chanted slogans against Trump while police kept them "
       "behind metal barricades on Eighth Avenue.")
E13 = ('Republican vice presidential nominee JD Vance accused Democrats of feigning outrage, saying Americans should '
       'stop "being so offended at every single thing" and focus on the economy.')
E14 = ("About 6 million people of Puerto Rican descent live in the 50 states, including nearly half a million in the "
       "battleground state of Pennsylvania.")
E15 = "Residents of Puerto Rico, a U.S. territory, cannot vote in presidential elections."
E16 = ('Hinchcliffe said on X that critics had "no sense of humor" and that the joke had been taken out of '
       'context.')

EN01 = {
    "id": "hm291-en-01", "lang": "en", "url": None, "published": "2024-10-28",
    "title": "Trump campaign distances itself from comedian's Puerto Rico 'garbage' joke",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11], [E12, E13], [E14, E15, E16]),
    "events": [
        event("ACCUSE", HINCHCLIFFE, PUERTO_RICO, E1, mode="disapprove", location="New York",
              location_country="USA"),
        event("ACCUSE", HINCHCLIFFE, PUERTO_RICO, E2, mode="disapprove", date="2024-10-27", location="New York",
              location_country="USA"),
        event("CONCEDE", TRUMP_CAMPAIGN, PUERTO_RICO, E4, negated=True),
        event("ACCUSE", HARRIS, TRUMP, E5, mode="disapprove", date="2024-10-28"),
        event("AGREE", HARRIS, PUERTO_RICO, E6, date="2024-10-27", location="Philadelphia", location_country="USA"),
        event("SUPPORT", RICKY_MARTIN, HARRIS, E7),
        event("ACCUSE", SALAZAR, HINCHCLIFFE, E8, mode="disapprove"),
        event("ACCUSE", RICK_SCOTT, HINCHCLIFFE, E9, mode="disapprove"),
        event("ACCUSE", GONZALEZ_COLON, HINCHCLIFFE, E10, mode="disapprove"),
        event("REQUEST", AOC, TRUMP, E11),
        event("PROTEST", NY_PROTESTERS, TRUMP, E12, mode="demo", date="2024-10-27", location="New York",
              location_country="USA"),
        event("COERCE", NYPD, NY_PROTESTERS, E12, mode="restrict", date="2024-10-27", location="New York",
              location_country="USA"),
        event("ACCUSE", VANCE, DEMOCRATS, E13, mode="disapprove"),
    ],
    "quotes": [
        quote("floating island of garbage", "Tony Hinchcliffe", "direct"),
        quote("There's literally a floating island of garbage in the middle of the ocean right now. I think it's "
              "called Puerto Rico", "Tony Hinchcliffe", "direct"),
        quote("This joke does not reflect the views of President Trump or the campaign", "Danielle Alvarez", "direct"),
        quote("fanning the fire of grievance", "Kamala Harris", "direct"),
        quote('the rally showed Trump was "fanning the fire of grievance" and was focused on himself rather than on '
              'the American people', "Kamala Harris", "indirect"),
        quote("I am disgusted by Tony Hinchcliffe's racist comment about Puerto Rico", "Maria Elvira Salazar",
              "direct"),
        quote("bombed for a reason", "Rick Scott", "direct"),
        quote('the joke had "bombed for a reason"', "Rick Scott", "indirect"),
        quote("It's not funny and it's not true", "Rick Scott", "direct"),
        quote("disgusting", "Jenniffer González-Colón", "direct"),
        quote("it did not reflect Republican values", "Jenniffer González-Colón", "indirect"),
        quote("Trump apologize personally", "Alexandria Ocasio-Cortez", "indirect"),
        quote("being so offended at every single thing", "JD Vance", "direct"),
        quote('Americans should stop "being so offended at every single thing" and focus on the economy', "JD Vance",
              "indirect"),
        quote("no sense of humor", "Tony Hinchcliffe", "direct"),
        quote('critics had "no sense of humor" and that the joke had been taken out of context', "Tony Hinchcliffe",
              "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["NEW YORK"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump", "the Republican candidate", "President Trump", "Trump"]),
        entity("Trump campaign", "ORG", "USA", ["Donald Trump's presidential campaign", "the campaign",
                                                "The campaign"]),
        entity("Tony Hinchcliffe", "PER", "USA", ["a comedian", "Tony Hinchcliffe", "Hinchcliffe"]),
        entity("Puerto Rico", "LOC", "PRI", ["Puerto Rico", "the island"]),
        entity("Madison Square Garden", "LOC", "USA", ["Madison Square Garden", "the arena"]),
        entity("Democratic Party", "ORG", "USA", ["Democrats"]),
        entity("Danielle Alvarez", "PER", "USA", ["senior campaign adviser Danielle Alvarez"]),
        entity("Truth Social", "ORG", "USA", ["his Truth Social platform"]),
        entity("Kamala Harris", "PER", "USA", ["Vice President Kamala Harris", "the Democratic nominee", "Harris"]),
        entity("Philadelphia", "LOC", "USA", ["Philadelphia"]),
        entity("Ricky Martin", "PER", "PRI", ["Singer Ricky Martin"]),
        entity("Instagram", "ORG", "MNC", ["Instagram"]),
        entity("Maria Elvira Salazar", "PER", "USA", ["U.S. Representative Maria Elvira Salazar"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Rick Scott", "PER", "USA", ["Senator Rick Scott"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Jenniffer González-Colón", "PER", "PRI", ["Jenniffer Gonzalez"]),
        entity("U.S. Congress", "ORG", "USA", ["Congress"]),
        entity("Alexandria Ocasio-Cortez", "PER", "USA", ["Democratic Representative Alexandria Ocasio-Cortez"]),
        entity("New York City Police Department", "ORG", "USA", ["police"]),
        entity("Eighth Avenue", "LOC", "USA", ["Eighth Avenue"]),
        entity("JD Vance", "PER", "USA", ["Republican vice presidential nominee JD Vance"]),
        entity("United States", "LOC", "USA", ["the 50 states"]),
        entity("Pennsylvania", "LOC", "USA", ["the battleground state of Pennsylvania"]),
    ],
}

# ---------------------------------------------------------------- hm291-en-02 (Haiti, Ruto visits Port-au-Prince)
RUTO = actor("William Ruto", "KEN", "GOV")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
CONILLE = actor("Garry Conille", "HTI", "GOV")
HNP = actor("Haitian National Police", "HTI", "COP")
KENYA = actor("Kenya", "KEN", "GOV")
DONORS = actor("countries pledging to the Multinational Security Support mission", None, "GOV")
KEN_POLICE = actor("Kenyan police contingent in Haiti", "KEN", "COP")
HTI_GANGS = actor("Haitian gangs", "HTI", "REB")
CHERIZIER = actor("Jimmy Cherizier", "HTI", "REB")
JAMAICA = actor("Jamaica", "JAM", "GOV")
HTI_PROTESTERS = actor("protesters in Port-au-Prince", "HTI", "CVL")
HTI_PROTESTER = actor("man detained at a protest in Port-au-Prince", "HTI", "CVL")

H1 = ("PORT-AU-PRINCE, Sept 21 (Reuters) - Kenyan President William Ruto visited Haiti on Saturday and promised to "
      "send 600 more police officers in November to reinforce the Kenyan-led mission fighting the Caribbean nation's "
      "armed gangs.")
H2 = "Ruto met Prime Minister Garry Conille at the prime minister's office in the capital."
H3 = "Police officers in armored vehicles were deployed along the route from the airport for the visit."
H4 = ('Ruto also visited the base of nearly 400 Kenyan officers near the international airport and told them they '
      'were "writing history" for Africa and the Caribbean.')
H5 = ('"We have made substantial progress, but there is still a lot of work ahead of us," Ruto told a joint news '
      'conference with Conille.')
H6 = ("Conille thanked Kenya for leading the mission and urged other countries to deliver the troops and money they "
      "have pledged.")
H7 = ("The mission has received only a fraction of the roughly $600 million a year it needs, according to U.N. "
      "figures.")
H8 = ("Ruto said Kenya would support turning the force into a formal U.N. peacekeeping operation if Haitian "
      "authorities asked for it, an idea Washington has floated to put the mission's funding on a firmer footing.")
H9 = ("Hours before Ruto arrived, Haitian police backed by Kenyan officers exchanged fire with gang members in the "
      "Solino neighborhood, police spokesman Garry Desrosiers said.")
H10 = ("Two suspected gang members were killed and a police officer was wounded before the officers pulled back to "
       "their bases, he said.")
H11 = ('Gang leader Jimmy "Barbecue" Cherizier, who heads the Viv Ansanm coalition, said in a video posted on social '
       'media that foreign forces would never defeat the gangs and threatened to attack the Kenyan officers if they '
       'entered the areas his men control.')
H12 = "The gangs control about 80% of Port-au-Prince, and the mission has so far struggled to retake territory from them."
H13 = "Jamaica has sent a small contingent of soldiers and police to join the Kenyans."
H14 = ("A few dozen protesters gathered near the prime minister's office during Ruto's visit, accusing the government "
       "of failing to protect residents of neighborhoods overrun by gangs.")
H15 = "Police detained one man who tried to break through a security cordon, witnesses said."
H16 = ("More than 3,600 people were killed in gang violence in Haiti in the first half of the year, according to the "
       "United Nations, and some 700,000 have been forced from their homes.")
H17 = "Ruto was due to travel on to New York, where Haiti is expected to feature at the U.N. General Assembly next week."

EN02 = {
    "id": "hm291-en-02", "lang": "en", "url": None, "published": "2024-09-21",
    "title": "Kenya's Ruto visits Haiti, pledges 600 more police officers",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12, H13], [H14, H15], [H16, H17]),
    "events": [
        event("CONSULT", RUTO, HTI_GOV, H1, mode="visit", date="2024-09-21", location="Port-au-Prince",
              location_country="HTI"),
        event("AGREE", RUTO, HTI_GOV, H1, date="2024-09-21"),
        event("CONSULT", RUTO, CONILLE, H2, mode="visit", location="Port-au-Prince", location_country="HTI"),
        event("MOBILIZE", HNP, None, H3, mode="police", location="Port-au-Prince", location_country="HTI"),
        event("SUPPORT", CONILLE, KENYA, H6),
        event("REQUEST", CONILLE, DONORS, H6, mode="assist"),
        event("ASSAULT", HNP, HTI_GANGS, H9, mode="firearms", date="2024-09-21", location="Solino",
              location_country="HTI"),
        event("ASSAULT", KEN_POLICE, HTI_GANGS, H9, mode="firearms", date="2024-09-21", location="Solino",
              location_country="HTI"),
        event("RETREAT", HNP, None, H10, mode="withdraw", location="Solino", location_country="HTI"),
        event("RETREAT", KEN_POLICE, None, H10, mode="withdraw", location="Solino", location_country="HTI"),
        event("THREATEN", CHERIZIER, KEN_POLICE, H11, mode="violence"),
        event("AID", JAMAICA, HTI_GOV, H13),
        event("PROTEST", HTI_PROTESTERS, HTI_GOV, H14, mode="demo", location="Port-au-Prince",
              location_country="HTI"),
        event("COERCE", HNP, HTI_PROTESTER, H15, mode="arrest", location="Port-au-Prince", location_country="HTI"),
    ],
    "quotes": [
        quote("writing history", "William Ruto", "direct"),
        quote("We have made substantial progress, but there is still a lot of work ahead of us", "William Ruto",
              "direct"),
        quote("The mission has received only a fraction of the roughly $600 million a year it needs",
              "United Nations", "indirect"),
        quote("Kenya would support turning the force into a formal U.N. peacekeeping operation if Haitian authorities "
              "asked for it", "William Ruto", "indirect"),
        quote("Hours before Ruto arrived, Haitian police backed by Kenyan officers exchanged fire with gang members in "
              "the Solino neighborhood", "Garry Desrosiers", "indirect"),
        quote("Two suspected gang members were killed and a police officer was wounded before the officers pulled "
              "back to their bases", "Garry Desrosiers", "indirect"),
        quote("foreign forces would never defeat the gangs", "Jimmy Cherizier", "indirect"),
        quote("Police detained one man who tried to break through a security cordon", "witnesses", "indirect"),
        quote("More than 3,600 people were killed in gang violence in Haiti in the first half of the year",
              "United Nations", "indirect"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["PORT-AU-PRINCE", "Port-au-Prince", "the capital"]),
        entity("William Ruto", "PER", "KEN", ["Kenyan President William Ruto", "Ruto"]),
        entity("Haiti", "LOC", "HTI", ["Haiti", "the Caribbean nation"]),
        entity("Multinational Security Support mission", "ORG", "IGO", ["the Kenyan-led mission", "the mission",
                                                                        "The mission", "the force"]),
        entity("Haitian gangs", "ORG", "HTI", ["armed gangs", "gang members", "the gangs", "The gangs", "gangs"]),
        entity("Garry Conille", "PER", "HTI", ["Prime Minister Garry Conille", "Conille"]),
        entity("Office of the Prime Minister of Haiti", "LOC", "HTI", ["the prime minister's office"]),
        entity("Haitian National Police", "ORG", "HTI", ["Police officers", "Haitian police", "Police"]),
        entity("Toussaint Louverture International Airport", "LOC", "HTI", ["the airport",
                                                                            "the international airport"]),
        entity("Kenyan police contingent in Haiti", "ORG", "KEN", ["nearly 400 Kenyan officers", "Kenyan officers",
                                                                   "the Kenyan officers", "the Kenyans"]),
        entity("Africa", "LOC", None, ["Africa"]),
        entity("Caribbean", "LOC", None, ["the Caribbean"]),
        entity("Kenya", "LOC", "KEN", ["Kenya"]),
        entity("United Nations", "ORG", "UNO", ["U.N.", "the United Nations"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of Haiti", "ORG", "HTI", ["Haitian authorities", "the government"]),
        entity("Solino", "LOC", "HTI", ["the Solino neighborhood"]),
        entity("Garry Desrosiers", "PER", "HTI", ["police spokesman Garry Desrosiers"]),
        entity("Jimmy Cherizier", "PER", "HTI", ['Gang leader Jimmy "Barbecue" Cherizier']),
        entity("Viv Ansanm", "ORG", "HTI", ["the Viv Ansanm coalition"]),
        entity("Jamaica", "LOC", "JAM", ["Jamaica"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("UN General Assembly", "ORG", "UNO", ["the U.N. General Assembly"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
