"""Round 311: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm335-de-01: Iraq: parliament elects Mahmoud al-Mashhadani speaker in a second round after a year-long vacancy; Green Zone cordon, Sudani congratulates and receives him, Azm walkout and Samarrai's accusation, Rashid, Masrour Barzani and UN envoy al-Hassan react (2024-10-31).
- hm335-de-02: Syria: a week of fighting in Deir ez-Zor between the SDF and Akidat tribal fighters after the arrest of military council chief Abu Khawla; curfew and reinforcements, al-Hafl demands an SDF withdrawal, Abdi accuses Damascus and Iran and offers an amnesty, U.S. officials meet both sides, Damascus accuses Washington (2023-09-03).
- hm335-de-03: Egypt: the central bank floats the pound and Cairo agrees with the IMF to raise its loan programme to eight billion dollars; Georgieva's praise, Maait's request to the IMF's resilience fund, Ras El Hekma deal with ADQ, arrests of currency dealers, the Civil Democratic Movement objects, Washington welcomes it (2024-03-06).
- hm335-de-04: Iran: Jaish al-Adl attacks the Revolutionary Guards in Chabahar and police posts in Rask; 18 attackers killed, Vahidi threatens, cordon and arrests, Raisi condemns and orders an inquiry, Kanaani presses Pakistan, Islamabad condemns and offers border cooperation, IRGC reinforcements (2024-04-04).
- hm335-en-01: Bahrain: parliament says the ambassador to Israel has been recalled and economic ties suspended; Israel says relations are stable, the government confirms the recall, Manama protests, al-Zayani's ceasefire demand, King Hamad calls King Abdullah, Al Wefaq wants a full break (2023-11-02).
- hm335-en-02: BIE/Saudi Arabia: Riyadh wins the vote to host Expo 2030 ahead of Busan and Rome; Mohammed bin Salman thanks and pledges, aid for developing countries, Han Duck-soo apologises, Gualtieri criticises, ALQST and Amnesty object, Macron congratulates, Kerkentzes pledges cooperation (2023-11-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm335-de-01 (Iraq, Mashhadani elected speaker)
MASHHADANI = actor("Mahmoud al-Mashhadani", "IRQ", "LEG")
IRQ_PARL = actor("Council of Representatives of Iraq", "IRQ", "LEG")
IRQ_FSC = actor("Federal Supreme Court of Iraq", "IRQ", "JUD")
HALBOUSI = actor("Mohamed al-Halbousi", "IRQ", "LEG")
IRQ_SECURITY = actor("Iraqi security forces", "IRQ", "COP")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
IRQ_BLOCS = actor("parliamentary blocs of Iraq", "IRQ", "LEG")
TAQADDUM = actor("Taqaddum", "IRQ", "PTY")
COORD_FRAMEWORK = actor("Coordination Framework", "IRQ", "PTY")
AZM_MPS = actor("Azm Alliance", "IRQ", "PTY")
SAMARRAI = actor("Muthanna al-Samarrai", "IRQ", "PTY")
MANDALAWI = actor("Mohsen al-Mandalawi", "IRQ", "LEG")
RASHID = actor("Abdul Latif Rashid", "IRQ", "GOV")
M_BARZANI = actor("Masrour Barzani", "IRQ", "GOV")
AL_HASSAN = actor("Mohamed Al Hassan", "UNO", "IGO")
IRQ_PARTIES = actor("Iraqi political parties", "IRQ", "PTY")

I1 = ("Bagdad (dpa) - Fast ein Jahr nach der Absetzung seines Vorgängers hat das irakische Parlament den "
      "sunnitischen Politiker Mahmud al-Maschhadani zu seinem neuen Präsidenten gewählt.")
I2 = ("Der 76-Jährige habe am Donnerstag im zweiten Wahlgang 182 Stimmen erhalten, teilte die Parlamentsverwaltung "
      "mit.")
I3 = "Sein Gegenkandidat Salem al-Issawi blieb deutlich dahinter."
I4 = ("Das Amt war seit November 2023 unbesetzt, nachdem das Oberste Bundesgericht den damaligen "
      "Parlamentspräsidenten Mohammed al-Halbusi wegen Urkundenfälschung abgesetzt hatte.")
I5 = "Seitdem hatte der erste Stellvertreter Mohsen al-Mandalawi die Sitzungen geleitet."
I6 = "Sicherheitskräfte riegelten während der Abstimmung die Zufahrten zur Grünen Zone in Bagdad ab."
I7 = ("Ministerpräsident Mohammed Schia al-Sudani gratulierte al-Maschhadani noch am Abend und empfing ihn in "
      "seinem Amtssitz.")
I8 = ("Der Regierungschef sagte, er setze auf eine enge Zusammenarbeit zwischen Regierung und Parlament, damit der "
      "Haushalt und ausstehende Gesetze rasch verabschiedet werden könnten.")
I9 = "„Die Zeit der Lähmung ist vorbei“, sagte al-Maschhadani nach seiner Vereidigung."
I10 = ("Er versprach, alle umstrittenen Gesetzesvorhaben, darunter das Amnestiegesetz, „im Dialog mit allen "
       "Blöcken“ zu behandeln.")
I11 = ("Unterstützt worden war al-Maschhadani von der Takaddum-Partei des abgesetzten Parlamentspräsidenten "
       "al-Halbusi sowie von Teilen des schiitischen Koordinationsrahmens.")
I12 = ("Abgeordnete des sunnitischen Azm-Bündnisses, das al-Issawi unterstützt hatte, verließen nach der "
       "Abstimmung aus Protest den Saal.")
I13 = ("Azm-Chef Muthanna al-Samarrai warf Mandalawi vor, die Abstimmung auf Druck bewaffneter Gruppen "
       "durchgepeitscht zu haben.")
I14 = "Staatspräsident Abdul Latif Raschid nannte die Wahl einen „wichtigen Schritt für die Stabilität des Landes“."
I15 = ("Der kurdische Ministerpräsident Masrur Barsani gratulierte dem neuen Parlamentspräsidenten in einem "
       "Telefonat und lud ihn nach Erbil ein.")
I16 = ("Der UN-Sondergesandte Mohammed al-Hassan begrüßte die Wahl und rief alle politischen Kräfte auf, das "
       "Ergebnis zu respektieren.")
I17 = "Al-Maschhadani hatte das Amt bereits von 2006 bis 2009 inne."
I18 = ("Nach dem ungeschriebenen Proporzsystem des Irak steht der Posten einem Sunniten zu, das Amt des "
       "Regierungschefs einem Schiiten und das des Staatspräsidenten einem Kurden.")

DE01 = {
    "id": "hm335-de-01", "lang": "de", "url": None, "published": "2024-10-31",
    "title": "Irakisches Parlament wählt al-Maschhadani nach einem Jahr Stillstand zum Präsidenten",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10], [I11, I12, I13], [I14, I15, I16],
                       [I17, I18]),
    "events": [
        event("SANCTION", IRQ_FSC, HALBOUSI, I4, mode="convict"),
        event("COERCE", IRQ_SECURITY, None, I6, mode="restrict", location="Green Zone", location_country="IRQ"),
        event("SUPPORT", SUDANI, MASHHADANI, I7, date="2024-10-31"),
        event("CONSULT", MASHHADANI, SUDANI, I7, mode="visit", date="2024-10-31", location="Baghdad",
              location_country="IRQ"),
        event("AGREE", SUDANI, IRQ_PARL, I8),
        event("AGREE", MASHHADANI, IRQ_BLOCS, I10),
        event("SUPPORT", TAQADDUM, MASHHADANI, I11),
        event("SUPPORT", COORD_FRAMEWORK, MASHHADANI, I11),
        event("PROTEST", AZM_MPS, IRQ_PARL, I12, mode="boycott", date="2024-10-31", location="Baghdad",
              location_country="IRQ"),
        event("ACCUSE", SAMARRAI, MANDALAWI, I13, mode="allege"),
        event("SUPPORT", RASHID, MASHHADANI, I14),
        event("SUPPORT", M_BARZANI, MASHHADANI, I15),
        event("CONSULT", M_BARZANI, MASHHADANI, I15, mode="phone"),
        event("AGREE", M_BARZANI, MASHHADANI, I15),
        event("SUPPORT", AL_HASSAN, IRQ_PARL, I16),
        event("REQUEST", AL_HASSAN, IRQ_PARTIES, I16),
    ],
    "quotes": [
        quote("Der 76-Jährige habe am Donnerstag im zweiten Wahlgang 182 Stimmen erhalten",
              "Administration of the Council of Representatives of Iraq", "indirect"),
        quote("er setze auf eine enge Zusammenarbeit zwischen Regierung und Parlament, damit der Haushalt und "
              "ausstehende Gesetze rasch verabschiedet werden könnten", "Mohammed Shia al-Sudani", "indirect"),
        quote("Die Zeit der Lähmung ist vorbei", "Mahmoud al-Mashhadani", "direct"),
        quote("im Dialog mit allen Blöcken", "Mahmoud al-Mashhadani", "direct"),
        quote("alle umstrittenen Gesetzesvorhaben, darunter das Amnestiegesetz, „im Dialog mit allen Blöcken“ zu "
              "behandeln", "Mahmoud al-Mashhadani", "indirect"),
        quote("die Abstimmung auf Druck bewaffneter Gruppen durchgepeitscht zu haben", "Muthanna al-Samarrai",
              "indirect"),
        quote("wichtigen Schritt für die Stabilität des Landes", "Abdul Latif Rashid", "direct"),
        quote("die Wahl einen „wichtigen Schritt für die Stabilität des Landes“", "Abdul Latif Rashid", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Council of Representatives of Iraq", "ORG", "IRQ", ["das irakische Parlament", "Parlament"]),
        entity("Mahmoud al-Mashhadani", "PER", "IRQ", ["den sunnitischen Politiker Mahmud al-Maschhadani",
                                                       "Der 76-Jährige", "al-Maschhadani",
                                                       "dem neuen Parlamentspräsidenten", "Al-Maschhadani"]),
        entity("Administration of the Council of Representatives of Iraq", "ORG", "IRQ", ["die Parlamentsverwaltung"]),
        entity("Salem al-Issawi", "PER", "IRQ", ["Sein Gegenkandidat Salem al-Issawi", "al-Issawi"]),
        entity("Federal Supreme Court of Iraq", "ORG", "IRQ", ["das Oberste Bundesgericht"]),
        entity("Mohamed al-Halbousi", "PER", "IRQ", ["seines Vorgängers",
                                                     "den damaligen Parlamentspräsidenten Mohammed al-Halbusi",
                                                     "des abgesetzten Parlamentspräsidenten al-Halbusi"]),
        entity("Mohsen al-Mandalawi", "PER", "IRQ", ["der erste Stellvertreter Mohsen al-Mandalawi", "Mandalawi"]),
        entity("Iraqi security forces", "ORG", "IRQ", ["Sicherheitskräfte"]),
        entity("Green Zone", "LOC", "IRQ", ["Grünen Zone"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani",
                                                         "Der Regierungschef"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Regierung und Parlament"]),
        entity("Taqaddum", "ORG", "IRQ", ["der Takaddum-Partei"]),
        entity("Coordination Framework", "ORG", "IRQ", ["des schiitischen Koordinationsrahmens"]),
        entity("Azm Alliance", "ORG", "IRQ", ["des sunnitischen Azm-Bündnisses", "Azm"]),
        entity("Muthanna al-Samarrai", "PER", "IRQ", ["Azm-Chef Muthanna al-Samarrai"]),
        entity("Abdul Latif Rashid", "PER", "IRQ", ["Staatspräsident Abdul Latif Raschid"]),
        entity("Masrour Barzani", "PER", "IRQ", ["Der kurdische Ministerpräsident Masrur Barsani"]),
        entity("Erbil", "LOC", "IRQ", ["Erbil"]),
        entity("Mohamed Al Hassan", "PER", "UNO", ["Der UN-Sondergesandte Mohammed al-Hassan"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Iraq", "LOC", "IRQ", ["des Irak", "des Landes"]),
    ],
}

# ---------------------------------------------------------------- hm335-de-02 (Syria, SDF vs. tribal fighters in Deir ez-Zor)
SDF = actor("Syrian Democratic Forces", "SYR", "REB")
TRIBAL_FIGHTERS = actor("Arab tribal fighters in Deir ez-Zor", "SYR", "REB")
ABU_KHAWLA = actor("Ahmed al-Khubayl", "SYR", "REB")
HAFL = actor("Ibrahim al-Hafl", "SYR", "CVL")
ABDI = actor("Mazloum Abdi", "SYR", "REB")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
IRAN_GOV = actor("Iran", "IRN", "GOV")
GOLDRICH = actor("Ethan Goldrich", "USA", "GOV")
TRIBAL_LEADERS = actor("Arab tribal leaders in Deir ez-Zor", "SYR", "CVL")
USA_GOV = actor("United States", "USA", "GOV")
SYR_MFA = actor("Ministry of Foreign Affairs of Syria", "SYR", "GOV")

S1 = ("Beirut (AFP) - Im Osten Syriens haben sich die kurdisch geführten Syrischen Demokratischen Kräfte (SDF) den "
      "siebten Tag in Folge heftige Gefechte mit arabischen Stammeskämpfern geliefert.")
S2 = ("Seit Beginn der Kämpfe in der Provinz Deir ez-Zor seien mindestens 90 Menschen getötet worden, darunter neun "
      "Zivilisten, teilte die in Großbritannien ansässige Syrische Beobachtungsstelle für Menschenrechte am Sonntag "
      "mit.")
S3 = ("Auslöser war die Festnahme des Kommandeurs des Militärrats von Deir ez-Zor, Ahmed al-Chubail, genannt Abu "
      "Chaula, durch die SDF vergangene Woche in Hasaka.")
S4 = ("Die SDF warfen ihm Drogenhandel, Kontakte zur syrischen Regierung und Verbrechen an Zivilisten vor und "
      "setzten ihn als Kommandeur ab.")
S5 = ("Kämpfer des Okaidat-Stammes griffen daraufhin Stellungen der SDF in mehreren Orten östlich des Euphrat an, "
      "darunter Dhiban und Al-Busaira.")
S6 = ("Die SDF verhängten eine Ausgangssperre über die ländlichen Gebiete der Provinz und schickten Verstärkung aus "
      "Hasaka und Rakka.")
S7 = ("Der Scheich der Okaidat, Ibrahim al-Hafl, forderte in einer Videobotschaft den Abzug der SDF aus den "
      "arabischen Gebieten der Provinz.")
S8 = "„Wir kämpfen nicht gegen die Kurden, sondern gegen eine Besatzung“, sagte er."
S9 = ("SDF-Oberbefehlshaber Maslum Abdi warf der Regierung in Damaskus und Iran vor, die Unruhen zu schüren und "
      "Kämpfer über den Euphrat zu schleusen.")
S10 = "Zugleich bot er allen Stammeskämpfern, die ihre Waffen niederlegen, eine Amnestie an."
S11 = ("Eine US-Delegation unter Leitung des Diplomaten Ethan Goldrich traf am Sonntag Vertreter der SDF und "
       "Stammesführer aus Deir ez-Zor.")
S12 = ("Beide Seiten hätten vereinbart, die Gewalt einzudämmen und zivile Opfer zu vermeiden, hieß es anschließend "
       "in einer Erklärung aus Washington.")
S13 = ("Die USA riefen alle Seiten auf, die Kämpfe einzustellen, und warnten, die Extremistenmiliz Islamischer Staat "
       "(IS) könne von der Lage profitieren.")
S14 = ("Das syrische Außenministerium warf Washington vor, die Region zu destabilisieren, und sprach von einer "
       "„Besatzung“ durch US-Truppen.")
S15 = "In Nordostsyrien sind rund 900 US-Soldaten stationiert, die gemeinsam mit den SDF gegen den IS kämpfen."
S16 = "Bewohner berichteten, aus Dhiban seien zahlreiche Familien vor den Kämpfen geflohen."
S17 = "Der Militärrat von Deir ez-Zor ist Teil der SDF und besteht überwiegend aus arabischen Kämpfern."

DE02 = {
    "id": "hm335-de-02", "lang": "de", "url": None, "published": "2023-09-03",
    "title": "Siebter Tag schwerer Kämpfe zwischen SDF und Stammeskämpfern in Ostsyrien",
    "text": paragraphs([S1, S2], [S3, S4, S5, S6], [S7, S8, S9, S10], [S11, S12, S13, S14], [S15, S16, S17]),
    "events": [
        event("ASSAULT", SDF, TRIBAL_FIGHTERS, S1),
        event("COERCE", SDF, ABU_KHAWLA, S3, mode="arrest", location="Hasakah", location_country="SYR"),
        event("ACCUSE", SDF, ABU_KHAWLA, S4, mode="allege"),
        event("SANCTION", SDF, ABU_KHAWLA, S4, mode="expel"),
        event("ASSAULT", TRIBAL_FIGHTERS, SDF, S5, location="Dhiban", location_country="SYR"),
        event("COERCE", SDF, None, S6, mode="curfew", location="Deir ez-Zor", location_country="SYR"),
        event("MOBILIZE", SDF, None, S6, mode="militia", location="Deir ez-Zor", location_country="SYR"),
        event("REQUEST", HAFL, SDF, S7),
        event("ACCUSE", HAFL, SDF, S8, mode="disapprove"),
        event("ACCUSE", ABDI, SYR_GOV, S9, mode="allege"),
        event("ACCUSE", ABDI, IRAN_GOV, S9, mode="allege"),
        event("CONCEDE", ABDI, TRIBAL_FIGHTERS, S10),
        event("CONSULT", GOLDRICH, SDF, S11, date="2023-09-03", location="Deir ez-Zor", location_country="SYR"),
        event("CONSULT", GOLDRICH, TRIBAL_LEADERS, S11, date="2023-09-03", location="Deir ez-Zor",
              location_country="SYR"),
        event("AGREE", SDF, TRIBAL_LEADERS, S12),
        event("REQUEST", USA_GOV, SDF, S13, mode="yield"),
        event("REQUEST", USA_GOV, TRIBAL_FIGHTERS, S13, mode="yield"),
        event("ACCUSE", SYR_MFA, USA_GOV, S14, mode="disapprove"),
    ],
    "quotes": [
        quote("Seit Beginn der Kämpfe in der Provinz Deir ez-Zor seien mindestens 90 Menschen getötet worden, "
              "darunter neun Zivilisten", "Syrian Observatory for Human Rights", "indirect"),
        quote("Wir kämpfen nicht gegen die Kurden, sondern gegen eine Besatzung", "Ibrahim al-Hafl", "direct"),
        quote("die Unruhen zu schüren und Kämpfer über den Euphrat zu schleusen", "Mazloum Abdi", "indirect"),
        quote("Beide Seiten hätten vereinbart, die Gewalt einzudämmen und zivile Opfer zu vermeiden", "United States",
              "indirect"),
        quote("die Extremistenmiliz Islamischer Staat (IS) könne von der Lage profitieren", "United States",
              "indirect"),
        quote("die Region zu destabilisieren", "Ministry of Foreign Affairs of Syria", "indirect"),
        quote("Besatzung", "Ministry of Foreign Affairs of Syria", "direct"),
        quote("aus Dhiban seien zahlreiche Familien vor den Kämpfen geflohen", "residents of Dhiban", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Syria", "LOC", "SYR", ["Syriens"]),
        entity("Syrian Democratic Forces", "ORG", "SYR", ["die kurdisch geführten Syrischen Demokratischen Kräfte (SDF)",
                                                          "SDF"]),
        entity("Arab tribal fighters in Deir ez-Zor", "ORG", "SYR", ["arabischen Stammeskämpfern",
                                                                     "Kämpfer des Okaidat-Stammes",
                                                                     "allen Stammeskämpfern"]),
        entity("Deir ez-Zor Governorate", "LOC", "SYR", ["der Provinz Deir ez-Zor", "der Provinz",
                                                         "Deir ez-Zor"]),
        entity("Syrian Observatory for Human Rights", "ORG", "GBR",
               ["die in Großbritannien ansässige Syrische Beobachtungsstelle für Menschenrechte"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Ahmed al-Khubayl", "PER", "SYR", ["des Kommandeurs des Militärrats von Deir ez-Zor, Ahmed al-Chubail, "
                                                  "genannt Abu Chaula"]),
        entity("Deir ez-Zor Military Council", "ORG", "SYR", ["Militärrats von Deir ez-Zor",
                                                              "Der Militärrat von Deir ez-Zor"]),
        entity("Hasakah", "LOC", "SYR", ["Hasaka"]),
        entity("Government of Syria", "ORG", "SYR", ["syrischen Regierung", "der Regierung in Damaskus"]),
        entity("Akidat", "ORG", "SYR", ["Okaidat-Stammes", "der Okaidat"]),
        entity("Euphrates", "LOC", None, ["Euphrat"]),
        entity("Dhiban", "LOC", "SYR", ["Dhiban"]),
        entity("Al-Busayrah", "LOC", "SYR", ["Al-Busaira"]),
        entity("Raqqa", "LOC", "SYR", ["Rakka"]),
        entity("Ibrahim al-Hafl", "PER", "SYR", ["Der Scheich der Okaidat, Ibrahim al-Hafl"]),
        entity("Mazloum Abdi", "PER", "SYR", ["SDF-Oberbefehlshaber Maslum Abdi"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Ethan Goldrich", "PER", "USA", ["des Diplomaten Ethan Goldrich"]),
        entity("U.S. delegation led by Ethan Goldrich", "ORG", "USA", ["Eine US-Delegation"]),
        entity("Arab tribal leaders in Deir ez-Zor", "PER", "SYR", ["Stammesführer aus Deir ez-Zor"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "Die USA"]),
        entity("Islamic State", "ORG", None, ["die Extremistenmiliz Islamischer Staat (IS)", "den IS"]),
        entity("Ministry of Foreign Affairs of Syria", "ORG", "SYR", ["Das syrische Außenministerium"]),
        entity("United States Armed Forces", "ORG", "USA", ["US-Truppen", "rund 900 US-Soldaten"]),
        entity("Northeast Syria", "LOC", "SYR", ["Nordostsyrien"]),
        entity("residents of Dhiban", "PER", "SYR", ["Bewohner"]),
    ],
}

# ---------------------------------------------------------------- hm335-de-03 (Egypt, pound floated, IMF deal)
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
IMF = actor("International Monetary Fund", "IGO", "IGO")
GEORGIEVA = actor("Kristalina Georgieva", "IGO", "IGO")
CBE = actor("Central Bank of Egypt", "EGY", "GOV")
MAAIT = actor("Mohamed Maait", "EGY", "GOV")
EGY_POLICE = actor("Egyptian police", "EGY", "COP")
FX_DEALERS = actor("illegal currency dealers in Egypt", "EGY", "BUS")
ADQ = actor("ADQ", "ARE", "BUS")
UAE_GOV = actor("United Arab Emirates", "ARE", "GOV")
CDM = actor("Civil Democratic Movement", "EGY", "OPP")
US_GOVERNMENT = actor("Government of the United States", "USA", "GOV")

E1 = ("Kairo (Reuters) - Ägypten hat seine Währung freigegeben und sich mit dem Internationalen Währungsfonds (IWF) "
      "auf eine Aufstockung seines Kreditprogramms von drei auf acht Milliarden Dollar geeinigt.")
E2 = ("Die Zentralbank erhöhte am Mittwoch überraschend die Leitzinsen um sechs Prozentpunkte und teilte mit, der "
      "Wechselkurs werde künftig von den Marktkräften bestimmt.")
E3 = "Das Pfund fiel daraufhin binnen Stunden von rund 31 auf mehr als 49 Pfund je Dollar."
E4 = ("Die Einigung auf Arbeitsebene müsse noch vom Exekutivdirektorium des Fonds gebilligt werden, sagte "
      "IWF-Missionschefin Ivanna Vladkova Hollar in Kairo.")
E5 = ("IWF-Chefin Kristalina Georgiewa lobte die Schritte der Zentralbank als „entscheidend“ für die "
      "Stabilisierung der Wirtschaft.")
E6 = ("Finanzminister Mohamed Maait sagte, Kairo habe beim IWF zusätzlich 1,2 Milliarden Dollar aus dessen Fonds "
      "für Resilienz und Nachhaltigkeit beantragt.")
E7 = ("Ministerpräsident Mustafa Madbuli versprach auf einer Pressekonferenz, die Regierung werde die "
      "Sozialausgaben erhöhen und die Preise für Grundnahrungsmittel streng überwachen.")
E8 = "„Der Schwarzmarkt für Devisen ist Geschichte“, sagte der 57-Jährige."
E9 = ("Das Innenministerium teilte mit, die Polizei habe seit Jahresbeginn mehr als 300 illegale Devisenhändler "
       "festgenommen.")
E10 = ("Ende Februar hatte die Regierung mit dem Staatsfonds ADQ aus Abu Dhabi einen Vertrag über die Erschließung "
       "der Halbinsel Ras al-Hikma an der Mittelmeerküste unterzeichnet.")
E11 = ("Die Emirate sagten dafür Investitionen von 35 Milliarden Dollar zu, von denen zehn Milliarden bereits nach "
       "Kairo überwiesen wurden.")
E12 = ("Die oppositionelle Zivile Demokratische Bewegung kritisierte, die Last der Reformen werde erneut den Armen "
       "aufgebürdet.")
E13 = ("Sie forderte die Regierung auf, kostspielige Großprojekte wie die neue Verwaltungshauptstadt zu stoppen.")
E14 = ("Ägypten leidet seit zwei Jahren unter akutem Devisenmangel, der durch den Gaza-Krieg und die Angriffe der "
       "Huthi-Miliz im Roten Meer verschärft wurde.")
E15 = "Die Einnahmen aus dem Suezkanal sind seit Jahresbeginn um fast die Hälfte eingebrochen."
E16 = "Die US-Regierung begrüßte die Einigung mit dem IWF als „wichtigen Schritt“ zu wirtschaftlicher Stabilität."

DE03 = {
    "id": "hm335-de-03", "lang": "de", "url": None, "published": "2024-03-06",
    "title": "Ägypten gibt das Pfund frei und einigt sich mit dem IWF auf acht Milliarden Dollar",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9], [E10, E11], [E12, E13], [E14, E15, E16]),
    "events": [
        event("AGREE", EGY_GOV, IMF, E1),
        event("SUPPORT", GEORGIEVA, CBE, E5),
        event("REQUEST", MAAIT, IMF, E6, mode="assist"),
        event("COERCE", EGY_POLICE, FX_DEALERS, E9, mode="arrest"),
        event("SUPPORT", EGY_GOV, ADQ, E10),
        event("AGREE", UAE_GOV, EGY_GOV, E11),
        event("COOPERATE", UAE_GOV, EGY_GOV, E11),
        event("ACCUSE", CDM, EGY_GOV, E12, mode="disapprove"),
        event("REQUEST", CDM, EGY_GOV, E13, mode="change"),
        event("SUPPORT", US_GOVERNMENT, EGY_GOV, E16),
    ],
    "quotes": [
        quote("der Wechselkurs werde künftig von den Marktkräften bestimmt", "Central Bank of Egypt", "indirect"),
        quote("Die Einigung auf Arbeitsebene müsse noch vom Exekutivdirektorium des Fonds gebilligt werden",
              "Ivanna Vladkova Hollar", "indirect"),
        quote("entscheidend", "Kristalina Georgieva", "direct"),
        quote("Kairo habe beim IWF zusätzlich 1,2 Milliarden Dollar aus dessen Fonds für Resilienz und "
              "Nachhaltigkeit beantragt", "Mohamed Maait", "indirect"),
        quote("die Regierung werde die Sozialausgaben erhöhen und die Preise für Grundnahrungsmittel streng "
              "überwachen", "Mostafa Madbouly", "indirect"),
        quote("Der Schwarzmarkt für Devisen ist Geschichte", "Mostafa Madbouly", "direct"),
        quote("die Polizei habe seit Jahresbeginn mehr als 300 illegale Devisenhändler festgenommen",
              "Ministry of Interior of Egypt", "indirect"),
        quote("die Last der Reformen werde erneut den Armen aufgebürdet", "Civil Democratic Movement", "indirect"),
        quote("wichtigen Schritt", "Government of the United States", "direct"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("International Monetary Fund", "ORG", "IGO", ["dem Internationalen Währungsfonds (IWF)", "des Fonds",
                                                             "beim IWF", "dem IWF"]),
        entity("Central Bank of Egypt", "ORG", "EGY", ["Die Zentralbank", "der Zentralbank"]),
        entity("Ivanna Vladkova Hollar", "PER", "IGO", ["IWF-Missionschefin Ivanna Vladkova Hollar"]),
        entity("Kristalina Georgieva", "PER", "IGO", ["IWF-Chefin Kristalina Georgiewa"]),
        entity("Mohamed Maait", "PER", "EGY", ["Finanzminister Mohamed Maait"]),
        entity("Resilience and Sustainability Trust", "ORG", "IGO", ["dessen Fonds für Resilienz und Nachhaltigkeit"]),
        entity("Mostafa Madbouly", "PER", "EGY", ["Ministerpräsident Mustafa Madbuli", "der 57-Jährige"]),
        entity("Government of Egypt", "ORG", "EGY", ["die Regierung"]),
        entity("Ministry of Interior of Egypt", "ORG", "EGY", ["Das Innenministerium"]),
        entity("Egyptian police", "ORG", "EGY", ["die Polizei"]),
        entity("illegal currency dealers in Egypt", "PER", "EGY", ["mehr als 300 illegale Devisenhändler"]),
        entity("ADQ", "ORG", "ARE", ["dem Staatsfonds ADQ"]),
        entity("Abu Dhabi", "LOC", "ARE", ["Abu Dhabi"]),
        entity("Ras El Hekma", "LOC", "EGY", ["der Halbinsel Ras al-Hikma"]),
        entity("Mediterranean Sea", "LOC", None, ["Mittelmeerküste"]),
        entity("United Arab Emirates", "LOC", "ARE", ["Die Emirate"]),
        entity("Civil Democratic Movement", "ORG", "EGY", ["Die oppositionelle Zivile Demokratische Bewegung"]),
        entity("New Administrative Capital", "LOC", "EGY", ["die neue Verwaltungshauptstadt"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Houthis", "ORG", "YEM", ["der Huthi-Miliz"]),
        entity("Red Sea", "LOC", None, ["Roten Meer"]),
        entity("Suez Canal", "LOC", "EGY", ["dem Suezkanal"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm335-de-04 (Iran, Jaish al-Adl attacks in Chabahar and Rask)
JAISH_AL_ADL = actor("Jaish al-Adl", "IRN", "REB")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
IRN_POLICE = actor("Iranian police", "IRN", "COP")
IRN_SECURITY = actor("Iranian security forces", "IRN", "COP")
VAHIDI = actor("Ahmad Vahidi", "IRN", "GOV")
ACCOMPLICES = actor("suspected accomplices of the Jaish al-Adl attackers", "IRN", "CVL")
RAISI = actor("Ebrahim Raisi", "IRN", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
PAK_MFA = actor("Ministry of Foreign Affairs of Pakistan", "PAK", "GOV")
ZAHRA_BALOCH = actor("Mumtaz Zahra Baloch", "PAK", "GOV")
IRAN = actor("Iran", "IRN", "GOV")

R1 = ("Teheran (dpa) - Bei Angriffen sunnitischer Extremisten auf Einrichtungen der Revolutionsgarden im Südosten "
      "Irans sind mindestens zehn Angehörige der Sicherheitskräfte getötet worden.")
R2 = ("Die Angreifer hätten in der Nacht zum Donnerstag gleichzeitig das Hauptquartier der Revolutionsgarden in "
      "Tschabahar sowie Polizeiposten in Rask angegriffen, sagte Vize-Innenminister Madschid Mirahmadi im "
      "Staatsfernsehen.")
R3 = ("Die Extremistengruppe Dschaisch al-Adl (Armee der Gerechtigkeit) reklamierte den Angriff auf das "
      "Hauptquartier in Tschabahar für sich.")
R4 = "Die Sicherheitskräfte töteten bei stundenlangen Feuergefechten 18 Angreifer."
R5 = ("„Wer das Blut unserer Verteidiger vergießt, wird nirgendwo sicher sein“, drohte Innenminister Ahmad "
      "Wahidi bei einem Besuch in der Provinzhauptstadt Zahedan.")
R6 = "Die Polizei riegelte Tschabahar ab und nahm mehrere mutmaßliche Helfer der Angreifer fest."
R7 = "Präsident Ebrahim Raisi verurteilte die Angriffe als „feigen Terror“ und ordnete eine Untersuchung an."
R8 = ("Außenamtssprecher Nasser Kanaani forderte das Nachbarland Pakistan auf, entschiedener gegen Terrorgruppen "
      "im Grenzgebiet vorzugehen.")
R9 = ("Das pakistanische Außenministerium verurteilte die Anschläge und sprach den Familien der Opfer sein "
      "Beileid aus.")
R10 = ("Pakistan sei bereit, mit Iran bei der Sicherung der gemeinsamen Grenze zusammenzuarbeiten, sagte "
       "Sprecherin Mumtaz Zahra Baloch in Islamabad.")
R11 = ("Nach Angaben der Nachrichtenagentur Tasnim verlegten die Revolutionsgarden zusätzliche Einheiten in die "
       "Provinz Sistan und Belutschistan.")
R12 = ("Die Provinz an der Grenze zu Pakistan und Afghanistan gehört zu den ärmsten Regionen Irans und ist "
       "überwiegend von sunnitischen Belutschen bewohnt.")
R13 = ("Dschaisch al-Adl hat in der Region in den vergangenen Jahren zahlreiche Anschläge auf Sicherheitskräfte "
       "verübt.")
R14 = ("Die Gruppe wird von Iran und den USA als Terrororganisation eingestuft; Teheran wirft Islamabad seit Jahren "
       "vor, ihr Rückzugsräume zu lassen.")

DE04 = {
    "id": "hm335-de-04", "lang": "de", "url": None, "published": "2024-04-04",
    "title": "Tote bei Angriffen auf Revolutionsgarden und Polizei im Südosten Irans",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6], [R7, R8], [R9, R10, R11], [R12, R13, R14]),
    "events": [
        event("ASSAULT", JAISH_AL_ADL, IRGC, R1),
        event("ASSAULT", JAISH_AL_ADL, IRGC, R2, date="2024-04-04", location="Chabahar", location_country="IRN"),
        event("ASSAULT", JAISH_AL_ADL, IRN_POLICE, R2, date="2024-04-04", location="Rask", location_country="IRN"),
        event("ASSAULT", JAISH_AL_ADL, IRGC, R3, location="Chabahar", location_country="IRN"),
        event("ASSAULT", IRN_SECURITY, JAISH_AL_ADL, R4, mode="firearms"),
        event("THREATEN", VAHIDI, JAISH_AL_ADL, R5, mode="violence", location="Zahedan", location_country="IRN"),
        event("COERCE", IRN_POLICE, None, R6, mode="restrict", location="Chabahar", location_country="IRN"),
        event("COERCE", IRN_POLICE, ACCOMPLICES, R6, mode="arrest", location="Chabahar", location_country="IRN"),
        event("ACCUSE", RAISI, JAISH_AL_ADL, R7, mode="disapprove"),
        event("ACCUSE", RAISI, None, R7, mode="investigate"),
        event("REQUEST", KANAANI, PAKISTAN, R8, mode="change"),
        event("ACCUSE", PAK_MFA, JAISH_AL_ADL, R9, mode="disapprove"),
        event("AGREE", ZAHRA_BALOCH, IRAN, R10, location="Islamabad", location_country="PAK"),
        event("MOBILIZE", IRGC, None, R11, mode="troops", location="Sistan and Baluchestan",
              location_country="IRN"),
    ],
    "quotes": [
        quote("Die Angreifer hätten in der Nacht zum Donnerstag gleichzeitig das Hauptquartier der Revolutionsgarden "
              "in Tschabahar sowie Polizeiposten in Rask angegriffen", "Majid Mirahmadi", "indirect"),
        quote("Wer das Blut unserer Verteidiger vergießt, wird nirgendwo sicher sein", "Ahmad Vahidi", "direct"),
        quote("feigen Terror", "Ebrahim Raisi", "direct"),
        quote("Pakistan sei bereit, mit Iran bei der Sicherung der gemeinsamen Grenze zusammenzuarbeiten",
              "Mumtaz Zahra Baloch", "indirect"),
        quote("verlegten die Revolutionsgarden zusätzliche Einheiten in die Provinz Sistan und Belutschistan",
              "Tasnim News Agency", "indirect"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Jaish al-Adl", "ORG", "IRN", ["sunnitischer Extremisten", "Die Angreifer",
                                              "Die Extremistengruppe Dschaisch al-Adl (Armee der Gerechtigkeit)",
                                              "18 Angreifer", "Dschaisch al-Adl", "Die Gruppe"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["der Revolutionsgarden", "die Revolutionsgarden"]),
        entity("Iran", "LOC", "IRN", ["Irans", "Iran"]),
        entity("Iranian security forces", "ORG", "IRN", ["Angehörige der Sicherheitskräfte", "Die Sicherheitskräfte"]),
        entity("Chabahar", "LOC", "IRN", ["Tschabahar"]),
        entity("Rask", "LOC", "IRN", ["Rask"]),
        entity("Iranian police", "ORG", "IRN", ["Polizeiposten", "Die Polizei"]),
        entity("Majid Mirahmadi", "PER", "IRN", ["Vize-Innenminister Madschid Mirahmadi"]),
        entity("Islamic Republic of Iran Broadcasting", "ORG", "IRN", ["Staatsfernsehen"]),
        entity("Ahmad Vahidi", "PER", "IRN", ["Innenminister Ahmad Wahidi"]),
        entity("Zahedan", "LOC", "IRN", ["der Provinzhauptstadt Zahedan"]),
        entity("suspected accomplices of the Jaish al-Adl attackers", "PER", "IRN",
               ["mehrere mutmaßliche Helfer der Angreifer"]),
        entity("Ebrahim Raisi", "PER", "IRN", ["Präsident Ebrahim Raisi"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Außenamtssprecher Nasser Kanaani"]),
        entity("Pakistan", "LOC", "PAK", ["das Nachbarland Pakistan", "Pakistan"]),
        entity("Ministry of Foreign Affairs of Pakistan", "ORG", "PAK", ["Das pakistanische Außenministerium"]),
        entity("Mumtaz Zahra Baloch", "PER", "PAK", ["Sprecherin Mumtaz Zahra Baloch"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Tasnim News Agency", "ORG", "IRN", ["der Nachrichtenagentur Tasnim"]),
        entity("Sistan and Baluchestan", "LOC", "IRN", ["die Provinz Sistan und Belutschistan",
                                                        "Die Provinz an der Grenze zu Pakistan und Afghanistan"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan"]),
        entity("United States", "LOC", "USA", ["den USA"]),
    ],
}

# ---------------------------------------------------------------- hm335-en-01 (Bahrain, ambassador to Israel recalled)
BHR_GOV = actor("Government of Bahrain", "BHR", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
BHR_PROTESTERS = actor("protesters in Bahrain", "BHR", "CVL")
ZAYANI = actor("Abdullatif al-Zayani", "BHR", "GOV")
KING_HAMAD = actor("Hamad bin Isa Al Khalifa", "BHR", "GOV")
KING_ABDULLAH = actor("Abdullah II", "JOR", "GOV")
JORDAN = actor("Jordan", "JOR", "GOV")
WEFAQ = actor("Al Wefaq", "BHR", "OPP")

B1 = ("DUBAI, Nov 2 (Reuters) - Bahrain's parliament said on Thursday that Israel's ambassador had left the kingdom "
      "and that Manama had recalled its own ambassador from Israel and suspended economic ties with the country in "
      "protest at the war in Gaza.")
B2 = ('In a statement, the elected lower house said the decision reflected Bahrain\'s "historic and firm stance" in '
      'support of the Palestinian cause.')
B3 = ("Israel's foreign ministry said it had received no notice of such a decision from the Bahraini government and "
      "that relations between the two countries were stable.")
B4 = ('Hours later, the Bahraini government confirmed that it had called home Ambassador Khaled al-Jalahma and that '
      'Israeli envoy Eitan Na\'eh had left Manama "some time ago", but made no mention of economic ties.')
B5 = ("Bahrain, which hosts the U.S. Navy's Fifth Fleet, established diplomatic relations with Israel in 2020 under "
      "the U.S.-brokered Abraham Accords.")
B6 = ("Thousands of people have taken to the streets in Manama and surrounding villages since Israel began "
      "bombarding Gaza, in a rare display of tolerated dissent in the Gulf kingdom.")
B7 = ("After Friday prayers last week, demonstrators again marched in the capital, waving Palestinian flags and "
      "demanding the closure of the Israeli embassy.")
B8 = '"This is the least the Bahraini people expected," said a member of parliament who asked not to be named.'
B9 = ("Foreign Minister Abdullatif al-Zayani called on Israel to agree to an immediate ceasefire and to allow "
      "humanitarian aid into Gaza.")
B10 = ("King Hamad bin Isa Al Khalifa discussed the situation in Gaza by phone with Jordan's King Abdullah on "
       "Wednesday, the state news agency BNA reported.")
B11 = ("Jordan recalled its ambassador from Israel on Wednesday, saying he would return only when the war in Gaza "
       "stopped.")
B12 = ("Israeli officials said the country's diplomats had been withdrawn from several missions in the region in "
       "mid-October for security reasons.")
B13 = ("The opposition group Al Wefaq, which a Bahraini court dissolved in 2016, welcomed the move but said it did "
       "not go far enough.")
B14 = "It urged the government to cut diplomatic relations altogether and scrap the normalisation agreement."
B15 = ("Israeli Foreign Minister Eli Cohen, who inaugurated the embassy building in Manama in September, did not "
       "comment.")

EN01 = {
    "id": "hm335-en-01", "lang": "en", "url": None, "published": "2023-11-02",
    "title": "Bahrain recalls ambassador from Israel, parliament says economic ties suspended",
    "text": paragraphs([B1, B2, B3], [B4, B5], [B6, B7, B8], [B9, B10, B11, B12], [B13, B14, B15]),
    "events": [
        event("SANCTION", BHR_GOV, ISRAEL, B1, mode="discontinue"),
        event("SANCTION", BHR_GOV, ISRAEL, B4, mode="discontinue"),
        event("PROTEST", BHR_PROTESTERS, ISRAEL, B6, mode="demo", location="Manama", location_country="BHR"),
        event("PROTEST", BHR_PROTESTERS, ISRAEL, B7, mode="demo", location="Manama", location_country="BHR"),
        event("REQUEST", BHR_PROTESTERS, BHR_GOV, B7, mode="change"),
        event("REQUEST", ZAYANI, ISRAEL, B9, mode="yield"),
        event("CONSULT", KING_HAMAD, KING_ABDULLAH, B10, mode="phone", date="2023-11-01"),
        event("SANCTION", JORDAN, ISRAEL, B11, mode="discontinue", date="2023-11-01"),
        event("SUPPORT", WEFAQ, BHR_GOV, B13),
        event("ACCUSE", WEFAQ, BHR_GOV, B13, mode="disapprove"),
        event("REQUEST", WEFAQ, BHR_GOV, B14, mode="change"),
    ],
    "quotes": [
        quote("Israel's ambassador had left the kingdom and that Manama had recalled its own ambassador from Israel "
              "and suspended economic ties with the country in protest at the war in Gaza",
              "Council of Representatives of Bahrain", "indirect"),
        quote("historic and firm stance", "Council of Representatives of Bahrain", "direct"),
        quote('the decision reflected Bahrain\'s "historic and firm stance" in support of the Palestinian cause',
              "Council of Representatives of Bahrain", "indirect"),
        quote("it had received no notice of such a decision from the Bahraini government and that relations between "
              "the two countries were stable", "Ministry of Foreign Affairs of Israel", "indirect"),
        quote('it had called home Ambassador Khaled al-Jalahma and that Israeli envoy Eitan Na\'eh had left Manama '
              '"some time ago"', "Government of Bahrain", "indirect"),
        quote("some time ago", "Government of Bahrain", "direct"),
        quote("This is the least the Bahraini people expected", "member of the Council of Representatives of Bahrain",
              "direct"),
        quote("he would return only when the war in Gaza stopped", "Government of Jordan", "indirect"),
        quote("the country's diplomats had been withdrawn from several missions in the region in mid-October for "
              "security reasons", "Israeli officials", "indirect"),
        quote("it did not go far enough", "Al Wefaq", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("Council of Representatives of Bahrain", "ORG", "BHR", ["Bahrain's parliament",
                                                                       "the elected lower house"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Eitan Na'eh", "PER", "ISR", ["Israel's ambassador", "Israeli envoy Eitan Na'eh"]),
        entity("Bahrain", "LOC", "BHR", ["the kingdom", "Bahrain", "the Gulf kingdom"]),
        entity("Government of Bahrain", "ORG", "BHR", ["Manama had recalled", "the Bahraini government",
                                                       "the government"]),
        entity("Manama", "LOC", "BHR", ["Manama", "the capital"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Israel's foreign ministry"]),
        entity("Khaled al-Jalahma", "PER", "BHR", ["Ambassador Khaled al-Jalahma", "its own ambassador"]),
        entity("U.S. Fifth Fleet", "ORG", "USA", ["the U.S. Navy's Fifth Fleet"]),
        entity("protesters in Bahrain", "PER", "BHR", ["Thousands of people", "demonstrators"]),
        entity("Embassy of Israel in Bahrain", "ORG", "ISR", ["the Israeli embassy", "the embassy building"]),
        entity("member of the Council of Representatives of Bahrain", "PER", "BHR", ["a member of parliament"]),
        entity("Abdullatif al-Zayani", "PER", "BHR", ["Foreign Minister Abdullatif al-Zayani"]),
        entity("Hamad bin Isa Al Khalifa", "PER", "BHR", ["King Hamad bin Isa Al Khalifa"]),
        entity("Abdullah II", "PER", "JOR", ["Jordan's King Abdullah"]),
        entity("Bahrain News Agency", "ORG", "BHR", ["the state news agency BNA"]),
        entity("Jordan", "LOC", "JOR", ["Jordan"]),
        entity("Israeli officials", "PER", "ISR", ["Israeli officials"]),
        entity("Al Wefaq", "ORG", "BHR", ["The opposition group Al Wefaq"]),
        entity("Eli Cohen", "PER", "ISR", ["Israeli Foreign Minister Eli Cohen"]),
    ],
}

# ---------------------------------------------------------------- hm335-en-02 (BIE/Saudi Arabia, Riyadh wins Expo 2030)
MBS = actor("Mohammed bin Salman", "SAU", "GOV")
BIE = actor("Bureau International des Expositions", "IGO", "IGO")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
DEV_COUNTRIES = actor("developing countries", None, "GOV")
HAN = actor("Han Duck-soo", "KOR", "GOV")
KOR_PUBLIC = actor("people of South Korea", "KOR", "CVL")
GUALTIERI = actor("Roberto Gualtieri", "ITA", "GOV")
ALQST = actor("ALQST", "NGO", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
KERKENTZES = actor("Dimitri Kerkentzes", "IGO", "IGO")

X1 = ("PARIS, Nov 28 (Reuters) - Riyadh won the right to host the World Expo in 2030 on Tuesday, beating South "
      "Korea's Busan and Rome by a wide margin in a secret ballot of member states of the Paris-based Bureau "
      "International des Expositions (BIE).")
X2 = ("The Saudi capital received 119 of the 165 votes cast in the first round, far more than the two-thirds "
      "majority needed to avoid a run-off, while Busan won 29 votes and Rome 17.")
X3 = ('Crown Prince and Prime Minister Mohammed bin Salman thanked the countries that had supported the bid and '
      'pledged to deliver "an exceptional edition" of the exhibition, the state news agency SPA reported.')
X4 = ("The kingdom has promised $343 million to help some 130 developing countries take part in Expo 2030, which "
      "organisers expect to draw about 40 million visitors.")
X5 = ('"This vote is a vote of confidence in the kingdom and in its vision," Foreign Minister Prince Faisal bin '
      'Farhan told reporters at the assembly in Issy-les-Moulineaux, just outside Paris.')
X6 = ("South Korean Prime Minister Han Duck-soo, who led Seoul's delegation in Paris, apologised to the Korean "
      "people for the defeat.")
X7 = ('"I am sorry that we failed to meet the expectations of the people," Han said, adding that Busan had run a '
      'strong campaign.')
X8 = "Busan Mayor Park Heong-joon said the port city would consider bidding again for the 2035 Expo."
X9 = ('Rome Mayor Roberto Gualtieri said he was disappointed and criticised what he called a "transactional" vote, '
      'saying money had counted for more than the quality of the projects.')
X10 = ("The London-based Saudi rights group ALQST accused Riyadh of using the Expo to whitewash its human rights "
       "record, pointing to long prison sentences handed to critics of the government.")
X11 = ("Amnesty International urged BIE member states to press the Saudi authorities to release jailed activists "
       "before the exhibition opens.")
X12 = ("French President Emmanuel Macron, who had publicly backed Riyadh's bid, congratulated the crown prince in a "
       "telephone call on Tuesday evening, the Elysee said.")
X13 = ('BIE Secretary General Dimitri Kerkentzes said the organisation would work closely with the Saudi '
       'organisers, calling Riyadh\'s plan "ambitious and well prepared".')
X14 = ("Saudi Arabia is also the only candidate to host the 2034 soccer World Cup after Australia said last month "
       "that it would not bid.")
X15 = ("Expo 2030 is scheduled to run from October 2030 to March 2031 on a site near King Khalid International "
       "Airport north of Riyadh.")

EN02 = {
    "id": "hm335-en-02", "lang": "en", "url": None, "published": "2023-11-28",
    "title": "Riyadh wins vote to host World Expo 2030, beating Busan and Rome",
    "text": paragraphs([X1, X2], [X3, X4, X5], [X6, X7, X8], [X9, X10, X11], [X12, X13], [X14, X15]),
    "events": [
        event("SUPPORT", MBS, BIE, X3),
        event("AGREE", MBS, BIE, X3),
        event("AGREE", SAU_GOV, DEV_COUNTRIES, X4),
        event("CONCEDE", HAN, KOR_PUBLIC, X6, location="Paris", location_country="FRA"),
        event("CONCEDE", HAN, KOR_PUBLIC, X7),
        event("ACCUSE", GUALTIERI, BIE, X9, mode="disapprove"),
        event("ACCUSE", ALQST, SAU_GOV, X10, mode="disapprove"),
        event("REQUEST", AMNESTY, BIE, X11),
        event("SUPPORT", MACRON, MBS, X12, date="2023-11-28"),
        event("CONSULT", MACRON, MBS, X12, mode="phone", date="2023-11-28"),
        event("AGREE", KERKENTZES, SAU_GOV, X13),
        event("SUPPORT", KERKENTZES, SAU_GOV, X13),
    ],
    "quotes": [
        quote("an exceptional edition", "Mohammed bin Salman", "direct"),
        quote("This vote is a vote of confidence in the kingdom and in its vision", "Faisal bin Farhan", "direct"),
        quote("I am sorry that we failed to meet the expectations of the people", "Han Duck-soo", "direct"),
        quote("Busan had run a strong campaign", "Han Duck-soo", "indirect"),
        quote("the port city would consider bidding again for the 2035 Expo", "Park Heong-joon", "indirect"),
        quote("he was disappointed", "Roberto Gualtieri", "indirect"),
        quote("transactional", "Roberto Gualtieri", "direct"),
        quote("money had counted for more than the quality of the projects", "Roberto Gualtieri", "indirect"),
        quote("the organisation would work closely with the Saudi organisers", "Dimitri Kerkentzes", "indirect"),
        quote("ambitious and well prepared", "Dimitri Kerkentzes", "direct"),
        quote("it would not bid", "Football Australia", "indirect"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["PARIS", "Paris"]),
        entity("Riyadh", "LOC", "SAU", ["Riyadh", "The Saudi capital"]),
        entity("South Korea", "LOC", "KOR", ["South Korea"]),
        entity("Busan", "LOC", "KOR", ["Busan", "the port city"]),
        entity("Rome", "LOC", "ITA", ["Rome"]),
        entity("Bureau International des Expositions", "ORG", "IGO",
               ["the Paris-based Bureau International des Expositions (BIE)", "BIE", "the organisation"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Crown Prince and Prime Minister Mohammed bin Salman",
                                                     "the crown prince"]),
        entity("Saudi Press Agency", "ORG", "SAU", ["the state news agency SPA"]),
        entity("Saudi Arabia", "LOC", "SAU", ["The kingdom", "the kingdom", "Saudi Arabia"]),
        entity("Expo 2030", "ORG", "SAU", ["the World Expo in 2030", "Expo 2030", "the exhibition", "the Expo"]),
        entity("Faisal bin Farhan", "PER", "SAU", ["Foreign Minister Prince Faisal bin Farhan"]),
        entity("Issy-les-Moulineaux", "LOC", "FRA", ["Issy-les-Moulineaux"]),
        entity("Han Duck-soo", "PER", "KOR", ["South Korean Prime Minister Han Duck-soo", "Han"]),
        entity("Government of South Korea", "ORG", "KOR", ["Seoul's delegation"]),
        entity("Park Heong-joon", "PER", "KOR", ["Busan Mayor Park Heong-joon"]),
        entity("Roberto Gualtieri", "PER", "ITA", ["Rome Mayor Roberto Gualtieri"]),
        entity("ALQST", "ORG", "NGO", ["The London-based Saudi rights group ALQST"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["the Saudi authorities", "the Saudi organisers"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron"]),
        entity("Élysée Palace", "ORG", "FRA", ["the Elysee"]),
        entity("Dimitri Kerkentzes", "PER", "IGO", ["BIE Secretary General Dimitri Kerkentzes"]),
        entity("FIFA World Cup 2034", "ORG", None, ["the 2034 soccer World Cup"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
        entity("King Khalid International Airport", "LOC", "SAU", ["King Khalid International Airport"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
