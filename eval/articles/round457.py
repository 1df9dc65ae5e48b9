"""Round 457: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm457-de-01: South Korea: Seoul switches off its propaganda loudspeakers on the border on Lee Jae-myung's order and the North's noise broadcasts stop a day later; Ganghwa residents' complaints, the unification ministry presses leaflet groups, police investigate a group without arrests, the PPP accuses Lee, Lee's offer of dialogue (2025-06-12).
- hm457-de-02: Sri Lanka: parliament removes suspended police chief Deshabandu Tennakoon 177 to 0 after an inquiry committee finds him guilty; the 2023 Weligama hotel shooting, the Matara arrest warrant, weeks in hiding, remand and bail, his lawyer's attack on parliament, Wijepala's praise, the 2024 Supreme Court suspension (2025-08-05).
- hm457-de-03: Malaysia: ex-finance minister Daim Zainuddin charged in Kuala Lumpur with failing to declare his assets; bail and passport order, his wife Na'imah Khalid charged, the Ilham Tower seizure, Daim and Mahathir accuse Anwar, Anwar denies interference, Perikatan Nasional demands a review, probes into Mahathir's sons, Daim's lawsuit (2024-01-29).
- hm457-de-04: Thailand: a car bomb and gunfire at the Sungai Kolok district office in Narathiwat kill two defence volunteers; troops sent, authorities blame the BRN, Paetongtarn condemns, Malaysia urges a return to talks and Phumtham refuses, the BRN's earlier accusation (2025-03-09).
- hm457-en-01: Pakistan: BLA gunmen storm the Gwadar Port Authority complex and are killed by troops, two soldiers dead; the BLA's claim, Sharif condemns and praises the forces, Naqvi threatens, Bugti accuses Indian intelligence, China condemns and demands protection, the Mach attack recalled (2024-03-20).
- hm457-en-02: UN climate talks/Australia: Canberra drops its COP31 bid and agrees to let Turkey host in Antalya with Bowen leading negotiations; Kurum thanks Australia, Tehan attacks the government, Tuvalu pledges cooperation, Regenvanu presses on fossil fuels, Corrêa do Lago's appeal, Saudi refusal (2025-11-20).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm457-de-01 (South Korea, loudspeakers off)
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
PRK_GOV = actor("Government of North Korea", "PRK", "GOV")
KOR_MIL = actor("South Korean military", "KOR", "MIL")
PRK_MIL = actor("North Korean military", "PRK", "MIL")
LEE = actor("Lee Jae-myung", "KOR", "GOV")
GANGHWA = actor("residents of Ganghwa", "KOR", "CVL")
KOR_UNIMIN = actor("Ministry of Unification of South Korea", "KOR", "GOV")
LEAFLET_GROUPS = actor("South Korean activist groups", "KOR", "NGO")
KOR_POLICE = actor("South Korean police", "KOR", "COP")
BALLOON_GROUP = actor("South Korean activist group in Ganghwa", "KOR", "NGO")
PPP = actor("People Power Party", "KOR", "OPP")

L1 = "Seoul (dpa) - Südkorea hat die Beschallung des Nordens mit Propaganda über Lautsprecher an der Grenze eingestellt."
L2 = ("Das Militär habe die Sendungen am Mittwochnachmittag an allen Abschnitten der Grenze gestoppt, teilte der "
      "Generalstab in Seoul mit.")
L3 = ("Nach Angaben des Präsidialamts hatte Präsident Lee Jae-myung den Schritt selbst angeordnet, um das Vertrauen "
      "zwischen beiden Staaten wiederherzustellen.")
L4 = "Am Donnerstag verstummten dann auch die Lautsprecher der nordkoreanischen Armee."
L5 = ("In den grenznahen Gebieten seien seit Mitternacht keine Geräusche aus dem Norden mehr zu hören gewesen, "
      "erklärte ein Sprecher des Generalstabs.")
L6 = "Ob Pjöngjang die Anlagen auch abbauen werde, sei noch unklar, fügte er hinzu."
L7 = ("Die Beschallung war im Juni 2024 unter Lees konservativem Vorgänger Yoon Suk Yeol nach einer Serie von "
      "Müllballons aus dem Norden wieder aufgenommen worden.")
L8 = ("Anwohner der Insel Ganghwa hatten sich monatelang über heulende und kreischende Geräusche von der anderen Seite "
      "beklagt und von der Regierung Abhilfe verlangt.")
L9 = "„Endlich können wir wieder schlafen“, sagte eine Bewohnerin des Dorfes Dangsan der Nachrichtenagentur Yonhap."
L10 = ("Das Vereinigungsministerium rief zugleich Aktivistengruppen auf, keine Flugblätter mehr mit Ballons in den "
       "Norden zu schicken.")
L11 = ("Solche Aktionen gefährdeten die Sicherheit der Grenzbewohner und lieferten Pjöngjang einen Vorwand für "
       "Provokationen, sagte ein Ministeriumssprecher.")
L12 = ("Die Polizei ermittelt gegen eine Gruppe, die in der vergangenen Woche von Ganghwa aus Plastikflaschen mit Reis "
       "und Bibeln ins Meer geworfen hatte.")
L13 = "Festgenommen wurde niemand."
L14 = ("Die oppositionelle Partei Macht des Volkes (PPP) warf Lee vor, ein wichtiges Druckmittel ohne jede "
       "Gegenleistung aus der Hand zu geben.")
L15 = "Die Sicherheit des Landes dürfe nicht von den Launen Kim Jong Uns abhängen, erklärte ein Parteisprecher."
L16 = "Lee hatte bei seiner Vereidigung in der vergangenen Woche angeboten, den Dialog mit Nordkorea wieder aufzunehmen."
L17 = "Die beiden Staaten befinden sich formal weiter im Kriegszustand, da der Korea-Krieg 1953 nur mit einem Waffenstillstand endete."

DE01 = {
    "id": "hm457-de-01", "lang": "de", "url": None, "published": "2025-06-12",
    "title": "Südkorea schaltet Propaganda-Lautsprecher an der Grenze ab",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9], [L10, L11, L12, L13], [L14, L15, L16, L17]),
    "events": [
        event("RETREAT", KOR_GOV, PRK_GOV, L1),
        event("RETREAT", KOR_MIL, PRK_GOV, L2, date="2025-06-11"),
        event("RETREAT", LEE, PRK_GOV, L3),
        event("RETREAT", PRK_MIL, KOR_GOV, L4, date="2025-06-12"),
        event("ACCUSE", GANGHWA, PRK_GOV, L8, mode="disapprove"),
        event("REQUEST", GANGHWA, KOR_GOV, L8),
        event("REQUEST", KOR_UNIMIN, LEAFLET_GROUPS, L10),
        event("ACCUSE", KOR_UNIMIN, LEAFLET_GROUPS, L11, mode="disapprove"),
        event("ACCUSE", KOR_POLICE, BALLOON_GROUP, L12, mode="investigate"),
        event("COERCE", KOR_POLICE, BALLOON_GROUP, L13, mode="arrest", negated=True),
        event("ACCUSE", PPP, LEE, L14, mode="disapprove"),
        event("AGREE", LEE, PRK_GOV, L16),
    ],
    "quotes": [
        quote("Das Militär habe die Sendungen am Mittwochnachmittag an allen Abschnitten der Grenze gestoppt",
              "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("Nach Angaben des Präsidialamts hatte Präsident Lee Jae-myung den Schritt selbst angeordnet, um das "
              "Vertrauen zwischen beiden Staaten wiederherzustellen", "Office of the President of South Korea",
              "indirect"),
        quote("In den grenznahen Gebieten seien seit Mitternacht keine Geräusche aus dem Norden mehr zu hören gewesen",
              "spokesperson of the Joint Chiefs of Staff of South Korea", "indirect"),
        quote("Ob Pjöngjang die Anlagen auch abbauen werde, sei noch unklar",
              "spokesperson of the Joint Chiefs of Staff of South Korea", "indirect"),
        quote("Endlich können wir wieder schlafen", "resident of Dangsan", "direct"),
        quote("Solche Aktionen gefährdeten die Sicherheit der Grenzbewohner und lieferten Pjöngjang einen Vorwand für "
              "Provokationen", "spokesperson of the Ministry of Unification of South Korea", "indirect"),
        quote("ein wichtiges Druckmittel ohne jede Gegenleistung aus der Hand zu geben", "People Power Party",
              "indirect"),
        quote("Die Sicherheit des Landes dürfe nicht von den Launen Kim Jong Uns abhängen",
              "spokesperson of the People Power Party", "indirect"),
        quote("den Dialog mit Nordkorea wieder aufzunehmen", "Lee Jae-myung", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Government of South Korea", "ORG", "KOR", ["Südkorea", "der Regierung"]),
        entity("North Korea", "LOC", "PRK", ["des Nordens", "aus dem Norden", "in den Norden", "Nordkorea",
                                              "von der anderen Seite"]),
        entity("South Korean military", "ORG", "KOR", ["Das Militär"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["der Generalstab in Seoul",
                                                                       "des Generalstabs"]),
        entity("Office of the President of South Korea", "ORG", "KOR", ["des Präsidialamts"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Präsident Lee Jae-myung", "Lees", "Lee"]),
        entity("North Korean military", "ORG", "PRK", ["der nordkoreanischen Armee"]),
        entity("spokesperson of the Joint Chiefs of Staff of South Korea", "PER", "KOR",
               ["ein Sprecher des Generalstabs", "er"]),
        entity("Government of North Korea", "ORG", "PRK", ["Pjöngjang"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Lees konservativem Vorgänger Yoon Suk Yeol"]),
        entity("residents of Ganghwa", "PER", "KOR", ["Anwohner der Insel Ganghwa"]),
        entity("Ganghwa", "LOC", "KOR", ["der Insel Ganghwa", "Ganghwa"]),
        entity("resident of Dangsan", "PER", "KOR", ["eine Bewohnerin des Dorfes Dangsan"]),
        entity("Dangsan", "LOC", "KOR", ["des Dorfes Dangsan"]),
        entity("Yonhap", "ORG", "KOR", ["der Nachrichtenagentur Yonhap"]),
        entity("Ministry of Unification of South Korea", "ORG", "KOR", ["Das Vereinigungsministerium"]),
        entity("South Korean activist groups", "ORG", "KOR", ["Aktivistengruppen"]),
        entity("spokesperson of the Ministry of Unification of South Korea", "PER", "KOR",
               ["ein Ministeriumssprecher"]),
        entity("South Korean police", "ORG", "KOR", ["Die Polizei"]),
        entity("South Korean activist group in Ganghwa", "ORG", "KOR", ["eine Gruppe"]),
        entity("People Power Party", "ORG", "KOR", ["Die oppositionelle Partei Macht des Volkes (PPP)"]),
        entity("spokesperson of the People Power Party", "PER", "KOR", ["ein Parteisprecher"]),
        entity("South Korea", "LOC", "KOR", ["des Landes"]),
        entity("Kim Jong Un", "PER", "PRK", ["Kim Jong Uns"]),
        entity("Korean War", "MISC", "KOR", ["der Korea-Krieg"]),
    ],
}

# ---------------------------------------------------------------- hm457-de-02 (Sri Lanka, police chief removed)
LKA_PARL = actor("Parliament of Sri Lanka", "LKA", "LEG")
TENNAKOON = actor("Deshabandu Tennakoon", "LKA", "COP")
LKA_INQUIRY = actor("Committee of Inquiry into Deshabandu Tennakoon", "LKA", "JUD")
COLOMBO_POLICE = actor("Colombo police officers", "LKA", "COP")
WELIGAMA_OFFICER = actor("Weligama police officer", "LKA", "COP")
LKA_CID = actor("Criminal Investigation Department of Sri Lanka", "LKA", "COP")
MATARA_COURT = actor("Matara Magistrate's Court", "LKA", "JUD")
TENNAKOON_LAWYER = actor("lawyer of Deshabandu Tennakoon", "LKA", "CVL")
WIJEPALA = actor("Ananda Wijepala", "LKA", "GOV")
LKA_SUPREME = actor("Supreme Court of Sri Lanka", "LKA", "JUD")
LKA_GOV = actor("Government of Sri Lanka", "LKA", "GOV")

T1 = ("Colombo (dpa) - Das Parlament in Sri Lanka hat den suspendierten Polizeichef Deshabandu Tennakoon seines Amtes "
      "enthoben.")
T2 = ("Für die Absetzung stimmten am Dienstag 177 Abgeordnete, Gegenstimmen gab es keine, wie Parlamentspräsident "
      "Jagath Wickramaratne mitteilte.")
T3 = ("Es ist das erste Mal in der Geschichte des Inselstaats, dass ein Generalinspekteur der Polizei auf diesem Weg "
      "entlassen wird.")
T4 = ("Ein dreiköpfiger Untersuchungsausschuss unter Vorsitz eines Richters am Obersten Gerichtshof hatte Tennakoon "
      "zuvor des schweren Fehlverhaltens und des Machtmissbrauchs für schuldig befunden.")
T5 = ("Hintergrund ist eine Razzia in einem Hotel im südlichen Küstenort Weligama in der Silvesternacht 2023, bei der "
      "Polizisten aus Colombo einen Beamten der örtlichen Polizei erschossen hatten.")
T6 = "Die Kriminalpolizei wirft Tennakoon vor, den Einsatz persönlich angeordnet zu haben."
T7 = "Ein Gericht in Matara hatte im Februar Haftbefehl gegen den damaligen Polizeichef erlassen."
T8 = "Tennakoon tauchte daraufhin fast drei Wochen lang unter."
T9 = "Im März erschien er schließlich vor dem Gericht und kam in Untersuchungshaft."
T10 = "Im Mai ließ ihn dasselbe Gericht gegen Kaution frei."
T11 = "Tennakoon bestreitet alle Vorwürfe."
T12 = ("Sein Anwalt bezeichnete das Verfahren im Parlament als „politische Abrechnung“ und kündigte an, vor den "
       "Obersten Gerichtshof zu ziehen.")
T13 = "Der Minister für öffentliche Sicherheit, Ananda Wijepala, begrüßte die Entscheidung der Abgeordneten."
T14 = "„Niemand steht über dem Gesetz, auch nicht der ranghöchste Polizist des Landes“, sagte er im Plenum."
T15 = ("Der frühere Präsident Ranil Wickremesinghe hatte Tennakoon im November 2023 zum kommissarischen Polizeichef "
       "ernannt.")
T16 = "Im Juli 2024 untersagte ihm der Oberste Gerichtshof vorläufig, das Amt auszuüben."
T17 = ("Die Regierung von Präsident Anura Kumara Dissanayake hat versprochen, Machtmissbrauch in Polizei und "
       "Verwaltung konsequent zu verfolgen.")

DE02 = {
    "id": "hm457-de-02", "lang": "de", "url": None, "published": "2025-08-05",
    "title": "Sri Lankas Parlament setzt Polizeichef ab",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9, T10], [T11, T12, T13, T14], [T15, T16, T17]),
    "events": [
        event("COERCE", LKA_PARL, TENNAKOON, T1, mode="restrict", location_country="LKA"),
        event("COERCE", LKA_PARL, TENNAKOON, T2, mode="restrict", date="2025-08-05", location_country="LKA"),
        event("SANCTION", LKA_INQUIRY, TENNAKOON, T4, mode="convict"),
        event("ASSAULT", COLOMBO_POLICE, WELIGAMA_OFFICER, T5, mode="firearms", location="Weligama",
              location_country="LKA"),
        event("ACCUSE", LKA_CID, TENNAKOON, T6, mode="allege"),
        event("THREATEN", MATARA_COURT, TENNAKOON, T7, mode="arrest", location="Matara", location_country="LKA"),
        event("COERCE", MATARA_COURT, TENNAKOON, T9, mode="arrest"),
        event("RETREAT", MATARA_COURT, TENNAKOON, T10, mode="release"),
        event("ACCUSE", TENNAKOON_LAWYER, LKA_PARL, T12, mode="disapprove"),
        event("SUPPORT", WIJEPALA, LKA_PARL, T13),
        event("COERCE", LKA_SUPREME, TENNAKOON, T16, mode="restrict"),
        event("AGREE", LKA_GOV, None, T17),
    ],
    "quotes": [
        quote("Für die Absetzung stimmten am Dienstag 177 Abgeordnete, Gegenstimmen gab es keine",
              "Jagath Wickramaratne", "indirect"),
        quote("den Einsatz persönlich angeordnet zu haben", "Criminal Investigation Department of Sri Lanka",
              "indirect"),
        quote("politische Abrechnung", "lawyer of Deshabandu Tennakoon", "direct"),
        quote("vor den Obersten Gerichtshof zu ziehen", "lawyer of Deshabandu Tennakoon", "indirect"),
        quote("Niemand steht über dem Gesetz, auch nicht der ranghöchste Polizist des Landes", "Ananda Wijepala",
              "direct"),
        quote("Machtmissbrauch in Polizei und Verwaltung konsequent zu verfolgen", "Government of Sri Lanka",
              "indirect"),
    ],
    "entities": [
        entity("Colombo", "LOC", "LKA", ["Colombo"]),
        entity("Parliament of Sri Lanka", "ORG", "LKA", ["Das Parlament in Sri Lanka", "im Parlament", "im Plenum",
                                                         "der Abgeordneten"]),
        entity("Sri Lanka", "LOC", "LKA", ["Sri Lanka", "des Inselstaats", "des Landes"]),
        entity("Deshabandu Tennakoon", "PER", "LKA", ["den suspendierten Polizeichef Deshabandu Tennakoon",
                                                      "Tennakoon", "den damaligen Polizeichef", "er", "ihn", "Sein",
                                                      "ihm"]),
        entity("Jagath Wickramaratne", "PER", "LKA", ["Parlamentspräsident Jagath Wickramaratne"]),
        entity("Committee of Inquiry into Deshabandu Tennakoon", "ORG", "LKA",
               ["Ein dreiköpfiger Untersuchungsausschuss unter Vorsitz eines Richters am Obersten Gerichtshof"]),
        entity("Supreme Court of Sri Lanka", "ORG", "LKA", ["am Obersten Gerichtshof", "den Obersten Gerichtshof",
                                                            "der Oberste Gerichtshof"]),
        entity("Weligama", "LOC", "LKA", ["im südlichen Küstenort Weligama"]),
        entity("Colombo police officers", "PER", "LKA", ["Polizisten aus Colombo"]),
        entity("Weligama police officer", "PER", "LKA", ["einen Beamten der örtlichen Polizei"]),
        entity("Criminal Investigation Department of Sri Lanka", "ORG", "LKA", ["Die Kriminalpolizei"]),
        entity("Matara Magistrate's Court", "ORG", "LKA", ["Ein Gericht in Matara", "dem Gericht",
                                                           "dasselbe Gericht"]),
        entity("Matara", "LOC", "LKA", ["Matara"]),
        entity("lawyer of Deshabandu Tennakoon", "PER", "LKA", ["Sein Anwalt"]),
        entity("Ananda Wijepala", "PER", "LKA", ["Der Minister für öffentliche Sicherheit, Ananda Wijepala", "er"]),
        entity("Ranil Wickremesinghe", "PER", "LKA", ["Der frühere Präsident Ranil Wickremesinghe"]),
        entity("Government of Sri Lanka", "ORG", "LKA", ["Die Regierung von Präsident Anura Kumara Dissanayake"]),
        entity("Anura Kumara Dissanayake", "PER", "LKA", ["Präsident Anura Kumara Dissanayake"]),
    ],
}

# ---------------------------------------------------------------- hm457-de-03 (Malaysia, Daim charged)
MACC = actor("Malaysian Anti-Corruption Commission", "MYS", "COP")
DAIM = actor("Daim Zainuddin", "MYS", "CVL")
KL_COURT = actor("Kuala Lumpur Sessions Court", "MYS", "JUD")
NAIMAH = actor("Na'imah Khalid", "MYS", "CVL")
DAIM_FAMILY = actor("family of Daim Zainuddin", "MYS", "CVL")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
MAHATHIR = actor("Mahathir Mohamad", "MYS", "OPP")
MYS_GOV = actor("Government of Malaysia", "MYS", "GOV")
PN = actor("Perikatan Nasional", "MYS", "OPP")
MIRZAN = actor("Mirzan Mahathir", "MYS", "BUS")
MOKHZANI = actor("Mokhzani Mahathir", "MYS", "BUS")
DAIM_LAWYERS = actor("lawyers of Daim Zainuddin", "MYS", "CVL")

D1 = ("Kuala Lumpur (dpa) - Malaysias früherer Finanzminister Daim Zainuddin ist wegen des Verschweigens von "
      "Vermögenswerten angeklagt worden.")
D2 = ("Die Antikorruptionsbehörde MACC legt dem 85-Jährigen zur Last, einer behördlichen Aufforderung zur Offenlegung "
      "seines Vermögens nicht nachgekommen zu sein.")
D3 = "Daim plädierte am Montag vor einem Gericht in Kuala Lumpur auf nicht schuldig."
D4 = "Ihm drohen bis zu fünf Jahre Haft und eine hohe Geldstrafe."
D5 = "Der Richter setzte eine Kaution fest und ordnete an, dass der Angeklagte seinen Reisepass abgibt."
D6 = "Bereits in der vergangenen Woche war Daims Ehefrau Na'imah Khalid wegen desselben Vorwurfs angeklagt worden."
D7 = ("Die Behörde hatte im Dezember zudem das Ilham-Hochhaus im Zentrum der Hauptstadt beschlagnahmt, das der Familie "
      "zugerechnet wird.")
D8 = "Die Ermittlungen gehen auf Enthüllungen in den sogenannten Pandora Papers zurück."
D9 = ("Daim, der als enger Vertrauter des früheren Regierungschefs Mahathir Mohamad gilt, wirft Premierminister Anwar "
      "Ibrahim politische Rache vor.")
D10 = "„Das ist eine Hexenjagd gegen jeden, der diese Regierung kritisiert“, sagte Mahathir vor Journalisten."
D11 = "Anwar wies dies zurück."
D12 = "Er mische sich nicht in die Arbeit der MACC ein, die Behörde handle unabhängig, sagte der Regierungschef."
D13 = ("Die Oppositionsallianz Perikatan Nasional forderte eine unabhängige Überprüfung aller Ermittlungen gegen "
       "Kritiker der Regierung.")
D14 = "Auch gegen Mahathirs Söhne Mirzan und Mokhzani ermittelt die MACC."
D15 = "Daims Anwälte haben beim Obersten Gericht eine Klage gegen das Vorgehen der Behörde eingereicht."
D16 = ("Daim war in den 1980er und 1990er Jahren zweimal Finanzminister und gehörte über Jahrzehnte zu den "
       "einflussreichsten Geschäftsleuten des Landes.")

DE03 = {
    "id": "hm457-de-03", "lang": "de", "url": None, "published": "2024-01-29",
    "title": "Malaysias Ex-Finanzminister Daim angeklagt",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8], [D9, D10, D11, D12], [D13, D14, D15], [D16]),
    "events": [
        event("ACCUSE", MACC, DAIM, D1, mode="allege"),
        event("ACCUSE", MACC, DAIM, D2, mode="allege"),
        event("COERCE", KL_COURT, DAIM, D5, mode="restrict"),
        event("ACCUSE", MACC, NAIMAH, D6, mode="allege"),
        event("COERCE", MACC, DAIM_FAMILY, D7, mode="seize", location="Kuala Lumpur", location_country="MYS"),
        event("ACCUSE", DAIM, ANWAR, D9, mode="disapprove"),
        event("ACCUSE", MAHATHIR, MYS_GOV, D10, mode="disapprove"),
        event("REQUEST", PN, MYS_GOV, D13),
        event("ACCUSE", MACC, MIRZAN, D14, mode="investigate"),
        event("ACCUSE", MACC, MOKHZANI, D14, mode="investigate"),
        event("ACCUSE", DAIM_LAWYERS, MACC, D15, mode="allege"),
    ],
    "quotes": [
        quote("einer behördlichen Aufforderung zur Offenlegung seines Vermögens nicht nachgekommen zu sein",
              "Malaysian Anti-Corruption Commission", "indirect"),
        quote("Das ist eine Hexenjagd gegen jeden, der diese Regierung kritisiert", "Mahathir Mohamad", "direct"),
        quote("Er mische sich nicht in die Arbeit der MACC ein, die Behörde handle unabhängig", "Anwar Ibrahim",
              "indirect"),
    ],
    "entities": [
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur", "der Hauptstadt"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysias", "des Landes"]),
        entity("Daim Zainuddin", "PER", "MYS", ["Malaysias früherer Finanzminister Daim Zainuddin", "dem 85-Jährigen",
                                                "Daim", "Ihm", "der Angeklagte", "Daims"]),
        entity("Malaysian Anti-Corruption Commission", "ORG", "MYS", ["Die Antikorruptionsbehörde MACC",
                                                                      "Die Behörde", "der MACC", "die Behörde",
                                                                      "die MACC"]),
        entity("Kuala Lumpur Sessions Court", "ORG", "MYS", ["einem Gericht in Kuala Lumpur", "Der Richter"]),
        entity("Na'imah Khalid", "PER", "MYS", ["Daims Ehefrau Na'imah Khalid"]),
        entity("Ilham Tower", "LOC", "MYS", ["das Ilham-Hochhaus im Zentrum der Hauptstadt"]),
        entity("family of Daim Zainuddin", "PER", "MYS", ["der Familie"]),
        entity("Pandora Papers", "MISC", None, ["den sogenannten Pandora Papers"]),
        entity("Mahathir Mohamad", "PER", "MYS", ["des früheren Regierungschefs Mahathir Mohamad", "Mahathir",
                                                  "Mahathirs"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Premierminister Anwar Ibrahim", "Anwar", "Er",
                                               "der Regierungschef"]),
        entity("Government of Malaysia", "ORG", "MYS", ["diese Regierung", "der Regierung"]),
        entity("Perikatan Nasional", "ORG", "MYS", ["Die Oppositionsallianz Perikatan Nasional"]),
        entity("Mirzan Mahathir", "PER", "MYS", ["Mirzan"]),
        entity("Mokhzani Mahathir", "PER", "MYS", ["Mokhzani"]),
        entity("lawyers of Daim Zainuddin", "PER", "MYS", ["Daims Anwälte"]),
        entity("High Court of Malaysia", "ORG", "MYS", ["beim Obersten Gericht"]),
    ],
}

# ---------------------------------------------------------------- hm457-de-04 (Thailand, Sungai Kolok attack)
THA_INSURGENTS = actor("insurgents in southern Thailand", "THA", "REB")
THA_VOLUNTEERS = actor("Thai defence volunteers", "THA", "COP")
SK_OFFICE = actor("Sungai Kolok district office", "THA", "GOV")
THA_ARMY = actor("Royal Thai Army", "THA", "MIL")
THA_SECURITY = actor("Thai security agencies", "THA", "COP")
BRN = actor("Barisan Revolusi Nasional", "THA", "REB")
PAETONGTARN = actor("Paetongtarn Shinawatra", "THA", "GOV")
MYS_GOV_T = actor("Government of Malaysia", "MYS", "GOV")
THA_GOV = actor("Government of Thailand", "THA", "GOV")
PHUMTHAM = actor("Phumtham Wechayachai", "THA", "GOV")

R1 = ("Bangkok (dpa) - Bei einem Bomben- und Schusswaffenangriff auf ein Bezirksamt im Süden Thailands sind zwei "
      "freiwillige Sicherheitshelfer getötet worden.")
R2 = ("Mutmaßliche Aufständische hätten am Samstagabend zunächst eine Autobombe vor dem Gebäude in Sungai Kolok in "
      "der Provinz Narathiwat gezündet und anschließend das Feuer eröffnet, teilte die Polizei mit.")
R3 = "Neun weitere Menschen, darunter ein Polizist, wurden verletzt."
R4 = "Die Angreifer konnten nach Angaben der Behörden im Schutz der Dunkelheit entkommen."
R5 = ("Die Armee schickte zusätzliche Soldaten in den Grenzort zu Malaysia und verstärkte die Patrouillen in der "
      "Umgebung.")
R6 = "Zu dem Anschlag bekannte sich zunächst niemand."
R7 = ("Die Sicherheitsbehörden machen die Separatistenbewegung Barisan Revolusi Nasional (BRN) verantwortlich, die in "
      "der Region seit Jahrzehnten für mehr Autonomie kämpft.")
R8 = "Ministerpräsidentin Paetongtarn Shinawatra verurteilte den Angriff als „feige Tat“."
R9 = ("Malaysia, das seit Jahren zwischen Bangkok und den Rebellen vermittelt, rief beide Seiten auf, an den "
      "Verhandlungstisch zurückzukehren.")
R10 = "Verteidigungsminister Phumtham Wechayachai lehnte eine rasche Wiederaufnahme der Gespräche jedoch ab."
R11 = "„Wir reden nicht mit Leuten, die gleichzeitig Bomben zünden“, sagte er am Sonntag in Bangkok."
R12 = ("Die BRN hatte der Regierung im vergangenen Jahr vorgeworfen, Zusagen für eine Waffenruhe während des "
       "Fastenmonats Ramadan nicht eingehalten zu haben.")
R13 = "Die Rebellen bestreiten, gezielt Zivilisten anzugreifen."
R14 = ("In den mehrheitlich muslimischen Provinzen Narathiwat, Yala und Pattani wurden seit 2004 mehr als 7000 "
       "Menschen getötet.")
R15 = "Die Region gehörte bis Anfang des 20. Jahrhunderts zu einem malaiischen Sultanat."

DE04 = {
    "id": "hm457-de-04", "lang": "de", "url": None, "published": "2025-03-09",
    "title": "Zwei Tote bei Anschlag auf Bezirksamt in Südthailand",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7], [R8, R9, R10, R11], [R12, R13], [R14, R15]),
    "events": [
        event("ASSAULT", THA_INSURGENTS, THA_VOLUNTEERS, R1, mode="explosives", location_country="THA"),
        event("ASSAULT", THA_INSURGENTS, SK_OFFICE, R2, mode="explosives", date="2025-03-08",
              location="Sungai Kolok", location_country="THA"),
        event("MOBILIZE", THA_ARMY, None, R5, mode="troops", location="Sungai Kolok", location_country="THA"),
        event("ACCUSE", THA_SECURITY, BRN, R7, mode="allege"),
        event("ACCUSE", PAETONGTARN, THA_INSURGENTS, R8, mode="disapprove"),
        event("REQUEST", MYS_GOV_T, THA_GOV, R9, mode="meet"),
        event("REQUEST", MYS_GOV_T, BRN, R9, mode="meet"),
        event("REJECT", PHUMTHAM, MYS_GOV_T, R10, mode="meet"),
        event("ACCUSE", BRN, THA_GOV, R12, mode="disapprove"),
    ],
    "quotes": [
        quote("Mutmaßliche Aufständische hätten am Samstagabend zunächst eine Autobombe vor dem Gebäude in Sungai "
              "Kolok in der Provinz Narathiwat gezündet und anschließend das Feuer eröffnet", "Royal Thai Police",
              "indirect"),
        quote("Die Angreifer konnten nach Angaben der Behörden im Schutz der Dunkelheit entkommen", "Thai authorities",
              "indirect"),
        quote("feige Tat", "Paetongtarn Shinawatra", "direct"),
        quote("Wir reden nicht mit Leuten, die gleichzeitig Bomben zünden", "Phumtham Wechayachai", "direct"),
        quote("Zusagen für eine Waffenruhe während des Fastenmonats Ramadan nicht eingehalten zu haben",
              "Barisan Revolusi Nasional", "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Sungai Kolok district office", "ORG", "THA", ["ein Bezirksamt im Süden Thailands",
                                                              "dem Gebäude in Sungai Kolok"]),
        entity("Thailand", "LOC", "THA", ["Thailands"]),
        entity("Thai defence volunteers", "PER", "THA", ["zwei freiwillige Sicherheitshelfer"]),
        entity("insurgents in southern Thailand", "ORG", "THA", ["Mutmaßliche Aufständische", "Die Angreifer"]),
        entity("Sungai Kolok", "LOC", "THA", ["Sungai Kolok", "den Grenzort zu Malaysia"]),
        entity("Narathiwat", "LOC", "THA", ["der Provinz Narathiwat", "Narathiwat"]),
        entity("Royal Thai Police", "ORG", "THA", ["die Polizei"]),
        entity("Thai police officer", "PER", "THA", ["ein Polizist"]),
        entity("Thai authorities", "ORG", "THA", ["der Behörden"]),
        entity("Royal Thai Army", "ORG", "THA", ["Die Armee", "zusätzliche Soldaten"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysia"]),
        entity("Thai security agencies", "ORG", "THA", ["Die Sicherheitsbehörden"]),
        entity("Barisan Revolusi Nasional", "ORG", "THA", ["die Separatistenbewegung Barisan Revolusi Nasional (BRN)",
                                                           "den Rebellen", "Die BRN", "Die Rebellen"]),
        entity("Deep South of Thailand", "LOC", "THA", ["der Region", "Die Region"]),
        entity("Paetongtarn Shinawatra", "PER", "THA", ["Ministerpräsidentin Paetongtarn Shinawatra"]),
        entity("Government of Malaysia", "ORG", "MYS", ["Malaysia"]),
        entity("Government of Thailand", "ORG", "THA", ["Bangkok", "der Regierung"]),
        entity("Phumtham Wechayachai", "PER", "THA", ["Verteidigungsminister Phumtham Wechayachai", "er"]),
        entity("Ramadan", "MISC", None, ["des Fastenmonats Ramadan"]),
        entity("Yala", "LOC", "THA", ["Yala"]),
        entity("Pattani", "LOC", "THA", ["Pattani"]),
    ],
}

# ---------------------------------------------------------------- hm457-en-01 (Pakistan, Gwadar attack)
BLA = actor("Baloch Liberation Army", "PAK", "REB")
GPA = actor("Gwadar Port Authority", "PAK", "GOV")
PAK_MIL = actor("Pakistan Army", "PAK", "MIL")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
NAQVI = actor("Mohsin Naqvi", "PAK", "GOV")
BUGTI = actor("Sarfraz Bugti", "PAK", "GOV")
IND_INTEL = actor("Indian intelligence services", "IND", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
PAK_RIGHTS = actor("Pakistani rights groups", "PAK", "NGO")

G1 = ("ISLAMABAD (AP) — Separatist gunmen armed with assault rifles and explosives stormed a government complex at the "
      "strategic port of Gwadar in southwestern Pakistan on Wednesday, triggering an hourslong gunbattle, the military "
      "said.")
G2 = ("All eight attackers were killed, and two soldiers died in the fighting, according to a statement from the "
      "military's media wing.")
G3 = ("The outlawed Baloch Liberation Army claimed responsibility in a statement sent to reporters, saying its "
      "fighters had targeted the complex because it housed intelligence offices.")
G4 = "The complex houses the Gwadar Port Authority and several other government agencies."
G5 = ("Prime Minister Shehbaz Sharif condemned the assault and praised security forces for foiling what he called a "
      "plan to sabotage the country's development.")
G6 = "\"The nation stands with its brave soldiers,\" Sharif said in a statement."
G7 = "Interior Minister Mohsin Naqvi said those behind the attack would be hunted down."
G8 = ("Balochistan's chief minister, Sarfraz Bugti, accused India's intelligence services of funding the insurgents, "
      "without offering evidence.")
G9 = "New Delhi has repeatedly rejected such claims."
G10 = ("China, which has invested billions of dollars in Gwadar's port under the China-Pakistan Economic Corridor, "
       "condemned the attack.")
G11 = ("Chinese Foreign Ministry spokesperson Lin Jian told reporters in Beijing that China expected Pakistan to take "
       "effective measures to protect Chinese personnel and projects.")
G12 = "No Chinese nationals were hurt, officials said."
G13 = ("Baloch separatists have waged a decades-long insurgency, demanding a greater share of the province's gas and "
       "mineral wealth.")
G14 = ("In late January, BLA fighters attacked security posts in the towns of Mach and Kolpur, sparking clashes that "
       "lasted two days.")
G15 = "Rights groups have accused authorities of abducting Baloch activists, an allegation the government denies."
G16 = "The attack came less than three weeks after Sharif was sworn in for a second term following a disputed election."

EN01 = {
    "id": "hm457-en-01", "lang": "en", "url": None, "published": "2024-03-20",
    "title": "Separatists storm port complex in Pakistan's Gwadar; 8 attackers, 2 soldiers killed",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("ASSAULT", BLA, GPA, G1, mode="firearms", date="2024-03-20", location="Gwadar",
              location_country="PAK"),
        event("ASSAULT", PAK_MIL, BLA, G2, mode="firearms", location="Gwadar", location_country="PAK"),
        event("ASSAULT", BLA, PAK_MIL, G2, mode="firearms", location="Gwadar", location_country="PAK"),
        event("ASSAULT", BLA, GPA, G3, mode="firearms", location="Gwadar", location_country="PAK"),
        event("ACCUSE", SHARIF, BLA, G5, mode="disapprove"),
        event("SUPPORT", SHARIF, PAK_MIL, G5),
        event("THREATEN", NAQVI, BLA, G7),
        event("ACCUSE", BUGTI, IND_INTEL, G8, mode="allege"),
        event("ACCUSE", CHN_GOV, BLA, G10, mode="disapprove"),
        event("REQUEST", LIN_JIAN, PAK_GOV, G11, location="Beijing", location_country="CHN"),
        event("ASSAULT", BLA, PAK_MIL, G14, mode="firearms", location="Mach", location_country="PAK"),
        event("ACCUSE", PAK_RIGHTS, PAK_GOV, G15, mode="allege"),
    ],
    "quotes": [
        quote("Separatist gunmen armed with assault rifles and explosives stormed a government complex at the "
              "strategic port of Gwadar in southwestern Pakistan on Wednesday, triggering an hourslong gunbattle",
              "Inter-Services Public Relations", "indirect"),
        quote("All eight attackers were killed, and two soldiers died in the fighting",
              "Inter-Services Public Relations", "indirect"),
        quote("its fighters had targeted the complex because it housed intelligence offices",
              "Baloch Liberation Army", "indirect"),
        quote("The nation stands with its brave soldiers", "Shehbaz Sharif", "direct"),
        quote("those behind the attack would be hunted down", "Mohsin Naqvi", "indirect"),
        quote("China expected Pakistan to take effective measures to protect Chinese personnel and projects",
              "Lin Jian", "indirect"),
        quote("No Chinese nationals were hurt", "Pakistani officials", "indirect"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["ISLAMABAD"]),
        entity("Baloch Liberation Army", "ORG", "PAK", ["Separatist gunmen", "All eight attackers",
                                                        "The outlawed Baloch Liberation Army", "its fighters",
                                                        "those behind the attack", "the insurgents",
                                                        "BLA fighters"]),
        entity("Gwadar Port Authority complex", "LOC", "PAK", ["a government complex at the strategic port of "
                                                               "Gwadar", "the complex", "The complex"]),
        entity("Gwadar", "LOC", "PAK", ["the strategic port of Gwadar", "Gwadar's port"]),
        entity("Pakistan", "LOC", "PAK", ["southwestern Pakistan", "the country's"]),
        entity("Pakistan Army", "ORG", "PAK", ["the military", "two soldiers", "security forces",
                                               "its brave soldiers"]),
        entity("Inter-Services Public Relations", "ORG", "PAK", ["the military's media wing"]),
        entity("Gwadar Port Authority", "ORG", "PAK", ["the Gwadar Port Authority"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Prime Minister Shehbaz Sharif", "he", "Sharif"]),
        entity("Mohsin Naqvi", "PER", "PAK", ["Interior Minister Mohsin Naqvi"]),
        entity("Balochistan", "LOC", "PAK", ["Balochistan's", "the province's"]),
        entity("Sarfraz Bugti", "PER", "PAK", ["Balochistan's chief minister, Sarfraz Bugti"]),
        entity("Indian intelligence services", "ORG", "IND", ["India's intelligence services"]),
        entity("Government of India", "ORG", "IND", ["New Delhi"]),
        entity("Government of China", "ORG", "CHN", ["China"]),
        entity("China-Pakistan Economic Corridor", "MISC", None, ["the China-Pakistan Economic Corridor"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinese Foreign Ministry"]),
        entity("Lin Jian", "PER", "CHN", ["Chinese Foreign Ministry spokesperson Lin Jian"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Pakistan", "authorities", "the government"]),
        entity("Pakistani officials", "PER", "PAK", ["officials"]),
        entity("Baloch separatists", "ORG", "PAK", ["Baloch separatists"]),
        entity("Mach", "LOC", "PAK", ["Mach"]),
        entity("Kolpur", "LOC", "PAK", ["Kolpur"]),
        entity("Pakistani rights groups", "ORG", "PAK", ["Rights groups"]),
        entity("Baloch activists", "PER", "PAK", ["Baloch activists"]),
    ],
}

# ---------------------------------------------------------------- hm457-en-02 (COP31, Australia and Turkey)
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
KURUM = actor("Murat Kurum", "TUR", "GOV")
TEHAN = actor("Dan Tehan", "AUS", "OPP")
TUV_MIN = actor("Minister of Climate Change of Tuvalu", "TUV", "GOV")
BOWEN = actor("Chris Bowen", "AUS", "GOV")
REGENVANU = actor("Ralph Regenvanu", "VUT", "GOV")
CORREA = actor("André Corrêa do Lago", "BRA", "GOV")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")

C1 = ("BELEM, Brazil (Reuters) - Australia has dropped its bid to host next year's U.N. climate summit and agreed to "
      "let Turkey stage the COP31 talks in the resort city of Antalya, under an unusual deal that will see an "
      "Australian minister lead the negotiations.")
C2 = ("Climate Change Minister Chris Bowen told reporters on Wednesday that he would serve as \"president of "
      "negotiations\" while Turkey would hold the formal presidency of the summit.")
C3 = "A preparatory meeting will be held in a Pacific island country, he said."
C4 = ("The compromise ends a months-long standoff in the U.N. group of Western European and other states, which must "
      "agree on the host by consensus.")
C5 = ("Under U.N. rules, the meeting would have defaulted to Bonn, home of the U.N. climate secretariat, if neither "
      "country had stepped aside.")
C6 = "Turkish Environment Minister Murat Kurum welcomed the agreement and thanked Australia for its constructive approach."
C7 = ("Prime Minister Anthony Albanese defended the outcome, saying Australia had secured a central role for the "
      "Pacific without spending hundreds of millions of dollars on hosting.")
C8 = ("The opposition's energy spokesman, Dan Tehan, called it \"a humiliating backdown\" and accused the government of "
      "putting its own image ahead of Pacific neighbors.")
C9 = "Pacific leaders gave the deal a mixed reception."
C10 = ("Tuvalu's climate minister said he was disappointed that the region had lost the chance to host the talks but "
       "would work closely with Bowen to put rising seas at the top of the agenda.")
C11 = ("Vanuatu's climate minister, Ralph Regenvanu, urged Canberra to use its new role to push for a phase-out of "
       "coal, oil and gas.")
C12 = "Australia remains one of the world's largest exporters of coal and liquefied natural gas."
C13 = ("In Belem, negotiators remained deeply divided over a draft text on moving away from fossil fuels, as the "
       "scheduled close on Friday approached.")
C14 = "Brazil's COP30 president, André Corrêa do Lago, urged delegations to \"find the courage to compromise.\""
C15 = ("Saudi Arabia has refused to accept any reference to a fossil fuel phase-out in the final text, according to "
       "two delegates.")

EN02 = {
    "id": "hm457-en-02", "lang": "en", "url": None, "published": "2025-11-20",
    "title": "Australia cedes COP31 hosting to Turkey but will lead the talks",
    "text": paragraphs([C1, C2, C3], [C4, C5], [C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15]),
    "events": [
        event("CONCEDE", AUS_GOV, TUR_GOV, C1),
        event("AGREE", AUS_GOV, TUR_GOV, C1),
        event("SUPPORT", KURUM, AUS_GOV, C6),
        event("ACCUSE", TEHAN, AUS_GOV, C8, mode="disapprove"),
        event("AGREE", TUV_MIN, BOWEN, C10),
        event("REQUEST", REGENVANU, AUS_GOV, C11, mode="change"),
        event("REQUEST", CORREA, None, C14, location="Belem", location_country="BRA"),
        event("REJECT", SAU_GOV, None, C15, mode="change", location="Belem", location_country="BRA"),
    ],
    "quotes": [
        quote("president of negotiations", "Chris Bowen", "direct"),
        quote("he would serve as \"president of negotiations\" while Turkey would hold the formal presidency of the "
              "summit", "Chris Bowen", "indirect"),
        quote("A preparatory meeting will be held in a Pacific island country", "Chris Bowen", "indirect"),
        quote("Australia had secured a central role for the Pacific without spending hundreds of millions of dollars "
              "on hosting", "Anthony Albanese", "indirect"),
        quote("a humiliating backdown", "Dan Tehan", "direct"),
        quote("he was disappointed that the region had lost the chance to host the talks but would work closely with "
              "Bowen to put rising seas at the top of the agenda", "Minister of Climate Change of Tuvalu",
              "indirect"),
        quote("find the courage to compromise", "André Corrêa do Lago", "direct"),
        quote("Saudi Arabia has refused to accept any reference to a fossil fuel phase-out in the final text",
              "delegates at COP30", "indirect"),
    ],
    "entities": [
        entity("Belem", "LOC", "BRA", ["BELEM", "Belem"]),
        entity("Brazil", "LOC", "BRA", ["Brazil", "Brazil's"]),
        entity("Government of Australia", "ORG", "AUS", ["Australia", "the government", "Canberra"]),
        entity("COP31", "MISC", None, ["next year's U.N. climate summit", "the COP31 talks", "the summit",
                                       "the meeting", "the talks"]),
        entity("Government of Turkey", "ORG", "TUR", ["Turkey"]),
        entity("Antalya", "LOC", "TUR", ["the resort city of Antalya"]),
        entity("Chris Bowen", "PER", "AUS", ["an Australian minister", "Climate Change Minister Chris Bowen", "he",
                                             "Bowen"]),
        entity("Western European and Others Group", "ORG", "UNO",
               ["the U.N. group of Western European and other states"]),
        entity("Bonn", "LOC", "DEU", ["Bonn"]),
        entity("UNFCCC secretariat", "ORG", "UNO", ["the U.N. climate secretariat"]),
        entity("Murat Kurum", "PER", "TUR", ["Turkish Environment Minister Murat Kurum"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese"]),
        entity("Pacific Islands", "LOC", None, ["the Pacific", "the region"]),
        entity("Dan Tehan", "PER", "AUS", ["The opposition's energy spokesman, Dan Tehan"]),
        entity("Pacific leaders", "PER", None, ["Pacific leaders"]),
        entity("Minister of Climate Change of Tuvalu", "PER", "TUV", ["Tuvalu's climate minister", "he"]),
        entity("Ralph Regenvanu", "PER", "VUT", ["Vanuatu's climate minister, Ralph Regenvanu"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
        entity("COP30", "MISC", None, ["COP30"]),
        entity("André Corrêa do Lago", "PER", "BRA", ["Brazil's COP30 president, André Corrêa do Lago"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Saudi Arabia"]),
        entity("delegates at COP30", "PER", None, ["two delegates"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
