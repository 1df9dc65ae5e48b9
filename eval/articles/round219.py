"""Round 219: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm219-de-01: Pistorius accuses Russia of information warfare after RT publishes the intercepted Luftwaffe Taurus call; Scholz and the MAD investigate, Zakharova and Medvedev hit back, the German ambassador is summoned, the AfD demands his resignation (2024-03-04).
- hm219-de-02: Third night of riots around Lisbon after police shoot Odair Moniz in Amadora; a bus driver burned, arrests, a homicide inquiry, Montenegro appeals for calm, Ventura praises the officer, Vida Justa protests (2024-10-24).
- hm219-de-03: Azerbaijani police arrest six journalists of the Berlin-based exile broadcaster Meydan TV on smuggling charges; RSF and the EU demand their release, Baku's foreign ministry rejects the criticism (2024-12-07).
- hm219-de-04: Estonia refuses to extend the residence permit of Metropolitan Yevgeny of the Moscow-linked Orthodox church; Läänemets and Kallas back the move, Moscow, Peskov and Patriarch Kirill object, the church pledges to amend its statutes (2024-01-19).
- hm219-en-01: Abbott defies the federal demand to reopen Shelby Park in Eagle Pass after the Supreme Court's razor-wire ruling; Republican governors back him, DeSantis sends troops, the White House and Democrats object (2024-01-25).
- hm219-en-02: New York Mayor Eric Adams pleads not guilty to federal corruption charges; FBI search of Gracie Mansion, calls to resign rejected, Hochul undecided, Caban's resignation, clergy rally (2024-09-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# --- hm219-de-01: Taurus leak -------------------------------------------------------------
PISTORIUS = actor("Boris Pistorius", "DEU", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
GERMANY_GOV = actor("Government of Germany", "DEU", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
MAD = actor("Military Counterintelligence Service", "DEU", "MIL")
MERZ = actor("Friedrich Merz", "DEU", "OPP")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
MEDVEDEV = actor("Dmitry Medvedev", "RUS", "GOV")
RUS_MFA = actor("Russian Foreign Ministry", "RUS", "GOV")
LAMBSDORFF = actor("Alexander Graf Lambsdorff", "DEU", "GOV")
AFD = actor("Alternative for Germany", "DEU", "PTY")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")

A1 = ("Nach der Veröffentlichung eines abgehörten Gesprächs hochrangiger Luftwaffenoffiziere hat "
      "Verteidigungsminister Boris Pistorius Russland einen gezielten Informationskrieg vorgeworfen.")
A2 = ("Der Mitschnitt sei Teil eines hybriden Angriffs, der darauf ziele, Deutschland zu spalten, "
      "sagte der SPD-Politiker am Sonntag in Berlin.")
A3 = ("Die Chefredakteurin des Staatssenders RT, Margarita Simonjan, hatte die rund 38 Minuten lange "
      "Aufnahme am Freitag verbreitet.")
A4 = ("Darin erörtern vier Offiziere, darunter Luftwaffeninspekteur Ingo Gerhartz, einen möglichen Einsatz "
      "von Taurus-Marschflugkörpern durch die Ukraine.")
A5 = "Eine Lieferung der Waffen an Kiew hat die Bundesregierung bislang nicht beschlossen."
A6 = "Kanzler Olaf Scholz versprach eine „sehr sorgfältige, sehr intensive und sehr schnelle“ Aufklärung."
A7 = ("Pistorius zufolge prüft der Militärische Abschirmdienst, wie die Schaltung über eine nicht "
      "abhörsichere Plattform angezapft werden konnte.")
A8 = ("CDU-Chef Friedrich Merz forderte, der Kanzler müsse den Verteidigungsausschuss noch in dieser "
      "Woche unterrichten.")
A9 = ("In Moskau warf Außenamtssprecherin Maria Sacharowa der Bundesregierung vor, sie plane Angriffe auf "
      "russisches Gebiet, und verlangte eine Erklärung.")
A10 = "Ex-Präsident Dmitri Medwedew drohte, Deutschland werde sich auf eine Antwort einstellen müssen."
A11 = ("Russischen Agenturen zufolge wurde der deutsche Botschafter Alexander Graf Lambsdorff für Montag "
       "ins Außenministerium einbestellt.")
A12 = "Die AfD forderte den Rücktritt des Ministers, was Pistorius umgehend ablehnte."
A13 = "Er werde keinen der Offiziere „Putins Spielen opfern“, sagte er."

DE01 = {
    "id": "hm219-de-01", "lang": "de", "url": None, "published": "2024-03-04",
    "title": "Pistorius wirft Moskau nach Abhöraffäre Informationskrieg vor",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7, A8], [A9, A10, A11, A12, A13]),
    "events": [
        event("ACCUSE", PISTORIUS, RUSSIA, A1, mode="allege"),
        event("ACCUSE", PISTORIUS, RUSSIA, A2, mode="allege", location="Berlin", location_country="DEU"),
        event("AID", GERMANY_GOV, UKRAINE, A5, negated=True),
        event("ACCUSE", SCHOLZ, None, A6, mode="investigate"),
        event("ACCUSE", MAD, None, A7, mode="investigate"),
        event("REQUEST", MERZ, SCHOLZ, A8, mode="change"),
        event("ACCUSE", ZAKHAROVA, GERMANY_GOV, A9, mode="allege"),
        event("REQUEST", ZAKHAROVA, GERMANY_GOV, A9),
        event("THREATEN", MEDVEDEV, GERMANY, A10),
        event("ACCUSE", RUS_MFA, LAMBSDORFF, A11, mode="disapprove", location="Moscow", location_country="RUS"),
        event("REQUEST", AFD, PISTORIUS, A12, mode="change"),
        event("REJECT", PISTORIUS, AFD, A12, mode="change"),
        event("ACCUSE", PISTORIUS, PUTIN, A13, mode="disapprove"),
    ],
    "quotes": [
        quote("Der Mitschnitt sei Teil eines hybriden Angriffs, der darauf ziele, Deutschland zu spalten",
              "Boris Pistorius", "indirect"),
        quote("sehr sorgfältige, sehr intensive und sehr schnelle", "Olaf Scholz", "direct"),
        quote("prüft der Militärische Abschirmdienst, wie die Schaltung über eine nicht abhörsichere Plattform "
              "angezapft werden konnte", "Boris Pistorius", "indirect"),
        quote("der Kanzler müsse den Verteidigungsausschuss noch in dieser Woche unterrichten",
              "Friedrich Merz", "indirect"),
        quote("sie plane Angriffe auf russisches Gebiet", "Maria Zakharova", "indirect"),
        quote("Deutschland werde sich auf eine Antwort einstellen müssen", "Dmitry Medvedev", "indirect"),
        quote("wurde der deutsche Botschafter Alexander Graf Lambsdorff für Montag ins Außenministerium "
              "einbestellt", "Russian news agencies", "indirect"),
        quote("Putins Spielen opfern", "Boris Pistorius", "direct"),
        quote("Er werde keinen der Offiziere „Putins Spielen opfern“", "Boris Pistorius", "indirect"),
    ],
    "entities": [
        entity("Boris Pistorius", "PER", "DEU",
               ["Verteidigungsminister Boris Pistorius", "der SPD-Politiker", "Pistorius", "des Ministers", "Er",
                "er"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("RT", "ORG", "RUS", ["des Staatssenders RT"]),
        entity("Margarita Simonyan", "PER", "RUS", ["Margarita Simonjan"]),
        entity("Ingo Gerhartz", "PER", "DEU", ["Luftwaffeninspekteur Ingo Gerhartz"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine"]),
        entity("Kyiv", "GPE", "UKR", ["Kiew"]),
        entity("Government of Germany", "ORG", "DEU", ["die Bundesregierung", "der Bundesregierung"]),
        entity("Olaf Scholz", "PER", "DEU", ["Kanzler Olaf Scholz", "der Kanzler"]),
        entity("Military Counterintelligence Service", "ORG", "DEU", ["der Militärische Abschirmdienst"]),
        entity("Friedrich Merz", "PER", "DEU", ["CDU-Chef Friedrich Merz"]),
        entity("Christian Democratic Union", "ORG", "DEU", ["CDU"]),
        entity("Defence Committee of the Bundestag", "ORG", "DEU", ["den Verteidigungsausschuss"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa"]),
        entity("Dmitry Medvedev", "PER", "RUS", ["Ex-Präsident Dmitri Medwedew"]),
        entity("Alexander Graf Lambsdorff", "PER", "DEU", ["der deutsche Botschafter Alexander Graf Lambsdorff"]),
        entity("Russian Foreign Ministry", "ORG", "RUS", ["Außenministerium"]),
        entity("Alternative for Germany", "ORG", "DEU", ["Die AfD"]),
        entity("Vladimir Putin", "PER", "RUS", ["Putins"]),
    ],
}

# --- hm219-de-02: Portugal riots ------------------------------------------------------------
RIOTERS_PT = actor("Portuguese rioters", "PRT", "CVL")
OFFICER_PT = actor("Portuguese police officer", "PRT", "COP")
MONIZ = actor("Odair Moniz", "PRT", "CVL")
POLICE_PT = actor("Portuguese police", "PRT", "COP")
BUS_DRIVER = actor("Bus driver in Loures", "PRT", "CVL")
COURT_PT = actor("Portuguese court", "PRT", "JUD")
PROSEC_PT = actor("Portuguese Public Prosecutor's Office", "PRT", "JUD")
MONTENEGRO = actor("Luís Montenegro", "PRT", "GOV")
VENTURA = actor("André Ventura", "PRT", "PTY")
LEFT_BLOC = actor("Left Bloc", "PRT", "PTY")
VIDA_JUSTA = actor("Vida Justa", "PRT", "CVL")

B1 = "Im Großraum Lissabon haben Randalierer die dritte Nacht in Folge Busse, Autos und Mülltonnen in Brand gesetzt."
B2 = ("Auslöser war der Tod des 43-jährigen Odair Moniz, den ein Polizist am Montag im Viertel Cova da Moura "
      "in Amadora erschossen hatte.")
B3 = ("Die Polizei gab an, der aus Kap Verde stammende Familienvater habe die Beamten nach einer "
      "Verfolgungsfahrt mit einem Messer bedroht.")
B4 = "Anwohner bestreiten diese Darstellung."
B5 = ("In der Nacht zum Mittwoch warfen Vermummte in Loures einen Brandsatz in einen Linienbus, der Fahrer "
      "erlitt schwere Verbrennungen.")
B6 = ("Die Polizei nahm elf Verdächtige fest und zog Spezialeinheiten aus dem ganzen Land in der "
      "Hauptstadtregion zusammen.")
B7 = "Ein Haftrichter ließ sechs von ihnen am Mittwochabend unter Auflagen wieder frei."
B8 = "Gegen den Schützen ermittelt inzwischen die Staatsanwaltschaft wegen Totschlags."
B9 = "Ministerpräsident Luís Montenegro rief die Randalierer auf, die Gewalt sofort zu beenden."
B10 = "„Gewalt ist keine Antwort“, sagte er, „aber Straflosigkeit wird es auch nicht geben.“"
B11 = ("Der Chef der rechtspopulistischen Partei Chega, André Ventura, verlangte dagegen, den Polizisten "
       "auszuzeichnen.")
B12 = "Der Linksblock warf ihm vor, gezielt Stimmung gegen Einwanderer zu machen."
B13 = ("Am Dienstagabend hatten Hunderte Anhänger der Bewegung Vida Justa vor dem Parlament gegen "
       "Polizeigewalt demonstriert.")

DE02 = {
    "id": "hm219-de-02", "lang": "de", "url": None, "published": "2024-10-24",
    "title": "Dritte Krawallnacht bei Lissabon nach tödlichen Polizeischüssen",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12, B13]),
    "events": [
        event("PROTEST", RIOTERS_PT, None, B1, mode="riot", location="Lisbon", location_country="PRT"),
        event("ASSAULT", OFFICER_PT, MONIZ, B2, mode="firearms", location="Amadora", location_country="PRT"),
        event("ACCUSE", POLICE_PT, MONIZ, B3, mode="allege"),
        event("ASSAULT", RIOTERS_PT, BUS_DRIVER, B5, mode="primitive", location="Loures", location_country="PRT"),
        event("COERCE", POLICE_PT, RIOTERS_PT, B6, mode="arrest"),
        event("MOBILIZE", POLICE_PT, None, B6, mode="police", location="Lisbon", location_country="PRT"),
        event("RETREAT", COURT_PT, RIOTERS_PT, B7, mode="release"),
        event("ACCUSE", PROSEC_PT, OFFICER_PT, B8, mode="investigate"),
        event("REQUEST", MONTENEGRO, RIOTERS_PT, B9, mode="yield"),
        event("ACCUSE", MONTENEGRO, RIOTERS_PT, B10, mode="disapprove"),
        event("SUPPORT", VENTURA, OFFICER_PT, B11),
        event("ACCUSE", LEFT_BLOC, VENTURA, B12, mode="allege"),
        event("PROTEST", VIDA_JUSTA, POLICE_PT, B13, mode="demo", location="Lisbon", location_country="PRT"),
    ],
    "quotes": [
        quote("der aus Kap Verde stammende Familienvater habe die Beamten nach einer Verfolgungsfahrt mit einem "
              "Messer bedroht", "Portuguese police", "indirect"),
        quote("die Gewalt sofort zu beenden", "Luís Montenegro", "indirect"),
        quote("Gewalt ist keine Antwort", "Luís Montenegro", "direct"),
        quote("aber Straflosigkeit wird es auch nicht geben", "Luís Montenegro", "direct"),
        quote("den Polizisten auszuzeichnen", "André Ventura", "indirect"),
        quote("gezielt Stimmung gegen Einwanderer zu machen", "Left Bloc", "indirect"),
    ],
    "entities": [
        entity("Lisbon", "LOC", "PRT", ["Lissabon"]),
        entity("Portuguese rioters", "ORG", "PRT", ["Randalierer", "Vermummte", "die Randalierer"]),
        entity("Odair Moniz", "PER", "PRT",
               ["des 43-jährigen Odair Moniz", "der aus Kap Verde stammende Familienvater"]),
        entity("Portuguese police officer", "PER", "PRT", ["ein Polizist", "den Schützen", "den Polizisten"]),
        entity("Cova da Moura", "LOC", "PRT", ["im Viertel Cova da Moura"]),
        entity("Amadora", "LOC", "PRT", ["Amadora"]),
        entity("Portuguese police", "ORG", "PRT", ["Die Polizei", "die Beamten"]),
        entity("Cape Verde", "GPE", "CPV", ["Kap Verde"]),
        entity("Loures", "LOC", "PRT", ["Loures"]),
        entity("Portuguese Public Prosecutor's Office", "ORG", "PRT", ["die Staatsanwaltschaft"]),
        entity("Luís Montenegro", "PER", "PRT", ["Ministerpräsident Luís Montenegro", "er"]),
        entity("Chega", "ORG", "PRT", ["der rechtspopulistischen Partei Chega"]),
        entity("André Ventura", "PER", "PRT", ["André Ventura", "ihm"]),
        entity("Left Bloc", "ORG", "PRT", ["Der Linksblock"]),
        entity("Vida Justa", "ORG", "PRT", ["der Bewegung Vida Justa"]),
        entity("Assembly of the Republic", "ORG", "PRT", ["dem Parlament"]),
    ],
}

# --- hm219-de-03: Meydan TV arrests ---------------------------------------------------------
POLICE_AZ = actor("Azerbaijani police", "AZE", "COP")
MEYDAN_JOURNALISTS = actor("Meydan TV journalists", "AZE", "CVL")
PROSEC_AZ = actor("Prosecutor General's Office of Azerbaijan", "AZE", "JUD")
COURT_AZ = actor("Baku district court", "AZE", "JUD")
CAMERAWOMAN = actor("Meydan TV camerawoman", "AZE", "CVL")
MEYDAN = actor("Meydan TV", "AZE", "CVL")
AZ_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
EEAS_SPOX = actor("Spokesperson of the European External Action Service", "EUR", "IGO")
AZ_MFA = actor("Azerbaijani Foreign Ministry", "AZE", "GOV")
EU = actor("European Union", "EUR", "IGO")
HAJIZADA = actor("Aykhan Hajizada", "AZE", "GOV")

C1 = ("Die Polizei in Aserbaidschan hat sechs Journalisten festgenommen, die für den in Berlin ansässigen "
      "Exilsender Meydan TV arbeiten sollen.")
C2 = ("Beamte durchsuchten am Freitag mehrere Wohnungen in Baku und beschlagnahmten Laptops, Kameras und "
      "Mobiltelefone.")
C3 = "Die Staatsanwaltschaft wirft den Reportern vor, in großem Stil Devisen ins Land geschmuggelt zu haben."
C4 = "Ein Bezirksgericht ordnete am Samstag vier Monate Untersuchungshaft an."
C5 = "Eine siebte Festgenommene, eine Kamerafrau, ließ die Polizei nach stundenlanger Befragung wieder frei."
C6 = "Meydan TV wies die Vorwürfe als erfunden zurück."
C7 = "„Das ist die Strafe dafür, dass wir über Korruption berichten“, erklärte der Sender."
C8 = ("Reporter ohne Grenzen sprach von einer „Säuberungswelle“ gegen die letzten unabhängigen Medien des "
      "Landes und forderte die sofortige Freilassung der Journalisten.")
C9 = "Auch ein Sprecher des Auswärtigen Dienstes der EU verlangte, die Reporter umgehend freizulassen."
C10 = "Das Außenministerium in Baku wies die Kritik als Einmischung in innere Angelegenheiten zurück."
C11 = "Man werde sich „keine Lektionen in Pressefreiheit“ erteilen lassen, sagte Sprecher Aychan Hadschisade."
C12 = ("Ob die Europäische Union Strafmaßnahmen gegen verantwortliche Beamte verhängen könnte, blieb zunächst "
       "offen.")

DE03 = {
    "id": "hm219-de-03", "lang": "de", "url": None, "published": "2024-12-07",
    "title": "Aserbaidschan nimmt Journalisten des Exilsenders Meydan TV fest",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8], [C9, C10, C11, C12]),
    "events": [
        event("COERCE", POLICE_AZ, MEYDAN_JOURNALISTS, C1, mode="arrest"),
        event("COERCE", POLICE_AZ, MEYDAN_JOURNALISTS, C2, mode="seize", location="Baku", location_country="AZE"),
        event("ACCUSE", PROSEC_AZ, MEYDAN_JOURNALISTS, C3, mode="allege"),
        event("COERCE", COURT_AZ, MEYDAN_JOURNALISTS, C4, mode="arrest"),
        event("RETREAT", POLICE_AZ, CAMERAWOMAN, C5, mode="release"),
        event("ACCUSE", MEYDAN, AZ_GOV, C7, mode="allege"),
        event("ACCUSE", RSF, AZ_GOV, C8, mode="disapprove"),
        event("REQUEST", RSF, AZ_GOV, C8, mode="yield"),
        event("REQUEST", EEAS_SPOX, AZ_GOV, C9, mode="yield"),
        event("REJECT", AZ_MFA, EU, C10, mode="yield"),
        event("ACCUSE", AZ_MFA, EU, C10, mode="disapprove"),
        event("REJECT", HAJIZADA, EU, C11, mode="yield"),
    ],
    "quotes": [
        quote("in großem Stil Devisen ins Land geschmuggelt zu haben", "Prosecutor General's Office of Azerbaijan",
              "indirect"),
        quote("Das ist die Strafe dafür, dass wir über Korruption berichten", "Meydan TV", "direct"),
        quote("Säuberungswelle", "Reporters Without Borders", "direct"),
        quote("die Reporter umgehend freizulassen", "Spokesperson of the European External Action Service",
              "indirect"),
        quote("keine Lektionen in Pressefreiheit", "Aykhan Hajizada", "direct"),
        quote("Man werde sich „keine Lektionen in Pressefreiheit“ erteilen lassen", "Aykhan Hajizada", "indirect"),
    ],
    "entities": [
        entity("Azerbaijani police", "ORG", "AZE", ["Die Polizei in Aserbaidschan", "die Polizei", "Beamte"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschan"]),
        entity("Meydan TV journalists", "ORG", "AZE",
               ["sechs Journalisten", "den Reportern", "der Journalisten", "die Reporter"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Meydan TV", "ORG", "AZE", ["Exilsender Meydan TV", "Meydan TV", "der Sender"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Prosecutor General's Office of Azerbaijan", "ORG", "AZE", ["Die Staatsanwaltschaft"]),
        entity("Baku district court", "ORG", "AZE", ["Ein Bezirksgericht"]),
        entity("Meydan TV camerawoman", "PER", "AZE", ["Eine siebte Festgenommene, eine Kamerafrau"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporter ohne Grenzen"]),
        entity("European External Action Service", "ORG", "EUR", ["des Auswärtigen Dienstes der EU"]),
        entity("Azerbaijani Foreign Ministry", "ORG", "AZE", ["Das Außenministerium in Baku"]),
        entity("Aykhan Hajizada", "PER", "AZE", ["Sprecher Aychan Hadschisade"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union", "EU"]),
    ],
}

# --- hm219-de-04: Estonia and Metropolitan Yevgeny ------------------------------------------
ESTONIA = actor("Estonia", "EST", "GOV")
YEVGENY = actor("Yevgeny Reshetnikov", "EST", "CVL")
PPA = actor("Estonian Police and Border Guard Board", "EST", "COP")
LAANEMETS = actor("Lauri Läänemets", "EST", "GOV")
EOC_MP = actor("Estonian Orthodox Church of the Moscow Patriarchate", "EST", "CVL")
EST_GOV = actor("Government of Estonia", "EST", "GOV")
KALLAS = actor("Kaja Kallas", "EST", "GOV")
RUS_MFA2 = actor("Russian Foreign Ministry", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
KIRILL = actor("Patriarch Kirill", "RUS", "CVL")
UN = actor("United Nations", "UNO", "IGO")
OSCE = actor("Organization for Security and Co-operation in Europe", "IGO", "IGO")

D1 = "Estland weist das Oberhaupt der dem Moskauer Patriarchat unterstellten orthodoxen Kirche des Landes aus."
D2 = ("Die Polizei- und Grenzschutzbehörde verlängerte die Aufenthaltserlaubnis von Metropolit Jewgeni "
      "nicht, er muss Estland bis zum 6. Februar verlassen.")
D3 = ("Der russische Geistliche habe den Angriffskrieg gegen die Ukraine wiederholt gerechtfertigt und "
      "stelle ein Sicherheitsrisiko dar, teilte die Behörde mit.")
D4 = "Jewgeni bestritt, sich jemals politisch geäußert zu haben."
D5 = "Innenminister Lauri Läänemets forderte die Kirche auf, alle Verbindungen nach Moskau zu kappen."
D6 = ("„Solange Gemeinden Anweisungen aus dem Kreml folgen, ist das ein Problem für unsere Sicherheit“, "
      "sagte der Sozialdemokrat.")
D7 = "Ein Verbot der Kirche strebe die Regierung derzeit nicht an, fügte er hinzu."
D8 = "Regierungschefin Kaja Kallas stellte sich hinter die Entscheidung der Behörde."
D9 = "Das russische Außenministerium sprach von einer „Hexenjagd“ auf Russischsprachige im Baltikum."
D10 = "Kremlsprecher Dmitri Peskow drohte, Moskau werde auf den „feindseligen Schritt“ reagieren."
D11 = ("Patriarch Kyrill warf Tallinn eine Verfolgung der Gläubigen vor und rief die UN und die OSZE zum "
       "Eingreifen auf.")
D12 = ("Die estnische Kirchenleitung sagte unterdessen zu, ihre Satzung zu überarbeiten und Verweise auf "
       "Moskau zu streichen.")

DE04 = {
    "id": "hm219-de-04", "lang": "de", "url": None, "published": "2024-01-19",
    "title": "Estland verweist Oberhaupt der moskautreuen orthodoxen Kirche des Landes",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("COERCE", ESTONIA, YEVGENY, D1, mode="deport"),
        event("COERCE", PPA, YEVGENY, D2, mode="deport"),
        event("ACCUSE", PPA, YEVGENY, D3, mode="allege"),
        event("REQUEST", LAANEMETS, EOC_MP, D5, mode="change"),
        event("ACCUSE", LAANEMETS, EOC_MP, D6, mode="allege"),
        event("COERCE", EST_GOV, EOC_MP, D7, mode="ban", negated=True),
        event("SUPPORT", KALLAS, PPA, D8),
        event("ACCUSE", RUS_MFA2, ESTONIA, D9, mode="disapprove"),
        event("THREATEN", PESKOV, ESTONIA, D10),
        event("ACCUSE", KIRILL, ESTONIA, D11, mode="allege"),
        event("REQUEST", KIRILL, UN, D11, mode="assist"),
        event("REQUEST", KIRILL, OSCE, D11, mode="assist"),
        event("CONCEDE", EOC_MP, EST_GOV, D12),
    ],
    "quotes": [
        quote("Der russische Geistliche habe den Angriffskrieg gegen die Ukraine wiederholt gerechtfertigt und "
              "stelle ein Sicherheitsrisiko dar", "Estonian Police and Border Guard Board", "indirect"),
        quote("sich jemals politisch geäußert zu haben", "Yevgeny Reshetnikov", "indirect"),
        quote("alle Verbindungen nach Moskau zu kappen", "Lauri Läänemets", "indirect"),
        quote("Solange Gemeinden Anweisungen aus dem Kreml folgen, ist das ein Problem für unsere Sicherheit",
              "Lauri Läänemets", "direct"),
        quote("Ein Verbot der Kirche strebe die Regierung derzeit nicht an", "Lauri Läänemets", "indirect"),
        quote("Hexenjagd", "Russian Foreign Ministry", "direct"),
        quote("feindseligen Schritt", "Dmitry Peskov", "direct"),
        quote("Moskau werde auf den „feindseligen Schritt“ reagieren", "Dmitry Peskov", "indirect"),
        quote("ihre Satzung zu überarbeiten und Verweise auf Moskau zu streichen",
              "Estonian Orthodox Church of the Moscow Patriarchate", "indirect"),
    ],
    "entities": [
        entity("Estonia", "GPE", "EST", ["Estland"]),
        entity("Yevgeny Reshetnikov", "PER", "EST",
               ["das Oberhaupt", "Metropolit Jewgeni", "er", "Der russische Geistliche", "Jewgeni"]),
        entity("Moscow Patriarchate", "ORG", "RUS", ["dem Moskauer Patriarchat"]),
        entity("Estonian Orthodox Church of the Moscow Patriarchate", "ORG", "EST",
               ["orthodoxen Kirche des Landes", "die Kirche", "der Kirche", "Die estnische Kirchenleitung"]),
        entity("Estonian Police and Border Guard Board", "ORG", "EST",
               ["Die Polizei- und Grenzschutzbehörde", "die Behörde", "der Behörde"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine"]),
        entity("Lauri Läänemets", "PER", "EST", ["Innenminister Lauri Läänemets", "der Sozialdemokrat", "er"]),
        entity("Moscow", "GPE", "RUS", ["Moskau"]),
        entity("Kremlin", "ORG", "RUS", ["dem Kreml"]),
        entity("Government of Estonia", "ORG", "EST", ["die Regierung"]),
        entity("Kaja Kallas", "PER", "EST", ["Regierungschefin Kaja Kallas"]),
        entity("Russian Foreign Ministry", "ORG", "RUS", ["Das russische Außenministerium"]),
        entity("Baltic states", "LOC", None, ["im Baltikum"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Patriarch Kirill", "PER", "RUS", ["Patriarch Kyrill"]),
        entity("Tallinn", "GPE", "EST", ["Tallinn"]),
        entity("United Nations", "ORG", "UNO", ["die UN"]),
        entity("Organization for Security and Co-operation in Europe", "ORG", "IGO", ["die OSZE"]),
    ],
}

# --- hm219-en-01: Eagle Pass standoff ---------------------------------------------------------
ABBOTT = actor("Greg Abbott", "USA", "GOV")
DHS = actor("United States Department of Homeland Security", "USA", "GOV")
TXNG = actor("Texas National Guard", "USA", "MIL")
BORDER_PATROL = actor("United States Border Patrol", "USA", "COP")
BIDEN = actor("Joe Biden", "USA", "GOV")
TEXAS = actor("Government of Texas", "USA", "GOV")
GOP_GOVS = actor("Republican governors", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "PTY")
GOP_STATES = actor("Republican-led states", "USA", "GOV")
DESANTIS = actor("Ron DeSantis", "USA", "GOV")
BATES = actor("Andrew Bates", "USA", "GOV")
DEMS = actor("Democrats in Congress", "USA", "LEG")
BIDEN_ADMIN = actor("Biden administration", "USA", "GOV")

E1 = ("Texas Governor Greg Abbott on Wednesday rejected a federal demand to let Border Patrol agents back into "
      "a riverside park in Eagle Pass, deepening his standoff with the Biden administration.")
E2 = "Texas National Guard troops seized Shelby Park this month and have kept federal agents out with razor wire."
E3 = "On Monday, the Supreme Court ruled 5-4 that agents may cut the wire while a lawsuit over it proceeds."
E4 = ("Abbott said President Joe Biden had broken his duty to enforce immigration law and that Texas had a "
      "right to defend itself against an “invasion” at the border.")
E5 = "The Department of Homeland Security had demanded in a letter that agents regain access by Friday."
E6 = "On Thursday, 25 Republican governors signed a joint statement backing Abbott."
E7 = ("“We stand in solidarity with our colleague,” the governors wrote, “and we support his use of every tool "
      "to secure the border.”")
E8 = "Former President Donald Trump urged Republican-led states to send their own Guard units to Texas."
E9 = "Florida Governor Ron DeSantis said he had already sent more Guard soldiers to help Texas."
E10 = ("White House spokesman Andrew Bates said Abbott was staging a “political stunt” that put agents and "
       "migrants at risk.")
E11 = "Several Democrats in Congress called on Biden to take federal control of the Texas National Guard."
E12 = "The administration has not moved to federalize the Guard, and officials said no such step was planned."

EN01 = {
    "id": "hm219-en-01", "lang": "en", "url": None, "published": "2024-01-25",
    "title": "Texas defies federal demand over border park as Republican governors rally behind Abbott",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8, E9], [E10, E11, E12]),
    "events": [
        event("REJECT", ABBOTT, DHS, E1, mode="change", location="Eagle Pass", location_country="USA"),
        event("COERCE", TXNG, BORDER_PATROL, E2, mode="seize", location="Shelby Park", location_country="USA"),
        event("ACCUSE", ABBOTT, BIDEN, E4, mode="allege"),
        event("REQUEST", DHS, TEXAS, E5, mode="change"),
        event("SUPPORT", GOP_GOVS, ABBOTT, E6),
        event("SUPPORT", GOP_GOVS, ABBOTT, E7),
        event("REQUEST", TRUMP, GOP_STATES, E8, mode="assist"),
        event("AID", DESANTIS, TEXAS, E9),
        event("ACCUSE", BATES, ABBOTT, E10, mode="disapprove"),
        event("REQUEST", DEMS, BIDEN, E11, mode="change"),
        event("MOBILIZE", BIDEN_ADMIN, None, E12, mode="troops", negated=True),
    ],
    "quotes": [
        quote("that agents may cut the wire while a lawsuit over it proceeds", "Supreme Court of the United States",
              "indirect"),
        quote("President Joe Biden had broken his duty to enforce immigration law and that Texas had a right to "
              "defend itself against an “invasion” at the border", "Greg Abbott", "indirect"),
        quote("invasion", "Greg Abbott", "direct"),
        quote("that agents regain access by Friday", "United States Department of Homeland Security",
              "indirect"),
        quote("We stand in solidarity with our colleague", "Republican governors", "direct"),
        quote("and we support his use of every tool to secure the border", "Republican governors", "direct"),
        quote("he had already sent more Guard soldiers to help Texas", "Ron DeSantis",
              "indirect"),
        quote("Abbott was staging a “political stunt” that put agents and migrants at risk", "Andrew Bates",
              "indirect"),
        quote("political stunt", "Andrew Bates", "direct"),
        quote("no such step was planned", "Biden administration officials", "indirect"),
    ],
    "entities": [
        entity("Greg Abbott", "PER", "USA", ["Texas Governor Greg Abbott", "Abbott", "our colleague"]),
        entity("United States Border Patrol", "ORG", "USA", ["Border Patrol agents", "federal agents", "agents"]),
        entity("Eagle Pass", "LOC", "USA", ["Eagle Pass"]),
        entity("Biden administration", "ORG", "USA", ["the Biden administration", "The administration"]),
        entity("Texas National Guard", "ORG", "USA",
               ["Texas National Guard troops", "the Texas National Guard", "the Guard"]),
        entity("Shelby Park", "LOC", "USA", ["a riverside park in Eagle Pass", "Shelby Park"]),
        entity("Supreme Court of the United States", "ORG", "USA", ["the Supreme Court"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Texas", "GPE", "USA", ["Texas"]),
        entity("United States Department of Homeland Security", "ORG", "USA",
               ["The Department of Homeland Security"]),
        entity("Republican governors", "ORG", "USA", ["25 Republican governors", "the governors"]),
        entity("Donald Trump", "PER", "USA", ["Former President Donald Trump"]),
        entity("Republican-led states", "ORG", "USA", ["Republican-led states"]),
        entity("Florida", "GPE", "USA", ["Florida"]),
        entity("Ron DeSantis", "PER", "USA", ["Florida Governor Ron DeSantis", "he"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Andrew Bates", "PER", "USA", ["White House spokesman Andrew Bates"]),
        entity("Democrats in Congress", "ORG", "USA", ["Several Democrats in Congress"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
    ],
}

# --- hm219-en-02: Eric Adams indicted ---------------------------------------------------------
SDNY = actor("U.S. Attorney's Office for the Southern District of New York", "USA", "JUD")
ADAMS = actor("Eric Adams", "USA", "GOV")
WILLIAMS = actor("Damian Williams", "USA", "JUD")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
PARKER = actor("Katharine Parker", "USA", "JUD")
AOC = actor("Alexandria Ocasio-Cortez", "USA", "LEG")
COUNCIL = actor("New York City Council members", "USA", "LEG")
TURKISH_OFFICIAL = actor("Turkish official", "TUR", "GOV")
CABAN = actor("Edward Caban", "USA", "COP")
CLERGY = actor("Black clergy members", "USA", "CVL")

F1 = ("New York City Mayor Eric Adams pleaded not guilty on Friday to federal charges of bribery, fraud and "
      "soliciting illegal campaign donations from foreign nationals.")
F2 = ("The indictment, unsealed a day earlier in Manhattan, accuses the Democrat of accepting luxury travel "
      "worth more than $100,000 from a Turkish official and businessmen seeking his influence.")
F3 = "“This was not a one-time lapse,” U.S. Attorney Damian Williams told reporters, “it was a years-long scheme.”"
F4 = ("FBI agents searched Gracie Mansion, the mayor’s official residence, on Thursday morning and seized his "
      "cellphone.")
F5 = ("Magistrate Judge Katharine Parker allowed Adams to remain free but barred him from discussing the case "
      "with potential witnesses.")
F6 = ("Adams, a former police captain, denied any wrongdoing and said he would fight the charges with “every "
      "ounce” of his strength.")
F7 = "Representative Alexandria Ocasio-Cortez and several City Council members urged him to resign."
F8 = "Adams rejected the calls, saying the city needed stability."
F9 = "Governor Kathy Hochul could remove him from office, but she said it was too early to decide."
F10 = ("According to prosecutors, the Turkish official later pressed Adams to help open a new Turkish consulate "
       "building despite fire-safety concerns.")
F11 = ("Police Commissioner Edward Caban resigned this month after federal investigators seized his phone in a "
       "separate inquiry.")
F12 = "Dozens of Black clergy members rallied outside City Hall on Friday to show support for the mayor."

EN02 = {
    "id": "hm219-en-02", "lang": "en", "url": None, "published": "2024-09-27",
    "title": "New York Mayor Eric Adams pleads not guilty to federal corruption charges",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8, F9], [F10, F11, F12]),
    "events": [
        event("ACCUSE", SDNY, ADAMS, F2, mode="allege", location="Manhattan", location_country="USA"),
        event("ACCUSE", WILLIAMS, ADAMS, F3, mode="allege"),
        event("COERCE", FBI, ADAMS, F4, mode="seize", location="Gracie Mansion", location_country="USA"),
        event("COERCE", PARKER, ADAMS, F5, mode="restrict"),
        event("REQUEST", AOC, ADAMS, F7, mode="change"),
        event("REQUEST", COUNCIL, ADAMS, F7, mode="change"),
        event("REJECT", ADAMS, AOC, F8, mode="change"),
        event("REJECT", ADAMS, COUNCIL, F8, mode="change"),
        event("ACCUSE", SDNY, TURKISH_OFFICIAL, F10, mode="allege"),
        event("RETREAT", CABAN, None, F11, mode="resign"),
        event("COERCE", FBI, CABAN, F11, mode="seize"),
        event("SUPPORT", CLERGY, ADAMS, F12, location="New York City", location_country="USA"),
    ],
    "quotes": [
        quote("This was not a one-time lapse", "Damian Williams", "direct"),
        quote("it was a years-long scheme", "Damian Williams", "direct"),
        quote("he would fight the charges with “every ounce” of his strength", "Eric Adams", "indirect"),
        quote("every ounce", "Eric Adams", "direct"),
        quote("the city needed stability", "Eric Adams", "indirect"),
        quote("it was too early to decide", "Kathy Hochul", "indirect"),
        quote("the Turkish official later pressed Adams to help open a new Turkish consulate building despite "
              "fire-safety concerns", "U.S. Attorney's Office for the Southern District of New York", "indirect"),
    ],
    "entities": [
        entity("New York City", "GPE", "USA", ["New York City"]),
        entity("Eric Adams", "PER", "USA",
               ["New York City Mayor Eric Adams", "the Democrat", "the mayor’s", "Adams", "him", "he",
                "the mayor"]),
        entity("Manhattan", "LOC", "USA", ["Manhattan"]),
        entity("Turkish official", "PER", "TUR", ["a Turkish official", "the Turkish official"]),
        entity("Damian Williams", "PER", "USA", ["U.S. Attorney Damian Williams"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["FBI agents", "federal investigators"]),
        entity("Gracie Mansion", "LOC", "USA", ["Gracie Mansion"]),
        entity("Katharine Parker", "PER", "USA", ["Magistrate Judge Katharine Parker"]),
        entity("Alexandria Ocasio-Cortez", "PER", "USA", ["Representative Alexandria Ocasio-Cortez"]),
        entity("New York City Council members", "ORG", "USA", ["several City Council members"]),
        entity("Kathy Hochul", "PER", "USA", ["Governor Kathy Hochul", "she"]),
        entity("U.S. Attorney's Office for the Southern District of New York", "ORG", "USA", ["prosecutors"]),
        entity("Turkey", "GPE", "TUR", ["Turkish"]),
        entity("Edward Caban", "PER", "USA", ["Police Commissioner Edward Caban"]),
        entity("Black clergy members", "ORG", "USA", ["Dozens of Black clergy members"]),
        entity("New York City Hall", "LOC", "USA", ["City Hall"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
