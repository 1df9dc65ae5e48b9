"""Round 233: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm233-de-01: Israeli air strikes on Sanaa airport and the Hodeidah, Salif and Ras Isa ports while WHO chief Tedros waits to fly out; Netanyahu and Katz threaten, the Houthis vow to go on, Guterres objects (2024-12-26).
- hm233-de-02: Niger's State Court lifts the immunity of deposed president Mohamed Bazoum; his lawyers and the PNDS object, the ignored ECOWAS court ruling, HRW demands a fair trial (2024-06-15).
- hm233-de-03: Mexico sends special forces to Culiacán as the Chapitos and Zambada's faction of the Sinaloa cartel fight; schools shut, López Obrador blames Washington, weapons seized without arrests (2024-09-14).
- hm233-de-04: Isaias Afwerki hosts al-Sisi and Hassan Sheikh Mohamud at a tripartite summit in Asmara; pledges to defend Somalia's sovereignty, Ethiopia's foreign ministry warns Cairo and Asmara (2024-10-11).
- hm233-en-01: Israel's navy intercepts the Global Sumud Flotilla and detains activists including Greta Thunberg; Ben-Gvir, Petro expels Israeli diplomats, Turkey, Malaysia and Italian protests (2025-10-02).
- hm233-en-02: Nicaragua's National Assembly gives final approval to the reform making Ortega and Murillo co-presidents; the OAS, Washington, UN experts and the EU object, exiles protest in San José (2025-01-31).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm233-de-01 (Sanaa airport strikes)
IDF = actor("Israel Defense Forces", "ISR", "MIL")
HOUTHIS = actor("Houthis", "YEM", "REB")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
TEDROS = actor("Tedros Adhanom Ghebreyesus", "UNO", "IGO")

Y1 = ("Sanaa (dpa) - Die israelische Luftwaffe hat den internationalen Flughafen der jemenitischen Hauptstadt Sanaa "
      "sowie Häfen und Kraftwerke an der Küste angegriffen, die von der Huthi-Miliz kontrolliert werden.")
Y2 = ("Zum Zeitpunkt der Angriffe wartete WHO-Generaldirektor Tedros Adhanom Ghebreyesus mit einer UN-Delegation in "
      "der Abflughalle auf seinen Flug.")
Y3 = "Ein Besatzungsmitglied seines Flugzeugs sei verletzt worden, schrieb Tedros auf der Plattform X."
Y4 = "Der Kontrollturm und die Abflughalle seien nur wenige Meter von ihnen entfernt getroffen worden."
Y5 = "Auch die Häfen von Hudaida, Salif und Ras Isa wurden nach Angaben der Armee bombardiert."
Y6 = "Huthi-nahe Medien meldeten mindestens sechs Tote."
Y7 = ("Die Armee begründete die Angriffe damit, dass die Miliz die Häfen zum Schmuggel iranischer Waffen nutze und "
      "den Flughafen für militärische Zwecke missbrauche.")
Y8 = "Ministerpräsident Benjamin Netanjahu drohte den Huthis mit weiteren Schlägen: „Wir haben gerade erst angefangen.“"
Y9 = "Verteidigungsminister Israel Katz kündigte an, Israel werde auch die Anführer der Miliz jagen."
Y10 = ("Huthi-Sprecher Mohammed Abdulsalam sprach von einem »barbarischen Verbrechen« gegen das jemenitische Volk "
       "und kündigte an, die Angriffe auf Israel fortzusetzen.")
Y11 = ("UN-Generalsekretär António Guterres verurteilte die israelischen Angriffe als gefährliche Eskalation und rief "
       "Israel und die Huthis zur Zurückhaltung auf.")
Y12 = ("Wenige Stunden zuvor hatte die Miliz eine ballistische Rakete auf Zentralisrael abgefeuert, die nach "
       "Armeeangaben abgefangen wurde.")
Y13 = "Die Huthis bestreiten, Waffen aus dem Iran zu erhalten."
Y14 = "Seit Beginn des Gaza-Kriegs im Oktober 2023 ist der Schiffsverkehr im Roten Meer massiv eingebrochen."
Y15 = "Die Delegation soll Sanaa nach Angaben der Vereinten Nationen am Freitag mit einem Ersatzflugzeug verlassen."

DE01 = {
    "id": "hm233-de-01", "lang": "de", "url": None, "published": "2024-12-26",
    "title": "Israel bombardiert Flughafen von Sanaa – WHO-Chef in Abflughalle",
    "text": paragraphs([Y1, Y2, Y3, Y4], [Y5, Y6, Y7], [Y8, Y9, Y10, Y11], [Y12, Y13, Y14, Y15]),
    "events": [
        event("ASSAULT", IDF, HOUTHIS, Y1, mode="aerial", location="Sanaa", location_country="YEM"),
        event("ASSAULT", IDF, HOUTHIS, Y5, mode="aerial", location="Hodeidah", location_country="YEM"),
        event("ACCUSE", IDF, HOUTHIS, Y7, mode="allege"),
        event("THREATEN", NETANYAHU, HOUTHIS, Y8, mode="violence"),
        event("THREATEN", KATZ, HOUTHIS, Y9, mode="violence"),
        event("ACCUSE", ABDULSALAM, ISRAEL, Y10, mode="disapprove"),
        event("THREATEN", ABDULSALAM, ISRAEL, Y10, mode="violence"),
        event("ACCUSE", GUTERRES, ISRAEL, Y11, mode="disapprove"),
        event("REQUEST", GUTERRES, ISRAEL, Y11),
        event("REQUEST", GUTERRES, HOUTHIS, Y11),
        event("ASSAULT", HOUTHIS, ISRAEL, Y12, mode="heavy-weapons"),
    ],
    "quotes": [
        quote("Ein Besatzungsmitglied seines Flugzeugs sei verletzt worden", "Tedros Adhanom Ghebreyesus", "indirect"),
        quote("Der Kontrollturm und die Abflughalle seien nur wenige Meter von ihnen entfernt getroffen worden",
              "Tedros Adhanom Ghebreyesus", "indirect"),
        quote("dass die Miliz die Häfen zum Schmuggel iranischer Waffen nutze und den Flughafen für militärische "
              "Zwecke missbrauche", "Israel Defense Forces", "indirect"),
        quote("Wir haben gerade erst angefangen", "Benjamin Netanyahu", "direct"),
        quote("Israel werde auch die Anführer der Miliz jagen", "Israel Katz", "indirect"),
        quote("barbarischen Verbrechen", "Mohammed Abdulsalam", "direct"),
    ],
    "entities": [
        entity("Sanaa", "LOC", "YEM", ["Sanaa"]),
        entity("Sanaa International Airport", "LOC", "YEM",
               ["den internationalen Flughafen der jemenitischen Hauptstadt Sanaa", "den Flughafen"]),
        entity("Israeli Air Force", "ORG", "ISR", ["Die israelische Luftwaffe"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["der Armee", "Die Armee", "Armeeangaben"]),
        entity("Houthis", "ORG", "YEM", ["der Huthi-Miliz", "die Miliz", "der Miliz", "den Huthis", "die Huthis",
                                         "Die Huthis", "Huthi-nahe Medien"]),
        entity("Tedros Adhanom Ghebreyesus", "PER", "UNO",
               ["WHO-Generaldirektor Tedros Adhanom Ghebreyesus", "Tedros"]),
        entity("World Health Organization", "ORG", "UNO", ["WHO"]),
        entity("United Nations", "ORG", "UNO", ["UN-Delegation", "Die Delegation", "Vereinten Nationen"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Hodeidah", "LOC", "YEM", ["Hudaida"]),
        entity("Salif", "LOC", "YEM", ["Salif"]),
        entity("Ras Isa", "LOC", "YEM", ["Ras Isa"]),
        entity("Iran", "LOC", "IRN", ["iranischer", "dem Iran"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Israel Katz", "PER", "ISR", ["Verteidigungsminister Israel Katz"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Zentralisrael"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["Huthi-Sprecher Mohammed Abdulsalam"]),
        entity("Yemen", "LOC", "YEM", ["jemenitischen"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza-Kriegs"]),
        entity("Red Sea", "LOC", None, ["Roten Meer"]),
    ],
}

# ---------------------------------------------------------------- hm233-de-02 (Niger, Bazoum's immunity)
STATE_COURT = actor("State Court of Niger", "NER", "JUD")
BAZOUM = actor("Mohamed Bazoum", "NER", "GOV")
HADIZA = actor("Hadiza Bazoum", "NER", "CVL")
JUNTA = actor("National Council for the Safeguard of the Homeland", "NER", "MIL")
LAWYERS = actor("lawyers of Mohamed Bazoum", "NER", "CVL")
ECOWAS_COURT = actor("ECOWAS Court of Justice", "IGO", "IGO")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
TIANI = actor("Abdourahamane Tiani", "NER", "MIL")
PNDS = actor("Nigerien Party for Democracy and Socialism", "NER", "PTY")
HRW = actor("Human Rights Watch", "NGO", "NGO")

B1 = ("Niamey (AFP) - Knapp ein Jahr nach dem Militärputsch in Niger hat das höchste Gericht des Landes die "
      "Immunität des gestürzten Präsidenten Mohamed Bazoum aufgehoben.")
B2 = "Damit ist der Weg für einen Prozess gegen den 64-Jährigen frei."
B3 = ("Die Militärjunta wirft Bazoum unter anderem Hochverrat, Verschwörung gegen die Sicherheit des Staates und "
      "Terrorismusfinanzierung vor.")
B4 = ("Bazoum wird seit dem Putsch vom 26. Juli 2023 gemeinsam mit seiner Frau Hadiza in der Präsidentenresidenz "
      "in Niamey festgehalten.")
B5 = "Seine Anwälte nannten die Entscheidung des Staatsgerichtshofs eine »Farce«."
B6 = ("Das Gericht habe sie weder angehört noch ihnen Einsicht in die Akten gewährt, erklärte einer der Verteidiger "
      "in Dakar.")
B7 = "„Unser Mandant hat seit elf Monaten keinen Anwalt sehen dürfen“, sagte ein weiterer Anwalt."
B8 = "Der Gerichtshof der westafrikanischen Staatengemeinschaft Ecowas hatte im Dezember Bazoums Freilassung angeordnet."
B9 = "Die Junta ignorierte das Urteil."
B10 = ("Juntachef General Abdourahamane Tiani hatte Forderungen der Ecowas nach einer Freilassung des Präsidenten "
       "wiederholt zurückgewiesen.")
B11 = ("Bazoums Partei PNDS sprach von einer »politischen Abrechnung« und forderte erneut die sofortige Freilassung "
       "des Ehepaars.")
B12 = "Human Rights Watch rief die Militärführung auf, Bazoum ein faires Verfahren zu garantieren oder ihn freizulassen."
B13 = "Die Regierung in Niamey bestreitet, dass Bazoum unter unwürdigen Bedingungen festgehalten werde."
B14 = "Seit dem Umsturz haben sich die Beziehungen Nigers zum Westen deutlich abgekühlt."
B15 = "Ein Termin für den Prozess steht noch nicht fest."

DE02 = {
    "id": "hm233-de-02", "lang": "de", "url": None, "published": "2024-06-15",
    "title": "Niger hebt Immunität von Ex-Präsident Bazoum auf",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10, B11, B12], [B13, B14, B15]),
    "events": [
        event("ACCUSE", STATE_COURT, BAZOUM, B1, mode="allege", location="Niamey", location_country="NER"),
        event("ACCUSE", JUNTA, BAZOUM, B3, mode="allege"),
        event("COERCE", JUNTA, BAZOUM, B4, mode="arrest", location="Niamey", location_country="NER"),
        event("COERCE", JUNTA, HADIZA, B4, mode="arrest", location="Niamey", location_country="NER"),
        event("ACCUSE", LAWYERS, STATE_COURT, B5, mode="disapprove"),
        event("ACCUSE", LAWYERS, STATE_COURT, B6, mode="allege"),
        event("ACCUSE", LAWYERS, JUNTA, B7, mode="allege"),
        event("REQUEST", ECOWAS_COURT, JUNTA, B8, mode="yield"),
        event("REJECT", JUNTA, ECOWAS_COURT, B9, mode="yield"),
        event("REJECT", TIANI, ECOWAS, B10, mode="yield"),
        event("ACCUSE", PNDS, JUNTA, B11, mode="disapprove"),
        event("REQUEST", PNDS, JUNTA, B11, mode="yield"),
        event("REQUEST", HRW, JUNTA, B12, mode="yield"),
    ],
    "quotes": [
        quote("Farce", "lawyers of Mohamed Bazoum", "direct"),
        quote("Das Gericht habe sie weder angehört noch ihnen Einsicht in die Akten gewährt",
              "lawyers of Mohamed Bazoum", "indirect"),
        quote("Unser Mandant hat seit elf Monaten keinen Anwalt sehen dürfen", "lawyers of Mohamed Bazoum", "direct"),
        quote("politischen Abrechnung", "Nigerien Party for Democracy and Socialism", "direct"),
        quote("dass Bazoum unter unwürdigen Bedingungen festgehalten werde", "Government of Niger", "indirect"),
    ],
    "entities": [
        entity("Niamey", "LOC", "NER", ["Niamey"]),
        entity("Niger", "LOC", "NER", ["Niger", "Nigers"]),
        entity("State Court of Niger", "ORG", "NER", ["das höchste Gericht des Landes", "des Staatsgerichtshofs",
                                                      "Das Gericht"]),
        entity("Mohamed Bazoum", "PER", "NER", ["des gestürzten Präsidenten Mohamed Bazoum", "den 64-Jährigen",
                                                "Bazoum", "Bazoums", "Unser Mandant", "des Präsidenten"]),
        entity("National Council for the Safeguard of the Homeland", "ORG", "NER",
               ["Die Militärjunta", "Die Junta", "die Militärführung"]),
        entity("Hadiza Bazoum", "PER", "NER", ["seiner Frau Hadiza"]),
        entity("lawyers of Mohamed Bazoum", "ORG", "NER", ["Seine Anwälte", "einer der Verteidiger",
                                                           "ein weiterer Anwalt"]),
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("ECOWAS Court of Justice", "ORG", "IGO",
               ["Der Gerichtshof der westafrikanischen Staatengemeinschaft Ecowas"]),
        entity("Economic Community of West African States", "ORG", "IGO", ["der Ecowas"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["Juntachef General Abdourahamane Tiani"]),
        entity("Nigerien Party for Democracy and Socialism", "ORG", "NER", ["Bazoums Partei PNDS"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Government of Niger", "ORG", "NER", ["Die Regierung in Niamey"]),
    ],
}

# ---------------------------------------------------------------- hm233-de-03 (Culiacán, Sinaloa cartel war)
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
CHAPITOS = actor("Los Chapitos", "MEX", "REB")
MAYIZA = actor("La Mayiza", "MEX", "REB")
US_AGENTS = actor("United States federal agents", "USA", "COP")
ZAMBADA = actor("Ismael Zambada", "MEX", "REB")
GUZMAN_LOPEZ = actor("Joaquín Guzmán López", "MEX", "REB")
ROCHA = actor("Rubén Rocha Moya", "MEX", "GOV")
CULIACAN_RES = actor("residents of Culiacán", "MEX", "CVL")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
USA = actor("United States", "USA", "GOV")
SINALOA_CARTEL = actor("Sinaloa Cartel", "MEX", "REB")

M1 = ("Culiacán (dpa) - Nach tagelangen Gefechten zwischen rivalisierenden Gruppen des Sinaloa-Kartells hat Mexikos "
      "Regierung weitere Soldaten in die Stadt Culiacán geschickt.")
M2 = "Rund 600 Angehörige von Spezialeinheiten seien in Sinaloa eingetroffen, teilte das Verteidigungsministerium mit."
M3 = ("Seit Anfang vergangener Woche liefern sich die Chapitos, die Söhne des in den USA inhaftierten Drogenbosses "
      "Joaquín Guzmán, und Gefolgsleute von Ismael Zambada Schießereien in mehreren Stadtvierteln.")
M4 = ("Zambada war im Juli in den USA festgenommen worden; er gibt an, ein Sohn Guzmáns habe ihn entführt und in "
      "ein Flugzeug nach Texas gezwungen.")
M5 = "Nach Angaben der Staatsanwaltschaft von Sinaloa wurden seither mindestens 30 Menschen getötet."
M6 = "Gouverneur Rubén Rocha Moya ließ die Schulen schließen und sagte die Feiern zum Unabhängigkeitstag ab."
M7 = "Viele Geschäfte blieben geschlossen, Busse und Taxis fuhren kaum noch."
M8 = ("Der Regionalkommandeur der Armee, General Francisco Jesús Leana Ojeda, sagte, ein Ende der Gewalt hänge nicht "
      "von den Streitkräften ab, sondern von den verfeindeten Gruppen.")
M9 = ("Präsident Andrés Manuel López Obrador machte die USA für die Gewalt mitverantwortlich: „Wenn sie diese "
      "Operation gegen den Mayo abgesprochen haben, tragen sie auch eine Verantwortung.“")
M11 = "Die US-Botschaft wies jede Verantwortung für die Kämpfe zurück."
M12 = ("Bei einer Durchsuchung im Süden der Stadt stellten Soldaten ein Waffenlager mit Sturmgewehren und "
       "Tausenden Schuss Munition sicher.")
M13 = "Festgenommen wurde dabei niemand."
M14 = "Am Freitag zogen Hunderte Einwohner in weißer Kleidung durch das Zentrum von Culiacán und forderten Frieden."

DE03 = {
    "id": "hm233-de-03", "lang": "de", "url": None, "published": "2024-09-14",
    "title": "Kartellkrieg in Culiacán: Mexiko schickt Spezialkräfte",
    "text": paragraphs([M1, M2, M3, M4, M5], [M6, M7, M8], [M9, M11], [M12, M13, M14]),
    "events": [
        event("MOBILIZE", MEX_GOV, SINALOA_CARTEL, M1, mode="troops", location="Culiacán", location_country="MEX"),
        event("MOBILIZE", MEX_ARMY, SINALOA_CARTEL, M2, mode="troops", location="Sinaloa", location_country="MEX"),
        event("ASSAULT", CHAPITOS, MAYIZA, M3, mode="firearms", location="Culiacán", location_country="MEX"),
        event("COERCE", US_AGENTS, ZAMBADA, M4, mode="arrest"),
        event("ACCUSE", ZAMBADA, GUZMAN_LOPEZ, M4, mode="allege"),
        event("COERCE", ROCHA, CULIACAN_RES, M6, mode="restrict"),
        event("ACCUSE", AMLO, USA, M9, mode="allege"),
        event("COERCE", MEX_ARMY, SINALOA_CARTEL, M12, mode="seize", location="Culiacán", location_country="MEX"),
        event("COERCE", MEX_ARMY, SINALOA_CARTEL, M13, mode="arrest", negated=True),
        event("PROTEST", CULIACAN_RES, None, M14, mode="demo", date="2024-09-13", location="Culiacán",
              location_country="MEX"),
    ],
    "quotes": [
        quote("Rund 600 Angehörige von Spezialeinheiten seien in Sinaloa eingetroffen", "Ministry of Defence of Mexico",
              "indirect"),
        quote("ein Sohn Guzmáns habe ihn entführt und in ein Flugzeug nach Texas gezwungen", "Ismael Zambada",
              "indirect"),
        quote("ein Ende der Gewalt hänge nicht von den Streitkräften ab, sondern von den verfeindeten Gruppen",
              "Francisco Jesús Leana Ojeda", "indirect"),
        quote("Wenn sie diese Operation gegen den Mayo abgesprochen haben, tragen sie auch eine Verantwortung",
              "Andrés Manuel López Obrador", "direct"),
    ],
    "entities": [
        entity("Culiacán", "LOC", "MEX", ["Culiacán", "der Stadt"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["des Sinaloa-Kartells"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexikos Regierung"]),
        entity("Sinaloa", "LOC", "MEX", ["Sinaloa"]),
        entity("Ministry of Defence of Mexico", "ORG", "MEX", ["das Verteidigungsministerium"]),
        entity("Los Chapitos", "ORG", "MEX", ["die Chapitos"]),
        entity("Joaquín Guzmán", "PER", "MEX", ["des in den USA inhaftierten Drogenbosses Joaquín Guzmán"]),
        entity("Joaquín Guzmán López", "PER", "MEX", ["ein Sohn Guzmáns"]),
        entity("La Mayiza", "ORG", "MEX", ["Gefolgsleute von Ismael Zambada"]),
        entity("Ismael Zambada", "PER", "MEX", ["Ismael Zambada", "Zambada", "den Mayo"]),
        entity("United States", "LOC", "USA", ["den USA", "die USA"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Attorney General's Office of Sinaloa", "ORG", "MEX", ["der Staatsanwaltschaft von Sinaloa"]),
        entity("Rubén Rocha Moya", "PER", "MEX", ["Gouverneur Rubén Rocha Moya"]),
        entity("Mexican Army", "ORG", "MEX", ["der Armee", "den Streitkräften", "Soldaten"]),
        entity("Francisco Jesús Leana Ojeda", "PER", "MEX", ["General Francisco Jesús Leana Ojeda"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador"]),
        entity("Embassy of the United States in Mexico", "ORG", "USA", ["Die US-Botschaft"]),
        entity("residents of Culiacán", "ORG", "MEX", ["Hunderte Einwohner"]),
    ],
}

# ---------------------------------------------------------------- hm233-de-04 (Asmara tripartite summit)
ISAIAS = actor("Isaias Afwerki", "ERI", "GOV")
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
EGYPT = actor("Egypt", "EGY", "GOV")
ERITREA = actor("Eritrea", "ERI", "GOV")
SOMALIA = actor("Somalia", "SOM", "GOV")
ETHIOPIA = actor("Ethiopia", "ETH", "GOV")
SOMALILAND = actor("Somaliland", "SOM", "GOV")
ETH_MFA_SPOX = actor("spokesman of the Ministry of Foreign Affairs of Ethiopia", "ETH", "GOV")

A1 = ("Asmara (Reuters) - Ägyptens Präsident Abdel Fattah al-Sisi und Somalias Staatschef Hassan Sheikh Mohamud "
      "sind in Eritrea mit Präsident Isaias Afwerki zu einem Dreiergipfel zusammengekommen.")
A2 = ("In einer gemeinsamen Erklärung sicherten die drei Staaten zu, die Souveränität und territoriale Integrität "
      "Somalias zu verteidigen und die somalische Armee im Kampf gegen die Terrormiliz Al-Shabaab zu stärken.")
A3 = "Jede Einmischung in die inneren Angelegenheiten der Staaten der Region sei abzulehnen, hieß es in der Erklärung."
A4 = ("Der Gipfel gilt als Signal an Äthiopien, das im Januar mit der abtrünnigen Region Somaliland eine "
      "Absichtserklärung über einen Zugang zum Roten Meer unterzeichnet hatte.")
A5 = "Mogadischu wertet das Abkommen als Angriff auf seine Souveränität."
A6 = ("Ägypten hatte Somalia im August Waffen geliefert und will Soldaten für die neue Mission der Afrikanischen "
      "Union in dem Land stellen.")
A7 = "Kairo und Addis Abeba streiten zudem seit Jahren über den äthiopischen Nil-Staudamm."
A8 = ("Ein Sprecher des Außenministeriums in Addis Abeba warnte Kairo und Asmara davor, die Region zu "
       "destabilisieren: „Wer Öl ins Feuer gießt, wird sich selbst die Hände verbrennen.“")
A9 = "Äthiopien werde seine legitimen Interessen am Roten Meer weiter friedlich verfolgen, sagte er."
A10 = "Hassan Sheikh Mohamud dankte Kairo und Asmara für ihre »brüderliche Unterstützung«."
A11 = "Das Verhältnis zwischen Eritrea und Äthiopien gilt seit dem Ende des Tigray-Kriegs wieder als angespannt."
A12 = "Isaias regiert das Land seit der Unabhängigkeit 1993 ohne Wahlen."

DE04 = {
    "id": "hm233-de-04", "lang": "de", "url": None, "published": "2024-10-11",
    "title": "Dreiergipfel in Asmara: Ägypten und Eritrea stellen sich hinter Somalia",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11, A12]),
    "events": [
        event("CONSULT", SISI, ISAIAS, A1, mode="visit", location="Asmara", location_country="ERI"),
        event("CONSULT", HSM, ISAIAS, A1, mode="visit", location="Asmara", location_country="ERI"),
        event("AGREE", EGYPT, SOMALIA, A2),
        event("AGREE", ERITREA, SOMALIA, A2),
        event("SUPPORT", ETHIOPIA, SOMALILAND, A4),
        event("ACCUSE", SOMALIA, ETHIOPIA, A5, mode="disapprove"),
        event("AID", EGYPT, SOMALIA, A6),
        event("AGREE", EGYPT, SOMALIA, A6),
        event("THREATEN", ETH_MFA_SPOX, EGYPT, A8),
        event("THREATEN", ETH_MFA_SPOX, ERITREA, A8),
        event("SUPPORT", HSM, EGYPT, A10),
        event("SUPPORT", HSM, ERITREA, A10),
    ],
    "quotes": [
        quote("Jede Einmischung in die inneren Angelegenheiten der Staaten der Region sei abzulehnen",
              "Egypt, Eritrea and Somalia", "indirect"),
        quote("Wer Öl ins Feuer gießt, wird sich selbst die Hände verbrennen",
              "spokesman of the Ministry of Foreign Affairs of Ethiopia", "direct"),
        quote("Äthiopien werde seine legitimen Interessen am Roten Meer weiter friedlich verfolgen",
              "spokesman of the Ministry of Foreign Affairs of Ethiopia", "indirect"),
        quote("brüderliche Unterstützung", "Hassan Sheikh Mohamud", "direct"),
    ],
    "entities": [
        entity("Asmara", "LOC", "ERI", ["Asmara"]),
        entity("Egypt", "LOC", "EGY", ["Ägyptens", "Ägypten", "Kairo"]),
        entity("Somalia", "LOC", "SOM", ["Somalias", "Somalia", "Mogadischu", "dem Land"]),
        entity("Eritrea", "LOC", "ERI", ["Eritrea", "das Land"]),
        entity("Isaias Afwerki", "PER", "ERI", ["Präsident Isaias Afwerki", "Isaias"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Ägyptens Präsident Abdel Fattah al-Sisi"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM", ["Somalias Staatschef Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud"]),
        entity("Somali National Army", "ORG", "SOM", ["die somalische Armee"]),
        entity("Al-Shabaab", "ORG", "SOM", ["die Terrormiliz Al-Shabaab"]),
        entity("Ethiopia", "LOC", "ETH", ["Äthiopien", "Addis Abeba"]),
        entity("Somaliland", "LOC", "SOM", ["der abtrünnigen Region Somaliland"]),
        entity("Red Sea", "LOC", None, ["Roten Meer"]),
        entity("African Union", "ORG", "IGO", ["der Afrikanischen Union"]),
        entity("Grand Ethiopian Renaissance Dam", "LOC", "ETH", ["den äthiopischen Nil-Staudamm"]),
        entity("spokesman of the Ministry of Foreign Affairs of Ethiopia", "PER", "ETH",
               ["Ein Sprecher des Außenministeriums in Addis Abeba"]),
        entity("Tigray", "LOC", "ETH", ["Tigray-Kriegs"]),
    ],
}

# ---------------------------------------------------------------- hm233-en-01 (Global Sumud Flotilla)
ISR_NAVY = actor("Israeli Navy", "ISR", "MIL")
FLOTILLA = actor("Global Sumud Flotilla", "NGO", "NGO")
THUNBERG = actor("Greta Thunberg", "SWE", "CVL")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
ISRAEL_E = actor("Israel", "ISR", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
ISR_DIPLOMATS = actor("Israeli diplomats in Colombia", "ISR", "GOV")
TUR_MFA = actor("Ministry of Foreign Affairs of Turkey", "TUR", "GOV")
IST_PROS = actor("Istanbul Chief Public Prosecutor's Office", "TUR", "JUD")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
ITA_PROTESTERS = actor("Italian protesters", "ITA", "CVL")
GENOA_DOCKERS = actor("Genoa dockworkers", "ITA", "LAB")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")

F1 = ("JERUSALEM, Oct 2 (Reuters) - Israeli naval forces intercepted dozens of boats of a Gaza-bound aid flotilla "
      "overnight and detained hundreds of activists, including Swedish campaigner Greta Thunberg, organisers said "
      "on Thursday.")
F2 = ("The Global Sumud Flotilla, made up of more than 40 vessels carrying politicians, lawyers and activists from "
      "dozens of countries, had set out from Barcelona in early September to break Israel's naval blockade of Gaza.")
F3 = ("Israel's foreign ministry said the passengers were safe and healthy and were being taken to the port of "
      "Ashdod, from where they would be deported.")
F4 = "\u201cThe Hamas-Sumud provocation is over,\u201d the ministry wrote on X."
F5 = ("National Security Minister Itamar Ben-Gvir went to Ashdod to see the detained activists arrive and called "
      "them \u201csupporters of terrorism.\u201d")
F6 = ("The organisers accused Israel of an \u201cillegal attack\u201d on humanitarian workers in international "
      "waters and said some of their boats had been rammed and sprayed with water cannon.")
F7 = "Israel denied using force against the vessels."
F8 = ("Colombian President Gustavo Petro ordered the expulsion of Israel's entire remaining diplomatic delegation "
      "from Bogota, saying two Colombian women were among those detained.")
F9 = "He also announced the termination of Colombia's free trade agreement with Israel."
F10 = ("Turkey's foreign ministry called the interception an \u201cact of terrorism\u201d and said Istanbul "
       "prosecutors had opened an investigation into the detention of 24 Turkish citizens.")
F11 = ("Malaysian Prime Minister Anwar Ibrahim condemned the raid and demanded the immediate release of the "
       "Malaysians on board.")
F12 = ("In Italy, thousands of protesters marched through Rome, Milan and Naples, and dockworkers in Genoa blocked "
       "access to the port for several hours.")
F13 = ("Italian Prime Minister Giorgia Meloni criticised the protests and said the flotilla had never been about "
       "bringing aid to Palestinians.")
F14 = ("Before the interception, Israel had offered to unload any aid at Ashkelon and pass it on through official "
       "channels, an offer the organisers rejected.")
F15 = "The United Nations has warned of famine conditions in parts of the Gaza Strip."

EN01 = {
    "id": "hm233-en-01", "lang": "en", "url": None, "published": "2025-10-02",
    "title": "Israel intercepts Gaza flotilla, detains Thunberg and hundreds of activists",
    "text": paragraphs([F1, F2], [F3, F4, F5], [F6, F7], [F8, F9, F10, F11], [F12, F13], [F14, F15]),
    "events": [
        event("COERCE", ISR_NAVY, FLOTILLA, F1, mode="seize"),
        event("COERCE", ISR_NAVY, THUNBERG, F1, mode="arrest"),
        event("PROTEST", FLOTILLA, ISRAEL_E, F2, mode="obstruct"),
        event("ACCUSE", ISR_MFA, FLOTILLA, F4, mode="allege"),
        event("ACCUSE", BEN_GVIR, FLOTILLA, F5, mode="allege", location="Ashdod", location_country="ISR"),
        event("ACCUSE", FLOTILLA, ISRAEL_E, F6, mode="allege"),
        event("SANCTION", PETRO, ISR_DIPLOMATS, F8, mode="expel"),
        event("SANCTION", PETRO, ISRAEL_E, F9, mode="discontinue"),
        event("ACCUSE", TUR_MFA, ISRAEL_E, F10, mode="disapprove"),
        event("ACCUSE", IST_PROS, ISRAEL_E, F10, mode="investigate"),
        event("ACCUSE", ANWAR, ISRAEL_E, F11, mode="disapprove"),
        event("REQUEST", ANWAR, ISRAEL_E, F11, mode="yield"),
        event("PROTEST", ITA_PROTESTERS, ISRAEL_E, F12, mode="demo", location="Rome", location_country="ITA"),
        event("PROTEST", GENOA_DOCKERS, ISRAEL_E, F12, mode="obstruct", location="Genoa", location_country="ITA"),
        event("ACCUSE", MELONI, ITA_PROTESTERS, F13, mode="disapprove"),
        event("ACCUSE", MELONI, FLOTILLA, F13, mode="allege"),
        event("AGREE", ISRAEL_E, FLOTILLA, F14),
        event("REJECT", FLOTILLA, ISRAEL_E, F14),
    ],
    "quotes": [
        quote("the passengers were safe and healthy and were being taken to the port of Ashdod, from where they "
              "would be deported", "Ministry of Foreign Affairs of Israel", "indirect"),
        quote("The Hamas-Sumud provocation is over", "Ministry of Foreign Affairs of Israel", "direct"),
        quote("supporters of terrorism", "Itamar Ben-Gvir", "direct"),
        quote("illegal attack", "Global Sumud Flotilla", "direct"),
        quote("some of their boats had been rammed and sprayed with water cannon", "Global Sumud Flotilla",
              "indirect"),
        quote("two Colombian women were among those detained", "Gustavo Petro", "indirect"),
        quote("act of terrorism", "Ministry of Foreign Affairs of Turkey", "direct"),
        quote("Istanbul prosecutors had opened an investigation into the detention of 24 Turkish citizens",
              "Ministry of Foreign Affairs of Turkey", "indirect"),
        quote("the flotilla had never been about bringing aid to Palestinians", "Giorgia Meloni", "indirect"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["JERUSALEM"]),
        entity("Israeli Navy", "ORG", "ISR", ["Israeli naval forces"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "the Gaza Strip"]),
        entity("Global Sumud Flotilla", "ORG", "NGO", ["a Gaza-bound aid flotilla", "The Global Sumud Flotilla",
                                                       "organisers", "The organisers", "the flotilla",
                                                       "the organisers"]),
        entity("Greta Thunberg", "PER", "SWE", ["Swedish campaigner Greta Thunberg"]),
        entity("Barcelona", "LOC", "ESP", ["Barcelona"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Israel's foreign ministry", "the ministry"]),
        entity("Ashdod", "LOC", "ISR", ["Ashdod"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["National Security Minister Itamar Ben-Gvir"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro", "He"]),
        entity("Bogota", "LOC", "COL", ["Bogota"]),
        entity("Colombia", "LOC", "COL", ["Colombia"]),
        entity("Ministry of Foreign Affairs of Turkey", "ORG", "TUR", ["Turkey's foreign ministry"]),
        entity("Istanbul Chief Public Prosecutor's Office", "ORG", "TUR", ["Istanbul prosecutors"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Malaysian Prime Minister Anwar Ibrahim"]),
        entity("Italy", "LOC", "ITA", ["Italy"]),
        entity("Rome", "LOC", "ITA", ["Rome"]),
        entity("Milan", "LOC", "ITA", ["Milan"]),
        entity("Naples", "LOC", "ITA", ["Naples"]),
        entity("Genoa", "LOC", "ITA", ["Genoa"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Italian Prime Minister Giorgia Meloni"]),
        entity("Ashkelon", "LOC", "ISR", ["Ashkelon"]),
        entity("United Nations", "ORG", "UNO", ["The United Nations"]),
    ],
}

# ---------------------------------------------------------------- hm233-en-02 (Nicaragua co-presidency)
NIC_ASSEMBLY = actor("National Assembly of Nicaragua", "NIC", "LEG")
ORTEGA = actor("Daniel Ortega", "NIC", "GOV")
MURILLO = actor("Rosario Murillo", "NIC", "GOV")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
ALMAGRO = actor("Luis Almagro", "IGO", "IGO")
US_STATE = actor("United States Department of State", "USA", "GOV")
GHREN = actor("Group of Human Rights Experts on Nicaragua", "UNO", "IGO")
NIC_EXILES = actor("Nicaraguan exiles", "NIC", "OPP")
NIC_PRISONERS = actor("Nicaraguan political prisoners", "NIC", "OPP")
EU = actor("European Union", "EUR", "IGO")

N1 = ("MANAGUA, Jan 31 (AFP) - Nicaragua's National Assembly on Thursday gave final approval to a constitutional "
      "reform that makes President Daniel Ortega and his wife, Vice President Rosario Murillo, "
      "\u201cco-presidents\u201d and extends their term from five to six years.")
N2 = ("The reform, adopted unanimously by the Sandinista-controlled legislature, places the courts, parliament and "
      "the electoral authority under the \u201ccoordination\u201d of the presidency.")
N3 = ("It also allows the state to strip Nicaraguans deemed \u201ctraitors to the homeland\u201d of their "
      "citizenship and creates a volunteer police force.")
N4 = ("Murillo, long seen as the country's most powerful official, defended the changes on state television, saying "
      "they would \u201cstrengthen the sovereignty\u201d of the people.")
N5 = ("Organization of American States Secretary General Luis Almagro called the reform an \u201caberrant\u201d "
      "attempt to perpetuate a family dictatorship.")
N6 = ("The U.S. State Department said Washington did not recognise the changes and urged Managua to release "
      "political prisoners and restore democratic freedoms.")
N7 = ("A group of U.N. human rights experts on Nicaragua said the reform \u201cdismantles the last remnants\u201d "
      "of the rule of law in the country.")
N8 = "The European Union said it would consider \u201cfurther targeted measures\u201d against those responsible."
N9 = ("Dozens of exiled Nicaraguans protested outside the Nicaraguan embassy in San Jose, Costa Rica, on Thursday "
      "evening, waving blue-and-white flags.")
N10 = ("In February 2023, the government released 222 political prisoners, put them on a plane to Washington and "
       "stripped them of their nationality.")
N11 = "The government says those convicted are common criminals and denies persecuting its critics."
N12 = "Ortega, a former Marxist guerrilla, has ruled Nicaragua since 2007 after first governing from 1979 to 1990."
N13 = "Since mass protests in 2018, more than 5,000 non-governmental organisations have been shut down."

EN02 = {
    "id": "hm233-en-02", "lang": "en", "url": None, "published": "2025-01-31",
    "title": "Nicaragua makes Ortega and Murillo 'co-presidents'",
    "text": paragraphs([N1, N2, N3], [N4], [N5, N6, N7, N8], [N9], [N10, N11], [N12, N13]),
    "events": [
        event("SUPPORT", NIC_ASSEMBLY, ORTEGA, N1, date="2025-01-30", location="Managua", location_country="NIC"),
        event("SUPPORT", NIC_ASSEMBLY, MURILLO, N1, date="2025-01-30", location="Managua", location_country="NIC"),
        event("ACCUSE", ALMAGRO, NIC_GOV, N5, mode="disapprove"),
        event("ACCUSE", US_STATE, NIC_GOV, N6, mode="disapprove"),
        event("REQUEST", US_STATE, NIC_GOV, N6, mode="yield"),
        event("ACCUSE", GHREN, NIC_GOV, N7, mode="disapprove"),
        event("THREATEN", EU, NIC_GOV, N8),
        event("PROTEST", NIC_EXILES, NIC_GOV, N9, mode="demo", date="2025-01-30", location="San Jose",
              location_country="CRI"),
        event("RETREAT", NIC_GOV, NIC_PRISONERS, N10, mode="release"),
        event("COERCE", NIC_GOV, NIC_PRISONERS, N10, mode="deport"),
    ],
    "quotes": [
        quote("co-presidents", "National Assembly of Nicaragua", "direct"),
        quote("coordination", "National Assembly of Nicaragua", "direct"),
        quote("traitors to the homeland", "National Assembly of Nicaragua", "direct"),
        quote("strengthen the sovereignty", "Rosario Murillo", "direct"),
        quote("they would \u201cstrengthen the sovereignty\u201d of the people", "Rosario Murillo", "indirect"),
        quote("aberrant", "Luis Almagro", "direct"),
        quote("Washington did not recognise the changes", "United States Department of State", "indirect"),
        quote("dismantles the last remnants", "Group of Human Rights Experts on Nicaragua", "direct"),
        quote("the reform \u201cdismantles the last remnants\u201d of the rule of law in the country",
              "Group of Human Rights Experts on Nicaragua", "indirect"),
        quote("further targeted measures", "European Union", "direct"),
        quote("it would consider \u201cfurther targeted measures\u201d against those responsible", "European Union",
              "indirect"),
        quote("those convicted are common criminals", "Government of Nicaragua", "indirect"),
    ],
    "entities": [
        entity("Managua", "LOC", "NIC", ["MANAGUA", "Managua"]),
        entity("National Assembly of Nicaragua", "ORG", "NIC",
               ["Nicaragua's National Assembly", "the Sandinista-controlled legislature"]),
        entity("Nicaragua", "LOC", "NIC", ["Nicaragua", "the country"]),
        entity("Daniel Ortega", "PER", "NIC", ["President Daniel Ortega", "Ortega"]),
        entity("Rosario Murillo", "PER", "NIC", ["Vice President Rosario Murillo", "Murillo"]),
        entity("Sandinista National Liberation Front", "ORG", "NIC", ["Sandinista"]),
        entity("Luis Almagro", "PER", "IGO", ["Organization of American States Secretary General Luis Almagro"]),
        entity("Organization of American States", "ORG", "IGO", ["Organization of American States"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("United States", "LOC", "USA", ["Washington"]),
        entity("Group of Human Rights Experts on Nicaragua", "ORG", "UNO",
               ["A group of U.N. human rights experts on Nicaragua"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("Nicaraguan exiles", "ORG", "NIC", ["Dozens of exiled Nicaraguans"]),
        entity("Embassy of Nicaragua in Costa Rica", "ORG", "NIC", ["the Nicaraguan embassy"]),
        entity("San Jose", "LOC", "CRI", ["San Jose"]),
        entity("Costa Rica", "LOC", "CRI", ["Costa Rica"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["the government", "The government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
