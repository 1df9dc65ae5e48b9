"""Round 310: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm328-de-01: Nigeria: the DSS takes suspended central bank governor Godwin Emefiele into custody after Tinubu suspends him; investigation of his office, order to hand over to Shonubi, the earlier naira-note riots, the DSS's terror-financing bid rejected by a judge, the PDP welcomes and demands a fair process, his lawyer pledges cooperation (2023-06-10).
- hm328-de-02: Benin: prosecutor Metonou announces the arrests of Olivier Boko and ex-sports minister Oswald Homeky over an alleged coup plot; cash handover to the Republican Guard commander Tévoédjrè, Boko's lawyer accuses the government, Les Démocrates demand a transparent process, the earlier Madougou sentence (2024-09-25).
- hm328-de-03: South Africa: the ANC expels Jacob Zuma over his MK campaign; Mbalula's criticism and call on defectors, the earlier suspension, Ndhlela and Zuma-Sambudla object, the ANC's failed name lawsuit, MK's fraud case against the electoral commission, the arms-deal prosecution (2024-07-29).
- hm328-de-04: Uganda: the Supreme Court rules military trials of civilians unconstitutional and orders cases moved to civilian courts; Besigye's abduction from Nairobi and court-martial charges, Lukwago demands his release, Museveni attacks the judges and vows to keep the trials, Mao pledges compliance, Bobi Wine and Amnesty react (2025-02-01).
- hm328-en-01: Ghana: Special Prosecutor Kissi Agyebeng declares ex-finance minister Ken Ofori-Atta a wanted fugitive; SML, ambulance and National Cathedral probes, search of his Labone home and frozen accounts, Interpol and extradition plans, his lawyer's offer and criticism, Afenyo-Markin objects, Kwakye Ofosu urges him home (2025-02-12).
- hm328-en-02: Mali: Wagner announces its departure and hands over to Russia's Africa Corps; Africa Corps deployments, JNIM attacks on Boulkessi and Timbuktu, the 2021 turn to Wagner and France's pull-out, the Tinzaouaten losses, HRW accusations, Peskov's pledge (2025-06-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm328-de-01 (Nigeria, Emefiele in DSS custody)
DSS = actor("Department of State Services", "NGA", "COP")
EMEFIELE = actor("Godwin Emefiele", "NGA", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
NGA_PROTESTERS = actor("protesters in Ibadan and Benin City", "NGA", "CVL")
CBN = actor("Central Bank of Nigeria", "NGA", "GOV")
ABUJA_JUDGE = actor("judge of the Federal High Court in Abuja", "NGA", "JUD")
PDP = actor("Peoples Democratic Party", "NGA", "OPP")

E1 = ("Abuja (dpa) - Nigerias Geheimdienst DSS hat den suspendierten Zentralbankchef Godwin Emefiele in Gewahrsam "
      "genommen.")
E2 = ("Emefiele befinde sich „aus ermittlungstechnischen Gründen“ in der Obhut der Behörde, teilte DSS-Sprecher "
      "Peter Afunanya am Samstag mit.")
E3 = "Weitere Einzelheiten nannte der Sprecher nicht."
E4 = ("Präsident Bola Tinubu hatte den 61-Jährigen am Freitagabend mit sofortiger Wirkung von seinem Amt "
      "suspendiert.")
E5 = ("Grund seien laufende Ermittlungen gegen sein Büro sowie geplante Reformen im Finanzsektor, hieß es in einer "
      "Erklärung des Präsidialamts.")
E6 = "Tinubu wies Emefiele an, die Amtsgeschäfte umgehend an seinen Stellvertreter Folashodun Shonubi zu übergeben."
E7 = ("Der Ökonom stand seit 2014 an der Spitze der Zentralbank und war wegen der chaotischen Einführung neuer "
      "Naira-Banknoten heftig in die Kritik geraten.")
E8 = ("Die Bargeldknappheit hatte im Februar zu wütenden Protesten gegen die Zentralbank geführt, in Ibadan und "
      "Benin City griffen Demonstranten Bankfilialen an.")
E9 = ("Der Geheimdienst hatte Emefiele bereits im Dezember Terrorfinanzierung vorgeworfen und versucht, ihn "
      "festnehmen zu lassen.")
E10 = "Ein Bundesrichter in Abuja lehnte den Antrag damals mangels Beweisen ab."
E11 = ("Emefiele hatte sich 2022 zudem um die Präsidentschaftskandidatur der Regierungspartei APC beworben, ohne "
       "sein Amt niederzulegen.")
E12 = ("Die größte Oppositionspartei PDP begrüßte die Suspendierung, forderte aber ein faires und transparentes "
       "Verfahren.")
E13 = ("„Niemand steht über dem Gesetz, aber auch ein Zentralbankchef hat Rechte“, sagte PDP-Sprecher Debo "
       "Ologunagba.")
E14 = "Emefieles Anwalt erklärte, sein Mandant werde mit den Ermittlern kooperieren."
E15 = ("Tinubu hatte bei seinem Amtsantritt Ende Mai das Ende der Benzinsubventionen verkündet und eine "
       "Vereinheitlichung der Wechselkurse in Aussicht gestellt.")
E16 = ("Die Landeswährung Naira legte nach Bekanntwerden der Suspendierung auf dem Schwarzmarkt in Lagos leicht "
       "zu.")

DE01 = {
    "id": "hm328-de-01", "lang": "de", "url": None, "published": "2023-06-10",
    "title": "Nigerias Geheimdienst nimmt suspendierten Zentralbankchef Emefiele in Gewahrsam",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7, E8], [E9, E10, E11], [E12, E13, E14], [E15, E16]),
    "events": [
        event("COERCE", DSS, EMEFIELE, E1, mode="arrest"),
        event("COERCE", DSS, EMEFIELE, E2, mode="arrest"),
        event("SANCTION", TINUBU, EMEFIELE, E4, date="2023-06-09"),
        event("ACCUSE", NGA_GOV, EMEFIELE, E5, mode="investigate"),
        event("REQUEST", TINUBU, EMEFIELE, E6),
        event("PROTEST", NGA_PROTESTERS, CBN, E8, mode="riot"),
        event("ACCUSE", DSS, EMEFIELE, E9, mode="allege"),
        event("REJECT", ABUJA_JUDGE, DSS, E10, location="Abuja", location_country="NGA"),
        event("SUPPORT", PDP, TINUBU, E12),
        event("REQUEST", PDP, TINUBU, E12),
        event("AGREE", EMEFIELE, DSS, E14),
    ],
    "quotes": [
        quote("aus ermittlungstechnischen Gründen", "Peter Afunanya", "direct"),
        quote("Emefiele befinde sich „aus ermittlungstechnischen Gründen“ in der Obhut der Behörde", "Peter Afunanya",
              "indirect"),
        quote("Grund seien laufende Ermittlungen gegen sein Büro sowie geplante Reformen im Finanzsektor",
              "Presidency of Nigeria", "indirect"),
        quote("Niemand steht über dem Gesetz, aber auch ein Zentralbankchef hat Rechte", "Debo Ologunagba", "direct"),
        quote("sein Mandant werde mit den Ermittlern kooperieren", "lawyer of Godwin Emefiele", "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias"]),
        entity("Department of State Services", "ORG", "NGA", ["Geheimdienst DSS", "DSS", "der Behörde",
                                                              "Der Geheimdienst", "den Ermittlern"]),
        entity("Godwin Emefiele", "PER", "NGA", ["den suspendierten Zentralbankchef Godwin Emefiele", "Emefiele",
                                                 "den 61-Jährigen", "Der Ökonom", "Emefieles", "sein Mandant"]),
        entity("Peter Afunanya", "PER", "NGA", ["DSS-Sprecher Peter Afunanya", "der Sprecher"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu", "Tinubu"]),
        entity("Presidency of Nigeria", "ORG", "NGA", ["des Präsidialamts"]),
        entity("Folashodun Shonubi", "PER", "NGA", ["seinen Stellvertreter Folashodun Shonubi"]),
        entity("Central Bank of Nigeria", "ORG", "NGA", ["der Zentralbank", "die Zentralbank"]),
        entity("Ibadan", "LOC", "NGA", ["Ibadan"]),
        entity("Benin City", "LOC", "NGA", ["Benin City"]),
        entity("judge of the Federal High Court in Abuja", "PER", "NGA", ["Ein Bundesrichter in Abuja"]),
        entity("All Progressives Congress", "ORG", "NGA", ["der Regierungspartei APC"]),
        entity("Peoples Democratic Party", "ORG", "NGA", ["Die größte Oppositionspartei PDP", "PDP"]),
        entity("Debo Ologunagba", "PER", "NGA", ["PDP-Sprecher Debo Ologunagba"]),
        entity("lawyer of Godwin Emefiele", "PER", "NGA", ["Emefieles Anwalt"]),
        entity("Lagos", "LOC", "NGA", ["Lagos"]),
    ],
}

# ---------------------------------------------------------------- hm328-de-02 (Benin, Boko and Homeky arrested)
BEN_FORCES = actor("Beninese security forces", "BEN", "COP")
BOKO = actor("Olivier Boko", "BEN", "BUS")
HOMEKY = actor("Oswald Homeky", "BEN", "CVL")
METONOU = actor("Elonm Mario Metonou", "BEN", "JUD")
TEVOEDJRE = actor("Dieudonné Djimon Tévoédjrè", "BEN", "MIL")
BEN_AUTH = actor("Beninese authorities", "BEN", "GOV")
BOKO_LAWYER = actor("lawyer of Olivier Boko", "BEN", "CVL")
BEN_GOV = actor("Government of Benin", "BEN", "GOV")
LES_DEMOCRATES = actor("Les Démocrates", "BEN", "OPP")
CRIET = actor("Court for the Repression of Economic Offences and Terrorism", "BEN", "JUD")
MADOUGOU = actor("Reckya Madougou", "BEN", "OPP")

B1 = ("Cotonou (AFP) - In Benin sind ein enger Vertrauter von Präsident Patrice Talon und ein früherer Minister "
      "wegen eines mutmaßlichen Umsturzplans festgenommen worden.")
B2 = ("Der Geschäftsmann Olivier Boko und der ehemalige Sportminister Oswald Homeky hätten einen Putsch für den "
      "27. September geplant, teilte der Sonderstaatsanwalt am Gericht für Wirtschaftskriminalität und Terrorismus "
      "(CRIET), Elonm Mario Metonou, am Dienstagabend mit.")
B3 = ("Homeky sei in der Nacht zum Dienstag in Cotonou gefasst worden, als er dem Kommandeur der Republikanischen "
      "Garde sechs Säcke mit insgesamt 1,5 Milliarden CFA-Franc (rund 2,3 Millionen Euro) übergeben habe.")
B4 = ("Mit dem Geld habe der Offizier dazu gebracht werden sollen, am Freitag mit seinen Truppen die Macht an sich "
      "zu reißen.")
B5 = ("Der Kommandeur, Oberst Dieudonné Djimon Tévoédjrè, habe die Behörden jedoch eingeweiht und die Übergabe mit "
      "den Ermittlern abgesprochen.")
B6 = "Boko war bereits am Montagabend in Cotonou festgenommen worden."
B7 = ("Der Unternehmer gilt als einer der engsten Freunde Talons und war vor dessen erster Wahl 2016 einer seiner "
      "wichtigsten Geldgeber.")
B8 = ("Zuletzt war er als möglicher Kandidat für die Präsidentenwahl 2026 gehandelt worden, bei der Talon nach "
      "zwei Amtszeiten nicht mehr antreten darf.")
B9 = "Ein Anwalt Bokos warf der Regierung vor, einen unliebsamen Rivalen aus dem Weg räumen zu wollen."
B10 = "„Man konstruiert ein Komplott, um eine Kandidatur zu verhindern“, sagte er der Nachrichtenagentur AFP."
B11 = "Er verlangte, seinen Mandanten umgehend sehen zu dürfen."
B12 = "Regierungssprecher Wilfried Léandre Houngbédji sagte, die Justiz werde „in aller Unabhängigkeit“ arbeiten."
B13 = ("Die größte Oppositionspartei Les Démocrates des früheren Präsidenten Thomas Boni Yayi forderte ein "
       "transparentes Verfahren.")
B14 = ("Die Affäre dürfe nicht als Vorwand für neue Festnahmen von Regierungskritikern dienen, erklärte die "
       "Partei.")
B15 = "Seit Talons Amtsantritt sind mehrere Oppositionspolitiker im Gefängnis gelandet."
B16 = ("Das CRIET hatte 2021 die frühere Justizministerin Reckya Madougou wegen Terrorismus zu 20 Jahren Haft "
       "verurteilt.")
B17 = "Der Präsident selbst äußerte sich bis Mittwochmittag nicht zu den Festnahmen."

DE02 = {
    "id": "hm328-de-02", "lang": "de", "url": None, "published": "2024-09-25",
    "title": "Mutmaßlicher Putschplan in Benin: Talon-Vertrauter Boko und Ex-Minister Homeky festgenommen",
    "text": paragraphs([B1, B2], [B3, B4, B5, B6], [B7, B8], [B9, B10, B11, B12], [B13, B14, B15, B16, B17]),
    "events": [
        event("COERCE", BEN_FORCES, BOKO, B1, mode="arrest"),
        event("COERCE", BEN_FORCES, HOMEKY, B1, mode="arrest"),
        event("ACCUSE", METONOU, BOKO, B2, mode="allege", date="2024-09-24"),
        event("ACCUSE", METONOU, HOMEKY, B2, mode="allege", date="2024-09-24"),
        event("COERCE", BEN_FORCES, HOMEKY, B3, mode="arrest", date="2024-09-24", location="Cotonou",
              location_country="BEN"),
        event("ACCUSE", METONOU, HOMEKY, B3, mode="allege"),
        event("ACCUSE", METONOU, HOMEKY, B4, mode="allege"),
        event("COOPERATE", TEVOEDJRE, BEN_AUTH, B5),
        event("COERCE", BEN_FORCES, BOKO, B6, mode="arrest", date="2024-09-23", location="Cotonou",
              location_country="BEN"),
        event("ACCUSE", BOKO_LAWYER, BEN_GOV, B9, mode="allege"),
        event("ACCUSE", BOKO_LAWYER, BEN_GOV, B10, mode="allege"),
        event("REQUEST", BOKO_LAWYER, BEN_AUTH, B11),
        event("REQUEST", LES_DEMOCRATES, BEN_GOV, B13),
        event("SANCTION", CRIET, MADOUGOU, B16, mode="convict"),
        event("COERCE", CRIET, MADOUGOU, B16, mode="arrest"),
    ],
    "quotes": [
        quote("Der Geschäftsmann Olivier Boko und der ehemalige Sportminister Oswald Homeky hätten einen Putsch für "
              "den 27. September geplant", "Elonm Mario Metonou", "indirect"),
        quote("Homeky sei in der Nacht zum Dienstag in Cotonou gefasst worden, als er dem Kommandeur der "
              "Republikanischen Garde sechs Säcke mit insgesamt 1,5 Milliarden CFA-Franc (rund 2,3 Millionen Euro) "
              "übergeben habe", "Elonm Mario Metonou", "indirect"),
        quote("Mit dem Geld habe der Offizier dazu gebracht werden sollen, am Freitag mit seinen Truppen die Macht an "
              "sich zu reißen", "Elonm Mario Metonou", "indirect"),
        quote("Der Kommandeur, Oberst Dieudonné Djimon Tévoédjrè, habe die Behörden jedoch eingeweiht und die "
              "Übergabe mit den Ermittlern abgesprochen", "Elonm Mario Metonou", "indirect"),
        quote("einen unliebsamen Rivalen aus dem Weg räumen zu wollen", "lawyer of Olivier Boko", "indirect"),
        quote("Man konstruiert ein Komplott, um eine Kandidatur zu verhindern", "lawyer of Olivier Boko", "direct"),
        quote("in aller Unabhängigkeit", "Wilfried Léandre Houngbédji", "direct"),
        quote("die Justiz werde „in aller Unabhängigkeit“ arbeiten", "Wilfried Léandre Houngbédji", "indirect"),
        quote("Die Affäre dürfe nicht als Vorwand für neue Festnahmen von Regierungskritikern dienen",
              "Les Démocrates", "indirect"),
    ],
    "entities": [
        entity("Cotonou", "LOC", "BEN", ["Cotonou"]),
        entity("Benin", "LOC", "BEN", ["In Benin"]),
        entity("Patrice Talon", "PER", "BEN", ["Präsident Patrice Talon", "Talons", "Talon", "Der Präsident selbst"]),
        entity("Olivier Boko", "PER", "BEN", ["ein enger Vertrauter von Präsident Patrice Talon",
                                              "Der Geschäftsmann Olivier Boko", "Boko", "Bokos", "Der Unternehmer",
                                              "seinen Mandanten"]),
        entity("Oswald Homeky", "PER", "BEN", ["ein früherer Minister", "der ehemalige Sportminister Oswald Homeky",
                                               "Homeky"]),
        entity("Elonm Mario Metonou", "PER", "BEN", ["der Sonderstaatsanwalt am Gericht für Wirtschaftskriminalität "
                                                     "und Terrorismus (CRIET), Elonm Mario Metonou"]),
        entity("Court for the Repression of Economic Offences and Terrorism", "ORG", "BEN",
               ["Gericht für Wirtschaftskriminalität und Terrorismus", "CRIET"]),
        entity("Republican Guard of Benin", "ORG", "BEN", ["der Republikanischen Garde"]),
        entity("Dieudonné Djimon Tévoédjrè", "PER", "BEN", ["dem Kommandeur der Republikanischen Garde",
                                                            "der Offizier",
                                                            "Der Kommandeur, Oberst Dieudonné Djimon Tévoédjrè"]),
        entity("Beninese authorities", "ORG", "BEN", ["die Behörden", "den Ermittlern"]),
        entity("Government of Benin", "ORG", "BEN", ["der Regierung"]),
        entity("lawyer of Olivier Boko", "PER", "BEN", ["Ein Anwalt Bokos"]),
        entity("Agence France-Presse", "ORG", "FRA", ["AFP", "der Nachrichtenagentur AFP"]),
        entity("Wilfried Léandre Houngbédji", "PER", "BEN", ["Regierungssprecher Wilfried Léandre Houngbédji"]),
        entity("Les Démocrates", "ORG", "BEN", ["Die größte Oppositionspartei Les Démocrates", "die Partei"]),
        entity("Thomas Boni Yayi", "PER", "BEN", ["des früheren Präsidenten Thomas Boni Yayi"]),
        entity("Reckya Madougou", "PER", "BEN", ["die frühere Justizministerin Reckya Madougou"]),
    ],
}

# ---------------------------------------------------------------- hm328-de-03 (South Africa, ANC expels Zuma)
ANC = actor("African National Congress", "ZAF", "PTY")
ANC_NDC = actor("National Disciplinary Committee of the ANC", "ZAF", "PTY")
ZUMA = actor("Jacob Zuma", "ZAF", "OPP")
MBALULA = actor("Fikile Mbalula", "ZAF", "PTY")
MK = actor("uMkhonto weSizwe Party", "ZAF", "OPP")
NDHLELA = actor("Nhlamulo Ndhlela", "ZAF", "OPP")
ZUMA_SAMBUDLA = actor("Duduzile Zuma-Sambudla", "ZAF", "LEG")
IEC = actor("Electoral Commission of South Africa", "ZAF", "GOV")
NPA = actor("National Prosecuting Authority", "ZAF", "JUD")
ANC_DEFECTORS = actor("ANC members who defected to the MK", "ZAF", "OPP")

Z1 = ("Johannesburg (dpa) - Südafrikas frühere Befreiungsbewegung ANC hat ihren ehemaligen Vorsitzenden und "
      "Ex-Präsidenten Jacob Zuma aus der Partei ausgeschlossen.")
Z2 = ("Die Disziplinarkommission der Partei sei zu dem Schluss gekommen, dass der 82-Jährige mit der Gründung und "
      "Unterstützung einer konkurrierenden Partei gegen die Statuten verstoßen habe, sagte ANC-Generalsekretär "
      "Fikile Mbalula am Montag in Johannesburg.")
Z3 = ("Zuma hatte im Dezember angekündigt, bei der Parlamentswahl für die neu gegründete Partei uMkhonto weSizwe "
      "(MK) zu werben.")
Z4 = "„Er hat sich entschieden, den ANC zu bekämpfen, statt ihn von innen zu verändern“, sagte Mbalula."
Z5 = ("Die MK kam bei der Wahl Ende Mai aus dem Stand auf knapp 15 Prozent und trug maßgeblich dazu bei, dass der "
      "ANC erstmals seit 1994 seine absolute Mehrheit verlor.")
Z6 = "Der ANC hatte Zuma bereits im Januar suspendiert."
Z7 = "Der frühere Staatschef kann nun binnen 21 Tagen Einspruch gegen den Ausschluss einlegen."
Z8 = "MK-Sprecher Nhlamulo Ndhlela nannte die Entscheidung „bedeutungslos“."
Z9 = ("Zuma werde den Ausschluss dennoch anfechten, weil er „im Herzen immer ein Mitglied des ANC“ bleibe, sagte "
      "Ndhlela.")
Z10 = ("Zumas Tochter Duduzile Zuma-Sambudla, die für die MK im Parlament sitzt, verspottete den ANC auf der "
       "Plattform X als „Partei von Verrätern“.")
Z11 = ("Der ANC war im April vor Gericht mit dem Versuch gescheitert, der MK die Nutzung des Namens seines früheren "
       "bewaffneten Flügels zu untersagen.")
Z12 = ("Die MK wiederum hatte nach der Wahl der Wahlkommission Betrug vorgeworfen und vor dem Wahlgericht eine "
       "Annullierung des Ergebnisses beantragt.")
Z13 = ("Präsident Cyril Ramaphosa, der auch Vorsitzender des ANC ist, regiert seit Juni mit der liberalen "
       "Demokratischen Allianz (DA) und mehreren kleineren Parteien in einer Regierung der nationalen Einheit.")
Z14 = "Die MK sitzt im Parlament in der Opposition."
Z15 = ("Die Staatsanwaltschaft wirft Zuma zudem Korruption im Zusammenhang mit einem Rüstungsgeschäft aus den "
       "1990er-Jahren vor, der Prozess zieht sich seit Jahren hin.")
Z16 = "Mbalula rief ANC-Mitglieder, die zur MK übergelaufen sind, zur Rückkehr auf."
Z17 = "„Die Tür des ANC ist nicht verschlossen“, sagte er."

DE03 = {
    "id": "hm328-de-03", "lang": "de", "url": None, "published": "2024-07-29",
    "title": "ANC schließt Ex-Präsident Zuma aus der Partei aus",
    "text": paragraphs([Z1, Z2, Z3, Z4], [Z5, Z6, Z7], [Z8, Z9, Z10], [Z11, Z12, Z13, Z14, Z15], [Z16, Z17]),
    "events": [
        event("SANCTION", ANC, ZUMA, Z1, mode="expel"),
        event("SANCTION", ANC_NDC, ZUMA, Z2, mode="expel", date="2024-07-29"),
        event("ACCUSE", MBALULA, ZUMA, Z4, mode="disapprove"),
        event("SANCTION", ANC, ZUMA, Z6, mode="expel"),
        event("ACCUSE", NDHLELA, ANC, Z8, mode="disapprove"),
        event("ACCUSE", ZUMA_SAMBUDLA, ANC, Z10, mode="disapprove"),
        event("ACCUSE", ANC, MK, Z11, mode="allege"),
        event("ACCUSE", MK, IEC, Z12, mode="allege"),
        event("ACCUSE", NPA, ZUMA, Z15, mode="allege"),
        event("REQUEST", MBALULA, ANC_DEFECTORS, Z16),
    ],
    "quotes": [
        quote("Die Disziplinarkommission der Partei sei zu dem Schluss gekommen, dass der 82-Jährige mit der Gründung "
              "und Unterstützung einer konkurrierenden Partei gegen die Statuten verstoßen habe", "Fikile Mbalula",
              "indirect"),
        quote("bei der Parlamentswahl für die neu gegründete Partei uMkhonto weSizwe (MK) zu werben", "Jacob Zuma",
              "indirect"),
        quote("Er hat sich entschieden, den ANC zu bekämpfen, statt ihn von innen zu verändern", "Fikile Mbalula",
              "direct"),
        quote("bedeutungslos", "Nhlamulo Ndhlela", "direct"),
        quote("im Herzen immer ein Mitglied des ANC", "Nhlamulo Ndhlela", "direct"),
        quote("Zuma werde den Ausschluss dennoch anfechten, weil er „im Herzen immer ein Mitglied des ANC“ bleibe",
              "Nhlamulo Ndhlela", "indirect"),
        quote("Partei von Verrätern", "Duduzile Zuma-Sambudla", "direct"),
        quote("Die Tür des ANC ist nicht verschlossen", "Fikile Mbalula", "direct"),
    ],
    "entities": [
        entity("Johannesburg", "LOC", "ZAF", ["Johannesburg"]),
        entity("South Africa", "LOC", "ZAF", ["Südafrikas"]),
        entity("African National Congress", "ORG", "ZAF", ["Südafrikas frühere Befreiungsbewegung ANC", "ANC",
                                                           "der Partei"]),
        entity("Jacob Zuma", "PER", "ZAF", ["ihren ehemaligen Vorsitzenden und Ex-Präsidenten Jacob Zuma",
                                            "der 82-Jährige", "Zuma", "Der frühere Staatschef", "Zumas"]),
        entity("National Disciplinary Committee of the ANC", "ORG", "ZAF", ["Die Disziplinarkommission der Partei"]),
        entity("Fikile Mbalula", "PER", "ZAF", ["ANC-Generalsekretär Fikile Mbalula", "Mbalula"]),
        entity("uMkhonto weSizwe Party", "ORG", "ZAF", ["Partei uMkhonto weSizwe (MK)", "Die MK", "der MK", "MK"]),
        entity("Nhlamulo Ndhlela", "PER", "ZAF", ["MK-Sprecher Nhlamulo Ndhlela", "Ndhlela"]),
        entity("Duduzile Zuma-Sambudla", "PER", "ZAF", ["Zumas Tochter Duduzile Zuma-Sambudla"]),
        entity("National Assembly of South Africa", "ORG", "ZAF", ["im Parlament"]),
        entity("X", "ORG", "USA", ["Plattform X"]),
        entity("Electoral Commission of South Africa", "ORG", "ZAF", ["der Wahlkommission"]),
        entity("Electoral Court of South Africa", "ORG", "ZAF", ["dem Wahlgericht"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Präsident Cyril Ramaphosa"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["der liberalen Demokratischen Allianz (DA)"]),
        entity("Government of National Unity", "ORG", "ZAF", ["einer Regierung der nationalen Einheit"]),
        entity("National Prosecuting Authority", "ORG", "ZAF", ["Die Staatsanwaltschaft"]),
        entity("ANC members who defected to the MK", "ORG", "ZAF", ["ANC-Mitglieder, die zur MK übergelaufen sind"]),
    ],
}

# ---------------------------------------------------------------- hm328-de-04 (Uganda, military courts ruling)
UGA_SC = actor("Supreme Court of Uganda", "UGA", "JUD")
UGA_MIL_COURTS = actor("Ugandan military courts", "UGA", "MIL")
UGA_AGENTS = actor("Ugandan security agents", "UGA", "COP")
BESIGYE = actor("Kizza Besigye", "UGA", "OPP")
GCM = actor("General Court Martial", "UGA", "MIL")
LUKWAGO = actor("Erias Lukwago", "UGA", "OPP")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
MAO = actor("Norbert Mao", "UGA", "GOV")
BOBI_WINE = actor("Robert Kyagulanyi", "UGA", "OPP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

U1 = ("Kampala (dpa) - Ugandas Oberstes Gericht hat Prozesse gegen Zivilisten vor Militärgerichten für "
      "verfassungswidrig erklärt.")
U2 = ("Militärgerichte seien für Zivilisten nicht zuständig, entschied eine Kammer aus sieben Richtern unter Vorsitz "
      "von Oberrichter Alfonse Owiny-Dollo am Freitag mit sechs zu einer Stimme.")
U3 = "Die Richter ordneten an, alle laufenden Verfahren gegen Zivilisten an ordentliche Gerichte abzugeben."
U4 = "Das Urteil betrifft auch den prominenten Oppositionspolitiker Kizza Besigye."
U5 = ("Der 68-Jährige war im November bei einer Buchvorstellung in der kenianischen Hauptstadt Nairobi von "
      "ugandischen Sicherheitskräften verschleppt und nach Kampala gebracht worden.")
U6 = "Dort klagte ihn ein Militärgericht wegen illegalen Waffenbesitzes und Gefährdung der nationalen Sicherheit an."
U7 = ("Sein Anwalt Erias Lukwago, der auch Bürgermeister von Kampala ist, verlangte nach dem Urteil die sofortige "
      "Freilassung seines Mandanten.")
U8 = "„Jeder weitere Tag in einem Militärgefängnis ist jetzt ein Tag illegaler Haft“, sagte Lukwago."
U9 = "Präsident Yoweri Museveni kritisierte die Entscheidung am Samstag scharf."
U10 = ("Die Richter lägen „falsch“, die Militärjustiz habe wesentlich zur Stabilisierung des Landes beigetragen, "
       "schrieb der 80-Jährige auf der Plattform X.")
U11 = "Man werde einen Weg finden, an den Verfahren festzuhalten, kündigte er an."
U12 = "Justizminister Norbert Mao sagte dagegen, die Regierung werde sich an das Urteil halten."
U13 = ("Oppositionsführer Robert Kyagulanyi, bekannt als Bobi Wine, begrüßte das Urteil als „Sieg für die "
       "Verfassung“.")
U14 = ("Amnesty International warf der Regierung vor, Militärgerichte seit Jahren gezielt gegen Kritiker "
       "einzusetzen, und forderte die Freilassung aller betroffenen Zivilisten.")
U15 = "Kenias Regierung hatte eine Beteiligung an der Verschleppung Besigyes bestritten."
U16 = "Besigye war viermal bei Präsidentenwahlen gegen Museveni angetreten und jedes Mal unterlegen."
U17 = "Der 80-Jährige, der Uganda seit 1986 regiert, will sich im Januar 2026 erneut zur Wahl stellen."

DE04 = {
    "id": "hm328-de-04", "lang": "de", "url": None, "published": "2025-02-01",
    "title": "Ugandas Oberstes Gericht verbietet Militärprozesse gegen Zivilisten",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7, U8], [U9, U10, U11, U12], [U13, U14, U15], [U16, U17]),
    "events": [
        event("SANCTION", UGA_SC, UGA_MIL_COURTS, U1, mode="convict"),
        event("SANCTION", UGA_SC, UGA_MIL_COURTS, U2, mode="convict", date="2025-01-31"),
        event("REQUEST", UGA_SC, UGA_MIL_COURTS, U3, mode="change"),
        event("ASSAULT", UGA_AGENTS, BESIGYE, U5, mode="abduct", location="Nairobi", location_country="KEN"),
        event("ACCUSE", GCM, BESIGYE, U6, mode="allege", location="Kampala", location_country="UGA"),
        event("REQUEST", LUKWAGO, UGA_GOV, U7, mode="yield"),
        event("ACCUSE", LUKWAGO, UGA_GOV, U8, mode="disapprove"),
        event("ACCUSE", MUSEVENI, UGA_SC, U9, mode="disapprove", date="2025-02-01"),
        event("ACCUSE", MUSEVENI, UGA_SC, U10, mode="disapprove"),
        event("REJECT", MUSEVENI, UGA_SC, U11, mode="change"),
        event("CONCEDE", MAO, UGA_SC, U12),
        event("SUPPORT", BOBI_WINE, UGA_SC, U13),
        event("ACCUSE", AMNESTY, UGA_GOV, U14, mode="allege"),
        event("REQUEST", AMNESTY, UGA_GOV, U14, mode="yield"),
    ],
    "quotes": [
        quote("Militärgerichte seien für Zivilisten nicht zuständig", "Supreme Court of Uganda", "indirect"),
        quote("Jeder weitere Tag in einem Militärgefängnis ist jetzt ein Tag illegaler Haft", "Erias Lukwago",
              "direct"),
        quote("falsch", "Yoweri Museveni", "direct"),
        quote("Die Richter lägen „falsch“, die Militärjustiz habe wesentlich zur Stabilisierung des Landes "
              "beigetragen", "Yoweri Museveni", "indirect"),
        quote("Man werde einen Weg finden, an den Verfahren festzuhalten", "Yoweri Museveni", "indirect"),
        quote("die Regierung werde sich an das Urteil halten", "Norbert Mao", "indirect"),
        quote("Sieg für die Verfassung", "Robert Kyagulanyi", "direct"),
        quote("Militärgerichte seit Jahren gezielt gegen Kritiker einzusetzen", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
        entity("Uganda", "LOC", "UGA", ["Ugandas", "Uganda", "des Landes"]),
        entity("Supreme Court of Uganda", "ORG", "UGA", ["Ugandas Oberstes Gericht", "eine Kammer aus sieben Richtern",
                                                         "Die Richter"]),
        entity("Ugandan military courts", "ORG", "UGA", ["Militärgerichten", "Militärgerichte", "die Militärjustiz"]),
        entity("Alfonse Owiny-Dollo", "PER", "UGA", ["Oberrichter Alfonse Owiny-Dollo"]),
        entity("Kizza Besigye", "PER", "UGA", ["den prominenten Oppositionspolitiker Kizza Besigye",
                                               "Der 68-Jährige", "seines Mandanten", "Besigyes", "Besigye"]),
        entity("Nairobi", "LOC", "KEN", ["der kenianischen Hauptstadt Nairobi"]),
        entity("Ugandan security agents", "ORG", "UGA", ["ugandischen Sicherheitskräften"]),
        entity("General Court Martial", "ORG", "UGA", ["ein Militärgericht"]),
        entity("Erias Lukwago", "PER", "UGA", ["Sein Anwalt Erias Lukwago", "Lukwago"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Präsident Yoweri Museveni", "der 80-Jährige", "Museveni",
                                                 "Der 80-Jährige"]),
        entity("X", "ORG", "USA", ["Plattform X"]),
        entity("Norbert Mao", "PER", "UGA", ["Justizminister Norbert Mao"]),
        entity("Government of Uganda", "ORG", "UGA", ["die Regierung", "der Regierung"]),
        entity("Robert Kyagulanyi", "PER", "UGA", ["Oppositionsführer Robert Kyagulanyi", "Bobi Wine"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Kenya", "ORG", "KEN", ["Kenias Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm328-en-01 (Ghana, Ofori-Atta declared wanted)
AGYEBENG = actor("Kissi Agyebeng", "GHA", "JUD")
OSP = actor("Office of the Special Prosecutor", "GHA", "JUD")
OFORI_ATTA = actor("Ken Ofori-Atta", "GHA", "CVL")
SML = actor("Strategic Mobilisation Ghana Ltd", "GHA", "BUS")
DAVIES = actor("Frank Davies", "GHA", "CVL")
AFENYO_MARKIN = actor("Alexander Afenyo-Markin", "GHA", "OPP")
MAHAMA = actor("John Mahama", "GHA", "GOV")
AKUFO_ADDO = actor("Nana Akufo-Addo", "GHA", "GOV")
KWAKYE_OFOSU = actor("Felix Kwakye Ofosu", "GHA", "GOV")

G1 = ("ACCRA, Feb 12 (Reuters) - Ghana's Special Prosecutor on Wednesday declared former Finance Minister Ken "
      "Ofori-Atta a wanted person and a fugitive from justice, escalating a corruption investigation into deals "
      "struck under the previous government.")
G2 = ("Kissi Agyebeng told a news conference in Accra that Ofori-Atta, who served under former President Nana "
      "Akufo-Addo from 2017 to 2024, had ignored a summons to appear for questioning and had left the country.")
G3 = ("His office is investigating a revenue assurance contract between the Ghana Revenue Authority and Strategic "
      "Mobilisation Ghana Ltd, the purchase of ambulances and the stalled National Cathedral project, he said.")
G4 = ('"Mr Ofori-Atta is a fugitive from justice, and we will take every lawful step to bring him back to Ghana," '
      'Agyebeng said.')
G5 = ("The prosecutor said his office would ask Interpol to issue a red notice and would seek his extradition from "
      "the United States, where he is believed to be.")
G6 = ("Investigators searched Ofori-Atta's residence in Accra's Labone neighbourhood on Monday and froze several "
      "bank accounts linked to the revenue contract, Agyebeng added.")
G7 = ("Ofori-Atta's lawyer, Frank Davies, said his client was undergoing medical treatment in the United States and "
      "had offered to be interviewed as soon as his doctors allowed him to travel.")
G8 = ('"Declaring a sick man a fugitive is a publicity stunt, not law enforcement," Davies said, accusing the '
      'prosecutor of bowing to political pressure.')
G9 = ("Minority Leader Alexander Afenyo-Markin of the New Patriotic Party, now in opposition, called the move a "
      "political witch-hunt against members of the former government.")
G10 = ("President John Mahama, who took office in January after a landslide election victory on a promise to fight "
       "graft, has set up a task force to recover assets he says were looted under his predecessor.")
G11 = ("Government spokesman Felix Kwakye Ofosu said the administration did not interfere in the special "
       "prosecutor's work and urged Ofori-Atta to \"come home and clear his name.\"")
G12 = ("Ofori-Atta, a cousin of Akufo-Addo and co-founder of the investment bank Databank, oversaw Ghana's worst "
       "economic crisis in a generation, which ended in a default on most of its external debt and a $3 billion "
       "IMF programme in 2023.")
G13 = ("Strategic Mobilisation Ghana has denied any wrongdoing, saying the contract helped the revenue authority "
       "recover billions of cedis in lost taxes.")
G14 = "The U.S. Embassy in Accra declined to comment on any extradition request."

EN01 = {
    "id": "hm328-en-01", "lang": "en", "url": None, "published": "2025-02-12",
    "title": "Ghana's special prosecutor declares ex-finance minister Ofori-Atta a fugitive",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9], [G10, G11], [G12, G13, G14]),
    "events": [
        event("THREATEN", AGYEBENG, OFORI_ATTA, G1, mode="arrest", date="2025-02-12"),
        event("ACCUSE", AGYEBENG, OFORI_ATTA, G2, mode="allege", location="Accra", location_country="GHA"),
        event("ACCUSE", OSP, OFORI_ATTA, G3, mode="investigate"),
        event("THREATEN", AGYEBENG, OFORI_ATTA, G4, mode="arrest"),
        event("THREATEN", AGYEBENG, OFORI_ATTA, G5, mode="arrest"),
        event("COERCE", OSP, OFORI_ATTA, G6, mode="seize", date="2025-02-10", location="Labone",
              location_country="GHA"),
        event("COERCE", OSP, SML, G6, mode="seize"),
        event("AGREE", OFORI_ATTA, OSP, G7),
        event("ACCUSE", DAVIES, AGYEBENG, G8, mode="disapprove"),
        event("ACCUSE", AFENYO_MARKIN, OSP, G9, mode="disapprove"),
        event("ACCUSE", MAHAMA, AKUFO_ADDO, G10, mode="allege"),
        event("REQUEST", KWAKYE_OFOSU, OFORI_ATTA, G11),
    ],
    "quotes": [
        quote("Ofori-Atta, who served under former President Nana Akufo-Addo from 2017 to 2024, had ignored a summons "
              "to appear for questioning and had left the country", "Kissi Agyebeng", "indirect"),
        quote("His office is investigating a revenue assurance contract between the Ghana Revenue Authority and "
              "Strategic Mobilisation Ghana Ltd, the purchase of ambulances and the stalled National Cathedral project",
              "Kissi Agyebeng", "indirect"),
        quote("Mr Ofori-Atta is a fugitive from justice, and we will take every lawful step to bring him back to Ghana",
              "Kissi Agyebeng", "direct"),
        quote("his office would ask Interpol to issue a red notice and would seek his extradition from the United "
              "States, where he is believed to be", "Kissi Agyebeng", "indirect"),
        quote("Investigators searched Ofori-Atta's residence in Accra's Labone neighbourhood on Monday and froze "
              "several bank accounts linked to the revenue contract", "Kissi Agyebeng", "indirect"),
        quote("his client was undergoing medical treatment in the United States and had offered to be interviewed as "
              "soon as his doctors allowed him to travel", "Frank Davies", "indirect"),
        quote("Declaring a sick man a fugitive is a publicity stunt, not law enforcement", "Frank Davies", "direct"),
        quote("bowing to political pressure", "Frank Davies", "indirect"),
        quote("were looted under his predecessor", "John Mahama", "indirect"),
        quote("the administration did not interfere in the special prosecutor's work", "Felix Kwakye Ofosu",
              "indirect"),
        quote("come home and clear his name", "Felix Kwakye Ofosu", "direct"),
        quote("the contract helped the revenue authority recover billions of cedis in lost taxes",
              "Strategic Mobilisation Ghana Ltd", "indirect"),
    ],
    "entities": [
        entity("Accra", "LOC", "GHA", ["ACCRA", "Accra"]),
        entity("Ghana", "LOC", "GHA", ["Ghana's", "Ghana", "the country"]),
        entity("Kissi Agyebeng", "PER", "GHA", ["Ghana's Special Prosecutor", "Kissi Agyebeng", "Agyebeng",
                                                "The prosecutor", "the prosecutor", "the special prosecutor"]),
        entity("Ken Ofori-Atta", "PER", "GHA", ["former Finance Minister Ken Ofori-Atta", "Ofori-Atta",
                                                "Mr Ofori-Atta", "his client", "a sick man"]),
        entity("Government of Nana Akufo-Addo", "ORG", "GHA", ["the previous government", "the former government"]),
        entity("Nana Akufo-Addo", "PER", "GHA", ["former President Nana Akufo-Addo", "Akufo-Addo", "his predecessor"]),
        entity("Office of the Special Prosecutor", "ORG", "GHA", ["His office", "his office", "Investigators"]),
        entity("Ghana Revenue Authority", "ORG", "GHA", ["the Ghana Revenue Authority", "the revenue authority"]),
        entity("Strategic Mobilisation Ghana Ltd", "ORG", "GHA", ["Strategic Mobilisation Ghana Ltd",
                                                                  "Strategic Mobilisation Ghana"]),
        entity("National Cathedral of Ghana", "LOC", "GHA", ["National Cathedral"]),
        entity("Interpol", "ORG", "IGO", ["Interpol"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Labone", "LOC", "GHA", ["Labone"]),
        entity("Frank Davies", "PER", "GHA", ["Ofori-Atta's lawyer, Frank Davies", "Davies"]),
        entity("Alexander Afenyo-Markin", "PER", "GHA", ["Minority Leader Alexander Afenyo-Markin"]),
        entity("New Patriotic Party", "ORG", "GHA", ["the New Patriotic Party"]),
        entity("John Mahama", "PER", "GHA", ["President John Mahama"]),
        entity("Felix Kwakye Ofosu", "PER", "GHA", ["Government spokesman Felix Kwakye Ofosu"]),
        entity("Government of Ghana", "ORG", "GHA", ["the administration"]),
        entity("Databank", "ORG", "GHA", ["the investment bank Databank"]),
        entity("International Monetary Fund", "ORG", "IGO", ["IMF"]),
        entity("U.S. Embassy in Accra", "ORG", "USA", ["The U.S. Embassy in Accra"]),
    ],
}

# ---------------------------------------------------------------- hm328-en-02 (Mali, Wagner leaves, Africa Corps stays)
WAGNER = actor("Wagner Group", "RUS", "MIL")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
MLI_MILITANTS = actor("Islamist militants in Mali", "MLI", "REB")
AFRICA_CORPS = actor("Africa Corps", "RUS", "MIL")
JNIM = actor("Jama'at Nusrat al-Islam wal-Muslimin", "MLI", "REB")
FAMA = actor("Malian Armed Forces", "MLI", "MIL")
FRA_MIL = actor("French Armed Forces", "FRA", "MIL")
TUAREG_SEP = actor("Tuareg separatists", "MLI", "REB")
HRW = actor("Human Rights Watch", "NGO", "NGO")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

W1 = ("BAMAKO, June 6 (Reuters) - Russia's Wagner mercenary group said on Friday it was leaving Mali after three and "
      "a half years of fighting Islamist insurgents alongside the country's army, handing its role to the "
      "Kremlin-controlled Africa Corps.")
W2 = ('"Mission accomplished. PMC Wagner is going home," the group said on a Telegram channel linked to it, adding '
      'that its fighters had killed thousands of militants and their commanders.')
W3 = ("Africa Corps, set up by Russia's defence ministry after Wagner founder Yevgeny Prigozhin was killed in a plane "
      "crash in 2023, said on its own channel that Russia would remain in Mali.")
W4 = ("Security and diplomatic sources said Africa Corps units, many of them made up of former Wagner fighters, had "
      "been arriving in Mali for months with armoured vehicles and aircraft.")
W5 = "Mali's military government, led by General Assimi Goita, did not comment on the announcement."
W6 = ("Wagner's exit comes days after fighters of the al Qaeda-linked group JNIM overran an army base in Boulkessi "
      "near the border with Burkina Faso, killing dozens of soldiers, according to security sources.")
W7 = "JNIM also claimed an attack on a military camp in Timbuktu on Monday, which the army said it had repelled."
W8 = ("Mali's junta turned to Wagner in late 2021 after falling out with former colonial power France, whose troops "
      "completed their withdrawal in 2022.")
W9 = ("Wagner suffered its heaviest known losses in July 2024, when Tuareg separatists said they had killed dozens "
      "of its fighters and Malian soldiers near Tinzaouaten on the Algerian border.")
W10 = ("Human Rights Watch and other groups have accused Malian soldiers and Wagner fighters of executing hundreds "
       "of civilians, including in the central town of Moura in March 2022.")
W11 = "The government in Bamako has rejected the accusations and says its operations target only terrorists."
W12 = ('"Wagner leaving changes the logo, not the policy," said Ulf Laessing, head of the Sahel programme at '
       "Germany's Konrad Adenauer Foundation in Bamako.")
W13 = ("Kremlin spokesman Dmitry Peskov said Moscow would keep developing military cooperation with Bamako, "
       "including supplies of weapons.")
W14 = "Wagner is estimated to have had about 2,000 fighters in Mali."
W15 = "Russia's defence ministry did not respond to a request for comment."

EN02 = {
    "id": "hm328-en-02", "lang": "en", "url": None, "published": "2025-06-06",
    "title": "Russia's Wagner says it is leaving Mali, Africa Corps to stay",
    "text": paragraphs([W1, W2, W3], [W4, W5], [W6, W7], [W8, W9, W10, W11], [W12, W13, W14, W15]),
    "events": [
        event("CONCEDE", WAGNER, MLI_GOV, W1, date="2025-06-06"),
        event("CONCEDE", WAGNER, MLI_GOV, W2),
        event("ASSAULT", WAGNER, MLI_MILITANTS, W2),
        event("AGREE", AFRICA_CORPS, MLI_GOV, W3),
        event("MOBILIZE", AFRICA_CORPS, None, W4, mode="troops", location="Mali", location_country="MLI"),
        event("ASSAULT", JNIM, FAMA, W6, location="Boulkessi", location_country="MLI"),
        event("ASSAULT", JNIM, FAMA, W7, date="2025-06-02", location="Timbuktu", location_country="MLI"),
        event("ASSAULT", FAMA, JNIM, W7, date="2025-06-02", location="Timbuktu", location_country="MLI"),
        event("COOPERATE", MLI_GOV, WAGNER, W8),
        event("RETREAT", FRA_MIL, MLI_GOV, W8, mode="withdraw"),
        event("ASSAULT", TUAREG_SEP, WAGNER, W9, location="Tinzaouaten", location_country="MLI"),
        event("ASSAULT", TUAREG_SEP, FAMA, W9, location="Tinzaouaten", location_country="MLI"),
        event("ACCUSE", HRW, FAMA, W10, mode="allege"),
        event("ACCUSE", HRW, WAGNER, W10, mode="allege"),
        event("AGREE", PESKOV, MLI_GOV, W13),
    ],
    "quotes": [
        quote("it was leaving Mali after three and a half years of fighting Islamist insurgents alongside the "
              "country's army", "Wagner Group", "indirect"),
        quote("Mission accomplished. PMC Wagner is going home", "Wagner Group", "direct"),
        quote("its fighters had killed thousands of militants and their commanders", "Wagner Group", "indirect"),
        quote("Russia would remain in Mali", "Africa Corps", "indirect"),
        quote("Africa Corps units, many of them made up of former Wagner fighters, had been arriving in Mali for "
              "months with armoured vehicles and aircraft", "security and diplomatic sources", "indirect"),
        quote("fighters of the al Qaeda-linked group JNIM overran an army base in Boulkessi near the border with "
              "Burkina Faso, killing dozens of soldiers", "security sources", "indirect"),
        quote("it had repelled", "Malian Armed Forces", "indirect"),
        quote("they had killed dozens of its fighters and Malian soldiers near Tinzaouaten on the Algerian border",
              "Tuareg separatists", "indirect"),
        quote("executing hundreds of civilians, including in the central town of Moura in March 2022",
              "Human Rights Watch", "indirect"),
        quote("its operations target only terrorists", "Government of Mali", "indirect"),
        quote("Wagner leaving changes the logo, not the policy", "Ulf Laessing", "direct"),
        quote("Moscow would keep developing military cooperation with Bamako, including supplies of weapons",
              "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Bamako", "LOC", "MLI", ["BAMAKO", "Bamako"]),
        entity("Wagner Group", "ORG", "RUS", ["Russia's Wagner mercenary group", "Wagner", "the group",
                                              "PMC Wagner"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("Islamist militants in Mali", "ORG", "MLI", ["Islamist insurgents", "militants"]),
        entity("Malian Armed Forces", "ORG", "MLI", ["the country's army", "the army", "Malian soldiers",
                                                     "dozens of soldiers"]),
        entity("Africa Corps", "ORG", "RUS", ["the Kremlin-controlled Africa Corps", "Africa Corps"]),
        entity("Russia", "LOC", "RUS", ["Russia's", "Russia"]),
        entity("Telegram", "ORG", "ARE", ["Telegram"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Russia's defence ministry"]),
        entity("Yevgeny Prigozhin", "PER", "RUS", ["Wagner founder Yevgeny Prigozhin"]),
        entity("Government of Mali", "ORG", "MLI", ["Mali's military government", "Mali's junta",
                                                    "The government in Bamako"]),
        entity("Assimi Goita", "PER", "MLI", ["General Assimi Goita"]),
        entity("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "MLI", ["the al Qaeda-linked group JNIM", "JNIM"]),
        entity("al Qaeda", "ORG", None, ["al Qaeda"]),
        entity("Boulkessi", "LOC", "MLI", ["Boulkessi"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso"]),
        entity("Timbuktu", "LOC", "MLI", ["Timbuktu"]),
        entity("France", "LOC", "FRA", ["former colonial power France"]),
        entity("French Armed Forces", "ORG", "FRA", ["whose troops"]),
        entity("Tuareg separatists", "ORG", "MLI", ["Tuareg separatists"]),
        entity("Tinzaouaten", "LOC", "MLI", ["Tinzaouaten"]),
        entity("Algeria", "LOC", "DZA", ["Algerian"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Moura", "LOC", "MLI", ["the central town of Moura"]),
        entity("Ulf Laessing", "PER", "DEU", ["Ulf Laessing"]),
        entity("Sahel", "LOC", None, ["Sahel"]),
        entity("Konrad Adenauer Foundation", "ORG", "DEU", ["Germany's Konrad Adenauer Foundation"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
