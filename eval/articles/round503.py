"""Round 503: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, Middle East and North Africa, invented wording and details):
- hm503-de-01: Lebanon/Ireland: a Lebanese military court frees the main suspect in the killing of Irish UNIFIL soldier Seán Rooney on bail with a travel ban; the December 2022 attack near Al-Aqbiya, the June charges against five men, four still not arrested, Micheál Martin objects, demands prosecution and phones Bou Habib, who pledges the case will go on, Hezbollah denies, Tenenti demands accountability (2023-11-15).
- hm503-de-02: Israel: the Knesset votes down the opposition's dissolution bill 61-53 after Shas and United Torah Judaism, who had threatened to topple the coalition over the draft exemption, agree draft-law principles with Yuli Edelstein; Lapid accuses, Likud objects, the 2024 Supreme Court funding stop recalled, reservists' relatives protest outside the Knesset and police arrest three (2025-06-12).
- hm503-de-03: Algeria: Tebboune dismisses Prime Minister Nadir Larbaoui and makes Sifi Ghrieb interim head of government two weeks after the Oued El Harrach bus crash; inquiry and arrest of the bus company owner, old buses banned, private operators strike and accuse the government, Transport Minister Sayoud refuses, the MSP welcomes the dismissal, Hassani Cherif accuses and demands (2025-08-29).
- hm503-de-04: Morocco: the government presents its family code (Mudawana) reform; the king's 2023 mandate and request to the ulema, the Higher Council of Ulema rejects three proposals, the ADFM welcomes and criticises, Benkirane accuses, PJD supporters rally outside parliament and police disperse them, Akhannouch promises passage before 2026 (2024-12-25).
- hm503-en-01: Italy/Egypt: four Egyptian security officers go on trial in absentia in Rome over Giulio Regeni's 2016 murder; prosecutors' charges, Cairo's refusal to give addresses and denial, lawyer Ballerini accuses Egypt and presses Rome, Meloni's talks with el-Sissi, opposition criticism, the 2016 ambassador recall and no recall now, Renzi asked as witness (2024-02-20).
- hm503-en-02: Libya: drones of the Tripoli-based government strike smuggling targets in Zawiya; the defense ministry and Dbeibah vow to press on, the House of Representatives accuses Dbeibah and Aguila Saleh asks for an inquiry, Zawiya MPs press the Presidential Council, UNSMIL concerned, the HoR's suspension of Bashagha and Dbeibah's refusal to hand over power recalled (2023-05-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm503-de-01 (Lebanon/Ireland, Rooney suspect on bail)
LBN_MILCOURT = actor("Military Court of Lebanon", "LBN", "JUD")
AYYAD = actor("Mohammed Ayyad", "LBN", "CVL")
GUNMEN_AQBIYA = actor("gunmen in Al-Aqbiya", "LBN", "CVL")
ROONEY = actor("Seán Rooney", "IRL", "MIL")
UNIFIL = actor("United Nations Interim Force in Lebanon", "UNO", "IGO")
ROONEY_DEFENDANTS = actor("defendants in the Seán Rooney case", "LBN", "CVL")
LBN_SECURITY = actor("Lebanese security forces", "LBN", "COP")
MARTIN = actor("Micheál Martin", "IRL", "GOV")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
BOU_HABIB = actor("Abdallah Bou Habib", "LBN", "GOV")
TENENTI = actor("Andrea Tenenti", "UNO", "IGO")

L1 = ("Beirut (dpa) - Knapp ein Jahr nach dem tödlichen Angriff auf einen irischen Blauhelmsoldaten im Südlibanon hat "
      "ein libanesisches Militärgericht den Hauptverdächtigen gegen Kaution freigelassen.")
L2 = ("Mohammed Ayyad sei aus gesundheitlichen Gründen aus der Untersuchungshaft entlassen worden, verlautete am "
      "Dienstag aus Justizkreisen in Beirut.")
L3 = "Er muss sich demnach weiterhin zur Verfügung der Justiz halten und darf den Libanon nicht verlassen."
L4 = ("Der 23 Jahre alte Soldat Seán Rooney war am 14. Dezember 2022 getötet worden, als Bewaffnete im Dorf Al-Akbija "
      "auf ein Fahrzeug der UN-Mission Unifil schossen.")
L5 = "Drei weitere irische Soldaten wurden damals verletzt, einer von ihnen schwer."
L6 = "Das Militärgericht hatte im Juni Anklage gegen fünf Männer erhoben, darunter Ayyad."
L7 = "Die libanesischen Sicherheitsbehörden haben die übrigen vier Beschuldigten bislang nicht festgenommen."
L8 = "Der irische Außenminister Micheál Martin zeigte sich „zutiefst besorgt“ über die Freilassung."
L9 = "Er forderte die Regierung in Beirut auf, dafür zu sorgen, dass die Täter vor Gericht gestellt werden."
L10 = "Noch am Dienstagabend telefonierte Martin mit seinem libanesischen Amtskollegen Abdallah Bou Habib."
L11 = ("Bou Habib habe zugesichert, dass das Verfahren mit Nachdruck fortgesetzt werde, teilte das irische "
       "Außenministerium mit.")
L12 = "Libanesischen Medienberichten zufolge sollen die Beschuldigten der Schiitenmiliz Hisbollah nahestehen."
L13 = "Die Hisbollah weist jede Verantwortung für den Angriff zurück."
L14 = ("Unifil-Sprecher Andrea Tenenti verlangte von den libanesischen Behörden, die Verantwortlichen „zur "
       "Rechenschaft“ zu ziehen.")
L15 = ("Die Unifil überwacht seit 1978 das Grenzgebiet zwischen dem Libanon und Israel, Irland stellt derzeit rund 340 "
       "Soldaten.")
L16 = ("Seit Beginn des Gaza-Kriegs im Oktober liefern sich die Hisbollah und die israelische Armee nahezu täglich "
       "Gefechte an der Grenze.")

DE01 = {
    "id": "hm503-de-01", "lang": "de", "url": None, "published": "2023-11-15",
    "title": "Tod eines irischen Blauhelms: Hauptverdächtiger im Libanon auf freiem Fuß",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10, L11], [L12, L13, L14], [L15, L16]),
    "events": [
        event("RETREAT", LBN_MILCOURT, AYYAD, L1, mode="release"),
        event("RETREAT", LBN_MILCOURT, AYYAD, L2, mode="release"),
        event("COERCE", LBN_MILCOURT, AYYAD, L3, mode="restrict"),
        event("ASSAULT", GUNMEN_AQBIYA, ROONEY, L4, mode="firearms", date="2022-12-14", location="Al-Aqbiya",
              location_country="LBN"),
        event("ASSAULT", GUNMEN_AQBIYA, UNIFIL, L4, mode="firearms", date="2022-12-14", location="Al-Aqbiya",
              location_country="LBN"),
        event("ACCUSE", LBN_MILCOURT, ROONEY_DEFENDANTS, L6, mode="allege"),
        event("COERCE", LBN_SECURITY, ROONEY_DEFENDANTS, L7, mode="arrest", negated=True),
        event("ACCUSE", MARTIN, LBN_MILCOURT, L8, mode="disapprove"),
        event("REQUEST", MARTIN, LBN_GOV, L9),
        event("CONSULT", MARTIN, BOU_HABIB, L10, mode="phone", date="2023-11-14"),
        event("AGREE", BOU_HABIB, MARTIN, L11),
        event("REQUEST", TENENTI, LBN_GOV, L14),
    ],
    "quotes": [
        quote("Mohammed Ayyad sei aus gesundheitlichen Gründen aus der Untersuchungshaft entlassen worden",
              "Lebanese judicial sources", "indirect"),
        quote("zutiefst besorgt", "Micheál Martin", "direct"),
        quote("dafür zu sorgen, dass die Täter vor Gericht gestellt werden", "Micheál Martin", "indirect"),
        quote("Bou Habib habe zugesichert, dass das Verfahren mit Nachdruck fortgesetzt werde",
              "Department of Foreign Affairs of Ireland", "indirect"),
        quote("sollen die Beschuldigten der Schiitenmiliz Hisbollah nahestehen", "Lebanese media", "indirect"),
        quote("zur Rechenschaft", "Andrea Tenenti", "direct"),
        quote("die Verantwortlichen „zur Rechenschaft“ zu ziehen", "Andrea Tenenti", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Seán Rooney", "PER", "IRL", ["einen irischen Blauhelmsoldaten", "Der 23 Jahre alte Soldat Seán Rooney"]),
        entity("South Lebanon", "LOC", "LBN", ["im Südlibanon"]),
        entity("Military Court of Lebanon", "ORG", "LBN", ["ein libanesisches Militärgericht", "Das Militärgericht"]),
        entity("Mohammed Ayyad", "PER", "LBN", ["den Hauptverdächtigen", "Mohammed Ayyad", "Er", "Ayyad"]),
        entity("Lebanese judicial sources", "ORG", "LBN", ["Justizkreisen in Beirut"]),
        entity("Lebanese judiciary", "ORG", "LBN", ["der Justiz"]),
        entity("Lebanon", "LOC", "LBN", ["den Libanon", "dem Libanon"]),
        entity("gunmen in Al-Aqbiya", "PER", "LBN", ["Bewaffnete"]),
        entity("Al-Aqbiya", "LOC", "LBN", ["im Dorf Al-Akbija"]),
        entity("United Nations Interim Force in Lebanon", "ORG", "UNO", ["der UN-Mission Unifil", "Die Unifil"]),
        entity("wounded Irish soldiers", "PER", "IRL", ["Drei weitere irische Soldaten", "einer von ihnen"]),
        entity("defendants in the Seán Rooney case", "PER", "LBN",
               ["fünf Männer", "die übrigen vier Beschuldigten", "die Täter", "die Beschuldigten",
                "die Verantwortlichen"]),
        entity("Lebanese security forces", "ORG", "LBN", ["Die libanesischen Sicherheitsbehörden"]),
        entity("Micheál Martin", "PER", "IRL", ["Der irische Außenminister Micheál Martin", "Er", "Martin"]),
        entity("Government of Lebanon", "ORG", "LBN", ["die Regierung in Beirut", "den libanesischen Behörden"]),
        entity("Abdallah Bou Habib", "PER", "LBN", ["seinem libanesischen Amtskollegen Abdallah Bou Habib",
                                                   "Bou Habib"]),
        entity("Department of Foreign Affairs of Ireland", "ORG", "IRL", ["das irische Außenministerium"]),
        entity("Lebanese media", "ORG", "LBN", ["Libanesischen Medienberichten"]),
        entity("Hezbollah", "ORG", "LBN", ["der Schiitenmiliz Hisbollah", "Die Hisbollah", "die Hisbollah"]),
        entity("Andrea Tenenti", "PER", "UNO", ["Unifil-Sprecher Andrea Tenenti"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Ireland", "LOC", "IRL", ["Irland"]),
        entity("Gaza war", "MISC", "PSE", ["des Gaza-Kriegs"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["die israelische Armee"]),
    ],
}

# ---------------------------------------------------------------- hm503-de-02 (Israel, Knesset dissolution bill fails)
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
ISR_OPP = actor("Israeli opposition", "ISR", "OPP")
KNESSET = actor("Knesset", "ISR", "LEG")
SHAS = actor("Shas", "ISR", "PTY")
UTJ = actor("United Torah Judaism", "ISR", "PTY")
EDELSTEIN = actor("Yuli Edelstein", "ISR", "LEG")
LAPID = actor("Yair Lapid", "ISR", "OPP")
LIKUD = actor("Likud", "ISR", "PTY")
ISR_SUPREME = actor("Supreme Court of Israel", "ISR", "JUD")
YESHIVAS = actor("Israeli yeshivas", "ISR", "REL")
KNESSET_PROTESTERS = actor("protesters outside the Knesset", "ISR", "CVL")
ISR_POLICE = actor("Israel Police", "ISR", "COP")

I1 = ("Jerusalem (dpa) - Die Regierung von Israels Ministerpräsident Benjamin Netanjahu hat einen Versuch der "
      "Opposition abgewehrt, das Parlament aufzulösen und eine vorgezogene Neuwahl zu erzwingen.")
I2 = ("In der Nacht zum Donnerstag stimmten 61 Abgeordnete der Knesset gegen einen entsprechenden Gesetzentwurf, 53 "
      "votierten dafür.")
I3 = ("Den Ausschlag gaben die ultraorthodoxen Parteien Schas und Vereinigtes Thora-Judentum, die zuvor mit einem "
      "Sturz der Koalition gedroht hatten.")
I4 = "Sie hatten verlangt, dass ein Gesetz die Befreiung strengreligiöser Talmudschüler vom Wehrdienst festschreibt."
I5 = ("Kurz vor der Abstimmung einigten sich beide Parteien mit dem Vorsitzenden des Auswärtigen und "
      "Verteidigungsausschusses, Juli Edelstein, auf Grundzüge eines neuen Wehrdienstgesetzes.")
I6 = "Edelstein sagte, bis zu einem fertigen Entwurf gebe es „noch viel Arbeit“."
I7 = ("Oppositionsführer Jair Lapid warf den ultraorthodoxen Parteien vor, sich für „Geld und Posten“ verkauft zu "
      "haben.")
I8 = "„Diese Regierung hält sich nur noch durch Erpressung an der Macht“, schrieb Lapid auf der Plattform X."
I9 = "Netanjahus Likud sprach dagegen von einem „durchsichtigen Manöver“ der Opposition."
I10 = "Nach den Regeln der Knesset kann ein gleichlautender Antrag erst in sechs Monaten erneut eingebracht werden."
I11 = ("Das Oberste Gericht hatte im Juni 2024 die pauschale Befreiung für rechtswidrig erklärt und die Zahlung "
       "staatlicher Gelder an Religionsschulen gestoppt, deren Schüler sich dem Dienst entziehen.")
I12 = "Vor dem Parlament demonstrierten am Mittwochabend Hunderte Angehörige von Reservisten gegen die Ausnahmen."
I13 = "Die Polizei nahm drei Demonstranten fest, die eine Zufahrtsstraße blockiert hatten."
I14 = "Netanjahus Koalition verfügt über 68 der 120 Sitze in der Knesset."
I15 = "Die nächste reguläre Parlamentswahl ist für Oktober 2026 vorgesehen."
I16 = "Umfragen zufolge würde das Regierungslager derzeit seine Mehrheit verlieren."

DE02 = {
    "id": "hm503-de-02", "lang": "de", "url": None, "published": "2025-06-12",
    "title": "Israels Parlament lehnt Selbstauflösung ab",
    "text": paragraphs([I1, I2, I3, I4, I5, I6], [I7, I8, I9, I10], [I11, I12, I13], [I14, I15, I16]),
    "events": [
        event("REJECT", ISR_GOV, ISR_OPP, I1, mode="change"),
        event("REJECT", KNESSET, ISR_OPP, I2, mode="change", date="2025-06-12", location="Jerusalem",
              location_country="ISR"),
        event("THREATEN", SHAS, ISR_GOV, I3),
        event("THREATEN", UTJ, ISR_GOV, I3),
        event("REQUEST", SHAS, ISR_GOV, I4, mode="change"),
        event("REQUEST", UTJ, ISR_GOV, I4, mode="change"),
        event("AGREE", SHAS, EDELSTEIN, I5),
        event("AGREE", UTJ, EDELSTEIN, I5),
        event("ACCUSE", LAPID, SHAS, I7, mode="disapprove"),
        event("ACCUSE", LAPID, UTJ, I7, mode="disapprove"),
        event("ACCUSE", LAPID, ISR_GOV, I8, mode="disapprove"),
        event("ACCUSE", LIKUD, ISR_OPP, I9, mode="disapprove"),
        event("SANCTION", ISR_SUPREME, YESHIVAS, I11, mode="discontinue"),
        event("PROTEST", KNESSET_PROTESTERS, ISR_GOV, I12, mode="demo", date="2025-06-11", location="Jerusalem",
              location_country="ISR"),
        event("COERCE", ISR_POLICE, KNESSET_PROTESTERS, I13, mode="arrest"),
        event("PROTEST", KNESSET_PROTESTERS, ISR_GOV, I13, mode="obstruct"),
    ],
    "quotes": [
        quote("dass ein Gesetz die Befreiung strengreligiöser Talmudschüler vom Wehrdienst festschreibt",
              "Shas and United Torah Judaism", "indirect"),
        quote("noch viel Arbeit", "Yuli Edelstein", "direct"),
        quote("bis zu einem fertigen Entwurf gebe es „noch viel Arbeit“", "Yuli Edelstein", "indirect"),
        quote("Geld und Posten", "Yair Lapid", "direct"),
        quote("sich für „Geld und Posten“ verkauft zu haben", "Yair Lapid", "indirect"),
        quote("Diese Regierung hält sich nur noch durch Erpressung an der Macht", "Yair Lapid", "direct"),
        quote("durchsichtigen Manöver", "Likud", "direct"),
        quote("würde das Regierungslager derzeit seine Mehrheit verlieren", "opinion polls", "indirect"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Government of Israel", "ORG", "ISR",
               ["Die Regierung von Israels Ministerpräsident Benjamin Netanjahu", "der Koalition", "Diese Regierung",
                "Netanjahus Koalition", "das Regierungslager"]),
        entity("Israel", "LOC", "ISR", ["Israels"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israels Ministerpräsident Benjamin Netanjahu", "Netanjahus"]),
        entity("Israeli opposition", "ORG", "ISR", ["der Opposition"]),
        entity("Knesset", "ORG", "ISR", ["das Parlament", "der Knesset", "dem Parlament"]),
        entity("Knesset members", "PER", "ISR", ["61 Abgeordnete der Knesset"]),
        entity("ultra-Orthodox parties", "ORG", "ISR",
               ["die ultraorthodoxen Parteien Schas und Vereinigtes Thora-Judentum", "Sie", "beide Parteien",
                "den ultraorthodoxen Parteien"]),
        entity("Shas", "ORG", "ISR", ["Schas"]),
        entity("United Torah Judaism", "ORG", "ISR", ["Vereinigtes Thora-Judentum"]),
        entity("ultra-Orthodox yeshiva students", "PER", "ISR", ["strengreligiöser Talmudschüler", "deren Schüler"]),
        entity("Yuli Edelstein", "PER", "ISR",
               ["dem Vorsitzenden des Auswärtigen und Verteidigungsausschusses, Juli Edelstein", "Edelstein"]),
        entity("Foreign Affairs and Defense Committee", "ORG", "ISR",
               ["des Auswärtigen und Verteidigungsausschusses"]),
        entity("Yair Lapid", "PER", "ISR", ["Oppositionsführer Jair Lapid", "Lapid"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Likud", "ORG", "ISR", ["Netanjahus Likud"]),
        entity("Supreme Court of Israel", "ORG", "ISR", ["Das Oberste Gericht"]),
        entity("Israeli yeshivas", "ORG", "ISR", ["Religionsschulen"]),
        entity("protesters outside the Knesset", "PER", "ISR", ["Hunderte Angehörige von Reservisten",
                                                                "drei Demonstranten"]),
        entity("Israel Police", "ORG", "ISR", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm503-de-03 (Algeria, prime minister dismissed)
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")
BUS_COMPANY = actor("operator of the Oued El Harrach bus", "DZA", "BUS")
DZA_PROSECUTORS = actor("Public Prosecutor's Office of Algeria", "DZA", "JUD")
BUS_OWNER = actor("owner of the Oued El Harrach bus company", "DZA", "BUS")
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")
BUS_OPERATORS = actor("private bus operators in Algeria", "DZA", "BUS")
SAYOUD = actor("Said Sayoud", "DZA", "GOV")
MSP = actor("Movement of Society for Peace", "DZA", "PTY")
HASSANI = actor("Abdelaali Hassani Cherif", "DZA", "PTY")

A1 = ("Algier (AFP) - Algeriens Präsident Abdelmadjid Tebboune hat Regierungschef Nadir Larbaoui überraschend "
      "entlassen.")
A2 = ("Mit der Führung der Regierungsgeschäfte beauftragte der Staatschef übergangsweise Industrieminister Sifi "
      "Ghrieb, wie das Präsidialamt am Donnerstagabend mitteilte.")
A3 = "Gründe für den Schritt nannte die knappe Erklärung nicht."
A4 = "Larbaoui, ein früherer Diplomat, führte die Regierung seit November 2023."
A5 = "Die Entlassung kommt knapp zwei Wochen nach einem schweren Busunglück in der Hauptstadt."
A6 = ("Am 15. August war ein voll besetzter Stadtbus in Algier von einer Brücke in das Flussbett des Oued El Harrach "
      "gestürzt, 18 Menschen kamen ums Leben.")
A7 = ("Tebboune ordnete daraufhin eine Untersuchung gegen das private Busunternehmen an und rief einen Tag "
      "Staatstrauer aus.")
A8 = "Die Staatsanwaltschaft ließ den Eigentümer des Unternehmens festnehmen."
A9 = "Die Regierung ordnete zudem an, alle mehr als 30 Jahre alten Busse binnen sechs Monaten aus dem Verkehr zu ziehen."
A10 = ("Private Busbetreiber traten daraufhin in mehreren Städten in den Streik und warfen der Regierung vor, sie mit "
       "zu kurzen Fristen in den Ruin zu treiben.")
A11 = "Verkehrsminister Said Sayoud lehnte eine Verlängerung der Frist ab."
A12 = "Die islamistische Bewegung der Gesellschaft für den Frieden (MSP) begrüßte die Entlassung Larbaouis."
A13 = ("Die Regierung habe die Sorgen der Bürger bei Wasser, Verkehr und Preisen „monatelang ignoriert“, erklärte "
       "Parteichef Abdelaali Hassani Cherif.")
A14 = "Er forderte ein Kabinett, das „dem Volk Rechenschaft schuldet“."
A15 = ("Tebboune war im September 2024 mit offiziell gut 84 Prozent der Stimmen für eine zweite Amtszeit gewählt "
       "worden.")
A16 = "Ghrieb gilt als Technokrat ohne eigene Hausmacht."
A17 = "Eine Umbildung des Kabinetts wird in den kommenden Wochen erwartet."

DE03 = {
    "id": "hm503-de-03", "lang": "de", "url": None, "published": "2025-08-29",
    "title": "Algeriens Präsident entlässt Regierungschef Larbaoui",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11], [A12, A13, A14], [A15, A16, A17]),
    "events": [
        event("ACCUSE", TEBBOUNE, BUS_COMPANY, A7, mode="investigate"),
        event("COERCE", DZA_PROSECUTORS, BUS_OWNER, A8, mode="arrest"),
        event("COERCE", DZA_GOV, BUS_OPERATORS, A9, mode="ban"),
        event("PROTEST", BUS_OPERATORS, DZA_GOV, A10, mode="strike"),
        event("ACCUSE", BUS_OPERATORS, DZA_GOV, A10, mode="disapprove"),
        event("REJECT", SAYOUD, BUS_OPERATORS, A11, mode="change"),
        event("SUPPORT", MSP, TEBBOUNE, A12),
        event("ACCUSE", HASSANI, DZA_GOV, A13, mode="disapprove"),
        event("REQUEST", HASSANI, TEBBOUNE, A14, mode="change"),
    ],
    "quotes": [
        quote("Mit der Führung der Regierungsgeschäfte beauftragte der Staatschef übergangsweise Industrieminister "
              "Sifi Ghrieb", "Presidency of Algeria", "indirect"),
        quote("sie mit zu kurzen Fristen in den Ruin zu treiben", "private bus operators in Algeria", "indirect"),
        quote("monatelang ignoriert", "Abdelaali Hassani Cherif", "direct"),
        quote("Die Regierung habe die Sorgen der Bürger bei Wasser, Verkehr und Preisen „monatelang ignoriert“",
              "Abdelaali Hassani Cherif", "indirect"),
        quote("dem Volk Rechenschaft schuldet", "Abdelaali Hassani Cherif", "direct"),
    ],
    "entities": [
        entity("Algiers", "LOC", "DZA", ["Algier", "in der Hauptstadt"]),
        entity("Algeria", "LOC", "DZA", ["Algeriens"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["Algeriens Präsident Abdelmadjid Tebboune", "der Staatschef",
                                                     "Tebboune"]),
        entity("Nadir Larbaoui", "PER", "DZA", ["Regierungschef Nadir Larbaoui", "Larbaoui, ein früherer Diplomat",
                                               "Larbaouis"]),
        entity("Sifi Ghrieb", "PER", "DZA", ["Industrieminister Sifi Ghrieb", "Ghrieb"]),
        entity("Presidency of Algeria", "ORG", "DZA", ["das Präsidialamt"]),
        entity("Government of Algeria", "ORG", "DZA", ["die Regierung", "Die Regierung", "der Regierung",
                                                      "ein Kabinett", "des Kabinetts"]),
        entity("Oued El Harrach", "LOC", "DZA", ["des Oued El Harrach"]),
        entity("operator of the Oued El Harrach bus", "ORG", "DZA", ["das private Busunternehmen",
                                                                    "des Unternehmens"]),
        entity("Public Prosecutor's Office of Algeria", "ORG", "DZA", ["Die Staatsanwaltschaft"]),
        entity("owner of the Oued El Harrach bus company", "PER", "DZA", ["den Eigentümer des Unternehmens"]),
        entity("private bus operators in Algeria", "ORG", "DZA", ["Private Busbetreiber", "sie"]),
        entity("Said Sayoud", "PER", "DZA", ["Verkehrsminister Said Sayoud"]),
        entity("Movement of Society for Peace", "ORG", "DZA",
               ["Die islamistische Bewegung der Gesellschaft für den Frieden (MSP)"]),
        entity("Abdelaali Hassani Cherif", "PER", "DZA", ["Parteichef Abdelaali Hassani Cherif", "Er"]),
    ],
}

# ---------------------------------------------------------------- hm503-de-04 (Morocco, family code reform)
MOHAMMED_VI = actor("Mohammed VI", "MAR", "GOV")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
ULEMA = actor("Higher Council of Ulema", "MAR", "REL")
ADFM = actor("Democratic Association of Moroccan Women", "MAR", "NGO")
BENKIRANE = actor("Abdelilah Benkirane", "MAR", "PTY")
PJD_SUPPORTERS = actor("supporters of the Justice and Development Party", "MAR", "CVL")
MAR_POLICE = actor("Moroccan police", "MAR", "COP")
AKHANNOUCH = actor("Aziz Akhannouch", "MAR", "GOV")

R1 = ("Rabat (dpa) - Marokkos Regierung hat Pläne für eine Reform des Familienrechts vorgelegt, die Frauen mehr "
      "Rechte bei Scheidung, Sorgerecht und Erbe einräumen sollen.")
R2 = ("Justizminister Abdellatif Ouahbi stellte die Vorschläge am Dienstag in Rabat gemeinsam mit dem Minister für "
      "islamische Angelegenheiten, Ahmed Toufiq, vor.")
R3 = "Die Vielehe soll demnach nur noch in eng begrenzten Ausnahmefällen erlaubt sein."
R4 = "Geschiedene Mütter sollen das Sorgerecht für ihre Kinder auch nach einer neuen Heirat behalten dürfen."
R5 = ("König Mohammed VI. hatte die Überarbeitung der sogenannten Mudawana aus dem Jahr 2004 im September 2023 in "
      "Auftrag gegeben.")
R6 = ("Nach Angaben Toufiqs lehnte der Oberste Rat der Religionsgelehrten drei der Vorschläge ab, darunter DNA-Tests "
      "zur Feststellung der Vaterschaft.")
R7 = "Der König habe die Gelehrten aufgefordert, bei ihrer Prüfung „Offenheit und Augenmaß“ zu zeigen, sagte Toufiq."
R8 = "Die Demokratische Frauenvereinigung Marokkos (ADFM) begrüßte die Pläne als Fortschritt."
R9 = "Das Erbrecht bleibe aber weitgehend unangetastet, kritisierte die Organisation."
R10 = ("Der frühere Regierungschef Abdelilah Benkirane von der islamistischen Partei für Gerechtigkeit und Entwicklung "
       "(PJD) warf der Regierung dagegen vor, die Familie nach westlichem Vorbild umbauen zu wollen.")
R11 = "Mehrere hundert Anhänger der Partei versammelten sich am Abend vor dem Parlament in Rabat zu einer Kundgebung."
R12 = "Die Polizei löste die nicht genehmigte Versammlung nach etwa einer Stunde auf."
R13 = "Die Vorschläge sollen nun in einen Gesetzentwurf einfließen, über den das Parlament abstimmen muss."
R14 = "Regierungschef Aziz Akhannouch versprach, die Reform noch vor der Parlamentswahl 2026 zu verabschieden."
R15 = ("Die Mudawana galt bei ihrer Einführung als eines der fortschrittlichsten Familiengesetze der arabischen "
       "Welt.")

DE04 = {
    "id": "hm503-de-04", "lang": "de", "url": None, "published": "2024-12-25",
    "title": "Marokko legt Reform des Familienrechts vor",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7], [R8, R9, R10, R11, R12], [R13, R14, R15]),
    "events": [
        event("REQUEST", MOHAMMED_VI, MAR_GOV, R5, mode="change"),
        event("REJECT", ULEMA, MAR_GOV, R6, mode="change"),
        event("REQUEST", MOHAMMED_VI, ULEMA, R7),
        event("SUPPORT", ADFM, MAR_GOV, R8),
        event("ACCUSE", ADFM, MAR_GOV, R9, mode="disapprove"),
        event("ACCUSE", BENKIRANE, MAR_GOV, R10, mode="disapprove"),
        event("PROTEST", PJD_SUPPORTERS, MAR_GOV, R11, mode="demo", date="2024-12-24", location="Rabat",
              location_country="MAR"),
        event("COERCE", MAR_POLICE, PJD_SUPPORTERS, R12, mode="crowd-control"),
        event("AGREE", AKHANNOUCH, None, R14),
    ],
    "quotes": [
        quote("Nach Angaben Toufiqs lehnte der Oberste Rat der Religionsgelehrten drei der Vorschläge ab, darunter "
              "DNA-Tests zur Feststellung der Vaterschaft", "Ahmed Toufiq", "indirect"),
        quote("Offenheit und Augenmaß", "Ahmed Toufiq", "direct"),
        quote("Der König habe die Gelehrten aufgefordert, bei ihrer Prüfung „Offenheit und Augenmaß“ zu zeigen",
              "Ahmed Toufiq", "indirect"),
        quote("Das Erbrecht bleibe aber weitgehend unangetastet", "Democratic Association of Moroccan Women",
              "indirect"),
        quote("die Familie nach westlichem Vorbild umbauen zu wollen", "Abdelilah Benkirane", "indirect"),
        quote("die Reform noch vor der Parlamentswahl 2026 zu verabschieden", "Aziz Akhannouch", "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Morocco", "LOC", "MAR", ["Marokkos"]),
        entity("Government of Morocco", "ORG", "MAR", ["Marokkos Regierung", "der Regierung"]),
        entity("Abdellatif Ouahbi", "PER", "MAR", ["Justizminister Abdellatif Ouahbi"]),
        entity("Ahmed Toufiq", "PER", "MAR", ["dem Minister für islamische Angelegenheiten, Ahmed Toufiq", "Toufiqs",
                                             "Toufiq"]),
        entity("Mohammed VI", "PER", "MAR", ["König Mohammed VI.", "Der König"]),
        entity("Mudawana", "MISC", "MAR", ["der sogenannten Mudawana", "Die Mudawana"]),
        entity("Higher Council of Ulema", "ORG", "MAR", ["der Oberste Rat der Religionsgelehrten", "die Gelehrten"]),
        entity("Democratic Association of Moroccan Women", "ORG", "MAR",
               ["Die Demokratische Frauenvereinigung Marokkos (ADFM)", "die Organisation"]),
        entity("Abdelilah Benkirane", "PER", "MAR", ["Der frühere Regierungschef Abdelilah Benkirane"]),
        entity("Justice and Development Party", "ORG", "MAR",
               ["der islamistischen Partei für Gerechtigkeit und Entwicklung (PJD)", "der Partei"]),
        entity("supporters of the Justice and Development Party", "PER", "MAR",
               ["Mehrere hundert Anhänger der Partei"]),
        entity("Parliament of Morocco", "ORG", "MAR", ["dem Parlament", "das Parlament"]),
        entity("Moroccan police", "ORG", "MAR", ["Die Polizei"]),
        entity("Aziz Akhannouch", "PER", "MAR", ["Regierungschef Aziz Akhannouch"]),
    ],
}

# ---------------------------------------------------------------- hm503-en-01 (Italy/Egypt, Regeni trial opens)
ROME_PROSECUTORS = actor("Rome Public Prosecutor's Office", "ITA", "JUD")
EGY_OFFICERS = actor("Egyptian officers accused in the Regeni case", "EGY", "COP")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
BALLERINI = actor("Alessandra Ballerini", "ITA", "CVL")
ITA_GOV = actor("Government of Italy", "ITA", "GOV")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
SISI = actor("Abdel Fattah el-Sisi", "EGY", "GOV")
ITA_OPPOSITION = actor("Italian opposition lawmakers", "ITA", "OPP")
ROME_COURT = actor("Rome Court of Assizes", "ITA", "JUD")

G1 = ("ROME (AP) — Four Egyptian security officers went on trial in absentia in Rome on Tuesday, charged with the "
      "abduction, torture and murder of Italian doctoral student Giulio Regeni in Cairo eight years ago.")
G2 = ("Regeni, a 28-year-old Cambridge University researcher, vanished in the Egyptian capital in January 2016 while "
      "researching independent labor unions.")
G3 = "His body, bearing signs of extensive torture, was found days later along a highway outside the city."
G4 = ("Prosecutors say the four men, all members of Egypt's National Security Agency at the time, suspected Regeni of "
      "being a spy and held him for days before he died.")
G5 = ("Cairo has for years refused to provide the defendants' addresses, which stalled the case until Italy's "
      "Constitutional Court ruled last year that it could go ahead without them being formally notified.")
G6 = "Egypt's government has denied that its security services were involved in Regeni's death."
G7 = ("Regeni's parents, Paola Deffendi and Claudio Regeni, sat in the front row of the bunker courtroom at Rome's "
      "Rebibbia prison as the hearing opened.")
G8 = ("\"We have waited eight years for this day,\" the family's lawyer, Alessandra Ballerini, told reporters "
      "outside.")
G9 = ("She accused Egyptian authorities of shielding the defendants and urged Italy's government to press Cairo for "
      "full cooperation.")
G10 = ("Premier Giorgia Meloni has raised the case with Egyptian President Abdel Fattah el-Sissi in several meetings, "
       "according to her office.")
G11 = ("Opposition lawmakers have accused her government of putting energy deals and migration cooperation with Egypt "
       "ahead of justice for Regeni.")
G12 = "Italy recalled its ambassador from Cairo in April 2016 over the lack of progress in the investigation."
G13 = ("Meloni's government has not withdrawn its envoy this time, saying dialogue with Cairo offers the best chance "
       "of results.")
G14 = ("The presiding judge adjourned the trial until March 18 after admitting the parents and the Italian "
       "government as civil parties.")
G15 = ("Prosecutors have asked the court to hear former Prime Minister Matteo Renzi, who led the government when "
       "Regeni was killed, as a witness.")
G16 = "The defendants face life sentences if convicted."

EN01 = {
    "id": "hm503-en-01", "lang": "en", "url": None, "published": "2024-02-20",
    "title": "Egyptian officers go on trial in absentia in Rome over killing of Italian student Giulio Regeni",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9], [G10, G11, G12, G13], [G14, G15, G16]),
    "events": [
        event("ACCUSE", ROME_PROSECUTORS, EGY_OFFICERS, G1, mode="allege", date="2024-02-20", location="Rome",
              location_country="ITA"),
        event("ACCUSE", ROME_PROSECUTORS, EGY_OFFICERS, G4, mode="allege"),
        event("REJECT", EGY_GOV, ROME_PROSECUTORS, G5),
        event("ACCUSE", BALLERINI, EGY_GOV, G9, mode="disapprove"),
        event("REQUEST", BALLERINI, ITA_GOV, G9),
        event("CONSULT", MELONI, SISI, G10, mode="meet"),
        event("ACCUSE", ITA_OPPOSITION, ITA_GOV, G11, mode="disapprove"),
        event("SANCTION", ITA_GOV, EGY_GOV, G12, mode="withdraw"),
        event("SANCTION", ITA_GOV, EGY_GOV, G13, mode="withdraw", negated=True),
        event("REQUEST", ROME_PROSECUTORS, ROME_COURT, G15),
    ],
    "quotes": [
        quote("the four men, all members of Egypt's National Security Agency at the time, suspected Regeni of being a "
              "spy and held him for days before he died", "Rome Public Prosecutor's Office", "indirect"),
        quote("that its security services were involved in Regeni's death", "Government of Egypt", "indirect"),
        quote("We have waited eight years for this day", "Alessandra Ballerini", "direct"),
        quote("Premier Giorgia Meloni has raised the case with Egyptian President Abdel Fattah el-Sissi in several "
              "meetings", "Office of the Prime Minister of Italy", "indirect"),
        quote("dialogue with Cairo offers the best chance of results", "Government of Italy", "indirect"),
    ],
    "entities": [
        entity("Rome", "LOC", "ITA", ["ROME", "Rome"]),
        entity("Egyptian officers accused in the Regeni case", "PER", "EGY",
               ["Four Egyptian security officers", "the four men", "the defendants", "The defendants"]),
        entity("Giulio Regeni", "PER", "ITA", ["Italian doctoral student Giulio Regeni",
                                               "Regeni, a 28-year-old Cambridge University researcher", "Regeni",
                                               "His", "him", "he", "Regeni's"]),
        entity("Cairo", "LOC", "EGY", ["Cairo", "the Egyptian capital", "the city"]),
        entity("University of Cambridge", "ORG", "GBR", ["Cambridge University"]),
        entity("Rome Public Prosecutor's Office", "ORG", "ITA", ["Prosecutors"]),
        entity("National Security Agency of Egypt", "ORG", "EGY", ["Egypt's National Security Agency",
                                                                   "its security services"]),
        entity("Government of Egypt", "ORG", "EGY", ["Cairo", "Egypt's government", "Egyptian authorities",
                                                     "Egypt"]),
        entity("Constitutional Court of Italy", "ORG", "ITA", ["Italy's Constitutional Court"]),
        entity("Paola Deffendi", "PER", "ITA", ["Paola Deffendi"]),
        entity("Claudio Regeni", "PER", "ITA", ["Claudio Regeni"]),
        entity("parents of Giulio Regeni", "PER", "ITA", ["Regeni's parents", "the parents"]),
        entity("Rebibbia prison", "LOC", "ITA", ["Rome's Rebibbia prison"]),
        entity("Alessandra Ballerini", "PER", "ITA", ["the family's lawyer, Alessandra Ballerini", "She"]),
        entity("Government of Italy", "ORG", "ITA", ["Italy's government", "her government", "Italy",
                                                     "Meloni's government", "the Italian government"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Premier Giorgia Meloni", "her", "Meloni's"]),
        entity("Abdel Fattah el-Sisi", "PER", "EGY", ["Egyptian President Abdel Fattah el-Sissi"]),
        entity("Office of the Prime Minister of Italy", "ORG", "ITA", ["her office"]),
        entity("Italian opposition lawmakers", "ORG", "ITA", ["Opposition lawmakers"]),
        entity("presiding judge of the Regeni trial", "PER", "ITA", ["The presiding judge"]),
        entity("Rome Court of Assizes", "ORG", "ITA", ["the court"]),
        entity("Matteo Renzi", "PER", "ITA", ["former Prime Minister Matteo Renzi"]),
    ],
}

# ---------------------------------------------------------------- hm503-en-02 (Libya, drone strikes on Zawiya)
GNU = actor("Government of National Unity of Libya", "LBY", "GOV")
ZAWIYA_SMUGGLERS = actor("smugglers in Zawiya", "LBY", "CVL")
LBY_MOD = actor("Ministry of Defense of Libya", "LBY", "MIL")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
HOR = actor("House of Representatives of Libya", "LBY", "LEG")
AGUILA = actor("Aguila Saleh", "LBY", "LEG")
LBY_AG = actor("Attorney General of Libya", "LBY", "JUD")
ZAWIYA_MPS = actor("lawmakers from Zawiya", "LBY", "LEG")
PRES_COUNCIL = actor("Presidential Council of Libya", "LBY", "GOV")
UNSMIL = actor("United Nations Support Mission in Libya", "UNO", "IGO")
BASHAGHA = actor("Fathi Bashagha", "LBY", "OPP")

Z1 = ("TRIPOLI, Libya (AP) — Drones operated by Libya's Tripoli-based government struck several targets in the western "
      "coastal city of Zawiya on Thursday in what officials described as a crackdown on fuel smugglers and human "
      "traffickers.")
Z2 = ("The Defense Ministry said the strikes hit boats, fuel depots and hideouts used by \"criminal gangs\" to smuggle "
      "fuel, drugs and migrants.")
Z3 = "It did not say whether anyone was killed or wounded."
Z4 = ("The ministry vowed to press on with the operation \"until the last den of crime on our coast is "
      "cleared.\"")
Z5 = ("Prime Minister Abdul Hamid Dbeibah, who also holds the defense portfolio, said smugglers would not be allowed "
      "to \"hold the coast hostage\" any longer.")
Z6 = ("The east-based House of Representatives condemned the strikes and accused Dbeibah of using the fight against "
      "smuggling to settle scores with political rivals in Zawiya.")
Z7 = "Parliament Speaker Aguila Saleh called on the attorney general to open an investigation."
Z8 = ("Several lawmakers from Zawiya demanded that the Presidential Council, which acts as Libya's collective head of "
      "state, halt the operation.")
Z9 = "The council did not respond to requests for comment."
Z10 = ("The U.N. Support Mission in Libya said it was \"concerned\" about the strikes and urged all sides to protect "
       "civilians.")
Z11 = ("Zawiya, about 45 kilometers (28 miles) west of Tripoli, is home to one of Libya's largest oil refineries and "
       "is a major departure point for migrants heading to Europe.")
Z12 = "Rival militias in the city have clashed repeatedly in recent months."
Z13 = ("Libya has been split for most of the past decade between rival administrations in the east and west, each "
       "backed by armed groups and foreign governments.")
Z14 = ("Last week, the House of Representatives suspended Fathi Bashagha, the prime minister it appointed in 2022, "
       "and referred him for investigation.")
Z15 = "Bashagha never managed to take office in Tripoli because Dbeibah refused to hand over power."

EN02 = {
    "id": "hm503-en-02", "lang": "en", "url": None, "published": "2023-05-26",
    "title": "Libya's Tripoli government strikes alleged smuggling hubs in Zawiya with drones",
    "text": paragraphs([Z1, Z2, Z3, Z4], [Z5, Z6, Z7, Z8, Z9], [Z10, Z11, Z12], [Z13, Z14, Z15]),
    "events": [
        event("ASSAULT", GNU, ZAWIYA_SMUGGLERS, Z1, mode="drone", date="2023-05-25", location="Zawiya",
              location_country="LBY"),
        event("ASSAULT", LBY_MOD, ZAWIYA_SMUGGLERS, Z2, mode="drone"),
        event("THREATEN", LBY_MOD, ZAWIYA_SMUGGLERS, Z4, mode="violence"),
        event("THREATEN", DBEIBAH, ZAWIYA_SMUGGLERS, Z5),
        event("ACCUSE", HOR, DBEIBAH, Z6, mode="disapprove"),
        event("REQUEST", AGUILA, LBY_AG, Z7),
        event("REQUEST", ZAWIYA_MPS, PRES_COUNCIL, Z8, mode="change"),
        event("ACCUSE", UNSMIL, GNU, Z10, mode="disapprove"),
        event("REQUEST", UNSMIL, None, Z10),
        event("COERCE", HOR, BASHAGHA, Z14, mode="restrict"),
        event("ACCUSE", HOR, BASHAGHA, Z14, mode="investigate"),
        event("REJECT", DBEIBAH, BASHAGHA, Z15, mode="yield"),
    ],
    "quotes": [
        quote("criminal gangs", "Ministry of Defense of Libya", "direct"),
        quote("the strikes hit boats, fuel depots and hideouts used by \"criminal gangs\" to smuggle fuel, drugs and "
              "migrants", "Ministry of Defense of Libya", "indirect"),
        quote("until the last den of crime on our coast is cleared", "Ministry of Defense of Libya", "direct"),
        quote("hold the coast hostage", "Abdul Hamid Dbeibah", "direct"),
        quote("smugglers would not be allowed to \"hold the coast hostage\" any longer", "Abdul Hamid Dbeibah",
              "indirect"),
        quote("concerned", "United Nations Support Mission in Libya", "direct"),
        quote("it was \"concerned\" about the strikes", "United Nations Support Mission in Libya", "indirect"),
    ],
    "entities": [
        entity("Tripoli", "LOC", "LBY", ["TRIPOLI", "Tripoli"]),
        entity("Libya", "LOC", "LBY", ["Libya", "Libya's"]),
        entity("Government of National Unity of Libya", "ORG", "LBY", ["Libya's Tripoli-based government"]),
        entity("Zawiya", "LOC", "LBY", ["the western coastal city of Zawiya", "Zawiya", "the city"]),
        entity("smugglers in Zawiya", "PER", "LBY", ["fuel smugglers and human traffickers", "criminal gangs",
                                                     "smugglers"]),
        entity("Ministry of Defense of Libya", "ORG", "LBY", ["The Defense Ministry", "It", "The ministry"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Prime Minister Abdul Hamid Dbeibah", "Dbeibah"]),
        entity("House of Representatives of Libya", "ORG", "LBY",
               ["The east-based House of Representatives", "the House of Representatives", "it"]),
        entity("political rivals of Abdul Hamid Dbeibah in Zawiya", "PER", "LBY", ["political rivals"]),
        entity("Aguila Saleh", "PER", "LBY", ["Parliament Speaker Aguila Saleh"]),
        entity("Attorney General of Libya", "PER", "LBY", ["the attorney general"]),
        entity("lawmakers from Zawiya", "PER", "LBY", ["Several lawmakers from Zawiya"]),
        entity("Presidential Council of Libya", "ORG", "LBY", ["the Presidential Council", "The council"]),
        entity("United Nations Support Mission in Libya", "ORG", "UNO", ["The U.N. Support Mission in Libya"]),
        entity("Europe", "LOC", None, ["Europe"]),
        entity("Zawiya militias", "ORG", "LBY", ["Rival militias"]),
        entity("Fathi Bashagha", "PER", "LBY", ["Fathi Bashagha, the prime minister it appointed in 2022", "him",
                                                "Bashagha"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
