"""Round 13 of the hand-made articles (handmade13.jsonl), written blind on 2026-11-29.

Invented wire-style texts (plausible, not reported facts), annotated after
../shared/data/articles/CONVENTIONS.md without running the pipeline on them.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- Kazakhstan: oil workers' strike in Zhanaozen ------------------------------------------
KAZ_WORKERS = actor("oil workers of Ozenmunaigas", "KAZ", "LAB")
OZEN = actor("Ozenmunaigas", "KAZ", "BUS")
KAZ_POLICE = actor("Kazakh police", "KAZ", "COP")
UNION_LEADERS = actor("leaders of the independent oil workers' union", "KAZ", "LAB")
KAZ_PROS = actor("Prosecutor's Office of Mangystau Region", "KAZ", "JUD")
KAZ_GOV = actor("Government of Kazakhstan", "KAZ", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
SATKALIYEV = actor("Almassadam Satkaliyev", "KAZ", "GOV")

KAZ_S = [
    "In der westkasachischen Stadt Schanaosen haben seit Montag Hunderte Ölarbeiter des staatlichen "
    "Förderunternehmens Ozenmunaigas die Arbeit niedergelegt.",
    "Die Beschäftigten verlangten eine Verdoppelung ihrer Löhne und die Rücknahme von Entlassungen, sagte ein "
    "Sprecher der unabhängigen Ölarbeitergewerkschaft am Mittwoch.",
    "Ein Sprecher von Ozenmunaigas wies Berichte über Massenentlassungen zurück.",
    "Die Polizei nahm am Dienstagabend drei Gewerkschaftsführer fest, darunter den Vorsitzenden Amin Jeleussinow.",
    "Ihnen werde die Organisation eines illegalen Streiks vorgeworfen, hieß es bei der Staatsanwaltschaft des "
    "Gebiets Mangghystau.",
    "Unter den Streikenden selbst habe es keine Festnahmen gegeben, teilte die Polizei mit.",
    "Human Rights Watch forderte die kasachischen Behörden auf, die Gewerkschafter umgehend freizulassen.",
    "„Das Streikrecht steht in Kasachstan nur auf dem Papier“, erklärte die Organisation.",
    "Zwei der drei Gewerkschafter kamen am Donnerstag gegen Auflagen wieder frei, teilte ihr Anwalt mit.",
    "Energieminister Almassadam Satkalijew sagte, er werde am Freitag in Schanaosen mit Vertretern der Arbeiter "
    "verhandeln.",
    "Schanaosen war im Dezember 2011 Schauplatz blutiger Unruhen, bei denen mindestens 14 Menschen ums Leben kamen.",
    "Die Region am Kaspischen Meer gilt als Zentrum der kasachischen Ölförderung.",
]

KAZAKHSTAN = {
    "id": "hm13-de-01", "lang": "de", "published": "2024-03-14", "title": None,
    "text": paragraphs(KAZ_S[0:3], KAZ_S[3:6], KAZ_S[6:10], KAZ_S[10:12]),
    "events": [
        event("PROTEST", KAZ_WORKERS, OZEN, KAZ_S[0], mode="strike", date="2024-03-11", location="Zhanaozen",
              location_country="KAZ"),
        event("COERCE", KAZ_POLICE, UNION_LEADERS, KAZ_S[3], mode="arrest", date="2024-03-12"),
        event("ACCUSE", KAZ_PROS, UNION_LEADERS, KAZ_S[4], mode="allege"),
        event("COERCE", KAZ_POLICE, KAZ_WORKERS, KAZ_S[5], mode="arrest", negated=True),
        event("REQUEST", HRW, KAZ_GOV, KAZ_S[6], mode="yield"),
        event("ACCUSE", HRW, KAZ_GOV, KAZ_S[7], mode="disapprove"),
        event("RETREAT", KAZ_POLICE, UNION_LEADERS, KAZ_S[8], mode="release", date="2024-03-14"),
        event("AGREE", SATKALIYEV, KAZ_WORKERS, KAZ_S[9]),
    ],
    "quotes": [
        quote("Die Beschäftigten verlangten eine Verdoppelung ihrer Löhne und die Rücknahme von Entlassungen",
              "spokesperson of the independent oil workers' union", "indirect"),
        quote("Ihnen werde die Organisation eines illegalen Streiks vorgeworfen",
              "Prosecutor's Office of Mangystau Region", "indirect"),
        quote("Unter den Streikenden selbst habe es keine Festnahmen gegeben", "Kazakh police", "indirect"),
        quote("Das Streikrecht steht in Kasachstan nur auf dem Papier", "Human Rights Watch", "direct"),
        quote("Zwei der drei Gewerkschafter kamen am Donnerstag gegen Auflagen wieder frei",
              "lawyer of the union leaders", "indirect"),
        quote("er werde am Freitag in Schanaosen mit Vertretern der Arbeiter verhandeln", "Almassadam Satkaliyev",
              "indirect"),
    ],
    "entities": [
        entity("Zhanaozen", "LOC", "KAZ", ["der westkasachischen Stadt Schanaosen", "Schanaosen"]),
        entity("Ozenmunaigas", "ORG", "KAZ", ["des staatlichen Förderunternehmens Ozenmunaigas", "Ozenmunaigas"]),
        entity("independent oil workers' union", "ORG", "KAZ", ["der unabhängigen Ölarbeitergewerkschaft"]),
        entity("spokesperson of the independent oil workers' union", "PER", "KAZ",
               ["ein Sprecher der unabhängigen Ölarbeitergewerkschaft"]),
        entity("Kazakh police", "ORG", "KAZ", ["Die Polizei", "die Polizei"]),
        entity("Amin Yeleusinov", "PER", "KAZ", ["den Vorsitzenden Amin Jeleussinow"]),
        entity("leaders of the independent oil workers' union", "ORG", "KAZ",
               ["drei Gewerkschaftsführer", "Ihnen", "die Gewerkschafter", "Zwei der drei Gewerkschafter"]),
        entity("lawyer of the union leaders", "PER", "KAZ", ["ihr Anwalt"]),
        entity("Prosecutor's Office of Mangystau Region", "ORG", "KAZ",
               ["der Staatsanwaltschaft des Gebiets Mangghystau"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch", "die Organisation"]),
        entity("Government of Kazakhstan", "ORG", "KAZ", ["die kasachischen Behörden"]),
        entity("Kazakhstan", "GPE", "KAZ", ["Kasachstan"]),
        entity("Almassadam Satkaliyev", "PER", "KAZ", ["Energieminister Almassadam Satkalijew", "er"]),
        entity("Caspian Sea", "LOC", None, ["Kaspischen Meer"]),
    ],
}

# --- Guinea: deadly protests against the junta in Conakry ---------------------------------
GIN_PROTESTERS = actor("protesters in Conakry", "GIN", "CVL")
GIN_GOV = actor("Government of Guinea", "GIN", "GOV")
FVG = actor("Forces Vives de Guinée", "GIN", "OPP")
GIN_SEC = actor("Guinean security forces", "GIN", "COP")
GIN_POLICE = actor("Guinean police", "GIN", "COP")
ECOWAS = actor("ECOWAS", "IGO", "IGO")

GIN_S = [
    "Bei Protesten gegen die Militärregierung in Guinea sind in der Hauptstadt Conakry am Montag mindestens zwei "
    "Menschen getötet worden.",
    "Sicherheitskräfte hätten in mehreren Vierteln mit scharfer Munition auf Demonstranten geschossen, teilte das "
    "Oppositionsbündnis Forces Vives de Guinée mit.",
    "»Die Junta führt Krieg gegen das eigene Volk«, sagte ein Sprecher der Forces Vives.",
    "Die Proteste richteten sich gegen die Junta, die ihr Versprechen einer Rückkehr zur Zivilherrschaft bis Ende "
    "2024 nicht eingehalten hat.",
    "Regierungssprecher Ousmane Gaoual Diallo wies die Vorwürfe zurück.",
    "Die Polizei habe lediglich Tränengas eingesetzt, um Plünderungen zu verhindern, sagte er im Staatsfernsehen.",
    "46 Menschen seien festgenommen worden, so der Sprecher.",
    "Die Westafrikanische Wirtschaftsgemeinschaft Ecowas rief die Übergangsregierung auf, umgehend einen "
    "Wahltermin festzulegen.",
    "Das Militär ist in dem westafrikanischen Land seit einem Putsch im September 2021 an der Macht.",
    "Demonstrationen sind seit 2022 verboten.",
]

GUINEA = {
    "id": "hm13-de-02", "lang": "de", "published": "2025-01-07", "title": None,
    "text": paragraphs(GIN_S[0:4], GIN_S[4:7], GIN_S[7:10]),
    "events": [
        event("PROTEST", GIN_PROTESTERS, GIN_GOV, GIN_S[0], mode="demo", date="2025-01-06", location="Conakry",
              location_country="GIN"),
        event("ACCUSE", FVG, GIN_SEC, GIN_S[1], mode="allege"),
        event("ACCUSE", actor("spokesperson of Forces Vives de Guinée", "GIN", "OPP"), GIN_GOV, GIN_S[2],
              mode="disapprove"),
        event("PROTEST", GIN_PROTESTERS, GIN_GOV, GIN_S[3], mode="demo"),
        event("ASSAULT", GIN_POLICE, GIN_PROTESTERS, GIN_S[5], mode="crowd-control"),
        event("COERCE", GIN_POLICE, GIN_PROTESTERS, GIN_S[6], mode="arrest"),
        event("REQUEST", ECOWAS, GIN_GOV, GIN_S[7], mode="change"),
    ],
    "quotes": [
        quote("Sicherheitskräfte hätten in mehreren Vierteln mit scharfer Munition auf Demonstranten geschossen",
              "Forces Vives de Guinée", "indirect"),
        quote("Die Junta führt Krieg gegen das eigene Volk", "spokesperson of Forces Vives de Guinée", "direct"),
        quote("Die Polizei habe lediglich Tränengas eingesetzt, um Plünderungen zu verhindern",
              "Ousmane Gaoual Diallo", "indirect"),
        quote("46 Menschen seien festgenommen worden", "Ousmane Gaoual Diallo", "indirect"),
    ],
    "entities": [
        entity("Guinea", "GPE", "GIN", ["Guinea", "dem westafrikanischen Land"]),
        entity("Conakry", "LOC", "GIN", ["der Hauptstadt Conakry"]),
        entity("Government of Guinea", "ORG", "GIN", ["die Militärregierung", "Die Junta", "die Junta",
                                                      "die Übergangsregierung", "Das Militär"]),
        entity("Forces Vives de Guinée", "ORG", "GIN", ["das Oppositionsbündnis Forces Vives de Guinée",
                                                        "Forces Vives"]),
        entity("spokesperson of Forces Vives de Guinée", "PER", "GIN", ["ein Sprecher der Forces Vives"]),
        entity("Guinean security forces", "ORG", "GIN", ["Sicherheitskräfte"]),
        entity("Ousmane Gaoual Diallo", "PER", "GIN", ["Regierungssprecher Ousmane Gaoual Diallo", "er",
                                                       "der Sprecher"]),
        entity("Guinean police", "ORG", "GIN", ["Die Polizei"]),
        entity("ECOWAS", "ORG", "IGO", ["Die Westafrikanische Wirtschaftsgemeinschaft Ecowas"]),
    ],
}

# --- Croatia and Montenegro: row over a Jasenovac resolution ------------------------------
HRV = actor("Croatia", "HRV", "GOV")
MNE = actor("Montenegro", "MNE", "GOV")
HRV_MFA = actor("Croatian foreign ministry", "HRV", "GOV")
PLENKOVIC = actor("Andrej Plenković", "HRV", "GOV")
SPAJIC = actor("Milojko Spajić", "MNE", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")

HRV_S = [
    "Im Streit über eine Resolution des montenegrinischen Parlaments zum Weltkriegslager Jasenovac hat Kroatien "
    "den Botschafter Montenegros einbestellt.",
    "Das Außenministerium in Zagreb warf Podgorica am Montag vor, die Geschichte zu verfälschen und die "
    "gutnachbarschaftlichen Beziehungen zu beschädigen.",
    "Ministerpräsident Andrej Plenković sagte zudem ein für Juli geplantes Treffen mit seinem montenegrinischen "
    "Amtskollegen Milojko Spajić ab.",
    "Sollte die Resolution nicht zurückgenommen werden, werde Kroatien den Abschluss weiterer Kapitel in den "
    "EU-Beitrittsverhandlungen Montenegros blockieren, sagte Plenković.",
    "Spajić rief Zagreb zur Mäßigung auf.",
    "„Wir wollen keinen Streit mit unseren Nachbarn, aber unser Parlament ist souverän“, sagte er in Podgorica.",
    "Eine Rücknahme der Resolution schloss er aus.",
    "Die EU-Kommission forderte beide Länder auf, den Streit im Dialog beizulegen.",
    "Serbiens Präsident Aleksandar Vučić begrüßte dagegen die Entscheidung der Abgeordneten in Podgorica.",
    "Im Lager Jasenovac wurden während des Zweiten Weltkriegs Zehntausende Serben, Juden und Roma ermordet.",
    "Montenegro verhandelt seit 2012 über einen Beitritt zur Europäischen Union.",
]

CROATIA_MONTENEGRO = {
    "id": "hm13-de-03", "lang": "de", "published": "2024-07-02", "title": None,
    "text": paragraphs(HRV_S[0:4], HRV_S[4:9], HRV_S[9:11]),
    "events": [
        event("ACCUSE", HRV, MNE, HRV_S[0], mode="disapprove"),
        event("ACCUSE", HRV_MFA, MNE, HRV_S[1], mode="allege", date="2024-07-01"),
        event("REJECT", PLENKOVIC, SPAJIC, HRV_S[2], mode="meet"),
        event("THREATEN", PLENKOVIC, MNE, HRV_S[3]),
        event("REQUEST", SPAJIC, HRV, HRV_S[4]),
        event("REJECT", SPAJIC, PLENKOVIC, HRV_S[6]),
        event("REQUEST", EU_COMMISSION, HRV, HRV_S[7], mode="meet"),
        event("REQUEST", EU_COMMISSION, MNE, HRV_S[7], mode="meet"),
        event("SUPPORT", actor("Aleksandar Vučić", "SRB", "GOV"), actor("Parliament of Montenegro", "MNE", "LEG"),
              HRV_S[8]),
    ],
    "quotes": [
        quote("die Geschichte zu verfälschen und die gutnachbarschaftlichen Beziehungen zu beschädigen",
              "Croatian foreign ministry", "indirect"),
        quote("Sollte die Resolution nicht zurückgenommen werden, werde Kroatien den Abschluss weiterer Kapitel in "
              "den EU-Beitrittsverhandlungen Montenegros blockieren", "Andrej Plenković", "indirect"),
        quote("Wir wollen keinen Streit mit unseren Nachbarn, aber unser Parlament ist souverän", "Milojko Spajić",
              "direct"),
    ],
    "entities": [
        entity("Croatia", "GPE", "HRV", ["Kroatien", "Zagreb"]),
        entity("Montenegro", "GPE", "MNE", ["Montenegros", "Podgorica", "Montenegro"]),
        entity("Parliament of Montenegro", "ORG", "MNE", ["des montenegrinischen Parlaments", "unser Parlament",
                                                          "der Abgeordneten in Podgorica"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Serbiens Präsident Aleksandar Vučić"]),
        entity("Jasenovac", "LOC", "HRV", ["Weltkriegslager Jasenovac", "Lager Jasenovac"]),
        entity("Croatian foreign ministry", "ORG", "HRV", ["Das Außenministerium in Zagreb"]),
        entity("Andrej Plenković", "PER", "HRV", ["Ministerpräsident Andrej Plenković", "Plenković"]),
        entity("Milojko Spajić", "PER", "MNE", ["seinem montenegrinischen Amtskollegen Milojko Spajić", "Spajić",
                                                "er"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("European Union", "ORG", "EUR", ["Europäischen Union"]),
    ],
}

# --- Thailand: bombing in Narathiwat, talks with the BRN in Kuala Lumpur -------------------
THA_ARMY = actor("Royal Thai Army", "THA", "MIL")
BRN = actor("Barisan Revolusi Nasional", "THA", "REB")
THA_GOV = actor("Government of Thailand", "THA", "GOV")

THA_S = [
    "Im Süden Thailands sind bei einem Bombenanschlag auf eine Militärpatrouille zwei Soldaten getötet worden.",
    "Die Armee machte Kämpfer der Separatistengruppe Barisan Revolusi Nasional (BRN) für den Anschlag in der "
    "Provinz Narathiwat verantwortlich.",
    "„Sie wollen den Friedensprozess sabotieren“, sagte ein Armeesprecher in Bangkok.",
    "Ungeachtet der Gewalt nahmen Vertreter der Regierung und der BRN am Mittwoch in der malaysischen Hauptstadt "
    "Kuala Lumpur ihre Friedensgespräche wieder auf.",
    "Der thailändische Verhandlungsführer schlug eine Waffenruhe während des Fastenmonats Ramadan vor.",
    "Auf eine Feuerpause einigten sich beide Seiten jedoch nicht.",
    "Die BRN verlange als Voraussetzung für eine Waffenruhe die Freilassung inhaftierter Mitglieder, berichtete die "
    "malaysische Nachrichtenagentur Bernama.",
    "In den mehrheitlich muslimischen Grenzprovinzen Pattani, Yala und Narathiwat sind seit 2004 mehr als 7000 "
    "Menschen bei Gewalt ums Leben gekommen.",
    "Die Rebellen kämpfen für mehr Autonomie der malaiischsprachigen Bevölkerung.",
]

THAILAND = {
    "id": "hm13-de-04", "lang": "de", "published": "2024-02-08", "title": None,
    "text": paragraphs(THA_S[0:3], THA_S[3:7], THA_S[7:9]),
    "events": [
        event("ACCUSE", THA_ARMY, BRN, THA_S[1], mode="allege"),
        event("ACCUSE", actor("Royal Thai Army spokesperson", "THA", "MIL"), BRN, THA_S[2], mode="allege"),
        event("CONSULT", THA_GOV, BRN, THA_S[3], mode="third-party", date="2024-02-07", location="Kuala Lumpur",
              location_country="MYS"),
        event("AGREE", actor("Thai chief negotiator", "THA", "GOV"), BRN, THA_S[4]),
        event("AGREE", THA_GOV, BRN, THA_S[5], negated=True),
        event("REQUEST", BRN, THA_GOV, THA_S[6], mode="yield"),
    ],
    "quotes": [
        quote("Sie wollen den Friedensprozess sabotieren", "Royal Thai Army spokesperson", "direct"),
        quote("Die BRN verlange als Voraussetzung für eine Waffenruhe die Freilassung inhaftierter Mitglieder",
              "Bernama", "indirect"),
    ],
    "entities": [
        entity("Thailand", "GPE", "THA", ["Thailands"]),
        entity("Royal Thai Army", "ORG", "THA", ["Die Armee"]),
        entity("Barisan Revolusi Nasional", "ORG", "THA", ["der Separatistengruppe Barisan Revolusi Nasional (BRN)",
                                                           "der BRN", "Die BRN", "Sie", "Die Rebellen"]),
        entity("Narathiwat", "LOC", "THA", ["der Provinz Narathiwat", "Narathiwat"]),
        entity("Royal Thai Army spokesperson", "PER", "THA", ["ein Armeesprecher"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Government of Thailand", "ORG", "THA", ["der Regierung"]),
        entity("Kuala Lumpur", "LOC", "MYS", ["der malaysischen Hauptstadt Kuala Lumpur"]),
        entity("Thai chief negotiator", "PER", "THA", ["Der thailändische Verhandlungsführer"]),
        entity("Bernama", "ORG", "MYS", ["die malaysische Nachrichtenagentur Bernama"]),
        entity("Pattani", "LOC", "THA", ["Pattani"]),
        entity("Yala", "LOC", "THA", ["Yala"]),
    ],
}

# --- Papua New Guinea: police pay strike, riots and a state of emergency -------------------
MARAPE = actor("James Marape", "PNG", "GOV")
PNG_POLICE = actor("Royal Papua New Guinea Constabulary", "PNG", "COP")
PNG_GOV = actor("Government of Papua New Guinea", "PNG", "GOV")

PNG_S = [
    "Papua New Guinea's Prime Minister James Marape declared a 14-day state of emergency in the capital Port "
    "Moresby on Thursday after a night of rioting and looting left at least 15 people dead.",
    "Shops were ransacked and set on fire after police officers walked off the job on Wednesday in protest at "
    "unexplained cuts to their pay.",
    "Marape apologised to the police for what he called an administrative error and promised that the missing "
    "wages would be repaid.",
    "“This is a dark day for our country,” Marape said in a televised address.",
    "About 1,000 soldiers were deployed to guard key sites in the capital, the defence force said.",
    "Opposition lawmakers called on Marape to resign.",
    "Australia, the country's largest aid donor, offered to send police officers to help restore order.",
    "Foreign Minister Penny Wong said she had spoken to her Papua New Guinean counterpart by phone.",
    "The Pacific nation of about 10 million people has long struggled with high unemployment and tribal violence.",
]

PNG = {
    "id": "hm13-en-01", "lang": "en", "published": "2024-01-11", "title": None,
    "text": paragraphs(PNG_S[0:3], PNG_S[3:6], PNG_S[6:9]),
    "events": [
        event("COERCE", MARAPE, None, PNG_S[0], mode="martial-law", date="2024-01-11", location="Port Moresby",
              location_country="PNG"),
        event("PROTEST", PNG_POLICE, PNG_GOV, PNG_S[1], mode="strike", date="2024-01-10"),
        event("CONCEDE", MARAPE, PNG_POLICE, PNG_S[2]),
        event("MOBILIZE", actor("Papua New Guinea Defence Force", "PNG", "MIL"), None, PNG_S[4], mode="troops"),
        event("REQUEST", actor("opposition lawmakers of Papua New Guinea", "PNG", "OPP"), MARAPE, PNG_S[5],
              mode="change"),
        event("AGREE", actor("Australia", "AUS", "GOV"), PNG_GOV, PNG_S[6]),
        event("CONSULT", actor("Penny Wong", "AUS", "GOV"), actor("Foreign Minister of Papua New Guinea", "PNG", "GOV"),
              PNG_S[7], mode="phone"),
    ],
    "quotes": [
        quote("that the missing wages would be repaid", "James Marape", "indirect"),
        quote("This is a dark day for our country", "James Marape", "direct"),
        quote("About 1,000 soldiers were deployed to guard key sites in the capital",
              "Papua New Guinea Defence Force", "indirect"),
        quote("she had spoken to her Papua New Guinean counterpart by phone", "Penny Wong", "indirect"),
    ],
    "entities": [
        entity("James Marape", "PER", "PNG", ["Papua New Guinea's Prime Minister James Marape", "Marape", "he"]),
        entity("Papua New Guinea", "GPE", "PNG", ["Papua New Guinea", "our country", "the country",
                                                  "The Pacific nation"]),
        entity("Port Moresby", "LOC", "PNG", ["the capital Port Moresby", "the capital"]),
        entity("Royal Papua New Guinea Constabulary", "ORG", "PNG", ["police officers", "the police"]),
        entity("Papua New Guinea Defence Force", "ORG", "PNG", ["the defence force"]),
        entity("opposition lawmakers of Papua New Guinea", "ORG", "PNG", ["Opposition lawmakers"]),
        entity("Australia", "GPE", "AUS", ["Australia"]),
        entity("Penny Wong", "PER", "AUS", ["Foreign Minister Penny Wong", "she"]),
        entity("Foreign Minister of Papua New Guinea", "PER", "PNG", ["her Papua New Guinean counterpart"]),
    ],
}

# --- Mozambique: post-election protests in Maputo ------------------------------------------
MOZ_POLICE = actor("Mozambican police", "MOZ", "COP")
MOZ_PROTESTERS = actor("protesters in Maputo", "MOZ", "CVL")
MOZ_GOV = actor("Government of Mozambique", "MOZ", "GOV")
MONDLANE = actor("Venâncio Mondlane", "MOZ", "OPP")
SADC = actor("Southern African Development Community", "IGO", "IGO")

MOZ_S = [
    "Mozambican police fired tear gas at thousands of protesters in the capital Maputo on Thursday as "
    "demonstrations over last month's disputed election entered their third week.",
    "At least three people were killed, according to the election monitoring group Plataforma Decide.",
    "Opposition candidate Venâncio Mondlane, who says he won the October 9 vote, has demanded that the electoral "
    "commission annul the official results.",
    "He accuses the ruling Frelimo party, in power since independence in 1975, of rigging the vote.",
    "Frelimo and the commission deny any wrongdoing.",
    "Police spokesman Orlando Mudumane told reporters that officers had arrested 52 people for looting and "
    "blocking roads.",
    "Authorities have also restricted mobile internet access since late October, according to the monitoring "
    "group NetBlocks.",
    "The Southern African Development Community urged the government and Mondlane to hold talks.",
    "Mondlane, who left the country after two of his aides were shot dead in October, said he would only return "
    "once his safety was guaranteed.",
]

MOZAMBIQUE = {
    "id": "hm13-en-02", "lang": "en", "published": "2024-11-08", "title": None,
    "text": paragraphs(MOZ_S[0:2], MOZ_S[2:5], MOZ_S[5:7], MOZ_S[7:9]),
    "events": [
        event("ASSAULT", MOZ_POLICE, MOZ_PROTESTERS, MOZ_S[0], mode="crowd-control", date="2024-11-07",
              location="Maputo", location_country="MOZ"),
        event("PROTEST", MOZ_PROTESTERS, MOZ_GOV, MOZ_S[0], mode="demo", date="2024-11-07", location="Maputo",
              location_country="MOZ"),
        event("REQUEST", MONDLANE, actor("National Elections Commission of Mozambique", "MOZ", "GOV"), MOZ_S[2],
              mode="change"),
        event("ACCUSE", MONDLANE, actor("Frelimo", "MOZ", "PTY"), MOZ_S[3], mode="allege"),
        event("COERCE", MOZ_POLICE, MOZ_PROTESTERS, MOZ_S[5], mode="arrest"),
        event("COERCE", MOZ_GOV, None, MOZ_S[6], mode="withhold"),
        event("REQUEST", SADC, MOZ_GOV, MOZ_S[7], mode="meet"),
        event("REQUEST", SADC, MONDLANE, MOZ_S[7], mode="meet"),
    ],
    "quotes": [
        quote("At least three people were killed", "Plataforma Decide", "indirect"),
        quote("he won the October 9 vote", "Venâncio Mondlane", "indirect"),
        quote("that the electoral commission annul the official results", "Venâncio Mondlane", "indirect"),
        quote("that officers had arrested 52 people for looting and blocking roads", "Orlando Mudumane", "indirect"),
        quote("Authorities have also restricted mobile internet access since late October", "NetBlocks",
              "indirect"),
        quote("he would only return once his safety was guaranteed", "Venâncio Mondlane", "indirect"),
    ],
    "entities": [
        entity("Mozambican police", "ORG", "MOZ", ["Mozambican police", "officers"]),
        entity("Maputo", "LOC", "MOZ", ["the capital Maputo"]),
        entity("Plataforma Decide", "ORG", "MOZ", ["the election monitoring group Plataforma Decide"]),
        entity("Venâncio Mondlane", "PER", "MOZ", ["Opposition candidate Venâncio Mondlane", "he", "He", "Mondlane",
                                                   "his"]),
        entity("National Elections Commission of Mozambique", "ORG", "MOZ", ["the electoral commission",
                                                                             "the commission"]),
        entity("Frelimo", "ORG", "MOZ", ["the ruling Frelimo party", "Frelimo"]),
        entity("Orlando Mudumane", "PER", "MOZ", ["Police spokesman Orlando Mudumane"]),
        entity("Government of Mozambique", "ORG", "MOZ", ["Authorities", "the government"]),
        entity("NetBlocks", "ORG", "NGO", ["the monitoring group NetBlocks"]),
        entity("Southern African Development Community", "ORG", "IGO",
               ["The Southern African Development Community"]),
        entity("Mozambique", "GPE", "MOZ", ["the country"]),
    ],
}

ARTICLES = [KAZAKHSTAN, GUINEA, CROATIA_MONTENEGRO, THAILAND, PNG, MOZAMBIQUE]
