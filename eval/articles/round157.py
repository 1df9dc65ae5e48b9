"""Round 157: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm157-de-01: Navalny aide Leonid Volkov attacked with a hammer outside his home in Vilnius; Nausėda and the VSD blame Russia (2024-03-13).
- hm157-de-02: Russian ballistic missile strike on central Sumy on Palm Sunday; Zelensky, Scholz, Macron and Kellogg condemn it (2025-04-13).
- hm157-de-03: Scholz visits Solingen after the knife attack at the city festival; IS claim, failed transfer to Bulgaria, Merz's demands (2024-08-26).
- hm157-de-04: Orbán meets Putin in Moscow days into Hungary's EU Council presidency; Michel, von der Leyen, Kyiv, Tusk and Kallas object (2024-07-05).
- hm157-en-01: Boeing machinists (IAM District 751) strike after rejecting the contract offer (2024-09-13).
- hm157-en-02: Georgia's President Zourabichvili rejects Georgian Dream's election win; rally in Tbilisi, OSCE findings, Orbán's visit (2024-10-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm157-de-01
ATTACKER = actor("unidentified attacker", None, None)
VOLKOV = actor("Leonid Volkov", "RUS", "OPP")
NAUSEDA = actor("Gitanas Nausėda", "LTU", "GOV")
RUSSIA_GOV = actor("Russia", "RUS", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
VSD = actor("State Security Department of Lithuania (VSD)", "LTU", "GOV")
RU_SERVICES = actor("Russian intelligence services", "RUS", "GOV")
LT_POLICE = actor("Lithuanian police", "LTU", "COP")
LITHUANIA = actor("Lithuania", "LTU", "GOV")
POLAND = actor("Poland", "POL", "GOV")
LATVIA = actor("Latvia", "LVA", "GOV")
ZHDANOV = actor("Ivan Zhdanov", "RUS", "OPP")

G1 = ("Vilnius (dpa) - Der enge Vertraute des verstorbenen Kremlkritikers Alexej Nawalny, Leonid Wolkow, ist vor "
      "seinem Haus in der litauischen Hauptstadt Vilnius mit einem Hammer angegriffen worden.")
G2 = ("Ein Unbekannter habe am Dienstagabend die Scheibe seines Autos eingeschlagen, ihm Reizgas in die Augen "
      "gesprüht und mehrfach auf sein Bein eingeschlagen, teilte Wolkows Team mit.")
G3 = "Der 43-Jährige wurde mit Verletzungen in ein Krankenhaus gebracht, sein Zustand gilt als stabil."
G4 = "Litauens Präsident Gitanas Nausėda machte den Kreml für die Tat verantwortlich."
G5 = "„Putin soll wissen: In Litauen lässt sich niemand von ihm einschüchtern“, sagte er in einer Videobotschaft."
G6 = ("Der litauische Geheimdienst VSD erklärte, der Angriff sei vermutlich von russischen Diensten organisiert "
      "worden, um Exil-Oppositionelle einzuschüchtern.")
G7 = "Die Polizei leitete Ermittlungen wegen versuchten Mordes ein."
G8 = "Laut Innenministerin Agnė Bilotaitė wird zudem der Schutz russischer Oppositioneller im Land verstärkt."
G9 = "Litauen arbeite dabei eng mit Polen und Lettland zusammen, sagte sie."
G10 = "Kremlsprecher Dmitri Peskow wies jede Beteiligung Moskaus zurück."
G11 = ("Wolkows Mitstreiter Iwan Schdanow warf Präsident Wladimir Putin dagegen vor, seine Gegner auch im Ausland "
       "verfolgen zu lassen.")
G12 = "„Das ist eine Botschaft an uns alle“, schrieb Schdanow, „aber wir werden nicht schweigen.“"
G13 = "Wolkow war jahrelang Stabschef Nawalnys, der im Februar in einem russischen Straflager ums Leben kam."

DE01 = {
    "id": "hm157-de-01", "lang": "de", "url": None, "published": "2024-03-13",
    "title": "Hammerangriff auf Nawalny-Vertrauten Wolkow in Vilnius",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7, G8, G9], [G10, G11, G12, G13]),
    "events": [
        event("ASSAULT", ATTACKER, VOLKOV, G1, mode="beat", date="2024-03-12", location="Vilnius",
              location_country="LTU"),
        event("ASSAULT", ATTACKER, VOLKOV, G2, mode="beat", date="2024-03-12", location="Vilnius",
              location_country="LTU"),
        event("ACCUSE", NAUSEDA, RUSSIA_GOV, G4, mode="allege"),
        event("ACCUSE", NAUSEDA, PUTIN, G5, mode="disapprove"),
        event("ACCUSE", VSD, RU_SERVICES, G6, mode="allege"),
        event("ACCUSE", LT_POLICE, ATTACKER, G7, mode="investigate"),
        event("MOBILIZE", LT_POLICE, None, G8, mode="police", location_country="LTU"),
        event("COOPERATE", LITHUANIA, POLAND, G9),
        event("COOPERATE", LITHUANIA, LATVIA, G9),
        event("ACCUSE", ZHDANOV, PUTIN, G11, mode="allege"),
    ],
    "quotes": [
        quote("Ein Unbekannter habe am Dienstagabend die Scheibe seines Autos eingeschlagen, ihm Reizgas in die Augen "
              "gesprüht und mehrfach auf sein Bein eingeschlagen", "Team of Leonid Volkov", "indirect"),
        quote("Putin soll wissen: In Litauen lässt sich niemand von ihm einschüchtern", "Gitanas Nausėda", "direct"),
        quote("der Angriff sei vermutlich von russischen Diensten organisiert worden, um Exil-Oppositionelle "
              "einzuschüchtern", "State Security Department of Lithuania (VSD)", "indirect"),
        quote("wird zudem der Schutz russischer Oppositioneller im Land verstärkt", "Agnė Bilotaitė", "indirect"),
        quote("Litauen arbeite dabei eng mit Polen und Lettland zusammen", "Agnė Bilotaitė", "indirect"),
        quote("seine Gegner auch im Ausland verfolgen zu lassen", "Ivan Zhdanov", "indirect"),
        quote("Das ist eine Botschaft an uns alle", "Ivan Zhdanov", "direct"),
        quote("aber wir werden nicht schweigen", "Ivan Zhdanov", "direct"),
    ],
    "entities": [
        entity("Leonid Volkov", "PER", "RUS", ["Leonid Wolkow", "Wolkows", "Der 43-Jährige", "Wolkow"]),
        entity("Alexei Navalny", "PER", "RUS", ["Kremlkritikers Alexej Nawalny", "Nawalnys"]),
        entity("Vilnius", "LOC", "LTU", ["der litauischen Hauptstadt Vilnius", "Vilnius"]),
        entity("Gitanas Nausėda", "PER", "LTU", ["Litauens Präsident Gitanas Nausėda", "er"]),
        entity("Kremlin", "ORG", "RUS", ["den Kreml"]),
        entity("Vladimir Putin", "PER", "RUS", ["Putin", "Präsident Wladimir Putin"]),
        entity("State Security Department of Lithuania (VSD)", "ORG", "LTU", ["Der litauische Geheimdienst VSD"]),
        entity("Russian intelligence services", "ORG", "RUS", ["russischen Diensten"]),
        entity("Lithuanian police", "ORG", "LTU", ["Die Polizei"]),
        entity("Agnė Bilotaitė", "PER", "LTU", ["Innenministerin Agnė Bilotaitė", "sie"]),
        entity("Lithuania", "GPE", "LTU", ["Litauen", "Litauens"]),
        entity("Poland", "GPE", "POL", ["Polen"]),
        entity("Latvia", "GPE", "LVA", ["Lettland"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Russia", "GPE", "RUS", ["Moskaus"]),
        entity("Ivan Zhdanov", "PER", "RUS", ["Wolkows Mitstreiter Iwan Schdanow", "Schdanow"]),
    ],
}

# ---------------------------------------------------------------- hm157-de-02
RU_FORCES = actor("Russian armed forces", "RUS", "MIL")
SUMY_CIV = actor("residents of Sumy", "UKR", "CVL")
UA_RED_CROSS = actor("Ukrainian Red Cross", "UKR", "NGO")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
USA = actor("United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
KELLOGG = actor("Keith Kellogg", "USA", "GOV")
RU_MOD = actor("Russian Ministry of Defence", "RUS", "MIL")
UA_MIL = actor("Ukrainian armed forces", "UKR", "MIL")
SEMENIKHIN = actor("Artem Semenikhin", "UKR", "GOV")
SUMY_ADMIN = actor("Sumy Regional Military Administration", "UKR", "GOV")

S1 = ("Sumy (AFP) - Bei einem russischen Raketenangriff auf die nordostukrainische Stadt Sumy sind am Palmsonntag "
      "mindestens 34 Menschen getötet worden, unter ihnen zwei Kinder.")
S2 = ("Laut den örtlichen Behörden schlugen zwei ballistische Raketen am Vormittag im Stadtzentrum ein, als viele "
      "Menschen auf dem Weg zum Gottesdienst waren.")
S3 = ("Rettungskräfte suchten noch Stunden später in den Trümmern eines Universitätsgebäudes und ausgebrannter Busse "
      "nach Verschütteten.")
S4 = "Das Ukrainische Rote Kreuz versorgte Verletzte und Obdachlose mit Decken, Wasser und Medikamenten."
S5 = "Präsident Wolodymyr Selenskyj warf Moskau vor, absichtlich Zivilisten zu töten."
S6 = "»Wer am Palmsonntag Raketen auf Kirchgänger abfeuert, kennt keine Grenzen mehr«, erklärte er."
S7 = "Er forderte Washington und die EU auf, den Druck auf Russland zu erhöhen, statt »endlose Gespräche« zu führen."
S8 = ("Bundeskanzler Olaf Scholz sprach von einem »barbarischen Angriff«, Frankreichs Präsident Emmanuel Macron "
      "verurteilte die »Missachtung jeder Menschlichkeit«.")
S9 = ("Der US-Sondergesandte Keith Kellogg schrieb, ein Angriff auf Zivilisten an einem Feiertag sei durch nichts "
      "zu rechtfertigen.")
S10 = ("Das Verteidigungsministerium in Moskau erklärte, es habe mit zwei Iskander-Raketen ein Treffen ukrainischer "
       "Kommandeure in Sumy getroffen und mehr als 60 Soldaten getötet.")
S11 = "Zivile Ziele greife die Armee nicht an, hieß es."
S12 = ("Der Bürgermeister der Nachbarstadt Konotop, Artem Semenichin, warf der Gebietsverwaltung vor, kurz vor dem "
       "Angriff eine Ordensverleihung für Soldaten im Zentrum abgehalten zu haben.")
S13 = "Die Verwaltung äußerte sich dazu zunächst nicht."

DE02 = {
    "id": "hm157-de-02", "lang": "de", "url": None, "published": "2025-04-13",
    "title": "Russischer Raketenangriff auf Sumy: Dutzende Tote am Palmsonntag",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8, S9], [S10, S11, S12, S13]),
    "events": [
        event("ASSAULT", RU_FORCES, SUMY_CIV, S1, mode="heavy-weapons", date="2025-04-13", location="Sumy",
              location_country="UKR"),
        event("ASSAULT", RU_FORCES, SUMY_CIV, S2, mode="heavy-weapons", date="2025-04-13", location="Sumy",
              location_country="UKR"),
        event("AID", UA_RED_CROSS, SUMY_CIV, S4, date="2025-04-13", location="Sumy", location_country="UKR"),
        event("ACCUSE", ZELENSKY, RUSSIA_GOV, S5, mode="allege"),
        event("ACCUSE", ZELENSKY, RUSSIA_GOV, S6, mode="disapprove"),
        event("REQUEST", ZELENSKY, USA, S7, mode="assist"),
        event("REQUEST", ZELENSKY, EU, S7, mode="assist"),
        event("ACCUSE", SCHOLZ, RUSSIA_GOV, S8, mode="disapprove"),
        event("ACCUSE", MACRON, RUSSIA_GOV, S8, mode="disapprove"),
        event("ACCUSE", KELLOGG, RUSSIA_GOV, S9, mode="disapprove"),
        event("ASSAULT", RU_MOD, UA_MIL, S10, mode="heavy-weapons", date="2025-04-13", location="Sumy",
              location_country="UKR"),
        event("ACCUSE", SEMENIKHIN, SUMY_ADMIN, S12, mode="allege"),
    ],
    "quotes": [
        quote("schlugen zwei ballistische Raketen am Vormittag im Stadtzentrum ein, als viele Menschen auf dem Weg zum "
              "Gottesdienst waren", "Sumy local authorities", "indirect"),
        quote("absichtlich Zivilisten zu töten", "Volodymyr Zelensky", "indirect"),
        quote("Wer am Palmsonntag Raketen auf Kirchgänger abfeuert, kennt keine Grenzen mehr", "Volodymyr Zelensky",
              "direct"),
        quote("den Druck auf Russland zu erhöhen, statt »endlose Gespräche« zu führen", "Volodymyr Zelensky",
              "indirect"),
        quote("endlose Gespräche", "Volodymyr Zelensky", "direct"),
        quote("barbarischen Angriff", "Olaf Scholz", "direct"),
        quote("Missachtung jeder Menschlichkeit", "Emmanuel Macron", "direct"),
        quote("ein Angriff auf Zivilisten an einem Feiertag sei durch nichts zu rechtfertigen", "Keith Kellogg",
              "indirect"),
        quote("es habe mit zwei Iskander-Raketen ein Treffen ukrainischer Kommandeure in Sumy getroffen und mehr als "
              "60 Soldaten getötet", "Russian Ministry of Defence", "indirect"),
        quote("Zivile Ziele greife die Armee nicht an", "Russian Ministry of Defence", "indirect"),
        quote("kurz vor dem Angriff eine Ordensverleihung für Soldaten im Zentrum abgehalten zu haben",
              "Artem Semenikhin", "indirect"),
    ],
    "entities": [
        entity("Sumy", "LOC", "UKR", ["die nordostukrainische Stadt Sumy", "Sumy"]),
        entity("Ukrainian Red Cross", "ORG", "UKR", ["Das Ukrainische Rote Kreuz"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "er", "Er"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland", "russischen"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("Keith Kellogg", "PER", "USA", ["Der US-Sondergesandte Keith Kellogg"]),
        entity("Russian Ministry of Defence", "ORG", "RUS", ["Das Verteidigungsministerium in Moskau", "die Armee"]),
        entity("Konotop", "LOC", "UKR", ["der Nachbarstadt Konotop"]),
        entity("Artem Semenikhin", "PER", "UKR", ["Artem Semenichin"]),
        entity("Sumy Regional Military Administration", "ORG", "UKR", ["der Gebietsverwaltung", "Die Verwaltung"]),
    ],
}

# ---------------------------------------------------------------- hm157-de-03
KURZBACH = actor("Tim Kurzbach", "DEU", "GOV")
SUSPECT = actor("Issa al H.", "SYR", None)
VISITORS = actor("visitors of the Solingen city festival", "DEU", "CVL")
DE_POLICE = actor("German police", "DEU", "COP")
GBA = actor("Federal Prosecutor General of Germany", "DEU", "JUD")
IS = actor("Islamic State", None, "REB")
DE_AUTH = actor("German immigration authorities", "DEU", "GOV")
PAUL = actor("Josefine Paul", "DEU", "GOV")
MERZ = actor("Friedrich Merz", "DEU", "OPP")
DE_GOV = actor("German federal government", "DEU", "GOV")

T1 = ("Solingen (dpa) - Drei Tage nach dem tödlichen Messerangriff auf einem Stadtfest in Solingen hat "
      "Bundeskanzler Olaf Scholz die Stadt besucht und mit Oberbürgermeister Tim Kurzbach gesprochen.")
T2 = "Ein 26 Jahre alter Syrer hatte am Freitagabend drei Menschen erstochen und acht weitere verletzt."
T3 = "Der Mann stellte sich am späten Samstagabend einer Polizeistreife und wurde festgenommen."
T4 = ("Die Bundesanwaltschaft wirft ihm dreifachen Mord und die Mitgliedschaft in der Terrormiliz Islamischer "
      "Staat (IS) vor.")
T5 = "Der IS reklamierte die Tat über sein Sprachrohr Amak für sich."
T6 = "„Das war Terrorismus, Terror gegen uns alle“, sagte Scholz, „und darauf wird der Staat mit aller Härte antworten.“"
T7 = ("Er kündigte an, das Waffenrecht zu verschärfen und Abschiebungen in andere EU-Staaten schneller "
      "durchzusetzen.")
T8 = "Der Syrer hätte bereits im vergangenen Jahr nach Bulgarien überstellt werden sollen."
T9 = ("Die Abschiebung scheiterte jedoch, weil die Behörden ihn am geplanten Tag nicht in seiner Unterkunft "
      "antrafen.")
T10 = "NRW-Flüchtlingsministerin Josefine Paul räumte Versäumnisse ein."
T11 = ("CDU-Chef Friedrich Merz forderte die Bundesregierung auf, keine Flüchtlinge aus Syrien und Afghanistan mehr "
       "aufzunehmen.")
T12 = "Die Union biete der Koalition dafür eine Zusammenarbeit an, sagte er."

DE03 = {
    "id": "hm157-de-03", "lang": "de", "url": None, "published": "2024-08-26",
    "title": "Nach Messerangriff von Solingen: Scholz kündigt härtere Regeln an",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7], [T8, T9, T10, T11, T12]),
    "events": [
        event("CONSULT", SCHOLZ, KURZBACH, T1, mode="visit", date="2024-08-26", location="Solingen",
              location_country="DEU"),
        event("ASSAULT", SUSPECT, VISITORS, T2, mode="primitive", date="2024-08-23", location="Solingen",
              location_country="DEU"),
        event("COERCE", DE_POLICE, SUSPECT, T3, mode="arrest", date="2024-08-24", location="Solingen",
              location_country="DEU"),
        event("ACCUSE", GBA, SUSPECT, T4, mode="allege"),
        event("ASSAULT", IS, VISITORS, T5, mode="primitive", date="2024-08-23", location="Solingen",
              location_country="DEU"),
        event("ACCUSE", SCHOLZ, IS, T6, mode="disapprove"),
        event("THREATEN", SCHOLZ, IS, T6),
        event("COERCE", DE_AUTH, SUSPECT, T9, mode="deport", negated=True),
        event("CONCEDE", PAUL, None, T10),
        event("REQUEST", MERZ, DE_GOV, T11, mode="change"),
        event("AGREE", MERZ, DE_GOV, T12),
    ],
    "quotes": [
        quote("Das war Terrorismus, Terror gegen uns alle", "Olaf Scholz", "direct"),
        quote("und darauf wird der Staat mit aller Härte antworten", "Olaf Scholz", "direct"),
        quote("das Waffenrecht zu verschärfen und Abschiebungen in andere EU-Staaten schneller durchzusetzen",
              "Olaf Scholz", "indirect"),
        quote("keine Flüchtlinge aus Syrien und Afghanistan mehr aufzunehmen", "Friedrich Merz", "indirect"),
        quote("Die Union biete der Koalition dafür eine Zusammenarbeit an", "Friedrich Merz", "indirect"),
    ],
    "entities": [
        entity("Solingen", "LOC", "DEU", ["Solingen", "die Stadt"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz", "Scholz", "Er"]),
        entity("Tim Kurzbach", "PER", "DEU", ["Oberbürgermeister Tim Kurzbach"]),
        entity("Issa al H.", "PER", "SYR", ["Ein 26 Jahre alter Syrer", "Der Mann", "Der Syrer", "ihm", "ihn"]),
        entity("German police", "ORG", "DEU", ["einer Polizeistreife"]),
        entity("Federal Prosecutor General of Germany", "ORG", "DEU", ["Die Bundesanwaltschaft"]),
        entity("Islamic State", "ORG", None, ["der Terrormiliz Islamischer Staat (IS)", "Der IS"]),
        entity("Amaq", "ORG", None, ["sein Sprachrohr Amak"]),
        entity("Bulgaria", "GPE", "BGR", ["Bulgarien"]),
        entity("German immigration authorities", "ORG", "DEU", ["die Behörden"]),
        entity("Josefine Paul", "PER", "DEU", ["NRW-Flüchtlingsministerin Josefine Paul"]),
        entity("Friedrich Merz", "PER", "DEU", ["CDU-Chef Friedrich Merz", "er"]),
        entity("German federal government", "ORG", "DEU", ["die Bundesregierung", "der Koalition"]),
        entity("CDU/CSU", "ORG", "DEU", ["Die Union"]),
        entity("Syria", "GPE", "SYR", ["Syrien"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
    ],
}

# ---------------------------------------------------------------- hm157-de-04
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
UKRAINE_GOV = actor("Ukraine", "UKR", "GOV")
MICHEL = actor("Charles Michel", "EUR", "IGO")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
UA_MFA = actor("Ministry of Foreign Affairs of Ukraine", "UKR", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")
KALLAS = actor("Kaja Kallas", "EST", "GOV")
CHINA = actor("China", "CHN", "GOV")

O1 = ("Moskau (dpa) - Wenige Tage nach der Übernahme der EU-Ratspräsidentschaft ist Ungarns Ministerpräsident "
      "Viktor Orbán überraschend zu Gesprächen mit Kremlchef Wladimir Putin nach Moskau gereist.")
O2 = "Es gehe ihm um einen Weg zum Frieden in der Ukraine, sagte Orbán zu Beginn des Treffens."
O3 = ("Putin lobte den Besuch als Zeichen des Dialogs, forderte aber erneut den Abzug der ukrainischen Truppen aus "
      "vier von Russland beanspruchten Gebieten als Bedingung für eine Waffenruhe.")
O4 = ("Orbán hatte am Dienstag in Kiew Präsident Wolodymyr Selenskyj eine Feuerpause vorgeschlagen, dieser ging "
      "darauf aber nicht ein.")
O5 = ("EU-Ratspräsident Charles Michel betonte, die rotierende Präsidentschaft habe kein Mandat, im Namen der Union "
      "mit Moskau zu verhandeln.")
O6 = "„Wer Putin hofiert, stärkt nur den Aggressor“, schrieb Kommissionspräsidentin Ursula von der Leyen auf X."
O7 = "Das ukrainische Außenministerium erklärte, die Reise sei nicht mit Kiew abgestimmt gewesen."
O8 = ("Polens Regierungschef Donald Tusk und die estnische Ministerpräsidentin Kaja Kallas warfen Orbán vor, die "
      "Einheit der EU zu untergraben.")
O9 = "Orbán wies die Kritik zurück."
O10 = "„Frieden schafft man nicht aus einem bequemen Sessel in Brüssel“, sagte er dem staatlichen Rundfunk."
O11 = ("Er kündigte an, in den kommenden Wochen auch mit Vertretern Chinas und der USA über eine Friedenslösung "
       "sprechen zu wollen.")
O12 = "Russland führt seit Februar 2022 einen Angriffskrieg gegen die Ukraine."

DE04 = {
    "id": "hm157-de-04", "lang": "de", "url": None, "published": "2024-07-05",
    "title": "Orbán trifft Putin in Moskau – scharfe Kritik aus Brüssel",
    "text": paragraphs([O1, O2, O3, O4], [O5, O6, O7, O8], [O9, O10, O11, O12]),
    "events": [
        event("CONSULT", ORBAN, PUTIN, O1, mode="visit", date="2024-07-05", location="Moscow",
              location_country="RUS"),
        event("SUPPORT", PUTIN, ORBAN, O3),
        event("REQUEST", PUTIN, UKRAINE_GOV, O3, mode="yield"),
        event("CONSULT", ORBAN, ZELENSKY, O4, mode="visit", date="2024-07-02", location="Kyiv",
              location_country="UKR"),
        event("REQUEST", ORBAN, ZELENSKY, O4, mode="yield", date="2024-07-02", location="Kyiv",
              location_country="UKR"),
        event("REJECT", ZELENSKY, ORBAN, O4, mode="yield"),
        event("ACCUSE", MICHEL, ORBAN, O5, mode="disapprove"),
        event("ACCUSE", VDL, ORBAN, O6, mode="disapprove"),
        event("ACCUSE", UA_MFA, ORBAN, O7, mode="disapprove"),
        event("ACCUSE", TUSK, ORBAN, O8, mode="allege"),
        event("ACCUSE", KALLAS, ORBAN, O8, mode="allege"),
        event("ACCUSE", ORBAN, EU, O10, mode="disapprove"),
        event("AGREE", ORBAN, CHINA, O11),
        event("AGREE", ORBAN, USA, O11),
    ],
    "quotes": [
        quote("Es gehe ihm um einen Weg zum Frieden in der Ukraine", "Viktor Orbán", "indirect"),
        quote("die rotierende Präsidentschaft habe kein Mandat, im Namen der Union mit Moskau zu verhandeln",
              "Charles Michel", "indirect"),
        quote("Wer Putin hofiert, stärkt nur den Aggressor", "Ursula von der Leyen", "direct"),
        quote("die Reise sei nicht mit Kiew abgestimmt gewesen", "Ministry of Foreign Affairs of Ukraine",
              "indirect"),
        quote("die Einheit der EU zu untergraben", "Donald Tusk", "indirect"),
        quote("die Einheit der EU zu untergraben", "Kaja Kallas", "indirect"),
        quote("Frieden schafft man nicht aus einem bequemen Sessel in Brüssel", "Viktor Orbán", "direct"),
        quote("in den kommenden Wochen auch mit Vertretern Chinas und der USA über eine Friedenslösung sprechen zu "
              "wollen", "Viktor Orbán", "indirect"),
    ],
    "entities": [
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Ministerpräsident Viktor Orbán", "Orbán", "ihm", "er", "Er"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine", "die Ukraine", "Kiew", "ukrainischen"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "dieser"]),
        entity("Charles Michel", "PER", "EUR", ["EU-Ratspräsident Charles Michel"]),
        entity("European Union", "ORG", "EUR", ["der Union", "der EU", "Brüssel"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["Kommissionspräsidentin Ursula von der Leyen"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Das ukrainische Außenministerium"]),
        entity("Donald Tusk", "PER", "POL", ["Polens Regierungschef Donald Tusk"]),
        entity("Kaja Kallas", "PER", "EST", ["die estnische Ministerpräsidentin Kaja Kallas"]),
        entity("China", "GPE", "CHN", ["Chinas"]),
        entity("United States", "GPE", "USA", ["der USA"]),
    ],
}

# ---------------------------------------------------------------- hm157-en-01
IAM = actor("International Association of Machinists District 751", "USA", "LAB")
BOEING = actor("Boeing", "USA", "BUS")
ORTBERG = actor("Kelly Ortberg", "USA", "BUS")
SU = actor("Julie Su", "USA", "GOV")

B1 = ("SEATTLE (AP) — About 33,000 Boeing factory workers in the Pacific Northwest walked off the job early Friday "
      "after overwhelmingly rejecting a contract offer that their own union leaders had recommended.")
B2 = ("Members of the International Association of Machinists District 751 voted 94.6% against the deal on "
      "Thursday night, and 96% backed a strike.")
B3 = "Picket lines went up outside the company's plants in Renton and Everett, where the 737 MAX and the 777 are built."
B4 = "Boeing's four-year offer included raises of 25%, well short of the 40% the union had demanded."
B5 = ("“This is about respect, and about getting back what we lost a decade ago,” district president Jon Holden "
      "told reporters.")
B6 = ("“We heard the message from our employees,” the company said, “and we remain ready to return to the "
      "bargaining table.”")
B7 = ("Chief executive Kelly Ortberg, who took over in August, had urged workers to approve the agreement, warning "
      "that a walkout would put the company's recovery at risk.")
B8 = "Acting Labor Secretary Julie Su called on both sides to resume negotiations quickly."
B9 = "Boeing and the union have not held talks since the vote, according to a union spokeswoman."
B10 = "Analysts estimate that a prolonged strike could cost the planemaker more than $1 billion a month."
B11 = "The last machinists' strike at Boeing, in 2008, lasted 57 days."

EN01 = {
    "id": "hm157-en-01", "lang": "en", "url": None, "published": "2024-09-13",
    "title": "Boeing machinists walk off the job after rejecting contract offer",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10, B11]),
    "events": [
        event("PROTEST", IAM, BOEING, B1, mode="strike", date="2024-09-13"),
        event("REJECT", IAM, BOEING, B1, date="2024-09-12"),
        event("REJECT", IAM, BOEING, B2, date="2024-09-12"),
        event("PROTEST", IAM, BOEING, B3, mode="strike", date="2024-09-13"),
        event("AGREE", BOEING, IAM, B4),
        event("REQUEST", IAM, BOEING, B4, mode="change"),
        event("AGREE", BOEING, IAM, B6),
        event("REQUEST", ORTBERG, IAM, B7, mode="change"),
        event("REQUEST", SU, BOEING, B8, mode="meet"),
        event("REQUEST", SU, IAM, B8, mode="meet"),
        event("CONSULT", BOEING, IAM, B9, negated=True),
    ],
    "quotes": [
        quote("This is about respect, and about getting back what we lost a decade ago", "Jon Holden", "direct"),
        quote("We heard the message from our employees", "Boeing", "direct"),
        quote("and we remain ready to return to the bargaining table", "Boeing", "direct"),
        quote("that a walkout would put the company's recovery at risk", "Kelly Ortberg", "indirect"),
        quote("Boeing and the union have not held talks since the vote",
              "International Association of Machinists District 751", "indirect"),
        quote("that a prolonged strike could cost the planemaker more than $1 billion a month", "Analysts",
              "indirect"),
    ],
    "entities": [
        entity("Boeing", "ORG", "USA", ["Boeing", "the company's", "the company", "Boeing's", "the planemaker"]),
        entity("International Association of Machinists District 751", "ORG", "USA",
               ["their own union", "the International Association of Machinists District 751", "the union"]),
        entity("Pacific Northwest", "LOC", "USA", ["the Pacific Northwest"]),
        entity("Renton", "LOC", "USA", ["Renton"]),
        entity("Everett", "LOC", "USA", ["Everett"]),
        entity("Jon Holden", "PER", "USA", ["district president Jon Holden"]),
        entity("Kelly Ortberg", "PER", "USA", ["Chief executive Kelly Ortberg"]),
        entity("Julie Su", "PER", "USA", ["Acting Labor Secretary Julie Su"]),
    ],
}

# ---------------------------------------------------------------- hm157-en-02
ZOURABICHVILI = actor("Salome Zourabichvili", "GEO", "GOV")
GD = actor("Georgian Dream", "GEO", "PTY")
GEO_OPP_SUPP = actor("Georgian opposition supporters", "GEO", "OPP")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
GEO_OPP = actor("Georgian opposition parties", "GEO", "OPP")
OSCE = actor("OSCE election observers", "IGO", "IGO")
GEORGIA_GOV = actor("Georgia", "GEO", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
US_STATE = actor("United States Department of State", "USA", "GOV")

K1 = ("TBILISI (Reuters) - Georgian President Salome Zourabichvili on Sunday refused to recognise the ruling Georgian "
      "Dream party's victory in Saturday's parliamentary election, calling the vote “stolen from the Georgian "
      "people.”")
K2 = ("She said Georgia had fallen victim to an operation “written in Moscow” and that she would not recognise the "
      "new parliament.")
K3 = "The election commission said Georgian Dream had won almost 54% of the vote."
K4 = ("Thousands of opposition supporters answered her call and rallied outside parliament on Rustaveli Avenue on "
      "Monday evening, waving Georgian and EU flags.")
K5 = "Prime Minister Irakli Kobakhidze rejected the fraud allegations."
K6 = ("He repeated his pledge to outlaw the main opposition parties, which he accused of working for foreign "
      "interests.")
K7 = ("Election observers from the OSCE said the ruling party had benefited from vote-buying, pressure on public "
      "sector employees and breaches of ballot secrecy.")
K8 = ("Hungarian Prime Minister Viktor Orbán, who congratulated Georgian Dream before the official count was "
      "complete, arrived in Tbilisi on Monday for a two-day visit.")
K9 = ("EU foreign policy chief Josep Borrell and European Council President Charles Michel urged Georgia's "
      "authorities to investigate the irregularities “quickly and without bias.”")
K10 = "The U.S. State Department made a similar call."
K11 = ("Brussels effectively froze Georgia's accession process in the summer after parliament passed a law on "
       "foreign influence.")

EN02 = {
    "id": "hm157-en-02", "lang": "en", "url": None, "published": "2024-10-28",
    "title": "Georgia's president rejects election result as opposition rallies in Tbilisi",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10, K11]),
    "events": [
        event("REJECT", ZOURABICHVILI, GD, K1, date="2024-10-27"),
        event("ACCUSE", ZOURABICHVILI, GD, K1, mode="allege", date="2024-10-27"),
        event("ACCUSE", ZOURABICHVILI, RUSSIA_GOV, K2, mode="allege"),
        event("REJECT", ZOURABICHVILI, GD, K2),
        event("PROTEST", GEO_OPP_SUPP, GD, K4, mode="demo", date="2024-10-28", location="Tbilisi",
              location_country="GEO"),
        event("THREATEN", KOBAKHIDZE, GEO_OPP, K6, mode="ban"),
        event("ACCUSE", KOBAKHIDZE, GEO_OPP, K6, mode="allege"),
        event("ACCUSE", OSCE, GD, K7, mode="allege"),
        event("SUPPORT", ORBAN, GD, K8),
        event("CONSULT", ORBAN, GEORGIA_GOV, K8, mode="visit", date="2024-10-28", location="Tbilisi",
              location_country="GEO"),
        event("REQUEST", BORRELL, GEORGIA_GOV, K9, mode="change"),
        event("REQUEST", MICHEL, GEORGIA_GOV, K9, mode="change"),
        event("REQUEST", US_STATE, GEORGIA_GOV, K10, mode="change"),
        event("SANCTION", EU, GEORGIA_GOV, K11, mode="discontinue"),
    ],
    "quotes": [
        quote("stolen from the Georgian people", "Salome Zourabichvili", "direct"),
        quote("Georgia had fallen victim to an operation “written in Moscow” and that she would not recognise the new "
              "parliament", "Salome Zourabichvili", "indirect"),
        quote("written in Moscow", "Salome Zourabichvili", "direct"),
        quote("Georgian Dream had won almost 54% of the vote", "Central Election Commission of Georgia",
              "indirect"),
        quote("the ruling party had benefited from vote-buying, pressure on public sector employees and breaches of "
              "ballot secrecy", "OSCE election observers", "indirect"),
        quote("quickly and without bias", "Josep Borrell", "direct"),
        quote("quickly and without bias", "Charles Michel", "direct"),
    ],
    "entities": [
        entity("Salome Zourabichvili", "PER", "GEO", ["Georgian President Salome Zourabichvili", "She", "her"]),
        entity("Georgian Dream", "ORG", "GEO", ["the ruling Georgian Dream party's", "Georgian Dream",
                                                "the ruling party"]),
        entity("Georgia", "GPE", "GEO", ["Georgia", "Georgia's"]),
        entity("Russia", "GPE", "RUS", ["Moscow"]),
        entity("Central Election Commission of Georgia", "ORG", "GEO", ["The election commission"]),
        entity("Parliament of Georgia", "ORG", "GEO", ["parliament"]),
        entity("Rustaveli Avenue", "LOC", "GEO", ["Rustaveli Avenue"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Prime Minister Irakli Kobakhidze", "He", "he"]),
        entity("Georgian opposition parties", "ORG", "GEO", ["the main opposition parties"]),
        entity("OSCE", "ORG", "IGO", ["the OSCE"]),
        entity("Viktor Orbán", "PER", "HUN", ["Hungarian Prime Minister Viktor Orbán"]),
        entity("Tbilisi", "LOC", "GEO", ["TBILISI", "Tbilisi"]),
        entity("Josep Borrell", "PER", "EUR", ["EU foreign policy chief Josep Borrell"]),
        entity("Charles Michel", "PER", "EUR", ["European Council President Charles Michel"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("European Union", "ORG", "EUR", ["EU", "Brussels"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
