"""Round 113: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm113-de-01: A Venezuelan court issues an arrest warrant for opposition candidate Edmundo Gonzalez Urrutia (2024-09-03).
- hm113-de-02: South Korean President Yoon declares martial law and lifts it six hours later after parliament's vote (2024-12-04).
- hm113-de-03: Chinese coast guard boards Philippine supply boats at Second Thomas Shoal; Manila protests (2024-06-19).
- hm113-de-04: The first Kenyan police officers of the multinational mission arrive in Haiti; gangs threaten them (2024-06-26).
- hm113-en-01: Thailand and Cambodia fight along their border for a second day; expulsions, UN and ASEAN appeals (2025-07-25).
- hm113-en-02: Trump pauses tariffs on Mexico after Sheinbaum agrees to send National Guard troops to the border (2025-02-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm113-de-01
VEN_COURT = actor("Venezuelan anti-terrorism court", "VEN", "JUD")
GONZALEZ = actor("Edmundo Gonzalez Urrutia", "VEN", "OPP")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
MACHADO = actor("Maria Corina Machado", "VEN", "OPP")
VEN_CITIZENS = actor("Venezuelan citizens", "VEN", "CVL")
MADURO = actor("Nicolas Maduro", "VEN", "GOV")
VEN_OPPOSITION = actor("Venezuelan opposition", "VEN", "OPP")
VEN_SECURITY = actor("Venezuelan security forces", "VEN", "COP")
VEN_PROTESTERS = actor("Venezuelan protesters", "VEN", "CVL")
VEN_CNE = actor("National Electoral Council of Venezuela", "VEN", "GOV")
US_GOV = actor("United States government", "USA", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")

V1 = ("Ein auf Terrorismusfälle spezialisiertes Gericht in Venezuela hat am Montag Haftbefehl gegen den "
      "Oppositionskandidaten Edmundo González Urrutia erlassen.")
V2 = ("Generalstaatsanwalt Tarek William Saab hatte den Haftbefehl beantragt und wirft dem 75-Jährigen unter anderem "
      "Amtsanmaßung, Urkundenfälschung und Verschwörung vor.")
V3 = ("Hintergrund ist die Veröffentlichung von Wahlprotokollen durch die Opposition, die nach ihren Angaben einen "
      "klaren Sieg von González bei der Präsidentenwahl vom 28. Juli belegen.")
V4 = ("Der regierungstreue Nationale Wahlrat hatte Amtsinhaber Nicolás Maduro zum Sieger erklärt, ohne detaillierte "
      "Ergebnisse vorzulegen.")
V5 = "González hält sich seit Ende Juli an einem unbekannten Ort versteckt."
V6 = ("Oppositionsführerin María Corina Machado schrieb auf der Plattform X, Maduro habe „jeden Bezug zur Realität "
      "verloren“.")
V7 = "Sie rief die Venezolaner auf, am Samstag in allen Städten des Landes friedlich zu demonstrieren."
V8 = ("Maduro sagte in seiner wöchentlichen Fernsehsendung, niemand stehe über dem Gesetz, und warf der Opposition "
      "vor, einen Staatsstreich zu planen.")
V9 = ("Seit der Wahl wurden nach Regierungsangaben mehr als 2000 Menschen festgenommen, die meisten im Zusammenhang "
      "mit Protesten gegen das offizielle Ergebnis.")
V10 = ("Die US-Regierung verurteilte den Haftbefehl als weiteren Versuch Maduros, sich mit Gewalt an der Macht "
       "zu halten.")
V11 = ("Der EU-Außenbeauftragte Josep Borrell forderte Caracas auf, die Verfolgung von Oppositionspolitikern "
       "einzustellen und die Sicherheit von González zu garantieren.")
V12 = ("Kolumbiens Präsident Gustavo Petro, der gemeinsam mit Brasilien zwischen Regierung und Opposition zu "
       "vermitteln versucht, sagte, der Schritt erschwere eine Verhandlungslösung.")

DE01 = {
    "id": "hm113-de-01", "lang": "de", "url": None, "published": "2024-09-03",
    "title": "Haftbefehl gegen Venezuelas Oppositionskandidaten González",
    "text": paragraphs([V1, V2, V3, V4, V5], [V6, V7, V8, V9], [V10, V11, V12]),
    "events": [
        event("THREATEN", VEN_COURT, GONZALEZ, V1, mode="arrest", date="2024-09-02", location_country="VEN"),
        event("ACCUSE", SAAB, GONZALEZ, V2, mode="allege"),
        event("ACCUSE", MACHADO, MADURO, V6, mode="disapprove"),
        event("REQUEST", MACHADO, VEN_CITIZENS, V7),
        event("ACCUSE", MADURO, VEN_OPPOSITION, V8, mode="allege"),
        event("COERCE", VEN_SECURITY, VEN_PROTESTERS, V9, mode="arrest", location_country="VEN"),
        event("PROTEST", VEN_PROTESTERS, VEN_CNE, V9, mode="demo", location_country="VEN"),
        event("ACCUSE", US_GOV, MADURO, V10, mode="disapprove"),
        event("REQUEST", BORRELL, VEN_GOV, V11, mode="yield"),
        event("ACCUSE", PETRO, VEN_COURT, V12, mode="disapprove"),
    ],
    "quotes": [
        quote("die nach ihren Angaben einen klaren Sieg von González bei der Präsidentenwahl vom 28. Juli belegen",
              "Venezuelan opposition", "indirect"),
        quote("jeden Bezug zur Realität verloren", "Maria Corina Machado", "direct"),
        quote("Maduro habe „jeden Bezug zur Realität verloren“", "Maria Corina Machado", "indirect"),
        quote("am Samstag in allen Städten des Landes friedlich zu demonstrieren", "Maria Corina Machado", "indirect"),
        quote("niemand stehe über dem Gesetz", "Nicolas Maduro", "indirect"),
        quote("einen Staatsstreich zu planen", "Nicolas Maduro", "indirect"),
        quote("Seit der Wahl wurden nach Regierungsangaben mehr als 2000 Menschen festgenommen, die meisten im "
              "Zusammenhang mit Protesten gegen das offizielle Ergebnis", "Government of Venezuela", "indirect"),
        quote("die Verfolgung von Oppositionspolitikern einzustellen und die Sicherheit von González zu garantieren",
              "Josep Borrell", "indirect"),
        quote("der Schritt erschwere eine Verhandlungslösung", "Gustavo Petro", "indirect"),
    ],
    "entities": [
        entity("Venezuela", "GPE", "VEN", ["Venezuela"]),
        entity("Venezuelan anti-terrorism court", "ORG", "VEN",
               ["Ein auf Terrorismusfälle spezialisiertes Gericht in Venezuela"]),
        entity("Edmundo Gonzalez Urrutia", "PER", "VEN",
               ["Edmundo González Urrutia", "Oppositionskandidaten", "dem 75-Jährigen", "González"]),
        entity("Tarek William Saab", "PER", "VEN", ["Tarek William Saab", "Generalstaatsanwalt"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["Opposition"]),
        entity("National Electoral Council of Venezuela", "ORG", "VEN", ["Nationale Wahlrat"]),
        entity("Nicolas Maduro", "PER", "VEN", ["Nicolás Maduro", "Amtsinhaber", "Maduro", "Maduros"]),
        entity("Maria Corina Machado", "PER", "VEN", ["María Corina Machado", "Oppositionsführerin"]),
        entity("X", "ORG", "MNC", ["Plattform X"]),
        entity("Venezuelans", "GPE", "VEN", ["Venezolaner"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Regierungsangaben", "Caracas", "Regierung"]),
        entity("United States government", "ORG", "USA", ["US-Regierung"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Josep Borrell", "PER", "EUR", ["Josep Borrell", "EU-Außenbeauftragte"]),
        entity("Colombia", "GPE", "COL", ["Kolumbiens"]),
        entity("Gustavo Petro", "PER", "COL", ["Gustavo Petro"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien"]),
    ],
}

# ---------------------------------------------------------------- hm113-de-02
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
KOR_ASSEMBLY = actor("National Assembly of South Korea", "KOR", "LEG")
KOR_DP = actor("Democratic Party of Korea", "KOR", "OPP")
KOR_MLC = actor("Martial Law Command", "KOR", "MIL")
KOR_MEDIA = actor("South Korean media", "KOR", "CVL")
KOR_MIL = actor("South Korean military", "KOR", "MIL")
KOR_PROTESTERS = actor("South Korean protesters", "KOR", "CVL")
WOO = actor("Woo Won-shik", "KOR", "LEG")
LEE_JM = actor("Lee Jae-myung", "KOR", "OPP")
HAN_DH = actor("Han Dong-hoon", "KOR", "PTY")
KCTU = actor("Korean Confederation of Trade Unions", "KOR", "LAB")

K1 = ("Südkoreas Präsident Yoon Suk Yeol hat am Mittwochmorgen das von ihm verhängte Kriegsrecht nach nur sechs "
      "Stunden wieder aufgehoben.")
K2 = ("Yoon hatte am Dienstagabend in einer überraschenden Fernsehansprache den Ausnahmezustand ausgerufen und der "
      "Opposition vorgeworfen, mit „staatsfeindlichen Kräften“ gemeinsame Sache zu machen und das Land zu lähmen.")
K3 = ("Ein Dekret des neu gebildeten Kriegsrechtskommandos verbot jede politische Betätigung, auch die der "
      "Nationalversammlung, und stellte die Medien unter militärische Kontrolle.")
K4 = ("Kurz vor Mitternacht drangen Soldaten mit Sturmgewehren in das Parlamentsgebäude in Seoul ein, während sich "
      "draußen Tausende Demonstranten versammelten und den Rücktritt Yoons forderten.")
K5 = ("Kurz nach 1 Uhr stimmten alle 190 anwesenden Abgeordneten für eine Resolution, die die Aufhebung des "
      "Kriegsrechts verlangt.")
K6 = ("Parlamentspräsident Woo Won Shik forderte die Soldaten auf, das Gebäude zu verlassen: „Wir werden die "
      "Demokratie gemeinsam mit dem Volk schützen.“")
K7 = ("Die Truppen zogen daraufhin ab, gegen 4.30 Uhr hob Yoon den Ausnahmezustand nach einer Kabinettssitzung "
      "formell auf.")
K8 = ("Die oppositionelle Demokratische Partei forderte Yoon zum sofortigen Rücktritt auf und drohte mit einem "
      "Amtsenthebungsverfahren, sollte er nicht freiwillig gehen.")
K9 = ("Ihr Vorsitzender Lee Jae Myung nannte die Verhängung des Kriegsrechts „illegal“ und sprach von einem "
      "„Aufstand“ gegen die Verfassung.")
K10 = ("Auch Han Dong Hoon, der Chef von Yoons eigener Partei PPP, nannte den Schritt „falsch“ und verlangte die "
       "Entlassung von Verteidigungsminister Kim Yong Hyun.")
K11 = "Der Gewerkschaftsdachverband KCTU rief zu einem unbefristeten Generalstreik auf, bis Yoon zurücktritt."

DE02 = {
    "id": "hm113-de-02", "lang": "de", "url": None, "published": "2024-12-04",
    "title": "Südkoreas Präsident hebt Kriegsrecht nach sechs Stunden wieder auf",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10, K11]),
    "events": [
        event("CONCEDE", YOON, KOR_ASSEMBLY, K1, date="2024-12-04", location="Seoul", location_country="KOR"),
        event("COERCE", YOON, None, K2, mode="martial-law", date="2024-12-03", location="Seoul",
              location_country="KOR"),
        event("ACCUSE", YOON, KOR_DP, K2, mode="allege", date="2024-12-03"),
        event("COERCE", KOR_MLC, KOR_ASSEMBLY, K3, mode="restrict", date="2024-12-03", location_country="KOR"),
        event("COERCE", KOR_MLC, KOR_MEDIA, K3, mode="censor", date="2024-12-03", location_country="KOR"),
        event("MOBILIZE", KOR_MIL, KOR_ASSEMBLY, K4, mode="troops", date="2024-12-03", location="Seoul",
              location_country="KOR"),
        event("PROTEST", KOR_PROTESTERS, YOON, K4, mode="demo", date="2024-12-03", location="Seoul",
              location_country="KOR"),
        event("REQUEST", KOR_ASSEMBLY, YOON, K5, mode="yield", date="2024-12-04", location="Seoul",
              location_country="KOR"),
        event("REQUEST", WOO, KOR_MIL, K6, date="2024-12-04", location="Seoul", location_country="KOR"),
        event("RETREAT", KOR_MIL, KOR_ASSEMBLY, K7, mode="withdraw", date="2024-12-04", location="Seoul",
              location_country="KOR"),
        event("CONCEDE", YOON, KOR_ASSEMBLY, K7, date="2024-12-04", location="Seoul", location_country="KOR"),
        event("REQUEST", KOR_DP, YOON, K8, mode="change"),
        event("THREATEN", KOR_DP, YOON, K8),
        event("ACCUSE", LEE_JM, YOON, K9, mode="allege"),
        event("ACCUSE", HAN_DH, YOON, K10, mode="disapprove"),
        event("REQUEST", HAN_DH, YOON, K10, mode="change"),
        event("THREATEN", KCTU, YOON, K11, mode="restrict"),
    ],
    "quotes": [
        quote("staatsfeindlichen Kräften", "Yoon Suk Yeol", "direct"),
        quote("mit „staatsfeindlichen Kräften“ gemeinsame Sache zu machen und das Land zu lähmen", "Yoon Suk Yeol",
              "indirect"),
        quote("das Gebäude zu verlassen", "Woo Won-shik", "indirect"),
        quote("Wir werden die Demokratie gemeinsam mit dem Volk schützen", "Woo Won-shik", "direct"),
        quote("illegal", "Lee Jae-myung", "direct"),
        quote("Aufstand", "Lee Jae-myung", "direct"),
        quote("falsch", "Han Dong-hoon", "direct"),
    ],
    "entities": [
        entity("South Korea", "GPE", "KOR", ["Südkoreas"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol", "Yoon Suk Yeol", "Yoon", "Yoons"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Opposition", "Demokratische Partei"]),
        entity("Martial Law Command", "ORG", "KOR", ["Kriegsrechtskommandos"]),
        entity("National Assembly of South Korea", "ORG", "KOR", ["Nationalversammlung", "Abgeordneten"]),
        entity("South Korean media", "ORG", "KOR", ["Medien"]),
        entity("South Korean military", "ORG", "KOR", ["Soldaten", "Truppen"]),
        entity("National Assembly building", "LOC", "KOR", ["Parlamentsgebäude in Seoul", "Gebäude"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Woo Won-shik", "PER", "KOR", ["Woo Won Shik", "Parlamentspräsident"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Lee Jae Myung", "Ihr Vorsitzender"]),
        entity("Han Dong-hoon", "PER", "KOR", ["Han Dong Hoon", "der Chef von Yoons eigener Partei PPP"]),
        entity("People Power Party", "ORG", "KOR", ["PPP"]),
        entity("Kim Yong-hyun", "PER", "KOR", ["Kim Yong Hyun", "Verteidigungsminister"]),
        entity("Korean Confederation of Trade Unions", "ORG", "KOR", ["KCTU", "Gewerkschaftsdachverband"]),
    ],
}

# ---------------------------------------------------------------- hm113-de-03
CCG = actor("China Coast Guard", "CHN", "MIL")
AFP_PHL = actor("Armed Forces of the Philippines", "PHL", "MIL")
BRAWNER = actor("Romeo Brawner", "PHL", "MIL")
CHN_MFA = actor("Chinese Foreign Ministry", "CHN", "GOV")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
TEODORO = actor("Gilberto Teodoro", "PHL", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
PHL_DFA = actor("Philippine Department of Foreign Affairs", "PHL", "GOV")
CHN_CDA = actor("Chinese charge d'affaires in Manila", "CHN", "GOV")
CARLSON = actor("MaryKay Carlson", "USA", "GOV")

S1 = ("Chinesische Küstenwächter haben am Montag philippinische Versorgungsboote am Second-Thomas-Riff im "
      "Südchinesischen Meer geentert und dabei einen Marinesoldaten schwer verletzt.")
S2 = ("Die Chinesen hätten die Soldaten mit Messern, Äxten und Stöcken bedroht, Schlauchboote beschädigt und acht "
      "zerlegte Gewehre beschlagnahmt, sagte der philippinische Generalstabschef Romeo Brawner am Mittwoch.")
S3 = "Einem Soldaten sei dabei ein Daumen abgetrennt worden."
S4 = ("„Sie haben sich wie Piraten verhalten“, sagte Brawner und verlangte die Rückgabe der Waffen sowie "
      "Schadenersatz für die zerstörte Ausrüstung.")
S5 = ("Das chinesische Außenministerium warf Manila dagegen vor, die Boote seien illegal in chinesische Gewässer "
      "eingedrungen und hätten Waffen zu dem dort auf Grund gesetzten Kriegsschiff BRP Sierra Madre schmuggeln "
      "wollen.")
S6 = "Die Küstenwache habe „professionell und zurückhaltend“ gehandelt, sagte Sprecher Lin Jian in Peking."
S7 = "Er forderte die Philippinen auf, ihre „Provokationen“ sofort einzustellen."
S8 = "Verteidigungsminister Gilberto Teodoro sprach von einem „aggressiven und illegalen“ Vorgehen Pekings."
S9 = "Das Außenministerium in Manila bestellte den chinesischen Geschäftsträger ein und legte offiziell Protest ein."
S10 = ("Präsident Ferdinand Marcos sagte bei einem Besuch von Soldaten in Palawan, sein Land suche keinen Konflikt, "
       "werde sich aber auch nicht einschüchtern lassen.")
S11 = ("Die US-Botschafterin MaryKay Carlson verurteilte das „gefährliche“ Vorgehen Chinas und bekräftigte, dass "
       "der Verteidigungspakt beider Länder auch für Angriffe auf philippinische Soldaten im Südchinesischen Meer "
       "gelte.")
S12 = ("Die Philippinen versorgen die kleine Besatzung des Wracks regelmäßig, China beansprucht fast das gesamte "
       "Südchinesische Meer für sich.")

DE03 = {
    "id": "hm113-de-03", "lang": "de", "url": None, "published": "2024-06-19",
    "title": "Manila wirft Chinas Küstenwache „Piraterie“ vor",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10, S11, S12]),
    "events": [
        event("ASSAULT", CCG, AFP_PHL, S1, mode="beat", date="2024-06-17", location="Second Thomas Shoal"),
        event("ACCUSE", BRAWNER, CCG, S2, mode="allege", date="2024-06-19"),
        event("ACCUSE", BRAWNER, CCG, S4, mode="disapprove", date="2024-06-19"),
        event("REQUEST", BRAWNER, CCG, S4, date="2024-06-19"),
        event("ACCUSE", CHN_MFA, PHL_GOV, S5, mode="allege"),
        event("REQUEST", LIN_JIAN, PHL_GOV, S7, mode="change"),
        event("ACCUSE", TEODORO, CHN_GOV, S8, mode="disapprove"),
        event("ACCUSE", PHL_DFA, CHN_CDA, S9, mode="disapprove", location="Manila", location_country="PHL"),
        event("ACCUSE", CARLSON, CHN_GOV, S11, mode="disapprove"),
        event("SUPPORT", CARLSON, PHL_GOV, S11),
    ],
    "quotes": [
        quote("Die Chinesen hätten die Soldaten mit Messern, Äxten und Stöcken bedroht, Schlauchboote beschädigt und "
              "acht zerlegte Gewehre beschlagnahmt", "Romeo Brawner", "indirect"),
        quote("Einem Soldaten sei dabei ein Daumen abgetrennt worden", "Romeo Brawner", "indirect"),
        quote("Sie haben sich wie Piraten verhalten", "Romeo Brawner", "direct"),
        quote("die Boote seien illegal in chinesische Gewässer eingedrungen und hätten Waffen zu dem dort auf Grund "
              "gesetzten Kriegsschiff BRP Sierra Madre schmuggeln wollen", "Chinese Foreign Ministry", "indirect"),
        quote("professionell und zurückhaltend", "Lin Jian", "direct"),
        quote("Die Küstenwache habe „professionell und zurückhaltend“ gehandelt", "Lin Jian", "indirect"),
        quote("Provokationen", "Lin Jian", "direct"),
        quote("ihre „Provokationen“ sofort einzustellen", "Lin Jian", "indirect"),
        quote("aggressiven und illegalen", "Gilberto Teodoro", "direct"),
        quote("sein Land suche keinen Konflikt, werde sich aber auch nicht einschüchtern lassen",
              "Ferdinand Marcos Jr.", "indirect"),
        quote("gefährliche", "MaryKay Carlson", "direct"),
        quote("dass der Verteidigungspakt beider Länder auch für Angriffe auf philippinische Soldaten im "
              "Südchinesischen Meer gelte", "MaryKay Carlson", "indirect"),
    ],
    "entities": [
        entity("China Coast Guard", "ORG", "CHN", ["Chinesische Küstenwächter", "Die Chinesen", "Küstenwache"]),
        entity("Armed Forces of the Philippines", "ORG", "PHL", ["Marinesoldaten", "Soldaten"]),
        entity("Second Thomas Shoal", "LOC", None, ["Second-Thomas-Riff"]),
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer", "Südchinesische Meer"]),
        entity("Romeo Brawner", "PER", "PHL", ["Romeo Brawner", "Generalstabschef", "Brawner"]),
        entity("Chinese Foreign Ministry", "ORG", "CHN", ["Das chinesische Außenministerium"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("BRP Sierra Madre", "LOC", "PHL", ["BRP Sierra Madre", "Wracks"]),
        entity("Lin Jian", "PER", "CHN", ["Lin Jian", "Sprecher"]),
        entity("Beijing", "LOC", "CHN", ["Peking", "Pekings"]),
        entity("Philippines", "GPE", "PHL", ["Philippinen", "sein Land"]),
        entity("Gilberto Teodoro", "PER", "PHL", ["Gilberto Teodoro", "Verteidigungsminister"]),
        entity("Philippine Department of Foreign Affairs", "ORG", "PHL", ["Das Außenministerium in Manila"]),
        entity("Chinese charge d'affaires in Manila", "PER", "CHN", ["chinesischen Geschäftsträger"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Ferdinand Marcos"]),
        entity("Palawan", "LOC", "PHL", ["Palawan"]),
        entity("MaryKay Carlson", "PER", "USA", ["MaryKay Carlson", "US-Botschafterin"]),
        entity("China", "GPE", "CHN", ["Chinas", "China"]),
    ],
}

# ---------------------------------------------------------------- hm113-de-04
KEN_CONTINGENT = actor("Kenyan police contingent in Haiti", "KEN", "COP")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
CONILLE = actor("Garry Conille", "HTI", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
CHERIZIER = actor("Jimmy Cherizier", "HTI", "REB")
HTI_GANGS = actor("Haitian gang members", "HTI", "REB")
HNP = actor("Haitian National Police", "HTI", "COP")
GUTERRES = actor("Antonio Guterres", "UNO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
KEN_POLICE = actor("Kenyan police", "KEN", "COP")

H1 = ("Knapp zwei Jahre nach dem ersten Hilferuf der haitianischen Regierung sind am Dienstag die ersten 400 "
      "kenianischen Polizisten in der Hauptstadt Port-au-Prince eingetroffen.")
H2 = ("Sie sollen im Rahmen einer von den Vereinten Nationen gebilligten Mission die örtliche Polizei im Kampf "
      "gegen die Banden unterstützen, die große Teile der Stadt kontrollieren.")
H3 = ("Ministerpräsident Garry Conille empfing die Beamten am Flughafen und sprach von einem „Wendepunkt“ für "
      "das Land.")
H4 = ("Kenias Präsident William Ruto hatte das Kontingent am Montag in Nairobi verabschiedet und versprochen, es "
      "werde „Frieden und Ordnung“ nach Haiti zurückbringen.")
H5 = ("Der Anführer des Bandenbündnisses Viv Ansanm, Jimmy Chérizier, kündigte an, seine Kämpfer würden die "
      "Ausländer als „Invasoren“ behandeln.")
H6 = "Am Dienstagabend beschossen Bewaffnete eine Polizeiwache im Stadtteil Delmas, zwei Beamte wurden verletzt."
H7 = "Die Polizei erwiderte das Feuer und nahm nach eigenen Angaben drei Verdächtige fest."
H8 = ("UN-Generalsekretär António Guterres begrüßte die Ankunft und rief die Mitgliedstaaten auf, die bislang "
      "unterfinanzierte Mission mit mehr Geld auszustatten.")
H9 = "Die USA, die den Großteil der Kosten tragen, sagten Haiti weitere 109 Millionen Dollar für den Einsatz zu."
H10 = ("Amnesty International warnte dagegen, die kenianische Polizei sei in ihrer Heimat wiederholt durch Gewalt "
       "gegen Demonstranten aufgefallen.")

DE04 = {
    "id": "hm113-de-04", "lang": "de", "url": None, "published": "2024-06-26",
    "title": "Erste kenianische Polizisten in Haiti eingetroffen",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9, H10]),
    "events": [
        event("AID", KEN_CONTINGENT, HTI_GOV, H1, date="2024-06-25", location="Port-au-Prince",
              location_country="HTI"),
        event("SUPPORT", CONILLE, KEN_CONTINGENT, H3, date="2024-06-25", location="Port-au-Prince",
              location_country="HTI"),
        event("AGREE", RUTO, HTI_GOV, H4, date="2024-06-24", location="Nairobi", location_country="KEN"),
        event("THREATEN", CHERIZIER, KEN_CONTINGENT, H5, mode="violence"),
        event("ASSAULT", HTI_GANGS, HNP, H6, mode="firearms", date="2024-06-25", location="Delmas",
              location_country="HTI"),
        event("ASSAULT", HNP, HTI_GANGS, H7, mode="firearms", date="2024-06-25", location="Delmas",
              location_country="HTI"),
        event("COERCE", HNP, HTI_GANGS, H7, mode="arrest", date="2024-06-25", location="Delmas",
              location_country="HTI"),
        event("SUPPORT", GUTERRES, KEN_CONTINGENT, H8),
        event("REQUEST", GUTERRES, None, H8, mode="assist"),
        event("AGREE", US_GOV, HTI_GOV, H9),
        event("ACCUSE", AMNESTY, KEN_POLICE, H10, mode="allege"),
    ],
    "quotes": [
        quote("Wendepunkt", "Garry Conille", "direct"),
        quote("Frieden und Ordnung", "William Ruto", "direct"),
        quote("es werde „Frieden und Ordnung“ nach Haiti zurückbringen", "William Ruto", "indirect"),
        quote("Invasoren", "Jimmy Cherizier", "direct"),
        quote("seine Kämpfer würden die Ausländer als „Invasoren“ behandeln", "Jimmy Cherizier", "indirect"),
        quote("Die Polizei erwiderte das Feuer und nahm nach eigenen Angaben drei Verdächtige fest",
              "Haitian National Police", "indirect"),
        quote("die bislang unterfinanzierte Mission mit mehr Geld auszustatten", "Antonio Guterres", "indirect"),
        quote("die kenianische Polizei sei in ihrer Heimat wiederholt durch Gewalt gegen Demonstranten aufgefallen",
              "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Government of Haiti", "ORG", "HTI", ["haitianischen Regierung"]),
        entity("Kenyan police contingent in Haiti", "ORG", "KEN",
               ["die ersten 400 kenianischen Polizisten", "die Beamten", "das Kontingent", "die Ausländer"]),
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince", "Hauptstadt", "der Stadt"]),
        entity("United Nations", "ORG", "UNO", ["Vereinten Nationen", "UN"]),
        entity("Multinational Security Support Mission", "ORG", "IGO", ["Mission", "Einsatz"]),
        entity("Haitian National Police", "ORG", "HTI", ["örtliche Polizei", "Die Polizei"]),
        entity("Haitian gangs", "ORG", "HTI", ["Banden", "Bewaffnete", "drei Verdächtige"]),
        entity("Garry Conille", "PER", "HTI", ["Garry Conille", "Ministerpräsident"]),
        entity("Haiti", "GPE", "HTI", ["Haiti", "das Land"]),
        entity("Kenya", "GPE", "KEN", ["Kenias"]),
        entity("William Ruto", "PER", "KEN", ["William Ruto", "Präsident"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Viv Ansanm", "ORG", "HTI", ["Viv Ansanm", "Bandenbündnisses"]),
        entity("Jimmy Cherizier", "PER", "HTI", ["Jimmy Chérizier", "Der Anführer des Bandenbündnisses"]),
        entity("Delmas", "LOC", "HTI", ["Stadtteil Delmas"]),
        entity("Antonio Guterres", "PER", "UNO", ["António Guterres", "UN-Generalsekretär"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Kenyan police", "ORG", "KEN", ["die kenianische Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm113-en-01
THA_MIL = actor("Royal Thai Armed Forces", "THA", "MIL")
KHM_MIL = actor("Royal Cambodian Armed Forces", "KHM", "MIL")
THA_AF = actor("Royal Thai Air Force", "THA", "MIL")
THA_CIVILIANS = actor("Thai civilians", "THA", "CVL")
KHM_MOD = actor("Cambodian Ministry of National Defence", "KHM", "GOV")
THA_GOV = actor("Government of Thailand", "THA", "GOV")
KHM_GOV = actor("Government of Cambodia", "KHM", "GOV")
KHM_AMB = actor("Cambodian Ambassador to Thailand", "KHM", "GOV")
PHUMTHAM = actor("Phumtham Wechayachai", "THA", "GOV")
HUN_MANET = actor("Hun Manet", "KHM", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
THA_MFA = actor("Thai Ministry of Foreign Affairs", "THA", "GOV")

T1 = ("Thailand and Cambodia traded heavy fire along their disputed border for a second day on Friday, as the death "
      "toll from the worst fighting between the neighbours in more than a decade rose to at least 16.")
T2 = ("Thailand deployed F-16 fighter jets to strike two Cambodian military targets on Thursday, hours after "
      "Cambodian forces fired BM-21 rockets into the Thai provinces of Surin and Sisaket.")
T3 = ("Cambodia's defence ministry accused Thailand of attacking first and of using cluster munitions, and said "
      "its troops had acted in self-defence.")
T4 = ("Thailand closed all border crossings with Cambodia on Thursday, a day after a landmine blast maimed five "
      "Thai soldiers on patrol.")
T5 = ("Bangkok also expelled Cambodia's ambassador and recalled its own envoy from Phnom Penh, while Cambodia "
      "downgraded relations to their lowest level.")
T6 = ("“The situation is fragile and could escalate into a state of war,” acting Thai Prime Minister Phumtham "
      "Wechayachai told reporters, adding that the army would “respond decisively” to any further incursion.")
T7 = ("Cambodian Prime Minister Hun Manet asked the U.N. Security Council to convene an urgent meeting, saying "
      "Thailand had committed “unprovoked, premeditated and deliberate military aggression”.")
T8 = ("Malaysian Prime Minister Anwar Ibrahim, whose country chairs the Association of Southeast Asian Nations, "
      "said he had spoken by phone with both leaders and urged them to agree to an immediate ceasefire.")
T9 = ("Thailand's foreign ministry said it welcomed Malaysia's efforts but insisted the dispute must be resolved "
      "bilaterally, effectively rejecting third-party mediation.")

EN01 = {
    "id": "hm113-en-01", "lang": "en", "url": None, "published": "2025-07-25",
    "title": "Thailand and Cambodia clash for second day as diplomatic ties crumble",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9]),
    "events": [
        event("ASSAULT", THA_MIL, KHM_MIL, T1, date="2025-07-25", location="Thai-Cambodian border"),
        event("ASSAULT", KHM_MIL, THA_MIL, T1, date="2025-07-25", location="Thai-Cambodian border"),
        event("ASSAULT", THA_AF, KHM_MIL, T2, mode="aerial", date="2025-07-24", location_country="KHM"),
        event("ASSAULT", KHM_MIL, THA_CIVILIANS, T2, mode="heavy-weapons", date="2025-07-24",
              location="Surin and Sisaket", location_country="THA"),
        event("ACCUSE", KHM_MOD, THA_MIL, T3, mode="allege"),
        event("SANCTION", THA_GOV, KHM_GOV, T4, mode="discontinue", date="2025-07-24"),
        event("SANCTION", THA_GOV, KHM_AMB, T5, mode="expel"),
        event("SANCTION", THA_GOV, KHM_GOV, T5, mode="withdraw"),
        event("SANCTION", KHM_GOV, THA_GOV, T5, mode="discontinue"),
        event("THREATEN", PHUMTHAM, KHM_MIL, T6, mode="violence"),
        event("REQUEST", HUN_MANET, UNSC, T7, mode="meet"),
        event("ACCUSE", HUN_MANET, THA_GOV, T7, mode="allege"),
        event("CONSULT", ANWAR, PHUMTHAM, T8, mode="phone"),
        event("CONSULT", ANWAR, HUN_MANET, T8, mode="phone"),
        event("REQUEST", ANWAR, PHUMTHAM, T8, mode="yield"),
        event("REQUEST", ANWAR, HUN_MANET, T8, mode="yield"),
        event("SUPPORT", THA_MFA, ANWAR, T9),
        event("REJECT", THA_MFA, ANWAR, T9, mode="meet"),
    ],
    "quotes": [
        quote("its troops had acted in self-defence", "Cambodian Ministry of National Defence", "indirect"),
        quote("The situation is fragile and could escalate into a state of war", "Phumtham Wechayachai", "direct"),
        quote("respond decisively", "Phumtham Wechayachai", "direct"),
        quote("the army would “respond decisively” to any further incursion", "Phumtham Wechayachai", "indirect"),
        quote("unprovoked, premeditated and deliberate military aggression", "Hun Manet", "direct"),
        quote("Thailand had committed “unprovoked, premeditated and deliberate military aggression”", "Hun Manet",
              "indirect"),
        quote("he had spoken by phone with both leaders and urged them to agree to an immediate ceasefire",
              "Anwar Ibrahim", "indirect"),
        quote("it welcomed Malaysia's efforts but insisted the dispute must be resolved bilaterally",
              "Thai Ministry of Foreign Affairs", "indirect"),
    ],
    "entities": [
        entity("Thailand", "GPE", "THA", ["Thailand", "Bangkok"]),
        entity("Cambodia", "GPE", "KHM", ["Cambodia"]),
        entity("Thai-Cambodian border", "LOC", None, ["their disputed border"]),
        entity("Royal Cambodian Armed Forces", "ORG", "KHM", ["Cambodian forces", "its troops"]),
        entity("Royal Thai Air Force", "ORG", "THA", ["F-16 fighter jets"]),
        entity("Royal Thai Armed Forces", "ORG", "THA", ["the army", "five Thai soldiers"]),
        entity("Surin", "LOC", "THA", ["Surin"]),
        entity("Sisaket", "LOC", "THA", ["Sisaket"]),
        entity("Cambodian Ministry of National Defence", "ORG", "KHM", ["Cambodia's defence ministry"]),
        entity("Cambodian Ambassador to Thailand", "PER", "KHM", ["Cambodia's ambassador"]),
        entity("Thai Ambassador to Cambodia", "PER", "THA", ["its own envoy"]),
        entity("Phnom Penh", "LOC", "KHM", ["Phnom Penh"]),
        entity("Phumtham Wechayachai", "PER", "THA",
               ["acting Thai Prime Minister Phumtham Wechayachai", "Phumtham Wechayachai"]),
        entity("Hun Manet", "PER", "KHM", ["Cambodian Prime Minister Hun Manet", "Hun Manet"]),
        entity("UN Security Council", "ORG", "UNO", ["U.N. Security Council"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Malaysian Prime Minister Anwar Ibrahim", "Anwar Ibrahim"]),
        entity("Malaysia", "GPE", "MYS", ["Malaysia", "whose country"]),
        entity("Association of Southeast Asian Nations", "ORG", "IGO", ["Association of Southeast Asian Nations"]),
        entity("Thai Ministry of Foreign Affairs", "ORG", "THA", ["Thailand's foreign ministry"]),
    ],
}

# ---------------------------------------------------------------- hm113-en-02
TRUMP = actor("Donald Trump", "USA", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
MEX_NG = actor("Mexican National Guard", "MEX", "MIL")

M1 = ("U.S. President Donald Trump on Monday paused planned 25% tariffs on Mexican imports for one month after "
      "Mexico agreed to send 10,000 National Guard troops to the shared border to curb the flow of fentanyl.")
M2 = ("Mexican President Claudia Sheinbaum announced the deal after what she called a “very good conversation” "
      "with Trump by phone, hours before the levies were due to take effect on Tuesday.")
M3 = "“We had a very friendly conversation,” Trump wrote on his Truth Social platform."
M4 = ("In return, Washington committed to working to prevent the trafficking of high-powered weapons into Mexico, "
      "Sheinbaum said.")
M5 = ("Trump had ordered the tariffs on Saturday, accusing Mexico of failing to curb the flow of illegal migrants "
      "and fentanyl.")
M6 = ("A White House statement also accused the Mexican government of an “intolerable alliance” with drug "
      "cartels, a charge Sheinbaum rejected as “slander”.")
M7 = "The first National Guard units began moving north on Tuesday, Defence Minister Ricardo Trevilla said."
M8 = ("Sheinbaum said Mexican and U.S. officials would immediately begin talks on security and trade, led on the "
      "U.S. side by Secretary of State Marco Rubio.")
M9 = "Trump said he hoped to reach a “deal” but warned that the tariffs would be imposed if the talks failed."
M10 = ("On Sunday, Sheinbaum had instructed her economy minister to prepare retaliatory tariffs and other measures, "
       "a so-called “Plan B” that has now been shelved.")

EN02 = {
    "id": "hm113-en-02", "lang": "en", "url": None, "published": "2025-02-04",
    "title": "Trump pauses Mexico tariffs after Sheinbaum pledges border troops",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7], [M8, M9, M10]),
    "events": [
        event("CONCEDE", TRUMP, MEX_GOV, M1, date="2025-02-03"),
        event("AGREE", MEX_GOV, TRUMP, M1, date="2025-02-03"),
        event("CONSULT", SHEINBAUM, TRUMP, M2, mode="phone", date="2025-02-03"),
        event("AGREE", SHEINBAUM, TRUMP, M2, date="2025-02-03"),
        event("CONSULT", TRUMP, SHEINBAUM, M3, mode="phone", date="2025-02-03"),
        event("AGREE", US_GOV, MEX_GOV, M4, date="2025-02-03"),
        event("SANCTION", TRUMP, MEX_GOV, M5, mode="discontinue", date="2025-02-01"),
        event("ACCUSE", TRUMP, MEX_GOV, M5, mode="allege", date="2025-02-01"),
        event("ACCUSE", WHITE_HOUSE, MEX_GOV, M6, mode="allege"),
        event("MOBILIZE", MEX_NG, None, M7, mode="troops", date="2025-02-04", location_country="MEX"),
        event("AGREE", MEX_GOV, US_GOV, M8),
        event("AGREE", TRUMP, MEX_GOV, M9),
        event("THREATEN", TRUMP, MEX_GOV, M9),
        event("THREATEN", SHEINBAUM, US_GOV, M10, date="2025-02-02"),
    ],
    "quotes": [
        quote("very good conversation", "Claudia Sheinbaum", "direct"),
        quote("We had a very friendly conversation", "Donald Trump", "direct"),
        quote("In return, Washington committed to working to prevent the trafficking of high-powered weapons into "
              "Mexico", "Claudia Sheinbaum", "indirect"),
        quote("intolerable alliance", "White House", "direct"),
        quote("slander", "Claudia Sheinbaum", "direct"),
        quote("The first National Guard units began moving north on Tuesday", "Ricardo Trevilla", "indirect"),
        quote("Mexican and U.S. officials would immediately begin talks on security and trade, led on the U.S. side "
              "by Secretary of State Marco Rubio", "Claudia Sheinbaum", "indirect"),
        quote("deal", "Donald Trump", "direct"),
        quote("he hoped to reach a “deal”", "Donald Trump", "indirect"),
        quote("the tariffs would be imposed if the talks failed", "Donald Trump", "indirect"),
        quote("Plan B", "Claudia Sheinbaum", "direct"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Donald Trump", "Trump"]),
        entity("Mexico", "GPE", "MEX", ["Mexico"]),
        entity("Mexican National Guard", "ORG", "MEX", ["10,000 National Guard troops", "National Guard units"]),
        entity("US-Mexico border", "LOC", None, ["the shared border"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum", "Claudia Sheinbaum",
                                                   "Sheinbaum"]),
        entity("Truth Social", "ORG", "MNC", ["Truth Social"]),
        entity("United States government", "ORG", "USA", ["Washington"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Government of Mexico", "ORG", "MEX", ["the Mexican government"]),
        entity("Mexican drug cartels", "ORG", "MEX", ["drug cartels"]),
        entity("Ricardo Trevilla", "PER", "MEX", ["Defence Minister Ricardo Trevilla", "Ricardo Trevilla"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio", "Marco Rubio"]),
        entity("Marcelo Ebrard", "PER", "MEX", ["her economy minister"]),
        entity("United States", "GPE", "USA", ["U.S."]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
