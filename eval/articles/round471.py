"""Round 471: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, North America, invented wording and details):
- hm471-de-01: United States: the Supreme Court grants Trump broad immunity for official acts and sends the election case back to Judge Chutkan; Biden and Sotomayor attack the ruling, Trump celebrates, his lawyers ask Merchan to set aside the hush-money verdict and sentencing is postponed, Steve Bannon reports to prison in Danbury (2024-07-02).
- hm471-de-02: Canada: the House of Commons summons ArriveCAN contractor Kristian Firth of GC Strategies to the bar and Speaker Fergus admonishes him; Firth denies wrongdoing but refuses to name officials, Hogan's audit, RCMP inquiry without charges, procurement ban, Poilievre's Conservatives demand an inquiry and the government refuses (2024-04-17).
- hm471-de-03: Mexico: the Supreme Court strikes down the first part of López Obrador's "Plan B" electoral reform; Pérez Dayán faults the Chamber of Deputies, López Obrador attacks the justices and announces a "Plan C", Piña demands respect, PAN, PRI and PRD welcome the ruling, Delgado objects, Morena supporters protest, February's mass protests recalled (2023-05-09).
- hm471-de-04: El Salvador: a court sentences ex-president Mauricio Funes in absentia to 14 years and ex-defence minister Munguía Payés to 18 years over the 2012 gang truce; Nicaragua's citizenship for Funes and refusal to extradite, Funes accuses Bukele, Attorney General Delgado demands extradition, the US Treasury's 2021 charge against Bukele's government, Amnesty's criticism (2023-05-31).
- hm471-en-01: United States: Rep. Henry Cuellar and his wife indicted on bribery charges involving Azerbaijan's state oil company and a Mexican bank; not-guilty pleas, Jeffries backs him, he will give up his subcommittee post, the NRCC demands his resignation and his campaign refuses, the 2022 FBI search of his Laredo home recalled (2024-05-03).
- hm471-en-02: Canada/United States: Biden and Trudeau agree in Ottawa to close Roxham Road by expanding the Safe Third Country Agreement; Canada to take 15,000 migrants, Biden praises Canada in Parliament, C$100 million for Haiti's police but no troops despite Washington's urging, Legault's and Poilievre's demands, refugee groups condemn the deal and threaten a court challenge (2023-03-24).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm471-de-01 (United States, presidential immunity)
SCOTUS = actor("Supreme Court of the United States", "USA", "JUD")
TRUMP = actor("Donald Trump", "USA", "OPP")
CHUTKAN = actor("Tanya Chutkan", "USA", "JUD")
JACK_SMITH = actor("Jack Smith", "USA", "JUD")
BIDEN = actor("Joe Biden", "USA", "GOV")
SOTOMAYOR = actor("Sonia Sotomayor", "USA", "JUD")
TRUMP_LAWYERS = actor("lawyers of Donald Trump", "USA", "CVL")
MERCHAN = actor("Juan Merchan", "USA", "JUD")
NY_JURY = actor("Manhattan jury", "USA", "JUD")
DC_COURT = actor("United States District Court for the District of Columbia", "USA", "JUD")
BANNON = actor("Steve Bannon", "USA", "CVL")
JAN6_COMMITTEE = actor("House Select Committee on the January 6th Attack", "USA", "LEG")
US_DOJ = actor("United States Department of Justice", "USA", "GOV")

I1 = ("Washington (dpa) - Der Oberste Gerichtshof der USA hat Ex-Präsident Donald Trump am Montag weitgehende "
      "Immunität vor Strafverfolgung für Amtshandlungen zugesprochen.")
I2 = ("Mit sechs zu drei Stimmen entschieden die Richter, dass ein Präsident für Handlungen im Rahmen seiner "
      "verfassungsmäßigen Kernbefugnisse nicht strafrechtlich belangt werden kann.")
I3 = ("Für inoffizielle Handlungen gelte dagegen keine Immunität, schrieb der Vorsitzende Richter John Roberts in der "
      "Begründung der konservativen Mehrheit.")
I4 = ("Das Gericht verwies den Fall an Bundesrichterin Tanya Chutkan in Washington zurück, die nun klären muss, welche "
      "der Trump vorgeworfenen Taten als Amtshandlungen gelten.")
I5 = ("Sonderermittler Jack Smith wirft dem Republikaner vor, nach seiner Niederlage bei der Präsidentenwahl 2020 "
      "versucht zu haben, das Ergebnis zu kippen.")
I6 = "Trump bestreitet die Vorwürfe."
I7 = ("Dass der Prozess noch vor der Wahl im November beginnt, gilt nach der Entscheidung als nahezu "
      "ausgeschlossen.")
I8 = ("Trump feierte das Urteil auf seiner Plattform Truth Social als „großen Sieg für unsere Verfassung und "
      "Demokratie“.")
I9 = ("Präsident Joe Biden warf dem Gericht dagegen vor, die Grenzen der Macht des Präsidenten faktisch aufgehoben "
      "zu haben.")
I10 = ("„Niemand steht über dem Gesetz, auch nicht der Präsident der Vereinigten Staaten“, sagte er in einer kurzen "
       "Ansprache im Weißen Haus.")
I11 = ("Die liberale Richterin Sonia Sotomayor schrieb in ihrer abweichenden Meinung, der Präsident werde durch das "
       "Urteil zu einem „König über dem Gesetz“.")
I12 = ("Trumps Anwälte beantragten noch am Montag, den Schuldspruch im New Yorker Schweigegeldprozess unter Verweis "
       "auf die Entscheidung aufzuheben.")
I13 = ("Richter Juan Merchan verschob daraufhin am Dienstag die für den 11. Juli geplante Verkündung des Strafmaßes "
       "auf September.")
I14 = "Eine Jury hatte Trump Ende Mai in allen 34 Anklagepunkten schuldig gesprochen."
I15 = ("Am Montag trat zudem Trumps früherer Chefstratege Steve Bannon eine viermonatige Haftstrafe in einem "
       "Bundesgefängnis in Danbury im Bundesstaat Connecticut an.")
I16 = ("Ein Bundesgericht hatte ihn 2022 wegen Missachtung des Kongresses verurteilt, weil er eine Vorladung des "
       "Untersuchungsausschusses zum Sturm auf das Kapitol ignoriert hatte.")
I17 = "Bannon sprach vor seinem Haftantritt in Danbury von „politischer Verfolgung“ durch das Justizministerium."

DE01 = {
    "id": "hm471-de-01", "lang": "de", "url": None, "published": "2024-07-02",
    "title": "Oberstes US-Gericht gewährt Trump weitgehende Immunität",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10, I11], [I12, I13, I14], [I15, I16, I17]),
    "events": [
        event("SUPPORT", SCOTUS, TRUMP, I1, date="2024-07-01"),
        event("REQUEST", SCOTUS, CHUTKAN, I4),
        event("ACCUSE", JACK_SMITH, TRUMP, I5, mode="allege"),
        event("SUPPORT", TRUMP, SCOTUS, I8),
        event("ACCUSE", BIDEN, SCOTUS, I9, mode="disapprove"),
        event("ACCUSE", SOTOMAYOR, SCOTUS, I11, mode="disapprove"),
        event("REQUEST", TRUMP_LAWYERS, MERCHAN, I12, mode="yield", date="2024-07-01"),
        event("CONCEDE", MERCHAN, TRUMP, I13, date="2024-07-02"),
        event("SANCTION", NY_JURY, TRUMP, I14, mode="convict"),
        event("COERCE", DC_COURT, BANNON, I15, mode="arrest", date="2024-07-01", location="Danbury",
              location_country="USA"),
        event("SANCTION", DC_COURT, BANNON, I16, mode="convict"),
        event("REJECT", BANNON, JAN6_COMMITTEE, I16),
        event("ACCUSE", BANNON, US_DOJ, I17, mode="disapprove", location="Danbury", location_country="USA"),
    ],
    "quotes": [
        quote("dass ein Präsident für Handlungen im Rahmen seiner verfassungsmäßigen Kernbefugnisse nicht "
              "strafrechtlich belangt werden kann", "Supreme Court of the United States", "indirect"),
        quote("Für inoffizielle Handlungen gelte dagegen keine Immunität", "John Roberts", "indirect"),
        quote("nach seiner Niederlage bei der Präsidentenwahl 2020 versucht zu haben, das Ergebnis zu kippen",
              "Jack Smith", "indirect"),
        quote("großen Sieg für unsere Verfassung und Demokratie", "Donald Trump", "direct"),
        quote("die Grenzen der Macht des Präsidenten faktisch aufgehoben zu haben", "Joe Biden", "indirect"),
        quote("Niemand steht über dem Gesetz, auch nicht der Präsident der Vereinigten Staaten", "Joe Biden",
              "direct"),
        quote("König über dem Gesetz", "Sonia Sotomayor", "direct"),
        quote("der Präsident werde durch das Urteil zu einem „König über dem Gesetz“", "Sonia Sotomayor",
              "indirect"),
        quote("politischer Verfolgung", "Steve Bannon", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Supreme Court of the United States", "ORG", "USA",
               ["Der Oberste Gerichtshof der USA", "die Richter", "Das Gericht", "dem Gericht"]),
        entity("United States", "LOC", "USA", ["der USA", "der Vereinigten Staaten"]),
        entity("Donald Trump", "PER", "USA", ["Ex-Präsident Donald Trump", "Trump", "dem Republikaner", "seiner",
                                              "Trumps"]),
        entity("John Roberts", "PER", "USA", ["der Vorsitzende Richter John Roberts"]),
        entity("Tanya Chutkan", "PER", "USA", ["Bundesrichterin Tanya Chutkan"]),
        entity("Jack Smith", "PER", "USA", ["Sonderermittler Jack Smith"]),
        entity("Truth Social", "ORG", "USA", ["seiner Plattform Truth Social"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden", "er"]),
        entity("White House", "LOC", "USA", ["im Weißen Haus"]),
        entity("Sonia Sotomayor", "PER", "USA", ["Die liberale Richterin Sonia Sotomayor", "ihrer"]),
        entity("lawyers of Donald Trump", "PER", "USA", ["Trumps Anwälte"]),
        entity("hush money trial of Donald Trump", "MISC", "USA", ["im New Yorker Schweigegeldprozess"]),
        entity("Juan Merchan", "PER", "USA", ["Richter Juan Merchan"]),
        entity("Manhattan jury", "ORG", "USA", ["Eine Jury"]),
        entity("Steve Bannon", "PER", "USA", ["Trumps früherer Chefstratege Steve Bannon", "ihn", "er", "Bannon",
                                             "seinem"]),
        entity("Federal Correctional Institution, Danbury", "LOC", "USA", ["einem Bundesgefängnis in Danbury"]),
        entity("Danbury", "LOC", "USA", ["Danbury"]),
        entity("Connecticut", "LOC", "USA", ["im Bundesstaat Connecticut"]),
        entity("United States District Court for the District of Columbia", "ORG", "USA", ["Ein Bundesgericht"]),
        entity("United States Congress", "ORG", "USA", ["des Kongresses"]),
        entity("House Select Committee on the January 6th Attack", "ORG", "USA",
               ["des Untersuchungsausschusses zum Sturm auf das Kapitol"]),
        entity("United States Capitol", "LOC", "USA", ["das Kapitol"]),
        entity("United States Department of Justice", "ORG", "USA", ["das Justizministerium"]),
    ],
}

# ---------------------------------------------------------------- hm471-de-02 (Canada, ArriveCAN contractor admonished)
COMMONS = actor("House of Commons of Canada", "CAN", "LEG")
FERGUS = actor("Greg Fergus", "CAN", "LEG")
FIRTH = actor("Kristian Firth", "CAN", "BUS")
OGGO = actor("House of Commons Standing Committee on Government Operations and Estimates", "CAN", "LEG")
HOGAN = actor("Karen Hogan", "CAN", "GOV")
CBSA = actor("Canada Border Services Agency", "CAN", "COP")
RCMP = actor("Royal Canadian Mounted Police", "CAN", "COP")
GC_STRATEGIES = actor("GC Strategies", "CAN", "BUS")
PSPC = actor("Public Services and Procurement Canada", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
CPC = actor("Conservative Party of Canada", "CAN", "PTY")

A1 = ("Ottawa (dpa) - Erstmals seit mehr als hundert Jahren hat das kanadische Unterhaus einen Bürger vor die "
      "Schranke des Parlaments geladen und öffentlich gerügt.")
A2 = ("Parlamentspräsident Greg Fergus erteilte dem Unternehmer Kristian Firth am Mittwoch eine förmliche Rüge, weil "
      "dieser im März vor einem Ausschuss die Antwort auf zahlreiche Fragen zur Corona-App ArriveCAN verweigert "
      "hatte.")
A3 = ("Firth ist Mitinhaber der kleinen Firma GC Strategies, die für die Entwicklung der App rund 19 Millionen "
      "kanadische Dollar erhielt, obwohl sie die Arbeit größtenteils an Subunternehmer weitergab.")
A4 = "Anschließend musste der Unternehmer eine Stunde lang Fragen der Abgeordneten beantworten."
A5 = "„Ich habe nie einen Beamten bestochen, und ich habe dieses Parlament nie belogen“, sagte Firth."
A6 = ("Die Namen von Regierungsmitarbeitern, mit denen er sich privat getroffen hatte, wollte er unter Verweis auf "
      "laufende Ermittlungen jedoch nicht nennen.")
A7 = ("Rechnungsprüferin Karen Hogan hatte im Februar in einem Bericht festgestellt, dass die Kosten für die App auf "
      "schätzungsweise 60 Millionen kanadische Dollar (etwa 41 Millionen Euro) gestiegen waren.")
A8 = ("Sie warf der Grenzschutzbehörde CBSA vor, bei der Vergabe der Aufträge grundlegende Regeln missachtet und "
      "kaum Unterlagen geführt zu haben.")
A9 = "Die Bundespolizei RCMP ermittelt inzwischen zu den Verträgen von GC Strategies."
A10 = "Anklage wurde bislang nicht erhoben."
A11 = "Das Beschaffungsministerium hatte die Firma bereits im März von allen Bundesaufträgen ausgeschlossen."
A12 = ("Oppositionsführer Pierre Poilievre warf der Regierung von Premierminister Justin Trudeau vor, Steuergeld an "
       "gut vernetzte Berater verschwendet zu haben.")
A13 = "Seine Konservativen sprechen seit Wochen vom „ArriveScam“ und verlangen eine öffentliche Untersuchung."
A14 = "Die Regierung lehnt eine solche Untersuchung ab und verweist auf die Ermittlungen der Polizei."
A15 = ("Beschaffungsminister Jean-Yves Duclos versicherte, wer Steuergeld missbraucht habe, werde zur Rechenschaft "
       "gezogen.")
A16 = "Die App war während der Corona-Pandemie für alle Einreisenden nach Kanada verpflichtend."
A17 = "Zuletzt war 1913 ein Bürger vor die Schranke des Unterhauses zitiert worden."

DE02 = {
    "id": "hm471-de-02", "lang": "de", "url": None, "published": "2024-04-17",
    "title": "Kanadisches Parlament rügt Unternehmer im ArriveCAN-Skandal",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10, A11], [A12, A13, A14, A15], [A16, A17]),
    "events": [
        event("ACCUSE", COMMONS, FIRTH, A1, mode="disapprove", location="Ottawa", location_country="CAN"),
        event("ACCUSE", FERGUS, FIRTH, A2, mode="disapprove", date="2024-04-17", location="Ottawa",
              location_country="CAN"),
        event("REJECT", FIRTH, OGGO, A2),
        event("REJECT", FIRTH, COMMONS, A6),
        event("ACCUSE", HOGAN, CBSA, A8, mode="disapprove"),
        event("ACCUSE", RCMP, GC_STRATEGIES, A9, mode="investigate"),
        event("ACCUSE", RCMP, GC_STRATEGIES, A10, mode="allege", negated=True),
        event("SANCTION", PSPC, GC_STRATEGIES, A11, mode="discontinue"),
        event("ACCUSE", POILIEVRE, CAN_GOV, A12, mode="disapprove"),
        event("ACCUSE", CPC, CAN_GOV, A13, mode="disapprove"),
        event("REQUEST", CPC, CAN_GOV, A13),
        event("REJECT", CAN_GOV, CPC, A14),
    ],
    "quotes": [
        quote("Ich habe nie einen Beamten bestochen, und ich habe dieses Parlament nie belogen", "Kristian Firth",
              "direct"),
        quote("dass die Kosten für die App auf schätzungsweise 60 Millionen kanadische Dollar (etwa 41 Millionen "
              "Euro) gestiegen waren", "Karen Hogan", "indirect"),
        quote("bei der Vergabe der Aufträge grundlegende Regeln missachtet und kaum Unterlagen geführt zu haben",
              "Karen Hogan", "indirect"),
        quote("Steuergeld an gut vernetzte Berater verschwendet zu haben", "Pierre Poilievre", "indirect"),
        quote("ArriveScam", "Conservative Party of Canada", "direct"),
        quote("wer Steuergeld missbraucht habe, werde zur Rechenschaft gezogen", "Jean-Yves Duclos", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["das kanadische Unterhaus", "des Parlaments",
                                                            "der Abgeordneten", "dieses Parlament",
                                                            "des Unterhauses"]),
        entity("Kristian Firth", "PER", "CAN", ["einen Bürger", "dem Unternehmer Kristian Firth", "dieser", "Firth",
                                                "der Unternehmer", "er"]),
        entity("Greg Fergus", "PER", "CAN", ["Parlamentspräsident Greg Fergus"]),
        entity("House of Commons Standing Committee on Government Operations and Estimates", "ORG", "CAN",
               ["einem Ausschuss"]),
        entity("ArriveCAN", "MISC", "CAN", ["Corona-App ArriveCAN", "der App", "die App", "Die App"]),
        entity("GC Strategies", "ORG", "CAN", ["der kleinen Firma GC Strategies", "sie", "GC Strategies",
                                               "die Firma"]),
        entity("Karen Hogan", "PER", "CAN", ["Rechnungsprüferin Karen Hogan", "Sie"]),
        entity("Canada Border Services Agency", "ORG", "CAN", ["der Grenzschutzbehörde CBSA"]),
        entity("Royal Canadian Mounted Police", "ORG", "CAN", ["Die Bundespolizei RCMP", "der Polizei"]),
        entity("Public Services and Procurement Canada", "ORG", "CAN", ["Das Beschaffungsministerium"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Oppositionsführer Pierre Poilievre", "Seine"]),
        entity("Government of Canada", "ORG", "CAN", ["der Regierung von Premierminister Justin Trudeau",
                                                      "Die Regierung"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Seine Konservativen"]),
        entity("Jean-Yves Duclos", "PER", "CAN", ["Beschaffungsminister Jean-Yves Duclos"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
    ],
}

# ---------------------------------------------------------------- hm471-de-03 (Mexico, "Plan B" struck down)
SCJN = actor("Supreme Court of Justice of the Nation", "MEX", "JUD")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
PEREZ_DAYAN = actor("Alberto Pérez Dayán", "MEX", "JUD")
MEX_DEPUTIES = actor("Chamber of Deputies of Mexico", "MEX", "LEG")
PINA = actor("Norma Piña", "MEX", "JUD")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
PAN = actor("National Action Party", "MEX", "PTY")
PRI = actor("Institutional Revolutionary Party", "MEX", "PTY")
PRD = actor("Party of the Democratic Revolution", "MEX", "PTY")
CORTES = actor("Marko Cortés", "MEX", "PTY")
M_DELGADO = actor("Mario Delgado", "MEX", "PTY")
MORENA_SUPPORTERS = actor("supporters of Morena", "MEX", "CVL")
MEX_PROTESTERS = actor("protesters against the electoral reform", "MEX", "CVL")

P1 = ("Mexiko-Stadt (dpa) - Mexikos Oberster Gerichtshof hat einen ersten Teil der umstrittenen Wahlrechtsreform von "
      "Präsident Andrés Manuel López Obrador für verfassungswidrig erklärt.")
P2 = ("Neun der elf Richter stimmten am Montagabend für die Aufhebung der Gesetzesänderungen, die unter anderem die "
      "Regeln für staatliche Werbung betreffen.")
P3 = ("Das Abgeordnetenhaus habe die Änderungen im Dezember in einer nächtlichen Sitzung beschlossen, ohne den "
      "Parlamentariern Zeit zur Prüfung oder Debatte zu lassen, argumentierte Richter Alberto Pérez Dayán.")
P4 = ("Über den Kern der Reform, der einen drastischen Stellenabbau bei der Wahlbehörde INE vorsieht, will das "
      "Gericht in den kommenden Wochen entscheiden.")
P5 = "López Obrador griff das Gericht am Dienstag bei seiner morgendlichen Pressekonferenz scharf an."
P6 = "Die Richter verteidigten „die Interessen der Oligarchie“ und nicht die des Volkes, sagte der Präsident."
P7 = ("Er kündigte einen „Plan C“ an: Bei der Wahl im kommenden Jahr solle seine Partei Morena eine "
      "Zweidrittelmehrheit im Kongress erringen, um die Justiz umzubauen und die Richter künftig vom Volk wählen zu "
      "lassen.")
P8 = "Gerichtspräsidentin Norma Piña wies die Vorwürfe zurück."
P9 = "Sie forderte die Regierung auf, die Unabhängigkeit der Justiz zu respektieren."
P10 = "Die Oppositionsparteien PAN, PRI und PRD begrüßten das Urteil."
P11 = "Der PAN-Vorsitzende Marko Cortés sprach von einem „Sieg für die Demokratie“."
P12 = ("Morena-Chef Mario Delgado warf den Richtern dagegen vor, sich über den Willen des Parlaments "
       "hinwegzusetzen.")
P13 = ("Vor dem Gerichtsgebäude im Zentrum der Hauptstadt protestierten am Dienstag mehrere Dutzend Anhänger der "
       "Regierungspartei gegen die Entscheidung.")
P14 = "Die Reform gilt als eines der wichtigsten Vorhaben des Präsidenten vor der Wahl 2024."
P15 = ("Im Februar waren in Mexiko-Stadt und Dutzenden anderen Städten Hunderttausende Menschen gegen das Vorhaben "
       "auf die Straße gegangen.")
P16 = "López Obrador selbst kann bei der Wahl nicht erneut antreten."

DE03 = {
    "id": "hm471-de-03", "lang": "de", "url": None, "published": "2023-05-09",
    "title": "Mexikos Oberstes Gericht kippt Teil von López Obradors Wahlreform",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7, P8, P9], [P10, P11, P12, P13], [P14, P15, P16]),
    "events": [
        event("SANCTION", SCJN, AMLO, P1, mode="convict"),
        event("SANCTION", SCJN, AMLO, P2, mode="convict", date="2023-05-08"),
        event("ACCUSE", PEREZ_DAYAN, MEX_DEPUTIES, P3, mode="disapprove"),
        event("ACCUSE", AMLO, SCJN, P5, mode="disapprove", date="2023-05-09"),
        event("ACCUSE", AMLO, SCJN, P6, mode="disapprove"),
        event("THREATEN", AMLO, SCJN, P7),
        event("REQUEST", PINA, MEX_GOV, P9, mode="change"),
        event("SUPPORT", PAN, SCJN, P10),
        event("SUPPORT", PRI, SCJN, P10),
        event("SUPPORT", PRD, SCJN, P10),
        event("SUPPORT", CORTES, SCJN, P11),
        event("ACCUSE", M_DELGADO, SCJN, P12, mode="disapprove"),
        event("PROTEST", MORENA_SUPPORTERS, SCJN, P13, mode="demo", date="2023-05-09", location="Mexico City",
              location_country="MEX"),
        event("PROTEST", MEX_PROTESTERS, AMLO, P15, mode="demo", location="Mexico City", location_country="MEX"),
    ],
    "quotes": [
        quote("Das Abgeordnetenhaus habe die Änderungen im Dezember in einer nächtlichen Sitzung beschlossen, ohne "
              "den Parlamentariern Zeit zur Prüfung oder Debatte zu lassen", "Alberto Pérez Dayán", "indirect"),
        quote("die Interessen der Oligarchie", "Andrés Manuel López Obrador", "direct"),
        quote("Die Richter verteidigten „die Interessen der Oligarchie“ und nicht die des Volkes",
              "Andrés Manuel López Obrador", "indirect"),
        quote("Plan C", "Andrés Manuel López Obrador", "direct"),
        quote("Bei der Wahl im kommenden Jahr solle seine Partei Morena eine Zweidrittelmehrheit im Kongress "
              "erringen, um die Justiz umzubauen und die Richter künftig vom Volk wählen zu lassen",
              "Andrés Manuel López Obrador", "indirect"),
        quote("Sieg für die Demokratie", "Marko Cortés", "direct"),
        quote("sich über den Willen des Parlaments hinwegzusetzen", "Mario Delgado", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt", "der Hauptstadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos"]),
        entity("Supreme Court of Justice of the Nation", "ORG", "MEX",
               ["Mexikos Oberster Gerichtshof", "Neun der elf Richter", "das Gericht", "Die Richter", "den Richtern",
                "dem Gerichtsgebäude"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["Präsident Andrés Manuel López Obrador", "López Obrador", "seiner", "der Präsident", "Er", "seine",
                "des Präsidenten"]),
        entity("Chamber of Deputies of Mexico", "ORG", "MEX", ["Das Abgeordnetenhaus", "den Parlamentariern",
                                                               "des Parlaments"]),
        entity("Alberto Pérez Dayán", "PER", "MEX", ["Richter Alberto Pérez Dayán"]),
        entity("National Electoral Institute", "ORG", "MEX", ["der Wahlbehörde INE"]),
        entity("Morena", "ORG", "MEX", ["seine Partei Morena", "Morena", "der Regierungspartei"]),
        entity("Congress of the Union", "ORG", "MEX", ["im Kongress"]),
        entity("Judiciary of Mexico", "ORG", "MEX", ["die Justiz", "die Richter", "der Justiz"]),
        entity("Norma Piña", "PER", "MEX", ["Gerichtspräsidentin Norma Piña", "Sie"]),
        entity("Government of Mexico", "ORG", "MEX", ["die Regierung"]),
        entity("National Action Party", "ORG", "MEX", ["PAN"]),
        entity("Institutional Revolutionary Party", "ORG", "MEX", ["PRI"]),
        entity("Party of the Democratic Revolution", "ORG", "MEX", ["PRD"]),
        entity("Marko Cortés", "PER", "MEX", ["Der PAN-Vorsitzende Marko Cortés"]),
        entity("Mario Delgado", "PER", "MEX", ["Morena-Chef Mario Delgado"]),
        entity("supporters of Morena", "PER", "MEX", ["mehrere Dutzend Anhänger der Regierungspartei"]),
        entity("protesters against the electoral reform", "PER", "MEX", ["Hunderttausende Menschen"]),
    ],
}

# ---------------------------------------------------------------- hm471-de-04 (El Salvador, Funes sentenced)
SLV_COURT = actor("Court of El Salvador", "SLV", "JUD")
FUNES = actor("Mauricio Funes", "SLV", "CVL")
MUNGUIA = actor("David Munguía Payés", "SLV", "CVL")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
SLV_GOV = actor("Government of El Salvador", "SLV", "GOV")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
R_DELGADO = actor("Rodolfo Delgado", "SLV", "JUD")
SLV_FISCALIA = actor("Attorney General's Office of El Salvador", "SLV", "JUD")
SLV_JUDICIARY = actor("Judiciary of El Salvador", "SLV", "JUD")
SANCHEZ_CEREN = actor("Salvador Sánchez Cerén", "SLV", "CVL")
US_TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
SLV_SECURITY = actor("Salvadoran security forces", "SLV", "COP")

F1 = ("San Salvador (dpa) - Ein Gericht in El Salvador hat den früheren Präsidenten Mauricio Funes wegen eines Pakts "
      "mit kriminellen Banden in Abwesenheit zu 14 Jahren Haft verurteilt.")
F2 = "Der frühere Verteidigungsminister David Munguía Payés erhielt in demselben Verfahren am Dienstag 18 Jahre Haft."
F3 = ("Die Richter sahen es als erwiesen an, dass die Regierung von Funes 2012 eine Waffenruhe zwischen den Banden "
      "MS-13 und Barrio 18 vermittelt und inhaftierten Bandenchefs dafür Vergünstigungen gewährt hatte.")
F4 = "Im Gegenzug sollen die Banden die Zahl der Morde vorübergehend deutlich gesenkt haben."
F5 = "Funes lebt seit 2016 in Nicaragua, dessen Regierung ihm 2019 die Staatsbürgerschaft verlieh."
F6 = "Managua hat seine Auslieferung bislang stets verweigert."
F7 = "Funes bezeichnete das Urteil auf Twitter als „politische Rache“ von Präsident Nayib Bukele."
F8 = "Er habe nie mit Verbrechern verhandelt, schrieb der 63-Jährige."
F9 = "Generalstaatsanwalt Rodolfo Delgado forderte Nicaragua auf, den Ex-Präsidenten auszuliefern."
F10 = "Die Staatsanwaltschaft hat Funes zudem in mehreren Verfahren wegen Korruption und Geldwäsche angeklagt."
F11 = ("Auch sein Nachfolger Salvador Sánchez Cerén lebt in Nicaragua und wird in El Salvador per Haftbefehl "
       "gesucht.")
F12 = ("Das US-Finanzministerium hatte 2021 der Regierung Bukele vorgeworfen, ihrerseits heimlich mit Anführern der "
       "Banden verhandelt zu haben.")
F13 = "Bukele weist dies zurück."
F14 = "Seit März 2022 gilt in El Salvador ein Ausnahmezustand, der grundlegende Bürgerrechte außer Kraft setzt."
F15 = ("Menschenrechtsorganisationen wie Amnesty International werfen den Sicherheitskräften willkürliche "
       "Festnahmen und Misshandlungen in den Gefängnissen vor.")
F16 = "Funes, der von 2009 bis 2014 regierte, war der erste Präsident der früheren Guerillabewegung FMLN."

DE04 = {
    "id": "hm471-de-04", "lang": "de", "url": None, "published": "2023-05-31",
    "title": "El Salvadors Ex-Präsident Funes wegen Bandenpakts verurteilt",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11], [F12, F13, F14, F15, F16]),
    "events": [
        event("SANCTION", SLV_COURT, FUNES, F1, mode="convict", location_country="SLV"),
        event("COERCE", SLV_COURT, FUNES, F1, mode="arrest", location_country="SLV"),
        event("SANCTION", SLV_COURT, MUNGUIA, F2, mode="convict", date="2023-05-30"),
        event("COERCE", SLV_COURT, MUNGUIA, F2, mode="arrest", date="2023-05-30"),
        event("AID", NIC_GOV, FUNES, F5),
        event("REJECT", NIC_GOV, SLV_GOV, F6),
        event("ACCUSE", FUNES, BUKELE, F7, mode="disapprove"),
        event("REQUEST", R_DELGADO, NIC_GOV, F9, mode="yield"),
        event("ACCUSE", SLV_FISCALIA, FUNES, F10, mode="allege"),
        event("THREATEN", SLV_JUDICIARY, SANCHEZ_CEREN, F11, mode="arrest"),
        event("ACCUSE", US_TREASURY, SLV_GOV, F12, mode="allege"),
        event("ACCUSE", AMNESTY, SLV_SECURITY, F15, mode="allege"),
    ],
    "quotes": [
        quote("dass die Regierung von Funes 2012 eine Waffenruhe zwischen den Banden MS-13 und Barrio 18 vermittelt "
              "und inhaftierten Bandenchefs dafür Vergünstigungen gewährt hatte", "Court of El Salvador", "indirect"),
        quote("politische Rache", "Mauricio Funes", "direct"),
        quote("Er habe nie mit Verbrechern verhandelt", "Mauricio Funes", "indirect"),
        quote("ihrerseits heimlich mit Anführern der Banden verhandelt zu haben",
              "United States Department of the Treasury", "indirect"),
    ],
    "entities": [
        entity("San Salvador", "LOC", "SLV", ["San Salvador"]),
        entity("El Salvador", "LOC", "SLV", ["El Salvador"]),
        entity("Court of El Salvador", "ORG", "SLV", ["Ein Gericht in El Salvador", "Die Richter"]),
        entity("Mauricio Funes", "PER", "SLV", ["den früheren Präsidenten Mauricio Funes", "Funes", "ihm", "seine",
                                                "Er", "der 63-Jährige", "den Ex-Präsidenten", "sein"]),
        entity("David Munguía Payés", "PER", "SLV", ["Der frühere Verteidigungsminister David Munguía Payés"]),
        entity("Government of El Salvador", "ORG", "SLV", ["die Regierung von Funes", "der Regierung Bukele"]),
        entity("Salvadoran gangs", "ORG", "SLV", ["kriminellen Banden", "die Banden", "der Banden"]),
        entity("MS-13", "ORG", "SLV", ["MS-13"]),
        entity("Barrio 18", "ORG", "SLV", ["Barrio 18"]),
        entity("jailed gang leaders", "PER", "SLV", ["inhaftierten Bandenchefs", "Anführern der Banden"]),
        entity("Nicaragua", "LOC", "NIC", ["Nicaragua"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["dessen Regierung", "Managua", "Nicaragua"]),
        entity("Twitter", "ORG", "USA", ["Twitter"]),
        entity("Nayib Bukele", "PER", "SLV", ["Präsident Nayib Bukele", "Bukele"]),
        entity("Rodolfo Delgado", "PER", "SLV", ["Generalstaatsanwalt Rodolfo Delgado"]),
        entity("Attorney General's Office of El Salvador", "ORG", "SLV", ["Die Staatsanwaltschaft"]),
        entity("Salvador Sánchez Cerén", "PER", "SLV", ["sein Nachfolger Salvador Sánchez Cerén"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["Das US-Finanzministerium"]),
        entity("human rights organisations", "ORG", "NGO", ["Menschenrechtsorganisationen"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Salvadoran security forces", "ORG", "SLV", ["den Sicherheitskräften"]),
        entity("Farabundo Martí National Liberation Front", "ORG", "SLV", ["der früheren Guerillabewegung FMLN"]),
    ],
}

# ---------------------------------------------------------------- hm471-en-01 (United States, Cuellar indicted)
US_DOJ_E = actor("United States Department of Justice", "USA", "GOV")
CUELLAR = actor("Henry Cuellar", "USA", "LEG")
IMELDA = actor("Imelda Cuellar", "USA", "CVL")
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
JEFFRIES = actor("Hakeem Jeffries", "USA", "LEG")
NRCC = actor("National Republican Congressional Committee", "USA", "PTY")
CUELLAR_CAMPAIGN = actor("Henry Cuellar's campaign", "USA", "PTY")
GOP = actor("Republican Party", "USA", "PTY")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")

C1 = ("HOUSTON (AP) — U.S. Rep. Henry Cuellar of Texas and his wife have been indicted on charges that they accepted "
      "nearly $600,000 in bribes from an oil company controlled by the government of Azerbaijan and a bank in Mexico, "
      "federal prosecutors said Friday.")
C2 = ("The couple appeared briefly before a federal magistrate judge in Houston on Friday and pleaded not guilty.")
C3 = ("The 54-page indictment accuses Cuellar of agreeing to influence legislation favorable to Azerbaijan and to "
      "pressure U.S. officials to adopt policies that would benefit the Mexican bank.")
C4 = ("According to the indictment, the payments were routed through shell companies and consulting contracts that "
      "required little or no actual work.")
C5 = "Prosecutors did not charge any officials of the Azerbaijani government."
C6 = "Cuellar, 68, has denied wrongdoing."
C7 = ("\"I want to be clear that both my wife and I are innocent of these allegations,\" he said in a statement, "
      "adding that every action he took in Congress was in the interest of the American people.")
C8 = "He said he would still run for reelection in November."
C9 = "House Democratic Leader Hakeem Jeffries said Cuellar was entitled to his day in court."
C10 = ("Under Democratic caucus rules, Cuellar will temporarily step down as the top Democrat on the Homeland "
       "Security subcommittee of the House Appropriations Committee.")
C11 = "The National Republican Congressional Committee called on Cuellar to resign from Congress."
C12 = "His campaign rejected the demand and accused Republicans of trying to exploit the case."
C13 = ("FBI agents searched Cuellar's home and campaign office in Laredo in January 2022 as part of the "
       "investigation.")
C14 = ("Cuellar has represented a district along the U.S.-Mexico border since 2005 and is one of the last Democrats "
       "in Congress who oppose abortion rights.")
C15 = "He has long served as a co-chair of the Congressional Azerbaijan Caucus."
C16 = "Azerbaijan's embassy in Washington did not immediately respond to a request for comment."

EN01 = {
    "id": "hm471-en-01", "lang": "en", "url": None, "published": "2024-05-03",
    "title": "Texas Rep. Henry Cuellar indicted on bribery charges tied to Azerbaijan and a Mexican bank",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15, C16]),
    "events": [
        event("ACCUSE", US_DOJ_E, CUELLAR, C1, mode="allege", date="2024-05-03"),
        event("ACCUSE", US_DOJ_E, IMELDA, C1, mode="allege", date="2024-05-03"),
        event("ACCUSE", US_DOJ_E, CUELLAR, C3, mode="allege"),
        event("ACCUSE", US_DOJ_E, AZE_GOV, C5, mode="allege", negated=True),
        event("SUPPORT", JEFFRIES, CUELLAR, C9),
        event("CONCEDE", CUELLAR, None, C10),
        event("REQUEST", NRCC, CUELLAR, C11, mode="change"),
        event("REJECT", CUELLAR_CAMPAIGN, NRCC, C12, mode="change"),
        event("ACCUSE", CUELLAR_CAMPAIGN, GOP, C12, mode="disapprove"),
        event("COERCE", FBI, CUELLAR, C13, mode="seize", location="Laredo", location_country="USA"),
    ],
    "quotes": [
        quote("U.S. Rep. Henry Cuellar of Texas and his wife have been indicted on charges that they accepted nearly "
              "$600,000 in bribes from an oil company controlled by the government of Azerbaijan and a bank in "
              "Mexico", "United States Department of Justice", "indirect"),
        quote("the payments were routed through shell companies and consulting contracts that required little or "
              "no actual work", "United States Department of Justice", "indirect"),
        quote("I want to be clear that both my wife and I are innocent of these allegations", "Henry Cuellar",
              "direct"),
        quote("every action he took in Congress was in the interest of the American people", "Henry Cuellar",
              "indirect"),
        quote("he would still run for reelection in November", "Henry Cuellar", "indirect"),
        quote("Cuellar was entitled to his day in court", "Hakeem Jeffries", "indirect"),
    ],
    "entities": [
        entity("Houston", "LOC", "USA", ["HOUSTON", "Houston"]),
        entity("Henry Cuellar", "PER", "USA", ["U.S. Rep. Henry Cuellar of Texas", "his", "Cuellar", "he", "He",
                                               "Cuellar's", "His"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Imelda Cuellar", "PER", "USA", ["his wife", "my wife"]),
        entity("State Oil Company of Azerbaijan Republic", "ORG", "AZE",
               ["an oil company controlled by the government of Azerbaijan"]),
        entity("Government of Azerbaijan", "ORG", "AZE", ["the government of Azerbaijan",
                                                          "the Azerbaijani government"]),
        entity("Azerbaijan", "LOC", "AZE", ["Azerbaijan"]),
        entity("Mexican bank", "ORG", "MEX", ["a bank in Mexico", "the Mexican bank"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("United States Department of Justice", "ORG", "USA", ["federal prosecutors", "Prosecutors"]),
        entity("federal magistrate judge in Houston", "PER", "USA", ["a federal magistrate judge"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
        entity("Hakeem Jeffries", "PER", "USA", ["House Democratic Leader Hakeem Jeffries"]),
        entity("Democratic Party", "ORG", "USA", ["Democratic caucus", "Democrats"]),
        entity("House Appropriations Subcommittee on Homeland Security", "ORG", "USA",
               ["the Homeland Security subcommittee of the House Appropriations Committee"]),
        entity("House Appropriations Committee", "ORG", "USA", ["the House Appropriations Committee"]),
        entity("National Republican Congressional Committee", "ORG", "USA",
               ["The National Republican Congressional Committee"]),
        entity("Henry Cuellar's campaign", "ORG", "USA", ["His campaign"]),
        entity("Republican Party", "ORG", "USA", ["Republicans"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["FBI agents"]),
        entity("Laredo", "LOC", "USA", ["Laredo"]),
        entity("Mexico–United States border", "LOC", "USA", ["the U.S.-Mexico border"]),
        entity("Congressional Azerbaijan Caucus", "ORG", "USA", ["the Congressional Azerbaijan Caucus"]),
        entity("Embassy of Azerbaijan in Washington", "ORG", "AZE", ["Azerbaijan's embassy in Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm471-en-02 (Canada/US, Roxham Road closed)
BIDEN_E = actor("Joe Biden", "USA", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
CAN_GOV_E = actor("Government of Canada", "CAN", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
HNP = actor("Haitian National Police", "HTI", "COP")
LEGAULT = actor("François Legault", "CAN", "GOV")
POILIEVRE_E = actor("Pierre Poilievre", "CAN", "OPP")
AMNESTY_CAN = actor("Amnesty International Canada", "CAN", "NGO")
CCR = actor("Canadian Council for Refugees", "CAN", "NGO")

R1 = ("OTTAWA, Ontario (AP) — President Joe Biden and Prime Minister Justin Trudeau on Friday sealed an agreement to "
      "turn back asylum-seekers who cross the U.S.-Canadian border between official ports of entry, closing a route "
      "used by tens of thousands of migrants.")
R2 = ("The rule, an expansion of a 2004 pact, takes effect at midnight and covers the entire 8,900-kilometer "
      "(5,500-mile) land border.")
R3 = ("In return, Canada agreed to take in 15,000 migrants from the Western Hemisphere on humanitarian grounds over "
      "the next year.")
R4 = "The deal was announced on the second day of Biden's first visit to Canada as president."
R5 = ("Addressing a joint session of Parliament, Biden praised Canada as an indispensable partner in supporting "
      "Ukraine against Russia's invasion.")
R6 = ("\"We are going to work together to discourage unlawful border crossings,\" Biden told reporters at a joint "
      "news conference with Trudeau.")
R7 = ("Trudeau said Canada would provide an additional 100 million Canadian dollars ($73 million) to help Haiti's "
      "national police fight the gangs that control much of Port-au-Prince.")
R8 = "Washington has urged Ottawa to lead a multinational security force in Haiti."
R9 = ("But Trudeau did not commit Canadian troops to such a mission, saying Haitians themselves had to lead the way "
      "out of the crisis.")
R10 = ("Roxham Road, a country lane south of Montreal, became a flashpoint in Canadian politics after nearly 40,000 "
       "people crossed there into Quebec last year.")
R11 = ("Quebec Premier François Legault had repeatedly demanded that Ottawa close the crossing, saying his province "
       "could no longer cope with the arrivals.")
R12 = "Conservative leader Pierre Poilievre had given Trudeau 30 days to shut it down."
R13 = ("Amnesty International Canada and the Canadian Council for Refugees condemned the agreement, saying it would "
       "push desperate people onto more dangerous routes.")
R14 = "The council said it would challenge the new rules in court."
R15 = "Canada's Supreme Court is already weighing the groups' challenge to the original agreement."

EN02 = {
    "id": "hm471-en-02", "lang": "en", "url": None, "published": "2023-03-24",
    "title": "Biden and Trudeau agree to close Roxham Road to asylum-seekers",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6], [R7, R8, R9], [R10, R11, R12], [R13, R14, R15]),
    "events": [
        event("AGREE", BIDEN_E, TRUDEAU, R1, date="2023-03-24", location="Ottawa", location_country="CAN"),
        event("AGREE", CAN_GOV_E, USA_GOV, R3),
        event("CONSULT", BIDEN_E, TRUDEAU, R4, mode="visit", location_country="CAN"),
        event("SUPPORT", BIDEN_E, CAN_GOV_E, R5, location="Ottawa", location_country="CAN"),
        event("AGREE", BIDEN_E, TRUDEAU, R6),
        event("AGREE", TRUDEAU, HNP, R7),
        event("REQUEST", USA_GOV, CAN_GOV_E, R8, mode="assist"),
        event("MOBILIZE", TRUDEAU, None, R9, mode="troops", negated=True),
        event("REQUEST", LEGAULT, CAN_GOV_E, R11, mode="change"),
        event("REQUEST", POILIEVRE_E, TRUDEAU, R12, mode="change"),
        event("ACCUSE", AMNESTY_CAN, CAN_GOV_E, R13, mode="disapprove"),
        event("ACCUSE", CCR, CAN_GOV_E, R13, mode="disapprove"),
        event("THREATEN", CCR, CAN_GOV_E, R14),
    ],
    "quotes": [
        quote("We are going to work together to discourage unlawful border crossings", "Joe Biden", "direct"),
        quote("Canada would provide an additional 100 million Canadian dollars ($73 million) to help Haiti's "
              "national police fight the gangs that control much of Port-au-Prince", "Justin Trudeau", "indirect"),
        quote("Haitians themselves had to lead the way out of the crisis", "Justin Trudeau", "indirect"),
        quote("his province could no longer cope with the arrivals", "François Legault", "indirect"),
        quote("it would push desperate people onto more dangerous routes", "Amnesty International Canada",
              "indirect"),
        quote("it would push desperate people onto more dangerous routes", "Canadian Council for Refugees",
              "indirect"),
        quote("it would challenge the new rules in court", "Canadian Council for Refugees", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["OTTAWA"]),
        entity("Ontario", "LOC", "CAN", ["Ontario"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden's", "Biden"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau", "Trudeau"]),
        entity("asylum-seekers", "PER", None, ["asylum-seekers"]),
        entity("Canada–United States border", "LOC", "CAN", ["the U.S.-Canadian border",
                                                             "the entire 8,900-kilometer (5,500-mile) land border"]),
        entity("Safe Third Country Agreement", "MISC", "CAN", ["a 2004 pact", "the original agreement"]),
        entity("Government of Canada", "ORG", "CAN", ["Canada", "Ottawa"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("migrants from the Western Hemisphere", "PER", None,
               ["15,000 migrants from the Western Hemisphere"]),
        entity("Parliament of Canada", "ORG", "CAN", ["a joint session of Parliament"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Russia", "LOC", "RUS", ["Russia's"]),
        entity("Haitian National Police", "ORG", "HTI", ["Haiti's national police"]),
        entity("Haitian gangs", "ORG", "HTI", ["the gangs that control much of Port-au-Prince"]),
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("multinational security force in Haiti", "ORG", "IGO", ["a multinational security force in Haiti",
                                                                       "such a mission"]),
        entity("Haiti", "LOC", "HTI", ["Haiti"]),
        entity("Canadian Armed Forces", "ORG", "CAN", ["Canadian troops"]),
        entity("Haitians", "PER", "HTI", ["Haitians themselves"]),
        entity("Roxham Road", "LOC", "CAN", ["Roxham Road", "a country lane south of Montreal", "the crossing"]),
        entity("Montreal", "LOC", "CAN", ["Montreal"]),
        entity("Quebec", "LOC", "CAN", ["Quebec", "his province"]),
        entity("François Legault", "PER", "CAN", ["Quebec Premier François Legault", "his"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative leader Pierre Poilievre"]),
        entity("Amnesty International Canada", "ORG", "CAN", ["Amnesty International Canada"]),
        entity("Canadian Council for Refugees", "ORG", "CAN", ["the Canadian Council for Refugees",
                                                               "The council"]),
        entity("Supreme Court of Canada", "ORG", "CAN", ["Canada's Supreme Court"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
