"""Round 284: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023, invented wording and details):
- hm284-de-01: EU summit in Brussels opens accession talks with Ukraine and Moldova while Orbán leaves the room; candidate status for Georgia, conditional offer to Bosnia, Zelensky and Sandu welcome it, Orbán objects and vetoes the 50-billion-euro Ukraine budget, Peskov objects, MEPs accuse the Commission over Hungary's funds (2023-12-14).
- hm284-de-02: Ukraine: a Russian missile kills more than 50 people at a wake in a café in Hroza near Kupiansk; Klymenko blames an Iskander, Zelensky and Kuleba accuse Moscow, Zelensky asks for air defence, prosecutors investigate, Denise Brown and Borrell condemn, OCHA sends aid, air defence moved to Kharkiv region, Peskov denies, Moscow reports strikes near Kupiansk (2023-10-05).
- hm284-de-03: Turkey: Erdoğan wins the presidential run-off against Kılıçdaroğlu; Erdoğan attacks the opposition and rules out Demirtaş's release, Kılıçdaroğlu speaks of the most unfair election and does not congratulate, Putin, Biden and Stoltenberg congratulate, Scholz pledges cooperation, Stoltenberg presses Ankara on Sweden (2023-05-28).
- hm284-de-04: Russia: RFE/RL journalist Alsu Kurmasheva detained in Kazan and remanded in custody over the "foreign agent" law, earlier passport seizure and fine, Gedmin and Lipavský demand her release, the State Department accuses Moscow, colleagues protest in Prague, Gershkovich background (2023-10-20).
- hm284-en-01: Russia formally leaves the CFE Treaty and NATO suspends it; Moscow blames NATO enlargement, the allies and Blinken condemn, the US suspends its obligations, Ryabkov warns, Peskov rules out arms-control talks, Stoltenberg offers talks, Belarus stays in (2023-11-07).
- hm284-en-02: Armenia's parliament ratifies the ICC's Rome Statute despite Putin's arrest warrant; Kirakosyan reassures Moscow, Peskov and Zakharova object and warn, the earlier summons of Armenia's ambassador, Pashinyan accuses Russia, Samantha Power's visit and aid pledge, the EU welcomes the vote (2023-10-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm284-de-01 (EU summit, accession talks)
EUCO = actor("European Council", "EUR", "IGO")
UKRAINE = actor("Ukraine", "UKR", "GOV")
MOLDOVA = actor("Moldova", "MDA", "GOV")
GEORGIA = actor("Georgia", "GEO", "GOV")
BOSNIA = actor("Bosnia and Herzegovina", "BIH", "GOV")
EU = actor("European Union", "EUR", "IGO")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
SANDU = actor("Maia Sandu", "MDA", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
MEPS = actor("members of the European Parliament", "EUR", "LEG")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")

E1 = ("Brüssel (dpa) - Die Staats- und Regierungschefs der EU haben bei ihrem Gipfel in Brüssel den Weg für "
      "Beitrittsverhandlungen mit der Ukraine und der Republik Moldau freigemacht.")
E2 = ("Der ungarische Ministerpräsident Viktor Orbán verließ vor der Entscheidung am Donnerstagabend den Saal und "
      "ermöglichte so einen einstimmigen Beschluss der übrigen 26 Mitgliedstaaten.")
E3 = "Der Gipfel sprach zudem Georgien den Status eines Beitrittskandidaten zu."
E4 = ("Mit Bosnien-Herzegowina sollen Verhandlungen beginnen, sobald das Land die geforderten Reformen umgesetzt "
      "hat.")
E5 = ("„Das ist ein klares Signal der Hoffnung für ihre Bürger und für unseren Kontinent“, schrieb EU-Ratspräsident "
      "Charles Michel auf der Plattform X.")
E6 = ("Der ukrainische Präsident Wolodymyr Selenskyj sprach von einem „Sieg für die Ukraine“ und einem „Sieg für "
      "ganz Europa“.")
E7 = "Moldaus Präsidentin Maia Sandu dankte den EU-Staaten und nannte den Donnerstag einen „historischen Tag“."
E8 = ("Orbán bezeichnete die Entscheidung in einem Video auf Facebook dagegen als „völlig sinnlos, irrational und "
      "falsch“.")
E9 = "Ungarn habe sich an dieser schlechten Entscheidung nicht beteiligen wollen, sagte der 60-Jährige."
E10 = ("In der Nacht zum Freitag legte er jedoch sein Veto gegen die Aufstockung des EU-Haushalts ein, mit der die "
       "Ukraine bis 2027 Hilfen von 50 Milliarden Euro erhalten sollte.")
E11 = "Die übrigen Staaten wollen Anfang kommenden Jahres einen neuen Anlauf nehmen."
E12 = ("Kremlsprecher Dmitri Peskow nannte die Beschlüsse „politisiert“ und warnte, die Aufnahme neuer Mitglieder "
       "könne die EU destabilisieren.")
E13 = ("Die Ukraine hatte die Mitgliedschaft kurz nach Beginn der russischen Invasion im Februar 2022 "
       "beantragt.")
E14 = ("Abgeordnete des Europaparlaments warfen der EU-Kommission vor, Orbán durch die Freigabe von rund zehn "
       "Milliarden Euro eingefrorener Gelder am Mittwoch entgegengekommen zu sein.")
E15 = ("Kommissionspräsidentin Ursula von der Leyen wies das zurück: Ungarn habe die verlangten Justizreformen "
       "umgesetzt.")
E16 = ("Die eigentlichen Verhandlungen können erst beginnen, wenn die Mitgliedstaaten einstimmig einen "
       "Verhandlungsrahmen beschlossen haben.")

DE01 = {
    "id": "hm284-de-01", "lang": "de", "url": None, "published": "2023-12-14",
    "title": "EU öffnet Tür für Beitrittsgespräche mit Ukraine und Moldau",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11, E12], [E13, E14, E15, E16]),
    "events": [
        event("CONSULT", EUCO, None, E1, mode="multilateral", location="Brussels", location_country="BEL"),
        event("SUPPORT", EUCO, UKRAINE, E1, location="Brussels", location_country="BEL"),
        event("SUPPORT", EUCO, MOLDOVA, E1, location="Brussels", location_country="BEL"),
        event("SUPPORT", EUCO, GEORGIA, E3),
        event("AGREE", EUCO, BOSNIA, E4),
        event("SUPPORT", ZELENSKY, EUCO, E6),
        event("SUPPORT", SANDU, EU, E7),
        event("ACCUSE", ORBAN, EUCO, E8, mode="disapprove"),
        event("REJECT", ORBAN, EU, E10),
        event("ACCUSE", PESKOV, EUCO, E12, mode="disapprove"),
        event("REQUEST", UKRAINE, EU, E13, mode="assist"),
        event("ACCUSE", MEPS, EU_COMMISSION, E14, mode="allege"),
    ],
    "quotes": [
        quote("Das ist ein klares Signal der Hoffnung für ihre Bürger und für unseren Kontinent", "Charles Michel",
              "direct"),
        quote("Sieg für die Ukraine", "Volodymyr Zelensky", "direct"),
        quote("Sieg für ganz Europa", "Volodymyr Zelensky", "direct"),
        quote("historischen Tag", "Maia Sandu", "direct"),
        quote("völlig sinnlos, irrational und falsch", "Viktor Orbán", "direct"),
        quote("Ungarn habe sich an dieser schlechten Entscheidung nicht beteiligen wollen", "Viktor Orbán",
              "indirect"),
        quote("politisiert", "Dmitry Peskov", "direct"),
        quote("die Aufnahme neuer Mitglieder könne die EU destabilisieren", "Dmitry Peskov", "indirect"),
        quote("Orbán durch die Freigabe von rund zehn Milliarden Euro eingefrorener Gelder am Mittwoch "
              "entgegengekommen zu sein", "members of the European Parliament", "indirect"),
        quote("Ungarn habe die verlangten Justizreformen umgesetzt", "Ursula von der Leyen", "indirect"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("European Council", "ORG", "EUR", ["Die Staats- und Regierungschefs der EU", "Der Gipfel"]),
        entity("European Union", "ORG", "EUR", ["EU-Staaten", "EU-Haushalts", "die EU"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "die Ukraine", "Die Ukraine"]),
        entity("Moldova", "LOC", "MDA", ["der Republik Moldau", "Moldaus"]),
        entity("Viktor Orbán", "PER", "HUN", ["Der ungarische Ministerpräsident Viktor Orbán", "Orbán",
                                              "der 60-Jährige"]),
        entity("Georgia", "LOC", "GEO", ["Georgien"]),
        entity("Bosnia and Herzegovina", "LOC", "BIH", ["Bosnien-Herzegowina", "das Land"]),
        entity("Charles Michel", "PER", "EUR", ["EU-Ratspräsident Charles Michel"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("Europe", "LOC", None, ["ganz Europa"]),
        entity("Maia Sandu", "PER", "MDA", ["Moldaus Präsidentin Maia Sandu"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Hungary", "LOC", "HUN", ["Ungarn"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("members of the European Parliament", "PER", "EUR", ["Abgeordnete des Europaparlaments"]),
        entity("European Parliament", "ORG", "EUR", ["des Europaparlaments"]),
        entity("European Commission", "ORG", "EUR", ["der EU-Kommission"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["Kommissionspräsidentin Ursula von der Leyen"]),
    ],
}

# ---------------------------------------------------------------- hm284-de-02 (Ukraine, missile strike on Hroza)
RU_FORCES = actor("Russian Armed Forces", "RUS", "MIL")
HROZA_CIVILIANS = actor("civilians in Hroza", "UKR", "CVL")
KLYMENKO = actor("Ihor Klymenko", "UKR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
WESTERN_PARTNERS = actor("Western partners of Ukraine", None, "GOV")
UKR_PROSECUTORS = actor("Office of the Prosecutor General of Ukraine", "UKR", "JUD")
KULEBA = actor("Dmytro Kuleba", "UKR", "GOV")
DENISE_BROWN = actor("Denise Brown", "UNO", "IGO")
OCHA = actor("UN Office for the Coordination of Humanitarian Affairs", "UNO", "IGO")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
UKR_FORCES = actor("Armed Forces of Ukraine", "UKR", "MIL")

H1 = ("Kiew (AFP) - Bei einem russischen Raketenangriff auf ein Dorf im Osten der Ukraine sind mehr als 50 Menschen "
      "getötet worden.")
H2 = ("Die Rakete schlug am Donnerstagmittag in ein Café in Hrosa im Gebiet Charkiw ein, in dem sich Dorfbewohner "
      "zu einer Trauerfeier für einen gefallenen Soldaten versammelt hatten.")
H3 = "Unter den Toten sei auch ein sechs Jahre alter Junge, teilte Innenminister Ihor Klymenko mit."
H4 = ("Nach ersten Erkenntnissen habe die russische Armee eine ballistische Rakete vom Typ Iskander eingesetzt, "
      "sagte der Minister.")
H5 = ("Präsident Wolodymyr Selenskyj sprach von einem „demonstrativ brutalen russischen Verbrechen“ und einem "
      "„völlig bewussten Terrorakt“.")
H6 = "„Russland muss für diesen Terror zur Rechenschaft gezogen werden“, sagte er."
H7 = "Der 45-Jährige forderte von den westlichen Partnern zugleich weitere Systeme zur Flugabwehr."
H8 = ("Der Gouverneur des Gebiets Charkiw, Oleh Synjehubow, sagte, in Hrosa hätten zuletzt etwa 330 Menschen "
      "gelebt; fast jede Familie habe Angehörige verloren.")
H9 = "Die Generalstaatsanwaltschaft leitete Ermittlungen wegen eines Kriegsverbrechens ein."
H10 = "Außenminister Dmytro Kuleba schrieb, Russland habe einmal mehr bewiesen, dass es ein Terrorstaat sei."
H11 = ("Die humanitäre Koordinatorin der Vereinten Nationen für die Ukraine, Denise Brown, verurteilte den Angriff "
       "als „schockierend“.")
H12 = "Das UN-Nothilfebüro OCHA schickte noch am Abend Hilfsgüter in das Dorf."
H13 = ("Der EU-Außenbeauftragte Josep Borrell nannte den Angriff „grausam“ und sicherte der Ukraine die weitere "
       "Unterstützung der EU zu.")
H14 = ("Der Generalstab teilte mit, die Armee habe zusätzliche Flugabwehreinheiten in das Gebiet Charkiw "
       "verlegt.")
H15 = ("Kremlsprecher Dmitri Peskow sagte, die russischen Streitkräfte griffen ausschließlich militärische Ziele "
       "an.")
H16 = ("Das Verteidigungsministerium in Moskau meldete für Donnerstag Angriffe auf ukrainische Truppen und "
       "Militärtechnik im Raum Kupjansk.")
H17 = "Hrosa liegt rund 30 Kilometer westlich von Kupjansk nahe der Frontlinie."

DE02 = {
    "id": "hm284-de-02", "lang": "de", "url": None, "published": "2023-10-05",
    "title": "Mehr als 50 Tote bei russischem Raketenangriff auf Trauerfeier",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12, H13, H14], [H15, H16, H17]),
    "events": [
        event("ASSAULT", RU_FORCES, HROZA_CIVILIANS, H1, mode="heavy-weapons", location="Hroza",
              location_country="UKR"),
        event("ASSAULT", RU_FORCES, HROZA_CIVILIANS, H2, mode="heavy-weapons", date="2023-10-05",
              location="Hroza", location_country="UKR"),
        event("ACCUSE", KLYMENKO, RU_FORCES, H4, mode="allege"),
        event("ACCUSE", ZELENSKY, RUSSIA, H5, mode="disapprove"),
        event("ACCUSE", ZELENSKY, RUSSIA, H6, mode="disapprove"),
        event("REQUEST", ZELENSKY, WESTERN_PARTNERS, H7, mode="assist"),
        event("ACCUSE", UKR_PROSECUTORS, RU_FORCES, H9, mode="investigate"),
        event("ACCUSE", KULEBA, RUSSIA, H10, mode="disapprove"),
        event("ACCUSE", DENISE_BROWN, RU_FORCES, H11, mode="disapprove"),
        event("AID", OCHA, HROZA_CIVILIANS, H12, date="2023-10-05", location="Hroza", location_country="UKR"),
        event("ACCUSE", BORRELL, RU_FORCES, H13, mode="disapprove"),
        event("AGREE", BORRELL, UKRAINE, H13),
        event("MOBILIZE", UKR_FORCES, None, H14, mode="troops", location="Kharkiv Oblast",
              location_country="UKR"),
        event("ASSAULT", RU_FORCES, UKR_FORCES, H16, date="2023-10-05", location="Kupiansk",
              location_country="UKR"),
    ],
    "quotes": [
        quote("Unter den Toten sei auch ein sechs Jahre alter Junge", "Ihor Klymenko", "indirect"),
        quote("Nach ersten Erkenntnissen habe die russische Armee eine ballistische Rakete vom Typ Iskander "
              "eingesetzt", "Ihor Klymenko", "indirect"),
        quote("demonstrativ brutalen russischen Verbrechen", "Volodymyr Zelensky", "direct"),
        quote("völlig bewussten Terrorakt", "Volodymyr Zelensky", "direct"),
        quote("Russland muss für diesen Terror zur Rechenschaft gezogen werden", "Volodymyr Zelensky", "direct"),
        quote("in Hrosa hätten zuletzt etwa 330 Menschen gelebt; fast jede Familie habe Angehörige verloren",
              "Oleh Syniehubov", "indirect"),
        quote("Russland habe einmal mehr bewiesen, dass es ein Terrorstaat sei", "Dmytro Kuleba", "indirect"),
        quote("schockierend", "Denise Brown", "direct"),
        quote("grausam", "Josep Borrell", "direct"),
        quote("die Armee habe zusätzliche Flugabwehreinheiten in das Gebiet Charkiw verlegt",
              "General Staff of the Armed Forces of Ukraine", "indirect"),
        quote("die russischen Streitkräfte griffen ausschließlich militärische Ziele an", "Dmitry Peskov",
              "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "die Ukraine"]),
        entity("Hroza", "LOC", "UKR", ["ein Dorf im Osten der Ukraine", "Hrosa", "das Dorf"]),
        entity("café in Hroza", "LOC", "UKR", ["ein Café"]),
        entity("Kharkiv Oblast", "LOC", "UKR", ["Gebiet Charkiw", "des Gebiets Charkiw"]),
        entity("Ihor Klymenko", "PER", "UKR", ["Innenminister Ihor Klymenko", "der Minister"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["die russische Armee", "die russischen Streitkräfte"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Der 45-Jährige"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Western partners of Ukraine", "ORG", None, ["den westlichen Partnern"]),
        entity("Oleh Syniehubov", "PER", "UKR", ["Der Gouverneur des Gebiets Charkiw, Oleh Synjehubow"]),
        entity("Office of the Prosecutor General of Ukraine", "ORG", "UKR", ["Die Generalstaatsanwaltschaft"]),
        entity("Dmytro Kuleba", "PER", "UKR", ["Außenminister Dmytro Kuleba"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Denise Brown", "PER", "UNO", ["Die humanitäre Koordinatorin der Vereinten Nationen für die "
                                              "Ukraine, Denise Brown"]),
        entity("UN Office for the Coordination of Humanitarian Affairs", "ORG", "UNO",
               ["Das UN-Nothilfebüro OCHA"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("General Staff of the Armed Forces of Ukraine", "ORG", "UKR", ["Der Generalstab"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["die Armee", "ukrainische Truppen"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das Verteidigungsministerium in Moskau"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Kupiansk", "LOC", "UKR", ["Kupjansk"]),
    ],
}

# ---------------------------------------------------------------- hm284-de-03 (Turkey, Erdoğan wins the run-off)
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
TUR_OPP = actor("Turkish opposition", "TUR", "OPP")
DEMIRTAS = actor("Selahattin Demirtaş", "TUR", "OPP")
ECHR = actor("European Court of Human Rights", "IGO", "JUD")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
KILICDAROGLU = actor("Kemal Kılıçdaroğlu", "TUR", "OPP")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
STOLTENBERG = actor("Jens Stoltenberg", "IGO", "IGO")
TUR_PARLIAMENT = actor("Grand National Assembly of Turkey", "TUR", "LEG")
SWE_GOV = actor("Government of Sweden", "SWE", "GOV")

T1 = ("Istanbul (dpa) - Der türkische Präsident Recep Tayyip Erdoğan hat die Stichwahl um das Präsidentenamt "
      "gewonnen und bleibt für weitere fünf Jahre an der Macht.")
T2 = ("Der 69-Jährige kam nach Auszählung fast aller Stimmen auf 52,1 Prozent, sein Herausforderer Kemal "
      "Kılıçdaroğlu auf 47,9 Prozent, wie der Vorsitzende der Hohen Wahlkommission, Ahmet Yener, am Sonntagabend "
      "in Ankara mitteilte.")
T3 = "„Der einzige Gewinner heute ist die Türkei“, rief Erdoğan Anhängern in Istanbul von einem Bus aus zu."
T4 = "Später sprach er vor Zehntausenden Menschen vom Balkon des Präsidentenpalasts in Ankara."
T5 = ("Dabei griff er die Opposition scharf an und warf ihr vor, mit „Terroristen“ gemeinsame Sache gemacht zu "
      "haben.")
T6 = ("Eine Freilassung des inhaftierten früheren Chefs der prokurdischen HDP, Selahattin Demirtaş, werde es unter "
      "seiner Führung nicht geben, sagte Erdoğan.")
T7 = "Der Europäische Gerichtshof für Menschenrechte hatte bereits 2020 die Freilassung des Politikers verlangt."
T8 = "Kılıçdaroğlu sprach von der „unfairsten Wahl seit Jahren“ und gratulierte dem Wahlsieger nicht."
T9 = ("„Alle Mittel des Staates wurden für eine einzige politische Partei mobilisiert“, sagte der 74-Jährige in "
      "Ankara.")
T10 = ("Er werde den Kampf für eine echte Demokratie fortsetzen, kündigte der Vorsitzende der Republikanischen "
       "Volkspartei (CHP) an.")
T11 = ("Kremlchef Wladimir Putin gratulierte Erdoğan als einer der Ersten und nannte den Wahlsieg ein Ergebnis "
       "seiner „unabhängigen Außenpolitik“.")
T13 = ("US-Präsident Joe Biden gratulierte ebenfalls und schrieb auf Twitter, er freue sich auf die weitere "
       "Zusammenarbeit als Nato-Verbündete.")
T14 = ("Bundeskanzler Olaf Scholz erklärte, Deutschland und die Türkei wollten gemeinsame Themen nun „mit neuem "
       "Schwung“ voranbringen.")
T15 = ("Nato-Generalsekretär Jens Stoltenberg gratulierte ebenfalls und äußerte die Erwartung, dass Ankara nun "
       "den Weg für den Nato-Beitritt Schwedens freimache.")
T16 = ("Das türkische Parlament hat dem Beitritt des nordischen Landes bislang nicht zugestimmt; Erdoğan wirft "
       "Stockholm vor, kurdischen Extremisten Unterschlupf zu gewähren.")
T17 = "Die Wahlbeteiligung lag bei rund 84 Prozent."

DE03 = {
    "id": "hm284-de-03", "lang": "de", "url": None, "published": "2023-05-28",
    "title": "Erdoğan gewinnt Stichwahl – Kılıçdaroğlu spricht von unfairer Wahl",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7], [T8, T9, T10], [T11, T13, T14, T15, T16, T17]),
    "events": [
        event("ACCUSE", ERDOGAN, TUR_OPP, T5, mode="allege", location="Ankara", location_country="TUR"),
        event("REJECT", ERDOGAN, DEMIRTAS, T6, mode="yield"),
        event("REQUEST", ECHR, TUR_GOV, T7, mode="yield"),
        event("ACCUSE", KILICDAROGLU, TUR_GOV, T8, mode="disapprove"),
        event("SUPPORT", KILICDAROGLU, ERDOGAN, T8, negated=True),
        event("ACCUSE", KILICDAROGLU, TUR_GOV, T9, mode="disapprove", location="Ankara", location_country="TUR"),
        event("SUPPORT", PUTIN, ERDOGAN, T11),
        event("SUPPORT", BIDEN, ERDOGAN, T13),
        event("AGREE", BIDEN, ERDOGAN, T13),
        event("AGREE", SCHOLZ, TUR_GOV, T14),
        event("SUPPORT", STOLTENBERG, ERDOGAN, T15),
        event("REQUEST", STOLTENBERG, TUR_GOV, T15, mode="change"),
        event("SUPPORT", TUR_PARLIAMENT, SWE_GOV, T16, negated=True),
        event("ACCUSE", ERDOGAN, SWE_GOV, T16, mode="allege"),
    ],
    "quotes": [
        quote("Der 69-Jährige kam nach Auszählung fast aller Stimmen auf 52,1 Prozent, sein Herausforderer Kemal "
              "Kılıçdaroğlu auf 47,9 Prozent", "Ahmet Yener", "indirect"),
        quote("Der einzige Gewinner heute ist die Türkei", "Recep Tayyip Erdoğan", "direct"),
        quote("Terroristen", "Recep Tayyip Erdoğan", "direct"),
        quote("mit „Terroristen“ gemeinsame Sache gemacht zu haben", "Recep Tayyip Erdoğan", "indirect"),
        quote("Eine Freilassung des inhaftierten früheren Chefs der prokurdischen HDP, Selahattin Demirtaş, werde "
              "es unter seiner Führung nicht geben", "Recep Tayyip Erdoğan", "indirect"),
        quote("unfairsten Wahl seit Jahren", "Kemal Kılıçdaroğlu", "direct"),
        quote("Alle Mittel des Staates wurden für eine einzige politische Partei mobilisiert", "Kemal Kılıçdaroğlu",
              "direct"),
        quote("Er werde den Kampf für eine echte Demokratie fortsetzen", "Kemal Kılıçdaroğlu", "indirect"),
        quote("unabhängigen Außenpolitik", "Vladimir Putin", "direct"),
        quote("er freue sich auf die weitere Zusammenarbeit als Nato-Verbündete", "Joe Biden", "indirect"),
        quote("mit neuem Schwung", "Olaf Scholz", "direct"),
        quote("Deutschland und die Türkei wollten gemeinsame Themen nun „mit neuem Schwung“ voranbringen",
              "Olaf Scholz", "indirect"),
        quote("dass Ankara nun den Weg für den Nato-Beitritt Schwedens freimache", "Jens Stoltenberg", "indirect"),
        quote("kurdischen Extremisten Unterschlupf zu gewähren", "Recep Tayyip Erdoğan", "indirect"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Der türkische Präsident Recep Tayyip Erdoğan",
                                                      "Der 69-Jährige", "Erdoğan", "dem Wahlsieger"]),
        entity("Kemal Kılıçdaroğlu", "PER", "TUR", ["sein Herausforderer Kemal Kılıçdaroğlu", "Kılıçdaroğlu",
                                                    "der 74-Jährige", "der Vorsitzende der Republikanischen "
                                                    "Volkspartei (CHP)"]),
        entity("Supreme Election Council of Turkey", "ORG", "TUR", ["der Hohen Wahlkommission"]),
        entity("Ahmet Yener", "PER", "TUR", ["der Vorsitzende der Hohen Wahlkommission, Ahmet Yener"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Turkey", "LOC", "TUR", ["die Türkei"]),
        entity("Presidential Complex (Ankara)", "LOC", "TUR", ["des Präsidentenpalasts in Ankara"]),
        entity("Turkish opposition", "ORG", "TUR", ["die Opposition"]),
        entity("Peoples' Democratic Party", "ORG", "TUR", ["der prokurdischen HDP"]),
        entity("Selahattin Demirtaş", "PER", "TUR", ["des inhaftierten früheren Chefs der prokurdischen HDP, "
                                                     "Selahattin Demirtaş", "des Politikers"]),
        entity("European Court of Human Rights", "ORG", "IGO", ["Der Europäische Gerichtshof für "
                                                                "Menschenrechte"]),
        entity("Republican People's Party", "ORG", "TUR", ["Republikanischen Volkspartei (CHP)"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["Nato-Generalsekretär Jens Stoltenberg"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankara"]),
        entity("Sweden", "LOC", "SWE", ["Schwedens", "des nordischen Landes"]),
        entity("Grand National Assembly of Turkey", "ORG", "TUR", ["Das türkische Parlament"]),
        entity("Government of Sweden", "ORG", "SWE", ["Stockholm"]),
    ],
}

# ---------------------------------------------------------------- hm284-de-04 (Russia, Alsu Kurmasheva detained)
KAZAN_COURT = actor("Sovetsky District Court of Kazan", "RUS", "JUD")
KURMASHEVA = actor("Alsu Kurmasheva", "USA", "CVL")
RUS_INVESTIGATORS = actor("Investigative Committee of Russia", "RUS", "COP")
KAZAN_AIRPORT_OFFICIALS = actor("Russian officials at Kazan airport", "RUS", "GOV")
TATARSTAN_COURT = actor("court in Tatarstan", "RUS", "JUD")
GEDMIN = actor("Jeffrey Gedmin", "USA", "CVL")
RUS_AUTHORITIES = actor("Russian authorities", "RUS", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
LIPAVSKY = actor("Jan Lipavský", "CZE", "GOV")
RFERL_STAFF = actor("RFE/RL staff", "USA", "CVL")
FSB = actor("Federal Security Service of Russia", "RUS", "COP")
GERSHKOVICH = actor("Evan Gershkovich", "USA", "CVL")
US_GOV = actor("Government of the United States", "USA", "GOV")

K1 = ("Moskau (dpa) - Ein Gericht in der russischen Stadt Kasan hat am Freitag eine Journalistin des "
      "US-finanzierten Senders Radio Free Europe/Radio Liberty bis zum 5. Dezember in Untersuchungshaft geschickt.")
K2 = ("Alsu Kurmaschewa, die die russische und die amerikanische Staatsbürgerschaft besitzt, war am Mittwoch in "
      "Kasan festgenommen worden.")
K3 = ("Die Ermittler werfen ihr vor, sich nicht als „ausländische Agentin“ registriert zu haben, obwohl sie "
      "Informationen über das russische Militär gesammelt habe.")
K4 = "Der Journalistin drohen bis zu fünf Jahre Haft."
K5 = ("Kurmaschewa arbeitet für den tatarisch-baschkirischen Dienst des Senders in Prag, wo sie mit ihrem Mann und "
      "zwei Töchtern lebt.")
K6 = "Sie war im Mai wegen eines familiären Notfalls nach Russland gereist."
K7 = "Als sie Anfang Juni ausreisen wollte, beschlagnahmten Beamte am Flughafen Kasan ihre beiden Pässe."
K8 = ("Vergangene Woche verurteilte sie ein Gericht zu einer Geldstrafe von 10.000 Rubel, weil sie ihren "
      "amerikanischen Pass nicht bei den Behörden gemeldet hatte.")
K9 = ("Der kommissarische Präsident des Senders, Jeffrey Gedmin, forderte ihre sofortige Freilassung.")
K10 = ("„Alsu ist eine geschätzte Kollegin und eine engagierte Mutter, die zu Unrecht festgehalten wird“, sagte "
       "Gedmin.")
K11 = ("Der Sprecher des US-Außenministeriums, Matthew Miller, warf Moskau vor, amerikanische Staatsbürger gezielt "
       "zu schikanieren.")
K12 = ("Tschechiens Außenminister Jan Lipavský nannte die Festnahme „inakzeptabel“ und verlangte ebenfalls die "
       "Freilassung der Journalistin.")
K13 = ("Vor der russischen Botschaft in Prag versammelten sich am Donnerstag Dutzende Kollegen der Journalistin zu "
       "einer Mahnwache.")
K14 = "Kremlsprecher Dmitri Peskow sagte, der Fall sei Sache der Ermittler und der Justiz."
K15 = ("Im März hatte der Inlandsgeheimdienst FSB in Jekaterinburg den US-Reporter Evan Gershkovich vom „Wall "
       "Street Journal“ unter Spionagevorwurf festgenommen.")
K16 = ("Washington wirft Moskau vor, Amerikaner als Faustpfand für einen möglichen Gefangenenaustausch "
       "festzuhalten.")

DE04 = {
    "id": "hm284-de-04", "lang": "de", "url": None, "published": "2023-10-20",
    "title": "US-Journalistin Kurmaschewa in Russland in Untersuchungshaft",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12, K13], [K14, K15, K16]),
    "events": [
        event("COERCE", KAZAN_COURT, KURMASHEVA, K1, mode="arrest", date="2023-10-20", location="Kazan",
              location_country="RUS"),
        event("COERCE", RUS_INVESTIGATORS, KURMASHEVA, K2, mode="arrest", date="2023-10-18", location="Kazan",
              location_country="RUS"),
        event("ACCUSE", RUS_INVESTIGATORS, KURMASHEVA, K3, mode="allege"),
        event("COERCE", KAZAN_AIRPORT_OFFICIALS, KURMASHEVA, K7, mode="seize", location="Kazan",
              location_country="RUS"),
        event("SANCTION", TATARSTAN_COURT, KURMASHEVA, K8, mode="convict"),
        event("REQUEST", GEDMIN, RUS_AUTHORITIES, K9, mode="yield"),
        event("ACCUSE", GEDMIN, RUS_AUTHORITIES, K10, mode="disapprove"),
        event("ACCUSE", MILLER, RUS_GOV, K11, mode="allege"),
        event("ACCUSE", LIPAVSKY, RUS_AUTHORITIES, K12, mode="disapprove"),
        event("REQUEST", LIPAVSKY, RUS_AUTHORITIES, K12, mode="yield"),
        event("PROTEST", RFERL_STAFF, RUS_GOV, K13, mode="demo", date="2023-10-19", location="Prague",
              location_country="CZE"),
        event("COERCE", FSB, GERSHKOVICH, K15, mode="arrest", location="Yekaterinburg", location_country="RUS"),
        event("ACCUSE", US_GOV, RUS_GOV, K16, mode="allege"),
    ],
    "quotes": [
        quote("ausländische Agentin", "Investigative Committee of Russia", "direct"),
        quote("sich nicht als „ausländische Agentin“ registriert zu haben, obwohl sie Informationen über das "
              "russische Militär gesammelt habe", "Investigative Committee of Russia", "indirect"),
        quote("Alsu ist eine geschätzte Kollegin und eine engagierte Mutter, die zu Unrecht festgehalten wird",
              "Jeffrey Gedmin", "direct"),
        quote("amerikanische Staatsbürger gezielt zu schikanieren", "Matthew Miller", "indirect"),
        quote("inakzeptabel", "Jan Lipavský", "direct"),
        quote("der Fall sei Sache der Ermittler und der Justiz", "Dmitry Peskov", "indirect"),
        quote("Amerikaner als Faustpfand für einen möglichen Gefangenenaustausch festzuhalten",
              "Government of the United States", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Sovetsky District Court of Kazan", "ORG", "RUS", ["Ein Gericht in der russischen Stadt Kasan"]),
        entity("Kazan", "LOC", "RUS", ["der russischen Stadt Kasan", "Kasan"]),
        entity("Radio Free Europe/Radio Liberty", "ORG", "USA", ["des US-finanzierten Senders Radio Free "
                                                                 "Europe/Radio Liberty", "des Senders"]),
        entity("Alsu Kurmasheva", "PER", "USA", ["eine Journalistin des US-finanzierten Senders Radio Free "
                                                 "Europe/Radio Liberty", "Alsu Kurmaschewa", "Kurmaschewa",
                                                 "Der Journalistin", "der Journalistin", "Alsu"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Die Ermittler", "der Ermittler"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["das russische Militär"]),
        entity("Prague", "LOC", "CZE", ["Prag"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Russian officials at Kazan airport", "PER", "RUS", ["Beamte"]),
        entity("Kazan International Airport", "LOC", "RUS", ["Flughafen Kasan"]),
        entity("court in Tatarstan", "ORG", "RUS", ["ein Gericht"]),
        entity("Russian authorities", "ORG", "RUS", ["den Behörden"]),
        entity("Jeffrey Gedmin", "PER", "USA", ["Der kommissarische Präsident des Senders, Jeffrey Gedmin",
                                                "Gedmin"]),
        entity("U.S. Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("Matthew Miller", "PER", "USA", ["Der Sprecher des US-Außenministeriums, Matthew Miller"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Czech Republic", "LOC", "CZE", ["Tschechiens"]),
        entity("Jan Lipavský", "PER", "CZE", ["Tschechiens Außenminister Jan Lipavský"]),
        entity("Embassy of Russia in Prague", "ORG", "RUS", ["der russischen Botschaft in Prag"]),
        entity("RFE/RL staff", "ORG", "USA", ["Dutzende Kollegen der Journalistin"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Federal Security Service of Russia", "ORG", "RUS", ["der Inlandsgeheimdienst FSB"]),
        entity("Yekaterinburg", "LOC", "RUS", ["Jekaterinburg"]),
        entity("Evan Gershkovich", "PER", "USA", ["den US-Reporter Evan Gershkovich"]),
        entity("The Wall Street Journal", "ORG", "USA", ["Wall Street Journal"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm284-en-01 (Russia leaves the CFE Treaty)
NATO = actor("NATO", "IGO", "IGO")
RUS_MFA = actor("Ministry of Foreign Affairs of Russia", "RUS", "GOV")
USA = actor("United States", "USA", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
RYABKOV = actor("Sergei Ryabkov", "RUS", "GOV")
BELARUS = actor("Belarus", "BLR", "GOV")

C1 = ("MOSCOW/BRUSSELS, Nov 7 (Reuters) - Russia formally pulled out of the Treaty on Conventional Armed Forces in "
      "Europe on Tuesday, and NATO members responded by suspending the Cold War-era pact that once capped the "
      "numbers of tanks, artillery and combat aircraft on the continent.")
C2 = ("Russia's withdrawal took effect at midnight, six months after President Vladimir Putin signed a law "
      "denouncing the treaty, the Foreign Ministry in Moscow said.")
C3 = ('The ministry said the treaty had long since become "history" and accused the United States and its allies of '
      'undermining it by expanding NATO.')
C4 = ("The 1990 treaty, negotiated as the Cold War was ending, set equal ceilings for NATO and the then Warsaw Pact "
      "on five categories of conventional weapons.")
C5 = ("In a statement, the North Atlantic Council condemned Russia's withdrawal as the latest in a series of actions "
      'that "systematically undermines Euro-Atlantic security."')
C6 = ('The allies said they would suspend the treaty\'s operation "for as long as necessary" and called a situation '
      'in which they complied while Russia did not "unsustainable."')
C7 = ("Secretary of State Antony Blinken said the United States would suspend its own obligations under the treaty "
      "from Dec. 7 and called on Moscow to return to its arms control commitments.")
C8 = ('"Russia\'s withdrawal is the latest in a long line of broken commitments by the Kremlin," Blinken said.')
C9 = ("Deputy Foreign Minister Sergei Ryabkov told reporters in Moscow that Russia would respond \"in an appropriate "
      "way\" to any new deployment of NATO forces near its borders.")
C10 = ('Kremlin spokesman Dmitry Peskov said that "in the current circumstances" there was no basis for arms control '
       'talks with Washington.')
C11 = ("Russia suspended its participation in the treaty in 2007 and stopped attending its consultative meetings "
       "in 2015.")
C12 = ("NATO Secretary-General Jens Stoltenberg said the allies remained committed to arms control and stood ready "
       "to talk to Moscow once it returned to its obligations.")
C13 = "Belarus, Moscow's closest ally and also a party to the treaty, did not announce a withdrawal of its own."
C14 = "Analysts said the step was largely symbolic, as the treaty had not functioned for years."

EN01 = {
    "id": "hm284-en-01", "lang": "en", "url": None, "published": "2023-11-07",
    "title": "Russia quits Cold War-era European arms treaty, NATO suspends it",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C10], [C11, C12, C13, C14]),
    "events": [
        event("SANCTION", RUSSIA, NATO, C1, mode="withdraw", date="2023-11-07"),
        event("SANCTION", NATO, RUSSIA, C1, mode="withdraw", date="2023-11-07"),
        event("SANCTION", RUSSIA, NATO, C2, mode="withdraw"),
        event("ACCUSE", RUS_MFA, USA, C3, mode="allege"),
        event("ACCUSE", RUS_MFA, NATO, C3, mode="allege"),
        event("ACCUSE", NATO, RUSSIA, C5, mode="disapprove"),
        event("SANCTION", NATO, RUSSIA, C6, mode="withdraw"),
        event("SANCTION", USA, RUSSIA, C7, mode="withdraw"),
        event("REQUEST", BLINKEN, RUSSIA, C7, mode="change"),
        event("ACCUSE", BLINKEN, RUSSIA, C8, mode="disapprove"),
        event("THREATEN", RYABKOV, NATO, C9, location="Moscow", location_country="RUS"),
        event("REJECT", PESKOV, USA, C10, mode="meet"),
        event("SANCTION", RUSSIA, NATO, C11, mode="withdraw"),
        event("AGREE", STOLTENBERG, RUSSIA, C12),
        event("SANCTION", BELARUS, NATO, C13, mode="withdraw", negated=True),
    ],
    "quotes": [
        quote("Russia's withdrawal took effect at midnight, six months after President Vladimir Putin signed a law "
              "denouncing the treaty", "Ministry of Foreign Affairs of Russia", "indirect"),
        quote("history", "Ministry of Foreign Affairs of Russia", "direct"),
        quote('the treaty had long since become "history"', "Ministry of Foreign Affairs of Russia", "indirect"),
        quote("undermining it by expanding NATO", "Ministry of Foreign Affairs of Russia", "indirect"),
        quote("systematically undermines Euro-Atlantic security", "North Atlantic Council", "direct"),
        quote("for as long as necessary", "North Atlantic Council", "direct"),
        quote('they would suspend the treaty\'s operation "for as long as necessary"', "North Atlantic Council",
              "indirect"),
        quote("unsustainable", "North Atlantic Council", "direct"),
        quote("the United States would suspend its own obligations under the treaty from Dec. 7", "Antony Blinken",
              "indirect"),
        quote("Russia's withdrawal is the latest in a long line of broken commitments by the Kremlin",
              "Antony Blinken", "direct"),
        quote("in an appropriate way", "Sergei Ryabkov", "direct"),
        quote('Russia would respond "in an appropriate way" to any new deployment of NATO forces near its borders',
              "Sergei Ryabkov", "indirect"),
        quote("in the current circumstances", "Dmitry Peskov", "direct"),
        quote('"in the current circumstances" there was no basis for arms control talks with Washington',
              "Dmitry Peskov", "indirect"),
        quote("the allies remained committed to arms control and stood ready to talk to Moscow once it returned to "
              "its obligations", "Jens Stoltenberg", "indirect"),
        quote("the step was largely symbolic, as the treaty had not functioned for years", "analysts", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["MOSCOW", "Moscow"]),
        entity("Brussels", "LOC", "BEL", ["BRUSSELS"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("NATO", "ORG", "IGO", ["NATO members", "NATO", "its allies", "The allies", "the allies"]),
        entity("Europe", "LOC", None, ["the continent"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["the Foreign Ministry in Moscow",
                                                                       "The ministry"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Warsaw Pact", "ORG", None, ["the then Warsaw Pact"]),
        entity("North Atlantic Council", "ORG", "IGO", ["the North Atlantic Council"]),
        entity("Antony Blinken", "PER", "USA", ["Secretary of State Antony Blinken", "Blinken"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow", "the Kremlin"]),
        entity("Sergei Ryabkov", "PER", "RUS", ["Deputy Foreign Minister Sergei Ryabkov"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["NATO Secretary-General Jens Stoltenberg"]),
        entity("Belarus", "LOC", "BLR", ["Belarus", "Moscow's closest ally"]),
        entity("analysts", "PER", None, ["Analysts"]),
    ],
}

# ---------------------------------------------------------------- hm284-en-02 (Armenia ratifies the Rome Statute)
ARM_PARLIAMENT = actor("National Assembly of Armenia", "ARM", "LEG")
ICC = actor("International Criminal Court", "IGO", "JUD")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
POWER = actor("Samantha Power", "USA", "GOV")
ARMENIA = actor("Armenia", "ARM", "GOV")
NK_REFUGEES = actor("refugees from Nagorno-Karabakh", "ARM", "CVL")

A1 = ("YEREVAN, Oct 3 (Reuters) - Armenia's parliament voted 60-22 on Tuesday to ratify the founding statute of the "
      "International Criminal Court, a step that has angered Moscow because it obliges Yerevan to arrest President "
      "Vladimir Putin should he set foot in the country.")
A2 = ("Deputies of the Hayastan and Pativ Unem opposition alliances, who favour close ties with Moscow, voted "
      "against.")
A3 = ("The court issued an arrest warrant for Putin in March, accusing him of the war crime of unlawfully deporting "
      "children from occupied parts of Ukraine, an accusation the Kremlin rejects.")
A4 = "Russia, which is not a member of the court, does not recognise its jurisdiction."
A5 = ("Armenian officials say the move is aimed at Azerbaijan and would allow Yerevan to bring cases against "
      "Azerbaijan before the court.")
A6 = ('"This decision is not directed against the Russian Federation," Yeghishe Kirakosyan, Armenia\'s '
      'representative for international legal affairs, told lawmakers before the vote.')
A7 = ('Kremlin spokesman Dmitry Peskov said Moscow still considered the decision "wrong" and would raise the issue '
      "with Armenia's leadership.")
A8 = ('Foreign Ministry spokeswoman Maria Zakharova warned that Yerevan\'s "unfriendly" course would have '
      "consequences for relations between the two countries.")
A9 = ("In September, the ministry summoned Armenia's ambassador to protest against what it called a series of "
      "unfriendly steps, including the plans to ratify the statute.")
A10 = ("Prime Minister Nikol Pashinyan has accused Russia of failing to protect Armenia, its treaty ally, and of "
       "abandoning the Armenians of Nagorno-Karabakh.")
A11 = ("Armenia hosts a Russian military base in Gyumri and is a member of the Moscow-led Collective Security "
       "Treaty Organization.")
A12 = ("U.S. aid chief Samantha Power visited Yerevan last week and pledged $11.5 million in humanitarian aid for "
       "the refugees who have arrived from Nagorno-Karabakh.")
A13 = ('The European Union welcomed the vote as "an important step" in Armenia\'s commitment to international '
       "justice.")
A14 = ("President Vahagn Khachaturyan is expected to sign the law within days, after which Armenia will become the "
       "court's 124th member state.")

EN02 = {
    "id": "hm284-en-02", "lang": "en", "url": None, "published": "2023-10-03",
    "title": "Armenia votes to join ICC, angering Moscow",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9], [A10, A11, A12], [A13, A14]),
    "events": [
        event("SUPPORT", ARM_PARLIAMENT, ICC, A1, date="2023-10-03", location="Yerevan", location_country="ARM"),
        event("THREATEN", ICC, PUTIN, A3, mode="arrest"),
        event("ACCUSE", ICC, PUTIN, A3, mode="allege"),
        event("ACCUSE", PESKOV, ARM_GOV, A7, mode="disapprove"),
        event("THREATEN", ZAKHAROVA, ARM_GOV, A8, mode="relations"),
        event("ACCUSE", RUS_MFA, ARM_GOV, A9, mode="disapprove"),
        event("ACCUSE", PASHINYAN, RUSSIA, A10, mode="allege"),
        event("CONSULT", POWER, ARMENIA, A12, mode="visit", location="Yerevan", location_country="ARM"),
        event("AGREE", POWER, NK_REFUGEES, A12),
        event("SUPPORT", EU, ARM_PARLIAMENT, A13),
    ],
    "quotes": [
        quote("the move is aimed at Azerbaijan and would allow Yerevan to bring cases against Azerbaijan before the "
              "court", "Armenian officials", "indirect"),
        quote("This decision is not directed against the Russian Federation", "Yeghishe Kirakosyan", "direct"),
        quote("wrong", "Dmitry Peskov", "direct"),
        quote('Moscow still considered the decision "wrong" and would raise the issue with Armenia\'s leadership',
              "Dmitry Peskov", "indirect"),
        quote("unfriendly", "Maria Zakharova", "direct"),
        quote('Yerevan\'s "unfriendly" course would have consequences for relations between the two countries',
              "Maria Zakharova", "indirect"),
        quote("failing to protect Armenia, its treaty ally, and of abandoning the Armenians of Nagorno-Karabakh",
              "Nikol Pashinyan", "indirect"),
        quote("an important step", "European Union", "direct"),
    ],
    "entities": [
        entity("Yerevan", "LOC", "ARM", ["YEREVAN", "Yerevan"]),
        entity("National Assembly of Armenia", "ORG", "ARM", ["Armenia's parliament", "lawmakers"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court", "The court",
                                                              "the court"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow", "the Kremlin"]),
        entity("Government of Armenia", "ORG", "ARM", ["Yerevan", "Armenia's leadership", "Armenian officials"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin", "Putin"]),
        entity("Armenia", "LOC", "ARM", ["the country", "Armenia"]),
        entity("Armenia Alliance", "ORG", "ARM", ["Hayastan"]),
        entity("I Have Honor Alliance", "ORG", "ARM", ["Pativ Unem"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Russia", "LOC", "RUS", ["Russia", "the Russian Federation"]),
        entity("Azerbaijan", "LOC", "AZE", ["Azerbaijan"]),
        entity("Yeghishe Kirakosyan", "PER", "ARM", ["Yeghishe Kirakosyan"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Maria Zakharova", "PER", "RUS", ["Foreign Ministry spokeswoman Maria Zakharova"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Foreign Ministry", "the ministry"]),
        entity("Ambassador of Armenia to Russia", "PER", "ARM", ["Armenia's ambassador"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Prime Minister Nikol Pashinyan"]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["Nagorno-Karabakh"]),
        entity("Russian military base in Gyumri", "LOC", "ARM", ["a Russian military base in Gyumri"]),
        entity("Gyumri", "LOC", "ARM", ["Gyumri"]),
        entity("Collective Security Treaty Organization", "ORG", "IGO", ["the Moscow-led Collective Security "
                                                                         "Treaty Organization"]),
        entity("Samantha Power", "PER", "USA", ["U.S. aid chief Samantha Power"]),
        entity("refugees from Nagorno-Karabakh", "PER", "ARM", ["the refugees who have arrived from "
                                                                "Nagorno-Karabakh"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("Vahagn Khachaturyan", "PER", "ARM", ["President Vahagn Khachaturyan"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
