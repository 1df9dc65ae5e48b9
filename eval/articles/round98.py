"""Round 98: six blind hand-made articles (4 German, 2 English), invented wire-style reports.

Stories:
- hm98-de-01: Israel revokes the accreditation of Norwegian diplomats to the Palestinian Authority (August 2024)
- hm98-de-02: the M23 take Bukavu, Burundian troops pull out (February 2025)
- hm98-de-03: US air strikes on the Houthi-held oil port of Ras Isa (April 2025)
- hm98-de-04: the Kunar earthquake, the Taliban ask for aid (September 2025)
- hm98-en-01: Qatar suspends its Gaza mediation (November 2024)
- hm98-en-02: the US to pull troops from Chad after N'Djamena's demand (April 2024)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm98-de-01 Israel / Norway
ISRAEL = actor("Israel", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
NORWAY = actor("Norway", "NOR", "GOV")
PALESTINE = actor("Palestine", "PSE", "GOV")
EIDE = actor("Espen Barth Eide", "NOR", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
STORE = actor("Jonas Gahr Støre", "NOR", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")

D1_1 = ("Israel hat acht norwegischen Diplomaten die Akkreditierung für ihre Arbeit bei der "
        "Palästinensischen Autonomiebehörde entzogen, wie Außenminister Israel Katz am Donnerstag mitteilte.")
D1_2 = ("Er warf Oslo vor, eine »anti-israelische Politik« zu betreiben und den Terror der Hamas zu "
        "belohnen.")
D1_3 = "Norwegen hatte im Mai einen palästinensischen Staat anerkannt."
D1_4 = ("Der norwegische Außenminister Espen Barth Eide nannte den Schritt »extrem« und kündigte eine "
        "Reaktion an.")
D1_5 = "»Das ist ein Angriff auf unsere Arbeit für die Palästinenser«, sagte er in Oslo."
D1_6 = ("Der EU-Außenbeauftragte Josep Borrell forderte Israel auf, die Entscheidung rückgängig zu "
        "machen.")
D1_7 = ("Palästinenserpräsident Mahmud Abbas dankte Norwegen in einem Telefonat mit Ministerpräsident Jonas "
        "Gahr Støre für seine Unterstützung.")
D1_8 = "Støre sagte zu, die Hilfe für die Palästinenser unvermindert fortzusetzen."
D1_9 = "Die Diplomaten arbeiten bislang von einem Büro in Tel Aviv aus."

DE_01 = {
    "id": "hm98-de-01", "lang": "de", "url": None, "published": "2024-08-08",
    "title": "Israel entzieht norwegischen Diplomaten die Akkreditierung",
    "text": paragraphs([D1_1, D1_2, D1_3], [D1_4, D1_5, D1_6], [D1_7, D1_8, D1_9]),
    "events": [
        event("SANCTION", ISRAEL, NORWAY, D1_1, mode="expel", date="2024-08-08"),
        event("ACCUSE", KATZ, NORWAY, D1_2, mode="disapprove"),
        event("SUPPORT", NORWAY, PALESTINE, D1_3),
        event("ACCUSE", EIDE, ISRAEL, D1_4, mode="disapprove"),
        event("THREATEN", EIDE, ISRAEL, D1_4),
        event("ACCUSE", EIDE, ISRAEL, D1_5, mode="disapprove", location="Oslo", location_country="NOR"),
        event("REQUEST", BORRELL, ISRAEL, D1_6, mode="change"),
        event("CONSULT", ABBAS, STORE, D1_7, mode="phone"),
        event("SUPPORT", ABBAS, NORWAY, D1_7),
        event("AGREE", STORE, PA, D1_8),
    ],
    "quotes": [
        quote("Israel hat acht norwegischen Diplomaten die Akkreditierung für ihre Arbeit bei der "
              "Palästinensischen Autonomiebehörde entzogen", "Israel Katz", "indirect"),
        quote("eine »anti-israelische Politik« zu betreiben und den Terror der Hamas zu belohnen", "Israel Katz",
              "indirect"),
        quote("anti-israelische Politik", "Israel Katz", "direct"),
        quote("extrem", "Espen Barth Eide", "direct"),
        quote("Das ist ein Angriff auf unsere Arbeit für die Palästinenser", "Espen Barth Eide", "direct"),
    ],
    "entities": [
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Norwegian diplomats", "PER", "NOR", ["acht norwegischen Diplomaten", "Die Diplomaten"]),
        entity("Palestinian Authority", "ORG", "PSE", ["der Palästinensischen Autonomiebehörde"]),
        entity("Israel Katz", "PER", "ISR", ["Außenminister Israel Katz", "Er"]),
        entity("Norway", "GPE", "NOR", ["Oslo", "Norwegen"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas"]),
        entity("Palestine", "GPE", "PSE", ["einen palästinensischen Staat"]),
        entity("Espen Barth Eide", "PER", "NOR", ["Der norwegische Außenminister Espen Barth Eide", "er"]),
        entity("Oslo", "LOC", "NOR", ["Oslo"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palästinenserpräsident Mahmud Abbas"]),
        entity("Jonas Gahr Støre", "PER", "NOR", ["Ministerpräsident Jonas Gahr Støre", "Støre"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
    ],
}

# ---------------------------------------------------------------- hm98-de-02 Bukavu
M23 = actor("M23", "COD", "REB")
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
BDI_ARMY = actor("Burundian army", "BDI", "MIL")
DRC_GOV = actor("Democratic Republic of the Congo", "COD", "GOV")
RWANDA = actor("Rwanda", "RWA", "GOV")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
AU = actor("African Union", "IGO", "IGO")
KANYUKA = actor("Lawrence Kanyuka", "COD", "REB")

D2_1 = ("Die Rebellengruppe M23 hat im Osten der Demokratischen Republik Kongo die Provinzhauptstadt "
        "Bukavu eingenommen.")
D2_2 = ("Kämpfer der Miliz seien am Sonntag ohne nennenswerten Widerstand in das Stadtzentrum vorgerückt "
        "und hätten den Sitz des Gouverneurs besetzt, berichteten Bewohner.")
D2_3 = "Die Regierungstruppen hatten sich bereits zuvor aus der Stadt zurückgezogen."
D2_4 = "Auch burundische Soldaten verließen nach Angaben örtlicher Behörden die Region."
D2_5 = ("Die Regierung in Kinshasa warf Ruanda vor, die Offensive mit eigenen Truppen zu führen, und "
        "sprach von einer »Kriegserklärung«.")
D2_6 = "Kigali bestreitet, die M23 militärisch zu unterstützen."
D2_7 = "Präsident Félix Tshisekedi ordnete die Mobilisierung von Reservisten an."
D2_8 = ("Die Afrikanische Union forderte die M23 bei einem Gipfel in Addis Abeba auf, die Waffen "
        "niederzulegen und sich zurückzuziehen.")
D2_9 = "Die Rebellen lehnten das ab."
D2_10 = ("M23-Sprecher Lawrence Kanyuka erklärte, man sei bereit zu direkten Gesprächen mit Kinshasa, "
         "»aber nicht unter Zwang«.")

DE_02 = {
    "id": "hm98-de-02", "lang": "de", "url": None, "published": "2025-02-17",
    "title": "M23-Rebellen nehmen Bukavu ein",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6, D2_7], [D2_8, D2_9, D2_10]),
    "events": [
        event("ASSAULT", M23, FARDC, D2_1, date="2025-02-16", location="Bukavu", location_country="COD"),
        event("ASSAULT", M23, FARDC, D2_2, date="2025-02-16", location="Bukavu", location_country="COD"),
        event("RETREAT", FARDC, None, D2_3, mode="withdraw", location="Bukavu", location_country="COD"),
        event("RETREAT", BDI_ARMY, None, D2_4, mode="withdraw"),
        event("ACCUSE", DRC_GOV, RWANDA, D2_5, mode="allege"),
        event("MOBILIZE", TSHISEKEDI, None, D2_7, mode="troops"),
        event("REQUEST", AU, M23, D2_8, mode="yield", location="Addis Ababa", location_country="ETH"),
        event("REJECT", M23, AU, D2_9, mode="yield"),
        event("AGREE", KANYUKA, DRC_GOV, D2_10),
    ],
    "quotes": [
        quote("Kämpfer der Miliz seien am Sonntag ohne nennenswerten Widerstand in das Stadtzentrum vorgerückt "
              "und hätten den Sitz des Gouverneurs besetzt", "Residents of Bukavu", "indirect"),
        quote("Auch burundische Soldaten verließen nach Angaben örtlicher Behörden die Region",
              "Local authorities", "indirect"),
        quote("die Offensive mit eigenen Truppen zu führen", "Democratic Republic of the Congo", "indirect"),
        quote("Kriegserklärung", "Democratic Republic of the Congo", "direct"),
        quote("man sei bereit zu direkten Gesprächen mit Kinshasa, »aber nicht unter Zwang«", "Lawrence Kanyuka",
              "indirect"),
        quote("aber nicht unter Zwang", "Lawrence Kanyuka", "direct"),
    ],
    "entities": [
        entity("M23", "ORG", "COD", ["Die Rebellengruppe M23", "Kämpfer der Miliz", "die M23", "Die Rebellen"]),
        entity("Democratic Republic of the Congo", "GPE", "COD",
               ["der Demokratischen Republik Kongo", "Die Regierung in Kinshasa", "Kinshasa"]),
        entity("Bukavu", "LOC", "COD", ["die Provinzhauptstadt Bukavu", "der Stadt"]),
        entity("Residents of Bukavu", "PER", "COD", ["Bewohner"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["Die Regierungstruppen"]),
        entity("Burundian army", "ORG", "BDI", ["burundische Soldaten"]),
        entity("Local authorities", "ORG", "COD", ["örtlicher Behörden"]),
        entity("Rwanda", "GPE", "RWA", ["Ruanda", "Kigali"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba"]),
        entity("Lawrence Kanyuka", "PER", "COD", ["M23-Sprecher Lawrence Kanyuka"]),
    ],
}

# ---------------------------------------------------------------- hm98-de-03 Ras Isa
US_MIL = actor("United States Armed Forces", "USA", "MIL")
CENTCOM = actor("United States Central Command (CENTCOM)", "USA", "MIL")
HOUTHIS = actor("Houthis", "YEM", "REB")
HOUTHI_HEALTH = actor("Spokesman of the Houthi-run Health Ministry", "YEM", "REB")
USA = actor("United States", "USA", "GOV")
BRUCE = actor("Tammy Bruce", "USA", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
IBY = actor("International Bank of Yemen", "YEM", "BUS")
ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")
ISRAEL_ = actor("Israel", "ISR", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")

D3_1 = ("Bei US-Luftangriffen auf den Ölhafen Ras Isa im Westen des Jemen sind nach Angaben der "
        "Huthi-Miliz mindestens 74 Menschen getötet worden.")
D3_2 = ("Die Angriffe hätten auch Hafenarbeiter und Sanitäter getroffen, sagte ein Sprecher des "
        "Gesundheitsministeriums in Sanaa.")
D3_3 = ("Das US-Zentralkommando (Centcom) bestätigte die Angriffe in der Nacht zum Freitag und erklärte, "
        "sie sollten der Miliz eine wichtige Einnahmequelle entziehen.")
D3_4 = ("Eine Sprecherin des Außenministeriums in Washington warf Iran vor, die Huthis weiterhin mit "
        "Waffen zu beliefern.")
D3_5 = "Das Finanzministerium verhängte zudem Sanktionen gegen die International Bank of Yemen."
D3_6 = "Die Huthis kündigten Vergeltung an."
D3_7 = "»Dieses Verbrechen wird nicht ohne Antwort bleiben«, sagte ihr Sprecher Mohammed Abdulsalam."
D3_8 = ("Wenige Stunden später feuerte die Miliz nach eigenen Angaben eine Rakete auf den Flughafen Ben "
        "Gurion bei Tel Aviv ab.")
D3_9 = "Die israelische Armee meldete, das Geschoss sei abgefangen worden."
D3_10 = "UN-Generalsekretär António Guterres rief Washington und die Huthis zur Zurückhaltung auf."

DE_03 = {
    "id": "hm98-de-03", "lang": "de", "url": None, "published": "2025-04-18",
    "title": "Dutzende Tote bei US-Angriffen auf jemenitischen Ölhafen",
    "text": paragraphs([D3_1, D3_2, D3_3], [D3_4, D3_5], [D3_6, D3_7, D3_8, D3_9, D3_10]),
    "events": [
        event("ASSAULT", US_MIL, HOUTHIS, D3_1, mode="aerial", date="2025-04-17", location="Ras Isa",
              location_country="YEM"),
        event("ACCUSE", HOUTHI_HEALTH, US_MIL, D3_2, mode="allege"),
        event("ASSAULT", CENTCOM, HOUTHIS, D3_3, mode="aerial", date="2025-04-17", location="Ras Isa",
              location_country="YEM"),
        event("ACCUSE", BRUCE, IRAN, D3_4, mode="allege"),
        event("SANCTION", TREASURY, IBY, D3_5),
        event("THREATEN", HOUTHIS, USA, D3_6, mode="violence"),
        event("THREATEN", ABDULSALAM, USA, D3_7, mode="violence"),
        event("ACCUSE", ABDULSALAM, USA, D3_7, mode="disapprove"),
        event("ASSAULT", HOUTHIS, ISRAEL_, D3_8, location="Ben Gurion Airport", location_country="ISR"),
        event("REQUEST", GUTERRES, USA, D3_10),
        event("REQUEST", GUTERRES, HOUTHIS, D3_10),
    ],
    "quotes": [
        quote("Bei US-Luftangriffen auf den Ölhafen Ras Isa im Westen des Jemen sind nach Angaben der "
              "Huthi-Miliz mindestens 74 Menschen getötet worden", "Houthis", "indirect"),
        quote("Die Angriffe hätten auch Hafenarbeiter und Sanitäter getroffen",
              "Spokesman of the Houthi-run Health Ministry", "indirect"),
        quote("sie sollten der Miliz eine wichtige Einnahmequelle entziehen",
              "United States Central Command (CENTCOM)", "indirect"),
        quote("die Huthis weiterhin mit Waffen zu beliefern", "Tammy Bruce", "indirect"),
        quote("Dieses Verbrechen wird nicht ohne Antwort bleiben", "Mohammed Abdulsalam", "direct"),
        quote("das Geschoss sei abgefangen worden", "Israel Defense Forces", "indirect"),
    ],
    "entities": [
        entity("Ras Isa", "LOC", "YEM", ["den Ölhafen Ras Isa"]),
        entity("Yemen", "GPE", "YEM", ["des Jemen"]),
        entity("Houthis", "ORG", "YEM", ["der Huthi-Miliz", "der Miliz", "die Huthis", "Die Huthis",
                                        "die Miliz", "ihr"]),
        entity("Spokesman of the Houthi-run Health Ministry", "PER", "YEM",
               ["ein Sprecher des Gesundheitsministeriums in Sanaa"]),
        entity("Sanaa", "LOC", "YEM", ["Sanaa"]),
        entity("United States Central Command (CENTCOM)", "ORG", "USA", ["Das US-Zentralkommando (Centcom)"]),
        entity("Tammy Bruce", "PER", "USA", ["Eine Sprecherin des Außenministeriums in Washington"]),
        entity("United States Department of State", "ORG", "USA", ["des Außenministeriums in Washington"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["Das Finanzministerium"]),
        entity("International Bank of Yemen", "ORG", "YEM", ["die International Bank of Yemen"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["ihr Sprecher Mohammed Abdulsalam"]),
        entity("Ben Gurion Airport", "LOC", "ISR", ["den Flughafen Ben Gurion bei Tel Aviv"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
    ],
}

# ---------------------------------------------------------------- hm98-de-04 Kunar earthquake
TALIBAN = actor("Taliban", "AFG", "GOV")
UN = actor("United Nations", "UNO", "IGO")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
AFGHANISTAN = actor("Afghanistan", "AFG", None)
INDIA = actor("India", "IND", "GOV")
JAISHANKAR = actor("Subrahmanyam Jaishankar", "IND", "GOV")
MUTTAQI = actor("Amir Khan Muttaqi", "AFG", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
UN_WOMEN = actor("UN Women", "UNO", "IGO")

D4_1 = "Nach dem schweren Erdbeben im Osten Afghanistans haben die Taliban die Vereinten Nationen um zusätzliche Hilfe gebeten."
D4_2 = ("Bei dem Beben der Stärke 6,0 in der Nacht zum Montag kamen in der Provinz Kunar nach "
        "Behördenangaben mehr als 1400 Menschen ums Leben.")
D4_3 = "»Wir brauchen dringend Zelte, Medikamente und Lebensmittel«, sagte Regierungssprecher Sabihullah Mudschahid."
D4_4 = ("Großbritannien sagte eine Million Pfund an Nothilfe zu, die über UN-Organisationen verteilt "
        "werden soll.")
D4_5 = ("Indien lieferte nach Angaben des Außenministeriums in Neu-Delhi bereits am Montag 1000 "
        "Familienzelte nach Kabul.")
D4_6 = ("Außenminister Subrahmanyam Jaishankar telefonierte zudem mit seinem Taliban-Kollegen Amir Khan "
        "Muttaqi.")
D4_7 = "Auch Pakistan schickte Lastwagen mit Hilfsgütern über den Grenzübergang Torkham."
D4_8 = ("Die Vereinten Nationen warnten, die Kürzung internationaler Hilfsgelder erschwere die "
        "Versorgung der Überlebenden.")
D4_9 = ("Die UN-Frauenorganisation forderte die Taliban auf, Helferinnen ungehinderten Zugang zu den "
        "betroffenen Dörfern zu gewähren.")
D4_10 = "Die Behörden in Kabul sagten zu, weibliche Helfer nicht zu behindern."

DE_04 = {
    "id": "hm98-de-04", "lang": "de", "url": None, "published": "2025-09-02",
    "title": "Nach Erdbeben in Afghanistan: Taliban bitten um Hilfe",
    "text": paragraphs([D4_1, D4_2, D4_3], [D4_4, D4_5, D4_6, D4_7], [D4_8, D4_9, D4_10]),
    "events": [
        event("REQUEST", TALIBAN, UN, D4_1, mode="assist"),
        event("REQUEST", MUJAHID, None, D4_3, mode="assist"),
        event("AGREE", UK, AFGHANISTAN, D4_4),
        event("AID", INDIA, AFGHANISTAN, D4_5, date="2025-09-01", location="Kabul", location_country="AFG"),
        event("CONSULT", JAISHANKAR, MUTTAQI, D4_6, mode="phone"),
        event("AID", PAKISTAN, AFGHANISTAN, D4_7, location="Torkham", location_country="AFG"),
        event("REQUEST", UN_WOMEN, TALIBAN, D4_9, mode="change"),
        event("AGREE", TALIBAN, UN_WOMEN, D4_10),
    ],
    "quotes": [
        quote("Bei dem Beben der Stärke 6,0 in der Nacht zum Montag kamen in der Provinz Kunar nach "
              "Behördenangaben mehr als 1400 Menschen ums Leben", "Taliban", "indirect"),
        quote("Wir brauchen dringend Zelte, Medikamente und Lebensmittel", "Zabihullah Mujahid", "direct"),
        quote("Indien lieferte nach Angaben des Außenministeriums in Neu-Delhi bereits am Montag 1000 "
              "Familienzelte nach Kabul", "Ministry of External Affairs of India", "indirect"),
        quote("die Kürzung internationaler Hilfsgelder erschwere die Versorgung der Überlebenden",
              "United Nations", "indirect"),
    ],
    "entities": [
        entity("Afghanistan", "GPE", "AFG", ["Afghanistans"]),
        entity("Taliban", "ORG", "AFG", ["die Taliban", "Die Behörden in Kabul"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen", "Die Vereinten Nationen"]),
        entity("Kunar", "LOC", "AFG", ["der Provinz Kunar"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Regierungssprecher Sabihullah Mudschahid"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["des Außenministeriums in Neu-Delhi"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Subrahmanyam Jaishankar", "PER", "IND", ["Außenminister Subrahmanyam Jaishankar"]),
        entity("Amir Khan Muttaqi", "PER", "AFG", ["seinem Taliban-Kollegen Amir Khan Muttaqi"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
        entity("Torkham", "LOC", "AFG", ["den Grenzübergang Torkham"]),
        entity("UN Women", "ORG", "UNO", ["Die UN-Frauenorganisation"]),
    ],
}

# ---------------------------------------------------------------- hm98-en-01 Qatar
QATAR = actor("Qatar", "QAT", "GOV")
QATAR_MFA = actor("Ministry of Foreign Affairs of Qatar", "QAT", "GOV")
ISRAEL_GOV = actor("Israel", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
USA_ = actor("United States", "USA", "GOV")
US_OFFICIAL = actor("Senior US official", "USA", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
ABDELATTY = actor("Badr Abdelatty", "EGY", "GOV")
QATAR_PM = actor("Mohammed bin Abdulrahman Al Thani", "QAT", "GOV")
FAMILIES = actor("Hostages and Missing Families Forum", "ISR", "CVL")

E1_1 = ("Qatar has suspended its efforts to mediate a ceasefire and hostage deal between Israel and Hamas, "
        "the Gulf state's foreign ministry said on Saturday.")
E1_2 = ("Spokesman Majed al-Ansari said Doha would resume its work “when the parties show their willingness "
        "and seriousness to end the brutal war”.")
E1_3 = "He dismissed reports that Qatar had ordered Hamas to close its political office in Doha as “inaccurate”."
E1_4 = ("Washington had urged Qatar in recent weeks to expel Hamas leaders after the group rejected a "
        "US-backed proposal for a short-term truce.")
E1_5 = "“Hamas has shown time and again that it is not interested in a deal,” a senior US official told reporters."
E1_6 = ("Hamas said it had not been asked to leave Qatar and accused Israeli Prime Minister Benjamin "
        "Netanyahu of sabotaging the talks.")
E1_7 = ("Egyptian Foreign Minister Badr Abdelatty spoke by phone with Qatar's Prime Minister Mohammed bin "
        "Abdulrahman Al Thani and pledged to keep working with Doha on a ceasefire.")
E1_8 = "In Tel Aviv, relatives of hostages called on Netanyahu to show more flexibility."

EN_01 = {
    "id": "hm98-en-01", "lang": "en", "url": None, "published": "2024-11-09",
    "title": "Qatar suspends Gaza mediation",
    "text": paragraphs([E1_1, E1_2, E1_3], [E1_4, E1_5], [E1_6, E1_7, E1_8]),
    "events": [
        event("SANCTION", QATAR, ISRAEL_GOV, E1_1, mode="discontinue", date="2024-11-09"),
        event("SANCTION", QATAR, HAMAS, E1_1, mode="discontinue", date="2024-11-09"),
        event("REQUEST", USA_, QATAR, E1_4, mode="change"),
        event("REJECT", HAMAS, USA_, E1_4),
        event("ACCUSE", US_OFFICIAL, HAMAS, E1_5, mode="disapprove"),
        event("REQUEST", QATAR, HAMAS, E1_6, negated=True),
        event("ACCUSE", HAMAS, NETANYAHU, E1_6, mode="allege"),
        event("CONSULT", ABDELATTY, QATAR_PM, E1_7, mode="phone"),
        event("AGREE", ABDELATTY, QATAR, E1_7),
        event("REQUEST", FAMILIES, NETANYAHU, E1_8, location="Tel Aviv", location_country="ISR"),
    ],
    "quotes": [
        quote("Qatar has suspended its efforts to mediate a ceasefire and hostage deal between Israel and Hamas",
              "Ministry of Foreign Affairs of Qatar", "indirect"),
        quote("Doha would resume its work “when the parties show their willingness and seriousness to end the "
              "brutal war”", "Majed al-Ansari", "indirect"),
        quote("when the parties show their willingness and seriousness to end the brutal war", "Majed al-Ansari",
              "direct"),
        quote("inaccurate", "Majed al-Ansari", "direct"),
        quote("Hamas has shown time and again that it is not interested in a deal", "Senior US official",
              "direct"),
        quote("it had not been asked to leave Qatar", "Hamas", "indirect"),
    ],
    "entities": [
        entity("Qatar", "GPE", "QAT", ["Qatar", "the Gulf state's", "Doha", "Qatar's"]),
        entity("Ministry of Foreign Affairs of Qatar", "ORG", "QAT", ["the Gulf state's foreign ministry"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Hamas", "ORG", "PSE", ["Hamas", "the group"]),
        entity("Majed al-Ansari", "PER", "QAT", ["Spokesman Majed al-Ansari", "He"]),
        entity("United States", "GPE", "USA", ["Washington", "US-backed"]),
        entity("Senior US official", "PER", "USA", ["a senior US official"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu"]),
        entity("Badr Abdelatty", "PER", "EGY", ["Egyptian Foreign Minister Badr Abdelatty"]),
        entity("Mohammed bin Abdulrahman Al Thani", "PER", "QAT",
               ["Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Hostages and Missing Families Forum", "ORG", "ISR", ["relatives of hostages"]),
    ],
}

# ---------------------------------------------------------------- hm98-en-02 Chad / US
USA2 = actor("United States", "USA", "GOV")
CHAD = actor("Chad", "TCD", "GOV")
AMINE = actor("Idriss Amine Ahmed", "TCD", "MIL")
RYDER = actor("Pat Ryder", "USA", "MIL")
CHAD_OFFICIAL = actor("Senior Chadian official", "TCD", "GOV")
NIGER = actor("Niger", "NER", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")

E2_1 = ("The United States will withdraw some of its roughly 100 troops from Chad after the country's air "
        "force chief demanded that they stop operating from a base near the capital N'Djamena, the Pentagon "
        "said on Thursday.")
E2_2 = ("Spokesman Pat Ryder said the move was temporary and that talks on security cooperation would "
        "resume after Chad's presidential election on May 6.")
E2_3 = ("In a letter to the US defence attaché, air force chief Idriss Amine Ahmed had questioned the legal "
        "basis for the American presence.")
E2_4 = ("He threatened to bar US personnel from the Adji Kossei air base if Washington did not present "
        "documents justifying their deployment.")
E2_5 = "“The Americans must respect our sovereignty,” a senior Chadian official told AFP."
E2_6 = "Neighbouring Niger's junta ended its military accord with Washington in March."
E2_7 = "Russian military instructors arrived in Niamey this month with an air defence system."
E2_8 = ("Secretary of State Antony Blinken said Washington would keep working with Chadian authorities "
        "on counterterrorism.")

EN_02 = {
    "id": "hm98-en-02", "lang": "en", "url": None, "published": "2024-04-26",
    "title": "US to pull some troops from Chad",
    "text": paragraphs([E2_1, E2_2], [E2_3, E2_4, E2_5], [E2_6, E2_7, E2_8]),
    "events": [
        event("CONCEDE", USA2, CHAD, E2_1, date="2024-04-25"),
        event("REQUEST", AMINE, USA2, E2_1, mode="change"),
        event("AGREE", RYDER, CHAD, E2_2),
        event("ACCUSE", AMINE, USA2, E2_3, mode="disapprove"),
        event("THREATEN", AMINE, USA2, E2_4, mode="restrict"),
        event("REQUEST", CHAD_OFFICIAL, USA2, E2_5, mode="change"),
        event("SANCTION", NIGER, USA2, E2_6, mode="discontinue"),
        event("AID", RUSSIA, NIGER, E2_7, location="Niamey", location_country="NER"),
        event("AGREE", BLINKEN, CHAD, E2_8),
    ],
    "quotes": [
        quote("The United States will withdraw some of its roughly 100 troops from Chad after the country's air "
              "force chief demanded that they stop operating from a base near the capital N'Djamena",
              "United States Department of Defense", "indirect"),
        quote("they stop operating from a base near the capital N'Djamena", "Idriss Amine Ahmed", "indirect"),
        quote("the move was temporary and that talks on security cooperation would resume after Chad's "
              "presidential election on May 6", "Pat Ryder", "indirect"),
        quote("The Americans must respect our sovereignty", "Senior Chadian official", "direct"),
        quote("Washington would keep working with Chadian authorities on counterterrorism", "Antony Blinken",
              "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "Washington", "The Americans"]),
        entity("Chad", "GPE", "TCD", ["Chad", "the country's", "Chad's", "Chadian authorities"]),
        entity("Idriss Amine Ahmed", "PER", "TCD",
               ["the country's air force chief", "air force chief Idriss Amine Ahmed", "He"]),
        entity("N'Djamena", "LOC", "TCD", ["the capital N'Djamena"]),
        entity("United States Department of Defense", "ORG", "USA", ["the Pentagon"]),
        entity("Pat Ryder", "PER", "USA", ["Spokesman Pat Ryder"]),
        entity("US defence attaché in Chad", "PER", "USA", ["the US defence attaché"]),
        entity("Adji Kossei air base", "LOC", "TCD", ["the Adji Kossei air base"]),
        entity("Senior Chadian official", "PER", "TCD", ["a senior Chadian official"]),
        entity("Agence France-Presse", "ORG", "FRA", ["AFP"]),
        entity("Niger", "GPE", "NER", ["Neighbouring Niger's junta"]),
        entity("Russian military instructors", "PER", "RUS", ["Russian military instructors"]),
        entity("Niamey", "LOC", "NER", ["Niamey"]),
        entity("Antony Blinken", "PER", "USA", ["Secretary of State Antony Blinken"]),
    ],
}

ARTICLES = [DE_01, DE_02, DE_03, DE_04, EN_01, EN_02]
