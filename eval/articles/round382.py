"""Round 382: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, Sub-Saharan Africa, invented wording and details):
- hm382-de-01: Chad: Mahamat Déby suspends visas for US citizens "by reciprocity" after Trump's travel ban on Chad and eleven other countries; the White House's overstay argument, the AU Commission's appeal, Somalia's and Congo-Brazzaville's offers of talks, the 2024 Adji Kossei request and the end of the French defence pact recalled (2025-06-06).
- hm382-de-02: Tanzania: ex-ambassador and former CCM ideologue Humphrey Polepole abducted from his Dar es Salaam home; the family blames the security services, police deny holding him and investigate, his resignation and stripped status, Chadema's exclusion, Chadema, ACT-Wazalendo and Amnesty demand, the government spokesman rejects the accusations (2025-10-07).
- hm382-de-03: Equatorial Guinea: after the Baltasar Ebang Engonga sex-video scandal, Vice President Teodoro Nguema Obiang Mangue orders civil servants who had sex in offices suspended; seized recordings, the October arrest, refused release, the prosecutor general's conditional warning, Ortel's order to stop the videos, CPDS demands the government's resignation (2024-11-05).
- hm382-de-04: Nigeria: police detain activist Omoyele Sowore at the Abuja headquarters over his "illegal IGP" posts about Kayode Egbetokun; cyberbullying accusation, supporters tear-gassed, Obi, Atiku and Amnesty object, his 2019 DSS detention recalled (2025-08-26).
- hm382-en-01: South Sudan/United States: Rubio revokes all visas of South Sudanese passport holders after Juba turns away a deportee; Juba says Makula Kintu is Congolese but will admit him and asks for a rethink, Makuei's "dumping ground" remark, Machar's house arrest and the embassy drawdown recalled, Refugees International objects (2025-04-06).
- hm382-en-02: Gambia: the National Assembly rejects Almameh Gibba's bill to repeal the ban on female genital cutting; Speaker Jatta's ruling, the Brikama convictions and Imam Abdoulie Fatty's campaign recalled, rival rallies outside parliament, Fatou Baldeh and the UN welcome the vote (2024-07-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm382-de-01 (Chad, visas for US citizens suspended)
TCD_GOV = actor("Government of Chad", "TCD", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
DEBY = actor("Mahamat Idriss Déby Itno", "TCD", "GOV")
QAT_GOV = actor("Government of Qatar", "QAT", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
TCD_CITIZENS = actor("citizens of Chad", "TCD", "CVL")
AU_COMMISSION = actor("African Union Commission", "IGO", "IGO")
DAHIR = actor("Dahir Hassan Abdi", "SOM", "GOV")
COG_GOV = actor("Government of the Republic of the Congo", "COG", "GOV")
TCD_AIR_CHIEF = actor("Chief of Staff of the Chadian Air Force", "TCD", "MIL")
US_MIL = actor("United States Armed Forces", "USA", "MIL")
FRA_GOV = actor("Government of France", "FRA", "GOV")
FRA_MIL = actor("French Armed Forces", "FRA", "MIL")

T1 = ("N'Djamena (dpa) - Als Reaktion auf das von US-Präsident Donald Trump verhängte Einreiseverbot hat der Tschad die "
      "Vergabe von Visa an Bürger der Vereinigten Staaten ausgesetzt.")
T2 = ("Er habe die Regierung angewiesen, nach dem Prinzip der Gegenseitigkeit zu handeln und bis auf Weiteres keine Visa "
      "mehr an US-Bürger zu erteilen, schrieb Präsident Mahamat Idriss Déby Itno am Donnerstagabend auf Facebook.")
T3 = ("„Der Tschad hat keine Flugzeuge anzubieten und keine Milliarden Dollar zu verschenken, aber der Tschad hat seine "
      "Würde und seinen Stolz“, fügte der 41-Jährige hinzu.")
T4 = ("Die Anspielung galt offenbar dem Luxusjet, den das Golfemirat Katar der US-Regierung vor wenigen Wochen als "
      "Geschenk angeboten hatte.")
T5 = ("Trump hatte am Mittwoch eine Proklamation unterzeichnet, die Staatsangehörigen des Tschad und elf weiterer Länder "
      "ab Montag die Einreise in die USA weitgehend verwehrt.")
T6 = ("Das Weiße Haus begründete den Schritt unter anderem damit, dass Bürger des Tschad ihre Visa besonders häufig "
      "überzogen hätten.")
T7 = ("Die Kommission der Afrikanischen Union rief Washington auf, einen „konsultativeren Ansatz“ zu wählen und den "
      "Dialog mit den betroffenen Staaten zu suchen.")
T8 = ("Man sei besorgt über die möglichen Folgen für Bildung, Handel und die diplomatischen Beziehungen, hieß es in "
      "einer Mitteilung.")
T9 = ("Somalias Botschafter in Washington, Dahir Hassan Abdi, erklärte, seine Regierung sei bereit, mit den USA "
      "zusammenzuarbeiten, um die Sicherheitsbedenken auszuräumen.")
T10 = ("Die Regierung der Republik Kongo sprach von einem „Missverständnis“ und kündigte Gespräche mit Washington an.")
T11 = ("Bereits erteilte Visa für Amerikaner bleiben nach Angaben des tschadischen Außenministeriums gültig.")
T12 = "Die Beziehungen zwischen N'Djamena und Washington gelten seit längerem als angespannt."
T13 = ("Im April 2024 hatte der Generalstabschef der Luftwaffe die USA schriftlich aufgefordert, ihre Aktivitäten auf "
       "dem Stützpunkt Adji Kossei nahe der Hauptstadt einzustellen.")
T14 = "Die rund 75 dort stationierten US-Soldaten verließen das Land daraufhin vorübergehend."
T15 = ("Ende November 2024 kündigte der Tschad zudem das Verteidigungsabkommen mit Frankreich auf, die letzten französischen "
       "Soldaten zogen im Januar ab.")
T16 = ("Déby hatte nach dem Tod seines Vaters Idriss Déby im Jahr 2021 die Macht übernommen und war im Mai 2024 zum "
       "Präsidenten gewählt worden.")

DE01 = {
    "id": "hm382-de-01", "lang": "de", "url": None, "published": "2025-06-06",
    "title": "Tschad stellt keine Visa mehr für US-Bürger aus",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6], [T7, T8, T9, T10, T11], [T12, T13, T14, T15, T16]),
    "events": [
        event("SANCTION", TCD_GOV, USA_GOV, T1, mode="discontinue"),
        event("SANCTION", TRUMP, TCD_GOV, T1, mode="discontinue"),
        event("SANCTION", DEBY, USA_GOV, T2, mode="discontinue", date="2025-06-05"),
        event("AGREE", QAT_GOV, USA_GOV, T4),
        event("SANCTION", TRUMP, TCD_GOV, T5, mode="discontinue", date="2025-06-04"),
        event("ACCUSE", WHITE_HOUSE, TCD_CITIZENS, T6, mode="allege"),
        event("REQUEST", AU_COMMISSION, USA_GOV, T7, mode="change"),
        event("AGREE", DAHIR, USA_GOV, T9),
        event("AGREE", COG_GOV, USA_GOV, T10, mode="meet"),
        event("REQUEST", TCD_AIR_CHIEF, US_MIL, T13, mode="yield"),
        event("RETREAT", US_MIL, None, T14, mode="withdraw"),
        event("SANCTION", TCD_GOV, FRA_GOV, T15, mode="discontinue"),
        event("RETREAT", FRA_MIL, None, T15, mode="withdraw"),
    ],
    "quotes": [
        quote("Er habe die Regierung angewiesen, nach dem Prinzip der Gegenseitigkeit zu handeln und bis auf Weiteres "
              "keine Visa mehr an US-Bürger zu erteilen", "Mahamat Idriss Déby Itno", "indirect"),
        quote("Der Tschad hat keine Flugzeuge anzubieten und keine Milliarden Dollar zu verschenken, aber der Tschad hat "
              "seine Würde und seinen Stolz", "Mahamat Idriss Déby Itno", "direct"),
        quote("dass Bürger des Tschad ihre Visa besonders häufig überzogen hätten", "White House", "indirect"),
        quote("konsultativeren Ansatz", "African Union Commission", "direct"),
        quote("Man sei besorgt über die möglichen Folgen für Bildung, Handel und die diplomatischen Beziehungen",
              "African Union Commission", "indirect"),
        quote("seine Regierung sei bereit, mit den USA zusammenzuarbeiten, um die Sicherheitsbedenken auszuräumen",
              "Dahir Hassan Abdi", "indirect"),
        quote("Missverständnis", "Government of the Republic of the Congo", "direct"),
        quote("Bereits erteilte Visa für Amerikaner bleiben nach Angaben des tschadischen Außenministeriums gültig",
              "Ministry of Foreign Affairs of Chad", "indirect"),
    ],
    "entities": [
        entity("N'Djamena", "LOC", "TCD", ["N'Djamena", "der Hauptstadt"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Chad", "LOC", "TCD", ["der Tschad", "Der Tschad", "des Tschad"]),
        entity("United States", "LOC", "USA", ["der Vereinigten Staaten", "die USA", "den USA"]),
        entity("Mahamat Idriss Déby Itno", "PER", "TCD", ["Präsident Mahamat Idriss Déby Itno", "der 41-Jährige",
                                                          "Déby"]),
        entity("Government of Chad", "ORG", "TCD", ["die Regierung"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("Qatar", "LOC", "QAT", ["das Golfemirat Katar"]),
        entity("Government of the United States", "ORG", "USA", ["der US-Regierung", "Washington"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("citizens of Chad", "PER", "TCD", ["Bürger des Tschad"]),
        entity("African Union Commission", "ORG", "IGO", ["Die Kommission der Afrikanischen Union"]),
        entity("Somalia", "LOC", "SOM", ["Somalias"]),
        entity("Dahir Hassan Abdi", "PER", "SOM", ["Somalias Botschafter in Washington, Dahir Hassan Abdi"]),
        entity("Government of Somalia", "ORG", "SOM", ["seine Regierung"]),
        entity("Government of the Republic of the Congo", "ORG", "COG", ["Die Regierung der Republik Kongo"]),
        entity("Republic of the Congo", "LOC", "COG", ["Republik Kongo"]),
        entity("Ministry of Foreign Affairs of Chad", "ORG", "TCD", ["des tschadischen Außenministeriums"]),
        entity("Chief of Staff of the Chadian Air Force", "PER", "TCD", ["der Generalstabschef der Luftwaffe"]),
        entity("Chadian Air Force", "ORG", "TCD", ["der Luftwaffe"]),
        entity("Adji Kossei Air Base", "LOC", "TCD", ["dem Stützpunkt Adji Kossei"]),
        entity("United States Armed Forces", "ORG", "USA", ["Die rund 75 dort stationierten US-Soldaten"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("French Armed Forces", "ORG", "FRA", ["die letzten französischen Soldaten"]),
        entity("Idriss Déby", "PER", "TCD", ["seines Vaters Idriss Déby"]),
    ],
}

# ---------------------------------------------------------------- hm382-de-02 (Tanzania, Humphrey Polepole abducted)
POLEPOLE_FAMILY = actor("family of Humphrey Polepole", "TZA", "CVL")
TZA_SECURITY = actor("Tanzanian security forces", "TZA", "COP")
TZA_POLICE = actor("Tanzania Police Force", "TZA", "COP")
POLEPOLE = actor("Humphrey Polepole", "TZA", "CVL")
CCM = actor("Chama Cha Mapinduzi", "TZA", "PTY")
TZA_MFA = actor("Ministry of Foreign Affairs of Tanzania", "TZA", "GOV")
INEC = actor("Independent National Electoral Commission of Tanzania", "TZA", "GOV")
CHADEMA = actor("Chadema", "TZA", "OPP")
TZA_GOV = actor("Government of Tanzania", "TZA", "GOV")
SEMU = actor("Dorothy Semu", "TZA", "OPP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

P1 = ("Daressalam (dpa) - In Tansania ist der frühere Botschafter und einstige Parteiideologe der Regierungspartei CCM, "
      "Humphrey Polepole, nach Angaben seiner Familie aus seinem Haus verschleppt worden.")
P2 = ("Mehrere Männer hätten in der Nacht zum Montag die Tür seines Hauses im Stadtteil Ununio aufgebrochen und ihn "
      "gewaltsam mitgenommen, sagte ein Bruder Polepoles vor Journalisten.")
P3 = "Im Schlafzimmer seien Blutspuren zurückgeblieben."
P4 = "Die Familie macht die Sicherheitsbehörden für das Verschwinden verantwortlich."
P5 = "„Wir wissen, wer ihn geholt hat, und wir wissen, warum“, sagte der Bruder."
P6 = "Polizeisprecher David Misime erklärte, Polepole befinde sich nicht im Gewahrsam der Polizei."
P7 = "Man habe Ermittlungen eingeleitet und suche nach ihm."
P8 = ("Polepole war bis Juli Botschafter Tansanias in Kuba und trat dann zurück, nachdem er der Führung der CCM "
      "öffentlich vorgeworfen hatte, die Grundsätze der Partei verraten zu haben.")
P9 = "Im September erkannte ihm das Außenministerium den Diplomatenstatus ab."
P10 = ("Seitdem gilt er als einer der schärfsten Kritiker von Präsidentin Samia Suluhu Hassan aus den eigenen "
       "Reihen.")
P11 = ("Die Entführung ereignete sich gut drei Wochen vor der Präsidenten- und Parlamentswahl am 29. Oktober.")
P12 = ("Die Wahlkommission hatte die größte Oppositionspartei Chadema im April von der Abstimmung ausgeschlossen, "
       "nachdem sie sich geweigert hatte, einen Verhaltenskodex zu unterzeichnen.")
P13 = ("Chadema verurteilte die Entführung und forderte die Regierung auf, Polepole unverzüglich und unversehrt "
       "freizulassen.")
P14 = ("Die Vorsitzende der Partei ACT-Wazalendo, Dorothy Semu, sprach von einem „Klima der Angst“, in dem niemand "
       "mehr frei seine Meinung sagen könne.")
P15 = ("Amnesty International forderte die tansanischen Behörden auf, den Fall unabhängig untersuchen zu lassen und "
       "die Verantwortlichen zur Rechenschaft zu ziehen.")
P16 = "Regierungssprecher Gerson Msigwa wies Vorwürfe gegen die Sicherheitskräfte als „haltlos“ zurück."
P17 = ("Menschenrechtler haben seit 2019 Dutzende Fälle verschwundener Regierungskritiker dokumentiert, im vergangenen "
       "Jahr war der Chadema-Funktionär Ali Mohamed Kibao entführt und später tot aufgefunden worden.")

DE02 = {
    "id": "hm382-de-02", "lang": "de", "url": None, "published": "2025-10-07",
    "title": "Tansanischer Ex-Botschafter Polepole verschleppt",
    "text": paragraphs([P1, P2, P3, P4, P5], [P6, P7], [P8, P9, P10, P11, P12], [P13, P14, P15, P16, P17]),
    "events": [
        event("ACCUSE", POLEPOLE_FAMILY, TZA_SECURITY, P4, mode="allege"),
        event("COERCE", TZA_POLICE, POLEPOLE, P6, mode="arrest", negated=True),
        event("ACCUSE", TZA_POLICE, None, P7, mode="investigate"),
        event("RETREAT", POLEPOLE, None, P8, mode="resign"),
        event("ACCUSE", POLEPOLE, CCM, P8, mode="allege"),
        event("SANCTION", TZA_MFA, POLEPOLE, P9, mode="expel"),
        event("COERCE", INEC, CHADEMA, P12, mode="restrict"),
        event("REJECT", CHADEMA, INEC, P12),
        event("ACCUSE", CHADEMA, TZA_GOV, P13, mode="disapprove"),
        event("REQUEST", CHADEMA, TZA_GOV, P13, mode="yield"),
        event("ACCUSE", SEMU, TZA_GOV, P14, mode="disapprove"),
        event("REQUEST", AMNESTY, TZA_GOV, P15, mode="change"),
    ],
    "quotes": [
        quote("In Tansania ist der frühere Botschafter und einstige Parteiideologe der Regierungspartei CCM, Humphrey "
              "Polepole, nach Angaben seiner Familie aus seinem Haus verschleppt worden",
              "family of Humphrey Polepole", "indirect"),
        quote("Mehrere Männer hätten in der Nacht zum Montag die Tür seines Hauses im Stadtteil Ununio aufgebrochen und "
              "ihn gewaltsam mitgenommen", "brother of Humphrey Polepole", "indirect"),
        quote("Im Schlafzimmer seien Blutspuren zurückgeblieben", "brother of Humphrey Polepole", "indirect"),
        quote("Wir wissen, wer ihn geholt hat, und wir wissen, warum", "brother of Humphrey Polepole", "direct"),
        quote("Polepole befinde sich nicht im Gewahrsam der Polizei", "David Misime", "indirect"),
        quote("Man habe Ermittlungen eingeleitet und suche nach ihm", "David Misime", "indirect"),
        quote("die Grundsätze der Partei verraten zu haben", "Humphrey Polepole", "indirect"),
        quote("Klima der Angst", "Dorothy Semu", "direct"),
        quote("haltlos", "Gerson Msigwa", "direct"),
    ],
    "entities": [
        entity("Dar es Salaam", "LOC", "TZA", ["Daressalam"]),
        entity("Tanzania", "LOC", "TZA", ["Tansania", "Tansanias"]),
        entity("Chama Cha Mapinduzi", "ORG", "TZA", ["der Regierungspartei CCM", "der Führung der CCM"]),
        entity("Humphrey Polepole", "PER", "TZA", ["der frühere Botschafter und einstige Parteiideologe der "
                                                   "Regierungspartei CCM, Humphrey Polepole", "Polepoles",
                                                   "Polepole", "ihn", "ihm"]),
        entity("family of Humphrey Polepole", "PER", "TZA", ["seiner Familie", "Die Familie"]),
        entity("Ununio", "LOC", "TZA", ["im Stadtteil Ununio"]),
        entity("brother of Humphrey Polepole", "PER", "TZA", ["ein Bruder Polepoles", "der Bruder"]),
        entity("Tanzanian security forces", "ORG", "TZA", ["die Sicherheitsbehörden", "die Sicherheitskräfte"]),
        entity("David Misime", "PER", "TZA", ["Polizeisprecher David Misime"]),
        entity("Tanzania Police Force", "ORG", "TZA", ["der Polizei"]),
        entity("Cuba", "LOC", "CUB", ["Kuba"]),
        entity("Ministry of Foreign Affairs of Tanzania", "ORG", "TZA", ["das Außenministerium"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["Präsidentin Samia Suluhu Hassan"]),
        entity("Independent National Electoral Commission of Tanzania", "ORG", "TZA", ["Die Wahlkommission"]),
        entity("Chadema", "ORG", "TZA", ["die größte Oppositionspartei Chadema", "Chadema"]),
        entity("Government of Tanzania", "ORG", "TZA", ["die Regierung", "die tansanischen Behörden"]),
        entity("ACT-Wazalendo", "ORG", "TZA", ["der Partei ACT-Wazalendo"]),
        entity("Dorothy Semu", "PER", "TZA", ["Die Vorsitzende der Partei ACT-Wazalendo, Dorothy Semu"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Gerson Msigwa", "PER", "TZA", ["Regierungssprecher Gerson Msigwa"]),
        entity("Ali Mohamed Kibao", "PER", "TZA", ["der Chadema-Funktionär Ali Mohamed Kibao"]),
    ],
}

# ---------------------------------------------------------------- hm382-de-03 (Equatorial Guinea, Ebang Engonga scandal)
TEODORIN = actor("Teodoro Nguema Obiang Mangue", "GNQ", "GOV")
SEX_OFFICIALS = actor("civil servants who had sex in government offices", "GNQ", "GOV")
GNQ_PROSECUTORS = actor("Public Prosecutor's Office of Equatorial Guinea", "GNQ", "JUD")
ENGONGA = actor("Baltasar Ebang Engonga", "GNQ", "GOV")
GNQ_POLICE = actor("National Police of Equatorial Guinea", "GNQ", "COP")
MALABO_COURT = actor("Malabo court", "GNQ", "JUD")
NZANG = actor("Anatolio Nzang Nguema", "GNQ", "JUD")
ORTEL = actor("Telecommunications Regulatory Body of Equatorial Guinea", "GNQ", "GOV")
GNQ_PROVIDERS = actor("mobile and internet providers in Equatorial Guinea", "GNQ", "BUS")
ESONO = actor("Andrés Esono Ondo", "GNQ", "OPP")
GNQ_GOV = actor("Government of Equatorial Guinea", "GNQ", "GOV")

E1 = ("Malabo (dpa) - In Äquatorialguinea hat Vizepräsident Teodoro Nguema Obiang Mangue die Suspendierung aller "
      "Staatsbediensteten angeordnet, die in Amtsräumen Sex gehabt haben.")
E2 = ("Die Maßnahme sei Teil einer Null-Toleranz-Politik gegen Fehlverhalten in der Verwaltung, schrieb der Sohn von "
      "Präsident Teodoro Obiang Nguema Mbasogo am Montag auf der Plattform X.")
E3 = "In allen Ministerien sollen zudem Überwachungskameras installiert werden."
E4 = ("Hintergrund ist ein Skandal um den Generaldirektor der Nationalen Agentur für Finanzermittlungen (ANIF), "
      "Baltasar Ebang Engonga.")
E5 = ("Seit vergangener Woche kursieren in sozialen Netzwerken Hunderte Videos, die ihn beim Sex mit verschiedenen "
      "Frauen zeigen, einige davon in seinem Büro.")
E6 = ("Die Aufnahmen waren nach Angaben der Ermittler bei einer Durchsuchung seiner Wohnung und seines Büros "
      "sichergestellt worden.")
E7 = "Wie sie ins Internet gelangten, ist unklar."
E8 = ("Ebang Engonga war bereits am 25. Oktober wegen des Verdachts der Veruntreuung öffentlicher Gelder festgenommen "
      "worden und sitzt seitdem im Gefängnis Black Beach in Malabo.")
E9 = "Er soll große Summen aus der Staatskasse auf Konten auf den Kaimaninseln verschoben haben."
E10 = ("Ein Gericht in Malabo lehnte in der vergangenen Woche einen Antrag seiner Anwälte auf Haftverschonung ab.")
E11 = ("Generalstaatsanwalt Anatolio Nzang Nguema sagte im Staatsfernsehen, sollte sich herausstellen, dass Ebang "
       "Engonga Krankheiten übertragen habe, werde man ihn auch wegen Angriffs auf die öffentliche Gesundheit "
       "anklagen.")
E12 = ("Die Telekommunikationsbehörde Ortel wies die Mobilfunk- und Internetanbieter an, die Verbreitung der Videos "
       "umgehend zu stoppen.")
E13 = ("„Wir können nicht länger hinnehmen, dass Amtsräume zu Orten der Schande werden“, schrieb der "
       "Vizepräsident.")
E14 = ("Der Generalsekretär der oppositionellen Konvergenz für Sozialdemokratie (CPDS), Andrés Esono Ondo, sprach von "
       "einem „Spiegelbild eines verrotteten Systems“.")
E15 = ("Er forderte den Rücktritt der Regierung und unabhängige Ermittlungen zu den Finanzgeschäften der "
       "Behörde.")
E16 = ("Präsident Obiang regiert das ölreiche Land seit 1979 und ist damit der am längsten amtierende Staatschef der "
       "Welt.")
E17 = ("Ebang Engonga ist ein Sohn des früheren Präsidenten der Kommission der zentralafrikanischen "
       "Wirtschaftsgemeinschaft Cemac, Baltasar Engonga Edjo.")

DE03 = {
    "id": "hm382-de-03", "lang": "de", "url": None, "published": "2024-11-05",
    "title": "Sexvideo-Skandal: Äquatorialguinea suspendiert Beamte",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11], [E12, E13], [E14, E15, E16, E17]),
    "events": [
        event("SANCTION", TEODORIN, SEX_OFFICIALS, E1, mode="expel"),
        event("COERCE", GNQ_PROSECUTORS, ENGONGA, E6, mode="seize"),
        event("COERCE", GNQ_POLICE, ENGONGA, E8, mode="arrest", date="2024-10-25"),
        event("REJECT", MALABO_COURT, ENGONGA, E10, mode="yield", location="Malabo", location_country="GNQ"),
        event("THREATEN", NZANG, ENGONGA, E11),
        event("COERCE", ORTEL, GNQ_PROVIDERS, E12, mode="censor"),
        event("ACCUSE", TEODORIN, SEX_OFFICIALS, E13, mode="disapprove"),
        event("ACCUSE", ESONO, GNQ_GOV, E14, mode="disapprove"),
        event("REQUEST", ESONO, GNQ_GOV, E15, mode="change"),
    ],
    "quotes": [
        quote("Die Maßnahme sei Teil einer Null-Toleranz-Politik gegen Fehlverhalten in der Verwaltung",
              "Teodoro Nguema Obiang Mangue", "indirect"),
        quote("Die Aufnahmen waren nach Angaben der Ermittler bei einer Durchsuchung seiner Wohnung und seines Büros "
              "sichergestellt worden", "Public Prosecutor's Office of Equatorial Guinea", "indirect"),
        quote("sollte sich herausstellen, dass Ebang Engonga Krankheiten übertragen habe, werde man ihn auch wegen "
              "Angriffs auf die öffentliche Gesundheit anklagen", "Anatolio Nzang Nguema", "indirect"),
        quote("Wir können nicht länger hinnehmen, dass Amtsräume zu Orten der Schande werden",
              "Teodoro Nguema Obiang Mangue", "direct"),
        quote("Spiegelbild eines verrotteten Systems", "Andrés Esono Ondo", "direct"),
    ],
    "entities": [
        entity("Malabo", "LOC", "GNQ", ["Malabo"]),
        entity("Equatorial Guinea", "LOC", "GNQ", ["Äquatorialguinea", "das ölreiche Land"]),
        entity("Teodoro Nguema Obiang Mangue", "PER", "GNQ", ["Vizepräsident Teodoro Nguema Obiang Mangue",
                                                              "der Sohn von Präsident Teodoro Obiang Nguema Mbasogo",
                                                              "der Vizepräsident"]),
        entity("civil servants who had sex in government offices", "PER", "GNQ",
               ["aller Staatsbediensteten"]),
        entity("Teodoro Obiang Nguema Mbasogo", "PER", "GNQ", ["Präsident Teodoro Obiang Nguema Mbasogo",
                                                               "Präsident Obiang"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("National Financial Investigation Agency", "ORG", "GNQ",
               ["der Nationalen Agentur für Finanzermittlungen (ANIF)", "der Behörde"]),
        entity("Baltasar Ebang Engonga", "PER", "GNQ", ["den Generaldirektor der Nationalen Agentur für "
                                                        "Finanzermittlungen (ANIF), Baltasar Ebang Engonga",
                                                        "Ebang Engonga", "ihn"]),
        entity("Public Prosecutor's Office of Equatorial Guinea", "ORG", "GNQ", ["der Ermittler"]),
        entity("Black Beach prison", "LOC", "GNQ", ["im Gefängnis Black Beach"]),
        entity("Cayman Islands", "LOC", "CYM", ["den Kaimaninseln"]),
        entity("Malabo court", "ORG", "GNQ", ["Ein Gericht in Malabo"]),
        entity("lawyers of Baltasar Ebang Engonga", "PER", "GNQ", ["seiner Anwälte"]),
        entity("Anatolio Nzang Nguema", "PER", "GNQ", ["Generalstaatsanwalt Anatolio Nzang Nguema"]),
        entity("Telecommunications Regulatory Body of Equatorial Guinea", "ORG", "GNQ",
               ["Die Telekommunikationsbehörde Ortel"]),
        entity("mobile and internet providers in Equatorial Guinea", "ORG", "GNQ",
               ["die Mobilfunk- und Internetanbieter"]),
        entity("Convergence for Social Democracy", "ORG", "GNQ",
               ["der oppositionellen Konvergenz für Sozialdemokratie (CPDS)"]),
        entity("Andrés Esono Ondo", "PER", "GNQ", ["Der Generalsekretär der oppositionellen Konvergenz für "
                                                   "Sozialdemokratie (CPDS), Andrés Esono Ondo"]),
        entity("Government of Equatorial Guinea", "ORG", "GNQ", ["der Regierung"]),
        entity("Economic and Monetary Community of Central Africa", "ORG", "IGO",
               ["der Kommission der zentralafrikanischen Wirtschaftsgemeinschaft Cemac"]),
        entity("Baltasar Engonga Edjo", "PER", "GNQ", ["des früheren Präsidenten der Kommission der "
                                                       "zentralafrikanischen Wirtschaftsgemeinschaft Cemac, "
                                                       "Baltasar Engonga Edjo"]),
    ],
}

# ---------------------------------------------------------------- hm382-de-04 (Nigeria, Omoyele Sowore detained)
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")
SOWORE = actor("Omoyele Sowore", "NGA", "OPP")
EGBETOKUN = actor("Kayode Egbetokun", "NGA", "COP")
NGA_POLICE_SPOKESMAN = actor("spokesperson of the Nigeria Police Force", "NGA", "COP")
SOWORE_SUPPORTERS = actor("supporters of Omoyele Sowore", "NGA", "CVL")
OBI = actor("Peter Obi", "NGA", "OPP")
ATIKU = actor("Atiku Abubakar", "NGA", "OPP")
AMNESTY_N = actor("Amnesty International", "NGO", "NGO")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
DSS = actor("Department of State Services", "NGA", "GOV")

S1 = ("Abuja (dpa) - Die nigerianische Polizei hat den Regierungskritiker und früheren Präsidentschaftskandidaten "
      "Omoyele Sowore festgenommen.")
S2 = ("Sowore sei am Dienstag im Polizeihauptquartier in Abuja in Gewahrsam genommen worden, wo er einer Vorladung "
      "gefolgt sei, teilte seine Partei African Action Congress (AAC) mit.")
S3 = ("Hintergrund ist ein Streit mit Generalinspekteur Kayode Egbetokun, den Sowore in sozialen Medien wiederholt als "
      "„illegalen IGP“ bezeichnet hat.")
S4 = ("Der Aktivist argumentiert, Egbetokun habe die gesetzliche Altersgrenze überschritten und sei nur durch eine "
      "umstrittene Gesetzesänderung im Amt geblieben.")
S5 = ("Ein Polizeisprecher erklärte, Sowore werde Cybermobbing und die Verbreitung von Falschinformationen "
      "vorgeworfen.")
S6 = "Er solle am Mittwoch einem Gericht vorgeführt werden."
S7 = "„Niemand steht über dem Gesetz, auch kein ehemaliger Präsidentschaftskandidat“, sagte der Sprecher."
S8 = "Dutzende Unterstützer versammelten sich vor dem Hauptquartier und forderten Sowores Freilassung."
S9 = "Polizisten trieben sie mit Tränengas auseinander."
S10 = ("Der frühere Präsidentschaftskandidat Peter Obi verurteilte die Festnahme als „Angriff auf die "
       "Meinungsfreiheit“.")
S11 = "Auch der ehemalige Vizepräsident Atiku Abubakar forderte, Sowore unverzüglich freizulassen."
S12 = ("Amnesty International warf den Behörden vor, Kritiker mit dem Gesetz gegen Cyberkriminalität mundtot machen "
       "zu wollen.")
S13 = ("Sowore, der das Enthüllungsportal Sahara Reporters gegründet hat, war bereits 2019 monatelang vom "
       "Inlandsgeheimdienst DSS festgehalten worden.")
S14 = ("Präsident Bola Tinubu hatte im vergangenen Jahr eine Gesetzesänderung unterzeichnet, die es Egbetokun erlaubt, "
       "trotz Erreichens der Altersgrenze von 60 Jahren bis 2027 im Amt zu bleiben.")
S15 = "Sowore hatte 2019 und 2023 erfolglos für das Präsidentenamt kandidiert."

DE04 = {
    "id": "hm382-de-04", "lang": "de", "url": None, "published": "2025-08-26",
    "title": "Nigerias Polizei nimmt Aktivisten Sowore fest",
    "text": paragraphs([S1, S2], [S3, S4, S5, S6, S7], [S8, S9, S10, S11, S12], [S13, S14, S15]),
    "events": [
        event("COERCE", NGA_POLICE, SOWORE, S1, mode="arrest", location_country="NGA"),
        event("COERCE", NGA_POLICE, SOWORE, S2, mode="arrest", date="2025-08-26", location="Abuja",
              location_country="NGA"),
        event("ACCUSE", SOWORE, EGBETOKUN, S3, mode="disapprove"),
        event("ACCUSE", SOWORE, EGBETOKUN, S4, mode="allege"),
        event("ACCUSE", NGA_POLICE_SPOKESMAN, SOWORE, S5, mode="allege"),
        event("PROTEST", SOWORE_SUPPORTERS, NGA_POLICE, S8, mode="demo", date="2025-08-26", location="Abuja",
              location_country="NGA"),
        event("ASSAULT", NGA_POLICE, SOWORE_SUPPORTERS, S9, mode="crowd-control", date="2025-08-26",
              location="Abuja", location_country="NGA"),
        event("ACCUSE", OBI, NGA_POLICE, S10, mode="disapprove"),
        event("REQUEST", ATIKU, None, S11, mode="yield"),
        event("ACCUSE", AMNESTY_N, NGA_GOV, S12, mode="allege"),
        event("COERCE", DSS, SOWORE, S13, mode="arrest"),
    ],
    "quotes": [
        quote("Sowore sei am Dienstag im Polizeihauptquartier in Abuja in Gewahrsam genommen worden, wo er einer "
              "Vorladung gefolgt sei", "African Action Congress", "indirect"),
        quote("illegalen IGP", "Omoyele Sowore", "direct"),
        quote("Egbetokun habe die gesetzliche Altersgrenze überschritten und sei nur durch eine umstrittene "
              "Gesetzesänderung im Amt geblieben", "Omoyele Sowore", "indirect"),
        quote("Sowore werde Cybermobbing und die Verbreitung von Falschinformationen vorgeworfen",
              "spokesperson of the Nigeria Police Force", "indirect"),
        quote("Er solle am Mittwoch einem Gericht vorgeführt werden", "spokesperson of the Nigeria Police Force",
              "indirect"),
        quote("Niemand steht über dem Gesetz, auch kein ehemaliger Präsidentschaftskandidat",
              "spokesperson of the Nigeria Police Force", "direct"),
        quote("Angriff auf die Meinungsfreiheit", "Peter Obi", "direct"),
        quote("Kritiker mit dem Gesetz gegen Cyberkriminalität mundtot machen zu wollen", "Amnesty International",
              "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["Die nigerianische Polizei", "Polizisten"]),
        entity("Omoyele Sowore", "PER", "NGA", ["den Regierungskritiker und früheren Präsidentschaftskandidaten "
                                                "Omoyele Sowore", "Sowore", "Der Aktivist", "Sowores"]),
        entity("Nigeria Police Force headquarters", "LOC", "NGA", ["im Polizeihauptquartier", "dem Hauptquartier"]),
        entity("African Action Congress", "ORG", "NGA", ["seine Partei African Action Congress (AAC)"]),
        entity("Kayode Egbetokun", "PER", "NGA", ["Generalinspekteur Kayode Egbetokun", "Egbetokun"]),
        entity("spokesperson of the Nigeria Police Force", "PER", "NGA", ["Ein Polizeisprecher", "der Sprecher"]),
        entity("supporters of Omoyele Sowore", "PER", "NGA", ["Dutzende Unterstützer"]),
        entity("Peter Obi", "PER", "NGA", ["Der frühere Präsidentschaftskandidat Peter Obi"]),
        entity("Atiku Abubakar", "PER", "NGA", ["der ehemalige Vizepräsident Atiku Abubakar"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Nigeria", "ORG", "NGA", ["den Behörden"]),
        entity("Sahara Reporters", "ORG", "NGA", ["das Enthüllungsportal Sahara Reporters"]),
        entity("Department of State Services", "ORG", "NGA", ["Inlandsgeheimdienst DSS"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu"]),
    ],
}

# ---------------------------------------------------------------- hm382-en-01 (South Sudan/US, visas revoked)
USA_GOV_S = actor("Government of the United States", "USA", "GOV")
SSD_GOV = actor("Government of South Sudan", "SSD", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
US_IMMIGRATION = actor("U.S. immigration authorities", "USA", "GOV")
KINTU = actor("Makula Kintu", "COD", "CVL")
SSD_MFA = actor("Ministry of Foreign Affairs of South Sudan", "SSD", "GOV")
MAKUEI = actor("Michael Makuei Lueth", "SSD", "GOV")
SSD_SECURITY = actor("South Sudanese security forces", "SSD", "MIL")
MACHAR = actor("Riek Machar", "SSD", "GOV")
US_STATE_DEPT = actor("United States Department of State", "USA", "GOV")
REFINT = actor("Refugees International", "NGO", "NGO")

J1 = ("JUBA, April 6 (Reuters) - The United States has revoked all visas held by South Sudanese passport holders, "
      "accusing the government in Juba of refusing to take back its citizens deported from the United States.")
J2 = ("Secretary of State Marco Rubio said on Saturday the State Department would also stop issuing new visas to South "
      "Sudanese nationals with immediate effect.")
J3 = ("\"It is time for the Transitional Government of National Unity of South Sudan to stop taking advantage of the "
      "United States,\" Rubio said in a statement.")
J4 = "He said Washington would be prepared to review the measures once South Sudan was cooperating fully."
J5 = ("The dispute centres on a man whom U.S. immigration authorities flew to Juba last week and whom South Sudanese "
      "officials refused to admit, saying he was not one of their citizens.")
J6 = ("South Sudan's foreign ministry said on Sunday that the man, identified as Makula Kintu, was a citizen of the "
      "Democratic Republic of Congo who had travelled on a South Sudanese document.")
J7 = ("The ministry nonetheless said it would allow him into the country \"in the spirit of the excellent friendly "
      "relations\" between the two countries.")
J8 = "It asked the U.S. government to reconsider the revocations."
J9 = ("Information Minister Michael Makuei Lueth told reporters in Juba that Washington was treating South Sudan like "
      "\"a dumping ground\" for other countries' deportees.")
J10 = ("The move is one of the toughest steps yet in the Trump administration's campaign to get countries to accept "
       "deportees.")
J11 = ("It comes amid fears of a return to civil war in South Sudan, where First Vice President Riek Machar was placed "
       "under house arrest in Juba late last month.")
J12 = ("The U.S. State Department in March ordered non-emergency staff to leave its embassy in Juba, citing the "
       "security situation.")
J13 = ("Refugees International called the blanket revocation \"collective punishment\" of people who had nothing to do "
       "with the case.")
J14 = ("South Sudan, which gained independence from Sudan in 2011, relies heavily on foreign aid, much of it from the "
       "United States.")

EN01 = {
    "id": "hm382-en-01", "lang": "en", "url": None, "published": "2025-04-06",
    "title": "US revokes all South Sudanese visas in deportation row",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10], [J11, J12, J13, J14]),
    "events": [
        event("SANCTION", USA_GOV_S, SSD_GOV, J1, mode="discontinue"),
        event("ACCUSE", USA_GOV_S, SSD_GOV, J1, mode="allege"),
        event("SANCTION", RUBIO, SSD_GOV, J2, mode="discontinue", date="2025-04-05"),
        event("ACCUSE", RUBIO, SSD_GOV, J3, mode="disapprove"),
        event("COERCE", US_IMMIGRATION, KINTU, J5, mode="deport", location="Juba", location_country="SSD"),
        event("REJECT", SSD_GOV, USA_GOV_S, J5),
        event("CONCEDE", SSD_MFA, USA_GOV_S, J7, date="2025-04-06"),
        event("REQUEST", SSD_MFA, USA_GOV_S, J8, mode="yield"),
        event("ACCUSE", MAKUEI, USA_GOV_S, J9, mode="disapprove", location="Juba", location_country="SSD"),
        event("COERCE", SSD_SECURITY, MACHAR, J11, mode="arrest", location="Juba", location_country="SSD"),
        event("SANCTION", US_STATE_DEPT, SSD_GOV, J12, mode="withdraw"),
        event("ACCUSE", REFINT, USA_GOV_S, J13, mode="disapprove"),
    ],
    "quotes": [
        quote("the State Department would also stop issuing new visas to South Sudanese nationals with immediate "
              "effect", "Marco Rubio", "indirect"),
        quote("It is time for the Transitional Government of National Unity of South Sudan to stop taking advantage "
              "of the United States", "Marco Rubio", "direct"),
        quote("Washington would be prepared to review the measures once South Sudan was cooperating fully",
              "Marco Rubio", "indirect"),
        quote("he was not one of their citizens", "Government of South Sudan", "indirect"),
        quote("the man, identified as Makula Kintu, was a citizen of the Democratic Republic of Congo who had "
              "travelled on a South Sudanese document", "Ministry of Foreign Affairs of South Sudan", "indirect"),
        quote("in the spirit of the excellent friendly relations", "Ministry of Foreign Affairs of South Sudan",
              "direct"),
        quote("it would allow him into the country \"in the spirit of the excellent friendly relations\" between the "
              "two countries", "Ministry of Foreign Affairs of South Sudan", "indirect"),
        quote("a dumping ground", "Michael Makuei Lueth", "direct"),
        quote("Washington was treating South Sudan like \"a dumping ground\" for other countries' deportees",
              "Michael Makuei Lueth", "indirect"),
        quote("collective punishment", "Refugees International", "direct"),
    ],
    "entities": [
        entity("Juba", "LOC", "SSD", ["JUBA", "Juba"]),
        entity("United States", "LOC", "USA", ["The United States", "the United States"]),
        entity("Government of South Sudan", "ORG", "SSD", ["the government in Juba",
                                                           "the Transitional Government of National Unity of South "
                                                           "Sudan", "South Sudanese officials"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio", "Rubio", "He"]),
        entity("United States Department of State", "ORG", "USA", ["the State Department",
                                                                   "The U.S. State Department"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "the U.S. government",
                                                                  "the Trump administration's"]),
        entity("South Sudan", "LOC", "SSD", ["South Sudan", "the country"]),
        entity("U.S. immigration authorities", "ORG", "USA", ["U.S. immigration authorities"]),
        entity("Makula Kintu", "PER", "COD", ["a man", "the man, identified as Makula Kintu", "him"]),
        entity("Ministry of Foreign Affairs of South Sudan", "ORG", "SSD", ["South Sudan's foreign ministry",
                                                                            "The ministry"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["the Democratic Republic of Congo"]),
        entity("Michael Makuei Lueth", "PER", "SSD", ["Information Minister Michael Makuei Lueth"]),
        entity("Donald Trump", "PER", "USA", ["Trump"]),
        entity("Riek Machar", "PER", "SSD", ["First Vice President Riek Machar"]),
        entity("Embassy of the United States in Juba", "ORG", "USA", ["its embassy in Juba"]),
        entity("Refugees International", "ORG", "NGO", ["Refugees International"]),
        entity("Sudan", "LOC", "SDN", ["Sudan"]),
    ],
}

# ---------------------------------------------------------------- hm382-en-02 (Gambia, FGM ban repeal rejected)
GMB_ASSEMBLY = actor("National Assembly of the Gambia", "GMB", "LEG")
GIBBA = actor("Almameh Gibba", "GMB", "LEG")
JATTA = actor("Fabakary Tombong Jatta", "GMB", "LEG")
BRIKAMA_COURT = actor("Brikama court", "GMB", "JUD")
THREE_WOMEN = actor("three women convicted of female genital cutting", "GMB", "CVL")
FATTY = actor("Abdoulie Fatty", "GMB", "CVL")
ACTIVISTS = actor("women's rights activists", "GMB", "CVL")
BILL_SUPPORTERS = actor("supporters of the Women's (Amendment) Bill", "GMB", "CVL")
BALDEH = actor("Fatou Baldeh", "GMB", "NGO")
UN_GMB = actor("United Nations in Gambia", "UNO", "IGO")

G1 = ("BANJUL, Gambia (AP) — Gambia's parliament on Monday rejected a bill that would have overturned the country's "
      "ban on female genital cutting, ending months of debate that had alarmed rights groups across Africa.")
G2 = ("Lawmakers voted down all clauses of the Women's (Amendment) Bill 2024, which had been introduced by lawmaker "
      "Almameh Gibba, after two parliamentary committees recommended that it be thrown out.")
G3 = ("\"The bill is hereby rejected and the legislative process is exhausted,\" Speaker Fabakary Tombong Jatta told "
      "the chamber.")
G4 = ("Gibba had argued that the 2015 ban violated citizens' right to practice their culture and religion.")
G5 = ("After the vote, he told reporters that the matter was \"not over\" and that he would keep pushing for a "
      "review.")
G6 = ("The ban was introduced in 2015 under former President Yahya Jammeh, who now lives in exile in Equatorial "
      "Guinea.")
G7 = ("Pressure to lift it grew last year after a court in the town of Brikama fined three women for cutting eight "
      "infant girls, the first convictions under the law.")
G8 = "A prominent imam, Abdoulie Fatty, paid their fines and urged lawmakers to repeal the ban."
G9 = ("Dozens of women's rights activists, some holding placards reading \"Protect our girls,\" gathered outside the "
      "National Assembly in Banjul as lawmakers debated.")
G10 = ("A smaller group of supporters of the bill, among them members of the Supreme Islamic Council, held a rally "
       "nearby.")
G11 = ("Fatou Baldeh, founder of the rights group Women in Liberation and Leadership, welcomed the vote.")
G12 = "\"Our daughters can breathe again,\" she said."
G13 = ("The United Nations in Gambia praised lawmakers for \"upholding the rights of women and girls.\"")
G14 = ("U.N. experts had warned that Gambia would have become the first country in the world to reverse a ban on the "
       "practice.")
G15 = ("According to UNICEF, 73% of Gambian women aged 15 to 49 have undergone the procedure, most of them before "
       "the age of five.")

EN02 = {
    "id": "hm382-en-02", "lang": "en", "url": None, "published": "2024-07-15",
    "title": "Gambia's lawmakers reject bill to lift ban on female genital cutting",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8], [G9, G10, G11, G12, G13], [G14, G15]),
    "events": [
        event("REJECT", GMB_ASSEMBLY, GIBBA, G1, date="2024-07-15", location="Banjul", location_country="GMB"),
        event("REJECT", GMB_ASSEMBLY, GIBBA, G2),
        event("REJECT", JATTA, GIBBA, G3),
        event("SANCTION", BRIKAMA_COURT, THREE_WOMEN, G7, mode="convict", location="Brikama",
              location_country="GMB"),
        event("AID", FATTY, THREE_WOMEN, G8),
        event("REQUEST", FATTY, GMB_ASSEMBLY, G8, mode="change"),
        event("PROTEST", ACTIVISTS, GMB_ASSEMBLY, G9, mode="demo", date="2024-07-15", location="Banjul",
              location_country="GMB"),
        event("PROTEST", BILL_SUPPORTERS, GMB_ASSEMBLY, G10, mode="demo", date="2024-07-15", location="Banjul",
              location_country="GMB"),
        event("SUPPORT", BALDEH, GMB_ASSEMBLY, G11),
        event("SUPPORT", UN_GMB, GMB_ASSEMBLY, G13),
    ],
    "quotes": [
        quote("The bill is hereby rejected and the legislative process is exhausted", "Fabakary Tombong Jatta",
              "direct"),
        quote("the 2015 ban violated citizens' right to practice their culture and religion", "Almameh Gibba",
              "indirect"),
        quote("not over", "Almameh Gibba", "direct"),
        quote("the matter was \"not over\" and that he would keep pushing for a review", "Almameh Gibba", "indirect"),
        quote("Protect our girls", "women's rights activists", "direct"),
        quote("Our daughters can breathe again", "Fatou Baldeh", "direct"),
        quote("upholding the rights of women and girls", "United Nations in Gambia", "direct"),
        quote("Gambia would have become the first country in the world to reverse a ban on the practice",
              "U.N. experts", "indirect"),
        quote("73% of Gambian women aged 15 to 49 have undergone the procedure, most of them before the age of five",
              "UNICEF", "indirect"),
    ],
    "entities": [
        entity("Banjul", "LOC", "GMB", ["BANJUL", "Banjul"]),
        entity("Gambia", "LOC", "GMB", ["Gambia", "the country's"]),
        entity("National Assembly of the Gambia", "ORG", "GMB", ["Gambia's parliament", "Lawmakers", "the chamber",
                                                                 "lawmakers",
                                                                 "the National Assembly"]),
        entity("Almameh Gibba", "PER", "GMB", ["lawmaker Almameh Gibba", "Gibba", "he"]),
        entity("Fabakary Tombong Jatta", "PER", "GMB", ["Speaker Fabakary Tombong Jatta"]),
        entity("Yahya Jammeh", "PER", "GMB", ["former President Yahya Jammeh"]),
        entity("Equatorial Guinea", "LOC", "GNQ", ["Equatorial Guinea"]),
        entity("Brikama", "LOC", "GMB", ["the town of Brikama"]),
        entity("Brikama court", "ORG", "GMB", ["a court in the town of Brikama"]),
        entity("three women convicted of female genital cutting", "PER", "GMB", ["three women"]),
        entity("Abdoulie Fatty", "PER", "GMB", ["A prominent imam, Abdoulie Fatty"]),
        entity("women's rights activists", "PER", "GMB", ["Dozens of women's rights activists"]),
        entity("supporters of the Women's (Amendment) Bill", "PER", "GMB", ["A smaller group of supporters of the "
                                                                            "bill"]),
        entity("Supreme Islamic Council", "ORG", "GMB", ["the Supreme Islamic Council"]),
        entity("Fatou Baldeh", "PER", "GMB", ["Fatou Baldeh", "she"]),
        entity("Women in Liberation and Leadership", "ORG", "GMB",
               ["the rights group Women in Liberation and Leadership"]),
        entity("United Nations in Gambia", "ORG", "UNO", ["The United Nations in Gambia"]),
        entity("U.N. experts", "PER", "UNO", ["U.N. experts"]),
        entity("UNICEF", "ORG", "UNO", ["UNICEF"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
