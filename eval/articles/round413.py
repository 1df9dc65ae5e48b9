"""Round 413: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm413-de-01: Lebanon: Lebanese Forces official Pascal Sleiman abducted and killed, the army arrests seven Syrians and speaks of a car-theft gang, Geagea blames Hezbollah's arms, Nasrallah denies and appeals for calm, road blockades and attacks on Syrians, army reinforcements, Mikati's appeal and Mawlawi's warning to Syrians without papers (2024-04-09).
- hm413-de-02: Bahrain/Qatar: Manama and Doha agree at the GCC secretariat in Riyadh to restore diplomatic relations; talks between Abdullah bin Ahmed Al Khalifa and Ahmed al-Hammadi, Albudaiwi and Riyadh welcome it, the 2017 boycott and its accusations, the fishermen and airspace disputes, the January phone call, no date yet for a ministerial visit (2023-04-13).
- hm413-de-03: Mauritania: prosecutors arrest police officers after activist Souvi Ould Cheine dies in custody in Nouakchott; the family lawyer alleges strangulation, the interior minister orders an inquiry, protest with tear gas, IRA and Biram Dah Abeid accuse the police, Ghazouani receives the family and promises accountability (2023-02-13).
- hm413-de-04: Jordan: King Abdullah II signs the cybercrime law; both chambers had approved it, Human Rights Watch and other groups had urged a veto, journalists' protest at parliament, US criticism by Matthew Miller, al-Mubaidin defends the law, the government rejects the Islamic Action Front's demand, the TikTok block recalled (2023-08-13).
- hm413-en-01: Saudi Arabia/Ethiopia: Human Rights Watch accuses Saudi border guards of killing hundreds of Ethiopian migrants at the Yemeni border; Nadia Hardman's accusation and demands to the UN, Washington and Berlin, a Saudi source denies, the State Department and Dujarric press Riyadh, Addis Ababa announces a joint inquiry (2023-08-21).
- hm413-en-02: Tunisia: the World Bank pauses its partnership framework after Kais Saied's remarks on sub-Saharan migrants; Malpass's memo, the African Union's condemnation and summons, Tunis's astonishment, protest in Tunis, Guinea and Ivory Coast fly citizens home, Embalo's visit, the NSF's accusation, residency concessions (2023-03-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm413-de-01 (Lebanon, Pascal Sleiman killed)
LBN_ARMY = actor("Lebanese Armed Forces", "LBN", "MIL")
SYR_SUSPECTS = actor("Syrian suspects in the killing of Pascal Sleiman", "SYR", "CVL")
GEAGEA = actor("Samir Geagea", "LBN", "PTY")
HEZBOLLAH = actor("Hezbollah", "LBN", "PTY")
NASRALLAH = actor("Hassan Nasrallah", "LBN", "PTY")
LBN_CHRISTIANS = actor("Lebanese Christians", "LBN", "CVL")
LF_SUPPORTERS = actor("supporters of the Lebanese Forces", "LBN", "PTY")
LBN_YOUTHS = actor("Lebanese youths", "LBN", "CVL")
SYR_REFUGEES = actor("Syrian refugees in Lebanon", "SYR", "CVL")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
LBN_CITIZENS = actor("citizens of Lebanon", "LBN", "CVL")
LBN_SECURITY_CHIEFS = actor("Lebanese security chiefs", "LBN", "COP")
MAWLAWI = actor("Bassam Mawlawi", "LBN", "GOV")

L1 = ("Beirut (dpa) - Im Libanon ist ein regionaler Funktionär der christlichen Partei Libanesische Kräfte "
      "entführt und getötet worden.")
L2 = ("Die Leiche von Pascal Sleiman, Koordinator der Partei im Bezirk Byblos, sei auf syrischem Gebiet gefunden "
      "worden, teilte die Armee am Montag mit.")
L3 = "Soldaten nahmen demnach sieben syrische Staatsangehörige fest."
L4 = ("Die Männer gehörten einer Bande von Autodieben an und hätten Sleiman am Sonntagabend verschleppt, um seinen "
      "Wagen nach Syrien zu bringen, hieß es in der Erklärung.")
L5 = ("„Bis zum Beweis des Gegenteils betrachten wir dies als politischen Mord“, sagte der Vorsitzende der "
      "Libanesischen Kräfte, Samir Geagea.")
L6 = ("Geagea warf der Hisbollah vor, mit ihren Waffen einen Staat im Staat geschaffen zu haben, in dem Mörder "
      "ungehindert die Grenze überquerten.")
L7 = "Hisbollah-Chef Hassan Nasrallah wies jede Verwicklung seiner Organisation zurück."
L8 = "Er rief die Christen des Landes auf, sich nicht zu einem neuen Bürgerkrieg provozieren zu lassen."
L9 = ("Nach Bekanntwerden des Todes blockierten Anhänger der Partei in Byblos und mehreren Orten nördlich von Beirut "
      "Straßen mit brennenden Reifen.")
L10 = "In einigen Vierteln schlugen Jugendliche auf syrische Flüchtlinge ein."
L11 = "Die Armee verlegte zusätzliche Einheiten in die Region und richtete Kontrollpunkte ein."
L12 = "Der geschäftsführende Regierungschef Nadschib Mikati rief die Bürger zur Besonnenheit auf."
L13 = ("Die Frage der syrischen Flüchtlinge müsse endlich gelöst werden, sagte er nach einer Sitzung mit den "
       "Sicherheitschefs.")
L14 = ("Innenminister Bassam Maulawi kündigte an, konsequent gegen Syrer ohne gültige Aufenthaltspapiere "
       "vorzugehen.")
L15 = ("Im Libanon leben schätzungsweise 1,5 Millionen Syrer, die vor dem Bürgerkrieg in ihrem Heimatland geflohen "
       "sind.")
L16 = ("Die Libanesischen Kräfte sind die größte christliche Partei im Parlament und gelten als scharfe Gegner der "
       "vom Iran unterstützten Hisbollah.")
L17 = ("Der Fall weckt Erinnerungen an den Hisbollah-Kritiker Lokman Slim, der im Februar 2021 erschossen im Süden "
       "des Landes aufgefunden wurde.")

DE01 = {
    "id": "hm413-de-01", "lang": "de", "url": None, "published": "2024-04-09",
    "title": "Tod eines christlichen Parteifunktionärs schürt Spannungen im Libanon",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11], [L12, L13, L14], [L15, L16, L17]),
    "events": [
        event("COERCE", LBN_ARMY, SYR_SUSPECTS, L3, mode="arrest"),
        event("ACCUSE", LBN_ARMY, SYR_SUSPECTS, L4, mode="allege"),
        event("ACCUSE", GEAGEA, HEZBOLLAH, L6, mode="disapprove"),
        event("REQUEST", NASRALLAH, LBN_CHRISTIANS, L8),
        event("PROTEST", LF_SUPPORTERS, None, L9, mode="obstruct", location="Byblos", location_country="LBN"),
        event("ASSAULT", LBN_YOUTHS, SYR_REFUGEES, L10, mode="beat", location_country="LBN"),
        event("MOBILIZE", LBN_ARMY, None, L11, mode="troops", location_country="LBN"),
        event("REQUEST", MIKATI, LBN_CITIZENS, L12),
        event("CONSULT", MIKATI, LBN_SECURITY_CHIEFS, L13, mode="meet"),
        event("THREATEN", MAWLAWI, SYR_REFUGEES, L14, mode="restrict"),
    ],
    "quotes": [
        quote("Die Leiche von Pascal Sleiman, Koordinator der Partei im Bezirk Byblos, sei auf syrischem Gebiet "
              "gefunden worden", "Lebanese Armed Forces", "indirect"),
        quote("Die Männer gehörten einer Bande von Autodieben an und hätten Sleiman am Sonntagabend verschleppt, um "
              "seinen Wagen nach Syrien zu bringen", "Lebanese Armed Forces", "indirect"),
        quote("Bis zum Beweis des Gegenteils betrachten wir dies als politischen Mord", "Samir Geagea", "direct"),
        quote("mit ihren Waffen einen Staat im Staat geschaffen zu haben, in dem Mörder ungehindert die Grenze "
              "überquerten", "Samir Geagea", "indirect"),
        quote("sich nicht zu einem neuen Bürgerkrieg provozieren zu lassen", "Hassan Nasrallah", "indirect"),
        quote("Die Frage der syrischen Flüchtlinge müsse endlich gelöst werden", "Najib Mikati", "indirect"),
        quote("konsequent gegen Syrer ohne gültige Aufenthaltspapiere vorzugehen", "Bassam Mawlawi", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Lebanon", "LOC", "LBN", ["Im Libanon", "des Landes"]),
        entity("Lebanese Forces", "ORG", "LBN", ["der christlichen Partei Libanesische Kräfte", "der Partei",
                                                 "der Libanesischen Kräfte", "Die Libanesischen Kräfte"]),
        entity("Pascal Sleiman", "PER", "LBN", ["ein regionaler Funktionär der christlichen Partei Libanesische "
                                                "Kräfte", "Pascal Sleiman, Koordinator der Partei im Bezirk Byblos",
                                                "Sleiman", "seinen"]),
        entity("Byblos", "LOC", "LBN", ["im Bezirk Byblos", "Byblos", "die Region"]),
        entity("Syria", "LOC", "SYR", ["auf syrischem Gebiet", "Syrien", "ihrem Heimatland"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["die Armee", "Soldaten", "Die Armee",
                                                       "zusätzliche Einheiten"]),
        entity("Syrian suspects in the killing of Pascal Sleiman", "PER", "SYR",
               ["sieben syrische Staatsangehörige", "Die Männer", "einer Bande von Autodieben"]),
        entity("Samir Geagea", "PER", "LBN", ["der Vorsitzende der Libanesischen Kräfte, Samir Geagea", "Geagea"]),
        entity("Hezbollah", "ORG", "LBN", ["der Hisbollah", "seiner Organisation",
                                           "der vom Iran unterstützten Hisbollah"]),
        entity("Hassan Nasrallah", "PER", "LBN", ["Hisbollah-Chef Hassan Nasrallah", "Er"]),
        entity("Lebanese Christians", "PER", "LBN", ["die Christen des Landes"]),
        entity("supporters of the Lebanese Forces", "PER", "LBN", ["Anhänger der Partei"]),
        entity("Lebanese youths", "PER", "LBN", ["Jugendliche"]),
        entity("Syrian refugees in Lebanon", "PER", "SYR", ["syrische Flüchtlinge", "der syrischen Flüchtlinge",
                                                            "Syrer ohne gültige Aufenthaltspapiere",
                                                            "1,5 Millionen Syrer"]),
        entity("Najib Mikati", "PER", "LBN", ["Der geschäftsführende Regierungschef Nadschib Mikati", "er"]),
        entity("citizens of Lebanon", "PER", "LBN", ["die Bürger"]),
        entity("Lebanese security chiefs", "PER", "LBN", ["den Sicherheitschefs"]),
        entity("Bassam Mawlawi", "PER", "LBN", ["Innenminister Bassam Maulawi"]),
        entity("Parliament of Lebanon", "ORG", "LBN", ["im Parlament"]),
        entity("Iran", "LOC", "IRN", ["vom Iran"]),
        entity("Lokman Slim", "PER", "LBN", ["den Hisbollah-Kritiker Lokman Slim"]),
        entity("Syrian civil war", "MISC", "SYR", ["dem Bürgerkrieg"]),
    ],
}

# ---------------------------------------------------------------- hm413-de-02 (Bahrain/Qatar restore relations)
BHR_GOV = actor("Government of Bahrain", "BHR", "GOV")
QAT_GOV = actor("Government of Qatar", "QAT", "GOV")
ABDULLAH_KHALIFA = actor("Abdullah bin Ahmed Al Khalifa", "BHR", "GOV")
HAMMADI = actor("Ahmed bin Hassan al-Hammadi", "QAT", "GOV")
BUDAIWI = actor("Jasem Mohamed Albudaiwi", "IGO", "IGO")
SAU_MFA = actor("Ministry of Foreign Affairs of Saudi Arabia", "SAU", "GOV")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
ARE_GOV = actor("Government of the United Arab Emirates", "ARE", "GOV")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
QAT_COAST_GUARD = actor("Qatari Coast Guard", "QAT", "COP")
SALMAN_BH = actor("Salman bin Hamad Al Khalifa", "BHR", "GOV")
TAMIM = actor("Tamim bin Hamad Al Thani", "QAT", "GOV")

Q1 = "Riad (dpa) - Bahrain und Katar nehmen nach fast sechs Jahren wieder diplomatische Beziehungen auf."
Q2 = ("Darauf hätten sich Delegationen beider Länder am Mittwoch bei einem Treffen am Sitz des "
      "Golf-Kooperationsrats (GCC) in der saudischen Hauptstadt geeinigt, teilten die Außenministerien in Manama "
      "und Doha mit.")
Q3 = ("Der Schritt entspreche dem Wunsch beider Seiten, die Einheit des Staatenbundes zu stärken, hieß es in einer "
      "gemeinsamen Erklärung.")
Q4 = ("Die Gespräche führten der bahrainische Staatssekretär für politische Angelegenheiten, Scheich Abdullah bin "
      "Ahmed Al Chalifa, und der Generalsekretär des katarischen Außenministeriums, Ahmed bin Hassan al-Hammadi.")
Q5 = "GCC-Generalsekretär Dschassim al-Budaiwi begrüßte die Einigung als „wichtigen Schritt“ für die Region."
Q6 = "Auch das saudische Außenministerium lobte die Entscheidung der beiden Nachbarn."
Q7 = ("Bahrain hatte im Juni 2017 gemeinsam mit Saudi-Arabien, den Vereinigten Arabischen Emiraten und Ägypten die "
      "Beziehungen zu Katar abgebrochen und eine Blockade gegen das Emirat verhängt.")
Q8 = "Die vier Staaten warfen Doha vor, Terrorgruppen zu unterstützen und dem Iran zu nahe zu stehen."
Q9 = "Katar wies die Vorwürfe stets zurück."
Q10 = "Mit der Erklärung von al-Ula wurde die Blockade im Januar 2021 formell beendet."
Q11 = "Anders als die übrigen drei Staaten ließ sich Bahrain mit der Normalisierung jedoch Zeit."
Q12 = ("Manama beschuldigte die katarische Küstenwache wiederholt, bahrainische Fischer in umstrittenen Gewässern "
       "festzunehmen.")
Q13 = ("Doha wiederum hatte Bahrain vorgeworfen, mit Kampfflugzeugen den katarischen Luftraum verletzt zu "
       "haben.")
Q14 = ("Im Januar hatten der bahrainische Kronprinz Salman bin Hamad Al Chalifa und der katarische Emir Tamim bin "
       "Hamad Al Thani erstmals seit Jahren miteinander telefoniert.")
Q15 = "Wann die Botschaften in Manama und Doha wieder öffnen, blieb zunächst offen."
Q16 = ("Ein Termin für einen Besuch auf Ministerebene sei noch nicht vereinbart worden, sagte ein Diplomat in "
       "Riad.")

DE02 = {
    "id": "hm413-de-02", "lang": "de", "url": None, "published": "2023-04-13",
    "title": "Bahrain und Katar nehmen wieder diplomatische Beziehungen auf",
    "text": paragraphs([Q1, Q2, Q3, Q4], [Q5, Q6], [Q7, Q8, Q9, Q10, Q11], [Q12, Q13, Q14], [Q15, Q16]),
    "events": [
        event("SUPPORT", BHR_GOV, QAT_GOV, Q1),
        event("AGREE", BHR_GOV, QAT_GOV, Q2, date="2023-04-12", location="Riyadh", location_country="SAU"),
        event("CONSULT", BHR_GOV, QAT_GOV, Q2, mode="meet", date="2023-04-12", location="Riyadh",
              location_country="SAU"),
        event("CONSULT", ABDULLAH_KHALIFA, HAMMADI, Q4, mode="meet"),
        event("SUPPORT", BUDAIWI, BHR_GOV, Q5),
        event("SUPPORT", BUDAIWI, QAT_GOV, Q5),
        event("SUPPORT", SAU_MFA, BHR_GOV, Q6),
        event("SUPPORT", SAU_MFA, QAT_GOV, Q6),
        event("SANCTION", BHR_GOV, QAT_GOV, Q7, mode="discontinue"),
        event("SANCTION", SAU_GOV, QAT_GOV, Q7, mode="discontinue"),
        event("SANCTION", ARE_GOV, QAT_GOV, Q7, mode="discontinue"),
        event("SANCTION", EGY_GOV, QAT_GOV, Q7, mode="discontinue"),
        event("ACCUSE", BHR_GOV, QAT_GOV, Q8, mode="allege"),
        event("ACCUSE", SAU_GOV, QAT_GOV, Q8, mode="allege"),
        event("ACCUSE", ARE_GOV, QAT_GOV, Q8, mode="allege"),
        event("ACCUSE", EGY_GOV, QAT_GOV, Q8, mode="allege"),
        event("ACCUSE", BHR_GOV, QAT_COAST_GUARD, Q12, mode="allege"),
        event("ACCUSE", QAT_GOV, BHR_GOV, Q13, mode="allege"),
        event("CONSULT", SALMAN_BH, TAMIM, Q14, mode="phone"),
        event("AGREE", BHR_GOV, QAT_GOV, Q16, negated=True),
    ],
    "quotes": [
        quote("Darauf hätten sich Delegationen beider Länder am Mittwoch bei einem Treffen am Sitz des "
              "Golf-Kooperationsrats (GCC) in der saudischen Hauptstadt geeinigt", "Ministry of Foreign Affairs of "
              "Bahrain", "indirect"),
        quote("Darauf hätten sich Delegationen beider Länder am Mittwoch bei einem Treffen am Sitz des "
              "Golf-Kooperationsrats (GCC) in der saudischen Hauptstadt geeinigt", "Ministry of Foreign Affairs of "
              "Qatar", "indirect"),
        quote("Der Schritt entspreche dem Wunsch beider Seiten, die Einheit des Staatenbundes zu stärken",
              "Government of Bahrain", "indirect"),
        quote("Der Schritt entspreche dem Wunsch beider Seiten, die Einheit des Staatenbundes zu stärken",
              "Government of Qatar", "indirect"),
        quote("wichtigen Schritt", "Jasem Mohamed Albudaiwi", "direct"),
        quote("Terrorgruppen zu unterstützen und dem Iran zu nahe zu stehen", "Government of Bahrain", "indirect"),
        quote("Terrorgruppen zu unterstützen und dem Iran zu nahe zu stehen", "Government of Saudi Arabia", "indirect"),
        quote("Terrorgruppen zu unterstützen und dem Iran zu nahe zu stehen", "Government of the United Arab Emirates", "indirect"),
        quote("Terrorgruppen zu unterstützen und dem Iran zu nahe zu stehen", "Government of Egypt", "indirect"),
        quote("bahrainische Fischer in umstrittenen Gewässern festzunehmen", "Government of Bahrain", "indirect"),
        quote("mit Kampfflugzeugen den katarischen Luftraum verletzt zu haben", "Government of Qatar", "indirect"),
        quote("Ein Termin für einen Besuch auf Ministerebene sei noch nicht vereinbart worden", "diplomat in Riyadh",
              "indirect"),
    ],
    "entities": [
        entity("Riyadh", "LOC", "SAU", ["Riad", "der saudischen Hauptstadt"]),
        entity("Government of Bahrain", "ORG", "BHR", ["Bahrain", "Manama"]),
        entity("Government of Qatar", "ORG", "QAT", ["Katar", "Doha"]),
        entity("Gulf Cooperation Council", "ORG", "IGO", ["Golf-Kooperationsrats (GCC)", "des Staatenbundes",
                                                          "GCC"]),
        entity("Ministry of Foreign Affairs of Bahrain", "ORG", "BHR", ["die Außenministerien in Manama und Doha"]),
        entity("Ministry of Foreign Affairs of Qatar", "ORG", "QAT", ["die Außenministerien in Manama und Doha",
                                                                      "des katarischen Außenministeriums"]),
        entity("Manama", "LOC", "BHR", ["Manama"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Abdullah bin Ahmed Al Khalifa", "PER", "BHR",
               ["der bahrainische Staatssekretär für politische Angelegenheiten, Scheich Abdullah bin Ahmed Al "
                "Chalifa"]),
        entity("Ahmed bin Hassan al-Hammadi", "PER", "QAT",
               ["der Generalsekretär des katarischen Außenministeriums, Ahmed bin Hassan al-Hammadi"]),
        entity("Jasem Mohamed Albudaiwi", "PER", "IGO", ["GCC-Generalsekretär Dschassim al-Budaiwi"]),
        entity("Ministry of Foreign Affairs of Saudi Arabia", "ORG", "SAU", ["das saudische Außenministerium"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Saudi-Arabien"]),
        entity("Government of the United Arab Emirates", "ORG", "ARE", ["den Vereinigten Arabischen Emiraten"]),
        entity("Government of Egypt", "ORG", "EGY", ["Ägypten"]),
        entity("Qatar", "LOC", "QAT", ["das Emirat"]),
        entity("Iran", "LOC", "IRN", ["dem Iran"]),
        entity("Al-Ula Declaration", "MISC", "IGO", ["der Erklärung von al-Ula"]),
        entity("Qatari Coast Guard", "ORG", "QAT", ["die katarische Küstenwache"]),
        entity("Bahraini fishermen", "PER", "BHR", ["bahrainische Fischer"]),
        entity("Salman bin Hamad Al Khalifa", "PER", "BHR",
               ["der bahrainische Kronprinz Salman bin Hamad Al Chalifa"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["der katarische Emir Tamim bin Hamad Al Thani"]),
        entity("diplomat in Riyadh", "PER", None, ["ein Diplomat in Riad"]),
    ],
}

# ---------------------------------------------------------------- hm413-de-03 (Mauritania, death in custody)
MRT_PROSECUTORS = actor("Public Prosecutor's Office of Mauritania", "MRT", "JUD")
DAR_NAIM_CHIEF = actor("police station chief of Dar Naim", "MRT", "COP")
MRT_POLICE = actor("Mauritanian police", "MRT", "COP")
SOUVI = actor("Souvi Ould Cheine", "MRT", "NGO")
FAMILY_LAWYER = actor("lawyer of the family of Souvi Ould Cheine", "MRT", "CVL")
MRT_INTERIOR_MIN = actor("Mohamed Ahmed Ould Mohamed Lemine", "MRT", "GOV")
NKC_PROTESTERS = actor("protesters in Nouakchott", "MRT", "CVL")
MRT_GOV = actor("Government of Mauritania", "MRT", "GOV")
IRA = actor("Initiative for the Resurgence of the Abolitionist Movement", "MRT", "NGO")
BIRAM = actor("Biram Dah Abeid", "MRT", "OPP")
GHAZOUANI = actor("Mohamed Ould Ghazouani", "MRT", "GOV")
SOUVI_FAMILY = actor("family of Souvi Ould Cheine", "MRT", "CVL")

M1 = ("Nouakchott (AFP) - Nach dem Tod eines Menschenrechtsaktivisten in Polizeigewahrsam hat die Justiz in "
      "Mauretanien mehrere Polizisten festnehmen lassen.")
M2 = ("Unter den Festgenommenen sei auch der Leiter der Polizeiwache im Stadtteil Dar Naim, teilte die "
      "Staatsanwaltschaft am Sonntag mit.")
M3 = ("Der 36-jährige Souvi Ould Cheine war in der Nacht zum Freitag auf der Wache gestorben, wenige Stunden nach "
      "seiner Festnahme durch die Polizei.")
M4 = "Eine Autopsie habe ergeben, dass er von Beamten erwürgt worden sei, sagte ein Anwalt der Familie."
M5 = "Die Polizei hatte zunächst erklärt, der Aktivist sei an einem Herzinfarkt gestorben."
M6 = ("Innenminister Mohamed Ahmed Ould Mohamed Lemine ordnete eine Untersuchung durch die Generalinspektion der "
      "Polizei an.")
M7 = ("In Nouakchott gingen am Samstag Hunderte Menschen auf die Straße und forderten Gerechtigkeit für Ould "
      "Cheine.")
M8 = "Die Polizei setzte Tränengas ein, um die Menge vor dem Innenministerium auseinanderzutreiben."
M9 = "Augenzeugen zufolge gab es keine Festnahmen."
M10 = ("Die Anti-Sklaverei-Bewegung IRA des Oppositionspolitikers Biram Dah Abeid sprach von einem „Verbrechen des "
       "Staates“.")
M11 = "Abeid warf der Polizei vor, seit Jahren systematisch schwarze Mauretanier zu misshandeln."
M12 = "Die Regierung weist den Vorwurf des Rassismus zurück."
M13 = "Präsident Mohamed Ould Ghazouani empfing am Sonntag die Familie des Toten im Präsidentenpalast."
M14 = ("Er sicherte ihr nach Angaben der Präsidentschaft zu, dass die Verantwortlichen zur Rechenschaft gezogen "
       "würden.")
M15 = "Die Familie verlangt zudem, dass der Fall vor einem Gericht in der Hauptstadt öffentlich verhandelt wird."
M16 = "Die Sklaverei wurde in Mauretanien erst 1981 offiziell abgeschafft."
M17 = ("Die Haratin, Nachfahren ehemaliger Sklaven, stellen einen großen Teil der Bevölkerung, sind in Verwaltung "
       "und Sicherheitskräften aber kaum vertreten.")

DE03 = {
    "id": "hm413-de-03", "lang": "de", "url": None, "published": "2023-02-13",
    "title": "Aktivist stirbt in Polizeigewahrsam - Festnahmen in Mauretanien",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9, M10, M11, M12], [M13, M14, M15], [M16, M17]),
    "events": [
        event("COERCE", MRT_PROSECUTORS, MRT_POLICE, M1, mode="arrest", location_country="MRT"),
        event("COERCE", MRT_PROSECUTORS, DAR_NAIM_CHIEF, M2, mode="arrest"),
        event("COERCE", MRT_POLICE, SOUVI, M3, mode="arrest"),
        event("ACCUSE", FAMILY_LAWYER, MRT_POLICE, M4, mode="allege"),
        event("ACCUSE", MRT_INTERIOR_MIN, MRT_POLICE, M6, mode="investigate"),
        event("PROTEST", NKC_PROTESTERS, MRT_GOV, M7, mode="demo", date="2023-02-11", location="Nouakchott",
              location_country="MRT"),
        event("ASSAULT", MRT_POLICE, NKC_PROTESTERS, M8, mode="crowd-control", location="Nouakchott",
              location_country="MRT"),
        event("COERCE", MRT_POLICE, NKC_PROTESTERS, M9, mode="arrest", negated=True),
        event("ACCUSE", IRA, MRT_GOV, M10, mode="disapprove"),
        event("ACCUSE", BIRAM, MRT_POLICE, M11, mode="allege"),
        event("CONSULT", GHAZOUANI, SOUVI_FAMILY, M13, mode="meet", date="2023-02-12", location_country="MRT"),
        event("AGREE", GHAZOUANI, SOUVI_FAMILY, M14),
        event("REQUEST", SOUVI_FAMILY, MRT_GOV, M15),
    ],
    "quotes": [
        quote("Unter den Festgenommenen sei auch der Leiter der Polizeiwache im Stadtteil Dar Naim",
              "Public Prosecutor's Office of Mauritania", "indirect"),
        quote("Eine Autopsie habe ergeben, dass er von Beamten erwürgt worden sei",
              "lawyer of the family of Souvi Ould Cheine", "indirect"),
        quote("der Aktivist sei an einem Herzinfarkt gestorben", "Mauritanian police", "indirect"),
        quote("Augenzeugen zufolge gab es keine Festnahmen", "eyewitnesses", "indirect"),
        quote("Verbrechen des Staates", "Initiative for the Resurgence of the Abolitionist Movement", "direct"),
        quote("seit Jahren systematisch schwarze Mauretanier zu misshandeln", "Biram Dah Abeid", "indirect"),
        quote("dass die Verantwortlichen zur Rechenschaft gezogen würden", "Mohamed Ould Ghazouani", "indirect"),
        quote("dass der Fall vor einem Gericht in der Hauptstadt öffentlich verhandelt wird",
              "family of Souvi Ould Cheine", "indirect"),
    ],
    "entities": [
        entity("Nouakchott", "LOC", "MRT", ["Nouakchott", "der Hauptstadt"]),
        entity("Mauritania", "LOC", "MRT", ["Mauretanien"]),
        entity("Souvi Ould Cheine", "PER", "MRT", ["eines Menschenrechtsaktivisten",
                                                   "Der 36-jährige Souvi Ould Cheine", "seiner", "er",
                                                   "der Aktivist", "Ould Cheine", "des Toten"]),
        entity("Public Prosecutor's Office of Mauritania", "ORG", "MRT", ["die Justiz in Mauretanien",
                                                                          "die Staatsanwaltschaft"]),
        entity("Mauritanian police", "ORG", "MRT", ["mehrere Polizisten", "der Polizei", "Beamten",
                                                    "Die Polizei"]),
        entity("police station chief of Dar Naim", "PER", "MRT",
               ["der Leiter der Polizeiwache im Stadtteil Dar Naim"]),
        entity("Dar Naim", "LOC", "MRT", ["im Stadtteil Dar Naim"]),
        entity("lawyer of the family of Souvi Ould Cheine", "PER", "MRT", ["ein Anwalt der Familie"]),
        entity("Mohamed Ahmed Ould Mohamed Lemine", "PER", "MRT",
               ["Innenminister Mohamed Ahmed Ould Mohamed Lemine"]),
        entity("General Inspectorate of the Police of Mauritania", "ORG", "MRT",
               ["die Generalinspektion der Polizei"]),
        entity("protesters in Nouakchott", "PER", "MRT", ["Hunderte Menschen", "die Menge"]),
        entity("Ministry of the Interior of Mauritania", "ORG", "MRT", ["dem Innenministerium"]),
        entity("eyewitnesses", "PER", "MRT", ["Augenzeugen"]),
        entity("Initiative for the Resurgence of the Abolitionist Movement", "ORG", "MRT",
               ["Die Anti-Sklaverei-Bewegung IRA"]),
        entity("Biram Dah Abeid", "PER", "MRT", ["des Oppositionspolitikers Biram Dah Abeid", "Abeid"]),
        entity("Black Mauritanians", "PER", "MRT", ["schwarze Mauretanier"]),
        entity("Government of Mauritania", "ORG", "MRT", ["Die Regierung"]),
        entity("Mohamed Ould Ghazouani", "PER", "MRT", ["Präsident Mohamed Ould Ghazouani", "Er"]),
        entity("Presidency of Mauritania", "ORG", "MRT", ["der Präsidentschaft"]),
        entity("family of Souvi Ould Cheine", "PER", "MRT", ["die Familie des Toten", "ihr", "Die Familie"]),
        entity("Presidential Palace of Mauritania", "LOC", "MRT", ["im Präsidentenpalast"]),
        entity("Haratin", "MISC", "MRT", ["Die Haratin, Nachfahren ehemaliger Sklaven"]),
    ],
}

# ---------------------------------------------------------------- hm413-de-04 (Jordan, cybercrime law)
KING_ABDULLAH = actor("Abdullah II", "JOR", "GOV")
JOR_HOUSE = actor("House of Representatives of Jordan", "JOR", "LEG")
JOR_SENATE = actor("Senate of Jordan", "JOR", "LEG")
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
RIGHTS_GROUPS = actor("human rights groups", "NGO", "NGO")
JOR_JOURNALISTS = actor("Jordanian journalists", "JOR", "MED")
USA_GOV = actor("Government of the United States", "USA", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
IAF = actor("Islamic Action Front", "JOR", "OPP")
TIKTOK = actor("TikTok", "MNC", "BUS")

J1 = ("Amman (dpa) - Jordaniens König Abdullah II. hat ein umstrittenes Gesetz gegen Internetkriminalität "
      "unterzeichnet.")
J2 = "Der Text wurde am Samstag im Amtsblatt veröffentlicht und tritt in einem Monat in Kraft."
J3 = ("Er sieht Haft und Geldstrafen von bis zu 20.000 Dinar (rund 26.000 Euro) für die Verbreitung falscher "
      "Nachrichten und für Beiträge vor, die Amtsträger verleumden oder die nationale Einheit gefährden.")
J4 = ("Das Abgeordnetenhaus hatte den Entwurf der Regierung Ende Juli im Eilverfahren gebilligt, der Senat "
      "stimmte Anfang August zu.")
J5 = ("Human Rights Watch und 13 weitere Organisationen hatten den König aufgefordert, das Gesetz nicht zu "
      "unterzeichnen.")
J6 = ("Es bedrohe die freie Meinungsäußerung im Internet und lasse den Behörden zu viel Spielraum, erklärte die "
      "Organisation mit Sitz in New York.")
J7 = "Am Mittwoch hatten Dutzende Journalisten vor dem Parlament in Amman gegen die Vorlage demonstriert."
J8 = "Auch die USA, einer der wichtigsten Geldgeber des Königreichs, äußerten Kritik."
J9 = ("Die vage formulierten Bestimmungen könnten die Arbeit von Journalisten und Bloggern untergraben, sagte der "
      "Sprecher des US-Außenministeriums, Matthew Miller.")
J10 = "Regierungssprecher Muhannad al-Mubaidin verteidigte das Gesetz bei einer Pressekonferenz."
J11 = "„Es richtet sich gegen Hetze und Erpressung im Netz, nicht gegen Kritik an der Regierung“, sagte er."
J12 = "Den Vorwurf, Amman wolle Oppositionelle mundtot machen, wies er zurück."
J13 = ("Die oppositionelle Islamische Aktionsfront forderte, die Umsetzung bis zu einer Prüfung durch das "
       "Verfassungsgericht auszusetzen.")
J14 = "Die Regierung lehnte dies ab."
J15 = ("Jordanien steht auf der Rangliste der Pressefreiheit von Reporter ohne Grenzen auf Platz 146 von 180 "
       "Ländern.")
J16 = ("Nach Protesten gegen hohe Treibstoffpreise im Dezember hatten die Behörden bereits den Zugang zur "
       "Videoplattform Tiktok gesperrt.")

DE04 = {
    "id": "hm413-de-04", "lang": "de", "url": None, "published": "2023-08-13",
    "title": "Jordaniens König unterzeichnet umstrittenes Gesetz gegen Internetkriminalität",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9], [J10, J11, J12, J13, J14], [J15, J16]),
    "events": [
        event("COERCE", KING_ABDULLAH, None, J1, mode="censor"),
        event("SUPPORT", JOR_HOUSE, JOR_GOV, J4),
        event("SUPPORT", JOR_SENATE, JOR_GOV, J4),
        event("REQUEST", HRW, KING_ABDULLAH, J5, mode="change"),
        event("REQUEST", RIGHTS_GROUPS, KING_ABDULLAH, J5, mode="change"),
        event("ACCUSE", HRW, JOR_GOV, J6, mode="disapprove"),
        event("PROTEST", JOR_JOURNALISTS, JOR_HOUSE, J7, mode="demo", date="2023-08-09", location="Amman",
              location_country="JOR"),
        event("ACCUSE", USA_GOV, JOR_GOV, J8, mode="disapprove"),
        event("ACCUSE", MILLER, JOR_GOV, J9, mode="disapprove"),
        event("REQUEST", IAF, JOR_GOV, J13, mode="change"),
        event("REJECT", JOR_GOV, IAF, J14, mode="change"),
        event("COERCE", JOR_GOV, TIKTOK, J16, mode="censor"),
    ],
    "quotes": [
        quote("Es bedrohe die freie Meinungsäußerung im Internet und lasse den Behörden zu viel Spielraum",
              "Human Rights Watch", "indirect"),
        quote("Die vage formulierten Bestimmungen könnten die Arbeit von Journalisten und Bloggern untergraben",
              "Matthew Miller", "indirect"),
        quote("Es richtet sich gegen Hetze und Erpressung im Netz, nicht gegen Kritik an der Regierung",
              "Muhannad al-Mubaidin", "direct"),
        quote("die Umsetzung bis zu einer Prüfung durch das Verfassungsgericht auszusetzen", "Islamic Action Front",
              "indirect"),
    ],
    "entities": [
        entity("Amman", "LOC", "JOR", ["Amman"]),
        entity("Jordan", "LOC", "JOR", ["Jordaniens", "des Königreichs", "Jordanien"]),
        entity("Abdullah II", "PER", "JOR", ["Jordaniens König Abdullah II.", "den König"]),
        entity("Cybercrime Law of Jordan", "MISC", "JOR",
               ["ein umstrittenes Gesetz gegen Internetkriminalität", "Der Text", "Er", "den Entwurf der Regierung",
                "das Gesetz", "Es", "die Vorlage"]),
        entity("Official Gazette of Jordan", "ORG", "JOR", ["im Amtsblatt"]),
        entity("House of Representatives of Jordan", "ORG", "JOR", ["Das Abgeordnetenhaus",
                                                                    "dem Parlament in Amman"]),
        entity("Senate of Jordan", "ORG", "JOR", ["der Senat"]),
        entity("Government of Jordan", "ORG", "JOR", ["der Regierung", "den Behörden", "Amman", "Die Regierung",
                                                      "die Behörden"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch",
                                                    "die Organisation mit Sitz in New York"]),
        entity("human rights groups", "ORG", "NGO", ["13 weitere Organisationen"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Jordanian journalists", "PER", "JOR", ["Dutzende Journalisten"]),
        entity("Government of the United States", "ORG", "USA", ["die USA"]),
        entity("United States Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("Matthew Miller", "PER", "USA", ["der Sprecher des US-Außenministeriums, Matthew Miller"]),
        entity("Muhannad al-Mubaidin", "PER", "JOR", ["Regierungssprecher Muhannad al-Mubaidin", "er"]),
        entity("Jordanian opposition", "PER", "JOR", ["Oppositionelle"]),
        entity("Islamic Action Front", "ORG", "JOR", ["Die oppositionelle Islamische Aktionsfront"]),
        entity("Constitutional Court of Jordan", "ORG", "JOR", ["das Verfassungsgericht"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporter ohne Grenzen"]),
        entity("TikTok", "ORG", "MNC", ["Videoplattform Tiktok"]),
    ],
}

# ---------------------------------------------------------------- hm413-en-01 (Saudi Arabia, Ethiopian migrants)
HRW_E = actor("Human Rights Watch", "NGO", "NGO")
SAU_BORDER_GUARDS = actor("Saudi Border Guard", "SAU", "MIL")
HARDMAN = actor("Nadia Hardman", "NGO", "NGO")
SAU_GOV_E = actor("Government of Saudi Arabia", "SAU", "GOV")
UN = actor("United Nations", "UNO", "IGO")
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
US_STATE_SPOX = actor("spokesperson of the United States Department of State", "USA", "GOV")
DUJARRIC = actor("Stéphane Dujarric", "UNO", "IGO")
ETH_MFA = actor("Ministry of Foreign Affairs of Ethiopia", "ETH", "GOV")
ETH_PUBLIC = actor("Ethiopian public", "ETH", "CVL")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")

H1 = ("DUBAI, United Arab Emirates (AP) — Saudi border guards have killed hundreds of Ethiopian migrants trying to "
      "cross the kingdom's mountainous frontier with Yemen, Human Rights Watch said in a report released Monday.")
H2 = ("The New York-based group said guards fired mortar rounds and other explosive weapons at groups of migrants "
      "and shot some at close range, including women and children.")
H3 = ("The report, based on interviews with 42 migrants and on satellite images, covers the period from March 2022 "
      "to June this year.")
H4 = ("\"Saudi officials are killing hundreds of migrants and asylum seekers in this remote border area out of view "
      "of the rest of the world,\" said Nadia Hardman, a researcher at the group.")
H5 = ("Human Rights Watch called on the United Nations to open an inquiry and urged Washington and Berlin to "
      "suspend their training programs for Saudi border forces.")
H6 = ("A Saudi government source, quoted by the official Saudi Press Agency, rejected the allegations as "
      "\"unfounded and not based on reliable sources.\"")
H7 = "Saudi Arabia has not opened an investigation into the killings, according to the group."
H8 = ("The U.S. State Department urged Saudi authorities to conduct a thorough and transparent investigation.")
H9 = ("\"We have raised our concerns about these allegations with the Saudi government,\" a department "
      "spokesperson said.")
H10 = ("U.N. spokesman Stéphane Dujarric called the report \"very concerning\" and said the world body had asked "
       "Saudi officials for information.")
H11 = ("Ethiopia's Foreign Ministry said it would investigate the incidents jointly with Saudi Arabia and urged the "
       "public to refrain from speculation.")
H12 = "The two countries enjoy excellent relations, the ministry added."
H13 = ("Tens of thousands of Ethiopians make the dangerous journey each year across the Gulf of Aden and through "
       "war-torn Yemen in search of work in Saudi Arabia.")
H14 = ("The border area in Yemen's northern Saada province is controlled by the Iran-backed Houthi rebels, who have "
       "been fighting a Saudi-led coalition since 2015.")
H15 = ("Earlier this year, Saudi Arabia and Ethiopia agreed to repatriate thousands of Ethiopians held in Saudi "
       "detention centers.")

EN01 = {
    "id": "hm413-en-01", "lang": "en", "url": None, "published": "2023-08-21",
    "title": "Rights group says Saudi border guards killed hundreds of Ethiopian migrants",
    "text": paragraphs([H1, H2, H3], [H4, H5], [H6, H7], [H8, H9, H10, H11, H12], [H13, H14, H15]),
    "events": [
        event("ACCUSE", HRW_E, SAU_BORDER_GUARDS, H1, mode="allege", date="2023-08-21"),
        event("ACCUSE", HRW_E, SAU_BORDER_GUARDS, H2, mode="allege"),
        event("ACCUSE", HARDMAN, SAU_GOV_E, H4, mode="allege"),
        event("REQUEST", HRW_E, UN, H5),
        event("REQUEST", HRW_E, USA_GOV_E, H5, mode="change"),
        event("REQUEST", HRW_E, DEU_GOV, H5, mode="change"),
        event("ACCUSE", SAU_GOV_E, SAU_BORDER_GUARDS, H7, mode="investigate", negated=True),
        event("REQUEST", US_STATE, SAU_GOV_E, H8),
        event("ACCUSE", US_STATE_SPOX, SAU_GOV_E, H9, mode="disapprove"),
        event("REQUEST", DUJARRIC, SAU_GOV_E, H10),
        event("AGREE", ETH_MFA, SAU_GOV_E, H11),
        event("REQUEST", ETH_MFA, ETH_PUBLIC, H11),
        event("AGREE", SAU_GOV_E, ETH_GOV, H15),
    ],
    "quotes": [
        quote("Saudi border guards have killed hundreds of Ethiopian migrants trying to cross the kingdom's "
              "mountainous frontier with Yemen", "Human Rights Watch", "indirect"),
        quote("guards fired mortar rounds and other explosive weapons at groups of migrants and shot some at close "
              "range, including women and children", "Human Rights Watch", "indirect"),
        quote("Saudi officials are killing hundreds of migrants and asylum seekers in this remote border area out of "
              "view of the rest of the world", "Nadia Hardman", "direct"),
        quote("unfounded and not based on reliable sources", "Saudi government source", "direct"),
        quote("Saudi Arabia has not opened an investigation into the killings", "Human Rights Watch", "indirect"),
        quote("We have raised our concerns about these allegations with the Saudi government",
              "spokesperson of the United States Department of State", "direct"),
        quote("very concerning", "Stéphane Dujarric", "direct"),
        quote("the world body had asked Saudi officials for information", "Stéphane Dujarric", "indirect"),
        quote("it would investigate the incidents jointly with Saudi Arabia", "Ministry of Foreign Affairs of "
              "Ethiopia", "indirect"),
        quote("The two countries enjoy excellent relations", "Ministry of Foreign Affairs of Ethiopia", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("United Arab Emirates", "LOC", "ARE", ["United Arab Emirates"]),
        entity("Saudi Border Guard", "ORG", "SAU", ["Saudi border guards", "guards", "Saudi border forces"]),
        entity("Ethiopian migrants", "PER", "ETH", ["hundreds of Ethiopian migrants", "groups of migrants",
                                                    "hundreds of migrants and asylum seekers"]),
        entity("Saudi Arabia", "LOC", "SAU", ["the kingdom's", "Saudi Arabia"]),
        entity("Yemen", "LOC", "YEM", ["Yemen", "war-torn Yemen", "Yemen's"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch", "The New York-based group", "the group"]),
        entity("Nadia Hardman", "PER", "NGO", ["Nadia Hardman, a researcher at the group"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations", "the world body"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of Germany", "ORG", "DEU", ["Berlin"]),
        entity("Saudi government source", "PER", "SAU", ["A Saudi government source"]),
        entity("Saudi Press Agency", "ORG", "SAU", ["the official Saudi Press Agency"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Saudi Arabia", "Saudi authorities",
                                                            "the Saudi government", "Saudi officials"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("spokesperson of the United States Department of State", "PER", "USA",
               ["a department spokesperson"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["U.N. spokesman Stéphane Dujarric"]),
        entity("Ministry of Foreign Affairs of Ethiopia", "ORG", "ETH", ["Ethiopia's Foreign Ministry",
                                                                         "the ministry"]),
        entity("Ethiopia", "LOC", "ETH", ["Ethiopia's"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["Ethiopia"]),
        entity("Ethiopian public", "PER", "ETH", ["the public"]),
        entity("Gulf of Aden", "LOC", None, ["the Gulf of Aden"]),
        entity("Saada", "LOC", "YEM", ["Yemen's northern Saada province"]),
        entity("Houthis", "ORG", "YEM", ["the Iran-backed Houthi rebels"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Saudi-led coalition", "ORG", "SAU", ["a Saudi-led coalition"]),
        entity("Ethiopian detainees in Saudi Arabia", "PER", "ETH",
               ["thousands of Ethiopians held in Saudi detention centers"]),
    ],
}

# ---------------------------------------------------------------- hm413-en-02 (Tunisia, World Bank pause)
WORLD_BANK = actor("World Bank", "IGO", "IGO")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
MALPASS = actor("David Malpass", "IGO", "IGO")
SAIED = actor("Kais Saied", "TUN", "GOV")
TUN_SECURITY = actor("Tunisian security forces", "TUN", "COP")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
TUN_AU_AMB = actor("Ambassador of Tunisia to the African Union", "TUN", "GOV")
TUN_MFA = actor("Ministry of Foreign Affairs of Tunisia", "TUN", "GOV")
AU_COMMISSION = actor("African Union Commission", "IGO", "IGO")
TUNIS_PROTESTERS = actor("protesters in Tunis", "TUN", "CVL")
GIN_GOV = actor("Government of Guinea", "GIN", "GOV")
CIV_GOV = actor("Government of Ivory Coast", "CIV", "GOV")
GIN_CITIZENS = actor("Guinean citizens in Tunisia", "GIN", "CVL")
CIV_CITIZENS = actor("Ivorian citizens in Tunisia", "CIV", "CVL")
EMBALO = actor("Umaro Sissoco Embaló", "GNB", "GOV")
NSF = actor("National Salvation Front", "TUN", "OPP")

T1 = ("TUNIS, Tunisia (AP) — The World Bank has paused its partnership program with Tunisia after President Kais "
      "Saied's remarks on sub-Saharan migrants set off a wave of attacks on Black Africans in the country.")
T2 = ("In a memo to staff, World Bank President David Malpass wrote that the comments had triggered \"racially "
      "motivated harassment and even violence\" and that the bank would not take up a new framework for Tunisia "
      "until further notice.")
T3 = ("In a Feb. 21 speech to the National Security Council, Saied had called for \"urgent measures\" against "
      "irregular migration from sub-Saharan Africa.")
T4 = ("He described the arrival of migrants as part of a plot to change the country's demographic makeup, a "
      "theory long promoted by a small nationalist party.")
T5 = ("The chairman of the African Union Commission, Moussa Faki Mahamat, condemned the \"shocking\" remarks and "
      "summoned Tunisia's ambassador to the bloc.")
T6 = "Tunisia's Foreign Ministry expressed \"astonishment\" at the African Union's statement."
T7 = "It rejected accusations of racism as baseless."
T8 = "Hundreds of people marched in Tunis on Feb. 25 to denounce the president's words."
T9 = ("Guinea flew about 50 of its citizens home on Wednesday, and Ivory Coast repatriated 145 people on "
      "Saturday.")
T10 = ("Guinea-Bissau's President Umaro Sissoco Embaló, visiting Tunis on Wednesday, said Saied's words had been "
       "misunderstood.")
T11 = ("The National Salvation Front, the main opposition coalition, accused Saied of stoking racism to distract "
       "from the country's economic crisis.")
T12 = ("On Sunday, the government announced it would issue one-year residence permits to students from African "
       "countries and waive fines for migrants who overstayed their visas and want to leave.")
T13 = ("Saied's office said the president had never meant to offend Africans and that Tunisia remained a proud "
       "African nation.")
T14 = ("Tunisia, a main departure point for migrants trying to reach Italy by boat, is mired in debt and has been "
       "negotiating a $1.9 billion loan with the International Monetary Fund.")
T15 = "Those talks have stalled since December."

EN02 = {
    "id": "hm413-en-02", "lang": "en", "url": None, "published": "2023-03-06",
    "title": "World Bank pauses Tunisia program over president's remarks on migrants",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11], [T12, T13], [T14, T15]),
    "events": [
        event("SANCTION", WORLD_BANK, TUN_GOV, T1, mode="discontinue"),
        event("ACCUSE", MALPASS, SAIED, T2, mode="disapprove"),
        event("REQUEST", SAIED, TUN_SECURITY, T3, date="2023-02-21"),
        event("ACCUSE", FAKI, SAIED, T5, mode="disapprove"),
        event("ACCUSE", FAKI, TUN_AU_AMB, T5, mode="disapprove"),
        event("ACCUSE", TUN_MFA, AU_COMMISSION, T6, mode="disapprove"),
        event("PROTEST", TUNIS_PROTESTERS, SAIED, T8, mode="demo", date="2023-02-25", location="Tunis",
              location_country="TUN"),
        event("AID", GIN_GOV, GIN_CITIZENS, T9, date="2023-03-01"),
        event("AID", CIV_GOV, CIV_CITIZENS, T9, date="2023-03-04"),
        event("CONSULT", EMBALO, SAIED, T10, mode="visit", date="2023-03-01", location="Tunis",
              location_country="TUN"),
        event("SUPPORT", EMBALO, SAIED, T10),
        event("ACCUSE", NSF, SAIED, T11, mode="disapprove"),
        event("CONCEDE", TUN_GOV, None, T12, date="2023-03-05"),
    ],
    "quotes": [
        quote("racially motivated harassment and even violence", "David Malpass", "direct"),
        quote("the comments had triggered \"racially motivated harassment and even violence\" and that the bank would "
              "not take up a new framework for Tunisia until further notice", "David Malpass", "indirect"),
        quote("urgent measures", "Kais Saied", "direct"),
        quote("shocking", "Moussa Faki Mahamat", "direct"),
        quote("astonishment", "Ministry of Foreign Affairs of Tunisia", "direct"),
        quote("Saied's words had been misunderstood", "Umaro Sissoco Embaló", "indirect"),
        quote("the president had never meant to offend Africans and that Tunisia remained a proud African nation",
              "Office of the President of Tunisia", "indirect"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["TUNIS", "Tunis"]),
        entity("Tunisia", "LOC", "TUN", ["Tunisia", "the country", "the country's", "Tunisia's"]),
        entity("World Bank", "ORG", "IGO", ["The World Bank", "World Bank", "the bank"]),
        entity("Kais Saied", "PER", "TUN", ["President Kais Saied's", "Saied", "He", "the president's",
                                            "Saied's", "the president"]),
        entity("sub-Saharan migrants in Tunisia", "PER", None, ["sub-Saharan migrants", "migrants"]),
        entity("Black Africans in Tunisia", "PER", None, ["Black Africans"]),
        entity("David Malpass", "PER", "IGO", ["World Bank President David Malpass"]),
        entity("National Security Council of Tunisia", "ORG", "TUN", ["the National Security Council"]),
        entity("sub-Saharan Africa", "LOC", None, ["sub-Saharan Africa"]),
        entity("nationalist party", "ORG", "TUN", ["a small nationalist party"]),
        entity("Moussa Faki Mahamat", "PER", "IGO",
               ["The chairman of the African Union Commission, Moussa Faki Mahamat"]),
        entity("African Union Commission", "ORG", "IGO", ["the African Union Commission"]),
        entity("African Union", "ORG", "IGO", ["the bloc", "the African Union's"]),
        entity("Ambassador of Tunisia to the African Union", "PER", "TUN", ["Tunisia's ambassador to the bloc"]),
        entity("Ministry of Foreign Affairs of Tunisia", "ORG", "TUN", ["Tunisia's Foreign Ministry", "It"]),
        entity("protesters in Tunis", "PER", "TUN", ["Hundreds of people"]),
        entity("Government of Guinea", "ORG", "GIN", ["Guinea"]),
        entity("Guinean citizens in Tunisia", "PER", "GIN", ["about 50 of its citizens"]),
        entity("Government of Ivory Coast", "ORG", "CIV", ["Ivory Coast"]),
        entity("Ivorian citizens in Tunisia", "PER", "CIV", ["145 people"]),
        entity("Umaro Sissoco Embaló", "PER", "GNB", ["Guinea-Bissau's President Umaro Sissoco Embaló"]),
        entity("Guinea-Bissau", "LOC", "GNB", ["Guinea-Bissau's"]),
        entity("National Salvation Front", "ORG", "TUN", ["The National Salvation Front",
                                                          "the main opposition coalition"]),
        entity("Government of Tunisia", "ORG", "TUN", ["the government"]),
        entity("Office of the President of Tunisia", "ORG", "TUN", ["Saied's office"]),
        entity("Italy", "LOC", "ITA", ["Italy"]),
        entity("International Monetary Fund", "ORG", "IGO", ["the International Monetary Fund"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
