"""Round 277: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm277-de-01: Japan: Tokyo prosecutors raid the offices of the LDP's Abe and Nikai factions in the fundraising kickback scandal; Kishida urges cooperation, the earlier resignations of Matsuno and Nishimura and Kishida's exit as faction head, Izumi accuses Kishida and demands an election, Yamaguchi demands a full inquiry, the Nikai faction pledges cooperation (2023-12-19).
- hm277-de-02: Cambodia: Hun Sen's CPP claims a landslide in the election without the barred Candlelight Party; government threats, Sam Rainsy's call to spoil ballots and his 25-year ban, arrests of boycott activists, US visa restrictions and aid pause, Phay Siphan accuses Washington, China congratulates, Penny Wong's concern and demand (2023-07-24).
- hm277-de-03: Indonesia: the Constitutional Court's Honorary Council removes chief justice Anwar Usman over the ruling that cleared his nephew Gibran's candidacy; ban on election disputes, complainants' demand to annul the ruling rejected, student protest held back by police, Anwar objects and refuses to resign, Hasto welcomes and accuses Widodo, the palace respects the decision (2023-11-08).
- hm277-de-04: Australia/USA: Julian Assange pleads guilty before a U.S. court on Saipan, is sentenced to time served and freed, and flies home to Canberra; the plea deal, the earlier release from Belmarsh, Albanese welcomes and calls him, the government's lobbying, Dutton and Pence object, Robinson thanks Canberra, no state money for the charter flight (2024-06-26).
- hm277-en-01: Philippines: a bomb explodes during a Catholic Mass at Mindanao State University in Marawi; the Islamic State claims it, Marcos condemns and vows justice, Teodoro points to a foreign element, Brawner links it to Friday's operation against Dawlah Islamiyah, police alert and checkpoints, troops sent, Murad condemns, aid for victims, Adiong's appeal, no arrests (2023-12-03).
- hm277-en-02: WHO: the World Health Assembly again rejects a proposal to invite Taiwan as an observer; Paraguay and Eswatini had proposed it, Chen Xu accuses the DPP, Taipei accuses Beijing, Chiu Tai-yuan meets Paraguay's health minister in Geneva, Washington objects and presses Tedros, Beijing welcomes the outcome and accuses Taipei, China's drills after Lai's inauguration (2024-05-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm277-de-01 (Japan, raids on LDP factions)
TOKYO_PROS = actor("Tokyo District Public Prosecutors Office", "JPN", "JUD")
ABE_FACTION = actor("Abe faction of the Liberal Democratic Party", "JPN", "PTY")
NIKAI_FACTION = actor("Nikai faction of the Liberal Democratic Party", "JPN", "PTY")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
LDP_MPS = actor("LDP lawmakers of the Abe and Nikai factions", "JPN", "LEG")
MATSUNO = actor("Hirokazu Matsuno", "JPN", "GOV")
NISHIMURA = actor("Yasutoshi Nishimura", "JPN", "GOV")
IZUMI = actor("Kenta Izumi", "JPN", "OPP")
LDP = actor("Liberal Democratic Party", "JPN", "PTY")
YAMAGUCHI = actor("Natsuo Yamaguchi", "JPN", "PTY")

A1 = ("Tokio (dpa) - Im Skandal um schwarze Kassen in Japans Regierungspartei LDP hat die Staatsanwaltschaft am "
      "Dienstag die Büros der Abe-Fraktion und der Nikai-Fraktion durchsucht.")
A2 = ("Dutzende Ermittler der Sonderabteilung der Staatsanwaltschaft Tokio betraten am Morgen die Zentrale der "
      "Abe-Fraktion im Regierungsviertel Nagatacho und trugen Kartons mit Unterlagen heraus, wie Fernsehbilder "
      "zeigten.")
A3 = ("Die beiden Gruppen sollen Einnahmen aus dem Verkauf von Eintrittskarten für Spendenabende nicht "
      "ordnungsgemäß verbucht und einen Teil davon an Abgeordnete zurückgezahlt haben.")
A4 = ("Allein bei der Abe-Fraktion, der größten Gruppierung innerhalb der Liberaldemokratischen Partei, geht es "
      "nach Medienberichten um rund 500 Millionen Yen (etwa 3,2 Millionen Euro) in fünf Jahren.")
A5 = ("Ministerpräsident Fumio Kishida rief die betroffenen Abgeordneten auf, mit den Ermittlern uneingeschränkt "
      "zusammenzuarbeiten.")
A6 = ("„Ich werde an vorderster Front dafür kämpfen, das Vertrauen der Bevölkerung in die Politik "
      "wiederherzustellen“, sagte der 66-Jährige vor Journalisten in seinem Amtssitz.")
A7 = ("Vergangene Woche waren vier Minister aus der Abe-Fraktion zurückgetreten, darunter Regierungssprecher "
      "Hirokazu Matsuno und Wirtschaftsminister Yasutoshi Nishimura.")
A8 = "Neuer Regierungssprecher wurde der frühere Außenminister Yoshimasa Hayashi."
A9 = ("Kishida selbst hatte Anfang Dezember den Vorsitz seiner eigenen Fraktion niedergelegt, um auf Distanz zu den "
      "Vorwürfen zu gehen.")
A10 = ("Der Vorsitzende der größten Oppositionspartei CDP, Kenta Izumi, warf Kishida vor, die Praxis jahrelang "
       "geduldet zu haben, und forderte eine Auflösung des Unterhauses und Neuwahlen.")
A11 = "„Die LDP hat die Fähigkeit verloren, sich selbst zu reinigen“, sagte Izumi."
A12 = ("Auch der Chef des Koalitionspartners Komeito, Natsuo Yamaguchi, verlangte eine „gründliche Aufklärung“ und "
       "eine Verschärfung des Gesetzes zur Kontrolle politischer Gelder.")
A13 = "Die Nikai-Fraktion teilte mit, sie werde bei den Ermittlungen vollständig kooperieren."
A14 = "Ihr Namensgeber, der langjährige LDP-Generalsekretär Toshihiro Nikai, äußerte sich zunächst nicht."
A15 = ("Die Zustimmung zu Kishidas Kabinett ist Umfragen zufolge auf unter 20 Prozent gefallen, den niedrigsten Wert "
       "seit der Rückkehr der LDP an die Macht 2012.")
A16 = ("Die Abe-Fraktion ist nach dem früheren Regierungschef Shinzo Abe benannt, der im Juli 2022 bei einer "
       "Wahlkampfrede in Nara erschossen worden war.")

DE01 = {
    "id": "hm277-de-01", "lang": "de", "url": None, "published": "2023-12-19",
    "title": "Spendenskandal in Japan: Staatsanwälte durchsuchen Büros von LDP-Fraktionen",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9], [A10, A11, A12], [A13, A14, A15, A16]),
    "events": [
        event("COERCE", TOKYO_PROS, ABE_FACTION, A1, mode="seize", date="2023-12-19", location="Tokio",
              location_country="JPN"),
        event("COERCE", TOKYO_PROS, NIKAI_FACTION, A1, mode="seize", date="2023-12-19", location="Tokio",
              location_country="JPN"),
        event("COERCE", TOKYO_PROS, ABE_FACTION, A2, mode="seize", date="2023-12-19", location="Nagatacho",
              location_country="JPN"),
        event("REQUEST", KISHIDA, LDP_MPS, A5),
        event("RETREAT", MATSUNO, None, A7, mode="resign"),
        event("RETREAT", NISHIMURA, None, A7, mode="resign"),
        event("RETREAT", KISHIDA, None, A9, mode="resign"),
        event("ACCUSE", IZUMI, KISHIDA, A10, mode="allege"),
        event("REQUEST", IZUMI, KISHIDA, A10, mode="change"),
        event("ACCUSE", IZUMI, LDP, A11, mode="disapprove"),
        event("REQUEST", YAMAGUCHI, LDP, A12, mode="change"),
        event("AGREE", NIKAI_FACTION, TOKYO_PROS, A13),
    ],
    "quotes": [
        quote("Ich werde an vorderster Front dafür kämpfen, das Vertrauen der Bevölkerung in die Politik "
              "wiederherzustellen", "Fumio Kishida", "direct"),
        quote("die Praxis jahrelang geduldet zu haben", "Kenta Izumi", "indirect"),
        quote("Die LDP hat die Fähigkeit verloren, sich selbst zu reinigen", "Kenta Izumi", "direct"),
        quote("gründliche Aufklärung", "Natsuo Yamaguchi", "direct"),
        quote("sie werde bei den Ermittlungen vollständig kooperieren", "Nikai faction of the Liberal Democratic Party",
              "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Japan", "LOC", "JPN", ["Japans"]),
        entity("Liberal Democratic Party", "ORG", "JPN", ["Japans Regierungspartei LDP", "Liberaldemokratischen Partei",
                                                          "Die LDP", "der LDP"]),
        entity("Tokyo District Public Prosecutors Office", "ORG", "JPN", [
            "die Staatsanwaltschaft", "Dutzende Ermittler der Sonderabteilung der Staatsanwaltschaft Tokio",
            "den Ermittlern"]),
        entity("Abe faction of the Liberal Democratic Party", "ORG", "JPN", ["der Abe-Fraktion", "Die Abe-Fraktion"]),
        entity("Nikai faction of the Liberal Democratic Party", "ORG", "JPN", ["der Nikai-Fraktion",
                                                                               "Die Nikai-Fraktion"]),
        entity("Nagatacho", "LOC", "JPN", ["Regierungsviertel Nagatacho"]),
        entity("Fumio Kishida", "PER", "JPN", ["Ministerpräsident Fumio Kishida", "der 66-Jährige", "Kishida",
                                               "Kishidas"]),
        entity("LDP lawmakers of the Abe and Nikai factions", "ORG", "JPN", ["die betroffenen Abgeordneten"]),
        entity("Prime Minister's Official Residence", "LOC", "JPN", ["seinem Amtssitz"]),
        entity("Hirokazu Matsuno", "PER", "JPN", ["Regierungssprecher Hirokazu Matsuno"]),
        entity("Yasutoshi Nishimura", "PER", "JPN", ["Wirtschaftsminister Yasutoshi Nishimura"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["der frühere Außenminister Yoshimasa Hayashi"]),
        entity("Constitutional Democratic Party of Japan", "ORG", "JPN", ["der größten Oppositionspartei CDP"]),
        entity("Kenta Izumi", "PER", "JPN", ["Der Vorsitzende der größten Oppositionspartei CDP, Kenta Izumi",
                                             "Izumi"]),
        entity("House of Representatives of Japan", "ORG", "JPN", ["des Unterhauses"]),
        entity("Komeito", "ORG", "JPN", ["des Koalitionspartners Komeito"]),
        entity("Natsuo Yamaguchi", "PER", "JPN", ["der Chef des Koalitionspartners Komeito, Natsuo Yamaguchi"]),
        entity("Toshihiro Nikai", "PER", "JPN", ["der langjährige LDP-Generalsekretär Toshihiro Nikai",
                                                 "Ihr Namensgeber"]),
        entity("Cabinet of Japan", "ORG", "JPN", ["Kishidas Kabinett"]),
        entity("Shinzo Abe", "PER", "JPN", ["dem früheren Regierungschef Shinzo Abe"]),
        entity("Nara", "LOC", "JPN", ["Nara"]),
    ],
}

# ---------------------------------------------------------------- hm277-de-02 (Cambodia, election without opposition)
NEC_KHM = actor("National Election Committee of Cambodia", "KHM", "GOV")
CANDLELIGHT = actor("Candlelight Party", "KHM", "OPP")
KHM_GOV = actor("Government of Cambodia", "KHM", "GOV")
SAM_RAINSY = actor("Sam Rainsy", "KHM", "OPP")
KHM_VOTERS = actor("Cambodian voters", "KHM", "CVL")
KHM_AUTH = actor("Cambodian authorities", "KHM", "GOV")
KHM_OPP_FIGURES = actor("Cambodian opposition politicians", "KHM", "OPP")
KHM_POLICE = actor("Cambodian National Police", "KHM", "COP")
KHM_ACTIVISTS = actor("Cambodian activists calling for an election boycott", "KHM", "CVL")
US_STATE = actor("U.S. Department of State", "USA", "GOV")
USA = actor("United States", "USA", "GOV")
KHM_OFFICIALS = actor("Cambodian officials accused of undermining democracy", "KHM", "GOV")
PHAY_SIPHAN = actor("Phay Siphan", "KHM", "GOV")
CHINA = actor("China", "CHN", "GOV")
CPP = actor("Cambodian People's Party", "KHM", "PTY")
WONG = actor("Penny Wong", "AUS", "GOV")

B1 = ("Phnom Penh (AFP) - Die Kambodschanische Volkspartei (CPP) von Regierungschef Hun Sen hat die Parlamentswahl "
      "nach eigenen Angaben mit überwältigender Mehrheit gewonnen.")
B2 = ("Die Partei habe mindestens 120 der 125 Sitze in der Nationalversammlung errungen, sagte CPP-Sprecher Sok "
      "Eysan am Montag in Phnom Penh.")
B3 = ("Die wichtigste Oppositionskraft, die Candlelight-Partei, war im Mai von der Nationalen Wahlkommission wegen "
      "angeblich fehlender Dokumente von der Abstimmung ausgeschlossen worden.")
B4 = ("Die Regierung hatte vor der Wahl gedroht, jeden zu bestrafen, der zum Boykott oder zur Abgabe ungültiger "
      "Stimmzettel aufrufe.")
B5 = ("Der im französischen Exil lebende Oppositionsführer Sam Rainsy rief die Wähler dennoch auf, ihre "
      "Stimmzettel ungültig zu machen.")
B6 = "Die Behörden schlossen ihn und 16 weitere Oppositionelle daraufhin für 25 Jahre von Wahlen aus."
B7 = ("Die Polizei nahm in den Tagen vor der Wahl zudem mehrere Aktivisten fest, die im Internet zum Boykott "
      "aufgerufen hatten.")
B8 = "Das US-Außenministerium bezeichnete die Abstimmung als „weder frei noch fair“."
B9 = ("Washington verhängte Visabeschränkungen gegen Personen, die die Demokratie in Kambodscha untergraben hätten, "
      "und setzte einige Hilfsprogramme für das Land aus.")
B10 = ("Kambodschas Regierungssprecher Phay Siphan warf den USA vor, sich in die inneren Angelegenheiten des Landes "
       "einzumischen.")
B11 = "„Niemand kann dem kambodschanischen Volk vorschreiben, wie es wählt“, sagte er."
B12 = "China, Kambodschas wichtigster Verbündeter, gratulierte der CPP zu ihrem Sieg."
B13 = ("Australiens Außenministerin Penny Wong zeigte sich „zutiefst besorgt“ über den Ausschluss der Opposition und "
       "forderte Phnom Penh auf, den politischen Raum wieder zu öffnen.")
B14 = "Hun Sen regiert das südostasiatische Land seit 38 Jahren."
B15 = "Beobachter erwarten, dass der 70-Jährige die Macht schon bald an seinen ältesten Sohn Hun Manet übergibt."
B16 = "Der 45-jährige Armeechef zog bei der Wahl erstmals ins Parlament ein."
B17 = "Die Wahlbeteiligung lag nach vorläufigen Angaben der Wahlkommission bei rund 84 Prozent."

DE02 = {
    "id": "hm277-de-02", "lang": "de", "url": None, "published": "2023-07-24",
    "title": "Hun Sens Partei beansprucht Erdrutschsieg - USA verhängen Visabeschränkungen",
    "text": paragraphs([B1, B2], [B3, B4, B5, B6, B7], [B8, B9, B10, B11], [B12, B13], [B14, B15, B16, B17]),
    "events": [
        event("COERCE", NEC_KHM, CANDLELIGHT, B3, mode="ban"),
        event("THREATEN", KHM_GOV, None, B4),
        event("REQUEST", SAM_RAINSY, KHM_VOTERS, B5),
        event("COERCE", KHM_AUTH, SAM_RAINSY, B6, mode="ban"),
        event("COERCE", KHM_AUTH, KHM_OPP_FIGURES, B6, mode="ban"),
        event("COERCE", KHM_POLICE, KHM_ACTIVISTS, B7, mode="arrest"),
        event("ACCUSE", US_STATE, KHM_GOV, B8, mode="disapprove"),
        event("SANCTION", USA, KHM_OFFICIALS, B9),
        event("SANCTION", USA, KHM_GOV, B9, mode="withdraw"),
        event("ACCUSE", PHAY_SIPHAN, USA, B10, mode="allege"),
        event("SUPPORT", CHINA, CPP, B12),
        event("ACCUSE", WONG, KHM_GOV, B13, mode="disapprove"),
        event("REQUEST", WONG, KHM_GOV, B13, mode="change"),
    ],
    "quotes": [
        quote("Die Partei habe mindestens 120 der 125 Sitze in der Nationalversammlung errungen", "Sok Eysan",
              "indirect"),
        quote("jeden zu bestrafen, der zum Boykott oder zur Abgabe ungültiger Stimmzettel aufrufe",
              "Government of Cambodia", "indirect"),
        quote("weder frei noch fair", "U.S. Department of State", "direct"),
        quote("die die Demokratie in Kambodscha untergraben hätten", "U.S. Department of State", "indirect"),
        quote("sich in die inneren Angelegenheiten des Landes einzumischen", "Phay Siphan", "indirect"),
        quote("Niemand kann dem kambodschanischen Volk vorschreiben, wie es wählt", "Phay Siphan", "direct"),
        quote("zutiefst besorgt", "Penny Wong", "direct"),
    ],
    "entities": [
        entity("Phnom Penh", "LOC", "KHM", ["Phnom Penh"]),
        entity("Cambodian People's Party", "ORG", "KHM", ["Die Kambodschanische Volkspartei (CPP)", "Die Partei",
                                                          "der CPP"]),
        entity("Hun Sen", "PER", "KHM", ["Regierungschef Hun Sen", "Hun Sen", "der 70-Jährige"]),
        entity("National Assembly of Cambodia", "ORG", "KHM", ["der Nationalversammlung", "ins Parlament"]),
        entity("Sok Eysan", "PER", "KHM", ["CPP-Sprecher Sok Eysan"]),
        entity("Candlelight Party", "ORG", "KHM", ["Die wichtigste Oppositionskraft, die Candlelight-Partei"]),
        entity("National Election Committee of Cambodia", "ORG", "KHM", ["der Nationalen Wahlkommission",
                                                                         "der Wahlkommission"]),
        entity("Government of Cambodia", "ORG", "KHM", ["Die Regierung"]),
        entity("France", "LOC", "FRA", ["im französischen Exil"]),
        entity("Sam Rainsy", "PER", "KHM", ["Oppositionsführer Sam Rainsy"]),
        entity("Cambodian opposition politicians", "ORG", "KHM", ["16 weitere Oppositionelle"]),
        entity("Cambodian authorities", "ORG", "KHM", ["Die Behörden"]),
        entity("Cambodian National Police", "ORG", "KHM", ["Die Polizei"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Cambodia", "LOC", "KHM", ["Kambodscha", "Kambodschas", "das Land", "des Landes",
                                          "das südostasiatische Land"]),
        entity("Phay Siphan", "PER", "KHM", ["Regierungssprecher Phay Siphan"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Australia", "LOC", "AUS", ["Australiens"]),
        entity("Penny Wong", "PER", "AUS", ["Außenministerin Penny Wong"]),
        entity("Hun Manet", "PER", "KHM", ["seinen ältesten Sohn Hun Manet", "Der 45-jährige Armeechef"]),
    ],
}

# ---------------------------------------------------------------- hm277-de-03 (Indonesia, chief justice removed)
MKMK = actor("Honorary Council of the Constitutional Court of Indonesia", "IDN", "JUD")
ANWAR_USMAN = actor("Anwar Usman", "IDN", "JUD")
JIMLY = actor("Jimly Asshiddiqie", "IDN", "JUD")
COMPLAINANTS = actor("complainants before the Honorary Council", "IDN", "CVL")
IDN_STUDENTS = actor("student protesters in Jakarta", "IDN", "CVL")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
HASTO = actor("Hasto Kristiyanto", "IDN", "PTY")
WIDODO = actor("Joko Widodo", "IDN", "GOV")
IDN_PALACE = actor("Office of the President of Indonesia", "IDN", "GOV")

C1 = ("Jakarta (dpa) - Indonesiens Verfassungsgerichtspräsident Anwar Usman ist wegen eines schweren Verstoßes gegen "
      "den Ethikkodex seines Amtes enthoben worden.")
C2 = ("Der Ehrenrat des Gerichts befand den 66-Jährigen am Dienstag für schuldig, bei einem umstrittenen Urteil "
      "zugunsten seines Neffen gegen die Pflicht zur Unparteilichkeit verstoßen zu haben.")
C3 = ("Das Verfassungsgericht hatte im Oktober den Weg für eine Kandidatur von Gibran Rakabuming Raka, dem ältesten "
      "Sohn von Präsident Joko Widodo, für das Amt des Vizepräsidenten frei gemacht.")
C4 = ("Der 36-Jährige ist jünger als das gesetzliche Mindestalter von 40 Jahren, die Richter hatten jedoch eine "
      "Ausnahme für gewählte Regionalpolitiker geschaffen.")
C5 = ("Anwar Usman, der mit einer jüngeren Schwester Widodos verheiratet ist, darf nach dem Beschluss auch keine "
      "Streitfälle zur Präsidentenwahl im Februar mehr verhandeln.")
C6 = ("„Der Richter hat einen schweren Verstoß gegen die Grundsätze der Unabhängigkeit und der Unparteilichkeit "
      "begangen“, sagte der Vorsitzende des Ehrenrats, Jimly Asshiddiqie, bei der Verkündung.")
C7 = ("Die Forderung der Beschwerdeführer, auch das umstrittene Urteil aufzuheben, wies der Rat jedoch zurück, da "
      "er dafür nicht zuständig sei.")
C8 = "Gibrans Kandidatur an der Seite von Verteidigungsminister Prabowo Subianto bleibt damit gültig."
C9 = ("Vor dem Gerichtsgebäude demonstrierten während der Verkündung Hunderte Studenten und forderten Anwars "
      "Rücktritt auch als Richter.")
C10 = "Polizisten hielten die Demonstranten mit Absperrgittern auf Abstand."
C11 = "Anwar Usman wies die Vorwürfe am Mittwoch zurück und nannte die Entscheidung „politisiert“."
C12 = ("Er sei Opfer einer Verleumdung, sagte er in Jakarta und schloss einen Rücktritt als Verfassungsrichter "
       "aus.")
C13 = ("Der Generalsekretär von Widodos eigener Partei PDI-P, Hasto Kristiyanto, begrüßte die Entscheidung des "
       "Ehrenrats als „Licht in der Dunkelheit“.")
C14 = ("Zugleich warf er dem Präsidenten vor, die Justiz für die politische Zukunft seiner Familie zu "
       "missbrauchen.")
C15 = ("Der Präsidentenpalast erklärte, Widodo respektiere die Entscheidung und mische sich nicht in die Arbeit des "
       "Gerichts ein.")
C16 = "Die Verfassungsrichter wollen am Donnerstag einen neuen Vorsitzenden aus ihrer Mitte wählen."
C17 = "Indonesien wählt am 14. Februar einen Nachfolger Widodos, der nach zwei Amtszeiten nicht erneut antreten darf."

DE03 = {
    "id": "hm277-de-03", "lang": "de", "url": None, "published": "2023-11-08",
    "title": "Indonesiens Verfassungsgerichtspräsident wegen Befangenheit abgesetzt",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15, C16, C17]),
    "events": [
        event("SANCTION", MKMK, ANWAR_USMAN, C1),
        event("SANCTION", MKMK, ANWAR_USMAN, C2, mode="convict", date="2023-11-07"),
        event("COERCE", MKMK, ANWAR_USMAN, C5, mode="ban"),
        event("ACCUSE", JIMLY, ANWAR_USMAN, C6, mode="allege"),
        event("REJECT", MKMK, COMPLAINANTS, C7, mode="change"),
        event("PROTEST", IDN_STUDENTS, ANWAR_USMAN, C9, mode="demo", location="Jakarta", location_country="IDN"),
        event("COERCE", IDN_POLICE, IDN_STUDENTS, C10, mode="restrict", location="Jakarta", location_country="IDN"),
        event("ACCUSE", ANWAR_USMAN, MKMK, C11, mode="disapprove", date="2023-11-08"),
        event("REJECT", ANWAR_USMAN, IDN_STUDENTS, C12, mode="change", location="Jakarta", location_country="IDN"),
        event("SUPPORT", HASTO, MKMK, C13),
        event("ACCUSE", HASTO, WIDODO, C14, mode="allege"),
        event("SUPPORT", IDN_PALACE, MKMK, C15),
    ],
    "quotes": [
        quote("bei einem umstrittenen Urteil zugunsten seines Neffen gegen die Pflicht zur Unparteilichkeit verstoßen "
              "zu haben", "Honorary Council of the Constitutional Court of Indonesia", "indirect"),
        quote("Der Richter hat einen schweren Verstoß gegen die Grundsätze der Unabhängigkeit und der "
              "Unparteilichkeit begangen", "Jimly Asshiddiqie", "direct"),
        quote("da er dafür nicht zuständig sei", "Honorary Council of the Constitutional Court of Indonesia",
              "indirect"),
        quote("politisiert", "Anwar Usman", "direct"),
        quote("Er sei Opfer einer Verleumdung", "Anwar Usman", "indirect"),
        quote("Licht in der Dunkelheit", "Hasto Kristiyanto", "direct"),
        quote("die Justiz für die politische Zukunft seiner Familie zu missbrauchen", "Hasto Kristiyanto", "indirect"),
        quote("Widodo respektiere die Entscheidung und mische sich nicht in die Arbeit des Gerichts ein",
              "Office of the President of Indonesia", "indirect"),
    ],
    "entities": [
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesiens", "Indonesien"]),
        entity("Anwar Usman", "PER", "IDN", ["Indonesiens Verfassungsgerichtspräsident Anwar Usman",
                                             "den 66-Jährigen", "Anwar Usman", "Anwars", "Der Richter"]),
        entity("Constitutional Court of Indonesia", "ORG", "IDN", ["des Gerichts", "Das Verfassungsgericht",
                                                                   "die Richter", "Die Verfassungsrichter"]),
        entity("Honorary Council of the Constitutional Court of Indonesia", "ORG", "IDN", [
            "Der Ehrenrat des Gerichts", "des Ehrenrats", "der Rat"]),
        entity("Gibran Rakabuming Raka", "PER", "IDN", ["Gibran Rakabuming Raka", "seines Neffen",
                                                        "Der 36-Jährige", "Gibrans"]),
        entity("Joko Widodo", "PER", "IDN", ["Präsident Joko Widodo", "Widodos", "Widodo", "dem Präsidenten"]),
        entity("Jimly Asshiddiqie", "PER", "IDN", ["der Vorsitzende des Ehrenrats, Jimly Asshiddiqie"]),
        entity("complainants before the Honorary Council", "PER", "IDN", ["der Beschwerdeführer"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Verteidigungsminister Prabowo Subianto"]),
        entity("Constitutional Court building", "LOC", "IDN", ["dem Gerichtsgebäude"]),
        entity("Indonesian National Police", "ORG", "IDN", ["Polizisten"]),
        entity("Indonesian Democratic Party of Struggle", "ORG", "IDN", ["Widodos eigener Partei PDI-P"]),
        entity("Hasto Kristiyanto", "PER", "IDN", [
            "Der Generalsekretär von Widodos eigener Partei PDI-P, Hasto Kristiyanto"]),
        entity("Office of the President of Indonesia", "ORG", "IDN", ["Der Präsidentenpalast"]),
    ],
}

# ---------------------------------------------------------------- hm277-de-04 (Australia/USA, Assange freed)
ASSANGE = actor("Julian Assange", "AUS", "CVL")
US_COURT_NMI = actor("U.S. District Court for the Northern Mariana Islands", "USA", "JUD")
MANGLONA = actor("Ramona Manglona", "USA", "JUD")
US_DOJ = actor("U.S. Department of Justice", "USA", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")
UK_HIGH_COURT = actor("High Court of England and Wales", "GBR", "JUD")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
DUTTON = actor("Peter Dutton", "AUS", "OPP")
PENCE = actor("Mike Pence", "USA", "PTY")
ROBINSON = actor("Jennifer Robinson", "AUS", "CVL")

D1 = ("Canberra (dpa) - Nach mehr als fünf Jahren Haft in Großbritannien ist Wikileaks-Gründer Julian Assange als "
      "freier Mann in seine Heimat Australien zurückgekehrt.")
D2 = ("Zuvor hatte sich der 52-Jährige am Mittwoch vor einem US-Bundesgericht auf der Pazifikinsel Saipan schuldig "
      "bekannt, sich zur Beschaffung und Weitergabe geheimer Informationen der Landesverteidigung verschworen zu "
      "haben.")
D3 = ("Richterin Ramona Manglona verurteilte ihn zu 62 Monaten Haft, die er in Großbritannien bereits verbüßt hat, "
      "und ließ ihn anschließend frei.")
D4 = "„Sie können diesen Gerichtssaal als freier Mann verlassen“, sagte sie."
D5 = ("Assange hatte sich mit dem US-Justizministerium auf eine Vereinbarung geeinigt, die ihm eine Auslieferung in "
      "die USA erspart.")
D6 = ("Washington hatte ihm wegen der Veröffentlichung Hunderttausender geheimer Dokumente zu den Kriegen in "
      "Afghanistan und im Irak Spionage vorgeworfen.")
D7 = ("Am Montag war er aus dem Londoner Hochsicherheitsgefängnis Belmarsh entlassen worden, nachdem ihm der High "
      "Court Kaution gewährt hatte.")
D8 = ("Auf dem Flug nach Canberra begleiteten ihn der australische Botschafter in Washington, Kevin Rudd, und der "
      "Hochkommissar in London, Stephen Smith.")
D9 = ("Premierminister Anthony Albanese begrüßte die Rückkehr Assanges und sagte, er habe nach der Landung mit ihm "
      "telefoniert.")
D10 = ("Seine Regierung habe sich in Washington und London auf allen Ebenen für eine Freilassung eingesetzt, sagte "
       "der 61-Jährige in Canberra.")
D11 = "„Diese Angelegenheit hat sich viel zu lange hingezogen“, sagte Albanese."
D12 = ("Oppositionsführer Peter Dutton warf Albanese vor, einen Mann zu feiern, der das Leben von Informanten der "
       "USA in Gefahr gebracht habe.")
D13 = "In den USA nannte der frühere Vizepräsident Mike Pence die Vereinbarung ein „Versagen der Justiz“."
D14 = ("Assanges Anwältin Jennifer Robinson dankte bei einer Pressekonferenz in Canberra der australischen Regierung "
       "für ihren Einsatz.")
D15 = "„Das ist ein Sieg für die Pressefreiheit“, sagte seine Frau Stella Assange."
D16 = ("Die Kosten für den Charterflug von rund 520.000 australischen Dollar (etwa 320.000 Euro) muss Assange selbst "
       "tragen, die Regierung in Canberra übernahm sie nicht.")
D17 = "Bei einer Verurteilung in den USA hätten ihm theoretisch bis zu 175 Jahre Haft gedroht."

DE04 = {
    "id": "hm277-de-04", "lang": "de", "url": None, "published": "2024-06-26",
    "title": "Assange nach Schuldeingeständnis auf Saipan frei und zurück in Australien",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12, D13], [D14, D15, D16, D17]),
    "events": [
        event("CONCEDE", ASSANGE, US_COURT_NMI, D2, date="2024-06-26", location="Saipan", location_country="MNP"),
        event("SANCTION", MANGLONA, ASSANGE, D3, mode="convict"),
        event("RETREAT", MANGLONA, ASSANGE, D3, mode="release"),
        event("AGREE", ASSANGE, US_DOJ, D5),
        event("ACCUSE", US_GOV, ASSANGE, D6, mode="allege"),
        event("RETREAT", UK_HIGH_COURT, ASSANGE, D7, mode="release", date="2024-06-24", location="London",
              location_country="GBR"),
        event("SUPPORT", ALBANESE, ASSANGE, D9),
        event("CONSULT", ALBANESE, ASSANGE, D9, mode="phone"),
        event("REQUEST", AUS_GOV, US_GOV, D10, mode="yield"),
        event("REQUEST", AUS_GOV, UK_GOV, D10, mode="yield"),
        event("ACCUSE", DUTTON, ALBANESE, D12, mode="disapprove"),
        event("ACCUSE", PENCE, US_DOJ, D13, mode="disapprove"),
        event("SUPPORT", ROBINSON, AUS_GOV, D14),
        event("AID", AUS_GOV, ASSANGE, D16, negated=True),
    ],
    "quotes": [
        quote("sich zur Beschaffung und Weitergabe geheimer Informationen der Landesverteidigung verschworen zu haben",
              "Julian Assange", "indirect"),
        quote("Sie können diesen Gerichtssaal als freier Mann verlassen", "Ramona Manglona", "direct"),
        quote("er habe nach der Landung mit ihm telefoniert", "Anthony Albanese", "indirect"),
        quote("Seine Regierung habe sich in Washington und London auf allen Ebenen für eine Freilassung eingesetzt",
              "Anthony Albanese", "indirect"),
        quote("Diese Angelegenheit hat sich viel zu lange hingezogen", "Anthony Albanese", "direct"),
        quote("einen Mann zu feiern, der das Leben von Informanten der USA in Gefahr gebracht habe", "Peter Dutton",
              "indirect"),
        quote("Versagen der Justiz", "Mike Pence", "direct"),
        quote("Das ist ein Sieg für die Pressefreiheit", "Stella Assange", "direct"),
    ],
    "entities": [
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("WikiLeaks", "ORG", None, ["Wikileaks"]),
        entity("Julian Assange", "PER", "AUS", ["Wikileaks-Gründer Julian Assange", "der 52-Jährige", "Assange",
                                                "Assanges"]),
        entity("Australia", "LOC", "AUS", ["seine Heimat Australien"]),
        entity("U.S. District Court for the Northern Mariana Islands", "ORG", "USA", ["einem US-Bundesgericht"]),
        entity("Saipan", "LOC", "MNP", ["der Pazifikinsel Saipan"]),
        entity("Ramona Manglona", "PER", "USA", ["Richterin Ramona Manglona"]),
        entity("U.S. Department of Justice", "ORG", "USA", ["dem US-Justizministerium"]),
        entity("United States", "LOC", "USA", ["die USA", "der USA", "den USA"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan"]),
        entity("Iraq", "LOC", "IRQ", ["Irak"]),
        entity("HM Prison Belmarsh", "LOC", "GBR", ["dem Londoner Hochsicherheitsgefängnis Belmarsh"]),
        entity("High Court of England and Wales", "ORG", "GBR", ["der High Court"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Kevin Rudd", "PER", "AUS", ["der australische Botschafter in Washington, Kevin Rudd"]),
        entity("Stephen Smith", "PER", "AUS", ["der Hochkommissar in London, Stephen Smith"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "der 61-Jährige", "Albanese"]),
        entity("Government of Australia", "ORG", "AUS", ["Seine Regierung", "der australischen Regierung",
                                                         "die Regierung in Canberra"]),
        entity("Peter Dutton", "PER", "AUS", ["Oppositionsführer Peter Dutton"]),
        entity("Mike Pence", "PER", "USA", ["der frühere Vizepräsident Mike Pence"]),
        entity("Jennifer Robinson", "PER", "AUS", ["Assanges Anwältin Jennifer Robinson"]),
        entity("Stella Assange", "PER", None, ["seine Frau Stella Assange"]),
    ],
}

# ---------------------------------------------------------------- hm277-en-01 (Philippines, Marawi Mass bombing)
BOMBERS = actor("perpetrators of the Marawi bombing", "PHL", "REB")
WORSHIPPERS = actor("Catholic worshippers at Mindanao State University", "PHL", "CVL")
ISLAMIC_STATE = actor("Islamic State", None, "REB")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
TEODORO = actor("Gilberto Teodoro", "PHL", "GOV")
FOREIGN_MILITANTS = actor("foreign militants", None, "REB")
AFP_PHL = actor("Armed Forces of the Philippines", "PHL", "MIL")
DAWLAH = actor("Dawlah Islamiyah-Philippines", "PHL", "REB")
PNP = actor("Philippine National Police", "PHL", "COP")
PHL_ARMY = actor("Philippine Army", "PHL", "MIL")
MURAD = actor("Murad Ebrahim", "PHL", "GOV")
MARAWI_VICTIMS = actor("victims of the Marawi bombing", "PHL", "CVL")
ADIONG = actor("Mamintal Adiong Jr.", "PHL", "GOV")
LANAO_RESIDENTS = actor("residents of Lanao del Sur", "PHL", "CVL")

E1 = ("MARAWI, Philippines, Dec 3 (Reuters) - A bomb exploded during a Catholic Mass in a university gymnasium in the "
      "southern Philippine city of Marawi on Sunday, killing at least four people and wounding about 50, "
      "authorities said.")
E2 = ("Students and teachers had gathered in the gymnasium of Mindanao State University for the morning service, "
      "police said.")
E3 = ('The Islamic State group claimed responsibility in a statement on Telegram, saying its fighters had detonated '
      'a bomb at a gathering of "Christians" in Marawi.')
E4 = ('President Ferdinand Marcos Jr. condemned what he called "senseless and most heinous acts perpetrated by '
      'foreign terrorists" and vowed to bring those responsible to justice.')
E5 = ("Photographs posted on social media showed plastic chairs strewn across the floor of the gymnasium and a "
      "bloodstained basketball court.")
E6 = ('Defence Secretary Gilberto Teodoro told reporters there was "a strong indication of a foreign element" in the '
      'bombing.')
E7 = ("Armed forces chief General Romeo Brawner said the attack could be retaliation for a military operation on "
      "Friday that killed 11 members of the pro-Islamic State group Dawlah Islamiyah-Philippines in Maguindanao del "
      "Sur province.")
E8 = ("National police chief Benjamin Acorda said security forces across Mindanao had been placed on heightened "
      "alert and checkpoints had been set up on roads leading into Marawi.")
E9 = "The army sent additional troops to secure the campus, and the university suspended classes until further notice."
E10 = ("Murad Ebrahim, chief minister of the Bangsamoro autonomous region and a former leader of the Moro Islamic "
       "Liberation Front rebels, condemned the bombing as an attack on the peace the region had fought hard for.")
E11 = ("Marcos ordered government agencies to provide financial and medical assistance to the wounded and to the "
       "families of those killed.")
E12 = ("Lanao del Sur Governor Mamintal Adiong Jr. urged residents to stay calm and to report suspicious people to "
       "the authorities.")
E13 = "No arrests had been made by Sunday evening, a police spokesperson said."
E14 = ("Marawi, a predominantly Muslim city, was besieged for five months in 2017 by militants loyal to Islamic "
       "State, and much of its centre was destroyed in the fighting to retake it.")
E15 = ("The bombing came a day after a magnitude 7.4 earthquake struck off the east coast of Mindanao, prompting "
       "tsunami warnings.")

EN01 = {
    "id": "hm277-en-01", "lang": "en", "url": None, "published": "2023-12-03",
    "title": "Bomb kills four at Catholic Mass in Philippines' Marawi, Islamic State claims attack",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10], [E11, E12, E13], [E14, E15]),
    "events": [
        event("ASSAULT", BOMBERS, WORSHIPPERS, E1, mode="explosives", date="2023-12-03", location="Marawi",
              location_country="PHL"),
        event("ASSAULT", ISLAMIC_STATE, WORSHIPPERS, E3, mode="explosives", location="Marawi",
              location_country="PHL"),
        event("ACCUSE", MARCOS, BOMBERS, E4, mode="disapprove"),
        event("THREATEN", MARCOS, BOMBERS, E4, mode="arrest"),
        event("ACCUSE", TEODORO, FOREIGN_MILITANTS, E6, mode="allege"),
        event("ASSAULT", AFP_PHL, DAWLAH, E7, date="2023-12-01", location="Maguindanao del Sur",
              location_country="PHL"),
        event("MOBILIZE", PNP, None, E8, mode="police", location="Mindanao", location_country="PHL"),
        event("COERCE", PNP, None, E8, mode="restrict", location="Marawi", location_country="PHL"),
        event("MOBILIZE", PHL_ARMY, None, E9, mode="troops", location="Marawi", location_country="PHL"),
        event("ACCUSE", MURAD, BOMBERS, E10, mode="disapprove"),
        event("AID", MARCOS, MARAWI_VICTIMS, E11),
        event("REQUEST", ADIONG, LANAO_RESIDENTS, E12),
        event("COERCE", PNP, BOMBERS, E13, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("A bomb exploded during a Catholic Mass in a university gymnasium in the southern Philippine city of "
              "Marawi on Sunday, killing at least four people and wounding about 50", "Philippine authorities",
              "indirect"),
        quote("Students and teachers had gathered in the gymnasium of Mindanao State University for the morning "
              "service", "Philippine National Police", "indirect"),
        quote('its fighters had detonated a bomb at a gathering of "Christians" in Marawi', "Islamic State",
              "indirect"),
        quote("Christians", "Islamic State", "direct"),
        quote("senseless and most heinous acts perpetrated by foreign terrorists", "Ferdinand Marcos Jr.", "direct"),
        quote('there was "a strong indication of a foreign element" in the bombing', "Gilberto Teodoro", "indirect"),
        quote("a strong indication of a foreign element", "Gilberto Teodoro", "direct"),
        quote("the attack could be retaliation for a military operation on Friday that killed 11 members of the "
              "pro-Islamic State group Dawlah Islamiyah-Philippines in Maguindanao del Sur province", "Romeo Brawner",
              "indirect"),
        quote("security forces across Mindanao had been placed on heightened alert and checkpoints had been set up on "
              "roads leading into Marawi", "Benjamin Acorda", "indirect"),
        quote("No arrests had been made by Sunday evening", "Philippine National Police", "indirect"),
    ],
    "entities": [
        entity("Marawi", "LOC", "PHL", ["MARAWI", "Marawi", "a predominantly Muslim city"]),
        entity("Philippines", "LOC", "PHL", ["Philippines"]),
        entity("Dimaporo Gymnasium", "LOC", "PHL", ["a university gymnasium", "the gymnasium"]),
        entity("Mindanao State University", "LOC", "PHL", ["Mindanao State University", "the campus",
                                                           "the university"]),
        entity("Philippine National Police", "ORG", "PHL", ["police", "a police spokesperson"]),
        entity("Islamic State", "ORG", None, ["The Islamic State group", "Islamic State"]),
        entity("Telegram", "ORG", None, ["Telegram"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["President Ferdinand Marcos Jr.", "Marcos"]),
        entity("Gilberto Teodoro", "PER", "PHL", ["Defence Secretary Gilberto Teodoro"]),
        entity("Armed Forces of the Philippines", "ORG", "PHL", ["Armed forces"]),
        entity("Romeo Brawner", "PER", "PHL", ["Armed forces chief General Romeo Brawner"]),
        entity("Dawlah Islamiyah-Philippines", "ORG", "PHL", ["the pro-Islamic State group Dawlah "
                                                              "Islamiyah-Philippines"]),
        entity("Maguindanao del Sur", "LOC", "PHL", ["Maguindanao del Sur province"]),
        entity("Benjamin Acorda", "PER", "PHL", ["National police chief Benjamin Acorda"]),
        entity("Mindanao", "LOC", "PHL", ["Mindanao"]),
        entity("Philippine Army", "ORG", "PHL", ["The army"]),
        entity("Murad Ebrahim", "PER", "PHL", ["Murad Ebrahim"]),
        entity("Bangsamoro", "LOC", "PHL", ["the Bangsamoro autonomous region", "the region"]),
        entity("Moro Islamic Liberation Front", "ORG", "PHL", ["the Moro Islamic Liberation Front rebels"]),
        entity("Government of the Philippines", "ORG", "PHL", ["government agencies", "the authorities",
                                                               "authorities"]),
        entity("Lanao del Sur", "LOC", "PHL", ["Lanao del Sur"]),
        entity("Mamintal Adiong Jr.", "PER", "PHL", ["Lanao del Sur Governor Mamintal Adiong Jr."]),
    ],
}

# ---------------------------------------------------------------- hm277-en-02 (WHO, Taiwan kept out of the WHA)
WHA = actor("World Health Assembly", "UNO", "IGO")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
PARAGUAY = actor("Paraguay", "PRY", "GOV")
ESWATINI = actor("Eswatini", "SWZ", "GOV")
CHEN_XU = actor("Chen Xu", "CHN", "GOV")
DPP = actor("Democratic Progressive Party", "TWN", "PTY")
TWN_MOFA = actor("Ministry of Foreign Affairs of Taiwan", "TWN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
CHIU = actor("Chiu Tai-yuan", "TWN", "GOV")
BARAN = actor("María Teresa Barán", "PRY", "GOV")
TEDROS = actor("Tedros Adhanom Ghebreyesus", "UNO", "IGO")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
PLA = actor("People's Liberation Army", "CHN", "MIL")

F1 = ("GENEVA, May 27 (Reuters) - The World Health Organization's annual assembly on Monday rejected a proposal to "
      "invite Taiwan as an observer, the eighth year in a row that the island has been kept out of the meeting under "
      "pressure from China.")
F2 = "The decision came after a short procedural debate in the assembly hall of the United Nations' Palais des Nations."
F3 = ("The proposal had been submitted by Paraguay, Eswatini and several other of Taiwan's remaining diplomatic "
      "allies.")
F4 = ("China's ambassador to the United Nations in Geneva, Chen Xu, told delegates that Taiwan was part of China and "
      "that the island's ruling Democratic Progressive Party had \"stubbornly\" refused to accept the one-China "
      "principle.")
F5 = '"There is no so-called health gap," Chen said.'
F6 = "Taiwan's foreign ministry accused Beijing of putting politics above the health of the island's 23 million people."
F7 = ("Health Minister Chiu Tai-yuan, who travelled to Geneva for meetings on the sidelines, held talks with "
      "Paraguayan Health Minister María Teresa Barán and with officials from several other countries.")
F8 = '"Taiwan is willing and able to share its experience with the world," Chiu told reporters.'
F9 = ('The U.S. State Department said Washington was "deeply disappointed" and urged WHO Director-General Tedros '
      'Adhanom Ghebreyesus to invite Taiwan to future assemblies.')
F10 = "Tedros has said in the past that the decision rests with the member states."
F11 = ('China\'s foreign ministry said in a statement that the outcome showed the one-China principle was "the '
       'prevailing trend" and accused Taiwan\'s government of "political manipulation."')
F12 = ("Taiwan took part in the assembly as an observer from 2009 to 2016, when relations with Beijing were warmer "
       "under the China-friendly Kuomintang government.")
F13 = "Lai Ching-te of the Democratic Progressive Party was sworn in as Taiwan's president a week ago."
F14 = ('Days after his inauguration, China held large-scale military drills around the island, calling them "strong '
       'punishment" for separatist forces.')
F15 = ("The week-long assembly is also due to decide on amendments to the International Health Regulations after "
       "talks on a global pandemic treaty missed their deadline last week.")

EN02 = {
    "id": "hm277-en-02", "lang": "en", "url": None, "published": "2024-05-27",
    "title": "WHO assembly shuts Taiwan out for eighth year under Chinese pressure",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9, F10], [F11, F12, F13, F14, F15]),
    "events": [
        event("REJECT", WHA, TWN_GOV, F1, date="2024-05-27", location="Geneva", location_country="CHE"),
        event("REQUEST", PARAGUAY, WHA, F3),
        event("REQUEST", ESWATINI, WHA, F3),
        event("ACCUSE", CHEN_XU, DPP, F4, mode="allege"),
        event("ACCUSE", TWN_MOFA, CHN_GOV, F6, mode="allege"),
        event("CONSULT", CHIU, BARAN, F7, location="Geneva", location_country="CHE"),
        event("ACCUSE", US_STATE, WHA, F9, mode="disapprove"),
        event("REQUEST", US_STATE, TEDROS, F9, mode="change"),
        event("SUPPORT", CHN_MFA, WHA, F11),
        event("ACCUSE", CHN_MFA, TWN_GOV, F11, mode="allege"),
        event("MOBILIZE", PLA, TWN_GOV, F14, mode="troops"),
    ],
    "quotes": [
        quote('Taiwan was part of China and that the island\'s ruling Democratic Progressive Party had "stubbornly" '
              'refused to accept the one-China principle', "Chen Xu", "indirect"),
        quote("stubbornly", "Chen Xu", "direct"),
        quote("There is no so-called health gap", "Chen Xu", "direct"),
        quote("Taiwan is willing and able to share its experience with the world", "Chiu Tai-yuan", "direct"),
        quote('Washington was "deeply disappointed"', "U.S. Department of State", "indirect"),
        quote("deeply disappointed", "U.S. Department of State", "direct"),
        quote("the decision rests with the member states", "Tedros Adhanom Ghebreyesus", "indirect"),
        quote('the outcome showed the one-China principle was "the prevailing trend"',
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("the prevailing trend", "Ministry of Foreign Affairs of China", "direct"),
        quote("political manipulation", "Ministry of Foreign Affairs of China", "direct"),
        quote("strong punishment", "People's Liberation Army Eastern Theater Command", "direct"),
    ],
    "entities": [
        entity("Geneva", "LOC", "CHE", ["GENEVA", "Geneva"]),
        entity("World Health Assembly", "ORG", "UNO", ["The World Health Organization's annual assembly",
                                                       "the meeting", "the assembly", "The week-long assembly"]),
        entity("World Health Organization", "ORG", "UNO", ["World Health Organization", "WHO"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "the island"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Palais des Nations", "LOC", "CHE", ["Palais des Nations"]),
        entity("Paraguay", "LOC", "PRY", ["Paraguay"]),
        entity("Eswatini", "LOC", "SWZ", ["Eswatini"]),
        entity("Chen Xu", "PER", "CHN", ["China's ambassador to the United Nations in Geneva, Chen Xu", "Chen"]),
        entity("Democratic Progressive Party", "ORG", "TWN", ["the island's ruling Democratic Progressive Party",
                                                              "the Democratic Progressive Party"]),
        entity("Ministry of Foreign Affairs of Taiwan", "ORG", "TWN", ["Taiwan's foreign ministry"]),
        entity("Government of China", "ORG", "CHN", ["Beijing"]),
        entity("Chiu Tai-yuan", "PER", "TWN", ["Health Minister Chiu Tai-yuan", "Chiu"]),
        entity("María Teresa Barán", "PER", "PRY", ["Paraguayan Health Minister María Teresa Barán"]),
        entity("U.S. Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Tedros Adhanom Ghebreyesus", "PER", "UNO", ["WHO Director-General Tedros Adhanom Ghebreyesus",
                                                            "Tedros"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Taiwan's government"]),
        entity("Kuomintang", "ORG", "TWN", ["the China-friendly Kuomintang government"]),
        entity("Lai Ching-te", "PER", "TWN", ["Lai Ching-te", "Taiwan's president"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
