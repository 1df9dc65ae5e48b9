"""Round 476: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025 in Europe, invented wording and details):
- hm476-de-01: Italy: Paragon Solutions ends its contracts with Italy over the spyware affair; Palazzo Chigi denies spying on journalists and tasks the cybersecurity agency, WhatsApp's allegation, Cancellato and Casarini, Schlein and Conte demand answers, Copasir and Rome prosecutors investigate (2025-02-06).
- hm476-de-02: France: a former pupil stabs teacher Dominique Bernard to death at the Lycée Gambetta-Carnot in Arras; top terror alert and 7,000 soldiers, arrest, PNAT inquiry, DGSI surveillance, brother detained, Macron condemns, Paty recalled, Le Pen accuses and demands expulsions (2023-10-14).
- hm476-de-03: Spain: Madrid refuses port calls in Algeciras to the Maersk Denver and Maersk Seletar over alleged arms cargo for Israel; Albares and Puente, Maersk denies, Sumar's pressure, protests, PP and the Israeli embassy object, the Marianne Danica, recognition of Palestine and Israel's ambassador recalled (2024-11-08).
- hm476-de-04: Germany/United Kingdom: Pistorius and Healey agree the Trinity House defence pact in London with German P-8 patrols from Lossiemouth; Pistorius accuses Moscow, the Russian embassy objects and threatens, Healey's Berlin visit, Storm Shadow deliveries and the Taurus refusal recalled (2024-10-23).
- hm476-en-01: Italy/Germany: Carabinieri arrest Ukrainian Nord Stream suspect Serhii K. near Rimini on a German warrant; prosecutors' allegations, his lawyer's denial, Peskov's call, Russia's accusations against Washington and London, Weidel's demand, Poland's failure to detain Volodymyr Z. (2025-08-21).
- hm476-en-02: Poland/Ukraine/Slovakia: Slovak truckers join the Polish haulers' blockade of the Ukrainian border; demands on the EU, Kubrakov accuses Warsaw, police do not intervene, Gajadhur meets the protesters, the Commission rejects and warns, farmers join at Medyka, the grain ban and WTO complaint recalled (2023-11-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm476-de-01 (Italy, Paragon spyware)
PARAGON = actor("Paragon Solutions", "ISR", "BUS")
ITA_GOV = actor("Government of Italy", "ITA", "GOV")
ACN = actor("National Cybersecurity Agency of Italy", "ITA", "GOV")
WHATSAPP = actor("WhatsApp", "MNC", "BUS")
CASARINI = actor("Luca Casarini", "ITA", "NGO")
ITA_OPP = actor("Italian opposition", "ITA", "OPP")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
SCHLEIN = actor("Elly Schlein", "ITA", "PTY")
CONTE = actor("Giuseppe Conte", "ITA", "PTY")
COPASIR = actor("Copasir", "ITA", "LEG")
ITA_INTEL = actor("Italian intelligence services", "ITA", "GOV")
ROME_PROSECUTORS = actor("Public Prosecutor's Office of Rome", "ITA", "JUD")

D1 = ("Rom (dpa) - Der israelische Spähsoftware-Hersteller Paragon Solutions hat seine Zusammenarbeit mit Italien "
      "wegen der mutmaßlichen Ausspähung von Journalisten und Aktivisten beendet.")
D2 = ("Das Unternehmen habe die Verträge mit zwei italienischen Behörden gekündigt, weil diese gegen die "
      "Nutzungsbedingungen verstoßen hätten, berichtete die britische Zeitung „The Guardian“ am Donnerstag unter "
      "Berufung auf eine mit der Sache vertraute Person.")
D3 = ("Die Regierung von Ministerpräsidentin Giorgia Meloni hatte am Mittwoch bestritten, dass die Geheimdienste "
      "Journalisten überwacht hätten.")
D4 = ("„Die Regierung schließt aus, dass Personen unter der Kontrolle der Geheimdienste, darunter Journalisten, "
      "überwacht wurden“, hieß es in einer Erklärung des Regierungssitzes Palazzo Chigi.")
D5 = "Zugleich beauftragte die Regierung die Nationale Agentur für Cybersicherheit mit einer Untersuchung der Vorfälle."
D6 = ("Ende Januar hatte der Messengerdienst WhatsApp mitgeteilt, rund 90 Nutzer in mehr als zwei Dutzend Ländern "
      "seien mit einer Software von Paragon ins Visier genommen worden.")
D7 = ("Unter ihnen sind der Chefredakteur der Nachrichtenseite Fanpage, Francesco Cancellato, und der Gründer der "
      "Seenotrettungsorganisation Mediterranea, Luca Casarini.")
D8 = ("Fanpage hatte im vergangenen Jahr mit verdeckten Recherchen über rechtsextreme Umtriebe in der "
      "Jugendorganisation von Melonis Partei Fratelli d'Italia berichtet.")
D9 = "„Wer hat entschieden, einen Journalisten auszuspähen, und warum?“, fragte Cancellato in einem Video auf der Seite."
D10 = "Casarini warf der Regierung vor, Kritiker ihrer Migrationspolitik mundtot machen zu wollen."
D11 = "Die Opposition forderte Meloni auf, im Parlament persönlich Rede und Antwort zu stehen."
D12 = "Die Vorsitzende der Sozialdemokraten, Elly Schlein, sprach von einem „Skandal, der einer Demokratie unwürdig ist“."
D13 = ("Der Chef der Fünf-Sterne-Bewegung, Giuseppe Conte, verlangte, die Namen aller überwachten Personen "
       "offenzulegen.")
D14 = "Das parlamentarische Kontrollgremium für die Geheimdienste, Copasir, leitete eine eigene Untersuchung ein."
D15 = "Die Staatsanwaltschaft in Rom nahm nach einer Anzeige Cancellatos Ermittlungen gegen Unbekannt auf."
D16 = "Paragon äußerte sich auf Anfrage nicht."
D17 = ("Nach eigenen Angaben verkauft das Unternehmen, das seit Dezember zu einem US-Finanzinvestor gehört, seine "
       "Software nur an Regierungen demokratischer Staaten.")

DE01 = {
    "id": "hm476-de-01", "lang": "de", "url": None, "published": "2025-02-06",
    "title": "Spähsoftware-Firma Paragon beendet Zusammenarbeit mit Italien",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9, D10], [D11, D12, D13, D14], [D15, D16, D17]),
    "events": [
        event("SANCTION", PARAGON, ITA_GOV, D1, mode="discontinue"),
        event("SANCTION", PARAGON, ITA_GOV, D2, mode="discontinue"),
        event("REQUEST", ITA_GOV, ACN, D5, date="2025-02-05"),
        event("ACCUSE", WHATSAPP, PARAGON, D6, mode="allege"),
        event("ACCUSE", CASARINI, ITA_GOV, D10, mode="allege"),
        event("REQUEST", ITA_OPP, MELONI, D11),
        event("ACCUSE", SCHLEIN, ITA_GOV, D12, mode="disapprove"),
        event("REQUEST", CONTE, ITA_GOV, D13),
        event("ACCUSE", COPASIR, ITA_INTEL, D14, mode="investigate"),
        event("ACCUSE", ROME_PROSECUTORS, None, D15, mode="investigate", location="Rom", location_country="ITA"),
    ],
    "quotes": [
        quote("Das Unternehmen habe die Verträge mit zwei italienischen Behörden gekündigt, weil diese gegen die "
              "Nutzungsbedingungen verstoßen hätten", "The Guardian", "indirect"),
        quote("dass die Geheimdienste Journalisten überwacht hätten", "Government of Italy", "indirect"),
        quote("Die Regierung schließt aus, dass Personen unter der Kontrolle der Geheimdienste, darunter Journalisten, "
              "überwacht wurden", "Presidency of the Council of Ministers of Italy", "direct"),
        quote("rund 90 Nutzer in mehr als zwei Dutzend Ländern seien mit einer Software von Paragon ins Visier "
              "genommen worden", "WhatsApp", "indirect"),
        quote("Wer hat entschieden, einen Journalisten auszuspähen, und warum?", "Francesco Cancellato", "direct"),
        quote("Kritiker ihrer Migrationspolitik mundtot machen zu wollen", "Luca Casarini", "indirect"),
        quote("im Parlament persönlich Rede und Antwort zu stehen", "Italian opposition", "indirect"),
        quote("Skandal, der einer Demokratie unwürdig ist", "Elly Schlein", "direct"),
        quote("die Namen aller überwachten Personen offenzulegen", "Giuseppe Conte", "indirect"),
        quote("Nach eigenen Angaben verkauft das Unternehmen, das seit Dezember zu einem US-Finanzinvestor gehört, "
              "seine Software nur an Regierungen demokratischer Staaten", "Paragon Solutions", "indirect"),
    ],
    "entities": [
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Paragon Solutions", "ORG", "ISR",
               ["Der israelische Spähsoftware-Hersteller Paragon Solutions", "Das Unternehmen", "Paragon",
                "das Unternehmen"]),
        entity("Italy", "LOC", "ITA", ["Italien"]),
        entity("Italian agencies using Paragon software", "ORG", "ITA", ["zwei italienischen Behörden", "diese"]),
        entity("The Guardian", "ORG", "GBR", ["die britische Zeitung „The Guardian“"]),
        entity("Government of Italy", "ORG", "ITA",
               ["Die Regierung von Ministerpräsidentin Giorgia Meloni", "Die Regierung", "die Regierung",
                "der Regierung"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Ministerpräsidentin Giorgia Meloni", "Melonis", "Meloni"]),
        entity("Italian intelligence services", "ORG", "ITA", ["die Geheimdienste", "der Geheimdienste"]),
        entity("Presidency of the Council of Ministers of Italy", "ORG", "ITA",
               ["des Regierungssitzes Palazzo Chigi"]),
        entity("National Cybersecurity Agency of Italy", "ORG", "ITA",
               ["die Nationale Agentur für Cybersicherheit"]),
        entity("WhatsApp", "ORG", "MNC", ["der Messengerdienst WhatsApp"]),
        entity("Fanpage", "ORG", "ITA", ["der Nachrichtenseite Fanpage", "Fanpage", "der Seite"]),
        entity("Francesco Cancellato", "PER", "ITA",
               ["der Chefredakteur der Nachrichtenseite Fanpage, Francesco Cancellato", "Cancellato",
                "Cancellatos"]),
        entity("Mediterranea Saving Humans", "ORG", "ITA", ["der Seenotrettungsorganisation Mediterranea"]),
        entity("Luca Casarini", "PER", "ITA",
               ["der Gründer der Seenotrettungsorganisation Mediterranea, Luca Casarini", "Casarini"]),
        entity("Gioventù Nazionale", "ORG", "ITA", ["der Jugendorganisation von Melonis Partei Fratelli d'Italia"]),
        entity("Brothers of Italy", "ORG", "ITA", ["Melonis Partei Fratelli d'Italia"]),
        entity("Italian opposition", "ORG", "ITA", ["Die Opposition"]),
        entity("Parliament of Italy", "ORG", "ITA", ["im Parlament"]),
        entity("Democratic Party (Italy)", "ORG", "ITA", ["der Sozialdemokraten"]),
        entity("Elly Schlein", "PER", "ITA", ["Die Vorsitzende der Sozialdemokraten, Elly Schlein"]),
        entity("Five Star Movement", "ORG", "ITA", ["der Fünf-Sterne-Bewegung"]),
        entity("Giuseppe Conte", "PER", "ITA", ["Der Chef der Fünf-Sterne-Bewegung, Giuseppe Conte"]),
        entity("Copasir", "ORG", "ITA", ["Das parlamentarische Kontrollgremium für die Geheimdienste, Copasir"]),
        entity("Public Prosecutor's Office of Rome", "ORG", "ITA", ["Die Staatsanwaltschaft in Rom"]),
        entity("AE Industrial Partners", "ORG", "USA", ["einem US-Finanzinvestor"]),
    ],
}

# ---------------------------------------------------------------- hm476-de-02 (France, Arras school attack)
FRA_GOV = actor("Government of France", "FRA", "GOV")
MOGOUCHKOV = actor("Mohammed Mogouchkov", "RUS", "CVL")
BERNARD = actor("Dominique Bernard", "FRA", "EDU")
ARRAS_WOUNDED = actor("people wounded in the Arras school attack", "FRA", "CVL")
FRA_POLICE = actor("French police", "FRA", "COP")
PNAT = actor("National Anti-Terrorism Prosecutor's Office", "FRA", "JUD")
DGSI = actor("General Directorate for Internal Security", "FRA", "GOV")
MOG_BROTHER = actor("brother of Mohammed Mogouchkov", "RUS", "CVL")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
FRA_TEACHERS = actor("French teachers", "FRA", "EDU")
ANZOROV = actor("Abdoullakh Anzorov", "RUS", "CVL")
PATY = actor("Samuel Paty", "FRA", "EDU")
LE_PEN = actor("Marine Le Pen", "FRA", "OPP")

F1 = ("Arras (AFP) - Nach dem tödlichen Messerangriff eines mutmaßlichen Islamisten an einer Schule in "
      "Nordfrankreich hat die Regierung die höchste Terrorwarnstufe ausgerufen und 7000 zusätzliche Soldaten "
      "mobilisiert.")
F2 = ("Ein 20 Jahre alter ehemaliger Schüler hatte am Freitagvormittag im Lycée Gambetta-Carnot in Arras einen "
      "Französischlehrer erstochen und drei weitere Menschen verletzt, darunter einen Sportlehrer und einen Wachmann.")
F3 = "Der getötete Lehrer ist der 57-jährige Dominique Bernard."
F4 = "Polizisten überwältigten den Angreifer mit einem Elektroschocker und nahmen ihn fest."
F5 = "Zeugen zufolge rief er während der Tat „Allahu akbar“."
F6 = ("Die Anti-Terror-Staatsanwaltschaft übernahm die Ermittlungen wegen Mordes im Zusammenhang mit einer "
      "terroristischen Vereinigung.")
F7 = ("Der in der russischen Teilrepublik Inguschetien geborene Mohammed Mogouchkov war den Sicherheitsbehörden als "
      "mutmaßlicher radikaler Islamist bekannt.")
F8 = ("Nach Angaben von Innenminister Gérald Darmanin hatte der Inlandsgeheimdienst DGSI ihn in den vergangenen "
      "Tagen überwacht und sein Telefon abgehört.")
F9 = "Es habe aber keine Hinweise auf einen bevorstehenden Anschlag gegeben, sagte Darmanin."
F10 = "Ein jüngerer Bruder des Angreifers wurde ebenfalls in Gewahrsam genommen."
F11 = ("Präsident Emmanuel Macron reiste noch am Freitag nach Arras und sprach vor der Schule von der „Barbarei des "
       "islamistischen Terrorismus“.")
F12 = "„Die Nation steht an der Seite ihrer Lehrer“, sagte der Staatschef."
F13 = ("Er erinnerte an den Geschichtslehrer Samuel Paty, der fast genau drei Jahre zuvor nahe Paris von einem "
       "Islamisten enthauptet worden war.")
F14 = ("Die Chefin der rechtspopulistischen Fraktion in der Nationalversammlung, Marine Le Pen, warf der Regierung "
       "vor, die Gefahr durch radikalisierte Ausländer zu unterschätzen.")
F15 = "Sie verlangte die Ausweisung aller als Gefährder eingestuften Ausländer."
F16 = "Die Familie des Täters war 2008 nach Frankreich gekommen."
F17 = "Ein älterer Bruder sitzt wegen Unterstützung einer terroristischen Vereinigung im Gefängnis."
F18 = "An allen Schulen des Landes soll am Montag mit einer Schweigeminute der Opfer gedacht werden."

DE02 = {
    "id": "hm476-de-02", "lang": "de", "url": None, "published": "2023-10-14",
    "title": "Frankreich ruft nach Messerangriff in Arras höchste Terrorwarnstufe aus",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9, F10], [F11, F12, F13, F14, F15], [F16, F17, F18]),
    "events": [
        event("MOBILIZE", FRA_GOV, None, F1, mode="troops", location_country="FRA"),
        event("ASSAULT", MOGOUCHKOV, BERNARD, F2, mode="primitive", date="2023-10-13", location="Arras",
              location_country="FRA"),
        event("ASSAULT", MOGOUCHKOV, ARRAS_WOUNDED, F2, mode="primitive", date="2023-10-13", location="Arras",
              location_country="FRA"),
        event("COERCE", FRA_POLICE, MOGOUCHKOV, F4, mode="arrest", date="2023-10-13", location="Arras",
              location_country="FRA"),
        event("ACCUSE", PNAT, MOGOUCHKOV, F6, mode="investigate"),
        event("ACCUSE", DGSI, MOGOUCHKOV, F8, mode="investigate"),
        event("COERCE", FRA_POLICE, MOG_BROTHER, F10, mode="arrest"),
        event("ACCUSE", MACRON, MOGOUCHKOV, F11, mode="disapprove", date="2023-10-13", location="Arras",
              location_country="FRA"),
        event("SUPPORT", MACRON, FRA_TEACHERS, F12),
        event("ASSAULT", ANZOROV, PATY, F13, mode="primitive", location_country="FRA"),
        event("ACCUSE", LE_PEN, FRA_GOV, F14, mode="disapprove"),
        event("REQUEST", LE_PEN, FRA_GOV, F15, mode="change"),
    ],
    "quotes": [
        quote("Allahu akbar", "Mohammed Mogouchkov", "direct"),
        quote("rief er während der Tat „Allahu akbar“", "witnesses of the Arras attack", "indirect"),
        quote("Nach Angaben von Innenminister Gérald Darmanin hatte der Inlandsgeheimdienst DGSI ihn in den "
              "vergangenen Tagen überwacht und sein Telefon abgehört", "Gérald Darmanin", "indirect"),
        quote("Es habe aber keine Hinweise auf einen bevorstehenden Anschlag gegeben", "Gérald Darmanin", "indirect"),
        quote("Barbarei des islamistischen Terrorismus", "Emmanuel Macron", "direct"),
        quote("Die Nation steht an der Seite ihrer Lehrer", "Emmanuel Macron", "direct"),
        quote("die Gefahr durch radikalisierte Ausländer zu unterschätzen", "Marine Le Pen", "indirect"),
    ],
    "entities": [
        entity("Arras", "LOC", "FRA", ["Arras"]),
        entity("Mohammed Mogouchkov", "PER", "RUS",
               ["eines mutmaßlichen Islamisten", "Ein 20 Jahre alter ehemaliger Schüler", "den Angreifer", "ihn",
                "er", "Der in der russischen Teilrepublik Inguschetien geborene Mohammed Mogouchkov",
                "des Angreifers", "des Täters"]),
        entity("Lycée Gambetta-Carnot", "LOC", "FRA",
               ["einer Schule in Nordfrankreich", "im Lycée Gambetta-Carnot in Arras", "der Schule"]),
        entity("Northern France", "LOC", "FRA", ["Nordfrankreich"]),
        entity("Government of France", "ORG", "FRA", ["die Regierung", "der Regierung"]),
        entity("French Armed Forces", "ORG", "FRA", ["7000 zusätzliche Soldaten"]),
        entity("Dominique Bernard", "PER", "FRA",
               ["einen Französischlehrer", "Der getötete Lehrer", "der 57-jährige Dominique Bernard"]),
        entity("people wounded in the Arras school attack", "PER", "FRA", ["drei weitere Menschen"]),
        entity("PE teacher wounded in Arras", "PER", "FRA", ["einen Sportlehrer"]),
        entity("security guard wounded in Arras", "PER", "FRA", ["einen Wachmann"]),
        entity("French police", "ORG", "FRA", ["Polizisten"]),
        entity("witnesses of the Arras attack", "PER", "FRA", ["Zeugen"]),
        entity("National Anti-Terrorism Prosecutor's Office", "ORG", "FRA", ["Die Anti-Terror-Staatsanwaltschaft"]),
        entity("Ingushetia", "LOC", "RUS", ["der russischen Teilrepublik Inguschetien"]),
        entity("French security services", "ORG", "FRA", ["den Sicherheitsbehörden"]),
        entity("Gérald Darmanin", "PER", "FRA", ["Innenminister Gérald Darmanin", "Darmanin"]),
        entity("General Directorate for Internal Security", "ORG", "FRA", ["der Inlandsgeheimdienst DGSI"]),
        entity("brother of Mohammed Mogouchkov", "PER", "RUS", ["Ein jüngerer Bruder des Angreifers"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "der Staatschef", "Er"]),
        entity("France", "LOC", "FRA", ["Die Nation", "Frankreich", "des Landes"]),
        entity("French teachers", "PER", "FRA", ["ihrer Lehrer"]),
        entity("Samuel Paty", "PER", "FRA", ["den Geschichtslehrer Samuel Paty"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Abdoullakh Anzorov", "PER", "RUS", ["einem Islamisten"]),
        entity("National Rally", "ORG", "FRA", ["der rechtspopulistischen Fraktion in der Nationalversammlung"]),
        entity("National Assembly of France", "ORG", "FRA", ["der Nationalversammlung"]),
        entity("Marine Le Pen", "PER", "FRA",
               ["Die Chefin der rechtspopulistischen Fraktion in der Nationalversammlung, Marine Le Pen", "Sie"]),
        entity("family of Mohammed Mogouchkov", "PER", "RUS", ["Die Familie des Täters"]),
        entity("older brother of Mohammed Mogouchkov", "PER", "RUS", ["Ein älterer Bruder"]),
        entity("victims of the Arras attack", "PER", "FRA", ["der Opfer"]),
    ],
}

# ---------------------------------------------------------------- hm476-de-03 (Spain, Maersk ships refused)
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
MAERSK = actor("Maersk", "DNK", "BUS")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
ALGECIRAS_PORT = actor("Port Authority of the Bay of Algeciras", "ESP", "GOV")
SUMAR = actor("Sumar", "ESP", "PTY")
PRO_PAL = actor("pro-Palestinian groups in Spain", "ESP", "CVL")
PP = actor("People's Party (Spain)", "ESP", "PTY")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
ISR_EMBASSY = actor("Embassy of Israel in Spain", "ISR", "GOV")
DANICA_OPERATOR = actor("operator of the Marianne Danica", "DNK", "BUS")
IRL_GOV = actor("Government of Ireland", "IRL", "GOV")
NOR_GOV = actor("Government of Norway", "NOR", "GOV")
PALESTINE = actor("State of Palestine", "PSE", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")

S1 = ("Madrid (dpa) - Spanien hat zwei Containerschiffen der dänischen Reederei Maersk das Anlaufen des Hafens von "
      "Algeciras verweigert, weil sie Rüstungsgüter für Israel geladen haben sollen.")
S2 = ("Die Frachter „Maersk Denver“ und „Maersk Seletar“ hätten Militärmaterial aus den USA an Bord, das für Israel "
      "bestimmt sei, sagte Außenminister José Manuel Albares am Donnerstag in Madrid.")
S3 = "„Das ist eine klare Linie, die diese Regierung seit Monaten verfolgt“, fügte er hinzu."
S4 = ("Verkehrsminister Óscar Puente schrieb auf der Plattform X, die Hafenbehörde habe die Anträge der Reederei "
      "abgelehnt.")
S5 = "Maersk wies die Darstellung zurück."
S6 = "Die Schiffe hätten weder Waffen noch Munition geladen, erklärte ein Sprecher der Reederei in Kopenhagen."
S7 = ("Es handle sich um Fracht für das US-Verteidigungsministerium, die im Einklang mit allen Vorschriften "
      "transportiert werde.")
S8 = ("Der linke Koalitionspartner Sumar hatte die Regierung von Ministerpräsident Pedro Sánchez seit Tagen gedrängt, "
      "den Schiffen das Anlegen zu untersagen.")
S9 = ("Propalästinensische Gruppen hatten zudem vor dem Hafen von Algeciras gegen die geplanten Zwischenstopps "
      "protestiert.")
S10 = ("Die konservative Volkspartei (PP) warf Sánchez vor, aus innenpolitischen Gründen die Beziehungen zu den USA "
       "aufs Spiel zu setzen.")
S11 = "Die israelische Botschaft in Madrid sprach von einer „feindseligen und unverantwortlichen Entscheidung“."
S12 = ("Bereits im Mai hatte Madrid dem Frachter „Marianne Danica“, der Sprengstoff nach Israel bringen sollte, das "
       "Anlegen in Cartagena untersagt.")
S13 = "Ende Mai erkannte Spanien gemeinsam mit Irland und Norwegen einen palästinensischen Staat an."
S14 = "Israel zog daraufhin seine Botschafterin aus Madrid ab."
S15 = "Algeciras ist einer der wichtigsten Containerhäfen am Mittelmeer und ein zentraler Umschlagplatz für Maersk."

DE03 = {
    "id": "hm476-de-03", "lang": "de", "url": None, "published": "2024-11-08",
    "title": "Spanien verweigert Maersk-Frachtern Anlegen in Algeciras",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10, S11], [S12, S13, S14, S15]),
    "events": [
        event("REJECT", ESP_GOV, MAERSK, S1, location="Algeciras", location_country="ESP"),
        event("ACCUSE", ALBARES, MAERSK, S2, mode="allege", date="2024-11-07", location="Madrid",
              location_country="ESP"),
        event("REJECT", ALGECIRAS_PORT, MAERSK, S4, location="Algeciras", location_country="ESP"),
        event("REQUEST", SUMAR, ESP_GOV, S8, mode="change"),
        event("PROTEST", PRO_PAL, MAERSK, S9, mode="demo", location="Algeciras", location_country="ESP"),
        event("ACCUSE", PP, SANCHEZ, S10, mode="disapprove"),
        event("ACCUSE", ISR_EMBASSY, ESP_GOV, S11, mode="disapprove"),
        event("REJECT", ESP_GOV, DANICA_OPERATOR, S12, location="Cartagena", location_country="ESP"),
        event("SUPPORT", ESP_GOV, PALESTINE, S13),
        event("SUPPORT", IRL_GOV, PALESTINE, S13),
        event("SUPPORT", NOR_GOV, PALESTINE, S13),
        event("SANCTION", ISR_GOV, ESP_GOV, S14, mode="withdraw"),
    ],
    "quotes": [
        quote("Die Frachter „Maersk Denver“ und „Maersk Seletar“ hätten Militärmaterial aus den USA an Bord, das für "
              "Israel bestimmt sei", "José Manuel Albares", "indirect"),
        quote("Das ist eine klare Linie, die diese Regierung seit Monaten verfolgt", "José Manuel Albares", "direct"),
        quote("die Hafenbehörde habe die Anträge der Reederei abgelehnt", "Óscar Puente", "indirect"),
        quote("Die Schiffe hätten weder Waffen noch Munition geladen", "Maersk", "indirect"),
        quote("Es handle sich um Fracht für das US-Verteidigungsministerium, die im Einklang mit allen Vorschriften "
              "transportiert werde", "Maersk", "indirect"),
        quote("den Schiffen das Anlegen zu untersagen", "Sumar", "indirect"),
        quote("aus innenpolitischen Gründen die Beziehungen zu den USA aufs Spiel zu setzen",
              "People's Party (Spain)", "indirect"),
        quote("feindseligen und unverantwortlichen Entscheidung", "Embassy of Israel in Spain", "direct"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Government of Spain", "ORG", "ESP",
               ["Spanien", "diese Regierung", "die Regierung von Ministerpräsident Pedro Sánchez", "Madrid"]),
        entity("Maersk", "ORG", "DNK", ["der dänischen Reederei Maersk", "Maersk", "der Reederei"]),
        entity("Maersk ships bound for Israel", "MISC", "DNK",
               ["zwei Containerschiffen der dänischen Reederei Maersk", "Die Frachter", "Die Schiffe",
                "den Schiffen", "sie"]),
        entity("Maersk Denver", "MISC", "DNK", ["Maersk Denver"]),
        entity("Maersk Seletar", "MISC", "DNK", ["Maersk Seletar"]),
        entity("Port of Algeciras", "LOC", "ESP", ["des Hafens von Algeciras", "dem Hafen von Algeciras"]),
        entity("Algeciras", "LOC", "ESP", ["Algeciras"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("José Manuel Albares", "PER", "ESP", ["Außenminister José Manuel Albares", "er"]),
        entity("Óscar Puente", "PER", "ESP", ["Verkehrsminister Óscar Puente"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Port Authority of the Bay of Algeciras", "ORG", "ESP", ["die Hafenbehörde"]),
        entity("spokesperson of Maersk", "PER", "DNK", ["ein Sprecher der Reederei"]),
        entity("Copenhagen", "LOC", "DNK", ["Kopenhagen"]),
        entity("United States Department of Defense", "ORG", "USA", ["das US-Verteidigungsministerium"]),
        entity("Sumar", "ORG", "ESP", ["Der linke Koalitionspartner Sumar"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez", "Sánchez"]),
        entity("pro-Palestinian groups in Spain", "ORG", "ESP", ["Propalästinensische Gruppen"]),
        entity("People's Party (Spain)", "ORG", "ESP", ["Die konservative Volkspartei (PP)"]),
        entity("Embassy of Israel in Spain", "ORG", "ISR", ["Die israelische Botschaft in Madrid"]),
        entity("Marianne Danica", "MISC", "DNK", ["dem Frachter „Marianne Danica“"]),
        entity("Cartagena", "LOC", "ESP", ["Cartagena"]),
        entity("Government of Ireland", "ORG", "IRL", ["Irland"]),
        entity("Government of Norway", "ORG", "NOR", ["Norwegen"]),
        entity("State of Palestine", "ORG", "PSE", ["einen palästinensischen Staat"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Rodica Radian-Gordon", "PER", "ISR", ["seine Botschafterin"]),
        entity("Mediterranean Sea", "LOC", None, ["Mittelmeer"]),
    ],
}

# ---------------------------------------------------------------- hm476-de-04 (Germany/UK, Trinity House agreement)
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
PISTORIUS = actor("Boris Pistorius", "DEU", "GOV")
HEALEY = actor("John Healey", "GBR", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
RUS_EMBASSY_UK = actor("Embassy of Russia in the United Kingdom", "RUS", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")

G1 = ("London (dpa) - Deutschland und Großbritannien haben ein Abkommen über eine deutlich engere Zusammenarbeit in "
      "der Verteidigung geschlossen.")
G2 = ("Verteidigungsminister Boris Pistorius und sein britischer Kollege John Healey vereinbarten am Mittwoch in "
      "London unter anderem, dass deutsche Seefernaufklärer vom Typ P-8 Poseidon regelmäßig vom schottischen "
      "Stützpunkt Lossiemouth aus über dem Nordatlantik patrouillieren.")
G3 = "Zudem wollen beide Länder gemeinsam Waffen mit großer Reichweite und Drohnen entwickeln."
G4 = "Der Düsseldorfer Rüstungskonzern Rheinmetall soll außerdem in Großbritannien ein Werk für Geschützrohre bauen."
G5 = ("„Dies ist ein historischer Tag für die Sicherheit unserer beiden Länder“, sagte Healey bei der Zeremonie im "
      "Londoner Trinity House, nach dem das Abkommen benannt ist.")
G6 = "Pistorius sagte, Europa müsse angesichts der Bedrohung durch Russland mehr für seine eigene Sicherheit tun."
G7 = ("Er warf Moskau vor, mit Sabotage, Desinformation und Cyberangriffen gezielt die Infrastruktur europäischer "
      "Staaten anzugreifen.")
G8 = "Die Zusammenarbeit richte sich gegen niemanden, sondern diene der Abschreckung, betonte der SPD-Politiker."
G9 = "Die russische Botschaft in London bezeichnete das Abkommen als „weiteren Schritt zur Militarisierung Europas“."
G10 = "Moskau werde darauf angemessen reagieren, hieß es in einer Erklärung der Vertretung."
G11 = "Healey war im Juli Verteidigungsminister der neuen Labour-Regierung von Premierminister Keir Starmer geworden."
G12 = ("Seine erste Auslandsreise im Amt hatte ihn damals nach Berlin geführt, wo er mit Pistorius die Verhandlungen "
       "über das Abkommen aufgenommen hatte.")
G13 = "Großbritannien hat Kiew bereits Marschflugkörper vom Typ Storm Shadow geliefert."
G14 = ("Die Bundesregierung lehnt die von der Ukraine erbetene Lieferung von Taurus-Marschflugkörpern dagegen "
       "weiterhin ab.")
G15 = ("Bundeskanzler Olaf Scholz begründet dies mit der Gefahr, dass Deutschland in den Krieg hineingezogen werden "
       "könnte.")

DE04 = {
    "id": "hm476-de-04", "lang": "de", "url": None, "published": "2024-10-23",
    "title": "Deutschland und Großbritannien vereinbaren engere Verteidigungszusammenarbeit",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10], [G11, G12], [G13, G14, G15]),
    "events": [
        event("AGREE", DEU_GOV, GBR_GOV, G1, date="2024-10-23", location="London", location_country="GBR"),
        event("AGREE", PISTORIUS, HEALEY, G2, date="2024-10-23", location="London", location_country="GBR"),
        event("AGREE", DEU_GOV, GBR_GOV, G3),
        event("ACCUSE", PISTORIUS, RUS_GOV, G7, mode="allege"),
        event("ACCUSE", RUS_EMBASSY_UK, GBR_GOV, G9, mode="disapprove"),
        event("ACCUSE", RUS_EMBASSY_UK, DEU_GOV, G9, mode="disapprove"),
        event("THREATEN", RUS_EMBASSY_UK, GBR_GOV, G10),
        event("THREATEN", RUS_EMBASSY_UK, DEU_GOV, G10),
        event("CONSULT", HEALEY, PISTORIUS, G12, mode="visit", location="Berlin", location_country="DEU"),
        event("AID", GBR_GOV, UKR_GOV, G13),
        event("REQUEST", UKR_GOV, DEU_GOV, G14, mode="assist"),
        event("REJECT", DEU_GOV, UKR_GOV, G14, mode="assist"),
    ],
    "quotes": [
        quote("Dies ist ein historischer Tag für die Sicherheit unserer beiden Länder", "John Healey", "direct"),
        quote("Europa müsse angesichts der Bedrohung durch Russland mehr für seine eigene Sicherheit tun",
              "Boris Pistorius", "indirect"),
        quote("mit Sabotage, Desinformation und Cyberangriffen gezielt die Infrastruktur europäischer Staaten "
              "anzugreifen", "Boris Pistorius", "indirect"),
        quote("Die Zusammenarbeit richte sich gegen niemanden, sondern diene der Abschreckung", "Boris Pistorius",
              "indirect"),
        quote("weiteren Schritt zur Militarisierung Europas", "Embassy of Russia in the United Kingdom", "direct"),
        quote("Moskau werde darauf angemessen reagieren", "Embassy of Russia in the United Kingdom", "indirect"),
        quote("dass Deutschland in den Krieg hineingezogen werden könnte", "Olaf Scholz", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["London"]),
        entity("Government of Germany", "ORG", "DEU", ["Deutschland", "Die Bundesregierung"]),
        entity("Government of the United Kingdom", "ORG", "GBR",
               ["Großbritannien", "der neuen Labour-Regierung von Premierminister Keir Starmer"]),
        entity("Germany and the United Kingdom", "LOC", None, ["beide Länder", "unserer beiden Länder"]),
        entity("Boris Pistorius", "PER", "DEU",
               ["Verteidigungsminister Boris Pistorius", "Pistorius", "Er", "der SPD-Politiker"]),
        entity("John Healey", "PER", "GBR", ["sein britischer Kollege John Healey", "Healey", "Seine", "ihn", "er"]),
        entity("German Navy", "ORG", "DEU", ["deutsche Seefernaufklärer"]),
        entity("P-8 Poseidon", "MISC", "USA", ["P-8 Poseidon"]),
        entity("RAF Lossiemouth", "LOC", "GBR", ["vom schottischen Stützpunkt Lossiemouth"]),
        entity("North Atlantic", "LOC", None, ["dem Nordatlantik"]),
        entity("Rheinmetall", "ORG", "DEU", ["Der Düsseldorfer Rüstungskonzern Rheinmetall"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Trinity House", "LOC", "GBR", ["im Londoner Trinity House"]),
        entity("Trinity House Agreement", "MISC", None, ["ein Abkommen", "das Abkommen", "Die Zusammenarbeit"]),
        entity("Europe", "LOC", None, ["Europa", "Europas"]),
        entity("Government of Russia", "ORG", "RUS", ["Russland", "Moskau"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("Embassy of Russia in the United Kingdom", "ORG", "RUS",
               ["Die russische Botschaft in London", "der Vertretung"]),
        entity("Labour Party", "ORG", "GBR", ["Labour"]),
        entity("Keir Starmer", "PER", "GBR", ["Premierminister Keir Starmer"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew", "der Ukraine"]),
        entity("Storm Shadow", "MISC", "GBR", ["Marschflugkörper vom Typ Storm Shadow"]),
        entity("Taurus", "MISC", "DEU", ["Taurus-Marschflugkörpern"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
    ],
}

# ---------------------------------------------------------------- hm476-en-01 (Italy/Germany, Nord Stream suspect)
CARABINIERI = actor("Carabinieri", "ITA", "COP")
KUZNIETSOV = actor("Serhii Kuznietsov", "UKR", "CVL")
BGH = actor("Federal Court of Justice of Germany", "DEU", "JUD")
GBA = actor("Federal Prosecutor General of Germany", "DEU", "JUD")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
RUS_GOV_E = actor("Government of Russia", "RUS", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
GBR_GOV_E = actor("Government of the United Kingdom", "GBR", "GOV")
WEIDEL = actor("Alice Weidel", "DEU", "PTY")
DEU_GOV_E = actor("Government of Germany", "DEU", "GOV")
POL_AUTH = actor("Polish authorities", "POL", "GOV")
VOLODYMYR_Z = actor("Volodymyr Z.", "UKR", "CVL")
POL_GOV_E = actor("Government of Poland", "POL", "GOV")

N1 = ("ROME (AP) — Italian police have arrested a Ukrainian man suspected of coordinating the 2022 sabotage of the "
      "Nord Stream gas pipelines under the Baltic Sea, German federal prosecutors said Thursday.")
N2 = ("The suspect, identified only as Serhii K. in line with German privacy rules, was detained early Thursday in "
      "San Clemente, near the Adriatic resort of Rimini, where he was on vacation with his family.")
N3 = ("Officers of the Carabinieri paramilitary police acted on a European arrest warrant issued in June by Germany's "
      "Federal Court of Justice.")
N4 = ("Prosecutors accuse him of being one of the coordinators of a group that planted explosives on the pipelines "
      "near the Danish island of Bornholm in September 2022.")
N5 = ("According to the prosecutors, the group set out from the German port of Rostock on a sailing yacht that had "
      "been rented through intermediaries with forged identity documents.")
N6 = "His Italian lawyer, Nicola Canestrini, said his client denied any involvement in the attack."
N7 = "\"He is calm and trusts the Italian justice system,\" Canestrini told reporters in Rimini."
N8 = "A court in Bologna is expected to rule on his transfer to Germany in the coming weeks."
N9 = ("Kremlin spokesman Dmitry Peskov said Moscow would follow the case closely and called for an \"objective\" "
      "international investigation.")
N10 = ("Russia has repeatedly accused the United States and Britain of being behind the blasts, which Washington and "
       "London deny.")
N11 = ("Alice Weidel, co-leader of the far-right Alternative for Germany, demanded that Berlin halt all aid to "
       "Ukraine if Kyiv's involvement were confirmed.")
N12 = "Ukraine's government has denied any role in the sabotage."
N13 = "Sweden and Denmark closed their own investigations last year without identifying any suspects."
N14 = ("Polish authorities did not detain a second Ukrainian suspect, a diving instructor identified as Volodymyr Z., "
       "before he left for Ukraine in July 2024, although Germany had requested his arrest.")
N15 = "Warsaw has accused Berlin of failing to enter the warrant into the European police database in time."

EN01 = {
    "id": "hm476-en-01", "lang": "en", "url": None, "published": "2025-08-21",
    "title": "Italy arrests Ukrainian suspect in Nord Stream pipeline sabotage",
    "text": paragraphs([N1, N2, N3], [N4, N5], [N6, N7, N8], [N9, N10, N11, N12], [N13, N14, N15]),
    "events": [
        event("COERCE", CARABINIERI, KUZNIETSOV, N1, mode="arrest", date="2025-08-21", location_country="ITA"),
        event("COERCE", CARABINIERI, KUZNIETSOV, N2, mode="arrest", date="2025-08-21", location="San Clemente",
              location_country="ITA"),
        event("COERCE", CARABINIERI, KUZNIETSOV, N3, mode="arrest"),
        event("THREATEN", BGH, KUZNIETSOV, N3, mode="arrest"),
        event("ACCUSE", GBA, KUZNIETSOV, N4, mode="allege"),
        event("REQUEST", PESKOV, None, N9),
        event("ACCUSE", RUS_GOV_E, USA_GOV, N10, mode="allege"),
        event("ACCUSE", RUS_GOV_E, GBR_GOV_E, N10, mode="allege"),
        event("REQUEST", WEIDEL, DEU_GOV_E, N11, mode="change"),
        event("COERCE", POL_AUTH, VOLODYMYR_Z, N14, mode="arrest", negated=True),
        event("REQUEST", DEU_GOV_E, POL_AUTH, N14),
        event("ACCUSE", POL_GOV_E, DEU_GOV_E, N15, mode="allege"),
    ],
    "quotes": [
        quote("Italian police have arrested a Ukrainian man suspected of coordinating the 2022 sabotage of the Nord "
              "Stream gas pipelines under the Baltic Sea", "Federal Prosecutor General of Germany", "indirect"),
        quote("of being one of the coordinators of a group that planted explosives on the pipelines near the Danish "
              "island of Bornholm in September 2022", "Federal Prosecutor General of Germany", "indirect"),
        quote("the group set out from the German port of Rostock on a sailing yacht that had been rented through "
              "intermediaries with forged identity documents", "Federal Prosecutor General of Germany", "indirect"),
        quote("his client denied any involvement in the attack", "Nicola Canestrini", "indirect"),
        quote("He is calm and trusts the Italian justice system", "Nicola Canestrini", "direct"),
        quote("Moscow would follow the case closely", "Dmitry Peskov", "indirect"),
        quote("objective", "Dmitry Peskov", "direct"),
        quote("of being behind the blasts", "Government of Russia", "indirect"),
        quote("Berlin halt all aid to Ukraine if Kyiv's involvement were confirmed", "Alice Weidel", "indirect"),
        quote("of failing to enter the warrant into the European police database in time", "Government of Poland",
              "indirect"),
    ],
    "entities": [
        entity("Rome", "LOC", "ITA", ["ROME"]),
        entity("Carabinieri", "ORG", "ITA", ["Italian police", "Officers of the Carabinieri paramilitary police"]),
        entity("Serhii Kuznietsov", "PER", "UKR",
               ["a Ukrainian man suspected of coordinating the 2022 sabotage of the Nord Stream gas pipelines under "
                "the Baltic Sea", "The suspect", "Serhii K.", "he", "his", "him", "his client", "He"]),
        entity("Nord Stream", "MISC", None, ["the Nord Stream gas pipelines", "the pipelines"]),
        entity("Baltic Sea", "LOC", None, ["the Baltic Sea"]),
        entity("Federal Prosecutor General of Germany", "ORG", "DEU",
               ["German federal prosecutors", "Prosecutors", "the prosecutors"]),
        entity("San Clemente", "LOC", "ITA", ["San Clemente"]),
        entity("Rimini", "LOC", "ITA", ["the Adriatic resort of Rimini", "Rimini"]),
        entity("family of Serhii Kuznietsov", "PER", "UKR", ["his family"]),
        entity("Federal Court of Justice of Germany", "ORG", "DEU", ["Germany's Federal Court of Justice"]),
        entity("Nord Stream saboteurs", "ORG", None,
               ["a group that planted explosives on the pipelines near the Danish island of Bornholm", "the group"]),
        entity("Bornholm", "LOC", "DNK", ["the Danish island of Bornholm"]),
        entity("Rostock", "LOC", "DEU", ["the German port of Rostock"]),
        entity("Nicola Canestrini", "PER", "ITA", ["His Italian lawyer, Nicola Canestrini", "Canestrini"]),
        entity("Bologna Court of Appeal", "ORG", "ITA", ["A court in Bologna"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow", "Russia"]),
        entity("Government of the United States", "ORG", "USA", ["the United States", "Washington"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain", "London"]),
        entity("Alice Weidel", "PER", "DEU", ["Alice Weidel, co-leader of the far-right Alternative for Germany"]),
        entity("Alternative for Germany", "ORG", "DEU", ["the far-right Alternative for Germany"]),
        entity("Government of Germany", "ORG", "DEU", ["Berlin", "Germany"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kyiv's", "Ukraine's government"]),
        entity("Government of Sweden", "ORG", "SWE", ["Sweden"]),
        entity("Government of Denmark", "ORG", "DNK", ["Denmark"]),
        entity("Polish authorities", "ORG", "POL", ["Polish authorities"]),
        entity("Volodymyr Z.", "PER", "UKR",
               ["a second Ukrainian suspect, a diving instructor identified as Volodymyr Z.", "he", "his"]),
        entity("Government of Poland", "ORG", "POL", ["Warsaw"]),
        entity("Schengen Information System", "ORG", "EUR", ["the European police database"]),
    ],
}

# ---------------------------------------------------------------- hm476-en-02 (Poland/Ukraine, truckers' blockade)
SVK_TRUCKERS = actor("Slovak truckers", "SVK", "CVL")
POL_TRUCKERS = actor("Polish truckers", "POL", "CVL")
EU = actor("European Union", "EUR", "IGO")
UKR_CARRIERS = actor("Ukrainian trucking companies", "UKR", "BUS")
KUBRAKOV = actor("Oleksandr Kubrakov", "UKR", "GOV")
POL_GOV = actor("Government of Poland", "POL", "GOV")
POL_POLICE = actor("Polish police", "POL", "COP")
GAJADHUR = actor("Alvin Gajadhur", "POL", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
VALEAN = actor("Adina Vălean", "EUR", "IGO")
POL_FARMERS = actor("Polish farmers", "POL", "CVL")
UKR_GOV_E = actor("Government of Ukraine", "UKR", "GOV")

U1 = ("WARSAW, Poland (AP) — Slovak truck drivers on Monday joined Polish haulers in blocking border crossings with "
      "Ukraine, deepening a three-week protest that has left thousands of trucks stranded in freezing weather.")
U2 = ("The Slovak protesters blocked the Vysne Nemecke crossing, the country's only truck crossing into Ukraine, for "
      "several hours, police said.")
U3 = ("Polish haulers have been blocking the Dorohusk, Hrebenne and Korczowa crossings since Nov. 6, demanding that "
      "the European Union bring back permits for Ukrainian trucking companies that were scrapped after Russia's "
      "full-scale invasion.")
U4 = "They accuse Ukrainian competitors of undercutting prices and taking business from Polish firms."
U5 = ("\"We will stay here until someone in Brussels or Warsaw listens to us,\" said Rafal Mekler, one of the "
      "organizers, at the Dorohusk crossing.")
U6 = ("Ukrainian officials say about 2,500 trucks are stuck on the Polish side and that two Ukrainian drivers have "
      "died while waiting in line.")
U7 = ("Ukraine's Infrastructure Minister Oleksandr Kubrakov accused Warsaw of tolerating an illegal blockade and "
      "urged Polish authorities to clear the roads.")
U8 = ("Polish police have not removed the protesters, saying the demonstrations were legally registered with local "
      "authorities.")
U9 = ("Poland's caretaker infrastructure minister, Alvin Gajadhur, met protest leaders on Monday but said the "
      "government could not change an EU agreement on its own.")
U10 = ("The European Commission has rejected the haulers' demand and warned Poland that it could take legal action "
       "if the blockade continued.")
U11 = ("Transport Commissioner Adina Valean called the blockade \"unacceptable\" and said she had raised the matter "
       "with the Polish government.")
U12 = ("Polish farmers joined the protests last week at the Medyka crossing, demanding subsidies and a halt to "
       "imports of Ukrainian grain.")
U13 = ("Relations between the neighbors were already strained after Warsaw banned imports of Ukrainian grain in "
       "September to protect its farmers.")
U14 = "Kyiv responded by filing a complaint against Poland at the World Trade Organization."
U15 = ("Donald Tusk, whose pro-European coalition won last month's election, is expected to take office as prime "
       "minister in December.")
U16 = "Poland has been one of Ukraine's most important allies since Russia launched its full-scale invasion in 2022."

EN02 = {
    "id": "hm476-en-02", "lang": "en", "url": None, "published": "2023-11-28",
    "title": "Slovak truckers join Polish blockade of Ukrainian border crossings",
    "text": paragraphs([U1, U2, U3, U4, U5], [U6, U7, U8, U9], [U10, U11], [U12, U13, U14], [U15, U16]),
    "events": [
        event("PROTEST", SVK_TRUCKERS, None, U1, mode="obstruct", date="2023-11-27"),
        event("PROTEST", POL_TRUCKERS, None, U1, mode="obstruct"),
        event("PROTEST", SVK_TRUCKERS, None, U2, mode="obstruct", date="2023-11-27", location="Vyšné Nemecké",
              location_country="SVK"),
        event("PROTEST", POL_TRUCKERS, None, U3, mode="obstruct", location_country="POL"),
        event("REQUEST", POL_TRUCKERS, EU, U3, mode="change"),
        event("ACCUSE", POL_TRUCKERS, UKR_CARRIERS, U4, mode="allege"),
        event("ACCUSE", KUBRAKOV, POL_GOV, U7, mode="disapprove"),
        event("REQUEST", KUBRAKOV, POL_GOV, U7),
        event("COERCE", POL_POLICE, POL_TRUCKERS, U8, mode="crowd-control", negated=True),
        event("CONSULT", GAJADHUR, POL_TRUCKERS, U9, mode="meet", date="2023-11-27"),
        event("REJECT", GAJADHUR, POL_TRUCKERS, U9, mode="change"),
        event("REJECT", EU_COMMISSION, POL_TRUCKERS, U10, mode="change"),
        event("THREATEN", EU_COMMISSION, POL_GOV, U10),
        event("ACCUSE", VALEAN, POL_TRUCKERS, U11, mode="disapprove"),
        event("CONSULT", VALEAN, POL_GOV, U11),
        event("PROTEST", POL_FARMERS, None, U12, mode="obstruct", location="Medyka", location_country="POL"),
        event("REQUEST", POL_FARMERS, POL_GOV, U12, mode="change"),
        event("SANCTION", POL_GOV, UKR_GOV_E, U13),
        event("ACCUSE", UKR_GOV_E, POL_GOV, U14, mode="allege"),
    ],
    "quotes": [
        quote("The Slovak protesters blocked the Vysne Nemecke crossing, the country's only truck crossing into "
              "Ukraine, for several hours", "Slovak police", "indirect"),
        quote("the European Union bring back permits for Ukrainian trucking companies that were scrapped after "
              "Russia's full-scale invasion", "Polish truckers", "indirect"),
        quote("of undercutting prices and taking business from Polish firms", "Polish truckers", "indirect"),
        quote("We will stay here until someone in Brussels or Warsaw listens to us", "Rafał Mekler", "direct"),
        quote("about 2,500 trucks are stuck on the Polish side and that two Ukrainian drivers have died while waiting "
              "in line", "Ukrainian officials", "indirect"),
        quote("of tolerating an illegal blockade", "Oleksandr Kubrakov", "indirect"),
        quote("the demonstrations were legally registered with local authorities", "Polish police", "indirect"),
        quote("the government could not change an EU agreement on its own", "Alvin Gajadhur", "indirect"),
        quote("it could take legal action if the blockade continued", "European Commission", "indirect"),
        quote("unacceptable", "Adina Vălean", "direct"),
        quote("she had raised the matter with the Polish government", "Adina Vălean", "indirect"),
    ],
    "entities": [
        entity("Warsaw", "LOC", "POL", ["WARSAW"]),
        entity("Poland", "LOC", "POL", ["Poland", "the Polish side"]),
        entity("Slovak truckers", "PER", "SVK", ["Slovak truck drivers", "The Slovak protesters"]),
        entity("Polish truckers", "PER", "POL",
               ["Polish haulers", "They", "the protesters", "protest leaders", "the haulers'"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine", "Ukraine's"]),
        entity("Vyšné Nemecké", "LOC", "SVK",
               ["the Vysne Nemecke crossing", "the country's only truck crossing into Ukraine"]),
        entity("Slovakia", "LOC", "SVK", ["the country's"]),
        entity("Slovak police", "ORG", "SVK", ["police"]),
        entity("Dorohusk", "LOC", "POL", ["the Dorohusk", "the Dorohusk crossing"]),
        entity("Hrebenne", "LOC", "POL", ["Hrebenne"]),
        entity("Korczowa", "LOC", "POL", ["Korczowa"]),
        entity("European Union", "ORG", "EUR", ["the European Union", "EU"]),
        entity("Ukrainian trucking companies", "ORG", "UKR", ["Ukrainian trucking companies",
                                                               "Ukrainian competitors"]),
        entity("Russia", "LOC", "RUS", ["Russia's", "Russia"]),
        entity("Polish firms", "ORG", "POL", ["Polish firms"]),
        entity("Rafał Mekler", "PER", "POL", ["Rafal Mekler, one of the organizers"]),
        entity("Brussels", "LOC", "BEL", ["Brussels"]),
        entity("Ukrainian officials", "PER", "UKR", ["Ukrainian officials"]),
        entity("Ukrainian truck drivers", "PER", "UKR", ["two Ukrainian drivers"]),
        entity("Oleksandr Kubrakov", "PER", "UKR", ["Ukraine's Infrastructure Minister Oleksandr Kubrakov"]),
        entity("Government of Poland", "ORG", "POL",
               ["Warsaw", "Polish authorities", "the government", "Poland", "the Polish government"]),
        entity("Polish police", "ORG", "POL", ["Polish police"]),
        entity("Polish local authorities", "ORG", "POL", ["local authorities"]),
        entity("Alvin Gajadhur", "PER", "POL", ["Poland's caretaker infrastructure minister, Alvin Gajadhur"]),
        entity("European Commission", "ORG", "EUR", ["The European Commission", "it"]),
        entity("Adina Vălean", "PER", "EUR", ["Transport Commissioner Adina Valean", "she"]),
        entity("Polish farmers", "PER", "POL", ["Polish farmers", "its farmers"]),
        entity("Medyka", "LOC", "POL", ["the Medyka crossing"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kyiv"]),
        entity("World Trade Organization", "ORG", "IGO", ["the World Trade Organization"]),
        entity("Donald Tusk", "PER", "POL", ["Donald Tusk"]),
        entity("Civic Coalition", "ORG", "POL", ["pro-European coalition"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
