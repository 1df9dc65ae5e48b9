"""Round 123: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm123-de-01: France hands over its last military bases in Senegal (2025-07-17).
- hm123-de-02: Germany recalls its ambassador from Tehran after Iran executes Jamshid Sharmahd (2024-10-29).
- hm123-de-03: PKK fighters burn their weapons in a ceremony near Sulaymaniyah, northern Iraq (2025-07-11).
- hm123-de-04: Mozambican police fire tear gas at Mondlane supporters after the killing of his lawyer (2024-10-21).
- hm123-en-01: Kuwait's emir dissolves parliament and suspends parts of the constitution (2024-05-11).
- hm123-en-02: Kenya's Senate removes Deputy President Rigathi Gachagua; court blocks swearing-in of Kindiki (2024-10-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm123-de-01
FRANCE = actor("France", "FRA", "GOV")
FR_MIL = actor("French armed forces", "FRA", "MIL")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
IANNI = actor("Pascal Ianni", "FRA", "MIL")
CISSE = actor("Mbaye Cissé", "SEN", "MIL")
FAYE = actor("Bassirou Diomaye Faye", "SEN", "GOV")
SONKO = actor("Ousmane Sonko", "SEN", "GOV")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
NER_GOV = actor("Government of Niger", "NER", "GOV")

A1 = "Frankreich hat am Donnerstag seine letzten Militärstützpunkte im Senegal an die Regierung in Dakar übergeben."
A2 = "Bei einer Zeremonie im Camp Geille im Stadtteil Ouakam holten französische Soldaten die Trikolore ein, danach wurde die senegalesische Flagge gehisst."
A3 = "Damit endet nach mehr als sechs Jahrzehnten die dauerhafte französische Militärpräsenz in dem westafrikanischen Land."
A4 = "Der Kommandeur der französischen Streitkräfte in Afrika, General Pascal Ianni, war am Vormittag in Dakar mit dem senegalesischen Generalstabschef Mbaye Cissé zusammengekommen."
A5 = "Cissé sprach anschließend von einem „historischen Tag für die Souveränität unseres Landes“."
A6 = "Ianni sagte, Frankreich bleibe ein Partner Senegals und sei zu einer neuen Form der Zusammenarbeit bereit, etwa bei der Ausbildung von Offizieren."
A7 = "Präsident Bassirou Diomaye Faye hatte im November vergangenen Jahres erklärt, ausländische Militärbasen seien mit der Unabhängigkeit des Senegals nicht vereinbar."
A8 = "Er forderte Paris auf, alle Soldaten bis Ende 2025 abzuziehen."
A9 = "Premierminister Ousmane Sonko warf der früheren Kolonialmacht wiederholt vor, Senegal „wie einen Hinterhof“ zu behandeln."
A10 = "Die rund 350 französischen Soldaten hatten das Land bereits in den vergangenen Monaten schrittweise verlassen."
A11 = "In Mali, Burkina Faso und Niger hatten Militärregierungen die französischen Truppen schon zuvor zum Abzug gezwungen."

DE01 = {
    "id": "hm123-de-01", "lang": "de", "url": None, "published": "2025-07-17",
    "title": "Frankreich übergibt letzte Militärbasen im Senegal",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10, A11]),
    "events": [
        event("RETREAT", FRANCE, SEN_GOV, A1, mode="withdraw", date="2025-07-17", location="Dakar", location_country="SEN"),
        event("RETREAT", FR_MIL, SEN_GOV, A2, mode="withdraw", date="2025-07-17", location="Dakar", location_country="SEN"),
        event("CONSULT", IANNI, CISSE, A4, mode="visit", date="2025-07-17", location="Dakar", location_country="SEN"),
        event("AGREE", IANNI, SEN_GOV, A6),
        event("REQUEST", FAYE, FRANCE, A8, mode="yield"),
        event("ACCUSE", SONKO, FRANCE, A9, mode="disapprove"),
        event("RETREAT", FR_MIL, SEN_GOV, A10, mode="withdraw", location_country="SEN"),
        event("SANCTION", MLI_GOV, FR_MIL, A11, mode="expel", location_country="MLI"),
        event("SANCTION", BFA_GOV, FR_MIL, A11, mode="expel", location_country="BFA"),
        event("SANCTION", NER_GOV, FR_MIL, A11, mode="expel", location_country="NER"),
    ],
    "quotes": [
        quote("historischen Tag für die Souveränität unseres Landes", "Mbaye Cissé", "direct"),
        quote("Frankreich bleibe ein Partner Senegals und sei zu einer neuen Form der Zusammenarbeit bereit, etwa bei der Ausbildung von Offizieren", "Pascal Ianni", "indirect"),
        quote("ausländische Militärbasen seien mit der Unabhängigkeit des Senegals nicht vereinbar", "Bassirou Diomaye Faye", "indirect"),
        quote("wie einen Hinterhof", "Ousmane Sonko", "direct"),
        quote("Senegal „wie einen Hinterhof“ zu behandeln", "Ousmane Sonko", "indirect"),
    ],
    "entities": [
        entity("France", "GPE", "FRA", ["Frankreich", "Paris", "der früheren Kolonialmacht"]),
        entity("Senegal", "GPE", "SEN", ["im Senegal", "dem westafrikanischen Land", "unseres Landes", "Senegals", "des Senegals", "Senegal", "das Land"]),
        entity("French military bases in Senegal", "LOC", "SEN", ["seine letzten Militärstützpunkte im Senegal"]),
        entity("Government of Senegal", "ORG", "SEN", ["die Regierung in Dakar"]),
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("Camp Geille", "LOC", "SEN", ["Camp Geille"]),
        entity("Ouakam", "LOC", "SEN", ["Stadtteil Ouakam"]),
        entity("French armed forces", "ORG", "FRA", ["französische Soldaten", "der französischen Streitkräfte in Afrika", "alle Soldaten", "Die rund 350 französischen Soldaten", "die französischen Truppen"]),
        entity("Africa", "LOC", None, ["Afrika"]),
        entity("Pascal Ianni", "PER", "FRA", ["Der Kommandeur der französischen Streitkräfte in Afrika, General Pascal Ianni", "Ianni"]),
        entity("Mbaye Cissé", "PER", "SEN", ["dem senegalesischen Generalstabschef Mbaye Cissé", "Cissé"]),
        entity("Bassirou Diomaye Faye", "PER", "SEN", ["Präsident Bassirou Diomaye Faye", "Er"]),
        entity("Ousmane Sonko", "PER", "SEN", ["Premierminister Ousmane Sonko"]),
        entity("Mali", "GPE", "MLI", ["Mali"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso"]),
        entity("Niger", "GPE", "NER", ["Niger"]),
        entity("Military governments of Mali, Burkina Faso and Niger", "ORG", None, ["Militärregierungen"]),
    ],
}

# ---------------------------------------------------------------- hm123-de-02
GER_GOV = actor("Government of Germany", "DEU", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
IRN_JUD = actor("Judiciary of Iran", "IRN", "JUD")
SHARMAHD = actor("Jamshid Sharmahd", "DEU", "CVL")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
GER_FO = actor("Federal Foreign Office", "DEU", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
REV_COURT = actor("Islamic Revolutionary Court", "IRN", "JUD")
SHARMAHD_FAMILY = actor("Family of Jamshid Sharmahd", "DEU", "CVL")
IRN_INTEL = actor("Iranian intelligence services", "IRN", "GOV")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")

B1 = "Nach der Hinrichtung des Deutsch-Iraners Jamshid Sharmahd hat die Bundesregierung am Dienstag den deutschen Botschafter in Teheran zu Konsultationen nach Berlin zurückgerufen."
B2 = "Die iranische Justiz hatte am Montag mitgeteilt, der 69-Jährige sei am Morgen wegen „Korruption auf Erden“ gehängt worden."
B3 = "Außenministerin Annalena Baerbock verurteilte die Hinrichtung als „Mord“."
B4 = "„Wir haben Teheran mehrfach und unmissverständlich klargemacht, dass die Hinrichtung eines deutschen Staatsangehörigen schwere Folgen haben wird“, sagte die Grünen-Politikerin in Berlin."
B5 = "Bereits am Montag war der iranische Geschäftsträger ins Auswärtige Amt einbestellt worden."
B6 = "Bundeskanzler Olaf Scholz nannte das Vorgehen des iranischen Regimes einen „Skandal“."
B7 = "Sharmahd war 2020 während einer Reise in Dubai verschwunden und später in Teheran vor ein Revolutionsgericht gestellt worden."
B8 = "Seine Familie wirft den iranischen Geheimdiensten vor, ihn aus den Vereinigten Arabischen Emiraten verschleppt zu haben."
B9 = "Das Gericht hatte ihn 2023 wegen angeblicher Beteiligung an einem Anschlag auf eine Moschee in Schiras zum Tode verurteilt."
B10 = "Irans Außenminister Abbas Araghchi warf der Bundesregierung vor, einen „Terroristen“ zu schützen, und schrieb auf X, ein deutscher Pass verschaffe niemandem Straffreiheit."
B11 = "Die Bundesregierung prüft nach Angaben aus Regierungskreisen weitere Schritte, darunter die Schließung der iranischen Generalkonsulate in Deutschland."

DE02 = {
    "id": "hm123-de-02", "lang": "de", "url": None, "published": "2024-10-29",
    "title": "Nach Hinrichtung Sharmahds: Berlin ruft Botschafter aus Teheran zurück",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8, B9], [B10, B11]),
    "events": [
        event("SANCTION", GER_GOV, IRAN, B1, mode="withdraw", date="2024-10-29"),
        event("ASSAULT", IRN_JUD, SHARMAHD, B2, mode="targeted", date="2024-10-28", location_country="IRN"),
        event("ACCUSE", BAERBOCK, IRAN, B3, mode="disapprove"),
        event("THREATEN", BAERBOCK, IRAN, B4, location="Berlin", location_country="DEU"),
        event("ACCUSE", GER_FO, IRAN, B5, mode="disapprove", date="2024-10-28", location="Berlin", location_country="DEU"),
        event("ACCUSE", SCHOLZ, IRAN, B6, mode="disapprove"),
        event("ACCUSE", REV_COURT, SHARMAHD, B7, mode="allege", location="Tehran", location_country="IRN"),
        event("ACCUSE", SHARMAHD_FAMILY, IRN_INTEL, B8, mode="allege"),
        event("SANCTION", REV_COURT, SHARMAHD, B9, mode="convict", location_country="IRN"),
        event("ACCUSE", ARAGHCHI, GER_GOV, B10, mode="allege"),
    ],
    "quotes": [
        quote("der 69-Jährige sei am Morgen wegen „Korruption auf Erden“ gehängt worden", "Judiciary of Iran", "indirect"),
        quote("Korruption auf Erden", "Judiciary of Iran", "direct"),
        quote("Mord", "Annalena Baerbock", "direct"),
        quote("Wir haben Teheran mehrfach und unmissverständlich klargemacht, dass die Hinrichtung eines deutschen Staatsangehörigen schwere Folgen haben wird", "Annalena Baerbock", "direct"),
        quote("Skandal", "Olaf Scholz", "direct"),
        quote("ihn aus den Vereinigten Arabischen Emiraten verschleppt zu haben", "Family of Jamshid Sharmahd", "indirect"),
        quote("einen „Terroristen“ zu schützen", "Abbas Araghchi", "indirect"),
        quote("Terroristen", "Abbas Araghchi", "direct"),
        quote("ein deutscher Pass verschaffe niemandem Straffreiheit", "Abbas Araghchi", "indirect"),
        quote("Die Bundesregierung prüft nach Angaben aus Regierungskreisen weitere Schritte, darunter die Schließung der iranischen Generalkonsulate in Deutschland", "government sources", "indirect"),
    ],
    "entities": [
        entity("Jamshid Sharmahd", "PER", "DEU", ["des Deutsch-Iraners Jamshid Sharmahd", "der 69-Jährige", "eines deutschen Staatsangehörigen", "Sharmahd", "ihn"]),
        entity("Government of Germany", "ORG", "DEU", ["die Bundesregierung", "der Bundesregierung", "Die Bundesregierung"]),
        entity("German ambassador to Iran", "PER", "DEU", ["den deutschen Botschafter in Teheran"]),
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Iran", "GPE", "IRN", ["des iranischen Regimes", "Irans"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["Die iranische Justiz"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Außenministerin Annalena Baerbock", "die Grünen-Politikerin"]),
        entity("Iranian chargé d'affaires in Germany", "PER", "IRN", ["der iranische Geschäftsträger"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Auswärtige Amt"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Dubai", "LOC", "ARE", ["Dubai"]),
        entity("Islamic Revolutionary Court", "ORG", "IRN", ["ein Revolutionsgericht", "Das Gericht"]),
        entity("Family of Jamshid Sharmahd", "ORG", "DEU", ["Seine Familie"]),
        entity("Iranian intelligence services", "ORG", "IRN", ["den iranischen Geheimdiensten"]),
        entity("United Arab Emirates", "GPE", "ARE", ["den Vereinigten Arabischen Emiraten"]),
        entity("Mosque in Shiraz", "LOC", "IRN", ["eine Moschee in Schiras"]),
        entity("Shiraz", "LOC", "IRN", ["Schiras"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Irans Außenminister Abbas Araghchi"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("government sources", "ORG", "DEU", ["Regierungskreisen"]),
        entity("Iranian consulates general in Germany", "ORG", "IRN", ["der iranischen Generalkonsulate in Deutschland"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
    ],
}

# ---------------------------------------------------------------- hm123-de-03
PKK = actor("Kurdistan Workers' Party", "TUR", "REB")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
TUR_MIL = actor("Turkish Armed Forces", "TUR", "MIL")
OCALAN = actor("Abdullah Öcalan", "TUR", "REB")
CELIK = actor("Ömer Çelik", "TUR", "PTY")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")

C1 = "Im Nordirak haben Kämpfer der verbotenen Arbeiterpartei Kurdistans (PKK) am Freitag in einer symbolischen Zeremonie ihre Waffen verbrannt."
C2 = "Rund 30 Männer und Frauen warfen in einer Höhle nahe der Stadt Sulaimanija ihre Sturmgewehre in einen großen Kessel, in dem ein Feuer brannte."
C3 = "„Wir vernichten unsere Waffen aus freiem Willen, als Zeichen des guten Willens“, sagte die ranghohe Kommandantin Besê Hozat, die die Gruppe anführte."
C4 = "In einer Erklärung forderte die PKK die Regierung in Ankara auf, rechtliche Grundlagen für die Rückkehr ihrer Kämpfer in das zivile Leben zu schaffen."
C5 = "Der seit 1999 inhaftierte PKK-Gründer Abdullah Öcalan hatte die Organisation im Februar aufgerufen, die Waffen niederzulegen und sich aufzulösen."
C6 = "Im Mai erklärte die PKK daraufhin ihre Auflösung."
C7 = "In einer am Mittwoch verbreiteten Videobotschaft sagte Öcalan, die Phase des bewaffneten Kampfes sei beendet."
C8 = "Der Sprecher der türkischen Regierungspartei AKP, Ömer Çelik, sprach von einem „unumkehrbaren Schritt“ hin zu einer „Türkei ohne Terror“."
C9 = "Er betonte jedoch, die Entwaffnung müsse vollständig und überprüfbar sein."
C10 = "Das Verteidigungsministerium in Ankara teilte mit, die Armee habe in der vergangenen Woche weiterhin Stellungen der PKK im Nordirak aus der Luft angegriffen."
C11 = "Der irakische Ministerpräsident Mohammed Schia al-Sudani lobte den Schritt und sagte Ankara Unterstützung bei der Überwachung der Entwaffnung zu."

DE03 = {
    "id": "hm123-de-03", "lang": "de", "url": None, "published": "2025-07-11",
    "title": "PKK-Kämpfer verbrennen im Nordirak ihre Waffen",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11]),
    "events": [
        event("RETREAT", PKK, TUR_GOV, C1, mode="disarm", date="2025-07-11", location="Sulaymaniyah", location_country="IRQ"),
        event("RETREAT", PKK, TUR_GOV, C2, mode="disarm", date="2025-07-11", location="Sulaymaniyah", location_country="IRQ"),
        event("RETREAT", PKK, TUR_GOV, C3, mode="disarm", date="2025-07-11", location="Sulaymaniyah", location_country="IRQ"),
        event("REQUEST", PKK, TUR_GOV, C4, mode="change"),
        event("REQUEST", OCALAN, PKK, C5, mode="yield"),
        event("CONCEDE", PKK, TUR_GOV, C6),
        event("AGREE", OCALAN, TUR_GOV, C7, date="2025-07-09"),
        event("SUPPORT", CELIK, PKK, C8),
        event("REQUEST", CELIK, PKK, C9, mode="yield"),
        event("ASSAULT", TUR_MIL, PKK, C10, mode="aerial", location="Northern Iraq", location_country="IRQ"),
        event("SUPPORT", SUDANI, PKK, C11),
        event("AGREE", SUDANI, TUR_GOV, C11),
    ],
    "quotes": [
        quote("Wir vernichten unsere Waffen aus freiem Willen, als Zeichen des guten Willens", "Besê Hozat", "direct"),
        quote("die Phase des bewaffneten Kampfes sei beendet", "Abdullah Öcalan", "indirect"),
        quote("unumkehrbaren Schritt", "Ömer Çelik", "direct"),
        quote("Türkei ohne Terror", "Ömer Çelik", "direct"),
        quote("die Entwaffnung müsse vollständig und überprüfbar sein", "Ömer Çelik", "indirect"),
        quote("die Armee habe in der vergangenen Woche weiterhin Stellungen der PKK im Nordirak aus der Luft angegriffen", "Ministry of National Defence of Turkey", "indirect"),
    ],
    "entities": [
        entity("Northern Iraq", "LOC", "IRQ", ["Nordirak"]),
        entity("Kurdistan Workers' Party", "ORG", "TUR", ["der verbotenen Arbeiterpartei Kurdistans (PKK)", "die PKK", "die Organisation", "der PKK"]),
        entity("PKK fighters", "ORG", "TUR", ["Kämpfer der verbotenen Arbeiterpartei Kurdistans (PKK)", "Rund 30 Männer und Frauen", "die Gruppe", "ihrer Kämpfer"]),
        entity("Jasana cave", "LOC", "IRQ", ["einer Höhle nahe der Stadt Sulaimanija"]),
        entity("Sulaymaniyah", "LOC", "IRQ", ["der Stadt Sulaimanija"]),
        entity("Besê Hozat", "PER", "TUR", ["die ranghohe Kommandantin Besê Hozat"]),
        entity("Government of Turkey", "ORG", "TUR", ["die Regierung in Ankara"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Abdullah Öcalan", "PER", "TUR", ["Der seit 1999 inhaftierte PKK-Gründer Abdullah Öcalan", "Öcalan"]),
        entity("Ömer Çelik", "PER", "TUR", ["Der Sprecher der türkischen Regierungspartei AKP, Ömer Çelik", "Er"]),
        entity("Justice and Development Party", "ORG", "TUR", ["der türkischen Regierungspartei AKP"]),
        entity("Turkey", "GPE", "TUR", ["Türkei"]),
        entity("Ministry of National Defence of Turkey", "ORG", "TUR", ["Das Verteidigungsministerium in Ankara"]),
        entity("Turkish Armed Forces", "ORG", "TUR", ["die Armee"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Der irakische Ministerpräsident Mohammed Schia al-Sudani"]),
    ],
}

# ---------------------------------------------------------------- hm123-de-04
MOZ_POLICE = actor("Mozambican police", "MOZ", "COP")
MONDLANE_SUPP = actor("Supporters of Venâncio Mondlane", "MOZ", "OPP")
MONDLANE = actor("Venâncio Mondlane", "MOZ", "OPP")
MOZ_GOV = actor("Government of Mozambique", "MOZ", "GOV")
JOURNALISTS = actor("Journalists", "MOZ", "CVL")
GUNMEN = actor("Unknown gunmen", "MOZ", None)
DIAS = actor("Elvino Dias", "MOZ", "OPP")
GUAMBE = actor("Paulo Guambe", "MOZ", "OPP")
MOZ_SEC = actor("Mozambican security forces", "MOZ", "COP")
NYUSI = actor("Filipe Nyusi", "MOZ", "GOV")
MOZ_PGR = actor("Attorney General's Office of Mozambique", "MOZ", "JUD")
MOZ_OPP = actor("Mozambican opposition", "MOZ", "OPP")
FRELIMO = actor("Frelimo", "MOZ", "PTY")

D1 = "In Mosambik hat die Polizei am Montag Tränengas gegen Anhänger des Oppositionspolitikers Venâncio Mondlane eingesetzt."
D2 = "Hunderte Menschen hatten sich in der Hauptstadt Maputo zu einem Protestmarsch versammelt, zu dem Mondlane nach der Ermordung seines Anwalts aufgerufen hatte."
D3 = "Die Beamten feuerten nach Angaben von Augenzeugen auch Tränengasgranaten auf Journalisten, die live von der Kundgebung berichteten."
D4 = "Mondlane selbst brachte sich in einem Hauseingang in Sicherheit."
D5 = "Unbekannte hatten in der Nacht zum Samstag den Anwalt Mondlanes, Elvino Dias, und den Parteifunktionär Paulo Guambe in ihrem Auto erschossen."
D6 = "Mondlane machte Sicherheitskräfte für die Tat verantwortlich und sprach von einem „politischen Mord“."
D7 = "Präsident Filipe Nyusi verurteilte die Tat, die Regierung wies die Vorwürfe gegen die Sicherheitskräfte jedoch zurück."
D8 = "Die Generalstaatsanwaltschaft leitete Ermittlungen ein."
D9 = "Die Opposition wirft der seit 1975 regierenden Frelimo vor, die Wahl vom 9. Oktober gefälscht zu haben."
D10 = "Nach vorläufigen Ergebnissen liegt deren Kandidat Daniel Chapo klar vorn, die offiziellen Zahlen sollen am Donnerstag veröffentlicht werden."
D11 = "Mondlane kündigte an, die Proteste fortzusetzen, bis der „Wille des Volkes“ respektiert werde."

DE04 = {
    "id": "hm123-de-04", "lang": "de", "url": None, "published": "2024-10-21",
    "title": "Tränengas gegen Opposition in Mosambik",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11]),
    "events": [
        event("ASSAULT", MOZ_POLICE, MONDLANE_SUPP, D1, mode="crowd-control", date="2024-10-21", location="Maputo", location_country="MOZ"),
        event("PROTEST", MONDLANE_SUPP, MOZ_GOV, D2, mode="demo", date="2024-10-21", location="Maputo", location_country="MOZ"),
        event("PROTEST", MONDLANE, MOZ_GOV, D2, mode="demo", location="Maputo", location_country="MOZ"),
        event("ASSAULT", MOZ_POLICE, JOURNALISTS, D3, mode="crowd-control", date="2024-10-21", location="Maputo", location_country="MOZ"),
        event("ASSAULT", GUNMEN, DIAS, D5, mode="firearms", date="2024-10-19", location_country="MOZ"),
        event("ASSAULT", GUNMEN, GUAMBE, D5, mode="firearms", date="2024-10-19", location_country="MOZ"),
        event("ACCUSE", MONDLANE, MOZ_SEC, D6, mode="allege"),
        event("ACCUSE", NYUSI, GUNMEN, D7, mode="disapprove"),
        event("ACCUSE", MOZ_PGR, GUNMEN, D8, mode="investigate"),
        event("ACCUSE", MOZ_OPP, FRELIMO, D9, mode="allege"),
        event("THREATEN", MONDLANE, MOZ_GOV, D11, mode="restrict"),
    ],
    "quotes": [
        quote("Die Beamten feuerten nach Angaben von Augenzeugen auch Tränengasgranaten auf Journalisten, die live von der Kundgebung berichteten", "eyewitnesses", "indirect"),
        quote("politischen Mord", "Venâncio Mondlane", "direct"),
        quote("die Wahl vom 9. Oktober gefälscht zu haben", "Mozambican opposition", "indirect"),
        quote("Wille des Volkes", "Venâncio Mondlane", "direct"),
        quote("die Proteste fortzusetzen, bis der „Wille des Volkes“ respektiert werde", "Venâncio Mondlane", "indirect"),
    ],
    "entities": [
        entity("Mozambique", "GPE", "MOZ", ["Mosambik"]),
        entity("Mozambican police", "ORG", "MOZ", ["die Polizei", "Die Beamten"]),
        entity("Supporters of Venâncio Mondlane", "ORG", "MOZ", ["Anhänger des Oppositionspolitikers Venâncio Mondlane", "Hunderte Menschen"]),
        entity("Venâncio Mondlane", "PER", "MOZ", ["des Oppositionspolitikers Venâncio Mondlane", "Mondlane", "Mondlanes", "Mondlane selbst"]),
        entity("Maputo", "LOC", "MOZ", ["der Hauptstadt Maputo"]),
        entity("Journalists", "ORG", None, ["Journalisten"]),
        entity("eyewitnesses", "ORG", None, ["Augenzeugen"]),
        entity("Elvino Dias", "PER", "MOZ", ["den Anwalt Mondlanes, Elvino Dias", "seines Anwalts"]),
        entity("Paulo Guambe", "PER", "MOZ", ["den Parteifunktionär Paulo Guambe"]),
        entity("Unknown gunmen", "ORG", "MOZ", ["Unbekannte"]),
        entity("Mozambican security forces", "ORG", "MOZ", ["Sicherheitskräfte", "die Sicherheitskräfte"]),
        entity("Filipe Nyusi", "PER", "MOZ", ["Präsident Filipe Nyusi"]),
        entity("Government of Mozambique", "ORG", "MOZ", ["die Regierung"]),
        entity("Attorney General's Office of Mozambique", "ORG", "MOZ", ["Die Generalstaatsanwaltschaft"]),
        entity("Mozambican opposition", "ORG", "MOZ", ["Die Opposition"]),
        entity("Frelimo", "ORG", "MOZ", ["der seit 1975 regierenden Frelimo"]),
        entity("Daniel Chapo", "PER", "MOZ", ["deren Kandidat Daniel Chapo"]),
    ],
}

# ---------------------------------------------------------------- hm123-en-01
MISHAL = actor("Mishal al-Ahmad al-Jaber al-Sabah", "KWT", "GOV")
KWT_NA = actor("National Assembly of Kuwait", "KWT", "LEG")
AHMAD = actor("Ahmad Abdullah al-Ahmad al-Sabah", "KWT", "GOV")
KWT_EX_MPS = actor("Former Kuwaiti opposition lawmakers", "KWT", "OPP")
KWT_POLICE = actor("Kuwaiti police", "KWT", "COP")
SAU = actor("Saudi Arabia", "SAU", "GOV")
ARE = actor("United Arab Emirates", "ARE", "GOV")
BHR = actor("Bahrain", "BHR", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
KWT_GOV = actor("Government of Kuwait", "KWT", "GOV")

E1 = "Kuwait's Emir Sheikh Mishal al-Ahmad al-Jaber al-Sabah dissolved parliament on Friday and suspended some articles of the constitution for up to four years, saying democracy had been abused to \"destroy the state\"."
E2 = "\"I will not allow democracy to be exploited to destroy the state,\" the 83-year-old ruler said in a televised speech, accusing some lawmakers of interfering in his constitutional powers."
E3 = "During the suspension, the emir and the cabinet will assume the powers of the National Assembly, according to a decree published by the state news agency KUNA."
E4 = "The move came after weeks of deadlock between the ruling family and the assembly elected in April."
E5 = "Sheikh Ahmad Abdullah al-Ahmad al-Sabah, appointed prime minister last month, had failed to form a cabinet after lawmakers refused to join his government."
E6 = "Several former opposition lawmakers criticised the decision, with one calling it \"a coup against the constitution\" in a post on X."
E7 = "Police were deployed outside the parliament building in Kuwait City on Saturday, witnesses said, but there was no sign of protests."
E8 = "Saudi Arabia said in a statement it supported the emir's measures, which it said aimed to preserve Kuwait's security and stability."
E9 = "The United Arab Emirates and Bahrain issued similar statements of support."
E10 = "Human Rights Watch urged the authorities to restore the elected assembly swiftly and to respect freedom of expression."

EN01 = {
    "id": "hm123-en-01", "lang": "en", "url": None, "published": "2024-05-11",
    "title": "Kuwait's emir dissolves parliament, suspends parts of constitution",
    "text": paragraphs([E1, E2, E3], [E4, E5], [E6, E7, E8, E9, E10]),
    "events": [
        event("COERCE", MISHAL, KWT_NA, E1, mode="restrict", date="2024-05-10", location_country="KWT"),
        event("ACCUSE", MISHAL, KWT_NA, E2, mode="allege", date="2024-05-10"),
        event("REJECT", KWT_NA, AHMAD, E5, mode="assist"),
        event("ACCUSE", KWT_EX_MPS, MISHAL, E6, mode="disapprove"),
        event("MOBILIZE", KWT_POLICE, None, E7, mode="police", date="2024-05-11", location="Kuwait City", location_country="KWT"),
        event("SUPPORT", SAU, MISHAL, E8),
        event("SUPPORT", ARE, MISHAL, E9),
        event("SUPPORT", BHR, MISHAL, E9),
        event("REQUEST", HRW, KWT_GOV, E10, mode="change"),
    ],
    "quotes": [
        quote("democracy had been abused to \"destroy the state\"", "Mishal al-Ahmad al-Jaber al-Sabah", "indirect"),
        quote("destroy the state", "Mishal al-Ahmad al-Jaber al-Sabah", "direct"),
        quote("I will not allow democracy to be exploited to destroy the state", "Mishal al-Ahmad al-Jaber al-Sabah", "direct"),
        quote("interfering in his constitutional powers", "Mishal al-Ahmad al-Jaber al-Sabah", "indirect"),
        quote("During the suspension, the emir and the cabinet will assume the powers of the National Assembly", "Kuwait News Agency", "indirect"),
        quote("a coup against the constitution", "former Kuwaiti opposition lawmaker", "direct"),
        quote("Police were deployed outside the parliament building in Kuwait City on Saturday", "witnesses", "indirect"),
        quote("it supported the emir's measures", "Saudi Arabia", "indirect"),
        quote("aimed to preserve Kuwait's security and stability", "Saudi Arabia", "indirect"),
    ],
    "entities": [
        entity("Kuwait", "GPE", "KWT", ["Kuwait"]),
        entity("Mishal al-Ahmad al-Jaber al-Sabah", "PER", "KWT", ["Kuwait's Emir Sheikh Mishal al-Ahmad al-Jaber al-Sabah", "the 83-year-old ruler", "the emir"]),
        entity("National Assembly of Kuwait", "ORG", "KWT", ["parliament", "some lawmakers", "the National Assembly", "the assembly elected in April", "lawmakers", "the elected assembly"]),
        entity("Cabinet of Kuwait", "ORG", "KWT", ["the cabinet", "a cabinet", "his government"]),
        entity("Kuwait News Agency", "ORG", "KWT", ["the state news agency KUNA"]),
        entity("Al-Sabah ruling family", "ORG", "KWT", ["the ruling family"]),
        entity("Ahmad Abdullah al-Ahmad al-Sabah", "PER", "KWT", ["Sheikh Ahmad Abdullah al-Ahmad al-Sabah"]),
        entity("Former Kuwaiti opposition lawmakers", "ORG", "KWT", ["Several former opposition lawmakers"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Kuwaiti police", "ORG", "KWT", ["Police"]),
        entity("Parliament building of Kuwait", "LOC", "KWT", ["the parliament building in Kuwait City"]),
        entity("Kuwait City", "LOC", "KWT", ["Kuwait City"]),
        entity("witnesses", "ORG", None, ["witnesses"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
        entity("United Arab Emirates", "GPE", "ARE", ["The United Arab Emirates"]),
        entity("Bahrain", "GPE", "BHR", ["Bahrain"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Government of Kuwait", "ORG", "KWT", ["the authorities"]),
    ],
}

# ---------------------------------------------------------------- hm123-en-02
KEN_SENATE = actor("Senate of Kenya", "KEN", "LEG")
GACHAGUA = actor("Rigathi Gachagua", "KEN", "GOV")
MUITE = actor("Paul Muite", "KEN", "CVL")
KEN_NA = actor("National Assembly of Kenya", "KEN", "LEG")
RUTO_ALLIES = actor("Allies of William Ruto", "KEN", "GOV")
KINDIKI = actor("Kithure Kindiki", "KEN", "GOV")
KEN_PARL = actor("Parliament of Kenya", "KEN", "LEG")
MWITA = actor("Chacha Mwita", "KEN", "JUD")
GACHAGUA_SUPP = actor("Supporters of Rigathi Gachagua", "KEN", "CVL")

F1 = "Kenya's Senate voted late on Thursday to remove Deputy President Rigathi Gachagua from office, upholding five of the 11 impeachment charges against him, including gross violation of the constitution."
F2 = "Gachagua, who was admitted to a Nairobi hospital with chest pains hours before he was due to testify, did not appear in the chamber."
F3 = "His lawyer Paul Muite asked senators to adjourn the trial until his client had recovered, but the request was rejected by a majority vote."
F4 = "The National Assembly had voted overwhelmingly last week to impeach Gachagua, accusing him of undermining the government and of stoking ethnic divisions."
F5 = "\"I have not committed any crime,\" Gachagua told reporters on Wednesday, accusing allies of President William Ruto of orchestrating \"a political lynching\" against him."
F6 = "Ruto, who picked Gachagua as his running mate in the 2022 election, has not commented publicly on the impeachment."
F7 = "On Friday, the president nominated Interior Minister Kithure Kindiki as his new deputy, and the National Assembly approved the nomination within hours."
F8 = "Gachagua's lawyers have challenged the impeachment in the High Court in Nairobi, arguing that the process was unconstitutional."
F9 = "Justice Chacha Mwita later on Friday ordered that Kindiki should not be sworn in until the court had heard the case."
F10 = "Dozens of Gachagua's supporters protested outside the court building, chanting slogans against the senators who had voted to remove him."

EN02 = {
    "id": "hm123-en-02", "lang": "en", "url": None, "published": "2024-10-18",
    "title": "Kenya's Senate removes deputy president Gachagua from office",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10]),
    "events": [
        event("SANCTION", KEN_SENATE, GACHAGUA, F1, mode="convict", date="2024-10-17", location="Nairobi", location_country="KEN"),
        event("REQUEST", MUITE, KEN_SENATE, F3, date="2024-10-17", location="Nairobi", location_country="KEN"),
        event("REJECT", KEN_SENATE, MUITE, F3, date="2024-10-17", location="Nairobi", location_country="KEN"),
        event("ACCUSE", KEN_NA, GACHAGUA, F4, mode="allege"),
        event("ACCUSE", GACHAGUA, RUTO_ALLIES, F5, mode="allege", date="2024-10-16"),
        event("SUPPORT", KEN_NA, KINDIKI, F7, date="2024-10-18"),
        event("ACCUSE", GACHAGUA, KEN_PARL, F8, mode="allege", location="Nairobi", location_country="KEN"),
        event("COERCE", MWITA, KINDIKI, F9, mode="restrict", date="2024-10-18", location="Nairobi", location_country="KEN"),
        event("PROTEST", GACHAGUA_SUPP, KEN_SENATE, F10, mode="demo", location="Nairobi", location_country="KEN"),
    ],
    "quotes": [
        quote("I have not committed any crime", "Rigathi Gachagua", "direct"),
        quote("orchestrating \"a political lynching\" against him", "Rigathi Gachagua", "indirect"),
        quote("a political lynching", "Rigathi Gachagua", "direct"),
        quote("undermining the government and of stoking ethnic divisions", "National Assembly of Kenya", "indirect"),
        quote("the process was unconstitutional", "Lawyers of Rigathi Gachagua", "indirect"),
        quote("Kindiki should not be sworn in until the court had heard the case", "Chacha Mwita", "indirect"),
    ],
    "entities": [
        entity("Kenya", "GPE", "KEN", ["Kenya"]),
        entity("Senate of Kenya", "ORG", "KEN", ["Kenya's Senate", "the chamber", "senators", "the senators who had voted to remove him"]),
        entity("Rigathi Gachagua", "PER", "KEN", ["Deputy President Rigathi Gachagua", "Gachagua", "his client", "him", "he"]),
        entity("Nairobi hospital", "LOC", "KEN", ["a Nairobi hospital"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Paul Muite", "PER", "KEN", ["His lawyer Paul Muite"]),
        entity("National Assembly of Kenya", "ORG", "KEN", ["The National Assembly", "the National Assembly"]),
        entity("Government of Kenya", "ORG", "KEN", ["the government"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("Allies of William Ruto", "ORG", "KEN", ["allies of President William Ruto"]),
        entity("William Ruto", "PER", "KEN", ["President William Ruto", "Ruto", "the president"]),
        entity("Kithure Kindiki", "PER", "KEN", ["Interior Minister Kithure Kindiki", "his new deputy", "Kindiki"]),
        entity("Lawyers of Rigathi Gachagua", "ORG", "KEN", ["Gachagua's lawyers"]),
        entity("High Court of Kenya", "ORG", "KEN", ["the High Court in Nairobi", "the court"]),
        entity("Chacha Mwita", "PER", "KEN", ["Justice Chacha Mwita"]),
        entity("Supporters of Rigathi Gachagua", "ORG", "KEN", ["Dozens of Gachagua's supporters"]),
        entity("High Court building in Nairobi", "LOC", "KEN", ["the court building"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
