"""Round 16 of the hand-made articles: 6 invented wire-style articles (4 German, 2 English), written blind
on 2026-11-29 (see build_handmade.py and README.md). Texts are built sentence by sentence with
`paragraphs`, so every evidence is one of the sentence strings below."""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- hm16-de-01: Spain recalls its ambassador from Argentina over Milei's remarks ---------------------------
ESP_GOV = actor("Spain", "ESP", "GOV")
ARG_GOV = actor("Argentina", "ARG", "GOV")
MILEI = actor("Javier Milei", "ARG", "GOV")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")

G1 = "Spanien hat im Streit mit Argentinien am Dienstag seine Botschafterin aus Buenos Aires abgezogen."
G2 = ("Der argentinische Präsident Javier Milei hatte am Wochenende bei einem Auftritt in Madrid die Ehefrau von "
      "Regierungschef Pedro Sánchez als »korrupt« bezeichnet.")
G3 = "Außenminister José Manuel Albares verlangte eine öffentliche Entschuldigung."
G4 = "Sollte diese ausbleiben, werde Madrid weitere Maßnahmen ergreifen, sagte der Sozialist."
G5 = "Milei lehnte eine Entschuldigung ab."
G6 = "„Ich werde mich ganz sicher nicht entschuldigen“, sagte er in einem Interview mit dem Sender LN+."
G7 = ("Das argentinische Präsidialamt warf Sánchez vor, die Krise aus innenpolitischen Gründen anzuheizen, weil "
      "gegen seine Frau ermittelt werde.")
G8 = ("Die Beziehungen beider Länder galten bislang als eng; in Argentinien leben Hunderttausende Menschen mit "
      "spanischem Pass.")
G9 = "Spanische Unternehmen gehören zu den größten Investoren in dem südamerikanischen Land."

DE01 = {
    "id": "hm16-de-01", "lang": "de", "published": "2024-05-22", "title": None,
    "text": paragraphs([G1, G2], [G3, G4, G5, G6], [G7, G8, G9]),
    "events": [
        event("SANCTION", ESP_GOV, ARG_GOV, G1, mode="withdraw", date="2024-05-21"),
        event("ACCUSE", MILEI, actor("Begoña Gómez", "ESP", "CVL"), G2, mode="allege", location="Madrid",
              location_country="ESP"),
        event("REQUEST", ALBARES, MILEI, G3, mode="change"),
        event("THREATEN", ALBARES, MILEI, G4),
        event("REJECT", MILEI, ALBARES, G5, mode="change"),
        event("REJECT", MILEI, ALBARES, G6, mode="change"),
        event("ACCUSE", actor("Office of the President of Argentina", "ARG", "GOV"),
              actor("Pedro Sánchez", "ESP", "GOV"), G7, mode="allege"),
    ],
    "quotes": [
        quote("korrupt", "Javier Milei", "direct"),
        quote("Sollte diese ausbleiben, werde Madrid weitere Maßnahmen ergreifen", "José Manuel Albares", "indirect"),
        quote("Ich werde mich ganz sicher nicht entschuldigen", "Javier Milei", "direct"),
        quote("die Krise aus innenpolitischen Gründen anzuheizen, weil gegen seine Frau ermittelt werde",
              "Office of the President of Argentina", "indirect"),
    ],
    "entities": [
        entity("Spain", "GPE", "ESP", ["Spanien", "Madrid"]),
        entity("Argentina", "GPE", "ARG", ["Argentinien", "dem südamerikanischen Land"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Javier Milei", "PER", "ARG", ["Der argentinische Präsident Javier Milei", "Milei", "er"]),
        entity("Begoña Gómez", "PER", "ESP", ["die Ehefrau von Regierungschef Pedro Sánchez", "seine Frau"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Regierungschef Pedro Sánchez", "Sánchez"]),
        entity("José Manuel Albares", "PER", "ESP", ["Außenminister José Manuel Albares", "der Sozialist"]),
        entity("LN+", "ORG", "ARG", ["LN+"]),
        entity("Office of the President of Argentina", "ORG", "ARG", ["Das argentinische Präsidialamt"]),
    ],
}

# --- hm16-de-02: Russia and Ukraine exchange prisoners of war ---------------------------------------------
RUS = actor("Russia", "RUS", "GOV")
UKR = actor("Ukraine", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")

H1 = ("Russland und die Ukraine haben am Mittwoch unter Vermittlung der Vereinigten Arabischen Emirate fast 500 "
      "Kriegsgefangene ausgetauscht.")
H2 = "Es war der größte Gefangenenaustausch seit Beginn des russischen Angriffskriegs vor fast zwei Jahren."
H3 = ("Das Verteidigungsministerium in Moskau teilte mit, 248 russische Soldaten seien aus ukrainischer "
      "Gefangenschaft zurückgekehrt.")
H4 = "»Wir holen alle unsere Leute nach Hause«, schrieb der ukrainische Präsident Wolodymyr Selenskyj auf der Plattform X."
H5 = "Er dankte den Emiraten für ihre Vermittlung."
H6 = ("Zugleich warf Selenskyj Moskau vor, die Ukraine in der Nacht erneut mit Dutzenden Kampfdrohnen angegriffen "
      "zu haben.")
H7 = ("Das russische Verteidigungsministerium beschuldigte seinerseits Kiew, russische Kriegsgefangene zu "
      "misshandeln.")
H8 = "Ukrainischen Angaben zufolge befinden sich noch mehrere Tausend Ukrainer in russischer Gefangenschaft."
H9 = "Die Emirate haben seit Kriegsbeginn mehrfach zwischen beiden Seiten vermittelt."
H10 = "Unter den Freigelassenen waren auch Verteidiger des Stahlwerks Asowstal in Mariupol."

DE02 = {
    "id": "hm16-de-02", "lang": "de", "published": "2024-01-03", "title": None,
    "text": paragraphs([H1, H2, H3, H10], [H4, H5, H6], [H7, H8, H9]),
    "events": [
        event("RETREAT", RUS, UKR, H1, mode="release", date="2024-01-03"),
        event("RETREAT", UKR, RUS, H1, mode="release", date="2024-01-03"),
        event("SUPPORT", ZELENSKY, actor("United Arab Emirates", "ARE", "GOV"), H5),
        event("ACCUSE", ZELENSKY, RUS, H6, mode="allege"),
        event("ACCUSE", actor("Russian Ministry of Defence", "RUS", "MIL"), UKR, H7, mode="allege"),
    ],
    "quotes": [
        quote("248 russische Soldaten seien aus ukrainischer Gefangenschaft zurückgekehrt",
              "Russian Ministry of Defence", "indirect"),
        quote("Wir holen alle unsere Leute nach Hause", "Volodymyr Zelensky", "direct"),
        quote("die Ukraine in der Nacht erneut mit Dutzenden Kampfdrohnen angegriffen zu haben", "Volodymyr Zelensky",
              "indirect"),
        quote("russische Kriegsgefangene zu misshandeln", "Russian Ministry of Defence", "indirect"),
        quote("befinden sich noch mehrere Tausend Ukrainer in russischer Gefangenschaft", "Ukraine", "indirect"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "Kiew"]),
        entity("United Arab Emirates", "GPE", "ARE", ["Vereinigten Arabischen Emirate", "den Emiraten",
                                                       "Die Emirate"]),
        entity("Russian Ministry of Defence", "ORG", "RUS", ["Das Verteidigungsministerium in Moskau",
                                                            "Das russische Verteidigungsministerium"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["der ukrainische Präsident Wolodymyr Selenskyj", "Er",
                                                    "Selenskyj"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
    ],
}

# --- hm16-de-03: Moscow court extends Evan Gershkovich's detention ------------------------------------------
GERSHKOVICH = actor("Evan Gershkovich", "USA", "CVL")
TRACY = actor("Lynne Tracy", "USA", "GOV")

I1 = ("Ein Moskauer Gericht hat am Donnerstag die Untersuchungshaft für den US-Journalisten Evan Gershkovich um "
      "weitere drei Monate verlängert.")
I2 = ("Der Korrespondent des »Wall Street Journal« war im März in Jekaterinburg vom Inlandsgeheimdienst FSB "
      "festgenommen worden.")
I3 = "Die russischen Behörden werfen ihm Spionage für die USA vor, ohne Beweise dafür öffentlich gemacht zu haben."
I4 = "Bei einer Verurteilung drohen ihm bis zu 20 Jahre Haft."
I5 = "Gershkovich und seine Zeitung weisen die Vorwürfe entschieden zurück."
I6 = "Die US-Botschafterin in Moskau, Lynne Tracy, verlangte nach der Anhörung erneut seine sofortige Freilassung."
I7 = "„Russland benutzt Evan als Faustpfand“, sagte sie vor dem Gerichtsgebäude."
I8 = ("Kremlsprecher Dmitri Peskow sagte, über einen möglichen Gefangenenaustausch werde man nicht über die Medien "
      "verhandeln.")
I9 = "Gershkovich ist der erste US-Reporter seit dem Ende des Kalten Krieges, der in Russland unter Spionageverdacht festgenommen wurde."

DE03 = {
    "id": "hm16-de-03", "lang": "de", "published": "2023-08-24", "title": None,
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9]),
    "events": [
        event("COERCE", actor("Moscow court", "RUS", "JUD"), GERSHKOVICH, I1, mode="arrest", date="2023-08-24",
              location="Moscow", location_country="RUS"),
        event("COERCE", actor("FSB", "RUS", "COP"), GERSHKOVICH, I2, mode="arrest", location="Yekaterinburg",
              location_country="RUS"),
        event("ACCUSE", actor("Russian authorities", "RUS", "GOV"), GERSHKOVICH, I3, mode="allege"),
        event("REQUEST", TRACY, RUS, I6, mode="yield", location="Moscow", location_country="RUS"),
        event("ACCUSE", TRACY, RUS, I7, mode="allege"),
    ],
    "quotes": [
        quote("Russland benutzt Evan als Faustpfand", "Lynne Tracy", "direct"),
        quote("über einen möglichen Gefangenenaustausch werde man nicht über die Medien verhandeln", "Dmitry Peskov",
              "indirect"),
    ],
    "entities": [
        entity("Evan Gershkovich", "PER", "USA", ["den US-Journalisten Evan Gershkovich",
                                                  "Der Korrespondent des »Wall Street Journal«", "ihm",
                                                  "Gershkovich", "Evan"]),
        entity("The Wall Street Journal", "ORG", "USA", ["»Wall Street Journal«", "seine Zeitung"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Yekaterinburg", "LOC", "RUS", ["Jekaterinburg"]),
        entity("FSB", "ORG", "RUS", ["Inlandsgeheimdienst FSB"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("Lynne Tracy", "PER", "USA", ["Die US-Botschafterin in Moskau, Lynne Tracy", "sie"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
    ],
}

# --- hm16-de-04: Albania's constitutional court halts the migration deal with Italy -------------------------
ALB_COURT = actor("Constitutional Court of Albania", "ALB", "JUD")
RAMA = actor("Edi Rama", "ALB", "GOV")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")

J1 = ("Das albanische Verfassungsgericht hat am Mittwoch die Ratifizierung des umstrittenen Migrationsabkommens mit "
      "Italien vorerst gestoppt.")
J2 = ("Abgeordnete der oppositionellen Demokratischen Partei hatten gegen den Vertrag geklagt, weil er die "
      "Souveränität des Landes verletze.")
J3 = "Eine Entscheidung in der Hauptsache soll innerhalb von drei Monaten fallen."
J4 = ("Ministerpräsident Edi Rama hatte das Abkommen Anfang November bei einem Besuch in Rom mit seiner "
      "italienischen Amtskollegin Giorgia Meloni unterzeichnet.")
J5 = ("Es sieht vor, dass Italien in Albanien zwei Lager für bis zu 3000 auf dem Mittelmeer gerettete Migranten "
      "betreibt.")
J6 = "Rama gab sich gelassen: Er respektiere das Gericht, das Abkommen werde aber umgesetzt."
J7 = "In Rom warf Oppositionsführerin Elly Schlein der Regierung vor, Menschenrechte ins Ausland auszulagern."
J8 = "Meloni verteidigte das Vorhaben als Modell für ganz Europa."
J9 = "Die Zahl der in Italien ankommenden Bootsflüchtlinge war in diesem Jahr deutlich gestiegen."

DE04 = {
    "id": "hm16-de-04", "lang": "de", "published": "2023-12-14", "title": None,
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9]),
    "events": [
        event("COERCE", ALB_COURT, actor("Parliament of Albania", "ALB", "LEG"), J1, mode="restrict",
              date="2023-12-13"),
        event("ACCUSE", actor("Democratic Party of Albania", "ALB", "PTY"), actor("Government of Albania", "ALB", "GOV"),
              J2, mode="allege"),
        event("CONSULT", RAMA, MELONI, J4, mode="visit", location="Rome", location_country="ITA"),
        event("SUPPORT", RAMA, MELONI, J4, location="Rome", location_country="ITA"),
        event("ACCUSE", actor("Elly Schlein", "ITA", "OPP"), actor("Government of Italy", "ITA", "GOV"), J7,
              mode="allege", location="Rome", location_country="ITA"),
    ],
    "quotes": [
        quote("weil er die Souveränität des Landes verletze", "Democratic Party of Albania", "indirect"),
        quote("Er respektiere das Gericht, das Abkommen werde aber umgesetzt", "Edi Rama", "indirect"),
        quote("Menschenrechte ins Ausland auszulagern", "Elly Schlein", "indirect"),
    ],
    "entities": [
        entity("Constitutional Court of Albania", "ORG", "ALB", ["Das albanische Verfassungsgericht", "das Gericht"]),
        entity("Italy", "GPE", "ITA", ["Italien"]),
        entity("Albania", "GPE", "ALB", ["Albanien"]),
        entity("Democratic Party of Albania", "ORG", "ALB", ["der oppositionellen Demokratischen Partei"]),
        entity("Edi Rama", "PER", "ALB", ["Ministerpräsident Edi Rama", "Rama", "Er"]),
        entity("Giorgia Meloni", "PER", "ITA", ["seiner italienischen Amtskollegin Giorgia Meloni", "Meloni"]),
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Elly Schlein", "PER", "ITA", ["Oppositionsführerin Elly Schlein"]),
        entity("Government of Italy", "ORG", "ITA", ["der Regierung"]),
        entity("Mediterranean Sea", "LOC", None, ["Mittelmeer"]),
    ],
}

# --- hm16-en-01: Nigerian unions suspend a minimum-wage strike ----------------------------------------------
NLC = actor("Nigeria Labour Congress", "NGA", "LAB")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
AKPABIO = actor("Godswill Akpabio", "NGA", "LEG")

K1 = ("The Nigeria Labour Congress (NLC) shut down the national power grid, airports and hospitals on Monday in an "
      "indefinite strike over the minimum wage.")
K2 = "Inflation in Africa's most populous country has climbed to nearly 34 percent since fuel subsidies were scrapped last year."
K3 = "Information Minister Mohammed Idris called the strike illegal and accused the union of endangering lives."
K4 = "“Switching off the grid is an act of economic sabotage,” he told reporters in Abuja."
K5 = "Late on Monday, the NLC suspended the strike for a week after talks with Senate President Godswill Akpabio."
K6 = "Akpabio promised that President Bola Tinubu would present a higher offer within days."
K7 = ("The government has not yet agreed to the union's demand for a monthly wage of 494,000 naira, more than ten "
      "times the current level.")
K8 = "NLC President Joe Ajaero warned that workers would return to the streets if the talks failed."

EN01 = {
    "id": "hm16-en-01", "lang": "en", "published": "2024-06-04", "title": None,
    "text": paragraphs([K1, K2], [K3, K4], [K5, K6, K7, K8]),
    "events": [
        event("PROTEST", NLC, NGA_GOV, K1, mode="strike", date="2024-06-03"),
        event("ACCUSE", actor("Mohammed Idris", "NGA", "GOV"), NLC, K3, mode="disapprove"),
        event("ACCUSE", actor("Mohammed Idris", "NGA", "GOV"), NLC, K4, mode="disapprove", location="Abuja",
              location_country="NGA"),
        event("RETREAT", NLC, NGA_GOV, K5, date="2024-06-03"),
        event("CONSULT", NLC, AKPABIO, K5, date="2024-06-03"),
        event("AGREE", AKPABIO, NLC, K6),
        event("AGREE", NGA_GOV, NLC, K7, negated=True),
        event("THREATEN", actor("Joe Ajaero", "NGA", "LAB"), NGA_GOV, K8),
    ],
    "quotes": [
        quote("Switching off the grid is an act of economic sabotage", "Mohammed Idris", "direct"),
        quote("that President Bola Tinubu would present a higher offer within days", "Godswill Akpabio", "indirect"),
        quote("that workers would return to the streets if the talks failed", "Joe Ajaero", "indirect"),
    ],
    "entities": [
        entity("Nigeria Labour Congress", "ORG", "NGA", ["The Nigeria Labour Congress", "NLC", "the union",
                                                         "the NLC"]),
        entity("Nigeria", "GPE", "NGA", ["Africa's most populous country"]),
        entity("Mohammed Idris", "PER", "NGA", ["Information Minister Mohammed Idris", "he"]),
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Godswill Akpabio", "PER", "NGA", ["Senate President Godswill Akpabio", "Akpabio"]),
        entity("Bola Tinubu", "PER", "NGA", ["President Bola Tinubu"]),
        entity("Government of Nigeria", "ORG", "NGA", ["The government"]),
        entity("Joe Ajaero", "PER", "NGA", ["NLC President Joe Ajaero"]),
    ],
}

# --- hm16-en-02: al Shabaab attack on a Mogadishu beach ----------------------------------------------------
SHABAAB = actor("al Shabaab", "SOM", "REB")
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")

L1 = ("At least 32 people were killed when gunmen and a suicide bomber attacked a crowded beach in the Somali "
      "capital Mogadishu on Friday evening, police said.")
L2 = ("The al Qaeda-linked group al Shabaab claimed responsibility for the attack on Lido beach in a statement on "
      "its radio station.")
L3 = ("Security forces killed five of the attackers, police spokesman Abdifatah Adan Hassan told reporters on "
      "Saturday.")
L4 = ("President Hassan Sheikh Mohamud condemned the “cowardly” attack and vowed to step up the military campaign "
      "against the militants.")
L5 = "The African Union Transition Mission in Somalia (ATMIS) also condemned the attack."
L6 = "Turkey said it would fly some of the seriously wounded to Ankara for treatment."
L7 = ("Al Shabaab has been fighting Somalia's federal government for more than 15 years and still controls large "
      "parts of the countryside.")

EN02 = {
    "id": "hm16-en-02", "lang": "en", "published": "2024-08-03", "title": None,
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7]),
    "events": [
        event("ASSAULT", SHABAAB, actor("civilians in Mogadishu", "SOM", "CVL"), L2, mode="suicide-attack",
              date="2024-08-02", location="Mogadishu", location_country="SOM"),
        event("ASSAULT", actor("Somali security forces", "SOM", "COP"), SHABAAB, L3, date="2024-08-02",
              location="Mogadishu", location_country="SOM"),
        event("ACCUSE", HSM, SHABAAB, L4, mode="disapprove"),
        event("THREATEN", HSM, SHABAAB, L4, mode="violence"),
        event("ACCUSE", actor("ATMIS", "IGO", "IGO"), SHABAAB, L5, mode="disapprove"),
        event("AGREE", actor("Turkey", "TUR", "GOV"), actor("Somalia", "SOM", "GOV"), L6),
    ],
    "quotes": [
        quote("At least 32 people were killed when gunmen and a suicide bomber attacked a crowded beach in the Somali "
              "capital Mogadishu on Friday evening", "Somali police", "indirect"),
        quote("Security forces killed five of the attackers", "Abdifatah Adan Hassan", "indirect"),
        quote("cowardly", "Hassan Sheikh Mohamud", "direct"),
        quote("it would fly some of the seriously wounded to Ankara for treatment", "Turkey", "indirect"),
    ],
    "entities": [
        entity("Mogadishu", "LOC", "SOM", ["the Somali capital Mogadishu"]),
        entity("al Shabaab", "ORG", "SOM", ["The al Qaeda-linked group al Shabaab", "the militants", "Al Shabaab"]),
        entity("Lido beach", "LOC", "SOM", ["Lido beach"]),
        entity("Abdifatah Adan Hassan", "PER", "SOM", ["police spokesman Abdifatah Adan Hassan"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM", ["President Hassan Sheikh Mohamud"]),
        entity("ATMIS", "ORG", "IGO", ["The African Union Transition Mission in Somalia (ATMIS)"]),
        entity("Turkey", "GPE", "TUR", ["Turkey"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Government of Somalia", "ORG", "SOM", ["Somalia's federal government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
