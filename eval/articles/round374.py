"""Round 374: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm374-de-01: Czech Republic: Justice Minister Pavel Blažek resigns over the ministry's bitcoin donation from convicted dealer Tomáš Jiřikovský; police investigate, Fiala thanks him and names Eva Decroix, Babiš demands the government's exit and ANO files a no-confidence motion, Rakušan and President Pavel demand disclosure, Hřib accuses the ministry (2025-05-30).
- hm374-de-02: Spain: Supreme Court judge Leopoldo Puente sends ex-transport minister José Luis Ábalos and his ex-adviser Koldo García to pre-trial detention in the face-mask case; no custody for Aldama, the prosecutors' 24-year demand, the PSOE's 2024 suspension of Ábalos, Feijóo and Abascal attack Sánchez, Bolaños respects the ruling, Cerdán's June detention recalled (2025-11-27).
- hm374-de-03: Italy: police evict Milan's Leoncavallo social centre in Via Watteau after more than 130 postponements; the appeals court's damages ruling against the Interior Ministry, Sala complains and renews the offer of a municipal building, Piantedosi rejects the criticism, Salvini and Meloni welcome it, evening march and call for a 6 September demonstration (2025-08-21).
- hm374-de-04: Netherlands/Israel: Foreign Minister Veldkamp declares Ben-Gvir and Smotrich persona non grata and has them listed in the Schengen system, summons Israel's ambassador and backs the Commission's Horizon Europe proposal; British sanctions recalled, Ben-Gvir, Smotrich and Israel's foreign ministry hit back, Wilders objects, Timmermans demands more (2025-07-29).
- hm374-en-01: United Kingdom: Kneecap rapper Mo Chara (Liam Óg Ó hAnnaidh) appears at Westminster Magistrates' Court on a terrorism charge over a Hezbollah flag; bail, the prosecutors' allegation, the band's "political policing" accusation, supporters rally without arrests, Starmer and Badenoch on Glastonbury, which keeps the band (2025-06-18).
- hm374-en-02: Italy/United States/China: Italian police arrest Chinese national Xu Zewei at Malpensa on a U.S. warrant over Hafnium/Silk Typhoon COVID-19 research hacking; the Justice Department's indictment and accusation against the MSS, Xu refuses extradition, the Milan appeals court keeps him in custody, Beijing accuses Washington, the consulate contacts Italian authorities (2025-07-08).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm374-de-01 (Czech Republic, Blažek resigns)
BLAZEK = actor("Pavel Blažek", "CZE", "GOV")
CZE_POLICE = actor("Police of the Czech Republic", "CZE", "COP")
FIALA = actor("Petr Fiala", "CZE", "GOV")
BABIS = actor("Andrej Babiš", "CZE", "OPP")
ANO = actor("ANO", "CZE", "PTY")
CZE_GOV = actor("Government of the Czech Republic", "CZE", "GOV")
RAKUSAN = actor("Vít Rakušan", "CZE", "GOV")
CZE_MOJ = actor("Ministry of Justice of the Czech Republic", "CZE", "GOV")
PAVEL = actor("Petr Pavel", "CZE", "GOV")
HRIB = actor("Zdeněk Hřib", "CZE", "OPP")

B1 = ("Prag (dpa) - Der tschechische Justizminister Pavel Blažek ist wegen einer umstrittenen Bitcoin-Spende an sein "
      "Ministerium zurückgetreten.")
B2 = ("Er trete zurück, obwohl er keinen Fehler begangen habe, um der Regierung und seiner Partei vor der "
      "Parlamentswahl im Herbst nicht zu schaden, sagte der Politiker der liberalkonservativen Demokratischen "
      "Bürgerpartei (ODS) am Freitag in Prag.")
B3 = "„Ich übernehme die politische Verantwortung, auch wenn ich mir rechtlich nichts vorzuwerfen habe“, fügte er hinzu."
B4 = ("Das Ministerium hatte im März Bitcoins im Wert von fast einer Milliarde Kronen (rund 40 Millionen Euro) als "
      "Schenkung angenommen und anschließend über eine Auktion zu Geld gemacht.")
B5 = "Der Spender, Tomáš Jiřikovský, ist unter anderem wegen Drogenhandels und Unterschlagung vorbestraft."
B6 = ("Kritiker vermuten, dass die Kryptowährung aus einem Diebstahl auf einer inzwischen geschlossenen "
      "Darknet-Handelsplattform stammt und der Staat so zur Geldwäsche beigetragen haben könnte.")
B7 = ("Die Polizei hat nach eigenen Angaben Ermittlungen wegen des Verdachts auf Geldwäsche und Amtsmissbrauch "
      "aufgenommen.")
B8 = "Ministerpräsident Petr Fiala nahm den Rücktritt an und dankte Blažek für seine Arbeit."
B9 = ("Er werde Präsident Petr Pavel die ODS-Abgeordnete Eva Decroix als Nachfolgerin vorschlagen, kündigte Fiala "
      "an.")
B10 = "Oppositionsführer Andrej Babiš sprach vom „größten Korruptionsskandal in der Geschichte des Landes“."
B11 = ("Der Rücktritt eines einzelnen Ministers reiche nicht aus, die gesamte Regierung müsse gehen, sagte der "
       "Ex-Regierungschef.")
B12 = ("Seine populistische Partei ANO, die in Umfragen klar vorn liegt, beantragte im Abgeordnetenhaus ein "
       "Misstrauensvotum gegen das Kabinett.")
B13 = "Auch innerhalb der Koalition wächst der Unmut."
B14 = ("Innenminister Vít Rakušan von der mitregierenden Bürgermeisterpartei STAN verlangte, dass das "
       "Justizministerium sämtliche Unterlagen zu der Spende offenlegt.")
B15 = "Präsident Pavel erklärte, er erwarte von der Regierung eine rasche und glaubwürdige Aufklärung des Falls."
B16 = ("Der Vorsitzende der oppositionellen Piratenpartei, Zdeněk Hřib, warf dem Ministerium vor, sich „von einem "
       "verurteilten Kriminellen beschenken lassen“ zu haben.")
B17 = "In Tschechien wird Anfang Oktober ein neues Abgeordnetenhaus gewählt."

DE01 = {
    "id": "hm374-de-01", "lang": "de", "url": None, "published": "2025-05-30",
    "title": "Tschechischer Justizminister tritt wegen Bitcoin-Spende zurück",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9], [B10, B11, B12], [B13, B14, B15, B16], [B17]),
    "events": [
        event("RETREAT", BLAZEK, None, B1, mode="resign", location_country="CZE"),
        event("RETREAT", BLAZEK, None, B2, mode="resign", date="2025-05-30", location="Prague",
              location_country="CZE"),
        event("ACCUSE", CZE_POLICE, None, B7, mode="investigate"),
        event("SUPPORT", FIALA, BLAZEK, B8),
        event("ACCUSE", BABIS, CZE_GOV, B10, mode="disapprove"),
        event("REQUEST", BABIS, CZE_GOV, B11, mode="change"),
        event("REQUEST", ANO, CZE_GOV, B12, mode="change"),
        event("REQUEST", RAKUSAN, CZE_MOJ, B14),
        event("REQUEST", PAVEL, CZE_GOV, B15),
        event("ACCUSE", HRIB, CZE_MOJ, B16, mode="allege"),
    ],
    "quotes": [
        quote("Er trete zurück, obwohl er keinen Fehler begangen habe, um der Regierung und seiner Partei vor der "
              "Parlamentswahl im Herbst nicht zu schaden", "Pavel Blažek", "indirect"),
        quote("Ich übernehme die politische Verantwortung, auch wenn ich mir rechtlich nichts vorzuwerfen habe",
              "Pavel Blažek", "direct"),
        quote("dass die Kryptowährung aus einem Diebstahl auf einer inzwischen geschlossenen Darknet-Handelsplattform "
              "stammt und der Staat so zur Geldwäsche beigetragen haben könnte", "critics of the bitcoin donation",
              "indirect"),
        quote("Die Polizei hat nach eigenen Angaben Ermittlungen wegen des Verdachts auf Geldwäsche und "
              "Amtsmissbrauch aufgenommen", "Police of the Czech Republic", "indirect"),
        quote("Er werde Präsident Petr Pavel die ODS-Abgeordnete Eva Decroix als Nachfolgerin vorschlagen",
              "Petr Fiala", "indirect"),
        quote("größten Korruptionsskandal in der Geschichte des Landes", "Andrej Babiš", "direct"),
        quote("Der Rücktritt eines einzelnen Ministers reiche nicht aus, die gesamte Regierung müsse gehen",
              "Andrej Babiš", "indirect"),
        quote("dass das Justizministerium sämtliche Unterlagen zu der Spende offenlegt", "Vít Rakušan", "indirect"),
        quote("er erwarte von der Regierung eine rasche und glaubwürdige Aufklärung des Falls", "Petr Pavel",
              "indirect"),
        quote("von einem verurteilten Kriminellen beschenken lassen", "Zdeněk Hřib", "direct"),
        quote("sich „von einem verurteilten Kriminellen beschenken lassen“ zu haben", "Zdeněk Hřib", "indirect"),
    ],
    "entities": [
        entity("Prague", "LOC", "CZE", ["Prag"]),
        entity("Czech Republic", "LOC", "CZE", ["tschechische", "des Landes", "Tschechien"]),
        entity("Pavel Blažek", "PER", "CZE", ["Der tschechische Justizminister Pavel Blažek", "Blažek",
                                              "der Politiker der liberalkonservativen Demokratischen Bürgerpartei "
                                              "(ODS)"]),
        entity("Ministry of Justice of the Czech Republic", "ORG", "CZE", ["sein Ministerium", "Das Ministerium",
                                                                          "das Justizministerium",
                                                                          "dem Ministerium"]),
        entity("Government of the Czech Republic", "ORG", "CZE", ["der Regierung", "die gesamte Regierung",
                                                                 "das Kabinett"]),
        entity("Civic Democratic Party (ODS)", "ORG", "CZE", ["seiner Partei",
                                                             "liberalkonservativen Demokratischen Bürgerpartei (ODS)",
                                                             "ODS"]),
        entity("Tomáš Jiřikovský", "PER", "CZE", ["Der Spender, Tomáš Jiřikovský"]),
        entity("critics of the bitcoin donation", "PER", "CZE", ["Kritiker"]),
        entity("Police of the Czech Republic", "ORG", "CZE", ["Die Polizei"]),
        entity("Petr Fiala", "PER", "CZE", ["Ministerpräsident Petr Fiala", "Fiala"]),
        entity("Petr Pavel", "PER", "CZE", ["Präsident Petr Pavel", "Präsident Pavel"]),
        entity("Eva Decroix", "PER", "CZE", ["die ODS-Abgeordnete Eva Decroix"]),
        entity("Andrej Babiš", "PER", "CZE", ["Oppositionsführer Andrej Babiš", "der Ex-Regierungschef"]),
        entity("ANO", "ORG", "CZE", ["Seine populistische Partei ANO"]),
        entity("Chamber of Deputies of the Czech Republic", "ORG", "CZE", ["im Abgeordnetenhaus",
                                                                          "ein neues Abgeordnetenhaus"]),
        entity("governing coalition of the Czech Republic", "ORG", "CZE", ["der Koalition"]),
        entity("Vít Rakušan", "PER", "CZE", ["Innenminister Vít Rakušan"]),
        entity("Mayors and Independents (STAN)", "ORG", "CZE", ["der mitregierenden Bürgermeisterpartei STAN"]),
        entity("Zdeněk Hřib", "PER", "CZE", ["Der Vorsitzende der oppositionellen Piratenpartei, Zdeněk Hřib"]),
        entity("Czech Pirate Party", "ORG", "CZE", ["der oppositionellen Piratenpartei"]),
    ],
}

# ---------------------------------------------------------------- hm374-de-02 (Spain, Ábalos in custody)
ESP_SUPREME = actor("Supreme Court of Spain", "ESP", "JUD")
PUENTE = actor("Leopoldo Puente", "ESP", "JUD")
ABALOS = actor("José Luis Ábalos", "ESP", "LEG")
KOLDO = actor("Koldo García", "ESP", "CVL")
ALDAMA = actor("Víctor de Aldama", "ESP", "BUS")
ESP_POLICE = actor("Spanish police", "ESP", "COP")
ESP_ANTICORRUPTION = actor("Anti-Corruption Prosecutor's Office of Spain", "ESP", "JUD")
PSOE = actor("PSOE", "ESP", "PTY")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
ABASCAL = actor("Santiago Abascal", "ESP", "OPP")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
CERDAN = actor("Santos Cerdán", "ESP", "PTY")

S1 = ("Madrid (dpa) - Spaniens früherer Verkehrsminister José Luis Ábalos und sein ehemaliger Berater Koldo García "
      "sitzen wegen Korruptionsvorwürfen in Untersuchungshaft.")
S2 = ("Der Ermittlungsrichter am Obersten Gerichtshof, Leopoldo Puente, ordnete am Donnerstag Haft ohne Kaution für "
      "beide an, weil bei ihnen „extreme Fluchtgefahr“ bestehe.")
S3 = "Polizeibeamte brachten die beiden Männer noch am Nachmittag in das Gefängnis Soto del Real nördlich von Madrid."
S4 = ("Die Antikorruptionsstaatsanwaltschaft wirft Ábalos vor, als Minister während der Corona-Pandemie gegen "
      "Schmiergeld Aufträge für Schutzmasken an bestimmte Firmen vergeben zu haben, und fordert 24 Jahre Haft.")
S5 = ("Der Prozess gegen die beiden und den mitangeklagten Unternehmer Víctor de Aldama soll in den kommenden Monaten "
      "beginnen.")
S6 = "Gegen Aldama, der mit den Ermittlern kooperiert, ordnete der Richter keine Haft an."
S7 = "Ábalos bestreitet alle Vorwürfe."
S8 = ("„Ich bin unschuldig, und das werde ich vor Gericht beweisen“, hatte der 65-Jährige vor der Anhörung "
      "gesagt.")
S9 = "Sein Anwalt kündigte an, gegen die Haftanordnung Beschwerde einzulegen."
S10 = ("Ábalos war bis 2021 einer der engsten Vertrauten von Ministerpräsident Pedro Sánchez und "
       "Organisationssekretär der Sozialisten (PSOE).")
S11 = ("Die Partei hatte seine Mitgliedschaft im Februar 2024 suspendiert, nachdem er sich geweigert hatte, sein "
       "Abgeordnetenmandat niederzulegen.")
S12 = ("Oppositionsführer Alberto Núñez Feijóo von der konservativen Volkspartei PP sprach von einem „Tag der "
       "Schande“ für die Regierung.")
S13 = "Sánchez müsse endlich Neuwahlen ausrufen, forderte Feijóo."
S14 = ("Der Chef der rechtspopulistischen Vox, Santiago Abascal, warf dem Regierungschef vor, eine „Mafia“ an der "
       "Spitze des Staates geduldet zu haben.")
S15 = "Justizminister Félix Bolaños sagte, die Regierung respektiere die Entscheidung des Gerichts."
S16 = "Die Partei habe im Fall Ábalos von Anfang an entschlossen gehandelt, fügte er hinzu."
S17 = ("Im Juni war bereits Ábalos' Nachfolger als Organisationssekretär, Santos Cerdán, in Untersuchungshaft "
       "genommen worden.")

DE02 = {
    "id": "hm374-de-02", "lang": "de", "url": None, "published": "2025-11-27",
    "title": "Spaniens Ex-Minister Ábalos in Untersuchungshaft",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9], [S10, S11], [S12, S13, S14], [S15, S16, S17]),
    "events": [
        event("COERCE", ESP_SUPREME, ABALOS, S1, mode="arrest", location_country="ESP"),
        event("COERCE", ESP_SUPREME, KOLDO, S1, mode="arrest", location_country="ESP"),
        event("COERCE", PUENTE, ABALOS, S2, mode="arrest", date="2025-11-27", location="Madrid",
              location_country="ESP"),
        event("COERCE", PUENTE, KOLDO, S2, mode="arrest", date="2025-11-27", location="Madrid",
              location_country="ESP"),
        event("COERCE", ESP_POLICE, ABALOS, S3, mode="arrest", date="2025-11-27", location="Soto del Real",
              location_country="ESP"),
        event("COERCE", ESP_POLICE, KOLDO, S3, mode="arrest", date="2025-11-27", location="Soto del Real",
              location_country="ESP"),
        event("ACCUSE", ESP_ANTICORRUPTION, ABALOS, S4, mode="allege"),
        event("COERCE", PUENTE, ALDAMA, S6, mode="arrest", negated=True),
        event("SANCTION", PSOE, ABALOS, S11, mode="expel", date=None),
        event("REJECT", ABALOS, PSOE, S11, mode="change"),
        event("ACCUSE", FEIJOO, ESP_GOV, S12, mode="disapprove"),
        event("REQUEST", FEIJOO, SANCHEZ, S13, mode="change"),
        event("ACCUSE", ABASCAL, SANCHEZ, S14, mode="allege"),
        event("COERCE", ESP_SUPREME, CERDAN, S17, mode="arrest"),
    ],
    "quotes": [
        quote("extreme Fluchtgefahr", "Leopoldo Puente", "direct"),
        quote("bei ihnen „extreme Fluchtgefahr“ bestehe", "Leopoldo Puente", "indirect"),
        quote("als Minister während der Corona-Pandemie gegen Schmiergeld Aufträge für Schutzmasken an bestimmte "
              "Firmen vergeben zu haben", "Anti-Corruption Prosecutor's Office of Spain", "indirect"),
        quote("Ich bin unschuldig, und das werde ich vor Gericht beweisen", "José Luis Ábalos", "direct"),
        quote("Tag der Schande", "Alberto Núñez Feijóo", "direct"),
        quote("Sánchez müsse endlich Neuwahlen ausrufen", "Alberto Núñez Feijóo", "indirect"),
        quote("Mafia", "Santiago Abascal", "direct"),
        quote("eine „Mafia“ an der Spitze des Staates geduldet zu haben", "Santiago Abascal", "indirect"),
        quote("die Regierung respektiere die Entscheidung des Gerichts", "Félix Bolaños", "indirect"),
        quote("Die Partei habe im Fall Ábalos von Anfang an entschlossen gehandelt", "Félix Bolaños", "indirect"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Spain", "LOC", "ESP", ["Spaniens", "des Staates"]),
        entity("José Luis Ábalos", "PER", "ESP", ["Spaniens früherer Verkehrsminister José Luis Ábalos", "Ábalos",
                                                  "der 65-Jährige", "Ábalos'"]),
        entity("Koldo García", "PER", "ESP", ["sein ehemaliger Berater Koldo García"]),
        entity("Leopoldo Puente", "PER", "ESP", ["Der Ermittlungsrichter am Obersten Gerichtshof, Leopoldo Puente",
                                                 "der Richter"]),
        entity("Supreme Court of Spain", "ORG", "ESP", ["Obersten Gerichtshof", "des Gerichts"]),
        entity("Spanish police", "ORG", "ESP", ["Polizeibeamte"]),
        entity("Soto del Real prison", "LOC", "ESP", ["das Gefängnis Soto del Real"]),
        entity("Anti-Corruption Prosecutor's Office of Spain", "ORG", "ESP",
               ["Die Antikorruptionsstaatsanwaltschaft"]),
        entity("Víctor de Aldama", "PER", "ESP", ["den mitangeklagten Unternehmer Víctor de Aldama", "Aldama"]),
        entity("investigators in the face-mask case", "ORG", "ESP", ["den Ermittlern"]),
        entity("lawyer of José Luis Ábalos", "PER", "ESP", ["Sein Anwalt"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez", "Sánchez", "dem Regierungschef"]),
        entity("PSOE", "ORG", "ESP", ["der Sozialisten (PSOE)", "Die Partei"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["Oppositionsführer Alberto Núñez Feijóo", "Feijóo"]),
        entity("People's Party (Spain)", "ORG", "ESP", ["der konservativen Volkspartei PP"]),
        entity("Government of Spain", "ORG", "ESP", ["die Regierung"]),
        entity("Santiago Abascal", "PER", "ESP", ["Der Chef der rechtspopulistischen Vox, Santiago Abascal"]),
        entity("Vox", "ORG", "ESP", ["der rechtspopulistischen Vox"]),
        entity("Félix Bolaños", "PER", "ESP", ["Justizminister Félix Bolaños"]),
        entity("Santos Cerdán", "PER", "ESP", ["Ábalos' Nachfolger als Organisationssekretär, Santos Cerdán"]),
    ],
}

# ---------------------------------------------------------------- hm374-de-03 (Italy, Leoncavallo evicted)
ITA_POLICE = actor("Polizia di Stato", "ITA", "COP")
LEONCAVALLO = actor("Leoncavallo", "ITA", "CVL")
MILAN_APPEALS = actor("Milan Court of Appeal", "ITA", "JUD")
ITA_INTERIOR = actor("Ministry of the Interior of Italy", "ITA", "GOV")
SALA = actor("Giuseppe Sala", "ITA", "GOV")
SALVINI = actor("Matteo Salvini", "ITA", "GOV")
ITA_GOV = actor("Government of Italy", "ITA", "GOV")
LEONCAVALLO_SUPPORTERS = actor("supporters of Leoncavallo", "ITA", "CVL")
MILAN_LEFT_GROUPS = actor("left-wing groups in Milan", "ITA", "CVL")

L1 = ("Mailand (dpa) - Nach mehr als drei Jahrzehnten hat die Polizei in Mailand das besetzte Sozialzentrum "
      "Leoncavallo geräumt.")
L2 = ("Hunderte Beamte in Schutzausrüstung rückten am Donnerstagmorgen vor dem Gebäude in der Via Watteau im "
      "Nordosten der Stadt an und verschafften sich Zugang zu dem Gelände.")
L3 = "Widerstand gab es nicht, das Gebäude war wegen der Sommerpause weitgehend leer."
L4 = "Festnahmen gab es nach Polizeiangaben nicht."
L5 = "Die Räumung war seit Jahren angeordnet, aber mehr als 130 Mal verschoben worden."
L6 = ("Ein Mailänder Berufungsgericht hatte das Innenministerium im vergangenen Jahr verurteilt, den Eigentümern "
      "des Gebäudes, der Unternehmerfamilie Cabassi, wegen der ausgebliebenen Räumung rund drei Millionen Euro "
      "Schadenersatz zu zahlen.")
L7 = "Bürgermeister Giuseppe Sala kritisierte, die Stadt sei von dem Einsatz nicht vorab informiert worden."
L8 = ("„Das Leoncavallo ist Teil der Geschichte Mailands, man hätte eine Lösung ohne Polizeieinsatz finden "
      "können“, sagte der Mitte-links-Politiker.")
L9 = ("Die Stadt werde an ihrem Angebot festhalten, dem Kollektiv ein städtisches Gebäude im Südosten Mailands zu "
      "überlassen, kündigte Sala an.")
L10 = "Innenminister Matteo Piantedosi wies die Kritik zurück."
L11 = ("Die Räumung sei mit der Präfektur abgestimmt gewesen und stelle lediglich die Rechtmäßigkeit wieder her, "
       "sagte er.")
L12 = ("Vize-Regierungschef Matteo Salvini von der rechten Lega dankte auf der Plattform X den Sicherheitskräften "
       "und schrieb: „Nach 30 Jahren Illegalität endlich Schluss.“")
L13 = "Ministerpräsidentin Giorgia Meloni erklärte, in einem Rechtsstaat dürfe es keine rechtsfreien Räume geben."
L14 = "Die Betreiber des Zentrums sprachen von einem „politischen Angriff“ der Regierung auf die Kultur der Stadt."
L15 = ("Marina Boer, Vorsitzende des Vereins der „Mütter des Leoncavallo“, sagte, man werde „einen neuen Ort "
       "finden“.")
L16 = ("Noch am Abend zogen mehrere Hundert Unterstützer durch das Viertel Greco und protestierten gegen die "
       "Räumung.")
L17 = "Für den 6. September riefen linke Gruppen zu einer Großdemonstration in Mailand auf."

DE03 = {
    "id": "hm374-de-03", "lang": "de", "url": None, "published": "2025-08-21",
    "title": "Polizei räumt Mailänder Sozialzentrum Leoncavallo",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6], [L7, L8, L9], [L10, L11, L12, L13], [L14, L15, L16, L17]),
    "events": [
        event("COERCE", ITA_POLICE, LEONCAVALLO, L1, mode="seize", location="Milan", location_country="ITA"),
        event("COERCE", ITA_POLICE, LEONCAVALLO, L2, mode="seize", date="2025-08-21", location="Via Watteau, Milan",
              location_country="ITA"),
        event("COERCE", ITA_POLICE, LEONCAVALLO, L4, mode="arrest", date="2025-08-21", location="Milan",
              location_country="ITA", negated=True),
        event("SANCTION", MILAN_APPEALS, ITA_INTERIOR, L6, mode="convict"),
        event("ACCUSE", SALA, ITA_INTERIOR, L7, mode="disapprove"),
        event("ACCUSE", SALA, ITA_INTERIOR, L8, mode="disapprove"),
        event("AGREE", SALA, LEONCAVALLO, L9),
        event("SUPPORT", SALVINI, ITA_POLICE, L12),
        event("ACCUSE", SALVINI, LEONCAVALLO, L12, mode="disapprove"),
        event("ACCUSE", LEONCAVALLO, ITA_GOV, L14, mode="disapprove"),
        event("PROTEST", LEONCAVALLO_SUPPORTERS, ITA_GOV, L16, mode="demo", date="2025-08-21", location="Milan",
              location_country="ITA"),
        event("PROTEST", MILAN_LEFT_GROUPS, ITA_GOV, L17, mode="demo", location="Milan", location_country="ITA"),
    ],
    "quotes": [
        quote("Festnahmen gab es nach Polizeiangaben nicht", "Polizia di Stato", "indirect"),
        quote("die Stadt sei von dem Einsatz nicht vorab informiert worden", "Giuseppe Sala", "indirect"),
        quote("Das Leoncavallo ist Teil der Geschichte Mailands, man hätte eine Lösung ohne Polizeieinsatz finden "
              "können", "Giuseppe Sala", "direct"),
        quote("Die Stadt werde an ihrem Angebot festhalten, dem Kollektiv ein städtisches Gebäude im Südosten "
              "Mailands zu überlassen", "Giuseppe Sala", "indirect"),
        quote("Die Räumung sei mit der Präfektur abgestimmt gewesen und stelle lediglich die Rechtmäßigkeit wieder "
              "her", "Matteo Piantedosi", "indirect"),
        quote("Nach 30 Jahren Illegalität endlich Schluss", "Matteo Salvini", "direct"),
        quote("in einem Rechtsstaat dürfe es keine rechtsfreien Räume geben", "Giorgia Meloni", "indirect"),
        quote("politischen Angriff", "Leoncavallo", "direct"),
        quote("einen neuen Ort finden", "Marina Boer", "direct"),
        quote("man werde „einen neuen Ort finden“", "Marina Boer", "indirect"),
    ],
    "entities": [
        entity("Milan", "LOC", "ITA", ["Mailand", "der Stadt", "Mailands", "in Mailand"]),
        entity("Polizia di Stato", "ORG", "ITA", ["die Polizei", "Hunderte Beamte in Schutzausrüstung",
                                                  "den Sicherheitskräften"]),
        entity("Leoncavallo", "ORG", "ITA", ["das besetzte Sozialzentrum Leoncavallo", "Das Leoncavallo",
                                             "dem Kollektiv", "Die Betreiber des Zentrums"]),
        entity("Via Watteau", "LOC", "ITA", ["der Via Watteau"]),
        entity("Milan Court of Appeal", "ORG", "ITA", ["Ein Mailänder Berufungsgericht"]),
        entity("Ministry of the Interior of Italy", "ORG", "ITA", ["das Innenministerium"]),
        entity("Cabassi family", "PER", "ITA", ["den Eigentümern des Gebäudes, der Unternehmerfamilie Cabassi"]),
        entity("Giuseppe Sala", "PER", "ITA", ["Bürgermeister Giuseppe Sala", "der Mitte-links-Politiker", "Sala"]),
        entity("City of Milan", "ORG", "ITA", ["die Stadt", "Die Stadt"]),
        entity("Matteo Piantedosi", "PER", "ITA", ["Innenminister Matteo Piantedosi", "er"]),
        entity("Prefecture of Milan", "ORG", "ITA", ["der Präfektur"]),
        entity("Matteo Salvini", "PER", "ITA", ["Vize-Regierungschef Matteo Salvini"]),
        entity("Lega", "ORG", "ITA", ["der rechten Lega"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Ministerpräsidentin Giorgia Meloni"]),
        entity("Government of Italy", "ORG", "ITA", ["der Regierung"]),
        entity("Marina Boer", "PER", "ITA", ["Marina Boer, Vorsitzende des Vereins der „Mütter des Leoncavallo“"]),
        entity("Mothers of Leoncavallo", "ORG", "ITA", ["des Vereins der „Mütter des Leoncavallo“"]),
        entity("supporters of Leoncavallo", "PER", "ITA", ["mehrere Hundert Unterstützer"]),
        entity("Greco", "LOC", "ITA", ["das Viertel Greco"]),
        entity("left-wing groups in Milan", "ORG", "ITA", ["linke Gruppen"]),
    ],
}

# ---------------------------------------------------------------- hm374-de-04 (Netherlands, Ben-Gvir/Smotrich unwelcome)
NLD_GOV = actor("Government of the Netherlands", "NLD", "GOV")
VELDKAMP = actor("Caspar Veldkamp", "NLD", "GOV")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
SMOTRICH = actor("Bezalel Smotrich", "ISR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
EU = actor("European Union", "EUR", "IGO")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
WILDERS = actor("Geert Wilders", "NLD", "OPP")
TIMMERMANS = actor("Frans Timmermans", "NLD", "OPP")

N1 = ("Den Haag (dpa) - Die Niederlande haben die beiden rechtsextremen israelischen Minister Itamar Ben-Gvir und "
      "Bezalel Smotrich zu unerwünschten Personen erklärt.")
N2 = ("Beide dürften nicht mehr in die Niederlande einreisen und würden im Schengener Informationssystem zur "
      "Einreiseverweigerung ausgeschrieben, schrieb Außenminister Caspar Veldkamp am Montag in einem Brief an das "
      "Parlament.")
N3 = ("Die Minister für Nationale Sicherheit und für Finanzen hätten wiederholt zu Gewalt gegen Palästinenser "
      "aufgerufen, sich für die Ausweitung illegaler Siedlungen eingesetzt und eine „ethnische Säuberung“ des "
      "Gazastreifens gefordert, hieß es zur Begründung.")
N4 = ("Veldkamp bestellte zudem den israelischen Botschafter ein, um ihm die Entscheidung mitzuteilen und die "
      "katastrophale humanitäre Lage im Gazastreifen anzusprechen.")
N5 = ("Zugleich unterstützen die Niederlande den am selben Tag vorgelegten Vorschlag der EU-Kommission, Israel "
      "teilweise vom EU-Forschungsprogramm Horizont Europa auszuschließen.")
N6 = ("Den Haag hatte bereits im Mai eine Überprüfung des Assoziierungsabkommens zwischen der EU und Israel "
      "angestoßen.")
N7 = "Großbritannien und vier weitere Staaten hatten im Juni Sanktionen gegen Ben-Gvir und Smotrich verhängt."
N8 = "Ben-Gvir reagierte mit Spott."
N9 = ("„Ein jüdischer Minister ist in Europa unerwünscht, während Hamas-Unterstützer dort frei herumlaufen“, "
      "schrieb er auf X.")
N10 = "Er werde weiter für die Sicherheit Israels kämpfen, fügte er hinzu."
N11 = ("Smotrich warf der Regierung in Den Haag vor, sich „der Lügenkampagne der Hamas“ angeschlossen zu "
       "haben.")
N12 = "Das israelische Außenministerium nannte den Schritt „beschämend“ und „moralisch verzerrt“."
N13 = "In den Niederlanden fiel die Reaktion gespalten aus."
N14 = ("Der Chef der rechtspopulistischen PVV, Geert Wilders, nannte die Entscheidung „verrückt“ und warf Veldkamp "
       "vor, Israel im Kampf gegen den Terror in den Rücken zu fallen.")
N15 = "Dem Oppositionsbündnis aus Grünen und Sozialdemokraten geht der Schritt dagegen nicht weit genug."
N16 = ("Dessen Spitzenkandidat Frans Timmermans forderte ein vollständiges Importverbot für Waren aus israelischen "
       "Siedlungen und ein Waffenembargo.")
N17 = ("Seit dem Bruch der Koalition Anfang Juni ist die Regierung von Ministerpräsident Dick Schoof nur noch "
       "geschäftsführend im Amt.")

DE04 = {
    "id": "hm374-de-04", "lang": "de", "url": None, "published": "2025-07-29",
    "title": "Niederlande erklären Ben-Gvir und Smotrich zu unerwünschten Personen",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10, N11, N12], [N13, N14, N15, N16, N17]),
    "events": [
        event("SANCTION", NLD_GOV, BEN_GVIR, N1, mode="expel"),
        event("SANCTION", NLD_GOV, SMOTRICH, N1, mode="expel"),
        event("SANCTION", VELDKAMP, BEN_GVIR, N2, mode="expel", date="2025-07-28"),
        event("SANCTION", VELDKAMP, SMOTRICH, N2, mode="expel", date="2025-07-28"),
        event("ACCUSE", VELDKAMP, BEN_GVIR, N3, mode="allege"),
        event("ACCUSE", VELDKAMP, SMOTRICH, N3, mode="allege"),
        event("ACCUSE", VELDKAMP, ISR_GOV, N4, mode="disapprove"),
        event("SUPPORT", NLD_GOV, EU_COMMISSION, N5),
        event("THREATEN", EU_COMMISSION, ISR_GOV, N5),
        event("REQUEST", NLD_GOV, EU, N6, mode="change"),
        event("SANCTION", GBR_GOV, BEN_GVIR, N7),
        event("SANCTION", GBR_GOV, SMOTRICH, N7),
        event("ACCUSE", BEN_GVIR, NLD_GOV, N9, mode="disapprove"),
        event("ACCUSE", SMOTRICH, NLD_GOV, N11, mode="allege"),
        event("ACCUSE", ISR_MFA, NLD_GOV, N12, mode="disapprove"),
        event("ACCUSE", WILDERS, VELDKAMP, N14, mode="disapprove"),
        event("REQUEST", TIMMERMANS, NLD_GOV, N16, mode="change"),
    ],
    "quotes": [
        quote("Beide dürften nicht mehr in die Niederlande einreisen und würden im Schengener Informationssystem zur "
              "Einreiseverweigerung ausgeschrieben", "Caspar Veldkamp", "indirect"),
        quote("Die Minister für Nationale Sicherheit und für Finanzen hätten wiederholt zu Gewalt gegen Palästinenser "
              "aufgerufen, sich für die Ausweitung illegaler Siedlungen eingesetzt und eine „ethnische Säuberung“ des "
              "Gazastreifens gefordert", "Caspar Veldkamp", "indirect"),
        quote("ethnische Säuberung", "Caspar Veldkamp", "direct"),
        quote("Ein jüdischer Minister ist in Europa unerwünscht, während Hamas-Unterstützer dort frei herumlaufen",
              "Itamar Ben-Gvir", "direct"),
        quote("Er werde weiter für die Sicherheit Israels kämpfen", "Itamar Ben-Gvir", "indirect"),
        quote("der Lügenkampagne der Hamas", "Bezalel Smotrich", "direct"),
        quote("sich „der Lügenkampagne der Hamas“ angeschlossen zu haben", "Bezalel Smotrich", "indirect"),
        quote("beschämend", "Ministry of Foreign Affairs of Israel", "direct"),
        quote("moralisch verzerrt", "Ministry of Foreign Affairs of Israel", "direct"),
        quote("verrückt", "Geert Wilders", "direct"),
        quote("Israel im Kampf gegen den Terror in den Rücken zu fallen", "Geert Wilders", "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Government of the Netherlands", "ORG", "NLD", ["Die Niederlande", "die Niederlande",
                                                              "der Regierung in Den Haag"]),
        entity("Netherlands", "LOC", "NLD", ["in die Niederlande", "In den Niederlanden"]),
        entity("Israel", "LOC", "ISR", ["israelischen", "Israel", "Israels"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["Itamar Ben-Gvir", "Ben-Gvir"]),
        entity("Bezalel Smotrich", "PER", "ISR", ["Bezalel Smotrich", "Smotrich"]),
        entity("Caspar Veldkamp", "PER", "NLD", ["Außenminister Caspar Veldkamp", "Veldkamp"]),
        entity("House of Representatives of the Netherlands", "ORG", "NLD", ["das Parlament"]),
        entity("Schengen Information System", "ORG", "EUR", ["im Schengener Informationssystem"]),
        entity("Palestinians", "PER", "PSE", ["Palästinenser"]),
        entity("Gaza Strip", "LOC", "PSE", ["des Gazastreifens", "im Gazastreifen"]),
        entity("Ambassador of Israel to the Netherlands", "PER", "ISR", ["den israelischen Botschafter", "ihm"]),
        entity("European Commission", "ORG", "EUR", ["der EU-Kommission"]),
        entity("Horizon Europe", "ORG", "EUR", ["EU-Forschungsprogramm Horizont Europa"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Europe", "LOC", None, ["in Europa"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Das israelische Außenministerium"]),
        entity("Geert Wilders", "PER", "NLD", ["Der Chef der rechtspopulistischen PVV, Geert Wilders"]),
        entity("Party for Freedom (PVV)", "ORG", "NLD", ["der rechtspopulistischen PVV"]),
        entity("GroenLinks-PvdA", "ORG", "NLD", ["Dem Oppositionsbündnis aus Grünen und Sozialdemokraten"]),
        entity("Frans Timmermans", "PER", "NLD", ["Dessen Spitzenkandidat Frans Timmermans"]),
        entity("Dick Schoof", "PER", "NLD", ["Ministerpräsident Dick Schoof"]),
    ],
}

# ---------------------------------------------------------------- hm374-en-01 (United Kingdom, Kneecap in court)
MET_POLICE = actor("Metropolitan Police", "GBR", "COP")
MO_CHARA = actor("Liam Óg Ó hAnnaidh", "GBR", "CVL")
KNEECAP = actor("Kneecap", "GBR", "CVL")
GBR_PROSECUTORS = actor("Crown Prosecution Service", "GBR", "JUD")
KNEECAP_SUPPORTERS = actor("supporters of Kneecap", "GBR", "CVL")
WESTMINSTER_COURT = actor("Westminster Magistrates' Court", "GBR", "JUD")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
BADENOCH = actor("Kemi Badenoch", "GBR", "OPP")
GLASTONBURY = actor("Glastonbury Festival", "GBR", "BUS")

K1 = ("LONDON (AP) — A member of the Northern Irish rap group Kneecap appeared in a London court on Wednesday charged "
      "with a terrorism offense for allegedly displaying a Hezbollah flag at a concert, as hundreds of supporters "
      "rallied outside.")
K2 = ("Liam Óg Ó hAnnaidh, 27, who performs under the name Mo Chara, was granted unconditional bail by Chief "
      "Magistrate Paul Goldspring, who adjourned the case until Aug. 20.")
K3 = ("London's Metropolitan Police charged him last month under the Terrorism Act with displaying an article in a "
      "public place in a way that aroused suspicion he supported a banned organization.")
K4 = ("Prosecutors allege he shouted \"Up Hamas, up Hezbollah\" while holding the flag during a show at the O2 Forum "
      "Kentish Town in November 2024.")
K5 = "Both Hamas and Hezbollah are proscribed as terrorist groups in the U.K."
K6 = ("Ó hAnnaidh, who denies the charge, did not speak in court except to confirm his name, date of birth and "
      "address.")
K7 = ("Outside, he told cheering fans that the British government was using the case as \"a distraction\" from its "
      "support for Israel.")
K8 = ("The band has called the prosecution \"political policing\" and said it was being targeted for speaking out "
      "against Israel's offensive in Gaza.")
K9 = ("Fans waving Palestinian flags and wearing Kneecap balaclavas filled the street outside Westminster "
      "Magistrates' Court, chanting \"Free Mo Chara.\"")
K10 = "Police said there were no arrests."
K11 = ("The case has fueled a political row over the group's scheduled appearance at the Glastonbury Festival later "
       "this month.")
K12 = ("Prime Minister Keir Starmer said last week that he did not think it was \"appropriate\" for Kneecap to play "
       "the festival.")
K13 = "Conservative leader Kemi Badenoch urged organizers to drop the band from the lineup."
K14 = "Glastonbury's organizers have so far rejected the calls."
K15 = "Several other festivals and venues have canceled Kneecap shows since the investigation began in April."
K16 = ("Counter-terrorism police opened that inquiry after videos circulated online that appeared to show band "
       "members making remarks about British lawmakers and the conflict in the Middle East.")
K17 = ("Formed in Belfast in 2017, the trio raps in Irish and English and rose to wider fame with a semi-fictional "
       "2024 film about the band.")

EN01 = {
    "id": "hm374-en-01", "lang": "en", "url": None, "published": "2025-06-18",
    "title": "Kneecap rapper appears in London court on terrorism charge as supporters rally",
    "text": paragraphs([K1, K2], [K3, K4, K5], [K6, K7, K8], [K9, K10], [K11, K12, K13, K14], [K15, K16, K17]),
    "events": [
        event("ACCUSE", MET_POLICE, MO_CHARA, K1, mode="allege", location="London", location_country="GBR"),
        event("PROTEST", KNEECAP_SUPPORTERS, WESTMINSTER_COURT, K1, mode="demo", date="2025-06-18",
              location="London", location_country="GBR"),
        event("ACCUSE", MET_POLICE, MO_CHARA, K3, mode="allege"),
        event("ACCUSE", GBR_PROSECUTORS, MO_CHARA, K4, mode="allege"),
        event("ACCUSE", MO_CHARA, UK_GOV, K7, mode="disapprove", date="2025-06-18", location="London",
              location_country="GBR"),
        event("ACCUSE", KNEECAP, MET_POLICE, K8, mode="disapprove"),
        event("PROTEST", KNEECAP_SUPPORTERS, WESTMINSTER_COURT, K9, mode="demo", date="2025-06-18",
              location="London", location_country="GBR"),
        event("COERCE", MET_POLICE, KNEECAP_SUPPORTERS, K10, mode="arrest", date="2025-06-18", location="London",
              location_country="GBR", negated=True),
        event("ACCUSE", STARMER, KNEECAP, K12, mode="disapprove"),
        event("REQUEST", BADENOCH, GLASTONBURY, K13, mode="change"),
        event("REJECT", GLASTONBURY, BADENOCH, K14, mode="change"),
        event("ACCUSE", MET_POLICE, KNEECAP, K16, mode="investigate"),
    ],
    "quotes": [
        quote("Up Hamas, up Hezbollah", "Liam Óg Ó hAnnaidh", "direct"),
        quote("he shouted \"Up Hamas, up Hezbollah\" while holding the flag during a show at the O2 Forum Kentish Town "
              "in November 2024", "Crown Prosecution Service", "indirect"),
        quote("a distraction", "Liam Óg Ó hAnnaidh", "direct"),
        quote("the British government was using the case as \"a distraction\" from its support for Israel",
              "Liam Óg Ó hAnnaidh", "indirect"),
        quote("political policing", "Kneecap", "direct"),
        quote("it was being targeted for speaking out against Israel's offensive in Gaza", "Kneecap", "indirect"),
        quote("Free Mo Chara", "supporters of Kneecap", "direct"),
        quote("there were no arrests", "Metropolitan Police", "indirect"),
        quote("appropriate", "Keir Starmer", "direct"),
        quote("he did not think it was \"appropriate\" for Kneecap to play the festival", "Keir Starmer",
              "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON", "London"]),
        entity("Kneecap", "ORG", "GBR", ["the Northern Irish rap group Kneecap", "Kneecap", "The band", "the group's",
                                         "the band", "the trio"]),
        entity("Liam Óg Ó hAnnaidh", "PER", "GBR", ["A member of the Northern Irish rap group Kneecap",
                                                    "Liam Óg Ó hAnnaidh, 27, who performs under the name Mo Chara",
                                                    "him", "Ó hAnnaidh", "Mo Chara"]),
        entity("supporters of Kneecap", "PER", "GBR", ["hundreds of supporters", "cheering fans",
                                                       "Fans waving Palestinian flags and wearing Kneecap "
                                                       "balaclavas"]),
        entity("Paul Goldspring", "PER", "GBR", ["Chief Magistrate Paul Goldspring"]),
        entity("Metropolitan Police", "ORG", "GBR", ["London's Metropolitan Police", "Police",
                                                     "Counter-terrorism police"]),
        entity("Crown Prosecution Service", "ORG", "GBR", ["Prosecutors"]),
        entity("Hezbollah", "ORG", "LBN", ["Hezbollah"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("O2 Forum Kentish Town", "LOC", "GBR", ["the O2 Forum Kentish Town"]),
        entity("United Kingdom", "LOC", "GBR", ["the U.K."]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["the British government"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israel's"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Westminster Magistrates' Court", "ORG", "GBR", ["Westminster Magistrates' Court"]),
        entity("Glastonbury Festival", "ORG", "GBR", ["the Glastonbury Festival", "the festival",
                                                      "Glastonbury's organizers", "organizers"]),
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer"]),
        entity("Kemi Badenoch", "PER", "GBR", ["Conservative leader Kemi Badenoch"]),
        entity("Conservative Party", "ORG", "GBR", ["Conservative"]),
        entity("British lawmakers", "PER", "GBR", ["British lawmakers"]),
        entity("Middle East", "LOC", None, ["the Middle East"]),
        entity("Belfast", "LOC", "GBR", ["Belfast"]),
    ],
}

# ---------------------------------------------------------------- hm374-en-02 (Italy/US/China, Xu Zewei arrested)
ITA_POLICE_EN = actor("Italian police", "ITA", "COP")
XU = actor("Xu Zewei", "CHN", "CVL")
ZHANG_YU = actor("Zhang Yu", "CHN", "CVL")
USA_GOV = actor("Government of the United States", "USA", "GOV")
ITA_AUTHORITIES = actor("Italian authorities", "ITA", "GOV")
US_DOJ = actor("United States Department of Justice", "USA", "GOV")
CHN_MSS = actor("Ministry of State Security of China", "CHN", "GOV")
MILAN_COURT = actor("Milan Court of Appeal", "ITA", "JUD")
EISENBERG = actor("John Eisenberg", "USA", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
CHN_CONSULATE_MILAN = actor("Consulate General of China in Milan", "CHN", "GOV")

X1 = ("MILAN (AP) — Italian police have arrested a Chinese man wanted by the United States on charges that he hacked "
      "American universities and agencies researching COVID-19 vaccines on behalf of Beijing's intelligence "
      "services.")
X2 = ("Xu Zewei, 33, was detained last Thursday at Milan's Malpensa airport shortly after arriving from Shanghai, at "
      "the request of U.S. authorities, Italian officials said.")
X3 = ("The U.S. Justice Department on Tuesday unsealed a nine-count indictment accusing Xu and a co-defendant, Zhang "
      "Yu, of taking part in a 2020 hacking campaign attributed to a group Microsoft calls Hafnium, or Silk Typhoon.")
X4 = ("According to the indictment, the two men acted on the orders of officers of China's Ministry of State Security "
      "in Shanghai and targeted researchers at a university in Texas, among others.")
X5 = "Zhang remains at large."
X6 = ("At a hearing before Milan's appeals court on Tuesday, Xu refused to consent to his extradition, his lawyer "
      "Enrico Giarda told reporters.")
X7 = ("Giarda said his client was the victim of mistaken identity, noting that Xu Zewei is a common name in China and "
      "that his client works as an IT manager for a company in Shanghai.")
X8 = ("The judges ordered that Xu remain in custody in the prison of Busto Arsizio, near Milan, while the U.S. "
      "extradition request is examined.")
X9 = "The final decision on extradition rests with Justice Minister Carlo Nordio."
X10 = "The Justice Department thanked Italian authorities for their cooperation."
X11 = ("\"This arrest shows that hackers working for the Chinese state cannot hide, even abroad,\" Assistant Attorney "
       "General John Eisenberg said in a statement.")
X12 = ("China's Foreign Ministry said it was not aware of the case but accused Washington of \"smearing\" China with "
       "hacking allegations while itself carrying out cyberattacks.")
X13 = ("Beijing \"firmly opposes and combats all forms of cyberattacks,\" a ministry spokesperson told a regular "
       "briefing.")
X14 = ("The Chinese Consulate General in Milan said it was in contact with Italian authorities and would protect the "
       "legitimate rights of Chinese citizens.")
X15 = ("The case comes as Italy's government seeks to balance its close alliance with Washington against its trade "
       "ties with Beijing.")

EN02 = {
    "id": "hm374-en-02", "lang": "en", "url": None, "published": "2025-07-08",
    "title": "Italy arrests Chinese man wanted by US over COVID-19 research hacking",
    "text": paragraphs([X1, X2], [X3, X4, X5], [X6, X7, X8, X9], [X10, X11], [X12, X13, X14], [X15]),
    "events": [
        event("COERCE", ITA_POLICE_EN, XU, X1, mode="arrest", location_country="ITA"),
        event("COERCE", ITA_POLICE_EN, XU, X2, mode="arrest", date="2025-07-03", location="Malpensa airport, Milan",
              location_country="ITA"),
        event("REQUEST", USA_GOV, ITA_AUTHORITIES, X2, mode="assist"),
        event("ACCUSE", US_DOJ, XU, X3, mode="allege", date="2025-07-08"),
        event("ACCUSE", US_DOJ, ZHANG_YU, X3, mode="allege", date="2025-07-08"),
        event("ACCUSE", US_DOJ, CHN_MSS, X4, mode="allege"),
        event("REJECT", XU, USA_GOV, X6, date="2025-07-08", location="Milan", location_country="ITA"),
        event("COERCE", MILAN_COURT, XU, X8, mode="arrest", date="2025-07-08", location="Milan",
              location_country="ITA"),
        event("SUPPORT", US_DOJ, ITA_AUTHORITIES, X10),
        event("ACCUSE", EISENBERG, CHN_GOV, X11, mode="allege"),
        event("ACCUSE", CHN_MFA, USA_GOV, X12, mode="disapprove"),
        event("CONSULT", CHN_CONSULATE_MILAN, ITA_AUTHORITIES, X14),
    ],
    "quotes": [
        quote("Xu Zewei, 33, was detained last Thursday at Milan's Malpensa airport shortly after arriving from "
              "Shanghai, at the request of U.S. authorities", "Italian officials", "indirect"),
        quote("the two men acted on the orders of officers of China's Ministry of State Security in Shanghai and "
              "targeted researchers at a university in Texas, among others", "United States Department of Justice",
              "indirect"),
        quote("At a hearing before Milan's appeals court on Tuesday, Xu refused to consent to his extradition",
              "Enrico Giarda", "indirect"),
        quote("his client was the victim of mistaken identity, noting that Xu Zewei is a common name in China and that "
              "his client works as an IT manager for a company in Shanghai", "Enrico Giarda", "indirect"),
        quote("This arrest shows that hackers working for the Chinese state cannot hide, even abroad", "John Eisenberg",
              "direct"),
        quote("it was not aware of the case", "Ministry of Foreign Affairs of China", "indirect"),
        quote("smearing", "Ministry of Foreign Affairs of China", "direct"),
        quote("firmly opposes and combats all forms of cyberattacks", "spokesperson of the Ministry of Foreign Affairs "
              "of China", "direct"),
        quote("it was in contact with Italian authorities and would protect the legitimate rights of Chinese citizens",
              "Consulate General of China in Milan", "indirect"),
    ],
    "entities": [
        entity("Milan", "LOC", "ITA", ["MILAN", "Milan", "Milan's"]),
        entity("Italian police", "ORG", "ITA", ["Italian police"]),
        entity("Xu Zewei", "PER", "CHN", ["a Chinese man wanted by the United States", "Xu Zewei, 33", "Xu", "he",
                                          "his client"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Government of the United States", "ORG", "USA", ["U.S. authorities", "Washington"]),
        entity("Government of China", "ORG", "CHN", ["Beijing", "the Chinese state"]),
        entity("Malpensa airport", "LOC", "ITA", ["Milan's Malpensa airport"]),
        entity("Shanghai", "LOC", "CHN", ["Shanghai"]),
        entity("Italian officials", "PER", "ITA", ["Italian officials"]),
        entity("United States Department of Justice", "ORG", "USA", ["The U.S. Justice Department",
                                                                    "The Justice Department"]),
        entity("Zhang Yu", "PER", "CHN", ["a co-defendant, Zhang Yu", "Zhang"]),
        entity("Microsoft", "ORG", "USA", ["Microsoft"]),
        entity("Hafnium", "ORG", "CHN", ["a group Microsoft calls Hafnium, or Silk Typhoon"]),
        entity("Ministry of State Security of China", "ORG", "CHN", ["China's Ministry of State Security"]),
        entity("China", "LOC", "CHN", ["China", "China's"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Milan Court of Appeal", "ORG", "ITA", ["Milan's appeals court", "The judges"]),
        entity("Enrico Giarda", "PER", "ITA", ["his lawyer Enrico Giarda", "Giarda"]),
        entity("Busto Arsizio prison", "LOC", "ITA", ["the prison of Busto Arsizio"]),
        entity("Carlo Nordio", "PER", "ITA", ["Justice Minister Carlo Nordio"]),
        entity("Italian authorities", "ORG", "ITA", ["Italian authorities"]),
        entity("John Eisenberg", "PER", "USA", ["Assistant Attorney General John Eisenberg"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's Foreign Ministry"]),
        entity("spokesperson of the Ministry of Foreign Affairs of China", "PER", "CHN", ["a ministry spokesperson"]),
        entity("Consulate General of China in Milan", "ORG", "CHN", ["The Chinese Consulate General in Milan"]),
        entity("Chinese citizens", "PER", "CHN", ["Chinese citizens"]),
        entity("Government of Italy", "ORG", "ITA", ["Italy's government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
