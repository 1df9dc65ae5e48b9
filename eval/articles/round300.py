"""Round 300: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm300-de-01: Argentina: Milei dismisses disability agency chief Diego Spagnuolo over leaked bribery audios naming Karina Milei; police raids at Suizo Argentina, phone seized, no arrests, Adorni pledges cooperation, Germán Martínez demands Karina Milei appear in Congress, relatives protest, earlier veto and override, Milei calls it a lie and threatens to sue (2025-08-22).
- hm300-de-02: Peru: after 13 abducted mine security guards are found dead in Pataz, Boluarte's government suspends mining and imposes a curfew, troops sent to Tayabamba, prosecutors investigate, La Poderosa blames the state, censure motion against Adrianzén, Ruth Luque accuses, Adrianzén refuses to resign (2025-05-05).
- hm300-de-03: Chile: Boric admits mistakes after deputy interior minister Manuel Monsalve resigns over a rape complaint; prosecutors investigate, PDI searches his office, opposition alleges a cover-up, Republicans announce an impeachment bid against Tohá, Squella demands her resignation, Boric backs Tohá (2024-10-19).
- hm300-de-04: Mexico: Sheinbaum files a complaint after a man gropes her on a Mexico City street; arrest, prosecutors investigate, she urges all states to criminalise harassment, PAN leader Jorge Romero criticises security and she refuses more bodyguards, women protest at the National Palace, US ambassador Johnson expresses solidarity (2025-11-05).
- hm300-en-01: Mexico/United States: Washington designates the Sinaloa Cartel, the CJNG and Tren de Aragua as foreign terrorist organisations; Sheinbaum proposes a sovereignty amendment and rejects intervention, diplomatic note, drone flights at Mexico's request, National Guard at the border, Ebrard meets Lutnick, PAN and Morena trade accusations (2025-02-20).
- hm300-en-02: Brazil: Moraes orders an ankle monitor and restrictions for Jair Bolsonaro, police search his home and seize cash; Rubio revokes the visas of Moraes and his allies, Lula backs Moraes, Eduardo Bolsonaro praises Rubio, supporters rally in Brasília (2025-07-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm300-de-01 (Argentina, Spagnuolo audios)
MILEI = actor("Javier Milei", "ARG", "GOV")
SPAGNUOLO = actor("Diego Spagnuolo", "ARG", "GOV")
KARINA = actor("Karina Milei", "ARG", "GOV")
ARG_POLICE = actor("Argentine Federal Police", "ARG", "COP")
SUIZO = actor("Suizo Argentina", "ARG", "BUS")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
ARG_JUDICIARY = actor("Argentine judiciary", "ARG", "JUD")
GMARTINEZ = actor("Germán Martínez", "ARG", "OPP")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
ANDIS_PROTESTERS = actor("relatives of people with disabilities", "ARG", "CVL")
ARG_CONGRESS = actor("National Congress of Argentina", "ARG", "LEG")
ARG_DEPUTIES = actor("Argentine Chamber of Deputies", "ARG", "LEG")

A1 = ("Buenos Aires (dpa) - Argentiniens Präsident Javier Milei hat den Leiter der nationalen Behindertenagentur "
      "Andis, Diego Spagnuolo, nach der Veröffentlichung mutmaßlicher Tonaufnahmen über Schmiergeldzahlungen "
      "entlassen.")
A2 = ("In den Mitschnitten, die ein Streamingkanal verbreitet hatte, spricht eine Stimme, die Spagnuolo "
      "zugeschrieben wird, über Bestechungsgelder beim Einkauf von Medikamenten.")
A3 = ("Die Stimme sagt darin, drei Prozent der Zahlungen gingen an die Schwester des Präsidenten, "
      "Generalsekretärin Karina Milei.")
A4 = ("Am Freitag durchsuchten Beamte der Bundespolizei auf Anordnung von Staatsanwalt Franco Picardi mehr als "
      "ein Dutzend Wohnungen und Büros in Buenos Aires, darunter die Räume des Pharmahändlers Suizo Argentina.")
A6 = "Auch Spagnuolos Mobiltelefon wurde beschlagnahmt, festgenommen wurde bislang niemand."
A7 = ("Präsidentensprecher Manuel Adorni sagte, die Regierung habe „sofort gehandelt“ und werde mit der Justiz "
      "zusammenarbeiten.")
A8 = "Zu den Vorwürfen gegen Karina Milei äußerte er sich nicht."
A9 = ("Der Fraktionschef des peronistischen Bündnisses Unión por la Patria im Abgeordnetenhaus, Germán Martínez, "
      "forderte, Karina Milei müsse im Kongress Rede und Antwort stehen.")
A10 = "„Das ist kein Einzelfall, das ist ein System“, sagte der Abgeordnete."
A11 = ("Vor dem Sitz der Behörde in Buenos Aires protestierten am Freitag Dutzende Angehörige von Menschen mit "
       "Behinderung.")
A12 = ("Sie warfen der Regierung vor, bei Renten und Hilfen für Behinderte zu kürzen, während sich Beamte "
       "bereicherten.")
A13 = ("Milei hatte Anfang August ein vom Kongress beschlossenes Gesetz zur Aufstockung der Behindertenhilfen per "
       "Veto gestoppt.")
A14 = ("Das Abgeordnetenhaus überstimmte das Veto am Mittwoch mit Zweidrittelmehrheit, die Abstimmung im Senat "
       "steht noch aus.")
A15 = "Spagnuolo, ein langjähriger Vertrauter und früherer Anwalt Mileis, äußerte sich zunächst nicht."
A16 = ("Der Skandal trifft die Regierung wenige Wochen vor der Parlamentswahl in der Provinz Buenos Aires am "
       "7. September.")
A17 = ("Milei selbst sagte am Abend in einem Fernsehinterview, alles, was Spagnuolo gesagt habe, sei „eine Lüge“, "
       "und kündigte an, ihn zu verklagen.")

DE01 = {
    "id": "hm300-de-01", "lang": "de", "url": None, "published": "2025-08-22",
    "title": "Schmiergeld-Audios: Milei entlässt Chef der Behindertenagentur",
    "text": paragraphs([A1, A2, A3], [A4, A6], [A7, A8, A9, A10], [A11, A12, A13, A14],
                       [A15, A16, A17]),
    "events": [
        event("ACCUSE", SPAGNUOLO, KARINA, A3, mode="allege"),
        event("COERCE", ARG_POLICE, SUIZO, A4, mode="seize", date="2025-08-22", location="Buenos Aires",
              location_country="ARG"),
        event("COERCE", ARG_POLICE, SPAGNUOLO, A6, mode="seize"),
        event("COERCE", ARG_POLICE, None, A6, mode="arrest", negated=True),
        event("AGREE", ADORNI, ARG_JUDICIARY, A7),
        event("REQUEST", GMARTINEZ, KARINA, A9, mode="meet"),
        event("ACCUSE", GMARTINEZ, ARG_GOV, A10, mode="disapprove"),
        event("PROTEST", ANDIS_PROTESTERS, ARG_GOV, A11, mode="demo", date="2025-08-22",
              location="Buenos Aires", location_country="ARG"),
        event("ACCUSE", ANDIS_PROTESTERS, ARG_GOV, A12, mode="allege"),
        event("REJECT", MILEI, ARG_CONGRESS, A13, mode="change"),
        event("REJECT", ARG_DEPUTIES, MILEI, A14, mode="change", date="2025-08-20"),
        event("ACCUSE", MILEI, SPAGNUOLO, A17, mode="disapprove"),
        event("THREATEN", MILEI, SPAGNUOLO, A17),
    ],
    "quotes": [
        quote("drei Prozent der Zahlungen gingen an die Schwester des Präsidenten, Generalsekretärin Karina Milei",
              "Diego Spagnuolo", "indirect"),
        quote("sofort gehandelt", "Manuel Adorni", "direct"),
        quote("die Regierung habe „sofort gehandelt“ und werde mit der Justiz zusammenarbeiten", "Manuel Adorni",
              "indirect"),
        quote("Karina Milei müsse im Kongress Rede und Antwort stehen", "Germán Martínez", "indirect"),
        quote("Das ist kein Einzelfall, das ist ein System", "Germán Martínez", "direct"),
        quote("bei Renten und Hilfen für Behinderte zu kürzen, während sich Beamte bereicherten",
              "relatives of people with disabilities", "indirect"),
        quote("eine Lüge", "Javier Milei", "direct"),
        quote("alles, was Spagnuolo gesagt habe, sei „eine Lüge“", "Javier Milei", "indirect"),
        quote("ihn zu verklagen", "Javier Milei", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Javier Milei", "PER", "ARG", ["Argentiniens Präsident Javier Milei", "des Präsidenten", "Mileis",
                                              "Milei"]),
        entity("Argentina", "LOC", "ARG", ["Argentiniens"]),
        entity("National Disability Agency (ANDIS)", "ORG", "ARG", ["der nationalen Behindertenagentur Andis",
                                                                   "der Behörde"]),
        entity("Diego Spagnuolo", "PER", "ARG", ["Diego Spagnuolo", "Spagnuolo", "Spagnuolos"]),
        entity("Karina Milei", "PER", "ARG", ["Generalsekretärin Karina Milei", "Karina Milei",
                                              "die Schwester des Präsidenten"]),
        entity("Argentine Federal Police", "ORG", "ARG", ["Beamte der Bundespolizei"]),
        entity("Franco Picardi", "PER", "ARG", ["Staatsanwalt Franco Picardi"]),
        entity("Suizo Argentina", "ORG", "ARG", ["des Pharmahändlers Suizo Argentina"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni"]),
        entity("Government of Argentina", "ORG", "ARG", ["die Regierung", "der Regierung"]),
        entity("Argentine judiciary", "ORG", "ARG", ["der Justiz"]),
        entity("Unión por la Patria", "ORG", "ARG", ["des peronistischen Bündnisses Unión por la Patria"]),
        entity("Argentine Chamber of Deputies", "ORG", "ARG", ["im Abgeordnetenhaus", "Das Abgeordnetenhaus"]),
        entity("Germán Martínez", "PER", "ARG", ["Germán Martínez", "der Abgeordnete"]),
        entity("National Congress of Argentina", "ORG", "ARG", ["im Kongress", "vom Kongress"]),
        entity("relatives of people with disabilities", "PER", "ARG",
               ["Dutzende Angehörige von Menschen mit Behinderung"]),
        entity("Argentine Senate", "ORG", "ARG", ["im Senat"]),
        entity("Buenos Aires Province", "LOC", "ARG", ["der Provinz Buenos Aires"]),
    ],
}

# ---------------------------------------------------------------- hm300-de-02 (Peru, Pataz killings)
PER_GOV = actor("Government of Peru", "PER", "GOV")
PER_ARMY = actor("Peruvian Army", "PER", "MIL")
PATAZ_KIDNAPPERS = actor("gunmen who abducted the Pataz mine guards", "PER", "CVL")
PATAZ_GUARDS = actor("security guards of R&R working for La Poderosa", "PER", "CVL")
PER_POLICE = actor("National Police of Peru", "PER", "COP")
PATAZ_GANG = actor("illegal mining gang of Miguel Rodríguez Díaz", "PER", "CVL")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
ILLEGAL_GANGS = actor("criminal gangs in Pataz", "PER", "CVL")
PER_ARMED_FORCES = actor("Armed Forces of Peru", "PER", "MIL")
PER_PROSECUTORS = actor("Public Ministry of Peru", "PER", "JUD")
PODEROSA = actor("Compañía Minera Poderosa", "PER", "BUS")
PER_LEGISLATORS = actor("members of the Congress of Peru", "PER", "LEG")
ADRIANZEN = actor("Gustavo Adrianzén", "PER", "GOV")
LUQUE = actor("Ruth Luque", "PER", "LEG")
PER_CONGRESS = actor("Congress of Peru", "PER", "LEG")

B1 = ("Lima (AFP) - Nach dem Fund von 13 ermordeten Wachleuten einer Goldmine hat Perus Regierung den Bergbau in "
      "der Provinz Pataz für 30 Tage ausgesetzt und eine nächtliche Ausgangssperre verhängt.")
B2 = ("Die Männer, Angestellte einer für das Bergbauunternehmen La Poderosa tätigen Sicherheitsfirma, waren am "
      "26. April von Bewaffneten verschleppt worden.")
B3 = "Ihre Leichen wurden am Sonntag in einem Stollen entdeckt."
B4 = ("Die Polizei macht eine Bande illegaler Goldschürfer um den flüchtigen Miguel Rodríguez Díaz für die Tat "
      "verantwortlich.")
B5 = "„Wir werden nicht zulassen, dass kriminelle Banden den Staat herausfordern“, sagte Präsidentin Dina Boluarte."
B6 = ("Die 62-Jährige ordnete an, dass die Streitkräfte die Kontrolle über die öffentliche Ordnung in der Provinz "
      "übernehmen.")
B7 = ("Erste Armeeeinheiten trafen am Montag in der Provinzhauptstadt Tayabamba ein, teilte das "
      "Verteidigungsministerium in Lima mit.")
B8 = "Die Staatsanwaltschaft leitete Ermittlungen wegen Mordes ein."
B9 = ("Das Unternehmen La Poderosa warf den Behörden vor, Warnungen vor der wachsenden Gewalt in der Region seit "
      "Jahren ignoriert zu haben.")
B10 = "Seit 2020 seien in den Stollen der Firma 39 Menschen getötet worden, hieß es in einer Erklärung."
B11 = ("Im Kongress beantragten Abgeordnete mehrerer Fraktionen ein Misstrauensvotum gegen Ministerpräsident "
       "Gustavo Adrianzén.")
B12 = ("Die Regierung habe die Provinz trotz eines seit Monaten geltenden Ausnahmezustands den Banden überlassen, "
       "sagte die linke Abgeordnete Ruth Luque.")
B13 = "Adrianzén wies die Vorwürfe zurück und lehnte einen Rücktritt ab."
B14 = ("In Pataz, einer der wichtigsten Goldregionen des Landes, kämpfen seit Jahren bewaffnete Gruppen um die "
       "Kontrolle über die Stollen.")
B15 = ("Tausende Kleinschürfer arbeiten dort ohne Genehmigung und verkaufen ihr Gold an Zwischenhändler, die es "
       "nach Lima bringen.")

DE02 = {
    "id": "hm300-de-02", "lang": "de", "url": None, "published": "2025-05-05",
    "title": "Peru setzt nach Mord an 13 Wachleuten Bergbau in Pataz aus",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10], [B11, B12, B13], [B14, B15]),
    "events": [
        event("COERCE", PER_GOV, None, B1, mode="ban", location="Pataz", location_country="PER"),
        event("ASSAULT", PATAZ_KIDNAPPERS, PATAZ_GUARDS, B2, mode="abduct", date="2025-04-26",
              location="Pataz", location_country="PER"),
        event("ACCUSE", PER_POLICE, PATAZ_GANG, B4, mode="allege"),
        event("THREATEN", BOLUARTE, ILLEGAL_GANGS, B5),
        event("MOBILIZE", PER_ARMED_FORCES, None, B6, mode="troops", location="Pataz", location_country="PER"),
        event("MOBILIZE", PER_ARMY, None, B7, mode="troops", date="2025-05-05", location="Tayabamba",
              location_country="PER"),
        event("ACCUSE", PER_PROSECUTORS, PATAZ_KIDNAPPERS, B8, mode="investigate"),
        event("ACCUSE", PODEROSA, PER_GOV, B9, mode="disapprove"),
        event("REQUEST", PER_LEGISLATORS, ADRIANZEN, B11, mode="change"),
        event("ACCUSE", LUQUE, PER_GOV, B12, mode="disapprove"),
        event("REJECT", ADRIANZEN, PER_LEGISLATORS, B13, mode="change"),
    ],
    "quotes": [
        quote("Wir werden nicht zulassen, dass kriminelle Banden den Staat herausfordern", "Dina Boluarte", "direct"),
        quote("dass die Streitkräfte die Kontrolle über die öffentliche Ordnung in der Provinz übernehmen",
              "Dina Boluarte", "indirect"),
        quote("Erste Armeeeinheiten trafen am Montag in der Provinzhauptstadt Tayabamba ein",
              "Ministry of Defense of Peru", "indirect"),
        quote("Warnungen vor der wachsenden Gewalt in der Region seit Jahren ignoriert zu haben",
              "Compañía Minera Poderosa", "indirect"),
        quote("Seit 2020 seien in den Stollen der Firma 39 Menschen getötet worden", "Compañía Minera Poderosa",
              "indirect"),
        quote("Die Regierung habe die Provinz trotz eines seit Monaten geltenden Ausnahmezustands den Banden "
              "überlassen", "Ruth Luque", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Government of Peru", "ORG", "PER", ["Perus Regierung", "den Behörden", "Die Regierung",
                                                    "den Staat"]),
        entity("Peru", "LOC", "PER", ["Perus", "des Landes"]),
        entity("Pataz Province", "LOC", "PER", ["der Provinz Pataz", "der Provinz", "der Region", "Pataz",
                                                "die Provinz"]),
        entity("security guards of R&R working for La Poderosa", "PER", "PER",
               ["13 ermordeten Wachleuten einer Goldmine", "Die Männer"]),
        entity("Compañía Minera Poderosa", "ORG", "PER", ["das Bergbauunternehmen La Poderosa",
                                                          "Das Unternehmen La Poderosa", "der Firma"]),
        entity("gunmen who abducted the Pataz mine guards", "PER", "PER", ["Bewaffneten"]),
        entity("National Police of Peru", "ORG", "PER", ["Die Polizei"]),
        entity("illegal mining gang of Miguel Rodríguez Díaz", "ORG", "PER",
               ["eine Bande illegaler Goldschürfer"]),
        entity("Miguel Rodríguez Díaz", "PER", "PER", ["den flüchtigen Miguel Rodríguez Díaz"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte", "Die 62-Jährige"]),
        entity("Armed Forces of Peru", "ORG", "PER", ["die Streitkräfte"]),
        entity("Peruvian Army", "ORG", "PER", ["Erste Armeeeinheiten"]),
        entity("Tayabamba", "LOC", "PER", ["der Provinzhauptstadt Tayabamba"]),
        entity("Ministry of Defense of Peru", "ORG", "PER", ["das Verteidigungsministerium"]),
        entity("Public Ministry of Peru", "ORG", "PER", ["Die Staatsanwaltschaft"]),
        entity("Congress of Peru", "ORG", "PER", ["Im Kongress"]),
        entity("members of the Congress of Peru", "PER", "PER", ["Abgeordnete mehrerer Fraktionen"]),
        entity("Gustavo Adrianzén", "PER", "PER", ["Ministerpräsident Gustavo Adrianzén", "Adrianzén"]),
        entity("Ruth Luque", "PER", "PER", ["die linke Abgeordnete Ruth Luque"]),
    ],
}

# ---------------------------------------------------------------- hm300-de-03 (Chile, Monsalve resignation)
BORIC = actor("Gabriel Boric", "CHL", "GOV")
MONSALVE = actor("Manuel Monsalve", "CHL", "GOV")
MONSALVE_ACCUSER = actor("employee of the Chilean Interior Ministry who accused Manuel Monsalve", "CHL", "CVL")
CHL_PROSECUTORS = actor("Public Prosecutor's Office of Chile", "CHL", "JUD")
PDI = actor("Investigations Police of Chile", "CHL", "COP")
CHL_OPP = actor("Chilean opposition", "CHL", "OPP")
REPUBLICANS = actor("Republican Party of Chile", "CHL", "OPP")
TOHA = actor("Carolina Tohá", "CHL", "GOV")
SQUELLA = actor("Arturo Squella", "CHL", "OPP")
ORELLANA = actor("Antonia Orellana", "CHL", "GOV")

C1 = ("Santiago de Chile (dpa) - Chiles Präsident Gabriel Boric hat nach dem Rücktritt seines Vize-Innenministers "
      "wegen einer Vergewaltigungsanzeige Fehler im Umgang mit dem Fall eingeräumt.")
C2 = ("Er habe von der Anzeige gegen Manuel Monsalve bereits am Dienstag erfahren und ihn dennoch zwei Tage im "
      "Amt gelassen, sagte Boric am Samstag in einer fast dreistündigen Pressekonferenz im Präsidentenpalast La "
      "Moneda.")
C3 = "„Ich hätte anders handeln können“, sagte der 38-Jährige."
C4 = ("Eine Mitarbeiterin des Innenministeriums hatte Monsalve angezeigt, sie nach einem Abendessen in einem "
      "Hotel in Santiago vergewaltigt zu haben.")
C5 = "Monsalve, der für die innere Sicherheit zuständig war, trat am Donnerstag zurück."
C6 = "Der 50-Jährige bestreitet die Vorwürfe."
C7 = "Die Staatsanwaltschaft ermittelt gegen ihn wegen Vergewaltigung und Freiheitsberaubung."
C8 = ("Beamte der Kriminalpolizei PDI durchsuchten am Freitag sein Büro im Regierungsviertel und beschlagnahmten "
      "sein Mobiltelefon.")
C9 = "Die Opposition warf Boric vor, den Fall vertuschen zu wollen."
C10 = ("Die rechtsgerichtete Republikanische Partei kündigte eine Verfassungsklage gegen Innenministerin Carolina "
       "Tohá an.")
C11 = "Tohá habe Monsalve gedeckt und müsse zurücktreten, sagte der Parteivorsitzende Arturo Squella."
C12 = "Tohá wies dies zurück und lehnte einen Rücktritt ab."
C14 = "„Carolina Tohá hat mein volles Vertrauen“, sagte Boric über seine Ministerin."
C15 = ("Frauenministerin Antonia Orellana sagte, die Regierung stehe an der Seite der Frau, die Anzeige erstattet "
       "habe.")
C16 = "Monsalve war seit Borics Amtsantritt im März 2022 einer der wichtigsten Männer der Regierung."

DE03 = {
    "id": "hm300-de-03", "lang": "de", "url": None, "published": "2024-10-19",
    "title": "Vergewaltigungsvorwurf gegen Vize-Innenminister: Boric räumt Fehler ein",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7, C8], [C9, C10, C11, C12], [C14, C15, C16]),
    "events": [
        event("CONCEDE", BORIC, None, C1),
        event("CONCEDE", BORIC, None, C3),
        event("ACCUSE", MONSALVE_ACCUSER, MONSALVE, C4, mode="allege"),
        event("RETREAT", MONSALVE, None, C5, mode="resign", date="2024-10-17"),
        event("ACCUSE", CHL_PROSECUTORS, MONSALVE, C7, mode="investigate"),
        event("COERCE", PDI, MONSALVE, C8, mode="seize", date="2024-10-18"),
        event("ACCUSE", CHL_OPP, BORIC, C9, mode="allege"),
        event("THREATEN", REPUBLICANS, TOHA, C10),
        event("ACCUSE", SQUELLA, TOHA, C11, mode="allege"),
        event("REQUEST", SQUELLA, TOHA, C11, mode="change"),
        event("REJECT", TOHA, SQUELLA, C12, mode="change"),
        event("SUPPORT", BORIC, TOHA, C14),
        event("SUPPORT", ORELLANA, MONSALVE_ACCUSER, C15),
    ],
    "quotes": [
        quote("Er habe von der Anzeige gegen Manuel Monsalve bereits am Dienstag erfahren und ihn dennoch zwei Tage "
              "im Amt gelassen", "Gabriel Boric", "indirect"),
        quote("Ich hätte anders handeln können", "Gabriel Boric", "direct"),
        quote("sie nach einem Abendessen in einem Hotel in Santiago vergewaltigt zu haben",
              "employee of the Chilean Interior Ministry who accused Manuel Monsalve", "indirect"),
        quote("den Fall vertuschen zu wollen", "Chilean opposition", "indirect"),
        quote("Tohá habe Monsalve gedeckt und müsse zurücktreten", "Arturo Squella", "indirect"),
        quote("Carolina Tohá hat mein volles Vertrauen", "Gabriel Boric", "direct"),
        quote("die Regierung stehe an der Seite der Frau, die Anzeige erstattet habe", "Antonia Orellana",
              "indirect"),
    ],
    "entities": [
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile", "Santiago"]),
        entity("Gabriel Boric", "PER", "CHL", ["Chiles Präsident Gabriel Boric", "Boric", "der 38-Jährige",
                                               "Borics"]),
        entity("Chile", "LOC", "CHL", ["Chiles"]),
        entity("Manuel Monsalve", "PER", "CHL", ["seines Vize-Innenministers", "Manuel Monsalve", "Monsalve",
                                                 "Der 50-Jährige"]),
        entity("La Moneda Palace", "LOC", "CHL", ["im Präsidentenpalast La Moneda"]),
        entity("employee of the Chilean Interior Ministry who accused Manuel Monsalve", "PER", "CHL",
               ["Eine Mitarbeiterin des Innenministeriums", "der Frau, die Anzeige erstattet habe"]),
        entity("Ministry of the Interior of Chile", "ORG", "CHL", ["des Innenministeriums"]),
        entity("Public Prosecutor's Office of Chile", "ORG", "CHL", ["Die Staatsanwaltschaft"]),
        entity("Investigations Police of Chile", "ORG", "CHL", ["Beamte der Kriminalpolizei PDI"]),
        entity("Chilean opposition", "ORG", "CHL", ["Die Opposition"]),
        entity("Republican Party of Chile", "ORG", "CHL", ["Die rechtsgerichtete Republikanische Partei"]),
        entity("Carolina Tohá", "PER", "CHL", ["Innenministerin Carolina Tohá", "Tohá", "seine Ministerin",
                                               "Carolina Tohá"]),
        entity("Arturo Squella", "PER", "CHL", ["der Parteivorsitzende Arturo Squella"]),
        entity("Antonia Orellana", "PER", "CHL", ["Frauenministerin Antonia Orellana"]),
        entity("Government of Chile", "ORG", "CHL", ["die Regierung", "der Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm300-de-04 (Mexico, Sheinbaum harassed)
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
HARASSER = actor("man who harassed Claudia Sheinbaum", "MEX", "CVL")
CDMX_POLICE = actor("Mexico City police", "MEX", "COP")
CDMX_PROSECUTORS = actor("Attorney General's Office of Mexico City", "MEX", "JUD")
MEX_STATES = actor("governments of the Mexican states", "MEX", "GOV")
ROMERO = actor("Jorge Romero", "MEX", "OPP")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
MEX_WOMEN_PROTESTERS = actor("women protesters in Mexico City", "MEX", "CVL")
RJOHNSON = actor("Ronald Johnson", "USA", "GOV")

D1 = ("Mexiko-Stadt (dpa) - Mexikos Präsidentin Claudia Sheinbaum hat nach einer sexuellen Belästigung auf "
      "offener Straße Anzeige gegen den mutmaßlichen Täter erstattet.")
D2 = ("Ein Mann hatte die 63-Jährige am Dienstag auf dem Weg vom Nationalpalast zum Bildungsministerium von "
      "hinten umarmt, sie an der Brust berührt und versucht, sie auf den Hals zu küssen.")
D3 = "Ein Mitarbeiter ihres Teams zog ihn weg."
D4 = "Polizisten der Hauptstadt nahmen den Mann wenig später fest."
D5 = ("„Was ich erlebt habe, erleben viele Frauen in unserem Land jeden Tag“, sagte Sheinbaum am Mittwoch bei "
      "ihrer morgendlichen Pressekonferenz.")
D6 = ("Sie habe Anzeige erstattet, damit sich kein Mann mehr berechtigt fühle, den persönlichen Raum einer Frau "
      "zu verletzen, fügte sie hinzu.")
D7 = ("Die Staatsanwaltschaft von Mexiko-Stadt teilte mit, gegen den Mann werde wegen sexueller Belästigung "
      "ermittelt.")
D8 = "Er soll am selben Tag bereits eine andere Frau in der Innenstadt belästigt haben."
D9 = ("Sheinbaum forderte alle 32 Bundesstaaten auf, sexuelle Belästigung in ihren Strafgesetzbüchern als "
      "Straftat zu verankern.")
D10 = ("Der Vorsitzende der konservativen Oppositionspartei PAN, Jorge Romero, warf der Regierung vor, nicht "
       "einmal die Präsidentin schützen zu können.")
D11 = "Romero verlangte, die Staatschefin müsse künftig von mehr Leibwächtern begleitet werden."
D12 = "Sheinbaum lehnte dies ab: „Ich werde weiterhin nah bei den Menschen sein“."
D13 = ("Sie hatte bei ihrem Amtsantritt im Oktober 2024 auf die Eliteeinheit des Militärs zum Schutz des "
       "Präsidenten verzichtet, wie schon ihr Vorgänger Andrés Manuel López Obrador.")
D14 = ("Am Mittwochabend versammelten sich Dutzende Frauen vor dem Nationalpalast, um gegen sexuelle Gewalt zu "
       "protestieren.")
D15 = "Sie forderten schärfere Strafen für Belästigung."
D16 = "Der US-Botschafter in Mexiko, Ronald Johnson, sprach der Präsidentin seine Solidarität aus."
D17 = "Ein Richter soll in den kommenden Tagen über die Anklage entscheiden."

DE04 = {
    "id": "hm300-de-04", "lang": "de", "url": None, "published": "2025-11-05",
    "title": "Nach Belästigung auf der Straße: Sheinbaum erstattet Anzeige",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8, D9], [D10, D11, D12, D13], [D14, D15, D16, D17]),
    "events": [
        event("ACCUSE", SHEINBAUM, HARASSER, D1, mode="allege"),
        event("ASSAULT", HARASSER, SHEINBAUM, D2, mode="sexual", date="2025-11-04", location="Mexico City",
              location_country="MEX"),
        event("COERCE", CDMX_POLICE, HARASSER, D4, mode="arrest", location="Mexico City", location_country="MEX"),
        event("ACCUSE", SHEINBAUM, HARASSER, D6, mode="allege"),
        event("ACCUSE", CDMX_PROSECUTORS, HARASSER, D7, mode="investigate"),
        event("REQUEST", SHEINBAUM, MEX_STATES, D9, mode="change"),
        event("ACCUSE", ROMERO, MEX_GOV, D10, mode="disapprove"),
        event("REQUEST", ROMERO, SHEINBAUM, D11, mode="change"),
        event("REJECT", SHEINBAUM, ROMERO, D12, mode="change"),
        event("PROTEST", MEX_WOMEN_PROTESTERS, None, D14, mode="demo", date="2025-11-05",
              location="Mexico City", location_country="MEX"),
        event("REQUEST", MEX_WOMEN_PROTESTERS, MEX_GOV, D15, mode="change"),
        event("SUPPORT", RJOHNSON, SHEINBAUM, D16),
    ],
    "quotes": [
        quote("Was ich erlebt habe, erleben viele Frauen in unserem Land jeden Tag", "Claudia Sheinbaum", "direct"),
        quote("Sie habe Anzeige erstattet, damit sich kein Mann mehr berechtigt fühle, den persönlichen Raum einer "
              "Frau zu verletzen", "Claudia Sheinbaum", "indirect"),
        quote("gegen den Mann werde wegen sexueller Belästigung ermittelt", "Attorney General's Office of Mexico City",
              "indirect"),
        quote("nicht einmal die Präsidentin schützen zu können", "Jorge Romero", "indirect"),
        quote("die Staatschefin müsse künftig von mehr Leibwächtern begleitet werden", "Jorge Romero", "indirect"),
        quote("Ich werde weiterhin nah bei den Menschen sein", "Claudia Sheinbaum", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt", "der Hauptstadt", "der Innenstadt"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexikos Präsidentin Claudia Sheinbaum", "die 63-Jährige",
                                                   "Sheinbaum", "die Präsidentin", "die Staatschefin",
                                                   "der Präsidentin"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos", "unserem Land", "Mexiko"]),
        entity("man who harassed Claudia Sheinbaum", "PER", "MEX", ["den mutmaßlichen Täter", "Ein Mann",
                                                                     "den Mann"]),
        entity("National Palace", "LOC", "MEX", ["Nationalpalast"]),
        entity("Secretariat of Public Education", "ORG", "MEX", ["Bildungsministerium"]),
        entity("Mexico City police", "ORG", "MEX", ["Polizisten der Hauptstadt"]),
        entity("Attorney General's Office of Mexico City", "ORG", "MEX", ["Die Staatsanwaltschaft von Mexiko-Stadt"]),
        entity("governments of the Mexican states", "ORG", "MEX", ["alle 32 Bundesstaaten"]),
        entity("National Action Party", "ORG", "MEX", ["der konservativen Oppositionspartei PAN"]),
        entity("Jorge Romero", "PER", "MEX", ["Jorge Romero", "Romero"]),
        entity("Government of Mexico", "ORG", "MEX", ["der Regierung"]),
        entity("Presidential General Staff", "ORG", "MEX", ["die Eliteeinheit des Militärs zum Schutz des Präsidenten"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["ihr Vorgänger Andrés Manuel López Obrador"]),
        entity("women protesters in Mexico City", "PER", "MEX", ["Dutzende Frauen"]),
        entity("Ronald Johnson", "PER", "USA", ["Der US-Botschafter in Mexiko, Ronald Johnson"]),
        entity("United States", "LOC", "USA", ["US"]),
    ],
}

# ---------------------------------------------------------------- hm300-en-01 (Mexico/US, cartels as FTOs)
USA_GOV = actor("Government of the United States", "USA", "GOV")
MEX_CARTELS = actor("Mexican drug cartels", "MEX", "CVL")
US_STATE_DEPT = actor("U.S. Department of State", "USA", "GOV")
SINALOA = actor("Sinaloa Cartel", "MEX", "CVL")
CJNG = actor("Jalisco New Generation Cartel", "MEX", "CVL")
TDA = actor("Tren de Aragua", "VEN", "CVL")
RUBIO = actor("Marco Rubio", "USA", "GOV")
MEX_GOV_EN = actor("Government of Mexico", "MEX", "GOV")
DELAFUENTE = actor("Juan Ramón de la Fuente", "MEX", "GOV")
US_MIL = actor("U.S. military", "USA", "MIL")
MEX_NG = actor("Mexican National Guard", "MEX", "MIL")
EBRARD = actor("Marcelo Ebrard", "MEX", "GOV")
LUTNICK = actor("Howard Lutnick", "USA", "GOV")
ROMERO_EN = actor("Jorge Romero", "MEX", "OPP")
MORENA = actor("Morena", "MEX", "PTY")
ADAN_AUGUSTO = actor("Adán Augusto López", "MEX", "LEG")
TRUMP = actor("Donald Trump", "USA", "GOV")
SHEINBAUM_EN = SHEINBAUM

E1 = ("MEXICO CITY, Feb 20 (Reuters) - Mexican President Claudia Sheinbaum on Thursday proposed a constitutional "
      "amendment to bar any foreign intervention on Mexican soil, hours after the United States formally designated "
      "six Mexican drug cartels as foreign terrorist organizations.")
E2 = ("The list published by the State Department includes the Sinaloa Cartel and the Jalisco New Generation Cartel "
      "(CJNG), Mexico's two most powerful criminal groups, as well as Venezuela's Tren de Aragua gang.")
E3 = ('Secretary of State Marco Rubio said the designation would give Washington new tools to "eliminate" groups '
      'that threaten American lives.')
E4 = ('"We will not accept interventionism or interference in any way," Sheinbaum told her morning news conference, '
      'adding that Mexico would "never subordinate itself" to another country.')
E5 = ("The amendment would also impose stiff prison sentences on anyone, Mexican or foreign, who traffics weapons "
      "into the country.")
E6 = ("Mexico sent a diplomatic note to Washington this week asking for details on the scope of the designations, "
      "Foreign Minister Juan Ramon de la Fuente said.")
E7 = ("Sheinbaum also confirmed reports that U.S. surveillance drones had flown over Mexican territory, but said "
      "the flights were carried out at Mexico's request as part of long-standing security cooperation.")
E8 = ("Mexico has deployed 10,000 National Guard troops to its northern border since Feb. 5 under a deal with "
      "President Donald Trump to avert 25% tariffs on Mexican goods.")
E9 = ("Economy Minister Marcelo Ebrard met Commerce Secretary Howard Lutnick in Washington on Thursday for talks on "
      "the tariffs, which Trump has paused until March 4.")
E10 = ("Mexico's Business Coordinating Council warned that companies forced to pay extortion to cartels could now "
       "face U.S. sanctions.")
E11 = ('Jorge Romero, leader of the opposition National Action Party (PAN), welcomed the U.S. move and accused the '
       'ruling Morena party of "complicity" with organized crime.')
E12 = 'Morena\'s Senate leader Adan Augusto Lopez called the remarks "a betrayal of the nation."'
E13 = ("The designation allows U.S. prosecutors to charge anyone who provides material support to the groups with "
       "terrorism offences.")
E14 = ("Trump has said he could send U.S. special forces into Mexico to strike the cartels, an idea Sheinbaum has "
       "repeatedly rejected.")

EN01 = {
    "id": "hm300-en-01", "lang": "en", "url": None, "published": "2025-02-20",
    "title": "Mexico's Sheinbaum proposes ban on foreign intervention after U.S. labels cartels terrorists",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10], [E11, E12, E13, E14]),
    "events": [
        event("SANCTION", USA_GOV, MEX_CARTELS, E1),
        event("SANCTION", US_STATE_DEPT, SINALOA, E2),
        event("SANCTION", US_STATE_DEPT, CJNG, E2),
        event("SANCTION", US_STATE_DEPT, TDA, E2),
        event("THREATEN", RUBIO, MEX_CARTELS, E3),
        event("REJECT", SHEINBAUM_EN, USA_GOV, E4),
        event("REQUEST", MEX_GOV_EN, USA_GOV, E6),
        event("COOPERATE", US_MIL, MEX_GOV_EN, E7),
        event("MOBILIZE", MEX_NG, None, E8, mode="troops", location="northern border of Mexico",
              location_country="MEX"),
        event("CONSULT", EBRARD, LUTNICK, E9, mode="visit", date="2025-02-20", location="Washington",
              location_country="USA"),
        event("SUPPORT", ROMERO_EN, USA_GOV, E11),
        event("ACCUSE", ROMERO_EN, MORENA, E11, mode="allege"),
        event("ACCUSE", ADAN_AUGUSTO, ROMERO_EN, E12, mode="disapprove"),
        event("REJECT", SHEINBAUM_EN, TRUMP, E14),
    ],
    "quotes": [
        quote('the designation would give Washington new tools to "eliminate" groups that threaten American lives',
              "Marco Rubio", "indirect"),
        quote("eliminate", "Marco Rubio", "direct"),
        quote("We will not accept interventionism or interference in any way", "Claudia Sheinbaum", "direct"),
        quote('Mexico would "never subordinate itself" to another country', "Claudia Sheinbaum", "indirect"),
        quote("never subordinate itself", "Claudia Sheinbaum", "direct"),
        quote("Mexico sent a diplomatic note to Washington this week asking for details on the scope of the "
              "designations", "Juan Ramón de la Fuente", "indirect"),
        quote("U.S. surveillance drones had flown over Mexican territory", "Claudia Sheinbaum", "indirect"),
        quote("the flights were carried out at Mexico's request as part of long-standing security cooperation",
              "Claudia Sheinbaum", "indirect"),
        quote("companies forced to pay extortion to cartels could now face U.S. sanctions",
              "Business Coordinating Council", "indirect"),
        quote("complicity", "Jorge Romero", "direct"),
        quote("a betrayal of the nation", "Adán Augusto López", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum", "Sheinbaum"]),
        entity("Mexico", "LOC", "MEX", ["Mexican soil", "Mexico", "the country", "Mexican territory"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Mexican drug cartels", "ORG", "MEX", ["six Mexican drug cartels", "the cartels", "the groups"]),
        entity("U.S. Department of State", "ORG", "USA", ["the State Department"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["the Sinaloa Cartel"]),
        entity("Jalisco New Generation Cartel", "ORG", "MEX", ["the Jalisco New Generation Cartel (CJNG)"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Tren de Aragua", "ORG", "VEN", ["Tren de Aragua gang"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Juan Ramón de la Fuente", "PER", "MEX", ["Foreign Minister Juan Ramon de la Fuente"]),
        entity("Mexican National Guard", "ORG", "MEX", ["10,000 National Guard troops"]),
        entity("northern border of Mexico", "LOC", "MEX", ["its northern border"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Marcelo Ebrard", "PER", "MEX", ["Economy Minister Marcelo Ebrard"]),
        entity("Howard Lutnick", "PER", "USA", ["Commerce Secretary Howard Lutnick"]),
        entity("Business Coordinating Council", "ORG", "MEX", ["Mexico's Business Coordinating Council"]),
        entity("Jorge Romero", "PER", "MEX", ["Jorge Romero"]),
        entity("National Action Party", "ORG", "MEX", ["the opposition National Action Party (PAN)"]),
        entity("Morena", "ORG", "MEX", ["the ruling Morena party", "Morena's"]),
        entity("Senate of Mexico", "ORG", "MEX", ["Senate"]),
        entity("Adán Augusto López", "PER", "MEX", ["Adan Augusto Lopez"]),
        entity("U.S. special forces", "ORG", "USA", ["U.S. special forces"]),
    ],
}

# ---------------------------------------------------------------- hm300-en-02 (Brazil, Bolsonaro ankle monitor)
BRA_FED_POLICE = actor("Federal Police of Brazil", "BRA", "COP")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
EDUARDO = actor("Eduardo Bolsonaro", "BRA", "LEG")
RUBIO_EN = RUBIO
STF_JUSTICES = actor("allies of Alexandre de Moraes on Brazil's Supreme Court", "BRA", "JUD")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
BOLSONARO_SUPPORTERS = actor("supporters of Jair Bolsonaro", "BRA", "CVL")

F1 = ("BRASILIA, July 18 (Reuters) - Brazilian federal police searched the home of former President Jair Bolsonaro "
      "on Friday and fitted him with an electronic ankle monitor, after Supreme Court Justice Alexandre de Moraes "
      "ruled he posed a flight risk.")
F2 = "Bolsonaro was not arrested."
F3 = ("Moraes also barred the 70-year-old from using social media, leaving his home at night and on weekends, "
      "approaching foreign embassies or speaking to foreign diplomats.")
F5 = ('In his decision, Moraes said Bolsonaro and his son Eduardo, a congressman who moved to the United States '
      'in March, had tried to get a foreign government to commit "hostile '
      'acts" against Brazil in order to obstruct the coup trial.')
F6 = ('Bolsonaro, who is on trial for allegedly plotting to overturn his 2022 election defeat, called the measures '
      'a "supreme humiliation" and said he had never considered leaving the country.')
F7 = ("Police seized about $14,000 in cash and a flash drive that was found in a bathroom, a source familiar with "
      "the search said.")
F8 = ('Hours later, U.S. Secretary of State Marco Rubio announced that Washington was revoking the visas of Moraes, '
      'his "allies on the court" and their immediate family members.')
F9 = ('Rubio accused Moraes of running a "persecution and censorship complex" that violated the basic rights of '
      'Brazilians and reached into the United States.')
F10 = ('The move followed a letter last week in which U.S. President Donald Trump called the case against Bolsonaro '
       'a "witch hunt" and announced a 50% tariff on Brazilian goods from Aug. 1.')
F11 = ('President Luiz Inacio Lula da Silva said the visa revocation was "arbitrary and completely baseless" and '
       'showed a lack of respect for Brazil\'s judicial independence.')
F12 = ('"No interference in another nation\'s justice system will intimidate our institutions," Lula said in a '
       'statement, adding that he stood in solidarity with Moraes.')
F14 = "Eduardo Bolsonaro praised Rubio's decision on social media."
F15 = ("Dozens of Bolsonaro supporters gathered outside his house in Brasilia on Friday evening, chanting against "
       "Moraes.")
F16 = ("The Supreme Court panel hearing the coup case is expected to deliver its verdict in the coming months.")

EN02 = {
    "id": "hm300-en-02", "lang": "en", "url": None, "published": "2025-07-18",
    "title": "Brazil's Bolsonaro fitted with ankle monitor; U.S. revokes visas of judge Moraes and allies",
    "text": paragraphs([F1, F2, F3, F5], [F6, F7], [F8, F9, F10], [F11, F12, F14], [F15, F16]),
    "events": [
        event("COERCE", BRA_FED_POLICE, BOLSONARO, F1, mode="seize", date="2025-07-18", location="Brasilia",
              location_country="BRA"),
        event("COERCE", MORAES, BOLSONARO, F1, mode="restrict"),
        event("COERCE", BRA_FED_POLICE, BOLSONARO, F2, mode="arrest", negated=True),
        event("COERCE", MORAES, BOLSONARO, F3, mode="restrict"),
        event("ACCUSE", MORAES, BOLSONARO, F5, mode="allege"),
        event("ACCUSE", MORAES, EDUARDO, F5, mode="allege"),
        event("ACCUSE", BOLSONARO, MORAES, F6, mode="disapprove"),
        event("COERCE", BRA_FED_POLICE, BOLSONARO, F7, mode="seize"),
        event("SANCTION", RUBIO_EN, MORAES, F8),
        event("SANCTION", RUBIO_EN, STF_JUSTICES, F8),
        event("ACCUSE", RUBIO_EN, MORAES, F9, mode="allege"),
        event("ACCUSE", TRUMP, BRA_GOV, F10, mode="disapprove"),
        event("THREATEN", TRUMP, BRA_GOV, F10),
        event("ACCUSE", LULA, USA_GOV, F11, mode="disapprove"),
        event("SUPPORT", LULA, MORAES, F12),
        event("SUPPORT", EDUARDO, RUBIO_EN, F14),
        event("PROTEST", BOLSONARO_SUPPORTERS, MORAES, F15, mode="demo", date="2025-07-18", location="Brasilia",
              location_country="BRA"),
    ],
    "quotes": [
        quote('Bolsonaro and his son Eduardo, a congressman who moved to the United States in March, had tried to get a foreign government to commit "hostile acts" against Brazil '
              'in order to obstruct the coup trial', "Alexandre de Moraes", "indirect"),
        quote("hostile acts", "Alexandre de Moraes", "direct"),
        quote("supreme humiliation", "Jair Bolsonaro", "direct"),
        quote("he had never considered leaving the country", "Jair Bolsonaro", "indirect"),
        quote("Police seized about $14,000 in cash and a flash drive that was found in a bathroom",
              "source familiar with the search", "indirect"),
        quote('Washington was revoking the visas of Moraes, his "allies on the court" and their immediate family '
              'members', "Marco Rubio", "indirect"),
        quote("allies on the court", "Marco Rubio", "direct"),
        quote("persecution and censorship complex", "Marco Rubio", "direct"),
        quote("witch hunt", "Donald Trump", "direct"),
        quote('the visa revocation was "arbitrary and completely baseless" and showed a lack of respect for '
              'Brazil\'s judicial independence', "Luiz Inácio Lula da Silva", "indirect"),
        quote("arbitrary and completely baseless", "Luiz Inácio Lula da Silva", "direct"),
        quote("No interference in another nation's justice system will intimidate our institutions",
              "Luiz Inácio Lula da Silva", "direct"),
        quote("he stood in solidarity with Moraes", "Luiz Inácio Lula da Silva", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["BRASILIA", "Brasilia"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Brazilian federal police", "Police"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["former President Jair Bolsonaro", "Bolsonaro", "the 70-year-old"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Supreme Court Justice Alexandre de Moraes", "Moraes"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["Supreme Court", "the court"]),
        entity("Eduardo Bolsonaro", "PER", "BRA", ["his son Eduardo", "Eduardo Bolsonaro"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Brazil", "LOC", "BRA", ["Brazil", "the country"]),
        entity("source familiar with the search", "PER", "BRA", ["a source familiar with the search"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio", "Rubio"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("allies of Alexandre de Moraes on Brazil's Supreme Court", "PER", "BRA", ["his \"allies on the court\""]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["President Luiz Inacio Lula da Silva", "Lula"]),
        entity("supporters of Jair Bolsonaro", "PER", "BRA", ["Dozens of Bolsonaro supporters"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
