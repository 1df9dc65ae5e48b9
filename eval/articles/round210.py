"""Round 210: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm210-de-01: HTS-led rebels take Damascus and Assad flees to Moscow; the army pulls out, al-Jalali offers a handover, curfew, Sednaya prisoners freed, Iran's embassy ransacked, Scholz and Pedersen react (2024-12-08).
- hm210-de-02: Police shoot mourners at Raila Odinga's lying-in-state at Nairobi's Kasarani stadium; the rights commission and IPOA react, police deny targeting mourners, roadblocks in Kisumu, Ruto's pledge (2025-10-16).
- hm210-de-03: Peru's Congress removes President Dina Boluarte after the attack on an Agua Marina concert; José Jerí sworn in, Boluarte blames Congress, prosecutors seek a travel ban, protest outside Congress (2025-10-10).
- hm210-de-04: Kais Saied re-elected in Tunisia with 90 percent on low turnout; Zammel's team to appeal, Ennahda boycott, protest in Tunis, Tebboune congratulates, Tunis rebuffs the EU (2024-10-08).
- hm210-en-01: Guinea's voters approve a new constitution that could let Doumbouya run; Forces Vives and Diallo reject the result, UFDG and RPG suspended, HRW accuses, ECOWAS and Prime Minister Bah react (2025-09-23).
- hm210-en-02: The UN Security Council authorises a Gang Suppression Force for Haiti; Russia objects, Saint-Cyr thanks Kenya, Cherizier threatens foreign troops, police fighting in Delmas (2025-10-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- de-01 Syria: fall of Damascus
HTS = actor("Hayat Tahrir al-Sham", "SYR", "REB")
SAA = actor("Syrian Armed Forces", "SYR", "MIL")
RUSSIA = actor("Russia", "RUS", "GOV")
ASSAD = actor("Bashar al-Assad", "SYR", "GOV")
JALALI = actor("Mohammad Ghazi al-Jalali", "SYR", "GOV")
SHARAA = actor("Ahmed al-Sharaa", "SYR", "REB")
MINORITIES = actor("Syrian religious minorities", "SYR", "CVL")
DAMASCUS_RES = actor("residents of Damascus", "SYR", "CVL")
SEDNAYA_PRISONERS = actor("Sednaya prisoners", "SYR", "CVL")
UNKNOWN_ATTACKERS = actor("unidentified attackers", "SYR", None)
IRAN = actor("Iran", "IRN", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
PEDERSEN = actor("Geir Pedersen", "UNO", "IGO")
SYRIA = actor("Syria", "SYR", None)

S1 = ("Damaskus (dpa) - Nach fast 14 Jahren Bürgerkrieg haben islamistische Rebellen die syrische Hauptstadt "
      "Damaskus eingenommen.")
S2 = "Machthaber Baschar al-Assad habe das Land verlassen, teilte das russische Außenministerium am Sonntag mit."
S3 = ("Er und seine Familie hätten in Moskau Asyl erhalten, meldeten russische Staatsmedien am Abend unter Berufung "
      "auf den Kreml.")
S4 = ("Die Armeeführung hatte ihre Soldaten zuvor angewiesen, die Stellungen rund um die Hauptstadt zu räumen.")
S5 = "Regierungschef Mohammed al-Dschalali erklärte sich bereit, die Macht geordnet an eine neue Führung zu übergeben."
S6 = "„Ich bin in meinem Haus und werde nicht fliehen“, sagte er in einer Videobotschaft."
S7 = ("Der Anführer der Islamistengruppe Haiat Tahrir al-Scham (HTS), Abu Mohammed al-Dscholani, sicherte den "
      "religiösen Minderheiten des Landes Schutz zu.")
S8 = "Die Rebellen verhängten eine nächtliche Ausgangssperre über Damaskus."
S9 = ("Kämpfer öffneten das berüchtigte Militärgefängnis Saidnaja nördlich der Stadt und ließen Tausende Häftlinge "
      "frei.")
S10 = ("In der iranischen Botschaft verwüsteten Unbekannte Büros und rissen Bilder der Staatsführung von den "
       "Wänden.")
S11 = "Teheran verurteilte den Angriff auf seine Vertretung."
S12 = ("Bundeskanzler Olaf Scholz nannte das Ende der Assad-Herrschaft eine „gute Nachricht“ und forderte die neuen "
       "Machthaber auf, Minderheiten zu schützen.")
S13 = "Der UN-Sondergesandte Geir Pedersen bot an, den politischen Übergang zu begleiten."

DE01 = {
    "id": "hm210-de-01", "lang": "de", "url": None, "published": "2024-12-08",
    "title": "Rebellen nehmen Damaskus ein – Assad flieht nach Moskau",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8, S9], [S10, S11, S12, S13]),
    "events": [
        event("ASSAULT", HTS, SAA, S1, location="Damascus", location_country="SYR"),
        event("AID", RUSSIA, ASSAD, S3, location="Moscow", location_country="RUS"),
        event("RETREAT", SAA, HTS, S4, mode="withdraw", location="Damascus", location_country="SYR"),
        event("CONCEDE", JALALI, HTS, S5),
        event("AGREE", SHARAA, MINORITIES, S7),
        event("COERCE", HTS, DAMASCUS_RES, S8, mode="curfew", location="Damascus", location_country="SYR"),
        event("RETREAT", HTS, SEDNAYA_PRISONERS, S9, mode="release", location="Sednaya", location_country="SYR"),
        event("ASSAULT", UNKNOWN_ATTACKERS, IRAN, S10, mode="destroy", location="Damascus", location_country="SYR"),
        event("ACCUSE", IRAN, UNKNOWN_ATTACKERS, S11, mode="disapprove"),
        event("REQUEST", SCHOLZ, HTS, S12, mode="change"),
        event("AGREE", PEDERSEN, SYRIA, S13),
    ],
    "quotes": [
        quote("Machthaber Baschar al-Assad habe das Land verlassen", "Ministry of Foreign Affairs of Russia",
              "indirect"),
        quote("Er und seine Familie hätten in Moskau Asyl erhalten", "Kremlin", "indirect"),
        quote("die Stellungen rund um die Hauptstadt zu räumen", "Syrian Armed Forces", "indirect"),
        quote("die Macht geordnet an eine neue Führung zu übergeben", "Mohammad Ghazi al-Jalali", "indirect"),
        quote("Ich bin in meinem Haus und werde nicht fliehen", "Mohammad Ghazi al-Jalali", "direct"),
        quote("gute Nachricht", "Olaf Scholz", "direct"),
        quote("Minderheiten zu schützen", "Olaf Scholz", "indirect"),
        quote("den politischen Übergang zu begleiten", "Geir Pedersen", "indirect"),
    ],
    "entities": [
        entity("Damascus", "LOC", "SYR", ["Damaskus", "die syrische Hauptstadt Damaskus", "die Hauptstadt",
                                          "der Stadt"]),
        entity("Hayat Tahrir al-Sham", "ORG", "SYR", ["islamistische Rebellen", "der Islamistengruppe Haiat Tahrir "
                                                      "al-Scham (HTS)", "Die Rebellen", "Kämpfer",
                                                      "die neuen Machthaber"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Machthaber Baschar al-Assad", "Er", "Assad-Herrschaft"]),
        entity("Syria", "GPE", "SYR", ["das Land", "des Landes"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["das russische Außenministerium"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Kremlin", "ORG", "RUS", ["den Kreml"]),
        entity("Syrian Armed Forces", "ORG", "SYR", ["Die Armeeführung", "ihre Soldaten"]),
        entity("Mohammad Ghazi al-Jalali", "PER", "SYR", ["Regierungschef Mohammed al-Dschalali", "er"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Der Anführer der Islamistengruppe Haiat Tahrir al-Scham (HTS), "
                                                 "Abu Mohammed al-Dscholani"]),
        entity("Syrian religious minorities", "ORG", "SYR", ["den religiösen Minderheiten des Landes",
                                                            "Minderheiten"]),
        entity("Sednaya Prison", "LOC", "SYR", ["das berüchtigte Militärgefängnis Saidnaja"]),
        entity("Embassy of Iran in Damascus", "ORG", "IRN", ["der iranischen Botschaft", "seine Vertretung"]),
        entity("Iran", "GPE", "IRN", ["Teheran"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Geir Pedersen", "PER", "UNO", ["Der UN-Sondergesandte Geir Pedersen"]),
    ],
}

# ---------------------------------------------------------------- de-02 Kenya: shooting at Odinga lying-in-state
KE_POLICE = actor("National Police Service", "KEN", "COP")
KE_POLICE_SPOKES = actor("National Police Service spokesperson", "KEN", "COP")
MOURNERS = actor("Kenyan mourners", "KEN", "CVL")
KNCHR = actor("Kenya National Commission on Human Rights", "KEN", "GOV")
KE_GOV = actor("Government of Kenya", "KEN", "GOV")
IPOA = actor("Independent Policing Oversight Authority", "KEN", "GOV")
KISUMU_YOUTH = actor("youths in Kisumu", "KEN", "CVL")
ODM = actor("Orange Democratic Movement", "KEN", "PTY")
ODM_SUPP = actor("Orange Democratic Movement supporters", "KEN", "CVL")
RUTO = actor("William Ruto", "KEN", "GOV")
ODINGA_FAMILY = actor("family of Raila Odinga", "KEN", "CVL")
ODINGA = actor("Raila Odinga", "KEN", "OPP")

K1 = ("Nairobi (AFP) - Bei der öffentlichen Aufbahrung des verstorbenen kenianischen Oppositionsführers Raila "
      "Odinga haben Polizisten in Nairobi mindestens drei Menschen erschossen.")
K2 = ("Die Beamten setzten im Kasarani-Stadion Tränengas ein, als Tausende Trauernde versuchten, auf das Spielfeld "
      "zu gelangen.")
K3 = ("Der 80-Jährige war am Mittwoch während eines Klinikaufenthalts im indischen Bundesstaat Kerala an einem "
      "Herzinfarkt gestorben.")
K4 = "Präsident William Ruto ordnete eine siebentägige Staatstrauer an."
K5 = "Die Nationale Menschenrechtskommission verurteilte den Einsatz als »unverhältnismäßig und tödlich«."
K6 = "Sie verlangte eine unabhängige Untersuchung und die Bestrafung der verantwortlichen Beamten."
K7 = "Die Polizeiaufsichtsbehörde IPOA kündigte an, die Todesfälle zu untersuchen."
K8 = "Ein Polizeisprecher bestritt, dass gezielt auf Trauernde geschossen worden sei."
K9 = ("Die Einsatzkräfte seien von Steinewerfern angegriffen worden und hätten eine Massenpanik verhindern müssen, "
      "sagte er.")
K10 = ("In Kisumu, der Hochburg Odingas im Westen des Landes, blockierten Jugendliche aus Wut über die Schüsse "
       "Straßen mit brennenden Reifen.")
K11 = "Odingas Partei ODM rief ihre Anhänger zur Ruhe auf."
K12 = "Ruto versprach der Familie des Verstorbenen, die Verantwortlichen zur Rechenschaft zu ziehen."
K13 = ("Der Präsident und Odinga hatten im März ein Abkommen über eine »breit aufgestellte Regierung« "
       "unterzeichnet, bereits im Vorjahr waren mehrere ODM-Politiker ins Kabinett eingetreten.")
K14 = "Odinga soll am Sonntag in seinem Heimatort Bondo beigesetzt werden."

DE02 = {
    "id": "hm210-de-02", "lang": "de", "url": None, "published": "2025-10-16",
    "title": "Tote bei Trauerfeier für Kenias Oppositionsführer Odinga",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8, K9], [K10, K11, K12, K13, K14]),
    "events": [
        event("ASSAULT", KE_POLICE, MOURNERS, K1, mode="firearms", location="Nairobi", location_country="KEN"),
        event("ASSAULT", KE_POLICE, MOURNERS, K2, mode="crowd-control", location="Kasarani Stadium",
              location_country="KEN"),
        event("ACCUSE", KNCHR, KE_POLICE, K5, mode="disapprove"),
        event("REQUEST", KNCHR, KE_GOV, K6, mode="change"),
        event("ACCUSE", IPOA, KE_POLICE, K7, mode="investigate"),
        event("ACCUSE", KE_POLICE_SPOKES, MOURNERS, K9, mode="allege"),
        event("PROTEST", KISUMU_YOUTH, KE_POLICE, K10, mode="obstruct", location="Kisumu", location_country="KEN"),
        event("REQUEST", ODM, ODM_SUPP, K11, mode="change"),
        event("AGREE", RUTO, ODINGA_FAMILY, K12),
        event("SUPPORT", RUTO, ODINGA, K13),
    ],
    "quotes": [
        quote("unverhältnismäßig und tödlich", "Kenya National Commission on Human Rights", "direct"),
        quote("die Todesfälle zu untersuchen", "Independent Policing Oversight Authority", "indirect"),
        quote("dass gezielt auf Trauernde geschossen worden sei", "National Police Service spokesperson", "indirect"),
        quote("Die Einsatzkräfte seien von Steinewerfern angegriffen worden und hätten eine Massenpanik verhindern "
              "müssen", "National Police Service spokesperson", "indirect"),
        quote("die Verantwortlichen zur Rechenschaft zu ziehen", "William Ruto", "indirect"),
        quote("breit aufgestellte Regierung", "William Ruto", "direct"),
    ],
    "entities": [
        entity("Raila Odinga", "PER", "KEN", ["des verstorbenen kenianischen Oppositionsführers Raila Odinga",
                                              "Der 80-Jährige", "Odingas", "des Verstorbenen", "Odinga"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("National Police Service", "ORG", "KEN", ["Polizisten", "Die Beamten", "Die Einsatzkräfte"]),
        entity("Kasarani Stadium", "LOC", "KEN", ["Kasarani-Stadion"]),
        entity("Kenyan mourners", "ORG", "KEN", ["Tausende Trauernde", "Trauernde"]),
        entity("Kerala", "LOC", "IND", ["im indischen Bundesstaat Kerala"]),
        entity("William Ruto", "PER", "KEN", ["Präsident William Ruto", "Ruto", "Der Präsident"]),
        entity("Kenya National Commission on Human Rights", "ORG", "KEN",
               ["Die Nationale Menschenrechtskommission", "Sie"]),
        entity("Independent Policing Oversight Authority", "ORG", "KEN", ["Die Polizeiaufsichtsbehörde IPOA"]),
        entity("National Police Service spokesperson", "PER", "KEN", ["Ein Polizeisprecher", "er"]),
        entity("Kisumu", "LOC", "KEN", ["Kisumu", "der Hochburg Odingas im Westen des Landes"]),
        entity("Kenya", "GPE", "KEN", ["des Landes"]),
        entity("youths in Kisumu", "ORG", "KEN", ["Jugendliche"]),
        entity("Orange Democratic Movement", "ORG", "KEN", ["Odingas Partei ODM", "ODM-Politiker"]),
        entity("Orange Democratic Movement supporters", "ORG", "KEN", ["ihre Anhänger"]),
        entity("family of Raila Odinga", "ORG", "KEN", ["der Familie des Verstorbenen"]),
        entity("Bondo", "LOC", "KEN", ["seinem Heimatort Bondo"]),
    ],
}

# ---------------------------------------------------------------- de-03 Peru: Boluarte removed
PE_CONGRESS = actor("Congress of Peru", "PER", "LEG")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
JERI = actor("José Jerí", "PER", "GOV")
PE_GANGS = actor("Peruvian criminal gangs", "PER", None)
PE_PARTIES = actor("Peruvian political parties", "PER", "PTY")
GUNMEN = actor("unidentified gunmen", "PER", None)
AGUA_MARINA = actor("Agua Marina musicians", "PER", "CVL")
PE_PROSECUTOR = actor("Public Prosecutor's Office of Peru", "PER", "JUD")
PE_PROTESTERS = actor("Peruvian protesters", "PER", "CVL")
PE_POLICE = actor("National Police of Peru", "PER", "COP")

R1 = ("Lima (dpa) - Perus Kongress hat Präsidentin Dina Boluarte nach monatelanger Kritik an ihrem Umgang mit der "
      "ausufernden Kriminalität abgesetzt.")
R2 = ("Die Abgeordneten stimmten in der Nacht zu Freitag mit 122 Stimmen ohne Gegenstimme für ihre Amtsenthebung "
      "wegen „dauerhafter moralischer Unfähigkeit“.")
R3 = "Boluarte erschien nicht zu der Sitzung, obwohl sie sich dort hätte verteidigen können."
R4 = "Parlamentspräsident José Jerí wurde kurz nach Mitternacht als neuer Staatschef vereidigt."
R5 = "Der 38-Jährige erklärte in seiner Antrittsrede dem organisierten Verbrechen den Krieg."
R6 = "„Ich bitte alle politischen Kräfte“, sagte Jerí, „um einen Burgfrieden bis zur Wahl im April.“"
R7 = "Boluarte selbst räumte keine Fehler ein."
R8 = "In einer kurzen Botschaft warf sie den Abgeordneten vor, das Land aus Eigennutz ins Chaos zu stürzen."
R9 = ("Auslöser der Abstimmung war ein Anschlag auf ein Konzert der Cumbia-Band Agua Marina in Lima, bei dem "
      "Unbekannte am Mittwochabend mehrere Musiker durch Schüsse verletzt hatten.")
R10 = ("Die Staatsanwaltschaft beantragte ein Ausreiseverbot gegen die frühere Präsidentin, gegen die mehrere "
       "Ermittlungen laufen.")
R11 = "Vor dem Kongress demonstrierten Hunderte Menschen und forderten den Rücktritt aller Abgeordneten."
R12 = "Die Polizei sperrte die Straßen rund um das Parlamentsgebäude ab."
R13 = "Jerí ist der siebte Staatschef Perus seit 2016."

DE03 = {
    "id": "hm210-de-03", "lang": "de", "url": None, "published": "2025-10-10",
    "title": "Perus Kongress setzt Präsidentin Boluarte ab",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7, R8], [R9, R10, R11, R12, R13]),
    "events": [
        event("SANCTION", PE_CONGRESS, BOLUARTE, R1, mode="expel"),
        event("SANCTION", PE_CONGRESS, BOLUARTE, R2, mode="expel", date="2025-10-10"),
        event("THREATEN", JERI, PE_GANGS, R5, mode="violence"),
        event("REQUEST", JERI, PE_PARTIES, R6, mode="change"),
        event("CONCEDE", BOLUARTE, None, R7, negated=True),
        event("ACCUSE", BOLUARTE, PE_CONGRESS, R8, mode="allege"),
        event("ASSAULT", GUNMEN, AGUA_MARINA, R9, mode="firearms", date="2025-10-08", location="Lima",
              location_country="PER"),
        event("ACCUSE", PE_PROSECUTOR, BOLUARTE, R10, mode="allege"),
        event("PROTEST", PE_PROTESTERS, PE_CONGRESS, R11, mode="demo", location="Lima", location_country="PER"),
        event("REQUEST", PE_PROTESTERS, PE_CONGRESS, R11, mode="change", location="Lima", location_country="PER"),
        event("COERCE", PE_POLICE, PE_PROTESTERS, R12, mode="restrict", location="Lima", location_country="PER"),
    ],
    "quotes": [
        quote("dauerhafter moralischer Unfähigkeit", "Congress of Peru", "direct"),
        quote("Ich bitte alle politischen Kräfte", "José Jerí", "direct"),
        quote("um einen Burgfrieden bis zur Wahl im April", "José Jerí", "direct"),
        quote("das Land aus Eigennutz ins Chaos zu stürzen", "Dina Boluarte", "indirect"),
    ],
    "entities": [
        entity("Congress of Peru", "ORG", "PER", ["Perus Kongress", "Die Abgeordneten", "den Abgeordneten",
                                                  "dem Kongress", "aller Abgeordneten"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte", "Boluarte", "sie",
                                               "die frühere Präsidentin"]),
        entity("Peru", "GPE", "PER", ["Perus", "das Land"]),
        entity("José Jerí", "PER", "PER", ["Parlamentspräsident José Jerí", "Der 38-Jährige", "Jerí"]),
        entity("Peruvian political parties", "ORG", "PER", ["alle politischen Kräfte"]),
        entity("Agua Marina", "ORG", "PER", ["der Cumbia-Band Agua Marina"]),
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("unidentified gunmen", "ORG", "PER", ["Unbekannte"]),
        entity("Public Prosecutor's Office of Peru", "ORG", "PER", ["Die Staatsanwaltschaft"]),
        entity("Peruvian protesters", "ORG", "PER", ["Hunderte Menschen"]),
        entity("National Police of Peru", "ORG", "PER", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- de-04 Tunisia: Saied re-elected
SAIED = actor("Kais Saied", "TUN", "GOV")
ISIE = actor("Independent High Authority for Elections", "TUN", "GOV")
ZAMMEL_CAMP = actor("Ayachi Zammel campaign", "TUN", "OPP")
TUN_OPP = actor("Tunisian opposition", "TUN", "OPP")
ENNAHDA = actor("Ennahda", "TUN", "OPP")
TUN_OPP_PARTIES = actor("Tunisian opposition parties", "TUN", "OPP")
TUN_PROTESTERS = actor("Tunisian protesters", "TUN", "CVL")
TUN_POLICE = actor("Tunisian police", "TUN", "COP")
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")
EU = actor("European Union", "EUR", "IGO")
TUNISIA = actor("Tunisia", "TUN", "GOV")
TUN_MFA_SPOKES = actor("Spokesperson of the Tunisian Ministry of Foreign Affairs", "TUN", "GOV")

U1 = ("Tunis (AFP) - Tunesiens Präsident Kais Saied ist mit gut 90 Prozent der Stimmen für eine zweite Amtszeit "
      "gewählt worden.")
U2 = "Die Wahlbehörde Isie bezifferte die Beteiligung am Montagabend auf lediglich knapp 29 Prozent."
U3 = ("Der inhaftierte Kandidat Ayachi Zammel kam demnach auf gut sieben Prozent, der Linksnationalist Zouhair "
      "Maghzaoui auf knapp zwei Prozent.")
U4 = "Zammels Wahlkampfteam kündigte an, das Ergebnis vor dem Verwaltungsgericht anzufechten."
U5 = ("Saied kündigte bei einer Siegesfeier in Tunis an, noch härter gegen seine Gegner vorzugehen, die er als "
      "„Verräter“ bezeichnete.")
U6 = "Die islamistische Ennahda und weitere Oppositionsparteien hatten die Wahl boykottiert."
U7 = "Viele ihrer führenden Köpfe, darunter Ennahda-Chef Rached Ghannouchi, sitzen seit mehr als einem Jahr in Haft."
U8 = "Am Freitag hatten in der Hauptstadt mehrere Hundert Menschen gegen Saied demonstriert."
U9 = "Die Polizei hinderte sie daran, zum Regierungssitz zu ziehen."
U10 = "Der algerische Präsident Abdelmadjid Tebboune gratulierte Saied in einem Telefonat zu seinem Sieg."
U11 = "Die Europäische Union rief Tunis auf, die Freilassung inhaftierter Oppositioneller zu prüfen."
U12 = "Ein Sprecher des Außenministeriums wies dies als Einmischung in innere Angelegenheiten zurück."
U13 = "Saied war 2019 erstmals zum Präsidenten gewählt worden."

DE04 = {
    "id": "hm210-de-04", "lang": "de", "url": None, "published": "2024-10-08",
    "title": "Tunesiens Präsident Saied mit 90 Prozent wiedergewählt",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7, U8, U9], [U10, U11, U12, U13]),
    "events": [
        event("ACCUSE", ZAMMEL_CAMP, ISIE, U4, mode="allege"),
        event("THREATEN", SAIED, TUN_OPP, U5, location="Tunis", location_country="TUN"),
        event("ACCUSE", SAIED, TUN_OPP, U5, mode="disapprove", location="Tunis", location_country="TUN"),
        event("PROTEST", ENNAHDA, SAIED, U6, mode="boycott"),
        event("PROTEST", TUN_OPP_PARTIES, SAIED, U6, mode="boycott"),
        event("PROTEST", TUN_PROTESTERS, SAIED, U8, mode="demo", date="2024-10-04", location="Tunis",
              location_country="TUN"),
        event("COERCE", TUN_POLICE, TUN_PROTESTERS, U9, mode="restrict", date="2024-10-04", location="Tunis",
              location_country="TUN"),
        event("SUPPORT", TEBBOUNE, SAIED, U10),
        event("CONSULT", TEBBOUNE, SAIED, U10, mode="phone"),
        event("REQUEST", EU, TUNISIA, U11, mode="yield"),
        event("REJECT", TUN_MFA_SPOKES, EU, U12, mode="yield"),
    ],
    "quotes": [
        quote("das Ergebnis vor dem Verwaltungsgericht anzufechten", "Ayachi Zammel campaign", "indirect"),
        quote("noch härter gegen seine Gegner vorzugehen", "Kais Saied", "indirect"),
        quote("Verräter", "Kais Saied", "direct"),
        quote("die Freilassung inhaftierter Oppositioneller zu prüfen", "European Union", "indirect"),
    ],
    "entities": [
        entity("Kais Saied", "PER", "TUN", ["Tunesiens Präsident Kais Saied", "Saied", "er"]),
        entity("Tunisia", "GPE", "TUN", ["Tunesiens", "Tunis"]),
        entity("Tunis", "LOC", "TUN", ["Tunis", "der Hauptstadt"]),
        entity("Independent High Authority for Elections", "ORG", "TUN", ["Die Wahlbehörde Isie"]),
        entity("Ayachi Zammel", "PER", "TUN", ["Der inhaftierte Kandidat Ayachi Zammel", "Zammels"]),
        entity("Zouhair Maghzaoui", "PER", "TUN", ["der Linksnationalist Zouhair Maghzaoui"]),
        entity("Ayachi Zammel campaign", "ORG", "TUN", ["Zammels Wahlkampfteam"]),
        entity("Administrative Court of Tunisia", "ORG", "TUN", ["dem Verwaltungsgericht"]),
        entity("Tunisian opposition", "ORG", "TUN", ["seine Gegner", "Oppositioneller"]),
        entity("Ennahda", "ORG", "TUN", ["Die islamistische Ennahda"]),
        entity("Tunisian opposition parties", "ORG", "TUN", ["weitere Oppositionsparteien"]),
        entity("Rached Ghannouchi", "PER", "TUN", ["Ennahda-Chef Rached Ghannouchi"]),
        entity("Tunisian protesters", "ORG", "TUN", ["mehrere Hundert Menschen", "sie"]),
        entity("Tunisian police", "ORG", "TUN", ["Die Polizei"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["Der algerische Präsident Abdelmadjid Tebboune"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("Spokesperson of the Tunisian Ministry of Foreign Affairs", "PER", "TUN",
               ["Ein Sprecher des Außenministeriums"]),
    ],
}

# ---------------------------------------------------------------- en-01 Guinea referendum
FORCES_VIVES = actor("Forces Vives de Guinée", "GIN", "OPP")
DGE = actor("General Directorate of Elections of Guinea", "GIN", "GOV")
DIALLO = actor("Cellou Dalein Diallo", "GIN", "OPP")
GIN_JUNTA = actor("Guinean junta", "GIN", "MIL")
GIN_GOV = actor("Government of Guinea", "GIN", "GOV")
UFDG = actor("Union of Democratic Forces of Guinea", "GIN", "OPP")
RPG = actor("Rally of the Guinean People", "GIN", "OPP")
GIN_SECURITY = actor("Guinean security forces", "GIN", "COP")
HRW = actor("Human Rights Watch", "NGO", "NGO")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
GUINEA = actor("Guinea", "GIN", "GOV")
BAH = actor("Amadou Oury Bah", "GIN", "GOV")
AU = actor("African Union", "IGO", "IGO")

G1 = ("CONAKRY (AFP) - Guinean voters have overwhelmingly approved a new constitution in a referendum that could "
      "allow junta leader Mamadi Doumbouya to run for president, provisional results showed on Tuesday.")
G2 = ("The yes vote stood at 89.4% with turnout of 86.4%, the head of the election body, Djenabou Toure, said on "
      "state television.")
G3 = "The Forces Vives de Guinee opposition alliance dismissed the figures as “a masquerade.”"
G4 = ("“The Guinean people stayed at home, whatever the junta claims,” exiled opposition leader Cellou Dalein Diallo "
      "wrote on Facebook.")
G5 = ("The charter extends the presidential term to seven years and lets members of the transitional "
      "authorities stand for office.")
G6 = ("Doumbouya, a former special forces commander, has not said whether he will run in the December "
      "presidential election.")
G7 = ("In August, the authorities suspended Diallo's UFDG and former president Alpha Conde's RPG for three "
      "months.")
G8 = "Security forces were deployed across Conakry on polling day."
G9 = ("Human Rights Watch accused the authorities of intimidating opponents and said two FNDC activists who "
      "disappeared last year were still missing.")
G10 = ("The Economic Community of West African States said it took note of the result and urged Conakry to hold "
       "the vote on schedule.")
G11 = ("Prime Minister Amadou Oury Bah said the government would invite observers from the African Union and "
       "ECOWAS.")
G12 = "He rejected demands by the Forces Vives to lift the suspension of the parties before the election."

EN01 = {
    "id": "hm210-en-01", "lang": "en", "url": None, "published": "2025-09-23",
    "title": "Guineans back new constitution that could let junta leader run",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11, G12]),
    "events": [
        event("ACCUSE", FORCES_VIVES, DGE, G3, mode="disapprove"),
        event("ACCUSE", DIALLO, GIN_JUNTA, G4, mode="disapprove"),
        event("COERCE", GIN_GOV, UFDG, G7, mode="ban"),
        event("COERCE", GIN_GOV, RPG, G7, mode="ban"),
        event("MOBILIZE", GIN_SECURITY, None, G8, mode="police", date="2025-09-21", location="Conakry",
              location_country="GIN"),
        event("ACCUSE", HRW, GIN_GOV, G9, mode="allege"),
        event("REQUEST", ECOWAS, GUINEA, G10, mode="change"),
        event("AGREE", BAH, AU, G11),
        event("AGREE", BAH, ECOWAS, G11),
        event("REJECT", BAH, FORCES_VIVES, G12, mode="yield"),
        event("REQUEST", FORCES_VIVES, GIN_GOV, G12, mode="yield"),
    ],
    "quotes": [
        quote("The yes vote stood at 89.4% with turnout of 86.4%", "Djenabou Touré", "indirect"),
        quote("a masquerade", "Forces Vives de Guinée", "direct"),
        quote("The Guinean people stayed at home, whatever the junta claims", "Cellou Dalein Diallo", "direct"),
        quote("two FNDC activists who disappeared last year were still missing", "Human Rights Watch",
              "indirect"),
        quote("it took note of the result", "Economic Community of West African States", "indirect"),
        quote("the government would invite observers from the African Union and ECOWAS", "Amadou Oury Bah",
              "indirect"),
    ],
    "entities": [
        entity("Guinea", "GPE", "GIN", ["Conakry"]),
        entity("Conakry", "LOC", "GIN", ["CONAKRY", "Conakry"]),
        entity("Mamadi Doumbouya", "PER", "GIN", ["junta leader Mamadi Doumbouya", "Doumbouya",
                                                  "a former special forces commander", "he"]),
        entity("Djenabou Touré", "PER", "GIN", ["the head of the election body, Djenabou Toure"]),
        entity("General Directorate of Elections of Guinea", "ORG", "GIN", ["the election body"]),
        entity("Forces Vives de Guinée", "ORG", "GIN", ["The Forces Vives de Guinee opposition alliance",
                                                        "the Forces Vives"]),
        entity("Cellou Dalein Diallo", "PER", "GIN", ["exiled opposition leader Cellou Dalein Diallo", "Diallo's"]),
        entity("Guinean junta", "ORG", "GIN", ["the junta"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Government of Guinea", "ORG", "GIN", ["the authorities", "the government"]),
        entity("Union of Democratic Forces of Guinea", "ORG", "GIN", ["UFDG"]),
        entity("Alpha Condé", "PER", "GIN", ["former president Alpha Conde"]),
        entity("Rally of the Guinean People", "ORG", "GIN", ["Alpha Conde's RPG"]),
        entity("Guinean security forces", "ORG", "GIN", ["Security forces"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("National Front for the Defence of the Constitution", "ORG", "GIN", ["FNDC"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["The Economic Community of West African States", "ECOWAS"]),
        entity("Amadou Oury Bah", "PER", "GIN", ["Prime Minister Amadou Oury Bah", "He"]),
        entity("African Union", "ORG", "IGO", ["the African Union"]),
    ],
}

# ---------------------------------------------------------------- en-02 Haiti Gang Suppression Force
UNSC = actor("United Nations Security Council", "UNO", "IGO")
HAITI = actor("Haiti", "HTI", None)
WALTZ = actor("Mike Waltz", "USA", "GOV")
POLYANSKIY = actor("Dmitry Polyanskiy", "RUS", "GOV")
USA = actor("United States", "USA", "GOV")
SAINT_CYR = actor("Laurent Saint-Cyr", "HTI", "GOV")
KENYA = actor("Kenya", "KEN", "GOV")
CHERIZIER = actor("Jimmy Cherizier", "HTI", None)
FOREIGN_TROOPS = actor("international forces in Haiti", None, "MIL")
HNP = actor("Haitian National Police", "HTI", "COP")
GANGS = actor("Haitian gangs", "HTI", None)

H1 = ("UNITED NATIONS (Reuters) - The U.N. Security Council on Tuesday authorized a larger international force to "
      "fight Haiti's gangs, replacing a struggling Kenyan-led mission.")
H2 = ("Twelve of the 15 members voted for the resolution drafted by the United States and Panama, while Russia, "
      "China and Pakistan abstained.")
H3 = ("The so-called Gang Suppression Force will have up to 5,550 personnel and, unlike the current mission, the "
      "power to make arrests.")
H4 = ("“Haiti cannot wait any longer,” U.S. Ambassador Mike Waltz told the council, adding that Washington would "
      "help pay for the force.")
H5 = ("Russia's deputy ambassador Dmitry Polyanskiy accused Washington of rushing the text "
      "through.")
H6 = ("Washington was asking the council to sign “a blank cheque” for a force without clear rules of engagement, "
      "he said.")
H7 = ("Laurent Saint-Cyr, who heads Haiti's Transitional Presidential Council, welcomed the vote and thanked Kenya "
      "for leading the outgoing mission.")
H8 = ("Kenya, which has deployed about 750 police officers to Haiti since June 2024, said it was ready to "
      "contribute to the new force.")
H9 = ("Gang leader Jimmy Cherizier, known as Barbecue, whose Viv Ansanm coalition controls most of Port-au-Prince, "
      "threatened in a video to fight any foreign troops.")
H10 = "“We will treat them as invaders,” he said."
H11 = ("On Tuesday, police said officers had pushed gang members out of several streets in the Delmas "
       "district.")
H12 = "The United Nations says more than 3,100 people were killed in Haiti in the first half of 2025."

EN02 = {
    "id": "hm210-en-02", "lang": "en", "url": None, "published": "2025-10-01",
    "title": "U.N. Security Council approves tougher force against Haiti's gangs",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12]),
    "events": [
        event("SUPPORT", UNSC, HAITI, H1, date="2025-09-30", location="New York", location_country="USA"),
        event("AGREE", WALTZ, HAITI, H4),
        event("ACCUSE", POLYANSKIY, USA, H5, mode="disapprove"),
        event("ACCUSE", POLYANSKIY, USA, H6, mode="disapprove"),
        event("SUPPORT", SAINT_CYR, UNSC, H7),
        event("SUPPORT", SAINT_CYR, KENYA, H7),
        event("AID", KENYA, HAITI, H8),
        event("AGREE", KENYA, HAITI, H8),
        event("THREATEN", CHERIZIER, FOREIGN_TROOPS, H9, mode="violence"),
        event("THREATEN", CHERIZIER, FOREIGN_TROOPS, H10, mode="violence"),
        event("ASSAULT", HNP, GANGS, H11, mode="firearms", date="2025-09-30", location="Delmas",
              location_country="HTI"),
    ],
    "quotes": [
        quote("Haiti cannot wait any longer", "Mike Waltz", "direct"),
        quote("Washington would help pay for the force", "Mike Waltz", "indirect"),
        quote("Washington was asking the council to sign “a blank cheque” for a force without clear rules of "
              "engagement", "Dmitry Polyanskiy", "indirect"),
        quote("a blank cheque", "Dmitry Polyanskiy", "direct"),
        quote("it was ready to contribute to the new force", "Kenya", "indirect"),
        quote("We will treat them as invaders", "Jimmy Cherizier", "direct"),
        quote("officers had pushed gang members out of several streets in the Delmas district",
              "Haitian National Police", "indirect"),
        quote("more than 3,100 people were killed in Haiti in the first half of 2025", "United Nations",
              "indirect"),
    ],
    "entities": [
        entity("United Nations Security Council", "ORG", "UNO", ["The U.N. Security Council", "the council"]),
        entity("Haiti", "GPE", "HTI", ["Haiti's", "Haiti"]),
        entity("Multinational Security Support Mission", "ORG", "IGO", ["a struggling Kenyan-led mission", "the current mission",
                                                                         "the outgoing mission"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington", "U.S."]),
        entity("Panama", "GPE", "PAN", ["Panama"]),
        entity("Russia", "GPE", "RUS", ["Russia", "Russia's"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
        entity("Gang Suppression Force", "ORG", "IGO", ["The so-called Gang Suppression Force", "the force",
                                                        "the new force"]),
        entity("Mike Waltz", "PER", "USA", ["U.S. Ambassador Mike Waltz"]),
        entity("Dmitry Polyanskiy", "PER", "RUS", ["Russia's deputy ambassador Dmitry Polyanskiy", "he"]),
        entity("Laurent Saint-Cyr", "PER", "HTI", ["Laurent Saint-Cyr"]),
        entity("Transitional Presidential Council", "ORG", "HTI", ["Haiti's Transitional Presidential Council"]),
        entity("Kenya", "GPE", "KEN", ["Kenya"]),
        entity("Jimmy Cherizier", "PER", "HTI", ["Gang leader Jimmy Cherizier, known as Barbecue", "he"]),
        entity("Viv Ansanm", "ORG", "HTI", ["Viv Ansanm coalition"]),
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince"]),
        entity("Haitian National Police", "ORG", "HTI", ["police", "officers"]),
        entity("Delmas", "LOC", "HTI", ["the Delmas district"]),
        entity("United Nations", "ORG", "UNO", ["UNITED NATIONS", "The United Nations"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
