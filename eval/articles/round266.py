"""Round 266: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm266-de-01: Turkey: an Ankara court sentences Demirtaş and Yüksekdağ in the Kobani trial; the prosecution's charges, ECHR release rulings, DEM calls it revenge, police reinforced in Diyarbakır, tear gas and arrests at a protest, Tunç denies, Özel demands Demirtaş's release, the European Commission objects (2024-05-16).
- hm266-de-02: Russia: an Il-76 crashes in the Belgorod region; the Russian defence ministry says Ukraine shot it down with 65 prisoners of war aboard, Volodin accuses Kyiv and appeals to the US Congress and the Bundestag, Moscow asks for a UN Security Council session, HUR accuses Moscow, Zelensky asks for an international inquiry, the planned exchange does not happen, the coordination HQ works with the ICRC (2024-01-24).
- hm266-de-03: Poland: Culture Minister Sienkiewicz dismisses the boards of TVP, Polish Radio and PAP after a Sejm resolution; PiS MPs and Kaczyński occupy the TVP building, Duda calls it unlawful and threatens a veto, Tusk denies, the National Media Council objects and Sienkiewicz refuses (2023-12-20).
- hm266-de-04: Russia/Chechnya: Ramzan Kadyrov posts a video of his son Adam beating Koran-burning suspect Nikita Zhuravel in a Grozny jail and praises him; Peskov declines comment, Fadeyev asks prosecutors to look into it, Daudov praises, Memorial objects, Zhuravel's lawyer files a complaint, the FSIN announces his transfer (2023-09-26).
- hm266-en-01: Turkey: an Istanbul court remands Swedish journalist Joakim Medin; charges of insulting Erdoğan and terrorism, Sweden demands his release, Kristersson in contact with Ankara, which grants consular access, BBC correspondent Mark Lowen deported, seven Turkish journalists released, RSF objects (2025-03-28).
- hm266-en-02: Ukraine: a Russian missile hits the Ria Pizza restaurant in Kramatorsk; the SBU detains a suspected spotter, the Russian defence ministry claims a command post, Zelensky accuses Moscow and asks Washington and Berlin for air defence, Colombia and Borrell condemn, Kostin investigates, the Red Cross helps (2023-06-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm266-de-01 (Turkey, Kobani trial verdicts)
ANKARA_COURT = actor("Ankara 22nd High Criminal Court", "TUR", "JUD")
DEMIRTAS = actor("Selahattin Demirtaş", "TUR", "OPP")
YUKSEKDAG = actor("Figen Yüksekdağ", "TUR", "OPP")
TUR_PROSECUTION = actor("Ankara Chief Public Prosecutor's Office", "TUR", "JUD")
KOBANI_DEFENDANTS = actor("defendants in the Kobani trial", "TUR", "OPP")
ECHR = actor("European Court of Human Rights", "IGO", "IGO")
TURKEY = actor("Turkey", "TUR", "GOV")
DEM_PARTY = actor("Peoples' Equality and Democracy Party", "TUR", "OPP")
TUR_AUTH = actor("Turkish authorities", "TUR", "GOV")
TUR_POLICE = actor("Turkish police", "TUR", "COP")
DIYARBAKIR_PROTESTERS = actor("protesters in Diyarbakır", "TUR", "CVL")
OZEL = actor("Özgür Özel", "TUR", "OPP")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")

A1 = ("Ankara (AFP) - Ein Gericht in Ankara hat den früheren Ko-Vorsitzenden der prokurdischen Partei HDP, "
      "Selahattin Demirtaş, zu mehr als 42 Jahren Haft verurteilt.")
A2 = "Die frühere Ko-Vorsitzende Figen Yüksekdağ erhielt am Donnerstag 30 Jahre und drei Monate Haft."
A3 = "Insgesamt standen in dem sogenannten Kobani-Prozess 108 Angeklagte vor Gericht, viele von ihnen in Abwesenheit."
A4 = ("Die Staatsanwaltschaft hatte den Politikern vorgeworfen, im Oktober 2014 mit Aufrufen zu Protesten gegen die "
      "Belagerung der syrischen Stadt Kobani durch die Terrormiliz IS tödliche Unruhen angestachelt zu haben.")
A6 = ("Demirtaş sitzt seit November 2016 in Haft, obwohl der Europäische Gerichtshof für Menschenrechte seine "
      "Freilassung mehrfach angeordnet hat.")
A7 = "Die prokurdische DEM-Partei, Nachfolgerin der HDP, sprach von einem „politischen Racheurteil“."
A8 = ("Die Behörden verlegten am Abend zusätzliche Polizeikräfte nach Diyarbakır, der größten Stadt im kurdisch "
      "geprägten Südosten.")
A9 = "Dort versammelten sich Hunderte Menschen vor dem Parteigebäude, um gegen das Urteil zu protestieren."
A10 = "Die Polizei setzte Tränengas und Wasserwerfer ein und nahm mehr als 20 Demonstranten fest."
A11 = "Justizminister Yılmaz Tunç wies die Kritik zurück."
A12 = "„Die Justiz in der Türkei ist unabhängig, niemand steht über dem Gesetz“, sagte er."
A13 = ("Der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel, nannte das Urteil eine „Schande“ und forderte "
       "die Freilassung von Demirtaş.")
A14 = ("Die EU-Kommission erklärte, das Urteil wecke ernste Zweifel an der Unabhängigkeit der türkischen Justiz.")
A15 = "Die Verteidigung kündigte an, sie werde Berufung einlegen."

DE01 = {
    "id": "hm266-de-01", "lang": "de", "url": None, "published": "2024-05-16",
    "title": "Kobani-Prozess: Lange Haftstrafen für Demirtaş und Yüksekdağ",
    "text": paragraphs([A1, A2, A3], [A4, A6], [A7, A8, A9, A10], [A11, A12, A13, A14, A15]),
    "events": [
        event("SANCTION", ANKARA_COURT, DEMIRTAS, A1, mode="convict", location="Ankara", location_country="TUR"),
        event("COERCE", ANKARA_COURT, DEMIRTAS, A1, mode="arrest", location="Ankara", location_country="TUR"),
        event("SANCTION", ANKARA_COURT, YUKSEKDAG, A2, mode="convict", date="2024-05-16"),
        event("COERCE", ANKARA_COURT, YUKSEKDAG, A2, mode="arrest", date="2024-05-16"),
        event("ACCUSE", TUR_PROSECUTION, KOBANI_DEFENDANTS, A4, mode="allege"),
        event("REQUEST", ECHR, TURKEY, A6, mode="yield"),
        event("ACCUSE", DEM_PARTY, ANKARA_COURT, A7, mode="disapprove"),
        event("MOBILIZE", TUR_AUTH, None, A8, mode="police", date="2024-05-16", location="Diyarbakır",
              location_country="TUR"),
        event("PROTEST", DIYARBAKIR_PROTESTERS, ANKARA_COURT, A9, mode="demo", location="Diyarbakır",
              location_country="TUR"),
        event("ASSAULT", TUR_POLICE, DIYARBAKIR_PROTESTERS, A10, mode="crowd-control", location="Diyarbakır",
              location_country="TUR"),
        event("COERCE", TUR_POLICE, DIYARBAKIR_PROTESTERS, A10, mode="arrest", location="Diyarbakır",
              location_country="TUR"),
        event("ACCUSE", OZEL, ANKARA_COURT, A13, mode="disapprove"),
        event("REQUEST", OZEL, TUR_AUTH, A13, mode="yield"),
        event("ACCUSE", EU_COMMISSION, ANKARA_COURT, A14, mode="disapprove"),
    ],
    "quotes": [
        quote("im Oktober 2014 mit Aufrufen zu Protesten gegen die Belagerung der syrischen Stadt Kobani durch die "
              "Terrormiliz IS tödliche Unruhen angestachelt zu haben", "Ankara Chief Public Prosecutor's Office",
              "indirect"),
        quote("politischen Racheurteil", "Peoples' Equality and Democracy Party", "direct"),
        quote("Die Justiz in der Türkei ist unabhängig, niemand steht über dem Gesetz", "Yılmaz Tunç", "direct"),
        quote("Schande", "Özgür Özel", "direct"),
        quote("das Urteil wecke ernste Zweifel an der Unabhängigkeit der türkischen Justiz", "European Commission",
              "indirect"),
        quote("sie werde Berufung einlegen", "defence lawyers in the Kobani trial", "indirect"),
    ],
    "entities": [
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Ankara 22nd High Criminal Court", "ORG", "TUR", ["Ein Gericht in Ankara"]),
        entity("Peoples' Democratic Party", "ORG", "TUR", ["der prokurdischen Partei HDP", "der HDP"]),
        entity("Selahattin Demirtaş", "PER", "TUR", ["den früheren Ko-Vorsitzenden der prokurdischen Partei HDP, "
                                                     "Selahattin Demirtaş", "Demirtaş"]),
        entity("Figen Yüksekdağ", "PER", "TUR", ["Die frühere Ko-Vorsitzende Figen Yüksekdağ"]),
        entity("defendants in the Kobani trial", "ORG", "TUR", ["108 Angeklagte", "den Politikern"]),
        entity("Ankara Chief Public Prosecutor's Office", "ORG", "TUR", ["Die Staatsanwaltschaft"]),
        entity("Kobani", "LOC", "SYR", ["der syrischen Stadt Kobani"]),
        entity("Islamic State", "ORG", None, ["die Terrormiliz IS"]),
        entity("Southeastern Turkey", "LOC", "TUR", ["im kurdisch geprägten Südosten"]),
        entity("European Court of Human Rights", "ORG", "IGO", ["der Europäische Gerichtshof für Menschenrechte"]),
        entity("Peoples' Equality and Democracy Party", "ORG", "TUR", ["Die prokurdische DEM-Partei, Nachfolgerin "
                                                                      "der HDP", "dem Parteigebäude"]),
        entity("Turkish authorities", "ORG", "TUR", ["Die Behörden"]),
        entity("Turkish police", "ORG", "TUR", ["zusätzliche Polizeikräfte", "Die Polizei"]),
        entity("Diyarbakır", "LOC", "TUR", ["Diyarbakır", "Dort"]),
        entity("protesters in Diyarbakır", "ORG", "TUR", ["Hunderte Menschen", "mehr als 20 Demonstranten"]),
        entity("Yılmaz Tunç", "PER", "TUR", ["Justizminister Yılmaz Tunç"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei"]),
        entity("Republican People's Party", "ORG", "TUR", ["der größten Oppositionspartei CHP"]),
        entity("Özgür Özel", "PER", "TUR", ["Der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("defence lawyers in the Kobani trial", "ORG", "TUR", ["Die Verteidigung"]),
    ],
}

# ---------------------------------------------------------------- hm266-de-02 (Russia, Il-76 crash near Belgorod)
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")
UKRAINE = actor("Ukraine", "UKR", "GOV")
VOLODIN = actor("Vyacheslav Volodin", "RUS", "LEG")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
US_CONGRESS = actor("U.S. Congress", "USA", "LEG")
BUNDESTAG = actor("Bundestag", "DEU", "LEG")
RUSSIA = actor("Russia", "RUS", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
HUR = actor("Main Directorate of Intelligence of Ukraine", "UKR", "MIL")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
UN = actor("United Nations", "UNO", "IGO")
UKR_POW_HQ = actor("Coordination Headquarters for the Treatment of Prisoners of War", "UKR", "GOV")
ICRC = actor("International Committee of the Red Cross", "NGO", "NGO")
RUS_IC = actor("Investigative Committee of Russia", "RUS", "COP")

B1 = ("Moskau (dpa) - In der russischen Grenzregion Belgorod ist am Mittwoch ein Militärtransportflugzeug vom Typ "
      "Il-76 abgestürzt.")
B2 = ("Nach Angaben des Verteidigungsministeriums in Moskau kamen alle 74 Menschen an Bord ums Leben, unter ihnen "
      "65 ukrainische Kriegsgefangene, die zu einem Austausch gebracht werden sollten.")
B3 = ("Die Ukraine habe die Maschine mit zwei Flugabwehrraketen aus dem Gebiet Charkiw abgeschossen, erklärte das "
      "Ministerium und sprach von einem „Terrorakt“.")
B5 = ("Der Präsident der Staatsduma, Wjatscheslaw Wolodin, warf der ukrainischen Führung vor, ihre eigenen Soldaten "
      "getötet zu haben.")
B6 = "Er forderte den US-Kongress und den Bundestag auf, ihre Unterstützung für Kiew zu überdenken."
B7 = "Russland beantragte eine Dringlichkeitssitzung des UN-Sicherheitsrats."
B8 = "Der ukrainische Militärgeheimdienst HUR bestätigte, dass für diesen Tag ein Austausch geplant gewesen sei."
B9 = ("Moskau habe Kiew aber anders als bei früheren Austauschen nicht gebeten, den Luftraum in der Region zu "
      "sichern, hieß es in einer Erklärung.")
B11 = ("Präsident Wolodymyr Selenskyj forderte die Vereinten Nationen auf, eine internationale Untersuchung "
       "einzuleiten.")
B12 = ("„Es ist offensichtlich, dass die Russen mit dem Leben ukrainischer Gefangener spielen“, sagte er in seiner "
       "abendlichen Videoansprache.")
B13 = "Der für Mittwoch geplante Austausch von Gefangenen zwischen Russland und der Ukraine fand nicht statt."
B14 = ("Der ukrainische Koordinationsstab für Kriegsgefangene arbeitet nach eigenen Angaben mit dem Internationalen "
       "Komitee vom Roten Kreuz zusammen.")
B15 = "Das russische Ermittlungskomitee leitete ein Strafverfahren wegen eines Terroranschlags ein."

DE02 = {
    "id": "hm266-de-02", "lang": "de", "url": None, "published": "2024-01-24",
    "title": "Il-76 mit ukrainischen Kriegsgefangenen bei Belgorod abgestürzt",
    "text": paragraphs([B1, B2, B3], [B5, B6, B7], [B8, B9, B11, B12], [B13, B14, B15]),
    "events": [
        event("ACCUSE", RUS_MOD, UKRAINE, B3, mode="allege"),
        event("ACCUSE", VOLODIN, UKR_GOV, B5, mode="allege"),
        event("REQUEST", VOLODIN, US_CONGRESS, B6, mode="change"),
        event("REQUEST", VOLODIN, BUNDESTAG, B6, mode="change"),
        event("REQUEST", RUSSIA, UNSC, B7, mode="meet"),
        event("ACCUSE", HUR, RUS_GOV, B9, mode="allege"),
        event("REQUEST", ZELENSKY, UN, B11),
        event("ACCUSE", ZELENSKY, RUSSIA, B12, mode="disapprove"),
        event("RETREAT", RUSSIA, UKRAINE, B13, mode="release", date="2024-01-24", negated=True),
        event("RETREAT", UKRAINE, RUSSIA, B13, mode="release", date="2024-01-24", negated=True),
        event("COOPERATE", UKR_POW_HQ, ICRC, B14),
        event("ACCUSE", RUS_IC, None, B15, mode="investigate"),
    ],
    "quotes": [
        quote("kamen alle 74 Menschen an Bord ums Leben, unter ihnen 65 ukrainische Kriegsgefangene, die zu einem "
              "Austausch gebracht werden sollten", "Ministry of Defence of Russia", "indirect"),
        quote("Die Ukraine habe die Maschine mit zwei Flugabwehrraketen aus dem Gebiet Charkiw abgeschossen",
              "Ministry of Defence of Russia", "indirect"),
        quote("Terrorakt", "Ministry of Defence of Russia", "direct"),
        quote("ihre eigenen Soldaten getötet zu haben", "Vyacheslav Volodin", "indirect"),
        quote("für diesen Tag ein Austausch geplant gewesen sei", "Main Directorate of Intelligence of Ukraine",
              "indirect"),
        quote("Moskau habe Kiew aber anders als bei früheren Austauschen nicht gebeten, den Luftraum in der Region zu "
              "sichern", "Main Directorate of Intelligence of Ukraine", "indirect"),
        quote("Es ist offensichtlich, dass die Russen mit dem Leben ukrainischer Gefangener spielen",
              "Volodymyr Zelensky", "direct"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Belgorod Oblast", "LOC", "RUS", ["der russischen Grenzregion Belgorod"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["des Verteidigungsministeriums in Moskau",
                                                               "das Ministerium"]),
        entity("Ukraine", "LOC", "UKR", ["Die Ukraine", "der Ukraine"]),
        entity("Kharkiv Oblast", "LOC", "UKR", ["dem Gebiet Charkiw"]),
        entity("Vyacheslav Volodin", "PER", "RUS", ["Der Präsident der Staatsduma, Wjatscheslaw Wolodin"]),
        entity("State Duma", "ORG", "RUS", ["der Staatsduma"]),
        entity("Government of Ukraine", "ORG", "UKR", ["der ukrainischen Führung", "Kiew"]),
        entity("U.S. Congress", "ORG", "USA", ["den US-Kongress"]),
        entity("Bundestag", "ORG", "DEU", ["den Bundestag"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("UN Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
        entity("Main Directorate of Intelligence of Ukraine", "ORG", "UKR", ["Der ukrainische Militärgeheimdienst "
                                                                             "HUR"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Coordination Headquarters for the Treatment of Prisoners of War", "ORG", "UKR",
               ["Der ukrainische Koordinationsstab für Kriegsgefangene"]),
        entity("International Committee of the Red Cross", "ORG", "NGO", ["dem Internationalen Komitee vom Roten "
                                                                          "Kreuz"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Das russische Ermittlungskomitee"]),
    ],
}

# ---------------------------------------------------------------- hm266-de-03 (Poland, public media takeover)
POL_GOV = actor("Government of Poland", "POL", "GOV")
POL_PUBLIC_MEDIA = actor("Polish public media", "POL", "BUS")
SIENKIEWICZ = actor("Bartłomiej Sienkiewicz", "POL", "GOV")
TVP = actor("Telewizja Polska", "POL", "BUS")
POLSKIE_RADIO = actor("Polskie Radio", "POL", "BUS")
PAP = actor("Polish Press Agency", "POL", "BUS")
SEJM = actor("Sejm", "POL", "LEG")
PIS_MPS = actor("Law and Justice members of parliament", "POL", "OPP")
KACZYNSKI = actor("Jarosław Kaczyński", "POL", "OPP")
TUSK = actor("Donald Tusk", "POL", "GOV")
DUDA = actor("Andrzej Duda", "POL", "GOV")
RMN = actor("National Media Council", "POL", "GOV")

C1 = ("Warschau (dpa) - Die neue polnische Regierung hat die Führung der öffentlich-rechtlichen Medien des Landes "
      "ausgetauscht.")
C2 = ("Kulturminister Bartłomiej Sienkiewicz entließ am Mittwoch die Vorstände und Aufsichtsräte des Fernsehsenders "
      "TVP, des Polnischen Rundfunks und der Nachrichtenagentur PAP.")
C3 = "Kurz darauf wurde das Programm des Nachrichtenkanals TVP Info unterbrochen."
C4 = ("Der Sejm hatte am Dienstag eine Resolution verabschiedet, die die "
      "Regierung zur Wiederherstellung der Unparteilichkeit der öffentlichen Medien aufforderte.")
C5 = ("In den acht Regierungsjahren der nationalkonservativen PiS war TVP zu einem Sprachrohr der Regierung "
      "geworden.")
C6 = ("Dutzende PiS-Abgeordnete, unter ihnen Parteichef Jarosław Kaczyński, besetzten daraufhin das TVP-Gebäude in "
      "Warschau und verbrachten dort die Nacht.")
C7 = ("Kaczyński sprach von einem „Angriff auf die Demokratie“ und warf Ministerpräsident Donald Tusk vor, die "
      "Medien unter seine Kontrolle bringen zu wollen.")
C8 = "Präsident Andrzej Duda, der aus dem PiS-Lager stammt, nannte das Vorgehen der Regierung rechtswidrig."
C9 = "Er drohte mit einem Veto gegen ein Haushaltsgesetz, das die Finanzierung der Sender regelt."
C10 = "Tusk wies die Vorwürfe zurück."
C11 = ("„Wir stellen die Rechtsstaatlichkeit wieder her, nicht mehr und nicht weniger“, schrieb der Regierungschef auf "
       "der Plattform X.")
C12 = ("Der Nationale Medienrat, in dem PiS-Vertreter die Mehrheit haben, erklärte die Entlassungen für ungültig und "
       "forderte die Rückkehr der bisherigen Vorstände.")
C13 = "Sienkiewicz lehnte das ab: Der Medienrat sei für die Personalien gar nicht zuständig."
C14 = "Die EU-Kommission erklärte, sie verfolge die Entwicklung in Polen aufmerksam."

DE03 = {
    "id": "hm266-de-03", "lang": "de", "url": None, "published": "2023-12-20",
    "title": "Polens Regierung tauscht Führung von TVP aus - PiS besetzt Sendergebäude",
    "text": paragraphs([C1, C2, C3], [C4, C5], [C6, C7, C8, C9], [C10, C11], [C12, C13, C14]),
    "events": [
        event("COERCE", POL_GOV, POL_PUBLIC_MEDIA, C1),
        event("COERCE", SIENKIEWICZ, TVP, C2, date="2023-12-20", location="Warsaw", location_country="POL"),
        event("COERCE", SIENKIEWICZ, POLSKIE_RADIO, C2, date="2023-12-20", location="Warsaw", location_country="POL"),
        event("COERCE", SIENKIEWICZ, PAP, C2, date="2023-12-20", location="Warsaw", location_country="POL"),
        event("REQUEST", SEJM, POL_GOV, C4, mode="change", date="2023-12-19"),
        event("PROTEST", PIS_MPS, POL_GOV, C6, mode="obstruct", location="Warsaw", location_country="POL"),
        event("PROTEST", KACZYNSKI, POL_GOV, C6, mode="obstruct", location="Warsaw", location_country="POL"),
        event("ACCUSE", KACZYNSKI, TUSK, C7, mode="allege"),
        event("ACCUSE", DUDA, POL_GOV, C8, mode="disapprove"),
        event("THREATEN", DUDA, POL_GOV, C9),
        event("ACCUSE", RMN, SIENKIEWICZ, C12, mode="disapprove"),
        event("REQUEST", RMN, SIENKIEWICZ, C12, mode="change"),
        event("REJECT", SIENKIEWICZ, RMN, C13, mode="change"),
    ],
    "quotes": [
        quote("Angriff auf die Demokratie", "Jarosław Kaczyński", "direct"),
        quote("die Medien unter seine Kontrolle bringen zu wollen", "Jarosław Kaczyński", "indirect"),
        quote("Wir stellen die Rechtsstaatlichkeit wieder her, nicht mehr und nicht weniger", "Donald Tusk", "direct"),
        quote("Der Medienrat sei für die Personalien gar nicht zuständig", "Bartłomiej Sienkiewicz", "indirect"),
        quote("sie verfolge die Entwicklung in Polen aufmerksam", "European Commission", "indirect"),
    ],
    "entities": [
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Government of Poland", "ORG", "POL", ["Die neue polnische Regierung", "die Regierung",
                                                      "der Regierung"]),
        entity("Polish public media", "ORG", "POL", ["der öffentlich-rechtlichen Medien des Landes",
                                                     "der öffentlichen Medien", "der Sender"]),
        entity("Bartłomiej Sienkiewicz", "PER", "POL", ["Kulturminister Bartłomiej Sienkiewicz", "Sienkiewicz"]),
        entity("Telewizja Polska", "ORG", "POL", ["des Fernsehsenders TVP", "TVP"]),
        entity("Polskie Radio", "ORG", "POL", ["des Polnischen Rundfunks"]),
        entity("Polish Press Agency", "ORG", "POL", ["der Nachrichtenagentur PAP"]),
        entity("TVP Info", "ORG", "POL", ["des Nachrichtenkanals TVP Info"]),
        entity("Sejm", "ORG", "POL", ["Der Sejm"]),
        entity("Law and Justice", "ORG", "POL", ["der nationalkonservativen PiS"]),
        entity("Law and Justice members of parliament", "ORG", "POL", ["Dutzende PiS-Abgeordnete"]),
        entity("Jarosław Kaczyński", "PER", "POL", ["Parteichef Jarosław Kaczyński", "Kaczyński"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "Tusk", "der Regierungschef"]),
        entity("Andrzej Duda", "PER", "POL", ["Präsident Andrzej Duda"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("National Media Council", "ORG", "POL", ["Der Nationale Medienrat", "Der Medienrat"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Poland", "LOC", "POL", ["Polen"]),
    ],
}

# ---------------------------------------------------------------- hm266-de-04 (Russia/Chechnya, Adam Kadyrov video)
ADAM_KADYROV = actor("Adam Kadyrov", "RUS", "CVL")
ZHURAVEL = actor("Nikita Zhuravel", "RUS", "CVL")
RAMZAN_KADYROV = actor("Ramzan Kadyrov", "RUS", "GOV")
DAUDOV = actor("Magomed Daudov", "RUS", "LEG")
FADEYEV = actor("Valery Fadeyev", "RUS", "GOV")
RUS_PROSECUTORS = actor("Prosecutor General's Office of Russia", "RUS", "JUD")
MEMORIAL = actor("Memorial", "RUS", "NGO")
ZHURAVEL_LAWYER = actor("lawyer of Nikita Zhuravel", "RUS", "CVL")
FSIN = actor("Federal Penitentiary Service of Russia", "RUS", "GOV")

D1 = ("Moskau (AFP) - Der tschetschenische Machthaber Ramsan Kadyrow hat ein Video veröffentlicht, das seinen "
      "15-jährigen Sohn Adam beim Verprügeln eines Untersuchungshäftlings zeigt.")
D2 = ("Bei dem Opfer handelt es sich um den 20-jährigen Nikita Schurawel, der im Mai in Wolgograd öffentlich einen "
      "Koran verbrannt haben soll.")
D3 = "Das Ermittlungskomitee hatte ihn daraufhin wegen Verletzung religiöser Gefühle angeklagt."
D4 = ("Auf den Aufnahmen ist zu sehen, wie der Jugendliche in einer Zelle in Grosny auf den Mann einschlägt und ihn "
      "tritt.")
D5 = "„Ich bin stolz auf Adam, ohne Übertreibung“, schrieb Kadyrow dazu im Onlinedienst Telegram."
D6 = ("Der Parlamentspräsident der Teilrepublik, Magomed Daudow, lobte den Jungen als „wahren Verteidiger des "
      "Glaubens“.")
D7 = "Kremlsprecher Dmitri Peskow lehnte eine Bewertung des Videos ab."
D8 = ("Der Vorsitzende des Menschenrechtsrats beim Präsidenten, Waleri Fadejew, sagte dagegen, die "
      "Staatsanwaltschaft müsse den Vorfall prüfen.")
D9 = ("Die in Russland aufgelöste Menschenrechtsorganisation Memorial warf Kadyrow vor, Gewalt gegen Gefangene "
      "öffentlich zu feiern.")
D10 = ("Schurawels Anwalt erstattete nach eigenen Angaben Anzeige wegen Körperverletzung und verlangte von der "
       "Strafvollzugsbehörde FSIN die Verlegung seines Mandanten aus Tschetschenien.")
D11 = "Die Behörde teilte am Dienstag mit, Schurawel werde in eine Haftanstalt außerhalb der Region verlegt."
D12 = "Kadyrow regiert die Teilrepublik im Nordkaukasus seit 2007 mit harter Hand."

DE04 = {
    "id": "hm266-de-04", "lang": "de", "url": None, "published": "2023-09-26",
    "title": "Kadyrow veröffentlicht Video: Sohn verprügelt Häftling",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9], [D10, D11, D12]),
    "events": [
        event("ASSAULT", ADAM_KADYROV, ZHURAVEL, D1, mode="beat"),
        event("ACCUSE", RUS_IC, ZHURAVEL, D3, mode="allege"),
        event("ASSAULT", ADAM_KADYROV, ZHURAVEL, D4, mode="beat", location="Grozny", location_country="RUS"),
        event("SUPPORT", RAMZAN_KADYROV, ADAM_KADYROV, D5),
        event("SUPPORT", DAUDOV, ADAM_KADYROV, D6),
        event("REQUEST", FADEYEV, RUS_PROSECUTORS, D8),
        event("ACCUSE", MEMORIAL, RAMZAN_KADYROV, D9, mode="disapprove"),
        event("ACCUSE", ZHURAVEL_LAWYER, ADAM_KADYROV, D10, mode="allege"),
        event("REQUEST", ZHURAVEL_LAWYER, FSIN, D10),
        event("CONCEDE", FSIN, ZHURAVEL, D11, date="2023-09-26"),
    ],
    "quotes": [
        quote("Ich bin stolz auf Adam, ohne Übertreibung", "Ramzan Kadyrov", "direct"),
        quote("wahren Verteidiger des Glaubens", "Magomed Daudov", "direct"),
        quote("die Staatsanwaltschaft müsse den Vorfall prüfen", "Valery Fadeyev", "indirect"),
        quote("Gewalt gegen Gefangene öffentlich zu feiern", "Memorial", "indirect"),
        quote("Schurawel werde in eine Haftanstalt außerhalb der Region verlegt",
              "Federal Penitentiary Service of Russia", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Ramzan Kadyrov", "PER", "RUS", ["Der tschetschenische Machthaber Ramsan Kadyrow", "Kadyrow"]),
        entity("Adam Kadyrov", "PER", "RUS", ["seinen 15-jährigen Sohn Adam", "der Jugendliche", "Adam",
                                              "den Jungen"]),
        entity("Nikita Zhuravel", "PER", "RUS", ["eines Untersuchungshäftlings", "den 20-jährigen Nikita Schurawel",
                                                 "den Mann", "Schurawels", "seines Mandanten", "Schurawel"]),
        entity("Volgograd", "LOC", "RUS", ["Wolgograd"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Das Ermittlungskomitee"]),
        entity("Grozny", "LOC", "RUS", ["Grosny"]),
        entity("Telegram", "ORG", "MNC", ["Onlinedienst Telegram"]),
        entity("Magomed Daudov", "PER", "RUS", ["Der Parlamentspräsident der Teilrepublik, Magomed Daudow"]),
        entity("Parliament of the Chechen Republic", "ORG", "RUS", ["Der Parlamentspräsident der Teilrepublik"]),
        entity("Chechnya", "LOC", "RUS", ["der Teilrepublik", "Tschetschenien", "der Region",
                                          "die Teilrepublik im Nordkaukasus"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Valery Fadeyev", "PER", "RUS", ["Der Vorsitzende des Menschenrechtsrats beim Präsidenten, Waleri "
                                                "Fadejew"]),
        entity("Presidential Council for Civil Society and Human Rights", "ORG", "RUS",
               ["des Menschenrechtsrats beim Präsidenten"]),
        entity("Prosecutor General's Office of Russia", "ORG", "RUS", ["die Staatsanwaltschaft"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Memorial", "ORG", "RUS", ["Die in Russland aufgelöste Menschenrechtsorganisation Memorial"]),
        entity("lawyer of Nikita Zhuravel", "PER", "RUS", ["Schurawels Anwalt"]),
        entity("Federal Penitentiary Service of Russia", "ORG", "RUS", ["der Strafvollzugsbehörde FSIN",
                                                                        "Die Behörde"]),
        entity("North Caucasus", "LOC", "RUS", ["Nordkaukasus"]),
    ],
}

# ---------------------------------------------------------------- hm266-en-01 (Turkey, Swedish journalist Medin remanded)
ISTANBUL_COURT = actor("Istanbul criminal court of peace", "TUR", "JUD")
MEDIN = actor("Joakim Medin", "SWE", "CVL")
TUR_PROSECUTORS = actor("Istanbul Chief Public Prosecutor's Office", "TUR", "JUD")
MALMER_STENERGARD = actor("Maria Malmer Stenergard", "SWE", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
SWE_GOV = actor("Government of Sweden", "SWE", "GOV")
TUR_PROTESTERS = actor("protesters in Turkey", "TUR", "CVL")
IMAMOGLU = actor("Ekrem İmamoğlu", "TUR", "OPP")
LOWEN = actor("Mark Lowen", "GBR", "CVL")
BBC = actor("BBC", "GBR", "BUS")
TUR_JOURNALISTS = actor("Turkish journalists detained at the protests", "TUR", "CVL")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
EU = actor("European Union", "EUR", "IGO")

E1 = ("ISTANBUL, March 28 (Reuters) - A Turkish court on Friday ordered Swedish journalist Joakim Medin held in "
      "pre-trial detention, a day after police detained him on arrival at Istanbul Airport.")
E2 = ("Prosecutors accuse Medin of insulting President Tayyip "
      "Erdogan and of membership of an armed terrorist organisation, according to a statement from Turkey's "
      "Directorate of Communications.")
E3 = ('The charges had "nothing to do with journalism" and related to a January 2023 protest in Stockholm, the '
      'statement said.')
E4 = "Swedish Foreign Minister Maria Malmer Stenergard called for Medin's immediate release."
E6 = "Prime Minister Ulf Kristersson said his government was in contact with Ankara at several levels."
E7 = "Ankara later agreed to let Swedish consular staff visit Medin in prison."
E8 = ("Medin had travelled to Turkey to cover protests against the government that erupted after police detained "
      "Istanbul Mayor Ekrem Imamoglu on March 19.")
E9 = ('On Thursday, Turkish authorities deported BBC correspondent Mark Lowen, whom they described as "a threat to '
      'public order" after holding him at his hotel.')
E10 = ('The BBC called the deportation "extremely troubling" and said it would defend press '
       'freedom.')
E11 = ("An Istanbul court on Thursday released seven Turkish journalists detained "
       "while covering the protests.")
E12 = ("Reporters Without Borders accused Turkish authorities of using the protests as a pretext to silence the "
       "press and urged the European Union to raise the cases with Ankara.")

EN01 = {
    "id": "hm266-en-01", "lang": "en", "url": None, "published": "2025-03-28",
    "title": "Turkish court jails Swedish journalist pending trial as BBC reporter is deported",
    "text": paragraphs([E1, E2, E3], [E4, E6, E7], [E8, E9, E10, E11], [E12]),
    "events": [
        event("COERCE", ISTANBUL_COURT, MEDIN, E1, mode="arrest", date="2025-03-28", location="Istanbul",
              location_country="TUR"),
        event("COERCE", TUR_POLICE, MEDIN, E1, mode="arrest", date="2025-03-27", location="Istanbul Airport",
              location_country="TUR"),
        event("ACCUSE", TUR_PROSECUTORS, MEDIN, E2, mode="allege"),
        event("REQUEST", MALMER_STENERGARD, TUR_GOV, E4, mode="yield"),
        event("CONSULT", SWE_GOV, TUR_GOV, E6),
        event("AGREE", TUR_GOV, SWE_GOV, E7),
        event("PROTEST", TUR_PROTESTERS, TUR_GOV, E8, mode="demo"),
        event("COERCE", TUR_POLICE, IMAMOGLU, E8, mode="arrest", date="2025-03-19", location="Istanbul",
              location_country="TUR"),
        event("COERCE", TUR_AUTH, LOWEN, E9, mode="deport", date="2025-03-27", location="Istanbul",
              location_country="TUR"),
        event("ACCUSE", BBC, TUR_AUTH, E10, mode="disapprove"),
        event("RETREAT", ISTANBUL_COURT, TUR_JOURNALISTS, E11, mode="release", date="2025-03-27",
              location="Istanbul", location_country="TUR"),
        event("ACCUSE", RSF, TUR_AUTH, E12, mode="allege"),
        event("REQUEST", RSF, EU, E12),
    ],
    "quotes": [
        quote("Prosecutors accuse Medin of insulting President "
              "Tayyip Erdogan and of membership of an armed terrorist organisation",
              "Directorate of Communications of Turkey", "indirect"),
        quote("nothing to do with journalism", "Directorate of Communications of Turkey", "direct"),
        quote('The charges had "nothing to do with journalism" and related to a January 2023 protest in Stockholm',
              "Directorate of Communications of Turkey", "indirect"),
        quote("his government was in contact with Ankara at several levels", "Ulf Kristersson", "indirect"),
        quote("a threat to public order", "Turkish authorities", "direct"),
        quote("extremely troubling", "BBC", "direct"),
        quote("it would defend press freedom", "BBC", "indirect"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["ISTANBUL", "Istanbul"]),
        entity("Istanbul criminal court of peace", "ORG", "TUR", ["A Turkish court", "An Istanbul court"]),
        entity("Joakim Medin", "PER", "SWE", ["Swedish journalist Joakim Medin", "Medin"]),
        entity("Turkish police", "ORG", "TUR", ["police"]),
        entity("Istanbul Airport", "LOC", "TUR", ["Istanbul Airport"]),
        entity("Istanbul Chief Public Prosecutor's Office", "ORG", "TUR", ["Prosecutors"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["President Tayyip Erdogan"]),
        entity("Directorate of Communications of Turkey", "ORG", "TUR", ["a statement from Turkey's Directorate of "
                                                                         "Communications", "the statement"]),
        entity("Turkey", "LOC", "TUR", ["Turkey"]),
        entity("Stockholm", "LOC", "SWE", ["Stockholm"]),
        entity("Maria Malmer Stenergard", "PER", "SWE", ["Swedish Foreign Minister Maria Malmer Stenergard"]),
        entity("Ulf Kristersson", "PER", "SWE", ["Prime Minister Ulf Kristersson"]),
        entity("Government of Sweden", "ORG", "SWE", ["his government"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankara", "the government"]),
        entity("protesters in Turkey", "ORG", "TUR", ["protests against the government", "the protests"]),
        entity("Ekrem İmamoğlu", "PER", "TUR", ["Istanbul Mayor Ekrem Imamoglu"]),
        entity("Turkish authorities", "ORG", "TUR", ["Turkish authorities"]),
        entity("BBC", "ORG", "GBR", ["BBC", "The BBC"]),
        entity("Mark Lowen", "PER", "GBR", ["BBC correspondent Mark Lowen"]),
        entity("Turkish journalists detained at the protests", "ORG", "TUR", ["seven Turkish journalists"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporters Without Borders"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
    ],
}

# ---------------------------------------------------------------- hm266-en-02 (Ukraine, missile strike on Kramatorsk restaurant)
RUS_FORCES = actor("Russian armed forces", "RUS", "MIL")
KRAMATORSK_CIVILIANS = actor("civilians in Kramatorsk", "UKR", "CVL")
SBU = actor("Security Service of Ukraine", "UKR", "COP")
SPOTTER = actor("suspect in the Kramatorsk strike", "UKR", "CVL")
UKR_MIL = actor("Ukrainian armed forces", "UKR", "MIL")
USA = actor("United States", "USA", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
COL_MFA = actor("Ministry of Foreign Affairs of Colombia", "COL", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
KOSTIN = actor("Andriy Kostin", "UKR", "JUD")
URCS = actor("Ukrainian Red Cross Society", "UKR", "NGO")

F1 = ("KRAMATORSK, Ukraine (AP) — A Russian missile struck a crowded pizza restaurant in the eastern Ukrainian city "
      "of Kramatorsk on Tuesday evening, killing at least 11 people, including three children.")
F2 = "More than 60 others were wounded when the missile hit the Ria Pizza restaurant in the city center."
F3 = ("Among the injured were Colombian writer Hector Abad Faciolince, former Colombian peace commissioner Sergio "
      "Jaramillo and Ukrainian novelist Victoria Amelina, who was in critical condition.")
F5 = ("Ukraine's Security Service, the SBU, said it had detained a local man suspected of filming the restaurant and "
      "passing its location to Russian forces.")
F6 = ("Russia's Defense Ministry said it had struck a temporary command post of a Ukrainian brigade in Kramatorsk, "
      "without mentioning the restaurant.")
F7 = "President Volodymyr Zelenskyy accused Moscow of deliberately targeting civilians."
F8 = ('"Every such strike proves that Russia deserves only one thing — defeat," he said in his nightly video '
      'address.')
F9 = "He urged the United States and Germany to send more Patriot air defense systems."
F10 = "Colombia's Foreign Ministry condemned the attack and said Abad and Jaramillo were out of danger."
F11 = ('EU foreign policy chief Josep Borrell called the strike "inhumane" and said Russia would be held '
       'accountable.')
F12 = "Ukraine's Prosecutor General Andriy Kostin opened a war crimes investigation."
F13 = "The Ukrainian Red Cross sent psychologists and volunteers to help survivors and relatives of the victims."

EN02 = {
    "id": "hm266-en-02", "lang": "en", "url": None, "published": "2023-06-28",
    "title": "Russian missile hits crowded pizza restaurant in Ukraine's Kramatorsk, killing 11",
    "text": paragraphs([F1, F2, F3], [F5, F6], [F7, F8, F9], [F10, F11, F12, F13]),
    "events": [
        event("ASSAULT", RUS_FORCES, KRAMATORSK_CIVILIANS, F1, mode="heavy-weapons", date="2023-06-27",
              location="Kramatorsk", location_country="UKR"),
        event("ASSAULT", RUS_FORCES, KRAMATORSK_CIVILIANS, F2, mode="heavy-weapons", location="Kramatorsk",
              location_country="UKR"),
        event("COERCE", SBU, SPOTTER, F5, mode="arrest"),
        event("ASSAULT", RUS_MOD, UKR_MIL, F6, mode="heavy-weapons", location="Kramatorsk",
              location_country="UKR"),
        event("ACCUSE", ZELENSKY, RUS_GOV, F7, mode="allege"),
        event("ACCUSE", ZELENSKY, RUSSIA, F8, mode="disapprove"),
        event("REQUEST", ZELENSKY, USA, F9, mode="assist"),
        event("REQUEST", ZELENSKY, GERMANY, F9, mode="assist"),
        event("ACCUSE", COL_MFA, RUSSIA, F10, mode="disapprove"),
        event("ACCUSE", BORRELL, RUSSIA, F11, mode="disapprove"),
        event("ACCUSE", KOSTIN, RUS_FORCES, F12, mode="investigate"),
        event("AID", URCS, KRAMATORSK_CIVILIANS, F13, location="Kramatorsk", location_country="UKR"),
    ],
    "quotes": [
        quote("it had detained a local man suspected of filming the restaurant and passing its location to Russian "
              "forces", "Security Service of Ukraine", "indirect"),
        quote("it had struck a temporary command post of a Ukrainian brigade in Kramatorsk",
              "Ministry of Defence of Russia", "indirect"),
        quote("Every such strike proves that Russia deserves only one thing — defeat", "Volodymyr Zelensky",
              "direct"),
        quote("Abad and Jaramillo were out of danger", "Ministry of Foreign Affairs of Colombia", "indirect"),
        quote("inhumane", "Josep Borrell", "direct"),
        quote("Russia would be held accountable", "Josep Borrell", "indirect"),
    ],
    "entities": [
        entity("Kramatorsk", "LOC", "UKR", ["KRAMATORSK", "the eastern Ukrainian city of Kramatorsk", "Kramatorsk"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Russian armed forces", "ORG", "RUS", ["Russian forces"]),
        entity("Ria Pizza", "LOC", "UKR", ["a crowded pizza restaurant", "the Ria Pizza restaurant",
                                           "the restaurant"]),
        entity("Héctor Abad Faciolince", "PER", "COL", ["Colombian writer Hector Abad Faciolince", "Abad"]),
        entity("Sergio Jaramillo", "PER", "COL", ["former Colombian peace commissioner Sergio Jaramillo",
                                                  "Jaramillo"]),
        entity("Victoria Amelina", "PER", "UKR", ["Ukrainian novelist Victoria Amelina"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["Ukraine's Security Service, the SBU"]),
        entity("suspect in the Kramatorsk strike", "PER", "UKR", ["a local man"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Russia's Defense Ministry"]),
        entity("Ukrainian armed forces", "ORG", "UKR", ["a Ukrainian brigade"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelenskyy"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Ministry of Foreign Affairs of Colombia", "ORG", "COL", ["Colombia's Foreign Ministry"]),
        entity("Josep Borrell", "PER", "EUR", ["EU foreign policy chief Josep Borrell"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Andriy Kostin", "PER", "UKR", ["Ukraine's Prosecutor General Andriy Kostin"]),
        entity("Ukrainian Red Cross Society", "ORG", "UKR", ["The Ukrainian Red Cross"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
