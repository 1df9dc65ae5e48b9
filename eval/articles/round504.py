"""Round 504: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm504-de-01: Argentina: police clash with protesters against Governor Gerardo Morales's constitutional reform in San Salvador de Jujuy; arrests, Morales blames Kirchnerism and Fernández's government, Fernández demands the reform's withdrawal and Morales refuses, dropped land-rights articles, indigenous road blockade and teachers' strike, Amnesty's demand, Bullrich backs Morales, no federal forces sent (2023-06-21).
- hm504-de-02: Brazil: at least 14 killed in the São Paulo military police's Operation Escudo in Guarujá after a Rota officer was shot dead; arrests, Tarcísio de Freitas defends it, Dino criticises, ombudsman Cláudio Silva alleges torture, prosecutors investigate, Derrite denies, Conectas demands an end and the state government refuses (2023-08-01).
- hm504-de-03: Mexico: the Senate abolishes 13 trusts of the federal judiciary despite protests; López Obrador accuses the judges and promises to protect workers' benefits, Norma Piña objects, judicial workers strike and block the Senate, police cordon, PAN and PRI file a constitutional challenge, Morena rejects the criticism (2023-10-25).
- hm504-de-04: Colombia: ex-paramilitary chief Salvatore Mancuso deported from the US and taken to La Picota by INPEC; earlier convictions, Petro's "peace manager" appointment, his lawyers' release request rejected by a Bogotá judge, Mancuso promises the truth, victims' groups demand court testimony, Uribe denies and attacks Petro (2024-02-28).
- hm504-en-01: China/Brazil: Xi Jinping receives Lula in Beijing and both governments strike 15 agreements including a joint satellite; Lula's Huawei visit and dollar criticism in Shanghai, U.S. pressure over Huawei, Amorim on ties with Washington, Lula urges Russia and Ukraine to negotiate, Kyiv's condition, Xi accepts an invitation to Brazil (2023-04-14).
- hm504-en-02: Argentina: Milei's coalition pulls the omnibus bill from the lower house after articles are voted down and it goes back to committee; Milei accuses the governors of betrayal, Caputo cuts a transport subsidy fund, governors hit back, January concessions, protest crackdown defended by Bullrich, CGT threatens more protests (2024-02-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm504-de-01 (Argentina, Jujuy protests)
JUJUY_POLICE = actor("Police of Jujuy Province", "ARG", "COP")
JUJUY_PROTESTERS = actor("protesters in Jujuy", "ARG", "CVL")
JUJUY_LEG = actor("Legislature of Jujuy Province", "ARG", "LEG")
MASKED = actor("masked protesters in Jujuy", "ARG", "CVL")
JUJUY_GOV = actor("Government of Jujuy Province", "ARG", "GOV")
MORALES = actor("Gerardo Morales", "ARG", "GOV")
KIRCHNERISM = actor("Kirchnerism", "ARG", "PTY")
ARG_GOV_23 = actor("Government of Argentina", "ARG", "GOV")
ALBERTO = actor("Alberto Fernández", "ARG", "GOV")
INDIGENOUS = actor("indigenous communities of Jujuy", "ARG", "CVL")
JUJUY_TEACHERS = actor("teachers of Jujuy Province", "ARG", "EDU")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
BULLRICH_23 = actor("Patricia Bullrich", "ARG", "OPP")
ARG_SECMIN = actor("Ministry of Security of Argentina", "ARG", "GOV")

J1 = ("San Salvador de Jujuy (dpa) - Bei Protesten gegen eine umstrittene Verfassungsreform in der "
      "nordargentinischen Provinz Jujuy sind Dutzende Menschen verletzt und festgenommen worden.")
J2 = ("Die Provinzpolizei setzte am Dienstag Gummigeschosse und Tränengas gegen Tausende Demonstranten ein, die "
      "sich vor dem Parlament in der Provinzhauptstadt versammelt hatten.")
J3 = "Vermummte warfen Steine auf die Beamten, zündeten mehrere Autos an und drangen in das Gebäude ein."
J4 = ("Nach Angaben der Provinzregierung wurden 68 Menschen festgenommen und mehr als 170 verletzt, darunter "
      "zahlreiche Polizisten.")
J5 = ("Die neue Provinzverfassung, die am selben Tag in Kraft trat, verbietet unter anderem Straßenblockaden und "
      "die Besetzung öffentlicher Gebäude.")
J6 = ("Gouverneur Gerardo Morales machte den Kirchnerismus und die Regierung von Präsident Alberto Fernández für "
      "die Gewalt verantwortlich.")
J7 = ("„Sie wollen Jujuy in Brand setzen, um uns im Wahljahr zu schaden“, sagte der Politiker der oppositionellen "
      "Radikalen Bürgerunion (UCR) im Fernsehen.")
J8 = ("Der Präsident warf Morales dagegen vor, friedliche Proteste mit Gewalt zu unterdrücken, und forderte ihn "
      "auf, die Reform zurückzunehmen.")
J9 = "Morales lehnte das ab."
J10 = ("Bereits am Samstag hatte der Gouverneur zwei umstrittene Artikel über Landrechte indigener Gemeinschaften "
       "aus dem Text streichen lassen.")
J11 = ("Vertreter der Gemeinschaften erklärten jedoch, das reiche nicht aus, und setzten ihre Blockade der "
       "Fernstraße 9 fort.")
J12 = "Seit Anfang Juni streiken zudem die Lehrer der Provinz für höhere Löhne."
J13 = "Amnesty International forderte eine unabhängige Untersuchung des Polizeieinsatzes."
J14 = "Die Provinzregierung wies den Vorwurf unverhältnismäßiger Gewalt zurück."
J15 = "Die Präsidentschaftsbewerberin Patricia Bullrich stellte sich hinter den Gouverneur."
J16 = "Bundeskräfte würden nicht in die Provinz entsandt, teilte das Sicherheitsministerium in Buenos Aires mit."
J17 = ("Morales bewirbt sich bei der Präsidentschaftswahl im Oktober als Vizekandidat von Buenos Aires' "
       "Bürgermeister Horacio Rodríguez Larreta.")

DE01 = {
    "id": "hm504-de-01", "lang": "de", "url": None, "published": "2023-06-21",
    "title": "Schwere Krawalle in Argentiniens Provinz Jujuy",
    "text": paragraphs([J1, J2, J3, J4, J5], [J6, J7, J8, J9], [J10, J11, J12], [J13, J14, J15, J16], [J17]),
    "events": [
        event("COERCE", JUJUY_POLICE, JUJUY_PROTESTERS, J1, mode="arrest", location="Jujuy",
              location_country="ARG"),
        event("COERCE", JUJUY_POLICE, JUJUY_PROTESTERS, J2, mode="crowd-control", date="2023-06-20",
              location="San Salvador de Jujuy", location_country="ARG"),
        event("PROTEST", JUJUY_PROTESTERS, JUJUY_LEG, J2, mode="demo", date="2023-06-20",
              location="San Salvador de Jujuy", location_country="ARG"),
        event("PROTEST", MASKED, JUJUY_LEG, J3, mode="riot", location="San Salvador de Jujuy",
              location_country="ARG"),
        event("COERCE", JUJUY_POLICE, JUJUY_PROTESTERS, J4, mode="arrest"),
        event("ACCUSE", MORALES, KIRCHNERISM, J6, mode="allege"),
        event("ACCUSE", MORALES, ARG_GOV_23, J6, mode="allege"),
        event("ACCUSE", MORALES, KIRCHNERISM, J7, mode="allege"),
        event("ACCUSE", ALBERTO, MORALES, J8, mode="disapprove"),
        event("REQUEST", ALBERTO, MORALES, J8, mode="change"),
        event("REJECT", MORALES, ALBERTO, J9, mode="change"),
        event("CONCEDE", MORALES, INDIGENOUS, J10, date="2023-06-17"),
        event("REJECT", INDIGENOUS, MORALES, J11),
        event("PROTEST", INDIGENOUS, JUJUY_GOV, J11, mode="obstruct", location_country="ARG"),
        event("PROTEST", JUJUY_TEACHERS, JUJUY_GOV, J12, mode="strike"),
        event("REQUEST", AMNESTY, JUJUY_GOV, J13),
        event("SUPPORT", BULLRICH_23, MORALES, J15),
        event("MOBILIZE", ARG_SECMIN, None, J16, mode="police", location="Jujuy", location_country="ARG",
              negated=True),
    ],
    "quotes": [
        quote("wurden 68 Menschen festgenommen und mehr als 170 verletzt, darunter zahlreiche Polizisten",
              "Government of Jujuy Province", "indirect"),
        quote("Sie wollen Jujuy in Brand setzen, um uns im Wahljahr zu schaden", "Gerardo Morales", "direct"),
        quote("friedliche Proteste mit Gewalt zu unterdrücken", "Alberto Fernández", "indirect"),
        quote("die Reform zurückzunehmen", "Alberto Fernández", "indirect"),
        quote("das reiche nicht aus", "indigenous communities of Jujuy", "indirect"),
        quote("Bundeskräfte würden nicht in die Provinz entsandt", "Ministry of Security of Argentina", "indirect"),
    ],
    "entities": [
        entity("San Salvador de Jujuy", "LOC", "ARG", ["San Salvador de Jujuy", "der Provinzhauptstadt"]),
        entity("Jujuy Province", "LOC", "ARG", ["der nordargentinischen Provinz Jujuy", "Jujuy", "der Provinz",
                                                "die Provinz"]),
        entity("Police of Jujuy Province", "ORG", "ARG", ["Die Provinzpolizei", "die Beamten", "Polizisten"]),
        entity("protesters in Jujuy", "PER", "ARG", ["Dutzende Menschen", "Tausende Demonstranten"]),
        entity("Legislature of Jujuy Province", "ORG", "ARG", ["dem Parlament", "das Gebäude"]),
        entity("masked protesters in Jujuy", "PER", "ARG", ["Vermummte"]),
        entity("Government of Jujuy Province", "ORG", "ARG", ["der Provinzregierung", "Die Provinzregierung"]),
        entity("Constitution of Jujuy Province", "MISC", "ARG", ["Die neue Provinzverfassung"]),
        entity("Gerardo Morales", "PER", "ARG", ["Gouverneur Gerardo Morales", "der Politiker", "Morales", "ihn",
                                                 "der Gouverneur", "den Gouverneur"]),
        entity("Kirchnerism", "ORG", "ARG", ["den Kirchnerismus", "Sie"]),
        entity("Government of Argentina", "ORG", "ARG", ["die Regierung von Präsident Alberto Fernández"]),
        entity("Alberto Fernández", "PER", "ARG", ["Präsident Alberto Fernández", "Der Präsident"]),
        entity("Radical Civic Union", "ORG", "ARG", ["der oppositionellen Radikalen Bürgerunion (UCR)"]),
        entity("indigenous communities of Jujuy", "ORG", "ARG", ["indigener Gemeinschaften",
                                                                 "Vertreter der Gemeinschaften"]),
        entity("National Route 9", "LOC", "ARG", ["der Fernstraße 9"]),
        entity("teachers of Jujuy Province", "PER", "ARG", ["die Lehrer der Provinz"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Die Präsidentschaftsbewerberin Patricia Bullrich"]),
        entity("Argentine federal forces", "ORG", "ARG", ["Bundeskräfte"]),
        entity("Ministry of Security of Argentina", "ORG", "ARG", ["das Sicherheitsministerium in Buenos Aires"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Horacio Rodríguez Larreta", "PER", "ARG", ["Buenos Aires' Bürgermeister Horacio Rodríguez "
                                                           "Larreta"]),
    ],
}

# ---------------------------------------------------------------- hm504-de-02 (Brazil, Operation Escudo in Guarujá)
SP_PM = actor("Military Police of São Paulo", "BRA", "COP")
GUARUJA_RESIDENTS = actor("residents of Guarujá", "BRA", "CVL")
GUNMEN_BR = actor("unidentified gunmen in Guarujá", "BRA", "CVL")
SP_GOV = actor("Government of São Paulo State", "BRA", "GOV")
SP_SUSPECTS = actor("suspects in Guarujá", "BRA", "CVL")
TARCISIO = actor("Tarcísio de Freitas", "BRA", "GOV")
DINO = actor("Flávio Dino", "BRA", "GOV")
CLAUDIO_SILVA = actor("Cláudio Silva", "BRA", "GOV")
SP_PROSECUTORS = actor("Public Prosecutor's Office of São Paulo", "BRA", "JUD")
CONECTAS = actor("Conectas Human Rights", "BRA", "NGO")

G1 = ("São Paulo (dpa) - Bei einem Großeinsatz der Polizei nach dem Tod eines Elitepolizisten sind in der "
      "brasilianischen Küstenstadt Guarujá mindestens 14 Menschen getötet worden.")
G2 = ("Die Militärpolizei des Bundesstaats São Paulo hatte die Operation Escudo am Freitag gestartet, einen Tag "
      "nachdem ein Mitglied der Spezialeinheit Rota bei einer Streife erschossen worden war.")
G3 = "Der 30-jährige Soldat Patrick Bastos Reis starb noch am Tatort."
G4 = "Die Landesregierung schickte seither Hunderte zusätzliche Beamte in die Armenviertel der Stadt."
G5 = ("Nach Angaben des Sicherheitssekretariats wurden zudem mehr als 30 Verdächtige festgenommen, darunter drei "
      "Männer, die an dem Angriff auf die Streife beteiligt gewesen sein sollen.")
G6 = "Gouverneur Tarcísio de Freitas verteidigte den Einsatz."
G7 = "„Ich bin äußerst zufrieden mit dem Vorgehen der Polizei“, sagte er am Montag vor Journalisten."
G8 = "Es habe keine Exzesse gegeben, jeder Todesfall werde aber untersucht."
G9 = ("Bundesjustizminister Flávio Dino kritisierte dagegen, die Reaktion der Polizei erscheine nicht "
      "verhältnismäßig.")
G10 = ("Der Ombudsmann der Polizei, Cláudio Silva, warf den Beamten vor, Anwohner gefoltert und Verdächtige "
       "hingerichtet zu haben.")
G11 = "Die Staatsanwaltschaft von São Paulo leitete Ermittlungen zu den Todesfällen ein."
G12 = "Sicherheitssekretär Guilherme Derrite wies die Foltervorwürfe als „Lügen“ zurück."
G13 = "Menschenrechtsgruppen wie Conectas forderten ein sofortiges Ende der Operation."
G14 = ("Die Landesregierung lehnte das ab und kündigte an, den Einsatz bis zur Festnahme aller Täter "
       "fortzusetzen.")
G15 = "Brasiliens Polizei gilt als eine der tödlichsten der Welt."
G16 = ("Tarcísio war unter Ex-Präsident Jair Bolsonaro Infrastrukturminister und gilt als Verfechter einer harten "
       "Linie gegen die organisierte Kriminalität.")

DE02 = {
    "id": "hm504-de-02", "lang": "de", "url": None, "published": "2023-08-01",
    "title": "Mindestens 14 Tote bei Polizeieinsatz in Brasilien",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7, G8, G9], [G10, G11, G12], [G13, G14], [G15, G16]),
    "events": [
        event("ASSAULT", SP_PM, GUARUJA_RESIDENTS, G1, location="Guarujá", location_country="BRA"),
        event("MOBILIZE", SP_PM, None, G2, mode="police", date="2023-07-28", location="Guarujá",
              location_country="BRA"),
        event("ASSAULT", GUNMEN_BR, SP_PM, G2, mode="firearms", date="2023-07-27", location="Guarujá",
              location_country="BRA"),
        event("MOBILIZE", SP_GOV, None, G4, mode="police", location="Guarujá", location_country="BRA"),
        event("COERCE", SP_PM, SP_SUSPECTS, G5, mode="arrest", location="Guarujá", location_country="BRA"),
        event("SUPPORT", TARCISIO, SP_PM, G6),
        event("SUPPORT", TARCISIO, SP_PM, G7, date="2023-07-31"),
        event("ACCUSE", DINO, SP_PM, G9, mode="disapprove"),
        event("ACCUSE", CLAUDIO_SILVA, SP_PM, G10, mode="allege"),
        event("ACCUSE", SP_PROSECUTORS, SP_PM, G11, mode="investigate"),
        event("REQUEST", CONECTAS, SP_GOV, G13),
        event("REJECT", SP_GOV, CONECTAS, G14),
    ],
    "quotes": [
        quote("wurden zudem mehr als 30 Verdächtige festgenommen, darunter drei Männer, die an dem Angriff auf die "
              "Streife beteiligt gewesen sein sollen", "Public Security Secretariat of São Paulo", "indirect"),
        quote("Ich bin äußerst zufrieden mit dem Vorgehen der Polizei", "Tarcísio de Freitas", "direct"),
        quote("Es habe keine Exzesse gegeben, jeder Todesfall werde aber untersucht", "Tarcísio de Freitas",
              "indirect"),
        quote("die Reaktion der Polizei erscheine nicht verhältnismäßig", "Flávio Dino", "indirect"),
        quote("Anwohner gefoltert und Verdächtige hingerichtet zu haben", "Cláudio Silva", "indirect"),
        quote("Lügen", "Guilherme Derrite", "direct"),
        quote("den Einsatz bis zur Festnahme aller Täter fortzusetzen", "Government of São Paulo State",
              "indirect"),
    ],
    "entities": [
        entity("São Paulo", "LOC", "BRA", ["São Paulo"]),
        entity("São Paulo State", "LOC", "BRA", ["des Bundesstaats São Paulo"]),
        entity("Guarujá", "LOC", "BRA", ["der brasilianischen Küstenstadt Guarujá", "der Stadt"]),
        entity("Military Police of São Paulo", "ORG", "BRA",
               ["der Polizei", "Die Militärpolizei des Bundesstaats São Paulo", "den Beamten"]),
        entity("residents of Guarujá", "PER", "BRA", ["mindestens 14 Menschen", "Anwohner"]),
        entity("Operation Escudo", "MISC", "BRA", ["die Operation Escudo", "der Operation"]),
        entity("ROTA", "ORG", "BRA", ["der Spezialeinheit Rota"]),
        entity("Patrick Bastos Reis", "PER", "BRA", ["eines Elitepolizisten", "ein Mitglied der Spezialeinheit Rota",
                                                     "Der 30-jährige Soldat Patrick Bastos Reis"]),
        entity("Government of São Paulo State", "ORG", "BRA", ["Die Landesregierung"]),
        entity("Public Security Secretariat of São Paulo", "ORG", "BRA", ["des Sicherheitssekretariats"]),
        entity("suspects in Guarujá", "PER", "BRA", ["mehr als 30 Verdächtige", "drei Männer", "Verdächtige"]),
        entity("Tarcísio de Freitas", "PER", "BRA", ["Gouverneur Tarcísio de Freitas", "er", "Tarcísio"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Ex-Präsident Jair Bolsonaro"]),
        entity("Flávio Dino", "PER", "BRA", ["Bundesjustizminister Flávio Dino"]),
        entity("Cláudio Silva", "PER", "BRA", ["Der Ombudsmann der Polizei, Cláudio Silva"]),
        entity("Public Prosecutor's Office of São Paulo", "ORG", "BRA", ["Die Staatsanwaltschaft von São Paulo"]),
        entity("Guilherme Derrite", "PER", "BRA", ["Sicherheitssekretär Guilherme Derrite"]),
        entity("Conectas Human Rights", "ORG", "BRA", ["Menschenrechtsgruppen wie Conectas"]),
        entity("Brazil", "LOC", "BRA", ["Brasiliens"]),
    ],
}

# ---------------------------------------------------------------- hm504-de-03 (Mexico, judicial trusts abolished)
MX_SENATE = actor("Senate of Mexico", "MEX", "LEG")
MX_JUDICIARY = actor("Federal Judiciary of Mexico", "MEX", "JUD")
MX_JUD_WORKERS = actor("Mexican judicial workers", "MEX", "LAB")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
PINA = actor("Norma Piña", "MEX", "JUD")
CDMX_POLICE = actor("Mexico City Police", "MEX", "COP")
PAN = actor("National Action Party", "MEX", "PTY")
PRI = actor("Institutional Revolutionary Party", "MEX", "PTY")

M1 = ("Mexiko-Stadt (dpa) - Trotz tagelanger Proteste von Justizangestellten hat der mexikanische Senat die "
      "Auflösung von 13 Treuhandfonds der Bundesjustiz beschlossen.")
M2 = ("Die Kammer stimmte am späten Dienstagabend mit 65 zu 58 Stimmen für die von der Regierungspartei Morena "
      "eingebrachte Vorlage.")
M3 = ("Die Fonds im Umfang von rund 15 Milliarden Pesos (etwa 780 Millionen Euro) sollen nun in den "
      "Staatshaushalt fließen.")
M4 = "Wegen der Proteste tagte der Senat in einem Ausweichgebäude im historischen Zentrum der Hauptstadt."
M5 = ("Präsident Andrés Manuel López Obrador hatte den Richtern vorgeworfen, sich mit dem Geld Privilegien zu "
      "sichern.")
M6 = ("„Dort gibt es Richter, die mehr verdienen als der Präsident und sich für unantastbar halten“, sagte er in "
      "seiner morgendlichen Pressekonferenz.")
M7 = "Die Renten und die medizinische Versorgung der Beschäftigten würden nicht angetastet, versicherte er."
M8 = ("Die Präsidentin des Obersten Gerichtshofs, Norma Piña, nannte die Entscheidung einen Angriff auf die "
      "Unabhängigkeit der Justiz.")
M9 = "Tausende Angestellte der Bundesjustiz legten aus Protest die Arbeit nieder."
M10 = "Vor dem Senatsgebäude an der Avenida Reforma errichteten sie Barrikaden und blockierten die Zugänge."
M11 = "Die Polizei der Hauptstadt hielt die Demonstranten mit Metallgittern auf Abstand."
M12 = ("Senatoren der Oppositionsparteien PAN und PRI reichten beim Obersten Gerichtshof eine Verfassungsklage "
       "gegen die Reform ein.")
M13 = "Die Morena-Fraktion wies den Vorwurf zurück, die Reform verletze die Gewaltenteilung."
M14 = ("López Obrador hatte Piña bereits im Frühjahr vorgeworfen, die Interessen konservativer Eliten zu "
       "vertreten.")
M15 = "Der Streit zwischen der Regierung und dem Gericht schwelt seit Monaten."
M16 = "Im Juni 2024 wird in Mexiko ein neuer Präsident gewählt; López Obrador darf nicht erneut antreten."

DE03 = {
    "id": "hm504-de-03", "lang": "de", "url": None, "published": "2023-10-25",
    "title": "Mexikos Senat streicht Fonds der Justiz",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7], [M8, M9, M10, M11], [M12, M13, M14], [M15, M16]),
    "events": [
        event("SANCTION", MX_SENATE, MX_JUDICIARY, M1, mode="discontinue"),
        event("PROTEST", MX_JUD_WORKERS, MX_SENATE, M1, mode="demo"),
        event("SANCTION", MX_SENATE, MX_JUDICIARY, M2, mode="discontinue", date="2023-10-24"),
        event("ACCUSE", AMLO, MX_JUDICIARY, M5, mode="allege"),
        event("ACCUSE", AMLO, MX_JUDICIARY, M6, mode="disapprove"),
        event("AGREE", AMLO, MX_JUD_WORKERS, M7),
        event("ACCUSE", PINA, MX_SENATE, M8, mode="disapprove"),
        event("PROTEST", MX_JUD_WORKERS, MX_SENATE, M9, mode="strike"),
        event("PROTEST", MX_JUD_WORKERS, MX_SENATE, M10, mode="obstruct", location="Mexico City",
              location_country="MEX"),
        event("COERCE", CDMX_POLICE, MX_JUD_WORKERS, M11, mode="crowd-control", location="Mexico City",
              location_country="MEX"),
        event("ACCUSE", PAN, MX_SENATE, M12, mode="allege"),
        event("ACCUSE", PRI, MX_SENATE, M12, mode="allege"),
        event("ACCUSE", AMLO, PINA, M14, mode="allege"),
    ],
    "quotes": [
        quote("sich mit dem Geld Privilegien zu sichern", "Andrés Manuel López Obrador", "indirect"),
        quote("Dort gibt es Richter, die mehr verdienen als der Präsident und sich für unantastbar halten",
              "Andrés Manuel López Obrador", "direct"),
        quote("Die Renten und die medizinische Versorgung der Beschäftigten würden nicht angetastet",
              "Andrés Manuel López Obrador", "indirect"),
        quote("die Interessen konservativer Eliten zu vertreten", "Andrés Manuel López Obrador", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt", "der Hauptstadt"]),
        entity("Mexican judicial workers", "PER", "MEX", ["Justizangestellten", "der Beschäftigten",
                                                          "Tausende Angestellte der Bundesjustiz", "sie",
                                                          "die Demonstranten"]),
        entity("Senate of Mexico", "ORG", "MEX", ["der mexikanische Senat", "Die Kammer", "der Senat"]),
        entity("Federal Judiciary of Mexico", "ORG", "MEX", ["der Bundesjustiz", "der Justiz"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena", "Die Morena-Fraktion"]),
        entity("Mexican federal judges", "PER", "MEX", ["den Richtern", "Richter"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador", "er",
                                                             "López Obrador", "der Präsident"]),
        entity("Norma Piña", "PER", "MEX", ["Die Präsidentin des Obersten Gerichtshofs, Norma Piña", "Piña"]),
        entity("Supreme Court of Justice of the Nation", "ORG", "MEX",
               ["des Obersten Gerichtshofs", "beim Obersten Gerichtshof", "dem Gericht"]),
        entity("Senate building", "LOC", "MEX", ["dem Senatsgebäude"]),
        entity("Paseo de la Reforma", "LOC", "MEX", ["der Avenida Reforma"]),
        entity("Mexico City Police", "ORG", "MEX", ["Die Polizei der Hauptstadt"]),
        entity("National Action Party", "ORG", "MEX", ["PAN"]),
        entity("Institutional Revolutionary Party", "ORG", "MEX", ["PRI"]),
        entity("Government of Mexico", "ORG", "MEX", ["der Regierung"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
    ],
}

# ---------------------------------------------------------------- hm504-de-04 (Colombia, Mancuso deported)
ICE = actor("United States Immigration and Customs Enforcement", "USA", "GOV")
MANCUSO = actor("Salvatore Mancuso", "COL", "CVL")
INPEC = actor("National Penitentiary and Prison Institute of Colombia", "COL", "COP")
COL_JUDICIARY = actor("Judiciary of Colombia", "COL", "JUD")
PETRO = actor("Gustavo Petro", "COL", "GOV")
MANCUSO_LAWYERS = actor("lawyers of Salvatore Mancuso", "COL", "CVL")
BOGOTA_JUDGE = actor("judge in Bogotá", "COL", "JUD")
COL_VICTIMS = actor("Colombian victims' associations", "COL", "NGO")
URIBE = actor("Álvaro Uribe", "COL", "OPP")

C1 = ("Bogotá (AFP) - Der frühere Paramilitärchef Salvatore Mancuso ist nach fast 16 Jahren in den USA in seine "
      "Heimat Kolumbien abgeschoben worden.")
C2 = ("Eine Maschine der US-Einwanderungsbehörde ICE landete am Dienstag auf dem Militärflughafen der Hauptstadt, "
      "wo Beamte der Gefängnisbehörde Inpec den 59-Jährigen in Gewahrsam nahmen.")
C3 = "Anschließend wurde er in das Hochsicherheitsgefängnis La Picota gebracht."
C4 = ("Mancuso war einer der Anführer der ultrarechten Vereinigten Bürgerwehren Kolumbiens (AUC), denen Tausende "
      "Morde an Zivilisten zur Last gelegt werden.")
C5 = "In den USA hatte er eine Haftstrafe wegen Drogenhandels verbüßt und saß seit 2020 in Abschiebehaft."
C6 = ("In Kolumbien wurde er bereits in Dutzenden Verfahren wegen Massakern, Entführungen und Vertreibungen "
      "verurteilt.")
C7 = ("Präsident Gustavo Petro hatte Mancuso im vergangenen Jahr zum „Friedensbeauftragten“ ernannt, der bei der "
      "Aufklärung von Verbrechen des bewaffneten Konflikts helfen soll.")
C8 = "Mancusos Anwälte beantragten deshalb seine sofortige Freilassung."
C9 = "Ein Richter in Bogotá lehnte den Antrag am Mittwoch ab."
C10 = "Gegen den Ex-Milizenführer lägen noch Haftbefehle aus mehreren Verfahren vor, hieß es zur Begründung."
C11 = ("Mancuso kündigte in einer schriftlichen Erklärung an, die Wahrheit über Verbindungen der Paramilitärs zu "
       "Politikern, Unternehmern und Militärs offenzulegen.")
C12 = "„Ich komme, um meine Schuld gegenüber den Opfern zu begleichen“, schrieb er."
C13 = "Opferverbände reagierten skeptisch und forderten, dass er vor Gericht statt in den Medien aussage."
C14 = ("Ex-Präsident Álvaro Uribe, den Mancuso in früheren Aussagen schwer belastet hatte, bestritt erneut jede "
       "Verbindung zu den Paramilitärs.")
C15 = "Uribe warf Petro vor, einen Massenmörder zum Kronzeugen gegen die Opposition zu machen."
C16 = "Die Miliz wurde zwischen 2003 und 2006 im Rahmen eines Friedensprozesses aufgelöst."

DE04 = {
    "id": "hm504-de-04", "lang": "de", "url": None, "published": "2024-02-28",
    "title": "Kolumbianischer Ex-Paramilitärchef Mancuso zurück in Bogotá",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C10], [C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("COERCE", ICE, MANCUSO, C1, mode="deport"),
        event("COERCE", INPEC, MANCUSO, C2, mode="arrest", date="2024-02-27", location="Bogotá",
              location_country="COL"),
        event("COERCE", INPEC, MANCUSO, C3, mode="arrest", location="La Picota", location_country="COL"),
        event("SANCTION", COL_JUDICIARY, MANCUSO, C6, mode="convict"),
        event("SUPPORT", PETRO, MANCUSO, C7),
        event("REQUEST", MANCUSO_LAWYERS, BOGOTA_JUDGE, C8, mode="yield"),
        event("REJECT", BOGOTA_JUDGE, MANCUSO_LAWYERS, C9, date="2024-02-28", location="Bogotá",
              location_country="COL"),
        event("AGREE", MANCUSO, None, C11),
        event("REQUEST", COL_VICTIMS, MANCUSO, C13),
        event("ACCUSE", MANCUSO, URIBE, C14, mode="allege"),
        event("ACCUSE", URIBE, PETRO, C15, mode="disapprove"),
    ],
    "quotes": [
        quote("Friedensbeauftragten", "Gustavo Petro", "direct"),
        quote("Gegen den Ex-Milizenführer lägen noch Haftbefehle aus mehreren Verfahren vor", "judge in Bogotá",
              "indirect"),
        quote("die Wahrheit über Verbindungen der Paramilitärs zu Politikern, Unternehmern und Militärs "
              "offenzulegen", "Salvatore Mancuso", "indirect"),
        quote("Ich komme, um meine Schuld gegenüber den Opfern zu begleichen", "Salvatore Mancuso", "direct"),
        quote("dass er vor Gericht statt in den Medien aussage", "Colombian victims' associations", "indirect"),
        quote("einen Massenmörder zum Kronzeugen gegen die Opposition zu machen", "Álvaro Uribe", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá", "der Hauptstadt"]),
        entity("Salvatore Mancuso", "PER", "COL",
               ["Der frühere Paramilitärchef Salvatore Mancuso", "den 59-Jährigen", "er", "Mancuso", "Mancusos",
                "den Ex-Milizenführer"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Colombia", "LOC", "COL", ["seine Heimat Kolumbien", "Kolumbien"]),
        entity("United States Immigration and Customs Enforcement", "ORG", "USA",
               ["der US-Einwanderungsbehörde ICE"]),
        entity("CATAM military airport", "LOC", "COL", ["dem Militärflughafen der Hauptstadt"]),
        entity("National Penitentiary and Prison Institute of Colombia", "ORG", "COL",
               ["Beamte der Gefängnisbehörde Inpec"]),
        entity("La Picota prison", "LOC", "COL", ["das Hochsicherheitsgefängnis La Picota"]),
        entity("United Self-Defense Forces of Colombia", "ORG", "COL",
               ["der ultrarechten Vereinigten Bürgerwehren Kolumbiens (AUC)", "Die Miliz", "der Paramilitärs",
                "den Paramilitärs"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Petro"]),
        entity("lawyers of Salvatore Mancuso", "PER", "COL", ["Mancusos Anwälte"]),
        entity("judge in Bogotá", "PER", "COL", ["Ein Richter in Bogotá"]),
        entity("victims of the AUC", "PER", "COL", ["den Opfern"]),
        entity("Colombian victims' associations", "ORG", "COL", ["Opferverbände"]),
        entity("Álvaro Uribe", "PER", "COL", ["Ex-Präsident Álvaro Uribe", "Uribe"]),
    ],
}

# ---------------------------------------------------------------- hm504-en-01 (China/Brazil, Lula in Beijing)
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
HUAWEI = actor("Huawei", "CHN", "BUS")
USA_GOV = actor("Government of the United States", "USA", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")

L1 = ("BEIJING (AP) — Chinese leader Xi Jinping welcomed Brazilian President Luiz Inácio Lula da Silva to Beijing "
      "on Friday, and their governments struck 15 agreements on trade, technology and space cooperation.")
L2 = ("Xi greeted Lula with a military honor guard outside the Great Hall of the People and called him “an old "
      "friend of the Chinese people.”")
L3 = ("Among the deals was a plan to build a sixth jointly developed satellite to monitor the Amazon rainforest, "
      "according to Brazil's Foreign Ministry.")
L4 = ("Lula, on his first trip to China since returning to power in January, said Brazil wanted to “raise the "
      "level of our strategic partnership” with Beijing.")
L5 = "“Nobody is going to prohibit Brazil from improving its relationship with China,” he told reporters after the talks."
L6 = ("A day earlier in Shanghai, Lula toured a research center of the Chinese telecommunications company Huawei "
      "and attended the swearing-in of former Brazilian President Dilma Rousseff as head of the New Development "
      "Bank, set up by the BRICS nations.")
L7 = ("In a speech at the bank, he criticized the dominance of the U.S. dollar and said countries should be free "
      "to trade in their own currencies.")
L8 = "“Who decided that the dollar would be the currency after the gold standard disappeared?” Lula asked."
L9 = "U.S. officials have urged Brazil to keep Huawei out of its 5G mobile networks."
L10 = ("Lula's chief foreign policy adviser, Celso Amorim, said the trip was not directed against the United "
       "States, which Lula visited in February.")
L11 = "The two leaders also discussed the war in Ukraine."
L12 = ("Lula urged Russia and Ukraine to return to negotiations and repeated his proposal for a group of neutral "
       "countries to mediate.")
L13 = "Kyiv has said talks can only begin once Russian troops leave its territory."
L14 = "Lula invited Xi to visit Brazil, and Xi accepted, Brazilian officials said."
L15 = "China is Brazil's largest trading partner, buying mainly soybeans, iron ore and oil."

EN01 = {
    "id": "hm504-en-01", "lang": "en", "url": None, "published": "2023-04-14",
    "title": "Xi welcomes Lula to Beijing as China and Brazil strike 15 deals",
    "text": paragraphs([L1, L2, L3], [L4, L5], [L6, L7, L8], [L9, L10], [L11, L12, L13], [L14, L15]),
    "events": [
        event("CONSULT", LULA, XI, L1, mode="visit", date="2023-04-14", location="Beijing",
              location_country="CHN"),
        event("AGREE", BRA_GOV, CHN_GOV, L1, date="2023-04-14", location="Beijing", location_country="CHN"),
        event("CONSULT", LULA, XI, L2, mode="meet", date="2023-04-14", location="Beijing",
              location_country="CHN"),
        event("SUPPORT", XI, LULA, L2, date="2023-04-14"),
        event("AGREE", BRA_GOV, CHN_GOV, L3),
        event("CONSULT", LULA, HUAWEI, L6, mode="visit", date="2023-04-13", location="Shanghai",
              location_country="CHN"),
        event("ACCUSE", LULA, USA_GOV, L7, mode="disapprove", date="2023-04-13", location="Shanghai",
              location_country="CHN"),
        event("REQUEST", USA_GOV, BRA_GOV, L9),
        event("CONSULT", LULA, USA_GOV, L10, mode="visit", location_country="USA"),
        event("CONSULT", LULA, XI, L11, date="2023-04-14", location="Beijing", location_country="CHN"),
        event("REQUEST", LULA, RUS_GOV, L12),
        event("REQUEST", LULA, UKR_GOV, L12),
        event("REQUEST", UKR_GOV, RUS_GOV, L13, mode="yield"),
        event("AGREE", LULA, XI, L14),
        event("AGREE", XI, LULA, L14),
    ],
    "quotes": [
        quote("an old friend of the Chinese people", "Xi Jinping", "direct"),
        quote("Among the deals was a plan to build a sixth jointly developed satellite to monitor the Amazon "
              "rainforest", "Ministry of Foreign Affairs of Brazil", "indirect"),
        quote("raise the level of our strategic partnership", "Luiz Inácio Lula da Silva", "direct"),
        quote("Brazil wanted to “raise the level of our strategic partnership” with Beijing",
              "Luiz Inácio Lula da Silva", "indirect"),
        quote("Nobody is going to prohibit Brazil from improving its relationship with China",
              "Luiz Inácio Lula da Silva", "direct"),
        quote("countries should be free to trade in their own currencies", "Luiz Inácio Lula da Silva",
              "indirect"),
        quote("Who decided that the dollar would be the currency after the gold standard disappeared?",
              "Luiz Inácio Lula da Silva", "direct"),
        quote("the trip was not directed against the United States", "Celso Amorim", "indirect"),
        quote("talks can only begin once Russian troops leave its territory", "Government of Ukraine", "indirect"),
        quote("Lula invited Xi to visit Brazil, and Xi accepted", "Brazilian officials", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["BEIJING", "Beijing"]),
        entity("Government of China", "ORG", "CHN", ["Beijing"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese leader Xi Jinping", "Xi"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA",
               ["Brazilian President Luiz Inácio Lula da Silva", "Lula", "him", "his", "he", "Lula's"]),
        entity("Great Hall of the People", "LOC", "CHN", ["the Great Hall of the People"]),
        entity("Chinese people", "PER", "CHN", ["the Chinese people"]),
        entity("Ministry of Foreign Affairs of Brazil", "ORG", "BRA", ["Brazil's Foreign Ministry"]),
        entity("Amazon rainforest", "LOC", "BRA", ["the Amazon rainforest"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Brazil", "LOC", "BRA", ["Brazil", "Brazil's"]),
        entity("Shanghai", "LOC", "CHN", ["Shanghai"]),
        entity("Huawei", "ORG", "CHN", ["the Chinese telecommunications company Huawei", "Huawei"]),
        entity("Dilma Rousseff", "PER", "BRA", ["former Brazilian President Dilma Rousseff"]),
        entity("New Development Bank", "ORG", "IGO", ["the New Development Bank", "the bank"]),
        entity("BRICS", "ORG", "IGO", ["the BRICS nations"]),
        entity("United States dollar", "MISC", "USA", ["the U.S. dollar", "the dollar"]),
        entity("Government of the United States", "ORG", "USA", ["U.S. officials"]),
        entity("Celso Amorim", "PER", "BRA", ["Lula's chief foreign policy adviser, Celso Amorim"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kyiv"]),
        entity("Russian armed forces", "ORG", "RUS", ["Russian troops"]),
        entity("Brazilian officials", "PER", "BRA", ["Brazilian officials"]),
    ],
}

# ---------------------------------------------------------------- hm504-en-02 (Argentina, omnibus bill pulled)
LLA = actor("La Libertad Avanza", "ARG", "PTY")
ARG_CHAMBER = actor("Chamber of Deputies of Argentina", "ARG", "LEG")
ARG_LAWMAKERS = actor("Argentine lawmakers", "ARG", "LEG")
ARG_GOV_24 = actor("Government of Argentina", "ARG", "GOV")
ZAGO = actor("Oscar Zago", "ARG", "LEG")
MILEI = actor("Javier Milei", "ARG", "GOV")
ARG_GOVERNORS = actor("Argentine provincial governors", "ARG", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
CAPUTO = actor("Luis Caputo", "ARG", "GOV")
ARG_PROVINCES = actor("Argentine provincial governments", "ARG", "GOV")
LLARYORA = actor("Martín Llaryora", "ARG", "GOV")
ARG_OPP_LAWMAKERS = actor("Argentine opposition lawmakers", "ARG", "OPP")
ARG_FED_FORCES = actor("Argentine federal security forces", "ARG", "COP")
BA_PROTESTERS = actor("protesters in Buenos Aires", "ARG", "CVL")
BULLRICH_24 = actor("Patricia Bullrich", "ARG", "GOV")
CGT = actor("General Confederation of Labour (Argentina)", "ARG", "LAB")

A1 = ("BUENOS AIRES, Argentina (AP) — Argentine President Javier Milei's governing coalition pulled its sweeping "
      "economic reform bill from the floor of the lower house on Tuesday after lawmakers began voting down key "
      "articles.")
A2 = ("At the request of the ruling bloc's leader, Oscar Zago, the Chamber of Deputies voted to send the so-called "
      "omnibus bill back to committee, meaning the legislative process must start over.")
A3 = "The chamber had approved the bill in general terms on Friday after three days of debate."
A4 = ("Milei, who is on a visit to Israel, lashed out at provincial governors, accusing them of having “betrayed” "
      "the Argentine people.")
A5 = ("“We will continue with our program with or without the support of the political leadership,” the "
      "president's office said in a statement.")
A6 = "Economy Minister Luis Caputo said the government would stop paying a transport subsidy fund to the provinces."
A7 = "Several governors rejected the accusations and said the government had refused to negotiate any changes."
A8 = "“Nobody betrayed anyone; the president wanted a blank check,” said Córdoba Governor Martín Llaryora."
A9 = ("The bill originally contained more than 600 articles, including plans to privatize state companies and to "
      "give Milei emergency powers for a year.")
A10 = ("In January, the government had already dropped a chapter on pensions and export taxes to win over "
       "moderate opposition lawmakers.")
A11 = ("During last week's debate, federal security forces fired rubber bullets and pepper spray at protesters "
       "outside Congress, injuring dozens of people, among them several journalists.")
A12 = ("Security Minister Patricia Bullrich defended the operation and said the forces had acted under her new "
       "protest protocol.")
A13 = ("The country's largest labor federation, the CGT, said it would call new protests if the bill returns to "
       "Congress.")
A14 = ("Milei, a self-described anarcho-capitalist, took office in December promising drastic spending cuts to "
       "rein in annual inflation of more than 200%.")
A15 = "His La Libertad Avanza party holds only 38 of the 257 seats in the lower house."

EN02 = {
    "id": "hm504-en-02", "lang": "en", "url": None, "published": "2024-02-07",
    "title": "Argentina's Milei pulls reform bill after setbacks in Congress",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7, A8], [A9, A10], [A11, A12, A13], [A14, A15]),
    "events": [
        event("RETREAT", LLA, ARG_CHAMBER, A1, date="2024-02-06", location="Buenos Aires",
              location_country="ARG"),
        event("REJECT", ARG_LAWMAKERS, ARG_GOV_24, A1, date="2024-02-06", location="Buenos Aires",
              location_country="ARG"),
        event("REQUEST", ZAGO, ARG_CHAMBER, A2, date="2024-02-06"),
        event("SUPPORT", ARG_CHAMBER, ARG_GOV_24, A3, date="2024-02-02"),
        event("ACCUSE", MILEI, ARG_GOVERNORS, A4, mode="disapprove"),
        event("CONSULT", MILEI, ISR_GOV, A4, mode="visit", location="Israel", location_country="ISR"),
        event("SANCTION", CAPUTO, ARG_PROVINCES, A6, mode="discontinue"),
        event("ACCUSE", ARG_GOVERNORS, ARG_GOV_24, A7, mode="allege"),
        event("ACCUSE", LLARYORA, MILEI, A8, mode="disapprove"),
        event("CONCEDE", ARG_GOV_24, ARG_OPP_LAWMAKERS, A10),
        event("COERCE", ARG_FED_FORCES, BA_PROTESTERS, A11, mode="crowd-control", location="Buenos Aires",
              location_country="ARG"),
        event("SUPPORT", BULLRICH_24, ARG_FED_FORCES, A12),
        event("THREATEN", CGT, ARG_GOV_24, A13),
    ],
    "quotes": [
        quote("betrayed", "Javier Milei", "direct"),
        quote("We will continue with our program with or without the support of the political leadership",
              "Office of the President of Argentina", "direct"),
        quote("the government would stop paying a transport subsidy fund to the provinces", "Luis Caputo",
              "indirect"),
        quote("the government had refused to negotiate any changes", "Argentine provincial governors", "indirect"),
        quote("Nobody betrayed anyone; the president wanted a blank check", "Martín Llaryora", "direct"),
        quote("the forces had acted under her new protest protocol", "Patricia Bullrich", "indirect"),
        quote("it would call new protests if the bill returns to Congress",
              "General Confederation of Labour (Argentina)", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["BUENOS AIRES"]),
        entity("Argentina", "LOC", "ARG", ["Argentina", "The country's"]),
        entity("Javier Milei", "PER", "ARG", ["Argentine President Javier Milei", "Milei", "the president",
                                              "His"]),
        entity("La Libertad Avanza", "ORG", "ARG", ["governing coalition", "the ruling bloc",
                                                    "His La Libertad Avanza party"]),
        entity("Chamber of Deputies of Argentina", "ORG", "ARG", ["the lower house", "the Chamber of Deputies",
                                                                  "The chamber"]),
        entity("Argentine lawmakers", "PER", "ARG", ["lawmakers"]),
        entity("Oscar Zago", "PER", "ARG", ["the ruling bloc's leader, Oscar Zago"]),
        entity("Omnibus bill", "MISC", "ARG", ["its sweeping economic reform bill", "the so-called omnibus bill",
                                               "the bill"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Argentine provincial governors", "PER", "ARG", ["provincial governors", "them",
                                                                "Several governors"]),
        entity("Office of the President of Argentina", "ORG", "ARG", ["the president's office"]),
        entity("Luis Caputo", "PER", "ARG", ["Economy Minister Luis Caputo"]),
        entity("Government of Argentina", "ORG", "ARG", ["the government"]),
        entity("Argentine provinces", "LOC", "ARG", ["the provinces"]),
        entity("Córdoba Province", "LOC", "ARG", ["Córdoba"]),
        entity("Martín Llaryora", "PER", "ARG", ["Córdoba Governor Martín Llaryora"]),
        entity("Argentine opposition lawmakers", "PER", "ARG", ["moderate opposition lawmakers"]),
        entity("Argentine federal security forces", "ORG", "ARG", ["federal security forces", "the forces"]),
        entity("protesters in Buenos Aires", "PER", "ARG", ["protesters"]),
        entity("Argentine National Congress", "ORG", "ARG", ["Congress"]),
        entity("journalists", "PER", "ARG", ["several journalists"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Security Minister Patricia Bullrich", "her"]),
        entity("General Confederation of Labour (Argentina)", "ORG", "ARG",
               ["largest labor federation, the CGT"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
