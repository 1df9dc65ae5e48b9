"""Round 489: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, North America, invented wording and details):
- hm489-de-01: Cuba/China/United States: Havana and Beijing reject a Wall Street Journal report on a planned Chinese eavesdropping station in Cuba; Fernández de Cossío and Wang Wenbin accuse Washington, Kirby disputes the report, Warner and Rubio accuse and urge Biden to act, Blinken's planned China trip and the February cancellation recalled (2023-06-09).
- hm489-de-02: Mexico: López Obrador inaugurates the first section of the Tren Maya from Campeche to Cancún; environmentalists accuse the government, protest in Playa del Carmen held back by police, "pseudo-environmentalists" charge, the judge's halt of works, UN experts' appeal, Maya communities' complaint, Lezama's praise, the opposition's criticism (2023-12-16).
- hm489-de-03: Panama: Judge Baloisa Marquínez acquits all 28 defendants in the Mossack Fonseca Panama Papers money-laundering trial, Jürgen Mossack among them; the prosecutors' 12-year demand, Fonseca's death, the 2017 arrests and bail release, the Cologne warrants, a defence lawyer's praise and Transparency International's criticism (2024-06-29).
- hm489-de-04: Canada: ministers Trevor Holder and Dorothy Shephard quit Blaine Higgs's New Brunswick cabinet over the Policy 713 gender-identity changes; Shephard accuses Higgs, Holt's Liberals demand a reversal and Higgs refuses, the legislature's review motion, Lamrock's investigation, student walkouts, Trudeau's criticism (2023-06-28).
- hm489-en-01: United States: University of Pennsylvania President Liz Magill and board chair Scott Bok resign after the House antisemitism hearing; Magill's apology, Stefanik's demands, the committee's investigation of Penn, Harvard and MIT, lawmakers' letter, Shapiro's criticism, Ross Stevens's $100 million threat, Gay's apology (2023-12-09).
- hm489-en-02: Mexico: gunmen kill 12 at a St. John the Baptist street festival in Irapuato, Guanajuato; Sheinbaum condemns and pledges federal support, troops and National Guard patrol, prosecutors investigate without arrests, Mayor Alfaro condemns and asks for help, Governor García vows punishment, the May killings in San Bartolo de Berrios recalled (2025-06-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm489-de-01 (Cuba/China, spy base report)
COSSIO = actor("Carlos Fernández de Cossío", "CUB", "GOV")
WSJ = actor("The Wall Street Journal", "USA", "MED")
USA_GOV = actor("Government of the United States", "USA", "GOV")
WANG = actor("Wang Wenbin", "CHN", "GOV")
WARNER = actor("Mark Warner", "USA", "LEG")
RUBIO = actor("Marco Rubio", "USA", "LEG")
CHN_GOV = actor("Government of China", "CHN", "GOV")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")

C1 = ("Havanna (dpa) - Kuba und China haben Berichte über eine geplante chinesische Abhörstation auf der Karibikinsel "
      "scharf zurückgewiesen.")
C2 = ("Das „Wall Street Journal“ hatte am Donnerstag unter Berufung auf US-Geheimdienstkreise berichtet, Peking wolle "
      "Havanna mehrere Milliarden Dollar zahlen, um rund 160 Kilometer vor der Küste Floridas eine Anlage zur "
      "elektronischen Spionage errichten zu dürfen.")
C3 = "Beide Regierungen sollen sich dem Bericht zufolge bereits grundsätzlich geeinigt haben."
C4 = "Kubas Vizeaußenminister Carlos Fernández de Cossío nannte den Bericht „völlig verlogen und unbegründet“."
C5 = ("Washington verbreite solche Verleumdungen, um die verschärfte Wirtschaftsblockade gegen Kuba zu rechtfertigen, "
      "schrieb er auf Twitter.")
C6 = "Kuba lehne jede ausländische Militärpräsenz in Lateinamerika und der Karibik ab, fügte der Diplomat hinzu."
C7 = "Auch das chinesische Außenministerium wies die Berichte zurück."
C8 = ("„Gerüchte und Verleumdungen zu verbreiten, ist eine gängige Taktik der USA“, sagte Sprecher Wang Wenbin am "
      "Freitag in Peking.")
C9 = ("Die Vereinigten Staaten sollten aufhören, sich in die inneren Angelegenheiten Kubas einzumischen, forderte "
      "er.")
C10 = ("Der Sprecher des Nationalen Sicherheitsrats im Weißen Haus, John Kirby, bezeichnete den Bericht dagegen als "
       "„nicht zutreffend“.")
C11 = "Washington beobachte Chinas Aktivitäten in der Region aber sehr genau, sagte Kirby, ohne Einzelheiten zu nennen."
C12 = ("Die Spitzen des Geheimdienstausschusses im US-Senat, der Demokrat Mark Warner und der Republikaner Marco "
       "Rubio, warfen Peking und Havanna vor, die Sicherheit der Vereinigten Staaten zu gefährden.")
C13 = ("Sie forderten die Regierung von Präsident Joe Biden auf, Schritte gegen die Pläne zu unternehmen.")
C14 = "Die Berichte kommen zu einem heiklen Zeitpunkt für die Beziehungen zwischen Washington und Peking."
C15 = "US-Außenminister Antony Blinken will in den kommenden Wochen nach China reisen."
C16 = ("Eine ursprünglich für Februar geplante Reise hatte er abgesagt, nachdem ein mutmaßlicher chinesischer "
       "Spionageballon über die USA geflogen war.")

DE01 = {
    "id": "hm489-de-01", "lang": "de", "url": None, "published": "2023-06-09",
    "title": "Kuba und China weisen Bericht über Abhörstation zurück",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9], [C10, C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("ACCUSE", COSSIO, WSJ, C4, mode="disapprove"),
        event("ACCUSE", COSSIO, USA_GOV, C5, mode="allege"),
        event("ACCUSE", WANG, USA_GOV, C8, mode="disapprove", date="2023-06-09", location="Beijing",
              location_country="CHN"),
        event("REQUEST", WANG, USA_GOV, C9, mode="change"),
        event("ACCUSE", WARNER, CHN_GOV, C12, mode="allege"),
        event("ACCUSE", WARNER, CUB_GOV, C12, mode="allege"),
        event("ACCUSE", RUBIO, CHN_GOV, C12, mode="allege"),
        event("ACCUSE", RUBIO, CUB_GOV, C12, mode="allege"),
        event("REQUEST", WARNER, USA_GOV, C13),
        event("REQUEST", RUBIO, USA_GOV, C13),
        event("AGREE", BLINKEN, CHN_GOV, C15),
        event("REJECT", BLINKEN, CHN_GOV, C16, mode="meet"),
    ],
    "quotes": [
        quote("Peking wolle Havanna mehrere Milliarden Dollar zahlen, um rund 160 Kilometer vor der Küste Floridas eine "
              "Anlage zur elektronischen Spionage errichten zu dürfen", "The Wall Street Journal", "indirect"),
        quote("Beide Regierungen sollen sich dem Bericht zufolge bereits grundsätzlich geeinigt haben",
              "The Wall Street Journal", "indirect"),
        quote("völlig verlogen und unbegründet", "Carlos Fernández de Cossío", "direct"),
        quote("Washington verbreite solche Verleumdungen, um die verschärfte Wirtschaftsblockade gegen Kuba zu "
              "rechtfertigen", "Carlos Fernández de Cossío", "indirect"),
        quote("Kuba lehne jede ausländische Militärpräsenz in Lateinamerika und der Karibik ab",
              "Carlos Fernández de Cossío", "indirect"),
        quote("Gerüchte und Verleumdungen zu verbreiten, ist eine gängige Taktik der USA", "Wang Wenbin", "direct"),
        quote("Die Vereinigten Staaten sollten aufhören, sich in die inneren Angelegenheiten Kubas einzumischen",
              "Wang Wenbin", "indirect"),
        quote("nicht zutreffend", "John Kirby", "direct"),
        quote("Washington beobachte Chinas Aktivitäten in der Region aber sehr genau", "John Kirby", "indirect"),
        quote("die Sicherheit der Vereinigten Staaten zu gefährden", "Mark Warner", "indirect"),
        quote("die Sicherheit der Vereinigten Staaten zu gefährden", "Marco Rubio", "indirect"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["Havanna"]),
        entity("Cuba", "LOC", "CUB", ["Kuba", "der Karibikinsel", "Kubas"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Government of Cuba", "ORG", "CUB", ["Havanna"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("The Wall Street Journal", "ORG", "USA", ["Das „Wall Street Journal“", "dem Bericht", "den Bericht"]),
        entity("United States Intelligence Community", "ORG", "USA", ["US-Geheimdienstkreise"]),
        entity("Florida", "LOC", "USA", ["Floridas"]),
        entity("Carlos Fernández de Cossío", "PER", "CUB",
               ["Kubas Vizeaußenminister Carlos Fernández de Cossío", "er", "der Diplomat"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "der USA", "Die Vereinigten Staaten",
                                                                  "die Regierung von Präsident Joe Biden"]),
        entity("Twitter", "ORG", "USA", ["Twitter"]),
        entity("Latin America", "LOC", None, ["Lateinamerika"]),
        entity("Caribbean", "LOC", None, ["der Karibik"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["das chinesische Außenministerium"]),
        entity("Wang Wenbin", "PER", "CHN", ["Sprecher Wang Wenbin", "er"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("John Kirby", "PER", "USA", ["Der Sprecher des Nationalen Sicherheitsrats im Weißen Haus, John Kirby",
                                            "Kirby"]),
        entity("National Security Council", "ORG", "USA", ["des Nationalen Sicherheitsrats im Weißen Haus"]),
        entity("Senate Intelligence Committee", "ORG", "USA", ["des Geheimdienstausschusses im US-Senat"]),
        entity("Mark Warner", "PER", "USA", ["der Demokrat Mark Warner", "Sie"]),
        entity("Marco Rubio", "PER", "USA", ["der Republikaner Marco Rubio", "Sie"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden"]),
        entity("United States", "LOC", "USA", ["der Vereinigten Staaten", "die USA"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken", "er"]),
        entity("Chinese spy balloon", "MISC", "CHN", ["ein mutmaßlicher chinesischer Spionageballon"]),
    ],
}

# ---------------------------------------------------------------- hm489-de-02 (Mexico, Tren Maya inaugurated)
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
ENV_ACTIVISTS = actor("Mexican environmental activists", "MEX", "CVL")
MEX_POLICE = actor("Mexican police", "MEX", "COP")
YUC_JUDGE = actor("federal judge in Yucatán", "MEX", "JUD")
UN_EXPERTS = actor("United Nations experts", "UNO", "IGO")
MAYA_COMMUNITIES = actor("Maya communities", "MEX", "CVL")
LEZAMA = actor("Mara Lezama", "MEX", "GOV")
MEX_OPPOSITION = actor("Mexican opposition", "MEX", "OPP")

T1 = ("Mexiko-Stadt (dpa) - Mexikos Präsident Andrés Manuel López Obrador hat den ersten Abschnitt des umstrittenen "
      "Tren Maya im Südosten des Landes eingeweiht.")
T2 = ("Der Staatschef fuhr am Freitag mit dem ersten Zug von der Stadt Campeche bis in den Badeort Cancún, begleitet "
      "von Ministern und den Gouverneurinnen der beteiligten Bundesstaaten.")
T3 = "„Das ist ein Akt der Gerechtigkeit für den lange vergessenen Süden“, sagte López Obrador in Campeche."
T4 = ("Die rund 1500 Kilometer lange Bahnstrecke soll die Halbinsel Yucatán für Touristen erschließen und wird von "
      "einem Unternehmen des Militärs betrieben.")
T5 = ("Die Kosten sind nach Schätzungen von Fachleuten auf mehr als 500 Milliarden Pesos (etwa 27 Milliarden Euro) "
      "gestiegen.")
T6 = ("Umweltschützer werfen der Regierung vor, für den Bau Tausende Hektar Regenwald gerodet und unterirdische Höhlen "
      "und Cenoten beschädigt zu haben.")
T7 = "Dutzende Aktivisten protestierten am Freitag in Playa del Carmen mit Transparenten gegen das Projekt."
T8 = "Die Polizei hinderte sie daran, zum neuen Bahnhof vorzudringen."
T9 = ("López Obrador bezeichnete die Kritiker erneut als „Pseudo-Umweltschützer“, die von ausländischen "
      "Organisationen finanziert würden.")
T10 = ("Ein Bundesrichter in Yucatán hatte im vergangenen Jahr die Arbeiten an einem Teilstück südlich von Playa del "
       "Carmen vorübergehend gestoppt.")
T11 = ("Da die Regierung das Projekt zuvor per Dekret zur Angelegenheit der nationalen Sicherheit erklärt hatte, ging "
       "der Bau jedoch weiter.")
T12 = ("UN-Experten hatten Mexiko zudem aufgefordert, die Rechte der indigenen Maya-Gemeinden entlang der Strecke zu "
       "achten.")
T13 = "Einige Gemeinden beklagen, sie seien vor Baubeginn nicht ausreichend befragt worden."
T14 = "Die Gouverneurin von Quintana Roo, Mara Lezama, lobte den Zug als „historische Chance“ für die Region."
T15 = "Der übrige Teil der Strecke soll nach Regierungsangaben bis Ende Februar in Betrieb gehen."
T16 = ("López Obrador, dessen Amtszeit im kommenden Jahr endet, hat den Tren Maya zu einem seiner wichtigsten "
       "Vorhaben gemacht.")
T17 = ("Die Opposition wirft ihm vor, Milliarden in Prestigeprojekte zu stecken, während im Gesundheitswesen Geld "
       "fehle.")

DE02 = {
    "id": "hm489-de-02", "lang": "de", "url": None, "published": "2023-12-16",
    "title": "López Obrador weiht ersten Abschnitt des Tren Maya ein",
    "text": paragraphs([T1, T2, T3], [T4, T5], [T6, T7, T8, T9], [T10, T11, T12, T13], [T14, T15, T16, T17]),
    "events": [
        event("ACCUSE", ENV_ACTIVISTS, MEX_GOV, T6, mode="allege"),
        event("PROTEST", ENV_ACTIVISTS, MEX_GOV, T7, mode="demo", date="2023-12-15", location="Playa del Carmen",
              location_country="MEX"),
        event("COERCE", MEX_POLICE, ENV_ACTIVISTS, T8, mode="crowd-control", location="Playa del Carmen",
              location_country="MEX"),
        event("ACCUSE", AMLO, ENV_ACTIVISTS, T9, mode="disapprove"),
        event("COERCE", YUC_JUDGE, MEX_GOV, T10, mode="restrict"),
        event("REQUEST", UN_EXPERTS, MEX_GOV, T12, mode="change"),
        event("ACCUSE", MAYA_COMMUNITIES, MEX_GOV, T13, mode="allege"),
        event("SUPPORT", LEZAMA, AMLO, T14),
        event("ACCUSE", MEX_OPPOSITION, AMLO, T17, mode="disapprove"),
    ],
    "quotes": [
        quote("Das ist ein Akt der Gerechtigkeit für den lange vergessenen Süden", "Andrés Manuel López Obrador",
              "direct"),
        quote("Pseudo-Umweltschützer", "Andrés Manuel López Obrador", "direct"),
        quote("die Kritiker erneut als „Pseudo-Umweltschützer“, die von ausländischen Organisationen finanziert würden",
              "Andrés Manuel López Obrador", "indirect"),
        quote("sie seien vor Baubeginn nicht ausreichend befragt worden", "Maya communities", "indirect"),
        quote("historische Chance", "Mara Lezama", "direct"),
        quote("Der übrige Teil der Strecke soll nach Regierungsangaben bis Ende Februar in Betrieb gehen",
              "Government of Mexico", "indirect"),
        quote("Milliarden in Prestigeprojekte zu stecken, während im Gesundheitswesen Geld fehle", "Mexican opposition",
              "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos", "des Landes", "Mexiko"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["Mexikos Präsident Andrés Manuel López Obrador", "Der Staatschef", "López Obrador", "ihm"]),
        entity("Tren Maya", "MISC", "MEX", ["des umstrittenen Tren Maya", "dem ersten Zug", "Die rund 1500 Kilometer "
                                           "lange Bahnstrecke", "das Projekt", "den Zug", "den Tren Maya"]),
        entity("Campeche", "LOC", "MEX", ["der Stadt Campeche", "Campeche"]),
        entity("Cancún", "LOC", "MEX", ["den Badeort Cancún"]),
        entity("Yucatán Peninsula", "LOC", "MEX", ["die Halbinsel Yucatán"]),
        entity("Mexican Army", "ORG", "MEX", ["einem Unternehmen des Militärs"]),
        entity("Mexican environmental activists", "PER", "MEX", ["Umweltschützer", "Dutzende Aktivisten", "sie",
                                                                 "die Kritiker"]),
        entity("Government of Mexico", "ORG", "MEX", ["der Regierung", "die Regierung"]),
        entity("Playa del Carmen", "LOC", "MEX", ["Playa del Carmen"]),
        entity("Mexican police", "ORG", "MEX", ["Die Polizei"]),
        entity("federal judge in Yucatán", "PER", "MEX", ["Ein Bundesrichter in Yucatán"]),
        entity("Yucatán", "LOC", "MEX", ["Yucatán"]),
        entity("United Nations experts", "PER", "UNO", ["UN-Experten"]),
        entity("Maya communities", "ORG", "MEX", ["der indigenen Maya-Gemeinden", "Einige Gemeinden"]),
        entity("Mara Lezama", "PER", "MEX", ["Die Gouverneurin von Quintana Roo, Mara Lezama"]),
        entity("Quintana Roo", "LOC", "MEX", ["Quintana Roo"]),
        entity("Mexican opposition", "ORG", "MEX", ["Die Opposition"]),
    ],
}

# ---------------------------------------------------------------- hm489-de-03 (Panama, Mossack Fonseca acquittal)
PAN_PROSECUTORS = actor("Public Ministry of Panama", "PAN", "JUD")
PAN_COURT = actor("Baloisa Marquínez", "PAN", "JUD")
MOSSACK = actor("Jürgen Mossack", "PAN", "BUS")
FONSECA = actor("Ramón Fonseca", "PAN", "BUS")
PAN_AUTH = actor("Panamanian authorities", "PAN", "GOV")
COLOGNE = actor("Cologne Public Prosecutor's Office", "DEU", "JUD")
MOSSACK_LAWYER = actor("lawyer of Jürgen Mossack", "PAN", "CVL")
TI = actor("Transparency International", "NGO", "NGO")

F1 = ("Panama-Stadt (dpa) - Acht Jahre nach der Veröffentlichung der sogenannten Panama Papers hat ein Gericht in "
      "Panama alle 28 Angeklagten im Geldwäsche-Prozess um die Kanzlei Mossack Fonseca freigesprochen.")
F2 = "Unter ihnen ist auch der deutschstämmige Mitgründer der Kanzlei, Jürgen Mossack."
F3 = ("Richterin Baloisa Marquínez begründete ihr Urteil am Freitag damit, dass die Beweise nicht ausreichten, um "
      "eine strafrechtliche Verantwortung der Angeklagten festzustellen.")
F4 = "Zudem seien die Daten von den Servern der Kanzlei nicht ordnungsgemäß gesichert worden."
F5 = ("Die Staatsanwaltschaft hatte für Mossack und seinen Partner Ramón Fonseca die Höchststrafe von zwölf Jahren "
      "Haft gefordert.")
F6 = "Fonseca war im Mai im Alter von 71 Jahren gestorben."
F7 = ("Die Panama Papers waren 2016 von einem internationalen Journalistenkonsortium unter Beteiligung der "
      "„Süddeutschen Zeitung“ veröffentlicht worden.")
F8 = ("Die mehr als elf Millionen Dokumente zeigten, wie Politiker, Prominente und Unternehmer weltweit Vermögen in "
      "Briefkastenfirmen versteckten.")
F9 = ("Mossack und Fonseca waren 2017 in Panama im Zusammenhang mit dem Korruptionsskandal um den brasilianischen "
      "Baukonzern Odebrecht festgenommen worden.")
F10 = "Nach mehreren Monaten in Untersuchungshaft kamen beide gegen Kaution frei."
F11 = ("Die Staatsanwaltschaft Köln erwirkte 2020 internationale Haftbefehle gegen die beiden Kanzleigründer wegen "
       "Beihilfe zur Steuerhinterziehung.")
F12 = "Panama liefert eigene Staatsbürger jedoch nicht aus."
F13 = "Ein Anwalt Mossacks sprach nach der Urteilsverkündung von einer „gerechten Entscheidung“."
F14 = ("Die Antikorruptionsorganisation Transparency International kritisierte den Freispruch dagegen als „schweren "
       "Rückschlag“ im Kampf gegen Finanzkriminalität.")
F15 = "Gegen das Urteil kann die Staatsanwaltschaft noch Berufung einlegen."
F16 = "Die Kanzlei Mossack Fonseca hatte bereits 2018 ihren Betrieb eingestellt."

DE03 = {
    "id": "hm489-de-03", "lang": "de", "url": None, "published": "2024-06-29",
    "title": "Panama Papers: Alle Angeklagten in Panama freigesprochen",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6], [F7, F8], [F9, F10, F11, F12], [F13, F14, F15, F16]),
    "events": [
        event("REQUEST", PAN_PROSECUTORS, PAN_COURT, F5),
        event("COERCE", PAN_AUTH, MOSSACK, F9, mode="arrest", location_country="PAN"),
        event("COERCE", PAN_AUTH, FONSECA, F9, mode="arrest", location_country="PAN"),
        event("RETREAT", PAN_AUTH, MOSSACK, F10, mode="release"),
        event("RETREAT", PAN_AUTH, FONSECA, F10, mode="release"),
        event("COERCE", COLOGNE, MOSSACK, F11, mode="arrest"),
        event("COERCE", COLOGNE, FONSECA, F11, mode="arrest"),
        event("SUPPORT", MOSSACK_LAWYER, PAN_COURT, F13),
        event("ACCUSE", TI, PAN_COURT, F14, mode="disapprove"),
    ],
    "quotes": [
        quote("dass die Beweise nicht ausreichten, um eine strafrechtliche Verantwortung der Angeklagten festzustellen",
              "Baloisa Marquínez", "indirect"),
        quote("Zudem seien die Daten von den Servern der Kanzlei nicht ordnungsgemäß gesichert worden",
              "Baloisa Marquínez", "indirect"),
        quote("gerechten Entscheidung", "lawyer of Jürgen Mossack", "direct"),
        quote("schweren Rückschlag", "Transparency International", "direct"),
    ],
    "entities": [
        entity("Panama City", "LOC", "PAN", ["Panama-Stadt"]),
        entity("Panama Papers", "MISC", None, ["Panama Papers"]),
        entity("Panama", "LOC", "PAN", ["Panama"]),
        entity("Mossack Fonseca", "ORG", "PAN", ["die Kanzlei Mossack Fonseca", "der Kanzlei",
                                                 "Die Kanzlei Mossack Fonseca"]),
        entity("defendants in the Mossack Fonseca trial", "PER", "PAN", ["alle 28 Angeklagten", "der Angeklagten"]),
        entity("Jürgen Mossack", "PER", "PAN",
               ["der deutschstämmige Mitgründer der Kanzlei, Jürgen Mossack", "Mossack", "Mossacks"]),
        entity("Baloisa Marquínez", "PER", "PAN", ["Richterin Baloisa Marquínez", "ein Gericht in Panama"]),
        entity("Public Ministry of Panama", "ORG", "PAN", ["Die Staatsanwaltschaft", "die Staatsanwaltschaft"]),
        entity("Ramón Fonseca", "PER", "PAN", ["seinen Partner Ramón Fonseca", "Fonseca"]),
        entity("International Consortium of Investigative Journalists", "ORG", None,
               ["einem internationalen Journalistenkonsortium"]),
        entity("Süddeutsche Zeitung", "ORG", "DEU", ["„Süddeutschen Zeitung“"]),
        entity("Odebrecht", "ORG", "BRA", ["den brasilianischen Baukonzern Odebrecht"]),
        entity("Cologne Public Prosecutor's Office", "ORG", "DEU", ["Die Staatsanwaltschaft Köln"]),
        entity("lawyer of Jürgen Mossack", "PER", "PAN", ["Ein Anwalt Mossacks"]),
        entity("Transparency International", "ORG", "NGO",
               ["Die Antikorruptionsorganisation Transparency International"]),
    ],
}

# ---------------------------------------------------------------- hm489-de-04 (Canada, New Brunswick Policy 713)
HOLDER = actor("Trevor Holder", "CAN", "GOV")
SHEPHARD = actor("Dorothy Shephard", "CAN", "GOV")
HIGGS = actor("Blaine Higgs", "CAN", "GOV")
NB_LIBERALS = actor("New Brunswick Liberal Association", "CAN", "OPP")
NB_GOV = actor("Government of New Brunswick", "CAN", "GOV")
NB_LEG = actor("Legislative Assembly of New Brunswick", "CAN", "LEG")
LAMROCK = actor("Kelly Lamrock", "CAN", "GOV")
NB_STUDENTS = actor("students in New Brunswick", "CAN", "EDU")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")

N1 = ("Fredericton (dpa) - Im Streit über eine Schulrichtlinie zur Geschlechtsidentität haben in der kanadischen "
      "Provinz New Brunswick zwei Minister die Regierung von Premierminister Blaine Higgs verlassen.")
N2 = ("Hochschulminister Trevor Holder und Sozialministerin Dorothy Shephard erklärten am Dienstag ihren "
      "Rücktritt.")
N3 = "Shephard warf Higgs vor, die Partei mit einem „autoritären Führungsstil“ zu spalten."
N4 = "Higgs bildete noch am selben Tag sein Kabinett um und ernannte vier neue Minister."
N5 = ("Auslöser des Streits ist eine Änderung der sogenannten Richtlinie 713, die Bildungsminister Bill Hogan Anfang "
      "Juni vorgestellt hatte.")
N6 = ("Demnach brauchen Lehrkräfte die Zustimmung der Eltern, wenn Schüler unter 16 Jahren im Unterricht mit einem "
      "anderen Vornamen oder Pronomen angesprochen werden wollen.")
N7 = ("Die oppositionellen Liberalen unter Susan Holt forderten die Regierung auf, die Änderungen "
      "zurückzunehmen.")
N8 = "Higgs lehnte das ab."
N9 = ("„Die Eltern haben ein Recht darauf, zu erfahren, was ihre Kinder in der Schule bewegt“, sagte der "
      "Premierminister.")
N10 = ("Mitte Juni hatte das Provinzparlament mit den Stimmen mehrerer Abgeordneter der Regierungspartei einen Antrag "
       "der Opposition angenommen, der eine Überprüfung der Richtlinie verlangt.")
N11 = "Der Kinder- und Jugendbeauftragte der Provinz, Kelly Lamrock, hat inzwischen eine Untersuchung eingeleitet."
N12 = "Er warnte, die neuen Regeln könnten gegen die kanadische Charta der Rechte und Freiheiten verstoßen."
N13 = ("Hunderte Schüler hatten Anfang Juni in mehreren Städten der Provinz den Unterricht verlassen, um gegen die "
       "Änderung zu protestieren.")
N14 = ("Premierminister Justin Trudeau warf Higgs vor, Transgender-Jugendliche zum Spielball der Politik zu "
       "machen.")
N15 = "Die nächste reguläre Wahl in New Brunswick ist für Oktober 2024 angesetzt."

DE04 = {
    "id": "hm489-de-04", "lang": "de", "url": None, "published": "2023-06-28",
    "title": "Streit über Schulrichtlinie: Zwei Minister in New Brunswick treten zurück",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6], [N7, N8, N9], [N10, N11, N12], [N13, N14, N15]),
    "events": [
        event("RETREAT", HOLDER, None, N1, mode="resign"),
        event("RETREAT", SHEPHARD, None, N1, mode="resign"),
        event("RETREAT", HOLDER, None, N2, mode="resign", date="2023-06-27"),
        event("RETREAT", SHEPHARD, None, N2, mode="resign", date="2023-06-27"),
        event("ACCUSE", SHEPHARD, HIGGS, N3, mode="disapprove"),
        event("REQUEST", NB_LIBERALS, NB_GOV, N7, mode="change"),
        event("REJECT", HIGGS, NB_LIBERALS, N8, mode="change"),
        event("REQUEST", NB_LEG, NB_GOV, N10, mode="change"),
        event("ACCUSE", LAMROCK, NB_GOV, N11, mode="investigate"),
        event("ACCUSE", LAMROCK, NB_GOV, N12, mode="allege"),
        event("PROTEST", NB_STUDENTS, NB_GOV, N13, mode="demo", location_country="CAN"),
        event("ACCUSE", TRUDEAU, HIGGS, N14, mode="disapprove"),
    ],
    "quotes": [
        quote("autoritären Führungsstil", "Dorothy Shephard", "direct"),
        quote("die Partei mit einem „autoritären Führungsstil“ zu spalten", "Dorothy Shephard", "indirect"),
        quote("Die Eltern haben ein Recht darauf, zu erfahren, was ihre Kinder in der Schule bewegt", "Blaine Higgs",
              "direct"),
        quote("die neuen Regeln könnten gegen die kanadische Charta der Rechte und Freiheiten verstoßen",
              "Kelly Lamrock", "indirect"),
        quote("Transgender-Jugendliche zum Spielball der Politik zu machen", "Justin Trudeau", "indirect"),
    ],
    "entities": [
        entity("Fredericton", "LOC", "CAN", ["Fredericton"]),
        entity("Policy 713", "MISC", "CAN", ["eine Schulrichtlinie zur Geschlechtsidentität",
                                             "der sogenannten Richtlinie 713", "der Richtlinie"]),
        entity("New Brunswick", "LOC", "CAN", ["der kanadischen Provinz New Brunswick", "der Provinz", "New Brunswick"]),
        entity("Government of New Brunswick", "ORG", "CAN",
               ["die Regierung von Premierminister Blaine Higgs", "die Regierung"]),
        entity("Blaine Higgs", "PER", "CAN", ["Premierminister Blaine Higgs", "Higgs", "der Premierminister"]),
        entity("Trevor Holder", "PER", "CAN", ["Hochschulminister Trevor Holder"]),
        entity("Dorothy Shephard", "PER", "CAN", ["Sozialministerin Dorothy Shephard", "Shephard"]),
        entity("Progressive Conservative Party of New Brunswick", "ORG", "CAN", ["die Partei",
                                                                                 "der Regierungspartei"]),
        entity("Bill Hogan", "PER", "CAN", ["Bildungsminister Bill Hogan"]),
        entity("New Brunswick Liberal Association", "ORG", "CAN", ["Die oppositionellen Liberalen", "der Opposition"]),
        entity("Susan Holt", "PER", "CAN", ["Susan Holt"]),
        entity("Legislative Assembly of New Brunswick", "ORG", "CAN", ["das Provinzparlament"]),
        entity("Kelly Lamrock", "PER", "CAN",
               ["Der Kinder- und Jugendbeauftragte der Provinz, Kelly Lamrock", "Er"]),
        entity("Canadian Charter of Rights and Freedoms", "MISC", "CAN",
               ["die kanadische Charta der Rechte und Freiheiten"]),
        entity("students in New Brunswick", "PER", "CAN", ["Hunderte Schüler"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau"]),
    ],
}

# ---------------------------------------------------------------- hm489-en-01 (United States, Penn president resigns)
MAGILL = actor("Liz Magill", "USA", "EDU")
BOK = actor("Scott Bok", "USA", "EDU")
STEFANIK = actor("Elise Stefanik", "USA", "LEG")
GAY = actor("Claudine Gay", "USA", "EDU")
KORNBLUTH = actor("Sally Kornbluth", "USA", "EDU")
HOUSE_EDU = actor("House Committee on Education and the Workforce", "USA", "LEG")
PENN = actor("University of Pennsylvania", "USA", "EDU")
HARVARD = actor("Harvard University", "USA", "EDU")
MIT = actor("Massachusetts Institute of Technology", "USA", "EDU")
US_LAWMAKERS = actor("United States lawmakers", "USA", "LEG")
SHAPIRO = actor("Josh Shapiro", "USA", "GOV")
PENN_TRUSTEES = actor("University of Pennsylvania Board of Trustees", "USA", "EDU")
STEVENS = actor("Ross Stevens", "USA", "BUS")
WHARTON_BOARD = actor("Wharton School Board of Advisors", "USA", "EDU")
HARVARD_CORP = actor("Harvard Corporation", "USA", "EDU")

U1 = ("PHILADELPHIA (AP) — University of Pennsylvania President Liz Magill resigned Saturday, days after her "
      "testimony at a congressional hearing on antisemitism drew a fierce backlash from donors, alumni and "
      "lawmakers.")
U2 = "The chair of the university's board of trustees, Scott Bok, stepped down hours later."
U3 = ("Magill will stay on until an interim president is named and will keep her tenured post at the law school, "
      "according to a university statement.")
U4 = ("At Tuesday's hearing, Republican Rep. Elise Stefanik asked Magill and the presidents of Harvard and MIT "
      "whether calling for the genocide of Jews violated their schools' codes of conduct.")
U5 = "\"It is a context-dependent decision,\" Magill replied."
U6 = ("She apologized in a video the next day, saying she should have stated that such a call \"is evil, plain and "
      "simple.\"")
U7 = "\"One down. Two to go,\" Stefanik wrote on X after the resignation."
U8 = "The New York Republican had demanded that all three presidents step down."
U9 = ("On Thursday, the House Committee on Education and the Workforce opened a formal investigation into Penn, "
      "Harvard and MIT over their handling of antisemitism.")
U10 = ("More than 70 lawmakers, most of them Republicans, had signed a letter urging the boards of the three "
       "universities to remove their presidents.")
U11 = "Pennsylvania Gov. Josh Shapiro called Magill's testimony \"absolutely shameful.\""
U12 = "He urged Penn's trustees to decide whether her statements reflected the university's values."
U13 = ("Ross Stevens, the chief executive of the investment firm Stone Ridge Asset Management, threatened to "
       "withdraw a gift of shares worth about $100 million unless Magill was replaced.")
U14 = "The Wharton School's board of advisers had also called for new leadership."
U15 = ("Harvard's Gay apologized in an interview with The Harvard Crimson, saying she had gotten \"caught up\" in a "
       "combative exchange.")
U16 = "The Harvard Corporation, the university's governing board, has not asked her to step down."
U17 = ("The hearing came amid a rise in reports of antisemitic and Islamophobic incidents on U.S. campuses since the "
       "start of the war in Gaza.")

EN01 = {
    "id": "hm489-en-01", "lang": "en", "url": None, "published": "2023-12-09",
    "title": "Penn president Liz Magill resigns after backlash over antisemitism testimony",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6], [U7, U8, U9, U10], [U11, U12, U13, U14], [U15, U16, U17]),
    "events": [
        event("RETREAT", MAGILL, None, U1, mode="resign", date="2023-12-09", location="Philadelphia",
              location_country="USA"),
        event("RETREAT", BOK, None, U2, mode="resign", date="2023-12-09"),
        event("CONCEDE", MAGILL, None, U6, date="2023-12-06"),
        event("REQUEST", STEFANIK, MAGILL, U8, mode="change"),
        event("REQUEST", STEFANIK, GAY, U8, mode="change"),
        event("REQUEST", STEFANIK, KORNBLUTH, U8, mode="change"),
        event("ACCUSE", HOUSE_EDU, PENN, U9, mode="investigate", date="2023-12-07"),
        event("ACCUSE", HOUSE_EDU, HARVARD, U9, mode="investigate", date="2023-12-07"),
        event("ACCUSE", HOUSE_EDU, MIT, U9, mode="investigate", date="2023-12-07"),
        event("REQUEST", US_LAWMAKERS, PENN, U10, mode="change"),
        event("REQUEST", US_LAWMAKERS, HARVARD, U10, mode="change"),
        event("REQUEST", US_LAWMAKERS, MIT, U10, mode="change"),
        event("ACCUSE", SHAPIRO, MAGILL, U11, mode="disapprove"),
        event("REQUEST", SHAPIRO, PENN_TRUSTEES, U12),
        event("THREATEN", STEVENS, PENN, U13),
        event("REQUEST", WHARTON_BOARD, PENN, U14, mode="change"),
        event("CONCEDE", GAY, None, U15),
        event("REQUEST", HARVARD_CORP, GAY, U16, mode="change", negated=True),
    ],
    "quotes": [
        quote("Magill will stay on until an interim president is named and will keep her tenured post at the law "
              "school", "University of Pennsylvania", "indirect"),
        quote("It is a context-dependent decision", "Liz Magill", "direct"),
        quote("is evil, plain and simple.", "Liz Magill", "direct"),
        quote("she should have stated that such a call \"is evil, plain and simple.\"", "Liz Magill", "indirect"),
        quote("One down. Two to go,", "Elise Stefanik", "direct"),
        quote("absolutely shameful.", "Josh Shapiro", "direct"),
        quote("caught up", "Claudine Gay", "direct"),
        quote("she had gotten \"caught up\" in a combative exchange", "Claudine Gay", "indirect"),
    ],
    "entities": [
        entity("Philadelphia", "LOC", "USA", ["PHILADELPHIA"]),
        entity("University of Pennsylvania", "ORG", "USA", ["University of Pennsylvania", "the university's",
                                                            "a university statement", "Penn", "Penn's"]),
        entity("Liz Magill", "PER", "USA", ["University of Pennsylvania President Liz Magill", "her", "Magill",
                                            "She", "Magill's"]),
        entity("Scott Bok", "PER", "USA",
               ["The chair of the university's board of trustees, Scott Bok"]),
        entity("University of Pennsylvania Board of Trustees", "ORG", "USA",
               ["the university's board of trustees", "Penn's trustees"]),
        entity("University of Pennsylvania Carey Law School", "ORG", "USA", ["the law school"]),
        entity("Elise Stefanik", "PER", "USA", ["Republican Rep. Elise Stefanik", "Stefanik",
                                                "The New York Republican"]),
        entity("Harvard University", "ORG", "USA", ["Harvard"]),
        entity("Massachusetts Institute of Technology", "ORG", "USA", ["MIT"]),
        entity("Claudine Gay", "PER", "USA", ["the presidents of Harvard and MIT", "Harvard's Gay", "she", "her"]),
        entity("Sally Kornbluth", "PER", "USA", ["the presidents of Harvard and MIT"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("House Committee on Education and the Workforce", "ORG", "USA",
               ["the House Committee on Education and the Workforce"]),
        entity("United States lawmakers", "PER", "USA", ["More than 70 lawmakers, most of them Republicans"]),
        entity("Josh Shapiro", "PER", "USA", ["Pennsylvania Gov. Josh Shapiro", "He"]),
        entity("Ross Stevens", "PER", "USA", ["Ross Stevens, the chief executive of the investment firm Stone Ridge "
                                              "Asset Management"]),
        entity("Stone Ridge Asset Management", "ORG", "USA", ["the investment firm Stone Ridge Asset Management"]),
        entity("Wharton School Board of Advisors", "ORG", "USA", ["The Wharton School's board of advisers"]),
        entity("The Harvard Crimson", "ORG", "USA", ["The Harvard Crimson"]),
        entity("Harvard Corporation", "ORG", "USA", ["The Harvard Corporation, the university's governing board"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
    ],
}

# ---------------------------------------------------------------- hm489-en-02 (Mexico, Irapuato festival shooting)
IRAPUATO_GUNMEN = actor("gunmen in Irapuato", "MEX", "CVL")
IRAPUATO_RESIDENTS = actor("residents of Irapuato", "MEX", "CVL")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
GTO_PROSECUTORS = actor("Guanajuato State Prosecutor's Office", "MEX", "JUD")
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
GUARDIA_NACIONAL = actor("National Guard of Mexico", "MEX", "MIL")
ALFARO = actor("Lorena Alfaro", "MEX", "GOV")
GTO_GOV = actor("Government of Guanajuato", "MEX", "GOV")
MEX_FED_GOV = actor("Government of Mexico", "MEX", "GOV")
LIBIA = actor("Libia Dennise García", "MEX", "GOV")
SANBARTOLO_GUNMEN = actor("gunmen in San Bartolo de Berrios", "MEX", "CVL")
SANBARTOLO_VICTIMS = actor("residents of San Bartolo de Berrios", "MEX", "CVL")

I1 = ("MEXICO CITY (AP) — Gunmen opened fire on people celebrating a religious festival in the central Mexican city "
      "of Irapuato, killing 12 people and wounding about 20, authorities said Wednesday.")
I2 = ("The attack happened late Tuesday in the Barrio Nuevo neighborhood, where residents had gathered in the street "
      "to drink and dance during celebrations for the feast of St. John the Baptist.")
I3 = "Videos posted on social media showed people dancing moments before the shots rang out."
I4 = "Among the dead was a 17-year-old boy, according to the state prosecutor's office."
I5 = ("President Claudia Sheinbaum condemned the killings at her daily morning news conference and said federal "
      "forces would support the state's investigation.")
I6 = "\"It is very regrettable what happened in Irapuato,\" she said."
I7 = ("Soldiers and National Guard troops patrolled the neighborhood on Wednesday, according to the Defense "
      "Department.")
I8 = ("Guanajuato state prosecutors opened a homicide investigation but had made no arrests by Wednesday "
      "evening.")
I9 = "Officials did not say who was behind the attack."
I10 = ("Irapuato Mayor Lorena Alfaro called the attack \"cowardly\" and asked state and federal authorities for more "
       "help.")
I11 = "Gov. Libia Dennise García promised that the crime would not go unpunished."
I12 = ("Guanajuato, an industrial hub that is home to several car plants, has for years been the state with the most "
       "homicides in Mexico.")
I13 = ("The Jalisco New Generation Cartel and the local Santa Rosa de Lima gang have been fighting over drug sales "
       "and fuel theft in the state.")
I14 = "In May, gunmen killed seven people at a party in the nearby town of San Bartolo de Berrios."
I15 = ("Sheinbaum has pledged to bring down homicides by tackling the roots of violence and improving intelligence "
       "work rather than waging war on the cartels.")

EN02 = {
    "id": "hm489-en-02", "lang": "en", "url": None, "published": "2025-06-25",
    "title": "Gunmen kill 12 at street festival in central Mexican city of Irapuato",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10, I11], [I12, I13, I14, I15]),
    "events": [
        event("ASSAULT", IRAPUATO_GUNMEN, IRAPUATO_RESIDENTS, I1, mode="firearms", location="Irapuato",
              location_country="MEX"),
        event("ASSAULT", IRAPUATO_GUNMEN, IRAPUATO_RESIDENTS, I2, mode="firearms", date="2025-06-24",
              location="Irapuato", location_country="MEX"),
        event("ACCUSE", SHEINBAUM, IRAPUATO_GUNMEN, I5, mode="disapprove", date="2025-06-25"),
        event("AGREE", SHEINBAUM, GTO_PROSECUTORS, I5, date="2025-06-25"),
        event("MOBILIZE", MEX_ARMY, None, I7, mode="troops", date="2025-06-25", location="Irapuato",
              location_country="MEX"),
        event("MOBILIZE", GUARDIA_NACIONAL, None, I7, mode="troops", date="2025-06-25", location="Irapuato",
              location_country="MEX"),
        event("ACCUSE", GTO_PROSECUTORS, IRAPUATO_GUNMEN, I8, mode="investigate"),
        event("COERCE", GTO_PROSECUTORS, IRAPUATO_GUNMEN, I8, mode="arrest", negated=True),
        event("ACCUSE", ALFARO, IRAPUATO_GUNMEN, I10, mode="disapprove"),
        event("REQUEST", ALFARO, GTO_GOV, I10, mode="assist"),
        event("REQUEST", ALFARO, MEX_FED_GOV, I10, mode="assist"),
        event("THREATEN", LIBIA, IRAPUATO_GUNMEN, I11),
        event("ASSAULT", SANBARTOLO_GUNMEN, SANBARTOLO_VICTIMS, I14, mode="firearms",
              location="San Bartolo de Berrios", location_country="MEX"),
    ],
    "quotes": [
        quote("Gunmen opened fire on people celebrating a religious festival in the central Mexican city of Irapuato, "
              "killing 12 people and wounding about 20", "Mexican authorities", "indirect"),
        quote("Among the dead was a 17-year-old boy", "Guanajuato State Prosecutor's Office", "indirect"),
        quote("federal forces would support the state's investigation", "Claudia Sheinbaum", "indirect"),
        quote("It is very regrettable what happened in Irapuato", "Claudia Sheinbaum", "direct"),
        quote("Soldiers and National Guard troops patrolled the neighborhood on Wednesday",
              "Secretariat of National Defense", "indirect"),
        quote("cowardly", "Lorena Alfaro", "direct"),
        quote("the crime would not go unpunished", "Libia Dennise García", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("gunmen in Irapuato", "PER", "MEX", ["Gunmen"]),
        entity("residents of Irapuato", "PER", "MEX", ["people celebrating a religious festival", "12 people",
                                                       "residents"]),
        entity("Irapuato", "LOC", "MEX", ["the central Mexican city of Irapuato", "Irapuato"]),
        entity("Mexican authorities", "ORG", "MEX", ["authorities"]),
        entity("Barrio Nuevo", "LOC", "MEX", ["the Barrio Nuevo neighborhood", "the neighborhood"]),
        entity("Feast of St. John the Baptist", "MISC", None, ["the feast of St. John the Baptist"]),
        entity("Guanajuato State Prosecutor's Office", "ORG", "MEX", ["the state prosecutor's office",
                                                                      "Guanajuato state prosecutors"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "her", "she", "Sheinbaum"]),
        entity("Mexican federal forces", "ORG", "MEX", ["federal forces"]),
        entity("Mexican Army", "ORG", "MEX", ["Soldiers"]),
        entity("National Guard of Mexico", "ORG", "MEX", ["National Guard troops"]),
        entity("Secretariat of National Defense", "ORG", "MEX", ["the Defense Department"]),
        entity("Lorena Alfaro", "PER", "MEX", ["Irapuato Mayor Lorena Alfaro"]),
        entity("Government of Guanajuato", "ORG", "MEX", ["state and federal authorities"]),
        entity("Government of Mexico", "ORG", "MEX", ["state and federal authorities"]),
        entity("Libia Dennise García", "PER", "MEX", ["Gov. Libia Dennise García"]),
        entity("Guanajuato", "LOC", "MEX", ["Guanajuato", "the state"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("Jalisco New Generation Cartel", "ORG", "MEX", ["The Jalisco New Generation Cartel"]),
        entity("Santa Rosa de Lima Cartel", "ORG", "MEX", ["the local Santa Rosa de Lima gang"]),
        entity("gunmen in San Bartolo de Berrios", "PER", "MEX", ["gunmen"]),
        entity("residents of San Bartolo de Berrios", "PER", "MEX", ["seven people"]),
        entity("San Bartolo de Berrios", "LOC", "MEX", ["the nearby town of San Bartolo de Berrios"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
