"""Round 426: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm426-de-01: Brazil/United States: Washington's Treasury sanctions Justice Alexandre de Moraes under the Magnitsky Act; Bessent accuses him, Trump signs 50% tariffs and calls the Bolsonaro trial a "witch hunt", Lula's government objects and refuses to bow, Lula offers talks and threatens countermeasures, the Supreme Court backs Moraes, Eduardo Bolsonaro welcomes it and is investigated, ankle monitor and visa revocations recalled, Bolsonaro denies the coup charges (2025-07-31).
- hm426-de-02: Chile: a Santiago court orders pre-trial detention for Recoleta's communist mayor Daniel Jadue in the popular-pharmacies case; prosecutors' charges, Gendarmería takes him to jail, Jadue denies and speaks of persecution, his lawyers appeal and seek house arrest, the Communist Party and Carmona object, Boric respects the ruling, UDI demands his resignation, supporters rally without arrests (2024-06-04).
- hm426-de-03: Venezuela: masked men detain Voluntad Popular's Freddy Superlano and two aides in Caracas after the post-election protests; Saab reports 749 arrests and accuses Superlano of conspiracy, Machado demands his release, Maduro alleges a fascist coup and threatens, Padrino López pledges loyalty, the Carter Center criticises the electoral council, the 2021 Barinas annulment recalled (2024-07-31).
- hm426-de-04: Bolivia: police arrest ex-president Luis Arce in La Paz over the indigenous fund embezzlement; a judge orders five months' pre-trial detention, his lawyer speaks of revenge, Paz rejects the charge, the MAS calls protests, tear gas at the Palace of Justice, Morales accuses the government, the warrant against Morales recalled (2025-12-11).
- hm426-en-01: Argentina/Iran: the Federal Court of Criminal Cassation rules that Iran planned and Hezbollah carried out the AMIA and Israeli embassy bombings; Mahiques calls Iran a terrorist state, Milei's office and Israel welcome it, Kanaani rejects it and accuses Argentina's judiciary, DAIA and Memoria Activa react, the warrants against eight Iranians, the 2013 memorandum and Nisman's accusation recalled (2024-04-12).
- hm426-en-02: Peru: police arrest President Dina Boluarte's brother Nicanor and her lawyer Mateo Castañeda on Judge Concepción Carhuancho's order in the prefects influence-peddling case; searches in Lima, Boluarte accuses prosecutors, the president not named a suspect, leftist lawmakers file a removal motion, Colchado's Rolex raid and Castillo's removal recalled (2024-05-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm426-de-01 (Brazil/US, Moraes sanctioned)
USA_GOV = actor("Government of the United States", "USA", "GOV")
US_TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
BESSENT = actor("Scott Bessent", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
EDUARDO = actor("Eduardo Bolsonaro", "BRA", "LEG")
BRA_FED_POLICE = actor("Federal Police of Brazil", "BRA", "COP")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
STF_JUSTICES = actor("justices of the Supreme Federal Court of Brazil", "BRA", "JUD")
BRA_PGR = actor("Prosecutor General's Office of Brazil", "BRA", "JUD")

B1 = ("Brasília (dpa) - Die US-Regierung hat Sanktionen gegen den brasilianischen Verfassungsrichter Alexandre de "
      "Moraes verhängt, der das Strafverfahren gegen Ex-Präsident Jair Bolsonaro leitet.")
B2 = ("Das Finanzministerium in Washington setzte den 56-Jährigen am Mittwoch auf Grundlage des sogenannten "
      "Magnitsky-Gesetzes auf seine Sanktionsliste.")
B3 = ("Damit werden etwaige Vermögenswerte des Richters in den USA eingefroren, zudem sind US-Bürgern und "
      "-Unternehmen Geschäfte mit ihm untersagt.")
B4 = ("Finanzminister Scott Bessent warf Moraes vor, eine „repressive Zensurkampagne“ zu führen und politisch "
      "motivierte Verfahren gegen Bolsonaro voranzutreiben.")
B5 = ("Am selben Tag unterzeichnete US-Präsident Donald Trump ein Dekret, das Zölle von 50 Prozent auf zahlreiche "
      "brasilianische Waren vorsieht.")
B6 = ("Trump hatte die Strafzölle ausdrücklich mit dem Verfahren gegen seinen Verbündeten begründet und von einer "
      "„Hexenjagd“ gesprochen.")
B7 = ("Die Regierung von Präsident Luiz Inácio Lula da Silva sprach in einer Erklärung von einer „inakzeptablen "
      "Einmischung“ in die Justiz des Landes.")
B8 = "Brasilien werde sich weder Drohungen noch Erpressungen beugen, hieß es darin."
B9 = ("Lula zeigte sich zu Verhandlungen mit Washington über die Zölle bereit, kündigte aber Gegenmaßnahmen an, "
      "falls diese scheitern sollten.")
B10 = ("Der Oberste Gerichtshof stellte sich hinter Moraes und erklärte, die Richter würden ihre Arbeit unbeirrt "
       "fortsetzen.")
B11 = ("Moraes selbst sagte am Donnerstag, er werde sich nicht einschüchtern lassen und das Verfahren wie geplant zu "
       "Ende führen.")
B12 = ("Bolsonaros Sohn Eduardo, der seit März in den USA für Strafmaßnahmen gegen den Richter wirbt, begrüßte die "
       "Entscheidung.")
B13 = ("Die Bundespolizei ermittelt gegen den Abgeordneten wegen des Verdachts, die brasilianische Justiz mit Hilfe "
       "der US-Regierung unter Druck setzen zu wollen.")
B14 = ("Moraes hatte Bolsonaro Mitte Juli eine elektronische Fußfessel anlegen lassen und ihm die Nutzung sozialer "
       "Netzwerke verboten.")
B15 = "Washington widerrief daraufhin die Visa des Richters und mehrerer seiner Kollegen."
B16 = ("Die Generalstaatsanwaltschaft wirft dem Ex-Präsidenten vor, nach seiner Wahlniederlage 2022 einen "
       "Staatsstreich geplant zu haben.")
B17 = "Bolsonaro bestreitet die Vorwürfe."

DE01 = {
    "id": "hm426-de-01", "lang": "de", "url": None, "published": "2025-07-31",
    "title": "USA verhängen Sanktionen gegen Brasiliens Verfassungsrichter Moraes",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9], [B10, B11], [B12, B13],
                       [B14, B15, B16, B17]),
    "events": [
        event("SANCTION", USA_GOV, MORAES, B1, mode="discontinue"),
        event("SANCTION", US_TREASURY, MORAES, B2, mode="discontinue", date="2025-07-30", location="Washington",
              location_country="USA"),
        event("ACCUSE", BESSENT, MORAES, B4, mode="allege"),
        event("SANCTION", TRUMP, BRA_GOV, B5, mode="discontinue", date="2025-07-30"),
        event("ACCUSE", TRUMP, STF, B6, mode="disapprove"),
        event("ACCUSE", BRA_GOV, USA_GOV, B7, mode="disapprove"),
        event("REJECT", BRA_GOV, USA_GOV, B8),
        event("AGREE", LULA, USA_GOV, B9, mode="meet"),
        event("THREATEN", LULA, USA_GOV, B9),
        event("SUPPORT", STF, MORAES, B10),
        event("SUPPORT", EDUARDO, USA_GOV, B12),
        event("REQUEST", EDUARDO, USA_GOV, B12),
        event("ACCUSE", BRA_FED_POLICE, EDUARDO, B13, mode="investigate"),
        event("COERCE", MORAES, BOLSONARO, B14, mode="restrict"),
        event("SANCTION", USA_GOV, MORAES, B15),
        event("SANCTION", USA_GOV, STF_JUSTICES, B15),
        event("ACCUSE", BRA_PGR, BOLSONARO, B16, mode="allege"),
    ],
    "quotes": [
        quote("repressive Zensurkampagne", "Scott Bessent", "direct"),
        quote("eine „repressive Zensurkampagne“ zu führen und politisch motivierte Verfahren gegen Bolsonaro "
              "voranzutreiben", "Scott Bessent", "indirect"),
        quote("Hexenjagd", "Donald Trump", "direct"),
        quote("inakzeptablen Einmischung", "Government of Brazil", "direct"),
        quote("Brasilien werde sich weder Drohungen noch Erpressungen beugen", "Government of Brazil", "indirect"),
        quote("die Richter würden ihre Arbeit unbeirrt fortsetzen", "Supreme Federal Court of Brazil", "indirect"),
        quote("er werde sich nicht einschüchtern lassen und das Verfahren wie geplant zu Ende führen",
              "Alexandre de Moraes", "indirect"),
        quote("nach seiner Wahlniederlage 2022 einen Staatsstreich geplant zu haben",
              "Prosecutor General's Office of Brazil", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung", "Washington",
                                                                 "der US-Regierung"]),
        entity("Alexandre de Moraes", "PER", "BRA",
               ["den brasilianischen Verfassungsrichter Alexandre de Moraes", "den 56-Jährigen", "des Richters",
                "ihm", "Moraes", "er", "den Richter"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Ex-Präsident Jair Bolsonaro", "Bolsonaro", "seinen Verbündeten",
                                                "Bolsonaros", "dem Ex-Präsidenten", "ihm"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["Das Finanzministerium in Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Global Magnitsky Act", "MISC", "USA", ["des sogenannten Magnitsky-Gesetzes"]),
        entity("United States", "LOC", "USA", ["in den USA"]),
        entity("Scott Bessent", "PER", "USA", ["Finanzminister Scott Bessent"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Government of Brazil", "ORG", "BRA", ["Die Regierung von Präsident Luiz Inácio Lula da Silva",
                                                      "Brasilien"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lula"]),
        entity("Brazil", "LOC", "BRA", ["des Landes"]),
        entity("Judiciary of Brazil", "ORG", "BRA", ["die Justiz des Landes", "die brasilianische Justiz"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["Der Oberste Gerichtshof", "die Richter"]),
        entity("Eduardo Bolsonaro", "PER", "BRA", ["Bolsonaros Sohn Eduardo", "den Abgeordneten"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Die Bundespolizei"]),
        entity("justices of the Supreme Federal Court of Brazil", "PER", "BRA", ["mehrerer seiner Kollegen"]),
        entity("Prosecutor General's Office of Brazil", "ORG", "BRA", ["Die Generalstaatsanwaltschaft"]),
    ],
}

# ---------------------------------------------------------------- hm426-de-02 (Chile, Jadue detained)
CHL_COURT = actor("Fourth Guarantee Court of Santiago", "CHL", "JUD")
JADUE = actor("Daniel Jadue", "CHL", "GOV")
CHL_PROSECUTORS = actor("Public Prosecutor's Office of Chile", "CHL", "JUD")
GENDARMERIA = actor("Gendarmería de Chile", "CHL", "COP")
JADUE_LAWYERS = actor("lawyers of Daniel Jadue", "CHL", "CVL")
CHL_APPEALS = actor("Court of Appeals of Santiago", "CHL", "JUD")
PC_CHILE = actor("Communist Party of Chile", "CHL", "PTY")
CARMONA = actor("Lautaro Carmona", "CHL", "PTY")
CHL_JUDICIARY = actor("Judiciary of Chile", "CHL", "JUD")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
UDI = actor("Independent Democratic Union", "CHL", "PTY")
JADUE_SUPPORTERS = actor("supporters of Daniel Jadue", "CHL", "CVL")
CARABINEROS = actor("Carabineros de Chile", "CHL", "COP")

J1 = ("Santiago de Chile (dpa) - Ein chilenisches Gericht hat gegen den kommunistischen Bürgermeister der "
      "Hauptstadtgemeinde Recoleta, Daniel Jadue, Untersuchungshaft angeordnet.")
J2 = ("Die Richterin des Vierten Garantiegerichts von Santiago folgte am Montag einem Antrag der Staatsanwaltschaft, "
      "die dem 57-Jährigen Bestechlichkeit, Betrug zulasten des Fiskus und betrügerischen Bankrott vorwirft.")
J3 = ("Die Freiheit des Beschuldigten stelle eine Gefahr für die Sicherheit der Gesellschaft dar, begründete sie "
      "ihre Entscheidung.")
J4 = ("Jadue wurde noch im Gerichtssaal festgenommen und von Beamten der Gefängnisbehörde Gendarmería in eine "
      "Haftanstalt in Santiago gebracht.")
J5 = ("Hintergrund sind mutmaßliche Unregelmäßigkeiten in einem Verband von Gemeinden, die nach dem Vorbild "
      "Recoletas sogenannte Volksapotheken mit günstigen Medikamenten betreiben.")
J6 = "Jadue, der die erste dieser Apotheken 2015 eröffnet hatte, wies die Vorwürfe zurück."
J7 = "„Das ist politische Verfolgung durch die Staatsanwaltschaft“, sagte er vor der Verkündung vor Anhängern."
J8 = ("Seine Anwälte legten beim Berufungsgericht von Santiago Beschwerde gegen die Haftanordnung ein und "
      "beantragten Hausarrest für ihren Mandanten.")
J9 = ("Die Kommunistische Partei, die der Mitte-links-Regierung von Präsident Gabriel Boric angehört, stellte sich "
      "hinter Jadue.")
J10 = ("Parteichef Lautaro Carmona nannte die Haft „unverhältnismäßig“ und warf der Justiz vor, mit zweierlei Maß zu "
       "messen.")
J11 = ("Boric sagte, die Regierung respektiere die Entscheidung des Gerichts, Jadue habe wie jeder Bürger das Recht "
       "auf ein faires Verfahren.")
J12 = ("Jadue war 2021 in der Vorwahl des linken Lagers für die Präsidentschaftswahl gegen Boric angetreten und "
       "unterlegen.")
J13 = ("Abgeordnete der rechten Partei UDI begrüßten die Haftanordnung und forderten Jadues Rücktritt als "
       "Bürgermeister.")
J14 = ("Vor dem Justizzentrum in Santiago versammelten sich am Montagabend mehrere Hundert Anhänger des "
       "Politikers.")
J15 = "Festnahmen gab es nach Angaben der Polizei nicht."
J16 = "Über die Beschwerde der Verteidigung muss das Berufungsgericht in den kommenden Tagen entscheiden."

DE02 = {
    "id": "hm426-de-02", "lang": "de", "url": None, "published": "2024-06-04",
    "title": "Chilenischer Bürgermeister Jadue muss in Untersuchungshaft",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11, J12], [J13, J14, J15, J16]),
    "events": [
        event("COERCE", CHL_COURT, JADUE, J1, mode="arrest", location_country="CHL"),
        event("COERCE", CHL_COURT, JADUE, J2, mode="arrest", date="2024-06-03", location="Santiago",
              location_country="CHL"),
        event("REQUEST", CHL_PROSECUTORS, CHL_COURT, J2),
        event("ACCUSE", CHL_PROSECUTORS, JADUE, J2, mode="allege"),
        event("COERCE", GENDARMERIA, JADUE, J4, mode="arrest", location="Santiago", location_country="CHL"),
        event("ACCUSE", JADUE, CHL_PROSECUTORS, J7, mode="allege"),
        event("REQUEST", JADUE_LAWYERS, CHL_APPEALS, J8, mode="yield"),
        event("SUPPORT", PC_CHILE, JADUE, J9),
        event("ACCUSE", CARMONA, CHL_JUDICIARY, J10, mode="disapprove"),
        event("SUPPORT", BORIC, CHL_COURT, J11),
        event("SUPPORT", UDI, CHL_COURT, J13),
        event("REQUEST", UDI, JADUE, J13, mode="change"),
        event("PROTEST", JADUE_SUPPORTERS, CHL_COURT, J14, mode="demo", date="2024-06-03", location="Santiago",
              location_country="CHL"),
        event("COERCE", CARABINEROS, JADUE_SUPPORTERS, J15, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Die Freiheit des Beschuldigten stelle eine Gefahr für die Sicherheit der Gesellschaft dar",
              "judge of the Fourth Guarantee Court of Santiago", "indirect"),
        quote("Das ist politische Verfolgung durch die Staatsanwaltschaft", "Daniel Jadue", "direct"),
        quote("unverhältnismäßig", "Lautaro Carmona", "direct"),
        quote("mit zweierlei Maß zu messen", "Lautaro Carmona", "indirect"),
        quote("die Regierung respektiere die Entscheidung des Gerichts, Jadue habe wie jeder Bürger das Recht auf ein "
              "faires Verfahren", "Gabriel Boric", "indirect"),
        quote("Festnahmen gab es nach Angaben der Polizei nicht", "Carabineros de Chile", "indirect"),
    ],
    "entities": [
        entity("Santiago", "LOC", "CHL", ["Santiago de Chile", "Santiago"]),
        entity("Fourth Guarantee Court of Santiago", "ORG", "CHL",
               ["Ein chilenisches Gericht", "des Vierten Garantiegerichts von Santiago", "des Gerichts"]),
        entity("Recoleta", "LOC", "CHL", ["der Hauptstadtgemeinde Recoleta", "Recoletas"]),
        entity("Daniel Jadue", "PER", "CHL",
               ["den kommunistischen Bürgermeister der Hauptstadtgemeinde Recoleta, Daniel Jadue", "dem 57-Jährigen",
                "des Beschuldigten", "Jadue", "er", "ihren Mandanten", "Jadues", "des Politikers"]),
        entity("judge of the Fourth Guarantee Court of Santiago", "PER", "CHL",
               ["Die Richterin des Vierten Garantiegerichts von Santiago", "sie"]),
        entity("Public Prosecutor's Office of Chile", "ORG", "CHL", ["der Staatsanwaltschaft", "die Staatsanwaltschaft"]),
        entity("Gendarmería de Chile", "ORG", "CHL", ["der Gefängnisbehörde Gendarmería"]),
        entity("Chilean Association of Municipalities with Popular Pharmacies", "ORG", "CHL",
               ["einem Verband von Gemeinden"]),
        entity("lawyers of Daniel Jadue", "PER", "CHL", ["Seine Anwälte", "der Verteidigung"]),
        entity("Court of Appeals of Santiago", "ORG", "CHL", ["beim Berufungsgericht von Santiago",
                                                              "das Berufungsgericht"]),
        entity("Communist Party of Chile", "ORG", "CHL", ["Die Kommunistische Partei"]),
        entity("Government of Chile", "ORG", "CHL", ["der Mitte-links-Regierung von Präsident Gabriel Boric",
                                                     "die Regierung"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "Boric"]),
        entity("Lautaro Carmona", "PER", "CHL", ["Parteichef Lautaro Carmona"]),
        entity("Judiciary of Chile", "ORG", "CHL", ["der Justiz"]),
        entity("Independent Democratic Union", "ORG", "CHL", ["Abgeordnete der rechten Partei UDI"]),
        entity("Santiago Justice Centre", "LOC", "CHL", ["dem Justizzentrum in Santiago"]),
        entity("supporters of Daniel Jadue", "PER", "CHL", ["Anhängern", "mehrere Hundert Anhänger des Politikers"]),
        entity("Carabineros de Chile", "ORG", "CHL", ["der Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm426-de-03 (Venezuela, Superlano detained)
VEN_SECURITY = actor("Venezuelan security forces", "VEN", "COP")
SUPERLANO = actor("Freddy Superlano", "VEN", "OPP")
SUPERLANO_AIDES = actor("aides of Freddy Superlano", "VEN", "OPP")
VEN_PROTESTERS = actor("Venezuelan protesters", "VEN", "CVL")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
VEN_OPPOSITION = actor("Venezuelan opposition", "VEN", "OPP")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
PADRINO = actor("Vladimir Padrino López", "VEN", "MIL")
CARTER = actor("Carter Center", "NGO", "NGO")
VEN_CNE = actor("National Electoral Council of Venezuela", "VEN", "GOV")
VEN_TSJ = actor("Supreme Tribunal of Justice of Venezuela", "VEN", "JUD")

V1 = ("Caracas (dpa) - Nach den Protesten gegen das umstrittene Wahlergebnis in Venezuela ist der "
      "Oppositionspolitiker Freddy Superlano festgenommen worden.")
V2 = ("Vermummte Männer zerrten den Koordinator der Partei Voluntad Popular am Dienstag in Caracas in ein Fahrzeug "
      "und fuhren mit ihm davon, wie Oppositionsführerin María Corina Machado mitteilte.")
V3 = "Auch zwei Mitarbeiter Superlanos wurden nach ihren Angaben abgeführt."
V4 = ("Generalstaatsanwalt Tarek William Saab sagte am Abend, seit der Wahl am Sonntag seien 749 Menschen "
      "festgenommen worden.")
V5 = "Ihnen würden unter anderem Terrorismus und Anstiftung zum Hass vorgeworfen."
V6 = "Superlano sei einer der Köpfe einer Verschwörung gegen den Staat, fügte Saab hinzu."
V7 = "Machado nannte die Festnahme einen „Akt der Verzweiflung“ und forderte die sofortige Freilassung Superlanos."
V8 = ("Tausende Menschen waren am Montag in Caracas und anderen Städten auf die Straße gegangen, nachdem die "
      "Wahlbehörde Präsident Nicolás Maduro zum Sieger erklärt hatte.")
V9 = "Nach Angaben von Menschenrechtsgruppen wurden bei den Protesten mindestens elf Menschen getötet."
V10 = ("Die Opposition reklamiert den Sieg für ihren Kandidaten Edmundo González Urrutia und wirft der Regierung "
       "Wahlbetrug vor.")
V11 = "Maduro warf der Opposition seinerseits vor, einen „faschistischen Putsch“ anzuzetteln."
V12 = ("„Diesmal wird es keine Straflosigkeit geben“, sagte er bei einer Kundgebung vor dem Präsidentenpalast "
       "Miraflores.")
V13 = ("Verteidigungsminister Vladimir Padrino López sprach von einem Staatsstreich und sicherte Maduro die "
       "„absolute Loyalität“ der Streitkräfte zu.")
V14 = ("Das Carter Center, das die Wahl mit einer Beobachtermission begleitet hatte, erklärte, die Abstimmung habe "
       "internationale Standards nicht erfüllt.")
V15 = ("Die Wahlbehörde habe bis heute keine nach Wahllokalen aufgeschlüsselten Ergebnisse veröffentlicht, "
       "kritisierte die US-Organisation.")
V16 = ("Superlano hatte 2021 die Gouverneurswahl im Bundesstaat Barinas gewonnen, das Oberste Gericht annullierte "
       "das Ergebnis jedoch kurz darauf.")

DE03 = {
    "id": "hm426-de-03", "lang": "de", "url": None, "published": "2024-07-31",
    "title": "Venezolanischer Oppositionspolitiker Superlano festgenommen",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6, V7], [V8, V9, V10], [V11, V12, V13], [V14, V15, V16]),
    "events": [
        event("COERCE", VEN_SECURITY, SUPERLANO, V1, mode="arrest", location_country="VEN"),
        event("COERCE", VEN_SECURITY, SUPERLANO, V2, mode="arrest", date="2024-07-30", location="Caracas",
              location_country="VEN"),
        event("COERCE", VEN_SECURITY, SUPERLANO_AIDES, V3, mode="arrest"),
        event("COERCE", VEN_SECURITY, VEN_PROTESTERS, V4, mode="arrest"),
        event("ACCUSE", SAAB, VEN_PROTESTERS, V5, mode="allege"),
        event("ACCUSE", SAAB, SUPERLANO, V6, mode="allege"),
        event("ACCUSE", MACHADO, VEN_GOV, V7, mode="disapprove"),
        event("REQUEST", MACHADO, VEN_GOV, V7, mode="yield"),
        event("PROTEST", VEN_PROTESTERS, VEN_GOV, V8, mode="demo", date="2024-07-29", location="Caracas",
              location_country="VEN"),
        event("ACCUSE", VEN_OPPOSITION, VEN_GOV, V10, mode="allege"),
        event("ACCUSE", MADURO, VEN_OPPOSITION, V11, mode="allege"),
        event("THREATEN", MADURO, VEN_OPPOSITION, V12),
        event("ACCUSE", PADRINO, VEN_OPPOSITION, V13, mode="allege"),
        event("SUPPORT", PADRINO, MADURO, V13),
        event("ACCUSE", CARTER, VEN_CNE, V14, mode="disapprove"),
        event("ACCUSE", CARTER, VEN_CNE, V15, mode="disapprove"),
        event("COERCE", VEN_TSJ, SUPERLANO, V16, mode="restrict"),
    ],
    "quotes": [
        quote("Vermummte Männer zerrten den Koordinator der Partei Voluntad Popular am Dienstag in Caracas in ein "
              "Fahrzeug und fuhren mit ihm davon", "María Corina Machado", "indirect"),
        quote("Auch zwei Mitarbeiter Superlanos wurden nach ihren Angaben abgeführt", "María Corina Machado",
              "indirect"),
        quote("seit der Wahl am Sonntag seien 749 Menschen festgenommen worden", "Tarek William Saab", "indirect"),
        quote("Ihnen würden unter anderem Terrorismus und Anstiftung zum Hass vorgeworfen", "Tarek William Saab",
              "indirect"),
        quote("Superlano sei einer der Köpfe einer Verschwörung gegen den Staat", "Tarek William Saab", "indirect"),
        quote("Akt der Verzweiflung", "María Corina Machado", "direct"),
        quote("Nach Angaben von Menschenrechtsgruppen wurden bei den Protesten mindestens elf Menschen getötet",
              "Venezuelan human rights groups", "indirect"),
        quote("faschistischen Putsch", "Nicolás Maduro", "direct"),
        quote("einen „faschistischen Putsch“ anzuzetteln", "Nicolás Maduro", "indirect"),
        quote("Diesmal wird es keine Straflosigkeit geben", "Nicolás Maduro", "direct"),
        quote("absolute Loyalität", "Vladimir Padrino López", "direct"),
        quote("die Abstimmung habe internationale Standards nicht erfüllt", "Carter Center", "indirect"),
        quote("Die Wahlbehörde habe bis heute keine nach Wahllokalen aufgeschlüsselten Ergebnisse veröffentlicht",
              "Carter Center", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Freddy Superlano", "PER", "VEN",
               ["der Oppositionspolitiker Freddy Superlano", "den Koordinator der Partei Voluntad Popular", "ihm",
                "Superlanos", "Superlano"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["Vermummte Männer"]),
        entity("Voluntad Popular", "ORG", "VEN", ["der Partei Voluntad Popular"]),
        entity("María Corina Machado", "PER", "VEN", ["Oppositionsführerin María Corina Machado", "ihren",
                                                      "Machado"]),
        entity("aides of Freddy Superlano", "PER", "VEN", ["zwei Mitarbeiter Superlanos"]),
        entity("Tarek William Saab", "PER", "VEN", ["Generalstaatsanwalt Tarek William Saab", "Saab"]),
        entity("Venezuelan protesters", "PER", "VEN", ["749 Menschen", "Ihnen", "Tausende Menschen"]),
        entity("Government of Venezuela", "ORG", "VEN", ["den Staat", "der Regierung"]),
        entity("National Electoral Council of Venezuela", "ORG", "VEN", ["die Wahlbehörde", "Die Wahlbehörde"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Maduro", "er"]),
        entity("Venezuelan human rights groups", "ORG", "VEN", ["Menschenrechtsgruppen"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["Die Opposition", "der Opposition"]),
        entity("Edmundo González Urrutia", "PER", "VEN", ["ihren Kandidaten Edmundo González Urrutia"]),
        entity("Miraflores Palace", "LOC", "VEN", ["dem Präsidentenpalast Miraflores"]),
        entity("Vladimir Padrino López", "PER", "VEN", ["Verteidigungsminister Vladimir Padrino López"]),
        entity("National Bolivarian Armed Forces of Venezuela", "ORG", "VEN", ["der Streitkräfte"]),
        entity("Carter Center", "ORG", "NGO", ["Das Carter Center", "die US-Organisation"]),
        entity("Barinas", "LOC", "VEN", ["im Bundesstaat Barinas"]),
        entity("Supreme Tribunal of Justice of Venezuela", "ORG", "VEN", ["das Oberste Gericht"]),
    ],
}

# ---------------------------------------------------------------- hm426-de-04 (Bolivia, Arce arrested)
BOL_POLICE = actor("Bolivian Police", "BOL", "COP")
ARCE = actor("Luis Arce", "BOL", "CVL")
BOL_PROSECUTORS = actor("Public Prosecutor's Office of Bolivia", "BOL", "JUD")
BOL_JUDGE = actor("Bolivian anti-corruption judge", "BOL", "JUD")
ARCE_LAWYER = actor("lawyer of Luis Arce", "BOL", "CVL")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
MAS = actor("Movement for Socialism", "BOL", "PTY")
ARCE_SUPPORTERS = actor("supporters of Luis Arce", "BOL", "CVL")
BOL_JUDICIARY = actor("Bolivian judiciary", "BOL", "JUD")
MORALES = actor("Evo Morales", "BOL", "OPP")

L1 = "La Paz (dpa) - Boliviens früherer Präsident Luis Arce ist wegen mutmaßlicher Korruption festgenommen worden."
L2 = ("Polizisten nahmen den 62-Jährigen am Mittwoch in La Paz fest und brachten ihn zur Staatsanwaltschaft, wie "
      "Innenminister Marco Antonio Oviedo mitteilte.")
L3 = ("Die Ermittler werfen Arce vor, als Wirtschaftsminister unter Evo Morales die Veruntreuung von Geldern des "
      "staatlichen Fonds für indigene Gemeinden geduldet zu haben.")
L4 = ("Aus dem Fonds waren zwischen 2010 und 2015 Millionenbeträge für Projekte geflossen, die nie umgesetzt "
      "wurden.")
L5 = "Ein Richter ordnete am Donnerstag fünf Monate Untersuchungshaft im Gefängnis San Pedro in La Paz an."
L6 = "Arces Anwalt sprach von einer „politischen Rache“ der neuen Regierung."
L7 = ("Sein Mandant habe stets mit der Justiz zusammengearbeitet und nie versucht, sich dem Verfahren zu "
      "entziehen.")
L8 = "Präsident Rodrigo Paz, der Arce im November abgelöst hatte, wies den Vorwurf zurück."
L9 = "„In Bolivien steht niemand über dem Gesetz“, sagte der Mitte-rechts-Politiker vor Journalisten."
L10 = ("Arce hatte bei der Wahl im August nicht mehr kandidiert, nachdem seine Popularität wegen Treibstoffmangels "
       "und hoher Inflation eingebrochen war.")
L11 = ("Die Bewegung zum Sozialismus (MAS), die das Land fast 20 Jahre lang regiert hatte, rief ihre Anhänger zu "
       "Protesten auf.")
L12 = ("Einige Hundert Menschen zogen am Donnerstag vor den Justizpalast in La Paz und forderten Arces "
       "Freilassung.")
L13 = "Die Polizei setzte Tränengas ein, als Demonstranten versuchten, eine Absperrung zu durchbrechen."
L14 = ("Ex-Präsident Morales, der sich mit seinem früheren Minister überworfen hat, warf der Regierung vor, mit der "
       "Festnahme von der Wirtschaftskrise ablenken zu wollen.")
L15 = ("Gegen Morales selbst liegt seit dem vergangenen Jahr ein Haftbefehl wegen des Vorwurfs des Menschenhandels "
       "vor.")
L16 = "Er hält sich seitdem in seiner Hochburg in der Region Chapare auf."

DE04 = {
    "id": "hm426-de-04", "lang": "de", "url": None, "published": "2025-12-11",
    "title": "Boliviens Ex-Präsident Arce wegen Korruption festgenommen",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9, L10], [L11, L12, L13], [L14, L15, L16]),
    "events": [
        event("COERCE", BOL_POLICE, ARCE, L1, mode="arrest", location_country="BOL"),
        event("COERCE", BOL_POLICE, ARCE, L2, mode="arrest", date="2025-12-10", location="La Paz",
              location_country="BOL"),
        event("ACCUSE", BOL_PROSECUTORS, ARCE, L3, mode="allege"),
        event("COERCE", BOL_JUDGE, ARCE, L5, mode="arrest", date="2025-12-11", location="La Paz",
              location_country="BOL"),
        event("ACCUSE", ARCE_LAWYER, BOL_GOV, L6, mode="disapprove"),
        event("PROTEST", MAS, BOL_GOV, L11, mode="demo"),
        event("PROTEST", ARCE_SUPPORTERS, BOL_JUDICIARY, L12, mode="demo", date="2025-12-11", location="La Paz",
              location_country="BOL"),
        event("ASSAULT", BOL_POLICE, ARCE_SUPPORTERS, L13, mode="crowd-control"),
        event("ACCUSE", MORALES, BOL_GOV, L14, mode="allege"),
        event("THREATEN", BOL_JUDICIARY, MORALES, L15, mode="arrest"),
    ],
    "quotes": [
        quote("Polizisten nahmen den 62-Jährigen am Mittwoch in La Paz fest und brachten ihn zur Staatsanwaltschaft",
              "Marco Antonio Oviedo", "indirect"),
        quote("als Wirtschaftsminister unter Evo Morales die Veruntreuung von Geldern des staatlichen Fonds für "
              "indigene Gemeinden geduldet zu haben", "Public Prosecutor's Office of Bolivia", "indirect"),
        quote("politischen Rache", "lawyer of Luis Arce", "direct"),
        quote("Sein Mandant habe stets mit der Justiz zusammengearbeitet und nie versucht, sich dem Verfahren zu "
              "entziehen", "lawyer of Luis Arce", "indirect"),
        quote("In Bolivien steht niemand über dem Gesetz", "Rodrigo Paz", "direct"),
        quote("mit der Festnahme von der Wirtschaftskrise ablenken zu wollen", "Evo Morales", "indirect"),
    ],
    "entities": [
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Bolivia", "LOC", "BOL", ["Boliviens", "Bolivien", "das Land"]),
        entity("Luis Arce", "PER", "BOL",
               ["Boliviens früherer Präsident Luis Arce", "den 62-Jährigen", "ihn", "Arce", "Arces", "Sein Mandant",
                "seine", "seinem früheren Minister"]),
        entity("Bolivian Police", "ORG", "BOL", ["Polizisten", "Die Polizei"]),
        entity("Public Prosecutor's Office of Bolivia", "ORG", "BOL", ["zur Staatsanwaltschaft", "Die Ermittler"]),
        entity("Marco Antonio Oviedo", "PER", "BOL", ["Innenminister Marco Antonio Oviedo"]),
        entity("Evo Morales", "PER", "BOL", ["Evo Morales", "Ex-Präsident Morales", "Morales", "Er"]),
        entity("Indigenous Fund", "ORG", "BOL", ["des staatlichen Fonds für indigene Gemeinden", "dem Fonds"]),
        entity("Bolivian anti-corruption judge", "PER", "BOL", ["Ein Richter"]),
        entity("San Pedro prison", "LOC", "BOL", ["im Gefängnis San Pedro in La Paz"]),
        entity("lawyer of Luis Arce", "PER", "BOL", ["Arces Anwalt"]),
        entity("Government of Bolivia", "ORG", "BOL", ["der neuen Regierung", "der Regierung"]),
        entity("Bolivian judiciary", "ORG", "BOL", ["der Justiz"]),
        entity("Rodrigo Paz", "PER", "BOL", ["Präsident Rodrigo Paz", "der Mitte-rechts-Politiker"]),
        entity("Movement for Socialism", "ORG", "BOL", ["Die Bewegung zum Sozialismus (MAS)"]),
        entity("supporters of Luis Arce", "PER", "BOL", ["ihre Anhänger", "Einige Hundert Menschen",
                                                         "Demonstranten"]),
        entity("Palace of Justice of La Paz", "LOC", "BOL", ["den Justizpalast in La Paz"]),
        entity("Chapare", "LOC", "BOL", ["in der Region Chapare", "seiner Hochburg"]),
    ],
}

# ---------------------------------------------------------------- hm426-en-01 (Argentina/Iran, AMIA ruling)
ARG_CASSATION = actor("Federal Court of Criminal Cassation of Argentina", "ARG", "JUD")
IRAN_GOV = actor("Government of Iran", "IRN", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
MAHIQUES = actor("Carlos Mahiques", "ARG", "JUD")
MILEI_OFFICE = actor("Office of the President of Argentina", "ARG", "GOV")
MILEI = actor("Javier Milei", "ARG", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
ARG_JUDICIARY = actor("Judiciary of Argentina", "ARG", "JUD")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
KNOBLOVITS = actor("Jorge Knoblovits", "ARG", "NGO")
MEMORIA_ACTIVA = actor("Memoria Activa", "ARG", "NGO")
ARG_OFFICIALS = actor("Argentine officials", "ARG", "GOV")
ARG_PROSECUTORS = actor("Argentine prosecutors", "ARG", "JUD")
IRAN_SUSPECTS = actor("Iranian suspects in the AMIA bombing", "IRN", "GOV")
KIRCHNER_GOV = actor("Government of Argentina", "ARG", "GOV")
ARG_FED_COURT = actor("Argentine federal court", "ARG", "JUD")
NISMAN = actor("Alberto Nisman", "ARG", "JUD")
CFK = actor("Cristina Fernández de Kirchner", "ARG", "GOV")

A1 = ("BUENOS AIRES, April 12 (Reuters) - Argentina's top criminal court has ruled that Iran was behind the 1994 "
      "bombing of the AMIA Jewish community center in Buenos Aires, which killed 85 people, and the 1992 attack on "
      "Israel's embassy in the capital.")
A2 = ("The Federal Court of Criminal Cassation said in a ruling on Thursday that both attacks were planned by Iran's "
      "government and carried out by the Lebanese armed group Hezbollah.")
A3 = ("The judges classified the bombings as crimes against humanity, meaning they are not subject to a statute of "
      "limitations.")
A4 = ("\"Iran is a terrorist state,\" Judge Carlos Mahiques told Radio Mitre, adding that the ruling could open the "
      "way for victims' families to seek compensation.")
A5 = ("President Javier Milei's office welcomed the decision, saying in a statement that the ruling put an end to "
      "\"impunity\" after three decades.")
A6 = "Milei, a staunch ally of Israel, has promised to move Argentina's embassy in Israel to Jerusalem."
A7 = ("Iran's foreign ministry spokesman Nasser Kanaani rejected the ruling as \"baseless\" and accused Argentina's "
      "judiciary of serving \"the Zionist regime.\"")
A8 = "Tehran has always denied any involvement in the attacks."
A9 = "Israel's foreign ministry welcomed the ruling as \"a just and important decision.\""
A10 = ("Jorge Knoblovits, head of the Jewish umbrella group DAIA, called the ruling historic but said relatives of "
       "the victims were still waiting to see those responsible stand trial.")
A11 = ("Memoria Activa, a group representing some of the victims' families, accused Argentine officials of having "
       "derailed the investigation for years.")
A12 = ("Argentine prosecutors have sought the arrest of eight Iranians, among them current Interior Minister Ahmad "
       "Vahidi, since 2006.")
A13 = ("In 2013, the government of then-President Cristina Fernández de Kirchner agreed with Tehran to set up a "
       "joint truth commission, a deal that a federal court later struck down as unconstitutional.")
A14 = ("Prosecutor Alberto Nisman accused Fernández de Kirchner in January 2015 of using the deal to cover up Iran's "
       "role in the bombing.")
A15 = "He was found dead in his apartment days later, shot in the head."
A16 = "Fernández de Kirchner, who later served as vice president, denies the accusation."

EN01 = {
    "id": "hm426-en-01", "lang": "en", "url": None, "published": "2024-04-12",
    "title": "Argentine court rules Iran was behind AMIA bombing",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9], [A10, A11], [A12, A13, A14, A15, A16]),
    "events": [
        event("SANCTION", ARG_CASSATION, IRAN_GOV, A1, mode="convict", location="Buenos Aires",
              location_country="ARG"),
        event("SANCTION", ARG_CASSATION, IRAN_GOV, A2, mode="convict", date="2024-04-11"),
        event("SANCTION", ARG_CASSATION, HEZBOLLAH, A2, mode="convict", date="2024-04-11"),
        event("ACCUSE", MAHIQUES, IRAN_GOV, A4, mode="disapprove"),
        event("SUPPORT", MILEI_OFFICE, ARG_CASSATION, A5),
        event("AGREE", MILEI, ISR_GOV, A6),
        event("ACCUSE", KANAANI, ARG_JUDICIARY, A7, mode="allege"),
        event("SUPPORT", ISR_MFA, ARG_CASSATION, A9),
        event("SUPPORT", KNOBLOVITS, ARG_CASSATION, A10),
        event("ACCUSE", MEMORIA_ACTIVA, ARG_OFFICIALS, A11, mode="allege"),
        event("THREATEN", ARG_PROSECUTORS, IRAN_SUSPECTS, A12, mode="arrest"),
        event("AGREE", KIRCHNER_GOV, IRAN_GOV, A13),
        event("SANCTION", ARG_FED_COURT, KIRCHNER_GOV, A13, mode="convict"),
        event("ACCUSE", NISMAN, CFK, A14, mode="allege"),
    ],
    "quotes": [
        quote("both attacks were planned by Iran's government and carried out by the Lebanese armed group Hezbollah",
              "Federal Court of Criminal Cassation of Argentina", "indirect"),
        quote("Iran is a terrorist state", "Carlos Mahiques", "direct"),
        quote("the ruling could open the way for victims' families to seek compensation", "Carlos Mahiques",
              "indirect"),
        quote("impunity", "Office of the President of Argentina", "direct"),
        quote("the ruling put an end to \"impunity\" after three decades", "Office of the President of Argentina",
              "indirect"),
        quote("baseless", "Nasser Kanaani", "direct"),
        quote("the Zionist regime", "Nasser Kanaani", "direct"),
        quote("a just and important decision", "Ministry of Foreign Affairs of Israel", "direct"),
        quote("relatives of the victims were still waiting to see those responsible stand trial", "Jorge Knoblovits",
              "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["BUENOS AIRES", "Buenos Aires", "the capital"]),
        entity("Federal Court of Criminal Cassation of Argentina", "ORG", "ARG",
               ["Argentina's top criminal court", "The Federal Court of Criminal Cassation", "The judges"]),
        entity("Government of Iran", "ORG", "IRN", ["Iran", "Iran's government", "Tehran"]),
        entity("AMIA", "ORG", "ARG", ["the AMIA Jewish community center in Buenos Aires"]),
        entity("Embassy of Israel in Buenos Aires", "LOC", "ISR", ["Israel's embassy in the capital"]),
        entity("Hezbollah", "ORG", "LBN", ["the Lebanese armed group Hezbollah"]),
        entity("Carlos Mahiques", "PER", "ARG", ["Judge Carlos Mahiques"]),
        entity("Radio Mitre", "ORG", "ARG", ["Radio Mitre"]),
        entity("relatives of AMIA bombing victims", "PER", "ARG",
               ["victims' families", "relatives of the victims", "the victims' families"]),
        entity("Javier Milei", "PER", "ARG", ["President Javier Milei's", "Milei"]),
        entity("Office of the President of Argentina", "ORG", "ARG", ["President Javier Milei's office"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Embassy of Argentina in Israel", "LOC", "ARG", ["Argentina's embassy in Israel"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["Iran's foreign ministry"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Iran's foreign ministry spokesman Nasser Kanaani"]),
        entity("Judiciary of Argentina", "ORG", "ARG", ["Argentina's judiciary"]),
        entity("Government of Israel", "ORG", "ISR", ["the Zionist regime"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Israel's foreign ministry"]),
        entity("Jorge Knoblovits", "PER", "ARG", ["Jorge Knoblovits, head of the Jewish umbrella group DAIA"]),
        entity("DAIA", "ORG", "ARG", ["the Jewish umbrella group DAIA"]),
        entity("Memoria Activa", "ORG", "ARG", ["Memoria Activa", "a group representing some of the victims' "
                                                                  "families"]),
        entity("Argentine officials", "PER", "ARG", ["Argentine officials"]),
        entity("Argentine prosecutors", "ORG", "ARG", ["Argentine prosecutors"]),
        entity("Iranian suspects in the AMIA bombing", "PER", "IRN", ["eight Iranians"]),
        entity("Ahmad Vahidi", "PER", "IRN", ["current Interior Minister Ahmad Vahidi"]),
        entity("Government of Argentina", "ORG", "ARG",
               ["the government of then-President Cristina Fernández de Kirchner"]),
        entity("Cristina Fernández de Kirchner", "PER", "ARG",
               ["then-President Cristina Fernández de Kirchner", "Fernández de Kirchner"]),
        entity("Argentine federal court", "ORG", "ARG", ["a federal court"]),
        entity("Alberto Nisman", "PER", "ARG", ["Prosecutor Alberto Nisman", "He", "his"]),
    ],
}

# ---------------------------------------------------------------- hm426-en-02 (Peru, Boluarte's brother arrested)
PERU_POLICE = actor("National Police of Peru", "PER", "COP")
NICANOR = actor("Nicanor Boluarte", "PER", "CVL")
CASTANEDA = actor("Mateo Castañeda", "PER", "CVL")
CONCEPCION = actor("Richard Concepción Carhuancho", "PER", "JUD")
PERU_PROSECUTORS = actor("Public Ministry of Peru", "PER", "JUD")
COLCHADO = actor("Harvey Colchado", "PER", "COP")
DINA = actor("Dina Boluarte", "PER", "GOV")
PERU_LEFT_LAWMAKERS = actor("leftist lawmakers of Peru", "PER", "LEG")
PERU_CONGRESS = actor("Congress of Peru", "PER", "LEG")
CASTILLO = actor("Pedro Castillo", "PER", "GOV")

N1 = ("LIMA, Peru (AP) — Peruvian police on Saturday arrested the brother and the lawyer of President Dina Boluarte "
      "in an influence-peddling investigation, deepening the legal troubles of the unpopular leader.")
N2 = ("Judge Richard Concepción Carhuancho had ordered Nicanor Boluarte and attorney Mateo Castañeda held for 10 "
      "days at the request of prosecutors.")
N3 = ("Prosecutors allege that the president's brother led a network that handed out posts as regional and district "
      "prefects in exchange for signatures to register a new political party.")
N4 = ("They accuse Castañeda of pressuring police officers to weaken the special unit that was investigating the "
      "case.")
N5 = "Officers also searched homes and offices linked to the two men in Lima, according to the Interior Ministry."
N6 = ("Interior Minister Walter Ortiz said the government had not interfered in the operation and would not do "
      "so.")
N7 = ("Col. Harvey Colchado, the officer who leads the special unit, also headed the search of the president's home "
      "in March in an investigation into undeclared Rolex watches she had worn in public.")
N8 = ("Boluarte, who has denied wrongdoing in the Rolex case, accused prosecutors of attacking her family to "
      "destabilize her government.")
N9 = ("\"They want to break me through my family, but they will not succeed,\" she said in a televised address from "
      "the government palace.")
N10 = ("Nicanor Boluarte's lawyer said his client was innocent and had always made himself available to "
       "prosecutors.")
N11 = "Prosecutors have not named the president herself as a suspect in the case."
N12 = ("Under Peru's constitution, a sitting president can be charged with only a handful of crimes while in "
       "office.")
N13 = ("Several leftist lawmakers filed a motion in Congress to remove Boluarte for \"permanent moral incapacity,\" "
       "though it is unlikely to win the required votes.")
N14 = ("Boluarte took office in December 2022 after Congress removed her predecessor, Pedro Castillo, who had tried "
       "to dissolve the legislature.")
N15 = "Her approval rating has since fallen to single digits."

EN02 = {
    "id": "hm426-en-02", "lang": "en", "url": None, "published": "2024-05-11",
    "title": "Peru police arrest president's brother and lawyer in influence-peddling probe",
    "text": paragraphs([N1, N2], [N3, N4], [N5, N6, N7], [N8, N9, N10], [N11, N12, N13], [N14, N15]),
    "events": [
        event("COERCE", PERU_POLICE, NICANOR, N1, mode="arrest", date="2024-05-11", location="Lima",
              location_country="PER"),
        event("COERCE", PERU_POLICE, CASTANEDA, N1, mode="arrest", date="2024-05-11", location="Lima",
              location_country="PER"),
        event("COERCE", CONCEPCION, NICANOR, N2, mode="arrest"),
        event("COERCE", CONCEPCION, CASTANEDA, N2, mode="arrest"),
        event("REQUEST", PERU_PROSECUTORS, CONCEPCION, N2),
        event("ACCUSE", PERU_PROSECUTORS, NICANOR, N3, mode="allege"),
        event("ACCUSE", PERU_PROSECUTORS, CASTANEDA, N4, mode="allege"),
        event("COERCE", PERU_POLICE, NICANOR, N5, mode="seize", location="Lima", location_country="PER"),
        event("COERCE", PERU_POLICE, CASTANEDA, N5, mode="seize", location="Lima", location_country="PER"),
        event("COERCE", COLCHADO, DINA, N7, mode="seize"),
        event("ACCUSE", DINA, PERU_PROSECUTORS, N8, mode="allege"),
        event("ACCUSE", PERU_PROSECUTORS, DINA, N11, mode="allege", negated=True),
        event("ACCUSE", PERU_LEFT_LAWMAKERS, DINA, N13, mode="allege"),
        event("COERCE", PERU_CONGRESS, CASTILLO, N14, mode="restrict"),
    ],
    "quotes": [
        quote("the president's brother led a network that handed out posts as regional and district prefects in "
              "exchange for signatures to register a new political party", "Public Ministry of Peru", "indirect"),
        quote("Officers also searched homes and offices linked to the two men in Lima",
              "Ministry of the Interior of Peru", "indirect"),
        quote("the government had not interfered in the operation and would not do so", "Walter Ortiz",
              "indirect"),
        quote("They want to break me through my family, but they will not succeed", "Dina Boluarte", "direct"),
        quote("his client was innocent and had always made himself available to prosecutors",
              "lawyer of Nicanor Boluarte", "indirect"),
        quote("permanent moral incapacity", "leftist lawmakers of Peru", "direct"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["LIMA", "Lima"]),
        entity("Peru", "LOC", "PER", ["Peru", "Peru's"]),
        entity("National Police of Peru", "ORG", "PER", ["Peruvian police", "Officers"]),
        entity("Nicanor Boluarte", "PER", "PER",
               ["the brother", "Nicanor Boluarte", "the president's brother", "Nicanor Boluarte's", "his client",
                "himself"]),
        entity("Mateo Castañeda", "PER", "PER", ["the lawyer", "attorney Mateo Castañeda", "Castañeda"]),
        entity("Dina Boluarte", "PER", "PER",
               ["President Dina Boluarte", "the unpopular leader", "the president's", "she", "Boluarte", "her",
                "me", "the president herself", "Her"]),
        entity("Richard Concepción Carhuancho", "PER", "PER", ["Judge Richard Concepción Carhuancho"]),
        entity("Public Ministry of Peru", "ORG", "PER", ["prosecutors", "Prosecutors", "They"]),
        entity("special police unit", "ORG", "PER", ["the special unit"]),
        entity("Ministry of the Interior of Peru", "ORG", "PER", ["the Interior Ministry"]),
        entity("Walter Ortiz", "PER", "PER", ["Interior Minister Walter Ortiz"]),
        entity("Government of Peru", "ORG", "PER", ["the government", "her government"]),
        entity("Harvey Colchado", "PER", "PER", ["Col. Harvey Colchado, the officer who leads the special unit"]),
        entity("Rolex", "ORG", "CHE", ["Rolex"]),
        entity("Government Palace of Peru", "LOC", "PER", ["the government palace"]),
        entity("lawyer of Nicanor Boluarte", "PER", "PER", ["Nicanor Boluarte's lawyer"]),
        entity("leftist lawmakers of Peru", "PER", "PER", ["Several leftist lawmakers"]),
        entity("Congress of Peru", "ORG", "PER", ["Congress", "the legislature"]),
        entity("Pedro Castillo", "PER", "PER", ["her predecessor, Pedro Castillo"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
