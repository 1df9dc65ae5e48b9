"""Round 452: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm452-de-01: Germany: SPD MEP Matthias Ecke beaten while hanging posters in Dresden; a 17-year-old suspect identified, the LKA's state security investigates, a Green campaigner was attacked earlier, Scholz, Faeser and Kretschmer condemn, special interior ministers' conference, rallies in Dresden and Berlin, the SPD blames the AfD, which denies (2024-05-05).
- hm452-de-02: Poland: Warsaw introduces controls on its borders with Germany and Lithuania; police, border guards and territorial defence deployed, Tusk accuses the German Federal Police of pushbacks and Berlin denies, Merz-Tusk phone call and agreement, Warsaw's demand refused by Dobrindt, Ruch Obrony Granic rally in Słubice without arrests, Bąkiewicz attacks Tusk, Lithuania's Kondratovičius objects (2025-07-07).
- hm452-de-03: Croatia: the Constitutional Court bars President Zoran Milanović from running in the April election while in office; he rejects the ruling and accuses the court, Šeparović denies bias, Plenković welcomes it and accuses Milanović, Grbin attacks the court, supporters rally at St. Mark's Square, the February protest against Turudić's appointment recalled (2024-03-18).
- hm452-de-04: Azerbaijan/France: Paris expels two Azerbaijani diplomats in response to Baku's expulsion of two French embassy staff; Baku's accusation, Paris calls the move unjustified and summons the ambassador, the radar and air-defence pledge to Armenia, a Frenchman arrested in Baku on spying charges and France's demand for consular access, Aliyev's neocolonialism charge, Hajizada threatens (2023-12-27).
- hm452-en-01: Serbia/France: Serbia agrees to buy 12 Rafale jets during Macron's visit to Belgrade; Vučić and Macron talk and agree on nuclear energy and lithium, Macron praises Serbia and urges EU alignment, Serbia's refusal of sanctions on Russia, lithium protest and detentions, Peskov, Kurti accuses Belgrade, Vučić denies (2024-08-29).
- hm452-en-02: Slovakia: Fico ally Peter Pellegrini beats Ivan Korčok in the presidential runoff; Korčok congratulates and accuses the coalition, Fico and Orbán praise, Čaputová congratulates and urges independence, Zelenskyy congratulates and invites, Šimečka accuses Fico, protests against the criminal-code and broadcaster plans, Commission warning (2024-04-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm452-de-01 (Germany, attack on Matthias Ecke)
ECKE = actor("Matthias Ecke", "DEU", "PTY")
ECKE_ATTACKERS = actor("attackers of Matthias Ecke", "DEU", "CVL")
LKA_SACHSEN = actor("Saxony State Criminal Police Office", "DEU", "COP")
GREEN_HELPER = actor("Green Party campaign worker in Dresden", "DEU", "PTY")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
STATE_INTERIOR_MINISTERS = actor("interior ministers of the German states", "DEU", "GOV")
KRETSCHMER = actor("Michael Kretschmer", "DEU", "GOV")
DRESDEN_PROTESTERS = actor("protesters in Dresden", "DEU", "CVL")
BERLIN_PROTESTERS = actor("protesters in Berlin", "DEU", "CVL")
SPD = actor("Social Democratic Party of Germany", "DEU", "PTY")
AFD = actor("Alternative for Germany", "DEU", "PTY")

A1 = ("Dresden (dpa) - Nach dem Angriff auf den sächsischen SPD-Europaabgeordneten Matthias Ecke hat die Polizei "
      "einen ersten Tatverdächtigen ermittelt.")
A2 = ("Der 17-Jährige habe sich am Sonntagmorgen in Begleitung seiner Mutter in einem Polizeirevier gestellt, "
      "teilte das Landeskriminalamt Sachsen mit.")
A3 = ("Ecke war in der Nacht zum Samstag beim Aufhängen von Wahlplakaten im Dresdner Stadtteil Striesen von vier "
      "Unbekannten angegriffen und schwer verletzt worden.")
A4 = "Der 41-Jährige musste im Krankenhaus operiert werden."
A5 = ("Nach Erkenntnissen der Ermittler hatte dieselbe Gruppe kurz zuvor in der Nähe einen 28 Jahre alten "
      "Wahlkampfhelfer der Grünen geschlagen und getreten.")
A6 = "Der Staatsschutz ermittelt wegen gefährlicher Körperverletzung."
A7 = "Mindestens einer der Tatverdächtigen soll dem rechten Spektrum zuzuordnen sein."
A8 = "Bundeskanzler Olaf Scholz verurteilte die Tat scharf."
A9 = "„Demokratie wird durch solche Taten bedroht“, sagte der SPD-Politiker am Rande einer Veranstaltung in Berlin."
A10 = ("Bundesinnenministerin Nancy Faeser kündigte an, sich in der kommenden Woche mit den Innenministern der Länder "
       "zu einer Sonderkonferenz zu treffen.")
A11 = "Den Tätern drohte sie, der Rechtsstaat werde mit aller Härte reagieren."
A12 = "Sachsens Ministerpräsident Michael Kretschmer (CDU) sprach von einem „Angriff auf unsere Demokratie“."
A13 = "Am Sonntag gingen in Dresden und Berlin mehrere Tausend Menschen gegen rechte Gewalt auf die Straße."
A14 = "Die SPD machte die AfD mitverantwortlich für das aufgeheizte Klima im Wahlkampf."
A15 = "Die AfD wies dies zurück und verurteilte ihrerseits jede Form von Gewalt."
A16 = "Ecke ist Spitzenkandidat der sächsischen SPD für die Europawahl am 9. Juni."
A17 = ("Bereits in den vergangenen Wochen waren Politiker mehrerer Parteien bei Wahlkampfauftritten angegriffen "
       "worden.")

DE01 = {
    "id": "hm452-de-01", "lang": "de", "url": None, "published": "2024-05-05",
    "title": "Angriff auf SPD-Politiker Ecke: Erster Verdächtiger ermittelt",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11, A12], [A13, A14, A15],
                       [A16, A17]),
    "events": [
        event("ACCUSE", LKA_SACHSEN, ECKE_ATTACKERS, A1, mode="investigate"),
        event("ASSAULT", ECKE_ATTACKERS, ECKE, A3, mode="beat", date="2024-05-03", location="Dresden",
              location_country="DEU"),
        event("ASSAULT", ECKE_ATTACKERS, GREEN_HELPER, A5, mode="beat", location="Dresden", location_country="DEU"),
        event("ACCUSE", LKA_SACHSEN, ECKE_ATTACKERS, A6, mode="investigate"),
        event("ACCUSE", SCHOLZ, ECKE_ATTACKERS, A8, mode="disapprove"),
        event("AGREE", FAESER, STATE_INTERIOR_MINISTERS, A10, mode="meet"),
        event("THREATEN", FAESER, ECKE_ATTACKERS, A11),
        event("ACCUSE", KRETSCHMER, ECKE_ATTACKERS, A12, mode="disapprove"),
        event("PROTEST", DRESDEN_PROTESTERS, None, A13, mode="demo", date="2024-05-05", location="Dresden",
              location_country="DEU"),
        event("PROTEST", BERLIN_PROTESTERS, None, A13, mode="demo", date="2024-05-05", location="Berlin",
              location_country="DEU"),
        event("ACCUSE", SPD, AFD, A14, mode="disapprove"),
    ],
    "quotes": [
        quote("Der 17-Jährige habe sich am Sonntagmorgen in Begleitung seiner Mutter in einem Polizeirevier gestellt",
              "Saxony State Criminal Police Office", "indirect"),
        quote("hatte dieselbe Gruppe kurz zuvor in der Nähe einen 28 Jahre alten Wahlkampfhelfer der Grünen geschlagen "
              "und getreten", "Saxony State Criminal Police Office", "indirect"),
        quote("Demokratie wird durch solche Taten bedroht", "Olaf Scholz", "direct"),
        quote("sich in der kommenden Woche mit den Innenministern der Länder zu einer Sonderkonferenz zu treffen",
              "Nancy Faeser", "indirect"),
        quote("der Rechtsstaat werde mit aller Härte reagieren", "Nancy Faeser", "indirect"),
        quote("Angriff auf unsere Demokratie", "Michael Kretschmer", "direct"),
    ],
    "entities": [
        entity("Dresden", "LOC", "DEU", ["Dresden"]),
        entity("Matthias Ecke", "PER", "DEU", ["den sächsischen SPD-Europaabgeordneten Matthias Ecke", "Ecke",
                                               "Der 41-Jährige"]),
        entity("17-year-old suspect", "PER", "DEU", ["einen ersten Tatverdächtigen", "Der 17-Jährige"]),
        entity("mother of the 17-year-old suspect", "PER", "DEU", ["seiner Mutter"]),
        entity("Saxony State Criminal Police Office", "ORG", "DEU", ["die Polizei", "das Landeskriminalamt Sachsen",
                                                                     "der Ermittler", "Der Staatsschutz"]),
        entity("Striesen", "LOC", "DEU", ["im Dresdner Stadtteil Striesen"]),
        entity("attackers of Matthias Ecke", "PER", "DEU", ["vier Unbekannten", "dieselbe Gruppe",
                                                            "der Tatverdächtigen", "Den Tätern"]),
        entity("Green Party campaign worker in Dresden", "PER", "DEU",
               ["einen 28 Jahre alten Wahlkampfhelfer der Grünen"]),
        entity("Alliance 90/The Greens", "ORG", "DEU", ["der Grünen"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz", "der SPD-Politiker"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Nancy Faeser", "PER", "DEU", ["Bundesinnenministerin Nancy Faeser", "sie"]),
        entity("interior ministers of the German states", "ORG", "DEU", ["den Innenministern der Länder"]),
        entity("Michael Kretschmer", "PER", "DEU", ["Sachsens Ministerpräsident Michael Kretschmer"]),
        entity("Saxony", "LOC", "DEU", ["Sachsens"]),
        entity("Christian Democratic Union of Germany", "ORG", "DEU", ["CDU"]),
        entity("protesters in Dresden and Berlin", "PER", "DEU", ["mehrere Tausend Menschen"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["Die SPD", "der sächsischen SPD"]),
        entity("Alternative for Germany", "ORG", "DEU", ["die AfD", "Die AfD"]),
        entity("2024 European Parliament election", "MISC", "EUR", ["die Europawahl am 9. Juni"]),
    ],
}

# ---------------------------------------------------------------- hm452-de-02 (Poland, border controls)
POL_GOV = actor("Government of Poland", "POL", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
LTU_GOV = actor("Government of Lithuania", "LTU", "GOV")
POL_POLICE = actor("Polish Police", "POL", "COP")
POL_BORDER_GUARD = actor("Polish Border Guard", "POL", "COP")
POL_WOT = actor("Territorial Defence Force of Poland", "POL", "MIL")
TUSK = actor("Donald Tusk", "POL", "GOV")
BUNDESPOLIZEI = actor("Federal Police of Germany", "DEU", "COP")
MERZ = actor("Friedrich Merz", "DEU", "GOV")
DOBRINDT = actor("Alexander Dobrindt", "DEU", "GOV")
ROG = actor("Border Defence Movement", "POL", "CVL")
BAKIEWICZ = actor("Robert Bąkiewicz", "POL", "CVL")
KONDRATOVICIUS = actor("Vladislavas Kondratovičius", "LTU", "GOV")

B1 = ("Warschau (dpa) - Polen hat an seinen Grenzen zu Deutschland und Litauen vorübergehend wieder Kontrollen "
      "eingeführt.")
B2 = ("Rund 5000 Polizisten und Grenzschützer sowie Soldaten der Territorialverteidigung wurden dafür an die "
      "Übergänge verlegt.")
B3 = "Ministerpräsident Donald Tusk begründet den Schritt mit dem Kampf gegen Schleuser und illegale Migration."
B4 = "Die Kontrollen sollen zunächst bis zum 5. August gelten."
B5 = "Deutschland kontrolliert seine Grenze zu Polen bereits seit Oktober 2023."
B5a = "Die Maßnahme gilt als Antwort auf die verschärfte Grenzpolitik der neuen Bundesregierung."
B6 = "Tusk warf der Bundespolizei vor, seit Wochen Migranten ohne Absprache nach Polen zurückzuschicken."
B7 = "„Polen wird nicht zum Abladeplatz für Migranten“, sagte der Regierungschef in Warschau."
B8 = "Die Bundesregierung wies den Vorwurf zurück."
B9 = "Bundeskanzler Friedrich Merz telefonierte am Sonntag mit Tusk."
B10 = ("Beide Seiten hätten vereinbart, die Zusammenarbeit der Grenzpolizeien zu verstärken, teilte ein "
       "Regierungssprecher in Berlin mit.")
B11 = "Warschau forderte Berlin zudem auf, die Zurückweisungen an der Grenze einzustellen."
B12 = "Bundesinnenminister Alexander Dobrindt lehnte dies ab."
B13 = ("In Słubice demonstrierten am Samstag Hunderte Anhänger der rechtsnationalen Bürgerwehr „Ruch Obrony "
       "Granic“ gegen die Rückführung von Migranten aus Deutschland.")
B14 = "Die Polizei nahm nach eigenen Angaben niemanden fest."
B15 = "Der Anführer der Gruppe, Robert Bąkiewicz, warf Tusk vor, die Grenze viel zu spät zu sichern."
B16 = ("Litauens Innenminister Vladislavas Kondratovičius kritisierte, Warschau habe die Nachbarn nicht rechtzeitig "
       "informiert.")
B17 = ("Am Montagmorgen bildeten sich vor allem am Übergang zwischen Frankfurt (Oder) und Słubice kilometerlange "
       "Staus, Pendler mussten teils mehr als eine Stunde warten.")

DE02 = {
    "id": "hm452-de-02", "lang": "de", "url": None, "published": "2025-07-07",
    "title": "Polen kontrolliert Grenzen zu Deutschland und Litauen",
    "text": paragraphs([B1, B2, B3, B4, B5, B5a], [B6, B7, B8], [B9, B10, B11, B12], [B13, B14, B15],
                       [B16, B17]),
    "events": [
        event("COERCE", POL_GOV, DEU_GOV, B1, mode="restrict", date="2025-07-07"),
        event("COERCE", POL_GOV, LTU_GOV, B1, mode="restrict", date="2025-07-07"),
        event("MOBILIZE", POL_POLICE, None, B2, mode="police", location_country="POL"),
        event("MOBILIZE", POL_BORDER_GUARD, None, B2, mode="police", location_country="POL"),
        event("MOBILIZE", POL_WOT, None, B2, mode="troops", location_country="POL"),
        event("ACCUSE", TUSK, BUNDESPOLIZEI, B6, mode="allege"),
        event("CONSULT", MERZ, TUSK, B9, mode="phone", date="2025-07-06"),
        event("AGREE", DEU_GOV, POL_GOV, B10),
        event("REQUEST", POL_GOV, DEU_GOV, B11, mode="change"),
        event("REJECT", DOBRINDT, POL_GOV, B12, mode="change"),
        event("PROTEST", ROG, DEU_GOV, B13, mode="demo", date="2025-07-05", location="Słubice",
              location_country="POL"),
        event("COERCE", POL_POLICE, ROG, B14, mode="arrest", date="2025-07-05", location="Słubice",
              location_country="POL", negated=True),
        event("ACCUSE", BAKIEWICZ, TUSK, B15, mode="disapprove"),
        event("ACCUSE", KONDRATOVICIUS, POL_GOV, B16, mode="disapprove"),
    ],
    "quotes": [
        quote("seit Wochen Migranten ohne Absprache nach Polen zurückzuschicken", "Donald Tusk", "indirect"),
        quote("Polen wird nicht zum Abladeplatz für Migranten", "Donald Tusk", "direct"),
        quote("Beide Seiten hätten vereinbart, die Zusammenarbeit der Grenzpolizeien zu verstärken",
              "spokesperson of the German government", "indirect"),
        quote("die Grenze viel zu spät zu sichern", "Robert Bąkiewicz", "indirect"),
        quote("Warschau habe die Nachbarn nicht rechtzeitig informiert", "Vladislavas Kondratovičius", "indirect"),
    ],
    "entities": [
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Poland", "LOC", "POL", ["Polen"]),
        entity("Government of Poland", "ORG", "POL", ["Polen", "Warschau"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Lithuania", "LOC", "LTU", ["Litauen", "Litauens"]),
        entity("Polish Police", "ORG", "POL", ["Rund 5000 Polizisten", "Die Polizei"]),
        entity("Polish Border Guard", "ORG", "POL", ["Grenzschützer"]),
        entity("Territorial Defence Force of Poland", "ORG", "POL", ["Soldaten der Territorialverteidigung"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "Tusk", "der Regierungschef"]),
        entity("Federal Police of Germany", "ORG", "DEU", ["der Bundespolizei"]),
        entity("Government of Germany", "ORG", "DEU", ["Deutschland", "Die Bundesregierung", "Berlin",
                                                  "der neuen Bundesregierung"]),
        entity("Friedrich Merz", "PER", "DEU", ["Bundeskanzler Friedrich Merz"]),
        entity("spokesperson of the German government", "PER", "DEU", ["ein Regierungssprecher in Berlin"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Alexander Dobrindt", "PER", "DEU", ["Bundesinnenminister Alexander Dobrindt"]),
        entity("Słubice", "LOC", "POL", ["Słubice"]),
        entity("Border Defence Movement", "ORG", "POL",
               ["Hunderte Anhänger der rechtsnationalen Bürgerwehr „Ruch Obrony Granic“", "der Gruppe"]),
        entity("Robert Bąkiewicz", "PER", "POL", ["Der Anführer der Gruppe, Robert Bąkiewicz"]),
        entity("Vladislavas Kondratovičius", "PER", "LTU", ["Litauens Innenminister Vladislavas Kondratovičius"]),
        entity("Frankfurt (Oder)", "LOC", "DEU", ["Frankfurt (Oder)"]),
    ],
}

# ---------------------------------------------------------------- hm452-de-03 (Croatia, Milanović barred)
HRV_CONST_COURT = actor("Constitutional Court of Croatia", "HRV", "JUD")
MILANOVIC = actor("Zoran Milanović", "HRV", "GOV")
PLENKOVIC = actor("Andrej Plenković", "HRV", "GOV")
GRBIN = actor("Peđa Grbin", "HRV", "OPP")
MILANOVIC_SUPPORTERS = actor("supporters of Zoran Milanović", "HRV", "CVL")
ZAGREB_PROTESTERS = actor("protesters in Zagreb", "HRV", "CVL")
HRV_GOV = actor("Government of Croatia", "HRV", "GOV")

C1 = ("Zagreb (dpa) - Kroatiens Verfassungsgericht hat Staatspräsident Zoran Milanović eine Kandidatur bei der "
      "Parlamentswahl im April untersagt, solange er im Amt ist.")
C2 = ("Sollte Milanović Ministerpräsident werden wollen, müsse er zuvor als Staatsoberhaupt zurücktreten, "
      "entschieden die Richter am Montag mit großer Mehrheit.")
C3 = "Zugleich forderte das Gericht ihn auf, sich aus dem Wahlkampf herauszuhalten."
C4 = ("Milanović hatte am Freitag überraschend angekündigt, als Spitzenkandidat der oppositionellen "
      "Sozialdemokraten (SDP) anzutreten.")
C5 = "Die Wahl findet am 17. April statt."
C5a = ("Das Staatsoberhaupt hat in Kroatien vor allem repräsentative Aufgaben, ist aber Oberbefehlshaber der "
       "Streitkräfte.")
C6 = "Der Präsident wies die Entscheidung als verfassungswidrig zurück."
C7 = "„Das Verfassungsgericht ist zu einem Werkzeug der HDZ geworden“, sagte Milanović vor Journalisten in Zagreb."
C8 = "Er werde weder zurücktreten noch den Wahlkampf aufgeben, fügte er hinzu."
C9 = "Der Präsident des Verfassungsgerichts, Miroslav Šeparović, wies den Vorwurf der Parteilichkeit zurück."
C10 = "Ministerpräsident Andrej Plenković begrüßte das Urteil."
C11 = "Der Präsident missbrauche sein Amt für Parteipolitik, sagte der Regierungschef und HDZ-Vorsitzende."
C12 = "SDP-Chef Peđa Grbin warf dem Gericht dagegen vor, sich in den Wahlkampf einzumischen."
C13 = ("Vor dem Gerichtsgebäude am Markusplatz versammelten sich am Abend einige Hundert Anhänger des Präsidenten.")
C14 = ("Milanović und Plenković liefern sich seit Jahren heftige Wortgefechte, etwa über die Militärhilfe für die "
       "Ukraine.")
C15 = ("Bereits im Februar hatten Zehntausende in Zagreb gegen die Ernennung des umstrittenen Generalstaatsanwalts "
       "Ivan Turudić durch die Regierung protestiert.")
C16 = "In Umfragen liegt die HDZ knapp vor der von der SDP geführten Allianz „Flüsse der Gerechtigkeit“."

DE03 = {
    "id": "hm452-de-03", "lang": "de", "url": None, "published": "2024-03-18",
    "title": "Kroatiens Verfassungsgericht stoppt Kandidatur von Präsident Milanović",
    "text": paragraphs([C1, C2, C3], [C4, C5, C5a], [C6, C7, C8, C9], [C10, C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("COERCE", HRV_CONST_COURT, MILANOVIC, C1, mode="restrict"),
        event("REQUEST", HRV_CONST_COURT, MILANOVIC, C3, mode="change"),
        event("REJECT", MILANOVIC, HRV_CONST_COURT, C6),
        event("ACCUSE", MILANOVIC, HRV_CONST_COURT, C7, mode="disapprove", location="Zagreb",
              location_country="HRV"),
        event("REJECT", MILANOVIC, HRV_CONST_COURT, C8, mode="change"),
        event("SUPPORT", PLENKOVIC, HRV_CONST_COURT, C10),
        event("ACCUSE", PLENKOVIC, MILANOVIC, C11, mode="disapprove"),
        event("ACCUSE", GRBIN, HRV_CONST_COURT, C12, mode="disapprove"),
        event("PROTEST", MILANOVIC_SUPPORTERS, HRV_CONST_COURT, C13, mode="demo", date="2024-03-18",
              location="Zagreb", location_country="HRV"),
        event("PROTEST", ZAGREB_PROTESTERS, HRV_GOV, C15, mode="demo", location="Zagreb", location_country="HRV"),
    ],
    "quotes": [
        quote("Sollte Milanović Ministerpräsident werden wollen, müsse er zuvor als Staatsoberhaupt zurücktreten",
              "Constitutional Court of Croatia", "indirect"),
        quote("Das Verfassungsgericht ist zu einem Werkzeug der HDZ geworden", "Zoran Milanović", "direct"),
        quote("Er werde weder zurücktreten noch den Wahlkampf aufgeben", "Zoran Milanović", "indirect"),
        quote("Der Präsident missbrauche sein Amt für Parteipolitik", "Andrej Plenković", "indirect"),
        quote("sich in den Wahlkampf einzumischen", "Peđa Grbin", "indirect"),
    ],
    "entities": [
        entity("Zagreb", "LOC", "HRV", ["Zagreb"]),
        entity("Croatia", "LOC", "HRV", ["Kroatiens", "Kroatien"]),
        entity("Croatian Armed Forces", "ORG", "HRV", ["der Streitkräfte"]),
        entity("Constitutional Court of Croatia", "ORG", "HRV",
               ["Kroatiens Verfassungsgericht", "die Richter", "das Gericht", "Das Verfassungsgericht",
                "des Verfassungsgerichts", "dem Gericht", "dem Gerichtsgebäude am Markusplatz"]),
        entity("Zoran Milanović", "PER", "HRV", ["Staatspräsident Zoran Milanović", "Milanović", "er", "ihn",
                                                 "Der Präsident", "Er", "des Präsidenten"]),
        entity("2024 Croatian parliamentary election", "MISC", "HRV", ["der Parlamentswahl im April", "Die Wahl"]),
        entity("Social Democratic Party of Croatia", "ORG", "HRV", ["der oppositionellen Sozialdemokraten (SDP)",
                                                                   "SDP", "der SDP"]),
        entity("Croatian Democratic Union", "ORG", "HRV", ["HDZ", "die HDZ"]),
        entity("Miroslav Šeparović", "PER", "HRV", ["Der Präsident des Verfassungsgerichts, Miroslav Šeparović"]),
        entity("Andrej Plenković", "PER", "HRV", ["Ministerpräsident Andrej Plenković",
                                                  "der Regierungschef und HDZ-Vorsitzende", "Plenković"]),
        entity("Peđa Grbin", "PER", "HRV", ["SDP-Chef Peđa Grbin"]),
        entity("St. Mark's Square", "LOC", "HRV", ["Markusplatz"]),
        entity("supporters of Zoran Milanović", "PER", "HRV", ["einige Hundert Anhänger des Präsidenten"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("protesters in Zagreb", "PER", "HRV", ["Zehntausende"]),
        entity("Ivan Turudić", "PER", "HRV", ["des umstrittenen Generalstaatsanwalts Ivan Turudić"]),
        entity("Government of Croatia", "ORG", "HRV", ["die Regierung"]),
        entity("SDP-led alliance", "ORG", "HRV", ["der von der SDP geführten Allianz „Flüsse der Gerechtigkeit“"]),
    ],
}

# ---------------------------------------------------------------- hm452-de-04 (Azerbaijan/France, expulsions)
FRA_GOV = actor("Government of France", "FRA", "GOV")
FRA_MFA = actor("Ministry for Europe and Foreign Affairs of France", "FRA", "GOV")
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
AZE_MFA = actor("Ministry of Foreign Affairs of Azerbaijan", "AZE", "GOV")
FR_DIPLOMATS_BAKU = actor("French diplomats in Azerbaijan", "FRA", "GOV")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
AZE_SECURITY = actor("Azerbaijani security authorities", "AZE", "COP")
FR_CITIZEN_BAKU = actor("French citizen detained in Baku", "FRA", "CVL")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
HAJIZADA = actor("Ayhan Hajizada", "AZE", "GOV")

D1 = ("Paris (AFP) - Frankreich hat als Reaktion auf eine Ausweisung aus Baku zwei aserbaidschanische Diplomaten "
      "des Landes verwiesen.")
D2 = ("Die beiden Botschaftsmitarbeiter müssten Frankreich binnen 48 Stunden verlassen, teilte das "
      "Außenministerium in Paris am Mittwoch mit.")
D3 = ("Es handle sich um eine Antwort auf die „ungerechtfertigte“ Maßnahme Aserbaidschans, hieß es in der "
      "Mitteilung weiter.")
D4 = "Baku hatte am Dienstag zwei Mitarbeiter der französischen Botschaft zu unerwünschten Personen erklärt."
D5 = ("Das aserbaidschanische Außenministerium warf ihnen Aktivitäten vor, die mit ihrem diplomatischen Status "
      "unvereinbar seien.")
D6 = "Nähere Angaben machte es nicht."
D6a = "Paris bestellte zudem den aserbaidschanischen Botschafter ins Außenministerium ein."
D7 = ("Die Beziehungen zwischen den beiden Ländern sind seit Monaten gespannt, vor allem wegen des Konflikts um "
      "Berg-Karabach.")
D8 = "Baku wirft Paris vor, einseitig Partei für Armenien zu ergreifen."
D9 = "Frankreich hatte im Oktober zugesagt, Armenien Radargeräte und Luftabwehrsysteme zu liefern."
D10 = ("Anfang Dezember nahmen aserbaidschanische Sicherheitsbehörden zudem einen Franzosen in Baku wegen "
       "Spionageverdachts fest.")
D11 = "Paris bestreitet, dass der Mann für französische Dienste gearbeitet habe."
D12 = ("Die französische Regierung verurteilte die Festnahme und verlangte konsularischen Zugang zu dem "
       "Inhaftierten.")
D13 = ("Präsident Ilham Aliyev hatte Frankreich zuletzt wiederholt „Neokolonialismus“ in seinen Überseegebieten "
       "vorgeworfen.")
D14 = ("Der Sprecher des Außenministeriums in Baku, Ayhan Hajizada, drohte mit weiteren Schritten, sollte Paris "
       "seine „feindselige Politik“ fortsetzen.")
D15 = ("Seit dem Ende der Kämpfe um Berg-Karabach im September sind mehr als 100.000 Armenier aus der Region "
       "geflohen.")
D16 = ("Frankreich gehört gemeinsam mit den USA und Russland zu den Ko-Vorsitzenden der Minsk-Gruppe der OSZE, die "
       "in dem Konflikt vermitteln sollte.")

DE04 = {
    "id": "hm452-de-04", "lang": "de", "url": None, "published": "2023-12-27",
    "title": "Frankreich weist zwei aserbaidschanische Diplomaten aus",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D6a], [D7, D8, D9], [D10, D11, D12], [D13, D14], [D15, D16]),
    "events": [
        event("SANCTION", FRA_GOV, AZE_GOV, D1, mode="expel"),
        event("SANCTION", FRA_MFA, AZE_GOV, D2, mode="expel", date="2023-12-27"),
        event("ACCUSE", FRA_MFA, AZE_GOV, D3, mode="disapprove"),
        event("SANCTION", AZE_GOV, FRA_GOV, D4, mode="expel", date="2023-12-26"),
        event("ACCUSE", AZE_MFA, FR_DIPLOMATS_BAKU, D5, mode="allege"),
        event("ACCUSE", FRA_GOV, AZE_GOV, D6a, mode="disapprove"),
        event("ACCUSE", AZE_GOV, FRA_GOV, D8, mode="disapprove"),
        event("AGREE", FRA_GOV, ARM_GOV, D9),
        event("COERCE", AZE_SECURITY, FR_CITIZEN_BAKU, D10, mode="arrest", location="Baku", location_country="AZE"),
        event("ACCUSE", FRA_GOV, AZE_GOV, D12, mode="disapprove"),
        event("REQUEST", FRA_GOV, AZE_GOV, D12),
        event("ACCUSE", ALIYEV, FRA_GOV, D13, mode="disapprove"),
        event("THREATEN", HAJIZADA, FRA_GOV, D14),
    ],
    "quotes": [
        quote("Die beiden Botschaftsmitarbeiter müssten Frankreich binnen 48 Stunden verlassen",
              "Ministry for Europe and Foreign Affairs of France", "indirect"),
        quote("ungerechtfertigte", "Ministry for Europe and Foreign Affairs of France", "direct"),
        quote("Es handle sich um eine Antwort auf die „ungerechtfertigte“ Maßnahme Aserbaidschans",
              "Ministry for Europe and Foreign Affairs of France", "indirect"),
        quote("Aktivitäten vor, die mit ihrem diplomatischen Status unvereinbar seien",
              "Ministry of Foreign Affairs of Azerbaijan", "indirect"),
        quote("einseitig Partei für Armenien zu ergreifen", "Government of Azerbaijan", "indirect"),
        quote("dass der Mann für französische Dienste gearbeitet habe", "Government of France", "indirect"),
        quote("Neokolonialismus", "Ilham Aliyev", "direct"),
        quote("feindselige Politik", "Ayhan Hajizada", "direct"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Government of France", "ORG", "FRA", ["Frankreich", "Paris", "Die französische Regierung"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Government of Azerbaijan", "ORG", "AZE", ["Baku", "Aserbaidschans"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Azerbaijani diplomats in France", "PER", "AZE", ["zwei aserbaidschanische Diplomaten",
                                                                  "Die beiden Botschaftsmitarbeiter"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA",
               ["das Außenministerium in Paris", "ins Außenministerium"]),
        entity("Ambassador of Azerbaijan to France", "PER", "AZE", ["den aserbaidschanischen Botschafter"]),
        entity("French diplomats in Azerbaijan", "PER", "FRA", ["zwei Mitarbeiter der französischen Botschaft",
                                                                 "ihnen", "ihrem"]),
        entity("Embassy of France in Baku", "ORG", "FRA", ["der französischen Botschaft"]),
        entity("Ministry of Foreign Affairs of Azerbaijan", "ORG", "AZE",
               ["Das aserbaidschanische Außenministerium", "es", "des Außenministeriums in Baku"]),
        entity("Armenia", "LOC", "ARM", ["Armenien"]),
        entity("Azerbaijani security authorities", "ORG", "AZE", ["aserbaidschanische Sicherheitsbehörden"]),
        entity("French citizen detained in Baku", "PER", "FRA", ["einen Franzosen", "der Mann",
                                                                 "dem Inhaftierten"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Präsident Ilham Aliyev"]),
        entity("Ayhan Hajizada", "PER", "AZE", ["Der Sprecher des Außenministeriums in Baku, Ayhan Hajizada"]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["Berg-Karabach", "der Region"]),
        entity("Armenians", "MISC", "ARM", ["Armenier"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("OSCE Minsk Group", "ORG", "IGO", ["der Minsk-Gruppe der OSZE"]),
    ],
}

# ---------------------------------------------------------------- hm452-en-01 (Serbia/France, Rafale deal)
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
FRA_GOV_E = actor("Government of France", "FRA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
EU = actor("European Union", "EUR", "IGO")
LITHIUM_PROTESTERS = actor("protesters in Belgrade", "SRB", "CVL")
SRB_POLICE = actor("Serbian Police", "SRB", "COP")
SRB_ACTIVISTS = actor("environmental activists in Serbia", "SRB", "NGO")
KURTI = actor("Albin Kurti", "XKX", "GOV")

E1 = ("BELGRADE, Serbia (AP) — Serbia agreed on Thursday to buy 12 French-made Rafale fighter jets during a visit to "
      "Belgrade by French President Emmanuel Macron, a deal that marks a shift away from the Balkan country's "
      "traditional reliance on Russian weapons.")
E2 = ("Serbian President Aleksandar Vučić said the contract was worth 2.7 billion euros ($3 billion) and called it a "
      "historic day for the country's armed forces.")
E3 = "\"This is a great day for Serbia,\" Vučić told reporters after talks with Macron."
E4 = ("Macron said the purchase showed Serbia's \"European spirit\" and urged Belgrade to bring its foreign policy "
      "closer to that of the European Union.")
E5 = "Serbia has refused to join Western sanctions against Russia over its invasion of Ukraine."
E6 = "The two presidents also agreed to cooperate on civilian nuclear energy and on the mining of lithium."
E7 = ("Environmental groups oppose a planned lithium mine in western Serbia's Jadar valley by the Anglo-Australian "
      "company Rio Tinto.")
E8 = ("Tens of thousands of people protested against the project in Belgrade earlier this month, blocking two "
      "railway stations.")
E9 = "Police detained several activists after the rally, according to rights groups."
E10 = ("In Moscow, Kremlin spokesman Dmitry Peskov said Serbia was a sovereign country and had the right to buy "
       "weapons from whomever it chose.")
E11 = "Kosovo's Prime Minister Albin Kurti accused Belgrade of an arms buildup aimed at destabilizing the region."
E12 = "Vučić rejected the criticism, saying the jets were meant only for defense."
E13 = "Serbia is formally a candidate for EU membership but has maintained close ties with Russia and China."
E14 = "Its air force still relies largely on Soviet-designed MiG-29 jets."
E15 = "Macron's two-day trip is his second visit to Serbia since 2019."

EN01 = {
    "id": "hm452-en-01", "lang": "en", "url": None, "published": "2024-08-29",
    "title": "Serbia agrees to buy French Rafale jets during Macron visit",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8, E9], [E10, E11, E12], [E13, E14, E15]),
    "events": [
        event("AGREE", SRB_GOV, FRA_GOV_E, E1, date="2024-08-29"),
        event("CONSULT", MACRON, SRB_GOV, E1, mode="visit", date="2024-08-29", location="Belgrade",
              location_country="SRB"),
        event("CONSULT", MACRON, VUCIC, E3, mode="meet"),
        event("SUPPORT", MACRON, SRB_GOV, E4),
        event("REQUEST", MACRON, SRB_GOV, E4, mode="change"),
        event("REJECT", SRB_GOV, EU, E5),
        event("AGREE", MACRON, VUCIC, E6),
        event("PROTEST", LITHIUM_PROTESTERS, SRB_GOV, E8, mode="obstruct", location="Belgrade",
              location_country="SRB"),
        event("COERCE", SRB_POLICE, SRB_ACTIVISTS, E9, mode="arrest", location="Belgrade", location_country="SRB"),
        event("ACCUSE", KURTI, SRB_GOV, E11, mode="allege"),
    ],
    "quotes": [
        quote("the contract was worth 2.7 billion euros ($3 billion) and called it a historic day for the country's "
              "armed forces", "Aleksandar Vučić", "indirect"),
        quote("This is a great day for Serbia", "Aleksandar Vučić", "direct"),
        quote("European spirit", "Emmanuel Macron", "direct"),
        quote("the purchase showed Serbia's \"European spirit\"", "Emmanuel Macron", "indirect"),
        quote("Police detained several activists after the rally", "rights groups", "indirect"),
        quote("Serbia was a sovereign country and had the right to buy weapons from whomever it chose",
              "Dmitry Peskov", "indirect"),
        quote("saying the jets were meant only for defense", "Aleksandar Vučić", "indirect"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["BELGRADE", "Belgrade"]),
        entity("Serbia", "LOC", "SRB", ["Serbia", "the Balkan country's", "the country's", "Serbia's"]),
        entity("Government of Serbia", "ORG", "SRB", ["Serbia", "Belgrade"]),
        entity("Rafale", "MISC", "FRA", ["Rafale fighter jets", "the jets"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron", "Macron", "Macron's"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Serbian President Aleksandar Vučić", "Vučić"]),
        entity("Serbian Armed Forces", "ORG", "SRB", ["the country's armed forces", "Its air force"]),
        entity("European Union", "ORG", "EUR", ["the European Union", "EU"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Environmental groups in Serbia", "ORG", "SRB", ["Environmental groups"]),
        entity("Jadar valley", "LOC", "SRB", ["western Serbia's Jadar valley"]),
        entity("Rio Tinto", "ORG", "GBR", ["the Anglo-Australian company Rio Tinto"]),
        entity("protesters in Belgrade", "PER", "SRB", ["Tens of thousands of people"]),
        entity("Serbian Police", "ORG", "SRB", ["Police"]),
        entity("environmental activists in Serbia", "PER", "SRB", ["several activists"]),
        entity("rights groups", "ORG", "SRB", ["rights groups"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Albin Kurti", "PER", "XKX", ["Kosovo's Prime Minister Albin Kurti"]),
        entity("Kosovo", "LOC", "XKX", ["Kosovo's"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("MiG-29", "MISC", "RUS", ["Soviet-designed MiG-29 jets"]),
    ],
}

# ---------------------------------------------------------------- hm452-en-02 (Slovakia, Pellegrini elected)
PELLEGRINI = actor("Peter Pellegrini", "SVK", "LEG")
KORCOK = actor("Ivan Korčok", "SVK", "OPP")
SVK_COALITION = actor("Slovak governing parties", "SVK", "PTY")
PELLEGRINI_CAMPAIGN = actor("campaign of Peter Pellegrini", "SVK", "PTY")
FICO = actor("Robert Fico", "SVK", "GOV")
SVK_GOV = actor("Government of Slovakia", "SVK", "GOV")
CAPUTOVA = actor("Zuzana Čaputová", "SVK", "GOV")
ZELENSKYY = actor("Volodymyr Zelenskyy", "UKR", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
SIMECKA = actor("Michal Šimečka", "SVK", "OPP")
SVK_PROTESTERS = actor("protesters in Slovakia", "SVK", "CVL")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")

F1 = ("BRATISLAVA, Slovakia (AP) — Peter Pellegrini, a close ally of populist Prime Minister Robert Fico, won "
      "Slovakia's presidential runoff on Saturday, strengthening the government's grip on power.")
F2 = ("With nearly all votes counted, the parliament speaker had 53% of the vote, while pro-Western former Foreign "
      "Minister Ivan Korčok had 47%, the Statistics Office said.")
F3 = "Korčok congratulated his rival in a speech to supporters in Bratislava."
F4 = ("\"I'm not going to hide that I'm disappointed,\" he said, and accused the governing parties of running a "
      "campaign of fear.")
F5 = ("Pellegrini's campaign had portrayed Korčok as a warmonger who would drag Slovakia into the war in "
      "neighboring Ukraine, a claim Korčok rejected.")
F6 = "Fico praised the result as a victory for a sovereign foreign policy."
F7 = ("Pellegrini promised to cooperate with the government and to be a president who \"stands up for Slovakia's "
      "interests.\"")
F8 = ("Outgoing President Zuzana Čaputová, a liberal who did not seek a second term, congratulated Pellegrini and "
      "urged him to remain independent of the government.")
F9 = "Ukrainian President Volodymyr Zelenskyy also congratulated Pellegrini and invited him to visit Kyiv."
F10 = "Hungarian Prime Minister Viktor Orbán called Pellegrini's win a \"huge victory\" for the camp of peace."
F11 = ("Opposition leader Michal Šimečka of Progressive Slovakia accused Fico of turning the presidency into an "
       "extension of his government.")
F12 = ("Tens of thousands of people have protested in Bratislava and other cities this year against the "
       "government's plans to close the Special Prosecutor's Office and overhaul the public broadcaster.")
F13 = "The European Commission has warned that the changes could undermine the rule of law."
F14 = "Fico returned to power after his Smer party won parliamentary elections last September."
F15 = "Pellegrini, 48, will be sworn in on June 15."

EN02 = {
    "id": "hm452-en-02", "lang": "en", "url": None, "published": "2024-04-07",
    "title": "Fico ally Pellegrini wins Slovakia's presidential runoff",
    "text": paragraphs([F1, F2], [F3, F4, F5], [F6, F7, F8, F9, F10], [F11, F12, F13], [F14, F15]),
    "events": [
        event("SUPPORT", KORCOK, PELLEGRINI, F3, location="Bratislava", location_country="SVK"),
        event("ACCUSE", KORCOK, SVK_COALITION, F4, mode="disapprove"),
        event("ACCUSE", PELLEGRINI_CAMPAIGN, KORCOK, F5, mode="allege"),
        event("SUPPORT", FICO, PELLEGRINI, F6),
        event("AGREE", PELLEGRINI, SVK_GOV, F7),
        event("SUPPORT", CAPUTOVA, PELLEGRINI, F8),
        event("REQUEST", CAPUTOVA, PELLEGRINI, F8, mode="change"),
        event("SUPPORT", ZELENSKYY, PELLEGRINI, F9),
        event("AGREE", ZELENSKYY, PELLEGRINI, F9, mode="meet"),
        event("SUPPORT", ORBAN, PELLEGRINI, F10),
        event("ACCUSE", SIMECKA, FICO, F11, mode="disapprove"),
        event("PROTEST", SVK_PROTESTERS, SVK_GOV, F12, mode="demo", location="Bratislava", location_country="SVK"),
        event("ACCUSE", EU_COMMISSION, SVK_GOV, F13, mode="disapprove"),
    ],
    "quotes": [
        quote("With nearly all votes counted, the parliament speaker had 53% of the vote, while pro-Western former "
              "Foreign Minister Ivan Korčok had 47%", "Statistics Office of the Slovak Republic", "indirect"),
        quote("I'm not going to hide that I'm disappointed", "Ivan Korčok", "direct"),
        quote("running a campaign of fear", "Ivan Korčok", "indirect"),
        quote("stands up for Slovakia's interests", "Peter Pellegrini", "direct"),
        quote("huge victory", "Viktor Orbán", "direct"),
        quote("turning the presidency into an extension of his government", "Michal Šimečka", "indirect"),
        quote("the changes could undermine the rule of law", "European Commission", "indirect"),
    ],
    "entities": [
        entity("Bratislava", "LOC", "SVK", ["BRATISLAVA", "Bratislava"]),
        entity("Slovakia", "LOC", "SVK", ["Slovakia", "Slovakia's"]),
        entity("Peter Pellegrini", "PER", "SVK", ["Peter Pellegrini", "the parliament speaker", "his rival",
                                                  "Pellegrini's", "Pellegrini", "him"]),
        entity("Robert Fico", "PER", "SVK", ["populist Prime Minister Robert Fico", "Fico", "his"]),
        entity("Government of Slovakia", "ORG", "SVK", ["the government's", "the government", "his government"]),
        entity("Ivan Korčok", "PER", "SVK", ["pro-Western former Foreign Minister Ivan Korčok", "Korčok", "he", "his"]),
        entity("Statistics Office of the Slovak Republic", "ORG", "SVK", ["the Statistics Office"]),
        entity("supporters of Ivan Korčok", "PER", "SVK", ["supporters"]),
        entity("Slovak governing parties", "ORG", "SVK", ["the governing parties"]),
        entity("campaign of Peter Pellegrini", "ORG", "SVK", ["Pellegrini's campaign"]),
        entity("Ukraine", "LOC", "UKR", ["neighboring Ukraine"]),
        entity("Zuzana Čaputová", "PER", "SVK", ["Outgoing President Zuzana Čaputová"]),
        entity("Volodymyr Zelenskyy", "PER", "UKR", ["Ukrainian President Volodymyr Zelenskyy"]),
        entity("Kyiv", "LOC", "UKR", ["Kyiv"]),
        entity("Viktor Orbán", "PER", "HUN", ["Hungarian Prime Minister Viktor Orbán"]),
        entity("Michal Šimečka", "PER", "SVK", ["Opposition leader Michal Šimečka"]),
        entity("Progressive Slovakia", "ORG", "SVK", ["Progressive Slovakia"]),
        entity("protesters in Slovakia", "PER", "SVK", ["Tens of thousands of people"]),
        entity("Special Prosecutor's Office of Slovakia", "ORG", "SVK", ["the Special Prosecutor's Office"]),
        entity("RTVS", "ORG", "SVK", ["the public broadcaster"]),
        entity("European Commission", "ORG", "EUR", ["The European Commission"]),
        entity("Smer", "ORG", "SVK", ["his Smer party"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
