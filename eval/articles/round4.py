"""Round 4 of the hand-made articles (handmade4.jsonl): 8 invented wire-style texts, 6 German, 2 English.

Written blind on 2026-11-29 by a writer who neither ran the Herodotus pipeline on them nor read
the rule code (events, quotes, actors, lang). Annotated by ../shared/data/articles/CONVENTIONS.md.
Reserved for the final held-out measurement of the session: do not read its misses to change rules.
The events are invented (plausible, not reported facts).
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- r4-de-01: Lithuania expels Belarusian diplomats -------------------------------------------
L1 = "Litauen hat am Dienstag zwei belarussische Diplomaten ausgewiesen und ihnen 72 Stunden zur Ausreise gegeben."
L2 = ("Die Regierung in Vilnius reagierte damit auf Dutzende Ballons mit Schmuggelzigaretten, die in den vergangenen "
      "Tagen aus Belarus in den litauischen Luftraum eingedrungen waren und den Flughafen der Hauptstadt mehrfach "
      "lahmgelegt hatten.")
L3 = "Der litauische Außenminister sprach von einem „hybriden Angriff“ des Regimes in Minsk."
L4 = ("Das Außenministerium in Minsk nannte die Ausweisungen „unfreundlich und unbegründet“ und kündigte eine "
      "„angemessene Antwort“ an.")
L5 = "Die EU-Kommission stellte sich hinter Vilnius."
L6 = "Brüssel werde weitere Sanktionen gegen Belarus prüfen, sagte eine Kommissionssprecherin."
L7 = "Auch Polen versetzte seine Grenzschutztruppen in erhöhte Bereitschaft."
L9 = ("Nach Angaben des litauischen Grenzschutzes wurden allein in der vergangenen Woche mehr als 60 Ballons "
      "registriert.")
L8 = "Warschau hatte bereits im September mehrere Grenzübergänge zu Belarus für den Güterverkehr geschlossen."

LITHUANIA = actor("Lithuania", "LTU", "GOV")
BELARUS = actor("Belarus", "BLR", "GOV")
BLR_MFA = actor("Belarusian foreign ministry", "BLR", "GOV")
POLAND = actor("Poland", "POL", "GOV")

# --- r4-de-02: Paris court refuses extradition to Rwanda ----------------------------------------
R1 = "Das Berufungsgericht in Paris hat die Auslieferung eines ehemaligen ruandischen Armeeoffiziers an Ruanda abgelehnt."
R2 = ("Dem 68-Jährigen drohe in seiner Heimat kein faires Verfahren, begründeten die Richter am Mittwoch ihre "
      "Entscheidung.")
R3 = ("Die ruandische Staatsanwaltschaft wirft dem Mann vor, 1994 an Massakern an Tutsi in der Region Butare "
      "beteiligt gewesen zu sein.")
R4 = "Kigali hatte im vergangenen Jahr offiziell seine Auslieferung beantragt."
R5 = "Französische Ermittler hatten erst im Frühjahr gemeinsam mit ruandischen Staatsanwälten Zeugen in Butare befragt."
R6 = "Der ruandische Justizminister kritisierte das Urteil scharf."
R7 = "„Frankreich bietet Völkermördern weiterhin Zuflucht“, sagte er der Nachrichtenagentur AFP."
R8 = "Paris müsse den Mann nun selbst vor Gericht stellen, forderte der Minister."
R10 = ("Nach Schätzungen der Vereinten Nationen wurden während des Völkermords 1994 rund 800.000 Menschen "
       "getötet, die meisten von ihnen Tutsi.")
R9 = "Die Anwälte des Beschuldigten wiesen die Vorwürfe zurück."

PARIS_COURT = actor("Paris Court of Appeal", "FRA", "JUD")
RWANDA = actor("Rwanda", "RWA", "GOV")
FRANCE = actor("France", "FRA", "GOV")
OFFICER = actor("former Rwandan army officer", "RWA", "MIL")
RWA_PROSECUTORS = actor("Rwandan prosecutors", "RWA", "JUD")
RWA_JUSTICE = actor("Justice Minister of Rwanda", "RWA", "GOV")

# --- r4-de-03: Argentina, general strike -------------------------------------------------------
A1 = ("Ein landesweiter Generalstreik gegen die Sparpolitik der Regierung von Präsident Javier Milei hat am "
      "Donnerstag weite Teile Argentiniens lahmgelegt.")
A2 = "Zu dem Ausstand hatte der größte Gewerkschaftsbund CGT aufgerufen."
A3 = "Züge und Busse standen still, Hunderte Flüge wurden gestrichen."
A4 = ("Sicherheitsministerin Patricia Bullrich ließ Tausende Bundespolizisten an den Zufahrtsstraßen nach Buenos "
      "Aires aufmarschieren.")
A5 = ("Als Demonstranten eine Autobahnbrücke im Süden der Hauptstadt blockierten, räumte die Polizei die Straße mit "
      "Gummigeschossen und Wasserwerfern.")
A6 = "Mindestens 20 Menschen wurden festgenommen."
A7 = "Die Regierung kündigte am Abend an, die Mindestrenten im kommenden Monat um zwölf Prozent anzuheben."
A8 = "Ein Regierungssprecher nannte den Streik jedoch „politisch motiviert“."
A9 = "Das für Arbeit zuständige Ministerium für Humankapital bot den Gewerkschaften Gespräche an."
A10 = "Die CGT lehnte ab, solange die geplante Arbeitsmarktreform nicht zurückgezogen werde."
A11 = "„Das Land steht still, weil die Menschen nicht mehr können“, sagte ein CGT-Sprecher."

CGT = actor("General Confederation of Labour (CGT)", "ARG", "LAB")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
ARG_POLICE = actor("Argentine police", "ARG", "COP")
ARG_PROTESTERS = actor("protesters in Buenos Aires", "ARG", "CVL")
ARG_MINISTRY = actor("Ministry of Human Capital of Argentina", "ARG", "GOV")

# --- r4-de-04: Sudan, RSF attack on a camp ------------------------------------------------------
D1 = ("Bei einem Angriff der paramilitärischen RSF auf ein Vertriebenenlager nahe der sudanesischen Stadt al-Faschir "
      "sind nach Angaben von Helfern mindestens 40 Menschen getötet worden.")
D2 = "Die Miliz beschoss das Lager Abu Schuk am Sonntag stundenlang mit Artillerie und Raketen."
D10 = ("Das Internationale Komitee vom Roten Kreuz brachte am Montag Medikamente und chirurgisches Material in das "
       "Krankenhaus von al-Faschir.")
D3 = ("Die sudanesische Armee warf den Vereinigten Arabischen Emiraten vor, die RSF mit Drohnen und Munition "
      "auszurüsten.")
D4 = "Abu Dhabi weist das seit Langem zurück."
D5 = "Der UN-Sondergesandte für den Sudan rief beide Kriegsparteien zu einer humanitären Feuerpause auf."
D6 = "RSF-Anführer Mohamed Hamdan Daglo kündigte daraufhin eine einseitige Waffenruhe von zwei Wochen an."
D7 = "Sie gelte ab Montag an allen Fronten, hieß es in einer Erklärung der Miliz."
D8 = "Armeechef Abdel Fattah al-Burhan lehnte Verhandlungen mit der RSF jedoch erneut ab."
D9 = "„Diese Miliz hat unser Volk abgeschlachtet“, sagte er in Port Sudan."

RSF = actor("Rapid Support Forces", "SDN", "REB")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
ABU_SHOUK = actor("displaced people in Abu Shouk camp", "SDN", "CVL")
LAMAMRA = actor("Ramtane Lamamra", "UNO", "IGO")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")

# --- r4-de-05: Armenia and Azerbaijan, border deal ------------------------------------------
Y1 = "Armenien und Aserbaidschan haben sich auf den Verlauf eines weiteren Abschnitts ihrer gemeinsamen Grenze geeinigt."
Y2 = ("Armenien werde vier verlassene Dörfer in der Grenzregion Tawusch an Aserbaidschan zurückgeben, teilte das Büro "
      "von Regierungschef Nikol Paschinjan am Freitag mit.")
Y3 = "In Armenien stieß die Vereinbarung auf heftigen Widerstand."
Y4 = "Tausende Menschen zogen am Samstag durch die Hauptstadt Eriwan und forderten den Rücktritt Paschinjans."
Y5 = "Die Polizei nahm nach eigenen Angaben 98 Demonstranten fest."
Y6 = "Der aserbaidschanische Präsident Ilham Alijew lobte Paschinjan für dessen „mutige Entscheidung“."
Y7 = "Russland, das sich traditionell als Schutzmacht Armeniens sieht, äußerte sich zunächst nicht."
Y9 = "Der Konflikt um die Region Berg-Karabach hatte die beiden Nachbarn über Jahrzehnte entzweit."
Y10 = "Die Vereinbarung gilt als wichtiger Schritt auf dem Weg zu einem Friedensvertrag."
Y8 = ("Paschinjan telefonierte am Sonntag mit US-Außenminister Antony Blinken, der Armenien die Unterstützung "
      "Washingtons zusicherte.")

ARMENIA = actor("Armenia", "ARM", "GOV")
AZERBAIJAN = actor("Azerbaijan", "AZE", "GOV")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
ARM_PROTESTERS = actor("protesters in Yerevan", "ARM", "CVL")
BLINKEN = actor("Antony Blinken", "USA", "GOV")

# --- r4-de-06: Kyrgyzstan, journalists arrested -------------------------------------------
G1 = ("Die Behörden in Kirgistan haben am Dienstag elf Mitarbeiter eines regierungskritischen Investigativportals "
      "festgenommen.")
G2 = ("Polizisten durchsuchten die Redaktionsräume in der Hauptstadt und beschlagnahmten Computer und "
      "Mobiltelefone.")
G3 = "Die Website des Portals ist bereits seit Monaten auf Anordnung des Kulturministeriums gesperrt."
G4 = "Das Innenministerium warf den Journalisten vor, in ihren Beiträgen zu »Massenunruhen« aufgerufen zu haben."
G5 = ("Die Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) äußerte sich besorgt und forderte die "
      "sofortige Freilassung der Festgenommenen.")
G6 = "Auch die Bundesregierung verlangte von Bischkek eine Erklärung."
G7 = "Präsident Sadyr Dschaparow wies die Forderung nach einer Freilassung zurück."
G8 = "Die Festgenommenen hätten versucht, das Land zu destabilisieren, sagte er vor Journalisten."
G10 = "Kirgistan galt lange als vergleichsweise offenes Land in Zentralasien."
G11 = "In der Rangliste der Pressefreiheit ist das Land zuletzt deutlich zurückgefallen."
G9 = "Anderen Medien, die »Falschnachrichten« verbreiteten, drohte er mit dem Entzug ihrer Lizenz."

KGZ_AUTHORITIES = actor("Kyrgyz authorities", "KGZ", "GOV")
JOURNALISTS = actor("journalists of an investigative news portal", "KGZ", "CVL")
OSCE = actor("OSCE", "IGO", "IGO")
JAPAROV = actor("Sadyr Japarov", "KGZ", "GOV")

# --- r4-en-01: Colombia suspends talks with the ELN -------------------------------------------
N1 = ("Colombian President Gustavo Petro suspended peace talks with the National Liberation Army (ELN) on Friday "
      "after the rebel group attacked a military base in the northeastern Catatumbo region, killing five soldiers.")
N2 = '"The ELN has chosen the path of war," Petro wrote on X.'
N3 = "The defense ministry said that 3,000 additional troops were being sent to the region."
N4 = ("Petro also declared a state of emergency in Catatumbo, allowing authorities to impose curfews and restrict "
      "movement.")
N5 = ('In a statement, the ELN\'s central command accused the government of "military aggression" and of breaking '
      "earlier commitments.")
N6 = ("The rebels released two police officers they had held since December, handing them to a humanitarian "
      "commission led by the Catholic Church, according to the International Committee of the Red Cross.")
N7 = "The United Nations mission in Colombia urged both sides to protect civilians."
N8 = "It said that more than 20,000 people had fled the fighting."
N9 = "The government said it had flown food and medicine to more than 5,000 displaced people in the town of Tibú."

PETRO = actor("Gustavo Petro", "COL", "GOV")
ELN = actor("National Liberation Army (ELN)", "COL", "REB")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
UN_COLOMBIA = actor("United Nations Verification Mission in Colombia", "UNO", "IGO")

# --- r4-en-02: Somalia, Ethiopia and Somaliland ---------------------------------------------
M1 = ("Somalia recalled its ambassador to Ethiopia on Tuesday after Addis Ababa signed a memorandum of understanding "
      "with the breakaway region of Somaliland that would give Ethiopia access to the Red Sea.")
M2 = ("Somali President Hassan Sheikh Mohamud said the deal was “null and void” and warned that his country would "
      "defend its territory “by all means necessary” against any violation.")
M3 = "Thousands of people rallied in the capital Mogadishu on Wednesday against the agreement."
M4 = "Ethiopian Prime Minister Abiy Ahmed’s office said that the deal did not violate any country’s sovereignty."
M5 = "It added that no Ethiopian troops had been moved towards the Somali border."
M6 = "African Union Commission Chairman Moussa Faki Mahamat called on both governments to start talks without delay."
M7 = ("Egypt’s foreign ministry expressed full support for Somalia’s sovereignty, and Cairo offered to train Somali "
      "soldiers.")

SOMALIA = actor("Somalia", "SOM", "GOV")
ETHIOPIA = actor("Ethiopia", "ETH", "GOV")
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
ABIY_OFFICE = "Office of the Prime Minister of Ethiopia"


ARTICLES = [
    {
        "id": "hm4-de-01", "lang": "de", "published": "2025-10-29", "title": None,
        "text": paragraphs([L1, L2, L9], [L3, L4], [L5, L6, L7, L8]),
        "events": [
            event("SANCTION", LITHUANIA, BELARUS, L1, mode="expel", date="2025-10-28"),
            event("ACCUSE", actor("Foreign Minister of Lithuania", "LTU", "GOV"), BELARUS, L3, mode="allege"),
            event("ACCUSE", BLR_MFA, LITHUANIA, L4, mode="disapprove"),
            event("THREATEN", BLR_MFA, LITHUANIA, L4),
            event("SUPPORT", actor("European Commission", "EUR", "IGO"), LITHUANIA, L5),
            event("MOBILIZE", POLAND, None, L7, mode="police"),
            event("SANCTION", POLAND, BELARUS, L8, mode="discontinue"),
        ],
        "quotes": [
            quote("hybriden Angriff", "Foreign Minister of Lithuania", "direct"),
            quote("unfreundlich und unbegründet", "Belarusian foreign ministry", "direct"),
            quote("angemessene Antwort", "Belarusian foreign ministry", "direct"),
            quote("Brüssel werde weitere Sanktionen gegen Belarus prüfen", "spokeswoman of the European Commission",
                  "indirect"),
        ],
        "entities": [
            entity("Lithuania", "GPE", "LTU", ["Litauen", "Die Regierung in Vilnius", "Vilnius"]),
            entity("Belarus", "GPE", "BLR", ["Belarus", "des Regimes in Minsk"]),
            entity("Foreign Minister of Lithuania", "PER", "LTU", ["Der litauische Außenminister"]),
            entity("Belarusian foreign ministry", "ORG", "BLR", ["Das Außenministerium in Minsk"]),
            entity("European Commission", "ORG", "EUR", ["Die EU-Kommission", "Brüssel"]),
            entity("spokeswoman of the European Commission", "PER", "EUR", ["eine Kommissionssprecherin"]),
            entity("Poland", "GPE", "POL", ["Polen", "Warschau"]),
        ],
    },
    {
        "id": "hm4-de-02", "lang": "de", "published": "2024-05-16", "title": None,
        "text": paragraphs([R1, R2], [R3, R4, R5, R10], [R6, R7, R8, R9]),
        "events": [
            event("REJECT", PARIS_COURT, RWANDA, R1, mode="assist", date="2024-05-15", location="Paris",
                  location_country="FRA"),
            event("ACCUSE", RWA_PROSECUTORS, OFFICER, R3, mode="allege"),
            event("REQUEST", RWANDA, FRANCE, R4, mode="assist"),
            event("COOPERATE", actor("French investigators", "FRA", "JUD"), RWA_PROSECUTORS, R5, location="Butare",
                  location_country="RWA"),
            event("ACCUSE", RWA_JUSTICE, PARIS_COURT, R6, mode="disapprove"),
            event("ACCUSE", RWA_JUSTICE, FRANCE, R7, mode="allege"),
            event("REQUEST", RWA_JUSTICE, FRANCE, R8),
        ],
        "quotes": [
            quote("Dem 68-Jährigen drohe in seiner Heimat kein faires Verfahren", "Paris Court of Appeal", "indirect"),
            quote("Frankreich bietet Völkermördern weiterhin Zuflucht", "Justice Minister of Rwanda", "direct"),
            quote("Paris müsse den Mann nun selbst vor Gericht stellen", "Justice Minister of Rwanda", "indirect"),
        ],
        "entities": [
            entity("Paris Court of Appeal", "ORG", "FRA", ["Das Berufungsgericht in Paris", "die Richter"]),
            entity("former Rwandan army officer", "PER", "RWA",
                   ["eines ehemaligen ruandischen Armeeoffiziers", "Dem 68-Jährigen", "dem Mann", "den Mann",
                    "des Beschuldigten"]),
            entity("Rwanda", "GPE", "RWA", ["Ruanda", "Kigali"]),
            entity("Rwandan prosecutors", "ORG", "RWA", ["Die ruandische Staatsanwaltschaft",
                                                         "ruandischen Staatsanwälten"]),
            entity("French investigators", "ORG", "FRA", ["Französische Ermittler"]),
            entity("Justice Minister of Rwanda", "PER", "RWA", ["Der ruandische Justizminister", "er",
                                                               "der Minister"]),
            entity("France", "GPE", "FRA", ["Frankreich", "Paris"]),
        ],
    },
    {
        "id": "hm4-de-03", "lang": "de", "published": "2024-05-10", "title": None,
        "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10, A11]),
        "events": [
            event("PROTEST", CGT, ARG_GOV, A1, mode="strike", date="2024-05-09", location="Argentina",
                  location_country="ARG"),
            event("PROTEST", CGT, ARG_GOV, A2, mode="strike"),
            event("MOBILIZE", actor("Patricia Bullrich", "ARG", "GOV"), None, A4, mode="police",
                  location="Buenos Aires", location_country="ARG"),
            event("PROTEST", ARG_PROTESTERS, ARG_GOV, A5, mode="obstruct", location="Buenos Aires",
                  location_country="ARG"),
            event("ASSAULT", ARG_POLICE, ARG_PROTESTERS, A5, mode="crowd-control", location="Buenos Aires",
                  location_country="ARG"),
            event("COERCE", ARG_POLICE, ARG_PROTESTERS, A6, mode="arrest"),
            event("CONCEDE", ARG_GOV, None, A7),
            event("ACCUSE", actor("spokesman of the Government of Argentina", "ARG", "GOV"), CGT, A8,
                  mode="disapprove"),
            event("AGREE", ARG_MINISTRY, actor("Argentine trade unions", "ARG", "LAB"), A9),
            event("REJECT", CGT, ARG_MINISTRY, A10, mode="meet"),
        ],
        "quotes": [
            quote("politisch motiviert", "spokesman of the Government of Argentina", "direct"),
            quote("solange die geplante Arbeitsmarktreform nicht zurückgezogen werde",
                  "General Confederation of Labour (CGT)", "indirect"),
            quote("Das Land steht still, weil die Menschen nicht mehr können", "spokesman of the CGT", "direct"),
        ],
        "entities": [
            entity("General Confederation of Labour (CGT)", "ORG", "ARG",
                   ["der größte Gewerkschaftsbund CGT", "Die CGT"]),
            entity("Government of Argentina", "ORG", "ARG", ["der Regierung von Präsident Javier Milei",
                                                             "Die Regierung"]),
            entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei"]),
            entity("Argentina", "GPE", "ARG", ["Argentiniens"]),
            entity("Patricia Bullrich", "PER", "ARG", ["Sicherheitsministerin Patricia Bullrich"]),
            entity("Argentine police", "ORG", "ARG", ["Tausende Bundespolizisten", "die Polizei"]),
            entity("protesters in Buenos Aires", "ORG", "ARG", ["Demonstranten", "Mindestens 20 Menschen"]),
            entity("spokesman of the Government of Argentina", "PER", "ARG", ["Ein Regierungssprecher"]),
            entity("Ministry of Human Capital of Argentina", "ORG", "ARG",
                   ["Das für Arbeit zuständige Ministerium für Humankapital"]),
            entity("Argentine trade unions", "ORG", "ARG", ["den Gewerkschaften"]),
            entity("spokesman of the CGT", "PER", "ARG", ["ein CGT-Sprecher"]),
            entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        ],
    },
    {
        "id": "hm4-de-04", "lang": "de", "published": "2025-04-15", "title": None,
        "text": paragraphs([D1, D2, D10], [D3, D4], [D5, D6, D7, D8, D9]),
        "events": [
            event("ASSAULT", RSF, ABU_SHOUK, D1, location="al-Fashir", location_country="SDN"),
            event("ASSAULT", RSF, ABU_SHOUK, D2, mode="heavy-weapons", date="2025-04-13", location="Abu Shouk",
                  location_country="SDN"),
            event("AID", actor("International Committee of the Red Cross", "NGO", "NGO"),
                  actor("residents of al-Fashir", "SDN", "CVL"), D10, date="2025-04-14", location="al-Fashir",
                  location_country="SDN"),
            event("ACCUSE", SAF, actor("United Arab Emirates", "ARE", "GOV"), D3, mode="allege"),
            event("REQUEST", LAMAMRA, SAF, D5, mode="yield"),
            event("REQUEST", LAMAMRA, RSF, D5, mode="yield"),
            event("CONCEDE", actor("Mohamed Hamdan Dagalo", "SDN", "REB"), SAF, D6),
            event("CONCEDE", RSF, SAF, D7),
            event("REJECT", BURHAN, RSF, D8, mode="meet"),
            event("ACCUSE", BURHAN, RSF, D9, mode="allege", location="Port Sudan", location_country="SDN"),
        ],
        "quotes": [
            quote("Sie gelte ab Montag an allen Fronten", "Rapid Support Forces", "indirect"),
            quote("Diese Miliz hat unser Volk abgeschlachtet", "Abdel Fattah al-Burhan", "direct"),
        ],
        "entities": [
            entity("Rapid Support Forces", "ORG", "SDN", ["der paramilitärischen RSF", "Die Miliz", "die RSF",
                                                          "der Miliz", "der RSF", "Diese Miliz"]),
            entity("displaced people in Abu Shouk camp", "ORG", "SDN", ["mindestens 40 Menschen"]),
            entity("International Committee of the Red Cross", "ORG", "NGO",
                   ["Das Internationale Komitee vom Roten Kreuz"]),
            entity("residents of al-Fashir", "ORG", "SDN", []),
            entity("Sudanese Armed Forces", "ORG", "SDN", ["Die sudanesische Armee"]),
            entity("United Arab Emirates", "GPE", "ARE", ["den Vereinigten Arabischen Emiraten", "Abu Dhabi"]),
            entity("Ramtane Lamamra", "PER", "UNO", ["Der UN-Sondergesandte für den Sudan"]),
            entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["RSF-Anführer Mohamed Hamdan Daglo"]),
            entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Armeechef Abdel Fattah al-Burhan", "er"]),
            entity("al-Fashir", "LOC", "SDN", ["al-Faschir"]),
            entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        ],
    },
    {
        "id": "hm4-de-05", "lang": "de", "published": "2024-04-22", "title": None,
        "text": paragraphs([Y1, Y2, Y9, Y10], [Y3, Y4, Y5], [Y6, Y7, Y8]),
        "events": [
            event("AGREE", ARMENIA, AZERBAIJAN, Y1),
            event("CONCEDE", ARMENIA, AZERBAIJAN, Y2, date="2024-04-19", location="Tavush", location_country="ARM"),
            event("PROTEST", ARM_PROTESTERS, PASHINYAN, Y4, mode="demo", date="2024-04-20", location="Yerevan",
                  location_country="ARM"),
            event("REQUEST", ARM_PROTESTERS, PASHINYAN, Y4, mode="change", date="2024-04-20"),
            event("COERCE", actor("Armenian police", "ARM", "COP"), ARM_PROTESTERS, Y5, mode="arrest"),
            event("SUPPORT", actor("Ilham Aliyev", "AZE", "GOV"), PASHINYAN, Y6),
            event("CONSULT", PASHINYAN, BLINKEN, Y8, mode="phone", date="2024-04-21"),
            event("SUPPORT", BLINKEN, ARMENIA, Y8),
        ],
        "quotes": [
            quote("Armenien werde vier verlassene Dörfer in der Grenzregion Tawusch an Aserbaidschan zurückgeben",
                  "office of Nikol Pashinyan", "indirect"),
            quote("mutige Entscheidung", "Ilham Aliyev", "direct"),
        ],
        "entities": [
            entity("Armenia", "GPE", "ARM", ["Armenien", "Armeniens"]),
            entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschan"]),
            entity("office of Nikol Pashinyan", "ORG", "ARM", ["das Büro von Regierungschef Nikol Paschinjan"]),
            entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "Paschinjans", "Paschinjan"]),
            entity("protesters in Yerevan", "ORG", "ARM", ["Tausende Menschen", "98 Demonstranten"]),
            entity("Armenian police", "ORG", "ARM", ["Die Polizei"]),
            entity("Ilham Aliyev", "PER", "AZE", ["Der aserbaidschanische Präsident Ilham Alijew"]),
            entity("Russia", "GPE", "RUS", ["Russland"]),
            entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
            entity("United States", "GPE", "USA", ["Washingtons"]),
            entity("Yerevan", "LOC", "ARM", ["Eriwan"]),
        ],
    },
    {
        "id": "hm4-de-06", "lang": "de", "published": "2024-01-18", "title": None,
        "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9], [G10, G11]),
        "events": [
            event("COERCE", KGZ_AUTHORITIES, JOURNALISTS, G1, mode="arrest", date="2024-01-16"),
            event("COERCE", actor("Kyrgyz police", "KGZ", "COP"), JOURNALISTS, G2, mode="seize"),
            event("COERCE", actor("Ministry of Culture of Kyrgyzstan", "KGZ", "GOV"),
                  actor("investigative news portal", "KGZ", "CVL"), G3, mode="censor"),
            event("ACCUSE", actor("Ministry of Interior of Kyrgyzstan", "KGZ", "GOV"), JOURNALISTS, G4, mode="allege"),
            event("ACCUSE", OSCE, KGZ_AUTHORITIES, G5, mode="disapprove"),
            event("REQUEST", OSCE, KGZ_AUTHORITIES, G5, mode="yield"),
            event("REQUEST", actor("Government of Germany", "DEU", "GOV"), actor("Government of Kyrgyzstan", "KGZ",
                                                                                "GOV"), G6),
            event("REJECT", JAPAROV, OSCE, G7, mode="yield"),
            event("ACCUSE", JAPAROV, JOURNALISTS, G8, mode="allege"),
            event("THREATEN", JAPAROV, actor("Kyrgyz media", "KGZ", "CVL"), G9),
        ],
        "quotes": [
            quote("Massenunruhen", "Ministry of Interior of Kyrgyzstan", "direct"),
            quote("Die Festgenommenen hätten versucht, das Land zu destabilisieren", "Sadyr Japarov", "indirect"),
            quote("Falschnachrichten", "Sadyr Japarov", "direct"),
        ],
        "entities": [
            entity("Kyrgyz authorities", "ORG", "KGZ", ["Die Behörden in Kirgistan"]),
            entity("journalists of an investigative news portal", "ORG", "KGZ",
                   ["elf Mitarbeiter eines regierungskritischen Investigativportals", "den Journalisten",
                    "der Festgenommenen", "Die Festgenommenen"]),
            entity("Kyrgyz police", "ORG", "KGZ", ["Polizisten"]),
            entity("investigative news portal", "ORG", "KGZ", ["des Portals"]),
            entity("Ministry of Culture of Kyrgyzstan", "ORG", "KGZ", ["des Kulturministeriums"]),
            entity("Ministry of Interior of Kyrgyzstan", "ORG", "KGZ", ["Das Innenministerium"]),
            entity("OSCE", "ORG", "IGO", ["Die Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE)"]),
            entity("Government of Germany", "ORG", "DEU", ["die Bundesregierung"]),
            entity("Government of Kyrgyzstan", "ORG", "KGZ", ["Bischkek"]),
            entity("Sadyr Japarov", "PER", "KGZ", ["Präsident Sadyr Dschaparow", "er"]),
            entity("Kyrgyz media", "ORG", "KGZ", ["Anderen Medien"]),
        ],
    },
    {
        "id": "hm4-en-01", "lang": "en", "published": "2025-01-20", "title": None,
        "text": paragraphs([N1, N2], [N3, N4], [N5, N6], [N7, N8, N9]),
        "events": [
            event("SANCTION", PETRO, ELN, N1, mode="discontinue", date="2025-01-17"),
            event("ASSAULT", ELN, actor("Colombian military", "COL", "MIL"), N1, location="Catatumbo",
                  location_country="COL"),
            event("ACCUSE", PETRO, ELN, N2, mode="disapprove"),
            event("MOBILIZE", actor("Colombian defense ministry", "COL", "GOV"), None, N3, mode="troops",
                  location="Catatumbo", location_country="COL"),
            event("COERCE", PETRO, actor("residents of Catatumbo", "COL", "CVL"), N4, mode="curfew",
                  location="Catatumbo", location_country="COL"),
            event("ACCUSE", ELN, COL_GOV, N5, mode="allege"),
            event("RETREAT", ELN, actor("Colombian police", "COL", "COP"), N6, mode="release"),
            event("REQUEST", UN_COLOMBIA, COL_GOV, N7),
            event("REQUEST", UN_COLOMBIA, ELN, N7),
            event("AID", COL_GOV, actor("displaced people in Tibú", "COL", "CVL"), N9, location="Tibú",
                  location_country="COL"),
        ],
        "quotes": [
            quote("The ELN has chosen the path of war", "Gustavo Petro", "direct"),
            quote("that 3,000 additional troops were being sent to the region", "Colombian defense ministry",
                  "indirect"),
            quote("military aggression", "National Liberation Army (ELN)", "direct"),
            quote("The rebels released two police officers they had held since December, handing them to a "
                  "humanitarian commission led by the Catholic Church", "International Committee of the Red Cross",
                  "indirect"),
            quote("that more than 20,000 people had fled the fighting",
                  "United Nations Verification Mission in Colombia", "indirect"),
            quote("it had flown food and medicine to more than 5,000 displaced people in the town of Tibú",
                  "Government of Colombia", "indirect"),
        ],
        "entities": [
            entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro", "Petro"]),
            entity("National Liberation Army (ELN)", "ORG", "COL",
                   ["the National Liberation Army (ELN)", "the rebel group", "The ELN", "the ELN's central command",
                    "The rebels"]),
            entity("Colombian military", "ORG", "COL", ["five soldiers"]),
            entity("Colombian defense ministry", "ORG", "COL", ["The defense ministry"]),
            entity("residents of Catatumbo", "ORG", "COL", []),
            entity("Government of Colombia", "ORG", "COL", ["the government", "The government"]),
            entity("displaced people in Tibú", "ORG", "COL", ["more than 5,000 displaced people"]),
            entity("Colombian police", "ORG", "COL", ["two police officers"]),
            entity("International Committee of the Red Cross", "ORG", "NGO",
                   ["the International Committee of the Red Cross"]),
            entity("United Nations Verification Mission in Colombia", "ORG", "UNO",
                   ["The United Nations mission in Colombia", "It"]),
            entity("Catatumbo", "LOC", "COL", ["Catatumbo"]),
        ],
    },
    {
        "id": "hm4-en-02", "lang": "en", "published": "2024-01-04", "title": None,
        "text": paragraphs([M1], [M2, M3], [M4, M5], [M6, M7]),
        "events": [
            event("SANCTION", SOMALIA, ETHIOPIA, M1, mode="withdraw", date="2024-01-02"),
            event("SUPPORT", ETHIOPIA, actor("Somaliland", "SOM", "GOV"), M1),
            event("ACCUSE", HSM, ETHIOPIA, M2, mode="disapprove"),
            event("THREATEN", HSM, ETHIOPIA, M2),
            event("PROTEST", actor("protesters in Mogadishu", "SOM", "CVL"), ETHIOPIA, M3, mode="demo",
                  date="2024-01-03", location="Mogadishu", location_country="SOM"),
            event("MOBILIZE", actor("Ethiopian military", "ETH", "MIL"), None, M5, mode="troops", negated=True),
            event("REQUEST", FAKI, SOMALIA, M6, mode="meet"),
            event("REQUEST", FAKI, ETHIOPIA, M6, mode="meet"),
            event("SUPPORT", actor("Egyptian foreign ministry", "EGY", "GOV"), SOMALIA, M7),
            event("AGREE", actor("Egypt", "EGY", "GOV"), SOMALIA, M7),
        ],
        "quotes": [
            quote("null and void", "Hassan Sheikh Mohamud", "direct"),
            quote("the deal was “null and void”", "Hassan Sheikh Mohamud", "indirect"),
            quote("by all means necessary", "Hassan Sheikh Mohamud", "direct"),
            quote("that his country would defend its territory “by all means necessary” against any violation",
                  "Hassan Sheikh Mohamud", "indirect"),
            quote("that the deal did not violate any country’s sovereignty", ABIY_OFFICE, "indirect"),
            quote("that no Ethiopian troops had been moved towards the Somali border", ABIY_OFFICE, "indirect"),
        ],
        "entities": [
            entity("Somalia", "GPE", "SOM", ["Somalia", "his country"]),
            entity("Ethiopia", "GPE", "ETH", ["Ethiopia", "Addis Ababa"]),
            entity("Somaliland", "GPE", "SOM", ["the breakaway region of Somaliland"]),
            entity("Hassan Sheikh Mohamud", "PER", "SOM", ["Somali President Hassan Sheikh Mohamud"]),
            entity("protesters in Mogadishu", "ORG", "SOM", ["Thousands of people"]),
            entity(ABIY_OFFICE, "ORG", "ETH", ["Ethiopian Prime Minister Abiy Ahmed’s office", "It"]),
            entity("Ethiopian military", "ORG", "ETH", ["Ethiopian troops"]),
            entity("Moussa Faki Mahamat", "PER", "IGO", ["African Union Commission Chairman Moussa Faki Mahamat"]),
            entity("Egyptian foreign ministry", "ORG", "EGY", ["Egypt’s foreign ministry"]),
            entity("Egypt", "GPE", "EGY", ["Cairo"]),
            entity("Mogadishu", "LOC", "SOM", ["Mogadishu"]),
        ],
    },
]
