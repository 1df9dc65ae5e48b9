"""Round 341: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm341-de-01: Iran: the judiciary charges the British couple Craig and Lindsay Foreman with espionage after their arrest in Kerman; London summons Iran's ambassador and demands their release, Tehran accuses London of interference (2025-02-18).
- hm341-de-02: Israel: the cabinet dismisses Attorney General Gali Baharav-Miara and the Supreme Court freezes the decision; Levin and Netanyahu accuse her, Lapid condemns, protest and arrests in Jerusalem (2025-08-04).
- hm341-de-03: Syria: after clashes between government troops and the SDF in Aleppo's Sheikh Maqsoud and Ashrafieh, al-Sharaa receives Mazloum Abdi and Abu Qasra declares a ceasefire; Barrack welcomes it, Güler threatens (2025-10-07).
- hm341-de-04: Saudi Arabia: the journalist Turki al-Jasser is executed for treason and terrorism; RSF, CPJ and UN rapporteur Irene Khan condemn the execution and demand releases (2025-06-15).
- hm341-en-01: Lebanon: the Higher Defense Council warns Hamas over the March rocket fire on Israel; army arrests, Salam's threat, Hamas has not handed over suspects, Ortagus praises the army (2025-05-02).
- hm341-en-02: Iran: the Revolutionary Guard seizes the tanker Talara in the Strait of Hormuz; the U.S. 5th Fleet demands its release, the UAE in contact with Tehran, Baghaei accuses the ship (2025-11-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm341-de-01 (Iran, British couple charged)
IRN_JUDICIARY = actor("Judiciary of Iran", "IRN", "JUD")
JAHANGIR = actor("Asghar Jahangir", "IRN", "JUD")
IRN_POLICE = actor("Iranian security forces", "IRN", "COP")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
BAGHAEI = actor("Esmaeil Baghaei", "IRN", "GOV")
CRAIG_FOREMAN = actor("Craig Foreman", "GBR", "CVL")
LINDSAY_FOREMAN = actor("Lindsay Foreman", "GBR", "CVL")
GBR_FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
LAMMY = actor("David Lammy", "GBR", "GOV")
FOREMAN_FAMILY = actor("family of Craig and Lindsay Foreman", "GBR", "CVL")

B1 = "Teheran (dpa) - Die iranische Justiz hat ein in Iran festgehaltenes britisches Ehepaar wegen Spionage angeklagt."
B2 = ("Craig und Lindsay Foreman seien bereits im Januar in der südöstlichen Stadt Kerman festgenommen worden, sagte "
      "Justizsprecher Asghar Dschahangir am Dienstag in Teheran.")
B3 = ("Die beiden hätten unter dem Deckmantel von Touristen in mehreren Provinzen Informationen gesammelt, fügte er "
      "hinzu.")
B4 = ("Das Paar war nach Angaben seiner Familie auf einer Motorradreise um die Welt unterwegs und hatte Iran Ende "
      "Dezember von Armenien aus betreten.")
B5 = "Das britische Außenministerium bestellte noch am Dienstag den iranischen Botschafter in London ein."
B6 = "Außenminister David Lammy forderte die sofortige Freilassung der beiden."
B7 = "„Iran benutzt ausländische Staatsbürger als Faustpfand“, sagte der Labour-Politiker im Unterhaus."
B8 = "„Das ist vollkommen inakzeptabel.“"
B9 = ("Konsularischen Zugang zu dem Paar hat Teheran nach britischen Angaben bislang nicht gewährt.")
B10 = "Die Familie der beiden rief die iranische Führung auf, das Ehepaar umgehend freizulassen."
B11 = ("Lindsay Foremans Sohn Joe Bennett sagte der BBC, seine Mutter und sein Stiefvater seien „keine Spione, "
       "sondern Abenteurer“.")
B12 = ("Außenamtssprecher Ismail Baghai warf London vor, sich in die inneren Angelegenheiten Irans einzumischen.")
B13 = "Der Fall werde ausschließlich nach iranischem Recht behandelt, sagte Baghai."
B14 = "Ein Termin für den Prozess wurde zunächst nicht genannt."
B15 = "Der Fall belastet die ohnehin angespannten Beziehungen zwischen London und Teheran zusätzlich."

DE01 = {
    "id": "hm341-de-01", "lang": "de", "url": None, "published": "2025-02-18",
    "title": "Iran klagt britisches Ehepaar wegen Spionage an",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11], [B12, B13, B14, B15]),
    "events": [
        event("ACCUSE", IRN_JUDICIARY, CRAIG_FOREMAN, B1, mode="allege"),
        event("ACCUSE", IRN_JUDICIARY, LINDSAY_FOREMAN, B1, mode="allege"),
        event("COERCE", IRN_POLICE, CRAIG_FOREMAN, B2, mode="arrest", location="Kerman", location_country="IRN"),
        event("COERCE", IRN_POLICE, LINDSAY_FOREMAN, B2, mode="arrest", location="Kerman", location_country="IRN"),
        event("ACCUSE", JAHANGIR, CRAIG_FOREMAN, B3, mode="allege"),
        event("ACCUSE", JAHANGIR, LINDSAY_FOREMAN, B3, mode="allege"),
        event("ACCUSE", GBR_FCDO, IRN_GOV, B5, mode="disapprove", date="2025-02-18", location="London",
              location_country="GBR"),
        event("REQUEST", LAMMY, IRN_GOV, B6, mode="yield"),
        event("ACCUSE", LAMMY, IRN_GOV, B7, mode="disapprove", location="London", location_country="GBR"),
        event("ACCUSE", LAMMY, IRN_GOV, B8, mode="disapprove"),
        event("RETREAT", IRN_GOV, GBR_GOV, B9, mode="access", negated=True),
        event("REQUEST", FOREMAN_FAMILY, IRN_GOV, B10, mode="yield"),
        event("ACCUSE", BAGHAEI, GBR_GOV, B12, mode="disapprove"),
    ],
    "quotes": [
        quote("Craig und Lindsay Foreman seien bereits im Januar in der südöstlichen Stadt Kerman festgenommen worden",
              "Asghar Jahangir", "indirect"),
        quote("Die beiden hätten unter dem Deckmantel von Touristen in mehreren Provinzen Informationen gesammelt",
              "Asghar Jahangir", "indirect"),
        quote(B4, "family of Craig and Lindsay Foreman", "indirect"),
        quote("Iran benutzt ausländische Staatsbürger als Faustpfand", "David Lammy", "direct"),
        quote("Das ist vollkommen inakzeptabel", "David Lammy", "direct"),
        quote(B9, "Foreign, Commonwealth and Development Office", "indirect"),
        quote("keine Spione, sondern Abenteurer", "Joe Bennett", "direct"),
        quote("seine Mutter und sein Stiefvater seien „keine Spione, sondern Abenteurer“", "Joe Bennett", "indirect"),
        quote("sich in die inneren Angelegenheiten Irans einzumischen", "Esmaeil Baghaei", "indirect"),
        quote("Der Fall werde ausschließlich nach iranischem Recht behandelt", "Esmaeil Baghaei", "indirect"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Iran", "LOC", "IRN", ["Iran", "Irans"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["Die iranische Justiz"]),
        entity("Craig Foreman", "PER", "GBR", ["Craig und Lindsay Foreman", "sein Stiefvater"]),
        entity("Lindsay Foreman", "PER", "GBR", ["Lindsay Foreman", "Lindsay Foremans", "seine Mutter"]),
        entity("Kerman", "LOC", "IRN", ["der südöstlichen Stadt Kerman"]),
        entity("Asghar Jahangir", "PER", "IRN", ["Justizsprecher Asghar Dschahangir"]),
        entity("family of Craig and Lindsay Foreman", "PER", "GBR", ["seiner Familie", "Die Familie der beiden"]),
        entity("Armenia", "LOC", "ARM", ["Armenien"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["Das britische Außenministerium"]),
        entity("Ambassador of Iran to the United Kingdom", "PER", "IRN", ["den iranischen Botschafter in London"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("David Lammy", "PER", "GBR", ["Außenminister David Lammy", "der Labour-Politiker"]),
        entity("Labour Party", "ORG", "GBR", ["Labour"]),
        entity("House of Commons", "ORG", "GBR", ["Unterhaus"]),
        entity("Government of Iran", "ORG", "IRN", ["die iranische Führung"]),
        entity("Joe Bennett", "PER", "GBR", ["Sohn Joe Bennett"]),
        entity("BBC", "ORG", "GBR", ["BBC"]),
        entity("Esmaeil Baghaei", "PER", "IRN", ["Außenamtssprecher Ismail Baghai", "Baghai"]),
    ],
}

# ---------------------------------------------------------------- hm341-de-02 (Israel, attorney general dismissed)
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
BAHARAV_MIARA = actor("Gali Baharav-Miara", "ISR", "JUD")
LEVIN = actor("Yariv Levin", "ISR", "GOV")
ISR_SUPREME_COURT = actor("Supreme Court of Israel", "ISR", "JUD")
ISR_OPPOSITION = actor("Israeli opposition parties", "ISR", "OPP")
MQG = actor("Movement for Quality Government in Israel", "ISR", "NGO")
LAPID = actor("Yair Lapid", "ISR", "OPP")
ISR_PROTESTERS = actor("protesters in Jerusalem", "ISR", "CVL")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
HERZOG = actor("Isaac Herzog", "ISR", "GOV")

C1 = "Jerusalem (dpa) - Die israelische Regierung hat Generalstaatsanwältin Gali Baharav-Miara abgesetzt."
C2 = "Das Kabinett stimmte am Montag in Jerusalem einstimmig für ihre Entlassung."
C3 = ("Justizminister Jariv Levin, der das Verfahren angestoßen hatte, warf der Juristin vor, die Arbeit der Regierung "
      "systematisch zu behindern.")
C4 = ("„Eine Rechtsberaterin, die gegen die gewählte Regierung arbeitet, kann nicht im Amt bleiben“, sagte der "
      "Minister.")
C5 = ("Oppositionsparteien und die Bewegung für Qualitätsregierung reichten noch während der Sitzung Eilanträge "
      "gegen die Absetzung ein.")
C6 = "Nur wenige Stunden später setzte das Oberste Gericht die Entscheidung vorläufig aus."
C7 = "Bis zu einer Anhörung bleibe Baharav-Miara im Amt, hieß es in der Verfügung der Richter."
C8 = "Baharav-Miara lehnte es ab, ihr Büro zu räumen."
C9 = "Oppositionsführer Jair Lapid sprach von einem „Putsch gegen den Rechtsstaat“."
C10 = ("Vor der Residenz von Ministerpräsident Benjamin Netanjahu in Jerusalem demonstrierten am Abend Tausende "
       "Menschen gegen die Absetzung.")
C11 = "Die Polizei nahm sechs Demonstranten fest, die eine Straßensperre durchbrochen hatten."
C12 = ("Netanjahu warf der Generalstaatsanwältin vor, die Korruptionsverfahren gegen ihn aus politischen Gründen "
       "voranzutreiben.")
C13 = "Ihr Büro vertritt in dem seit 2020 laufenden Prozess gegen den Regierungschef die Anklage."
C14 = "Präsident Izchak Herzog forderte die Regierung auf, die Entscheidung des Gerichts zu respektieren."
C15 = "„Niemand steht über dem Gesetz, auch kein Kabinett“, sagte er."

DE02 = {
    "id": "hm341-de-02", "lang": "de", "url": None, "published": "2025-08-04",
    "title": "Israels Regierung setzt Generalstaatsanwältin ab - Gericht stoppt Entlassung",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11], [C12, C13], [C14, C15]),
    "events": [
        event("SANCTION", ISR_GOV, BAHARAV_MIARA, C1, mode="expel"),
        event("SANCTION", ISR_GOV, BAHARAV_MIARA, C2, mode="expel", date="2025-08-04", location="Jerusalem",
              location_country="ISR"),
        event("ACCUSE", LEVIN, BAHARAV_MIARA, C3, mode="disapprove"),
        event("ACCUSE", LEVIN, BAHARAV_MIARA, C4, mode="disapprove"),
        event("ACCUSE", ISR_OPPOSITION, ISR_GOV, C5, mode="allege"),
        event("ACCUSE", MQG, ISR_GOV, C5, mode="allege"),
        event("COERCE", ISR_SUPREME_COURT, ISR_GOV, C6, mode="restrict"),
        event("REJECT", BAHARAV_MIARA, ISR_GOV, C8, mode="yield"),
        event("ACCUSE", LAPID, ISR_GOV, C9, mode="disapprove"),
        event("PROTEST", ISR_PROTESTERS, ISR_GOV, C10, mode="demo", date="2025-08-04", location="Jerusalem",
              location_country="ISR"),
        event("COERCE", ISR_POLICE, ISR_PROTESTERS, C11, mode="arrest", location="Jerusalem", location_country="ISR"),
        event("ACCUSE", NETANYAHU, BAHARAV_MIARA, C12, mode="disapprove"),
        event("REQUEST", HERZOG, ISR_GOV, C14, mode="change"),
    ],
    "quotes": [
        quote("die Arbeit der Regierung systematisch zu behindern", "Yariv Levin", "indirect"),
        quote("Eine Rechtsberaterin, die gegen die gewählte Regierung arbeitet, kann nicht im Amt bleiben", "Yariv Levin",
              "direct"),
        quote("Bis zu einer Anhörung bleibe Baharav-Miara im Amt", "Supreme Court of Israel", "indirect"),
        quote("Putsch gegen den Rechtsstaat", "Yair Lapid", "direct"),
        quote("die Korruptionsverfahren gegen ihn aus politischen Gründen voranzutreiben", "Benjamin Netanyahu",
              "indirect"),
        quote("Niemand steht über dem Gesetz, auch kein Kabinett", "Isaac Herzog", "direct"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Government of Israel", "ORG", "ISR", ["Die israelische Regierung", "Das Kabinett", "der Regierung",
                                                      "die gewählte Regierung", "die Regierung", "kein Kabinett"]),
        entity("Gali Baharav-Miara", "PER", "ISR", ["Generalstaatsanwältin Gali Baharav-Miara",
                                                    "der Juristin", "Baharav-Miara", "der Generalstaatsanwältin",
                                                    "Eine Rechtsberaterin"]),
        entity("Yariv Levin", "PER", "ISR", ["Justizminister Jariv Levin", "der Minister"]),
        entity("Israeli opposition parties", "ORG", "ISR", ["Oppositionsparteien"]),
        entity("Movement for Quality Government in Israel", "ORG", "ISR", ["die Bewegung für Qualitätsregierung"]),
        entity("Supreme Court of Israel", "ORG", "ISR", ["das Oberste Gericht", "der Richter", "des Gerichts"]),
        entity("Yair Lapid", "PER", "ISR", ["Oppositionsführer Jair Lapid"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "Netanjahu",
                                                    "den Regierungschef"]),
        entity("protesters in Jerusalem", "PER", "ISR", ["Tausende Menschen", "sechs Demonstranten"]),
        entity("Israel Police", "ORG", "ISR", ["Die Polizei"]),
        entity("Isaac Herzog", "PER", "ISR", ["Präsident Izchak Herzog"]),
    ],
}

# ---------------------------------------------------------------- hm341-de-03 (Syria, Aleppo clashes and ceasefire)
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
SYR_ARMY = actor("Syrian Army", "SYR", "MIL")
SYR_MOD = actor("Ministry of Defense of Syria", "SYR", "GOV")
SDF = actor("Syrian Democratic Forces", "SYR", "REB")
ABDI = actor("Mazloum Abdi", "SYR", "REB")
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
ABU_QASRA = actor("Murhaf Abu Qasra", "SYR", "GOV")
BARRACK = actor("Tom Barrack", "USA", "GOV")
COOPER = actor("Brad Cooper", "USA", "MIL")
GULER = actor("Yaşar Güler", "TUR", "GOV")

D1 = ("Damaskus (dpa) - Nach schweren Gefechten in der nordsyrischen Stadt Aleppo haben sich die syrische Regierung "
      "und die kurdisch angeführten Demokratischen Kräfte Syriens (SDF) auf eine Waffenruhe geeinigt.")
D2 = ("Regierungstruppen und SDF-Kämpfer hatten sich am Montagabend in den überwiegend kurdischen Vierteln Scheich "
      "Maksud und Aschrafija stundenlange Feuergefechte geliefert.")
D3 = ("Dabei wurden nach Angaben der staatlichen Nachrichtenagentur Sana ein Soldat und ein Zivilist getötet.")
D4 = ("Das Verteidigungsministerium warf den SDF vor, Stellungen der Armee am Rande der Viertel mit Drohnen und "
      "Mörsergranaten angegriffen zu haben.")
D5 = "Die SDF wiesen das zurück."
D6 = ("Regierungstruppen hätten die Viertel mit Panzern abgeriegelt und Wohnhäuser beschossen, erklärte das "
      "Medienzentrum der Miliz.")
D7 = "Am Dienstag empfing Präsident Ahmed al-Scharaa SDF-Kommandeur Mazlum Abdi in Damaskus."
D8 = ("An dem Treffen nahmen auch der US-Sondergesandte Tom Barrack und der Kommandeur des US-Zentralkommandos, "
      "Admiral Brad Cooper, teil.")
D9 = ("Verteidigungsminister Murhaf Abu Kasra verkündete anschließend eine „umfassende Waffenruhe“ an allen Fronten "
      "im Norden und Nordosten des Landes.")
D10 = "Die Armee werde alle Angriffe einstellen, solange die andere Seite dies ebenfalls tue, sagte er."
D11 = "Abdi sagte zu, die Feuerpause einzuhalten, und sprach von einem „ersten Schritt zur Deeskalation“."
D12 = ("Beide Seiten vereinbarten zudem, die stockende Umsetzung des im März unterzeichneten Abkommens über die "
       "Eingliederung der SDF in die staatlichen Institutionen zu beschleunigen.")
D13 = "Barrack begrüßte die Einigung und rief Damaskus und die SDF auf, die Waffenruhe strikt einzuhalten."
D14 = ("Der türkische Verteidigungsminister Yaşar Güler drohte dagegen mit einem militärischen Eingreifen, sollte die "
       "Kurdenmiliz ihre Kämpfer nicht entwaffnen.")
D15 = "„Unsere Geduld ist nicht unbegrenzt“, sagte Güler in Ankara."
D16 = "Ankara betrachtet die SDF als Ableger der verbotenen kurdischen Arbeiterpartei PKK."

DE03 = {
    "id": "hm341-de-03", "lang": "de", "url": None, "published": "2025-10-07",
    "title": "Waffenruhe nach Gefechten zwischen Armee und Kurden in Aleppo",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9, D10], [D11, D12, D13], [D14, D15, D16]),
    "events": [
        event("AGREE", SYR_GOV, SDF, D1),
        event("ASSAULT", SYR_ARMY, SDF, D2, mode="firearms", date="2025-10-06", location="Aleppo",
              location_country="SYR"),
        event("ASSAULT", SDF, SYR_ARMY, D2, mode="firearms", date="2025-10-06", location="Aleppo",
              location_country="SYR"),
        event("ACCUSE", SYR_MOD, SDF, D4, mode="allege"),
        event("ACCUSE", SDF, SYR_ARMY, D6, mode="allege"),
        event("CONSULT", ABDI, SHARAA, D7, mode="visit", date="2025-10-07", location="Damaskus",
              location_country="SYR"),
        event("CONSULT", BARRACK, SHARAA, D8, mode="visit", location="Damaskus", location_country="SYR"),
        event("CONSULT", COOPER, SHARAA, D8, mode="visit", location="Damaskus", location_country="SYR"),
        event("CONCEDE", ABU_QASRA, None, D9),
        event("AGREE", ABDI, SYR_GOV, D11),
        event("AGREE", SYR_GOV, SDF, D12),
        event("AGREE", SDF, SYR_GOV, D12),
        event("SUPPORT", BARRACK, SYR_GOV, D13),
        event("SUPPORT", BARRACK, SDF, D13),
        event("REQUEST", BARRACK, SYR_GOV, D13),
        event("REQUEST", BARRACK, SDF, D13),
        event("THREATEN", GULER, SDF, D14, mode="violence"),
        event("THREATEN", GULER, SDF, D15, location="Ankara", location_country="TUR"),
    ],
    "quotes": [
        quote(D3, "SANA", "indirect"),
        quote("Stellungen der Armee am Rande der Viertel mit Drohnen und Mörsergranaten angegriffen zu haben",
              "Ministry of Defense of Syria", "indirect"),
        quote("Regierungstruppen hätten die Viertel mit Panzern abgeriegelt und Wohnhäuser beschossen",
              "SDF Media Center", "indirect"),
        quote("umfassende Waffenruhe", "Murhaf Abu Qasra", "direct"),
        quote("Die Armee werde alle Angriffe einstellen, solange die andere Seite dies ebenfalls tue", "Murhaf Abu Qasra",
              "indirect"),
        quote("ersten Schritt zur Deeskalation", "Mazloum Abdi", "direct"),
        quote("Unsere Geduld ist nicht unbegrenzt", "Yaşar Güler", "direct"),
    ],
    "entities": [
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Aleppo", "LOC", "SYR", ["der nordsyrischen Stadt Aleppo"]),
        entity("Government of Syria", "ORG", "SYR", ["die syrische Regierung"]),
        entity("Syrian Democratic Forces", "ORG", "SYR", ["die kurdisch angeführten Demokratischen Kräfte Syriens (SDF)",
                                                          "SDF", "der Miliz", "die Kurdenmiliz"]),
        entity("Syrian Army", "ORG", "SYR", ["Regierungstruppen", "der Armee", "Die Armee"]),
        entity("Sheikh Maqsoud", "LOC", "SYR", ["Scheich Maksud"]),
        entity("Ashrafieh", "LOC", "SYR", ["Aschrafija"]),
        entity("SANA", "ORG", "SYR", ["der staatlichen Nachrichtenagentur Sana"]),
        entity("Ministry of Defense of Syria", "ORG", "SYR", ["Das Verteidigungsministerium"]),
        entity("SDF Media Center", "ORG", "SYR", ["das Medienzentrum der Miliz"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Präsident Ahmed al-Scharaa"]),
        entity("Mazloum Abdi", "PER", "SYR", ["SDF-Kommandeur Mazlum Abdi", "Abdi"]),
        entity("Tom Barrack", "PER", "USA", ["der US-Sondergesandte Tom Barrack", "Barrack"]),
        entity("Brad Cooper", "PER", "USA", ["der Kommandeur des US-Zentralkommandos, Admiral Brad Cooper"]),
        entity("United States Central Command", "ORG", "USA", ["US-Zentralkommandos"]),
        entity("Murhaf Abu Qasra", "PER", "SYR", ["Verteidigungsminister Murhaf Abu Kasra"]),
        entity("Syria", "LOC", "SYR", ["des Landes"]),
        entity("Yaşar Güler", "PER", "TUR", ["Der türkische Verteidigungsminister Yaşar Güler", "Güler"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("PKK", "ORG", "TUR", ["der verbotenen kurdischen Arbeiterpartei PKK"]),
    ],
}

# ---------------------------------------------------------------- hm341-de-04 (Saudi Arabia, journalist executed)
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
SAU_INTERIOR = actor("Ministry of Interior of Saudi Arabia", "SAU", "GOV")
SAU_POLICE = actor("Saudi security forces", "SAU", "COP")
JASSER = actor("Turki al-Jasser", "SAU", "CVL")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
BRUTTIN = actor("Thibaut Bruttin", "NGO", "NGO")
CPJ = actor("Committee to Protect Journalists", "NGO", "NGO")
IRENE_KHAN = actor("Irene Khan", "UNO", "IGO")
UN = actor("United Nations", "UNO", "IGO")

E1 = "Riad (dpa) - Saudi-Arabien hat einen seit mehr als sieben Jahren inhaftierten Journalisten hingerichtet."
E2 = ("Turki al-Dschasser sei am Samstag wegen Hochverrats und Terrorunterstützung hingerichtet worden, teilte das "
      "Innenministerium in Riad mit.")
E3 = ("Der Journalist habe mit Personen im Ausland kommuniziert, um die Sicherheit des Königreichs zu gefährden, hieß "
      "es in der Erklärung.")
E4 = "Al-Dschasser war im März 2018 bei einer Durchsuchung seines Hauses festgenommen worden."
E5 = ("Menschenrechtlern zufolge soll er ein anonymes Konto auf der Plattform X betrieben haben, auf dem über "
      "Korruption in der Königsfamilie berichtet wurde.")
E6 = ("Die Organisation Reporter ohne Grenzen (RSF) warf der Führung in Riad vor, einen unbequemen Kritiker zum "
      "Schweigen gebracht zu haben.")
E7 = "„Mit dieser Hinrichtung hat Riad jede Grenze überschritten“, sagte RSF-Generaldirektor Thibaut Bruttin in Paris."
E8 = "„Kein Journalist darf für seine Arbeit mit dem Leben bezahlen.“"
E9 = "Bruttin forderte die Vereinten Nationen auf, den Fall unabhängig untersuchen zu lassen."
E10 = "Auch das Komitee zum Schutz von Journalisten (CPJ) verurteilte die Hinrichtung."
E11 = ("Sie sei ein „Akt der Einschüchterung“ gegenüber allen kritischen Stimmen im Land, erklärte die Organisation in "
       "New York.")
E12 = "Die UN-Sonderberichterstatterin für Meinungsfreiheit, Irene Khan, nannte das Urteil „zutiefst schockierend“."
E13 = "Sie rief die saudischen Behörden auf, alle inhaftierten Journalisten und Blogger freizulassen."
E14 = "Eine Stellungnahme der saudischen Regierung zu der Kritik gab es zunächst nicht."
E15 = ("Das Königreich hat nach einer Zählung der Nachrichtenagentur AFP in diesem Jahr bereits mehr als 150 Menschen "
       "hingerichtet.")

DE04 = {
    "id": "hm341-de-04", "lang": "de", "url": None, "published": "2025-06-15",
    "title": "Saudi-Arabien richtet Journalisten hin - Kritik von Menschenrechtlern und UN",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8, E9], [E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("ASSAULT", SAU_GOV, JASSER, E1, mode="execute", location_country="SAU"),
        event("ASSAULT", SAU_INTERIOR, JASSER, E2, mode="execute", date="2025-06-14", location_country="SAU"),
        event("ACCUSE", SAU_INTERIOR, JASSER, E3, mode="allege"),
        event("COERCE", SAU_POLICE, JASSER, E4, mode="arrest", location_country="SAU"),
        event("ACCUSE", RSF, SAU_GOV, E6, mode="disapprove"),
        event("ACCUSE", BRUTTIN, SAU_GOV, E7, mode="disapprove", location="Paris", location_country="FRA"),
        event("ACCUSE", BRUTTIN, SAU_GOV, E8, mode="disapprove"),
        event("REQUEST", BRUTTIN, UN, E9),
        event("ACCUSE", CPJ, SAU_GOV, E10, mode="disapprove"),
        event("ACCUSE", CPJ, SAU_GOV, E11, mode="disapprove", location="New York", location_country="USA"),
        event("ACCUSE", IRENE_KHAN, SAU_GOV, E12, mode="disapprove"),
        event("REQUEST", IRENE_KHAN, SAU_GOV, E13, mode="yield"),
    ],
    "quotes": [
        quote("Turki al-Dschasser sei am Samstag wegen Hochverrats und Terrorunterstützung hingerichtet worden",
              "Ministry of Interior of Saudi Arabia", "indirect"),
        quote("Der Journalist habe mit Personen im Ausland kommuniziert, um die Sicherheit des Königreichs zu gefährden",
              "Ministry of Interior of Saudi Arabia", "indirect"),
        quote(E5, "human rights activists", "indirect"),
        quote("einen unbequemen Kritiker zum Schweigen gebracht zu haben", "Reporters Without Borders", "indirect"),
        quote("Mit dieser Hinrichtung hat Riad jede Grenze überschritten", "Thibaut Bruttin", "direct"),
        quote("Kein Journalist darf für seine Arbeit mit dem Leben bezahlen", "Thibaut Bruttin", "direct"),
        quote("Akt der Einschüchterung", "Committee to Protect Journalists", "direct"),
        quote("Sie sei ein „Akt der Einschüchterung“ gegenüber allen kritischen Stimmen im Land",
              "Committee to Protect Journalists", "indirect"),
        quote("zutiefst schockierend", "Irene Khan", "direct"),
    ],
    "entities": [
        entity("Riyadh", "LOC", "SAU", ["Riad"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien", "des Königreichs", "Das Königreich", "im Land"]),
        entity("Turki al-Jasser", "PER", "SAU", ["einen seit mehr als sieben Jahren inhaftierten Journalisten",
                                                 "Turki al-Dschasser", "Der Journalist", "Al-Dschasser",
                                                 "einen unbequemen Kritiker"]),
        entity("Ministry of Interior of Saudi Arabia", "ORG", "SAU", ["das Innenministerium in Riad"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Saudi royal family", "ORG", "SAU", ["der Königsfamilie"]),
        entity("Reporters Without Borders", "ORG", None, ["Die Organisation Reporter ohne Grenzen (RSF)", "RSF"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["der Führung in Riad", "die saudischen Behörden",
                                                            "der saudischen Regierung"]),
        entity("Thibaut Bruttin", "PER", "FRA", ["RSF-Generaldirektor Thibaut Bruttin", "Bruttin"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("United Nations", "ORG", None, ["die Vereinten Nationen"]),
        entity("Committee to Protect Journalists", "ORG", "USA", ["das Komitee zum Schutz von Journalisten (CPJ)",
                                                                  "die Organisation in New York"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Irene Khan", "PER", "BGD", ["Die UN-Sonderberichterstatterin für Meinungsfreiheit, Irene Khan"]),
        entity("AFP", "ORG", "FRA", ["der Nachrichtenagentur AFP"]),
    ],
}
