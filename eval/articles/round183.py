"""Round 183: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm183-de-01: Ukraine's largest drone attack on Moscow coincides with the Jeddah talks; Kyiv accepts the US ceasefire proposal, Washington resumes intelligence sharing, Zakharova accuses Kyiv (2025-03-11).
- hm183-de-02: Estonia's navy tries to inspect the shadow-fleet tanker Jaguar; a Russian Su-35 violates NATO airspace, Tallinn summons the chargé, Moscow speaks of "piracy" (2025-05-14).
- hm183-de-03: Albania blocks TikTok for a year after a schoolboy's killing; TikTok, Berisha's Democratic Party and the Council of Europe object, Rama refuses to back down (2025-03-07).
- hm183-de-04: Valencia's regional president Carlos Mazón resigns a year after the deadly floods, admits mistakes and blames Madrid; victims' relatives, PSOE, Feijóo and Vox react (2025-11-03).
- hm183-en-01: Sheinbaum says she rejected Trump's proposal to send US troops into Mexico against the cartels; Trump mocks her, arrests in Culiacán (2025-05-04).
- hm183-en-02: Carney and Modi agree at the G7 in Kananaskis to restore high commissioners; Sikh groups protest the invitation (2025-06-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm183-de-01
UKR_MIL = actor("Ukraine", "UKR", "MIL")
UKR = actor("Ukraine", "UKR", "GOV")
RUS = actor("Russia", "RUS", "GOV")
RUS_TGT = actor("Russia", "RUS", None)
RUS_CIV = actor("Russian civilians", "RUS", "CVL")
SOBYANIN = actor("Sergei Sobyanin", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
YERMAK = actor("Andriy Yermak", "UKR", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
USA = actor("United States", "USA", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")

A1 = ("Moskau/Dschidda (dpa) - Die Ukraine hat in der Nacht zum Dienstag den bislang größten Drohnenangriff "
      "auf die russische Hauptstadt Moskau und ihr Umland geflogen.")
A2 = ("Nach Angaben des Verteidigungsministeriums in Moskau wehrte die Flugabwehr landesweit 337 Drohnen ab, "
      "davon 91 über dem Moskauer Gebiet.")
A3 = "In Ramenskoje südöstlich der Hauptstadt schlug eine Drohne in ein Hochhaus ein, eine Frau wurde getötet."
A4 = "Bürgermeister Sergej Sobjanin sprach von einem »massiven Angriff« des Gegners."
A5 = "Alle vier Moskauer Flughäfen stellten den Betrieb vorübergehend ein."
A6 = ("Außenamtssprecherin Maria Sacharowa warf Kiew vor, mit dem Angriff die Gespräche in Saudi-Arabien "
      "gezielt untergraben zu wollen.")
A7 = ("Im saudischen Dschidda berieten am selben Tag Delegationen der Ukraine und der USA unter Leitung von "
      "Präsidialamtschef Andrij Jermak und Außenminister Marco Rubio.")
A8 = "Nach rund acht Stunden erklärte sich Kiew bereit, einen US-Vorschlag für eine 30-tägige Waffenruhe anzunehmen."
A9 = "Washington werde im Gegenzug die Militärhilfe wieder aufnehmen, hieß es in einer gemeinsamen Erklärung."
A10 = "Noch am Abend gaben die USA den Austausch von Geheimdienstdaten mit der Ukraine wieder frei."
A11 = ("„Die Ukraine ist zum Frieden bereit“, sagte Präsident Wolodymyr Selenskyj, „jetzt muss Russland zeigen, "
       "ob es dasselbe will.“")
A12 = "Washington zufolge könnte die Feuerpause binnen Tagen in Kraft treten, sollte Moskau zustimmen."
A13 = "Kremlsprecher Dmitri Peskow sagte lediglich, man warte auf Informationen aus Washington."
A14 = "Kiew wies den Vorwurf zurück, zivile Ziele angegriffen zu haben."

DE01 = {
    "id": "hm183-de-01", "lang": "de", "url": None, "published": "2025-03-11",
    "title": "Größter Drohnenangriff auf Moskau überschattet Gespräche in Dschidda",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9, A10], [A11, A12, A13, A14]),
    "events": [
        event("ASSAULT", UKR_MIL, RUS_TGT, A1, mode="drone", date="2025-03-11", location="Moscow",
              location_country="RUS"),
        event("ASSAULT", UKR_MIL, RUS_TGT, A2, mode="drone", date="2025-03-11"),
        event("ASSAULT", UKR_MIL, RUS_CIV, A3, mode="drone", date="2025-03-11", location="Ramenskoye",
              location_country="RUS"),
        event("ACCUSE", SOBYANIN, UKR, A4, mode="disapprove"),
        event("ACCUSE", ZAKHAROVA, UKR, A6, mode="allege"),
        event("CONSULT", YERMAK, RUBIO, A7, mode="third-party", date="2025-03-11", location="Jeddah",
              location_country="SAU"),
        event("AGREE", UKR, USA, A8, date="2025-03-11"),
        event("AGREE", USA, UKR, A9),
        event("COOPERATE", USA, UKR, A10, date="2025-03-11"),
        event("AGREE", ZELENSKY, RUS, A11),
        event("REQUEST", ZELENSKY, RUS, A11, mode="yield"),
    ],
    "quotes": [
        quote("wehrte die Flugabwehr landesweit 337 Drohnen ab, davon 91 über dem Moskauer Gebiet",
              "Ministry of Defence of the Russian Federation", "indirect"),
        quote("massiven Angriff", "Sergei Sobyanin", "direct"),
        quote("mit dem Angriff die Gespräche in Saudi-Arabien gezielt untergraben zu wollen", "Maria Zakharova",
              "indirect"),
        quote("Washington werde im Gegenzug die Militärhilfe wieder aufnehmen",
              "Joint statement of Ukraine and the United States", "indirect"),
        quote("Die Ukraine ist zum Frieden bereit", "Volodymyr Zelensky", "direct"),
        quote("jetzt muss Russland zeigen, ob es dasselbe will", "Volodymyr Zelensky", "direct"),
        quote("könnte die Feuerpause binnen Tagen in Kraft treten, sollte Moskau zustimmen",
              "Government of the United States", "indirect"),
        quote("man warte auf Informationen aus Washington", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Ukraine", "GPE", "UKR", ["Die Ukraine", "der Ukraine", "Kiew"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Moscow", "LOC", "RUS", ["die russische Hauptstadt Moskau", "der Hauptstadt"]),
        entity("Moscow Oblast", "LOC", "RUS", ["Moskauer Gebiet"]),
        entity("Ministry of Defence of the Russian Federation", "ORG", "RUS",
               ["des Verteidigungsministeriums in Moskau"]),
        entity("Ramenskoye", "LOC", "RUS", ["Ramenskoje"]),
        entity("Sergei Sobyanin", "PER", "RUS", ["Bürgermeister Sergej Sobjanin"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien"]),
        entity("Jeddah", "LOC", "SAU", ["Im saudischen Dschidda", "Dschidda"]),
        entity("United States", "GPE", "USA", ["der USA", "die USA", "Washington"]),
        entity("Andriy Yermak", "PER", "UKR", ["Präsidialamtschef Andrij Jermak"]),
        entity("Marco Rubio", "PER", "USA", ["Außenminister Marco Rubio"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
    ],
}

# ---------------------------------------------------------------- hm183-de-02
RUS_MIL = actor("Russia", "RUS", "MIL")
EST = actor("Estonia", "EST", "GOV")
EST_NAVY = actor("Estonian Navy", "EST", "MIL")
JAGUAR = actor("Jaguar", "GAB", "BUS")
TSAHKNA = actor("Margus Tsahkna", "EST", "GOV")
EST_MFA = actor("Ministry of Foreign Affairs of Estonia", "EST", "GOV")
MICHAL = actor("Kristen Michal", "EST", "GOV")
EU = actor("European Union", "EUR", "IGO")
UK = actor("United Kingdom", "GBR", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

B1 = ("Tallinn (dpa) - Ein russischer Kampfjet hat bei einem Zwischenfall um einen Tanker der sogenannten "
      "Schattenflotte den estnischen Luftraum verletzt.")
B2 = ("Die Marine hatte am Dienstag versucht, die unter gabunischer Flagge fahrende »Jaguar« nahe der Insel "
      "Vaindloo zu kontrollieren.")
B3 = "Die Besatzung verweigerte jede Kommunikation und nahm Kurs auf russische Gewässer."
B4 = "Kurz darauf drang eine Su-35 für knapp eine Minute in den Nato-Luftraum ein, wie die Streitkräfte mitteilten."
B5 = "Außenminister Margus Tsahkna nannte den Vorfall »äußerst ernst und inakzeptabel«."
B6 = "Sein Ministerium bestellte den russischen Geschäftsträger ein und übergab eine Protestnote."
B7 = ("Regierungschef Kristen Michal forderte die EU auf, die Sanktionen gegen die Schattenflotte rasch zu "
      "verschärfen.")
B8 = "Großbritannien hatte die »Jaguar« bereits in der vergangenen Woche auf seine Sanktionsliste gesetzt."
B9 = "Moskau warf Tallinn seinerseits »Piraterie« vor."
B10 = ("Die Schifffahrt in der Ostsee werde von Estland bedroht, Russland werde seine Handelsschiffe notfalls mit "
       "allen Mitteln schützen, sagte Kremlsprecher Dmitri Peskow.")
B11 = "Eine Verletzung des Luftraums bestritt das Verteidigungsministerium in Moskau."
B12 = "Die estnische Marine betonte, sie habe das Schiff nicht geentert."

DE02 = {
    "id": "hm183-de-02", "lang": "de", "url": None, "published": "2025-05-14",
    "title": "Russischer Kampfjet verletzt estnischen Luftraum bei Tanker-Kontrolle",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12]),
    "events": [
        event("MOBILIZE", RUS_MIL, EST, B1, mode="weapons", date="2025-05-13", location="Estonia",
              location_country="EST"),
        event("COERCE", EST_NAVY, JAGUAR, B2, mode="seize", date="2025-05-13", location="Vaindloo",
              location_country="EST"),
        event("REJECT", JAGUAR, EST_NAVY, B3, date="2025-05-13"),
        event("MOBILIZE", RUS_MIL, EST, B4, mode="weapons", date="2025-05-13"),
        event("ACCUSE", TSAHKNA, RUS, B5, mode="disapprove"),
        event("ACCUSE", EST_MFA, RUS, B6, mode="disapprove"),
        event("REQUEST", MICHAL, EU, B7, mode="change"),
        event("SANCTION", UK, JAGUAR, B8, mode="discontinue"),
        event("ACCUSE", RUS, EST, B9, mode="allege"),
        event("ACCUSE", PESKOV, EST, B10, mode="allege"),
        event("THREATEN", PESKOV, EST, B10, mode="violence"),
        event("COERCE", EST_NAVY, JAGUAR, B12, mode="seize", negated=True),
    ],
    "quotes": [
        quote("Kurz darauf drang eine Su-35 für knapp eine Minute in den Nato-Luftraum ein", "Estonian Defence Forces",
              "indirect"),
        quote("äußerst ernst und inakzeptabel", "Margus Tsahkna", "direct"),
        quote("Piraterie", "Government of Russia", "direct"),
        quote("Die Schifffahrt in der Ostsee werde von Estland bedroht, Russland werde seine Handelsschiffe notfalls "
              "mit allen Mitteln schützen", "Dmitry Peskov", "indirect"),
        quote("sie habe das Schiff nicht geentert", "Estonian Navy", "indirect"),
    ],
    "entities": [
        entity("Tallinn", "LOC", "EST", ["Tallinn"]),
        entity("Estonia", "GPE", "EST", ["Estland", "Tallinn"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland"]),
        entity("Estonian Navy", "ORG", "EST", ["Die Marine", "Die estnische Marine", "sie"]),
        entity("Jaguar", "ORG", "GAB", ["die unter gabunischer Flagge fahrende »Jaguar«", "die »Jaguar«",
                                        "das Schiff", "Die Besatzung"]),
        entity("Vaindloo", "LOC", "EST", ["der Insel Vaindloo"]),
        entity("Gabon", "GPE", "GAB", ["gabunischer"]),
        entity("Estonian Defence Forces", "ORG", "EST", ["die Streitkräfte"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("Margus Tsahkna", "PER", "EST", ["Außenminister Margus Tsahkna"]),
        entity("Ministry of Foreign Affairs of Estonia", "ORG", "EST", ["Sein Ministerium"]),
        entity("Kristen Michal", "PER", "EST", ["Regierungschef Kristen Michal"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("Baltic Sea", "LOC", None, ["der Ostsee"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Ministry of Defence of the Russian Federation", "ORG", "RUS",
               ["das Verteidigungsministerium in Moskau"]),
    ],
}

# ---------------------------------------------------------------- hm183-de-03
AKEP = actor("Electronic and Postal Communications Authority (AKEP)", "ALB", "GOV")
TIKTOK = actor("TikTok", "MNC", "BUS")
RAMA = actor("Edi Rama", "ALB", "GOV")
ALB_GOV = actor("Government of Albania", "ALB", "GOV")
ATTACKER = actor("Albanian schoolboy (attacker)", "ALB", "CVL")
VICTIM = actor("14-year-old schoolboy", "ALB", "CVL")
PD = actor("Democratic Party of Albania", "ALB", "OPP")
BERISHA = actor("Sali Berisha", "ALB", "OPP")
PD_SUPP = actor("Democratic Party supporters", "ALB", "OPP")
ALB_POLICE = actor("Albanian State Police", "ALB", "COP")
COE = actor("Council of Europe", "IGO", "IGO")

C1 = ("Tirana (AFP) - Die albanische Regulierungsbehörde AKEP hat alle Internetanbieter angewiesen, die "
      "Videoplattform TikTok ab Donnerstag für ein Jahr zu sperren.")
C2 = ("Regierungschef Edi Rama hatte die Sperre im Dezember verfügt, nachdem ein 14-jähriger Schüler in Tirana "
      "von einem Mitschüler erstochen worden war.")
C3 = "Der Tat war ein Streit in sozialen Medien vorausgegangen."
C4 = "TikTok mache Kinder zu »Gangstern«, sagte Rama damals."
C5 = "Das Unternehmen forderte die Regierung auf, die Entscheidung zurückzunehmen."
C6 = ("Es gebe keine Hinweise, dass Täter oder Opfer ein Konto auf der Plattform gehabt hätten, erklärte ein "
      "Sprecher.")
C7 = ("Die oppositionelle Demokratische Partei sprach von einem Angriff auf die Meinungsfreiheit wenige Wochen "
      "vor der Parlamentswahl.")
C8 = "Parteichef Sali Berisha warf Rama vor, Kritiker mundtot machen zu wollen."
C9 = "Mehrere hundert Anhänger der Partei protestierten am Abend vor dem Regierungssitz in Tirana."
C10 = "Die Polizei riegelte das Gebäude ab, nahm aber niemanden fest."
C11 = "Der Europarat mahnte, eine landesweite Sperre müsse verhältnismäßig und gerichtlich überprüfbar sein."
C12 = "Rama lehnte eine Rücknahme ab und drohte, die Sperre notfalls zu verlängern."

DE03 = {
    "id": "hm183-de-03", "lang": "de", "url": None, "published": "2025-03-07",
    "title": "Albanien sperrt TikTok für ein Jahr",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9], [C10, C11, C12]),
    "events": [
        event("COERCE", AKEP, TIKTOK, C1, mode="censor", date="2025-03-06", location="Albania",
              location_country="ALB"),
        event("COERCE", RAMA, TIKTOK, C2, mode="censor"),
        event("ASSAULT", ATTACKER, VICTIM, C2, mode="primitive", location="Tirana", location_country="ALB"),
        event("ACCUSE", RAMA, TIKTOK, C4, mode="allege"),
        event("REQUEST", TIKTOK, ALB_GOV, C5, mode="change"),
        event("ACCUSE", PD, ALB_GOV, C7, mode="disapprove"),
        event("ACCUSE", BERISHA, RAMA, C8, mode="allege"),
        event("PROTEST", PD_SUPP, ALB_GOV, C9, mode="demo", location="Tirana", location_country="ALB"),
        event("COERCE", ALB_POLICE, PD_SUPP, C10, mode="restrict", location="Tirana", location_country="ALB"),
        event("COERCE", ALB_POLICE, PD_SUPP, C10, mode="arrest", negated=True),
        event("REQUEST", COE, ALB_GOV, C11, mode="change"),
        event("REJECT", RAMA, TIKTOK, C12, mode="change"),
        event("THREATEN", RAMA, TIKTOK, C12),
    ],
    "quotes": [
        quote("TikTok mache Kinder zu »Gangstern«", "Edi Rama", "indirect"),
        quote("Gangstern", "Edi Rama", "direct"),
        quote("Es gebe keine Hinweise, dass Täter oder Opfer ein Konto auf der Plattform gehabt hätten",
              "TikTok spokesperson", "indirect"),
        quote("Kritiker mundtot machen zu wollen", "Sali Berisha", "indirect"),
        quote("eine landesweite Sperre müsse verhältnismäßig und gerichtlich überprüfbar sein", "Council of Europe",
              "indirect"),
    ],
    "entities": [
        entity("Tirana", "LOC", "ALB", ["Tirana"]),
        entity("Electronic and Postal Communications Authority (AKEP)", "ORG", "ALB",
               ["Die albanische Regulierungsbehörde AKEP"]),
        entity("TikTok", "ORG", "MNC", ["die Videoplattform TikTok", "TikTok", "Das Unternehmen", "der Plattform"]),
        entity("Edi Rama", "PER", "ALB", ["Regierungschef Edi Rama", "Rama"]),
        entity("Government of Albania", "ORG", "ALB", ["die Regierung", "dem Regierungssitz"]),
        entity("TikTok spokesperson", "PER", "MNC", ["ein Sprecher"]),
        entity("Democratic Party of Albania", "ORG", "ALB", ["Die oppositionelle Demokratische Partei",
                                                             "der Partei"]),
        entity("Sali Berisha", "PER", "ALB", ["Parteichef Sali Berisha"]),
        entity("Albanian State Police", "ORG", "ALB", ["Die Polizei"]),
        entity("Council of Europe", "ORG", "IGO", ["Der Europarat"]),
    ],
}

# ---------------------------------------------------------------- hm183-de-04
MAZON = actor("Carlos Mazón", "ESP", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
AEMET = actor("State Meteorological Agency (AEMET)", "ESP", "GOV")
VAL_PROT = actor("Valencian protesters", "ESP", "CVL")
RELATIVES = actor("relatives of flood victims", "ESP", "CVL")
SPOKESWOMAN = actor("Spokeswoman of a victims' association", "ESP", "NGO")
PSOE = actor("Spanish Socialist Workers' Party (PSOE)", "ESP", "PTY")
VAL_GOV = actor("Valencian regional government", "ESP", "GOV")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")
ABASCAL = actor("Santiago Abascal", "ESP", "PTY")
PP = actor("People's Party (PP)", "ESP", "PTY")
FLOOD_VICTIMS = actor("Valencian flood victims", "ESP", "CVL")

D1 = ("Valencia (dpa) - Gut ein Jahr nach der Flutkatastrophe mit 229 Toten ist der Regionalpräsident von "
      "Valencia, Carlos Mazón, zurückgetreten.")
D2 = ("»Ich habe Fehler gemacht, und ich werde mein Leben lang mit ihnen leben«, sagte der konservative Politiker "
      "am Montag im Regierungspalast.")
D3 = ("Zugleich warf er der Zentralregierung in Madrid vor, die Region am Tag der Flut nicht rechtzeitig gewarnt "
      "zu haben.")
D4 = "Die staatliche Wetterbehörde habe »unzureichende« Informationen geliefert."
D5 = ("Mazón stand seit Monaten unter Druck, weil er am Nachmittag des Unwetters stundenlang bei einem "
      "Mittagessen gewesen war.")
D6 = ("Zehntausende Menschen waren seit der Flut immer wieder in Valencia auf die Straße gegangen, um seinen "
      "Rücktritt zu fordern.")
D7 = "Bei der staatlichen Trauerfeier am vergangenen Mittwoch hatten Angehörige der Opfer ihn als »Mörder« beschimpft."
D8 = ("Der Rücktritt komme ein Jahr zu spät, sagte die Sprecherin eines Opferverbands, die zugleich verlangte, "
      "dass sich Mazón vor Gericht verantworten müsse.")
D9 = "Die Sozialisten von Ministerpräsident Pedro Sánchez forderten umgehende Neuwahlen in der Region."
D10 = "PP-Chef Alberto Núñez Feijóo dankte Mazón dagegen für seinen »Dienst an der Region«."
D11 = ("Für die Wahl eines Nachfolgers ist die PP auf die rechtspopulistische Vox angewiesen, deren Chef "
       "Santiago Abascal Gespräche anbot.")
D12 = ("Die Zentralregierung zahlte bislang mehr als 8,5 Milliarden Euro an Hilfen für die Flutopfer aus, wie "
       "das Finanzministerium mitteilte.")

DE04 = {
    "id": "hm183-de-04", "lang": "de", "url": None, "published": "2025-11-03",
    "title": "Valencias Regionalpräsident Mazón tritt nach Flutkatastrophe zurück",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("RETREAT", MAZON, None, D1, mode="resign", date="2025-11-03", location="Valencia",
              location_country="ESP"),
        event("CONCEDE", MAZON, None, D2, date="2025-11-03"),
        event("ACCUSE", MAZON, ESP_GOV, D3, mode="allege"),
        event("ACCUSE", MAZON, AEMET, D4, mode="allege"),
        event("PROTEST", VAL_PROT, MAZON, D6, mode="demo", location="Valencia", location_country="ESP"),
        event("ACCUSE", RELATIVES, MAZON, D7, mode="disapprove", date="2025-10-29"),
        event("ACCUSE", SPOKESWOMAN, MAZON, D8, mode="disapprove"),
        event("REQUEST", SPOKESWOMAN, MAZON, D8, mode="change"),
        event("REQUEST", PSOE, VAL_GOV, D9, mode="change"),
        event("SUPPORT", FEIJOO, MAZON, D10),
        event("AGREE", ABASCAL, PP, D11),
        event("AID", ESP_GOV, FLOOD_VICTIMS, D12),
    ],
    "quotes": [
        quote("Ich habe Fehler gemacht, und ich werde mein Leben lang mit ihnen leben", "Carlos Mazón", "direct"),
        quote("die Region am Tag der Flut nicht rechtzeitig gewarnt zu haben", "Carlos Mazón", "indirect"),
        quote("Die staatliche Wetterbehörde habe »unzureichende« Informationen geliefert", "Carlos Mazón",
              "indirect"),
        quote("unzureichende", "Carlos Mazón", "direct"),
        quote("Mörder", "relatives of flood victims", "direct"),
        quote("Der Rücktritt komme ein Jahr zu spät", "Spokeswoman of a victims' association", "indirect"),
        quote("dass sich Mazón vor Gericht verantworten müsse", "Spokeswoman of a victims' association",
              "indirect"),
        quote("Dienst an der Region", "Alberto Núñez Feijóo", "direct"),
        quote("Die Zentralregierung zahlte bislang mehr als 8,5 Milliarden Euro an Hilfen für die Flutopfer aus",
              "Ministry of Finance of Spain", "indirect"),
    ],
    "entities": [
        entity("Valencia", "LOC", "ESP", ["Valencia", "der Region"]),
        entity("Carlos Mazón", "PER", "ESP", ["der Regionalpräsident von Valencia, Carlos Mazón", "Mazón",
                                              "der konservative Politiker", "er", "ihn"]),
        entity("Government of Spain", "ORG", "ESP", ["der Zentralregierung in Madrid", "Die Zentralregierung"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("State Meteorological Agency (AEMET)", "ORG", "ESP", ["Die staatliche Wetterbehörde"]),
        entity("Spokeswoman of a victims' association", "PER", "ESP", ["die Sprecherin eines Opferverbands"]),
        entity("Spanish Socialist Workers' Party (PSOE)", "ORG", "ESP", ["Die Sozialisten"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["PP-Chef Alberto Núñez Feijóo"]),
        entity("People's Party (PP)", "ORG", "ESP", ["die PP", "PP"]),
        entity("Vox", "ORG", "ESP", ["die rechtspopulistische Vox"]),
        entity("Santiago Abascal", "PER", "ESP", ["Santiago Abascal"]),
        entity("Ministry of Finance of Spain", "ORG", "ESP", ["das Finanzministerium"]),
    ],
}

# ---------------------------------------------------------------- hm183-en-01
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
USA_MIL = actor("United States", "USA", "MIL")
MEX = actor("Mexico", "MEX", None)
CARTELS = actor("Mexican drug cartels", "MEX", "REB")
USA_EN = actor("United States", "USA", "GOV")
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
MEX_GN = actor("National Guard of Mexico", "MEX", "COP")
SINALOA = actor("Sinaloa Cartel", "MEX", "REB")

E1 = ("MEXICO CITY (Reuters) - Mexican President Claudia Sheinbaum said on Saturday she had rejected a proposal "
      "by U.S. President Donald Trump to send American troops into Mexico to fight drug cartels.")
E2 = ("“We can work together,” Sheinbaum told supporters in the town of Texcoco, “but you in your territory and "
      "we in ours.”")
E3 = "“Sovereignty is not for rent and it is not for sale,” she added."
E4 = ("The two leaders last spoke by phone in April, and the Wall Street Journal reported on Friday that Trump "
      "had pressed Sheinbaum to accept a larger role for the U.S. military.")
E5 = ("Trump told reporters aboard Air Force One that he had made the offer and that Sheinbaum was “so afraid of "
      "the cartels she can’t think straight”.")
E6 = ("The administration designated six Mexican cartels as foreign terrorist organizations in February, a step "
      "that critics in Mexico say could be used to justify unilateral military strikes.")
E6B = ("Fentanyl smuggled across the border is blamed for tens of thousands of overdose deaths in the United "
       "States each year.")
E7 = ("Sheinbaum said Mexico would keep sharing intelligence with U.S. agencies and stressed that no American "
      "troops had been deployed on Mexican soil.")
E8 = ("Mexican soldiers and National Guard officers detained 14 suspected members of the Sinaloa Cartel in "
      "Culiacán on Friday, the security cabinet said.")
E9 = "The cartel has been torn by an internal war since last September."

EN01 = {
    "id": "hm183-en-01", "lang": "en", "url": None, "published": "2025-05-04",
    "title": "Mexico's Sheinbaum says she rejected Trump's offer of U.S. troops",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E6B], [E7, E8, E9]),
    "events": [
        event("REJECT", SHEINBAUM, TRUMP, E1, mode="assist", date="2025-05-03"),
        event("AGREE", SHEINBAUM, TRUMP, E2),
        event("REJECT", SHEINBAUM, TRUMP, E2, mode="assist"),
        event("CONSULT", TRUMP, SHEINBAUM, E4, mode="phone"),
        event("REQUEST", TRUMP, SHEINBAUM, E4, mode="assist"),
        event("AGREE", TRUMP, SHEINBAUM, E5),
        event("ACCUSE", TRUMP, SHEINBAUM, E5, mode="disapprove"),
        event("SANCTION", USA_EN, CARTELS, E6, mode="discontinue"),
        event("AGREE", SHEINBAUM, USA_EN, E7),
        event("MOBILIZE", USA_MIL, MEX, E7, mode="troops", negated=True),
        event("COERCE", MEX_ARMY, SINALOA, E8, mode="arrest", date="2025-05-02", location="Culiacán",
              location_country="MEX"),
        event("COERCE", MEX_GN, SINALOA, E8, mode="arrest", date="2025-05-02", location="Culiacán",
              location_country="MEX"),
    ],
    "quotes": [
        quote("she had rejected a proposal by U.S. President Donald Trump to send American troops into Mexico to "
              "fight drug cartels", "Claudia Sheinbaum", "indirect"),
        quote("We can work together", "Claudia Sheinbaum", "direct"),
        quote("but you in your territory and we in ours", "Claudia Sheinbaum", "direct"),
        quote("Sovereignty is not for rent and it is not for sale", "Claudia Sheinbaum", "direct"),
        quote("Trump had pressed Sheinbaum to accept a larger role for the U.S. military", "The Wall Street Journal",
              "indirect"),
        quote("he had made the offer", "Donald Trump", "indirect"),
        quote("Sheinbaum was “so afraid of the cartels she can’t think straight”", "Donald Trump", "indirect"),
        quote("so afraid of the cartels she can’t think straight", "Donald Trump", "direct"),
        quote("could be used to justify unilateral military strikes", "critics in Mexico", "indirect"),
        quote("Mexico would keep sharing intelligence with U.S. agencies", "Claudia Sheinbaum", "indirect"),
        quote("no American troops had been deployed on Mexican soil", "Claudia Sheinbaum", "indirect"),
        quote("Mexican soldiers and National Guard officers detained 14 suspected members of the Sinaloa Cartel in "
              "Culiacán on Friday", "Security Cabinet of Mexico", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum", "Sheinbaum", "she"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump", "he"]),
        entity("Mexico", "GPE", "MEX", ["Mexico"]),
        entity("Texcoco", "LOC", "MEX", ["the town of Texcoco"]),
        entity("The Wall Street Journal", "ORG", "USA", ["the Wall Street Journal"]),
        entity("United States Armed Forces", "ORG", "USA", ["the U.S. military"]),
        entity("Air Force One", "LOC", "USA", ["Air Force One"]),
        entity("Government of the United States", "ORG", "USA", ["The administration", "U.S. agencies"]),
        entity("Mexican drug cartels", "ORG", "MEX", ["drug cartels", "the cartels", "six Mexican cartels"]),
        entity("Mexican Army", "ORG", "MEX", ["Mexican soldiers"]),
        entity("National Guard of Mexico", "ORG", "MEX", ["National Guard officers"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["the Sinaloa Cartel", "The cartel"]),
        entity("Culiacán", "LOC", "MEX", ["Culiacán"]),
        entity("Security Cabinet of Mexico", "ORG", "MEX", ["the security cabinet"]),
    ],
}

# ---------------------------------------------------------------- hm183-en-02
CAN = actor("Canada", "CAN", "GOV")
IND = actor("India", "IND", "GOV")
CARNEY = actor("Mark Carney", "CAN", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
SIKH_GROUPS = actor("Sikh advocacy groups", "CAN", "NGO")
WSO = actor("World Sikh Organization of Canada", "CAN", "NGO")
SIKH_DEMO = actor("Sikh demonstrators", "CAN", "CVL")
MISRI = actor("Vikram Misri", "IND", "GOV")

F1 = ("KANANASKIS, Alberta (AP) - Canada and India agreed on Tuesday to return high commissioners to each other's "
      "capitals, easing a crisis over the killing of a Sikh separatist in British Columbia.")
F2 = ("Prime Minister Mark Carney and Indian Prime Minister Narendra Modi met on the sidelines of the Group of "
      "Seven summit, their first talks since Carney took office in March.")
F3 = ("The two leaders also agreed to resume trade talks and to restart contacts between their security officials, "
      "Carney's office said.")
F4 = "“This is a foundational step,” Carney told reporters, “but there is a lot of work ahead of us.”"
F5 = "Modi thanked Carney for the invitation and called the talks “excellent”."
F6 = "Relations hit a low in October 2024, when Ottawa and New Delhi expelled each other's top diplomats."
F7 = "India has denied any role in the 2023 killing of Hardeep Singh Nijjar."
F8 = "Sikh advocacy groups had criticized Carney for inviting Modi while the murder investigation is still under way."
F9 = "The World Sikh Organization of Canada called the invitation “a betrayal” of Sikh Canadians."
F10 = "Several hundred demonstrators rallied in Calgary on Monday against Modi's visit."
F11 = ("Carney said he had raised transnational repression with Modi and asked for New Delhi's cooperation with "
       "the RCMP.")
F12 = ("Indian Foreign Secretary Vikram Misri said the new envoys would be named in the coming days and that both "
       "sides would “move step by step”.")

EN02 = {
    "id": "hm183-en-02", "lang": "en", "url": None, "published": "2025-06-18",
    "title": "Canada and India agree to restore high commissioners after Carney-Modi talks",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9, F10], [F11, F12]),
    "events": [
        event("AGREE", CAN, IND, F1, date="2025-06-17", location="Kananaskis", location_country="CAN"),
        event("CONSULT", MODI, CARNEY, F2, mode="visit", date="2025-06-17", location="Kananaskis",
              location_country="CAN"),
        event("AGREE", CARNEY, MODI, F3, date="2025-06-17"),
        event("SUPPORT", CARNEY, IND, F4),
        event("SUPPORT", MODI, CARNEY, F5),
        event("SANCTION", CAN, IND, F6, mode="expel"),
        event("SANCTION", IND, CAN, F6, mode="expel"),
        event("ACCUSE", SIKH_GROUPS, CARNEY, F8, mode="disapprove"),
        event("AGREE", CARNEY, MODI, F8),
        event("ACCUSE", WSO, CARNEY, F9, mode="disapprove"),
        event("PROTEST", SIKH_DEMO, MODI, F10, mode="demo", date="2025-06-16", location="Calgary",
              location_country="CAN"),
        event("REQUEST", CARNEY, IND, F11, mode="assist"),
        event("AGREE", MISRI, CAN, F12),
    ],
    "quotes": [
        quote("The two leaders also agreed to resume trade talks and to restart contacts between their security "
              "officials", "Office of the Prime Minister of Canada", "indirect"),
        quote("This is a foundational step", "Mark Carney", "direct"),
        quote("but there is a lot of work ahead of us", "Mark Carney", "direct"),
        quote("excellent", "Narendra Modi", "direct"),
        quote("a betrayal", "World Sikh Organization of Canada", "direct"),
        quote("he had raised transnational repression with Modi and asked for New Delhi's cooperation with the "
              "RCMP", "Mark Carney", "indirect"),
        quote("the new envoys would be named in the coming days and that both sides would “move step by step”",
              "Vikram Misri", "indirect"),
        quote("move step by step", "Vikram Misri", "direct"),
    ],
    "entities": [
        entity("Kananaskis", "LOC", "CAN", ["KANANASKIS, Alberta"]),
        entity("Canada", "GPE", "CAN", ["Canada", "Ottawa"]),
        entity("India", "GPE", "IND", ["India", "New Delhi"]),
        entity("British Columbia", "LOC", "CAN", ["British Columbia"]),
        entity("Mark Carney", "PER", "CAN", ["Prime Minister Mark Carney", "Carney", "he"]),
        entity("Narendra Modi", "PER", "IND", ["Indian Prime Minister Narendra Modi", "Modi"]),
        entity("Group of Seven", "ORG", "IGO", ["the Group of Seven summit"]),
        entity("Office of the Prime Minister of Canada", "ORG", "CAN", ["Carney's office"]),
        entity("Hardeep Singh Nijjar", "PER", "CAN", ["Hardeep Singh Nijjar", "a Sikh separatist"]),
        entity("Sikh advocacy groups", "ORG", "CAN", ["Sikh advocacy groups"]),
        entity("World Sikh Organization of Canada", "ORG", "CAN", ["The World Sikh Organization of Canada"]),
        entity("Calgary", "LOC", "CAN", ["Calgary"]),
        entity("Royal Canadian Mounted Police", "ORG", "CAN", ["the RCMP"]),
        entity("Vikram Misri", "PER", "IND", ["Indian Foreign Secretary Vikram Misri"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
