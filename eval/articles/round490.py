"""Round 490: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm490-de-01: Burkina Faso: four French agents held in Ouagadougou since December 2023 freed after King Mohammed VI's mediation at France's request; Macron thanks the king, the espionage accusation and Paris's denial, the French troop pull-out and expelled diplomats, Morocco's Atlantic offer to the Sahel juntas and Macron's Rabat visit recalled (2024-12-19).
- hm490-de-02: Mali: authorities detain Resolute Mining chief Terence Holohan and two managers in Bamako amid a tax dispute; no charges so far, the government's back-tax demand, Barrick employees' arrest and the government's accusation (denied), Resolute demands their release (2024-11-11).
- hm490-de-03: Ethiopia: OLF politician Bate Urgessa found shot dead in Meki; the OLF blames the security forces, Oromia's government denies and investigates, his February arrest with French journalist Antoine Galindo and release recalled, EHRC and US embassy demand an inquiry, protest in Meki tear-gassed, failed Tanzania-mediated OLA talks recalled (2024-04-10).
- hm490-de-04: Zimbabwe: Speaker Jacob Mudenda strips 15 CCC MPs of their seats on Sengezo Tshabangu's recall letter; Chamisa denies Tshabangu's role and accuses him and Zanu-PF, urgent court application, Zanu-PF denies, protesters arrested outside parliament, Chamisa's fraud claim and SADC observers' criticism recalled (2023-10-11).
- hm490-en-01: Angola: Luanda quits OPEC after a row over its 2024 production quota; Azevedo's statement, the earlier objection and refusal to abide by the OPEC+ target, Nigeria's Lokpobiri urges a rethink, Lourenco's White House visit and the US Lobito pledge recalled (2023-12-21).
- hm490-en-02: Nigeria: 17 soldiers killed in an ambush in Okuama, Delta state; Defence Headquarters and Gusau blame armed youths, Tinubu and Oborevwori condemn, troops seal off the village, community leaders allege arson (denied), arrests, Amnesty's demand, Musa vows to find the killers (2024-03-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm490-de-01 (Burkina Faso, French agents freed)
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
FRENCH_AGENTS = actor("French agents detained in Burkina Faso", "FRA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
MOHAMMED6 = actor("Mohammed VI", "MAR", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
TRAORE = actor("Ibrahim Traoré", "BFA", "GOV")
BFA_SECURITY = actor("Security forces of Burkina Faso", "BFA", "COP")
FRA_MIL = actor("French Armed Forces", "FRA", "MIL")
FRENCH_DIPLOMATS = actor("French diplomats in Burkina Faso", "FRA", "GOV")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
NER_GOV = actor("Government of Niger", "NER", "GOV")

F1 = ("Paris/Rabat (dpa) - Nach rund einem Jahr in Haft in Burkina Faso sind vier Franzosen auf Vermittlung Marokkos "
      "freigelassen worden.")
F2 = ("Die Männer seien am Mittwochabend in Marokko eingetroffen und würden in Kürze nach Frankreich zurückkehren, "
      "teilte der Élysée-Palast am Donnerstag mit.")
F3 = "Präsident Emmanuel Macron dankte König Mohammed VI. ausdrücklich für dessen „Vermittlung“."
F4 = ("Der Monarch habe sich auf Bitten Frankreichs bei Burkina Fasos Übergangspräsidenten Ibrahim Traoré für die vier "
      "Männer eingesetzt, hieß es in einer Erklärung des marokkanischen Außenministeriums.")
F5 = "Traoré habe dem Ersuchen aus „humanitären Gründen“ stattgegeben."
F6 = "Die vier Franzosen waren Anfang Dezember 2023 in der Hauptstadt Ouagadougou festgenommen worden."
F7 = "Die Militärregierung warf ihnen Spionage vor."
F8 = "Paris wies dies zurück und erklärte, es handele sich um Informatiktechniker mit Diplomatenpässen."
F9 = "Die Männer sollen für den französischen Auslandsgeheimdienst DGSE gearbeitet haben."
F10 = ("Das Verhältnis zwischen Paris und der Junta in Ouagadougou ist seit der Machtübernahme des Militärs im Jahr 2022 "
       "zerrüttet.")
F11 = "Auf Druck der Militärregierung hatte Frankreich im Februar 2023 seine Spezialkräfte aus dem Land abgezogen."
F12 = ("Im April dieses Jahres wies Burkina Faso zudem drei französische Diplomaten wegen angeblicher „subversiver "
       "Aktivitäten“ aus.")
F13 = "In der gesamten Sahelzone hat Frankreich seither stark an Einfluss verloren."
F14 = ("Marokko unterhält dagegen enge Beziehungen zu den Militärregierungen in Burkina Faso, Mali und Niger und hat "
       "ihnen Zugang zum Atlantik über seine Häfen angeboten.")
F15 = ("Erst Ende Oktober hatte Macron bei einem Staatsbesuch in Rabat die Beziehungen zu Marokko nach Jahren der "
       "Spannungen wieder verbessert.")
F16 = "Die Freilassung sei ein Zeichen des Vertrauens zwischen beiden Ländern, sagte ein Berater des Königs."

DE01 = {
    "id": "hm490-de-01", "lang": "de", "url": None, "published": "2024-12-19",
    "title": "Burkina Faso lässt vier Franzosen nach marokkanischer Vermittlung frei",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9], [F10, F11, F12, F13], [F14, F15, F16]),
    "events": [
        event("RETREAT", BFA_GOV, FRENCH_AGENTS, F1, mode="release", location_country="BFA"),
        event("SUPPORT", MACRON, MOHAMMED6, F3),
        event("REQUEST", FRA_GOV, MOHAMMED6, F4, mode="assist"),
        event("REQUEST", MOHAMMED6, TRAORE, F4, mode="yield"),
        event("CONCEDE", TRAORE, MOHAMMED6, F5),
        event("COERCE", BFA_SECURITY, FRENCH_AGENTS, F6, mode="arrest", location="Ouagadougou",
              location_country="BFA"),
        event("ACCUSE", BFA_GOV, FRENCH_AGENTS, F7, mode="allege"),
        event("RETREAT", FRA_MIL, BFA_GOV, F11, mode="withdraw"),
        event("SANCTION", BFA_GOV, FRA_GOV, F12, mode="expel"),
        event("ACCUSE", BFA_GOV, FRENCH_DIPLOMATS, F12, mode="allege"),
        event("AGREE", MAR_GOV, BFA_GOV, F14),
        event("AGREE", MAR_GOV, MLI_GOV, F14),
        event("AGREE", MAR_GOV, NER_GOV, F14),
        event("CONSULT", MACRON, MAR_GOV, F15, mode="visit", location="Rabat", location_country="MAR"),
    ],
    "quotes": [
        quote("Die Männer seien am Mittwochabend in Marokko eingetroffen und würden in Kürze nach Frankreich "
              "zurückkehren", "Élysée Palace", "indirect"),
        quote("Vermittlung", "Emmanuel Macron", "direct"),
        quote("Der Monarch habe sich auf Bitten Frankreichs bei Burkina Fasos Übergangspräsidenten Ibrahim Traoré für "
              "die vier Männer eingesetzt", "Ministry of Foreign Affairs of Morocco", "indirect"),
        quote("humanitären Gründen", "Ministry of Foreign Affairs of Morocco", "direct"),
        quote("Traoré habe dem Ersuchen aus „humanitären Gründen“ stattgegeben", "Ministry of Foreign Affairs of Morocco",
              "indirect"),
        quote("es handele sich um Informatiktechniker mit Diplomatenpässen", "Government of France", "indirect"),
        quote("subversiver Aktivitäten", "Government of Burkina Faso", "direct"),
        quote("Die Freilassung sei ein Zeichen des Vertrauens zwischen beiden Ländern", "adviser to Mohammed VI",
              "indirect"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso", "dem Land"]),
        entity("French agents detained in Burkina Faso", "PER", "FRA",
               ["vier Franzosen", "Die Männer", "die vier Männer", "Die vier Franzosen", "ihnen"]),
        entity("Morocco", "LOC", "MAR", ["Marokko"]),
        entity("Government of Morocco", "ORG", "MAR", ["Marokkos", "Marokko"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Élysée Palace", "ORG", "FRA", ["der Élysée-Palast"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Macron"]),
        entity("Mohammed VI", "PER", "MAR", ["König Mohammed VI.", "dessen", "Der Monarch", "des Königs"]),
        entity("Government of France", "ORG", "FRA", ["Frankreichs", "Paris", "Frankreich"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Burkina Fasos Übergangspräsidenten Ibrahim Traoré", "Traoré"]),
        entity("Ministry of Foreign Affairs of Morocco", "ORG", "MAR", ["des marokkanischen Außenministeriums"]),
        entity("Ouagadougou", "LOC", "BFA", ["der Hauptstadt Ouagadougou", "Ouagadougou"]),
        entity("Government of Burkina Faso", "ORG", "BFA",
               ["Die Militärregierung", "der Junta in Ouagadougou", "der Militärregierung", "Burkina Faso"]),
        entity("Directorate-General for External Security", "ORG", "FRA",
               ["den französischen Auslandsgeheimdienst DGSE"]),
        entity("French Armed Forces", "ORG", "FRA", ["seine Spezialkräfte"]),
        entity("French diplomats in Burkina Faso", "PER", "FRA", ["drei französische Diplomaten"]),
        entity("Sahel", "LOC", None, ["der gesamten Sahelzone"]),
        entity("Government of Mali", "ORG", "MLI", ["Mali"]),
        entity("Government of Niger", "ORG", "NER", ["Niger"]),
        entity("Atlantic Ocean", "LOC", None, ["Atlantik"]),
        entity("adviser to Mohammed VI", "PER", "MAR", ["ein Berater des Königs"]),
    ],
}

# ---------------------------------------------------------------- hm490-de-02 (Mali, Resolute Mining chief detained)
MLI_AUTH = actor("Malian authorities", "MLI", "GOV")
HOLOHAN = actor("Terence Holohan", "AUS", "BUS")
RESOLUTE_MANAGERS = actor("managers of Resolute Mining", "AUS", "BUS")
MLI_GOV2 = actor("Government of Mali", "MLI", "GOV")
RESOLUTE = actor("Resolute Mining", "AUS", "BUS")
BARRICK_STAFF = actor("employees of Barrick Gold", "CAN", "BUS")
BARRICK = actor("Barrick Gold", "CAN", "BUS")

R1 = ("Bamako (dpa) - Die Behörden in Mali haben den Chef des australischen Goldförderers Resolute Mining, Terence "
      "Holohan, und zwei weitere Manager des Unternehmens festgesetzt.")
R2 = ("Die drei Männer seien am Freitag in Bamako in Gewahrsam genommen worden, teilte der Konzern am Montag an der "
      "Börse in Sydney mit.")
R3 = "Eine Anklage wurde nach Angaben des Unternehmens bislang nicht erhoben."
R4 = "Hintergrund ist offenbar ein seit Monaten schwelender Streit über Steuern und Abgaben."
R5 = ("Die Regierung fordert nach Angaben aus Branchenkreisen Nachzahlungen in dreistelliger Millionenhöhe von dem "
      "Unternehmen, das im Süden des Landes die Goldmine Syama betreibt.")
R6 = ("Die Militärregierung von Übergangspräsident Assimi Goïta hatte im vergangenen Jahr ein neues Bergbaugesetz "
      "erlassen, das dem Staat höhere Beteiligungen und Einnahmen sichern soll.")
R7 = "Im September waren bereits vier Mitarbeiter des kanadischen Konzerns Barrick Gold in Bamako festgenommen worden."
R8 = ("Die Regierung wirft Barrick vor, gegen das neue Bergbaugesetz zu verstoßen und Einnahmen aus dem Goldverkauf "
      "zurückzuhalten.")
R9 = "Der Konzern bestreitet das."
R10 = "Resolute forderte die malischen Behörden auf, die drei Männer unverzüglich freizulassen."
R11 = "Das australische Außenministerium erklärte, es verfolge den Fall sehr genau."
R12 = "Die Aktie von Resolute brach am Montag in Sydney um fast ein Drittel ein."
R13 = "Ein Sprecher der Regierung in Bamako war zunächst nicht für eine Stellungnahme zu erreichen."
R14 = "Mali gehört zu den größten Goldproduzenten Afrikas."
R15 = ("Die Junta, die sich 2020 und 2021 an die Macht geputscht hatte, braucht dringend Geld für den Kampf gegen "
       "dschihadistische Gruppen im Norden und im Zentrum des Landes.")

DE02 = {
    "id": "hm490-de-02", "lang": "de", "url": None, "published": "2024-11-11",
    "title": "Mali setzt Chef von australischem Goldkonzern fest",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6], [R7, R8, R9], [R10, R11, R12, R13], [R14, R15]),
    "events": [
        event("COERCE", MLI_AUTH, HOLOHAN, R1, mode="arrest", location_country="MLI"),
        event("COERCE", MLI_AUTH, RESOLUTE_MANAGERS, R1, mode="arrest", location_country="MLI"),
        event("COERCE", MLI_AUTH, HOLOHAN, R2, mode="arrest", date="2024-11-08", location="Bamako",
              location_country="MLI"),
        event("COERCE", MLI_AUTH, RESOLUTE_MANAGERS, R2, mode="arrest", date="2024-11-08", location="Bamako",
              location_country="MLI"),
        event("ACCUSE", MLI_AUTH, HOLOHAN, R3, mode="allege", negated=True),
        event("ACCUSE", MLI_AUTH, RESOLUTE_MANAGERS, R3, mode="allege", negated=True),
        event("REQUEST", MLI_GOV2, RESOLUTE, R5),
        event("COERCE", MLI_AUTH, BARRICK_STAFF, R7, mode="arrest", location="Bamako", location_country="MLI"),
        event("ACCUSE", MLI_GOV2, BARRICK, R8, mode="allege"),
        event("REQUEST", RESOLUTE, MLI_AUTH, R10, mode="yield"),
    ],
    "quotes": [
        quote("Die drei Männer seien am Freitag in Bamako in Gewahrsam genommen worden", "Resolute Mining",
              "indirect"),
        quote("Eine Anklage wurde nach Angaben des Unternehmens bislang nicht erhoben", "Resolute Mining", "indirect"),
        quote("Die Regierung fordert nach Angaben aus Branchenkreisen Nachzahlungen in dreistelliger Millionenhöhe von "
              "dem Unternehmen", "industry sources", "indirect"),
        quote("gegen das neue Bergbaugesetz zu verstoßen und Einnahmen aus dem Goldverkauf zurückzuhalten",
              "Government of Mali", "indirect"),
        quote("es verfolge den Fall sehr genau", "Department of Foreign Affairs and Trade of Australia", "indirect"),
    ],
    "entities": [
        entity("Bamako", "LOC", "MLI", ["Bamako"]),
        entity("Mali", "LOC", "MLI", ["Mali", "des Landes"]),
        entity("Malian authorities", "ORG", "MLI", ["Die Behörden in Mali", "die malischen Behörden"]),
        entity("Resolute Mining", "ORG", "AUS", ["des australischen Goldförderers Resolute Mining", "des Unternehmens",
                                                 "der Konzern", "dem Unternehmen", "Resolute"]),
        entity("Terence Holohan", "PER", "AUS", ["den Chef des australischen Goldförderers Resolute Mining, Terence "
                                                 "Holohan"]),
        entity("managers of Resolute Mining", "PER", "AUS", ["zwei weitere Manager des Unternehmens"]),
        entity("Holohan and the managers of Resolute Mining", "PER", "AUS", ["Die drei Männer", "die drei Männer"]),
        entity("Sydney", "LOC", "AUS", ["Sydney"]),
        entity("Government of Mali", "ORG", "MLI", ["Die Regierung", "Die Militärregierung von Übergangspräsident "
                                                    "Assimi Goïta", "der Regierung in Bamako", "Die Junta"]),
        entity("industry sources", "PER", None, ["Branchenkreisen"]),
        entity("Syama gold mine", "LOC", "MLI", ["die Goldmine Syama"]),
        entity("Assimi Goïta", "PER", "MLI", ["Übergangspräsident Assimi Goïta"]),
        entity("employees of Barrick Gold", "PER", "CAN", ["vier Mitarbeiter des kanadischen Konzerns Barrick Gold"]),
        entity("Barrick Gold", "ORG", "CAN", ["des kanadischen Konzerns Barrick Gold", "Barrick", "Der Konzern"]),
        entity("Department of Foreign Affairs and Trade of Australia", "ORG", "AUS",
               ["Das australische Außenministerium", "es"]),
        entity("spokesperson of the Government of Mali", "PER", "MLI", ["Ein Sprecher der Regierung in Bamako"]),
        entity("Africa", "LOC", None, ["Afrikas"]),
    ],
}

# ---------------------------------------------------------------- hm490-de-03 (Ethiopia, Bate Urgessa killed)
OLF = actor("Oromo Liberation Front", "ETH", "OPP")
ETH_SECURITY = actor("Ethiopian security forces", "ETH", "COP")
OROMIA_GOV = actor("Oromia Regional Government", "ETH", "GOV")
BATE_KILLERS = actor("killers of Bate Urgessa", "ETH", "CVL")
BATE = actor("Bate Urgessa", "ETH", "OPP")
GALINDO = actor("Antoine Galindo", "FRA", "MED")
ETH_AUTH = actor("Ethiopian authorities", "ETH", "GOV")
ETH_COURT = actor("Ethiopian court", "ETH", "JUD")
EHRC = actor("Ethiopian Human Rights Commission", "ETH", "NGO")
US_EMB_ETH = actor("Embassy of the United States in Addis Ababa", "USA", "GOV")
MEKI_PROTESTERS = actor("protesters in Meki", "ETH", "CVL")
ETH_POLICE = actor("Ethiopian police", "ETH", "COP")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
OLA = actor("Oromo Liberation Army", "ETH", "REB")

E1 = ("Addis Abeba (dpa) - Ein führender Politiker der äthiopischen Oppositionspartei Oromo-Befreiungsfront (OLF) ist "
      "erschossen aufgefunden worden.")
E2 = ("Die Leiche von Bate Urgessa sei am Mittwochmorgen am Rand der Stadt Meki in der Region Oromia entdeckt worden, "
      "teilte die Partei mit.")
E3 = ("Die OLF warf den Sicherheitskräften vor, den Politiker in der Nacht aus einem Hotel verschleppt und getötet zu "
      "haben.")
E4 = "Die Regionalregierung von Oromia wies jede Verantwortung zurück."
E5 = "Man habe Ermittlungen eingeleitet, um die Täter zu fassen, erklärte ein Sprecher."
E6 = ("Bate war Ende Februar gemeinsam mit dem französischen Journalisten Antoine Galindo in einem Hotel in Addis Abeba "
      "festgenommen worden.")
E7 = "Die Behörden warfen ihm vor, Kontakte zur Rebellengruppe Oromo-Befreiungsarmee (OLA) zu unterhalten."
E8 = "Galindo kam nach einer Woche frei und verließ das Land."
E9 = "Ein Gericht ließ Bate im März gegen Kaution frei."
E10 = ("Die Äthiopische Menschenrechtskommission (EHRC) forderte die Behörden auf, den Tod des Politikers rasch und "
       "unabhängig zu untersuchen.")
E11 = "Auch die US-Botschaft in Addis Abeba verlangte von den Behörden eine gründliche Untersuchung."
E12 = "In Meki gingen am Nachmittag Hunderte Menschen auf die Straße und verlangten Gerechtigkeit."
E13 = "Die Polizei löste die Kundgebung mit Tränengas auf."
E14 = "In Oromia, der bevölkerungsreichsten Region Äthiopiens, kämpft die OLA seit Jahren gegen die Zentralregierung."
E15 = ("Von Tansania vermittelte Friedensgespräche zwischen der Regierung von Ministerpräsident Abiy Ahmed und der OLA "
       "waren im November ohne Einigung zu Ende gegangen.")
E16 = "Die OLF ist eine zugelassene Partei, die OLA hatte sich vor Jahren von ihr abgespalten."

DE03 = {
    "id": "hm490-de-03", "lang": "de", "url": None, "published": "2024-04-10",
    "title": "Äthiopischer Oppositionspolitiker erschossen aufgefunden",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8, E9], [E10, E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("ACCUSE", OLF, ETH_SECURITY, E3, mode="allege"),
        event("ACCUSE", OROMIA_GOV, BATE_KILLERS, E5, mode="investigate"),
        event("COERCE", ETH_SECURITY, BATE, E6, mode="arrest", location="Addis Ababa", location_country="ETH"),
        event("COERCE", ETH_SECURITY, GALINDO, E6, mode="arrest", location="Addis Ababa", location_country="ETH"),
        event("ACCUSE", ETH_AUTH, BATE, E7, mode="allege"),
        event("RETREAT", ETH_AUTH, GALINDO, E8, mode="release"),
        event("RETREAT", ETH_COURT, BATE, E9, mode="release"),
        event("REQUEST", EHRC, ETH_AUTH, E10),
        event("REQUEST", US_EMB_ETH, ETH_AUTH, E11),
        event("PROTEST", MEKI_PROTESTERS, ETH_AUTH, E12, mode="demo", date="2024-04-10", location="Meki",
              location_country="ETH"),
        event("ASSAULT", ETH_POLICE, MEKI_PROTESTERS, E13, mode="crowd-control", date="2024-04-10", location="Meki",
              location_country="ETH"),
        event("CONSULT", ETH_GOV, OLA, E15, mode="third-party"),
        event("AGREE", ETH_GOV, OLA, E15, negated=True),
    ],
    "quotes": [
        quote("Die Leiche von Bate Urgessa sei am Mittwochmorgen am Rand der Stadt Meki in der Region Oromia entdeckt "
              "worden", "Oromo Liberation Front", "indirect"),
        quote("den Politiker in der Nacht aus einem Hotel verschleppt und getötet zu haben", "Oromo Liberation Front",
              "indirect"),
        quote("Man habe Ermittlungen eingeleitet, um die Täter zu fassen", "spokesperson of the Oromia Regional "
              "Government", "indirect"),
        quote("Kontakte zur Rebellengruppe Oromo-Befreiungsarmee (OLA) zu unterhalten", "Ethiopian authorities",
              "indirect"),
    ],
    "entities": [
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba"]),
        entity("Bate Urgessa", "PER", "ETH", ["Ein führender Politiker der äthiopischen Oppositionspartei "
                                              "Oromo-Befreiungsfront (OLF)", "Bate Urgessa", "den Politiker", "Bate",
                                              "ihm", "des Politikers"]),
        entity("Oromo Liberation Front", "ORG", "ETH", ["der äthiopischen Oppositionspartei Oromo-Befreiungsfront "
                                                        "(OLF)", "die Partei", "Die OLF", "eine zugelassene Partei",
                                                        "ihr"]),
        entity("Meki", "LOC", "ETH", ["der Stadt Meki", "Meki"]),
        entity("Oromia", "LOC", "ETH", ["der Region Oromia", "Oromia", "der bevölkerungsreichsten Region "
                                        "Äthiopiens"]),
        entity("Ethiopian security forces", "ORG", "ETH", ["den Sicherheitskräften"]),
        entity("Oromia Regional Government", "ORG", "ETH", ["Die Regionalregierung von Oromia"]),
        entity("spokesperson of the Oromia Regional Government", "PER", "ETH", ["ein Sprecher"]),
        entity("killers of Bate Urgessa", "PER", "ETH", ["die Täter"]),
        entity("Antoine Galindo", "PER", "FRA", ["dem französischen Journalisten Antoine Galindo", "Galindo"]),
        entity("Ethiopian authorities", "ORG", "ETH", ["Die Behörden", "die Behörden", "den Behörden"]),
        entity("Oromo Liberation Army", "ORG", "ETH", ["Rebellengruppe Oromo-Befreiungsarmee (OLA)", "die OLA",
                                                       "der OLA"]),
        entity("Ethiopia", "LOC", "ETH", ["das Land", "Äthiopiens"]),
        entity("Ethiopian court", "ORG", "ETH", ["Ein Gericht"]),
        entity("Ethiopian Human Rights Commission", "ORG", "ETH", ["Die Äthiopische Menschenrechtskommission "
                                                                   "(EHRC)"]),
        entity("Embassy of the United States in Addis Ababa", "ORG", "USA", ["die US-Botschaft in Addis Abeba"]),
        entity("protesters in Meki", "PER", "ETH", ["Hunderte Menschen"]),
        entity("Ethiopian police", "ORG", "ETH", ["Die Polizei"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["die Zentralregierung", "der Regierung von Ministerpräsident "
                                                        "Abiy Ahmed"]),
        entity("Tanzania", "LOC", "TZA", ["Tansania"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Ministerpräsident Abiy Ahmed"]),
    ],
}

# ---------------------------------------------------------------- hm490-de-04 (Zimbabwe, CCC MPs recalled)
MUDENDA = actor("Jacob Mudenda", "ZWE", "LEG")
CCC_MPS = actor("Citizens Coalition for Change members of parliament", "ZWE", "OPP")
TSHABANGU = actor("Sengezo Tshabangu", "ZWE", "OPP")
CHAMISA = actor("Nelson Chamisa", "ZWE", "OPP")
ZANU_PF = actor("ZANU-PF", "ZWE", "PTY")
CCC = actor("Citizens Coalition for Change", "ZWE", "OPP")
MNANGAGWA = actor("Emmerson Mnangagwa", "ZWE", "GOV")
ZRP = actor("Zimbabwe Republic Police", "ZWE", "COP")
CCC_SUPPORTERS = actor("Citizens Coalition for Change supporters", "ZWE", "OPP")
ZWE_PARLIAMENT = actor("Parliament of Zimbabwe", "ZWE", "LEG")
NYATHI = actor("Paul Nyathi", "ZWE", "COP")
SADC_OBS = actor("SADC Electoral Observation Mission", "IGO", "IGO")
ZWE_GOV = actor("Government of Zimbabwe", "ZWE", "GOV")

Z1 = ("Harare (dpa) - In Simbabwe hat Parlamentspräsident Jacob Mudenda 15 Abgeordneten der größten Oppositionspartei "
      "ihre Mandate aberkannt.")
Z2 = ("Er berief sich am Dienstag auf ein Schreiben von Sengezo Tshabangu, der sich als Interims-Generalsekretär der "
      "Bürgerkoalition für Wandel (CCC) bezeichnet.")
Z3 = ("Tshabangu hatte darin erklärt, die Parlamentarier gehörten der Partei nicht mehr an, und ihre Abberufung "
      "verlangt.")
Z4 = "CCC-Chef Nelson Chamisa bestritt, dass Tshabangu überhaupt ein Amt in der Partei bekleide."
Z5 = ("„Dieser Mann ist ein Hochstapler, der im Auftrag der Regierungspartei handelt“, sagte er vor Journalisten in "
      "Harare.")
Z6 = "Die Partei reichte beim Obersten Gericht einen Eilantrag gegen die Entscheidung ein."
Z7 = "Die Regierungspartei Zanu-PF wies jede Beteiligung zurück."
Z8 = "Ihr Sprecher Chris Mutsvangwa sprach von einem „internen Streit der Opposition“."
Z9 = ("Durch den Verlust der Sitze rückt die Zanu-PF der Zweidrittelmehrheit näher, mit der sie die Verfassung ändern "
      "könnte.")
Z10 = "Präsident Emmerson Mnangagwa muss innerhalb von 90 Tagen Nachwahlen ansetzen."
Z11 = "Bei der Parlamentswahl im August hatte die Zanu-PF 136 der 210 Wahlkreise gewonnen, die CCC 73."
Z12 = "Chamisa hatte Mnangagwa nach dessen Wiederwahl Betrug vorgeworfen und eine neue Abstimmung gefordert."
Z13 = ("Vor dem Parlamentsgebäude in Harare nahm die Polizei am Mittwoch mehrere CCC-Anhänger fest, die gegen die "
       "Entscheidung demonstrierten.")
Z14 = "Polizeisprecher Paul Nyathi warf ihnen vor, sich ohne Genehmigung versammelt zu haben."
Z15 = ("Wahlbeobachter der Entwicklungsgemeinschaft des südlichen Afrika (SADC) hatten im August kritisiert, die Wahl "
       "habe nicht den regionalen Standards entsprochen.")
Z16 = "Mnangagwa warf den Beobachtern daraufhin vor, ihre Befugnisse überschritten zu haben."

DE04 = {
    "id": "hm490-de-04", "lang": "de", "url": None, "published": "2023-10-11",
    "title": "Simbabwes Opposition verliert 15 Parlamentssitze",
    "text": paragraphs([Z1, Z2, Z3], [Z4, Z5, Z6, Z7, Z8], [Z9, Z10, Z11, Z12], [Z13, Z14, Z15, Z16]),
    "events": [
        event("COERCE", MUDENDA, CCC_MPS, Z1, mode="restrict", location_country="ZWE"),
        event("REQUEST", TSHABANGU, MUDENDA, Z3),
        event("ACCUSE", CHAMISA, TSHABANGU, Z5, mode="disapprove", location="Harare", location_country="ZWE"),
        event("ACCUSE", CHAMISA, ZANU_PF, Z5, mode="allege", location="Harare", location_country="ZWE"),
        event("ACCUSE", CCC, MUDENDA, Z6, mode="allege"),
        event("ACCUSE", CHAMISA, MNANGAGWA, Z12, mode="allege"),
        event("REQUEST", CHAMISA, MNANGAGWA, Z12, mode="change"),
        event("COERCE", ZRP, CCC_SUPPORTERS, Z13, mode="arrest", date="2023-10-11", location="Harare",
              location_country="ZWE"),
        event("PROTEST", CCC_SUPPORTERS, ZWE_PARLIAMENT, Z13, mode="demo", date="2023-10-11", location="Harare",
              location_country="ZWE"),
        event("ACCUSE", NYATHI, CCC_SUPPORTERS, Z14, mode="allege"),
        event("ACCUSE", SADC_OBS, ZWE_GOV, Z15, mode="disapprove"),
        event("ACCUSE", MNANGAGWA, SADC_OBS, Z16, mode="disapprove"),
    ],
    "quotes": [
        quote("die Parlamentarier gehörten der Partei nicht mehr an", "Sengezo Tshabangu", "indirect"),
        quote("dass Tshabangu überhaupt ein Amt in der Partei bekleide", "Nelson Chamisa", "indirect"),
        quote("Dieser Mann ist ein Hochstapler, der im Auftrag der Regierungspartei handelt", "Nelson Chamisa",
              "direct"),
        quote("internen Streit der Opposition", "Chris Mutsvangwa", "direct"),
        quote("die Wahl habe nicht den regionalen Standards entsprochen", "SADC Electoral Observation Mission",
              "indirect"),
        quote("ihre Befugnisse überschritten zu haben", "Emmerson Mnangagwa", "indirect"),
        quote("sich ohne Genehmigung versammelt zu haben", "Paul Nyathi", "indirect"),
    ],
    "entities": [
        entity("Harare", "LOC", "ZWE", ["Harare"]),
        entity("Zimbabwe", "LOC", "ZWE", ["Simbabwe"]),
        entity("Jacob Mudenda", "PER", "ZWE", ["Parlamentspräsident Jacob Mudenda", "Er"]),
        entity("Citizens Coalition for Change members of parliament", "PER", "ZWE",
               ["15 Abgeordneten der größten Oppositionspartei", "die Parlamentarier"]),
        entity("Citizens Coalition for Change", "ORG", "ZWE",
               ["der größten Oppositionspartei", "der Bürgerkoalition für Wandel (CCC)", "der Partei",
                "Die Partei", "die CCC"]),
        entity("Sengezo Tshabangu", "PER", "ZWE", ["Sengezo Tshabangu", "Tshabangu", "Dieser Mann"]),
        entity("Nelson Chamisa", "PER", "ZWE", ["CCC-Chef Nelson Chamisa", "er", "Chamisa"]),
        entity("ZANU-PF", "ORG", "ZWE", ["der Regierungspartei", "Die Regierungspartei Zanu-PF", "Ihr", "die Zanu-PF",
                                         "sie"]),
        entity("Supreme Court of Zimbabwe", "ORG", "ZWE", ["beim Obersten Gericht"]),
        entity("Chris Mutsvangwa", "PER", "ZWE", ["Ihr Sprecher Chris Mutsvangwa"]),
        entity("Emmerson Mnangagwa", "PER", "ZWE", ["Präsident Emmerson Mnangagwa", "Mnangagwa", "dessen"]),
        entity("Parliament of Zimbabwe", "ORG", "ZWE", ["dem Parlamentsgebäude in Harare"]),
        entity("Zimbabwe Republic Police", "ORG", "ZWE", ["die Polizei"]),
        entity("Citizens Coalition for Change supporters", "PER", "ZWE", ["mehrere CCC-Anhänger", "ihnen"]),
        entity("Paul Nyathi", "PER", "ZWE", ["Polizeisprecher Paul Nyathi"]),
        entity("Southern African Development Community", "ORG", "IGO",
               ["der Entwicklungsgemeinschaft des südlichen Afrika (SADC)"]),
        entity("SADC Electoral Observation Mission", "ORG", "IGO",
               ["Wahlbeobachter der Entwicklungsgemeinschaft des südlichen Afrika (SADC)", "den Beobachtern",
                "ihre"]),
    ],
}

# ---------------------------------------------------------------- hm490-en-01 (Angola leaves OPEC)
AGO_GOV = actor("Government of Angola", "AGO", "GOV")
OPEC = actor("Organization of the Petroleum Exporting Countries", "IGO", "IGO")
OPEC_PLUS = actor("OPEC+", "IGO", "IGO")
AGO_DELEGATION = actor("Angolan delegation to OPEC", "AGO", "GOV")
LOKPOBIRI = actor("Heineken Lokpobiri", "NGA", "GOV")
LOURENCO = actor("João Lourenço", "AGO", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")

O1 = ("LUANDA, Dec 21 (Reuters) - Angola is leaving the Organization of the Petroleum Exporting Countries after a "
      "dispute over its production quota, the country's oil minister said on Thursday.")
O2 = ("\"We feel that at the moment Angola gains nothing by remaining in the organization,\" Mineral Resources and "
      "Oil Minister Diamantino Azevedo said in a statement broadcast on state television TPA.")
O3 = ("Angola would keep its commitments to market stability but would decide its own output levels from now on, he "
      "said.")
O4 = ("Angola objected last month when the OPEC+ group set it a lower production target of 1.11 million barrels per "
      "day for 2024.")
O5 = ("Its delegation said at the time that Angola would not abide by the new quota and would keep pumping about 1.18 "
      "million barrels per day.")
O6 = ("The Nov. 30 meeting had been postponed by several days amid disagreements over the output levels of African "
      "producers, including Nigeria and Angola.")
O7 = "The group, led by Saudi Arabia, has been cutting output since late 2022 to support prices."
O8 = "OPEC did not immediately respond to a request for comment."
O9 = ("An OPEC source, who asked not to be named, said Angola's departure was regrettable but would have little impact "
      "on supply.")
O10 = ("Nigeria's Minister of State for Petroleum Resources, Heineken Lokpobiri, urged Luanda to reconsider and said "
       "Africa's largest producer would remain in the group.")
O11 = "Oil prices briefly fell more than 1% after the announcement before recovering."
O12 = ("Angola, an OPEC member since 2007, pumps about 1.1 million barrels per day, down from more than 1.8 million a "
       "decade ago.")
O13 = ("President Joao Lourenco met U.S. President Joe Biden at the White House last month, and Washington has "
       "pledged to finance the Lobito rail corridor linking Angola's Atlantic coast with mining regions in Congo and "
       "Zambia.")
O14 = ("Analysts said leaving OPEC would free Angola to pump as much as it can, but that ageing offshore fields make a "
       "sharp rise in output unlikely.")
O15 = "Oil accounts for about 90% of Angola's exports."

EN01 = {
    "id": "hm490-en-01", "lang": "en", "url": None, "published": "2023-12-21",
    "title": "Angola to leave OPEC in row over production quotas",
    "text": paragraphs([O1, O2, O3], [O4, O5, O6, O7], [O8, O9, O10, O11], [O12, O13, O14, O15]),
    "events": [
        event("SANCTION", AGO_GOV, OPEC, O1, mode="withdraw", date="2023-12-21"),
        event("ACCUSE", AGO_GOV, OPEC_PLUS, O4, mode="disapprove"),
        event("REJECT", AGO_DELEGATION, OPEC_PLUS, O5),
        event("REQUEST", LOKPOBIRI, AGO_GOV, O10, mode="change"),
        event("CONSULT", LOURENCO, BIDEN, O13, mode="visit", location="White House", location_country="USA"),
        event("AGREE", USA_GOV, AGO_GOV, O13),
    ],
    "quotes": [
        quote("Angola is leaving the Organization of the Petroleum Exporting Countries after a dispute over its "
              "production quota", "Diamantino Azevedo", "indirect"),
        quote("We feel that at the moment Angola gains nothing by remaining in the organization", "Diamantino Azevedo",
              "direct"),
        quote("Angola would keep its commitments to market stability but would decide its own output levels from now "
              "on", "Diamantino Azevedo", "indirect"),
        quote("Angola would not abide by the new quota and would keep pumping about 1.18 million barrels per day",
              "Angolan delegation to OPEC", "indirect"),
        quote("Angola's departure was regrettable but would have little impact on supply", "OPEC source",
              "indirect"),
        quote("Africa's largest producer would remain in the group", "Heineken Lokpobiri", "indirect"),
        quote("leaving OPEC would free Angola to pump as much as it can, but that ageing offshore fields make a sharp "
              "rise in output unlikely", "analysts", "indirect"),
    ],
    "entities": [
        entity("Luanda", "LOC", "AGO", ["LUANDA"]),
        entity("Angola", "LOC", "AGO", ["the country's", "Angola's"]),
        entity("Government of Angola", "ORG", "AGO", ["Angola", "Luanda"]),
        entity("Organization of the Petroleum Exporting Countries", "ORG", "IGO",
               ["the Organization of the Petroleum Exporting Countries", "the organization", "OPEC",
                "The group", "the group"]),
        entity("Diamantino Azevedo", "PER", "AGO", ["the country's oil minister", "Mineral Resources and Oil Minister "
                                                    "Diamantino Azevedo", "he"]),
        entity("TPA", "ORG", "AGO", ["state television TPA"]),
        entity("OPEC+", "ORG", "IGO", ["the OPEC+ group"]),
        entity("Angolan delegation to OPEC", "ORG", "AGO", ["Its delegation"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria", "Africa's largest producer"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia"]),
        entity("OPEC source", "PER", "IGO", ["An OPEC source"]),
        entity("Heineken Lokpobiri", "PER", "NGA", ["Nigeria's Minister of State for Petroleum Resources, Heineken "
                                                    "Lokpobiri"]),
        entity("João Lourenço", "PER", "AGO", ["President Joao Lourenco"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Lobito Corridor", "LOC", "AGO", ["the Lobito rail corridor"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["Congo"]),
        entity("Zambia", "LOC", "ZMB", ["Zambia"]),
        entity("analysts", "PER", None, ["Analysts"]),
    ],
}

# ---------------------------------------------------------------- hm490-en-02 (Nigeria, soldiers killed in Okuama)
OKUAMA_YOUTHS = actor("armed youths of Okuama", "NGA", "CVL")
NGA_ARMY = actor("Nigerian Army", "NGA", "MIL")
DHQ = actor("Defence Headquarters of Nigeria", "NGA", "MIL")
GUSAU = actor("Tukur Gusau", "NGA", "MIL")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
OBOREVWORI = actor("Sheriff Oborevwori", "NGA", "GOV")
NGA_SECURITY = actor("Nigerian security agencies", "NGA", "COP")
OKUAMA_RESIDENTS = actor("residents of Okuama", "NGA", "CVL")
OKUAMA_LEADERS = actor("Okuama community leaders", "NGA", "CVL")
OKUAMA_SUSPECTS = actor("suspects in the Okuama killings", "NGA", "CVL")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
MUSA = actor("Christopher Musa", "NGA", "MIL")

N1 = ("ABUJA, Nigeria (AP) — Seventeen Nigerian soldiers, among them a lieutenant colonel and two majors, have been "
      "killed in an ambush in a southern village where they had been sent to calm a land dispute between two "
      "communities.")
N2 = ("Nigeria's Defense Headquarters said the troops were responding to a distress call Thursday in Okuama, in Delta "
      "state, when they were surrounded and killed by armed youths from the community.")
N3 = ("Weapons belonging to the soldiers were also carted away, spokesman Brig. Gen. Tukur Gusau said in a statement "
      "Saturday.")
N4 = "President Bola Tinubu condemned the killings on Saturday."
N5 = ("\"No one will get away with this atrocity,\" Tinubu said in a statement, adding that he had given the military "
      "full authority to bring those responsible to justice.")
N6 = ("Delta state Gov. Sheriff Oborevwori also condemned the attack and promised to work with security agencies to "
      "find the killers.")
N7 = "Troops have since sealed off Okuama and deployed additional units to the area."
N8 = ("Many residents have fled into the bush, and community leaders said soldiers had set fire to several houses on "
      "Sunday.")
N9 = "The army denied burning any homes."
N10 = "The military said it had arrested eight suspects but gave no details."
N11 = ("Amnesty International urged the authorities to investigate the killings and warned against collective "
       "punishment of the community.")
N12 = ("Okuama, an Urhobo community, and neighboring Okoloba, which is mainly Ijaw, have long disputed ownership of "
       "farmland and fishing waters along the Forcados River.")
N13 = ("Chief of Defense Staff Gen. Christopher Musa visited the barracks in Delta on Sunday and vowed that the army "
       "would track down the killers.")
N14 = ("Nigeria's military is stretched thin, battling Islamic extremists in the northeast and armed gangs in the "
       "northwest.")
N15 = "Attacks on troops in the oil-rich Niger Delta, however, are rare."

EN02 = {
    "id": "hm490-en-02", "lang": "en", "url": None, "published": "2024-03-18",
    "title": "17 Nigerian soldiers killed in ambush while trying to calm land dispute",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10, N11], [N12, N13, N14, N15]),
    "events": [
        event("ASSAULT", OKUAMA_YOUTHS, NGA_ARMY, N1, location_country="NGA"),
        event("ACCUSE", DHQ, OKUAMA_YOUTHS, N2, mode="allege", date="2024-03-14", location="Okuama",
              location_country="NGA"),
        event("ACCUSE", GUSAU, OKUAMA_YOUTHS, N3, mode="allege"),
        event("ACCUSE", TINUBU, OKUAMA_YOUTHS, N4, mode="disapprove", date="2024-03-16"),
        event("THREATEN", TINUBU, OKUAMA_YOUTHS, N5),
        event("ACCUSE", OBOREVWORI, OKUAMA_YOUTHS, N6, mode="disapprove"),
        event("AGREE", OBOREVWORI, NGA_SECURITY, N6),
        event("COERCE", NGA_ARMY, OKUAMA_RESIDENTS, N7, mode="restrict", location="Okuama", location_country="NGA"),
        event("MOBILIZE", NGA_ARMY, None, N7, mode="troops", location="Okuama", location_country="NGA"),
        event("ACCUSE", OKUAMA_LEADERS, NGA_ARMY, N8, mode="allege"),
        event("COERCE", NGA_ARMY, OKUAMA_SUSPECTS, N10, mode="arrest"),
        event("REQUEST", AMNESTY, NGA_GOV, N11),
        event("THREATEN", MUSA, OKUAMA_YOUTHS, N13, date="2024-03-17"),
    ],
    "quotes": [
        quote("the troops were responding to a distress call Thursday in Okuama, in Delta state, when they were "
              "surrounded and killed by armed youths from the community", "Defence Headquarters of Nigeria",
              "indirect"),
        quote("Weapons belonging to the soldiers were also carted away", "Tukur Gusau", "indirect"),
        quote("No one will get away with this atrocity", "Bola Tinubu", "direct"),
        quote("he had given the military full authority to bring those responsible to justice", "Bola Tinubu",
              "indirect"),
        quote("soldiers had set fire to several houses on Sunday", "Okuama community leaders", "indirect"),
        quote("it had arrested eight suspects", "Nigerian Army", "indirect"),
        quote("the army would track down the killers", "Christopher Musa", "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["ABUJA"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria"]),
        entity("Nigerian Army", "ORG", "NGA", ["Seventeen Nigerian soldiers", "the troops", "the soldiers",
                                               "the military", "Troops", "The army", "The military", "it",
                                               "the army", "Nigeria's military"]),
        entity("Okuama", "LOC", "NGA", ["a southern village", "Okuama", "the community", "an Urhobo community"]),
        entity("Defence Headquarters of Nigeria", "ORG", "NGA", ["Nigeria's Defense Headquarters"]),
        entity("Delta State", "LOC", "NGA", ["Delta state", "Delta"]),
        entity("armed youths of Okuama", "PER", "NGA", ["armed youths from the community", "those responsible",
                                                        "the killers"]),
        entity("Tukur Gusau", "PER", "NGA", ["spokesman Brig. Gen. Tukur Gusau"]),
        entity("Bola Tinubu", "PER", "NGA", ["President Bola Tinubu", "Tinubu", "he"]),
        entity("Sheriff Oborevwori", "PER", "NGA", ["Delta state Gov. Sheriff Oborevwori"]),
        entity("Nigerian security agencies", "ORG", "NGA", ["security agencies"]),
        entity("residents of Okuama", "PER", "NGA", ["Many residents"]),
        entity("Okuama community leaders", "PER", "NGA", ["community leaders"]),
        entity("suspects in the Okuama killings", "PER", "NGA", ["eight suspects"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Nigeria", "ORG", "NGA", ["the authorities"]),
        entity("Okoloba", "LOC", "NGA", ["neighboring Okoloba"]),
        entity("Forcados River", "LOC", "NGA", ["the Forcados River"]),
        entity("Christopher Musa", "PER", "NGA", ["Chief of Defense Staff Gen. Christopher Musa"]),
        entity("Niger Delta", "LOC", "NGA", ["the oil-rich Niger Delta"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
