"""Round 87: six hand-made blind articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2023-2025 settings):
- hm87-de-01: Myanmar's junta bombs a gathering in Pazigyi (Sagaing), April 2023
- hm87-de-02: Israeli troops fire on Lebanese returning to the south after the withdrawal deadline, January 2025
- hm87-de-03: Cambodian court sentences opposition leader Kem Sokha to 27 years, March 2023
- hm87-de-04: an Egyptian policeman kills three Israeli soldiers at the border, June 2023
- hm87-en-01: militants kill 23 soldiers in Daraban, Pakistan summons the Afghan envoy, December 2023
- hm87-en-02: Houthis and Yemen's government begin a prisoner exchange, April 2023
"""
from annotate import actor, entity, event, paragraphs, quote

# --- hm87-de-01 -------------------------------------------------------------------------------
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
PAZIGYI = actor("residents of Pazigyi", "MMR", "CVL")
PDF = actor("People's Defence Force", "MMR", "REB")
NUG = actor("National Unity Government", "MMR", "OPP")
GUTERRES = actor("António Guterres", "UNO", "IGO")
USA = actor("United States", "USA", "GOV")
ASEAN = actor("ASEAN", "IGO", "IGO")

D1_S1 = ("Bei einem Luftangriff der Militärjunta auf das Dorf Pazigyi in der Region Sagaing sind am Dienstag "
         "Dutzende Menschen getötet worden, darunter Frauen und Kinder.")
D1_S2 = ("Kampfjets und ein Hubschrauber griffen am Morgen eine Versammlung zur Eröffnung eines Büros der "
         "Schattenregierung an.")
D1_S3 = ("Ein Sprecher der Junta bestätigte den Angriff und erklärte, das Ziel seien Kämpfer der sogenannten "
         "Volksverteidigungskräfte (PDF) gewesen.")
D1_S4 = ("Die Nationale Einheitsregierung (NUG) im Untergrund sprach von einem »Kriegsverbrechen« und warf den "
         "Generälen vor, gezielt Zivilisten zu töten.")
D1_S5 = ("UN-Generalsekretär António Guterres verurteilte den Angriff scharf und forderte, die Verantwortlichen "
         "zur Rechenschaft zu ziehen.")
D1_S6 = ("Auch Washington zeigte sich »zutiefst besorgt« und rief das Regime auf, die Gewalt gegen die "
         "Bevölkerung sofort zu beenden.")
D1_S7 = "Das Militär hatte im Februar 2021 die gewählte Regierung von Aung San Suu Kyi gestürzt."
D1_S8 = "Seitdem haben sich in vielen Landesteilen bewaffnete Widerstandsgruppen gebildet."
D1_S9 = ("Die Vereinigung südostasiatischer Staaten (ASEAN) kündigte an, ihre Sondergesandte werde in den "
         "kommenden Wochen erneut nach Naypyidaw reisen.")

DE01 = {
    "id": "hm87-de-01", "lang": "de", "url": None, "published": "2023-04-12",
    "title": "Dutzende Tote bei Luftangriff der Junta in Myanmar",
    "text": paragraphs([D1_S1, D1_S2, D1_S3], [D1_S4, D1_S5, D1_S6], [D1_S7, D1_S8, D1_S9]),
    "events": [
        event("ASSAULT", MMR_MIL, PAZIGYI, D1_S1, mode="aerial", date="2023-04-11", location="Pazigyi",
              location_country="MMR"),
        event("ASSAULT", MMR_MIL, PAZIGYI, D1_S2, mode="aerial", date="2023-04-11", location="Pazigyi",
              location_country="MMR"),
        event("ASSAULT", MMR_MIL, PDF, D1_S3, mode="aerial", date="2023-04-11", location="Pazigyi",
              location_country="MMR"),
        event("ACCUSE", NUG, MMR_MIL, D1_S4, mode="allege"),
        event("ACCUSE", GUTERRES, MMR_MIL, D1_S5, mode="disapprove"),
        event("REQUEST", GUTERRES, None, D1_S5),
        event("REQUEST", USA, MMR_MIL, D1_S6),
        event("AGREE", ASEAN, MMR_MIL, D1_S9),
    ],
    "quotes": [
        quote("das Ziel seien Kämpfer der sogenannten Volksverteidigungskräfte (PDF) gewesen", "Zaw Min Tun",
              "indirect"),
        quote("Kriegsverbrechen", "National Unity Government", "direct"),
        quote("gezielt Zivilisten zu töten", "National Unity Government", "indirect"),
        quote("zutiefst besorgt", "United States", "direct"),
        quote("ihre Sondergesandte werde in den kommenden Wochen erneut nach Naypyidaw reisen", "ASEAN",
              "indirect"),
    ],
    "entities": [
        entity("Myanmar military", "ORG", "MMR",
               ["der Militärjunta", "der Junta", "den Generälen", "das Regime", "Das Militär"]),
        entity("Pazigyi", "LOC", "MMR", ["das Dorf Pazigyi"]),
        entity("Sagaing Region", "LOC", "MMR", ["der Region Sagaing"]),
        entity("National Unity Government", "ORG", "MMR",
               ["der Schattenregierung", "Die Nationale Einheitsregierung (NUG)"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Ein Sprecher der Junta"]),
        entity("People's Defence Force", "ORG", "MMR", ["Kämpfer der sogenannten Volksverteidigungskräfte (PDF)"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Aung San Suu Kyi", "PER", "MMR", ["Aung San Suu Kyi"]),
        entity("ASEAN", "ORG", "IGO", ["Die Vereinigung südostasiatischer Staaten (ASEAN)"]),
        entity("Naypyidaw", "LOC", "MMR", ["Naypyidaw"]),
    ],
}

# --- hm87-de-02 -------------------------------------------------------------------------------
IDF = actor("Israel Defense Forces", "ISR", "MIL")
LBN_RES = actor("residents of southern Lebanon", "LBN", "CVL")
SUSPECTS = actor("suspects", "LBN", None)
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
AOUN = actor("Joseph Aoun", "LBN", "GOV")
FRA = actor("France", "FRA", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
LEBANON = actor("Lebanon", "LBN", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")

D2_S1 = ("Israelische Soldaten haben im Südlibanon am Sonntag das Feuer auf Menschen eröffnet, die in ihre "
         "Dörfer zurückkehren wollten.")
D2_S2 = ("Mindestens 22 Menschen seien getötet und 124 verletzt worden, teilte das Gesundheitsministerium in "
         "Beirut mit.")
D2_S3 = ("Die israelische Armee erklärte, ihre Soldaten hätten auf »Verdächtige« geschossen, die sich den "
         "Truppen genähert hätten.")
D2_S4 = ("Nach der Waffenruhe vom November hätte sich Israel bis Sonntag vollständig aus dem Südlibanon "
         "zurückziehen müssen.")
D2_S5 = ("Die Regierung von Ministerpräsident Benjamin Netanjahu hatte jedoch erklärt, die Truppen würden über "
         "die Frist hinaus bleiben, da die libanesische Armee ihre Zusagen nicht erfüllt habe.")
D2_S6 = ("Präsident Joseph Aoun forderte die USA und Frankreich als Garanten der Vereinbarung auf, Israel zum "
         "Abzug zu drängen.")
D2_S7 = "Die libanesische Armee rückte derweil in mehrere Ortschaften nahe der Grenze ein."
D2_S8 = ("Am Abend teilte das Weiße Haus mit, Israel und der Libanon hätten sich darauf verständigt, die Frist "
         "bis zum 18. Februar zu verlängern.")
D2_S9 = ("Die Hisbollah drohte, sie werde einen Verbleib israelischer Truppen »nicht hinnehmen« und notfalls "
         "als Besatzung bekämpfen.")

DE02 = {
    "id": "hm87-de-02", "lang": "de", "url": None, "published": "2025-01-27",
    "title": "Israelische Soldaten schießen auf Rückkehrer im Südlibanon",
    "text": paragraphs([D2_S1, D2_S2, D2_S3], [D2_S4, D2_S5, D2_S6, D2_S7], [D2_S8, D2_S9]),
    "events": [
        event("ASSAULT", IDF, LBN_RES, D2_S1, date="2025-01-26", location="southern Lebanon",
              location_country="LBN"),
        event("ASSAULT", IDF, SUSPECTS, D2_S3, date="2025-01-26", location="southern Lebanon",
              location_country="LBN"),
        event("ACCUSE", ISR_GOV, LAF, D2_S5, mode="allege"),
        event("REQUEST", AOUN, USA, D2_S6),
        event("REQUEST", AOUN, FRA, D2_S6),
        event("MOBILIZE", LAF, None, D2_S7, date="2025-01-26", location="southern Lebanon",
              location_country="LBN"),
        event("AGREE", ISRAEL, LEBANON, D2_S8, date="2025-01-26"),
        event("THREATEN", HEZBOLLAH, ISRAEL, D2_S9),
    ],
    "quotes": [
        quote("Mindestens 22 Menschen seien getötet und 124 verletzt worden", "Lebanese Ministry of Public Health",
              "indirect"),
        quote("Verdächtige", "Israel Defense Forces", "direct"),
        quote("ihre Soldaten hätten auf »Verdächtige« geschossen, die sich den Truppen genähert hätten",
              "Israel Defense Forces", "indirect"),
        quote("die Truppen würden über die Frist hinaus bleiben, da die libanesische Armee ihre Zusagen nicht "
              "erfüllt habe", "Government of Israel", "indirect"),
        quote("Israel und der Libanon hätten sich darauf verständigt, die Frist bis zum 18. Februar zu "
              "verlängern", "White House", "indirect"),
        quote("nicht hinnehmen", "Hezbollah", "direct"),
        quote("sie werde einen Verbleib israelischer Truppen »nicht hinnehmen« und notfalls als Besatzung "
              "bekämpfen", "Hezbollah", "indirect"),
    ],
    "entities": [
        entity("Israel Defense Forces", "ORG", "ISR", ["Israelische Soldaten", "Die israelische Armee", "ihre Soldaten"]),
        entity("southern Lebanon", "LOC", "LBN", ["Südlibanon"]),
        entity("Lebanese Ministry of Public Health", "ORG", "LBN", ["das Gesundheitsministerium in Beirut"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Government of Israel", "ORG", "ISR", ["Die Regierung von Ministerpräsident Benjamin Netanjahu"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["die libanesische Armee", "Die libanesische Armee"]),
        entity("Joseph Aoun", "PER", "LBN", ["Präsident Joseph Aoun"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("White House", "ORG", "USA", ["das Weiße Haus"]),
        entity("Lebanon", "GPE", "LBN", ["der Libanon"]),
        entity("Hezbollah", "ORG", "LBN", ["Die Hisbollah", "sie"]),
    ],
}

# --- hm87-de-03 -------------------------------------------------------------------------------
KH_COURT = actor("Phnom Penh Municipal Court", "KHM", "JUD")
KEM_SOKHA = actor("Kem Sokha", "KHM", "OPP")
US_EMB = actor("US Embassy in Phnom Penh", "USA", "GOV")
HUN_SEN = actor("Hun Sen", "KHM", "GOV")
EU = actor("European Union", "EUR", "IGO")
KH_OPP = actor("Cambodian opposition", "KHM", "OPP")

D3_S1 = ("Ein Gericht in Kambodscha hat den Oppositionspolitiker Kem Sokha am Freitag wegen Landesverrats zu "
         "27 Jahren Haft verurteilt.")
D3_S2 = "Der 69-Jährige muss die Strafe im Hausarrest verbüßen."
D3_S3 = "Zudem darf er nie wieder wählen oder für ein politisches Amt kandidieren."
D3_S4 = ("Die Richter sahen es als erwiesen an, dass Kem Sokha mit Hilfe der USA einen Umsturz geplant habe.")
D3_S5 = "Seine Verteidiger wiesen die Vorwürfe als »politisch motiviert« zurück."
D3_S6 = ("Die US-Botschaft in Phnom Penh nannte das Urteil einen »Justizirrtum« und forderte die Regierung von "
         "Ministerpräsident Hun Sen auf, Kem Sokha freizulassen.")
D3_S7 = "Auch die Europäische Union verurteilte den Schuldspruch."
D3_S8 = ("Hun Sen warf der Opposition am Abend vor, mit ausländischer Hilfe das Land destabilisieren zu wollen.")
D3_S9 = "»Niemand steht über dem Gesetz«, sagte er in einer Rede in Phnom Penh."
D3_S10 = "Eine Begnadigung Kem Sokhas schloss er aus."

DE03 = {
    "id": "hm87-de-03", "lang": "de", "url": None, "published": "2023-03-03",
    "title": "Kambodschas Oppositionsführer Kem Sokha zu 27 Jahren verurteilt",
    "text": paragraphs([D3_S1, D3_S2, D3_S3, D3_S4], [D3_S5, D3_S6, D3_S7], [D3_S8, D3_S9, D3_S10]),
    "events": [
        event("SANCTION", KH_COURT, KEM_SOKHA, D3_S1, mode="convict", date="2023-03-03"),
        event("COERCE", KH_COURT, KEM_SOKHA, D3_S2, mode="arrest"),
        event("COERCE", KH_COURT, KEM_SOKHA, D3_S3, mode="ban"),
        event("ACCUSE", KH_COURT, KEM_SOKHA, D3_S4, mode="allege"),
        event("ACCUSE", US_EMB, KH_COURT, D3_S6, mode="disapprove"),
        event("REQUEST", US_EMB, HUN_SEN, D3_S6),
        event("ACCUSE", EU, KH_COURT, D3_S7, mode="disapprove"),
        event("ACCUSE", HUN_SEN, KH_OPP, D3_S8, mode="allege", date="2023-03-03"),
        event("REJECT", HUN_SEN, US_EMB, D3_S10),
    ],
    "quotes": [
        quote("dass Kem Sokha mit Hilfe der USA einen Umsturz geplant habe", "Phnom Penh Municipal Court",
              "indirect"),
        quote("politisch motiviert", "Kem Sokha's lawyers", "direct"),
        quote("Justizirrtum", "US Embassy in Phnom Penh", "direct"),
        quote("mit ausländischer Hilfe das Land destabilisieren zu wollen", "Hun Sen", "indirect"),
        quote("Niemand steht über dem Gesetz", "Hun Sen", "direct"),
    ],
    "entities": [
        entity("Phnom Penh Municipal Court", "ORG", "KHM", ["Ein Gericht in Kambodscha", "Die Richter"]),
        entity("Cambodia", "GPE", "KHM", ["Kambodscha"]),
        entity("Kem Sokha", "PER", "KHM",
               ["den Oppositionspolitiker Kem Sokha", "Der 69-Jährige", "er", "Kem Sokha", "Kem Sokhas"]),
        entity("United States", "GPE", "USA", ["der USA"]),
        entity("Kem Sokha's lawyers", "PER", "KHM", ["Seine Verteidiger"]),
        entity("US Embassy in Phnom Penh", "ORG", "USA", ["Die US-Botschaft in Phnom Penh"]),
        entity("Hun Sen", "PER", "KHM", ["Ministerpräsident Hun Sen", "Hun Sen", "er"]),
        entity("Government of Cambodia", "ORG", "KHM", ["die Regierung von Ministerpräsident Hun Sen"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Cambodian opposition", "ORG", "KHM", ["der Opposition"]),
        entity("Phnom Penh", "LOC", "KHM", ["Phnom Penh"]),
    ],
}

# --- hm87-de-04 -------------------------------------------------------------------------------
EGY_COP = actor("Egyptian policeman", "EGY", "COP")
GALLANT = actor("Yoav Gallant", "ISR", "GOV")
ZAKI = actor("Mohamed Zaki", "EGY", "GOV")
EGYPT = actor("Egypt", "EGY", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")

D4_S1 = ("Ein ägyptischer Polizist hat am Samstag an der Grenze zu Israel nahe Nitzana drei israelische "
         "Soldaten erschossen.")
D4_S2 = ("Die israelische Armee teilte mit, der Mann sei durch ein Notfalltor im Grenzzaun eingedrungen und "
         "nach einem stundenlangen Feuergefecht getötet worden.")
D4_S3 = "Zwei der Soldaten waren bereits am frühen Morgen an einem Wachposten tot aufgefunden worden."
D4_S4 = ("Verteidigungsminister Joav Galant telefonierte noch am Abend mit seinem ägyptischen Amtskollegen "
         "Mohamed Zaki.")
D4_S5 = "Dabei verlangte er eine umfassende gemeinsame Untersuchung des Vorfalls."
D4_S6 = "Kairo sagte volle Kooperation zu."
D4_S7 = ("Die ägyptische Armee erklärte, der Polizist habe Drogenschmuggler verfolgt und dabei die "
         "Grenzlinie überschritten.")
D4_S8 = ("„Wir bedauern den Verlust von Menschenleben auf beiden Seiten“, hieß es in einer Erklärung des "
         "Militärsprechers.")
D4_S9 = ("Ministerpräsident Benjamin Netanjahu sprach von einem „schweren Vorfall“ und telefonierte am Sonntag "
         "mit Präsident Abdel Fattah al-Sisi.")
D4_S10 = "Israel übergab die Leiche des Polizisten am Sonntag an Ägypten."

DE04 = {
    "id": "hm87-de-04", "lang": "de", "url": None, "published": "2023-06-04",
    "title": "Ägyptischer Polizist tötet drei israelische Soldaten",
    "text": paragraphs([D4_S1, D4_S2, D4_S3], [D4_S4, D4_S5, D4_S6, D4_S7, D4_S8], [D4_S9, D4_S10]),
    "events": [
        event("ASSAULT", EGY_COP, IDF, D4_S1, date="2023-06-03", location="Nitzana", location_country="ISR"),
        event("ACCUSE", IDF, EGY_COP, D4_S2, mode="allege"),
        event("ASSAULT", IDF, EGY_COP, D4_S2, date="2023-06-03"),
        event("CONSULT", GALLANT, ZAKI, D4_S4, mode="phone", date="2023-06-03"),
        event("REQUEST", GALLANT, ZAKI, D4_S5, date="2023-06-03"),
        event("AGREE", EGYPT, ISRAEL, D4_S6),
        event("CONSULT", NETANYAHU, SISI, D4_S9, mode="phone", date="2023-06-04"),
        event("COOPERATE", ISRAEL, EGYPT, D4_S10, date="2023-06-04"),
    ],
    "quotes": [
        quote("der Mann sei durch ein Notfalltor im Grenzzaun eingedrungen und nach einem stundenlangen "
              "Feuergefecht getötet worden", "Israel Defense Forces", "indirect"),
        quote("der Polizist habe Drogenschmuggler verfolgt und dabei die Grenzlinie überschritten",
              "Egyptian Armed Forces", "indirect"),
        quote("Wir bedauern den Verlust von Menschenleben auf beiden Seiten", "Gharib Abdel Hafez", "direct"),
        quote("schweren Vorfall", "Benjamin Netanyahu", "direct"),
    ],
    "entities": [
        entity("Egyptian policeman", "PER", "EGY", ["Ein ägyptischer Polizist", "der Mann", "der Polizist",
                                                    "des Polizisten"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Nitzana", "LOC", "ISR", ["Nitzana"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["drei israelische Soldaten", "Die israelische Armee",
                                                       "Zwei der Soldaten"]),
        entity("Yoav Gallant", "PER", "ISR", ["Verteidigungsminister Joav Galant", "er"]),
        entity("Mohamed Zaki", "PER", "EGY", ["seinem ägyptischen Amtskollegen Mohamed Zaki"]),
        entity("Egypt", "GPE", "EGY", ["Kairo", "Ägypten"]),
        entity("Egyptian Armed Forces", "ORG", "EGY", ["Die ägyptische Armee"]),
        entity("Gharib Abdel Hafez", "PER", "EGY", ["des Militärsprechers"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Präsident Abdel Fattah al-Sisi"]),
    ],
}

# --- hm87-en-01 -------------------------------------------------------------------------------
TJP = actor("Tehreek-e-Jihad Pakistan", "PAK", "REB")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")
PAK_MOFA = actor("Ministry of Foreign Affairs of Pakistan", "PAK", "GOV")
TALIBAN = actor("Taliban", "AFG", "GOV")
KAKAR = actor("Anwaar-ul-Haq Kakar", "PAK", "GOV")
CHINA = actor("China", "CHN", "GOV")
PAK_POLICE = actor("Khyber Pakhtunkhwa Police", "PAK", "COP")

E1_S1 = ("A suicide bomber rammed an explosives-laden truck into a police station used by the army in Daraban "
         "in Pakistan's northwestern Khyber Pakhtunkhwa province early on Tuesday, and gunmen then opened "
         "fire, killing 23 soldiers.")
E1_S2 = ("Tehreek-e-Jihad Pakistan (TJP), a little-known group believed to be linked to the Pakistani "
         "Taliban, claimed responsibility for the attack.")
E1_S3 = "The army said all six attackers were killed in an exchange of fire."
E1_S4 = ("Pakistan's foreign ministry summoned the Afghan charge d'affaires in Islamabad to lodge a strong "
         "protest and demanded that the Taliban government hand over the perpetrators.")
E1_S5 = ("Caretaker Prime Minister Anwaar-ul-Haq Kakar said the attack had been planned from Afghan soil and "
         "warned that Pakistan would \"respond with full force\" if Kabul failed to act.")
E1_S6 = ("A Taliban spokesman, Zabihullah Mujahid, rejected the accusation and said Afghanistan would not allow "
         "its territory to be used against any country.")
E1_S7 = "The United States and China both condemned the attack."
E1_S8 = "No arrests of suspected accomplices have been made so far, police said."

EN01 = {
    "id": "hm87-en-01", "lang": "en", "url": None, "published": "2023-12-12",
    "title": "Pakistan summons Afghan envoy after militants kill 23 soldiers",
    "text": paragraphs([E1_S1, E1_S2, E1_S3], [E1_S4, E1_S5, E1_S6], [E1_S7, E1_S8]),
    "events": [
        event("ASSAULT", TJP, PAK_ARMY, E1_S2, date="2023-12-12", location="Daraban", location_country="PAK"),
        event("ASSAULT", PAK_ARMY, TJP, E1_S3, date="2023-12-12", location="Daraban", location_country="PAK"),
        event("ACCUSE", PAK_MOFA, TALIBAN, E1_S4, mode="disapprove"),
        event("REQUEST", PAK_MOFA, TALIBAN, E1_S4),
        event("ACCUSE", KAKAR, TALIBAN, E1_S5, mode="allege"),
        event("THREATEN", KAKAR, TALIBAN, E1_S5),
        event("ACCUSE", USA, TJP, E1_S7, mode="disapprove"),
        event("ACCUSE", CHINA, TJP, E1_S7, mode="disapprove"),
        event("COERCE", PAK_POLICE, None, E1_S8, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("all six attackers were killed in an exchange of fire", "Pakistan Army", "indirect"),
        quote("that the Taliban government hand over the perpetrators", "Ministry of Foreign Affairs of Pakistan",
              "indirect"),
        quote("the attack had been planned from Afghan soil", "Anwaar-ul-Haq Kakar", "indirect"),
        quote("respond with full force", "Anwaar-ul-Haq Kakar", "direct"),
        quote("that Pakistan would \"respond with full force\" if Kabul failed to act", "Anwaar-ul-Haq Kakar",
              "indirect"),
        quote("Afghanistan would not allow its territory to be used against any country", "Zabihullah Mujahid",
              "indirect"),
        quote("No arrests of suspected accomplices have been made so far", "Khyber Pakhtunkhwa Police",
              "indirect"),
    ],
    "entities": [
        entity("Daraban", "LOC", "PAK", ["Daraban"]),
        entity("Khyber Pakhtunkhwa", "LOC", "PAK", ["Pakistan's northwestern Khyber Pakhtunkhwa province"]),
        entity("Pakistan Army", "ORG", "PAK", ["the army", "The army", "23 soldiers"]),
        entity("Tehreek-e-Jihad Pakistan", "ORG", "PAK",
               ["Tehreek-e-Jihad Pakistan (TJP)", "a little-known group", "all six attackers"]),
        entity("Tehreek-e-Taliban Pakistan", "ORG", "PAK", ["the Pakistani Taliban"]),
        entity("Ministry of Foreign Affairs of Pakistan", "ORG", "PAK", ["Pakistan's foreign ministry"]),
        entity("Afghan charge d'affaires in Islamabad", "PER", "AFG", ["the Afghan charge d'affaires in Islamabad"]),
        entity("Taliban", "ORG", "AFG", ["the Taliban government", "Kabul"]),
        entity("Anwaar-ul-Haq Kakar", "PER", "PAK", ["Caretaker Prime Minister Anwaar-ul-Haq Kakar"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["A Taliban spokesman, Zabihullah Mujahid"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("United States", "GPE", "USA", ["The United States"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Khyber Pakhtunkhwa Police", "ORG", "PAK", ["police"]),
    ],
}

# --- hm87-en-02 -------------------------------------------------------------------------------
HOUTHIS = actor("Houthis", "YEM", "REB")
YEM_GOV = actor("Government of Yemen", "YEM", "GOV")
ICRC = actor("International Committee of the Red Cross", "NGO", "NGO")
DETAINEES = actor("Yemeni detainees", "YEM", "CVL")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
GRUNDBERG = actor("Hans Grundberg", "UNO", "IGO")
AL_JABER = actor("Mohammed Al Jaber", "SAU", "GOV")
MURTADA = actor("Abdulqader al-Murtada", "YEM", "REB")

E2_S1 = ("Yemen's Houthi rebels and the Saudi-backed government began freeing nearly 900 prisoners on Friday "
         "in one of the largest exchanges of the eight-year war, the International Committee of the Red Cross "
         "(ICRC) said.")
E2_S2 = "ICRC aircraft flew the first detainees between Sanaa and the government-held city of Aden."
E2_S3 = ("Saudi Arabia handed over 104 Houthi fighters, while the Houthis freed 16 Saudi nationals, according "
         "to the ICRC.")
E2_S4 = ("The Houthis and the government agreed on the swap last month at UN-sponsored talks in Switzerland.")
E2_S5 = ("UN envoy Hans Grundberg urged both sides to \"build on this momentum\" and release all remaining "
         "detainees.")
E2_S6 = ("Saudi ambassador Mohammed Al Jaber held talks with Houthi leaders in Sanaa earlier this week on a "
         "wider ceasefire.")
E2_S7 = ("Houthi negotiator Abdulqader al-Murtada said the group was ready for \"an all-for-all exchange\" but "
         "accused the government of withholding the names of some detainees.")
E2_S8 = "A UN-brokered truce expired in October, but large-scale fighting has not resumed since."

EN02 = {
    "id": "hm87-en-02", "lang": "en", "url": None, "published": "2023-04-14",
    "title": "Yemen's warring parties begin exchange of nearly 900 prisoners",
    "text": paragraphs([E2_S1, E2_S2, E2_S3], [E2_S4, E2_S5, E2_S6], [E2_S7, E2_S8]),
    "events": [
        event("RETREAT", HOUTHIS, YEM_GOV, E2_S1, mode="release", date="2023-04-14"),
        event("RETREAT", YEM_GOV, HOUTHIS, E2_S1, mode="release", date="2023-04-14"),
        event("AID", ICRC, DETAINEES, E2_S2, date="2023-04-14"),
        event("RETREAT", SAUDI, HOUTHIS, E2_S3, mode="release", date="2023-04-14"),
        event("RETREAT", HOUTHIS, SAUDI, E2_S3, mode="release", date="2023-04-14"),
        event("AGREE", HOUTHIS, YEM_GOV, E2_S4, location="Switzerland", location_country="CHE"),
        event("REQUEST", GRUNDBERG, HOUTHIS, E2_S5),
        event("REQUEST", GRUNDBERG, YEM_GOV, E2_S5),
        event("CONSULT", AL_JABER, HOUTHIS, E2_S6, mode="visit", location="Sanaa", location_country="YEM"),
        event("AGREE", MURTADA, YEM_GOV, E2_S7),
        event("ACCUSE", MURTADA, YEM_GOV, E2_S7, mode="allege"),
    ],
    "quotes": [
        quote("Yemen's Houthi rebels and the Saudi-backed government began freeing nearly 900 prisoners on "
              "Friday in one of the largest exchanges of the eight-year war",
              "International Committee of the Red Cross", "indirect"),
        quote("Saudi Arabia handed over 104 Houthi fighters, while the Houthis freed 16 Saudi nationals",
              "International Committee of the Red Cross", "indirect"),
        quote("build on this momentum", "Hans Grundberg", "direct"),
        quote("an all-for-all exchange", "Abdulqader al-Murtada", "direct"),
        quote("the group was ready for \"an all-for-all exchange\"", "Abdulqader al-Murtada", "indirect"),
    ],
    "entities": [
        entity("Houthis", "ORG", "YEM", ["Yemen's Houthi rebels", "the Houthis", "The Houthis", "Houthi leaders",
                                         "the group"]),
        entity("Government of Yemen", "ORG", "YEM", ["the Saudi-backed government", "the government"]),
        entity("International Committee of the Red Cross", "ORG", "NGO",
               ["the International Committee of the Red Cross (ICRC)", "ICRC", "the ICRC"]),
        entity("Sanaa", "LOC", "YEM", ["Sanaa"]),
        entity("Aden", "LOC", "YEM", ["the government-held city of Aden"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
        entity("Switzerland", "GPE", "CHE", ["Switzerland"]),
        entity("Hans Grundberg", "PER", "UNO", ["UN envoy Hans Grundberg"]),
        entity("Mohammed Al Jaber", "PER", "SAU", ["Saudi ambassador Mohammed Al Jaber"]),
        entity("Abdulqader al-Murtada", "PER", "YEM", ["Houthi negotiator Abdulqader al-Murtada"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
