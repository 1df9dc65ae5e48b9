"""Round 465: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm465-de-01: Botswana/Germany: Masisi threatens to send 20,000 elephants to Germany over Lemke's trophy import plans; the ministry says Gaborone never approached it and offers talks, the earlier Hyde Park threat, Pro Wildlife backs Lemke (2024-04-03).
- hm465-de-02: Angola: Luanda gives up its mediation between DR Congo and Rwanda after the M23 cancels the Luanda talks over EU sanctions; Tshisekedi and Kagame meet in Doha under Qatari auspices, UN experts and Washington accuse Rwanda (2025-03-25).
- hm465-de-03: Central African Republic: soldiers detain Belgian-Portuguese FHI 360 worker Joseph Figueira Martin in Haut-Mbomou on espionage suspicion; FHI 360 denies and demands his release, Brussels and Lisbon intervene, MINUSCA appeals (2024-05-24).
- hm465-de-04: South Africa/Israel: Pretoria recalls all its diplomats from Israel over the Gaza war and Israel recalls its ambassador; Ntshavheni's genocide charge, Pandor's call with Haniyeh, the EFF motion, the Jewish Board objects (2023-11-06).
- hm465-en-01: Tanzania: Samia Suluhu Hassan declared winner with nearly 98% after deadly election-day protests; curfew and internet blackout, Chadema's death toll, Msigwa denies, the U.N. rights office and SADC observers, Ruto congratulates (2025-11-01).
- hm465-en-02: Ghana/United States: ICE detains ex-finance minister Ken Ofori-Atta; Attorney General Ayine welcomes it and seeks extradition, the Special Prosecutor's SML accusations, the NPP accuses Mahama's government, the 2023 IMF bailout recalled (2025-07-17).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm465-de-01 (Botswana/Germany, elephants)
MASISI = actor("Mokgweetsi Masisi", "BWA", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
BWA_GOV = actor("Government of Botswana", "BWA", "GOV")
AGO_GOV = actor("Government of Angola", "AGO", "GOV")
MOZ_GOV = actor("Government of Mozambique", "MOZ", "GOV")
BMUV = actor("Federal Ministry for the Environment of Germany", "DEU", "GOV")
MTHIMKHULU = actor("Dumezweni Mthimkhulu", "BWA", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
PRO_WILDLIFE = actor("Pro Wildlife", "DEU", "NGO")
LEMKE = actor("Steffi Lemke", "DEU", "GOV")

E1 = ("Gaborone/Berlin (dpa) - Im Streit über Einfuhrbeschränkungen für Jagdtrophäen hat Botswanas Präsident "
      "Mokgweetsi Masisi gedroht, 20.000 Elefanten nach Deutschland zu schicken.")
E2 = "„Das ist kein Scherz“, sagte der Staatschef der „Bild“-Zeitung."
E3 = ("Er warf der Bundesregierung vor, den Menschen in Botswana aus der Ferne vorschreiben zu wollen, wie sie mit "
      "den Tieren zu leben hätten.")
E4 = ("Hintergrund sind Überlegungen von Bundesumweltministerin Steffi Lemke (Grüne), die Einfuhr von Trophäen "
      "geschützter Arten stärker zu beschränken.")
E5 = "Botswana beherbergt mit rund 130.000 Tieren etwa ein Drittel aller afrikanischen Elefanten."
E6 = "Die Bestände seien außer Kontrolle geraten, sagte Masisi."
E7 = ("Die Dickhäuter zerstörten Ernten und töteten Menschen, die Trophäenjagd sei ein wichtiges Mittel, um die "
      "Population zu regulieren.")
E8 = "Bereits jetzt habe Botswana 8000 Elefanten an das Nachbarland Angola abgegeben, sagte der Präsident."
E9 = "Auch Mosambik habe mehrere Hundert Tiere erhalten, fügte er hinzu."
E10 = ("Ein Sprecher des Bundesumweltministeriums sagte, die Regierung in Gaborone habe sich in der Sache bislang nicht "
       "an das Ministerium gewandt.")
E11 = ("Man sei aber jederzeit zu Gesprächen bereit, auch über die Folgen möglicher Beschränkungen für die Menschen "
       "vor Ort.")
E12 = ("Bereits im März hatte Botswanas Wildtierminister Dumezweni Mthimkhulu gedroht, 10.000 Elefanten in den "
       "Londoner Hyde Park zu bringen.")
E13 = ("Damit reagierte er auf einen Gesetzentwurf im britischen Parlament, der die Einfuhr von Jagdtrophäen "
       "verbieten soll.")
E14 = "Tierschutzorganisationen wie Pro Wildlife begrüßten dagegen die Pläne der Ministerin."
E15 = "Sie warfen Botswana vor, die Gefahren durch Elefanten zu übertreiben, um den lukrativen Jagdtourismus zu schützen."
E16 = "Masisi wies diesen Vorwurf zurück."

DE01 = {
    "id": "hm465-de-01", "lang": "de", "url": None, "published": "2024-04-03",
    "title": "Botswana droht Deutschland mit 20.000 Elefanten",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8, E9], [E10, E11], [E12, E13], [E14, E15, E16]),
    "events": [
        event("THREATEN", MASISI, DEU_GOV, E1),
        event("ACCUSE", MASISI, DEU_GOV, E3, mode="disapprove"),
        event("AID", BWA_GOV, AGO_GOV, E8),
        event("AID", BWA_GOV, MOZ_GOV, E9),
        event("CONSULT", BWA_GOV, BMUV, E10, negated=True),
        event("AGREE", BMUV, BWA_GOV, E11, mode="meet"),
        event("THREATEN", MTHIMKHULU, GBR_GOV, E12),
        event("SUPPORT", PRO_WILDLIFE, LEMKE, E14),
        event("ACCUSE", PRO_WILDLIFE, BWA_GOV, E15, mode="disapprove"),
    ],
    "quotes": [
        quote("Das ist kein Scherz", "Mokgweetsi Masisi", "direct"),
        quote("den Menschen in Botswana aus der Ferne vorschreiben zu wollen, wie sie mit den Tieren zu leben hätten",
              "Mokgweetsi Masisi", "indirect"),
        quote("Die Bestände seien außer Kontrolle geraten", "Mokgweetsi Masisi", "indirect"),
        quote("Die Dickhäuter zerstörten Ernten und töteten Menschen, die Trophäenjagd sei ein wichtiges Mittel, um die "
              "Population zu regulieren", "Mokgweetsi Masisi", "indirect"),
        quote("Bereits jetzt habe Botswana 8000 Elefanten an das Nachbarland Angola abgegeben", "Mokgweetsi Masisi",
              "indirect"),
        quote("Auch Mosambik habe mehrere Hundert Tiere erhalten", "Mokgweetsi Masisi", "indirect"),
        quote("die Regierung in Gaborone habe sich in der Sache bislang nicht an das Ministerium gewandt",
              "Spokesperson of the Federal Ministry for the Environment of Germany", "indirect"),
        quote("Man sei aber jederzeit zu Gesprächen bereit, auch über die Folgen möglicher Beschränkungen für die "
              "Menschen vor Ort", "Spokesperson of the Federal Ministry for the Environment of Germany", "indirect"),
        quote("die Gefahren durch Elefanten zu übertreiben, um den lukrativen Jagdtourismus zu schützen", "Pro Wildlife",
              "indirect"),
    ],
    "entities": [
        entity("Gaborone", "LOC", "BWA", ["Gaborone"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Mokgweetsi Masisi", "PER", "BWA", ["Botswanas Präsident Mokgweetsi Masisi", "der Staatschef", "Er",
                                                   "Masisi", "der Präsident", "er"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Bild", "ORG", "DEU", ["der „Bild“-Zeitung"]),
        entity("Government of Germany", "ORG", "DEU", ["der Bundesregierung"]),
        entity("Botswana", "LOC", "BWA", ["Botswana", "Botswanas"]),
        entity("Government of Botswana", "ORG", "BWA", ["Botswana", "die Regierung in Gaborone"]),
        entity("Steffi Lemke", "PER", "DEU", ["Bundesumweltministerin Steffi Lemke (Grüne)", "der Ministerin"]),
        entity("Alliance 90/The Greens", "ORG", "DEU", ["Grüne"]),
        entity("Angola", "LOC", "AGO", ["das Nachbarland Angola"]),
        entity("Mozambique", "LOC", "MOZ", ["Mosambik"]),
        entity("Federal Ministry for the Environment of Germany", "ORG", "DEU",
               ["des Bundesumweltministeriums", "das Ministerium"]),
        entity("Spokesperson of the Federal Ministry for the Environment of Germany", "PER", "DEU",
               ["Ein Sprecher des Bundesumweltministeriums"]),
        entity("Dumezweni Mthimkhulu", "PER", "BWA", ["Botswanas Wildtierminister Dumezweni Mthimkhulu", "er"]),
        entity("Hyde Park", "LOC", "GBR", ["den Londoner Hyde Park"]),
        entity("Parliament of the United Kingdom", "ORG", "GBR", ["im britischen Parlament"]),
        entity("Pro Wildlife", "ORG", "DEU", ["Tierschutzorganisationen wie Pro Wildlife", "Sie"]),
    ],
}

# ---------------------------------------------------------------- hm465-de-02 (Angola quits DRC-Rwanda mediation)
AGO_GOV2 = actor("Government of Angola", "AGO", "GOV")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
AGO_PRES = actor("Presidency of Angola", "AGO", "GOV")
AU = actor("African Union", "IGO", "IGO")
LOURENCO = actor("João Lourenço", "AGO", "GOV")
M23 = actor("M23", "COD", "REB")
EU = actor("European Union", "EUR", "IGO")
M23_LEADERS = actor("M23 leaders", "COD", "REB")
RWA_OFFICERS = actor("Rwandan military officers", "RWA", "MIL")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
TAMIM = actor("Tamim bin Hamad Al Thani", "QAT", "GOV")
UN_EXPERTS = actor("UN Group of Experts on the DR Congo", "UNO", "IGO")
USA_GOV = actor("Government of the United States", "USA", "GOV")
TETE = actor("Téte António", "AGO", "GOV")

A1 = ("Luanda (dpa) - Angola gibt seine Vermittlerrolle im Konflikt zwischen der Demokratischen Republik Kongo und "
      "Ruanda auf.")
A2 = ("Präsident João Lourenço wolle sich künftig ganz auf seine Aufgaben als amtierender Vorsitzender der "
      "Afrikanischen Union konzentrieren, teilte das Präsidialamt in Luanda am Montagabend mit.")
A3 = ("Es forderte die AU auf, in den kommenden Tagen einen anderen Staatschef als Vermittler für den Osten des Kongo "
      "zu benennen.")
A4 = "Lourenço hatte seit 2022 im sogenannten Luanda-Prozess zwischen Kinshasa und Kigali vermittelt."
A5 = ("Zuletzt hatte die Rebellengruppe M23 ihre Teilnahme an ersten direkten Gesprächen mit der kongolesischen "
      "Regierung in Luanda kurzfristig abgesagt.")
A6 = ("Die Rebellen begründeten dies mit neuen Sanktionen der Europäischen Union gegen mehrere ihrer Anführer sowie "
      "gegen ruandische Offiziere.")
A7 = "Kinshasa hatte erst wenige Tage zuvor eingewilligt, mit der M23 zu verhandeln."
A8 = "Präsident Félix Tshisekedi hatte direkte Gespräche mit den Rebellen zuvor monatelang abgelehnt."
A9 = ("Am Tag der geplanten Gespräche waren Tshisekedi und Ruandas Präsident Paul Kagame stattdessen überraschend in "
      "der katarischen Hauptstadt Doha zusammengetroffen.")
A10 = ("Bei dem von Emir Tamim bin Hamad Al Thani vermittelten Treffen bekannten sich beide zu einer sofortigen und "
       "bedingungslosen Waffenruhe.")
A11 = "In Luanda soll die Initiative Katars Diplomaten zufolge mit Verstimmung aufgenommen worden sein."
A12 = ("Seit Ende Januar kontrolliert die M23 die Provinzhauptstadt Goma, im Februar fiel auch Bukavu in die Hände "
       "der Rebellen.")
A13 = "UN-Experten und die USA werfen Ruanda vor, die M23 mit Tausenden eigenen Soldaten zu unterstützen."
A14 = "Kigali weist dies zurück und verweist auf die Bedrohung durch die Hutu-Miliz FDLR im Ostkongo."
A15 = ("Angolas Außenminister Téte António sagte, sein Land bleibe einer friedlichen Lösung verpflichtet und werde "
       "die Vermittlung der AU weiter unterstützen.")
A16 = ("Bei den Kämpfen im Osten des Kongo sind seit Jahresbeginn Tausende Menschen getötet und Hunderttausende "
       "vertrieben worden.")

DE02 = {
    "id": "hm465-de-02", "lang": "de", "url": None, "published": "2025-03-25",
    "title": "Angola gibt Vermittlerrolle im Kongo-Konflikt auf",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11], [A12, A13, A14], [A15, A16]),
    "events": [
        event("SANCTION", AGO_GOV2, COD_GOV, A1, mode="withdraw"),
        event("SANCTION", AGO_GOV2, RWA_GOV, A1, mode="withdraw"),
        event("REQUEST", AGO_PRES, AU, A3, date="2025-03-24"),
        event("CONSULT", LOURENCO, COD_GOV, A4, mode="third-party"),
        event("CONSULT", LOURENCO, RWA_GOV, A4, mode="third-party"),
        event("REJECT", M23, COD_GOV, A5, mode="meet", location="Luanda", location_country="AGO"),
        event("SANCTION", EU, M23_LEADERS, A6),
        event("SANCTION", EU, RWA_OFFICERS, A6),
        event("AGREE", COD_GOV, M23, A7, mode="meet"),
        event("REJECT", TSHISEKEDI, M23, A8, mode="meet"),
        event("CONSULT", TSHISEKEDI, KAGAME, A9, mode="meet", location="Doha", location_country="QAT"),
        event("CONSULT", TAMIM, TSHISEKEDI, A10, mode="third-party"),
        event("CONSULT", TAMIM, KAGAME, A10, mode="third-party"),
        event("AGREE", TSHISEKEDI, KAGAME, A10),
        event("ACCUSE", UN_EXPERTS, RWA_GOV, A13, mode="allege"),
        event("ACCUSE", USA_GOV, RWA_GOV, A13, mode="allege"),
        event("AGREE", TETE, AU, A15),
    ],
    "quotes": [
        quote("Präsident João Lourenço wolle sich künftig ganz auf seine Aufgaben als amtierender Vorsitzender der "
              "Afrikanischen Union konzentrieren", "Presidency of Angola", "indirect"),
        quote("in den kommenden Tagen einen anderen Staatschef als Vermittler für den Osten des Kongo zu benennen",
              "Presidency of Angola", "indirect"),
        quote("In Luanda soll die Initiative Katars Diplomaten zufolge mit Verstimmung aufgenommen worden sein",
              "diplomats", "indirect"),
        quote("die M23 mit Tausenden eigenen Soldaten zu unterstützen", "UN Group of Experts on the DR Congo",
              "indirect"),
        quote("die M23 mit Tausenden eigenen Soldaten zu unterstützen", "Government of the United States",
              "indirect"),
        quote("sein Land bleibe einer friedlichen Lösung verpflichtet und werde die Vermittlung der AU weiter "
              "unterstützen", "Téte António", "indirect"),
    ],
    "entities": [
        entity("Luanda", "LOC", "AGO", ["Luanda"]),
        entity("Angola", "LOC", "AGO", ["Angolas", "sein Land"]),
        entity("Government of Angola", "ORG", "AGO", ["Angola"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["der Demokratischen Republik Kongo",
                                                                   "den Osten des Kongo", "im Ostkongo",
                                                                   "im Osten des Kongo"]),
        entity("Rwanda", "LOC", "RWA", ["Ruanda", "Ruandas"]),
        entity("João Lourenço", "PER", "AGO", ["Präsident João Lourenço", "Lourenço"]),
        entity("African Union", "ORG", "IGO", ["der Afrikanischen Union", "die AU", "der AU"]),
        entity("Presidency of Angola", "ORG", "AGO", ["das Präsidialamt in Luanda", "Es"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD",
               ["Kinshasa", "der kongolesischen Regierung"]),
        entity("Government of Rwanda", "ORG", "RWA", ["Kigali", "Ruanda"]),
        entity("M23", "ORG", "COD", ["die Rebellengruppe M23", "Die Rebellen", "der M23", "den Rebellen",
                                     "die M23", "der Rebellen"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union"]),
        entity("M23 leaders", "PER", "COD", ["mehrere ihrer Anführer"]),
        entity("Rwandan military officers", "PER", "RWA", ["ruandische Offiziere"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi", "Tshisekedi"]),
        entity("Paul Kagame", "PER", "RWA", ["Ruandas Präsident Paul Kagame"]),
        entity("Doha", "LOC", "QAT", ["der katarischen Hauptstadt Doha"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["Emir Tamim bin Hamad Al Thani"]),
        entity("Qatar", "LOC", "QAT", ["Katars"]),
        entity("diplomats", "PER", "AGO", ["Diplomaten"]),
        entity("Goma", "LOC", "COD", ["die Provinzhauptstadt Goma"]),
        entity("Bukavu", "LOC", "COD", ["Bukavu"]),
        entity("UN Group of Experts on the DR Congo", "ORG", "UNO", ["UN-Experten"]),
        entity("United States", "ORG", "USA", ["die USA"]),
        entity("Rwandan Defence Force", "ORG", "RWA", ["Tausenden eigenen Soldaten"]),
        entity("Democratic Forces for the Liberation of Rwanda", "ORG", "RWA", ["die Hutu-Miliz FDLR"]),
        entity("Téte António", "PER", "AGO", ["Angolas Außenminister Téte António"]),
    ],
}

# ---------------------------------------------------------------- hm465-de-03 (CAR, aid worker held as spy)
CAF_SECURITY = actor("security forces of the Central African Republic", "CAF", "COP")
FIGUEIRA = actor("Joseph Figueira Martin", "BEL", "NGO")
CAF_ARMY = actor("Armed Forces of the Central African Republic", "CAF", "MIL")
CAF_PROSECUTOR = actor("Public Prosecutor's Office of the Central African Republic", "CAF", "JUD")
CAF_GOV = actor("Government of the Central African Republic", "CAF", "GOV")
FHI360 = actor("FHI 360", "USA", "NGO")
BEL_MFA = actor("Ministry of Foreign Affairs of Belgium", "BEL", "GOV")
BEL_GOV = actor("Government of Belgium", "BEL", "GOV")
RANGEL = actor("Paulo Rangel", "PRT", "GOV")
PRO_RUSSIAN = actor("pro-Russian social media channels", "RUS", "MED")
MINUSCA = actor("MINUSCA", "UNO", "IGO")

C1 = ("Bangui (AFP) - In der Zentralafrikanischen Republik ist ein belgisch-portugiesischer Mitarbeiter einer "
      "US-Hilfsorganisation unter Spionageverdacht festgenommen worden.")
C2 = ("Joseph Figueira Martin sei bereits Mitte Mai in der Region Haut-Mbomou im Südosten des Landes von Soldaten in "
      "Gewahrsam genommen worden, sagte ein Sprecher der Staatsanwaltschaft in Bangui am Donnerstag.")
C3 = ("Augenzeugen zufolge sollen an dem Einsatz auch russische Kämpfer beteiligt gewesen sein.")
C4 = ("Der 39-Jährige werde der Spionage und der Verschwörung gegen die Staatssicherheit verdächtigt und solle in den "
      "kommenden Tagen einem Ermittlungsrichter vorgeführt werden.")
C5 = ("Nach Darstellung der Behörden soll er Kontakte zu bewaffneten Gruppen unterhalten haben, die im Südosten gegen "
      "die Armee kämpfen.")
C6 = "Eine formelle Anklage wurde bislang nicht erhoben."
C7 = ("Die Organisation FHI 360, für die Figueira Martin in einem Gesundheitsprojekt arbeitete, wies die Vorwürfe "
      "entschieden zurück.")
C8 = "Ihr Mitarbeiter sei ausschließlich humanitär tätig gewesen, erklärte die Organisation mit Sitz in den USA."
C9 = "FHI 360 forderte seine sofortige Freilassung."
C10 = ("Das belgische Außenministerium bestätigte die Festnahme und erklärte, man stehe mit den zentralafrikanischen "
       "Behörden in engem Kontakt.")
C11 = "Brüssel habe konsularischen Zugang zu dem Inhaftierten beantragt, hieß es."
C12 = "Auch Portugals Außenminister Paulo Rangel verlangte ein faires Verfahren für den Doppelstaatler."
C13 = ("Prorussische Kanäle in den sozialen Medien hatten den Festgenommenen schon vor Tagen als Agenten westlicher "
       "Geheimdienste dargestellt.")
C14 = "Der Einfluss Russlands in dem Land ist seit 2018 stark gewachsen."
C15 = ("Die UN-Mission Minusca erklärte, sie beobachte den Fall aufmerksam, und rief die Behörden zur Einhaltung "
       "rechtsstaatlicher Standards auf.")
C16 = ("Hilfsorganisationen zufolge hat sich die Sicherheitslage in Haut-Mbomou seit dem vergangenen Jahr deutlich "
       "verschlechtert.")

DE03 = {
    "id": "hm465-de-03", "lang": "de", "url": None, "published": "2024-05-24",
    "title": "Zentralafrika: Mitarbeiter von US-Hilfsorganisation unter Spionageverdacht festgenommen",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9], [C10, C11, C12], [C13, C14, C15, C16]),
    "events": [
        event("COERCE", CAF_SECURITY, FIGUEIRA, C1, mode="arrest", location_country="CAF"),
        event("COERCE", CAF_ARMY, FIGUEIRA, C2, mode="arrest", location="Haut-Mbomou", location_country="CAF"),
        event("ACCUSE", CAF_PROSECUTOR, FIGUEIRA, C4, mode="allege"),
        event("ACCUSE", CAF_GOV, FIGUEIRA, C5, mode="allege"),
        event("ACCUSE", CAF_PROSECUTOR, FIGUEIRA, C6, mode="allege", negated=True),
        event("REQUEST", FHI360, CAF_GOV, C9, mode="yield"),
        event("CONSULT", BEL_MFA, CAF_GOV, C10),
        event("REQUEST", BEL_GOV, CAF_GOV, C11),
        event("REQUEST", RANGEL, CAF_GOV, C12),
        event("ACCUSE", PRO_RUSSIAN, FIGUEIRA, C13, mode="allege"),
        event("REQUEST", MINUSCA, CAF_GOV, C15),
    ],
    "quotes": [
        quote("Joseph Figueira Martin sei bereits Mitte Mai in der Region Haut-Mbomou im Südosten des Landes von "
              "Soldaten in Gewahrsam genommen worden",
              "Spokesperson of the Public Prosecutor's Office of the Central African Republic", "indirect"),
        quote("Augenzeugen zufolge sollen an dem Einsatz auch russische Kämpfer beteiligt gewesen sein", "eyewitnesses",
              "indirect"),
        quote("Der 39-Jährige werde der Spionage und der Verschwörung gegen die Staatssicherheit verdächtigt und solle "
              "in den kommenden Tagen einem Ermittlungsrichter vorgeführt werden",
              "Spokesperson of the Public Prosecutor's Office of the Central African Republic", "indirect"),
        quote("Nach Darstellung der Behörden soll er Kontakte zu bewaffneten Gruppen unterhalten haben, die im Südosten "
              "gegen die Armee kämpfen", "Government of the Central African Republic", "indirect"),
        quote("Ihr Mitarbeiter sei ausschließlich humanitär tätig gewesen", "FHI 360", "indirect"),
        quote("man stehe mit den zentralafrikanischen Behörden in engem Kontakt", "Ministry of Foreign Affairs of Belgium",
              "indirect"),
        quote("Brüssel habe konsularischen Zugang zu dem Inhaftierten beantragt", "Ministry of Foreign Affairs of Belgium",
              "indirect"),
        quote("sie beobachte den Fall aufmerksam", "MINUSCA", "indirect"),
        quote("Hilfsorganisationen zufolge hat sich die Sicherheitslage in Haut-Mbomou seit dem vergangenen Jahr "
              "deutlich verschlechtert", "aid organisations", "indirect"),
    ],
    "entities": [
        entity("Bangui", "LOC", "CAF", ["Bangui"]),
        entity("Central African Republic", "LOC", "CAF", ["der Zentralafrikanischen Republik", "des Landes",
                                                          "dem Land"]),
        entity("Joseph Figueira Martin", "PER", "BEL",
               ["ein belgisch-portugiesischer Mitarbeiter einer US-Hilfsorganisation", "Joseph Figueira Martin",
                "Der 39-Jährige", "er", "Figueira Martin", "Ihr Mitarbeiter", "seine", "dem Inhaftierten",
                "den Doppelstaatler", "den Festgenommenen"]),
        entity("FHI 360", "ORG", "USA", ["einer US-Hilfsorganisation", "Die Organisation FHI 360",
                                         "die Organisation mit Sitz in den USA", "FHI 360"]),
        entity("Haut-Mbomou", "LOC", "CAF", ["der Region Haut-Mbomou", "Haut-Mbomou"]),
        entity("Armed Forces of the Central African Republic", "ORG", "CAF", ["Soldaten", "die Armee"]),
        entity("Public Prosecutor's Office of the Central African Republic", "ORG", "CAF",
               ["der Staatsanwaltschaft in Bangui"]),
        entity("Spokesperson of the Public Prosecutor's Office of the Central African Republic", "PER", "CAF",
               ["ein Sprecher der Staatsanwaltschaft in Bangui"]),
        entity("eyewitnesses", "PER", "CAF", ["Augenzeugen"]),
        entity("Russian fighters", "ORG", "RUS", ["russische Kämpfer"]),
        entity("Government of the Central African Republic", "ORG", "CAF",
               ["der Behörden", "den zentralafrikanischen Behörden", "die Behörden"]),
        entity("armed groups in the Central African Republic", "ORG", "CAF", ["bewaffneten Gruppen"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Ministry of Foreign Affairs of Belgium", "ORG", "BEL", ["Das belgische Außenministerium"]),
        entity("Government of Belgium", "ORG", "BEL", ["Brüssel"]),
        entity("Portugal", "LOC", "PRT", ["Portugals"]),
        entity("Paulo Rangel", "PER", "PRT", ["Portugals Außenminister Paulo Rangel"]),
        entity("pro-Russian social media channels", "ORG", "RUS", ["Prorussische Kanäle in den sozialen Medien"]),
        entity("Russia", "LOC", "RUS", ["Russlands"]),
        entity("MINUSCA", "ORG", "UNO", ["Die UN-Mission Minusca", "sie"]),
        entity("aid organisations", "ORG", "NGO", ["Hilfsorganisationen"]),
    ],
}

# ---------------------------------------------------------------- hm465-de-04 (South Africa/Israel, diplomats recalled)
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
NTSHAVHENI = actor("Khumbudzo Ntshavheni", "ZAF", "GOV")
BELOTSERCOVSKY = actor("Eliav Belotsercovsky", "ISR", "GOV")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
PANDOR = actor("Naledi Pandor", "ZAF", "GOV")
HANIYEH = actor("Ismail Haniyeh", "PSE", "REB")
EFF = actor("Economic Freedom Fighters", "ZAF", "OPP")
MALEMA = actor("Julius Malema", "ZAF", "OPP")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
SAJBD = actor("South African Jewish Board of Deputies", "ZAF", "REL")

D1 = ("Johannesburg (dpa) - Südafrika hat aus Protest gegen das israelische Vorgehen im Gazastreifen alle seine "
      "Diplomaten aus Israel zu Konsultationen zurückgerufen.")
D2 = ("Die Regierung sei äußerst besorgt über die anhaltende Tötung von Kindern und unschuldigen Zivilisten in den "
      "palästinensischen Gebieten, sagte die Ministerin im Präsidialamt, Khumbudzo Ntshavheni, am Montag in Pretoria.")
D3 = "Die „Kollektivbestrafung“ der Palästinenser durch Israel komme einem Völkermord gleich, fügte sie hinzu."
D4 = ("Die Position des israelischen Botschafters Eliav Belotsercovsky in Pretoria werde zunehmend „unhaltbar“, "
      "sagte Ntshavheni mit Blick auf dessen Äußerungen über Kritiker Israels.")
D5 = "Israel rief seinerseits am Abend seinen Botschafter aus Südafrika zu Konsultationen nach Jerusalem zurück."
D6 = ("Das israelische Außenministerium warf Pretoria vor, sich auf die Seite der Terrororganisation Hamas zu "
      "stellen.")
D7 = "Südafrikas Außenministerin Naledi Pandor hatte im Oktober mit Hamas-Führer Ismail Hanija telefoniert."
D8 = "Pandor erklärte damals, es sei in dem Gespräch ausschließlich um humanitäre Hilfe für den Gazastreifen gegangen."
D9 = ("Die linke Oppositionspartei Economic Freedom Fighters (EFF) brachte im Parlament einen Antrag ein, der die "
      "Schließung der israelischen Botschaft und den Abbruch der diplomatischen Beziehungen fordert.")
D10 = "EFF-Chef Julius Malema warf Präsident Cyril Ramaphosa vor, viel zu zögerlich zu handeln."
D11 = "Ramaphosas Partei ANC ließ zunächst offen, ob sie den Antrag unterstützen werde."
D12 = ("Der Südafrikanische Jüdische Abgeordnetenrat (SAJBD) kritisierte den Rückruf der Diplomaten als "
       "„kontraproduktiv“.")
D13 = ("Er rief die Regierung auf, sich stattdessen für die Freilassung der in den Gazastreifen verschleppten Geiseln "
       "einzusetzen.")
D14 = ("Der ANC unterstützt seit Jahrzehnten die palästinensische Sache und zieht immer wieder Parallelen zum Kampf "
       "gegen die Apartheid.")
D15 = "Bei dem Terrorangriff auf Israel am 7. Oktober waren rund 1400 Menschen getötet worden."
D16 = ("Seitdem wurden im Gazastreifen nach Angaben der von der Hamas kontrollierten Gesundheitsbehörde mehr als "
       "10.000 Menschen getötet.")

DE04 = {
    "id": "hm465-de-04", "lang": "de", "url": None, "published": "2023-11-06",
    "title": "Südafrika ruft Diplomaten aus Israel zurück",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11], [D12, D13, D14], [D15, D16]),
    "events": [
        event("SANCTION", ZAF_GOV, ISR_GOV, D1, mode="withdraw"),
        event("ACCUSE", NTSHAVHENI, ISR_GOV, D2, mode="disapprove", date="2023-11-06", location="Pretoria",
              location_country="ZAF"),
        event("ACCUSE", NTSHAVHENI, ISR_GOV, D3, mode="allege"),
        event("ACCUSE", NTSHAVHENI, BELOTSERCOVSKY, D4, mode="disapprove"),
        event("SANCTION", ISR_GOV, ZAF_GOV, D5, mode="withdraw", date="2023-11-06"),
        event("ACCUSE", ISR_MFA, ZAF_GOV, D6, mode="disapprove"),
        event("CONSULT", PANDOR, HANIYEH, D7, mode="phone"),
        event("REQUEST", EFF, ZAF_GOV, D9, mode="change"),
        event("ACCUSE", MALEMA, RAMAPHOSA, D10, mode="disapprove"),
        event("ACCUSE", SAJBD, ZAF_GOV, D12, mode="disapprove"),
        event("REQUEST", SAJBD, ZAF_GOV, D13),
    ],
    "quotes": [
        quote("Die Regierung sei äußerst besorgt über die anhaltende Tötung von Kindern und unschuldigen Zivilisten in "
              "den palästinensischen Gebieten", "Khumbudzo Ntshavheni", "indirect"),
        quote("Kollektivbestrafung", "Khumbudzo Ntshavheni", "direct"),
        quote("Die „Kollektivbestrafung“ der Palästinenser durch Israel komme einem Völkermord gleich",
              "Khumbudzo Ntshavheni", "indirect"),
        quote("unhaltbar", "Khumbudzo Ntshavheni", "direct"),
        quote("Die Position des israelischen Botschafters Eliav Belotsercovsky in Pretoria werde zunehmend "
              "„unhaltbar“", "Khumbudzo Ntshavheni", "indirect"),
        quote("sich auf die Seite der Terrororganisation Hamas zu stellen", "Ministry of Foreign Affairs of Israel",
              "indirect"),
        quote("es sei in dem Gespräch ausschließlich um humanitäre Hilfe für den Gazastreifen gegangen", "Naledi Pandor",
              "indirect"),
        quote("viel zu zögerlich zu handeln", "Julius Malema", "indirect"),
        quote("kontraproduktiv", "South African Jewish Board of Deputies", "direct"),
        quote("sich stattdessen für die Freilassung der in den Gazastreifen verschleppten Geiseln einzusetzen",
              "South African Jewish Board of Deputies", "indirect"),
        quote("Seitdem wurden im Gazastreifen nach Angaben der von der Hamas kontrollierten Gesundheitsbehörde mehr "
              "als 10.000 Menschen getötet", "Gaza Health Ministry", "indirect"),
    ],
    "entities": [
        entity("Johannesburg", "LOC", "ZAF", ["Johannesburg"]),
        entity("Government of South Africa", "ORG", "ZAF", ["Südafrika", "Die Regierung", "Pretoria", "die Regierung"]),
        entity("South Africa", "LOC", "ZAF", ["Südafrika", "Südafrikas"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen", "den Gazastreifen"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israels"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Palestinian territories", "LOC", "PSE", ["den palästinensischen Gebieten"]),
        entity("Khumbudzo Ntshavheni", "PER", "ZAF", ["die Ministerin im Präsidialamt, Khumbudzo Ntshavheni", "sie",
                                                      "Ntshavheni"]),
        entity("Pretoria", "LOC", "ZAF", ["Pretoria"]),
        entity("Eliav Belotsercovsky", "PER", "ISR", ["des israelischen Botschafters Eliav Belotsercovsky",
                                                      "dessen", "seinen Botschafter"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Das israelische Außenministerium"]),
        entity("Hamas", "ORG", "PSE", ["der Terrororganisation Hamas", "der Hamas"]),
        entity("Naledi Pandor", "PER", "ZAF", ["Südafrikas Außenministerin Naledi Pandor", "Pandor"]),
        entity("Ismail Haniyeh", "PER", "PSE", ["Hamas-Führer Ismail Hanija"]),
        entity("Economic Freedom Fighters", "ORG", "ZAF",
               ["Die linke Oppositionspartei Economic Freedom Fighters (EFF)"]),
        entity("Parliament of South Africa", "ORG", "ZAF", ["im Parlament"]),
        entity("Embassy of Israel in South Africa", "ORG", "ISR", ["der israelischen Botschaft"]),
        entity("Julius Malema", "PER", "ZAF", ["EFF-Chef Julius Malema"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Präsident Cyril Ramaphosa", "Ramaphosas"]),
        entity("African National Congress", "ORG", "ZAF", ["Ramaphosas Partei ANC", "sie", "Der ANC"]),
        entity("South African Jewish Board of Deputies", "ORG", "ZAF",
               ["Der Südafrikanische Jüdische Abgeordnetenrat (SAJBD)", "Er"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["der von der Hamas kontrollierten Gesundheitsbehörde"]),
    ],
}

# ---------------------------------------------------------------- hm465-en-01 (Tanzania, election and unrest)
INEC = actor("Independent National Electoral Commission of Tanzania", "TZA", "GOV")
CHADEMA = actor("Chadema", "TZA", "OPP")
TZA_PROTESTERS = actor("Tanzanian protesters", "TZA", "CVL")
TZA_GOV = actor("Government of Tanzania", "TZA", "GOV")
TZA_POLICE = actor("Tanzania Police Force", "TZA", "COP")
DAR_RESIDENTS = actor("residents of Dar es Salaam", "TZA", "CVL")
TZA_SECURITY = actor("Tanzanian security forces", "TZA", "COP")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
MKUNDA = actor("Jacob Mkunda", "TZA", "MIL")
HECHE = actor("John Heche", "TZA", "OPP")
SADC_OBS = actor("SADC Electoral Observation Mission", "IGO", "IGO")
RUTO = actor("William Ruto", "KEN", "GOV")
HASSAN = actor("Samia Suluhu Hassan", "TZA", "GOV")

T1 = ("DAR ES SALAAM, Tanzania (AP) — Tanzania’s President Samia Suluhu Hassan was declared the winner of this "
      "week’s election with nearly 98% of the vote on Saturday, as the country remained under a curfew and an "
      "internet blackout after days of deadly unrest.")
T2 = ("The chairman of the Independent National Electoral Commission, Jacobs Mwambegele, said Hassan had received "
      "more than 31 million votes in Wednesday’s presidential poll.")
T3 = ("The main opposition party, Chadema, was barred from the vote by the commission after it refused to sign an "
      "electoral code of conduct, and its leader, Tundu Lissu, is on trial for treason.")
T4 = ("Thousands of young people took to the streets of Dar es Salaam, Arusha and Mwanza on election day, tearing "
      "down campaign posters of Hassan and setting a police station on fire.")
T5 = "Police fired tear gas to disperse the crowds, and witnesses said they heard gunfire late into the night."
T6 = "The police chief imposed a curfew on Dar es Salaam on Wednesday evening."
T7 = "The government also shut down internet access across the country, a blackout that was still in place Saturday."
T8 = ("Chadema said Friday that about 700 people had been killed by security forces across the country, a figure "
      "that could not be independently verified.")
T9 = ("Government spokesman Gerson Msigwa dismissed the figure as “exaggerated” and said the security forces had "
      "acted to protect lives and property.")
T10 = ("The U.N. human rights office said it had received reports of at least 10 deaths and urged the security "
       "forces to refrain from using unnecessary or disproportionate force.")
T11 = ("Army chief Gen. Jacob Mkunda called the protesters “criminals” and warned that the military would deal "
       "firmly with anyone who threatened public order.")
T12 = ("Chadema’s deputy chairman, John Heche, has been in police custody since he was detained outside the courtroom "
       "where Lissu is on trial last week.")
T13 = ("Election observers from the Southern African Development Community said in a preliminary statement that the "
       "vote had fallen short of the bloc’s democratic standards, citing the exclusion of opposition candidates and "
       "the internet shutdown.")
T14 = "Kenyan President William Ruto congratulated Hassan in a statement and called on all sides to exercise restraint."
T15 = ("Hassan, who took office in 2021 after the death of President John Magufuli, is due to be sworn in for a second "
       "term on Monday.")

EN01 = {
    "id": "hm465-en-01", "lang": "en", "url": None, "published": "2025-11-01",
    "title": "Tanzania’s president declared election winner with 98% amid curfew and internet blackout",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7], [T8, T9, T10, T11, T12], [T13, T14, T15]),
    "events": [
        event("COERCE", INEC, CHADEMA, T3, mode="ban"),
        event("REJECT", CHADEMA, INEC, T3),
        event("PROTEST", TZA_PROTESTERS, TZA_GOV, T4, mode="riot", date="2025-10-29", location_country="TZA"),
        event("ASSAULT", TZA_POLICE, TZA_PROTESTERS, T5, mode="crowd-control", location_country="TZA"),
        event("COERCE", TZA_POLICE, DAR_RESIDENTS, T6, mode="curfew", date="2025-10-29", location="Dar es Salaam",
              location_country="TZA"),
        event("COERCE", TZA_GOV, None, T7, mode="censor", location_country="TZA"),
        event("ACCUSE", CHADEMA, TZA_SECURITY, T8, mode="allege", date="2025-10-31"),
        event("REQUEST", OHCHR, TZA_SECURITY, T10),
        event("ACCUSE", MKUNDA, TZA_PROTESTERS, T11, mode="disapprove"),
        event("THREATEN", MKUNDA, TZA_PROTESTERS, T11),
        event("COERCE", TZA_POLICE, HECHE, T12, mode="arrest"),
        event("ACCUSE", SADC_OBS, TZA_GOV, T13, mode="disapprove"),
        event("SUPPORT", RUTO, HASSAN, T14),
        event("REQUEST", RUTO, None, T14),
    ],
    "quotes": [
        quote("Hassan had received more than 31 million votes in Wednesday’s presidential poll", "Jacobs Mwambegele",
              "indirect"),
        quote("they heard gunfire late into the night", "witnesses", "indirect"),
        quote("about 700 people had been killed by security forces across the country", "Chadema", "indirect"),
        quote("exaggerated", "Gerson Msigwa", "direct"),
        quote("the security forces had acted to protect lives and property", "Gerson Msigwa", "indirect"),
        quote("it had received reports of at least 10 deaths",
              "Office of the United Nations High Commissioner for Human Rights", "indirect"),
        quote("criminals", "Jacob Mkunda", "direct"),
        quote("the military would deal firmly with anyone who threatened public order", "Jacob Mkunda", "indirect"),
        quote("the vote had fallen short of the bloc’s democratic standards, citing the exclusion of opposition "
              "candidates and the internet shutdown", "SADC Electoral Observation Mission", "indirect"),
    ],
    "entities": [
        entity("Dar es Salaam", "LOC", "TZA", ["DAR ES SALAAM", "Dar es Salaam"]),
        entity("Tanzania", "LOC", "TZA", ["Tanzania", "Tanzania’s", "the country"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["Tanzania’s President Samia Suluhu Hassan", "Hassan"]),
        entity("Independent National Electoral Commission of Tanzania", "ORG", "TZA",
               ["the Independent National Electoral Commission", "the commission"]),
        entity("Jacobs Mwambegele", "PER", "TZA",
               ["The chairman of the Independent National Electoral Commission, Jacobs Mwambegele"]),
        entity("Chadema", "ORG", "TZA", ["The main opposition party, Chadema", "it", "its", "Chadema",
                                         "Chadema’s"]),
        entity("Tundu Lissu", "PER", "TZA", ["its leader, Tundu Lissu", "Lissu"]),
        entity("Tanzanian protesters", "PER", "TZA", ["Thousands of young people", "the crowds", "the protesters"]),
        entity("Arusha", "LOC", "TZA", ["Arusha"]),
        entity("Mwanza", "LOC", "TZA", ["Mwanza"]),
        entity("Tanzania Police Force", "ORG", "TZA", ["Police", "police"]),
        entity("witnesses", "PER", "TZA", ["witnesses"]),
        entity("Inspector General of Police of Tanzania", "PER", "TZA", ["The police chief"]),
        entity("Government of Tanzania", "ORG", "TZA", ["The government"]),
        entity("Tanzanian security forces", "ORG", "TZA", ["security forces", "the security forces"]),
        entity("Gerson Msigwa", "PER", "TZA", ["Government spokesman Gerson Msigwa"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["The U.N. human rights office", "it"]),
        entity("Jacob Mkunda", "PER", "TZA", ["Army chief Gen. Jacob Mkunda"]),
        entity("Tanzania People's Defence Force", "ORG", "TZA", ["the military"]),
        entity("John Heche", "PER", "TZA", ["Chadema’s deputy chairman, John Heche", "he"]),
        entity("SADC Electoral Observation Mission", "ORG", "IGO",
               ["Election observers from the Southern African Development Community"]),
        entity("Southern African Development Community", "ORG", "IGO",
               ["the Southern African Development Community", "the bloc’s"]),
        entity("William Ruto", "PER", "KEN", ["Kenyan President William Ruto"]),
        entity("John Magufuli", "PER", "TZA", ["President John Magufuli"]),
    ],
}

# ---------------------------------------------------------------- hm465-en-02 (Ghana/US, Ofori-Atta detained)
ICE = actor("U.S. Immigration and Customs Enforcement", "USA", "COP")
OFORI_ATTA = actor("Ken Ofori-Atta", "GHA", "CVL")
OSP = actor("Office of the Special Prosecutor of Ghana", "GHA", "JUD")
AYINE = actor("Dominic Ayine", "GHA", "GOV")
US_DOJ = actor("United States Department of Justice", "USA", "GOV")
AGYEBENG = actor("Kissi Agyebeng", "GHA", "JUD")
NPP = actor("New Patriotic Party", "GHA", "PTY")
GHA_GOV = actor("Government of Ghana", "GHA", "GOV")
IMF = actor("International Monetary Fund", "IGO", "IGO")

G1 = ("ACCRA, Ghana (AP) — Ghana’s former finance minister Ken Ofori-Atta has been detained by U.S. immigration "
      "authorities, his lawyers said Thursday, months after prosecutors in Accra declared him a fugitive over "
      "alleged corruption.")
G2 = ("He was taken into custody by U.S. Immigration and Customs Enforcement on Tuesday over an issue relating to his "
      "visa status, his legal team said in a statement.")
G3 = ("The lawyers said the detention had nothing to do with the case in Ghana and that they expected the matter to "
      "be resolved quickly.")
G4 = ("Ofori-Atta, 66, has been in the United States since early this year, where his lawyers say he is receiving "
      "medical treatment.")
G5 = ("Ghana’s Attorney General Dominic Ayine welcomed the detention and said his office had already submitted a "
      "formal extradition request to the U.S. Justice Department.")
G6 = "“We will pursue every legal avenue to bring him home to answer the charges,” Ayine told reporters in Accra."
G7 = ("The Office of the Special Prosecutor declared Ofori-Atta a wanted fugitive in February after he failed to "
      "appear for questioning.")
G8 = ("Special Prosecutor Kissi Agyebeng accuses him of causing financial loss to the state through a "
      "revenue-assurance contract with Strategic Mobilisation Ghana Ltd. and several other deals.")
G9 = "Ofori-Atta has denied any wrongdoing and called the investigation a political witch hunt."
G10 = ("The New Patriotic Party, now in opposition, accused President John Mahama’s government of using its "
       "anti-corruption drive to persecute its members.")
G11 = ("Mahama, who returned to power in January, has made the recovery of looted state funds a central promise of "
       "his presidency.")
G12 = ("Ofori-Atta oversaw Ghana’s finances during a debt crisis that forced the country to turn to the International "
       "Monetary Fund for a $3 billion bailout.")
G13 = "The IMF approved the loan in May 2023."
G14 = "His lawyers did not say where he was being held."

EN02 = {
    "id": "hm465-en-02", "lang": "en", "url": None, "published": "2025-07-17",
    "title": "Ghana’s ex-finance minister Ofori-Atta detained by US immigration authorities",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11], [G12, G13, G14]),
    "events": [
        event("COERCE", ICE, OFORI_ATTA, G1, mode="arrest"),
        event("THREATEN", OSP, OFORI_ATTA, G1, mode="arrest"),
        event("COERCE", ICE, OFORI_ATTA, G2, mode="arrest", date="2025-07-15"),
        event("SUPPORT", AYINE, ICE, G5),
        event("REQUEST", AYINE, US_DOJ, G5),
        event("THREATEN", OSP, OFORI_ATTA, G7, mode="arrest"),
        event("ACCUSE", AGYEBENG, OFORI_ATTA, G8, mode="allege"),
        event("ACCUSE", OFORI_ATTA, OSP, G9, mode="disapprove"),
        event("ACCUSE", NPP, GHA_GOV, G10, mode="disapprove"),
        event("REQUEST", GHA_GOV, IMF, G12, mode="assist"),
        event("AID", IMF, GHA_GOV, G13),
    ],
    "quotes": [
        quote("Ghana’s former finance minister Ken Ofori-Atta has been detained by U.S. immigration authorities",
              "lawyers of Ken Ofori-Atta", "indirect"),
        quote("He was taken into custody by U.S. Immigration and Customs Enforcement on Tuesday over an issue relating "
              "to his visa status", "lawyers of Ken Ofori-Atta", "indirect"),
        quote("the detention had nothing to do with the case in Ghana and that they expected the matter to be resolved "
              "quickly", "lawyers of Ken Ofori-Atta", "indirect"),
        quote("he is receiving medical treatment", "lawyers of Ken Ofori-Atta", "indirect"),
        quote("his office had already submitted a formal extradition request to the U.S. Justice Department",
              "Dominic Ayine", "indirect"),
        quote("We will pursue every legal avenue to bring him home to answer the charges", "Dominic Ayine", "direct"),
    ],
    "entities": [
        entity("Accra", "LOC", "GHA", ["ACCRA", "Accra"]),
        entity("Ghana", "LOC", "GHA", ["Ghana", "Ghana’s", "the country"]),
        entity("Ken Ofori-Atta", "PER", "GHA",
               ["Ghana’s former finance minister Ken Ofori-Atta", "him", "He", "his", "Ofori-Atta", "he"]),
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA",
               ["U.S. immigration authorities", "U.S. Immigration and Customs Enforcement"]),
        entity("lawyers of Ken Ofori-Atta", "PER", "GHA", ["his lawyers", "his legal team", "The lawyers",
                                                           "His lawyers"]),
        entity("Office of the Special Prosecutor of Ghana", "ORG", "GHA",
               ["prosecutors in Accra", "The Office of the Special Prosecutor"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Dominic Ayine", "PER", "GHA", ["Ghana’s Attorney General Dominic Ayine", "Ayine"]),
        entity("Office of the Attorney General of Ghana", "ORG", "GHA", ["his office"]),
        entity("United States Department of Justice", "ORG", "USA", ["the U.S. Justice Department"]),
        entity("Kissi Agyebeng", "PER", "GHA", ["Special Prosecutor Kissi Agyebeng"]),
        entity("Strategic Mobilisation Ghana Ltd.", "ORG", "GHA", ["Strategic Mobilisation Ghana Ltd."]),
        entity("New Patriotic Party", "ORG", "GHA", ["The New Patriotic Party"]),
        entity("Government of Ghana", "ORG", "GHA", ["President John Mahama’s government"]),
        entity("John Mahama", "PER", "GHA", ["President John Mahama’s", "Mahama"]),
        entity("International Monetary Fund", "ORG", "IGO", ["the International Monetary Fund", "The IMF"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
