"""Round 371: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025 in the Middle East and North Africa, invented wording and details):
- hm371-de-01: Israel: military police detain reservists at Sde Teiman over the abuse of a Gaza detainee; right-wing protesters with MK Zvi Sukkot storm Sde Teiman and Beit Lid, the army sends units, Halevi and Netanyahu condemn, Gallant demands an inquiry and blames Ben-Gvir, Ben-Gvir backs the soldiers, Lapid accuses coalition MKs, a military judge extends custody, rights groups' petition recalled (2024-07-30).
- hm371-de-02: Germany/Libya: German authorities arrest Radaa commander Khaled El Hishri in Berlin on an ICC warrant over Mitiga prison; the prosecutor's allegations, the sealed warrant, the ICC asks for his surrender and thanks Berlin, custody pending transfer, Italy's January release of Almasri and the ICC's rebuke, Amnesty welcomes and demands, Libya's acceptance of ICC jurisdiction and Dbeibah's order to dissolve Radaa (2025-07-17).
- hm371-de-03: Turkey: an Istanbul court removes the Istanbul Bar Association's board under İbrahim Kaboğlu on the chief prosecutor's lawsuit over its statement on two Kurdish journalists killed in Syria; criminal investigation, Kaboğlu's objection, lawyers protest at Çağlayan, the TBB condemns, Justice Minister Tunç defends it, İmamoğlu's arrest, Özel accuses the government, the CCBE demands reinstatement (2025-03-21).
- hm371-de-04: Gaza: Trump threatens to "go in and kill" Hamas if it keeps killing people in Gaza; Hamas deploys forces after the ceasefire, clashes with the Doghmush clan in Sabra, mutual accusations, Hamas's video of eight public executions, the PA condemns, Trump's earlier "gangs" remark, Nazzal refuses to commit to disarmament, hostage and prisoner releases, Israel's complaint about the bodies (2025-10-16).
- hm371-en-01: West Bank: Israeli police release "No Other Land" co-director Hamdan Ballal after settlers beat him in Susya and soldiers detained him; Tsemel on the release, Ballal's, Adra's, Abraham's and the Center for Jewish Nonviolence's accounts, the army's version and detentions, Zohar's Oscar remark, the Palestinian foreign ministry condemns (2025-03-25).
- hm371-en-02: United Arab Emirates/Bangladesh: Sheikh Mohamed bin Zayed pardons 57 Bangladeshis jailed over the July solidarity protests and orders their deportation; the arrests, fast-track convictions and sentences, Amnesty's criticism, Yunus's appeal by phone and thanks, the embassy's help, Hasina's fall recalled (2024-09-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm371-de-01 (Israel, Sde Teiman and Beit Lid)
ISR_MP = actor("Israeli Military Police", "ISR", "MIL")
RESERVISTS = actor("Israeli reservists detained over abuse at Sde Teiman", "ISR", "MIL")
PROTESTERS = actor("right-wing Israeli protesters", "ISR", "CVL")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
MAG = actor("Military Advocate General's Corps", "ISR", "JUD")
SUKKOT = actor("Zvi Sukkot", "ISR", "LEG")
HALEVI = actor("Herzi Halevi", "ISR", "MIL")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
GALLANT = actor("Yoav Gallant", "ISR", "GOV")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
LAPID = actor("Yair Lapid", "ISR", "OPP")
COALITION_MKS = actor("members of the Knesset from the governing coalition", "ISR", "LEG")
MIL_COURT = actor("Israeli military court", "ISR", "JUD")
ISR_RIGHTS_GROUPS = actor("Israeli human rights organisations", "ISR", "NGO")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")

A1 = ("Tel Aviv (dpa) - Nach der Festnahme mehrerer Reservisten wegen mutmaßlicher Misshandlung eines palästinensischen "
      "Häftlings haben aufgebrachte Demonstranten in Israel zwei Militärstützpunkte gestürmt.")
A2 = ("Die Militärpolizei hatte am Montag im Haftlager Sde Teiman in der Negev-Wüste neun Soldaten einer Reserveeinheit "
      "festgenommen.")
A3 = ("Die Militärstaatsanwaltschaft wirft ihnen vor, einen Gefangenen aus dem Gazastreifen schwer misshandelt und "
      "sexuell missbraucht zu haben.")
A4 = ("Der Mann habe mit schweren Verletzungen im Krankenhaus behandelt werden müssen, berichteten israelische "
      "Medien.")
A5 = ("Noch während die Ermittler in Sde Teiman waren, versammelten sich Dutzende Demonstranten vor dem Tor des Lagers, "
      "darunter der Abgeordnete Zvi Sukkot von der ultrarechten Partei Religiöser Zionismus.")
A6 = "Einige von ihnen durchbrachen das Tor und drangen auf das Gelände vor."
A7 = ("Am Abend verschafften sich Demonstranten auch gewaltsam Zutritt zum Stützpunkt Beit Lid, wohin die Verdächtigen "
      "zur Vernehmung gebracht worden waren.")
A8 = "Die Armee verlegte daraufhin zusätzliche Einheiten zu beiden Stützpunkten."
A9 = "Generalstabschef Herzi Halevi nannte das Eindringen in die Stützpunkte „äußerst schwerwiegend“."
A10 = ("„Wir sind ein Rechtsstaat, und niemand darf sich über das Gesetz stellen“, sagte er bei einem Besuch in "
       "Beit Lid.")
A11 = "Ministerpräsident Benjamin Netanjahu verurteilte die Vorfälle scharf und rief zur Ruhe auf."
A12 = "Verteidigungsminister Joav Gallant forderte den Regierungschef auf, eine Untersuchung anzuordnen."
A13 = ("Er warf Polizeiminister Itamar Ben-Gvir vor, die Polizei viel zu spät zu den Stützpunkten geschickt zu "
       "haben.")
A14 = "Ben-Gvir selbst stellte sich hinter die festgenommenen Soldaten."
A15 = ("„Es ist beschämend, dass unsere besten Helden wie Verbrecher behandelt werden“, erklärte der rechtsextreme "
       "Politiker.")
A16 = ("Oppositionsführer Jair Lapid warf Abgeordneten der Regierungskoalition vor, den Mob angestachelt zu "
       "haben.")
A17 = "Ein Militärrichter ordnete am Dienstag an, fünf der Verdächtigen weiter in Gewahrsam zu halten."
A18 = ("Das Lager Sde Teiman steht seit Monaten wegen Berichten über Misshandlungen in der Kritik; "
       "Menschenrechtsorganisationen haben vor dem Obersten Gericht seine Schließung beantragt.")

DE01 = {
    "id": "hm371-de-01", "lang": "de", "url": None, "published": "2024-07-30",
    "title": "Rechte Demonstranten stürmen israelische Militärstützpunkte",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13], [A14, A15, A16],
                       [A17, A18]),
    "events": [
        event("COERCE", ISR_MP, RESERVISTS, A1, mode="arrest", location_country="ISR"),
        event("PROTEST", PROTESTERS, IDF, A1, mode="riot", location_country="ISR"),
        event("COERCE", ISR_MP, RESERVISTS, A2, mode="arrest", date="2024-07-29", location="Sde Teiman",
              location_country="ISR"),
        event("ACCUSE", MAG, RESERVISTS, A3, mode="allege"),
        event("PROTEST", PROTESTERS, IDF, A5, mode="demo", date="2024-07-29", location="Sde Teiman",
              location_country="ISR"),
        event("PROTEST", SUKKOT, IDF, A5, mode="demo", date="2024-07-29", location="Sde Teiman",
              location_country="ISR"),
        event("PROTEST", PROTESTERS, IDF, A6, mode="riot", date="2024-07-29", location="Sde Teiman",
              location_country="ISR"),
        event("PROTEST", PROTESTERS, IDF, A7, mode="riot", date="2024-07-29", location="Beit Lid",
              location_country="ISR"),
        event("MOBILIZE", IDF, None, A8, mode="troops", date="2024-07-29"),
        event("ACCUSE", HALEVI, PROTESTERS, A9, mode="disapprove"),
        event("ACCUSE", NETANYAHU, PROTESTERS, A11, mode="disapprove"),
        event("REQUEST", NETANYAHU, None, A11),
        event("REQUEST", GALLANT, NETANYAHU, A12),
        event("ACCUSE", GALLANT, BEN_GVIR, A13, mode="allege"),
        event("SUPPORT", BEN_GVIR, RESERVISTS, A14),
        event("ACCUSE", BEN_GVIR, ISR_MP, A15, mode="disapprove"),
        event("ACCUSE", LAPID, COALITION_MKS, A16, mode="allege"),
        event("COERCE", MIL_COURT, RESERVISTS, A17, mode="arrest", date="2024-07-30"),
        event("ACCUSE", ISR_RIGHTS_GROUPS, ISR_GOV, A18, mode="allege"),
    ],
    "quotes": [
        quote("einen Gefangenen aus dem Gazastreifen schwer misshandelt und sexuell missbraucht zu haben",
              "Military Advocate General's Corps", "indirect"),
        quote("Der Mann habe mit schweren Verletzungen im Krankenhaus behandelt werden müssen", "Israeli media",
              "indirect"),
        quote("äußerst schwerwiegend", "Herzi Halevi", "direct"),
        quote("Wir sind ein Rechtsstaat, und niemand darf sich über das Gesetz stellen", "Herzi Halevi", "direct"),
        quote("die Polizei viel zu spät zu den Stützpunkten geschickt zu haben", "Yoav Gallant", "indirect"),
        quote("Es ist beschämend, dass unsere besten Helden wie Verbrecher behandelt werden", "Itamar Ben-Gvir",
              "direct"),
        quote("den Mob angestachelt zu haben", "Yair Lapid", "indirect"),
    ],
    "entities": [
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Israeli reservists detained over abuse at Sde Teiman", "PER", "ISR",
               ["mehrerer Reservisten", "neun Soldaten einer Reserveeinheit", "ihnen", "die Verdächtigen",
                "die festgenommenen Soldaten", "unsere besten Helden", "fünf der Verdächtigen"]),
        entity("Palestinian detainee abused at Sde Teiman", "PER", "PSE",
               ["eines palästinensischen Häftlings", "einen Gefangenen aus dem Gazastreifen", "Der Mann"]),
        entity("right-wing Israeli protesters", "PER", "ISR",
               ["aufgebrachte Demonstranten", "Dutzende Demonstranten", "Einige von ihnen", "Demonstranten",
                "den Mob"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Israeli Military Police", "ORG", "ISR", ["Die Militärpolizei"]),
        entity("Sde Teiman", "LOC", "ISR", ["im Haftlager Sde Teiman", "Sde Teiman", "des Lagers",
                                           "Das Lager Sde Teiman"]),
        entity("Negev", "LOC", "ISR", ["der Negev-Wüste"]),
        entity("Military Advocate General's Corps", "ORG", "ISR", ["Die Militärstaatsanwaltschaft", "die Ermittler"]),
        entity("Gaza Strip", "LOC", "PSE", ["dem Gazastreifen"]),
        entity("Israeli media", "ORG", "ISR", ["israelische Medien"]),
        entity("Zvi Sukkot", "PER", "ISR", ["der Abgeordnete Zvi Sukkot"]),
        entity("Religious Zionist Party", "ORG", "ISR", ["der ultrarechten Partei Religiöser Zionismus"]),
        entity("Beit Lid", "LOC", "ISR", ["zum Stützpunkt Beit Lid", "Beit Lid"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die Armee"]),
        entity("Herzi Halevi", "PER", "ISR", ["Generalstabschef Herzi Halevi", "er"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "den Regierungschef"]),
        entity("Yoav Gallant", "PER", "ISR", ["Verteidigungsminister Joav Gallant", "Er"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["Polizeiminister Itamar Ben-Gvir", "Ben-Gvir",
                                                "der rechtsextreme Politiker"]),
        entity("Israel Police", "ORG", "ISR", ["die Polizei"]),
        entity("Yair Lapid", "PER", "ISR", ["Oppositionsführer Jair Lapid"]),
        entity("members of the Knesset from the governing coalition", "PER", "ISR",
               ["Abgeordneten der Regierungskoalition"]),
        entity("Israeli military court", "ORG", "ISR", ["Ein Militärrichter"]),
        entity("Israeli human rights organisations", "ORG", "ISR", ["Menschenrechtsorganisationen"]),
        entity("Supreme Court of Israel", "ORG", "ISR", ["dem Obersten Gericht"]),
    ],
}

# ---------------------------------------------------------------- hm371-de-02 (Germany/Libya, El Hishri arrested)
DEU_POLICE = actor("German authorities", "DEU", "COP")
EL_HISHRI = actor("Khaled Mohamed Ali El Hishri", "LBY", "REB")
ICC_OTP = actor("Office of the Prosecutor of the International Criminal Court", "IGO", "JUD")
ICC_PTC = actor("Pre-Trial Chamber I of the International Criminal Court", "IGO", "JUD")
ICC = actor("International Criminal Court", "IGO", "JUD")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
BERLIN_JUDGE = actor("Berlin court", "DEU", "JUD")
ITA_GOV = actor("Government of Italy", "ITA", "GOV")
ALMASRI = actor("Osama Almasri Najim", "LBY", "COP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
LBY_GNU = actor("Government of National Unity of Libya", "LBY", "GOV")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
RADAA = actor("Radaa Special Deterrence Force", "LBY", "REB")

L1 = ("Den Haag/Berlin (dpa) - In Berlin ist ein mutmaßlicher libyscher Milizenführer festgenommen worden, der vom "
      "Internationalen Strafgerichtshof (IStGH) wegen Verbrechen gegen die Menschlichkeit gesucht wird.")
L2 = ("Khaled Mohamed Ali El Hishri sei bereits am Mittwoch von deutschen Behörden gefasst worden, teilte das Gericht "
      "am Donnerstag in Den Haag mit.")
L3 = ("Die Anklagebehörde wirft dem Libyer vor, im Mitiga-Gefängnis in Tripolis zwischen Februar 2015 und Anfang 2020 "
      "Gefangene ermordet, gefoltert und vergewaltigt oder solche Taten angeordnet zu haben.")
L4 = "Die Vorverfahrenskammer I hatte den Haftbefehl am 10. Juli unter Verschluss ausgestellt."
L5 = ("El Hishri gilt als eines der ranghöchsten Mitglieder der Miliz Radaa, die das Gefängnis auf dem Gelände des "
      "Flughafens Mitiga seit Jahren kontrolliert.")
L6 = ("Nach Angaben des Gerichts wurden dort Tausende Menschen über lange Zeiträume unter unmenschlichen Bedingungen "
      "festgehalten.")
L7 = "Der Gerichtshof ersuchte die Bundesregierung, den Verdächtigen so rasch wie möglich zu überstellen."
L8 = ("Ein Richter ordnete am Donnerstag Überstellungshaft an, wie eine Sprecherin der Berliner Generalstaatsanwaltschaft "
      "sagte.")
L9 = "Über die Überstellung nach Den Haag muss nun das Kammergericht entscheiden."
L10 = "Der IStGH dankte Deutschland ausdrücklich für die Zusammenarbeit."
L11 = ("Im Januar hatte Italien den ebenfalls wegen Verbrechen in Mitiga gesuchten libyschen Polizeichef Osama Almasri "
       "Nadschim wenige Tage nach seiner Festnahme in Turin freigelassen und mit einer Regierungsmaschine nach Tripolis "
       "zurückgebracht.")
L12 = ("Der Gerichtshof hatte Rom daraufhin vorgeworfen, Almasri ohne vorherige Konsultation auf freien Fuß gesetzt zu "
       "haben.")
L13 = "Amnesty International begrüßte die Festnahme in Berlin als „wichtigen Schritt“ für die Opfer."
L14 = ("„Die Überlebenden von Mitiga haben mehr als ein Jahrzehnt auf diesen Tag gewartet“, erklärte eine Sprecherin "
       "der Organisation.")
L15 = ("Amnesty forderte Deutschland auf, den Mann zügig nach Den Haag zu überstellen, und rief andere Staaten auf, "
       "weitere Verdächtige festzunehmen.")
L16 = "Die international anerkannte Einheitsregierung in Tripolis äußerte sich zunächst nicht."
L17 = ("Libyen hatte im Mai die Zuständigkeit des Strafgerichtshofs für mutmaßliche Verbrechen auf seinem Gebiet "
       "zwischen 2011 und Ende 2027 anerkannt.")
L18 = ("Ebenfalls im Mai hatte Ministerpräsident Abdul Hamid Dbeibah die Auflösung der Radaa-Miliz angeordnet, die sich "
       "dem jedoch widersetzte.")

DE02 = {
    "id": "hm371-de-02", "lang": "de", "url": None, "published": "2025-07-17",
    "title": "Mutmaßlicher libyscher Folterer in Berlin festgenommen",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6], [L7, L8, L9, L10], [L11, L12], [L13, L14, L15],
                       [L16, L17, L18]),
    "events": [
        event("COERCE", DEU_POLICE, EL_HISHRI, L1, mode="arrest", location="Berlin", location_country="DEU"),
        event("COERCE", DEU_POLICE, EL_HISHRI, L2, mode="arrest", date="2025-07-16", location_country="DEU"),
        event("ACCUSE", ICC_OTP, EL_HISHRI, L3, mode="allege"),
        event("THREATEN", ICC_PTC, EL_HISHRI, L4, mode="arrest", date="2025-07-10"),
        event("REQUEST", ICC, DEU_GOV, L7, mode="assist"),
        event("COERCE", BERLIN_JUDGE, EL_HISHRI, L8, mode="arrest", date="2025-07-17", location="Berlin",
              location_country="DEU"),
        event("SUPPORT", ICC, DEU_GOV, L10),
        event("RETREAT", ITA_GOV, ALMASRI, L11, mode="release", location_country="ITA"),
        event("ACCUSE", ICC, ITA_GOV, L12, mode="allege"),
        event("SUPPORT", AMNESTY, DEU_POLICE, L13),
        event("REQUEST", AMNESTY, DEU_GOV, L15, mode="assist"),
        event("REQUEST", AMNESTY, None, L15),
        event("SUPPORT", LBY_GNU, ICC, L17),
        event("COERCE", DBEIBAH, RADAA, L18, mode="ban"),
        event("REJECT", RADAA, DBEIBAH, L18),
    ],
    "quotes": [
        quote("Khaled Mohamed Ali El Hishri sei bereits am Mittwoch von deutschen Behörden gefasst worden",
              "International Criminal Court", "indirect"),
        quote("im Mitiga-Gefängnis in Tripolis zwischen Februar 2015 und Anfang 2020 Gefangene ermordet, gefoltert und "
              "vergewaltigt oder solche Taten angeordnet zu haben",
              "Office of the Prosecutor of the International Criminal Court", "indirect"),
        quote("Nach Angaben des Gerichts wurden dort Tausende Menschen über lange Zeiträume unter unmenschlichen "
              "Bedingungen festgehalten", "International Criminal Court", "indirect"),
        quote("Ein Richter ordnete am Donnerstag Überstellungshaft an", "Berlin Public Prosecutor General's Office",
              "indirect"),
        quote("Almasri ohne vorherige Konsultation auf freien Fuß gesetzt zu haben", "International Criminal Court",
              "indirect"),
        quote("wichtigen Schritt", "Amnesty International", "direct"),
        quote("Die Überlebenden von Mitiga haben mehr als ein Jahrzehnt auf diesen Tag gewartet",
              "Amnesty International", "direct"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Khaled Mohamed Ali El Hishri", "PER", "LBY",
               ["ein mutmaßlicher libyscher Milizenführer", "Khaled Mohamed Ali El Hishri", "dem Libyer",
                "El Hishri", "den Verdächtigen", "den Mann"]),
        entity("International Criminal Court", "ORG", "IGO",
               ["Internationalen Strafgerichtshof (IStGH)", "das Gericht", "des Gerichts", "Der Gerichtshof",
                "Der IStGH", "des Strafgerichtshofs"]),
        entity("German authorities", "ORG", "DEU", ["deutschen Behörden"]),
        entity("Office of the Prosecutor of the International Criminal Court", "ORG", "IGO", ["Die Anklagebehörde"]),
        entity("Mitiga prison", "LOC", "LBY", ["im Mitiga-Gefängnis", "das Gefängnis"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Pre-Trial Chamber I of the International Criminal Court", "ORG", "IGO", ["Die Vorverfahrenskammer I"]),
        entity("Radaa Special Deterrence Force", "ORG", "LBY", ["der Miliz Radaa", "der Radaa-Miliz"]),
        entity("Mitiga International Airport", "LOC", "LBY", ["des Flughafens Mitiga"]),
        entity("Government of Germany", "ORG", "DEU", ["die Bundesregierung"]),
        entity("Berlin court", "ORG", "DEU", ["Ein Richter"]),
        entity("Berlin Public Prosecutor General's Office", "ORG", "DEU", ["der Berliner Generalstaatsanwaltschaft"]),
        entity("Kammergericht", "ORG", "DEU", ["das Kammergericht"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Italy", "LOC", "ITA", ["Italien", "Rom"]),
        entity("Osama Almasri Najim", "PER", "LBY", ["libyschen Polizeichef Osama Almasri Nadschim", "Almasri"]),
        entity("Turin", "LOC", "ITA", ["Turin"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "der Organisation", "Amnesty"]),
        entity("Government of National Unity of Libya", "ORG", "LBY",
               ["Die international anerkannte Einheitsregierung in Tripolis"]),
        entity("Libya", "LOC", "LBY", ["Libyen"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Ministerpräsident Abdul Hamid Dbeibah"]),
    ],
}

# ---------------------------------------------------------------- hm371-de-03 (Turkey, Istanbul Bar board removed)
IST_COURT = actor("Istanbul civil court", "TUR", "JUD")
BAR_BOARD = actor("Board of the Istanbul Bar Association", "TUR", "NGO")
KABOGLU = actor("İbrahim Kaboğlu", "TUR", "NGO")
IST_PROSECUTOR = actor("Istanbul Chief Public Prosecutor's Office", "TUR", "JUD")
KURDISH_ORGS = actor("Kurdish organisations", "TUR", "NGO")
TUR_MIL = actor("Turkish Armed Forces", "TUR", "MIL")
IST_LAWYERS = actor("Istanbul lawyers", "TUR", "CVL")
TBB = actor("Union of Turkish Bar Associations", "TUR", "NGO")
TUNC = actor("Yılmaz Tunç", "TUR", "GOV")
TUR_POLICE = actor("Turkish police", "TUR", "COP")
IMAMOGLU = actor("Ekrem İmamoğlu", "TUR", "OPP")
OZEL = actor("Özgür Özel", "TUR", "OPP")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
CCBE = actor("Council of Bars and Law Societies of Europe", "NGO", "NGO")

B1 = "Istanbul (dpa) - Ein Gericht in Istanbul hat den Vorstand der größten Anwaltskammer der Türkei abgesetzt."
B2 = ("Die Richter gaben am Freitag einer Klage der Istanbuler Generalstaatsanwaltschaft statt, die dem Kammerpräsidenten "
      "İbrahim Kaboğlu und zehn weiteren Vorstandsmitgliedern vorwirft, ihre gesetzlichen Befugnisse überschritten und "
      "Terrorpropaganda verbreitet zu haben.")
B3 = "Der Verfassungsrechtler Kaboğlu war erst im Oktober an die Spitze der Kammer gewählt worden."
B4 = ("Hintergrund ist eine Erklärung der Kammer vom Dezember zum Tod der kurdischen Journalisten Nazım Daştan und Cihan "
      "Bilgin, die im Norden Syriens bei einem Drohnenangriff getötet worden waren.")
B5 = ("Der Vorstand hatte darin eine Untersuchung gefordert und erklärt, die gezielte Tötung von Journalisten sei ein "
      "Kriegsverbrechen.")
B6 = "Kurdische Organisationen machen die türkische Armee für den Angriff verantwortlich."
B7 = "Die Staatsanwaltschaft leitete im Januar zudem strafrechtliche Ermittlungen gegen die Vorstandsmitglieder ein."
B8 = "Kaboğlu sprach von einem „politischen Urteil“ und kündigte an, in Berufung zu gehen."
B9 = ("„Man kann einen Kammervorstand absetzen, aber nicht das Recht auf Verteidigung“, sagte er vor dem Justizpalast "
      "im Stadtteil Çağlayan.")
B10 = ("Dort hatten sich Hunderte Anwältinnen und Anwälte in ihren Roben versammelt, um gegen die Entscheidung zu "
       "protestieren.")
B11 = ("Die Union der Türkischen Anwaltskammern verurteilte das Urteil als Angriff auf die Unabhängigkeit der "
       "Anwaltschaft.")
B12 = "Justizminister Yılmaz Tunç verteidigte die Entscheidung dagegen."
B13 = "Eine Anwaltskammer sei kein Ort für politische Propaganda, schrieb er auf der Plattform X."
B14 = "Das Urteil fällt in eine Zeit wachsender Spannungen in der Türkei."
B15 = ("Erst am Mittwoch hatte die Polizei den Istanbuler Oberbürgermeister Ekrem İmamoğlu, den wichtigsten Rivalen von "
       "Präsident Recep Tayyip Erdoğan, unter Korruptions- und Terrorvorwürfen festgenommen.")
B16 = ("Der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel, warf der Regierung vor, die Justiz als Waffe "
       "gegen ihre Kritiker einzusetzen.")
B17 = ("Der Rat der Europäischen Anwaltschaften forderte die türkischen Behörden auf, den abgesetzten Vorstand "
       "unverzüglich wieder einzusetzen.")

DE03 = {
    "id": "hm371-de-03", "lang": "de", "url": None, "published": "2025-03-21",
    "title": "Gericht setzt Vorstand der Istanbuler Anwaltskammer ab",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10], [B11, B12, B13], [B14, B15, B16, B17]),
    "events": [
        event("COERCE", IST_COURT, BAR_BOARD, B1, mode="restrict", location="Istanbul", location_country="TUR"),
        event("COERCE", IST_COURT, BAR_BOARD, B2, mode="restrict", date="2025-03-21", location="Istanbul",
              location_country="TUR"),
        event("ACCUSE", IST_PROSECUTOR, KABOGLU, B2, mode="allege"),
        event("ACCUSE", IST_PROSECUTOR, BAR_BOARD, B2, mode="allege"),
        event("REQUEST", BAR_BOARD, None, B5),
        event("ACCUSE", KURDISH_ORGS, TUR_MIL, B6, mode="allege"),
        event("ACCUSE", IST_PROSECUTOR, BAR_BOARD, B7, mode="investigate"),
        event("ACCUSE", KABOGLU, IST_COURT, B8, mode="disapprove"),
        event("PROTEST", IST_LAWYERS, IST_COURT, B10, mode="demo", date="2025-03-21", location="Istanbul",
              location_country="TUR"),
        event("ACCUSE", TBB, IST_COURT, B11, mode="disapprove"),
        event("SUPPORT", TUNC, IST_COURT, B12),
        event("ACCUSE", TUNC, BAR_BOARD, B13, mode="disapprove"),
        event("COERCE", TUR_POLICE, IMAMOGLU, B15, mode="arrest", date="2025-03-19", location="Istanbul",
              location_country="TUR"),
        event("ACCUSE", OZEL, TUR_GOV, B16, mode="allege"),
        event("REQUEST", CCBE, TUR_GOV, B17, mode="change"),
    ],
    "quotes": [
        quote("ihre gesetzlichen Befugnisse überschritten und Terrorpropaganda verbreitet zu haben",
              "Istanbul Chief Public Prosecutor's Office", "indirect"),
        quote("die gezielte Tötung von Journalisten sei ein Kriegsverbrechen", "Board of the Istanbul Bar Association",
              "indirect"),
        quote("politischen Urteil", "İbrahim Kaboğlu", "direct"),
        quote("Man kann einen Kammervorstand absetzen, aber nicht das Recht auf Verteidigung", "İbrahim Kaboğlu",
              "direct"),
        quote("Eine Anwaltskammer sei kein Ort für politische Propaganda", "Yılmaz Tunç", "indirect"),
        quote("die Justiz als Waffe gegen ihre Kritiker einzusetzen", "Özgür Özel", "indirect"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Istanbul civil court", "ORG", "TUR", ["Ein Gericht in Istanbul", "Die Richter"]),
        entity("Board of the Istanbul Bar Association", "ORG", "TUR",
               ["den Vorstand der größten Anwaltskammer der Türkei", "zehn weiteren Vorstandsmitgliedern",
                "Der Vorstand", "die Vorstandsmitglieder", "den abgesetzten Vorstand"]),
        entity("Istanbul Bar Association", "ORG", "TUR", ["der größten Anwaltskammer der Türkei", "der Kammer"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei"]),
        entity("Istanbul Chief Public Prosecutor's Office", "ORG", "TUR",
               ["der Istanbuler Generalstaatsanwaltschaft", "Die Staatsanwaltschaft"]),
        entity("İbrahim Kaboğlu", "PER", "TUR", ["dem Kammerpräsidenten İbrahim Kaboğlu", "Der Verfassungsrechtler "
                                                "Kaboğlu", "Kaboğlu", "er"]),
        entity("Nazım Daştan", "PER", "TUR", ["Nazım Daştan"]),
        entity("Cihan Bilgin", "PER", "TUR", ["Cihan Bilgin"]),
        entity("Syria", "LOC", "SYR", ["Syriens"]),
        entity("Kurdish organisations", "ORG", "TUR", ["Kurdische Organisationen"]),
        entity("Turkish Armed Forces", "ORG", "TUR", ["die türkische Armee"]),
        entity("Istanbul Çağlayan Courthouse", "LOC", "TUR", ["dem Justizpalast im Stadtteil Çağlayan"]),
        entity("Istanbul lawyers", "PER", "TUR", ["Hunderte Anwältinnen und Anwälte"]),
        entity("Union of Turkish Bar Associations", "ORG", "TUR", ["Die Union der Türkischen Anwaltskammern"]),
        entity("Yılmaz Tunç", "PER", "TUR", ["Justizminister Yılmaz Tunç", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Turkish police", "ORG", "TUR", ["die Polizei"]),
        entity("Ekrem İmamoğlu", "PER", "TUR", ["den Istanbuler Oberbürgermeister Ekrem İmamoğlu",
                                               "den wichtigsten Rivalen von Präsident Recep Tayyip Erdoğan"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("Republican People's Party", "ORG", "TUR", ["der größten Oppositionspartei CHP"]),
        entity("Özgür Özel", "PER", "TUR", ["Der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel"]),
        entity("Government of Turkey", "ORG", "TUR", ["der Regierung", "die türkischen Behörden"]),
        entity("Council of Bars and Law Societies of Europe", "ORG", "NGO",
               ["Der Rat der Europäischen Anwaltschaften"]),
    ],
}

# ---------------------------------------------------------------- hm371-de-04 (Gaza, Hamas vs Doghmush clan, Trump)
TRUMP = actor("Donald Trump", "USA", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
DOGHMUSH = actor("Doghmush clan", "PSE", "REB")
GAZA_INTERIOR = actor("Interior Ministry in Gaza", "PSE", "GOV")
EXECUTED_MEN = actor("eight men executed by Hamas in Gaza City", "PSE", "CVL")
PA = actor("Palestinian Authority", "PSE", "GOV")
NAZZAL = actor("Mohammed Nazzal", "PSE", "REB")
ISR_HOSTAGES = actor("Israeli hostages in Gaza", "ISR", "CVL")
ISR_GOV4 = actor("Government of Israel", "ISR", "GOV")
PAL_PRISONERS = actor("Palestinian prisoners", "PSE", "CVL")

G1 = ("Washington/Gaza (dpa) - US-Präsident Donald Trump hat der islamistischen Hamas mit einem militärischen Eingreifen "
      "gedroht, falls sie weiter Menschen im Gazastreifen tötet.")
G2 = ("„Wenn die Hamas weiterhin Menschen in Gaza tötet, was nicht Teil der Vereinbarung war, bleibt uns keine andere "
      "Wahl, als hineinzugehen und sie zu töten“, schrieb Trump am Donnerstag auf seiner Plattform Truth Social.")
G3 = "Offen blieb, ob er damit US-Soldaten oder israelische Truppen meinte."
G4 = ("Seit Beginn der Waffenruhe am vergangenen Freitag hat die Hamas Tausende Polizisten und Kämpfer in den Straßen des "
      "Gazastreifens zusammengezogen.")
G5 = ("Am Wochenende lieferten sich ihre Kämpfer im Viertel Sabra in Gaza-Stadt heftige Gefechte mit Bewaffneten des "
      "Doghmusch-Clans.")
G6 = ("Nach Angaben aus Krankenhauskreisen wurden mindestens 27 Menschen getötet, darunter 19 Angehörige des Clans und "
      "acht Hamas-Kämpfer.")
G7 = "Unter den Toten war auch der Journalist Saleh al-Dschafarawi."
G8 = ("Das von der Hamas geführte Innenministerium sprach von einem Einsatz gegen „Gesetzlose“ und Kollaborateure "
      "Israels.")
G9 = ("Ein Sprecher der Familie warf der Hamas dagegen vor, Häuser des Clans gestürmt und Unbewaffnete erschossen zu "
      "haben.")
G10 = ("Am Montagabend verbreitete die Hamas ein Video, das zeigt, wie maskierte Kämpfer acht Männer mit verbundenen "
       "Augen auf einer Straße in Gaza-Stadt erschießen.")
G11 = "Die Organisation bezeichnete die Männer als Kollaborateure und Verbrecher."
G12 = "Die Palästinensische Autonomiebehörde in Ramallah verurteilte die öffentlichen Hinrichtungen als Verbrechen."
G13 = ("Noch am Dienstag hatte Trump im Weißen Haus gesagt, die Hamas habe „ein paar Banden ausgeschaltet, die sehr übel "
       "waren“, und das störe ihn nicht besonders.")
G14 = "Die Waffenruhe ist Teil eines von Trump vorgelegten Plans, der eine Entwaffnung der Hamas vorsieht."
G15 = ("Das Hamas-Politbüromitglied Mohammed Nasal sagte der Nachrichtenagentur Reuters jedoch, die Organisation werde "
       "für eine Übergangszeit die Sicherheitskontrolle im Gazastreifen behalten und könne sich nicht auf eine "
       "Entwaffnung festlegen.")
G16 = ("Im Rahmen des Abkommens hatte die Hamas am Montag die letzten 20 lebenden Geiseln freigelassen, Israel entließ im "
       "Gegenzug fast 2.000 palästinensische Häftlinge.")
G17 = "Israel wirft der Hamas vor, die Leichen getöteter Geiseln nur schleppend zu übergeben."

DE04 = {
    "id": "hm371-de-04", "lang": "de", "url": None, "published": "2025-10-16",
    "title": "Trump droht Hamas nach Hinrichtungen in Gaza",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7], [G8, G9], [G10, G11, G12, G13], [G14, G15], [G16, G17]),
    "events": [
        event("THREATEN", TRUMP, HAMAS, G1, mode="violence"),
        event("THREATEN", TRUMP, HAMAS, G2, mode="violence", date="2025-10-16"),
        event("MOBILIZE", HAMAS, None, G4, mode="police", location="Gaza Strip", location_country="PSE"),
        event("ASSAULT", HAMAS, DOGHMUSH, G5, location="Gaza City", location_country="PSE"),
        event("ASSAULT", DOGHMUSH, HAMAS, G5, location="Gaza City", location_country="PSE"),
        event("ACCUSE", GAZA_INTERIOR, DOGHMUSH, G8, mode="allege"),
        event("ACCUSE", DOGHMUSH, HAMAS, G9, mode="allege"),
        event("ASSAULT", HAMAS, EXECUTED_MEN, G10, mode="targeted", location="Gaza City", location_country="PSE"),
        event("ACCUSE", HAMAS, EXECUTED_MEN, G11, mode="allege"),
        event("ACCUSE", PA, HAMAS, G12, mode="disapprove"),
        event("REJECT", NAZZAL, TRUMP, G15),
        event("RETREAT", HAMAS, ISR_HOSTAGES, G16, mode="release", date="2025-10-13"),
        event("RETREAT", ISR_GOV4, PAL_PRISONERS, G16, mode="release", date="2025-10-13"),
        event("ACCUSE", ISR_GOV4, HAMAS, G17, mode="allege"),
    ],
    "quotes": [
        quote("Wenn die Hamas weiterhin Menschen in Gaza tötet, was nicht Teil der Vereinbarung war, bleibt uns keine "
              "andere Wahl, als hineinzugehen und sie zu töten", "Donald Trump", "direct"),
        quote("Nach Angaben aus Krankenhauskreisen wurden mindestens 27 Menschen getötet, darunter 19 Angehörige des "
              "Clans und acht Hamas-Kämpfer", "hospital sources in Gaza", "indirect"),
        quote("Gesetzlose", "Interior Ministry in Gaza", "direct"),
        quote("Häuser des Clans gestürmt und Unbewaffnete erschossen zu haben", "spokesman of the Doghmush clan",
              "indirect"),
        quote("ein paar Banden ausgeschaltet, die sehr übel waren", "Donald Trump", "direct"),
        quote("die Hamas habe „ein paar Banden ausgeschaltet, die sehr übel waren“, und das störe ihn nicht besonders",
              "Donald Trump", "indirect"),
        quote("die Organisation werde für eine Übergangszeit die Sicherheitskontrolle im Gazastreifen behalten und "
              "könne sich nicht auf eine Entwaffnung festlegen", "Mohammed Nazzal", "indirect"),
        quote("die Leichen getöteter Geiseln nur schleppend zu übergeben", "Government of Israel", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "im Gazastreifen", "des Gazastreifens"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "er", "ihn"]),
        entity("Hamas", "ORG", "PSE", ["der islamistischen Hamas", "sie", "die Hamas", "ihre Kämpfer", "der Hamas",
                                      "Die Organisation", "die Organisation"]),
        entity("Truth Social", "ORG", "USA", ["seiner Plattform Truth Social"]),
        entity("US Armed Forces", "ORG", "USA", ["US-Soldaten"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["israelische Truppen"]),
        entity("Sabra", "LOC", "PSE", ["im Viertel Sabra"]),
        entity("Gaza City", "LOC", "PSE", ["Gaza-Stadt"]),
        entity("Doghmush clan", "ORG", "PSE", ["Bewaffneten des Doghmusch-Clans", "des Clans", "der Familie"]),
        entity("hospital sources in Gaza", "ORG", "PSE", ["Krankenhauskreisen"]),
        entity("Saleh al-Jafarawi", "PER", "PSE", ["der Journalist Saleh al-Dschafarawi"]),
        entity("Interior Ministry in Gaza", "ORG", "PSE", ["Das von der Hamas geführte Innenministerium"]),
        entity("spokesman of the Doghmush clan", "PER", "PSE", ["Ein Sprecher der Familie"]),
        entity("eight men executed by Hamas in Gaza City", "PER", "PSE",
               ["acht Männer mit verbundenen Augen", "die Männer"]),
        entity("Palestinian Authority", "ORG", "PSE", ["Die Palästinensische Autonomiebehörde in Ramallah"]),
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("White House", "LOC", "USA", ["im Weißen Haus"]),
        entity("Mohammed Nazzal", "PER", "PSE", ["Das Hamas-Politbüromitglied Mohammed Nasal"]),
        entity("Reuters", "ORG", "GBR", ["der Nachrichtenagentur Reuters"]),
        entity("Israeli hostages in Gaza", "PER", "ISR", ["die letzten 20 lebenden Geiseln", "getöteter Geiseln"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israels"]),
        entity("Palestinian prisoners", "PER", "PSE", ["fast 2.000 palästinensische Häftlinge"]),
    ],
}

# ---------------------------------------------------------------- hm371-en-01 (West Bank, Hamdan Ballal)
ISR_POLICE = actor("Israel Police", "ISR", "COP")
BALLAL = actor("Hamdan Ballal", "PSE", "CVL")
SETTLERS = actor("Israeli settlers who attacked Susya", "ISR", "CVL")
IDF_E = actor("Israel Defense Forces", "ISR", "MIL")
TWO_PALS = actor("two Palestinians from Susya released with Hamdan Ballal", "PSE", "CVL")
SUSYA_RESIDENTS = actor("Palestinian residents of Susya", "PSE", "CVL")
ADRA = actor("Basel Adra", "PSE", "CVL")
ABRAHAM = actor("Yuval Abraham", "ISR", "CVL")
CJNV = actor("Center for Jewish Nonviolence", "NGO", "NGO")
PAL_SUSPECTS = actor("three Palestinians detained in Susya", "PSE", "CVL")
ISR_CIVILIAN = actor("Israeli civilian detained in Susya", "ISR", "CVL")
ZOHAR = actor("Miki Zohar", "ISR", "GOV")
NOL_MAKERS = actor("makers of No Other Land", "PSE", "CVL")
PAL_MFA = actor("Ministry of Foreign Affairs of the Palestinian Authority", "PSE", "GOV")

E1 = ("HEBRON, West Bank (AP) — Israeli police on Tuesday released Hamdan Ballal, one of the Palestinian co-directors "
      "of the Oscar-winning documentary \"No Other Land,\" a day after he was beaten by Jewish settlers and detained by "
      "soldiers in the occupied West Bank.")
E2 = ("Ballal and two other Palestinians from the village of Susya were let go from a police station in the nearby "
      "settlement of Kiryat Arba after a court hearing, said Lea Tsemel, a lawyer who represented them.")
E3 = ("\"They beat me on the head and in the stomach, and I was bleeding everywhere,\" Ballal told The Associated Press "
      "after his release, his face bruised and his shirt stained with blood.")
E4 = "He said soldiers kicked him while he lay blindfolded on the floor of a military base overnight."
E5 = ("The attack began Monday evening, when about two dozen settlers, some of them masked, descended on Susya, "
      "throwing stones at homes and smashing the windows of cars.")
E6 = ("Fellow director Basel Adra said he saw soldiers pull Ballal out of an ambulance that had come to treat his "
      "wounds.")
E7 = ("Yuval Abraham, the film's Israeli co-director, wrote on X that a group of settlers had \"lynched\" Ballal and "
      "accused the soldiers of standing by.")
E8 = ("Members of the Center for Jewish Nonviolence, a group of Jewish American activists who were in the village, said "
      "masked settlers also attacked them and slashed the tires of their car.")
E9 = ("The Israeli military said in a statement that \"several terrorists\" had hurled rocks at Israeli civilians and "
      "damaged their vehicles, sparking a \"violent confrontation\" between Israelis and Palestinians.")
E10 = ("It said troops detained three Palestinians suspected of throwing rocks at soldiers, as well as an Israeli "
       "civilian, and handed them over to police.")
E11 = "The military did not respond to Ballal's account of his treatment in custody."
E12 = ("\"No Other Land,\" which chronicles the demolition of homes in the Masafer Yatta area, won the Academy Award for "
       "best documentary feature on March 2.")
E13 = "Israel's Culture Minister Miki Zohar called the win \"a sad moment for the world of cinema.\""
E14 = ("The Palestinian Foreign Ministry condemned the attack on Ballal and said settlers were acting under the "
       "protection of the army.")
E15 = ("Settler attacks on Palestinians in the West Bank have surged since the start of the war in Gaza in October "
       "2023, according to U.N. figures.")

EN01 = {
    "id": "hm371-en-01", "lang": "en", "url": None, "published": "2025-03-25",
    "title": "Israel frees Palestinian Oscar winner Hamdan Ballal after settler attack",
    "text": paragraphs([E1, E2], [E3, E4], [E5, E6, E7, E8], [E9, E10, E11], [E12, E13], [E14, E15]),
    "events": [
        event("RETREAT", ISR_POLICE, BALLAL, E1, mode="release", date="2025-03-25"),
        event("ASSAULT", SETTLERS, BALLAL, E1, mode="beat", date="2025-03-24", location="Susya",
              location_country="PSE"),
        event("COERCE", IDF_E, BALLAL, E1, mode="arrest", date="2025-03-24", location="Susya",
              location_country="PSE"),
        event("RETREAT", ISR_POLICE, BALLAL, E2, mode="release", location="Kiryat Arba", location_country="PSE"),
        event("RETREAT", ISR_POLICE, TWO_PALS, E2, mode="release", location="Kiryat Arba", location_country="PSE"),
        event("ACCUSE", BALLAL, SETTLERS, E3, mode="allege"),
        event("ACCUSE", BALLAL, IDF_E, E4, mode="allege"),
        event("ASSAULT", SETTLERS, SUSYA_RESIDENTS, E5, mode="primitive", date="2025-03-24", location="Susya",
              location_country="PSE"),
        event("ACCUSE", ADRA, IDF_E, E6, mode="allege"),
        event("ACCUSE", ABRAHAM, SETTLERS, E7, mode="allege"),
        event("ACCUSE", ABRAHAM, IDF_E, E7, mode="allege"),
        event("ACCUSE", CJNV, SETTLERS, E8, mode="allege"),
        event("ACCUSE", IDF_E, SUSYA_RESIDENTS, E9, mode="allege"),
        event("COERCE", IDF_E, PAL_SUSPECTS, E10, mode="arrest", location="Susya", location_country="PSE"),
        event("COERCE", IDF_E, ISR_CIVILIAN, E10, mode="arrest", location="Susya", location_country="PSE"),
        event("ACCUSE", ZOHAR, NOL_MAKERS, E13, mode="disapprove"),
        event("ACCUSE", PAL_MFA, SETTLERS, E14, mode="disapprove"),
        event("ACCUSE", PAL_MFA, IDF_E, E14, mode="allege"),
    ],
    "quotes": [
        quote("Ballal and two other Palestinians from the village of Susya were let go from a police station in the "
              "nearby settlement of Kiryat Arba after a court hearing", "Lea Tsemel", "indirect"),
        quote("They beat me on the head and in the stomach, and I was bleeding everywhere", "Hamdan Ballal", "direct"),
        quote("soldiers kicked him while he lay blindfolded on the floor of a military base overnight", "Hamdan Ballal",
              "indirect"),
        quote("he saw soldiers pull Ballal out of an ambulance that had come to treat his wounds", "Basel Adra",
              "indirect"),
        quote("lynched", "Yuval Abraham", "direct"),
        quote("a group of settlers had \"lynched\" Ballal", "Yuval Abraham", "indirect"),
        quote("masked settlers also attacked them and slashed the tires of their car", "Center for Jewish Nonviolence",
              "indirect"),
        quote("several terrorists", "Israel Defense Forces", "direct"),
        quote("violent confrontation", "Israel Defense Forces", "direct"),
        quote("\"several terrorists\" had hurled rocks at Israeli civilians and damaged their vehicles, sparking a "
              "\"violent confrontation\" between Israelis and Palestinians", "Israel Defense Forces", "indirect"),
        quote("troops detained three Palestinians suspected of throwing rocks at soldiers, as well as an Israeli "
              "civilian, and handed them over to police", "Israel Defense Forces", "indirect"),
        quote("a sad moment for the world of cinema", "Miki Zohar", "direct"),
        quote("settlers were acting under the protection of the army",
              "Ministry of Foreign Affairs of the Palestinian Authority", "indirect"),
        quote("Settler attacks on Palestinians in the West Bank have surged since the start of the war in Gaza in "
              "October 2023", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Hebron", "LOC", "PSE", ["HEBRON"]),
        entity("West Bank", "LOC", "PSE", ["West Bank", "the occupied West Bank", "the West Bank"]),
        entity("Israel Police", "ORG", "ISR", ["Israeli police", "police"]),
        entity("Hamdan Ballal", "PER", "PSE",
               ["Hamdan Ballal, one of the Palestinian co-directors of the Oscar-winning documentary \"No Other "
                "Land,\"", "he", "Ballal", "me", "He", "him", "his"]),
        entity("Israeli settlers who attacked Susya", "PER", "ISR",
               ["Jewish settlers", "They", "about two dozen settlers, some of them masked", "a group of settlers",
                "masked settlers", "settlers"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["soldiers", "the soldiers", "The Israeli military", "troops",
                                                       "The military", "the army"]),
        entity("two Palestinians from Susya released with Hamdan Ballal", "PER", "PSE", ["two other Palestinians"]),
        entity("Susya", "LOC", "PSE", ["the village of Susya", "Susya", "the village"]),
        entity("Kiryat Arba", "LOC", "PSE", ["the nearby settlement of Kiryat Arba"]),
        entity("Lea Tsemel", "PER", "ISR", ["Lea Tsemel, a lawyer who represented them"]),
        entity("The Associated Press", "ORG", "USA", ["The Associated Press"]),
        entity("Basel Adra", "PER", "PSE", ["Fellow director Basel Adra"]),
        entity("Yuval Abraham", "PER", "ISR", ["Yuval Abraham, the film's Israeli co-director"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Center for Jewish Nonviolence", "ORG", "NGO",
               ["Members of the Center for Jewish Nonviolence, a group of Jewish American activists who were in the "
                "village", "them"]),
        entity("Palestinian residents of Susya", "PER", "PSE", []),
        entity("three Palestinians detained in Susya", "PER", "PSE",
               ["three Palestinians suspected of throwing rocks at soldiers"]),
        entity("Israeli civilian detained in Susya", "PER", "ISR", ["an Israeli civilian"]),
        entity("Masafer Yatta", "LOC", "PSE", ["the Masafer Yatta area"]),
        entity("Miki Zohar", "PER", "ISR", ["Israel's Culture Minister Miki Zohar"]),
        entity("Ministry of Foreign Affairs of the Palestinian Authority", "ORG", "PSE",
               ["The Palestinian Foreign Ministry"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
    ],
}

# ---------------------------------------------------------------- hm371-en-02 (UAE pardons 57 Bangladeshis)
MBZ = actor("Mohamed bin Zayed Al Nahyan", "ARE", "GOV")
BGD_CONVICTS = actor("57 Bangladeshis convicted in the UAE", "BGD", "CVL")
BGD_PROTESTERS_UAE = actor("Bangladeshi protesters in the UAE", "BGD", "CVL")
BGD_GOV_HASINA = actor("Government of Bangladesh", "BGD", "GOV")
UAE_POLICE = actor("UAE police", "ARE", "COP")
ABU_DHABI_COURT = actor("Abu Dhabi Federal Court of Appeal", "ARE", "JUD")
AMNESTY_E = actor("Amnesty International", "NGO", "NGO")
UAE_GOV = actor("Government of the United Arab Emirates", "ARE", "GOV")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
BGD_MFA = actor("Ministry of Foreign Affairs of Bangladesh", "BGD", "GOV")
BGD_STUDENTS = actor("Bangladeshi student protesters", "BGD", "CVL")
HASINA = actor("Sheikh Hasina", "BGD", "GOV")

U1 = ("DUBAI, United Arab Emirates (AP) — The president of the United Arab Emirates has pardoned 57 Bangladeshis who "
      "were serving long prison terms over street protests in July, state media reported Tuesday.")
U2 = ("The state-run WAM news agency said Sheikh Mohamed bin Zayed Al Nahyan had ordered that the men be freed and "
      "deported once the legal procedures were completed.")
U3 = "Attorney General Hamad Saif al-Shamsi said his office had begun taking the necessary steps."
U4 = ("The men were among hundreds of Bangladeshis who rallied in several emirates on July 19 against the government of "
      "then-Prime Minister Sheikh Hasina, defying a ban on unauthorized public gatherings.")
U5 = ("Police detained dozens of them, and three days later an Abu Dhabi court convicted 57 of rioting and disrupting "
      "public security in a fast-tracked trial.")
U6 = "Three men were sentenced to life in prison, 53 to 10 years and one to 11 years."
U7 = ("Amnesty International had called the verdicts \"shocking\" and urged Emirati authorities to release the men "
      "immediately.")
U8 = ("The pardon followed a personal appeal by Muhammad Yunus, the Nobel laureate who heads Bangladesh's interim "
      "government, who raised the case with Sheikh Mohamed in a phone call last week, Yunus' office said.")
U9 = ("\"This is a huge relief for the families of these workers, and I am deeply grateful to His Highness,\" Yunus "
      "said in a statement.")
U10 = ("Bangladesh's Foreign Ministry said its embassy in Abu Dhabi would help the men return home as soon as they were "
       "released.")
U11 = ("Student-led protests in Bangladesh forced Hasina to resign on Aug. 5 after weeks of unrest in which hundreds "
       "of people were killed.")
U12 = ("In the southeastern district of Chattogram, where many of the men come from, relatives said they had feared "
       "they would never see them again.")
U13 = ("The UAE is home to more than 1 million Bangladeshis, most of them laborers, and strictly bans unauthorized "
       "protests.")

EN02 = {
    "id": "hm371-en-02", "lang": "en", "url": None, "published": "2024-09-03",
    "title": "UAE pardons 57 Bangladeshis jailed over protests after appeal by Yunus",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7], [U8, U9, U10], [U11, U12, U13]),
    "events": [
        event("CONCEDE", MBZ, BGD_CONVICTS, U1),
        event("CONCEDE", MBZ, BGD_CONVICTS, U2),
        event("COERCE", MBZ, BGD_CONVICTS, U2, mode="deport"),
        event("PROTEST", BGD_PROTESTERS_UAE, BGD_GOV_HASINA, U4, mode="demo", date="2024-07-19",
              location_country="ARE"),
        event("COERCE", UAE_POLICE, BGD_PROTESTERS_UAE, U5, mode="arrest", location_country="ARE"),
        event("SANCTION", ABU_DHABI_COURT, BGD_CONVICTS, U5, mode="convict", date="2024-07-22", location="Abu Dhabi",
              location_country="ARE"),
        event("SANCTION", ABU_DHABI_COURT, BGD_CONVICTS, U6, mode="convict"),
        event("COERCE", ABU_DHABI_COURT, BGD_CONVICTS, U6, mode="arrest"),
        event("ACCUSE", AMNESTY_E, ABU_DHABI_COURT, U7, mode="disapprove"),
        event("REQUEST", AMNESTY_E, UAE_GOV, U7, mode="yield"),
        event("REQUEST", YUNUS, MBZ, U8, mode="yield"),
        event("CONSULT", YUNUS, MBZ, U8, mode="phone"),
        event("SUPPORT", YUNUS, MBZ, U9),
        event("AGREE", BGD_MFA, BGD_CONVICTS, U10),
        event("PROTEST", BGD_STUDENTS, HASINA, U11, mode="demo", location_country="BGD"),
        event("RETREAT", HASINA, None, U11, mode="resign", date="2024-08-05"),
    ],
    "quotes": [
        quote("Sheikh Mohamed bin Zayed Al Nahyan had ordered that the men be freed and deported once the legal "
              "procedures were completed", "WAM", "indirect"),
        quote("his office had begun taking the necessary steps", "Hamad Saif al-Shamsi", "indirect"),
        quote("shocking", "Amnesty International", "direct"),
        quote("The pardon followed a personal appeal by Muhammad Yunus, the Nobel laureate who heads Bangladesh's "
              "interim government, who raised the case with Sheikh Mohamed in a phone call last week",
              "Office of the Chief Adviser of Bangladesh", "indirect"),
        quote("This is a huge relief for the families of these workers, and I am deeply grateful to His Highness",
              "Muhammad Yunus", "direct"),
        quote("its embassy in Abu Dhabi would help the men return home as soon as they were released",
              "Ministry of Foreign Affairs of Bangladesh", "indirect"),
        quote("they had feared they would never see them again", "relatives of the pardoned Bangladeshis", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("United Arab Emirates", "LOC", "ARE", ["United Arab Emirates", "The UAE"]),
        entity("Mohamed bin Zayed Al Nahyan", "PER", "ARE",
               ["The president of the United Arab Emirates", "Sheikh Mohamed bin Zayed Al Nahyan", "Sheikh Mohamed",
                "His Highness"]),
        entity("57 Bangladeshis convicted in the UAE", "PER", "BGD",
               ["57 Bangladeshis who were serving long prison terms over street protests in July", "the men", "57",
                "Three men", "these workers", "The men"]),
        entity("WAM", "ORG", "ARE", ["The state-run WAM news agency"]),
        entity("Hamad Saif al-Shamsi", "PER", "ARE", ["Attorney General Hamad Saif al-Shamsi"]),
        entity("Attorney General's Office of the United Arab Emirates", "ORG", "ARE", ["his office"]),
        entity("Bangladeshi protesters in the UAE", "PER", "BGD",
               ["hundreds of Bangladeshis who rallied in several emirates", "dozens of them"]),
        entity("Sheikh Hasina", "PER", "BGD", ["then-Prime Minister Sheikh Hasina", "Hasina"]),
        entity("Government of Bangladesh", "ORG", "BGD", ["the government of then-Prime Minister Sheikh Hasina"]),
        entity("UAE police", "ORG", "ARE", ["Police"]),
        entity("Abu Dhabi Federal Court of Appeal", "ORG", "ARE", ["an Abu Dhabi court"]),
        entity("Abu Dhabi", "LOC", "ARE", ["Abu Dhabi"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of the United Arab Emirates", "ORG", "ARE", ["Emirati authorities"]),
        entity("Muhammad Yunus", "PER", "BGD",
               ["Muhammad Yunus, the Nobel laureate who heads Bangladesh's interim government", "Yunus"]),
        entity("Office of the Chief Adviser of Bangladesh", "ORG", "BGD", ["Yunus' office"]),
        entity("Ministry of Foreign Affairs of Bangladesh", "ORG", "BGD", ["Bangladesh's Foreign Ministry"]),
        entity("Embassy of Bangladesh in Abu Dhabi", "ORG", "BGD", ["its embassy in Abu Dhabi"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesh's", "Bangladesh"]),
        entity("Bangladeshi student protesters", "PER", "BGD", ["Student-led protests in Bangladesh"]),
        entity("Chattogram", "LOC", "BGD", ["the southeastern district of Chattogram"]),
        entity("relatives of the pardoned Bangladeshis", "PER", "BGD", ["relatives"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
