"""Round 88: six hand-made blind articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2023-2025 settings):
- hm88-de-01: Erdoğan visits Baghdad and Erbil, water and Development Road deals, the PKK, April 2024
- hm88-de-02: Algeria pardons Boualem Sansal at Steinmeier's request, November 2025
- hm88-de-03: India's Supreme Court upholds the end of Kashmir's special status, December 2023
- hm88-de-04: Myanmar's junta cuts Aung San Suu Kyi's sentence and extends the emergency, August 2023
- hm88-en-01: a US F-16 shoots down a Turkish drone over Syria after the Ankara bombing, October 2023
- hm88-en-02: Fiji opens an embassy in Jerusalem, September 2025
"""
from annotate import actor, entity, event, paragraphs, quote

# --- hm88-de-01 -------------------------------------------------------------------------------
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
IRAQ = actor("Iraq", "IRQ", "GOV")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")
IRQ_NSC = actor("Iraqi National Security Council", "IRQ", "GOV")
PKK = actor("Kurdistan Workers' Party", "TUR", "REB")
BARZANI = actor("Nechirvan Barzani", "IRQ", "GOV")

D1_S1 = ("Der türkische Präsident Recep Tayyip Erdoğan ist am Montag zum ersten Besuch seit mehr als zehn "
         "Jahren in Bagdad eingetroffen.")
D1_S2 = ("Er wurde von Ministerpräsident Mohammed Schia al-Sudani empfangen, mit dem er mehr als zwei Dutzend "
         "Abkommen unterzeichnete.")
D1_S3 = ("Darunter ist eine Absichtserklärung zur geplanten Handelsroute Entwicklungsstraße, die Häfen am Golf "
         "mit der Türkei verbinden soll.")
D1_S4 = "Zudem sagte Ankara zu, mehr Wasser aus Euphrat und Tigris in den Irak fließen zu lassen."
D1_S5 = ("Erdoğan forderte die irakische Führung im Gegenzug auf, entschlossener gegen die verbotene "
         "Arbeiterpartei Kurdistans (PKK) vorzugehen.")
D1_S6 = ("Der irakische Nationale Sicherheitsrat hatte die PKK im März als »verbotene Organisation« "
         "eingestuft.")
D1_S7 = "Die Miliz unterhält seit Jahrzehnten Stützpunkte in den Bergen des Nordirak."
D1_S8 = ("Am Nachmittag reiste Erdoğan weiter nach Erbil, wo er mit dem Präsidenten der kurdischen "
         "Autonomieregion, Nechirvan Barzani, zusammentraf.")
D1_S9 = "Barzani sicherte zu, die Region werde »keine Plattform für Angriffe auf die Türkei« sein."
D1_S10 = ("Die PKK-Führung warf beiden Politikern in einer Erklärung vor, einen »Krieg gegen das kurdische "
          "Volk« vorzubereiten.")

DE01 = {
    "id": "hm88-de-01", "lang": "de", "url": None, "published": "2024-04-22",
    "title": "Erdoğan in Bagdad: Wasser gegen Hilfe im Kampf gegen die PKK",
    "text": paragraphs([D1_S1, D1_S2, D1_S3], [D1_S4, D1_S5, D1_S6, D1_S7], [D1_S8, D1_S9, D1_S10]),
    "events": [
        event("CONSULT", ERDOGAN, IRAQ, D1_S1, mode="visit", date="2024-04-22", location="Baghdad",
              location_country="IRQ"),
        event("CONSULT", ERDOGAN, SUDANI, D1_S2, mode="visit", date="2024-04-22", location="Baghdad",
              location_country="IRQ"),
        event("SUPPORT", ERDOGAN, SUDANI, D1_S2, date="2024-04-22", location="Baghdad", location_country="IRQ"),
        event("AGREE", TURKEY, IRAQ, D1_S4, date="2024-04-22"),
        event("REQUEST", ERDOGAN, IRAQ, D1_S5, date="2024-04-22"),
        event("COERCE", IRQ_NSC, PKK, D1_S6, mode="ban"),
        event("CONSULT", ERDOGAN, BARZANI, D1_S8, mode="visit", date="2024-04-22", location="Erbil",
              location_country="IRQ"),
        event("AGREE", BARZANI, TURKEY, D1_S9, date="2024-04-22"),
        event("ACCUSE", PKK, ERDOGAN, D1_S10, mode="allege"),
        event("ACCUSE", PKK, BARZANI, D1_S10, mode="allege"),
    ],
    "quotes": [
        quote("verbotene Organisation", "Iraqi National Security Council", "direct"),
        quote("keine Plattform für Angriffe auf die Türkei", "Nechirvan Barzani", "direct"),
        quote("die Region werde »keine Plattform für Angriffe auf die Türkei« sein", "Nechirvan Barzani",
              "indirect"),
        quote("Krieg gegen das kurdische Volk", "Kurdistan Workers' Party", "direct"),
        quote("einen »Krieg gegen das kurdische Volk« vorzubereiten", "Kurdistan Workers' Party", "indirect"),
    ],
    "entities": [
        entity("Recep Tayyip Erdoğan", "PER", "TUR",
               ["Der türkische Präsident Recep Tayyip Erdoğan", "Er", "er", "Erdoğan"]),
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani"]),
        entity("Development Road", "LOC", "IRQ", ["Handelsroute Entwicklungsstraße"]),
        entity("Turkey", "GPE", "TUR", ["der Türkei", "Ankara", "die Türkei"]),
        entity("Iraq", "GPE", "IRQ", ["den Irak", "die irakische Führung"]),
        entity("Euphrates", "LOC", None, ["Euphrat"]),
        entity("Tigris", "LOC", None, ["Tigris"]),
        entity("Kurdistan Workers' Party", "ORG", "TUR",
               ["die verbotene Arbeiterpartei Kurdistans (PKK)", "die PKK", "Die Miliz", "Die PKK-Führung"]),
        entity("Iraqi National Security Council", "ORG", "IRQ", ["Der irakische Nationale Sicherheitsrat"]),
        entity("Northern Iraq", "LOC", "IRQ", ["den Bergen des Nordirak"]),
        entity("Erbil", "LOC", "IRQ", ["Erbil"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["der kurdischen Autonomieregion", "die Region"]),
        entity("Nechirvan Barzani", "PER", "IRQ",
               ["dem Präsidenten der kurdischen Autonomieregion, Nechirvan Barzani", "Barzani"]),
    ],
}

# --- hm88-de-02 -------------------------------------------------------------------------------
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")
SANSAL = actor("Boualem Sansal", "FRA", "CVL")
STEINMEIER = actor("Frank-Walter Steinmeier", "DEU", "GOV")
ALGERIA = actor("Algeria", "DZA", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
DZA_POLICE = actor("Algerian police", "DZA", "COP")
DZA_COURT = actor("Algerian court", "DZA", "JUD")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")

D2_S1 = ("Algeriens Präsident Abdelmadjid Tebboune hat den inhaftierten französisch-algerischen Schriftsteller "
         "Boualem Sansal begnadigt.")
D2_S2 = ("Er folgte damit einer Bitte von Bundespräsident Frank-Walter Steinmeier, der um eine humanitäre "
         "Geste für den schwer kranken Autor gebeten hatte.")
D2_S3 = "Steinmeier hatte angeboten, Sansal in Deutschland medizinisch behandeln zu lassen."
D2_S4 = ("Algerische Behörden übergaben den Schriftsteller am Mittwoch in der Hauptstadt einer deutschen Delegation, "
         "eine Maschine der Luftwaffe brachte ihn anschließend nach Berlin.")
D2_S5 = ("Sansal war im November 2024 am Flughafen von Algier festgenommen und später wegen Untergrabung der "
         "nationalen Einheit zu fünf Jahren Haft verurteilt worden.")
D2_S6 = "»Ich bin dankbar, dass Präsident Tebboune meiner Bitte entsprochen hat«, sagte Steinmeier."
D2_S7 = "Der französische Präsident Emmanuel Macron dankte Tebboune für die »Geste der Menschlichkeit«."
D2_S8 = ("Er forderte Algier zugleich auf, auch den in Algerien inhaftierten französischen Journalisten "
         "Christophe Gleizes freizulassen.")
D2_S9 = ("Tebboune ließ über seinen Sprecher erklären, die Entscheidung sei »allein aus humanitären Gründen« "
         "getroffen worden.")
D2_S10 = "Eine Zusage im Fall Gleizes gab es zunächst nicht."

DE02 = {
    "id": "hm88-de-02", "lang": "de", "url": None, "published": "2025-11-12",
    "title": "Algerien begnadigt Boualem Sansal auf Bitte Steinmeiers",
    "text": paragraphs([D2_S1, D2_S2, D2_S3], [D2_S4, D2_S5, D2_S6], [D2_S7, D2_S8, D2_S9, D2_S10]),
    "events": [
        event("RETREAT", TEBBOUNE, SANSAL, D2_S1, mode="release"),
        event("REQUEST", STEINMEIER, TEBBOUNE, D2_S2),
        event("AGREE", STEINMEIER, TEBBOUNE, D2_S3),
        event("COOPERATE", ALGERIA, GERMANY, D2_S4, date="2025-11-12", location="Algiers",
              location_country="DZA"),
        event("AID", GERMANY, SANSAL, D2_S4, date="2025-11-12", location="Berlin", location_country="DEU"),
        event("COERCE", DZA_POLICE, SANSAL, D2_S5, mode="arrest", location="Algiers", location_country="DZA"),
        event("SANCTION", DZA_COURT, SANSAL, D2_S5, mode="convict"),
        event("SUPPORT", STEINMEIER, TEBBOUNE, D2_S6),
        event("SUPPORT", MACRON, TEBBOUNE, D2_S7),
        event("REQUEST", MACRON, ALGERIA, D2_S8),
        event("AGREE", TEBBOUNE, MACRON, D2_S10, negated=True),
    ],
    "quotes": [
        quote("Ich bin dankbar, dass Präsident Tebboune meiner Bitte entsprochen hat", "Frank-Walter Steinmeier",
              "direct"),
        quote("Geste der Menschlichkeit", "Emmanuel Macron", "direct"),
        quote("allein aus humanitären Gründen", "Abdelmadjid Tebboune", "direct"),
        quote("die Entscheidung sei »allein aus humanitären Gründen« getroffen worden", "Abdelmadjid Tebboune",
              "indirect"),
    ],
    "entities": [
        entity("Abdelmadjid Tebboune", "PER", "DZA",
               ["Algeriens Präsident Abdelmadjid Tebboune", "Er", "Präsident Tebboune", "Tebboune"]),
        entity("Boualem Sansal", "PER", "FRA",
               ["den inhaftierten französisch-algerischen Schriftsteller Boualem Sansal", "den schwer kranken Autor", "Sansal", "den Schriftsteller", "ihn"]),
        entity("Frank-Walter Steinmeier", "PER", "DEU", ["Bundespräsident Frank-Walter Steinmeier", "Steinmeier"]),
        entity("Germany", "GPE", "DEU", ["Deutschland", "einer deutschen Delegation"]),
        entity("Algerian authorities", "ORG", "DZA", ["Algerische Behörden"]),
        entity("Algiers", "LOC", "DZA", ["der Hauptstadt", "am Flughafen von Algier"]),
        entity("German Air Force", "ORG", "DEU", ["eine Maschine der Luftwaffe"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Der französische Präsident Emmanuel Macron", "Er"]),
        entity("Algeria", "GPE", "DZA", ["Algier", "Algerien"]),
        entity("Christophe Gleizes", "PER", "FRA",
               ["den in Algerien inhaftierten französischen Journalisten Christophe Gleizes", "Gleizes"]),
        entity("Abdelmadjid Tebboune's spokesman", "PER", "DZA", ["seinen Sprecher"]),
    ],
}

# --- hm88-de-03 -------------------------------------------------------------------------------
SC_IND = actor("Supreme Court of India", "IND", "JUD")
IND_GOV = actor("Government of India", "IND", "GOV")
ECI = actor("Election Commission of India", "IND", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
MUFTI = actor("Mehbooba Mufti", "IND", "OPP")
JK_POLICE = actor("Jammu and Kashmir Police", "IND", "COP")
OMAR = actor("Omar Abdullah", "IND", "OPP")
JILANI = actor("Jalil Abbas Jilani", "PAK", "GOV")
UN = actor("United Nations", "UNO", "IGO")
IND_ARMY = actor("Indian Army", "IND", "MIL")

D3_S1 = ("Das Oberste Gericht Indiens hat die Aufhebung des Sonderstatus für Jammu und Kaschmir durch die "
         "Regierung von Premierminister Narendra Modi bestätigt.")
D3_S2 = ("Die Entscheidung von 2019 sei verfassungsgemäß gewesen, urteilten die fünf Richter am Montag in "
         "Neu-Delhi einstimmig.")
D3_S3 = "Zugleich wiesen sie die Wahlkommission an, bis zum 30. September 2024 Regionalwahlen abzuhalten."
D3_S4 = "Modi sprach auf der Plattform X von einem „Leuchtfeuer der Hoffnung“."
D3_S5 = ("Die frühere Regierungschefin der Region, Mehbooba Mufti, erklärte, die Polizei habe sie vor der "
         "Urteilsverkündung unter Hausarrest gestellt.")
D3_S6 = "Die Behörden wiesen dies zurück."
D3_S7 = "Der Oppositionspolitiker Omar Abdullah nannte das Urteil „enttäuschend“."
D3_S8 = ("„Das Urteil hat keinerlei rechtliche Bedeutung“, sagte Pakistans Außenminister Jalil Abbas Jilani "
         "in Islamabad.")
D3_S9 = ("Er forderte die Vereinten Nationen auf, sich für das Selbstbestimmungsrecht der Kaschmirer "
         "einzusetzen.")
D3_S10 = "In Srinagar zogen Polizei und Armee zusätzliche Kräfte zusammen."

DE03 = {
    "id": "hm88-de-03", "lang": "de", "url": None, "published": "2023-12-11",
    "title": "Indiens Oberstes Gericht billigt Ende von Kaschmirs Sonderstatus",
    "text": paragraphs([D3_S1, D3_S2, D3_S3], [D3_S4, D3_S5, D3_S6, D3_S7], [D3_S8, D3_S9, D3_S10]),
    "events": [
        event("SUPPORT", SC_IND, IND_GOV, D3_S1, date="2023-12-11"),
        event("SUPPORT", SC_IND, IND_GOV, D3_S2, date="2023-12-11", location="New Delhi",
              location_country="IND"),
        event("REQUEST", SC_IND, ECI, D3_S3, date="2023-12-11"),
        event("SUPPORT", MODI, SC_IND, D3_S4),
        event("ACCUSE", MUFTI, JK_POLICE, D3_S5, mode="allege"),
        event("ACCUSE", OMAR, SC_IND, D3_S7, mode="disapprove"),
        event("ACCUSE", JILANI, SC_IND, D3_S8, mode="disapprove", location="Islamabad", location_country="PAK"),
        event("REQUEST", JILANI, UN, D3_S9),
        event("MOBILIZE", JK_POLICE, None, D3_S10, location="Srinagar", location_country="IND"),
        event("MOBILIZE", IND_ARMY, None, D3_S10, location="Srinagar", location_country="IND"),
    ],
    "quotes": [
        quote("Die Entscheidung von 2019 sei verfassungsgemäß gewesen", "Supreme Court of India", "indirect"),
        quote("Leuchtfeuer der Hoffnung", "Narendra Modi", "direct"),
        quote("die Polizei habe sie vor der Urteilsverkündung unter Hausarrest gestellt", "Mehbooba Mufti",
              "indirect"),
        quote("enttäuschend", "Omar Abdullah", "direct"),
        quote("Das Urteil hat keinerlei rechtliche Bedeutung", "Jalil Abbas Jilani", "direct"),
    ],
    "entities": [
        entity("Supreme Court of India", "ORG", "IND", ["Das Oberste Gericht Indiens", "die fünf Richter", "sie"]),
        entity("Jammu and Kashmir", "LOC", "IND", ["Jammu und Kaschmir", "der Region"]),
        entity("Government of India", "ORG", "IND", ["die Regierung von Premierminister Narendra Modi"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi", "Modi"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Election Commission of India", "ORG", "IND", ["die Wahlkommission"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Mehbooba Mufti", "PER", "IND",
               ["Die frühere Regierungschefin der Region, Mehbooba Mufti", "sie"]),
        entity("Jammu and Kashmir Police", "ORG", "IND", ["die Polizei", "Polizei"]),
        entity("Indian authorities", "ORG", "IND", ["Die Behörden"]),
        entity("Omar Abdullah", "PER", "IND", ["Der Oppositionspolitiker Omar Abdullah"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistans"]),
        entity("Jalil Abbas Jilani", "PER", "PAK", ["Pakistans Außenminister Jalil Abbas Jilani", "Er"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Kashmiris", "ORG", "IND", ["der Kaschmirer"]),
        entity("Srinagar", "LOC", "IND", ["Srinagar"]),
        entity("Indian Army", "ORG", "IND", ["Armee"]),
    ],
}

# --- hm88-de-04 -------------------------------------------------------------------------------
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
SUU_KYI = actor("Aung San Suu Kyi", "MMR", "OPP")
PRISONERS = actor("prisoners in Myanmar", "MMR", "CVL")
NUG = actor("National Unity Government", "MMR", "OPP")
USA = actor("United States", "USA", "GOV")
US_STATE = actor("US Department of State", "USA", "GOV")
DON = actor("Don Pramudwinai", "THA", "GOV")

D4_S1 = ("Myanmars Militärjunta hat die Haftstrafe der entmachteten Regierungschefin Aung San Suu Kyi um sechs "
         "Jahre verkürzt.")
D4_S2 = ("Die 78-Jährige müsse nun noch 27 Jahre verbüßen, berichtete das Staatsfernsehen am Dienstag.")
D4_S3 = "Anlässlich eines buddhistischen Feiertags ließ die Junta zudem mehr als 7000 Gefangene frei."
D4_S4 = "Freigelassen wurde Suu Kyi jedoch nicht."
D4_S5 = ("Zugleich verlängerte die Junta den Ausnahmezustand um weitere sechs Monate und verschob damit die "
         "versprochenen Wahlen erneut.")
D4_S6 = ("Die Regierung der Nationalen Einheit (NUG) im Untergrund sprach von einem »politischen Trick« und "
         "forderte die sofortige Freilassung aller politischen Gefangenen.")
D4_S7 = "Washington schloss sich der Forderung an."
D4_S8 = ("Das US-Außenministerium erklärte, die Teilbegnadigung ändere nichts an der »ungerechten Inhaftierung« "
         "der Friedensnobelpreisträgerin.")
D4_S10 = "Die ASEAN-Staaten sind über den Umgang mit der Junta uneins."
D4_S9 = ("Thailands Außenminister Don Pramudwinai hatte Suu Kyi im Juli als erster ausländischer Politiker "
         "seit dem Putsch im Gefängnis getroffen.")

DE04 = {
    "id": "hm88-de-04", "lang": "de", "url": None, "published": "2023-08-01",
    "title": "Myanmars Junta verkürzt Haftstrafe von Aung San Suu Kyi",
    "text": paragraphs([D4_S1, D4_S2, D4_S3, D4_S4], [D4_S5, D4_S6, D4_S7, D4_S8], [D4_S9, D4_S10]),
    "events": [
        event("CONCEDE", MMR_MIL, SUU_KYI, D4_S1, date="2023-08-01"),
        event("RETREAT", MMR_MIL, PRISONERS, D4_S3, mode="release", date="2023-08-01"),
        event("RETREAT", MMR_MIL, SUU_KYI, D4_S4, mode="release", date="2023-08-01", negated=True),
        event("COERCE", MMR_MIL, None, D4_S5, date="2023-08-01"),
        event("ACCUSE", NUG, MMR_MIL, D4_S6, mode="disapprove"),
        event("REQUEST", NUG, MMR_MIL, D4_S6),
        event("REQUEST", USA, MMR_MIL, D4_S7),
        event("ACCUSE", US_STATE, MMR_MIL, D4_S8, mode="disapprove"),
        event("CONSULT", DON, SUU_KYI, D4_S9),
    ],
    "quotes": [
        quote("Die 78-Jährige müsse nun noch 27 Jahre verbüßen", "MRTV", "indirect"),
        quote("politischen Trick", "National Unity Government", "direct"),
        quote("ungerechten Inhaftierung", "US Department of State", "direct"),
        quote("die Teilbegnadigung ändere nichts an der »ungerechten Inhaftierung« der "
              "Friedensnobelpreisträgerin", "US Department of State", "indirect"),
    ],
    "entities": [
        entity("Myanmar military", "ORG", "MMR", ["Myanmars Militärjunta", "die Junta"]),
        entity("Aung San Suu Kyi", "PER", "MMR",
               ["der entmachteten Regierungschefin Aung San Suu Kyi", "Die 78-Jährige", "Suu Kyi",
                "der Friedensnobelpreisträgerin"]),
        entity("MRTV", "ORG", "MMR", ["das Staatsfernsehen"]),
        entity("National Unity Government", "ORG", "MMR", ["Die Regierung der Nationalen Einheit (NUG)"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("US Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Don Pramudwinai", "PER", "THA", ["Thailands Außenminister Don Pramudwinai"]),
        entity("Thailand", "GPE", "THA", ["Thailands"]),
        entity("Myanmar", "GPE", "MMR", ["Myanmars"]),
        entity("ASEAN", "ORG", "IGO", ["Die ASEAN-Staaten"]),
    ],
}

# --- hm88-en-01 -------------------------------------------------------------------------------
US_MIL = actor("United States Armed Forces", "USA", "MIL")
TUR_MIL = actor("Turkish Armed Forces", "TUR", "MIL")
SDF = actor("Syrian Democratic Forces", "SYR", "REB")
AUSTIN = actor("Lloyd Austin", "USA", "GOV")
GULER = actor("Yasar Guler", "TUR", "GOV")
FIDAN = actor("Hakan Fidan", "TUR", "GOV")
PKK_EN = actor("Kurdistan Workers' Party", "TUR", "REB")
YPG = actor("People's Defense Units", "SYR", "REB")
ABDI = actor("Mazloum Abdi", "SYR", "REB")

E1_S1 = ("A U.S. F-16 fighter jet shot down an armed Turkish drone on Thursday that was operating near "
         "American troops in northeastern Syria, the Pentagon said.")
E1_S2 = ("Pentagon spokesman Pat Ryder said there was no indication that Turkey had deliberately targeted "
         "U.S. forces.")
E1_S3 = ("Turkish drones had earlier struck Kurdish militants around Hasakah in a campaign launched after a "
         "suicide bombing outside the interior ministry on Sunday.")
E1_S4 = ("Defense Secretary Lloyd Austin spoke by phone with his Turkish counterpart Yasar Guler and urged "
         "closer coordination to avoid endangering U.S. troops.")
E1_S5 = "Turkey's defense ministry said the drone had not belonged to its armed forces."
E1_S6 = ("Foreign Minister Hakan Fidan said on Wednesday that all infrastructure of the PKK and its Syrian "
         "affiliate, the YPG, in Iraq and Syria was now a \"legitimate target\" for Turkish forces.")
E1_S7 = ("The Kurdish-led Syrian Democratic Forces (SDF) said Turkish strikes had killed at least nine people, "
         "including civilians, and hit oil facilities and power stations.")
E1_S8 = "SDF commander Mazloum Abdi urged Washington to pressure Ankara to halt the attacks."

EN01 = {
    "id": "hm88-en-01", "lang": "en", "url": None, "published": "2023-10-05",
    "title": "U.S. shoots down armed Turkish drone near its troops in Syria",
    "text": paragraphs([E1_S1, E1_S2, E1_S3], [E1_S4, E1_S5, E1_S6], [E1_S7, E1_S8]),
    "events": [
        event("ASSAULT", US_MIL, TUR_MIL, E1_S1, mode="aerial", date="2023-10-05",
              location="northeastern Syria", location_country="SYR"),
        event("ASSAULT", TUR_MIL, SDF, E1_S3, mode="aerial", location="Hasakah", location_country="SYR"),
        event("CONSULT", AUSTIN, GULER, E1_S4, mode="phone", date="2023-10-05"),
        event("REQUEST", AUSTIN, GULER, E1_S4, date="2023-10-05"),
        event("THREATEN", FIDAN, PKK_EN, E1_S6, date="2023-10-04"),
        event("THREATEN", FIDAN, YPG, E1_S6, date="2023-10-04"),
        event("ACCUSE", SDF, TUR_MIL, E1_S7, mode="allege"),
        event("REQUEST", ABDI, USA, E1_S8),
    ],
    "quotes": [
        quote("A U.S. F-16 fighter jet shot down an armed Turkish drone on Thursday that was operating near "
              "American troops in northeastern Syria", "Pentagon", "indirect"),
        quote("there was no indication that Turkey had deliberately targeted U.S. forces", "Pat Ryder",
              "indirect"),
        quote("the drone had not belonged to its armed forces", "Ministry of National Defense of Turkey",
              "indirect"),
        quote("legitimate target", "Hakan Fidan", "direct"),
        quote("that all infrastructure of the PKK and its Syrian affiliate, the YPG, in Iraq and Syria was now a "
              "\"legitimate target\" for Turkish forces", "Hakan Fidan", "indirect"),
        quote("Turkish strikes had killed at least nine people, including civilians, and hit oil facilities and "
              "power stations", "Syrian Democratic Forces", "indirect"),
    ],
    "entities": [
        entity("United States Armed Forces", "ORG", "USA", ["A U.S. F-16 fighter jet", "American troops",
                                                            "U.S. forces", "U.S. troops"]),
        entity("Turkish Armed Forces", "ORG", "TUR", ["an armed Turkish drone", "Turkish drones", "its armed forces",
                                                      "Turkish forces", "Turkish strikes"]),
        entity("Hasakah", "LOC", "SYR", ["Hasakah"]),
        entity("Syria", "GPE", "SYR", ["northeastern Syria", "Syria"]),
        entity("Pentagon", "ORG", "USA", ["the Pentagon"]),
        entity("Pat Ryder", "PER", "USA", ["Pentagon spokesman Pat Ryder"]),
        entity("Turkey", "GPE", "TUR", ["Turkey", "Ankara"]),
        entity("Syrian Democratic Forces", "ORG", "SYR",
               ["Kurdish militants", "The Kurdish-led Syrian Democratic Forces (SDF)"]),
        entity("Ministry of Interior of Turkey", "ORG", "TUR", ["the interior ministry"]),
        entity("Lloyd Austin", "PER", "USA", ["Defense Secretary Lloyd Austin"]),
        entity("Yasar Guler", "PER", "TUR", ["his Turkish counterpart Yasar Guler"]),
        entity("Ministry of National Defense of Turkey", "ORG", "TUR", ["Turkey's defense ministry"]),
        entity("Hakan Fidan", "PER", "TUR", ["Foreign Minister Hakan Fidan"]),
        entity("Kurdistan Workers' Party", "ORG", "TUR", ["the PKK"]),
        entity("People's Defense Units", "ORG", "SYR", ["its Syrian affiliate, the YPG"]),
        entity("Iraq", "GPE", "IRQ", ["Iraq"]),
        entity("Mazloum Abdi", "PER", "SYR", ["SDF commander Mazloum Abdi"]),
        entity("United States", "GPE", "USA", ["Washington"]),
    ],
}

# --- hm88-en-02 -------------------------------------------------------------------------------
FIJI = actor("Fiji", "FJI", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
RABUKA = actor("Sitiveni Rabuka", "FJI", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
PSE_MOFA = actor("Palestinian Ministry of Foreign Affairs", "PSE", "GOV")
ABOUL_GHEIT = actor("Ahmed Aboul Gheit", "IGO", "IGO")
INDONESIA = actor("Indonesia", "IDN", "GOV")
FJI_MUSLIMS = actor("Muslim groups in Fiji", "FJI", "CVL")

E2_S1 = ("Fiji opened an embassy in Jerusalem on Wednesday, becoming one of only a handful of countries to "
         "base their missions in the contested city.")
E2_S2 = ("Prime Minister Sitiveni Rabuka attended the ceremony alongside Israeli Prime Minister Benjamin "
         "Netanyahu, who called Fiji “a true friend of Israel.”")
E2_S3 = ("Rabuka, a devout Methodist, said the decision reflected the “spiritual ties” between Fijians and "
         "the Holy Land.")
E2_S4 = ("The Palestinian foreign ministry condemned the move as a “blatant violation of international law” "
         "and called on Suva to reverse it.")
E2_S5 = ("Arab League Secretary-General Ahmed Aboul Gheit said the step undermined the prospects of a "
         "two-state solution.")
E2_S6 = "Indonesia, home to the world's largest Muslim population, summoned Fiji's ambassador in Jakarta."
E2_S7 = "Netanyahu pledged to expand Israeli development assistance to Fiji, including water and farming projects."
E2_S8 = ("Several hundred members of Muslim groups protested outside parliament in the capital on Tuesday, "
         "demanding that the embassy plan be scrapped.")
E2_S9 = "Rabuka's government said the embassy would not be moved."

EN02 = {
    "id": "hm88-en-02", "lang": "en", "url": None, "published": "2025-09-17",
    "title": "Fiji opens embassy in Jerusalem, drawing Palestinian condemnation",
    "text": paragraphs([E2_S1, E2_S2, E2_S3], [E2_S4, E2_S5, E2_S6], [E2_S7, E2_S8, E2_S9]),
    "events": [
        event("SUPPORT", FIJI, ISRAEL, E2_S1, date="2025-09-17", location="Jerusalem", location_country="ISR"),
        event("CONSULT", RABUKA, NETANYAHU, E2_S2, mode="visit", date="2025-09-17", location="Jerusalem",
              location_country="ISR"),
        event("SUPPORT", NETANYAHU, FIJI, E2_S2, date="2025-09-17"),
        event("ACCUSE", PSE_MOFA, FIJI, E2_S4, mode="disapprove"),
        event("REQUEST", PSE_MOFA, FIJI, E2_S4),
        event("ACCUSE", ABOUL_GHEIT, FIJI, E2_S5, mode="disapprove"),
        event("ACCUSE", INDONESIA, FIJI, E2_S6, mode="disapprove", location="Jakarta", location_country="IDN"),
        event("AGREE", NETANYAHU, FIJI, E2_S7),
        event("PROTEST", FJI_MUSLIMS, FIJI, E2_S8, mode="demo", date="2025-09-16", location="Suva",
              location_country="FJI"),
        event("REJECT", FIJI, PSE_MOFA, E2_S9),
    ],
    "quotes": [
        quote("a true friend of Israel", "Benjamin Netanyahu", "direct"),
        quote("spiritual ties", "Sitiveni Rabuka", "direct"),
        quote("the decision reflected the “spiritual ties” between Fijians and the Holy Land", "Sitiveni Rabuka",
              "indirect"),
        quote("blatant violation of international law", "Palestinian Ministry of Foreign Affairs", "direct"),
        quote("the step undermined the prospects of a two-state solution", "Ahmed Aboul Gheit", "indirect"),
        quote("the embassy would not be moved", "Government of Fiji", "indirect"),
    ],
    "entities": [
        entity("Fiji", "GPE", "FJI", ["Fiji", "Suva"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem", "the contested city"]),
        entity("Sitiveni Rabuka", "PER", "FJI", ["Prime Minister Sitiveni Rabuka", "Rabuka"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Palestinian Ministry of Foreign Affairs", "ORG", "PSE", ["The Palestinian foreign ministry"]),
        entity("Ahmed Aboul Gheit", "PER", "IGO", ["Arab League Secretary-General Ahmed Aboul Gheit"]),
        entity("Arab League", "ORG", "IGO", ["Arab League"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesia"]),
        entity("Ambassador of Fiji to Indonesia", "PER", "FJI", ["Fiji's ambassador in Jakarta"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Muslim groups in Fiji", "ORG", "FJI", ["Several hundred members of Muslim groups"]),
        entity("Parliament of Fiji", "ORG", "FJI", ["parliament"]),
        entity("Suva", "LOC", "FJI", ["the capital"]),
        entity("Government of Fiji", "ORG", "FJI", ["Rabuka's government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
