"""Round 410: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm410-de-01: Cyprus: Turkish Cypriot police and road workers beat UN peacekeepers at Pyla over a buffer-zone road; Guterres condemns and demands a halt, Tatar and Ankara accuse UNFICYP, Christodoulides phones Guterres, EU and Greece condemn, UNFICYP reinforces (2023-08-19).
- hm410-de-02: Poland/Belarus: Warsaw closes the Bobrowniki crossing after a Grodno court jails journalist Andrzej Poczobut for eight years; Morawiecki threatens sanctions, chargé summoned, Borrell condemns, Minsk accuses Warsaw, Poczobut refused a pardon offer (2023-02-10).
- hm410-de-03: Vatican: the Vatican criminal court convicts Cardinal Giovanni Angelo Becciu of embezzlement over the London property deal; five and a half years, office ban, co-defendants convicted, asset confiscation, the lawyer objects, the Secretariat of State welcomes it (2023-12-16).
- hm410-de-04: Norway: Energy Minister Terje Aasland apologises to the Fosen reindeer herders after Sámi and Greta Thunberg blockades of ministries in Oslo; police carry protesters away without arrests, Støre rules out demolition, Muotka accuses the government (2023-03-02).
- hm410-en-01: Serbia: a 13-year-old kills eight pupils and a guard at Belgrade's Vladislav Ribnikar school; police detain him and his father, no charges for the boy, the opposition demands Ruzic's and Gasic's resignations, teachers stop work, police deployed to schools (2023-05-04).
- hm410-en-02: Albania/Greece: a Tirana court jails Himara mayor-elect Fredi Beleri for two years for vote buying; Gerapetritis objects, Marinakis warns on Albania's EU bid, Athens summons the ambassador, Rama refuses to intervene, minority protest, Berisha's party accuses Rama (2024-03-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm410-de-01 (Cyprus, peacekeepers attacked at Pyla)
TC_POLICE = actor("Turkish Cypriot police", "CYP", "COP")
TC_WORKERS = actor("Turkish Cypriot road workers", "CYP", "CVL")
UNFICYP = actor("United Nations Peacekeeping Force in Cyprus", "UNO", "IGO")
GUTERRES = actor("António Guterres", "UNO", "IGO")
TC_ADMIN = actor("Turkish Cypriot administration", "CYP", "GOV")
UN = actor("United Nations", "UNO", "IGO")
TATAR = actor("Ersin Tatar", "CYP", "GOV")
TUR_MFA = actor("Ministry of Foreign Affairs of Turkey", "TUR", "GOV")
CHRISTODOULIDES = actor("Nikos Christodoulides", "CYP", "GOV")
CYP_GOV = actor("Government of Cyprus", "CYP", "GOV")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
EU = actor("European Union", "EUR", "IGO")
GRC_GOV_K = actor("Government of Greece", "GRC", "GOV")

K1 = ("Nikosia (dpa) - Auf der geteilten Mittelmeerinsel Zypern sind UN-Blauhelme bei einem Angriff "
      "türkisch-zyprischer Sicherheitskräfte in der Pufferzone verletzt worden.")
K2 = ("Türkisch-zyprische Polizisten und Bauarbeiter gingen am Freitag nahe dem Dorf Pyla mit Schlägen und Tritten "
      "auf Soldaten der UN-Friedenstruppe UNFICYP los, die den Bau einer Straße verhindern wollten.")
K3 = "Nach UN-Angaben wurden drei Blauhelme verletzt, zudem schoben Bagger mehrere Fahrzeuge der Mission beiseite."
K4 = "UN-Generalsekretär António Guterres verurteilte den Angriff noch am Freitagabend scharf."
K5 = ("Drohungen gegen die Sicherheit von Friedenstruppen seien inakzeptabel und könnten Verbrechen nach "
      "internationalem Recht darstellen, ließ er über seinen Sprecher Stéphane Dujarric erklären.")
K6 = "Zugleich forderte er die türkisch-zyprische Seite auf, die Bauarbeiten in der Pufferzone sofort einzustellen."
K7 = "Die umstrittene Straße soll Pyla mit dem Dorf Arsos im Norden verbinden."
K8 = "Pyla ist einer der wenigen Orte der Insel, in denen griechische und türkische Zyprer noch Tür an Tür leben."
K9 = ("Die Vereinten Nationen werten den Straßenbau als Verletzung des Status quo in der Pufferzone, die seit 1974 von "
      "Blauhelmen überwacht wird.")
K10 = "Der türkisch-zyprische Volksgruppenführer Ersin Tatar wies jede Verantwortung seiner Seite zurück."
K11 = "Die Blauhelme hätten die Lage provoziert und ihre Neutralität aufgegeben, sagte Tatar."
K12 = "Das Außenministerium in Ankara warf der UN-Mission vor, sie habe „ihre Unparteilichkeit verloren“."
K13 = ("Zyperns Präsident Nikos Christodoulides sprach dagegen von einem „inakzeptablen Angriff“ der "
       "türkisch-zyprischen Seite auf die Vereinten Nationen.")
K14 = "Er telefonierte nach Angaben seines Büros am Samstag mit Guterres."
K15 = "Nikosia forderte den UN-Sicherheitsrat auf, sich mit dem Vorfall zu befassen."
K16 = "Auch die Europäische Union und Griechenland verurteilten die Gewalt gegen die Friedenstruppe."
K17 = "Nach eigenen Angaben verstärkte die UN-Mission am Samstag ihre Präsenz an der Baustelle."

DE01 = {
    "id": "hm410-de-01", "lang": "de", "url": None, "published": "2023-08-19",
    "title": "UN-Blauhelme auf Zypern bei Streit um Straßenbau angegriffen",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9], [K10, K11, K12, K13, K14, K15], [K16, K17]),
    "events": [
        event("ASSAULT", TC_POLICE, UNFICYP, K1, location_country="CYP"),
        event("ASSAULT", TC_POLICE, UNFICYP, K2, mode="beat", date="2023-08-18", location="Pyla",
              location_country="CYP"),
        event("ASSAULT", TC_WORKERS, UNFICYP, K2, mode="beat", date="2023-08-18", location="Pyla",
              location_country="CYP"),
        event("ACCUSE", GUTERRES, TC_POLICE, K4, mode="disapprove", date="2023-08-18"),
        event("ACCUSE", GUTERRES, TC_POLICE, K5, mode="allege"),
        event("REQUEST", GUTERRES, TC_ADMIN, K6, mode="change"),
        event("ACCUSE", UN, TC_ADMIN, K9, mode="allege"),
        event("ACCUSE", TATAR, UNFICYP, K11, mode="disapprove"),
        event("ACCUSE", TUR_MFA, UNFICYP, K12, mode="disapprove"),
        event("ACCUSE", CHRISTODOULIDES, TC_ADMIN, K13, mode="disapprove"),
        event("CONSULT", CHRISTODOULIDES, GUTERRES, K14, mode="phone", date="2023-08-19"),
        event("REQUEST", CYP_GOV, UNSC, K15),
        event("ACCUSE", EU, TC_POLICE, K16, mode="disapprove"),
        event("ACCUSE", GRC_GOV_K, TC_POLICE, K16, mode="disapprove"),
        event("MOBILIZE", UNFICYP, None, K17, mode="troops", date="2023-08-19", location="Pyla",
              location_country="CYP"),
    ],
    "quotes": [
        quote("Nach UN-Angaben wurden drei Blauhelme verletzt, zudem schoben Bagger mehrere Fahrzeuge der Mission "
              "beiseite", "United Nations", "indirect"),
        quote("Drohungen gegen die Sicherheit von Friedenstruppen seien inakzeptabel und könnten Verbrechen nach "
              "internationalem Recht darstellen", "António Guterres", "indirect"),
        quote("die Bauarbeiten in der Pufferzone sofort einzustellen", "António Guterres", "indirect"),
        quote("Die Blauhelme hätten die Lage provoziert und ihre Neutralität aufgegeben", "Ersin Tatar", "indirect"),
        quote("ihre Unparteilichkeit verloren", "Ministry of Foreign Affairs of Turkey", "direct"),
        quote("sie habe „ihre Unparteilichkeit verloren“", "Ministry of Foreign Affairs of Turkey", "indirect"),
        quote("inakzeptablen Angriff", "Nikos Christodoulides", "direct"),
        quote("Er telefonierte nach Angaben seines Büros am Samstag mit Guterres",
              "Office of the President of Cyprus", "indirect"),
        quote("Nach eigenen Angaben verstärkte die UN-Mission am Samstag ihre Präsenz an der Baustelle",
              "United Nations Peacekeeping Force in Cyprus", "indirect"),
    ],
    "entities": [
        entity("Nicosia", "LOC", "CYP", ["Nikosia"]),
        entity("Cyprus", "LOC", "CYP", ["der geteilten Mittelmeerinsel Zypern", "der Insel", "Zyperns"]),
        entity("United Nations Peacekeeping Force in Cyprus", "ORG", "UNO",
               ["UN-Blauhelme", "Soldaten der UN-Friedenstruppe UNFICYP", "drei Blauhelme", "der Mission",
                "Friedenstruppen", "Die Blauhelme", "der UN-Mission", "die Friedenstruppe", "die UN-Mission"]),
        entity("Turkish Cypriot police", "ORG", "CYP", ["türkisch-zyprischer Sicherheitskräfte",
                                                         "Türkisch-zyprische Polizisten"]),
        entity("Turkish Cypriot road workers", "PER", "CYP", ["Bauarbeiter"]),
        entity("Pyla", "LOC", "CYP", ["dem Dorf Pyla", "Pyla"]),
        entity("United Nations", "ORG", "UNO", ["UN", "Die Vereinten Nationen", "die Vereinten Nationen"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres", "er", "Guterres"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["seinen Sprecher Stéphane Dujarric"]),
        entity("Turkish Cypriot administration", "ORG", "CYP", ["die türkisch-zyprische Seite",
                                                                 "der türkisch-zyprischen Seite"]),
        entity("Arsos", "LOC", "CYP", ["dem Dorf Arsos"]),
        entity("Greek Cypriots", "MISC", "CYP", ["griechische"]),
        entity("Turkish Cypriots", "MISC", "CYP", ["türkische Zyprer"]),
        entity("Ersin Tatar", "PER", "CYP", ["Der türkisch-zyprische Volksgruppenführer Ersin Tatar", "Tatar"]),
        entity("Ministry of Foreign Affairs of Turkey", "ORG", "TUR", ["Das Außenministerium in Ankara"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Nikos Christodoulides", "PER", "CYP", ["Zyperns Präsident Nikos Christodoulides", "Er"]),
        entity("Office of the President of Cyprus", "ORG", "CYP", ["seines Büros"]),
        entity("Government of Cyprus", "ORG", "CYP", ["Nikosia"]),
        entity("United Nations Security Council", "ORG", "UNO", ["den UN-Sicherheitsrat"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Government of Greece", "ORG", "GRC", ["Griechenland"]),
    ],
}

# ---------------------------------------------------------------- hm410-de-02 (Poland/Belarus, Poczobut verdict)
POL_GOV = actor("Government of Poland", "POL", "GOV")
BLR_GOV = actor("Government of Belarus", "BLR", "GOV")
KAMINSKI = actor("Mariusz Kamiński", "POL", "GOV")
GRODNO_COURT = actor("Grodno Regional Court", "BLR", "JUD")
POCZOBUT = actor("Andrzej Poczobut", "BLR", "MED")
BLR_PROSEC = actor("Prosecutor's Office of Belarus", "BLR", "JUD")
BLR_SECURITY = actor("Belarusian security forces", "BLR", "COP")
MORAWIECKI = actor("Mateusz Morawiecki", "POL", "GOV")
POL_MFA = actor("Ministry of Foreign Affairs of Poland", "POL", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
BLR_MFA = actor("Ministry of Foreign Affairs of Belarus", "BLR", "GOV")
LUKASHENKO = actor("Alexander Lukashenko", "BLR", "GOV")
POL_TRANSPORT = actor("Association of Polish transport companies", "POL", "BUS")

Q1 = ("Warschau (dpa) - Nach der Verurteilung des Journalisten Andrzej Poczobut in Belarus hat Polen den "
      "Grenzübergang Bobrowniki zum Nachbarland bis auf Weiteres geschlossen.")
Q2 = ("Die Schließung gelte ab Freitagmittag für den gesamten Güter- und Personenverkehr, teilte Innenminister "
      "Mariusz Kamiński mit.")
Q3 = "Es gehe um „wichtige Interessen des polnischen Staates“, schrieb er auf Twitter."
Q4 = ("Ein Gericht in der westbelarussischen Stadt Grodno hatte Poczobut am Mittwoch zu acht Jahren Straflager "
      "verurteilt.")
Q5 = ("Die Staatsanwaltschaft hatte dem 49-Jährigen vorgeworfen, zu Hass aufgestachelt und der nationalen Sicherheit "
      "von Belarus geschadet zu haben.")
Q6 = ("Poczobut, der unter anderem für die polnische Zeitung „Gazeta Wyborcza“ schrieb und sich in der polnischen "
      "Minderheit engagiert, weist die Vorwürfe zurück.")
Q7 = "Er war im März 2021 festgenommen worden."
Q8 = ("Ministerpräsident Mateusz Morawiecki nannte das Urteil eine „Schande“ und kündigte weitere Sanktionen gegen "
      "das Regime von Machthaber Alexander Lukaschenko an.")
Q9 = ("Das Außenministerium in Warschau bestellte den belarussischen Geschäftsträger ein und forderte die sofortige "
      "Freilassung des Journalisten.")
Q10 = "Auch der EU-Außenbeauftragte Josep Borrell verurteilte die Haftstrafe als politisch motiviert."
Q11 = ("Das belarussische Außenministerium warf Polen seinerseits Einmischung in die inneren Angelegenheiten des "
       "Landes vor.")
Q12 = ("Die Schließung des Grenzübergangs sei ein „unfreundlicher Schritt“, der vor allem den Bürgern beider Länder "
       "schade, hieß es in Minsk.")
Q13 = ("Nach Angaben seiner Familie hatte Lukaschenko dem Journalisten eine Begnadigung in Aussicht gestellt, falls "
       "dieser ein Gnadengesuch einreiche.")
Q14 = "Poczobut lehnte das ab."
Q15 = ("Die Beziehungen zwischen Warschau und Minsk sind seit der umstrittenen Präsidentenwahl 2020 und der "
       "Migrationskrise an der Grenze schwer belastet.")
Q16 = ("Bereits im November 2021 hatte Polen den Übergang Kuźnica gesperrt, als dort Tausende Migranten aus Belarus "
       "auf die Grenze zuströmten.")
Q17 = ("Der polnische Verband der Transportunternehmer kritisierte die neue Sperre, weil Hunderte Lastwagenfahrer an "
       "der Grenze festsäßen.")

DE02 = {
    "id": "hm410-de-02", "lang": "de", "url": None, "published": "2023-02-10",
    "title": "Polen schließt nach Urteil gegen Poczobut Grenzübergang zu Belarus",
    "text": paragraphs([Q1, Q2, Q3], [Q4, Q5, Q6, Q7], [Q8, Q9, Q10], [Q11, Q12, Q13, Q14], [Q15, Q16, Q17]),
    "events": [
        event("SANCTION", POL_GOV, BLR_GOV, Q1, mode="discontinue", location="Bobrowniki", location_country="POL"),
        event("SANCTION", KAMINSKI, BLR_GOV, Q2, mode="discontinue", date="2023-02-10"),
        event("SANCTION", GRODNO_COURT, POCZOBUT, Q4, mode="convict", date="2023-02-08", location="Grodno",
              location_country="BLR"),
        event("ACCUSE", BLR_PROSEC, POCZOBUT, Q5, mode="allege"),
        event("COERCE", BLR_SECURITY, POCZOBUT, Q7, mode="arrest"),
        event("ACCUSE", MORAWIECKI, GRODNO_COURT, Q8, mode="disapprove"),
        event("THREATEN", MORAWIECKI, BLR_GOV, Q8),
        event("ACCUSE", POL_MFA, BLR_GOV, Q9, mode="disapprove", location="Warschau", location_country="POL"),
        event("REQUEST", POL_MFA, BLR_GOV, Q9, mode="yield"),
        event("ACCUSE", BORRELL, GRODNO_COURT, Q10, mode="disapprove"),
        event("ACCUSE", BLR_MFA, POL_GOV, Q11, mode="disapprove"),
        event("ACCUSE", BLR_GOV, POL_GOV, Q12, mode="disapprove"),
        event("CONCEDE", LUKASHENKO, POCZOBUT, Q13),
        event("REJECT", POCZOBUT, LUKASHENKO, Q14),
        event("SANCTION", POL_GOV, BLR_GOV, Q16, mode="discontinue", location="Kuźnica", location_country="POL"),
        event("ACCUSE", POL_TRANSPORT, POL_GOV, Q17, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Schließung gelte ab Freitagmittag für den gesamten Güter- und Personenverkehr", "Mariusz Kamiński",
              "indirect"),
        quote("wichtige Interessen des polnischen Staates", "Mariusz Kamiński", "direct"),
        quote("Es gehe um „wichtige Interessen des polnischen Staates“", "Mariusz Kamiński", "indirect"),
        quote("zu Hass aufgestachelt und der nationalen Sicherheit von Belarus geschadet zu haben",
              "Prosecutor's Office of Belarus", "indirect"),
        quote("Schande", "Mateusz Morawiecki", "direct"),
        quote("Einmischung in die inneren Angelegenheiten des Landes", "Ministry of Foreign Affairs of Belarus",
              "indirect"),
        quote("unfreundlicher Schritt", "Government of Belarus", "direct"),
        quote("Die Schließung des Grenzübergangs sei ein „unfreundlicher Schritt“, der vor allem den Bürgern beider "
              "Länder schade", "Government of Belarus", "indirect"),
        quote("Nach Angaben seiner Familie hatte Lukaschenko dem Journalisten eine Begnadigung in Aussicht gestellt, "
              "falls dieser ein Gnadengesuch einreiche", "family of Andrzej Poczobut", "indirect"),
        quote("weil Hunderte Lastwagenfahrer an der Grenze festsäßen", "Association of Polish transport companies",
              "indirect"),
    ],
    "entities": [
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Andrzej Poczobut", "PER", "BLR", ["des Journalisten Andrzej Poczobut", "Poczobut", "dem 49-Jährigen",
                                                  "Er", "dem Journalisten", "dieser", "des Journalisten"]),
        entity("Belarus", "LOC", "BLR", ["Belarus", "zum Nachbarland", "des Landes"]),
        entity("Government of Poland", "ORG", "POL", ["Polen", "Warschau"]),
        entity("Bobrowniki", "LOC", "POL", ["den Grenzübergang Bobrowniki"]),
        entity("Mariusz Kamiński", "PER", "POL", ["Innenminister Mariusz Kamiński", "er"]),
        entity("Poland", "LOC", "POL", ["des polnischen Staates"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Grodno Regional Court", "ORG", "BLR", ["Ein Gericht in der westbelarussischen Stadt Grodno"]),
        entity("Grodno", "LOC", "BLR", ["der westbelarussischen Stadt Grodno"]),
        entity("Prosecutor's Office of Belarus", "ORG", "BLR", ["Die Staatsanwaltschaft"]),
        entity("Gazeta Wyborcza", "ORG", "POL", ["die polnische Zeitung „Gazeta Wyborcza“"]),
        entity("Polish minority in Belarus", "MISC", "BLR", ["der polnischen Minderheit"]),
        entity("Mateusz Morawiecki", "PER", "POL", ["Ministerpräsident Mateusz Morawiecki"]),
        entity("Government of Belarus", "ORG", "BLR", ["das Regime von Machthaber Alexander Lukaschenko", "Minsk"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["Machthaber Alexander Lukaschenko", "Lukaschenko"]),
        entity("Ministry of Foreign Affairs of Poland", "ORG", "POL", ["Das Außenministerium in Warschau"]),
        entity("chargé d'affaires of Belarus in Poland", "PER", "BLR", ["den belarussischen Geschäftsträger"]),
        entity("Josep Borrell", "PER", "EUR", ["der EU-Außenbeauftragte Josep Borrell"]),
        entity("Ministry of Foreign Affairs of Belarus", "ORG", "BLR", ["Das belarussische Außenministerium"]),
        entity("family of Andrzej Poczobut", "PER", "BLR", ["seiner Familie"]),
        entity("Minsk", "LOC", "BLR", ["Minsk"]),
        entity("Kuźnica", "LOC", "POL", ["den Übergang Kuźnica"]),
        entity("migrants at the Belarus border", "PER", None, ["Tausende Migranten aus Belarus"]),
        entity("Association of Polish transport companies", "ORG", "POL",
               ["Der polnische Verband der Transportunternehmer"]),
        entity("Polish truck drivers", "PER", "POL", ["Hunderte Lastwagenfahrer"]),
    ],
}

# ---------------------------------------------------------------- hm410-de-03 (Vatican, Becciu convicted)
VAT_COURT = actor("Tribunal of Vatican City State", "VAT", "JUD")
BECCIU = actor("Giovanni Angelo Becciu", "VAT", "REL")
VAT_PROSEC = actor("Office of the Promoter of Justice of Vatican City State", "VAT", "JUD")
VIGLIONE = actor("Fabio Viglione", "ITA", "CVL")
MINCIONE = actor("Raffaele Mincione", "ITA", "BUS")
MAROGNA = actor("Cecilia Marogna", "ITA", "CVL")
VAT_CONVICTED = actor("convicted defendants in the Vatican finance trial", "VAT", "CVL")
FRANCIS = actor("Pope Francis", "VAT", "REL")
DEFENCE_LAWYERS = actor("defence lawyers in the Vatican finance trial", "VAT", "CVL")
SECRETARIAT = actor("Secretariat of State of the Holy See", "VAT", "GOV")

V1 = ("Vatikanstadt (dpa) - Erstmals in der Geschichte des Vatikans ist ein Kardinal von einem vatikanischen "
      "Strafgericht verurteilt worden.")
V2 = ("Das Gericht unter Vorsitz von Giuseppe Pignatone sprach den früheren Substituten im Staatssekretariat, "
      "Giovanni Angelo Becciu, am Samstag der Veruntreuung schuldig und verhängte fünfeinhalb Jahre Haft.")
V3 = ("Zudem muss der 75-Jährige eine Geldstrafe von 8000 Euro zahlen und darf dauerhaft keine öffentlichen Ämter "
      "mehr bekleiden.")
V4 = ("Im Mittelpunkt des mehr als zweijährigen Prozesses stand der verlustreiche Kauf einer Luxusimmobilie in London "
      "durch das Staatssekretariat.")
V5 = ("Die Anklage hatte Becciu vorgeworfen, Gelder des Heiligen Stuhls in riskante Geschäfte gelenkt und einer "
      "Vertrauten dubiose Zahlungen verschafft zu haben.")
V6 = "Becciu hat jedes Fehlverhalten stets bestritten."
V7 = "Sein Anwalt Fabio Viglione nannte das Urteil „falsch“ und kündigte Berufung an."
V8 = "„Wir respektieren das Gericht, aber unser Mandant ist unschuldig“, sagte Viglione."
V9 = ("Das Gericht sprach auch mehrere Mitangeklagte schuldig, darunter den Finanzmakler Raffaele Mincione und die "
      "Sicherheitsberaterin Cecilia Marogna.")
V10 = ("Marogna soll nach Überzeugung der Richter rund 575.000 Euro, die zur Befreiung einer in Mali entführten Nonne "
       "gedacht waren, unter anderem für Luxusartikel ausgegeben haben.")
V11 = ("Zudem ordnete das Gericht an, Vermögen der Verurteilten in Höhe von mehr als 166 Millionen Euro "
       "einzuziehen.")
V12 = ("Papst Franziskus hatte Becciu bereits im September 2020 die mit der Kardinalswürde verbundenen Rechte "
       "entzogen.")
V13 = "Becciu trat damals als Präfekt der Kongregation für die Selig- und Heiligsprechungsprozesse zurück."
V14 = ("Verteidiger kritisierten im Prozess, dass der Papst die Ermittlungen mit mehreren Dekreten erleichtert "
       "habe.")
V15 = "Das Staatssekretariat, das im Verfahren als Nebenkläger auftrat, begrüßte das Urteil."
V16 = "Es zeige, dass die vatikanische Justiz „unabhängig und wirksam“ arbeite, hieß es in einer Erklärung."
V17 = ("Der Prozess gilt als Prüfstein für die Finanzreformen, die Franziskus seit seiner Wahl 2013 vorangetrieben "
       "hat.")

DE03 = {
    "id": "hm410-de-03", "lang": "de", "url": None, "published": "2023-12-16",
    "title": "Vatikan-Gericht verurteilt Kardinal Becciu zu Haftstrafe",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7, V8], [V9, V10, V11], [V12, V13, V14], [V15, V16, V17]),
    "events": [
        event("SANCTION", VAT_COURT, BECCIU, V1, mode="convict", location_country="VAT"),
        event("SANCTION", VAT_COURT, BECCIU, V2, mode="convict", date="2023-12-16", location_country="VAT"),
        event("COERCE", VAT_COURT, BECCIU, V3, mode="ban"),
        event("ACCUSE", VAT_PROSEC, BECCIU, V5, mode="allege"),
        event("ACCUSE", VIGLIONE, VAT_COURT, V7, mode="disapprove"),
        event("SANCTION", VAT_COURT, MINCIONE, V9, mode="convict"),
        event("SANCTION", VAT_COURT, MAROGNA, V9, mode="convict"),
        event("COERCE", VAT_COURT, VAT_CONVICTED, V11, mode="seize"),
        event("COERCE", FRANCIS, BECCIU, V12, mode="restrict"),
        event("RETREAT", BECCIU, None, V13, mode="resign"),
        event("ACCUSE", DEFENCE_LAWYERS, FRANCIS, V14, mode="disapprove"),
        event("SUPPORT", SECRETARIAT, VAT_COURT, V15),
    ],
    "quotes": [
        quote("Gelder des Heiligen Stuhls in riskante Geschäfte gelenkt und einer Vertrauten dubiose Zahlungen "
              "verschafft zu haben", "Office of the Promoter of Justice of Vatican City State", "indirect"),
        quote("falsch", "Fabio Viglione", "direct"),
        quote("Wir respektieren das Gericht, aber unser Mandant ist unschuldig", "Fabio Viglione", "direct"),
        quote("Marogna soll nach Überzeugung der Richter rund 575.000 Euro, die zur Befreiung einer in Mali "
              "entführten Nonne gedacht waren, unter anderem für Luxusartikel ausgegeben haben",
              "Tribunal of Vatican City State", "indirect"),
        quote("dass der Papst die Ermittlungen mit mehreren Dekreten erleichtert habe",
              "defence lawyers in the Vatican finance trial", "indirect"),
        quote("unabhängig und wirksam", "Secretariat of State of the Holy See", "direct"),
        quote("Es zeige, dass die vatikanische Justiz „unabhängig und wirksam“ arbeite",
              "Secretariat of State of the Holy See", "indirect"),
    ],
    "entities": [
        entity("Vatican City", "LOC", "VAT", ["Vatikanstadt", "des Vatikans"]),
        entity("Giovanni Angelo Becciu", "PER", "VAT",
               ["ein Kardinal", "den früheren Substituten im Staatssekretariat, Giovanni Angelo Becciu",
                "der 75-Jährige", "Becciu", "unser Mandant"]),
        entity("Tribunal of Vatican City State", "ORG", "VAT",
               ["einem vatikanischen Strafgericht", "Das Gericht", "das Gericht", "der Richter"]),
        entity("Giuseppe Pignatone", "PER", "VAT", ["Giuseppe Pignatone"]),
        entity("Secretariat of State of the Holy See", "ORG", "VAT", ["Staatssekretariat", "das Staatssekretariat",
                                                                      "Das Staatssekretariat"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Office of the Promoter of Justice of Vatican City State", "ORG", "VAT", ["Die Anklage"]),
        entity("Holy See", "ORG", "VAT", ["des Heiligen Stuhls"]),
        entity("Cecilia Marogna", "PER", "ITA", ["einer Vertrauten", "die Sicherheitsberaterin Cecilia Marogna",
                                                 "Marogna"]),
        entity("Fabio Viglione", "PER", "ITA", ["Sein Anwalt Fabio Viglione", "Viglione"]),
        entity("Raffaele Mincione", "PER", "ITA", ["den Finanzmakler Raffaele Mincione"]),
        entity("convicted defendants in the Vatican finance trial", "PER", "VAT",
               ["mehrere Mitangeklagte", "der Verurteilten"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("kidnapped nun in Mali", "PER", "COL", ["einer in Mali entführten Nonne"]),
        entity("Pope Francis", "PER", "VAT", ["Papst Franziskus", "der Papst", "Franziskus"]),
        entity("Dicastery for the Causes of Saints", "ORG", "VAT",
               ["der Kongregation für die Selig- und Heiligsprechungsprozesse"]),
        entity("defence lawyers in the Vatican finance trial", "PER", "VAT", ["Verteidiger"]),
        entity("Vatican judiciary", "ORG", "VAT", ["die vatikanische Justiz"]),
    ],
}

# ---------------------------------------------------------------- hm410-de-04 (Norway, Fosen apology)
AASLAND = actor("Terje Aasland", "NOR", "GOV")
HERDERS = actor("Sámi reindeer herders of Fosen", "NOR", "CVL")
SAMI_ACTIVISTS = actor("Sámi activists", "NOR", "CVL")
SUPPORTERS = actor("supporters of the Sámi activists", "NOR", "CVL")
NOR_SUPREME = actor("Supreme Court of Norway", "NOR", "JUD")
NOR_ENERGY = actor("Ministry of Petroleum and Energy of Norway", "NOR", "GOV")
NOR_GOV = actor("Government of Norway", "NOR", "GOV")
THUNBERG = actor("Greta Thunberg", "SWE", "CVL")
OSLO_POLICE = actor("Oslo Police District", "NOR", "COP")
STORE = actor("Jonas Gahr Støre", "NOR", "GOV")
MUOTKA = actor("Silje Karine Muotka", "NOR", "LEG")

F1 = ("Oslo (dpa) - Nach tagelangen Protesten von Samen und Klimaaktivisten hat sich Norwegens Energieminister Terje "
      "Aasland bei den Rentierhaltern auf der Halbinsel Fosen entschuldigt.")
F2 = ("Der Betrieb der Windparks auf ihren Weideflächen sei eine Verletzung der Menschenrechte, sagte Aasland am "
      "Donnerstag nach einem Treffen mit Vertretern der Protestierenden in Oslo.")
F3 = "Er bat die betroffenen Familien im Namen der Regierung um Entschuldigung."
F4 = ("Das Oberste Gericht hatte im Oktober 2021 entschieden, dass die Genehmigungen für zwei Windparks auf Fosen das "
      "Recht der Samen auf Ausübung ihrer Kultur verletzen.")
F5 = "Die 151 Windräder drehen sich dennoch bis heute."
F6 = ("Seit vergangener Woche hatten Dutzende junge Samen und ihre Unterstützer die Eingänge mehrerer Ministerien in "
      "Oslo blockiert.")
F7 = "Auch die schwedische Klimaaktivistin Greta Thunberg beteiligte sich an den Blockaden."
F8 = "Die Polizei trug am Montag Demonstranten weg, die den Eingang des Finanzministeriums versperrt hatten."
F9 = "Festgenommen wurde nach Polizeiangaben niemand."
F10 = ("Die Aktivisten fordern, dass die Windräder abgerissen und die Flächen den Rentierhaltern zurückgegeben "
       "werden.")
F11 = "„Eine Entschuldigung allein reicht nicht“, sagte die Aktivistin Ella Marie Hætta Isaksen."
F12 = ("Ministerpräsident Jonas Gahr Støre sagte, die Regierung werde gemeinsam mit den Rentierhaltern nach einer "
       "Lösung suchen.")
F13 = "Einen Abriss der Anlagen schloss er jedoch vorerst aus."
F14 = ("Die Präsidentin des Samenparlaments, Silje Karine Muotka, warf der Regierung vor, das Urteil seit mehr als "
       "500 Tagen zu missachten.")
F15 = "Die Betreibergesellschaft Fosen Vind, an der der Staatskonzern Statkraft beteiligt ist, äußerte sich zunächst nicht."
F16 = "Die Samen sind ein indigenes Volk, das im Norden Norwegens, Schwedens, Finnlands und Russlands lebt."
F17 = "Viele von ihnen leben bis heute von der Rentierhaltung, für die sie große Weideflächen benötigen."

DE04 = {
    "id": "hm410-de-04", "lang": "de", "url": None, "published": "2023-03-02",
    "title": "Norwegens Energieminister entschuldigt sich bei Samen",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9, F10, F11], [F12, F13, F14], [F15, F16, F17]),
    "events": [
        event("CONCEDE", AASLAND, HERDERS, F1),
        event("CONSULT", AASLAND, SAMI_ACTIVISTS, F2, mode="meet", date="2023-03-02", location="Oslo",
              location_country="NOR"),
        event("CONCEDE", AASLAND, HERDERS, F2, date="2023-03-02"),
        event("CONCEDE", AASLAND, HERDERS, F3),
        event("SANCTION", NOR_SUPREME, NOR_ENERGY, F4, mode="convict"),
        event("PROTEST", SAMI_ACTIVISTS, NOR_GOV, F6, mode="obstruct", location="Oslo", location_country="NOR"),
        event("PROTEST", SUPPORTERS, NOR_GOV, F6, mode="obstruct", location="Oslo", location_country="NOR"),
        event("PROTEST", THUNBERG, NOR_GOV, F7, mode="obstruct", location="Oslo", location_country="NOR"),
        event("COERCE", OSLO_POLICE, SAMI_ACTIVISTS, F8, mode="crowd-control", date="2023-02-27", location="Oslo",
              location_country="NOR"),
        event("COERCE", OSLO_POLICE, SAMI_ACTIVISTS, F9, mode="arrest", negated=True),
        event("REQUEST", SAMI_ACTIVISTS, NOR_GOV, F10, mode="change"),
        event("AGREE", STORE, HERDERS, F12),
        event("REJECT", STORE, SAMI_ACTIVISTS, F13, mode="change"),
        event("ACCUSE", MUOTKA, NOR_GOV, F14, mode="disapprove"),
    ],
    "quotes": [
        quote("Der Betrieb der Windparks auf ihren Weideflächen sei eine Verletzung der Menschenrechte", "Terje Aasland",
              "indirect"),
        quote("dass die Genehmigungen für zwei Windparks auf Fosen das Recht der Samen auf Ausübung ihrer Kultur "
              "verletzen", "Supreme Court of Norway", "indirect"),
        quote("Festgenommen wurde nach Polizeiangaben niemand", "Oslo Police District", "indirect"),
        quote("dass die Windräder abgerissen und die Flächen den Rentierhaltern zurückgegeben werden",
              "Sámi activists", "indirect"),
        quote("Eine Entschuldigung allein reicht nicht", "Ella Marie Hætta Isaksen", "direct"),
        quote("die Regierung werde gemeinsam mit den Rentierhaltern nach einer Lösung suchen", "Jonas Gahr Støre",
              "indirect"),
        quote("das Urteil seit mehr als 500 Tagen zu missachten", "Silje Karine Muotka", "indirect"),
    ],
    "entities": [
        entity("Oslo", "LOC", "NOR", ["Oslo"]),
        entity("Sámi", "MISC", "NOR", ["Samen", "der Samen", "Die Samen"]),
        entity("Terje Aasland", "PER", "NOR", ["Norwegens Energieminister Terje Aasland", "Aasland", "Er"]),
        entity("Norway", "LOC", "NOR", ["Norwegens"]),
        entity("Sámi reindeer herders of Fosen", "PER", "NOR", ["den Rentierhaltern auf der Halbinsel Fosen",
                                                                "die betroffenen Familien", "den Rentierhaltern"]),
        entity("Fosen", "LOC", "NOR", ["der Halbinsel Fosen", "Fosen"]),
        entity("Sámi activists", "PER", "NOR", ["Vertretern der Protestierenden", "Dutzende junge Samen",
                                                "Demonstranten", "Die Aktivisten"]),
        entity("Government of Norway", "ORG", "NOR", ["der Regierung", "die Regierung"]),
        entity("Supreme Court of Norway", "ORG", "NOR", ["Das Oberste Gericht"]),
        entity("supporters of the Sámi activists", "PER", "NOR", ["ihre Unterstützer"]),
        entity("Greta Thunberg", "PER", "SWE", ["die schwedische Klimaaktivistin Greta Thunberg"]),
        entity("Oslo Police District", "ORG", "NOR", ["Die Polizei"]),
        entity("Ministry of Finance of Norway", "ORG", "NOR", ["des Finanzministeriums"]),
        entity("Ella Marie Hætta Isaksen", "PER", "NOR", ["die Aktivistin Ella Marie Hætta Isaksen"]),
        entity("Jonas Gahr Støre", "PER", "NOR", ["Ministerpräsident Jonas Gahr Støre", "er"]),
        entity("Sámi Parliament of Norway", "ORG", "NOR", ["des Samenparlaments"]),
        entity("Silje Karine Muotka", "PER", "NOR",
               ["Die Präsidentin des Samenparlaments, Silje Karine Muotka"]),
        entity("Fosen Vind", "ORG", "NOR", ["Die Betreibergesellschaft Fosen Vind"]),
        entity("Statkraft", "ORG", "NOR", ["der Staatskonzern Statkraft"]),
        entity("Sweden", "LOC", "SWE", ["Schwedens"]),
        entity("Finland", "LOC", "FIN", ["Finnlands"]),
        entity("Russia", "LOC", "RUS", ["Russlands"]),
    ],
}

# ---------------------------------------------------------------- hm410-en-01 (Serbia, Belgrade school shooting)
SHOOTER = actor("13-year-old school shooter", "SRB", "CVL")
PUPILS = actor("pupils of the Vladislav Ribnikar school", "SRB", "CVL")
GUARD = actor("security guard of the Vladislav Ribnikar school", "SRB", "CVL")
SRB_POLICE = actor("Serbian police", "SRB", "COP")
FATHER = actor("father of the school shooter", "SRB", "CVL")
MILIC = actor("Veselin Milić", "SRB", "COP")
SRB_PROSEC = actor("Public Prosecutor's Office of Serbia", "SRB", "JUD")
SRB_OPP = actor("Serbian opposition parties", "SRB", "OPP")
RUZIC = actor("Branko Ružić", "SRB", "GOV")
GASIC = actor("Bratislav Gašić", "SRB", "GOV")
SRB_TEACHERS = actor("Serbian teachers", "SRB", "EDU")
SRB_UNIONS = actor("Serbian teachers' unions", "SRB", "LAB")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")

A1 = ("BELGRADE, Serbia (AP) — A 13-year-old boy opened fire at his school in central Belgrade on Wednesday, killing "
      "eight fellow students and a security guard.")
A2 = ("Six other children and a teacher were wounded in the attack at the Vladislav Ribnikar elementary school, the "
      "worst mass shooting in Serbia’s recent history.")
A3 = ("Police arrested the boy in the schoolyard after he called them himself, and later also detained his father, a "
      "well-known doctor.")
A4 = ("Belgrade police chief Veselin Milic said the boy had planned the attack for a month, taken two of his father’s "
      "handguns and drawn up a list of pupils he wanted to kill.")
A5 = "Prosecutors did not charge the boy, who is below Serbia’s age of criminal responsibility of 14."
A6 = ("They said the father is suspected of endangering public safety by failing to lock away his weapons and taking "
      "his son to shooting ranges.")
A7 = ("President Aleksandar Vucic called it “one of the most difficult days in our modern history” and declared three "
      "days of national mourning.")
A8 = ("Education Minister Branko Ruzic blamed the “pernicious influence” of the internet, video games and what he "
      "called Western values.")
A9 = ("Opposition parties demanded the resignations of Ruzic and Interior Minister Bratislav Gasic, accusing them of "
      "failing to protect children in schools.")
A10 = "Ruzic told reporters he would not step down."
A11 = "Thousands of people laid flowers and lit candles outside the school on Wednesday evening."
A12 = ("On Thursday, teachers across the country stopped work for an hour at the call of their unions, which demanded "
       "better security in schools.")
A13 = "Gasic said hundreds of police officers had been deployed to schools in Belgrade and other cities on Thursday."
A14 = ("Serbia has one of the highest rates of civilian gun ownership in Europe, a legacy of the wars of the "
       "1990s.")
A15 = "Mass shootings are nonetheless rare in the Balkan country."

EN01 = {
    "id": "hm410-en-01", "lang": "en", "url": None, "published": "2023-05-04",
    "title": "Teenager kills 8 classmates and a guard in Belgrade school shooting",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10], [A11, A12, A13], [A14, A15]),
    "events": [
        event("ASSAULT", SHOOTER, PUPILS, A1, mode="firearms", date="2023-05-03", location="Belgrade",
              location_country="SRB"),
        event("ASSAULT", SHOOTER, GUARD, A1, mode="firearms", date="2023-05-03", location="Belgrade",
              location_country="SRB"),
        event("COERCE", SRB_POLICE, SHOOTER, A3, mode="arrest", date="2023-05-03", location="Belgrade",
              location_country="SRB"),
        event("COERCE", SRB_POLICE, FATHER, A3, mode="arrest", date="2023-05-03", location_country="SRB"),
        event("ACCUSE", MILIC, SHOOTER, A4, mode="allege"),
        event("ACCUSE", SRB_PROSEC, SHOOTER, A5, mode="allege", negated=True),
        event("ACCUSE", SRB_PROSEC, FATHER, A6, mode="allege"),
        event("REQUEST", SRB_OPP, RUZIC, A9, mode="change"),
        event("REQUEST", SRB_OPP, GASIC, A9, mode="change"),
        event("ACCUSE", SRB_OPP, RUZIC, A9, mode="disapprove"),
        event("ACCUSE", SRB_OPP, GASIC, A9, mode="disapprove"),
        event("REJECT", RUZIC, SRB_OPP, A10, mode="change"),
        event("PROTEST", SRB_TEACHERS, SRB_GOV, A12, mode="strike", date="2023-05-04", location_country="SRB"),
        event("REQUEST", SRB_UNIONS, SRB_GOV, A12, mode="change"),
        event("MOBILIZE", SRB_POLICE, None, A13, mode="police", date="2023-05-04", location="Belgrade",
              location_country="SRB"),
    ],
    "quotes": [
        quote("the boy had planned the attack for a month, taken two of his father’s handguns and drawn up a list of "
              "pupils he wanted to kill", "Veselin Milić", "indirect"),
        quote("the father is suspected of endangering public safety by failing to lock away his weapons and taking "
              "his son to shooting ranges", "Public Prosecutor's Office of Serbia", "indirect"),
        quote("one of the most difficult days in our modern history", "Aleksandar Vučić", "direct"),
        quote("pernicious influence", "Branko Ružić", "direct"),
        quote("failing to protect children in schools", "Serbian opposition parties", "indirect"),
        quote("he would not step down", "Branko Ružić", "indirect"),
        quote("hundreds of police officers had been deployed to schools in Belgrade and other cities on Thursday",
              "Bratislav Gašić", "indirect"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["BELGRADE", "central Belgrade", "Belgrade"]),
        entity("Serbia", "LOC", "SRB", ["Serbia", "Serbia’s", "the country", "the Balkan country"]),
        entity("13-year-old school shooter", "PER", "SRB", ["A 13-year-old boy", "the boy", "he", "his son"]),
        entity("pupils of the Vladislav Ribnikar school", "PER", "SRB", ["eight fellow students"]),
        entity("security guard of the Vladislav Ribnikar school", "PER", "SRB", ["a security guard"]),
        entity("Vladislav Ribnikar elementary school", "LOC", "SRB",
               ["his school", "the Vladislav Ribnikar elementary school", "the schoolyard", "the school"]),
        entity("Serbian police", "ORG", "SRB", ["Police", "police officers"]),
        entity("father of the school shooter", "PER", "SRB", ["his father, a well-known doctor", "his father’s",
                                                              "the father"]),
        entity("Veselin Milić", "PER", "SRB", ["Belgrade police chief Veselin Milic"]),
        entity("Belgrade Police Directorate", "ORG", "SRB", ["Belgrade police"]),
        entity("Public Prosecutor's Office of Serbia", "ORG", "SRB", ["Prosecutors", "They"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["President Aleksandar Vucic"]),
        entity("Branko Ružić", "PER", "SRB", ["Education Minister Branko Ruzic", "Ruzic", "he"]),
        entity("Serbian opposition parties", "ORG", "SRB", ["Opposition parties"]),
        entity("Bratislav Gašić", "PER", "SRB", ["Interior Minister Bratislav Gasic", "Gasic"]),
        entity("Serbian teachers", "PER", "SRB", ["teachers across the country"]),
        entity("Serbian teachers' unions", "ORG", "SRB", ["their unions"]),
        entity("Europe", "LOC", None, ["Europe"]),
    ],
}

# ---------------------------------------------------------------- hm410-en-02 (Albania/Greece, Beleri sentenced)
ALB_COURT = actor("Special Court for Corruption and Organized Crime of Albania", "ALB", "JUD")
BELERI = actor("Fredi Beleri", "ALB", "PTY")
ALB_POLICE = actor("Albanian police", "ALB", "COP")
GERAPETRITIS = actor("Giorgos Gerapetritis", "GRC", "GOV")
MARINAKIS = actor("Pavlos Marinakis", "GRC", "GOV")
ALB_GOV = actor("Government of Albania", "ALB", "GOV")
GRC_GOV = actor("Government of Greece", "GRC", "GOV")
RAMA = actor("Edi Rama", "ALB", "GOV")
GREEK_MINORITY = actor("members of the Greek minority in Albania", "ALB", "CVL")
ALB_DP = actor("Democratic Party of Albania", "ALB", "PTY")

B1 = ("TIRANA, Albania (AP) — An Albanian court on Friday sentenced Fredi Beleri, an ethnic Greek politician elected "
      "mayor of the coastal town of Himara, to two years in prison for vote buying.")
B2 = ("The Special Court for Corruption and Organized Crime found that Beleri had offered money to voters ahead of "
      "last May’s local elections.")
B3 = "Beleri, who also holds Greek citizenship, was arrested two days before the vote and has been in custody since."
B4 = "He won the race from his cell but was never sworn in."
B5 = "Beleri has denied the charges, and his lawyer said they would appeal."
B6 = ("Greek Foreign Minister Giorgos Gerapetritis said the verdict raised “serious questions” about the rule of law "
      "in Albania.")
B7 = ("Government spokesman Pavlos Marinakis warned that the case would weigh on Albania’s bid to join the European "
      "Union, which needs the backing of all 27 member states.")
B8 = "Athens summoned Albania’s ambassador in protest, according to a Greek diplomatic official."
B9 = "Greece has repeatedly called for Beleri’s release."
B10 = "Albanian Prime Minister Edi Rama has refused to intervene, saying the country’s courts are independent."
B11 = "“Justice in Albania is not up for negotiation with anyone,” Rama told reporters in Tirana."
B12 = ("Several dozen members of the Greek minority protested outside the court building, waving Greek flags and "
       "chanting Beleri’s name.")
B13 = ("The Democratic Party of former Prime Minister Sali Berisha, which backed Beleri in the election, accused "
       "Rama’s government of using the courts to hand Himara to the ruling Socialists.")
B14 = "Himara, on Albania’s Ionian coast, is home to a sizable ethnic Greek community."
B15 = ("Relations between the two NATO allies have long been strained over the rights of the Greek minority in "
       "southern Albania.")
B16 = "Athens has previously threatened to block the opening of new chapters in Albania’s EU accession talks."

EN02 = {
    "id": "hm410-en-02", "lang": "en", "url": None, "published": "2024-03-01",
    "title": "Albanian court jails ethnic Greek mayor-elect, angering Athens",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8], [B9, B10, B11], [B12, B13, B14], [B15, B16]),
    "events": [
        event("SANCTION", ALB_COURT, BELERI, B1, mode="convict", date="2024-03-01", location="Tirana",
              location_country="ALB"),
        event("SANCTION", ALB_COURT, BELERI, B2, mode="convict"),
        event("COERCE", ALB_POLICE, BELERI, B3, mode="arrest"),
        event("ACCUSE", GERAPETRITIS, ALB_COURT, B6, mode="disapprove"),
        event("THREATEN", MARINAKIS, ALB_GOV, B7),
        event("ACCUSE", GRC_GOV, ALB_GOV, B8, mode="disapprove"),
        event("REQUEST", GRC_GOV, ALB_GOV, B9, mode="yield"),
        event("REJECT", RAMA, GRC_GOV, B10, mode="yield"),
        event("PROTEST", GREEK_MINORITY, ALB_COURT, B12, mode="demo", date="2024-03-01", location="Tirana",
              location_country="ALB"),
        event("ACCUSE", ALB_DP, ALB_GOV, B13, mode="allege"),
        event("THREATEN", GRC_GOV, ALB_GOV, B16),
    ],
    "quotes": [
        quote("Beleri had offered money to voters ahead of last May’s local elections",
              "Special Court for Corruption and Organized Crime of Albania", "indirect"),
        quote("they would appeal", "lawyer of Fredi Beleri", "indirect"),
        quote("serious questions", "Giorgos Gerapetritis", "direct"),
        quote("the verdict raised “serious questions” about the rule of law in Albania", "Giorgos Gerapetritis",
              "indirect"),
        quote("the case would weigh on Albania’s bid to join the European Union, which needs the backing of all 27 "
              "member states", "Pavlos Marinakis", "indirect"),
        quote("Athens summoned Albania’s ambassador in protest", "Greek diplomatic official", "indirect"),
        quote("the country’s courts are independent", "Edi Rama", "indirect"),
        quote("Justice in Albania is not up for negotiation with anyone", "Edi Rama", "direct"),
        quote("using the courts to hand Himara to the ruling Socialists", "Democratic Party of Albania", "indirect"),
    ],
    "entities": [
        entity("Tirana", "LOC", "ALB", ["TIRANA", "Tirana"]),
        entity("Albania", "LOC", "ALB", ["Albania", "Albania’s", "the country’s", "southern Albania"]),
        entity("Special Court for Corruption and Organized Crime of Albania", "ORG", "ALB",
               ["An Albanian court", "The Special Court for Corruption and Organized Crime", "the court building"]),
        entity("Fredi Beleri", "PER", "ALB", ["Fredi Beleri, an ethnic Greek politician elected mayor of the coastal "
                                              "town of Himara", "Beleri", "He", "Beleri’s"]),
        entity("Himara", "LOC", "ALB", ["the coastal town of Himara", "Himara"]),
        entity("lawyer of Fredi Beleri", "PER", "ALB", ["his lawyer"]),
        entity("Giorgos Gerapetritis", "PER", "GRC", ["Greek Foreign Minister Giorgos Gerapetritis"]),
        entity("Pavlos Marinakis", "PER", "GRC", ["Government spokesman Pavlos Marinakis"]),
        entity("European Union", "ORG", "EUR", ["the European Union", "EU"]),
        entity("Government of Greece", "ORG", "GRC", ["Athens", "Greece"]),
        entity("ambassador of Albania to Greece", "PER", "ALB", ["Albania’s ambassador"]),
        entity("Greek diplomatic official", "PER", "GRC", ["a Greek diplomatic official"]),
        entity("Edi Rama", "PER", "ALB", ["Albanian Prime Minister Edi Rama", "Rama", "Rama’s"]),
        entity("members of the Greek minority in Albania", "PER", "ALB",
               ["Several dozen members of the Greek minority"]),
        entity("Greek minority in Albania", "MISC", "ALB", ["the Greek minority", "a sizable ethnic Greek community"]),
        entity("Democratic Party of Albania", "ORG", "ALB", ["The Democratic Party of former Prime Minister Sali "
                                                             "Berisha"]),
        entity("Sali Berisha", "PER", "ALB", ["former Prime Minister Sali Berisha"]),
        entity("Government of Albania", "ORG", "ALB", ["Rama’s government"]),
        entity("Socialist Party of Albania", "ORG", "ALB", ["the ruling Socialists"]),
        entity("Ionian Sea", "LOC", None, ["Ionian coast"]),
        entity("NATO", "ORG", "IGO", ["NATO"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
