"""Round 406: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm406-de-01: South Sudan: soldiers surround ex-spy chief Akol Koor Kuc's Juba home, a gunfight with his bodyguards follows and he is put under house arrest; the army speaks of a misunderstanding, Makuei accuses him and announces a treason probe, his family denies, Kiir's October dismissal recalled, UNMISS and the US embassy appeal for restraint (2024-11-22).
- hm406-de-02: Ethiopia: the National Election Board revokes the TPLF's registration; the February suspension recalled, the TPLF and Amanuel Assefa reject the decision, Addis Ababa's accusation of an Eritrea alliance and Asmara's denial, Getachew Reda welcomes the step and attacks the TPLF, Tadesse Werede appeals for calm and pledges cooperation, the AU urges dialogue (2025-05-15).
- hm406-de-03: Uganda: parliament passes the UPDF amendment allowing military trials of civilians; opposition walkout, police and soldiers deployed, lawyers protest without arrests, Oboth-Oboth defends the law, Ssenyonyi accuses the government, Amnesty urges Museveni not to sign, Museveni's January attack on the Supreme Court, Besigye's treason charge, Lukwago's abduction claim and the bail refusal (2025-05-21).
- hm406-de-04: Mozambique: Islamic State insurgents raid Macomia in Cabo Delgado and fight government troops; houses burnt, the IS claim via Amaq, Nyusi condemns and backs the army, Chume threatens the attackers, SAMIM joins the fighting, its planned July pull-out, Rwanda pledges more troops, WFP food aid (2024-05-12).
- hm406-en-01: Nigeria: INEC declares the APC's Monday Okpebholo winner of the Edo governorship election; the PDP rejects the result, Ighodalo and Obaseki allege rigging, police tear-gas PDP protesters in Benin City, Tinubu congratulates and urges court challenges, Atiku attacks INEC, Yakubu denies bias, Yiaga Africa alleges discrepancies and asks for a review, Akpata congratulates the winner (2024-09-22).
- hm406-en-02: Madagascar: after Rajoelina steps down to run again, Senate President Razafimahefa declines the interim and the High Constitutional Court hands power to Ntsay's collegial government; the opposition collective calls it an institutional coup and demands a postponement, Ravalomanana attacks Rajoelina, tear gas and two arrests at a march, the nationality row and dismissed petitions, the EU and U.S. urge a credible vote (2023-09-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm406-de-01 (South Sudan, Akol Koor Kuc)
SSPDF = actor("South Sudan People's Defence Forces", "SSD", "MIL")
KOOR = actor("Akol Koor Kuc", "SSD", "CVL")
KOOR_GUARDS = actor("bodyguards of Akol Koor Kuc", "SSD", "CVL")
KIIR = actor("Salva Kiir", "SSD", "GOV")
MAKUEI = actor("Michael Makuei Lueth", "SSD", "GOV")
SSD_GOV = actor("Government of South Sudan", "SSD", "GOV")
UNMISS = actor("United Nations Mission in South Sudan", "UNO", "IGO")
US_EMB_JUBA = actor("Embassy of the United States in Juba", "USA", "GOV")

A1 = ("Juba (dpa) - Im Südsudan ist der frühere Geheimdienstchef Akol Koor Kuc nach einem nächtlichen Feuergefecht in "
      "der Hauptstadt Juba unter Hausarrest gestellt worden.")
A2 = ("Soldaten hatten am Donnerstagabend das Anwesen des Generals im Stadtteil Thongpiny umstellt und seine "
      "Leibwächter aufgefordert, die Waffen niederzulegen, wie Augenzeugen berichteten.")
A3 = "Als diese sich weigerten, eröffneten die Soldaten das Feuer, die Leibwächter schossen zurück."
A4 = "Mindestens drei Menschen seien getötet worden, sagte ein Krankenhausmitarbeiter der Deutschen Presse-Agentur."
A5 = "Armeesprecher Lul Ruai Koang sprach von einem „Missverständnis“ und erklärte, die Lage sei unter Kontrolle."
A6 = "Koor sei in Gewahrsam genommen worden und werde in seinem Haus festgehalten, fügte er hinzu."
A7 = ("Der General war Anfang Oktober von Präsident Salva Kiir nach mehr als einem Jahrzehnt an der Spitze des "
      "Nationalen Sicherheitsdienstes (NSS) entlassen worden.")
A8 = "Nachfolger wurde Akec Tong Aleu, ein enger Vertrauter des Staatschefs."
A9 = ("Informationsminister Michael Makuei Lueth warf Koor vor, in seinem Anwesen Waffen gehortet und sich der "
      "Festnahme widersetzt zu haben.")
A10 = "Ein Sprecher der Familie wies die Vorwürfe zurück."
A11 = "Die Behörden ermittelten gegen den General wegen Hochverrats, sagte Makuei."
A12 = ("Die UN-Mission im Südsudan (UNMISS) zeigte sich besorgt und rief die Armee und Koors Leibwächter zur "
       "Zurückhaltung auf.")
A13 = "Auch die US-Botschaft in Juba forderte eine friedliche Lösung."
A14 = ("Die Spannungen fallen in eine Phase großer Unsicherheit, nachdem die für Dezember geplanten Wahlen im September "
       "um zwei weitere Jahre verschoben worden waren.")
A15 = "Machtkämpfe innerhalb der Regierungspartei SPLM gelten als große Gefahr für die Stabilität des Landes."
A16 = ("Der jüngste Staat der Welt war nach seiner Unabhängigkeit 2011 in einen Bürgerkrieg gestürzt, in dem bis 2018 "
       "fast 400.000 Menschen getötet wurden.")

DE01 = {
    "id": "hm406-de-01", "lang": "de", "url": None, "published": "2024-11-22",
    "title": "Südsudans früherer Geheimdienstchef nach Schusswechsel unter Hausarrest",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6], [A7, A8, A9, A10, A11], [A12, A13], [A14, A15, A16]),
    "events": [
        event("COERCE", SSPDF, KOOR, A1, mode="arrest", location="Juba", location_country="SSD"),
        event("COERCE", SSPDF, KOOR, A2, mode="restrict", date="2024-11-21", location="Juba",
              location_country="SSD"),
        event("REQUEST", SSPDF, KOOR_GUARDS, A2, mode="yield", date="2024-11-21", location="Juba",
              location_country="SSD"),
        event("REJECT", KOOR_GUARDS, SSPDF, A3, mode="yield"),
        event("ASSAULT", SSPDF, KOOR_GUARDS, A3, mode="firearms"),
        event("ASSAULT", KOOR_GUARDS, SSPDF, A3, mode="firearms"),
        event("COERCE", SSPDF, KOOR, A6, mode="arrest"),
        event("COERCE", KIIR, KOOR, A7, mode="restrict"),
        event("ACCUSE", MAKUEI, KOOR, A9, mode="allege"),
        event("ACCUSE", SSD_GOV, KOOR, A11, mode="investigate"),
        event("REQUEST", UNMISS, SSPDF, A12),
        event("REQUEST", UNMISS, KOOR_GUARDS, A12),
        event("REQUEST", US_EMB_JUBA, None, A13),
    ],
    "quotes": [
        quote("Soldaten hatten am Donnerstagabend das Anwesen des Generals im Stadtteil Thongpiny umstellt und seine "
              "Leibwächter aufgefordert, die Waffen niederzulegen", "eyewitnesses in Juba", "indirect"),
        quote("Mindestens drei Menschen seien getötet worden", "hospital worker in Juba", "indirect"),
        quote("Missverständnis", "Lul Ruai Koang", "direct"),
        quote("die Lage sei unter Kontrolle", "Lul Ruai Koang", "indirect"),
        quote("Koor sei in Gewahrsam genommen worden und werde in seinem Haus festgehalten", "Lul Ruai Koang",
              "indirect"),
        quote("in seinem Anwesen Waffen gehortet und sich der Festnahme widersetzt zu haben", "Michael Makuei Lueth",
              "indirect"),
        quote("Die Behörden ermittelten gegen den General wegen Hochverrats", "Michael Makuei Lueth", "indirect"),
    ],
    "entities": [
        entity("Juba", "LOC", "SSD", ["Juba", "der Hauptstadt Juba"]),
        entity("South Sudan", "LOC", "SSD", ["Südsudan", "des Landes", "Der jüngste Staat der Welt"]),
        entity("Akol Koor Kuc", "PER", "SSD", ["der frühere Geheimdienstchef Akol Koor Kuc", "des Generals", "seine",
                                               "Koor", "seinem", "Der General", "den General", "Koors"]),
        entity("South Sudan People's Defence Forces", "ORG", "SSD", ["Soldaten", "die Soldaten", "die Armee"]),
        entity("Thongpiny", "LOC", "SSD", ["Stadtteil Thongpiny"]),
        entity("bodyguards of Akol Koor Kuc", "PER", "SSD", ["seine Leibwächter", "diese", "die Leibwächter",
                                                             "Koors Leibwächter"]),
        entity("eyewitnesses in Juba", "PER", "SSD", ["Augenzeugen"]),
        entity("hospital worker in Juba", "PER", "SSD", ["ein Krankenhausmitarbeiter"]),
        entity("Deutsche Presse-Agentur", "ORG", "DEU", ["der Deutschen Presse-Agentur"]),
        entity("Lul Ruai Koang", "PER", "SSD", ["Armeesprecher Lul Ruai Koang", "er"]),
        entity("Salva Kiir", "PER", "SSD", ["Präsident Salva Kiir", "des Staatschefs"]),
        entity("National Security Service of South Sudan", "ORG", "SSD",
               ["des Nationalen Sicherheitsdienstes (NSS)"]),
        entity("Akec Tong Aleu", "PER", "SSD", ["Akec Tong Aleu"]),
        entity("Michael Makuei Lueth", "PER", "SSD", ["Informationsminister Michael Makuei Lueth", "Makuei"]),
        entity("spokesman of Akol Koor Kuc's family", "PER", "SSD", ["Ein Sprecher der Familie"]),
        entity("Government of South Sudan", "ORG", "SSD", ["Die Behörden"]),
        entity("United Nations Mission in South Sudan", "ORG", "UNO", ["Die UN-Mission im Südsudan (UNMISS)"]),
        entity("Embassy of the United States in Juba", "ORG", "USA", ["die US-Botschaft in Juba"]),
        entity("Sudan People's Liberation Movement", "ORG", "SSD", ["der Regierungspartei SPLM"]),
    ],
}

# ---------------------------------------------------------------- hm406-de-02 (Ethiopia, TPLF deregistered)
NEBE = actor("National Election Board of Ethiopia", "ETH", "GOV")
TPLF = actor("Tigray People's Liberation Front", "ETH", "PTY")
AMANUEL = actor("Amanuel Assefa", "ETH", "PTY")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
GETACHEW = actor("Getachew Reda", "ETH", "GOV")
TADESSE = actor("Tadesse Werede", "ETH", "GOV")
TIGRAY_PEOPLE = actor("people of Tigray", "ETH", "CVL")
AU = actor("African Union", "IGO", "IGO")

E1 = ("Addis Abeba (dpa) - Die äthiopische Wahlbehörde hat der Volksbefreiungsfront von Tigray (TPLF) die Zulassung "
      "als politische Partei entzogen.")
E2 = ("Die Partei habe es versäumt, innerhalb der gesetzten Frist eine ordnungsgemäße Generalversammlung unter "
      "Aufsicht der Behörde abzuhalten, hieß es in einer am Mittwoch veröffentlichten Erklärung.")
E3 = "Bereits im Februar hatte die Behörde die TPLF für drei Monate suspendiert."
E4 = ("Die Entscheidung bedeutet, dass die frühere Rebellenbewegung an der für 2026 geplanten Parlamentswahl nicht "
      "teilnehmen kann.")
E5 = "Die TPLF erklärte, die „politisch motivierte Entscheidung“ gefährde den Friedensvertrag von Pretoria."
E6 = ("Der stellvertretende Parteichef Amanuel Assefa sagte, man werde den Beschluss nicht anerkennen und die "
      "politische Arbeit fortsetzen.")
E7 = ("Die Bundesregierung in Addis Abeba hatte der Parteiführung zuletzt vorgeworfen, sich mit dem Nachbarland "
      "Eritrea gegen die Zentralregierung zu verbünden.")
E8 = "Asmara weist dies zurück."
E9 = ("Getachew Reda, der im März nach einem Machtkampf mit TPLF-Chef Debretsion Gebremichael als Übergangspräsident "
      "von Tigray abgelöst worden war, begrüßte die Entscheidung.")
E10 = ("Die TPLF habe sich „von einer Befreiungsbewegung in eine Gefahr für das Volk von Tigray verwandelt“, schrieb "
       "er auf Facebook.")
E11 = ("Ministerpräsident Abiy Ahmed hatte im April General Tadesse Werede zum neuen Chef der Übergangsverwaltung "
       "ernannt.")
E12 = ("Tadesse rief die Bevölkerung in einer Fernsehansprache zur Ruhe auf und versicherte, seine Verwaltung werde "
       "eng mit der Bundesregierung zusammenarbeiten.")
E13 = "Die Afrikanische Union forderte die Bundesregierung und die TPLF auf, ihre Differenzen im Dialog beizulegen."
E14 = ("Das 2022 geschlossene Abkommen von Pretoria hatte einen zweijährigen Krieg zwischen der Armee und den "
       "Tigray-Kräften beendet.")
E15 = "Nach Schätzungen kamen dabei Hunderttausende Menschen ums Leben."
E16 = "In Tigray leben noch immer rund eine Million Vertriebene in Lagern."

DE02 = {
    "id": "hm406-de-02", "lang": "de", "url": None, "published": "2025-05-15",
    "title": "Äthiopien entzieht TPLF die Zulassung als Partei",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12], [E13, E14, E15, E16]),
    "events": [
        event("COERCE", NEBE, TPLF, E1, mode="ban"),
        event("ACCUSE", NEBE, TPLF, E2, mode="allege", date="2025-05-14"),
        event("COERCE", NEBE, TPLF, E3, mode="ban"),
        event("ACCUSE", TPLF, NEBE, E5, mode="disapprove"),
        event("REJECT", AMANUEL, NEBE, E6),
        event("ACCUSE", ETH_GOV, TPLF, E7, mode="allege"),
        event("SUPPORT", GETACHEW, NEBE, E9),
        event("ACCUSE", GETACHEW, TPLF, E10, mode="disapprove"),
        event("REQUEST", TADESSE, TIGRAY_PEOPLE, E12),
        event("AGREE", TADESSE, ETH_GOV, E12),
        event("REQUEST", AU, ETH_GOV, E13, mode="meet"),
        event("REQUEST", AU, TPLF, E13, mode="meet"),
    ],
    "quotes": [
        quote("Die Partei habe es versäumt, innerhalb der gesetzten Frist eine ordnungsgemäße Generalversammlung unter "
              "Aufsicht der Behörde abzuhalten", "National Election Board of Ethiopia", "indirect"),
        quote("politisch motivierte Entscheidung", "Tigray People's Liberation Front", "direct"),
        quote("die „politisch motivierte Entscheidung“ gefährde den Friedensvertrag von Pretoria",
              "Tigray People's Liberation Front", "indirect"),
        quote("man werde den Beschluss nicht anerkennen und die politische Arbeit fortsetzen", "Amanuel Assefa",
              "indirect"),
        quote("sich mit dem Nachbarland Eritrea gegen die Zentralregierung zu verbünden", "Government of Ethiopia",
              "indirect"),
        quote("von einer Befreiungsbewegung in eine Gefahr für das Volk von Tigray verwandelt", "Getachew Reda",
              "direct"),
        quote("Die TPLF habe sich „von einer Befreiungsbewegung in eine Gefahr für das Volk von Tigray verwandelt“",
              "Getachew Reda", "indirect"),
        quote("seine Verwaltung werde eng mit der Bundesregierung zusammenarbeiten", "Tadesse Werede", "indirect"),
    ],
    "entities": [
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba"]),
        entity("National Election Board of Ethiopia", "ORG", "ETH", ["Die äthiopische Wahlbehörde", "der Behörde",
                                                                     "die Behörde"]),
        entity("Tigray People's Liberation Front", "ORG", "ETH",
               ["der Volksbefreiungsfront von Tigray (TPLF)", "Die Partei", "die TPLF", "Die TPLF",
                "die frühere Rebellenbewegung", "der Parteiführung", "TPLF"]),
        entity("Pretoria Agreement", "MISC", "ETH", ["den Friedensvertrag von Pretoria", "Das 2022 geschlossene "
                                                     "Abkommen von Pretoria"]),
        entity("Amanuel Assefa", "PER", "ETH", ["Der stellvertretende Parteichef Amanuel Assefa"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["Die Bundesregierung in Addis Abeba", "die Zentralregierung",
                                                        "der Bundesregierung", "die Bundesregierung"]),
        entity("Eritrea", "LOC", "ERI", ["dem Nachbarland Eritrea"]),
        entity("Government of Eritrea", "ORG", "ERI", ["Asmara"]),
        entity("Getachew Reda", "PER", "ETH", ["Getachew Reda", "er"]),
        entity("Debretsion Gebremichael", "PER", "ETH", ["TPLF-Chef Debretsion Gebremichael"]),
        entity("Tigray", "LOC", "ETH", ["Tigray", "In Tigray"]),
        entity("people of Tigray", "PER", "ETH", ["das Volk von Tigray", "die Bevölkerung"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Ministerpräsident Abiy Ahmed"]),
        entity("Tadesse Werede", "PER", "ETH", ["General Tadesse Werede", "Tadesse", "seine"]),
        entity("Tigray Interim Regional Administration", "ORG", "ETH", ["der Übergangsverwaltung", "seine Verwaltung"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Ethiopian National Defense Force", "ORG", "ETH", ["der Armee"]),
        entity("Tigray forces", "ORG", "ETH", ["den Tigray-Kräften"]),
    ],
}

# ---------------------------------------------------------------- hm406-de-03 (Uganda, military trials law)
UGA_OPP_MPS = actor("opposition members of the Parliament of Uganda", "UGA", "LEG")
NRM = actor("National Resistance Movement", "UGA", "PTY")
UGA_POLICE = actor("Uganda Police Force", "UGA", "COP")
UPDF = actor("Uganda People's Defence Force", "UGA", "MIL")
UGA_LAWYERS = actor("Ugandan lawyers", "UGA", "CVL")
UGA_PARLIAMENT = actor("Parliament of Uganda", "UGA", "LEG")
SSENYONYI = actor("Joel Ssenyonyi", "UGA", "OPP")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
UGA_SUPREME = actor("Supreme Court of Uganda", "UGA", "JUD")
UGA_DPP = actor("Office of the Director of Public Prosecutions of Uganda", "UGA", "JUD")
BESIGYE = actor("Kizza Besigye", "UGA", "OPP")
LUKWAGO = actor("Erias Lukwago", "UGA", "OPP")
UGA_SECURITY = actor("Ugandan security forces", "UGA", "COP")
UGA_JUDGE = actor("Ugandan judge", "UGA", "JUD")

U1 = ("Kampala (dpa) - Ugandas Parlament hat trotz heftigen Widerstands der Opposition ein Gesetz verabschiedet, das "
      "Militärprozesse gegen Zivilisten wieder erlaubt.")
U2 = ("Die Abgeordneten der Opposition verließen am Dienstag aus Protest den Plenarsaal, bevor die Regierungspartei "
      "NRM die Vorlage mit ihrer Mehrheit billigte.")
U3 = "Vor dem Parlament in Kampala waren zahlreiche Polizisten und Soldaten aufgezogen."
U4 = "Dutzende Anwälte demonstrierten vor dem Gebäude gegen die Vorlage."
U5 = "Die Polizei ließ sie gewähren und nahm niemanden fest."
U6 = ("Die Reform ist eine Reaktion auf ein Urteil des Obersten Gerichts vom Januar, das Militärprozesse gegen "
      "Zivilisten für verfassungswidrig erklärt hatte.")
U7 = ("Verteidigungsminister Jacob Oboth-Oboth sagte, das Gesetz sei nötig, um das Land vor „bewaffneten Kriminellen "
      "und Umstürzlern“ zu schützen.")
U8 = ("Oppositionsführer Joel Ssenyonyi warf der Regierung vor, die Justiz auszuhebeln, um Kritiker mundtot zu "
      "machen.")
U9 = "„Dies ist ein schwarzer Tag für unsere Verfassung“, sagte er vor Journalisten."
U10 = "Amnesty International forderte Präsident Yoweri Museveni auf, das Gesetz nicht zu unterzeichnen."
U11 = ("Museveni hatte die Richter nach dem Urteil scharf kritisiert und angekündigt, an den Militärprozessen "
       "festzuhalten.")
U12 = "Der Staatschef regiert das ostafrikanische Land seit 1986 und will bei der Wahl im Januar 2026 erneut antreten."
U13 = ("Die Staatsanwaltschaft hat den Oppositionspolitiker Kizza Besigye wegen Hochverrats angeklagt, nachdem sein "
       "Verfahren im Februar an ein ziviles Gericht übertragen worden war.")
U14 = ("Sein Anwalt Erias Lukwago warf den Sicherheitsbehörden vor, den 69-Jährigen im November in der kenianischen "
       "Hauptstadt Nairobi entführt zu haben.")
U15 = "Ein Richter lehnte in der vergangenen Woche erneut eine Freilassung Besigyes auf Kaution ab."
U16 = "Besigye war viermal bei Präsidentschaftswahlen gegen Museveni angetreten."

DE03 = {
    "id": "hm406-de-03", "lang": "de", "url": None, "published": "2025-05-21",
    "title": "Uganda erlaubt wieder Militärprozesse gegen Zivilisten",
    "text": paragraphs([U1, U2, U3, U4, U5], [U6, U7, U8, U9], [U10, U11, U12], [U13, U14, U15, U16]),
    "events": [
        event("PROTEST", UGA_OPP_MPS, NRM, U2, mode="boycott", date="2025-05-20", location="Kampala",
              location_country="UGA"),
        event("MOBILIZE", UGA_POLICE, None, U3, mode="police", location="Kampala", location_country="UGA"),
        event("MOBILIZE", UPDF, None, U3, mode="troops", location="Kampala", location_country="UGA"),
        event("PROTEST", UGA_LAWYERS, UGA_PARLIAMENT, U4, mode="demo", location="Kampala", location_country="UGA"),
        event("COERCE", UGA_POLICE, UGA_LAWYERS, U5, mode="arrest", location="Kampala", location_country="UGA",
              negated=True),
        event("ACCUSE", SSENYONYI, UGA_GOV, U8, mode="disapprove"),
        event("REQUEST", AMNESTY, MUSEVENI, U10, mode="change"),
        event("ACCUSE", MUSEVENI, UGA_SUPREME, U11, mode="disapprove"),
        event("REJECT", MUSEVENI, UGA_SUPREME, U11),
        event("ACCUSE", UGA_DPP, BESIGYE, U13, mode="allege"),
        event("ACCUSE", LUKWAGO, UGA_SECURITY, U14, mode="allege"),
        event("REJECT", UGA_JUDGE, BESIGYE, U15, mode="yield"),
    ],
    "quotes": [
        quote("bewaffneten Kriminellen und Umstürzlern", "Jacob Oboth-Oboth", "direct"),
        quote("das Gesetz sei nötig, um das Land vor „bewaffneten Kriminellen und Umstürzlern“ zu schützen",
              "Jacob Oboth-Oboth", "indirect"),
        quote("die Justiz auszuhebeln, um Kritiker mundtot zu machen", "Joel Ssenyonyi", "indirect"),
        quote("Dies ist ein schwarzer Tag für unsere Verfassung", "Joel Ssenyonyi", "direct"),
        quote("das Gesetz nicht zu unterzeichnen", "Amnesty International", "indirect"),
        quote("an den Militärprozessen festzuhalten", "Yoweri Museveni", "indirect"),
        quote("den 69-Jährigen im November in der kenianischen Hauptstadt Nairobi entführt zu haben", "Erias Lukwago",
              "indirect"),
    ],
    "entities": [
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
        entity("Parliament of Uganda", "ORG", "UGA", ["Ugandas Parlament", "dem Parlament in Kampala"]),
        entity("Uganda", "LOC", "UGA", ["Ugandas", "das Land", "das ostafrikanische Land"]),
        entity("Ugandan opposition", "ORG", "UGA", ["der Opposition"]),
        entity("opposition members of the Parliament of Uganda", "PER", "UGA", ["Die Abgeordneten der Opposition"]),
        entity("National Resistance Movement", "ORG", "UGA", ["die Regierungspartei NRM"]),
        entity("Uganda Police Force", "ORG", "UGA", ["zahlreiche Polizisten", "Die Polizei"]),
        entity("Uganda People's Defence Force", "ORG", "UGA", ["Soldaten"]),
        entity("Parliament building of Uganda", "LOC", "UGA", ["dem Gebäude"]),
        entity("Ugandan lawyers", "PER", "UGA", ["Dutzende Anwälte", "sie"]),
        entity("Supreme Court of Uganda", "ORG", "UGA", ["des Obersten Gerichts", "die Richter"]),
        entity("Jacob Oboth-Oboth", "PER", "UGA", ["Verteidigungsminister Jacob Oboth-Oboth"]),
        entity("Joel Ssenyonyi", "PER", "UGA", ["Oppositionsführer Joel Ssenyonyi", "er"]),
        entity("Government of Uganda", "ORG", "UGA", ["der Regierung"]),
        entity("Ugandan judiciary", "ORG", "UGA", ["die Justiz"]),
        entity("journalists", "PER", "UGA", ["Journalisten"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Präsident Yoweri Museveni", "Museveni", "Der Staatschef"]),
        entity("Office of the Director of Public Prosecutions of Uganda", "ORG", "UGA", ["Die Staatsanwaltschaft"]),
        entity("Kizza Besigye", "PER", "UGA", ["den Oppositionspolitiker Kizza Besigye", "sein", "Sein",
                                               "den 69-Jährigen", "Besigyes", "Besigye"]),
        entity("Erias Lukwago", "PER", "UGA", ["Sein Anwalt Erias Lukwago"]),
        entity("Ugandan security forces", "ORG", "UGA", ["den Sicherheitsbehörden"]),
        entity("Nairobi", "LOC", "KEN", ["der kenianischen Hauptstadt Nairobi"]),
        entity("Ugandan judge", "PER", "UGA", ["Ein Richter"]),
    ],
}

# ---------------------------------------------------------------- hm406-de-04 (Mozambique, Macomia attack)
ISMP = actor("Islamic State Mozambique Province", "MOZ", "REB")
FADM = actor("Armed Forces for the Defence of Mozambique", "MOZ", "MIL")
MACOMIA_RESIDENTS = actor("residents of Macomia", "MOZ", "CVL")
NYUSI = actor("Filipe Nyusi", "MOZ", "GOV")
CHUME = actor("Cristóvão Chume", "MOZ", "GOV")
SAMIM = actor("SADC Mission in Mozambique", "IGO", "MIL")
SADC = actor("Southern African Development Community", "IGO", "IGO")
MOZ_GOV = actor("Government of Mozambique", "MOZ", "GOV")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
WFP = actor("World Food Programme", "UNO", "IGO")
MACOMIA_DISPLACED = actor("people displaced from Macomia", "MOZ", "CVL")

Q1 = ("Maputo (dpa) - Islamistische Aufständische haben im Norden Mosambiks die Kleinstadt Macomia überfallen und "
      "sich stundenlange Gefechte mit Regierungstruppen geliefert.")
Q2 = ("Nach Angaben von Bewohnern drangen am Freitagmorgen mehr als hundert Kämpfer in den Ort in der Provinz Cabo "
      "Delgado ein, plünderten Geschäfte und setzten Häuser in Brand.")
Q3 = "Viele Menschen flohen in die umliegenden Wälder."
Q4 = "Die Behörden machten zunächst keine Angaben zur Zahl der Toten."
Q5 = ("Der mosambikanische Ableger der Terrormiliz Islamischer Staat (IS) reklamierte den Angriff über das Sprachrohr "
      "Amaq für sich und sprach von Dutzenden getöteten Soldaten.")
Q6 = "Präsident Filipe Nyusi verurteilte den Angriff und sprach den Streitkräften sein Vertrauen aus."
Q7 = ("Die Armee habe die Lage unter Kontrolle und werde die Angreifer „bis zum letzten Mann“ verfolgen, sagte "
      "Verteidigungsminister Cristóvão Chume.")
Q8 = ("Auch Soldaten der Mission der Entwicklungsgemeinschaft des südlichen Afrika (SAMIM) griffen nach deren Angaben "
      "in die Kämpfe ein.")
Q9 = "Die SADC hatte im Januar beschlossen, ihre Mission bis Mitte Juli aus Mosambik abzuziehen."
Q10 = "Ruanda sagte Maputo unterdessen die Entsendung weiterer Soldaten zu."
Q11 = "Ruandische Truppen kämpfen seit 2021 in der Provinz gegen die Islamisten."
Q12 = ("Das Welternährungsprogramm (WFP) verteilte am Samstag Lebensmittel an mehr als 3000 Menschen, die aus Macomia "
       "geflohen waren.")
Q13 = ("Der Konflikt in der Provinz hat seit 2017 nach Angaben der Organisation Acled mehr als 5000 Menschen das Leben "
       "gekostet.")
Q14 = ("Wegen der Gewalt liegt ein milliardenschweres Flüssiggasprojekt des französischen Konzerns TotalEnergies seit "
       "2021 auf Eis.")
Q15 = "Nyusi hatte noch zu Jahresbeginn versichert, die Aufständischen seien weitgehend besiegt."

DE04 = {
    "id": "hm406-de-04", "lang": "de", "url": None, "published": "2024-05-12",
    "title": "Islamisten überfallen Stadt im Norden Mosambiks",
    "text": paragraphs([Q1, Q2, Q3, Q4, Q5], [Q6, Q7, Q8], [Q9, Q10, Q11, Q12], [Q13, Q14, Q15]),
    "events": [
        event("ASSAULT", ISMP, FADM, Q1, location="Macomia", location_country="MOZ"),
        event("ASSAULT", ISMP, MACOMIA_RESIDENTS, Q2, mode="destroy", date="2024-05-10", location="Macomia",
              location_country="MOZ"),
        event("ASSAULT", ISMP, FADM, Q5),
        event("ACCUSE", NYUSI, ISMP, Q6, mode="disapprove"),
        event("SUPPORT", NYUSI, FADM, Q6),
        event("THREATEN", CHUME, ISMP, Q7, mode="violence"),
        event("ASSAULT", SAMIM, ISMP, Q8, location="Macomia", location_country="MOZ"),
        event("CONCEDE", SADC, MOZ_GOV, Q9),
        event("AGREE", RWA_GOV, MOZ_GOV, Q10),
        event("AID", WFP, MACOMIA_DISPLACED, Q12, date="2024-05-11"),
    ],
    "quotes": [
        quote("Nach Angaben von Bewohnern drangen am Freitagmorgen mehr als hundert Kämpfer in den Ort in der Provinz "
              "Cabo Delgado ein, plünderten Geschäfte und setzten Häuser in Brand", "residents of Macomia", "indirect"),
        quote("bis zum letzten Mann", "Cristóvão Chume", "direct"),
        quote("Die Armee habe die Lage unter Kontrolle und werde die Angreifer „bis zum letzten Mann“ verfolgen",
              "Cristóvão Chume", "indirect"),
        quote("Auch Soldaten der Mission der Entwicklungsgemeinschaft des südlichen Afrika (SAMIM) griffen nach deren "
              "Angaben in die Kämpfe ein", "SADC Mission in Mozambique", "indirect"),
        quote("Der Konflikt in der Provinz hat seit 2017 nach Angaben der Organisation Acled mehr als 5000 Menschen "
              "das Leben gekostet", "Armed Conflict Location and Event Data Project", "indirect"),
        quote("die Aufständischen seien weitgehend besiegt", "Filipe Nyusi", "indirect"),
    ],
    "entities": [
        entity("Maputo", "LOC", "MOZ", ["Maputo"]),
        entity("Mozambique", "LOC", "MOZ", ["Mosambiks", "Mosambik"]),
        entity("Islamic State Mozambique Province", "ORG", "MOZ",
               ["Islamistische Aufständische", "mehr als hundert Kämpfer",
                "Der mosambikanische Ableger der Terrormiliz Islamischer Staat (IS)", "die Angreifer", "die Islamisten",
                "die Aufständischen"]),
        entity("Islamic State", "ORG", "IRQ", ["der Terrormiliz Islamischer Staat (IS)"]),
        entity("Macomia", "LOC", "MOZ", ["die Kleinstadt Macomia", "den Ort", "Macomia"]),
        entity("Armed Forces for the Defence of Mozambique", "ORG", "MOZ",
               ["Regierungstruppen", "Dutzenden getöteten Soldaten", "den Streitkräften", "Die Armee"]),
        entity("residents of Macomia", "PER", "MOZ", ["Bewohnern", "Viele Menschen"]),
        entity("Cabo Delgado", "LOC", "MOZ", ["der Provinz Cabo Delgado", "der Provinz"]),
        entity("Government of Mozambique", "ORG", "MOZ", ["Die Behörden", "Maputo"]),
        entity("Amaq", "ORG", "IRQ", ["das Sprachrohr Amaq"]),
        entity("Filipe Nyusi", "PER", "MOZ", ["Präsident Filipe Nyusi", "sein", "Nyusi"]),
        entity("Cristóvão Chume", "PER", "MOZ", ["Verteidigungsminister Cristóvão Chume"]),
        entity("SADC Mission in Mozambique", "ORG", "IGO",
               ["Soldaten der Mission der Entwicklungsgemeinschaft des südlichen Afrika (SAMIM)", "deren",
                "ihre Mission"]),
        entity("Southern African Development Community", "ORG", "IGO",
               ["der Entwicklungsgemeinschaft des südlichen Afrika", "Die SADC"]),
        entity("Government of Rwanda", "ORG", "RWA", ["Ruanda"]),
        entity("Rwanda Defence Force", "ORG", "RWA", ["Ruandische Truppen"]),
        entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm (WFP)"]),
        entity("people displaced from Macomia", "PER", "MOZ", ["mehr als 3000 Menschen, die aus Macomia geflohen "
                                                               "waren"]),
        entity("Armed Conflict Location and Event Data Project", "ORG", "NGO", ["der Organisation Acled"]),
        entity("TotalEnergies", "ORG", "FRA", ["des französischen Konzerns TotalEnergies"]),
    ],
}

# ---------------------------------------------------------------- hm406-en-01 (Nigeria, Edo governorship election)
INEC = actor("Independent National Electoral Commission", "NGA", "GOV")
PDP = actor("Peoples Democratic Party", "NGA", "PTY")
IGHODALO = actor("Asue Ighodalo", "NGA", "OPP")
OBASEKI = actor("Godwin Obaseki", "NGA", "GOV")
NGA_SECURITY = actor("Nigerian security agencies", "NGA", "COP")
APC = actor("All Progressives Congress", "NGA", "PTY")
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")
PDP_SUPPORTERS = actor("PDP supporters", "NGA", "CVL")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
OKPEBHOLO = actor("Monday Okpebholo", "NGA", "PTY")
ATIKU = actor("Atiku Abubakar", "NGA", "OPP")
YIAGA = actor("Yiaga Africa", "NGA", "NGO")
AKPATA = actor("Olumide Akpata", "NGA", "OPP")

N1 = ("BENIN CITY, Nigeria (AP) — Nigeria's electoral commission on Sunday declared Monday Okpebholo of the ruling All "
      "Progressives Congress winner of the governorship election in southern Edo state, a result the main opposition "
      "party immediately rejected.")
N2 = ("Okpebholo won 291,667 votes against 247,274 for Asue Ighodalo of the Peoples Democratic Party, returning "
      "officer Faruk Kuta announced at the commission's office in Benin City.")
N3 = ("Ighodalo said the result had been \"written in Abuja\" and vowed to challenge it before the election "
      "petitions tribunal.")
N4 = ("Outgoing Governor Godwin Obaseki, who backed Ighodalo, accused security agencies of helping to rig the vote.")
N5 = ("\"This was not an election but a robbery organized by the APC with the help of the police,\" he told reporters "
      "at Government House.")
N6 = ("Police fired tear gas on Sunday to disperse hundreds of PDP supporters who had gathered outside the "
      "commission's office in Benin City to protest against the result.")
N7 = ("Edo police spokesman Moses Yamu said officers had acted to prevent a breakdown of law and order and that "
      "nobody was injured.")
N8 = ("President Bola Tinubu congratulated Okpebholo and urged Ighodalo to seek redress in court rather than on the "
      "streets.")
N9 = ("Former Vice President Atiku Abubakar, the PDP's presidential candidate last year, called the election \"a "
      "daylight robbery\" and accused the Independent National Electoral Commission of bias.")
N10 = "The commission's chairman, Mahmood Yakubu, has rejected accusations of bias."
N11 = ("Yiaga Africa, a civic group that deployed observers across the state, said it had found discrepancies between "
       "results recorded at polling units and those uploaded to the commission's online portal.")
N12 = "The group called on the commission to review the results in the affected wards."
N13 = "Labour Party candidate Olumide Akpata, who came third, congratulated Okpebholo."
N14 = "Okpebholo, a senator, is due to be sworn in on Nov. 12, when Obaseki's second term ends."
N15 = "Governorship elections in Nigeria are often marred by allegations of vote-buying and violence."

EN01 = {
    "id": "hm406-en-01", "lang": "en", "url": None, "published": "2024-09-22",
    "title": "Nigeria's ruling party wins Edo governorship vote; opposition cries foul",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10], [N11, N12, N13], [N14, N15]),
    "events": [
        event("REJECT", PDP, INEC, N1, date="2024-09-22"),
        event("ACCUSE", IGHODALO, INEC, N3, mode="allege"),
        event("ACCUSE", OBASEKI, NGA_SECURITY, N4, mode="allege"),
        event("ACCUSE", OBASEKI, APC, N5, mode="allege"),
        event("ACCUSE", OBASEKI, NGA_POLICE, N5, mode="allege"),
        event("COERCE", NGA_POLICE, PDP_SUPPORTERS, N6, mode="crowd-control", date="2024-09-22",
              location="Benin City", location_country="NGA"),
        event("PROTEST", PDP_SUPPORTERS, INEC, N6, mode="demo", date="2024-09-22", location="Benin City",
              location_country="NGA"),
        event("SUPPORT", TINUBU, OKPEBHOLO, N8),
        event("REQUEST", TINUBU, IGHODALO, N8),
        event("ACCUSE", ATIKU, INEC, N9, mode="disapprove"),
        event("ACCUSE", YIAGA, INEC, N11, mode="allege"),
        event("REQUEST", YIAGA, INEC, N12, mode="change"),
        event("SUPPORT", AKPATA, OKPEBHOLO, N13),
    ],
    "quotes": [
        quote("Okpebholo won 291,667 votes against 247,274 for Asue Ighodalo of the Peoples Democratic Party",
              "Faruk Kuta", "indirect"),
        quote("written in Abuja", "Asue Ighodalo", "direct"),
        quote("the result had been \"written in Abuja\"", "Asue Ighodalo", "indirect"),
        quote("to challenge it before the election petitions tribunal", "Asue Ighodalo", "indirect"),
        quote("helping to rig the vote", "Godwin Obaseki", "indirect"),
        quote("This was not an election but a robbery organized by the APC with the help of the police",
              "Godwin Obaseki", "direct"),
        quote("officers had acted to prevent a breakdown of law and order and that nobody was injured", "Moses Yamu",
              "indirect"),
        quote("a daylight robbery", "Atiku Abubakar", "direct"),
        quote("it had found discrepancies between results recorded at polling units and those uploaded to the "
              "commission's online portal", "Yiaga Africa", "indirect"),
    ],
    "entities": [
        entity("Benin City", "LOC", "NGA", ["BENIN CITY", "Benin City"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria", "Nigeria's"]),
        entity("Independent National Electoral Commission", "ORG", "NGA",
               ["Nigeria's electoral commission", "the commission's", "the Independent National Electoral Commission",
                "The commission's", "the commission"]),
        entity("Monday Okpebholo", "PER", "NGA", ["Monday Okpebholo", "Okpebholo", "a senator"]),
        entity("All Progressives Congress", "ORG", "NGA", ["the ruling All Progressives Congress", "the APC"]),
        entity("Edo", "LOC", "NGA", ["southern Edo state", "Edo", "the state"]),
        entity("Peoples Democratic Party", "ORG", "NGA", ["the main opposition party", "the Peoples Democratic Party",
                                                          "the PDP's"]),
        entity("Asue Ighodalo", "PER", "NGA", ["Asue Ighodalo", "Ighodalo"]),
        entity("Faruk Kuta", "PER", "NGA", ["returning officer Faruk Kuta"]),
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("election petitions tribunal", "ORG", "NGA", ["the election petitions tribunal"]),
        entity("Godwin Obaseki", "PER", "NGA", ["Outgoing Governor Godwin Obaseki", "he", "Obaseki's"]),
        entity("Nigerian security agencies", "ORG", "NGA", ["security agencies"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["the police", "Police", "Edo police", "officers"]),
        entity("Government House (Benin City)", "LOC", "NGA", ["Government House"]),
        entity("PDP supporters", "PER", "NGA", ["hundreds of PDP supporters"]),
        entity("Moses Yamu", "PER", "NGA", ["Edo police spokesman Moses Yamu"]),
        entity("Bola Tinubu", "PER", "NGA", ["President Bola Tinubu"]),
        entity("Atiku Abubakar", "PER", "NGA", ["Former Vice President Atiku Abubakar"]),
        entity("Mahmood Yakubu", "PER", "NGA", ["The commission's chairman, Mahmood Yakubu"]),
        entity("Yiaga Africa", "ORG", "NGA", ["Yiaga Africa", "a civic group", "it", "The group"]),
        entity("Labour Party", "ORG", "NGA", ["Labour Party"]),
        entity("Olumide Akpata", "PER", "NGA", ["Labour Party candidate Olumide Akpata"]),
    ],
}

# ---------------------------------------------------------------- hm406-en-02 (Madagascar, interim row)
RAZAFIMAHEFA = actor("Herimanana Razafimahefa", "MDG", "LEG")
MDG_HCC = actor("High Constitutional Court of Madagascar", "MDG", "JUD")
RAJOELINA = actor("Andry Rajoelina", "MDG", "GOV")
MDG_COLLECTIVE = actor("Collective of opposition candidates", "MDG", "OPP")
CENI = actor("Independent National Electoral Commission of Madagascar", "MDG", "GOV")
RAVALOMANANA = actor("Marc Ravalomanana", "MDG", "OPP")
MDG_SECURITY = actor("Malagasy security forces", "MDG", "COP")
MDG_OPP_SUPPORTERS = actor("Malagasy opposition supporters", "MDG", "CVL")
MDG_GOV = actor("Government of Madagascar", "MDG", "GOV")
MDG_POLICE = actor("National Police of Madagascar", "MDG", "COP")
EU = actor("European Union", "EUR", "IGO")
USA_GOV = actor("Government of the United States", "USA", "GOV")

R1 = ("ANTANANARIVO, Madagascar (AP) — Madagascar's constitutional court has handed temporary control of the Indian "
      "Ocean island to a \"collegial government\" led by the prime minister after the Senate president declined to "
      "serve as interim head of state.")
R2 = ("President Andry Rajoelina stepped down on Saturday, as required by the constitution, to run for a second "
      "consecutive term in the Nov. 9 election.")
R3 = ("Senate President Herimanana Razafimahefa, who under the constitution should have taken over, told the High "
      "Constitutional Court that \"for personal reasons\" he could not assume the post.")
R4 = ("The court then ruled that the government headed by Prime Minister Christian Ntsay would run the country "
      "collectively until a new president is sworn in.")
R5 = ("A collective of 11 opposition candidates denounced the decision as an \"institutional coup\" and demanded that "
      "the electoral commission postpone the vote.")
R6 = "The group includes former presidents Marc Ravalomanana and Hery Rajaonarimampianina."
R7 = ("\"The constitution has been trampled on to keep Rajoelina's clan in power,\" Ravalomanana told supporters in "
      "the capital on Sunday.")
R8 = ("Security forces fired tear gas on Monday to break up a march by several hundred opposition supporters in "
      "central Antananarivo.")
R9 = "Police said two people were detained."
R10 = "Rajoelina's camp rejected the criticism, saying the court had simply applied the constitution."
R11 = ("The candidates also accuse Rajoelina of having lost his Malagasy nationality when he acquired French "
       "citizenship in 2014.")
R12 = "The court last week dismissed three petitions seeking his disqualification."
R13 = ("The European Union and the United States urged Malagasy authorities to ensure a peaceful and credible "
       "vote.")
R14 = ("Rajoelina, a former DJ and mayor of Antananarivo, led a transitional government from 2009 to 2014 and was "
       "elected president in 2018.")
R15 = "Madagascar, home to about 30 million people, is one of the world's poorest countries."

EN02 = {
    "id": "hm406-en-02", "lang": "en", "url": None, "published": "2023-09-11",
    "title": "Madagascar's top court hands power to 'collegial government' as Senate chief declines interim role",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7, R8, R9], [R10, R11, R12, R13], [R14, R15]),
    "events": [
        event("REJECT", RAZAFIMAHEFA, MDG_HCC, R1),
        event("RETREAT", RAJOELINA, None, R2, mode="resign", date="2023-09-09"),
        event("REJECT", RAZAFIMAHEFA, MDG_HCC, R3),
        event("ACCUSE", MDG_COLLECTIVE, MDG_HCC, R5, mode="disapprove"),
        event("REQUEST", MDG_COLLECTIVE, CENI, R5, mode="change"),
        event("ACCUSE", RAVALOMANANA, RAJOELINA, R7, mode="disapprove", date="2023-09-10", location="Antananarivo",
              location_country="MDG"),
        event("COERCE", MDG_SECURITY, MDG_OPP_SUPPORTERS, R8, mode="crowd-control", date="2023-09-11",
              location="Antananarivo", location_country="MDG"),
        event("PROTEST", MDG_OPP_SUPPORTERS, MDG_GOV, R8, mode="demo", date="2023-09-11", location="Antananarivo",
              location_country="MDG"),
        event("COERCE", MDG_POLICE, MDG_OPP_SUPPORTERS, R9, mode="arrest", location="Antananarivo",
              location_country="MDG"),
        event("ACCUSE", MDG_COLLECTIVE, RAJOELINA, R11, mode="allege"),
        event("REJECT", MDG_HCC, MDG_COLLECTIVE, R12),
        event("REQUEST", EU, MDG_GOV, R13),
        event("REQUEST", USA_GOV, MDG_GOV, R13),
    ],
    "quotes": [
        quote("collegial government", "High Constitutional Court of Madagascar", "direct"),
        quote("for personal reasons", "Herimanana Razafimahefa", "direct"),
        quote("\"for personal reasons\" he could not assume the post", "Herimanana Razafimahefa", "indirect"),
        quote("the government headed by Prime Minister Christian Ntsay would run the country collectively until a new "
              "president is sworn in", "High Constitutional Court of Madagascar", "indirect"),
        quote("institutional coup", "Collective of opposition candidates", "direct"),
        quote("the electoral commission postpone the vote", "Collective of opposition candidates", "indirect"),
        quote("The constitution has been trampled on to keep Rajoelina's clan in power", "Marc Ravalomanana",
              "direct"),
        quote("two people were detained", "National Police of Madagascar", "indirect"),
        quote("the court had simply applied the constitution", "Rajoelina's camp", "indirect"),
        quote("having lost his Malagasy nationality when he acquired French citizenship in 2014",
              "Collective of opposition candidates", "indirect"),
    ],
    "entities": [
        entity("Antananarivo", "LOC", "MDG", ["ANTANANARIVO", "the capital", "central Antananarivo", "Antananarivo"]),
        entity("Madagascar", "LOC", "MDG", ["Madagascar", "Madagascar's", "the Indian Ocean island", "the country"]),
        entity("High Constitutional Court of Madagascar", "ORG", "MDG",
               ["Madagascar's constitutional court", "the High Constitutional Court", "The court", "the court"]),
        entity("Government of Madagascar", "ORG", "MDG",
               ["a \"collegial government\" led by the prime minister",
                "the government headed by Prime Minister Christian Ntsay", "Malagasy authorities"]),
        entity("Christian Ntsay", "PER", "MDG", ["the prime minister", "Prime Minister Christian Ntsay"]),
        entity("Herimanana Razafimahefa", "PER", "MDG", ["the Senate president",
                                                         "Senate President Herimanana Razafimahefa", "he"]),
        entity("Andry Rajoelina", "PER", "MDG", ["President Andry Rajoelina", "Rajoelina's", "Rajoelina", "his",
                                                 "he"]),
        entity("Collective of opposition candidates", "ORG", "MDG", ["A collective of 11 opposition candidates",
                                                                     "The group", "The candidates"]),
        entity("Independent National Electoral Commission of Madagascar", "ORG", "MDG", ["the electoral commission"]),
        entity("Marc Ravalomanana", "PER", "MDG", ["Marc Ravalomanana", "Ravalomanana"]),
        entity("Hery Rajaonarimampianina", "PER", "MDG", ["Hery Rajaonarimampianina"]),
        entity("supporters of Marc Ravalomanana", "PER", "MDG", ["supporters"]),
        entity("Malagasy security forces", "ORG", "MDG", ["Security forces"]),
        entity("Malagasy opposition supporters", "PER", "MDG", ["several hundred opposition supporters",
                                                                "two people"]),
        entity("National Police of Madagascar", "ORG", "MDG", ["Police"]),
        entity("Rajoelina's camp", "ORG", "MDG", ["Rajoelina's camp"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("Government of the United States", "ORG", "USA", ["the United States"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
