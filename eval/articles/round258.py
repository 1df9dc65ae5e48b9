"""Round 258: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm258-de-01: Central African Republic: the UPC and 3R rebel groups announce their dissolution and hand over weapons in Bangui; Touadéra receives Darassa and Bobbo and promises army posts, EU money, Rugwabiza welcomes it, a 3R splinter keeps its arms, the BRDC objects (2025-07-10).
- hm258-de-02: Suriname: the Court of Justice upholds Desi Bouterse's 20-year sentence for the December murders; NDP supporters rally, police cordon, Santokhi appeals for calm, Geerlings-Simons objects, prosecutors threaten arrest, victims' relatives welcome it (2023-12-20).
- hm258-de-03: Ethiopia/Eritrea: Addis Ababa accuses Asmara and TPLF hardliners of preparing war in a letter to Guterres; Yemane rejects it and accuses Abiy over Assab, troops at the border, AU appeal, Boulos calls Abiy, the TPLF objects (2025-10-03).
- hm258-de-04: Egypt: an appeals court upholds ex-presidential hopeful Ahmed Tantawy's prison sentence and he is arrested in court; his campaign manager too, Khaled Ali and Amnesty object, police block supporters, the Civil Democratic Movement threatens to quit the national dialogue (2024-05-27).
- hm258-en-01: Argentina: the Senate approves Milei's Ley Bases on Villarruel's casting vote while security forces clash with protesters outside Congress; Milei's office speaks of terrorists, arrests, Peronist and CGT criticism, the IMF welcomes the vote (2024-06-12).
- hm258-en-02: Iraq: Sadr supporters storm and set fire to the Swedish embassy in Baghdad over a planned Koran burning; arrests, Billstrom protests, Momika's Stockholm protest, Baghdad expels the Swedish ambassador and suspends Ericsson, the EU condemns (2023-07-20).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm258-de-01 (Central African Republic, UPC and 3R dissolve)
UPC = actor("Union for Peace in the Central African Republic", "CAF", "REB")
R3 = actor("Return, Reclamation, Rehabilitation", "CAF", "REB")
CAR_GOV = actor("Government of the Central African Republic", "CAF", "GOV")
FACA = actor("Central African Armed Forces", "CAF", "MIL")
DARASSA = actor("Ali Darassa", "CAF", "REB")
BOBBO = actor("Sembé Bobbo", "CAF", "REB")
TOUADERA = actor("Faustin-Archange Touadéra", "CAF", "GOV")
EX_FIGHTERS = actor("former UPC and 3R fighters", "CAF", "REB")
EU = actor("European Union", "EUR", "IGO")
RUGWABIZA = actor("Valentine Rugwabiza", "UNO", "IGO")
R3_SPLINTER = actor("3R splinter faction", "CAF", "REB")
BRDC = actor("Republican Bloc for the Defence of the Constitution", "CAF", "OPP")

Z1 = ("Bangui (AFP) - Die Rebellengruppen UPC und 3R haben in der Zentralafrikanischen Republik offiziell ihre "
      "Auflösung verkündet.")
Z2 = ("Bei einer Zeremonie in der Hauptstadt Bangui übergaben Kämpfer beider Gruppen am Donnerstag rund 150 Gewehre "
      "an die Armee.")
Z3 = ("UPC-Chef Ali Darassa und der Anführer der 3R, Sembé Bobbo, wurden anschließend von Präsident "
      "Faustin-Archange Touadéra im Präsidentenpalast empfangen.")
Z4 = "„Heute schlagen wir eine neue Seite in der Geschichte unseres Landes auf“, sagte Touadéra."
Z5 = "Er versprach den früheren Kämpfern Plätze in der Armee und Hilfe bei der Rückkehr ins zivile Leben."
Z6 = ("Laut einem Regierungssprecher haben sich bislang rund 1.200 Kämpfer für das Entwaffnungsprogramm "
      "registrieren lassen.")
Z7 = "Die Europäische Union finanziert das Programm mit zehn Millionen Euro."
Z8 = ("Die Gruppen hatten im April in N'Djamena unter Vermittlung des tschadischen Präsidenten Mahamat Idriss Déby "
      "ein Friedensabkommen mit der Regierung unterzeichnet.")
Z9 = ("Die Leiterin der UN-Mission Minusca, Valentine Rugwabiza, begrüßte den Schritt der beiden Gruppen als "
      "„wichtigen Meilenstein“.")
Z11 = "Eine Splittergruppe der 3R im Nordwesten legte ihre Waffen allerdings nicht nieder."
Z12 = ("Das Oppositionsbündnis BRDC warf Touadéra vor, sich vor der Präsidentenwahl im Dezember die Unterstützung "
       "der Rebellen erkaufen zu wollen.")
Z13 = "Touadéra bewirbt sich nach einer umstrittenen Verfassungsänderung um eine dritte Amtszeit."

DE01 = {
    "id": "hm258-de-01", "lang": "de", "url": None, "published": "2025-07-10",
    "title": "Rebellengruppen UPC und 3R in Zentralafrika lösen sich auf",
    "text": paragraphs([Z1, Z2, Z3], [Z4, Z5, Z6, Z7], [Z8, Z9, Z11], [Z12, Z13]),
    "events": [
        event("CONCEDE", UPC, CAR_GOV, Z1),
        event("CONCEDE", R3, CAR_GOV, Z1),
        event("RETREAT", UPC, FACA, Z2, mode="disarm", date="2025-07-10", location="Bangui",
              location_country="CAF"),
        event("RETREAT", R3, FACA, Z2, mode="disarm", date="2025-07-10", location="Bangui", location_country="CAF"),
        event("CONSULT", DARASSA, TOUADERA, Z3, mode="visit", date="2025-07-10", location="Bangui",
              location_country="CAF"),
        event("CONSULT", BOBBO, TOUADERA, Z3, mode="visit", date="2025-07-10", location="Bangui",
              location_country="CAF"),
        event("AGREE", TOUADERA, EX_FIGHTERS, Z5),
        event("AID", EU, CAR_GOV, Z7),
        event("SUPPORT", UPC, CAR_GOV, Z8, location="N'Djamena", location_country="TCD"),
        event("SUPPORT", R3, CAR_GOV, Z8, location="N'Djamena", location_country="TCD"),
        event("SUPPORT", RUGWABIZA, UPC, Z9),
        event("SUPPORT", RUGWABIZA, R3, Z9),
        event("RETREAT", R3_SPLINTER, CAR_GOV, Z11, mode="disarm", negated=True),
        event("ACCUSE", BRDC, TOUADERA, Z12, mode="allege"),
    ],
    "quotes": [
        quote("Heute schlagen wir eine neue Seite in der Geschichte unseres Landes auf", "Faustin-Archange Touadéra",
              "direct"),
        quote("haben sich bislang rund 1.200 Kämpfer für das Entwaffnungsprogramm registrieren lassen",
              "spokesperson of the Government of the Central African Republic", "indirect"),
        quote("wichtigen Meilenstein", "Valentine Rugwabiza", "direct"),
        quote("sich vor der Präsidentenwahl im Dezember die Unterstützung der Rebellen erkaufen zu wollen",
              "Republican Bloc for the Defence of the Constitution", "indirect"),
    ],
    "entities": [
        entity("Bangui", "LOC", "CAF", ["Bangui", "der Hauptstadt"]),
        entity("Union for Peace in the Central African Republic", "ORG", "CAF", ["UPC"]),
        entity("Return, Reclamation, Rehabilitation", "ORG", "CAF", ["3R"]),
        entity("Central African Republic", "LOC", "CAF", ["der Zentralafrikanischen Republik"]),
        entity("Central African Armed Forces", "ORG", "CAF", ["die Armee", "der Armee"]),
        entity("Ali Darassa", "PER", "CAF", ["UPC-Chef Ali Darassa"]),
        entity("Sembé Bobbo", "PER", "CAF", ["der Anführer der 3R, Sembé Bobbo"]),
        entity("Faustin-Archange Touadéra", "PER", "CAF", ["Präsident Faustin-Archange Touadéra", "Touadéra"]),
        entity("Palais de la Renaissance", "LOC", "CAF", ["im Präsidentenpalast"]),
        entity("spokesperson of the Government of the Central African Republic", "PER", "CAF",
               ["einem Regierungssprecher"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("N'Djamena", "LOC", "TCD", ["N'Djamena"]),
        entity("Mahamat Idriss Déby", "PER", "TCD", ["des tschadischen Präsidenten Mahamat Idriss Déby"]),
        entity("Government of the Central African Republic", "ORG", "CAF", ["der Regierung"]),
        entity("Valentine Rugwabiza", "PER", "UNO", ["Die Leiterin der UN-Mission Minusca, Valentine Rugwabiza"]),
        entity("MINUSCA", "ORG", "UNO", ["UN-Mission Minusca"]),
        entity("3R splinter faction", "ORG", "CAF", ["Eine Splittergruppe der 3R"]),
        entity("Republican Bloc for the Defence of the Constitution", "ORG", "CAF", ["Das Oppositionsbündnis BRDC"]),
    ],
}

# ---------------------------------------------------------------- hm258-de-02 (Suriname, Bouterse verdict upheld)
SUR_COURT = actor("Court of Justice of Suriname", "SUR", "JUD")
BOUTERSE = actor("Desi Bouterse", "SUR", "OPP")
CODEFENDANTS = actor("co-defendants of Desi Bouterse", "SUR", "CVL")
NDP_SUPP = actor("supporters of the National Democratic Party", "SUR", "OPP")
SUR_POLICE = actor("Suriname Police Force", "SUR", "COP")
SANTOKHI = actor("Chan Santokhi", "SUR", "GOV")
SUR_PEOPLE = actor("people of Suriname", "SUR", "CVL")
GEERLINGS = actor("Jennifer Geerlings-Simons", "SUR", "OPP")
SUR_PROSECUTION = actor("Public Prosecution Service of Suriname", "SUR", "JUD")
RELATIVES = actor("relatives of the victims of the December murders", "SUR", "CVL")
NLD_COURT = actor("Dutch court", "NLD", "JUD")

B1 = ("Paramaribo (AFP) - Ein Gericht in Suriname hat die 20-jährige Haftstrafe gegen den früheren "
      "Militärmachthaber Desi Bouterse wegen der sogenannten Dezembermorde von 1982 bestätigt.")
B2 = "Der Gerichtshof wies am Mittwoch die Berufung des 78-Jährigen zurück."
B3 = "Das Gericht bestätigte zudem Haftstrafen von 15 Jahren für vier Mitangeklagte."
B4 = ("Bei den Dezembermorden waren 15 Regierungskritiker, darunter Anwälte, Journalisten und Gewerkschafter, im "
      "Fort Zeelandia erschossen worden.")
B5 = "Bouterse, der bei der Urteilsverkündung nicht anwesend war, bestreitet, selbst geschossen zu haben."
B6 = "Vor dem Gerichtsgebäude versammelten sich Hunderte Anhänger seiner Nationaldemokratischen Partei (NDP)."
B7 = "Die Polizei sperrte die umliegenden Straßen ab."
B8 = "Präsident Chan Santokhi rief die Bevölkerung zur Ruhe auf und forderte, das Urteil zu respektieren."
B9 = "Die NDP-Abgeordnete Jennifer Geerlings-Simons sprach dagegen von „Rachejustiz“."
B10 = ("Man werde Bouterse festnehmen lassen, falls er sich nicht innerhalb weniger Tage stelle, teilte die "
       "Staatsanwaltschaft mit.")
B11 = "Angehörige der Opfer begrüßten das Urteil."
B12 = "„Nach 41 Jahren gibt es endlich Gerechtigkeit“, sagte Sunil Oemrawsingh, dessen Onkel unter den Toten war."
B13 = ("Ein niederländisches Gericht hatte Bouterse bereits 1999 wegen Drogenhandels in Abwesenheit zu elf Jahren "
       "Haft verurteilt.")

DE02 = {
    "id": "hm258-de-02", "lang": "de", "url": None, "published": "2023-12-20",
    "title": "Gericht in Suriname bestätigt 20 Jahre Haft für Bouterse",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8, B9, B10], [B11, B12, B13]),
    "events": [
        event("SANCTION", SUR_COURT, BOUTERSE, B1, mode="convict"),
        event("COERCE", SUR_COURT, BOUTERSE, B1, mode="arrest"),
        event("REJECT", SUR_COURT, BOUTERSE, B2, date="2023-12-20"),
        event("SANCTION", SUR_COURT, CODEFENDANTS, B3, mode="convict"),
        event("COERCE", SUR_COURT, CODEFENDANTS, B3, mode="arrest"),
        event("PROTEST", NDP_SUPP, SUR_COURT, B6, mode="demo", location="Paramaribo", location_country="SUR"),
        event("COERCE", SUR_POLICE, None, B7, mode="restrict", location="Paramaribo", location_country="SUR"),
        event("REQUEST", SANTOKHI, SUR_PEOPLE, B8),
        event("ACCUSE", GEERLINGS, SUR_COURT, B9, mode="disapprove"),
        event("THREATEN", SUR_PROSECUTION, BOUTERSE, B10, mode="arrest"),
        event("SUPPORT", RELATIVES, SUR_COURT, B11),
        event("SANCTION", NLD_COURT, BOUTERSE, B13, mode="convict"),
    ],
    "quotes": [
        quote("selbst geschossen zu haben", "Desi Bouterse", "indirect"),
        quote("Rachejustiz", "Jennifer Geerlings-Simons", "direct"),
        quote("Man werde Bouterse festnehmen lassen, falls er sich nicht innerhalb weniger Tage stelle",
              "Public Prosecution Service of Suriname", "indirect"),
        quote("Nach 41 Jahren gibt es endlich Gerechtigkeit", "Sunil Oemrawsingh", "direct"),
    ],
    "entities": [
        entity("Paramaribo", "LOC", "SUR", ["Paramaribo"]),
        entity("Suriname", "LOC", "SUR", ["Suriname"]),
        entity("Court of Justice of Suriname", "ORG", "SUR", ["Ein Gericht in Suriname", "Der Gerichtshof",
                                                              "Das Gericht"]),
        entity("Desi Bouterse", "PER", "SUR", ["den früheren Militärmachthaber Desi Bouterse", "des 78-Jährigen",
                                               "Bouterse"]),
        entity("Fort Zeelandia", "LOC", "SUR", ["im Fort Zeelandia"]),
        entity("Court of Justice building", "LOC", "SUR", ["dem Gerichtsgebäude"]),
        entity("National Democratic Party", "ORG", "SUR", ["seiner Nationaldemokratischen Partei", "NDP"]),
        entity("Suriname Police Force", "ORG", "SUR", ["Die Polizei"]),
        entity("Chan Santokhi", "PER", "SUR", ["Präsident Chan Santokhi"]),
        entity("Jennifer Geerlings-Simons", "PER", "SUR", ["Die NDP-Abgeordnete Jennifer Geerlings-Simons"]),
        entity("Public Prosecution Service of Suriname", "ORG", "SUR", ["die Staatsanwaltschaft"]),
        entity("Sunil Oemrawsingh", "PER", "SUR", ["Sunil Oemrawsingh"]),
        entity("Dutch court", "ORG", "NLD", ["Ein niederländisches Gericht"]),
    ],
}

# ---------------------------------------------------------------- hm258-de-03 (Ethiopia/Eritrea, war accusations)
ETHIOPIA = actor("Ethiopia", "ETH", "GOV")
ERITREA = actor("Eritrea", "ERI", "GOV")
TPLF = actor("Tigray People's Liberation Front", "ETH", "PTY")
GEDION = actor("Gedion Timothewos", "ETH", "GOV")
UN = actor("United Nations", "UNO", "IGO")
YEMANE = actor("Yemane Gebremeskel", "ERI", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
AU = actor("African Union", "IGO", "IGO")
BOULOS = actor("Massad Boulos", "USA", "GOV")

A1 = ("Addis Abeba (AFP) - Äthiopien hat dem Nachbarland Eritrea vorgeworfen, gemeinsam mit Hardlinern der "
      "Tigray-Partei TPLF einen Krieg vorzubereiten.")
A2 = ("In einem Brief an UN-Generalsekretär António Guterres schrieb Außenminister Gedion Timothewos, Asmara "
      "bewaffne und finanziere Fano-Milizen in der Region Amhara.")
A3 = "Er forderte die Vereinten Nationen auf, auf Eritrea einzuwirken."
A4 = "Äthiopien habe „keine Absicht“, einen Krieg zu beginnen, heißt es in dem Schreiben."
A5 = "Eritreas Informationsminister Yemane Gebremeskel wies die Vorwürfe als „Lügen“ zurück."
A6 = ("Er warf Ministerpräsident Abiy Ahmed vor, einen Vorwand für die Eroberung des Hafens Assab zu suchen.")
A7 = ("Abiy hatte Eritrea in den vergangenen Monaten wiederholt aufgefordert, seinem Land einen Zugang zum Roten "
      "Meer zu gewähren.")
A8 = "Beide Länder haben in den vergangenen Wochen Truppen an die gemeinsame Grenze verlegt."
A9 = "Die Afrikanische Union rief beide Regierungen zur Zurückhaltung auf."
A10 = ("Der Afrika-Berater von US-Präsident Donald Trump, Massad Boulos, telefonierte am Donnerstag mit Abiy.")
A11 = ("Die TPLF-Führung um Debretsion Gebremichael wies die Anschuldigungen zurück und warf der Bundesregierung "
       "vor, das Friedensabkommen von Pretoria zu verletzen.")
A12 = "Das Verhältnis der Nachbarn hat sich seit dem Ende des Tigray-Kriegs 2022 stark verschlechtert."

DE03 = {
    "id": "hm258-de-03", "lang": "de", "url": None, "published": "2025-10-03",
    "title": "Äthiopien wirft Eritrea Kriegsvorbereitungen vor",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10], [A11, A12]),
    "events": [
        event("ACCUSE", ETHIOPIA, ERITREA, A1, mode="allege"),
        event("ACCUSE", ETHIOPIA, TPLF, A1, mode="allege"),
        event("ACCUSE", GEDION, ERITREA, A2, mode="allege"),
        event("REQUEST", GEDION, UN, A3),
        event("ACCUSE", YEMANE, ABIY, A6, mode="allege"),
        event("REQUEST", ABIY, ERITREA, A7),
        event("MOBILIZE", ETHIOPIA, None, A8, mode="troops"),
        event("MOBILIZE", ERITREA, None, A8, mode="troops"),
        event("REQUEST", AU, ETHIOPIA, A9),
        event("REQUEST", AU, ERITREA, A9),
        event("CONSULT", BOULOS, ABIY, A10, mode="phone", date="2025-10-02"),
        event("ACCUSE", TPLF, ETHIOPIA, A11, mode="allege"),
    ],
    "quotes": [
        quote("gemeinsam mit Hardlinern der Tigray-Partei TPLF einen Krieg vorzubereiten", "Government of Ethiopia",
              "indirect"),
        quote("Asmara bewaffne und finanziere Fano-Milizen in der Region Amhara", "Gedion Timothewos", "indirect"),
        quote("keine Absicht", "Gedion Timothewos", "direct"),
        quote("Äthiopien habe „keine Absicht“, einen Krieg zu beginnen", "Gedion Timothewos", "indirect"),
        quote("Lügen", "Yemane Gebremeskel", "direct"),
        quote("einen Vorwand für die Eroberung des Hafens Assab zu suchen", "Yemane Gebremeskel", "indirect"),
        quote("das Friedensabkommen von Pretoria zu verletzen", "Tigray People's Liberation Front", "indirect"),
    ],
    "entities": [
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba"]),
        entity("Ethiopia", "LOC", "ETH", ["Äthiopien"]),
        entity("Eritrea", "LOC", "ERI", ["dem Nachbarland Eritrea", "Eritreas", "Eritrea"]),
        entity("Tigray People's Liberation Front", "ORG", "ETH", ["der Tigray-Partei TPLF", "Die TPLF-Führung"]),
        entity("Tigray", "LOC", "ETH", ["Tigray"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Gedion Timothewos", "PER", "ETH", ["Außenminister Gedion Timothewos"]),
        entity("Government of Eritrea", "ORG", "ERI", ["Asmara"]),
        entity("Fano", "ORG", "ETH", ["Fano-Milizen"]),
        entity("Amhara Region", "LOC", "ETH", ["der Region Amhara"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Yemane Gebremeskel", "PER", "ERI", ["Eritreas Informationsminister Yemane Gebremeskel"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Ministerpräsident Abiy Ahmed", "Abiy"]),
        entity("Assab", "LOC", "ERI", ["des Hafens Assab"]),
        entity("Red Sea", "LOC", None, ["Roten Meer"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Massad Boulos", "PER", "USA", ["Der Afrika-Berater von US-Präsident Donald Trump, Massad Boulos"]),
        entity("Debretsion Gebremichael", "PER", "ETH", ["Debretsion Gebremichael"]),
        entity("Federal Government of Ethiopia", "ORG", "ETH", ["der Bundesregierung"]),
        entity("Pretoria", "LOC", "ZAF", ["Pretoria"]),
    ],
}

# ---------------------------------------------------------------- hm258-de-04 (Egypt, Tantawy sentence upheld)
EGY_COURT = actor("Egyptian appeals court", "EGY", "JUD")
TANTAWY = actor("Ahmed Tantawy", "EGY", "OPP")
EGY_SEC = actor("Egyptian security forces", "EGY", "COP")
ABOU_ELDIYAR = actor("Mohamed Abou el-Diyar", "EGY", "OPP")
EGY_AUTH = actor("Egyptian authorities", "EGY", "GOV")
KHALED_ALI = actor("Khaled Ali", "EGY", "CVL")
EGY_POLICE = actor("Egyptian police", "EGY", "COP")
TANTAWY_SUPP = actor("supporters of Ahmed Tantawy", "EGY", "OPP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
CDM = actor("Civil Democratic Movement", "EGY", "OPP")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")

T1 = ("Kairo (dpa) - Ein ägyptisches Berufungsgericht hat die einjährige Haftstrafe gegen den früheren "
      "Präsidentschaftsbewerber Ahmed Tantawi wegen der Verbreitung inoffizieller Unterstützungsformulare bestätigt.")
T2 = "Sicherheitskräfte nahmen den 44-Jährigen am Montag direkt im Gerichtssaal in Kairo fest."
T3 = "Das Gericht bestätigte auch die Haftstrafe gegen Tantawis Wahlkampfleiter Mohamed Abu el-Dijar."
T4 = "Zudem darf Tantawi fünf Jahre lang nicht bei Wahlen antreten."
T5 = ("Er hatte seine Kandidatur gegen Präsident Abdel Fattah al-Sisi im Oktober aufgegeben und den Behörden "
      "vorgeworfen, seine Anhänger an der Registrierung gehindert zu haben.")
T6 = "Sisi war im Dezember mit fast 90 Prozent der Stimmen für eine dritte Amtszeit gewählt worden."
T7 = "Tantawis Anwalt Khaled Ali sprach von einem „politischen Urteil“."
T8 = "Vor dem Gericht hinderte die Polizei Dutzende Anhänger Tantawis daran, sich zu versammeln."
T9 = "Amnesty International forderte die sofortige Freilassung Tantawis und Abu el-Dijars."
T10 = ("Das Urteil zeige, dass in Ägypten jeder friedliche politische Wettbewerb bestraft werde, so die "
       "Organisation.")
T11 = ("Die oppositionelle Zivildemokratische Bewegung warf der Regierung vor, den von Sisi ausgerufenen nationalen "
       "Dialog zu untergraben.")
T12 = "Sie drohte, ihre Teilnahme an dem Dialog auszusetzen."
T13 = "Eine Stellungnahme der Regierung lag zunächst nicht vor."

DE04 = {
    "id": "hm258-de-04", "lang": "de", "url": None, "published": "2024-05-27",
    "title": "Ägyptischer Ex-Präsidentschaftsbewerber Tantawi im Gerichtssaal festgenommen",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11, T12, T13]),
    "events": [
        event("SANCTION", EGY_COURT, TANTAWY, T1, mode="convict"),
        event("COERCE", EGY_COURT, TANTAWY, T1, mode="arrest"),
        event("COERCE", EGY_SEC, TANTAWY, T2, mode="arrest", date="2024-05-27", location="Cairo",
              location_country="EGY"),
        event("SANCTION", EGY_COURT, ABOU_ELDIYAR, T3, mode="convict"),
        event("COERCE", EGY_COURT, ABOU_ELDIYAR, T3, mode="arrest"),
        event("ACCUSE", TANTAWY, EGY_AUTH, T5, mode="allege"),
        event("ACCUSE", KHALED_ALI, EGY_COURT, T7, mode="disapprove"),
        event("COERCE", EGY_POLICE, TANTAWY_SUPP, T8, mode="restrict", location="Cairo", location_country="EGY"),
        event("REQUEST", AMNESTY, EGY_AUTH, T9, mode="yield"),
        event("ACCUSE", AMNESTY, EGY_AUTH, T10, mode="disapprove"),
        event("ACCUSE", CDM, EGY_GOV, T11, mode="disapprove"),
        event("THREATEN", CDM, EGY_GOV, T12, mode="relations"),
    ],
    "quotes": [
        quote("seine Anhänger an der Registrierung gehindert zu haben", "Ahmed Tantawy", "indirect"),
        quote("politischen Urteil", "Khaled Ali", "direct"),
        quote("Das Urteil zeige, dass in Ägypten jeder friedliche politische Wettbewerb bestraft werde",
              "Amnesty International", "indirect"),
        quote("den von Sisi ausgerufenen nationalen Dialog zu untergraben", "Civil Democratic Movement", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Egyptian appeals court", "ORG", "EGY", ["Ein ägyptisches Berufungsgericht", "Das Gericht",
                                                        "dem Gericht"]),
        entity("Ahmed Tantawy", "PER", "EGY", ["den früheren Präsidentschaftsbewerber Ahmed Tantawi",
                                               "den 44-Jährigen", "Tantawis", "Tantawi"]),
        entity("Egyptian security forces", "ORG", "EGY", ["Sicherheitskräfte"]),
        entity("Mohamed Abou el-Diyar", "PER", "EGY", ["Tantawis Wahlkampfleiter Mohamed Abu el-Dijar",
                                                       "Abu el-Dijars"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Präsident Abdel Fattah al-Sisi", "Sisi"]),
        entity("Egyptian authorities", "ORG", "EGY", ["den Behörden"]),
        entity("Khaled Ali", "PER", "EGY", ["Tantawis Anwalt Khaled Ali"]),
        entity("Egyptian police", "ORG", "EGY", ["die Polizei"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "die Organisation"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Civil Democratic Movement", "ORG", "EGY", ["Die oppositionelle Zivildemokratische Bewegung"]),
        entity("Government of Egypt", "ORG", "EGY", ["der Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm258-en-01 (Argentina, Senate passes Ley Bases)
AR_SENATE = actor("Argentine Senate", "ARG", "LEG")
MILEI = actor("Javier Milei", "ARG", "GOV")
AR_SEC = actor("Argentine security forces", "ARG", "COP")
AR_PROTESTERS = actor("protesters outside the Argentine Congress", "ARG", "CVL")
AR_GOV = actor("Government of Argentina", "ARG", "GOV")
VILLARRUEL = actor("Victoria Villarruel", "ARG", "GOV")
MILEI_OFFICE = actor("Office of the President of Argentina", "ARG", "GOV")
UXP = actor("Union for the Homeland", "ARG", "OPP")
MAYANS = actor("José Mayans", "ARG", "OPP")
CGT = actor("General Confederation of Labour", "ARG", "LAB")
IMF = actor("International Monetary Fund", "IGO", "IGO")

G1 = ("BUENOS AIRES, June 12 (Reuters) - Argentina's Senate narrowly approved President Javier Milei's flagship "
      "economic reform bill late on Wednesday, while security forces outside Congress fired tear gas and water "
      "cannon at protesters who threw stones and set cars on fire.")
G2 = ("Vice President Victoria Villarruel cast the deciding vote after senators split 36-36 on the bill, which "
      "gives Milei special powers for a year and opens the way to privatizing state companies.")
G3 = ('Milei\'s office praised the security forces for acting against what it called "terrorist groups" that had '
      'tried to carry out "a coup d\'etat."')
G4 = "Security Minister Patricia Bullrich said 33 people had been arrested and several officers injured."
G5 = ("Lawmakers from the Peronist Union for the Homeland bloc said five of their colleagues had been hit with "
      "pepper spray when they went out to speak with demonstrators.")
G6 = ('"This law hands the country over to big business," Peronist Senator Jose Mayans told the chamber before '
      'the vote.')
G7 = "The bill now returns to the lower house for a final vote."
G8 = ('The CGT labor confederation, which staged a general strike against Milei\'s reforms last month, called the '
      'vote "a sad day for workers."')
G9 = ("The International Monetary Fund, which has a $44 billion loan program with Argentina, welcomed the Senate's "
      "decision.")

EN01 = {
    "id": "hm258-en-01", "lang": "en", "url": None, "published": "2024-06-12",
    "title": "Argentina's Senate approves Milei reform bill as protesters clash with police",
    "text": paragraphs([G1, G2], [G3, G4, G5], [G6, G7, G8], [G9]),
    "events": [
        event("SUPPORT", AR_SENATE, MILEI, G1, date="2024-06-12"),
        event("ASSAULT", AR_SEC, AR_PROTESTERS, G1, mode="crowd-control", date="2024-06-12",
              location="Buenos Aires", location_country="ARG"),
        event("PROTEST", AR_PROTESTERS, AR_GOV, G1, mode="riot", date="2024-06-12", location="Buenos Aires",
              location_country="ARG"),
        event("SUPPORT", VILLARRUEL, MILEI, G2),
        event("SUPPORT", MILEI_OFFICE, AR_SEC, G3),
        event("ACCUSE", MILEI_OFFICE, AR_PROTESTERS, G3, mode="allege"),
        event("COERCE", AR_SEC, AR_PROTESTERS, G4, mode="arrest"),
        event("ACCUSE", UXP, AR_SEC, G5, mode="allege"),
        event("ACCUSE", MAYANS, MILEI, G6, mode="disapprove"),
        event("PROTEST", CGT, AR_GOV, G8, mode="strike"),
        event("ACCUSE", CGT, AR_SENATE, G8, mode="disapprove"),
        event("SUPPORT", IMF, AR_SENATE, G9),
    ],
    "quotes": [
        quote("terrorist groups", "Office of the President of Argentina", "direct"),
        quote("a coup d'etat", "Office of the President of Argentina", "direct"),
        quote("33 people had been arrested and several officers injured", "Patricia Bullrich", "indirect"),
        quote("five of their colleagues had been hit with pepper spray when they went out to speak with "
              "demonstrators", "Union for the Homeland", "indirect"),
        quote("This law hands the country over to big business", "José Mayans", "direct"),
        quote("a sad day for workers", "General Confederation of Labour", "direct"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["BUENOS AIRES"]),
        entity("Argentina", "LOC", "ARG", ["Argentina"]),
        entity("Argentine Senate", "ORG", "ARG", ["Argentina's Senate", "senators", "the chamber", "the Senate's"]),
        entity("Javier Milei", "PER", "ARG", ["President Javier Milei's", "Milei's", "Milei"]),
        entity("Argentine security forces", "ORG", "ARG", ["security forces", "the security forces"]),
        entity("Palace of the Argentine National Congress", "LOC", "ARG", ["Congress"]),
        entity("Victoria Villarruel", "PER", "ARG", ["Vice President Victoria Villarruel"]),
        entity("Office of the President of Argentina", "ORG", "ARG", ["Milei's office"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Security Minister Patricia Bullrich"]),
        entity("Union for the Homeland", "ORG", "ARG", ["the Peronist Union for the Homeland bloc"]),
        entity("José Mayans", "PER", "ARG", ["Peronist Senator Jose Mayans"]),
        entity("Argentine Chamber of Deputies", "ORG", "ARG", ["the lower house"]),
        entity("General Confederation of Labour", "ORG", "ARG", ["The CGT labor confederation"]),
        entity("International Monetary Fund", "ORG", "IGO", ["The International Monetary Fund"]),
    ],
}

# ---------------------------------------------------------------- hm258-en-02 (Iraq, Swedish embassy stormed)
SADR_SUPP = actor("supporters of Moqtada al-Sadr", "IRQ", "CVL")
SWE_EMBASSY = actor("Embassy of Sweden in Baghdad", "SWE", "GOV")
SWE_GOV = actor("Government of Sweden", "SWE", "GOV")
IRQ_SEC = actor("Iraqi security forces", "IRQ", "COP")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
BILLSTROM = actor("Tobias Billström", "SWE", "GOV")
MOMIKA = actor("Salwan Momika", "IRQ", "CVL")
ERICSSON = actor("Ericsson", "SWE", "BUS")
SADR = actor("Moqtada al-Sadr", "IRQ", "OPP")

Q1 = ("BAGHDAD, July 20 (Reuters) - Hundreds of supporters of Shi'ite cleric Moqtada al-Sadr stormed the Swedish "
      "embassy in Baghdad early on Thursday and set part of the compound on fire, protesting against a planned "
      "burning of the Koran in Stockholm.")
Q2 = "Iraqi security forces used water cannon and electric batons to push the crowd back."
Q3 = "All embassy staff were safe, according to the Swedish foreign ministry."
Q4 = "The Iraqi government condemned the attack and said about 20 people had been arrested."
Q5 = ('Swedish Foreign Minister Tobias Billstrom called the storming "completely unacceptable" and summoned '
      'Iraq\'s charge d\'affaires in Stockholm.')
Q6 = ("Later on Thursday, Iraqi refugee Salwan Momika kicked a Koran and an Iraqi flag at a protest outside the "
      "Iraqi embassy in Stockholm.")
Q7 = ("Prime Minister Mohammed Shia al-Sudani's government then ordered the Swedish ambassador to leave Iraq and "
      "recalled its own charge d'affaires from Stockholm.")
Q8 = ('Baghdad said Sweden had allowed the "desecration" of the Koran to go ahead despite repeated warnings.')
Q9 = "It also suspended the work permit of Swedish telecoms company Ericsson in Iraq."
Q10 = ('Sadr said in a statement that Sweden had shown itself "hostile to Islam" by allowing the protests.')
Q11 = ("The European Union condemned the storming of the embassy and urged Iraq to protect diplomatic missions.")

EN02 = {
    "id": "hm258-en-02", "lang": "en", "url": None, "published": "2023-07-20",
    "title": "Sadr supporters storm Swedish embassy in Baghdad; Iraq expels Swedish ambassador",
    "text": paragraphs([Q1, Q2, Q3], [Q4, Q5, Q6], [Q7, Q8, Q9], [Q10, Q11]),
    "events": [
        event("ASSAULT", SADR_SUPP, SWE_EMBASSY, Q1, mode="primitive", date="2023-07-20", location="Baghdad",
              location_country="IRQ"),
        event("PROTEST", SADR_SUPP, SWE_GOV, Q1, mode="riot", date="2023-07-20", location="Baghdad",
              location_country="IRQ"),
        event("ASSAULT", IRQ_SEC, SADR_SUPP, Q2, mode="crowd-control", location="Baghdad", location_country="IRQ"),
        event("ACCUSE", IRQ_GOV, SADR_SUPP, Q4, mode="disapprove"),
        event("COERCE", IRQ_SEC, SADR_SUPP, Q4, mode="arrest"),
        event("ACCUSE", BILLSTROM, IRQ_GOV, Q5, mode="disapprove"),
        event("PROTEST", MOMIKA, IRQ_GOV, Q6, mode="demo", date="2023-07-20", location="Stockholm",
              location_country="SWE"),
        event("SANCTION", IRQ_GOV, SWE_GOV, Q7, mode="expel", date="2023-07-20"),
        event("ACCUSE", IRQ_GOV, SWE_GOV, Q8, mode="disapprove"),
        event("SANCTION", IRQ_GOV, ERICSSON, Q9, mode="discontinue"),
        event("ACCUSE", SADR, SWE_GOV, Q10, mode="disapprove"),
        event("ACCUSE", EU, SADR_SUPP, Q11, mode="disapprove"),
        event("REQUEST", EU, IRQ_GOV, Q11),
    ],
    "quotes": [
        quote("All embassy staff were safe", "Ministry for Foreign Affairs of Sweden", "indirect"),
        quote("about 20 people had been arrested", "Government of Iraq", "indirect"),
        quote("completely unacceptable", "Tobias Billström", "direct"),
        quote('Sweden had allowed the "desecration" of the Koran to go ahead despite repeated warnings',
              "Government of Iraq", "indirect"),
        quote("desecration", "Government of Iraq", "direct"),
        quote('Sweden had shown itself "hostile to Islam" by allowing the protests', "Moqtada al-Sadr", "indirect"),
        quote("hostile to Islam", "Moqtada al-Sadr", "direct"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["BAGHDAD", "Baghdad"]),
        entity("Moqtada al-Sadr", "PER", "IRQ", ["Shi'ite cleric Moqtada al-Sadr", "Sadr"]),
        entity("Embassy of Sweden in Baghdad", "ORG", "SWE", ["the Swedish embassy", "the compound", "the embassy"]),
        entity("Stockholm", "LOC", "SWE", ["Stockholm"]),
        entity("Iraqi security forces", "ORG", "IRQ", ["Iraqi security forces"]),
        entity("Ministry for Foreign Affairs of Sweden", "ORG", "SWE", ["the Swedish foreign ministry"]),
        entity("Government of Iraq", "ORG", "IRQ", ["The Iraqi government",
                                                    "Prime Minister Mohammed Shia al-Sudani's government"]),
        entity("Tobias Billström", "PER", "SWE", ["Swedish Foreign Minister Tobias Billstrom"]),
        entity("chargé d'affaires of Iraq in Sweden", "PER", "IRQ", ["Iraq's charge d'affaires in Stockholm",
                                                                     "its own charge d'affaires"]),
        entity("Salwan Momika", "PER", "IRQ", ["Iraqi refugee Salwan Momika"]),
        entity("Embassy of Iraq in Stockholm", "ORG", "IRQ", ["the Iraqi embassy in Stockholm"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Prime Minister Mohammed Shia al-Sudani"]),
        entity("Jessica Svärdström", "PER", "SWE", ["the Swedish ambassador"]),
        entity("Iraq", "LOC", "IRQ", ["Iraq's", "Iraq"]),
        entity("Sweden", "LOC", "SWE", ["Sweden"]),
        entity("Ericsson", "ORG", "SWE", ["Swedish telecoms company Ericsson"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
