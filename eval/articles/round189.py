"""Round 189: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm189-de-01: Serbia's construction minister Goran Vesić resigns after the Novi Sad station canopy collapse; protests, arrests, Vučić admits failings, Brussels calls for a transparent inquiry (2024-11-05).
- hm189-de-02: Drones shut Copenhagen airport; Frederiksen points at Russia, Denmark raises military readiness, Sweden sends help, Rutte backs Denmark, the Kremlin denies (2025-09-23).
- hm189-de-03: The United States sanctions Georgian Dream founder Bidzina Ivanishvili; Kobakhidze objects, Zourabichvili welcomes it, protests and arrests in Tbilisi (2024-12-28).
- hm189-de-04: A Syrian asylum seeker kills a 14-year-old in a knife attack in Villach; arrest, terror inquiry, Karner's mass checks, Kickl and Van der Bellen react (2025-02-16).
- hm189-en-01: Trump pardons nearly 1,500 January 6 defendants on his first day back; Tarrio released, Democrats and the Fraternal Order of Police object (2025-01-21).
- hm189-en-02: Trump puts the Washington police under federal control and sends in the National Guard; Bowser, Schwalb and Democrats object, protest at the White House (2025-08-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm189-de-01
VESIC = actor("Goran Vesić", "SRB", "GOV")
SRB_PROTESTERS = actor("Serbian protesters", "SRB", "CVL")
DJURIC = actor("Milan Đurić", "SRB", "GOV")
NS_CITY = actor("Novi Sad city government", "SRB", "GOV")
SRB_POLICE = actor("Serbian police", "SRB", "COP")
NS_PROSECUTORS = actor("Public Prosecutor's Office in Novi Sad", "SRB", "JUD")
SRB_SUSPECTS = actor("former Serbian Railways managers", "SRB", "BUS")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
SRB_OPPOSITION = actor("Serbian opposition", "SRB", "OPP")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
TEPIC = actor("Marinika Tepić", "SRB", "OPP")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
SERBIA = actor("Serbia", "SRB", "GOV")

A1 = "Vier Tage nach dem Einsturz des Bahnhofsvordachs in Novi Sad ist der serbische Bauminister Goran Vesić zurückgetreten."
A2 = "Er übernehme die »objektive Verantwortung«, auch wenn er sich persönlich nichts vorzuwerfen habe, sagte Vesić am Montag in Belgrad."
A3 = "Bei dem Unglück am Freitag waren 14 Menschen ums Leben gekommen, das Bahnhofsgebäude war erst im Juli nach jahrelanger Renovierung wiedereröffnet worden."
A4 = "In Novi Sad zogen am Montagabend Tausende Demonstranten vor das Rathaus und forderten den Rücktritt von Bürgermeister Milan Đurić."
A5 = "Einige warfen Steine und Eier auf das Gebäude, die Polizei setzte Tränengas ein."
A6 = "Die Staatsanwaltschaft in Novi Sad ließ elf Verdächtige festnehmen, darunter frühere Manager der Staatsbahn."
A7 = "Präsident Aleksandar Vučić räumte Versäumnisse der Behörden ein."
A8 = "»Niemand wird geschützt, egal welches Parteibuch er hat«, sagte er im Fernsehen."
A9 = "Die Opposition warf der Regierung vor, bei dem mit chinesischen Firmen umgesetzten Bauprojekt Kontrollen umgangen zu haben."
A10 = "Oppositionspolitikerin Marinika Tepić verlangte die Veröffentlichung sämtlicher Verträge."
A11 = "Die Regierung lehnte das zunächst ab und verwies auf die laufenden Ermittlungen."
A12 = "Einen Zusammenhang des Unglücks mit Korruption wies Vučić zurück."
A13 = "Die EU-Kommission rief Belgrad auf, die Ermittlungen »transparent und unabhängig« zu führen."

DE01 = {
    "id": "hm189-de-01", "lang": "de", "url": None, "published": "2024-11-05",
    "title": "Nach Vordach-Einsturz in Novi Sad: Serbiens Bauminister tritt zurück",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7, A8], [A9, A10, A11, A12, A13]),
    "events": [
        event("RETREAT", VESIC, None, A1, mode="resign"),
        event("PROTEST", SRB_PROTESTERS, DJURIC, A4, mode="demo", location="Novi Sad", location_country="SRB"),
        event("PROTEST", SRB_PROTESTERS, NS_CITY, A5, mode="riot", location="Novi Sad", location_country="SRB"),
        event("ASSAULT", SRB_POLICE, SRB_PROTESTERS, A5, mode="crowd-control", location="Novi Sad",
              location_country="SRB"),
        event("COERCE", NS_PROSECUTORS, SRB_SUSPECTS, A6, mode="arrest"),
        event("CONCEDE", VUCIC, None, A7),
        event("ACCUSE", SRB_OPPOSITION, SRB_GOV, A9, mode="allege"),
        event("REQUEST", TEPIC, SRB_GOV, A10, mode="change"),
        event("REJECT", SRB_GOV, TEPIC, A11, mode="change"),
        event("REQUEST", EU_COMMISSION, SERBIA, A13, mode="change"),
    ],
    "quotes": [
        quote("objektive Verantwortung", "Goran Vesić", "direct"),
        quote("Er übernehme die »objektive Verantwortung«, auch wenn er sich persönlich nichts vorzuwerfen habe",
              "Goran Vesić", "indirect"),
        quote("Niemand wird geschützt, egal welches Parteibuch er hat", "Aleksandar Vučić", "direct"),
        quote("bei dem mit chinesischen Firmen umgesetzten Bauprojekt Kontrollen umgangen zu haben",
              "Serbian opposition", "indirect"),
        quote("transparent und unabhängig", "European Commission", "direct"),
        quote("die Ermittlungen »transparent und unabhängig« zu führen", "European Commission", "indirect"),
    ],
    "entities": [
        entity("Novi Sad", "GPE", "SRB", ["Novi Sad"]),
        entity("Goran Vesić", "PER", "SRB", ["der serbische Bauminister Goran Vesić", "Er", "Vesić"]),
        entity("Belgrade", "GPE", "SRB", ["Belgrad"]),
        entity("Serbian protesters", "ORG", "SRB", ["Tausende Demonstranten", "Einige"]),
        entity("Novi Sad city hall", "LOC", "SRB", ["das Rathaus", "das Gebäude"]),
        entity("Milan Đurić", "PER", "SRB", ["Bürgermeister Milan Đurić"]),
        entity("Serbian police", "ORG", "SRB", ["die Polizei"]),
        entity("Public Prosecutor's Office in Novi Sad", "ORG", "SRB", ["Die Staatsanwaltschaft in Novi Sad"]),
        entity("former Serbian Railways managers", "PER", "SRB", ["elf Verdächtige", "frühere Manager der Staatsbahn"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Präsident Aleksandar Vučić", "er", "Vučić"]),
        entity("Serbian opposition", "ORG", "SRB", ["Die Opposition"]),
        entity("Government of Serbia", "ORG", "SRB", ["der Regierung", "Die Regierung"]),
        entity("Marinika Tepić", "PER", "SRB", ["Oppositionspolitikerin Marinika Tepić"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
    ],
}

# ---------------------------------------------------------------- hm189-de-02
FREDERIKSEN = actor("Mette Frederiksen", "DNK", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
DK_POLICE = actor("Danish police", "DNK", "COP")
DENMARK = actor("Denmark", "DNK", "GOV")
DENMARK_MIL = actor("Denmark", "DNK", "MIL")
SWEDEN = actor("Sweden", "SWE", "GOV")
POULSEN = actor("Troels Lund Poulsen", "DNK", "GOV")
SANDVIK = actor("Tore O. Sandvik", "NOR", "GOV")
JONSON = actor("Pål Jonson", "SWE", "GOV")
RUTTE = actor("Mark Rutte", "IGO", "IGO")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
EUROPE = actor("European governments", None, "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")

B1 = "Nach der Sichtung mehrerer großer Drohnen ist der Flughafen Kopenhagen in der Nacht zum Dienstag fast vier Stunden lang geschlossen worden."
B2 = "Rund hundert Flüge wurden gestrichen oder umgeleitet."
B3 = "Ministerpräsidentin Mette Frederiksen sprach vom »bislang schwersten Angriff« auf die kritische Infrastruktur Dänemarks."
B4 = "Sie könne nicht ausschließen, dass Russland hinter den Flügen stehe, sagte sie."
B5 = "Die Polizei erklärte, ein »fähiger Akteur« habe die Drohnen gesteuert; Festnahmen gab es bislang keine."
B6 = "Die Regierung versetzte die Streitkräfte in erhöhte Bereitschaft, Schweden schickte Spezialisten zur Drohnenabwehr."
B7 = "Dänische und schwedische Stellen tauschen seither Radardaten in Echtzeit aus."
B8 = "Verteidigungsminister Troels Lund Poulsen beriet am Mittag per Video mit dem Norweger Tore O. Sandvik und dem Schweden Pål Jonson."
B9 = "Nato-Generalsekretär Mark Rutte sicherte Frederiksen in einem Telefonat die Solidarität des Bündnisses zu."
B10 = "Der Kreml wies jede Beteiligung zurück."
B11 = "Kremlsprecher Dmitri Peskow sagte, die Vorwürfe seien »unbegründet«, Europa suche ständig nach Vorwänden für eine Eskalation."
B12 = "Der ukrainische Präsident Wolodymyr Selenskyj bot Dänemark an, die Erfahrungen der ukrainischen Drohnenabwehr zu teilen."
B13 = "EU-Kommissionspräsidentin Ursula von der Leyen warf Moskau vor, Europas Abwehr mit solchen »Grauzonen-Angriffen« testen zu wollen."

DE02 = {
    "id": "hm189-de-02", "lang": "de", "url": None, "published": "2025-09-23",
    "title": "Drohnen legen Kopenhagener Flughafen lahm – Frederiksen verdächtigt Moskau",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12, B13]),
    "events": [
        event("ACCUSE", FREDERIKSEN, RUSSIA, B4, mode="allege"),
        event("COERCE", DK_POLICE, None, B5, mode="arrest", negated=True),
        event("MOBILIZE", DENMARK_MIL, None, B6, mode="troops"),
        event("AID", SWEDEN, DENMARK, B6),
        event("COOPERATE", DENMARK, SWEDEN, B7),
        event("CONSULT", POULSEN, SANDVIK, B8, mode="phone"),
        event("CONSULT", POULSEN, JONSON, B8, mode="phone"),
        event("CONSULT", RUTTE, FREDERIKSEN, B9, mode="phone"),
        event("SUPPORT", RUTTE, DENMARK, B9),
        event("ACCUSE", PESKOV, EUROPE, B11, mode="disapprove"),
        event("AGREE", ZELENSKY, DENMARK, B12),
        event("ACCUSE", VDL, RUSSIA, B13, mode="allege"),
    ],
    "quotes": [
        quote("bislang schwersten Angriff", "Mette Frederiksen", "direct"),
        quote("Sie könne nicht ausschließen, dass Russland hinter den Flügen stehe", "Mette Frederiksen", "indirect"),
        quote("fähiger Akteur", "Danish police", "direct"),
        quote("ein »fähiger Akteur« habe die Drohnen gesteuert", "Danish police", "indirect"),
        quote("unbegründet", "Dmitry Peskov", "direct"),
        quote("die Vorwürfe seien »unbegründet«, Europa suche ständig nach Vorwänden für eine Eskalation",
              "Dmitry Peskov", "indirect"),
        quote("die Erfahrungen der ukrainischen Drohnenabwehr zu teilen", "Volodymyr Zelensky", "indirect"),
        quote("Grauzonen-Angriffen", "Ursula von der Leyen", "direct"),
        quote("Europas Abwehr mit solchen »Grauzonen-Angriffen« testen zu wollen", "Ursula von der Leyen", "indirect"),
    ],
    "entities": [
        entity("Copenhagen Airport", "LOC", "DNK", ["der Flughafen Kopenhagen"]),
        entity("Mette Frederiksen", "PER", "DNK", ["Ministerpräsidentin Mette Frederiksen", "Sie", "sie", "Frederiksen"]),
        entity("Denmark", "GPE", "DNK", ["Dänemarks", "Dänemark"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Danish police", "ORG", "DNK", ["Die Polizei"]),
        entity("Government of Denmark", "ORG", "DNK", ["Die Regierung"]),
        entity("Danish Armed Forces", "ORG", "DNK", ["die Streitkräfte"]),
        entity("Sweden", "GPE", "SWE", ["Schweden"]),
        entity("Troels Lund Poulsen", "PER", "DNK", ["Verteidigungsminister Troels Lund Poulsen"]),
        entity("Tore O. Sandvik", "PER", "NOR", ["dem Norweger Tore O. Sandvik"]),
        entity("Pål Jonson", "PER", "SWE", ["dem Schweden Pål Jonson"]),
        entity("NATO", "ORG", "IGO", ["des Bündnisses"]),
        entity("Mark Rutte", "PER", "IGO", ["Nato-Generalsekretär Mark Rutte"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Europe", "LOC", None, ["Europa", "Europas"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
    ],
}

# ---------------------------------------------------------------- hm189-de-03
USA = actor("United States", "USA", "GOV")
IVANISHVILI = actor("Bidzina Ivanishvili", "GEO", "PTY")
US_TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
ZOURABICHVILI = actor("Salome Zourabichvili", "GEO", "GOV")
GEO_PROTESTERS = actor("Georgian protesters", "GEO", "CVL")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
GEO_POLICE = actor("Georgian police", "GEO", "COP")
GEO_OPPOSITION = actor("Georgian opposition", "GEO", "OPP")
EU = actor("European Union", "EUR", "IGO")

C1 = "Die USA haben Sanktionen gegen den Gründer der georgischen Regierungspartei Georgischer Traum, den Milliardär Bidzina Iwanischwili, verhängt."
C2 = "Das Finanzministerium in Washington warf ihm vor, Georgiens euro-atlantische Zukunft zugunsten Russlands zu untergraben."
C3 = "Sein Vermögen in den USA wird eingefroren, Geschäfte mit ihm sind US-Bürgern untersagt."
C4 = "Iwanischwili nannte die Strafmaßnahme eine »Beleidigung« des georgischen Volkes."
C5 = "Ministerpräsident Irakli Kobachidse warf der scheidenden Regierung von Präsident Joe Biden vor, die Beziehungen zu Tiflis kurz vor der Amtsübergabe an Donald Trump »vergiften« zu wollen."
C6 = "Georgien sei zu einem Neuanfang mit der neuen Regierung in Washington bereit, sagte er."
C7 = "Die pro-europäische Präsidentin Salome Surabischwili begrüßte die Sanktionen als »lange überfällig«."
C8 = "In Tiflis gingen am Freitagabend den 30. Tag in Folge Tausende Menschen gegen die Regierung auf die Straße."
C9 = "Die Polizei nahm sechs Demonstranten fest, die eine Zufahrtsstraße zum Parlament blockiert hatten."
C10 = "Oppositionsführer forderten Brüssel auf, dem Beispiel Washingtons zu folgen."
C11 = "Die EU hat bislang keine Sanktionen gegen georgische Regierungsvertreter verhängt."

DE03 = {
    "id": "hm189-de-03", "lang": "de", "url": None, "published": "2024-12-28",
    "title": "USA verhängen Sanktionen gegen Georgiens Parteigründer Iwanischwili",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10, C11]),
    "events": [
        event("SANCTION", USA, IVANISHVILI, C1),
        event("ACCUSE", US_TREASURY, IVANISHVILI, C2, mode="allege"),
        event("ACCUSE", IVANISHVILI, USA, C4, mode="disapprove"),
        event("ACCUSE", KOBAKHIDZE, USA, C5, mode="allege"),
        event("AGREE", KOBAKHIDZE, USA, C6),
        event("SUPPORT", ZOURABICHVILI, USA, C7),
        event("PROTEST", GEO_PROTESTERS, GEO_GOV, C8, mode="demo", location="Tbilisi", location_country="GEO"),
        event("COERCE", GEO_POLICE, GEO_PROTESTERS, C9, mode="arrest", location="Tbilisi", location_country="GEO"),
        event("PROTEST", GEO_PROTESTERS, GEO_GOV, C9, mode="obstruct", location="Tbilisi", location_country="GEO"),
        event("REQUEST", GEO_OPPOSITION, EU, C10, mode="change"),
        event("SANCTION", EU, GEO_GOV, C11, negated=True),
    ],
    "quotes": [
        quote("Georgiens euro-atlantische Zukunft zugunsten Russlands zu untergraben",
              "United States Department of the Treasury", "indirect"),
        quote("Beleidigung", "Bidzina Ivanishvili", "direct"),
        quote("vergiften", "Irakli Kobakhidze", "direct"),
        quote("die Beziehungen zu Tiflis kurz vor der Amtsübergabe an Donald Trump »vergiften« zu wollen",
              "Irakli Kobakhidze", "indirect"),
        quote("Georgien sei zu einem Neuanfang mit der neuen Regierung in Washington bereit", "Irakli Kobakhidze",
              "indirect"),
        quote("lange überfällig", "Salome Zourabichvili", "direct"),
        quote("dem Beispiel Washingtons zu folgen", "Georgian opposition", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["Die USA", "den USA", "Washingtons", "Washington"]),
        entity("Georgian Dream", "ORG", "GEO", ["Georgischer Traum"]),
        entity("Bidzina Ivanishvili", "PER", "GEO", ["den Milliardär Bidzina Iwanischwili", "ihm", "Iwanischwili"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["Das Finanzministerium in Washington"]),
        entity("Georgia", "GPE", "GEO", ["Georgiens", "Georgien"]),
        entity("Russia", "GPE", "RUS", ["Russlands"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Ministerpräsident Irakli Kobachidse", "er"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden"]),
        entity("Tbilisi", "GPE", "GEO", ["Tiflis"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump"]),
        entity("Salome Zourabichvili", "PER", "GEO", ["Die pro-europäische Präsidentin Salome Surabischwili"]),
        entity("Georgian protesters", "ORG", "GEO", ["Tausende Menschen", "sechs Demonstranten"]),
        entity("Government of Georgia", "ORG", "GEO", ["die Regierung", "georgische Regierungsvertreter"]),
        entity("Georgian police", "ORG", "GEO", ["Die Polizei"]),
        entity("Parliament of Georgia", "ORG", "GEO", ["Parlament"]),
        entity("Georgian opposition", "ORG", "GEO", ["Oppositionsführer"]),
        entity("European Union", "ORG", "EUR", ["Brüssel", "Die EU"]),
    ],
}

# ---------------------------------------------------------------- hm189-de-04
ATTACKER = actor("Syrian attacker", "SYR", "CVL")
VILLACH_VICTIMS = actor("passers-by in Villach", "AUT", "CVL")
AT_POLICE = actor("Austrian police", "AUT", "COP")
AT_INVESTIGATORS = actor("Austrian investigators", "AUT", "COP")
KLAGENFURT_PROS = actor("Klagenfurt Public Prosecutor's Office", "AUT", "JUD")
KARNER = actor("Gerhard Karner", "AUT", "GOV")
ASYLUM_SEEKERS = actor("asylum seekers in Austria", None, "CVL")
KICKL = actor("Herbert Kickl", "AUT", "PTY")
AT_GOV = actor("Government of Austria", "AUT", "GOV")
VDB = actor("Alexander Van der Bellen", "AUT", "GOV")
DRIVER = actor("Syrian delivery driver", "SYR", "CVL")
SYR_COMMUNITY = actor("Syrian community in Carinthia", "SYR", "CVL")

D1 = "Bei einem Messerangriff in der Kärntner Stadt Villach hat ein 23 Jahre alter Syrer am Samstag einen 14-jährigen Jungen getötet und fünf weitere Menschen verletzt."
D2 = "Ein 42-jähriger Essenslieferant, ebenfalls aus Syrien, lenkte den Angreifer ab, bis Streifenbeamte eintrafen."
D3 = "Die Polizei nahm den Mann kurz darauf in der Innenstadt fest."
D4 = "Nach Angaben der Ermittler hatte sich der Asylwerber binnen weniger Monate über das Internet radikalisiert und der Terrormiliz IS die Treue geschworen."
D5 = "Die Staatsanwaltschaft Klagenfurt ermittelt wegen Mordes und terroristischer Straftaten."
D6 = "Innenminister Gerhard Karner kündigte anlasslose Massenkontrollen bei Asylwerbern an: »Wir werden jetzt mit aller Härte durchgreifen.«"
D7 = "FPÖ-Chef Herbert Kickl warf der Regierung vor, mit ihrer Asylpolitik »Blut an den Händen« zu haben."
D8 = "Er verlangte einen sofortigen Aufnahmestopp für Asylwerber."
D9 = "Bundespräsident Alexander Van der Bellen rief dazu auf, nicht alle Geflüchteten unter Generalverdacht zu stellen."
D10 = "Er würdigte zugleich den Mut des syrischen Lieferfahrers."
D11 = "Die syrische Gemeinde in Kärnten verurteilte die Tat und sprach den Angehörigen ihr Beileid aus."
D12 = "Ob der Mann Mitwisser hatte, war zunächst unklar."

DE04 = {
    "id": "hm189-de-04", "lang": "de", "url": None, "published": "2025-02-16",
    "title": "Messerangriff in Villach: 14-Jähriger getötet, Syrer festgenommen",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9, D10, D11, D12]),
    "events": [
        event("ASSAULT", ATTACKER, VILLACH_VICTIMS, D1, mode="primitive", date="2025-02-15", location="Villach",
              location_country="AUT"),
        event("COERCE", AT_POLICE, ATTACKER, D3, mode="arrest", location="Villach", location_country="AUT"),
        event("ACCUSE", AT_INVESTIGATORS, ATTACKER, D4, mode="allege"),
        event("ACCUSE", KLAGENFURT_PROS, ATTACKER, D5, mode="investigate"),
        event("THREATEN", KARNER, ASYLUM_SEEKERS, D6),
        event("ACCUSE", KICKL, AT_GOV, D7, mode="allege"),
        event("REQUEST", KICKL, AT_GOV, D8, mode="change"),
        event("REQUEST", VDB, None, D9, mode="change"),
        event("SUPPORT", VDB, DRIVER, D10),
        event("ACCUSE", SYR_COMMUNITY, ATTACKER, D11, mode="disapprove"),
    ],
    "quotes": [
        quote("hatte sich der Asylwerber binnen weniger Monate über das Internet radikalisiert und der Terrormiliz IS "
              "die Treue geschworen", "Austrian investigators", "indirect"),
        quote("Wir werden jetzt mit aller Härte durchgreifen", "Gerhard Karner", "direct"),
        quote("Blut an den Händen", "Herbert Kickl", "direct"),
        quote("mit ihrer Asylpolitik »Blut an den Händen« zu haben", "Herbert Kickl", "indirect"),
        quote("nicht alle Geflüchteten unter Generalverdacht zu stellen", "Alexander Van der Bellen", "indirect"),
    ],
    "entities": [
        entity("Villach", "GPE", "AUT", ["der Kärntner Stadt Villach"]),
        entity("Syrian attacker", "PER", "SYR", ["ein 23 Jahre alter Syrer", "den Angreifer", "den Mann",
                                                  "der Asylwerber", "der Mann"]),
        entity("14-year-old victim", "PER", "AUT", ["einen 14-jährigen Jungen"]),
        entity("Syrian delivery driver", "PER", "SYR", ["Ein 42-jähriger Essenslieferant",
                                                         "des syrischen Lieferfahrers"]),
        entity("Syria", "GPE", "SYR", ["Syrien"]),
        entity("Austrian police", "ORG", "AUT", ["Streifenbeamte", "Die Polizei"]),
        entity("Austrian investigators", "ORG", "AUT", ["der Ermittler"]),
        entity("Islamic State", "ORG", None, ["der Terrormiliz IS"]),
        entity("Klagenfurt Public Prosecutor's Office", "ORG", "AUT", ["Die Staatsanwaltschaft Klagenfurt"]),
        entity("Gerhard Karner", "PER", "AUT", ["Innenminister Gerhard Karner"]),
        entity("Freedom Party of Austria", "ORG", "AUT", ["FPÖ"]),
        entity("Herbert Kickl", "PER", "AUT", ["FPÖ-Chef Herbert Kickl", "Er"]),
        entity("Government of Austria", "ORG", "AUT", ["der Regierung"]),
        entity("Alexander Van der Bellen", "PER", "AUT", ["Bundespräsident Alexander Van der Bellen", "Er"]),
        entity("Syrian community in Carinthia", "ORG", "AUT", ["Die syrische Gemeinde in Kärnten"]),
        entity("Carinthia", "LOC", "AUT", ["Kärnten"]),
    ],
}

# ---------------------------------------------------------------- hm189-en-01
TRUMP = actor("Donald Trump", "USA", "GOV")
J6 = actor("January 6 defendants", "USA", "CVL")
OATH_KEEPERS = actor("Oath Keepers", "USA", "CVL")
PROUD_BOYS = actor("Proud Boys", "USA", "CVL")
BOP = actor("Federal Bureau of Prisons", "USA", "GOV")
TARRIO = actor("Enrique Tarrio", "USA", "CVL")
DOJ_PROSECUTORS = actor("Department of Justice prosecutors", "USA", "JUD")
DEMOCRATS = actor("Democratic Party", "USA", "PTY")
SCHUMER = actor("Chuck Schumer", "USA", "LEG")
FOP = actor("Fraternal Order of Police", "USA", "LAB")
DUNN = actor("Harry Dunn", "USA", "CVL")
GOP_SENATORS = actor("Republican senators", "USA", "LEG")
DOJ = actor("United States Department of Justice", "USA", "GOV")

E1 = "President Donald Trump on Monday pardoned nearly 1,500 people charged over the Jan. 6, 2021, attack on the U.S. Capitol, hours after he was sworn in for a second term."
E2 = "He also commuted the sentences of 14 members of the far-right Oath Keepers and Proud Boys groups, including Oath Keepers founder Stewart Rhodes."
E3 = "Signing the order in the Oval Office, Trump called the defendants “hostages” who had been treated “very unfairly.”"
E4 = "The Federal Bureau of Prisons began releasing inmates overnight, and Proud Boys leader Enrique Tarrio walked out of a Louisiana prison early Tuesday."
E5 = "Tarrio told reporters that the prosecutors who charged him should now face investigation themselves."
E6 = "The Justice Department also moved on Tuesday to dismiss all pending Jan. 6 cases."
E7 = "Democrats condemned the pardons."
E8 = "Senate Democratic leader Chuck Schumer said they were “an outrageous insult” to the police officers who defended the Capitol."
E9 = "The Fraternal Order of Police, which endorsed Trump in the election, said it was “deeply disappointed” that people who assaulted officers would go free."
E10 = "Former Capitol Police officer Harry Dunn urged Republican senators to break their silence."
E11 = "Few Republicans commented on the decision, and the White House gave no details on how the list of names had been drawn up."

EN01 = {
    "id": "hm189-en-01", "lang": "en", "url": None, "published": "2025-01-21",
    "title": "Trump pardons nearly 1,500 Jan. 6 defendants; Proud Boys leader walks free",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9, E10, E11]),
    "events": [
        event("CONCEDE", TRUMP, J6, E1, date="2025-01-20"),
        event("CONCEDE", TRUMP, OATH_KEEPERS, E2),
        event("CONCEDE", TRUMP, PROUD_BOYS, E2),
        event("SUPPORT", TRUMP, J6, E3),
        event("RETREAT", BOP, J6, E4, mode="release"),
        event("RETREAT", BOP, TARRIO, E4, mode="release"),
        event("REQUEST", TARRIO, DOJ_PROSECUTORS, E5, mode="change"),
        event("CONCEDE", DOJ, J6, E6),
        event("ACCUSE", DEMOCRATS, TRUMP, E7, mode="disapprove"),
        event("ACCUSE", SCHUMER, TRUMP, E8, mode="disapprove"),
        event("ACCUSE", FOP, TRUMP, E9, mode="disapprove"),
        event("REQUEST", DUNN, GOP_SENATORS, E10, mode="change"),
    ],
    "quotes": [
        quote("hostages", "Donald Trump", "direct"),
        quote("very unfairly", "Donald Trump", "direct"),
        quote("the prosecutors who charged him should now face investigation themselves", "Enrique Tarrio", "indirect"),
        quote("an outrageous insult", "Chuck Schumer", "direct"),
        quote("they were “an outrageous insult” to the police officers who defended the Capitol", "Chuck Schumer",
              "indirect"),
        quote("deeply disappointed", "Fraternal Order of Police", "direct"),
        quote("it was “deeply disappointed” that people who assaulted officers would go free",
              "Fraternal Order of Police", "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "he", "Trump"]),
        entity("January 6 defendants", "PER", "USA", ["nearly 1,500 people", "the defendants", "inmates"]),
        entity("United States Capitol", "LOC", "USA", ["the U.S. Capitol", "the Capitol"]),
        entity("Oath Keepers", "ORG", "USA", ["Oath Keepers"]),
        entity("Proud Boys", "ORG", "USA", ["Proud Boys"]),
        entity("Stewart Rhodes", "PER", "USA", ["Oath Keepers founder Stewart Rhodes"]),
        entity("Oval Office", "LOC", "USA", ["the Oval Office"]),
        entity("Federal Bureau of Prisons", "ORG", "USA", ["The Federal Bureau of Prisons"]),
        entity("Enrique Tarrio", "PER", "USA", ["Proud Boys leader Enrique Tarrio", "Tarrio", "him"]),
        entity("Louisiana", "GPE", "USA", ["Louisiana"]),
        entity("United States Department of Justice", "ORG", "USA", ["The Justice Department", "the prosecutors"]),
        entity("Democratic Party", "ORG", "USA", ["Democrats"]),
        entity("Chuck Schumer", "PER", "USA", ["Senate Democratic leader Chuck Schumer"]),
        entity("Fraternal Order of Police", "ORG", "USA", ["The Fraternal Order of Police", "it"]),
        entity("Harry Dunn", "PER", "USA", ["Former Capitol Police officer Harry Dunn"]),
        entity("Republican senators", "ORG", "USA", ["Republican senators", "Few Republicans"]),
        entity("White House", "ORG", "USA", ["the White House"]),
    ],
}

# ---------------------------------------------------------------- hm189-en-02
DC_GOV = actor("Government of the District of Columbia", "USA", "GOV")
BOWSER = actor("Muriel Bowser", "USA", "GOV")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
SCHWALB = actor("Brian Schwalb", "USA", "JUD")
CONGRESS_DEMS = actor("Congressional Democrats", "USA", "LEG")
CHICAGO = actor("City of Chicago", "USA", "GOV")
NYC = actor("New York City", "USA", "GOV")
DC_PROTESTERS = actor("protesters in Washington", "USA", "CVL")
DC_GUARD = actor("District of Columbia National Guard", "USA", "MIL")

F1 = "President Donald Trump on Monday placed Washington’s police department under federal control and ordered 800 National Guard troops onto the streets of the U.S. capital."
F2 = "“The city’s leaders have lost control of the streets,” Trump told reporters at the White House, “and I am not going to let that continue.”"
F3 = "Attorney General Pam Bondi will oversee the force of some 3,100 officers."
F4 = "Mayor Muriel Bowser called the move “unsettling” but said her administration would work with federal officials."
F5 = "Violent crime in Washington fell sharply in 2024 and is at its lowest level in three decades, according to police figures."
F6 = "District Attorney General Brian Schwalb said the takeover was unlawful and that his office was weighing its legal options."
F7 = "Democrats in Congress accused Trump of manufacturing a crisis to test how far he could use the military at home."
F8 = "Trump said he could also send troops to Chicago and New York if their mayors did not bring crime down."
F9 = "Several dozen protesters chanting “Free DC” gathered outside the White House on Monday evening."
F10 = "The first Guard units took up positions near the National Mall on Tuesday."

EN02 = {
    "id": "hm189-en-02", "lang": "en", "url": None, "published": "2025-08-12",
    "title": "Trump seizes control of Washington police, deploys National Guard",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9, F10]),
    "events": [
        event("MOBILIZE", TRUMP, None, F1, mode="troops", date="2025-08-11", location="Washington",
              location_country="USA"),
        event("ACCUSE", TRUMP, DC_GOV, F2, mode="disapprove"),
        event("ACCUSE", BOWSER, TRUMP, F4, mode="disapprove"),
        event("AGREE", BOWSER, TRUMP_ADMIN, F4),
        event("ACCUSE", SCHWALB, TRUMP, F6, mode="disapprove"),
        event("ACCUSE", CONGRESS_DEMS, TRUMP, F7, mode="allege"),
        event("THREATEN", TRUMP, CHICAGO, F8),
        event("THREATEN", TRUMP, NYC, F8),
        event("PROTEST", DC_PROTESTERS, TRUMP, F9, mode="demo", location="Washington", location_country="USA"),
        event("MOBILIZE", DC_GUARD, None, F10, mode="troops", location="National Mall", location_country="USA"),
    ],
    "quotes": [
        quote("The city’s leaders have lost control of the streets", "Donald Trump", "direct"),
        quote("and I am not going to let that continue", "Donald Trump", "direct"),
        quote("unsettling", "Muriel Bowser", "direct"),
        quote("her administration would work with federal officials", "Muriel Bowser", "indirect"),
        quote("Violent crime in Washington fell sharply in 2024 and is at its lowest level in three decades",
              "Metropolitan Police Department", "indirect"),
        quote("the takeover was unlawful", "Brian Schwalb", "indirect"),
        quote("his office was weighing its legal options", "Brian Schwalb", "indirect"),
        quote("he could also send troops to Chicago and New York if their mayors did not bring crime down",
              "Donald Trump", "indirect"),
        quote("Free DC", "protesters in Washington", "direct"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "he"]),
        entity("Metropolitan Police Department of the District of Columbia", "ORG", "USA",
               ["Washington’s police department", "the force of some 3,100 officers"]),
        entity("National Guard", "ORG", "USA", ["800 National Guard troops", "The first Guard units"]),
        entity("Washington, D.C.", "GPE", "USA", ["Washington’s", "the U.S. capital", "The city’s", "Washington"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Pam Bondi", "PER", "USA", ["Attorney General Pam Bondi"]),
        entity("Muriel Bowser", "PER", "USA", ["Mayor Muriel Bowser", "her"]),
        entity("Brian Schwalb", "PER", "USA", ["District Attorney General Brian Schwalb", "his"]),
        entity("Congressional Democrats", "ORG", "USA", ["Democrats in Congress"]),
        entity("Chicago", "GPE", "USA", ["Chicago"]),
        entity("New York City", "GPE", "USA", ["New York"]),
        entity("protesters in Washington", "ORG", "USA", ["Several dozen protesters"]),
        entity("National Mall", "LOC", "USA", ["the National Mall"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
