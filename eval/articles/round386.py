"""Round 386: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024 in Europe, invented wording and details):
- hm386-de-01: Belgium: police shoot dead the Tunisian gunman who killed two Swedish football fans in Brussels during the Belgium-Sweden match; federal prosecutors investigate, De Croo condemns and phones Kristersson, who pledges help, terror alert and extra police, the 2020 asylum refusal and the deportation that never happened (2023-10-17).
- hm386-de-02: Greece/Turkey: Erdoğan visits Athens for the first time since 2017 and agrees the Athens Declaration with Mitsotakis; visa deal for Aegean islands, Ankara's demilitarisation demand refused, protest ban and KKE rally, Samaras' criticism, the 2023 earthquake aid and the 2020 Oruç Reis stand-off recalled (2023-12-07).
- hm386-de-03: Latvia: Foreign Minister Krišjānis Kariņš resigns over the charter-flights affair; audit office findings, prosecutors' case against State Chancellery officials without him as suspect, his denial, Siliņa and Rinkēvičs thank him, opposition demands and New Unity's backing (2024-03-28).
- hm386-de-04: Czech Republic: a student shoots 14 people dead at Charles University's Faculty of Arts in Prague; police suspect him of killing his father and two people in Klánovice forest, Fiala condemns and declares mourning, Pavel thanks the police, von der Leyen and Scholz offer solidarity (2023-12-22).
- hm386-en-01: Germany: hundreds of thousands protest against the far right in Munich, Berlin and Hamburg after Correctiv's report on the Potsdam "remigration" meeting; Scholz praises the protesters, Weidel accuses the government, Hartwig leaves his post, the AfD denies, Potsdam weighs an entry ban on Sellner (2024-01-21).
- hm386-en-02: Poland/Ukraine: Poland summons Ukraine's ambassador and Morawiecki says Warsaw will stop sending weapons as the grain row escalates; unilateral bans by Poland, Hungary and Slovakia after Brussels lets the EU ban lapse, Kyiv's WTO complaints, Zelensky's U.N. speech, Duda's drowning-man remark, Solskyi-Telus call (2023-09-21).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm386-de-01 (Belgium, Brussels attack on Swedish fans)
BEL_POLICE = actor("Belgian police", "BEL", "COP")
LASSOUED = actor("Abdesalem Lassoued", "TUN", "CVL")
SWE_FANS = actor("Swedish football fans", "SWE", "CVL")
BEL_FED_PROS = actor("Federal Prosecutor's Office of Belgium", "BEL", "JUD")
DE_CROO = actor("Alexander De Croo", "BEL", "GOV")
KRISTERSSON = actor("Ulf Kristersson", "SWE", "GOV")
BEL_GOV = actor("Government of Belgium", "BEL", "GOV")
BEL_AUTH = actor("Belgian authorities", "BEL", "GOV")

D1 = ("Brüssel (dpa) - Nach dem tödlichen Anschlag auf schwedische Fußballfans in Brüssel hat die belgische Polizei "
      "den mutmaßlichen Täter aufgespürt und niedergeschossen.")
D2 = ("Der Mann hatte am Montagabend im Zentrum der belgischen Hauptstadt zwei Schweden erschossen und einen dritten "
      "schwer verletzt.")
D3 = ("Beamte einer Spezialeinheit stellten den 45 Jahre alten Tunesier Abdesalem Lassoued am Dienstagmorgen in einem "
      "Café im Stadtteil Schaerbeek und eröffneten das Feuer, wie Innenministerin Annelies Verlinden mitteilte.")
D4 = "Der Verdächtige erlag wenig später im Krankenhaus seinen Verletzungen."
D5 = "Die Bundesstaatsanwaltschaft leitete Ermittlungen wegen terroristischen Mordes gegen ihn ein."
D6 = "Es gebe klare Hinweise auf ein terroristisches Motiv, sagte ein Sprecher der Behörde."
D7 = ("Regierungschef Alexander De Croo verurteilte den „feigen Terroranschlag“ und sprach den Angehörigen der Opfer "
      "sein Beileid aus.")
D8 = "Noch in der Nacht telefonierte er mit seinem schwedischen Kollegen Ulf Kristersson."
D9 = ("Kristersson sprach von einem „brutalen Angriff auf unschuldige Menschen“ und sicherte Belgien die volle "
      "Unterstützung Schwedens bei den Ermittlungen zu.")
D10 = ("Das EM-Qualifikationsspiel zwischen Belgien und Schweden im König-Baudouin-Stadion war zur Halbzeit "
       "abgebrochen worden.")
D11 = ("Rund 35.000 Zuschauer, darunter etwa 500 Schweden, mussten aus Sicherheitsgründen noch stundenlang in der "
       "Arena ausharren.")
D12 = "Die Terrorwarnstufe für die Hauptstadtregion wurde auf die höchste Stufe angehoben."
D13 = ("Die Polizei schickte zusätzliche Streifen zu Schulen, Synagogen und Bahnhöfen sowie zu schwedischen "
       "Einrichtungen in der Stadt.")
D14 = "Die belgischen Behörden hatten den Asylantrag des Tunesiers bereits 2020 abgelehnt."
D15 = "Abgeschoben wurde der Mann, der seitdem ohne Aufenthaltsrecht im Land lebte, jedoch nie."
D16 = ("Schweden hatte seine eigene Terrorwarnstufe im August nach mehreren Koranverbrennungen angehoben, die in "
       "muslimischen Ländern Empörung ausgelöst hatten.")

DE01 = {
    "id": "hm386-de-01", "lang": "de", "url": None, "published": "2023-10-17",
    "title": "Mutmaßlicher Attentäter von Brüssel von Polizei erschossen",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8, D9], [D10, D11, D12, D13], [D14, D15, D16]),
    "events": [
        event("ASSAULT", BEL_POLICE, LASSOUED, D1, mode="firearms", location="Brüssel", location_country="BEL"),
        event("ASSAULT", LASSOUED, SWE_FANS, D2, mode="firearms", date="2023-10-16", location="Brüssel",
              location_country="BEL"),
        event("ASSAULT", BEL_POLICE, LASSOUED, D3, mode="firearms", date="2023-10-17", location="Schaerbeek",
              location_country="BEL"),
        event("ACCUSE", BEL_FED_PROS, LASSOUED, D5, mode="investigate"),
        event("ACCUSE", DE_CROO, LASSOUED, D7, mode="disapprove"),
        event("CONSULT", DE_CROO, KRISTERSSON, D8, mode="phone"),
        event("ACCUSE", KRISTERSSON, LASSOUED, D9, mode="disapprove"),
        event("AGREE", KRISTERSSON, BEL_GOV, D9),
        event("MOBILIZE", BEL_POLICE, None, D13, mode="police", location="Brüssel", location_country="BEL"),
        event("REJECT", BEL_AUTH, LASSOUED, D14),
        event("COERCE", BEL_AUTH, LASSOUED, D15, mode="deport", negated=True),
    ],
    "quotes": [
        quote("Beamte einer Spezialeinheit stellten den 45 Jahre alten Tunesier Abdesalem Lassoued am Dienstagmorgen "
              "in einem Café im Stadtteil Schaerbeek und eröffneten das Feuer", "Annelies Verlinden", "indirect"),
        quote("Es gebe klare Hinweise auf ein terroristisches Motiv", "spokesperson of the Federal Prosecutor's "
              "Office of Belgium", "indirect"),
        quote("feigen Terroranschlag", "Alexander De Croo", "direct"),
        quote("brutalen Angriff auf unschuldige Menschen", "Ulf Kristersson", "direct"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel", "der belgischen Hauptstadt", "der Stadt"]),
        entity("Swedish football fans", "PER", "SWE", ["schwedische Fußballfans", "zwei Schweden",
                                                        "einen dritten"]),
        entity("Belgian police", "ORG", "BEL", ["die belgische Polizei", "Beamte einer Spezialeinheit",
                                                "Die Polizei"]),
        entity("Abdesalem Lassoued", "PER", "TUN",
               ["den mutmaßlichen Täter", "Der Mann", "den 45 Jahre alten Tunesier Abdesalem Lassoued",
                "Der Verdächtige", "ihn", "des Tunesiers", "der Mann"]),
        entity("Schaerbeek", "LOC", "BEL", ["Stadtteil Schaerbeek"]),
        entity("Annelies Verlinden", "PER", "BEL", ["Innenministerin Annelies Verlinden"]),
        entity("Federal Prosecutor's Office of Belgium", "ORG", "BEL", ["Die Bundesstaatsanwaltschaft",
                                                                        "der Behörde"]),
        entity("spokesperson of the Federal Prosecutor's Office of Belgium", "PER", "BEL", ["ein Sprecher der Behörde"]),
        entity("Alexander De Croo", "PER", "BEL", ["Regierungschef Alexander De Croo", "er"]),
        entity("victims of the Brussels attack", "PER", "SWE", ["der Opfer"]),
        entity("Ulf Kristersson", "PER", "SWE", ["seinem schwedischen Kollegen Ulf Kristersson", "Kristersson"]),
        entity("Belgium", "LOC", "BEL", ["Belgien", "im Land"]),
        entity("Sweden", "LOC", "SWE", ["Schwedens", "Schweden"]),
        entity("UEFA Euro 2024 qualifier Belgium-Sweden", "MISC", None, ["Das EM-Qualifikationsspiel"]),
        entity("King Baudouin Stadium", "LOC", "BEL", ["König-Baudouin-Stadion", "der Arena"]),
        entity("Belgian authorities", "ORG", "BEL", ["Die belgischen Behörden"]),
    ],
}

# ---------------------------------------------------------------- hm386-de-02 (Greece/Turkey, Erdoğan in Athens)
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")
SAKELLAROPOULOU = actor("Katerina Sakellaropoulou", "GRC", "GOV")
GRC_GOV = actor("Government of Greece", "GRC", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
GRC_POLICE = actor("Hellenic Police", "GRC", "COP")
KKE = actor("Communist Party of Greece", "GRC", "PTY")
SAMARAS = actor("Antonis Samaras", "GRC", "PTY")
GRC_MIL = actor("Hellenic Armed Forces", "GRC", "MIL")

G1 = ("Athen (dpa) - Griechenland und die Türkei haben sich nach Jahren heftiger Spannungen auf einen Neuanfang in "
      "ihren Beziehungen verständigt.")
G2 = ("Der türkische Präsident Recep Tayyip Erdoğan und Ministerpräsident Kyriakos Mitsotakis einigten sich am "
      "Donnerstag in Athen auf eine gemeinsame Erklärung über freundschaftliche Beziehungen und gute Nachbarschaft.")
G3 = "Es war der erste Besuch Erdoğans in Griechenland seit 2017."
G4 = "Zuvor war er von Staatspräsidentin Katerina Sakellaropoulou empfangen worden."
G5 = ("„Es gibt kein Problem zwischen uns, das so groß wäre, dass wir es nicht lösen könnten“, sagte Erdoğan auf "
      "einer gemeinsamen Pressekonferenz.")
G6 = "Beide Seiten vereinbarten zudem, das Handelsvolumen bis 2030 auf zehn Milliarden Dollar zu verdoppeln."
G7 = ("Athen sagte zu, türkischen Touristen auf zehn Inseln in der östlichen Ägäis künftig Visa im Schnellverfahren "
      "zu erteilen.")
G8 = ("Mitsotakis machte jedoch deutlich, dass es aus griechischer Sicht nur einen Streitpunkt gebe, die Abgrenzung "
      "des Festlandsockels und der Wirtschaftszonen.")
G9 = "Ankara verlangt seit Jahren eine Entmilitarisierung der griechischen Inseln vor der türkischen Küste."
G10 = "Diese Forderung wies der Regierungschef erneut zurück."
G11 = "Die Polizei hatte für die Dauer des Besuchs alle Kundgebungen im Stadtzentrum verboten."
G12 = ("Dennoch zogen mehrere hundert Anhänger der Kommunistischen Partei (KKE) mit Transparenten gegen den "
       "Besuch zum Syntagma-Platz.")
G13 = ("Der frühere Regierungschef Antonis Samaras warf Mitsotakis vor, mit der Erklärung die türkischen Ansprüche in "
       "der Ägäis stillschweigend hinzunehmen.")
G14 = ("Die Annäherung hatte nach dem verheerenden Erdbeben in der Türkei im Februar begonnen, als Griechenland als "
       "eines der ersten Länder Rettungsmannschaften schickte.")
G15 = ("Im Sommer 2020 hatte Ankara das Forschungsschiff „Oruç Reis“ in Begleitung von Kriegsschiffen in umstrittene "
       "Gewässer südlich der Insel Kastelorizo entsandt.")
G16 = "Griechenland versetzte damals seine Marine in Alarmbereitschaft."

DE02 = {
    "id": "hm386-de-02", "lang": "de", "url": None, "published": "2023-12-07",
    "title": "Erdoğan in Athen: Griechenland und Türkei vereinbaren Neuanfang",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7], [G8, G9, G10], [G11, G12, G13], [G14, G15, G16]),
    "events": [
        event("AGREE", GRC_GOV, TUR_GOV, G1),
        event("AGREE", ERDOGAN, MITSOTAKIS, G2, date="2023-12-07", location="Athen", location_country="GRC"),
        event("CONSULT", ERDOGAN, MITSOTAKIS, G2, mode="visit", date="2023-12-07", location="Athen",
              location_country="GRC"),
        event("CONSULT", ERDOGAN, GRC_GOV, G3, mode="visit", location_country="GRC"),
        event("CONSULT", ERDOGAN, SAKELLAROPOULOU, G4, mode="visit", date="2023-12-07", location="Athen",
              location_country="GRC"),
        event("AGREE", GRC_GOV, TUR_GOV, G6),
        event("AGREE", GRC_GOV, TUR_GOV, G7),
        event("REQUEST", TUR_GOV, GRC_GOV, G9, mode="change"),
        event("REJECT", MITSOTAKIS, TUR_GOV, G10, mode="change"),
        event("COERCE", GRC_POLICE, None, G11, mode="ban", location="Athen", location_country="GRC"),
        event("PROTEST", KKE, ERDOGAN, G12, mode="demo", date="2023-12-07", location="Syntagma-Platz",
              location_country="GRC"),
        event("ACCUSE", SAMARAS, MITSOTAKIS, G13, mode="disapprove"),
        event("AID", GRC_GOV, TUR_GOV, G14),
        event("MOBILIZE", TUR_GOV, None, G15, mode="troops", location="Kastelorizo", location_country="GRC"),
        event("MOBILIZE", GRC_MIL, None, G16, mode="troops"),
    ],
    "quotes": [
        quote("Es gibt kein Problem zwischen uns, das so groß wäre, dass wir es nicht lösen könnten",
              "Recep Tayyip Erdoğan", "direct"),
        quote("dass es aus griechischer Sicht nur einen Streitpunkt gebe, die Abgrenzung des Festlandsockels und der "
              "Wirtschaftszonen", "Kyriakos Mitsotakis", "indirect"),
        quote("mit der Erklärung die türkischen Ansprüche in der Ägäis stillschweigend hinzunehmen",
              "Antonis Samaras", "indirect"),
    ],
    "entities": [
        entity("Athens", "LOC", "GRC", ["Athen"]),
        entity("Greece", "LOC", "GRC", ["Griechenland"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei"]),
        entity("Government of Greece", "ORG", "GRC", ["Griechenland", "Athen"]),
        entity("Government of Turkey", "ORG", "TUR", ["die Türkei", "Ankara"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Der türkische Präsident Recep Tayyip Erdoğan", "Erdoğans",
                                                      "er", "Erdoğan"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Ministerpräsident Kyriakos Mitsotakis", "Mitsotakis",
                                                     "der Regierungschef"]),
        entity("Athens Declaration on Friendly Relations and Good-Neighbourliness", "MISC", None,
               ["eine gemeinsame Erklärung über freundschaftliche Beziehungen und gute Nachbarschaft",
                "der Erklärung"]),
        entity("Katerina Sakellaropoulou", "PER", "GRC", ["Staatspräsidentin Katerina Sakellaropoulou"]),
        entity("Turkish tourists", "PER", "TUR", ["türkischen Touristen"]),
        entity("Aegean Sea", "LOC", None, ["östlichen Ägäis", "der Ägäis"]),
        entity("Hellenic Police", "ORG", "GRC", ["Die Polizei"]),
        entity("Communist Party of Greece", "ORG", "GRC", ["Kommunistischen Partei (KKE)"]),
        entity("supporters of the Communist Party of Greece", "PER", "GRC",
               ["mehrere hundert Anhänger der Kommunistischen Partei (KKE)"]),
        entity("Syntagma Square", "LOC", "GRC", ["Syntagma-Platz"]),
        entity("Antonis Samaras", "PER", "GRC", ["Der frühere Regierungschef Antonis Samaras"]),
        entity("Oruç Reis", "MISC", "TUR", ["das Forschungsschiff „Oruç Reis“"]),
        entity("Kastelorizo", "LOC", "GRC", ["der Insel Kastelorizo"]),
        entity("Hellenic Navy", "ORG", "GRC", ["seine Marine"]),
    ],
}

# ---------------------------------------------------------------- hm386-de-03 (Latvia, Kariņš resigns)
KARINS = actor("Krišjānis Kariņš", "LVA", "GOV")
LVA_AUDIT = actor("State Audit Office of Latvia", "LVA", "GOV")
LVA_CHANCELLERY = actor("State Chancellery of Latvia", "LVA", "GOV")
LVA_PROS = actor("Prosecutor General's Office of Latvia", "LVA", "JUD")
CHANCELLERY_OFFICIALS = actor("officials of the State Chancellery of Latvia", "LVA", "GOV")
SILINA = actor("Evika Siliņa", "LVA", "GOV")
RINKEVICS = actor("Edgars Rinkēvičs", "LVA", "GOV")
NA = actor("National Alliance (Latvia)", "LVA", "OPP")
UNITED_LIST = actor("United List (Latvia)", "LVA", "OPP")
NEW_UNITY = actor("New Unity", "LVA", "PTY")

L1 = ("Riga (dpa) - Lettlands Außenminister Krišjānis Kariņš ist wegen einer Affäre um teure Charterflüge "
      "zurückgetreten.")
L2 = ("Er wolle mit diesem Schritt Schaden von der Regierung abwenden, sagte der 59-Jährige am Mittwochabend vor "
      "Journalisten in Riga.")
L3 = "Zugleich wies der frühere Regierungschef jedes Fehlverhalten zurück."
L4 = "„Ich habe kein Gesetz gebrochen, und das werde ich auch den Ermittlern zeigen“, sagte er."
L5 = ("Der Rechnungshof hatte im vergangenen Jahr festgestellt, dass die Staatskanzlei während Kariņš' Amtszeit als "
      "Ministerpräsident mehr als 550.000 Euro für Charterflüge ausgegeben hatte, obwohl günstigere "
      "Linienverbindungen zur Verfügung gestanden hätten.")
L6 = ("Die Generalstaatsanwaltschaft leitete daraufhin ein Strafverfahren gegen Mitarbeiter der Staatskanzlei wegen "
      "Verschwendung öffentlicher Mittel ein.")
L7 = "Kariņš selbst wird in dem Verfahren bislang nicht als Verdächtiger geführt."
L8 = "Ministerpräsidentin Evika Siliņa nahm den Rücktritt an und dankte Kariņš für seine Arbeit."
L9 = "Sie werde dem Parlament rasch einen Nachfolger vorschlagen, kündigte sie an."
L10 = ("Staatspräsident Edgars Rinkēvičs nannte die Entscheidung „verantwortungsvoll“ und lobte Kariņš' Einsatz für "
       "die Ukraine.")
L11 = "Die oppositionelle Nationale Allianz und die Vereinigte Liste hatten zuvor seinen Rücktritt gefordert."
L12 = ("Laut der Nationalen Allianz hätte das Parlament am Donnerstag über einen Misstrauensantrag gegen den Minister "
       "abstimmen sollen.")
L13 = "Kariņš' Partei Neue Einheit stellte sich dagegen bis zuletzt hinter ihn."
L16 = ("Die Affäre hatte die Dreierkoalition aus Neuer Einheit, dem Bund der Grünen und Bauern und den Progressiven "
       "seit Wochen belastet.")
L14 = "Kariņš hatte Lettland von 2019 bis 2023 als Ministerpräsident regiert."
L15 = ("Im vergangenen Herbst übernahm er das Außenministerium, nachdem seine Partei bei der Regierungsbildung "
       "Siliņa den Vortritt gelassen hatte.")

DE03 = {
    "id": "hm386-de-03", "lang": "de", "url": None, "published": "2024-03-28",
    "title": "Lettlands Außenminister Kariņš tritt wegen Charterflug-Affäre zurück",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9, L10], [L11, L12, L13, L16], [L14, L15]),
    "events": [
        event("RETREAT", KARINS, None, L1, mode="resign"),
        event("ACCUSE", LVA_AUDIT, LVA_CHANCELLERY, L5, mode="allege"),
        event("ACCUSE", LVA_PROS, CHANCELLERY_OFFICIALS, L6, mode="investigate"),
        event("ACCUSE", LVA_PROS, KARINS, L7, mode="investigate", negated=True),
        event("SUPPORT", SILINA, KARINS, L8),
        event("SUPPORT", RINKEVICS, KARINS, L10),
        event("REQUEST", NA, KARINS, L11, mode="change"),
        event("REQUEST", UNITED_LIST, KARINS, L11, mode="change"),
        event("SUPPORT", NEW_UNITY, KARINS, L13),
    ],
    "quotes": [
        quote("Er wolle mit diesem Schritt Schaden von der Regierung abwenden", "Krišjānis Kariņš", "indirect"),
        quote("Ich habe kein Gesetz gebrochen, und das werde ich auch den Ermittlern zeigen", "Krišjānis Kariņš",
              "direct"),
        quote("dass die Staatskanzlei während Kariņš' Amtszeit als Ministerpräsident mehr als 550.000 Euro für "
              "Charterflüge ausgegeben hatte, obwohl günstigere Linienverbindungen zur Verfügung gestanden hätten",
              "State Audit Office of Latvia", "indirect"),
        quote("Sie werde dem Parlament rasch einen Nachfolger vorschlagen", "Evika Siliņa", "indirect"),
        quote("verantwortungsvoll", "Edgars Rinkēvičs", "direct"),
        quote("hätte das Parlament am Donnerstag über einen Misstrauensantrag gegen den Minister abstimmen sollen",
              "National Alliance (Latvia)", "indirect"),
    ],
    "entities": [
        entity("Riga", "LOC", "LVA", ["Riga"]),
        entity("Latvia", "LOC", "LVA", ["Lettlands", "Lettland"]),
        entity("Krišjānis Kariņš", "PER", "LVA",
               ["Lettlands Außenminister Krišjānis Kariņš", "Er", "der 59-Jährige", "der frühere Regierungschef",
                "er", "Kariņš'", "Kariņš", "den Minister", "ihn"]),
        entity("Government of Latvia", "ORG", "LVA", ["der Regierung", "die Dreierkoalition"]),
        entity("State Audit Office of Latvia", "ORG", "LVA", ["Der Rechnungshof"]),
        entity("State Chancellery of Latvia", "ORG", "LVA", ["die Staatskanzlei", "der Staatskanzlei"]),
        entity("Prosecutor General's Office of Latvia", "ORG", "LVA", ["Die Generalstaatsanwaltschaft"]),
        entity("officials of the State Chancellery of Latvia", "PER", "LVA", ["Mitarbeiter der Staatskanzlei"]),
        entity("Evika Siliņa", "PER", "LVA", ["Ministerpräsidentin Evika Siliņa", "Sie", "sie", "Siliņa"]),
        entity("Saeima", "ORG", "LVA", ["dem Parlament", "das Parlament"]),
        entity("Edgars Rinkēvičs", "PER", "LVA", ["Staatspräsident Edgars Rinkēvičs"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("National Alliance (Latvia)", "ORG", "LVA", ["Die oppositionelle Nationale Allianz",
                                                            "der Nationalen Allianz"]),
        entity("United List (Latvia)", "ORG", "LVA", ["die Vereinigte Liste"]),
        entity("New Unity", "ORG", "LVA", ["Kariņš' Partei Neue Einheit", "Neuer Einheit", "seine Partei"]),
        entity("Union of Greens and Farmers", "ORG", "LVA", ["dem Bund der Grünen und Bauern"]),
        entity("The Progressives", "ORG", "LVA", ["den Progressiven"]),
        entity("Ministry of Foreign Affairs of Latvia", "ORG", "LVA", ["das Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm386-de-04 (Czech Republic, Prague university shooting)
KOZAK = actor("David Kozák", "CZE", "CVL")
PRAGUE_VICTIMS = actor("students and staff of Charles University", "CZE", "CVL")
CZE_POLICE = actor("Police of the Czech Republic", "CZE", "COP")
FIALA = actor("Petr Fiala", "CZE", "GOV")
PAVEL = actor("Petr Pavel", "CZE", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
CZE_GOV = actor("Government of the Czech Republic", "CZE", "GOV")

C1 = ("Prag (dpa) - Bei der schwersten Gewalttat in der Geschichte Tschechiens hat ein Student an der Prager "
      "Karls-Universität 14 Menschen erschossen.")
C2 = "Mindestens 25 weitere wurden verletzt, einige von ihnen lebensgefährlich."
C3 = ("Der 24 Jahre alte David Kozák eröffnete am Donnerstagnachmittag im Gebäude der Philosophischen Fakultät am "
      "Jan-Palach-Platz das Feuer auf Kommilitonen und Lehrkräfte, wie Polizeipräsident Martin Vondrášek sagte.")
C4 = "Als Spezialkräfte vorrückten, nahm er sich auf dem Dach des Gebäudes das Leben."
C5 = ("Die Ermittler gehen davon aus, dass der Mann zuvor in seinem Heimatort Hostouň westlich von Prag seinen Vater "
      "getötet hatte.")
C6 = ("Die Polizei hatte daraufhin nach ihm gefahndet und ein anderes Fakultätsgebäude in der Altstadt geräumt, in "
      "dem er an einer Vorlesung teilnehmen sollte.")
C7 = ("Zudem prüfen die Beamten, ob der Student für den Tod eines Mannes und seiner zwei Monate alten Tochter vor "
      "einer Woche im Wald von Klánovice am Stadtrand verantwortlich ist.")
C8 = ("Innenminister Vít Rakušan sagte, es gebe keine Hinweise auf einen Zusammenhang mit internationalem "
      "Terrorismus.")
C9 = "Der Täter habe die Waffen legal besessen."
C10 = "Ministerpräsident Petr Fiala sprach von einer „sinnlosen und abscheulichen Tat“."
C11 = "Die Regierung ordnete für Samstag einen landesweiten Trauertag an."
C12 = "Präsident Petr Pavel sprach den Familien der Opfer sein Beileid aus und dankte den Einsatzkräften."
C13 = ("EU-Kommissionspräsidentin Ursula von der Leyen und Bundeskanzler Olaf Scholz bekundeten Tschechien ihre "
       "Solidarität.")
C14 = ("Am Freitag legten Tausende Menschen vor der Fakultät Blumen nieder und zündeten Kerzen an, viele "
       "Lehrveranstaltungen fielen aus.")
C15 = "Tschechien hat im europäischen Vergleich eine hohe Zahl legaler Schusswaffen."
C16 = "Die Regierung will nun prüfen, ob das Waffenrecht verschärft werden muss."

DE04 = {
    "id": "hm386-de-04", "lang": "de", "url": None, "published": "2023-12-22",
    "title": "14 Tote bei Schüssen an Prager Universität",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9], [C10, C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("ASSAULT", KOZAK, PRAGUE_VICTIMS, C1, mode="firearms", location="Prag", location_country="CZE"),
        event("ASSAULT", KOZAK, PRAGUE_VICTIMS, C3, mode="firearms", date="2023-12-21",
              location="Jan-Palach-Platz", location_country="CZE"),
        event("ACCUSE", CZE_POLICE, KOZAK, C5, mode="allege"),
        event("ACCUSE", CZE_POLICE, KOZAK, C6, mode="investigate", location="Prag", location_country="CZE"),
        event("ACCUSE", CZE_POLICE, KOZAK, C7, mode="investigate"),
        event("ACCUSE", FIALA, KOZAK, C10, mode="disapprove"),
        event("SUPPORT", PAVEL, CZE_POLICE, C12),
        event("SUPPORT", VDL, CZE_GOV, C13),
        event("SUPPORT", SCHOLZ, CZE_GOV, C13),
    ],
    "quotes": [
        quote("Der 24 Jahre alte David Kozák eröffnete am Donnerstagnachmittag im Gebäude der Philosophischen "
              "Fakultät am Jan-Palach-Platz das Feuer auf Kommilitonen und Lehrkräfte", "Martin Vondrášek",
              "indirect"),
        quote("dass der Mann zuvor in seinem Heimatort Hostouň westlich von Prag seinen Vater getötet hatte",
              "Police of the Czech Republic", "indirect"),
        quote("es gebe keine Hinweise auf einen Zusammenhang mit internationalem Terrorismus", "Vít Rakušan",
              "indirect"),
        quote("Der Täter habe die Waffen legal besessen", "Vít Rakušan", "indirect"),
        quote("sinnlosen und abscheulichen Tat", "Petr Fiala", "direct"),
    ],
    "entities": [
        entity("Prague", "LOC", "CZE", ["Prag", "Prager"]),
        entity("Czech Republic", "LOC", "CZE", ["Tschechiens", "Tschechien"]),
        entity("David Kozák", "PER", "CZE", ["ein Student", "Der 24 Jahre alte David Kozák", "er", "der Mann",
                                             "ihm", "der Student", "Der Täter"]),
        entity("Charles University", "ORG", "CZE", ["Karls-Universität"]),
        entity("Faculty of Arts of Charles University", "ORG", "CZE", ["der Philosophischen Fakultät",
                                                                        "der Fakultät"]),
        entity("Jan Palach Square", "LOC", "CZE", ["Jan-Palach-Platz"]),
        entity("students and staff of Charles University", "PER", "CZE", ["Kommilitonen und Lehrkräfte"]),
        entity("Martin Vondrášek", "PER", "CZE", ["Polizeipräsident Martin Vondrášek"]),
        entity("Police of the Czech Republic", "ORG", "CZE", ["Spezialkräfte", "Die Ermittler", "Die Polizei",
                                                              "die Beamten", "den Einsatzkräften"]),
        entity("Hostouň", "LOC", "CZE", ["Hostouň"]),
        entity("father of David Kozák", "PER", "CZE", ["seinen Vater"]),
        entity("Klánovice forest", "LOC", "CZE", ["Wald von Klánovice"]),
        entity("Vít Rakušan", "PER", "CZE", ["Innenminister Vít Rakušan"]),
        entity("Petr Fiala", "PER", "CZE", ["Ministerpräsident Petr Fiala"]),
        entity("Government of the Czech Republic", "ORG", "CZE", ["Die Regierung", "Tschechien"]),
        entity("Petr Pavel", "PER", "CZE", ["Präsident Petr Pavel"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
    ],
}

# ---------------------------------------------------------------- hm386-en-01 (Germany, protests after Correctiv report)
MUNICH_PROTESTERS = actor("protesters in Munich", "DEU", "CVL")
BERLIN_PROTESTERS = actor("protesters in Berlin", "DEU", "CVL")
HAMBURG_PROTESTERS = actor("protesters in Hamburg", "DEU", "CVL")
AFD = actor("Alternative for Germany", "DEU", "OPP")
CORRECTIV = actor("Correctiv", "DEU", "MED")
SCHOLZ_E = actor("Olaf Scholz", "DEU", "GOV")
GER_PROTESTERS = actor("protesters in Germany", "DEU", "CVL")
WEIDEL = actor("Alice Weidel", "DEU", "OPP")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
HARTWIG = actor("Roland Hartwig", "DEU", "OPP")
POTSDAM = actor("City of Potsdam", "DEU", "GOV")
SELLNER = actor("Martin Sellner", "AUT", "CVL")
BFV = actor("Federal Office for the Protection of the Constitution", "DEU", "GOV")

E1 = ("BERLIN (AP) — Hundreds of thousands of people took to the streets across Germany over the weekend to protest "
      "against the far-right Alternative for Germany party.")
E2 = ("In Munich, the crowd on Sunday grew so large that organizers cut the rally short for safety reasons, police "
      "said.")
E3 = "Police estimated that about 100,000 people gathered outside the Reichstag building in Berlin."
E4 = "On Friday, tens of thousands had marched through Hamburg under the slogan \"Hamburg stands up.\""
E5 = ("The protests were triggered by a report from the investigative outlet Correctiv about a meeting of far-right "
      "figures in a lakeside hotel in Potsdam in November.")
E6 = ("According to Correctiv, Austrian activist Martin Sellner presented a plan there for the \"remigration\" of "
      "millions of people, including German citizens of foreign origin.")
E7 = ("Several AfD members attended the meeting, among them Roland Hartwig, who has since left his post as an adviser "
      "to party co-leader Alice Weidel.")
E8 = "The AfD has rejected the report's claims, saying mass expulsions of citizens are not part of its program."
E9 = ("Chancellor Olaf Scholz thanked the demonstrators, writing on X that they were standing up \"for our democracy "
      "and our constitution.\"")
E10 = ("Weidel accused the governing coalition of staging the protests to distract from its own failures on the "
       "economy and migration.")
E11 = ("The city of Potsdam said it was examining whether to bar Sellner from entering Germany, a step that would "
       "require a ruling by federal authorities.")
E12 = "Sellner has described the plans as legal and said he had done nothing wrong."
E13 = ("The AfD is polling at over 20% nationally and leads in three eastern states that hold elections in "
       "September.")
E14 = ("The domestic intelligence agency has classified the party's branches in Thuringia, Saxony and "
       "Saxony-Anhalt as confirmed right-wing extremist groups.")
E15 = "Some politicians have called for the party to be banned, but many in Scholz's coalition remain cautious."

EN01 = {
    "id": "hm386-en-01", "lang": "en", "url": None, "published": "2024-01-21",
    "title": "Hundreds of thousands protest in Germany against the far right",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10], [E11, E12], [E13, E14, E15]),
    "events": [
        event("PROTEST", GER_PROTESTERS, AFD, E1, mode="demo", location_country="DEU"),
        event("PROTEST", MUNICH_PROTESTERS, AFD, E2, mode="demo", date="2024-01-21", location="Munich",
              location_country="DEU"),
        event("PROTEST", BERLIN_PROTESTERS, AFD, E3, mode="demo", location="Berlin", location_country="DEU"),
        event("PROTEST", HAMBURG_PROTESTERS, AFD, E4, mode="demo", date="2024-01-19", location="Hamburg",
              location_country="DEU"),
        event("ACCUSE", CORRECTIV, SELLNER, E6, mode="allege"),
        event("RETREAT", HARTWIG, None, E7, mode="resign"),
        event("SUPPORT", SCHOLZ_E, GER_PROTESTERS, E9),
        event("ACCUSE", WEIDEL, DEU_GOV, E10, mode="disapprove"),
        event("THREATEN", POTSDAM, SELLNER, E11, mode="ban"),
        event("ACCUSE", BFV, AFD, E14, mode="investigate"),
    ],
    "quotes": [
        quote("In Munich, the crowd on Sunday grew so large that organizers cut the rally short for safety reasons",
              "Munich police", "indirect"),
        quote("Hamburg stands up", "protesters in Hamburg", "direct"),
        quote("Austrian activist Martin Sellner presented a plan there for the \"remigration\" of millions of people, "
              "including German citizens of foreign origin", "Correctiv", "indirect"),
        quote("remigration", "Martin Sellner", "direct"),
        quote("mass expulsions of citizens are not part of its program", "Alternative for Germany", "indirect"),
        quote("for our democracy and our constitution", "Olaf Scholz", "direct"),
        quote("they were standing up \"for our democracy and our constitution.\"", "Olaf Scholz", "indirect"),
        quote("it was examining whether to bar Sellner from entering Germany", "City of Potsdam", "indirect"),
        quote("he had done nothing wrong", "Martin Sellner", "indirect"),
    ],
    "entities": [
        entity("Berlin", "LOC", "DEU", ["BERLIN", "Berlin"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("protesters in Germany", "PER", "DEU", ["Hundreds of thousands of people", "the demonstrators",
                                                       "they"]),
        entity("Alternative for Germany", "ORG", "DEU", ["the far-right Alternative for Germany party", "The AfD",
                                                         "its", "the party"]),
        entity("Munich", "LOC", "DEU", ["Munich"]),
        entity("protesters in Munich", "PER", "DEU", ["the crowd"]),
        entity("organizers of the Munich rally", "ORG", "DEU", ["organizers"]),
        entity("Munich police", "ORG", "DEU", ["police"]),
        entity("Berlin police", "ORG", "DEU", ["Police"]),
        entity("protesters in Berlin", "PER", "DEU", ["about 100,000 people"]),
        entity("Reichstag building", "LOC", "DEU", ["the Reichstag building"]),
        entity("protesters in Hamburg", "PER", "DEU", ["tens of thousands"]),
        entity("Hamburg", "LOC", "DEU", ["Hamburg"]),
        entity("Correctiv", "ORG", "DEU", ["the investigative outlet Correctiv", "Correctiv"]),
        entity("Potsdam", "LOC", "DEU", ["Potsdam"]),
        entity("Martin Sellner", "PER", "AUT", ["Austrian activist Martin Sellner", "Sellner", "he"]),
        entity("AfD members", "PER", "DEU", ["Several AfD members"]),
        entity("Roland Hartwig", "PER", "DEU", ["Roland Hartwig"]),
        entity("Alice Weidel", "PER", "DEU", ["party co-leader Alice Weidel", "Weidel"]),
        entity("Olaf Scholz", "PER", "DEU", ["Chancellor Olaf Scholz", "Scholz's"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Government of Germany", "ORG", "DEU", ["the governing coalition", "Scholz's coalition"]),
        entity("City of Potsdam", "ORG", "DEU", ["The city of Potsdam"]),
        entity("federal authorities", "ORG", "DEU", ["federal authorities"]),
        entity("Federal Office for the Protection of the Constitution", "ORG", "DEU",
               ["The domestic intelligence agency"]),
        entity("Thuringia", "LOC", "DEU", ["Thuringia"]),
        entity("Saxony", "LOC", "DEU", ["Saxony"]),
        entity("Saxony-Anhalt", "LOC", "DEU", ["Saxony-Anhalt"]),
    ],
}

# ---------------------------------------------------------------- hm386-en-02 (Poland/Ukraine, grain row)
POL_MFA = actor("Ministry of Foreign Affairs of Poland", "POL", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
POL_GOV = actor("Government of Poland", "POL", "GOV")
MORAWIECKI = actor("Mateusz Morawiecki", "POL", "GOV")
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
SVK_GOV = actor("Government of Slovakia", "SVK", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
DUDA = actor("Andrzej Duda", "POL", "GOV")
SOLSKYI = actor("Mykola Solskyi", "UKR", "GOV")
TELUS = actor("Robert Telus", "POL", "GOV")
POL_FARMERS = actor("Polish farmers", "POL", "CVL")

W1 = ("WARSAW, Poland (AP) — Poland summoned Ukraine's ambassador and said it would stop sending weapons to its "
      "neighbor as a dispute over Ukrainian grain imports turned into the worst rift between the two allies since "
      "Russia's invasion.")
W2 = ("Prime Minister Mateusz Morawiecki told the private broadcaster Polsat News late Wednesday that Warsaw was "
      "\"no longer transferring weapons to Ukraine\" because it was now arming itself with more modern weapons.")
W3 = ("Government spokesman Piotr Müller later said that only deliveries of ammunition and arms agreed earlier would "
      "still be carried out.")
W4 = ("The Foreign Ministry summoned Ambassador Vasyl Zvarych on Tuesday over remarks by President Volodymyr "
      "Zelensky at the U.N. General Assembly.")
W5 = ("Zelensky had told world leaders in New York that some European friends were staging solidarity \"in a "
      "political theater,\" in remarks widely seen as aimed at Warsaw.")
W6 = ("President Andrzej Duda compared Ukraine to a drowning person who could drag down anyone trying to help "
      "it.")
W7 = ("The row erupted after the European Commission last Friday rejected demands by Poland and four other "
      "neighboring countries to extend an EU-wide ban on imports of Ukrainian wheat, corn, rapeseed and sunflower "
      "seeds.")
W8 = "Poland, Hungary and Slovakia immediately imposed their own bans."
W9 = "Kyiv responded on Monday by filing complaints against the three countries at the World Trade Organization."
W10 = ("Morawiecki warned that Poland could extend the ban to other products if Ukraine escalated the dispute "
       "further.")
W11 = ("Polish farmers, a key constituency of the governing Law and Justice party ahead of an Oct. 15 election, have "
       "protested for months against cheap Ukrainian grain flooding the market.")
W12 = ("Poland has been one of Ukraine's strongest backers since the war began and hosts around a million Ukrainian "
       "refugees.")
W13 = ("On Thursday, Ukraine's Agriculture Minister Mykola Solskyi spoke by phone with his Polish counterpart, Robert "
       "Telus.")
W14 = "The two agreed to look for a solution that would take the interests of both countries' farmers into account."
W15 = "Solskyi denied that Ukrainian exports had caused prices to fall in Poland."

EN02 = {
    "id": "hm386-en-02", "lang": "en", "url": None, "published": "2023-09-21",
    "title": "Poland says it will stop arming Ukraine as grain dispute escalates",
    "text": paragraphs([W1, W2, W3], [W4, W5, W6], [W7, W8, W9, W10], [W11, W12], [W13, W14, W15]),
    "events": [
        event("ACCUSE", POL_GOV, UKR_GOV, W1, mode="disapprove"),
        event("SANCTION", POL_GOV, UKR_GOV, W1, mode="discontinue"),
        event("SANCTION", MORAWIECKI, UKR_GOV, W2, mode="discontinue", date="2023-09-20"),
        event("ACCUSE", POL_MFA, UKR_GOV, W4, mode="disapprove", date="2023-09-19"),
        event("ACCUSE", ZELENSKY, POL_GOV, W5, mode="disapprove", location="New York", location_country="USA"),
        event("ACCUSE", DUDA, UKR_GOV, W6, mode="disapprove"),
        event("REJECT", EU_COMMISSION, POL_GOV, W7, date="2023-09-15"),
        event("REQUEST", POL_GOV, EU_COMMISSION, W7),
        event("SANCTION", POL_GOV, UKR_GOV, W8),
        event("SANCTION", HUN_GOV, UKR_GOV, W8),
        event("SANCTION", SVK_GOV, UKR_GOV, W8),
        event("ACCUSE", UKR_GOV, POL_GOV, W9, mode="allege", date="2023-09-18"),
        event("ACCUSE", UKR_GOV, HUN_GOV, W9, mode="allege", date="2023-09-18"),
        event("ACCUSE", UKR_GOV, SVK_GOV, W9, mode="allege", date="2023-09-18"),
        event("THREATEN", MORAWIECKI, UKR_GOV, W10, mode="restrict"),
        event("PROTEST", POL_FARMERS, POL_GOV, W11, mode="demo", location_country="POL"),
        event("CONSULT", SOLSKYI, TELUS, W13, mode="phone", date="2023-09-21"),
        event("AGREE", SOLSKYI, TELUS, W14),
    ],
    "quotes": [
        quote("no longer transferring weapons to Ukraine", "Mateusz Morawiecki", "direct"),
        quote("Warsaw was \"no longer transferring weapons to Ukraine\" because it was now arming itself with more "
              "modern weapons", "Mateusz Morawiecki", "indirect"),
        quote("only deliveries of ammunition and arms agreed earlier would still be carried out", "Piotr Müller",
              "indirect"),
        quote("in a political theater", "Volodymyr Zelensky", "direct"),
        quote("some European friends were staging solidarity \"in a political theater,\"", "Volodymyr Zelensky",
              "indirect"),
        quote("Poland could extend the ban to other products if Ukraine escalated the dispute further",
              "Mateusz Morawiecki", "indirect"),
        quote("Ukrainian exports had caused prices to fall in Poland", "Mykola Solskyi", "indirect"),
    ],
    "entities": [
        entity("Warsaw", "LOC", "POL", ["WARSAW"]),
        entity("Poland", "LOC", "POL", ["Poland", "in Poland"]),
        entity("Government of Poland", "ORG", "POL", ["Poland", "Warsaw", "it", "itself"]),
        entity("Vasyl Zvarych", "PER", "UKR", ["Ukraine's ambassador", "Ambassador Vasyl Zvarych"]),
        entity("Ukraine", "LOC", "UKR", ["its neighbor", "Ukraine", "Ukraine's"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Ukraine", "Kyiv"]),
        entity("Russia", "LOC", "RUS", ["Russia's"]),
        entity("Mateusz Morawiecki", "PER", "POL", ["Prime Minister Mateusz Morawiecki", "Morawiecki"]),
        entity("Polsat News", "ORG", "POL", ["the private broadcaster Polsat News"]),
        entity("Piotr Müller", "PER", "POL", ["Government spokesman Piotr Müller"]),
        entity("Ministry of Foreign Affairs of Poland", "ORG", "POL", ["The Foreign Ministry"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelensky", "Zelensky"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["the U.N. General Assembly"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Andrzej Duda", "PER", "POL", ["President Andrzej Duda"]),
        entity("European Commission", "ORG", "EUR", ["the European Commission"]),
        entity("European Union", "ORG", "EUR", ["EU-wide"]),
        entity("Hungary", "LOC", "HUN", ["Hungary"]),
        entity("Slovakia", "LOC", "SVK", ["Slovakia"]),
        entity("World Trade Organization", "ORG", "IGO", ["the World Trade Organization"]),
        entity("Polish farmers", "PER", "POL", ["Polish farmers"]),
        entity("Law and Justice", "ORG", "POL", ["the governing Law and Justice party"]),
        entity("Ukrainian refugees", "PER", "UKR", ["around a million Ukrainian refugees"]),
        entity("Mykola Solskyi", "PER", "UKR", ["Ukraine's Agriculture Minister Mykola Solskyi", "Solskyi"]),
        entity("Robert Telus", "PER", "POL", ["his Polish counterpart, Robert Telus"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
