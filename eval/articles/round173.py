"""Round 173: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm173-de-01: Gabon frees Sylvia and Noureddin Bongo, who are flown to Luanda after talks between Lourenço and Oligui Nguema (2025-05-17).
- hm173-de-02: Syria's al-Sharaa sets up an inquiry into the killings on the coast after the ambush near Jableh; Türk, Baerbock, Russia and the US react (2025-03-10).
- hm173-de-03: Argentina: mass march for Cristina Kirchner after the Supreme Court upholds her sentence; house arrest, Milei, Lula, Petro and Sheinbaum react (2025-06-19).
- hm173-de-04: Nigeria's Senate suspends Natasha Akpoti-Uduaghan after her harassment accusation against Akpabio; protest, PDP demand, IPU review (2025-03-07).
- hm173-en-01: The Arab summit in Cairo endorses Egypt's Gaza reconstruction plan; Israel and Washington reject it, Abbas announces an amnesty (2025-03-05).
- hm173-en-02: Colombia's ex-president Álvaro Uribe convicted of witness tampering; Rubio attacks the judges, Petro objects (2025-07-29).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm173-de-01 (Gabon)
GAB = actor("Gabon", "GAB", "GOV")
SYLVIA = actor("Sylvia Bongo Ondimba", "GAB", "CVL")
NOUREDDIN = actor("Noureddin Bongo Valentin", "GAB", "CVL")
AGO = actor("Angola", "AGO", "GOV")
LOURENCO = actor("João Lourenço", "AGO", "GOV")
OLIGUI = actor("Brice Clotaire Oligui Nguema", "GAB", "GOV")
GAB_JUD = actor("Judiciary of Gabon", "GAB", "JUD")
MINANG = actor("Eddy Minang", "GAB", "JUD")
BONGO_LAWYERS = actor("Lawyers of the Bongo family", "GAB", "CVL")
GAB_SEC = actor("Gabonese security forces", "GAB", "COP")
GAB_OFFICERS = actor("Gabonese military officers", "GAB", "MIL")
HR_GROUPS = actor("human rights organisations", None, "NGO")
AU = actor("African Union", "IGO", "IGO")

G1 = ("Libreville (dpa) - Die frühere gabunische First Lady Sylvia Bongo und ihr Sohn Noureddin sind nach "
      "gut anderthalb Jahren in Haft freigelassen und nach Angola ausgeflogen worden.")
G2 = "Angola habe die beiden „aus humanitären Gründen“ aufgenommen, teilte das Präsidialamt in Luanda am Freitag mit."
G3 = ("Ihre Freilassung sei das Ergebnis von Gesprächen zwischen Präsident João Lourenço und seinem gabunischen "
      "Amtskollegen Brice Clotaire Oligui Nguema, hieß es weiter.")
G4 = "Lourenço hat derzeit den Vorsitz der Afrikanischen Union (AU) inne."
G5 = "Die Justiz in Libreville wirft Mutter und Sohn unter anderem Veruntreuung öffentlicher Gelder und Geldwäsche vor."
G6 = "Generalstaatsanwalt Eddy Minang erklärte, die Ermittlungen gegen die beiden würden trotz der Ausreise fortgesetzt."
G7 = "Ein Prozess in Abwesenheit sei nicht ausgeschlossen."
G8 = ("Die Anwälte der Familie werfen den Sicherheitskräften vor, Sylvia Bongo und ihren Sohn in der Haft "
      "misshandelt und gefoltert zu haben.")
G9 = "Die Regierung weist das zurück."
G10 = "In Paris haben die Anwälte deshalb Klage gegen mehrere gabunische Offiziere eingereicht."
G11 = "Die Familie Bongo hatte das ölreiche Land mehr als 55 Jahre lang regiert."
G12 = "Menschenrechtsorganisationen hatten seit Monaten die Freilassung von Mutter und Sohn gefordert."
G13 = "Die Afrikanische Union würdigte den Schritt als „Geste der Versöhnung“."

DE01 = {
    "id": "hm173-de-01", "lang": "de", "url": None, "published": "2025-05-17",
    "title": "Gabuns frühere First Lady Sylvia Bongo und Sohn nach Angola ausgeflogen",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9, G10], [G11, G12, G13]),
    "events": [
        event("RETREAT", GAB, SYLVIA, G1, mode="release"),
        event("RETREAT", GAB, NOUREDDIN, G1, mode="release"),
        event("AID", AGO, SYLVIA, G2, date="2025-05-16", location="Luanda", location_country="AGO"),
        event("AID", AGO, NOUREDDIN, G2, date="2025-05-16", location="Luanda", location_country="AGO"),
        event("CONSULT", LOURENCO, OLIGUI, G3),
        event("ACCUSE", GAB_JUD, SYLVIA, G5, mode="allege"),
        event("ACCUSE", GAB_JUD, NOUREDDIN, G5, mode="allege"),
        event("ACCUSE", MINANG, SYLVIA, G6, mode="investigate"),
        event("ACCUSE", MINANG, NOUREDDIN, G6, mode="investigate"),
        event("ACCUSE", BONGO_LAWYERS, GAB_SEC, G8, mode="allege"),
        event("ACCUSE", BONGO_LAWYERS, GAB_OFFICERS, G10, mode="allege", location="Paris", location_country="FRA"),
        event("REQUEST", HR_GROUPS, GAB, G12, mode="yield"),
        event("SUPPORT", AU, GAB, G13),
    ],
    "quotes": [
        quote("aus humanitären Gründen", "Presidency of Angola", "direct"),
        quote("Angola habe die beiden „aus humanitären Gründen“ aufgenommen", "Presidency of Angola", "indirect"),
        quote("Ihre Freilassung sei das Ergebnis von Gesprächen zwischen Präsident João Lourenço und seinem "
              "gabunischen Amtskollegen Brice Clotaire Oligui Nguema", "Presidency of Angola", "indirect"),
        quote("die Ermittlungen gegen die beiden würden trotz der Ausreise fortgesetzt", "Eddy Minang", "indirect"),
        quote("Ein Prozess in Abwesenheit sei nicht ausgeschlossen", "Eddy Minang", "indirect"),
        quote("Sylvia Bongo und ihren Sohn in der Haft misshandelt und gefoltert zu haben",
              "Lawyers of the Bongo family", "indirect"),
        quote("Geste der Versöhnung", "African Union", "direct"),
    ],
    "entities": [
        entity("Sylvia Bongo Ondimba", "PER", "GAB",
               ["Die frühere gabunische First Lady Sylvia Bongo", "Sylvia Bongo", "Mutter"]),
        entity("Noureddin Bongo Valentin", "PER", "GAB", ["ihr Sohn Noureddin", "ihren Sohn", "Sohn"]),
        entity("Angola", "GPE", "AGO", ["Angola"]),
        entity("Presidency of Angola", "ORG", "AGO", ["das Präsidialamt in Luanda"]),
        entity("Luanda", "LOC", "AGO", ["Luanda"]),
        entity("João Lourenço", "PER", "AGO", ["Präsident João Lourenço", "Lourenço"]),
        entity("Brice Clotaire Oligui Nguema", "PER", "GAB",
               ["seinem gabunischen Amtskollegen Brice Clotaire Oligui Nguema"]),
        entity("African Union", "ORG", "IGO", ["Afrikanischen Union (AU)", "Die Afrikanische Union"]),
        entity("Libreville", "LOC", "GAB", ["Libreville"]),
        entity("Judiciary of Gabon", "ORG", "GAB", ["Die Justiz in Libreville"]),
        entity("Eddy Minang", "PER", "GAB", ["Generalstaatsanwalt Eddy Minang"]),
        entity("Lawyers of the Bongo family", "ORG", "GAB", ["Die Anwälte der Familie", "die Anwälte"]),
        entity("Gabonese security forces", "ORG", "GAB", ["den Sicherheitskräften"]),
        entity("Government of Gabon", "ORG", "GAB", ["Die Regierung"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Gabonese military officers", "ORG", "GAB", ["mehrere gabunische Offiziere"]),
        entity("Bongo family", "ORG", "GAB", ["Die Familie Bongo"]),
        entity("Gabon", "GPE", "GAB", ["das ölreiche Land"]),
        entity("human rights organisations", "ORG", None, ["Menschenrechtsorganisationen"]),
    ],
}

# ---------------------------------------------------------------- hm173-de-02 (Syria)
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
PERPETRATORS_SYR = actor("perpetrators of violence against civilians", "SYR", None)
ASSAD_LOYALISTS = actor("Assad loyalists", "SYR", "REB")
SYR_SEC = actor("Syrian security forces", "SYR", "COP")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
SOHR = actor("Syrian Observatory for Human Rights", "SYR", "NGO")
PRO_GOV_MIL = actor("pro-government militias", "SYR", "MIL")
RUS_MIL = actor("Russia", "RUS", "MIL")
SYR_CIV = actor("Syrian civilians", "SYR", "CVL")
TURK = actor("Volker Türk", "UNO", "IGO")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
RUS = actor("Russia", "RUS", "GOV")
USA = actor("United States", "USA", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")

S1 = ("Damaskus (dpa) - Nach tagelanger Gewalt an der syrischen Mittelmeerküste hat Übergangspräsident Ahmed "
      "al-Scharaa eine unabhängige Kommission zur Aufklärung der Taten eingesetzt.")
S2 = "Das Gremium solle binnen 30 Tagen einen Bericht vorlegen, teilte das Präsidialamt am Sonntag mit."
S3 = "„Wer das Blut von Zivilisten vergossen hat, wird zur Rechenschaft gezogen“, sagte al-Scharaa in einer Moschee in Damaskus."
S4 = ("Die Kämpfe hatten am Donnerstag begonnen, als Anhänger des gestürzten Machthabers Baschar al-Assad nahe "
      "der Stadt Dschabla Sicherheitskräfte aus dem Hinterhalt angriffen.")
S5 = "Die Regierung schickte daraufhin Tausende Kämpfer und gepanzerte Fahrzeuge in die Provinzen Latakia und Tartus."
S6 = ("Die in London ansässige Syrische Beobachtungsstelle für Menschenrechte wirft regierungstreuen Milizen vor, "
      "mehr als 700 alawitische Zivilisten getötet zu haben.")
S7 = "Unabhängig überprüfen ließen sich die Angaben nicht."
S8 = "Das Verteidigungsministerium wies Berichte über gezielte Angriffe auf Zivilisten zurück."
S9 = "Russland gewährte nach eigenen Angaben mehreren Tausend Menschen Schutz auf seinem Luftwaffenstützpunkt Hmeimim."
S10 = "UN-Menschenrechtskommissar Volker Türk verlangte ein sofortiges Ende der Tötungen."
S11 = ("Außenministerin Annalena Baerbock verurteilte die „entsetzliche Gewalt“ und forderte die Übergangsregierung "
       "auf, die Zivilbevölkerung zu schützen.")
S12 = ("Russland und die USA beantragten nach Angaben von Diplomaten eine Sitzung des UN-Sicherheitsrats hinter "
       "verschlossenen Türen.")
S13 = "Der Rat könnte noch am Montag zusammenkommen."

DE02 = {
    "id": "hm173-de-02", "lang": "de", "url": None, "published": "2025-03-10",
    "title": "Syriens Übergangspräsident lässt Gewalt an der Küste untersuchen",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7, S8, S9], [S10, S11, S12, S13]),
    "events": [
        event("ACCUSE", SHARAA, None, S1, mode="investigate"),
        event("THREATEN", SHARAA, PERPETRATORS_SYR, S3, location="Damascus", location_country="SYR"),
        event("ASSAULT", ASSAD_LOYALISTS, SYR_SEC, S4, date="2025-03-06", location="Jableh", location_country="SYR"),
        event("MOBILIZE", SYR_GOV, None, S5, mode="troops", location="Latakia", location_country="SYR"),
        event("ACCUSE", SOHR, PRO_GOV_MIL, S6, mode="allege"),
        event("AID", RUS_MIL, SYR_CIV, S9, location="Hmeimim", location_country="SYR"),
        event("REQUEST", TURK, SYR_GOV, S10, mode="yield"),
        event("ACCUSE", BAERBOCK, None, S11, mode="disapprove"),
        event("REQUEST", BAERBOCK, SYR_GOV, S11, mode="change"),
        event("REQUEST", RUS, UNSC, S12, mode="meet"),
        event("REQUEST", USA, UNSC, S12, mode="meet"),
    ],
    "quotes": [
        quote("Das Gremium solle binnen 30 Tagen einen Bericht vorlegen", "Presidency of Syria", "indirect"),
        quote("Wer das Blut von Zivilisten vergossen hat, wird zur Rechenschaft gezogen", "Ahmed al-Sharaa", "direct"),
        quote("mehr als 700 alawitische Zivilisten getötet zu haben", "Syrian Observatory for Human Rights",
              "indirect"),
        quote("entsetzliche Gewalt", "Annalena Baerbock", "direct"),
    ],
    "entities": [
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Übergangspräsident Ahmed al-Scharaa", "al-Scharaa"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("fact-finding committee on the coastal violence", "ORG", "SYR",
               ["eine unabhängige Kommission", "Das Gremium"]),
        entity("Presidency of Syria", "ORG", "SYR", ["das Präsidialamt"]),
        entity("Bashar al-Assad", "PER", "SYR", ["des gestürzten Machthabers Baschar al-Assad"]),
        entity("Assad loyalists", "ORG", "SYR", ["Anhänger des gestürzten Machthabers Baschar al-Assad"]),
        entity("Jableh", "LOC", "SYR", ["der Stadt Dschabla"]),
        entity("Syrian security forces", "ORG", "SYR", ["Sicherheitskräfte"]),
        entity("Government of Syria", "ORG", "SYR", ["Die Regierung", "die Übergangsregierung"]),
        entity("Latakia", "LOC", "SYR", ["Latakia"]),
        entity("Tartus", "LOC", "SYR", ["Tartus"]),
        entity("Syrian Observatory for Human Rights", "ORG", "SYR",
               ["Die in London ansässige Syrische Beobachtungsstelle für Menschenrechte"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("pro-government militias", "ORG", "SYR", ["regierungstreuen Milizen"]),
        entity("Ministry of Defence of Syria", "ORG", "SYR", ["Das Verteidigungsministerium"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Hmeimim Air Base", "LOC", "SYR", ["seinem Luftwaffenstützpunkt Hmeimim"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Außenministerin Annalena Baerbock"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("UN Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats", "Der Rat"]),
    ],
}

# ---------------------------------------------------------------- hm173-de-03 (Argentina)
CFK_SUPPORTERS = actor("Supporters of Cristina Fernández de Kirchner", "ARG", "CVL")
ARG_SC = actor("Supreme Court of Argentina", "ARG", "JUD")
CFK = actor("Cristina Fernández de Kirchner", "ARG", "PTY")
MILEI = actor("Javier Milei", "ARG", "GOV")
ARG_FED_COURT = actor("Federal court of Argentina", "ARG", "JUD")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
WERTHEIN = actor("Gerardo Werthein", "ARG", "GOV")

K1 = ("Buenos Aires (dpa) - Zehntausende Anhänger der argentinischen Ex-Präsidentin Cristina Kirchner sind in "
      "Buenos Aires gegen ihre Verurteilung wegen Korruption auf die Straße gegangen.")
K2 = ("Die Demonstranten zogen am Mittwoch zur Plaza de Mayo vor dem Präsidentenpalast und skandierten Parolen "
      "gegen Präsident Javier Milei und das Oberste Gericht.")
K3 = ("Das Oberste Gericht hatte vergangene Woche eine sechsjährige Haftstrafe gegen die 72-Jährige bestätigt "
      "und ihr lebenslang die Ausübung öffentlicher Ämter untersagt.")
K4 = "Es ging um die Vergabe öffentlicher Bauaufträge in der Provinz Santa Cruz während ihrer Amtszeit."
K5 = ("Ein Bundesgericht hatte am Dienstag entschieden, dass Kirchner die Strafe im Hausarrest in ihrer Wohnung "
      "verbüßen darf; sie muss eine elektronische Fußfessel tragen.")
K6 = ("„Das ist kein Urteil, das ist eine Strafe für eine politische Haltung“, sagte Kirchner in einer "
      "Audiobotschaft an die Demonstranten, „und das weiß das Volk.“")
K7 = "Kirchner hat die Vorwürfe stets bestritten."
K8 = "Präsident Milei begrüßte dagegen die Entscheidung der Richter."
K9 = "Das Gericht habe gezeigt, dass niemand über dem Gesetz stehe, schrieb er auf der Plattform X."
K10 = ("Brasiliens Präsident Luiz Inácio Lula da Silva kündigte an, Kirchner bei seinem nächsten Besuch in "
       "Buenos Aires zu treffen.")
K11 = ("Auch Kolumbiens Staatschef Gustavo Petro und Mexikos Präsidentin Claudia Sheinbaum sicherten ihr "
       "Solidarität zu.")
K12 = "Außenminister Gerardo Werthein warf Petro daraufhin Einmischung in innere Angelegenheiten vor."

DE03 = {
    "id": "hm173-de-03", "lang": "de", "url": None, "published": "2025-06-19",
    "title": "Zehntausende demonstrieren in Buenos Aires für Cristina Kirchner",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8, K9], [K10, K11, K12]),
    "events": [
        event("PROTEST", CFK_SUPPORTERS, ARG_SC, K1, mode="demo", location="Buenos Aires", location_country="ARG"),
        event("PROTEST", CFK_SUPPORTERS, MILEI, K2, mode="demo", date="2025-06-18", location="Plaza de Mayo",
              location_country="ARG"),
        event("PROTEST", CFK_SUPPORTERS, ARG_SC, K2, mode="demo", date="2025-06-18", location="Plaza de Mayo",
              location_country="ARG"),
        event("SANCTION", ARG_SC, CFK, K3, mode="convict"),
        event("COERCE", ARG_SC, CFK, K3, mode="ban"),
        event("COERCE", ARG_FED_COURT, CFK, K5, mode="arrest", date="2025-06-17"),
        event("ACCUSE", CFK, ARG_SC, K6, mode="disapprove"),
        event("SUPPORT", MILEI, ARG_SC, K8),
        event("SUPPORT", MILEI, ARG_SC, K9),
        event("AGREE", LULA, CFK, K10),
        event("SUPPORT", PETRO, CFK, K11),
        event("SUPPORT", SHEINBAUM, CFK, K11),
        event("ACCUSE", WERTHEIN, PETRO, K12, mode="disapprove"),
    ],
    "quotes": [
        quote("Das ist kein Urteil, das ist eine Strafe für eine politische Haltung",
              "Cristina Fernández de Kirchner", "direct"),
        quote("und das weiß das Volk", "Cristina Fernández de Kirchner", "direct"),
        quote("Das Gericht habe gezeigt, dass niemand über dem Gesetz stehe", "Javier Milei", "indirect"),
        quote("Kirchner bei seinem nächsten Besuch in Buenos Aires zu treffen", "Luiz Inácio Lula da Silva",
              "indirect"),
    ],
    "entities": [
        entity("Cristina Fernández de Kirchner", "PER", "ARG",
               ["der argentinischen Ex-Präsidentin Cristina Kirchner", "die 72-Jährige", "Kirchner", "sie"]),
        entity("Supporters of Cristina Fernández de Kirchner", "ORG", "ARG",
               ["Zehntausende Anhänger der argentinischen Ex-Präsidentin Cristina Kirchner", "Die Demonstranten",
                "die Demonstranten"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Plaza de Mayo", "LOC", "ARG", ["Plaza de Mayo"]),
        entity("Casa Rosada", "LOC", "ARG", ["dem Präsidentenpalast"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Präsident Milei", "er"]),
        entity("Supreme Court of Argentina", "ORG", "ARG",
               ["das Oberste Gericht", "Das Oberste Gericht", "der Richter", "Das Gericht"]),
        entity("Santa Cruz Province", "LOC", "ARG", ["der Provinz Santa Cruz"]),
        entity("Federal court of Argentina", "ORG", "ARG", ["Ein Bundesgericht"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brasiliens Präsident Luiz Inácio Lula da Silva"]),
        entity("Gustavo Petro", "PER", "COL", ["Kolumbiens Staatschef Gustavo Petro", "Petro"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexikos Präsidentin Claudia Sheinbaum"]),
        entity("Gerardo Werthein", "PER", "ARG", ["Außenminister Gerardo Werthein"]),
    ],
}

# ---------------------------------------------------------------- hm173-de-04 (Nigeria)
NGA_SENATE = actor("Senate of Nigeria", "NGA", "LEG")
AKPOTI = actor("Natasha Akpoti-Uduaghan", "NGA", "LEG")
AKPABIO = actor("Godswill Akpabio", "NGA", "LEG")
NGA_WOMEN = actor("Nigerian women's rights activists", "NGA", "CVL")
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")
PDP = actor("Peoples Democratic Party", "NGA", "PTY")
IPU = actor("Inter-Parliamentary Union", "IGO", "IGO")

N1 = "Abuja (dpa) - Der nigerianische Senat hat die Senatorin Natasha Akpoti-Uduaghan für sechs Monate suspendiert."
N2 = ("Die Kammer warf der Oppositionspolitikerin am Donnerstag „grobes Fehlverhalten“ vor, nachdem sie sich "
      "geweigert hatte, einen ihr zugewiesenen neuen Sitzplatz einzunehmen.")
N3 = ("Der Senat strich ihr für die Dauer der Suspendierung zudem Gehalt und Personenschutz und verbot ihr den "
      "Zutritt zum Parlamentsgebäude.")
N4 = ("Akpoti-Uduaghan hatte Senatspräsident Godswill Akpabio vergangene Woche in einem Fernsehinterview "
      "vorgeworfen, sie sexuell belästigt zu haben.")
N5 = "Akpabio weist die Anschuldigungen zurück."
N6 = ("„Der Senat bestraft mich nicht für einen Sitzplatz, sondern dafür, dass ich Nein gesagt habe“, sagte "
      "die 45-Jährige vor Journalisten.")
N7 = "Sie reichte nach eigenen Angaben Klage beim Bundesgericht in Abuja ein."
N8 = "Vor dem Parlament protestierten am Freitag Dutzende Frauenrechtlerinnen gegen die Suspendierung."
N9 = "Die Polizei riegelte das Gelände ab und hinderte die Demonstrantinnen daran, zum Eingang vorzudringen."
N10 = "Im 109 Sitze zählenden Senat sitzen nur vier Frauen."
N11 = ("Die oppositionelle Demokratische Volkspartei (PDP) forderte Akpabio auf, sein Amt bis zum Abschluss "
       "einer unabhängigen Untersuchung ruhen zu lassen.")
N12 = "Akpabio lehnte dies ab und sprach von einer „Schmutzkampagne“ der Opposition."
N13 = "Die Interparlamentarische Union (IPU) leitete nach eigenen Angaben eine Prüfung des Falls ein."

DE04 = {
    "id": "hm173-de-04", "lang": "de", "url": None, "published": "2025-03-07",
    "title": "Nigerias Senat suspendiert Senatorin nach Vorwürfen gegen Akpabio",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8, N9], [N10, N11, N12, N13]),
    "events": [
        event("SANCTION", NGA_SENATE, AKPOTI, N1, mode="expel"),
        event("ACCUSE", NGA_SENATE, AKPOTI, N2, mode="allege", date="2025-03-06"),
        event("REJECT", AKPOTI, NGA_SENATE, N2),
        event("COERCE", NGA_SENATE, AKPOTI, N3, mode="restrict"),
        event("ACCUSE", AKPOTI, AKPABIO, N4, mode="allege"),
        event("ACCUSE", AKPOTI, NGA_SENATE, N6, mode="disapprove"),
        event("ACCUSE", AKPOTI, NGA_SENATE, N7, mode="allege", location="Abuja", location_country="NGA"),
        event("PROTEST", NGA_WOMEN, NGA_SENATE, N8, mode="demo", date="2025-03-07", location="Abuja",
              location_country="NGA"),
        event("COERCE", NGA_POLICE, NGA_WOMEN, N9, mode="restrict", location="Abuja", location_country="NGA"),
        event("REQUEST", PDP, AKPABIO, N11, mode="change"),
        event("REJECT", AKPABIO, PDP, N12, mode="change"),
        event("ACCUSE", AKPABIO, PDP, N12, mode="disapprove"),
        event("ACCUSE", IPU, NGA_SENATE, N13, mode="investigate"),
    ],
    "quotes": [
        quote("grobes Fehlverhalten", "Senate of Nigeria", "direct"),
        quote("sie sexuell belästigt zu haben", "Natasha Akpoti-Uduaghan", "indirect"),
        quote("Der Senat bestraft mich nicht für einen Sitzplatz, sondern dafür, dass ich Nein gesagt habe",
              "Natasha Akpoti-Uduaghan", "direct"),
        quote("sein Amt bis zum Abschluss einer unabhängigen Untersuchung ruhen zu lassen",
              "Peoples Democratic Party", "indirect"),
        quote("Schmutzkampagne", "Godswill Akpabio", "direct"),
    ],
    "entities": [
        entity("Senate of Nigeria", "ORG", "NGA",
               ["Der nigerianische Senat", "Die Kammer", "Der Senat", "Im 109 Sitze zählenden Senat"]),
        entity("Natasha Akpoti-Uduaghan", "PER", "NGA",
               ["die Senatorin Natasha Akpoti-Uduaghan", "der Oppositionspolitikerin", "Akpoti-Uduaghan",
                "die 45-Jährige", "Sie"]),
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Godswill Akpabio", "PER", "NGA", ["Senatspräsident Godswill Akpabio", "Akpabio"]),
        entity("National Assembly Complex", "LOC", "NGA", ["Parlamentsgebäude", "dem Parlament"]),
        entity("Federal High Court", "ORG", "NGA", ["Bundesgericht in Abuja"]),
        entity("Nigerian women's rights activists", "ORG", "NGA",
               ["Dutzende Frauenrechtlerinnen", "die Demonstrantinnen"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["Die Polizei"]),
        entity("Peoples Democratic Party", "ORG", "NGA",
               ["Die oppositionelle Demokratische Volkspartei (PDP)", "der Opposition"]),
        entity("Inter-Parliamentary Union", "ORG", "IGO", ["Die Interparlamentarische Union (IPU)"]),
    ],
}

# ---------------------------------------------------------------- hm173-en-01 (Cairo summit)
ARAB_LEAGUE = actor("Arab League", "IGO", "IGO")
EGY = actor("Egypt", "EGY", "GOV")
SISI = actor("Abdel Fattah el-Sisi", "EGY", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
HUGHES = actor("Brian Hughes", "USA", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
FATAH_EXPELLED = actor("expelled Fatah members", "PSE", "PTY")
GUTERRES = actor("António Guterres", "UNO", "IGO")
JOR = actor("Jordan", "JOR", "GOV")
SAU = actor("Saudi Arabia", "SAU", "GOV")
ARE = actor("United Arab Emirates", "ARE", "GOV")
PALESTINIANS = actor("Palestinians in Gaza", "PSE", "CVL")

E1 = ("CAIRO (AP) — Arab leaders meeting in Cairo on Tuesday endorsed Egypt's $53 billion plan to rebuild the "
      "Gaza Strip without displacing its Palestinian population, offering a counterproposal to President Donald "
      "Trump's vision of emptying the territory.")
E2 = ("Egyptian President Abdel Fattah el-Sissi said he was confident that Trump could bring lasting peace to "
      "the region.")
E3 = ("Under the plan, a committee of independent Palestinian technocrats would run Gaza for six months before "
      "handing over to the Palestinian Authority.")
E4 = ("Israel's Foreign Ministry swiftly rejected the proposal, saying it “ignores the realities” created by "
      "Hamas' Oct. 7, 2023, attack.")
E5 = ("In Washington, National Security Council spokesman Brian Hughes said the plan failed to address the "
      "fact that Gaza was currently uninhabitable.")
E6 = "Hamas welcomed the summit's decisions and urged the Arab League to move quickly on raising the funds."
E7 = ("Palestinian President Mahmoud Abbas announced a general amnesty for Fatah members expelled from the "
      "movement and said he was ready to hold elections next year “if the circumstances allow”.")
E8 = ("U.N. Secretary-General António Guterres, who attended the meeting, said the United Nations was ready to "
      "cooperate fully with the initiative.")
E9 = ("Trump's proposal for the U.S. to take over Gaza and resettle its more than 2 million people has been "
      "flatly rejected by Egypt and Jordan.")
E10 = ("Saudi Arabia and the United Arab Emirates, whose money would be crucial, made no specific pledges at "
       "the summit.")

EN01 = {
    "id": "hm173-en-01", "lang": "en", "url": None, "published": "2025-03-05",
    "title": "Arab leaders back Egypt's $53 billion Gaza plan as Israel and Washington balk",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9, E10]),
    "events": [
        event("SUPPORT", ARAB_LEAGUE, EGY, E1, date="2025-03-04", location="Cairo", location_country="EGY"),
        event("CONSULT", ARAB_LEAGUE, EGY, E1, mode="multilateral", date="2025-03-04", location="Cairo",
              location_country="EGY"),
        event("SUPPORT", SISI, TRUMP, E2),
        event("REJECT", ISR_MFA, EGY, E4),
        event("ACCUSE", HUGHES, EGY, E5, mode="disapprove"),
        event("SUPPORT", HAMAS, ARAB_LEAGUE, E6),
        event("REQUEST", HAMAS, ARAB_LEAGUE, E6, mode="assist"),
        event("CONCEDE", ABBAS, FATAH_EXPELLED, E7),
        event("CONSULT", GUTERRES, ARAB_LEAGUE, E8, mode="multilateral", location="Cairo", location_country="EGY"),
        event("AGREE", GUTERRES, EGY, E8),
        event("REJECT", EGY, TRUMP, E9, mode="change"),
        event("REJECT", JOR, TRUMP, E9, mode="change"),
        event("AID", SAU, PALESTINIANS, E10, negated=True),
        event("AID", ARE, PALESTINIANS, E10, negated=True),
    ],
    "quotes": [
        quote("he was confident that Trump could bring lasting peace to the region", "Abdel Fattah el-Sisi",
              "indirect"),
        quote("ignores the realities", "Ministry of Foreign Affairs of Israel", "direct"),
        quote("it “ignores the realities” created by Hamas' Oct. 7, 2023, attack",
              "Ministry of Foreign Affairs of Israel", "indirect"),
        quote("the plan failed to address the fact that Gaza was currently uninhabitable", "Brian Hughes",
              "indirect"),
        quote("if the circumstances allow", "Mahmoud Abbas", "direct"),
        quote("he was ready to hold elections next year “if the circumstances allow”", "Mahmoud Abbas", "indirect"),
        quote("the United Nations was ready to cooperate fully with the initiative", "António Guterres", "indirect"),
    ],
    "entities": [
        entity("Arab League", "ORG", "IGO", ["Arab leaders", "the summit", "the meeting"]),
        entity("Cairo", "LOC", "EGY", ["CAIRO", "Cairo"]),
        entity("Egypt", "GPE", "EGY", ["Egypt's", "Egypt"]),
        entity("Gaza Strip", "LOC", "PSE", ["the Gaza Strip", "the territory", "Gaza"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump's", "Trump's", "Trump"]),
        entity("Abdel Fattah el-Sisi", "PER", "EGY", ["Egyptian President Abdel Fattah el-Sissi", "he"]),
        entity("Palestinian Authority", "ORG", "PSE", ["the Palestinian Authority"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Israel's Foreign Ministry"]),
        entity("Hamas", "ORG", "PSE", ["Hamas'", "Hamas"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("United States National Security Council", "ORG", "USA", ["National Security Council"]),
        entity("Brian Hughes", "PER", "USA", ["National Security Council spokesman Brian Hughes"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palestinian President Mahmoud Abbas"]),
        entity("Fatah", "ORG", "PSE", ["Fatah", "the movement"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General António Guterres"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("United States", "GPE", "USA", ["the U.S."]),
        entity("Jordan", "GPE", "JOR", ["Jordan"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
        entity("United Arab Emirates", "GPE", "ARE", ["the United Arab Emirates"]),
    ],
}

# ---------------------------------------------------------------- hm173-en-02 (Colombia)
HEREDIA = actor("Sandra Heredia", "COL", "JUD")
URIBE = actor("Álvaro Uribe", "COL", "PTY")
URIBE_SUPPORTERS = actor("Supporters of Álvaro Uribe", "COL", "CVL")
CEPEDA = actor("Iván Cepeda", "COL", "LEG")
CD = actor("Democratic Center", "COL", "PTY")
RUBIO = actor("Marco Rubio", "USA", "GOV")
COL_JUD = actor("Judiciary of Colombia", "COL", "JUD")
PETRO_EN = actor("Gustavo Petro", "COL", "GOV")
USA_EN = actor("United States", "USA", "GOV")
STATE_DEPT = actor("United States Department of State", "USA", "GOV")
COL = actor("Colombia", "COL", "GOV")

C1 = ("BOGOTA, Colombia (AP) — A Colombian judge on Monday found former President Álvaro Uribe guilty of "
      "witness tampering and procedural fraud, making him the first former Colombian president to be "
      "convicted of a crime.")
C2 = ("Judge Sandra Heredia said during a marathon hearing that Uribe had pressured jailed former paramilitary "
      "fighters to change their testimony about his alleged ties to right-wing militias.")
C3 = ("Uribe, 73, who followed the proceedings by video link, has denied any wrongdoing, and his lawyers said "
      "they would appeal.")
C4 = ("Hundreds of his supporters gathered outside the courthouse in Bogota, waving Colombian flags and "
      "chanting against the judge.")
C5 = ("Sen. Iván Cepeda, a leftist lawmaker and one of the victims in the case, welcomed the verdict as proof "
      "“that nobody is above the law.”")
C6 = "Uribe's Democratic Center party denounced the ruling as “judicial persecution” of the opposition."
C7 = ("U.S. Secretary of State Marco Rubio said Uribe was being punished “for defending his homeland” and "
      "accused “radical judges” of turning Colombia's courts into a political weapon.")
C8 = ("Colombian President Gustavo Petro accused Washington of meddling in the country's judicial affairs and "
      "demanded respect for the independence of its judges.")
C9 = "Petro, a former guerrilla, has long been one of Uribe's fiercest critics."
C10 = "The State Department did not announce any sanctions over the case."
C11 = "Heredia is due to announce the sentence on Friday, and Uribe could face up to 12 years in prison."

EN02 = {
    "id": "hm173-en-02", "lang": "en", "url": None, "published": "2025-07-29",
    "title": "Colombia's ex-president Uribe convicted of witness tampering; Rubio cries foul",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C10, C11]),
    "events": [
        event("SANCTION", HEREDIA, URIBE, C1, mode="convict", date="2025-07-28", location="Bogotá",
              location_country="COL"),
        event("ACCUSE", HEREDIA, URIBE, C2, mode="allege"),
        event("PROTEST", URIBE_SUPPORTERS, HEREDIA, C4, mode="demo", location="Bogotá", location_country="COL"),
        event("SUPPORT", CEPEDA, HEREDIA, C5),
        event("ACCUSE", CD, HEREDIA, C6, mode="disapprove"),
        event("SUPPORT", RUBIO, URIBE, C7),
        event("ACCUSE", RUBIO, COL_JUD, C7, mode="disapprove"),
        event("ACCUSE", PETRO_EN, USA_EN, C8, mode="disapprove"),
        event("REQUEST", PETRO_EN, USA_EN, C8, mode="change"),
        event("SANCTION", STATE_DEPT, COL, C10, negated=True),
    ],
    "quotes": [
        quote("Uribe had pressured jailed former paramilitary fighters to change their testimony about his "
              "alleged ties to right-wing militias", "Sandra Heredia", "indirect"),
        quote("they would appeal", "Lawyers of Álvaro Uribe", "indirect"),
        quote("that nobody is above the law", "Iván Cepeda", "direct"),
        quote("judicial persecution", "Democratic Center", "direct"),
        quote("for defending his homeland", "Marco Rubio", "direct"),
        quote("Uribe was being punished “for defending his homeland”", "Marco Rubio", "indirect"),
        quote("radical judges", "Marco Rubio", "direct"),
    ],
    "entities": [
        entity("Álvaro Uribe", "PER", "COL", ["former President Álvaro Uribe", "Uribe", "him", "Uribe's"]),
        entity("Sandra Heredia", "PER", "COL", ["A Colombian judge", "Judge Sandra Heredia", "Heredia", "the judge"]),
        entity("Bogotá", "LOC", "COL", ["BOGOTA", "Bogota"]),
        entity("Colombia", "GPE", "COL", ["Colombia", "the country's"]),
        entity("Lawyers of Álvaro Uribe", "ORG", "COL", ["his lawyers"]),
        entity("Supporters of Álvaro Uribe", "ORG", "COL", ["Hundreds of his supporters"]),
        entity("Iván Cepeda", "PER", "COL", ["Sen. Iván Cepeda"]),
        entity("Democratic Center", "ORG", "COL", ["Uribe's Democratic Center party"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio"]),
        entity("Judiciary of Colombia", "ORG", "COL", ["Colombia's courts", "its judges"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro", "Petro"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
