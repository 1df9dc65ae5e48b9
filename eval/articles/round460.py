"""Round 460: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm460-de-01: Nigeria: military air strikes on suspected Lakurawa hideouts kill at least ten villagers in Gidan Bisa and Runtuwa (Silame, Sokoto); Buba denies civilian deaths and accuses Lakurawa, Governor Aliyu demands clarification and promises help, Amnesty demands an independent inquiry and accuses the army, the Kebbi attack and the 2023 Tudun Biri drone strike recalled (2024-12-26).
- hm460-de-02: South Africa: former National Assembly speaker Nosiviwe Mapisa-Nqakula hands herself in at Lyttelton police station, is arrested, charged with corruption and money laundering and freed on bail with restrictions; her resignation and denial, the failed urgent application, the March search of her home, the ANC welcomes her step, the DA demands a wider probe, the EFF accuses the ANC (2024-04-04).
- hm460-de-03: Ethiopia: security forces search the Addis Standard newsroom in Addis Ababa and seize computers; the outlet alleges staff were held and condemns the raid, no arrests, the federal police deny and cite a disinformation probe, CPJ's Muthoki Mumo and the EU delegation make demands, a government spokesman accuses CPJ, a reporter's July arrest and release in Oromia recalled (2024-10-31).
- hm460-de-04: Niger/United States: US troops hand Air Base 201 near Agadez to Niger's army, completing the withdrawal; the July pull-out from Niamey, the junta's March termination of the status agreement and accusation, Russian instructors' arrival, Zeine and Langley react, Bazoum's detention, France's 2023 pull-out and the Bundeswehr's planned departure (2024-08-05).
- hm460-en-01: Gabon: voters approve a new constitution in a referendum that could let Oligui Nguema run for president; Immongault announces the results, Oligui Nguema thanks voters, Bilie-By-Nze alleges inflated turnout and banned rallies, Ndong denies, the AU's earlier suspension and its appeal, ECCAS lifted sanctions, the Bongo family's detention recalled (2024-11-17).
- hm460-en-02: Kenya: a police officer shoots street vendor Boniface Kariuki at close range during Nairobi protests over blogger Albert Ojwang's death in custody; the officer arrested, IPOA investigates, tear gas and attacks by hired gangs without arrests, the opposition accuses the government, Murkomen warns, Ojwang's arrest, Lagat stepping aside, arrests including Samson Talaam, Ruto's condemnation (2025-06-17).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm460-de-01 (Nigeria, air strikes in Sokoto)
NGA_MIL = actor("Nigerian Armed Forces", "NGA", "MIL")
LAKURAWA = actor("Lakurawa", "NGA", "REB")
SILAME_VILLAGERS = actor("villagers of Gidan Bisa and Runtuwa", "NGA", "CVL")
NGA_AIRFORCE = actor("Nigerian Air Force", "NGA", "MIL")
BUBA = actor("Edward Buba", "NGA", "MIL")
ALIYU = actor("Ahmed Aliyu", "NGA", "GOV")
VICTIM_FAMILIES = actor("families of the Silame air strike victims", "NGA", "CVL")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
NGA_ARMY = actor("Nigerian Army", "NGA", "MIL")
TUDUN_BIRI = actor("villagers of Tudun Biri", "NGA", "CVL")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")

N1 = ("Abuja (dpa) - Bei Luftangriffen des nigerianischen Militärs auf mutmaßliche Verstecke der Dschihadistengruppe "
      "Lakurawa sind im Nordwesten des Landes mindestens zehn Dorfbewohner getötet worden.")
N2 = ("Die Angriffe trafen am Mittwochmorgen die Dörfer Gidan Bisa und Runtuwa im Bezirk Silame des Bundesstaates "
      "Sokoto, wie ein örtlicher Gemeindevertreter der Deutschen Presse-Agentur sagte.")
N3 = ("Unter den Toten seien Frauen und Kinder, die sich zu einer Hochzeitsfeier im Nachbarort versammelt hätten, "
      "fügte er hinzu.")
N4 = ("Ein Sprecher des Hauptquartiers der Streitkräfte, Generalmajor Edward Buba, wies Berichte über zivile Opfer "
      "zurück.")
N5 = ("Die Luftwaffe habe gezielt Lager von Lakurawa-Kämpfern angegriffen, die zuvor Anschläge auf Dörfer und "
      "Sicherheitskräfte verübt hätten, sagte Buba in Abuja.")
N6 = "„Wir führen keinen Krieg gegen unsere eigenen Bürger“, betonte der Generalmajor."
N7 = "Der Gouverneur von Sokoto, Ahmed Aliyu, verlangte vom Militär eine rasche Aufklärung des Vorfalls."
N8 = "Zugleich versprach er den betroffenen Familien Hilfe der Landesregierung."
N9 = ("Die Menschenrechtsorganisation Amnesty International forderte die Regierung in Abuja zu einer unabhängigen "
      "Untersuchung auf.")
N10 = ("Das Militär töte bei seinen Luftangriffen im Norden immer wieder Unbeteiligte, ohne dass jemand dafür zur "
       "Rechenschaft gezogen werde, erklärte die Organisation.")
N11 = ("Die Gruppe Lakurawa besteht aus bewaffneten Islamisten, die vor einigen Jahren aus den Nachbarländern Niger "
       "und Mali in die Grenzregion gekommen sind.")
N12 = ("Im November hatte die Armee die Kämpfer für einen Angriff im benachbarten Bundesstaat Kebbi mit 15 Toten "
       "verantwortlich gemacht.")
N13 = ("Bereits im Dezember 2023 hatte eine Armeedrohne im Bundesstaat Kaduna mindestens 85 Menschen bei einer "
       "religiösen Feier im Dorf Tudun Biri getötet.")
N14 = "Die Armee räumte damals einen Fehler ein, Präsident Bola Tinubu ordnete eine Untersuchung an."
N15 = ("Im Nordwesten Nigerias überfallen zudem seit Jahren kriminelle Banden Dörfer und verschleppen Menschen gegen "
       "Lösegeld.")

DE01 = {
    "id": "hm460-de-01", "lang": "de", "url": None, "published": "2024-12-26",
    "title": "Zivilisten bei Luftangriffen in Nigeria getötet",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10], [N11, N12], [N13, N14, N15]),
    "events": [
        event("ASSAULT", NGA_MIL, LAKURAWA, N1, mode="aerial", location_country="NGA"),
        event("ASSAULT", NGA_MIL, SILAME_VILLAGERS, N1, mode="aerial", location_country="NGA"),
        event("ASSAULT", NGA_MIL, SILAME_VILLAGERS, N2, mode="aerial", date="2024-12-25", location="Silame",
              location_country="NGA"),
        event("ASSAULT", NGA_AIRFORCE, LAKURAWA, N5, mode="aerial"),
        event("ACCUSE", BUBA, LAKURAWA, N5, mode="allege"),
        event("REQUEST", ALIYU, NGA_MIL, N7),
        event("AGREE", ALIYU, VICTIM_FAMILIES, N8),
        event("REQUEST", AMNESTY, NGA_GOV, N9),
        event("ACCUSE", AMNESTY, NGA_MIL, N10, mode="allege"),
        event("ACCUSE", NGA_ARMY, LAKURAWA, N12, mode="allege"),
        event("ASSAULT", NGA_ARMY, TUDUN_BIRI, N13, mode="drone", location="Tudun Biri", location_country="NGA"),
        event("CONCEDE", NGA_ARMY, None, N14),
        event("ACCUSE", TINUBU, NGA_ARMY, N14, mode="investigate"),
    ],
    "quotes": [
        quote("Die Angriffe trafen am Mittwochmorgen die Dörfer Gidan Bisa und Runtuwa im Bezirk Silame des "
              "Bundesstaates Sokoto", "community leader in Silame", "indirect"),
        quote("Unter den Toten seien Frauen und Kinder, die sich zu einer Hochzeitsfeier im Nachbarort versammelt "
              "hätten", "community leader in Silame", "indirect"),
        quote("Die Luftwaffe habe gezielt Lager von Lakurawa-Kämpfern angegriffen, die zuvor Anschläge auf Dörfer und "
              "Sicherheitskräfte verübt hätten", "Edward Buba", "indirect"),
        quote("Wir führen keinen Krieg gegen unsere eigenen Bürger", "Edward Buba", "direct"),
        quote("Das Militär töte bei seinen Luftangriffen im Norden immer wieder Unbeteiligte, ohne dass jemand dafür "
              "zur Rechenschaft gezogen werde", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Nigerian Armed Forces", "ORG", "NGA", ["des nigerianischen Militärs", "vom Militär", "Das Militär"]),
        entity("Lakurawa", "ORG", "NGA", ["der Dschihadistengruppe Lakurawa", "Lakurawa-Kämpfern", "Die Gruppe Lakurawa",
                                          "die Kämpfer"]),
        entity("Nigeria", "LOC", "NGA", ["des Landes", "Nigerias"]),
        entity("villagers of Gidan Bisa and Runtuwa", "PER", "NGA", ["mindestens zehn Dorfbewohner",
                                                                      "Frauen und Kinder"]),
        entity("Gidan Bisa", "LOC", "NGA", ["Gidan Bisa"]),
        entity("Runtuwa", "LOC", "NGA", ["Runtuwa"]),
        entity("Silame", "LOC", "NGA", ["Bezirk Silame"]),
        entity("Sokoto State", "LOC", "NGA", ["des Bundesstaates Sokoto", "Sokoto"]),
        entity("community leader in Silame", "PER", "NGA", ["ein örtlicher Gemeindevertreter", "er"]),
        entity("Deutsche Presse-Agentur", "ORG", "DEU", ["der Deutschen Presse-Agentur"]),
        entity("Defence Headquarters of Nigeria", "ORG", "NGA", ["des Hauptquartiers der Streitkräfte"]),
        entity("Edward Buba", "PER", "NGA", ["Ein Sprecher des Hauptquartiers der Streitkräfte, Generalmajor Edward "
                                             "Buba", "Buba", "der Generalmajor"]),
        entity("Nigerian Air Force", "ORG", "NGA", ["Die Luftwaffe"]),
        entity("Ahmed Aliyu", "PER", "NGA", ["Der Gouverneur von Sokoto, Ahmed Aliyu", "er"]),
        entity("Government of Sokoto State", "ORG", "NGA", ["der Landesregierung"]),
        entity("families of the Silame air strike victims", "PER", "NGA", ["den betroffenen Familien"]),
        entity("Amnesty International", "ORG", "NGO", ["Die Menschenrechtsorganisation Amnesty International",
                                                       "die Organisation"]),
        entity("Government of Nigeria", "ORG", "NGA", ["die Regierung in Abuja"]),
        entity("Niger", "LOC", "NER", ["Niger"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("Nigerian Army", "ORG", "NGA", ["die Armee", "eine Armeedrohne", "Die Armee"]),
        entity("Kebbi State", "LOC", "NGA", ["im benachbarten Bundesstaat Kebbi"]),
        entity("Kaduna State", "LOC", "NGA", ["im Bundesstaat Kaduna"]),
        entity("Tudun Biri", "LOC", "NGA", ["im Dorf Tudun Biri"]),
        entity("villagers of Tudun Biri", "PER", "NGA", ["mindestens 85 Menschen"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu"]),
    ],
}

# ---------------------------------------------------------------- hm460-de-02 (South Africa, Mapisa-Nqakula charged)
ZAF_NPA = actor("National Prosecuting Authority of South Africa", "ZAF", "JUD")
MAPISA = actor("Nosiviwe Mapisa-Nqakula", "ZAF", "LEG")
SAPS = actor("South African Police Service", "ZAF", "COP")
CRIMES_COURT = actor("Pretoria Specialised Commercial Crimes Court", "ZAF", "JUD")
HIGH_COURT = actor("High Court of South Africa, Gauteng Division", "ZAF", "JUD")
ANC = actor("African National Congress", "ZAF", "PTY")
DA = actor("Democratic Alliance", "ZAF", "OPP")
EFF = actor("Economic Freedom Fighters", "ZAF", "OPP")

S1 = ("Johannesburg (dpa) - Die zurückgetretene Präsidentin des südafrikanischen Parlaments, Nosiviwe "
      "Mapisa-Nqakula, ist wegen Korruption angeklagt worden.")
S2 = ("Die 67-Jährige stellte sich am Donnerstagmorgen auf einer Polizeiwache in Lyttelton bei Pretoria und wurde dort "
      "formell festgenommen.")
S3 = "Die Staatsanwaltschaft wirft ihr zwölf Fälle von Bestechlichkeit und einen Fall von Geldwäsche vor."
S4 = ("Sie soll in ihrer Zeit als Verteidigungsministerin von einer Unternehmerin Bestechungsgelder in Höhe von rund "
      "2,3 Millionen Rand (etwa 113.000 Euro) angenommen haben.")
S5 = "Im Gegenzug soll die Firma der Frau Aufträge der Streitkräfte erhalten haben."
S6 = ("Ein Sondergericht für Wirtschaftskriminalität in Pretoria ließ die Politikerin am Nachmittag gegen eine Kaution "
      "von 50.000 Rand frei.")
S7 = "Zugleich musste sie ihren Reisepass abgeben und darf nicht mit Zeugen in Kontakt treten."
S8 = ("Mapisa-Nqakula hatte am Mittwoch ihren Rücktritt als Parlamentspräsidentin und als Abgeordnete erklärt.")
S9 = "Sie weise die Vorwürfe entschieden zurück, erklärte sie in einer schriftlichen Mitteilung."
S10 = "Ihr Schritt sei kein Schuldeingeständnis, sondern solle die Würde des Parlaments schützen."
S11 = ("Zuvor war sie mit einem Eilantrag gegen ihre Festnahme gescheitert: Das Hohe Gericht in Pretoria hatte ihn am "
       "Dienstag abgewiesen.")
S12 = ("Ermittler der Staatsanwaltschaft hatten im März ihr Haus in Johannesburg durchsucht und Unterlagen "
       "beschlagnahmt.")
S13 = ("Der regierende Afrikanische Nationalkongress (ANC) begrüßte ihren Rücktritt als verantwortungsvolle "
       "Entscheidung.")
S14 = ("Die oppositionelle Demokratische Allianz (DA) forderte, die Ermittlungen auf weitere Mitglieder der Regierung "
       "auszuweiten.")
S15 = "Die linke Partei EFF warf dem ANC vor, die Politikerin monatelang geschützt zu haben."
S16 = ("In Südafrika wird Ende Mai ein neues Parlament gewählt, bei dem der ANC erstmals seit dem Ende der Apartheid um "
       "seine absolute Mehrheit bangen muss.")

DE02 = {
    "id": "hm460-de-02", "lang": "de", "url": None, "published": "2024-04-04",
    "title": "Südafrikas frühere Parlamentspräsidentin angeklagt",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7], [S8, S9, S10, S11, S12], [S13, S14, S15, S16]),
    "events": [
        event("ACCUSE", ZAF_NPA, MAPISA, S1, mode="allege"),
        event("COERCE", SAPS, MAPISA, S2, mode="arrest", date="2024-04-04", location="Lyttelton",
              location_country="ZAF"),
        event("ACCUSE", ZAF_NPA, MAPISA, S3, mode="allege"),
        event("RETREAT", CRIMES_COURT, MAPISA, S6, mode="release", date="2024-04-04", location="Pretoria",
              location_country="ZAF"),
        event("COERCE", CRIMES_COURT, MAPISA, S7, mode="restrict"),
        event("RETREAT", MAPISA, None, S8, mode="resign", date="2024-04-03"),
        event("REQUEST", MAPISA, HIGH_COURT, S11),
        event("REJECT", HIGH_COURT, MAPISA, S11, date="2024-04-02", location="Pretoria", location_country="ZAF"),
        event("COERCE", ZAF_NPA, MAPISA, S12, mode="seize", location="Johannesburg", location_country="ZAF"),
        event("SUPPORT", ANC, MAPISA, S13),
        event("REQUEST", DA, ZAF_NPA, S14),
        event("ACCUSE", EFF, ANC, S15, mode="disapprove"),
    ],
    "quotes": [
        quote("Sie weise die Vorwürfe entschieden zurück", "Nosiviwe Mapisa-Nqakula", "indirect"),
        quote("Ihr Schritt sei kein Schuldeingeständnis, sondern solle die Würde des Parlaments schützen",
              "Nosiviwe Mapisa-Nqakula", "indirect"),
        quote("die Ermittlungen auf weitere Mitglieder der Regierung auszuweiten", "Democratic Alliance", "indirect"),
        quote("die Politikerin monatelang geschützt zu haben", "Economic Freedom Fighters", "indirect"),
    ],
    "entities": [
        entity("Johannesburg", "LOC", "ZAF", ["Johannesburg"]),
        entity("National Assembly of South Africa", "ORG", "ZAF", ["des südafrikanischen Parlaments",
                                                                    "des Parlaments"]),
        entity("Nosiviwe Mapisa-Nqakula", "PER", "ZAF",
               ["Die zurückgetretene Präsidentin des südafrikanischen Parlaments, Nosiviwe Mapisa-Nqakula",
                "Die 67-Jährige", "ihr", "Sie", "die Politikerin", "sie", "Mapisa-Nqakula"]),
        entity("Lyttelton police station", "LOC", "ZAF", ["einer Polizeiwache in Lyttelton"]),
        entity("Lyttelton", "LOC", "ZAF", ["Lyttelton"]),
        entity("Pretoria", "LOC", "ZAF", ["Pretoria"]),
        entity("National Prosecuting Authority of South Africa", "ORG", "ZAF", ["Die Staatsanwaltschaft",
                                                                                 "der Staatsanwaltschaft"]),
        entity("businesswoman", "PER", "ZAF", ["einer Unternehmerin", "der Frau"]),
        entity("South African National Defence Force", "ORG", "ZAF", ["der Streitkräfte"]),
        entity("Pretoria Specialised Commercial Crimes Court", "ORG", "ZAF",
               ["Ein Sondergericht für Wirtschaftskriminalität in Pretoria"]),
        entity("High Court of South Africa, Gauteng Division", "ORG", "ZAF", ["Das Hohe Gericht in Pretoria"]),
        entity("investigators of the National Prosecuting Authority", "PER", "ZAF", ["Ermittler der Staatsanwaltschaft"]),
        entity("African National Congress", "ORG", "ZAF", ["Der regierende Afrikanische Nationalkongress (ANC)",
                                                           "dem ANC", "der ANC"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["Die oppositionelle Demokratische Allianz (DA)"]),
        entity("Government of South Africa", "ORG", "ZAF", ["der Regierung"]),
        entity("Economic Freedom Fighters", "ORG", "ZAF", ["Die linke Partei EFF"]),
        entity("South Africa", "LOC", "ZAF", ["Südafrika"]),
    ],
}

# ---------------------------------------------------------------- hm460-de-03 (Ethiopia, Addis Standard raid)
ETH_SEC = actor("Ethiopian security forces", "ETH", "COP")
ADDIS_STANDARD = actor("Addis Standard", "ETH", "MED")
AS_STAFF = actor("staff of Addis Standard", "ETH", "MED")
ETH_FEDPOL = actor("Ethiopian Federal Police", "ETH", "COP")
CPJ = actor("Committee to Protect Journalists", "NGO", "NGO")
MUMO = actor("Muthoki Mumo", "NGO", "NGO")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
EU_DELEGATION = actor("Delegation of the European Union to Ethiopia", "EUR", "IGO")
OROMIA_POLICE = actor("Oromia Regional Police", "ETH", "COP")
AS_REPORTER = actor("reporter of Addis Standard", "ETH", "MED")
ETH_GCS = actor("Government Communication Service of Ethiopia", "ETH", "GOV")

E1 = ("Addis Abeba (dpa) - Äthiopische Sicherheitskräfte haben die Redaktion des unabhängigen Nachrichtenportals "
      "Addis Standard in der Hauptstadt durchsucht und Computer sowie Festplatten beschlagnahmt.")
E2 = ("Bewaffnete Beamte seien am Mittwochnachmittag ohne Durchsuchungsbeschluss in das Büro eingedrungen und hätten "
      "die Mitarbeiter stundenlang am Verlassen des Gebäudes gehindert, teilte die Zeitung am Donnerstag mit.")
E3 = ("„Dies ist ein unverhohlener Angriff auf die Pressefreiheit und auf das Recht der Öffentlichkeit auf "
      "Information“, hieß es in einer Erklärung der Redaktion.")
E4 = "Festgenommen wurde niemand."
E5 = "Ein Sprecher der Bundespolizei bestritt, dass Mitarbeiter festgehalten worden seien."
E6 = ("Der Einsatz stehe im Zusammenhang mit Ermittlungen wegen der Verbreitung von Falschinformationen, die den "
      "Frieden im Land gefährdeten, sagte er.")
E7 = "Das in New York ansässige Komitee zum Schutz von Journalisten (CPJ) verurteilte die Razzia."
E8 = ("Die Behörden müssten die beschlagnahmten Geräte sofort zurückgeben und aufhören, kritische Journalisten "
      "einzuschüchtern, sagte die Afrika-Vertreterin der Organisation, Muthoki Mumo.")
E9 = ("Auch die Delegation der Europäischen Union in Addis Abeba forderte die Regierung auf, die Pressefreiheit zu "
      "achten.")
E10 = ("Ein Sprecher des staatlichen Kommunikationsdienstes warf dem CPJ vor, sich in die inneren Angelegenheiten "
       "Äthiopiens einzumischen.")
E11 = ("Addis Standard berichtet seit Jahren kritisch über die bewaffneten Konflikte in den Regionen Amhara und "
       "Oromia.")
E12 = "Im Juli hatte die Polizei in Oromia bereits einen Reporter des Portals für mehrere Tage festgenommen."
E13 = "Er kam nach einer Woche ohne Anklage wieder frei."
E14 = ("Äthiopien steht auf der Rangliste der Pressefreiheit von Reporter ohne Grenzen derzeit auf Platz 141 von 180 "
       "Staaten.")
E15 = ("Die Regierung von Ministerpräsident Abiy Ahmed weist Vorwürfe der Unterdrückung unabhängiger Medien "
       "regelmäßig zurück.")
E16 = "Die Redaktion kündigte an, ihre Arbeit trotz der Razzia fortzusetzen."

DE03 = {
    "id": "hm460-de-03", "lang": "de", "url": None, "published": "2024-10-31",
    "title": "Razzia bei unabhängigem Nachrichtenportal in Äthiopien",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6], [E7, E8, E9, E10], [E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("COERCE", ETH_SEC, ADDIS_STANDARD, E1, mode="seize", location="Addis Ababa", location_country="ETH"),
        event("ACCUSE", ADDIS_STANDARD, ETH_SEC, E2, mode="allege"),
        event("ACCUSE", ADDIS_STANDARD, ETH_SEC, E3, mode="disapprove"),
        event("COERCE", ETH_SEC, AS_STAFF, E4, mode="arrest", negated=True),
        event("ACCUSE", ETH_FEDPOL, ADDIS_STANDARD, E6, mode="investigate"),
        event("ACCUSE", CPJ, ETH_SEC, E7, mode="disapprove"),
        event("REQUEST", MUMO, ETH_GOV, E8, mode="yield"),
        event("REQUEST", EU_DELEGATION, ETH_GOV, E9, location="Addis Ababa", location_country="ETH"),
        event("ACCUSE", ETH_GCS, CPJ, E10, mode="disapprove"),
        event("COERCE", OROMIA_POLICE, AS_REPORTER, E12, mode="arrest", location="Oromia", location_country="ETH"),
        event("RETREAT", OROMIA_POLICE, AS_REPORTER, E13, mode="release"),
    ],
    "quotes": [
        quote("Bewaffnete Beamte seien am Mittwochnachmittag ohne Durchsuchungsbeschluss in das Büro eingedrungen und "
              "hätten die Mitarbeiter stundenlang am Verlassen des Gebäudes gehindert", "Addis Standard", "indirect"),
        quote("Dies ist ein unverhohlener Angriff auf die Pressefreiheit und auf das Recht der Öffentlichkeit auf "
              "Information", "Addis Standard", "direct"),
        quote("dass Mitarbeiter festgehalten worden seien", "spokesperson of the Ethiopian Federal Police", "indirect"),
        quote("Der Einsatz stehe im Zusammenhang mit Ermittlungen wegen der Verbreitung von Falschinformationen, die "
              "den Frieden im Land gefährdeten", "spokesperson of the Ethiopian Federal Police", "indirect"),
        quote("Die Behörden müssten die beschlagnahmten Geräte sofort zurückgeben und aufhören, kritische "
              "Journalisten einzuschüchtern", "Muthoki Mumo", "indirect"),
        quote("sich in die inneren Angelegenheiten Äthiopiens einzumischen",
              "spokesperson of the Government Communication Service of Ethiopia", "indirect"),
    ],
    "entities": [
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba", "der Hauptstadt"]),
        entity("Ethiopian security forces", "ORG", "ETH", ["Äthiopische Sicherheitskräfte", "Bewaffnete Beamte"]),
        entity("Addis Standard", "ORG", "ETH", ["des unabhängigen Nachrichtenportals Addis Standard", "die Zeitung",
                                                "der Redaktion", "Addis Standard", "des Portals", "Die Redaktion"]),
        entity("staff of Addis Standard", "PER", "ETH", ["die Mitarbeiter", "Mitarbeiter"]),
        entity("Ethiopian Federal Police", "ORG", "ETH", ["der Bundespolizei"]),
        entity("spokesperson of the Ethiopian Federal Police", "PER", "ETH", ["Ein Sprecher der Bundespolizei", "er"]),
        entity("Ethiopia", "LOC", "ETH", ["im Land", "Äthiopiens", "Äthiopien"]),
        entity("Committee to Protect Journalists", "ORG", "NGO",
               ["Das in New York ansässige Komitee zum Schutz von Journalisten (CPJ)", "der Organisation",
                "dem CPJ"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Muthoki Mumo", "PER", "KEN", ["die Afrika-Vertreterin der Organisation, Muthoki Mumo"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["Die Behörden", "die Regierung",
                                                        "Die Regierung von Ministerpräsident Abiy Ahmed"]),
        entity("Delegation of the European Union to Ethiopia", "ORG", "EUR",
               ["die Delegation der Europäischen Union in Addis Abeba"]),
        entity("Government Communication Service of Ethiopia", "ORG", "ETH", ["des staatlichen Kommunikationsdienstes"]),
        entity("spokesperson of the Government Communication Service of Ethiopia", "PER", "ETH",
               ["Ein Sprecher des staatlichen Kommunikationsdienstes"]),
        entity("Amhara", "LOC", "ETH", ["Amhara"]),
        entity("Oromia", "LOC", "ETH", ["Oromia"]),
        entity("Oromia Regional Police", "ORG", "ETH", ["die Polizei in Oromia"]),
        entity("reporter of Addis Standard", "PER", "ETH", ["einen Reporter des Portals", "Er"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporter ohne Grenzen"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Ministerpräsident Abiy Ahmed"]),
    ],
}

# ---------------------------------------------------------------- hm460-de-04 (Niger/US, Agadez base handed over)
USA_GOV = actor("Government of the United States", "USA", "GOV")
NER_GOV = actor("Government of Niger", "NER", "GOV")
US_MIL = actor("United States Armed Forces", "USA", "MIL")
NER_MIL = actor("Niger Armed Forces", "NER", "MIL")
RUS_MIL = actor("Russian military instructors", "RUS", "MIL")
BAZOUM = actor("Mohamed Bazoum", "NER", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
BUNDESWEHR = actor("Bundeswehr", "DEU", "MIL")

G1 = ("Niamey (dpa) - Die USA haben ihren Truppenabzug aus Niger mit der Übergabe ihres letzten Stützpunkts in dem "
      "westafrikanischen Land abgeschlossen.")
G2 = ("US-Offiziere übergaben den Luftwaffenstützpunkt 201 bei Agadez am Montag bei einer Zeremonie an die nigrische "
      "Armee, wie das Verteidigungsministerium in Niamey mitteilte.")
G3 = "Der Abzug sei in gegenseitigem Respekt und reibungslos verlaufen, hieß es in einer Erklärung des Pentagons."
G4 = ("Die US-Truppen hatten den Stützpunkt am Rande der Sahara für rund 110 Millionen Dollar errichtet und von dort "
      "aus Drohnen zur Überwachung islamistischer Gruppen in der Sahelzone eingesetzt.")
G5 = "Der Abzug aus der Hauptstadt Niamey war bereits Anfang Juli abgeschlossen worden."
G6 = ("Die Militärregierung unter General Abdourahamane Tiani hatte im März das Abkommen über die Stationierung der "
      "rund 1000 US-Soldaten aufgekündigt.")
G7 = "Sie warf Washington vor, Niger bei der Wahl seiner Partner bevormunden zu wollen."
G8 = "Im April trafen russische Militärausbilder mit Ausrüstung für die Luftabwehr in Niamey ein."
G9 = "Regierungschef Ali Lamine Zeine sprach von einem „Sieg der Souveränität“ seines Landes."
G10 = ("Der Kommandeur des US-Afrikakommandos, General Michael Langley, warnte dagegen, der Abzug erschwere den Kampf "
       "gegen Terrorgruppen in der Region.")
G11 = ("Die Offiziere um Tiani hatten im Juli 2023 den gewählten Präsidenten Mohamed Bazoum gestürzt und halten ihn "
       "seither in seiner Residenz in Niamey fest.")
G12 = "Frankreich hatte seine Soldaten bereits Ende 2023 auf Druck der Junta abgezogen."
G13 = ("Auch die Bundeswehr will ihren Lufttransportstützpunkt in Niamey bis Ende August räumen, nachdem "
       "Verhandlungen über einen Verbleib gescheitert waren.")
G14 = ("Niger gehört zu den ärmsten Ländern der Welt und leidet seit Jahren unter Angriffen von Gruppen, die mit dem "
       "Islamischen Staat und Al-Kaida verbunden sind.")

DE04 = {
    "id": "hm460-de-04", "lang": "de", "url": None, "published": "2024-08-05",
    "title": "USA schließen Truppenabzug aus Niger ab",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10], [G11, G12, G13, G14]),
    "events": [
        event("RETREAT", USA_GOV, NER_GOV, G1, mode="withdraw", location_country="NER"),
        event("RETREAT", US_MIL, NER_MIL, G2, mode="withdraw", date="2024-08-05", location="Agadez",
              location_country="NER"),
        event("RETREAT", US_MIL, NER_GOV, G5, mode="withdraw", location="Niamey", location_country="NER"),
        event("SANCTION", NER_GOV, USA_GOV, G6, mode="discontinue"),
        event("ACCUSE", NER_GOV, USA_GOV, G7, mode="disapprove"),
        event("AID", RUS_MIL, NER_GOV, G8, location="Niamey", location_country="NER"),
        event("COERCE", NER_MIL, BAZOUM, G11, mode="arrest", location="Niamey", location_country="NER"),
        event("RETREAT", FRA_GOV, NER_GOV, G12, mode="withdraw"),
        event("CONCEDE", BUNDESWEHR, NER_GOV, G13, location="Niamey", location_country="NER"),
    ],
    "quotes": [
        quote("US-Offiziere übergaben den Luftwaffenstützpunkt 201 bei Agadez am Montag bei einer Zeremonie an die "
              "nigrische Armee", "Ministry of National Defence of Niger", "indirect"),
        quote("Der Abzug sei in gegenseitigem Respekt und reibungslos verlaufen", "United States Department of Defense",
              "indirect"),
        quote("Niger bei der Wahl seiner Partner bevormunden zu wollen", "Government of Niger", "indirect"),
        quote("Sieg der Souveränität", "Ali Lamine Zeine", "direct"),
        quote("der Abzug erschwere den Kampf gegen Terrorgruppen in der Region", "Michael Langley", "indirect"),
    ],
    "entities": [
        entity("Niamey", "LOC", "NER", ["Niamey", "der Hauptstadt Niamey"]),
        entity("Government of the United States", "ORG", "USA", ["Die USA", "Washington"]),
        entity("Niger", "LOC", "NER", ["Niger", "dem westafrikanischen Land", "seines Landes"]),
        entity("United States Armed Forces", "ORG", "USA", ["US-Offiziere", "Die US-Truppen",
                                                            "der rund 1000 US-Soldaten"]),
        entity("Air Base 201", "LOC", "NER", ["ihres letzten Stützpunkts", "den Luftwaffenstützpunkt 201 bei Agadez",
                                              "den Stützpunkt am Rande der Sahara"]),
        entity("Agadez", "LOC", "NER", ["Agadez"]),
        entity("Niger Armed Forces", "ORG", "NER", ["die nigrische Armee", "Die Offiziere um Tiani"]),
        entity("Ministry of National Defence of Niger", "ORG", "NER", ["das Verteidigungsministerium in Niamey"]),
        entity("United States Department of Defense", "ORG", "USA", ["des Pentagons"]),
        entity("Sahara", "LOC", None, ["der Sahara"]),
        entity("Sahel", "LOC", None, ["der Sahelzone"]),
        entity("Government of Niger", "ORG", "NER", ["Die Militärregierung unter General Abdourahamane Tiani", "Sie",
                                                     "der Junta"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["General Abdourahamane Tiani", "Tiani"]),
        entity("Russian military instructors", "ORG", "RUS", ["russische Militärausbilder"]),
        entity("Ali Lamine Zeine", "PER", "NER", ["Regierungschef Ali Lamine Zeine"]),
        entity("United States Africa Command", "ORG", "USA", ["des US-Afrikakommandos"]),
        entity("Michael Langley", "PER", "USA", ["Der Kommandeur des US-Afrikakommandos, General Michael Langley"]),
        entity("Mohamed Bazoum", "PER", "NER", ["den gewählten Präsidenten Mohamed Bazoum", "ihn"]),
        entity("Government of France", "ORG", "FRA", ["Frankreich"]),
        entity("Bundeswehr", "ORG", "DEU", ["die Bundeswehr"]),
        entity("Islamic State", "ORG", None, ["Islamischen Staat"]),
        entity("al-Qaeda", "ORG", None, ["Al-Kaida"]),
    ],
}

# ---------------------------------------------------------------- hm460-en-01 (Gabon, constitutional referendum)
OLIGUI = actor("Brice Clotaire Oligui Nguema", "GAB", "GOV")
GAB_VOTERS = actor("Gabonese voters", "GAB", "CVL")
BILIE = actor("Alain-Claude Bilie-By-Nze", "GAB", "OPP")
GAB_GOV = actor("Government of Gabon", "GAB", "GOV")
AU = actor("African Union", "IGO", "IGO")
ECCAS = actor("Economic Community of Central African States", "IGO", "IGO")
GAB_MIL = actor("Gabonese military", "GAB", "MIL")
ALI_BONGO = actor("Ali Bongo Ondimba", "GAB", "GOV")
GAB_JUD = actor("Gabonese judiciary", "GAB", "JUD")
SYLVIA = actor("Sylvia Bongo Ondimba", "GAB", "CVL")
NOUREDDIN = actor("Noureddin Bongo Valentin", "GAB", "CVL")

A1 = ("LIBREVILLE, Gabon (AP) — Voters in Gabon have overwhelmingly approved a new constitution that could allow the "
      "country's military leader, Gen. Brice Clotaire Oligui Nguema, to run in next year's presidential election, "
      "provisional results showed Sunday.")
A2 = ("Interior Minister Hermann Immongault said 91.8% of voters had backed the charter in Saturday's referendum, with "
      "turnout at 53.5%.")
A3 = ("The new constitution introduces a seven-year presidential term, renewable once, and abolishes the post of "
      "prime minister.")
A4 = ("It also bars relatives of a sitting president from succeeding him, a provision widely seen as aimed at the "
      "Bongo family, which ruled the oil-rich nation for more than five decades.")
A5 = ("Oligui Nguema, who seized power in a coup in August 2023, thanked voters and hailed the result as \"a great "
      "step forward\" for Gabon.")
A6 = "\"The Gabonese people have chosen their future,\" he said in a message read on state television."
A7 = ("Former Prime Minister Alain-Claude Bilie-By-Nze, who had campaigned for a no vote, accused the authorities of "
      "inflating the turnout and called the charter \"tailor-made\" for the general.")
A8 = ("He said opposition activists had been barred from holding rallies in several provinces in the run-up to the "
      "vote.")
A9 = ("Government spokeswoman Laurence Ndong rejected the accusations and said the vote had been free and "
      "transparent.")
A10 = ("The African Union, which suspended Gabon after the coup, said it had taken note of the referendum and urged "
       "the authorities to organize an inclusive presidential election.")
A11 = "The Economic Community of Central African States lifted its sanctions on Gabon in March."
A12 = "Ousted President Ali Bongo Ondimba, 65, was placed under house arrest by the military after the coup."
A13 = ("His wife Sylvia and son Noureddin have been in custody since September 2023 on charges including "
       "embezzlement, which they deny.")
A14 = "A presidential election is due in August 2025 under the transition timetable."
A15 = "Oligui Nguema has not said whether he will stand."

EN01 = {
    "id": "hm460-en-01", "lang": "en", "url": None, "published": "2024-11-17",
    "title": "Gabon voters approve new constitution that could let junta leader run for president",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6], [A7, A8, A9], [A10, A11], [A12, A13, A14, A15]),
    "events": [
        event("SUPPORT", OLIGUI, GAB_VOTERS, A5),
        event("ACCUSE", BILIE, GAB_GOV, A7, mode="allege"),
        event("ACCUSE", BILIE, GAB_GOV, A8, mode="allege"),
        event("SANCTION", AU, GAB_GOV, A10),
        event("REQUEST", AU, GAB_GOV, A10),
        event("RETREAT", ECCAS, GAB_GOV, A11),
        event("COERCE", GAB_MIL, ALI_BONGO, A12, mode="arrest"),
        event("COERCE", GAB_JUD, SYLVIA, A13, mode="arrest"),
        event("COERCE", GAB_JUD, NOUREDDIN, A13, mode="arrest"),
    ],
    "quotes": [
        quote("91.8% of voters had backed the charter in Saturday's referendum, with turnout at 53.5%",
              "Hermann Immongault", "indirect"),
        quote("a great step forward", "Brice Clotaire Oligui Nguema", "direct"),
        quote("The Gabonese people have chosen their future", "Brice Clotaire Oligui Nguema", "direct"),
        quote("tailor-made", "Alain-Claude Bilie-By-Nze", "direct"),
        quote("opposition activists had been barred from holding rallies in several provinces in the run-up to the "
              "vote", "Alain-Claude Bilie-By-Nze", "indirect"),
        quote("the vote had been free and transparent", "Laurence Ndong", "indirect"),
        quote("it had taken note of the referendum", "African Union", "indirect"),
    ],
    "entities": [
        entity("Libreville", "LOC", "GAB", ["LIBREVILLE"]),
        entity("Gabon", "LOC", "GAB", ["Gabon", "the oil-rich nation"]),
        entity("Gabonese voters", "PER", "GAB", ["Voters in Gabon", "voters", "The Gabonese people"]),
        entity("Brice Clotaire Oligui Nguema", "PER", "GAB",
               ["the country's military leader, Gen. Brice Clotaire Oligui Nguema", "Oligui Nguema", "he",
                "the general"]),
        entity("Hermann Immongault", "PER", "GAB", ["Interior Minister Hermann Immongault"]),
        entity("Bongo family", "PER", "GAB", ["the Bongo family"]),
        entity("Gabonese state television", "ORG", "GAB", ["state television"]),
        entity("Alain-Claude Bilie-By-Nze", "PER", "GAB", ["Former Prime Minister Alain-Claude Bilie-By-Nze", "He"]),
        entity("Government of Gabon", "ORG", "GAB", ["the authorities"]),
        entity("Gabonese opposition activists", "PER", "GAB", ["opposition activists"]),
        entity("Laurence Ndong", "PER", "GAB", ["Government spokeswoman Laurence Ndong"]),
        entity("African Union", "ORG", "IGO", ["The African Union"]),
        entity("Economic Community of Central African States", "ORG", "IGO",
               ["The Economic Community of Central African States"]),
        entity("Ali Bongo Ondimba", "PER", "GAB", ["Ousted President Ali Bongo Ondimba", "His"]),
        entity("Gabonese military", "ORG", "GAB", ["the military"]),
        entity("Sylvia Bongo Ondimba", "PER", "GAB", ["His wife Sylvia"]),
        entity("Noureddin Bongo Valentin", "PER", "GAB", ["son Noureddin"]),
    ],
}

# ---------------------------------------------------------------- hm460-en-02 (Kenya, vendor shot at protest)
KEN_OFFICER = actor("police officer who shot Boniface Kariuki", "KEN", "COP")
KARIUKI = actor("Boniface Kariuki", "KEN", "CVL")
KEN_POLICE = actor("National Police Service of Kenya", "KEN", "COP")
IPOA = actor("Independent Policing Oversight Authority", "KEN", "GOV")
KEN_PROTESTERS = actor("protesters in Nairobi", "KEN", "CVL")
KEN_GANGS = actor("armed gangs in Nairobi", "KEN", "CVL")
KEN_OPPOSITION = actor("Kenyan opposition politicians", "KEN", "OPP")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
MURKOMEN = actor("Kipchumba Murkomen", "KEN", "GOV")
OJWANG = actor("Albert Ojwang", "KEN", "CVL")
LAGAT = actor("Eliud Lagat", "KEN", "COP")
TALAAM = actor("Samson Talaam", "KEN", "COP")
RUTO = actor("William Ruto", "KEN", "GOV")

K1 = ("NAIROBI, Kenya (AP) — A Kenyan police officer shot a street vendor in the head at close range on Tuesday during "
      "protests in Nairobi over the death of a blogger in police custody, video footage showed.")
K2 = "The vendor, Boniface Kariuki, was in critical condition at Kenyatta National Hospital, his family said."
K3 = ("Inspector General of Police Douglas Kanja said the officer had been arrested and would be held to account.")
K4 = "The Independent Policing Oversight Authority said it had opened an investigation into the shooting."
K5 = ("Thousands of protesters marched through the city's business district to demand justice for Albert Ojwang, a "
      "31-year-old teacher and blogger who died in a police cell this month.")
K6 = "Police fired tear gas and water cannon at the crowds."
K7 = ("Groups of men armed with whips and clubs also attacked protesters, and witnesses said some of the attackers "
      "had been paid to disrupt the march.")
K8 = ("Opposition politicians accused the government of hiring the gangs, a charge Interior Minister Kipchumba "
      "Murkomen denied.")
K9 = "\"Anyone who attacks peaceful protesters will face the law,\" Murkomen told reporters."
K10 = "Police made no arrests over the attacks by the armed men."
K11 = ("Ojwang was arrested in his home town of Homa Bay on June 7 over a post on X that criticized Deputy Inspector "
       "General Eliud Lagat.")
K12 = ("Police initially said he had died after hitting his head against a cell wall, but a pathologist found "
       "injuries consistent with assault.")
K13 = "Lagat, who denies any involvement, stepped aside on Monday pending an investigation."
K14 = ("Six people, among them the officer in charge of the Central Police Station, Samson Talaam, have been arrested "
       "over Ojwang's death.")
K15 = ("President William Ruto has called Ojwang's death \"heartbreaking and unacceptable\" and blamed it on police "
       "officers.")
K16 = "Last year, more than 60 people were killed during protests against tax increases."

EN02 = {
    "id": "hm460-en-02", "lang": "en", "url": None, "published": "2025-06-17",
    "title": "Kenyan police officer shoots vendor at close range during protest over blogger's death",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8, K9, K10], [K11, K12, K13, K14], [K15, K16]),
    "events": [
        event("ASSAULT", KEN_OFFICER, KARIUKI, K1, mode="firearms", date="2025-06-17", location="Nairobi",
              location_country="KEN"),
        event("COERCE", KEN_POLICE, KEN_OFFICER, K3, mode="arrest"),
        event("ACCUSE", IPOA, KEN_OFFICER, K4, mode="investigate"),
        event("PROTEST", KEN_PROTESTERS, KEN_POLICE, K5, mode="demo", date="2025-06-17", location="Nairobi",
              location_country="KEN"),
        event("COERCE", KEN_POLICE, KEN_PROTESTERS, K6, mode="crowd-control"),
        event("ASSAULT", KEN_GANGS, KEN_PROTESTERS, K7, mode="beat"),
        event("ACCUSE", KEN_OPPOSITION, KEN_GOV, K8, mode="allege"),
        event("THREATEN", MURKOMEN, KEN_GANGS, K9),
        event("COERCE", KEN_POLICE, KEN_GANGS, K10, mode="arrest", negated=True),
        event("COERCE", KEN_POLICE, OJWANG, K11, mode="arrest", date="2025-06-07", location="Homa Bay",
              location_country="KEN"),
        event("ACCUSE", OJWANG, LAGAT, K11, mode="disapprove"),
        event("RETREAT", LAGAT, None, K13, mode="resign", date="2025-06-16"),
        event("COERCE", KEN_POLICE, TALAAM, K14, mode="arrest"),
        event("ACCUSE", RUTO, KEN_POLICE, K15, mode="disapprove"),
    ],
    "quotes": [
        quote("The vendor, Boniface Kariuki, was in critical condition at Kenyatta National Hospital",
              "family of Boniface Kariuki", "indirect"),
        quote("the officer had been arrested and would be held to account", "Douglas Kanja", "indirect"),
        quote("it had opened an investigation into the shooting", "Independent Policing Oversight Authority",
              "indirect"),
        quote("some of the attackers had been paid to disrupt the march", "witnesses in Nairobi", "indirect"),
        quote("Anyone who attacks peaceful protesters will face the law", "Kipchumba Murkomen", "direct"),
        quote("he had died after hitting his head against a cell wall", "National Police Service of Kenya",
              "indirect"),
        quote("heartbreaking and unacceptable", "William Ruto", "direct"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["NAIROBI", "Nairobi", "the city's business district"]),
        entity("Kenya", "LOC", "KEN", ["Kenya"]),
        entity("police officer who shot Boniface Kariuki", "PER", "KEN", ["A Kenyan police officer", "the officer"]),
        entity("Boniface Kariuki", "PER", "KEN", ["a street vendor", "The vendor, Boniface Kariuki"]),
        entity("family of Boniface Kariuki", "PER", "KEN", ["his family"]),
        entity("Albert Ojwang", "PER", "KEN", ["a blogger", "Albert Ojwang, a 31-year-old teacher and blogger",
                                               "Ojwang", "his", "he", "Ojwang's"]),
        entity("Kenyatta National Hospital", "ORG", "KEN", ["Kenyatta National Hospital"]),
        entity("Douglas Kanja", "PER", "KEN", ["Inspector General of Police Douglas Kanja"]),
        entity("Independent Policing Oversight Authority", "ORG", "KEN",
               ["The Independent Policing Oversight Authority"]),
        entity("protesters in Nairobi", "PER", "KEN", ["Thousands of protesters", "the crowds", "protesters"]),
        entity("National Police Service of Kenya", "ORG", "KEN", ["Police", "police"]),
        entity("armed gangs in Nairobi", "PER", "KEN", ["Groups of men armed with whips and clubs", "the attackers",
                                                        "the gangs", "the armed men"]),
        entity("witnesses in Nairobi", "PER", "KEN", ["witnesses"]),
        entity("Kenyan opposition politicians", "PER", "KEN", ["Opposition politicians"]),
        entity("Government of Kenya", "ORG", "KEN", ["the government"]),
        entity("Kipchumba Murkomen", "PER", "KEN", ["Interior Minister Kipchumba Murkomen", "Murkomen"]),
        entity("Homa Bay", "LOC", "KEN", ["Homa Bay"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Eliud Lagat", "PER", "KEN", ["Deputy Inspector General Eliud Lagat", "Lagat"]),
        entity("pathologist", "PER", "KEN", ["a pathologist"]),
        entity("Central Police Station", "LOC", "KEN", ["the Central Police Station"]),
        entity("Samson Talaam", "PER", "KEN", ["the officer in charge of the Central Police Station, Samson Talaam"]),
        entity("William Ruto", "PER", "KEN", ["President William Ruto"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
