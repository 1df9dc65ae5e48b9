"""Round 115: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm115-de-01: Georgia's parliament overrides President Zourabichvili's veto of the foreign influence law; protests in Tbilisi, EU and US criticism (2024-05-28).
- hm115-de-02: Moldovan court sentences Gagauzia governor Evghenia Gutul to seven years; Moscow protests, Chisinau accuses Russia of meddling (2025-08-05).
- hm115-de-03: Kyrgyzstan and Tajikistan sign their border treaty in Bishkek during Rahmon's state visit (2025-03-13).
- hm115-de-04: Ukraine's NSDC and Zelensky impose sanctions on ex-president Petro Poroshenko; Poroshenko sues, supporters rally (2025-02-13).
- hm115-en-01: Mexico hands 29 cartel figures including Rafael Caro Quintero to the US amid tariff talks in Washington (2025-02-28).
- hm115-en-02: Azerbaijan raids Sputnik's Baku office and detains staff in a row with Russia over deaths in Yekaterinburg raids (2025-07-01).
"""
from annotate import actor, entity, event, paragraphs, quote


def article(id_, lang, published, text, events, quotes, entities):
    return {"id": id_, "lang": lang, "url": None, "published": published, "title": None, "text": text,
            "events": events, "quotes": quotes, "entities": entities}


# ---------------------------------------------------------------- hm115-de-01
GEO_PARL = actor("Parliament of Georgia", "GEO", "LEG")
ZOURABICHVILI = actor("Salome Zourabichvili", "GEO", "GOV")
GEO_OPP = actor("Georgian opposition", "GEO", "OPP")
GEORGIAN_DREAM = actor("Georgian Dream", "GEO", "PTY")
GEO_PROTESTERS = actor("Georgian protesters", "GEO", "CVL")
GEO_POLICE = actor("Georgian police", "GEO", "COP")
GEO_VOTERS = actor("Georgian voters", "GEO", "CVL")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
GEO_OFFICIALS = actor("Georgian officials", "GEO", "GOV")

A1 = ("Das georgische Parlament hat am Dienstag das Veto von Präsidentin Salome Surabischwili gegen das "
      "umstrittene Gesetz über ausländische Einflussnahme überstimmt.")
A2 = ("Für die Aufhebung stimmten 84 Abgeordnete der Regierungspartei Georgischer Traum und ihrer Verbündeten, "
      "die Opposition hatte den Plenarsaal zuvor aus Protest verlassen.")
A3 = ("Vor dem Parlament an der Rustaweli-Allee in Tiflis versammelten sich während der Abstimmung erneut Tausende "
      "Demonstranten, viele von ihnen mit EU-Flaggen.")
A4 = ("Die Polizei setzte Pfefferspray ein, um die Eingänge zu räumen, und nahm mehrere Menschen fest, von denen "
      "die meisten nach wenigen Stunden wieder freikamen.")
A5 = ("Das Gesetz verpflichtet Medien und Nichtregierungsorganisationen, die mehr als 20 Prozent ihrer Mittel aus "
      "dem Ausland erhalten, sich als Organisationen zu registrieren, die die Interessen einer ausländischen Macht "
      "verfolgen.")
A6 = ("Surabischwili, die seit Monaten mit der Regierung im Streit liegt, nannte die Abstimmung am Abend einen "
      "„Verrat an der europäischen Zukunft Georgiens“.")
A7 = "Sie rief die Georgier auf, bei der Parlamentswahl im Oktober gegen den Georgischen Traum zu stimmen."
A8 = ("Regierungschef Irakli Kobachidse warf der Präsidentin am Dienstag vor, sie handele „im Auftrag "
      "ausländischer Kräfte“.")
A9 = "Das Gesetz diene allein der Transparenz, sagte der Ministerpräsident in Tiflis."
A10 = ("Der EU-Außenbeauftragte Josep Borrell erklärte am Dienstagabend, die Europäische Union bedauere die "
       "Entscheidung zutiefst, das Gesetz sei mit ihren Werten unvereinbar.")
A11 = ("US-Außenminister Antony Blinken hatte bereits in der vergangenen Woche mit Einreisebeschränkungen für "
       "georgische Verantwortliche gedroht, die „die Demokratie in Georgien untergraben“.")
A12 = "Der Kreml wies Vorwürfe zurück, Russland stehe hinter dem Gesetz."

D = "2024-05-28"
DE01 = article(
    "hm115-de-01", "de", D,
    paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9], [A10, A11, A12]),
    [
        event("REJECT", GEO_PARL, ZOURABICHVILI, A1, mode="change", date=D, location="Tbilisi",
              location_country="GEO"),
        event("PROTEST", GEO_OPP, GEORGIAN_DREAM, A2, mode="boycott", date=D, location="Tbilisi",
              location_country="GEO"),
        event("PROTEST", GEO_PROTESTERS, GEO_PARL, A3, mode="demo", date=D, location="Tbilisi",
              location_country="GEO"),
        event("ASSAULT", GEO_POLICE, GEO_PROTESTERS, A4, mode="crowd-control", date=D, location="Tbilisi",
              location_country="GEO"),
        event("COERCE", GEO_POLICE, GEO_PROTESTERS, A4, mode="arrest", date=D, location="Tbilisi",
              location_country="GEO"),
        event("RETREAT", GEO_POLICE, GEO_PROTESTERS, A4, mode="release", date=D, location="Tbilisi",
              location_country="GEO"),
        event("ACCUSE", ZOURABICHVILI, GEO_PARL, A6, mode="disapprove", date=D),
        event("REQUEST", ZOURABICHVILI, GEO_VOTERS, A7, mode="change", date=D),
        event("ACCUSE", KOBAKHIDZE, ZOURABICHVILI, A8, mode="allege", date=D),
        event("ACCUSE", BORRELL, GEO_PARL, A10, mode="disapprove", date=D),
        event("THREATEN", BLINKEN, GEO_OFFICIALS, A11, mode="restrict"),
    ],
    [
        quote("Verrat an der europäischen Zukunft Georgiens", "Salome Zourabichvili", "direct"),
        quote("im Auftrag ausländischer Kräfte", "Irakli Kobakhidze", "direct"),
        quote("sie handele „im Auftrag ausländischer Kräfte“", "Irakli Kobakhidze", "indirect"),
        quote("Das Gesetz diene allein der Transparenz", "Irakli Kobakhidze", "indirect"),
        quote("die Europäische Union bedauere die Entscheidung zutiefst, das Gesetz sei mit ihren Werten unvereinbar",
              "Josep Borrell", "indirect"),
        quote("die Demokratie in Georgien untergraben", "Antony Blinken", "direct"),
    ],
    [
        entity("Parliament of Georgia", "ORG", "GEO", ["georgische Parlament", "Parlament"]),
        entity("Salome Zourabichvili", "PER", "GEO", ["Salome Surabischwili", "Surabischwili", "der Präsidentin"]),
        entity("Georgian Dream", "ORG", "GEO", ["Georgischer Traum", "Georgischen Traum"]),
        entity("Georgian opposition", "ORG", "GEO", ["die Opposition"]),
        entity("Georgian police", "ORG", "GEO", ["Die Polizei"]),
        entity("Rustaveli Avenue", "LOC", "GEO", ["Rustaweli-Allee"]),
        entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
        entity("Georgia", "GPE", "GEO", ["Georgiens", "Georgien"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Irakli Kobachidse", "der Ministerpräsident"]),
        entity("Josep Borrell", "PER", "EUR", ["Josep Borrell", "EU-Außenbeauftragte"]),
        entity("European Union", "ORG", "EUR", ["Europäische Union", "EU"]),
        entity("Antony Blinken", "PER", "USA", ["Antony Blinken", "US-Außenminister"]),
        entity("United States", "GPE", "USA", ["US"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
    ],
)

# ---------------------------------------------------------------- hm115-de-02
CHISINAU_COURT = actor("Chisinau court", "MDA", "JUD")
GUTUL = actor("Evghenia Gutul", "MDA", "GOV")
POPAN = actor("Svetlana Popan", "MDA", "PTY")
SANDU = actor("Maia Sandu", "MDA", "GOV")
MDA_GOV = actor("Government of Moldova", "MDA", "GOV")
GUTUL_SUPPORTERS = actor("Supporters of Evghenia Gutul", "MDA", "CVL")
RUS_MFA = actor("Russian Foreign Ministry", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
MDA_POLICE = actor("Moldovan police", "MDA", "COP")

B1 = ("Ein Gericht in der moldauischen Hauptstadt Chisinau hat die Regierungschefin der autonomen Region "
      "Gagausien, Evghenia Gutul, am Dienstag zu sieben Jahren Haft verurteilt.")
B2 = ("Die Staatsanwaltschaft hatte ihr vorgeworfen, sie habe illegale Gelder aus dem Umfeld des flüchtigen "
      "Oligarchen Ilan Schor nach Moldau geschleust, um dessen inzwischen verbotene Partei zu finanzieren.")
B3 = "Ihre Mitarbeiterin Svetlana Popan erhielt sechs Jahre Haft."
B4 = ("Gutul sprach nach der Urteilsverkündung von einem „politischen Auftrag“ der Regierung von Präsidentin "
      "Maia Sandu.")
B5 = "„Man will Gagausien zum Schweigen bringen, aber das wird nicht gelingen“, sagte sie vor Journalisten."
B6 = "Ihre Anwälte kündigten an, sie würden Berufung einlegen."
B7 = ("Mehrere Hundert Anhänger Gutuls protestierten am Abend in der gagausischen Hauptstadt Comrat gegen das "
      "Urteil.")
B8 = "Das russische Außenministerium verurteilte den Schuldspruch als „politisch motivierte Verfolgung“."
B9 = ("Sprecherin Maria Sacharowa sagte in Moskau, Chisinau gehe gezielt gegen Oppositionelle vor, die gute "
      "Beziehungen zu Russland wollten.")
B10 = ("Die moldauische Regierung wies die Kritik zurück und warf Moskau vor, es wolle mit Geld und "
       "Desinformation die Parlamentswahl im September beeinflussen.")
B11 = "Die Justiz arbeite unabhängig, betonte Regierungssprecher Daniel Voda."
B12 = ("Gutul war im März am Flughafen von Chisinau festgenommen worden, als sie von einer Reise nach Moskau "
       "zurückkehrte.")

D = "2025-08-05"
DE02 = article(
    "hm115-de-02", "de", D,
    paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10, B11, B12]),
    [
        event("SANCTION", CHISINAU_COURT, GUTUL, B1, mode="convict", date=D, location="Chisinau",
              location_country="MDA"),
        event("COERCE", CHISINAU_COURT, GUTUL, B1, mode="arrest", date=D, location="Chisinau",
              location_country="MDA"),
        event("SANCTION", CHISINAU_COURT, POPAN, B3, mode="convict", date=D, location="Chisinau",
              location_country="MDA"),
        event("COERCE", CHISINAU_COURT, POPAN, B3, mode="arrest", date=D, location="Chisinau",
              location_country="MDA"),
        event("ACCUSE", GUTUL, SANDU, B4, mode="allege", date=D),
        event("ACCUSE", GUTUL, MDA_GOV, B5, mode="allege", date=D),
        event("PROTEST", GUTUL_SUPPORTERS, CHISINAU_COURT, B7, mode="demo", date=D, location="Comrat",
              location_country="MDA"),
        event("ACCUSE", RUS_MFA, CHISINAU_COURT, B8, mode="disapprove"),
        event("ACCUSE", ZAKHAROVA, MDA_GOV, B9, mode="allege", location="Moscow", location_country="RUS"),
        event("ACCUSE", MDA_GOV, RUSSIA, B10, mode="allege"),
        event("COERCE", MDA_POLICE, GUTUL, B12, mode="arrest", location="Chisinau", location_country="MDA"),
    ],
    [
        quote("sie habe illegale Gelder aus dem Umfeld des flüchtigen Oligarchen Ilan Schor nach Moldau geschleust, "
              "um dessen inzwischen verbotene Partei zu finanzieren", "Moldovan Prosecutor's Office", "indirect"),
        quote("politischen Auftrag", "Evghenia Gutul", "direct"),
        quote("Man will Gagausien zum Schweigen bringen, aber das wird nicht gelingen", "Evghenia Gutul", "direct"),
        quote("sie würden Berufung einlegen", "Lawyers of Evghenia Gutul", "indirect"),
        quote("politisch motivierte Verfolgung", "Russian Foreign Ministry", "direct"),
        quote("Chisinau gehe gezielt gegen Oppositionelle vor, die gute Beziehungen zu Russland wollten",
              "Maria Zakharova", "indirect"),
        quote("es wolle mit Geld und Desinformation die Parlamentswahl im September beeinflussen",
              "Government of Moldova", "indirect"),
        quote("Die Justiz arbeite unabhängig", "Daniel Voda", "indirect"),
    ],
    [
        entity("Chisinau court", "ORG", "MDA", ["Ein Gericht in der moldauischen Hauptstadt Chisinau"]),
        entity("Chisinau", "LOC", "MDA", ["Chisinau"]),
        entity("Gagauzia", "LOC", "MDA", ["Gagausien"]),
        entity("Evghenia Gutul", "PER", "MDA", ["Evghenia Gutul", "Gutul", "Gutuls",
                                                 "die Regierungschefin der autonomen Region Gagausien"]),
        entity("Moldovan Prosecutor's Office", "ORG", "MDA", ["Die Staatsanwaltschaft"]),
        entity("Ilan Shor", "PER", "MDA", ["Ilan Schor"]),
        entity("Moldova", "GPE", "MDA", ["Moldau"]),
        entity("Svetlana Popan", "PER", "MDA", ["Svetlana Popan", "Ihre Mitarbeiterin"]),
        entity("Maia Sandu", "PER", "MDA", ["Maia Sandu", "Präsidentin"]),
        entity("Lawyers of Evghenia Gutul", "ORG", "MDA", ["Ihre Anwälte"]),
        entity("Comrat", "LOC", "MDA", ["Comrat"]),
        entity("Russian Foreign Ministry", "ORG", "RUS", ["Das russische Außenministerium"]),
        entity("Maria Zakharova", "PER", "RUS", ["Maria Sacharowa", "Sprecherin"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Government of Moldova", "ORG", "MDA", ["Die moldauische Regierung", "der Regierung"]),
        entity("Daniel Voda", "PER", "MDA", ["Daniel Voda", "Regierungssprecher"]),
    ],
)

# ---------------------------------------------------------------- hm115-de-03
TAJIKISTAN = actor("Tajikistan", "TJK", "GOV")
KYRGYZSTAN = actor("Kyrgyzstan", "KGZ", "GOV")
RAHMON = actor("Emomali Rahmon", "TJK", "GOV")
JAPAROV = actor("Sadyr Japarov", "KGZ", "GOV")
KGZ_OPP = actor("Kyrgyz opposition politicians", "KGZ", "OPP")
KGZ_GOV = actor("Government of Kyrgyzstan", "KGZ", "GOV")
TOKAYEV = actor("Kassym-Jomart Tokayev", "KAZ", "GOV")
MIRZIYOYEV = actor("Shavkat Mirziyoyev", "UZB", "GOV")

C1 = ("Tadschikistan und Kirgistan haben nach jahrzehntelangem Streit einen Vertrag über ihre gemeinsame Grenze "
      "unterzeichnet.")
C2 = ("Die Präsidenten Emomali Rachmon und Sadyr Dschaparow setzten am Donnerstag in Bischkek ihre Unterschriften "
      "unter das Abkommen, das den Verlauf der rund 970 Kilometer langen Grenze vollständig festlegt.")
C3 = ("Rachmon war am Mittwoch zu einem zweitägigen Staatsbesuch in die kirgisische Hauptstadt gereist, dem "
      "ersten seit Jahren.")
C4 = ("Entlang der nur teilweise markierten Grenze war es seit der Unabhängigkeit beider Staaten immer wieder zu "
      "tödlichen Zusammenstößen gekommen, zuletzt 2022 mit mehr als hundert Toten.")
C5 = "Dschaparow sprach von einem „historischen Tag“ für beide Völker."
C6 = "„Von heute an gibt es zwischen uns keine umstrittenen Gebiete mehr“, sagte Rachmon."
C7 = ("Beide Staaten hätten sich zudem verpflichtet, gemeinsame Kontrollpunkte zu öffnen und den Handel zu "
      "erleichtern, sagte der tadschikische Präsident.")
C8 = ("In Kirgistan hatten Oppositionspolitiker im Vorfeld kritisiert, die Regierung gebe bei dem geplanten "
      "Gebietstausch zu viel Land preis.")
C9 = "Die Ratifizierung durch die Parlamente beider Länder gilt als Formsache."
C10 = ("Der kasachische Präsident Kassym-Schomart Tokajew begrüßte die Einigung als Vorbild für die gesamte "
       "Region.")
C11 = "Zentralasien beweise, dass es seine Probleme ohne Vermittler von außen lösen könne, sagte Tokajew."
C12 = ("Ende März wird Rachmon den usbekischen Präsidenten Schawkat Mirsijojew und Dschaparow in der "
       "tadschikischen Stadt Chudschand zu einem Dreiergipfel empfangen.")

D = "2025-03-13"
DE03 = article(
    "hm115-de-03", "de", D,
    paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9], [C10, C11, C12]),
    [
        event("SUPPORT", TAJIKISTAN, KYRGYZSTAN, C1, date=D, location="Bishkek", location_country="KGZ"),
        event("SUPPORT", RAHMON, JAPAROV, C2, date=D, location="Bishkek", location_country="KGZ"),
        event("CONSULT", RAHMON, JAPAROV, C3, mode="visit", date="2025-03-12", location="Bishkek",
              location_country="KGZ"),
        event("AGREE", TAJIKISTAN, KYRGYZSTAN, C7, date=D, location="Bishkek", location_country="KGZ"),
        event("ACCUSE", KGZ_OPP, KGZ_GOV, C8, mode="disapprove"),
        event("SUPPORT", TOKAYEV, TAJIKISTAN, C10),
        event("SUPPORT", TOKAYEV, KYRGYZSTAN, C10),
        event("AGREE", MIRZIYOYEV, RAHMON, C12, location="Khujand", location_country="TJK"),
        event("AGREE", JAPAROV, RAHMON, C12, location="Khujand", location_country="TJK"),
    ],
    [
        quote("historischen Tag", "Sadyr Japarov", "direct"),
        quote("Von heute an gibt es zwischen uns keine umstrittenen Gebiete mehr", "Emomali Rahmon", "direct"),
        quote("Beide Staaten hätten sich zudem verpflichtet, gemeinsame Kontrollpunkte zu öffnen und den Handel zu "
              "erleichtern", "Emomali Rahmon", "indirect"),
        quote("die Regierung gebe bei dem geplanten Gebietstausch zu viel Land preis", "Kyrgyz opposition politicians",
              "indirect"),
        quote("Zentralasien beweise, dass es seine Probleme ohne Vermittler von außen lösen könne",
              "Kassym-Jomart Tokayev", "indirect"),
    ],
    [
        entity("Tajikistan", "GPE", "TJK", ["Tadschikistan"]),
        entity("Kyrgyzstan", "GPE", "KGZ", ["Kirgistan"]),
        entity("Emomali Rahmon", "PER", "TJK", ["Emomali Rachmon", "Rachmon", "der tadschikische Präsident"]),
        entity("Sadyr Japarov", "PER", "KGZ", ["Sadyr Dschaparow", "Dschaparow"]),
        entity("Bishkek", "LOC", "KGZ", ["Bischkek", "die kirgisische Hauptstadt"]),
        entity("Kyrgyz opposition politicians", "ORG", "KGZ", ["Oppositionspolitiker"]),
        entity("Government of Kyrgyzstan", "ORG", "KGZ", ["die Regierung"]),
        entity("Kassym-Jomart Tokayev", "PER", "KAZ", ["Kassym-Schomart Tokajew", "Tokajew",
                                                        "Der kasachische Präsident"]),
        entity("Central Asia", "LOC", None, ["Zentralasien"]),
        entity("Shavkat Mirziyoyev", "PER", "UZB", ["Schawkat Mirsijojew", "den usbekischen Präsidenten"]),
        entity("Khujand", "LOC", "TJK", ["Chudschand"]),
    ],
)

# ---------------------------------------------------------------- hm115-de-04
UKRAINE = actor("Ukraine", "UKR", "GOV")
POROSHENKO = actor("Petro Poroshenko", "UKR", "OPP")
NSDC = actor("National Security and Defense Council of Ukraine", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
KOLOMOISKY = actor("Ihor Kolomoisky", "UKR", "BUS")
ZHEVAGO = actor("Kostiantyn Zhevago", "UKR", "BUS")
MEDVEDCHUK = actor("Viktor Medvedchuk", "UKR", "PTY")
POROSHENKO_SUPPORTERS = actor("Supporters of Petro Poroshenko", "UKR", "PTY")
EC_SPOKESPERSON = actor("Spokesperson of the European Commission", "EUR", "IGO")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
UKR_PROSECUTORS = actor("Ukrainian prosecutors", "UKR", "JUD")

E1 = "Die Ukraine hat Sanktionen gegen den früheren Präsidenten Petro Poroschenko verhängt."
E2 = ("Der Nationale Sicherheits- und Verteidigungsrat beschloss am Mittwoch unter anderem das Einfrieren von "
      "Poroschenkos Vermögen, Präsident Wolodymyr Selenskyj setzte die Entscheidung am Donnerstag per Dekret in "
      "Kraft.")
E3 = ("Betroffen sind auch die Oligarchen Ihor Kolomojskyj und Kostjantyn Schewaho sowie der nach Russland "
      "geflohene prorussische Politiker Viktor Medwedtschuk.")
E4 = ("Selenskyj sagte in seiner abendlichen Videoansprache, es gehe darum, den Staat zu schützen und denjenigen "
      "entgegenzutreten, „die der Ukraine geschadet haben“.")
E5 = ("Poroschenko, der die Oppositionspartei Europäische Solidarität führt, warf Selenskyj vor, er wolle vor "
      "möglichen Wahlen einen Konkurrenten ausschalten.")
E6 = "Die Sanktionen seien „verfassungswidrig“ und ein Geschenk an Moskau, sagte er."
E7 = "Poroschenko reichte am Donnerstag beim Obersten Gericht Klage gegen das Dekret ein."
E8 = ("Vor dem Präsidialamt in Kiew versammelten sich am Abend mehrere Hundert Anhänger des Ex-Präsidenten zu "
      "einer Kundgebung.")
E9 = ("Ein Sprecher der EU-Kommission mahnte in Brüssel, Kiew müsse bei allen Maßnahmen gegen Oppositionspolitiker "
      "rechtsstaatliche Standards einhalten.")
E10 = ("Gegen Poroschenko ermittelt die Staatsanwaltschaft bereits seit Jahren wegen des Vorwurfs des Hochverrats "
       "im Zusammenhang mit Kohlelieferungen aus den besetzten Gebieten.")

D = "2025-02-13"
DE04 = article(
    "hm115-de-04", "de", D,
    paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10]),
    [
        event("SANCTION", UKRAINE, POROSHENKO, E1, mode="discontinue"),
        event("SANCTION", NSDC, POROSHENKO, E2, mode="discontinue", date="2025-02-12"),
        event("SANCTION", ZELENSKY, POROSHENKO, E2, mode="discontinue", date=D),
        event("SANCTION", NSDC, KOLOMOISKY, E3, mode="discontinue"),
        event("SANCTION", NSDC, ZHEVAGO, E3, mode="discontinue"),
        event("SANCTION", NSDC, MEDVEDCHUK, E3, mode="discontinue"),
        event("ACCUSE", POROSHENKO, ZELENSKY, E5, mode="allege"),
        event("ACCUSE", POROSHENKO, ZELENSKY, E6, mode="disapprove"),
        event("ACCUSE", POROSHENKO, ZELENSKY, E7, mode="allege", date=D, location="Kyiv",
              location_country="UKR"),
        event("PROTEST", POROSHENKO_SUPPORTERS, ZELENSKY, E8, mode="demo", date=D, location="Kyiv",
              location_country="UKR"),
        event("REQUEST", EC_SPOKESPERSON, UKR_GOV, E9, mode="change", location="Brussels",
              location_country="BEL"),
        event("ACCUSE", UKR_PROSECUTORS, POROSHENKO, E10, mode="investigate"),
    ],
    [
        quote("es gehe darum, den Staat zu schützen und denjenigen entgegenzutreten, „die der Ukraine geschadet "
              "haben“", "Volodymyr Zelensky", "indirect"),
        quote("die der Ukraine geschadet haben", "Volodymyr Zelensky", "direct"),
        quote("er wolle vor möglichen Wahlen einen Konkurrenten ausschalten", "Petro Poroshenko", "indirect"),
        quote("Die Sanktionen seien „verfassungswidrig“ und ein Geschenk an Moskau", "Petro Poroshenko", "indirect"),
        quote("verfassungswidrig", "Petro Poroshenko", "direct"),
        quote("Kiew müsse bei allen Maßnahmen gegen Oppositionspolitiker rechtsstaatliche Standards einhalten",
              "Spokesperson of the European Commission", "indirect"),
    ],
    [
        entity("Ukraine", "GPE", "UKR", ["Die Ukraine", "Ukraine", "Kiew"]),
        entity("Petro Poroshenko", "PER", "UKR", ["Petro Poroschenko", "Poroschenko", "Poroschenkos",
                                                   "des Ex-Präsidenten"]),
        entity("National Security and Defense Council of Ukraine", "ORG", "UKR",
               ["Nationale Sicherheits- und Verteidigungsrat"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Ihor Kolomoisky", "PER", "UKR", ["Ihor Kolomojskyj"]),
        entity("Kostiantyn Zhevago", "PER", "UKR", ["Kostjantyn Schewaho"]),
        entity("Viktor Medvedchuk", "PER", "UKR", ["Viktor Medwedtschuk"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("European Solidarity", "ORG", "UKR", ["Europäische Solidarität"]),
        entity("Supreme Court of Ukraine", "ORG", "UKR", ["Obersten Gericht"]),
        entity("Office of the President of Ukraine", "ORG", "UKR", ["Präsidialamt"]),
        entity("Kyiv", "LOC", "UKR", ["in Kiew"]),
        entity("European Commission", "ORG", "EUR", ["EU-Kommission"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Ukrainian prosecutors", "ORG", "UKR", ["die Staatsanwaltschaft"]),
    ],
)

# ---------------------------------------------------------------- hm115-en-01
MEXICO = actor("Mexico", "MEX", "GOV")
USA = actor("United States", "USA", "GOV")
GARCIA_HARFUCH = actor("Omar Garcia Harfuch", "MEX", "GOV")
DE_LA_FUENTE = actor("Juan Ramon de la Fuente", "MEX", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
BONDI = actor("Pam Bondi", "USA", "GOV")
CARO_QUINTERO = actor("Rafael Caro Quintero", "MEX", "CVL")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
MEX_MARINES = actor("Mexican marines", "MEX", "MIL")
US_PROSECUTORS = actor("U.S. federal prosecutors", "USA", "JUD")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MEX_NATIONAL_GUARD = actor("Mexican National Guard", "MEX", "MIL")

F1 = ("Mexico sent 29 jailed drug cartel figures to the United States on Thursday, among them Rafael Caro "
      "Quintero, the drug lord wanted for the 1985 murder of a U.S. Drug Enforcement Administration agent.")
F2 = ("Mexican Security Secretary Omar Garcia Harfuch said the prisoners had been flown to eight U.S. cities "
      "aboard Mexican military aircraft.")
F3 = ("The transfer came as a high-level Mexican delegation led by Foreign Minister Juan Ramon de la Fuente met "
      "Secretary of State Marco Rubio in Washington, seeking to head off 25% tariffs that President Donald Trump "
      "has threatened to impose on all Mexican goods from March 4.")
F4 = ("\"Caro Quintero and the others will now answer for their crimes before American juries,\" Attorney General "
      "Pam Bondi said in a statement.")
F5 = ("She thanked the Mexican government for its cooperation but said Washington expected more action against "
      "fentanyl trafficking.")
F6 = "Caro Quintero, 72, was arrested by Mexican marines in July 2022 after nine years on the run."
F7 = ("U.S. prosecutors accuse him of ordering the kidnapping, torture and killing of DEA agent Enrique "
      "\"Kiki\" Camarena in Guadalajara in 1985.")
F8 = ("Mexican President Claudia Sheinbaum said the decision was a sovereign one taken in Mexico's national "
      "security interest, not a concession to Washington.")
F9 = "\"Mexico cooperates, but Mexico is subordinate to no one,\" she told her morning news conference."
F10 = ("Trump has repeatedly accused Mexico's government of failing to stop the flow of fentanyl and migrants "
       "across the border.")
F11 = ("Earlier this month he postponed the tariffs by 30 days after Sheinbaum agreed to send 10,000 National "
       "Guard troops to the northern border.")
F12 = "The first of those troops were deployed to Tijuana and Ciudad Juarez on Feb. 5."

D = "2025-02-28"
EN01 = article(
    "hm115-en-01", "en", D,
    paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10, F11, F12]),
    [
        event("COOPERATE", MEXICO, USA, F1, date="2025-02-27"),
        event("COOPERATE", MEXICO, USA, F2, date="2025-02-27"),
        event("CONSULT", DE_LA_FUENTE, RUBIO, F3, mode="visit", date="2025-02-27", location="Washington",
              location_country="USA"),
        event("THREATEN", TRUMP, MEXICO, F3, mode="restrict"),
        event("ACCUSE", BONDI, CARO_QUINTERO, F4, mode="allege"),
        event("SUPPORT", BONDI, MEX_GOV, F5),
        event("REQUEST", BONDI, MEX_GOV, F5, mode="change"),
        event("COERCE", MEX_MARINES, CARO_QUINTERO, F6, mode="arrest"),
        event("ACCUSE", US_PROSECUTORS, CARO_QUINTERO, F7, mode="allege"),
        event("ACCUSE", TRUMP, MEX_GOV, F10, mode="allege"),
        event("CONCEDE", TRUMP, MEXICO, F11),
        event("AGREE", SHEINBAUM, TRUMP, F11),
        event("MOBILIZE", MEX_NATIONAL_GUARD, None, F12, mode="troops", date="2025-02-05",
              location_country="MEX"),
    ],
    [
        quote("the prisoners had been flown to eight U.S. cities aboard Mexican military aircraft",
              "Omar Garcia Harfuch", "indirect"),
        quote("Caro Quintero and the others will now answer for their crimes before American juries", "Pam Bondi",
              "direct"),
        quote("Washington expected more action against fentanyl trafficking", "Pam Bondi", "indirect"),
        quote("the decision was a sovereign one taken in Mexico's national security interest, not a concession to "
              "Washington", "Claudia Sheinbaum", "indirect"),
        quote("Mexico cooperates, but Mexico is subordinate to no one", "Claudia Sheinbaum", "direct"),
    ],
    [
        entity("Mexico", "GPE", "MEX", ["Mexico"]),
        entity("Government of Mexico", "ORG", "MEX", ["the Mexican government", "Mexico's government"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Rafael Caro Quintero", "PER", "MEX", ["Rafael Caro Quintero", "Caro Quintero"]),
        entity("Drug Enforcement Administration", "ORG", "USA", ["U.S. Drug Enforcement Administration", "DEA"]),
        entity("Omar Garcia Harfuch", "PER", "MEX", ["Omar Garcia Harfuch", "Mexican Security Secretary"]),
        entity("Juan Ramon de la Fuente", "PER", "MEX", ["Juan Ramon de la Fuente"]),
        entity("Marco Rubio", "PER", "USA", ["Marco Rubio", "Secretary of State"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump", "Trump"]),
        entity("Pam Bondi", "PER", "USA", ["Pam Bondi", "Attorney General"]),
        entity("Mexican marines", "ORG", "MEX", ["Mexican marines"]),
        entity("U.S. federal prosecutors", "ORG", "USA", ["U.S. prosecutors"]),
        entity("Enrique Camarena", "PER", "USA", ["Enrique \"Kiki\" Camarena"]),
        entity("Guadalajara", "LOC", "MEX", ["Guadalajara"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Claudia Sheinbaum", "Sheinbaum"]),
        entity("Mexican National Guard", "ORG", "MEX", ["National Guard", "those troops"]),
        entity("Tijuana", "LOC", "MEX", ["Tijuana"]),
        entity("Ciudad Juarez", "LOC", "MEX", ["Ciudad Juarez"]),
    ],
)

# ---------------------------------------------------------------- hm115-en-02
AZE_POLICE = actor("Azerbaijani police", "AZE", "COP")
SPUTNIK_AZ = actor("Sputnik Azerbaijan", "RUS", "GOV")
AZE_INTERIOR = actor("Azerbaijani Interior Ministry", "AZE", "GOV")
BAKU_COURT = actor("Baku court", "AZE", "JUD")
AZERBAIJAN = actor("Azerbaijan", "AZE", "GOV")
RUSSIA_EN = actor("Russia", "RUS", "GOV")
ZAKHAROVA_EN = actor("Maria Zakharova", "RUS", "GOV")
RUS_POLICE = actor("Russian police", "RUS", "COP")
AZ_FAMILIES = actor("Azerbaijani families in Yekaterinburg", "AZE", "CVL")
AZE_PROSECUTOR = actor("Prosecutor General's Office of Azerbaijan", "AZE", "JUD")
OVERCHUK = actor("Alexei Overchuk", "RUS", "GOV")
RUS_MFA_EN = actor("Russian Foreign Ministry", "RUS", "GOV")
HAJIYEV = actor("Hikmet Hajiyev", "AZE", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")

G1 = ("Azerbaijani police on Monday raided the Baku office of Russian state news agency Sputnik and detained two "
      "of its executives, deepening a row with Moscow over the deaths of two Azerbaijani men in Russian police "
      "custody.")
G2 = ("The Interior Ministry said the two men, both Russian citizens, were suspected of working for Russia's FSB "
      "security service.")
G3 = "A Baku court on Tuesday ordered them held in pretrial detention for four months."
G4 = ("Russia's Foreign Ministry summoned Azerbaijan's ambassador, Rahman Mustafayev, on Monday to protest against "
      "what it called the \"unfriendly actions\" of Baku and the \"illegal detention\" of Russian journalists.")
G5 = ("Foreign Ministry spokeswoman Maria Zakharova said Moscow expected the detained journalists to be released "
      "immediately.")
G6 = ("The crisis erupted after Russian police raided homes of Azerbaijani families in the city of Yekaterinburg "
      "on Friday, detaining several people.")
G7 = ("Two brothers, Huseyn and Ziyaddin Safarov, died during the raids, and Azerbaijan's Prosecutor General's "
      "Office said autopsies showed they had been beaten to death.")
G8 = ("Baku responded on Saturday by cancelling all cultural events planned with Russia and calling off a visit "
      "by Russian Deputy Prime Minister Alexei Overchuk.")
G9 = ("Hikmet Hajiyev, foreign policy aide to President Ilham Aliyev, said Azerbaijan would not accept \"the "
      "humiliation of its citizens\" and demanded that those responsible be punished.")
G10 = ("Kremlin spokesman Dmitry Peskov said Moscow regretted the deaths but insisted the police had acted "
       "lawfully.")
G11 = ("Relations between the two former Soviet republics had already been strained since December, when Aliyev "
       "accused Russia of trying to cover up the downing of an Azerbaijan Airlines passenger jet over Russian "
       "territory.")

D = "2025-07-01"
EN02 = article(
    "hm115-en-02", "en", D,
    paragraphs([G1, G2, G3], [G4, G5, G6, G7], [G8, G9, G10, G11]),
    [
        event("COERCE", AZE_POLICE, SPUTNIK_AZ, G1, mode="arrest", date="2025-06-30", location="Baku",
              location_country="AZE"),
        event("ACCUSE", AZE_INTERIOR, SPUTNIK_AZ, G2, mode="allege", date="2025-06-30"),
        event("COERCE", BAKU_COURT, SPUTNIK_AZ, G3, mode="arrest", date=D, location="Baku",
              location_country="AZE"),
        event("ACCUSE", RUS_MFA_EN, AZERBAIJAN, G4, mode="disapprove", date="2025-06-30"),
        event("REQUEST", ZAKHAROVA_EN, AZERBAIJAN, G5, mode="yield"),
        event("COERCE", RUS_POLICE, AZ_FAMILIES, G6, mode="arrest", date="2025-06-27", location="Yekaterinburg",
              location_country="RUS"),
        event("ACCUSE", AZE_PROSECUTOR, RUS_POLICE, G7, mode="allege"),
        event("SANCTION", AZERBAIJAN, RUSSIA_EN, G8, mode="discontinue", date="2025-06-28"),
        event("REJECT", AZERBAIJAN, OVERCHUK, G8, mode="meet", date="2025-06-28"),
        event("ACCUSE", HAJIYEV, RUSSIA_EN, G9, mode="disapprove"),
        event("REQUEST", HAJIYEV, RUSSIA_EN, G9, mode="change"),
        event("CONCEDE", PESKOV, AZERBAIJAN, G10),
        event("ACCUSE", ALIYEV, RUSSIA_EN, G11, mode="allege"),
    ],
    [
        quote("the two men, both Russian citizens, were suspected of working for Russia's FSB security service",
              "Azerbaijani Interior Ministry", "indirect"),
        quote("unfriendly actions", "Russian Foreign Ministry", "direct"),
        quote("illegal detention", "Russian Foreign Ministry", "direct"),
        quote("Moscow expected the detained journalists to be released immediately", "Maria Zakharova", "indirect"),
        quote("autopsies showed they had been beaten to death", "Prosecutor General's Office of Azerbaijan",
              "indirect"),
        quote("Azerbaijan would not accept \"the humiliation of its citizens\"", "Hikmet Hajiyev", "indirect"),
        quote("the humiliation of its citizens", "Hikmet Hajiyev", "direct"),
        quote("those responsible be punished", "Hikmet Hajiyev", "indirect"),
        quote("Moscow regretted the deaths", "Dmitry Peskov", "indirect"),
        quote("the police had acted lawfully", "Dmitry Peskov", "indirect"),
    ],
    [
        entity("Azerbaijani police", "ORG", "AZE", ["Azerbaijani police"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Sputnik Azerbaijan", "ORG", "RUS", ["Russian state news agency Sputnik"]),
        entity("Russia", "GPE", "RUS", ["Moscow", "Russia"]),
        entity("Azerbaijani Interior Ministry", "ORG", "AZE", ["The Interior Ministry"]),
        entity("Federal Security Service", "ORG", "RUS", ["FSB"]),
        entity("Baku court", "ORG", "AZE", ["A Baku court"]),
        entity("Russian Foreign Ministry", "ORG", "RUS", ["Russia's Foreign Ministry", "Foreign Ministry"]),
        entity("Azerbaijan", "GPE", "AZE", ["Azerbaijan"]),
        entity("Rahman Mustafayev", "PER", "AZE", ["Rahman Mustafayev", "Azerbaijan's ambassador"]),
        entity("Maria Zakharova", "PER", "RUS", ["Maria Zakharova"]),
        entity("Russian police", "ORG", "RUS", ["Russian police", "the police"]),
        entity("Yekaterinburg", "LOC", "RUS", ["Yekaterinburg"]),
        entity("Huseyn Safarov", "PER", "AZE", ["Huseyn"]),
        entity("Ziyaddin Safarov", "PER", "AZE", ["Ziyaddin Safarov"]),
        entity("Prosecutor General's Office of Azerbaijan", "ORG", "AZE", ["Azerbaijan's Prosecutor General's Office"]),
        entity("Alexei Overchuk", "PER", "RUS", ["Alexei Overchuk", "Russian Deputy Prime Minister"]),
        entity("Hikmet Hajiyev", "PER", "AZE", ["Hikmet Hajiyev"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Ilham Aliyev", "Aliyev"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Dmitry Peskov", "Kremlin spokesman"]),
        entity("Azerbaijan Airlines", "ORG", "AZE", ["Azerbaijan Airlines"]),
    ],
)

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
