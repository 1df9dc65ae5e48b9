"""Round 252: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm252-de-01: South Africa: the National Assembly re-elects Ramaphosa after the ANC and the DA agree on a government of national unity; IFP and PA join, Zuma's MK boycotts and alleges fraud, Malema attacks the deal and rejects Ramaphosa's invitation, Ruto and Tinubu congratulate (2024-06-15).
- hm252-de-02: Chile: wildfires in the Valparaíso region kill at least 99; Boric declares a state of catastrophe, curfews and troops, prosecutors investigate arson, an arrest in Villa Alemana, Ripamonti asks for aircraft, Republicans attack the government, Milei offers firefighters, Mexico sends rescuers (2024-02-04).
- hm252-de-03: Iraq: parliament passes the personal status amendment, the amnesty law and the Kirkuk land law in one package; MPs accuse Speaker Mashhadani of a rigged count, walk out and plan a lawsuit, women protest in Baghdad, Sunni parties welcome the amnesty, UNAMI appeals (2025-01-22).
- hm252-de-04: Iran: a revolutionary court in Isfahan sentences rapper Toomaj Salehi to death; his lawyer accuses the court, Berlin and Amnesty demand the verdict be quashed, exiles protest in Berlin, Kanaani rejects interference, the Supreme Court has not yet ruled (2024-04-25).
- hm252-en-01: Brazil: Lula tours flooded Rio Grande do Sul and promises resources; Leite asks for debt relief, troops and firefighters rescue residents, Haddad promises emergency funds, Bolsonaro allies accuse the government, Argentina and Uruguay offer help, looting arrests (2024-05-05).
- hm252-en-02: Mauritius: Jugnauth concedes after Ramgoolam's alliance sweeps the election; Ramgoolam accuses the government of wiretapping, the earlier social media ban and its reversal, Modi calls and invites Ramgoolam, AU observers praise the vote (2024-11-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm252-de-01 (South Africa, Ramaphosa re-elected, GNU)
ZAF_ASSEMBLY = actor("National Assembly of South Africa", "ZAF", "LEG")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
ANC = actor("African National Congress", "ZAF", "PTY")
DA = actor("Democratic Alliance", "ZAF", "PTY")
STEENHUISEN = actor("John Steenhuisen", "ZAF", "PTY")
IFP = actor("Inkatha Freedom Party", "ZAF", "PTY")
PA = actor("Patriotic Alliance", "ZAF", "PTY")
MK = actor("uMkhonto weSizwe party", "ZAF", "OPP")
IEC = actor("Electoral Commission of South Africa", "ZAF", "GOV")
MALEMA = actor("Julius Malema", "ZAF", "OPP")
EFF = actor("Economic Freedom Fighters", "ZAF", "OPP")
RUTO = actor("William Ruto", "KEN", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")

R1 = ("Kapstadt (dpa) - Südafrikas Parlament hat Präsident Cyril Ramaphosa für eine zweite Amtszeit gewählt und "
      "damit den Weg für die erste Koalitionsregierung seit dem Ende der Apartheid frei gemacht.")
R2 = ("Ramaphosa erhielt bei der Abstimmung in der Nacht zum Samstag 283 Stimmen, sein Herausforderer Julius Malema "
      "von der linksradikalen Partei Economic Freedom Fighters (EFF) kam auf 44.")
R3 = ("Wenige Stunden zuvor hatten sich Ramaphosas Afrikanischer Nationalkongress (ANC) und die liberale "
      "Demokratische Allianz (DA) auf eine „Regierung der nationalen Einheit“ geeinigt.")
R4 = ("DA-Chef John Steenhuisen unterzeichnete die Absichtserklärung und sprach von einem „neuen Kapitel“ für "
      "Südafrika.")
R5 = "Auch die Inkatha-Freiheitspartei (IFP) und die Patriotische Allianz schlossen sich dem Bündnis an."
R6 = "Der ANC hatte bei der Wahl Ende Mai erstmals seit 1994 seine absolute Mehrheit verloren."
R7 = ("Die Partei uMkhonto weSizwe (MK) des früheren Präsidenten Jacob Zuma boykottierte die konstituierende "
      "Sitzung in Kapstadt.")
R8 = ("Sie wirft der Wahlkommission vor, das Ergebnis zu ihren Lasten gefälscht zu haben, und war vor dem "
      "Verfassungsgericht mit dem Versuch gescheitert, die Sitzung stoppen zu lassen.")
R9 = ("Malema warf dem ANC vor, mit der DA ein „Bündnis mit dem weißen Monopolkapital“ eingegangen zu sein.")
R10 = "„Das ist keine Regierung der Einheit, das ist Verrat an den Armen“, sagte er im Plenarsaal."
R11 = ("Ramaphosa lud in seiner Dankesrede auch die EFF und die MK-Partei ein, sich an der neuen Regierung zu "
       "beteiligen.")
R12 = "Malema lehnte das Angebot umgehend ab."
R13 = "Kenias Präsident William Ruto und Nigerias Staatschef Bola Tinubu gratulierten Ramaphosa zur Wiederwahl."
R14 = "Die Vereidigung ist für Mittwoch in Pretoria geplant."

DE01 = {
    "id": "hm252-de-01", "lang": "de", "url": None, "published": "2024-06-15",
    "title": "Südafrikas Parlament wählt Ramaphosa erneut zum Präsidenten",
    "text": paragraphs([R1, R2], [R3, R4, R5, R6], [R7, R8, R9, R10], [R11, R12, R13, R14]),
    "events": [
        event("SUPPORT", ZAF_ASSEMBLY, RAMAPHOSA, R1),
        event("AGREE", ANC, DA, R3),
        event("SUPPORT", STEENHUISEN, ANC, R4),
        event("AGREE", IFP, ANC, R5),
        event("AGREE", PA, ANC, R5),
        event("PROTEST", MK, ZAF_ASSEMBLY, R7, mode="boycott", location="Cape Town", location_country="ZAF"),
        event("ACCUSE", MK, IEC, R8, mode="allege"),
        event("ACCUSE", MALEMA, ANC, R9, mode="disapprove"),
        event("AGREE", RAMAPHOSA, EFF, R11),
        event("AGREE", RAMAPHOSA, MK, R11),
        event("REJECT", MALEMA, RAMAPHOSA, R12),
        event("SUPPORT", RUTO, RAMAPHOSA, R13),
        event("SUPPORT", TINUBU, RAMAPHOSA, R13),
    ],
    "quotes": [
        quote("Regierung der nationalen Einheit", "African National Congress", "direct"),
        quote("neuen Kapitel", "John Steenhuisen", "direct"),
        quote("das Ergebnis zu ihren Lasten gefälscht zu haben", "uMkhonto weSizwe party", "indirect"),
        quote("Bündnis mit dem weißen Monopolkapital", "Julius Malema", "direct"),
        quote("mit der DA ein „Bündnis mit dem weißen Monopolkapital“ eingegangen zu sein", "Julius Malema",
              "indirect"),
        quote("Das ist keine Regierung der Einheit, das ist Verrat an den Armen", "Julius Malema", "direct"),
    ],
    "entities": [
        entity("Cape Town", "LOC", "ZAF", ["Kapstadt"]),
        entity("National Assembly of South Africa", "ORG", "ZAF", ["Südafrikas Parlament", "im Plenarsaal"]),
        entity("South Africa", "LOC", "ZAF", ["Südafrika"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Präsident Cyril Ramaphosa", "Ramaphosa", "Ramaphosas"]),
        entity("Julius Malema", "PER", "ZAF", ["sein Herausforderer Julius Malema", "Malema"]),
        entity("Economic Freedom Fighters", "ORG", "ZAF", ["der linksradikalen Partei Economic Freedom Fighters (EFF)",
                                                          "die EFF"]),
        entity("African National Congress", "ORG", "ZAF", ["Afrikanischer Nationalkongress (ANC)", "Der ANC",
                                                           "dem ANC"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["die liberale Demokratische Allianz (DA)", "der DA"]),
        entity("John Steenhuisen", "PER", "ZAF", ["DA-Chef John Steenhuisen"]),
        entity("Inkatha Freedom Party", "ORG", "ZAF", ["die Inkatha-Freiheitspartei (IFP)"]),
        entity("Patriotic Alliance", "ORG", "ZAF", ["die Patriotische Allianz"]),
        entity("uMkhonto weSizwe party", "ORG", "ZAF", ["Die Partei uMkhonto weSizwe (MK)", "die MK-Partei"]),
        entity("Jacob Zuma", "PER", "ZAF", ["des früheren Präsidenten Jacob Zuma"]),
        entity("Electoral Commission of South Africa", "ORG", "ZAF", ["der Wahlkommission"]),
        entity("Constitutional Court of South Africa", "ORG", "ZAF", ["dem Verfassungsgericht"]),
        entity("Kenya", "LOC", "KEN", ["Kenias"]),
        entity("William Ruto", "PER", "KEN", ["Präsident William Ruto"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias"]),
        entity("Bola Tinubu", "PER", "NGA", ["Staatschef Bola Tinubu"]),
        entity("Pretoria", "LOC", "ZAF", ["Pretoria"]),
    ],
}

# ---------------------------------------------------------------- hm252-de-02 (Chile, Valparaíso wildfires)
BORIC = actor("Gabriel Boric", "CHL", "GOV")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
CHL_ARMY = actor("Chilean Army", "CHL", "MIL")
CHL_PROSECUTORS = actor("Public Prosecutor's Office of Chile", "CHL", "JUD")
CARABINEROS = actor("Carabineros de Chile", "CHL", "COP")
ARSON_SUSPECT = actor("arson suspect in Villa Alemana", "CHL", "CVL")
RIPAMONTI = actor("Macarena Ripamonti", "CHL", "GOV")
CHL_REPUBLICANS = actor("Republican Party of Chile", "CHL", "OPP")
MILEI = actor("Javier Milei", "ARG", "GOV")
MEXICO = actor("Mexico", "MEX", "GOV")

V1 = ("Viña del Mar (dpa) - Bei verheerenden Waldbränden in der Region Valparaíso in Chile sind mindestens 99 Menschen "
      "ums Leben gekommen.")
V2 = ("Präsident Gabriel Boric verhängte den Katastrophenzustand über die Region und ordnete eine zweitägige "
      "Staatstrauer an.")
V3 = "In Viña del Mar, Quilpué, Villa Alemana und Limache gilt seit Samstag eine nächtliche Ausgangssperre."
V4 = ("Das Heer schickte mehr als tausend Soldaten in die betroffenen Gebiete, um bei den Löscharbeiten zu helfen und "
      "Plünderungen zu verhindern.")
V5 = "Boric besuchte am Sonntag die zerstörten Hügelviertel von Viña del Mar."
V6 = "„Wir erleben die größte Tragödie seit dem Erdbeben von 2010“, sagte er."
V7 = ("Innenministerin Carolina Tohá sagte, mehrere Brände seien fast gleichzeitig an verschiedenen Stellen "
      "ausgebrochen, was auf Brandstiftung hindeuten könne.")
V8 = "Die Staatsanwaltschaft leitete Ermittlungen wegen vorsätzlicher Brandstiftung ein."
V9 = ("Die Polizei nahm in Villa Alemana einen Mann fest, der verdächtigt wird, mit Feuerwerkskörpern einen Brand "
      "gelegt zu haben.")
V10 = ("Die Bürgermeisterin von Viña del Mar, Macarena Ripamonti, bat die Zentralregierung um zusätzliche "
       "Löschflugzeuge und Notunterkünfte.")
V11 = "„Uns fehlt es an allem“, sagte sie dem Radiosender Cooperativa."
V12 = ("Abgeordnete der rechten Republikanischen Partei warfen der Regierung vor, zu spät und unkoordiniert reagiert "
       "zu haben.")
V13 = "Tohá wies die Kritik zurück und sprach von einem „beispiellosen Einsatz“."
V14 = "Argentiniens Präsident Javier Milei bot die Entsendung von Feuerwehrleuten an."
V15 = "Mexiko schickte nach Angaben seines Außenministeriums ein Team von Rettungskräften und Hilfsgüter."
V16 = "Tausende Häuser wurden zerstört, Hunderte Menschen werden noch vermisst."

DE02 = {
    "id": "hm252-de-02", "lang": "de", "url": None, "published": "2024-02-04",
    "title": "Mindestens 99 Tote bei Waldbränden in Chile",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7, V8, V9], [V10, V11, V12, V13], [V14, V15, V16]),
    "events": [
        event("COERCE", BORIC, None, V2, mode="curfew", location="Valparaíso", location_country="CHL"),
        event("COERCE", CHL_GOV, None, V3, mode="curfew", date="2024-02-03", location="Viña del Mar",
              location_country="CHL"),
        event("MOBILIZE", CHL_ARMY, None, V4, mode="troops"),
        event("ACCUSE", CHL_PROSECUTORS, None, V8, mode="investigate"),
        event("COERCE", CARABINEROS, ARSON_SUSPECT, V9, mode="arrest", location="Villa Alemana",
              location_country="CHL"),
        event("REQUEST", RIPAMONTI, CHL_GOV, V10, mode="assist"),
        event("ACCUSE", CHL_REPUBLICANS, CHL_GOV, V12, mode="disapprove"),
        event("AGREE", MILEI, CHL_GOV, V14),
        event("AID", MEXICO, CHL_GOV, V15),
    ],
    "quotes": [
        quote("Wir erleben die größte Tragödie seit dem Erdbeben von 2010", "Gabriel Boric", "direct"),
        quote("mehrere Brände seien fast gleichzeitig an verschiedenen Stellen ausgebrochen, was auf Brandstiftung "
              "hindeuten könne", "Carolina Tohá", "indirect"),
        quote("Uns fehlt es an allem", "Macarena Ripamonti", "direct"),
        quote("zu spät und unkoordiniert reagiert zu haben", "Republican Party of Chile", "indirect"),
        quote("beispiellosen Einsatz", "Carolina Tohá", "direct"),
    ],
    "entities": [
        entity("Viña del Mar", "LOC", "CHL", ["Viña del Mar"]),
        entity("Valparaíso", "LOC", "CHL", ["der Region Valparaíso", "die Region"]),
        entity("Chile", "LOC", "CHL", ["Chile"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "Boric"]),
        entity("Quilpué", "LOC", "CHL", ["Quilpué"]),
        entity("Villa Alemana", "LOC", "CHL", ["Villa Alemana"]),
        entity("Limache", "LOC", "CHL", ["Limache"]),
        entity("Chilean Army", "ORG", "CHL", ["Das Heer"]),
        entity("Carolina Tohá", "PER", "CHL", ["Innenministerin Carolina Tohá", "Tohá"]),
        entity("Public Prosecutor's Office of Chile", "ORG", "CHL", ["Die Staatsanwaltschaft"]),
        entity("Carabineros de Chile", "ORG", "CHL", ["Die Polizei"]),
        entity("arson suspect in Villa Alemana", "PER", "CHL", ["einen Mann"]),
        entity("Macarena Ripamonti", "PER", "CHL", ["Die Bürgermeisterin von Viña del Mar, Macarena Ripamonti"]),
        entity("Government of Chile", "ORG", "CHL", ["die Zentralregierung", "der Regierung"]),
        entity("Cooperativa", "ORG", "CHL", ["dem Radiosender Cooperativa"]),
        entity("Republican Party of Chile", "ORG", "CHL", ["der rechten Republikanischen Partei"]),
        entity("Argentina", "LOC", "ARG", ["Argentiniens"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("Ministry of Foreign Affairs of Mexico", "ORG", "MEX", ["seines Außenministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm252-de-03 (Iraq, three laws passed in one package)
IRQ_PARLIAMENT = actor("Council of Representatives of Iraq", "IRQ", "LEG")
IRQ_MPS = actor("Iraqi members of parliament", "IRQ", "LEG")
MASHHADANI = actor("Mahmoud al-Mashhadani", "IRQ", "LEG")
IRQ_WOMEN = actor("Iraqi women's rights activists", "IRQ", "NGO")
IRQ_POLICE = actor("Iraqi police", "IRQ", "COP")
SUNNI_PARTIES = actor("Iraqi Sunni parties", "IRQ", "PTY")
IRQ_RIGHTS = actor("human rights organisations", "NGO", "NGO")
IRQ_JUDICIARY = actor("Iraqi judiciary", "IRQ", "JUD")
UNAMI = actor("United Nations Assistance Mission for Iraq", "UNO", "IGO")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")

Q1 = ("Bagdad (AFP) - Das irakische Parlament hat in einer turbulenten Sitzung drei umstrittene Gesetze auf einmal "
      "verabschiedet, darunter eine Änderung des Personenstandsrechts, die Kritikerinnen als Rückschritt für die "
      "Rechte von Frauen bezeichnen.")
Q2 = ("Neben der Reform, die religiösen Instanzen mehr Einfluss auf Ehe- und Erbschaftsfragen gibt, billigten die "
      "Abgeordneten am Dienstag ein Amnestiegesetz und ein Gesetz zur Rückgabe von Land in der Provinz Kirkuk.")
Q3 = ("Die drei Vorhaben waren Forderungen der schiitischen, sunnitischen und kurdischen Blöcke und wurden "
      "gemeinsam zur Abstimmung gestellt.")
Q4 = ("Mehrere Abgeordnete warfen Parlamentspräsident Mahmud al-Maschhadani vor, die Stimmen nicht ordnungsgemäß "
      "gezählt zu haben.")
Q5 = "Etwa zwei Dutzend von ihnen verließen aus Protest den Saal."
Q6 = "„Das war keine Abstimmung, das war ein Tauschgeschäft“, sagte eine unabhängige Abgeordnete."
Q7 = "Eine Gruppe von Parlamentariern kündigte eine Klage vor dem Obersten Bundesgericht gegen das Verfahren an."
Q8 = "Maschhadani verteidigte die Sitzung als „rechtmäßig und transparent“."
Q9 = "Am Mittwoch demonstrierten in Bagdad Dutzende Frauenrechtlerinnen gegen die Reform."
Q10 = "Die Polizei hinderte sie daran, zum Tahrir-Platz zu ziehen."
Q11 = ("Die Änderung öffne die Tür für die Verheiratung von Mädchen, warnte eine der Organisatorinnen.")
Q12 = ("Sunnitische Parteien begrüßten dagegen das Amnestiegesetz, das Tausenden Häftlingen die Freiheit bringen "
       "könnte.")
Q13 = ("Menschenrechtsorganisationen werfen der irakischen Justiz seit Jahren vor, viele Angeklagte auf Grundlage "
       "erzwungener Geständnisse verurteilt zu haben.")
Q14 = ("Die UN-Mission im Irak (Unami) rief die Regierung auf, bei der Umsetzung der Gesetze die Rechte von Frauen "
       "und Kindern zu schützen.")
Q15 = "Ministerpräsident Mohammed Schia al-Sudani äußerte sich zunächst nicht."

DE03 = {
    "id": "hm252-de-03", "lang": "de", "url": None, "published": "2025-01-22",
    "title": "Irakisches Parlament billigt umstrittene Gesetze im Paket",
    "text": paragraphs([Q1, Q2, Q3], [Q4, Q5, Q6, Q7, Q8], [Q9, Q10, Q11, Q12, Q13], [Q14, Q15]),
    "events": [
        event("CONCEDE", IRQ_PARLIAMENT, None, Q2, date="2025-01-21"),
        event("ACCUSE", IRQ_MPS, MASHHADANI, Q4, mode="allege"),
        event("PROTEST", IRQ_MPS, MASHHADANI, Q5, mode="boycott"),
        event("ACCUSE", IRQ_MPS, MASHHADANI, Q7, mode="allege"),
        event("PROTEST", IRQ_WOMEN, IRQ_PARLIAMENT, Q9, mode="demo", date="2025-01-22", location="Baghdad",
              location_country="IRQ"),
        event("COERCE", IRQ_POLICE, IRQ_WOMEN, Q10, mode="restrict", location="Baghdad", location_country="IRQ"),
        event("ACCUSE", IRQ_WOMEN, IRQ_PARLIAMENT, Q11, mode="disapprove"),
        event("SUPPORT", SUNNI_PARTIES, IRQ_PARLIAMENT, Q12),
        event("ACCUSE", IRQ_RIGHTS, IRQ_JUDICIARY, Q13, mode="allege"),
        event("REQUEST", UNAMI, IRQ_GOV, Q14, mode="change"),
    ],
    "quotes": [
        quote("die Stimmen nicht ordnungsgemäß gezählt zu haben", "Iraqi members of parliament", "indirect"),
        quote("Das war keine Abstimmung, das war ein Tauschgeschäft", "independent Iraqi member of parliament",
              "direct"),
        quote("rechtmäßig und transparent", "Mahmoud al-Mashhadani", "direct"),
        quote("Die Änderung öffne die Tür für die Verheiratung von Mädchen", "organiser of the Baghdad protest",
              "indirect"),
        quote("viele Angeklagte auf Grundlage erzwungener Geständnisse verurteilt zu haben",
              "human rights organisations", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Council of Representatives of Iraq", "ORG", "IRQ", ["Das irakische Parlament", "die Abgeordneten",
                                                                    "den Saal"]),
        entity("Kirkuk", "LOC", "IRQ", ["der Provinz Kirkuk"]),
        entity("Iraqi members of parliament", "PER", "IRQ", ["Mehrere Abgeordnete",
                                                             "Eine Gruppe von Parlamentariern"]),
        entity("Mahmoud al-Mashhadani", "PER", "IRQ", ["Parlamentspräsident Mahmud al-Maschhadani", "Maschhadani"]),
        entity("independent Iraqi member of parliament", "PER", "IRQ", ["eine unabhängige Abgeordnete"]),
        entity("Federal Supreme Court of Iraq", "ORG", "IRQ", ["dem Obersten Bundesgericht"]),
        entity("Iraqi women's rights activists", "ORG", "IRQ", ["Dutzende Frauenrechtlerinnen"]),
        entity("Iraqi police", "ORG", "IRQ", ["Die Polizei"]),
        entity("Tahrir Square", "LOC", "IRQ", ["zum Tahrir-Platz"]),
        entity("organiser of the Baghdad protest", "PER", "IRQ", ["eine der Organisatorinnen"]),
        entity("Iraqi Sunni parties", "ORG", "IRQ", ["Sunnitische Parteien"]),
        entity("human rights organisations", "ORG", "NGO", ["Menschenrechtsorganisationen"]),
        entity("Iraqi judiciary", "ORG", "IRQ", ["der irakischen Justiz"]),
        entity("United Nations Assistance Mission for Iraq", "ORG", "UNO", ["Die UN-Mission im Irak (Unami)"]),
        entity("Iraq", "LOC", "IRQ", ["Irak"]),
        entity("Government of Iraq", "ORG", "IRQ", ["die Regierung"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani"]),
    ],
}

# ---------------------------------------------------------------- hm252-de-04 (Iran, death sentence for Toomaj Salehi)
ISF_COURT = actor("Revolutionary Court of Isfahan", "IRN", "JUD")
TOOMAJ = actor("Toomaj Salehi", "IRN", "CVL")
RAISIAN = actor("Amir Raisian", "IRN", "CVL")
IRN_SEC = actor("Iranian security forces", "IRN", "COP")
IRN_JUDICIARY = actor("Iranian judiciary", "IRN", "JUD")
DEU_FFO = actor("Federal Foreign Office", "DEU", "GOV")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
IRN_EXILES = actor("Iranian exiles in Berlin", "IRN", "CVL")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
IRN_SUPREME = actor("Supreme Court of Iran", "IRN", "JUD")

I1 = ("Teheran (dpa) - Ein Revolutionsgericht im Iran hat den regierungskritischen Rapper Tumadsch Salehi zum Tode "
      "verurteilt.")
I2 = ("Das Urteil wegen „Verdorbenheit auf Erden“ sei bereits am Mittwoch ergangen, sagte sein Anwalt Amir Raisian "
      "der Teheraner Zeitung „Shargh“.")
I3 = ("Raisian warf dem Gericht in Isfahan vor, sich über eine frühere Entscheidung des Obersten Gerichtshofs "
      "hinweggesetzt zu haben, der das Verfahren zur Neuverhandlung zurückverwiesen hatte.")
I4 = "„Das Urteil ist juristisch nicht haltbar, wir werden Berufung einlegen“, sagte der Anwalt."
I5 = ("Salehi war im Oktober 2022 während der landesweiten Proteste nach dem Tod der jungen Kurdin Jina Mahsa Amini "
      "festgenommen worden, weil er die Demonstrationen in seinen Songs unterstützt hatte.")
I6 = ("Im November 2023 kam er gegen Kaution frei, wurde aber wenige Tage später erneut festgenommen, nachdem er in "
      "einem Video von Folter in der Haft berichtet hatte.")
I7 = "Die Justiz wirft ihm unter anderem Propaganda gegen den Staat und Aufrufe zu Unruhen vor."
I8 = "Das Auswärtige Amt in Berlin forderte die iranische Führung auf, das Todesurteil umgehend aufzuheben."
I9 = "„Kunst ist kein Verbrechen“, schrieb das Ministerium auf der Plattform X."
I10 = ("Amnesty International sprach von einem „grotesken“ Urteil und verlangte Salehis sofortige und "
       "bedingungslose Freilassung.")
I11 = "Vor der iranischen Botschaft in Berlin demonstrierten am Donnerstag mehrere hundert Exil-Iraner."
I12 = ("Der Sprecher des Außenministeriums in Teheran, Nasser Kanaani, wies die Forderungen als Einmischung in die "
       "inneren Angelegenheiten seines Landes zurück.")
I13 = "Der Oberste Gerichtshof hat das Urteil bislang nicht bestätigt."
I14 = ("Seit den Protesten von 2022 hat die iranische Justiz nach Angaben von Menschenrechtlern Hunderte Menschen "
       "im Zusammenhang mit den Unruhen angeklagt.")

DE04 = {
    "id": "hm252-de-04", "lang": "de", "url": None, "published": "2024-04-25",
    "title": "Iranischer Rapper Tumadsch Salehi zum Tode verurteilt",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10, I11], [I12, I13, I14]),
    "events": [
        event("SANCTION", ISF_COURT, TOOMAJ, I1, mode="convict"),
        event("SANCTION", ISF_COURT, TOOMAJ, I2, mode="convict", date="2024-04-24"),
        event("ACCUSE", RAISIAN, ISF_COURT, I3, mode="allege"),
        event("ACCUSE", RAISIAN, ISF_COURT, I4, mode="disapprove"),
        event("COERCE", IRN_SEC, TOOMAJ, I5, mode="arrest"),
        event("RETREAT", IRN_JUDICIARY, TOOMAJ, I6, mode="release"),
        event("COERCE", IRN_SEC, TOOMAJ, I6, mode="arrest"),
        event("ACCUSE", TOOMAJ, IRN_SEC, I6, mode="allege"),
        event("ACCUSE", IRN_JUDICIARY, TOOMAJ, I7, mode="allege"),
        event("REQUEST", DEU_FFO, IRN_GOV, I8, mode="change"),
        event("ACCUSE", AMNESTY, ISF_COURT, I10, mode="disapprove"),
        event("REQUEST", AMNESTY, IRN_GOV, I10, mode="yield"),
        event("PROTEST", IRN_EXILES, IRN_GOV, I11, mode="demo", date="2024-04-25", location="Berlin",
              location_country="DEU"),
        event("REJECT", KANAANI, DEU_FFO, I12, mode="change"),
        event("SANCTION", IRN_SUPREME, TOOMAJ, I13, mode="convict", negated=True),
    ],
    "quotes": [
        quote("Verdorbenheit auf Erden", "Amir Raisian", "direct"),
        quote("Das Urteil wegen „Verdorbenheit auf Erden“ sei bereits am Mittwoch ergangen", "Amir Raisian",
              "indirect"),
        quote("sich über eine frühere Entscheidung des Obersten Gerichtshofs hinweggesetzt zu haben", "Amir Raisian",
              "indirect"),
        quote("Das Urteil ist juristisch nicht haltbar, wir werden Berufung einlegen", "Amir Raisian", "direct"),
        quote("Kunst ist kein Verbrechen", "Federal Foreign Office", "direct"),
        quote("grotesken", "Amnesty International", "direct"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Revolutionary Court of Isfahan", "ORG", "IRN", ["Ein Revolutionsgericht", "dem Gericht in Isfahan"]),
        entity("Iran", "LOC", "IRN", ["Iran", "seines Landes"]),
        entity("Toomaj Salehi", "PER", "IRN", ["den regierungskritischen Rapper Tumadsch Salehi", "Salehi",
                                               "Salehis"]),
        entity("Amir Raisian", "PER", "IRN", ["sein Anwalt Amir Raisian", "Raisian", "der Anwalt"]),
        entity("Shargh", "ORG", "IRN", ["der Teheraner Zeitung „Shargh“"]),
        entity("Isfahan", "LOC", "IRN", ["Isfahan"]),
        entity("Supreme Court of Iran", "ORG", "IRN", ["des Obersten Gerichtshofs", "Der Oberste Gerichtshof"]),
        entity("Jina Mahsa Amini", "PER", "IRN", ["der jungen Kurdin Jina Mahsa Amini"]),
        entity("Iranian judiciary", "ORG", "IRN", ["Die Justiz", "die iranische Justiz"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Das Auswärtige Amt in Berlin", "das Ministerium"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Government of Iran", "ORG", "IRN", ["die iranische Führung"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Embassy of Iran in Germany", "LOC", "IRN", ["der iranischen Botschaft in Berlin"]),
        entity("Iranian exiles in Berlin", "PER", "IRN", ["mehrere hundert Exil-Iraner"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Der Sprecher des Außenministeriums in Teheran, Nasser Kanaani"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["des Außenministeriums in Teheran"]),
    ],
}

# ---------------------------------------------------------------- hm252-en-01 (Brazil, Rio Grande do Sul floods)
LULA = actor("Luiz Inacio Lula da Silva", "BRA", "GOV")
RS_GOV = actor("Government of Rio Grande do Sul", "BRA", "GOV")
LEITE = actor("Eduardo Leite", "BRA", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
BRA_MIL = actor("Brazilian Armed Forces", "BRA", "MIL")
RS_FIREFIGHTERS = actor("firefighters of Rio Grande do Sul", "BRA", "COP")
RS_RESIDENTS = actor("residents of flooded areas in Rio Grande do Sul", "BRA", "CVL")
HADDAD = actor("Fernando Haddad", "BRA", "GOV")
BRA_OPP = actor("Brazilian opposition lawmakers", "BRA", "LEG")
ARGENTINA = actor("Argentina", "ARG", "GOV")
URUGUAY = actor("Uruguay", "URY", "GOV")
RS_POLICE = actor("Military Police of Rio Grande do Sul", "BRA", "COP")
RS_LOOTERS = actor("looting suspects in Canoas", "BRA", "CVL")

F1 = ('PORTO ALEGRE, Brazil, May 5 (Reuters) - President Luiz Inacio Lula da Silva flew over flooded areas of Rio '
      'Grande do Sul on Sunday and promised the southern state "all the resources needed" as the death toll from a '
      'week of torrential rain rose to 75.')
F2 = ('More than 100 people are missing and some 88,000 have been forced from their homes, the state civil defense '
      'agency said.')
F3 = ('Lula was accompanied by the speakers of both houses of Congress, Arthur Lira and Rodrigo Pacheco, and Supreme '
      'Court Chief Justice Luis Roberto Barroso.')
F4 = ('Governor Eduardo Leite said the state would need a "Marshall Plan" to rebuild and asked Brasilia to suspend '
      'its debt payments to the federal government.')
F5 = '"We are facing the worst disaster in our history," Leite told reporters in Porto Alegre.'
F6 = ('Soldiers, firefighters and volunteers in boats rescued thousands of residents trapped on rooftops in Porto '
      'Alegre, Canoas and other cities over the weekend.')
F7 = 'The armed forces said they had deployed more than 12,000 troops along with helicopters and aircraft.'
F8 = ('Finance Minister Fernando Haddad said the government would issue a decree to release emergency funds outside '
      'the fiscal rules and would study the state\'s request on its debt.')
F9 = ('Opposition lawmakers allied with former President Jair Bolsonaro accused the government of reacting too '
      'slowly, a charge Lula\'s aides rejected.')
F10 = 'Neighbouring Argentina and Uruguay offered to send rescue teams and helicopters.'
F11 = ('Military police arrested at least 10 people suspected of looting abandoned homes in Canoas, the state security '
       'secretariat said.')
F12 = ('The Guaiba river, which runs past Porto Alegre, reached a record level of more than 5 meters on Sunday, '
       'flooding the city\'s historic center and closing its airport.')
F13 = 'Forecasters warned that more rain was expected in the coming days.'

EN01 = {
    "id": "hm252-en-01", "lang": "en", "url": None, "published": "2024-05-05",
    "title": "Lula promises help as Brazil flood death toll rises to 75",
    "text": paragraphs([F1, F2, F3], [F4, F5], [F6, F7, F8, F9, F10], [F11, F12, F13]),
    "events": [
        event("AGREE", LULA, RS_GOV, F1, date="2024-05-05"),
        event("REQUEST", LEITE, BRA_GOV, F4, mode="assist"),
        event("AID", BRA_MIL, RS_RESIDENTS, F6, location="Porto Alegre", location_country="BRA"),
        event("AID", RS_FIREFIGHTERS, RS_RESIDENTS, F6, location="Porto Alegre", location_country="BRA"),
        event("MOBILIZE", BRA_MIL, None, F7, mode="troops"),
        event("AGREE", HADDAD, RS_GOV, F8),
        event("ACCUSE", BRA_OPP, BRA_GOV, F9, mode="disapprove"),
        event("AGREE", ARGENTINA, BRA_GOV, F10),
        event("AGREE", URUGUAY, BRA_GOV, F10),
        event("COERCE", RS_POLICE, RS_LOOTERS, F11, mode="arrest", location="Canoas", location_country="BRA"),
    ],
    "quotes": [
        quote("all the resources needed", "Luiz Inacio Lula da Silva", "direct"),
        quote("More than 100 people are missing and some 88,000 have been forced from their homes",
              "Civil Defense of Rio Grande do Sul", "indirect"),
        quote("Marshall Plan", "Eduardo Leite", "direct"),
        quote('the state would need a "Marshall Plan" to rebuild', "Eduardo Leite", "indirect"),
        quote("We are facing the worst disaster in our history", "Eduardo Leite", "direct"),
        quote("they had deployed more than 12,000 troops along with helicopters and aircraft",
              "Brazilian Armed Forces", "indirect"),
        quote("the government would issue a decree to release emergency funds outside the fiscal rules and would "
              "study the state's request on its debt", "Fernando Haddad", "indirect"),
        quote("Military police arrested at least 10 people suspected of looting abandoned homes in Canoas",
              "Public Security Secretariat of Rio Grande do Sul", "indirect"),
    ],
    "entities": [
        entity("Porto Alegre", "LOC", "BRA", ["PORTO ALEGRE", "Porto Alegre"]),
        entity("Brazil", "LOC", "BRA", ["Brazil"]),
        entity("Luiz Inacio Lula da Silva", "PER", "BRA", ["President Luiz Inacio Lula da Silva", "Lula"]),
        entity("Rio Grande do Sul", "LOC", "BRA", ["Rio Grande do Sul", "the southern state", "the state"]),
        entity("Civil Defense of Rio Grande do Sul", "ORG", "BRA", ["the state civil defense agency"]),
        entity("National Congress of Brazil", "ORG", "BRA", ["both houses of Congress"]),
        entity("Arthur Lira", "PER", "BRA", ["Arthur Lira"]),
        entity("Rodrigo Pacheco", "PER", "BRA", ["Rodrigo Pacheco"]),
        entity("Luis Roberto Barroso", "PER", "BRA", ["Supreme Court Chief Justice Luis Roberto Barroso"]),
        entity("Eduardo Leite", "PER", "BRA", ["Governor Eduardo Leite", "Leite"]),
        entity("Government of Brazil", "ORG", "BRA", ["Brasilia", "the federal government", "the government"]),
        entity("Canoas", "LOC", "BRA", ["Canoas"]),
        entity("Brazilian Armed Forces", "ORG", "BRA", ["The armed forces", "Soldiers"]),
        entity("Fernando Haddad", "PER", "BRA", ["Finance Minister Fernando Haddad"]),
        entity("Brazilian opposition lawmakers", "PER", "BRA", ["Opposition lawmakers"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["former President Jair Bolsonaro"]),
        entity("Argentina", "LOC", "ARG", ["Argentina"]),
        entity("Uruguay", "LOC", "URY", ["Uruguay"]),
        entity("Military Police of Rio Grande do Sul", "ORG", "BRA", ["Military police"]),
        entity("Public Security Secretariat of Rio Grande do Sul", "ORG", "BRA", ["the state security secretariat"]),
        entity("Guaiba river", "LOC", "BRA", ["The Guaiba river"]),
    ],
}

# ---------------------------------------------------------------- hm252-en-02 (Mauritius, Ramgoolam's election landslide)
JUGNAUTH = actor("Pravind Jugnauth", "MUS", "GOV")
RAMGOOLAM = actor("Navin Ramgoolam", "MUS", "OPP")
MUS_GOV = actor("Government of Mauritius", "MUS", "GOV")
MUS_OPP = actor("Mauritian opposition", "MUS", "OPP")
MUS_MEDIA = actor("Mauritian media groups", "MUS", "CVL")
MUS_BUSINESS = actor("Mauritian business associations", "MUS", "BUS")
MODI = actor("Narendra Modi", "IND", "GOV")
AU_OBSERVERS = actor("African Union election observer mission", "IGO", "IGO")
MUS_ESC = actor("Electoral Commission of Mauritius", "MUS", "GOV")

M1 = ('PORT LOUIS, Nov 11 (Reuters) - Mauritian Prime Minister Pravind Jugnauth conceded defeat on Monday after an '
      'opposition alliance led by former premier Navin Ramgoolam swept a parliamentary election overshadowed by a '
      'wiretapping scandal.')
M2 = ('Ramgoolam\'s Alliance du Changement won all 60 seats on the main island in Sunday\'s vote, according to '
      'results published by the electoral commission.')
M3 = '"The people have spoken and I accept their verdict," Jugnauth told reporters in Port Louis.'
M4 = ('He said he would hand over power "in a spirit of responsibility" and wished the incoming government '
      'success.')
M5 = ('Ramgoolam, 77, who has served as prime minister twice before, promised to tackle the rising cost of living '
      'and to "restore the rule of law".')
M6 = ('He accused the outgoing government of spying on politicians, journalists and diplomats, referring to leaked '
      'recordings of private phone calls that circulated on social media during the campaign.')
M7 = ('The leaks, posted by an anonymous account calling itself "Missie Moustass", prompted the government to suspend '
      'access to social media platforms on Nov. 1 until after the vote.')
M8 = ('The government reversed the ban the next day after the opposition, media groups and business associations '
      'objected.')
M9 = 'Jugnauth had said the recordings were doctored using artificial intelligence.'
M10 = ('Indian Prime Minister Narendra Modi telephoned Ramgoolam to congratulate him and invited him to visit India, '
       'Modi\'s office said.')
M11 = 'The African Union\'s observer mission said the vote had been peaceful and well organised.'
M12 = ('Ramgoolam has said he will study the details of the agreement under which Britain is to hand sovereignty over '
       'the Chagos Islands to Mauritius, which Jugnauth\'s government concluded in October.')
M13 = 'The Indian Ocean island nation of 1.3 million people is regarded as one of Africa\'s most stable democracies.'

EN02 = {
    "id": "hm252-en-02", "lang": "en", "url": None, "published": "2024-11-11",
    "title": "Mauritius PM Jugnauth concedes as Ramgoolam's alliance sweeps election",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8, M9], [M10, M11], [M12, M13]),
    "events": [
        event("CONCEDE", JUGNAUTH, RAMGOOLAM, M1, date="2024-11-11"),
        event("CONCEDE", JUGNAUTH, RAMGOOLAM, M3, location="Port Louis", location_country="MUS"),
        event("AGREE", JUGNAUTH, RAMGOOLAM, M4),
        event("ACCUSE", RAMGOOLAM, MUS_GOV, M6, mode="allege"),
        event("COERCE", MUS_GOV, None, M7, mode="censor", date="2024-11-01"),
        event("CONCEDE", MUS_GOV, MUS_OPP, M8),
        event("ACCUSE", MUS_OPP, MUS_GOV, M8, mode="disapprove"),
        event("ACCUSE", MUS_MEDIA, MUS_GOV, M8, mode="disapprove"),
        event("ACCUSE", MUS_BUSINESS, MUS_GOV, M8, mode="disapprove"),
        event("CONSULT", MODI, RAMGOOLAM, M10, mode="phone"),
        event("SUPPORT", MODI, RAMGOOLAM, M10),
        event("AGREE", MODI, RAMGOOLAM, M10),
        event("SUPPORT", AU_OBSERVERS, MUS_ESC, M11),
    ],
    "quotes": [
        quote("The people have spoken and I accept their verdict", "Pravind Jugnauth", "direct"),
        quote("in a spirit of responsibility", "Pravind Jugnauth", "direct"),
        quote('he would hand over power "in a spirit of responsibility"', "Pravind Jugnauth", "indirect"),
        quote("restore the rule of law", "Navin Ramgoolam", "direct"),
        quote("Missie Moustass", "Missie Moustass", "direct"),
        quote("the recordings were doctored using artificial intelligence", "Pravind Jugnauth", "indirect"),
        quote("the vote had been peaceful and well organised", "African Union election observer mission",
              "indirect"),
        quote("he will study the details of the agreement under which Britain is to hand sovereignty over the Chagos "
              "Islands to Mauritius", "Navin Ramgoolam", "indirect"),
    ],
    "entities": [
        entity("Port Louis", "LOC", "MUS", ["PORT LOUIS", "Port Louis"]),
        entity("Pravind Jugnauth", "PER", "MUS", ["Mauritian Prime Minister Pravind Jugnauth", "Jugnauth",
                                                  "Jugnauth's"]),
        entity("Navin Ramgoolam", "PER", "MUS", ["former premier Navin Ramgoolam", "Ramgoolam", "Ramgoolam's"]),
        entity("Alliance du Changement", "ORG", "MUS", ["an opposition alliance", "Alliance du Changement"]),
        entity("Electoral Commission of Mauritius", "ORG", "MUS", ["the electoral commission"]),
        entity("Government of Mauritius", "ORG", "MUS", ["the outgoing government", "the government",
                                                         "The government", "Jugnauth's government"]),
        entity("Missie Moustass", "PER", "MUS", ["an anonymous account calling itself \"Missie Moustass\""]),
        entity("Mauritian opposition", "ORG", "MUS", ["the opposition"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Narendra Modi", "PER", "IND", ["Indian Prime Minister Narendra Modi", "Modi's"]),
        entity("Office of the Prime Minister of India", "ORG", "IND", ["Modi's office"]),
        entity("African Union", "ORG", "IGO", ["The African Union's observer mission"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Chagos Islands", "LOC", None, ["the Chagos Islands"]),
        entity("Mauritius", "LOC", "MUS", ["Mauritius", "The Indian Ocean island nation"]),
        entity("Africa", "LOC", None, ["Africa's"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
