"""Round 109: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm109-de-01: Georgia suspends EU accession talks; third night of protests in Tbilisi, US suspends strategic partnership (2024-12-01).
- hm109-de-02: Fico threatens to cut Slovak electricity to Ukraine over the end of Russian gas transit; Zelensky hits back (2024-12-28).
- hm109-de-03: Ukrainian incursion into Russia's Kursk region; Putin speaks of a provocation, Washington seeks clarity (2024-08-08).
- hm109-de-04: Kyrgyzstan and Tajikistan sign their border treaty during Rahmon's state visit to Bishkek (2025-03-13).
- hm109-en-01: Trump orders tariffs on Canada, Mexico and China; Trudeau retaliates, Sheinbaum prepares "Plan B" (2025-02-02).
- hm109-en-02: Deadly Russian missile and drone attack on Kyiv; Trump: "Vladimir, STOP!" (2025-04-24).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm109-de-01
GEO_PROTESTERS = actor("Georgian protesters", "GEO", "CVL")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
GEO_POLICE = actor("Georgian police", "GEO", "COP")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
EU = actor("European Union", "EUR", "IGO")
ZOURABICHVILI = actor("Salome Zourabichvili", "GEO", "GOV")
GEO_PARLIAMENT = actor("Parliament of Georgia", "GEO", "LEG")
USA_GOV = actor("United States government", "USA", "GOV")
US_STATE_DEPT = actor("United States Department of State", "USA", "GOV")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
GEO_OPPOSITION = actor("Georgian opposition", "GEO", "OPP")
ZALKALIANI = actor("David Zalkaliani", "GEO", "GOV")

A1 = ("In der georgischen Hauptstadt Tiflis haben in der Nacht zum Sonntag erneut Zehntausende Menschen gegen die "
      "Entscheidung der Regierung protestiert, die Beitrittsgespräche mit der Europäischen Union auszusetzen.")
A2 = "Die Polizei setzte Wasserwerfer und Tränengas gegen Demonstranten vor dem Parlamentsgebäude am Rustaweli-Boulevard ein."
A3 = ("Nach Angaben des Innenministeriums wurden mehr als 100 Menschen festgenommen, zehn Polizisten seien verletzt "
      "worden.")
A4 = ("Ministerpräsident Irakli Kobachidse hatte am Donnerstag angekündigt, Georgien werde das Thema EU-Beitritt bis "
      "Ende 2028 nicht auf die Tagesordnung setzen und auch keine Haushaltsmittel aus Brüssel annehmen.")
A5 = "Er warf der EU vor, Georgien mit der Beitrittsperspektive „erpressen“ zu wollen."
A6 = ("Präsidentin Salome Surabischwili, die mit der Regierungspartei Georgischer Traum gebrochen hat, stellte sich "
      "auf die Seite der Demonstranten.")
A7 = ("Sie erklärte, sie werde ihr Amt nach dem Ende ihrer Amtszeit im Dezember nicht räumen, da das neu gewählte "
      "Parlament illegitim sei.")
A8 = ("Aus Protest gegen den Kurs der Regierung trat Georgiens Botschafter in den USA, David Salkaliani, am Freitag "
      "zurück.")
A9 = "Die US-Regierung setzte am Samstag die strategische Partnerschaft mit Georgien aus."
A10 = "Das Außenministerium in Washington verurteilte zudem die „exzessive Gewalt“ gegen friedliche Demonstranten."
A11 = ("Die neue EU-Außenbeauftragte Kaja Kallas forderte die Regierung in Tiflis am Sonntag auf, die Gewalt sofort "
       "zu beenden und die Rechte der Bürger zu achten.")
A12 = ("Kobachidse wies die Kritik zurück und drohte, die „Organisatoren der Gewalt“ würden zur Verantwortung "
       "gezogen.")

DE01 = {
    "id": "hm109-de-01", "lang": "de", "url": None, "published": "2024-12-01",
    "title": "Georgien: Dritte Protestnacht nach Stopp der EU-Gespräche",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11, A12]),
    "events": [
        event("PROTEST", GEO_PROTESTERS, GEO_GOV, A1, mode="demo", date="2024-11-30", location="Tbilisi",
              location_country="GEO"),
        event("ASSAULT", GEO_POLICE, GEO_PROTESTERS, A2, mode="crowd-control", date="2024-11-30", location="Tbilisi",
              location_country="GEO"),
        event("COERCE", GEO_POLICE, GEO_PROTESTERS, A3, mode="arrest", date="2024-11-30", location="Tbilisi",
              location_country="GEO"),
        event("REJECT", KOBAKHIDZE, EU, A4, mode="meet", date="2024-11-28"),
        event("ACCUSE", KOBAKHIDZE, EU, A5, mode="allege"),
        event("SUPPORT", ZOURABICHVILI, GEO_PROTESTERS, A6),
        event("REJECT", ZOURABICHVILI, GEO_PARLIAMENT, A7, mode="change"),
        event("ACCUSE", ZOURABICHVILI, GEO_PARLIAMENT, A7, mode="disapprove"),
        event("RETREAT", ZALKALIANI, None, A8, mode="resign", date="2024-11-29"),
        event("SANCTION", USA_GOV, GEO_GOV, A9, mode="discontinue", date="2024-11-30"),
        event("ACCUSE", US_STATE_DEPT, GEO_POLICE, A10, mode="disapprove"),
        event("REQUEST", KALLAS, GEO_GOV, A11, mode="change", date="2024-12-01"),
        event("THREATEN", KOBAKHIDZE, GEO_OPPOSITION, A12, mode="arrest"),
    ],
    "quotes": [
        quote("wurden mehr als 100 Menschen festgenommen, zehn Polizisten seien verletzt worden",
              "Georgian Ministry of Internal Affairs", "indirect"),
        quote("Georgien werde das Thema EU-Beitritt bis Ende 2028 nicht auf die Tagesordnung setzen und auch keine "
              "Haushaltsmittel aus Brüssel annehmen", "Irakli Kobakhidze", "indirect"),
        quote("erpressen", "Irakli Kobakhidze", "direct"),
        quote("Georgien mit der Beitrittsperspektive „erpressen“ zu wollen", "Irakli Kobakhidze", "indirect"),
        quote("sie werde ihr Amt nach dem Ende ihrer Amtszeit im Dezember nicht räumen, da das neu gewählte Parlament "
              "illegitim sei", "Salome Zourabichvili", "indirect"),
        quote("exzessive Gewalt", "United States Department of State", "direct"),
        quote("die Gewalt sofort zu beenden und die Rechte der Bürger zu achten", "Kaja Kallas", "indirect"),
        quote("Organisatoren der Gewalt", "Irakli Kobakhidze", "direct"),
        quote("die „Organisatoren der Gewalt“ würden zur Verantwortung gezogen", "Irakli Kobakhidze", "indirect"),
    ],
    "entities": [
        entity("Georgia", "GPE", "GEO", ["Georgien", "Georgiens"]),
        entity("Tbilisi", "LOC", "GEO", ["Tiflis", "georgischen Hauptstadt Tiflis"]),
        entity("Government of Georgia", "ORG", "GEO", ["der Regierung", "Regierung in Tiflis"]),
        entity("European Union", "ORG", "EUR", ["Europäischen Union", "EU", "Brüssel"]),
        entity("Georgian police", "ORG", "GEO", ["Die Polizei"]),
        entity("Parliament of Georgia", "ORG", "GEO", ["Parlamentsgebäude", "das neu gewählte Parlament"]),
        entity("Rustaveli Avenue", "LOC", "GEO", ["Rustaweli-Boulevard"]),
        entity("Georgian Ministry of Internal Affairs", "ORG", "GEO", ["Innenministeriums"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Ministerpräsident Irakli Kobachidse", "Kobachidse", "Er"]),
        entity("Salome Zourabichvili", "PER", "GEO", ["Präsidentin Salome Surabischwili", "Surabischwili", "Sie"]),
        entity("Georgian Dream", "ORG", "GEO", ["Regierungspartei Georgischer Traum"]),
        entity("David Zalkaliani", "PER", "GEO", ["Georgiens Botschafter in den USA, David Salkaliani",
                                                 "David Salkaliani"]),
        entity("United States", "GPE", "USA", ["USA"]),
        entity("United States government", "ORG", "USA", ["US-Regierung"]),
        entity("United States Department of State", "ORG", "USA", ["Außenministerium in Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Kaja Kallas", "PER", "EUR", ["EU-Außenbeauftragte Kaja Kallas"]),
    ],
}

# ---------------------------------------------------------------- hm109-de-02
FICO = actor("Robert Fico", "SVK", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
UKR_REFUGEES = actor("Ukrainian refugees in Slovakia", "UKR", "CVL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
SIMECKA = actor("Michal Simecka", "SVK", "OPP")
GAZPROM = actor("Gazprom", "RUS", "BUS")
RUSSIA = actor("Russia", "RUS", "GOV")

B1 = ("Der slowakische Ministerpräsident Robert Fico hat der Ukraine mit einem Stopp der Stromlieferungen gedroht, "
      "sollte Kiew zum Jahreswechsel den Transit von russischem Gas beenden.")
B2 = ("Falls nötig, werde die Slowakei die Lieferungen einstellen, die die Ukraine bei Ausfällen im Netz benötige, "
      "sagte Fico am Freitag in einer Videobotschaft auf Facebook.")
B3 = "Zudem wolle Bratislava prüfen, die Hilfe für ukrainische Flüchtlinge im Land zu kürzen."
B4 = ("Der ukrainische Präsident Wolodymyr Selenskyj warf Fico vor, auf Anweisung von Kremlchef Wladimir Putin eine "
      "„zweite Energiefront“ gegen die Ukraine zu eröffnen.")
B5 = "Fico schade mit seiner Politik den Interessen der Slowaken, schrieb Selenskyj auf der Plattform X."
B6 = ("Fico war am vergangenen Sonntag überraschend nach Moskau gereist und hatte im Kreml mit Putin über "
      "Gaslieferungen gesprochen.")
B7 = ("Der Vorsitzende der oppositionellen Partei Progressive Slowakei, Michal Šimečka, warf dem Regierungschef vor, "
      "das Land „an den Rand Europas“ zu führen.")
B8 = ("Die Ukraine hatte angekündigt, den Ende Dezember auslaufenden Transitvertrag mit dem russischen Konzern "
      "Gazprom nicht zu verlängern.")
B9 = ("Selenskyj hatte zuletzt erklärt, er werde keinen Transit zulassen, der Moskau zusätzliche Milliarden für den "
      "Krieg einbringe.")
B10 = "Die EU-Kommission hat sich nach eigener Einschätzung auf das Ende des Transits vorbereitet."
B11 = "Die Slowakei bezieht trotz des Kriegs weiterhin einen Großteil ihres Erdgases aus Russland."

DE02 = {
    "id": "hm109-de-02", "lang": "de", "url": None, "published": "2024-12-28",
    "title": "Fico droht Kiew mit Stopp der Stromlieferungen",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10, B11]),
    "events": [
        event("THREATEN", FICO, UKR_GOV, B1, mode="restrict", date="2024-12-27"),
        event("THREATEN", FICO, UKR_GOV, B2, mode="restrict", date="2024-12-27"),
        event("THREATEN", FICO, UKR_REFUGEES, B3, date="2024-12-27"),
        event("ACCUSE", ZELENSKY, FICO, B4, mode="allege"),
        event("ACCUSE", ZELENSKY, FICO, B5, mode="disapprove"),
        event("CONSULT", FICO, PUTIN, B6, mode="visit", date="2024-12-22", location="Moscow",
              location_country="RUS"),
        event("ACCUSE", SIMECKA, FICO, B7, mode="disapprove"),
        event("REJECT", UKR_GOV, GAZPROM, B8, mode="assist"),
        event("REJECT", ZELENSKY, RUSSIA, B9, mode="assist"),
    ],
    "quotes": [
        quote("Falls nötig, werde die Slowakei die Lieferungen einstellen, die die Ukraine bei Ausfällen im Netz "
              "benötige", "Robert Fico", "indirect"),
        quote("wolle Bratislava prüfen, die Hilfe für ukrainische Flüchtlinge im Land zu kürzen", "Robert Fico",
              "indirect"),
        quote("zweite Energiefront", "Volodymyr Zelensky", "direct"),
        quote("auf Anweisung von Kremlchef Wladimir Putin eine „zweite Energiefront“ gegen die Ukraine zu eröffnen",
              "Volodymyr Zelensky", "indirect"),
        quote("Fico schade mit seiner Politik den Interessen der Slowaken", "Volodymyr Zelensky", "indirect"),
        quote("an den Rand Europas", "Michal Simecka", "direct"),
        quote("das Land „an den Rand Europas“ zu führen", "Michal Simecka", "indirect"),
        quote("den Ende Dezember auslaufenden Transitvertrag mit dem russischen Konzern Gazprom nicht zu verlängern",
              "Government of Ukraine", "indirect"),
        quote("er werde keinen Transit zulassen, der Moskau zusätzliche Milliarden für den Krieg einbringe",
              "Volodymyr Zelensky", "indirect"),
    ],
    "entities": [
        entity("Robert Fico", "PER", "SVK", ["Der slowakische Ministerpräsident Robert Fico", "Fico",
                                            "dem Regierungschef"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine", "die Ukraine", "Die Ukraine", "Kiew"]),
        entity("Slovakia", "GPE", "SVK", ["die Slowakei", "Die Slowakei", "Bratislava", "das Land"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj",
                                                   "er"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("X", "ORG", "USA", ["Plattform X"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Kremlin", "LOC", "RUS", ["Kreml"]),
        entity("Progressive Slovakia", "ORG", "SVK", ["oppositionellen Partei Progressive Slowakei"]),
        entity("Michal Simecka", "PER", "SVK", ["Michal Šimečka"]),
        entity("Europe", "LOC", None, ["Europas"]),
        entity("Gazprom", "ORG", "RUS", ["russischen Konzern Gazprom"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
    ],
}

# ---------------------------------------------------------------- hm109-de-03
UKR_MIL = actor("Ukrainian Armed Forces", "UKR", "MIL")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
RUS_MOD = actor("Russian Ministry of Defence", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
SMIRNOV = actor("Alexei Smirnov", "RUS", "GOV")

C1 = ("Im westrussischen Gebiet Kursk liefern sich ukrainische Truppen seit Dienstag heftige Gefechte mit der "
      "russischen Armee.")
C2 = ("Nach Angaben des russischen Verteidigungsministeriums drangen etwa 1000 ukrainische Soldaten mit Panzern und "
      "gepanzerten Fahrzeugen über die Grenze vor.")
C3 = ("Die russische Armee verlegte nach eigenen Angaben zusätzliche Einheiten und Raketenwerfer in die "
      "Grenzregion.")
C4 = ("Präsident Wladimir Putin sprach bei einer Sitzung mit Regierungsmitgliedern am Mittwoch von einer „groß "
      "angelegten Provokation“.")
C5 = "Die ukrainische Armee beschieße wahllos zivile Gebäude, Wohnhäuser und Krankenwagen, sagte Putin."
C6 = ("Generalstabschef Waleri Gerassimow versicherte, der Vormarsch des Gegners sei gestoppt worden, die Angreifer "
      "würden nun vernichtet.")
C7 = ("Der Gouverneur des Gebiets, Alexej Smirnow, rief den regionalen Notstand aus; Tausende Bewohner der "
      "grenznahen Bezirke wurden in Bussen in Sicherheit gebracht.")
C8 = "In Kiew äußerte sich die Regierung zunächst nicht offiziell zu dem Vorstoß."
C9 = ("Präsident Wolodymyr Selenskyj sagte in seiner abendlichen Videoansprache lediglich, Russland habe den Krieg in "
      "die Ukraine getragen und solle nun spüren, was es angerichtet habe.")
C10 = ("Die US-Regierung erklärte, sie sei vorab nicht über die Operation informiert worden, und bat Kiew um "
       "Aufklärung über deren Ziele.")
C11 = ("Nach Angaben aus Moskau griff die russische Luftwaffe ukrainische Truppen im Grenzgebiet mit Raketen und "
       "Kampfflugzeugen an.")

DE03 = {
    "id": "hm109-de-03", "lang": "de", "url": None, "published": "2024-08-08",
    "title": "Ukrainische Truppen stoßen ins Gebiet Kursk vor",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10, C11]),
    "events": [
        event("ASSAULT", UKR_MIL, RUS_MIL, C1, date="2024-08-06", location="Kursk Oblast", location_country="RUS"),
        event("ACCUSE", RUS_MOD, UKR_MIL, C2, mode="allege"),
        event("MOBILIZE", RUS_MIL, UKR_MIL, C3, mode="troops", location="Kursk Oblast", location_country="RUS"),
        event("ACCUSE", PUTIN, UKRAINE, C4, mode="disapprove", date="2024-08-07"),
        event("ACCUSE", PUTIN, UKR_MIL, C5, mode="allege", date="2024-08-07"),
        event("ASSAULT", RUS_MIL, UKR_MIL, C6, location="Kursk Oblast", location_country="RUS"),
        event("COERCE", SMIRNOV, None, C7, mode="martial-law", location="Kursk Oblast", location_country="RUS"),
        event("ACCUSE", ZELENSKY, RUSSIA, C9, mode="disapprove"),
        event("REQUEST", USA_GOV, UKR_GOV, C10, mode="assist"),
        event("ASSAULT", RUS_MIL, UKR_MIL, C11, mode="aerial", location="Kursk Oblast", location_country="RUS"),
    ],
    "quotes": [
        quote("drangen etwa 1000 ukrainische Soldaten mit Panzern und gepanzerten Fahrzeugen über die Grenze vor",
              "Russian Ministry of Defence", "indirect"),
        quote("Die russische Armee verlegte nach eigenen Angaben zusätzliche Einheiten und Raketenwerfer in die "
              "Grenzregion", "Russian Armed Forces", "indirect"),
        quote("groß angelegten Provokation", "Vladimir Putin", "direct"),
        quote("Die ukrainische Armee beschieße wahllos zivile Gebäude, Wohnhäuser und Krankenwagen", "Vladimir Putin",
              "indirect"),
        quote("der Vormarsch des Gegners sei gestoppt worden, die Angreifer würden nun vernichtet", "Valery Gerasimov",
              "indirect"),
        quote("Russland habe den Krieg in die Ukraine getragen und solle nun spüren, was es angerichtet habe",
              "Volodymyr Zelensky", "indirect"),
        quote("sie sei vorab nicht über die Operation informiert worden", "United States government", "indirect"),
        quote("griff die russische Luftwaffe ukrainische Truppen im Grenzgebiet mit Raketen und Kampfflugzeugen an",
              "Russian Ministry of Defence", "indirect"),
    ],
    "entities": [
        entity("Kursk Oblast", "LOC", "RUS", ["westrussischen Gebiet Kursk", "die Grenzregion", "des Gebiets", "Grenzgebiet"]),
        entity("Ukrainian Armed Forces", "ORG", "UKR", ["ukrainische Truppen", "Die ukrainische Armee",
                                                       "des Gegners", "die Angreifer"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["der russischen Armee", "Die russische Armee"]),
        entity("Russian Ministry of Defence", "ORG", "RUS", ["russischen Verteidigungsministeriums", "Moskau"]),
        entity("Russia", "GPE", "RUS", ["Russland", "es"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin", "Putin"]),
        entity("Valery Gerasimov", "PER", "RUS", ["Generalstabschef Waleri Gerassimow"]),
        entity("Alexei Smirnov", "PER", "RUS", ["Der Gouverneur des Gebiets, Alexej Smirnow", "Alexej Smirnow"]),
        entity("Government of Ukraine", "ORG", "UKR", ["die Regierung", "Kiew"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("United States government", "ORG", "USA", ["Die US-Regierung", "sie"]),
        entity("Russian Aerospace Forces", "ORG", "RUS", ["die russische Luftwaffe"]),
    ],
}

# ---------------------------------------------------------------- hm109-de-04
KYRGYZSTAN = actor("Kyrgyzstan", "KGZ", "GOV")
TAJIKISTAN = actor("Tajikistan", "TJK", "GOV")
RAHMON = actor("Emomali Rahmon", "TJK", "GOV")
JAPAROV = actor("Sadyr Japarov", "KGZ", "GOV")
KGZ_MIL = actor("Kyrgyz Armed Forces", "KGZ", "MIL")
TJK_MIL = actor("Tajik Armed Forces", "TJK", "MIL")
KGZ_SECURITY = actor("Kyrgyz security forces", "KGZ", "COP")
KGZ_ACTIVISTS = actor("Kyrgyz activists", "KGZ", "CVL")
MIRZIYOYEV = actor("Shavkat Mirziyoyev", "UZB", "GOV")

D1 = ("Kirgistan und Tadschikistan haben nach jahrzehntelangem Streit einen Vertrag über ihre gemeinsame Grenze "
      "unterzeichnet.")
D2 = ("Der tadschikische Präsident Emomali Rahmon und sein kirgisischer Kollege Sadyr Dschaparow setzten am "
      "Donnerstag in Bischkek ihre Unterschriften unter das Dokument.")
D3 = "Rahmon war zu einem Staatsbesuch in die kirgisische Hauptstadt gereist, dem ersten seit mehr als zehn Jahren."
D4 = ("Der Vertrag regelt den Verlauf der knapp 1000 Kilometer langen Grenze, an der es immer wieder zu tödlichen "
      "Zusammenstößen gekommen war.")
D5 = "Im September 2022 waren bei Gefechten zwischen Truppen beider Länder mehr als 100 Menschen getötet worden."
D6 = "„Heute haben wir einen Schlussstrich unter eine schmerzhafte Geschichte gezogen“, sagte Dschaparow."
D7 = ("Rahmon sprach von einem „historischen Tag“ und versprach, die Grenzübergänge für Menschen und Waren so schnell "
      "wie möglich wieder zu öffnen.")
D8 = "Beide Seiten vereinbarten zudem, den direkten Flugverkehr zwischen Bischkek und Duschanbe wieder aufzunehmen."
D9 = "Die Parlamente beider Staaten müssen das Abkommen noch ratifizieren."
D10 = ("In der Grenzregion Batken nahmen kirgisische Sicherheitskräfte am Mittwoch zwei Aktivisten fest, die in "
       "sozialen Netzwerken gegen das Abkommen Stimmung gemacht hatten.")
D11 = ("Der usbekische Präsident Schawkat Mirsijojew gratulierte beiden Staatschefs und kündigte für Ende März ein "
       "Dreiertreffen im tadschikischen Chudschand an.")

DE04 = {
    "id": "hm109-de-04", "lang": "de", "url": None, "published": "2025-03-13",
    "title": "Kirgistan und Tadschikistan legen Grenzstreit bei",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7, D8], [D9, D10, D11]),
    "events": [
        event("SUPPORT", KYRGYZSTAN, TAJIKISTAN, D1, date="2025-03-13", location="Bishkek", location_country="KGZ"),
        event("SUPPORT", RAHMON, JAPAROV, D2, date="2025-03-13", location="Bishkek", location_country="KGZ"),
        event("CONSULT", RAHMON, JAPAROV, D3, mode="visit", date="2025-03-13", location="Bishkek",
              location_country="KGZ"),
        event("ASSAULT", KGZ_MIL, TJK_MIL, D5),
        event("AGREE", RAHMON, JAPAROV, D7, date="2025-03-13"),
        event("AGREE", RAHMON, JAPAROV, D8, date="2025-03-13"),
        event("COERCE", KGZ_SECURITY, KGZ_ACTIVISTS, D10, mode="arrest", date="2025-03-12", location="Batken",
              location_country="KGZ"),
        event("SUPPORT", MIRZIYOYEV, RAHMON, D11),
        event("SUPPORT", MIRZIYOYEV, JAPAROV, D11),
        event("AGREE", MIRZIYOYEV, RAHMON, D11),
        event("AGREE", MIRZIYOYEV, JAPAROV, D11),
    ],
    "quotes": [
        quote("Heute haben wir einen Schlussstrich unter eine schmerzhafte Geschichte gezogen", "Sadyr Japarov",
              "direct"),
        quote("historischen Tag", "Emomali Rahmon", "direct"),
        quote("die Grenzübergänge für Menschen und Waren so schnell wie möglich wieder zu öffnen", "Emomali Rahmon",
              "indirect"),
    ],
    "entities": [
        entity("Kyrgyzstan", "GPE", "KGZ", ["Kirgistan"]),
        entity("Tajikistan", "GPE", "TJK", ["Tadschikistan"]),
        entity("Emomali Rahmon", "PER", "TJK", ["Der tadschikische Präsident Emomali Rahmon", "Rahmon"]),
        entity("Sadyr Japarov", "PER", "KGZ", ["sein kirgisischer Kollege Sadyr Dschaparow", "Dschaparow"]),
        entity("Bishkek", "LOC", "KGZ", ["Bischkek", "die kirgisische Hauptstadt"]),
        entity("Dushanbe", "LOC", "TJK", ["Duschanbe"]),
        entity("Batken Region", "LOC", "KGZ", ["Grenzregion Batken"]),
        entity("Kyrgyz security forces", "ORG", "KGZ", ["kirgisische Sicherheitskräfte"]),
        entity("Shavkat Mirziyoyev", "PER", "UZB", ["Der usbekische Präsident Schawkat Mirsijojew"]),
        entity("Khujand", "LOC", "TJK", ["tadschikischen Chudschand"]),
    ],
}

# ---------------------------------------------------------------- hm109-en-01
TRUMP = actor("Donald Trump", "USA", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
MEXICO = actor("Mexico", "MEX", "GOV")
CHINA = actor("China", "CHN", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
USA = actor("United States", "USA", "GOV")
CAN_CITIZENS = actor("Canadians", "CAN", "CVL")
FORD = actor("Doug Ford", "CAN", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
CHN_MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")

E1 = ("President Donald Trump on Saturday ordered sweeping tariffs on imports from Canada, Mexico and China, "
      "opening a trade war with the United States' three largest trading partners.")
E2 = ("Trump accused Canada and Mexico of failing to stop the flow of fentanyl and illegal migrants across U.S. "
      "borders.")
E3 = ("The White House also alleged that Mexico's government has an \"intolerable alliance\" with drug cartels.")
E4 = ("Canadian Prime Minister Justin Trudeau responded hours later with 25% tariffs on C$155 billion ($106.6 "
      "billion) worth of U.S. goods.")
E5 = ("\"We will not back down in standing up for Canadians and for Canadian jobs,\" Trudeau told reporters in "
      "Ottawa.")
E6 = "He urged Canadians to buy Canadian products and to spend their vacations at home rather than in the United States."
E7 = ("Ontario Premier Doug Ford ordered American alcohol removed from the shelves of the province's government-run "
      "liquor stores.")
E8 = ("Mexican President Claudia Sheinbaum said she had instructed her economy minister to implement \"Plan B,\" "
      "including tariff and non-tariff measures to defend Mexico's interests.")
E9 = "She rejected as \"slander\" the White House claim that her government was allied with criminal groups."
E10 = ("\"If the United States government and its agencies wanted to address the serious fentanyl consumption in "
       "their country, they could fight the sale of narcotics on the streets of their major cities,\" Sheinbaum "
       "wrote on X.")
E11 = ("China's Commerce Ministry said it would take \"corresponding countermeasures\" and file a case with the "
       "World Trade Organization.")

EN01 = {
    "id": "hm109-en-01", "lang": "en", "url": None, "published": "2025-02-02",
    "title": "Trump hits Canada, Mexico, China with tariffs; neighbours vow retaliation",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11]),
    "events": [
        event("SANCTION", TRUMP, CANADA, E1, mode="discontinue", date="2025-02-01"),
        event("SANCTION", TRUMP, MEXICO, E1, mode="discontinue", date="2025-02-01"),
        event("SANCTION", TRUMP, CHINA, E1, mode="discontinue", date="2025-02-01"),
        event("ACCUSE", TRUMP, CANADA, E2, mode="allege"),
        event("ACCUSE", TRUMP, MEXICO, E2, mode="allege"),
        event("ACCUSE", WHITE_HOUSE, MEXICO, E3, mode="allege"),
        event("SANCTION", TRUDEAU, USA, E4, mode="discontinue", date="2025-02-01"),
        event("REQUEST", TRUDEAU, CAN_CITIZENS, E6),
        event("SANCTION", FORD, USA, E7, mode="discontinue"),
        event("THREATEN", SHEINBAUM, USA, E8),
        event("ACCUSE", SHEINBAUM, USA, E10, mode="disapprove"),
        event("THREATEN", CHN_MOFCOM, USA, E11),
    ],
    "quotes": [
        quote("intolerable alliance", "White House", "direct"),
        quote("Mexico's government has an \"intolerable alliance\" with drug cartels", "White House", "indirect"),
        quote("We will not back down in standing up for Canadians and for Canadian jobs", "Justin Trudeau", "direct"),
        quote("Plan B", "Claudia Sheinbaum", "direct"),
        quote("she had instructed her economy minister to implement \"Plan B,\" including tariff and non-tariff "
              "measures to defend Mexico's interests", "Claudia Sheinbaum", "indirect"),
        quote("slander", "Claudia Sheinbaum", "direct"),
        quote("If the United States government and its agencies wanted to address the serious fentanyl consumption "
              "in their country, they could fight the sale of narcotics on the streets of their major cities",
              "Claudia Sheinbaum", "direct"),
        quote("corresponding countermeasures", "Ministry of Commerce of China", "direct"),
        quote("it would take \"corresponding countermeasures\" and file a case with the World Trade Organization",
              "Ministry of Commerce of China", "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Canada", "GPE", "CAN", ["Canada"]),
        entity("Mexico", "GPE", "MEX", ["Mexico"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("United States", "GPE", "USA", ["the United States", "United States"]),
        entity("White House", "ORG", "USA", ["The White House", "the White House"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexico's government", "her government"]),
        entity("Justin Trudeau", "PER", "CAN", ["Canadian Prime Minister Justin Trudeau", "Trudeau", "He"]),
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Doug Ford", "PER", "CAN", ["Ontario Premier Doug Ford"]),
        entity("Ontario", "LOC", "CAN", ["Ontario", "the province"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum", "Sheinbaum", "She", "she"]),
        entity("Economy Minister of Mexico", "PER", "MEX", ["her economy minister"]),
        entity("United States government", "ORG", "USA", ["the United States government"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["China's Commerce Ministry"]),
        entity("World Trade Organization", "ORG", "IGO", ["World Trade Organization"]),
    ],
}

# ---------------------------------------------------------------- hm109-en-02
KYIV_RESIDENTS = actor("Kyiv residents", "UKR", "CVL")
UKR_DEF_INDUSTRY = actor("Ukrainian defence industry", "UKR", "BUS")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
DEU_MOD = actor("German Ministry of Defence", "DEU", "GOV")

F1 = ("Russia pounded Kyiv with missiles and drones overnight, killing at least 12 people and wounding about 90 in "
      "the deadliest attack on the Ukrainian capital in months, officials said.")
F2 = ("Rescue workers pulled bodies from the rubble of a collapsed apartment block in the Sviatoshynskyi district, "
      "where Mayor Vitali Klitschko visited the site in the morning.")
F3 = ("Russia's Defence Ministry said it had carried out a massive strike with high-precision weapons on Ukrainian "
      "defence industry enterprises and that all targets had been hit.")
F4 = ("President Volodymyr Zelenskiy met President Cyril Ramaphosa in Pretoria on Thursday but cut short the rest of "
      "his visit to South Africa to return home.")
F5 = ("Zelenskiy said a North Korean-made ballistic missile had been used in the attack and accused Moscow of "
      "showing \"no respect\" for U.S. peace efforts.")
F6 = ("\"Russia must stop the killing,\" he wrote on X, urging the United States to sell Ukraine more Patriot air "
      "defence systems.")
F6B = ("Germany's Defence Ministry said it had delivered two more IRIS-T air defence systems to Ukraine this month, "
       "with a third due by the summer.")
F7 = "U.S. President Donald Trump criticised the strike in an unusually sharp rebuke of the Kremlin."
F8 = ("\"I am not happy with the Russian strikes on KYIV. Not necessary, and very bad timing. Vladimir, STOP!\" "
      "Trump wrote on his Truth Social platform.")
F9 = ("A day earlier, Trump had accused Zelenskiy of prolonging the \"killing field\" by refusing to recognise "
      "Russia's annexation of Crimea, a key element of a U.S. peace proposal.")
F10 = ("Zelenskiy has rejected that element of the U.S. plan, saying Ukraine will not legally recognise the "
       "occupation of Crimea because it would violate the constitution.")
F11 = ("Kremlin spokesman Dmitry Peskov said Russia remained open to talks but that its military operation would "
       "continue until its goals were met.")

EN02 = {
    "id": "hm109-en-02", "lang": "en", "url": None, "published": "2025-04-24",
    "title": "Russian attack on Kyiv kills 12; Trump tells Putin to stop",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F6B], [F7, F8, F9, F10, F11]),
    "events": [
        event("ASSAULT", RUS_MIL, KYIV_RESIDENTS, F1, mode="heavy-weapons", date="2025-04-24", location="Kyiv",
              location_country="UKR"),
        event("ASSAULT", RUS_MIL, UKR_DEF_INDUSTRY, F3, mode="heavy-weapons", date="2025-04-24"),
        event("CONSULT", ZELENSKY, RAMAPHOSA, F4, mode="visit", date="2025-04-24", location="Pretoria",
              location_country="ZAF"),
        event("ACCUSE", ZELENSKY, RUSSIA, F5, mode="allege", date="2025-04-24"),
        event("REQUEST", ZELENSKY, RUSSIA, F6, mode="yield", date="2025-04-24"),
        event("REQUEST", ZELENSKY, USA, F6, mode="assist", date="2025-04-24"),
        event("AID", DEU_MOD, UKRAINE, F6B),
        event("ACCUSE", TRUMP, RUSSIA, F7, mode="disapprove", date="2025-04-24"),
        event("ACCUSE", TRUMP, PUTIN, F8, mode="disapprove", date="2025-04-24"),
        event("REQUEST", TRUMP, PUTIN, F8, mode="yield", date="2025-04-24"),
        event("ACCUSE", TRUMP, ZELENSKY, F9, mode="disapprove", date="2025-04-23"),
        event("REJECT", ZELENSKY, USA, F10, mode="change"),
        event("AGREE", PESKOV, None, F11, date="2025-04-24"),
        event("THREATEN", PESKOV, UKRAINE, F11, mode="violence", date="2025-04-24"),
    ],
    "quotes": [
        quote("Russia pounded Kyiv with missiles and drones overnight, killing at least 12 people and wounding about "
              "90 in the deadliest attack on the Ukrainian capital in months", "Ukrainian officials", "indirect"),
        quote("it had carried out a massive strike with high-precision weapons on Ukrainian defence industry "
              "enterprises and that all targets had been hit", "Russian Ministry of Defence", "indirect"),
        quote("a North Korean-made ballistic missile had been used in the attack", "Volodymyr Zelensky", "indirect"),
        quote("no respect", "Volodymyr Zelensky", "direct"),
        quote("Russia must stop the killing", "Volodymyr Zelensky", "direct"),
        quote("it had delivered two more IRIS-T air defence systems to Ukraine this month, with a third due by the "
              "summer", "German Ministry of Defence", "indirect"),
        quote("I am not happy with the Russian strikes on KYIV. Not necessary, and very bad timing. Vladimir, STOP!",
              "Donald Trump", "direct"),
        quote("killing field", "Donald Trump", "direct"),
        quote("Ukraine will not legally recognise the occupation of Crimea because it would violate the constitution",
              "Volodymyr Zelensky", "indirect"),
        quote("Russia remained open to talks but that its military operation would continue until its goals were met",
              "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russia", "Moscow"]),
        entity("Kyiv", "LOC", "UKR", ["Kyiv", "KYIV", "the Ukrainian capital"]),
        entity("Sviatoshynskyi district", "LOC", "UKR", ["Sviatoshynskyi district"]),
        entity("Vitali Klitschko", "PER", "UKR", ["Mayor Vitali Klitschko"]),
        entity("Russian Ministry of Defence", "ORG", "RUS", ["Russia's Defence Ministry"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelenskiy", "Zelenskiy", "he", "his"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["President Cyril Ramaphosa"]),
        entity("Pretoria", "LOC", "ZAF", ["Pretoria"]),
        entity("South Africa", "GPE", "ZAF", ["South Africa"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("United States", "GPE", "USA", ["the United States", "U.S."]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
        entity("German Ministry of Defence", "ORG", "DEU", ["Germany's Defence Ministry"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump"]),
        entity("Kremlin", "ORG", "RUS", ["the Kremlin"]),
        entity("Vladimir Putin", "PER", "RUS", ["Vladimir"]),
        entity("Truth Social", "ORG", "USA", ["Truth Social"]),
        entity("Crimea", "LOC", "UKR", ["Crimea"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
