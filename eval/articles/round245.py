"""Round 245: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm245-de-01: Guinea: deadly crush at a football final in Nzérékoré after tear gas; the government orders an inquiry, organisers detained, Bah's pledge and warning, Forces Vives accuse the junta, ECOWAS and the AU express solidarity (2024-12-02).
- hm245-de-02: Madagascar: Rajoelina dismisses his government after the Gen Z protests over water and power cuts; tear gas, curfew, arson, Türk accuses the security forces, the movement rejects his offer of dialogue, the AU appeals (2025-09-30).
- hm245-de-03: Sudan: RSF leader Daglo sworn in as head of a rival presidential council in Nyala; Port Sudan condemns and threatens, the AU and the Arab League refuse recognition, fighting at El Fasher and in North Kordofan, WFP appeal (2025-08-30).
- hm245-de-04: Uruguay: gunmen and a grenade attack the home of Attorney General Mónica Ferrero in Montevideo; Orsi condemns, police protection and searches, no arrests yet, Delgado backs and criticises the government, Buenos Aires offers help (2025-11-10).
- hm245-en-01: Haiti: gang gunmen attack the reopening of the General Hospital in Port-au-Prince, killing journalists and a police officer; Izo claims it and threatens, Fils-Aime vows to hunt them, CPJ, BINUH and Washington react, journalists protest (2024-12-24).
- hm245-en-02: Congo: security forces shoot inmates during a mass escape attempt at Kinshasa's Makala prison, 129 dead; Mutamba blames insiders, prison director detained, UN rights office, Amnesty and Fayulu demand accountability, Shabani rejects it (2024-09-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm245-de-01 (Guinea, Nzérékoré stadium crush)
GIN_GOV = actor("Government of Guinea", "GIN", "GOV")
GIN_FANS = actor("supporters of a football team in Nzérékoré", "GIN", "CVL")
REFEREES = actor("referees of the match in Nzérékoré", "GIN", "CVL")
GIN_SEC = actor("Guinean security forces", "GIN", "COP")
SPECTATORS = actor("spectators in the Nzérékoré stadium", "GIN", "CVL")
BAH = actor("Amadou Oury Bah", "GIN", "GOV")
VICTIM_FAMILIES = actor("families of the victims of the Nzérékoré crush", "GIN", "CVL")
GIN_POLICE = actor("Guinean police", "GIN", "COP")
ORGANISERS = actor("organising committee of the Nzérékoré tournament", "GIN", "CVL")
GIN_SPOKES = actor("Government spokesperson of Guinea", "GIN", "GOV")
FORCES_VIVES = actor("Forces Vives de Guinée", "GIN", "OPP")
GIN_SPORTS_MIN = actor("Minister of Youth and Sports of Guinea", "GIN", "GOV")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
AU = actor("African Union", "IGO", "IGO")
GUINEA = actor("Guinea", "GIN", "GOV")

N1 = ("Nzérékoré (AFP) - Nach der tödlichen Massenpanik bei einem Fußballspiel im Südosten Guineas hat die "
      "Regierung eine Untersuchung angeordnet.")
N2 = ("Bei dem Gedränge im Stadion der Stadt Nzérékoré waren am Sonntag nach offiziellen Angaben 56 Menschen ums "
      "Leben gekommen.")
N3 = "Örtliche Ärzte und Menschenrechtler gehen von mehr als hundert Toten aus."
N4 = "Nach einer umstrittenen Schiedsrichterentscheidung im Finale warfen Anhänger einer Mannschaft Steine auf die Schiedsrichter."
N5 = "Sicherheitskräfte feuerten daraufhin Tränengas in die Menge, Tausende Zuschauer drängten zu den Ausgängen."
N6 = ("Das Turnier war zu Ehren von Juntachef Mamadi Doumbouya ausgerichtet worden, der im kommenden Jahr bei einer "
      "Präsidentenwahl antreten könnte.")
N7 = "Regierungschef Amadou Oury Bah reiste am Montag nach Nzérékoré und sicherte den Familien der Opfer Hilfe zu."
N8 = "„Wer für diese Tragödie verantwortlich ist, wird zur Rechenschaft gezogen“, sagte er im Staatsfernsehen."
N9 = "Drei Mitglieder des Organisationskomitees wurden noch in der Nacht in Gewahrsam genommen."
N10 = "Die Veranstalter hätten die Sicherheitsauflagen missachtet, erklärte ein Regierungssprecher in Conakry."
N11 = ("Das Oppositionsbündnis Forces Vives de Guinée warf der Junta dagegen vor, sie verschleiere die wahre Zahl "
       "der Toten.")
N12 = "Die Regierung wies den Vorwurf zurück."
N13 = "Das Bündnis verlangte zudem den Rücktritt des Sportministers."
N14 = ("Die Westafrikanische Wirtschaftsgemeinschaft Ecowas und die Afrikanische Union bekundeten ihre Solidarität "
       "mit Guinea.")
N15 = "Bei Fußballspielen in Westafrika kommt es immer wieder zu tödlichen Unglücken."

DE01 = {
    "id": "hm245-de-01", "lang": "de", "url": None, "published": "2024-12-02",
    "title": "Dutzende Tote bei Massenpanik in Guineas Fußballstadion",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10], [N11, N12, N13, N14, N15]),
    "events": [
        event("ACCUSE", GIN_GOV, None, N1, mode="investigate"),
        event("ASSAULT", GIN_FANS, REFEREES, N4, mode="primitive", location="Nzérékoré", location_country="GIN"),
        event("ASSAULT", GIN_SEC, SPECTATORS, N5, mode="crowd-control", location="Nzérékoré", location_country="GIN"),
        event("AGREE", BAH, VICTIM_FAMILIES, N7, location="Nzérékoré", location_country="GIN"),
        event("THREATEN", BAH, None, N8, mode="arrest"),
        event("COERCE", GIN_POLICE, ORGANISERS, N9, mode="arrest"),
        event("ACCUSE", GIN_SPOKES, ORGANISERS, N10, mode="allege"),
        event("ACCUSE", FORCES_VIVES, GIN_GOV, N11, mode="allege"),
        event("REQUEST", FORCES_VIVES, GIN_SPORTS_MIN, N13, mode="change"),
        event("SUPPORT", ECOWAS, GUINEA, N14),
        event("SUPPORT", AU, GUINEA, N14),
    ],
    "quotes": [
        quote("Wer für diese Tragödie verantwortlich ist, wird zur Rechenschaft gezogen", "Amadou Oury Bah", "direct"),
        quote("Die Veranstalter hätten die Sicherheitsauflagen missachtet", "Government spokesperson of Guinea",
              "indirect"),
        quote("sie verschleiere die wahre Zahl der Toten", "Forces Vives de Guinée", "indirect"),
    ],
    "entities": [
        entity("Nzérékoré", "LOC", "GIN", ["Nzérékoré", "der Stadt Nzérékoré"]),
        entity("Guinea", "LOC", "GIN", ["Guineas", "Guinea"]),
        entity("Government of Guinea", "ORG", "GIN", ["die Regierung", "Die Regierung", "der Junta"]),
        entity("Guinean security forces", "ORG", "GIN", ["Sicherheitskräfte"]),
        entity("Mamadi Doumbouya", "PER", "GIN", ["Juntachef Mamadi Doumbouya"]),
        entity("Amadou Oury Bah", "PER", "GIN", ["Regierungschef Amadou Oury Bah"]),
        entity("organising committee of the Nzérékoré tournament", "ORG", "GIN",
               ["Organisationskomitees", "Die Veranstalter"]),
        entity("Government spokesperson of Guinea", "PER", "GIN", ["ein Regierungssprecher"]),
        entity("Conakry", "LOC", "GIN", ["Conakry"]),
        entity("Forces Vives de Guinée", "ORG", "GIN",
               ["Das Oppositionsbündnis Forces Vives de Guinée", "Das Bündnis"]),
        entity("Minister of Youth and Sports of Guinea", "PER", "GIN", ["des Sportministers"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["Die Westafrikanische Wirtschaftsgemeinschaft Ecowas"]),
        entity("African Union", "ORG", "IGO", ["die Afrikanische Union"]),
        entity("West Africa", "LOC", None, ["Westafrika"]),
    ],
}

# ---------------------------------------------------------------- hm245-de-02 (Madagascar, Gen Z protests)
RAJOELINA = actor("Andry Rajoelina", "MDG", "GOV")
MDG_PROTESTERS = actor("Gen Z protesters in Madagascar", "MDG", "CVL")
MDG_GOV = actor("Government of Madagascar", "MDG", "GOV")
MDG_POLICE = actor("Malagasy police", "MDG", "COP")
TANA_RESIDENTS = actor("residents of Antananarivo", "MDG", "CVL")
MDG_RIOTERS = actor("rioters in Antananarivo", "MDG", "CVL")
MDG_POLITICIANS = actor("Malagasy politicians", "MDG", "GOV")
TURK = actor("Volker Türk", "UNO", "IGO")
MDG_SEC = actor("Malagasy security forces", "MDG", "COP")
GENZ_MDG = actor("Gen Z Madagascar", "MDG", "CVL")
MDG_STUDENT = actor("student protester in Antananarivo", "MDG", "CVL")
MDG_ARMY = actor("Malagasy Armed Forces", "MDG", "MIL")

M1 = ("Antananarivo (dpa) - Nach tagelangen Protesten gegen Wasser- und Stromausfälle hat Madagaskars Präsident "
      "Andry Rajoelina seine Regierung entlassen.")
M2 = ("Er entschuldige sich für die Versäumnisse des Kabinetts, sagte der 51-Jährige in einer Fernsehansprache am "
      "Montagabend.")
M3 = ("Seit vergangenem Donnerstag waren in der Hauptstadt Antananarivo täglich Tausende überwiegend junge Menschen "
      "gegen die Regierung auf die Straße gegangen.")
M4 = "Die Polizei setzte Tränengas und Gummigeschosse gegen die Demonstranten ein."
M5 = "Über die Hauptstadt wurde eine nächtliche Ausgangssperre verhängt."
M6 = "In mehreren Vierteln plünderten Randalierer Geschäfte und steckten Häuser von Politikern in Brand."
M7 = ("Nach Angaben der Vereinten Nationen kamen seit Beginn der Unruhen mindestens 22 Menschen ums Leben, darunter "
      "Demonstranten und Passanten.")
M8 = ("UN-Menschenrechtskommissar Volker Türk zeigte sich „schockiert“ und warf den Sicherheitskräften "
      "unverhältnismäßige Gewalt vor.")
M9 = "Das Außenministerium in Antananarivo wies die Opferzahlen als unbelegt zurück."
M10 = ("Rajoelina kündigte an, binnen drei Tagen einen neuen Regierungschef zu ernennen und mit den Demonstranten "
       "einen Dialog zu beginnen.")
M11 = ("Die Protestbewegung Gen Z Madagascar lehnte das Angebot noch in der Nacht ab und verlangte den Rücktritt des "
       "Präsidenten.")
M12 = ("„Wir wollen keinen neuen Minister, wir wollen Wasser, Strom und einen anderen Präsidenten“, sagte eine "
       "Studentin bei einer Kundgebung vor dem Rathaus.")
M13 = "Die Armee wurde bislang nicht gegen die Demonstranten eingesetzt."
M14 = "Die Afrikanische Union rief die Regierung und die Demonstranten zur Zurückhaltung auf."
M15 = "In vielen Vierteln der Hauptstadt fällt der Strom täglich für bis zu zwölf Stunden aus."

DE02 = {
    "id": "hm245-de-02", "lang": "de", "url": None, "published": "2025-09-30",
    "title": "Madagaskars Präsident entlässt Regierung nach Protesten",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7, M8, M9], [M10, M11, M12, M13, M14, M15]),
    "events": [
        event("RETREAT", RAJOELINA, MDG_PROTESTERS, M1),
        event("CONCEDE", RAJOELINA, MDG_PROTESTERS, M2, date="2025-09-29"),
        event("PROTEST", MDG_PROTESTERS, MDG_GOV, M3, mode="demo", location="Antananarivo", location_country="MDG"),
        event("ASSAULT", MDG_POLICE, MDG_PROTESTERS, M4, mode="crowd-control"),
        event("COERCE", MDG_GOV, TANA_RESIDENTS, M5, mode="curfew", location="Antananarivo", location_country="MDG"),
        event("ASSAULT", MDG_RIOTERS, MDG_POLITICIANS, M6, mode="primitive"),
        event("ACCUSE", TURK, MDG_SEC, M8, mode="disapprove"),
        event("AGREE", RAJOELINA, MDG_PROTESTERS, M10),
        event("REJECT", GENZ_MDG, RAJOELINA, M11),
        event("REQUEST", GENZ_MDG, RAJOELINA, M11, mode="change"),
        event("REQUEST", MDG_STUDENT, RAJOELINA, M12, mode="change", location="Antananarivo", location_country="MDG"),
        event("MOBILIZE", MDG_ARMY, MDG_PROTESTERS, M13, mode="troops", negated=True),
        event("REQUEST", AU, MDG_GOV, M14),
        event("REQUEST", AU, MDG_PROTESTERS, M14),
    ],
    "quotes": [
        quote("Er entschuldige sich für die Versäumnisse des Kabinetts", "Andry Rajoelina", "indirect"),
        quote("schockiert", "Volker Türk", "direct"),
        quote("Wir wollen keinen neuen Minister, wir wollen Wasser, Strom und einen anderen Präsidenten",
              "student protester in Antananarivo", "direct"),
    ],
    "entities": [
        entity("Antananarivo", "LOC", "MDG", ["Antananarivo", "der Hauptstadt Antananarivo", "die Hauptstadt"]),
        entity("Madagascar", "LOC", "MDG", ["Madagaskars"]),
        entity("Andry Rajoelina", "PER", "MDG", ["Präsident Andry Rajoelina", "Rajoelina", "der 51-Jährige",
                                                 "des Präsidenten"]),
        entity("Government of Madagascar", "ORG", "MDG", ["seine Regierung", "die Regierung", "des Kabinetts"]),
        entity("Malagasy police", "ORG", "MDG", ["Die Polizei"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
        entity("Malagasy security forces", "ORG", "MDG", ["den Sicherheitskräften"]),
        entity("Ministry of Foreign Affairs of Madagascar", "ORG", "MDG", ["Das Außenministerium in Antananarivo"]),
        entity("Gen Z Madagascar", "ORG", "MDG", ["Die Protestbewegung Gen Z Madagascar"]),
        entity("Malagasy Armed Forces", "ORG", "MDG", ["Die Armee"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
    ],
}

# ---------------------------------------------------------------- hm245-de-03 (Sudan, Daglo sworn in at Nyala)
DAGLO = actor("Mohamed Hamdan Dagalo", "SDN", "REB")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
SDN_MFA = actor("Ministry of Foreign Affairs of Sudan", "SDN", "GOV")
TASIS = actor("Sudan Founding Alliance", "SDN", "REB")
ARAB_LEAGUE = actor("Arab League", "IGO", "IGO")
UNSC = actor("UN Security Council", "UNO", "IGO")
RSF = actor("Rapid Support Forces", "SDN", "REB")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
UN = actor("United Nations", "UNO", "IGO")
WFP = actor("World Food Programme", "UNO", "IGO")

S1 = ("Nyala (AFP) - Der Anführer der sudanesischen RSF-Miliz, Mohamed Hamdan Daglo, hat sich in der Stadt Nyala "
      "als Vorsitzender eines Präsidialrats vereidigen lassen.")
S2 = ("Der Rat der von der Miliz geführten Allianz Tasis erhebt den Anspruch, als Gegenregierung zur "
      "Armeeführung in Port Sudan das ganze Land zu regieren.")
S3 = "Als Stellvertreter wurde der Rebellenführer Abdelaziz al-Hilu vereidigt."
S4 = "Daglo versprach in einer Rede, den Krieg zu beenden und „ein neues Sudan“ aufzubauen."
S5 = "Zugleich warf er der Armee vor, sie sei eine Geisel islamistischer Kräfte."
S6 = ("Der Milizenführer lud die Vereinten Nationen ein, in Nyala Büros zu eröffnen.")
S7 = ("Das Außenministerium in Port Sudan verurteilte die Vereidigung als „Farce“ und Angriff auf die Einheit des "
      "Landes.")
S8 = "Man werde mit allen Mitteln gegen die „Parallelregierung“ vorgehen, hieß es in einer Erklärung."
S9 = ("Die Afrikanische Union und die Arabische Liga hatten bereits angekündigt, eine solche Regierung nicht "
      "anzuerkennen.")
S10 = "Auch der UN-Sicherheitsrat verurteilte die Bildung des Rats."
S11 = ("Unterdessen griffen RSF-Kämpfer die Stellungen der Armee in der belagerten Stadt Al-Faschir in Nord-Darfur "
       "erneut mit Drohnen und Artillerie an.")
S12 = "Die Armee meldete ihrerseits Luftangriffe auf RSF-Stellungen in Nord-Kordofan."
S13 = ("Armeechef Abdel Fattah al-Burhan kündigte an, man werde weiterkämpfen, bis „der letzte Rebell“ besiegt "
       "sei.")
S14 = ("Das Welternährungsprogramm forderte beide Kriegsparteien auf, Hilfslieferungen nach Al-Faschir "
       "durchzulassen.")
S15 = "Seit April 2023 kämpfen Armee und RSF um die Macht in dem nordostafrikanischen Land."

DE03 = {
    "id": "hm245-de-03", "lang": "de", "url": None, "published": "2025-08-30",
    "title": "RSF-Chef Daglo lässt sich in Nyala als Ratsvorsitzender vereidigen",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9, S10], [S11, S12, S13, S14, S15]),
    "events": [
        event("AGREE", DAGLO, None, S4),
        event("ACCUSE", DAGLO, SAF, S5, mode="allege"),
        event("AGREE", DAGLO, UN, S6, location="Nyala", location_country="SDN"),
        event("ACCUSE", SDN_MFA, DAGLO, S7, mode="disapprove"),
        event("THREATEN", SDN_MFA, TASIS, S8),
        event("REJECT", AU, TASIS, S9),
        event("REJECT", ARAB_LEAGUE, TASIS, S9),
        event("ACCUSE", UNSC, TASIS, S10, mode="disapprove"),
        event("ASSAULT", RSF, SAF, S11, mode="drone", location="El Fasher", location_country="SDN"),
        event("ASSAULT", SAF, RSF, S12, mode="aerial", location="North Kordofan", location_country="SDN"),
        event("THREATEN", BURHAN, RSF, S13, mode="violence"),
        event("REQUEST", WFP, SAF, S14, mode="yield"),
        event("REQUEST", WFP, RSF, S14, mode="yield"),
    ],
    "quotes": [
        quote("ein neues Sudan", "Mohamed Hamdan Dagalo", "direct"),
        quote("den Krieg zu beenden und „ein neues Sudan“ aufzubauen", "Mohamed Hamdan Dagalo", "indirect"),
        quote("sie sei eine Geisel islamistischer Kräfte", "Mohamed Hamdan Dagalo", "indirect"),
        quote("Farce", "Ministry of Foreign Affairs of Sudan", "direct"),
        quote("Parallelregierung", "Ministry of Foreign Affairs of Sudan", "direct"),
        quote("Man werde mit allen Mitteln gegen die „Parallelregierung“ vorgehen",
              "Ministry of Foreign Affairs of Sudan", "indirect"),
        quote("der letzte Rebell", "Abdel Fattah al-Burhan", "direct"),
        quote("man werde weiterkämpfen, bis „der letzte Rebell“ besiegt sei", "Abdel Fattah al-Burhan", "indirect"),
    ],
    "entities": [
        entity("Nyala", "LOC", "SDN", ["Nyala", "der Stadt Nyala"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["der sudanesischen RSF-Miliz", "der Miliz", "RSF"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["Mohamed Hamdan Daglo", "Daglo", "Der Milizenführer"]),
        entity("Sudan Founding Alliance", "ORG", "SDN", ["Allianz Tasis"]),
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("Abdelaziz al-Hilu", "PER", "SDN", ["der Rebellenführer Abdelaziz al-Hilu"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["der Armee", "Die Armee", "Armee"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Ministry of Foreign Affairs of Sudan", "ORG", "SDN", ["Das Außenministerium in Port Sudan"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Arab League", "ORG", "IGO", ["die Arabische Liga"]),
        entity("UN Security Council", "ORG", "UNO", ["der UN-Sicherheitsrat"]),
        entity("El Fasher", "LOC", "SDN", ["Al-Faschir"]),
        entity("North Darfur", "LOC", "SDN", ["Nord-Darfur"]),
        entity("North Kordofan", "LOC", "SDN", ["Nord-Kordofan"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Armeechef Abdel Fattah al-Burhan"]),
        entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm"]),
        entity("Sudan", "LOC", "SDN", ["Sudan"]),
    ],
}

# ---------------------------------------------------------------- hm245-de-04 (Uruguay, attack on Mónica Ferrero's home)
URY_GUNMEN = actor("unidentified attackers in Montevideo", "URY", "CVL")
FERRERO = actor("Mónica Ferrero", "URY", "JUD")
ORSI = actor("Yamandú Orsi", "URY", "GOV")
NEGRO = actor("Carlos Negro", "URY", "GOV")
URY_PROS = actor("Attorney General's Office of Uruguay", "URY", "JUD")
URY_POLICE = actor("National Police of Uruguay", "URY", "COP")
DELGADO = actor("Álvaro Delgado", "URY", "OPP")
URY_GOV = actor("Government of Uruguay", "URY", "GOV")
URY_PROS_ASSOC = actor("Association of Public Prosecutors of Uruguay", "URY", "JUD")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")

U1 = ("Montevideo (dpa) - Unbekannte haben in Uruguay das Wohnhaus der Generalstaatsanwältin Mónica Ferrero mit "
      "Schüssen und einer Handgranate angegriffen.")
U2 = "Die Granate explodierte nicht, verletzt wurde niemand."
U3 = "Ferrero, ihre Familie und zwei Leibwächter hielten sich zur Tatzeit im Haus auf."
U4 = "Präsident Yamandú Orsi verurteilte den Anschlag als Angriff auf die Demokratie."
U5 = "„Wer die Justiz einschüchtern will, wird auf einen geeinten Staat treffen“, sagte der Linkspolitiker vor Journalisten."
U6 = "Die Staatsanwaltschaft leitete ein Verfahren wegen versuchten Mordes ein."
U7 = ("Die Ermittler gehen davon aus, dass die Tat mit Ferreros Vorgehen gegen den Drogenhandel zusammenhängt.")
U8 = "Die Polizei durchsuchte am Sonntag mehrere Häuser im Westen der Hauptstadt."
U9 = "Festnahmen gab es bislang keine."
U10 = ("Innenminister Carlos Negro ließ zusätzliche Polizeikräfte vor den Wohnungen von Staatsanwälten und Richtern "
       "postieren.")
U11 = "Ferrero erklärte, sie werde sich „nicht einschüchtern lassen“."
U12 = "Der Vorsitzende der oppositionellen Nationalen Partei, Álvaro Delgado, stellte sich hinter die Regierung."
U13 = "Zugleich warf er ihr vor, sie habe die organisierte Kriminalität zu lange unterschätzt."
U14 = "Die Vereinigung der Staatsanwälte forderte eine eigene Schutzeinheit für bedrohte Ermittler."
U15 = "Die argentinische Regierung bot Montevideo Unterstützung bei den Ermittlungen an."
U16 = "Uruguay galt lange als eines der sichersten Länder Lateinamerikas."

DE04 = {
    "id": "hm245-de-04", "lang": "de", "url": None, "published": "2025-11-10",
    "title": "Anschlag auf Haus von Uruguays Generalstaatsanwältin",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7], [U8, U9, U10, U11], [U12, U13, U14, U15, U16]),
    "events": [
        event("ASSAULT", URY_GUNMEN, FERRERO, U1, mode="firearms", location="Montevideo", location_country="URY"),
        event("ACCUSE", ORSI, URY_GUNMEN, U4, mode="disapprove"),
        event("THREATEN", ORSI, URY_GUNMEN, U5),
        event("ACCUSE", URY_PROS, URY_GUNMEN, U6, mode="investigate"),
        event("COERCE", URY_POLICE, None, U8, mode="seize", location="Montevideo", location_country="URY"),
        event("COERCE", URY_POLICE, URY_GUNMEN, U9, mode="arrest", negated=True),
        event("MOBILIZE", NEGRO, None, U10, mode="police"),
        event("SUPPORT", DELGADO, URY_GOV, U12),
        event("ACCUSE", DELGADO, URY_GOV, U13, mode="disapprove"),
        event("REQUEST", URY_PROS_ASSOC, URY_GOV, U14, mode="assist"),
        event("AGREE", ARG_GOV, URY_GOV, U15),
    ],
    "quotes": [
        quote("Wer die Justiz einschüchtern will, wird auf einen geeinten Staat treffen", "Yamandú Orsi", "direct"),
        quote("dass die Tat mit Ferreros Vorgehen gegen den Drogenhandel zusammenhängt", "investigators in Uruguay",
              "indirect"),
        quote("nicht einschüchtern lassen", "Mónica Ferrero", "direct"),
        quote("sie werde sich „nicht einschüchtern lassen“", "Mónica Ferrero", "indirect"),
        quote("sie habe die organisierte Kriminalität zu lange unterschätzt", "Álvaro Delgado", "indirect"),
    ],
    "entities": [
        entity("Montevideo", "LOC", "URY", ["Montevideo", "der Hauptstadt"]),
        entity("Uruguay", "LOC", "URY", ["Uruguay"]),
        entity("Mónica Ferrero", "PER", "URY", ["der Generalstaatsanwältin Mónica Ferrero", "Ferrero", "Ferreros"]),
        entity("Yamandú Orsi", "PER", "URY", ["Präsident Yamandú Orsi", "der Linkspolitiker"]),
        entity("Attorney General's Office of Uruguay", "ORG", "URY", ["Die Staatsanwaltschaft"]),
        entity("National Police of Uruguay", "ORG", "URY", ["Die Polizei"]),
        entity("Carlos Negro", "PER", "URY", ["Innenminister Carlos Negro"]),
        entity("Partido Nacional", "ORG", "URY", ["der oppositionellen Nationalen Partei"]),
        entity("Álvaro Delgado", "PER", "URY", ["Álvaro Delgado"]),
        entity("Government of Uruguay", "ORG", "URY", ["die Regierung", "Montevideo"]),
        entity("Association of Public Prosecutors of Uruguay", "ORG", "URY", ["Die Vereinigung der Staatsanwälte"]),
        entity("Government of Argentina", "ORG", "ARG", ["Die argentinische Regierung"]),
        entity("Latin America", "LOC", None, ["Lateinamerikas"]),
    ],
}

# ---------------------------------------------------------------- hm245-en-01 (Haiti, attack on the General Hospital reopening)
VIV_ANSANM = actor("Viv Ansanm", "HTI", "REB")
HTI_JOURNALISTS = actor("journalists in Port-au-Prince", "HTI", "CVL")
HNP = actor("Haitian National Police", "HTI", "COP")
IZO = actor("Johnson Andre", "HTI", "REB")
FILS_AIME = actor("Alix Didier Fils-Aime", "HTI", "GOV")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
CPJ = actor("Committee to Protect Journalists", "NGO", "NGO")
BINUH = actor("United Nations Integrated Office in Haiti", "UNO", "IGO")
MSS = actor("Multinational Security Support Mission in Haiti", "IGO", "IGO")
MEVS = actor("Bernard Mevs Hospital", "HTI", "BUS")
US_STATE = actor("U.S. Department of State", "USA", "GOV")

H1 = ('PORT-AU-PRINCE, Dec 24 (Reuters) - Gunmen from the Viv Ansanm gang coalition opened fire on journalists and '
      'police officers gathered for the reopening of Haiti\'s largest public hospital on Tuesday, killing at least '
      'two reporters and a police officer.')
H2 = ('Health Minister Duckenson Lorthe had been expected to attend the ceremony at the General Hospital in '
      'downtown Port-au-Prince but had not yet arrived when the shooting began.')
H3 = ('Johnson Andre, a gang leader known as Izo, claimed responsibility for the attack in a video posted on '
      'social media, saying his group had not authorized the reopening.')
H4 = 'In the same video, Andre warned that his men would attack any government building reopened without their approval.'
H5 = ('Police said officers returned fire and evacuated journalists and hospital staff through a back entrance.')
H6 = 'At least seven other journalists were wounded, according to the press freedom group SOS Journalistes.'
H7 = ('Prime Minister Alix Didier Fils-Aime condemned the attack as "an unspeakable crime" and vowed that those '
      'responsible would be hunted down.')
H8 = ('The Committee to Protect Journalists demanded an independent investigation and called on the transitional '
      'authorities to protect reporters.')
H9 = ('The U.N. Integrated Office in Haiti, BINUH, said it was "appalled" and urged the police and the Kenyan-led '
      'security mission to step up patrols around hospitals.')
H10 = ('The General Hospital had been closed since February, when fighting engulfed the capital\'s historic center.')
H11 = ('Viv Ansanm also set fire to the Bernard Mevs hospital, one of the few trauma centers still operating in the '
       'capital, last week.')
H12 = ('The U.S. State Department condemned the attack and said Washington would continue to support the Haitian '
       'National Police.')
H13 = 'Gangs control an estimated 85 percent of the capital, according to the United Nations.'

EN01 = {
    "id": "hm245-en-01", "lang": "en", "url": None, "published": "2024-12-24",
    "title": "Gang attack on Haiti hospital reopening kills journalists, police officer",
    "text": paragraphs([H1, H2], [H3, H4, H5, H6], [H7, H8, H9], [H10, H11, H12, H13]),
    "events": [
        event("ASSAULT", VIV_ANSANM, HTI_JOURNALISTS, H1, mode="firearms", location="Port-au-Prince",
              location_country="HTI"),
        event("ASSAULT", VIV_ANSANM, HNP, H1, mode="firearms", location="Port-au-Prince", location_country="HTI"),
        event("ASSAULT", IZO, HTI_JOURNALISTS, H3, mode="firearms"),
        event("THREATEN", IZO, HTI_GOV, H4, mode="violence"),
        event("ASSAULT", HNP, VIV_ANSANM, H5, mode="firearms"),
        event("AID", HNP, HTI_JOURNALISTS, H5),
        event("ACCUSE", FILS_AIME, VIV_ANSANM, H7, mode="disapprove"),
        event("THREATEN", FILS_AIME, VIV_ANSANM, H7, mode="arrest"),
        event("REQUEST", CPJ, HTI_GOV, H8),
        event("REQUEST", BINUH, HNP, H9),
        event("REQUEST", BINUH, MSS, H9),
        event("ASSAULT", VIV_ANSANM, MEVS, H11, mode="primitive", location="Port-au-Prince", location_country="HTI"),
        event("ACCUSE", US_STATE, VIV_ANSANM, H12, mode="disapprove"),
        event("AGREE", US_STATE, HNP, H12),
    ],
    "quotes": [
        quote("his group had not authorized the reopening", "Johnson Andre", "indirect"),
        quote("his men would attack any government building reopened without their approval", "Johnson Andre",
              "indirect"),
        quote("officers returned fire and evacuated journalists and hospital staff through a back entrance",
              "Haitian National Police", "indirect"),
        quote("At least seven other journalists were wounded", "SOS Journalistes", "indirect"),
        quote("an unspeakable crime", "Alix Didier Fils-Aime", "direct"),
        quote("those responsible would be hunted down", "Alix Didier Fils-Aime", "indirect"),
        quote("appalled", "United Nations Integrated Office in Haiti", "direct"),
        quote('it was "appalled"', "United Nations Integrated Office in Haiti", "indirect"),
        quote("Washington would continue to support the Haitian National Police", "U.S. Department of State",
              "indirect"),
        quote("Gangs control an estimated 85 percent of the capital", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["PORT-AU-PRINCE", "downtown Port-au-Prince", "the capital"]),
        entity("Viv Ansanm", "ORG", "HTI", ["the Viv Ansanm gang coalition", "Viv Ansanm", "his group"]),
        entity("Haiti", "LOC", "HTI", ["Haiti"]),
        entity("General Hospital", "LOC", "HTI", ["Haiti's largest public hospital", "the General Hospital",
                                                  "The General Hospital"]),
        entity("Duckenson Lorthe", "PER", "HTI", ["Health Minister Duckenson Lorthe"]),
        entity("Johnson Andre", "PER", "HTI", ["Johnson Andre", "Izo", "Andre"]),
        entity("Haitian National Police", "ORG", "HTI", ["Police", "the police", "the Haitian National Police"]),
        entity("SOS Journalistes", "ORG", "HTI", ["the press freedom group SOS Journalistes"]),
        entity("Alix Didier Fils-Aime", "PER", "HTI", ["Prime Minister Alix Didier Fils-Aime"]),
        entity("Committee to Protect Journalists", "ORG", "NGO", ["The Committee to Protect Journalists"]),
        entity("United Nations Integrated Office in Haiti", "ORG", "UNO",
               ["The U.N. Integrated Office in Haiti", "BINUH"]),
        entity("Multinational Security Support Mission in Haiti", "ORG", "IGO", ["the Kenyan-led security mission"]),
        entity("Government of Haiti", "ORG", "HTI", ["the transitional authorities"]),
        entity("Bernard Mevs Hospital", "ORG", "HTI", ["the Bernard Mevs hospital"]),
        entity("U.S. Department of State", "ORG", "USA", ["The U.S. State Department", "Washington"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
    ],
}

# ---------------------------------------------------------------- hm245-en-02 (Congo, Makala prison escape attempt)
COD_SEC = actor("Congolese security forces", "COD", "COP")
MAKALA_INMATES = actor("inmates of Makala prison", "COD", "CVL")
SHABANI = actor("Jacquemain Shabani", "COD", "GOV")
MUTAMBA = actor("Constant Mutamba", "COD", "GOV")
MAKALA_ADMIN = actor("Makala prison administration", "COD", "JUD")
COD_POLICE = actor("Congolese National Police", "COD", "COP")
MAKALA_DIRECTOR = actor("director of Makala prison", "COD", "JUD")
UNJHRO = actor("UN Joint Human Rights Office in Congo", "UNO", "IGO")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
FAYULU = actor("Martin Fayulu", "COD", "OPP")
INMATE_RELATIVES = actor("relatives of Makala inmates", "COD", "CVL")

K1 = ('KINSHASA, Sept 3 (Reuters) - Congolese security forces shot dead 24 inmates while putting down a mass escape '
      'attempt at Kinshasa\'s overcrowded Makala central prison, the government said on Tuesday.')
K2 = ('Interior Minister Jacquemain Shabani said a total of 129 people had died, most of them crushed or suffocated '
      'in the stampede.')
K3 = 'The 24 inmates were shot "after warnings," he said in a statement posted on X.'
K4 = 'Inmates set fire to an administrative building and the prison infirmary before dawn on Monday.'
K5 = ('Justice Minister Constant Mutamba, who toured the prison on Monday, said the escape had been "organised with '
      'complicity from inside" the prison administration.')
K6 = 'The prison director and two of his deputies were taken into custody on Monday evening.'
K7 = ('Makala, built in the 1950s for 1,500 prisoners, held more than 12,000 at the time of the attempted escape, '
      'most of them awaiting trial.')
K8 = ('The U.N. Joint Human Rights Office in Congo called for a thorough and independent investigation into the '
      'deaths.')
K9 = ('Amnesty International said the authorities had "a long record of using lethal force" against detainees and '
      'urged them to release those held without trial.')
K10 = ('Opposition leader Martin Fayulu accused the government of hiding the true death toll and demanded the '
       'resignation of the interior minister.')
K11 = ('Shabani rejected the demand, saying the security forces had acted "to protect the population of Kinshasa" '
       'from dangerous criminals.')
K12 = 'Police kept away relatives who had gathered outside the prison gates to ask about detainees.'
K13 = 'Congo\'s prisons are among the most crowded in Africa, according to rights groups.'

EN02 = {
    "id": "hm245-en-02", "lang": "en", "url": None, "published": "2024-09-03",
    "title": "Congo says 129 dead in attempted jailbreak at Kinshasa's Makala prison",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10, K11], [K12, K13]),
    "events": [
        event("ASSAULT", COD_SEC, MAKALA_INMATES, K1, mode="firearms", location="Kinshasa", location_country="COD"),
        event("ASSAULT", COD_SEC, MAKALA_INMATES, K3, mode="firearms"),
        event("ASSAULT", MAKALA_INMATES, MAKALA_ADMIN, K4, mode="destroy", date="2024-09-02"),
        event("ACCUSE", MUTAMBA, MAKALA_ADMIN, K5, mode="allege"),
        event("COERCE", COD_POLICE, MAKALA_DIRECTOR, K6, mode="arrest", date="2024-09-02"),
        event("REQUEST", UNJHRO, COD_GOV, K8),
        event("ACCUSE", AMNESTY, COD_GOV, K9, mode="allege"),
        event("REQUEST", AMNESTY, COD_GOV, K9, mode="yield"),
        event("ACCUSE", FAYULU, COD_GOV, K10, mode="allege"),
        event("REQUEST", FAYULU, SHABANI, K10, mode="change"),
        event("REJECT", SHABANI, FAYULU, K11),
        event("COERCE", COD_POLICE, INMATE_RELATIVES, K12, mode="restrict", location="Kinshasa",
              location_country="COD"),
    ],
    "quotes": [
        quote("a total of 129 people had died, most of them crushed or suffocated in the stampede",
              "Jacquemain Shabani", "indirect"),
        quote("after warnings", "Jacquemain Shabani", "direct"),
        quote("organised with complicity from inside", "Constant Mutamba", "direct"),
        quote('the escape had been "organised with complicity from inside" the prison administration',
              "Constant Mutamba", "indirect"),
        quote("a long record of using lethal force", "Amnesty International", "direct"),
        quote('the authorities had "a long record of using lethal force" against detainees',
              "Amnesty International", "indirect"),
        quote("to protect the population of Kinshasa", "Jacquemain Shabani", "direct"),
        quote('the security forces had acted "to protect the population of Kinshasa" from dangerous criminals',
              "Jacquemain Shabani", "indirect"),
        quote("Congo's prisons are among the most crowded in Africa", "rights groups", "indirect"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["KINSHASA", "Kinshasa"]),
        entity("Congolese security forces", "ORG", "COD", ["Congolese security forces", "the security forces"]),
        entity("Makala central prison", "LOC", "COD", ["Kinshasa's overcrowded Makala central prison", "the prison",
                                                       "Makala"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD",
               ["the government", "the authorities"]),
        entity("Jacquemain Shabani", "PER", "COD", ["Interior Minister Jacquemain Shabani", "Shabani",
                                                    "the interior minister"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Constant Mutamba", "PER", "COD", ["Justice Minister Constant Mutamba"]),
        entity("Makala prison administration", "ORG", "COD", ["the prison administration"]),
        entity("director of Makala prison", "PER", "COD", ["The prison director"]),
        entity("UN Joint Human Rights Office in Congo", "ORG", "UNO", ["The U.N. Joint Human Rights Office in Congo"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["Congo"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Martin Fayulu", "PER", "COD", ["Opposition leader Martin Fayulu"]),
        entity("Congolese National Police", "ORG", "COD", ["Police"]),
        entity("Africa", "LOC", None, ["Africa"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
