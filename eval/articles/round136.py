"""Round 136: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm136-de-01: Zimbabwe's security forces flood Harare after war veteran Blessed Geza calls for protests against Mnangagwa (2025-03-31).
- hm136-de-02: A Tunis court sentences presidential candidate Ayachi Zammel to twelve years five days before the election (2024-10-01).
- hm136-de-03: Iran's Revolutionary Guards seize the container ship MSC Aries near the Strait of Hormuz; India, Israel and Germany react (2024-04-13).
- hm136-de-04: After Rubio's visit, Panama's President Mulino drops China's Belt and Road Initiative; Trump threatens, Beijing objects (2025-02-03).
- hm136-en-01: Colombia declares a state of internal unrest in Catatumbo after the ELN offensive; Petro suspends the peace talks (2025-01-20).
- hm136-en-02: The Houthis confirm that an Israeli strike on Sanaa killed their prime minister Ahmed al-Rahawi; vows of revenge (2025-08-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm136-de-01
ZWE_POLICE = actor("Zimbabwe Republic Police", "ZWE", "COP")
ZWE_MIL = actor("Zimbabwe Defence Forces", "ZWE", "MIL")
GEZA = actor("Blessed Geza", "ZWE", "OPP")
MNANGAGWA = actor("Emmerson Mnangagwa", "ZWE", "GOV")
ZWE_PROTESTERS = actor("Zimbabwean protesters", "ZWE", "CVL")
NYATHI = actor("Paul Nyathi", "ZWE", "COP")
GEZA_SUP = actor("Blessed Geza supporters", "ZWE", "OPP")
ZANU_PF = actor("ZANU-PF", "ZWE", "PTY")
MUSWERE = actor("Jenfan Muswere", "ZWE", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
ZWE_GOV = actor("Government of Zimbabwe", "ZWE", "GOV")

Z1 = "In Simbabwe hat ein Protestaufruf gegen Präsident Emmerson Mnangagwa das öffentliche Leben in der Hauptstadt Harare am Montag weitgehend lahmgelegt."
Z2 = "Polizei und Armee patrouillierten mit einem Großaufgebot durch die Innenstadt, die meisten Geschäfte und Schulen blieben geschlossen."
Z3 = "Der Kriegsveteran Blessed Geza hatte die Bevölkerung aufgerufen, auf die Straße zu gehen und den 82-jährigen Staatschef zum Rücktritt zu zwingen."
Z4 = "Geza wirft Mnangagwa vor, sich über das Ende seiner zweiten Amtszeit im Jahr 2028 hinaus an der Macht halten zu wollen."
Z5 = "Nach Angaben der Polizei wurden in Harare und Bulawayo mehrere Menschen festgenommen, die versucht hätten, Proteste zu organisieren."
Z6 = "Polizeisprecher Paul Nyathi sagte, die Sicherheitskräfte würden „jeden Versuch, die öffentliche Ordnung zu stören“, entschlossen unterbinden."
Z7 = "Bereits am Sonntag hatten Polizisten in einem Vorort von Harare Tränengas gegen eine Gruppe von Geza-Anhängern eingesetzt."
Z8 = "Geza war Anfang März aus der Regierungspartei Zanu-PF ausgeschlossen worden, nachdem er Mnangagwa öffentlich Korruption vorgeworfen hatte."
Z9 = "Informationsminister Jenfan Muswere nannte die Protestaufrufe „das Werk von Kriminellen“."
Z10 = "Amnesty International forderte die Behörden auf, das Recht auf friedlichen Protest zu achten und alle Festgenommenen freizulassen."

DE01 = {
    "id": "hm136-de-01", "lang": "de", "url": None, "published": "2025-03-31",
    "title": "Großaufgebot der Sicherheitskräfte nach Protestaufruf in Simbabwe",
    "text": paragraphs([Z1, Z2, Z3, Z4], [Z5, Z6, Z7], [Z8, Z9, Z10]),
    "events": [
        event("MOBILIZE", ZWE_POLICE, None, Z2, mode="police", date="2025-03-31", location="Harare", location_country="ZWE"),
        event("MOBILIZE", ZWE_MIL, None, Z2, mode="troops", date="2025-03-31", location="Harare", location_country="ZWE"),
        event("REQUEST", GEZA, MNANGAGWA, Z3, mode="change"),
        event("ACCUSE", GEZA, MNANGAGWA, Z4, mode="allege"),
        event("COERCE", ZWE_POLICE, ZWE_PROTESTERS, Z5, mode="arrest", location="Harare", location_country="ZWE"),
        event("THREATEN", NYATHI, ZWE_PROTESTERS, Z6),
        event("ASSAULT", ZWE_POLICE, GEZA_SUP, Z7, mode="crowd-control", date="2025-03-30", location="Harare", location_country="ZWE"),
        event("SANCTION", ZANU_PF, GEZA, Z8, mode="expel"),
        event("ACCUSE", GEZA, MNANGAGWA, Z8, mode="allege"),
        event("ACCUSE", MUSWERE, GEZA, Z9, mode="disapprove"),
        event("REQUEST", AMNESTY, ZWE_GOV, Z10, mode="yield"),
    ],
    "quotes": [
        quote("sich über das Ende seiner zweiten Amtszeit im Jahr 2028 hinaus an der Macht halten zu wollen", "Blessed Geza", "indirect"),
        quote("wurden in Harare und Bulawayo mehrere Menschen festgenommen, die versucht hätten, Proteste zu organisieren", "Zimbabwe Republic Police", "indirect"),
        quote("jeden Versuch, die öffentliche Ordnung zu stören", "Paul Nyathi", "direct"),
        quote("die Sicherheitskräfte würden „jeden Versuch, die öffentliche Ordnung zu stören“, entschlossen unterbinden", "Paul Nyathi", "indirect"),
        quote("das Werk von Kriminellen", "Jenfan Muswere", "direct"),
    ],
    "entities": [
        entity("Zimbabwe", "GPE", "ZWE", ["Simbabwe"]),
        entity("Emmerson Mnangagwa", "PER", "ZWE", ["Präsident Emmerson Mnangagwa", "den 82-jährigen Staatschef", "Mnangagwa"]),
        entity("Harare", "LOC", "ZWE", ["der Hauptstadt Harare", "Harare"]),
        entity("Harare city centre", "LOC", "ZWE", ["die Innenstadt"]),
        entity("Zimbabwe Republic Police", "ORG", "ZWE", ["Polizei", "der Polizei", "Polizisten"]),
        entity("Zimbabwe Defence Forces", "ORG", "ZWE", ["Armee"]),
        entity("Zimbabwean security forces", "ORG", "ZWE", ["die Sicherheitskräfte"]),
        entity("Blessed Geza", "PER", "ZWE", ["Der Kriegsveteran Blessed Geza", "Geza", "er"]),
        entity("Zimbabwean population", "ORG", "ZWE", ["die Bevölkerung"]),
        entity("Bulawayo", "LOC", "ZWE", ["Bulawayo"]),
        entity("Zimbabwean protesters", "ORG", "ZWE", ["mehrere Menschen", "alle Festgenommenen"]),
        entity("Paul Nyathi", "PER", "ZWE", ["Polizeisprecher Paul Nyathi"]),
        entity("Harare suburb", "LOC", "ZWE", ["einem Vorort von Harare"]),
        entity("Blessed Geza supporters", "ORG", "ZWE", ["eine Gruppe von Geza-Anhängern"]),
        entity("ZANU-PF", "ORG", "ZWE", ["der Regierungspartei Zanu-PF"]),
        entity("Jenfan Muswere", "PER", "ZWE", ["Informationsminister Jenfan Muswere"]),
        entity("criminals", "ORG", None, ["Kriminellen"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Zimbabwe", "ORG", "ZWE", ["die Behörden"]),
    ],
}

# ---------------------------------------------------------------- hm136-de-02
TUN_COURT = actor("Tunis court", "TUN", "JUD")
ZAMMEL = actor("Ayachi Zammel", "TUN", "OPP")
TUN_POLICE = actor("Tunisian police", "TUN", "COP")
MESSAOUDI = actor("Abdessattar Messaoudi", "TUN", "CVL")
SAIED = actor("Kais Saied", "TUN", "GOV")
ISIE = actor("Independent High Authority for Elections", "TUN", "GOV")
TUN_CANDIDATES = actor("Excluded presidential candidates", "TUN", "OPP")
ADMIN_COURT = actor("Administrative Court of Tunisia", "TUN", "JUD")
TUN_PARL = actor("Assembly of the Representatives of the People", "TUN", "LEG")
TUN_PROTESTERS = actor("Tunisian protesters", "TUN", "CVL")
HRW = actor("Human Rights Watch", "NGO", "NGO")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
NSF = actor("National Salvation Front", "TUN", "OPP")

U1 = "Fünf Tage vor der Präsidentenwahl in Tunesien ist einer der beiden verbliebenen Herausforderer von Staatschef Kais Saied zu zwölf Jahren Haft verurteilt worden."
U2 = "Ein Gericht in Tunis sprach den Unternehmer und Parteichef Ayachi Zammel am Dienstag in vier Verfahren schuldig, Unterstützerunterschriften für seine Kandidatur gefälscht zu haben."
U3 = "Zammel war bereits Anfang September festgenommen worden, steht aber weiterhin auf dem Wahlzettel."
U4 = "Sein Anwalt Abdessattar Messaoudi sprach von einem „politischen Urteil“, mit dem Saied sich eines ernsthaften Konkurrenten entledigen wolle."
U5 = "Man werde Berufung einlegen, kündigte er an."
U6 = "Die Wahlbehörde ISIE hatte nur drei von 17 Bewerbern zugelassen und sich geweigert, drei weitere Kandidaten wieder aufzunehmen, obwohl das Verwaltungsgericht dies angeordnet hatte."
U7 = "Am Freitag entzog das Parlament dem Verwaltungsgericht zudem die Zuständigkeit für Wahlstreitigkeiten."
U8 = "Am Sonntag hatten in Tunis mehrere Tausend Menschen gegen Saied demonstriert und „Freiheit, Freiheit“ gerufen."
U9 = "Human Rights Watch warf den Behörden vor, die Wahl durch die Verfolgung von Kandidaten zu einer Farce zu machen."
U10 = "Die Nationale Heilsfront, ein Oppositionsbündnis um die islamistische Ennahda-Partei, rief zum Boykott der Abstimmung auf."
U11 = "Saied, der seit 2021 weitgehend per Dekret regiert, bewirbt sich um eine zweite Amtszeit."

DE02 = {
    "id": "hm136-de-02", "lang": "de", "url": None, "published": "2024-10-01",
    "title": "Tunesischer Präsidentschaftskandidat zu zwölf Jahren Haft verurteilt",
    "text": paragraphs([U1, U2, U3, U4, U5], [U6, U7, U8], [U9, U10, U11]),
    "events": [
        event("SANCTION", TUN_COURT, ZAMMEL, U1, mode="convict"),
        event("COERCE", TUN_COURT, ZAMMEL, U1, mode="arrest"),
        event("SANCTION", TUN_COURT, ZAMMEL, U2, mode="convict", date="2024-10-01", location="Tunis", location_country="TUN"),
        event("COERCE", TUN_POLICE, ZAMMEL, U3, mode="arrest"),
        event("ACCUSE", MESSAOUDI, SAIED, U4, mode="allege"),
        event("COERCE", ISIE, TUN_CANDIDATES, U6, mode="restrict"),
        event("REJECT", ISIE, ADMIN_COURT, U6, mode="change"),
        event("REQUEST", ADMIN_COURT, ISIE, U6, mode="change"),
        event("COERCE", TUN_PARL, ADMIN_COURT, U7, mode="restrict", date="2024-09-27", location_country="TUN"),
        event("PROTEST", TUN_PROTESTERS, SAIED, U8, mode="demo", date="2024-09-29", location="Tunis", location_country="TUN"),
        event("ACCUSE", HRW, TUN_GOV, U9, mode="allege"),
        event("PROTEST", NSF, TUN_GOV, U10, mode="boycott"),
    ],
    "quotes": [
        quote("politischen Urteil", "Abdessattar Messaoudi", "direct"),
        quote("mit dem Saied sich eines ernsthaften Konkurrenten entledigen wolle", "Abdessattar Messaoudi", "indirect"),
        quote("Man werde Berufung einlegen", "Abdessattar Messaoudi", "indirect"),
        quote("Freiheit, Freiheit", "Tunisian protesters", "direct"),
        quote("die Wahl durch die Verfolgung von Kandidaten zu einer Farce zu machen", "Human Rights Watch", "indirect"),
    ],
    "entities": [
        entity("Tunisia", "GPE", "TUN", ["Tunesien"]),
        entity("Kais Saied", "PER", "TUN", ["Staatschef Kais Saied", "Saied", "Saied, der seit 2021 weitgehend per Dekret regiert"]),
        entity("Ayachi Zammel", "PER", "TUN", ["einer der beiden verbliebenen Herausforderer von Staatschef Kais Saied", "den Unternehmer und Parteichef Ayachi Zammel", "Zammel", "Sein", "eines ernsthaften Konkurrenten"]),
        entity("Tunis court", "ORG", "TUN", ["Ein Gericht in Tunis"]),
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Abdessattar Messaoudi", "PER", "TUN", ["Sein Anwalt Abdessattar Messaoudi", "er"]),
        entity("Independent High Authority for Elections", "ORG", "TUN", ["Die Wahlbehörde ISIE"]),
        entity("presidential applicants", "ORG", "TUN", ["17 Bewerbern", "drei weitere Kandidaten", "Kandidaten"]),
        entity("Administrative Court of Tunisia", "ORG", "TUN", ["das Verwaltungsgericht", "dem Verwaltungsgericht"]),
        entity("Assembly of the Representatives of the People", "ORG", "TUN", ["das Parlament"]),
        entity("Tunisian protesters", "ORG", "TUN", ["mehrere Tausend Menschen"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Government of Tunisia", "ORG", "TUN", ["den Behörden"]),
        entity("National Salvation Front", "ORG", "TUN", ["Die Nationale Heilsfront, ein Oppositionsbündnis um die islamistische Ennahda-Partei"]),
        entity("Ennahda", "ORG", "TUN", ["die islamistische Ennahda-Partei"]),
    ],
}

# ---------------------------------------------------------------- hm136-de-03
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
MSC = actor("Mediterranean Shipping Company", "MNC", "BUS")
IND_MFA = actor("Ministry of External Affairs of India", "IND", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
EU = actor("European Union", "EUR", "IGO")
DEU_AA = actor("German Foreign Office", "DEU", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
USA = actor("United States", "USA", "GOV")

I1 = "Die iranischen Revolutionsgarden haben nahe der Straße von Hormus ein Containerschiff mit Verbindungen zu einem israelischen Geschäftsmann in ihre Gewalt gebracht."
I2 = "Kommandos seilten sich am Samstagmorgen von einem Hubschrauber auf das Deck der unter portugiesischer Flagge fahrenden MSC Aries ab, wie auf einem im Internet verbreiteten Video zu sehen war."
I3 = "Das Schiff werde in iranische Hoheitsgewässer gebracht, meldete die staatliche Nachrichtenagentur Irna."
I4 = "Der Frachter wird von der Reederei MSC betrieben und gehört einer Firma, die mit dem israelischen Milliardär Eyal Ofer verbunden ist."
I5 = "An Bord befinden sich 25 Seeleute, darunter 17 Inder."
I6 = "Das indische Außenministerium teilte mit, es stehe mit Teheran in Kontakt, um die Freilassung der indischen Besatzungsmitglieder zu erreichen."
I7 = "Israels Außenminister Israel Katz forderte die Europäische Union auf, die Revolutionsgarden als Terrororganisation einzustufen und Sanktionen gegen Iran zu verhängen."
I8 = "„Das Regime der Ajatollahs ist ein kriminelles Regime, das gegen das Völkerrecht verstößt“, erklärte Katz."
I9 = "Das Auswärtige Amt in Berlin verurteilte die Kaperung als „Akt der Piraterie“ und verlangte die sofortige Freigabe von Schiff und Besatzung."
I10 = "Die Kaperung erfolgte inmitten wachsender Spannungen nach einem Luftangriff auf das iranische Konsulat in Damaskus am 1. April, bei dem zwei Generäle der Revolutionsgarden getötet worden waren."
I11 = "Teheran macht Israel für den Angriff verantwortlich und hat Vergeltung angekündigt."
I12 = "Nach Angaben aus Washington verlegten die USA zusätzliche Kriegsschiffe in die Region, um Israel im Falle eines Angriffs zu schützen."

DE03 = {
    "id": "hm136-de-03", "lang": "de", "url": None, "published": "2024-04-13",
    "title": "Iran kapert Containerschiff nahe der Straße von Hormus",
    "text": paragraphs([I1, I2, I3, I4, I5], [I6, I7, I8, I9], [I10, I11, I12]),
    "events": [
        event("ASSAULT", IRGC, MSC, I1, mode="abduct", location="Strait of Hormuz"),
        event("ASSAULT", IRGC, MSC, I2, mode="abduct", date="2024-04-13", location="Strait of Hormuz"),
        event("CONSULT", IND_MFA, IRAN, I6),
        event("REQUEST", IND_MFA, IRAN, I6, mode="yield"),
        event("REQUEST", KATZ, EU, I7, mode="change"),
        event("ACCUSE", KATZ, IRAN, I8, mode="disapprove"),
        event("ACCUSE", DEU_AA, IRAN, I9, mode="disapprove"),
        event("REQUEST", DEU_AA, IRAN, I9, mode="yield"),
        event("ACCUSE", IRAN, ISRAEL, I11, mode="allege"),
        event("THREATEN", IRAN, ISRAEL, I11, mode="violence"),
        event("MOBILIZE", USA, IRAN, I12, mode="weapons"),
    ],
    "quotes": [
        quote("Das Schiff werde in iranische Hoheitsgewässer gebracht", "Islamic Republic News Agency", "indirect"),
        quote("es stehe mit Teheran in Kontakt, um die Freilassung der indischen Besatzungsmitglieder zu erreichen", "Ministry of External Affairs of India", "indirect"),
        quote("Das Regime der Ajatollahs ist ein kriminelles Regime, das gegen das Völkerrecht verstößt", "Israel Katz", "direct"),
        quote("Akt der Piraterie", "German Foreign Office", "direct"),
        quote("verlegten die USA zusätzliche Kriegsschiffe in die Region, um Israel im Falle eines Angriffs zu schützen", "United States", "indirect"),
    ],
    "entities": [
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Die iranischen Revolutionsgarden", "Kommandos", "die Revolutionsgarden", "der Revolutionsgarden"]),
        entity("Strait of Hormuz", "LOC", None, ["der Straße von Hormus"]),
        entity("MSC Aries", "LOC", "PRT", ["ein Containerschiff mit Verbindungen zu einem israelischen Geschäftsmann", "der unter portugiesischer Flagge fahrenden MSC Aries", "Das Schiff", "Der Frachter", "Schiff"]),
        entity("Eyal Ofer", "PER", "ISR", ["einem israelischen Geschäftsmann", "dem israelischen Milliardär Eyal Ofer"]),
        entity("Islamic Republic News Agency", "ORG", "IRN", ["die staatliche Nachrichtenagentur Irna"]),
        entity("Mediterranean Shipping Company", "ORG", "MNC", ["der Reederei MSC"]),
        entity("shipowner linked to Eyal Ofer", "ORG", None, ["einer Firma, die mit dem israelischen Milliardär Eyal Ofer verbunden ist"]),
        entity("MSC Aries crew", "ORG", None, ["25 Seeleute, darunter 17 Inder", "der indischen Besatzungsmitglieder", "Besatzung"]),
        entity("Indian sailors", "ORG", "IND", ["17 Inder", "der indischen Besatzungsmitglieder"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das indische Außenministerium", "es"]),
        entity("Iran", "GPE", "IRN", ["Teheran", "Iran"]),
        entity("Israel Katz", "PER", "ISR", ["Israels Außenminister Israel Katz", "Katz"]),
        entity("Israel", "GPE", "ISR", ["Israels", "Israel"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Government of Iran", "ORG", "IRN", ["Das Regime der Ajatollahs", "ein kriminelles Regime, das gegen das Völkerrecht verstößt"]),
        entity("German Foreign Office", "ORG", "DEU", ["Das Auswärtige Amt in Berlin"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Iranian consulate in Damascus", "LOC", "SYR", ["das iranische Konsulat in Damaskus"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("IRGC generals killed in Damascus", "PER", "IRN", ["zwei Generäle der Revolutionsgarden"]),
        entity("United States", "GPE", "USA", ["Washington", "die USA"]),
    ],
}

# ---------------------------------------------------------------- hm136-de-04
PANAMA = actor("Panama", "PAN", "GOV")
CHINA = actor("China", "CHN", "GOV")
MULINO = actor("José Raúl Mulino", "PAN", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
PAN_PROTESTERS = actor("Panamanian protesters", "PAN", "CVL")
CHN_MFA = actor("Chinese Foreign Ministry", "CHN", "GOV")

P1 = "Panama steigt nach massivem Druck aus Washington aus der chinesischen Seidenstraßen-Initiative aus."
P2 = "Präsident José Raúl Mulino kündigte am Sonntag nach einem Treffen mit US-Außenminister Marco Rubio in Panama-Stadt an, das 2017 mit Peking unterzeichnete Abkommen nicht zu verlängern."
P3 = "Rubio hatte Mulino nach Angaben des US-Außenministeriums erklärt, der chinesische Einfluss auf den Panamakanal verstoße gegen den Neutralitätsvertrag."
P4 = "Ohne sofortige Änderungen werde Washington „die notwendigen Maßnahmen ergreifen“, um seine Rechte aus dem Vertrag zu schützen, hieß es weiter."
P5 = "Mulino sagte, die Souveränität Panamas über den Kanal stehe „nicht zur Debatte“."
P6 = "US-Präsident Donald Trump hatte wiederholt gedroht, sich den Kanal notfalls auch mit militärischer Gewalt zurückzuholen."
P7 = "Am Sonntag warf er Panama vor, Zusagen gebrochen zu haben, und kündigte „etwas sehr Mächtiges“ an, falls sich daran nichts ändere."
P8 = "In Panama-Stadt protestierten am Sonntag Hunderte Menschen gegen den Besuch Rubios, einige verbrannten US-Flaggen."
P9 = "Chinas Außenministerium erklärte am Montag, Peking habe sich nie in den Betrieb des Kanals eingemischt, und warf Washington vor, „Zwietracht zu säen“."
P10 = "Durch den 1914 eröffneten Kanal wird rund ein Zwanzigstel des weltweiten Seehandels abgewickelt."

DE04 = {
    "id": "hm136-de-04", "lang": "de", "url": None, "published": "2025-02-03",
    "title": "Panama steigt aus Chinas Seidenstraße aus",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7, P8], [P9, P10]),
    "events": [
        event("SANCTION", PANAMA, CHINA, P1, mode="withdraw"),
        event("CONSULT", RUBIO, MULINO, P2, mode="visit", date="2025-02-02", location="Panama City", location_country="PAN"),
        event("SANCTION", MULINO, CHINA, P2, mode="withdraw", date="2025-02-02"),
        event("ACCUSE", RUBIO, CHINA, P3, mode="allege"),
        event("THREATEN", RUBIO, PANAMA, P4),
        event("REJECT", MULINO, USA, P5),
        event("THREATEN", TRUMP, PANAMA, P6, mode="territory"),
        event("ACCUSE", TRUMP, PANAMA, P7, mode="allege", date="2025-02-02"),
        event("THREATEN", TRUMP, PANAMA, P7, date="2025-02-02"),
        event("PROTEST", PAN_PROTESTERS, RUBIO, P8, mode="demo", date="2025-02-02", location="Panama City", location_country="PAN"),
        event("ACCUSE", CHN_MFA, USA, P9, mode="allege", date="2025-02-03"),
    ],
    "quotes": [
        quote("der chinesische Einfluss auf den Panamakanal verstoße gegen den Neutralitätsvertrag", "Marco Rubio", "indirect"),
        quote("die notwendigen Maßnahmen ergreifen", "Marco Rubio", "direct"),
        quote("Ohne sofortige Änderungen werde Washington „die notwendigen Maßnahmen ergreifen“, um seine Rechte aus dem Vertrag zu schützen", "Marco Rubio", "indirect"),
        quote("nicht zur Debatte", "José Raúl Mulino", "direct"),
        quote("die Souveränität Panamas über den Kanal stehe „nicht zur Debatte“", "José Raúl Mulino", "indirect"),
        quote("Zusagen gebrochen zu haben", "Donald Trump", "indirect"),
        quote("etwas sehr Mächtiges", "Donald Trump", "direct"),
        quote("Peking habe sich nie in den Betrieb des Kanals eingemischt", "Chinese Foreign Ministry", "indirect"),
        quote("Zwietracht zu säen", "Chinese Foreign Ministry", "direct"),
    ],
    "entities": [
        entity("Panama", "GPE", "PAN", ["Panama", "Panamas"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Belt and Road Initiative", "ORG", "CHN", ["der chinesischen Seidenstraßen-Initiative"]),
        entity("José Raúl Mulino", "PER", "PAN", ["Präsident José Raúl Mulino", "Mulino"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio", "Rubio", "Rubios"]),
        entity("Panama City", "LOC", "PAN", ["Panama-Stadt"]),
        entity("China", "GPE", "CHN", ["Peking", "Chinas"]),
        entity("Belt and Road memorandum between Panama and China", "ORG", None, ["das 2017 mit Peking unterzeichnete Abkommen"]),
        entity("United States Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("Panama Canal", "LOC", "PAN", ["den Panamakanal", "den Kanal", "des Kanals", "den 1914 eröffneten Kanal"]),
        entity("Panama Canal Neutrality Treaty", "ORG", None, ["den Neutralitätsvertrag", "dem Vertrag"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "er"]),
        entity("Panamanian protesters", "ORG", "PAN", ["Hunderte Menschen", "einige"]),
        entity("Chinese Foreign Ministry", "ORG", "CHN", ["Chinas Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm136-en-01
PETRO = actor("Gustavo Petro", "COL", "GOV")
ELN = actor("National Liberation Army", "COL", "REB")
CAT_RESIDENTS = actor("Catatumbo residents", "COL", "CVL")
COL_MIL = actor("Colombian military", "COL", "MIL")
FRONT33 = actor("33rd Front", "COL", "REB")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
COL_DISPLACED = actor("Displaced Colombians", "COL", "CVL")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
UN_HR_COL = actor("UN Human Rights Office in Colombia", "UNO", "IGO")
VALENCIA = actor("Paloma Valencia", "COL", "OPP")

E1 = "Colombian President Gustavo Petro on Monday declared a state of internal unrest in the northeastern Catatumbo region, where an offensive by ELN guerrillas has killed at least 80 people and forced more than 30,000 to flee their homes."
E2 = "Defence Minister Ivan Velasquez said 5,000 soldiers had been sent to the area, which borders Venezuela."
E3 = "Petro suspended peace talks with the National Liberation Army (ELN) on Friday, accusing the group of committing “war crimes” in Catatumbo."
E4 = "“Whoever chooses war will meet the full force of the state,” Petro wrote on X on Sunday."
E5 = "In a statement, the ELN said its fighters were battling the FARC dissident 33rd Front, which it accused of terrorising the population, and denied targeting civilians."
E6 = "Thousands of displaced people have crowded into stadiums and shelters in the city of Cucuta, while hundreds of others crossed the border into Venezuela."
E7 = "Venezuela's government said it had sent humanitarian aid to the border and offered to work with Bogota against “armed groups”."
E8 = "The U.N. human rights office in Colombia urged the ELN to respect international humanitarian law and allow aid to reach trapped communities."
E9 = "The talks with the ELN, Colombia's largest remaining guerrilla group, began in 2022 and were a centrepiece of Petro's “total peace” policy."
E10 = "Opposition senator Paloma Valencia said the violence showed that the policy had failed."

EN01 = {
    "id": "hm136-en-01", "lang": "en", "url": None, "published": "2025-01-20",
    "title": "Colombia declares state of unrest in Catatumbo as ELN violence displaces thousands",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10]),
    "events": [
        event("COERCE", PETRO, None, E1, mode="martial-law", date="2025-01-20", location="Catatumbo", location_country="COL"),
        event("ASSAULT", ELN, CAT_RESIDENTS, E1, location="Catatumbo", location_country="COL"),
        event("SANCTION", ELN, CAT_RESIDENTS, E1, mode="expel", location="Catatumbo", location_country="COL"),
        event("MOBILIZE", COL_MIL, ELN, E2, mode="troops", location="Catatumbo", location_country="COL"),
        event("SANCTION", PETRO, ELN, E3, mode="discontinue", date="2025-01-17"),
        event("ACCUSE", PETRO, ELN, E3, mode="allege"),
        event("THREATEN", PETRO, ELN, E4, mode="violence", date="2025-01-19"),
        event("ASSAULT", ELN, FRONT33, E5, location="Catatumbo", location_country="COL"),
        event("ACCUSE", ELN, FRONT33, E5, mode="allege"),
        event("AID", VEN_GOV, COL_DISPLACED, E7),
        event("AGREE", VEN_GOV, COL_GOV, E7),
        event("REQUEST", UN_HR_COL, ELN, E8, mode="yield"),
        event("ACCUSE", VALENCIA, PETRO, E10, mode="disapprove"),
    ],
    "quotes": [
        quote("5,000 soldiers had been sent to the area, which borders Venezuela", "Iván Velásquez", "indirect"),
        quote("war crimes", "Gustavo Petro", "direct"),
        quote("Whoever chooses war will meet the full force of the state", "Gustavo Petro", "direct"),
        quote("its fighters were battling the FARC dissident 33rd Front, which it accused of terrorising the population", "National Liberation Army", "indirect"),
        quote("it had sent humanitarian aid to the border and offered to work with Bogota against “armed groups”", "Government of Venezuela", "indirect"),
        quote("armed groups", "Government of Venezuela", "direct"),
        quote("total peace", "Gustavo Petro", "direct"),
        quote("the violence showed that the policy had failed", "Paloma Valencia", "indirect"),
    ],
    "entities": [
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro", "Petro", "Petro's"]),
        entity("Catatumbo", "LOC", "COL", ["the northeastern Catatumbo region", "the area", "Catatumbo"]),
        entity("National Liberation Army", "ORG", "COL", ["ELN guerrillas", "the National Liberation Army (ELN)", "the group", "the ELN", "it", "the ELN, Colombia's largest remaining guerrilla group"]),
        entity("Catatumbo residents", "ORG", "COL", ["at least 80 people", "more than 30,000", "the population", "trapped communities"]),
        entity("Iván Velásquez", "PER", "COL", ["Defence Minister Ivan Velasquez"]),
        entity("Colombian military", "ORG", "COL", ["5,000 soldiers"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "Venezuela's"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Colombia", "GPE", "COL", ["the state", "Colombia's", "Bogota"]),
        entity("ELN fighters", "ORG", "COL", ["its fighters"]),
        entity("33rd Front", "ORG", "COL", ["the FARC dissident 33rd Front"]),
        entity("Displaced Colombians", "ORG", "COL", ["Thousands of displaced people", "hundreds of others"]),
        entity("Cucuta", "LOC", "COL", ["the city of Cucuta"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Venezuela's government"]),
        entity("armed groups", "ORG", None, ["armed groups"]),
        entity("UN Human Rights Office in Colombia", "ORG", "UNO", ["The U.N. human rights office in Colombia"]),
        entity("Paloma Valencia", "PER", "COL", ["Opposition senator Paloma Valencia"]),
    ],
}

# ---------------------------------------------------------------- hm136-en-02
IDF = actor("Israel Defense Forces", "ISR", "MIL")
HOUTHIS = actor("Houthis", "YEM", "REB")
MASHAT = actor("Mahdi al-Mashat", "YEM", "REB")
ISRAEL2 = actor("Israel", "ISR", "GOV")
KATZ2 = actor("Israel Katz", "ISR", "GOV")
HOUTHI_SUP = actor("Houthi supporters", "YEM", "CVL")
USA2 = actor("United States", "USA", "GOV")
YEM_GOV = actor("Government of Yemen", "YEM", "GOV")
IRN_MFA = actor("Iranian Foreign Ministry", "IRN", "GOV")
GRUNDBERG = actor("Hans Grundberg", "UNO", "IGO")

H1 = "Yemen's Houthi movement said on Saturday that the prime minister of its government, Ahmed al-Rahawi, had been killed along with several ministers in an Israeli air strike on the capital Sanaa on Thursday."
H2 = "The Israeli military had said on Thursday that it struck a military target of the Houthi “terrorist regime” in the Sanaa area."
H3 = "“We vow to avenge our martyrs, and the Zionist enemy will pay a heavy price for this crime,” said Mahdi al-Mashat, head of the Houthis' Supreme Political Council, in a televised speech."
H4 = "The group named Mohammed Miftah, Rahawi's deputy, as acting prime minister."
H5 = "Israeli Defence Minister Israel Katz said the Houthi leadership would “pay in full” for the missiles fired at Israel."
H7 = "On Friday, tens of thousands of Houthi supporters rallied in Sanaa, chanting slogans against Israel and the United States."
H8 = "Yemen's internationally recognised government, based in Aden, said the Houthis had dragged the country into a war that served Iran rather than Yemenis."
H9 = "Iran's foreign ministry condemned the killing as a “crime” and a violation of Yemen's sovereignty."
H10 = "U.N. special envoy Hans Grundberg urged all sides to exercise maximum restraint, warning that the escalation endangered efforts to revive the peace process."

EN02 = {
    "id": "hm136-en-02", "lang": "en", "url": None, "published": "2025-08-30",
    "title": "Houthis say Israeli strike killed their prime minister, vow revenge",
    "text": paragraphs([H1, H2, H3, H4], [H5, H7], [H8, H9, H10]),
    "events": [
        event("ASSAULT", IDF, HOUTHIS, H1, mode="aerial", date="2025-08-28", location="Sanaa", location_country="YEM"),
        event("ASSAULT", IDF, HOUTHIS, H2, date="2025-08-28", location="Sanaa", location_country="YEM"),
        event("THREATEN", MASHAT, ISRAEL2, H3, mode="violence"),
        event("THREATEN", KATZ2, HOUTHIS, H5, mode="violence"),
        event("PROTEST", HOUTHI_SUP, ISRAEL2, H7, mode="demo", date="2025-08-29", location="Sanaa", location_country="YEM"),
        event("PROTEST", HOUTHI_SUP, USA2, H7, mode="demo", date="2025-08-29", location="Sanaa", location_country="YEM"),
        event("ACCUSE", YEM_GOV, HOUTHIS, H8, mode="allege"),
        event("ACCUSE", IRN_MFA, ISRAEL2, H9, mode="disapprove"),
        event("REQUEST", GRUNDBERG, None, H10),
    ],
    "quotes": [
        quote("the prime minister of its government, Ahmed al-Rahawi, had been killed along with several ministers in an Israeli air strike on the capital Sanaa on Thursday", "Houthis", "indirect"),
        quote("it struck a military target of the Houthi “terrorist regime” in the Sanaa area", "Israel Defense Forces", "indirect"),
        quote("terrorist regime", "Israel Defense Forces", "direct"),
        quote("We vow to avenge our martyrs, and the Zionist enemy will pay a heavy price for this crime", "Mahdi al-Mashat", "direct"),
        quote("pay in full", "Israel Katz", "direct"),
        quote("the Houthi leadership would “pay in full” for the missiles fired at Israel", "Israel Katz", "indirect"),
        quote("the Houthis had dragged the country into a war that served Iran rather than Yemenis", "Government of Yemen", "indirect"),
        quote("crime", "Iranian Foreign Ministry", "direct"),
        quote("the escalation endangered efforts to revive the peace process", "Hans Grundberg", "indirect"),
    ],
    "entities": [
        entity("Yemen", "GPE", "YEM", ["Yemen's", "the country"]),
        entity("Houthis", "ORG", "YEM", ["Yemen's Houthi movement", "its government", "the Houthi “terrorist regime”", "The group", "the Houthis'", "the Houthis"]),
        entity("Ahmed al-Rahawi", "PER", "YEM", ["the prime minister of its government, Ahmed al-Rahawi", "Rahawi's"]),
        entity("Houthi ministers", "ORG", "YEM", ["several ministers"]),
        entity("Sanaa", "LOC", "YEM", ["the capital Sanaa", "the Sanaa area", "Sanaa"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["The Israeli military", "it"]),
        entity("Israel", "GPE", "ISR", ["Israel", "the Zionist enemy"]),
        entity("Mahdi al-Mashat", "PER", "YEM", ["Mahdi al-Mashat, head of the Houthis' Supreme Political Council"]),
        entity("Supreme Political Council", "ORG", "YEM", ["the Houthis' Supreme Political Council"]),
        entity("Mohammed Miftah", "PER", "YEM", ["Mohammed Miftah, Rahawi's deputy"]),
        entity("Israel Katz", "PER", "ISR", ["Israeli Defence Minister Israel Katz"]),
        entity("Houthi leadership", "ORG", "YEM", ["the Houthi leadership"]),
        entity("Houthi supporters", "ORG", "YEM", ["tens of thousands of Houthi supporters"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("Government of Yemen", "ORG", "YEM", ["Yemen's internationally recognised government, based in Aden"]),
        entity("Aden", "LOC", "YEM", ["Aden"]),
        entity("Iran", "GPE", "IRN", ["Iran", "Iran's"]),
        entity("Yemenis", "ORG", "YEM", ["Yemenis"]),
        entity("Iranian Foreign Ministry", "ORG", "IRN", ["Iran's foreign ministry"]),
        entity("Hans Grundberg", "PER", "UNO", ["U.N. special envoy Hans Grundberg"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
