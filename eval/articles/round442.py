"""Round 442: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm442-de-01: Lesotho: Matekane's government declares a two-year national state of disaster over youth unemployment; he asks the AfDB and the EU for help, Trump's 50 percent tariff threat recalled, Mokhothu attacks the government and demands early elections, Matekane refuses, the IDUL union's demand, jobless youths rally outside parliament without arrests, Ramaphosa phones and pledges support (2025-07-10).
- hm442-de-02: Uganda: police arrest more than 20 students marching to parliament in Kampala against the EACOP oil pipeline; the police accusation, StopEACOP alleges beatings, the police deny, lawyers demand releases, Nankabirwa accuses the students and refuses a halt, the 2022 European Parliament resolution and Museveni's rejection recalled, HRW's accusation (2024-11-12).
- hm442-de-03: DR Congo: Health Minister Roger Kamba confirms an Ebola outbreak in Bulape, Kasai; villages quarantined, the WHO sends experts and supplies and pledges Ervebo doses at Kamba's request, MSF announces a treatment centre, Britain pledges money, Kasai MPs accuse the government of reacting late and Kamba rejects the criticism (2025-09-05).
- hm442-de-04: Nigeria: gunmen kill at least 51 people in Zike, Bassa, Plateau State; Governor Mutfwang speaks of genocide and blames the security forces, Tinubu condemns, troops sent, Operation Safe Haven arrests twelve suspects, Miyetti Allah denies, CAN's demand, tear gas on road-blocking protesters in Jos, Amnesty accuses the authorities (2025-04-15).
- hm442-en-01: Tanzania/Malawi/South Africa: Agriculture Minister Hussein Bashe threatens to ban farm imports from Malawi and South Africa from April 23 unless they lift their restrictions; Malawi's import ban and South Africa's banana block, Bashe's call for talks and offer, Mumba pledges a delegation, the DPP attacks Chakwera's government, SADC appeals to both sides (2025-04-17).
- hm442-en-02: Mauritius: the Financial Crimes Commission arrests ex-prime minister Pravind Jugnauth after seizing 114 million rupees in cash; bail and travel ban, Jugnauth denies and accuses Ramgoolam of revenge, his lawyer pledges cooperation, MSM supporters protest in Ebène without arrests, probe of former ministers, the pre-election social media block recalled (2025-02-17).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm442-de-01 (Lesotho, state of disaster)
LSO_GOV = actor("Government of Lesotho", "LSO", "GOV")
MATEKANE = actor("Sam Matekane", "LSO", "GOV")
AFDB = actor("African Development Bank", "IGO", "IGO")
EU = actor("European Union", "EUR", "IGO")
TRUMP = actor("Donald Trump", "USA", "GOV")
MOKHOTHU = actor("Mathibeli Mokhothu", "LSO", "OPP")
IDUL = actor("Independent Democratic Union of Lesotho", "LSO", "LAB")
LSO_YOUTH = actor("unemployed youths in Maseru", "LSO", "CVL")
LSO_POLICE = actor("Lesotho Mounted Police Service", "LSO", "COP")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")

L1 = ("Maseru (dpa) - Die Regierung des afrikanischen Königreichs Lesotho hat wegen der hohen Jugendarbeitslosigkeit "
      "für zwei Jahre den nationalen Katastrophenfall ausgerufen.")
L2 = ("Regierungschef Sam Matekane sagte am Mittwoch im Parlament in Maseru, die Lage erfordere außergewöhnliche "
      "Maßnahmen.")
L3 = ("„Wir können nicht zusehen, wie eine ganze Generation ohne Arbeit und ohne Hoffnung aufwächst“, sagte der "
      "frühere Unternehmer.")
L4 = ("Nach Regierungsangaben ist fast jeder zweite junge Mensch in dem Land mit rund 2,3 Millionen Einwohnern ohne "
      "Arbeit.")
L5 = ("Zugleich bat Matekane die Afrikanische Entwicklungsbank und die Europäische Union um Unterstützung für "
      "Beschäftigungsprogramme.")
L6 = "Besonders hart trifft die Krise die Textilindustrie, die vor allem Jeans für den US-Markt herstellt."
L7 = "US-Präsident Donald Trump hatte im April mit Zöllen von 50 Prozent auf Waren aus Lesotho gedroht."
L8 = "Mehrere Fabriken in Maseru und Maputsoe haben seither Tausende Beschäftigte entlassen."
L9 = ("Oppositionsführer Mathibeli Mokhothu warf der Regierung vor, die Krise mit ihrer verfehlten Wirtschaftspolitik "
      "selbst verschärft zu haben.")
L10 = "Der Katastrophenfall sei ein „Eingeständnis des Scheiterns“, sagte der Chef des Democratic Congress."
L11 = "Er forderte Neuwahlen, falls die Regierung binnen eines Jahres keine Erfolge vorweisen könne."
L12 = "Matekane lehnte dies ab und verwies auf das Mandat seiner Koalition bis 2027."
L13 = ("Die Textilarbeitergewerkschaft IDUL forderte die Regierung auf, entlassenen Näherinnen ein Überbrückungsgeld "
       "zu zahlen.")
L14 = "Vor dem Parlamentsgebäude demonstrierten am Mittwoch rund 300 junge Arbeitslose."
L15 = "Festnahmen gab es nicht."
L16 = ("Lesotho ist vollständig von Südafrika umschlossen, wo viele Basotho als Wanderarbeiter in Bergwerken und auf "
       "Farmen arbeiten.")
L17 = ("Südafrikas Präsident Cyril Ramaphosa sicherte Matekane in einem Telefonat Unterstützung zu, wie das Büro des "
       "Regierungschefs in Maseru mitteilte.")

DE01 = {
    "id": "hm442-de-01", "lang": "de", "url": None, "published": "2025-07-10",
    "title": "Lesotho ruft wegen Jugendarbeitslosigkeit den Katastrophenfall aus",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11, L12], [L13, L14, L15], [L16, L17]),
    "events": [
        event("REQUEST", MATEKANE, AFDB, L5, mode="assist", date="2025-07-09"),
        event("REQUEST", MATEKANE, EU, L5, mode="assist", date="2025-07-09"),
        event("THREATEN", TRUMP, LSO_GOV, L7),
        event("ACCUSE", MOKHOTHU, LSO_GOV, L9, mode="disapprove"),
        event("ACCUSE", MOKHOTHU, LSO_GOV, L10, mode="disapprove"),
        event("REQUEST", MOKHOTHU, LSO_GOV, L11, mode="change"),
        event("REJECT", MATEKANE, MOKHOTHU, L12, mode="change"),
        event("REQUEST", IDUL, LSO_GOV, L13, mode="assist"),
        event("PROTEST", LSO_YOUTH, LSO_GOV, L14, mode="demo", date="2025-07-09", location="Maseru",
              location_country="LSO"),
        event("COERCE", LSO_POLICE, LSO_YOUTH, L15, mode="arrest", date="2025-07-09", location="Maseru",
              location_country="LSO", negated=True),
        event("CONSULT", RAMAPHOSA, MATEKANE, L17, mode="phone"),
        event("AGREE", RAMAPHOSA, MATEKANE, L17),
    ],
    "quotes": [
        quote("die Lage erfordere außergewöhnliche Maßnahmen", "Sam Matekane", "indirect"),
        quote("Wir können nicht zusehen, wie eine ganze Generation ohne Arbeit und ohne Hoffnung aufwächst",
              "Sam Matekane", "direct"),
        quote("Nach Regierungsangaben ist fast jeder zweite junge Mensch in dem Land mit rund 2,3 Millionen "
              "Einwohnern ohne Arbeit", "Government of Lesotho", "indirect"),
        quote("die Krise mit ihrer verfehlten Wirtschaftspolitik selbst verschärft zu haben", "Mathibeli Mokhothu",
              "indirect"),
        quote("Eingeständnis des Scheiterns", "Mathibeli Mokhothu", "direct"),
        quote("Der Katastrophenfall sei ein „Eingeständnis des Scheiterns“", "Mathibeli Mokhothu", "indirect"),
        quote("Südafrikas Präsident Cyril Ramaphosa sicherte Matekane in einem Telefonat Unterstützung zu",
              "Office of the Prime Minister of Lesotho", "indirect"),
    ],
    "entities": [
        entity("Maseru", "LOC", "LSO", ["Maseru"]),
        entity("Government of Lesotho", "ORG", "LSO", ["Die Regierung des afrikanischen Königreichs Lesotho",
                                                       "der Regierung", "die Regierung"]),
        entity("Lesotho", "LOC", "LSO", ["des afrikanischen Königreichs Lesotho", "dem Land", "Lesotho"]),
        entity("Sam Matekane", "PER", "LSO", ["Regierungschef Sam Matekane", "der frühere Unternehmer", "Matekane",
                                              "des Regierungschefs"]),
        entity("Parliament of Lesotho", "ORG", "LSO", ["im Parlament in Maseru"]),
        entity("Parliament building of Lesotho", "LOC", "LSO", ["dem Parlamentsgebäude"]),
        entity("African Development Bank", "ORG", "IGO", ["die Afrikanische Entwicklungsbank"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Maputsoe", "LOC", "LSO", ["Maputsoe"]),
        entity("Mathibeli Mokhothu", "PER", "LSO", ["Oppositionsführer Mathibeli Mokhothu",
                                                    "der Chef des Democratic Congress", "Er"]),
        entity("Democratic Congress", "ORG", "LSO", ["des Democratic Congress"]),
        entity("governing coalition of Lesotho", "ORG", "LSO", ["seiner Koalition"]),
        entity("Independent Democratic Union of Lesotho", "ORG", "LSO", ["Die Textilarbeitergewerkschaft IDUL"]),
        entity("laid-off textile workers", "PER", "LSO", ["entlassenen Näherinnen"]),
        entity("unemployed youths in Maseru", "PER", "LSO", ["rund 300 junge Arbeitslose"]),
        entity("South Africa", "LOC", "ZAF", ["Südafrika", "Südafrikas"]),
        entity("Basotho", "MISC", "LSO", ["Basotho"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Südafrikas Präsident Cyril Ramaphosa"]),
        entity("Office of the Prime Minister of Lesotho", "ORG", "LSO",
               ["das Büro des Regierungschefs in Maseru"]),
    ],
}

# ---------------------------------------------------------------- hm442-de-02 (Uganda, EACOP protest arrests)
UGA_POLICE = actor("Uganda Police Force", "UGA", "COP")
UGA_STUDENTS = actor("student protesters in Kampala", "UGA", "EDU")
AMONG = actor("Anita Among", "UGA", "LEG")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
ONYANGO = actor("Patrick Onyango", "UGA", "COP")
STOPEACOP = actor("StopEACOP student movement", "UGA", "NGO")
STOPEACOP_LAWYERS = actor("lawyers of the StopEACOP movement", "UGA", "CVL")
NANKABIRWA = actor("Ruth Nankabirwa", "UGA", "GOV")
EP = actor("European Parliament", "EUR", "LEG")
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")

U1 = ("Kampala (dpa) - Die ugandische Polizei hat in der Hauptstadt Kampala mehr als 20 Studenten bei einem Protest "
      "gegen die umstrittene Ostafrikanische Rohölpipeline (EACOP) festgenommen.")
U2 = ("Die jungen Leute hätten am Montag eine Petition an Parlamentspräsidentin Anita Among übergeben wollen, als "
      "Beamte sie vor dem Gebäude stoppten, berichteten Augenzeugen.")
U3 = ("Auf Transparenten forderten die Demonstranten einen sofortigen Baustopp für die rund 1.440 Kilometer lange "
      "Leitung, die Öl aus dem Westen Ugandas zum tansanischen Hafen Tanga bringen soll.")
U4 = ("Polizeisprecher Patrick Onyango sagte, die Kundgebung sei nicht angemeldet gewesen und habe den Verkehr im "
      "Stadtzentrum lahmgelegt.")
U5 = "Ob die Festgenommenen angeklagt werden, blieb zunächst offen."
U6 = "Die Studentenbewegung StopEACOP sprach von einem „brutalen Vorgehen“ gegen friedliche Demonstranten."
U7 = ("Mehrere Studenten seien von Polizisten geschlagen und auf Lastwagen gezerrt worden, teilte ein Sprecher der "
      "Gruppe mit.")
U8 = "Die Polizei wies den Vorwurf zurück."
U9 = "Anwälte der Bewegung verlangten die sofortige Freilassung der Inhaftierten."
U10 = ("Energieministerin Ruth Nankabirwa warf den Demonstranten vor, sich von ausländischen Organisationen "
       "instrumentalisieren zu lassen.")
U11 = ("Die Pipeline sei für die Entwicklung des Landes unverzichtbar, die Regierung werde den Bau nicht stoppen, "
       "sagte sie.")
U12 = ("Das Europäische Parlament hatte 2022 in einer Resolution gefordert, die Arbeiten an dem Projekt "
       "auszusetzen.")
U13 = "Präsident Yoweri Museveni nannte den Beschluss damals „neokolonial“ und lehnte jede Verzögerung ab."
U14 = ("Gebaut wird die Leitung vom französischen Konzern TotalEnergies und der chinesischen Ölgesellschaft CNOOC "
       "gemeinsam mit den Regierungen Ugandas und Tansanias.")
U15 = "TotalEnergies erklärte, das Projekt erfülle internationale Umwelt- und Sozialstandards."
U16 = ("Die Menschenrechtsorganisation Human Rights Watch hatte den ugandischen Behörden im vergangenen Jahr "
       "vorgeworfen, Kritiker der Pipeline gezielt einzuschüchtern.")
U17 = "Umweltschützer warnen zudem vor Risiken für den Victoriasee und vor der Umsiedlung Tausender Familien."

DE02 = {
    "id": "hm442-de-02", "lang": "de", "url": None, "published": "2024-11-12",
    "title": "Uganda: Studenten bei Protest gegen Ölpipeline festgenommen",
    "text": paragraphs([U1, U2, U3], [U4, U5], [U6, U7, U8, U9], [U10, U11, U12, U13], [U14, U15, U16, U17]),
    "events": [
        event("COERCE", UGA_POLICE, UGA_STUDENTS, U1, mode="arrest", location="Kampala", location_country="UGA"),
        event("PROTEST", UGA_STUDENTS, AMONG, U2, mode="demo", date="2024-11-11", location="Kampala",
              location_country="UGA"),
        event("REQUEST", UGA_STUDENTS, UGA_GOV, U3, mode="change"),
        event("ACCUSE", ONYANGO, UGA_STUDENTS, U4, mode="allege"),
        event("ACCUSE", STOPEACOP, UGA_POLICE, U6, mode="disapprove"),
        event("ACCUSE", STOPEACOP, UGA_POLICE, U7, mode="allege"),
        event("REQUEST", STOPEACOP_LAWYERS, UGA_POLICE, U9, mode="yield"),
        event("ACCUSE", NANKABIRWA, UGA_STUDENTS, U10, mode="disapprove"),
        event("REJECT", NANKABIRWA, UGA_STUDENTS, U11, mode="change"),
        event("REQUEST", EP, UGA_GOV, U12, mode="change"),
        event("ACCUSE", MUSEVENI, EP, U13, mode="disapprove"),
        event("REJECT", MUSEVENI, EP, U13, mode="change"),
        event("ACCUSE", HRW, UGA_GOV, U16, mode="allege"),
    ],
    "quotes": [
        quote("Die jungen Leute hätten am Montag eine Petition an Parlamentspräsidentin Anita Among übergeben wollen, "
              "als Beamte sie vor dem Gebäude stoppten", "eyewitnesses in Kampala", "indirect"),
        quote("die Kundgebung sei nicht angemeldet gewesen und habe den Verkehr im Stadtzentrum lahmgelegt",
              "Patrick Onyango", "indirect"),
        quote("brutalen Vorgehen", "StopEACOP student movement", "direct"),
        quote("Mehrere Studenten seien von Polizisten geschlagen und auf Lastwagen gezerrt worden",
              "spokesman of the StopEACOP movement", "indirect"),
        quote("sich von ausländischen Organisationen instrumentalisieren zu lassen", "Ruth Nankabirwa", "indirect"),
        quote("Die Pipeline sei für die Entwicklung des Landes unverzichtbar, die Regierung werde den Bau nicht "
              "stoppen", "Ruth Nankabirwa", "indirect"),
        quote("neokolonial", "Yoweri Museveni", "direct"),
        quote("das Projekt erfülle internationale Umwelt- und Sozialstandards", "TotalEnergies", "indirect"),
        quote("Kritiker der Pipeline gezielt einzuschüchtern", "Human Rights Watch", "indirect"),
    ],
    "entities": [
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
        entity("Uganda Police Force", "ORG", "UGA", ["Die ugandische Polizei", "Beamte", "Polizisten",
                                                     "Die Polizei"]),
        entity("student protesters in Kampala", "PER", "UGA",
               ["mehr als 20 Studenten", "Die jungen Leute", "sie", "die Demonstranten", "die Festgenommenen",
                "friedliche Demonstranten", "Mehrere Studenten", "der Inhaftierten", "den Demonstranten"]),
        entity("East African Crude Oil Pipeline", "MISC", "UGA",
               ["die umstrittene Ostafrikanische Rohölpipeline (EACOP)",
                "die rund 1.440 Kilometer lange Leitung", "Die Pipeline", "dem Projekt", "die Leitung",
                "das Projekt", "der Pipeline"]),
        entity("Anita Among", "PER", "UGA", ["Parlamentspräsidentin Anita Among"]),
        entity("Parliament of Uganda", "LOC", "UGA", ["dem Gebäude"]),
        entity("eyewitnesses in Kampala", "PER", "UGA", ["Augenzeugen"]),
        entity("Uganda", "LOC", "UGA", ["Ugandas", "des Landes"]),
        entity("Tanga", "LOC", "TZA", ["zum tansanischen Hafen Tanga"]),
        entity("Patrick Onyango", "PER", "UGA", ["Polizeisprecher Patrick Onyango"]),
        entity("StopEACOP student movement", "ORG", "UGA", ["Die Studentenbewegung StopEACOP", "der Gruppe",
                                                            "der Bewegung"]),
        entity("spokesman of the StopEACOP movement", "PER", "UGA", ["ein Sprecher der Gruppe"]),
        entity("lawyers of the StopEACOP movement", "PER", "UGA", ["Anwälte der Bewegung"]),
        entity("Ruth Nankabirwa", "PER", "UGA", ["Energieministerin Ruth Nankabirwa", "sie"]),
        entity("Government of Uganda", "ORG", "UGA", ["die Regierung", "den ugandischen Behörden"]),
        entity("European Parliament", "ORG", "EUR", ["Das Europäische Parlament"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Präsident Yoweri Museveni"]),
        entity("TotalEnergies", "ORG", "FRA", ["französischen Konzern TotalEnergies", "TotalEnergies"]),
        entity("CNOOC", "ORG", "CHN", ["der chinesischen Ölgesellschaft CNOOC"]),
        entity("Tanzania", "LOC", "TZA", ["Tansanias"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Die Menschenrechtsorganisation Human Rights Watch"]),
        entity("Lake Victoria", "LOC", "UGA", ["den Victoriasee"]),
    ],
}

# ---------------------------------------------------------------- hm442-de-03 (DR Congo, Ebola in Kasai)
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
KAMBA = actor("Roger Kamba", "COD", "GOV")
BULAPE_RESIDENTS = actor("residents of Bulape", "COD", "CVL")
WHO = actor("World Health Organization", "UNO", "IGO")
MSF = actor("Médecins Sans Frontières", "NGO", "NGO")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
KASAI_MPS = actor("members of parliament from Kasai", "COD", "LEG")

E1 = ("Kinshasa (dpa) - Die Demokratische Republik Kongo hat einen neuen Ausbruch der lebensgefährlichen "
      "Ebola-Krankheit in der zentralen Provinz Kasai bestätigt.")
E2 = ("Bislang seien 28 Verdachtsfälle und 15 Todesfälle registriert worden, darunter vier Mitarbeiter des "
      "Gesundheitswesens, sagte Gesundheitsminister Roger Kamba am Donnerstag in Kinshasa.")
E3 = "Betroffen ist vor allem die Gesundheitszone Bulape, mehrere Hundert Kilometer östlich der Hauptstadt."
E4 = ("Die Behörden stellten mehrere Dörfer unter Quarantäne und richteten Kontrollposten an den Zufahrtsstraßen "
      "ein.")
E5 = ("Die Weltgesundheitsorganisation (WHO) schickte ein Team von Epidemiologen und Logistikern in die "
      "Region.")
E6 = ("Zudem seien zwei Tonnen Schutzausrüstung und medizinisches Material in die Provinzhauptstadt Tshikapa "
      "geflogen worden, teilte WHO-Generaldirektor Tedros Adhanom Ghebreyesus mit.")
E7 = "Kamba bat die WHO um die rasche Lieferung von Impfstoffen aus dem internationalen Notvorrat."
E8 = ("Die Organisation sagte zu, zunächst 2.000 Dosen des Impfstoffs Ervebo bereitzustellen, die bereits in "
      "Kinshasa lagern.")
E9 = ("Die Hilfsorganisation Ärzte ohne Grenzen kündigte an, in Bulape ein Behandlungszentrum mit 40 Betten "
      "einzurichten.")
E10 = "Großbritannien sagte umgerechnet rund 2,3 Millionen Euro für die Eindämmung des Ausbruchs zu."
E11 = "Abgeordnete aus Kasai warfen der Regierung vor, zu spät auf erste Warnungen reagiert zu haben."
E12 = ("Die ersten Verdachtsfälle seien bereits Ende August gemeldet worden, sagte einer von ihnen dem Sender "
       "Radio Okapi.")
E13 = ("Kamba wies die Kritik zurück und sagte, die Proben hätten erst im Labor in Kinshasa untersucht werden "
       "müssen.")
E14 = "Es ist der 16. Ebola-Ausbruch im Kongo seit der Entdeckung des Virus im Jahr 1976."
E15 = "Der bislang letzte Ausbruch in der Provinz Nord-Kivu war im September 2022 für beendet erklärt worden."
E16 = "Das Virus wird durch Körperflüssigkeiten übertragen und verläuft häufig tödlich."

DE03 = {
    "id": "hm442-de-03", "lang": "de", "url": None, "published": "2025-09-05",
    "title": "Kongo bestätigt neuen Ebola-Ausbruch in Kasai",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10], [E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("COERCE", COD_GOV, BULAPE_RESIDENTS, E4, mode="restrict", location="Bulape", location_country="COD"),
        event("AID", WHO, COD_GOV, E5, location="Kasai", location_country="COD"),
        event("AID", WHO, COD_GOV, E6, location="Tshikapa", location_country="COD"),
        event("REQUEST", KAMBA, WHO, E7, mode="assist"),
        event("AGREE", WHO, KAMBA, E8),
        event("AGREE", MSF, BULAPE_RESIDENTS, E9, location="Bulape", location_country="COD"),
        event("AGREE", GBR_GOV, COD_GOV, E10),
        event("ACCUSE", KASAI_MPS, COD_GOV, E11, mode="disapprove"),
    ],
    "quotes": [
        quote("Bislang seien 28 Verdachtsfälle und 15 Todesfälle registriert worden, darunter vier Mitarbeiter des "
              "Gesundheitswesens", "Roger Kamba", "indirect"),
        quote("Zudem seien zwei Tonnen Schutzausrüstung und medizinisches Material in die Provinzhauptstadt Tshikapa "
              "geflogen worden", "Tedros Adhanom Ghebreyesus", "indirect"),
        quote("zu spät auf erste Warnungen reagiert zu haben", "members of parliament from Kasai", "indirect"),
        quote("Die ersten Verdachtsfälle seien bereits Ende August gemeldet worden", "member of parliament from Kasai",
              "indirect"),
        quote("die Proben hätten erst im Labor in Kinshasa untersucht werden müssen", "Roger Kamba", "indirect"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["Kinshasa", "der Hauptstadt"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["Die Demokratische Republik Kongo", "im Kongo"]),
        entity("Kasai", "LOC", "COD", ["der zentralen Provinz Kasai", "die Region", "Kasai"]),
        entity("Roger Kamba", "PER", "COD", ["Gesundheitsminister Roger Kamba", "Kamba"]),
        entity("Bulape", "LOC", "COD", ["die Gesundheitszone Bulape", "Bulape"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Die Behörden",
                                                                                   "der Regierung"]),
        entity("World Health Organization", "ORG", "UNO", ["Die Weltgesundheitsorganisation (WHO)", "die WHO",
                                                           "Die Organisation"]),
        entity("Tedros Adhanom Ghebreyesus", "PER", "UNO", ["WHO-Generaldirektor Tedros Adhanom Ghebreyesus"]),
        entity("Tshikapa", "LOC", "COD", ["die Provinzhauptstadt Tshikapa"]),
        entity("Ervebo", "MISC", "USA", ["Ervebo"]),
        entity("Médecins Sans Frontières", "ORG", "NGO", ["Die Hilfsorganisation Ärzte ohne Grenzen"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Großbritannien"]),
        entity("members of parliament from Kasai", "PER", "COD", ["Abgeordnete aus Kasai"]),
        entity("member of parliament from Kasai", "PER", "COD", ["einer von ihnen"]),
        entity("Radio Okapi", "ORG", "UNO", ["dem Sender Radio Okapi"]),
        entity("North Kivu", "LOC", "COD", ["der Provinz Nord-Kivu"]),
    ],
}

# ---------------------------------------------------------------- hm442-de-04 (Nigeria, Zike massacre in Plateau)
ZIKE_GUNMEN = actor("gunmen in Zike", "NGA", "CVL")
ZIKE_RESIDENTS = actor("residents of Zike", "NGA", "CVL")
MUTFWANG = actor("Caleb Mutfwang", "NGA", "GOV")
NGA_SECURITY = actor("Nigerian security forces", "NGA", "MIL")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
NGA_ARMY = actor("Nigerian Army", "NGA", "MIL")
OPSH = actor("Operation Safe Haven", "NGA", "MIL")
ZIKE_SUSPECTS = actor("suspects in the Zike attack", "NGA", "CVL")
CAN = actor("Christian Association of Nigeria", "NGA", "REL")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
JOS_PROTESTERS = actor("protesters in Jos", "NGA", "CVL")
PLATEAU_GOV = actor("Government of Plateau State", "NGA", "GOV")
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

N1 = ("Abuja (dpa) - Bei einem Angriff bewaffneter Männer auf ein Dorf im zentralnigerianischen Bundesstaat Plateau "
      "sind mindestens 51 Menschen getötet worden.")
N2 = ("Die Angreifer hätten in der Nacht zum Montag die Ortschaft Zike im Bezirk Bassa überfallen und wahllos auf "
      "Bewohner geschossen, sagte Gyang Bere, Sprecher des Gouverneurs.")
N3 = "Zahlreiche Häuser wurden in Brand gesteckt."
N4 = "Es ist bereits der zweite schwere Angriff in der Region innerhalb von zwei Wochen."
N5 = ("Gouverneur Caleb Mutfwang besuchte am Montag den Ort und sprach von einem „Völkermord“ an der einheimischen "
      "Bevölkerung.")
N6 = "Er warf den Sicherheitskräften vor, trotz Warnungen nicht rechtzeitig eingegriffen zu haben."
N7 = "Präsident Bola Tinubu verurteilte die Tat scharf."
N8 = "„Diese sinnlose Gewalt muss ein Ende haben“, erklärte Tinubu in einer Mitteilung."
N9 = "Die Armee verlegte zusätzliche Soldaten in den Bezirk Bassa."
N10 = ("Bei Razzien in umliegenden Dörfern seien zwölf Verdächtige festgenommen worden, sagte ein Sprecher der "
       "Operation Safe Haven, der für die Region zuständigen Militäreinheit.")
N11 = "Der Viehzüchterverband Miyetti Allah wies Berichte zurück, wonach Fulani-Hirten hinter dem Angriff steckten."
N12 = ("Die Christliche Vereinigung Nigerias (CAN) forderte die Bundesregierung auf, die Dörfer in Plateau endlich "
       "wirksam zu schützen.")
N13 = "In der Landeshauptstadt Jos protestierten am Dienstag Hunderte junge Menschen gegen die anhaltende Gewalt."
N14 = "Die Polizei setzte Tränengas ein, um die Demonstranten zu zerstreuen, die eine Hauptstraße blockiert hatten."
N15 = "Amnesty International warf den Behörden vor, Angriffe in Plateau seit Jahren ungestraft zu lassen."
N16 = ("Im Zentrum Nigerias kommt es seit Jahren zu tödlichen Konflikten zwischen überwiegend christlichen Bauern "
       "und meist muslimischen Viehhirten um Land und Wasser.")

DE04 = {
    "id": "hm442-de-04", "lang": "de", "url": None, "published": "2025-04-15",
    "title": "Mindestens 51 Tote bei Angriff auf Dorf in Nigeria",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8], [N9, N10, N11], [N12, N13, N14], [N15, N16]),
    "events": [
        event("ASSAULT", ZIKE_GUNMEN, ZIKE_RESIDENTS, N1, location="Plateau", location_country="NGA"),
        event("ASSAULT", ZIKE_GUNMEN, ZIKE_RESIDENTS, N2, mode="firearms", date="2025-04-14", location="Zike",
              location_country="NGA"),
        event("ASSAULT", ZIKE_GUNMEN, ZIKE_RESIDENTS, N3, mode="destroy", location="Zike", location_country="NGA"),
        event("ACCUSE", MUTFWANG, ZIKE_GUNMEN, N5, mode="disapprove", date="2025-04-14", location="Zike",
              location_country="NGA"),
        event("ACCUSE", MUTFWANG, NGA_SECURITY, N6, mode="disapprove"),
        event("ACCUSE", TINUBU, ZIKE_GUNMEN, N7, mode="disapprove"),
        event("MOBILIZE", NGA_ARMY, None, N9, mode="troops", location="Bassa", location_country="NGA"),
        event("COERCE", OPSH, ZIKE_SUSPECTS, N10, mode="arrest", location="Bassa", location_country="NGA"),
        event("REQUEST", CAN, NGA_GOV, N12),
        event("PROTEST", JOS_PROTESTERS, PLATEAU_GOV, N13, mode="demo", date="2025-04-15", location="Jos",
              location_country="NGA"),
        event("COERCE", NGA_POLICE, JOS_PROTESTERS, N14, mode="crowd-control", date="2025-04-15", location="Jos",
              location_country="NGA"),
        event("PROTEST", JOS_PROTESTERS, PLATEAU_GOV, N14, mode="obstruct", date="2025-04-15", location="Jos",
              location_country="NGA"),
        event("ACCUSE", AMNESTY, NGA_GOV, N15, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Angreifer hätten in der Nacht zum Montag die Ortschaft Zike im Bezirk Bassa überfallen und wahllos "
              "auf Bewohner geschossen", "Gyang Bere", "indirect"),
        quote("Völkermord", "Caleb Mutfwang", "direct"),
        quote("trotz Warnungen nicht rechtzeitig eingegriffen zu haben", "Caleb Mutfwang", "indirect"),
        quote("Diese sinnlose Gewalt muss ein Ende haben", "Bola Tinubu", "direct"),
        quote("Bei Razzien in umliegenden Dörfern seien zwölf Verdächtige festgenommen worden",
              "spokesman of Operation Safe Haven", "indirect"),
        quote("Angriffe in Plateau seit Jahren ungestraft zu lassen", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("gunmen in Zike", "PER", "NGA", ["bewaffneter Männer", "Die Angreifer"]),
        entity("Zike", "LOC", "NGA", ["ein Dorf", "die Ortschaft Zike", "den Ort"]),
        entity("Plateau State", "LOC", "NGA", ["im zentralnigerianischen Bundesstaat Plateau", "der Region",
                                               "Plateau"]),
        entity("Bassa", "LOC", "NGA", ["im Bezirk Bassa", "den Bezirk Bassa"]),
        entity("residents of Zike", "PER", "NGA", ["Bewohner", "der einheimischen Bevölkerung"]),
        entity("Gyang Bere", "PER", "NGA", ["Gyang Bere, Sprecher des Gouverneurs"]),
        entity("Caleb Mutfwang", "PER", "NGA", ["des Gouverneurs", "Gouverneur Caleb Mutfwang", "Er"]),
        entity("Nigerian security forces", "ORG", "NGA", ["den Sicherheitskräften"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu", "Tinubu"]),
        entity("Nigerian Army", "ORG", "NGA", ["Die Armee", "zusätzliche Soldaten"]),
        entity("Operation Safe Haven", "ORG", "NGA", ["der Operation Safe Haven, der für die Region zuständigen "
                                                      "Militäreinheit"]),
        entity("spokesman of Operation Safe Haven", "PER", "NGA", ["ein Sprecher der Operation Safe Haven"]),
        entity("suspects in the Zike attack", "PER", "NGA", ["zwölf Verdächtige"]),
        entity("Miyetti Allah Cattle Breeders Association", "ORG", "NGA", ["Der Viehzüchterverband Miyetti Allah"]),
        entity("Fulani herders", "PER", "NGA", ["Fulani-Hirten"]),
        entity("Christian Association of Nigeria", "ORG", "NGA", ["Die Christliche Vereinigung Nigerias (CAN)"]),
        entity("Government of Nigeria", "ORG", "NGA", ["die Bundesregierung", "den Behörden"]),
        entity("Jos", "LOC", "NGA", ["der Landeshauptstadt Jos"]),
        entity("protesters in Jos", "PER", "NGA", ["Hunderte junge Menschen", "die Demonstranten"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["Die Polizei"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias"]),
    ],
}

# ---------------------------------------------------------------- hm442-en-01 (Tanzania/Malawi/South Africa trade row)
BASHE = actor("Hussein Bashe", "TZA", "GOV")
TZA_GOV = actor("Government of Tanzania", "TZA", "GOV")
MWI_GOV = actor("Government of Malawi", "MWI", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
MUMBA = actor("Vitumbiko Mumba", "MWI", "GOV")
DPP = actor("Democratic Progressive Party (Malawi)", "MWI", "PTY")
SADC = actor("Southern African Development Community", "IGO", "IGO")

T1 = ("DAR ES SALAAM, Tanzania (AP) — Tanzania will ban imports of agricultural products from Malawi and South "
      "Africa next week unless the two countries lift their restrictions on Tanzanian produce, the agriculture "
      "minister said Wednesday.")
T2 = ("In a statement posted on X, Hussein Bashe said the ban would take effect on April 23 if Lilongwe and "
      "Pretoria did not reverse course.")
T3 = ("Malawi last month barred imports of maize flour, rice, ginger, bananas and other produce from Tanzania and "
      "several other countries, saying it needed to protect local farmers and its scarce foreign currency.")
T4 = "South Africa has for years kept Tanzanian bananas out of its market, citing plant health concerns."
T5 = "\u201cWe cannot keep our markets open to countries that close theirs to us,\u201d Bashe wrote."
T6 = ("He urged both governments to settle the dispute through talks and offered to receive their delegations in "
      "Dodoma.")
T7 = ("Malawi's Trade Minister Vitumbiko Mumba said the restrictions were temporary and were not aimed at "
      "Tanzania.")
T8 = ("Lilongwe would send officials to Dar es Salaam within days to discuss the matter, he told reporters.")
T9 = "South Africa's Department of Agriculture did not immediately respond to a request for comment."
T10 = ("Truck drivers at the Kasumulu border crossing said dozens of vehicles loaded with rice were already stuck "
       "on the Tanzanian side.")
T11 = "Landlocked Malawi relies on the port of Dar es Salaam for a large share of its fuel and fertilizer imports."
T12 = ("The country has faced severe foreign exchange shortages and rising food prices ahead of general elections "
       "in September.")
T13 = ("The opposition Democratic Progressive Party accused President Lazarus Chakwera's government of provoking a "
       "trade war that Malawi could not afford.")
T14 = ("The Southern African Development Community urged Tanzania and Malawi to avoid measures that undermine the "
       "region's free trade area.")
T15 = "All three countries are members of the 16-nation bloc."

EN01 = {
    "id": "hm442-en-01", "lang": "en", "url": None, "published": "2025-04-17",
    "title": "Tanzania threatens to ban farm imports from Malawi and South Africa",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6], [T7, T8, T9], [T10, T11, T12], [T13, T14, T15]),
    "events": [
        event("THREATEN", BASHE, MWI_GOV, T1, mode="restrict", date="2025-04-16"),
        event("THREATEN", BASHE, ZAF_GOV, T1, mode="restrict", date="2025-04-16"),
        event("THREATEN", BASHE, MWI_GOV, T2, mode="restrict"),
        event("THREATEN", BASHE, ZAF_GOV, T2, mode="restrict"),
        event("SANCTION", MWI_GOV, TZA_GOV, T3),
        event("SANCTION", ZAF_GOV, TZA_GOV, T4),
        event("REQUEST", BASHE, MWI_GOV, T6, mode="meet"),
        event("REQUEST", BASHE, ZAF_GOV, T6, mode="meet"),
        event("AGREE", BASHE, MWI_GOV, T6, mode="meet", location="Dodoma", location_country="TZA"),
        event("AGREE", BASHE, ZAF_GOV, T6, mode="meet", location="Dodoma", location_country="TZA"),
        event("AGREE", MUMBA, TZA_GOV, T8, mode="meet", location="Dar es Salaam", location_country="TZA"),
        event("ACCUSE", DPP, MWI_GOV, T13, mode="disapprove"),
        event("REQUEST", SADC, TZA_GOV, T14),
        event("REQUEST", SADC, MWI_GOV, T14),
    ],
    "quotes": [
        quote("Tanzania will ban imports of agricultural products from Malawi and South Africa next week unless the "
              "two countries lift their restrictions on Tanzanian produce", "Hussein Bashe", "indirect"),
        quote("the ban would take effect on April 23 if Lilongwe and Pretoria did not reverse course",
              "Hussein Bashe", "indirect"),
        quote("it needed to protect local farmers and its scarce foreign currency", "Government of Malawi",
              "indirect"),
        quote("We cannot keep our markets open to countries that close theirs to us", "Hussein Bashe", "direct"),
        quote("the restrictions were temporary and were not aimed at Tanzania", "Vitumbiko Mumba", "indirect"),
        quote("Lilongwe would send officials to Dar es Salaam within days to discuss the matter", "Vitumbiko Mumba",
              "indirect"),
        quote("dozens of vehicles loaded with rice were already stuck on the Tanzanian side",
              "truck drivers at the Kasumulu border crossing", "indirect"),
    ],
    "entities": [
        entity("Dar es Salaam", "LOC", "TZA", ["DAR ES SALAAM", "Dar es Salaam"]),
        entity("Tanzania", "LOC", "TZA", ["Tanzania"]),
        entity("Government of Tanzania", "ORG", "TZA", ["Tanzania"]),
        entity("Malawi", "LOC", "MWI", ["Malawi", "Landlocked Malawi", "The country"]),
        entity("Government of Malawi", "ORG", "MWI", ["Malawi", "Lilongwe", "President Lazarus Chakwera's government"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa"]),
        entity("Government of South Africa", "ORG", "ZAF", ["South Africa", "Pretoria"]),
        entity("Hussein Bashe", "PER", "TZA", ["the agriculture minister", "Hussein Bashe", "Bashe", "He"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Dodoma", "LOC", "TZA", ["Dodoma"]),
        entity("Vitumbiko Mumba", "PER", "MWI", ["Malawi's Trade Minister Vitumbiko Mumba", "he"]),
        entity("Department of Agriculture of South Africa", "ORG", "ZAF", ["South Africa's Department of Agriculture"]),
        entity("truck drivers at the Kasumulu border crossing", "PER", "MWI", ["Truck drivers"]),
        entity("Kasumulu", "LOC", "TZA", ["the Kasumulu border crossing"]),
        entity("Democratic Progressive Party (Malawi)", "ORG", "MWI",
               ["The opposition Democratic Progressive Party"]),
        entity("Lazarus Chakwera", "PER", "MWI", ["President Lazarus Chakwera's"]),
        entity("Southern African Development Community", "ORG", "IGO",
               ["The Southern African Development Community", "the 16-nation bloc"]),
    ],
}

# ---------------------------------------------------------------- hm442-en-02 (Mauritius, Jugnauth arrested)
FCC = actor("Financial Crimes Commission of Mauritius", "MUS", "COP")
JUGNAUTH = actor("Pravind Jugnauth", "MUS", "OPP")
JUG_ASSOCIATES = actor("associates of Pravind Jugnauth", "MUS", "CVL")
MUS_MAGISTRATE = actor("magistrate in Port Louis", "MUS", "JUD")
MUS_GOV = actor("Government of Mauritius", "MUS", "GOV")
RAMGOOLAM = actor("Navin Ramgoolam", "MUS", "GOV")
JUG_LAWYER = actor("lawyer of Pravind Jugnauth", "MUS", "CVL")
MSM_SUPPORTERS = actor("supporters of the Militant Socialist Movement", "MUS", "PTY")
MUS_POLICE = actor("Mauritius Police Force", "MUS", "COP")
MUS_EX_MINISTERS = actor("former ministers of Mauritius", "MUS", "OPP")
MUS_ISPS = actor("internet providers in Mauritius", "MUS", "BUS")

M1 = ("PORT LOUIS, Mauritius (AP) — Former Mauritian Prime Minister Pravind Jugnauth was arrested Saturday in a "
      "money laundering investigation after officers found large sums of cash at properties linked to his "
      "associates, the country's anti-corruption agency said.")
M2 = ("The Financial Crimes Commission said investigators seized more than 114 million rupees ($2.4 million) in "
      "cash during searches of two homes in the capital's suburbs.")
M3 = ("Jugnauth led the Indian Ocean island nation from 2017 until his alliance's crushing defeat in the November "
      "election.")
M4 = ("A magistrate in Port Louis on Monday released him on bail of 500,000 rupees and ordered him not to leave the "
      "country.")
M5 = "Jugnauth denies any wrongdoing."
M6 = "\u201cThis is political revenge, pure and simple,\u201d he told supporters outside the court."
M7 = ("He accused Prime Minister Navin Ramgoolam of using the newly created commission to settle scores with the "
      "opposition.")
M8 = "His lawyer said the former prime minister would cooperate fully with investigators."
M9 = "Ramgoolam rejected the accusation."
M10 = ("\u201cNo one is above the law, and the institutions must be allowed to do their work,\u201d he told "
       "lawmakers.")
M11 = ("Several hundred supporters of Jugnauth's Militant Socialist Movement protested outside the commission's "
       "headquarters in Ebene on Sunday, chanting his name.")
M12 = "Police did not detain any of the protesters."
M13 = ("The commission said investigators were also examining the bank accounts of several former ministers.")
M14 = ("The Financial Crimes Commission was set up in 2023 under Jugnauth's own government to replace the "
       "Independent Commission Against Corruption.")
M15 = ("Ramgoolam's Alliance of Change won 60 of the 62 directly elected seats in November after campaigning on a "
       "promise to fight corruption.")
M16 = ("Days before that vote, Jugnauth's government ordered internet providers to suspend access to social media "
       "after leaked recordings of phone calls involving politicians, diplomats and journalists appeared online.")

EN02 = {
    "id": "hm442-en-02", "lang": "en", "url": None, "published": "2025-02-17",
    "title": "Former Mauritius leader Jugnauth arrested in money laundering probe",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7, M8], [M9, M10], [M11, M12, M13], [M14, M15, M16]),
    "events": [
        event("COERCE", FCC, JUGNAUTH, M1, mode="arrest", date="2025-02-15", location_country="MUS"),
        event("COERCE", FCC, JUG_ASSOCIATES, M2, mode="seize"),
        event("RETREAT", MUS_MAGISTRATE, JUGNAUTH, M4, mode="release", date="2025-02-17", location="Port Louis",
              location_country="MUS"),
        event("COERCE", MUS_MAGISTRATE, JUGNAUTH, M4, mode="restrict", date="2025-02-17", location="Port Louis",
              location_country="MUS"),
        event("ACCUSE", JUGNAUTH, MUS_GOV, M6, mode="disapprove", date="2025-02-17", location="Port Louis",
              location_country="MUS"),
        event("ACCUSE", JUGNAUTH, RAMGOOLAM, M7, mode="allege"),
        event("AGREE", JUG_LAWYER, FCC, M8),
        event("PROTEST", MSM_SUPPORTERS, FCC, M11, mode="demo", date="2025-02-16", location="Ebene",
              location_country="MUS"),
        event("COERCE", MUS_POLICE, MSM_SUPPORTERS, M12, mode="arrest", date="2025-02-16", location="Ebene",
              location_country="MUS", negated=True),
        event("ACCUSE", FCC, MUS_EX_MINISTERS, M13, mode="investigate"),
        event("COERCE", MUS_GOV, MUS_ISPS, M16, mode="censor"),
    ],
    "quotes": [
        quote("Former Mauritian Prime Minister Pravind Jugnauth was arrested Saturday in a money laundering "
              "investigation after officers found large sums of cash at properties linked to his associates",
              "Financial Crimes Commission of Mauritius", "indirect"),
        quote("investigators seized more than 114 million rupees ($2.4 million) in cash during searches of two homes "
              "in the capital's suburbs", "Financial Crimes Commission of Mauritius", "indirect"),
        quote("This is political revenge, pure and simple", "Pravind Jugnauth", "direct"),
        quote("the former prime minister would cooperate fully with investigators", "lawyer of Pravind Jugnauth",
              "indirect"),
        quote("No one is above the law, and the institutions must be allowed to do their work", "Navin Ramgoolam",
              "direct"),
        quote("investigators were also examining the bank accounts of several former ministers",
              "Financial Crimes Commission of Mauritius", "indirect"),
    ],
    "entities": [
        entity("Port Louis", "LOC", "MUS", ["PORT LOUIS", "Port Louis", "the capital's"]),
        entity("Mauritius", "LOC", "MUS", ["Mauritius", "the country's", "the Indian Ocean island nation",
                                           "the country"]),
        entity("Pravind Jugnauth", "PER", "MUS",
               ["Former Mauritian Prime Minister Pravind Jugnauth", "his", "Jugnauth", "him", "he", "He",
                "the former prime minister", "Jugnauth's"]),
        entity("Financial Crimes Commission of Mauritius", "ORG", "MUS",
               ["the country's anti-corruption agency", "The Financial Crimes Commission", "the newly created "
                "commission", "The commission", "the commission's"]),
        entity("investigators of the Financial Crimes Commission", "PER", "MUS", ["officers", "investigators"]),
        entity("associates of Pravind Jugnauth", "PER", "MUS", ["his associates"]),
        entity("magistrate in Port Louis", "PER", "MUS", ["A magistrate in Port Louis"]),
        entity("Navin Ramgoolam", "PER", "MUS", ["Prime Minister Navin Ramgoolam", "Ramgoolam", "he",
                                                 "Ramgoolam's"]),
        entity("lawyer of Pravind Jugnauth", "PER", "MUS", ["His lawyer"]),
        entity("National Assembly of Mauritius", "ORG", "MUS", ["lawmakers"]),
        entity("Militant Socialist Movement", "ORG", "MUS", ["Jugnauth's Militant Socialist Movement"]),
        entity("supporters of the Militant Socialist Movement", "PER", "MUS",
               ["Several hundred supporters of Jugnauth's Militant Socialist Movement", "the protesters"]),
        entity("Ebene", "LOC", "MUS", ["Ebene"]),
        entity("Mauritius Police Force", "ORG", "MUS", ["Police"]),
        entity("former ministers of Mauritius", "PER", "MUS", ["several former ministers"]),
        entity("Independent Commission Against Corruption", "ORG", "MUS",
               ["the Independent Commission Against Corruption"]),
        entity("Alliance of Change", "ORG", "MUS", ["Ramgoolam's Alliance of Change"]),
        entity("Government of Mauritius", "ORG", "MUS", ["Jugnauth's own government", "Jugnauth's government"]),
        entity("internet providers in Mauritius", "ORG", "MUS", ["internet providers"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
