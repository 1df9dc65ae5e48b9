"""Round 55: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2023-2025 settings):
- hm55-de-01: Panama's Supreme Court strikes down the First Quantum mining contract after weeks of
  blockades; Cortizo announces the closure of Cobre Panamá (2023-11-28).
- hm55-de-02: the UN Security Council ends the MINUSMA mission in Mali at the junta's demand (2023-06-30).
- hm55-de-03: Iran threatens Israel after the strike on its consulate in Damascus (2024-04-02).
- hm55-de-04: the EU Commission boycotts informal meetings of Hungary's Council presidency after
  Orbán's trips to Moscow and Beijing (2024-07-15).
- hm55-en-01: the hīkoi against the Treaty Principles Bill reaches New Zealand's parliament (2024-11-19).
- hm55-en-02: Pakistan ends the Jaffar Express hostage siege in Balochistan (2025-03-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm55-de-01 (Panama)
A1_S1 = ("Panamas Oberster Gerichtshof hat das Gesetz über den Bergbauvertrag der Regierung mit dem "
         "kanadischen Konzern First Quantum am Dienstag für verfassungswidrig erklärt.")
A1_S2 = ("Präsident Laurentino Cortizo kündigte kurz darauf in einer Fernsehansprache an, die Kupfermine "
         "Cobre Panamá werde geordnet geschlossen.")
A1_S3 = ("Seit Ende Oktober hatten Tausende Demonstranten mit Straßenblockaden im ganzen Land gegen den "
         "Vertrag protestiert.")
A1_S4 = ("„Das ist ein Sieg des panamaischen Volkes“, sagte Saúl Méndez, Chef der Bauarbeitergewerkschaft "
         "Suntracs, vor dem Gerichtsgebäude.")
A1_S5 = "Die Gewerkschaft forderte die Regierung zugleich auf, alle festgenommenen Demonstranten freizulassen."
A1_S6 = "Bei den Protesten waren nach Polizeiangaben mehr als 1000 Menschen festgenommen worden."
A1_S7 = ("Zwei Demonstranten waren Anfang November an einer Straßensperre westlich der Hauptstadt von einem "
         "Autofahrer erschossen worden.")
A1_S8 = "First Quantum teilte mit, der Konzern werde ein internationales Schiedsverfahren gegen Panama anstrengen."
A1_S9 = "Die kanadische Regierung rief beide Seiten zu Gesprächen auf."
A1_S10 = "Die Mine erwirtschaftete zuletzt rund fünf Prozent der Wirtschaftsleistung des Landes."

PAN_COURT = actor("Supreme Court of Panama", "PAN", "JUD")
PAN_GOV = actor("Government of Panama", "PAN", "GOV")
CORTIZO = actor("Laurentino Cortizo", "PAN", "GOV")
PAN_PROT = actor("Demonstrators", "PAN", "CVL")
SUNTRACS = actor("Suntracs", "PAN", "LAB")
PAN_POL = actor("National Police of Panama", "PAN", "COP")
MOTORIST = actor("Motorist", "PAN", "CVL")
FQM = actor("First Quantum", "CAN", "BUS")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")

ART1 = {
    "id": "hm55-de-01", "lang": "de", "url": None, "published": "2023-11-28",
    "title": "Panamas Oberstes Gericht kippt Bergbauvertrag – Cortizo kündigt Schließung der Mine an",
    "text": paragraphs([A1_S1, A1_S2, A1_S3], [A1_S4, A1_S5, A1_S6, A1_S7], [A1_S8, A1_S9, A1_S10]),
    "events": [
        event("SANCTION", PAN_COURT, PAN_GOV, A1_S1, mode="convict", date="2023-11-28"),
        event("CONCEDE", CORTIZO, None, A1_S2, date="2023-11-28"),
        event("PROTEST", PAN_PROT, PAN_GOV, A1_S3, mode="obstruct", location_country="PAN"),
        event("REQUEST", SUNTRACS, PAN_GOV, A1_S5, mode="yield"),
        event("COERCE", PAN_POL, PAN_PROT, A1_S6, mode="arrest"),
        event("ASSAULT", MOTORIST, PAN_PROT, A1_S7, mode="firearms"),
        event("THREATEN", FQM, PAN_GOV, A1_S8),
        event("REQUEST", CAN_GOV, PAN_GOV, A1_S9, mode="meet"),
        event("REQUEST", CAN_GOV, FQM, A1_S9, mode="meet"),
    ],
    "quotes": [
        quote("die Kupfermine Cobre Panamá werde geordnet geschlossen", "Laurentino Cortizo", "indirect"),
        quote("Das ist ein Sieg des panamaischen Volkes", "Saúl Méndez", "direct"),
        quote("Bei den Protesten waren nach Polizeiangaben mehr als 1000 Menschen festgenommen worden",
              "National Police of Panama", "indirect"),
        quote("der Konzern werde ein internationales Schiedsverfahren gegen Panama anstrengen", "First Quantum",
              "indirect"),
    ],
    "entities": [
        entity("Supreme Court of Panama", "ORG", "PAN", ["Panamas Oberster Gerichtshof"]),
        entity("Government of Panama", "ORG", "PAN", ["der Regierung", "die Regierung"]),
        entity("First Quantum", "ORG", "CAN", ["dem kanadischen Konzern First Quantum", "First Quantum",
                                               "der Konzern"]),
        entity("Laurentino Cortizo", "PER", "PAN", ["Präsident Laurentino Cortizo"]),
        entity("Cobre Panamá", "LOC", "PAN", ["die Kupfermine Cobre Panamá", "Die Mine"]),
        entity("Saúl Méndez", "PER", "PAN", ["Saúl Méndez, Chef der Bauarbeitergewerkschaft Suntracs"]),
        entity("Suntracs", "ORG", "PAN", ["Bauarbeitergewerkschaft Suntracs", "Die Gewerkschaft"]),
        entity("Demonstrators", "PER", "PAN", ["Tausende Demonstranten", "alle festgenommenen Demonstranten",
                                               "Zwei Demonstranten"]),
        entity("National Police of Panama", "ORG", "PAN", []),
        entity("Panama", "GPE", "PAN", ["Panamas", "Panama", "des Landes", "im ganzen Land"]),
        entity("Government of Canada", "ORG", "CAN", ["Die kanadische Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm55-de-02 (Mali / MINUSMA)
A2_S1 = "Der UN-Sicherheitsrat hat am Freitag das Ende der Friedensmission Minusma in Mali beschlossen."
A2_S2 = "Die rund 13.000 Blauhelme sollen das Land bis Ende des Jahres verlassen."
A2_S3 = ("Die Militärjunta in Bamako hatte Mitte Juni den sofortigen Abzug der Mission verlangt und ihr ein "
         "»Scheitern« vorgeworfen.")
A2_S4 = "Malis Außenminister Abdoulaye Diop begrüßte die Entscheidung."
A2_S5 = "»Die Sicherheit Malis liegt künftig allein in den Händen der Malier«, sagte er in New York."
A2_S6 = ("Frankreichs UN-Botschafter Nicolas de Rivière kritisierte dagegen, die Junta setze auf die russische "
         "Wagner-Gruppe statt auf die Vereinten Nationen.")
A2_S7 = ("Erst am Mittwoch hatten Kämpfer der Dschihadistengruppe JNIM einen Konvoi der Mission nahe Kidal "
         "mit einer Sprengfalle angegriffen und zwei Blauhelme getötet.")
A2_S8 = ("Deutschland will seine verbliebenen Soldaten nach Angaben des Verteidigungsministeriums bis "
         "Dezember aus Gao abziehen.")
A2_S9 = "Die Regierung in Bamako kündigte an, sie werde den Abzug eng mit der Mission koordinieren."

UNSC = actor("United Nations Security Council", "UNO", "IGO")
MINUSMA = actor("MINUSMA", "UNO", "IGO")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
DIOP = actor("Abdoulaye Diop", "MLI", "GOV")
RIVIERE = actor("Nicolas de Rivière", "FRA", "GOV")
JNIM = actor("JNIM", "MLI", "REB")
DEU_MIL = actor("Germany", "DEU", "MIL")

ART2 = {
    "id": "hm55-de-02", "lang": "de", "url": None, "published": "2023-06-30",
    "title": "UN-Sicherheitsrat beendet Friedensmission in Mali",
    "text": paragraphs([A2_S1, A2_S2, A2_S3], [A2_S4, A2_S5, A2_S6], [A2_S7, A2_S8, A2_S9]),
    "events": [
        event("CONCEDE", UNSC, MLI_GOV, A2_S1, date="2023-06-30"),
        event("CONCEDE", MINUSMA, MLI_GOV, A2_S2),
        event("REQUEST", MLI_GOV, MINUSMA, A2_S3),
        event("ACCUSE", MLI_GOV, MINUSMA, A2_S3, mode="disapprove"),
        event("SUPPORT", DIOP, UNSC, A2_S4, date="2023-06-30"),
        event("ACCUSE", RIVIERE, MLI_GOV, A2_S6, mode="disapprove"),
        event("ASSAULT", JNIM, MINUSMA, A2_S7, mode="explosives", date="2023-06-28", location="Kidal",
              location_country="MLI"),
        event("CONCEDE", DEU_MIL, MLI_GOV, A2_S8, location="Gao", location_country="MLI"),
        event("AGREE", MLI_GOV, MINUSMA, A2_S9),
    ],
    "quotes": [
        quote("Scheitern", "Government of Mali", "direct"),
        quote("Die Sicherheit Malis liegt künftig allein in den Händen der Malier", "Abdoulaye Diop", "direct"),
        quote("die Junta setze auf die russische Wagner-Gruppe statt auf die Vereinten Nationen",
              "Nicolas de Rivière", "indirect"),
        quote("Deutschland will seine verbliebenen Soldaten nach Angaben des Verteidigungsministeriums bis "
              "Dezember aus Gao abziehen", "Federal Ministry of Defence of Germany", "indirect"),
        quote("sie werde den Abzug eng mit der Mission koordinieren", "Government of Mali", "indirect"),
    ],
    "entities": [
        entity("United Nations Security Council", "ORG", "UNO", ["Der UN-Sicherheitsrat"]),
        entity("MINUSMA", "ORG", "UNO", ["der Friedensmission Minusma", "der Mission", "ihr",
                                         "einen Konvoi der Mission", "Die rund 13.000 Blauhelme"]),
        entity("Mali", "GPE", "MLI", ["Mali", "das Land", "Malis"]),
        entity("Government of Mali", "ORG", "MLI", ["Die Militärjunta in Bamako", "die Junta",
                                                    "Die Regierung in Bamako"]),
        entity("Bamako", "LOC", "MLI", ["Bamako"]),
        entity("Abdoulaye Diop", "PER", "MLI", ["Malis Außenminister Abdoulaye Diop", "er"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Nicolas de Rivière", "PER", "FRA", ["Frankreichs UN-Botschafter Nicolas de Rivière"]),
        entity("Wagner Group", "ORG", "RUS", ["die russische Wagner-Gruppe"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("JNIM", "ORG", "MLI", ["Kämpfer der Dschihadistengruppe JNIM"]),
        entity("Kidal", "LOC", "MLI", ["Kidal"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("Federal Ministry of Defence of Germany", "ORG", "DEU", ["des Verteidigungsministeriums"]),
        entity("Gao", "LOC", "MLI", ["Gao"]),
    ],
}

# ---------------------------------------------------------------- hm55-de-03 (Damascus consulate)
A3_S1 = ("Bei einem Luftangriff auf das iranische Konsulatsgebäude in der syrischen Hauptstadt Damaskus sind "
         "am Montag mehrere Offiziere der Revolutionsgarden getötet worden.")
A3_S2 = "Unter den Toten ist nach Angaben der Revolutionsgarden auch General Mohammed Resa Sahedi."
A3_S3 = "Syrien und Iran machten Israel für den Angriff verantwortlich."
A3_S4 = "Ein israelischer Militärsprecher wollte sich nicht äußern."
A3_S5 = "Präsident Ebrahim Raisi sagte, das »feige Verbrechen« werde nicht unbeantwortet bleiben."
A3_S6 = ("Außenminister Hussein Amir-Abdollahian warf Washington vor, für den Angriff mitverantwortlich "
         "zu sein.")
A3_S7 = "Die US-Regierung wies jede Beteiligung zurück."
A3_S8 = "Russland beantragte eine Dringlichkeitssitzung des UN-Sicherheitsrats."
A3_S9 = "Die Arabische Liga verurteilte den Angriff als Verletzung des Völkerrechts."
A3_S11 = "Die libanesische Hisbollah-Miliz erklärte sich mit Teheran solidarisch."
A3_S10 = ("Syriens Außenminister Faisal Mekdad besuchte am Abend gemeinsam mit dem iranischen Botschafter "
          "Hossein Akbari das zerstörte Gebäude.")

SYR_GOV = actor("Syria", "SYR", "GOV")
IRN_GOV = actor("Iran", "IRN", "GOV")
ISR = actor("Israel", "ISR", "GOV")
RAISI = actor("Ebrahim Raisi", "IRN", "GOV")
AMIR = actor("Hossein Amir-Abdollahian", "IRN", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
RUS_GOV = actor("Russia", "RUS", "GOV")
ARAB_LEAGUE = actor("Arab League", "IGO", "IGO")
MEKDAD = actor("Faisal Mekdad", "SYR", "GOV")
AKBARI = actor("Hossein Akbari", "IRN", "GOV")

ART3 = {
    "id": "hm55-de-03", "lang": "de", "url": None, "published": "2024-04-02",
    "title": "Iran droht Israel nach Angriff auf Konsulat in Damaskus mit Vergeltung",
    "text": paragraphs([A3_S1, A3_S2, A3_S3, A3_S4], [A3_S5, A3_S6, A3_S7], [A3_S8, A3_S9, A3_S11, A3_S10]),
    "events": [
        event("ACCUSE", SYR_GOV, ISR, A3_S3, mode="allege"),
        event("ACCUSE", IRN_GOV, ISR, A3_S3, mode="allege"),
        event("THREATEN", RAISI, ISR, A3_S5, mode="violence"),
        event("ACCUSE", RAISI, ISR, A3_S5, mode="disapprove"),
        event("ACCUSE", AMIR, USA_GOV, A3_S6, mode="allege"),
        event("REQUEST", RUS_GOV, UNSC, A3_S8, mode="meet"),
        event("ACCUSE", ARAB_LEAGUE, ISR, A3_S9, mode="disapprove"),
        event("SUPPORT", actor("Hezbollah", "LBN", "REB"), IRN_GOV, A3_S11),
        event("CONSULT", MEKDAD, AKBARI, A3_S10, date="2024-04-01", location="Damascus",
              location_country="SYR"),
    ],
    "quotes": [
        quote("Unter den Toten ist nach Angaben der Revolutionsgarden auch General Mohammed Resa Sahedi",
              "Islamic Revolutionary Guard Corps", "indirect"),
        quote("feige Verbrechen", "Ebrahim Raisi", "direct"),
        quote("das »feige Verbrechen« werde nicht unbeantwortet bleiben", "Ebrahim Raisi", "indirect"),
        quote("für den Angriff mitverantwortlich zu sein", "Hossein Amir-Abdollahian", "indirect"),
    ],
    "entities": [
        entity("Consulate of Iran in Damascus", "LOC", "SYR", ["das iranische Konsulatsgebäude",
                                                               "das zerstörte Gebäude"]),
        entity("Damascus", "LOC", "SYR", ["der syrischen Hauptstadt Damaskus"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["der Revolutionsgarden",
                                                                   "mehrere Offiziere der Revolutionsgarden"]),
        entity("Mohammad Reza Zahedi", "PER", "IRN", ["General Mohammed Resa Sahedi"]),
        entity("Syria", "GPE", "SYR", ["Syrien"]),
        entity("Iran", "GPE", "IRN", ["Iran", "Teheran"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Ein israelischer Militärsprecher"]),
        entity("Ebrahim Raisi", "PER", "IRN", ["Präsident Ebrahim Raisi"]),
        entity("Hossein Amir-Abdollahian", "PER", "IRN", ["Außenminister Hussein Amir-Abdollahian"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("United Nations Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
        entity("Arab League", "ORG", "IGO", ["Die Arabische Liga"]),
        entity("Hezbollah", "ORG", "LBN", ["Die libanesische Hisbollah-Miliz"]),
        entity("Faisal Mekdad", "PER", "SYR", ["Syriens Außenminister Faisal Mekdad"]),
        entity("Hossein Akbari", "PER", "IRN", ["dem iranischen Botschafter Hossein Akbari"]),
    ],
}

# ---------------------------------------------------------------- hm55-de-04 (Hungary / EU boycott)
A4_S1 = ("Die EU-Kommission schickt nach Viktor Orbáns umstrittener »Friedensmission« nur noch Beamte statt "
         "Kommissare zu informellen Treffen der ungarischen Ratspräsidentschaft.")
A4_S2 = "Das teilte ein Kommissionssprecher am Montag in Brüssel mit."
A4_S3 = ("Kommissionspräsidentin Ursula von der Leyen hatte Orbáns Reise nach Moskau zuvor als "
         "»Beschwichtigungsmission« kritisiert.")
A4_S4 = ("Der ungarische Regierungschef war Anfang Juli ohne Absprache mit den EU-Partnern im Kreml von "
         "Präsident Wladimir Putin empfangen worden.")
A4_S5 = "Anschließend reiste er nach Peking weiter, wo er Staatschef Xi Jinping traf."
A4_S6 = "Orbán verteidigte die Reisen: Europa brauche »eine Friedenspolitik statt einer Kriegspolitik«."
A4_S7 = "Außenminister Péter Szijjártó nannte den Boykott »kindisch«."
A4_S8 = "Auch Schweden und Finnland schicken keine Minister zu den Treffen in Ungarn."
A4_S10 = "Ungarn hat den halbjährlich wechselnden Vorsitz im Rat der EU seit dem 1. Juli inne."
A4_S9 = ("EU-Ratspräsident Charles Michel forderte Budapest auf, seine Alleingänge in der Außenpolitik zu "
         "beenden.")

EU_COM = actor("European Commission", "EUR", "IGO")
HUN = actor("Hungary", "HUN", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
EU = actor("European Union", "EUR", "IGO")
SZIJJARTO = actor("Péter Szijjártó", "HUN", "GOV")
SWE = actor("Sweden", "SWE", "GOV")
FIN = actor("Finland", "FIN", "GOV")
MICHEL = actor("Charles Michel", "EUR", "IGO")

ART4 = {
    "id": "hm55-de-04", "lang": "de", "url": None, "published": "2024-07-15",
    "title": "EU-Kommission boykottiert Treffen der ungarischen Ratspräsidentschaft",
    "text": paragraphs([A4_S1, A4_S2, A4_S10, A4_S3], [A4_S4, A4_S5, A4_S6], [A4_S7, A4_S8, A4_S9]),
    "events": [
        event("PROTEST", EU_COM, HUN, A4_S1, mode="boycott"),
        event("ACCUSE", VDL, ORBAN, A4_S3, mode="disapprove"),
        event("CONSULT", ORBAN, PUTIN, A4_S4, mode="visit", location="Moscow", location_country="RUS"),
        event("CONSULT", ORBAN, XI, A4_S5, mode="visit", location="Beijing", location_country="CHN"),
        event("ACCUSE", ORBAN, EU, A4_S6, mode="disapprove"),
        event("ACCUSE", SZIJJARTO, EU_COM, A4_S7, mode="disapprove"),
        event("PROTEST", SWE, HUN, A4_S8, mode="boycott"),
        event("PROTEST", FIN, HUN, A4_S8, mode="boycott"),
        event("REQUEST", MICHEL, HUN, A4_S9, mode="change"),
    ],
    "quotes": [
        quote("Friedensmission", "Viktor Orbán", "direct"),
        quote("Beschwichtigungsmission", "Ursula von der Leyen", "direct"),
        quote("Europa brauche »eine Friedenspolitik statt einer Kriegspolitik«", "Viktor Orbán", "indirect"),
        quote("eine Friedenspolitik statt einer Kriegspolitik", "Viktor Orbán", "direct"),
        quote("kindisch", "Péter Szijjártó", "direct"),
    ],
    "entities": [
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Viktor Orbán", "PER", "HUN", ["Viktor Orbáns", "Orbáns", "Der ungarische Regierungschef", "er",
                                              "Orbán"]),
        entity("Hungarian presidency of the Council of the EU", "ORG", "HUN", ["der ungarischen Ratspräsidentschaft"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Kremlin", "LOC", "RUS", ["im Kreml"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Xi Jinping", "PER", "CHN", ["Staatschef Xi Jinping"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Péter Szijjártó", "PER", "HUN", ["Außenminister Péter Szijjártó"]),
        entity("Sweden", "GPE", "SWE", ["Schweden"]),
        entity("Finland", "GPE", "FIN", ["Finnland"]),
        entity("Hungary", "GPE", "HUN", ["Ungarn", "Budapest"]),
        entity("Council of the European Union", "ORG", "EUR", ["Rat der EU"]),
        entity("Charles Michel", "PER", "EUR", ["EU-Ratspräsident Charles Michel"]),
    ],
}

# ---------------------------------------------------------------- hm55-en-01 (New Zealand hīkoi)
B1_S1 = ("Tens of thousands of protesters converged on New Zealand's parliament in Wellington on Tuesday to "
         "oppose a bill that would reinterpret the country's founding treaty with Māori.")
B1_S2 = "Police said the crowd of about 42,000 was peaceful and no arrests had been made."
B1_S3 = ("Te Pāti Māori co-leader Rawiri Waititi accused ACT leader David Seymour, who drafted the bill, of "
         "stoking racial division for political gain.")
B1_S4 = ("“This bill breaks the promises made to our ancestors,” Waititi told the crowd, “and we will not let "
         "it pass.”")
B1_S5 = ("Seymour said the bill would give all New Zealanders equal rights and urged opponents to make "
         "submissions to a select committee rather than march.")
B1_S6 = ("Prime Minister Christopher Luxon, who declined to meet the marchers, has said his National Party "
         "will vote against the bill at its second reading.")
B1_S7 = ("Last Thursday, Māori lawmakers led by Hana-Rawhiti Maipi-Clarke disrupted the first vote on the "
         "bill with a haka.")
B1_S8 = "The Māori Queen, Nga wai hono i te po, sent a delegation to Wellington in support of the hīkoi."

NZ_PROT = actor("Protesters", "NZL", "CVL")
NZ_PARL = actor("Parliament of New Zealand", "NZL", "LEG")
NZ_POL = actor("New Zealand Police", "NZL", "COP")
WAITITI = actor("Rawiri Waititi", "NZL", "OPP")
SEYMOUR = actor("David Seymour", "NZL", "GOV")
LUXON = actor("Christopher Luxon", "NZL", "GOV")
NATIONAL = actor("National Party", "NZL", "PTY")
ACT = actor("ACT Party", "NZL", "PTY")
MAORI_MPS = actor("Māori lawmakers", "NZL", "OPP")
QUEEN = actor("Nga wai hono i te po", "NZL", "CVL")

ART5 = {
    "id": "hm55-en-01", "lang": "en", "url": None, "published": "2024-11-19",
    "title": "Tens of thousands march on New Zealand's parliament over Treaty bill",
    "text": paragraphs([B1_S1, B1_S2], [B1_S3, B1_S4, B1_S5], [B1_S6, B1_S7, B1_S8]),
    "events": [
        event("PROTEST", NZ_PROT, NZ_PARL, B1_S1, mode="demo", date="2024-11-19", location="Wellington",
              location_country="NZL"),
        event("COERCE", NZ_POL, NZ_PROT, B1_S2, mode="arrest", negated=True),
        event("ACCUSE", WAITITI, SEYMOUR, B1_S3, mode="allege"),
        event("ACCUSE", WAITITI, SEYMOUR, B1_S4, mode="disapprove"),
        event("REQUEST", SEYMOUR, NZ_PROT, B1_S5),
        event("REJECT", LUXON, NZ_PROT, B1_S6, mode="meet"),
        event("REJECT", NATIONAL, ACT, B1_S6),
        event("PROTEST", MAORI_MPS, NZ_PARL, B1_S7, date="2024-11-14"),
        event("SUPPORT", QUEEN, NZ_PROT, B1_S8),
    ],
    "quotes": [
        quote("the crowd of about 42,000 was peaceful and no arrests had been made", "New Zealand Police",
              "indirect"),
        quote("This bill breaks the promises made to our ancestors", "Rawiri Waititi", "direct"),
        quote("and we will not let it pass", "Rawiri Waititi", "direct"),
        quote("the bill would give all New Zealanders equal rights", "David Seymour", "indirect"),
        quote("his National Party will vote against the bill at its second reading", "Christopher Luxon",
              "indirect"),
    ],
    "entities": [
        entity("Protesters", "PER", "NZL", ["Tens of thousands of protesters", "the crowd of about 42,000",
                                            "the crowd", "the marchers"]),
        entity("Parliament of New Zealand", "ORG", "NZL", ["New Zealand's parliament"]),
        entity("Wellington", "LOC", "NZL", ["Wellington"]),
        entity("New Zealand", "GPE", "NZL", ["New Zealand's", "the country's"]),
        entity("Treaty of Waitangi", "MISC", "NZL", ["the country's founding treaty with Māori"]),
        entity("Treaty Principles Bill", "MISC", "NZL", ["a bill", "the bill", "This bill"]),
        entity("New Zealand Police", "ORG", "NZL", ["Police"]),
        entity("Te Pāti Māori", "ORG", "NZL", ["Te Pāti Māori"]),
        entity("Rawiri Waititi", "PER", "NZL", ["Te Pāti Māori co-leader Rawiri Waititi", "Waititi"]),
        entity("David Seymour", "PER", "NZL", ["ACT leader David Seymour", "Seymour"]),
        entity("ACT Party", "ORG", "NZL", ["ACT"]),
        entity("Christopher Luxon", "PER", "NZL", ["Prime Minister Christopher Luxon", "his"]),
        entity("National Party", "ORG", "NZL", ["his National Party"]),
        entity("Hana-Rawhiti Maipi-Clarke", "PER", "NZL", ["Hana-Rawhiti Maipi-Clarke"]),
        entity("Māori lawmakers", "PER", "NZL", ["Māori lawmakers"]),
        entity("Nga wai hono i te po", "PER", "NZL", ["The Māori Queen, Nga wai hono i te po"]),
    ],
}

# ---------------------------------------------------------------- hm55-en-02 (Jaffar Express)
B2_S1 = ("Pakistani security forces freed more than 300 hostages on Wednesday from a passenger train that "
         "separatist militants had hijacked in the southwestern province of Balochistan, the military said.")
B2_S2 = "All 33 attackers were killed in the operation, military spokesman Lt. Gen. Ahmed Sharif Chaudhry told reporters."
B2_S3 = ("The Baloch Liberation Army (BLA) had stormed the Jaffar Express on Tuesday after blowing up a "
         "section of track near a tunnel in the Bolan Pass.")
B2_S4 = ("The group said in a statement it had demanded the release of Baloch political prisoners in "
         "exchange for the hostages.")
B2_S5 = ("Chaudhry accused Afghanistan's Taliban rulers of sheltering the militants, saying the attackers "
         "had been in contact with handlers across the border throughout the siege.")
B2_S6 = "Kabul rejected the allegation as baseless."
B2_S7 = ("Prime Minister Shehbaz Sharif praised the troops and vowed to \"eliminate terrorism from every "
         "corner of the country.\"")
B2_S8 = "The United Nations Security Council condemned the \"heinous and cowardly\" attack."
B2_S9 = ("Balochistan has seen a decades-long insurgency by separatists who accuse Islamabad of "
         "exploiting the province's resources.")

PAK_MIL = actor("Pakistan Army", "PAK", "MIL")
HOSTAGES = actor("Jaffar Express passengers", "PAK", "CVL")
BLA = actor("Baloch Liberation Army", "PAK", "REB")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
CHAUDHRY = actor("Ahmed Sharif Chaudhry", "PAK", "MIL")
TALIBAN = actor("Taliban", "AFG", "GOV")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")

ART6 = {
    "id": "hm55-en-02", "lang": "en", "url": None, "published": "2025-03-12",
    "title": "Pakistan says hostage siege on hijacked train is over",
    "text": paragraphs([B2_S1, B2_S2, B2_S3], [B2_S4, B2_S5, B2_S6], [B2_S7, B2_S8, B2_S9]),
    "events": [
        event("AID", PAK_MIL, HOSTAGES, B2_S1, date="2025-03-12", location="Balochistan",
              location_country="PAK"),
        event("ASSAULT", BLA, HOSTAGES, B2_S1, mode="abduct", location="Balochistan", location_country="PAK"),
        event("ASSAULT", PAK_MIL, BLA, B2_S2),
        event("ASSAULT", BLA, HOSTAGES, B2_S3, mode="abduct", date="2025-03-11", location="Bolan Pass",
              location_country="PAK"),
        event("REQUEST", BLA, PAK_GOV, B2_S4, mode="yield"),
        event("ACCUSE", CHAUDHRY, TALIBAN, B2_S5, mode="allege"),
        event("SUPPORT", SHARIF, PAK_MIL, B2_S7),
        event("THREATEN", SHARIF, BLA, B2_S7, mode="violence"),
        event("ACCUSE", UNSC, BLA, B2_S8, mode="disapprove"),
    ],
    "quotes": [
        quote("Pakistani security forces freed more than 300 hostages on Wednesday from a passenger train that "
              "separatist militants had hijacked in the southwestern province of Balochistan", "Pakistan Army",
              "indirect"),
        quote("All 33 attackers were killed in the operation", "Ahmed Sharif Chaudhry", "indirect"),
        quote("it had demanded the release of Baloch political prisoners in exchange for the hostages",
              "Baloch Liberation Army", "indirect"),
        quote("the attackers had been in contact with handlers across the border throughout the siege",
              "Ahmed Sharif Chaudhry", "indirect"),
        quote("eliminate terrorism from every corner of the country", "Shehbaz Sharif", "direct"),
        quote("heinous and cowardly", "United Nations Security Council", "direct"),
    ],
    "entities": [
        entity("Pakistan Army", "ORG", "PAK", ["Pakistani security forces", "the military", "the troops"]),
        entity("Jaffar Express", "MISC", "PAK", ["a passenger train", "the Jaffar Express"]),
        entity("Baloch Liberation Army", "ORG", "PAK", ["separatist militants", "The Baloch Liberation Army (BLA)",
                                                        "The group", "the militants", "the attackers",
                                                        "All 33 attackers"]),
        entity("Balochistan", "LOC", "PAK", ["the southwestern province of Balochistan", "Balochistan",
                                             "the province's"]),
        entity("Ahmed Sharif Chaudhry", "PER", "PAK", ["military spokesman Lt. Gen. Ahmed Sharif Chaudhry",
                                                       "Chaudhry"]),
        entity("Bolan Pass", "LOC", "PAK", ["the Bolan Pass"]),
        entity("Taliban", "ORG", "AFG", ["Afghanistan's Taliban rulers", "Kabul"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan's"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Prime Minister Shehbaz Sharif"]),
        entity("United Nations Security Council", "ORG", "UNO", ["The United Nations Security Council"]),
        entity("Pakistan", "GPE", "PAK", ["Islamabad", "the country"]),
    ],
}

ARTICLES = [ART1, ART2, ART3, ART4, ART5, ART6]
