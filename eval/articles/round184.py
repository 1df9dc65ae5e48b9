"""Round 184: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm184-de-01: Knife attack on a kindergarten group in an Aschaffenburg park kills two; Afghan suspect detained and committed, Herrmann, Scholz, Merz and Weidel react (2025-01-23).
- hm184-de-02: Russian glide bombs hit a DIY superstore in Kharkiv; Syniehubov, Zelensky and Terekhov accuse Moscow, Macron and Scholz condemn, Zelensky asks for Patriots (2024-05-26).
- hm184-de-03: An anti-asylum rally in The Hague turns into a riot; police attacked, D66 office damaged, arrests, Schoof, Jetten and Wilders react, demonstration ban (2025-09-21).
- hm184-de-04: Czech election winner Babiš agrees with the SPD and the Motorists to form a government; Pavel's conflict-of-interest demand, Fiala concedes, Orbán invites, protest in Prague (2025-10-08).
- hm184-en-01: Trump federalizes 300 Illinois National Guard troops for Chicago after Border Patrol agents shoot a woman; Pritzker, Johnson and Noem react, Broadview protests (2025-10-05).
- hm184-en-02: Kilmar Abrego Garcia flown back from El Salvador to face smuggling charges in Tennessee; Bondi, his lawyer and Van Hollen react (2025-06-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm184-de-01
SUSPECT = actor("Afghan suspect", "AFG", "CVL")
KITA = actor("kindergarten group", "DEU", "CVL")
BAV_POLICE = actor("Bavarian Police", "DEU", "COP")
JUDGE = actor("Aschaffenburg investigating judge", "DEU", "JUD")
DEU_AUTH = actor("German authorities", "DEU", "GOV")
HERRMANN = actor("Joachim Herrmann", "DEU", "GOV")
BAMF = actor("Federal Office for Migration and Refugees (BAMF)", "DEU", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
MERZ = actor("Friedrich Merz", "DEU", "OPP")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
WEIDEL = actor("Alice Weidel", "DEU", "OPP")
ASCH_PROT = actor("protesters in Aschaffenburg", "DEU", "CVL")
AFD = actor("Alternative for Germany (AfD)", "DEU", "PTY")

G1 = ("Aschaffenburg (dpa) - Bei einem Messerangriff auf eine Kindergartengruppe in einem Park in Aschaffenburg "
      "sind ein zweijähriger Junge und ein 41 Jahre alter Mann getötet worden.")
G2 = "Der Mann habe versucht, die Kinder zu schützen, teilte die Polizei mit."
G3 = "Ein 28-jähriger Afghane wurde kurz nach der Tat am Mittwoch festgenommen."
G4 = "Ein Ermittlungsrichter ordnete am Donnerstag seine Unterbringung in einer psychiatrischen Klinik an."
G5 = ("Der Mann war ausreisepflichtig und wegen Gewaltdelikten polizeibekannt, wie Bayerns Innenminister Joachim "
      "Herrmann mitteilte.")
G6 = "Eine Überstellung nach Bulgarien war nie vollzogen worden."
G7 = "Herrmann warf dem Bundesamt für Migration und Flüchtlinge vor, die Ausländerbehörde zu spät informiert zu haben."
G8 = "Bundeskanzler Olaf Scholz verlangte von den Behörden »mit Hochdruck« Aufklärung, warum der Mann noch im Land war."
G9 = ("Unionskanzlerkandidat Friedrich Merz kündigte an, im Fall seines Wahlsiegs am ersten Amtstag dauerhafte "
      "Grenzkontrollen anzuordnen.")
G10 = "Er warf der Bundesregierung vor, die Kontrolle über die Migration verloren zu haben."
G11 = "AfD-Chefin Alice Weidel forderte, alle ausreisepflichtigen Migranten sofort in Haft zu nehmen."
G12 = "Am Abend demonstrierten in Aschaffenburg rund 1.000 Menschen gegen eine Instrumentalisierung der Tat durch die AfD."
G13 = "Die Polizei zeigte in der Innenstadt verstärkt Präsenz."
G14 = "Nach Angaben der Staatsanwaltschaft gibt es keine Hinweise auf ein extremistisches Motiv."

DE01 = {
    "id": "hm184-de-01", "lang": "de", "url": None, "published": "2025-01-23",
    "title": "Zwei Tote bei Messerangriff in Aschaffenburger Park",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9, G10], [G11, G12, G13, G14]),
    "events": [
        event("ASSAULT", SUSPECT, KITA, G1, mode="primitive", date="2025-01-22", location="Aschaffenburg",
              location_country="DEU"),
        event("COERCE", BAV_POLICE, SUSPECT, G3, mode="arrest", date="2025-01-22", location="Aschaffenburg",
              location_country="DEU"),
        event("COERCE", JUDGE, SUSPECT, G4, mode="arrest", date="2025-01-23"),
        event("COERCE", DEU_AUTH, SUSPECT, G6, mode="deport", negated=True),
        event("ACCUSE", HERRMANN, BAMF, G7, mode="allege"),
        event("REQUEST", SCHOLZ, DEU_AUTH, G8, mode="change"),
        event("ACCUSE", MERZ, DEU_GOV, G10, mode="allege"),
        event("REQUEST", WEIDEL, DEU_GOV, G11, mode="change"),
        event("PROTEST", ASCH_PROT, AFD, G12, mode="demo", location="Aschaffenburg", location_country="DEU"),
        event("MOBILIZE", BAV_POLICE, None, G13, mode="police", location="Aschaffenburg", location_country="DEU"),
    ],
    "quotes": [
        quote("Der Mann habe versucht, die Kinder zu schützen", "Bavarian Police", "indirect"),
        quote("Der Mann war ausreisepflichtig und wegen Gewaltdelikten polizeibekannt", "Joachim Herrmann",
              "indirect"),
        quote("die Ausländerbehörde zu spät informiert zu haben", "Joachim Herrmann", "indirect"),
        quote("mit Hochdruck", "Olaf Scholz", "direct"),
        quote("im Fall seines Wahlsiegs am ersten Amtstag dauerhafte Grenzkontrollen anzuordnen", "Friedrich Merz",
              "indirect"),
        quote("die Kontrolle über die Migration verloren zu haben", "Friedrich Merz", "indirect"),
        quote("alle ausreisepflichtigen Migranten sofort in Haft zu nehmen", "Alice Weidel", "indirect"),
        quote("gibt es keine Hinweise auf ein extremistisches Motiv", "Aschaffenburg public prosecutor's office",
              "indirect"),
    ],
    "entities": [
        entity("Aschaffenburg", "LOC", "DEU", ["Aschaffenburg"]),
        entity("Afghan suspect", "PER", "AFG", ["Ein 28-jähriger Afghane", "seine", "der Mann"]),
        entity("kindergarten group", "ORG", "DEU", ["eine Kindergartengruppe", "die Kinder"]),
        entity("two-year-old boy", "PER", "DEU", ["ein zweijähriger Junge"]),
        entity("41-year-old man", "PER", "DEU", ["ein 41 Jahre alter Mann"]),
        entity("Bavarian Police", "ORG", "DEU", ["die Polizei", "Die Polizei"]),
        entity("Aschaffenburg investigating judge", "PER", "DEU", ["Ein Ermittlungsrichter"]),
        entity("Bulgaria", "GPE", "BGR", ["Bulgarien"]),
        entity("Joachim Herrmann", "PER", "DEU", ["Bayerns Innenminister Joachim Herrmann", "Herrmann"]),
        entity("Federal Office for Migration and Refugees (BAMF)", "ORG", "DEU",
               ["dem Bundesamt für Migration und Flüchtlinge"]),
        entity("Aschaffenburg immigration office", "ORG", "DEU", ["die Ausländerbehörde"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("German authorities", "ORG", "DEU", ["den Behörden"]),
        entity("Friedrich Merz", "PER", "DEU", ["Unionskanzlerkandidat Friedrich Merz", "Er"]),
        entity("Government of Germany", "ORG", "DEU", ["der Bundesregierung"]),
        entity("Alice Weidel", "PER", "DEU", ["AfD-Chefin Alice Weidel"]),
        entity("Alternative for Germany (AfD)", "ORG", "DEU", ["die AfD", "AfD"]),
        entity("Aschaffenburg public prosecutor's office", "ORG", "DEU", ["der Staatsanwaltschaft"]),
    ],
}

# ---------------------------------------------------------------- hm184-de-02
RUS_MIL = actor("Russia", "RUS", "MIL")
RUS = actor("Russia", "RUS", "GOV")
UKR_CIV = actor("Ukrainian civilians", "UKR", "CVL")
UKR = actor("Ukraine", "UKR", "GOV")
UKR_TGT = actor("Ukraine", "UKR", None)
SYNIEHUBOV = actor("Oleh Syniehubov", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
ALLIES = actor("Ukraine's allies", None, "GOV")
TEREKHOV = actor("Ihor Terekhov", "UKR", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
NLD = actor("Netherlands", "NLD", "GOV")

H1 = ("Charkiw (dpa) - Bei einem russischen Luftangriff auf einen Baumarkt in der ostukrainischen Großstadt Charkiw "
      "sind mindestens zwölf Menschen getötet worden.")
H2 = ("Zwei Gleitbomben trafen das Gebäude am Samstagnachmittag, als sich dort etwa 200 Kunden und Angestellte "
      "aufhielten.")
H3 = "Mehr als 40 Menschen wurden verletzt, das Feuer wütete bis in die Nacht."
H4 = "Gouverneur Oleh Synjehubow sprach von einem »Terrorakt«, der sich gezielt gegen Zivilisten gerichtet habe."
H5 = "Präsident Wolodymyr Selenskyj nannte den Angriff einen weiteren Beweis für »Putins Wahnsinn«."
H6 = ("Er forderte die Verbündeten erneut auf, zwei zusätzliche Patriot-Systeme für den Schutz von Charkiw zu "
      "liefern.")
H7 = "»Hätten wir genug Flugabwehr, wären solche Angriffe unmöglich«, sagte er in seiner abendlichen Videobotschaft."
H8 = "Bürgermeister Ihor Terechow warf Moskau vor, die Stadt »systematisch zu terrorisieren«."
H9 = "Frankreichs Präsident Emmanuel Macron und Bundeskanzler Olaf Scholz verurteilten den Angriff."
H10 = "Die Niederlande hatten Kiew erst in dieser Woche weitere Flugabwehrraketen übergeben."
H11 = ("Russische Truppen sind seit Anfang Mai nördlich von Charkiw auf dem Vormarsch und haben dort mehrere "
       "Dörfer eingenommen.")
H12 = "Das Verteidigungsministerium in Moskau äußerte sich zunächst nicht zu dem Angriff."

DE02 = {
    "id": "hm184-de-02", "lang": "de", "url": None, "published": "2024-05-26",
    "title": "Russische Gleitbomben treffen Baumarkt in Charkiw",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12]),
    "events": [
        event("ASSAULT", RUS_MIL, UKR_CIV, H1, mode="aerial", date="2024-05-25", location="Kharkiv",
              location_country="UKR"),
        event("ASSAULT", RUS_MIL, UKR_CIV, H2, mode="aerial", date="2024-05-25", location="Kharkiv",
              location_country="UKR"),
        event("ACCUSE", SYNIEHUBOV, RUS, H4, mode="allege"),
        event("ACCUSE", ZELENSKY, PUTIN, H5, mode="disapprove"),
        event("REQUEST", ZELENSKY, ALLIES, H6, mode="assist"),
        event("ACCUSE", TEREKHOV, RUS, H8, mode="allege"),
        event("ACCUSE", MACRON, RUS, H9, mode="disapprove"),
        event("ACCUSE", SCHOLZ, RUS, H9, mode="disapprove"),
        event("AID", NLD, UKR, H10),
        event("ASSAULT", RUS_MIL, UKR_TGT, H11, location="Kharkiv Oblast", location_country="UKR"),
    ],
    "quotes": [
        quote("Terrorakt", "Oleh Syniehubov", "direct"),
        quote("einem »Terrorakt«, der sich gezielt gegen Zivilisten gerichtet habe", "Oleh Syniehubov", "indirect"),
        quote("Putins Wahnsinn", "Volodymyr Zelensky", "direct"),
        quote("zwei zusätzliche Patriot-Systeme für den Schutz von Charkiw zu liefern", "Volodymyr Zelensky",
              "indirect"),
        quote("Hätten wir genug Flugabwehr, wären solche Angriffe unmöglich", "Volodymyr Zelensky", "direct"),
        quote("systematisch zu terrorisieren", "Ihor Terekhov", "direct"),
        quote("die Stadt »systematisch zu terrorisieren«", "Ihor Terekhov", "indirect"),
    ],
    "entities": [
        entity("Kharkiv", "LOC", "UKR", ["der ostukrainischen Großstadt Charkiw", "Charkiw", "die Stadt"]),
        entity("Epicentr K hypermarket", "LOC", "UKR", ["einen Baumarkt", "das Gebäude"]),
        entity("Oleh Syniehubov", "PER", "UKR", ["Gouverneur Oleh Synjehubow"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Er", "er"]),
        entity("Vladimir Putin", "PER", "RUS", ["Putins"]),
        entity("Ukraine's allies", "ORG", None, ["die Verbündeten"]),
        entity("Ihor Terekhov", "PER", "UKR", ["Bürgermeister Ihor Terechow"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Netherlands", "GPE", "NLD", ["Die Niederlande"]),
        entity("Ukraine", "GPE", "UKR", ["Kiew"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["Russische Truppen"]),
        entity("Ministry of Defence of the Russian Federation", "ORG", "RUS",
               ["Das Verteidigungsministerium in Moskau"]),
    ],
}

# ---------------------------------------------------------------- hm184-de-03
NL_PROT = actor("anti-asylum protesters", "NLD", "CVL")
RIOTERS = actor("rioters", "NLD", "CVL")
NLD_GOV = actor("Government of the Netherlands", "NLD", "GOV")
NL_POLICE = actor("Dutch police", "NLD", "COP")
D66 = actor("Democrats 66 (D66)", "NLD", "PTY")
SCHOOF = actor("Dick Schoof", "NLD", "GOV")
JETTEN = actor("Rob Jetten", "NLD", "PTY")
PVV = actor("Party for Freedom (PVV)", "NLD", "PTY")
WILDERS = actor("Geert Wilders", "NLD", "PTY")
VAN_ZANEN = actor("Jan van Zanen", "NLD", "GOV")

I1 = ("Den Haag (dpa) - Eine Kundgebung gegen die Asylpolitik in Den Haag ist am Samstag in schwere "
      "Ausschreitungen umgeschlagen.")
I2 = "Randalierer bewarfen Polizisten mit Steinen und Flaschen und setzten ein Polizeiauto in Brand."
I3 = "Eine Gruppe zog zum Büro der linksliberalen Partei D66 und schlug dort Scheiben ein."
I4 = "Die Polizei setzte Wasserwerfer und Tränengas ein und nahm mehr als 30 Menschen fest."
I5 = "Regierungschef Dick Schoof verurteilte die Gewalt als »schockierend und inakzeptabel«."
I6 = "Die Täter würden ausfindig gemacht und vor Gericht gestellt, kündigte er an."
I7 = ("»Wir lassen uns nicht einschüchtern«, sagte D66-Chef Rob Jetten, der der PVV von Geert Wilders vorwarf, "
      "mit ihrer Rhetorik den Boden für die Gewalt bereitet zu haben.")
I8 = "Wilders nannte die Randalierer »Idioten«."
I9 = "Eine Mitverantwortung seiner Partei wies er zurück."
I10 = "Bürgermeister Jan van Zanen verbot für Sonntag alle Demonstrationen im Regierungsviertel."
I11 = "Die Polizei zog zudem Verstärkung aus anderen Landesteilen zusammen."
I12 = "Knapp sechs Wochen vor der Parlamentswahl ist Migration das beherrschende Thema im Wahlkampf."

DE03 = {
    "id": "hm184-de-03", "lang": "de", "url": None, "published": "2025-09-21",
    "title": "Anti-Asyl-Kundgebung in Den Haag endet in Ausschreitungen",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8, I9], [I10, I11, I12]),
    "events": [
        event("PROTEST", NL_PROT, NLD_GOV, I1, mode="riot", date="2025-09-20", location="The Hague",
              location_country="NLD"),
        event("ASSAULT", RIOTERS, NL_POLICE, I2, mode="primitive", date="2025-09-20", location="The Hague",
              location_country="NLD"),
        event("PROTEST", RIOTERS, D66, I3, mode="riot", date="2025-09-20", location="The Hague",
              location_country="NLD"),
        event("ASSAULT", NL_POLICE, RIOTERS, I4, mode="crowd-control", date="2025-09-20", location="The Hague",
              location_country="NLD"),
        event("COERCE", NL_POLICE, RIOTERS, I4, mode="arrest", date="2025-09-20", location="The Hague",
              location_country="NLD"),
        event("ACCUSE", SCHOOF, RIOTERS, I5, mode="disapprove"),
        event("THREATEN", SCHOOF, RIOTERS, I6, mode="arrest"),
        event("ACCUSE", JETTEN, PVV, I7, mode="allege"),
        event("ACCUSE", WILDERS, RIOTERS, I8, mode="disapprove"),
        event("COERCE", VAN_ZANEN, NL_PROT, I10, mode="restrict", location="The Hague", location_country="NLD"),
        event("MOBILIZE", NL_POLICE, None, I11, mode="police", location="The Hague", location_country="NLD"),
    ],
    "quotes": [
        quote("schockierend und inakzeptabel", "Dick Schoof", "direct"),
        quote("Die Täter würden ausfindig gemacht und vor Gericht gestellt", "Dick Schoof", "indirect"),
        quote("Wir lassen uns nicht einschüchtern", "Rob Jetten", "direct"),
        quote("mit ihrer Rhetorik den Boden für die Gewalt bereitet zu haben", "Rob Jetten", "indirect"),
        quote("Idioten", "Geert Wilders", "direct"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("anti-asylum protesters", "ORG", "NLD", ["Eine Kundgebung gegen die Asylpolitik"]),
        entity("rioters", "ORG", "NLD", ["Randalierer", "Eine Gruppe", "die Randalierer", "Die Täter"]),
        entity("Dutch police", "ORG", "NLD", ["Polizisten", "Die Polizei"]),
        entity("Democrats 66 (D66)", "ORG", "NLD", ["der linksliberalen Partei D66", "D66"]),
        entity("Dick Schoof", "PER", "NLD", ["Regierungschef Dick Schoof", "er"]),
        entity("Rob Jetten", "PER", "NLD", ["D66-Chef Rob Jetten"]),
        entity("Party for Freedom (PVV)", "ORG", "NLD", ["der PVV", "seiner Partei"]),
        entity("Geert Wilders", "PER", "NLD", ["Geert Wilders", "Wilders"]),
        entity("Jan van Zanen", "PER", "NLD", ["Bürgermeister Jan van Zanen"]),
    ],
}

# ---------------------------------------------------------------- hm184-de-04
BABIS = actor("Andrej Babiš", "CZE", "PTY")
SPD = actor("Freedom and Direct Democracy (SPD)", "CZE", "PTY")
MOTORISTS = actor("Motorists for Themselves", "CZE", "PTY")
OKAMURA = actor("Tomio Okamura", "CZE", "PTY")
MACINKA = actor("Petr Macinka", "CZE", "PTY")
PAVEL = actor("Petr Pavel", "CZE", "GOV")
FIALA = actor("Petr Fiala", "CZE", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
CZ_PROT = actor("protesters in Prague", "CZE", "CVL")

J1 = ("Prag (dpa) - Tschechiens Wahlsieger Andrej Babiš hat sich mit der rechtspopulistischen SPD und der Partei "
      "der Autofahrer auf die Bildung einer gemeinsamen Regierung geeinigt.")
J2 = ("Babiš, SPD-Chef Tomio Okamura und Autofahrer-Chef Petr Macinka unterzeichneten am Mittwoch in Prag eine "
      "entsprechende Absichtserklärung.")
J3 = "Das Bündnis käme auf 108 der 200 Sitze im Abgeordnetenhaus."
J4 = "Präsident Petr Pavel hatte Babiš am Montag auf Schloss Lány empfangen."
J5 = ("Pavel verlangte von dem Milliardär, vor seiner Ernennung offenzulegen, wie er den Interessenkonflikt um "
      "seinen Agrofert-Konzern lösen wolle.")
J6 = "Babiš sagte zu, eine Lösung vorzulegen, die »allen Gesetzen entspricht«."
J7 = ("Der scheidende Regierungschef Petr Fiala hatte bereits am Wahlabend seine Niederlage eingestanden und "
      "Babiš gratuliert.")
J8 = "Eine Regierung mit Extremisten gefährde aber die Westbindung des Landes, warnte Fiala."
J9 = "Ungarns Ministerpräsident Viktor Orbán lud Babiš nach Budapest ein."
J10 = "Die SPD fordert ein Referendum über einen Austritt aus EU und Nato."
J11 = "Babiš lehnte das ab: Die Mitgliedschaft in beiden Bündnissen stehe nicht zur Debatte."
J12 = "Am Dienstagabend demonstrierten in Prag mehrere tausend Menschen gegen eine Regierungsbeteiligung der SPD."

DE04 = {
    "id": "hm184-de-04", "lang": "de", "url": None, "published": "2025-10-08",
    "title": "Babiš einigt sich mit SPD und Autofahrer-Partei auf Regierungsbildung",
    "text": paragraphs([J1, J2, J3, J4, J5], [J6, J7, J8, J9], [J10, J11, J12]),
    "events": [
        event("AGREE", BABIS, SPD, J1, date="2025-10-08"),
        event("AGREE", BABIS, MOTORISTS, J1, date="2025-10-08"),
        event("SUPPORT", BABIS, OKAMURA, J2, date="2025-10-08", location="Prague", location_country="CZE"),
        event("SUPPORT", BABIS, MACINKA, J2, date="2025-10-08", location="Prague", location_country="CZE"),
        event("CONSULT", BABIS, PAVEL, J4, mode="visit", date="2025-10-06", location="Lány",
              location_country="CZE"),
        event("REQUEST", PAVEL, BABIS, J5, mode="change"),
        event("AGREE", BABIS, PAVEL, J6),
        event("CONCEDE", FIALA, BABIS, J7, date="2025-10-04"),
        event("SUPPORT", FIALA, BABIS, J7, date="2025-10-04"),
        event("ACCUSE", FIALA, BABIS, J8, mode="disapprove"),
        event("AGREE", ORBAN, BABIS, J9),
        event("REQUEST", SPD, None, J10, mode="change"),
        event("REJECT", BABIS, SPD, J11, mode="change"),
        event("PROTEST", CZ_PROT, SPD, J12, mode="demo", date="2025-10-07", location="Prague",
              location_country="CZE"),
    ],
    "quotes": [
        quote("vor seiner Ernennung offenzulegen, wie er den Interessenkonflikt um seinen Agrofert-Konzern lösen "
              "wolle", "Petr Pavel", "indirect"),
        quote("eine Lösung vorzulegen, die »allen Gesetzen entspricht«", "Andrej Babiš", "indirect"),
        quote("allen Gesetzen entspricht", "Andrej Babiš", "direct"),
        quote("Eine Regierung mit Extremisten gefährde aber die Westbindung des Landes", "Petr Fiala", "indirect"),
        quote("Die Mitgliedschaft in beiden Bündnissen stehe nicht zur Debatte", "Andrej Babiš", "indirect"),
    ],
    "entities": [
        entity("Prague", "LOC", "CZE", ["Prag"]),
        entity("Czech Republic", "GPE", "CZE", ["Tschechiens", "des Landes"]),
        entity("Andrej Babiš", "PER", "CZE", ["Tschechiens Wahlsieger Andrej Babiš", "Babiš", "dem Milliardär",
                                              "er"]),
        entity("Freedom and Direct Democracy (SPD)", "ORG", "CZE", ["der rechtspopulistischen SPD", "Die SPD",
                                                                    "der SPD"]),
        entity("Motorists for Themselves", "ORG", "CZE", ["der Partei der Autofahrer"]),
        entity("Tomio Okamura", "PER", "CZE", ["SPD-Chef Tomio Okamura"]),
        entity("Petr Macinka", "PER", "CZE", ["Autofahrer-Chef Petr Macinka"]),
        entity("Chamber of Deputies of the Czech Republic", "ORG", "CZE", ["Abgeordnetenhaus"]),
        entity("Petr Pavel", "PER", "CZE", ["Präsident Petr Pavel", "Pavel"]),
        entity("Lány Castle", "LOC", "CZE", ["Schloss Lány"]),
        entity("Agrofert", "ORG", "CZE", ["seinen Agrofert-Konzern"]),
        entity("Petr Fiala", "PER", "CZE", ["Der scheidende Regierungschef Petr Fiala", "Fiala"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Ministerpräsident Viktor Orbán"]),
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
    ],
}

# ---------------------------------------------------------------- hm184-en-01
TRUMP = actor("Donald Trump", "USA", "GOV")
PRITZKER = actor("JB Pritzker", "USA", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
CBP = actor("U.S. Border Patrol", "USA", "COP")
WOMAN = actor("woman in Brighton Park", "USA", "CVL")
DHS = actor("Department of Homeland Security", "USA", "GOV")
PROTESTERS = actor("protesters in the Chicago area", "USA", "CVL")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
NOEM = actor("Kristi Noem", "USA", "GOV")
BROADVIEW_PD = actor("Broadview Police Department", "USA", "COP")
JOHNSON = actor("Brandon Johnson", "USA", "GOV")
ILLINOIS = actor("State of Illinois", "USA", "GOV")

K1 = ("CHICAGO (AP) - President Donald Trump on Saturday ordered 300 Illinois National Guard troops into federal "
      "service for deployment in Chicago, over the objections of Governor JB Pritzker.")
K2 = ("“This is Donald Trump’s invasion,” Pritzker said in a statement, “and it is happening against the will of "
      "the people of Illinois.”")
K3 = "Pritzker said he had refused a White House demand to mobilize the troops himself."
K4 = ("The order came hours after Border Patrol agents shot and wounded a woman in the city's Brighton Park "
      "neighborhood.")
K5 = "The Department of Homeland Security said the woman had rammed an agents' vehicle and was armed."
K6 = "Crowds gathered at the scene, and agents fired tear gas and pepper balls to disperse them."
K7 = ("Outside the immigration processing center in suburban Broadview, protesters have rallied almost daily since "
      "September against the administration's crackdown.")
K8 = ("Homeland Security Secretary Kristi Noem accused the demonstrators of attacking officers and said agents "
      "would “not be intimidated” by them.")
K9 = "Broadview police arrested five people on Friday for blocking the facility's driveway, local officials said."
K10 = ("Trump accused Pritzker and Chicago Mayor Brandon Johnson of failing to protect federal officers and "
       "threatened to send more troops if the protests did not stop.")
K11 = "Johnson called the deployment unconstitutional."
K12 = ("Illinois has not yet filed a lawsuit, but Attorney General Kwame Raoul said his office was reviewing its "
       "options.")
K13 = "A court challenge could delay the deployment, legal experts said."

EN01 = {
    "id": "hm184-en-01", "lang": "en", "url": None, "published": "2025-10-05",
    "title": "Trump federalizes Illinois National Guard for Chicago over Pritzker's objections",
    "text": paragraphs([K1, K2, K3, K4, K5], [K6, K7, K8, K9], [K10, K11, K12, K13]),
    "events": [
        event("MOBILIZE", TRUMP, None, K1, mode="troops", date="2025-10-04", location="Chicago",
              location_country="USA"),
        event("ACCUSE", PRITZKER, TRUMP, K2, mode="disapprove"),
        event("REJECT", PRITZKER, WHITE_HOUSE, K3, mode="assist"),
        event("ASSAULT", CBP, WOMAN, K4, mode="firearms", date="2025-10-04", location="Chicago",
              location_country="USA"),
        event("ACCUSE", DHS, WOMAN, K5, mode="allege"),
        event("PROTEST", PROTESTERS, CBP, K6, mode="demo", date="2025-10-04", location="Chicago",
              location_country="USA"),
        event("ASSAULT", CBP, PROTESTERS, K6, mode="crowd-control", date="2025-10-04", location="Chicago",
              location_country="USA"),
        event("PROTEST", PROTESTERS, TRUMP_ADMIN, K7, mode="demo", location="Broadview", location_country="USA"),
        event("ACCUSE", NOEM, PROTESTERS, K8, mode="allege"),
        event("COERCE", BROADVIEW_PD, PROTESTERS, K9, mode="arrest", date="2025-10-03", location="Broadview",
              location_country="USA"),
        event("ACCUSE", TRUMP, PRITZKER, K10, mode="allege"),
        event("ACCUSE", TRUMP, JOHNSON, K10, mode="allege"),
        event("THREATEN", TRUMP, PROTESTERS, K10),
        event("ACCUSE", JOHNSON, TRUMP, K11, mode="disapprove"),
        event("ACCUSE", ILLINOIS, TRUMP_ADMIN, K12, mode="allege", negated=True),
    ],
    "quotes": [
        quote("This is Donald Trump’s invasion", "JB Pritzker", "direct"),
        quote("and it is happening against the will of the people of Illinois", "JB Pritzker", "direct"),
        quote("he had refused a White House demand to mobilize the troops himself", "JB Pritzker", "indirect"),
        quote("the woman had rammed an agents' vehicle and was armed", "Department of Homeland Security",
              "indirect"),
        quote("agents would “not be intimidated” by them", "Kristi Noem", "indirect"),
        quote("not be intimidated", "Kristi Noem", "direct"),
        quote("Broadview police arrested five people on Friday for blocking the facility's driveway",
              "Broadview local officials", "indirect"),
        quote("his office was reviewing its options", "Kwame Raoul", "indirect"),
        quote("A court challenge could delay the deployment", "legal experts", "indirect"),
    ],
    "entities": [
        entity("Chicago", "LOC", "USA", ["CHICAGO", "Chicago", "the city's"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Donald Trump’s", "Trump"]),
        entity("Illinois National Guard", "ORG", "USA", ["300 Illinois National Guard troops", "the troops"]),
        entity("JB Pritzker", "PER", "USA", ["Governor JB Pritzker", "Pritzker", "he"]),
        entity("Illinois", "GPE", "USA", ["Illinois"]),
        entity("White House", "ORG", "USA", ["a White House"]),
        entity("U.S. Border Patrol", "ORG", "USA", ["Border Patrol agents", "agents"]),
        entity("woman in Brighton Park", "PER", "USA", ["a woman", "the woman"]),
        entity("Brighton Park", "LOC", "USA", ["Brighton Park neighborhood"]),
        entity("Department of Homeland Security", "ORG", "USA", ["The Department of Homeland Security"]),
        entity("Broadview", "LOC", "USA", ["suburban Broadview"]),
        entity("Broadview ICE processing center", "LOC", "USA", ["the immigration processing center",
                                                                 "the facility's"]),
        entity("protesters in the Chicago area", "ORG", "USA", ["Crowds", "protesters", "the demonstrators"]),
        entity("Trump administration", "ORG", "USA", ["the administration's"]),
        entity("Kristi Noem", "PER", "USA", ["Homeland Security Secretary Kristi Noem"]),
        entity("Broadview Police Department", "ORG", "USA", ["Broadview police"]),
        entity("Brandon Johnson", "PER", "USA", ["Chicago Mayor Brandon Johnson", "Johnson"]),
        entity("Kwame Raoul", "PER", "USA", ["Attorney General Kwame Raoul"]),
    ],
}

# ---------------------------------------------------------------- hm184-en-02
ABREGO = actor("Kilmar Abrego Garcia", "SLV", "CVL")
GRAND_JURY = actor("federal grand jury in Tennessee", "USA", "JUD")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
USA = actor("United States", "USA", "GOV")
SLV = actor("El Salvador", "SLV", "GOV")
XINIS = actor("Paula Xinis", "USA", "JUD")
LAWYER = actor("Simon Sandoval-Moshenberg", "USA", "CVL")
VAN_HOLLEN = actor("Chris Van Hollen", "USA", "LEG")
MAGISTRATE = actor("magistrate judge in Nashville", "USA", "JUD")
SUPPORTERS = actor("supporters of Kilmar Abrego Garcia", "USA", "CVL")

L1 = ("WASHINGTON (Reuters) - Kilmar Abrego Garcia, the Salvadoran migrant whom the Trump administration wrongly "
      "deported in March, was flown back to the United States on Friday to face criminal charges.")
L2 = ("A federal grand jury in Tennessee indicted him on charges of smuggling undocumented migrants, Attorney "
      "General Pam Bondi told reporters.")
L3 = "“This is what American justice looks like,” Bondi said."
L4 = ("She said El Salvador's President Nayib Bukele had agreed to return him after U.S. officials presented an "
      "arrest warrant.")
L5 = ("Salvadoran authorities handed Abrego Garcia to U.S. agents in San Salvador, and he appeared before a "
      "magistrate judge in Nashville in the afternoon.")
L6 = "U.S. District Judge Paula Xinis had ordered the government in April to facilitate his return."
L7 = "The administration refused for weeks to comply, arguing that he was a member of the MS-13 gang."
L8 = "Abrego Garcia denies any gang ties and has never been convicted of a crime."
L9 = ("“Instead of bringing him home, they built a criminal case to cover up their mistake,” his lawyer Simon "
      "Sandoval-Moshenberg said.")
L10 = ("Democratic Senator Chris Van Hollen, who met Abrego Garcia in El Salvador in April, called the charges "
       "politically motivated.")
L11 = "The magistrate ordered him held in custody until a detention hearing next week."
L12 = "If convicted, he would be deported to El Salvador after serving his sentence, Bondi said."
L13 = ("Supporters had rallied for weeks outside the federal courthouse in Greenbelt, Maryland, to demand his "
       "return.")

EN02 = {
    "id": "hm184-en-02", "lang": "en", "url": None, "published": "2025-06-07",
    "title": "Wrongly deported Salvadoran returned to U.S. to face smuggling charges",
    "text": paragraphs([L1, L2, L3, L4, L5], [L6, L7, L8, L9], [L10, L11, L12, L13]),
    "events": [
        event("COERCE", TRUMP_ADMIN, ABREGO, L1, mode="deport"),
        event("ACCUSE", GRAND_JURY, ABREGO, L2, mode="allege"),
        event("AGREE", BUKELE, USA, L4),
        event("COOPERATE", SLV, USA, L5, date="2025-06-06", location="San Salvador", location_country="SLV"),
        event("REQUEST", XINIS, TRUMP_ADMIN, L6, mode="yield"),
        event("REJECT", TRUMP_ADMIN, XINIS, L7, mode="yield"),
        event("ACCUSE", TRUMP_ADMIN, ABREGO, L7, mode="allege"),
        event("ACCUSE", LAWYER, TRUMP_ADMIN, L9, mode="allege"),
        event("CONSULT", VAN_HOLLEN, ABREGO, L10, mode="visit", location="El Salvador", location_country="SLV"),
        event("ACCUSE", VAN_HOLLEN, TRUMP_ADMIN, L10, mode="disapprove"),
        event("COERCE", MAGISTRATE, ABREGO, L11, mode="arrest", date="2025-06-06", location="Nashville",
              location_country="USA"),
        event("PROTEST", SUPPORTERS, TRUMP_ADMIN, L13, mode="demo", location="Greenbelt", location_country="USA"),
    ],
    "quotes": [
        quote("A federal grand jury in Tennessee indicted him on charges of smuggling undocumented migrants",
              "Pam Bondi", "indirect"),
        quote("This is what American justice looks like", "Pam Bondi", "direct"),
        quote("El Salvador's President Nayib Bukele had agreed to return him after U.S. officials presented an "
              "arrest warrant", "Pam Bondi", "indirect"),
        quote("he was a member of the MS-13 gang", "Trump administration", "indirect"),
        quote("Instead of bringing him home, they built a criminal case to cover up their mistake",
              "Simon Sandoval-Moshenberg", "direct"),
        quote("If convicted, he would be deported to El Salvador after serving his sentence", "Pam Bondi",
              "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Kilmar Abrego Garcia", "PER", "SLV", ["Kilmar Abrego Garcia", "the Salvadoran migrant",
                                                      "Abrego Garcia", "him", "he", "his"]),
        entity("Trump administration", "ORG", "USA", ["the Trump administration", "the government",
                                                      "The administration", "they"]),
        entity("United States", "GPE", "USA", ["the United States", "U.S."]),
        entity("federal grand jury in Tennessee", "ORG", "USA", ["A federal grand jury in Tennessee"]),
        entity("Pam Bondi", "PER", "USA", ["Attorney General Pam Bondi", "Bondi", "She"]),
        entity("El Salvador", "GPE", "SLV", ["El Salvador", "Salvadoran authorities"]),
        entity("Nayib Bukele", "PER", "SLV", ["El Salvador's President Nayib Bukele"]),
        entity("San Salvador", "LOC", "SLV", ["San Salvador"]),
        entity("magistrate judge in Nashville", "PER", "USA", ["a magistrate judge in Nashville",
                                                               "The magistrate"]),
        entity("Nashville", "LOC", "USA", ["Nashville"]),
        entity("Paula Xinis", "PER", "USA", ["U.S. District Judge Paula Xinis"]),
        entity("MS-13", "ORG", "SLV", ["the MS-13 gang"]),
        entity("Simon Sandoval-Moshenberg", "PER", "USA", ["his lawyer Simon Sandoval-Moshenberg"]),
        entity("Chris Van Hollen", "PER", "USA", ["Democratic Senator Chris Van Hollen"]),
        entity("Greenbelt", "LOC", "USA", ["Greenbelt, Maryland"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
