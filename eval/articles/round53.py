"""Round 53: six blind hand-made wire-style articles (4 German, 2 English), written 2026-11-30.

Invented but plausible texts on real 2024-2025 settings, annotated by ../../shared/data/articles/CONVENTIONS.md:

- hm53-de-01: Sudan breaks off relations with the UAE during RSF drone strikes on Port Sudan (May 2025).
- hm53-de-02: Estonia asks for NATO Article 4 consultations after Russian MiG-31s enter its airspace (Sep 2025).
- hm53-de-03: China warns its citizens against travel to Japan over Takaichi's Taiwan remarks (Nov 2025).
- hm53-de-04: The Houthis detain UN staff in Yemen, the WFP pauses deliveries (June 2024).
- hm53-en-01: Timor-Leste is admitted to ASEAN at the Kuala Lumpur summit (Oct 2025).
- hm53-en-02: Peru's state of emergency in Lima after a singer's killing, transport strike (March 2025).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm53-de-01 (Sudan / UAE)
SD1 = "Der Sudan hat die diplomatischen Beziehungen zu den Vereinigten Arabischen Emiraten abgebrochen."
SD2 = ("Der Sicherheits- und Verteidigungsrat warf den Emiraten am Dienstag vor, die Miliz Rapid Support Forces "
       "(RSF) mit Waffen und Drohnen zu beliefern.")
SD3 = "Der sudanesische Botschafter in Abu Dhabi werde zurückgerufen, hieß es in einer Erklärung des Gremiums."
SD4 = ("Seit Sonntag greifen Drohnen der RSF nahezu täglich Ziele in Port Sudan an, wo die Regierung seit "
       "Kriegsbeginn ihren Sitz hat.")
SD5 = ("Am Dienstag trafen sie nach Angaben der Armee ein Treibstofflager, den internationalen Flughafen und ein "
       "Hotel nahe dem Amtssitz des Armeechefs.")
SD6 = ("Armeechef Abdel Fattah al-Burhan sagte in einer Fernsehansprache: „Die Emirate sind der Feind des "
       "sudanesischen Volkes.“")
SD7 = "Abu Dhabi wies die Vorwürfe als haltlos zurück."
SD8 = "UN-Generalsekretär António Guterres rief die Armee und die RSF zu einer sofortigen Waffenruhe auf."
SD9 = "Die Afrikanische Union kündigte an, ihren Sondergesandten nach Port Sudan zu schicken."

SDN = actor("Sudan", "SDN", "GOV")
ARE = actor("United Arab Emirates", "ARE", "GOV")
SDC = actor("Security and Defence Council of Sudan", "SDN", "GOV")
RSF = actor("Rapid Support Forces", "SDN", "REB")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
GUTERRES = actor("António Guterres", "UNO", "IGO")
AU = actor("African Union", "IGO", "IGO")

DE01 = {
    "id": "hm53-de-01", "lang": "de", "url": None, "published": "2025-05-07",
    "title": "Sudan bricht Beziehungen zu den Emiraten ab",
    "text": paragraphs([SD1, SD2, SD3], [SD4, SD5, SD6], [SD7, SD8, SD9]),
    "events": [
        event("SANCTION", SDN, ARE, SD1, mode="discontinue"),
        event("ACCUSE", SDC, ARE, SD2, mode="allege", date="2025-05-06"),
        event("SANCTION", SDC, ARE, SD3, mode="withdraw"),
        event("ASSAULT", RSF, SDN, SD4, mode="drone", location="Port Sudan", location_country="SDN"),
        event("ACCUSE", SAF, RSF, SD5, mode="allege", date="2025-05-06", location="Port Sudan",
              location_country="SDN"),
        event("ACCUSE", BURHAN, ARE, SD6, mode="disapprove"),
        event("REQUEST", GUTERRES, SAF, SD8),
        event("REQUEST", GUTERRES, RSF, SD8),
        event("AGREE", AU, SDN, SD9, location="Port Sudan", location_country="SDN"),
    ],
    "quotes": [
        quote("die Miliz Rapid Support Forces (RSF) mit Waffen und Drohnen zu beliefern",
              "Security and Defence Council of Sudan", "indirect"),
        quote("Der sudanesische Botschafter in Abu Dhabi werde zurückgerufen", "Security and Defence Council of Sudan",
              "indirect"),
        quote("Am Dienstag trafen sie nach Angaben der Armee ein Treibstofflager, den internationalen Flughafen und ein "
              "Hotel nahe dem Amtssitz des Armeechefs", "Sudanese Armed Forces", "indirect"),
        quote("Die Emirate sind der Feind des sudanesischen Volkes", "Abdel Fattah al-Burhan", "direct"),
    ],
    "entities": [
        entity("Sudan", "GPE", "SDN", ["Der Sudan"]),
        entity("United Arab Emirates", "GPE", "ARE",
               ["den Vereinigten Arabischen Emiraten", "den Emiraten", "Die Emirate", "Abu Dhabi"]),
        entity("Security and Defence Council of Sudan", "ORG", "SDN",
               ["Der Sicherheits- und Verteidigungsrat", "des Gremiums"]),
        entity("Rapid Support Forces", "ORG", "SDN",
               ["die Miliz Rapid Support Forces (RSF)", "der RSF", "sie", "die RSF"]),
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["der Armee", "die Armee"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Armeechef Abdel Fattah al-Burhan", "des Armeechefs"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
    ],
}

# ---------------------------------------------------------------- hm53-de-02 (Estonia / Russia / NATO)
EE1 = ("Estland hat nach dem Eindringen russischer Kampfjets in seinen Luftraum Konsultationen nach Artikel 4 des "
       "Nato-Vertrags beantragt.")
EE2 = ("Drei Maschinen vom Typ MiG-31 waren am Freitag nach Angaben der Regierung in Tallinn zwölf Minuten lang nahe "
       "der Insel Vaindloo in den estnischen Luftraum eingedrungen.")
EE3 = ("Italienische F-35-Jets, die zur Nato-Luftraumüberwachung im Baltikum stationiert sind, stiegen auf und "
       "begleiteten die russischen Flugzeuge hinaus.")
EE3B = "Schüsse seien nicht abgegeben worden, teilte die italienische Luftwaffe mit."
EE4 = "Das Außenministerium bestellte den russischen Geschäftsträger ein und übergab ihm eine Protestnote."
EE5 = "Außenminister Margus Tsahkna nannte den Vorfall »beispiellos dreist«."
EE6 = "Russland habe in diesem Jahr bereits viermal den estnischen Luftraum verletzt, sagte er."
EE7 = "Das Verteidigungsministerium in Moskau bestritt jede Verletzung fremden Luftraums."
EE8 = "EU-Kommissionspräsidentin Ursula von der Leyen erklärte sich mit Tallinn solidarisch."
EE9 = "Nato-Generalsekretär Mark Rutte kündigte an, die Bündnispartner würden am Dienstag in Brüssel beraten."
EE10 = "Der Kremlsprecher sagte, Moskau wolle keine Eskalation mit dem Bündnis."

EST = actor("Estonia", "EST", "GOV")
RUS = actor("Russia", "RUS", "GOV")
NATO = actor("NATO", "IGO", "IGO")
ITA_MIL = actor("Italian Air Force", "ITA", "MIL")
RUS_MIL = actor("Russia", "RUS", "MIL")
EST_MFA = actor("Ministry of Foreign Affairs of Estonia", "EST", "GOV")
TSAHKNA = actor("Margus Tsahkna", "EST", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
RUTTE = actor("Mark Rutte", "IGO", "IGO")

DE02 = {
    "id": "hm53-de-02", "lang": "de", "url": None, "published": "2025-09-20",
    "title": "Estland beantragt Nato-Konsultationen nach Luftraumverletzung",
    "text": paragraphs([EE1, EE2, EE3, EE3B], [EE4, EE5, EE6, EE7], [EE8, EE9, EE10]),
    "events": [
        event("REQUEST", EST, NATO, EE1),
        event("ACCUSE", EST, RUS, EE2, mode="allege", date="2025-09-19", location="Vaindloo",
              location_country="EST"),
        event("MOBILIZE", ITA_MIL, RUS_MIL, EE3),
        event("ASSAULT", ITA_MIL, RUS_MIL, EE3B, negated=True),
        event("ACCUSE", EST_MFA, RUS, EE4, mode="disapprove"),
        event("ACCUSE", TSAHKNA, RUS, EE5, mode="disapprove"),
        event("ACCUSE", TSAHKNA, RUS, EE6, mode="allege"),
        event("SUPPORT", VDL, EST, EE8),
        event("AGREE", RUTTE, EST, EE9),
    ],
    "quotes": [
        quote(EE2[:-1], "Government of Estonia", "indirect"),
        quote("Schüsse seien nicht abgegeben worden", "Italian Air Force", "indirect"),
        quote("beispiellos dreist", "Margus Tsahkna", "direct"),
        quote("Russland habe in diesem Jahr bereits viermal den estnischen Luftraum verletzt", "Margus Tsahkna",
              "indirect"),
        quote("die Bündnispartner würden am Dienstag in Brüssel beraten", "Mark Rutte", "indirect"),
        quote("Moskau wolle keine Eskalation mit dem Bündnis", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Estonia", "GPE", "EST", ["Estland", "der Regierung in Tallinn", "Tallinn"]),
        entity("NATO", "ORG", "IGO", ["des Nato-Vertrags", "dem Bündnis"]),
        entity("Vaindloo", "LOC", "EST", ["der Insel Vaindloo"]),
        entity("Baltic states", "LOC", None, ["im Baltikum"]),
        entity("Italian Air Force", "ORG", "ITA", ["die italienische Luftwaffe"]),
        entity("Ministry of Foreign Affairs of Estonia", "ORG", "EST", ["Das Außenministerium"]),
        entity("Margus Tsahkna", "PER", "EST", ["Außenminister Margus Tsahkna", "er"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das Verteidigungsministerium in Moskau"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Mark Rutte", "PER", "IGO", ["Nato-Generalsekretär Mark Rutte"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Der Kremlsprecher"]),
    ],
}

# ---------------------------------------------------------------- hm53-de-03 (China / Japan)
JP1 = ("Im Streit um Äußerungen der japanischen Regierungschefin Sanae Takaichi zu Taiwan hat China seinen Bürgern "
       "von Reisen nach Japan abgeraten.")
JP2 = ("Takaichi hatte im Parlament gesagt, ein Angriff auf Taiwan könne eine „existenzbedrohende Lage“ für Japan "
       "darstellen.")
JP3 = "Am Donnerstag bestellte Vizeaußenminister Sun Weidong den japanischen Botschafter Kenji Kanasugi ein."
JP4 = "Er forderte Tokio auf, die Äußerungen zurückzunehmen, andernfalls trage Japan „alle Konsequenzen“."
JP5 = "Takaichi lehnte eine Rücknahme ab: „Meine Aussage entspricht der bisherigen Haltung der Regierung.“"
JP6 = ("Tokio wiederum protestierte gegen einen Beitrag des chinesischen Generalkonsuls in Osaka, Xue Jian, der im "
       "Netz gedroht hatte, man müsse „den schmutzigen Hals abschneiden“.")
JP7 = ("Ein hoher Beamter des japanischen Außenministeriums werde in der kommenden Woche zu Gesprächen nach Peking "
       "reisen, teilte die Regierung in Tokio am Freitag mit.")
JP8 = "Peking setzte zudem die Einfuhr japanischer Meeresfrüchte wieder aus."
JP9 = "Der US-Botschafter in Tokio, George Glass, stellte sich demonstrativ hinter Takaichi."

CHN = actor("China", "CHN", "GOV")
JPN = actor("Japan", "JPN", "GOV")
TAKAICHI = actor("Sanae Takaichi", "JPN", "GOV")
SUN = actor("Sun Weidong", "CHN", "GOV")
XUE = actor("Xue Jian", "CHN", "GOV")
JP_OFFICIAL = actor("Senior official of Japan's Foreign Ministry", "JPN", "GOV")
GLASS = actor("George Glass", "USA", "GOV")

DE03 = {
    "id": "hm53-de-03", "lang": "de", "url": None, "published": "2025-11-15",
    "title": "Peking rät von Reisen nach Japan ab",
    "text": paragraphs([JP1, JP2], [JP3, JP4, JP5, JP6], [JP7, JP8, JP9]),
    "events": [
        event("SANCTION", CHN, JPN, JP1),
        event("ACCUSE", SUN, JPN, JP3, mode="disapprove", date="2025-11-13"),
        event("REQUEST", SUN, JPN, JP4, mode="change"),
        event("THREATEN", SUN, JPN, JP4),
        event("REJECT", TAKAICHI, SUN, JP5),
        event("ACCUSE", JPN, XUE, JP6, mode="disapprove"),
        event("THREATEN", XUE, TAKAICHI, JP6, mode="violence"),
        event("AGREE", JP_OFFICIAL, CHN, JP7, location="Beijing", location_country="CHN"),
        event("SANCTION", CHN, JPN, JP8, mode="discontinue"),
        event("SUPPORT", GLASS, TAKAICHI, JP9),
    ],
    "quotes": [
        quote("existenzbedrohende Lage", "Sanae Takaichi", "direct"),
        quote("ein Angriff auf Taiwan könne eine „existenzbedrohende Lage“ für Japan darstellen", "Sanae Takaichi",
              "indirect"),
        quote("alle Konsequenzen", "Sun Weidong", "direct"),
        quote("andernfalls trage Japan „alle Konsequenzen“", "Sun Weidong", "indirect"),
        quote("Meine Aussage entspricht der bisherigen Haltung der Regierung", "Sanae Takaichi", "direct"),
        quote("den schmutzigen Hals abschneiden", "Xue Jian", "direct"),
        quote("man müsse „den schmutzigen Hals abschneiden“", "Xue Jian", "indirect"),
        quote("Ein hoher Beamter des japanischen Außenministeriums werde in der kommenden Woche zu Gesprächen nach "
              "Peking reisen", "Government of Japan", "indirect"),
    ],
    "entities": [
        entity("Sanae Takaichi", "PER", "JPN",
               ["der japanischen Regierungschefin Sanae Takaichi", "Takaichi"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Tokio", "die Regierung in Tokio"]),
        entity("National Diet of Japan", "ORG", "JPN", ["im Parlament"]),
        entity("Sun Weidong", "PER", "CHN", ["Vizeaußenminister Sun Weidong", "Er"]),
        entity("Kenji Kanasugi", "PER", "JPN", ["den japanischen Botschafter Kenji Kanasugi"]),
        entity("Xue Jian", "PER", "CHN", ["des chinesischen Generalkonsuls in Osaka, Xue Jian"]),
        entity("Osaka", "LOC", "JPN", ["Osaka"]),
        entity("Ministry of Foreign Affairs of Japan", "ORG", "JPN", ["des japanischen Außenministeriums"]),
        entity("George Glass", "PER", "USA", ["Der US-Botschafter in Tokio, George Glass"]),
    ],
}

# ---------------------------------------------------------------- hm53-de-04 (Houthis / UN)
YE1 = "Die Huthi-Miliz im Jemen hat mindestens 13 Mitarbeiter der Vereinten Nationen festgenommen."
YE2 = ("Die Festnahmen begannen am Donnerstag in der Hauptstadt Sanaa und in mehreren Provinzen, wie ein UN-Sprecher "
       "bestätigte.")
YE2B = "Zwei von ihnen kamen am Sonntag wieder frei."
YE3 = ("Der Anführer der Huthi, Abdul-Malik al-Huthi, sprach am Montag von einem \"amerikanisch-israelischen "
       "Spionagenetzwerk\", das zerschlagen worden sei.")
YE4 = "Die Festgenommenen hätten jahrelang Informationen an Washington weitergegeben, behauptete er."
YE5 = ("UN-Generalsekretär António Guterres verlangte die sofortige und bedingungslose Freilassung aller "
       "Mitarbeiter.")
YE6 = "\"Diese Festnahmen sind ein Angriff auf die humanitäre Arbeit im ganzen Land\", sagte er."
YE7 = ("Das Welternährungsprogramm setzte daraufhin seine Lieferungen in den von den Huthi kontrollierten Norden "
       "vorerst aus.")
YE8 = ("Die international anerkannte Regierung in Aden verurteilte die Festnahmen und bot den UN an, ihre Büros in "
       "den Süden zu verlegen.")
YE9 = "Die Huthi kontrollieren seit 2014 große Teile des Landes."

HOUTHIS = actor("Houthis", "YEM", "REB")
UN = actor("United Nations", "UNO", "IGO")
ABDULMALIK = actor("Abdul-Malik al-Houthi", "YEM", "REB")
USA = actor("United States", "USA", "GOV")
ISR = actor("Israel", "ISR", "GOV")
WFP = actor("World Food Programme", "UNO", "IGO")
YEM = actor("Government of Yemen", "YEM", "GOV")

DE04 = {
    "id": "hm53-de-04", "lang": "de", "url": None, "published": "2024-06-10",
    "title": "Huthi nehmen UN-Mitarbeiter fest",
    "text": paragraphs([YE1, YE2, YE2B], [YE3, YE4, YE5, YE6], [YE7, YE8, YE9]),
    "events": [
        event("COERCE", HOUTHIS, UN, YE1, mode="arrest"),
        event("COERCE", HOUTHIS, UN, YE2, mode="arrest", date="2024-06-06", location="Sanaa",
              location_country="YEM"),
        event("RETREAT", HOUTHIS, UN, YE2B, mode="release", date="2024-06-09"),
        event("ACCUSE", ABDULMALIK, USA, YE3, mode="allege", date="2024-06-10"),
        event("ACCUSE", ABDULMALIK, ISR, YE3, mode="allege", date="2024-06-10"),
        event("ACCUSE", ABDULMALIK, UN, YE4, mode="allege"),
        event("REQUEST", GUTERRES, HOUTHIS, YE5),
        event("ACCUSE", GUTERRES, HOUTHIS, YE6, mode="disapprove"),
        event("SANCTION", WFP, HOUTHIS, YE7, mode="withdraw"),
        event("ACCUSE", YEM, HOUTHIS, YE8, mode="disapprove"),
        event("AGREE", YEM, UN, YE8),
    ],
    "quotes": [
        quote("Die Festnahmen begannen am Donnerstag in der Hauptstadt Sanaa und in mehreren Provinzen",
              "UN spokesperson", "indirect"),
        quote("amerikanisch-israelischen Spionagenetzwerk", "Abdul-Malik al-Houthi", "direct"),
        quote("Die Festgenommenen hätten jahrelang Informationen an Washington weitergegeben", "Abdul-Malik al-Houthi",
              "indirect"),
        quote("Diese Festnahmen sind ein Angriff auf die humanitäre Arbeit im ganzen Land", "António Guterres",
              "direct"),
    ],
    "entities": [
        entity("Houthis", "ORG", "YEM", ["Die Huthi-Miliz", "der Huthi", "den Huthi", "Die Huthi"]),
        entity("Yemen", "GPE", "YEM", ["Jemen", "des Landes"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen", "den UN"]),
        entity("Sanaa", "LOC", "YEM", ["der Hauptstadt Sanaa"]),
        entity("UN spokesperson", "PER", "UNO", ["ein UN-Sprecher"]),
        entity("Abdul-Malik al-Houthi", "PER", "YEM", ["Der Anführer der Huthi, Abdul-Malik al-Huthi", "er"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres", "er"]),
        entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm"]),
        entity("Government of Yemen", "ORG", "YEM", ["Die international anerkannte Regierung in Aden"]),
        entity("Aden", "LOC", "YEM", ["Aden"]),
    ],
}

# ---------------------------------------------------------------- hm53-en-01 (Timor-Leste / ASEAN)
TL1 = ("Southeast Asian leaders formally admitted Timor-Leste as the eleventh member of ASEAN on Sunday, ending a "
       "bid launched in 2011.")
TL2 = ("Prime Minister Xanana Gusmão signed the accession declaration at a ceremony in Kuala Lumpur, calling it "
       "“a dream come true” for his people.")
TL3 = "Malaysian Prime Minister Anwar Ibrahim, who chairs the bloc this year, said the region was now “complete”."
TL4 = ("Anwar held talks with Gusmão on the sidelines and pledged Malaysian help in training Timorese diplomats "
       "and customs officers.")
TL5 = ("Australia has already provided 15 million Australian dollars to help Dili meet ASEAN's trade rules, its "
       "foreign ministry said.")
TL6 = ("Myanmar's military government, whose leaders remain barred from summits, was again represented "
       "only by a senior civil servant.")
TL7 = ("Gusmão urged the bloc to step up pressure on the junta to end the fighting, saying “silence is not "
       "neutrality”.")
TL8 = ("The Philippines, which takes over the chair in January, promised to bring Timor-Leste into all of ASEAN's "
       "economic agreements by 2027.")
TL9 = "China's foreign ministry welcomed the accession in a statement."

ASEAN = actor("ASEAN", "IGO", "IGO")
TLS = actor("Timor-Leste", "TLS", "GOV")
GUSMAO = actor("Xanana Gusmão", "TLS", "GOV")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
AUS = actor("Australia", "AUS", "GOV")
PHL = actor("Philippines", "PHL", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")

EN01 = {
    "id": "hm53-en-01", "lang": "en", "url": None, "published": "2025-10-26",
    "title": "Timor-Leste becomes ASEAN's 11th member",
    "text": paragraphs([TL1, TL2, TL3], [TL4, TL5, TL6], [TL7, TL8, TL9]),
    "events": [
        event("SUPPORT", ASEAN, TLS, TL1, date="2025-10-26", location="Kuala Lumpur", location_country="MYS"),
        event("SUPPORT", GUSMAO, ASEAN, TL2, location="Kuala Lumpur", location_country="MYS"),
        event("CONSULT", GUSMAO, ANWAR, TL4),
        event("AGREE", ANWAR, TLS, TL4),
        event("AID", AUS, TLS, TL5),
        event("REQUEST", GUSMAO, ASEAN, TL7),
        event("AGREE", PHL, TLS, TL8),
        event("SUPPORT", CHN_MFA, TLS, TL9),
    ],
    "quotes": [
        quote("a dream come true", "Xanana Gusmão", "direct"),
        quote("complete", "Anwar Ibrahim", "direct"),
        quote("the region was now “complete”", "Anwar Ibrahim", "indirect"),
        quote("Australia has already provided 15 million Australian dollars to help Dili meet ASEAN's trade rules",
              "Department of Foreign Affairs and Trade (Australia)", "indirect"),
        quote("silence is not neutrality", "Xanana Gusmão", "direct"),
    ],
    "entities": [
        entity("ASEAN", "ORG", "IGO", ["ASEAN", "the bloc", "ASEAN's"]),
        entity("Timor-Leste", "GPE", "TLS", ["Timor-Leste", "Dili"]),
        entity("Xanana Gusmão", "PER", "TLS", ["Prime Minister Xanana Gusmão", "Gusmão", "his"]),
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Malaysian Prime Minister Anwar Ibrahim", "Anwar"]),
        entity("Australia", "GPE", "AUS", ["Australia"]),
        entity("Department of Foreign Affairs and Trade (Australia)", "ORG", "AUS", ["its foreign ministry"]),
        entity("Myanmar military government", "ORG", "MMR", ["Myanmar's military government", "the junta"]),
        entity("Philippines", "GPE", "PHL", ["The Philippines"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
    ],
}

# ---------------------------------------------------------------- hm53-en-02 (Peru, Lima emergency)
PE1 = ("Peru's government declared a 30-day state of emergency in Lima and neighbouring Callao on Monday after a "
       "popular cumbia singer was shot dead by suspected extortionists.")
PE2 = ("President Dina Boluarte said soldiers would patrol the streets alongside police, and that suspects could be "
       "detained without a warrant.")
PE3 = "\"We will not allow criminals to hold our capital hostage,\" she told reporters at the presidential palace."
PE4 = "Thousands of bus and taxi drivers stayed off the roads on Monday in a strike against extortion gangs."
PE5 = ("Transport union leader Julio Campos called the emergency \"pure theatre\" and demanded the dismissal of "
       "Interior Minister Juan José Santiváñez.")
PE6 = ("Police said they had arrested two suspects in the singer's killing during a raid in the district of San Juan "
       "de Lurigancho.")
PE7 = ("In Congress, opposition lawmakers filed a motion to censure Santiváñez, accusing him of losing control of "
       "the capital.")
PE8 = "Santiváñez rejected calls to resign and said crime had fallen in other parts of the country."
PE9 = "The U.S. embassy offered to share intelligence on gang finances with Peruvian prosecutors."

PER = actor("Government of Peru", "PER", "GOV")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
DRIVERS = actor("Peruvian transport workers", "PER", "LAB")
CAMPOS = actor("Julio Campos", "PER", "LAB")
SANTIVANEZ = actor("Juan José Santiváñez", "PER", "GOV")
PNP = actor("National Police of Peru", "PER", "COP")
SUSPECTS = actor("suspects in the singer's killing", "PER", None)
OPP_LAW = actor("Peruvian opposition lawmakers", "PER", "LEG")
US_EMB = actor("U.S. Embassy in Peru", "USA", "GOV")
PROSEC = actor("Public Ministry of Peru", "PER", "JUD")

EN02 = {
    "id": "hm53-en-02", "lang": "en", "url": None, "published": "2025-03-18",
    "title": "Peru declares emergency in Lima after singer's killing",
    "text": paragraphs([PE1, PE2, PE3], [PE4, PE5, PE6], [PE7, PE8, PE9]),
    "events": [
        event("COERCE", PER, None, PE1, mode="martial-law", date="2025-03-17", location="Lima",
              location_country="PER"),
        event("MOBILIZE", BOLUARTE, None, PE2, mode="troops", location="Lima", location_country="PER"),
        event("PROTEST", DRIVERS, PER, PE4, mode="strike", date="2025-03-17"),
        event("ACCUSE", CAMPOS, PER, PE5, mode="disapprove"),
        event("REQUEST", CAMPOS, PER, PE5, mode="change"),
        event("COERCE", PNP, SUSPECTS, PE6, mode="arrest", location="San Juan de Lurigancho",
              location_country="PER"),
        event("ACCUSE", OPP_LAW, SANTIVANEZ, PE7, mode="disapprove"),
        event("REJECT", SANTIVANEZ, OPP_LAW, PE8),
        event("AGREE", US_EMB, PROSEC, PE9),
    ],
    "quotes": [
        quote("soldiers would patrol the streets alongside police, and that suspects could be detained without a "
              "warrant", "Dina Boluarte", "indirect"),
        quote("We will not allow criminals to hold our capital hostage", "Dina Boluarte", "direct"),
        quote("pure theatre", "Julio Campos", "direct"),
        quote("they had arrested two suspects in the singer's killing during a raid in the district of San Juan de "
              "Lurigancho", "National Police of Peru", "indirect"),
        quote("crime had fallen in other parts of the country", "Juan José Santiváñez", "indirect"),
    ],
    "entities": [
        entity("Government of Peru", "ORG", "PER", ["Peru's government"]),
        entity("Lima", "LOC", "PER", ["Lima", "our capital", "the capital"]),
        entity("Callao", "LOC", "PER", ["neighbouring Callao"]),
        entity("Dina Boluarte", "PER", "PER", ["President Dina Boluarte", "she"]),
        entity("Julio Campos", "PER", "PER", ["Transport union leader Julio Campos"]),
        entity("Juan José Santiváñez", "PER", "PER",
               ["Interior Minister Juan José Santiváñez", "Santiváñez", "him"]),
        entity("National Police of Peru", "ORG", "PER", ["Police"]),
        entity("San Juan de Lurigancho", "LOC", "PER", ["the district of San Juan de Lurigancho"]),
        entity("Congress of Peru", "ORG", "PER", ["Congress"]),
        entity("U.S. Embassy in Peru", "ORG", "USA", ["The U.S. embassy"]),
        entity("Public Ministry of Peru", "ORG", "PER", ["Peruvian prosecutors"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
