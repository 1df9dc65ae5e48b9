"""Round 357: six invented wire-style articles (4 German, 2 English), written blind. Region: North America.

Stories (real settings 2024-2025, invented wording and details):
- hm357-de-01: Canada/China: Ottawa orders Hikvision's Canadian unit to cease operations after a national security review and bars federal purchases; Joly's reasons, Hikvision objects and threatens legal action, China's commerce ministry protests, demands a correction and warns, the canola and EV tariff row and the Carney-Li Qiang call recalled, Chong welcomes the ban but attacks the government, the 2022 FCC ban (2025-06-28).
- hm357-de-02: Mexico/United States: Washington revokes the visas of Baja California governor Marina del Pilar Ávila and her husband Carlos Torres Torres; she says she was given no reasons, Sheinbaum asks for evidence and praises her, the PAN demands she step aside and Romero attacks Morena, Alcalde backs her, Ávila refuses (2025-05-12).
- hm357-de-03: Mexico/United States: ex-boxing champion Julio César Chávez Jr. deported by ICE, handed over at Nogales and jailed in Hermosillo on a 2023 warrant; the July ICE arrest in Studio City and DHS's cartel and false-statement accusations, McLaughlin's remarks, Sheinbaum confirms the warrant, his lawyer objects, the 55 cartel suspects sent to the US this year (2025-08-19).
- hm357-de-04: United States: Judge Trevor McFadden orders the White House to restore the AP's access over the "Gulf of America" row; the February exclusion, the AP's suit against Wiles, Budowich and Leavitt, the rejected emergency motion, AP and the WHCA welcome the ruling, the White House will appeal, the press pool takeover (2025-04-09).
- hm357-en-01: Canada: Carney and Alberta's Danielle Smith sign a pipeline MOU in Calgary; Ottawa backs a pipeline to the B.C. coast and eases climate rules, Alberta raises its carbon price, Guilbeault quits Cabinet in protest, Eby and the Coastal First Nations object, Poilievre and May criticise, Carney's call with Eby and planned First Nations meeting (2025-11-27).
- hm357-en-02: United States/Mexico: Judge Brian Cogan sentences Mexico's ex-security chief Genaro García Luna to more than 38 years in Brooklyn; fine, sentencing requests, the 2023 conviction, García Luna blames the witnesses, his lawyer will appeal, Breon Peace condemns, Sheinbaum presses Calderón, Calderón attacks Morena, Mexico's Florida lawsuit (2024-10-17).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm357-de-01 (Canada/China, Hikvision ordered out)
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
HIKVISION = actor("Hikvision", "CHN", "BUS")
JOLY = actor("Mélanie Joly", "CAN", "GOV")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
MOFCOM_SPOKESPERSON = actor("Spokesperson of the Ministry of Commerce of China", "CHN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
CARNEY = actor("Mark Carney", "CAN", "GOV")
LI_QIANG = actor("Li Qiang", "CHN", "GOV")
CHONG = actor("Michael Chong", "CAN", "OPP")
FCC = actor("Federal Communications Commission", "USA", "GOV")

H1 = ("Ottawa (dpa) - Kanada hat dem chinesischen Hersteller von Überwachungskameras Hikvision die Geschäftstätigkeit im "
      "Land untersagt.")
H2 = ("Die kanadische Tochtergesellschaft Hikvision Canada müsse ihren Betrieb einstellen, teilte Industrieministerin "
      "Mélanie Joly am Freitagabend mit.")
H3 = ("Die Anordnung sei das Ergebnis einer mehrstufigen Prüfung nach dem Investitionsgesetz, bei der die Geheimdienste "
      "und Sicherheitsbehörden des Landes Informationen vorgelegt hätten.")
H4 = ("Die weitere Tätigkeit von Hikvision in Kanada wäre „schädlich für die nationale Sicherheit Kanadas“, erklärte "
      "die Ministerin.")
H5 = ("Zugleich dürfen Ministerien und Bundesbehörden keine Kameras und anderen Geräte des Konzerns mehr kaufen; bereits "
      "installierte Technik in Regierungsgebäuden wird überprüft.")
H6 = "Joly nannte keine Einzelheiten zu den Erkenntnissen der Sicherheitsbehörden."
H7 = "Hikvision wies die Vorwürfe in einer Erklärung zurück."
H8 = ("Die Entscheidung beruhe nicht auf Fakten, sondern auf geopolitischen Erwägungen und Vorbehalten gegenüber China, "
      "hieß es darin.")
H9 = ("Man werde alle rechtlichen Mittel ausschöpfen, um die Interessen der Beschäftigten und Kunden in Kanada zu "
      "schützen.")
H10 = "Das Handelsministerium in Peking äußerte am Samstag „starke Unzufriedenheit“ mit dem Schritt."
H11 = ("Kanada missbrauche das Konzept der nationalen Sicherheit, um chinesische Unternehmen zu unterdrücken, sagte ein "
       "Sprecher.")
H12 = ("Das Ministerium forderte Ottawa auf, seine „falschen Praktiken“ umgehend zu korrigieren, und kündigte an, China "
       "werde alle notwendigen Maßnahmen ergreifen, um die legitimen Rechte seiner Unternehmen zu schützen.")
H13 = "Die Beziehungen zwischen beiden Ländern sind seit Jahren angespannt."
H14 = ("Im März hatte Peking Strafzölle von 100 Prozent auf kanadisches Rapsöl und Erbsen sowie von 25 Prozent auf "
       "Schweinefleisch und Meeresfrüchte verhängt.")
H15 = ("China reagierte damit auf Sonderzölle, die Ottawa im Oktober 2024 auf Elektroautos aus chinesischer Produktion "
       "eingeführt hatte.")
H16 = "Premierminister Mark Carney hatte erst Anfang Juni mit Chinas Regierungschef Li Qiang telefoniert."
H17 = "Beide vereinbarten damals, die Gesprächskanäle zwischen ihren Regierungen zu regelmäßigen Kontakten auszubauen."
H18 = ("Der konservative Abgeordnete Michael Chong begrüßte das Verbot, warf der Regierung jedoch vor, zu lange gezögert "
       "zu haben.")
H19 = ("In den USA hatte die Telekommunikationsbehörde FCC bereits 2022 die Zulassung neuer Geräte von Hikvision "
       "verboten.")

DE01 = {
    "id": "hm357-de-01", "lang": "de", "url": None, "published": "2025-06-28",
    "title": "Kanada verbannt chinesischen Kamerahersteller Hikvision",
    "text": paragraphs([H1, H2, H3, H4, H5], [H6, H7, H8, H9], [H10, H11, H12], [H13, H14, H15, H16, H17],
                       [H18, H19]),
    "events": [
        event("SANCTION", CAN_GOV, HIKVISION, H1, mode="discontinue"),
        event("SANCTION", JOLY, HIKVISION, H2, mode="discontinue", date="2025-06-27"),
        event("ACCUSE", CAN_GOV, HIKVISION, H3, mode="investigate"),
        event("ACCUSE", JOLY, HIKVISION, H4, mode="allege"),
        event("SANCTION", CAN_GOV, HIKVISION, H5, mode="discontinue"),
        event("ACCUSE", HIKVISION, CAN_GOV, H8, mode="disapprove"),
        event("THREATEN", HIKVISION, CAN_GOV, H9),
        event("ACCUSE", MOFCOM, CAN_GOV, H10, mode="disapprove", date="2025-06-28", location="Peking",
              location_country="CHN"),
        event("ACCUSE", MOFCOM_SPOKESPERSON, CAN_GOV, H11, mode="allege"),
        event("REQUEST", MOFCOM, CAN_GOV, H12, mode="change"),
        event("THREATEN", MOFCOM, CAN_GOV, H12),
        event("SANCTION", CHN_GOV, CAN_GOV, H14, mode="discontinue"),
        event("SANCTION", CAN_GOV, CHN_GOV, H15, mode="discontinue"),
        event("CONSULT", CARNEY, LI_QIANG, H16, mode="phone"),
        event("AGREE", CARNEY, LI_QIANG, H17),
        event("SUPPORT", CHONG, CAN_GOV, H18),
        event("ACCUSE", CHONG, CAN_GOV, H18, mode="disapprove"),
        event("SANCTION", FCC, HIKVISION, H19, mode="discontinue"),
    ],
    "quotes": [
        quote("Die kanadische Tochtergesellschaft Hikvision Canada müsse ihren Betrieb einstellen", "Mélanie Joly",
              "indirect"),
        quote("Die Anordnung sei das Ergebnis einer mehrstufigen Prüfung nach dem Investitionsgesetz, bei der die "
              "Geheimdienste und Sicherheitsbehörden des Landes Informationen vorgelegt hätten", "Mélanie Joly",
              "indirect"),
        quote("schädlich für die nationale Sicherheit Kanadas", "Mélanie Joly", "direct"),
        quote("Die weitere Tätigkeit von Hikvision in Kanada wäre „schädlich für die nationale Sicherheit Kanadas“",
              "Mélanie Joly", "indirect"),
        quote("Die Entscheidung beruhe nicht auf Fakten, sondern auf geopolitischen Erwägungen und Vorbehalten gegenüber "
              "China", "Hikvision", "indirect"),
        quote("Man werde alle rechtlichen Mittel ausschöpfen, um die Interessen der Beschäftigten und Kunden in Kanada "
              "zu schützen", "Hikvision", "indirect"),
        quote("starke Unzufriedenheit", "Ministry of Commerce of China", "direct"),
        quote("Kanada missbrauche das Konzept der nationalen Sicherheit, um chinesische Unternehmen zu unterdrücken",
              "Spokesperson of the Ministry of Commerce of China", "indirect"),
        quote("falschen Praktiken", "Ministry of Commerce of China", "direct"),
        quote("China werde alle notwendigen Maßnahmen ergreifen, um die legitimen Rechte seiner Unternehmen zu schützen",
              "Ministry of Commerce of China", "indirect"),
        quote("zu lange gezögert zu haben", "Michael Chong", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Canada", "LOC", "CAN", ["Kanada", "Kanadas"]),
        entity("Hikvision", "ORG", "CHN", ["Hikvision", "des Konzerns"]),
        entity("Hikvision Canada", "ORG", "CAN", ["Die kanadische Tochtergesellschaft Hikvision Canada"]),
        entity("Mélanie Joly", "PER", "CAN", ["Industrieministerin Mélanie Joly", "die Ministerin", "Joly"]),
        entity("Canadian intelligence and security agencies", "ORG", "CAN",
               ["die Geheimdienste und Sicherheitsbehörden des Landes", "der Sicherheitsbehörden"]),
        entity("China", "LOC", "CHN", ["China", "Chinas"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["Das Handelsministerium in Peking", "Das Ministerium"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Spokesperson of the Ministry of Commerce of China", "PER", "CHN", ["ein Sprecher"]),
        entity("Government of Canada", "ORG", "CAN", ["der Regierung"]),
        entity("Mark Carney", "PER", "CAN", ["Premierminister Mark Carney"]),
        entity("Li Qiang", "PER", "CHN", ["Chinas Regierungschef Li Qiang"]),
        entity("Michael Chong", "PER", "CAN", ["Der konservative Abgeordnete Michael Chong"]),
        entity("United States", "LOC", "USA", ["In den USA"]),
        entity("Federal Communications Commission", "ORG", "USA", ["die Telekommunikationsbehörde FCC"]),
    ],
}

# ---------------------------------------------------------------- hm357-de-02 (Mexico/US, governor's visa revoked)
US_GOV = actor("Government of the United States", "USA", "GOV")
AVILA = actor("Marina del Pilar Ávila", "MEX", "GOV")
TORRES = actor("Carlos Torres Torres", "MEX", "CVL")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
PAN = actor("National Action Party", "MEX", "OPP")
ROMERO = actor("Jorge Romero", "MEX", "OPP")
MORENA = actor("Morena", "MEX", "PTY")
ALCALDE = actor("Luisa María Alcalde", "MEX", "PTY")

V1 = ("Mexiko-Stadt (dpa) - Die US-Regierung hat der Gouverneurin des mexikanischen Grenzstaats Baja California, Marina "
      "del Pilar Ávila, das Visum entzogen.")
V2 = ("Auch das Visum ihres Ehemanns Carlos Torres Torres sei annulliert worden, sagte die Politikerin der "
      "Regierungspartei Morena am Samstag in einer Videobotschaft.")
V3 = "Über die Gründe hätten die US-Behörden sie nicht informiert."
V4 = ("„Ich habe keine offene Rechnung mit der Justiz, weder in Mexiko noch in den Vereinigten Staaten“, betonte "
      "Ávila.")
V5 = "Ihr Mann kündigte an, sich direkt an die zuständigen US-Behörden zu wenden, um den Fall zu klären."
V6 = ("Die US-Botschaft in Mexiko-Stadt äußerte sich nicht und verwies auf die Vertraulichkeit von "
      "Visa-Angelegenheiten.")
V7 = "Baja California grenzt an Kalifornien, Zehntausende Menschen pendeln täglich zwischen Tijuana und San Diego."
V8 = ("Präsidentin Claudia Sheinbaum sagte am Montag bei ihrer morgendlichen Pressekonferenz, ihre Regierung habe aus "
      "Washington keinerlei Informationen zu dem Fall erhalten.")
V9 = "Sie forderte die US-Regierung auf, Belege vorzulegen, falls es Vorwürfe gegen die Gouverneurin gebe."
V10 = "„Der Entzug eines Visums ist keine Anklage“, sagte Sheinbaum."
V11 = ("Sollte die Generalstaatsanwaltschaft Hinweise auf Straftaten erhalten, werde sie ermitteln, fügte die "
       "Präsidentin hinzu.")
V12 = "Sheinbaum lobte zugleich die Zusammenarbeit mit Ávila bei der Sicherheit an der Grenze."
V13 = ("Die oppositionelle Partei der Nationalen Aktion (PAN) forderte die Gouverneurin auf, ihr Amt ruhen zu lassen, "
       "bis der Fall aufgeklärt sei.")
V14 = ("PAN-Chef Jorge Romero warf Morena vor, Politiker mit mutmaßlichen Verbindungen zum organisierten Verbrechen zu "
       "schützen.")
V15 = "Morena-Chefin Luisa María Alcalde stellte sich hinter die Gouverneurin."
V16 = "Ávila lehnte einen Rückzug ab und kündigte an, ihre Arbeit „mit voller Kraft“ fortzusetzen."
V17 = ("Die Regierung von US-Präsident Donald Trump hat den Druck auf Mexiko im Kampf gegen die Drogenkartelle zuletzt "
       "deutlich erhöht.")

DE02 = {
    "id": "hm357-de-02", "lang": "de", "url": None, "published": "2025-05-12",
    "title": "USA entziehen Gouverneurin von Baja California das Visum",
    "text": paragraphs([V1, V2, V3, V4, V5], [V6, V7], [V8, V9, V10, V11, V12], [V13, V14, V15, V16], [V17]),
    "events": [
        event("SANCTION", US_GOV, AVILA, V1),
        event("SANCTION", US_GOV, TORRES, V2),
        event("AGREE", TORRES, US_GOV, V5),
        event("REQUEST", SHEINBAUM, US_GOV, V9, date="2025-05-12"),
        event("SUPPORT", SHEINBAUM, AVILA, V12),
        event("REQUEST", PAN, AVILA, V13, mode="change"),
        event("ACCUSE", ROMERO, MORENA, V14, mode="allege"),
        event("SUPPORT", ALCALDE, AVILA, V15),
        event("REJECT", AVILA, PAN, V16, mode="change"),
    ],
    "quotes": [
        quote("Auch das Visum ihres Ehemanns Carlos Torres Torres sei annulliert worden", "Marina del Pilar Ávila",
              "indirect"),
        quote("Über die Gründe hätten die US-Behörden sie nicht informiert", "Marina del Pilar Ávila", "indirect"),
        quote("Ich habe keine offene Rechnung mit der Justiz, weder in Mexiko noch in den Vereinigten Staaten",
              "Marina del Pilar Ávila", "direct"),
        quote("ihre Regierung habe aus Washington keinerlei Informationen zu dem Fall erhalten", "Claudia Sheinbaum",
              "indirect"),
        quote("Der Entzug eines Visums ist keine Anklage", "Claudia Sheinbaum", "direct"),
        quote("Sollte die Generalstaatsanwaltschaft Hinweise auf Straftaten erhalten, werde sie ermitteln",
              "Claudia Sheinbaum", "indirect"),
        quote("Politiker mit mutmaßlichen Verbindungen zum organisierten Verbrechen zu schützen", "Jorge Romero",
              "indirect"),
        quote("mit voller Kraft", "Marina del Pilar Ávila", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung", "die US-Regierung",
                                                                 "die US-Behörden", "die zuständigen US-Behörden",
                                                                 "Washington"]),
        entity("Baja California", "LOC", "MEX", ["des mexikanischen Grenzstaats Baja California", "Baja California"]),
        entity("Marina del Pilar Ávila", "PER", "MEX", ["der Gouverneurin des mexikanischen Grenzstaats Baja "
                                                        "California, Marina del Pilar Ávila",
                                                        "die Politikerin der Regierungspartei Morena", "sie", "Ávila",
                                                        "die Gouverneurin"]),
        entity("Carlos Torres Torres", "PER", "MEX", ["ihres Ehemanns Carlos Torres Torres", "Ihr Mann"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena", "Morena"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("United States", "LOC", "USA", ["den Vereinigten Staaten"]),
        entity("Embassy of the United States in Mexico City", "ORG", "USA", ["Die US-Botschaft in Mexiko-Stadt"]),
        entity("California", "LOC", "USA", ["Kalifornien"]),
        entity("Tijuana", "LOC", "MEX", ["Tijuana"]),
        entity("San Diego", "LOC", "USA", ["San Diego"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "Sie", "Sheinbaum",
                                                   "die Präsidentin"]),
        entity("Government of Mexico", "ORG", "MEX", ["ihre Regierung"]),
        entity("Attorney General's Office of Mexico", "ORG", "MEX", ["die Generalstaatsanwaltschaft"]),
        entity("National Action Party", "ORG", "MEX", ["Die oppositionelle Partei der Nationalen Aktion (PAN)"]),
        entity("Jorge Romero", "PER", "MEX", ["PAN-Chef Jorge Romero"]),
        entity("Luisa María Alcalde", "PER", "MEX", ["Morena-Chefin Luisa María Alcalde"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Mexican drug cartels", "ORG", "MEX", ["die Drogenkartelle"]),
    ],
}

# ---------------------------------------------------------------- hm357-de-03 (Mexico/US, Chávez Jr. deported and jailed)
ICE = actor("U.S. Immigration and Customs Enforcement", "USA", "COP")
CHAVEZ_JR = actor("Julio César Chávez Jr.", "MEX", "CVL")
FGR = actor("Attorney General's Office of Mexico", "MEX", "JUD")
DHS = actor("U.S. Department of Homeland Security", "USA", "GOV")
MCLAUGHLIN = actor("Tricia McLaughlin", "USA", "GOV")
CHAVEZ_LAWYER = actor("lawyer of Julio César Chávez Jr.", "MEX", "CVL")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")

C1 = ("Mexiko-Stadt (dpa) - Der frühere Box-Weltmeister Julio César Chávez Jr. ist nach seiner Abschiebung aus den USA "
      "in Mexiko festgenommen worden.")
C2 = ("US-Einwanderungsbeamte übergaben den 39-Jährigen am Montag am Grenzübergang in Nogales an die mexikanischen "
      "Behörden, wie die Generalstaatsanwaltschaft (FGR) mitteilte.")
C3 = ("Bundesagenten vollstreckten dort einen Haftbefehl wegen organisierter Kriminalität und Waffenhandels und "
      "brachten den Sohn der Boxlegende Julio César Chávez in ein Gefängnis in Hermosillo, der Hauptstadt des "
      "Bundesstaats Sonora.")
C4 = "Ein Bundesrichter soll in den kommenden Tagen darüber entscheiden, ob ein Verfahren gegen ihn eröffnet wird."
C5 = ("Chávez Jr. war Anfang Juli in Studio City bei Los Angeles von Beamten der Einwanderungsbehörde ICE festgenommen "
      "worden, wenige Tage nach einem verlorenen Kampf gegen den Youtuber Jake Paul.")
C6 = ("Er sei ein Mitglied des Sinaloa-Kartells und halte sich illegal in den USA auf, erklärte das "
      "Heimatschutzministerium damals.")
C7 = "In seinem Antrag auf eine dauerhafte Aufenthaltsgenehmigung habe er zudem falsche Angaben gemacht."
C8 = ("Ministeriumssprecherin Tricia McLaughlin nannte ihn am Montag einen „kriminellen illegalen Ausländer“, der nun "
      "in Mexiko zur Rechenschaft gezogen werde.")
C9 = "Präsidentin Claudia Sheinbaum bestätigte, dass gegen Chávez Jr. in Mexiko seit 2023 ein Haftbefehl vorliege."
C10 = "„Straflosigkeit gibt es für niemanden, so berühmt er auch sein mag“, sagte sie."
C11 = ("Sein Anwalt in Mexiko sprach von einem „aufgeblähten Fall“ und warf der Staatsanwaltschaft vor, sich auf die "
       "Aussagen eines einzigen Zeugen zu stützen.")
C12 = ("Der Vater, einer der erfolgreichsten Boxer der Geschichte, beteuerte in einem Video die Unschuld seines "
       "Sohnes.")
C13 = ("Mexiko hat in diesem Jahr bereits 55 mutmaßliche Kartellmitglieder an die USA überstellt, darunter den "
       "Drogenboss Rafael Caro Quintero.")

DE03 = {
    "id": "hm357-de-03", "lang": "de", "url": None, "published": "2025-08-19",
    "title": "Ex-Boxweltmeister Chávez Jr. nach Abschiebung in Mexiko in Haft",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12], [C13]),
    "events": [
        event("COERCE", ICE, CHAVEZ_JR, C1, mode="deport"),
        event("COERCE", FGR, CHAVEZ_JR, C1, mode="arrest", location_country="MEX"),
        event("COERCE", ICE, CHAVEZ_JR, C2, mode="deport", date="2025-08-18", location="Nogales",
              location_country="MEX"),
        event("COOPERATE", ICE, FGR, C2, date="2025-08-18", location="Nogales", location_country="MEX"),
        event("COERCE", FGR, CHAVEZ_JR, C3, mode="arrest", location="Hermosillo", location_country="MEX"),
        event("COERCE", ICE, CHAVEZ_JR, C5, mode="arrest", location="Studio City", location_country="USA"),
        event("ACCUSE", DHS, CHAVEZ_JR, C6, mode="allege"),
        event("ACCUSE", DHS, CHAVEZ_JR, C7, mode="allege"),
        event("ACCUSE", MCLAUGHLIN, CHAVEZ_JR, C8, mode="allege", date="2025-08-18"),
        event("ACCUSE", CHAVEZ_LAWYER, FGR, C11, mode="disapprove"),
        event("COOPERATE", MEX_GOV, US_GOV, C13),
    ],
    "quotes": [
        quote("US-Einwanderungsbeamte übergaben den 39-Jährigen am Montag am Grenzübergang in Nogales an die "
              "mexikanischen Behörden", "Attorney General's Office of Mexico", "indirect"),
        quote("Er sei ein Mitglied des Sinaloa-Kartells und halte sich illegal in den USA auf",
              "U.S. Department of Homeland Security", "indirect"),
        quote("In seinem Antrag auf eine dauerhafte Aufenthaltsgenehmigung habe er zudem falsche Angaben gemacht",
              "U.S. Department of Homeland Security", "indirect"),
        quote("kriminellen illegalen Ausländer", "Tricia McLaughlin", "direct"),
        quote("einen „kriminellen illegalen Ausländer“, der nun in Mexiko zur Rechenschaft gezogen werde",
              "Tricia McLaughlin", "indirect"),
        quote("dass gegen Chávez Jr. in Mexiko seit 2023 ein Haftbefehl vorliege", "Claudia Sheinbaum", "indirect"),
        quote("Straflosigkeit gibt es für niemanden, so berühmt er auch sein mag", "Claudia Sheinbaum", "direct"),
        quote("aufgeblähten Fall", "lawyer of Julio César Chávez Jr.", "direct"),
        quote("sich auf die Aussagen eines einzigen Zeugen zu stützen", "lawyer of Julio César Chávez Jr.",
              "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Julio César Chávez Jr.", "PER", "MEX", ["Der frühere Box-Weltmeister Julio César Chávez Jr.",
                                                       "den 39-Jährigen", "den Sohn der Boxlegende Julio César Chávez",
                                                       "ihn", "Chávez Jr.", "Er", "er", "seines Sohnes"]),
        entity("United States", "LOC", "USA", ["den USA", "die USA"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA", ["US-Einwanderungsbeamte",
                                                                         "Beamten der Einwanderungsbehörde ICE"]),
        entity("Nogales", "LOC", "MEX", ["Nogales"]),
        entity("Attorney General's Office of Mexico", "ORG", "MEX", ["die mexikanischen Behörden",
                                                                    "die Generalstaatsanwaltschaft (FGR)",
                                                                    "Bundesagenten", "der Staatsanwaltschaft"]),
        entity("Julio César Chávez", "PER", "MEX", ["der Boxlegende Julio César Chávez", "Der Vater, einer der "
                                                    "erfolgreichsten Boxer der Geschichte"]),
        entity("Hermosillo", "LOC", "MEX", ["Hermosillo"]),
        entity("Sonora", "LOC", "MEX", ["des Bundesstaats Sonora"]),
        entity("federal judge in Hermosillo", "PER", "MEX", ["Ein Bundesrichter"]),
        entity("Studio City", "LOC", "USA", ["Studio City"]),
        entity("Los Angeles", "LOC", "USA", ["Los Angeles"]),
        entity("Jake Paul", "PER", "USA", ["den Youtuber Jake Paul"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["des Sinaloa-Kartells"]),
        entity("U.S. Department of Homeland Security", "ORG", "USA", ["das Heimatschutzministerium"]),
        entity("Tricia McLaughlin", "PER", "USA", ["Ministeriumssprecherin Tricia McLaughlin"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "sie"]),
        entity("lawyer of Julio César Chávez Jr.", "PER", "MEX", ["Sein Anwalt in Mexiko"]),
        entity("Rafael Caro Quintero", "PER", "MEX", ["den Drogenboss Rafael Caro Quintero"]),
    ],
}

# ---------------------------------------------------------------- hm357-de-04 (US, judge restores AP's access)
MCFADDEN = actor("Trevor McFadden", "USA", "JUD")
WHITE_HOUSE = actor("White House", "USA", "GOV")
AP = actor("Associated Press", "USA", "MED")
TRUMP = actor("Donald Trump", "USA", "GOV")
WILES = actor("Susie Wiles", "USA", "GOV")
BUDOWICH = actor("Taylor Budowich", "USA", "GOV")
LEAVITT = actor("Karoline Leavitt", "USA", "GOV")
WHCA = actor("White House Correspondents' Association", "USA", "MED")

A1 = ("Washington (dpa) - Ein US-Bundesrichter hat das Weiße Haus angewiesen, der Nachrichtenagentur Associated Press "
      "(AP) wieder Zugang zu Terminen von Präsident Donald Trump zu gewähren.")
A2 = ("Der Ausschluss der Agentur aus dem Oval Office und der Präsidentenmaschine Air Force One verstoße gegen die in "
      "der Verfassung garantierte Presse- und Meinungsfreiheit, entschied Richter Trevor McFadden am Dienstag in "
      "Washington.")
A3 = ("Wenn die Regierung einige Journalisten zu solchen Terminen zulasse, dürfe sie andere nicht wegen ihrer "
      "Ansichten davon ausschließen, schrieb der Richter in seiner Begründung.")
A4 = ("Das Weiße Haus hatte Reporter und Fotografen der AP im Februar von zahlreichen Terminen ausgeschlossen, weil die "
      "Agentur sich weigert, den Golf von Mexiko wie von Trump angeordnet „Golf von Amerika“ zu nennen.")
A5 = "Trump hatte das Gewässer an seinem ersten Tag im Amt per Dekret umbenannt."
A6 = ("Die AP verklagte daraufhin Stabschefin Susie Wiles, deren Stellvertreter Taylor Budowich und Sprecherin "
      "Karoline Leavitt.")
A7 = "Einen Eilantrag der Agentur hatte McFadden im Februar zunächst abgelehnt."
A8 = "„Wir sind erfreut über die Entscheidung des Gerichts“, erklärte AP-Sprecherin Lauren Easton."
A9 = ("Das Urteil bestätige das grundlegende Recht von Presse und Öffentlichkeit, sich ohne Vergeltung durch die "
      "Regierung frei zu äußern.")
A10 = "Das Weiße Haus kündigte an, gegen die Entscheidung Berufung einzulegen."
A11 = ("Sprecherin Leavitt hatte den Ausschluss stets verteidigt: Der Zugang zum Oval Office sei ein Privileg und kein "
       "Recht.")
A12 = "Auch der Korrespondentenverband des Weißen Hauses (WHCA) begrüßte das Urteil."
A13 = ("Die Regierung hatte dem Verband im Februar das Recht entzogen, die Journalisten für den sogenannten Pressepool "
       "auszuwählen, die den Präsidenten aus nächster Nähe begleiten.")
A14 = "McFadden war 2017 von Trump ernannt worden."
A15 = "Seine Anordnung tritt erst am Sonntag in Kraft, damit die Regierung Rechtsmittel einlegen kann."

DE04 = {
    "id": "hm357-de-04", "lang": "de", "url": None, "published": "2025-04-09",
    "title": "Richter: Weißes Haus muss AP wieder zulassen",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14, A15]),
    "events": [
        event("REQUEST", MCFADDEN, WHITE_HOUSE, A1, mode="change"),
        event("SANCTION", MCFADDEN, WHITE_HOUSE, A2, mode="convict", date="2025-04-08", location="Washington",
              location_country="USA"),
        event("COERCE", WHITE_HOUSE, AP, A4, mode="restrict"),
        event("REJECT", AP, TRUMP, A4, mode="change"),
        event("ACCUSE", AP, WILES, A6, mode="allege"),
        event("ACCUSE", AP, BUDOWICH, A6, mode="allege"),
        event("ACCUSE", AP, LEAVITT, A6, mode="allege"),
        event("REJECT", MCFADDEN, AP, A7),
        event("SUPPORT", AP, MCFADDEN, A8),
        event("REJECT", WHITE_HOUSE, MCFADDEN, A10),
        event("SUPPORT", WHCA, MCFADDEN, A12),
        event("COERCE", WHITE_HOUSE, WHCA, A13, mode="restrict"),
    ],
    "quotes": [
        quote("Der Ausschluss der Agentur aus dem Oval Office und der Präsidentenmaschine Air Force One verstoße gegen "
              "die in der Verfassung garantierte Presse- und Meinungsfreiheit", "Trevor McFadden", "indirect"),
        quote("Wenn die Regierung einige Journalisten zu solchen Terminen zulasse, dürfe sie andere nicht wegen ihrer "
              "Ansichten davon ausschließen", "Trevor McFadden", "indirect"),
        quote("Golf von Amerika", "Donald Trump", "direct"),
        quote("Wir sind erfreut über die Entscheidung des Gerichts", "Lauren Easton", "direct"),
        quote("Das Urteil bestätige das grundlegende Recht von Presse und Öffentlichkeit, sich ohne Vergeltung durch "
              "die Regierung frei zu äußern", "Lauren Easton", "indirect"),
        quote("Der Zugang zum Oval Office sei ein Privileg und kein Recht", "Karoline Leavitt", "indirect"),
    ],
    "entities": [
        entity("Washington, D.C.", "LOC", "USA", ["Washington"]),
        entity("Trevor McFadden", "PER", "USA", ["Ein US-Bundesrichter", "Richter Trevor McFadden", "der Richter",
                                                 "McFadden"]),
        entity("White House", "ORG", "USA", ["das Weiße Haus", "Das Weiße Haus"]),
        entity("Associated Press", "ORG", "USA", ["der Nachrichtenagentur Associated Press (AP)", "der Agentur",
                                                  "der AP", "die Agentur", "Die AP"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump", "Trump", "den Präsidenten"]),
        entity("Oval Office", "LOC", "USA", ["dem Oval Office", "zum Oval Office"]),
        entity("Air Force One", "LOC", "USA", ["der Präsidentenmaschine Air Force One"]),
        entity("Government of the United States", "ORG", "USA", ["die Regierung", "Die Regierung"]),
        entity("Gulf of Mexico", "LOC", None, ["den Golf von Mexiko", "das Gewässer"]),
        entity("Susie Wiles", "PER", "USA", ["Stabschefin Susie Wiles"]),
        entity("Taylor Budowich", "PER", "USA", ["deren Stellvertreter Taylor Budowich"]),
        entity("Karoline Leavitt", "PER", "USA", ["Sprecherin Karoline Leavitt", "Sprecherin Leavitt"]),
        entity("Lauren Easton", "PER", "USA", ["AP-Sprecherin Lauren Easton"]),
        entity("White House Correspondents' Association", "ORG", "USA",
               ["der Korrespondentenverband des Weißen Hauses (WHCA)", "dem Verband"]),
    ],
}

# ---------------------------------------------------------------- hm357-en-01 (Canada, Carney-Smith pipeline MOU)
SMITH = actor("Danielle Smith", "CAN", "GOV")
GUILBEAULT = actor("Steven Guilbeault", "CAN", "GOV")
AB_GOV = actor("Government of Alberta", "CAN", "GOV")
EBY = actor("David Eby", "CAN", "GOV")
CFN = actor("Coastal First Nations", "CAN", "CVL")
SLETT = actor("Marilyn Slett", "CAN", "CVL")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
MAY = actor("Elizabeth May", "CAN", "OPP")
FN_LEADERS = actor("First Nations leaders", "CAN", "CVL")

P1 = ("CALGARY, Alberta (AP) — Prime Minister Mark Carney and Alberta Premier Danielle Smith signed an agreement on "
      "Thursday that opens the door to a new oil pipeline to Canada's Pacific coast, a deal that prompted a senior "
      "member of Carney's Cabinet to resign in protest.")
P2 = ("Under the memorandum of understanding, the federal government will back a privately financed pipeline carrying "
      "at least 1 million barrels of oil a day to a port on British Columbia's northern coast.")
P3 = ("Ottawa also agreed to suspend a planned cap on oil and gas emissions, to exempt Alberta from federal clean "
      "electricity rules and to adjust, if needed, a ban on oil tankers off the northern B.C. coast.")
P4 = ("In return, Alberta committed to raising the carbon price paid by its heavy emitters to 130 Canadian dollars "
      "($93) a tonne and to pushing ahead with Pathways, a large carbon capture project proposed by oil sands "
      "producers.")
P5 = ("\"This is a grand bargain that will make Canada stronger, more independent and more resilient,\" Carney said at "
      "a signing ceremony in Calgary.")
P6 = ("Smith called it \"a historic day\" for her province and said she expected a private company to apply to the "
      "federal Major Projects Office by next July.")
P7 = ("On Thursday, Steven Guilbeault, a former environment minister who served as Carney's minister of Canadian "
      "identity and culture, announced that he was leaving Cabinet.")
P8 = ("\"I cannot remain in a government that is tearing up climate policies I spent my career fighting for,\" "
      "Guilbeault said in a statement, adding that he would stay on as a Liberal member of Parliament.")
P9 = ("British Columbia Premier David Eby, whose province was not a party to the agreement, said he would oppose any "
      "move to lift the tanker ban and accused both governments of sidelining coastal First Nations.")
P10 = ("The Coastal First Nations, an alliance of First Nations on B.C.'s north and central coast, vowed to fight the "
       "project \"with every tool we have,\" including in the courts.")
P11 = "\"There will be no pipeline and no tankers in our waters,\" said Marilyn Slett, the alliance's president."
P12 = ("Conservative Leader Pierre Poilievre said the deal was loaded with conditions that would keep any pipeline "
       "from being built and called on Carney to scrap the tanker ban and the emissions cap outright.")
P13 = "Green Party Leader Elizabeth May called the agreement \"a betrayal\" of Canada's climate commitments."
P14 = ("No company has yet committed to building the line, and industry executives have said they would need firm "
       "federal guarantees before investing.")
P15 = ("Carney said he had spoken with Eby by phone on Wednesday and would meet First Nations leaders in the coming "
       "weeks.")
P16 = ("The government-owned Trans Mountain pipeline, which Ottawa bought in 2018 to rescue its expansion, remains the "
       "only line carrying Alberta crude to the Pacific.")

EN01 = {
    "id": "hm357-en-01", "lang": "en", "url": None, "published": "2025-11-27",
    "title": "Carney and Alberta sign pipeline deal; Guilbeault quits Cabinet in protest",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7, P8], [P9, P10, P11], [P12, P13, P14], [P15, P16]),
    "events": [
        event("SUPPORT", CARNEY, SMITH, P1, date="2025-11-27", location="Calgary", location_country="CAN"),
        event("RETREAT", GUILBEAULT, None, P1, mode="resign", date="2025-11-27"),
        event("AGREE", CAN_GOV, AB_GOV, P2),
        event("CONCEDE", CAN_GOV, AB_GOV, P3),
        event("AGREE", AB_GOV, CAN_GOV, P4),
        event("RETREAT", GUILBEAULT, None, P7, mode="resign", date="2025-11-27"),
        event("ACCUSE", GUILBEAULT, CAN_GOV, P8, mode="disapprove"),
        event("REJECT", EBY, CAN_GOV, P9, mode="change"),
        event("ACCUSE", EBY, CAN_GOV, P9, mode="disapprove"),
        event("ACCUSE", EBY, AB_GOV, P9, mode="disapprove"),
        event("THREATEN", CFN, CAN_GOV, P10),
        event("REJECT", SLETT, CAN_GOV, P11),
        event("ACCUSE", POILIEVRE, CARNEY, P12, mode="disapprove"),
        event("REQUEST", POILIEVRE, CARNEY, P12, mode="change"),
        event("ACCUSE", MAY, CARNEY, P13, mode="disapprove"),
        event("CONSULT", CARNEY, EBY, P15, mode="phone", date="2025-11-26"),
        event("AGREE", CARNEY, FN_LEADERS, P15),
    ],
    "quotes": [
        quote("This is a grand bargain that will make Canada stronger, more independent and more resilient",
              "Mark Carney", "direct"),
        quote("a historic day", "Danielle Smith", "direct"),
        quote("she expected a private company to apply to the federal Major Projects Office by next July",
              "Danielle Smith", "indirect"),
        quote("he was leaving Cabinet", "Steven Guilbeault", "indirect"),
        quote("I cannot remain in a government that is tearing up climate policies I spent my career fighting for",
              "Steven Guilbeault", "direct"),
        quote("he would stay on as a Liberal member of Parliament", "Steven Guilbeault", "indirect"),
        quote("he would oppose any move to lift the tanker ban", "David Eby", "indirect"),
        quote("with every tool we have", "Coastal First Nations", "direct"),
        quote("There will be no pipeline and no tankers in our waters", "Marilyn Slett", "direct"),
        quote("the deal was loaded with conditions that would keep any pipeline from being built", "Pierre Poilievre",
              "indirect"),
        quote("a betrayal", "Elizabeth May", "direct"),
        quote("they would need firm federal guarantees before investing", "oil industry executives", "indirect"),
        quote("he had spoken with Eby by phone on Wednesday and would meet First Nations leaders in the coming weeks",
              "Mark Carney", "indirect"),
    ],
    "entities": [
        entity("Calgary", "LOC", "CAN", ["CALGARY", "Calgary"]),
        entity("Alberta", "LOC", "CAN", ["Alberta", "her province"]),
        entity("Mark Carney", "PER", "CAN", ["Prime Minister Mark Carney", "Carney's", "Carney"]),
        entity("Danielle Smith", "PER", "CAN", ["Alberta Premier Danielle Smith", "Smith", "she"]),
        entity("Canada", "LOC", "CAN", ["Canada's", "Canada"]),
        entity("Government of Canada", "ORG", "CAN", ["the federal government", "Ottawa", "both governments"]),
        entity("Government of Alberta", "ORG", "CAN", ["Alberta", "both governments"]),
        entity("British Columbia", "LOC", "CAN", ["British Columbia's", "B.C.", "whose province"]),
        entity("Pathways", "ORG", "CAN", ["Pathways, a large carbon capture project proposed by oil sands producers"]),
        entity("oil sands producers", "ORG", "CAN", ["oil sands producers"]),
        entity("Major Projects Office", "ORG", "CAN", ["the federal Major Projects Office"]),
        entity("Steven Guilbeault", "PER", "CAN", ["Steven Guilbeault, a former environment minister who served as "
                                                   "Carney's minister of Canadian identity and culture",
                                                   "Guilbeault", "he"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["Liberal"]),
        entity("Parliament of Canada", "ORG", "CAN", ["Parliament"]),
        entity("David Eby", "PER", "CAN", ["British Columbia Premier David Eby", "Eby"]),
        entity("Coastal First Nations", "ORG", "CAN", ["The Coastal First Nations, an alliance of First Nations on "
                                                       "B.C.'s north and central coast", "the alliance's"]),
        entity("Marilyn Slett", "PER", "CAN", ["Marilyn Slett, the alliance's president"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative Leader Pierre Poilievre"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Conservative"]),
        entity("Elizabeth May", "PER", "CAN", ["Green Party Leader Elizabeth May"]),
        entity("Green Party of Canada", "ORG", "CAN", ["Green Party"]),
        entity("oil industry executives", "PER", "CAN", ["industry executives"]),
        entity("First Nations leaders", "PER", "CAN", ["First Nations leaders"]),
        entity("Trans Mountain pipeline", "LOC", "CAN", ["The government-owned Trans Mountain pipeline"]),
        entity("Pacific Ocean", "LOC", None, ["Pacific", "the Pacific"]),
    ],
}

# ---------------------------------------------------------------- hm357-en-02 (US/Mexico, García Luna sentenced)
COGAN = actor("Brian Cogan", "USA", "JUD")
GARCIA_LUNA = actor("Genaro García Luna", "MEX", "CVL")
EDNY_PROSECUTORS = actor("U.S. Attorney's Office for the Eastern District of New York", "USA", "JUD")
GL_DEFENSE = actor("defense of Genaro García Luna", "MEX", "CVL")
US_JURY = actor("federal jury in Brooklyn", "USA", "JUD")
GL_WITNESSES = actor("former cartel members who testified against García Luna", "MEX", "REB")
DE_CASTRO = actor("César de Castro", "USA", "CVL")
PEACE = actor("Breon Peace", "USA", "JUD")
CALDERON = actor("Felipe Calderón", "MEX", "OPP")
MORENA_EN = actor("Morena", "MEX", "PTY")
PEREYRA = actor("Linda Cristina Pereyra", "MEX", "CVL")

G1 = ("NEW YORK (AP) — Genaro García Luna, once Mexico's top security official, was sentenced on Wednesday to more "
      "than 38 years in a U.S. prison for taking millions of dollars in bribes from the Sinaloa cartel he was supposed "
      "to be fighting.")
G2 = ("U.S. District Judge Brian Cogan also ordered García Luna to pay a $2 million fine, telling him at the hearing in "
      "Brooklyn that he had \"led a double life\" while posing as a crime fighter.")
G3 = "Prosecutors had asked for a life sentence, while the defense argued for the mandatory minimum of 20 years."
G4 = ("A federal jury convicted García Luna in February 2023 of drug trafficking conspiracy and lying to U.S. "
      "authorities after a trial in which former cartel members testified that they had handed him briefcases stuffed "
      "with cash.")
G5 = ("García Luna, 56, led Mexico's Federal Investigation Agency under President Vicente Fox and served as public "
      "security secretary under his successor, Felipe Calderón, from 2006 to 2012.")
G6 = ("Addressing the court before the sentence was announced, he again insisted on his innocence and said the "
      "witnesses against him had lied in exchange for lighter sentences.")
G7 = "\"I have never had any relationship with organized crime,\" he told the judge in Spanish."
G8 = "His lawyer, César de Castro, said the defense would appeal."
G9 = ("U.S. Attorney Breon Peace said García Luna had \"betrayed the people he was sworn to protect\" and that the "
      "sentence showed no one was above the law.")
G10 = ("In Mexico City on Thursday, President Claudia Sheinbaum said former President Calderón owed Mexicans an "
       "explanation for having put García Luna in charge of the country's security.")
G11 = ("\"It is hard to believe that a president did not know what his security secretary was doing,\" she said at "
       "her daily news conference.")
G12 = "Calderón, who lives in Spain, has repeatedly denied knowing of his former aide's crimes."
G13 = ("In a post on X, he accused the governing Morena party of using the case to distract attention from record "
       "levels of violence.")
G14 = ("Mexico's government is also suing García Luna and his wife in a Florida court to recover about $700 million "
       "it says was siphoned off through public contracts.")
G15 = ("Former President Andrés Manuel López Obrador, who handed power to Sheinbaum on Oct. 1, had often pointed to the "
       "case as proof of corruption under his predecessors.")

EN02 = {
    "id": "hm357-en-02", "lang": "en", "url": None, "published": "2024-10-17",
    "title": "Mexico's former security chief García Luna gets more than 38 years in US prison",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7, G8, G9], [G10, G11, G12, G13], [G14, G15]),
    "events": [
        event("SANCTION", COGAN, GARCIA_LUNA, G1, mode="convict", date="2024-10-16"),
        event("COERCE", COGAN, GARCIA_LUNA, G1, mode="arrest", date="2024-10-16"),
        event("SANCTION", COGAN, GARCIA_LUNA, G2, mode="convict", location="Brooklyn", location_country="USA"),
        event("REQUEST", EDNY_PROSECUTORS, COGAN, G3),
        event("REQUEST", GL_DEFENSE, COGAN, G3),
        event("SANCTION", US_JURY, GARCIA_LUNA, G4, mode="convict"),
        event("ACCUSE", GARCIA_LUNA, GL_WITNESSES, G6, mode="allege"),
        event("REJECT", DE_CASTRO, COGAN, G8),
        event("ACCUSE", PEACE, GARCIA_LUNA, G9, mode="disapprove"),
        event("REQUEST", SHEINBAUM, CALDERON, G10, date="2024-10-17", location="Mexico City",
              location_country="MEX"),
        event("ACCUSE", SHEINBAUM, CALDERON, G11, mode="allege"),
        event("ACCUSE", CALDERON, MORENA_EN, G13, mode="allege"),
        event("ACCUSE", MEX_GOV, GARCIA_LUNA, G14, mode="allege"),
        event("ACCUSE", MEX_GOV, PEREYRA, G14, mode="allege"),
    ],
    "quotes": [
        quote("led a double life", "Brian Cogan", "direct"),
        quote("he had \"led a double life\" while posing as a crime fighter", "Brian Cogan", "indirect"),
        quote("they had handed him briefcases stuffed with cash", "former cartel members who testified against "
              "García Luna", "indirect"),
        quote("the witnesses against him had lied in exchange for lighter sentences", "Genaro García Luna",
              "indirect"),
        quote("I have never had any relationship with organized crime", "Genaro García Luna", "direct"),
        quote("the defense would appeal", "César de Castro", "indirect"),
        quote("betrayed the people he was sworn to protect", "Breon Peace", "direct"),
        quote("García Luna had \"betrayed the people he was sworn to protect\" and that the sentence showed no one was "
              "above the law", "Breon Peace", "indirect"),
        quote("former President Calderón owed Mexicans an explanation for having put García Luna in charge of the "
              "country's security", "Claudia Sheinbaum", "indirect"),
        quote("It is hard to believe that a president did not know what his security secretary was doing",
              "Claudia Sheinbaum", "direct"),
    ],
    "entities": [
        entity("New York City", "LOC", "USA", ["NEW YORK"]),
        entity("Genaro García Luna", "PER", "MEX", ["Genaro García Luna, once Mexico's top security official",
                                                    "García Luna", "him", "he", "García Luna, 56",
                                                    "his former aide's"]),
        entity("Mexico", "LOC", "MEX", ["Mexico's", "the country's"]),
        entity("United States", "LOC", "USA", ["U.S."]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["the Sinaloa cartel"]),
        entity("Brian Cogan", "PER", "USA", ["U.S. District Judge Brian Cogan", "the judge"]),
        entity("Brooklyn", "LOC", "USA", ["Brooklyn"]),
        entity("U.S. Attorney's Office for the Eastern District of New York", "ORG", "USA", ["Prosecutors"]),
        entity("defense of Genaro García Luna", "PER", "MEX", ["the defense"]),
        entity("federal jury in Brooklyn", "ORG", "USA", ["A federal jury"]),
        entity("former cartel members who testified against García Luna", "PER", "MEX",
               ["former cartel members", "the witnesses against him"]),
        entity("Federal Investigation Agency", "ORG", "MEX", ["Mexico's Federal Investigation Agency"]),
        entity("Vicente Fox", "PER", "MEX", ["President Vicente Fox"]),
        entity("Felipe Calderón", "PER", "MEX", ["his successor, Felipe Calderón", "former President Calderón",
                                                 "a president", "Calderón", "he"]),
        entity("César de Castro", "PER", "USA", ["His lawyer, César de Castro"]),
        entity("Breon Peace", "PER", "USA", ["U.S. Attorney Breon Peace"]),
        entity("Mexico City", "LOC", "MEX", ["Mexico City"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "she", "Sheinbaum"]),
        entity("Spain", "LOC", "ESP", ["Spain"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Morena", "ORG", "MEX", ["the governing Morena party"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexico's government"]),
        entity("Linda Cristina Pereyra", "PER", "MEX", ["his wife"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Former President Andrés Manuel López Obrador"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
