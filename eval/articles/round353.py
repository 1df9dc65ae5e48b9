"""Round 353: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm353-de-01: Algeria: a Tizi Ouzou court sentences the French sports journalist Christophe Gleizes to seven years for glorifying terrorism; he is taken into custody, Paris regrets and demands his release, RSF's Bruttin appeals to Tebboune, the April expulsions and the ambassador's recall, Algiers rejects the demand (2025-06-29).
- hm353-de-02: Tunisia: an investigating judge jails Sihem Bensedrine, former head of the Truth and Dignity Commission, over an allegedly falsified report chapter; her lawyer accuses the authorities, supporters rally at the Tunis courthouse without arrests, Amnesty, the UN rights office and the LTDH's Trifi object (2024-08-02).
- hm353-de-03: Syria/Israel: al-Shaibani meets Ron Dermer in Paris under Tom Barrack's mediation; Syrian withdrawal demand, agreement to meet again, the earlier Israeli strike on the general staff, Barrot hosts a trilateral meeting, France and the US pledge support and press Damascus, Damascus commits to talks with the SDF, Abdi and al-Hijri react (2025-07-25).
- hm353-de-04: Lebanon/Saudi Arabia: Joseph Aoun's first foreign trip to Riyadh and his meeting with Mohammed bin Salman; review of the 2021 import ban and the travel ban, mutual praise, joint call for an Israeli withdrawal, Israeli strikes on Hezbollah, a Hezbollah MP's accusation, Salam's thanks (2025-03-04).
- hm353-en-01: Yemen: a Houthi-run court in Sanaa sentences 17 people to death for spying for the U.S., Israel and Saudi Arabia; Houthi spy-network claims, the Aden government, al-Eryani, Grundberg and Amnesty object, Abdulsalam threatens collaborators, detained U.N. staff (2025-11-22).
- hm353-en-02: Iran/E3: Iran holds nuclear talks with Britain, France and Germany in Istanbul; Gharibabadi offers further consultations, the snapback threat, Iran's suspended IAEA cooperation, Araghchi's NPT warning, Baghaei accuses the Europeans, Tammy Bruce backs them, Grossi plans a team to Tehran (2025-07-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm353-de-01 (Algeria, Christophe Gleizes sentenced)
TIZI_COURT = actor("Tizi Ouzou Criminal Court", "DZA", "JUD")
GLEIZES = actor("Christophe Gleizes", "FRA", "CVL")
DZA_POLICE = actor("Algerian police", "DZA", "COP")
DZA_PROSECUTION = actor("Algerian public prosecution", "DZA", "JUD")
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")
DZA_MFA = actor("Ministry of Foreign Affairs of Algeria", "DZA", "GOV")
FRA_MFA = actor("Ministry for Europe and Foreign Affairs of France", "FRA", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
BRUTTIN = actor("Thibaut Bruttin", "NGO", "NGO")
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")

A1 = ("Algier (dpa) - Ein algerisches Gericht hat den französischen Sportjournalisten Christophe Gleizes zu sieben "
      "Jahren Haft verurteilt.")
A2 = ("Das Strafgericht in Tizi Ouzou östlich der Hauptstadt sprach den 36-Jährigen am Sonntag der Verherrlichung des "
      "Terrorismus und des Besitzes von Propagandamaterial schuldig, wie das Fußballmagazin So Foot mitteilte.")
A3 = "Gleizes sei noch im Gerichtssaal festgenommen und ins Gefängnis gebracht worden, sagte sein Anwalt."
A4 = ("Der Reporter war im Mai 2024 nach Tizi Ouzou gereist, um für eine Reportage über den Fußballklub JS Kabylie zu "
      "recherchieren.")
A5 = "Dort wurde er wenige Tage nach seiner Ankunft festgenommen und durfte das Land seither nicht verlassen."
A6 = ("Die Anklage hatte ihm vorgeworfen, Kontakt zu einem Funktionär des Vereins gehabt zu haben, der der "
      "Separatistenbewegung MAK angehört.")
A7 = "Algier stuft die Bewegung für die Selbstbestimmung der Kabylei seit 2021 als Terrororganisation ein."
A8 = ("Das französische Außenministerium bedauerte das Urteil „zutiefst“ und forderte Algier auf, den Journalisten "
      "freizulassen.")
A9 = ("Paris verfolge den Fall mit großer Aufmerksamkeit und stehe in engem Kontakt mit der Familie, hieß es in einer "
      "Erklärung.")
A10 = ("Reporter ohne Grenzen (RSF) sprach von einem „absurden Urteil“ gegen einen Reporter, der nur seine Arbeit "
       "gemacht habe.")
A11 = "„Christophe ist Sportjournalist, kein Terrorist“, sagte RSF-Generaldirektor Thibaut Bruttin in Paris."
A12 = "Er rief Präsident Abdelmadjid Tebboune auf, den Franzosen zu begnadigen."
A13 = "Der Fall belastet die ohnehin angespannten Beziehungen zwischen Paris und Algier zusätzlich."
A14 = "Im April hatten beide Länder gegenseitig jeweils zwölf Diplomaten ausgewiesen."
A15 = "Frankreich rief daraufhin auch seinen Botschafter aus Algier zurück."
A16 = ("Präsident Emmanuel Macron hatte Tebboune zuletzt wiederholt um Gnade für den ebenfalls inhaftierten "
       "Schriftsteller Boualem Sansal gebeten.")
A17 = ("Das algerische Außenministerium wies die Forderung aus Paris zurück und erklärte, die Justiz des Landes sei "
       "unabhängig.")

DE01 = {
    "id": "hm353-de-01", "lang": "de", "url": None, "published": "2025-06-29",
    "title": "Sieben Jahre Haft für französischen Journalisten in Algerien",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11, A12], [A13, A14, A15, A16, A17]),
    "events": [
        event("SANCTION", TIZI_COURT, GLEIZES, A1, mode="convict"),
        event("COERCE", TIZI_COURT, GLEIZES, A1, mode="arrest"),
        event("SANCTION", TIZI_COURT, GLEIZES, A2, mode="convict", date="2025-06-29", location="Tizi Ouzou",
              location_country="DZA"),
        event("COERCE", DZA_POLICE, GLEIZES, A3, mode="arrest", date="2025-06-29", location="Tizi Ouzou",
              location_country="DZA"),
        event("COERCE", DZA_POLICE, GLEIZES, A5, mode="arrest", location="Tizi Ouzou", location_country="DZA"),
        event("ACCUSE", DZA_PROSECUTION, GLEIZES, A6, mode="allege"),
        event("ACCUSE", FRA_MFA, TIZI_COURT, A8, mode="disapprove"),
        event("REQUEST", FRA_MFA, DZA_GOV, A8, mode="yield"),
        event("ACCUSE", RSF, TIZI_COURT, A10, mode="disapprove"),
        event("REQUEST", BRUTTIN, TEBBOUNE, A12, mode="yield"),
        event("SANCTION", FRA_GOV, DZA_GOV, A14, mode="expel"),
        event("SANCTION", DZA_GOV, FRA_GOV, A14, mode="expel"),
        event("SANCTION", FRA_GOV, DZA_GOV, A15, mode="withdraw"),
        event("REQUEST", MACRON, TEBBOUNE, A16, mode="yield"),
        event("REJECT", DZA_MFA, FRA_GOV, A17, mode="yield"),
    ],
    "quotes": [
        quote("Das Strafgericht in Tizi Ouzou östlich der Hauptstadt sprach den 36-Jährigen am Sonntag der "
              "Verherrlichung des Terrorismus und des Besitzes von Propagandamaterial schuldig", "So Foot",
              "indirect"),
        quote("Gleizes sei noch im Gerichtssaal festgenommen und ins Gefängnis gebracht worden",
              "lawyer of Christophe Gleizes", "indirect"),
        quote("Kontakt zu einem Funktionär des Vereins gehabt zu haben, der der Separatistenbewegung MAK angehört",
              "Algerian public prosecution", "indirect"),
        quote("zutiefst", "Ministry for Europe and Foreign Affairs of France", "direct"),
        quote("Paris verfolge den Fall mit großer Aufmerksamkeit und stehe in engem Kontakt mit der Familie",
              "Ministry for Europe and Foreign Affairs of France", "indirect"),
        quote("absurden Urteil", "Reporters Without Borders", "direct"),
        quote("Christophe ist Sportjournalist, kein Terrorist", "Thibaut Bruttin", "direct"),
        quote("die Justiz des Landes sei unabhängig", "Ministry of Foreign Affairs of Algeria", "indirect"),
    ],
    "entities": [
        entity("Algiers", "LOC", "DZA", ["Algier", "der Hauptstadt"]),
        entity("Algeria", "LOC", "DZA", ["das Land", "des Landes"]),
        entity("Tizi Ouzou Criminal Court", "ORG", "DZA", ["Ein algerisches Gericht", "Das Strafgericht in Tizi Ouzou"]),
        entity("Christophe Gleizes", "PER", "FRA", ["den französischen Sportjournalisten Christophe Gleizes",
                                                    "den 36-Jährigen", "Gleizes", "Der Reporter", "den Journalisten",
                                                    "einen Reporter, der nur seine Arbeit gemacht habe", "Christophe",
                                                    "den Franzosen"]),
        entity("Tizi Ouzou", "LOC", "DZA", ["Tizi Ouzou"]),
        entity("So Foot", "ORG", "FRA", ["das Fußballmagazin So Foot"]),
        entity("lawyer of Christophe Gleizes", "PER", None, ["sein Anwalt"]),
        entity("Algerian police", "ORG", "DZA", []),
        entity("JS Kabylie", "ORG", "DZA", ["den Fußballklub JS Kabylie", "des Vereins"]),
        entity("Algerian public prosecution", "ORG", "DZA", ["Die Anklage"]),
        entity("official of JS Kabylie", "PER", "DZA", ["einem Funktionär des Vereins"]),
        entity("Movement for the Self-Determination of Kabylie", "ORG", "DZA",
               ["der Separatistenbewegung MAK", "die Bewegung für die Selbstbestimmung der Kabylei"]),
        entity("Government of Algeria", "ORG", "DZA", ["Algier", "beide Länder"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA", ["Das französische Außenministerium"]),
        entity("Government of France", "ORG", "FRA", ["Paris", "beide Länder", "Frankreich"]),
        entity("family of Christophe Gleizes", "PER", "FRA", ["der Familie"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporter ohne Grenzen (RSF)", "RSF"]),
        entity("Thibaut Bruttin", "PER", "NGO", ["RSF-Generaldirektor Thibaut Bruttin"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["Präsident Abdelmadjid Tebboune", "Tebboune"]),
        entity("Ambassador of France to Algeria", "PER", "FRA", ["seinen Botschafter"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("Boualem Sansal", "PER", "FRA", ["Schriftsteller Boualem Sansal"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["Das algerische Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm353-de-02 (Tunisia, Sihem Bensedrine jailed)
TUN_JUDICIARY = actor("Judiciary of Tunisia", "TUN", "JUD")
TUN_JUDGE = actor("Investigating judge of the Tunis Court of First Instance", "TUN", "JUD")
TUN_POLICE = actor("Tunisian police", "TUN", "COP")
TUN_PROSECUTION = actor("Tunis public prosecutor's office", "TUN", "JUD")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
BENSEDRINE = actor("Sihem Bensedrine", "TUN", "CVL")
BENSEDRINE_LAWYER = actor("lawyer of Sihem Bensedrine", "TUN", "CVL")
TUNIS_SUPPORTERS = actor("supporters of Sihem Bensedrine in Tunis", "TUN", "CVL")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
TRIFI = actor("Bassem Trifi", "TUN", "NGO")
SAIED = actor("Kais Saied", "TUN", "GOV")

B1 = ("Tunis (dpa) - Die tunesische Justiz hat die frühere Leiterin der Wahrheitskommission, Sihem Bensedrine, in "
      "Untersuchungshaft genommen.")
B2 = ("Ein Untersuchungsrichter in Tunis erließ am Donnerstag nach einer mehrstündigen Anhörung Haftbefehl gegen die "
      "74-Jährige, wie einer ihrer Anwälte mitteilte.")
B3 = "Die Polizei brachte die Menschenrechtlerin noch in der Nacht in das Frauengefängnis von Manouba."
B4 = ("Die Staatsanwaltschaft wirft Bensedrine vor, einen Abschnitt des Abschlussberichts der Kommission über die "
      "Banque Franco-Tunisienne zugunsten eines Geschäftsmanns gefälscht zu haben.")
B5 = "Im Falle einer Verurteilung drohen ihr mehrere Jahre Haft."
B6 = ("Die sogenannte Instanz für Wahrheit und Würde war nach dem Sturz des Langzeitherrschers Zine el-Abidine Ben Ali "
      "gegründet worden und hatte ihren Abschlussbericht 2019 vorgelegt.")
B7 = "Der Anwalt warf den Behörden vor, seine Mandantin für ihre Arbeit bestrafen zu wollen."
B8 = "„In dieser Akte gibt es keinen einzigen Beweis“, sagte er vor dem Justizpalast in Tunis."
B9 = ("Dort hatten sich am Donnerstag rund hundert Unterstützer versammelt, die Parolen gegen die Einschränkung der "
      "Freiheiten riefen.")
B10 = "Festnahmen gab es nach Angaben von Augenzeugen nicht."
B11 = ("Amnesty International verurteilte die Festnahme als „alarmierenden Angriff“ auf die Aufarbeitung der "
       "Vergangenheit und forderte die sofortige Freilassung Bensedrines.")
B12 = "Das UN-Menschenrechtsbüro in Genf rief die Regierung in Tunis auf, die Verfolgung von Kritikern zu beenden."
B13 = ("Der Präsident der Tunesischen Liga für Menschenrechte, Bassem Trifi, warf Präsident Kais Saied einen "
       "„Rachefeldzug“ gegen alle vor, die an der Aufarbeitung mitgewirkt hätten.")
B14 = "Saied regiert seit Juli 2021 weitgehend per Dekret."
B15 = "Vor der Präsidentenwahl am 6. Oktober sitzen zahlreiche Oppositionspolitiker, Journalisten und Anwälte in Haft."

DE02 = {
    "id": "hm353-de-02", "lang": "de", "url": None, "published": "2024-08-02",
    "title": "Frühere Chefin der tunesischen Wahrheitskommission in Haft",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8], [B9, B10], [B11, B12, B13], [B14, B15]),
    "events": [
        event("COERCE", TUN_JUDICIARY, BENSEDRINE, B1, mode="arrest"),
        event("COERCE", TUN_JUDGE, BENSEDRINE, B2, mode="arrest", date="2024-08-01", location="Tunis",
              location_country="TUN"),
        event("COERCE", TUN_POLICE, BENSEDRINE, B3, mode="arrest", location="Manouba", location_country="TUN"),
        event("ACCUSE", TUN_PROSECUTION, BENSEDRINE, B4, mode="allege"),
        event("ACCUSE", BENSEDRINE_LAWYER, TUN_GOV, B7, mode="disapprove"),
        event("PROTEST", TUNIS_SUPPORTERS, TUN_GOV, B9, mode="demo", date="2024-08-01", location="Tunis",
              location_country="TUN"),
        event("COERCE", TUN_POLICE, TUNIS_SUPPORTERS, B10, mode="arrest", negated=True),
        event("ACCUSE", AMNESTY, TUN_JUDICIARY, B11, mode="disapprove"),
        event("REQUEST", AMNESTY, None, B11, mode="yield"),
        event("REQUEST", OHCHR, TUN_GOV, B12, mode="change"),
        event("ACCUSE", TRIFI, SAIED, B13, mode="disapprove"),
    ],
    "quotes": [
        quote("Ein Untersuchungsrichter in Tunis erließ am Donnerstag nach einer mehrstündigen Anhörung Haftbefehl "
              "gegen die 74-Jährige", "lawyer of Sihem Bensedrine", "indirect"),
        quote("einen Abschnitt des Abschlussberichts der Kommission über die Banque Franco-Tunisienne zugunsten eines "
              "Geschäftsmanns gefälscht zu haben", "Tunis public prosecutor's office", "indirect"),
        quote("seine Mandantin für ihre Arbeit bestrafen zu wollen", "lawyer of Sihem Bensedrine", "indirect"),
        quote("In dieser Akte gibt es keinen einzigen Beweis", "lawyer of Sihem Bensedrine", "direct"),
        quote("Festnahmen gab es nach Angaben von Augenzeugen nicht", "witnesses", "indirect"),
        quote("alarmierenden Angriff", "Amnesty International", "direct"),
        quote("Rachefeldzug", "Bassem Trifi", "direct"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Judiciary of Tunisia", "ORG", "TUN", ["Die tunesische Justiz"]),
        entity("Truth and Dignity Commission", "ORG", "TUN", ["der Wahrheitskommission", "der Kommission",
                                                              "Die sogenannte Instanz für Wahrheit und Würde"]),
        entity("Sihem Bensedrine", "PER", "TUN", ["die frühere Leiterin der Wahrheitskommission, Sihem Bensedrine",
                                                  "die 74-Jährige", "die Menschenrechtlerin", "Bensedrine",
                                                  "seine Mandantin", "Bensedrines"]),
        entity("Investigating judge of the Tunis Court of First Instance", "PER", "TUN",
               ["Ein Untersuchungsrichter in Tunis"]),
        entity("lawyer of Sihem Bensedrine", "PER", "TUN", ["einer ihrer Anwälte", "Der Anwalt"]),
        entity("Tunisian police", "ORG", "TUN", ["Die Polizei"]),
        entity("Manouba women's prison", "LOC", "TUN", ["das Frauengefängnis von Manouba"]),
        entity("Tunis public prosecutor's office", "ORG", "TUN", ["Die Staatsanwaltschaft"]),
        entity("Banque Franco-Tunisienne", "ORG", "TUN", ["die Banque Franco-Tunisienne"]),
        entity("businessman", "PER", "TUN", ["eines Geschäftsmanns"]),
        entity("Zine el-Abidine Ben Ali", "PER", "TUN", ["des Langzeitherrschers Zine el-Abidine Ben Ali"]),
        entity("Government of Tunisia", "ORG", "TUN", ["den Behörden", "die Regierung in Tunis"]),
        entity("Palace of Justice (Tunis)", "LOC", "TUN", ["dem Justizpalast in Tunis"]),
        entity("supporters of Sihem Bensedrine in Tunis", "PER", "TUN", ["rund hundert Unterstützer"]),
        entity("witnesses", "PER", "TUN", ["Augenzeugen"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Tunisian League for Human Rights", "ORG", "TUN", ["der Tunesischen Liga für Menschenrechte"]),
        entity("Bassem Trifi", "PER", "TUN", ["Der Präsident der Tunesischen Liga für Menschenrechte, Bassem Trifi"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied", "Saied"]),
    ],
}

# ---------------------------------------------------------------- hm353-de-03 (Syria/Israel, Paris talks)
SHAIBANI = actor("Asaad al-Shaibani", "SYR", "GOV")
DERMER = actor("Ron Dermer", "ISR", "GOV")
BARRACK = actor("Tom Barrack", "USA", "GOV")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
SYR_MIL = actor("Syrian Armed Forces", "SYR", "MIL")
FRA_GOV3 = actor("Government of France", "FRA", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
SDF = actor("Syrian Democratic Forces", "SYR", "REB")
ABDI = actor("Mazloum Abdi", "SYR", "REB")
HIJRI = actor("Hikmat al-Hijri", "SYR", "CVL")

C1 = ("Paris (dpa) - Vertreter Syriens und Israels haben in Paris über eine Beruhigung der Lage im Süden Syriens "
      "gesprochen.")
C2 = ("Außenminister Asaad al-Schaibani traf am Donnerstag den israelischen Minister für strategische "
      "Angelegenheiten, Ron Dermer, wie die staatliche syrische Nachrichtenagentur Sana berichtete.")
C3 = "Vermittelt hatte das Gespräch der US-Sondergesandte für Syrien, Tom Barrack, der auch daran teilnahm."
C4 = "„Ziel war Dialog und Deeskalation, und genau das haben wir erreicht“, schrieb Barrack auf der Plattform X."
C5 = ("Nach syrischen Angaben verlangte Al-Schaibani den Rückzug israelischer Truppen aus der Pufferzone auf den "
      "Golanhöhen und ein Ende der Luftangriffe.")
C6 = "Beide Seiten vereinbarten nach Angaben Barracks, sich in den kommenden Wochen erneut zu treffen."
C7 = ("Die israelische Armee hatte vor gut einer Woche Ziele in Damaskus angegriffen, darunter das Hauptquartier des "
      "Generalstabs, und dies mit dem Schutz der drusischen Minderheit in der südlichen Provinz Suwaida begründet.")
C8 = "Damaskus hatte die Angriffe als Verletzung seiner Souveränität verurteilt."
C9 = ("Am Freitag empfing der französische Außenminister Jean-Noël Barrot Al-Schaibani und Barrack zu einem "
      "Dreiertreffen im Außenministerium am Quai d'Orsay.")
C10 = ("In einer gemeinsamen Erklärung sicherten Frankreich und die USA der syrischen Übergangsregierung ihre "
       "Unterstützung beim Wiederaufbau zu.")
C11 = ("Zugleich forderten beide Länder Damaskus auf, die Verantwortlichen für die Gewalt in Suwaida zur Rechenschaft "
       "zu ziehen.")
C12 = ("Die Regierung in Damaskus verpflichtete sich, so bald wie möglich Gespräche mit den kurdisch geführten "
       "Syrischen Demokratischen Kräften (SDF) in Paris aufzunehmen.")
C13 = "SDF-Kommandeur Maslum Abdi begrüßte die Zusage, warnte aber vor „leeren Versprechen“."
C14 = ("„Wir sind bereit, in Paris zu verhandeln, aber nicht über die Auflösung unserer Kräfte“, sagte er dem "
       "kurdischen Sender Rudaw.")
C15 = ("Der drusische Geistliche Scheich Hikmat al-Hidschri lehnte eine Rückkehr von Regierungstruppen nach Suwaida "
       "weiterhin ab.")
C16 = "Israel und Syrien befinden sich formal seit 1948 im Kriegszustand."

DE03 = {
    "id": "hm353-de-03", "lang": "de", "url": None, "published": "2025-07-25",
    "title": "Syrien und Israel sprechen in Paris über Deeskalation",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6], [C7, C8], [C9, C10, C11, C12], [C13, C14, C15, C16]),
    "events": [
        event("CONSULT", SHAIBANI, DERMER, C1, mode="third-party", location="Paris", location_country="FRA"),
        event("CONSULT", SHAIBANI, DERMER, C2, mode="third-party", date="2025-07-24", location="Paris",
              location_country="FRA"),
        event("CONSULT", BARRACK, SHAIBANI, C3),
        event("CONSULT", BARRACK, DERMER, C3),
        event("REQUEST", SHAIBANI, IDF, C5, mode="yield"),
        event("AGREE", SHAIBANI, DERMER, C6),
        event("AGREE", DERMER, SHAIBANI, C6),
        event("ASSAULT", IDF, SYR_MIL, C7, mode="aerial", location="Damascus", location_country="SYR"),
        event("ACCUSE", SYR_GOV, IDF, C8, mode="disapprove"),
        event("CONSULT", SHAIBANI, BARROT, C9, mode="visit", date="2025-07-25", location="Paris",
              location_country="FRA"),
        event("CONSULT", BARRACK, BARROT, C9, mode="visit", date="2025-07-25", location="Paris",
              location_country="FRA"),
        event("AGREE", FRA_GOV3, SYR_GOV, C10),
        event("AGREE", USA_GOV, SYR_GOV, C10),
        event("REQUEST", FRA_GOV3, SYR_GOV, C11, mode="change"),
        event("REQUEST", USA_GOV, SYR_GOV, C11, mode="change"),
        event("AGREE", SYR_GOV, SDF, C12),
        event("SUPPORT", ABDI, SYR_GOV, C13),
        event("AGREE", ABDI, SYR_GOV, C14),
        event("REJECT", ABDI, SYR_GOV, C14, mode="change"),
        event("REJECT", HIJRI, SYR_GOV, C15),
    ],
    "quotes": [
        quote("Außenminister Asaad al-Schaibani traf am Donnerstag den israelischen Minister für strategische "
              "Angelegenheiten, Ron Dermer", "Syrian Arab News Agency", "indirect"),
        quote("Ziel war Dialog und Deeskalation, und genau das haben wir erreicht", "Tom Barrack", "direct"),
        quote("verlangte Al-Schaibani den Rückzug israelischer Truppen aus der Pufferzone auf den Golanhöhen und ein "
              "Ende der Luftangriffe", "Government of Syria", "indirect"),
        quote("Beide Seiten vereinbarten nach Angaben Barracks, sich in den kommenden Wochen erneut zu treffen",
              "Tom Barrack", "indirect"),
        quote("leeren Versprechen", "Mazloum Abdi", "direct"),
        quote("Wir sind bereit, in Paris zu verhandeln, aber nicht über die Auflösung unserer Kräfte", "Mazloum Abdi",
              "direct"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Syria", "LOC", "SYR", ["Syriens", "Syrien"]),
        entity("Israel", "LOC", "ISR", ["Israels", "Israel"]),
        entity("Asaad al-Shaibani", "PER", "SYR", ["Außenminister Asaad al-Schaibani", "Al-Schaibani"]),
        entity("Ron Dermer", "PER", "ISR", ["den israelischen Minister für strategische Angelegenheiten, Ron Dermer"]),
        entity("Syrian Arab News Agency", "ORG", "SYR", ["die staatliche syrische Nachrichtenagentur Sana"]),
        entity("Tom Barrack", "PER", "USA", ["der US-Sondergesandte für Syrien, Tom Barrack", "Barrack", "Barracks"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Government of Syria", "ORG", "SYR", ["Damaskus", "der syrischen Übergangsregierung",
                                                     "Die Regierung in Damaskus"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["israelischer Truppen", "Die israelische Armee"]),
        entity("Golan Heights", "LOC", "SYR", ["der Pufferzone auf den Golanhöhen"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("headquarters of the Syrian general staff", "LOC", "SYR", ["das Hauptquartier des Generalstabs"]),
        entity("Syrian Armed Forces", "ORG", "SYR", ["Regierungstruppen"]),
        entity("Druze of Syria", "PER", "SYR", ["der drusischen Minderheit"]),
        entity("Suwayda Governorate", "LOC", "SYR", ["der südlichen Provinz Suwaida", "Suwaida"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["der französische Außenminister Jean-Noël Barrot"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA",
               ["Außenministerium am Quai d'Orsay"]),
        entity("Government of France", "ORG", "FRA", ["Frankreich", "beide Länder"]),
        entity("Government of the United States", "ORG", "USA", ["die USA", "beide Länder"]),
        entity("Syrian Democratic Forces", "ORG", "SYR", ["den kurdisch geführten Syrischen Demokratischen Kräften "
                                                          "(SDF)", "SDF", "unserer Kräfte"]),
        entity("Mazloum Abdi", "PER", "SYR", ["SDF-Kommandeur Maslum Abdi"]),
        entity("Rudaw", "ORG", "IRQ", ["dem kurdischen Sender Rudaw"]),
        entity("Hikmat al-Hijri", "PER", "SYR", ["Der drusische Geistliche Scheich Hikmat al-Hidschri"]),
    ],
}

# ---------------------------------------------------------------- hm353-de-04 (Lebanon/Saudi Arabia, Aoun in Riyadh)
AOUN = actor("Joseph Aoun", "LBN", "GOV")
MBS = actor("Mohammed bin Salman", "SAU", "GOV")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
IDF4 = actor("Israel Defense Forces", "ISR", "MIL")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
HEZ_MP = actor("Hezbollah lawmaker", "LBN", "LEG")
SALAM = actor("Nawaf Salam", "LBN", "GOV")

D1 = ("Riad (dpa) - Der libanesische Präsident Joseph Aoun ist zu seiner ersten Auslandsreise seit seinem "
      "Amtsantritt nach Saudi-Arabien gereist.")
D2 = "Kronprinz Mohammed bin Salman empfing den 61-Jährigen am Montagabend im Jamama-Palast in Riad."
D3 = ("Beide Seiten vereinbarten nach Angaben der amtlichen saudischen Nachrichtenagentur SPA, die Hindernisse für eine "
      "Wiederaufnahme libanesischer Exporte in das Königreich zu prüfen.")
D4 = ("Riad hatte die Einfuhr libanesischer Waren 2021 gestoppt, nachdem in Obstlieferungen versteckte "
      "Aufputschmittel entdeckt worden waren.")
D5 = ("Die saudische Seite sagte zudem zu, ein seit Jahren geltendes Reiseverbot für ihre Staatsbürger in den Libanon "
      "zu überprüfen.")
D6 = ("Aoun dankte dem Kronprinzen für die Unterstützung des Königreichs bei der Beendigung der mehr als zweijährigen "
      "Blockade der Präsidentenwahl.")
D7 = ("„Saudi-Arabien war und bleibt das Tor des Libanon zur arabischen Welt“, sagte er nach Angaben seines "
      "Büros.")
D8 = ("Der Kronprinz bekräftigte nach Angaben von SPA die Unterstützung Riads für die Souveränität und Stabilität des "
      "Libanon.")
D9 = "Beide Seiten forderten zudem den vollständigen Abzug der israelischen Truppen aus dem Süden des Libanon."
D10 = ("Israel hält trotz der seit Ende November geltenden Waffenruhe mit der Hisbollah weiterhin fünf Hügelstellungen "
       "im Südlibanon besetzt.")
D11 = ("Am Montag griff die israelische Armee nach eigenen Angaben erneut Stellungen der Hisbollah im Süden des Landes "
       "an.")
D12 = ("Ein Abgeordneter der Hisbollah warf Saudi-Arabien vor, Hilfe für den Wiederaufbau an die Entwaffnung der Miliz "
       "zu knüpfen.")
D13 = "Aoun hatte in seiner Antrittsrede im Januar erklärt, dass künftig nur der Staat über Waffen verfügen dürfe."
D14 = ("Ministerpräsident Nawaf Salam dankte der saudischen Führung für ihre Unterstützung und sprach von einer "
       "„neuen Seite“ in den Beziehungen beider Länder.")

DE04 = {
    "id": "hm353-de-04", "lang": "de", "url": None, "published": "2025-03-04",
    "title": "Libanons Präsident Aoun auf erster Auslandsreise in Saudi-Arabien",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9], [D10, D11], [D12, D13, D14]),
    "events": [
        event("CONSULT", AOUN, SAU_GOV, D1, mode="visit", location="Saudi Arabia", location_country="SAU"),
        event("CONSULT", AOUN, MBS, D2, mode="visit", date="2025-03-03", location="Riyadh", location_country="SAU"),
        event("AGREE", AOUN, MBS, D3),
        event("AGREE", MBS, AOUN, D3),
        event("SANCTION", SAU_GOV, LBN_GOV, D4, mode="discontinue"),
        event("AGREE", SAU_GOV, LBN_GOV, D5),
        event("SUPPORT", AOUN, MBS, D6),
        event("SUPPORT", MBS, LBN_GOV, D8),
        event("REQUEST", AOUN, IDF4, D9, mode="yield"),
        event("REQUEST", MBS, IDF4, D9, mode="yield"),
        event("ASSAULT", IDF4, HEZBOLLAH, D11, date="2025-03-03", location="southern Lebanon",
              location_country="LBN"),
        event("ACCUSE", HEZ_MP, SAU_GOV, D12, mode="allege"),
        event("SUPPORT", SALAM, SAU_GOV, D14),
    ],
    "quotes": [
        quote("Beide Seiten vereinbarten nach Angaben der amtlichen saudischen Nachrichtenagentur SPA, die Hindernisse "
              "für eine Wiederaufnahme libanesischer Exporte in das Königreich zu prüfen", "Saudi Press Agency",
              "indirect"),
        quote("Saudi-Arabien war und bleibt das Tor des Libanon zur arabischen Welt", "Joseph Aoun", "direct"),
        quote("Der Kronprinz bekräftigte nach Angaben von SPA die Unterstützung Riads für die Souveränität und "
              "Stabilität des Libanon", "Saudi Press Agency", "indirect"),
        quote("Am Montag griff die israelische Armee nach eigenen Angaben erneut Stellungen der Hisbollah im Süden des "
              "Landes an", "Israel Defense Forces", "indirect"),
        quote("Hilfe für den Wiederaufbau an die Entwaffnung der Miliz zu knüpfen", "Hezbollah lawmaker", "indirect"),
        quote("künftig nur der Staat über Waffen verfügen dürfe", "Joseph Aoun", "indirect"),
        quote("neuen Seite", "Nawaf Salam", "direct"),
    ],
    "entities": [
        entity("Riyadh", "LOC", "SAU", ["Riad"]),
        entity("Joseph Aoun", "PER", "LBN", ["Der libanesische Präsident Joseph Aoun", "den 61-Jährigen", "Aoun"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien", "das Königreich"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Kronprinz Mohammed bin Salman", "dem Kronprinzen",
                                                     "Der Kronprinz"]),
        entity("Al-Yamamah Palace", "LOC", "SAU", ["Jamama-Palast"]),
        entity("Saudi Press Agency", "ORG", "SAU", ["der amtlichen saudischen Nachrichtenagentur SPA", "SPA"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Riad", "Die saudische Seite", "des Königreichs", "Riads",
                                                            "Saudi-Arabien", "der saudischen Führung"]),
        entity("Lebanon", "LOC", "LBN", ["den Libanon", "des Libanon"]),
        entity("Government of Lebanon", "ORG", "LBN", []),
        entity("Office of the President of Lebanon", "ORG", "LBN", ["seines Büros"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["der israelischen Truppen", "die israelische Armee"]),
        entity("Southern Lebanon", "LOC", "LBN", ["dem Süden des Libanon", "im Südlibanon", "im Süden des Landes"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Hezbollah", "ORG", "LBN", ["der Hisbollah", "der Miliz"]),
        entity("Hezbollah lawmaker", "PER", "LBN", ["Ein Abgeordneter der Hisbollah"]),
        entity("Nawaf Salam", "PER", "LBN", ["Ministerpräsident Nawaf Salam"]),
    ],
}

# ---------------------------------------------------------------- hm353-en-01 (Yemen, Houthi court death sentences)
SANAA_COURT = actor("Specialized Criminal Court (Sanaa)", "YEM", "JUD")
CONDEMNED17 = actor("17 people sentenced to death in Sanaa", "YEM", "CVL")
THREE_DEF = actor("three defendants sentenced to prison in Sanaa", "YEM", "CVL")
HOUTHIS = actor("Houthis", "YEM", "REB")
CIA = actor("Central Intelligence Agency", "USA", "GOV")
MOSSAD = actor("Mossad", "ISR", "GOV")
SAU_INTEL = actor("General Intelligence Presidency", "SAU", "GOV")
IDF_EN = actor("Israel Defense Forces", "ISR", "MIL")
RAHAWI = actor("Ahmed al-Rahawi", "YEM", "REB")
HOUTHI_MINISTERS = actor("Houthi ministers killed in Sanaa", "YEM", "REB")
YEM_GOV = actor("Government of Yemen", "YEM", "GOV")
ERYANI = actor("Muammar al-Eryani", "YEM", "GOV")
GRUNDBERG = actor("Hans Grundberg", "UNO", "IGO")
AMNESTY_EN = actor("Amnesty International", "NGO", "NGO")
ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")
UN_STAFF = actor("United Nations staff in Yemen", "UNO", "IGO")

E1 = ("CAIRO (AP) — A Houthi-run court in Yemen's capital Sanaa on Saturday sentenced 17 people to death on charges of "
      "spying for the United States, Israel and Saudi Arabia, the rebels' news agency reported.")
E2 = ("The Specialized Criminal Court ordered that the sentences be carried out by firing squad in public, according "
      "to the Saba agency.")
E3 = "Three other defendants received 10-year prison terms."
E4 = ("Houthi officials said the network had been run from a joint operations room of the CIA, Israel's Mossad and "
      "Saudi intelligence and had passed on the locations of rebel leaders.")
E5 = ("The verdicts came nearly three months after Israeli airstrikes killed the Houthis' prime minister, Ahmed "
      "al-Rahawi, and several ministers in Sanaa.")
E6 = ("Yemen's internationally recognized government, based in the southern port city of Aden, condemned the "
      "verdicts.")
E7 = ("Information Minister Muammar al-Eryani called the trial \"a farce staged by a terrorist militia\" and said the "
      "defendants had been tortured into confessing.")
E8 = ("\"These are teachers, traders and students whose only crime is living under Houthi rule,\" al-Eryani wrote on "
      "X.")
E9 = "He called on the Houthis to cancel the verdicts and free all detainees."
E10 = ("U.N. special envoy Hans Grundberg said he was \"deeply alarmed\" by the death sentences and called for them to "
       "be overturned.")
E11 = ("Amnesty International said the trial had failed to meet basic standards of fairness and that defense lawyers "
       "had been denied access to the case files.")
E12 = ("Houthi spokesman Mohammed Abdulsalam said the court had \"applied God's law against traitors\" and that anyone "
       "who collaborated with the enemy would meet the same fate.")
E13 = ("The Houthis have detained dozens of U.N. employees since last year, accusing some of them of working for the "
       "same network.")
E14 = "Saudi Arabia, which leads a military coalition backing the government, did not immediately comment."
E15 = "The war in Yemen, now in its 11th year, has killed more than 150,000 people."

EN01 = {
    "id": "hm353-en-01", "lang": "en", "url": None, "published": "2025-11-22",
    "title": "Houthi court in Yemen sentences 17 to death on spying charges",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8, E9], [E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("SANCTION", SANAA_COURT, CONDEMNED17, E1, mode="convict", date="2025-11-22", location="Sanaa",
              location_country="YEM"),
        event("SANCTION", SANAA_COURT, THREE_DEF, E3, mode="convict"),
        event("COERCE", SANAA_COURT, THREE_DEF, E3, mode="arrest"),
        event("ACCUSE", HOUTHIS, CIA, E4, mode="allege"),
        event("ACCUSE", HOUTHIS, MOSSAD, E4, mode="allege"),
        event("ACCUSE", HOUTHIS, SAU_INTEL, E4, mode="allege"),
        event("ASSAULT", IDF_EN, RAHAWI, E5, mode="aerial", location="Sanaa", location_country="YEM"),
        event("ASSAULT", IDF_EN, HOUTHI_MINISTERS, E5, mode="aerial", location="Sanaa", location_country="YEM"),
        event("ACCUSE", YEM_GOV, SANAA_COURT, E6, mode="disapprove"),
        event("ACCUSE", ERYANI, SANAA_COURT, E7, mode="disapprove"),
        event("ACCUSE", ERYANI, HOUTHIS, E7, mode="allege"),
        event("REQUEST", ERYANI, HOUTHIS, E9, mode="yield"),
        event("ACCUSE", GRUNDBERG, SANAA_COURT, E10, mode="disapprove"),
        event("REQUEST", GRUNDBERG, None, E10, mode="yield"),
        event("ACCUSE", AMNESTY_EN, SANAA_COURT, E11, mode="disapprove"),
        event("THREATEN", ABDULSALAM, None, E12),
        event("COERCE", HOUTHIS, UN_STAFF, E13, mode="arrest"),
        event("ACCUSE", HOUTHIS, UN_STAFF, E13, mode="allege"),
    ],
    "quotes": [
        quote("A Houthi-run court in Yemen's capital Sanaa on Saturday sentenced 17 people to death on charges of "
              "spying for the United States, Israel and Saudi Arabia", "Saba News Agency", "indirect"),
        quote("The Specialized Criminal Court ordered that the sentences be carried out by firing squad in public",
              "Saba News Agency", "indirect"),
        quote("the network had been run from a joint operations room of the CIA, Israel's Mossad and Saudi "
              "intelligence and had passed on the locations of rebel leaders", "Houthis", "indirect"),
        quote("a farce staged by a terrorist militia", "Muammar al-Eryani", "direct"),
        quote("the defendants had been tortured into confessing", "Muammar al-Eryani", "indirect"),
        quote("These are teachers, traders and students whose only crime is living under Houthi rule",
              "Muammar al-Eryani", "direct"),
        quote("deeply alarmed", "Hans Grundberg", "direct"),
        quote("he was \"deeply alarmed\" by the death sentences", "Hans Grundberg", "indirect"),
        quote("the trial had failed to meet basic standards of fairness and that defense lawyers had been denied "
              "access to the case files", "Amnesty International", "indirect"),
        quote("applied God's law against traitors", "Mohammed Abdulsalam", "direct"),
        quote("the court had \"applied God's law against traitors\" and that anyone who collaborated with the enemy "
              "would meet the same fate", "Mohammed Abdulsalam", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["CAIRO"]),
        entity("Associated Press", "ORG", "USA", ["AP"]),
        entity("Specialized Criminal Court (Sanaa)", "ORG", "YEM", ["A Houthi-run court in Yemen's capital Sanaa",
                                                                    "The Specialized Criminal Court", "the court"]),
        entity("Yemen", "LOC", "YEM", ["Yemen"]),
        entity("Sanaa", "LOC", "YEM", ["Sanaa"]),
        entity("17 people sentenced to death in Sanaa", "PER", "YEM", ["17 people", "the defendants"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia"]),
        entity("Saba News Agency", "ORG", "YEM", ["the rebels' news agency", "the Saba agency"]),
        entity("three defendants sentenced to prison in Sanaa", "PER", "YEM", ["Three other defendants"]),
        entity("Houthis", "ORG", "YEM", ["Houthi officials", "the Houthis", "the rebels"]),
        entity("Central Intelligence Agency", "ORG", "USA", ["the CIA"]),
        entity("Mossad", "ORG", "ISR", ["Israel's Mossad"]),
        entity("General Intelligence Presidency", "ORG", "SAU", ["Saudi intelligence"]),
        entity("Israel Defense Forces", "ORG", "ISR", []),
        entity("Ahmed al-Rahawi", "PER", "YEM", ["the Houthis' prime minister, Ahmed al-Rahawi"]),
        entity("Houthi ministers killed in Sanaa", "PER", "YEM", ["several ministers"]),
        entity("Government of Yemen", "ORG", "YEM", ["Yemen's internationally recognized government",
                                                     "the government"]),
        entity("Aden", "LOC", "YEM", ["the southern port city of Aden"]),
        entity("Muammar al-Eryani", "PER", "YEM", ["Information Minister Muammar al-Eryani", "al-Eryani"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("Hans Grundberg", "PER", "UNO", ["U.N. special envoy Hans Grundberg"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("defense lawyers", "PER", "YEM", ["defense lawyers"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["Houthi spokesman Mohammed Abdulsalam"]),
        entity("United Nations staff in Yemen", "PER", "UNO", ["dozens of U.N. employees"]),
        entity("Saudi-led coalition", "ORG", "SAU", ["a military coalition backing the government"]),
    ],
}

# ---------------------------------------------------------------- hm353-en-02 (Iran/E3, Istanbul nuclear talks)
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
FRA_GOV_EN = actor("Government of France", "FRA", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
GHARIBABADI = actor("Kazem Gharibabadi", "IRN", "GOV")
IAEA = actor("International Atomic Energy Agency", "UNO", "IGO")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
BAGHAEI = actor("Esmaeil Baghaei", "IRN", "GOV")
BRUCE = actor("Tammy Bruce", "USA", "GOV")
GROSSI = actor("Rafael Grossi", "UNO", "IGO")

F1 = ("ISTANBUL (Reuters) - Iran held talks with Britain, France and Germany in Istanbul on Friday over its nuclear "
      "program, the first such meeting since the June war.")
F2 = ("Iran's delegation was led by Deputy Foreign Ministers Kazem Gharibabadi and Majid Takht-Ravanchi, while the "
      "three European countries sent senior diplomats from their foreign ministries.")
F3 = ("Gharibabadi said the discussions had been \"serious, frank and detailed\" and that Tehran was ready to continue "
      "consultations with the Europeans.")
F4 = ("The three countries have threatened to trigger the snapback mechanism under the 2015 nuclear deal, which would "
      "restore U.N. sanctions, unless Iran resumes cooperation with the International Atomic Energy Agency by the end "
      "of August.")
F5 = ("A German diplomat said the Europeans had offered to delay the step if Tehran allowed inspectors back and "
      "accounted for its stockpile of highly enriched uranium.")
F6 = ("Tehran suspended cooperation with the IAEA in early July, accusing the U.N. watchdog of paving the way for the "
      "attacks on its nuclear sites.")
F7 = "Before the war, the IAEA estimated that Iran had about 400 kilograms of uranium enriched to up to 60% purity."
F8 = ("Foreign Minister Abbas Araghchi warned the Europeans on Thursday that Iran could quit the Nuclear "
      "Non-Proliferation Treaty if U.N. sanctions were reimposed.")
F9 = ("\"The Europeans have no legal or moral standing to invoke snapback,\" foreign ministry spokesman Esmaeil "
      "Baghaei told reporters in Tehran.")
F10 = "He accused London, Paris and Berlin of having backed the Israeli and U.S. strikes on Iran in June."
F11 = ("In Washington, State Department spokeswoman Tammy Bruce said the United States fully supported the European "
       "position and urged Iran to \"stop stalling\" and return to negotiations.")
F12 = ("IAEA Director General Rafael Grossi said a technical team would travel to Tehran in the coming weeks to "
       "discuss how inspections could resume.")
F13 = "Iran denies seeking nuclear weapons."

E3_GOVS = (GBR_GOV, FRA_GOV_EN, DEU_GOV)

EN02 = {
    "id": "hm353-en-02", "lang": "en", "url": None, "published": "2025-07-25",
    "title": "Iran and European powers hold nuclear talks in Istanbul",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10], [F11, F12, F13]),
    "events": (
        [event("CONSULT", IRN_GOV, g, F1, date="2025-07-25", location="Istanbul", location_country="TUR")
         for g in E3_GOVS]
        + [event("AGREE", GHARIBABADI, g, F3) for g in E3_GOVS]
        + [event("THREATEN", g, IRN_GOV, F4) for g in E3_GOVS]
        + [event("SANCTION", IRN_GOV, IAEA, F6, mode="discontinue"),
           event("ACCUSE", IRN_GOV, IAEA, F6, mode="allege")]
        + [event("THREATEN", ARAGHCHI, g, F8, date="2025-07-24") for g in E3_GOVS]
        + [event("ACCUSE", BAGHAEI, g, F9, mode="disapprove", location="Tehran", location_country="IRN")
           for g in E3_GOVS]
        + [event("ACCUSE", BAGHAEI, g, F10, mode="allege") for g in (GBR_GOV, FRA_GOV_EN, DEU_GOV)]
        + [event("SUPPORT", BRUCE, g, F11, location="Washington", location_country="USA") for g in E3_GOVS]
        + [event("REQUEST", BRUCE, IRN_GOV, F11, mode="meet", location="Washington", location_country="USA"),
           event("AGREE", GROSSI, IRN_GOV, F12)]
    ),
    "quotes": [
        quote("serious, frank and detailed", "Kazem Gharibabadi", "direct"),
        quote("the discussions had been \"serious, frank and detailed\" and that Tehran was ready to continue "
              "consultations with the Europeans", "Kazem Gharibabadi", "indirect"),
        quote("the Europeans had offered to delay the step if Tehran allowed inspectors back and accounted for its "
              "stockpile of highly enriched uranium", "German diplomat", "indirect"),
        quote("Iran had about 400 kilograms of uranium enriched to up to 60% purity",
              "International Atomic Energy Agency", "indirect"),
        quote("Iran could quit the Nuclear Non-Proliferation Treaty if U.N. sanctions were reimposed", "Abbas Araghchi",
              "indirect"),
        quote("The Europeans have no legal or moral standing to invoke snapback", "Esmaeil Baghaei", "direct"),
        quote("the United States fully supported the European position", "Tammy Bruce", "indirect"),
        quote("stop stalling", "Tammy Bruce", "direct"),
        quote("a technical team would travel to Tehran in the coming weeks to discuss how inspections could resume",
              "Rafael Grossi", "indirect"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["ISTANBUL", "Istanbul"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Government of Iran", "ORG", "IRN", ["Iran", "Iran's delegation", "Tehran"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain", "the three European countries",
                                                                  "the Europeans", "The three countries",
                                                                  "The Europeans", "London"]),
        entity("Government of France", "ORG", "FRA", ["France", "the three European countries", "the Europeans",
                                                      "The three countries", "The Europeans", "Paris"]),
        entity("Government of Germany", "ORG", "DEU", ["Germany", "the three European countries", "the Europeans",
                                                       "The three countries", "The Europeans", "Berlin"]),
        entity("Kazem Gharibabadi", "PER", "IRN", ["Kazem Gharibabadi", "Gharibabadi"]),
        entity("Majid Takht-Ravanchi", "PER", "IRN", ["Majid Takht-Ravanchi"]),
        entity("senior European diplomats", "PER", None, ["senior diplomats from their foreign ministries"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["the International Atomic Energy Agency",
                                                                    "the IAEA", "the U.N. watchdog", "IAEA"]),
        entity("German diplomat", "PER", "DEU", ["A German diplomat"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Foreign Minister Abbas Araghchi"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["foreign ministry"]),
        entity("Esmaeil Baghaei", "PER", "IRN", ["foreign ministry spokesman Esmaeil Baghaei"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("United States Department of State", "ORG", "USA", ["State Department"]),
        entity("Tammy Bruce", "PER", "USA", ["State Department spokeswoman Tammy Bruce"]),
        entity("Government of the United States", "ORG", "USA", ["the United States"]),
        entity("Rafael Grossi", "PER", "UNO", ["IAEA Director General Rafael Grossi"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
