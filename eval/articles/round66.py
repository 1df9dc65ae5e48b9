"""Round 66: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories:
- hm66-de-01: German farmers' blockades against the agricultural diesel cuts, the Schlüttsiel ferry incident (January 2024).
- hm66-de-02: A Moldovan court orders pre-trial detention for Gagauzia's leader Evghenia Guțul (March 2025).
- hm66-de-03: Kazakhstan criticises the Ukrainian drone attack on the CPC terminal near Novorossiysk (November 2025).
- hm66-de-04: Argentina accuses Venezuela over the arrest of gendarme Nahuel Gallo (December 2024).
- hm66-en-01: The US deports Venezuelans to El Salvador's CECOT despite Judge Boasberg's order (March 2025).
- hm66-en-02: Mexico asks Washington for explanations after Ismael Zambada's arrest near El Paso (July 2024).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm66-de-01
D1_1 = ("Berlin (dpa) - Mit Traktor-Blockaden und Sternfahrten haben Landwirte in ganz Deutschland am Montag gegen die "
        "Sparpläne der Bundesregierung protestiert.")
D1_2 = "Die Proteste verliefen laut Polizei weitgehend friedlich."
D1_3 = "»Wir lassen uns nicht kaputtsparen«, sagte Bauernpräsident Joachim Rukwied in Berlin."
D1_4 = ("Er forderte die Ampel-Koalition auf, die geplante Streichung der Agrardiesel-Subvention vollständig "
        "zurückzunehmen.")
D1_5 = ("Die Regierung war den Bauern bereits am Donnerstag entgegengekommen: Die Kfz-Steuerbefreiung für "
        "landwirtschaftliche Fahrzeuge bleibt, die Dieselhilfe soll nur schrittweise auslaufen.")
D1_6 = "Regierungssprecher Steffen Hebestreit sagte, weitere Zugeständnisse seien nicht geplant."
D1_7 = ("Am selben Tag hatten aufgebrachte Demonstranten Wirtschaftsminister Robert Habeck im "
        "schleswig-holsteinischen Schlüttsiel daran gehindert, eine Fähre zu verlassen.")
D1_8 = "Die Polizei ermittelt wegen Nötigung."
D1_9 = "Finanzminister Christian Lindner lud die Spitze des Bauernverbands für Mittwoch zu einem Gespräch ein."
D1_10 = "„Wir sind gesprächsbereit, aber nicht erpressbar“, sagte der FDP-Chef."

GOV_DE = actor("Federal Government of Germany", "DEU", "GOV")
FARMERS = actor("German farmers", "DEU", "CVL")
DBV = actor("German Farmers' Association", "DEU", "LAB")
LINDNER = actor("Christian Lindner", "DEU", "GOV")
SCHL = actor("protesters at Schlüttsiel", "DEU", "CVL")

DE01 = {
    "id": "hm66-de-01", "lang": "de", "url": None, "published": "2024-01-08",
    "title": "Bauern blockieren Autobahnauffahrten in ganz Deutschland",
    "text": paragraphs([D1_1, D1_2, D1_3, D1_4], [D1_5, D1_6, D1_7, D1_8], [D1_9, D1_10]),
    "events": [
        event("PROTEST", FARMERS, GOV_DE, D1_1, mode="obstruct", date="2024-01-08", location="Germany",
              location_country="DEU"),
        event("REQUEST", actor("Joachim Rukwied", "DEU", "LAB"), GOV_DE, D1_4),
        event("CONCEDE", GOV_DE, FARMERS, D1_5, date="2024-01-04"),
        event("REJECT", actor("Steffen Hebestreit", "DEU", "GOV"), DBV, D1_6),
        event("PROTEST", SCHL, actor("Robert Habeck", "DEU", "GOV"), D1_7, mode="obstruct", date="2024-01-04",
              location="Schlüttsiel", location_country="DEU"),
        event("ACCUSE", actor("German police", "DEU", "COP"), SCHL, D1_8, mode="investigate"),
        event("AGREE", LINDNER, DBV, D1_9),
        event("AGREE", LINDNER, DBV, D1_10),
    ],
    "quotes": [
        quote("Die Proteste verliefen laut Polizei weitgehend friedlich", "German police", "indirect"),
        quote("Wir lassen uns nicht kaputtsparen", "Joachim Rukwied", "direct"),
        quote("weitere Zugeständnisse seien nicht geplant", "Steffen Hebestreit", "indirect"),
        quote("Wir sind gesprächsbereit, aber nicht erpressbar", "Christian Lindner", "direct"),
    ],
    "entities": [
        entity("German farmers", "ORG", "DEU", ["Landwirte", "den Bauern"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("Federal Government of Germany", "ORG", "DEU", ["der Bundesregierung", "die Ampel-Koalition",
                                                                 "Die Regierung"]),
        entity("German police", "ORG", "DEU", ["Polizei", "Die Polizei"]),
        entity("Joachim Rukwied", "PER", "DEU", ["Bauernpräsident Joachim Rukwied", "Er"]),
        entity("Berlin", "GPE", "DEU", ["Berlin"]),
        entity("Steffen Hebestreit", "PER", "DEU", ["Regierungssprecher Steffen Hebestreit"]),
        entity("Robert Habeck", "PER", "DEU", ["Wirtschaftsminister Robert Habeck"]),
        entity("Schlüttsiel", "GPE", "DEU", ["Schlüttsiel"]),
        entity("Christian Lindner", "PER", "DEU", ["Finanzminister Christian Lindner", "der FDP-Chef"]),
        entity("German Farmers' Association", "ORG", "DEU", ["des Bauernverbands"]),
    ],
}

# ---------------------------------------------------------------- hm66-de-02
D2_1 = ("Chişinău (AFP) - Ein Gericht in Moldau hat am Mittwoch 20 Tage Untersuchungshaft für die Regierungschefin "
        "der autonomen Region Gagausien, Evghenia Guțul, angeordnet.")
D2_2 = ("Die prorussische Politikerin war am Dienstagabend am Flughafen der Hauptstadt festgenommen worden, als sie "
        "aus Istanbul zurückkehrte.")
D2_3 = ("Die Staatsanwaltschaft wirft ihr vor, illegale Gelder aus Russland für die verbotene Partei des flüchtigen "
        "Oligarchen Ilan Şor genutzt zu haben.")
D2_4 = "Guțul sprach von einer »politischen Abrechnung« der Regierung von Präsidentin Maia Sandu."
D2_5 = "Vor dem Gericht versammelten sich mehrere Hundert ihrer Anhänger, um gegen die Festnahme zu protestieren."
D2_6 = "Moskau verurteilte die Festnahme scharf."
D2_7 = ("Chişinău gehe gegen jeden vor, der eine andere Meinung als die Führung vertrete, sagte "
        "Außenamtssprecherin Maria Sacharowa.")
D2_8 = "Sandu wies die Kritik zurück."
D2_9 = "„In Moldau steht niemand über dem Gesetz“, erklärte die Präsidentin."
D2_10 = "Die EU forderte ein faires Verfahren und überwies Chişinău am selben Tag eine weitere Tranche ihrer Finanzhilfe."

GUTUL = actor("Evghenia Guțul", "MDA", "GOV")
MDA = actor("Moldova", "MDA", "GOV")
EU = actor("European Union", "EUR", "IGO")

DE02 = {
    "id": "hm66-de-02", "lang": "de", "url": None, "published": "2025-03-26",
    "title": "Gagausische Regierungschefin Guțul muss in Untersuchungshaft",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6, D2_7], [D2_8, D2_9, D2_10]),
    "events": [
        event("COERCE", actor("Moldovan court", "MDA", "JUD"), GUTUL, D2_1, mode="arrest", date="2025-03-26"),
        event("COERCE", actor("Moldovan police", "MDA", "COP"), GUTUL, D2_2, mode="arrest", date="2025-03-25",
              location="Chişinău", location_country="MDA"),
        event("ACCUSE", actor("Moldovan prosecutors", "MDA", "JUD"), GUTUL, D2_3, mode="allege"),
        event("ACCUSE", GUTUL, actor("Maia Sandu", "MDA", "GOV"), D2_4, mode="disapprove"),
        event("PROTEST", actor("supporters of Evghenia Guțul", "MDA", "CVL"), actor("Moldovan court", "MDA", "JUD"),
              D2_5, mode="demo", location="Chişinău", location_country="MDA"),
        event("ACCUSE", actor("Russia", "RUS", "GOV"), MDA, D2_6, mode="disapprove"),
        event("ACCUSE", actor("Maria Zakharova", "RUS", "GOV"), MDA, D2_7, mode="disapprove"),
        event("REQUEST", EU, MDA, D2_10),
        event("AID", EU, MDA, D2_10, date="2025-03-26"),
    ],
    "quotes": [
        quote("illegale Gelder aus Russland für die verbotene Partei des flüchtigen Oligarchen Ilan Şor genutzt zu haben",
              "Moldovan prosecutors", "indirect"),
        quote("politischen Abrechnung", "Evghenia Guțul", "direct"),
        quote("Chişinău gehe gegen jeden vor, der eine andere Meinung als die Führung vertrete", "Maria Zakharova",
              "indirect"),
        quote("In Moldau steht niemand über dem Gesetz", "Maia Sandu", "direct"),
    ],
    "entities": [
        entity("Moldova", "GPE", "MDA", ["Moldau", "Chişinău"]),
        entity("Chişinău", "GPE", "MDA", ["Chişinău", "der Hauptstadt"]),
        entity("Moldovan court", "ORG", "MDA", ["Ein Gericht in Moldau", "dem Gericht"]),
        entity("Gagauzia", "LOC", "MDA", ["der autonomen Region Gagausien"]),
        entity("Evghenia Guțul", "PER", "MDA", ["die Regierungschefin der autonomen Region Gagausien, Evghenia Guțul",
                                                "Die prorussische Politikerin", "sie", "ihr", "Guțul"]),
        entity("Istanbul", "GPE", "TUR", ["Istanbul"]),
        entity("Moldovan prosecutors", "ORG", "MDA", ["Die Staatsanwaltschaft"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Șor Party", "ORG", "MDA", ["die verbotene Partei des flüchtigen Oligarchen Ilan Şor"]),
        entity("Ilan Șor", "PER", "MDA", ["des flüchtigen Oligarchen Ilan Şor"]),
        entity("Maia Sandu", "PER", "MDA", ["Präsidentin Maia Sandu", "Sandu", "die Präsidentin"]),
        entity("Government of Moldova", "ORG", "MDA", ["der Regierung von Präsidentin Maia Sandu", "die Führung"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
    ],
}

# ---------------------------------------------------------------- hm66-de-03
D3_1 = ("Astana (dpa) - Kasachstan hat einen ukrainischen Drohnenangriff auf das Ölterminal des Kaspischen "
        "Pipeline-Konsortiums (CPC) bei Noworossijsk scharf kritisiert.")
D3_2 = ("Ukrainische Seedrohnen hatten am Samstag eine Verladeboje des Terminals schwer beschädigt, über das rund "
        "80 Prozent der kasachischen Ölexporte laufen.")
D3_3 = "Die ukrainische Marine reklamierte den Angriff für sich."
D3_4 = ("»Wir betrachten dies als eine Handlung, die den bilateralen Beziehungen schadet«, erklärte das "
        "Außenministerium in Astana.")
D3_5 = "Kiew müsse solche Vorfälle künftig verhindern, hieß es weiter."
D3_6 = ("Das ukrainische Außenministerium erklärte, der Angriff habe sich nicht gegen Kasachstan gerichtet, sondern "
        "gegen die russische Kriegswirtschaft.")
D3_7 = "Präsident Kassym-Schomart Tokajew telefonierte am Sonntag mit Kremlchef Wladimir Putin."
D3_8 = "Beide vereinbarten nach Angaben des Kremls, den Schutz der Energieinfrastruktur gemeinsam zu verstärken."
D3_9 = "Russische Behörden und das kasachische Energieministerium untersuchen die Schäden inzwischen gemeinsam."

UKR_MIL = actor("Ukraine", "UKR", "MIL")
UKR_GOV = actor("Ukraine", "UKR", "GOV")
CPC = actor("Caspian Pipeline Consortium", "MNC", "BUS")
KAZ_MFA = actor("Ministry of Foreign Affairs of Kazakhstan", "KAZ", "GOV")
TOKAYEV = actor("Kassym-Jomart Tokayev", "KAZ", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")

DE03 = {
    "id": "hm66-de-03", "lang": "de", "url": None, "published": "2025-11-30",
    "title": "Kasachstan kritisiert Angriff auf Ölterminal am Schwarzen Meer",
    "text": paragraphs([D3_1, D3_2, D3_3], [D3_4, D3_5, D3_6], [D3_7, D3_8, D3_9]),
    "events": [
        event("ACCUSE", actor("Kazakhstan", "KAZ", "GOV"), UKR_GOV, D3_1, mode="disapprove"),
        event("ASSAULT", UKR_MIL, CPC, D3_1, mode="drone", location="Novorossiysk", location_country="RUS"),
        event("ASSAULT", UKR_MIL, CPC, D3_2, mode="drone", date="2025-11-29", location="Novorossiysk",
              location_country="RUS"),
        event("ASSAULT", actor("Ukrainian Navy", "UKR", "MIL"), CPC, D3_3, mode="drone"),
        event("ACCUSE", KAZ_MFA, UKR_GOV, D3_4, mode="disapprove"),
        event("REQUEST", KAZ_MFA, UKR_GOV, D3_5),
        event("CONSULT", TOKAYEV, PUTIN, D3_7, mode="phone", date="2025-11-30"),
        event("AGREE", TOKAYEV, PUTIN, D3_8),
        event("COOPERATE", actor("Russian authorities", "RUS", "GOV"),
              actor("Ministry of Energy of Kazakhstan", "KAZ", "GOV"), D3_9),
    ],
    "quotes": [
        quote("Wir betrachten dies als eine Handlung, die den bilateralen Beziehungen schadet",
              "Ministry of Foreign Affairs of Kazakhstan", "direct"),
        quote("Kiew müsse solche Vorfälle künftig verhindern", "Ministry of Foreign Affairs of Kazakhstan", "indirect"),
        quote("der Angriff habe sich nicht gegen Kasachstan gerichtet, sondern gegen die russische Kriegswirtschaft",
              "Ministry of Foreign Affairs of Ukraine", "indirect"),
        quote("Beide vereinbarten nach Angaben des Kremls, den Schutz der Energieinfrastruktur gemeinsam zu verstärken",
              "Kremlin", "indirect"),
    ],
    "entities": [
        entity("Kazakhstan", "GPE", "KAZ", ["Kasachstan"]),
        entity("Astana", "GPE", "KAZ", ["Astana"]),
        entity("Caspian Pipeline Consortium", "ORG", "MNC", ["des Kaspischen Pipeline-Konsortiums (CPC)"]),
        entity("CPC Marine Terminal", "LOC", "RUS", ["das Ölterminal des Kaspischen Pipeline-Konsortiums (CPC)",
                                                     "des Terminals"]),
        entity("Novorossiysk", "GPE", "RUS", ["Noworossijsk"]),
        entity("Ukrainian Navy", "ORG", "UKR", ["Die ukrainische Marine"]),
        entity("Ministry of Foreign Affairs of Kazakhstan", "ORG", "KAZ", ["das Außenministerium in Astana"]),
        entity("Ukraine", "GPE", "UKR", ["Kiew"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Das ukrainische Außenministerium"]),
        entity("Kassym-Jomart Tokayev", "PER", "KAZ", ["Präsident Kassym-Schomart Tokajew"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Kremlin", "ORG", "RUS", ["des Kremls"]),
        entity("Russian authorities", "ORG", "RUS", ["Russische Behörden"]),
        entity("Ministry of Energy of Kazakhstan", "ORG", "KAZ", ["das kasachische Energieministerium"]),
    ],
}

# ---------------------------------------------------------------- hm66-de-04
D4_1 = ("Buenos Aires (dpa) - Argentinien hat Venezuela die »willkürliche Festnahme« eines argentinischen "
        "Grenzpolizisten vorgeworfen.")
D4_2 = ("Der Gendarm Nahuel Gallo war am Sonntag bei der Einreise aus Kolumbien von venezolanischen "
        "Sicherheitskräften festgenommen worden, als er seine Familie besuchen wollte.")
D4_3 = "Seitdem fehle von ihm jede Spur, teilte das Außenministerium in Buenos Aires mit."
D4_4 = ("Venezuelas Innenminister Diosdado Cabello sagte, Gallo sei ein Spion und an Plänen für Anschläge "
        "beteiligt gewesen.")
D4_5 = ("Die Regierung von Präsident Javier Milei wies das zurück und verlangte die sofortige Freilassung des "
        "33-Jährigen.")
D4_6 = "Außenminister Gerardo Werthein reichte zudem eine Beschwerde beim Internationalen Strafgerichtshof ein."
D4_7 = ("Buenos Aires bat außerdem die Vereinten Nationen und die Organisation Amerikanischer Staaten um "
        "Unterstützung.")
D4_8 = "Die OAS verurteilte die Festnahme und forderte Caracas auf, konsularischen Zugang zu gewähren."
D4_9 = "»Wir werden nicht ruhen, bis Nahuel wieder zu Hause ist«, sagte Sicherheitsministerin Patricia Bullrich."

ARG = actor("Argentina", "ARG", "GOV")
VEN = actor("Venezuela", "VEN", "GOV")
GALLO = actor("Nahuel Gallo", "ARG", "COP")
OAS = actor("Organization of American States", "IGO", "IGO")

DE04 = {
    "id": "hm66-de-04", "lang": "de", "url": None, "published": "2024-12-13",
    "title": "Argentinien wirft Venezuela willkürliche Festnahme eines Gendarmen vor",
    "text": paragraphs([D4_1, D4_2, D4_3], [D4_4, D4_5, D4_6], [D4_7, D4_8, D4_9]),
    "events": [
        event("ACCUSE", ARG, VEN, D4_1, mode="allege"),
        event("COERCE", actor("Venezuelan security forces", "VEN", "COP"), GALLO, D4_2, mode="arrest",
              date="2024-12-08", location="Venezuela", location_country="VEN"),
        event("ACCUSE", actor("Diosdado Cabello", "VEN", "GOV"), GALLO, D4_4, mode="allege"),
        event("REQUEST", ARG, VEN, D4_5),
        event("ACCUSE", actor("Gerardo Werthein", "ARG", "GOV"), VEN, D4_6, mode="allege"),
        event("REQUEST", ARG, actor("United Nations", "UNO", "IGO"), D4_7, mode="assist"),
        event("REQUEST", ARG, OAS, D4_7, mode="assist"),
        event("ACCUSE", OAS, VEN, D4_8, mode="disapprove"),
        event("REQUEST", OAS, VEN, D4_8),
    ],
    "quotes": [
        quote("willkürliche Festnahme", "Argentina", "direct"),
        quote("Seitdem fehle von ihm jede Spur", "Ministry of Foreign Affairs of Argentina", "indirect"),
        quote("Gallo sei ein Spion und an Plänen für Anschläge beteiligt gewesen", "Diosdado Cabello", "indirect"),
        quote("Wir werden nicht ruhen, bis Nahuel wieder zu Hause ist", "Patricia Bullrich", "direct"),
    ],
    "entities": [
        entity("Argentina", "GPE", "ARG", ["Argentinien", "Die Regierung von Präsident Javier Milei",
                                           "Buenos Aires"]),
        entity("Buenos Aires", "GPE", "ARG", ["Buenos Aires"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "Venezuelas", "Caracas"]),
        entity("Nahuel Gallo", "PER", "ARG", ["eines argentinischen Grenzpolizisten", "Der Gendarm Nahuel Gallo", "er",
                                              "ihm", "Gallo", "des 33-Jährigen", "Nahuel"]),
        entity("Colombia", "GPE", "COL", ["Kolumbien"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["venezolanischen Sicherheitskräften"]),
        entity("Ministry of Foreign Affairs of Argentina", "ORG", "ARG", ["das Außenministerium in Buenos Aires"]),
        entity("Diosdado Cabello", "PER", "VEN", ["Venezuelas Innenminister Diosdado Cabello"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei"]),
        entity("Gerardo Werthein", "PER", "ARG", ["Außenminister Gerardo Werthein"]),
        entity("International Criminal Court", "ORG", "IGO", ["Internationalen Strafgerichtshof"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Organization of American States", "ORG", "IGO", ["die Organisation Amerikanischer Staaten", "Die OAS"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Sicherheitsministerin Patricia Bullrich"]),
    ],
}

# ---------------------------------------------------------------- hm66-en-01
E1_1 = ("WASHINGTON (AP) — The Trump administration deported more than 200 Venezuelans to El Salvador over the "
        "weekend despite a court order.")
E1_2 = ("U.S. District Judge James Boasberg on Saturday ordered the government to turn around any planes carrying "
        "migrants deported under the Alien Enemies Act.")
E1_3 = "The administration said the planes had already left U.S. airspace when the order was issued."
E1_4 = ("Salvadoran President Nayib Bukele wrote “Oopsie... Too late” on social media and said the men had been taken "
        "to the CECOT mega-prison.")
E1_5 = ("Under a deal struck with Secretary of State Marco Rubio, the United States pays El Salvador about "
        "$6 million to hold them.")
E1_6 = "Venezuela's government condemned the transfers as “kidnapping” and demanded the men's return."
E1_7 = "White House press secretary Karoline Leavitt said the administration had not defied the court."
E1_8 = ("The American Civil Liberties Union accused officials of ignoring a judicial order and asked Boasberg to hold "
        "a hearing.")
E1_9 = "“We're not stopping. I don't care what the judges think,” border czar Tom Homan told Fox News on Monday."

TRUMP_ADM = actor("Trump administration", "USA", "GOV")
VEN_MIG = actor("Venezuelan migrants", "VEN", "CVL")
BOASBERG = actor("James Boasberg", "USA", "JUD")
ACLU = actor("American Civil Liberties Union", "USA", "NGO")
VEN_GOV = actor("Venezuela", "VEN", "GOV")
USA = actor("United States", "USA", "GOV")

EN01 = {
    "id": "hm66-en-01", "lang": "en", "url": None, "published": "2025-03-17",
    "title": "US deports Venezuelans to El Salvador despite judge's order",
    "text": paragraphs([E1_1, E1_2, E1_3], [E1_4, E1_5, E1_6], [E1_7, E1_8, E1_9]),
    "events": [
        event("COERCE", TRUMP_ADM, VEN_MIG, E1_1, mode="deport"),
        event("REQUEST", BOASBERG, TRUMP_ADM, E1_2, date="2025-03-15"),
        event("COERCE", actor("Nayib Bukele", "SLV", "GOV"), VEN_MIG, E1_4, mode="arrest", location="CECOT",
              location_country="SLV"),
        event("AGREE", actor("Marco Rubio", "USA", "GOV"), actor("El Salvador", "SLV", "GOV"), E1_5),
        event("ACCUSE", VEN_GOV, USA, E1_6, mode="disapprove"),
        event("REQUEST", VEN_GOV, USA, E1_6),
        event("ACCUSE", ACLU, TRUMP_ADM, E1_8, mode="allege"),
        event("REQUEST", ACLU, BOASBERG, E1_8),
        event("REJECT", actor("Tom Homan", "USA", "GOV"), BOASBERG, E1_9, date="2025-03-17"),
    ],
    "quotes": [
        quote("the planes had already left U.S. airspace when the order was issued", "Trump administration", "indirect"),
        quote("Oopsie... Too late", "Nayib Bukele", "direct"),
        quote("the men had been taken to the CECOT mega-prison", "Nayib Bukele", "indirect"),
        quote("kidnapping", "Venezuela", "direct"),
        quote("the administration had not defied the court", "Karoline Leavitt", "indirect"),
        quote("We're not stopping. I don't care what the judges think", "Tom Homan", "direct"),
    ],
    "entities": [
        entity("Trump administration", "ORG", "USA", ["The Trump administration", "the government",
                                                      "The administration", "the administration", "officials"]),
        entity("Venezuelan migrants", "ORG", "VEN", ["more than 200 Venezuelans", "migrants", "the men", "them"]),
        entity("El Salvador", "GPE", "SLV", ["El Salvador"]),
        entity("James Boasberg", "PER", "USA", ["U.S. District Judge James Boasberg", "the court", "Boasberg"]),
        entity("Nayib Bukele", "PER", "SLV", ["Salvadoran President Nayib Bukele"]),
        entity("CECOT", "LOC", "SLV", ["the CECOT mega-prison"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela's government"]),
        entity("Karoline Leavitt", "PER", "USA", ["White House press secretary Karoline Leavitt"]),
        entity("American Civil Liberties Union", "ORG", "USA", ["The American Civil Liberties Union"]),
        entity("Tom Homan", "PER", "USA", ["border czar Tom Homan"]),
        entity("Fox News", "ORG", "USA", ["Fox News"]),
    ],
}

# ---------------------------------------------------------------- hm66-en-02
E2_1 = ("MEXICO CITY (Reuters) - Mexico has asked the United States to explain how Sinaloa cartel co-founder Ismael "
        "Zambada came to be arrested on U.S. soil, President Andres Manuel Lopez Obrador said on Friday.")
E2_2 = ("Zambada and Joaquin Guzman Lopez, a son of jailed drug lord Joaquin Guzman, were detained by U.S. agents on "
        "Thursday after landing in a small plane near El Paso, Texas.")
E2_3 = ("Mexico's government was not informed in advance and did not take part in the operation, Security Minister "
        "Rosa Icela Rodriguez told reporters.")
E2_4 = "Lopez Obrador called for “transparency” and said Washington must share all information about the case."
E2_5 = "U.S. prosecutors in New York have charged Zambada with drug trafficking and conspiracy to commit murder."
E2_6 = "His lawyer said his client had been kidnapped by Guzman Lopez and forced onto the plane."
E2_7 = ("In Sinaloa, the army sent hundreds of additional soldiers to the state capital Culiacan amid fears of a "
        "power struggle.")
E2_8 = "U.S. Ambassador Ken Salazar said Washington would keep working closely with Mexico against the cartels."

MEX = actor("Mexico", "MEX", "GOV")
USA2 = actor("United States", "USA", "GOV")
ZAMBADA = actor("Ismael Zambada", "MEX", "REB")
GUZMAN = actor("Joaquín Guzmán López", "MEX", "REB")
US_AGENTS = actor("U.S. agents", "USA", "COP")

EN02 = {
    "id": "hm66-en-02", "lang": "en", "url": None, "published": "2024-07-27",
    "title": "Mexico seeks answers from Washington after arrest of cartel boss 'El Mayo'",
    "text": paragraphs([E2_1, E2_2, E2_3], [E2_4, E2_5, E2_6], [E2_7, E2_8]),
    "events": [
        event("REQUEST", MEX, USA2, E2_1),
        event("COERCE", US_AGENTS, ZAMBADA, E2_2, mode="arrest", date="2024-07-25", location="El Paso",
              location_country="USA"),
        event("COERCE", US_AGENTS, GUZMAN, E2_2, mode="arrest", date="2024-07-25", location="El Paso",
              location_country="USA"),
        event("COOPERATE", MEX, USA2, E2_3, negated=True),
        event("REQUEST", actor("Andrés Manuel López Obrador", "MEX", "GOV"), USA2, E2_4),
        event("ACCUSE", actor("U.S. prosecutors", "USA", "JUD"), ZAMBADA, E2_5, mode="allege"),
        event("ACCUSE", actor("Lawyer of Ismael Zambada", "USA", "CVL"), GUZMAN, E2_6, mode="allege"),
        event("MOBILIZE", actor("Mexican Army", "MEX", "MIL"), None, E2_7, mode="troops", location="Culiacán",
              location_country="MEX"),
        event("AGREE", actor("Ken Salazar", "USA", "GOV"), MEX, E2_8),
    ],
    "quotes": [
        quote("Mexico has asked the United States to explain how Sinaloa cartel co-founder Ismael Zambada came to be "
              "arrested on U.S. soil", "Andrés Manuel López Obrador", "indirect"),
        quote("Mexico's government was not informed in advance and did not take part in the operation",
              "Rosa Icela Rodríguez", "indirect"),
        quote("transparency", "Andrés Manuel López Obrador", "direct"),
        quote("Washington must share all information about the case", "Andrés Manuel López Obrador", "indirect"),
        quote("his client had been kidnapped by Guzman Lopez and forced onto the plane", "Lawyer of Ismael Zambada",
              "indirect"),
        quote("Washington would keep working closely with Mexico against the cartels", "Ken Salazar", "indirect"),
    ],
    "entities": [
        entity("Mexico", "GPE", "MEX", ["Mexico", "Mexico's government"]),
        entity("Mexico City", "GPE", "MEX", ["MEXICO CITY"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["Sinaloa cartel"]),
        entity("Ismael Zambada", "PER", "MEX", ["Sinaloa cartel co-founder Ismael Zambada", "Zambada", "His", "his client"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["President Andres Manuel Lopez Obrador", "Lopez Obrador"]),
        entity("Joaquín Guzmán López", "PER", "MEX", ["Joaquin Guzman Lopez", "Guzman Lopez"]),
        entity("Joaquín Guzmán", "PER", "MEX", ["jailed drug lord Joaquin Guzman"]),
        entity("U.S. agents", "ORG", "USA", ["U.S. agents"]),
        entity("El Paso", "GPE", "USA", ["El Paso, Texas"]),
        entity("Rosa Icela Rodríguez", "PER", "MEX", ["Security Minister Rosa Icela Rodriguez"]),
        entity("U.S. prosecutors", "ORG", "USA", ["U.S. prosecutors in New York"]),
        entity("Lawyer of Ismael Zambada", "PER", "USA", ["His lawyer"]),
        entity("Mexican Army", "ORG", "MEX", ["the army"]),
        entity("Sinaloa", "GPE", "MEX", ["Sinaloa"]),
        entity("Culiacán", "GPE", "MEX", ["the state capital Culiacan"]),
        entity("Ken Salazar", "PER", "USA", ["U.S. Ambassador Ken Salazar"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
