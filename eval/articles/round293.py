"""Round 293: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm293-de-01: Lebanon: former central bank governor Riad Salameh detained after questioning by acting prosecutor general Jamal al-Hajjar over Optimum Invest; earlier US, UK and Canadian sanctions, Mikati backs the judiciary, depositors protest, Depositors' Outcry welcomes it and demands more (2024-09-03).
- hm293-de-02: Iran: parliament impeaches Economy Minister Abdolnaser Hemmati over the rial's collapse; Pezeshkian defends him and blames the US, Vice President Zarif resigns hours later, hardliners' accusations, Trump's maximum pressure and offer of talks, Khamenei's refusal (2025-03-02).
- hm293-de-03: Israel: the Supreme Court orders the army to draft ultra-Orthodox yeshiva students and stops yeshiva funding; Goldknopf, Deri and Likud object, Lapid, Gantz and Gallant back the ruling, Haredi road blockade in Bnei Brak, police reinforcements, water cannon and arrests (2024-06-25).
- hm293-de-04: Bahrain: King Hamad pardons 1,584 prisoners; first releases from Jau prison, BIRD welcomes it but demands the release of opposition leaders, Denmark presses for al-Khawaja, al-Khawaja and Ali Salman not freed, Maryam al-Khawaja objects, Washington welcomes it, last year's hunger strike (2024-04-08).
- hm293-en-01: Syria: al-Sharaa signs the constitutional declaration with a five-year transition; the SDC rejects it and demands a redraft, al-Hijri objects, Israeli strike on an Islamic Jihad site in Damascus and Katz's warning, Qatari gas via Jordan, Pedersen's demand, protest in Qamishli, SOHR's coastal death toll (2025-03-13).
- hm293-en-02: Egypt: al-Sisi pardons Patrick Zaki a day after his three-year sentence in Mansoura, and lawyer Mohamed el-Baqer; Meloni thanks Sisi and offers a flight, Tajani's calls with Shoukry, Amnesty and the EIPR object and make demands, Alaa Abd El-Fattah's family accuses Cairo (2023-07-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm293-de-01 (Lebanon, Salameh detained)
LEB_JUD = actor("Lebanese judiciary", "LBN", "JUD")
SALAMEH = actor("Riad Salameh", "LBN", "CVL")
HAJJAR = actor("Jamal al-Hajjar", "LBN", "JUD")
USA = actor("United States", "USA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
LEB_DEPOSITORS = actor("depositors protesting in Beirut", "LBN", "CVL")
OUTCRY = actor("Depositors' Outcry", "LBN", "NGO")

S1 = ("Beirut (dpa) - Der frühere libanesische Zentralbankchef Riad Salameh ist nach einer Befragung durch die Justiz "
      "festgenommen worden.")
S2 = ("Der amtierende Generalstaatsanwalt Dschamal al-Haddschar habe den 74-Jährigen am Dienstag im Justizpalast in "
      "Beirut rund drei Stunden lang verhört und anschließend in Gewahrsam nehmen lassen, hieß es aus Justizkreisen.")
S3 = ("Salameh wird vorgeworfen, gemeinsam mit Vertrauten über die Firma Optimum Invest mehr als 40 Millionen Dollar "
      "aus der Zentralbank abgezweigt zu haben.")
S4 = "Es ist das erste Mal, dass der frühere Notenbankchef im Libanon in Haft kommt."
S5 = "Salameh hatte die Banque du Liban fast drei Jahrzehnte lang geführt, bis seine Amtszeit im Juli 2023 endete."
S6 = ("Viele Libanesen machen ihn für den Zusammenbruch des Finanzsystems im Jahr 2019 mitverantwortlich, bei dem "
      "Sparer den Zugriff auf ihre Dollar-Guthaben verloren.")
S7 = ("Sein Anwalt sagte, Salameh habe sich freiwillig zu der Befragung eingefunden und weise alle Vorwürfe "
      "zurück.")
S8 = "„Mein Mandant hat nichts zu verbergen“, sagte der Anwalt."
S9 = "Die USA, Großbritannien und Kanada belegten ihn im August 2023 mit Sanktionen."
S10 = ("Der geschäftsführende Ministerpräsident Nadschib Mikati sagte, die Justiz müsse ihre Arbeit „ohne jede "
       "Einmischung“ tun können.")
S11 = ("Vor dem Justizpalast versammelten sich am Nachmittag Dutzende Sparer und forderten, Salameh dürfe nicht "
       "wieder auf freien Fuß kommen.")
S12 = ("Die Sparervereinigung Depositors' Outcry begrüßte die Festnahme als „ersten Schritt“ und verlangte "
       "Ermittlungen auch gegen Bankiers und Politiker.")
S13 = "Über eine Anklage soll nun ein Untersuchungsrichter entscheiden."
S14 = ("Der Internationale Währungsfonds macht ein Hilfsprogramm für den Libanon seit Jahren von Reformen im "
       "Bankensektor abhängig.")
S15 = ("Salameh hatte stets bestritten, öffentliche Gelder veruntreut zu haben, und sein Vermögen mit seiner früheren "
       "Tätigkeit als Investmentbanker bei Merrill Lynch erklärt.")

DE01 = {
    "id": "hm293-de-01", "lang": "de", "url": None, "published": "2024-09-03",
    "title": "Libanons früherer Zentralbankchef Salameh festgenommen",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7, S8], [S9, S10], [S11, S12, S13, S14, S15]),
    "events": [
        event("COERCE", LEB_JUD, SALAMEH, S1, mode="arrest", location="Beirut", location_country="LBN"),
        event("COERCE", HAJJAR, SALAMEH, S2, mode="arrest", date="2024-09-03", location="Beirut",
              location_country="LBN"),
        event("ACCUSE", LEB_JUD, SALAMEH, S3, mode="allege"),
        event("SANCTION", USA, SALAMEH, S9),
        event("SANCTION", UK, SALAMEH, S9),
        event("SANCTION", CANADA, SALAMEH, S9),
        event("SUPPORT", MIKATI, LEB_JUD, S10),
        event("PROTEST", LEB_DEPOSITORS, SALAMEH, S11, mode="demo", date="2024-09-03", location="Beirut",
              location_country="LBN"),
        event("SUPPORT", OUTCRY, LEB_JUD, S12),
        event("REQUEST", OUTCRY, LEB_JUD, S12),
    ],
    "quotes": [
        quote("Der amtierende Generalstaatsanwalt Dschamal al-Haddschar habe den 74-Jährigen am Dienstag im "
              "Justizpalast in Beirut rund drei Stunden lang verhört und anschließend in Gewahrsam nehmen lassen",
              "Lebanese judicial sources", "indirect"),
        quote("gemeinsam mit Vertrauten über die Firma Optimum Invest mehr als 40 Millionen Dollar aus der Zentralbank "
              "abgezweigt zu haben", "Lebanese judiciary", "indirect"),
        quote("Salameh habe sich freiwillig zu der Befragung eingefunden und weise alle Vorwürfe zurück",
              "lawyer of Riad Salameh", "indirect"),
        quote("Mein Mandant hat nichts zu verbergen", "lawyer of Riad Salameh", "direct"),
        quote("ohne jede Einmischung", "Najib Mikati", "direct"),
        quote("die Justiz müsse ihre Arbeit „ohne jede Einmischung“ tun können", "Najib Mikati", "indirect"),
        quote("Salameh dürfe nicht wieder auf freien Fuß kommen", "depositors protesting in Beirut", "indirect"),
        quote("ersten Schritt", "Depositors' Outcry", "direct"),
        quote("öffentliche Gelder veruntreut zu haben", "Riad Salameh", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Riad Salameh", "PER", "LBN", ["Der frühere libanesische Zentralbankchef Riad Salameh",
                                              "den 74-Jährigen", "Salameh", "der frühere Notenbankchef",
                                              "Mein Mandant"]),
        entity("Lebanese judiciary", "ORG", "LBN", ["die Justiz"]),
        entity("Jamal al-Hajjar", "PER", "LBN", ["Der amtierende Generalstaatsanwalt Dschamal al-Haddschar"]),
        entity("Palace of Justice (Beirut)", "LOC", "LBN", ["im Justizpalast in Beirut", "dem Justizpalast"]),
        entity("Lebanese judicial sources", "ORG", "LBN", ["Justizkreisen"]),
        entity("Optimum Invest", "ORG", "LBN", ["die Firma Optimum Invest"]),
        entity("Banque du Liban", "ORG", "LBN", ["der Zentralbank", "die Banque du Liban"]),
        entity("Lebanon", "LOC", "LBN", ["im Libanon", "den Libanon"]),
        entity("lawyer of Riad Salameh", "PER", "LBN", ["Sein Anwalt", "der Anwalt"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
        entity("Najib Mikati", "PER", "LBN", ["Der geschäftsführende Ministerpräsident Nadschib Mikati"]),
        entity("depositors protesting in Beirut", "ORG", "LBN", ["Dutzende Sparer"]),
        entity("Depositors' Outcry", "ORG", "LBN", ["Die Sparervereinigung Depositors' Outcry"]),
        entity("International Monetary Fund", "ORG", "IGO", ["Der Internationale Währungsfonds"]),
        entity("Merrill Lynch", "ORG", "USA", ["Merrill Lynch"]),
    ],
}

# ---------------------------------------------------------------- hm293-de-02 (Iran, Hemmati impeached, Zarif resigns)
IR_PARL = actor("Islamic Consultative Assembly", "IRN", "LEG")
HEMMATI = actor("Abdolnaser Hemmati", "IRN", "GOV")
IR_MPS = actor("Iranian members of parliament", "IRN", "LEG")
PEZESHKIAN = actor("Masoud Pezeshkian", "IRN", "GOV")
ZARIF = actor("Mohammad Javad Zarif", "IRN", "GOV")
IR_HARDLINERS = actor("Iranian hardliners", "IRN", "PTY")
TRUMP = actor("Donald Trump", "USA", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")

T1 = ("Teheran (AFP) - Das iranische Parlament hat Wirtschaftsminister Abdolnaser Hemmati wegen des Verfalls der "
      "Landeswährung und der hohen Inflation seines Amtes enthoben.")
T2 = ("182 der 273 anwesenden Abgeordneten stimmten am Sonntag in einem Misstrauensvotum gegen den Minister, wie "
      "Parlamentspräsident Mohammed Bagher Ghalibaf mitteilte.")
T3 = ("Die Abgeordneten warfen Hemmati vor, tatenlos zugesehen zu haben, wie der Rial auf Rekordtiefs fiel; auf dem "
      "freien Markt mussten zuletzt rund 930.000 Rial für einen Dollar gezahlt werden.")
T4 = "„Die Menschen können sich nicht einmal mehr Fleisch und Reis leisten“, rief ein Abgeordneter während der Debatte."
T5 = "Präsident Massud Peseschkian hatte seinen Minister zuvor im Parlament verteidigt."
T6 = ("Die wirtschaftlichen Probleme des Landes ließen sich nicht einer einzelnen Person anlasten, sagte der "
      "70-Jährige.")
T7 = ("„Wir befinden uns in einem umfassenden Krieg mit dem Feind“, fügte er mit Blick auf die Sanktionen der USA "
      "hinzu.")
T8 = "Wenige Stunden nach der Abstimmung gab Vizepräsident Mohammed Dschawad Sarif seinen Rücktritt bekannt."
T9 = ("Justizchef Gholam-Hossein Mohseni-Edschei habe ihm geraten, an die Universität zurückzukehren, um weiteren "
      "Druck von der Regierung abzuwenden, schrieb der frühere Außenminister auf der Plattform X.")
T10 = ("Hardliner hatten Sarif seit Monaten vorgeworfen, er dürfe das Amt gar nicht bekleiden, weil seine Kinder "
       "auch die US-Staatsbürgerschaft besitzen.")
T11 = "Ob Peseschkian den Rücktritt annimmt, war zunächst unklar."
T12 = ("Sarif hatte 2015 als Außenminister das Atomabkommen mit den Weltmächten ausgehandelt und gilt im Westen als "
       "Gesicht der gemäßigten Kräfte.")
T13 = ("US-Präsident Donald Trump hatte im Februar seine Politik des „maximalen Drucks“ auf Teheran wieder "
       "aufgenommen und neue Sanktionen gegen iranische Ölexporte verhängt.")
T14 = "Zugleich erklärte er sich zu Verhandlungen mit der Islamischen Republik bereit."
T15 = ("Der Oberste Führer Ajatollah Ali Chamenei hatte Gespräche mit Washington jedoch vor wenigen Wochen als "
       "„nicht klug“ abgelehnt.")
T16 = "Hemmati, ein früherer Zentralbankchef, war erst im August 2024 vom Parlament bestätigt worden."

DE02 = {
    "id": "hm293-de-02", "lang": "de", "url": None, "published": "2025-03-02",
    "title": "Iranisches Parlament setzt Wirtschaftsminister ab - Vizepräsident Sarif tritt zurück",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7], [T8, T9, T10, T11, T12], [T13, T14, T15, T16]),
    "events": [
        event("SANCTION", IR_PARL, HEMMATI, T1, mode="expel", location="Tehran", location_country="IRN"),
        event("SANCTION", IR_PARL, HEMMATI, T2, mode="expel", date="2025-03-02", location="Tehran",
              location_country="IRN"),
        event("ACCUSE", IR_MPS, HEMMATI, T3, mode="disapprove"),
        event("SUPPORT", PEZESHKIAN, HEMMATI, T5, location="Tehran", location_country="IRN"),
        event("SUPPORT", PEZESHKIAN, HEMMATI, T6),
        event("ACCUSE", PEZESHKIAN, USA, T7, mode="disapprove"),
        event("RETREAT", ZARIF, None, T8, mode="resign", date="2025-03-02"),
        event("ACCUSE", IR_HARDLINERS, ZARIF, T10, mode="allege"),
        event("SANCTION", TRUMP, IRAN, T13),
        event("AGREE", TRUMP, IRAN, T14),
        event("REJECT", KHAMENEI, USA, T15, mode="meet"),
    ],
    "quotes": [
        quote("182 der 273 anwesenden Abgeordneten stimmten am Sonntag in einem Misstrauensvotum gegen den Minister",
              "Mohammad Bagher Ghalibaf", "indirect"),
        quote("tatenlos zugesehen zu haben, wie der Rial auf Rekordtiefs fiel", "Iranian members of parliament",
              "indirect"),
        quote("Die Menschen können sich nicht einmal mehr Fleisch und Reis leisten", "Iranian member of parliament",
              "direct"),
        quote("Die wirtschaftlichen Probleme des Landes ließen sich nicht einer einzelnen Person anlasten",
              "Masoud Pezeshkian", "indirect"),
        quote("Wir befinden uns in einem umfassenden Krieg mit dem Feind", "Masoud Pezeshkian", "direct"),
        quote("Justizchef Gholam-Hossein Mohseni-Edschei habe ihm geraten, an die Universität zurückzukehren, um "
              "weiteren Druck von der Regierung abzuwenden", "Mohammad Javad Zarif", "indirect"),
        quote("er dürfe das Amt gar nicht bekleiden, weil seine Kinder auch die US-Staatsbürgerschaft besitzen",
              "Iranian hardliners", "indirect"),
        quote("maximalen Drucks", "Donald Trump", "direct"),
        quote("nicht klug", "Ali Khamenei", "direct"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Islamic Consultative Assembly", "ORG", "IRN", ["Das iranische Parlament", "im Parlament",
                                                                "vom Parlament"]),
        entity("Abdolnaser Hemmati", "PER", "IRN", ["Wirtschaftsminister Abdolnaser Hemmati", "den Minister",
                                                    "Hemmati", "seinen Minister", "ein früherer Zentralbankchef"]),
        entity("Iranian members of parliament", "ORG", "IRN", ["182 der 273 anwesenden Abgeordneten",
                                                               "Die Abgeordneten"]),
        entity("Mohammad Bagher Ghalibaf", "PER", "IRN", ["Parlamentspräsident Mohammed Bagher Ghalibaf"]),
        entity("Iranian member of parliament", "PER", "IRN", ["ein Abgeordneter"]),
        entity("Masoud Pezeshkian", "PER", "IRN", ["Präsident Massud Peseschkian", "der 70-Jährige",
                                                   "Peseschkian"]),
        entity("Iran", "LOC", "IRN", ["des Landes", "der Islamischen Republik"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("Mohammad Javad Zarif", "PER", "IRN", ["Vizepräsident Mohammed Dschawad Sarif",
                                                      "der frühere Außenminister", "Sarif"]),
        entity("Gholam-Hossein Mohseni-Ejei", "PER", "IRN", ["Justizchef Gholam-Hossein Mohseni-Edschei"]),
        entity("University of Tehran", "ORG", "IRN", ["die Universität"]),
        entity("Government of Iran", "ORG", "IRN", ["der Regierung", "Teheran"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Iranian hardliners", "ORG", "IRN", ["Hardliner"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Ali Khamenei", "PER", "IRN", ["Der Oberste Führer Ajatollah Ali Chamenei"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm293-de-03 (Israel, Haredi draft ruling)
ISR_SC = actor("Supreme Court of Israel", "ISR", "JUD")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
GOLDKNOPF = actor("Yitzhak Goldknopf", "ISR", "GOV")
DERI = actor("Aryeh Deri", "ISR", "PTY")
LAPID = actor("Yair Lapid", "ISR", "OPP")
GANTZ = actor("Benny Gantz", "ISR", "OPP")
GALLANT = actor("Yoav Gallant", "ISR", "GOV")
LIKUD = actor("Likud", "ISR", "PTY")
HAREDI_PROTESTERS = actor("ultra-Orthodox protesters", "ISR", "CVL")
ISR_POLICE = actor("Israel Police", "ISR", "COP")

U1 = ("Jerusalem (dpa) - Israels Oberstes Gericht hat die Regierung verpflichtet, auch ultraorthodoxe Männer zum "
      "Wehrdienst einzuziehen.")
U2 = ("Für eine pauschale Befreiung der Studenten von Religionsschulen gebe es keine rechtliche Grundlage mehr, "
      "entschieden die neun Richter am Dienstag einstimmig.")
U3 = ("Zugleich untersagte das Gericht dem Staat, weiterhin Zuschüsse an Jeschiwas zu zahlen, deren Studenten sich "
      "der Einberufung entziehen.")
U4 = ("Das Urteil bringt die Koalition von Ministerpräsident Benjamin Netanjahu in Bedrängnis, die auf die "
      "strengreligiösen Parteien Schas und Vereinigtes Thora-Judentum angewiesen ist.")
U5 = ("Der Vorsitzende des Vereinigten Thora-Judentums, Wohnungsbauminister Jitzchak Goldknopf, nannte die "
      "Entscheidung „sehr bedauerlich und enttäuschend“.")
U6 = "Der Staat Israel werde ohne das Studium der Tora nicht bestehen, sagte er."
U7 = "Schas-Chef Arie Deri warf den Richtern vor, einen Keil in die Gesellschaft zu treiben."
U8 = ("Oppositionsführer Jair Lapid begrüßte das Urteil und forderte die Regierung auf, es ohne Verzögerung "
      "umzusetzen.")
U9 = ("Der frühere Generalstabschef Benny Gantz, der das Kriegskabinett Anfang des Monats verlassen hatte, sprach "
      "von einer „historischen Entscheidung“.")
U10 = "Verteidigungsminister Joav Galant sagte, die Armee sei bereit, die Vorgaben des Gerichts umzusetzen."
U11 = ("Netanjahus Likud-Partei warf dem Gericht dagegen vor, sich in die Arbeit des Parlaments einzumischen, das "
       "bereits über ein neues Wehrdienstgesetz berate.")
U12 = "Am Abend blockierten Hunderte ultraorthodoxe Demonstranten eine Hauptstraße in Bnei Brak bei Tel Aviv."
U13 = ("Die Polizei zog Hunderte Beamte in der Stadt zusammen, setzte nach eigenen Angaben Wasserwerfer ein und nahm "
       "fünf Menschen fest.")
U14 = "„Die Tora ist unser Schutz“, rief ein Demonstrant."
U15 = "Ultraorthodoxe Männer waren seit der Staatsgründung 1948 weitgehend vom Wehrdienst befreit."
U16 = ("Seit Beginn des Gaza-Kriegs im Oktober ist der Unmut darüber deutlich gewachsen, weil viele Reservisten "
       "monatelang im Einsatz sind.")

DE03 = {
    "id": "hm293-de-03", "lang": "de", "url": None, "published": "2024-06-25",
    "title": "Israels Oberstes Gericht: Ultraorthodoxe müssen zum Militär",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7], [U8, U9, U10, U11], [U12, U13, U14], [U15, U16]),
    "events": [
        event("REQUEST", ISR_SC, ISR_GOV, U1, mode="change"),
        event("SANCTION", ISR_SC, ISR_GOV, U2, mode="convict", date="2024-06-25"),
        event("REQUEST", ISR_SC, ISR_GOV, U3, mode="change"),
        event("ACCUSE", GOLDKNOPF, ISR_SC, U5, mode="disapprove"),
        event("ACCUSE", DERI, ISR_SC, U7, mode="disapprove"),
        event("SUPPORT", LAPID, ISR_SC, U8),
        event("REQUEST", LAPID, ISR_GOV, U8, mode="change"),
        event("SUPPORT", GANTZ, ISR_SC, U9),
        event("AGREE", GALLANT, ISR_SC, U10),
        event("ACCUSE", LIKUD, ISR_SC, U11, mode="disapprove"),
        event("PROTEST", HAREDI_PROTESTERS, ISR_SC, U12, mode="obstruct", date="2024-06-25", location="Bnei Brak",
              location_country="ISR"),
        event("MOBILIZE", ISR_POLICE, None, U13, mode="police", location="Bnei Brak", location_country="ISR"),
        event("ASSAULT", ISR_POLICE, HAREDI_PROTESTERS, U13, mode="crowd-control", location="Bnei Brak",
              location_country="ISR"),
        event("COERCE", ISR_POLICE, HAREDI_PROTESTERS, U13, mode="arrest", location="Bnei Brak",
              location_country="ISR"),
    ],
    "quotes": [
        quote("Für eine pauschale Befreiung der Studenten von Religionsschulen gebe es keine rechtliche Grundlage mehr",
              "Supreme Court of Israel", "indirect"),
        quote("sehr bedauerlich und enttäuschend", "Yitzhak Goldknopf", "direct"),
        quote("Der Staat Israel werde ohne das Studium der Tora nicht bestehen", "Yitzhak Goldknopf", "indirect"),
        quote("einen Keil in die Gesellschaft zu treiben", "Aryeh Deri", "indirect"),
        quote("historischen Entscheidung", "Benny Gantz", "direct"),
        quote("die Armee sei bereit, die Vorgaben des Gerichts umzusetzen", "Yoav Gallant", "indirect"),
        quote("sich in die Arbeit des Parlaments einzumischen, das bereits über ein neues Wehrdienstgesetz berate",
              "Likud", "indirect"),
        quote("Die Tora ist unser Schutz", "ultra-Orthodox protester", "direct"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Israel", "LOC", "ISR", ["Israels", "Der Staat Israel"]),
        entity("Supreme Court of Israel", "ORG", "ISR", ["Israels Oberstes Gericht", "die neun Richter", "das Gericht",
                                                         "den Richtern", "des Gerichts", "dem Gericht"]),
        entity("Government of Israel", "ORG", "ISR", ["die Regierung", "dem Staat", "die Koalition"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "Netanjahus"]),
        entity("Shas", "ORG", "ISR", ["Schas"]),
        entity("United Torah Judaism", "ORG", "ISR", ["Vereinigtes Thora-Judentum", "des Vereinigten Thora-Judentums"]),
        entity("Yitzhak Goldknopf", "PER", "ISR", ["Der Vorsitzende des Vereinigten Thora-Judentums, "
                                                   "Wohnungsbauminister Jitzchak Goldknopf"]),
        entity("Aryeh Deri", "PER", "ISR", ["Schas-Chef Arie Deri"]),
        entity("Yair Lapid", "PER", "ISR", ["Oppositionsführer Jair Lapid"]),
        entity("Benny Gantz", "PER", "ISR", ["Der frühere Generalstabschef Benny Gantz"]),
        entity("Israeli war cabinet", "ORG", "ISR", ["das Kriegskabinett"]),
        entity("Yoav Gallant", "PER", "ISR", ["Verteidigungsminister Joav Galant"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["die Armee"]),
        entity("Likud", "ORG", "ISR", ["Likud-Partei"]),
        entity("Knesset", "ORG", "ISR", ["des Parlaments"]),
        entity("ultra-Orthodox protesters", "ORG", "ISR", ["Hunderte ultraorthodoxe Demonstranten"]),
        entity("Bnei Brak", "LOC", "ISR", ["Bnei Brak", "der Stadt"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Israel Police", "ORG", "ISR", ["Die Polizei"]),
        entity("ultra-Orthodox protester", "PER", "ISR", ["ein Demonstrant"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
    ],
}

# ---------------------------------------------------------------- hm293-de-04 (Bahrain, mass pardon)
HAMAD = actor("Hamad bin Isa Al Khalifa", "BHR", "GOV")
BHR_PRISONERS = actor("prisoners in Bahrain", "BHR", "CVL")
BHR_AUTH = actor("Bahraini authorities", "BHR", "GOV")
BIRD = actor("Bahrain Institute for Rights and Democracy", "NGO", "NGO")
ALWADAEI = actor("Sayed Ahmed Alwadaei", "NGO", "NGO")
BHR_GOV = actor("Government of Bahrain", "BHR", "GOV")
RASMUSSEN = actor("Lars Løkke Rasmussen", "DNK", "GOV")
MARYAM = actor("Maryam al-Khawaja", "BHR", "CVL")
US_STATE = actor("U.S. Department of State", "USA", "GOV")
JAU_PRISONERS = actor("prisoners in Jau Prison", "BHR", "CVL")
BHR_INTERIOR = actor("Ministry of Interior of Bahrain", "BHR", "GOV")
KHAWAJA = actor("Abdulhadi al-Khawaja", "BHR", "CVL")
ALI_SALMAN = actor("Ali Salman", "BHR", "OPP")

V1 = ("Manama (AFP) - Bahrains König Hamad bin Isa Al Chalifa hat mehr als 1500 Häftlinge begnadigt, darunter nach "
      "Angaben von Menschenrechtlern zahlreiche politische Gefangene.")
V2 = ("Der Erlass betreffe 1584 Menschen, die wegen Ausschreitungen und anderer Straftaten verurteilt worden seien, "
      "meldete die staatliche Nachrichtenagentur BNA am Montag.")
V3 = ("Anlass seien das Ende des Fastenmonats Ramadan und das silberne Thronjubiläum des Monarchen, hieß es.")
V4 = ("Die ersten Häftlinge verließen noch am Montagabend das Gefängnis Dschau südlich der Hauptstadt, vor dem "
      "Hunderte Angehörige warteten.")
V5 = ("Es ist die größte Begnadigung seit den Protesten von 2011, die mit Hilfe saudischer Truppen niedergeschlagen "
      "worden waren.")
V6 = ("Das in London ansässige Bahrain Institute for Rights and Democracy (BIRD) sprach von einem „wichtigen "
      "Schritt“.")
V7 = ("Dessen Direktor Sajed Ahmed al-Wadaei forderte jedoch, auch die seit mehr als einem Jahrzehnt inhaftierten "
      "Oppositionsführer freizulassen.")
V8 = ("Zu ihnen zählen der Menschenrechtler Abdulhadi al-Chawadscha, der auch die dänische Staatsbürgerschaft "
      "besitzt, und Scheich Ali Salman, der Chef der 2016 verbotenen schiitischen Oppositionsgruppe Al-Wifak.")
V9 = "Beide kamen nicht frei und verbüßen weiterhin lebenslange Haftstrafen."
V10 = ("Der dänische Außenminister Lars Løkke Rasmussen forderte Manama erneut auf, al-Chawadscha aus humanitären "
       "Gründen freizulassen.")
V11 = ("Die Tochter des 63-Jährigen, Marjam al-Chawadscha, warf den Behörden vor, ihrem Vater nötige "
       "Herzuntersuchungen zu verweigern.")
V12 = "„Eine Begnadigung, die die bekanntesten Gefangenen auslässt, ist keine Versöhnung“, sagte sie."
V13 = "Das US-Außenministerium begrüßte die Freilassungen als positiven Schritt."
V14 = ("Das Königreich, in dem die Fünfte Flotte der US-Marine stationiert ist, weist den Vorwurf, politische "
       "Gefangene festzuhalten, seit Jahren zurück.")
V15 = ("Im vergangenen August waren Hunderte Häftlinge in Dschau aus Protest gegen ihre Haftbedingungen in einen "
       "wochenlangen Hungerstreik getreten.")
V16 = "Das Innenministerium kündigte an, die Entlassungen würden in den kommenden Tagen fortgesetzt."

DE04 = {
    "id": "hm293-de-04", "lang": "de", "url": None, "published": "2024-04-08",
    "title": "Bahrains König begnadigt mehr als 1500 Häftlinge",
    "text": paragraphs([V1, V2, V3], [V4, V5], [V6, V7, V8, V9], [V10, V11, V12], [V13, V14, V15, V16]),
    "events": [
        event("CONCEDE", HAMAD, BHR_PRISONERS, V1),
        event("CONCEDE", HAMAD, BHR_PRISONERS, V2, date="2024-04-08"),
        event("RETREAT", BHR_AUTH, BHR_PRISONERS, V4, mode="release", date="2024-04-08", location="Jau",
              location_country="BHR"),
        event("SUPPORT", BIRD, HAMAD, V6),
        event("REQUEST", ALWADAEI, BHR_GOV, V7, mode="yield"),
        event("RETREAT", BHR_AUTH, KHAWAJA, V9, mode="release", negated=True),
        event("RETREAT", BHR_AUTH, ALI_SALMAN, V9, mode="release", negated=True),
        event("REQUEST", RASMUSSEN, BHR_GOV, V10, mode="yield"),
        event("ACCUSE", MARYAM, BHR_AUTH, V11, mode="allege"),
        event("ACCUSE", MARYAM, HAMAD, V12, mode="disapprove"),
        event("SUPPORT", US_STATE, BHR_GOV, V13),
        event("PROTEST", JAU_PRISONERS, BHR_AUTH, V15, mode="hunger", location="Jau", location_country="BHR"),
        event("CONCEDE", BHR_INTERIOR, BHR_PRISONERS, V16),
    ],
    "quotes": [
        quote("darunter nach Angaben von Menschenrechtlern zahlreiche politische Gefangene", "human rights activists",
              "indirect"),
        quote("Der Erlass betreffe 1584 Menschen, die wegen Ausschreitungen und anderer Straftaten verurteilt worden "
              "seien", "Bahrain News Agency", "indirect"),
        quote("Anlass seien das Ende des Fastenmonats Ramadan und das silberne Thronjubiläum des Monarchen",
              "Bahrain News Agency", "indirect"),
        quote("wichtigen Schritt", "Bahrain Institute for Rights and Democracy", "direct"),
        quote("ihrem Vater nötige Herzuntersuchungen zu verweigern", "Maryam al-Khawaja", "indirect"),
        quote("Eine Begnadigung, die die bekanntesten Gefangenen auslässt, ist keine Versöhnung", "Maryam al-Khawaja",
              "direct"),
        quote("die Entlassungen würden in den kommenden Tagen fortgesetzt", "Ministry of Interior of Bahrain",
              "indirect"),
    ],
    "entities": [
        entity("Manama", "LOC", "BHR", ["Manama", "der Hauptstadt"]),
        entity("Bahrain", "LOC", "BHR", ["Bahrains", "Das Königreich"]),
        entity("Hamad bin Isa Al Khalifa", "PER", "BHR", ["Bahrains König Hamad bin Isa Al Chalifa",
                                                          "des Monarchen"]),
        entity("prisoners in Bahrain", "ORG", "BHR", ["mehr als 1500 Häftlinge", "Die ersten Häftlinge"]),
        entity("human rights activists", "ORG", None, ["Menschenrechtlern"]),
        entity("Bahrain News Agency", "ORG", "BHR", ["die staatliche Nachrichtenagentur BNA"]),
        entity("Jau Prison", "LOC", "BHR", ["das Gefängnis Dschau", "Dschau"]),
        entity("Saudi Arabian Armed Forces", "ORG", "SAU", ["saudischer Truppen"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Bahrain Institute for Rights and Democracy", "ORG", "NGO",
               ["Bahrain Institute for Rights and Democracy", "BIRD"]),
        entity("Sayed Ahmed Alwadaei", "PER", "BHR", ["Dessen Direktor Sajed Ahmed al-Wadaei"]),
        entity("Abdulhadi al-Khawaja", "PER", "BHR", ["der Menschenrechtler Abdulhadi al-Chawadscha",
                                                      "al-Chawadscha", "des 63-Jährigen", "ihrem Vater"]),
        entity("Ali Salman", "PER", "BHR", ["Scheich Ali Salman"]),
        entity("Al-Wefaq", "ORG", "BHR", ["der 2016 verbotenen schiitischen Oppositionsgruppe Al-Wifak"]),
        entity("Lars Løkke Rasmussen", "PER", "DNK", ["Der dänische Außenminister Lars Løkke Rasmussen"]),
        entity("Government of Bahrain", "ORG", "BHR", ["Manama"]),
        entity("Maryam al-Khawaja", "PER", "BHR", ["Die Tochter des 63-Jährigen, Marjam al-Chawadscha"]),
        entity("Bahraini authorities", "ORG", "BHR", ["den Behörden"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("U.S. Fifth Fleet", "ORG", "USA", ["die Fünfte Flotte der US-Marine"]),
        entity("prisoners in Jau Prison", "ORG", "BHR", ["Hunderte Häftlinge in Dschau"]),
        entity("Ministry of Interior of Bahrain", "ORG", "BHR", ["Das Innenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm293-en-01 (Syria, constitutional declaration)
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
SDC = actor("Syrian Democratic Council", "SYR", "OPP")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
HIJRI = actor("Hikmat al-Hijri", "SYR", "CVL")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
PIJ = actor("Palestinian Islamic Jihad", "PSE", "REB")
KATZ = actor("Israel Katz", "ISR", "GOV")
SYR_MFA = actor("Ministry of Foreign Affairs of Syria", "SYR", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
PEDERSEN = actor("Geir Pedersen", "UNO", "IGO")
QATAR = actor("Qatar", "QAT", "GOV")
QAMISHLI_PROTESTERS = actor("protesters in Qamishli", "SYR", "CVL")
SOHR = actor("Syrian Observatory for Human Rights", "NGO", "NGO")
SYR_FORCES = actor("Syrian government security forces", "SYR", "MIL")

W1 = ("DAMASCUS, March 13 (Reuters) - Syria's interim President Ahmed al-Sharaa signed a constitutional declaration "
      "on Thursday that keeps Islamic jurisprudence as the main source of legislation and sets a five-year "
      "transitional period before a permanent constitution is adopted and elections are held.")
W2 = ("The president must be a Muslim and will appoint a third of the members of a new People's Assembly, according "
      "to the text, which was read out at the presidential palace in Damascus.")
W3 = ('"We hope that this will be the beginning of a new history for Syria, in which we replace oppression with '
      'justice," Sharaa said after signing the document.')
W4 = ("The declaration was drafted by a committee of legal experts that Sharaa appointed after a national dialogue "
      "conference last month.")
W5 = ("Committee member Abdul Hamid al-Awak told reporters that the text guaranteed freedom of expression and women's "
      "rights and separated the powers of the state.")
W6 = ("The Syrian Democratic Council, the political arm of the Kurdish-led Syrian Democratic Forces (SDF), rejected "
      "the declaration and accused the new authorities of reproducing authoritarianism in a new form.")
W7 = "The council demanded that the text be redrafted to reflect Syria's ethnic and religious diversity."
W8 = ('In the southern province of Sweida, Sheikh Hikmat al-Hijri, a spiritual leader of Syria\'s Druze minority, '
      'said there could be no understanding with what he called an "extremist" government in Damascus.')
W9 = ("Also on Thursday, Israeli warplanes struck a building in the Dummar district of Damascus that the Israeli "
      "military said was a command centre of the Palestinian Islamic Jihad militant group.")
W10 = ('Defence Minister Israel Katz said the strike was a clear message that "whoever acts against Israel" from '
       'Syrian territory would pay a heavy price.')
W11 = "Syria's foreign ministry condemned the strike as a violation of the country's sovereignty."
W12 = ("Separately, Qatar began supplying natural gas to Syria through Jordan on Thursday to ease chronic power "
       "shortages, Jordan's energy ministry said.")
W13 = ("U.N. special envoy Geir Pedersen urged the authorities to make the transition inclusive and to protect the "
       "rights of all communities.")
W14 = ("In the Kurdish-majority city of Qamishli, several hundred people protested against the declaration on "
       "Thursday evening.")
W15 = ("The Syrian Observatory for Human Rights, a Britain-based war monitor, said last week that security forces and "
       "allied fighters had killed more than 1,000 civilians, most of them Alawites, in coastal areas.")
W16 = ("Sharaa's Islamist group Hayat Tahrir al-Sham led the rebel offensive that toppled Bashar al-Assad in "
       "December.")

EN01 = {
    "id": "hm293-en-01", "lang": "en", "url": None, "published": "2025-03-13",
    "title": "Syria's Sharaa signs constitutional declaration setting five-year transition",
    "text": paragraphs([W1, W2, W3], [W4, W5], [W6, W7, W8], [W9, W10, W11, W12], [W13, W14, W15, W16]),
    "events": [
        event("SUPPORT", SHARAA, None, W1, date="2025-03-13", location="Damascus", location_country="SYR"),
        event("REJECT", SDC, SYR_GOV, W6, mode="change"),
        event("ACCUSE", SDC, SYR_GOV, W6, mode="disapprove"),
        event("REQUEST", SDC, SYR_GOV, W7, mode="change"),
        event("ACCUSE", HIJRI, SYR_GOV, W8, mode="disapprove"),
        event("ASSAULT", IDF, PIJ, W9, mode="aerial", date="2025-03-13", location="Damascus",
              location_country="SYR"),
        event("THREATEN", KATZ, None, W10),
        event("ACCUSE", SYR_MFA, ISRAEL, W11, mode="disapprove"),
        event("AID", QATAR, SYR_GOV, W12, date="2025-03-13"),
        event("REQUEST", PEDERSEN, SYR_GOV, W13, mode="change"),
        event("PROTEST", QAMISHLI_PROTESTERS, SYR_GOV, W14, mode="demo", date="2025-03-13", location="Qamishli",
              location_country="SYR"),
        event("ACCUSE", SOHR, SYR_FORCES, W15, mode="allege"),
    ],
    "quotes": [
        quote("The president must be a Muslim and will appoint a third of the members of a new People's Assembly",
              "constitutional declaration of Syria", "indirect"),
        quote("We hope that this will be the beginning of a new history for Syria, in which we replace oppression "
              "with justice", "Ahmed al-Sharaa", "direct"),
        quote("the text guaranteed freedom of expression and women's rights and separated the powers of the state",
              "Abdul Hamid al-Awak", "indirect"),
        quote("reproducing authoritarianism in a new form", "Syrian Democratic Council", "indirect"),
        quote("the text be redrafted to reflect Syria's ethnic and religious diversity", "Syrian Democratic Council",
              "indirect"),
        quote('there could be no understanding with what he called an "extremist" government in Damascus',
              "Hikmat al-Hijri", "indirect"),
        quote("extremist", "Hikmat al-Hijri", "direct"),
        quote("was a command centre of the Palestinian Islamic Jihad militant group", "Israel Defense Forces",
              "indirect"),
        quote('the strike was a clear message that "whoever acts against Israel" from Syrian territory would pay a '
              'heavy price', "Israel Katz", "indirect"),
        quote("whoever acts against Israel", "Israel Katz", "direct"),
        quote("Qatar began supplying natural gas to Syria through Jordan on Thursday to ease chronic power "
              "shortages", "Ministry of Energy and Mineral Resources of Jordan", "indirect"),
        quote("security forces and allied fighters had killed more than 1,000 civilians, most of them Alawites, in "
              "coastal areas", "Syrian Observatory for Human Rights", "indirect"),
    ],
    "entities": [
        entity("Damascus", "LOC", "SYR", ["DAMASCUS", "Damascus"]),
        entity("Syria", "LOC", "SYR", ["Syria's", "Syria", "Syrian territory", "the country's"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["interim President Ahmed al-Sharaa", "Sharaa"]),
        entity("People's Assembly of Syria", "ORG", "SYR", ["a new People's Assembly"]),
        entity("Presidential Palace (Damascus)", "LOC", "SYR", ["the presidential palace in Damascus"]),
        entity("constitutional drafting committee of Syria", "ORG", "SYR", ["a committee of legal experts"]),
        entity("Abdul Hamid al-Awak", "PER", "SYR", ["Committee member Abdul Hamid al-Awak"]),
        entity("Syrian Democratic Council", "ORG", "SYR", ["The Syrian Democratic Council", "The council"]),
        entity("Syrian Democratic Forces", "ORG", "SYR", ["the Kurdish-led Syrian Democratic Forces", "SDF"]),
        entity("Government of Syria", "ORG", "SYR", ["the new authorities", "the state", "government in Damascus",
                                                     "the authorities"]),
        entity("Sweida", "LOC", "SYR", ["the southern province of Sweida"]),
        entity("Hikmat al-Hijri", "PER", "SYR", ["Sheikh Hikmat al-Hijri"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israeli warplanes", "the Israeli military"]),
        entity("Dummar", "LOC", "SYR", ["the Dummar district of Damascus"]),
        entity("Palestinian Islamic Jihad", "ORG", "PSE", ["the Palestinian Islamic Jihad militant group"]),
        entity("Israel Katz", "PER", "ISR", ["Defence Minister Israel Katz"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Ministry of Foreign Affairs of Syria", "ORG", "SYR", ["Syria's foreign ministry"]),
        entity("Qatar", "LOC", "QAT", ["Qatar"]),
        entity("Jordan", "LOC", "JOR", ["Jordan", "Jordan's"]),
        entity("Ministry of Energy and Mineral Resources of Jordan", "ORG", "JOR", ["Jordan's energy ministry"]),
        entity("Geir Pedersen", "PER", "UNO", ["U.N. special envoy Geir Pedersen"]),
        entity("Qamishli", "LOC", "SYR", ["the Kurdish-majority city of Qamishli"]),
        entity("protesters in Qamishli", "ORG", "SYR", ["several hundred people"]),
        entity("Syrian Observatory for Human Rights", "ORG", "NGO", ["The Syrian Observatory for Human Rights",
                                                                     "a Britain-based war monitor"]),
        entity("Syrian government security forces", "ORG", "SYR", ["security forces and allied fighters"]),
        entity("Hayat Tahrir al-Sham", "ORG", "SYR", ["Sharaa's Islamist group Hayat Tahrir al-Sham"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Bashar al-Assad"]),
    ],
}

# ---------------------------------------------------------------- hm293-en-02 (Egypt, Patrick Zaki pardoned)
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
ZAKI = actor("Patrick Zaki", "EGY", "CVL")
EGY_COURT = actor("Emergency State Security Court of Egypt", "EGY", "JUD")
BAQER = actor("Mohamed el-Baqer", "EGY", "CVL")
ND_BOARD = actor("Board of Trustees of the National Dialogue", "EGY", "GOV")
EGY_AUTH = actor("Egyptian authorities", "EGY", "GOV")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
TAJANI = actor("Antonio Tajani", "ITA", "GOV")
SHOUKRY = actor("Sameh Shoukry", "EGY", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
AAF_FAMILY = actor("family of Alaa Abd El-Fattah", "EGY", "CVL")
EIPR = actor("Egyptian Initiative for Personal Rights", "EGY", "NGO")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")

X1 = ("CAIRO, July 19 (Reuters) - Egyptian President Abdel Fattah al-Sisi pardoned human rights researcher Patrick "
      "Zaki on Wednesday, a day after a court sentenced him to three years in prison over an article he wrote about "
      "the treatment of Egypt's Coptic Christians.")
X2 = ("Sisi also pardoned human rights lawyer Mohamed el-Baqer and several other detainees, the presidency said in a "
      "statement, following a request from the board of trustees of the National Dialogue.")
X3 = ("Zaki, 32, was taken into custody in the courtroom in the Nile Delta city of Mansoura after Tuesday's verdict "
      "by an emergency state security court, whose rulings cannot be appealed.")
X4 = "His lawyer Hoda Nasrallah said he was expected to be freed from a police station in Mansoura on Thursday."
X5 = '"We waited three and a half years for this moment," his sister told Reuters by phone.'
X6 = ('Italian Prime Minister Giorgia Meloni thanked Sisi for what she called a "very important gesture" and said her '
      'government was ready to fly Zaki to Italy on a state flight.')
X7 = ("Foreign Minister Antonio Tajani said he had spoken with his Egyptian counterpart Sameh Shoukry several times "
      "in recent days.")
X8 = ("Zaki, who had been studying for a master's degree at the University of Bologna, was first arrested in February "
      "2020 at Cairo airport when he flew home for a family visit, and spent 22 months in pre-trial detention.")
X9 = ("The case strained ties between Rome and Cairo, already burdened by the 2016 abduction and killing of Italian "
      "doctoral student Giulio Regeni in the Egyptian capital.")
X10 = ('Amnesty International welcomed the pardon but said Zaki "should never have been arrested in the first place" '
       'and urged Sisi to free thousands of others held for their political views.')
X11 = ("Among them is British-Egyptian activist Alaa Abd El-Fattah, whose family has accused the authorities of "
       "denying him visits by British consular officials.")
X12 = ('The Egyptian Initiative for Personal Rights, where Zaki worked as a researcher, said the case showed that '
       'charges of "spreading false news" were being used to silence critics and demanded that the law be repealed.')
X13 = ("The National Dialogue, which Sisi launched last year, brings together government supporters and some "
       "opposition figures ahead of a presidential election due by early next year.")
X14 = ("Rights groups estimate that tens of thousands of political prisoners are held in Egypt, a figure the "
       "government disputes.")

EN02 = {
    "id": "hm293-en-02", "lang": "en", "url": None, "published": "2023-07-19",
    "title": "Egypt's Sisi pardons researcher Patrick Zaki a day after prison sentence",
    "text": paragraphs([X1, X2], [X3, X4, X5], [X6, X7, X8, X9], [X10, X11, X12], [X13, X14]),
    "events": [
        event("CONCEDE", SISI, ZAKI, X1, date="2023-07-19"),
        event("SANCTION", EGY_COURT, ZAKI, X1, mode="convict", date="2023-07-18"),
        event("CONCEDE", SISI, BAQER, X2),
        event("REQUEST", ND_BOARD, SISI, X2, mode="yield"),
        event("COERCE", EGY_AUTH, ZAKI, X3, mode="arrest", date="2023-07-18", location="Mansoura",
              location_country="EGY"),
        event("SANCTION", EGY_COURT, ZAKI, X3, mode="convict", date="2023-07-18", location="Mansoura",
              location_country="EGY"),
        event("SUPPORT", MELONI, SISI, X6),
        event("AGREE", MELONI, ZAKI, X6),
        event("CONSULT", TAJANI, SHOUKRY, X7),
        event("COERCE", EGY_AUTH, ZAKI, X8, mode="arrest", location="Cairo", location_country="EGY"),
        event("SUPPORT", AMNESTY, SISI, X10),
        event("ACCUSE", AMNESTY, EGY_AUTH, X10, mode="disapprove"),
        event("REQUEST", AMNESTY, SISI, X10, mode="yield"),
        event("ACCUSE", AAF_FAMILY, EGY_AUTH, X11, mode="allege"),
        event("ACCUSE", EIPR, EGY_GOV, X12, mode="allege"),
        event("REQUEST", EIPR, EGY_GOV, X12, mode="change"),
    ],
    "quotes": [
        quote("Sisi also pardoned human rights lawyer Mohamed el-Baqer and several other detainees",
              "Egyptian presidency", "indirect"),
        quote("he was expected to be freed from a police station in Mansoura on Thursday", "Hoda Nasrallah",
              "indirect"),
        quote("We waited three and a half years for this moment", "sister of Patrick Zaki", "direct"),
        quote("very important gesture", "Giorgia Meloni", "direct"),
        quote("her government was ready to fly Zaki to Italy on a state flight", "Giorgia Meloni", "indirect"),
        quote("he had spoken with his Egyptian counterpart Sameh Shoukry several times in recent days",
              "Antonio Tajani", "indirect"),
        quote("should never have been arrested in the first place", "Amnesty International", "direct"),
        quote('Zaki "should never have been arrested in the first place"', "Amnesty International", "indirect"),
        quote("denying him visits by British consular officials", "family of Alaa Abd El-Fattah", "indirect"),
        quote('the case showed that charges of "spreading false news" were being used to silence critics',
              "Egyptian Initiative for Personal Rights", "indirect"),
        quote("spreading false news", "Egyptian Initiative for Personal Rights", "direct"),
        quote("the law be repealed", "Egyptian Initiative for Personal Rights", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["CAIRO", "the Egyptian capital"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Egyptian President Abdel Fattah al-Sisi", "Sisi"]),
        entity("Patrick Zaki", "PER", "EGY", ["human rights researcher Patrick Zaki", "Zaki"]),
        entity("Emergency State Security Court of Egypt", "ORG", "EGY", ["a court",
                                                                         "an emergency state security court"]),
        entity("Egypt", "LOC", "EGY", ["Egypt's", "Egypt"]),
        entity("Mohamed el-Baqer", "PER", "EGY", ["human rights lawyer Mohamed el-Baqer"]),
        entity("Egyptian presidency", "ORG", "EGY", ["the presidency"]),
        entity("Board of Trustees of the National Dialogue", "ORG", "EGY",
               ["the board of trustees of the National Dialogue"]),
        entity("National Dialogue", "ORG", "EGY", ["the National Dialogue", "The National Dialogue"]),
        entity("Nile Delta", "LOC", "EGY", ["the Nile Delta"]),
        entity("Mansoura", "LOC", "EGY", ["Mansoura"]),
        entity("Hoda Nasrallah", "PER", "EGY", ["His lawyer Hoda Nasrallah"]),
        entity("police station in Mansoura", "LOC", "EGY", ["a police station in Mansoura"]),
        entity("sister of Patrick Zaki", "PER", "EGY", ["his sister"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Italian Prime Minister Giorgia Meloni"]),
        entity("Government of Italy", "ORG", "ITA", ["her government", "Rome"]),
        entity("Italy", "LOC", "ITA", ["Italy"]),
        entity("Antonio Tajani", "PER", "ITA", ["Foreign Minister Antonio Tajani"]),
        entity("Sameh Shoukry", "PER", "EGY", ["his Egyptian counterpart Sameh Shoukry"]),
        entity("University of Bologna", "ORG", "ITA", ["the University of Bologna"]),
        entity("Cairo International Airport", "LOC", "EGY", ["Cairo airport"]),
        entity("Government of Egypt", "ORG", "EGY", ["Cairo", "the government"]),
        entity("Giulio Regeni", "PER", "ITA", ["Italian doctoral student Giulio Regeni"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Alaa Abd El-Fattah", "PER", "EGY", ["British-Egyptian activist Alaa Abd El-Fattah"]),
        entity("family of Alaa Abd El-Fattah", "ORG", "EGY", ["whose family"]),
        entity("Egyptian authorities", "ORG", "EGY", ["the authorities"]),
        entity("Egyptian Initiative for Personal Rights", "ORG", "EGY", ["The Egyptian Initiative for Personal Rights"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
