"""Round 141: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm141-de-01: Tunisian lawyers strike after police storm the bar association's house and arrest Sonia Dahmani (2024-05-13).
- hm141-de-02: Burundi closes its border with Rwanda and accuses Kigali of backing RED-Tabara (2024-01-12).
- hm141-de-03: Chile protests over solar panels the Argentine navy installed on Chilean soil near Punta Dungeness (2024-04-22).
- hm141-de-04: Lebanon's parliament elects army chief Joseph Aoun president; reactions from Paris, Washington and Israel (2025-01-09).
- hm141-en-01: ECOWAS mission leaves Guinea-Bissau after Embalo threatens to expel it (2025-03-02).
- hm141-en-02: Benin arrests Nigerien pipeline workers at the Seme terminal; Niger's prime minister hits back (2024-06-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm141-de-01
TUN_LAWYERS = actor("Tunisian lawyers", "TUN", "CVL")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
TUN_POLICE = actor("Tunisian police", "TUN", "COP")
TUN_BAR = actor("Tunisian Bar Association", "TUN", "CVL")
DAHMANI = actor("Sonia Dahmani", "TUN", "CVL")
TUN_JUDGE = actor("Tunisian investigating judge", "TUN", "JUD")
MEZZIOU = actor("Hatem Mezziou", "TUN", "CVL")
TUN_INTERIOR = actor("Ministry of Interior of Tunisia", "TUN", "GOV")
SAIED = actor("Kais Saied", "TUN", "GOV")
BSAIES = actor("Borhen Bsaies", "TUN", "CVL")
ZEGHIDI = actor("Mourad Zeghidi", "TUN", "CVL")
FRANCE = actor("France", "FRA", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

A1 = "In Tunesien sind die Anwälte am Montag aus Protest gegen die Festnahme ihrer Kollegin Sonia Dahmani landesweit in einen Streik getreten."
A2 = "Maskierte Polizisten hatten am Samstagabend das Haus der Anwaltskammer in Tunis gestürmt und die regierungskritische Juristin festgenommen, die dort Zuflucht gesucht hatte."
A3 = "Dahmani hatte sich in einer Fernsehsendung ironisch über die Lage im Land geäußert und war daraufhin von einem Ermittlungsrichter wegen der Verbreitung falscher Nachrichten vorgeladen worden."
A4 = "Der Präsident der Anwaltskammer, Hatem Mezziou, sprach von einem „beispiellosen Angriff auf die Unabhängigkeit unseres Berufsstandes“."
A5 = "Er forderte, Dahmani müsse sofort freigelassen werden, und verlangte eine Entschuldigung des Innenministeriums."
A6 = "Vor dem Justizpalast in Tunis versammelten sich nach Augenzeugenberichten mehrere Hundert Anwälte in schwarzen Roben und riefen Parolen gegen Präsident Kais Saied."
A7 = "Das Innenministerium erklärte, die Beamten hätten lediglich einen richterlichen Haftbefehl vollstreckt."
A8 = "Am Samstag waren in Tunis zudem die beiden Radiomoderatoren Borhen Bsaies und Mourad Zeghidi festgenommen worden."
A9 = "Frankreich zeigte sich besorgt über die Festnahmen und erinnerte die tunesische Regierung an ihre Verpflichtungen zur Meinungsfreiheit."
A10 = "Saied wies jede Kritik aus dem Ausland zurück: Tunesien sei ein souveräner Staat und lasse sich „keine Lektionen erteilen“."
A11 = "Menschenrechtsorganisationen wie Amnesty International werfen ihm vor, die Justiz seit der Entmachtung des Parlaments im Juli 2021 systematisch zur Verfolgung von Kritikern einzusetzen."

DE01 = {
    "id": "hm141-de-01", "lang": "de", "url": None, "published": "2024-05-13",
    "title": "Tunesiens Anwälte streiken nach Festnahme von Sonia Dahmani",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11]),
    "events": [
        event("PROTEST", TUN_LAWYERS, TUN_GOV, A1, mode="strike", date="2024-05-13", location="Tunisia", location_country="TUN"),
        event("COERCE", TUN_POLICE, TUN_BAR, A2, mode="seize", date="2024-05-11", location="Tunis", location_country="TUN"),
        event("COERCE", TUN_POLICE, DAHMANI, A2, mode="arrest", date="2024-05-11", location="Tunis", location_country="TUN"),
        event("ACCUSE", TUN_JUDGE, DAHMANI, A3, mode="investigate"),
        event("ACCUSE", MEZZIOU, TUN_POLICE, A4, mode="disapprove"),
        event("REQUEST", MEZZIOU, TUN_INTERIOR, A5, mode="yield"),
        event("PROTEST", TUN_LAWYERS, SAIED, A6, mode="demo", date="2024-05-13", location="Tunis", location_country="TUN"),
        event("COERCE", TUN_POLICE, BSAIES, A8, mode="arrest", date="2024-05-11", location="Tunis", location_country="TUN"),
        event("COERCE", TUN_POLICE, ZEGHIDI, A8, mode="arrest", date="2024-05-11", location="Tunis", location_country="TUN"),
        event("ACCUSE", FRANCE, TUN_GOV, A9, mode="disapprove"),
        event("ACCUSE", AMNESTY, SAIED, A11, mode="allege"),
    ],
    "quotes": [
        quote("beispiellosen Angriff auf die Unabhängigkeit unseres Berufsstandes", "Hatem Mezziou", "direct"),
        quote("Dahmani müsse sofort freigelassen werden", "Hatem Mezziou", "indirect"),
        quote("Vor dem Justizpalast in Tunis versammelten sich nach Augenzeugenberichten mehrere Hundert Anwälte in schwarzen Roben und riefen Parolen gegen Präsident Kais Saied", "eyewitnesses", "indirect"),
        quote("die Beamten hätten lediglich einen richterlichen Haftbefehl vollstreckt", "Ministry of Interior of Tunisia", "indirect"),
        quote("Tunesien sei ein souveräner Staat und lasse sich „keine Lektionen erteilen“", "Kais Saied", "indirect"),
        quote("keine Lektionen erteilen", "Kais Saied", "direct"),
        quote("die Justiz seit der Entmachtung des Parlaments im Juli 2021 systematisch zur Verfolgung von Kritikern einzusetzen", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Tunisia", "GPE", "TUN", ["Tunesien", "im Land"]),
        entity("Tunisian lawyers", "ORG", "TUN", ["die Anwälte", "mehrere Hundert Anwälte in schwarzen Roben"]),
        entity("Sonia Dahmani", "PER", "TUN", ["ihrer Kollegin Sonia Dahmani", "die regierungskritische Juristin", "Dahmani"]),
        entity("Tunisian police", "ORG", "TUN", ["Maskierte Polizisten", "die Beamten"]),
        entity("House of the Lawyer", "LOC", "TUN", ["das Haus der Anwaltskammer in Tunis"]),
        entity("Tunisian Bar Association", "ORG", "TUN", ["der Anwaltskammer"]),
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunisian investigating judge", "PER", "TUN", ["einem Ermittlungsrichter"]),
        entity("Hatem Mezziou", "PER", "TUN", ["Der Präsident der Anwaltskammer, Hatem Mezziou", "Er"]),
        entity("Ministry of Interior of Tunisia", "ORG", "TUN", ["des Innenministeriums", "Das Innenministerium"]),
        entity("Palace of Justice (Tunis)", "LOC", "TUN", ["dem Justizpalast in Tunis"]),
        entity("eyewitnesses", "ORG", None, ["Augenzeugenberichten"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied", "Saied", "ihm"]),
        entity("Borhen Bsaies", "PER", "TUN", ["Borhen Bsaies"]),
        entity("Mourad Zeghidi", "PER", "TUN", ["Mourad Zeghidi"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Government of Tunisia", "ORG", "TUN", ["die tunesische Regierung"]),
        entity("human rights organisations", "ORG", "NGO", ["Menschenrechtsorganisationen"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Parliament of Tunisia", "ORG", "TUN", ["des Parlaments"]),
    ],
}

# ---------------------------------------------------------------- hm141-de-02
BDI_GOV = actor("Government of Burundi", "BDI", "GOV")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
NITERETSE = actor("Martin Niteretse", "BDI", "GOV")
NDAYISHIMIYE = actor("Evariste Ndayishimiye", "BDI", "GOV")
RED_TABARA = actor("RED-Tabara", "BDI", "REB")
BDI_CIVILIANS = actor("Burundian civilians", "BDI", "CVL")
MAKOLO = actor("Yolande Makolo", "RWA", "GOV")
EAC = actor("East African Community", "IGO", "IGO")

B1 = "Burundi hat seine Grenze zum Nachbarland Ruanda geschlossen und wirft der Regierung in Kigali vor, Rebellen zu unterstützen."
B2 = "Innenminister Martin Niteretse sagte am Donnerstag in Bujumbura, alle Grenzübergänge blieben bis auf Weiteres geschlossen."
B3 = "„Wir haben einen schlechten Nachbarn, und wir haben die Beziehungen zu ihm abgebrochen“, sagte er vor Journalisten."
B4 = "Präsident Évariste Ndayishimiye hatte Ruanda bereits Ende Dezember beschuldigt, die Rebellengruppe RED-Tabara zu beherbergen und zu finanzieren."
B5 = "Die Gruppe hatte sich zu einem Angriff in Vugizo nahe der Grenze zur Demokratischen Republik Kongo bekannt, bei dem am 22. Dezember 20 Menschen erschossen worden waren, darunter zwölf Kinder."
B6 = "Die ruandische Regierung bedauerte die Entscheidung und wies die Vorwürfe zurück."
B7 = "Regierungssprecherin Yolande Makolo sagte, Ruanda habe mit den Kämpfen in Burundi „nichts zu tun“ und setze weiter auf Dialog."
B8 = "Die Schließung trifft vor allem Kleinhändler, die täglich zwischen den beiden Ländern pendeln."
B9 = "Die Ostafrikanische Gemeinschaft, der beide Staaten angehören, rief die Regierungen beider Länder auf, ihre Differenzen im Gespräch beizulegen."
B10 = "Burundi hatte die Grenze bereits von 2015 bis 2022 geschlossen gehalten, nachdem es Ruanda eine Beteiligung an einem gescheiterten Putschversuch vorgeworfen hatte."

DE02 = {
    "id": "hm141-de-02", "lang": "de", "url": None, "published": "2024-01-12",
    "title": "Burundi schließt Grenze zu Ruanda",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8], [B9, B10]),
    "events": [
        event("SANCTION", BDI_GOV, RWA_GOV, B1, mode="discontinue"),
        event("ACCUSE", BDI_GOV, RWA_GOV, B1, mode="allege"),
        event("SANCTION", NITERETSE, RWA_GOV, B2, mode="discontinue", date="2024-01-11"),
        event("SANCTION", NITERETSE, RWA_GOV, B3, mode="discontinue", date="2024-01-11"),
        event("ACCUSE", NITERETSE, RWA_GOV, B3, mode="disapprove", date="2024-01-11"),
        event("ACCUSE", NDAYISHIMIYE, RWA_GOV, B4, mode="allege"),
        event("ASSAULT", RED_TABARA, BDI_CIVILIANS, B5, mode="firearms", date="2023-12-22", location="Vugizo", location_country="BDI"),
        event("ACCUSE", RWA_GOV, BDI_GOV, B6, mode="disapprove"),
        event("AGREE", MAKOLO, BDI_GOV, B7),
        event("REQUEST", EAC, BDI_GOV, B9, mode="meet"),
        event("REQUEST", EAC, RWA_GOV, B9, mode="meet"),
    ],
    "quotes": [
        quote("Rebellen zu unterstützen", "Government of Burundi", "indirect"),
        quote("alle Grenzübergänge blieben bis auf Weiteres geschlossen", "Martin Niteretse", "indirect"),
        quote("Wir haben einen schlechten Nachbarn, und wir haben die Beziehungen zu ihm abgebrochen", "Martin Niteretse", "direct"),
        quote("die Rebellengruppe RED-Tabara zu beherbergen und zu finanzieren", "Evariste Ndayishimiye", "indirect"),
        quote("Ruanda habe mit den Kämpfen in Burundi „nichts zu tun“ und setze weiter auf Dialog", "Yolande Makolo", "indirect"),
        quote("nichts zu tun", "Yolande Makolo", "direct"),
        quote("ihre Differenzen im Gespräch beizulegen", "East African Community", "indirect"),
    ],
    "entities": [
        entity("Burundi", "GPE", "BDI", ["Burundi"]),
        entity("Rwanda", "GPE", "RWA", ["Nachbarland Ruanda", "Ruanda", "einen schlechten Nachbarn", "ihm"]),
        entity("Government of Rwanda", "ORG", "RWA", ["der Regierung in Kigali", "Die ruandische Regierung"]),
        entity("Kigali", "LOC", "RWA", ["Kigali"]),
        entity("RED-Tabara", "ORG", "BDI", ["Rebellen", "die Rebellengruppe RED-Tabara", "Die Gruppe"]),
        entity("Martin Niteretse", "PER", "BDI", ["Innenminister Martin Niteretse", "er"]),
        entity("Bujumbura", "LOC", "BDI", ["Bujumbura"]),
        entity("journalists", "ORG", None, ["Journalisten"]),
        entity("Evariste Ndayishimiye", "PER", "BDI", ["Präsident Évariste Ndayishimiye"]),
        entity("Vugizo", "LOC", "BDI", ["Vugizo"]),
        entity("Democratic Republic of the Congo", "GPE", "COD", ["Demokratischen Republik Kongo"]),
        entity("Burundian civilians", "ORG", "BDI", ["20 Menschen", "zwölf Kinder"]),
        entity("Yolande Makolo", "PER", "RWA", ["Regierungssprecherin Yolande Makolo"]),
        entity("cross-border traders", "ORG", None, ["Kleinhändler"]),
        entity("East African Community", "ORG", "IGO", ["Die Ostafrikanische Gemeinschaft"]),
    ],
}

# ---------------------------------------------------------------- hm141-de-03
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
VAN_KLAVEREN = actor("Alberto van Klaveren", "CHL", "GOV")
PETRI = actor("Luis Petri", "ARG", "GOV")
MONDINO = actor("Diana Mondino", "ARG", "GOV")
CHL_OPP = actor("Chilean opposition lawmakers", "CHL", "LEG")
BORIC = actor("Gabriel Boric", "CHL", "GOV")

C1 = "Chile hat bei Argentinien offiziell Protest gegen Solarmodule eingelegt, die die argentinische Marine auf chilenischem Staatsgebiet installiert hat."
C2 = "Nach Angaben des Außenministeriums in Santiago stehen die Paneele rund 50 Meter jenseits der Grenze nahe Punta Dúngeness am östlichen Eingang der Magellanstraße."
C3 = "Außenminister Alberto van Klaveren sprach am Montag von einer „klaren Verletzung unserer Souveränität“, die umgehend behoben werden müsse."
C4 = "Zugleich betonte er, es handle sich um einen Zwischenfall zwischen befreundeten Ländern, der die guten Beziehungen nicht belasten werde."
C5 = "Die argentinische Regierung räumte einen Fehler ein und sagte zu, die Anlage abzubauen."
C6 = "Verteidigungsminister Luis Petri erklärte, die Marine habe die Module bei Wartungsarbeiten an einem Leuchtfeuer irrtümlich auf der falschen Seite der Grenze aufgestellt."
C7 = "„Das wird in den kommenden Tagen korrigiert“, sagte Petri."
C8 = "Außenministerin Diana Mondino telefonierte am Sonntag mit ihrem chilenischen Kollegen."
C9 = "In Chile forderten Abgeordnete der rechten Opposition die Regierung von Präsident Gabriel Boric auf, den argentinischen Botschafter einzubestellen."
C10 = "Boric lehnte das ab und sagte, der Fall sei auf diplomatischem Weg gelöst worden."
C11 = "Beide Länder standen 1978 im Streit um den Beagle-Kanal am Rand eines Krieges, den erst eine Vermittlung des Vatikans abwendete."

DE03 = {
    "id": "hm141-de-03", "lang": "de", "url": None, "published": "2024-04-22",
    "title": "Chile protestiert gegen argentinische Solarmodule auf seinem Gebiet",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11]),
    "events": [
        event("ACCUSE", CHL_GOV, ARG_GOV, C1, mode="disapprove"),
        event("ACCUSE", VAN_KLAVEREN, ARG_GOV, C3, mode="disapprove", date="2024-04-22"),
        event("REQUEST", VAN_KLAVEREN, ARG_GOV, C3, mode="yield", date="2024-04-22"),
        event("CONCEDE", ARG_GOV, CHL_GOV, C5),
        event("CONCEDE", PETRI, CHL_GOV, C6),
        event("CONCEDE", PETRI, CHL_GOV, C7),
        event("CONSULT", MONDINO, VAN_KLAVEREN, C8, mode="phone", date="2024-04-21"),
        event("REQUEST", CHL_OPP, CHL_GOV, C9, mode="change"),
        event("REJECT", BORIC, CHL_OPP, C10, mode="change"),
    ],
    "quotes": [
        quote("Nach Angaben des Außenministeriums in Santiago stehen die Paneele rund 50 Meter jenseits der Grenze nahe Punta Dúngeness am östlichen Eingang der Magellanstraße", "Ministry of Foreign Affairs of Chile", "indirect"),
        quote("klaren Verletzung unserer Souveränität", "Alberto van Klaveren", "direct"),
        quote("die umgehend behoben werden müsse", "Alberto van Klaveren", "indirect"),
        quote("es handle sich um einen Zwischenfall zwischen befreundeten Ländern, der die guten Beziehungen nicht belasten werde", "Alberto van Klaveren", "indirect"),
        quote("die Anlage abzubauen", "Government of Argentina", "indirect"),
        quote("die Marine habe die Module bei Wartungsarbeiten an einem Leuchtfeuer irrtümlich auf der falschen Seite der Grenze aufgestellt", "Luis Petri", "indirect"),
        quote("Das wird in den kommenden Tagen korrigiert", "Luis Petri", "direct"),
        quote("den argentinischen Botschafter einzubestellen", "Chilean opposition lawmakers", "indirect"),
        quote("der Fall sei auf diplomatischem Weg gelöst worden", "Gabriel Boric", "indirect"),
    ],
    "entities": [
        entity("Chile", "GPE", "CHL", ["Chile"]),
        entity("Argentina", "GPE", "ARG", ["Argentinien"]),
        entity("Argentine Navy", "ORG", "ARG", ["die argentinische Marine", "die Marine"]),
        entity("Ministry of Foreign Affairs of Chile", "ORG", "CHL", ["des Außenministeriums in Santiago"]),
        entity("Santiago", "LOC", "CHL", ["Santiago"]),
        entity("Punta Dungeness", "LOC", "CHL", ["Punta Dúngeness"]),
        entity("Strait of Magellan", "LOC", "CHL", ["Magellanstraße"]),
        entity("Alberto van Klaveren", "PER", "CHL", ["Außenminister Alberto van Klaveren", "er", "ihrem chilenischen Kollegen"]),
        entity("Government of Argentina", "ORG", "ARG", ["Die argentinische Regierung"]),
        entity("Luis Petri", "PER", "ARG", ["Verteidigungsminister Luis Petri", "Petri"]),
        entity("Diana Mondino", "PER", "ARG", ["Außenministerin Diana Mondino"]),
        entity("Chilean opposition lawmakers", "ORG", "CHL", ["Abgeordnete der rechten Opposition"]),
        entity("Government of Chile", "ORG", "CHL", ["die Regierung von Präsident Gabriel Boric"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "Boric"]),
        entity("Ambassador of Argentina to Chile", "PER", "ARG", ["den argentinischen Botschafter"]),
        entity("Beagle Channel", "LOC", None, ["Beagle-Kanal"]),
        entity("Holy See", "GPE", "VAT", ["des Vatikans"]),
    ],
}

# ---------------------------------------------------------------- hm141-de-04
AOUN = actor("Joseph Aoun", "LBN", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "PTY")
AMAL = actor("Amal Movement", "LBN", "PTY")
ISRAEL = actor("Israel", "ISR", "GOV")
BIN_FARHAN = actor("Yazid bin Farhan", "SAU", "GOV")
LBN_BLOCS = actor("Lebanese parliamentary blocs", "LBN", "LEG")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
SAAR = actor("Gideon Saar", "ISR", "GOV")

D1 = "Nach mehr als zwei Jahren ohne Staatsoberhaupt hat das libanesische Parlament am Donnerstag Armeechef Joseph Aoun zum Präsidenten gewählt."
D2 = "Im zweiten Wahlgang erhielt der 61-Jährige 99 der 128 Stimmen, nachdem die schiitische Hisbollah und die mit ihr verbündete Amal-Bewegung ihren Widerstand gegen seine Kandidatur aufgegeben hatten."
D3 = "In seiner Antrittsrede kündigte Aoun an, das Waffenmonopol des Staates durchzusetzen – eine kaum verhüllte Botschaft an die Hisbollah."
D4 = "„Heute beginnt eine neue Phase in der Geschichte des Libanon“, sagte er unter dem Beifall vieler Abgeordneter."
D5 = "Zugleich forderte er Israel auf, seine Truppen wie im Waffenruheabkommen vereinbart bis Ende Januar vollständig aus dem Südlibanon abzuziehen."
D6 = "Der Wahl waren Wochen intensiver Vermittlung durch die USA, Frankreich, Saudi-Arabien, Katar und Ägypten vorausgegangen."
D7 = "Der saudische Gesandte Jasid bin Farhan war in dieser Woche nach Beirut gereist und hatte mit Vertretern aller großen Fraktionen gesprochen."
D8 = "Frankreichs Präsident Emmanuel Macron gratulierte Aoun am Telefon und kündigte an, in Kürze nach Beirut zu reisen."
D9 = "US-Präsident Joe Biden beglückwünschte den neuen Staatschef und sprach von einem wichtigen Schritt für die Souveränität des Landes."
D10 = "Israels Außenminister Gideon Saar gratulierte ebenfalls und forderte die neue Führung in Beirut auf, die Hisbollah zu entwaffnen."
D11 = "Der Chef der Hisbollah-Fraktion, Mohammed Raad, sagte, seine Partei habe mit ihrer Stimme die „nationale Einheit“ schützen wollen."

DE04 = {
    "id": "hm141-de-04", "lang": "de", "url": None, "published": "2025-01-09",
    "title": "Libanons Parlament wählt Armeechef Aoun zum Präsidenten",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9], [D10, D11]),
    "events": [
        event("CONCEDE", HEZBOLLAH, AOUN, D2, date="2025-01-09", location="Beirut", location_country="LBN"),
        event("CONCEDE", AMAL, AOUN, D2, date="2025-01-09", location="Beirut", location_country="LBN"),
        event("REQUEST", AOUN, HEZBOLLAH, D3, mode="yield", date="2025-01-09"),
        event("REQUEST", AOUN, ISRAEL, D5, mode="yield", date="2025-01-09"),
        event("CONSULT", BIN_FARHAN, LBN_BLOCS, D7, mode="visit", location="Beirut", location_country="LBN"),
        event("SUPPORT", MACRON, AOUN, D8, date="2025-01-09"),
        event("CONSULT", MACRON, AOUN, D8, mode="phone", date="2025-01-09"),
        event("AGREE", MACRON, AOUN, D8, date="2025-01-09"),
        event("SUPPORT", BIDEN, AOUN, D9, date="2025-01-09"),
        event("SUPPORT", SAAR, AOUN, D10, date="2025-01-09"),
        event("REQUEST", SAAR, AOUN, D10, mode="change", date="2025-01-09"),
    ],
    "quotes": [
        quote("das Waffenmonopol des Staates durchzusetzen", "Joseph Aoun", "indirect"),
        quote("Heute beginnt eine neue Phase in der Geschichte des Libanon", "Joseph Aoun", "direct"),
        quote("seine Truppen wie im Waffenruheabkommen vereinbart bis Ende Januar vollständig aus dem Südlibanon abzuziehen", "Joseph Aoun", "indirect"),
        quote("in Kürze nach Beirut zu reisen", "Emmanuel Macron", "indirect"),
        quote("die Hisbollah zu entwaffnen", "Gideon Saar", "indirect"),
        quote("seine Partei habe mit ihrer Stimme die „nationale Einheit“ schützen wollen", "Mohammad Raad", "indirect"),
        quote("nationale Einheit", "Mohammad Raad", "direct"),
    ],
    "entities": [
        entity("Parliament of Lebanon", "ORG", "LBN", ["das libanesische Parlament", "vieler Abgeordneter"]),
        entity("Joseph Aoun", "PER", "LBN", ["Armeechef Joseph Aoun", "der 61-Jährige", "Aoun", "er", "den neuen Staatschef", "die neue Führung in Beirut"]),
        entity("Hezbollah", "ORG", "LBN", ["die schiitische Hisbollah", "die Hisbollah", "Hisbollah", "seine Partei"]),
        entity("Amal Movement", "ORG", "LBN", ["die mit ihr verbündete Amal-Bewegung"]),
        entity("Lebanon", "GPE", "LBN", ["des Libanon", "des Landes"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels"]),
        entity("Southern Lebanon", "LOC", "LBN", ["dem Südlibanon"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("France", "GPE", "FRA", ["Frankreich", "Frankreichs"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien"]),
        entity("Qatar", "GPE", "QAT", ["Katar"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten"]),
        entity("Yazid bin Farhan", "PER", "SAU", ["Der saudische Gesandte Jasid bin Farhan"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Lebanese parliamentary blocs", "ORG", "LBN", ["Vertretern aller großen Fraktionen"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Gideon Saar", "PER", "ISR", ["Israels Außenminister Gideon Saar"]),
        entity("Mohammad Raad", "PER", "LBN", ["Der Chef der Hisbollah-Fraktion, Mohammed Raad"]),
    ],
}

# ---------------------------------------------------------------- hm141-en-01
ECOWAS = actor("ECOWAS", "IGO", "IGO")
EMBALO = actor("Umaro Sissoco Embalo", "GNB", "GOV")
GNB_GOV = actor("Government of Guinea-Bissau", "GNB", "GOV")
GNB_PARTIES = actor("Guinea-Bissau political parties", "GNB", "PTY")
GNB_OPP = actor("Guinea-Bissau opposition", "GNB", "OPP")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
PEREIRA = actor("Domingos Simoes Pereira", "GNB", "OPP")

E1 = "A West African mission sent to help Guinea-Bissau agree on an election timetable left the country early on Saturday after President Umaro Sissoco Embalo threatened to expel it, the regional bloc ECOWAS said."
E2 = "The delegation, which arrived in Bissau on Feb. 21, had held talks with the government and political parties on a date for presidential and legislative elections."
E3 = "It drafted an agreement setting the vote for Nov. 30, according to an ECOWAS statement, but Embalo rejected the proposal."
E4 = "Opposition parties say Embalo's five-year term expired on Thursday and have demanded that he hand power to the speaker of the dissolved parliament, Domingos Simoes Pereira, until a new president is elected."
E5 = "Speaking to reporters on his return from Moscow, where he met Russian President Vladimir Putin on Wednesday, Embalo said the mission had overstepped its mandate."
E6 = "\"Nobody will tell Guinea-Bissau when to hold its elections,\" he said."
E7 = "Pereira, who leads the PAIGC party, accused Embalo of trying to cling to power and urged ECOWAS to impose sanctions on his government."
E8 = "ECOWAS said it would present a report to the bloc's chairman, Nigerian President Bola Tinubu."
E9 = "Guinea-Bissau has seen four successful coups and numerous attempts since independence from Portugal in 1974."

EN01 = {
    "id": "hm141-en-01", "lang": "en", "url": None, "published": "2025-03-02",
    "title": "ECOWAS mission leaves Guinea-Bissau after Embalo threatens expulsion",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9]),
    "events": [
        event("SANCTION", ECOWAS, GNB_GOV, E1, mode="withdraw", date="2025-03-01", location="Bissau", location_country="GNB"),
        event("THREATEN", EMBALO, ECOWAS, E1, mode="expel"),
        event("CONSULT", ECOWAS, GNB_GOV, E2, location="Bissau", location_country="GNB"),
        event("CONSULT", ECOWAS, GNB_PARTIES, E2, location="Bissau", location_country="GNB"),
        event("REJECT", EMBALO, ECOWAS, E3, mode="change"),
        event("REQUEST", GNB_OPP, EMBALO, E4, mode="change"),
        event("CONSULT", EMBALO, PUTIN, E5, mode="visit", date="2025-02-26", location="Moscow", location_country="RUS"),
        event("ACCUSE", EMBALO, ECOWAS, E5, mode="disapprove"),
        event("ACCUSE", PEREIRA, EMBALO, E7, mode="allege"),
        event("REQUEST", PEREIRA, ECOWAS, E7, mode="change"),
    ],
    "quotes": [
        quote("A West African mission sent to help Guinea-Bissau agree on an election timetable left the country early on Saturday after President Umaro Sissoco Embalo threatened to expel it", "ECOWAS", "indirect"),
        quote("It drafted an agreement setting the vote for Nov. 30", "ECOWAS", "indirect"),
        quote("Embalo's five-year term expired on Thursday", "Guinea-Bissau opposition", "indirect"),
        quote("he hand power to the speaker of the dissolved parliament, Domingos Simoes Pereira, until a new president is elected", "Guinea-Bissau opposition", "indirect"),
        quote("the mission had overstepped its mandate", "Umaro Sissoco Embalo", "indirect"),
        quote("Nobody will tell Guinea-Bissau when to hold its elections", "Umaro Sissoco Embalo", "direct"),
        quote("it would present a report to the bloc's chairman, Nigerian President Bola Tinubu", "ECOWAS", "indirect"),
    ],
    "entities": [
        entity("ECOWAS mission to Guinea-Bissau", "ORG", "IGO", ["A West African mission", "The delegation", "It", "the mission"]),
        entity("ECOWAS", "ORG", "IGO", ["the regional bloc ECOWAS", "ECOWAS", "the bloc"]),
        entity("Guinea-Bissau", "GPE", "GNB", ["Guinea-Bissau", "the country"]),
        entity("Umaro Sissoco Embalo", "PER", "GNB", ["President Umaro Sissoco Embalo", "Embalo", "he", "his"]),
        entity("Bissau", "LOC", "GNB", ["Bissau"]),
        entity("Government of Guinea-Bissau", "ORG", "GNB", ["the government", "his government"]),
        entity("Guinea-Bissau political parties", "ORG", "GNB", ["political parties"]),
        entity("Guinea-Bissau opposition", "ORG", "GNB", ["Opposition parties"]),
        entity("National People's Assembly of Guinea-Bissau", "ORG", "GNB", ["the dissolved parliament"]),
        entity("Domingos Simoes Pereira", "PER", "GNB", ["the speaker of the dissolved parliament, Domingos Simoes Pereira", "Pereira"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin"]),
        entity("PAIGC", "ORG", "GNB", ["the PAIGC party"]),
        entity("Bola Tinubu", "PER", "NGA", ["the bloc's chairman, Nigerian President Bola Tinubu"]),
        entity("Portugal", "GPE", "PRT", ["Portugal"]),
    ],
}

# ---------------------------------------------------------------- hm141-en-02
BEN_GOV = actor("Government of Benin", "BEN", "GOV")
NER_WORKERS = actor("Nigerien pipeline workers", "NER", "CVL")
BEN_PROSECUTOR = actor("Beninese prosecutor", "BEN", "JUD")
ZEINE = actor("Ali Lamine Zeine", "NER", "GOV")
NER_GOV = actor("Government of Niger", "NER", "GOV")
TALON = actor("Patrice Talon", "BEN", "GOV")
CHINA = actor("China", "CHN", "GOV")

F1 = "Benin has arrested five Nigerien nationals at the Seme oil terminal, deepening a dispute with Niger's military government over a pipeline that carries Niger's crude to the Atlantic coast."
F2 = "The men, who work for the Chinese-run pipeline operator WAPCO, were detained on Wednesday after entering the terminal site without authorisation, a Beninese prosecutor said."
F3 = "Three of them were charged on Thursday with using false documents and will remain in custody, the prosecutor added."
F4 = "Niger's Prime Minister Ali Lamine Zeine accused Benin of holding the workers hostage and demanded their immediate release."
F5 = "\"They were there to do their jobs, with the agreement of both sides,\" he told state television."
F6 = "He said Niamey would not reopen its border with Benin as long as French troops were stationed there, an accusation Cotonou has repeatedly denied."
F7 = "Benin's President Patrice Talon blocked the loading of Nigerien oil at Seme in May, saying Niger must first reopen the border it closed after last July's coup."
F8 = "Exports resumed briefly after Chinese mediation, with the first tanker loaded late last month."
F9 = "In Beijing, a foreign ministry spokesperson said China, which financed the nearly 2,000-km pipeline, hoped both sides would settle the dispute through dialogue."

EN02 = {
    "id": "hm141-en-02", "lang": "en", "url": None, "published": "2024-06-07",
    "title": "Benin arrests Nigerien oil workers as pipeline row deepens",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9]),
    "events": [
        event("COERCE", BEN_GOV, NER_WORKERS, F1, mode="arrest", location="Seme", location_country="BEN"),
        event("COERCE", BEN_GOV, NER_WORKERS, F2, mode="arrest", date="2024-06-05", location="Seme", location_country="BEN"),
        event("ACCUSE", BEN_PROSECUTOR, NER_WORKERS, F3, mode="allege", date="2024-06-06"),
        event("ACCUSE", ZEINE, BEN_GOV, F4, mode="allege"),
        event("REQUEST", ZEINE, BEN_GOV, F4, mode="yield"),
        event("REJECT", ZEINE, BEN_GOV, F6, mode="yield"),
        event("ACCUSE", ZEINE, BEN_GOV, F6, mode="allege"),
        event("SANCTION", TALON, NER_GOV, F7, mode="discontinue", location="Seme", location_country="BEN"),
        event("REQUEST", TALON, NER_GOV, F7, mode="yield"),
        event("SANCTION", NER_GOV, BEN_GOV, F7, mode="discontinue"),
        event("REQUEST", CHINA, NER_GOV, F9, mode="meet"),
        event("REQUEST", CHINA, BEN_GOV, F9, mode="meet"),
    ],
    "quotes": [
        quote("The men, who work for the Chinese-run pipeline operator WAPCO, were detained on Wednesday after entering the terminal site without authorisation", "Beninese prosecutor", "indirect"),
        quote("Three of them were charged on Thursday with using false documents and will remain in custody", "Beninese prosecutor", "indirect"),
        quote("They were there to do their jobs, with the agreement of both sides", "Ali Lamine Zeine", "direct"),
        quote("Niamey would not reopen its border with Benin as long as French troops were stationed there", "Ali Lamine Zeine", "indirect"),
        quote("Niger must first reopen the border it closed after last July's coup", "Patrice Talon", "indirect"),
        quote("China, which financed the nearly 2,000-km pipeline, hoped both sides would settle the dispute through dialogue", "Spokesperson of the Ministry of Foreign Affairs of China", "indirect"),
    ],
    "entities": [
        entity("Benin", "GPE", "BEN", ["Benin", "Cotonou"]),
        entity("Nigerien pipeline workers", "ORG", "NER", ["five Nigerien nationals", "The men", "Three of them", "the workers", "They"]),
        entity("Seme oil terminal", "LOC", "BEN", ["the Seme oil terminal", "the terminal site", "Seme"]),
        entity("Government of Niger", "ORG", "NER", ["Niger's military government", "Niamey"]),
        entity("Niger", "GPE", "NER", ["Niger"]),
        entity("Niger-Benin oil pipeline", "LOC", None, ["a pipeline", "the nearly 2,000-km pipeline"]),
        entity("Atlantic coast", "LOC", "BEN", ["the Atlantic coast"]),
        entity("West African Oil Pipeline Company (WAPCO)", "ORG", "CHN", ["the Chinese-run pipeline operator WAPCO"]),
        entity("Beninese prosecutor", "PER", "BEN", ["a Beninese prosecutor", "the prosecutor"]),
        entity("Ali Lamine Zeine", "PER", "NER", ["Niger's Prime Minister Ali Lamine Zeine", "he", "He"]),
        entity("Nigerien state television", "ORG", "NER", ["state television"]),
        entity("French troops", "ORG", "FRA", ["French troops"]),
        entity("Patrice Talon", "PER", "BEN", ["Benin's President Patrice Talon"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("Spokesperson of the Ministry of Foreign Affairs of China", "PER", "CHN", ["a foreign ministry spokesperson"]),
        entity("China", "GPE", "CHN", ["China"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
