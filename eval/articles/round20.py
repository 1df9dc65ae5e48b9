"""Round 20 of the hand-made articles (written blind; see README.md).

Six invented wire-style articles (4 German, 2 English), 2024: Uzbekistan and the Taliban over the
Qosh Tepa canal, Abkhazia's president resigns after protesters storm parliament, protesters storm
Mexico's Senate over the judicial reform, the EU Court of Justice fines Hungary over asylum law,
Honduras ends its extradition treaty with the United States, Tajik border guards kill gunmen from
Afghanistan after attacks on Chinese workers. The events are invented (plausible, not reported
facts). Annotation follows ../shared/data/articles/CONVENTIONS.md; texts are built sentence by
sentence with `paragraphs`.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm20-de-01 (Uzbekistan/Afghanistan)
S1 = ("Taschkent (dpa) - Usbekistan hat die Taliban-Regierung in Afghanistan aufgefordert, den Bau eines "
      "umstrittenen Kanals am Grenzfluss Amudarja mit den Nachbarstaaten abzustimmen.")
S2 = ("Außenminister Bachtijor Saidow reiste dafür am Montag nach Kabul und traf dort seinen Amtskollegen "
      "Amir Chan Muttaki.")
S3 = "Der Kanal Qosh Tepa soll nach seiner Fertigstellung bis zu einem Fünftel des Flusswassers ableiten."
S4 = "Usbekistan und Turkmenistan sind für die Bewässerung ihrer Baumwollfelder auf den Fluss angewiesen."
S5 = ("Muttaki lehnte einen Baustopp jedoch ab und verwies nach Angaben seines Ministeriums auf das »Recht "
      "Afghanistans, sein eigenes Wasser zu nutzen«.")
S6 = "Beide Seiten vereinbarten, eine gemeinsame Arbeitsgruppe zur Verteilung des Wassers einzurichten."
S7 = ("Ein Sprecher des Taliban-Wirtschaftsministeriums warf Usbekistan vor, jahrzehntelang mehr Wasser "
      "verbraucht zu haben, als ihm zustehe.")
S8 = ("Turkmenistans Außenministerium forderte die Taliban auf, sich an internationale Regeln zur Nutzung "
      "grenzüberschreitender Flüsse zu halten.")
S9 = ("Der usbekische Präsident Schawkat Mirsijojew hatte bereits im Juni vor einem »Wasserkrieg« in "
      "Zentralasien gewarnt.")

UZB = actor("Uzbekistan", "UZB", "GOV")
TALIBAN = actor("Taliban", "AFG", "GOV")
SAIDOV = actor("Bakhtiyor Saidov", "UZB", "GOV")
MUTTAQI = actor("Amir Khan Muttaqi", "AFG", "GOV")

DE01 = {
    "id": "hm20-de-01",
    "lang": "de",
    "published": "2024-08-20",
    "title": None,
    "text": paragraphs([S1, S2], [S3, S4], [S5, S6, S7], [S8, S9]),
    "events": [
        event("REQUEST", UZB, TALIBAN, S1, mode="change"),
        event("CONSULT", SAIDOV, MUTTAQI, S2, mode="visit", date="2024-08-19", location="Kabul",
              location_country="AFG"),
        event("REJECT", MUTTAQI, UZB, S5, mode="change"),
        event("AGREE", SAIDOV, MUTTAQI, S6),
        event("ACCUSE", actor("Spokesperson of the Taliban Ministry of Economy", "AFG", "GOV"), UZB, S7,
              mode="allege"),
        event("REQUEST", actor("Ministry of Foreign Affairs of Turkmenistan", "TKM", "GOV"), TALIBAN, S8,
              mode="change"),
    ],
    "quotes": [
        quote("Recht Afghanistans, sein eigenes Wasser zu nutzen", "Amir Khan Muttaqi", "direct"),
        quote("jahrzehntelang mehr Wasser verbraucht zu haben, als ihm zustehe",
              "Spokesperson of the Taliban Ministry of Economy", "indirect"),
        quote("Wasserkrieg", "Shavkat Mirziyoyev", "direct"),
    ],
    "entities": [
        entity("Tashkent", "LOC", "UZB", ["Taschkent"]),
        entity("Uzbekistan", "GPE", "UZB", ["Usbekistan"]),
        entity("Taliban", "ORG", "AFG", ["die Taliban-Regierung in Afghanistan", "die Taliban"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "Afghanistans"]),
        entity("Amu Darya", "LOC", None, ["Grenzfluss Amudarja", "den Fluss"]),
        entity("Qosh Tepa canal", "LOC", "AFG", ["eines umstrittenen Kanals", "Der Kanal Qosh Tepa"]),
        entity("Bakhtiyor Saidov", "PER", "UZB", ["Außenminister Bachtijor Saidow"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Amir Khan Muttaqi", "PER", "AFG", ["seinen Amtskollegen Amir Chan Muttaki", "Muttaki"]),
        entity("Turkmenistan", "GPE", "TKM", ["Turkmenistan", "Turkmenistans"]),
        entity("Ministry of Foreign Affairs of Afghanistan", "ORG", "AFG", ["seines Ministeriums"]),
        entity("Spokesperson of the Taliban Ministry of Economy", "PER", "AFG",
               ["Ein Sprecher des Taliban-Wirtschaftsministeriums"]),
        entity("Ministry of Foreign Affairs of Turkmenistan", "ORG", "TKM", ["Turkmenistans Außenministerium"]),
        entity("Shavkat Mirziyoyev", "PER", "UZB", ["Der usbekische Präsident Schawkat Mirsijojew"]),
        entity("Central Asia", "LOC", None, ["Zentralasien"]),
    ],
}

# ---------------------------------------------------------------- hm20-de-02 (Abkhazia)
S10 = ("Suchum (AFP) - Nach der Erstürmung des Parlaments durch Demonstranten ist der Präsident der von "
       "Georgien abtrünnigen Region Abchasien, Aslan Bschania, zurückgetreten.")
S11 = ("Er wolle damit die Stabilität bewahren und einen Bürgerkrieg verhindern, erklärte Bschania am "
       "Dienstag in einer Videobotschaft.")
S12 = ("Oppositionsanhänger hatten am Freitag das Parlamentsgebäude in Suchum gestürmt und die Abgeordneten "
       "an der Ratifizierung eines Investitionsabkommens mit Russland gehindert.")
S13 = ("Die Opposition argumentiert, das Abkommen erlaube es russischen Investoren, die Schwarzmeerküste "
       "aufzukaufen.")
S14 = "Bschania hatte am Wochenende zugesagt, das Abkommen aus dem Parlament zurückzuziehen."
S15 = "Festnahmen gab es nach Angaben des Innenministeriums nicht."
S16 = "Moskau rief die Konfliktparteien zur Zurückhaltung auf und warnte vor »Provokationen«."
S17 = "Zugleich setzte Russland die Zahlung von Finanzhilfen an Abchasien vorerst aus."
S18 = "Die georgische Regierung in Tiflis forderte erneut den Abzug der russischen Truppen aus der Region."
S19 = "Bis zur Neuwahl im Februar führt Vizepräsident Badra Gunba die Amtsgeschäfte."

ABK_OPP_SUPPORTERS = actor("Abkhaz opposition supporters", "GEO", "OPP")
ABK_PARLIAMENT = actor("Parliament of Abkhazia", "GEO", "LEG")
ABK_GOV = actor("Government of Abkhazia", "GEO", "GOV")
ABK_OPP = actor("Abkhaz opposition", "GEO", "OPP")
BZHANIA = actor("Aslan Bzhania", "GEO", "GOV")
RUS = actor("Russia", "RUS", "GOV")

DE02 = {
    "id": "hm20-de-02",
    "lang": "de",
    "published": "2024-11-19",
    "title": None,
    "text": paragraphs([S10, S11], [S12, S13, S14, S15], [S16, S17, S18, S19]),
    "events": [
        event("PROTEST", ABK_OPP_SUPPORTERS, ABK_PARLIAMENT, S10, mode="riot", date="2024-11-15",
              location="Sukhumi", location_country="GEO"),
        event("RETREAT", BZHANIA, None, S10, mode="resign", date="2024-11-19"),
        event("PROTEST", ABK_OPP_SUPPORTERS, ABK_PARLIAMENT, S12, mode="riot", date="2024-11-15",
              location="Sukhumi", location_country="GEO"),
        event("ACCUSE", ABK_OPP, ABK_GOV, S13, mode="allege"),
        event("CONCEDE", BZHANIA, ABK_OPP, S14),
        event("COERCE", actor("Abkhaz police", "GEO", "COP"), ABK_OPP_SUPPORTERS, S15, mode="arrest",
              negated=True),
        event("REQUEST", RUS, ABK_GOV, S16),
        event("REQUEST", RUS, ABK_OPP, S16),
        event("SANCTION", RUS, ABK_GOV, S17, mode="discontinue"),
        event("REQUEST", actor("Government of Georgia", "GEO", "GOV"), actor("Russian armed forces", "RUS", "MIL"),
              S18, mode="yield"),
    ],
    "quotes": [
        quote("Er wolle damit die Stabilität bewahren und einen Bürgerkrieg verhindern", "Aslan Bzhania",
              "indirect"),
        quote("das Abkommen erlaube es russischen Investoren, die Schwarzmeerküste aufzukaufen",
              "Abkhaz opposition", "indirect"),
        quote("Festnahmen gab es nach Angaben des Innenministeriums nicht", "Ministry of Internal Affairs of Abkhazia",
              "indirect"),
        quote("Provokationen", "Russia", "direct"),
    ],
    "entities": [
        entity("Sukhumi", "LOC", "GEO", ["Suchum"]),
        entity("Parliament of Abkhazia", "ORG", "GEO",
               ["des Parlaments", "das Parlamentsgebäude in Suchum", "die Abgeordneten", "dem Parlament"]),
        entity("Abkhaz opposition supporters", "ORG", "GEO", ["Demonstranten", "Oppositionsanhänger"]),
        entity("Georgia", "GPE", "GEO", ["Georgien"]),
        entity("Abkhazia", "GPE", "GEO", ["der von Georgien abtrünnigen Region Abchasien", "Abchasien", "der Region"]),
        entity("Aslan Bzhania", "PER", "GEO",
               ["der Präsident der von Georgien abtrünnigen Region Abchasien, Aslan Bschania", "Er", "Bschania"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Abkhaz opposition", "ORG", "GEO", ["Die Opposition"]),
        entity("Black Sea coast", "LOC", "GEO", ["die Schwarzmeerküste"]),
        entity("Ministry of Internal Affairs of Abkhazia", "ORG", "GEO", ["des Innenministeriums"]),
        entity("Abkhaz police", "ORG", "GEO", []),
        entity("Government of Abkhazia", "ORG", "GEO", []),
        entity("Government of Georgia", "ORG", "GEO", ["Die georgische Regierung in Tiflis"]),
        entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
        entity("Russian armed forces", "ORG", "RUS", ["der russischen Truppen"]),
        entity("Badra Gunba", "PER", "GEO", ["Vizepräsident Badra Gunba"]),
    ],
}

# ---------------------------------------------------------------- hm20-de-03 (Mexico)
S20 = ("Mexiko-Stadt (dpa) - Demonstranten haben am Dienstagabend den mexikanischen Senat gestürmt und die "
       "Abstimmung über eine umstrittene Justizreform stundenlang unterbrochen.")
S21 = ("Die Senatoren setzten die Sitzung in einem Ausweichgebäude fort und billigten die Reform in der Nacht "
       "zum Mittwoch mit der nötigen Zweidrittelmehrheit.")
S22 = "Die Reform sieht vor, dass Richter künftig vom Volk gewählt werden."
S23 = "Seit Wochen streiken die Beschäftigten der Bundesgerichte gegen das Vorhaben der Regierung."
S24 = ("Präsident Andrés Manuel López Obrador warf den Demonstranten vor, im Dienst einer »korrupten "
       "Justizelite« zu stehen.")
S25 = "Auch mit den USA hatte die Reform zu Streit geführt."
S26 = ("US-Botschafter Ken Salazar hatte im August gewarnt, die Wahl von Richtern gefährde die Demokratie "
       "und die Handelsbeziehungen beider Länder.")
S27 = "López Obrador legte daraufhin die Beziehungen zur US-Botschaft »auf Eis«."
S28 = ("Das Außenministerium in Washington forderte Mexiko am Mittwoch auf, die Unabhängigkeit der Justiz "
       "zu wahren.")
S29 = ("Die gewählte Präsidentin Claudia Sheinbaum, die am 1. Oktober ihr Amt antritt, kündigte Gespräche "
       "mit Vertretern der Richterschaft an.")

MEX_PROTESTERS = actor("Mexican protesters", "MEX", "CVL")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")

DE03 = {
    "id": "hm20-de-03",
    "lang": "de",
    "published": "2024-09-11",
    "title": None,
    "text": paragraphs([S20, S21, S22], [S23, S24], [S25, S26, S27, S28], [S29]),
    "events": [
        event("PROTEST", MEX_PROTESTERS, actor("Senate of Mexico", "MEX", "LEG"), S20, mode="riot",
              date="2024-09-10", location="Mexico City", location_country="MEX"),
        event("PROTEST", actor("federal court employees", "MEX", "JUD"), MEX_GOV, S23, mode="strike"),
        event("ACCUSE", AMLO, MEX_PROTESTERS, S24, mode="allege"),
        event("ACCUSE", actor("Ken Salazar", "USA", "GOV"), MEX_GOV, S26, mode="disapprove"),
        event("SANCTION", AMLO, actor("Embassy of the United States in Mexico", "USA", "GOV"), S27,
              mode="discontinue"),
        event("REQUEST", actor("United States Department of State", "USA", "GOV"), actor("Mexico", "MEX", "GOV"),
              S28, mode="change", date="2024-09-11"),
        event("AGREE", actor("Claudia Sheinbaum", "MEX", "GOV"), actor("Mexican judiciary", "MEX", "JUD"), S29),
    ],
    "quotes": [
        quote("im Dienst einer »korrupten Justizelite« zu stehen", "Andrés Manuel López Obrador", "indirect"),
        quote("korrupten Justizelite", "Andrés Manuel López Obrador", "direct"),
        quote("die Wahl von Richtern gefährde die Demokratie und die Handelsbeziehungen beider Länder",
              "Ken Salazar", "indirect"),
        quote("auf Eis", "Andrés Manuel López Obrador", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexican protesters", "ORG", "MEX", ["Demonstranten", "den Demonstranten"]),
        entity("Senate of Mexico", "ORG", "MEX", ["den mexikanischen Senat", "Die Senatoren"]),
        entity("federal court employees", "ORG", "MEX", ["die Beschäftigten der Bundesgerichte"]),
        entity("Government of Mexico", "ORG", "MEX", ["der Regierung"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["Präsident Andrés Manuel López Obrador", "López Obrador"]),
        entity("United States", "GPE", "USA", ["den USA"]),
        entity("Ken Salazar", "PER", "USA", ["US-Botschafter Ken Salazar"]),
        entity("Embassy of the United States in Mexico", "ORG", "USA", ["US-Botschaft"]),
        entity("United States Department of State", "ORG", "USA", ["Das Außenministerium in Washington"]),
        entity("Mexico", "GPE", "MEX", ["Mexiko"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Die gewählte Präsidentin Claudia Sheinbaum"]),
        entity("Mexican judiciary", "ORG", "MEX", ["Vertretern der Richterschaft"]),
    ],
}

# ---------------------------------------------------------------- hm20-de-04 (Hungary/EU Court of Justice)
S30 = ("Luxemburg (AFP) - Der Europäische Gerichtshof hat Ungarn wegen anhaltender Verstöße gegen das "
       "EU-Asylrecht zu einer Strafzahlung von 200 Millionen Euro verurteilt.")
S31 = ("Hinzu komme ein Zwangsgeld von einer Million Euro für jeden Tag, an dem Budapest ein Urteil aus dem "
       "Jahr 2020 weiterhin nicht umsetze, entschieden die Richter am Donnerstag.")
S32 = "Sie warfen Ungarn vor, Schutzsuchenden systematisch den Zugang zu Asylverfahren zu verwehren."
S33 = "Ministerpräsident Viktor Orbán nannte das Urteil »empörend und inakzeptabel«."
S34 = ("Offenbar seien Brüssel illegale Migranten wichtiger als die eigenen Bürger, schrieb er auf der "
       "Plattform X.")
S35 = "Kanzleramtsminister Gergely Gulyás kündigte an, Ungarn werde die Strafe nicht zahlen."
S36 = ("Sollte die EU-Kommission die Summe mit Fördergeldern verrechnen, werde man Migranten kostenlos mit "
       "Bussen nach Brüssel bringen, drohte er.")
S37 = ("Die Kommission erklärte, sie werde das Urteil durchsetzen und die Summe notfalls von EU-Mitteln für "
       "Ungarn abziehen.")
S38 = "Der Grünen-Europaabgeordnete Daniel Freund begrüßte die Entscheidung."

ECJ = actor("Court of Justice of the European Union", "EUR", "JUD")
HUN = actor("Hungary", "HUN", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
GULYAS = actor("Gergely Gulyás", "HUN", "GOV")
COMMISSION = actor("European Commission", "EUR", "IGO")

DE04 = {
    "id": "hm20-de-04",
    "lang": "de",
    "published": "2024-06-13",
    "title": None,
    "text": paragraphs([S30, S31, S32], [S33, S34], [S35, S36, S37], [S38]),
    "events": [
        event("SANCTION", ECJ, HUN, S30, mode="convict", date="2024-06-13", location="Luxembourg",
              location_country="LUX"),
        event("SANCTION", ECJ, HUN, S31, mode="convict", date="2024-06-13", location="Luxembourg",
              location_country="LUX"),
        event("ACCUSE", ORBAN, ECJ, S33, mode="disapprove"),
        event("ACCUSE", ORBAN, actor("European Union", "EUR", "IGO"), S34, mode="disapprove"),
        event("REJECT", GULYAS, ECJ, S35),
        event("THREATEN", GULYAS, COMMISSION, S36),
        event("THREATEN", COMMISSION, HUN, S37),
        event("SUPPORT", actor("Daniel Freund", "EUR", "LEG"), ECJ, S38),
    ],
    "quotes": [
        quote("Hinzu komme ein Zwangsgeld von einer Million Euro für jeden Tag, an dem Budapest ein Urteil aus "
              "dem Jahr 2020 weiterhin nicht umsetze", "Court of Justice of the European Union", "indirect"),
        quote("Schutzsuchenden systematisch den Zugang zu Asylverfahren zu verwehren",
              "Court of Justice of the European Union", "indirect"),
        quote("empörend und inakzeptabel", "Viktor Orbán", "direct"),
        quote("Offenbar seien Brüssel illegale Migranten wichtiger als die eigenen Bürger", "Viktor Orbán",
              "indirect"),
        quote("Ungarn werde die Strafe nicht zahlen", "Gergely Gulyás", "indirect"),
        quote("Sollte die EU-Kommission die Summe mit Fördergeldern verrechnen, werde man Migranten kostenlos mit "
              "Bussen nach Brüssel bringen", "Gergely Gulyás", "indirect"),
        quote("sie werde das Urteil durchsetzen und die Summe notfalls von EU-Mitteln für Ungarn abziehen",
              "European Commission", "indirect"),
    ],
    "entities": [
        entity("Luxembourg", "LOC", "LUX", ["Luxemburg"]),
        entity("Court of Justice of the European Union", "ORG", "EUR",
               ["Der Europäische Gerichtshof", "die Richter", "Sie"]),
        entity("Hungary", "GPE", "HUN", ["Ungarn", "Budapest"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ministerpräsident Viktor Orbán", "er"]),
        entity("European Union", "ORG", "EUR", ["Brüssel"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Gergely Gulyás", "PER", "HUN", ["Kanzleramtsminister Gergely Gulyás", "er"]),
        entity("European Commission", "ORG", "EUR", ["die EU-Kommission", "Die Kommission", "sie"]),
        entity("Daniel Freund", "PER", "EUR", ["Der Grünen-Europaabgeordnete Daniel Freund"]),
    ],
}

# ---------------------------------------------------------------- hm20-en-01 (Honduras/United States)
S39 = ("TEGUCIGALPA, Aug 29 (Reuters) - Honduran President Xiomara Castro said on Wednesday she had ordered "
       "the termination of her country's extradition treaty with the United States, accusing Washington of "
       "meddling in Honduran affairs.")
S40 = ("The move came a day after U.S. Ambassador Laura Dogu criticized a meeting between Honduran Defense "
       "Minister Jose Manuel Zelaya and his Venezuelan counterpart Vladimir Padrino.")
S41 = 'Dogu had called Padrino a "drug trafficker" wanted in the United States.'
S42 = ('"The interference and interventionism of the United States is intolerable," Castro wrote on X.')
S43 = ("Foreign Minister Enrique Reina said the treaty would expire in six months and that requests already "
       "in process would be handled under its terms.")
S44 = ('The U.S. State Department said it was "disappointed" by the decision and urged Tegucigalpa to '
       'reconsider.')
S45 = "Washington has not recalled its ambassador, a State Department spokesperson said."
S46 = ("Opposition lawmakers accused Castro of seeking to shield allies linked to drug trafficking, a charge "
       "her Libre party rejected.")

CASTRO = actor("Xiomara Castro", "HND", "GOV")
DOGU = actor("Laura Dogu", "USA", "GOV")
HND = actor("Honduras", "HND", "GOV")
STATE_DEPT = actor("United States Department of State", "USA", "GOV")
USA_ = actor("United States", "USA", "GOV")

EN01 = {
    "id": "hm20-en-01",
    "lang": "en",
    "published": "2024-08-29",
    "title": None,
    "text": paragraphs([S39], [S40, S41, S42], [S43, S44, S45], [S46]),
    "events": [
        event("SANCTION", CASTRO, USA_, S39, mode="discontinue",
              date="2024-08-28"),
        event("ACCUSE", CASTRO, USA_, S39, mode="disapprove", date="2024-08-28"),
        event("ACCUSE", DOGU, actor("Jose Manuel Zelaya", "HND", "GOV"), S40, mode="disapprove",
              date="2024-08-27"),
        event("CONSULT", actor("Jose Manuel Zelaya", "HND", "GOV"), actor("Vladimir Padrino López", "VEN", "GOV"),
              S40),
        event("ACCUSE", DOGU, actor("Vladimir Padrino López", "VEN", "GOV"), S41, mode="allege"),
        event("ACCUSE", CASTRO, USA_, S42, mode="disapprove"),
        event("ACCUSE", STATE_DEPT, HND, S44, mode="disapprove"),
        event("REQUEST", STATE_DEPT, HND, S44, mode="change"),
        event("SANCTION", USA_, HND, S45, mode="withdraw", negated=True),
        event("ACCUSE", actor("Honduran opposition lawmakers", "HND", "OPP"), CASTRO, S46, mode="allege"),
    ],
    "quotes": [
        quote("she had ordered the termination of her country's extradition treaty with the United States",
              "Xiomara Castro", "indirect"),
        quote("drug trafficker", "Laura Dogu", "direct"),
        quote("The interference and interventionism of the United States is intolerable", "Xiomara Castro",
              "direct"),
        quote("the treaty would expire in six months and that requests already in process would be handled under "
              "its terms", "Enrique Reina", "indirect"),
        quote("disappointed", "United States Department of State", "direct"),
        quote('it was "disappointed" by the decision', "United States Department of State", "indirect"),
        quote("Washington has not recalled its ambassador", "State Department spokesperson", "indirect"),
    ],
    "entities": [
        entity("Tegucigalpa", "LOC", "HND", ["TEGUCIGALPA"]),
        entity("Honduras", "GPE", "HND", ["her country's", "Honduran", "Tegucigalpa"]),
        entity("Xiomara Castro", "PER", "HND", ["Honduran President Xiomara Castro", "she", "Castro", "her"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington", "U.S."]),
        entity("Laura Dogu", "PER", "USA", ["U.S. Ambassador Laura Dogu", "Dogu", "its ambassador"]),
        entity("Jose Manuel Zelaya", "PER", "HND", ["Honduran Defense Minister Jose Manuel Zelaya"]),
        entity("Vladimir Padrino López", "PER", "VEN", ["his Venezuelan counterpart Vladimir Padrino", "Padrino"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Enrique Reina", "PER", "HND", ["Foreign Minister Enrique Reina"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department", "it"]),
        entity("State Department spokesperson", "PER", "USA", ["a State Department spokesperson"]),
        entity("Honduran opposition lawmakers", "ORG", "HND", ["Opposition lawmakers"]),
        entity("Liberty and Refoundation (Libre)", "ORG", "HND", ["her Libre party"]),
    ],
}

# ---------------------------------------------------------------- hm20-en-02 (Tajikistan/Afghanistan/China)
S47 = ("DUSHANBE, Dec 3 (AFP) - Tajik border guards shot dead three armed men who had crossed from "
       "Afghanistan, days after two Chinese workers were killed near the border, Tajikistan's State Committee "
       "for National Security said on Tuesday.")
S48 = ("The committee said the men had opened fire on a border post in the Shamsiddin Shohin district and "
       "that weapons and explosives were found on their bodies.")
S49 = "It accused the Taliban authorities of failing to secure their side of the frontier."
S50 = ("Tajikistan has since sent additional troops and armoured vehicles to the area, the defence ministry "
       "said.")
S51 = ("Taliban spokesman Zabihullah Mujahid rejected the accusation and said Kabul was ready to work with "
       "Dushanbe to investigate the incidents.")
S52 = ('China\'s foreign ministry urged Tajikistan to "take all necessary measures" to protect Chinese '
       'citizens and projects.')
S53 = "Beijing also called on the Taliban to crack down on militant groups operating near the border."
S54 = ("In October, Tajik and Chinese special forces held joint counter-terrorism drills in the "
       "Gorno-Badakhshan region.")

SCNS = actor("State Committee for National Security of Tajikistan", "TJK", "GOV")
GUNMEN = actor("gunmen from Afghanistan", "AFG", "REB")
TALIBAN_EN = actor("Taliban", "AFG", "GOV")
TJK = actor("Tajikistan", "TJK", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")

EN02 = {
    "id": "hm20-en-02",
    "lang": "en",
    "published": "2024-12-03",
    "title": None,
    "text": paragraphs([S47], [S48, S49, S50], [S51, S52, S53], [S54]),
    "events": [
        event("ASSAULT", actor("Tajik border guards", "TJK", "MIL"), GUNMEN, S47, mode="firearms"),
        event("ACCUSE", SCNS, GUNMEN, S48, mode="allege"),
        event("ACCUSE", SCNS, TALIBAN_EN, S49, mode="disapprove"),
        event("MOBILIZE", actor("Tajik armed forces", "TJK", "MIL"), None, S50, mode="troops"),
        event("AGREE", actor("Zabihullah Mujahid", "AFG", "GOV"), TJK, S51),
        event("REQUEST", CHN_MFA, TJK, S52, mode="change"),
        event("REQUEST", actor("China", "CHN", "GOV"), TALIBAN_EN, S53, mode="change"),
        event("COOPERATE", actor("Tajik special forces", "TJK", "MIL"), actor("Chinese special forces", "CHN", "MIL"),
              S54, location="Gorno-Badakhshan", location_country="TJK"),
    ],
    "quotes": [
        quote("Tajik border guards shot dead three armed men who had crossed from Afghanistan, days after two "
              "Chinese workers were killed near the border",
              "State Committee for National Security of Tajikistan", "indirect"),
        quote("the men had opened fire on a border post in the Shamsiddin Shohin district and that weapons and "
              "explosives were found on their bodies", "State Committee for National Security of Tajikistan",
              "indirect"),
        quote("Tajikistan has since sent additional troops and armoured vehicles to the area",
              "Ministry of Defence of Tajikistan", "indirect"),
        quote("Kabul was ready to work with Dushanbe to investigate the incidents", "Zabihullah Mujahid",
              "indirect"),
        quote("take all necessary measures", "Ministry of Foreign Affairs of China", "direct"),
    ],
    "entities": [
        entity("Dushanbe", "LOC", "TJK", ["DUSHANBE"]),
        entity("Tajik border guards", "ORG", "TJK", ["Tajik border guards"]),
        entity("gunmen from Afghanistan", "ORG", "AFG",
               ["three armed men who had crossed from Afghanistan", "the men", "their"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "Kabul"]),
        entity("Chinese workers", "ORG", "CHN", ["two Chinese workers"]),
        entity("State Committee for National Security of Tajikistan", "ORG", "TJK",
               ["Tajikistan's State Committee for National Security", "The committee", "It"]),
        entity("Shamsiddin Shohin district", "LOC", "TJK", ["the Shamsiddin Shohin district"]),
        entity("Taliban", "ORG", "AFG", ["the Taliban authorities", "the Taliban", "Taliban"]),
        entity("Tajikistan", "GPE", "TJK", ["Tajikistan", "Dushanbe", "Tajikistan's"]),
        entity("Ministry of Defence of Tajikistan", "ORG", "TJK", ["the defence ministry"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban spokesman Zabihullah Mujahid"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("China", "GPE", "CHN", ["Beijing", "China"]),
        entity("Tajik special forces", "ORG", "TJK", ["Tajik and Chinese special forces"]),
        entity("Chinese special forces", "ORG", "CHN", ["Tajik and Chinese special forces"]),
        entity("Gorno-Badakhshan", "LOC", "TJK", ["the Gorno-Badakhshan region"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
