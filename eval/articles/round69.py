"""Round 69: six invented wire-style articles (4 German, 2 English), written blind.

Stories (Africa and Latin America, 2024-2025):
- hm69-de-01: JNIM attacks a fuel convoy during its blockade of Mali; schools closed, Niger sends
  tankers, the US embassy tells citizens to leave (Oct 2025).
- hm69-de-02: Peru breaks off relations with Mexico over asylum for ex-prime minister Betssy Chávez
  (Nov 2025).
- hm69-de-03: Ghana's unions threaten a general strike over illegal gold mining ("galamsey"),
  Akufo-Addo refuses a state of emergency (Oct 2024).
- hm69-de-04: the Gran Grif gang's massacre in Pont-Sondé, Haiti (Oct 2024).
- hm69-en-01: Niger nationalises Orano's Somair uranium mine (June 2025).
- hm69-en-02: Ecuador's government says Noboa's motorcade was attacked during the CONAIE strike
  (Oct 2025).

The events are invented, plausible, not reported facts.
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm69-de-01 (Mali)
A1 = ("Kämpfer der Al-Kaida-nahen Gruppe JNIM haben am Sonntag im Westen Malis einen von der Armee "
      "eskortierten Konvoi mit Tanklastwagen angegriffen.")
A2 = ("Dabei wurden nahe der Stadt Kayes mindestens fünf Soldaten getötet und Dutzende Fahrzeuge in "
      "Brand gesetzt.")
A3 = ("Die Gruppe blockiert seit Anfang September die Treibstofflieferungen aus Senegal und der "
      "Elfenbeinküste in die Hauptstadt Bamako.")
A4 = "Die Militärregierung ließ am Montag landesweit alle Schulen und Universitäten schließen."
A5 = ("Ein Regierungssprecher sagte im Staatsfernsehen, der Unterricht werde wieder aufgenommen, "
      "sobald die Versorgung gesichert sei.")
A6 = ("Die Armee verlegte zusätzliche Einheiten und Kampfhubschrauber an die Strecke von Kayes nach "
      "Bamako.")
A7 = ("Das Nachbarland Niger schickte laut der Regierung in Niamey bereits 82 Tanklastwagen mit "
      "Treibstoff nach Mali.")
A8 = ("Die US-Botschaft forderte alle amerikanischen Staatsbürger am Dienstag auf, das Land "
      "»unverzüglich« zu verlassen.")
A9 = "JNIM wirft der Junta vor, Zivilisten in den Dörfern entlang der Route zu bestrafen."
A10 = "»Wer mit der Junta Handel treibt, ist ein legitimes Ziel«, hieß es in einer Erklärung der Gruppe."
A11 = "Verhandlungen mit den »Terroristen« lehnt Bamako ab."

JNIM = actor("Jama'at Nasr al-Islam wal Muslimin (JNIM)", "MLI", "REB")
MLI_ARMY = actor("Malian Armed Forces", "MLI", "MIL")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")

MALI = {
    "id": "hm69-de-01", "lang": "de", "url": None, "published": "2025-10-28",
    "title": "Dschihadisten greifen Treibstoffkonvoi in Mali an",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11]),
    "events": [
        event("ASSAULT", JNIM, MLI_ARMY, A1, date="2025-10-26"),
        event("COERCE", JNIM, MLI_GOV, A3, mode="restrict", location="Bamako", location_country="MLI"),
        event("MOBILIZE", MLI_ARMY, None, A6, mode="troops"),
        event("AID", actor("Government of Niger", "NER", "GOV"), MLI_GOV, A7),
        event("REQUEST", actor("Embassy of the United States in Mali", "USA", "GOV"),
              actor("US citizens in Mali", "USA", "CVL"), A8, date="2025-10-28"),
        event("ACCUSE", JNIM, MLI_GOV, A9, mode="allege"),
        event("THREATEN", JNIM, actor("Malian traders", "MLI", "BUS"), A10, mode="violence"),
        event("REJECT", MLI_GOV, JNIM, A11, mode="meet"),
    ],
    "quotes": [
        quote("der Unterricht werde wieder aufgenommen, sobald die Versorgung gesichert sei",
              "Spokesperson of the Government of Mali", "indirect"),
        quote("Das Nachbarland Niger schickte laut der Regierung in Niamey bereits 82 Tanklastwagen mit "
              "Treibstoff nach Mali", "Government of Niger", "indirect"),
        quote("unverzüglich", "Embassy of the United States in Mali", "direct"),
        quote("Zivilisten in den Dörfern entlang der Route zu bestrafen",
              "Jama'at Nasr al-Islam wal Muslimin (JNIM)", "indirect"),
        quote("Wer mit der Junta Handel treibt, ist ein legitimes Ziel",
              "Jama'at Nasr al-Islam wal Muslimin (JNIM)", "direct"),
        quote("Terroristen", "Government of Mali", "direct"),
    ],
    "entities": [
        entity("Jama'at Nasr al-Islam wal Muslimin (JNIM)", "ORG", "MLI",
               ["Kämpfer der Al-Kaida-nahen Gruppe JNIM", "Die Gruppe", "JNIM", "der Gruppe"]),
        entity("Al-Qaeda", "ORG", None, ["Al-Kaida"]),
        entity("Mali", "GPE", "MLI", ["Malis", "Mali", "das Land"]),
        entity("Malian Armed Forces", "ORG", "MLI", ["der Armee", "Die Armee"]),
        entity("Government of Mali", "ORG", "MLI", ["Die Militärregierung", "der Junta", "Bamako"]),
        entity("Spokesperson of the Government of Mali", "PER", "MLI", ["Ein Regierungssprecher"]),
        entity("Kayes", "LOC", "MLI", ["der Stadt Kayes", "Kayes"]),
        entity("Bamako", "LOC", "MLI", ["die Hauptstadt Bamako"]),
        entity("Senegal", "GPE", "SEN", ["Senegal"]),
        entity("Côte d'Ivoire", "GPE", "CIV", ["der Elfenbeinküste"]),
        entity("Niger", "GPE", "NER", ["Das Nachbarland Niger"]),
        entity("Government of Niger", "ORG", "NER", ["der Regierung in Niamey"]),
        entity("Embassy of the United States in Mali", "ORG", "USA", ["Die US-Botschaft"]),
        entity("US citizens in Mali", "ORG", "USA", ["alle amerikanischen Staatsbürger"]),
    ],
}

# ---------------------------------------------------------------- hm69-de-02 (Peru/Mexico)
B1 = "Peru hat am Montag die diplomatischen Beziehungen zu Mexiko abgebrochen."
B2 = ("Anlass ist das Asyl, das die mexikanische Botschaft in Lima der früheren Regierungschefin "
      "Betssy Chávez gewährt hat.")
B3 = ("Chávez war Regierungschefin unter Ex-Präsident Pedro Castillo und steht wegen dessen "
      "gescheiterten Selbstputsches vom Dezember 2022 vor Gericht.")
B4 = ("Außenminister Hugo de Zela sprach von einem »unfreundlichen Akt« und warf Mexiko vor, sich "
      "wiederholt in die inneren Angelegenheiten Perus einzumischen.")
B5 = "Zugleich wurde die mexikanische Geschäftsträgerin aufgefordert, das Land zu verlassen."
B6 = "Mexiko hatte zuvor um freies Geleit für Chávez gebeten."
B7 = "Dies werde Lima nicht gewähren, sagte de Zela."
B7b = "Mexiko hat seinerseits bislang keine Diplomaten aus Lima abgezogen."
B8 = "Mexikos Präsidentin Claudia Sheinbaum nannte den Abbruch „unverhältnismäßig“."
B9 = ("„Das Asylrecht ist ein Grundpfeiler der lateinamerikanischen Diplomatie, und Mexiko wird es "
      "nicht aufgeben“, sagte sie bei ihrer morgendlichen Pressekonferenz.")
B10 = "Die Organisation Amerikanischer Staaten rief beide Regierungen zum Dialog auf."

PER_ = actor("Peru", "PER", "GOV")
MEX = actor("Mexico", "MEX", "GOV")
DEZELA = actor("Hugo de Zela", "PER", "GOV")
OAS = actor("Organization of American States", "IGO", "IGO")

PERU = {
    "id": "hm69-de-02", "lang": "de", "url": None, "published": "2025-11-04",
    "title": "Peru bricht Beziehungen zu Mexiko ab",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B7b, B8, B9, B10]),
    "events": [
        event("SANCTION", PER_, MEX, B1, mode="discontinue", date="2025-11-03"),
        event("AID", MEX, actor("Betssy Chávez", "PER", "OPP"), B2, location="Lima",
              location_country="PER"),
        event("ACCUSE", DEZELA, MEX, B4, mode="disapprove"),
        event("SANCTION", PER_, MEX, B5, mode="expel"),
        event("REQUEST", MEX, PER_, B6),
        event("REJECT", DEZELA, MEX, B7),
        event("SANCTION", MEX, PER_, B7b, mode="withdraw", negated=True),
        event("ACCUSE", actor("Claudia Sheinbaum", "MEX", "GOV"), PER_, B8, mode="disapprove"),
        event("REQUEST", OAS, PER_, B10),
        event("REQUEST", OAS, MEX, B10),
    ],
    "quotes": [
        quote("unfreundlichen Akt", "Hugo de Zela", "direct"),
        quote("sich wiederholt in die inneren Angelegenheiten Perus einzumischen", "Hugo de Zela", "indirect"),
        quote("Dies werde Lima nicht gewähren", "Hugo de Zela", "indirect"),
        quote("unverhältnismäßig", "Claudia Sheinbaum", "direct"),
        quote("Das Asylrecht ist ein Grundpfeiler der lateinamerikanischen Diplomatie, und Mexiko wird es "
              "nicht aufgeben", "Claudia Sheinbaum", "direct"),
    ],
    "entities": [
        entity("Peru", "GPE", "PER", ["Peru", "Perus", "das Land", "Lima"]),
        entity("Mexico", "GPE", "MEX", ["Mexiko", "Mexikos"]),
        entity("Embassy of Mexico in Lima", "ORG", "MEX", ["die mexikanische Botschaft in Lima"]),
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Betssy Chávez", "PER", "PER",
               ["der früheren Regierungschefin Betssy Chávez", "Chávez"]),
        entity("Pedro Castillo", "PER", "PER", ["Ex-Präsident Pedro Castillo", "dessen"]),
        entity("Hugo de Zela", "PER", "PER", ["Außenminister Hugo de Zela", "de Zela"]),
        entity("Chargé d'affaires of Mexico in Peru", "PER", "MEX", ["die mexikanische Geschäftsträgerin"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexikos Präsidentin Claudia Sheinbaum", "sie", "ihrer"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten"]),
    ],
}

# ---------------------------------------------------------------- hm69-de-03 (Ghana)
C1 = ("Ghanas Gewerkschaftsdachverband TUC hat für den 10. Oktober einen landesweiten Streik angekündigt, "
      "sollte die Regierung nicht gegen den illegalen Goldabbau vorgehen.")
C2 = ("Die Gewerkschaften verlangen, dass Präsident Nana Akufo-Addo den Bergbau in Waldschutzgebieten "
      "verbietet und in den betroffenen Regionen den Notstand ausruft.")
C3 = "Das sogenannte Galamsey verseucht seit Jahren Flüsse wie den Pra und den Ankobra."
C4 = "In der Hauptstadt Accra zogen am Donnerstag Tausende Demonstranten vor das Parlament."
C5 = ("Bereits im September hatte die Polizei bei einer ähnlichen Kundgebung mehr als 50 Menschen "
      "festgenommen, darunter Aktivisten der Gruppe Democracy Hub.")
C5b = "Inzwischen ließ die Polizei die meisten von ihnen gegen Kaution wieder frei."
C6 = "Akufo-Addo lehnte die Ausrufung eines Notstands am Sonntag ab."
C7 = ("»Ein Notstand würde die Bergbaugemeinden bestrafen, nicht die Hintermänner«, sagte er nach "
      "einem Treffen mit Kirchenvertretern.")
C8 = "Die Armee hat nach Regierungsangaben bereits Soldaten an mehrere Flüsse verlegt."
C9 = "Die Opposition warf der Regierung vor, selbst in das illegale Geschäft verwickelt zu sein."
C10 = "Ein Sprecher der Regierungspartei NPP wies dies zurück."
C11 = "TUC-Generalsekretär Joshua Ansah sagte: „Wir haben genug Geduld gezeigt.“"

TUC = actor("Trades Union Congress of Ghana", "GHA", "LAB")
GHA_GOV = actor("Government of Ghana", "GHA", "GOV")
AKUFO = actor("Nana Akufo-Addo", "GHA", "GOV")

GHANA = {
    "id": "hm69-de-03", "lang": "de", "url": None, "published": "2024-10-07",
    "title": "Gewerkschaften in Ghana drohen mit Streik gegen illegalen Bergbau",
    "text": paragraphs([C1, C2, C3], [C4, C5, C5b, C6, C7], [C8, C9, C10, C11]),
    "events": [
        event("THREATEN", TUC, GHA_GOV, C1),
        event("REQUEST", TUC, AKUFO, C2),
        event("PROTEST", actor("Ghanaian protesters", "GHA", "CVL"), GHA_GOV, C4, mode="demo",
              date="2024-10-03", location="Accra", location_country="GHA"),
        event("COERCE", actor("Ghana Police Service", "GHA", "COP"), actor("Ghanaian protesters", "GHA", "CVL"),
              C5, mode="arrest"),
        event("RETREAT", actor("Ghana Police Service", "GHA", "COP"), actor("Ghanaian protesters", "GHA", "CVL"),
              C5b, mode="release"),
        event("REJECT", AKUFO, TUC, C6, date="2024-10-06"),
        event("CONSULT", AKUFO, actor("Ghanaian church leaders", "GHA", "CVL"), C7),
        event("MOBILIZE", actor("Ghana Armed Forces", "GHA", "MIL"), None, C8, mode="troops"),
        event("ACCUSE", actor("Ghanaian opposition", "GHA", "OPP"), GHA_GOV, C9, mode="allege"),
    ],
    "quotes": [
        quote("dass Präsident Nana Akufo-Addo den Bergbau in Waldschutzgebieten verbietet und in den "
              "betroffenen Regionen den Notstand ausruft", "Trades Union Congress of Ghana", "indirect"),
        quote("Ein Notstand würde die Bergbaugemeinden bestrafen, nicht die Hintermänner", "Nana Akufo-Addo",
              "direct"),
        quote("Die Armee hat nach Regierungsangaben bereits Soldaten an mehrere Flüsse verlegt",
              "Government of Ghana", "indirect"),
        quote("selbst in das illegale Geschäft verwickelt zu sein", "Ghanaian opposition", "indirect"),
        quote("Wir haben genug Geduld gezeigt", "Joshua Ansah", "direct"),
    ],
    "entities": [
        entity("Ghana", "GPE", "GHA", ["Ghanas"]),
        entity("Trades Union Congress of Ghana", "ORG", "GHA",
               ["Ghanas Gewerkschaftsdachverband TUC", "Die Gewerkschaften"]),
        entity("Government of Ghana", "ORG", "GHA", ["die Regierung", "der Regierung"]),
        entity("Nana Akufo-Addo", "PER", "GHA", ["Präsident Nana Akufo-Addo", "Akufo-Addo", "er"]),
        entity("Pra River", "LOC", "GHA", ["den Pra"]),
        entity("Ankobra River", "LOC", "GHA", ["den Ankobra"]),
        entity("Accra", "LOC", "GHA", ["der Hauptstadt Accra"]),
        entity("Parliament of Ghana", "ORG", "GHA", ["das Parlament"]),
        entity("Ghanaian protesters", "ORG", "GHA", ["Tausende Demonstranten", "mehr als 50 Menschen", "die meisten von ihnen"]),
        entity("Ghana Police Service", "ORG", "GHA", ["die Polizei"]),
        entity("Democracy Hub", "ORG", "GHA", ["Aktivisten der Gruppe Democracy Hub"]),
        entity("Ghanaian church leaders", "ORG", "GHA", ["Kirchenvertretern"]),
        entity("Ghana Armed Forces", "ORG", "GHA", ["Die Armee"]),
        entity("Ghanaian opposition", "ORG", "GHA", ["Die Opposition"]),
        entity("New Patriotic Party", "ORG", "GHA", ["der Regierungspartei NPP"]),
        entity("Joshua Ansah", "PER", "GHA", ["TUC-Generalsekretär Joshua Ansah"]),
    ],
}

# ---------------------------------------------------------------- hm69-de-04 (Haiti)
D1 = ("Mitglieder der Bande Gran Grif haben in der haitianischen Kleinstadt Pont-Sondé mindestens 70 "
      "Menschen getötet.")
D2 = ("Die Angreifer schossen am Donnerstagmorgen auf Bewohner und zündeten Häuser und Fahrzeuge an, "
      "wie ein Sprecher des UN-Menschenrechtsbüros mitteilte.")
D3 = ("Bandenchef Luckson Elan rechtfertigte den Angriff in einem Video als Vergeltung dafür, dass "
      "Anwohner eine Bürgerwehr unterstützt hätten.")
D4 = "Premierminister Garry Conille verurteilte die Tat als »abscheuliches Verbrechen«."
D4b = ("Er räumte ein, dass die Polizei Warnungen vor dem Angriff nicht ernst genug genommen "
       "habe.")
D5 = "Die Regierung schickte Polizeieinheiten in die Region Artibonite."
D6 = ("Die von Kenia geführte Sicherheitsmission sagte der haitianischen Polizei Unterstützung bei der "
      "Verfolgung der Täter zu.")
D7 = "UN-Generalsekretär António Guterres forderte, die Verantwortlichen zur Rechenschaft zu ziehen."
D8 = "Nach UN-Angaben flohen mehr als 6000 Menschen aus der Stadt."
D9 = "„Wir sind allein, niemand schützt uns“, sagte eine Bewohnerin der Nachrichtenagentur AFP."
D10 = "Der Übergangspräsidentenrat kündigte an, die Opfer zu entschädigen."

GRAN_GRIF = actor("Gran Grif", "HTI", "REB")
RESIDENTS = actor("Residents of Pont-Sondé", "HTI", "CVL")

HAITI = {
    "id": "hm69-de-04", "lang": "de", "url": None, "published": "2024-10-04",
    "title": "Bande tötet Dutzende Menschen in Haiti",
    "text": paragraphs([D1, D2, D3], [D4, D4b, D5, D6], [D7, D8, D9, D10]),
    "events": [
        event("ASSAULT", GRAN_GRIF, RESIDENTS, D1, location="Pont-Sondé", location_country="HTI"),
        event("ASSAULT", GRAN_GRIF, RESIDENTS, D2, date="2024-10-03", location="Pont-Sondé",
              location_country="HTI"),
        event("ACCUSE", actor("Luckson Elan", "HTI", "REB"), RESIDENTS, D3, mode="allege"),
        event("ACCUSE", actor("Garry Conille", "HTI", "GOV"), GRAN_GRIF, D4, mode="disapprove"),
        event("CONCEDE", actor("Garry Conille", "HTI", "GOV"), None, D4b),
        event("MOBILIZE", actor("Government of Haiti", "HTI", "GOV"), None, D5,
              location="Artibonite", location_country="HTI"),
        event("AGREE", actor("Multinational Security Support Mission", "IGO", "IGO"),
              actor("Haitian National Police", "HTI", "COP"), D6),
        event("REQUEST", actor("António Guterres", "UNO", "IGO"), None, D7),
        event("AGREE", actor("Transitional Presidential Council", "HTI", "GOV"), RESIDENTS, D10),
    ],
    "quotes": [
        quote("Die Angreifer schossen am Donnerstagmorgen auf Bewohner und zündeten Häuser und Fahrzeuge an",
              "Spokesperson of the UN Human Rights Office", "indirect"),
        quote("dass Anwohner eine Bürgerwehr unterstützt hätten", "Luckson Elan", "indirect"),
        quote("abscheuliches Verbrechen", "Garry Conille", "direct"),
        quote("dass die Polizei Warnungen vor dem Angriff nicht ernst genug genommen habe", "Garry Conille",
              "indirect"),
        quote("flohen mehr als 6000 Menschen aus der Stadt", "United Nations", "indirect"),
        quote("Wir sind allein, niemand schützt uns", "Resident of Pont-Sondé", "direct"),
    ],
    "entities": [
        entity("Gran Grif", "ORG", "HTI", ["Mitglieder der Bande Gran Grif", "Die Angreifer"]),
        entity("Pont-Sondé", "LOC", "HTI", ["der haitianischen Kleinstadt Pont-Sondé", "der Stadt"]),
        entity("Residents of Pont-Sondé", "ORG", "HTI", ["Bewohner", "Anwohner", "die Opfer"]),
        entity("Spokesperson of the UN Human Rights Office", "PER", "UNO",
               ["ein Sprecher des UN-Menschenrechtsbüros"]),
        entity("Luckson Elan", "PER", "HTI", ["Bandenchef Luckson Elan"]),
        entity("Garry Conille", "PER", "HTI", ["Premierminister Garry Conille", "Er"]),
        entity("Government of Haiti", "ORG", "HTI", ["Die Regierung"]),
        entity("Artibonite", "LOC", "HTI", ["die Region Artibonite"]),
        entity("Kenya", "GPE", "KEN", ["Kenia"]),
        entity("Multinational Security Support Mission", "ORG", "IGO",
               ["Die von Kenia geführte Sicherheitsmission"]),
        entity("Haitian National Police", "ORG", "HTI", ["der haitianischen Polizei", "die Polizei"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("United Nations", "ORG", "UNO", ["UN-Angaben"]),
        entity("Resident of Pont-Sondé", "PER", "HTI", ["eine Bewohnerin"]),
        entity("Agence France-Presse", "ORG", "FRA", ["der Nachrichtenagentur AFP"]),
        entity("Transitional Presidential Council", "ORG", "HTI", ["Der Übergangspräsidentenrat"]),
    ],
}

# ---------------------------------------------------------------- hm69-en-01 (Niger/Orano)
E1 = ("Niger's military government said on Thursday it was nationalising the Somair uranium mine, "
      "taking full control of a company majority-owned by French nuclear group Orano.")
E2 = ("In a televised statement, the junta accused Orano of “irresponsible” conduct and "
      "of breaching its obligations to the Nigerien people.")
E3 = "Orano, 90 percent owned by the French state, lost operational control of the mine in December."
E4 = ("The company said it would take “all necessary legal action” to defend its rights and had already "
      "filed for international arbitration.")
E5 = ("About 1,500 tonnes of uranium concentrate remain stored at the site, according to Orano.")
E6 = ("Niamey had offered Orano compensation based on an independent audit, which the company turned "
      "down.")
E7 = "France's foreign ministry urged Niamey to respect its commitments to foreign investors."
E8 = ("General Abdourahamane Tiani, who seized power in 2023, has turned away from Paris and towards "
      "Moscow.")
E9 = ("Niger's mines minister met executives of Russian state nuclear company Rosatom in Niamey on "
      "Friday.")
E10 = "“The uranium of Niger belongs to the Nigeriens,” a government spokesman said."

NER_GOV = actor("Government of Niger", "NER", "GOV")
ORANO = actor("Orano", "FRA", "BUS")

ORANO_ART = {
    "id": "hm69-en-01", "lang": "en", "url": None, "published": "2025-06-20",
    "title": "Niger nationalises Orano's uranium mine",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10]),
    "events": [
        event("COERCE", NER_GOV, ORANO, E1, mode="seize", date="2025-06-19"),
        event("ACCUSE", NER_GOV, ORANO, E2, mode="allege"),
        event("THREATEN", ORANO, NER_GOV, E4),
        event("ACCUSE", ORANO, NER_GOV, E4, mode="allege"),
        event("AGREE", NER_GOV, ORANO, E6),
        event("REJECT", ORANO, NER_GOV, E6),
        event("REQUEST", actor("Ministry of Foreign Affairs of France", "FRA", "GOV"), NER_GOV, E7),
        event("CONSULT", actor("Rosatom", "RUS", "BUS"), actor("Minister of Mines of Niger", "NER", "GOV"),
              E9, date="2025-06-20", location="Niamey", location_country="NER"),
    ],
    "quotes": [
        quote("it was nationalising the Somair uranium mine, taking full control of a company majority-owned "
              "by French nuclear group Orano", "Government of Niger", "indirect"),
        quote("irresponsible", "Government of Niger", "direct"),
        quote("all necessary legal action", "Orano", "direct"),
        quote("it would take “all necessary legal action” to defend its rights and had already filed for "
              "international arbitration", "Orano", "indirect"),
        quote("About 1,500 tonnes of uranium concentrate remain stored at the site", "Orano", "indirect"),
        quote("The uranium of Niger belongs to the Nigeriens", "Spokesperson of the Government of Niger",
              "direct"),
    ],
    "entities": [
        entity("Niger", "GPE", "NER", ["Niger's", "Niger"]),
        entity("Government of Niger", "ORG", "NER",
               ["Niger's military government", "the junta", "Niamey"]),
        entity("Somair", "ORG", "NER", ["the Somair uranium mine", "a company majority-owned by French nuclear group Orano",
                                        "the mine", "the site"]),
        entity("Orano", "ORG", "FRA", ["French nuclear group Orano", "Orano", "The company", "the company"]),
        entity("France", "GPE", "FRA", ["the French state", "France's", "Paris"]),
        entity("Ministry of Foreign Affairs of France", "ORG", "FRA", ["France's foreign ministry"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["General Abdourahamane Tiani"]),
        entity("Russia", "GPE", "RUS", ["Moscow"]),
        entity("Minister of Mines of Niger", "PER", "NER", ["Niger's mines minister"]),
        entity("Rosatom", "ORG", "RUS", ["Russian state nuclear company Rosatom"]),
        entity("Niamey", "LOC", "NER", ["Niamey"]),
        entity("Spokesperson of the Government of Niger", "PER", "NER", ["a government spokesman"]),
    ],
}

# ---------------------------------------------------------------- hm69-en-02 (Ecuador)
F1 = ("Around 500 protesters threw stones at President Daniel Noboa's motorcade on Tuesday in the "
      "southern province of Cañar, Ecuador's government said, calling it an assassination attempt.")
F2 = "Five people were arrested and will be charged with terrorism, Environment Minister Inés Manzano told reporters."
F3 = ("The indigenous confederation CONAIE, which has led a national strike against the end of diesel "
      "subsidies since Sept. 22, denied any involvement.")
F4 = "CONAIE president Marlon Vargas accused the government of staging the incident to justify a crackdown."
F5 = "“They want to turn a social protest into a crime,” he said."
F6 = ("Noboa extended a state of emergency to ten provinces last week and has refused to restore the "
      "subsidy.")
F7 = "The Catholic bishops' conference offered on Wednesday to mediate between the two sides."
F8 = ("Vargas said CONAIE would join talks only if troops were withdrawn from indigenous territories.")
F9 = "Government spokeswoman Carolina Jaramillo ruled out talks with “those who use violence”."

ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
ECU_PROT = actor("Ecuadorian protesters", "ECU", "CVL")
CONAIE = actor("Confederation of Indigenous Nationalities of Ecuador (CONAIE)", "ECU", "CVL")
VARGAS = actor("Marlon Vargas", "ECU", "CVL")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
CEE = actor("Episcopal Conference of Ecuador", "ECU", "CVL")

ECUADOR = {
    "id": "hm69-en-02", "lang": "en", "url": None, "published": "2025-10-08",
    "title": "Ecuador says Noboa's motorcade attacked as indigenous strike drags on",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9]),
    "events": [
        event("ACCUSE", ECU_GOV, ECU_PROT, F1, mode="allege", date="2025-10-07"),
        event("COERCE", actor("Ecuadorian police", "ECU", "COP"), ECU_PROT, F2, mode="arrest"),
        event("PROTEST", CONAIE, ECU_GOV, F3, mode="strike"),
        event("ACCUSE", VARGAS, ECU_GOV, F4, mode="allege"),
        event("ACCUSE", VARGAS, ECU_GOV, F5, mode="disapprove"),
        event("COERCE", NOBOA, None, F6),
        event("REJECT", NOBOA, CONAIE, F6),
        event("AGREE", CEE, ECU_GOV, F7, date="2025-10-08"),
        event("AGREE", CEE, CONAIE, F7, date="2025-10-08"),
        event("REQUEST", VARGAS, ECU_GOV, F8),
        event("REJECT", actor("Carolina Jaramillo", "ECU", "GOV"), CONAIE, F9, mode="meet"),
    ],
    "quotes": [
        quote("Around 500 protesters threw stones at President Daniel Noboa's motorcade on Tuesday in the "
              "southern province of Cañar", "Government of Ecuador", "indirect"),
        quote("Five people were arrested and will be charged with terrorism", "Inés Manzano", "indirect"),
        quote("They want to turn a social protest into a crime", "Marlon Vargas", "direct"),
        quote("CONAIE would join talks only if troops were withdrawn from indigenous territories",
              "Marlon Vargas", "indirect"),
        quote("those who use violence", "Carolina Jaramillo", "direct"),
    ],
    "entities": [
        entity("Ecuadorian protesters", "ORG", "ECU", ["Around 500 protesters", "Five people"]),
        entity("Daniel Noboa", "PER", "ECU", ["President Daniel Noboa's", "Noboa"]),
        entity("Cañar", "LOC", "ECU", ["the southern province of Cañar"]),
        entity("Ecuador", "GPE", "ECU", ["Ecuador's"]),
        entity("Government of Ecuador", "ORG", "ECU", ["Ecuador's government", "the government"]),
        entity("Inés Manzano", "PER", "ECU", ["Environment Minister Inés Manzano"]),
        entity("Confederation of Indigenous Nationalities of Ecuador (CONAIE)", "ORG", "ECU",
               ["The indigenous confederation CONAIE", "CONAIE"]),
        entity("Marlon Vargas", "PER", "ECU", ["CONAIE president Marlon Vargas", "he", "Vargas"]),
        entity("Episcopal Conference of Ecuador", "ORG", "ECU", ["The Catholic bishops' conference"]),
        entity("Carolina Jaramillo", "PER", "ECU", ["Government spokeswoman Carolina Jaramillo"]),
    ],
}

ARTICLES = [MALI, PERU, GHANA, HAITI, ORANO_ART, ECUADOR]
