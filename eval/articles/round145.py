"""Round 145: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm145-de-01: Russian border guards remove Estonia's buoys from the Narva river; Tallinn summons the chargé, Borrell objects (2024-05-24).
- hm145-de-02: Austria arrests ex-intelligence officer Egisto Ott over spying for Russia; ÖVP and FPÖ trade blame (2024-04-03).
- hm145-de-03: Thuringia's Landtag elects CDU's Thadäus König president after the constitutional court rules against the AfD's senior president (2024-09-28).
- hm145-de-04: Russian missile strike on the military communications institute in Poltava; Zelensky's demands, ministers resign in Kyiv (2024-09-03).
- hm145-en-01: Dockworkers of the ILA strike at U.S. East and Gulf Coast ports; USMX, Biden and Taft-Hartley (2024-10-01).
- hm145-en-02: A Baku military court sentences ex-Karabakh state minister Ruben Vardanyan to 20 years (2025-07-17).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm145-de-01
RUS_BG = actor("Russian Border Guard Service", "RUS", "COP")
EST = actor("Estonia", "EST", "GOV")
RUS = actor("Russia", "RUS", "GOV")
EST_MFA = actor("Ministry of Foreign Affairs of Estonia", "EST", "GOV")
KALLAS = actor("Kaja Kallas", "EST", "GOV")
EST_PPA = actor("Estonian Police and Border Guard Board", "EST", "COP")
BORRELL = actor("Josep Borrell", "EUR", "IGO")

A1 = "Russische Grenzschützer haben in der Nacht zum Donnerstag mehr als die Hälfte der Bojen entfernt, mit denen Estland die Fahrrinne im Grenzfluss Narva markiert hatte."
A2 = "Nach Angaben der estnischen Polizei- und Grenzschutzbehörde holten die russischen Beamten 24 der insgesamt 50 Markierungen aus dem Wasser und brachten sie ans russische Ufer."
A3 = "Die Bojen sollen verhindern, dass Fischer und Boote im Frühjahr und Sommer versehentlich auf die andere Seite der Grenze geraten."
A4 = "Das Außenministerium in Tallinn bestellte am Freitag den russischen Geschäftsträger ein und verlangte die Rückgabe der Bojen."
A5 = "„Dies ist ein weiterer provokanter Vorfall in einer Reihe von Schritten, mit denen Russland in der Region Angst schüren will“, sagte Ministerpräsidentin Kaja Kallas."
A6 = "Estland werde sich davon nicht einschüchtern lassen, fügte sie hinzu."
A7 = "Nach eigenen Angaben verstärkte die Grenzschutzbehörde die Patrouillen am estnischen Ufer des Flusses."
A8 = "Der EU-Außenbeauftragte Josep Borrell nannte das Vorgehen der russischen Grenzschützer „inakzeptabel“."
A9 = "Die EU erwarte von Moskau eine Erklärung und die sofortige Rückgabe der Bojen, erklärte er."
A10 = "Der russische Grenzschutz warf Estland dagegen vor, einen Teil der Bojen in russischen Hoheitsgewässern ausgelegt zu haben."
A11 = "Russland hatte im vergangenen Jahr die bis dahin übliche gemeinsame Festlegung der Bojenpositionen mit Estland aufgekündigt."

DE01 = {
    "id": "hm145-de-01", "lang": "de", "url": None, "published": "2024-05-24",
    "title": "Russland entfernt estnische Bojen aus Grenzfluss Narva",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11]),
    "events": [
        event("COERCE", RUS_BG, EST, A1, mode="seize", date="2024-05-23", location="Narva River", location_country="EST"),
        event("COERCE", RUS_BG, EST, A2, mode="seize", date="2024-05-23", location="Narva River", location_country="EST"),
        event("ACCUSE", EST_MFA, RUS, A4, mode="disapprove", date="2024-05-24", location="Tallinn", location_country="EST"),
        event("REQUEST", EST_MFA, RUS, A4, mode="yield", date="2024-05-24", location="Tallinn", location_country="EST"),
        event("ACCUSE", KALLAS, RUS, A5, mode="disapprove"),
        event("MOBILIZE", EST_PPA, None, A7, mode="police", location="Narva River", location_country="EST"),
        event("ACCUSE", BORRELL, RUS_BG, A8, mode="disapprove"),
        event("REQUEST", BORRELL, RUS, A9, mode="yield"),
        event("ACCUSE", RUS_BG, EST, A10, mode="allege"),
        event("SANCTION", RUS, EST, A11, mode="discontinue"),
    ],
    "quotes": [
        quote("holten die russischen Beamten 24 der insgesamt 50 Markierungen aus dem Wasser und brachten sie ans russische Ufer", "Estonian Police and Border Guard Board", "indirect"),
        quote("Dies ist ein weiterer provokanter Vorfall in einer Reihe von Schritten, mit denen Russland in der Region Angst schüren will", "Kaja Kallas", "direct"),
        quote("Estland werde sich davon nicht einschüchtern lassen", "Kaja Kallas", "indirect"),
        quote("verstärkte die Grenzschutzbehörde die Patrouillen am estnischen Ufer des Flusses", "Estonian Police and Border Guard Board", "indirect"),
        quote("inakzeptabel", "Josep Borrell", "direct"),
        quote("Die EU erwarte von Moskau eine Erklärung und die sofortige Rückgabe der Bojen", "Josep Borrell", "indirect"),
        quote("einen Teil der Bojen in russischen Hoheitsgewässern ausgelegt zu haben", "Russian Border Guard Service", "indirect"),
    ],
    "entities": [
        entity("Russian Border Guard Service", "ORG", "RUS", ["Russische Grenzschützer", "die russischen Beamten", "der russischen Grenzschützer", "Der russische Grenzschutz"]),
        entity("Estonia", "GPE", "EST", ["Estland"]),
        entity("Narva River", "LOC", "EST", ["Grenzfluss Narva", "des Flusses"]),
        entity("Estonian Police and Border Guard Board", "ORG", "EST", ["der estnischen Polizei- und Grenzschutzbehörde", "die Grenzschutzbehörde"]),
        entity("Russian bank of the Narva", "LOC", "RUS", ["ans russische Ufer"]),
        entity("Estonian bank of the Narva", "LOC", "EST", ["am estnischen Ufer des Flusses"]),
        entity("Ministry of Foreign Affairs of Estonia", "ORG", "EST", ["Das Außenministerium in Tallinn"]),
        entity("Tallinn", "LOC", "EST", ["Tallinn"]),
        entity("Russian chargé d'affaires in Estonia", "PER", "RUS", ["den russischen Geschäftsträger"]),
        entity("Kaja Kallas", "PER", "EST", ["Ministerpräsidentin Kaja Kallas", "sie"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell", "er"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
    ],
}

# ---------------------------------------------------------------- hm145-de-02
VIE_PROS = actor("Vienna Public Prosecutor's Office", "AUT", "JUD")
OTT = actor("Egisto Ott", "AUT", "CVL")
NEHAMMER = actor("Karl Nehammer", "AUT", "GOV")
FPO = actor("Freedom Party of Austria", "AUT", "PTY")
OVP = actor("Austrian People's Party", "AUT", "PTY")
KICKL = actor("Herbert Kickl", "AUT", "PTY")
JENEWEIN = actor("Hans-Jörg Jenewein", "AUT", "PTY")
AUT_GREENS = actor("The Greens (Austria)", "AUT", "PTY")
AUT_MFA = actor("Ministry of Foreign Affairs of Austria", "AUT", "GOV")

B1 = "Nach der Festnahme eines früheren österreichischen Verfassungsschützers wegen mutmaßlicher Spionage für Russland ist in Wien ein heftiger politischer Streit entbrannt."
B2 = "Der frühere Beamte Egisto Ott war am Karfreitag in Kärnten festgenommen worden, wie die Staatsanwaltschaft Wien am Dienstag bestätigte."
B3 = "Die Ermittler werfen ihm vor, über Jahre vertrauliche Daten, darunter Handydaten hochrangiger Beamter des Innenministeriums, an den flüchtigen früheren Wirecard-Manager Jan Marsalek weitergegeben zu haben."
B4 = "Marsalek soll sich in Moskau aufhalten und für russische Geheimdienste arbeiten."
B5 = "Ott bestreitet die Vorwürfe über seinen Anwalt."
B6 = "Bundeskanzler Karl Nehammer sprach von einer „Gefahr für die Demokratie“ und warf der FPÖ vor, dem Verdächtigen während der Amtszeit ihres heutigen Parteichefs Herbert Kickl als Innenminister den Rücken gestärkt zu haben."
B7 = "Er kündigte an, noch vor dem Sommer eine Verschärfung des Spionage-Strafrechts vorzulegen."
B8 = "Die ÖVP forderte Kickl zudem auf, seine Kontakte zu dem früheren FPÖ-Abgeordneten Hans-Jörg Jenewein offenzulegen, gegen den ebenfalls ermittelt wird."
B9 = "FPÖ-Chef Kickl wies jede Verbindung zu Ott zurück und sprach von einem „durchsichtigen Wahlkampfmanöver“ der Kanzlerpartei."
B10 = "Die ÖVP habe das Innenministerium seit Jahrzehnten geführt und trage selbst die Verantwortung für die Zustände im Verfassungsschutz, sagte er."
B11 = "Die mitregierenden Grünen verlangten einen Untersuchungsausschuss zu russischen Einflussnetzwerken in Österreich."
B12 = "Das Außenministerium hatte bereits im Februar einen russischen Diplomaten wegen Spionageverdachts zur unerwünschten Person erklärt."

DE02 = {
    "id": "hm145-de-02", "lang": "de", "url": None, "published": "2024-04-03",
    "title": "Spionageaffäre um Ex-Verfassungsschützer Ott: ÖVP und FPÖ beschuldigen sich gegenseitig",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8], [B9, B10, B11, B12]),
    "events": [
        event("COERCE", VIE_PROS, OTT, B1, mode="arrest"),
        event("COERCE", VIE_PROS, OTT, B2, mode="arrest", date="2024-03-29", location="Carinthia", location_country="AUT"),
        event("ACCUSE", VIE_PROS, OTT, B3, mode="allege"),
        event("ACCUSE", NEHAMMER, FPO, B6, mode="allege"),
        event("REQUEST", OVP, KICKL, B8, mode=None),
        event("ACCUSE", VIE_PROS, JENEWEIN, B8, mode="investigate"),
        event("ACCUSE", KICKL, OVP, B9, mode="disapprove"),
        event("ACCUSE", KICKL, OVP, B10, mode="allege"),
        event("REQUEST", AUT_GREENS, None, B11, mode="change"),
        event("SANCTION", AUT_MFA, RUS, B12, mode="expel"),
    ],
    "quotes": [
        quote("Der frühere Beamte Egisto Ott war am Karfreitag in Kärnten festgenommen worden", "Vienna Public Prosecutor's Office", "indirect"),
        quote("über Jahre vertrauliche Daten, darunter Handydaten hochrangiger Beamter des Innenministeriums, an den flüchtigen früheren Wirecard-Manager Jan Marsalek weitergegeben zu haben", "Vienna Public Prosecutor's Office", "indirect"),
        quote("Gefahr für die Demokratie", "Karl Nehammer", "direct"),
        quote("dem Verdächtigen während der Amtszeit ihres heutigen Parteichefs Herbert Kickl als Innenminister den Rücken gestärkt zu haben", "Karl Nehammer", "indirect"),
        quote("noch vor dem Sommer eine Verschärfung des Spionage-Strafrechts vorzulegen", "Karl Nehammer", "indirect"),
        quote("durchsichtigen Wahlkampfmanöver", "Herbert Kickl", "direct"),
        quote("Die ÖVP habe das Innenministerium seit Jahrzehnten geführt und trage selbst die Verantwortung für die Zustände im Verfassungsschutz", "Herbert Kickl", "indirect"),
    ],
    "entities": [
        entity("Egisto Ott", "PER", "AUT", ["eines früheren österreichischen Verfassungsschützers", "Der frühere Beamte Egisto Ott", "ihm", "Ott", "dem Verdächtigen"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Vienna", "LOC", "AUT", ["Wien"]),
        entity("Carinthia", "LOC", "AUT", ["Kärnten"]),
        entity("Vienna Public Prosecutor's Office", "ORG", "AUT", ["die Staatsanwaltschaft Wien", "Die Ermittler"]),
        entity("Federal Ministry of the Interior (Austria)", "ORG", "AUT", ["des Innenministeriums", "das Innenministerium"]),
        entity("Jan Marsalek", "PER", "AUT", ["den flüchtigen früheren Wirecard-Manager Jan Marsalek", "Marsalek"]),
        entity("Wirecard", "ORG", "DEU", ["Wirecard"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Russian intelligence services", "ORG", "RUS", ["russische Geheimdienste"]),
        entity("Egisto Ott's lawyer", "PER", "AUT", ["seinen Anwalt"]),
        entity("Karl Nehammer", "PER", "AUT", ["Bundeskanzler Karl Nehammer", "Er"]),
        entity("Freedom Party of Austria", "ORG", "AUT", ["der FPÖ"]),
        entity("Herbert Kickl", "PER", "AUT", ["ihres heutigen Parteichefs Herbert Kickl", "Kickl", "FPÖ-Chef Kickl", "er"]),
        entity("Austrian People's Party", "ORG", "AUT", ["Die ÖVP", "der Kanzlerpartei"]),
        entity("Hans-Jörg Jenewein", "PER", "AUT", ["dem früheren FPÖ-Abgeordneten Hans-Jörg Jenewein"]),
        entity("Directorate State Protection and Intelligence (Austria)", "ORG", "AUT", ["Verfassungsschutz"]),
        entity("The Greens (Austria)", "ORG", "AUT", ["Die mitregierenden Grünen"]),
        entity("Austria", "GPE", "AUT", ["Österreich"]),
        entity("Ministry of Foreign Affairs of Austria", "ORG", "AUT", ["Das Außenministerium"]),
        entity("Russian diplomat in Austria", "PER", "RUS", ["einen russischen Diplomaten"]),
    ],
}

# ---------------------------------------------------------------- hm145-de-03
THUR_COURT = actor("Thuringian Constitutional Court", "DEU", "JUD")
TREUTLER = actor("Jürgen Treutler", "DEU", "LEG")
THUR_GROUPS = actor("other parliamentary groups in the Thuringian Landtag", "DEU", "LEG")
CDU_TH = actor("CDU Thuringia", "DEU", "PTY")
BSW_TH = actor("BSW Thuringia", "DEU", "PTY")
SPD_TH = actor("SPD Thuringia", "DEU", "PTY")
AFD_TH = actor("AfD Thuringia", "DEU", "PTY")
VOIGT = actor("Mario Voigt", "DEU", "PTY")
HOCKE = actor("Björn Höcke", "DEU", "PTY")

C1 = "Nach tagelangem Streit hat der Thüringer Landtag am Samstag den CDU-Abgeordneten Thadäus König zu seinem Präsidenten gewählt."
C2 = "Die Kandidatin der AfD, Wiebke Muhsal, war zuvor in zwei Wahlgängen gescheitert."
C3 = "Am Freitagabend hatte der Thüringer Verfassungsgerichtshof in Weimar in einem Eilverfahren entschieden, dass der amtierende Alterspräsident Jürgen Treutler von der AfD die Abgeordneten über eine Änderung der Geschäftsordnung abstimmen lassen muss."
C4 = "Treutler hatte die konstituierende Sitzung am Donnerstag über Stunden blockiert, indem er Anträge der anderen Fraktionen nicht zur Abstimmung zuließ."
C5 = "Die Fraktionen von CDU und BSW riefen daraufhin das Gericht an."
C6 = "CDU-Landeschef Mario Voigt warf der AfD vor, das Parlament „in Geiselhaft“ genommen zu haben."
C7 = "„Was wir am Donnerstag erlebt haben, war eine Machtergreifung mit Ansage“, sagte er am Samstag im Plenum."
C8 = "AfD-Landeschef Björn Höcke kritisierte das Urteil dagegen als „politisch motiviert“."
C9 = "Die CDU habe die AfD als stärkste Fraktion um ihr Recht gebracht, den Landtagspräsidenten zu stellen, sagte er."
C10 = "Die AfD war bei der Landtagswahl am 1. September mit 32,8 Prozent erstmals stärkste Kraft in einem deutschen Landesparlament geworden."
C11 = "Die übrigen Fraktionen lehnen jede Zusammenarbeit mit ihr ab."
C12 = "Die CDU führt derzeit Sondierungsgespräche mit dem BSW und der SPD über eine gemeinsame Landesregierung."

DE03 = {
    "id": "hm145-de-03", "lang": "de", "url": None, "published": "2024-09-28",
    "title": "Thüringer Landtag wählt CDU-Politiker König zum Präsidenten",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9], [C10, C11, C12]),
    "events": [
        event("SANCTION", THUR_COURT, TREUTLER, C3, mode="convict", date="2024-09-27", location="Weimar", location_country="DEU"),
        event("REJECT", TREUTLER, THUR_GROUPS, C4, mode="change", date="2024-09-26", location="Erfurt", location_country="DEU"),
        event("ACCUSE", CDU_TH, TREUTLER, C5, mode="allege"),
        event("ACCUSE", BSW_TH, TREUTLER, C5, mode="allege"),
        event("ACCUSE", VOIGT, AFD_TH, C6, mode="allege"),
        event("ACCUSE", VOIGT, AFD_TH, C7, mode="disapprove", date="2024-09-28", location="Erfurt", location_country="DEU"),
        event("ACCUSE", HOCKE, THUR_COURT, C8, mode="disapprove"),
        event("ACCUSE", HOCKE, CDU_TH, C9, mode="disapprove"),
        event("REJECT", THUR_GROUPS, AFD_TH, C11, mode="assist"),
        event("CONSULT", CDU_TH, BSW_TH, C12),
        event("CONSULT", CDU_TH, SPD_TH, C12),
    ],
    "quotes": [
        quote("der amtierende Alterspräsident Jürgen Treutler von der AfD die Abgeordneten über eine Änderung der Geschäftsordnung abstimmen lassen muss", "Thuringian Constitutional Court", "indirect"),
        quote("in Geiselhaft", "Mario Voigt", "direct"),
        quote("das Parlament „in Geiselhaft“ genommen zu haben", "Mario Voigt", "indirect"),
        quote("Was wir am Donnerstag erlebt haben, war eine Machtergreifung mit Ansage", "Mario Voigt", "direct"),
        quote("politisch motiviert", "Björn Höcke", "direct"),
        quote("Die CDU habe die AfD als stärkste Fraktion um ihr Recht gebracht, den Landtagspräsidenten zu stellen", "Björn Höcke", "indirect"),
    ],
    "entities": [
        entity("Landtag of Thuringia", "ORG", "DEU", ["der Thüringer Landtag", "das Parlament", "einem deutschen Landesparlament"]),
        entity("Thadäus König", "PER", "DEU", ["den CDU-Abgeordneten Thadäus König"]),
        entity("AfD Thuringia", "ORG", "DEU", ["der AfD", "Die AfD", "die AfD", "ihr"]),
        entity("Wiebke Muhsal", "PER", "DEU", ["Die Kandidatin der AfD, Wiebke Muhsal"]),
        entity("Thuringian Constitutional Court", "ORG", "DEU", ["der Thüringer Verfassungsgerichtshof in Weimar", "das Gericht"]),
        entity("Weimar", "LOC", "DEU", ["Weimar"]),
        entity("Jürgen Treutler", "PER", "DEU", ["der amtierende Alterspräsident Jürgen Treutler von der AfD", "Treutler", "er"]),
        entity("Members of the Landtag of Thuringia", "ORG", "DEU", ["die Abgeordneten"]),
        entity("other parliamentary groups in the Thuringian Landtag", "ORG", "DEU", ["der anderen Fraktionen", "Die übrigen Fraktionen"]),
        entity("CDU Thuringia", "ORG", "DEU", ["CDU", "Die CDU"]),
        entity("BSW Thuringia", "ORG", "DEU", ["BSW", "dem BSW"]),
        entity("Mario Voigt", "PER", "DEU", ["CDU-Landeschef Mario Voigt", "er"]),
        entity("Björn Höcke", "PER", "DEU", ["AfD-Landeschef Björn Höcke", "er"]),
        entity("SPD Thuringia", "ORG", "DEU", ["der SPD"]),
    ],
}

# ---------------------------------------------------------------- hm145-de-04
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
POLTAVA_INST = actor("Military Institute of Telecommunications and Informatization (Poltava)", "UKR", "MIL")
UKR = actor("Ukraine", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
USA = actor("United States", "USA", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")
UKR_MOD = actor("Ministry of Defence of Ukraine", "UKR", "GOV")
KAMYSHIN = actor("Oleksandr Kamyshin", "UKR", "GOV")
MALIUSKA = actor("Denys Maliuska", "UKR", "GOV")

D1 = "Bei einem russischen Raketenangriff auf eine militärische Ausbildungseinrichtung in der zentralukrainischen Stadt Poltawa sind am Dienstag mindestens 41 Menschen getötet worden."
D2 = "Nach Angaben von Präsident Wolodymyr Selenskyj wurden mehr als 180 weitere Menschen verletzt."
D3 = "Zwei ballistische Raketen hätten das Gelände des Militärinstituts für Nachrichtentechnik getroffen, kurz nachdem Luftalarm ausgelöst worden sei, teilte das Verteidigungsministerium in Kiew mit."
D4 = "Ein Gebäude sei teilweise eingestürzt, mehrere Menschen seien unter den Trümmern verschüttet worden."
D5 = "Selenskyj sprach in einer Videobotschaft von einem „abscheulichen“ Angriff und kündigte an, die Verantwortlichen würden „zur Rechenschaft gezogen“."
D6 = "Erneut forderte er die USA und Großbritannien auf, mehr Flugabwehrsysteme zu liefern und Angriffe mit weitreichenden Waffen auf Ziele in Russland zu erlauben."
D7 = "„Jeder Tag Verzögerung bedeutet leider neue Tote“, sagte der Präsident."
D8 = "Das Verteidigungsministerium leitete eine Untersuchung ein, ob auf dem Gelände alle Sicherheitsvorschriften eingehalten worden waren."
D9 = "In der Region Poltawa wurde eine dreitägige Trauer ausgerufen."
D10 = "Zudem griff Russland die Ukraine in der Nacht mit Dutzenden Kampfdrohnen an."
D11 = "Aus Moskau gab es zunächst keine Stellungnahme."
D12 = "Am selben Tag reichten in Kiew mehrere Minister ihren Rücktritt ein, darunter der für die Rüstungsindustrie zuständige Minister Olexander Kamyschin und Justizminister Denys Maljuska."
D13 = "Parlamentspräsident Ruslan Stefantschuk kündigte an, die Werchowna Rada werde in den kommenden Tagen über die Entlassungen abstimmen."

DE04 = {
    "id": "hm145-de-04", "lang": "de", "url": None, "published": "2024-09-03",
    "title": "Dutzende Tote bei russischem Raketenangriff auf Militärinstitut in Poltawa",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12, D13]),
    "events": [
        event("ASSAULT", RUS_MIL, POLTAVA_INST, D1, mode="heavy-weapons", date="2024-09-03", location="Poltava", location_country="UKR"),
        event("ASSAULT", RUS_MIL, POLTAVA_INST, D3, mode="heavy-weapons", date="2024-09-03", location="Poltava", location_country="UKR"),
        event("ACCUSE", ZELENSKY, RUS, D5, mode="disapprove"),
        event("THREATEN", ZELENSKY, RUS, D5, mode=None),
        event("REQUEST", ZELENSKY, USA, D6, mode="assist"),
        event("REQUEST", ZELENSKY, GBR, D6, mode="assist"),
        event("ACCUSE", UKR_MOD, POLTAVA_INST, D8, mode="investigate"),
        event("ASSAULT", RUS_MIL, UKR, D10, mode="drone", date="2024-09-03", location_country="UKR"),
        event("RETREAT", KAMYSHIN, None, D12, mode="resign", date="2024-09-03", location="Kyiv", location_country="UKR"),
        event("RETREAT", MALIUSKA, None, D12, mode="resign", date="2024-09-03", location="Kyiv", location_country="UKR"),
    ],
    "quotes": [
        quote("wurden mehr als 180 weitere Menschen verletzt", "Volodymyr Zelensky", "indirect"),
        quote("Zwei ballistische Raketen hätten das Gelände des Militärinstituts für Nachrichtentechnik getroffen, kurz nachdem Luftalarm ausgelöst worden sei", "Ministry of Defence of Ukraine", "indirect"),
        quote("Ein Gebäude sei teilweise eingestürzt, mehrere Menschen seien unter den Trümmern verschüttet worden", "Ministry of Defence of Ukraine", "indirect"),
        quote("abscheulichen", "Volodymyr Zelensky", "direct"),
        quote("zur Rechenschaft gezogen", "Volodymyr Zelensky", "direct"),
        quote("die Verantwortlichen würden „zur Rechenschaft gezogen“", "Volodymyr Zelensky", "indirect"),
        quote("Jeder Tag Verzögerung bedeutet leider neue Tote", "Volodymyr Zelensky", "direct"),
        quote("die Werchowna Rada werde in den kommenden Tagen über die Entlassungen abstimmen", "Ruslan Stefanchuk", "indirect"),
    ],
    "entities": [
        entity("Military Institute of Telecommunications and Informatization (Poltava)", "ORG", "UKR", ["eine militärische Ausbildungseinrichtung", "des Militärinstituts für Nachrichtentechnik", "dem Gelände"]),
        entity("Poltava", "LOC", "UKR", ["der zentralukrainischen Stadt Poltawa"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyj", "er", "der Präsident"]),
        entity("Ministry of Defence of Ukraine", "ORG", "UKR", ["das Verteidigungsministerium in Kiew", "Das Verteidigungsministerium"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("those responsible for the Poltava strike", "ORG", "RUS", ["die Verantwortlichen"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Poltava Oblast", "LOC", "UKR", ["der Region Poltawa"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine"]),
        entity("Ukrainian ministers", "ORG", "UKR", ["mehrere Minister"]),
        entity("Oleksandr Kamyshin", "PER", "UKR", ["der für die Rüstungsindustrie zuständige Minister Olexander Kamyschin"]),
        entity("Denys Maliuska", "PER", "UKR", ["Justizminister Denys Maljuska"]),
        entity("Ruslan Stefanchuk", "PER", "UKR", ["Parlamentspräsident Ruslan Stefantschuk"]),
        entity("Verkhovna Rada", "ORG", "UKR", ["die Werchowna Rada"]),
    ],
}

# ---------------------------------------------------------------- hm145-en-01
ILA = actor("International Longshoremen's Association", "USA", "LAB")
USMX = actor("United States Maritime Alliance", "USA", "BUS")
DAGGETT = actor("Harold Daggett", "USA", "LAB")
BIDEN = actor("Joe Biden", "USA", "GOV")
NRF = actor("National Retail Federation", "USA", "BUS")
SU = actor("Julie Su", "USA", "GOV")

E1 = "Tens of thousands of dockworkers walked off the job at ports from Maine to Texas on Tuesday, launching the first strike on the U.S. East and Gulf coasts in nearly 50 years."
E2 = "The International Longshoremen's Association, which represents about 45,000 port workers, said the stoppage began at 12:01 a.m. after its contract with the United States Maritime Alliance expired at midnight."
E3 = "Picket lines formed before dawn outside container terminals in Philadelphia, Baltimore and Houston, where union members carried signs reading \"Automation hurts families.\""
E4 = "ILA President Harold Daggett accused the shipping lines of making \"billions of dollars\" in profits during the pandemic while refusing to share them with workers."
E5 = "\"We are prepared to fight for as long as it takes to get the wages and protections our members deserve,\" Daggett told reporters in New Jersey."
E6 = "The alliance, known as USMX, said in a statement that it had offered a 50% wage increase over six years and called on the union to return to the bargaining table."
E7 = "The union has rejected the offer, saying it falls short and fails to ban the automation of cranes, gates and trucks."
E8 = "President Joe Biden said he would not use the Taft-Hartley Act to force the workers back to the docks, as business groups including the National Retail Federation had urged him to do."
E9 = "\"Collective bargaining is the best way to reach a fair contract,\" Biden told reporters at the White House, adding that the carriers \"should be paying\" their workers more given their record profits."
E10 = "Acting Labor Secretary Julie Su met with both sides over the weekend, but no new talks were scheduled, a person familiar with the matter said."
E11 = "Economists estimate that the shutdown could cost the U.S. economy up to $5 billion a day."

EN01 = {
    "id": "hm145-en-01", "lang": "en", "url": None, "published": "2024-10-01",
    "title": "U.S. dockworkers strike at East and Gulf Coast ports as talks stall",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11]),
    "events": [
        event("PROTEST", ILA, USMX, E1, mode="strike", date="2024-10-01", location_country="USA"),
        event("PROTEST", ILA, USMX, E2, mode="strike", date="2024-10-01", location_country="USA"),
        event("PROTEST", ILA, USMX, E3, mode="strike", date="2024-10-01", location_country="USA"),
        event("ACCUSE", DAGGETT, USMX, E4, mode="allege"),
        event("THREATEN", DAGGETT, USMX, E5, mode="restrict", location="New Jersey", location_country="USA"),
        event("AGREE", USMX, ILA, E6),
        event("REQUEST", USMX, ILA, E6, mode="meet"),
        event("REJECT", ILA, USMX, E7, mode=None),
        event("REJECT", BIDEN, NRF, E8, mode=None),
        event("REQUEST", NRF, BIDEN, E8, mode="change"),
        event("REQUEST", BIDEN, USMX, E9, mode="change", location="Washington", location_country="USA"),
        event("CONSULT", SU, ILA, E10),
        event("CONSULT", SU, USMX, E10),
    ],
    "quotes": [
        quote("the stoppage began at 12:01 a.m. after its contract with the United States Maritime Alliance expired at midnight", "International Longshoremen's Association", "indirect"),
        quote("Automation hurts families", "ILA members", "direct"),
        quote("billions of dollars", "Harold Daggett", "direct"),
        quote("making \"billions of dollars\" in profits during the pandemic while refusing to share them with workers", "Harold Daggett", "indirect"),
        quote("We are prepared to fight for as long as it takes to get the wages and protections our members deserve", "Harold Daggett", "direct"),
        quote("it had offered a 50% wage increase over six years", "United States Maritime Alliance", "indirect"),
        quote("it falls short and fails to ban the automation of cranes, gates and trucks", "International Longshoremen's Association", "indirect"),
        quote("he would not use the Taft-Hartley Act to force the workers back to the docks", "Joe Biden", "indirect"),
        quote("Collective bargaining is the best way to reach a fair contract", "Joe Biden", "direct"),
        quote("should be paying", "Joe Biden", "direct"),
        quote("the carriers \"should be paying\" their workers more given their record profits", "Joe Biden", "indirect"),
        quote("Acting Labor Secretary Julie Su met with both sides over the weekend, but no new talks were scheduled", "a person familiar with the matter", "indirect"),
        quote("the shutdown could cost the U.S. economy up to $5 billion a day", "economists", "indirect"),
    ],
    "entities": [
        entity("ILA dockworkers", "ORG", "USA", ["Tens of thousands of dockworkers", "union members", "the workers"]),
        entity("Maine", "LOC", "USA", ["Maine"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("U.S. East and Gulf coasts", "LOC", "USA", ["the U.S. East and Gulf coasts"]),
        entity("International Longshoremen's Association", "ORG", "USA", ["The International Longshoremen's Association", "The union", "the union", "ILA"]),
        entity("United States Maritime Alliance", "ORG", "USA", ["the United States Maritime Alliance", "The alliance", "USMX"]),
        entity("Philadelphia", "LOC", "USA", ["Philadelphia"]),
        entity("Baltimore", "LOC", "USA", ["Baltimore"]),
        entity("Houston", "LOC", "USA", ["Houston"]),
        entity("Harold Daggett", "PER", "USA", ["ILA President Harold Daggett", "Daggett"]),
        entity("ocean carriers", "ORG", "MNC", ["the shipping lines", "the carriers"]),
        entity("New Jersey", "LOC", "USA", ["New Jersey"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden", "him"]),
        entity("business groups", "ORG", "USA", ["business groups"]),
        entity("National Retail Federation", "ORG", "USA", ["the National Retail Federation"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Julie Su", "PER", "USA", ["Acting Labor Secretary Julie Su"]),
        entity("a person familiar with the matter", "PER", None, ["a person familiar with the matter"]),
        entity("economists", "ORG", None, ["Economists"]),
        entity("United States", "GPE", "USA", ["U.S."]),
    ],
}

# ---------------------------------------------------------------- hm145-en-02
BAKU_COURT = actor("Baku Military Court", "AZE", "JUD")
VARDANYAN = actor("Ruben Vardanyan", "ARM", "REB")
AZE_BORDER = actor("State Border Service of Azerbaijan", "AZE", "COP")
GENSER = actor("Jared Genser", "USA", "CVL")
EU = actor("European Union", "EUR", "IGO")
ARM_MFA = actor("Ministry of Foreign Affairs of Armenia", "ARM", "GOV")
AZE = actor("Azerbaijan", "AZE", "GOV")
ARM = actor("Armenia", "ARM", "GOV")
HARUTYUNYAN = actor("Arayik Harutyunyan", "ARM", "REB")

F1 = "A military court in Azerbaijan on Thursday sentenced Ruben Vardanyan, a Russian-born Armenian billionaire who briefly headed the separatist government of Nagorno-Karabakh, to 20 years in prison."
F2 = "The Baku Military Court found him guilty of financing terrorism, waging war and other charges linked to the decades-long conflict over the region, Azerbaijani state media reported."
F3 = "Vardanyan, 57, was detained by Azerbaijani border guards in September 2023 at the Lachin checkpoint as he tried to cross into Armenia."
F4 = "He has rejected the charges as politically motivated and boycotted much of the trial, which began in January."
F5 = "In a statement released through his family, Vardanyan called the proceedings \"a show trial\" and said he would not ask Azerbaijan's president for a pardon."
F6 = "His international lawyer, Jared Genser, urged the United States and the European Union to press Baku for his release and to impose sanctions on the judges and prosecutors involved."
F7 = "Azerbaijan's Prosecutor General's Office said the sentence was lawful and that Vardanyan had financed \"illegal armed groups\" on Azerbaijani territory."
F8 = "Armenia's Foreign Ministry called on Baku to release all Armenians held in Azerbaijan, saying the issue should be resolved as part of the peace process."
F9 = "The two countries finalised the text of a peace treaty in March but have yet to sign it."
F10 = "Azerbaijan is also trying 15 other former Karabakh officials, including ex-leader Arayik Harutyunyan, on charges that could carry life sentences."
F11 = "Russia, which kept peacekeepers in the region until last year, did not comment on the verdict."

EN02 = {
    "id": "hm145-en-02", "lang": "en", "url": None, "published": "2025-07-17",
    "title": "Azerbaijani court jails ex-Karabakh leader Vardanyan for 20 years",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11]),
    "events": [
        event("SANCTION", BAKU_COURT, VARDANYAN, F1, mode="convict", date="2025-07-17", location="Baku", location_country="AZE"),
        event("COERCE", BAKU_COURT, VARDANYAN, F1, mode="arrest", date="2025-07-17", location="Baku", location_country="AZE"),
        event("SANCTION", BAKU_COURT, VARDANYAN, F2, mode="convict", date="2025-07-17", location="Baku", location_country="AZE"),
        event("COERCE", AZE_BORDER, VARDANYAN, F3, mode="arrest", location="Lachin checkpoint", location_country="AZE"),
        event("PROTEST", VARDANYAN, BAKU_COURT, F4, mode="boycott"),
        event("ACCUSE", VARDANYAN, BAKU_COURT, F5, mode="disapprove"),
        event("REQUEST", GENSER, USA, F6, mode="assist"),
        event("REQUEST", GENSER, EU, F6, mode="assist"),
        event("REQUEST", ARM_MFA, AZE, F8, mode="yield"),
        event("AGREE", ARM, AZE, F9),
        event("ACCUSE", AZE, HARUTYUNYAN, F10, mode="allege"),
    ],
    "quotes": [
        quote("The Baku Military Court found him guilty of financing terrorism, waging war and other charges linked to the decades-long conflict over the region", "Azerbaijani state media", "indirect"),
        quote("a show trial", "Ruben Vardanyan", "direct"),
        quote("he would not ask Azerbaijan's president for a pardon", "Ruben Vardanyan", "indirect"),
        quote("illegal armed groups", "Prosecutor General's Office of Azerbaijan", "direct"),
        quote("the sentence was lawful and that Vardanyan had financed \"illegal armed groups\" on Azerbaijani territory", "Prosecutor General's Office of Azerbaijan", "indirect"),
        quote("the issue should be resolved as part of the peace process", "Ministry of Foreign Affairs of Armenia", "indirect"),
    ],
    "entities": [
        entity("Azerbaijan", "GPE", "AZE", ["Azerbaijan", "Baku"]),
        entity("Baku Military Court", "ORG", "AZE", ["A military court in Azerbaijan", "The Baku Military Court"]),
        entity("Ruben Vardanyan", "PER", "ARM", ["Ruben Vardanyan", "a Russian-born Armenian billionaire who briefly headed the separatist government of Nagorno-Karabakh", "Vardanyan", "him", "He", "his"]),
        entity("separatist government of Nagorno-Karabakh", "ORG", None, ["the separatist government of Nagorno-Karabakh"]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["Nagorno-Karabakh", "the region", "Karabakh"]),
        entity("Azerbaijani state media", "ORG", "AZE", ["Azerbaijani state media"]),
        entity("State Border Service of Azerbaijan", "ORG", "AZE", ["Azerbaijani border guards"]),
        entity("Lachin checkpoint", "LOC", "AZE", ["the Lachin checkpoint"]),
        entity("Armenia", "GPE", "ARM", ["Armenia"]),
        entity("Vardanyan's family", "ORG", "ARM", ["his family"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Azerbaijan's president"]),
        entity("Jared Genser", "PER", "USA", ["His international lawyer, Jared Genser"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("judges and prosecutors in the Vardanyan trial", "ORG", "AZE", ["the judges and prosecutors involved"]),
        entity("Prosecutor General's Office of Azerbaijan", "ORG", "AZE", ["Azerbaijan's Prosecutor General's Office"]),
        entity("illegal armed groups", "ORG", None, ["illegal armed groups"]),
        entity("Ministry of Foreign Affairs of Armenia", "ORG", "ARM", ["Armenia's Foreign Ministry"]),
        entity("Armenians held in Azerbaijan", "ORG", "ARM", ["all Armenians held in Azerbaijan"]),
        entity("former Nagorno-Karabakh officials", "ORG", "ARM", ["15 other former Karabakh officials"]),
        entity("Arayik Harutyunyan", "PER", "ARM", ["ex-leader Arayik Harutyunyan"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Russian peacekeepers in Nagorno-Karabakh", "ORG", "RUS", ["peacekeepers"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
