"""Round 171: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm171-de-01: Finland keeps its land border with Russia closed indefinitely; Helsinki speaks of a hybrid attack, Peskov objects (2024-04-04).
- hm171-de-02: Bulgaria's Zhelyazkov government resigns after mass protests against the 2026 budget; Radev and the parties react (2025-12-11).
- hm171-de-03: An arson attack on a power pylon halts Tesla's Grünheide plant; the Vulkangruppe claims it, the federal prosecutor takes over (2024-03-06).
- hm171-de-04: Ukraine's parliament bans religious bodies tied to the Russian Orthodox Church; Zelensky welcomes it, Moscow and Kirill object (2024-08-20).
- hm171-en-01: Texas Governor Abbott orders the arrest of House Democrats who left for Illinois to block the redistricting vote (2025-08-04).
- hm171-en-02: Quran burner Salwan Momika shot dead in Södertälje; five arrests, Kristersson points to the security service (2025-01-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- de-01 Finland
FINLAND = actor("Finland", "FIN", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
RANTANEN = actor("Mari Rantanen", "FIN", "GOV")
ORPO = actor("Petteri Orpo", "FIN", "GOV")
FIN_BORDER = actor("Finnish Border Guard", "FIN", "COP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

A1 = "Helsinki (dpa) - Finnland hält seine Landgrenze zu Russland bis auf Weiteres geschlossen."
A2 = ("Die Regierung in Helsinki verlängerte am Donnerstag die im November verhängte Schließung aller "
      "Grenzübergänge auf unbestimmte Zeit.")
A3 = "Russland setze Migranten gezielt als Druckmittel gegen Finnland ein, sagte Innenministerin Mari Rantanen."
A4 = ("„Die Grenze bleibt zu, solange Moskau diesen hybriden Angriff fortsetzt“, erklärte Ministerpräsident "
      "Petteri Orpo.")
A5 = ("Seit vergangenem Herbst waren über die nördlichen Übergänge mehr als 1300 Asylsuchende aus Ländern wie "
      "Syrien, Somalia und Jemen nach Finnland gekommen.")
A6 = "Der finnische Grenzschutz verlegte zusätzliche Patrouillen an die rund 1340 Kilometer lange Grenze."
A7 = "Zudem will die Regierung ein Gesetz vorlegen, das Zurückweisungen direkt an der Grenze erlauben soll."
A8 = "Menschenrechtsorganisationen wie Amnesty International kritisierten die Pläne als Verstoß gegen das Völkerrecht."
A9 = "Kremlsprecher Dmitri Peskow wies die Vorwürfe zurück."
A10 = ("Die Schließung sei eine „unfreundliche Entscheidung“, die die Beziehungen weiter belaste, sagte er "
       "in Moskau.")
A11 = "Finnland habe mit dem Nato-Beitritt selbst den Weg der Konfrontation gewählt."
A12 = "Helsinki forderte Moskau erneut auf, die Weiterleitung von Migranten an die Grenze zu stoppen."
A13 = "Eine spätere Öffnung einzelner Übergänge schloss die Regierung nicht aus."

DE01 = {
    "id": "hm171-de-01", "lang": "de", "url": None, "published": "2024-04-04",
    "title": "Finnland hält Grenze zu Russland auf unbestimmte Zeit geschlossen",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13]),
    "events": [
        event("SANCTION", FINLAND, RUSSIA, A1, mode="discontinue"),
        event("SANCTION", FINLAND, RUSSIA, A2, mode="discontinue", date="2024-04-04"),
        event("ACCUSE", RANTANEN, RUSSIA, A3, mode="allege"),
        event("ACCUSE", ORPO, RUSSIA, A4, mode="allege"),
        event("MOBILIZE", FIN_BORDER, None, A6, mode="police", location="Finnish-Russian border",
              location_country="FIN"),
        event("ACCUSE", AMNESTY, FINLAND, A8, mode="disapprove"),
        event("ACCUSE", PESKOV, FINLAND, A10, mode="disapprove"),
        event("ACCUSE", PESKOV, FINLAND, A11, mode="disapprove"),
        event("REQUEST", FINLAND, RUSSIA, A12, mode="change"),
    ],
    "quotes": [
        quote("Russland setze Migranten gezielt als Druckmittel gegen Finnland ein", "Mari Rantanen", "indirect"),
        quote("Die Grenze bleibt zu, solange Moskau diesen hybriden Angriff fortsetzt", "Petteri Orpo", "direct"),
        quote("unfreundliche Entscheidung", "Dmitry Peskov", "direct"),
        quote("Die Schließung sei eine „unfreundliche Entscheidung“, die die Beziehungen weiter belaste",
              "Dmitry Peskov", "indirect"),
        quote("Finnland habe mit dem Nato-Beitritt selbst den Weg der Konfrontation gewählt", "Dmitry Peskov",
              "indirect"),
        quote("die Weiterleitung von Migranten an die Grenze zu stoppen", "Finland", "indirect"),
    ],
    "entities": [
        entity("Finland", "GPE", "FIN", ["Finnland", "Die Regierung in Helsinki", "Helsinki", "die Regierung"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Mari Rantanen", "PER", "FIN", ["Innenministerin Mari Rantanen"]),
        entity("Petteri Orpo", "PER", "FIN", ["Ministerpräsident Petteri Orpo"]),
        entity("Syria", "GPE", "SYR", ["Syrien"]),
        entity("Somalia", "GPE", "SOM", ["Somalia"]),
        entity("Yemen", "GPE", "YEM", ["Jemen"]),
        entity("Finnish Border Guard", "ORG", "FIN", ["Der finnische Grenzschutz"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "er"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
    ],
}

# ---------------------------------------------------------------- de-02 Bulgaria
BG_GOV = actor("Government of Bulgaria", "BGR", "GOV")
ZHELYAZKOV = actor("Rosen Zhelyazkov", "BGR", "GOV")
BG_PROTESTERS = actor("Bulgarian protesters", "BGR", "CVL")
BG_POLICE = actor("Bulgarian police", "BGR", "COP")
RADEV = actor("Rumen Radev", "BGR", "GOV")
BORISSOV = actor("Boyko Borissov", "BGR", "PTY")
PPDB = actor("PP-DB", "BGR", "OPP")

B1 = ("Sofia (dpa) - Nach tagelangen Massenprotesten gegen den Haushalt für 2026 ist die bulgarische Regierung "
      "von Ministerpräsident Rossen Scheljaskow zurückgetreten.")
B2 = "Scheljaskow verkündete den Rücktritt am Donnerstag kurz vor einer geplanten Misstrauensabstimmung im Parlament."
B3 = "„Wir haben die Stimme der Menschen gehört“, sagte der 57-Jährige, „und wir ziehen daraus die Konsequenzen.“"
B4 = ("Am Mittwochabend waren in Sofia und anderen Städten erneut Zehntausende Menschen gegen die Regierung auf "
      "die Straße gegangen.")
B5 = ("Die Demonstranten warfen dem Kabinett vor, mit höheren Sozialabgaben die Löcher im Haushalt zu stopfen "
      "und die Korruption zu decken.")
B6 = "Vor dem Regierungssitz setzte die Polizei Pfefferspray ein, mehrere Menschen wurden festgenommen."
B7 = ("Präsident Rumen Radew hatte den Rücktritt des Kabinetts und eine vorgezogene Parlamentswahl "
      "gefordert.")
B8 = "Die Regierung habe das Vertrauen der Bürger verspielt, sagte er."
B9 = "Der Chef der Regierungspartei GERB, Bojko Borissow, sprach von einer „verantwortungsvollen Entscheidung“."
B10 = "Das oppositionelle Bündnis PP-DB verlangte eine Übergangsregierung ohne Beteiligung der GERB."
B11 = ("Die Einführung des Euro am 1. Januar sei durch die Regierungskrise nicht gefährdet, hieß es aus dem "
       "Finanzministerium.")
B12 = "Bis zur Bildung eines neuen Kabinetts bleibt Scheljaskow geschäftsführend im Amt."

DE02 = {
    "id": "hm171-de-02", "lang": "de", "url": None, "published": "2025-12-11",
    "title": "Bulgariens Regierung tritt nach Massenprotesten zurück",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12]),
    "events": [
        event("RETREAT", BG_GOV, None, B1, mode="resign"),
        event("PROTEST", BG_PROTESTERS, BG_GOV, B1, mode="demo"),
        event("RETREAT", ZHELYAZKOV, None, B2, mode="resign", date="2025-12-11"),
        event("PROTEST", BG_PROTESTERS, BG_GOV, B4, mode="demo", date="2025-12-10", location="Sofia",
              location_country="BGR"),
        event("ACCUSE", BG_PROTESTERS, BG_GOV, B5, mode="allege"),
        event("ASSAULT", BG_POLICE, BG_PROTESTERS, B6, mode="crowd-control", location="Sofia",
              location_country="BGR"),
        event("COERCE", BG_POLICE, BG_PROTESTERS, B6, mode="arrest", location="Sofia", location_country="BGR"),
        event("REQUEST", RADEV, BG_GOV, B7, mode="change"),
        event("ACCUSE", RADEV, BG_GOV, B8, mode="disapprove"),
        event("SUPPORT", BORISSOV, ZHELYAZKOV, B9),
        event("REQUEST", PPDB, None, B10, mode="change"),
    ],
    "quotes": [
        quote("Wir haben die Stimme der Menschen gehört", "Rosen Zhelyazkov", "direct"),
        quote("und wir ziehen daraus die Konsequenzen", "Rosen Zhelyazkov", "direct"),
        quote("mit höheren Sozialabgaben die Löcher im Haushalt zu stopfen und die Korruption zu decken",
              "Bulgarian protesters", "indirect"),
        quote("Die Regierung habe das Vertrauen der Bürger verspielt", "Rumen Radev", "indirect"),
        quote("verantwortungsvollen Entscheidung", "Boyko Borissov", "direct"),
        quote("Die Einführung des Euro am 1. Januar sei durch die Regierungskrise nicht gefährdet",
              "Ministry of Finance of Bulgaria", "indirect"),
    ],
    "entities": [
        entity("Sofia", "LOC", "BGR", ["Sofia"]),
        entity("Government of Bulgaria", "ORG", "BGR", ["die bulgarische Regierung", "die Regierung",
                                                        "dem Kabinett", "des Kabinetts", "Die Regierung"]),
        entity("Rosen Zhelyazkov", "PER", "BGR", ["Ministerpräsident Rossen Scheljaskow", "Scheljaskow",
                                                  "der 57-Jährige"]),
        entity("National Assembly of Bulgaria", "ORG", "BGR", ["Parlament"]),
        entity("Bulgarian protesters", "ORG", "BGR", ["Die Demonstranten"]),
        entity("Bulgarian police", "ORG", "BGR", ["die Polizei"]),
        entity("Rumen Radev", "PER", "BGR", ["Präsident Rumen Radew", "er"]),
        entity("GERB", "ORG", "BGR", ["der Regierungspartei GERB", "der GERB"]),
        entity("Boyko Borissov", "PER", "BGR", ["Bojko Borissow"]),
        entity("PP-DB", "ORG", "BGR", ["Das oppositionelle Bündnis PP-DB"]),
        entity("Ministry of Finance of Bulgaria", "ORG", "BGR", ["Finanzministerium"]),
    ],
}

# ---------------------------------------------------------------- de-03 Tesla Grünheide
ARSONISTS = actor("unknown arsonists", "DEU", None)
VULKAN = actor("Vulkangruppe", "DEU", "REB")
TESLA = actor("Tesla", "MNC", "BUS")
FED_PROSECUTOR = actor("Federal Public Prosecutor General", "DEU", "JUD")
STUEBGEN = actor("Michael Stübgen", "DEU", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
BB_POLICE = actor("Brandenburg police", "DEU", "COP")
MUSK = actor("Elon Musk", "USA", "BUS")
CAMP = actor("activists of the protest camp near the Tesla plant", "DEU", "CVL")

C1 = ("Grünheide (dpa) - Ein Brandanschlag auf einen Strommast hat die Produktion im Tesla-Werk in Grünheide "
      "bei Berlin lahmgelegt.")
C2 = "Unbekannte hatten in der Nacht zu Dienstag an dem Mast im nahen Gosen-Neu Zittau Feuer gelegt."
C3 = "Tausende Haushalte in der Region waren stundenlang ohne Strom."
C4 = "Die linksextreme Vulkangruppe bekannte sich in einem im Internet veröffentlichten Schreiben zu der Tat."
C5 = "Tesla stehe für „Ausbeutung und Zerstörung“, hieß es darin."
C6 = ("Die Bundesanwaltschaft übernahm am Mittwoch die Ermittlungen wegen des Verdachts der verfassungsfeindlichen "
      "Sabotage.")
C7 = ("Brandenburgs Innenminister Michael Stübgen sprach von einem „perfiden Anschlag“ auf die kritische "
      "Infrastruktur.")
C8 = "Bundeskanzler Olaf Scholz verurteilte die Tat als „Akt des Terrors“."
C9 = "Die Polizei verstärkte ihre Präsenz rund um das Werksgelände."
C10 = "Eine Festnahme gab es bis zum Mittwochabend nicht."
C11 = "Werksleiter André Thierig bezifferte den Schaden auf einen hohen dreistelligen Millionenbetrag."
C12 = "Tesla-Chef Elon Musk nannte die Täter auf der Plattform X „die dümmsten Öko-Terroristen der Welt“."
C13 = "Aktivisten eines Protestcamps im Wald nahe dem Werk distanzierten sich von dem Anschlag."
C14 = "Sie protestieren seit Ende Februar gegen die geplante Erweiterung des Geländes."

DE03 = {
    "id": "hm171-de-03", "lang": "de", "url": None, "published": "2024-03-06",
    "title": "Brandanschlag legt Tesla-Werk in Grünheide lahm",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9, C10], [C11, C12, C13, C14]),
    "events": [
        event("ASSAULT", ARSONISTS, TESLA, C1, mode="primitive", date="2024-03-05", location="Gosen-Neu Zittau",
              location_country="DEU"),
        event("ASSAULT", ARSONISTS, TESLA, C2, mode="primitive", date="2024-03-05", location="Gosen-Neu Zittau",
              location_country="DEU"),
        event("ASSAULT", VULKAN, TESLA, C4, mode="primitive", date="2024-03-05", location="Gosen-Neu Zittau",
              location_country="DEU"),
        event("ACCUSE", VULKAN, TESLA, C5, mode="disapprove"),
        event("ACCUSE", FED_PROSECUTOR, ARSONISTS, C6, mode="investigate", date="2024-03-06"),
        event("ACCUSE", STUEBGEN, ARSONISTS, C7, mode="disapprove"),
        event("ACCUSE", SCHOLZ, ARSONISTS, C8, mode="disapprove"),
        event("MOBILIZE", BB_POLICE, None, C9, mode="police", location="Grünheide", location_country="DEU"),
        event("COERCE", BB_POLICE, ARSONISTS, C10, mode="arrest", negated=True),
        event("ACCUSE", MUSK, ARSONISTS, C12, mode="disapprove"),
        event("PROTEST", CAMP, TESLA, C14, mode="demo", location="Grünheide", location_country="DEU"),
    ],
    "quotes": [
        quote("Ausbeutung und Zerstörung", "Vulkangruppe", "direct"),
        quote("Tesla stehe für „Ausbeutung und Zerstörung“", "Vulkangruppe", "indirect"),
        quote("perfiden Anschlag", "Michael Stübgen", "direct"),
        quote("Akt des Terrors", "Olaf Scholz", "direct"),
        quote("die dümmsten Öko-Terroristen der Welt", "Elon Musk", "direct"),
    ],
    "entities": [
        entity("Grünheide", "LOC", "DEU", ["Grünheide"]),
        entity("Gigafactory Berlin-Brandenburg", "LOC", "DEU", ["Tesla-Werk in Grünheide", "das Werksgelände",
                                                                 "dem Werk"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Tesla", "ORG", "MNC", ["Tesla"]),
        entity("Gosen-Neu Zittau", "LOC", "DEU", ["Gosen-Neu Zittau"]),
        entity("Vulkangruppe", "ORG", "DEU", ["Die linksextreme Vulkangruppe"]),
        entity("Federal Public Prosecutor General", "ORG", "DEU", ["Die Bundesanwaltschaft"]),
        entity("Brandenburg", "LOC", "DEU", ["Brandenburgs"]),
        entity("Michael Stübgen", "PER", "DEU", ["Brandenburgs Innenminister Michael Stübgen"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Brandenburg police", "ORG", "DEU", ["Die Polizei"]),
        entity("André Thierig", "PER", "DEU", ["Werksleiter André Thierig"]),
        entity("Elon Musk", "PER", "USA", ["Tesla-Chef Elon Musk"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("activists of the protest camp near the Tesla plant", "ORG", "DEU",
               ["Aktivisten eines Protestcamps", "Sie"]),
    ],
}

# ---------------------------------------------------------------- de-04 Ukraine church law
RADA = actor("Verkhovna Rada", "UKR", "LEG")
ROC = actor("Russian Orthodox Church", "RUS", "CVL")
UOC = actor("Ukrainian Orthodox Church", "UKR", "CVL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
SBU = actor("Security Service of Ukraine (SBU)", "UKR", "GOV")
KLYMENT = actor("Metropolitan Klyment", "UKR", "CVL")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
KIRILL = actor("Patriarch Kirill", "RUS", "CVL")
POPE = actor("Pope Francis", "VAT", "GOV")
UN = actor("United Nations", "UNO", "IGO")
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")

D1 = ("Kiew (AFP) - Das ukrainische Parlament hat ein Gesetz verabschiedet, das religiöse Organisationen mit "
      "Verbindungen zur Russisch-Orthodoxen Kirche verbietet.")
D2 = "Für die Vorlage stimmten am Dienstag 265 Abgeordnete der Werchowna Rada."
D3 = ("Die Ukrainisch-Orthodoxe Kirche (UOK) hat nun neun Monate Zeit, sich nachweislich vom Moskauer "
      "Patriarchat zu lösen.")
D4 = ("Präsident Wolodymyr Selenskyj begrüßte die Entscheidung als Schritt zur „geistigen Unabhängigkeit“ "
      "der Ukraine.")
D5 = ("Der Geheimdienst SBU wirft Geistlichen der UOK seit Monaten vor, für Russland zu spionieren und "
      "Kriegspropaganda zu verbreiten.")
D6 = ("Bei Durchsuchungen in Klöstern hatten Ermittler zuletzt prorussische Schriften und größere Bargeldsummen "
      "beschlagnahmt.")
D7 = "Die Kirchenleitung bestreitet jede Nähe zu Moskau und verweist auf ihre Loslösung vom Patriarchat im Mai 2022."
D8 = "Ihr Sprecher, Metropolit Klyment, nannte das Gesetz verfassungswidrig."
D9 = ("In Moskau verurteilte Außenamtssprecherin Maria Sacharowa den Beschluss als Angriff auf die "
      "Religionsfreiheit.")
D10 = "Ziel sei es, die „wahre Orthodoxie“ in der Ukraine zu zerstören, sagte sie."
D11 = ("Patriarch Kirill rief Papst Franziskus und die Vereinten Nationen auf, sich für die Gläubigen in der "
       "Ukraine einzusetzen.")
D12 = ("Das UN-Menschenrechtsbüro äußerte Sorge, dass das Gesetz die Religionsfreiheit unverhältnismäßig "
       "einschränken könnte.")

DE04 = {
    "id": "hm171-de-04", "lang": "de", "url": None, "published": "2024-08-20",
    "title": "Ukrainisches Parlament verbietet moskautreue Kirchenstrukturen",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("COERCE", RADA, ROC, D1, mode="ban"),
        event("COERCE", RADA, ROC, D2, mode="ban", date="2024-08-20"),
        event("SUPPORT", ZELENSKY, RADA, D4),
        event("ACCUSE", SBU, UOC, D5, mode="allege"),
        event("COERCE", SBU, UOC, D6, mode="seize"),
        event("ACCUSE", KLYMENT, RADA, D8, mode="disapprove"),
        event("ACCUSE", ZAKHAROVA, RADA, D9, mode="disapprove"),
        event("ACCUSE", ZAKHAROVA, UKRAINE, D10, mode="allege"),
        event("REQUEST", KIRILL, POPE, D11, mode="assist"),
        event("REQUEST", KIRILL, UN, D11, mode="assist"),
        event("ACCUSE", OHCHR, RADA, D12, mode="disapprove"),
    ],
    "quotes": [
        quote("geistigen Unabhängigkeit", "Volodymyr Zelensky", "direct"),
        quote("für Russland zu spionieren und Kriegspropaganda zu verbreiten", "Security Service of Ukraine (SBU)",
              "indirect"),
        quote("wahre Orthodoxie", "Maria Zakharova", "direct"),
        quote("Ziel sei es, die „wahre Orthodoxie“ in der Ukraine zu zerstören", "Maria Zakharova", "indirect"),
        quote("sich für die Gläubigen in der Ukraine einzusetzen", "Patriarch Kirill", "indirect"),
        quote("das Gesetz die Religionsfreiheit unverhältnismäßig einschränken könnte", "UN Human Rights Office",
              "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Verkhovna Rada", "ORG", "UKR", ["Das ukrainische Parlament", "der Werchowna Rada"]),
        entity("Russian Orthodox Church", "ORG", "RUS", ["Russisch-Orthodoxen Kirche", "Moskauer Patriarchat",
                                                         "Patriarchat"]),
        entity("Ukrainian Orthodox Church", "ORG", "UKR", ["Die Ukrainisch-Orthodoxe Kirche (UOK)", "der UOK",
                                                           "Die Kirchenleitung"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine"]),
        entity("Security Service of Ukraine (SBU)", "ORG", "UKR", ["Der Geheimdienst SBU"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Metropolitan Klyment", "PER", "UKR", ["Metropolit Klyment"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa", "sie"]),
        entity("Patriarch Kirill", "PER", "RUS", ["Patriarch Kirill"]),
        entity("Pope Francis", "PER", "VAT", ["Papst Franziskus"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
    ],
}

# ---------------------------------------------------------------- en-01 Texas quorum break
ABBOTT = actor("Greg Abbott", "USA", "GOV")
TX_DEMS = actor("Texas House Democrats", "USA", "LEG")
TX_REPS = actor("Texas House Republicans", "USA", "LEG")
TRUMP = actor("Donald Trump", "USA", "GOV")
WU = actor("Gene Wu", "USA", "LEG")
PRITZKER = actor("JB Pritzker", "USA", "GOV")
BURROWS = actor("Dustin Burrows", "USA", "LEG")
TX_HOUSE = actor("Texas House of Representatives", "USA", "LEG")
PAXTON = actor("Ken Paxton", "USA", "GOV")
TX_DPS = actor("Texas Department of Public Safety", "USA", "COP")
NEWSOM = actor("Gavin Newsom", "USA", "GOV")

E1 = ("AUSTIN, Texas (AP) — Texas Gov. Greg Abbott on Monday ordered state troopers to find and arrest "
      "Democratic lawmakers who left the state to block a vote on a new congressional map.")
E2 = ("More than 50 House Democrats flew to Illinois on Sunday, denying the Republican majority the quorum it "
      "needs to pass a redistricting plan pushed by President Donald Trump.")
E3 = ("Abbott also threatened to have the absent members removed from office if they did not return by Monday "
      "afternoon.")
E4 = ("“We will not be complicit in rigging these maps,” Gene Wu, the chair of the House Democratic Caucus, "
      "said at a news conference near Chicago.")
E5 = "Illinois Gov. JB Pritzker received the lawmakers and said they would be safe in his state."
E6 = ("Trump accused the Democrats of abandoning their voters and said Texas was “entitled” to five more "
      "Republican seats.")
E7 = ("House Speaker Dustin Burrows signed civil arrest warrants for the missing members after the chamber voted "
      "85-6 to compel their attendance.")
E8 = "Attorney General Ken Paxton said he would ask the Texas Supreme Court to declare their seats vacant."
E9 = "The Department of Public Safety said no lawmaker had been detained by Monday evening."
E10 = "The Democrats said they would not return to Austin before the special session ends on Aug. 19."
E12 = "California Gov. Gavin Newsom warned Abbott that his state would redraw its own districts in response."

EN01 = {
    "id": "hm171-en-01", "lang": "en", "url": None, "published": "2025-08-04",
    "title": "Texas governor orders arrest of Democrats who fled state to block new map",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E12]),
    "events": [
        event("THREATEN", ABBOTT, TX_DEMS, E1, mode="arrest", date="2025-08-04"),
        event("PROTEST", TX_DEMS, TX_REPS, E2, mode="boycott", date="2025-08-03"),
        event("THREATEN", ABBOTT, TX_DEMS, E3),
        event("ACCUSE", WU, TX_REPS, E4, mode="allege"),
        event("CONSULT", TX_DEMS, PRITZKER, E5, mode="visit", location="Illinois", location_country="USA"),
        event("AGREE", PRITZKER, TX_DEMS, E5),
        event("ACCUSE", TRUMP, TX_DEMS, E6, mode="disapprove"),
        event("THREATEN", BURROWS, TX_DEMS, E7, mode="arrest"),
        event("REQUEST", TX_HOUSE, TX_DEMS, E7, mode="change"),
        event("THREATEN", PAXTON, TX_DEMS, E8),
        event("COERCE", TX_DPS, TX_DEMS, E9, mode="arrest", negated=True),
        event("REJECT", TX_DEMS, ABBOTT, E10, mode="change"),
        event("THREATEN", NEWSOM, ABBOTT, E12),
    ],
    "quotes": [
        quote("We will not be complicit in rigging these maps", "Gene Wu", "direct"),
        quote("they would be safe in his state", "JB Pritzker", "indirect"),
        quote("entitled", "Donald Trump", "direct"),
        quote("Texas was “entitled” to five more Republican seats", "Donald Trump", "indirect"),
        quote("he would ask the Texas Supreme Court to declare their seats vacant", "Ken Paxton", "indirect"),
        quote("no lawmaker had been detained by Monday evening", "Texas Department of Public Safety", "indirect"),
        quote("they would not return to Austin before the special session ends on Aug. 19", "Texas House Democrats",
              "indirect"),
        quote("his state would redraw its own districts in response", "Gavin Newsom", "indirect"),
    ],
    "entities": [
        entity("Austin", "LOC", "USA", ["AUSTIN", "Austin"]),
        entity("Texas", "GPE", "USA", ["Texas", "the state"]),
        entity("Greg Abbott", "PER", "USA", ["Texas Gov. Greg Abbott", "Abbott"]),
        entity("Texas Department of Public Safety", "ORG", "USA", ["state troopers",
                                                                   "The Department of Public Safety"]),
        entity("Texas House Democrats", "ORG", "USA", ["Democratic lawmakers", "More than 50 House Democrats",
                                                       "the absent members", "the lawmakers", "the Democrats",
                                                       "the missing members", "The Democrats", "they"]),
        entity("Illinois", "GPE", "USA", ["Illinois"]),
        entity("Texas House Republicans", "ORG", "USA", ["the Republican majority"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Gene Wu", "PER", "USA", ["Gene Wu"]),
        entity("House Democratic Caucus", "ORG", "USA", ["the House Democratic Caucus"]),
        entity("Chicago", "LOC", "USA", ["Chicago"]),
        entity("JB Pritzker", "PER", "USA", ["Illinois Gov. JB Pritzker"]),
        entity("Dustin Burrows", "PER", "USA", ["House Speaker Dustin Burrows"]),
        entity("Texas House of Representatives", "ORG", "USA", ["the chamber"]),
        entity("Ken Paxton", "PER", "USA", ["Attorney General Ken Paxton", "he"]),
        entity("Supreme Court of Texas", "ORG", "USA", ["the Texas Supreme Court"]),
        entity("Gavin Newsom", "PER", "USA", ["California Gov. Gavin Newsom"]),
        entity("California", "GPE", "USA", ["California"]),
    ],
}

# ---------------------------------------------------------------- en-02 Momika killing
GUNMAN = actor("unknown gunman", None, None)
MOMIKA = actor("Salwan Momika", "IRQ", "CVL")
SWE_POLICE = actor("Swedish Police", "SWE", "COP")
SUSPECTS = actor("suspects in the Momika killing", "SWE", "CVL")
SAPO = actor("Swedish Security Service (Säpo)", "SWE", "GOV")
IRQ_PROTESTERS = actor("Iraqi protesters", "IRQ", "CVL")
SWEDEN = actor("Sweden", "SWE", "GOV")
IRAQ = actor("Iraq", "IRQ", "GOV")
MIGRATION_AGENCY = actor("Swedish Migration Agency", "SWE", "GOV")
SWE_PROSECUTORS = actor("Swedish Prosecution Authority", "SWE", "JUD")
NAJEM = actor("Salwan Najem", "IRQ", "CVL")

F1 = ("STOCKHOLM (Reuters) - Salwan Momika, an Iraqi refugee who burned copies of the Quran at protests in "
      "Sweden, was shot dead late on Wednesday in Södertälje, south of Stockholm.")
F2 = "Police arrested five people overnight in connection with the killing."
F3 = ("According to Swedish media, Momika was shot inside an apartment in the Hovsjö district while he was "
      "streaming live on TikTok.")
F4 = "Prime Minister Ulf Kristersson said there was a risk that the killing was linked to a foreign power."
F5 = ("“Obviously, the security service is deeply involved,” he told a news conference, adding that he would "
      "not speculate about who was behind the attack.")
F6 = ("Momika’s Quran burnings in 2023 set off a diplomatic crisis between Sweden and several Muslim-majority "
      "countries.")
F7 = "In July of that year, protesters in Baghdad stormed the Swedish embassy and set it on fire."
F8 = "Iraq repeatedly demanded Momika’s extradition."
F9 = "Sweden’s Migration Agency did not deport him, citing the risk of torture in Iraq."
F10 = ("Prosecutors had charged Momika and fellow activist Salwan Najem with incitement against an ethnic group "
       "over the burnings.")
F11 = "The Stockholm District Court postponed its verdict, due on Thursday, until Feb. 3."
F12 = "Police said they had stepped up patrols around mosques and other sensitive sites in Stockholm."

EN02 = {
    "id": "hm171-en-02", "lang": "en", "url": None, "published": "2025-01-30",
    "title": "Man who burned Quran in Sweden shot dead near Stockholm",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7, F8, F9], [F10, F11, F12]),
    "events": [
        event("ASSAULT", GUNMAN, MOMIKA, F1, mode="firearms", date="2025-01-29", location="Södertälje",
              location_country="SWE"),
        event("COERCE", SWE_POLICE, SUSPECTS, F2, mode="arrest"),
        event("ASSAULT", GUNMAN, MOMIKA, F3, mode="firearms", date="2025-01-29", location="Södertälje",
              location_country="SWE"),
        event("ACCUSE", SAPO, GUNMAN, F5, mode="investigate"),
        event("PROTEST", IRQ_PROTESTERS, SWEDEN, F7, mode="riot", location="Baghdad", location_country="IRQ"),
        event("REQUEST", IRAQ, SWEDEN, F8),
        event("COERCE", MIGRATION_AGENCY, MOMIKA, F9, mode="deport", negated=True),
        event("ACCUSE", SWE_PROSECUTORS, MOMIKA, F10, mode="allege"),
        event("ACCUSE", SWE_PROSECUTORS, NAJEM, F10, mode="allege"),
        event("MOBILIZE", SWE_POLICE, None, F12, mode="police", location="Stockholm", location_country="SWE"),
    ],
    "quotes": [
        quote("Momika was shot inside an apartment in the Hovsjö district while he was streaming live on TikTok",
              "Swedish media", "indirect"),
        quote("there was a risk that the killing was linked to a foreign power", "Ulf Kristersson", "indirect"),
        quote("Obviously, the security service is deeply involved", "Ulf Kristersson", "direct"),
        quote("he would not speculate about who was behind the attack", "Ulf Kristersson", "indirect"),
        quote("they had stepped up patrols around mosques and other sensitive sites in Stockholm", "Swedish Police",
              "indirect"),
    ],
    "entities": [
        entity("Stockholm", "LOC", "SWE", ["STOCKHOLM", "Stockholm"]),
        entity("Salwan Momika", "PER", "IRQ", ["Salwan Momika", "Momika", "he", "him"]),
        entity("Sweden", "GPE", "SWE", ["Sweden"]),
        entity("Södertälje", "LOC", "SWE", ["Södertälje"]),
        entity("Swedish Police", "ORG", "SWE", ["Police"]),
        entity("Hovsjö", "LOC", "SWE", ["the Hovsjö district"]),
        entity("TikTok", "ORG", "MNC", ["TikTok"]),
        entity("Ulf Kristersson", "PER", "SWE", ["Prime Minister Ulf Kristersson", "he"]),
        entity("Swedish Security Service (Säpo)", "ORG", "SWE", ["the security service"]),
        entity("Baghdad", "LOC", "IRQ", ["Baghdad"]),
        entity("Iraq", "GPE", "IRQ", ["Iraq"]),
        entity("Swedish Migration Agency", "ORG", "SWE", ["Sweden’s Migration Agency"]),
        entity("Swedish Prosecution Authority", "ORG", "SWE", ["Prosecutors"]),
        entity("Salwan Najem", "PER", "IRQ", ["fellow activist Salwan Najem"]),
        entity("Stockholm District Court", "ORG", "SWE", ["The Stockholm District Court"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
