"""Round 308: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm320-de-01: Northern Cyprus: Tufan Erhürman beats Ersin Tatar in the Turkish Cypriot presidential election; Tatar concedes and congratulates, Erhürman pledges talks and coordination with Ankara, Erdoğan congratulates, Bahçeli questions the vote and urges an annexation vote, Christodoulides phones and offers a meeting, Guterres and Costa welcome it (2025-10-19).
- hm320-de-02: Russia: a military appeals court turns Boris Kagarlitsky's fine into five years in a penal colony; custody in the courtroom, the prosecutors' appeal and charge, his 2023 arrest and release, Memorial and the EU object, Peskov declines comment, supporters rally in Syktyvkar without arrests (2024-02-13).
- hm320-de-03: Hungary/Ukraine: Szijjártó bans drone commander Robert Brovdi ("Madyar") from Hungary and the Schengen area after strikes on the Druzhba pipeline at Unecha; Sybiha hits back, Zelensky's warning, Orbán's letter and Trump's reply, Hungary and Slovakia write to the Commission, Fico urges Kyiv (2025-08-26).
- hm320-de-04: Armenia/Azerbaijan: joint statement on releasing 32 Armenian and two Azerbaijani soldiers; Armenia drops its COP29 bid and backs Baku, Baku backs Armenia for the COP bureau, Grigoryan-Hajiyev talks, Michel welcomes, no release of the former Karabakh leaders, relatives rally in Yerevan, Pashinyan ready to sign, Saghatelyan objects (2023-12-07).
- hm320-en-01: Slovenia: the National Assembly recognises a Palestinian state; SDS walkout and rejected referendum demand, Golob urges Israel to stop the killing, Jansa and Katz condemn, the Palestinian foreign ministry and Pirc Musar welcome it, rally in Ljubljana, Fajon pledges relations (2024-06-04).
- hm320-en-02: Ukraine: Ukrainian troops withdraw from Velyka Novosilka as Russia claims its capture; Trehubov accuses Russian forces, Syrskyi sends reserves, Russian drone attack, Zelenskiy asks Washington for air defence, German IRIS-T delivery, Trump's sanctions threat, Peskov ready for dialogue (2025-01-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm320-de-01 (Northern Cyprus, Erhürman elected)
ERHUERMAN = actor("Tufan Erhürman", "CYP", "GOV")
TATAR = actor("Ersin Tatar", "CYP", "GOV")
CYP_GOV = actor("Government of Cyprus", "CYP", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
BAHCELI = actor("Devlet Bahçeli", "TUR", "PTY")
TRNC_ASSEMBLY = actor("Assembly of the Republic of Northern Cyprus", "CYP", "LEG")
CHRISTODOULIDES = actor("Nikos Christodoulides", "CYP", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
COSTA = actor("António Costa", "EUR", "IGO")

N1 = ("Nikosia (dpa) - Im türkisch-zyprischen Norden der geteilten Mittelmeerinsel Zypern hat der "
      "Oppositionspolitiker Tufan Erhürman die Präsidentenwahl klar gewonnen.")
N2 = ("Der Vorsitzende der sozialdemokratischen Republikanisch-Türkischen Partei (CTP) kam am Sonntag auf 62,8 "
      "Prozent der Stimmen.")
N3 = "Amtsinhaber Ersin Tatar, der von der Regierung in Ankara unterstützt worden war, erhielt lediglich 35,8 Prozent."
N4 = "Tatar räumte seine Niederlage noch am Abend ein und gratulierte seinem Herausforderer."
N5 = ("Der 55-jährige Jurist hatte im Wahlkampf angekündigt, er wolle die seit 2017 ruhenden Verhandlungen über eine "
      "Wiedervereinigung der Insel wieder aufnehmen.")
N6 = ("„Heute hat die Demokratie gewonnen, und wir werden diese Insel nicht länger dem Stillstand überlassen“, rief "
      "Erhürman vor jubelnden Anhängern im Nordteil Nikosias.")
N7 = "Seine Politik werde er „in enger Abstimmung mit der Türkei“ gestalten, fügte er hinzu."
N8 = ("Der türkische Präsident Recep Tayyip Erdoğan gratulierte Erhürman auf der Plattform X und versicherte, die "
      "Türkei werde auch künftig die Rechte der türkischen Zyprer verteidigen.")
N9 = ("Erdoğans Koalitionspartner, der ultranationalistische MHP-Chef Devlet Bahçeli, stellte dagegen die "
      "Legitimität des Wahlsiegers wegen der geringen Beteiligung infrage und forderte das Parlament in Nord-Nikosia "
      "auf, über einen Anschluss an die Türkei abzustimmen.")
N10 = ("Der Präsident der Republik Zypern, Nikos Christodoulides, gratulierte dem Wahlsieger in einem Telefonat und "
       "schlug ein baldiges Treffen vor.")
N11 = ("„Ich bin bereit, ihn so schnell wie möglich zu treffen, ohne Vorbedingungen“, sagte Christodoulides vor "
       "Journalisten in Nikosia.")
N12 = ("UN-Generalsekretär António Guterres wolle die informellen Gespräche zur Zypernfrage mit dem neuen "
       "Volksgruppenführer zügig fortsetzen, teilte sein Sprecher Stéphane Dujarric in New York mit.")
N13 = "EU-Ratspräsident António Costa begrüßte das Ergebnis als „Chance für einen Neuanfang“."
N14 = "Zypern ist seit 1974 geteilt."
N15 = ("Die Türkische Republik Nordzypern wird international nur von Ankara anerkannt, im Norden sind Zehntausende "
       "türkische Soldaten stationiert.")
N16 = "Tatar hatte wie Erdoğan eine Zwei-Staaten-Lösung verfochten, die von den Vereinten Nationen abgelehnt wird."
N17 = "Die letzte große Verhandlungsrunde war 2017 im Schweizer Crans-Montana gescheitert."
N18 = "Erhürman soll am Freitag vereidigt werden."

DE01 = {
    "id": "hm320-de-01", "lang": "de", "url": None, "published": "2025-10-19",
    "title": "Oppositionspolitiker Erhürman gewinnt Präsidentenwahl im Norden Zyperns",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7], [N8, N9], [N10, N11, N12, N13],
                       [N14, N15, N16, N17, N18]),
    "events": [
        event("CONCEDE", TATAR, ERHUERMAN, N4, date="2025-10-19"),
        event("SUPPORT", TATAR, ERHUERMAN, N4, date="2025-10-19"),
        event("AGREE", ERHUERMAN, CYP_GOV, N5),
        event("AGREE", ERHUERMAN, TUR_GOV, N7),
        event("SUPPORT", ERDOGAN, ERHUERMAN, N8),
        event("ACCUSE", BAHCELI, ERHUERMAN, N9, mode="disapprove"),
        event("REQUEST", BAHCELI, TRNC_ASSEMBLY, N9, mode="change"),
        event("SUPPORT", CHRISTODOULIDES, ERHUERMAN, N10),
        event("CONSULT", CHRISTODOULIDES, ERHUERMAN, N10, mode="phone"),
        event("AGREE", CHRISTODOULIDES, ERHUERMAN, N10),
        event("AGREE", CHRISTODOULIDES, ERHUERMAN, N11, location="Nicosia", location_country="CYP"),
        event("AGREE", GUTERRES, ERHUERMAN, N12),
        event("SUPPORT", COSTA, ERHUERMAN, N13),
    ],
    "quotes": [
        quote("er wolle die seit 2017 ruhenden Verhandlungen über eine Wiedervereinigung der Insel wieder aufnehmen",
              "Tufan Erhürman", "indirect"),
        quote("Heute hat die Demokratie gewonnen, und wir werden diese Insel nicht länger dem Stillstand überlassen",
              "Tufan Erhürman", "direct"),
        quote("in enger Abstimmung mit der Türkei", "Tufan Erhürman", "direct"),
        quote("Seine Politik werde er „in enger Abstimmung mit der Türkei“ gestalten", "Tufan Erhürman", "indirect"),
        quote("die Türkei werde auch künftig die Rechte der türkischen Zyprer verteidigen", "Recep Tayyip Erdoğan",
              "indirect"),
        quote("Ich bin bereit, ihn so schnell wie möglich zu treffen, ohne Vorbedingungen", "Nikos Christodoulides",
              "direct"),
        quote("UN-Generalsekretär António Guterres wolle die informellen Gespräche zur Zypernfrage mit dem neuen "
              "Volksgruppenführer zügig fortsetzen", "Stéphane Dujarric", "indirect"),
        quote("Chance für einen Neuanfang", "António Costa", "direct"),
    ],
    "entities": [
        entity("Nicosia", "LOC", "CYP", ["Nikosia"]),
        entity("North Nicosia", "LOC", "CYP", ["Nordteil Nikosias", "Nord-Nikosia"]),
        entity("Northern Cyprus", "LOC", "CYP", ["türkisch-zyprischen Norden", "Die Türkische Republik Nordzypern",
                                                 "im Norden"]),
        entity("Cyprus", "LOC", "CYP", ["der geteilten Mittelmeerinsel Zypern", "der Insel", "diese Insel",
                                        "Zypern"]),
        entity("Tufan Erhürman", "PER", "CYP", ["der Oppositionspolitiker Tufan Erhürman",
                                                "Der Vorsitzende der sozialdemokratischen Republikanisch-Türkischen "
                                                "Partei (CTP)", "seinem Herausforderer", "Der 55-jährige Jurist",
                                                "Erhürman", "dem Wahlsieger", "des Wahlsiegers",
                                                "dem neuen Volksgruppenführer"]),
        entity("Republican Turkish Party", "ORG", "CYP", ["Republikanisch-Türkischen Partei", "CTP"]),
        entity("Ersin Tatar", "PER", "CYP", ["Amtsinhaber Ersin Tatar", "Tatar"]),
        entity("Government of Turkey", "ORG", "TUR", ["der Regierung in Ankara", "Ankara"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei", "die Türkei"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Der türkische Präsident Recep Tayyip Erdoğan", "Erdoğans",
                                                      "Erdoğan"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Devlet Bahçeli", "PER", "TUR", ["Erdoğans Koalitionspartner",
                                                "der ultranationalistische MHP-Chef Devlet Bahçeli"]),
        entity("Nationalist Movement Party", "ORG", "TUR", ["MHP"]),
        entity("Assembly of the Republic of Northern Cyprus", "ORG", "CYP", ["das Parlament in Nord-Nikosia"]),
        entity("Nikos Christodoulides", "PER", "CYP", ["Der Präsident der Republik Zypern, Nikos Christodoulides",
                                                       "Christodoulides"]),
        entity("Republic of Cyprus", "LOC", "CYP", ["der Republik Zypern"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("United Nations", "ORG", "UNO", ["UN", "den Vereinten Nationen"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["sein Sprecher Stéphane Dujarric"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("António Costa", "PER", "EUR", ["EU-Ratspräsident António Costa"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Turkish Armed Forces", "ORG", "TUR", ["Zehntausende türkische Soldaten"]),
        entity("Crans-Montana", "LOC", "CHE", ["Crans-Montana"]),
    ],
}

# ---------------------------------------------------------------- hm320-de-02 (Russia, Kagarlitsky jailed on appeal)
APPEAL_COURT = actor("Military Court of Appeal of Russia", "RUS", "JUD")
KAGARLITSKY = actor("Boris Kagarlitsky", "RUS", "CVL")
RUS_PROSECUTORS = actor("Russian prosecutors", "RUS", "JUD")
RUS_LAW = actor("Russian law enforcement", "RUS", "COP")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
MEMORIAL = actor("Memorial", "RUS", "NGO")
EU_SPOKESPERSON = actor("spokesperson of the EU High Representative Josep Borrell", "EUR", "IGO")
KAGARLITSKY_SUPPORTERS = actor("supporters of Boris Kagarlitsky", "RUS", "CVL")
RUS_POLICE = actor("Russian police", "RUS", "COP")

G1 = ("Moskau (AFP) - Ein russisches Militärgericht hat den prominenten linken Soziologen und Kriegsgegner Boris "
      "Kagarlizki zu fünf Jahren Straflager verurteilt.")
G2 = ("Das Militärberufungsgericht in Wlasicha bei Moskau hob am Dienstag eine im Dezember verhängte Geldstrafe von "
      "600.000 Rubel auf und verhängte stattdessen die Haftstrafe.")
G3 = "Die Staatsanwaltschaft hatte gegen das erste Urteil Berufung eingelegt und die Strafe als zu milde bezeichnet."
G4 = ("Der 65-Jährige, der per Video aus dem nordrussischen Syktywkar zugeschaltet war, wurde noch im Gerichtssaal in "
      "Gewahrsam genommen.")
G5 = ("Die Anklage warf ihm „Rechtfertigung von Terrorismus“ vor, weil er in einem Video auf seinem YouTube-Kanal die "
      "Explosion auf der Krim-Brücke im Oktober 2022 kommentiert hatte.")
G6 = ("„Wir werden leben, wir werden überleben, und wir werden das Ende dieser dunklen Zeit erleben“, sagte "
      "Kagarlizki nach der Urteilsverkündung.")
G7 = ("Der Marxist war bereits im Juli vergangenen Jahres festgenommen und erst im Dezember nach fünf Monaten "
      "Untersuchungshaft freigelassen worden.")
G8 = ("Die Menschenrechtsorganisation Memorial stufte Kagarlizki als politischen Gefangenen ein und forderte seine "
      "sofortige Freilassung.")
G9 = ("Ein Sprecher des EU-Außenbeauftragten Josep Borrell verurteilte die Entscheidung als „politisch motiviert“.")
G10 = "Kremlsprecher Dmitri Peskow sagte, der Kreml kommentiere grundsätzlich keine Gerichtsentscheidungen."
G11 = ("Vor dem Gericht in Syktywkar versammelten sich rund 50 Unterstützer Kagarlizkis und riefen „Freiheit für "
       "Boris“.")
G12 = "Die Polizei ließ die Kundgebung gewähren, Festnahmen gab es nicht."
G13 = ("Kagarlizki leitete zuletzt das linke Onlinemagazin „Rabkor“ und gilt als einer der bekanntesten Kritiker des "
       "Kriegs in Russland.")
G14 = ("Nach Angaben der Bürgerrechtsorganisation OWD-Info wurden seit Beginn der russischen Invasion in die Ukraine "
       "im Februar 2022 mehr als 20.000 Menschen wegen Protesten gegen den Krieg festgenommen.")

DE02 = {
    "id": "hm320-de-02", "lang": "de", "url": None, "published": "2024-02-13",
    "title": "Russischer Soziologe Kagarlizki zu fünf Jahren Straflager verurteilt",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9, G10], [G11, G12], [G13, G14]),
    "events": [
        event("SANCTION", APPEAL_COURT, KAGARLITSKY, G1, mode="convict"),
        event("SANCTION", APPEAL_COURT, KAGARLITSKY, G2, mode="convict", date="2024-02-13", location="Vlasikha",
              location_country="RUS"),
        event("ACCUSE", RUS_PROSECUTORS, KAGARLITSKY, G3, mode="allege"),
        event("COERCE", RUS_LAW, KAGARLITSKY, G4, mode="arrest", location="Syktyvkar", location_country="RUS"),
        event("ACCUSE", RUS_PROSECUTORS, KAGARLITSKY, G5, mode="allege"),
        event("COERCE", RUS_LAW, KAGARLITSKY, G7, mode="arrest"),
        event("RETREAT", RUS_LAW, KAGARLITSKY, G7, mode="release"),
        event("ACCUSE", MEMORIAL, RUS_GOV, G8, mode="disapprove"),
        event("REQUEST", MEMORIAL, RUS_GOV, G8, mode="yield"),
        event("ACCUSE", EU_SPOKESPERSON, APPEAL_COURT, G9, mode="disapprove"),
        event("PROTEST", KAGARLITSKY_SUPPORTERS, RUS_GOV, G11, mode="demo", location="Syktyvkar",
              location_country="RUS"),
        event("COERCE", RUS_POLICE, KAGARLITSKY_SUPPORTERS, G12, mode="arrest", location="Syktyvkar",
              location_country="RUS", negated=True),
    ],
    "quotes": [
        quote("die Strafe als zu milde bezeichnet", "Russian prosecutors", "indirect"),
        quote("Rechtfertigung von Terrorismus", "Russian prosecutors", "direct"),
        quote("Wir werden leben, wir werden überleben, und wir werden das Ende dieser dunklen Zeit erleben",
              "Boris Kagarlitsky", "direct"),
        quote("politisch motiviert", "spokesperson of the EU High Representative Josep Borrell", "direct"),
        quote("der Kreml kommentiere grundsätzlich keine Gerichtsentscheidungen", "Dmitry Peskov", "indirect"),
        quote("Freiheit für Boris", "supporters of Boris Kagarlitsky", "direct"),
        quote("wurden seit Beginn der russischen Invasion in die Ukraine im Februar 2022 mehr als 20.000 Menschen wegen "
              "Protesten gegen den Krieg festgenommen", "OVD-Info", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Military Court of Appeal of Russia", "ORG", "RUS", ["Ein russisches Militärgericht",
                                                                    "Das Militärberufungsgericht in Wlasicha bei "
                                                                    "Moskau"]),
        entity("Boris Kagarlitsky", "PER", "RUS", ["den prominenten linken Soziologen und Kriegsgegner Boris "
                                                   "Kagarlizki", "Der 65-Jährige", "Kagarlizki", "Der Marxist",
                                                   "Kagarlizkis", "Boris"]),
        entity("Vlasikha", "LOC", "RUS", ["Wlasicha"]),
        entity("Russian prosecutors", "ORG", "RUS", ["Die Staatsanwaltschaft", "Die Anklage"]),
        entity("Syktyvkar", "LOC", "RUS", ["dem nordrussischen Syktywkar", "Syktywkar"]),
        entity("Syktyvkar Garrison Military Court", "ORG", "RUS", ["dem Gericht in Syktywkar"]),
        entity("YouTube", "ORG", "MNC", ["YouTube"]),
        entity("Crimean Bridge", "LOC", "UKR", ["Krim-Brücke"]),
        entity("Memorial", "ORG", "RUS", ["Die Menschenrechtsorganisation Memorial"]),
        entity("spokesperson of the EU High Representative Josep Borrell", "PER", "EUR", ["Ein Sprecher"]),
        entity("Josep Borrell", "PER", "EUR", ["des EU-Außenbeauftragten Josep Borrell"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Kremlin", "ORG", "RUS", ["der Kreml"]),
        entity("supporters of Boris Kagarlitsky", "ORG", "RUS", ["rund 50 Unterstützer Kagarlizkis"]),
        entity("Russian police", "ORG", "RUS", ["Die Polizei"]),
        entity("Rabkor", "ORG", "RUS", ["das linke Onlinemagazin „Rabkor“"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("OVD-Info", "ORG", "RUS", ["der Bürgerrechtsorganisation OWD-Info"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
    ],
}

# ---------------------------------------------------------------- hm320-de-03 (Hungary/Ukraine, Brovdi entry ban)
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
BROVDI = actor("Robert Brovdi", "UKR", "MIL")
UKR_USF = actor("Unmanned Systems Forces of Ukraine", "UKR", "MIL")
TRANSNEFT = actor("Transneft", "RUS", "BUS")
SZIJJARTO = actor("Péter Szijjártó", "HUN", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
SYBIHA = actor("Andrii Sybiha", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
BLANAR = actor("Juraj Blanár", "SVK", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
FICO = actor("Robert Fico", "SVK", "GOV")

B1 = ("Budapest (Reuters) - Ungarn hat nach ukrainischen Drohnenangriffen auf die Ölpipeline Druschba ein "
      "Einreiseverbot gegen den Kommandeur der ukrainischen Drohnentruppen verhängt.")
B2 = ("Robert Browdi, der unter dem Kampfnamen „Madjar“ bekannt ist, dürfe weder nach Ungarn noch in den übrigen "
      "Schengen-Raum einreisen, sagte Außenminister Péter Szijjártó am Dienstag in Budapest.")
B3 = ("Die Angriffe auf die Leitung seien ein Angriff auf die Energiesicherheit und die Souveränität Ungarns, sagte "
      "der Minister.")
B4 = ("Über die Druschba-Pipeline waren Ungarn und die Slowakei nach einem Angriff in der vergangenen Woche mehrere "
      "Tage lang nicht mit russischem Rohöl beliefert worden.")
B5 = ("Browdi hatte den Treffer auf die Pumpstation Unetscha des Staatskonzerns Transneft im russischen Gebiet Brjansk "
      "selbst mit einem Video in sozialen Netzwerken öffentlich gemacht.")
B6 = "Auf das Einreiseverbot reagierte der 49-Jährige mit Spott: „Ich hatte ohnehin keine Urlaubspläne am Balaton.“"
B7 = ("Der ukrainische Außenminister Andrij Sybiha warf der Regierung in Budapest vor, sich mehr um russisches Öl als "
      "um die Sicherheit Europas zu sorgen.")
B8 = ("Präsident Wolodymyr Selenskyj hatte am Wochenende gesagt, die Zukunft der Druschba hänge nun von der Haltung "
      "Ungarns zum EU-Beitritt der Ukraine ab.")
B9 = ("Ungarns Ministerpräsident Viktor Orbán hatte sich in einem Brief an US-Präsident Donald Trump über die "
      "Angriffe beschwert.")
B10 = "Trump antwortete nach Angaben der Regierungspartei Fidesz, er sei darüber „sehr verärgert“."
B11 = ("Szijjártó und sein slowakischer Amtskollege Juraj Blanár forderten die EU-Kommission in einem gemeinsamen "
       "Schreiben auf, die Versorgung ihrer Länder mit Öl sicherzustellen.")
B12 = ("Die Kommission erklärte, die Versorgungssicherheit in der EU sei nicht gefährdet, da beide Länder auch über "
       "die Adria-Pipeline aus Kroatien beliefert werden könnten.")
B13 = ("Der slowakische Regierungschef Robert Fico forderte Kiew auf, die Angriffe auf die Leitung einzustellen; er "
       "werde das Thema bei einem geplanten Treffen mit Selenskyj ansprechen, sagte er.")
B14 = "Ungarn und die Slowakei beziehen trotz des Kriegs weiterhin den Großteil ihres Rohöls aus Russland."

DE03 = {
    "id": "hm320-de-03", "lang": "de", "url": None, "published": "2025-08-26",
    "title": "Nach Angriffen auf Druschba-Pipeline: Ungarn verhängt Einreiseverbot gegen ukrainischen Kommandeur",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8], [B9, B10, B11, B12], [B13, B14]),
    "events": [
        event("SANCTION", HUN_GOV, BROVDI, B1),
        event("ASSAULT", UKR_USF, TRANSNEFT, B1, mode="drone"),
        event("SANCTION", SZIJJARTO, BROVDI, B2, date="2025-08-26", location="Budapest", location_country="HUN"),
        event("ACCUSE", SZIJJARTO, UKR_GOV, B3, mode="disapprove"),
        event("ASSAULT", UKR_USF, TRANSNEFT, B5, mode="drone", location="Unecha", location_country="RUS"),
        event("ACCUSE", SYBIHA, HUN_GOV, B7, mode="disapprove"),
        event("THREATEN", ZELENSKY, HUN_GOV, B8),
        event("ACCUSE", ORBAN, UKR_GOV, B9, mode="disapprove"),
        event("ACCUSE", TRUMP, UKR_GOV, B10, mode="disapprove"),
        event("REQUEST", SZIJJARTO, EU_COMMISSION, B11, mode="assist"),
        event("REQUEST", BLANAR, EU_COMMISSION, B11, mode="assist"),
        event("REQUEST", FICO, UKR_GOV, B13, mode="change"),
        event("AGREE", FICO, ZELENSKY, B13),
    ],
    "quotes": [
        quote("Robert Browdi, der unter dem Kampfnamen „Madjar“ bekannt ist, dürfe weder nach Ungarn noch in den "
              "übrigen Schengen-Raum einreisen", "Péter Szijjártó", "indirect"),
        quote("Die Angriffe auf die Leitung seien ein Angriff auf die Energiesicherheit und die Souveränität Ungarns",
              "Péter Szijjártó", "indirect"),
        quote("Ich hatte ohnehin keine Urlaubspläne am Balaton", "Robert Brovdi", "direct"),
        quote("sich mehr um russisches Öl als um die Sicherheit Europas zu sorgen", "Andrii Sybiha", "indirect"),
        quote("die Zukunft der Druschba hänge nun von der Haltung Ungarns zum EU-Beitritt der Ukraine ab",
              "Volodymyr Zelensky", "indirect"),
        quote("er sei darüber „sehr verärgert“", "Donald Trump", "indirect"),
        quote("sehr verärgert", "Donald Trump", "direct"),
        quote("die Versorgungssicherheit in der EU sei nicht gefährdet, da beide Länder auch über die Adria-Pipeline "
              "aus Kroatien beliefert werden könnten", "European Commission", "indirect"),
        quote("er werde das Thema bei einem geplanten Treffen mit Selenskyj ansprechen", "Robert Fico", "indirect"),
    ],
    "entities": [
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("Hungary", "LOC", "HUN", ["Ungarn", "Ungarns"]),
        entity("Druzhba pipeline", "LOC", None, ["die Ölpipeline Druschba", "die Leitung",
                                                 "Druschba-Pipeline", "der Druschba"]),
        entity("Robert Brovdi", "PER", "UKR", ["den Kommandeur der ukrainischen Drohnentruppen", "Robert Browdi",
                                               "Madjar", "Browdi", "der 49-Jährige"]),
        entity("Unmanned Systems Forces of Ukraine", "ORG", "UKR", ["der ukrainischen Drohnentruppen"]),
        entity("Schengen Area", "LOC", None, ["den übrigen Schengen-Raum"]),
        entity("Péter Szijjártó", "PER", "HUN", ["Außenminister Péter Szijjártó", "der Minister", "Szijjártó"]),
        entity("Slovakia", "LOC", "SVK", ["die Slowakei"]),
        entity("Unecha pumping station", "LOC", "RUS", ["die Pumpstation Unetscha"]),
        entity("Transneft", "ORG", "RUS", ["des Staatskonzerns Transneft"]),
        entity("Bryansk Oblast", "LOC", "RUS", ["im russischen Gebiet Brjansk"]),
        entity("Lake Balaton", "LOC", "HUN", ["am Balaton"]),
        entity("Andrii Sybiha", "PER", "UKR", ["Der ukrainische Außenminister Andrij Sybiha", "Sybiha"]),
        entity("Government of Hungary", "ORG", "HUN", ["der Regierung in Budapest"]),
        entity("Europe", "LOC", None, ["Europas"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Ministerpräsident Viktor Orbán", "Orbán"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Fidesz", "ORG", "HUN", ["der Regierungspartei Fidesz"]),
        entity("Juraj Blanár", "PER", "SVK", ["sein slowakischer Amtskollege Juraj Blanár"]),
        entity("European Commission", "ORG", "EUR", ["die EU-Kommission", "Die Kommission"]),
        entity("Adria pipeline", "LOC", None, ["die Adria-Pipeline"]),
        entity("Croatia", "LOC", "HRV", ["Kroatien"]),
        entity("Robert Fico", "PER", "SVK", ["Der slowakische Regierungschef Robert Fico"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
    ],
}

# ---------------------------------------------------------------- hm320-de-04 (Armenia/Azerbaijan, prisoner deal, COP29)
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
ARM_SOLDIERS = actor("Armenian servicemen held in Azerbaijan", "ARM", "MIL")
AZE_SOLDIERS = actor("Azerbaijani servicemen held in Armenia", "AZE", "MIL")
GRIGORYAN = actor("Armen Grigoryan", "ARM", "GOV")
HAJIYEV = actor("Hikmet Hajiyev", "AZE", "GOV")
MICHEL = actor("Charles Michel", "EUR", "IGO")
KARABAKH_LEADERS = actor("former Nagorno-Karabakh Armenian leaders", "ARM", "REB")
AZE_AUTH = actor("Azerbaijani authorities", "AZE", "GOV")
DETAINEE_RELATIVES = actor("relatives of Armenians detained in Azerbaijan", "ARM", "CVL")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
SAGHATELYAN = actor("Ishkhan Saghatelyan", "ARM", "OPP")

A1 = ("Eriwan (dpa) - Armenien und Aserbaidschan haben sich überraschend auf einen Gefangenenaustausch und weitere "
      "vertrauensbildende Schritte geeinigt.")
A2 = ("Baku werde 32 armenische Soldaten freilassen, Eriwan im Gegenzug zwei aserbaidschanische Soldaten, hieß es am "
      "Donnerstag in einer gemeinsamen Erklärung des Büros von Regierungschef Nikol Paschinjan und der "
      "Präsidialverwaltung von Staatschef Ilham Alijew.")
A3 = ("Beide Seiten sähen eine „historische Chance“, einen lange ersehnten Frieden in der Region zu erreichen.")
A4 = ("Armenien ziehe seine Bewerbung um die Ausrichtung der Weltklimakonferenz COP29 im kommenden Jahr zurück und "
      "unterstütze die Kandidatur Aserbaidschans.")
A5 = ("Aserbaidschan werde im Gegenzug die Bewerbung Armeniens um einen Sitz im Präsidium der Konferenz für die "
      "osteuropäische Staatengruppe unterstützen, hieß es weiter.")
A6 = ("Ausgehandelt wurde die Vereinbarung bei direkten Gesprächen zwischen dem Sekretär des armenischen "
      "Sicherheitsrats, Armen Grigorjan, und Alijews außenpolitischem Berater Hikmet Hadschijew, ohne Vermittlung "
      "Dritter.")
A7 = "Hadschijew sprach auf der Plattform X von einem „guten Tag für Aserbaidschan und Armenien“."
A8 = "EU-Ratspräsident Charles Michel begrüßte die Einigung als „Durchbruch“."
A9 = ("Die Freilassung der früheren Anführer der Karabach-Armenier, die im Herbst in Baku inhaftiert worden waren, "
      "sieht die Vereinbarung nicht vor.")
A10 = ("Unter ihnen ist der frühere Staatsminister der international nicht anerkannten Republik, Ruben Wardanjan.")
A11 = ("Angehörige der Gefangenen versammelten sich am Abend mit Fotos ihrer Väter und Söhne vor dem Regierungssitz "
       "in Eriwan.")
A12 = ("Paschinjan sagte im Parlament, Armenien sei bereit, einen Friedensvertrag „noch vor Ende des Jahres“ zu "
       "unterzeichnen.")
A13 = ("Der Vizeparlamentspräsident Ischchan Sagateljan vom oppositionellen Bündnis Hajastan warf der Regierung vor, "
       "die Interessen der Karabach-Armenier preiszugeben.")
A14 = ("Russland, das nach dem Krieg von 2020 als wichtigster Vermittler aufgetreten war, wird in der Erklärung nicht "
       "erwähnt.")
A15 = "Die Freilassungen sollen in den kommenden Tagen an der gemeinsamen Grenze stattfinden."

DE04 = {
    "id": "hm320-de-04", "lang": "de", "url": None, "published": "2023-12-07",
    "title": "Armenien und Aserbaidschan vereinbaren Gefangenenaustausch",
    "text": paragraphs([A1, A2, A3], [A4, A5], [A6, A7, A8], [A9, A10, A11], [A12, A13, A14, A15]),
    "events": [
        event("AGREE", ARM_GOV, AZE_GOV, A1),
        event("CONCEDE", AZE_GOV, ARM_SOLDIERS, A2, date="2023-12-07"),
        event("CONCEDE", ARM_GOV, AZE_SOLDIERS, A2, date="2023-12-07"),
        event("AGREE", ARM_GOV, AZE_GOV, A3),
        event("CONCEDE", ARM_GOV, AZE_GOV, A4),
        event("SUPPORT", ARM_GOV, AZE_GOV, A4),
        event("AGREE", AZE_GOV, ARM_GOV, A5),
        event("CONSULT", GRIGORYAN, HAJIYEV, A6),
        event("SUPPORT", MICHEL, ARM_GOV, A8),
        event("SUPPORT", MICHEL, AZE_GOV, A8),
        event("CONCEDE", AZE_GOV, KARABAKH_LEADERS, A9, negated=True),
        event("COERCE", AZE_AUTH, KARABAKH_LEADERS, A9, mode="arrest", location="Baku", location_country="AZE"),
        event("PROTEST", DETAINEE_RELATIVES, ARM_GOV, A11, mode="demo", location="Yerevan", location_country="ARM"),
        event("AGREE", PASHINYAN, AZE_GOV, A12),
        event("ACCUSE", SAGHATELYAN, ARM_GOV, A13, mode="disapprove"),
    ],
    "quotes": [
        quote("Baku werde 32 armenische Soldaten freilassen, Eriwan im Gegenzug zwei aserbaidschanische Soldaten",
              "Office of the Prime Minister of Armenia and Presidential Administration of Azerbaijan", "indirect"),
        quote("historische Chance",
              "Office of the Prime Minister of Armenia and Presidential Administration of Azerbaijan", "direct"),
        quote("Beide Seiten sähen eine „historische Chance“, einen lange ersehnten Frieden in der Region zu erreichen",
              "Office of the Prime Minister of Armenia and Presidential Administration of Azerbaijan", "indirect"),
        quote("Armenien ziehe seine Bewerbung um die Ausrichtung der Weltklimakonferenz COP29 im kommenden Jahr zurück "
              "und unterstütze die Kandidatur Aserbaidschans",
              "Office of the Prime Minister of Armenia and Presidential Administration of Azerbaijan", "indirect"),
        quote("Aserbaidschan werde im Gegenzug die Bewerbung Armeniens um einen Sitz im Präsidium der Konferenz für die "
              "osteuropäische Staatengruppe unterstützen",
              "Office of the Prime Minister of Armenia and Presidential Administration of Azerbaijan", "indirect"),
        quote("guten Tag für Aserbaidschan und Armenien", "Hikmet Hajiyev", "direct"),
        quote("Durchbruch", "Charles Michel", "direct"),
        quote("noch vor Ende des Jahres", "Nikol Pashinyan", "direct"),
        quote("Armenien sei bereit, einen Friedensvertrag „noch vor Ende des Jahres“ zu unterzeichnen",
              "Nikol Pashinyan", "indirect"),
        quote("die Interessen der Karabach-Armenier preiszugeben", "Ishkhan Saghatelyan", "indirect"),
    ],
    "entities": [
        entity("Yerevan", "LOC", "ARM", ["Eriwan"]),
        entity("Armenia", "LOC", "ARM", ["Armenien", "Armeniens"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschan", "Aserbaidschans"]),
        entity("Government of Azerbaijan", "ORG", "AZE", ["Baku"]),
        entity("Government of Armenia", "ORG", "ARM", ["der Regierung"]),
        entity("Government House of Armenia", "LOC", "ARM", ["dem Regierungssitz in Eriwan"]),
        entity("Office of the Prime Minister of Armenia", "ORG", "ARM", ["des Büros von Regierungschef Nikol "
                                                                         "Paschinjan"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "Paschinjan"]),
        entity("Presidential Administration of Azerbaijan", "ORG", "AZE", ["der Präsidialverwaltung von Staatschef "
                                                                           "Ilham Alijew"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Staatschef Ilham Alijew", "Alijews"]),
        entity("COP29", "ORG", "UNO", ["der Weltklimakonferenz COP29", "der Konferenz"]),
        entity("Security Council of Armenia", "ORG", "ARM", ["des armenischen Sicherheitsrats"]),
        entity("Armen Grigoryan", "PER", "ARM", ["dem Sekretär des armenischen Sicherheitsrats, Armen Grigorjan"]),
        entity("Hikmet Hajiyev", "PER", "AZE", ["Alijews außenpolitischem Berater Hikmet Hadschijew",
                                                "Hadschijew"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Charles Michel", "PER", "EUR", ["EU-Ratspräsident Charles Michel"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("former Nagorno-Karabakh Armenian leaders", "PER", "ARM", ["der früheren Anführer der "
                                                                          "Karabach-Armenier"]),
        entity("Baku", "LOC", "AZE", ["in Baku"]),
        entity("Republic of Artsakh", "ORG", "ARM", ["der international nicht anerkannten Republik"]),
        entity("Ruben Vardanyan", "PER", "ARM", ["der frühere Staatsminister der international nicht anerkannten "
                                                 "Republik, Ruben Wardanjan"]),
        entity("relatives of Armenians detained in Azerbaijan", "PER", "ARM", ["Angehörige der Gefangenen"]),
        entity("National Assembly of Armenia", "ORG", "ARM", ["im Parlament"]),
        entity("Ishkhan Saghatelyan", "PER", "ARM", ["Der Vizeparlamentspräsident Ischchan Sagateljan"]),
        entity("Armenia Alliance", "ORG", "ARM", ["oppositionellen Bündnis Hajastan"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
    ],
}

# ---------------------------------------------------------------- hm320-en-01 (Slovenia recognises Palestine)
SVN_ASSEMBLY = actor("National Assembly of Slovenia", "SVN", "LEG")
PALESTINE = actor("State of Palestine", "PSE", "GOV")
SDS = actor("Slovenian Democratic Party", "SVN", "OPP")
SVN_GOV = actor("Government of Slovenia", "SVN", "GOV")
GOLOB = actor("Robert Golob", "SVN", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
JANSA = actor("Janez Janša", "SVN", "OPP")
KATZ = actor("Israel Katz", "ISR", "GOV")
PSE_MFA = actor("Palestinian Ministry of Foreign Affairs", "PSE", "GOV")
PIRC_MUSAR = actor("Nataša Pirc Musar", "SVN", "GOV")
LJUBLJANA_PROTESTERS = actor("pro-Palestinian demonstrators in Ljubljana", "SVN", "CVL")
FAJON = actor("Tanja Fajon", "SVN", "GOV")

S1 = ("LJUBLJANA, June 4 (Reuters) - Slovenia's parliament voted on Tuesday to recognise a Palestinian state, "
      "becoming the fourth European country to do so in little more than a week.")
S2 = ("The motion, put forward by Prime Minister Robert Golob's centre-left government, passed with 52 votes in the "
      "90-seat National Assembly after lawmakers of the main opposition Slovenian Democratic Party (SDS) walked out "
      "of the chamber.")
S3 = ('Golob said the decision was "a message of peace" and that Slovenia wanted to help bring about a ceasefire in '
      'Gaza.')
S4 = ('"The time has come for the Israeli government to stop the killing in Gaza and return to the negotiating '
      'table," Golob told reporters in Ljubljana.')
S5 = ("The SDS, led by former prime minister Janez Jansa, had sought to delay the vote by demanding a consultative "
      "referendum, a proposal the assembly rejected earlier on Tuesday.")
S6 = ('Jansa accused Golob of rewarding "terrorists" and said the government was damaging Slovenia\'s relations with '
      'Israel and the United States.')
S7 = 'Israeli Foreign Minister Israel Katz condemned the vote, calling it "a reward for Hamas."'
S8 = 'The Palestinian foreign ministry welcomed the decision as "courageous and just."'
S9 = ('President Natasa Pirc Musar, who had backed the move, said Slovenia had "done the right thing" by standing up '
      'for international law.')
S10 = ("Several hundred people gathered outside the parliament building during the vote, waving Palestinian flags "
       "and chanting slogans against Israel's offensive in the Gaza Strip.")
S11 = ('Foreign Minister Tanja Fajon said Slovenia would establish diplomatic relations with the Palestinians "as soon '
       'as possible" and open a representative office in Ramallah.')
S12 = ("Slovenia, a non-permanent member of the U.N. Security Council, has been among the European Union's most "
       "outspoken critics of Israel's military campaign in Gaza.")
S13 = "The EU has no common position on recognising a Palestinian state."
S14 = "Israel's embassy in Ljubljana declined to comment."

EN01 = {
    "id": "hm320-en-01", "lang": "en", "url": None, "published": "2024-06-04",
    "title": "Slovenia's parliament recognises Palestinian state",
    "text": paragraphs([S1, S2], [S3, S4, S5, S6], [S7, S8, S9], [S10, S11], [S12, S13, S14]),
    "events": [
        event("SUPPORT", SVN_ASSEMBLY, PALESTINE, S1, date="2024-06-04", location="Ljubljana",
              location_country="SVN"),
        event("SUPPORT", SVN_ASSEMBLY, PALESTINE, S2),
        event("PROTEST", SDS, SVN_GOV, S2, mode="boycott"),
        event("REQUEST", GOLOB, ISR_GOV, S4, mode="yield", location="Ljubljana", location_country="SVN"),
        event("REQUEST", SDS, SVN_ASSEMBLY, S5, mode="change"),
        event("REJECT", SVN_ASSEMBLY, SDS, S5, mode="change", date="2024-06-04"),
        event("ACCUSE", JANSA, GOLOB, S6, mode="disapprove"),
        event("ACCUSE", KATZ, SVN_ASSEMBLY, S7, mode="disapprove"),
        event("SUPPORT", PSE_MFA, SVN_ASSEMBLY, S8),
        event("SUPPORT", PIRC_MUSAR, SVN_ASSEMBLY, S9),
        event("PROTEST", LJUBLJANA_PROTESTERS, ISR_GOV, S10, mode="demo", location="Ljubljana",
              location_country="SVN"),
        event("AGREE", FAJON, PALESTINE, S11),
    ],
    "quotes": [
        quote("a message of peace", "Robert Golob", "direct"),
        quote('the decision was "a message of peace"', "Robert Golob", "indirect"),
        quote("Slovenia wanted to help bring about a ceasefire in Gaza", "Robert Golob", "indirect"),
        quote("The time has come for the Israeli government to stop the killing in Gaza and return to the "
              "negotiating table", "Robert Golob", "direct"),
        quote("terrorists", "Janez Janša", "direct"),
        quote('rewarding "terrorists"', "Janez Janša", "indirect"),
        quote("the government was damaging Slovenia's relations with Israel and the United States", "Janez Janša",
              "indirect"),
        quote("a reward for Hamas", "Israel Katz", "direct"),
        quote("courageous and just", "Palestinian Ministry of Foreign Affairs", "direct"),
        quote("done the right thing", "Nataša Pirc Musar", "direct"),
        quote('Slovenia had "done the right thing" by standing up for international law',
              "Nataša Pirc Musar", "indirect"),
        quote("as soon as possible", "Tanja Fajon", "direct"),
        quote('Slovenia would establish diplomatic relations with the Palestinians "as soon as possible" and open a '
              'representative office in Ramallah', "Tanja Fajon", "indirect"),
    ],
    "entities": [
        entity("Ljubljana", "LOC", "SVN", ["LJUBLJANA", "Ljubljana"]),
        entity("Slovenia", "LOC", "SVN", ["Slovenia's", "Slovenia"]),
        entity("National Assembly of Slovenia", "ORG", "SVN", ["Slovenia's parliament", "90-seat National Assembly",
                                                               "the chamber", "the assembly",
                                                               "the parliament building"]),
        entity("State of Palestine", "LOC", "PSE", ["a Palestinian state", "the Palestinians"]),
        entity("Robert Golob", "PER", "SVN", ["Prime Minister Robert Golob", "Golob"]),
        entity("Government of Slovenia", "ORG", "SVN", ["centre-left government", "the government"]),
        entity("Slovenian Democratic Party", "ORG", "SVN", ["the main opposition Slovenian Democratic Party (SDS)",
                                                            "The SDS"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "the Gaza Strip"]),
        entity("Government of Israel", "ORG", "ISR", ["the Israeli government"]),
        entity("Janez Janša", "PER", "SVN", ["former prime minister Janez Jansa", "Jansa"]),
        entity("Israel", "LOC", "ISR", ["Israel's", "Israel"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Israel Katz", "PER", "ISR", ["Israeli Foreign Minister Israel Katz"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Palestinian Ministry of Foreign Affairs", "ORG", "PSE", ["The Palestinian foreign ministry"]),
        entity("Nataša Pirc Musar", "PER", "SVN", ["President Natasa Pirc Musar"]),
        entity("pro-Palestinian demonstrators in Ljubljana", "PER", "SVN", ["Several hundred people"]),
        entity("Tanja Fajon", "PER", "SVN", ["Foreign Minister Tanja Fajon"]),
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("U.N. Security Council", "ORG", "UNO", ["the U.N. Security Council"]),
        entity("European Union", "ORG", "EUR", ["the European Union's", "The EU"]),
        entity("Embassy of Israel in Ljubljana", "ORG", "ISR", ["Israel's embassy in Ljubljana"]),
    ],
}

# ---------------------------------------------------------------- hm320-en-02 (Ukraine, withdrawal from Velyka Novosilka)
UKR_FORCES = actor("Armed Forces of Ukraine", "UKR", "MIL")
RUS_FORCES = actor("Russian Armed Forces", "RUS", "MIL")
TREHUBOV = actor("Viktor Trehubov", "UKR", "MIL")
SYRSKYI = actor("Oleksandr Syrskyi", "UKR", "MIL")
UKRAINE = actor("Ukraine", "UKR", "GOV")
ZELENSKIY = actor("Volodymyr Zelensky", "UKR", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
TRUMP_EN = actor("Donald Trump", "USA", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

V1 = ("KYIV, Jan 26 (Reuters) - Ukrainian troops have withdrawn from the village of Velyka Novosilka in the eastern "
      "Donetsk region to avoid being encircled, the military said on Sunday, after weeks of heavy Russian attacks.")
V2 = 'Russia\'s defence ministry said earlier on Sunday that troops of its Vostok group had "liberated" the village.'
V3 = ("Velyka Novosilka, which had about 5,000 inhabitants before the war, lies near the junction of the Donetsk, "
      "Zaporizhzhia and Dnipropetrovsk regions.")
V4 = ("Units were moved to positions outside the settlement to preserve the lives of soldiers, Viktor Trehubov, "
      "spokesman for the Khortytsia group of forces, told Ukrainian television.")
V5 = ("He said Russian troops had used drones and glide bombs for days to cut the last supply road into the "
      "village.")
V6 = ("The loss gives Moscow its biggest gain in the south of the Donetsk region in months and brings its forces "
      "closer to the border of the Dnipropetrovsk region.")
V7 = ("Commander-in-Chief Oleksandr Syrskyi said he had sent additional reserves and ammunition to the Pokrovsk and "
      "Kurakhove sectors further north.")
V8 = "Russia launched 72 attack drones at Ukraine overnight, most of which were shot down."
V9 = ('President Volodymyr Zelenskiy said in his nightly video address that Russia was "betting on exhausting '
      'Ukraine" and urged allies, above all the United States, to speed up deliveries of air defence systems.')
V10 = "Germany delivered a further IRIS-T air defence system to Ukraine earlier this month."
V11 = ('U.S. President Donald Trump said last week that he would impose "high levels of taxes, tariffs and '
       'sanctions" on Russia if Vladimir Putin did not agree soon to end the war.')
V12 = ('Kremlin spokesman Dmitry Peskov said Moscow saw "nothing particularly new" in Trump\'s remarks but remained '
       'ready for "equal dialogue" with Washington.')
V13 = "Russia's defence ministry did not say how many Ukrainian soldiers had been captured."
V14 = "Velyka Novosilka had held out since the first weeks of Russia's full-scale invasion in February 2022."

EN02 = {
    "id": "hm320-en-02", "lang": "en", "url": None, "published": "2025-01-26",
    "title": "Ukraine pulls troops out of Velyka Novosilka as Russia claims capture",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6], [V7, V8, V9, V10], [V11, V12], [V13, V14]),
    "events": [
        event("RETREAT", UKR_FORCES, RUS_FORCES, V1, mode="withdraw", location="Velyka Novosilka",
              location_country="UKR"),
        event("ASSAULT", RUS_FORCES, UKR_FORCES, V1, location="Velyka Novosilka", location_country="UKR"),
        event("COERCE", RUS_FORCES, UKR_FORCES, V2, mode="seize", location="Velyka Novosilka",
              location_country="UKR"),
        event("RETREAT", UKR_FORCES, RUS_FORCES, V4, mode="withdraw", location="Velyka Novosilka",
              location_country="UKR"),
        event("ACCUSE", TREHUBOV, RUS_FORCES, V5, mode="allege"),
        event("MOBILIZE", SYRSKYI, None, V7, mode="troops"),
        event("ASSAULT", RUS_FORCES, UKRAINE, V8, mode="drone"),
        event("ACCUSE", ZELENSKIY, RUSSIA, V9, mode="disapprove"),
        event("REQUEST", ZELENSKIY, USA_GOV, V9, mode="assist"),
        event("AID", GERMANY, UKRAINE, V10),
        event("THREATEN", TRUMP_EN, RUSSIA, V11),
        event("AGREE", PESKOV, USA_GOV, V12),
    ],
    "quotes": [
        quote("Ukrainian troops have withdrawn from the village of Velyka Novosilka in the eastern Donetsk region to "
              "avoid being encircled", "Armed Forces of Ukraine", "indirect"),
        quote("liberated", "Russian Ministry of Defence", "direct"),
        quote('troops of its Vostok group had "liberated" the village', "Russian Ministry of Defence", "indirect"),
        quote("Units were moved to positions outside the settlement to preserve the lives of soldiers",
              "Viktor Trehubov", "indirect"),
        quote("Russian troops had used drones and glide bombs for days to cut the last supply road into the village",
              "Viktor Trehubov", "indirect"),
        quote("he had sent additional reserves and ammunition to the Pokrovsk and Kurakhove sectors further north",
              "Oleksandr Syrskyi", "indirect"),
        quote("betting on exhausting Ukraine", "Volodymyr Zelensky", "direct"),
        quote('Russia was "betting on exhausting Ukraine"', "Volodymyr Zelensky", "indirect"),
        quote("high levels of taxes, tariffs and sanctions", "Donald Trump", "direct"),
        quote('he would impose "high levels of taxes, tariffs and sanctions" on Russia if Vladimir Putin did not '
              'agree soon to end the war', "Donald Trump", "indirect"),
        quote("nothing particularly new", "Dmitry Peskov", "direct"),
        quote("equal dialogue", "Dmitry Peskov", "direct"),
        quote('Moscow saw "nothing particularly new" in Trump\'s remarks but remained ready for "equal dialogue" with '
              'Washington', "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["KYIV"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["Ukrainian troops", "the military", "Units"]),
        entity("Velyka Novosilka", "LOC", "UKR", ["the village of Velyka Novosilka", "Velyka Novosilka",
                                                  "the village", "the settlement"]),
        entity("Donetsk Oblast", "LOC", "UKR", ["the eastern Donetsk region", "the Donetsk region", "Donetsk"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["Russian troops", "its forces"]),
        entity("Russian Ministry of Defence", "ORG", "RUS", ["Russia's defence ministry"]),
        entity("Vostok group of forces", "ORG", "RUS", ["its Vostok group"]),
        entity("Zaporizhzhia Oblast", "LOC", "UKR", ["Zaporizhzhia"]),
        entity("Dnipropetrovsk Oblast", "LOC", "UKR", ["Dnipropetrovsk regions", "the Dnipropetrovsk region"]),
        entity("Viktor Trehubov", "PER", "UKR", ["Viktor Trehubov", "spokesman for the Khortytsia group of forces"]),
        entity("Khortytsia group of forces", "ORG", "UKR", ["the Khortytsia group of forces"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("Oleksandr Syrskyi", "PER", "UKR", ["Commander-in-Chief Oleksandr Syrskyi"]),
        entity("Pokrovsk", "LOC", "UKR", ["Pokrovsk"]),
        entity("Kurakhove", "LOC", "UKR", ["Kurakhove"]),
        entity("Russia", "LOC", "RUS", ["Russia's", "Russia"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelenskiy"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump's"]),
        entity("Vladimir Putin", "PER", "RUS", ["Vladimir Putin"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
