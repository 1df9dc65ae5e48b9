"""Round 289: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm289-de-01: Pakistan: an Islamabad court convicts Imran Khan in the Toshakhana case and police arrest him at Zaman Park in Lahore; his lawyers and PTI object, video appeal, scattered protests dispersed with batons and arrests, assembly ban in Islamabad, Aurangzeb's accusation, the May riots and the Supreme Court ruling on the NAB arrest (2023-08-05).
- hm289-de-02: Thailand: the Constitutional Court suspends Pita Limjaroenrat as an MP over iTV shares and parliament blocks his renomination as prime minister; senators' refusal, Pita's criticism, protest at parliament and the Democracy Monument, police barriers, Move Forward backs a Pheu Thai candidate, Human Rights Watch objects (2023-07-19).
- hm289-de-03: Myanmar: the MNDAA says it has taken the army's Northeastern Command in Lashio; junta air strikes on the town, troops massed at Kyaukme, China's call for a ceasefire, the NUG's praise and appeal to soldiers, Min Aung Hlaing's accusation and threat, Tom Andrews condemns, Operation 1027 (2024-08-04).
- hm289-de-04: UNESCO: the World Heritage Committee in New Delhi inscribes the Sado gold mines after South Korea drops its opposition and Japan pledges an exhibition and memorial; Kano, Seoul's foreign ministry, the Democratic Party's criticism, protest at the Japanese embassy, Kamikawa's thanks, ICOMOS's earlier request (2024-07-27).
- hm289-en-01: Vietnam/United States: Biden and Nguyen Phu Trong upgrade ties to a comprehensive strategic partnership in Hanoi; chips and critical minerals, U.S. funding pledge, expected Boeing deal, Mao Ning's demand, Human Rights Watch's accusation and appeal, the arrest of Hoang Thi Minh Hong (2023-09-10).
- hm289-en-02: South Korea: the Seoul Central District Court rejects the arrest warrant for opposition leader Lee Jae-myung; prosecutors' charges, Lee's hunger strike, the PPP and Han Dong-hoon object, the Democratic Party's demands, rival rallies and police, the motion against Han Duck-soo rebuffed by Yoon's office (2023-09-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm289-de-01 (Pakistan, Imran Khan convicted and arrested)
ISB_COURT = actor("District and Sessions Court Islamabad", "PAK", "JUD")
KHAN = actor("Imran Khan", "PAK", "OPP")
PUNJAB_POLICE = actor("Punjab Police", "PAK", "COP")
DILAWAR = actor("Humayun Dilawar", "PAK", "JUD")
KHAN_LAWYERS = actor("lawyers of Imran Khan", "PAK", "CVL")
HASAN = actor("Raoof Hasan", "PAK", "OPP")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
PTI_SUPPORTERS = actor("supporters of Pakistan Tehreek-e-Insaf", "PAK", "OPP")
PAK_POLICE = actor("Pakistani police", "PAK", "COP")
ICT_ADMIN = actor("Islamabad Capital Territory administration", "PAK", "GOV")
AURANGZEB = actor("Marriyum Aurangzeb", "PAK", "GOV")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")
PAK_SC = actor("Supreme Court of Pakistan", "PAK", "JUD")
NAB = actor("National Accountability Bureau", "PAK", "GOV")

I1 = ("Islamabad (AFP) - Ein pakistanisches Gericht hat den früheren Premierminister Imran Khan wegen Korruption zu "
      "drei Jahren Haft verurteilt.")
I2 = ("Kurz nach dem Urteil am Samstag nahm die Polizei den 70-Jährigen in seinem Haus im Stadtteil Zaman Park in "
      "Lahore fest und brachte ihn in das Gefängnis von Attock.")
I3 = ("Richter Humayun Dilawar befand Khan für schuldig, Einnahmen aus dem Verkauf von Staatsgeschenken gegenüber der "
      "Wahlkommission verschwiegen zu haben, und verhängte zudem eine Geldstrafe von 100.000 Rupien.")
I4 = "Khan habe „vorsätzlich falsche Angaben“ gemacht, heißt es in dem Urteil."
I5 = "Khans Anwälte erklärten, sie würden das Urteil vor dem Hohen Gericht in Islamabad anfechten."
I6 = "Der Prozess sei eine „Farce“ gewesen, ihr Mandant sei nicht einmal angehört worden."
I7 = ("PTI-Sprecher Raoof Hasan warf der Regierung vor, die Justiz zu missbrauchen, um den populärsten Politiker des "
      "Landes vor der Wahl auszuschalten.")
I8 = "In einer vorab aufgezeichneten Videobotschaft rief Khan seine Anhänger zu friedlichen Protesten auf."
I9 = ("„Wenn euch diese Nachricht erreicht, bin ich bereits verhaftet. Sitzt nicht schweigend zu Hause“, sagte er "
      "darin.")
I10 = ("In Lahore und Peschawar gingen am Abend einige hundert Anhänger seiner Partei Tehreek-e-Insaf (PTI) auf die "
       "Straße.")
I11 = "Die Polizei löste die Kundgebungen mit Schlagstöcken auf und nahm Dutzende Menschen fest."
I12 = ("Die Behörden hatten für Islamabad zuvor ein Versammlungsverbot verhängt und Tausende Polizisten in der "
       "Hauptstadt zusammengezogen.")
I13 = "Informationsministerin Marriyum Aurangzeb wies den Vorwurf politischer Rache zurück."
I14 = ("Khan habe Staatsgeschenke zu Geld gemacht und die Öffentlichkeit belogen, das Gericht habe lediglich das Gesetz "
       "angewandt, sagte sie.")
I15 = "Mit der Verurteilung dürfte Khan für fünf Jahre von Wahlen ausgeschlossen werden."
I16 = ("Premierminister Shehbaz Sharif will in der kommenden Woche die Auflösung der Nationalversammlung beantragen, im "
       "Herbst soll gewählt werden.")
I17 = ("Der frühere Kricketstar war im April 2022 durch ein Misstrauensvotum gestürzt worden und wirft seitdem der "
       "mächtigen Armee vor, hinter seiner Absetzung zu stehen.")
I18 = ("Nach seiner ersten Festnahme im Mai hatten Anhänger Militäreinrichtungen angegriffen; das Oberste Gericht "
       "erklärte die damalige Festnahme durch die Anti-Korruptionsbehörde NAB später für rechtswidrig.")

DE01 = {
    "id": "hm289-de-01", "lang": "de", "url": None, "published": "2023-08-05",
    "title": "Pakistans Ex-Premier Imran Khan zu drei Jahren Haft verurteilt und festgenommen",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8, I9], [I10, I11, I12, I13, I14],
                       [I15, I16, I17, I18]),
    "events": [
        event("SANCTION", ISB_COURT, KHAN, I1, mode="convict", location="Islamabad", location_country="PAK"),
        event("COERCE", PUNJAB_POLICE, KHAN, I2, mode="arrest", date="2023-08-05", location="Lahore",
              location_country="PAK"),
        event("SANCTION", DILAWAR, KHAN, I3, mode="convict"),
        event("ACCUSE", KHAN_LAWYERS, ISB_COURT, I6, mode="disapprove"),
        event("ACCUSE", HASAN, PAK_GOV, I7, mode="allege"),
        event("REQUEST", KHAN, PTI_SUPPORTERS, I8),
        event("REQUEST", KHAN, PTI_SUPPORTERS, I9),
        event("PROTEST", PTI_SUPPORTERS, PAK_GOV, I10, mode="demo", date="2023-08-05", location_country="PAK"),
        event("ASSAULT", PAK_POLICE, PTI_SUPPORTERS, I11, mode="crowd-control"),
        event("COERCE", PAK_POLICE, PTI_SUPPORTERS, I11, mode="arrest"),
        event("COERCE", ICT_ADMIN, None, I12, mode="restrict", location="Islamabad", location_country="PAK"),
        event("MOBILIZE", ICT_ADMIN, None, I12, mode="police", location="Islamabad", location_country="PAK"),
        event("ACCUSE", AURANGZEB, KHAN, I14, mode="allege"),
        event("ACCUSE", KHAN, PAK_ARMY, I17, mode="allege"),
        event("PROTEST", PTI_SUPPORTERS, PAK_ARMY, I18, mode="riot"),
        event("SANCTION", PAK_SC, NAB, I18, mode="convict"),
    ],
    "quotes": [
        quote("vorsätzlich falsche Angaben", "District and Sessions Court Islamabad", "direct"),
        quote("Khan habe „vorsätzlich falsche Angaben“ gemacht", "District and Sessions Court Islamabad", "indirect"),
        quote("sie würden das Urteil vor dem Hohen Gericht in Islamabad anfechten", "lawyers of Imran Khan",
              "indirect"),
        quote("Farce", "lawyers of Imran Khan", "direct"),
        quote("Der Prozess sei eine „Farce“ gewesen, ihr Mandant sei nicht einmal angehört worden",
              "lawyers of Imran Khan", "indirect"),
        quote("die Justiz zu missbrauchen, um den populärsten Politiker des Landes vor der Wahl auszuschalten",
              "Raoof Hasan", "indirect"),
        quote("Wenn euch diese Nachricht erreicht, bin ich bereits verhaftet. Sitzt nicht schweigend zu Hause",
              "Imran Khan", "direct"),
        quote("Khan habe Staatsgeschenke zu Geld gemacht und die Öffentlichkeit belogen, das Gericht habe lediglich "
              "das Gesetz angewandt", "Marriyum Aurangzeb", "indirect"),
        quote("hinter seiner Absetzung zu stehen", "Imran Khan", "indirect"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["Islamabad", "der Hauptstadt"]),
        entity("District and Sessions Court Islamabad", "ORG", "PAK", ["Ein pakistanisches Gericht",
                                                                       "das Gericht"]),
        entity("Imran Khan", "PER", "PAK", ["den früheren Premierminister Imran Khan", "den 70-Jährigen", "Khan",
                                           "Khans", "ihr Mandant", "Der frühere Kricketstar"]),
        entity("Punjab Police", "ORG", "PAK", ["die Polizei"]),
        entity("Zaman Park", "LOC", "PAK", ["seinem Haus im Stadtteil Zaman Park"]),
        entity("Lahore", "LOC", "PAK", ["Lahore"]),
        entity("Attock Jail", "LOC", "PAK", ["das Gefängnis von Attock"]),
        entity("Humayun Dilawar", "PER", "PAK", ["Richter Humayun Dilawar"]),
        entity("Election Commission of Pakistan", "ORG", "PAK", ["der Wahlkommission"]),
        entity("lawyers of Imran Khan", "PER", "PAK", ["Khans Anwälte"]),
        entity("Islamabad High Court", "ORG", "PAK", ["dem Hohen Gericht in Islamabad"]),
        entity("Raoof Hasan", "PER", "PAK", ["PTI-Sprecher Raoof Hasan"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["PTI", "seiner Partei Tehreek-e-Insaf"]),
        entity("Government of Pakistan", "ORG", "PAK", ["der Regierung"]),
        entity("Pakistan", "LOC", "PAK", ["des Landes"]),
        entity("supporters of Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["seine Anhänger",
                                                                        "einige hundert Anhänger", "Anhänger"]),
        entity("Peshawar", "LOC", "PAK", ["Peschawar"]),
        entity("Pakistani police", "ORG", "PAK", ["Die Polizei"]),
        entity("Islamabad Capital Territory administration", "ORG", "PAK", ["Die Behörden"]),
        entity("Marriyum Aurangzeb", "PER", "PAK", ["Informationsministerin Marriyum Aurangzeb"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif"]),
        entity("National Assembly of Pakistan", "ORG", "PAK", ["der Nationalversammlung"]),
        entity("Pakistan Army", "ORG", "PAK", ["der mächtigen Armee", "Militäreinrichtungen"]),
        entity("Supreme Court of Pakistan", "ORG", "PAK", ["das Oberste Gericht"]),
        entity("National Accountability Bureau", "ORG", "PAK", ["die Anti-Korruptionsbehörde NAB"]),
    ],
}

# ---------------------------------------------------------------- hm289-de-02 (Thailand, Pita suspended and blocked)
THA_CC = actor("Constitutional Court of Thailand", "THA", "JUD")
PITA = actor("Pita Limjaroenrat", "THA", "PTY")
ECT = actor("Election Commission of Thailand", "THA", "GOV")
THA_PARLIAMENT = actor("National Assembly of Thailand", "THA", "LEG")
THA_SENATE = actor("Senate of Thailand", "THA", "LEG")
THA_SENATOR = actor("senator of Thailand", "THA", "LEG")
MFP_SUPPORTERS = actor("supporters of the Move Forward Party", "THA", "CVL")
THA_POLICE = actor("Royal Thai Police", "THA", "COP")
CHAITHAWAT = actor("Chaithawat Tulathon", "THA", "PTY")
PHEU_THAI = actor("Pheu Thai Party", "THA", "PTY")
COALITION_PARTNERS = actor("partners of the eight-party coalition", "THA", "PTY")
HRW = actor("Human Rights Watch", "NGO", "NGO")

T1 = ("Bangkok (dpa) - Thailands Verfassungsgericht hat den Wahlsieger Pita Limjaroenrat vorläufig von seinem Amt "
      "als Abgeordneter suspendiert.")
T2 = ("Die Richter nahmen am Mittwoch eine Klage der Wahlkommission an, wonach der 42-Jährige bei seiner Kandidatur "
      "im Mai Aktien des Fernsehsenders iTV besessen habe.")
T3 = "Bis zu einer endgültigen Entscheidung darf Pita nicht an Parlamentssitzungen teilnehmen."
T4 = ("Wenige Stunden später verhinderte das Parlament mit 395 zu 312 Stimmen, dass der Chef der Partei Move Forward "
      "ein zweites Mal für das Amt des Regierungschefs nominiert wird.")
T5 = ("Eine Mehrheit aus Abgeordneten konservativer Parteien und Senatoren argumentierte, ein gescheiterter Antrag "
      "dürfe in derselben Sitzungsperiode nicht erneut eingebracht werden.")
T6 = ("Pita hatte in der ersten Abstimmung vergangene Woche 324 Stimmen erhalten und die nötige Mehrheit von 375 "
      "Stimmen verfehlt, weil die meisten der vom Militär ernannten Senatoren ihm die Unterstützung verweigerten.")
T7 = "Nach der Verkündung der Suspendierung verließ Pita den Plenarsaal mit erhobener Faust."
T8 = "„Ich glaube, Thailand hat sich seit dem 14. Mai verändert“, sagte er vor Journalisten."
T9 = "Er warf den Senatoren vor, den Willen von 14 Millionen Wählern zu missachten."
T10 = ("Ein Senator sagte dagegen, Pita gefährde mit seinen Plänen zur Reform des Gesetzes gegen "
       "Majestätsbeleidigung die Monarchie.")
T11 = ("Vor dem Parlament und am Demokratiedenkmal in Bangkok versammelten sich am Abend Hunderte Anhänger von Move "
       "Forward.")
T12 = "Einige hielten Schilder mit der Aufschrift „Senat ist nicht das Volk“ in die Höhe."
T13 = "Die Polizei sperrte die Zufahrten zum Parlamentsgebäude mit Absperrgittern ab."
T14 = ("Move-Forward-Generalsekretär Chaithawat Tulathon kündigte an, die Partei werde nun einen Kandidaten der "
       "Pheu-Thai-Partei unterstützen, die bei der Wahl am 14. Mai zweitstärkste Kraft geworden war.")
T15 = ("Pheu Thai erklärte, man werde noch in dieser Woche mit allen Partnern der Acht-Parteien-Koalition über das "
       "weitere Vorgehen beraten.")
T16 = "Human Rights Watch warf dem Verfassungsgericht und dem Senat vor, das Wahlergebnis zu untergraben."
T17 = "Die 250 Senatoren waren nach dem Putsch von 2014 von der damaligen Militärjunta ernannt worden."
T18 = ("Pita weist die Vorwürfe zurück: Die iTV-Aktien stammten aus dem Erbe seines Vaters, der Sender sei seit 2007 "
       "nicht mehr auf Sendung.")

DE02 = {
    "id": "hm289-de-02", "lang": "de", "url": None, "published": "2023-07-19",
    "title": "Thailands Wahlsieger Pita suspendiert und als Premierkandidat blockiert",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9, T10], [T11, T12, T13], [T14, T15, T16, T17, T18]),
    "events": [
        event("SANCTION", THA_CC, PITA, T1, mode="expel"),
        event("ACCUSE", ECT, PITA, T2, mode="allege"),
        event("REJECT", THA_PARLIAMENT, PITA, T4),
        event("REJECT", THA_SENATE, PITA, T6),
        event("ACCUSE", PITA, THA_SENATE, T9, mode="disapprove"),
        event("ACCUSE", THA_SENATOR, PITA, T10, mode="disapprove"),
        event("PROTEST", MFP_SUPPORTERS, THA_SENATE, T11, mode="demo", location="Bangkok", location_country="THA"),
        event("COERCE", THA_POLICE, None, T13, mode="restrict", location="Bangkok", location_country="THA"),
        event("AGREE", CHAITHAWAT, PHEU_THAI, T14),
        event("AGREE", PHEU_THAI, COALITION_PARTNERS, T15),
        event("ACCUSE", HRW, THA_CC, T16, mode="disapprove"),
        event("ACCUSE", HRW, THA_SENATE, T16, mode="disapprove"),
    ],
    "quotes": [
        quote("der 42-Jährige bei seiner Kandidatur im Mai Aktien des Fernsehsenders iTV besessen habe",
              "Election Commission of Thailand", "indirect"),
        quote("ein gescheiterter Antrag dürfe in derselben Sitzungsperiode nicht erneut eingebracht werden",
              "conservative lawmakers and senators of Thailand", "indirect"),
        quote("Ich glaube, Thailand hat sich seit dem 14. Mai verändert", "Pita Limjaroenrat", "direct"),
        quote("den Willen von 14 Millionen Wählern zu missachten", "Pita Limjaroenrat", "indirect"),
        quote("Pita gefährde mit seinen Plänen zur Reform des Gesetzes gegen Majestätsbeleidigung die Monarchie",
              "senator of Thailand", "indirect"),
        quote("Senat ist nicht das Volk", "supporters of the Move Forward Party", "direct"),
        quote("die Partei werde nun einen Kandidaten der Pheu-Thai-Partei unterstützen", "Chaithawat Tulathon",
              "indirect"),
        quote("man werde noch in dieser Woche mit allen Partnern der Acht-Parteien-Koalition über das weitere "
              "Vorgehen beraten", "Pheu Thai Party", "indirect"),
        quote("das Wahlergebnis zu untergraben", "Human Rights Watch", "indirect"),
        quote("Die iTV-Aktien stammten aus dem Erbe seines Vaters, der Sender sei seit 2007 nicht mehr auf Sendung",
              "Pita Limjaroenrat", "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Constitutional Court of Thailand", "ORG", "THA", ["Thailands Verfassungsgericht", "Die Richter",
                                                                  "dem Verfassungsgericht"]),
        entity("Pita Limjaroenrat", "PER", "THA", ["den Wahlsieger Pita Limjaroenrat", "der 42-Jährige", "Pita",
                                                   "der Chef der Partei Move Forward"]),
        entity("Election Commission of Thailand", "ORG", "THA", ["der Wahlkommission"]),
        entity("iTV", "ORG", "THA", ["des Fernsehsenders iTV", "iTV", "der Sender"]),
        entity("National Assembly of Thailand", "ORG", "THA", ["das Parlament", "Parlamentssitzungen",
                                                               "den Plenarsaal", "dem Parlament",
                                                               "zum Parlamentsgebäude"]),
        entity("Move Forward Party", "ORG", "THA", ["Partei Move Forward", "Move Forward", "die Partei"]),
        entity("Senate of Thailand", "ORG", "THA", ["Senatoren", "der vom Militär ernannten Senatoren",
                                                    "den Senatoren", "Senat", "dem Senat", "Die 250 Senatoren"]),
        entity("Royal Thai Armed Forces", "ORG", "THA", ["vom Militär", "der damaligen Militärjunta"]),
        entity("Thailand", "LOC", "THA", ["Thailand", "Thailands"]),
        entity("senator of Thailand", "PER", "THA", ["Ein Senator"]),
        entity("Thai monarchy", "ORG", "THA", ["die Monarchie"]),
        entity("Democracy Monument", "LOC", "THA", ["am Demokratiedenkmal"]),
        entity("supporters of the Move Forward Party", "ORG", "THA", ["Hunderte Anhänger von Move Forward",
                                                                      "Einige"]),
        entity("Royal Thai Police", "ORG", "THA", ["Die Polizei"]),
        entity("Chaithawat Tulathon", "PER", "THA", ["Move-Forward-Generalsekretär Chaithawat Tulathon"]),
        entity("Pheu Thai Party", "ORG", "THA", ["der Pheu-Thai-Partei", "Pheu Thai"]),
        entity("partners of the eight-party coalition", "ORG", "THA",
               ["allen Partnern der Acht-Parteien-Koalition"]),
        entity("Human Rights Watch", "ORG", None, ["Human Rights Watch"]),
    ],
}

# ---------------------------------------------------------------- hm289-de-03 (Myanmar, MNDAA takes Lashio command)
MNDAA = actor("Myanmar National Democratic Alliance Army", "MMR", "REB")
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
LASHIO_CIVILIANS = actor("residents of Lashio", "MMR", "CVL")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
NUG = actor("National Unity Government of Myanmar", "MMR", "OPP")
MIN_AUNG_HLAING = actor("Min Aung Hlaing", "MMR", "GOV")
ANDREWS = actor("Tom Andrews", "UNO", "IGO")
THREE_BROTHERHOOD = actor("Three Brotherhood Alliance", "MMR", "REB")

L1 = ("Yangon (AFP) - Im Bürgerkrieg in Myanmar haben Rebellen nach eigenen Angaben erstmals das Hauptquartier eines "
      "regionalen Militärkommandos der Junta erobert.")
L2 = ("Kämpfer der Myanmar National Democratic Alliance Army (MNDAA) hätten am Samstag das Nordost-Kommando in "
      "Lashio im Shan-Staat vollständig eingenommen, teilte die Gruppe im Onlinedienst Telegram mit.")
L3 = ("Die MNDAA hatte Ende Juni eine neue Offensive auf die Stadt mit rund 150.000 Einwohnern begonnen und damit "
      "eine von China vermittelte Waffenruhe gebrochen.")
L4 = ("Juntasprecher Zaw Min Tun räumte ein, die Verbindung zu mehreren hochrangigen Offizieren in Lashio sei "
      "abgerissen.")
L5 = "Die Luftwaffe der Junta bombardierte am Sonntag mehrere Wohnviertel der Stadt."
L6 = "Nach Angaben von Anwohnern wurden dabei mindestens zwölf Zivilisten getötet."
L7 = "Tausende Bewohner flohen auf der Straße nach Mandalay aus der Stadt."
L8 = "Die Armee zog in der Stadt Kyaukme weiter südwestlich zusätzliche Truppen zusammen."
L9 = ("Chinas Außenministerium forderte alle Konfliktparteien auf, die Kämpfe sofort einzustellen und an den "
      "Verhandlungstisch zurückzukehren.")
L10 = ("Die im Untergrund agierende Regierung der Nationalen Einheit (NUG) sprach von einem „historischen Sieg“ für "
       "das Volk Myanmars.")
L11 = "Sie rief die Soldaten der Junta auf, überzulaufen und ihre Waffen niederzulegen."
L12 = ("Juntachef Min Aung Hlaing bezeichnete die MNDAA in einer Fernsehansprache als Terrorgruppe, die von "
       "ausländischen Kräften unterstützt werde.")
L13 = "„Wir werden jeden Zentimeter unseres Landes zurückholen“, sagte der 68-Jährige."
L14 = ("Der UN-Sonderberichterstatter für Myanmar, Tom Andrews, verurteilte die Luftangriffe der Armee auf "
       "Wohngebiete.")
L15 = ("Die MNDAA gehört zur sogenannten Drei-Brüder-Allianz, die im vergangenen Oktober mit der Operation 1027 "
       "große Gebiete im Norden des Shan-Staats erobert hatte.")
L16 = ("Seit dem Militärputsch im Februar 2021 sind in Myanmar mehr als drei Millionen Menschen vertrieben "
       "worden.")

DE03 = {
    "id": "hm289-de-03", "lang": "de", "url": None, "published": "2024-08-04",
    "title": "Rebellen in Myanmar erobern Militärkommando in Lashio",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11], [L12, L13, L14], [L15, L16]),
    "events": [
        event("ASSAULT", MNDAA, MMR_MIL, L1),
        event("ASSAULT", MNDAA, MMR_MIL, L2, date="2024-08-03", location="Lashio", location_country="MMR"),
        event("ASSAULT", MNDAA, MMR_MIL, L3, location="Lashio", location_country="MMR"),
        event("ASSAULT", MMR_MIL, LASHIO_CIVILIANS, L5, mode="aerial", date="2024-08-04", location="Lashio",
              location_country="MMR"),
        event("MOBILIZE", MMR_MIL, None, L8, mode="troops", location="Kyaukme", location_country="MMR"),
        event("REQUEST", CHN_MFA, MNDAA, L9, mode="yield"),
        event("REQUEST", CHN_MFA, MMR_MIL, L9, mode="yield"),
        event("SUPPORT", NUG, MNDAA, L10),
        event("REQUEST", NUG, MMR_MIL, L11, mode="yield"),
        event("ACCUSE", MIN_AUNG_HLAING, MNDAA, L12, mode="allege"),
        event("THREATEN", MIN_AUNG_HLAING, MNDAA, L13, mode="violence"),
        event("ACCUSE", ANDREWS, MMR_MIL, L14, mode="disapprove"),
        event("ASSAULT", THREE_BROTHERHOOD, MMR_MIL, L15, location="Shan State", location_country="MMR"),
    ],
    "quotes": [
        quote("Kämpfer der Myanmar National Democratic Alliance Army (MNDAA) hätten am Samstag das Nordost-Kommando "
              "in Lashio im Shan-Staat vollständig eingenommen", "Myanmar National Democratic Alliance Army",
              "indirect"),
        quote("die Verbindung zu mehreren hochrangigen Offizieren in Lashio sei abgerissen", "Zaw Min Tun",
              "indirect"),
        quote("wurden dabei mindestens zwölf Zivilisten getötet", "residents of Lashio", "indirect"),
        quote("historischen Sieg", "National Unity Government of Myanmar", "direct"),
        quote("die von ausländischen Kräften unterstützt werde", "Min Aung Hlaing", "indirect"),
        quote("Wir werden jeden Zentimeter unseres Landes zurückholen", "Min Aung Hlaing", "direct"),
    ],
    "entities": [
        entity("Yangon", "LOC", "MMR", ["Yangon"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar", "Myanmars"]),
        entity("Myanmar National Democratic Alliance Army", "ORG", "MMR",
               ["Rebellen", "Kämpfer der Myanmar National Democratic Alliance Army (MNDAA)", "MNDAA", "die Gruppe"]),
        entity("Myanmar military", "ORG", "MMR", ["der Junta", "Die Armee", "der Armee"]),
        entity("Northeastern Command", "ORG", "MMR", ["das Hauptquartier eines regionalen Militärkommandos",
                                                      "das Nordost-Kommando"]),
        entity("Lashio", "LOC", "MMR", ["Lashio", "die Stadt", "der Stadt"]),
        entity("Shan State", "LOC", "MMR", ["im Shan-Staat", "des Shan-Staats"]),
        entity("Telegram", "ORG", None, ["Telegram"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Juntasprecher Zaw Min Tun"]),
        entity("Myanmar Air Force", "ORG", "MMR", ["Die Luftwaffe der Junta"]),
        entity("residents of Lashio", "PER", "MMR", ["Anwohnern", "Tausende Bewohner"]),
        entity("Mandalay", "LOC", "MMR", ["Mandalay"]),
        entity("Kyaukme", "LOC", "MMR", ["der Stadt Kyaukme"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinas Außenministerium"]),
        entity("National Unity Government of Myanmar", "ORG", "MMR",
               ["Die im Untergrund agierende Regierung der Nationalen Einheit (NUG)"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Juntachef Min Aung Hlaing", "der 68-Jährige"]),
        entity("Tom Andrews", "PER", "UNO", ["Der UN-Sonderberichterstatter für Myanmar, Tom Andrews"]),
        entity("Three Brotherhood Alliance", "ORG", "MMR", ["zur sogenannten Drei-Brüder-Allianz"]),
    ],
}

# ---------------------------------------------------------------- hm289-de-04 (UNESCO, Sado gold mines)
UNESCO = actor("UNESCO", "UNO", "IGO")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
WHC = actor("UNESCO World Heritage Committee", "UNO", "IGO")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
KOR_MOFA = actor("Ministry of Foreign Affairs of South Korea", "KOR", "GOV")
DPK = actor("Democratic Party of Korea", "KOR", "OPP")
YOON_GOV = actor("Yoon Suk Yeol", "KOR", "GOV")
KOR_VICTIMS = actor("South Korean victims' groups", "KOR", "CVL")
KAMIKAWA = actor("Yoko Kamikawa", "JPN", "GOV")
ICOMOS = actor("International Council on Monuments and Sites", "NGO", "NGO")

S1 = ("Neu-Delhi (dpa) - Die UN-Kulturorganisation Unesco hat die früheren Goldminen auf der japanischen Insel Sado "
      "zum Weltkulturerbe erklärt.")
S2 = ("Das Welterbekomitee fasste den Beschluss am Samstag bei seiner Tagung in Neu-Delhi ohne Abstimmung, nachdem "
      "Südkorea seinen jahrelangen Widerstand aufgegeben hatte.")
S3 = ("Japan hatte zuvor zugesagt, vor Ort an die harten Lebens- und Arbeitsbedingungen koreanischer Arbeiter "
      "während des Zweiten Weltkriegs zu erinnern und jedes Jahr eine Gedenkfeier abzuhalten.")
S4 = ("Eine entsprechende Ausstellung in einem Museum nahe den Minen sei bereits eingerichtet worden, sagte Japans "
      "Unesco-Botschafter Takehiro Kano vor dem Komitee.")
S5 = "Japan werde sich der Geschichte „aufrichtig stellen“, fügte er hinzu."
S6 = ("Das südkoreanische Außenministerium begrüßte die Zusagen Tokios als Ergebnis „ernsthafter "
      "Verhandlungen“.")
S7 = "Seoul werde genau darauf achten, dass Japan seine Versprechen einhalte, hieß es in einer Erklärung."
S8 = ("Die oppositionelle Demokratische Partei warf der Regierung von Präsident Yoon Suk Yeol dagegen „erniedrigende "
      "Diplomatie“ vor.")
S9 = "In der Ausstellung komme das Wort Zwangsarbeit nicht vor, kritisierte ein Sprecher der Partei."
S10 = "Vor der japanischen Botschaft in Seoul protestierten Vertreter von Opferverbänden gegen die Entscheidung."
S11 = "Japans Außenministerin Yoko Kamikawa begrüßte die Aufnahme und dankte den Mitgliedern des Komitees."
S12 = ("Tokio hatte die Minen 2022 erstmals nominiert, Südkorea hatte den Antrag damals scharf kritisiert, weil er "
       "die Zeit des Zweiten Weltkriegs ausklammere.")
S13 = ("Das Beratungsgremium Icomos hatte Japan im Juni aufgefordert, die gesamte Geschichte der Minen "
       "darzustellen.")
S14 = ("Nach Schätzungen südkoreanischer Historiker mussten während des Krieges rund 1.500 Koreaner in den Minen "
       "arbeiten.")
S15 = "Die Beziehungen zwischen Tokio und Seoul haben sich unter Yoon deutlich verbessert."

DE04 = {
    "id": "hm289-de-04", "lang": "de", "url": None, "published": "2024-07-27",
    "title": "Unesco nimmt Sado-Goldminen nach Einigung mit Seoul ins Welterbe auf",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10, S11], [S12, S13, S14, S15]),
    "events": [
        event("SUPPORT", UNESCO, JPN_GOV, S1),
        event("SUPPORT", WHC, JPN_GOV, S2, date="2024-07-27", location="New Delhi", location_country="IND"),
        event("CONCEDE", KOR_GOV, JPN_GOV, S2),
        event("CONCEDE", JPN_GOV, KOR_GOV, S3),
        event("SUPPORT", KOR_MOFA, JPN_GOV, S6),
        event("ACCUSE", DPK, YOON_GOV, S8, mode="disapprove"),
        event("ACCUSE", DPK, JPN_GOV, S9, mode="disapprove"),
        event("PROTEST", KOR_VICTIMS, JPN_GOV, S10, mode="demo", location="Seoul", location_country="KOR"),
        event("SUPPORT", KAMIKAWA, WHC, S11),
        event("ACCUSE", KOR_GOV, JPN_GOV, S12, mode="disapprove"),
        event("REQUEST", ICOMOS, JPN_GOV, S13, mode="change"),
    ],
    "quotes": [
        quote("Eine entsprechende Ausstellung in einem Museum nahe den Minen sei bereits eingerichtet worden",
              "Takehiro Kano", "indirect"),
        quote("aufrichtig stellen", "Takehiro Kano", "direct"),
        quote("Japan werde sich der Geschichte „aufrichtig stellen“", "Takehiro Kano", "indirect"),
        quote("ernsthafter Verhandlungen", "Ministry of Foreign Affairs of South Korea", "direct"),
        quote("Seoul werde genau darauf achten, dass Japan seine Versprechen einhalte",
              "Ministry of Foreign Affairs of South Korea", "indirect"),
        quote("erniedrigende Diplomatie", "Democratic Party of Korea", "direct"),
        quote("In der Ausstellung komme das Wort Zwangsarbeit nicht vor",
              "spokesperson of the Democratic Party of Korea", "indirect"),
        quote("weil er die Zeit des Zweiten Weltkriegs ausklammere", "Government of South Korea", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("UNESCO", "ORG", "UNO", ["Die UN-Kulturorganisation Unesco", "Unesco"]),
        entity("Sado Island Gold Mines", "LOC", "JPN", ["die früheren Goldminen auf der japanischen Insel Sado",
                                                        "den Minen", "der Minen", "die Minen"]),
        entity("Sado Island", "LOC", "JPN", ["der japanischen Insel Sado"]),
        entity("UNESCO World Heritage Committee", "ORG", "UNO", ["Das Welterbekomitee", "dem Komitee",
                                                                 "des Komitees"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea"]),
        entity("Japan", "LOC", "JPN", ["Japan", "Japans"]),
        entity("Government of Japan", "ORG", "JPN", ["Tokios", "Tokio"]),
        entity("Aikawa Folk Museum", "LOC", "JPN", ["einem Museum nahe den Minen"]),
        entity("Takehiro Kano", "PER", "JPN", ["Japans Unesco-Botschafter Takehiro Kano"]),
        entity("Ministry of Foreign Affairs of South Korea", "ORG", "KOR", ["Das südkoreanische Außenministerium"]),
        entity("Government of South Korea", "ORG", "KOR", ["Seoul", "der Regierung von Präsident Yoon Suk Yeol"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Die oppositionelle Demokratische Partei",
                                                           "der Partei"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol", "Yoon"]),
        entity("spokesperson of the Democratic Party of Korea", "PER", "KOR", ["ein Sprecher der Partei"]),
        entity("Embassy of Japan in Seoul", "LOC", "JPN", ["der japanischen Botschaft in Seoul"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("South Korean victims' groups", "ORG", "KOR", ["Vertreter von Opferverbänden"]),
        entity("Yoko Kamikawa", "PER", "JPN", ["Japans Außenministerin Yoko Kamikawa"]),
        entity("International Council on Monuments and Sites", "ORG", None, ["Das Beratungsgremium Icomos"]),
    ],
}

# ---------------------------------------------------------------- hm289-en-01 (Vietnam/US, Biden in Hanoi)
BIDEN = actor("Joe Biden", "USA", "GOV")
TRONG = actor("Nguyen Phu Trong", "VNM", "GOV")
USA = actor("United States", "USA", "GOV")
VIETNAM = actor("Vietnam", "VNM", "GOV")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
VNM_GOV = actor("Government of Vietnam", "VNM", "GOV")
VNM_POLICE = actor("Vietnamese police", "VNM", "COP")
HONG = actor("Hoang Thi Minh Hong", "VNM", "CVL")

B1 = ("HANOI, Sept 10 (Reuters) - U.S. President Joe Biden and Vietnam's Communist Party chief Nguyen Phu Trong "
      "agreed on Sunday to upgrade ties to a comprehensive strategic partnership, putting the former foes' "
      "relationship at the top of Hanoi's diplomatic ranking.")
B2 = ("Biden, who flew in from the Group of 20 summit in New Delhi, was received by Trong at the party's "
      "headquarters in Hanoi for talks that lasted more than an hour.")
B3 = ("\"We're deepening our cooperation on critical and emerging technologies, particularly around building a more "
      "resilient semiconductor supply chain,\" Biden said after the talks.")
B4 = ("Trong said the upgrade would open a new chapter in relations, and that Vietnam wanted to be a friend and "
      "reliable partner of all countries.")
B5 = ("The two sides also agreed to work together on securing supplies of critical minerals, including rare earths, "
      "of which Vietnam is believed to have the world's second-largest reserves.")
B6 = ("The White House said Washington would provide initial funding of $2 million to help Vietnam train engineers "
      "for its chip industry.")
B7 = ("Vietnam Airlines is expected to sign a deal to buy 50 Boeing 737 MAX jets worth about $10 billion during the "
      "visit, two people familiar with the matter said.")
B8 = ("Asked whether the deal was aimed at China, Biden told a news conference: \"I don't want to contain China. I "
      "just want to make sure that we have a relationship with China that is on the up and up.\"")
B9 = ("Chinese foreign ministry spokeswoman Mao Ning said last week that Washington should \"abandon its Cold War "
      "mentality\" in dealing with Asian countries.")
B10 = ("Human Rights Watch accused Vietnam of jailing a growing number of activists and urged Biden to press Trong "
       "publicly for the release of political prisoners.")
B11 = ("Vietnamese police arrested prominent climate activist Hoang Thi Minh Hong on tax evasion charges in June, "
       "the fifth environmental campaigner detained in two years.")
B12 = "Vietnam's foreign ministry did not respond to a request for comment on the activists' cases."
B13 = ("Washington and Hanoi have had diplomatic relations since 1995, two decades after the end of the Vietnam "
       "War.")
B14 = ("The United States is now Vietnam's biggest export market, and U.S. companies including Apple suppliers have "
       "expanded production in the country.")
B15 = ("Biden is also expected to visit a memorial to the late Senator John McCain, who was shot down over Hanoi in "
       "1967 and held as a prisoner of war.")

EN01 = {
    "id": "hm289-en-01", "lang": "en", "url": None, "published": "2023-09-10",
    "title": "Biden, Vietnam's Trong upgrade ties in nod to shared China concerns",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9], [B10, B11, B12], [B13, B14, B15]),
    "events": [
        event("AGREE", BIDEN, TRONG, B1, date="2023-09-10"),
        event("CONSULT", BIDEN, TRONG, B2, mode="visit", location="Hanoi", location_country="VNM"),
        event("SUPPORT", TRONG, USA, B4),
        event("AGREE", USA, VIETNAM, B5),
        event("AGREE", USA, VIETNAM, B6),
        event("REQUEST", MAO_NING, USA, B9, mode="change"),
        event("ACCUSE", HRW, VNM_GOV, B10, mode="allege"),
        event("REQUEST", HRW, BIDEN, B10),
        event("COERCE", VNM_POLICE, HONG, B11, mode="arrest"),
    ],
    "quotes": [
        quote("We're deepening our cooperation on critical and emerging technologies, particularly around building a "
              "more resilient semiconductor supply chain", "Joe Biden", "direct"),
        quote("the upgrade would open a new chapter in relations", "Nguyen Phu Trong", "indirect"),
        quote("Vietnam wanted to be a friend and reliable partner of all countries", "Nguyen Phu Trong", "indirect"),
        quote("Washington would provide initial funding of $2 million to help Vietnam train engineers for its chip "
              "industry", "White House", "indirect"),
        quote("Vietnam Airlines is expected to sign a deal to buy 50 Boeing 737 MAX jets worth about $10 billion "
              "during the visit", "people familiar with the matter", "indirect"),
        quote("I don't want to contain China. I just want to make sure that we have a relationship with China that "
              "is on the up and up", "Joe Biden", "direct"),
        quote("abandon its Cold War mentality", "Mao Ning", "direct"),
        quote("Washington should \"abandon its Cold War mentality\" in dealing with Asian countries", "Mao Ning",
              "indirect"),
    ],
    "entities": [
        entity("Hanoi", "LOC", "VNM", ["HANOI", "Hanoi"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden", "Biden"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnam's", "Vietnam", "the country"]),
        entity("Communist Party of Vietnam", "ORG", "VNM", ["Communist Party", "the party's headquarters"]),
        entity("Nguyen Phu Trong", "PER", "VNM", ["Communist Party chief Nguyen Phu Trong", "Trong"]),
        entity("Group of 20", "ORG", None, ["the Group of 20 summit"]),
        entity("New Delhi", "LOC", "IND", ["New Delhi"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Vietnam Airlines", "ORG", "VNM", ["Vietnam Airlines"]),
        entity("Boeing", "ORG", "USA", ["Boeing"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Mao Ning", "PER", "CHN", ["Chinese foreign ministry spokeswoman Mao Ning"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinese foreign ministry"]),
        entity("Human Rights Watch", "ORG", None, ["Human Rights Watch"]),
        entity("Government of Vietnam", "ORG", "VNM", ["Hanoi's"]),
        entity("Vietnamese police", "ORG", "VNM", ["Vietnamese police"]),
        entity("Hoang Thi Minh Hong", "PER", "VNM", ["prominent climate activist Hoang Thi Minh Hong"]),
        entity("Ministry of Foreign Affairs of Vietnam", "ORG", "VNM", ["Vietnam's foreign ministry"]),
        entity("United States", "LOC", "USA", ["The United States", "U.S."]),
        entity("Apple", "ORG", "USA", ["Apple"]),
        entity("John McCain", "PER", "USA", ["the late Senator John McCain"]),
    ],
}

# ---------------------------------------------------------------- hm289-en-02 (South Korea, Lee Jae-myung warrant rejected)
SEOUL_COURT = actor("Seoul Central District Court", "KOR", "JUD")
KOR_PROSECUTORS = actor("South Korean prosecutors", "KOR", "JUD")
LEE = actor("Lee Jae-myung", "KOR", "OPP")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
PPP = actor("People Power Party", "KOR", "PTY")
YOO = actor("Yoo Chang-hoon", "KOR", "JUD")
HAN_DH = actor("Han Dong-hoon", "KOR", "GOV")
LEE_SUPPORTERS = actor("supporters of Lee Jae-myung", "KOR", "CVL")
KOR_CONSERVATIVES = actor("conservative protesters in South Korea", "KOR", "CVL")
KOR_POLICE = actor("South Korean police", "KOR", "COP")
KOR_ASSEMBLY = actor("National Assembly of South Korea", "KOR", "LEG")
YOON_OFFICE = actor("Office of the President of South Korea", "KOR", "GOV")

E1 = ("SEOUL, Sept 27 (Reuters) - A South Korean court on Wednesday rejected prosecutors' request to arrest "
      "opposition leader Lee Jae-myung on bribery and breach of trust charges, dealing a blow to President Yoon Suk "
      "Yeol's government months before a parliamentary election.")
E2 = ("Judge Yoo Chang-hoon of the Seoul Central District Court said there was little risk that Lee would destroy "
      "evidence, although some of the allegations against him appeared to be substantiated.")
E3 = ("Lee, 59, who had waited for the ruling at a detention centre in Uiwang south of Seoul, walked out shortly "
      "before 3 a.m. leaning on a cane.")
E4 = ('"The judiciary has shown that it is the last bastion of human rights," Lee told reporters and supporters '
      'outside the centre.')
E5 = ("Prosecutors accuse Lee of giving unfair benefits to a private developer while he was mayor of Seongnam and "
      "of asking a businessman to transfer $8 million illegally to North Korea when he was governor of Gyeonggi "
      "province.")
E6 = "They sought the warrant on Sept. 18."
E7 = ("Lee, who has denied wrongdoing and calls the investigations political revenge by Yoon, on Saturday ended a "
      "24-day hunger strike that he had begun in protest against the government's policies.")
E8 = ('The ruling People Power Party called the decision "deeply regrettable" and accused the judge of bowing to '
      'the opposition.')
E9 = "The prosecution said it would review the ruling and consider filing a new request."
E10 = ("Justice Minister Han Dong-hoon said the court had not found Lee innocent and that the evidence of his "
       "crimes was clear.")
E11 = ("Democratic Party lawmakers demanded that Yoon apologise and sack Han, whom they accused of orchestrating a "
       "political investigation.")
E12 = ("Hundreds of Lee's supporters rallied outside the detention centre through the night, chanting slogans "
       "against the prosecution, while a smaller group of conservative protesters demanded his arrest.")
E13 = "Police deployed about 1,000 officers to keep the two groups apart."
E14 = ("Last week, the opposition-controlled parliament also passed a non-binding motion calling on Yoon to dismiss "
       "Prime Minister Han Duck-soo, the first such motion against a sitting prime minister.")
E15 = "Yoon's office said the president would not accept the motion."
E16 = "Lee narrowly lost the presidential election to Yoon last year."

EN02 = {
    "id": "hm289-en-02", "lang": "en", "url": None, "published": "2023-09-27",
    "title": "South Korean court rejects arrest warrant for opposition leader Lee",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11], [E12, E13], [E14, E15, E16]),
    "events": [
        event("REJECT", SEOUL_COURT, KOR_PROSECUTORS, E1, date="2023-09-27"),
        event("SUPPORT", LEE, SEOUL_COURT, E4),
        event("ACCUSE", KOR_PROSECUTORS, LEE, E5, mode="allege"),
        event("REQUEST", KOR_PROSECUTORS, SEOUL_COURT, E6),
        event("ACCUSE", LEE, YOON, E7, mode="disapprove"),
        event("PROTEST", LEE, YOON, E7, mode="hunger"),
        event("ACCUSE", PPP, YOO, E8, mode="disapprove"),
        event("ACCUSE", HAN_DH, LEE, E10, mode="allege"),
        event("REQUEST", DPK, YOON, E11, mode="change"),
        event("ACCUSE", DPK, HAN_DH, E11, mode="allege"),
        event("PROTEST", LEE_SUPPORTERS, KOR_PROSECUTORS, E12, mode="demo", location="Uiwang",
              location_country="KOR"),
        event("PROTEST", KOR_CONSERVATIVES, LEE, E12, mode="demo", location="Uiwang", location_country="KOR"),
        event("MOBILIZE", KOR_POLICE, None, E13, mode="police", location="Uiwang", location_country="KOR"),
        event("REQUEST", KOR_ASSEMBLY, YOON, E14, mode="change"),
        event("REJECT", YOON_OFFICE, KOR_ASSEMBLY, E15, mode="change"),
    ],
    "quotes": [
        quote("there was little risk that Lee would destroy evidence, although some of the allegations against him "
              "appeared to be substantiated", "Yoo Chang-hoon", "indirect"),
        quote("The judiciary has shown that it is the last bastion of human rights", "Lee Jae-myung", "direct"),
        quote("deeply regrettable", "People Power Party", "direct"),
        quote("it would review the ruling and consider filing a new request", "South Korean prosecutors",
              "indirect"),
        quote("the court had not found Lee innocent and that the evidence of his crimes was clear", "Han Dong-hoon",
              "indirect"),
        quote("the president would not accept the motion", "Office of the President of South Korea", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["SEOUL", "Seoul"]),
        entity("Seoul Central District Court", "ORG", "KOR", ["A South Korean court", "the Seoul Central District "
                                                              "Court", "the court"]),
        entity("South Korean prosecutors", "ORG", "KOR", ["prosecutors'", "Prosecutors", "They", "The prosecution",
                                                          "the prosecution"]),
        entity("Lee Jae-myung", "PER", "KOR", ["opposition leader Lee Jae-myung", "Lee", "Lee's"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["President Yoon Suk Yeol's", "Yoon", "the president"]),
        entity("Government of South Korea", "ORG", "KOR", ["government"]),
        entity("Yoo Chang-hoon", "PER", "KOR", ["Judge Yoo Chang-hoon", "the judge"]),
        entity("Uiwang", "LOC", "KOR", ["Uiwang"]),
        entity("Seoul Detention Center", "LOC", "KOR", ["a detention centre in Uiwang south of Seoul",
                                                        "the centre", "the detention centre"]),
        entity("Seongnam", "LOC", "KOR", ["Seongnam"]),
        entity("North Korea", "LOC", "PRK", ["North Korea"]),
        entity("Gyeonggi Province", "LOC", "KOR", ["Gyeonggi province"]),
        entity("People Power Party", "ORG", "KOR", ["The ruling People Power Party"]),
        entity("Han Dong-hoon", "PER", "KOR", ["Justice Minister Han Dong-hoon", "Han"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Democratic Party lawmakers", "the opposition"]),
        entity("supporters of Lee Jae-myung", "ORG", "KOR", ["supporters", "Hundreds of Lee's supporters"]),
        entity("conservative protesters in South Korea", "ORG", "KOR",
               ["a smaller group of conservative protesters"]),
        entity("South Korean police", "ORG", "KOR", ["Police"]),
        entity("National Assembly of South Korea", "ORG", "KOR", ["the opposition-controlled parliament"]),
        entity("Han Duck-soo", "PER", "KOR", ["Prime Minister Han Duck-soo"]),
        entity("Office of the President of South Korea", "ORG", "KOR", ["Yoon's office"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
