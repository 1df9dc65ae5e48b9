"""Round 207: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm207-de-01: Germany's interior minister Faeser bans the far-right magazine Compact; raids in four states, Elsässer and the AfD object, the Central Council of Jews welcomes the ban (2024-07-16).
- hm207-de-02: French border police detain Telegram founder Pavel Durov at Le Bourget; Paris prosecutors investigate, Moscow and the UAE ask for access, Telegram and Musk object, Macron denies political motives (2024-08-26).
- hm207-de-03: Estonia's Kapo detains ten suspects over GRU-ordered vandalism against the interior minister's car; Kallas accuses Moscow, the chargé is summoned (2024-02-20).
- hm207-de-04: Kamiński and Wąsik leave prison after President Duda's pardon; Tusk and Bodnar object, Hołownia refuses to restore their seats, Kaczyński receives them (2024-01-24).
- hm207-en-01: Vigils across Mexico over the Izaguirre ranch near Teuchitlán; federal prosecutors take over, Sheinbaum promises reforms and blames Jalisco (2025-03-16).
- hm207-en-02: Spain's Congress gives final approval to the Catalan amnesty law; Feijóo and Abascal attack Sánchez, PP and Vox supporters protest, Puigdemont hails the vote (2024-05-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm207-de-01
FAESER = actor("Nancy Faeser", "DEU", "GOV")
BMI = actor("Federal Ministry of the Interior", "DEU", "GOV")
COMPACT = actor("Compact", "DEU", "BUS")
CONSPECT = actor("Conspect Film", "DEU", "BUS")
POLICE_DE = actor("German police", "DEU", "COP")
ELSAESSER = actor("Jürgen Elsässer", "DEU", "BUS")
WEIDEL = actor("Alice Weidel", "DEU", "PTY")
DJV = actor("German Journalists' Association (DJV)", "DEU", "LAB")
ZENTRALRAT = actor("Central Council of Jews in Germany", "DEU", "NGO")
AAS = actor("Amadeu Antonio Foundation", "DEU", "NGO")
SCHUSTER = actor("Josef Schuster", "DEU", "NGO")

A1 = "Bundesinnenministerin Nancy Faeser (SPD) hat das rechtsextreme Magazin »Compact« verboten."
A2 = ("Polizisten durchsuchten am Dienstagmorgen Räume des Verlags sowie Wohnungen führender Mitarbeiter in "
      "Brandenburg, Hessen, Sachsen und Sachsen-Anhalt.")
A3 = "Festnahmen habe es nicht gegeben, teilte das Ministerium mit."
A4 = "Das Ministerium verbot zudem die zum Verlag gehörende Filmfirma Conspect Film."
A5 = "Das Magazin sei ein »zentrales Sprachrohr der rechtsextremistischen Szene«, erklärte Faeser."
A6 = ("Es hetze auf unsägliche Weise gegen Jüdinnen und Juden, gegen Menschen mit Migrationsgeschichte und gegen "
      "die parlamentarische Demokratie.")
A7 = ("Chefredakteur Jürgen Elsässer sprach von einem »Angriff auf die Pressefreiheit« und warf der Ministerin vor, "
      "unliebsame Medien mundtot machen zu wollen.")
A8 = "Die AfD-Vorsitzende Alice Weidel nannte das Verbot einen »schweren Schlag gegen die Pressefreiheit«."
A9 = ("Der Deutsche Journalisten-Verband äußerte Zweifel, ob ein Verbot über das Vereinsrecht mit dem Grundgesetz "
      "vereinbar sei.")
A10 = "Anwälte des Verlags kündigten an, vor dem Bundesverwaltungsgericht in Leipzig gegen das Verbot vorzugehen."
A11 = "Der Zentralrat der Juden in Deutschland und die Amadeu Antonio Stiftung begrüßten den Schritt dagegen."
A12 = "Zentralratspräsident Josef Schuster sagte, das Verbot zeige, dass die Demokratie wehrhaft sei."
A13 = "Das Heft erschien zuletzt monatlich mit einer Auflage von rund 40.000 Exemplaren."

DE01 = {
    "id": "hm207-de-01", "lang": "de", "url": None, "published": "2024-07-16",
    "title": "Faeser verbietet rechtsextremes Magazin »Compact«",
    "text": paragraphs([A1, A2, A3, A4, A5, A6], [A7, A8, A9, A10], [A11, A12, A13]),
    "events": [
        event("COERCE", FAESER, COMPACT, A1, mode="ban"),
        event("COERCE", POLICE_DE, COMPACT, A2, mode="seize", date="2024-07-16"),
        event("COERCE", POLICE_DE, COMPACT, A3, mode="arrest", negated=True),
        event("COERCE", BMI, CONSPECT, A4, mode="ban"),
        event("ACCUSE", FAESER, COMPACT, A5, mode="disapprove"),
        event("ACCUSE", FAESER, COMPACT, A6, mode="allege"),
        event("ACCUSE", ELSAESSER, FAESER, A7, mode="disapprove"),
        event("ACCUSE", WEIDEL, FAESER, A8, mode="disapprove"),
        event("ACCUSE", DJV, FAESER, A9, mode="disapprove"),
        event("SUPPORT", ZENTRALRAT, FAESER, A11),
        event("SUPPORT", AAS, FAESER, A11),
        event("SUPPORT", SCHUSTER, FAESER, A12),
    ],
    "quotes": [
        quote("Festnahmen habe es nicht gegeben", "Federal Ministry of the Interior", "indirect"),
        quote("zentrales Sprachrohr der rechtsextremistischen Szene", "Nancy Faeser", "direct"),
        quote("Das Magazin sei ein »zentrales Sprachrohr der rechtsextremistischen Szene«", "Nancy Faeser", "indirect"),
        quote("Es hetze auf unsägliche Weise gegen Jüdinnen und Juden, gegen Menschen mit Migrationsgeschichte und "
              "gegen die parlamentarische Demokratie", "Nancy Faeser", "indirect"),
        quote("Angriff auf die Pressefreiheit", "Jürgen Elsässer", "direct"),
        quote("unliebsame Medien mundtot machen zu wollen", "Jürgen Elsässer", "indirect"),
        quote("schweren Schlag gegen die Pressefreiheit", "Alice Weidel", "direct"),
        quote("ob ein Verbot über das Vereinsrecht mit dem Grundgesetz vereinbar sei",
              "German Journalists' Association (DJV)", "indirect"),
        quote("vor dem Bundesverwaltungsgericht in Leipzig gegen das Verbot vorzugehen", "Lawyers of Compact",
              "indirect"),
        quote("das Verbot zeige, dass die Demokratie wehrhaft sei", "Josef Schuster", "indirect"),
    ],
    "entities": [
        entity("Nancy Faeser", "PER", "DEU", ["Bundesinnenministerin Nancy Faeser", "Faeser", "der Ministerin"]),
        entity("Social Democratic Party of Germany (SPD)", "ORG", "DEU", ["SPD"]),
        entity("Compact", "ORG", "DEU", ["das rechtsextreme Magazin »Compact«", "des Verlags", "Das Magazin",
                                         "Das Heft"]),
        entity("Conspect Film", "ORG", "DEU", ["die zum Verlag gehörende Filmfirma Conspect Film"]),
        entity("Federal Ministry of the Interior", "ORG", "DEU", ["das Ministerium", "Das Ministerium"]),
        entity("Brandenburg", "LOC", "DEU", ["Brandenburg"]),
        entity("Hesse", "LOC", "DEU", ["Hessen"]),
        entity("Saxony", "LOC", "DEU", ["Sachsen"]),
        entity("Saxony-Anhalt", "LOC", "DEU", ["Sachsen-Anhalt"]),
        entity("Jürgen Elsässer", "PER", "DEU", ["Chefredakteur Jürgen Elsässer"]),
        entity("Alice Weidel", "PER", "DEU", ["Die AfD-Vorsitzende Alice Weidel"]),
        entity("Alternative for Germany (AfD)", "ORG", "DEU", ["AfD"]),
        entity("German Journalists' Association (DJV)", "ORG", "DEU", ["Der Deutsche Journalisten-Verband"]),
        entity("Federal Administrative Court", "ORG", "DEU", ["dem Bundesverwaltungsgericht in Leipzig"]),
        entity("Leipzig", "LOC", "DEU", ["Leipzig"]),
        entity("Central Council of Jews in Germany", "ORG", "DEU", ["Der Zentralrat der Juden in Deutschland"]),
        entity("Amadeu Antonio Foundation", "ORG", "DEU", ["die Amadeu Antonio Stiftung"]),
        entity("Josef Schuster", "PER", "DEU", ["Zentralratspräsident Josef Schuster"]),
    ],
}

# ---------------------------------------------------------------- hm207-de-02
BORDER_POLICE_FR = actor("French border police", "FRA", "COP")
DUROV = actor("Pavel Durov", "RUS", "BUS")
PARIS_PROSECUTOR = actor("Paris public prosecutor's office", "FRA", "JUD")
TELEGRAM = actor("Telegram", "ARE", "MNC")
RUSSIA = actor("Russia", "RUS", "GOV")
FRANCE = actor("France", "FRA", "GOV")
RUS_EMBASSY_PARIS = actor("Embassy of Russia in France", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
UAE = actor("United Arab Emirates", "ARE", "GOV")
MUSK = actor("Elon Musk", "USA", "BUS")

B1 = ("Französische Grenzpolizisten haben den Gründer des Messengerdienstes Telegram, Pawel Durow, am Samstagabend "
      "auf dem Flughafen Le Bourget bei Paris festgenommen.")
B2 = "Der 39-Jährige war mit seinem Privatjet aus Baku gekommen."
B3 = ("Gegen Durow werde unter anderem wegen Beihilfe zum Drogenhandel und zur Verbreitung von Darstellungen "
      "sexuellen Kindesmissbrauchs ermittelt, teilte die Pariser Staatsanwaltschaft am Montag mit.")
B4 = "Telegram habe bei den Ermittlungen nicht mit der Justiz kooperiert, so die Behörde."
B5 = "Moskau warf Paris vor, Durow wie einen Kriminellen zu behandeln."
B6 = "Die russische Botschaft verlangte konsularischen Zugang zu dem Unternehmer, der auch einen russischen Pass besitzt."
B7 = "Frankreich habe auf die Forderung bislang nicht reagiert, klagte Außenamtssprecherin Maria Sacharowa."
B8 = ("Auch die Vereinigten Arabischen Emirate, deren Staatsbürgerschaft Durow ebenfalls hat, baten Paris um Zugang "
      "zu ihm.")
B9 = ("Telegram erklärte, es sei »absurd«, eine Plattform oder ihren Eigentümer für deren Missbrauch verantwortlich "
      "zu machen.")
B10 = "Der Tech-Milliardär Elon Musk verbreitete auf seiner Plattform X den Aufruf »#FreePavel«."
B11 = "Präsident Emmanuel Macron wies Spekulationen über politische Motive zurück."
B12 = "»Das ist keineswegs eine politische Entscheidung«, schrieb er auf X, »darüber befinden allein die Richter.«"
B13 = "Weltweit nutzen fast eine Milliarde Menschen den Dienst."

DE02 = {
    "id": "hm207-de-02", "lang": "de", "url": None, "published": "2024-08-26",
    "title": "Telegram-Gründer Durow in Frankreich festgenommen – Moskau verlangt Zugang",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9, B10], [B11, B12, B13]),
    "events": [
        event("COERCE", BORDER_POLICE_FR, DUROV, B1, mode="arrest", date="2024-08-24", location="Le Bourget",
              location_country="FRA"),
        event("ACCUSE", PARIS_PROSECUTOR, DUROV, B3, mode="investigate", date="2024-08-26"),
        event("ACCUSE", PARIS_PROSECUTOR, TELEGRAM, B4, mode="allege"),
        event("ACCUSE", RUSSIA, FRANCE, B5, mode="disapprove"),
        event("REQUEST", RUS_EMBASSY_PARIS, FRANCE, B6, mode="assist"),
        event("ACCUSE", ZAKHAROVA, FRANCE, B7, mode="disapprove"),
        event("REQUEST", UAE, FRANCE, B8, mode="assist"),
        event("ACCUSE", TELEGRAM, PARIS_PROSECUTOR, B9, mode="disapprove"),
        event("SUPPORT", MUSK, DUROV, B10),
    ],
    "quotes": [
        quote("Gegen Durow werde unter anderem wegen Beihilfe zum Drogenhandel und zur Verbreitung von Darstellungen "
              "sexuellen Kindesmissbrauchs ermittelt", "Paris public prosecutor's office", "indirect"),
        quote("Telegram habe bei den Ermittlungen nicht mit der Justiz kooperiert", "Paris public prosecutor's office",
              "indirect"),
        quote("Durow wie einen Kriminellen zu behandeln", "Russia", "indirect"),
        quote("Frankreich habe auf die Forderung bislang nicht reagiert", "Maria Zakharova", "indirect"),
        quote("absurd", "Telegram", "direct"),
        quote("es sei »absurd«, eine Plattform oder ihren Eigentümer für deren Missbrauch verantwortlich zu machen",
              "Telegram", "indirect"),
        quote("#FreePavel", "Elon Musk", "direct"),
        quote("Das ist keineswegs eine politische Entscheidung", "Emmanuel Macron", "direct"),
        quote("darüber befinden allein die Richter", "Emmanuel Macron", "direct"),
    ],
    "entities": [
        entity("Pavel Durov", "PER", "RUS", ["Pawel Durow", "Der 39-Jährige", "Durow", "dem Unternehmer"]),
        entity("Telegram", "ORG", "ARE", ["des Messengerdienstes Telegram", "Telegram", "den Dienst"]),
        entity("French border police", "ORG", "FRA", ["Französische Grenzpolizisten"]),
        entity("Le Bourget Airport", "LOC", "FRA", ["dem Flughafen Le Bourget"]),
        entity("Paris", "LOC", "FRA", ["bei Paris"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Paris public prosecutor's office", "ORG", "FRA", ["die Pariser Staatsanwaltschaft", "die Behörde"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("France", "GPE", "FRA", ["Paris", "Frankreich"]),
        entity("Embassy of Russia in France", "ORG", "RUS", ["Die russische Botschaft"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa"]),
        entity("United Arab Emirates", "GPE", "ARE", ["die Vereinigten Arabischen Emirate"]),
        entity("Elon Musk", "PER", "USA", ["Der Tech-Milliardär Elon Musk"]),
        entity("X", "ORG", "USA", ["seiner Plattform X", "X"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "er"]),
    ],
}

# ---------------------------------------------------------------- hm207-de-03
KAPO = actor("Estonian Internal Security Service (Kapo)", "EST", "COP")
SUSPECTS_EST = actor("Suspects recruited by Russian intelligence", "EST", "CVL")
PALLOSON = actor("Margo Palloson", "EST", "COP")
GRU = actor("GRU", "RUS", "MIL")
KALLAS = actor("Kaja Kallas", "EST", "GOV")
EST_MFA = actor("Ministry of Foreign Affairs of Estonia", "EST", "GOV")
LAANEMETS = actor("Lauri Läänemets", "EST", "GOV")
LVA_VDD = actor("State Security Service of Latvia", "LVA", "COP")
LTU_VSD = actor("State Security Department of Lithuania", "LTU", "COP")
HARJU_COURT = actor("Harju County Court", "EST", "JUD")

C1 = ("Die estnische Sicherheitspolizei Kapo hat zehn Menschen festgenommen, die im Auftrag russischer Geheimdienste "
      "Anschläge verübt haben sollen.")
C2 = ("Die Verdächtigen hätten im Dezember unter anderem die Scheiben am Auto von Innenminister Lauri Läänemets "
      "eingeschlagen und ein Fenster des Okkupationsmuseums in Tallinn beschädigt, teilte die Behörde am Dienstag mit.")
C3 = "Hinter den Aufträgen stehe der russische Militärgeheimdienst GRU, sagte Kapo-Generaldirektorin Margo Palloson."
C4 = "Ziel sei es gewesen, Angst zu verbreiten und die Gesellschaft zu spalten."
C5 = "Regierungschefin Kaja Kallas sprach von einem »hybriden Angriff« Moskaus auf den estnischen Staat."
C6 = "»Russland will uns einschüchtern«, sagte sie, »aber das wird ihm nicht gelingen.«"
C7 = "Das Außenministerium in Tallinn bestellte den russischen Geschäftsträger ein."
C8 = "Läänemets warnte, Estland werde auf weitere Provokationen mit harten Maßnahmen antworten."
C9 = "Die russische Botschaft in Tallinn wies jede Beteiligung Moskaus zurück."
C10 = "Die Kapo arbeitete bei den Ermittlungen eng mit Partnerdiensten in Lettland und Litauen zusammen."
C11 = "Ein Gericht in Tallinn ordnete für vier der Verdächtigen Untersuchungshaft an."
C12 = "Estland grenzt auf einer Länge von knapp 300 Kilometern an Russland."

DE03 = {
    "id": "hm207-de-03", "lang": "de", "url": None, "published": "2024-02-20",
    "title": "Estland nimmt mutmaßliche Handlanger russischer Geheimdienste fest",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12]),
    "events": [
        event("COERCE", KAPO, SUSPECTS_EST, C1, mode="arrest"),
        event("ACCUSE", KAPO, SUSPECTS_EST, C2, mode="allege"),
        event("ACCUSE", PALLOSON, GRU, C3, mode="allege"),
        event("ACCUSE", PALLOSON, GRU, C4, mode="allege"),
        event("ACCUSE", KALLAS, RUSSIA, C5, mode="disapprove"),
        event("ACCUSE", KALLAS, RUSSIA, C6, mode="disapprove"),
        event("ACCUSE", EST_MFA, RUSSIA, C7, mode="disapprove"),
        event("THREATEN", LAANEMETS, RUSSIA, C8),
        event("COOPERATE", KAPO, LVA_VDD, C10),
        event("COOPERATE", KAPO, LTU_VSD, C10),
        event("COERCE", HARJU_COURT, SUSPECTS_EST, C11, mode="arrest", location="Tallinn", location_country="EST"),
    ],
    "quotes": [
        quote("Die Verdächtigen hätten im Dezember unter anderem die Scheiben am Auto von Innenminister Lauri Läänemets "
              "eingeschlagen und ein Fenster des Okkupationsmuseums in Tallinn beschädigt",
              "Estonian Internal Security Service (Kapo)", "indirect"),
        quote("Hinter den Aufträgen stehe der russische Militärgeheimdienst GRU", "Margo Palloson", "indirect"),
        quote("Ziel sei es gewesen, Angst zu verbreiten und die Gesellschaft zu spalten", "Margo Palloson", "indirect"),
        quote("hybriden Angriff", "Kaja Kallas", "direct"),
        quote("Russland will uns einschüchtern", "Kaja Kallas", "direct"),
        quote("aber das wird ihm nicht gelingen", "Kaja Kallas", "direct"),
        quote("Estland werde auf weitere Provokationen mit harten Maßnahmen antworten", "Lauri Läänemets", "indirect"),
    ],
    "entities": [
        entity("Estonian Internal Security Service (Kapo)", "ORG", "EST",
               ["Die estnische Sicherheitspolizei Kapo", "die Behörde", "Die Kapo"]),
        entity("Lauri Läänemets", "PER", "EST", ["Innenminister Lauri Läänemets", "Läänemets"]),
        entity("Museum of Occupations", "LOC", "EST", ["des Okkupationsmuseums in Tallinn"]),
        entity("Tallinn", "LOC", "EST", ["Tallinn"]),
        entity("GRU", "ORG", "RUS", ["der russische Militärgeheimdienst GRU"]),
        entity("Margo Palloson", "PER", "EST", ["Kapo-Generaldirektorin Margo Palloson"]),
        entity("Kaja Kallas", "PER", "EST", ["Regierungschefin Kaja Kallas", "sie"]),
        entity("Russia", "GPE", "RUS", ["Moskaus", "Russland"]),
        entity("Estonia", "GPE", "EST", ["den estnischen Staat", "Estland"]),
        entity("Ministry of Foreign Affairs of Estonia", "ORG", "EST", ["Das Außenministerium in Tallinn"]),
        entity("Embassy of Russia in Estonia", "ORG", "RUS", ["Die russische Botschaft in Tallinn"]),
        entity("Latvia", "GPE", "LVA", ["Lettland"]),
        entity("Lithuania", "GPE", "LTU", ["Litauen"]),
        entity("Harju County Court", "ORG", "EST", ["Ein Gericht in Tallinn"]),
    ],
}

# ---------------------------------------------------------------- hm207-de-04
KAMINSKI = actor("Mariusz Kamiński", "POL", "PTY")
WASIK = actor("Maciej Wąsik", "POL", "PTY")
DUDA = actor("Andrzej Duda", "POL", "GOV")
WARSAW_COURT = actor("Warsaw Regional Court", "POL", "JUD")
POLICE_PL = actor("Polish police", "POL", "COP")
GOV_PL = actor("Government of Poland", "POL", "GOV")
BODNAR = actor("Adam Bodnar", "POL", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")
HOLOWNIA = actor("Szymon Hołownia", "POL", "LEG")
KACZYNSKI = actor("Jarosław Kaczyński", "POL", "PTY")
PIS_SUPPORTERS = actor("PiS supporters", "POL", "CVL")
WARSAW_POLICE = actor("Warsaw police", "POL", "COP")

D1 = ("Die PiS-Politiker Mariusz Kamiński und Maciej Wąsik sind nach einer Begnadigung durch Präsident Andrzej Duda "
      "wieder auf freiem Fuß.")
D2 = ("Duda unterzeichnete die Gnadenakte am Dienstag, wenige Stunden später verließen beide die Gefängnisse in Radom "
      "und Przytuły Stare.")
D3 = ("Ein Warschauer Gericht hatte sie im Dezember wegen Amtsmissbrauchs zu zwei Jahren Haft verurteilt, am 9. Januar "
      "nahm die Polizei sie im Präsidentenpalast fest.")
D4 = "Kamiński war aus Protest gegen seine Inhaftierung in einen Hungerstreik getreten."
D5 = "Justizminister Adam Bodnar nannte die erneute Begnadigung „rechtlich fragwürdig“."
D6 = "Ministerpräsident Donald Tusk warf Duda vor, verurteilte Straftäter zu schützen."
D7 = "Parlamentspräsident Szymon Hołownia lehnte es ab, Kamiński und Wąsik ihre Abgeordnetenmandate zurückzugeben."
D8 = "„Wir waren politische Gefangene“, sagte Kamiński am Mittwoch vor Anhängern in Warschau."
D9 = ("PiS-Chef Jarosław Kaczyński empfing die beiden in der Parteizentrale und forderte erneut eine Neuwahl.")
D10 = "Hunderte Anhänger hatten zuvor vor dem Gefängnis in Radom für die Freilassung der beiden demonstriert."
D11 = "Die Warschauer Polizei zog vor dem Parlament zusätzliche Kräfte zusammen."
D12 = "Der Fall geht auf eine Korruptionsaffäre aus dem Jahr 2007 zurück."

DE04 = {
    "id": "hm207-de-04", "lang": "de", "url": None, "published": "2024-01-24",
    "title": "Kamiński und Wąsik nach Begnadigung durch Duda frei",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("RETREAT", DUDA, KAMINSKI, D1, mode="release"),
        event("RETREAT", DUDA, WASIK, D1, mode="release"),
        event("RETREAT", DUDA, KAMINSKI, D2, mode="release", date="2024-01-23"),
        event("RETREAT", DUDA, WASIK, D2, mode="release", date="2024-01-23"),
        event("SANCTION", WARSAW_COURT, KAMINSKI, D3, mode="convict"),
        event("SANCTION", WARSAW_COURT, WASIK, D3, mode="convict"),
        event("COERCE", POLICE_PL, KAMINSKI, D3, mode="arrest"),
        event("COERCE", POLICE_PL, WASIK, D3, mode="arrest"),
        event("PROTEST", KAMINSKI, GOV_PL, D4, mode="hunger"),
        event("ACCUSE", BODNAR, DUDA, D5, mode="disapprove"),
        event("ACCUSE", TUSK, DUDA, D6, mode="allege"),
        event("REJECT", HOLOWNIA, KAMINSKI, D7, mode="change"),
        event("REJECT", HOLOWNIA, WASIK, D7, mode="change"),
        event("ACCUSE", KAMINSKI, GOV_PL, D8, mode="disapprove", date="2024-01-24"),
        event("CONSULT", KAMINSKI, KACZYNSKI, D9, mode="visit"),
        event("CONSULT", WASIK, KACZYNSKI, D9, mode="visit"),
        event("REQUEST", KACZYNSKI, GOV_PL, D9, mode="change"),
        event("PROTEST", PIS_SUPPORTERS, GOV_PL, D10, mode="demo", location="Radom", location_country="POL"),
        event("MOBILIZE", WARSAW_POLICE, None, D11, mode="police", location="Warsaw", location_country="POL"),
    ],
    "quotes": [
        quote("rechtlich fragwürdig", "Adam Bodnar", "direct"),
        quote("verurteilte Straftäter zu schützen", "Donald Tusk", "indirect"),
        quote("Wir waren politische Gefangene", "Mariusz Kamiński", "direct"),
    ],
    "entities": [
        entity("Law and Justice (PiS)", "ORG", "POL", ["PiS"]),
        entity("Mariusz Kamiński", "PER", "POL", ["Mariusz Kamiński", "Kamiński"]),
        entity("Maciej Wąsik", "PER", "POL", ["Maciej Wąsik", "Wąsik"]),
        entity("Andrzej Duda", "PER", "POL", ["Präsident Andrzej Duda", "Duda"]),
        entity("Radom", "LOC", "POL", ["Radom"]),
        entity("Przytuły Stare", "LOC", "POL", ["Przytuły Stare"]),
        entity("Warsaw Regional Court", "ORG", "POL", ["Ein Warschauer Gericht"]),
        entity("Polish police", "ORG", "POL", ["die Polizei"]),
        entity("Presidential Palace", "LOC", "POL", ["Präsidentenpalast"]),
        entity("Adam Bodnar", "PER", "POL", ["Justizminister Adam Bodnar"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk"]),
        entity("Szymon Hołownia", "PER", "POL", ["Parlamentspräsident Szymon Hołownia"]),
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Jarosław Kaczyński", "PER", "POL", ["PiS-Chef Jarosław Kaczyński"]),
        entity("Warsaw police", "ORG", "POL", ["Die Warschauer Polizei"]),
        entity("Sejm", "ORG", "POL", ["dem Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm207-en-01
MX_PROTESTERS = actor("Mexican protesters", "MEX", "CVL")
GOV_MX = actor("Government of Mexico", "MEX", "GOV")
NAVARRO = actor("Indira Navarro", "MEX", "NGO")
CJNG = actor("Jalisco New Generation Cartel (CJNG)", "MEX", "REB")
GOV_JALISCO = actor("Government of Jalisco", "MEX", "GOV")
GERTZ = actor("Alejandro Gertz Manero", "MEX", "JUD")
FGR = actor("Attorney General's Office of Mexico (FGR)", "MEX", "JUD")
JALISCO_PROSECUTORS = actor("Jalisco State Prosecutor's Office", "MEX", "JUD")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
FAMILIES_MX = actor("Families of the disappeared", "MEX", "CVL")
GUARDIA = actor("National Guard of Mexico", "MEX", "MIL")
LEMUS = actor("Pablo Lemus", "MEX", "GOV")

E1 = ("Thousands of people held candlelight vigils across Mexico on Saturday to mourn the victims linked to a ranch in "
      "the western state of Jalisco and to demand answers from the authorities.")
E2 = "Volunteer searchers found hundreds of shoes and charred bone fragments at the Izaguirre ranch near Teuchitlán this month."
E3 = ("Indira Navarro, who leads the Jalisco Search Warriors, said the site had been used by the Jalisco New Generation "
      "Cartel to train and kill forced recruits.")
E4 = "“The state knew about this place and did nothing,” she told reporters."
E5 = ("Attorney General Alejandro Gertz Manero said his office had taken over the case from Jalisco prosecutors, whose "
      "work he called “inconceivable”.")
E6 = "Federal investigators were also examining whether local officials had covered up the site, he said."
E7 = ("President Claudia Sheinbaum promised to reform the law on disappearances and to create a national database of "
      "missing persons.")
E8 = ("She accused Jalisco authorities of failing to identify the remains after National Guard troops first raided the "
      "ranch in September.")
E9 = "Governor Pablo Lemus rejected the criticism and said the state would hand all evidence to federal prosecutors."
E10 = "National Guard units have sealed off the property while forensic teams catalogue the belongings."
E11 = "In Mexico City, relatives of the missing laid out shoes on the Zócalo in silent protest."
E12 = "More than 120,000 people are officially listed as missing in Mexico."

EN01 = {
    "id": "hm207-en-01", "lang": "en", "url": None, "published": "2025-03-16",
    "title": "Mexicans hold vigils over Jalisco ranch as federal prosecutors take over",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("PROTEST", MX_PROTESTERS, GOV_MX, E1, mode="demo", date="2025-03-15"),
        event("ACCUSE", NAVARRO, CJNG, E3, mode="allege"),
        event("ACCUSE", NAVARRO, GOV_JALISCO, E4, mode="disapprove"),
        event("ACCUSE", GERTZ, JALISCO_PROSECUTORS, E5, mode="disapprove"),
        event("ACCUSE", FGR, GOV_JALISCO, E6, mode="investigate"),
        event("CONCEDE", SHEINBAUM, FAMILIES_MX, E7),
        event("ACCUSE", SHEINBAUM, GOV_JALISCO, E8, mode="allege"),
        event("COERCE", GUARDIA, CJNG, E8, mode="seize", location="Teuchitlán", location_country="MEX"),
        event("AGREE", LEMUS, FGR, E9),
        event("COERCE", GUARDIA, None, E10, mode="restrict", location="Teuchitlán", location_country="MEX"),
        event("PROTEST", FAMILIES_MX, GOV_MX, E11, mode="demo", location="Mexico City", location_country="MEX"),
    ],
    "quotes": [
        quote("the site had been used by the Jalisco New Generation Cartel to train and kill forced recruits",
              "Indira Navarro", "indirect"),
        quote("The state knew about this place and did nothing", "Indira Navarro", "direct"),
        quote("his office had taken over the case from Jalisco prosecutors, whose work he called “inconceivable”",
              "Alejandro Gertz Manero", "indirect"),
        quote("inconceivable", "Alejandro Gertz Manero", "direct"),
        quote("Federal investigators were also examining whether local officials had covered up the site",
              "Alejandro Gertz Manero", "indirect"),
        quote("to reform the law on disappearances and to create a national database of missing persons",
              "Claudia Sheinbaum", "indirect"),
        quote("failing to identify the remains after National Guard troops first raided the ranch in September",
              "Claudia Sheinbaum", "indirect"),
        quote("the state would hand all evidence to federal prosecutors", "Pablo Lemus", "indirect"),
    ],
    "entities": [
        entity("Mexico", "GPE", "MEX", ["Mexico"]),
        entity("Jalisco", "LOC", "MEX", ["the western state of Jalisco"]),
        entity("Izaguirre ranch", "LOC", "MEX", ["the Izaguirre ranch near Teuchitlán", "the site", "the ranch",
                                                 "the property", "this place"]),
        entity("Teuchitlán", "LOC", "MEX", ["Teuchitlán"]),
        entity("Indira Navarro", "PER", "MEX", ["Indira Navarro", "she"]),
        entity("Jalisco Search Warriors", "ORG", "MEX", ["the Jalisco Search Warriors"]),
        entity("Jalisco New Generation Cartel (CJNG)", "ORG", "MEX", ["the Jalisco New Generation Cartel"]),
        entity("Alejandro Gertz Manero", "PER", "MEX", ["Attorney General Alejandro Gertz Manero", "he"]),
        entity("Attorney General's Office of Mexico (FGR)", "ORG", "MEX", ["his office", "Federal investigators",
                                                                           "federal prosecutors"]),
        entity("Jalisco State Prosecutor's Office", "ORG", "MEX", ["Jalisco prosecutors"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "She"]),
        entity("Government of Jalisco", "ORG", "MEX", ["Jalisco authorities", "the state", "local officials"]),
        entity("National Guard of Mexico", "ORG", "MEX", ["National Guard troops", "National Guard units"]),
        entity("Pablo Lemus", "PER", "MEX", ["Governor Pablo Lemus"]),
        entity("Mexico City", "LOC", "MEX", ["Mexico City"]),
        entity("Zócalo", "LOC", "MEX", ["the Zócalo"]),
    ],
}

# ---------------------------------------------------------------- hm207-en-02
CONGRESS_ES = actor("Congress of Deputies", "ESP", "LEG")
CAT_SEPARATISTS = actor("Catalan separatists", "ESP", "OPP")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
JUNTS = actor("Junts per Catalunya", "ESP", "PTY")
PUIGDEMONT = actor("Carles Puigdemont", "ESP", "OPP")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "PTY")
PP_SUPPORTERS = actor("PP supporters", "ESP", "CVL")
VOX_SUPPORTERS = actor("Vox supporters", "ESP", "CVL")
GOV_ES = actor("Government of Spain", "ESP", "GOV")
ABASCAL = actor("Santiago Abascal", "ESP", "PTY")
PP = actor("People's Party (PP)", "ESP", "PTY")
ARAGONES = actor("Pere Aragonès", "ESP", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")

F1 = ("Spain's parliament on Thursday gave final approval to an amnesty for hundreds of Catalan separatists prosecuted "
      "over the failed 2017 independence bid.")
F2 = ("The law covers offences committed between 2011 and 2023, including the misuse of public funds for an "
      "unauthorised referendum.")
F3 = ("Prime Minister Pedro Sánchez had agreed to the amnesty in return for the votes of Carles Puigdemont's Junts "
      "party, which secured his re-election in November.")
F4 = "“Today Spain is more prosperous and more united than in 2017,” Sánchez wrote on social media."
F5 = "Puigdemont, who fled to Belgium in 2017, hailed the vote and said he would return to Catalonia soon."
F6 = ("People's Party leader Alberto Núñez Feijóo accused Sánchez of buying his stay in power with impunity for those "
      "who had tried to break up the country.")
F7 = "Outside parliament, several hundred PP and Vox supporters waved Spanish flags and chanted for early elections."
F8 = "Vox leader Santiago Abascal called the prime minister a “traitor”."
F9 = "Sánchez rejected calls for a snap election and said his government would serve its full term until 2027."
F10 = "Catalan regional president Pere Aragonès urged Madrid to negotiate a binding independence referendum next."
F11 = "The European Commission said it was examining whether the law complies with EU rules."
F12 = ("Legal experts said the Supreme Court could still refuse to apply the amnesty to embezzlement charges against "
       "Puigdemont.")

EN02 = {
    "id": "hm207-en-02", "lang": "en", "url": None, "published": "2024-05-30",
    "title": "Spain's parliament approves amnesty for Catalan separatists",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("CONCEDE", CONGRESS_ES, CAT_SEPARATISTS, F1, date="2024-05-30"),
        event("AGREE", SANCHEZ, JUNTS, F3),
        event("SUPPORT", PUIGDEMONT, CONGRESS_ES, F5),
        event("ACCUSE", FEIJOO, SANCHEZ, F6, mode="allege"),
        event("PROTEST", PP_SUPPORTERS, GOV_ES, F7, mode="demo", location="Madrid", location_country="ESP"),
        event("PROTEST", VOX_SUPPORTERS, GOV_ES, F7, mode="demo", location="Madrid", location_country="ESP"),
        event("ACCUSE", ABASCAL, SANCHEZ, F8, mode="disapprove"),
        event("REJECT", SANCHEZ, PP, F9, mode="change"),
        event("REQUEST", ARAGONES, GOV_ES, F10, mode="meet"),
        event("ACCUSE", EU_COMMISSION, GOV_ES, F11, mode="investigate"),
    ],
    "quotes": [
        quote("Today Spain is more prosperous and more united than in 2017", "Pedro Sánchez", "direct"),
        quote("he would return to Catalonia soon", "Carles Puigdemont", "indirect"),
        quote("buying his stay in power with impunity for those who had tried to break up the country",
              "Alberto Núñez Feijóo", "indirect"),
        quote("traitor", "Santiago Abascal", "direct"),
        quote("his government would serve its full term until 2027", "Pedro Sánchez", "indirect"),
        quote("to negotiate a binding independence referendum next", "Pere Aragonès", "indirect"),
        quote("it was examining whether the law complies with EU rules", "European Commission", "indirect"),
        quote("the Supreme Court could still refuse to apply the amnesty to embezzlement charges against Puigdemont",
              "Legal experts", "indirect"),
    ],
    "entities": [
        entity("Spain", "GPE", "ESP", ["Spain", "the country", "Madrid"]),
        entity("Congress of Deputies", "ORG", "ESP", ["Spain's parliament", "parliament"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Prime Minister Pedro Sánchez", "Sánchez", "the prime minister"]),
        entity("Carles Puigdemont", "PER", "ESP", ["Carles Puigdemont", "Puigdemont"]),
        entity("Junts per Catalunya", "ORG", "ESP", ["Junts party"]),
        entity("Belgium", "GPE", "BEL", ["Belgium"]),
        entity("Catalonia", "LOC", "ESP", ["Catalonia"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["People's Party leader Alberto Núñez Feijóo"]),
        entity("People's Party (PP)", "ORG", "ESP", ["People's Party", "PP"]),
        entity("Vox", "ORG", "ESP", ["Vox"]),
        entity("Santiago Abascal", "PER", "ESP", ["Vox leader Santiago Abascal"]),
        entity("Pere Aragonès", "PER", "ESP", ["Catalan regional president Pere Aragonès"]),
        entity("European Commission", "ORG", "EUR", ["The European Commission"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Supreme Court of Spain", "ORG", "ESP", ["the Supreme Court"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
