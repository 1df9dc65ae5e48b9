"""Round 116: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm116-de-01: Serbian Prime Minister Milos Vucevic and Novi Sad's mayor resign after an attack on a student amid mass protests (2025-01-28).
- hm116-de-02: Armenian security forces arrest Archbishop Bagrat Galstanyan over an alleged coup plot amid Pashinyan's feud with the church (2025-06-26).
- hm116-de-03: Belarus frees 14 political prisoners including Siarhei Tsikhanouski after US envoy Keith Kellogg's visit to Lukashenko (2025-06-22).
- hm116-de-04: Massive Russian missile and drone strike on Ukraine's energy grid; Zelensky asks for long-range permission, Poland scrambles jets (2024-08-26).
- hm116-en-01: Kyrgyz court jails Temirov Live journalist Makhabat Tajibek Kyzy for six years; CPJ and US embassy protest (2024-10-10).
- hm116-en-02: Ontario's Doug Ford suspends the electricity export surcharge after Trump threatens 50% steel tariffs (2025-03-11).
"""
from annotate import actor, entity, event, paragraphs, quote


def article(id_, lang, published, text, events, quotes, entities):
    return {"id": id_, "lang": lang, "url": None, "published": published, "title": None, "text": text,
            "events": events, "quotes": quotes, "entities": entities}


# ---------------------------------------------------------------- hm116-de-01
VUCEVIC = actor("Milos Vucevic", "SRB", "GOV")
DJURIC = actor("Milan Djuric", "SRB", "GOV")
SNS_SUPPORTERS = actor("Supporters of the Serbian Progressive Party", "SRB", "PTY")
SRB_STUDENT = actor("Serbian student", "SRB", "CVL")
SRB_PROTESTERS = actor("Serbian protesters", "SRB", "CVL")
SRB_STUDENTS = actor("Serbian students", "SRB", "CVL")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
VUCIC = actor("Aleksandar Vucic", "SRB", "GOV")
SRB_OPP = actor("Serbian opposition", "SRB", "OPP")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
EC_SPOKESWOMAN = actor("Spokesperson of the European Commission", "EUR", "IGO")

A1 = "Serbiens Ministerpräsident Miloš Vučević ist nach wochenlangen Massenprotesten zurückgetreten."
A2 = ("Er habe die Entscheidung getroffen, um die Spannungen in der Gesellschaft nicht weiter zu verschärfen, "
      "sagte Vučević am Dienstag in Belgrad.")
A3 = "Auch der Bürgermeister von Novi Sad, Milan Đurić, legte am Dienstag sein Amt nieder."
A4 = ("Am Montagabend hatten Anhänger der Regierungspartei SNS in Novi Sad eine Studentin mit einem "
      "Baseballschläger angegriffen und schwer verletzt.")
A5 = ("Seit dem Einsturz eines Bahnhofsvordachs in Novi Sad am 1. November, bei dem 15 Menschen ums Leben kamen, "
      "protestieren in ganz Serbien Zehntausende gegen die Regierung.")
A6 = ("Am Montag hatten Studenten in Belgrad die Autokomanda, einen der wichtigsten Verkehrsknotenpunkte der "
      "Hauptstadt, 24 Stunden lang blockiert.")
A7 = ("Die Demonstranten fordern, dass die Verantwortlichen für das Unglück zur Rechenschaft gezogen und alle "
      "Unterlagen zur Renovierung des Bahnhofs veröffentlicht werden.")
A8 = ("Präsident Aleksandar Vučić sagte, er werde innerhalb von zehn Tagen entscheiden, ob es eine neue Regierung "
      "oder Neuwahlen gebe.")
A9 = "Einer Übergangsregierung von Experten, wie sie Teile der Opposition fordern, erteilte er eine klare Absage."
A10 = "„Die Bürger werden entscheiden, nicht die Straße“, sagte Vučić."
A11 = "Die EU-Kommission rief alle Seiten zur Zurückhaltung auf und verurteilte den Angriff auf die Studentin."
A12 = "Gewalt gegen friedliche Demonstranten sei inakzeptabel, sagte eine Sprecherin in Brüssel."

D = "2025-01-28"
DE01 = article(
    "hm116-de-01", "de", D,
    paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10], [A11, A12]),
    [
        event("RETREAT", VUCEVIC, None, A1, mode="resign", date=D, location="Belgrade", location_country="SRB"),
        event("RETREAT", DJURIC, None, A3, mode="resign", date=D, location="Novi Sad", location_country="SRB"),
        event("ASSAULT", SNS_SUPPORTERS, SRB_STUDENT, A4, mode="beat", date="2025-01-27", location="Novi Sad",
              location_country="SRB"),
        event("PROTEST", SRB_PROTESTERS, SRB_GOV, A5, mode="demo", location_country="SRB"),
        event("PROTEST", SRB_STUDENTS, SRB_GOV, A6, mode="obstruct", date="2025-01-27", location="Belgrade",
              location_country="SRB"),
        event("REJECT", VUCIC, SRB_OPP, A9, mode="change"),
        event("REQUEST", SRB_OPP, VUCIC, A9, mode="change"),
        event("REQUEST", EU_COMMISSION, None, A11),
        event("ACCUSE", EU_COMMISSION, SNS_SUPPORTERS, A11, mode="disapprove"),
        event("ACCUSE", EC_SPOKESWOMAN, None, A12, mode="disapprove", location="Brussels",
              location_country="BEL"),
    ],
    [
        quote("Er habe die Entscheidung getroffen, um die Spannungen in der Gesellschaft nicht weiter zu verschärfen",
              "Milos Vucevic", "indirect"),
        quote("die Verantwortlichen für das Unglück zur Rechenschaft gezogen und alle Unterlagen zur Renovierung des "
              "Bahnhofs veröffentlicht werden", "Serbian protesters", "indirect"),
        quote("er werde innerhalb von zehn Tagen entscheiden, ob es eine neue Regierung oder Neuwahlen gebe",
              "Aleksandar Vucic", "indirect"),
        quote("Die Bürger werden entscheiden, nicht die Straße", "Aleksandar Vucic", "direct"),
        quote("Gewalt gegen friedliche Demonstranten sei inakzeptabel", "Spokesperson of the European Commission",
              "indirect"),
    ],
    [
        entity("Serbia", "GPE", "SRB", ["Serbiens", "Serbien"]),
        entity("Milos Vucevic", "PER", "SRB", ["Miloš Vučević", "Vučević", "Serbiens Ministerpräsident"]),
        entity("Belgrade", "LOC", "SRB", ["Belgrad", "der Hauptstadt"]),
        entity("Novi Sad", "LOC", "SRB", ["Novi Sad"]),
        entity("Milan Djuric", "PER", "SRB", ["Milan Đurić", "der Bürgermeister von Novi Sad"]),
        entity("Serbian Progressive Party", "ORG", "SRB", ["Regierungspartei SNS"]),
        entity("Government of Serbia", "ORG", "SRB", ["die Regierung"]),
        entity("Autokomanda", "LOC", "SRB", ["Autokomanda"]),
        entity("Aleksandar Vucic", "PER", "SRB", ["Aleksandar Vučić", "Vučić"]),
        entity("Serbian opposition", "ORG", "SRB", ["Teile der Opposition"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Spokesperson of the European Commission", "PER", "EUR", ["eine Sprecherin"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
    ],
)

# ---------------------------------------------------------------- hm116-de-02
ARM_SECURITY = actor("Armenian security forces", "ARM", "COP")
GALSTANYAN = actor("Bagrat Galstanyan", "ARM", "CVL")
ARM_IC = actor("Investigative Committee of Armenia", "ARM", "COP")
ARM_SUSPECTS = actor("Other suspects in the coup case", "ARM", "CVL")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
KAREKIN = actor("Karekin II", "ARM", "CVL")
CHURCH = actor("Armenian Apostolic Church", "ARM", "CVL")
KARAPETYAN = actor("Samvel Karapetyan", "ARM", "BUS")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
ARM_BELIEVERS = actor("Armenian believers", "ARM", "CVL")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")

B1 = "Armenische Sicherheitskräfte haben den prominenten Erzbischof Bagrat Galstanjan am Mittwoch in Jerewan festgenommen."
B2 = ("Das Ermittlungskomitee wirft dem Geistlichen vor, er habe gemeinsam mit Dutzenden Anhängern einen "
      "gewaltsamen Umsturz geplant.")
B3 = "Bei Durchsuchungen seien Waffen, Sprengstoff und Pläne für Anschläge gefunden worden, teilte die Behörde mit."
B4 = "Auch 14 weitere Personen wurden festgenommen."
B5 = ("Galstanjan hatte im vergangenen Jahr eine Protestbewegung gegen die Regierung von Ministerpräsident Nikol "
      "Paschinjan angeführt.")
B6 = ("Paschinjan liefert sich seit Wochen einen offenen Streit mit der Führung der Armenischen Apostolischen "
      "Kirche, deren Oberhaupt Katholikos Karekin II. er zum Rücktritt aufgefordert hat.")
B7 = ("Der Regierungschef schrieb am Mittwoch auf Facebook, man werde „die Kirche von einer Clique befreien“, die "
      "das Land destabilisieren wolle.")
B8 = ("Bereits in der vergangenen Woche war der russisch-armenische Milliardär Samwel Karapetjan festgenommen "
      "worden, nachdem er sich öffentlich hinter die Kirche gestellt hatte.")
B9 = "Die Kirche sprach von einem „Angriff auf den Glauben“ und forderte die sofortige Freilassung des Erzbischofs."
B10 = "Vor dem Sitz des Ermittlungskomitees versammelten sich am Abend Hunderte Gläubige zu einer Protestkundgebung."
B11 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf der Regierung in Jerewan vor, sie "
       "führe einen „Feldzug gegen die Kirche“.")

D = "2025-06-26"
W = "2025-06-25"
DE02 = article(
    "hm116-de-02", "de", D,
    paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11]),
    [
        event("COERCE", ARM_SECURITY, GALSTANYAN, B1, mode="arrest", date=W, location="Yerevan",
              location_country="ARM"),
        event("ACCUSE", ARM_IC, GALSTANYAN, B2, mode="allege"),
        event("COERCE", ARM_IC, GALSTANYAN, B3, mode="seize"),
        event("ACCUSE", ARM_IC, GALSTANYAN, B3, mode="allege"),
        event("COERCE", ARM_SECURITY, ARM_SUSPECTS, B4, mode="arrest", date=W),
        event("PROTEST", GALSTANYAN, PASHINYAN, B5, mode="demo"),
        event("REQUEST", PASHINYAN, KAREKIN, B6, mode="change"),
        event("ACCUSE", PASHINYAN, CHURCH, B7, mode="allege", date=W),
        event("THREATEN", PASHINYAN, CHURCH, B7, date=W),
        event("COERCE", ARM_SECURITY, KARAPETYAN, B8, mode="arrest"),
        event("SUPPORT", KARAPETYAN, CHURCH, B8),
        event("ACCUSE", CHURCH, ARM_GOV, B9, mode="disapprove"),
        event("REQUEST", CHURCH, ARM_GOV, B9, mode="yield"),
        event("PROTEST", ARM_BELIEVERS, ARM_IC, B10, mode="demo", date=W, location="Yerevan",
              location_country="ARM"),
        event("ACCUSE", ZAKHAROVA, ARM_GOV, B11, mode="disapprove"),
    ],
    [
        quote("er habe gemeinsam mit Dutzenden Anhängern einen gewaltsamen Umsturz geplant",
              "Investigative Committee of Armenia", "indirect"),
        quote("Bei Durchsuchungen seien Waffen, Sprengstoff und Pläne für Anschläge gefunden worden",
              "Investigative Committee of Armenia", "indirect"),
        quote("die Kirche von einer Clique befreien", "Nikol Pashinyan", "direct"),
        quote("man werde „die Kirche von einer Clique befreien“, die das Land destabilisieren wolle", "Nikol Pashinyan",
              "indirect"),
        quote("Angriff auf den Glauben", "Armenian Apostolic Church", "direct"),
        quote("Feldzug gegen die Kirche", "Maria Zakharova", "direct"),
        quote("sie führe einen „Feldzug gegen die Kirche“", "Maria Zakharova", "indirect"),
    ],
    [
        entity("Armenian security forces", "ORG", "ARM", ["Armenische Sicherheitskräfte"]),
        entity("Bagrat Galstanyan", "PER", "ARM", ["Erzbischof Bagrat Galstanjan", "Galstanjan", "dem Geistlichen",
                                                    "des Erzbischofs"]),
        entity("Yerevan", "LOC", "ARM", ["Jerewan"]),
        entity("Investigative Committee of Armenia", "ORG", "ARM", ["Das Ermittlungskomitee", "die Behörde",
                                                                     "des Ermittlungskomitees"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Nikol Paschinjan", "Paschinjan", "Der Regierungschef"]),
        entity("Government of Armenia", "ORG", "ARM", ["die Regierung von Ministerpräsident Nikol Paschinjan",
                                                        "der Regierung in Jerewan"]),
        entity("Armenian Apostolic Church", "ORG", "ARM", ["Armenischen Apostolischen Kirche", "Die Kirche",
                                                           "die Kirche"]),
        entity("Karekin II", "PER", "ARM", ["Katholikos Karekin II."]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("Armenia", "GPE", "ARM", ["das Land"]),
        entity("Samvel Karapetyan", "PER", "ARM", ["Samwel Karapetjan"]),
        entity("Russian Foreign Ministry", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Maria Zakharova", "PER", "RUS", ["Maria Sacharowa", "Die Sprecherin des russischen Außenministeriums"]),
    ],
)

# ---------------------------------------------------------------- hm116-de-03
BELARUS = actor("Belarus", "BLR", "GOV")
BLR_PRISONERS = actor("Belarusian political prisoners", "BLR", "CVL")
TSIKHANOUSKI = actor("Siarhei Tsikhanouski", "BLR", "OPP")
KELLOGG = actor("Keith Kellogg", "USA", "GOV")
LUKASHENKO = actor("Alexander Lukashenko", "BLR", "GOV")
TSIKHANOUSKAYA = actor("Sviatlana Tsikhanouskaya", "BLR", "OPP")
TRUMP = actor("Donald Trump", "USA", "GOV")
LTU_GOV = actor("Government of Lithuania", "LTU", "GOV")
USA = actor("United States", "USA", "GOV")
VIASNA = actor("Viasna", "BLR", "NGO")

C1 = ("Belarus hat nach einem Besuch des US-Sondergesandten Keith Kellogg 14 politische Gefangene freigelassen, "
      "darunter den Oppositionspolitiker Sergej Tichanowski.")
C2 = ("Machthaber Alexander Lukaschenko hatte Kellogg am Samstag in Minsk empfangen, es war der ranghöchste Besuch "
      "eines US-Vertreters seit Jahren.")
C3 = "Tichanowski, der Ehemann der im Exil lebenden Oppositionsführerin Swetlana Tichanowskaja, saß seit Mai 2020 in Haft."
C4 = "Die Freigelassenen wurden noch am Samstag in die litauische Hauptstadt Vilnius gebracht."
C5 = "„Ich bin frei, aber Tausende sind es noch nicht“, sagte Tichanowski nach seiner Ankunft in Vilnius."
C6 = "Tichanowskaja dankte US-Präsident Donald Trump und der litauischen Regierung für ihren Einsatz."
C7 = "Sie forderte zugleich die Freilassung aller rund 1150 politischen Gefangenen in Belarus."
C8 = "Der Westen dürfe den Druck auf das Regime jetzt nicht verringern, sagte die Oppositionsführerin."
C9 = ("Kellogg schrieb auf der Plattform X, er habe mit Lukaschenko über den Krieg in der Ukraine und über weitere "
      "Freilassungen gesprochen.")
C10 = ("Belarussische Staatsmedien zitierten Lukaschenko mit den Worten, Minsk sei zu einem „großen Deal“ mit "
       "Washington bereit.")
C12 = ("Die Menschenrechtsorganisation Wjasna erklärte, das Regime nehme weiterhin fast täglich neue Regimekritiker "
       "fest.")

D = "2025-06-22"
S = "2025-06-21"
DE03 = article(
    "hm116-de-03", "de", D,
    paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C12]),
    [
        event("RETREAT", BELARUS, BLR_PRISONERS, C1, mode="release", date=S),
        event("RETREAT", BELARUS, TSIKHANOUSKI, C1, mode="release", date=S),
        event("CONSULT", KELLOGG, BELARUS, C1, mode="visit", date=S, location="Minsk", location_country="BLR"),
        event("CONSULT", KELLOGG, LUKASHENKO, C2, mode="visit", date=S, location="Minsk", location_country="BLR"),
        event("SUPPORT", TSIKHANOUSKAYA, TRUMP, C6),
        event("SUPPORT", TSIKHANOUSKAYA, LTU_GOV, C6),
        event("REQUEST", TSIKHANOUSKAYA, BELARUS, C7, mode="yield"),
        event("REQUEST", TSIKHANOUSKAYA, None, C8),
        event("CONSULT", KELLOGG, LUKASHENKO, C9, mode="visit", date=S, location="Minsk", location_country="BLR"),
        event("AGREE", LUKASHENKO, USA, C10),
        event("ACCUSE", VIASNA, BELARUS, C12, mode="allege"),
    ],
    [
        quote("Ich bin frei, aber Tausende sind es noch nicht", "Siarhei Tsikhanouski", "direct"),
        quote("Der Westen dürfe den Druck auf das Regime jetzt nicht verringern", "Sviatlana Tsikhanouskaya",
              "indirect"),
        quote("er habe mit Lukaschenko über den Krieg in der Ukraine und über weitere Freilassungen gesprochen",
              "Keith Kellogg", "indirect"),
        quote("großen Deal", "Alexander Lukashenko", "direct"),
        quote("Minsk sei zu einem „großen Deal“ mit Washington bereit", "Alexander Lukashenko", "indirect"),
        quote("das Regime nehme weiterhin fast täglich neue Regimekritiker fest", "Viasna", "indirect"),
    ],
    [
        entity("Belarus", "GPE", "BLR", ["Belarus", "Minsk", "das Regime"]),
        entity("Keith Kellogg", "PER", "USA", ["Keith Kellogg", "Kellogg", "US-Sondergesandten"]),
        entity("Siarhei Tsikhanouski", "PER", "BLR", ["Sergej Tichanowski", "Tichanowski"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["Alexander Lukaschenko", "Lukaschenko", "Machthaber"]),
        entity("Minsk", "LOC", "BLR", ["in Minsk"]),
        entity("Sviatlana Tsikhanouskaya", "PER", "BLR", ["Swetlana Tichanowskaja", "Tichanowskaja",
                                                          "die Oppositionsführerin"]),
        entity("Vilnius", "LOC", "LTU", ["Vilnius", "die litauische Hauptstadt"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump", "US-Präsident"]),
        entity("Government of Lithuania", "ORG", "LTU", ["der litauischen Regierung"]),
        entity("X", "ORG", "USA", ["Plattform X"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
        entity("Belarusian state media", "ORG", "BLR", ["Belarussische Staatsmedien"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Viasna", "ORG", "BLR", ["Die Menschenrechtsorganisation Wjasna", "Wjasna"]),
    ],
)

# ---------------------------------------------------------------- hm116-de-04
RUSSIA = actor("Russia", "RUS", "MIL")
RUS_FORCES = actor("Russian armed forces", "RUS", "MIL")
UKRAINE = actor("Ukraine", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
USA_DE = actor("United States", "USA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
POLAND = actor("Poland", "POL", "MIL")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")

D1 = ("Russland hat die Ukraine in der Nacht zum Montag mit einem der schwersten Luftangriffe seit Kriegsbeginn "
      "überzogen.")
D2 = ("Nach Angaben der ukrainischen Luftwaffe feuerte das russische Militär mehr als 120 Raketen und über 100 "
      "Kampfdrohnen auf Ziele im ganzen Land ab.")
D3 = "Mindestens sieben Menschen wurden getötet, Dutzende verletzt."
D4 = ("Die russischen Streitkräfte nahmen vor allem Kraftwerke und Umspannwerke ins Visier, in Kiew und "
      "zahlreichen anderen Städten fiel der Strom aus.")
D5 = ("Präsident Wolodymyr Selenskyj warf Moskau vor, es wolle gezielt die Stromversorgung der Zivilbevölkerung "
      "vor dem Winter zerstören.")
D6 = ("Er forderte die USA und Großbritannien erneut auf, der Ukraine den Einsatz weitreichender Waffen gegen "
      "Militärflugplätze in Russland zu erlauben.")
D7 = ("„Solange wir die Abschussrampen nicht erreichen dürfen, werden diese Angriffe weitergehen“, sagte Selenskyj "
      "in seiner abendlichen Videoansprache.")
D8 = "Polen ließ wegen der Angriffe in der Nacht eigene und verbündete Kampfflugzeuge aufsteigen."
D9 = ("Das polnische Einsatzkommando erklärte, ein Flugobjekt, vermutlich eine Drohne, sei in den polnischen "
      "Luftraum eingedrungen.")
D10 = "Bundesaußenministerin Annalena Baerbock verurteilte den Angriff als „Terror gegen die Zivilbevölkerung“."
D11 = ("Deutschland hatte der Ukraine erst in der vergangenen Woche ein weiteres Flugabwehrsystem vom Typ Iris-T "
       "übergeben.")

D = "2024-08-26"
DE04 = article(
    "hm116-de-04", "de", D,
    paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10, D11]),
    [
        event("ASSAULT", RUSSIA, UKRAINE, D1, mode="heavy-weapons", date=D, location_country="UKR"),
        event("ASSAULT", RUS_FORCES, UKRAINE, D2, mode="drone", date=D, location_country="UKR"),
        event("ASSAULT", RUS_FORCES, UKRAINE, D4, mode="destroy", date=D, location="Kyiv", location_country="UKR"),
        event("ACCUSE", ZELENSKY, RUSSIA, D5, mode="allege"),
        event("REQUEST", ZELENSKY, USA_DE, D6, mode="assist"),
        event("REQUEST", ZELENSKY, UK, D6, mode="assist"),
        event("MOBILIZE", POLAND, None, D8, mode="weapons", date=D, location_country="POL"),
        event("ACCUSE", BAERBOCK, RUSSIA, D10, mode="disapprove"),
        event("AID", GERMANY, UKRAINE, D11),
    ],
    [
        quote("feuerte das russische Militär mehr als 120 Raketen und über 100 Kampfdrohnen auf Ziele im ganzen Land ab",
              "Ukrainian Air Force", "indirect"),
        quote("es wolle gezielt die Stromversorgung der Zivilbevölkerung vor dem Winter zerstören",
              "Volodymyr Zelensky", "indirect"),
        quote("Solange wir die Abschussrampen nicht erreichen dürfen, werden diese Angriffe weitergehen",
              "Volodymyr Zelensky", "direct"),
        quote("ein Flugobjekt, vermutlich eine Drohne, sei in den polnischen Luftraum eingedrungen",
              "Polish Operational Command", "indirect"),
        quote("Terror gegen die Zivilbevölkerung", "Annalena Baerbock", "direct"),
    ],
    [
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "der Ukraine", "im ganzen Land"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["der ukrainischen Luftwaffe"]),
        entity("Russian armed forces", "ORG", "RUS", ["das russische Militär", "Die russischen Streitkräfte"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Wolodymyr Selenskyj", "Selenskyj"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("Poland", "GPE", "POL", ["Polen"]),
        entity("Polish Operational Command", "ORG", "POL", ["Das polnische Einsatzkommando"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Annalena Baerbock", "Bundesaußenministerin"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
    ],
)

# ---------------------------------------------------------------- hm116-en-01
KGZ_COURT = actor("Bishkek district court", "KGZ", "JUD")
TAJIBEK_KYZY = actor("Makhabat Tajibek Kyzy", "KGZ", "CVL")
TEMIROV_STAFF = actor("Temirov Live staff", "KGZ", "CVL")
KGZ_POLICE = actor("Kyrgyz police", "KGZ", "COP")
TEMIROV_LIVE = actor("Temirov Live", "KGZ", "CVL")
KGZ_GOV = actor("Government of Kyrgyzstan", "KGZ", "GOV")
TEMIROV = actor("Bolot Temirov", "KGZ", "CVL")
CPJ = actor("Committee to Protect Journalists", "NGO", "NGO")
KGZ_APPEALS = actor("Kyrgyz appeals court", "KGZ", "JUD")
US_EMBASSY = actor("U.S. Embassy in Bishkek", "USA", "GOV")

E1 = ("A court in Kyrgyzstan on Thursday sentenced investigative journalist Makhabat Tajibek Kyzy to six years in "
      "prison on charges of calling for mass unrest.")
E2 = ("Three other current and former staff members of Temirov Live, the outlet she heads, received suspended "
      "sentences, while seven were acquitted.")
E3 = ("Tajibek Kyzy, who was detained in a police raid on the outlet's offices in January, has denied the "
      "charges.")
E4 = ("\"I was punished for doing journalism, not for any crime,\" she told reporters from the defendants' cage "
      "after the verdict was read in a Bishkek district court.")
E5 = ("Her husband, Bolot Temirov, who founded Temirov Live and lives in exile, said the authorities wanted to "
      "silence the last critical voices in the country.")
E6 = "Her lawyer said she would appeal."
E7 = ("The Committee to Protect Journalists called the verdict \"outrageous\" and urged an appeals court to "
      "overturn it.")
E8 = ("The U.S. Embassy in Bishkek said it was \"deeply concerned\" and called on Kyrgyz authorities to respect "
      "freedom of expression.")
E9 = ("President Sadyr Japarov has dismissed Western criticism of the case, saying journalists are not above the "
      "law.")

D = "2024-10-10"
EN01 = article(
    "hm116-en-01", "en", D,
    paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9]),
    [
        event("SANCTION", KGZ_COURT, TAJIBEK_KYZY, E1, mode="convict", date=D, location="Bishkek",
              location_country="KGZ"),
        event("COERCE", KGZ_COURT, TAJIBEK_KYZY, E1, mode="arrest", date=D, location="Bishkek",
              location_country="KGZ"),
        event("SANCTION", KGZ_COURT, TEMIROV_STAFF, E2, mode="convict", date=D, location="Bishkek",
              location_country="KGZ"),
        event("CONCEDE", KGZ_COURT, TEMIROV_STAFF, E2, date=D, location="Bishkek", location_country="KGZ"),
        event("COERCE", KGZ_POLICE, TAJIBEK_KYZY, E3, mode="arrest"),
        event("COERCE", KGZ_POLICE, TEMIROV_LIVE, E3, mode="seize"),
        event("ACCUSE", TAJIBEK_KYZY, KGZ_GOV, E4, mode="disapprove", date=D, location="Bishkek",
              location_country="KGZ"),
        event("ACCUSE", TEMIROV, KGZ_GOV, E5, mode="allege"),
        event("ACCUSE", CPJ, KGZ_COURT, E7, mode="disapprove"),
        event("REQUEST", CPJ, KGZ_APPEALS, E7, mode="yield"),
        event("ACCUSE", US_EMBASSY, KGZ_GOV, E8, mode="disapprove"),
        event("REQUEST", US_EMBASSY, KGZ_GOV, E8, mode="change"),
    ],
    [
        quote("I was punished for doing journalism, not for any crime", "Makhabat Tajibek Kyzy", "direct"),
        quote("the authorities wanted to silence the last critical voices in the country", "Bolot Temirov",
              "indirect"),
        quote("she would appeal", "Lawyer of Makhabat Tajibek Kyzy", "indirect"),
        quote("outrageous", "Committee to Protect Journalists", "direct"),
        quote("deeply concerned", "U.S. Embassy in Bishkek", "direct"),
        quote("it was \"deeply concerned\"", "U.S. Embassy in Bishkek", "indirect"),
        quote("journalists are not above the law", "Sadyr Japarov", "indirect"),
    ],
    [
        entity("Kyrgyzstan", "GPE", "KGZ", ["Kyrgyzstan", "the country"]),
        entity("Bishkek district court", "ORG", "KGZ", ["A court in Kyrgyzstan", "a Bishkek district court"]),
        entity("Makhabat Tajibek Kyzy", "PER", "KGZ", ["Makhabat Tajibek Kyzy", "Tajibek Kyzy"]),
        entity("Temirov Live", "ORG", "KGZ", ["Temirov Live", "the outlet"]),
        entity("Kyrgyz police", "ORG", "KGZ", ["police"]),
        entity("Bishkek", "LOC", "KGZ", ["Bishkek"]),
        entity("Bolot Temirov", "PER", "KGZ", ["Bolot Temirov", "Her husband"]),
        entity("Government of Kyrgyzstan", "ORG", "KGZ", ["the authorities", "Kyrgyz authorities"]),
        entity("Lawyer of Makhabat Tajibek Kyzy", "PER", "KGZ", ["Her lawyer"]),
        entity("Committee to Protect Journalists", "ORG", "NGO", ["The Committee to Protect Journalists"]),
        entity("Kyrgyz appeals court", "ORG", "KGZ", ["an appeals court"]),
        entity("U.S. Embassy in Bishkek", "ORG", "USA", ["The U.S. Embassy in Bishkek"]),
        entity("Sadyr Japarov", "PER", "KGZ", ["Sadyr Japarov"]),
    ],
)

# ---------------------------------------------------------------- hm116-en-02
FORD = actor("Doug Ford", "CAN", "GOV")
USA_EN = actor("United States", "USA", "GOV")
TRUMP_EN = actor("Donald Trump", "USA", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
LUTNICK = actor("Howard Lutnick", "USA", "GOV")
ONTARIO = actor("Government of Ontario", "CAN", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
CARNEY = actor("Mark Carney", "CAN", "PTY")

F1 = ("Ontario Premier Doug Ford on Tuesday suspended a 25% surcharge on electricity exports to three U.S. states, "
      "hours after President Donald Trump threatened to double tariffs on Canadian steel and aluminum to 50% in "
      "retaliation.")
F2 = ("Ford said he had agreed to lift the levy after a \"productive\" call with Commerce Secretary Howard Lutnick, "
      "and that the two would meet in Washington later this week to discuss the USMCA trade pact.")
F3 = ("Trump had announced the higher tariffs in a morning post on Truth Social, calling Ontario's surcharge "
      "\"abusive\" and \"a threat\" to the United States.")
F4 = "The White House later said the 50% tariffs would not go ahead after Ontario backed down."
F5 = ("Ontario imposed the surcharge on Monday in response to U.S. tariffs, affecting some 1.5 million homes and "
      "businesses in Minnesota, New York and Michigan.")
F6 = ("Trump's 25% tariffs on most Canadian imports took effect last week, prompting Ottawa to impose "
      "counter-tariffs on 30 billion Canadian dollars ($20.8 billion) of U.S. goods.")
F7 = ("Outgoing Prime Minister Justin Trudeau said Canada's counter-tariffs would stay in place until Washington "
      "lifted its own levies and urged Trump to \"come to the table.\"")
F8 = ("Mark Carney, who won the race to lead the ruling Liberal Party on Sunday and will succeed Trudeau, accused "
      "Trump in his victory speech of attacking \"Canadian workers, families and businesses.\"")
F9 = "\"We didn't ask for this fight,\" Carney told supporters in Ottawa."
F10 = ("Ford had also threatened to cut off electricity exports to the United States entirely if Washington "
       "escalated the trade war.")

D = "2025-03-11"
EN02 = article(
    "hm116-en-02", "en", D,
    paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10]),
    [
        event("CONCEDE", FORD, USA_EN, F1, date=D),
        event("THREATEN", TRUMP_EN, CANADA, F1, mode="restrict", date=D),
        event("CONCEDE", FORD, USA_EN, F2, date=D),
        event("CONSULT", FORD, LUTNICK, F2, mode="phone", date=D),
        event("AGREE", FORD, LUTNICK, F2, date=D, location="Washington", location_country="USA"),
        event("THREATEN", TRUMP_EN, CANADA, F3, mode="restrict", date=D),
        event("ACCUSE", TRUMP_EN, ONTARIO, F3, mode="disapprove", date=D),
        event("CONCEDE", WHITE_HOUSE, CANADA, F4, date=D),
        event("SANCTION", ONTARIO, USA_EN, F5, mode="discontinue", date="2025-03-10"),
        event("SANCTION", TRUMP_EN, CANADA, F6, mode="discontinue"),
        event("SANCTION", CANADA, USA_EN, F6, mode="discontinue"),
        event("REQUEST", TRUDEAU, TRUMP_EN, F7, mode="meet"),
        event("ACCUSE", CARNEY, TRUMP_EN, F8, mode="allege", date="2025-03-09", location="Ottawa",
              location_country="CAN"),
        event("THREATEN", FORD, USA_EN, F10, mode="restrict"),
    ],
    [
        quote("he had agreed to lift the levy after a \"productive\" call with Commerce Secretary Howard Lutnick, and "
              "that the two would meet in Washington later this week to discuss the USMCA trade pact", "Doug Ford",
              "indirect"),
        quote("productive", "Doug Ford", "direct"),
        quote("abusive", "Donald Trump", "direct"),
        quote("a threat", "Donald Trump", "direct"),
        quote("the 50% tariffs would not go ahead after Ontario backed down", "White House", "indirect"),
        quote("Canada's counter-tariffs would stay in place until Washington lifted its own levies", "Justin Trudeau",
              "indirect"),
        quote("come to the table", "Justin Trudeau", "direct"),
        quote("Canadian workers, families and businesses", "Mark Carney", "direct"),
        quote("We didn't ask for this fight", "Mark Carney", "direct"),
    ],
    [
        entity("Doug Ford", "PER", "CAN", ["Ontario Premier Doug Ford", "Ford"]),
        entity("Ontario", "GPE", "CAN", ["Ontario"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington", "U.S."]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Canada", "GPE", "CAN", ["Canada", "Ottawa"]),
        entity("Howard Lutnick", "PER", "USA", ["Commerce Secretary Howard Lutnick"]),
        entity("USMCA", "ORG", "IGO", ["USMCA"]),
        entity("Truth Social", "ORG", "USA", ["Truth Social"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("Minnesota", "LOC", "USA", ["Minnesota"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Michigan", "LOC", "USA", ["Michigan"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau", "Trudeau"]),
        entity("Mark Carney", "PER", "CAN", ["Mark Carney", "Carney"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["Liberal Party"]),
        entity("Ottawa", "LOC", "CAN", ["in Ottawa"]),
    ],
)

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
