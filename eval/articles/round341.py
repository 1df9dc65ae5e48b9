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
        entity("human rights activists", "PER", None, ["Menschenrechtlern"]),
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

# ---------------------------------------------------------------- hm341-en-01 (Lebanon warns Hamas)
LBN_HDC = actor("Higher Defense Council of Lebanon", "LBN", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
AOUN = actor("Joseph Aoun", "LBN", "GOV")
MUSTAFA = actor("Mohammad al-Mustafa", "LBN", "MIL")
LBN_ARMY = actor("Lebanese Army", "LBN", "MIL")
ROCKET_SUSPECTS = actor("suspects in the March rocket attacks on Israel", "LBN", "REB")
SALAM = actor("Nawaf Salam", "LBN", "GOV")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
ORTAGUS = actor("Morgan Ortagus", "USA", "GOV")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")

F1 = ("BEIRUT (AP) — Lebanon's top security body on Friday warned the Palestinian militant group Hamas against using "
      "Lebanese territory to attack Israel, saying it would take \"the strictest measures\" against anyone who "
      "endangers the country's security.")
F2 = ("The Higher Defense Council, which met under President Joseph Aoun at the presidential palace in Baabda, said "
      "that an investigation had shown Hamas members were involved in two rocket attacks on northern Israel in "
      "March.")
F3 = ("Brig. Gen. Mohammad al-Mustafa, the council's secretary-general, read out the statement and said that the "
      "group would be held responsible for any further attack from Lebanese soil.")
F4 = ("The Lebanese army arrested several suspects, among them Palestinians and Lebanese, after rockets were fired at "
      "the Israeli border town of Metula on March 22 and at Kiryat Shmona on March 28.")
F5 = ("\"We will not allow Lebanon to become a launchpad for other people's wars,\" Aoun said in a statement "
      "released by his office.")
F6 = "\"The decision of war and peace belongs to the Lebanese state alone.\""
F7 = ("Prime Minister Nawaf Salam, who attended the meeting, told reporters that his government expected Hamas to "
      "hand over all suspects \"without delay\" to the judiciary.")
F8 = ("The group has not yet handed over any of the suspects, according to a Lebanese security official who spoke on "
      "condition of anonymity.")
F9 = ("A Hamas official in Beirut said the movement was \"committed to Lebanon's security and stability\" and "
      "would cooperate with the Lebanese authorities.")
F10 = ("Israel has kept up near-daily strikes in southern Lebanon despite the U.S.-brokered ceasefire with Hezbollah "
       "that took effect in November.")
F11 = ("Israeli Defense Minister Israel Katz has threatened to strike Beirut again if rockets are fired at northern "
       "Israel.")
F12 = ("Morgan Ortagus, the deputy U.S. special envoy for the Middle East, praised the Lebanese army for the arrests "
       "and urged Beirut to move faster on disarming armed groups.")
F13 = ("A spokesman for Palestinian President Mahmoud Abbas, Nabil Abu Rudeineh, said that Abbas would visit Beirut "
       "later this month to discuss weapons in the country's Palestinian refugee camps.")

EN01 = {
    "id": "hm341-en-01", "lang": "en", "url": None, "published": "2025-05-02",
    "title": "Lebanon warns Hamas against attacks from its territory",
    "text": paragraphs([F1, F2, F3], [F4], [F5, F6], [F7, F8, F9], [F10, F11, F12], [F13]),
    "events": [
        event("THREATEN", LBN_HDC, HAMAS, F1, date="2025-05-02"),
        event("ACCUSE", LBN_HDC, HAMAS, F2, mode="allege", location="Baabda", location_country="LBN"),
        event("THREATEN", MUSTAFA, HAMAS, F3),
        event("COERCE", LBN_ARMY, ROCKET_SUSPECTS, F4, mode="arrest", location_country="LBN"),
        event("REQUEST", SALAM, HAMAS, F7, mode="yield"),
        event("COOPERATE", HAMAS, LBN_GOV, F8, negated=True),
        event("AGREE", HAMAS, LBN_GOV, F9),
        event("THREATEN", KATZ, LBN_GOV, F11, mode="violence"),
        event("SUPPORT", ORTAGUS, LBN_ARMY, F12),
        event("REQUEST", ORTAGUS, LBN_GOV, F12, mode="change"),
        event("AGREE", ABBAS, LBN_GOV, F13),
    ],
    "quotes": [
        quote("it would take \"the strictest measures\" against anyone who endangers the country's security",
              "Higher Defense Council of Lebanon", "indirect"),
        quote("the strictest measures", "Higher Defense Council of Lebanon", "direct"),
        quote("an investigation had shown Hamas members were involved in two rocket attacks on northern Israel in March",
              "Higher Defense Council of Lebanon", "indirect"),
        quote("the group would be held responsible for any further attack from Lebanese soil", "Mohammad al-Mustafa",
              "indirect"),
        quote("We will not allow Lebanon to become a launchpad for other people's wars", "Joseph Aoun", "direct"),
        quote("The decision of war and peace belongs to the Lebanese state alone", "Joseph Aoun", "direct"),
        quote("his government expected Hamas to hand over all suspects \"without delay\" to the judiciary", "Nawaf Salam",
              "indirect"),
        quote("without delay", "Nawaf Salam", "direct"),
        quote("The group has not yet handed over any of the suspects", "Lebanese security official", "indirect"),
        quote("the movement was \"committed to Lebanon's security and stability\" and would cooperate with the "
              "Lebanese authorities", "Hamas official in Beirut", "indirect"),
        quote("committed to Lebanon's security and stability", "Hamas official in Beirut", "direct"),
        quote("Abbas would visit Beirut later this month to discuss weapons in the country's Palestinian refugee camps",
              "Nabil Abu Rudeineh", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["BEIRUT", "Beirut"]),
        entity("Lebanon", "LOC", "LBN", ["Lebanon", "Lebanese territory", "Lebanese soil", "the country"]),
        entity("Higher Defense Council of Lebanon", "ORG", "LBN", ["Lebanon's top security body",
                                                                   "The Higher Defense Council", "the council"]),
        entity("Hamas", "ORG", "PSE", ["the Palestinian militant group Hamas", "Hamas", "the group", "the movement"]),
        entity("Israel", "LOC", "ISR", ["Israel", "northern Israel"]),
        entity("Joseph Aoun", "PER", "LBN", ["President Joseph Aoun", "Aoun", "his office"]),
        entity("Baabda", "LOC", "LBN", ["the presidential palace in Baabda"]),
        entity("Mohammad al-Mustafa", "PER", "LBN", ["Brig. Gen. Mohammad al-Mustafa, the council's secretary-general"]),
        entity("Lebanese Army", "ORG", "LBN", ["The Lebanese army", "the Lebanese army"]),
        entity("suspects in the March rocket attacks on Israel", "PER", "LBN", ["several suspects", "all suspects",
                                                                                 "any of the suspects"]),
        entity("Metula", "LOC", "ISR", ["the Israeli border town of Metula"]),
        entity("Kiryat Shmona", "LOC", "ISR", ["Kiryat Shmona"]),
        entity("Nawaf Salam", "PER", "LBN", ["Prime Minister Nawaf Salam"]),
        entity("Government of Lebanon", "ORG", "LBN", ["his government", "the Lebanese state", "Beirut",
                                                      "the Lebanese authorities"]),
        entity("Lebanese security official", "PER", "LBN", ["a Lebanese security official"]),
        entity("Hamas official in Beirut", "PER", "PSE", ["A Hamas official in Beirut"]),
        entity("southern Lebanon", "LOC", "LBN", ["southern Lebanon"]),
        entity("Hezbollah", "ORG", "LBN", ["Hezbollah"]),
        entity("Israel Katz", "PER", "ISR", ["Israeli Defense Minister Israel Katz"]),
        entity("Morgan Ortagus", "PER", "USA", ["Morgan Ortagus, the deputy U.S. special envoy for the Middle East"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palestinian President Mahmoud Abbas", "Abbas"]),
        entity("Nabil Abu Rudeineh", "PER", "PSE", ["A spokesman for Palestinian President Mahmoud Abbas, Nabil Abu "
                                                    "Rudeineh"]),
        entity("Palestinian refugee camps in Lebanon", "LOC", "LBN", ["the country's Palestinian refugee camps"]),
    ],
}

# ---------------------------------------------------------------- hm341-en-02 (Iran seizes tanker Talara)
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
TALARA = actor("Talara", "MHL", "BUS")
US_5TH_FLEET = actor("U.S. 5th Fleet", "USA", "MIL")
UAE_MOFA = actor("Ministry of Foreign Affairs of the United Arab Emirates", "ARE", "GOV")
TANGSIRI = actor("Alireza Tangsiri", "IRN", "MIL")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
MHL_REGISTRY = actor("Marshall Islands Maritime Administrator", "MHL", "GOV")

G1 = ("DUBAI, United Arab Emirates (AP) — Iran's paramilitary Revolutionary Guard seized an oil tanker in the Strait "
      "of Hormuz on Friday and forced it into Iranian waters, Iranian state television reported.")
G2 = ("The Guard said the Marshall Islands-flagged Talara was carrying 30,000 tons of \"unauthorized\" "
      "petrochemical cargo.")
G3 = ("The vessel had left the Emirati port of Ajman and was bound for Singapore when three small boats approached "
      "it, according to the British military's United Kingdom Maritime Trade Operations center.")
G4 = ("Shipping data showed the tanker making a sharp turn toward the Iranian coast off Bandar Abbas shortly before "
      "its transponder went dark.")
G5 = ("Columbia Shipmanagement, the Cyprus-based company that manages the Talara, said it had lost contact with the "
      "ship and its 21 crew members.")
G6 = ("\"Our priority is the safety and well-being of the crew,\" the company said in a statement.")
G7 = ("The U.S. Navy's Bahrain-based 5th Fleet said it was monitoring the situation and called on Iran to release "
      "the tanker and its crew immediately.")
G8 = ("\"Iran's continued harassment of commercial vessels and interference with navigational rights in regional "
      "waters is a threat to maritime security,\" the 5th Fleet said.")
G9 = ("Iranian Foreign Ministry spokesman Esmaeil Baghaei said the ship had been \"violating Iranian law\" and "
      "that the case would be handled by the country's judiciary.")
G10 = ("He did not say whether the crew members, most of them from India and Pakistan, had been detained.")
G11 = ("The United Arab Emirates' Foreign Ministry said it was in contact with Tehran over the incident.")
G11a = ("India's Ministry of External Affairs said its embassy in Tehran had asked for consular access to the Indian "
        "sailors.")
G11b = "The Marshall Islands' ship registry demanded the tanker's immediate release."
G11c = ("The Guard's naval commander, Rear Adm. Alireza Tangsiri, warned that Iran would confront \"any violation\" "
        "of its laws in the strait with force.")
G12 = ("Iran has seized a number of commercial ships in the region in recent years, often in response to Western "
       "seizures of Iranian oil cargoes.")
G13 = ("The latest seizure came five months after the 12-day war between Iran and Israel in June, which severely "
       "damaged Iran's air defenses.")

EN02 = {
    "id": "hm341-en-02", "lang": "en", "url": None, "published": "2025-11-14",
    "title": "Iran's Revolutionary Guard seizes tanker in Strait of Hormuz",
    "text": paragraphs([G1, G2], [G3, G4], [G5, G6], [G7, G8], [G9, G10, G11, G11a, G11b], [G11c],
                       [G12, G13]),
    "events": [
        event("COERCE", IRGC, TALARA, G1, mode="seize", date="2025-11-14", location="Strait of Hormuz",
              location_country="IRN"),
        event("ACCUSE", IRGC, TALARA, G2, mode="allege"),
        event("REQUEST", US_5TH_FLEET, IRN_GOV, G7, mode="yield"),
        event("ACCUSE", US_5TH_FLEET, IRN_GOV, G8, mode="disapprove"),
        event("ACCUSE", BAGHAEI, TALARA, G9, mode="allege"),
        event("CONSULT", UAE_MOFA, IRN_GOV, G11),
        event("REQUEST", IND_MEA, IRN_GOV, G11a, mode="assist"),
        event("REQUEST", MHL_REGISTRY, IRN_GOV, G11b, mode="yield"),
        event("THREATEN", TANGSIRI, None, G11c, mode="violence"),
    ],
    "quotes": [
        quote("Iran's paramilitary Revolutionary Guard seized an oil tanker in the Strait of Hormuz on Friday and forced "
              "it into Iranian waters", "Iranian state television", "indirect"),
        quote("unauthorized", "Islamic Revolutionary Guard Corps", "direct"),
        quote("the Marshall Islands-flagged Talara was carrying 30,000 tons of \"unauthorized\" petrochemical cargo",
              "Islamic Revolutionary Guard Corps", "indirect"),
        quote(G3, "United Kingdom Maritime Trade Operations", "indirect"),
        quote("it had lost contact with the ship and its 21 crew members", "Columbia Shipmanagement", "indirect"),
        quote("Our priority is the safety and well-being of the crew", "Columbia Shipmanagement", "direct"),
        quote("it was monitoring the situation", "U.S. 5th Fleet", "indirect"),
        quote("Iran's continued harassment of commercial vessels and interference with navigational rights in regional "
              "waters is a threat to maritime security", "U.S. 5th Fleet", "direct"),
        quote("violating Iranian law", "Esmaeil Baghaei", "direct"),
        quote("the ship had been \"violating Iranian law\" and that the case would be handled by the country's "
              "judiciary", "Esmaeil Baghaei", "indirect"),
        quote("it was in contact with Tehran over the incident",
              "Ministry of Foreign Affairs of the United Arab Emirates", "indirect"),
        quote("its embassy in Tehran had asked for consular access to the Indian sailors",
              "Ministry of External Affairs of India", "indirect"),
        quote("any violation", "Alireza Tangsiri", "direct"),
        quote("Iran would confront \"any violation\" of its laws in the strait with force", "Alireza Tangsiri",
              "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("United Arab Emirates", "LOC", "ARE", ["United Arab Emirates"]),
        entity("Iran", "LOC", "IRN", ["Iran", "Iranian waters", "the Iranian coast", "the country"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Iran's paramilitary Revolutionary Guard",
                                                                   "The Guard"]),
        entity("Strait of Hormuz", "LOC", None, ["the Strait of Hormuz", "the strait"]),
        entity("Iranian state television", "ORG", "IRN", ["Iranian state television"]),
        entity("Talara", "ORG", "MHL", ["an oil tanker", "the Marshall Islands-flagged Talara", "The vessel",
                                        "the tanker", "the Talara", "the ship"]),
        entity("Marshall Islands", "LOC", "MHL", ["Marshall Islands"]),
        entity("Ajman", "LOC", "ARE", ["the Emirati port of Ajman"]),
        entity("Singapore", "LOC", "SGP", ["Singapore"]),
        entity("United Kingdom Maritime Trade Operations", "ORG", "GBR",
               ["the British military's United Kingdom Maritime Trade Operations center"]),
        entity("Bandar Abbas", "LOC", "IRN", ["Bandar Abbas"]),
        entity("Columbia Shipmanagement", "ORG", "CYP", ["Columbia Shipmanagement, the Cyprus-based company",
                                                        "the company"]),
        entity("Cyprus", "LOC", "CYP", ["Cyprus"]),
        entity("U.S. 5th Fleet", "ORG", "USA", ["The U.S. Navy's Bahrain-based 5th Fleet", "the 5th Fleet"]),
        entity("Bahrain", "LOC", "BHR", ["Bahrain"]),
        entity("Esmaeil Baghaei", "PER", "IRN", ["Iranian Foreign Ministry spokesman Esmaeil Baghaei"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["the country's judiciary"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
        entity("Ministry of Foreign Affairs of the United Arab Emirates", "ORG", "ARE",
               ["The United Arab Emirates' Foreign Ministry"]),
        entity("Government of Iran", "ORG", "IRN", ["Iran", "Tehran"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["India's Ministry of External Affairs"]),
        entity("Embassy of India in Tehran", "ORG", "IND", ["its embassy in Tehran"]),
        entity("Indian crew members of the Talara", "PER", "IND", ["the Indian sailors"]),
        entity("Marshall Islands Maritime Administrator", "ORG", "MHL", ["The Marshall Islands' ship registry"]),
        entity("Alireza Tangsiri", "PER", "IRN", ["The Guard's naval commander, Rear Adm. Alireza Tangsiri"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
