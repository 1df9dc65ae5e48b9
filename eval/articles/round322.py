"""Round 310: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm322-de-01: DR Congo: the Republican Guard fires on Wazalendo sect members gathering for an anti-MONUSCO march in Goma; the earlier ban, the army's accusation and 158 arrests including Ephraïm Bisimwa, no curfew, Keita condemns and demands accountability, military justice investigates, Bemba and Kazadi meet Ndima, Fayulu accuses Tshisekedi (2023-08-31).
- hm322-de-02: Nigeria: NLC and TUC start an indefinite general strike over the police arrest of Joe Ajaero in Owerri; beating allegation, NUEE switches off the grid, airport blockade in Lagos, the government calls it illegal, the court injunction, Fagbemi warns Ajaero, Ugboaja's demand, Osifo refuses to call it off, invitation to talks with Ribadu (2023-11-14).
- hm322-de-03: South Sudan: Kiir and Machar agree to extend the transition and postpone the elections to December 2026; Lomuro cites the electoral commission, Washington regrets it but imposes no sanctions, Haysom's appeal, Lam Akol and Edmund Yakani object, police out in Juba, Tumaini talks in Nairobi, NAS accuses the army (2024-09-14).
- hm322-de-04: Morocco: Mohammed VI pardons journalists Omar Radi, Taoufik Bouachrine and Soulaimane Raissouni among 2,476 people on the Throne Day anniversary; Radi released from Tiflet, his 2021 conviction and accusation, RSF welcomes and demands more, AMDH demands Zefzafi's release, Zefzafi not pardoned, Baitas praises the king (2024-07-30).
- hm322-en-01: Uganda: Britain sanctions Speaker Anita Among and former ministers Mary Goretti Kitutu and Agnes Nandutu over the Karamoja iron sheets scandal; Among blames the Anti-Homosexuality Act, Ssenyonyi welcomes the sanctions and urges her to step aside, Obore refuses, Kitutu's earlier arrest and charge (2024-04-30).
- hm322-en-02: United States/Rwanda/DR Congo: Treasury sanctions Rwandan minister James Kabarebe and M23 spokesman Lawrence Kanyuka; Smith accuses Rwanda, Makolo objects, Kigali accuses Kinshasa over the FDLR, Muyaya welcomes it and asks for more, Kagame not targeted, the M23's capture of Bukavu and fresh clashes near Uvira (2025-02-20).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm322-de-01 (DR Congo, Goma crackdown on Wazalendo sect)
FARDC = actor("Armed Forces of the Democratic Republic of the Congo", "COD", "MIL")
REP_GUARD = actor("Republican Guard of the Democratic Republic of the Congo", "COD", "MIL")
SECT = actor("Natural Judaic and Messianic Faith Towards the Nations (Wazalendo sect)", "COD", "CVL")
BISIMWA = actor("Ephraïm Bisimwa", "COD", "CVL")
MONUSCO = actor("MONUSCO", "UNO", "IGO")
NK_AUTH = actor("Authorities of North Kivu", "COD", "GOV")
KEITA = actor("Bintou Keita", "UNO", "IGO")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
COD_MIL_JUSTICE = actor("Military justice of the Democratic Republic of the Congo", "COD", "JUD")
BEMBA = actor("Jean-Pierre Bemba", "COD", "GOV")
KAZADI = actor("Peter Kazadi", "COD", "GOV")
NDIMA = actor("Constant Ndima", "COD", "GOV")
FAYULU = actor("Martin Fayulu", "COD", "OPP")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")

G1 = ("Goma (dpa) - Soldaten haben im Osten der Demokratischen Republik Kongo eine geplante Demonstration gegen die "
      "UN-Blauhelmmission Monusco gewaltsam aufgelöst und dabei mindestens 43 Menschen getötet.")
G2 = ("Einheiten der Republikanischen Garde hätten am Mittwochmorgen in Goma das Feuer auf Anhänger einer religiösen "
      "Gruppe eröffnet, die sich vor ihrem Gotteshaus versammelt hatten, sagten Augenzeugen.")
G3 = ("Die Gruppe, deren Mitglieder sich Wazalendo (Patrioten) nennen, hatte zu einem Marsch auf das Hauptquartier der "
      "Monusco in Goma aufgerufen.")
G4 = "Sie wirft den Blauhelmen vor, die Bevölkerung nicht vor den Rebellen der M23 zu schützen."
G5 = "Die Behörden der Provinz Nord-Kivu hatten die Kundgebung am Dienstag verboten."
G6 = "Nach Darstellung der Armee hatten Anhänger der Gruppe zuvor einen Polizisten mit Steinen erschlagen."
G7 = ("„Die Sicherheitskräfte mussten die öffentliche Ordnung wiederherstellen“, sagte der Armeesprecher in Nord-Kivu, "
      "Oberstleutnant Guillaume Njike Kaiko.")
G8 = "Nach seinen Angaben wurden 158 Menschen festgenommen, unter ihnen der Anführer der Gruppe, Ephraïm Bisimwa."
G9 = "Eine Ausgangssperre verhängten die Behörden zunächst nicht."
G10 = ("Die Leiterin der Monusco, Bintou Keita, verurteilte die Gewalt und forderte die Regierung in Kinshasa auf, die "
       "Verantwortlichen zur Rechenschaft zu ziehen.")
G11 = ("Regierungssprecher Patrick Muyaya sagte, die Militärjustiz habe Ermittlungen gegen mehrere an dem Einsatz "
       "beteiligte Soldaten eingeleitet.")
G12 = ("Verteidigungsminister Jean-Pierre Bemba und Innenminister Peter Kazadi trafen am Donnerstag in Goma ein und "
       "berieten mit Militärgouverneur Constant Ndima über die Lage.")
G13 = ("Oppositionspolitiker Martin Fayulu sprach von einem „Massaker“ und warf Präsident Félix Tshisekedi vor, "
       "Kritiker mit Gewalt zum Schweigen zu bringen.")
G14 = "Die Monusco ist seit mehr als 20 Jahren im Kongo stationiert."
G15 = ("Bei gewaltsamen Protesten gegen die Mission waren im Juli 2022 in Goma und anderen Städten der Region mehr als "
       "30 Menschen ums Leben gekommen, darunter vier Blauhelme.")
G16 = "Im Osten des Landes kämpfen die Armee und mehr als 100 bewaffnete Gruppen um Einfluss und Bodenschätze."

DE01 = {
    "id": "hm322-de-01", "lang": "de", "url": None, "published": "2023-08-31",
    "title": "Dutzende Tote bei Niederschlagung von Anti-UN-Protest in Goma",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12, G13], [G14, G15, G16]),
    "events": [
        event("ASSAULT", FARDC, SECT, G1, location="Goma", location_country="COD"),
        event("ASSAULT", REP_GUARD, SECT, G2, mode="firearms", date="2023-08-30", location="Goma",
              location_country="COD"),
        event("ACCUSE", SECT, MONUSCO, G4, mode="disapprove"),
        event("COERCE", NK_AUTH, SECT, G5, mode="restrict", date="2023-08-29"),
        event("ACCUSE", FARDC, SECT, G6, mode="allege"),
        event("COERCE", FARDC, SECT, G8, mode="arrest"),
        event("COERCE", FARDC, BISIMWA, G8, mode="arrest"),
        event("COERCE", NK_AUTH, None, G9, mode="curfew", negated=True),
        event("ACCUSE", KEITA, FARDC, G10, mode="disapprove"),
        event("REQUEST", KEITA, COD_GOV, G10, mode="change"),
        event("ACCUSE", COD_MIL_JUSTICE, FARDC, G11, mode="investigate"),
        event("CONSULT", BEMBA, NDIMA, G12, mode="visit", date="2023-08-31", location="Goma",
              location_country="COD"),
        event("CONSULT", KAZADI, NDIMA, G12, mode="visit", date="2023-08-31", location="Goma",
              location_country="COD"),
        event("ACCUSE", FAYULU, TSHISEKEDI, G13, mode="allege"),
    ],
    "quotes": [
        quote("Einheiten der Republikanischen Garde hätten am Mittwochmorgen in Goma das Feuer auf Anhänger einer "
              "religiösen Gruppe eröffnet, die sich vor ihrem Gotteshaus versammelt hatten", "eyewitnesses in Goma",
              "indirect"),
        quote("die Bevölkerung nicht vor den Rebellen der M23 zu schützen",
              "Natural Judaic and Messianic Faith Towards the Nations (Wazalendo sect)", "indirect"),
        quote("hatten Anhänger der Gruppe zuvor einen Polizisten mit Steinen erschlagen",
              "Armed Forces of the Democratic Republic of the Congo", "indirect"),
        quote("Die Sicherheitskräfte mussten die öffentliche Ordnung wiederherstellen", "Guillaume Njike Kaiko",
              "direct"),
        quote("wurden 158 Menschen festgenommen, unter ihnen der Anführer der Gruppe, Ephraïm Bisimwa",
              "Guillaume Njike Kaiko", "indirect"),
        quote("die Militärjustiz habe Ermittlungen gegen mehrere an dem Einsatz beteiligte Soldaten eingeleitet",
              "Patrick Muyaya", "indirect"),
        quote("Massaker", "Martin Fayulu", "direct"),
        quote("Kritiker mit Gewalt zum Schweigen zu bringen", "Martin Fayulu", "indirect"),
    ],
    "entities": [
        entity("Goma", "LOC", "COD", ["Goma"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["Demokratischen Republik Kongo", "im Kongo",
                                                                  "des Landes"]),
        entity("MONUSCO", "ORG", "UNO", ["UN-Blauhelmmission Monusco", "Monusco", "den Blauhelmen",
                                         "die Mission"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["Soldaten", "der Armee",
                                                                                     "die Armee"]),
        entity("Republican Guard of the Democratic Republic of the Congo", "ORG", "COD",
               ["Einheiten der Republikanischen Garde"]),
        entity("Natural Judaic and Messianic Faith Towards the Nations (Wazalendo sect)", "ORG", "COD",
               ["einer religiösen Gruppe", "Die Gruppe", "Wazalendo", "der Gruppe"]),
        entity("eyewitnesses in Goma", "PER", "COD", ["Augenzeugen"]),
        entity("M23", "ORG", "COD", ["den Rebellen der M23"]),
        entity("North Kivu", "LOC", "COD", ["Provinz Nord-Kivu", "Nord-Kivu"]),
        entity("Authorities of North Kivu", "ORG", "COD", ["Die Behörden der Provinz Nord-Kivu", "die Behörden"]),
        entity("police officer killed in Goma", "PER", "COD", ["einen Polizisten"]),
        entity("Guillaume Njike Kaiko", "PER", "COD",
               ["der Armeesprecher in Nord-Kivu, Oberstleutnant Guillaume Njike Kaiko"]),
        entity("Ephraïm Bisimwa", "PER", "COD", ["der Anführer der Gruppe, Ephraïm Bisimwa"]),
        entity("Bintou Keita", "PER", "UNO", ["Die Leiterin der Monusco, Bintou Keita"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["die Regierung in Kinshasa"]),
        entity("Patrick Muyaya", "PER", "COD", ["Regierungssprecher Patrick Muyaya"]),
        entity("Military justice of the Democratic Republic of the Congo", "ORG", "COD", ["die Militärjustiz"]),
        entity("Jean-Pierre Bemba", "PER", "COD", ["Verteidigungsminister Jean-Pierre Bemba"]),
        entity("Peter Kazadi", "PER", "COD", ["Innenminister Peter Kazadi"]),
        entity("Constant Ndima", "PER", "COD", ["Militärgouverneur Constant Ndima"]),
        entity("Martin Fayulu", "PER", "COD", ["Oppositionspolitiker Martin Fayulu"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi"]),
    ],
}

# ---------------------------------------------------------------- hm322-de-02 (Nigeria, general strike over Ajaero's arrest)
NLC = actor("Nigeria Labour Congress", "NGA", "LAB")
TUC = actor("Trade Union Congress of Nigeria", "NGA", "LAB")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")
AJAERO = actor("Joe Ajaero", "NGA", "LAB")
NUEE = actor("National Union of Electricity Employees", "NGA", "LAB")
AVIATION_UNIONS = actor("Nigerian aviation unions", "NGA", "LAB")
NICN = actor("National Industrial Court of Nigeria", "NGA", "JUD")
FAGBEMI = actor("Lateef Fagbemi", "NGA", "GOV")
UGBOAJA = actor("Emmanuel Ugboaja", "NGA", "LAB")
OSIFO = actor("Festus Osifo", "NGA", "LAB")

N1 = ("Abuja (dpa) - Nigerias Gewerkschaftsdachverbände NLC und TUC haben am Dienstag mit einem unbefristeten "
      "Generalstreik weite Teile des bevölkerungsreichsten Landes Afrikas lahmgelegt.")
N2 = ("Anlass ist die Festnahme von NLC-Präsident Joe Ajaero, den Polizisten am 1. November in Owerri, der Hauptstadt "
      "des Bundesstaats Imo, vor einer geplanten Kundgebung abgeführt hatten.")
N3 = ("Nach Angaben des NLC wurde der Gewerkschaftschef im Gewahrsam so schwer geschlagen, dass er im Krankenhaus "
      "behandelt werden musste.")
N4 = "Die Polizei wies dies zurück und erklärte, Ajaero sei zu seinem eigenen Schutz in Gewahrsam genommen worden."
N5 = ("In der Hauptstadt Abuja und in der Wirtschaftsmetropole Lagos blieben am Dienstag Behörden, Schulen und viele "
      "Banken geschlossen.")
N6 = ("Nach Angaben des Netzbetreibers TCN schaltete die Elektrizitätsgewerkschaft NUEE das nationale Stromnetz ab, "
      "in vielen Landesteilen fiel der Strom aus.")
N7 = ("Mitglieder der Luftfahrtgewerkschaften blockierten den Zugang zum Flughafen von Lagos, zahlreiche Inlandsflüge "
      "wurden gestrichen.")
N8 = "Die Regierung von Präsident Bola Tinubu bezeichnete den vom NLC ausgerufenen Ausstand als illegal."
N9 = ("Sie verwies auf eine Anordnung des Nationalen Arbeitsgerichts, das dem NLC und dem TUC am Freitag jeden Streik "
      "untersagt hatte.")
N10 = ("„Wer sich über eine gerichtliche Anordnung hinwegsetzt, muss mit den Konsequenzen rechnen“, sagte "
       "Justizminister Lateef Fagbemi an die Adresse Ajaeros.")
N11 = ("NLC-Generalsekretär Emmanuel Ugboaja sagte, den Gewerkschaften sei die Anordnung nie zugestellt worden, und "
       "verlangte die Festnahme der an dem Angriff beteiligten Polizisten.")
N12 = "TUC-Präsident Festus Osifo lehnte es ab, den Ausstand vor einer Einigung abzubrechen."
N13 = "„Wir lassen uns nicht einschüchtern“, sagte er."
N14 = ("Die Regierung lud die NLC-Führung für Mittwoch zu Gesprächen mit dem Nationalen Sicherheitsberater Nuhu "
       "Ribadu ein.")
N15 = "Ob der Verband der Einladung folgt, war zunächst offen."
N16 = ("Die Gewerkschaften klagen seit Monaten über die gestiegenen Lebenshaltungskosten, seit Tinubu kurz nach seinem "
       "Amtsantritt im Mai die Benzinsubventionen abgeschafft hat.")

DE02 = {
    "id": "hm322-de-02", "lang": "de", "url": None, "published": "2023-11-14",
    "title": "Generalstreik legt Nigeria lahm - Protest gegen Festnahme von Gewerkschaftschef",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7], [N8, N9, N10, N11], [N12, N13, N14, N15, N16]),
    "events": [
        event("PROTEST", NLC, NGA_GOV, N1, mode="strike", date="2023-11-14", location="Nigeria",
              location_country="NGA"),
        event("PROTEST", TUC, NGA_GOV, N1, mode="strike", date="2023-11-14", location="Nigeria",
              location_country="NGA"),
        event("COERCE", NGA_POLICE, AJAERO, N2, mode="arrest", location="Owerri", location_country="NGA"),
        event("ACCUSE", NLC, NGA_POLICE, N3, mode="allege"),
        event("PROTEST", NUEE, NGA_GOV, N6, mode="strike"),
        event("PROTEST", AVIATION_UNIONS, NGA_GOV, N7, mode="obstruct", location="Lagos", location_country="NGA"),
        event("ACCUSE", NGA_GOV, NLC, N8, mode="disapprove"),
        event("COERCE", NICN, NLC, N9, mode="restrict", date="2023-11-10"),
        event("COERCE", NICN, TUC, N9, mode="restrict", date="2023-11-10"),
        event("THREATEN", FAGBEMI, AJAERO, N10),
        event("REQUEST", UGBOAJA, NGA_GOV, N11),
        event("REJECT", OSIFO, NGA_GOV, N12),
        event("AGREE", NGA_GOV, NLC, N14),
    ],
    "quotes": [
        quote("wurde der Gewerkschaftschef im Gewahrsam so schwer geschlagen, dass er im Krankenhaus behandelt werden "
              "musste", "Nigeria Labour Congress", "indirect"),
        quote("Ajaero sei zu seinem eigenen Schutz in Gewahrsam genommen worden", "Nigeria Police Force", "indirect"),
        quote("schaltete die Elektrizitätsgewerkschaft NUEE das nationale Stromnetz ab",
              "Transmission Company of Nigeria", "indirect"),
        quote("den vom NLC ausgerufenen Ausstand als illegal", "Government of Nigeria", "indirect"),
        quote("Wer sich über eine gerichtliche Anordnung hinwegsetzt, muss mit den Konsequenzen rechnen",
              "Lateef Fagbemi", "direct"),
        quote("den Gewerkschaften sei die Anordnung nie zugestellt worden", "Emmanuel Ugboaja", "indirect"),
        quote("Wir lassen uns nicht einschüchtern", "Festus Osifo", "direct"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja", "der Hauptstadt Abuja"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias", "des bevölkerungsreichsten Landes Afrikas"]),
        entity("Africa", "LOC", None, ["Afrikas"]),
        entity("Nigeria Labour Congress", "ORG", "NGA", ["NLC", "der Verband"]),
        entity("Trade Union Congress of Nigeria", "ORG", "NGA", ["TUC"]),
        entity("Nigerian trade unions", "ORG", "NGA", ["den Gewerkschaften", "Die Gewerkschaften"]),
        entity("Joe Ajaero", "PER", "NGA", ["NLC-Präsident Joe Ajaero", "der Gewerkschaftschef", "Ajaero",
                                            "Ajaeros"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["Polizisten", "Die Polizei",
                                                      "der an dem Angriff beteiligten Polizisten"]),
        entity("Owerri", "LOC", "NGA", ["Owerri, der Hauptstadt des Bundesstaats Imo"]),
        entity("Imo State", "LOC", "NGA", ["des Bundesstaats Imo"]),
        entity("Lagos", "LOC", "NGA", ["der Wirtschaftsmetropole Lagos", "Lagos"]),
        entity("Transmission Company of Nigeria", "ORG", "NGA", ["des Netzbetreibers TCN"]),
        entity("National Union of Electricity Employees", "ORG", "NGA", ["die Elektrizitätsgewerkschaft NUEE"]),
        entity("Nigerian aviation unions", "ORG", "NGA", ["Mitglieder der Luftfahrtgewerkschaften"]),
        entity("Murtala Muhammed International Airport", "LOC", "NGA", ["Flughafen von Lagos"]),
        entity("Government of Nigeria", "ORG", "NGA", ["Die Regierung von Präsident Bola Tinubu",
                                                       "Die Regierung"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu", "Tinubu"]),
        entity("National Industrial Court of Nigeria", "ORG", "NGA", ["des Nationalen Arbeitsgerichts"]),
        entity("Lateef Fagbemi", "PER", "NGA", ["Justizminister Lateef Fagbemi"]),
        entity("Emmanuel Ugboaja", "PER", "NGA", ["NLC-Generalsekretär Emmanuel Ugboaja"]),
        entity("Festus Osifo", "PER", "NGA", ["TUC-Präsident Festus Osifo"]),
        entity("Nuhu Ribadu", "PER", "NGA", ["dem Nationalen Sicherheitsberater Nuhu Ribadu"]),
    ],
}

# ---------------------------------------------------------------- hm322-de-03 (South Sudan, elections postponed to 2026)
KIIR = actor("Salva Kiir", "SSD", "GOV")
MACHAR = actor("Riek Machar", "SSD", "GOV")
SSD_NEC = actor("National Elections Commission of South Sudan", "SSD", "GOV")
SSD_GOV = actor("Government of South Sudan", "SSD", "GOV")
USA = actor("United States", "USA", "GOV")
US_STATE = actor("U.S. Department of State", "USA", "GOV")
HAYSOM = actor("Nicholas Haysom", "UNO", "IGO")
LAM_AKOL = actor("Lam Akol", "SSD", "OPP")
YAKANI = actor("Edmund Yakani", "SSD", "NGO")
SSD_POLICE = actor("South Sudan National Police Service", "SSD", "COP")
SSD_HOLDOUTS = actor("South Sudanese non-signatory rebel groups", "SSD", "REB")
NAS = actor("National Salvation Front", "SSD", "REB")
SSPDF = actor("South Sudan People's Defence Forces", "SSD", "MIL")

S1 = ("Juba (AFP) - Der Südsudan hat die für Dezember geplanten ersten Wahlen seit seiner Unabhängigkeit um zwei Jahre "
      "verschoben.")
S2 = ("Präsident Salva Kiir und sein Erster Vizepräsident Riek Machar hätten sich bei einem Treffen am Freitagabend in "
      "Juba auf eine Verlängerung der Übergangsperiode bis Februar 2027 geeinigt, teilte das Präsidialamt mit.")
S3 = "Die Wahlen sollen nun am 22. Dezember 2026 stattfinden."
S4 = ("Kabinettsminister Martin Elia Lomuro sagte, die Wahlkommission und andere Institutionen hätten mehr Zeit "
      "verlangt, um eine Volkszählung abzuschließen und eine neue Verfassung auszuarbeiten.")
S5 = "„Wir wollen Wahlen, die glaubwürdig sind und nicht in neue Gewalt münden“, sagte der Minister."
S6 = ("Die USA, die gemeinsam mit Großbritannien und Norwegen das Friedensabkommen von 2018 unterstützen, äußerten "
      "tiefes Bedauern über die Entscheidung.")
S7 = ("Die Führung in Juba habe es versäumt, die Voraussetzungen für freie Wahlen zu schaffen, hieß es in einer "
      "Erklärung des Außenministeriums in Washington.")
S8 = "Neue Sanktionen verhängte Washington aber nicht."
S9 = ("Der Leiter der UN-Mission Unmiss, Nicholas Haysom, rief die Regierung auf, die zusätzliche Zeit für die "
      "Vereinigung der Streitkräfte und die Registrierung der Wähler zu nutzen.")
S10 = "Oppositionspolitiker Lam Akol warf Kiir vor, sich mit immer neuen Verschiebungen an der Macht halten zu wollen."
S11 = ("Die Bürger seien es leid, „von Verlängerung zu Verlängerung“ vertröstet zu werden, sagte der Aktivist Edmund "
       "Yakani von der Organisation CEPO.")
S12 = "In Juba zeigte die Polizei am Samstag verstärkt Präsenz, Proteste wurden zunächst nicht gemeldet."
S13 = "Der Südsudan hatte sich 2011 vom Sudan abgespalten."
S14 = ("Nur zwei Jahre später brach ein Bürgerkrieg zwischen Anhängern Kiirs und Machars aus, in dem schätzungsweise "
       "400.000 Menschen ums Leben kamen.")
S15 = "Die Wahlen waren bereits 2022 um zwei Jahre verschoben worden."
S16 = ("In Nairobi verhandelt die Regierung seit Mai unter kenianischer Vermittlung mit Rebellengruppen, die das "
       "Friedensabkommen nicht unterzeichnet haben.")
S17 = ("Die Rebellen der National Salvation Front (NAS) von Thomas Cirillo warfen der Armee am Freitag vor, ihre "
       "Stellungen im Bezirk Yei angegriffen zu haben.")

DE03 = {
    "id": "hm322-de-03", "lang": "de", "url": None, "published": "2024-09-14",
    "title": "Südsudan verschiebt erste Wahlen um zwei Jahre",
    "text": paragraphs([S1, S2, S3], [S4, S5], [S6, S7, S8, S9], [S10, S11, S12], [S13, S14, S15, S16, S17]),
    "events": [
        event("AGREE", KIIR, MACHAR, S2, date="2024-09-13", location="Juba", location_country="SSD"),
        event("CONSULT", KIIR, MACHAR, S2, date="2024-09-13", location="Juba", location_country="SSD"),
        event("REQUEST", SSD_NEC, SSD_GOV, S4),
        event("ACCUSE", USA, SSD_GOV, S6, mode="disapprove"),
        event("ACCUSE", US_STATE, SSD_GOV, S7, mode="disapprove"),
        event("SANCTION", USA, SSD_GOV, S8, mode="discontinue", negated=True),
        event("REQUEST", HAYSOM, SSD_GOV, S9, mode="change"),
        event("ACCUSE", LAM_AKOL, KIIR, S10, mode="allege"),
        event("ACCUSE", YAKANI, SSD_GOV, S11, mode="disapprove"),
        event("MOBILIZE", SSD_POLICE, None, S12, mode="police", date="2024-09-14", location="Juba",
              location_country="SSD"),
        event("CONSULT", SSD_GOV, SSD_HOLDOUTS, S16, mode="third-party", location="Nairobi",
              location_country="KEN"),
        event("ACCUSE", NAS, SSPDF, S17, mode="allege", date="2024-09-13"),
    ],
    "quotes": [
        quote("Präsident Salva Kiir und sein Erster Vizepräsident Riek Machar hätten sich bei einem Treffen am "
              "Freitagabend in Juba auf eine Verlängerung der Übergangsperiode bis Februar 2027 geeinigt",
              "Office of the President of South Sudan", "indirect"),
        quote("die Wahlkommission und andere Institutionen hätten mehr Zeit verlangt, um eine Volkszählung "
              "abzuschließen und eine neue Verfassung auszuarbeiten", "Martin Elia Lomuro", "indirect"),
        quote("Wir wollen Wahlen, die glaubwürdig sind und nicht in neue Gewalt münden", "Martin Elia Lomuro",
              "direct"),
        quote("Die Führung in Juba habe es versäumt, die Voraussetzungen für freie Wahlen zu schaffen",
              "U.S. Department of State", "indirect"),
        quote("sich mit immer neuen Verschiebungen an der Macht halten zu wollen", "Lam Akol", "indirect"),
        quote("Die Bürger seien es leid, „von Verlängerung zu Verlängerung“ vertröstet zu werden", "Edmund Yakani",
              "indirect"),
        quote("von Verlängerung zu Verlängerung", "Edmund Yakani", "direct"),
        quote("ihre Stellungen im Bezirk Yei angegriffen zu haben", "National Salvation Front", "indirect"),
    ],
    "entities": [
        entity("Juba", "LOC", "SSD", ["Juba"]),
        entity("South Sudan", "LOC", "SSD", ["Der Südsudan"]),
        entity("Salva Kiir", "PER", "SSD", ["Präsident Salva Kiir", "Kiir", "Kiirs"]),
        entity("Riek Machar", "PER", "SSD", ["sein Erster Vizepräsident Riek Machar", "Machars"]),
        entity("Office of the President of South Sudan", "ORG", "SSD", ["das Präsidialamt"]),
        entity("Martin Elia Lomuro", "PER", "SSD", ["Kabinettsminister Martin Elia Lomuro", "der Minister"]),
        entity("National Elections Commission of South Sudan", "ORG", "SSD", ["die Wahlkommission"]),
        entity("United States", "LOC", "USA", ["Die USA", "Washington"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Norway", "LOC", "NOR", ["Norwegen"]),
        entity("U.S. Department of State", "ORG", "USA", ["des Außenministeriums in Washington"]),
        entity("Government of South Sudan", "ORG", "SSD", ["Die Führung in Juba", "die Regierung"]),
        entity("UNMISS", "ORG", "UNO", ["der UN-Mission Unmiss"]),
        entity("Nicholas Haysom", "PER", "UNO", ["Der Leiter der UN-Mission Unmiss, Nicholas Haysom"]),
        entity("Lam Akol", "PER", "SSD", ["Oppositionspolitiker Lam Akol"]),
        entity("Edmund Yakani", "PER", "SSD", ["der Aktivist Edmund Yakani"]),
        entity("Community Empowerment for Progress Organization", "ORG", "SSD", ["der Organisation CEPO"]),
        entity("South Sudan National Police Service", "ORG", "SSD", ["die Polizei"]),
        entity("Sudan", "LOC", "SDN", ["vom Sudan"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("South Sudanese non-signatory rebel groups", "ORG", "SSD",
               ["Rebellengruppen, die das Friedensabkommen nicht unterzeichnet haben"]),
        entity("National Salvation Front", "ORG", "SSD", ["Die Rebellen der National Salvation Front (NAS)"]),
        entity("Thomas Cirillo", "PER", "SSD", ["Thomas Cirillo"]),
        entity("South Sudan People's Defence Forces", "ORG", "SSD", ["der Armee"]),
        entity("Yei", "LOC", "SSD", ["Bezirk Yei"]),
    ],
}

# ---------------------------------------------------------------- hm322-de-04 (Morocco, royal pardon for three journalists)
MOHAMMED_VI = actor("Mohammed VI", "MAR", "GOV")
RADI = actor("Omar Radi", "MAR", "CVL")
BOUACHRINE = actor("Taoufik Bouachrine", "MAR", "CVL")
RAISSOUNI = actor("Soulaimane Raissouni", "MAR", "CVL")
MAR_PRISONERS = actor("prisoners pardoned in Morocco", "MAR", "CVL")
MAR_AUTH = actor("Moroccan authorities", "MAR", "GOV")
CASABLANCA_COURT = actor("Court in Casablanca", "MAR", "JUD")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
AMDH = actor("Moroccan Association for Human Rights", "MAR", "NGO")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
ZEFZAFI = actor("Nasser Zefzafi", "MAR", "CVL")
BAITAS = actor("Mustapha Baitas", "MAR", "GOV")

M1 = ("Rabat (AFP) - Marokkos König Mohammed VI. hat die inhaftierten Journalisten Omar Radi, Taoufik Bouachrine und "
      "Soulaimane Raissouni begnadigt.")
M2 = ("Die drei gehören zu insgesamt 2476 Häftlingen und Verurteilten, denen der Monarch zum 25. Jahrestag seiner "
      "Thronbesteigung die Strafe erließ, wie das Justizministerium am Montagabend mitteilte.")
M3 = ("Radi verließ noch in der Nacht das Gefängnis von Tiflet östlich der Hauptstadt, wo ihn Angehörige und "
      "Kollegen empfingen.")
M4 = "„Ich habe nie aufgehört, an diesen Moment zu glauben“, sagte der Investigativjournalist vor dem Gefängnistor."
M5 = "Ein Gericht in Casablanca hatte ihn 2021 wegen Vergewaltigung und Spionage zu sechs Jahren Haft verurteilt."
M6 = ("Radi hatte die Vorwürfe stets bestritten und den Behörden vorgeworfen, ihn wegen seiner Recherchen über "
      "Landenteignungen mundtot machen zu wollen.")
M7 = ("Bouachrine, der frühere Herausgeber der Zeitung „Akhbar Al Yaoum“, saß seit 2018 eine Haftstrafe von 15 Jahren "
      "ab, Raissouni seit 2020 eine Strafe von fünf Jahren.")
M8 = "Raissouni schrieb im Onlinedienst X, er denke an „alle, die noch hinter Gittern sitzen“."
M9 = "Die Organisation Reporter ohne Grenzen (RSF) begrüßte die Begnadigung als „große Erleichterung“."
M10 = "Sie forderte die Behörden zugleich auf, die Verfolgung kritischer Journalisten zu beenden."
M11 = ("Die Marokkanische Menschenrechtsvereinigung AMDH verlangte die Freilassung aller politischen Gefangenen, "
       "darunter des Anführers der Protestbewegung Hirak im Rif, Nasser Zefzafi.")
M12 = "Zefzafi, der eine Haftstrafe von 20 Jahren verbüßt, war nicht unter den Begnadigten."
M13 = "Regierungssprecher Mustapha Baitas sagte, die Begnadigungen zeigten die „Großherzigkeit“ des Königs."
M14 = "Mohammed VI. begnadigt traditionell zum Thronfest am 30. Juli Hunderte Häftlinge."

DE04 = {
    "id": "hm322-de-04", "lang": "de", "url": None, "published": "2024-07-30",
    "title": "Marokkos König begnadigt drei inhaftierte Journalisten",
    "text": paragraphs([M1, M2], [M3, M4, M5, M6], [M7, M8], [M9, M10, M11, M12], [M13, M14]),
    "events": [
        event("CONCEDE", MOHAMMED_VI, RADI, M1),
        event("CONCEDE", MOHAMMED_VI, BOUACHRINE, M1),
        event("CONCEDE", MOHAMMED_VI, RAISSOUNI, M1),
        event("CONCEDE", MOHAMMED_VI, MAR_PRISONERS, M2, date="2024-07-29"),
        event("RETREAT", MAR_AUTH, RADI, M3, mode="release", location="Tiflet", location_country="MAR"),
        event("SANCTION", CASABLANCA_COURT, RADI, M5, mode="convict", location="Casablanca", location_country="MAR"),
        event("COERCE", CASABLANCA_COURT, RADI, M5, mode="arrest", location="Casablanca", location_country="MAR"),
        event("ACCUSE", RADI, MAR_AUTH, M6, mode="allege"),
        event("SUPPORT", RSF, MOHAMMED_VI, M9),
        event("REQUEST", RSF, MAR_AUTH, M10, mode="change"),
        event("REQUEST", AMDH, MAR_GOV, M11, mode="yield"),
        event("CONCEDE", MOHAMMED_VI, ZEFZAFI, M12, negated=True),
        event("SUPPORT", BAITAS, MOHAMMED_VI, M13),
    ],
    "quotes": [
        quote("Die drei gehören zu insgesamt 2476 Häftlingen und Verurteilten, denen der Monarch zum 25. Jahrestag "
              "seiner Thronbesteigung die Strafe erließ", "Ministry of Justice of Morocco", "indirect"),
        quote("Ich habe nie aufgehört, an diesen Moment zu glauben", "Omar Radi", "direct"),
        quote("ihn wegen seiner Recherchen über Landenteignungen mundtot machen zu wollen", "Omar Radi", "indirect"),
        quote("alle, die noch hinter Gittern sitzen", "Soulaimane Raissouni", "direct"),
        quote("er denke an „alle, die noch hinter Gittern sitzen“", "Soulaimane Raissouni", "indirect"),
        quote("große Erleichterung", "Reporters Without Borders", "direct"),
        quote("Großherzigkeit", "Mustapha Baitas", "direct"),
        quote("die Begnadigungen zeigten die „Großherzigkeit“ des Königs", "Mustapha Baitas", "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["Rabat", "der Hauptstadt"]),
        entity("Morocco", "LOC", "MAR", ["Marokkos"]),
        entity("Mohammed VI", "PER", "MAR", ["Marokkos König Mohammed VI.", "der Monarch", "des Königs",
                                             "Mohammed VI."]),
        entity("Omar Radi", "PER", "MAR", ["Omar Radi", "Radi", "der Investigativjournalist"]),
        entity("Taoufik Bouachrine", "PER", "MAR", ["Taoufik Bouachrine",
                                                    "Bouachrine, der frühere Herausgeber der Zeitung „Akhbar Al Yaoum“"]),
        entity("Soulaimane Raissouni", "PER", "MAR", ["Soulaimane Raissouni", "Raissouni"]),
        entity("prisoners pardoned in Morocco", "PER", "MAR", ["2476 Häftlingen und Verurteilten", "Hunderte Häftlinge"]),
        entity("Ministry of Justice of Morocco", "ORG", "MAR", ["das Justizministerium"]),
        entity("Tiflet Prison", "LOC", "MAR", ["das Gefängnis von Tiflet"]),
        entity("Tiflet", "LOC", "MAR", ["Tiflet"]),
        entity("Court in Casablanca", "ORG", "MAR", ["Ein Gericht in Casablanca"]),
        entity("Casablanca", "LOC", "MAR", ["Casablanca"]),
        entity("Moroccan authorities", "ORG", "MAR", ["den Behörden", "die Behörden"]),
        entity("Akhbar Al Yaoum", "ORG", "MAR", ["Akhbar Al Yaoum"]),
        entity("X", "ORG", "MNC", ["Onlinedienst X"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Die Organisation Reporter ohne Grenzen (RSF)"]),
        entity("Moroccan Association for Human Rights", "ORG", "MAR",
               ["Die Marokkanische Menschenrechtsvereinigung AMDH"]),
        entity("Hirak Rif movement", "ORG", "MAR", ["der Protestbewegung Hirak im Rif"]),
        entity("Rif", "LOC", "MAR", ["Rif"]),
        entity("Nasser Zefzafi", "PER", "MAR", ["des Anführers der Protestbewegung Hirak im Rif, Nasser Zefzafi",
                                                "Zefzafi"]),
        entity("Mustapha Baitas", "PER", "MAR", ["Regierungssprecher Mustapha Baitas"]),
    ],
}

# ---------------------------------------------------------------- hm322-en-01 (Uganda, British sanctions on Speaker Among)
UK = actor("United Kingdom", "GBR", "GOV")
AMONG = actor("Anita Among", "UGA", "LEG")
KITUTU = actor("Mary Goretti Kitutu", "UGA", "GOV")
NANDUTU = actor("Agnes Nandutu", "UGA", "GOV")
FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")
SSENYONYI = actor("Joel Ssenyonyi", "UGA", "OPP")
OBORE = actor("Chris Obore", "UGA", "LEG")
UGA_POLICE = actor("Uganda Police Force", "UGA", "COP")
UGA_PROSECUTORS = actor("Ugandan prosecutors", "UGA", "JUD")

U1 = ("KAMPALA, April 30 (Reuters) - Britain on Tuesday imposed asset freezes and travel bans on Ugandan parliamentary "
      "speaker Anita Among and two former government ministers over a scandal involving iron roofing sheets meant for "
      "some of the country's poorest people.")
U2 = ("The Foreign Office said Among had received iron sheets from a government relief programme for the "
      "impoverished Karamoja region, while former Karamoja Affairs Minister Mary Goretti Kitutu and her deputy Agnes "
      "Nandutu had diverted them to friends, relatives and political allies.")
U3 = ('"Those who steal from the most vulnerable should not be able to enjoy the proceeds of their corruption," '
      'Development Minister Andrew Mitchell said in a statement.')
U4 = "The measures were imposed under Britain's Global Anti-Corruption sanctions regime."
U5 = ("Among, a close ally of President Yoweri Museveni, denied wrongdoing and said on X that she was being punished "
      "for her role in passing the Anti-Homosexuality Act last year.")
U6 = '"I will not be intimidated by anybody," she wrote.'
U7 = ("Leader of the Opposition Joel Ssenyonyi welcomed the sanctions and called on Among to step aside as speaker "
      "while the allegations are investigated.")
U8 = '"Ugandans have been asking for accountability for a long time," Ssenyonyi told reporters at parliament.'
U9 = "Parliament's spokesman Chris Obore said the speaker had no intention of stepping down."
U10 = ("Kitutu was arrested in April last year and charged at the Anti-Corruption Court in Kampala, where her trial "
       "is ongoing.")
U11 = ("The iron sheets were meant for households in Karamoja, a semi-arid region in northeastern Uganda where many "
       "families live in grass-thatched huts.")
U12 = "Among has been speaker since March 2022."
U13 = "Museveni, 79, has not commented on the sanctions."
U14 = ("The anti-gay law, which provides for the death penalty for so-called aggravated homosexuality, has strained "
       "Kampala's relations with Western donors.")

EN01 = {
    "id": "hm322-en-01", "lang": "en", "url": None, "published": "2024-04-30",
    "title": "Britain sanctions Uganda's parliament speaker over iron sheets scandal",
    "text": paragraphs([U1, U2], [U3, U4], [U5, U6], [U7, U8, U9], [U10, U11, U12], [U13, U14]),
    "events": [
        event("SANCTION", UK, AMONG, U1, mode="discontinue", date="2024-04-30"),
        event("SANCTION", UK, KITUTU, U1, mode="discontinue", date="2024-04-30"),
        event("SANCTION", UK, NANDUTU, U1, mode="discontinue", date="2024-04-30"),
        event("ACCUSE", FCDO, AMONG, U2, mode="allege"),
        event("ACCUSE", FCDO, KITUTU, U2, mode="allege"),
        event("ACCUSE", FCDO, NANDUTU, U2, mode="allege"),
        event("ACCUSE", AMONG, UK, U5, mode="allege"),
        event("SUPPORT", SSENYONYI, UK, U7),
        event("REQUEST", SSENYONYI, AMONG, U7, mode="change"),
        event("REJECT", OBORE, SSENYONYI, U9, mode="change"),
        event("COERCE", UGA_POLICE, KITUTU, U10, mode="arrest"),
        event("ACCUSE", UGA_PROSECUTORS, KITUTU, U10, mode="allege", location="Kampala", location_country="UGA"),
    ],
    "quotes": [
        quote("Among had received iron sheets from a government relief programme for the impoverished Karamoja region, "
              "while former Karamoja Affairs Minister Mary Goretti Kitutu and her deputy Agnes Nandutu had diverted them "
              "to friends, relatives and political allies",
              "Foreign, Commonwealth and Development Office", "indirect"),
        quote("Those who steal from the most vulnerable should not be able to enjoy the proceeds of their corruption",
              "Andrew Mitchell", "direct"),
        quote("she was being punished for her role in passing the Anti-Homosexuality Act last year", "Anita Among",
              "indirect"),
        quote("I will not be intimidated by anybody", "Anita Among", "direct"),
        quote("Ugandans have been asking for accountability for a long time", "Joel Ssenyonyi", "direct"),
        quote("the speaker had no intention of stepping down", "Chris Obore", "indirect"),
    ],
    "entities": [
        entity("Kampala", "LOC", "UGA", ["KAMPALA", "Kampala"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Anita Among", "PER", "UGA", ["Ugandan parliamentary speaker Anita Among", "Among", "the speaker"]),
        entity("Mary Goretti Kitutu", "PER", "UGA", ["former Karamoja Affairs Minister Mary Goretti Kitutu",
                                                     "Kitutu"]),
        entity("Agnes Nandutu", "PER", "UGA", ["her deputy Agnes Nandutu"]),
        entity("Uganda", "LOC", "UGA", ["the country", "Uganda"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["The Foreign Office"]),
        entity("Karamoja", "LOC", "UGA", ["the impoverished Karamoja region", "Karamoja"]),
        entity("Andrew Mitchell", "PER", "GBR", ["Development Minister Andrew Mitchell"]),
        entity("Yoweri Museveni", "PER", "UGA", ["President Yoweri Museveni", "Museveni"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Joel Ssenyonyi", "PER", "UGA", ["Leader of the Opposition Joel Ssenyonyi", "Ssenyonyi"]),
        entity("Parliament of Uganda", "ORG", "UGA", ["parliament", "Parliament"]),
        entity("Chris Obore", "PER", "UGA", ["Parliament's spokesman Chris Obore"]),
        entity("Anti-Corruption Court of Uganda", "ORG", "UGA", ["the Anti-Corruption Court in Kampala"]),
        entity("Government of Uganda", "ORG", "UGA", ["Kampala's"]),
        entity("Western donors", "ORG", None, ["Western donors"]),
    ],
}

# ---------------------------------------------------------------- hm322-en-02 (United States, sanctions on Kabarebe and Kanyuka)
US_TREASURY = actor("U.S. Department of the Treasury", "USA", "GOV")
KABAREBE = actor("James Kabarebe", "RWA", "GOV")
KANYUKA = actor("Lawrence Kanyuka", "COD", "REB")
KANYUKA_FIRMS = actor("companies controlled by Lawrence Kanyuka", "COD", "BUS")
BRADLEY_SMITH = actor("Bradley Smith", "USA", "GOV")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
MAKOLO = actor("Yolande Makolo", "RWA", "GOV")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
M23 = actor("M23", "COD", "REB")
UN_EXPERTS = actor("U.N. Group of Experts on the Democratic Republic of the Congo", "UNO", "IGO")

K1 = ("WASHINGTON, Feb 20 (Reuters) - The United States on Thursday imposed sanctions on Rwandan minister James "
      "Kabarebe and Lawrence Kanyuka, a spokesman for the M23 rebel group, over the rebels' advance in eastern "
      "Democratic Republic of Congo.")
K2 = ("The Treasury Department said Kabarebe, Rwanda's minister of state for regional integration and a former army "
      "chief, was central to Rwanda's support for the M23 and oversaw the group's political and military operations.")
K3 = "It also blacklisted two companies controlled by Kanyuka in Britain and France."
K4 = ('"Rwanda\'s support for the M23 is fuelling a conflict that has driven hundreds of thousands of people from '
      'their homes," Acting Under Secretary Bradley Smith said.')
K5 = ("Kabarebe, 65, was Rwanda's defence minister from 2010 to 2018 and later served as President Paul Kagame's "
      "security adviser.")
K6 = ("Rwandan government spokeswoman Yolande Makolo called the sanctions unjustified and said they would do nothing "
      "to resolve the crisis in eastern Congo.")
K7 = ("Kigali denies arming the M23 and accuses Kinshasa of fighting alongside the FDLR, a militia founded by Hutu "
      "extremists linked to the 1994 genocide.")
K8 = ('Congolese government spokesman Patrick Muyaya welcomed the measures and urged Washington to go further by '
      'targeting "those who give the orders" in Kigali.')
K9 = "The sanctions do not target Kagame himself."
K10 = ("The M23, which U.N. experts say is backed by some 4,000 Rwandan soldiers, captured Goma in late January and "
       "seized Bukavu, the capital of South Kivu province, last week.")
K11 = ("Residents reported fresh clashes on Thursday between M23 fighters and Congolese troops in South Kivu's Uvira "
       "territory, near the border with Burundi.")
K12 = "Congo's government says about 7,000 people have been killed in the east since January."
K13 = ("The U.N. Security Council is due to vote on Friday on a resolution demanding that the M23 halt its offensive "
       "and that Rwandan troops leave Congolese territory.")
K14 = "The European Union has said it is reviewing its options, including sanctions."

EN02 = {
    "id": "hm322-en-02", "lang": "en", "url": None, "published": "2025-02-20",
    "title": "US sanctions Rwandan minister Kabarebe, M23 spokesman over Congo offensive",
    "text": paragraphs([K1, K2, K3], [K4, K5], [K6, K7], [K8, K9], [K10, K11, K12], [K13, K14]),
    "events": [
        event("SANCTION", USA, KABAREBE, K1, mode="discontinue", date="2025-02-20"),
        event("SANCTION", USA, KANYUKA, K1, mode="discontinue", date="2025-02-20"),
        event("ACCUSE", US_TREASURY, KABAREBE, K2, mode="allege"),
        event("SANCTION", US_TREASURY, KANYUKA_FIRMS, K3, mode="discontinue"),
        event("ACCUSE", BRADLEY_SMITH, RWA_GOV, K4, mode="disapprove"),
        event("ACCUSE", MAKOLO, USA, K6, mode="disapprove"),
        event("ACCUSE", RWA_GOV, COD_GOV, K7, mode="allege"),
        event("SUPPORT", MUYAYA, USA, K8),
        event("REQUEST", MUYAYA, USA, K8),
        event("SANCTION", USA, KAGAME, K9, mode="discontinue", negated=True),
        event("ACCUSE", UN_EXPERTS, RWA_GOV, K10, mode="allege"),
        event("ASSAULT", M23, FARDC, K10, location="Bukavu", location_country="COD"),
        event("ASSAULT", M23, FARDC, K11, date="2025-02-20", location="Uvira", location_country="COD"),
    ],
    "quotes": [
        quote("Kabarebe, Rwanda's minister of state for regional integration and a former army chief, was central to "
              "Rwanda's support for the M23 and oversaw the group's political and military operations",
              "U.S. Department of the Treasury", "indirect"),
        quote("Rwanda's support for the M23 is fuelling a conflict that has driven hundreds of thousands of people "
              "from their homes", "Bradley Smith", "direct"),
        quote("they would do nothing to resolve the crisis in eastern Congo", "Yolande Makolo", "indirect"),
        quote("those who give the orders", "Patrick Muyaya", "direct"),
        quote("is backed by some 4,000 Rwandan soldiers",
              "U.N. Group of Experts on the Democratic Republic of the Congo", "indirect"),
        quote("about 7,000 people have been killed in the east since January",
              "Government of the Democratic Republic of the Congo", "indirect"),
        quote("it is reviewing its options, including sanctions", "European Union", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON", "Washington"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("James Kabarebe", "PER", "RWA", ["Rwandan minister James Kabarebe", "Kabarebe"]),
        entity("Lawrence Kanyuka", "PER", "COD", ["Lawrence Kanyuka, a spokesman for the M23 rebel group",
                                                  "Kanyuka"]),
        entity("M23", "ORG", "COD", ["the M23 rebel group", "the rebels'", "the M23", "the group's",
                                     "The M23", "M23 fighters"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["eastern Democratic Republic of Congo",
                                                                  "eastern Congo", "Congolese territory",
                                                                  "the east"]),
        entity("U.S. Department of the Treasury", "ORG", "USA", ["The Treasury Department"]),
        entity("Rwanda", "LOC", "RWA", ["Rwanda's", "Rwanda"]),
        entity("companies controlled by Lawrence Kanyuka", "ORG", "COD", ["two companies controlled by Kanyuka"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("Bradley Smith", "PER", "USA", ["Acting Under Secretary Bradley Smith"]),
        entity("Paul Kagame", "PER", "RWA", ["President Paul Kagame's", "Kagame"]),
        entity("Yolande Makolo", "PER", "RWA", ["Rwandan government spokeswoman Yolande Makolo"]),
        entity("Government of Rwanda", "ORG", "RWA", ["Kigali"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Kinshasa",
                                                                                   "Congo's government"]),
        entity("FDLR", "ORG", "RWA", ["the FDLR, a militia founded by Hutu extremists linked to the 1994 genocide"]),
        entity("Patrick Muyaya", "PER", "COD", ["Congolese government spokesman Patrick Muyaya"]),
        entity("U.N. Group of Experts on the Democratic Republic of the Congo", "ORG", "UNO", ["U.N. experts"]),
        entity("Goma", "LOC", "COD", ["Goma"]),
        entity("Bukavu", "LOC", "COD", ["Bukavu, the capital of South Kivu province"]),
        entity("South Kivu", "LOC", "COD", ["South Kivu province", "South Kivu's"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["Congolese troops"]),
        entity("Uvira", "LOC", "COD", ["Uvira territory"]),
        entity("Burundi", "LOC", "BDI", ["Burundi"]),
        entity("U.N. Security Council", "ORG", "UNO", ["The U.N. Security Council"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
