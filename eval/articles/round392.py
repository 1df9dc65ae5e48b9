"""Round 392: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm392-de-01: Portugal: Prime Minister António Costa resigns after prosecutors open an inquiry against him in the lithium and hydrogen licensing affair; searches at São Bento, chief of staff Vítor Escária and Sines mayor arrested, Galamba a suspect, Montenegro demands elections, Ventura accuses, Rebelo de Sousa to receive the parties, the May TAP row recalled (2023-11-07).
- hm392-de-02: Malta: ex-prime minister Joseph Muscat pleads not guilty in Valletta over the Vitals hospitals deal; prosecutors' charges, asset freeze without custody, Schembri and Mizzi in court, the Vella inquiry and Repubblika's complaint, Abela backs Muscat, Grech demands Abela's resignation, opposition protest, the 2020 resignation recalled (2024-05-28).
- hm392-de-03: Germany: the Federal Prosecutor reads the indictment against Heinrich XIII Prinz Reuss and eight co-defendants at the Frankfurt Higher Regional Court; the Reichstag plot, the defence's suspension request rejected, Faeser vows consistency, the December 2022 raids and Reuss's arrest recalled (2024-05-21).
- hm392-de-04: Serbia/EU: Šefčovič and Đedović Handanović sign a lithium raw-materials memorandum in Belgrade in Scholz's and Vučić's presence; Rio Tinto's Jadar project, environmentalists protest and are held back by police, Ćuta accuses Vučić, Vučić hits back, Šefčovič pledges EU support for battery plants (2024-07-19).
- hm392-en-01: Bosnia and Herzegovina: High Representative Christian Schmidt imposes election-law changes before the October local vote; Dodik attacks him and threatens an own election law and secession, the US Embassy backs Schmidt and warns Dodik, Moscow condemns, Bećirović praises, the HDZ BiH complains, the EU's conditional go-ahead for talks recalled (2024-03-26).
- hm392-en-02: Spain: Supreme Court judge Pablo Llarena refuses to apply the amnesty law to Carles Puigdemont's embezzlement charge and keeps the arrest warrant; Comín and Puig, Junqueras refused by the criminal chamber, "la Toga Nostra", Junts accuses the judges, Feijóo demands elections, Sánchez refuses, Grande-Marlaska warns of arrest (2024-07-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm392-de-01 (Portugal, Costa resigns)
COSTA = actor("António Costa", "PRT", "GOV")
REBELO = actor("Marcelo Rebelo de Sousa", "PRT", "GOV")
PRT_POLICE = actor("Portuguese police", "PRT", "COP")
PRT_PROS = actor("Public Prosecutor's Office of Portugal", "PRT", "JUD")
PRT_GOV = actor("Government of Portugal", "PRT", "GOV")
ESCARIA = actor("Vítor Escária", "PRT", "GOV")
MASCARENHAS = actor("Nuno Mascarenhas", "PRT", "GOV")
LACERDA = actor("Diogo Lacerda Machado", "PRT", "CVL")
GALAMBA = actor("João Galamba", "PRT", "GOV")
MONTENEGRO = actor("Luís Montenegro", "PRT", "PTY")
VENTURA = actor("André Ventura", "PRT", "PTY")
PRT_PARTIES = actor("leaders of Portugal's parliamentary parties", "PRT", "PTY")

P1 = ("Lissabon (dpa) - Portugals sozialistischer Ministerpräsident António Costa ist wegen Korruptionsermittlungen "
      "in seinem Umfeld zurückgetreten.")
P2 = ("Er habe Präsident Marcelo Rebelo de Sousa um seine Entlassung gebeten, sagte der 62-Jährige am Dienstag in "
      "einer Fernsehansprache in Lissabon.")
P3 = ("„Die Würde des Amtes des Ministerpräsidenten ist mit keinem Verdacht an seiner Integrität vereinbar“, "
      "sagte Costa.")
P4 = "Er habe sich nichts vorzuwerfen, fügte er hinzu."
P5 = ("Zuvor hatten Polizei und Staatsanwaltschaft den Amtssitz des Regierungschefs, den Palácio de São Bento, "
      "sowie das Infrastrukturministerium und das Umweltministerium durchsucht.")
P6 = ("Costas Stabschef Vítor Escária wurde festgenommen, ebenso der Bürgermeister der Hafenstadt Sines, Nuno "
      "Mascarenhas, und der Anwalt Diogo Lacerda Machado, ein langjähriger Freund des Regierungschefs.")
P7 = "Infrastrukturminister João Galamba wird nach Angaben der Generalstaatsanwaltschaft als Beschuldigter geführt."
P8 = ("Im Mittelpunkt stehen Lizenzen für Lithiumminen im Norden des Landes sowie für ein Wasserstoffwerk und ein "
      "Rechenzentrum in Sines.")
P9 = ("Gegen Costa selbst leitete die Staatsanwaltschaft am Obersten Gerichtshof ein eigenes Ermittlungsverfahren "
      "ein, wie die Behörde mitteilte.")
P10 = ("Der Vorsitzende der oppositionellen Sozialdemokraten (PSD), Luís Montenegro, forderte den Präsidenten auf, "
       "rasch Neuwahlen anzusetzen.")
P11 = "Chega-Chef André Ventura sprach von einem „Sumpf der Korruption“ in der Regierung."
P12 = ("Rebelo de Sousa will am Mittwoch die Vorsitzenden der Parlamentsparteien empfangen und am Donnerstag den "
       "Staatsrat einberufen.")
P13 = "Eine Auflösung des Parlaments und vorgezogene Wahlen gelten als wahrscheinlich."
P14 = "Costa regiert seit 2015 und hatte bei der Wahl im Januar 2022 überraschend die absolute Mehrheit gewonnen."
P15 = ("Bereits im Mai hatte Rebelo de Sousa von Costa die Entlassung Galambas nach Tumulten in dessen Ministerium "
       "im Zusammenhang mit der staatlichen Fluggesellschaft TAP verlangt.")
P16 = "Costa hatte dies damals abgelehnt."
P17 = "Der Sozialist gilt als möglicher Kandidat für den Vorsitz des Europäischen Rates."

DE01 = {
    "id": "hm392-de-01", "lang": "de", "url": None, "published": "2023-11-07",
    "title": "Portugals Regierungschef Costa tritt nach Razzien zurück",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7, P8, P9], [P10, P11, P12, P13], [P14, P15, P16, P17]),
    "events": [
        event("RETREAT", COSTA, None, P1, mode="resign"),
        event("RETREAT", COSTA, None, P2, mode="resign", date="2023-11-07", location="Lisbon",
              location_country="PRT"),
        event("COERCE", PRT_POLICE, PRT_GOV, P5, mode="seize", location="Palácio de São Bento",
              location_country="PRT"),
        event("COERCE", PRT_PROS, PRT_GOV, P5, mode="seize", location="Palácio de São Bento",
              location_country="PRT"),
        event("COERCE", PRT_POLICE, ESCARIA, P6, mode="arrest"),
        event("COERCE", PRT_POLICE, MASCARENHAS, P6, mode="arrest"),
        event("COERCE", PRT_POLICE, LACERDA, P6, mode="arrest"),
        event("ACCUSE", PRT_PROS, GALAMBA, P7, mode="investigate"),
        event("ACCUSE", PRT_PROS, COSTA, P9, mode="investigate"),
        event("REQUEST", MONTENEGRO, REBELO, P10, mode="change"),
        event("ACCUSE", VENTURA, PRT_GOV, P11, mode="disapprove"),
        event("AGREE", REBELO, PRT_PARTIES, P12, mode="meet"),
        event("REQUEST", REBELO, COSTA, P15, mode="change"),
        event("REJECT", COSTA, REBELO, P16, mode="change"),
    ],
    "quotes": [
        quote("Er habe Präsident Marcelo Rebelo de Sousa um seine Entlassung gebeten", "António Costa", "indirect"),
        quote("Die Würde des Amtes des Ministerpräsidenten ist mit keinem Verdacht an seiner Integrität vereinbar",
              "António Costa", "direct"),
        quote("Er habe sich nichts vorzuwerfen", "António Costa", "indirect"),
        quote("Infrastrukturminister João Galamba wird nach Angaben der Generalstaatsanwaltschaft als Beschuldigter "
              "geführt", "Public Prosecutor's Office of Portugal", "indirect"),
        quote("Gegen Costa selbst leitete die Staatsanwaltschaft am Obersten Gerichtshof ein eigenes "
              "Ermittlungsverfahren ein", "Public Prosecutor's Office of Portugal", "indirect"),
        quote("Sumpf der Korruption", "André Ventura", "direct"),
    ],
    "entities": [
        entity("Lisbon", "LOC", "PRT", ["Lissabon"]),
        entity("Portugal", "LOC", "PRT", ["Portugals", "des Landes"]),
        entity("António Costa", "PER", "PRT",
               ["Portugals sozialistischer Ministerpräsident António Costa", "Er", "der 62-Jährige", "Costa", "er",
                "des Regierungschefs", "Costas", "Der Sozialist"]),
        entity("Marcelo Rebelo de Sousa", "PER", "PRT",
               ["Präsident Marcelo Rebelo de Sousa", "den Präsidenten", "Rebelo de Sousa"]),
        entity("Portuguese police", "ORG", "PRT", ["Polizei"]),
        entity("Public Prosecutor's Office of Portugal", "ORG", "PRT",
               ["Staatsanwaltschaft", "der Generalstaatsanwaltschaft", "die Staatsanwaltschaft am Obersten "
                "Gerichtshof", "die Behörde"]),
        entity("Supreme Court of Justice of Portugal", "ORG", "PRT", ["Obersten Gerichtshof"]),
        entity("Palácio de São Bento", "LOC", "PRT",
               ["den Amtssitz des Regierungschefs, den Palácio de São Bento"]),
        entity("Ministry of Infrastructure of Portugal", "ORG", "PRT", ["das Infrastrukturministerium",
                                                                        "dessen Ministerium"]),
        entity("Ministry of Environment of Portugal", "ORG", "PRT", ["das Umweltministerium"]),
        entity("Vítor Escária", "PER", "PRT", ["Costas Stabschef Vítor Escária"]),
        entity("Sines", "LOC", "PRT", ["der Hafenstadt Sines", "Sines"]),
        entity("Nuno Mascarenhas", "PER", "PRT", ["der Bürgermeister der Hafenstadt Sines, Nuno Mascarenhas"]),
        entity("Diogo Lacerda Machado", "PER", "PRT",
               ["der Anwalt Diogo Lacerda Machado, ein langjähriger Freund des Regierungschefs"]),
        entity("João Galamba", "PER", "PRT", ["Infrastrukturminister João Galamba", "Galambas", "dessen"]),
        entity("Social Democratic Party (Portugal)", "ORG", "PRT", ["der oppositionellen Sozialdemokraten (PSD)"]),
        entity("Luís Montenegro", "PER", "PRT",
               ["Der Vorsitzende der oppositionellen Sozialdemokraten (PSD), Luís Montenegro"]),
        entity("Chega", "ORG", "PRT", ["Chega"]),
        entity("André Ventura", "PER", "PRT", ["Chega-Chef André Ventura"]),
        entity("Government of Portugal", "ORG", "PRT", ["der Regierung"]),
        entity("leaders of Portugal's parliamentary parties", "PER", "PRT", ["die Vorsitzenden der Parlamentsparteien"]),
        entity("Council of State of Portugal", "ORG", "PRT", ["den Staatsrat"]),
        entity("Assembly of the Republic", "ORG", "PRT", ["des Parlaments"]),
        entity("TAP Air Portugal", "ORG", "PRT", ["der staatlichen Fluggesellschaft TAP"]),
        entity("European Council", "ORG", "EUR", ["des Europäischen Rates"]),
    ],
}

# ---------------------------------------------------------------- hm392-de-02 (Malta, Muscat in court)
MUSCAT = actor("Joseph Muscat", "MLT", "CVL")
MLT_AG = actor("Office of the Attorney General of Malta", "MLT", "JUD")
MONTEBELLO = actor("Rachel Montebello", "MLT", "JUD")
SCHEMBRI = actor("Keith Schembri", "MLT", "CVL")
MIZZI = actor("Konrad Mizzi", "MLT", "CVL")
VELLA = actor("Gabriella Vella", "MLT", "JUD")
REPUBBLIKA = actor("Repubblika", "MLT", "NGO")
MLT_GOV = actor("Government of Malta", "MLT", "GOV")
ABELA = actor("Robert Abela", "MLT", "GOV")
PN = actor("Nationalist Party (Malta)", "MLT", "PTY")
GRECH = actor("Bernard Grech", "MLT", "OPP")
PN_SUPPORTERS = actor("supporters of the Nationalist Party (Malta)", "MLT", "CVL")
MLT_PROTESTERS = actor("Maltese protesters", "MLT", "CVL")
MUSCAT_PM = actor("Joseph Muscat", "MLT", "GOV")

Q1 = ("Valletta (dpa) - Maltas früherer Regierungschef Joseph Muscat hat vor Gericht jede Schuld im Skandal um die "
      "Privatisierung staatlicher Krankenhäuser bestritten.")
Q2 = "Der 50-Jährige plädierte am Dienstag in Valletta auf nicht schuldig, wie maltesische Medien berichteten."
Q3 = ("Die Staatsanwaltschaft wirft ihm Bestechlichkeit, Geldwäsche und die Bildung einer kriminellen Vereinigung "
      "vor.")
Q4 = "Richterin Rachel Montebello ordnete das Einfrieren seines Vermögens an."
Q5 = "In Untersuchungshaft wurde Muscat nicht genommen."
Q6 = ("Auch sein früherer Stabschef Keith Schembri und Ex-Gesundheitsminister Konrad Mizzi mussten sich vor Gericht "
      "verantworten.")
Q7 = ("Hintergrund ist ein 2015 geschlossener Vertrag, mit dem drei Krankenhäuser an die Firma Vitals Global "
      "Healthcare übergeben wurden.")
Q8 = ("Eine Untersuchungsrichterin hatte nach jahrelangen Ermittlungen empfohlen, Muscat und mehr als 20 weitere "
      "Beschuldigte anzuklagen.")
Q9 = ("Die Bürgerrechtsorganisation Repubblika hatte 2019 Strafanzeige gegen Verantwortliche der damaligen "
      "Regierung erstattet.")
Q10 = "Vor dem Gerichtsgebäude warf Muscat der Staatsanwaltschaft ein „politisch motiviertes“ Vorgehen vor."
Q11 = "„Ich werde meine Unschuld beweisen“, sagte er vor Dutzenden Anhängern."
Q12 = ("Ministerpräsident Robert Abela, der Muscat 2020 an der Spitze der Labour-Partei abgelöst hatte, stellte sich "
       "hinter seinen Vorgänger.")
Q13 = "Die Justiz dürfe nicht zum Werkzeug der Opposition werden, sagte Abela."
Q14 = "Oppositionsführer Bernard Grech von der Nationalistischen Partei forderte Abelas Rücktritt."
Q15 = "Der Regierungschef decke Korruption, statt sie zu bekämpfen, sagte Grech."
Q16 = ("Hunderte Anhänger der Nationalisten demonstrierten am Abend vor dem Amtssitz des Regierungschefs, der Auberge "
       "de Castille.")
Q17 = ("Muscat war im Januar 2020 nach wochenlangen Massenprotesten infolge des Mordes an der Journalistin Daphne "
       "Caruana Galizia zurückgetreten.")
Q18 = "Die Reporterin hatte über Korruption im Umfeld der Regierung berichtet."

DE02 = {
    "id": "hm392-de-02", "lang": "de", "url": None, "published": "2024-05-28",
    "title": "Maltas Ex-Regierungschef Muscat plädiert auf nicht schuldig",
    "text": paragraphs([Q1, Q2, Q3, Q4, Q5], [Q6, Q7, Q8, Q9], [Q10, Q11, Q12, Q13], [Q14, Q15, Q16],
                       [Q17, Q18]),
    "events": [
        event("ACCUSE", MLT_AG, MUSCAT, Q3, mode="allege"),
        event("COERCE", MONTEBELLO, MUSCAT, Q4, mode="seize"),
        event("COERCE", MONTEBELLO, MUSCAT, Q5, mode="arrest", negated=True),
        event("ACCUSE", MLT_AG, SCHEMBRI, Q6, mode="allege"),
        event("ACCUSE", MLT_AG, MIZZI, Q6, mode="allege"),
        event("ACCUSE", VELLA, MUSCAT, Q8, mode="allege"),
        event("ACCUSE", REPUBBLIKA, MLT_GOV, Q9, mode="allege"),
        event("ACCUSE", MUSCAT, MLT_AG, Q10, mode="disapprove", location="Valletta", location_country="MLT"),
        event("SUPPORT", ABELA, MUSCAT, Q12),
        event("ACCUSE", ABELA, PN, Q13, mode="disapprove"),
        event("REQUEST", GRECH, ABELA, Q14, mode="change"),
        event("ACCUSE", GRECH, ABELA, Q15, mode="disapprove"),
        event("PROTEST", PN_SUPPORTERS, ABELA, Q16, mode="demo", date="2024-05-28", location="Valletta",
              location_country="MLT"),
        event("PROTEST", MLT_PROTESTERS, MUSCAT_PM, Q17, mode="demo"),
        event("RETREAT", MUSCAT_PM, None, Q17, mode="resign"),
    ],
    "quotes": [
        quote("Der 50-Jährige plädierte am Dienstag in Valletta auf nicht schuldig", "Maltese media", "indirect"),
        quote("politisch motiviertes", "Joseph Muscat", "direct"),
        quote("Ich werde meine Unschuld beweisen", "Joseph Muscat", "direct"),
        quote("Die Justiz dürfe nicht zum Werkzeug der Opposition werden", "Robert Abela", "indirect"),
        quote("Der Regierungschef decke Korruption, statt sie zu bekämpfen", "Bernard Grech", "indirect"),
    ],
    "entities": [
        entity("Valletta", "LOC", "MLT", ["Valletta"]),
        entity("Malta", "LOC", "MLT", ["Maltas"]),
        entity("Joseph Muscat", "PER", "MLT",
               ["Maltas früherer Regierungschef Joseph Muscat", "Der 50-Jährige", "ihm", "seines", "Muscat", "sein",
                "er", "seinen Vorgänger"]),
        entity("Maltese media", "ORG", "MLT", ["maltesische Medien"]),
        entity("Office of the Attorney General of Malta", "ORG", "MLT", ["Die Staatsanwaltschaft",
                                                                         "der Staatsanwaltschaft"]),
        entity("Rachel Montebello", "PER", "MLT", ["Richterin Rachel Montebello"]),
        entity("Keith Schembri", "PER", "MLT", ["sein früherer Stabschef Keith Schembri"]),
        entity("Konrad Mizzi", "PER", "MLT", ["Ex-Gesundheitsminister Konrad Mizzi"]),
        entity("Vitals Global Healthcare", "ORG", "MLT", ["die Firma Vitals Global Healthcare"]),
        entity("Gabriella Vella", "PER", "MLT", ["Eine Untersuchungsrichterin"]),
        entity("Repubblika", "ORG", "MLT", ["Die Bürgerrechtsorganisation Repubblika"]),
        entity("Government of Malta", "ORG", "MLT", ["der damaligen Regierung", "der Regierung"]),
        entity("supporters of Joseph Muscat", "PER", "MLT", ["Dutzenden Anhängern"]),
        entity("Robert Abela", "PER", "MLT", ["Ministerpräsident Robert Abela", "Abela", "Abelas",
                                              "Der Regierungschef", "des Regierungschefs"]),
        entity("Labour Party (Malta)", "ORG", "MLT", ["der Labour-Partei"]),
        entity("Maltese judiciary", "ORG", "MLT", ["Die Justiz"]),
        entity("Nationalist Party (Malta)", "ORG", "MLT", ["der Opposition", "der Nationalistischen Partei",
                                                           "der Nationalisten"]),
        entity("Bernard Grech", "PER", "MLT", ["Oppositionsführer Bernard Grech", "Grech"]),
        entity("supporters of the Nationalist Party (Malta)", "PER", "MLT", ["Hunderte Anhänger der Nationalisten"]),
        entity("Auberge de Castille", "LOC", "MLT", ["dem Amtssitz des Regierungschefs, der Auberge de Castille"]),
        entity("Daphne Caruana Galizia", "PER", "MLT", ["der Journalistin Daphne Caruana Galizia",
                                                        "Die Reporterin"]),
    ],
}

# ---------------------------------------------------------------- hm392-de-03 (Germany, Reuss trial)
GBA = actor("Federal Prosecutor General of Germany", "DEU", "JUD")
REUSS = actor("Heinrich XIII Prinz Reuss", "DEU", "CVL")
REUSS_CODEF = actor("co-defendants of Heinrich XIII Prinz Reuss", "DEU", "CVL")
REUSS_GROUP = actor("Reuss group", "DEU", "REB")
REUSS_DEFENCE = actor("defence lawyers of Heinrich XIII Prinz Reuss", "DEU", "CVL")
OLG_FFM = actor("Higher Regional Court of Frankfurt", "DEU", "JUD")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
REICHSBUERGER = actor("Reichsbürger movement", "DEU", "CVL")
DEU_POLICE = actor("German police", "DEU", "COP")

R1 = ("Frankfurt/Main (dpa) - Zum Auftakt des Prozesses gegen die mutmaßliche Reichsbürger-Gruppe um Heinrich XIII. "
      "Prinz Reuß hat die Bundesanwaltschaft am Dienstag die Anklage verlesen.")
R2 = ("Sie wirft dem 73-Jährigen und acht Mitangeklagten vor, einen bewaffneten Umsturz geplant und dafür eine "
      "terroristische Vereinigung gegründet zu haben.")
R3 = ("Nach Überzeugung der Ankläger wollte die Gruppe mit einer bewaffneten Truppe in den Reichstag eindringen und "
      "Abgeordnete festnehmen.")
R4 = ("Reuß sei als künftiges Staatsoberhaupt vorgesehen gewesen, sagte ein Vertreter der Bundesanwaltschaft vor "
      "dem Staatsschutzsenat.")
R5 = ("Unter den Angeklagten ist auch die frühere AfD-Bundestagsabgeordnete Birgit Malsack-Winkemann, die zuletzt "
      "als Richterin in Berlin tätig war.")
R6 = "Reuß' Verteidiger Roman von Alvensleben wies die Vorwürfe zurück."
R7 = "„Mein Mandant hat nie einen Umsturz gewollt“, sagte der Anwalt vor Beginn der Verhandlung."
R8 = ("Die Verteidigung beantragte, das Verfahren wegen einer Vorverurteilung durch Medien und Politik "
      "auszusetzen.")
R9 = "Das Gericht wies den Antrag nach kurzer Beratung zurück."
R10 = ("Bundesinnenministerin Nancy Faeser (SPD) sagte in Berlin, der Staat werde Reichsbürger „mit aller "
       "Konsequenz“ verfolgen.")
R11 = ("Rund 3000 Polizisten hatten im Dezember 2022 bei einer der größten Razzien in der Geschichte der "
       "Bundesrepublik Dutzende Objekte durchsucht und 25 Verdächtige festgenommen.")
R12 = "Reuß wurde damals in seiner Wohnung in Frankfurt festgenommen."
R13 = "Gegen weitere mutmaßliche Mitglieder laufen Verfahren in Stuttgart und München."
R14 = "In Stuttgart hatte Ende April der Prozess gegen den sogenannten militärischen Arm der Gruppe begonnen."
R15 = "Für das Frankfurter Verfahren sind zunächst Verhandlungstage bis Januar 2025 angesetzt."
R16 = "Die Reichsbürger-Szene erkennt die Bundesrepublik und ihre Institutionen nicht an."

DE03 = {
    "id": "hm392-de-03", "lang": "de", "url": None, "published": "2024-05-21",
    "title": "Prozess gegen Reichsbürger um Prinz Reuß in Frankfurt begonnen",
    "text": paragraphs([R1, R2, R3, R4, R5], [R6, R7, R8, R9], [R10, R11, R12], [R13, R14, R15, R16]),
    "events": [
        event("ACCUSE", GBA, REUSS, R1, mode="allege", date="2024-05-21", location="Frankfurt",
              location_country="DEU"),
        event("ACCUSE", GBA, REUSS, R2, mode="allege"),
        event("ACCUSE", GBA, REUSS_CODEF, R2, mode="allege"),
        event("ACCUSE", GBA, REUSS_GROUP, R3, mode="allege"),
        event("REQUEST", REUSS_DEFENCE, OLG_FFM, R8, mode="yield"),
        event("REJECT", OLG_FFM, REUSS_DEFENCE, R9, mode="yield"),
        event("THREATEN", FAESER, REICHSBUERGER, R10, location="Berlin", location_country="DEU"),
        event("COERCE", DEU_POLICE, REUSS_GROUP, R11, mode="arrest"),
        event("COERCE", DEU_POLICE, REUSS, R12, mode="arrest", location="Frankfurt", location_country="DEU"),
    ],
    "quotes": [
        quote("einen bewaffneten Umsturz geplant und dafür eine terroristische Vereinigung gegründet zu haben",
              "Federal Prosecutor General of Germany", "indirect"),
        quote("wollte die Gruppe mit einer bewaffneten Truppe in den Reichstag eindringen und Abgeordnete "
              "festnehmen", "Federal Prosecutor General of Germany", "indirect"),
        quote("Reuß sei als künftiges Staatsoberhaupt vorgesehen gewesen",
              "representative of the Federal Prosecutor General of Germany", "indirect"),
        quote("Mein Mandant hat nie einen Umsturz gewollt", "Roman von Alvensleben", "direct"),
        quote("mit aller Konsequenz", "Nancy Faeser", "direct"),
        quote("der Staat werde Reichsbürger „mit aller Konsequenz“ verfolgen", "Nancy Faeser", "indirect"),
    ],
    "entities": [
        entity("Frankfurt am Main", "LOC", "DEU", ["Frankfurt/Main", "Frankfurt"]),
        entity("Reuss group", "ORG", "DEU", ["die mutmaßliche Reichsbürger-Gruppe um Heinrich XIII. Prinz Reuß",
                                             "die Gruppe", "der Gruppe"]),
        entity("Heinrich XIII Prinz Reuss", "PER", "DEU",
               ["Heinrich XIII. Prinz Reuß", "dem 73-Jährigen", "Reuß", "Reuß'", "Mein Mandant", "seiner"]),
        entity("Federal Prosecutor General of Germany", "ORG", "DEU",
               ["die Bundesanwaltschaft", "Sie", "der Ankläger", "der Bundesanwaltschaft"]),
        entity("co-defendants of Heinrich XIII Prinz Reuss", "PER", "DEU", ["acht Mitangeklagten"]),
        entity("Reichstag building", "LOC", "DEU", ["den Reichstag"]),
        entity("members of the Bundestag", "PER", "DEU", ["Abgeordnete"]),
        entity("representative of the Federal Prosecutor General of Germany", "PER", "DEU",
               ["ein Vertreter der Bundesanwaltschaft"]),
        entity("Higher Regional Court of Frankfurt", "ORG", "DEU", ["dem Staatsschutzsenat", "Das Gericht"]),
        entity("Birgit Malsack-Winkemann", "PER", "DEU",
               ["die frühere AfD-Bundestagsabgeordnete Birgit Malsack-Winkemann"]),
        entity("Alternative for Germany", "ORG", "DEU", ["AfD"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Roman von Alvensleben", "PER", "DEU", ["Reuß' Verteidiger Roman von Alvensleben", "der Anwalt"]),
        entity("defence lawyers of Heinrich XIII Prinz Reuss", "PER", "DEU", ["Die Verteidigung"]),
        entity("Nancy Faeser", "PER", "DEU", ["Bundesinnenministerin Nancy Faeser (SPD)"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("Government of Germany", "ORG", "DEU", ["der Staat"]),
        entity("Reichsbürger movement", "ORG", "DEU", ["Reichsbürger", "Die Reichsbürger-Szene"]),
        entity("German police", "ORG", "DEU", ["Rund 3000 Polizisten"]),
        entity("Germany", "LOC", "DEU", ["der Bundesrepublik", "die Bundesrepublik"]),
        entity("Stuttgart", "LOC", "DEU", ["Stuttgart"]),
        entity("Munich", "LOC", "DEU", ["München"]),
    ],
}

# ---------------------------------------------------------------- hm392-de-04 (Serbia/EU, lithium deal)
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
EU = actor("European Union", "EUR", "IGO")
SEFCOVIC = actor("Maroš Šefčovič", "EUR", "IGO")
DJEDOVIC = actor("Dubravka Đedović Handanović", "SRB", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
SRB_ENV = actor("Serbian environmental protesters", "SRB", "CVL")
SRB_POLICE = actor("Serbian police", "SRB", "COP")
CUTA = actor("Aleksandar Jovanović Ćuta", "SRB", "OPP")
SRB_OPP = actor("Serbian opposition", "SRB", "OPP")

L1 = ("Belgrad (dpa) - Serbien und die Europäische Union haben eine Partnerschaft zur Gewinnung und Verarbeitung von "
      "Lithium vereinbart.")
L2 = ("EU-Kommissionsvize Maroš Šefčovič und Serbiens Bergbauministerin Dubravka Đedović Handanović unterzeichneten "
      "am Freitag in Belgrad eine entsprechende Absichtserklärung.")
L3 = ("Bundeskanzler Olaf Scholz, der zu einem Gipfel über kritische Rohstoffe angereist war, traf dabei Präsident "
      "Aleksandar Vučić.")
L4 = "Es handle sich um „ein wichtiges Projekt für Europa“, sagte Scholz."
L5 = ("Die Vereinbarung ebnet den Weg für die umstrittene Mine des britisch-australischen Konzerns Rio Tinto im "
      "Jadar-Tal im Westen des Landes.")
L6 = "Die Regierung in Belgrad hatte das Vorhaben erst in dieser Woche per Verordnung wiederbelebt."
L7 = "Das Projekt hatte 2022 Massenproteste ausgelöst."
L8 = "Rio Tinto will dort ab 2028 jährlich rund 58.000 Tonnen Lithium fördern."
L9 = "Hunderte Umweltschützer protestierten vor dem Tagungsort gegen das Abkommen."
L10 = "„Wir lassen uns das Jadar-Tal nicht nehmen“, rief ein Redner."
L11 = "Die Polizei hinderte die Demonstranten mit Absperrgittern daran, sich dem Gebäude zu nähern."
L12 = ("Der Oppositionspolitiker Aleksandar Jovanović Ćuta warf Vučić vor, das Land für politische Rückendeckung aus "
       "Brüssel und Berlin zu verkaufen.")
L13 = "Vučić wies die Kritik zurück."
L14 = "Er warf Teilen der Opposition vor, mit Falschinformationen Angst zu schüren."
L15 = ("Šefčovič sagte zu, dass die EU den Bau von Batterie- und Elektroautofabriken in Serbien unterstützen "
       "werde.")
L16 = "Die EU will ihre Abhängigkeit von China bei Rohstoffen für die Energiewende verringern."
L17 = "Serbien ist seit 2012 EU-Beitrittskandidat, unterhält aber enge Beziehungen zu Russland und China."

DE04 = {
    "id": "hm392-de-04", "lang": "de", "url": None, "published": "2024-07-19",
    "title": "Serbien und EU besiegeln Lithium-Partnerschaft",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11, L12], [L13, L14, L15], [L16, L17]),
    "events": [
        event("AGREE", SRB_GOV, EU, L1),
        event("SUPPORT", SEFCOVIC, DJEDOVIC, L2, date="2024-07-19", location="Belgrade", location_country="SRB"),
        event("CONSULT", SCHOLZ, VUCIC, L3, mode="visit", date="2024-07-19", location="Belgrade",
              location_country="SRB"),
        event("PROTEST", SRB_ENV, SRB_GOV, L9, mode="demo", date="2024-07-19", location="Belgrade",
              location_country="SRB"),
        event("COERCE", SRB_POLICE, SRB_ENV, L11, mode="crowd-control", date="2024-07-19", location="Belgrade",
              location_country="SRB"),
        event("ACCUSE", CUTA, VUCIC, L12, mode="disapprove"),
        event("ACCUSE", VUCIC, SRB_OPP, L14, mode="disapprove"),
        event("AGREE", SEFCOVIC, SRB_GOV, L15),
    ],
    "quotes": [
        quote("ein wichtiges Projekt für Europa", "Olaf Scholz", "direct"),
        quote("Es handle sich um „ein wichtiges Projekt für Europa“", "Olaf Scholz", "indirect"),
        quote("Wir lassen uns das Jadar-Tal nicht nehmen", "speaker at the Belgrade protest", "direct"),
        quote("das Land für politische Rückendeckung aus Brüssel und Berlin zu verkaufen", "Aleksandar Jovanović Ćuta",
              "indirect"),
        quote("mit Falschinformationen Angst zu schüren", "Aleksandar Vučić", "indirect"),
        quote("dass die EU den Bau von Batterie- und Elektroautofabriken in Serbien unterstützen werde",
              "Maroš Šefčovič", "indirect"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["Belgrad"]),
        entity("Serbia", "LOC", "SRB", ["Serbien", "Serbiens", "des Landes", "das Land"]),
        entity("Government of Serbia", "ORG", "SRB", ["Serbien", "Die Regierung in Belgrad"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union", "die EU", "Die EU", "EU"]),
        entity("European Commission", "ORG", "EUR", ["EU-Kommission"]),
        entity("Maroš Šefčovič", "PER", "EUR", ["EU-Kommissionsvize Maroš Šefčovič", "Šefčovič"]),
        entity("Dubravka Đedović Handanović", "PER", "SRB",
               ["Serbiens Bergbauministerin Dubravka Đedović Handanović"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz", "Scholz"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Präsident Aleksandar Vučić", "Vučić", "Er"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Rio Tinto", "ORG", "GBR", ["des britisch-australischen Konzerns Rio Tinto", "Rio Tinto"]),
        entity("Jadar Valley", "LOC", "SRB", ["Jadar-Tal"]),
        entity("Serbian environmental protesters", "PER", "SRB", ["Hunderte Umweltschützer", "die Demonstranten"]),
        entity("speaker at the Belgrade protest", "PER", "SRB", ["ein Redner"]),
        entity("Serbian police", "ORG", "SRB", ["Die Polizei"]),
        entity("Aleksandar Jovanović Ćuta", "PER", "SRB", ["Der Oppositionspolitiker Aleksandar Jovanović Ćuta"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Serbian opposition", "ORG", "SRB", ["Teilen der Opposition"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
    ],
}

# ---------------------------------------------------------------- hm392-en-01 (Bosnia, Schmidt imposes changes)
SCHMIDT = actor("Christian Schmidt", "IGO", "IGO")
BIH_POLITICIANS = actor("Bosnian politicians", "BIH", "GOV")
DODIK = actor("Milorad Dodik", "BIH", "GOV")
BIH_CEC = actor("Central Election Commission of Bosnia and Herzegovina", "BIH", "GOV")
BIH_GOV = actor("Government of Bosnia and Herzegovina", "BIH", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
US_EMBASSY = actor("Embassy of the United States in Sarajevo", "USA", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
RUS_MFA = actor("Ministry of Foreign Affairs of Russia", "RUS", "GOV")
BECIROVIC = actor("Denis Bećirović", "BIH", "GOV")
HDZ_BIH = actor("Croatian Democratic Union of Bosnia and Herzegovina", "BIH", "PTY")
EU_LEADERS = actor("European Council", "EUR", "IGO")

A1 = ("SARAJEVO, Bosnia-Herzegovina (AP) — The international envoy overseeing peace in Bosnia on Tuesday imposed "
      "sweeping changes to the country's election law, saying local politicians had failed to agree on them for "
      "years.")
A2 = ("Christian Schmidt, a former German minister who serves as the international community's high representative, "
      "said the amendments would make the vote in October more transparent and harder to manipulate.")
A3 = ("They introduce electronic voter identification and ballot scanners at polling stations and tighten the rules "
      "for election commissions.")
A4 = ("Bosnian Serb leader Milorad Dodik reacted furiously, calling Schmidt \"a tourist with no legitimacy\" and "
      "accusing him of trampling on the Dayton peace agreement.")
A5 = ("Dodik, the president of Bosnia's Serb-run entity, Republika Srpska, said its parliament would adopt its own "
      "election law within weeks and would no longer recognize the state election commission.")
A6 = ("\"If this continues, Republika Srpska will have no choice but to leave Bosnia,\" he told reporters in Banja "
      "Luka.")
A7 = "Dodik has refused to recognize Schmidt since his appointment in 2021, as has Russia."
A8 = ("The U.S. Embassy in Sarajevo welcomed the decision and warned Dodik that any attempt to undermine state "
      "institutions would draw a response from Washington.")
A9 = "The United States imposed sanctions on Dodik in 2022, accusing him of corruption and of destabilizing the region."
A10 = "Russia's Foreign Ministry condemned the move as \"a colonial-style diktat.\""
A11 = ("Denis Bećirović, the Bosniak member of Bosnia's tripartite presidency, praised the changes as a step toward "
       "free and fair elections.")
A12 = ("Dragan Čović's Croatian Democratic Union complained that the package ignored its long-standing demand for a "
       "separate electoral unit for Croats.")
A13 = ("The high representative has broad powers under the 1995 peace agreement that ended Bosnia's war, including "
       "the right to impose laws and fire officials.")
A14 = "Schmidt last used them in 2022, when he changed the election law on the night of a general election."
A15 = ("EU leaders agreed last week to open membership talks with Bosnia, on condition that the country carries out "
       "further reforms.")

EN01 = {
    "id": "hm392-en-01", "lang": "en", "url": None, "published": "2024-03-26",
    "title": "International envoy imposes election law changes in Bosnia, angering Serb leader",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10], [A11, A12], [A13, A14, A15]),
    "events": [
        event("ACCUSE", SCHMIDT, BIH_POLITICIANS, A1, mode="disapprove", date="2024-03-26", location="Sarajevo",
              location_country="BIH"),
        event("ACCUSE", DODIK, SCHMIDT, A4, mode="disapprove"),
        event("THREATEN", DODIK, BIH_CEC, A5),
        event("THREATEN", DODIK, BIH_GOV, A6, location="Banja Luka", location_country="BIH"),
        event("REJECT", DODIK, SCHMIDT, A7),
        event("REJECT", RUS_GOV, SCHMIDT, A7),
        event("SUPPORT", US_EMBASSY, SCHMIDT, A8),
        event("THREATEN", US_EMBASSY, DODIK, A8),
        event("SANCTION", USA_GOV, DODIK, A9),
        event("ACCUSE", USA_GOV, DODIK, A9, mode="allege"),
        event("ACCUSE", RUS_MFA, SCHMIDT, A10, mode="disapprove"),
        event("SUPPORT", BECIROVIC, SCHMIDT, A11),
        event("ACCUSE", HDZ_BIH, SCHMIDT, A12, mode="disapprove"),
        event("AGREE", EU_LEADERS, BIH_GOV, A15),
    ],
    "quotes": [
        quote("local politicians had failed to agree on them for years", "Christian Schmidt", "indirect"),
        quote("the amendments would make the vote in October more transparent and harder to manipulate",
              "Christian Schmidt", "indirect"),
        quote("a tourist with no legitimacy", "Milorad Dodik", "direct"),
        quote("its parliament would adopt its own election law within weeks and would no longer recognize the state "
              "election commission", "Milorad Dodik", "indirect"),
        quote("If this continues, Republika Srpska will have no choice but to leave Bosnia", "Milorad Dodik",
              "direct"),
        quote("any attempt to undermine state institutions would draw a response from Washington",
              "Embassy of the United States in Sarajevo", "indirect"),
        quote("a colonial-style diktat", "Ministry of Foreign Affairs of Russia", "direct"),
        quote("the package ignored its long-standing demand for a separate electoral unit for Croats",
              "Croatian Democratic Union of Bosnia and Herzegovina", "indirect"),
    ],
    "entities": [
        entity("Sarajevo", "LOC", "BIH", ["SARAJEVO", "Sarajevo"]),
        entity("Bosnia and Herzegovina", "LOC", "BIH", ["Bosnia-Herzegovina", "Bosnia", "the country's",
                                                        "Bosnia's", "the country"]),
        entity("Christian Schmidt", "PER", "IGO",
               ["The international envoy overseeing peace in Bosnia", "Christian Schmidt, a former German minister "
                "who serves as the international community's high representative", "Schmidt", "him", "his",
                "The high representative"]),
        entity("Bosnian politicians", "PER", "BIH", ["local politicians"]),
        entity("Milorad Dodik", "PER", "BIH", ["Bosnian Serb leader Milorad Dodik", "Dodik", "he"]),
        entity("Dayton Agreement", "MISC", "BIH", ["the Dayton peace agreement",
                                                  "the 1995 peace agreement that ended Bosnia's war"]),
        entity("Republika Srpska", "LOC", "BIH", ["Bosnia's Serb-run entity, Republika Srpska",
                                                  "Republika Srpska"]),
        entity("National Assembly of Republika Srpska", "ORG", "BIH", ["its parliament"]),
        entity("Central Election Commission of Bosnia and Herzegovina", "ORG", "BIH",
               ["the state election commission"]),
        entity("Banja Luka", "LOC", "BIH", ["Banja Luka"]),
        entity("Russia", "LOC", "RUS", ["Russia", "Russia's"]),
        entity("Embassy of the United States in Sarajevo", "ORG", "USA", ["The U.S. Embassy in Sarajevo"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "The United States"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Russia's Foreign Ministry"]),
        entity("Denis Bećirović", "PER", "BIH",
               ["Denis Bećirović, the Bosniak member of Bosnia's tripartite presidency"]),
        entity("Presidency of Bosnia and Herzegovina", "ORG", "BIH", ["Bosnia's tripartite presidency"]),
        entity("Dragan Čović", "PER", "BIH", ["Dragan Čović's"]),
        entity("Croatian Democratic Union of Bosnia and Herzegovina", "ORG", "BIH",
               ["Dragan Čović's Croatian Democratic Union", "its"]),
        entity("European Council", "ORG", "EUR", ["EU leaders"]),
    ],
}

# ---------------------------------------------------------------- hm392-en-02 (Spain, no amnesty for Puigdemont)
LLARENA = actor("Pablo Llarena", "ESP", "JUD")
PUIGDEMONT = actor("Carles Puigdemont", "ESP", "OPP")
COMIN = actor("Toni Comín", "ESP", "OPP")
PUIG = actor("Lluís Puig", "ESP", "OPP")
ESP_SC_CHAMBER = actor("Criminal Chamber of the Supreme Court of Spain", "ESP", "JUD")
JUNQUERAS = actor("Oriol Junqueras", "ESP", "PTY")
SEP_LEADERS = actor("convicted Catalan separatist leaders", "ESP", "PTY")
ESP_SC = actor("Supreme Court of Spain", "ESP", "JUD")
JUNTS = actor("Junts per Catalunya", "ESP", "PTY")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
MARLASKA = actor("Fernando Grande-Marlaska", "ESP", "GOV")

E1 = ("MADRID (AP) — A Spanish Supreme Court judge ruled Monday that an amnesty law for Catalan separatists does not "
      "cover former regional leader Carles Puigdemont's embezzlement charge, keeping in place a warrant for his arrest "
      "should he return to Spain.")
E2 = ("Judge Pablo Llarena wrote that Puigdemont had used public funds for the banned 2017 independence referendum "
      "for his personal benefit, a case the law excludes from the amnesty.")
E3 = ("He also refused to apply the amnesty to two former members of Puigdemont's regional government, Toni Comín "
      "and Lluís Puig, who also live abroad.")
E4 = ("Hours earlier, the court's criminal chamber had denied amnesty on the same grounds to Oriol Junqueras, "
      "Puigdemont's former deputy, and three other separatist leaders convicted in 2019.")
E5 = ("Puigdemont, who fled to Belgium in 2017 and now lives in southern France, mocked the ruling on social media "
      "as the work of \"la Toga Nostra.\"")
E6 = "His lawyer, Gonzalo Boye, said he would take the case to the Constitutional Court."
E7 = "Puigdemont's Junts party accused the judges of defying the will of parliament."
E8 = ("Justice Minister Félix Bolaños said the government respected the ruling but remained convinced that the "
      "amnesty should apply to everyone involved in the independence bid.")
E9 = ("The conservative Popular Party's leader, Alberto Núñez Feijóo, praised the judge and demanded that Prime "
      "Minister Pedro Sánchez call an early election.")
E10 = "Sánchez has refused to do so."
E11 = ("Sánchez's Socialists pushed the amnesty through parliament in May in exchange for the support of Junts and "
       "the leftist ERC for his reelection last year.")
E12 = ("Puigdemont has said he intends to return to Catalonia for the regional parliament's vote on a new regional "
       "president.")
E13 = ("Interior Minister Fernando Grande-Marlaska said police would arrest Puigdemont if the warrant was still in "
       "force when he crossed the border.")
E14 = "Spain's Constitutional Court is expected to rule on challenges to the amnesty law itself later this year."
E15 = "Junts came second in Catalonia's regional election in May."

EN02 = {
    "id": "hm392-en-02", "lang": "en", "url": None, "published": "2024-07-01",
    "title": "Spanish judge refuses to extend amnesty to Catalan separatist Puigdemont",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("REJECT", LLARENA, PUIGDEMONT, E1, date="2024-07-01", location="Madrid", location_country="ESP"),
        event("THREATEN", LLARENA, PUIGDEMONT, E1, mode="arrest", date="2024-07-01", location="Madrid",
              location_country="ESP"),
        event("ACCUSE", LLARENA, PUIGDEMONT, E2, mode="allege"),
        event("REJECT", LLARENA, COMIN, E3),
        event("REJECT", LLARENA, PUIG, E3),
        event("REJECT", ESP_SC_CHAMBER, JUNQUERAS, E4, date="2024-07-01"),
        event("REJECT", ESP_SC_CHAMBER, SEP_LEADERS, E4, date="2024-07-01"),
        event("ACCUSE", PUIGDEMONT, ESP_SC, E5, mode="disapprove"),
        event("ACCUSE", JUNTS, ESP_SC, E7, mode="disapprove"),
        event("SUPPORT", FEIJOO, LLARENA, E9),
        event("REQUEST", FEIJOO, SANCHEZ, E9, mode="change"),
        event("REJECT", SANCHEZ, FEIJOO, E10, mode="change"),
        event("THREATEN", MARLASKA, PUIGDEMONT, E13, mode="arrest"),
    ],
    "quotes": [
        quote("Puigdemont had used public funds for the banned 2017 independence referendum for his personal benefit",
              "Pablo Llarena", "indirect"),
        quote("la Toga Nostra", "Carles Puigdemont", "direct"),
        quote("he would take the case to the Constitutional Court", "Gonzalo Boye", "indirect"),
        quote("the government respected the ruling but remained convinced that the amnesty should apply to everyone "
              "involved in the independence bid", "Félix Bolaños", "indirect"),
        quote("he intends to return to Catalonia for the regional parliament's vote on a new regional president",
              "Carles Puigdemont", "indirect"),
        quote("police would arrest Puigdemont if the warrant was still in force when he crossed the border",
              "Fernando Grande-Marlaska", "indirect"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["MADRID"]),
        entity("Supreme Court of Spain", "ORG", "ESP", ["the court's", "the judges"]),
        entity("Pablo Llarena", "PER", "ESP", ["A Spanish Supreme Court judge", "Judge Pablo Llarena", "He",
                                               "the judge"]),
        entity("Carles Puigdemont", "PER", "ESP",
               ["former regional leader Carles Puigdemont's", "his", "he", "Puigdemont", "Puigdemont's"]),
        entity("Spain", "LOC", "ESP", ["Spain", "Spain's"]),
        entity("Government of Catalonia", "ORG", "ESP", ["Puigdemont's regional government"]),
        entity("Toni Comín", "PER", "ESP", ["Toni Comín"]),
        entity("Lluís Puig", "PER", "ESP", ["Lluís Puig"]),
        entity("Criminal Chamber of the Supreme Court of Spain", "ORG", "ESP", ["the court's criminal chamber"]),
        entity("Oriol Junqueras", "PER", "ESP", ["Oriol Junqueras, Puigdemont's former deputy"]),
        entity("convicted Catalan separatist leaders", "PER", "ESP",
               ["three other separatist leaders convicted in 2019"]),
        entity("Belgium", "LOC", "BEL", ["Belgium"]),
        entity("France", "LOC", "FRA", ["southern France"]),
        entity("Gonzalo Boye", "PER", "ESP", ["His lawyer, Gonzalo Boye", "he"]),
        entity("Constitutional Court of Spain", "ORG", "ESP", ["the Constitutional Court",
                                                               "Spain's Constitutional Court"]),
        entity("Junts per Catalunya", "ORG", "ESP", ["Puigdemont's Junts party", "Junts"]),
        entity("Cortes Generales", "ORG", "ESP", ["parliament"]),
        entity("Félix Bolaños", "PER", "ESP", ["Justice Minister Félix Bolaños"]),
        entity("Government of Spain", "ORG", "ESP", ["the government"]),
        entity("People's Party (Spain)", "ORG", "ESP", ["The conservative Popular Party's"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP",
               ["The conservative Popular Party's leader, Alberto Núñez Feijóo"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Prime Minister Pedro Sánchez", "Sánchez", "Sánchez's"]),
        entity("Spanish Socialist Workers' Party", "ORG", "ESP", ["Sánchez's Socialists"]),
        entity("Republican Left of Catalonia", "ORG", "ESP", ["the leftist ERC"]),
        entity("Catalonia", "LOC", "ESP", ["Catalonia", "Catalonia's"]),
        entity("Parliament of Catalonia", "ORG", "ESP", ["the regional parliament's"]),
        entity("Fernando Grande-Marlaska", "PER", "ESP", ["Interior Minister Fernando Grande-Marlaska"]),
        entity("Spanish police", "ORG", "ESP", ["police"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
