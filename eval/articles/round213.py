"""Round 213: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm213-de-01: A Baymak court jails Bashkir activist Fail Alsynov; riot police tear-gas thousands of supporters, arrests and a riot inquiry, Khabirov blames "traitors abroad" and threatens the organisers, Peskov backs Ufa, a rally in Ufa is banned (2024-01-18).
- hm213-de-02: A gunman kills twelve people in Cetinje, Montenegro; police cordon, Spajić announces a gun amnesty, protesters demand the interior minister's and police chief's resignation, Šaranović refuses, Milatović blames the government, Serbia and Croatia offer help (2025-01-02).
- hm213-de-03: Volkswagen and IG Metall agree a restructuring deal without plant closures after warning strikes; Blume thanks the union, Scholz and Weil welcome it, the Left objects (2024-12-21).
- hm213-de-04: A Russian missile strikes Odesa during Greek Prime Minister Mitsotakis's visit to Zelensky; Moscow claims a naval drone hangar, Peskov denies knowing of the visit, Borrell condemns, Athens pledges demining help and ammunition (2024-03-06).
- hm213-en-01: Utah police arrest suspect Tyler Robinson over the killing of Charlie Kirk; Patel links him to the attack, Trump blames the "radical left", Democrats condemn, no National Guard for Utah (2025-09-12).
- hm213-en-02: Birmingham City Council declares a major incident over the Unite bin strike; Graham and Cotton trade demands, London rules out troops, Rayner urges talks, Conservatives attack the council (2025-03-31).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- de-01: Baymak, Bashkortostan
BAYMAK_COURT = actor("Baymak District Court", "RUS", "JUD")
ALSYNOV = actor("Fail Alsynov", "RUS", "OPP")
SUPPORTERS = actor("Supporters of Fail Alsynov", "RUS", "CVL")
BASH_POLICE = actor("Police of Bashkortostan", "RUS", "COP")
INVCOM = actor("Investigative Committee of Russia", "RUS", "JUD")
KHABIROV = actor("Radiy Khabirov", "RUS", "GOV")
EXILES = actor("Bashkir activists abroad", "RUS", "OPP")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
BASH_GOV = actor("Government of Bashkortostan", "RUS", "GOV")
UFA_ADMIN = actor("Ufa City Administration", "RUS", "GOV")

A1 = ("Ein Gericht in der baschkirischen Kleinstadt Baimak hat den Aktivisten Fail Alsynow am Mittwoch zu vier "
      "Jahren Straflager verurteilt.")
A2 = ("Die Richter sahen es als erwiesen an, dass er in einer Rede auf Baschkirisch zum Hass gegen Zuwanderer "
      "aufgestachelt habe.")
A3 = "Alsynow selbst hatte die Vorwürfe stets zurückgewiesen."
A4 = "Vor dem Gerichtsgebäude versammelten sich bei minus 20 Grad mehrere Tausend seiner Anhänger."
A5 = ("Als das Urteil bekannt wurde, setzte die Bereitschaftspolizei Tränengas und Schlagstöcke gegen die "
      "Menge ein.")
A6 = "Einige Demonstranten bewarfen die Beamten mit Schneebällen und Steinen."
A7 = ("Das Innenministerium der Teilrepublik meldete 25 Festnahmen, die Bürgerrechtsorganisation OVD-Info "
      "zählte mindestens 40.")
A8 = "Das Ermittlungskomitee leitete am Donnerstag ein Strafverfahren wegen Massenunruhen ein."
A9 = ("Republikchef Radij Chabirow, auf dessen Anzeige der Prozess gegen Alsynow zurückging, machte "
      "„Verräter im Ausland“ für die Ausschreitungen verantwortlich.")
A10 = ("„Wer jetzt zu Protesten aufruft“, sagte er in einer Videobotschaft, „spielt den Feinden Russlands in "
       "die Hände.“")
A11 = "Die Organisatoren der Unruhen würden zur Verantwortung gezogen, kündigte er an."
A12 = ("Kremlsprecher Dmitri Peskow stellte sich hinter die Behörden in Ufa und nannte deren Vorgehen "
       "angemessen.")
A13 = "Eine für Freitag in Ufa geplante Kundgebung untersagte die Stadtverwaltung."

DE01 = {
    "id": "hm213-de-01", "lang": "de", "url": None, "published": "2024-01-18",
    "title": "Tränengas in Baimak: Proteste nach Urteil gegen baschkirischen Aktivisten",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13]),
    "events": [
        event("SANCTION", BAYMAK_COURT, ALSYNOV, A1, mode="convict", date="2024-01-17",
              location="Baymak", location_country="RUS"),
        event("SANCTION", BAYMAK_COURT, ALSYNOV, A2, mode="convict", date="2024-01-17",
              location="Baymak", location_country="RUS"),
        event("PROTEST", SUPPORTERS, BAYMAK_COURT, A4, mode="demo", date="2024-01-17",
              location="Baymak", location_country="RUS"),
        event("ASSAULT", BASH_POLICE, SUPPORTERS, A5, mode="crowd-control", date="2024-01-17",
              location="Baymak", location_country="RUS"),
        event("PROTEST", SUPPORTERS, BASH_POLICE, A6, mode="riot", date="2024-01-17",
              location="Baymak", location_country="RUS"),
        event("COERCE", BASH_POLICE, SUPPORTERS, A7, mode="arrest", date="2024-01-17",
              location="Baymak", location_country="RUS"),
        event("ACCUSE", INVCOM, SUPPORTERS, A8, mode="investigate", date="2024-01-18"),
        event("ACCUSE", KHABIROV, EXILES, A9, mode="allege"),
        event("ACCUSE", KHABIROV, ALSYNOV, A9, mode="allege"),
        event("ACCUSE", KHABIROV, SUPPORTERS, A10, mode="disapprove"),
        event("THREATEN", KHABIROV, SUPPORTERS, A11, mode="arrest"),
        event("SUPPORT", PESKOV, BASH_GOV, A12),
        event("COERCE", UFA_ADMIN, SUPPORTERS, A13, mode="restrict", location="Ufa", location_country="RUS"),
    ],
    "quotes": [
        quote("dass er in einer Rede auf Baschkirisch zum Hass gegen Zuwanderer aufgestachelt habe",
              "Baymak District Court", "indirect"),
        quote("Verräter im Ausland", "Radiy Khabirov", "direct"),
        quote("Wer jetzt zu Protesten aufruft", "Radiy Khabirov", "direct"),
        quote("spielt den Feinden Russlands in die Hände", "Radiy Khabirov", "direct"),
        quote("Die Organisatoren der Unruhen würden zur Verantwortung gezogen", "Radiy Khabirov", "indirect"),
    ],
    "entities": [
        entity("Baymak District Court", "ORG", "RUS",
               ["Ein Gericht in der baschkirischen Kleinstadt Baimak", "Die Richter"]),
        entity("Baymak", "LOC", "RUS", ["Kleinstadt Baimak"]),
        entity("Fail Alsynov", "PER", "RUS", ["den Aktivisten Fail Alsynow", "Alsynow", "er"]),
        entity("Supporters of Fail Alsynov", "PER", "RUS",
               ["mehrere Tausend seiner Anhänger", "die Menge", "Einige Demonstranten"]),
        entity("Police of Bashkortostan", "ORG", "RUS", ["die Bereitschaftspolizei", "die Beamten"]),
        entity("Ministry of Internal Affairs of Bashkortostan", "ORG", "RUS",
               ["Das Innenministerium der Teilrepublik"]),
        entity("Bashkortostan", "GPE", "RUS", ["der Teilrepublik"]),
        entity("OVD-Info", "ORG", "RUS", ["die Bürgerrechtsorganisation OVD-Info"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Das Ermittlungskomitee"]),
        entity("Radiy Khabirov", "PER", "RUS", ["Republikchef Radij Chabirow", "er"]),
        entity("Bashkir activists abroad", "PER", "RUS", ["Verräter im Ausland"]),
        entity("Russia", "GPE", "RUS", ["Russlands"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Government of Bashkortostan", "ORG", "RUS", ["die Behörden in Ufa"]),
        entity("Ufa", "LOC", "RUS", ["Ufa"]),
        entity("Ufa City Administration", "ORG", "RUS", ["die Stadtverwaltung"]),
    ],
}

# ---------------------------------------------------------------- de-02: Cetinje, Montenegro
MARTINOVIC = actor("Aco Martinović", "MNE", "CVL")
CETINJE_RES = actor("Residents of Cetinje", "MNE", "CVL")
MNE_POLICE = actor("Police of Montenegro", "MNE", "COP")
SPAJIC = actor("Milojko Spajić", "MNE", "GOV")
MNE_CITIZENS = actor("Montenegrin citizens", "MNE", "CVL")
SARANOVIC = actor("Danilo Šaranović", "MNE", "GOV")
RADOVIC = actor("Aleksandar Radović", "MNE", "COP")
MILATOVIC = actor("Jakov Milatović", "MNE", "GOV")
MNE_GOV = actor("Government of Montenegro", "MNE", "GOV")
SERBIA = actor("Serbia", "SRB", "GOV")
CROATIA = actor("Croatia", "HRV", "GOV")
MONTENEGRO = actor("Montenegro", "MNE", "GOV")

C1 = "Im montenegrinischen Cetinje hat ein Mann am Neujahrstag zwölf Menschen erschossen, unter ihnen zwei Kinder."
C2 = ("Der 45-jährige Aco Martinović hatte nach einem Streit in einer Gaststätte das Feuer eröffnet und danach "
      "an mehreren Orten der früheren Königsstadt weitergeschossen.")
C3 = ("Die Polizei riegelte die Innenstadt ab und stellte ihn am Abend in einem Wohnhaus, wo er sich selbst "
      "tödlich verletzte.")
C4 = "Nach Angaben der Polizei gaben die Beamten keinen einzigen Schuss auf ihn ab."
C5 = "Die Regierung rief eine dreitägige Staatstrauer aus."
C6 = ("Ministerpräsident Milojko Spajić kündigte eine Amnestie für alle an, die illegale Waffen binnen eines "
      "Monats bei der Polizei abgeben.")
C7 = "„Wer danach noch eine illegale Waffe besitzt“, sagte Spajić, „wird die volle Härte des Gesetzes spüren.“"
C8 = ("Am Abend zogen in Cetinje Tausende Menschen schweigend vor das Polizeipräsidium und forderten den "
      "Rücktritt von Innenminister Danilo Šaranović und Polizeidirektor Aleksandar Radović.")
C9 = "Šaranović lehnte einen Rücktritt ab: Die Polizei habe schnell und professionell gehandelt."
C10 = ("Präsident Jakov Milatović warf der Regierung dagegen vor, Warnungen vor der Flut illegaler Waffen "
       "jahrelang ignoriert zu haben.")
C11 = "Serbien und Kroatien boten Podgorica Hilfe bei der Versorgung der Verletzten an."
C12 = "Aus Belgrad traf am Donnerstag bereits ein Team von Unfallchirurgen ein."

DE02 = {
    "id": "hm213-de-02", "lang": "de", "url": None, "published": "2025-01-02",
    "title": "Zwölf Tote in Cetinje: Montenegro ringt um Konsequenzen",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12]),
    "events": [
        event("ASSAULT", MARTINOVIC, CETINJE_RES, C1, mode="firearms", date="2025-01-01",
              location="Cetinje", location_country="MNE"),
        event("ASSAULT", MARTINOVIC, CETINJE_RES, C2, mode="firearms", date="2025-01-01",
              location="Cetinje", location_country="MNE"),
        event("COERCE", MNE_POLICE, MARTINOVIC, C3, mode="restrict", date="2025-01-01",
              location="Cetinje", location_country="MNE"),
        event("ASSAULT", MNE_POLICE, MARTINOVIC, C4, mode="firearms", date="2025-01-01",
              location="Cetinje", location_country="MNE", negated=True),
        event("CONCEDE", SPAJIC, MNE_CITIZENS, C6),
        event("THREATEN", SPAJIC, MNE_CITIZENS, C7, mode="arrest"),
        event("PROTEST", CETINJE_RES, SARANOVIC, C8, mode="demo", location="Cetinje", location_country="MNE"),
        event("PROTEST", CETINJE_RES, RADOVIC, C8, mode="demo", location="Cetinje", location_country="MNE"),
        event("REJECT", SARANOVIC, CETINJE_RES, C9, mode="change"),
        event("SUPPORT", SARANOVIC, MNE_POLICE, C9),
        event("ACCUSE", MILATOVIC, MNE_GOV, C10, mode="disapprove"),
        event("AGREE", SERBIA, MONTENEGRO, C11),
        event("AGREE", CROATIA, MONTENEGRO, C11),
        event("AID", SERBIA, MONTENEGRO, C12, date="2025-01-02", location_country="MNE"),
    ],
    "quotes": [
        quote("gaben die Beamten keinen einzigen Schuss auf ihn ab", "Police of Montenegro", "indirect"),
        quote("Wer danach noch eine illegale Waffe besitzt", "Milojko Spajić", "direct"),
        quote("wird die volle Härte des Gesetzes spüren", "Milojko Spajić", "direct"),
        quote("Die Polizei habe schnell und professionell gehandelt", "Danilo Šaranović", "indirect"),
        quote("Warnungen vor der Flut illegaler Waffen jahrelang ignoriert zu haben", "Jakov Milatović",
              "indirect"),
    ],
    "entities": [
        entity("Cetinje", "LOC", "MNE", ["Im montenegrinischen Cetinje", "Cetinje", "der früheren Königsstadt"]),
        entity("Aco Martinović", "PER", "MNE", ["ein Mann", "Der 45-jährige Aco Martinović", "ihn", "er"]),
        entity("Police of Montenegro", "ORG", "MNE", ["Die Polizei", "der Polizei", "die Beamten"]),
        entity("Government of Montenegro", "ORG", "MNE", ["Die Regierung", "der Regierung"]),
        entity("Milojko Spajić", "PER", "MNE", ["Ministerpräsident Milojko Spajić", "Spajić"]),
        entity("Residents of Cetinje", "PER", "MNE", ["Tausende Menschen"]),
        entity("Danilo Šaranović", "PER", "MNE", ["Innenminister Danilo Šaranović", "Šaranović"]),
        entity("Aleksandar Radović", "PER", "MNE", ["Polizeidirektor Aleksandar Radović"]),
        entity("Jakov Milatović", "PER", "MNE", ["Präsident Jakov Milatović"]),
        entity("Serbia", "GPE", "SRB", ["Serbien", "Belgrad"]),
        entity("Croatia", "GPE", "HRV", ["Kroatien"]),
        entity("Montenegro", "GPE", "MNE", ["Podgorica"]),
    ],
}

# ---------------------------------------------------------------- de-03: Volkswagen / IG Metall
VW = actor("Volkswagen", "DEU", "BUS")
IGM = actor("IG Metall", "DEU", "LAB")
BLUME = actor("Oliver Blume", "DEU", "BUS")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
WEIL = actor("Stephan Weil", "DEU", "GOV")
LINKE = actor("The Left", "DEU", "PTY")

V1 = ("Nach mehr als 70 Stunden Verhandlungen haben sich Volkswagen und die IG Metall am Freitagabend in "
      "Hannover auf einen Sanierungsplan für die Kernmarke VW geeinigt.")
V2 = ("Bis 2030 sollen demnach mehr als 35.000 Stellen in Deutschland sozialverträglich abgebaut werden, "
      "betriebsbedingte Kündigungen sind ausgeschlossen.")
V3 = "Der Konzern verzichtet zugleich auf die Schließung ganzer Werke, mit der er im Herbst gedroht hatte."
V4 = "Im Gegenzug verzichtet die Gewerkschaft auf Teile künftiger Lohnerhöhungen."
V5 = ("Dem Durchbruch waren zwei Warnstreiks der IG Metall vorausgegangen, an denen sich zuletzt fast "
      "100.000 Beschäftigte in neun Werken beteiligt hatten.")
V6 = ("Verhandlungsführer Thorsten Gröger sprach von einem „Weihnachtswunder“, das vor wenigen Wochen noch "
      "niemand für möglich gehalten habe.")
V7 = ("Betriebsratschefin Daniela Cavallo sagte, die Belegschaft habe „einen hohen Preis“ für sichere "
      "Arbeitsplätze gezahlt.")
V8 = "Konzernchef Oliver Blume dankte der Arbeitnehmerseite für ihre Kompromissbereitschaft."
V9 = ("Bundeskanzler Olaf Scholz begrüßte die Einigung der Tarifpartner als „gute Nachricht für die "
      "Beschäftigten“.")
V10 = ("Niedersachsens Ministerpräsident Stephan Weil, dessen Land ein Fünftel der Stimmrechte hält, sicherte "
       "dem Unternehmen die Unterstützung der Landesregierung bei der Umsetzung zu.")
V11 = ("Die Linke warf dem Vorstand dagegen vor, die Krise durch eigene Fehler verschuldet zu haben und nun die "
       "Beschäftigten zahlen zu lassen.")
V12 = "Weitere Streiks seien damit vom Tisch, hieß es aus Gewerkschaftskreisen."

DE03 = {
    "id": "hm213-de-03", "lang": "de", "url": None, "published": "2024-12-21",
    "title": "Einigung bei VW: Stellenabbau ohne Werksschließungen",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7, V8], [V9, V10, V11, V12]),
    "events": [
        event("AGREE", VW, IGM, V1, date="2024-12-20", location="Hanover", location_country="DEU"),
        event("CONCEDE", VW, IGM, V3),
        event("THREATEN", VW, IGM, V3),
        event("CONCEDE", IGM, VW, V4),
        event("PROTEST", IGM, VW, V5, mode="strike"),
        event("SUPPORT", BLUME, IGM, V8),
        event("SUPPORT", SCHOLZ, VW, V9),
        event("SUPPORT", SCHOLZ, IGM, V9),
        event("AGREE", WEIL, VW, V10),
        event("ACCUSE", LINKE, VW, V11, mode="disapprove"),
    ],
    "quotes": [
        quote("Weihnachtswunder", "Thorsten Gröger", "direct"),
        quote("das vor wenigen Wochen noch niemand für möglich gehalten habe", "Thorsten Gröger", "indirect"),
        quote("die Belegschaft habe „einen hohen Preis“ für sichere Arbeitsplätze gezahlt", "Daniela Cavallo",
              "indirect"),
        quote("einen hohen Preis", "Daniela Cavallo", "direct"),
        quote("gute Nachricht für die Beschäftigten", "Olaf Scholz", "direct"),
        quote("die Krise durch eigene Fehler verschuldet zu haben und nun die Beschäftigten zahlen zu lassen",
              "The Left", "indirect"),
        quote("Weitere Streiks seien damit vom Tisch", "IG Metall", "indirect"),
    ],
    "entities": [
        entity("Volkswagen", "ORG", "DEU", ["Volkswagen", "Der Konzern", "dem Unternehmen", "dem Vorstand", "VW"]),
        entity("IG Metall", "ORG", "DEU", ["die IG Metall", "der IG Metall", "die Gewerkschaft",
                                           "der Arbeitnehmerseite", "Gewerkschaftskreisen"]),
        entity("Hanover", "LOC", "DEU", ["Hannover"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("Thorsten Gröger", "PER", "DEU", ["Verhandlungsführer Thorsten Gröger"]),
        entity("Daniela Cavallo", "PER", "DEU", ["Betriebsratschefin Daniela Cavallo"]),
        entity("Oliver Blume", "PER", "DEU", ["Konzernchef Oliver Blume"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Stephan Weil", "PER", "DEU", ["Niedersachsens Ministerpräsident Stephan Weil"]),
        entity("Lower Saxony", "GPE", "DEU", ["Niedersachsens", "dessen Land", "der Landesregierung"]),
        entity("The Left", "ORG", "DEU", ["Die Linke"]),
    ],
}

# ---------------------------------------------------------------- de-04: Odesa, Mitsotakis visit
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
UKRAINE = actor("Ukraine", "UKR", "GOV")
UKR_NAVY = actor("Ukrainian Navy", "UKR", "MIL")
RUSSIA = actor("Russia", "RUS", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
WEST = actor("Western partners of Ukraine", None, "GOV")

O1 = ("Während eines Besuchs des griechischen Ministerpräsidenten Kyriakos Mitsotakis bei Präsident Wolodymyr "
      "Selenskyj in Odessa ist am Mittwoch nur wenige Hundert Meter von ihrer Wagenkolonne entfernt eine "
      "russische Rakete eingeschlagen.")
O2 = "Nach Angaben der ukrainischen Marine starben mindestens fünf Menschen, mehrere wurden verletzt."
O3 = "„Wir haben die Sirenen und dann die Explosionen ganz in unserer Nähe gehört“, sagte Mitsotakis."
O4 = ("Selenskyj sagte, der Angriff zeige, mit wem man es zu tun habe: „Russland ist es völlig egal, wer hier "
      "ist.“")
O5 = ("Das russische Verteidigungsministerium erklärte, es habe einen Hangar im Hafen getroffen, in dem "
      "ukrainische Seedrohnen für Angriffe vorbereitet worden seien.")
O6 = "Von der Anwesenheit des griechischen Gastes habe man nichts gewusst, sagte Kremlsprecher Dmitri Peskow."
O7 = "Der EU-Außenbeauftragte Josep Borrell verurteilte den Angriff als „abscheulich“."
O8 = ("Mitsotakis und Selenskyj vereinbarten, bei der Räumung von Seeminen vor der ukrainischen Küste enger "
      "zusammenzuarbeiten.")
O9 = "Griechenland werde außerdem weitere Munition liefern, sagte der Regierungschef."
O10 = "Selenskyj bat die westlichen Partner erneut dringend um zusätzliche Flugabwehrsysteme."
O11 = "Ohne weitere Patriot-Batterien könne Odessa nicht wirksam geschützt werden, warnte er."
O12 = "Russland greift die Hafenstadt seit Monaten immer wieder mit Raketen und Drohnen an."

DE04 = {
    "id": "hm213-de-04", "lang": "de", "url": None, "published": "2024-03-06",
    "title": "Rakete schlägt in Odessa nahe Selenskyj und Mitsotakis ein",
    "text": paragraphs([O1, O2, O3, O4], [O5, O6, O7], [O8, O9, O10, O11, O12]),
    "events": [
        event("CONSULT", MITSOTAKIS, ZELENSKY, O1, mode="visit", date="2024-03-06",
              location="Odesa", location_country="UKR"),
        event("ASSAULT", RUS_MIL, UKRAINE, O1, mode="heavy-weapons", date="2024-03-06",
              location="Odesa", location_country="UKR"),
        event("ACCUSE", ZELENSKY, RUSSIA, O4, mode="disapprove"),
        event("ASSAULT", RUS_MIL, UKR_NAVY, O5, mode="heavy-weapons", date="2024-03-06",
              location="Odesa", location_country="UKR"),
        event("ACCUSE", BORRELL, RUSSIA, O7, mode="disapprove"),
        event("AGREE", MITSOTAKIS, ZELENSKY, O8),
        event("AGREE", MITSOTAKIS, UKRAINE, O9),
        event("REQUEST", ZELENSKY, WEST, O10, mode="assist"),
    ],
    "quotes": [
        quote("starben mindestens fünf Menschen, mehrere wurden verletzt", "Ukrainian Navy", "indirect"),
        quote("Wir haben die Sirenen und dann die Explosionen ganz in unserer Nähe gehört", "Kyriakos Mitsotakis",
              "direct"),
        quote("der Angriff zeige, mit wem man es zu tun habe", "Volodymyr Zelensky", "indirect"),
        quote("Russland ist es völlig egal, wer hier ist", "Volodymyr Zelensky", "direct"),
        quote("es habe einen Hangar im Hafen getroffen, in dem ukrainische Seedrohnen für Angriffe vorbereitet "
              "worden seien", "Ministry of Defence of Russia", "indirect"),
        quote("Von der Anwesenheit des griechischen Gastes habe man nichts gewusst", "Dmitry Peskov", "indirect"),
        quote("abscheulich", "Josep Borrell", "direct"),
        quote("Griechenland werde außerdem weitere Munition liefern", "Kyriakos Mitsotakis", "indirect"),
        quote("Ohne weitere Patriot-Batterien könne Odessa nicht wirksam geschützt werden", "Volodymyr Zelensky",
              "indirect"),
    ],
    "entities": [
        entity("Kyriakos Mitsotakis", "PER", "GRC",
               ["des griechischen Ministerpräsidenten Kyriakos Mitsotakis", "Mitsotakis", "des griechischen Gastes",
                "der Regierungschef"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyj", "er"]),
        entity("Odesa", "LOC", "UKR", ["Odessa", "die Hafenstadt"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["russische Rakete"]),
        entity("Ukrainian Navy", "ORG", "UKR", ["der ukrainischen Marine"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell"]),
        entity("Greece", "GPE", "GRC", ["Griechenland"]),
        entity("Western partners of Ukraine", "ORG", None, ["die westlichen Partner"]),
    ],
}

# ---------------------------------------------------------------- en-01: Charlie Kirk killing, Utah
UTAH_POLICE = actor("Utah police", "USA", "COP")
ROBINSON = actor("Tyler Robinson", "USA", "CVL")
GUNMAN = actor("Unidentified gunman", "USA", "CVL")
KIRK = actor("Charlie Kirk", "USA", "CVL")
PATEL = actor("Kash Patel", "USA", "COP")
TRUMP = actor("Donald Trump", "USA", "GOV")
RADLEFT = actor("Radical left", "USA", "OPP")
DEMS = actor("Democratic Party", "USA", "PTY")
NEWSOM = actor("Gavin Newsom", "USA", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")

K1 = ("Police have arrested a 22-year-old man suspected of killing conservative activist Charlie Kirk, Utah "
      "Governor Spencer Cox said on Friday.")
K2 = "“We got him,” Cox told reporters in Orem, naming the suspect as Tyler Robinson from southern Utah."
K3 = ("Robinson turned himself in late on Thursday after a relative recognised him from photos released by the "
      "FBI, officials said.")
K4 = "He is being held without bail at the Utah County jail."
K5 = ("Kirk, the 31-year-old founder of Turning Point USA, was shot in the neck by a gunman firing from a rooftop "
      "as he spoke to students at Utah Valley University on Wednesday.")
K6 = ("FBI Director Kash Patel said DNA evidence and a rifle found in nearby woods linked Robinson to the "
      "attack.")
K7 = "Prosecutors are expected to file aggravated murder charges next week."
K8 = ("President Donald Trump blamed the “radical left” for the killing and vowed to go after groups that he said "
      "had fuelled political violence.")
K9 = "“This is a dark day for our state,” Cox said, “but it cannot become an excuse for more violence.”"
K10 = "Democratic leaders, including California Governor Gavin Newsom, condemned the shooting."
K11 = "The White House said there were no plans to send National Guard troops to Utah."
K12 = "Turning Point USA said it would hold a memorial for Kirk in Arizona."

EN01 = {
    "id": "hm213-en-01", "lang": "en", "url": None, "published": "2025-09-12",
    "title": "Suspect in custody over killing of Charlie Kirk, Utah governor says",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10, K11, K12]),
    "events": [
        event("COERCE", UTAH_POLICE, ROBINSON, K1, mode="arrest"),
        event("COERCE", UTAH_POLICE, ROBINSON, K4, mode="arrest", location="Utah County",
              location_country="USA"),
        event("ASSAULT", GUNMAN, KIRK, K5, mode="assassinate", date="2025-09-10", location="Orem",
              location_country="USA"),
        event("ACCUSE", PATEL, ROBINSON, K6, mode="allege"),
        event("ACCUSE", TRUMP, RADLEFT, K8, mode="disapprove"),
        event("THREATEN", TRUMP, RADLEFT, K8),
        event("ACCUSE", DEMS, GUNMAN, K10, mode="disapprove"),
        event("ACCUSE", NEWSOM, GUNMAN, K10, mode="disapprove"),
        event("MOBILIZE", WHITE_HOUSE, None, K11, mode="troops", location="Utah", location_country="USA",
              negated=True),
    ],
    "quotes": [
        quote("Police have arrested a 22-year-old man suspected of killing conservative activist Charlie Kirk",
              "Spencer Cox", "indirect"),
        quote("We got him", "Spencer Cox", "direct"),
        quote("Robinson turned himself in late on Thursday after a relative recognised him from photos released "
              "by the FBI", "Utah officials", "indirect"),
        quote("DNA evidence and a rifle found in nearby woods linked Robinson to the attack", "Kash Patel",
              "indirect"),
        quote("radical left", "Donald Trump", "direct"),
        quote("had fuelled political violence", "Donald Trump", "indirect"),
        quote("This is a dark day for our state", "Spencer Cox", "direct"),
        quote("but it cannot become an excuse for more violence", "Spencer Cox", "direct"),
        quote("there were no plans to send National Guard troops to Utah", "White House", "indirect"),
        quote("it would hold a memorial for Kirk in Arizona", "Turning Point USA", "indirect"),
    ],
    "entities": [
        entity("Tyler Robinson", "PER", "USA", ["a 22-year-old man", "the suspect", "Tyler Robinson", "Robinson",
                                              "He"]),
        entity("Charlie Kirk", "PER", "USA", ["conservative activist Charlie Kirk", "Kirk"]),
        entity("Spencer Cox", "PER", "USA", ["Utah Governor Spencer Cox", "Cox"]),
        entity("Utah police", "ORG", "USA", ["Police"]),
        entity("Orem", "LOC", "USA", ["Orem"]),
        entity("Utah", "GPE", "USA", ["Utah", "southern Utah"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["the FBI"]),
        entity("Utah County jail", "LOC", "USA", ["the Utah County jail"]),
        entity("Turning Point USA", "ORG", "USA", ["Turning Point USA"]),
        entity("Unidentified gunman", "PER", "USA", ["a gunman"]),
        entity("Utah Valley University", "ORG", "USA", ["Utah Valley University"]),
        entity("Kash Patel", "PER", "USA", ["FBI Director Kash Patel"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Radical left", "ORG", "USA", ["“radical left”", "groups"]),
        entity("Democratic Party", "ORG", "USA", ["Democratic leaders"]),
        entity("Gavin Newsom", "PER", "USA", ["California Governor Gavin Newsom"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("National Guard", "ORG", "USA", ["National Guard troops"]),
        entity("Arizona", "GPE", "USA", ["Arizona"]),
    ],
}

# ---------------------------------------------------------------- en-02: Birmingham bin strike
BCC = actor("Birmingham City Council", "GBR", "GOV")
UNITE = actor("Unite", "GBR", "LAB")
GRAHAM = actor("Sharon Graham", "GBR", "LAB")
COTTON = actor("John Cotton", "GBR", "GOV")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
RAYNER = actor("Angela Rayner", "GBR", "GOV")
TORIES = actor("Conservative Party", "GBR", "PTY")

B1 = ("Birmingham City Council declared a major incident on Monday as an all-out strike by Unite bin workers "
      "left some 17,000 tonnes of rubbish on the streets of England’s second city.")
B2 = "The council said the step would let it bring in extra crews from neighbouring authorities."
B3 = ("Unite members have been on strike since March 11 over the scrapping of a role that the union says will "
      "cost some workers up to £8,000 a year.")
B4 = ("Pickets have also stopped lorries from leaving depots, the council said, accusing the union of "
      "preventing agency staff from clearing the backlog.")
B5 = ("Unite general secretary Sharon Graham rejected the claim and said the council could settle the dispute "
      "“in an afternoon” by making a fair offer.")
B6 = "She called on the council to reinstate the role and warned that the strike could spread to other depots."
B7 = ("Council leader John Cotton said the authority would not back down, arguing that it could not risk new "
      "equal-pay claims.")
B8 = "“We have made a fair and reasonable offer,” he said, “and it is time for Unite to put it to its members.”"
B9 = ("The government in London said it stood ready to support the council but ruled out sending in "
      "soldiers.")
B10 = "Deputy Prime Minister Angela Rayner urged both sides to return to talks."
B11 = ("The opposition Conservatives accused the Labour-run council of losing control of the city’s "
       "streets.")

EN02 = {
    "id": "hm213-en-02", "lang": "en", "url": None, "published": "2025-03-31",
    "title": "Birmingham declares major incident as bin strike drags on",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11]),
    "events": [
        event("PROTEST", UNITE, BCC, B1, mode="strike", location="Birmingham", location_country="GBR"),
        event("PROTEST", UNITE, BCC, B3, mode="strike", location="Birmingham", location_country="GBR"),
        event("ACCUSE", BCC, UNITE, B4, mode="allege"),
        event("REQUEST", GRAHAM, BCC, B6, mode="change"),
        event("THREATEN", GRAHAM, BCC, B6, mode="restrict"),
        event("REJECT", COTTON, UNITE, B7, mode="change"),
        event("REQUEST", COTTON, UNITE, B8, mode="change"),
        event("AGREE", UK_GOV, BCC, B9),
        event("MOBILIZE", UK_GOV, None, B9, mode="troops", location="Birmingham", location_country="GBR",
              negated=True),
        event("REQUEST", RAYNER, UNITE, B10, mode="meet"),
        event("REQUEST", RAYNER, BCC, B10, mode="meet"),
        event("ACCUSE", TORIES, BCC, B11, mode="disapprove"),
    ],
    "quotes": [
        quote("the step would let it bring in extra crews from neighbouring authorities",
              "Birmingham City Council", "indirect"),
        quote("will cost some workers up to £8,000 a year", "Unite", "indirect"),
        quote("Pickets have also stopped lorries from leaving depots", "Birmingham City Council", "indirect"),
        quote("preventing agency staff from clearing the backlog", "Birmingham City Council", "indirect"),
        quote("the council could settle the dispute “in an afternoon” by making a fair offer", "Sharon Graham",
              "indirect"),
        quote("in an afternoon", "Sharon Graham", "direct"),
        quote("the strike could spread to other depots", "Sharon Graham", "indirect"),
        quote("the authority would not back down", "John Cotton", "indirect"),
        quote("it could not risk new equal-pay claims", "John Cotton", "indirect"),
        quote("We have made a fair and reasonable offer", "John Cotton", "direct"),
        quote("and it is time for Unite to put it to its members", "John Cotton", "direct"),
        quote("it stood ready to support the council", "Government of the United Kingdom", "indirect"),
        quote("losing control of the city’s streets", "Conservative Party", "indirect"),
    ],
    "entities": [
        entity("Birmingham City Council", "ORG", "GBR",
               ["Birmingham City Council", "The council", "the council", "the authority",
                "the Labour-run council"]),
        entity("Birmingham", "LOC", "GBR", ["England’s second city"]),
        entity("England", "GPE", "GBR", ["England’s"]),
        entity("Unite", "ORG", "GBR", ["Unite bin workers", "Unite members", "the union", "Unite", "Pickets"]),
        entity("Sharon Graham", "PER", "GBR", ["Unite general secretary Sharon Graham", "She"]),
        entity("John Cotton", "PER", "GBR", ["Council leader John Cotton", "he"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["The government in London"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Angela Rayner", "PER", "GBR", ["Deputy Prime Minister Angela Rayner"]),
        entity("Conservative Party", "ORG", "GBR", ["The opposition Conservatives"]),
        entity("Labour Party", "ORG", "GBR", ["Labour-run"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
