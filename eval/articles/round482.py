"""Round 482: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm482-de-01: Germany: Söder keeps Hubert Aiwanger as Bavaria's deputy premier despite the school-leaflet affair and rejects the Greens' and SPD's dismissal demand; the 25 questions, the SZ report, Aiwanger's denial, apology and "smear campaign" charge, Hartmann, von Brunn, Schuster and Scholz criticise or demand, coalition with the Free Voters reaffirmed, Greens ruled out (2023-09-03).
- hm482-de-02: Serbia: organised-crime prosecutors question Culture Minister Nikola Selaković as a suspect over the forged expert opinion that lifted protection from Belgrade's Generalštab; Vasić also investigated, opposition demands resignation and he refuses, Vučić backs him and accuses the prosecutors, the Affinity/Kushner lease, protest without arrests, the European Commission's appeal (2025-05-15).
- hm482-de-03: Bulgaria: the Supreme Judicial Council removes Prosecutor General Ivan Geshev; Zarkov's request and charges, Geshev accuses Peevski, PP-DB resignation demands rejected, Denkov welcomes it, the PP-DB/GERB judicial-reform deal, the Commission's earlier demand, supporters' protest at the Palace of Justice, the April explosion near his car recalled (2023-06-15).
- hm482-de-04: Italy: a Milan judge sends Tourism Minister Daniela Santanchè to trial over false accounting at Visibilia; her denial, the opposition's and Five Star Movement's resignation demands, Schlein accuses Meloni, Santanchè refuses to resign, Tajani backs her, the failed April no-confidence motion and the INPS fraud probe recalled (2025-01-17).
- hm482-en-01: Greece: Supreme Court deputy prosecutor Achilleas Zisis closes the Predator spyware probe without charging officials and sends four businessmen to trial; Androulakis and Koukakis object, Marinakis welcomes it, the 2022 resignations of Kontoleon and Dimitriadis and Mitsotakis' admission, U.S. sanctions on Dilian and Intellexa, PASOK and SYRIZA demand a new inquiry and New Democracy refuses (2024-07-30).
- hm482-en-02: United Kingdom: hundreds of thousands march for a Gaza cease-fire in London on Armistice Day while far-right counterprotesters fight police at the Cenotaph; 126 arrests, Twist and Sunak condemn, Rowley had refused to ban the march and met Sunak, Braverman accuses the police, Khan blames her, Starmer demands her sacking, Downing Street keeps confidence in her (2023-11-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm482-de-01 (Germany, Söder keeps Aiwanger)
SOEDER = actor("Markus Söder", "DEU", "GOV")
AIWANGER = actor("Hubert Aiwanger", "DEU", "GOV")
GREENS = actor("Alliance 90/The Greens", "DEU", "PTY")
SPD = actor("Social Democratic Party of Germany", "DEU", "PTY")
SZ = actor("Süddeutsche Zeitung", "DEU", "MED")
GER_MEDIA = actor("German media", "DEU", "MED")
AIW_OPPONENTS = actor("political opponents of Hubert Aiwanger", "DEU", "PTY")
HARTMANN = actor("Ludwig Hartmann", "DEU", "PTY")
VON_BRUNN = actor("Florian von Brunn", "DEU", "PTY")
SCHUSTER = actor("Josef Schuster", "DEU", "REL")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
FREE_VOTERS = actor("Free Voters", "DEU", "PTY")

AW1 = ("München (dpa) - Trotz der Affäre um ein antisemitisches Flugblatt aus seiner Schulzeit bleibt Hubert Aiwanger "
       "stellvertretender Ministerpräsident Bayerns.")
AW2 = ("Eine Entlassung seines Stellvertreters, wie sie Grüne und SPD fordern, wäre „nicht verhältnismäßig“, sagte "
       "Ministerpräsident Markus Söder (CSU) am Sonntag in München.")
AW3 = ("Söder hatte dem Chef der Freien Wähler in der vergangenen Woche einen Katalog mit 25 Fragen zu dem Flugblatt "
       "vorgelegt.")
AW4 = "Aiwanger habe diese ausreichend beantwortet, auch wenn nicht alle Zweifel ausgeräumt seien, sagte Söder."
AW5 = ("Die „Süddeutsche Zeitung“ hatte vor gut einer Woche berichtet, dass in den 1980er-Jahren in Aiwangers "
       "Schultasche ein Flugblatt gefunden worden sei, das die Opfer des Holocaust verhöhnte.")
AW6 = "Aiwanger bestreitet, das Pamphlet verfasst zu haben."
AW7 = "Sein älterer Bruder Helmut erklärte, er habe das Flugblatt geschrieben."
AW8 = ("Am Donnerstag hatte sich der 52-Jährige öffentlich entschuldigt, allerdings nur für Fehler, die er womöglich "
       "in seiner Jugend gemacht habe.")
AW9 = "Zugleich warf er Medien und politischen Gegnern eine „Schmutzkampagne“ gegen seine Person vor."
AW10 = "Grünen-Fraktionschef Ludwig Hartmann warf Söder vor, den Machterhalt über die Haltung zu stellen."
AW11 = "SPD-Spitzenkandidat Florian von Brunn sprach von einem „schwarzen Tag für Bayern“."
AW12 = ("Der Präsident des Zentralrats der Juden, Josef Schuster, sagte, Aiwanger habe mit seinem Krisenmanagement "
        "viel Vertrauen verspielt.")
AW13 = "Bundeskanzler Olaf Scholz (SPD) hatte zuvor eine lückenlose Aufklärung der Vorwürfe verlangt."
AW14 = "Die Affäre überschattet den Wahlkampf vor der Landtagswahl am 8. Oktober."
AW15 = "Söder bekräftigte, die Koalition mit den Freien Wählern nach der Wahl fortsetzen zu wollen."
AW16 = "Ein Bündnis mit den Grünen schloss er erneut aus."
AW17 = "In Umfragen haben die Freien Wähler seit Bekanntwerden der Vorwürfe eher zugelegt."

DE01 = {
    "id": "hm482-de-01", "lang": "de", "url": None, "published": "2023-09-03",
    "title": "Söder hält trotz Flugblatt-Affäre an Aiwanger fest",
    "text": paragraphs([AW1, AW2, AW3, AW4], [AW5, AW6, AW7, AW8, AW9], [AW10, AW11, AW12, AW13],
                       [AW14, AW15, AW16, AW17]),
    "events": [
        event("REQUEST", GREENS, SOEDER, AW2, mode="change"),
        event("REQUEST", SPD, SOEDER, AW2, mode="change"),
        event("REJECT", SOEDER, GREENS, AW2, mode="change", date="2023-09-03", location="München",
              location_country="DEU"),
        event("REJECT", SOEDER, SPD, AW2, mode="change", date="2023-09-03", location="München",
              location_country="DEU"),
        event("REQUEST", SOEDER, AIWANGER, AW3),
        event("ACCUSE", SZ, AIWANGER, AW5, mode="allege"),
        event("CONCEDE", AIWANGER, None, AW8, date="2023-08-31"),
        event("ACCUSE", AIWANGER, GER_MEDIA, AW9, mode="disapprove"),
        event("ACCUSE", AIWANGER, AIW_OPPONENTS, AW9, mode="disapprove"),
        event("ACCUSE", HARTMANN, SOEDER, AW10, mode="disapprove"),
        event("ACCUSE", VON_BRUNN, SOEDER, AW11, mode="disapprove"),
        event("ACCUSE", SCHUSTER, AIWANGER, AW12, mode="disapprove"),
        event("REQUEST", SCHOLZ, AIWANGER, AW13),
        event("AGREE", SOEDER, FREE_VOTERS, AW15),
        event("REJECT", SOEDER, GREENS, AW16),
    ],
    "quotes": [
        quote("nicht verhältnismäßig", "Markus Söder", "direct"),
        quote("Eine Entlassung seines Stellvertreters, wie sie Grüne und SPD fordern, wäre „nicht verhältnismäßig“",
              "Markus Söder", "indirect"),
        quote("Aiwanger habe diese ausreichend beantwortet, auch wenn nicht alle Zweifel ausgeräumt seien",
              "Markus Söder", "indirect"),
        quote("dass in den 1980er-Jahren in Aiwangers Schultasche ein Flugblatt gefunden worden sei, das die Opfer des "
              "Holocaust verhöhnte", "Süddeutsche Zeitung", "indirect"),
        quote("das Pamphlet verfasst zu haben", "Hubert Aiwanger", "indirect"),
        quote("er habe das Flugblatt geschrieben", "Helmut Aiwanger", "indirect"),
        quote("Fehler, die er womöglich in seiner Jugend gemacht habe", "Hubert Aiwanger", "indirect"),
        quote("Schmutzkampagne", "Hubert Aiwanger", "direct"),
        quote("den Machterhalt über die Haltung zu stellen", "Ludwig Hartmann", "indirect"),
        quote("schwarzen Tag für Bayern", "Florian von Brunn", "direct"),
        quote("Aiwanger habe mit seinem Krisenmanagement viel Vertrauen verspielt", "Josef Schuster", "indirect"),
        quote("die Koalition mit den Freien Wählern nach der Wahl fortsetzen zu wollen", "Markus Söder", "indirect"),
    ],
    "entities": [
        entity("Munich", "LOC", "DEU", ["München"]),
        entity("Hubert Aiwanger", "PER", "DEU",
               ["Hubert Aiwanger", "seines Stellvertreters", "dem Chef der Freien Wähler", "Aiwanger", "Aiwangers",
                "der 52-Jährige", "er", "seine Person"]),
        entity("Bavaria", "LOC", "DEU", ["Bayerns", "Bayern"]),
        entity("Markus Söder", "PER", "DEU", ["Ministerpräsident Markus Söder", "Söder", "er"]),
        entity("Christian Social Union in Bavaria", "ORG", "DEU", ["CSU"]),
        entity("Alliance 90/The Greens", "ORG", "DEU", ["Grüne", "den Grünen"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("Free Voters", "ORG", "DEU", ["der Freien Wähler", "den Freien Wählern", "die Freien Wähler"]),
        entity("Süddeutsche Zeitung", "ORG", "DEU", ["Die „Süddeutsche Zeitung“"]),
        entity("Holocaust", "MISC", "DEU", ["des Holocaust"]),
        entity("Helmut Aiwanger", "PER", "DEU", ["Sein älterer Bruder Helmut", "er"]),
        entity("German media", "ORG", "DEU", ["Medien"]),
        entity("political opponents of Hubert Aiwanger", "ORG", "DEU", ["politischen Gegnern"]),
        entity("Ludwig Hartmann", "PER", "DEU", ["Grünen-Fraktionschef Ludwig Hartmann"]),
        entity("Florian von Brunn", "PER", "DEU", ["SPD-Spitzenkandidat Florian von Brunn"]),
        entity("Central Council of Jews in Germany", "ORG", "DEU", ["des Zentralrats der Juden"]),
        entity("Josef Schuster", "PER", "DEU", ["Der Präsident des Zentralrats der Juden, Josef Schuster"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("2023 Bavarian state election", "MISC", "DEU", ["der Landtagswahl am 8. Oktober", "der Wahl"]),
    ],
}

# ---------------------------------------------------------------- hm482-de-02 (Serbia, Generalštab forgery probe)
SRB_TOK = actor("Prosecutor's Office for Organized Crime of Serbia", "SRB", "JUD")
SELAKOVIC = actor("Nikola Selaković", "SRB", "GOV")
VASIC = actor("Goran Vasić", "SRB", "GOV")
SRB_OPP = actor("Serbian opposition", "SRB", "OPP")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
AFFINITY = actor("Affinity Global Development", "USA", "BUS")
BG_PROTESTERS = actor("protesters in Belgrade", "SRB", "CVL")
SRB_POLICE = actor("Police of Serbia", "SRB", "COP")
EU_COM = actor("European Commission", "EUR", "IGO")

SR1 = ("Belgrad (dpa) - In der Affäre um das frühere Generalstabsgebäude in Belgrad hat die serbische "
       "Staatsanwaltschaft für organisierte Kriminalität Ermittlungen gegen Kulturminister Nikola Selaković "
       "aufgenommen.")
SR2 = "Der Minister sei am Mittwoch als Verdächtiger vernommen worden, teilte die Behörde mit."
SR3 = ("Den Ermittlern zufolge wurde ein Gutachten gefälscht, mit dem die Regierung im vergangenen Herbst den "
       "Denkmalschutz für den im Krieg 1999 schwer beschädigten Komplex aufgehoben hatte.")
SR4 = ("Auch gegen den amtierenden Direktor des staatlichen Instituts für Denkmalschutz, Goran Vasić, wird "
       "ermittelt.")
SR5 = "Vasić soll die Fälschung bereits eingeräumt haben."
SR6 = "Oppositionsparteien forderten den sofortigen Rücktritt des Ministers."
SR7 = "Selaković wies die Vorwürfe zurück und sprach von einer „politisch motivierten Hetzjagd“ der Opposition."
SR8 = "Einen Rücktritt lehnte er ab."
SR9 = ("Präsident Aleksandar Vučić stellte sich hinter seinen Minister und warf der Staatsanwaltschaft vor, sich in "
       "die Politik einzumischen.")
SR10 = ("Auf dem Gelände im Zentrum der Hauptstadt will die Firma Affinity Global Development des "
        "Trump-Schwiegersohns Jared Kushner ein Luxushotel sowie Wohn- und Bürotürme errichten.")
SR11 = ("Die Regierung hatte sich im vergangenen Jahr mit dem Unternehmen auf eine Pacht des Grundstücks für 99 Jahre "
        "geeinigt.")
SR12 = "Affinity erklärte, man werde den Ausgang der Ermittlungen abwarten."
SR13 = ("Am Mittwochabend versammelten sich mehrere Tausend Menschen vor dem Gebäude und forderten, den Denkmalschutz "
        "wiederherzustellen.")
SR14 = "Die Polizei griff nicht ein, Festnahmen gab es keine."
SR15 = "Die EU-Kommission rief Belgrad auf, die Justiz ohne politischen Druck arbeiten zu lassen."
SR16 = "Serbien ist seit 2012 offizieller Kandidat für einen Beitritt zur Europäischen Union."

DE02 = {
    "id": "hm482-de-02", "lang": "de", "url": None, "published": "2025-05-15",
    "title": "Serbiens Kulturminister im Visier der Ermittler",
    "text": paragraphs([SR1, SR2, SR3, SR4, SR5], [SR6, SR7, SR8, SR9], [SR10, SR11, SR12],
                       [SR13, SR14, SR15, SR16]),
    "events": [
        event("ACCUSE", SRB_TOK, SELAKOVIC, SR1, mode="investigate"),
        event("ACCUSE", SRB_TOK, SELAKOVIC, SR2, mode="investigate", date="2025-05-14"),
        event("ACCUSE", SRB_TOK, VASIC, SR4, mode="investigate"),
        event("REQUEST", SRB_OPP, SELAKOVIC, SR6, mode="change"),
        event("ACCUSE", SELAKOVIC, SRB_OPP, SR7, mode="disapprove"),
        event("REJECT", SELAKOVIC, SRB_OPP, SR8, mode="change"),
        event("SUPPORT", VUCIC, SELAKOVIC, SR9),
        event("ACCUSE", VUCIC, SRB_TOK, SR9, mode="disapprove"),
        event("AGREE", SRB_GOV, AFFINITY, SR11),
        event("PROTEST", BG_PROTESTERS, SRB_GOV, SR13, mode="demo", date="2025-05-14", location="Belgrad",
              location_country="SRB"),
        event("COERCE", SRB_POLICE, BG_PROTESTERS, SR14, mode="arrest", negated=True),
        event("REQUEST", EU_COM, SRB_GOV, SR15),
    ],
    "quotes": [
        quote("Der Minister sei am Mittwoch als Verdächtiger vernommen worden",
              "Prosecutor's Office for Organized Crime of Serbia", "indirect"),
        quote("Den Ermittlern zufolge wurde ein Gutachten gefälscht, mit dem die Regierung im vergangenen Herbst den "
              "Denkmalschutz für den im Krieg 1999 schwer beschädigten Komplex aufgehoben hatte",
              "Prosecutor's Office for Organized Crime of Serbia", "indirect"),
        quote("politisch motivierten Hetzjagd", "Nikola Selaković", "direct"),
        quote("sich in die Politik einzumischen", "Aleksandar Vučić", "indirect"),
        quote("man werde den Ausgang der Ermittlungen abwarten", "Affinity Global Development", "indirect"),
        quote("den Denkmalschutz wiederherzustellen", "protesters in Belgrade", "indirect"),
        quote("die Justiz ohne politischen Druck arbeiten zu lassen", "European Commission", "indirect"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["Belgrad", "der Hauptstadt"]),
        entity("Generalštab", "LOC", "SRB",
               ["das frühere Generalstabsgebäude in Belgrad", "den im Krieg 1999 schwer beschädigten Komplex",
                "dem Gelände im Zentrum der Hauptstadt", "dem Gebäude"]),
        entity("Prosecutor's Office for Organized Crime of Serbia", "ORG", "SRB",
               ["die serbische Staatsanwaltschaft für organisierte Kriminalität", "die Behörde", "Den Ermittlern",
                "der Staatsanwaltschaft"]),
        entity("Nikola Selaković", "PER", "SRB",
               ["Kulturminister Nikola Selaković", "Der Minister", "des Ministers", "Selaković", "er",
                "seinen Minister"]),
        entity("Government of Serbia", "ORG", "SRB", ["die Regierung", "Die Regierung", "Belgrad"]),
        entity("Goran Vasić", "PER", "SRB",
               ["den amtierenden Direktor des staatlichen Instituts für Denkmalschutz, Goran Vasić", "Vasić"]),
        entity("Republic Institute for the Protection of Cultural Monuments", "ORG", "SRB",
               ["des staatlichen Instituts für Denkmalschutz"]),
        entity("Serbian opposition", "ORG", "SRB", ["Oppositionsparteien", "der Opposition"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Präsident Aleksandar Vučić"]),
        entity("Affinity Global Development", "ORG", "USA",
               ["die Firma Affinity Global Development des Trump-Schwiegersohns Jared Kushner", "dem Unternehmen",
                "Affinity"]),
        entity("Jared Kushner", "PER", "USA", ["des Trump-Schwiegersohns Jared Kushner"]),
        entity("Donald Trump", "PER", "USA", ["Trump"]),
        entity("protesters in Belgrade", "PER", "SRB", ["mehrere Tausend Menschen"]),
        entity("Police of Serbia", "ORG", "SRB", ["Die Polizei"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Serbia", "LOC", "SRB", ["Serbien"]),
        entity("European Union", "ORG", "EUR", ["Europäischen Union"]),
    ],
}

# ---------------------------------------------------------------- hm482-de-03 (Bulgaria, Geshev removed)
BG_SJC = actor("Supreme Judicial Council of Bulgaria", "BGR", "JUD")
GESHEV = actor("Ivan Geshev", "BGR", "JUD")
ZARKOV = actor("Krum Zarkov", "BGR", "GOV")
PEEVSKI = actor("Delyan Peevski", "BGR", "LEG")
PP_DB = actor("We Continue the Change-Democratic Bulgaria", "BGR", "PTY")
GERB = actor("GERB", "BGR", "PTY")
DENKOV = actor("Nikolai Denkov", "BGR", "GOV")
BGR_GOV = actor("Government of Bulgaria", "BGR", "GOV")
GESHEV_SUPPORTERS = actor("supporters of Ivan Geshev", "BGR", "CVL")
BG_ATTACKERS = actor("unknown attackers", "BGR", "CVL")

BG1 = "Sofia (dpa) - Bulgariens Oberster Justizrat hat Generalstaatsanwalt Iwan Geschew abgesetzt."
BG2 = "Für die Entlassung stimmten am Donnerstag 20 Mitglieder des Gremiums, wie der Rat mitteilte."
BG3 = ("Der damalige Übergangsjustizminister Krum Sarkow hatte das Verfahren Ende Mai beantragt und Geschew "
       "Amtsmissbrauch sowie die Schädigung des Ansehens der Justiz vorgeworfen.")
BG4 = ("Geschew sprach von einer „politischen Abrechnung“ und warf dem Abgeordneten Deljan Peewski vor, hinter "
       "seiner Absetzung zu stecken.")
BG5 = ("Der Chefankläger hatte Rücktrittsforderungen des Reformbündnisses PP-DB in den vergangenen Monaten stets "
       "zurückgewiesen.")
BG6 = "Er werde sich nun überlegen, in die Politik zu gehen, sagte er."
BG7 = "Ministerpräsident Nikolaj Denkow begrüßte die Entscheidung als „Chance für einen Neuanfang“ in der Justiz."
BG8 = ("Die Regierungsparteien PP-DB und GERB hatten sich Anfang Juni auf eine Justizreform geeinigt, die die Macht "
       "des Generalstaatsanwalts beschränken soll.")
BG9 = ("Die EU-Kommission hatte Bulgarien wiederholt aufgefordert, die Kontrolle über die mächtige Staatsanwaltschaft "
       "zu stärken.")
BG9B = ("Der Generalstaatsanwalt hat in Bulgarien weitreichende Befugnisse und kann praktisch nicht zur Rechenschaft "
        "gezogen werden.")
BG10 = "Bis zur Wahl eines Nachfolgers führt Geschews Stellvertreter Borislaw Sarafow die Behörde kommissarisch."
BG11 = ("Vor dem Justizpalast in Sofia demonstrierten am Donnerstag einige Hundert Anhänger Geschews gegen die "
        "Entscheidung.")
BG12 = "Sie warfen der Regierung vor, die Justiz unter ihre Kontrolle bringen zu wollen."
BG13 = "Die Polizei meldete keine Zwischenfälle."
BG14 = "Geschew war seit Ende 2019 im Amt und galt als einer der umstrittensten Amtsträger des Landes."
BG15 = "Im April war auf einer Straße nahe Sofia ein Sprengsatz neben seinem Wagen explodiert."
BG16 = "Geschew sprach damals von einem Mordanschlag."

DE03 = {
    "id": "hm482-de-03", "lang": "de", "url": None, "published": "2023-06-15",
    "title": "Bulgariens Generalstaatsanwalt Geschew abgesetzt",
    "text": paragraphs([BG1, BG2, BG3], [BG4, BG5, BG6], [BG7, BG8, BG9, BG9B, BG10], [BG11, BG12, BG13],
                       [BG14, BG15, BG16]),
    "events": [
        event("COERCE", BG_SJC, GESHEV, BG1, mode="restrict", location="Sofia", location_country="BGR"),
        event("COERCE", BG_SJC, GESHEV, BG2, mode="restrict", date="2023-06-15"),
        event("REQUEST", ZARKOV, BG_SJC, BG3, mode="change"),
        event("ACCUSE", ZARKOV, GESHEV, BG3, mode="allege"),
        event("ACCUSE", GESHEV, PEEVSKI, BG4, mode="allege"),
        event("REQUEST", PP_DB, GESHEV, BG5, mode="change"),
        event("REJECT", GESHEV, PP_DB, BG5, mode="change"),
        event("SUPPORT", DENKOV, BG_SJC, BG7),
        event("AGREE", PP_DB, GERB, BG8),
        event("REQUEST", EU_COM, BGR_GOV, BG9),
        event("PROTEST", GESHEV_SUPPORTERS, BG_SJC, BG11, mode="demo", date="2023-06-15", location="Sofia",
              location_country="BGR"),
        event("ACCUSE", GESHEV_SUPPORTERS, BGR_GOV, BG12, mode="disapprove"),
        event("ASSAULT", BG_ATTACKERS, GESHEV, BG15, mode="explosives", location_country="BGR"),
        event("ACCUSE", GESHEV, BG_ATTACKERS, BG16, mode="allege"),
    ],
    "quotes": [
        quote("Für die Entlassung stimmten am Donnerstag 20 Mitglieder des Gremiums",
              "Supreme Judicial Council of Bulgaria", "indirect"),
        quote("politischen Abrechnung", "Ivan Geshev", "direct"),
        quote("hinter seiner Absetzung zu stecken", "Ivan Geshev", "indirect"),
        quote("Er werde sich nun überlegen, in die Politik zu gehen", "Ivan Geshev", "indirect"),
        quote("Chance für einen Neuanfang", "Nikolai Denkov", "direct"),
        quote("die Kontrolle über die mächtige Staatsanwaltschaft zu stärken", "European Commission", "indirect"),
        quote("die Justiz unter ihre Kontrolle bringen zu wollen", "supporters of Ivan Geshev", "indirect"),
    ],
    "entities": [
        entity("Sofia", "LOC", "BGR", ["Sofia"]),
        entity("Bulgaria", "LOC", "BGR", ["Bulgariens", "des Landes", "in Bulgarien"]),
        entity("Supreme Judicial Council of Bulgaria", "ORG", "BGR",
               ["Bulgariens Oberster Justizrat", "des Gremiums", "der Rat"]),
        entity("Ivan Geshev", "PER", "BGR",
               ["Generalstaatsanwalt Iwan Geschew", "Geschew", "Geschews", "Der Chefankläger", "Er", "er"]),
        entity("Krum Zarkov", "PER", "BGR", ["Der damalige Übergangsjustizminister Krum Sarkow"]),
        entity("Delyan Peevski", "PER", "BGR", ["dem Abgeordneten Deljan Peewski"]),
        entity("We Continue the Change-Democratic Bulgaria", "ORG", "BGR", ["des Reformbündnisses PP-DB", "PP-DB"]),
        entity("GERB", "ORG", "BGR", ["GERB"]),
        entity("Nikolai Denkov", "PER", "BGR", ["Ministerpräsident Nikolaj Denkow"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Government of Bulgaria", "ORG", "BGR", ["Bulgarien", "der Regierung"]),
        entity("Prosecutor's Office of Bulgaria", "ORG", "BGR", ["die mächtige Staatsanwaltschaft", "die Behörde"]),
        entity("Borislav Sarafov", "PER", "BGR", ["Geschews Stellvertreter Borislaw Sarafow"]),
        entity("Palace of Justice (Sofia)", "LOC", "BGR", ["dem Justizpalast in Sofia"]),
        entity("supporters of Ivan Geshev", "PER", "BGR", ["einige Hundert Anhänger Geschews", "Sie"]),
        entity("Police of Bulgaria", "ORG", "BGR", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm482-de-04 (Italy, Santanchè sent to trial)
MILAN_JUDGE = actor("Milan preliminary hearing judge", "ITA", "JUD")
MILAN_PROS = actor("Milan Public Prosecutor's Office", "ITA", "JUD")
SANTANCHE = actor("Daniela Santanchè", "ITA", "GOV")
ITA_OPP = actor("Italian opposition", "ITA", "OPP")
SCHLEIN = actor("Elly Schlein", "ITA", "OPP")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
M5S = actor("Five Star Movement", "ITA", "PTY")
TAJANI = actor("Antonio Tajani", "ITA", "GOV")
ITA_CHAMBER = actor("Chamber of Deputies of Italy", "ITA", "LEG")

IT1 = ("Rom (dpa) - Italiens Tourismusministerin Daniela Santanchè muss sich wegen mutmaßlicher Bilanzfälschung vor "
       "Gericht verantworten.")
IT2 = "Eine Richterin in Mailand ließ am Freitag die Anklage der Staatsanwaltschaft gegen die 63-Jährige zu."
IT3 = "Der Prozess soll am 20. März beginnen."
IT4 = ("Die Staatsanwälte werfen der Politikerin der Regierungspartei Fratelli d'Italia vor, als Chefin des "
       "Verlagshauses Visibilia jahrelang geschönte Bilanzen vorgelegt zu haben.")
IT5 = "Santanchè bestreitet jedes Fehlverhalten."
IT6 = "Ihre Anwälte kündigten an, die Unschuld ihrer Mandantin im Prozess zu beweisen."
IT7 = "Die Opposition forderte umgehend den Rücktritt der Ministerin."
IT8 = ("Die Chefin der Sozialdemokraten, Elly Schlein, warf Regierungschefin Giorgia Meloni vor, eine angeklagte "
       "Ministerin im Kabinett zu dulden.")
IT9 = "Die Fünf-Sterne-Bewegung von Ex-Premier Giuseppe Conte reichte einen Misstrauensantrag im Parlament ein."
IT10 = "„Ich habe nicht die Absicht zurückzutreten“, sagte Santanchè am Freitagabend im Fernsehsender Rete 4."
IT11 = "Meloni äußerte sich zunächst nicht zu dem Fall."
IT12 = ("Außenminister Antonio Tajani von der mitregierenden Forza Italia sagte, eine Anklage sei kein Urteil, und "
        "stellte sich hinter die Ministerin.")
IT13 = ("Die Abgeordnetenkammer hatte bereits im April vergangenen Jahres einen Misstrauensantrag gegen Santanchè "
        "abgelehnt.")
IT14 = ("In einem weiteren Verfahren ermittelt die Staatsanwaltschaft gegen Santanchè wegen mutmaßlichen Betrugs "
        "zulasten der Sozialversicherungsanstalt INPS während der Corona-Pandemie.")
IT15 = "Dabei geht es um Kurzarbeitergeld für Mitarbeiter, die in dieser Zeit weitergearbeitet haben sollen."
IT16 = "Santanchè gehört zu den engsten Vertrauten Melonis."
IT17 = ("Die Unternehmerin war vor ihrem Einstieg in die Politik vor allem als Managerin in der Mode- und "
        "Medienbranche bekannt geworden.")
IT18 = "Visibilia gibt unter anderem Zeitschriften heraus und ist an der Mailänder Börse notiert."

DE04 = {
    "id": "hm482-de-04", "lang": "de", "url": None, "published": "2025-01-17",
    "title": "Italiens Tourismusministerin Santanchè muss vor Gericht",
    "text": paragraphs([IT1, IT2, IT3, IT4], [IT5, IT6], [IT7, IT8, IT9, IT10], [IT11, IT12, IT13],
                       [IT14, IT15, IT16, IT17, IT18]),
    "events": [
        event("ACCUSE", MILAN_JUDGE, SANTANCHE, IT1, mode="allege"),
        event("ACCUSE", MILAN_JUDGE, SANTANCHE, IT2, mode="allege", date="2025-01-17", location="Mailand",
              location_country="ITA"),
        event("ACCUSE", MILAN_PROS, SANTANCHE, IT2, mode="allege"),
        event("ACCUSE", MILAN_PROS, SANTANCHE, IT4, mode="allege"),
        event("REQUEST", ITA_OPP, SANTANCHE, IT7, mode="change"),
        event("ACCUSE", SCHLEIN, MELONI, IT8, mode="disapprove"),
        event("REQUEST", M5S, SANTANCHE, IT9, mode="change"),
        event("REJECT", SANTANCHE, ITA_OPP, IT10, mode="change", date="2025-01-17"),
        event("SUPPORT", TAJANI, SANTANCHE, IT12),
        event("REJECT", ITA_CHAMBER, ITA_OPP, IT13),
        event("ACCUSE", MILAN_PROS, SANTANCHE, IT14, mode="investigate"),
    ],
    "quotes": [
        quote("als Chefin des Verlagshauses Visibilia jahrelang geschönte Bilanzen vorgelegt zu haben",
              "Milan Public Prosecutor's Office", "indirect"),
        quote("die Unschuld ihrer Mandantin im Prozess zu beweisen", "lawyers of Daniela Santanchè", "indirect"),
        quote("eine angeklagte Ministerin im Kabinett zu dulden", "Elly Schlein", "indirect"),
        quote("Ich habe nicht die Absicht zurückzutreten", "Daniela Santanchè", "direct"),
        quote("eine Anklage sei kein Urteil", "Antonio Tajani", "indirect"),
    ],
    "entities": [
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Italy", "LOC", "ITA", ["Italiens"]),
        entity("Daniela Santanchè", "PER", "ITA",
               ["Italiens Tourismusministerin Daniela Santanchè", "die 63-Jährige",
                "der Politikerin der Regierungspartei Fratelli d'Italia", "Santanchè", "ihrer Mandantin",
                "der Ministerin", "die Ministerin", "Die Unternehmerin"]),
        entity("Milan preliminary hearing judge", "PER", "ITA", ["Eine Richterin in Mailand"]),
        entity("Milan", "LOC", "ITA", ["Mailand"]),
        entity("Borsa Italiana", "ORG", "ITA", ["der Mailänder Börse"]),
        entity("Milan Public Prosecutor's Office", "ORG", "ITA",
               ["der Staatsanwaltschaft", "Die Staatsanwälte", "die Staatsanwaltschaft"]),
        entity("Brothers of Italy", "ORG", "ITA", ["der Regierungspartei Fratelli d'Italia"]),
        entity("Visibilia", "ORG", "ITA", ["des Verlagshauses Visibilia", "Visibilia"]),
        entity("lawyers of Daniela Santanchè", "PER", "ITA", ["Ihre Anwälte"]),
        entity("Italian opposition", "ORG", "ITA", ["Die Opposition"]),
        entity("Democratic Party (Italy)", "ORG", "ITA", ["der Sozialdemokraten"]),
        entity("Elly Schlein", "PER", "ITA", ["Die Chefin der Sozialdemokraten, Elly Schlein"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Regierungschefin Giorgia Meloni", "Meloni", "Melonis"]),
        entity("Government of Italy", "ORG", "ITA", ["im Kabinett"]),
        entity("Five Star Movement", "ORG", "ITA", ["Die Fünf-Sterne-Bewegung von Ex-Premier Giuseppe Conte"]),
        entity("Giuseppe Conte", "PER", "ITA", ["Ex-Premier Giuseppe Conte"]),
        entity("Parliament of Italy", "ORG", "ITA", ["im Parlament"]),
        entity("Rete 4", "ORG", "ITA", ["im Fernsehsender Rete 4"]),
        entity("Antonio Tajani", "PER", "ITA", ["Außenminister Antonio Tajani"]),
        entity("Forza Italia", "ORG", "ITA", ["der mitregierenden Forza Italia"]),
        entity("Chamber of Deputies of Italy", "ORG", "ITA", ["Die Abgeordnetenkammer"]),
        entity("National Social Security Institute", "ORG", "ITA", ["der Sozialversicherungsanstalt INPS"]),
        entity("COVID-19 pandemic", "MISC", "ITA", ["der Corona-Pandemie"]),
    ],
}

# ---------------------------------------------------------------- hm482-en-01 (Greece, Predator probe closed)
ZISIS = actor("Achilleas Zisis", "GRC", "JUD")
GRC_OFFICIALS = actor("Greek government officials", "GRC", "GOV")
PREDATOR_BUSINESSMEN = actor("businessmen linked to Predator", "GRC", "BUS")
ANDROULAKIS = actor("Nikos Androulakis", "GRC", "OPP")
GRC_GOV = actor("Government of Greece", "GRC", "GOV")
KOUKAKIS = actor("Thanasis Koukakis", "GRC", "MED")
GRC_JUDICIARY = actor("Greek judiciary", "GRC", "JUD")
MARINAKIS = actor("Pavlos Marinakis", "GRC", "GOV")
KONTOLEON = actor("Panagiotis Kontoleon", "GRC", "GOV")
DIMITRIADIS = actor("Grigoris Dimitriadis", "GRC", "GOV")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")
US_TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
DILIAN = actor("Tal Dilian", "ISR", "BUS")
INTELLEXA = actor("Intellexa", "GRC", "BUS")
EP_PEGA = actor("European Parliament PEGA committee", "EUR", "LEG")
PASOK = actor("PASOK", "GRC", "PTY")
SYRIZA = actor("SYRIZA", "GRC", "PTY")
GRC_PARLIAMENT = actor("Hellenic Parliament", "GRC", "LEG")
NEW_DEMOCRACY = actor("New Democracy", "GRC", "PTY")

GR1 = ("ATHENS, Greece (AP) — Greece's Supreme Court prosecutor has closed an investigation into the use of Predator "
       "spyware against politicians and journalists without charging any government official.")
GR2 = ("In a ruling made public Monday, deputy prosecutor Achilleas Zisis instead sent four businessmen linked to the "
       "companies that marketed Predator in Greece to trial on misdemeanor charges of violating the privacy of "
       "communications.")
GR3 = ("Among them is Tal Dilian, a former Israeli military intelligence officer who founded the spyware maker "
       "Intellexa.")
GR4 = ("Zisis wrote that there was no evidence that the National Intelligence Service, known as EYP, or any other "
       "state agency had bought or used the program.")
GR5 = ("Socialist leader Nikos Androulakis, whose phone was targeted with Predator in 2021, called the decision "
       "\"a cover-up\" and accused the government of Prime Minister Kyriakos Mitsotakis of protecting those "
       "responsible.")
GR6 = ("Financial journalist Thanasis Koukakis, another target, said Greek justice had \"failed the victims\" of the "
       "surveillance.")
GR7 = ("Government spokesman Pavlos Marinakis welcomed the ruling, saying it confirmed that the state had not used "
       "the spyware.")
GR8 = "The government has repeatedly denied buying or using Predator."
GR9 = ("The scandal erupted in 2022 and forced the resignations of EYP chief Panagiotis Kontoleon and of Grigoris "
       "Dimitriadis, Mitsotakis' nephew and chief of staff.")
GR10 = ("Mitsotakis acknowledged at the time that a legal wiretap of Androulakis' phone by EYP had been a mistake but "
        "said he had not known about it.")
GR11 = ("In March, the U.S. Treasury Department imposed sanctions on Dilian and five companies of the Intellexa "
        "consortium, accusing them of developing spyware used against American officials.")
GR12 = ("The European Parliament's spyware inquiry committee had criticized Athens last year over a lack of "
        "transparency.")
GR13 = ("PASOK and the left-wing SYRIZA party demanded on Tuesday that parliament reopen its own inquiry into the "
        "affair.")
GR14 = "Mitsotakis' New Democracy party, which holds a majority in the 300-seat chamber, rejected the demand."

EN01 = {
    "id": "hm482-en-01", "lang": "en", "url": None, "published": "2024-07-30",
    "title": "Greek prosecutor closes Predator spyware probe without charging officials",
    "text": paragraphs([GR1, GR2, GR3, GR4], [GR5, GR6, GR7, GR8], [GR9, GR10], [GR11, GR12],
                       [GR13, GR14]),
    "events": [
        event("ACCUSE", ZISIS, GRC_OFFICIALS, GR1, mode="allege", negated=True),
        event("ACCUSE", ZISIS, PREDATOR_BUSINESSMEN, GR2, mode="allege", date="2024-07-29"),
        event("ACCUSE", ANDROULAKIS, ZISIS, GR5, mode="disapprove"),
        event("ACCUSE", ANDROULAKIS, GRC_GOV, GR5, mode="allege"),
        event("ACCUSE", KOUKAKIS, GRC_JUDICIARY, GR6, mode="disapprove"),
        event("SUPPORT", MARINAKIS, ZISIS, GR7),
        event("RETREAT", KONTOLEON, None, GR9, mode="resign"),
        event("RETREAT", DIMITRIADIS, None, GR9, mode="resign"),
        event("CONCEDE", MITSOTAKIS, ANDROULAKIS, GR10),
        event("SANCTION", US_TREASURY, DILIAN, GR11),
        event("SANCTION", US_TREASURY, INTELLEXA, GR11),
        event("ACCUSE", US_TREASURY, DILIAN, GR11, mode="allege"),
        event("ACCUSE", US_TREASURY, INTELLEXA, GR11, mode="allege"),
        event("ACCUSE", EP_PEGA, GRC_GOV, GR12, mode="disapprove"),
        event("REQUEST", PASOK, GRC_PARLIAMENT, GR13, date="2024-07-30"),
        event("REQUEST", SYRIZA, GRC_PARLIAMENT, GR13, date="2024-07-30"),
        event("REJECT", NEW_DEMOCRACY, PASOK, GR14),
        event("REJECT", NEW_DEMOCRACY, SYRIZA, GR14),
    ],
    "quotes": [
        quote("there was no evidence that the National Intelligence Service, known as EYP, or any other state agency "
              "had bought or used the program", "Achilleas Zisis", "indirect"),
        quote("a cover-up", "Nikos Androulakis", "direct"),
        quote("failed the victims", "Thanasis Koukakis", "direct"),
        quote("Greek justice had \"failed the victims\" of the surveillance", "Thanasis Koukakis", "indirect"),
        quote("it confirmed that the state had not used the spyware", "Pavlos Marinakis", "indirect"),
        quote("a legal wiretap of Androulakis' phone by EYP had been a mistake", "Kyriakos Mitsotakis", "indirect"),
        quote("he had not known about it", "Kyriakos Mitsotakis", "indirect"),
        quote("parliament reopen its own inquiry into the affair", "PASOK", "indirect"),
        quote("parliament reopen its own inquiry into the affair", "SYRIZA", "indirect"),
    ],
    "entities": [
        entity("Athens", "LOC", "GRC", ["ATHENS"]),
        entity("Greece", "LOC", "GRC", ["Greece", "Greece's"]),
        entity("Achilleas Zisis", "PER", "GRC",
               ["Greece's Supreme Court prosecutor", "deputy prosecutor Achilleas Zisis", "Zisis"]),
        entity("Supreme Court of Greece", "ORG", "GRC", ["Supreme Court"]),
        entity("Predator", "MISC", "GRC", ["Predator spyware", "Predator", "the program", "the spyware"]),
        entity("Greek government officials", "PER", "GRC", ["any government official"]),
        entity("businessmen linked to Predator", "PER", "GRC",
               ["four businessmen linked to the companies that marketed Predator in Greece"]),
        entity("Tal Dilian", "PER", "ISR",
               ["Tal Dilian, a former Israeli military intelligence officer who founded the spyware maker Intellexa",
                "Dilian"]),
        entity("Intellexa", "ORG", "GRC",
               ["the spyware maker Intellexa", "five companies of the Intellexa consortium"]),
        entity("National Intelligence Service (Greece)", "ORG", "GRC",
               ["the National Intelligence Service, known as EYP", "EYP"]),
        entity("Nikos Androulakis", "PER", "GRC", ["Socialist leader Nikos Androulakis", "Androulakis'"]),
        entity("Government of Greece", "ORG", "GRC",
               ["the government of Prime Minister Kyriakos Mitsotakis", "the state", "The government", "Athens"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC",
               ["Prime Minister Kyriakos Mitsotakis", "Mitsotakis'", "Mitsotakis", "he"]),
        entity("Thanasis Koukakis", "PER", "GRC", ["Financial journalist Thanasis Koukakis, another target"]),
        entity("Greek judiciary", "ORG", "GRC", ["Greek justice"]),
        entity("Pavlos Marinakis", "PER", "GRC", ["Government spokesman Pavlos Marinakis"]),
        entity("Panagiotis Kontoleon", "PER", "GRC", ["EYP chief Panagiotis Kontoleon"]),
        entity("Grigoris Dimitriadis", "PER", "GRC",
               ["Grigoris Dimitriadis, Mitsotakis' nephew and chief of staff"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["the U.S. Treasury Department"]),
        entity("American officials", "PER", "USA", ["American officials"]),
        entity("European Parliament PEGA committee", "ORG", "EUR",
               ["The European Parliament's spyware inquiry committee"]),
        entity("PASOK", "ORG", "GRC", ["PASOK"]),
        entity("SYRIZA", "ORG", "GRC", ["the left-wing SYRIZA party"]),
        entity("Hellenic Parliament", "ORG", "GRC", ["parliament", "the 300-seat chamber"]),
        entity("New Democracy", "ORG", "GRC", ["Mitsotakis' New Democracy party"]),
    ],
}

# ---------------------------------------------------------------- hm482-en-02 (UK, Armistice Day march and clashes)
MARCHERS = actor("pro-Palestinian marchers in London", "GBR", "CVL")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
COUNTERPROTESTERS = actor("far-right counterprotesters", "GBR", "CVL")
MET = actor("Metropolitan Police", "GBR", "COP")
TWIST = actor("Matt Twist", "GBR", "COP")
SUNAK = actor("Rishi Sunak", "GBR", "GOV")
ROWLEY = actor("Mark Rowley", "GBR", "COP")
BRAVERMAN = actor("Suella Braverman", "GBR", "GOV")
KHAN = actor("Sadiq Khan", "GBR", "GOV")
STARMER = actor("Keir Starmer", "GBR", "OPP")

UK1 = ("LONDON (AP) — Hundreds of thousands of pro-Palestinian demonstrators marched through London on Saturday to "
       "demand that Britain back a cease-fire in Gaza, while far-right counterprotesters fought with police near the "
       "Cenotaph war memorial on Armistice Day.")
UK2 = ("Police arrested 126 people, most of them counterprotesters, some of whom threw bottles and sticks at "
       "officers.")
UK3 = ("\"The extreme violence from the far right towards the police today is deeply concerning,\" Assistant "
       "Commissioner Matt Twist said.")
UK4 = ("Prime Minister Rishi Sunak condemned what he called \"wholly unacceptable\" violence by counterprotesters and "
       "by a minority of marchers.")
UK5 = ("Metropolitan Police Commissioner Mark Rowley had resisted government pressure to ban the march, saying the "
       "law allowed a ban only if there was a threat of serious disorder.")
UK6 = ("Sunak met Rowley at Downing Street on Wednesday and afterwards called the planned march \"provocative and "
       "disrespectful.\"")
UK7 = ("Home Secretary Suella Braverman accused the police on Thursday of \"playing favourites\" by treating "
       "pro-Palestinian protesters more leniently than right-wing and nationalist groups.")
UK8 = ("In an article for The Times, she also described the demonstrations as \"hate marches\" and urged officers to "
       "take a tougher line.")
UK9 = "Downing Street said the article had not been cleared by the prime minister's office."
UK10 = ("London Mayor Sadiq Khan said the scenes at the Cenotaph were \"a direct result\" of the home secretary's "
        "words.")
UK11 = "Labour leader Keir Starmer called on Sunak to fire Braverman."
UK12 = "A government spokesperson said Sunak retained \"full confidence\" in his home secretary."
UK13 = ("The Palestine Solidarity Campaign, which organized the march, said the rally had been peaceful and had kept "
        "well away from the Cenotaph.")
UK14 = "The group said about 800,000 people took part, while police put the number at around 300,000."

EN02 = {
    "id": "hm482-en-02", "lang": "en", "url": None, "published": "2023-11-12",
    "title": "Far-right counterprotesters clash with police as huge pro-Palestinian march fills London",
    "text": paragraphs([UK1, UK2, UK3], [UK4, UK5, UK6], [UK7, UK8, UK9, UK10, UK11], [UK12, UK13, UK14]),
    "events": [
        event("PROTEST", MARCHERS, GBR_GOV, UK1, mode="demo", date="2023-11-11", location="London",
              location_country="GBR"),
        event("ASSAULT", COUNTERPROTESTERS, MET, UK1, date="2023-11-11", location="London", location_country="GBR"),
        event("COERCE", MET, COUNTERPROTESTERS, UK2, mode="arrest", date="2023-11-11", location="London",
              location_country="GBR"),
        event("ASSAULT", COUNTERPROTESTERS, MET, UK2, mode="primitive", date="2023-11-11", location="London",
              location_country="GBR"),
        event("ACCUSE", TWIST, COUNTERPROTESTERS, UK3, mode="disapprove"),
        event("ACCUSE", SUNAK, COUNTERPROTESTERS, UK4, mode="disapprove"),
        event("ACCUSE", SUNAK, MARCHERS, UK4, mode="disapprove"),
        event("REQUEST", GBR_GOV, ROWLEY, UK5),
        event("REJECT", ROWLEY, GBR_GOV, UK5),
        event("CONSULT", ROWLEY, SUNAK, UK6, mode="meet", date="2023-11-08", location="Downing Street",
              location_country="GBR"),
        event("ACCUSE", SUNAK, MARCHERS, UK6, mode="disapprove"),
        event("ACCUSE", BRAVERMAN, MET, UK7, mode="disapprove", date="2023-11-09"),
        event("ACCUSE", BRAVERMAN, MARCHERS, UK8, mode="disapprove"),
        event("REQUEST", BRAVERMAN, MET, UK8),
        event("ACCUSE", KHAN, BRAVERMAN, UK10, mode="allege"),
        event("REQUEST", STARMER, SUNAK, UK11, mode="change"),
        event("SUPPORT", GBR_GOV, BRAVERMAN, UK12),
    ],
    "quotes": [
        quote("The extreme violence from the far right towards the police today is deeply concerning", "Matt Twist",
              "direct"),
        quote("wholly unacceptable", "Rishi Sunak", "direct"),
        quote("the law allowed a ban only if there was a threat of serious disorder", "Mark Rowley", "indirect"),
        quote("provocative and disrespectful", "Rishi Sunak", "direct"),
        quote("playing favourites", "Suella Braverman", "direct"),
        quote("hate marches", "Suella Braverman", "direct"),
        quote("the article had not been cleared by the prime minister's office",
              "Office of the Prime Minister of the United Kingdom", "indirect"),
        quote("a direct result", "Sadiq Khan", "direct"),
        quote("the scenes at the Cenotaph were \"a direct result\" of the home secretary's words", "Sadiq Khan",
              "indirect"),
        quote("full confidence", "Government of the United Kingdom", "direct"),
        quote("Sunak retained \"full confidence\" in his home secretary", "Government of the United Kingdom",
              "indirect"),
        quote("the rally had been peaceful and had kept well away from the Cenotaph", "Palestine Solidarity Campaign",
              "indirect"),
        quote("about 800,000 people took part", "Palestine Solidarity Campaign", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON", "London"]),
        entity("pro-Palestinian marchers in London", "PER", "GBR",
               ["Hundreds of thousands of pro-Palestinian demonstrators", "a minority of marchers",
                "pro-Palestinian protesters"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain", "government"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("far-right counterprotesters", "PER", "GBR",
               ["far-right counterprotesters", "counterprotesters", "the far right"]),
        entity("Cenotaph", "LOC", "GBR", ["the Cenotaph war memorial", "the Cenotaph"]),
        entity("Armistice Day", "MISC", "GBR", ["Armistice Day"]),
        entity("Metropolitan Police", "ORG", "GBR", ["police", "Police", "the police", "officers"]),
        entity("Matt Twist", "PER", "GBR", ["Assistant Commissioner Matt Twist"]),
        entity("Rishi Sunak", "PER", "GBR", ["Prime Minister Rishi Sunak", "Sunak", "he"]),
        entity("Mark Rowley", "PER", "GBR", ["Metropolitan Police Commissioner Mark Rowley", "Rowley"]),
        entity("Downing Street", "LOC", "GBR", ["Downing Street"]),
        entity("Office of the Prime Minister of the United Kingdom", "ORG", "GBR",
               ["Downing Street", "the prime minister's office"]),
        entity("Suella Braverman", "PER", "GBR",
               ["Home Secretary Suella Braverman", "she", "the home secretary's", "Braverman", "his home secretary"]),
        entity("The Times", "ORG", "GBR", ["The Times"]),
        entity("Sadiq Khan", "PER", "GBR", ["London Mayor Sadiq Khan"]),
        entity("Keir Starmer", "PER", "GBR", ["Labour leader Keir Starmer"]),
        entity("Labour Party", "ORG", "GBR", ["Labour"]),
        entity("spokesperson of the UK government", "PER", "GBR", ["A government spokesperson"]),
        entity("Palestine Solidarity Campaign", "ORG", "GBR", ["The Palestine Solidarity Campaign", "The group"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
