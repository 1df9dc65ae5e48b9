"""Round 434: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm434-de-01: Bulgaria: Sofia begins dismantling the Monument to the Soviet Army; Vazrazhdane supporters protest and police push them back and detain eleven, prosecutors investigate, Kostadinov attacks mayor Terziev and demands his resignation, Terziev rejects the accusations, the Russian embassy condemns, Zakharova threatens a response, Denkov and Radev react (2023-12-13).
- hm434-de-02: Italy: President Mattarella rebukes the police after officers baton students at a pro-Palestinian march in Pisa; his call to Interior Minister Piantedosi, the Florence dispersal at the US consulate, Piantedosi promises a review and refuses to resign, Pisa prosecutors investigate officers, Schlein and Conte demand answers, Salvini backs the police (2024-02-24).
- hm434-de-03: Germany: a Russian suspect is remanded after two Ukrainian soldiers in rehabilitation are stabbed to death in Murnau; arrest at his flat, Herrmann does not rule out a political motive, prosecutors examine hatred as motive, ambassador Makeiev demands a full inquiry, Kyiv accuses Moscow, the Russian embassy denies any link, Faeser pledges support (2024-04-29).
- hm434-de-04: Germany: nationwide raids against the climate group Letzte Generation on the Munich general prosecutor's criminal-organisation suspicion; accounts seized and website shut down, no arrests, the group accuses the authorities, protest march in Berlin, Buschmann backs the investigators, Söder demands tougher penalties, Lang objects, Scholz's earlier remark (2023-05-24).
- hm434-en-01: Switzerland: Schaffhausen police detain several people after the first use of the Sarco suicide capsule near Merishausen; prosecutors open proceedings, Baume-Schneider had called the device illegal, Nitschke criticises the arrests and demands his colleagues' release, earlier warnings by Schaffhausen and Valais, Exit's criticism (2024-09-24).
- hm434-en-02: Norway: PST arrests a U.S. embassy security guard in Oslo on suspicion of spying for Russia and Iran; the Oslo court remands him, his lawyer rejects the espionage charge, Washington cooperates with Norway, Russia's embassy denies, Mehl accuses Russia and Iran, the 2023 diplomatic expulsions and the Tromsø spy arrest and swap recalled (2024-11-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm434-de-01 (Bulgaria, Soviet Army monument)
SOFIA_MUN = actor("Sofia Municipality", "BGR", "GOV")
VAZ_SUPPORTERS = actor("supporters of Revival", "BGR", "PTY")
BGR_POLICE = actor("Police of Bulgaria", "BGR", "COP")
BGR_PROS = actor("Prosecutor's Office of Bulgaria", "BGR", "JUD")
KOSTADINOV = actor("Kostadin Kostadinov", "BGR", "PTY")
TERZIEV = actor("Vasil Terziev", "BGR", "GOV")
RUS_EMB_SOFIA = actor("Embassy of Russia in Bulgaria", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
BGR_GOV = actor("Government of Bulgaria", "BGR", "GOV")
RADEV = actor("Rumen Radev", "BGR", "GOV")

A1 = ("Sofia (dpa) - In der bulgarischen Hauptstadt Sofia haben Arbeiter mit dem Abbau des umstrittenen Denkmals für "
      "die Sowjetarmee begonnen.")
A2 = ("Ein Kran hob am Dienstagabend die ersten Bronzefiguren von dem Sockel im Stadtzentrum, wie die "
      "Stadtverwaltung mitteilte.")
A3 = "Die Skulpturen sollen laut Kulturministerium in das Museum für sozialistische Kunst gebracht werden."
A4 = ("Mehrere hundert Anhänger der prorussischen Partei Wasraschdane versammelten sich am Abend an der Baustelle und "
      "versuchten, die Absperrungen zu durchbrechen.")
A5 = "Die Polizei drängte die Demonstranten mit Schilden zurück und nahm elf Menschen fest."
A6 = "Die Staatsanwaltschaft leitete gegen mehrere Festgenommene Ermittlungen wegen Rowdytums ein."
A7 = ("Parteichef Kostadin Kostadinow warf Bürgermeister Wassil Terziew vor, „das Andenken an die Befreier“ zu "
      "schänden.")
A8 = "Er forderte den Rücktritt des Bürgermeisters und kündigte weitere Proteste an."
A9 = "Terziew wies die Vorwürfe zurück."
A10 = ("Das Denkmal stehe für fast fünf Jahrzehnte Unfreiheit und nicht für Befreiung, sagte der Politiker des "
       "liberalen Bündnisses PP-DB vor Journalisten.")
A11 = "Die russische Botschaft in Sofia verurteilte den Abbau als „barbarischen Akt“."
A12 = "Außenamtssprecherin Maria Sacharowa drohte in Moskau mit einer „angemessenen Antwort“."
A13 = "Ministerpräsident Nikolai Denkow sagte, Bulgarien lasse sich von Russland nicht einschüchtern."
A14 = ("Staatspräsident Rumen Radew kritisierte das Vorgehen der Stadt als überhastet und verlangte eine öffentliche "
       "Debatte über den Umgang mit dem Denkmal.")
A15 = "Das Monument war 1954 zum zehnten Jahrestag des Einmarsches der Roten Armee in Bulgarien errichtet worden."
A16 = ("Der Stadtrat hatte den Abbau bereits 1993 beschlossen, die Umsetzung scheiterte jedoch jahrelang an Klagen und "
       "politischem Widerstand.")

DE01 = {
    "id": "hm434-de-01", "lang": "de", "url": None, "published": "2023-12-13",
    "title": "Sofia baut Denkmal für die Sowjetarmee ab",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10], [A11, A12, A13, A14], [A15, A16]),
    "events": [
        event("PROTEST", VAZ_SUPPORTERS, SOFIA_MUN, A4, mode="demo", date="2023-12-12", location="Sofia",
              location_country="BGR"),
        event("COERCE", BGR_POLICE, VAZ_SUPPORTERS, A5, mode="crowd-control", date="2023-12-12", location="Sofia",
              location_country="BGR"),
        event("COERCE", BGR_POLICE, VAZ_SUPPORTERS, A5, mode="arrest", date="2023-12-12", location="Sofia",
              location_country="BGR"),
        event("ACCUSE", BGR_PROS, VAZ_SUPPORTERS, A6, mode="investigate"),
        event("ACCUSE", KOSTADINOV, TERZIEV, A7, mode="disapprove"),
        event("REQUEST", KOSTADINOV, TERZIEV, A8, mode="change"),
        event("ACCUSE", RUS_EMB_SOFIA, SOFIA_MUN, A11, mode="disapprove"),
        event("THREATEN", ZAKHAROVA, BGR_GOV, A12, location="Moscow", location_country="RUS"),
        event("ACCUSE", RADEV, SOFIA_MUN, A14, mode="disapprove"),
        event("REQUEST", RADEV, SOFIA_MUN, A14),
    ],
    "quotes": [
        quote("Ein Kran hob am Dienstagabend die ersten Bronzefiguren von dem Sockel im Stadtzentrum",
              "Sofia Municipality", "indirect"),
        quote("Die Skulpturen sollen laut Kulturministerium in das Museum für sozialistische Kunst gebracht werden",
              "Ministry of Culture of Bulgaria", "indirect"),
        quote("das Andenken an die Befreier", "Kostadin Kostadinov", "direct"),
        quote("„das Andenken an die Befreier“ zu schänden", "Kostadin Kostadinov", "indirect"),
        quote("Das Denkmal stehe für fast fünf Jahrzehnte Unfreiheit und nicht für Befreiung", "Vasil Terziev",
              "indirect"),
        quote("barbarischen Akt", "Embassy of Russia in Bulgaria", "direct"),
        quote("angemessenen Antwort", "Maria Zakharova", "direct"),
        quote("Bulgarien lasse sich von Russland nicht einschüchtern", "Nikolai Denkov", "indirect"),
    ],
    "entities": [
        entity("Sofia", "LOC", "BGR", ["der bulgarischen Hauptstadt Sofia", "Sofia"]),
        entity("Monument to the Soviet Army", "LOC", "BGR",
               ["des umstrittenen Denkmals für die Sowjetarmee", "dem Sockel im Stadtzentrum", "Das Denkmal",
                "dem Denkmal", "Das Monument"]),
        entity("Soviet Army", "ORG", "RUS", ["Sowjetarmee"]),
        entity("Sofia Municipality", "ORG", "BGR", ["die Stadtverwaltung", "der Stadt"]),
        entity("Ministry of Culture of Bulgaria", "ORG", "BGR", ["Kulturministerium"]),
        entity("Museum of Socialist Art", "LOC", "BGR", ["das Museum für sozialistische Kunst"]),
        entity("Revival", "ORG", "BGR", ["der prorussischen Partei Wasraschdane"]),
        entity("supporters of Revival", "PER", "BGR",
               ["Mehrere hundert Anhänger der prorussischen Partei Wasraschdane", "die Demonstranten",
                "elf Menschen", "mehrere Festgenommene"]),
        entity("Police of Bulgaria", "ORG", "BGR", ["Die Polizei"]),
        entity("Prosecutor's Office of Bulgaria", "ORG", "BGR", ["Die Staatsanwaltschaft"]),
        entity("Kostadin Kostadinov", "PER", "BGR", ["Parteichef Kostadin Kostadinow", "Er"]),
        entity("Vasil Terziev", "PER", "BGR", ["Bürgermeister Wassil Terziew", "des Bürgermeisters", "Terziew",
                                               "der Politiker des liberalen Bündnisses PP-DB"]),
        entity("PP-DB", "ORG", "BGR", ["des liberalen Bündnisses PP-DB"]),
        entity("Embassy of Russia in Bulgaria", "ORG", "RUS", ["Die russische Botschaft in Sofia"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Nikolai Denkov", "PER", "BGR", ["Ministerpräsident Nikolai Denkow"]),
        entity("Bulgaria", "LOC", "BGR", ["Bulgarien"]),
        entity("Government of Russia", "ORG", "RUS", ["Russland"]),
        entity("Rumen Radev", "PER", "BGR", ["Staatspräsident Rumen Radew"]),
        entity("Red Army", "ORG", "RUS", ["der Roten Armee"]),
        entity("Sofia Municipal Council", "ORG", "BGR", ["Der Stadtrat"]),
    ],
}

# ---------------------------------------------------------------- hm434-de-02 (Italy, Pisa batons)
MATTARELLA = actor("Sergio Mattarella", "ITA", "GOV")
ITA_POLICE = actor("Italian State Police", "ITA", "COP")
PIANTEDOSI = actor("Matteo Piantedosi", "ITA", "GOV")
PISA_STUDENTS = actor("students in Pisa", "ITA", "EDU")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
FLORENCE_PROT = actor("protesters in Florence", "ITA", "CVL")
PISA_PROS = actor("Public Prosecutor's Office of Pisa", "ITA", "JUD")
SCHLEIN = actor("Elly Schlein", "ITA", "PTY")
CONTE = actor("Giuseppe Conte", "ITA", "PTY")
SALVINI = actor("Matteo Salvini", "ITA", "GOV")

I1 = ("Rom (dpa) - Nach dem harten Vorgehen der Polizei gegen Schüler bei einer propalästinensischen Demonstration in "
      "Pisa hat Italiens Staatspräsident Sergio Mattarella die Sicherheitskräfte ungewöhnlich deutlich kritisiert.")
I2 = "Mattarella rief am Samstag Innenminister Matteo Piantedosi an, wie das Präsidialamt mitteilte."
I3 = ("Die Autorität der Sicherheitskräfte messe sich nicht an Schlagstöcken, sondern an ihrer Fähigkeit, Sicherheit "
      "zu gewährleisten und zugleich die Demonstrationsfreiheit zu schützen, sagte das Staatsoberhaupt demnach.")
I4 = "„Gegenüber jungen Menschen sind Schlagstöcke Ausdruck eines Scheiterns“, fügte der 82-Jährige hinzu."
I5 = ("Am Freitag waren Polizisten in der Altstadt von Pisa mit Schlagstöcken gegen einen Zug von mehreren hundert "
      "Schülern vorgegangen.")
I6 = ("Die Jugendlichen hatten gegen den israelischen Militäreinsatz im Gazastreifen demonstriert und wollten zur "
      "Piazza dei Cavalieri ziehen.")
I7 = "Nach Angaben der Organisatoren wurden mindestens 13 Demonstranten verletzt, mehrere von ihnen waren minderjährig."
I8 = "Auch in Florenz trieben Beamte am selben Tag eine Kundgebung vor dem US-Konsulat mit Schlagstöcken auseinander."
I9 = "Piantedosi sagte zu, die Einsätze genau überprüfen zu lassen."
I10 = "Die Staatsanwaltschaft Pisa leitete Ermittlungen gegen mehrere Beamte ein."
I11 = ("Die Vorsitzende der oppositionellen Sozialdemokraten, Elly Schlein, forderte den Minister auf, im Parlament "
       "Rede und Antwort zu stehen.")
I12 = ("Der Chef der Fünf-Sterne-Bewegung, Giuseppe Conte, sprach von einer „Schande“ und verlangte Piantedosis "
       "Rücktritt.")
I13 = "Ein Rücktritt komme nicht infrage, sagte der Minister dem Sender Rai."
I14 = "Vizeregierungschef Matteo Salvini stellte sich demonstrativ hinter die Polizei."
I15 = "Wer Polizisten angreife, stehe auf der falschen Seite, schrieb der Lega-Chef auf der Plattform X."
I16 = "Ministerpräsidentin Giorgia Meloni äußerte sich zunächst nicht zu den Vorfällen."
I17 = ("Seit Beginn des Gaza-Kriegs im Oktober gehen in Italien regelmäßig Tausende Menschen für die Palästinenser auf "
       "die Straße.")

DE02 = {
    "id": "hm434-de-02", "lang": "de", "url": None, "published": "2024-02-24",
    "title": "Mattarella rügt Polizeigewalt gegen Schüler in Pisa",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12, I13], [I14, I15, I16, I17]),
    "events": [
        event("ACCUSE", MATTARELLA, ITA_POLICE, I1, mode="disapprove"),
        event("CONSULT", MATTARELLA, PIANTEDOSI, I2, mode="phone", date="2024-02-24"),
        event("ACCUSE", MATTARELLA, ITA_POLICE, I3, mode="disapprove"),
        event("ACCUSE", MATTARELLA, ITA_POLICE, I4, mode="disapprove"),
        event("COERCE", ITA_POLICE, PISA_STUDENTS, I5, mode="crowd-control", date="2024-02-23", location="Pisa",
              location_country="ITA"),
        event("PROTEST", PISA_STUDENTS, ISR_GOV, I6, mode="demo", date="2024-02-23", location="Pisa",
              location_country="ITA"),
        event("COERCE", ITA_POLICE, FLORENCE_PROT, I8, mode="crowd-control", date="2024-02-23", location="Florence",
              location_country="ITA"),
        event("AGREE", PIANTEDOSI, MATTARELLA, I9),
        event("ACCUSE", PISA_PROS, ITA_POLICE, I10, mode="investigate"),
        event("REQUEST", SCHLEIN, PIANTEDOSI, I11),
        event("ACCUSE", CONTE, PIANTEDOSI, I12, mode="disapprove"),
        event("REQUEST", CONTE, PIANTEDOSI, I12, mode="change"),
        event("REJECT", PIANTEDOSI, CONTE, I13, mode="change"),
        event("SUPPORT", SALVINI, ITA_POLICE, I14),
    ],
    "quotes": [
        quote("Mattarella rief am Samstag Innenminister Matteo Piantedosi an", "Presidency of the Italian Republic",
              "indirect"),
        quote("Die Autorität der Sicherheitskräfte messe sich nicht an Schlagstöcken, sondern an ihrer Fähigkeit, "
              "Sicherheit zu gewährleisten und zugleich die Demonstrationsfreiheit zu schützen", "Sergio Mattarella",
              "indirect"),
        quote("Gegenüber jungen Menschen sind Schlagstöcke Ausdruck eines Scheiterns", "Sergio Mattarella", "direct"),
        quote("Nach Angaben der Organisatoren wurden mindestens 13 Demonstranten verletzt, mehrere von ihnen waren "
              "minderjährig", "organisers of the Pisa demonstration", "indirect"),
        quote("die Einsätze genau überprüfen zu lassen", "Matteo Piantedosi", "indirect"),
        quote("im Parlament Rede und Antwort zu stehen", "Elly Schlein", "indirect"),
        quote("Schande", "Giuseppe Conte", "direct"),
        quote("Ein Rücktritt komme nicht infrage", "Matteo Piantedosi", "indirect"),
        quote("Wer Polizisten angreife, stehe auf der falschen Seite", "Matteo Salvini", "indirect"),
    ],
    "entities": [
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Italian State Police", "ORG", "ITA",
               ["der Polizei", "die Sicherheitskräfte", "der Sicherheitskräfte", "Polizisten", "Beamte",
                "mehrere Beamte", "die Polizei"]),
        entity("students in Pisa", "PER", "ITA",
               ["Schüler", "einen Zug von mehreren hundert Schülern", "Die Jugendlichen",
                "mindestens 13 Demonstranten", "ihnen"]),
        entity("Pisa", "LOC", "ITA", ["Pisa", "der Altstadt von Pisa"]),
        entity("Italy", "LOC", "ITA", ["Italiens", "Italien"]),
        entity("Sergio Mattarella", "PER", "ITA",
               ["Italiens Staatspräsident Sergio Mattarella", "Mattarella", "das Staatsoberhaupt", "der 82-Jährige"]),
        entity("Matteo Piantedosi", "PER", "ITA",
               ["Innenminister Matteo Piantedosi", "Piantedosi", "den Minister", "Piantedosis", "der Minister"]),
        entity("Presidency of the Italian Republic", "ORG", "ITA", ["das Präsidialamt"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Piazza dei Cavalieri", "LOC", "ITA", ["Piazza dei Cavalieri"]),
        entity("organisers of the Pisa demonstration", "PER", "ITA", ["der Organisatoren"]),
        entity("Florence", "LOC", "ITA", ["Florenz"]),
        entity("protesters in Florence", "PER", "ITA", ["eine Kundgebung"]),
        entity("Consulate General of the United States in Florence", "ORG", "USA", ["dem US-Konsulat"]),
        entity("Public Prosecutor's Office of Pisa", "ORG", "ITA", ["Die Staatsanwaltschaft Pisa"]),
        entity("Elly Schlein", "PER", "ITA",
               ["Die Vorsitzende der oppositionellen Sozialdemokraten, Elly Schlein"]),
        entity("Democratic Party (Italy)", "ORG", "ITA", ["der oppositionellen Sozialdemokraten"]),
        entity("Italian Parliament", "ORG", "ITA", ["im Parlament"]),
        entity("Giuseppe Conte", "PER", "ITA", ["Der Chef der Fünf-Sterne-Bewegung, Giuseppe Conte"]),
        entity("Five Star Movement", "ORG", "ITA", ["der Fünf-Sterne-Bewegung"]),
        entity("Rai", "ORG", "ITA", ["dem Sender Rai"]),
        entity("Matteo Salvini", "PER", "ITA", ["Vizeregierungschef Matteo Salvini", "der Lega-Chef"]),
        entity("Lega", "ORG", "ITA", ["Lega"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Ministerpräsidentin Giorgia Meloni"]),
        entity("Gaza war", "MISC", None, ["des Gaza-Kriegs"]),
        entity("Palestinians", "MISC", "PSE", ["die Palästinenser"]),
    ],
}

# ---------------------------------------------------------------- hm434-de-03 (Germany, Murnau killings)
INV_JUDGE = actor("Investigating judge", "DEU", "JUD")
MURNAU_SUSPECT = actor("Russian suspect in the Murnau killings", "RUS", "CVL")
BAV_POLICE = actor("Bavarian Police", "DEU", "COP")
MUC2_PROS = actor("Munich II Public Prosecutor's Office", "DEU", "JUD")
MAKEIEV = actor("Oleksii Makeiev", "UKR", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
UKR_MFA = actor("Ministry of Foreign Affairs of Ukraine", "UKR", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")

M1 = ("Murnau (dpa) - Nach der tödlichen Messerattacke auf zwei Ukrainer im oberbayerischen Murnau sitzt ein "
      "tatverdächtiger Russe in Untersuchungshaft.")
M2 = ("Der 57-Jährige soll die beiden Männer am Samstagabend auf dem Parkplatz eines Einkaufszentrums mit einem Messer "
      "angegriffen haben, wie die Staatsanwaltschaft München II am Montag mitteilte.")
M3 = "Ein 23-Jähriger starb noch am Tatort, ein 36 Jahre alter Mann erlag wenig später in einem Krankenhaus seinen Verletzungen."
M4 = "Polizisten nahmen den Verdächtigen kurz nach der Tat in seiner Wohnung in der Nähe des Tatorts fest."
M5 = "Ein Ermittlungsrichter erließ am Sonntag Haftbefehl wegen Totschlags in zwei Fällen."
M6 = "Der Mann soll die Opfer gekannt und mit ihnen zuvor Alkohol getrunken haben."
M7 = ("Nach Angaben des bayerischen Innenministers Joachim Herrmann handelte es sich bei den beiden Ukrainern um "
      "Soldaten, die zur Behandlung ihrer Kriegsverletzungen in Deutschland waren.")
M8 = "Ein politisches Motiv könne derzeit nicht ausgeschlossen werden, sagte der CSU-Politiker."
M9 = "Die Ermittler prüfen nun auch, ob der Verdächtige aus Hass auf Ukrainer gehandelt hat."
M10 = "Der ukrainische Botschafter Oleksii Makeiev legte am Montag am Tatort Blumen nieder."
M11 = "Er verlangte eine „lückenlose Aufklärung“ und eine harte Bestrafung des Täters."
M12 = ("Das Außenministerium in Kiew sprach von einem „brutalen Mord“ und warf Moskau vor, mit seiner Propaganda Hass "
       "auf Ukrainer zu schüren.")
M13 = "Die russische Botschaft in Berlin wies jede Verbindung zu der Tat zurück."
M14 = "Bundesinnenministerin Nancy Faeser sicherte Kiew Unterstützung bei der Aufklärung zu."
M15 = "Die Sicherheitsbehörden hätten die Tat „mit allem Nachdruck“ aufzuklären, sagte die SPD-Politikerin."
M16 = ("Seit Beginn des russischen Angriffskriegs werden in deutschen Kliniken immer wieder verwundete ukrainische "
       "Soldaten behandelt.")
M17 = "In Murnau befindet sich eine auf Schwerverletzte spezialisierte Unfallklinik."

DE03 = {
    "id": "hm434-de-03", "lang": "de", "url": None, "published": "2024-04-29",
    "title": "Zwei Ukrainer in Murnau getötet - Russe in U-Haft",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9], [M10, M11, M12, M13, M14, M15], [M16, M17]),
    "events": [
        event("COERCE", INV_JUDGE, MURNAU_SUSPECT, M1, mode="arrest", location_country="DEU"),
        event("COERCE", BAV_POLICE, MURNAU_SUSPECT, M4, mode="arrest", date="2024-04-27", location="Murnau",
              location_country="DEU"),
        event("COERCE", INV_JUDGE, MURNAU_SUSPECT, M5, mode="arrest", date="2024-04-28"),
        event("ACCUSE", MUC2_PROS, MURNAU_SUSPECT, M9, mode="investigate"),
        event("REQUEST", MAKEIEV, DEU_GOV, M11),
        event("ACCUSE", UKR_MFA, MURNAU_SUSPECT, M12, mode="disapprove"),
        event("ACCUSE", UKR_MFA, RUS_GOV, M12, mode="allege"),
        event("AGREE", FAESER, UKR_GOV, M14),
    ],
    "quotes": [
        quote("Der 57-Jährige soll die beiden Männer am Samstagabend auf dem Parkplatz eines Einkaufszentrums mit "
              "einem Messer angegriffen haben", "Munich II Public Prosecutor's Office", "indirect"),
        quote("Nach Angaben des bayerischen Innenministers Joachim Herrmann handelte es sich bei den beiden Ukrainern "
              "um Soldaten, die zur Behandlung ihrer Kriegsverletzungen in Deutschland waren", "Joachim Herrmann",
              "indirect"),
        quote("Ein politisches Motiv könne derzeit nicht ausgeschlossen werden", "Joachim Herrmann", "indirect"),
        quote("lückenlose Aufklärung", "Oleksii Makeiev", "direct"),
        quote("brutalen Mord", "Ministry of Foreign Affairs of Ukraine", "direct"),
        quote("mit seiner Propaganda Hass auf Ukrainer zu schüren", "Ministry of Foreign Affairs of Ukraine",
              "indirect"),
        quote("mit allem Nachdruck", "Nancy Faeser", "direct"),
        quote("Die Sicherheitsbehörden hätten die Tat „mit allem Nachdruck“ aufzuklären", "Nancy Faeser", "indirect"),
    ],
    "entities": [
        entity("Murnau", "LOC", "DEU", ["Murnau", "im oberbayerischen Murnau"]),
        entity("Ukrainian victims in Murnau", "PER", "UKR",
               ["zwei Ukrainer", "die beiden Männer", "Ein 23-Jähriger", "ein 36 Jahre alter Mann", "die Opfer",
                "ihnen", "den beiden Ukrainern", "Soldaten"]),
        entity("Russian suspect in the Murnau killings", "PER", "RUS",
               ["ein tatverdächtiger Russe", "Der 57-Jährige", "den Verdächtigen", "Der Mann", "der Verdächtige",
                "des Täters"]),
        entity("Munich II Public Prosecutor's Office", "ORG", "DEU", ["die Staatsanwaltschaft München II",
                                                                     "Die Ermittler"]),
        entity("Bavarian Police", "ORG", "DEU", ["Polizisten"]),
        entity("Investigating judge", "PER", "DEU", ["Ein Ermittlungsrichter"]),
        entity("Joachim Herrmann", "PER", "DEU", ["des bayerischen Innenministers Joachim Herrmann",
                                                  "der CSU-Politiker"]),
        entity("Christian Social Union", "ORG", "DEU", ["CSU"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Oleksii Makeiev", "PER", "UKR", ["Der ukrainische Botschafter Oleksii Makeiev", "Er"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Das Außenministerium in Kiew"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Embassy of Russia in Germany", "ORG", "RUS", ["Die russische Botschaft in Berlin"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Nancy Faeser", "PER", "DEU", ["Bundesinnenministerin Nancy Faeser", "die SPD-Politikerin"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("German security authorities", "ORG", "DEU", ["Die Sicherheitsbehörden"]),
        entity("Ukrainians", "MISC", "UKR", ["Ukrainer"]),
        entity("BG Unfallklinik Murnau", "ORG", "DEU", ["eine auf Schwerverletzte spezialisierte Unfallklinik"]),
    ],
}

# ---------------------------------------------------------------- hm434-de-04 (Germany, Letzte Generation raids)
GENSTA_MUC = actor("General Prosecutor's Office Munich", "DEU", "JUD")
BAV_LKA = actor("Bavarian State Criminal Police Office", "DEU", "COP")
LETZTE_GEN = actor("Letzte Generation", "DEU", "NGO")
LG_PROTESTERS = actor("supporters of Letzte Generation", "DEU", "CVL")
DEU_GOV_L = actor("Government of Germany", "DEU", "GOV")
BUSCHMANN = actor("Marco Buschmann", "DEU", "GOV")
SOEDER = actor("Markus Söder", "DEU", "GOV")
LANG = actor("Ricarda Lang", "DEU", "PTY")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")

L1 = "München (dpa) - Mit einer bundesweiten Razzia sind Ermittler gegen die Klimaschutzgruppe Letzte Generation vorgegangen."
L2 = ("Beamte des bayerischen Landeskriminalamts durchsuchten am Mittwochmorgen 15 Wohnungen und Geschäftsräume in "
      "sieben Bundesländern, unter anderem in Berlin, Hamburg und Dresden.")
L3 = ("Die Generalstaatsanwaltschaft München wirft sieben Aktivisten im Alter von 22 bis 38 Jahren vor, eine "
      "kriminelle Vereinigung gebildet oder unterstützt zu haben.")
L4 = ("Die Gruppe soll über ihre Internetseite mindestens 1,4 Millionen Euro an Spenden für weitere Straftaten "
      "gesammelt haben.")
L5 = ("Zwei der Beschuldigten werden zudem verdächtigt, im vergangenen Jahr versucht zu haben, die Ölpipeline zwischen "
      "Triest und Ingolstadt lahmzulegen.")
L6 = "Die Ermittler beschlagnahmten zudem zwei Konten und schalteten die Internetseite der Gruppe ab."
L7 = "Festnahmen gab es nicht, wie ein Sprecher der Generalstaatsanwaltschaft sagte."
L8 = ("Die Letzte Generation sprach von einem „Einschüchterungsversuch“ und kündigte für den Abend Proteste in "
      "mehreren Städten an.")
L9 = "„Wir lassen uns nicht kriminalisieren“, sagte Sprecherin Carla Hinrichs in Berlin."
L10 = "Am Abend zogen in Berlin mehrere hundert Menschen in einem Protestmarsch durch das Regierungsviertel."
L11 = "Bundesjustizminister Marco Buschmann verteidigte das Vorgehen der Ermittler."
L12 = "Wer Straftaten begehe, müsse mit Konsequenzen rechnen, sagte der FDP-Politiker."
L13 = "Bayerns Ministerpräsident Markus Söder forderte härtere Strafen für Straßenblockierer."
L14 = ("Die Grünen-Vorsitzende Ricarda Lang nannte den Vorwurf der kriminellen Vereinigung dagegen "
       "„unverhältnismäßig“.")
L15 = ("Bundeskanzler Olaf Scholz hatte die Aktionen der Gruppe erst vor wenigen Tagen als „völlig bekloppt“ "
       "bezeichnet.")
L16 = "Die Aktivisten blockieren seit Anfang 2022 regelmäßig Straßen, indem sie sich auf dem Asphalt festkleben."

DE04 = {
    "id": "hm434-de-04", "lang": "de", "url": None, "published": "2023-05-24",
    "title": "Razzia gegen Letzte Generation in sieben Bundesländern",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10], [L11, L12, L13, L14], [L15, L16]),
    "events": [
        event("COERCE", GENSTA_MUC, LETZTE_GEN, L1, location_country="DEU"),
        event("COERCE", BAV_LKA, LETZTE_GEN, L2, date="2023-05-24", location_country="DEU"),
        event("ACCUSE", GENSTA_MUC, LETZTE_GEN, L3, mode="investigate"),
        event("ACCUSE", GENSTA_MUC, LETZTE_GEN, L5, mode="investigate"),
        event("COERCE", GENSTA_MUC, LETZTE_GEN, L6, mode="seize"),
        event("COERCE", GENSTA_MUC, LETZTE_GEN, L7, mode="arrest", negated=True),
        event("ACCUSE", LETZTE_GEN, GENSTA_MUC, L8, mode="disapprove"),
        event("PROTEST", LG_PROTESTERS, DEU_GOV_L, L10, mode="demo", date="2023-05-24", location="Berlin",
              location_country="DEU"),
        event("SUPPORT", BUSCHMANN, GENSTA_MUC, L11),
        event("REQUEST", SOEDER, None, L13, mode="change"),
        event("ACCUSE", LANG, GENSTA_MUC, L14, mode="disapprove"),
        event("ACCUSE", SCHOLZ, LETZTE_GEN, L15, mode="disapprove"),
    ],
    "quotes": [
        quote("eine kriminelle Vereinigung gebildet oder unterstützt zu haben", "General Prosecutor's Office Munich",
              "indirect"),
        quote("Festnahmen gab es nicht", "spokesperson for the General Prosecutor's Office Munich", "indirect"),
        quote("Einschüchterungsversuch", "Letzte Generation", "direct"),
        quote("Wir lassen uns nicht kriminalisieren", "Carla Hinrichs", "direct"),
        quote("Wer Straftaten begehe, müsse mit Konsequenzen rechnen", "Marco Buschmann", "indirect"),
        quote("unverhältnismäßig", "Ricarda Lang", "direct"),
        quote("völlig bekloppt", "Olaf Scholz", "direct"),
    ],
    "entities": [
        entity("Munich", "LOC", "DEU", ["München"]),
        entity("Letzte Generation", "ORG", "DEU",
               ["die Klimaschutzgruppe Letzte Generation", "Die Gruppe", "der Gruppe", "Die Letzte Generation"]),
        entity("members of Letzte Generation", "PER", "DEU",
               ["sieben Aktivisten im Alter von 22 bis 38 Jahren", "Zwei der Beschuldigten", "Die Aktivisten",
                "sie"]),
        entity("General Prosecutor's Office Munich", "ORG", "DEU",
               ["Ermittler", "Die Generalstaatsanwaltschaft München", "Die Ermittler", "der Generalstaatsanwaltschaft",
                "der Ermittler"]),
        entity("Bavarian State Criminal Police Office", "ORG", "DEU",
               ["Beamte des bayerischen Landeskriminalamts"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Hamburg", "LOC", "DEU", ["Hamburg"]),
        entity("Dresden", "LOC", "DEU", ["Dresden"]),
        entity("Transalpine Pipeline", "LOC", None, ["die Ölpipeline zwischen Triest und Ingolstadt"]),
        entity("Trieste", "LOC", "ITA", ["Triest"]),
        entity("Ingolstadt", "LOC", "DEU", ["Ingolstadt"]),
        entity("spokesperson for the General Prosecutor's Office Munich", "PER", "DEU",
               ["ein Sprecher der Generalstaatsanwaltschaft"]),
        entity("Carla Hinrichs", "PER", "DEU", ["Sprecherin Carla Hinrichs"]),
        entity("supporters of Letzte Generation", "PER", "DEU", ["mehrere hundert Menschen"]),
        entity("Berlin government district", "LOC", "DEU", ["das Regierungsviertel"]),
        entity("Marco Buschmann", "PER", "DEU", ["Bundesjustizminister Marco Buschmann", "der FDP-Politiker"]),
        entity("Free Democratic Party", "ORG", "DEU", ["FDP"]),
        entity("Bavaria", "LOC", "DEU", ["Bayerns"]),
        entity("Markus Söder", "PER", "DEU", ["Bayerns Ministerpräsident Markus Söder"]),
        entity("Ricarda Lang", "PER", "DEU", ["Die Grünen-Vorsitzende Ricarda Lang"]),
        entity("Alliance 90/The Greens", "ORG", "DEU", ["Grünen"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
    ],
}

# ---------------------------------------------------------------- hm434-en-01 (Switzerland, Sarco capsule)
SH_POLICE = actor("Schaffhausen Cantonal Police", "CHE", "COP")
LR_MEMBERS = actor("members of The Last Resort", "CHE", "NGO")
SH_PROS = actor("Public Prosecutor's Office of Schaffhausen", "CHE", "JUD")
LR_COPRES = actor("co-president of The Last Resort", "CHE", "NGO")
NITSCHKE = actor("Philip Nitschke", "AUS", "NGO")
SH_AUTH = actor("Government of the Canton of Schaffhausen", "CHE", "GOV")
VS_AUTH = actor("Government of the Canton of Valais", "CHE", "GOV")
LAST_RESORT = actor("The Last Resort", "CHE", "NGO")
EXIT = actor("Exit", "CHE", "NGO")

E1 = ("GENEVA (AP) — Swiss police have detained several people after a woman died in a futuristic capsule designed "
      "for assisted suicide, the first known use of the device.")
E2 = ("The so-called Sarco pod was used on Monday afternoon in a forest hut near Merishausen in the northern canton of "
      "Schaffhausen, close to the German border, according to police.")
E3 = "A 64-year-old woman from the United States died inside the device, police said."
E4 = ("The Schaffhausen public prosecutor's office said it had opened criminal proceedings against several people on "
      "suspicion of inducing and aiding suicide.")
E5 = ("Among those detained was a co-president of The Last Resort, which operates the pod in Switzerland, according "
      "to a statement from the group.")
E6 = "The group said the woman had suffered from a severe immune disorder for years and had chosen the method freely."
E7 = ("Hours before the death became known, Interior Minister Elisabeth Baume-Schneider told lawmakers in Bern that "
      "the Sarco was not legal.")
E8 = ("The capsule does not meet product safety requirements, and its use of nitrogen is not compatible with "
      "chemicals law, she said.")
E9 = ("Philip Nitschke, the Australian inventor of the pod, called the arrests “heavy-handed” and demanded the "
      "immediate release of his colleagues.")
E10 = ("He said lawyers had concluded that the Sarco was lawful because the person inside presses the button "
       "themselves.")
E11 = "“We are confident that no crime has been committed,” Nitschke told the Dutch newspaper de Volkskrant from Germany."
E12 = "Prosecutors did not say how long the suspects would be held."
E13 = ("Switzerland allows assisted suicide as long as the person takes their own life and those who help do not act "
       "out of selfish motives.")
E14 = ("Authorities in Schaffhausen and in the canton of Valais had warned the organizers earlier this year that "
       "anyone using the capsule could face prosecution.")
E15 = "Exit, the country's largest assisted-dying organization, has criticized the project as irresponsible."

EN01 = {
    "id": "hm434-en-01", "lang": "en", "url": None, "published": "2024-09-24",
    "title": "Swiss police detain several people after first use of suicide capsule",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8], [E9, E10, E11, E12], [E13, E14, E15]),
    "events": [
        event("COERCE", SH_POLICE, LR_MEMBERS, E1, mode="arrest", location_country="CHE"),
        event("ACCUSE", SH_PROS, LR_MEMBERS, E4, mode="investigate"),
        event("COERCE", SH_POLICE, LR_COPRES, E5, mode="arrest"),
        event("ACCUSE", NITSCHKE, SH_POLICE, E9, mode="disapprove"),
        event("REQUEST", NITSCHKE, SH_PROS, E9, mode="yield"),
        event("THREATEN", SH_AUTH, LAST_RESORT, E14),
        event("THREATEN", VS_AUTH, LAST_RESORT, E14),
        event("ACCUSE", EXIT, LAST_RESORT, E15, mode="disapprove"),
    ],
    "quotes": [
        quote("The so-called Sarco pod was used on Monday afternoon in a forest hut near Merishausen in the northern "
              "canton of Schaffhausen, close to the German border", "Schaffhausen Cantonal Police", "indirect"),
        quote("A 64-year-old woman from the United States died inside the device", "Schaffhausen Cantonal Police",
              "indirect"),
        quote("it had opened criminal proceedings against several people on suspicion of inducing and aiding suicide",
              "Public Prosecutor's Office of Schaffhausen", "indirect"),
        quote("Among those detained was a co-president of The Last Resort, which operates the pod in Switzerland",
              "The Last Resort", "indirect"),
        quote("the woman had suffered from a severe immune disorder for years and had chosen the method freely",
              "The Last Resort", "indirect"),
        quote("the Sarco was not legal", "Elisabeth Baume-Schneider", "indirect"),
        quote("The capsule does not meet product safety requirements, and its use of nitrogen is not compatible with "
              "chemicals law", "Elisabeth Baume-Schneider", "indirect"),
        quote("heavy-handed", "Philip Nitschke", "direct"),
        quote("lawyers had concluded that the Sarco was lawful because the person inside presses the button "
              "themselves", "Philip Nitschke", "indirect"),
        quote("We are confident that no crime has been committed", "Philip Nitschke", "direct"),
        quote("anyone using the capsule could face prosecution", "Government of the Canton of Schaffhausen",
              "indirect"),
        quote("anyone using the capsule could face prosecution", "Government of the Canton of Valais", "indirect"),
    ],
    "entities": [
        entity("Geneva", "LOC", "CHE", ["GENEVA"]),
        entity("Schaffhausen Cantonal Police", "ORG", "CHE", ["Swiss police", "police"]),
        entity("members of The Last Resort", "PER", "CHE", ["several people", "the suspects", "his colleagues"]),
        entity("American woman who died in the Sarco", "PER", "USA",
               ["a woman", "A 64-year-old woman from the United States", "the woman"]),
        entity("Sarco", "MISC", "CHE",
               ["a futuristic capsule designed for assisted suicide", "the device", "The so-called Sarco pod",
                "the pod", "the Sarco", "The capsule", "the capsule"]),
        entity("Merishausen", "LOC", "CHE", ["Merishausen"]),
        entity("Canton of Schaffhausen", "LOC", "CHE", ["the northern canton of Schaffhausen", "Schaffhausen"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Public Prosecutor's Office of Schaffhausen", "ORG", "CHE",
               ["The Schaffhausen public prosecutor's office", "it", "Prosecutors"]),
        entity("co-president of The Last Resort", "PER", "CHE", ["a co-president of The Last Resort"]),
        entity("The Last Resort", "ORG", "CHE", ["The Last Resort", "the group", "The group", "the organizers",
                                                  "the project"]),
        entity("Switzerland", "LOC", "CHE", ["Switzerland", "the country's"]),
        entity("Elisabeth Baume-Schneider", "PER", "CHE", ["Interior Minister Elisabeth Baume-Schneider", "she"]),
        entity("Federal Assembly of Switzerland", "ORG", "CHE", ["lawmakers in Bern"]),
        entity("Bern", "LOC", "CHE", ["Bern"]),
        entity("Philip Nitschke", "PER", "AUS",
               ["Philip Nitschke, the Australian inventor of the pod", "his", "He", "Nitschke"]),
        entity("de Volkskrant", "ORG", "NLD", ["the Dutch newspaper de Volkskrant"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Government of the Canton of Schaffhausen", "ORG", "CHE", ["Authorities in Schaffhausen"]),
        entity("Canton of Valais", "LOC", "CHE", ["the canton of Valais"]),
        entity("Exit", "ORG", "CHE", ["Exit, the country's largest assisted-dying organization"]),
    ],
}

# ---------------------------------------------------------------- hm434-en-02 (Norway, US embassy guard spying)
PST = actor("Norwegian Police Security Service", "NOR", "COP")
GUARD = actor("security guard at the U.S. embassy in Oslo", "NOR", "CVL")
OSLO_COURT = actor("Oslo District Court", "NOR", "JUD")
US_STATE = actor("United States Department of State", "USA", "GOV")
NOR_GOV = actor("Government of Norway", "NOR", "GOV")
MEHL = actor("Emilie Enger Mehl", "NOR", "GOV")
RUS_GOV_N = actor("Government of Russia", "RUS", "GOV")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
NOR_POLICE = actor("Norwegian police", "NOR", "COP")
MIKUSHIN = actor("Mikhail Mikushin", "RUS", "MIL")

N1 = ("OSLO, Nov 6 (Reuters) - Norwegian police have arrested a security guard at the U.S. embassy in Oslo on "
      "suspicion of spying for Russia and Iran, the country's domestic intelligence agency PST said on Wednesday.")
N2 = ("The Norwegian citizen, who is in his 20s, is suspected of having passed information to both countries in "
      "return for money, PST said in a statement.")
N3 = "The Oslo District Court on Wednesday remanded him in custody for four weeks, the first two of them in isolation."
N4 = ("“This is a serious case that affects both Norway's security and that of an allied country,” PST attorney "
      "Thomas Blom told reporters.")
N5 = ("The man's lawyer, Inger Zadig, said her client had acknowledged some of the facts but rejected the charge of "
      "aggravated espionage.")
N6 = "The U.S. embassy said it was aware of the arrest and referred all questions to Norwegian authorities."
N7 = ("A State Department spokesperson in Washington said the United States was cooperating closely with Norway in "
      "the investigation.")
N8 = "Russia's embassy in Oslo dismissed the allegations as “absurd” and said it knew nothing about the case."
N9 = "Iran's embassy did not respond to a request for comment."
N10 = ("Justice Minister Emilie Enger Mehl said the case showed that Russia and Iran were actively trying to recruit "
       "people with access to sensitive sites in Norway.")
N11 = "No other people have been arrested in the case, PST said."
N12 = ("Norway, which shares a 198-km (123-mile) Arctic border with Russia, has become Europe's biggest gas supplier "
       "since Moscow's full-scale invasion of Ukraine in 2022.")
N13 = ("In April 2023, Oslo expelled 15 Russian diplomats, saying they were intelligence officers working under "
       "diplomatic cover.")
N14 = "Moscow responded by expelling 10 Norwegian diplomats."
N15 = ("In October 2022, police in Tromsø arrested a researcher who had posed as a Brazilian academic and was later "
       "identified as a Russian military intelligence officer.")
N16 = "He was handed over to Russia in a prisoner exchange in August 2024."

EN02 = {
    "id": "hm434-en-02", "lang": "en", "url": None, "published": "2024-11-06",
    "title": "Norway arrests U.S. embassy guard on suspicion of spying for Russia and Iran",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7], [N8, N9, N10, N11], [N12, N13, N14], [N15, N16]),
    "events": [
        event("COERCE", PST, GUARD, N1, mode="arrest", location="Oslo", location_country="NOR"),
        event("ACCUSE", PST, GUARD, N2, mode="investigate"),
        event("COERCE", OSLO_COURT, GUARD, N3, mode="arrest", date="2024-11-06", location="Oslo",
              location_country="NOR"),
        event("COOPERATE", US_STATE, NOR_GOV, N7),
        event("ACCUSE", MEHL, RUS_GOV_N, N10, mode="allege"),
        event("ACCUSE", MEHL, IRN_GOV, N10, mode="allege"),
        event("COERCE", PST, None, N11, mode="arrest", negated=True),
        event("SANCTION", NOR_GOV, RUS_GOV_N, N13, mode="expel"),
        event("SANCTION", RUS_GOV_N, NOR_GOV, N14, mode="expel"),
        event("COERCE", NOR_POLICE, MIKUSHIN, N15, mode="arrest", location="Tromsø", location_country="NOR"),
        event("RETREAT", NOR_GOV, RUS_GOV_N, N16, mode="release"),
    ],
    "quotes": [
        quote("Norwegian police have arrested a security guard at the U.S. embassy in Oslo on suspicion of spying for "
              "Russia and Iran", "Norwegian Police Security Service", "indirect"),
        quote("The Norwegian citizen, who is in his 20s, is suspected of having passed information to both countries "
              "in return for money", "Norwegian Police Security Service", "indirect"),
        quote("This is a serious case that affects both Norway's security and that of an allied country",
              "Thomas Blom", "direct"),
        quote("her client had acknowledged some of the facts but rejected the charge of aggravated espionage",
              "Inger Zadig", "indirect"),
        quote("it was aware of the arrest", "Embassy of the United States in Oslo", "indirect"),
        quote("the United States was cooperating closely with Norway in the investigation",
              "spokesperson for the United States Department of State", "indirect"),
        quote("absurd", "Embassy of Russia in Norway", "direct"),
        quote("it knew nothing about the case", "Embassy of Russia in Norway", "indirect"),
        quote("the case showed that Russia and Iran were actively trying to recruit people with access to sensitive "
              "sites in Norway", "Emilie Enger Mehl", "indirect"),
        quote("No other people have been arrested in the case", "Norwegian Police Security Service", "indirect"),
        quote("they were intelligence officers working under diplomatic cover", "Government of Norway", "indirect"),
    ],
    "entities": [
        entity("Oslo", "LOC", "NOR", ["OSLO", "Oslo"]),
        entity("Norwegian Police Security Service", "ORG", "NOR",
               ["Norwegian police", "the country's domestic intelligence agency PST", "PST"]),
        entity("security guard at the U.S. embassy in Oslo", "PER", "NOR",
               ["a security guard at the U.S. embassy in Oslo", "The Norwegian citizen", "his", "him", "The man's",
                "her client"]),
        entity("Embassy of the United States in Oslo", "ORG", "USA", ["the U.S. embassy in Oslo", "The U.S. embassy",
                                                                      "it"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Oslo District Court", "ORG", "NOR", ["The Oslo District Court"]),
        entity("Thomas Blom", "PER", "NOR", ["PST attorney Thomas Blom"]),
        entity("Norway", "LOC", "NOR", ["Norway's", "Norway"]),
        entity("Inger Zadig", "PER", "NOR", ["The man's lawyer, Inger Zadig"]),
        entity("Norwegian authorities", "ORG", "NOR", ["Norwegian authorities"]),
        entity("spokesperson for the United States Department of State", "PER", "USA",
               ["A State Department spokesperson in Washington"]),
        entity("United States Department of State", "ORG", "USA", ["State Department"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Government of the United States", "ORG", "USA", ["the United States"]),
        entity("Government of Norway", "ORG", "NOR", ["Norway", "Oslo"]),
        entity("Embassy of Russia in Norway", "ORG", "RUS", ["Russia's embassy in Oslo"]),
        entity("Embassy of Iran in Norway", "ORG", "IRN", ["Iran's embassy"]),
        entity("Emilie Enger Mehl", "PER", "NOR", ["Justice Minister Emilie Enger Mehl"]),
        entity("Government of Russia", "ORG", "RUS", ["Russia", "Moscow"]),
        entity("Government of Iran", "ORG", "IRN", ["Iran"]),
        entity("Europe", "LOC", None, ["Europe's"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Russian diplomats expelled from Norway", "PER", "RUS", ["15 Russian diplomats", "they"]),
        entity("Norwegian diplomats expelled from Russia", "PER", "NOR", ["10 Norwegian diplomats"]),
        entity("Tromsø", "LOC", "NOR", ["Tromsø"]),
        entity("Norwegian police", "ORG", "NOR", ["police in Tromsø"]),
        entity("Mikhail Mikushin", "PER", "RUS",
               ["a researcher who had posed as a Brazilian academic", "a Russian military intelligence officer",
                "He"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
